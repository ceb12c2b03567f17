@* Teaching from this book.
This appendix is for the instructor. It gives a syllabus, suggests a
sequence of lectures, says which exercises go with each, describes a
lab on the experiment grid, describes the student edition, in
which five sections of the program, for four exercises, are left for the students to write,
and shows how to run a lab session in which students step through the
literate source in a debugger. Everything it describes is made from the
same source as the book, so the lab handout cannot disagree with the
text.
@^teaching@>

@ A course of nine lectures of about ninety minutes covers the book;
the code of each chapter is read in the lab that follows its lecture.
Exercises of grade 10 to 20 suit homework; those of grade 25 and 30 suit
a lab or a weekly problem set; those of grade 40 are projects.\tablelabel{lectures}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad#\hfil
  \quad&\vrule#&\quad#\hfil\cr
\bf lecture&&\bf chapters&&\bf exercises\cr
\noalign{\hrule}
1. The cell&&intro, forward&&intro.1--3, forward.1--3\cr
2. The chain rule&&chainrule&&chainrule.1--3\cr
3. BPTT in code&&bptt&&bptt.1--3 (lab: bptt.3)\cr
4. Trusting a gradient&&gradcheck, example&&gradcheck.1--3,
  example.1--2\cr
5. Windows&&tbptt&&tbptt.1--2\cr
6. Forward in time&&rtrl&&rtrl.1--4 (lab: rtrl.4)\cr
7. The LSTM's own RTRL&&irtrl&&irtrl.1--3 (lab: irtrl.3)\cr
8. Other online methods&&snap1, uoro, hybrid, eprop&&snap1.1--2, uoro.1,
  hybrid.1 (lab: snap1.5)\cr
9. Learning&&learning, tasks, training,&&learning.1--2, tasks.1,
  \cr
  &&inspect&&training.1, inspect.1--2\cr}}$$
The chapters are named by their files, as the exercises are.
The chapters on files and on the \.{lstm} command are reading for the
labs rather than for a lecture (exercises formats.1 and command.1). Two
chains of exercises make term projects: the peephole connections,
forward.4, chainrule.4, bptt.4 and irtrl.4, which take a new cell
through every chapter and end in a gradient checked two ways; and the
memory of the methods, bptt.5, tbptt.2 and rtrl.1--2, which ends in
checkpointing. Lecture 6 needs exercises rtrl.1 and rtrl.2 before the
lab: a student who has computed that exact RTRL for a thousand cells
needs 192 gigabytes understands why the LSTM was trained otherwise.

@ {\it A syllabus.} The course above suits the last year of a
bachelor's degree or a first master's course in machine learning, as a
module of four to six weeks.

{\it Prerequisites.} Differential calculus of several variables, to the
chain rule for a composition of vector functions and the Jacobian
matrix; matrix--vector products and the transpose; reading C, or another
language with arrays and loops, well enough to follow a loop over the
entries of a matrix. No knowledge of neural networks beyond the idea of
gradient descent is assumed: the forward pass chapter defines the cell
from scratch.

{\it Outcomes.} A student who completes the course can
\smallskip
\item{1.} derive the backward pass of the LSTM from its forward
equations by the chain rule, and say which quantities each step sends
to the step before it (|Dout| and |carry| in the code);
\item{2.} implement BPTT for a recurrent cell and verify it with central
differences (|central_difference|), explaining the choice of the step
(|LSTM_FD_STEP|) and of the tolerance (|LSTM_CHECK_TOL|);
\item{3.} state what truncated BPTT, exact RTRL, the LSTM's own RTRL,
SnAp-1 and UORO compute, which of them are exact, unbiased or biased,
and what each costs in time and memory per step;
\item{4.} design and run an experiment that compares learning methods
on a long-time-lag task, with several seeds and an interval for the
fraction of runs solved, and interpret its result.
\smallskip

{\it Assessment.} Three parts, each tied to outcomes:\tablelabel{assessment}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad#\hfil
  \quad&\vrule#&\quad\hfil#\cr
\bf part&&\bf what&&\bf weight\cr
\noalign{\hrule}
homework&&exercises of grade 10 to 20, weekly (outcomes 1, 3)&&20\%\cr
labs&&bptt.3, rtrl.4, irtrl.3 and snap1.5 in the student edition,&&40\%\cr
&&\quad passing \.{make student-test} (outcome 2)&&\cr
project&&the lab on the experiment grid below, or an exercise&&40\%\cr
&&\quad of grade 30 or 40, with a short report (outcome 4)&&\cr}}$$
The labs are graded by the tests, which a student runs herself before
handing in; the report is graded on whether its claims follow from its
measurements.
@^syllabus@>

@ {\it A lab on the experiment grid.} The grid of the chapter on
experiments is a list of command lines, one run each, which
\.{lstm experiments --list DIR} prints (609 runs for the main grid); a
lab hands each student or group a slice of it. A single run is one
command, for instance
$$\hbox{\.{lstm train --task lag --lag 10 --method tbptt:5 --seed 1
  --max-sequences 30000}}$$
which prints one summary line: whether the run solved the task, after
how many sequences (the fields |solved| and |sequences| of an |lstm_train_status|),
and what the trained network retains over longer probes, by |lstm_retention|. On the machine of the speed chapter, with the book's build,
that run took 1.2 seconds and did not solve the task, while the same
command with \.{--method bptt} or \.{--method irtrl} solved it after 260
and 240 sequences, in 0.03 seconds each (measured with \.{/usr/bin/time}
on 2 December 2026). The lab then proceeds in four steps.
\smallskip
\item{1.} {\it Predict.} Before running anything, each group writes
down, from the chapters on truncated BPTT and on the LSTM's own RTRL,
which methods should solve the lag task for $p=10$ and which should fail,
and why: a window of $K=\lceil p/2\rceil$ steps cannot carry the error
from the target back to the symbol that decides it.
\item{2.} {\it Run.} Each group runs its slice, the lines of one or two
methods at $p=5$, 10 and 20 with ten seeds (a few minutes on one core
for the fast methods), and collects the summary lines in a file, as
\.{make experiments} does.
\item{3.} {\it Report.} \.{lstm experiments --report} (|experiments_report|) turns the pooled
summaries of the class into the tables and figures of the chapter on
experiments; the groups compare the fraction of runs solved, with its
95\% interval, against their predictions.
\item{4.} {\it Explain.} Each group explains one surprise: a method that
solved a lag its window does not reach, or one that failed where it
should not have, with \.{lstm inspect} (|cmd_inspect|) on a saved model
(\.{--out FILE}) to look at its gates.
\smallskip
\noindent Exercises experiments.1 and experiments.2 extend the lab into
a project.
@^experiment grid, lab@>

@ {\it The student edition.} The change file \.{book/student.ch}
replaces the code of four exercises by stubs, and \.{make student}
applies it, tangling and weaving the web into the directory
\.{student}: the library, the command \.{student/lstm} (built without
optimisation, for the debugger) and the book \.{student/lstm.pdf},
whose title page says it is the student edition. The sections it
removes are these.
\smallskip
\item{$\bullet$} |@<Compute $\delta\state_t$ and the gate deltas...@>|,
exercise bptt.3: the stub sets $\delta\state_t$ and $\delta\gates_t$, |dstate| and |dg|, to
zero.
\item{$\bullet$} The two sections that form the rows of $G_t$ and update
row $j$ of $S_t$ and $H_t$, inside |@<Update the exact sensitivities
$S_t$ and $H_t$@>|, exercise rtrl.4: the stubs leave the sensitivities, |r->S| and |r->H|, at
zero. The student edition runs this plain loop, not the blocked order of
the chapter on speed, whose two sections are stubs too.
\item{$\bullet$} |@<Find the factors |keep| and |coef|...@>|, exercise
irtrl.3, which |@<Update the internal sensitivities@>| and the gradient
of a whole sequence both use: the stub sets both factors, |keep| and |coef|, to zero, which
leaves $\tilde s$ at zero.
\item{$\bullet$} |@<Find the SnAp-1 factors of the rows of cell |j|@>|, exercise
snap1.5: the stub sets the six factors of each of the four records |c[q]| to zero and drops the state's
entry (|c[q].kept|), which leaves $\check s$ and $\check h$, |r->S| and |r->H|, at zero.
\smallskip
\noindent Each stub compiles, is marked in the book and in the C code by
a comment \.{EXERCISE} with the exercise's name, and keeps the names
the section used from being reported as unused by \.{(void)} casts,
which the student deletes. The prose and the mathematics of every
section stay: the student has the equations and writes the code.
@^student edition@>
@^change file@>

@ A student works in a copy of the change file, filling in the part of
each change between \.{@@y} and \.{@@z}, and runs
$$\hbox{\.{make student-test STUDENT\_CH=mine.ch}}$$
which tangles the web with that file into \.{student}, builds it, and
runs the tests of the worked example (|lstm_example_report|), of the gradient check (|lstm_gradcheck|) and of the
three exercises on RTRL and SnAp-1 (|lstm_rtrl_step|) against the student's library. A failing test names
its exercise, for instance
$$\vbox{\hbox{\.{FAILED: Exercise bptt.3 is not solved yet: write}}
  \hbox{\.{\ \ <Compute delta state\_t and the gate deltas> in
  chapters/bptt.w, ...}}}$$
followed by the first failing comparison. The tests are independent of
one another, so each exercise is done when its own failures are gone:
bptt.3 is checked against the published worked example and against
finite differences; rtrl.4 against finite differences, not against
BPTT, so that it can be solved first; irtrl.3 against finite differences
of the loss of the cut network; snap1.5 against exact RTRL with the
SnAp-1 mask, which the test computes itself on dense matrices. When every exercise is solved the
program prints \.{PASSED}. Two rules keep the change file working: write
only between \.{@@y} and \.{@@z}, and start no new section there (the
numbering of sections must stay that of the book). The code is compiled
with \.{-Wall -Wextra -Werror}, as the book's own.

\.{make test} checks the edition itself: that it builds, that each of its
exercises fails, that the same tests pass on the reference code, and
that putting back the reference sections of one exercise makes that
exercise pass and leaves the others failing. If the book's code changes
under a stub, \.{ctangle} reports that a change file entry did not
match, and \.{make test} fails until the \.{@@x} part is brought up to
date.

@ {\it A lab with the debugger.} ctangle writes \.{\#line} directives that
point into the chapters, so gdb shows the lines of this book, not of the
generated C. A first lab session steps through the worked example:
$$\vbox{\halign{\.{#}\hfil\cr
make debug\cr
gdb ./lstm\cr
(gdb) break step\_from\_input\cr
(gdb) run example\cr
(gdb) watch state[0]\cr
(gdb) continue\cr
(gdb) next\cr}}$$
which stops in |step_from_input|, the second half of a step, and then at
the line of the book that has just changed the cell state |state[0]| (the script
\.{tests/gdb.sh} runs these commands, and checks that gdb prints
$\state_0=0.785726\ldots$ and the file \.{chapters/forward.w}). Every
command names a function or a variable of the book, never a line
number, which the book does not print. Students compare each value printed with the
tables of the worked example, and then do the same in the backward
pass, with \.{break lstm\_backward\_opts} and the command
$$\hbox{\.{(gdb) run grad tests/worked-example/gomez.model
  tests/worked-example/gomez.seq}}$$
which computes the example's gradient by BPTT, |bptt_grad|.

In the student edition the stubs' lines come from the change file, and
gdb shows them as lines of it: \.{gdb student/lstm}, then \.{break
book/student.ch:}{\it line\/} or \.{break mine.ch:}{\it line}, stops in
the student's own code, where \.{print dstate[0]}, the stub's |dstate[0]|, can be compared with
the value $-0.0711077$ that the worked example gives at $t=1$.
@^gdb@>
