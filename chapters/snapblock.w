@*1 SnAp-1 in blocks of steps.
SnAp-1 carries two vectors of $P$ numbers, $\check s$ and $\check h$, and
every step reads and writes both, and the gradient beside them: at
$m=n=128$ three megabytes read and three written for about a dozen
operations on each number, far more than the second-level cache holds.
Step by step, the method waits for the memory. But its recursion is the
internal RTRL's in this respect: entry $k$ of $\check s_t$ and $\check
h_t$ needs only entry $k$ of $\check s_{t-1}$ and $\check h_{t-1}$, and
the factors of its row, which come from the forward pass alone. So the
gradient of a whole sequence, which the method table asks for, may take
the steps in blocks, as |irtrl_grad| does (the section ``The internal
RTRL over a whole sequence, in blocks of steps'' above): the forward
pass runs |LSTM_SNAP_BLOCK| steps ahead, keeping the gates, the states,
the outputs and the errors $\Delta_t$ of each; then each row of
parameters is carried through the block's steps while its numbers of
$\check s$, $\check h$ and the gradient stay in the first-level cache.
The vectors pass through the slower caches once a block instead of once
a step.
@^SnAp-1, blocked@>
@^blocking for the cache@>

The result is the online step's, bit for bit, by the argument of the
internal RTRL's blocks: each entry goes through the same operations as
in |snap_row|, on the same operands, in the same order of steps; only operations on different entries are interleaved differently.
The forward pass is the same calls of |lstm_step| and of the output
layer, in the same order, and so are the losses. The online step applies
the mask of the network's architecture to the gradient after every step
with a target; here it is applied once at the end. That changes no bit:
a masked entry is set to zero, and after the last step with a target
nothing more is added to it, so it ends at zero either way, and the
entries the mask keeps are never touched by it. A test compares the two
on networks with and without a mask.

@<Public constants@>=
#define LSTM_SNAP_BLOCK 8 /* steps of a block of |snap1_blocked| */

@ @<Private declarations@>=
static int snap1_blocked(const lstm_net *net, const lstm_seq *seq,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ The storage is two allocations. The first holds $\check s$ and $\check h$, |cols| numbers
each (the cells' parameters, $4n(m+n+1)$); the states and outputs of the
block's steps and of the step before it, $2(B+1)n$; the gates, $4Bn$; the
errors $\Delta_t$, $Bn$; and the output layer's scratch, $2k$. Slot $b$ of
|states| and |outs| is the state and output before step $t_0+b$, as in
|irtrl_grad|. The second, |facts|, holds the factors of the $4n$ rows at
the block's $B$ steps, $4Bn$ records |snap_factors|.

@<Functions@>=
static int snap1_blocked(const lstm_net *net, const lstm_seq *seq,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  const size_t m = net->m, n = net->n, k = net->k, B = LSTM_SNAP_BLOCK,
    cols = 4 * n * (m + n + 1), count = 2 * cols + (7 * B + 2) * n + 2 * k;
  const int local = lstm_seq_local(seq);
  double *v = alloc_doubles(count), *S, *H, *states, *outs, *gates, *Deltas,
    *pred, *e;
  snap_factors *facts = malloc(4 * B * n * sizeof *facts);
  int targets[LSTM_SNAP_BLOCK];
  if (!v || !facts) {
    free(v), free(facts);
    return lstm_fail(err, LSTM_ENOMEM,
      "out of memory for SnAp-1 of %zu parameters", net->P);
  }
@.out of memory for SnAp-1...@>
  S = v, H = S + cols, states = H + cols, outs = states + (B + 1) * n;
  gates = outs + (B + 1) * n, Deltas = gates + 4 * B * n;
  pred = Deltas + B * n, e = pred + k;
  *loss = 0;
  for (size_t t0 = 0; t0 < seq->T; t0 += B) {
    const size_t steps = seq->T - t0 < B ? seq->T - t0 : B;
    @<Run the forward pass of SnAp-1's block@>;
    @<Find the factors of every row at every step of the block@>;
    for (size_t row = 0; row < 4 * n; row++)
      @<Carry row |row| of $\check s$ and $\check h$ through the block@>;
    memcpy(states, states + steps * n, n * sizeof *states);
    memcpy(outs, outs + steps * n, n * sizeof *outs);
  }
  lstm_net_mask(net, grad->theta);
  if (st && count * sizeof(double) + 4 * B * n * sizeof *facts >
      st->work_bytes)
    st->work_bytes = count * sizeof(double) + 4 * B * n * sizeof *facts;
  free(v), free(facts);
  return LSTM_OK;
}

@ The forward pass of the block computes what the online step's
|lstm_step| computes, as |lstm_forward| does for a whole sequence: the
input parts $Wx_t+b$ of the block's steps first, as one product of two
matrices (or column by column for a local sequence), then
|step_from_input| step by step, the same bits (the chapter on the forward
pass says why). At a step with a target come the loss and the output
layer's backward half, which leaves $\Delta_t$ in row $b$ of |Deltas|
and adds the output layer's gradient.

@<Run the forward pass of SnAp-1's block@>=
for (size_t b = 0; b < steps; b++)
  memcpy(gates + 4 * b * n, net->b, 4 * n * sizeof *gates);
if (local)
  for (size_t b = 0; b < steps; b++)
    add_input_part(net, seq->x + (t0 + b) * m, gates + 4 * b * n);
else lstm_gemm_nt(steps, 4 * n, m, seq->x + t0 * m, m, net->W, m, gates,
  4 * n);
for (size_t b = 0; b < steps; b++) {
  const size_t t = t0 + b;
  const double *y = lstm_target(seq, t), *x = seq->x + t * m;
  double *out = outs + (b + 1) * n, step_loss;
  step_from_input(net, outs + b * n, states + b * n, gates + 4 * b * n,
    states + (b + 1) * n, out);
  step_loss = y ? lstm_output_forward_x(net, out, x, y, pred) : 0;
  *loss += step_loss;
  if (y) {
    memset(Deltas + b * n, 0, n * sizeof *Deltas);
    lstm_output_backward_x(net, out, x, pred, y, Deltas + b * n, grad, e);
  }
}

@ The factors of each cell's four rows at each of the block's steps are
found first, by the section of the online step, with the names it uses
(|g|, |f|, |state_prev|, |state|) pointing into the block's storage, and
kept in |facts|, record $|row|\cdot B+b$ for row |row| at step $t_0+b$:
the tangent of the cell is taken once a step, as in the online step, and
the records of a row's steps lie side by side, as the kernel below reads
them. |targets[b]| says whether step $t_0+b$ has a target.

@<Find the factors of every row at every step of the block@>=
for (size_t b = 0; b < steps; b++)
  targets[b] = lstm_target(seq, t0 + b) != NULL;
for (size_t j = 0; j < n; j++)
  for (size_t b = 0; b < steps; b++) {
    const double *g = gates + 4 * b * n, *f = g + 2 * n,
      *state_prev = states + b * n, *state = states + (b + 1) * n;
    snap_factors c[4];
    @<Find the SnAp-1 factors of the rows...@>;
    for (size_t q = 0; q < 4; q++) facts[(q * n + j) * B + b] = c[q];
  }

@ Then each row of parameters is carried through the block's steps, its
three parts by the kernel |snap_steps|, with the sources of step $t_0+b$
at |v+b*ldv|: the inputs, a row of $m$ numbers a step; the previous
outputs, of $n$; and the constant 1, the same for every step
(|ldv|${}=0$). The rows are taken one at a time, in order, and not the
four rows of a cell together, as the online step takes them: a row's
$m+n+1$ entries of $\check s$, $\check h$ and the gradient, six kilobytes
at $m=n=128$, stay in the first-level cache through the block's steps,
where those of four rows, which lie $8nm$ bytes apart and so fall into
the same few sets of the cache, were measured to evict each other.

@<Carry row |row| of $\check s$ and $\check h$...@>=
{
  static const double one = 1;
  const size_t j = row % n, at[3] = {row * m, 4 * n * m + row * n,
    4 * n * (m + n) + row}, len[3] = {m, n, 1}, ldv[3] = {m, n, 0};
  const double *src[3] = {seq->x + t0 * m, outs, &one};
  for (int part = 0; part < 3; part++)
    kernels->snap_steps(S + at[part], H + at[part], grad->theta + at[part],
      len[part], src[part], ldv[part], steps, facts + row * B, Deltas + j,
      n, targets);
}

@ With the memory out of the way, the arithmetic of |snap_row| is what
the step waits for, and the default build compiles it for two numbers at
a time, or not at all: |s|, |h|, |g| and |v| might be the same array for
all the compiler knows, and so might the factors behind |c|, which it
must then read again for every entry. |snap_row_kernel| is |snap_row|
with the factors read once into variables and the two choices, whether
the entry of $\check s$ is kept and whether there is a gradient, taken
once for the row instead of once an entry. Each entry receives the same
operations, in the same order, as in |snap_row|:
$s'=(f_js+\chi_jh)+c^q_jv$, $h'=(c^s_js'+u_jh)+c^o_jv$, and $g\gets
g+d\,h'$.

@<Kernels@>=
static LSTM_INLINE void snap_row_kernel(double *s, double *h, double *g,
  const double *v, size_t len, const snap_factors *c, double d)
{
  const double keep = c->keep, cross = c->cross, in_state = c->in_state,
    from_state = c->from_state, self = c->self, in_out = c->in_out;
  if (c->kept && g)
    for (size_t l = 0; l < len; l++) {
      const double sn = keep * s[l] + cross * h[l] + in_state * v[l];
      const double hn = from_state * sn + self * h[l] + in_out * v[l];
      s[l] = sn, h[l] = hn, g[l] += d * hn;
    }
  else if (c->kept)
    for (size_t l = 0; l < len; l++) {
      const double sn = keep * s[l] + cross * h[l] + in_state * v[l];
      s[l] = sn, h[l] = from_state * sn + self * h[l] + in_out * v[l];
    }
  else if (g)
    for (size_t l = 0; l < len; l++) {
      const double sn = keep * s[l] + cross * h[l] + in_state * v[l];
      const double hn = from_state * sn + self * h[l] + in_out * v[l];
      s[l] = 0, h[l] = hn, g[l] += d * hn;
    }
  else
    for (size_t l = 0; l < len; l++) {
      const double sn = keep * s[l] + cross * h[l] + in_state * v[l];
      s[l] = 0, h[l] = from_state * sn + self * h[l] + in_out * v[l];
    }
}

@ Two steps at a time, as |carry_row| takes the internal RTRL's, an
entry of $\check s$, $\check h$ and the gradient is read once, carried
through both steps in registers, and written once: the first-level cache
is read and written half as often, and what is left is the
multiplications, seven an entry a step. |snap_pair_kernel| does it for
the factors |c0| and |c1| of two steps, the sources |v0| and |v1| and the
errors |d0| and |d1|; |kept| says whether the row keeps its entry of
$\check s$, and |g0| and |g1| whether each step adds to the gradient. It
is called only with constants for these three, so the compiler makes a
loop for each of the eight cases, without a choice inside. The entry of
$\check s$ handed from the first step to the second is the one the first
step would store, $0$ for a row of $o$; everything else is the
operations of two calls of |snap_row_kernel|, in their order.

@<Kernels@>=
static LSTM_INLINE void snap_pair_kernel(double *s, double *h, double *g,
  const double *v0, const double *v1, size_t len, const snap_factors *c0,
  const snap_factors *c1, double d0, double d1, int kept, int g0, int g1)
{
  const double k0 = c0->keep, x0 = c0->cross, i0 = c0->in_state,
    f0 = c0->from_state, u0 = c0->self, o0 = c0->in_out;
  const double k1 = c1->keep, x1 = c1->cross, i1 = c1->in_state,
    f1 = c1->from_state, u1 = c1->self, o1 = c1->in_out;
  for (size_t l = 0; l < len; l++) {
    const double s0 = k0 * s[l] + x0 * h[l] + i0 * v0[l];
    const double h0 = f0 * s0 + u0 * h[l] + o0 * v0[l];
    const double s1 = k1 * (kept ? s0 : 0) + x1 * h0 + i1 * v1[l];
    const double h1 = f1 * s1 + u1 * h0 + o1 * v1[l];
    s[l] = kept ? s1 : 0, h[l] = h1;
    if (g0 && g1) g[l] = (g[l] + d0 * h0) + d1 * h1;
    else if (g0) g[l] += d0 * h0;
    else if (g1) g[l] += d1 * h1;
  }
}

@ |snap_steps| carries |len| entries of a row's $\check s$, $\check h$
and gradient, at |s|, |h| and |g|, through |steps| steps: the factors of
step $b$ at |c+b|, its sources at |v+b*ldv|, its error at |d[b*ldd]|,
which it adds only if |target[b]|. It takes the steps two at a time by
|snap_pair_kernel|, and a last step left over by |snap_row_kernel|. It is
one of the kernels that the program compiles for each instruction set
(the section ``Choosing the kernels when the program starts''), and the
program calls the copy in use; the tests compare the bits on every copy.

@<Kernels@>=
static LSTM_INLINE void snap_steps_kernel(double *s, double *h, double *g,
  size_t len, const double *v, size_t ldv, size_t steps,
  const snap_factors *c, const double *d, size_t ldd, const int *target)
{
  size_t b = 0;
  for (; b + 2 <= steps; b += 2) {
    const double *v0 = v + b * ldv, *v1 = v0 + ldv, d0 = d[b * ldd],
      d1 = d[(b + 1) * ldd];
    const snap_factors *c0 = c + b, *c1 = c0 + 1;
    const int t0 = target[b], t1 = target[b + 1];
    if (c0->kept) {
      if (t0 && t1) snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 1, 1, 1);
      else if (t0) snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 1, 1, 0);
      else if (t1) snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 1, 0, 1);
      else snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 1, 0, 0);
    } else {
      if (t0 && t1) snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 0, 1, 1);
      else if (t0) snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 0, 1, 0);
      else if (t1) snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 0, 0, 1);
      else snap_pair_kernel(s, h, g, v0, v1, len, c0, c1, d0, d1, 0, 0, 0);
    }
  }
  if (b < steps)
    snap_row_kernel(s, h, target[b] ? g : NULL, v + b * ldv, len, c + b,
      d[b * ldd]);
}

@ The memory does not grow with $T$: $\check s$ and $\check h$, $2P$
numbers less those of the output layer, as the online object holds them,
and $(7B+2)n+2k$ more for the block, with $B=|LSTM_SNAP_BLOCK|$, and
the $4Bn$ records of the block's factors.

@ SnAp-1 and UORO, measured. The script of the section ``Batches,
measured'' also times one sequence ($n=m=128$, $T=100$) of BPTT, SnAp-1
and UORO with \.{lstm bench}, \batchruns\ times, and takes the medians
of the processor time per step: \onlinebpttcpu~$\mu$s for BPTT,
\onlinesnapcpu\ for SnAp-1 and \onlineuorocpu\ for UORO, so that SnAp-1
takes \onlinesnapratio\ times as long as BPTT and UORO \onlineuororatio\
times (on the wall clock of the shared machine, \onlinesnapwall\ and
\onlineuorowall~$\mu$s). The target set for this measurement when the
two methods were added, within 2.5 times BPTT's step, is
\ifnum\onlinesnapmet=0 not \fi met by SnAp-1 and
\ifnum\onlineuoromet=0 not \fi met by UORO.
@^SnAp-1, speed@>
@^UORO, speed@>

What bounds each is different. SnAp-1 in blocks does seven
multiplications and five additions a step on each of its
$P=\onlineparams$ pairs of sensitivities, with the numbers in the
first-level cache, read and written once for two steps by
|snap_pair_kernel|; the factors, and the C library's tangent in them, are
found once a cell a step. The largest part of what is left is the
arithmetic: at the limit of the section ``Batches, measured,'' the
multiplications alone take \onlinesnaparith~$\mu$s a step; the forward
pass, which BPTT does too, and the first touch of the $2P$ numbers that
the gradient of each sequence allocates anew come on top. Three of the seven multiplications of an entry are by
a factor that is zero for its row, $c^o_j$ in the rows of $a$, $i$ and
$f$, and $f_j$ and $c^q_j$ in the rows of $o$ (|c.in_out|, |c.keep|,
|c.in_state|); they are kept, because a product with zero has a sign,
and leaving it out would change the sign of an entry that is zero, which
the online step, whose bits the blocks must give, does not do.
@^SnAp-1, speed@>

UORO cannot take its steps in blocks: the scale $\rho_0$ of a step needs
the norm of the whole of $\tilde\theta$ after the step before, so every
step must pass over all of $\tilde\theta$ before the next can begin,
reading it and writing it back, and the gradient with it every other
step (the gradient of a sequence holds every other step's term back),
$3\cdot8P$ bytes a step on average with a target at every step,
\onlineuoromb~MB at this size, three times the second-level cache. The
section ``UORO's pass over $\tilde\theta$'' below measures how fast one
core of this machine can move them, and what that leaves to the rest of
the step.
@^memory traffic@>
