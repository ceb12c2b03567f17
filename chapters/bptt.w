@* Backpropagation through time.
This chapter turns the equations of the previous one, eqs.~\eqn{cr-sigma}--\eqn{cr-weights}, into code. The
forward pass has filled the trace with the gates, states and outputs of
every step; the backward pass, |lstm_backward|, walks the trace |tr| from
the last step to the first, computing at step $t$
$$\eqalign{\delta\out_t&=\Delta_t+\Dout_t,\cr
\delta\state_t&=\delta\out_t\odot o_t\odot\tanh'(\state_t)
  +\delta\state_{t+1}\odot f_{t+1},\cr
\delta\gates_t&=(\delta a_t;\ \delta i_t;\ \delta f_t;\ \delta o_t),\cr
\Dout_{t-1}&=U^{\top}\delta\gates_t,\cr}$$
and, once the walk is over, the gradient
$$\delta W=\sum_t\delta\gates_t\,x_t^{\top},\qquad
  \delta U=\sum_t\delta\gates_t\,\out_{t-1}^{\top},\qquad
  \delta b=\sum_t\delta\gates_t.$$
@^backpropagation through time@>

@ The storage BPTT needs is the whole trace: at step $t$ of the backward
walk it reads $a_t$, $i_t$, $f_t$, $o_t$, $\state_t$, $\state_{t-1}$,
$\out_{t-1}$ and the prediction (|lstm_gates|, |lstm_state|,
|lstm_state_prev|, |lstm_out| and |lstm_pred| of the trace), all computed by the forward pass, so none
of them can be discarded before the walk reaches $t$. These forward
values are $6n+k$ numbers a step, $T(6n+k)$ for a sequence of $T$ steps,
and they are the reason BPTT's memory grows with the length of the
sequence. The trace of the forward-pass chapter holds twice as much,
$T(12n+k)$ numbers ($12nT$ without an output layer), because it also keeps
the backward pass's $\delta\gates_t$, $\delta\out_t$ and
$\delta\state_t$ (|lstm_dgates|, |lstm_dout|, |lstm_dstate|), for the gradient and for the reader; the cost tables
of this book count that trace.
Two vectors are carried from step $t+1$ to step $t$: $\Dout_t$, the error
that reaches $\out_t$ through the recurrent weights, and
$\delta\state_{t+1}\odot f_{t+1}$, the error that reaches $\state_t$
through the forget gate. They are the trace's scratch vectors |Dout| and
|carry|; both are zero at the last step, because nothing after it depends
on $\out_{T-1}$ or $\state_{T-1}$.
@^memory of BPTT@>

@<Public functions@>=
void lstm_backward(const lstm_net *net, const lstm_seq *seq,
  lstm_trace *tr, lstm_net *grad);

@ Figure 3 shows the walk on three steps of the unrolled network. Each
step is drawn as three nodes, the stacked pre-activations $\gates_\tau$,
the state and the output; the black arrows are the forward pass, the
coloured ones the messages of the backward pass, each labelled with the
line of the summary in the chain-rule chapter that computes it. Only two
messages cross from one step to the one before: $\Dout_\tau$ (|Dout|), which
runs against the recurrent weights from the gates of step $\tau+1$ to
the output of step~$\tau$, and $\delta\state_{\tau+1}\odot f_{\tau+1}$
(|carry|), which runs along the state. The errors $\Delta_\tau$ of the losses
enter at the outputs.
@^unrolled network, picture of@>
\midfigure{unroll-1.mps}{\bf Figure 3.\rm\enspace Three steps unrolled:
  the forward pass (black) and the messages of BPTT (colour), with the
  numbers of the lines that compute them.}

@ The same backward walk also computes two approximations of the
gradient that later chapters need, and it computes them by leaving out
messages, not by a second copy of the walk. Truncated BPTT (the chapter
of that name) cuts the sequence into windows of $K$ steps, |opts->window|, and sends no
message at all from the first step of a window to the step before it.
The internal RTRL of the LSTM (in the chapter {\it The LSTM's own
RTRL\/}) treats
$\out_{t-1}$ as a constant where it enters the gates of step $t$, which
is the same as sending $\Dout_{t-1}=0$ at every step, |opts->cut|. An |lstm_bptt_opts|
record asks for either or both; a window of zero means no window, and
|NULL| asks for neither, which is plain BPTT.
@^truncated BPTT@>
@^cut BPTT@>

@<Public types@>=
typedef struct lstm_bptt_opts {
  size_t window; /* $K>0$: no error crosses back over a multiple of $K$ */
  int cut; /* 1: no error flows from the gates of step $t$ to $\out_{t-1}$ */
} lstm_bptt_opts;

@ @<Public functions@>=
void lstm_backward_opts(const lstm_net *net, const lstm_seq *seq,
  lstm_trace *tr, lstm_net *grad, const lstm_bptt_opts *opts);

@ |lstm_backward| adds the gradient of the sequence's loss to |grad|
(which the caller has set to zero, or which holds the gradient of earlier
sequences), and leaves $\delta\gates_t$, $\delta\out_t$ and
$\delta\state_t$ in row $t$ of the trace, as |dg|, |dout| and |dstate|. |lstm_backward_opts| does the
same for the truncated or cut network that |opts| describes.

@<Functions@>=
void lstm_backward(const lstm_net *net, const lstm_seq *seq,
  lstm_trace *tr, lstm_net *grad)
{
  lstm_backward_opts(net, seq, tr, grad, NULL);
}
@#
void lstm_backward_opts(const lstm_net *net, const lstm_seq *seq,
  lstm_trace *tr, lstm_net *grad, const lstm_bptt_opts *opts)
{
  const size_t n = net->n;
  const size_t window = opts ? opts->window : 0;
  const int cut = opts ? opts->cut : 0;
  double *Dout = tr->Dout, *carry = tr->carry;
  memset(Dout, 0, n * sizeof *Dout);
  memset(carry, 0, n * sizeof *carry);
  for (size_t t = seq->T; t-- > 0; ) {
    const double *g = lstm_gates(tr, t), *state = lstm_state(tr, t);
    const double *f = g + 2 * n;
    double *dg = lstm_dgates(tr, t), *dout = lstm_dout(tr, t),
      *dstate = lstm_dstate(tr, t);
    @<Compute $\delta\out_t=\Delta_t+\Dout_t$@>;
    @<Compute $\delta\state_t$ and the gate deltas $\delta\gates_t$@>;
    @<Pass $\Dout_{t-1}$ and $\delta\state_t\odot f_t$ back to step
      $t-1$@>;
  }
  @<Add $\delta W$, $\delta U$ and $\delta b$ from the stored gate
    deltas@>;
  lstm_net_mask(net, grad->theta);
}

@ The error at the cell output has two sources \implements{cr-dout}: the loss at this step, if
it has a target, and the gates of step $t+1$, through $U$. The first is
added by the output layer's backward half, which also collects the
gradient of $V$ and $b_y$ in |grad->V| and |grad->c|.

@<Compute $\delta\out_t...@>=
memcpy(dout, Dout, n * sizeof *dout);
if (lstm_target(seq, t))
  lstm_output_backward_x(net, lstm_out(tr, t), seq->x + t * seq->m,
    lstm_pred(tr, t), lstm_target(seq, t), dout, grad, tr->e);

@ The state reaches the loss through $\out_t$ and through $\state_{t+1}$;
the second path arrives as |carry|. The four gate deltas then follow from
$\state_t=a_t\odot i_t+f_t\odot\state_{t-1}$ and
$\out_t=\tanh(\state_t)\odot o_t$, each the error of the state or of
the output times a local derivative of the cell, those of
|@<Local derivatives of a cell@>| \implements{cr-local}, \implements{cr-sigma}, \implements{cr-tanh}:
$$\delta\state_t=\delta\out_t\odot c^s+|carry|,\quad
  \delta a_t=\delta\state_t\odot c^a,\quad
  \delta i_t=\delta\state_t\odot c^i,\quad
  \delta f_t=\delta\state_t\odot c^f,\quad
  \delta o_t=\delta\out_t\odot c^o.$$
These are \implements{cr-dstate} and \implements{cr-dgates}.
In the code |local_out| returns $\delta\out_t\odot c^s$ and $\delta o_t$
in |after|, and |local_state|, with |dstate[j]| as its scale, returns
$\delta a_t$, $\delta i_t$ and $\delta f_t$ in |before|.
The tangent of the state is computed again here rather than stored; one
|tanh| per cell and step is cheaper than the memory it would take.

@<Compute $\delta\state_t$ and the gate deltas...@>=
{
  const double *state_prev = lstm_state_prev(tr, t);
  for (size_t j = 0; j < n; j++) {
    double after[2], before[3];
    local_out(net, g, j, state[j], dout[j], after);
    dstate[j] = after[0] + carry[j];
    dg[3 * n + j] = after[1];
    local_state(net, g, j, state_prev[j], dstate[j], before);
    dg[j] = before[0];
    dg[n + j] = before[1];
    dg[2 * n + j] = before[2];
  }
}

@ The error that step $t-1$ receives through the recurrent weights is
$\Dout_{t-1}=U^{\top}\delta\gates_t$, and the error its state receives
through the forget gate is $\delta\state_t\odot f_t$, |dstate[j] * f[j]|. When $t$ is the
first step of a window (|boundary|), step $t-1$ receives neither; with the cut (|cut|) it
never receives the first. These are \implements{cr-back},
the window's rule \implements{tbptt-rule} and the cut \implements{irtrl-cut}.

@<Pass $\Dout_{t-1}$...@>=
{
  const int boundary = window > 0 && t % window == 0;
  if (cut || boundary) memset(Dout, 0, n * sizeof *Dout);
  else lstm_mat_tvec(net->U, 4 * n, n, dg, Dout);
  for (size_t j = 0; j < n; j++) carry[j] = boundary ? 0 : dstate[j] * f[j];
}

@ The product $A^{\top}v$ of the transpose of a stored $r\times s$
matrix with a vector is needed here for $U^{\top}\delta\gates_t$ and by
the worked example for $\delta x_t=W^{\top}\delta\gates_t$. Walking
$A$ row by row, and adding $v_k$ times row $k$ to the result, reads the
matrix in the order it is stored. Four rows are taken at a time, so that
the result is read and written once for four rows of $A$ instead of once
for each; the chapter on speed measures what that gains.

@<Public functions@>=
void lstm_mat_tvec(const double *A, size_t rows, size_t cols,
  const double *v, double *result);

@ The function is one of the kernels of the chapter on speed, which
compiles it for each instruction set the processor may have.

@<Kernels@>=
static LSTM_INLINE void mat_tvec_kernel(const double *A, size_t rows,
  size_t cols, const double *v, double *result)
{
  size_t r = 0;
  memset(result, 0, cols * sizeof *result);
  for (; r + 4 <= rows; r += 4) {
    const double *r0 = A + r * cols, *r1 = r0 + cols, *r2 = r1 + cols,
      *r3 = r2 + cols;
    const double v0 = v[r], v1 = v[r + 1], v2 = v[r + 2], v3 = v[r + 3];
    for (size_t l = 0; l < cols; l++)
      result[l] += (r0[l] * v0 + r1[l] * v1) + (r2[l] * v2 + r3[l] * v3);
  }
  for (; r < rows; r++) {
    const double *row = A + r * cols;
    for (size_t l = 0; l < cols; l++) result[l] += row[l] * v[r];
  }
}

@ The weights are shared by every step, so their gradient is a sum over
the steps \implements{cr-weights}; it is formed once the walk is over, from the gate deltas
stored in the trace:
$\delta W\mathrel{+}=\sum_t\delta\gates_t\,x_t^{\top}$,
$\delta U\mathrel{+}=\sum_t\delta\gates_t\,\out_{t-1}^{\top}$
and $\delta b\mathrel{+}=\sum_t\delta\gates_t$. Each of the first two is
a product of two matrices with $T$ as the inner dimension: with the gate
deltas $\delta\gates_t^{\top}$ as the rows of a $T\times4n$ matrix
$\Delta G$ and the inputs as the rows of $X$, $\delta W\mathrel{+}=
\Delta G^{\top}X$. |lstm_gemm_tn| of the chapter on speed computes such
a product, reading both matrices row by row from the trace and the
sequence. For $\delta U$ the rows $\out_{t-1}$, $t\ge1$, are the outputs
of the trace's rows $0$ to $T-2$; the step $t=0$ pairs $\delta\gates_0$
with the trace's starting output |tr->out0|, which is zero at the start of a
sequence (so that the term adds nothing), but not when a trace continues
an earlier part of a sequence, and it is added on its own.

When the inputs are local (|lstm_seq_local|: one nonzero entry a step, as the forward-pass
chapter calls them), $\delta\gates_t x_t^{\top}$ has a single nonzero
column, and only that column is added. Every entry of $\delta W$ still
receives its nonzero terms in the order $t=0,1,\ldots$, and the terms
skipped are $\pm0$, which change no entry: the result is bit for bit
that of |lstm_gemm_tn| (an entry of a gradient is never $-0$, since it
starts at $+0$ and a sum is $-0$ only when both terms are).
@^local inputs@>

@<Add $\delta W$, $\delta U$ and $\delta b$...@>=
{
  const size_t T = seq->T, m = net->m;
  const double *dg0 = lstm_dgates(tr, 0);
  if (lstm_seq_local(seq))
    for (size_t t = 0; t < T; t++) {
      const double *x = seq->x + t * m, *dg = lstm_dgates(tr, t);
      size_t at;
      lstm_local(x, m, &at);
      if (at < m)
        for (size_t r = 0; r < 4 * n; r++) grad->W[r * m + at] += dg[r] * x[at];
    }
  else lstm_gemm_tn(4 * n, m, T, dg0, tr->stride, seq->x, m, grad->W, m);
  if (T > 1)
    lstm_gemm_tn(4 * n, n, T - 1, lstm_dgates(tr, 1), tr->stride,
      lstm_out(tr, 0), tr->stride, grad->U, n);
  lstm_gemm_tn(4 * n, n, 1, dg0, tr->stride, tr->out0, n, grad->U, n);
  for (size_t t = 0; t < T; t++) {
    const double *dg = lstm_dgates(tr, t);
    for (size_t r = 0; r < 4 * n; r++) grad->b[r] += dg[r];
  }
}

@*1 The table of methods.
BPTT is the first of several ways of computing the gradient that this
book describes. Each is a row of one table, an |lstm_method|: its |name|,
whether its result is the exact gradient of the loss (|exact|), whether it
takes a numeric parameter (|takes_param|, written after a colon, as in
\.{tbptt:10}), and the function |grad| that computes it for one
sequence. The command line, the tests and the
gradient check walk this table; none of them names a method in its own
code.
@^method table@>

@<Public types@>=
typedef struct lstm_stats {
  size_t work_bytes; /* peak working storage of the method, in bytes */
} lstm_stats;
@#
typedef int (*lstm_grad_fn)(const lstm_net *net, const lstm_seq *seq,
  long param, lstm_net *grad, double *loss, lstm_stats *st,
  lstm_error *err); /* a method: adds one sequence's gradient */
@#
typedef struct lstm_method {
  const char *name; /* as given to \.{--method} */
  int exact; /* 1 when it computes the gradient of the loss itself */
  int takes_param; /* 1 when the name must be followed by \.{:K}, 2 when it
    may be */
  lstm_grad_fn grad; /* adds one sequence's gradient to |grad| */
  const char *summary; /* one line for \.{--help} */
  int schedule; /* when training updates the weights, see below */
  int online_kind; /* for |LSTM_PER_STEP|: the kind of |lstm_rtrl| to use */
  int seeded; /* 1 when it draws random numbers; its parameter is the seed */
} lstm_method;

@ A method also says when a training loop should change the weights with
the gradient it computes: after each sequence (BPTT, which knows the
gradient only at the end, |LSTM_PER_SEQUENCE|), after each chunk of a sequence (truncated
BPTT, |LSTM_PER_CHUNK|), or after every step (|LSTM_PER_STEP|) (the RTRL methods, which know each step's
contribution at that step); that is its |schedule|. The chapter on training explains why. A
method that updates at every step names the kind of online computation,
an |lstm_rtrl| object of the RTRL chapters, that a training loop uses, in |online_kind|.
A method that draws random numbers, such as UORO, is |seeded|: its
parameter is then not written after a colon but is the seed of its
generator, which the command takes from \.{--seed} and a training loop
from its configuration.

@<Public constants@>=
#define LSTM_PER_SEQUENCE 1
#define LSTM_PER_CHUNK 2
#define LSTM_PER_STEP 3

@ A method's function adds the gradient of one sequence to |grad|,
returns the sequence's loss in |*loss|, and raises |st->work_bytes| to
the memory its working storage took, so that a test can ask how that
memory depends on $T$. BPTT's working storage is the trace.
|trace_grad| runs the forward pass into a trace and walks it back, with
the truncation or cut that |opts| describes (|NULL| for none); BPTT calls
it as it is, and the truncated BPTT of a later chapter with its window.

@<Private declarations@>=
static int trace_grad(const lstm_net *net, const lstm_seq *seq,
  const lstm_bptt_opts *opts, lstm_net *grad, double *loss, lstm_stats *st,
  lstm_error *err);

@ @<Functions@>=
static int trace_grad(const lstm_net *net, const lstm_seq *seq,
  const lstm_bptt_opts *opts, lstm_net *grad, double *loss, lstm_stats *st,
  lstm_error *err)
{
  lstm_trace tr;
  int status = lstm_trace_alloc(&tr, net, seq->T, err);
  if (status != LSTM_OK) return status;
  *loss = lstm_forward(net, seq, &tr);
  lstm_backward_opts(net, seq, &tr, grad, opts);
  if (st && tr.bytes > st->work_bytes) st->work_bytes = tr.bytes;
  lstm_trace_free(&tr);
  return LSTM_OK;
}
@#
static int bptt_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  (void)param;
  return trace_grad(net, seq, NULL, grad, loss, st, err);
}

@ The table itself. Later chapters add their rows to
|@<Rows of the method table@>|.

@<Functions@>=
static const lstm_method method_table[] = {
  @<Rows of the method table@>@;
};

@ @<Rows of the method table@>=
{"bptt", 1, 0, bptt_grad,
  "backpropagation through time: the exact gradient", LSTM_PER_SEQUENCE, 0, 0},

@ |lstm_method_at| returns row |r| of the table, or |NULL| past its end,
so that a caller can list the methods. |lstm_method_find| looks a method
up by the name given on a command line, and reads the parameter after
the colon; a method that takes a parameter needs a positive integer there,
and one that takes none must not have one. A method whose parameter may
be left out (|takes_param| is 2) gets 0 then, which its function reads
as its default. A name may itself contain a colon, as the variant
\.{eprop:random} does; such a name is looked for whole before the part
before the colon is.

@<Public functions@>=
const lstm_method *lstm_method_at(size_t r);
const lstm_method *lstm_method_find(const char *spec, long *param,
  lstm_error *err);

@ @<Functions@>=
const lstm_method *lstm_method_at(size_t r)
{
  return r < sizeof method_table / sizeof method_table[0] ?
    &method_table[r] : NULL;
}
@#
const lstm_method *lstm_method_find(const char *spec, long *param,
  lstm_error *err)
{
  const char *colon = strchr(spec, ':');
  size_t len = colon ? (size_t)(colon - spec) : strlen(spec);
  const lstm_method *meth;
  for (size_t r = 0; (meth = lstm_method_at(r)) != NULL; r++)
    if (strcmp(meth->name, spec) == 0 && !meth->takes_param) {
      *param = 0;
      return meth;
    }
  for (size_t r = 0; (meth = lstm_method_at(r)) != NULL; r++)
    if (strlen(meth->name) == len && strncmp(meth->name, spec, len) == 0)
      break;
  if (!meth) {
    lstm_fail(err, LSTM_EUSAGE, "unknown method '%s'", spec);
@.unknown method@>
    return NULL;
  }
  @<Read the method's parameter into |*param|@>;
  return meth;
}

@ @<Read the method's parameter...@>=
*param = 0;
if (meth->takes_param == 2 && !colon) return meth;
if (meth->takes_param) {
  const size_t most = meth->takes_param == 2 ? LSTM_MAX_BLOCK :
    LSTM_MAX_PARAMS;
  char *end;
  long v;
  if (!colon || colon[1] < '0' || colon[1] > '9' ||
      (v = strtol(colon + 1, &end, 10), *end != '\0') || v < 1 ||
      (size_t)v > most) {
    if (meth->takes_param == 2)
      lstm_fail(err, LSTM_EUSAGE, "method %s takes as its block length " @|
        "a whole number from 1 to %zu after the colon, as in %s:16, " @|
        "or none", meth->name, most, meth->name);
@.method...takes as its block length...@>
    else lstm_fail(err, LSTM_EUSAGE,
      "method %s needs a positive whole number, as in %s:10",
      meth->name, meth->name);
@.method...needs a positive...@>
    return NULL;
  }
  *param = v;
} else if (colon) {
  @<Refuse the parameter, naming the variants if the method has any@>;
  return NULL;
}

@ A method with variants, such as \.{eprop} and \.{eprop:random}, has
rows named by the method, a colon and the variant; a name that is not one
of them gets a message that lists them.

@<Refuse the parameter, naming...@>=
{
  char list[LSTM_NAME_MAX] = "";
  size_t used = 0;
  const lstm_method *other;
  for (size_t r = 0; (other = lstm_method_at(r)) != NULL; r++)
    if (strncmp(other->name, spec, len) == 0 && other->name[len] == ':' &&
        used + strlen(other->name) + 3 < sizeof list)
      used += (size_t)snprintf(list + used, sizeof list - used, ", %s",
        other->name);
  if (used > 0)
    lstm_fail(err, LSTM_EUSAGE, "method %s has no variant '%s'; " @|
      "the variants are %s%s", meth->name, colon + 1, meth->name, list);
@.method...has no variant...@>
  else lstm_fail(err, LSTM_EUSAGE, "method %s takes no parameter",
    meth->name);
@.method...takes no parameter@>
}

@ |lstm_gradient| is the one entry point for every method: it checks that
the data fit the network, clears |grad|, and adds the gradient of every
sequence, each sequence starting from $\state=\out=0$. The loss it returns
is the sum over the sequences. A loss or a gradient that is not finite is
an error (|LSTM_EDATA|), never a result. It is the function of the
section ``Every core, with the same bits'' of the chapter on speed on one
thread: that function computes each sequence's gradient by itself and
adds them in the order of the file, on as many threads as it is given.

@<Public functions@>=
int lstm_gradient(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, lstm_net *grad, double *loss,
  lstm_stats *st, lstm_error *err);

@ @<Functions@>=
int lstm_gradient(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, lstm_net *grad, double *loss,
  lstm_stats *st, lstm_error *err)
{
  return lstm_gradient_threads(net, data, meth, param, 1, grad, loss, st,
    err);
}

@*1 Exercises.
\exercise{bptt.1}{10}
How many numbers, and how many bytes, does |lstm_trace_alloc| take for
the worked example, which has one cell, no output layer and two steps?

\exercise{bptt.2}{15}
Show that $\delta f_0=0$ for every network and every sequence, and
explain why the code needs no special case for it.

\exercise{bptt.3}{20}
Write the section |@<Compute $\delta\state_t$ and the gate deltas...@>|
from the summary at the end of the chain-rule chapter. In the student
edition this section is a stub that sets the deltas to zero; \.{make
student-test} compares your code with the worked example and with
finite differences. (The answer is the section itself.)

\exercise{bptt.4}{25}
Extend |lstm_backward_opts| to the peephole connections of exercise
forward.4, using the equations of exercise chainrule.4, and check the
result with \.{lstm gradcheck}.

\exercise{bptt.5}{30}
{\it Checkpointing.} Keep the rows of the trace only at every $K$-th
step and recompute the others, one segment at a time, during the
backward walk. Show that the memory becomes $O(T/K+K)$ rows for twice
the forward work, and that $K\approx\sqrt T$ is best. (Griewank 1992,
``Achieving logarithmic growth of temporal and spatial complexity in
reverse automatic differentiation,'' {\sl Optimization Methods and
Software\/} 1, goes further, to $O(\log T)$ memory.)
@^checkpointing@>

\exercise{bptt.6}{40}
Make the initial state $\state_{-1}$ and output $\out_{-1}$ parameters
that are learned with the weights: extend $\theta$, BPTT and the file
formats, and check the new gradient by finite differences.
