@* Introduction.
This book explains, in full detail and with a program that runs, how a
long short-term memory network (LSTM) learns. It is written for three
readers. A {\it student\/} who knows calculus and a little linear algebra
will find every equation of the training algorithms derived from the
forward pass by the chain rule, with the C code that computes it printed
beside it. An {\it instructor\/} will find a text to teach from, whose
numbers can be checked by hand on a two-step example and by the computer on
any network. A {\it researcher\/} will find a small, exact reference to
compare another implementation against: its gradients are checked against
finite differences, against published values, and against each other.

The book is a literate program. Each numbered section has a part in words
and mathematics, and most have a part in C. The C parts, put together in
the order the computer needs, form the library {\tt liblstm.a} and the
command {\tt lstm}; the program {\tt ctangle} does that assembly, and
{\tt cweave} turns the same source into this book. Read it in order: the
forward pass first, then the chain rule that runs it backwards, then the
code that does so, then the checks that show the code is right.
@^literate programming@>
@i chapters/names.w

@ The question this book answers is how to compute the gradient of an
LSTM's loss with respect to its weights, when the loss is summed over a
sequence, and what each way of computing it costs. There are two classical
answers. {\it Backpropagation through time\/} (BPTT; Werbos 1990) runs the
network forward over the whole sequence (|lstm_forward|), keeps what it computed (in an |lstm_trace|), and then
runs the chain rule backwards from the last step to the first (|lstm_backward|). {\it
Real-time recurrent learning\/} (RTRL; Williams and Zipser 1989) carries,
forward in time and alongside the network, the derivative of every state
variable with respect to every weight (|r->S| and |r->H| of an |lstm_rtrl|), so that the gradient of each step's
loss is ready at that step (|lstm_rtrl_step|). Hochreiter and Schmidhuber's LSTM (1997) was
trained with a third answer: a truncated RTRL in which errors flow
backwards in time only inside the memory cell, which is cheap and needs no
memory of the past.
@^backpropagation through time@>
@^real-time recurrent learning@>

The table below is the summary a reader should carry into the rest of the
book; the later chapters derive each entry and measure it.\tablelabel{summary}

$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad#\hfil\cr
\bf BPTT&&\bf RTRL\cr
\noalign{\hrule}
exact gradient of the summed loss&&exact only when the weights are\cr
&&\quad held fixed over the sequence\cr
easy to verify by finite differences&&the same check applies, at a higher cost\cr
walks back over the whole sequence&&never walks back, so needs no window\cr
not fully online: the gradient is known&&fully online: each step's gradient\cr
\quad only after the backward pass&&\quad is known at that step\cr
memory grows with the sequence length&&memory independent of the length\cr
cheap: $O(P)$ time per step&&full RTRL costs $O(n^2P)$ per step;\cr
&&\quad the LSTM's truncated RTRL $O(P)$\cr}}$$
Here $n$ is the number of cells (|net->n|) and $P=4n(m+n+1)$ the number of weights of
a network with $m$ inputs (|net->m|).

@ The chapters follow the order in which the ideas depend on each other.
The rest of this chapter fixes the notation and the conventions of the
code. {\it The forward pass\/} states the network's equations and the code
that evaluates them (|lstm_step|), and says what is kept for later. {\it The chain
rule\/} derives, from those equations alone, every equation of the
backward pass. {\it Backpropagation through time\/} turns the derivation
into code. {\it Checking gradients\/} compares that code with finite
differences (|lstm_gradcheck|), and explains why a passing check can be trusted. {\it The
worked example\/} runs everything on a network with one cell and two
time steps, small enough to follow with a pocket calculator, and compares
the results with the values published for it. {\it Truncated
backpropagation through time\/}, {\it Real-time recurrent learning\/}
and {\it The LSTM's own RTRL\/} derive the other ways of computing the
gradient, prove what each computes, and compare their costs; {\it
SnAp-1\/} and {\it UORO\/} add the two online methods of the last
decade. {\it Learning\/}, {\it Tasks with long time lags\/},
and {\it Training\/} use the
gradients to learn. {\it Speed\/} writes the products of matrices that
do nearly all the arithmetic, and measures what each method costs. {\it
Experiments\/} answers the book's question with measurements; {\it How
good is each gradient\/} and {\it Influence balancing\/} measure how
far the inexact gradients are from the exact one, and {\it Inside a
trained network\/} shows the memory at work, from the program's own
numbers. Part~II, {\it The program around the mathematics}, follows:
{\it Files\/} defines the formats of models, sequences and gradients,
with their grammar, and the code that reads them strictly; {\it The
\.{lstm} command\/} describes the program that a reader runs; {\it
Training on your own sequences\/} trains on a reader's files. Four
appendices close the book: {\it A
PyTorch cross-check\/}, for the researcher who checks another
implementation against this one, {\it Teaching from this book\/}, for the
instructor, the answers to the exercises, and the bibliography. The next
chapter, {\it Reading paths}, says which chapters each reader needs.

@ Every chapter ends with exercises, except the reading paths, the
reports on the battery of tasks and on Experiment 2a, and the
appendices. Each is named by the chapter's file
and its number, so that exercise bptt.3 is the third exercise of the
chapter kept in \.{chapters/bptt.w}, and each carries a grade in
brackets, on the scale of Knuth's {\sl The Art of Computer
Programming} (Knuth 1997):\tablelabel{grades}
$$\vbox{\halign{\hfil[#]\quad&#\hfil\cr
10&a routine exercise, a minute or two: apply a formula of the text;\cr
20&an exercise of average difficulty, perhaps a quarter of an hour;\cr
30&a harder problem, which may take an evening and some code;\cr
40&a project: a term paper, or a new method added to the program;\cr
50&a research problem, unsolved as far as the author knows.\cr}}$$
Grades in between, such as [15] or [25], interpolate. The answers to all
exercises of grade 30 and below are in the appendices; where an
answer is a number, the test suite computes it from the library and
checks that the appendix prints it. Four exercises, bptt.3, rtrl.4,
irtrl.3 and snap1.5, ask the reader to write a section of this program; the {\it
student edition\/} of the book, which \.{make student} makes with the
change file \.{book/student.ch}, leaves those sections out, and
\.{make student-test} says which of them still fail. The appendix for
the instructor explains how to use it.
@^exercises@>
@^grades of exercises@>
@^student edition@>

@ A reader who wants to watch the code work can step through it in a
debugger and see the lines of this book rather than of the generated C.
The tangled files carry \.{\#line} directives that point back into
\.{chapters/*.w}, so after \.{make debug} the commands
$$\hbox{\.{gdb ./lstm}}\qquad\hbox{\.{break step\_from\_input}}
\qquad\hbox{\.{run example}}$$
stop in the function of the forward-pass chapter that finishes a step;
there \.{watch state[0]} and \.{continue} run on to the line that
computes the cell state of the worked example, and show its value.
No command needs a line number, which the book does not print. (On a
virtual machine without debug registers gdb accepts the \.{watch} but
never stops; there \.{set can-use-hw-watchpoints 0} before it asks for a
software watchpoint, which stops in the same place.)
@^gdb@>

@*1 Notation.
The network has $m$ inputs and $n$ cells, and reads a sequence
$x_0,x_1,\ldots,x_{T-1}$ of input vectors. Subscripts count time steps
from zero. The table maps each symbol of the text to the identifier that
holds it in the code; the forward-pass chapter says how the arrays are
laid out. Each symbol has one meaning throughout the book; only the
short-lived names of a single section, such as the optimisers' running
averages $v$, $m$ and $s$, are defined where they are used. The index
lists the quantities by name, with the section that derives each
underlined.\tablelabel{notation}
$$\vbox{\offinterlineskip\halign{\strut$#$\hfil\quad&\vrule#&\quad#\hfil
  \quad&\vrule#&\quad#\hfil\cr
\hbox{\bf symbol}&&\bf meaning&&\bf identifier\cr
\noalign{\hrule}
m,\ n,\ k,\ T&&inputs, cells, predictions, steps&&|net->m|, |net->n|,
  |net->k|, |seq->T|\cr
P&&the cells' parameters, $4n(m+n+1)$&&\cr
\theta&&all parameters, one vector of $P+k(n+1)$&&|net->theta|, |net->P|\cr
W,\ U,\ b&&input weights, recurrent weights, biases&&|net->W|,
  |net->U|, |net->b|\cr
V,\ b_y&&output layer (optional): weights, bias&&|net->V|, |net->c|\cr
x_t,\ y_t&&input and target at step $t$&&|x|, |y|\cr
\tau&&a second step index, $\tau\le t$\cr
\hat a_t,\hat\imath_t,\hat f_t,\hat o_t&&gate pre-activations&&|g| before
  squashing\cr
\hat g_t&&$(\hat a_t;\hat\imath_t;\hat f_t;\hat o_t)=Wx_t+U\out_{t-1}+b$
  &&|g| before squashing\cr
a_t,\ i_t,\ f_t,\ o_t&&cell input and the three gates&&|g|\cr
\state_t,\ \out_t&&cell state and cell output&&|state|, |out|\cr
\hat y_t,\ e_t&&output layer: prediction, its error $\partial\ell_t/\partial\hat y_t$
  &&|pred|, |e|\cr
\ell_t,\ L&&loss of step $t$, of the sequence (or of the data)\cr
\Delta_t&&$\partial\ell_t/\partial\out_t$, the loss's own error&&|Delta|\cr
\delta v&&$\partial L/\partial v$ over all paths&&|dv|\cr
\delta\gates_t&&$\partial L/\partial\hat g_t=(\delta a_t;\delta i_t;\delta f_t;\delta o_t)$&&|dg|\cr
\Dout_t&&$U^{\top}\delta\gates_{t+1}$&&|Dout|\cr
c^a_j,\ c^i_j,\ c^f_j,\ c^s_j,\ c^o_j&&the cell's local derivatives&&
  |local_state|, |local_out|\cr
\delta W,\ \delta U,\ \delta b&&the gradient&&|grad->W|, \dots\cr
\lambda_t,\ \mu_t&&costates of the Lagrangian aside&&\cr
S_t,\ H_t&&sensitivities $\partial\state_t/\partial\theta$,
  $\partial\out_t/\partial\theta$&&|r->S|, |r->H|\cr
G_t,\ D_t&&$d\hat g_t/d\theta$ and its direct part&&|r->G|\cr
r,\ j,\ q&&a row of the gates, its cell, its gate&&|row|, |j|, |q|\cr
z_t,\ Z_t&&$(\state_t;\out_t)$ and $(S_t;H_t)$, in the RTRL proof\cr
\bar\Delta_t,\ \delta z_t&&$(0;\Delta_t)$ and $\partial L/\partial z_t$,
  in that proof\cr
\tilde s_t,\ \Delta^s_t&&internal RTRL: sensitivities, error at
  the state&&|S|, |err_state|\cr
\check s_t,\ \check h_t,\ \chi_j&&SnAp-1: sensitivities, cross factor
  &&|S|, |H|, |cross|\cr
A_t,\ B_t,\ M&&SnAp-1: $\partial z_t/\partial z_{t-1}$,
  $\partial z_t/\partial\theta$, the mask\cr
v_{t,k}&&source of parameter $k$: $x_{t,l}$, $\out_{t-1,l}$ or 1\cr
\tilde z_t,\ \tilde\theta_t,\ \rho_0,\ \rho_1&&UORO: the two factors,
  their scales&&|tz|, |ttheta|\cr
\tilde\zeta,\ \tilde\eta,\ \nu&&UORO: the halves of $\tilde z$, the
  random signs&&|tz|, |eta|, |nu|\cr
\xi&&largest block difference of two gradients\cr
\phi_t&&$f_{t+1}\odot\cdots\odot f_{T-1}$, the later forget gates&&|fprod|\cr
\alpha,\ \beta&&learning rate, momentum&&|rate|, |momentum|\cr
g_{\max}&&clipping limit, the largest norm of a gradient&&|clip|\cr
g_{\min}&&floor of the gradient check's relative error&&|LSTM_REL_FLOOR|\cr
\omega&&constant of the input-gate bias $b_i=-\omega-\ln p$&&|bias_i|\cr
p,\ R&&the lag of a task, the runs of distractors in a probe&&|length|,
  |runs|\cr
T_R&&the steps of a probe of $R$ runs&&|lag|\cr
\beta_1,\ \beta_2,\ \epsilon&&Adam's decay rates and offset&&|beta1|, |beta2|,
  |epsilon|\cr
\psi&&Adam's count of steps&&|opt->steps|\cr
\Theta&&temperature of sampling&&|temperature|\cr
\hbox{B1--B12}&&lines of the summary of the backward pass\cr}}$$
The product $u\odot v$ is taken entry by entry; $\sigma(x)=1/(1+e^{-x})$;
$A^{\top}$ is the transpose of $A$. Numbered equations are cited by
section and number, as the conventions below say.

@*1 Conventions.
Three rules hold throughout the code, and knowing them makes every
function easier to read; two more say how the text and its index lead
from the code to the mathematics.

{\it Memory.} Whoever allocates an object frees it, with the function of
the same chapter that undoes the allocation: |lstm_net_free| for
|lstm_net_init|, |lstm_trace_free| for |lstm_trace_alloc|, and so on.
Functions that fill a structure take a pointer to it from the caller;
no function returns memory that the caller did not ask for. There is
no global mutable state, so any number of networks can live side by side;
the one global variable, the choice of kernels that the chapter on speed
makes when the program starts, does not change the results.
@^memory ownership@>

{\it Errors.} Library functions never print and never exit. Each one that
can fail returns a status, |LSTM_OK| (zero) on success, and fills the
|lstm_error| record that the caller passes with the file, the line and a
message. Only the |main| program prints, and only it chooses an exit
status.
@^error reporting@>

{\it Arrays.} Vectors are arrays of |double|; a matrix with $r$ rows and
$s$ columns is stored row by row, entry $(k,l)$ at index $ks+l$. Indices
are of type |size_t| and run from zero. The computation is done in double
precision everywhere, for the reasons given in the chapter on checking
gradients.
@^array layout@>

{\it Equations.} The equations that the program computes are numbered
in the order of the book and cited as (\S\eqsec{fwd-cell}, eq.~\eqn{fwd-cell}):
the section that derives the equation, and its number. The rule: every
numbered equation is cited by at least one section of code that
computes it, in that section's text, and a citation stands only in a
section that has code; an equation that no code computes, such as a
step of a derivation, has no number. The summary of the backward pass
restates the chain rule's results as its lines B1 to B12, which the
figures name, and each line names the equation it restates. In the source a number is made by \.{\\eqlabel\{}{\it
key\/}\.{\}} and a citation by \.{\\implements\{}{\it key\/}\.{\}}, and
\.{tests/equations.sh} checks the rule: it fails when a label has no
citation, when a citation names no label or stands in a section
without code, and when a transpose is written otherwise than
$A^{\top}$.
@^numbered equations@>
@^equations, numbered@>

{\it Index.} The index lists the mathematical quantities by name, with
the symbol: ``error at the cell state ($\delta\state_t$)'', ``gate
deltas ($\delta\gates_t$)'', ``sensitivities ($S_t$, $H_t$)'', and so
on, each with the section that derives it underlined; and the ideas a
reader looks up, such as the gates by name, the vanishing gradient, the
constant error carousel, the computation graph and truncation. The
list of those quantities is \.{tests/quantities.txt}, and
\.{tests/equations.sh} fails when one of them has no underlined
section. Identifiers of one letter are not indexed: they are local
names for the quantities of the notation table.
@^index@>

{\it Mini-indexes.} At the foot of every right-hand page a short index
serves the two pages in view, as in Knuth's {\sl MMIXware} (Knuth
1999): each
identifier that a section beginning on them uses and does not declare,
with its declaration and the section that declares it, such as
``|lstm_fail|: \&{int} (\,), \S13''; a macro or constant has its
section only, and a function of the C library its header. The weaver
\.{ctwill} finds them, and \.{book/miniindex.tex} says how they are set.
@^mini-index@>
@^ctwill@>

@ The library is one header and one C file; the \.{lstm} command is a
third file. Each is assembled from sections spread through the book, and
this section and the next two state their overall structure up front.
The header is what a C program includes to use the library.

@(generated/lstm.h@>=
#ifndef LSTM_H
#define LSTM_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <signal.h> /* for |sig_atomic_t| */
@<Public constants@>@;
@<Public types@>@;
@<Public functions@>@;
#endif

@ The library's C file includes the header and the standard headers it
needs, declares its private helpers, and then defines every function.

@c
#include "lstm.h"
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <stdint.h>
#include <math.h>
#include <ctype.h>
#include <errno.h>
#include <time.h>
@<Private declarations@>@;
@<Functions@>@;

@ The status codes. A malformed input is |LSTM_EDATA|; a wrong use of an
interface, such as an unknown method name, is |LSTM_EUSAGE|; an
allocation that fails is |LSTM_ENOMEM|; a file that cannot be read or
written is |LSTM_EIO|; training whose loss or weights stop being finite
numbers is |LSTM_EDIVERGED|. The values of the first two are the exit statuses
the \.{lstm} command gives for them.

@<Public constants@>=
#define LSTM_OK 0
#define LSTM_EDATA 1
#define LSTM_EUSAGE 2
#define LSTM_ENOMEM 3
#define LSTM_EIO 4
#define LSTM_EDIVERGED 5
#define LSTM_MSG_MAX 256
#define LSTM_NAME_MAX 256
#define LSTM_PATH_MAX 4096

@ The error record names the file and line the error is about, when there
is one, and says in words what was expected. An empty |file| and a zero
|line| mean that the error is not about a place in a file. The name has
room for |LSTM_PATH_MAX| bytes, the longest path Linux opens; a longer
one (which no system call accepts) is cut and ends in \.{...}, so that a
cut name is never taken for another file's.

@<Public types@>=
typedef struct lstm_error {
  char file[LSTM_PATH_MAX]; /* the file the error is about, or "" */
  long line; /* its line, or 0 */
  char msg[LSTM_MSG_MAX]; /* what went wrong, without a final newline */
} lstm_error;

@ Every failure goes through |lstm_fail|, which fills the record (when the
caller gave one) and returns the status, so that a function can write
|return lstm_fail(err,LSTM_EDATA,"...")|. The file and line are left as
the caller set them; |lstm_fail_at| sets them too.

@<Public functions@>=
int lstm_fail(lstm_error *err, int status, const char *fmt, ...);
int lstm_fail_at(lstm_error *err, int status, const char *file, long line,
  const char *fmt, ...);

@ @<Functions@>=
static int fail_v(lstm_error *err, int status, const char *fmt, va_list ap)
{
  if (err) vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  return status;
}
@#
int lstm_fail(lstm_error *err, int status, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fail_v(err, status, fmt, ap);
  va_end(ap);
  return status;
}
@#
int lstm_fail_at(lstm_error *err, int status, const char *file, long line,
  const char *fmt, ...)
{
  va_list ap;
  if (err) {
    error_file(err, file);
    err->line = line;
  }
  va_start(ap, fmt);
  fail_v(err, status, fmt, ap);
  va_end(ap);
  return status;
}

@ @<Private declarations@>=
static void error_file(lstm_error *err, const char *file);

@ @<Functions@>=
static void error_file(lstm_error *err, const char *file)
{
  size_t size = sizeof err->file;
  if (snprintf(err->file, size, "%s", file ? file : "") >= (int)size)
    memcpy(err->file + size - 4, "...", 4);
}

@ A caller clears a record before use with |lstm_error_clear|.

@<Public functions@>=
void lstm_error_clear(lstm_error *err);

@ @<Functions@>=
void lstm_error_clear(lstm_error *err)
{
  if (err) {
    err->file[0] = '\0';
    err->line = 0;
    err->msg[0] = '\0';
  }
}

@ Sizes come from files that anybody can write, so every product of sizes
that decides an allocation is computed with a check for overflow.
|mul_size| returns zero, and leaves |*r| alone, when $a\cdot b$ would not
fit in a |size_t|.
@^overflow@>

@<Private declarations@>=
static int mul_size(size_t a, size_t b, size_t *r);
static int add_size(size_t a, size_t b, size_t *r);

@ @<Functions@>=
static int mul_size(size_t a, size_t b, size_t *r)
{
  if (a != 0 && b > SIZE_MAX / a) return 0;
  *r = a * b;
  return 1;
}
@#
static int add_size(size_t a, size_t b, size_t *r)
{
  if (b > SIZE_MAX - a) return 0;
  *r = a + b;
  return 1;
}

@ Vectors are allocated with |alloc_doubles|, which checks the size
against the library's limit before it asks for memory and returns
zero-filled storage.

@<Private declarations@>=
static double *alloc_doubles(size_t count);

@ @<Functions@>=
static double *alloc_doubles(size_t count)
{
  size_t bytes;
  if (count == 0) count = 1;
  if (!mul_size(count, sizeof(double), &bytes)) return NULL;
  return calloc(count, sizeof(double));
}

@*1 Exercises.
\exercise{intro.1}{10}
How many parameters has a network with $m=3$ inputs and $n=5$ cells
without an output layer? With an output layer of $k=2$ units?

\exercise{intro.2}{15}
|mul_size| tests $b>|SIZE_MAX|/a$ before it multiplies. Why not multiply
first and test whether the product is smaller than $a$?

\exercise{intro.3}{20}
Suppose |lstm_fail| wrote its message into one static buffer instead of
the caller's record. Describe a program, using only the library's
functions, whose error messages would then be wrong.

\exercise{intro.4}{25}
Extend |lstm_error| with the column at which a malformed file goes wrong,
make the readers of the chapter on files fill it, and print it in the
\.{lstm} command's messages in the form \.{file:line:column:}.
