@* The forward pass.
An LSTM reads a sequence of input vectors $x_0,\ldots,x_{T-1}$, each with
$m$ entries, and keeps two vectors of $n$ entries from one step to the
next: the cell {\it state}, which is the network's memory (|state| in the code), and the cell
{\it output} (|out|). At step $t$ it first forms the four gate pre-activations,
stacked in one vector of $4n$ entries,
$$\pmatrix{\hat a_t\cr \hat\imath_t\cr \hat f_t\cr \hat o_t\cr}
  =W x_t+U\,\out_{t-1}+b,\eqlabel{fwd-pre}$$
then squashes them,
$$a_t=\tanh(\hat a_t),\qquad i_t=\sigma(\hat\imath_t),\qquad
  f_t=\sigma(\hat f_t),\qquad o_t=\sigma(\hat o_t),\eqlabel{fwd-gates}$$
and finally updates the state and the output:
$$\eqalign{\state_t&=a_t\odot i_t+f_t\odot\state_{t-1},\cr
  \out_t&=\tanh(\state_t)\odot o_t.\cr}\eqlabel{fwd-cell}$$
The vector $a_t$ is the candidate input to the cell; the {\it input
gate\/} $i_t$ decides how much of it enters the state, the {\it forget
gate\/} $f_t$ how much of the old state is kept, and the {\it output
gate\/} $o_t$ how much of the squashed state is shown to the rest of the
network. Before the first step of every sequence $\state_{-1}=\out_{-1}=0$.
This is the LSTM of Hochreiter and Schmidhuber (1997) with the forget gate
of Gers, Schmidhuber and Cummins (2000), without peephole connections;
Greff et al.\ (2017) compare it with the other variants of the cell.
A network may also be made without the forget gate, with $f_t\equiv1$ (|net->no_forget| set):
that is the cell of 1997, whose state forgets nothing, and the
experiments need it for lags of a few hundred steps, where even a gate
that is open to $0.99$ keeps only $0.99^{500}<1\%$ of what it stored.
@!@^forget gate@>
@!@^input gate@>
@!@^output gate@>
@!@^cell input@>
@^cell without a forget gate@>
@^Hochreiter, Sepp@>
@^Schmidhuber, J\"urgen@>
@^Gers, Felix@>

@ Figure 1 draws the cell. The state runs along the top, from
$\state_{t-1}$ on the left to $\state_t$ on the right, and meets only two
operations on its way: a product with the forget gate~$f_t$ and a sum
with the new content $a_t\odot i_t$. Below it the four gates are
computed from the same two inputs, $x_t$ and $\out_{t-1}$, each with its
own rows $W_q$, $U_q$ and $b_q$ of the parameters ($q$ is one of $a$, $i$,
$f$, $o$). The output is the squashed state times the output gate, and it
leaves the cell twice: to the loss~$\ell_t$, and to step $t+1$, where it
is the $\out_{t-1}$ of the bottom line. In the cell without a forget
gate the product on the state line is missing, and the state is carried
from step to step by a plain wire.
@^cell, picture of@>
\midfigure{cell-1.mps}{\bf Figure 1.\rm\enspace The LSTM cell at step $t$.
  A box applies $\sigma$ or $\tanh$ to each entry; $\odot$ is the entrywise
  product, a dot a branch; $x_t$ joins the line of $\out_{t-1}$, and
  the two feed each gate together.}

@ The loss of a sequence is a sum over the steps that have a target $y_t$.
Without an output layer the network's prediction is $\out_t$ itself and
$$L=\sum_t\ell_t,\qquad \ell_t={1\over2}\Vert \out_t-y_t\Vert ^2,\eqlabel{fwd-loss}$$
so that the loss's own error signal at step $t$ is
$\Delta_t=\partial\ell_t/\partial\out_t=\out_t-y_t$ (|Delta| in the code). An optional output
layer, described later in this chapter, puts a prediction
$\hat y_t=V\out_t+b_y$ between the cell outputs and the loss.
@^loss function@>

@*1 The parameters.
All parameters of a network live in one contiguous vector $\theta$;
the matrices $W$, $U$, $b$, $V$, $b_y$ are views into it, in the order in
which the model file lists them. A gradient has exactly the same shape,
so it is stored in a second |lstm_net|, and whatever walks over the
parameters (printing them, updating them, perturbing them one at a time)
is one loop over $\theta$ that knows nothing of gates.
$$\theta=(\underbrace{W}_{4n\times m},\ \underbrace{U}_{4n\times n},\
  \underbrace{b}_{4n},\ \underbrace{V}_{k\times n},\ \underbrace{b_y}_{k}).$$
Rows of $W$, $U$ and $b$ come in gate order: rows $0$ to $n-1$ belong to
$a$, rows $n$ to $2n-1$ to $i$, then $f$, then $o$. So the weight from input
$l$ to the forget gate of cell $j$ is |W[(2*n+j)*m+l]|.
@^memory layout@>

@ The network of this chapter is the one every method of the book is
written for; |lstm_arch_plain| says whether a network is it. The chapter {\it Experiment 2a as published\/} also runs the
network of Hochreiter and Schmidhuber (1997) itself, which differs in
choices that a few flags of |lstm_arch| describe, all zero for the network above: no
output gate ($o_t\equiv1$, |no_outgate|); no recurrent connections into the cells and
gates ($U\equiv0$, |no_recurrent|); no biases ($b\equiv0$, $b_y\equiv0$, |no_bias|); shortcut weights
$S$ (|net->S|) from the inputs to the output layer (|shortcut|); the logistic function in place
of $\tanh$ as the squashing $g$ of the cell input (|g_logistic|), and the identity in
place of $\tanh$ as the squashing $h$ of the state (|h_identity|); and cells that are
not there yet (|pending|), because they are added during training. A connection
that is not there is kept in $\theta$ as a zero that training never
changes; that chapter explains why this leaves every method exact.
@^architecture, choices of@>

@<Public types@>=
typedef struct lstm_arch {
  int no_outgate; /* no output gate: $o_t\equiv1$ */
  int no_recurrent; /* no connections from $\out_{t-1}$: $U\equiv0$ */
  int no_bias; /* no biases: $b\equiv0$ and $c\equiv0$ */
  int shortcut; /* weights $S$ from the inputs to the output layer */
  int g_logistic; /* $g=\sigma$ instead of $\tanh$ for the cell input */
  int h_identity; /* $h(s)=s$ instead of $\tanh$ for the state */
  size_t pending; /* cells not yet added: the last |pending| of the $n$ */
} lstm_arch;

@ @<Public types@>=
typedef struct lstm_net {
  size_t m; /* inputs */
  size_t n; /* cells */
  size_t k; /* predictions per step: $k=n$ without an output layer */
  int output; /* |LSTM_OUT_NONE|, |LSTM_OUT_L2| or |LSTM_OUT_SOFTMAX| */
  int no_forget; /* 1 for the cell of 1997, whose forget gate is $f_t\equiv1$ */
  lstm_arch arch; /* the architectural choices of the chapter on Experiment
    2a; all zero for the network of this chapter */
  size_t P; /* number of parameters, the length of |theta| */
  double *theta; /* all parameters */
  double *W, *U, *b; /* views into |theta|: $4n\times m$, $4n\times n$, $4n$ */
  double *V, *c; /* the output layer $V$ and $b_y$, $k\times n$ and $k$; |NULL| without one */
  size_t symbols; /* a model of text: the size of its alphabet; else 0 */
  unsigned char alphabet[256]; /* its bytes, in increasing order */
  double *S; /* shortcut weights from the inputs to the output layer,
    $k\times m$; |NULL| without them */
} lstm_net;

@ A cell without a forget gate keeps the rows of $f$ in $W$, $U$ and $b$,
so that $\theta$ has the same layout for both kinds of cell and a model
file the same blocks; but the forward pass sets $f_t=1$ whatever they
hold, so they have no effect, and their gradient is exactly zero: every
derivative through $f$ carries the factor $f_t(1-f_t)=1\cdot0$. The
methods of the book need no case of their own for this cell. |lstm_net_init|
makes a network with the forget gate; |no_forget| is set afterwards.

Without an output layer (|LSTM_OUT_NONE|) the prediction is the cell output and the loss
is the squared error. With one, the prediction $\hat y_t=V\out_t+b_y$ is
compared with the target by the squared error (|LSTM_OUT_L2|) or, for classification, by
the cross-entropy of its softmax (|LSTM_OUT_SOFTMAX|).

@<Public constants@>=
#define LSTM_OUT_NONE 0
#define LSTM_OUT_L2 1
#define LSTM_OUT_SOFTMAX 2
#define LSTM_OUT_LOGISTIC 3

@ Sizes are limited, so that a file cannot ask for more memory than a
machine has, or for a product of sizes that wraps around. Each of $m$, $n$
and $k$ must lie between 1 and |LSTM_MAX_DIM|, and the number of
parameters may not exceed |LSTM_MAX_PARAMS|, $2^{27}$, which is one
gigabyte of parameters. The limits are checked, with overflow-safe
arithmetic, before anything is allocated.
@^limits@>

@<Public constants@>=
#define LSTM_MAX_DIM 65536
#define LSTM_MAX_PARAMS ((size_t)1<<27)

@ |lstm_net_init| computes the length of $\theta$, $P+k(n+1)$ with the
cells' $P=4n(m+n+1)$ (the last term only with an output layer), allocates $\theta$ filled with zeros, and points the
views into it. The caller owns the network and frees it with
|lstm_net_free|. The sizes are checked, and the length computed, by
|lstm_net_size|, which allocates nothing; the reader of model files calls
it as soon as it knows the sizes, so that a file asking for too many
parameters is refused at the line that asks.

@<Public functions@>=
int lstm_net_init(lstm_net *net, size_t m, size_t n, size_t k, int output,
  lstm_error *err);
int lstm_net_size(size_t m, size_t n, size_t k, int output, size_t *P,
  lstm_error *err);
int lstm_net_init_arch(lstm_net *net, size_t m, size_t n, size_t k,
  int output, const lstm_arch *arch, lstm_error *err);
int lstm_net_size_arch(size_t m, size_t n, size_t k, int output,
  const lstm_arch *arch, size_t *P, lstm_error *err);
void lstm_net_free(lstm_net *net);

@ @<Functions@>=
int lstm_net_init(lstm_net *net, size_t m, size_t n, size_t k, int output,
  lstm_error *err)
{
  return lstm_net_init_arch(net, m, n, k, output, NULL, err);
}
@#
int lstm_net_init_arch(lstm_net *net, size_t m, size_t n, size_t k,
  int output, const lstm_arch *arch, lstm_error *err)
{
  size_t P = 0, rows = 4 * n; /* |P| is set by |lstm_net_size_arch| */
  int status;
  memset(net, 0, sizeof *net);
  if (output == LSTM_OUT_NONE) k = n;
  if ((status = lstm_net_size_arch(m, n, k, output, arch, &P, err))
      != LSTM_OK)
    return status;
  net->theta = alloc_doubles(P);
  if (!net->theta) return lstm_fail(err, LSTM_ENOMEM,
    "out of memory for %zu parameters", P);
@.out of memory...@>
  net->m = m; net->n = n; net->k = k; net->output = output; net->P = P;
  net->W = net->theta;
  net->U = net->W + rows * m;
  net->b = net->U + rows * n;
  if (output != LSTM_OUT_NONE) {
    net->V = net->b + rows;
    net->c = net->V + k * n;
  }
  if (arch) {
    net->arch = *arch;
    if (arch->shortcut) net->S = net->c + k;
  }
  return LSTM_OK;
}

@ Because each size is at most $2^{16}$, the products below cannot
overflow a 64-bit |size_t|; they are checked all the same, so that the
code stays correct on a machine with a 32-bit |size_t|.

@<Functions@>=
int lstm_net_size(size_t m, size_t n, size_t k, int output, size_t *P,
  lstm_error *err)
{
  return lstm_net_size_arch(m, n, k, output, NULL, P, err);
}
@#
int lstm_net_size_arch(size_t m, size_t n, size_t k, int output,
  const lstm_arch *arch, size_t *P, lstm_error *err)
{
  size_t cols, a, rows, extra = 0, cut = 0;
  if (output == LSTM_OUT_NONE) k = n;
  if (m < 1 || m > LSTM_MAX_DIM || n < 1 || n > LSTM_MAX_DIM ||
      k < 1 || k > LSTM_MAX_DIM)
    return lstm_fail(err, LSTM_EDATA,
      "sizes must lie between 1 and %d", LSTM_MAX_DIM);
@.sizes must lie between...@>
  if (output != LSTM_OUT_NONE && output != LSTM_OUT_L2 &&
      output != LSTM_OUT_SOFTMAX && output != LSTM_OUT_LOGISTIC)
    return lstm_fail(err, LSTM_EUSAGE, "unknown output layer kind %d",
      output);
@.unknown output layer kind@>
  @<Refuse architectural choices that do not fit together@>;
  rows = 4 * n;
  if (!add_size(m, n, &cols) || !add_size(cols, 1, &cols) ||
      !mul_size(rows, cols, P) ||
      (output != LSTM_OUT_NONE &&
        (!add_size(n, 1, &a) || !mul_size(k, a, &extra))) ||
      !add_size(*P, extra, P) ||
      (arch && arch->shortcut && (!mul_size(k, m, &cut) ||
        !add_size(*P, cut, P))) || *P > LSTM_MAX_PARAMS)
    return lstm_fail(err, LSTM_EDATA,
      "the network would have more than %zu parameters",
      (size_t)LSTM_MAX_PARAMS);
@.the network would have more...@>
  return LSTM_OK;
}

@ @<Functions@>=
void lstm_net_free(lstm_net *net)
{
  if (!net) return;
  free(net->theta);
  memset(net, 0, sizeof *net);
}

@ A gradient, a copy for a finite-difference check, or the velocity of an
optimiser is a network of the same shape. |lstm_net_like| makes one,
filled with zeros; |lstm_net_copy| makes one holding the same values.

@<Public functions@>=
int lstm_net_like(lstm_net *like, const lstm_net *net, lstm_error *err);
int lstm_net_copy(lstm_net *copy, const lstm_net *net, lstm_error *err);

@ @<Functions@>=
int lstm_net_like(lstm_net *like, const lstm_net *net, lstm_error *err)
{
  int status = lstm_net_init_arch(like, net->m, net->n, net->k, net->output,
    &net->arch, err);
  like->no_forget = net->no_forget;
  return status;
}
@#
int lstm_net_copy(lstm_net *copy, const lstm_net *net, lstm_error *err)
{
  int status = lstm_net_like(copy, net, err);
  if (status == LSTM_OK)
    memcpy(copy->theta, net->theta, net->P * sizeof(double));
  return status;
}

@ The blocks of $\theta$ are listed in one place, so that the code that
reads, prints or checks parameters by block walks this list rather than
naming $W$, $U$, $b$, $V$ and $c$ itself. Each block has a name, a number
of rows and of columns, and its offset in $\theta$; |lstm_blocks| fills an
array of at most |LSTM_MAX_BLOCKS| of them and returns how many there are.

@<Public constants@>=
#define LSTM_MAX_BLOCKS 6

@ @<Public types@>=
typedef struct lstm_block {
  const char *name; /* \.{"W"}, \.{"U"}, \.{"b"}, \.{"V"}, \.{"c"} or \.{"S"} */
  size_t rows, cols; /* a vector has one row */
  size_t offset; /* where the block starts in |theta| */
} lstm_block;

@ @<Public functions@>=
size_t lstm_blocks(const lstm_net *net, lstm_block block[LSTM_MAX_BLOCKS]);

@ @<Functions@>=
size_t lstm_blocks(const lstm_net *net, lstm_block block[LSTM_MAX_BLOCKS])
{
  size_t count = 0, at = 0, r = 4 * net->n;
  const char *name[LSTM_MAX_BLOCKS] = {"W", "U", "b", "V", "c", "S"};
  size_t rows[LSTM_MAX_BLOCKS], cols[LSTM_MAX_BLOCKS];
  rows[0] = r; cols[0] = net->m;
  rows[1] = r; cols[1] = net->n;
  rows[2] = 1; cols[2] = r;
  rows[3] = net->k; cols[3] = net->n;
  rows[4] = 1; cols[4] = net->k;
  rows[5] = net->k; cols[5] = net->m;
  for (count = 0; count < (net->output == LSTM_OUT_NONE ? 3u :
      net->arch.shortcut ? 6u : 5u); count++) {
    block[count].name = name[count];
    block[count].rows = rows[count];
    block[count].cols = cols[count];
    block[count].offset = at;
    at += rows[count] * cols[count];
  }
  return count;
}

@*1 One step.
The function |lstm_step| computes one step of the equations above. It
reads the input $x_t$ and the previous output and state, and writes the
four gates (after squashing), the new state and the new output. It is the
only place in the library where the forward equations are written down:
the forward pass over a sequence, the RTRL methods and the training loop
all call it, or its second half.

@<Public functions@>=
void lstm_step(const lstm_net *net, const double *x, const double *out_prev,
  const double *state_prev, double *g, double *state, double *out);

@ The gate vector |g| has $4n$ entries; the pointers |a|, |i|, |f|, |o|
name its four parts, in the gate order of the rows of $W$ (|net->W|). The step is
done in two halves. The {\it input part\/} of the pre-activations,
$Wx_t+b$, does not depend on the previous step; everything after it, from
the recurrent part $U\out_{t-1}$ on, must wait for the step before. When
a whole sequence is known in advance, the input parts of all its steps
can therefore be computed at once, as one product of two matrices, which
is faster than $T$ products of a matrix with a vector (the chapter on
speed measures by how much). |lstm_step| computes the input part of its
one step and then calls |step_from_input|, the second half, which
|lstm_forward| calls too: the equations of a step are written once.

@<Functions@>=
void lstm_step(const lstm_net *net, const double *x, const double *out_prev,
  const double *state_prev, double *g, double *state, double *out)
{
  @<Compute the input part $W x_t+b$ of the pre-activations into |g|@>;
  step_from_input(net, out_prev, state_prev, g, state, out);
}

@ Row $r$ of the stacked pre-activation \implements{fwd-pre} is
$\hat g_r=b_r+\sum_l W_{rl}x_l+\sum_l U_{rl}\out_{t-1,l}$: two
matrix--vector products and a bias, $4n(m+n+1)=P$ multiply--adds in
all, which is why one step of the forward pass costs $O(P)$. The
products are computed by |lstm_gemv| of the chapter on speed, which adds
$Av$ to a vector, each entry a dot product of a row of $A$ with $v$.

@<Compute the input part...@>=
memcpy(g, net->b, 4 * net->n * sizeof *g);
add_input_part(net, x, g);

@ {\it Local inputs.} The tasks of this book feed symbols to the network
as one-hot vectors, what Hochreiter and Schmidhuber call a {\it local\/}
representation: $x_t$ has a single nonzero entry, $x_{t,l}$, and $Wx_t$
is column $l$ of $W$ times it. The dot products compute the same number
with $4nm$ multiply--adds, all but $4n$ of them by zero; at $m=1001$,
the lag task with $p=1000$, they are most of a step. |lstm_local| says
whether $x$ has at most one nonzero entry, and where (|m| when there is
none); |add_input_part| then adds the column, and otherwise calls
|lstm_gemv|. The two give the same bits. A dot product of |lstm_dot|
starts each of its partial sums at $+0$, and adding a product by zero,
$\pm0$, to a number leaves it as it is (to $+0$ it gives $+0$); so the
dot product is the one nonzero product, or $+0$ when that product is
zero too, and the code writes it as $W_{rl}x_l+0$, which is exactly that.
(For weights that are not finite the two would differ, since
$0\cdot\infty$ is not a number; the readers of files accept only finite
ones.)
@^local inputs@>
@^one-hot inputs@>

@<Public functions@>=
int lstm_local(const double *x, size_t m, size_t *at);
int lstm_seq_local(const lstm_seq *seq);

@ @<Functions@>=
int lstm_local(const double *x, size_t m, size_t *at)
{
  size_t l = 0;
  while (l < m && x[l] == 0) l++;
  *at = l;
  for (size_t q = l + 1; q < m; q++)
    if (x[q] != 0) return 0;
  return 1;
}
@#
static void add_input_part(const lstm_net *net, const double *x, double *g)
{
  const size_t rows = 4 * net->n, m = net->m;
  size_t at;
  if (!lstm_local(x, m, &at)) {
    lstm_gemv(net->W, rows, m, x, g);
    return;
  }
  for (size_t r = 0; r < rows; r++)
    g[r] += (at < m ? net->W[r * m + at] * x[at] : 0.0) + 0.0;
}

@ A sequence is local when every step's input is: |lstm_seq_local| asks |lstm_local| of each.

@<Functions@>=
int lstm_seq_local(const lstm_seq *seq)
{
  size_t at;
  for (size_t t = 0; t < seq->T; t++)
    if (!lstm_local(seq->x + t * seq->m, seq->m, &at)) return 0;
  return 1;
}

@ @<Private declarations@>=
static void add_input_part(const lstm_net *net, const double *x, double *g);
static void step_from_input(const lstm_net *net, const double *out_prev,
  const double *state_prev, double *g, double *state, double *out);

@ |step_from_input| finds $Wx_t+b$ in |g|, adds $U\out_{t-1}$ to it, and
finishes the step.

@<Functions@>=
static void step_from_input(const lstm_net *net, const double *out_prev,
  const double *state_prev, double *g, double *state, double *out)
{
  const size_t n = net->n;
  double *a = g, *i = g + n, *f = g + 2 * n, *o = g + 3 * n;
  size_t j;
  @<Add the recurrent part $U\out_{t-1}$ to the pre-activations |g|@>;
  @<Squash the pre-activations into the gates $a$, $i$, $f$, $o$@>;
  @<Compute $\state_t$ and $\out_t$@>;
}

@ The recurrent part of the pre-activations \implements{fwd-pre}.

@<Add the recurrent part...@>=
lstm_gemv(net->U, 4 * n, n, out_prev, g);

@ The cell input is squashed \implements{fwd-gates} by $\tanh$ into $(-1,1)$, the three gates by
the logistic function, |sigmoid|, into $(0,1)$. For a very negative argument
$e^{-x}$ overflows to infinity and $1/(1+\infty)$ is exactly zero, so
|sigmoid| needs no special case.
@^numerical stability@>

@<Squash the pre-activations...@>=
for (j = 0; j < n; j++) {
  a[j] = net->arch.g_logistic ? sigmoid(a[j]) : tanh(a[j]);
  i[j] = sigmoid(i[j]);
  f[j] = net->no_forget ? 1 : sigmoid(f[j]);
  o[j] = net->arch.no_outgate ? 1 : sigmoid(o[j]);
}

@ @<Private declarations@>=
static double sigmoid(double x);
static double cell_h(const lstm_net *net, double state);

@ @<Functions@>=
static double sigmoid(double x)
{
  return 1.0 / (1.0 + exp(-x));
}

@ The squashing $h$ of the state, |cell_h|, is $\tanh$, or the identity in the
network of 1997 (|h_identity|).

@<Functions@>=
static double cell_h(const lstm_net *net, double state)
{
  return net->arch.h_identity ? state : tanh(state);
}

@ Now $\state_t=a_t\odot i_t+f_t\odot\state_{t-1}$ and
$\out_t=\tanh(\state_t)\odot o_t$ \implements{fwd-cell}. A reader stepping
through the worked example in a debugger can stop here with
\.{break step\_from\_input}, \.{run example}, \.{watch state[0]} and
\.{continue}: gdb stops on the second line of the loop, where the new
state is complete, and shows it; at $t=0$ it is $0.785726\ldots$
@^gdb@>

@<Compute $\state_t$...@>=
for (j = 0; j < n; j++) {
  state[j] = a[j] * i[j] + f[j] * state_prev[j];
  out[j] = cell_h(net, state[j]) * o[j];
}

@*1 Sequences.
A sequence holds $T$ steps, each with an input of $m$ numbers and either
a target of $k$ numbers or none. The inputs are stored as a $T\times m$
matrix |x|, row $t$ for step $t$. The targets are stored only where they
exist: |y| holds one row of $k$ numbers for each step that has a target,
and |yrow[t]| says which, 0 for a step without a target and $r+1$ for
row $r$. So a step without a target costs one index, not $k$ numbers: a
file of 100,000 one-step sequences with 65,536 targets, all of them \.-,
would take 52 gigabytes as one $T\times k$ matrix per sequence, and
takes this way the inputs, one index and one record per sequence. A
data set, an |lstm_data|, is a list of sequences (|seq|, |count| of them) with the same $m$ and
$k$.
@^targets, storage of@>

Every part of the program reads a target through |lstm_target|, which
gives the $k$ numbers of step $t$, or |NULL| when the step has none, and
writes one through |lstm_target_set|, which gives the row of step $t$,
made (with zeros) if the step had none; so how the targets are stored is
known here alone.

@<Public types@>=
typedef struct lstm_seq {
  size_t T, m, k; /* steps, inputs and targets per step */
  double *x; /* $T\times m$ inputs */
  size_t *yrow; /* |yrow[t]|: 0 without a target, $r+1$ for row $r$ of |y| */
  double *y; /* the targets, $k$ numbers for each step that has one */
  size_t rows, cap; /* rows of |y| in use, and allocated */
} lstm_seq;
@#
typedef struct lstm_data {
  size_t m, k; /* inputs and targets per step, the same for all */
  size_t count; /* number of sequences */
  size_t cap; /* allocated length of |seq| */
  lstm_seq *seq;
} lstm_data;

@ A data set starts empty with |lstm_data_init| and grows one sequence at
a time with |lstm_data_add|, which returns a pointer to the new sequence,
its inputs zero and no step with a target. |lstm_data_free|
frees every sequence and the list.

@<Public functions@>=
void lstm_data_init(lstm_data *data, size_t m, size_t k);
int lstm_data_add(lstm_data *data, size_t T, lstm_seq **seq,
  lstm_error *err);
void lstm_data_free(lstm_data *data);
const double *lstm_target(const lstm_seq *seq, size_t t);
double *lstm_target_set(lstm_seq *seq, size_t t, lstm_error *err);
size_t lstm_data_targets(const lstm_data *data);

@ @<Functions@>=
void lstm_data_init(lstm_data *data, size_t m, size_t k)
{
  memset(data, 0, sizeof *data);
  data->m = m; data->k = k;
}
@#
int lstm_data_add(lstm_data *data, size_t T, lstm_seq **seq,
  lstm_error *err)
{
  lstm_seq *s;
  size_t xs, ys;
  if (T < 1) return lstm_fail(err, LSTM_EDATA,
    "a sequence must have at least one step");
@.a sequence must have at least...@>
  if (!mul_size(T, data->m, &xs) || !mul_size(T, data->k, &ys) ||
      xs > LSTM_MAX_PARAMS || ys > LSTM_MAX_PARAMS)
    return lstm_fail(err, LSTM_EDATA,
      "a sequence may hold at most %zu numbers", (size_t)LSTM_MAX_PARAMS);
@.a sequence may hold at most...@>
  @<Make room for one more sequence in |data|@>;
  s = &data->seq[data->count];
  memset(s, 0, sizeof *s);
  s->T = T; s->m = data->m; s->k = data->k;
  s->x = alloc_doubles(xs);
  s->yrow = calloc(T, sizeof *s->yrow);
  if (!s->x || !s->yrow) {
    free(s->x); free(s->yrow);
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for a sequence");
  }
  data->count++;
  if (seq) *seq = s;
  return LSTM_OK;
}

@ |lstm_target| is the one place where a target is looked up.

@<Functions@>=
const double *lstm_target(const lstm_seq *seq, size_t t)
{
  return seq->yrow[t] ? seq->y + (seq->yrow[t] - 1) * seq->k : NULL;
}

@ |lstm_target_set| gives step |t| a row of |y| if it has none, zero, and
returns the row, which stays where it is until the next row is made; or
it returns |NULL| when memory runs out. The rows double when they are
full, so that $R$ targets cost $O(R)$ copies in all, and never more than
twice their own size; a sequence holds at most $T$ of them, so the
product |cap * k| stays within the $T\times k$ that |lstm_data_add|
checked.

@<Functions@>=
double *lstm_target_set(lstm_seq *seq, size_t t, lstm_error *err)
{
  if (!seq->yrow[t]) {
    if (seq->rows == seq->cap) {
      size_t cap = seq->cap ? 2 * seq->cap : 1;
      double *more;
      if (cap > seq->T) cap = seq->T;
      if (!(more = realloc(seq->y, cap * seq->k * sizeof *more))) {
        lstm_fail(err, LSTM_ENOMEM, "out of memory for a sequence");
        return NULL;
      }
      seq->y = more;
      seq->cap = cap;
    }
    memset(seq->y + seq->rows * seq->k, 0, seq->k * sizeof *seq->y);
    seq->yrow[t] = ++seq->rows;
  }
  return seq->y + (seq->yrow[t] - 1) * seq->k;
}

@ |lstm_data_targets| counts the steps with a target in a data set; the
loss of a set without any is zero whatever the network, which is no
result.

@<Functions@>=
size_t lstm_data_targets(const lstm_data *data)
{
  size_t count = 0;
  for (size_t s = 0; s < data->count; s++) count += data->seq[s].rows;
  return count;
}

@ The list doubles when it is full, so that adding $N$ sequences costs
$O(N)$ copies in all.

@<Make room for one more sequence...@>=
if (data->count == data->cap) {
  size_t cap = data->cap ? 2 * data->cap : 4;
  lstm_seq *more;
  if (cap > SIZE_MAX / sizeof *more ||
      !(more = realloc(data->seq, cap * sizeof *more)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for a sequence");
  data->seq = more;
  data->cap = cap;
}

@ @<Functions@>=
void lstm_data_free(lstm_data *data)
{
  if (!data) return;
  for (size_t s = 0; s < data->count; s++) {
    free(data->seq[s].x);
    free(data->seq[s].y);
    free(data->seq[s].yrow);
  }
  free(data->seq);
  memset(data, 0, sizeof *data);
}

@*1 The trace.
The backward pass needs, at every step, the values the forward pass
computed there; the chain-rule chapter shows exactly which. They are kept
in one allocation, the {\it trace} (an |lstm_trace|, its numbers at |tr->v|), of $T$ rows with a fixed stride, |tr->stride|. A
row holds the four gates after squashing ($4n$ numbers), the state and
the output ($n$ each), and, with an output layer, the prediction ($k$).
The pre-activations are not kept: every derivative the backward pass
needs can be written in terms of the gate values, since
$\sigma'=\sigma(1-\sigma)$ and $\tanh'=1-\tanh^2$. The backward pass then
writes its own per-step results into the same row: the gate deltas
$\delta\gates_t$ ($4n$), $\delta\out_t$ and $\delta\state_t$ ($n$ each).
They are kept so that the gradient with respect to $W$ and $U$ can be
formed once at the end, and so that a reader (or the worked example) can
see them.
$$\hbox{row $t$:}\quad
\underbrace{a_t\ i_t\ f_t\ o_t}_{4n}\ \underbrace{\state_t}_{n}\
\underbrace{\out_t}_{n}\ \underbrace{\hat y_t}_{k\ \rm or\ 0}\
\underbrace{\delta\gates_t}_{4n}\ \underbrace{\delta\out_t}_{n}\
\underbrace{\delta\state_t}_{n}$$
So a trace of $T$ steps (|tr->T|) holds $T(12n+k)$ numbers with an output layer
and $12nT$ without (the prediction is then $\out_t$ itself, and not kept
twice); either way its memory grows
linearly with the length of the sequence, which is the price of BPTT.
Besides the rows, the trace keeps $n$ zeros that stand for $\state_{-1}$
and $\out_{-1}$ (|tr->zero|), and $2n+k$ numbers of scratch for the backward pass
(|tr->Dout|, |tr->carry| and |tr->e|).
@^memory layout@>

@<Public types@>=
typedef struct lstm_trace {
  size_t T; /* steps the trace can hold */
  size_t n, k; /* cells and predictions of the network it was made for */
  size_t stride; /* numbers per row */
  size_t pred, dg, dout, dstate; /* offsets within a row */
  int has_pred; /* whether rows hold a prediction of their own */
  double *v; /* $T$ rows */
  double *zero; /* $n$ zeros */
  const double *state0, *out0; /* $\state_{-1}$ and $\out_{-1}$: |zero| unless
    the trace continues an earlier part of a sequence */
  double *Dout, *carry, *e; /* scratch of the backward pass: $n$, $n$, $k$ */
  size_t bytes; /* memory held by the trace */
} lstm_trace;

@ @<Public functions@>=
int lstm_trace_alloc(lstm_trace *tr, const lstm_net *net, size_t T,
  lstm_error *err);
void lstm_trace_free(lstm_trace *tr);

@ @<Functions@>=
int lstm_trace_alloc(lstm_trace *tr, const lstm_net *net, size_t T,
  lstm_error *err)
{
  size_t n = net->n, count;
  memset(tr, 0, sizeof *tr);
  tr->T = T; tr->n = n; tr->k = net->k;
  tr->has_pred = net->output != LSTM_OUT_NONE;
  tr->pred = 6 * n;
  tr->dg = tr->pred + (tr->has_pred ? net->k : 0);
  tr->dout = tr->dg + 4 * n;
  tr->dstate = tr->dout + n;
  tr->stride = tr->dstate + n;
  if (!mul_size(T, tr->stride, &count) || count > SIZE_MAX / sizeof(double))
    return lstm_fail(err, LSTM_ENOMEM, "a trace of %zu steps is too large",
      T);
@.a trace of...is too large@>
  tr->v = alloc_doubles(count);
  tr->zero = alloc_doubles(3 * n + net->k);
  if (!tr->v || !tr->zero) {
    lstm_trace_free(tr);
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for a trace of %zu steps",
      T);
  }
  tr->state0 = tr->out0 = tr->zero;
  tr->Dout = tr->zero + n;
  tr->carry = tr->Dout + n;
  tr->e = tr->carry + n;
  tr->bytes = (count + 3 * n + net->k) * sizeof(double);
  return LSTM_OK;
}
@#
void lstm_trace_free(lstm_trace *tr)
{
  if (!tr) return;
  free(tr->v);
  free(tr->zero);
  memset(tr, 0, sizeof *tr);
}

@ A trace normally starts from $\state_{-1}=\out_{-1}=0$. Truncated BPTT
trains on a sequence a piece at a time, and each piece continues from the
state and output where the previous one ended; |lstm_trace_start| points
the trace's starting values at them (the caller keeps them alive while
the trace is used), and passing |NULL| restores the zeros.

@<Public functions@>=
void lstm_trace_start(lstm_trace *tr, const double *state0,
  const double *out0);

@ @<Functions@>=
void lstm_trace_start(lstm_trace *tr, const double *state0,
  const double *out0)
{
  tr->state0 = state0 ? state0 : tr->zero;
  tr->out0 = out0 ? out0 : tr->zero;
}

@ The parts of row $t$ are reached through small functions (|lstm_gates|,
|lstm_state|, |lstm_out|, |lstm_pred|, |lstm_dgates|, |lstm_dout|,
|lstm_dstate|), so that no
other code computes an offset. The previous state and output at $t=0$ are
the trace's starting values, which |lstm_state_prev| and |lstm_out_prev| return.

@<Public functions@>=
double *lstm_gates(const lstm_trace *tr, size_t t);
double *lstm_state(const lstm_trace *tr, size_t t);
double *lstm_out(const lstm_trace *tr, size_t t);
double *lstm_pred(const lstm_trace *tr, size_t t);
double *lstm_dgates(const lstm_trace *tr, size_t t);
double *lstm_dout(const lstm_trace *tr, size_t t);
double *lstm_dstate(const lstm_trace *tr, size_t t);
const double *lstm_state_prev(const lstm_trace *tr, size_t t);
const double *lstm_out_prev(const lstm_trace *tr, size_t t);

@ @<Functions@>=
double *lstm_gates(const lstm_trace *tr, size_t t)
{@+return tr->v + t * tr->stride;@+}
double *lstm_state(const lstm_trace *tr, size_t t)
{@+return tr->v + t * tr->stride + 4 * tr->n;@+}
double *lstm_out(const lstm_trace *tr, size_t t)
{@+return tr->v + t * tr->stride + 5 * tr->n;@+}
double *lstm_pred(const lstm_trace *tr, size_t t)
{@+return tr->has_pred ? tr->v + t * tr->stride + tr->pred : lstm_out(tr, t);@+}
double *lstm_dgates(const lstm_trace *tr, size_t t)
{@+return tr->v + t * tr->stride + tr->dg;@+}
double *lstm_dout(const lstm_trace *tr, size_t t)
{@+return tr->v + t * tr->stride + tr->dout;@+}
double *lstm_dstate(const lstm_trace *tr, size_t t)
{@+return tr->v + t * tr->stride + tr->dstate;@+}
const double *lstm_state_prev(const lstm_trace *tr, size_t t)
{@+return t == 0 ? tr->state0 : lstm_state(tr, t - 1);@+}
const double *lstm_out_prev(const lstm_trace *tr, size_t t)
{@+return t == 0 ? tr->out0 : lstm_out(tr, t - 1);@+}

@*1 The output layer and the loss.
The loss at a step with a target is computed from the cell output by
|lstm_output_forward|, which also writes the prediction. Without an output
layer the prediction is $\out_t$ and $\ell_t={1\over2}\Vert \out_t-y_t\Vert ^2$.
With a layer, $\hat y_t=V\out_t+b_y$ (the bias $b_y$ is |c|) and either $\ell_t={1\over2}\Vert \hat y_t-y_t\Vert ^2$
or, for |LSTM_OUT_SOFTMAX|, the cross-entropy
$$\ell_t=-\sum_j y_{tj}\log p_{tj},\qquad
  p_{tj}={e^{\hat y_{tj}}\over\sum_l e^{\hat y_{tl}}}.$$
With a softmax layer the prediction written is $p_t$, the probabilities.
When |y| is |NULL| only the prediction is computed and the loss is zero.
@^softmax@>
@^cross-entropy@>

@<Public functions@>=
double lstm_output_forward(const lstm_net *net, const double *out,
  const double *y, double *pred);
double lstm_output_forward_x(const lstm_net *net, const double *out,
  const double *x, const double *y, double *pred);

@ Without an output layer this computes the loss \implements{fwd-loss};
with one, the loss of the prediction. The network of Experiment 2a
also lets the output layer see the step's input $x_t$ through its
shortcut weights $S$, and squashes the sum by the logistic function;
|lstm_output_forward_x| is given $x_t$ for that, and
|lstm_output_forward| is the same function for a network without
shortcuts, which needs no input.

@<Functions@>=
double lstm_output_forward(const lstm_net *net, const double *out,
  const double *y, double *pred)
{
  return lstm_output_forward_x(net, out, NULL, y, pred);
}
@#
double lstm_output_forward_x(const lstm_net *net, const double *out,
  const double *x, const double *y, double *pred)
{
  const size_t n = net->n, k = net->k;
  double loss = 0;
  if (net->output == LSTM_OUT_NONE) {
    if (y) for (size_t j = 0; j < n; j++)
      loss += 0.5 * (out[j] - y[j]) * (out[j] - y[j]);
    return loss;
  }
  for (size_t r = 0; r < k; r++) {
    double sum = net->c[r];
    for (size_t l = 0; l < n; l++) sum += net->V[r * n + l] * out[l];
    pred[r] = sum;
  }
  if (net->S) @<Add the shortcut part $Sx_t$ to |pred|@>;
  if (net->output == LSTM_OUT_LOGISTIC)
    for (size_t r = 0; r < k; r++) pred[r] = sigmoid(pred[r]);
  if (net->output == LSTM_OUT_L2 || net->output == LSTM_OUT_LOGISTIC) {
    if (y) for (size_t r = 0; r < k; r++)
      loss += 0.5 * (pred[r] - y[r]) * (pred[r] - y[r]);
  } else @<Turn the logits |pred| into probabilities and compute the
    cross-entropy |loss|@>;
  return loss;
}

@ The softmax is computed after subtracting the largest logit, so that no
exponential overflows; the logarithm of the normaliser is kept, because
$\log p_j=\hat y_j-\max-\log\sum_l e^{\hat y_l-\max}$ is accurate even where
$p_j$ itself underflows to zero. A target entry of zero contributes
nothing, whatever $p_j$ is.
@^numerical stability@>

@<Turn the logits...@>=
{
  double top = pred[0], sum = 0, logsum;
  for (size_t r = 1; r < k; r++) if (pred[r] > top) top = pred[r];
  for (size_t r = 0; r < k; r++) sum += exp(pred[r] - top);
  logsum = log(sum);
  for (size_t r = 0; r < k; r++) {
    double logp = pred[r] - top - logsum;
    if (y && y[r] != 0) loss -= y[r] * logp;
    pred[r] = exp(logp);
  }
}

@ The backward half of the output layer adds $\Delta_t=\partial\ell_t/
\partial\out_t$ \implements{cr-Delta} to |dout| and, with a layer, the layer's own gradient to
|grad|. With the squared error and no layer, $\Delta_t=\out_t-y_t$. With
a layer the error at the prediction is
$$e_t={\partial\ell_t\over\partial \hat y_t}=\cases{\hat y_t-y_t,&squared error;\cr
  p_t\sum_j y_{tj}-y_t,&softmax cross-entropy,\cr}$$
the second because $\partial\log p_j/\partial \hat y_r=[j=r]-p_r$. Then
$\Delta_t=V^{\top}e_t$, $\delta V\mathrel{+}=e_t\out_t^{\top}$ and
$\delta b_y\mathrel{+}=e_t$ \implements{cr-output}. When the targets are a probability vector,
$\sum_j y_{tj}=1$ and $e_t=p_t-y_t$, the familiar form.
The error $e_t$ needs a scratch vector of $k$ numbers; the caller passes
|e|, which may be |NULL| without an output layer.

@<Public functions@>=
void lstm_output_backward(const lstm_net *net, const double *out,
  const double *pred, const double *y, double *dout, lstm_net *grad,
  double *e);
void lstm_output_backward_x(const lstm_net *net, const double *out,
  const double *x, const double *pred, const double *y, double *dout,
  lstm_net *grad, double *e);

@ @<Functions@>=
void lstm_output_backward(const lstm_net *net, const double *out,
  const double *pred, const double *y, double *dout, lstm_net *grad,
  double *e)
{
  lstm_output_backward_x(net, out, NULL, pred, y, dout, grad, e);
}
@#
void lstm_output_backward_x(const lstm_net *net, const double *out,
  const double *x, const double *pred, const double *y, double *dout,
  lstm_net *grad, double *e)
{
  const size_t n = net->n, k = net->k;
  if (net->output == LSTM_OUT_NONE) {
    for (size_t j = 0; j < n; j++) dout[j] += out[j] - y[j];
    return;
  }
  if (net->output == LSTM_OUT_L2)
    for (size_t r = 0; r < k; r++) e[r] = pred[r] - y[r];
  else if (net->output == LSTM_OUT_LOGISTIC)
    for (size_t r = 0; r < k; r++)
      e[r] = (pred[r] - y[r]) * pred[r] * (1 - pred[r]);
  else {
    double total = 0;
    for (size_t r = 0; r < k; r++) total += y[r];
    for (size_t r = 0; r < k; r++) e[r] = pred[r] * total - y[r];
  }
  for (size_t r = 0; r < k; r++) {
    const double *v = net->V + r * n;
    for (size_t l = 0; l < n; l++) dout[l] += v[l] * e[r];
    if (grad) {
      for (size_t l = 0; l < n; l++) grad->V[r * n + l] += e[r] * out[l];
      grad->c[r] += e[r];
    }
  }
  if (grad && net->S) @<Add $e_tx_t^{\top}$ to the gradient of the shortcut
    weights@>;
}

@ The shortcut weights. Row $r$ of $S$ holds the weights from the $m$
inputs to output $r$, so the output layer adds $Sx_t$ to its sum; with a
one-hot input that is a column of $S$, taken as |add_input_part| takes a
column of $W$. The gradient of the shortcut weights follows from
$\partial\hat y_{t,r}/\partial S_{rl}=x_{t,l}$ before the squashing, so
$\delta S\mathrel{+}=e_tx_t^{\top}$ with the same error $e_t$ at the
output layer's sum that gives $\delta V$ and $\delta c$. A shortcut sends
nothing to $\out_t$, and so adds nothing to $\Delta_t$: the cells and every
gradient method that follows them see the shortcut only through $e_t$.
A logistic output layer squashes the sum, $\hat y_{t,r}=\sigma(z_r)$, and
its squared error $\ell_t={1\over2}\Vert\hat y_t-y_t\Vert^2$ has, at the
sum, $e_{t,r}=(\hat y_{t,r}-y_{t,r})\,\hat y_{t,r}(1-\hat y_{t,r})$.

@<Add the shortcut part $Sx_t$...@>=
{
  size_t at;
  if (!lstm_local(x, net->m, &at)) lstm_gemv(net->S, k, net->m, x, pred);
  else for (size_t r = 0; r < k; r++)
    pred[r] += (at < net->m ? net->S[r * net->m + at] * x[at] : 0.0) + 0.0;
}

@ @<Add $e_tx_t^{\top}$ to the gradient...@>=
{
  const size_t m = net->m;
  size_t at;
  if (!lstm_local(x, m, &at))
    for (size_t r = 0; r < k; r++)
      for (size_t l = 0; l < m; l++) grad->S[r * m + l] += e[r] * x[l];
  else if (at < m)
    for (size_t r = 0; r < k; r++) grad->S[r * m + at] += e[r] * x[at];
}

@*1 The forward pass over a sequence.
|lstm_forward| runs the network over the $T$ steps of a sequence, keeping
every step in the trace, and returns the loss of the sequence. The trace
must have room for at least $T$ steps and have been made for this
network. The output layer runs only at the steps with a target, where the
loss needs it (|lstm_target| is not |NULL|): at a step without one the trace holds no prediction (a
caller that wants it there, such as the \.{forward} command, calls
|lstm_output_forward| itself). With a target at only the last of a
thousand steps and a thousand outputs, as in the lag task at $p=1000$,
the layer would otherwise cost more than the cells.

@<Public functions@>=
double lstm_forward(const lstm_net *net, const lstm_seq *seq,
  lstm_trace *tr);

@ The input parts $Wx_t+b$ of all the steps are computed first, into the
gate slots of the trace's rows, and then the steps are finished one after
the other by |step_from_input|. The values are exactly those that
|lstm_step| would compute, to the last bit: both compute every entry of
$Wx_t$ by the same dot product (the chapter on speed explains why the
order of the additions matters, and the tests check that it is kept).

@<Functions@>=
double lstm_forward(const lstm_net *net, const lstm_seq *seq,
  lstm_trace *tr)
{
  double loss = 0;
  @<Put the input parts $Wx_t+b$ of all the steps into the trace@>;
  for (size_t t = 0; t < seq->T; t++) {
    step_from_input(net, lstm_out_prev(tr, t), lstm_state_prev(tr, t),
      lstm_gates(tr, t), lstm_state(tr, t), lstm_out(tr, t));
    if (lstm_target(seq, t))
      loss += lstm_output_forward_x(net, lstm_out(tr, t), seq->x + t * seq->m,
        lstm_target(seq, t), lstm_pred(tr, t));
  }
  return loss;
}

@ Row $t$ of the product $XW^{\top}$, with the inputs $x_t$ as the rows
of $X$, is $(Wx_t)^{\top}$; |lstm_gemm_nt| adds it to the biases already
in the trace, whose rows are |tr->stride| numbers apart. A local sequence
takes the columns of $W$ instead, step by step, with the same result.

@<Put the input parts...@>=
for (size_t t = 0; t < seq->T; t++)
  memcpy(lstm_gates(tr, t), net->b, 4 * net->n * sizeof(double));
if (lstm_seq_local(seq))
  for (size_t t = 0; t < seq->T; t++)
    add_input_part(net, seq->x + t * seq->m, lstm_gates(tr, t));
else lstm_gemm_nt(seq->T, 4 * net->n, net->m, seq->x, net->m, net->W, net->m,
  lstm_gates(tr, 0), tr->stride);

@ The loss of a whole data set is the sum of the losses of its
sequences, |data->seq|. |lstm_loss| computes it with one trace, made long enough for
the longest sequence; it is what the finite-difference check evaluates.
The data must have the network's numbers of inputs and targets.

@<Public functions@>=
int lstm_loss(const lstm_net *net, const lstm_data *data, double *loss,
  lstm_error *err);
int lstm_data_fits(const lstm_net *net, const lstm_data *data,
  lstm_error *err);

@ @<Functions@>=
int lstm_data_fits(const lstm_net *net, const lstm_data *data,
  lstm_error *err)
{
  if (data->m != net->m)
    return lstm_fail(err, LSTM_EDATA,
      "the sequences have %zu inputs but the model has %zu",
      data->m, net->m);
@.the sequences have...inputs...@>
  if (data->k != net->k)
    return lstm_fail(err, LSTM_EDATA,
      "the sequences have %zu targets but the model predicts %zu",
      data->k, net->k);
@.the sequences have...targets...@>
  return LSTM_OK;
}
@#
int lstm_loss(const lstm_net *net, const lstm_data *data, double *loss,
  lstm_error *err)
{
  lstm_trace tr;
  size_t longest = 1;
  int status = lstm_data_fits(net, data, err);
  if (status != LSTM_OK) return status;
  for (size_t s = 0; s < data->count; s++)
    if (data->seq[s].T > longest) longest = data->seq[s].T;
  if ((status = lstm_trace_alloc(&tr, net, longest, err)) != LSTM_OK)
    return status;
  *loss = 0;
  for (size_t s = 0; s < data->count; s++)
    *loss += lstm_forward(net, &data->seq[s], &tr);
  lstm_trace_free(&tr);
  return lstm_finite_loss(*loss, err);
}

@*1 Only finite numbers come out.
The readers accept only finite numbers, but finite is not small: a
target of $10^{300}$ is a valid number whose square is not, and weights
of $\pm10^{300}$ make $0\cdot\infty$ in the gates. In double precision
such a file gives a loss of $\infty$ and a gradient of NaNs, and every
comparison with a NaN is false, so a test of the form |d>max| or
|loss<0.25| silently skips it. The library therefore never hands back
a loss or a gradient that is not finite as if it were a result:
|lstm_loss| and |lstm_gradient| check what they computed (|lstm_finite_loss|, |lstm_finite_net|) and fail with
|LSTM_EDATA| and a message that says which number overflowed. The
checking, the training loop and the \.{lstm} command rely on this: no
infinity or NaN reaches a \.{pass}, a \.{solved} or a written file.
@^NaN@>
@^overflow@>

@<Public functions@>=
int lstm_finite_loss(double loss, lstm_error *err);
int lstm_finite_net(const lstm_net *net, const char *what, lstm_error *err);

@ |lstm_finite_net| names the first entry that is not finite by its block,
row and column, as in
$$\hbox{\.{the gradient is not finite: U[2][0] is nan}};$$
|what| says what the network holds (a gradient, the weights).

@<Functions@>=
int lstm_finite_loss(double loss, lstm_error *err)
{
  if (isfinite(loss)) return LSTM_OK;
  return lstm_fail(err, LSTM_EDATA, "the loss is %g, not a finite number: " @/
    "the numbers of the files are too large for double precision", loss);
@.the loss is...not a finite number@>
}
@#
int lstm_finite_net(const lstm_net *net, const char *what, lstm_error *err)
{
  lstm_block block[LSTM_MAX_BLOCKS];
  size_t count = lstm_blocks(net, block);
  for (size_t q = 0; q < count; q++)
    for (size_t e = 0; e < block[q].rows * block[q].cols; e++) {
      double v = net->theta[block[q].offset + e];
      if (isfinite(v)) continue;
      return lstm_fail(err, LSTM_EDATA, "%s is not finite: %s[%zu][%zu] " @/
        "is %g", what, block[q].name, e / block[q].cols, e % block[q].cols, v);
@.is not finite@>
    }
  return LSTM_OK;
}

@*1 Exercises.
\exercise{forward.1}{10}
Show that $\sigma'(x)=\sigma(x)\bigl(1-\sigma(x)\bigr)$ and
$\tanh'(x)=1-\tanh^2x$. Why does this let the trace keep the gates
instead of their pre-activations?

\exercise{forward.2}{15}
Show that $\vert\state_t\vert<t+1$ (|state[j]| in |step_from_input|) for every cell and every step, whatever
the weights and the inputs. Is the bound attained in the limit?

\exercise{forward.3}{20}
With a softmax output layer, show that adding the same number to every
entry of $b_y$ (|net->c|) changes neither the predictions nor the loss. What does
that imply for the gradient $\delta b_y$? (Check it with \.{lstm grad}.)

\exercise{forward.4}{25}
Add {\it peephole connections\/} (Gers, Schraudolph and Schmidhuber
2002, ``Learning precise timing with LSTM recurrent networks,'' {\sl
Journal of Machine Learning Research\/} 3): the input and forget gates
of cell $j$ also see $\state_{t-1,j}$, and its output gate sees
$\state_{t,j}$, each through a weight of its own, $3n$ new parameters
in all. Change |lstm_step|, the layout of $\theta$ and the model file.
Exercises chainrule.4, bptt.4 and irtrl.4 continue this one.
@^peephole connections@>

\exercise{forward.5}{30}
Run the forward pass over a batch of sequences of the same length at
once, so that the pre-activations of a step are one matrix--matrix
product, and measure the speed-up over |lstm_forward| for $n=100$.
