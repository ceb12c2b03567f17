@* Truncated backpropagation through time.
BPTT has two drawbacks that the rest of this book is about. It must keep
the trace of the whole sequence before it can compute anything, so its
memory grows with $T$; and the gradient is known only after the last
step, so a network that reads an endless stream never gets one. The
oldest remedy is to stop listening to the distant past: run the backward
pass over a window of recent steps only, and let errors that would
travel further back simply vanish. This is {\it truncated\/}
backpropagation through time. It no longer computes the gradient of the
loss, and this chapter says exactly what it computes instead.
@^truncated BPTT@>

Williams and Peng (1990, ``An efficient gradient-based algorithm for
on-line training of recurrent network trajectories,'' {\sl Neural
Computation\/} 2(4)) described a whole family of such methods,
BPTT$(h;h')$. The network runs forward as usual; every $h'$ steps, at
a step $t$, it stops and runs the chain rule backward over the last $h$
steps, $t$ down to $t-h+1$, with $h\ge h'$, injecting the errors
$\Delta$ of the last $h'$ steps only, $t$ down to $t-h'+1$. Each error
therefore travels back between $h-h'$ and $h-1$ steps,
and the backward passes cost $h/h'$ times the forward pass on average.
With $h'=1$ it is the method often called BPTT$(h)$: a backward pass of
$h$ steps after every step. Williams and Peng recommended $h$ somewhat
larger than $h'$, so that even the earliest error injected in a
backward pass, that of step $t-h'+1$, is followed back $h-h'$ steps.
@^Williams, Ronald J.@>
@^Peng, Jing@>
@^BPTT$(h;h')$@>

@ The member of the family in this book is BPTT$(K;K)$, written
\.{tbptt:}$K$ and computed by |tbptt_grad|, whose |param| is $K$. The sequence is cut into windows of $K$ steps, counted
from its start: steps $0$ to $K-1$, then $K$ to $2K-1$, and so on, the
last window possibly shorter. At the end of each window a backward pass
runs over that window alone. The state and the output flow forward
across the boundary as always, so every step sees exactly the forward
values that BPTT sees, in the trace that |lstm_forward| fills; but no error flows back across it. An error made
at step $t$ travels back to the first step of its window,
$t_0=K\lfloor t/K\rfloor$, and no further: between $0$ and $K-1$ steps.
It is the member with the smallest cost, since every step is visited
backward exactly once, and with the least history for the errors near
the start of a window. The gradient is the sum of the windows'
gradients, all taken with the same weights; a training loop that updates
the weights after each window (the method's |schedule| is |LSTM_PER_CHUNK|) gets a different, online method, whose
gradients are those of this chapter at the weights of the moment.

In the notation of the chain rule, the backward recursion is BPTT's
except that at the first step $t_0>0$ of each window the two messages to
step $t_0-1$ are not sent (in |lstm_backward_opts|, |Dout| and |carry| are set to zero where |boundary| holds):
$$\Dout_{t_0-1}=0,\qquad \delta\state_{t_0}\odot f_{t_0}
  \hbox{ is not added to }\delta\state_{t_0-1}.\eqlabel{tbptt-rule}$$
Equivalently, the result is the gradient of
$$L_K(\theta)=\sum_{t}\ell_t\bigl(\theta;\ \state_{t_0-1},\
  \out_{t_0-1}\bigr),$$
in which every loss term is computed from its own window's first step on,
starting from the state and output that the network actually had before
the window, and those two vectors are held fixed: the derivative does
not see how they depend on $\theta$. The tests compute the gradient of
$L_K$ in exactly this way, by finite differences, as an independent
check of the code.
@^truncated BPTT@>
@!@^truncation@>

@ Figure 4 draws both cuts on six steps of the unrolled network of
Figure~3, shrunk to its three nodes per step. \.{tbptt:3} cuts the
sequence into the windows $0,1,2$ and $3,4,5$ and drops the two messages
that would cross from step~3 to step~2, |Dout| and |carry|; every other message is sent, so
inside a window the walk is BPTT's. The internal RTRL of the next chapter
but one cuts elsewhere: it keeps every message along the state, however
far back, and drops every $\Dout$ (|Dout|), the message on the edge from
$\out_{\tau-1}$ into the gates of step~$\tau$. One cut is in time, the
other in the graph of a single step.
@^truncated BPTT@>
@^internal RTRL@>
\topfigure{unroll-2.mps}{\bf Figure 4.\rm\enspace The messages that
  \.{tbptt:3} drops (top) and those that the internal RTRL drops (bottom),
  crossed out.}

@ Two special cases fix the ends of the family. When $K\ge T$ there is a
single window, no boundary lies inside the sequence, and the recursion is
BPTT's, step for step: \.{tbptt:}$K$ with $K\ge T$ computes exactly the
gradient of BPTT, with the same arithmetic in the same order (|boundary| is never true after step 0), so the two
results agree to the last bit. When $K=1$ every step is its own window and
no error passes from one step to another. Both terms from the future,
$\Dout_t$ and $\delta\state_{t+1}\odot f_{t+1}$ (|Dout| and |carry|), are gone, and what is left
of the summary of the chain-rule chapter is the gradient of each $\ell_t$
with respect to the weights as they are used at step $t$ alone:
$$\eqalign{\delta\state_t&=\Delta_t\odot o_t\odot
  \bigl(1-\tanh^2(\state_t)\bigr),\cr
\delta a_t&=\delta\state_t\odot i_t\odot(1-a_t^2),\cr
\delta i_t&=\delta\state_t\odot a_t\odot i_t\odot(1-i_t),\cr}\qquad
\eqalign{\delta f_t&=\delta\state_t\odot\state_{t-1}\odot f_t
  \odot(1-f_t),\cr
\delta o_t&=\Delta_t\odot\tanh(\state_t)\odot o_t\odot(1-o_t),\cr
\delta\theta&=\sum_t\delta\gates_t\,(x_t;\ \out_{t-1};\ 1)^{\top}.\cr}$$
The last line is shorthand for BPTT's three sums, the blocks |grad->W|,
|grad->U| and |grad->b| of the gradient,
$$\delta W=\sum_t\delta\gates_t\,x_t^{\top},\qquad
  \delta U=\sum_t\delta\gates_t\,\out_{t-1}^{\top},\qquad
  \delta b=\sum_t\delta\gates_t,$$
taken over the one-step deltas.
@^one-step gradient@>

@ Here is \.{tbptt:1} on the worked example, by hand, with the forward
values of the worked-example chapter rounded to five digits. The
sequence has two steps. At the last step nothing comes from the future in
any method, so $\delta\gates_1$ is BPTT's:
$(\delta a_1,\delta i_1,\delta f_1,\delta o_1)=(-0.019384,\
-0.0011156,\ -0.0063065,\ -0.055378)$, the trace's |lstm_dgates(tr, 1)|. At $t=0$ the error is the step's
own, $\Delta_0=\out_0-y_0=0.53631-0.5=0.036313$, and with
$\tanh(\state_0)=\tanh(0.78573)=0.65598$,
$$\eqalign{\delta\state_0&=0.036313\times0.81757\times(1-0.65598^2)
  =0.016913,\cr
\delta a_0&=0.016913\times0.96083\times(1-0.81775^2)=0.0053836,\cr
\delta i_0&=0.016913\times0.81775\times0.96083\times0.039166
  =0.00052049,\cr
\delta f_0&=0\qquad\hbox{(since $\state_{-1}=0$),}\cr
\delta o_0&=0.036313\times0.65598\times0.81757\times(1-0.81757)
  =0.0035528.\cr}$$
Each product was formed from the unrounded factors and then rounded, so
multiplying the printed factors can move the last digit, as it did for
the published values of the example. In $\delta i_0$ the factor
$1-i_0=0.039166$ comes from the unrounded $i_0$: $1-0.96083$ would keep
only four digits. BPTT has $\delta\state_0=-0.053484$ here, of the opposite sign: at this
step the error that comes back from step~1 through the forget gate
outweighs the step's own. With $x_0=(1,2)$, $x_1=(0.5,3)$ and
$\out_{-1}=0$, the three sums give, one row per gate,
$$(\delta W\ \ \delta U\ \ \delta b)=\pmatrix{
  -0.0043086&-0.047386&-0.010396&-0.014001\cr
  -0.000037321&-0.0023059&-0.00059832&-0.00059513\cr
  -0.0031533&-0.018920&-0.0033823&-0.0063065\cr
  -0.024136&-0.15903&-0.029700&-0.051825\cr}.$$
The column $\delta U=\delta\gates_1\,\out_0$ is BPTT's, because the term
of step $0$ is multiplied by $\out_{-1}=0$; and so is the row of the
forget gate, because $\delta f_0=0$ in both. Every other entry differs.
The test suite computes these sums from the trace with the formulas of
the previous section, independently of the backward code, and checks
both the program and the five-digit values printed here against them.
@^worked example@>

@ The code is BPTT's with a window, |trace_grad| with options: the forward pass, |lstm_forward|, fills the trace,
and the backward walk, |lstm_backward_opts| given the option |window|, sends no message back
over the first step of a window. The window is the method's parameter |param|,
as in \.{tbptt:10}; |lstm_method_find| has already made sure that it is a
positive number, but a caller of |lstm_gradient| may pass anything, so
it is checked again.

This implementation keeps the trace of the whole sequence, because it
reuses the BPTT walk unchanged, and its working storage, reported in
|work_bytes|, grows with $T$ as BPTT's does. A streaming implementation
would run the forward pass one window at a time, starting from the
state and output the previous window ended with, and discard each
window's rows after its backward pass; it needs $K$ rows, and its memory
is independent of $T$. That is the memory that the table of costs in
{\it The methods compared\/} gives for the method.
@^memory of truncated BPTT@>

@<Private declarations@>=
static int tbptt_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int tbptt_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  lstm_bptt_opts opts;
  if (param < 1)
    return lstm_fail(err, LSTM_EUSAGE,
      "method tbptt needs a window of at least one step");
@.method tbptt needs a window...@>
  opts.window = (size_t)param;
  opts.cut = 0;
  return trace_grad(net, seq, &opts, grad, loss, st, err);
}

@ The method is not exact: for $K<T$ its result is not the gradient of
the loss, so its row has |exact| set to 0, and the gradient check,
|lstm_gradcheck_sample|, refuses it.

@<Rows of the method table@>=
{"tbptt", 0, 1, tbptt_grad,
  "truncated BPTT over windows of K steps (tbptt:K)", LSTM_PER_CHUNK, 0, 0},

@*1 Exercises.
\exercise{tbptt.1}{15}
Show that \.{tbptt:1} and \.{irtrl} give the same gradient for the
parameters of the output gates, for any sequence, and the same gradient
for all parameters when the sequence has a single step.

\exercise{tbptt.2}{20}
A streaming implementation of \.{tbptt:}$K$ keeps the rows of one window
only, each of the trace's |stride| numbers. How many numbers does it keep for a network with $n$ cells and an
output layer of $k$ units?

\exercise{tbptt.3}{30}
Add Williams and Peng's BPTT$(h;h')$ with $h>h'$ to the method table, as
\.{tbptt:}$h$\.{,}$h'$, with the gradient of the function it computes
checked by finite differences as this chapter checks \.{tbptt:}$K$.

\exercise{tbptt.4}{40}
Measure how the number of sequences needed to learn the adding problem
depends on $K$ (the window |param| of |tbptt_grad|), for lags $T$ from 10 to 100, and explain the result.
