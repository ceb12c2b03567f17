@* Reading paths.
The book is written to be read in order, but not every reader needs every
chapter, nor all of a chapter the first time through. This page says, for
each of the three readers of the introduction, which chapters to read,
in what order, and which to leave for a second reading. The book is in
two parts and appendices. Part~I, from the forward pass to {\it Inside
a trained network}, is the mathematics and the code that computes it,
followed by the measurements. Part~II, {\it The program around the
mathematics}, holds the file formats, the \.{lstm} command and training
on a reader's own files: code that any program needs, but that teaches
nothing about how an LSTM learns. The appendices are for the researcher
and the instructor, and end with the bibliography.
@^reading paths@>

@ {\it The student.} Read in this order, and do the exercises of grade
20 and below at the end of each chapter (their answers are in the
appendix):\tablelabel{paths}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad#\hfil\cr
\bf read&&\bf skip on a first reading\cr
\noalign{\hrule}
{\it Introduction}, {\it Notation}&&{\it Conventions}, the code sections\cr
{\it The forward pass}&&{\it The trace}, {\it Only finite numbers come
  out}\cr
{\it The chain rule}&&{\it Aside: the Lagrangian view}\cr
{\it Backpropagation through time}&&the code's memory management\cr
{\it Checking gradients}&&{\it A reproducible random generator}\cr
{\it The worked example}, with a calculator&&{\it Running the example}\cr
{\it Truncated backpropagation through time}&&\cr
{\it Real-time recurrent learning}&&{\it Why RTRL computes what BPTT
  computes}\cr
{\it The LSTM's own RTRL}&&{\it The methods compared}\cr
{\it Learning}, {\it Tasks with long time lags}&&{\it Training}
  after its first sections\cr
{\it Experiments}, its results&&the code that writes the tables and
  draws the figures\cr
{\it Inside a trained network}&&{\it \.{lstm inspect}}\cr}}$$
Leave for a second reading {\it SnAp-1}, {\it UORO}, {\it Speed}, {\it
How good is each gradient}, {\it Influence balancing} and all of Part~II.
A student who wants to see the numbers move should run \.{lstm example}
(|lstm_example_report|)
after the worked example and step through it in a debugger, from |step_from_input|, as the
introduction's section on the debugger shows.

@ {\it The instructor.} Start with the appendix {\it Teaching from this
book}: it gives a syllabus, with prerequisites, outcomes and assessment, a
sequence of lectures with the exercises that go with each, the student
edition in which the students write five sections of the program
themselves, and two labs, one with the debugger and one on the
experiment grid. The student's path above is the course; the answers to
the exercises up to grade 30 are in the appendices. The chapters of
Part~II are reading for the labs, not for the lectures.

@ {\it The researcher.} A researcher checking another implementation
needs the equations, the gradients and a way to exchange numbers:
{\it Notation} and the forward pass's equations (|lstm_step|); the chain rule's {\it
Summary of the backward pass} (|lstm_backward_opts| computes it); {\it The table of methods} in the BPTT
chapter (|lstm_method_at| walks it), and {\it What the truncation computes} in the chapter on the
LSTM's own RTRL; {\it Checking gradients} (|lstm_gradcheck|); {\it The published values}
of the worked example. Part~II's {\it Files} defines the text formats of
models, sequences and gradients (|lstm_model_read|, |lstm_data_read|,
|lstm_grad_write|), and {\it The \.{lstm} command\/} the
subcommands \.{forward}, \.{grad} and \.{gradcheck} that read and write
them; the appendix {\it A PyTorch cross-check\/} compares every method
with automatic differentiation. {\it Speed}, {\it Experiments}, {\it How
good is each gradient} and {\it Influence balancing} measure the methods'
costs and the quality of their gradients, and the bibliography gives the
original papers.
