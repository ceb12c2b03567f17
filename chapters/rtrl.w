@* Real-time recurrent learning.
BPTT runs the chain rule backward, from the loss to the weights, and so
it must wait for the end of the sequence and remember everything until
then. The chain rule can also be run forward. Instead of asking how the
loss depends on each intermediate quantity, ask how each intermediate
quantity depends on the weights, and carry that derivative along with
the network as it runs. When step $t$ has a target, the derivative of
$\ell_t$ with respect to every weight is then available at step $t$, and
nothing of the past needs to be kept. This is {\it real-time recurrent
learning\/} (RTRL), introduced by Williams and Zipser (1989, ``A learning
algorithm for continually running fully recurrent neural networks,''
{\sl Neural Computation\/} 1(2)). It gives the same gradient as BPTT, as
this chapter proves and the tests confirm to about fifteen digits, and it
does so at a cost per step that grows as the fourth power of the
network's size.
@^real-time recurrent learning@>
@^Williams, Ronald J.@>
@^Zipser, David@>
@^forward-mode differentiation@>

@ The quantities carried forward are the {\it sensitivities}
$$S_t={\partial\state_t\over\partial\theta},\qquad
  H_t={\partial\out_t\over\partial\theta},$$
total derivatives along every path through the earlier steps, with the
same $\theta$ used at every step; the code holds them in |r->S| and |r->H|. Each is an $n\times P$ matrix, where
$P=4n(m+n+1)$ (|r->cols|) counts the parameters $W$, $U$, $b$ of the cells; its
columns are indexed as $\theta$ is, so that column $k$ of $S_t$ is
$\partial\state_t/\partial\theta_k$, and entry $(j,k)$ tells how the state
of cell $j$ at step $t$ moves when $\theta_k$ moves. The output layer's
$V$ and $b_y$ (|net->V| and |net->c|), when there is one, need no sensitivities: they act after
the cells, at one step only, so $\state_t$ and $\out_t$ do not depend on
them and the derivative of $\ell_t$ with respect to them is the direct
one, which the output layer's backward half, |lstm_output_backward|, computes at step $t$.
@^sensitivity@>
@!@^sensitivities ($S_t$, $H_t$)@>

@ The forward chain rule is the mirror image of the backward one of the
chain-rule chapter. If a node $v$ is computed from its parents
$u_1,\ldots,u_k$ and, directly, from $\theta$, then
$${dv\over d\theta}={\partial v\over\partial\theta}+\sum_{j=1}^k
  {\partial v\over\partial u_j}\,{du_j\over d\theta},$$
where $\partial v/\partial\theta$ is the direct derivative, with the
parents held fixed, and $du_j/d\theta$ are total derivatives, known
already if the nodes are visited in the order in which the forward pass
computes them. The Jacobians $\partial v/\partial u_j$ are the same as
before; they multiply from the left now, instead of transposed from the
left. We apply the rule to the nodes of one step, in order.
@^chain rule@>

@ The stacked pre-activation $\hat g_t=Wx_t+U\out_{t-1}+b$ depends on
$\theta$ directly and through $\out_{t-1}$:
$$G_t={d\hat g_t\over d\theta}=D_t+U H_{t-1}.\eqlabel{rtrl-G}$$
$G_t$ is $4n\times P$; its blocks of $n$ rows, $G^a_t$, $G^i_t$, $G^f_t$,
$G^o_t$, belong to the four gates, and the code forms four of its rows at a time in |r->G|. The direct part $D_t$ is sparse. Row
$r$ of $\hat g_t$ is $\sum_l W_{rl}x_{t,l}+\sum_l U_{rl}\out_{t-1,l}+b_r$,
so it depends directly only on the $m+n+1$ parameters of row $r$: the
column of $W_{rl}$ holds $x_{t,l}$ in row $r$, the column of $U_{rl}$
holds $\out_{t-1,l}$ in row $r$, the column of $b_r$ holds 1 in row $r$,
and everything else is zero. Each column of $D_t$ has one nonzero, the
{\it source\/} $v_{t,k}$ of parameter $k$: the input, previous output or
constant that $\theta_k$ multiplies. The second term is the recurrence:
the weights of earlier steps reach step $t$ through $\out_{t-1}$, and $U$
carries their influence into the gates.

@ Figure 5 draws these matrices for a network of two cells and one
input, whose $P=32$ parameters are ordered as $\theta$ is: the rows of
$W$, then of $U$, then $b$, each row belonging to one gate. After a few
steps every entry of $S_t$ is in general nonzero, since every weight
reaches every cell through $U$ and the outputs. $D_t$ has one nonzero in
each column, in the row of its parameter: a staircase in each block. The
lower two panels belong to the next two chapters. When the term $UH_{t-1}$
is dropped, $S_t$ keeps at most one nonzero in each column, in the row of
the parameter's cell, and none for the output gate's parameters; so it
collapses into a single vector $\tilde s_t$ of $P$ numbers, the
sensitivities of the internal RTRL. SnAp-1 keeps the entries of the
state and the output of the parameter's cell: two vectors of $P$
numbers.
@^sensitivity@>
\topfigure{rtrl-1.mps}{\bf Figure 5.\rm\enspace The sensitivities of
  RTRL, the direct part $D_t$, the internal RTRL's $\tilde s_t$ and
  SnAp-1's mask, for $n=2$ and $m=1$. Grey: a dense matrix, each of
  whose entries is in general nonzero; black: the only entries of a
  column that may be nonzero; white: always zero.}

@ Next the three gates before the state, and the state itself:
$$S_t=\mathop{\rm diag}(c^a)\,G^a_t+\mathop{\rm diag}(c^i)\,G^i_t
  +\mathop{\rm diag}(c^f)\,G^f_t+\mathop{\rm diag}(f_t)\,S_{t-1},\eqlabel{rtrl-S}$$
because $\state_t=a_t\odot i_t+f_t\odot\state_{t-1}$ has the four parents
$a_t$, $i_t$, $f_t$, $\state_{t-1}$, and each gate is a squashing of its
pre-activation; $c^a$, $c^i$, $c^f$ (|c[0]|, |c[1]|, |c[2]| of |cell_factors|) are the vectors of the local
derivatives of the cells, derived in the chain-rule chapter
(eq.~\eqn{cr-local}, |@<Local derivatives of a cell@>|), at step $t$. Finally
$\out_t=\tanh(\state_t)\odot o_t$ has the parents $\state_t$ and $o_t$, with the factors $c^s$ and $c^o$ (|c[3]| and |c[4]|):
$$H_t=\mathop{\rm diag}(c^s)\,S_t+\mathop{\rm diag}(c^o)\,G^o_t.\eqlabel{rtrl-H}$$
Before the first step nothing depends on $\theta$: $S_{-1}=H_{-1}=0$.
The factors are the ones that BPTT's gate deltas use, which is no
accident: they are the local derivatives of the same step, applied in
the other direction.
@^sensitivity recursion@>

@ The loss of step $t$ depends on $\theta$ only through $\out_t$, so
$${d\ell_t\over d\theta}=\Delta_t^{\top}H_t,\qquad\hbox{and}\qquad
  \delta\theta\mathrel{+}=H_t^{\top}\Delta_t\quad\hbox{at step $t$},\eqlabel{rtrl-grad}$$
with $\Delta_t=\partial\ell_t/\partial\out_t$ the error that the output
layer's backward half computes into |r->Delta|, as it does for BPTT; the sum goes into |grad->theta|. Summed over the
steps this is the gradient of $L$; the contribution of step $t$ is known
at step $t$, and a training loop may use it at once.

@ What it costs. The product $UH_{t-1}$ multiplies a $4n\times n$ matrix
by an $n\times P$ one: $4n^2P$ multiply--adds per step. Everything else
is smaller: the direct part adds $P$ numbers, forming $S_t$ and $H_t$
takes a few multiplications per entry, $O(nP)$, and the gradient
$H_t^{\top}\Delta_t$ another $nP$. So one step costs $O(n^2P)=
O\bigl(n^3(m+n)\bigr)$, against $O(P)$ for a step of the forward pass or
of BPTT: a factor of $n^2$, which for a network with $100$ cells is ten
thousand. For a fully recurrent network of $n$ units, where
$P\approx n^2$, this is Williams and Zipser's $O(n^4)$. The memory is
$S_t$, $H_t$ and $H_{t-1}$ (|S|, |H|, |Hprev|), three $n\times P$ matrices, plus four rows of
scratch (|G|): $O(nP)=O\bigl(n^2(m+n)\bigr)$ numbers, against BPTT's
$T(12n+k)$. Neither depends on $T$.
@^cost of RTRL@>

@*1 An online RTRL object.
Because RTRL gives each step's gradient at that step, its natural
interface is not a function that takes a sequence but an object that
takes one step at a time. A training loop makes one with
|lstm_rtrl_init| for a network, calls |lstm_rtrl_reset| at the start of
every sequence, calls |lstm_rtrl_step| with each input and target as they
arrive, and may use the gradient the step adds to |grad| at once. The
same object carries the internal RTRL of the next chapter, which keeps
less, and the SnAp-1 and UORO of the chapters after it; |kind| says which
it computes.
@^online learning@>

@<Public constants@>=
#define LSTM_RTRL_EXACT 0
#define LSTM_RTRL_INTERNAL 1

@ The object holds the current state and output, and the previous ones,
in two pairs of vectors that trade places at every step (|state[now]|, |out[now]| and the other pair); the gates of the
step, |g|; scratch for the output layer, |pred|, |e| and |Delta|; and the sensitivities. For exact RTRL
those are $S$ and $H$ as $n\times P$ matrices stored row by row, so row
$j$ of $S$ is $\partial\state_j/\partial\theta$, a second $H$ for the
previous step, |Hprev|, and four rows of scratch, |G|, for the rows of $G_t$ that belong
to one cell. The internal RTRL keeps one vector of $P$ numbers instead,
as the next chapter explains. All of it is one allocation, |v|, whose size is
|bytes|.
@^memory of RTRL@>

@<Public types@>=
typedef struct lstm_rtrl {
  int kind; /* |LSTM_RTRL_EXACT| or |LSTM_RTRL_INTERNAL| */
  size_t m, n, k; /* the sizes of the network it was made for */
  int output; /* and the kind of its output layer */
  size_t cols; /* $P=4n(m+n+1)$, the columns of the sensitivities */
  int now; /* which of the two pairs below holds the current step */
  int blocked; /* exact: 1 to update $S_t$ and $H_t$ in blocks of columns */
  double *state[2], *out[2]; /* $\state$ and $\out$, now and before */
  double *g; /* the gates of the step, $4n$ */
  double *pred, *e, *Delta; /* prediction, output error, $\Delta_t$ */
  double *err_state, *err_out; /* internal: the errors at the states and at
    the output gates, $n$ each */
  double *S; /* exact: $S_t$, $n\times P$; internal: $P$ numbers */
  double *H, *Hprev; /* exact: $H_t$ and $H_{t-1}$, $n\times P$ each */
  double *G; /* exact: four rows of $G_t$, $4\times P$ */
  @<Further fields of the RTRL object@>@;
  double *v; /* the one allocation that holds all of the above */
  size_t bytes; /* its size */
} lstm_rtrl;

@ @<Public functions@>=
int lstm_rtrl_init(lstm_rtrl *r, const lstm_net *net, int kind,
  lstm_error *err);
int lstm_rtrl_init_param(lstm_rtrl *r, const lstm_net *net, int kind,
  long param, lstm_error *err);
void lstm_rtrl_reset(lstm_rtrl *r);
int lstm_rtrl_step(lstm_rtrl *r, const lstm_net *net, const double *x,
  const double *y, lstm_net *grad, double *loss, lstm_error *err);
void lstm_rtrl_free(lstm_rtrl *r);

@ |lstm_rtrl_init| sizes the object for |net| and leaves it reset. The
exact method needs $(3n+4)P$ numbers for the sensitivities, which for a
large network can exceed what a machine has; the product is checked for
overflow, and a failed allocation is reported, not fatal. A kind with a
parameter, the block length of the hybrid of a later chapter, takes it
from |lstm_rtrl_init_param|; |param| 0 asks for its default, and the
other kinds ignore it.

@<Functions@>=
int lstm_rtrl_init(lstm_rtrl *r, const lstm_net *net, int kind,
  lstm_error *err)
{
  return lstm_rtrl_init_param(r, net, kind, 0, err);
}
@#
int lstm_rtrl_init_param(lstm_rtrl *r, const lstm_net *net, int kind,
  long param, lstm_error *err)
{
  const size_t n = net->n, k = net->k;
  size_t small = 11 * n + 2 * k, big = 0, count;
  memset(r, 0, sizeof *r);
  @<Refuse a network that the kind |kind| does not handle@>;
  r->kind = kind;
  r->m = net->m; r->n = n; r->k = k; r->output = net->output;
  r->cols = 4 * n * (net->m + n + 1);
  r->blocked = 1;
  @<Count in |big| the numbers that the sensitivities of |kind| take@>;
  if (big == 0)
    return lstm_fail(err, LSTM_EUSAGE, "unknown RTRL kind %d", kind);
  (void)param;
@.unknown RTRL kind@>
  if (!add_size(big, small, &count) || count > SIZE_MAX / sizeof(double) ||@|
      !(r->v = alloc_doubles(count)))
    return lstm_fail(err, LSTM_ENOMEM,
      "out of memory for the RTRL sensitivities of %zu parameters", r->cols);
@.out of memory for the RTRL...@>
  r->bytes = count * sizeof(double);
  @<Point the parts of the RTRL object into its allocation@>;
  return LSTM_OK;
}

@ Each kind counts its own numbers; a kind that no chapter counts is
left with none, and refused above.

@<Count in |big|...@>=
if (kind == LSTM_RTRL_INTERNAL) big = r->cols;
if (kind == LSTM_RTRL_EXACT && !mul_size(3 * n + 4, r->cols, &big))
  big = SIZE_MAX;

@ @<Point the parts of the RTRL object...@>=
r->state[0] = r->v; r->state[1] = r->v + n;
r->out[0] = r->v + 2 * n; r->out[1] = r->v + 3 * n;
r->g = r->v + 4 * n;
r->Delta = r->v + 8 * n;
r->err_state = r->v + 9 * n;
r->err_out = r->v + 10 * n;
r->pred = r->v + 11 * n;
r->e = r->pred + k;
r->S = r->e + k;
if (kind == LSTM_RTRL_EXACT) {
  r->H = r->S + n * r->cols;
  r->Hprev = r->H + n * r->cols;
  r->G = r->Hprev + n * r->cols;
}

@ A new sequence starts from $\state_{-1}=\out_{-1}=0$ and from zero
sensitivities, $S_{-1}=H_{-1}=0$: nothing before it depends on $\theta$.
Resetting clears the whole allocation, which is $O(nP)$ work, once per
sequence, except its last |kept| bytes, which hold what a kind keeps for
the object's life (the random feedback of e-prop, in a later chapter),
and the count of steps of the hybrid's block.

@<Functions@>=
void lstm_rtrl_reset(lstm_rtrl *r)
{
  memset(r->v, 0, r->bytes - r->kept);
  r->now = 0;
  r->filled = 0; r->blocks = 0; r->ready = 0;
}
@#
void lstm_rtrl_free(lstm_rtrl *r)
{
  if (!r) return;
  free(r->v);
  memset(r, 0, sizeof *r);
}

@ |lstm_rtrl_step| reads the input $x_t$ and, when the step has one, the
target $y_t$ (|NULL| when it has none). It runs the forward equations by
|lstm_step|, updates the sensitivities |r->S| and |r->H|, returns $\ell_t$ in |*loss|, and
adds the gradient of $\ell_t$, and nothing else, to |grad|, which may be
|NULL| when only the loss is wanted. It takes the network at every
step, so a training loop may change the weights between steps; RTRL then
carries sensitivities computed with the older weights, the classical
online approximation of Williams and Zipser, and the gradient it returns
is no longer exactly that of any fixed network. With the weights held
fixed it is exact. A network or gradient of another shape than the one
the object was made for is refused.

The output layer runs only at a step with a target (the loss is zero at
the others), as in the forward pass over a sequence. The error $\Delta_t$
depends only on the output, so it is computed before the sensitivities
are updated. The internal RTRL, whose work is
all in touching each of its $P$ sensitivities once or twice, then updates
the sensitivities of one row of parameters and at once adds that row's
part of the gradient, while they are still in the first-level cache; the
next chapter says more.

@<Functions@>=
int lstm_rtrl_step(lstm_rtrl *r, const lstm_net *net, const double *x,
  const double *y, lstm_net *grad, double *loss, lstm_error *err)
{
  const size_t m = net->m, n = net->n, cols = r->cols;
  const double *state_prev, *out_prev, *state, *out;
  const double *g = r->g, *f = g + 2 * n;
  @<Refuse a network or gradient of another shape@>;
  r->now = !r->now;
  state_prev = r->state[!r->now]; out_prev = r->out[!r->now];
  state = r->state[r->now]; out = r->out[r->now];
  lstm_step(net, x, out_prev, state_prev, r->g, r->state[r->now],
    r->out[r->now]);
  *loss = y ? lstm_output_forward_x(net, out, x, y, r->pred) : 0;
  if (y && grad) {
    memset(r->Delta, 0, n * sizeof *r->Delta);
    lstm_output_backward_x(net, out, x, r->pred, y, r->Delta, grad, r->e);
  }
  switch (r->kind) {
  case LSTM_RTRL_EXACT:
    if (r->blocked) @<Update the exact sensitivities in blocks of columns@>@;
    else @<Update the exact sensitivities $S_t$ and $H_t$@>;
    if (y && grad) @<Add $H_t^{\top}\Delta_t$ to the gradient@>;
    break;
  case LSTM_RTRL_INTERNAL: case LSTM_RTRL_EPROP: case LSTM_RTRL_EPROP_RANDOM: {
    double *S = r->S, *err_state = r->err_state, *err_out = r->err_out;
    const double *Delta = r->Delta;
    size_t local;
    if (!lstm_local(x, m, &local)) local = m + 1;
    if (r->kind != LSTM_RTRL_INTERNAL && y && grad)
      @<Put e-prop's learning signal in place of $\Delta_t$@>;
    if (y && grad) @<Compute the errors at the cells' states and output gates@>;
    for (size_t row = 0; row < 4 * n; row++) {
      const size_t j = row % n;
      if (row < 3 * n) @<Update the internal sensitivities@>;
      if (y && grad) @<Add the internal gradient of $\ell_t$@>;
    }
    break;
  }
  @<Cases of the later kinds of online gradient@>@;
  }
  if (y && grad) lstm_net_mask(net, grad->theta);
  return LSTM_OK;
}

@ @<Refuse a network or gradient...@>=
if (net->m != r->m || net->n != r->n || net->k != r->k ||
    net->output != r->output || (grad && grad->P != net->P))
  return lstm_fail(err, LSTM_EUSAGE,
    "the network does not have the shape the RTRL object was made for");
@.the network does not have...@>

@ The exact update visits the cells one at a time. For cell $j$ it forms
the four rows of $G_t$ that belong to it, rows $j$, $n+j$, $2n+j$ and
$3n+j$, and from them row $j$ of $S_t$ and of $H_t$. Row $j$ of $S_t$
needs only row $j$ of $S_{t-1}$, so $S$ is updated in place; but every row
of $G_t$ needs all of $H_{t-1}$, so the new $H_t$ goes into the second
matrix, and the two, |r->H| and |r->Hprev|, trade places first.

This plain loop is the recursion as derived. It is not what runs by
default: |lstm_rtrl_init| sets the object's |blocked| to 1, and the update
is then taken in blocks of columns,
|@<Update the exact sensitivities in blocks...@>| of the chapter on
speed: the same arithmetic in another order, which that chapter proves
to give the same bits. \.{lstm grad}, the benchmark and training use the
blocked order, since it is faster at the sizes where RTRL is slow. The
plain loop runs when |blocked| is 0: a test compares the two bit for bit,
and the student edition, whose exercise is this loop, runs it.
@^sensitivity recursion@>

@<Update the exact sensitivities $S_t$...@>=
{
  double *swap = r->H;
  r->H = r->Hprev; r->Hprev = swap;
  for (size_t j = 0; j < n; j++) {
    @<Form the rows of $G_t$ for cell |j|@>;
    @<Update row |j| of $S_t$ and $H_t$@>;
  }
}

@ Row $r$ of $G_t=D_t+UH_{t-1}$ is $\sum_l U_{rl}$ (|net->U[row * n + l]|) times row $l$
of $H_{t-1}$ (|Hl|), plus the sources of the parameters of row $r$ \implements{rtrl-G}. This is
the $4n^2P$ of the cost: $n$ rows of $P$ numbers for each of $4n$ rows.
The parameters of row $r$ sit at three places in $\theta$: $W$'s row
at $rm$, $U$'s row at $4nm+rn$, and $b_r$ at $4n(m+n)+r$;
their sources are $x_t$, $\out_{t-1}$ and 1, and each is added after the
product.
@^sensitivity recursion@>

@<Form the rows of $G_t$ for cell |j|@>=
for (size_t q = 0; q < 4; q++) {
  const size_t row = q * n + j;
  double *G = r->G + q * cols;
  memset(G, 0, cols * sizeof *G);
  for (size_t l = 0; l < n; l++) {
    const double u = net->U[row * n + l], *Hl = r->Hprev + l * cols;
    for (size_t k = 0; k < cols; k++) G[k] += u * Hl[k];
  }
  for (size_t l = 0; l < m; l++) G[row * m + l] += x[l];
  for (size_t l = 0; l < n; l++) G[4 * n * m + row * n + l] += out_prev[l];
  G[4 * n * (m + n) + row] += 1;
}

@ With the four rows at hand, row $j$ of the two recursions is
$$\eqalign{S_{t,j}&=c^a_j\,G^a_j+c^i_j\,G^i_j+c^f_j\,G^f_j+f_j\,S_{t-1,j},\cr
H_{t,j}&=c^s_j\,S_{t,j}+c^o_j\,G^o_j,\cr}$$
with all gates at step $t$ and the local derivatives $c^q_j$ of
eq.~\eqn{cr-local}, |@<Local derivatives of a cell@>|, which |cell_factors| gives in the
order $c^a$, $c^i$, $c^f$, $c^s$, $c^o$; each line is a sum of rows of
$P$ numbers. They are \implements{rtrl-S} and \implements{rtrl-H}, row by row: |Sj| and |Hj| are rows $j$ of |r->S| and |r->H|, and |Ga|, |Gi|, |Gf|, |Go| the four rows of |r->G|.

@<Update row |j| of $S_t$ and $H_t$@>=
{
  double c[5];
  const double *Ga = r->G, *Gi = Ga + cols, *Gf = Gi + cols, *Go = Gf + cols;
  double *Sj = r->S + j * cols, *Hj = r->H + j * cols;
  cell_factors(net, r->g, j, state_prev[j], state[j], c);
  for (size_t k = 0; k < cols; k++) {
    Sj[k] = c[0] * Ga[k] + c[1] * Gi[k] + c[2] * Gf[k] + f[j] * Sj[k];
    Hj[k] = c[3] * Sj[k] + c[4] * Go[k];
  }
}

@ The gradient of $\ell_t$ with respect to the cells' parameters is
$H_t^{\top}\Delta_t$ \implements{rtrl-grad}: $\Delta_{t,j}$ (|r->Delta[j]|) times row $j$ of $H_t$, summed over
the cells, into |grad->theta|; |lstm_output_backward| added the output
layer's part when it computed $\Delta_t$.

@<Add $H_t^{\top}\Delta_t$...@>=
for (size_t j = 0; j < n; j++) {
  const double d = r->Delta[j], *Hj = r->H + j * cols;
  for (size_t c = 0; c < cols; c++) grad->theta[c] += d * Hj[c];
}

@*1 RTRL in the method table.
The method table wants one function per method that adds the gradient of
a whole sequence. For exact RTRL it is a loop: make an object, feed it
the steps, add up the losses. Since each step's gradient is added at
that step, the sum at the end is the gradient of the sequence. The
working storage is the object; it is made for the network, not for the
sequence, so its size does not depend on $T$, which the tests confirm
through |work_bytes|. The method's parameter is passed on as the seed of
the object's random generator, which only UORO and the random e-prop, of
later chapters, draw from, and as the parameter of |lstm_rtrl_init_param|,
which only the hybrid reads, as its block length; for the other kinds it
is zero and unused. After the last step |lstm_rtrl_finish| adds what a
kind still holds back: the hybrid, and UORO, which holds back a term of
the gradient when the caller reads the gradient only at the end
(|defer|, which this loop sets). (The internal RTRL used the same loop at first; the
chapter on speed replaces it with a faster order of the same arithmetic.)

@<Private declarations@>=
static int rtrl_run(const lstm_net *net, const lstm_seq *seq, int kind,
  long param, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);
static int rtrl_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int rtrl_run(const lstm_net *net, const lstm_seq *seq, int kind,
  long param, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  lstm_rtrl r;
  int status = lstm_rtrl_init_param(&r, net, kind, param, err);
  if (status != LSTM_OK) return status;
  r.defer = 1;
  lstm_rtrl_seed(&r, (uint64_t)param);
  *loss = 0;
  for (size_t t = 0; t < seq->T && status == LSTM_OK; t++) {
    double step_loss = 0;
    status = lstm_rtrl_step(&r, net, seq->x + t * seq->m,
      lstm_target(seq, t), grad, &step_loss, err);
    *loss += step_loss;
  }
  if (status == LSTM_OK) status = lstm_rtrl_finish(&r, net, grad, err);
  if (st && r.bytes > st->work_bytes) st->work_bytes = r.bytes;
  lstm_rtrl_free(&r);
  return status;
}
@#
static int rtrl_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  return rtrl_run(net, seq, LSTM_RTRL_EXACT, param, grad, loss, st, err);
}

@ @<Rows of the method table@>=
{"rtrl", 1, 0, rtrl_grad,
  "real-time recurrent learning: the exact gradient, online",
  LSTM_PER_STEP, LSTM_RTRL_EXACT, 0},

@*1 Why RTRL computes what BPTT computes.
The two methods apply the chain rule to the same network, one forward
and one backward; that they agree is the statement that matrix
multiplication is associative. Write one step of the network as a map of
the pair $z_t=(\state_t;\out_t)$, with $2n$ entries:
$z_t=F_t(z_{t-1},\theta)$. Let $A_t=\partial F_t/\partial z_{t-1}$ be
its $2n\times2n$ Jacobian with respect to the previous pair, and
$B_t=\partial F_t/\partial\theta$ its $2n\times P$ direct derivative with
respect to the parameters. The forward chain rule says that
$Z_t=dz_t/d\theta=(S_t;H_t)$ satisfies $Z_t=A_tZ_{t-1}+B_t$ with
$Z_{-1}=0$, which is the recursion of this chapter written in one line;
so
$$Z_t=\sum_{\tau=0}^{t}A_tA_{t-1}\cdots A_{\tau+1}B_\tau.$$
With $\bar\Delta_t=(0;\Delta_t)$, the row vector $\bar\Delta_t^{\top}Z_t$ is
$\Delta_t^{\top}H_t$, and RTRL computes
$$\sum_{t=0}^{T-1}\bar\Delta_t^{\top}Z_t=\sum_{t=0}^{T-1}\sum_{\tau=0}^{t}
  \bar\Delta_t^{\top}A_t\cdots A_{\tau+1}B_\tau
  =\sum_{\tau=0}^{T-1}\delta z_\tau^{\top}B_\tau,\qquad
  \delta z_\tau^{\top}=\sum_{t=\tau}^{T-1}\bar\Delta_t^{\top}A_t\cdots A_{\tau+1},$$
by exchanging the two sums. RTRL brackets each product from the right,
$A_t(A_{t-1}(\cdots B_\tau))$, and carries the brackets forward; the
right-hand side brackets it from the left (Figure~6). The vectors $\delta z_\tau$
satisfy $\delta z_{T-1}=\bar\Delta_{T-1}$ and
$\delta z_\tau=\bar\Delta_\tau+A_{\tau+1}^{\top}\delta z_{\tau+1}$: a recursion that
runs backward in time and carries $2n$ numbers, the derivative of $L$
with respect to $z_\tau$ when the later steps are allowed to change with
it. Its two halves are the two messages of BPTT: the part for $\out_\tau$
is $\Delta_\tau+\Dout_\tau=\delta\out_\tau$, and the part for $\state_\tau$
is $\delta\state_{\tau+1}\odot f_{\tau+1}$, what the backward walk calls
|carry|. Finally $\delta z_\tau^{\top}B_\tau$ collects the direct
dependence of step $\tau$ on $\theta$, which enters only through the
pre-activations; by the chain rule within the step it is
$\delta\gates_\tau$ times the sources, that is, BPTT's
$\delta\gates_\tau(x_\tau;\out_{\tau-1};1)^{\top}$. So the two methods
compute the same sum, $dL/d\theta$, in different orders. In exact
arithmetic they agree; in floating point they differ by rounding, which
for the networks of the tests is of order $10^{-15}$ relative to the
entries. The equality needs the weights to be the same at every step:
RTRL's online use, with the weights changing between steps, has no BPTT
counterpart.
@^RTRL equals BPTT@>
@^associativity@>
\topfigure{rtrl-2.mps}{\bf Figure 6.\rm\enspace One term of the
  gradient, $\bar\Delta_t^{\top}A_t\cdots A_{\tau+1}B_\tau$, bracketed as RTRL
  does (top) and as BPTT does (bottom); each bracket is a product
  computed once and carried to the next step.}

@ How close is close? The gradient check of an earlier chapter measures
each entry against itself, with a floor of $10^{-4}$, because finite
differences carry an absolute noise of about $10^{-11}$. Two analytic
gradients carry no such noise, and a much stricter test is possible: the
largest difference within a block of $\theta$ ($W$, $U$, $b$, $V$ or
$c$), divided by the largest entry of the block,
$$\xi=\max_{\rm blocks}{\max_k\vert g_k-g'_k\vert\over
  \max_k\max(\vert g_k\vert,\vert g'_k\vert)}.$$
Measuring against the largest entry of the block, not against each entry,
keeps an entry that is nearly zero by cancellation from turning a
rounding error of $10^{-17}$ into a large ratio, while an error in the
code, which moves entries by amounts comparable to the entries of their
block, still gives $\xi$ near one. A block that is zero in both
gradients contributes zero. The tests require $\xi\le10^{-10}$ between
\.{rtrl} and \.{bptt}, and between \.{irtrl} and cut BPTT; the largest
values measured are reported when the tests run, and are of order
$10^{-15}$.
@^relative error@>

@<Public functions@>=
double lstm_block_difference(const lstm_net *g, const lstm_net *ref);

@ @<Functions@>=
double lstm_block_difference(const lstm_net *g, const lstm_net *ref)
{
  lstm_block block[LSTM_MAX_BLOCKS];
  size_t count = lstm_blocks(g, block);
  double worst = 0;
  for (size_t q = 0; q < count; q++) {
    size_t end = block[q].offset + block[q].rows * block[q].cols;
    double diff = 0, scale = 0;
    for (size_t k = block[q].offset; k < end; k++) {
      diff = fmax(diff, fabs(g->theta[k] - ref->theta[k]));
      scale = fmax(scale, fmax(fabs(g->theta[k]), fabs(ref->theta[k])));
    }
    if (scale > 0 && diff / scale > worst) worst = diff / scale;
  }
  return worst;
}

@*1 Exercises.
\exercise{rtrl.1}{10}
Estimate the memory that exact RTRL needs for a network with $n=1000$
cells, $m=1000$ inputs and no output layer, and the multiply--adds of
one step.

\exercise{rtrl.2}{15}
For the network of exercise rtrl.1, how long must a sequence be before
BPTT's trace takes as much memory as exact RTRL?

\exercise{rtrl.3}{15}
Why can row $j$ of $S_t$ overwrite row $j$ of $S_{t-1}$, while $H_t$
needs a second matrix?

\exercise{rtrl.4}{20}
Write the two sections that form the rows of $G_t$ for cell $j$ and
update row $j$ of $S_t$ and $H_t$, from the recursions of this chapter. In
the student edition they are stubs; \.{make student-test} compares the
gradient of \.{rtrl} with finite differences. (The answer is the two
sections themselves.)

\exercise{rtrl.5}{30}
Exploit the sparsity of $D_t$ to avoid the |memset| and the additions
of zero in |@<Form the rows...@>|, and measure the gain. Why is it
small?

\exercise{rtrl.6}{40}
UORO has a chapter of its own, and its variance is measured against
the size of the network in the chapter ``How good is each gradient.''
Derive the variance of one UORO
step exactly for a network of one cell, as a function of $\tilde z_{t-1}$,
$\tilde\theta_{t-1}$, $A_t$ and $B_t$, and check it with \.{lstm align}.
@^UORO@>

\exercise{rtrl.7}{50}
Find an online method for the LSTM with $O(P)$ work per step whose
gradient is provably close to the exact one on tasks with long lags.
