@* UORO: an unbiased rank-one estimate.
SnAp-1 and the internal RTRL keep part of the sensitivities exactly and
drop the rest; their gradients are biased, by the paths they drop. Tallec
and Ollivier (2018a, ``Unbiased online recurrent optimization,'' {\sl
International Conference on Learning Representations\/}) took the other
road: keep all of $Z_t$, but only as a random matrix of rank one,
$$Z_t\approx\tilde z_t\,\tilde\theta_t^{\top},$$
with $\tilde z_t$ a vector of $2n$ numbers (|r->tz|) and $\tilde\theta_t$ one of
$P$ (|r->ttheta|), whose product is right {\it on average}: its expectation over the
random numbers drawn is exactly $Z_t$, at every step. The gradient it
gives is then an unbiased estimate of the exact one, as a stochastic
gradient descent wants, at a cost of $O(P)$ a step; the price is
variance. This chapter derives the estimate, proves that it is unbiased,
and adds it to the method table as \.{uoro} (|uoro_grad|), with a seed.
@^UORO@>
@^Tallec, Corentin@>
@^Ollivier, Yann@>
@^unbiased estimate@>

@ The derivation starts from the exact recursion $Z_t=A_tZ_{t-1}+B_t$ of
the RTRL chapter, with $z_t=(\state_t;\out_t)$. Suppose
$\tilde z_{t-1}\tilde\theta_{t-1}^{\top}$ is an unbiased estimate of
$Z_{t-1}$. Then $A_t\tilde z_{t-1}\tilde\theta_{t-1}^{\top}$ is one of
$A_tZ_{t-1}$, and still of rank one. The direct part $B_t$, $2n\times P$,
has full rank; UORO replaces it by a rank-one matrix with the same mean.
Let $\nu$ be a vector of $2n$ independent random signs (|r->nu|), each $+1$ or $-1$
with probability one half. Then $E[\nu\nu^{\top}]=I$, so
$\nu\,(\nu^{\top}B_t)$ is a rank-one matrix with mean $B_t$. A sum of two
rank-one matrices is not of rank one, but the sum of the two products can
be replaced by one product of sums:
$$\tilde z_t=\rho_0\,A_t\tilde z_{t-1}+\rho_1\,\nu,\qquad
  \tilde\theta_t={\tilde\theta_{t-1}\over\rho_0}
  +{B_t^{\top}\nu\over\rho_1},\eqlabel{uoro-update}$$
with positive numbers $\rho_0$ and $\rho_1$ (|rho0| and |rho1|) to be chosen, and
$\tilde z_{-1}=0$, $\tilde\theta_{-1}=0$. Multiplied out,
$$\tilde z_t\tilde\theta_t^{\top}=A_t\tilde z_{t-1}\tilde\theta_{t-1}^{\top}
  +\nu\nu^{\top}B_t
  +{\rho_0\over\rho_1}A_t\tilde z_{t-1}\,\nu^{\top}B_t
  +{\rho_1\over\rho_0}\nu\,\tilde\theta_{t-1}^{\top},$$
the two wanted terms and two cross terms of noise.
@^rank-one approximation@>
@!@^UORO factors ($\tilde z_t$, $\tilde\theta_t$)@>

@ {\it The estimate is unbiased.} Take the expectation over $\nu$, with
everything before step $t$ fixed; the weights are fixed, so $A_t$ and
$B_t$ do not depend on the random numbers at all. $\rho_0$ must not
depend on $\nu$, and $\rho_1$ may depend on it only through quantities
that do not change when $\nu$ is replaced by $-\nu$ (the choice below
does both). Then each cross term is an odd function of $\nu$, and since
$\nu$ and $-\nu$ are equally likely, its mean is zero; and
$E[\nu\nu^{\top}B_t]=B_t$. So the conditional mean of
$\tilde z_t\tilde\theta_t^{\top}$ is $A_t\tilde z_{t-1}\tilde\theta_{t-1}^{\top}
+B_t$, and by induction from $Z_{-1}=0$ the full mean is
$A_tZ_{t-1}+B_t=Z_t$. The loss of step $t$ depends on $\theta$ only
through $\out_t$, so the estimate of its gradient is
$$\widehat{\nabla\ell_t}=(0;\Delta_t)^{\top}\tilde z_t\;\tilde\theta_t
  =\bigl(\Delta_t^{\top}\tilde\eta_t\bigr)\,\tilde\theta_t,\eqlabel{uoro-grad}$$
with $\tilde\eta_t$ the second half of $\tilde z_t$ (|eta|, that is |r->tz + n|), the part that
belongs to $\out_t$; it is linear in $\tilde z_t\tilde\theta_t^{\top}$,
so its mean is $\Delta_t^{\top}H_t$, the exact gradient. The sum over the
steps is an unbiased estimate of $dL/d\theta$, at fixed weights.\quad
\vrule height 5pt width 4pt depth 0pt

When the weights move between steps, as in online training, the proof
no longer applies, for two reasons. The quantity estimated changes:
$A_t$ and $B_t$ are taken at the weights of step $t$, so the mean of the
recursion is the sensitivity that online RTRL carries, a sum of products
of Jacobians taken at different weights, which is the gradient at no
single set of weights. And the estimate is not exactly unbiased even
for that: the weights of step $t$ were changed by earlier updates,
which used the estimates and so depend on the signs drawn before, so
$A_t$ is no longer independent of $\tilde z_{t-1}\tilde\theta_{t-1}^{\top}$
and the induction step $E[A_t\tilde z_{t-1}\tilde\theta_{t-1}^{\top}]
=A_tZ_{t-1}$ fails. The error this makes is of the order of the
learning rate, and vanishes with it.
@^UORO is unbiased@>

@ {\it The scale factors.} Any positive $\rho_0$ and $\rho_1$ keep the
mean; they decide the variance, which for a random matrix we take as
the expected squared (Frobenius) norm of its deviation from its mean,
the sum of the variances of its entries. Given the past, the deviation
of $\tilde z_t\tilde\theta_t^{\top}$ is $(\nu\nu^{\top}-I)B_t$ plus the two
cross terms. The first does not involve the scales. Its inner products
with the cross terms are odd in $\nu$ and have mean zero; the inner
product of the two cross terms, $(\nu^{\top}A_t\tilde z_{t-1})
(\nu^{\top}B_t\tilde\theta_{t-1})$, has the factor $(\rho_0/\rho_1)
(\rho_1/\rho_0)=1$, so it does not involve them either. What remains,
and all that the scales change, is the mean of the sum of the squared
norms of the two cross terms; minimising that sum for each $\nu$
minimises its mean, and so the variance. The two noise terms have the squared
(Frobenius) norms $(\rho_0/\rho_1)^2\Vert A_t\tilde z_{t-1}\Vert^2
\Vert B_t^{\top}\nu\Vert^2$ and $(\rho_1/\rho_0)^2\Vert\nu\Vert^2
\Vert\tilde\theta_{t-1}\Vert^2$, because the norm of $uv^{\top}$ is
$\Vert u\Vert\,\Vert v\Vert$. Their sum, as a function of
the ratio $(\rho_0/\rho_1)^2$, is a multiple of the ratio plus a multiple
of its inverse, and is least where the two terms are equal, which is what Tallec and
Ollivier's choice, |rho0| and |rho1|, gives:
$$\rho_0=\sqrt{\Vert\tilde\theta_{t-1}\Vert\over
  \Vert A_t\tilde z_{t-1}\Vert},\qquad
  \rho_1=\sqrt{\Vert B_t^{\top}\nu\Vert\over\Vert\nu\Vert}.\eqlabel{uoro-scale}$$
Besides fixing the ratio, each factor balances the two vectors of its
product, so that neither $\tilde z_t$ nor $\tilde\theta_t$ grows or
shrinks without bound over a long sequence. $\rho_0$ depends only on the
past, and $\rho_1$ on $\nu$ only through $\Vert B_t^{\top}\nu\Vert$,
which is even in $\nu$, as the proof needs. As in Tallec and Ollivier's
algorithm, a small $\varepsilon$ is added to every norm, so that the
quotients are defined when a vector is zero, as both are at the first
step; here $\varepsilon=|LSTM_UORO_EPS|$.
@^variance of UORO@>

@<Public constants@>=
#define LSTM_RTRL_UORO 3
#define LSTM_UORO_EPS 1e-7 /* added to the norms of the scale factors */

@ The two products that a step needs are cheap. $A_t\tilde z_{t-1}$ (|r->dz|) is
the derivative of the step in the direction $\tilde z_{t-1}=
(\tilde\zeta;\tilde\eta)$, a forward tangent: the pre-activations move by
$U\tilde\eta$, and then, with the local derivatives $c^a$, $c^i$, $c^f$,
$c^s$, $c^o$ of the cell (eq.~\eqn{cr-local}),
$$\dot\state_j=c^a_j\dot g^a_j+c^i_j\dot g^i_j+c^f_j\dot g^f_j+f_j
  \tilde\zeta_j,\qquad \dot\out_j=c^s_j\dot\state_j+c^o_j\dot g^o_j,$$
$4n^2$ multiply--adds for $U\tilde\eta$; $\dot\state_j$ is |ds|, and the four $\dot g^q_j$ are |dg[0]| to |dg[3]|. $B_t^{\top}\nu$ is a backward
step that starts from $\nu=(\nu^\zeta;\nu^\eta)$ at $z_t$ and stops at
$\theta$, the reverse of the same local derivatives: the state receives
$\bar s_j=\nu^\zeta_j+c^s_j\nu^\eta_j$ (|sbar|), the pre-activations
$\bar g^q_j=c^q_j\bar s_j$ for $q\in\{a,i,f\}$ and $\bar g^o_j=c^o_j
\nu^\eta_j$ (together |r->gbar|), and the parameters of row $r$ the outer product
$\bar g_r\,(x_t;\out_{t-1};1)$, as in BPTT. Its norm (|nv|) needs no pass over
$P$: the norm of an outer product is the product of the norms,
$\Vert B_t^{\top}\nu\Vert=\Vert\bar g\Vert\,
\bigl(\Vert x_t\Vert^2+\Vert\out_{t-1}\Vert^2+1\bigr)^{1/2}$.
@^forward tangent@>

@ The object of the RTRL chapter holds, for UORO, $\tilde\theta$ ($P$
numbers, |ttheta|), $\tilde z$, $A_t\tilde z_{t-1}$ and $\nu$ ($2n$ each; |tz|, |dz|, |nu|), $\bar g$
($4n$, |gbar|), and the norm $\Vert\tilde\theta_{t-1}\Vert$, one number (|tnorm[0]|),
and a term of the gradient held back (|tnorm[1]| and |tnorm[2]|, below), all in
its one allocation, which |lstm_rtrl_reset| clears at the start of a
sequence; and the generator of the signs, |rng|, which it does not reset, so
that every sequence of a training run draws new signs.

@<Further fields of the RTRL object@>=
double *ttheta; /* UORO: $\tilde\theta$, $P$ numbers */
double *tz, *dz, *nu; /* UORO: $\tilde z$, $A_t\tilde z_{t-1}$, $\nu$, $2n$ each */
double *gbar; /* UORO: $\bar g$, $4n$ */
double *tnorm; /* UORO: $\Vert\tilde\theta_{t-1}\Vert$, then a held term */
int defer; /* the caller reads the gradient only after |lstm_rtrl_finish| */
lstm_rng rng; /* UORO: the generator of the signs */

@ @<Count in |big|...@>=
if (kind == LSTM_RTRL_UORO) big = r->cols + 10 * n + 3;

@ @<Point the parts of the RTRL object...@>=
if (kind == LSTM_RTRL_UORO) {
  r->ttheta = r->S; r->S = NULL;
  r->tz = r->ttheta + r->cols; r->dz = r->tz + 2 * n; r->nu = r->dz + 2 * n;
  r->gbar = r->nu + 2 * n; r->tnorm = r->gbar + 4 * n;
}

@ |lstm_rtrl_seed| seeds the generator of the signs (and draws, for the
random e-prop of a later chapter, its feedback matrix). The seed is mixed
with a constant first, so that a training run, which seeds its initial
weights with the same number, does not draw its signs from the stream of
its weights.

@<Public functions@>=
void lstm_rtrl_seed(lstm_rtrl *r, uint64_t seed);

@ @<Functions@>=
void lstm_rtrl_seed(lstm_rtrl *r, uint64_t seed)
{
  lstm_rng_seed(&r->rng, seed ^ 0x5851F42D4C957F2DULL);
  if (r->kind == LSTM_RTRL_EPROP_RANDOM)
    @<Draw e-prop's random feedback matrix@>;
}

@ The step, in four parts, the case |LSTM_RTRL_UORO| of |lstm_rtrl_step|.

@<Cases of the later kinds...@>=
case LSTM_RTRL_UORO: {
  double nA = 0, ng = 0, nv, rho0, rho1, d = 0;
  const double eps = LSTM_UORO_EPS;
  @<Draw the signs $\nu$@>;
  @<Form the tangent $A_t\tilde z_{t-1}$ into |dz| and the backward step
    $\bar g$@>;
  @<Find the scale factors $\rho_0$ and $\rho_1$@>;
  @<Update $\tilde z$ and $\tilde\theta$, and add the estimate of the
    gradient@>;
  break;
}

@ The signs take one bit each of the generator's 64-bit numbers, |lstm_rng_next(&r->rng)|.

@<Draw the signs...@>=
{
  uint64_t bits = 0;
  for (size_t q = 0; q < 2 * n; q++) {
    if (q % 64 == 0) bits = lstm_rng_next(&r->rng);
    r->nu[q] = (bits >> (q % 64)) & 1 ? 1.0 : -1.0;
  }
}

@ The tangent $A_t\tilde z_{t-1}$ of \implements{uoro-update} and the
backward step $\bar g$ from $\nu$, cell by cell, with the local
derivatives of the cell found once for both: the four pre-activations of
cell $j$ move by rows $j$, $n+j$, $2n+j$, $3n+j$ of $U$ times
$\tilde\eta$, dot products of the chapter on speed. The norm of the
tangent goes into |nA|, that of $\bar g$ into |ng|.

@<Form the tangent...@>=
for (size_t j = 0; j < n; j++) {
  double c[5], dg[4] = {0, 0, 0, 0}, ds, sbar;
  const double *eta = r->tz + n;
  cell_factors(net, r->g, j, state_prev[j], state[j], c);
  for (size_t q = 0; q < 4; q++) dg[q] = lstm_dot(net->U + (q * n + j) * n, eta, n);
  ds = c[0] * dg[0] + c[1] * dg[1] + c[2] * dg[2] + f[j] * r->tz[j];
  r->dz[j] = ds;
  r->dz[n + j] = c[3] * ds + c[4] * dg[3];
  nA += r->dz[j] * r->dz[j] + r->dz[n + j] * r->dz[n + j];
  sbar = r->nu[j] + c[3] * r->nu[n + j];
  r->gbar[j] = c[0] * sbar;
  r->gbar[n + j] = c[1] * sbar;
  r->gbar[2 * n + j] = c[2] * sbar;
  r->gbar[3 * n + j] = c[4] * r->nu[n + j];
}
nA = sqrt(nA);
for (size_t q = 0; q < 4 * n; q++) ng += r->gbar[q] * r->gbar[q];
ng = sqrt(ng);

@ The norm of $B_t^{\top}\nu$, |nv|, is that of $\bar g$ times that of the
sources; $\Vert\nu\Vert=\sqrt{2n}$, and $\varepsilon$ is |eps|. The factors are \implements{uoro-scale}.

@<Find the scale factors...@>=
nv = 1;
for (size_t l = 0; l < m; l++) nv += x[l] * x[l];
for (size_t l = 0; l < n; l++) nv += out_prev[l] * out_prev[l];
nv = ng * sqrt(nv);
rho0 = sqrt((r->tnorm[0] + eps) / (nA + eps));
rho1 = sqrt((nv + eps) / (sqrt(2.0 * (double)n) + eps));

@ The update \implements{uoro-update} and the estimate \implements{uoro-grad}.
$\tilde z_t$ comes first, because the factor of the gradient,
$d=\Delta_t^{\top}\tilde\eta_t$ (|d|), needs it. Then $\tilde\theta$ is
updated, $y\gets y/\rho_0+(\bar g_r/\rho_1)v$ on each of the three parts
of row $r$, and in the same pass the estimate $d\,\tilde\theta_t$ is
added to the gradient, at a step with a target, and the squares of the
entries of $\tilde\theta_t$ are summed for its norm, which the next step
needs: one pass over the $P$ numbers. The pass takes the rows four at a
time, |UORO_ROWS|, by |uoro_rows|, which leaves the sum of the squares
of each row's part in |part|; they are then added to |norm| in the order
of the rows and, within a row, of its parts in $W$, $U$ and $b$. ($4n$,
the number of rows, is a multiple of four.)

When the caller reads the gradient only at the end of the sequence, as
the gradient of a whole sequence does (|defer|), the pass adds the
estimate to the gradient only every other step: a step with a target
whose predecessor left nothing held back holds its term
$d\,\tilde\theta_t$ back, keeping only $d$ (in |tnorm[1]|, and
|tnorm[2]| set to 1), and the next step's pass adds it, from the entries
of $\tilde\theta_t$ it reads before it updates them, and then its own
term, if it has one. Each entry of the gradient receives the same two
additions, of the same products, in the same order, as when each step
adds its own; only the pass in which the first is done changes. So the
gradient pass reads and writes the gradient half as often, and
|lstm_rtrl_finish| adds a term still held after the last step.

@<Update $\tilde z$ and $\tilde\theta$...@>=
{
  static const double one = 1;
  double *tt = r->ttheta, norm = 0;
  const int adds = y && grad, held = r->tnorm[2] != 0 && grad,
    hold = r->defer && adds && !held;
  for (size_t q = 0; q < 2 * n; q++)
    r->tz[q] = rho0 * r->dz[q] + rho1 * r->nu[q];
  if (adds)
    for (size_t j = 0; j < n; j++) d += r->Delta[j] * r->tz[n + j];
  for (size_t row = 0; row < 4 * n; row += UORO_ROWS) {
    const size_t at[3] = {row * m, 4 * n * m + row * n,
      4 * n * (m + n) + row}, len[3] = {m, n, 1};
    const double *src[3] = {x, out_prev, &one};
    double coef[UORO_ROWS], part[3][UORO_ROWS];
    for (size_t k = 0; k < UORO_ROWS; k++) coef[k] = r->gbar[row + k] / rho1;
    for (int p = 0; p < 3; p++)
      uoro_rows(tt + at[p], held || (adds && !hold) ? grad->theta + at[p] :
        NULL, len[p], src[p], 1 / rho0, coef, held, r->tnorm[1],
        adds && !hold, d, part[p]);
    for (size_t k = 0; k < UORO_ROWS; k++)
      for (int p = 0; p < 3; p++) norm += part[p][k];
  }
  r->tnorm[0] = sqrt(norm);
  r->tnorm[1] = hold ? d : 0, r->tnorm[2] = hold;
}

@ |uoro_release| adds the term that the last step held back, $d$ times
each entry of $\tilde\theta$, to the gradient; |lstm_rtrl_finish| calls
it. The rows' parts lie one after another in $\tilde\theta$ as in the
gradient, so it is one loop over the $P$ numbers.

@<Functions@>=
static void uoro_release(lstm_rtrl *r, lstm_net *grad)
{
  if (r->kind != LSTM_RTRL_UORO || r->tnorm[2] == 0 || !grad) return;
  for (size_t k = 0; k < r->cols; k++)
    grad->theta[k] += r->tnorm[1] * r->ttheta[k];
  r->tnorm[1] = r->tnorm[2] = 0;
}

@ The pass is the kernel |uoro_rows| of the chapter on speed (the
section ``UORO's pass over $\tilde\theta$''), which takes four rows at a
time.

@<Private declarations@>=
#define UORO_ROWS 4 /* rows of $\tilde\theta$ that |uoro_rows| takes at once */
static void uoro_rows(double *tt, double *g, size_t len, const double *v,
  double keep, const double *coef, int add0, double d0, int add1, double d1,
  double *sums);
static void uoro_release(lstm_rtrl *r, lstm_net *grad);

@ What it costs. The tangent is $4n^2$ multiply--adds, the backward step
$O(n)$ and its norm $O(m+n)$; $\tilde\theta$ is updated with two
operations on each of its $P$ entries, and read once more for the
gradient and its norm. So a step is $O(P)$, about one forward step, one
Jacobian--vector product and one vector--Jacobian product, as Tallec and
Ollivier count it. The memory is $P+10n+3$ numbers (|ttheta|, |tz|, |dz|, |nu|, |gbar|, |tnorm|) besides the step's
own, independent of $T$. In time the pass over $\tilde\theta$ and the
gradient, two megabytes at $m=n=128$, dominates, and the chapter on speed
measures it against BPTT's step (the sections ``SnAp-1 and UORO,
measured'' and ``UORO's pass over $\tilde\theta$''). Blocking over steps
is harder than for SnAp-1, since $\rho_0$ needs the norm of
$\tilde\theta_{t-1}$ before step $t$ can be taken.
@^cost of UORO@>

@ Over a whole sequence, UORO is the loop of the RTRL chapter, |rtrl_run|, with the
method's parameter |param| as the seed, given to |lstm_rtrl_seed|; the
loop sets |defer|, so every other step's estimate is added in the next
step's pass, and |lstm_rtrl_finish| adds one left over at the end. The object is made anew for each sequence,
so every sequence of a file is estimated with the same stream of signs;
each estimate is unbiased, and so is their sum, but they are not
independent. (A training run keeps one object, whose signs run on from
one sequence to the next.) The same seed gives the same gradient, bit for
bit, on the same build.

@<Private declarations@>=
static int uoro_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int uoro_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  return rtrl_run(net, seq, LSTM_RTRL_UORO, param, grad, loss, st, err);
}

@ @<Rows of the method table@>=
{"uoro", 0, 0, uoro_grad,@/
  "UORO (Tallec-Ollivier): unbiased rank-one estimate of RTRL, online",
  LSTM_PER_STEP, LSTM_RTRL_UORO, 1},

@*1 Exercises.
\exercise{uoro.1}{15}
Show that with $\rho_0=\rho_1=1$ (|rho0| and |rho1| fixed) the estimate is still unbiased, and
that $\tilde\theta_t$ then grows with $t$ on a sequence of constant inputs.

\exercise{uoro.2}{25}
Replace the signs by independent standard normal numbers. Is the
estimate still unbiased? Compare the variance (|variance| of |lstm_align_row|) with \.{lstm align}.

\exercise{uoro.3}{40}
Cooijmans and Martens (2019, ``On the variance of unbiased online
recurrent optimization'') reduce the variance by choosing $\nu$ (|r->nu|) with
more structure. Implement one of their proposals and measure the
variance against that of this chapter.
