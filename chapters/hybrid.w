@* The exact gradient in blocks: Schmidhuber's hybrid.
Exact RTRL pays $O(n^2P)$ a step for its online gradient, BPTT pays
$O(P)$ but must wait for the end of the sequence and keep all of it, and
the online methods of the last three chapters pay $O(P)$ with a gradient
that is not the exact one. Schmidhuber (1992, ``A fixed size storage
$O(n^3)$ time complexity learning algorithm for fully recurrent
continually running networks,'' {\sl Neural Computation\/} 4(2)) found a
fourth way, between BPTT and RTRL: it ``computes exactly the same
gradient and requires fixed-size storage of the same order'' as RTRL, ``but
has an average time complexity per time step of $O(n^3)$,'' one factor of
$n$ below RTRL's $O(n^4)$. This chapter derives it for the LSTM of this
book from the recursion of the RTRL chapter and the backward walk of the
BPTT chapter, proves that it computes RTRL's gradient, counts its cost,
measures it, and adds it to the method table as \.{hybrid} (|hybrid_grad|), with the
length $H$ of its blocks as an optional parameter, \.{hybrid:}$H$.
@^hybrid of BPTT and RTRL@>
@^Schmidhuber, J\"urgen@>
@^fixed-size storage@>

@ The idea, in Schmidhuber's words: ``Decompose the calculation of the
gradient into blocks, each covering $h$ time steps. For each block perform
$n+1$ BPTT-like passes, one pass for calculating error derivatives, and $n$
passes for calculating derivatives of the net-inputs to the non-input
units at the end of each block. Perform $n+1$ RTRL-like calculations for
integrating the results of these BPTT-like passes into the results
obtained from previous blocks.'' (The quotations are from the transcription
of the paper on its author's web pages, whose formulas did not survive
the conversion to HTML; the symbols $h$ and $n+1$ are restored from the
paper's own summary of its complexity.) Every block thus costs $n$ times
a BPTT pass over the block, plus one product with RTRL's sensitivity
matrix; spread over the $h=O(n)$ steps of the block, this is $O(n^3)$ a
step for his fully recurrent network of $n$ units, whose $P$ is about
$n^2$.
@^block of steps@>

@ The derivation starts from the one-line form of RTRL in the proof that
RTRL equals BPTT: with $z_t=(\state_t;\out_t)$, $2n$ numbers, and its
sensitivity $Z_t=(S_t;H_t)$, $2n\times P$ (|r->Z| at a block's start),
$$Z_t=A_tZ_{t-1}+B_t,\qquad Z_{-1}=0,$$
where $A_t=\partial z_t/\partial z_{t-1}$ and $B_t=\partial z_t/\partial
\theta$ is the direct derivative of step $t$. Cut the sequence into
blocks of $H$ steps (|r->block| in the code); let a block run from step $t_0$ to step $t_1-1$, so
that $t_1=t_0+H$, or the sequence's end for the last block. Unrolling the
recursion back to the step before the block,
$$Z_t=A_t\cdots A_{t_0}\,Z_{t_0-1}+\sum_{\tau=t_0}^{t}A_t\cdots
  A_{\tau+1}B_\tau,\qquad t_0\le t<t_1.\eqlabel{hybrid-unroll}$$
Everything from before the block enters through $Z_{t_0-1}$ and nothing
else: the pair $z_{t_0-1}$ is all that one step hands to the next.
@^sensitivity@>

@ Two kinds of quantities are wanted at the block's end. First, the
gradient of the block's losses, $\sum_{t=t_0}^{t_1-1}\bar\Delta_t^{\top}Z_t$
with $\bar\Delta_t=(0;\Delta_t)$, as in RTRL's eq.~\eqn{rtrl-grad}. By
\eqn{hybrid-unroll} it is
$$\sum_{t=t_0}^{t_1-1}\bar\Delta_t^{\top}Z_t
  =\mu^{\top}Z_{t_0-1}+\sum_{\tau=t_0}^{t_1-1}\delta z_\tau^{\top}B_\tau,
  \qquad\delta z_\tau^{\top}=\sum_{t=\tau}^{t_1-1}\bar\Delta_t^{\top}
  A_t\cdots A_{\tau+1},\quad\mu^{\top}=\delta z_{t_0}^{\top}A_{t_0},
  \eqlabel{hybrid-grad}$$
by exchanging the two sums as in the RTRL chapter's proof. The second term
is the gradient that BPTT computes over the block alone, starting from
zero messages at its end: its walk is the recursion
$\delta z_\tau=\bar\Delta_\tau+A_{\tau+1}^{\top}\delta z_{\tau+1}$, and
$\delta z_\tau^{\top}B_\tau$ is the outer product of the gate deltas
$\delta\gates_\tau$ (|r->dg|) with the sources $(x_\tau;\out_{\tau-1};1)$. The
first term is new. $\mu=A_{t_0}^{\top}\delta z_{t_0}$, a row of |r->mu|, is the message that
the walk would send on to step $t_0-1$ if it went on: the error
$\delta\state_{t_0}\odot f_{t_0}$ that reaches $\state_{t_0-1}$, which
the BPTT chapter calls |carry|, and the error $U^{\top}\delta\gates_{t_0}$
that reaches $\out_{t_0-1}$, its $\Dout_{t_0-1}$. Instead of walking on
into the past, which is no longer kept, the hybrid multiplies the message
with $Z_{t_0-1}$ (|r->Z|), which holds everything the past contributes.

Second, the sensitivity $Z_{t_1-1}$ at the block's end, to carry to the
next block. Row $i$ of it is $e_i^{\top}Z_{t_1-1}$, with $e_i$ the $i$th
unit vector of $2n$ numbers, and by \eqn{hybrid-unroll} with $t=t_1-1$
$$e_i^{\top}Z_{t_1-1}=\mu_i^{\top}Z_{t_0-1}+\sum_{\tau=t_0}^{t_1-1}
  \delta z^{(i)\top}_\tau B_\tau,\qquad
  \delta z^{(i)\top}_\tau=e_i^{\top}A_{t_1-1}\cdots A_{\tau+1},\quad
  \mu_i^{\top}=\delta z^{(i)\top}_{t_0}A_{t_0}:\eqlabel{hybrid-fold}$$
the same expression as \eqn{hybrid-grad}, for a walk that starts at the
block's last step with the error $e_i$ at $z_{t_1-1}$ and receives no
errors on its way. So the block needs $2n+1$ backward walks (|walks| in
|hybrid_close|): one for the
losses, and one for each of the $2n$ entries of $z_{t_1-1}$, $n$ states
and $n$ outputs. Each walk ends with a message $\mu$ of $2n$ numbers at
the block's start and a sum of outer products, $P$ numbers; the row of
$Z_{t_1-1}$, or the block's gradient, is that sum plus $\mu^{\top}
Z_{t_0-1}$. The $2n$ products $\mu_i^{\top}Z_{t_0-1}$ together are one
product of a $2n\times2n$ matrix with a $2n\times P$ one, the ``RTRL-like
calculation'' of Schmidhuber's description; it needs the old $Z_{t_0-1}$
whole until the last row is done, so the new one is built beside it, in |r->Znew|.
@^backward walk@>

@ {\it The hybrid computes exactly RTRL's gradient.} For a block that
starts the sequence, $Z_{t_0-1}=Z_{-1}=0$. Suppose that the $Z_{t_0-1}$ the
hybrid carries into a block is RTRL's. The $\delta z_\tau$ of the walk
for the losses are, by their recursion, the sums in \eqn{hybrid-grad},
and the walk adds $\delta z_\tau^{\top}B_\tau$ and then $\mu^{\top}
Z_{t_0-1}$; so the gradient it adds is the left-hand side, $\sum_t
\bar\Delta_t^{\top}Z_t$ over the block, which is what RTRL adds over the
same steps, by eq.~\eqn{rtrl-grad}. Likewise each of the other $2n$ walks
computes the right-hand side of \eqn{hybrid-fold}, so the new
sensitivity is RTRL's $Z_{t_1-1}$, and by induction over the blocks every
$Z$ the hybrid carries is RTRL's and the gradient of every block is
RTRL's. Summed over the blocks it is RTRL's gradient of the sequence,
which the RTRL chapter proved to be BPTT's. Nothing in the argument
depends on where the targets are, on the output layer, or on the last
block being as long as the others. As for RTRL, the identity needs the
weights to be the same throughout; in online training they change only
at the ends of blocks, and the $Z$ carried across a change was computed
with the old weights, which is RTRL's classical online approximation.
The only difference is the order of the arithmetic, and so the rounding:
the tests require the two to agree, and both to agree with BPTT, to
$10^{-12}$ in the measure $\xi$ of the RTRL chapter.\quad
\vrule height 5pt width 4pt depth 0pt
@^hybrid equals RTRL@>

@ What it costs. A walk does, at each step of the block, a few
multiplications per cell for the gate deltas, $U^{\top}\delta\gates_\tau$
(|lstm_mat_tvec|), which is $4n^2$ multiply--adds, and the outer product of the gate deltas
with the sources (|lstm_gemm_tn|), $P$ multiply--adds. A block of $H$ steps has $2n+1$
walks, and then the fold (|lstm_gemm_nn|), $(2n+1)\cdot2n\cdot P$ multiply--adds. Spread
over the block, the work per step is
$$(2n+1)(P+4n^2)+{2n(2n+1)P\over H}\approx2nP+8n^3+{4n^2P\over H},
$$
against RTRL's $4n^2P$ (its product $UH_{t-1}$); the forward step, $O(P)$,
is the same for both. With $H=2n$ the last term is $2nP$ and the whole is
about $4nP+8n^3$: for $m=n$, where $P\approx8n^2$, it is $40n^3$ against
RTRL's $32n^4$, a ratio of $0.8n$, or about 50 at $n=64$. In Schmidhuber's
terms: every $H$ steps an $O(n^2P)$ fold, $O(n^4)$ for his network, and
$O(nP)$ at every step. For the fully recurrent network of his paper this
is his $O(n^3)$; for the LSTM, whose $P=4n(m+n+1)$, it is $O(nP)=
O\bigl(n^2(m+n)\bigr)$ a step, against exact RTRL's $O(n^2P)$.
@^cost of the hybrid@>

The memory is the old and the new sensitivity, |r->Z| and |r->Znew|, $4nP$ numbers, against
exact RTRL's $(3n+4)P$ (between $1$ and $4/3$ times as much), and the
steps of the block, $H(m+12n+2)$ numbers in |r->rows| with the gate deltas of one
walk in |r->dg|, and the $(2n+1)\cdot2n$ numbers of the messages at the block's
start, |r->mu|; with $H=2n$ the last two are $O(n^2+nm)$, small beside $4nP$.
Neither grows with the length of the sequence.
@^memory of the hybrid@>

@ The length of the blocks. By the count of the last section the time
per step falls as $H$ grows, toward the $2nP+8n^3$ of the walks, which
every block pays whatever its length; the fold is what a longer block
spreads over more steps. No length is best in time alone, then: time per
step and delay trade against each other, since in training every step's
gradient is used up to $H-1$ steps late, and the block's steps take room.
The book takes the shortest block whose time per step is within a factor
of two of the least that any length can give: the fold must cost no more
than the walks, $4n^2P/H\le2nP+8n^3$, which holds from a little under
$H=2n$ on, $2n$ being the size of the state $z$ that the blocks hand on.
So $2n$ is the default, taken when |param| is 0, the analogue of Schmidhuber's blocks of $O(n)$
steps for a state of $n$ units; the measurements below show how the time
per step depends on $H$. The longest block accepted is |LSTM_MAX_BLOCK|,
$2^{16}$ steps, the default of a network of $2^{15}$ cells, whose
sensitivities alone would hold more than $2^{47}$ numbers: far past the
blocks that any network this program can train would want.
@^block length@>

@<Public constants@>=
#define LSTM_RTRL_HYBRID 4
#define LSTM_MAX_BLOCK 65536 /* the longest block the hybrid accepts */

@*1 The hybrid in the online object.
The hybrid is a kind of the online object of the RTRL chapter: a training
loop feeds it one step at a time, as it feeds exact RTRL. It keeps the
steps of the current block, and when the block is full it makes the
walks, adds the block's gradient and replaces $Z$, in |hybrid_close|. A sequence that ends
inside a block leaves it shorter; |lstm_rtrl_finish| closes it. The
object gains these fields: the steps run so far in the block, |filled|,
and the block's rows, |rows|, of |rowlen| numbers each.

@<Further fields of the RTRL object@>=
size_t block; /* hybrid: $H$, the steps of a block; 0 for the other kinds */
size_t filled; /* hybrid: the steps of the current block run so far */
size_t blocks; /* hybrid: the blocks closed since the sequence began */
size_t rowlen; /* hybrid: the numbers kept of one step */
int ready; /* hybrid: 1 when the last call added a block's gradient */
size_t kept; /* bytes at the end of |v| that |lstm_rtrl_reset| keeps */
double *Z, *Znew; /* hybrid: $Z_{t_0-1}$ and the next one, $2n\times P$ each */
double *rows; /* hybrid: the steps of the block, |block| rows of |rowlen| */
double *dg; /* hybrid: one walk's gate deltas over the block, $H\times4n$ */
double *mu; /* hybrid: the messages at the block's start, $(2n+1)\times2n$ */

@ Of each step the walks need the sources, $x_t$ and $\out_{t-1}$; the
five local derivatives $c^a$, $c^i$, $c^f$, $c^s$, $c^o$ of each cell and
its forget gate |f[j]|, which is all a walk needs of the gates; and, at a step
with a target, the error $\Delta_t$ (|D|). A row of the block holds them in
that order, $m+8n$ numbers (the local derivatives and the forget gate at |c|, from |cell_factors|), then whether the step has a target, |D[n]|, and
where its input's one nonzero entry is when the input is local, |D[n + 1]| (as
|lstm_local| says; $m+1$ when it is not): $m+8n+2$ numbers. The count is
checked for overflow like the exact method's.

@<Count in |big|...@>=
if (kind == LSTM_RTRL_HYBRID) {
  size_t zs, steps;
  if (param < 0 || param > LSTM_MAX_BLOCK)
    return lstm_fail(err, LSTM_EUSAGE, "the hybrid's block length must be " @|
      "a whole number from 1 to %d, not %ld", LSTM_MAX_BLOCK, param);
@.the hybrid's block length...@>
  r->block = param > 0 ? (size_t)param : 2 * n;
  r->rowlen = net->m + 8 * n + 2;
  if (!mul_size(4 * n, r->cols, &zs) ||
      !mul_size(r->block, r->rowlen + 4 * n, &steps) ||
      !add_size(zs, steps, &big) ||
      !add_size(big, (2 * n + 1) * 2 * n, &big)) big = SIZE_MAX;
}

@ The two sensitivities, |r->Z| and |r->Znew|, come last in the allocation |r->v|, and |lstm_rtrl_reset|
leaves them alone (it keeps the last |r->kept| bytes): the first block of a sequence does not read $Z$, and
each row of the new one is cleared before its walk, so clearing $4nP$
numbers at every new sequence, which took a fifth of the time of a
sequence of 256 steps at $n=64$, is not needed.

@<Point the parts of the RTRL object...@>=
if (kind == LSTM_RTRL_HYBRID) {
  r->rows = r->S; r->S = NULL;
  r->dg = r->rows + r->block * r->rowlen;
  r->mu = r->dg + r->block * 4 * n;
  r->Z = r->v + count - 4 * n * r->cols;
  r->Znew = r->Z + 2 * n * r->cols;
  r->kept = 4 * n * r->cols * sizeof(double);
}

@ The hybrid and e-prop are written for the book's own cell: the hybrid's
backward walks inside a block and e-prop's learning signals assume its
four gates, its recurrent inputs and an output layer without shortcut
weights. A network with the words of 1997 (the chapter on Experiment 2a
as published) is therefore refused, with a message that names the
methods, rather than given a gradient that no test has checked.
@^network of 1997@>

@<Refuse a network that the kind |kind| does not handle@>=
if ((kind == LSTM_RTRL_HYBRID || kind == LSTM_RTRL_EPROP ||
     kind == LSTM_RTRL_EPROP_RANDOM) && !lstm_arch_plain(&net->arch))
  return lstm_fail(err, LSTM_EUSAGE, "the methods hybrid and eprop take " @/
    "the book's own cell only, not the network of --net 1997");
@.the methods hybrid and eprop take...@>

@ A step of the hybrid: the forward step and the output layer have run,
as for every kind, and $\Delta_t$ is known at a step with a target; the
step is written into the block's rows, |r->rows|, and a full block (|r->filled == r->block|) is closed by |hybrid_close|.

@<Cases of the later kinds...@>=
case LSTM_RTRL_HYBRID:
  @<Keep the step in the hybrid's block@>;
  if (r->filled == r->block) hybrid_close(r, net, grad);
  break;

@ @<Keep the step in the hybrid's block@>=
{
  double *row = r->rows + r->filled * r->rowlen, *c = row + m + n,
    *D = c + 6 * n;
  size_t at;
  memcpy(row, x, m * sizeof *row);
  memcpy(row + m, out_prev, n * sizeof *row);
  for (size_t j = 0; j < n; j++) {
    double cj[5];
    cell_factors(net, r->g, j, state_prev[j], state[j], cj);
    for (size_t q = 0; q < 5; q++) c[q * n + j] = cj[q];
    c[5 * n + j] = f[j];
  }
  if (y && grad) memcpy(D, r->Delta, n * sizeof *D);
  D[n] = y && grad;
  D[n + 1] = lstm_local(x, m, &at) ? (double)at : (double)(m + 1);
  r->filled++;
  r->ready = 0;
}

@ |hybrid_close| closes the block: the $2n$ walks for the rows of the new
$Z$, written straight into |Znew|, and, when the block has a target and
the caller wants the gradient, the walk for the losses, whose sum of
outer products goes straight into the gradient |grad->theta|; then the fold, and the
two sensitivities, |r->Z| and |r->Znew|, trade places. Together they compute
the right-hand side of \implements{hybrid-unroll} for the block's losses
and for each entry of $z_{t_1-1}$. In the first block of a sequence
$Z_{t_0-1}=0$ and the fold is skipped.

@<Private declarations@>=
static void hybrid_close(lstm_rtrl *r, const lstm_net *net, lstm_net *grad);

@ @<Functions@>=
static void hybrid_close(lstm_rtrl *r, const lstm_net *net, lstm_net *grad)
{
  const size_t m = r->m, n = r->n, cols = r->cols, h = r->filled,
    len = r->rowlen;
  size_t walks = 2 * n;
  int dense = 1;
  if (h == 0) return;
  for (size_t t = 0; t < h; t++) {
    const double *D = r->rows + t * len + m + 7 * n;
    if (D[n] != 0 && grad) walks = 2 * n + 1;
    if (D[n + 1] <= (double)m) dense = 0;
  }
  for (size_t i = 0; i < walks; i++) {
    double *acc = i < 2 * n ? r->Znew + i * cols : grad->theta;
    double *mu = r->mu + i * 2 * n;
    if (i < 2 * n) memset(acc, 0, cols * sizeof *acc);
    @<Walk back over the block from the start of walk |i|@>;
    @<Add walk |i|'s outer products to |acc|@>;
  }
  if (r->blocks > 0) @<Fold the messages into the new $Z$ and the gradient@>;
  {
    double *swap = r->Z;
    r->Z = r->Znew; r->Znew = swap;
  }
  r->blocks++;
  r->filled = 0;
  r->ready = walks > 2 * n;
}

@ A walk is the backward walk of the BPTT chapter on the block's steps,
with the two messages |carry| and |dout| kept in the walk's row of |mu|,
so that when the walk has passed the block's first step they are the
message $\mu$ \implements{hybrid-grad}. Walk $i<n$ starts with the error
1 (|mu[i] = 1|) at the state of cell $i$ at the block's last step, walk $n\le i<2n$
with 1 at the output of cell $i-n$, and the last walk with nothing but
the errors $\Delta_\tau$ of the steps with targets \implements{hybrid-fold}.
At each step the gate deltas, kept in |r->dg|, are those of BPTT's
|@<Compute $\delta\state_t$ and the gate deltas...@>|, with the local
derivatives kept in the block's row:
$$\delta\state_\tau=\delta\out_\tau\odot c^s+|carry|,\quad
  \delta a_\tau=\delta\state_\tau\odot c^a,\ \ldots,\quad
  \delta o_\tau=\delta\out_\tau\odot c^o,$$
and the messages to the step before are $\delta\state_\tau\odot f_\tau$
and $U^{\top}\delta\gates_\tau$, the new |carry| and |dout|.

@<Walk back over the block...@>=
{
  double *carry = mu, *dout = mu + n;
  memset(mu, 0, 2 * n * sizeof *mu);
  if (i < 2 * n) mu[i] = 1;
  for (size_t t = h; t-- > 0; ) {
    const double *c = r->rows + t * len + m + n, *D = c + 6 * n;
    double *dg = r->dg + t * 4 * n;
    if (i == 2 * n && D[n] != 0)
      for (size_t j = 0; j < n; j++) dout[j] += D[j];
    for (size_t j = 0; j < n; j++) {
      const double ds = dout[j] * c[3 * n + j] + carry[j];
      dg[j] = ds * c[j];
      dg[n + j] = ds * c[n + j];
      dg[2 * n + j] = ds * c[2 * n + j];
      dg[3 * n + j] = dout[j] * c[4 * n + j];
      carry[j] = ds * c[5 * n + j];
    }
    lstm_mat_tvec(net->U, 4 * n, n, dg, dout);
  }
}

@ The walk's outer products, $\sum_\tau\delta\gates_\tau x_\tau^{\top}$,
$\sum_\tau\delta\gates_\tau\out_{\tau-1}^{\top}$ and $\sum_\tau
\delta\gates_\tau$, are BPTT's $\delta W$, $\delta U$ and $\delta b$ over
the block (|aW|, |aU| and |ab|, parts of |acc|), computed as BPTT computes them, by |lstm_gemm_tn| over the
block's rows; a step whose input is local adds only the column of its
nonzero input.

@<Add walk |i|'s outer products...@>=
{
  double *aW = acc, *aU = acc + 4 * n * m, *ab = acc + 4 * n * (m + n);
  if (dense) lstm_gemm_tn(4 * n, m, h, r->dg, 4 * n, r->rows, len, aW, m);
  else for (size_t t = 0; t < h; t++) {
    const double *x = r->rows + t * len, *dg = r->dg + t * 4 * n;
    const double where = x[m + 8 * n + 1];
    if (where > (double)m)
      lstm_gemm_tn(4 * n, m, 1, dg, 4 * n, x, len, aW, m);
    else if (where < (double)m) {
      const size_t at = (size_t)where;
      for (size_t q = 0; q < 4 * n; q++) aW[q * m + at] += dg[q] * x[at];
    }
  }
  lstm_gemm_tn(4 * n, n, h, r->dg, 4 * n, r->rows + m, len, aU, n);
  for (size_t t = 0; t < h; t++) {
    const double *dg = r->dg + t * 4 * n;
    for (size_t q = 0; q < 4 * n; q++) ab[q] += dg[q];
  }
}

@ The fold adds $\mu_i^{\top}Z_{t_0-1}$ to row $i$ of the new $Z$, |r->Znew|, for all
rows at once the product of the $2n\times2n$ matrix of the messages, |r->mu|, with
$Z_{t_0-1}$ \implements{hybrid-fold}, and $\mu^{\top}Z_{t_0-1}$ of the
losses' walk to the gradient \implements{hybrid-grad}. |lstm_gemm_nn| of
the chapter on speed adds such a product row by row of $Z$; it is given
|LSTM_FOLD_COLUMNS| columns at a time, so that the part of the new $Z$
it writes, $2n$ rows of that many numbers, stays in the cache while the
$2n$ rows of the old one pass.

@d LSTM_FOLD_COLUMNS 64 /* columns of $Z$ that one product of the fold takes */

@<Fold the messages...@>=
for (size_t c0 = 0; c0 < cols; c0 += LSTM_FOLD_COLUMNS) {
  const size_t w = cols - c0 < LSTM_FOLD_COLUMNS ? cols - c0 :
    LSTM_FOLD_COLUMNS;
  lstm_gemm_nn(2 * n, w, 2 * n, r->mu, 2 * n, r->Z + c0, cols,
    r->Znew + c0, cols);
  if (walks > 2 * n)
    lstm_gemm_nn(1, w, 2 * n, r->mu + 4 * n * n, 2 * n, r->Z + c0, cols,
      grad->theta + c0, cols);
}

@ After the last step of a sequence, |lstm_rtrl_finish| closes the
hybrid's last block, however short, and adds its gradient to |grad|
(which may be |NULL| when only the sensitivities are wanted); for UORO
it adds the term of the gradient that the last step held back, if
|defer| let it hold one (the chapter on UORO); for the other kinds it
does nothing. |ready| then says whether it added a
gradient.

@<Public functions@>=
int lstm_rtrl_finish(lstm_rtrl *r, const lstm_net *net, lstm_net *grad,
  lstm_error *err);

@ @<Functions@>=
int lstm_rtrl_finish(lstm_rtrl *r, const lstm_net *net, lstm_net *grad,
  lstm_error *err)
{
  @<Refuse a network or gradient...@>;
  r->ready = 0;
  if (r->kind == LSTM_RTRL_HYBRID) hybrid_close(r, net, grad);
  if (r->kind == LSTM_RTRL_UORO) uoro_release(r, grad);
  return LSTM_OK;
}

@*1 The hybrid in the method table.
Over a whole sequence the hybrid is the loop of the RTRL chapter, which
passes the method's parameter on as the block length (0, when
\.{hybrid} is given without one, for $2n$) and closes the last block with
|lstm_rtrl_finish|. It is exact, so \.{lstm gradcheck} accepts it; it is
online, and a training loop changes the weights at the end of every block
that has a target, with the gradient of the block's losses. Its row of
the method table below sets |exact| to 1, and its |online_kind| to
|LSTM_RTRL_HYBRID|.

@<Private declarations@>=
static int hybrid_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int hybrid_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  return rtrl_run(net, seq, LSTM_RTRL_HYBRID, param, grad, loss, st, err);
}

@ @<Rows of the method table@>=
{"hybrid", 1, 2, hybrid_grad,@/
  "Schmidhuber's hybrid: RTRL's exact gradient in blocks of H steps, online",
  LSTM_PER_STEP, LSTM_RTRL_HYBRID, 0},

@*1 The hybrid measured.
How much of the factor $0.8n$ of the count of the hybrid's cost survives in
practice? One run of \.{lstm bench} (|lstm_bench|), which \.{make bench-hybrid} makes,
times exact RTRL and the hybrid with its default blocks on the benchmark's networks
of the chapter on speed ($m=n$ inputs, no output layer, a target at
every step), over one sequence of \hybridsteps\ steps, with the kernels
the program chooses (|lstm_kernels| names them). The median time per step, in milliseconds, and
the memory of the working storage, in megabytes:%
\tablelabel{hybridbench}
$$\vbox{\offinterlineskip\halign{\strut\hfil#\enspace&\vrule#&&\enspace\hfil#\enspace\cr
$n$&&\.{rtrl}, ms&&\.{hybrid}, ms&&ratio&&\.{rtrl}, MB&&\.{hybrid}, MB\cr
\noalign{\hrule}
\hybridrows}}$$
At $n=\hybridbig$ a step of the hybrid took \hybridms\ milliseconds
against exact RTRL's \hybridrtrlms: \hybridspeedup\ times faster, with
\hybridmemratio\ times RTRL's memory. The exponents of the time per step
in $n$, fitted over the four sizes, are \hybridexp\ for the hybrid and
\hybridrtrlexp\ for exact RTRL, for which the count of the hybrid's cost and the
RTRL chapter predict 3 and 4 once $n$ is large; the smaller networks,
whose steps are short, pull both fits down. The machine is shared: its
load average (over one, five and fifteen minutes) was \hybridload\ when
the run began and \hybridloadafter\ when it ended, on two cores, so the
times are longer than on a quiet machine, and both methods ran under the
same load, one after the other. At $n=\hybridbig$ the sequence has
\hybridblocks\ blocks of \hybridblock\ steps, and the first of them
needs no fold, which makes the hybrid's time per step a little lower than
on a long sequence.
@^speed of the hybrid@>

The block length, at $n=\hybridblockn$ (where $2n=64$), over one sequence
of \hybridblockT\ steps (load average \hybridblockload\ at the start):
$$\vbox{\offinterlineskip\halign{\strut\hfil#\quad&\vrule#&\quad\hfil#\cr
$H$&&ms per step\cr
\noalign{\hrule}
\hybridblockrows}}$$
The time falls as the count of the hybrid's cost says, steeply while
the fold dominates and more slowly beyond $H=2n$: from $H=2n$ to
$H=\hybridblockmax$, blocks four times as long, a step became
\hybridblockgain\ times faster, where the count allows at most a factor
of two for any longer block. (The first block of the sequence needs no
fold; at $H=\hybridblockmax$ it is an eighth of the sequence, which
favours the long blocks a little, and the load of the machine moved the
times by more than that.)

@*1 Schmidhuber's derivation and this one.
Schmidhuber's network is fully recurrent: $n$ units, each the squashed
sum of its net input, $x_k(t)=f_k(net_k(t))$, and the quantities he
carries are the derivatives of the net inputs, $q^l_{ij}(t)=\partial
net_l(t)/\partial w_{ij}$, which are $n$ times $n^2$ numbers. The cell of
this book hands two vectors to the next step, its state and its output,
and the state is not a function of the net inputs of the step alone (it
adds $f_t\odot\state_{t-1}$), so the quantity carried here is the
sensitivity of the pair, $Z_t=(S_t;H_t)$, $2n\times P$, the same matrix
RTRL carries. That makes the walks $2n$ instead of $n$, one for each
number a step hands on, and the natural block $2n$ steps instead of $n$;
otherwise the construction is his. His ``one pass for calculating error
derivatives'' is the walk for the losses, the last of |hybrid_close|'s
walks, and his first term ``already
known'' is the product with the carried sensitivity,
$\mu^{\top}Z_{t_0-1}$ of eq.~\eqn{hybrid-grad}. His $n$ passes ``for
calculating derivatives of the net-inputs to the non-input units at the
end of each block'' are the $2n$ walks of eq.~\eqn{hybrid-fold}, and his
``RTRL-like calculations'' are the fold, the products |lstm_gemm_nn| of
|r->mu| with |r->Z|. He applies the block's weight
change at the start of the next block; the training loop here applies it
at the end of the block, which is the same moment. His summary of the
cost, ``Every $O(n)$ time steps it requires $O(n^4)$ operations, but on
all other time steps it requires only $O(n^2)$ operations,'' is
the count of the hybrid's cost for his network: the fold is $O(n^4)$ once a
block; at the other steps he counts the forward step, and the
walks, made at the block's end, are $n$ passes of $O(n^2)$ over $O(n)$
steps, again $O(n^3)$ a step on average.
@^hybrid of BPTT and RTRL@>

@*1 Exercises.
\exercise{hybrid.1}{15}
Show from the count of the hybrid's cost that the time per step at $H=2n$ is at
most twice the least time per step of any block length.

\exercise{hybrid.2}{20}
The walks of a block are independent. Make them together, as one walk
of a $2n\times4n$ matrix of gate deltas, so that $U^{\top}\delta\gates$
becomes a product of two matrices in place of the walk's |lstm_mat_tvec|, and measure the gain.

\exercise{hybrid.3}{30}
With local inputs most columns of $W$ in $Z$ stay zero until their input
first appears. Skip them in the fold, and measure the gain on the lag
task.

\exercise{hybrid.4}{40}
Apply the same decomposition to SnAp-1 or to UORO: what is the hybrid of
BPTT within blocks and an approximate sensitivity across them, and is
its gradient better than the approximation's?
