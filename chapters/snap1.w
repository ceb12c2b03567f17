@* SnAp-1: the sensitivities one step creates.
Exact RTRL carries every entry of the sensitivities and pays $O(n^2P)$
a step for it; the internal RTRL of the last chapter carries one entry
per parameter and pays $O(P)$, but it cuts every path through the
previous output. Menick, Elsen, Evci, Osindero, Simonyan and Graves
(2021, ``Practical real time recurrent learning with a sparse
approximation,'' {\sl International Conference on Learning
Representations\/}) proposed a rule between the two, the {\it sparse
$n$-step approximation}: keep, in the sensitivity matrix, exactly the
entries that $n$ steps of the network can make nonzero, and drop the
others after every step. With $n=1$ the entries kept are those of the
direct derivative of one step, and the cost per step is that of BPTT.
This chapter derives SnAp-1 for the cell of this book from the exact
recursion, proves where it lies between the internal RTRL and RTRL, and
adds it to the method table as \.{snap1}, computed by |snap1_grad| and, step by step, by the |LSTM_RTRL_SNAP1| kind of the RTRL object.
@^SnAp@>
@^Menick, Jacob@>
@^sparse approximation of RTRL@>

@ Take the network's state, as Menick and his coauthors do, to be
everything one step hands to the next: the pair $z_t=(\state_t;\out_t)$ of
the proof that RTRL equals BPTT, with $2n$ entries. Its sensitivity is
$Z_t=(S_t;H_t)$, and the exact recursion is $Z_t=B_t+A_tZ_{t-1}$, where
$A_t=\partial z_t/\partial z_{t-1}$ and $B_t=\partial z_t/\partial\theta$
is the direct derivative, with $z_{t-1}$ held fixed. (Menick and his
coauthors write $D_t$ for our $A_t$ and $I_t$ for our $B_t$; this book
already uses $D_t$ for the direct part of the pre-activations.) Let $M$
be the pattern of $B_t$: $M_{zk}=1$ when $\theta_k$ can move entry $z$
of $z_t$ directly, within one step, and $0$ otherwise. SnAp-1 replaces
the recursion by
$$\check Z_t=\bigl(B_t+A_t\check Z_{t-1}\bigr)\odot M,\qquad
  \check Z_{-1}=0,$$
and the gradient of $\ell_t$ by $\Delta_t^{\top}\check H_t$, with
$\check Z_t=(\check S_t;\check H_t)$. The pattern does not depend on
$t$, nor on the values of the network, only on which parameter enters
which row.
@^sensitivity@>

@ Which entries are they? A parameter $\theta_k$ of row $r=qn+j$, gate
$q$ of cell $j$, enters one pre-activation, $\hat g_{t,r}$, and through
it, within the step, the state of cell $j$ if $q$ is $a$, $i$ or $f$, and
the output of cell $j$ in every case: $\state_{t,j}=a_ji_j+f_j
\state_{t-1,j}$ holds three of the four gates, and $\out_{t,j}=
\tanh(\state_{t,j})\,o_j$ holds the fourth and the state. No other entry
of $z_t$ sees $\hat g_{t,r}$ within the step. So
$$M_{zk}=1\iff z=\out_j,\hbox{ or }z=\state_j\hbox{ and }q\ne o.$$
A weight of cell $j$'s $a$, $i$ or $f$ rows keeps two sensitivities,
those of $\state_j$ and $\out_j$; a weight of its $o$ row keeps one,
that of $\out_j$. SnAp-1 therefore stores two vectors of $P$ numbers,
indexed as $\theta$: $\check s_{t,k}$, the entry of $\check S_t$ in row
$j(k)$ (zero for the rows of $o$), and $\check h_{t,k}$, that of
$\check H_t$; the code keeps them in |r->S| and |r->H|. The first plays the part of the internal RTRL's $\tilde s$,
and the check marks that it is not the same vector: SnAp-1's recursion
adds the cross term through $\check h$;
the last panel of Figure~5 draws the mask.
@^mask of SnAp-1@>
@!@^SnAp-1 sensitivities ($\check s_t$, $\check h_t$)@>

@ The recursion for one parameter. Column $k$ of $\check Z_{t-1}$ is
nonzero only in the rows $\state_j$ and $\out_j$, so $A_t\check Z_{t-1}$
uses only those two columns of $A_t$; and the mask then keeps only the
rows $\state_j$ and $\out_j$ of the product. What survives is the
$2\times2$ block of $A_t$ on the diagonal, the block of cell $j$. Its
entries follow from the step's equations, with the local derivatives
$c^a_j$, $c^i_j$, $c^f_j$, $c^s_j$ and $c^o_j$ of the cell, those of
eq.~\eqn{cr-local} (|@<Local derivatives of a cell@>|). The state of cell $j$ depends on
its old state through the forget gate, and on its old output through
the diagonal entries of $U$, the weights from $\out_{t-1,j}$ into cell
$j$'s own gates:
$${\partial\state_{t,j}\over\partial\state_{t-1,j}}=f_j,\qquad
  {\partial\state_{t,j}\over\partial\out_{t-1,j}}=\chi_j=c^a_jU_{a_j,j}
  +c^i_jU_{i_j,j}+c^f_jU_{f_j,j},$$
where $U_{a_j,j}$ is the entry of $U$ in row $j$ (the $a$ row of cell
$j$) and column $j$, |U[j * n + j]|, and likewise $U_{i_j,j}$, $U_{f_j,j}$, $U_{o_j,j}$
in rows $n+j$, $2n+j$, $3n+j$. The output moves with the state and with
its own output gate:
$${\partial\out_{t,j}\over\partial\state_{t-1,j}}=c^s_jf_j,\qquad
  {\partial\out_{t,j}\over\partial\out_{t-1,j}}=c^s_j\chi_j+c^o_jU_{o_j,j}.$$
The direct part, column $k$ of $B_t$, has $c^q_jv_{t,k}$ in the row of the
state for $q\in\{a,i,f\}$ and $c^s_jc^q_jv_{t,k}$ in the row of the
output; for $q=o$ it has $0$ and $c^o_jv_{t,k}$; $v_{t,k}$ is the source
of the parameter, as before. Multiplying out, and writing
$u_j=c^o_jU_{o_j,j}$ (|c.self|; $\chi_j$ is |c.cross|),
$$\eqalign{
q\in\{a,i,f\}:&\quad\check s_{t,k}=f_j\,\check s_{t-1,k}+\chi_j\,\check h_{t-1,k}
  +c^q_j\,v_{t,k},\qquad
  \check h_{t,k}=c^s_j\,\check s_{t,k}+u_j\,\check h_{t-1,k};\cr
q=o:&\quad\check s_{t,k}=0,\qquad
  \check h_{t,k}=c^s_j\,\chi_j\,\check h_{t-1,k}+u_j\,\check h_{t-1,k}
  +c^o_j\,v_{t,k}.\cr}\eqlabel{snap-rec}$$
In both lines $\check h_{t,k}$ is $c^s_j$ times the state's entry before
the mask, $f_j\check s_{t-1,k}+\chi_j\check h_{t-1,k}+c^q_jv_{t,k}$ (with
$c^o_j$ taken as zero there), plus the path through the output gate; for
$q=o$ the mask then drops the state's entry. Compared with the internal
RTRL, whose recursion is the first equation with $\chi_j=0$, SnAp-1 adds
the loop of cell $j$'s output back into its own gates.
@^sensitivity recursion@>

@ The gradient of $\ell_t$ is $\Delta_t^{\top}\check H_t$, and since
column $k$ of $\check H_t$ has its one entry in row $j(k)$,
$$\partial\ell_t/\partial\theta_k\approx\Delta_{t,j}\,\check h_{t,k}.\eqlabel{snap-grad}$$
In the code $\Delta_{t,j}$ is |r->Delta[j]|, passed to |snap_row| as |d|.
Unlike the internal RTRL, the output gate's parameters get more than the
one-step gradient: their $\check h$ remembers earlier steps through
$u_j$ and $\chi_j$.

@<Public constants@>=
#define LSTM_RTRL_SNAP1 2

@ The object of the RTRL chapter, an |lstm_rtrl| of |kind| |LSTM_RTRL_SNAP1|, holds the two vectors: $\check s$ at
|S| and $\check h$ at |H|, each $P$ numbers.

@<Count in |big|...@>=
if (kind == LSTM_RTRL_SNAP1) big = 2 * r->cols;

@ @<Point the parts of the RTRL object...@>=
if (kind == LSTM_RTRL_SNAP1) r->H = r->S + r->cols;

@ The six factors of one row of parameters, a |snap_factors| record. The state's row of the
recursion needs $f_j$, $\chi_j$ and $c^q_j$ (|keep|, |cross|, |in_state|), the output's row $c^s_j$, $u_j$
and $c^o_j$ (|from_state|, |self|, |in_out|) (zero for the rows of $a$, $i$, $f$, whose parameters reach
the output only through the state), and |kept| says whether the mask
keeps the state's entry.
@s snap_factors int

@<Private declarations@>=
typedef struct snap_factors {
  double keep, cross, in_state; /* state's row: $f_j$, $\chi_j$, $c^q_j$ */
  double from_state, self, in_out; /* output's row: $c^s_j$, $u_j$, $c^o_j$ */
  int kept; /* 1 for the rows of $a$, $i$, $f$; 0 for those of $o$ */
} snap_factors;
static void snap_row(double *s, double *h, double *g, const double *v,
  size_t len, const snap_factors *c, double d);

@ The factors of the four rows of a cell, those of \implements{snap-rec}, come from the
local derivatives of the cell, found by |cell_factors| into |cell|, and the four diagonal
entries of $U$ for the cell; for a row of $a$, $i$ or $f$, $c^q_j$ is the
factor of its own gate. The four rows share $f_j$, $\chi_j$, $c^s_j$ and
$u_j$, so the section finds them once for the cell, and with them the
tangent inside |cell_factors|, the one call of the C library it makes,
and fills the records |c[0]| to |c[3]| of the rows of $a$, $i$, $f$
and $o$, rows $j$, $n+j$, $2n+j$ and $3n+j$.

@<Find the SnAp-1 factors of the rows of cell |j|@>=
{
  const double *U = net->U;
  double cell[5], cross, self;
  cell_factors(net, g, j, state_prev[j], state[j], cell);
  cross = cell[0] * U[j * n + j] + cell[1] * U[(n + j) * n + j] +
    cell[2] * U[(2 * n + j) * n + j];
  self = cell[4] * U[(3 * n + j) * n + j];
  for (size_t q = 0; q < 4; q++) {
    c[q].cross = cross, c[q].from_state = cell[3], c[q].self = self;
    c[q].kept = q < 3;
    c[q].keep = c[q].kept ? f[j] : 0;
    c[q].in_state = c[q].kept ? cell[q] : 0;
    c[q].in_out = c[q].kept ? 0 : cell[4];
  }
}

@ |snap_row| carries |len| entries of $\check s$ and $\check h$ one
step, by the two equations above \implements{snap-rec} written for both kinds of row at once:
the state's entry |sn| is formed, the output's entry |hn| from it, and then the
mask is applied (|c->kept|). When |g| is not |NULL| it adds $d\,\check h_{t,k}$,
with $d=\Delta_{t,j}$, to the gradient \implements{snap-grad}. Each entry is read and written
once: three multiplications and two additions form the state's entry,
three and two the output's, and one and one add the gradient.

@<Functions@>=
static void snap_row(double *s, double *h, double *g, const double *v,
  size_t len, const snap_factors *c, double d)
{
  for (size_t l = 0; l < len; l++) {
    const double sn = c->keep * s[l] + c->cross * h[l] + c->in_state * v[l];
    const double hn = c->from_state * sn + c->self * h[l] + c->in_out * v[l];
    s[l] = c->kept ? sn : 0;
    h[l] = hn;
    if (g) g[l] += d * hn;
  }
}

@ The step visits the cells in order, and for each its four rows of
parameters, and for each row its three parts in $W$, $U$ and $b$ (at the offsets |at[part]|), with the inputs, the previous outputs and the
constant 1 as sources (|src[part]|: |x|, |out_prev| and |one|). Each
entry of $\check s$, $\check h$ and the gradient belongs to one row and
is touched by no other, so the order in which the rows are visited
changes no bit.

@<Cases of the later kinds...@>=
case LSTM_RTRL_SNAP1:
  for (size_t j = 0; j < n; j++) {
    static const double one = 1;
    const double *src[3] = {x, out_prev, &one};
    const double d = y && grad ? r->Delta[j] : 0;
    snap_factors c[4];
    @<Find the SnAp-1 factors of the rows...@>;
    for (size_t q = 0; q < 4; q++) {
      const size_t row = q * n + j, at[3] = {row * m, 4 * n * m + row * n,
        4 * n * (m + n) + row}, len[3] = {m, n, 1};
      for (int part = 0; part < 3; part++)
        snap_row(r->S + at[part], r->H + at[part],
          y && grad ? grad->theta + at[part] : NULL, src[part], len[part],
          &c[q], d);
    }
  }
  break;

@ Over a whole sequence the method computes what the loop of the RTRL
chapter, |rtrl_run|, computes with |LSTM_RTRL_SNAP1|, one online step
after another, bit for bit; |snap1_grad| takes the steps in blocks, in
|snap1_blocked|, for speed (the chapter on speed says how).

@<Private declarations@>=
static int snap1_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int snap1_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  (void)param;
  return snap1_blocked(net, seq, grad, loss, st, err);
}

@ @<Rows of the method table@>=
{"snap1", 0, 0, snap1_grad,
  "SnAp-1 (Menick et al.): RTRL keeping what one step creates, online",
  LSTM_PER_STEP, LSTM_RTRL_SNAP1, 0},

@*1 Between the internal RTRL and RTRL.
The three online methods are ordered: every term of the gradient that
the internal RTRL keeps, SnAp-1 keeps, and every term that SnAp-1
keeps, RTRL keeps. To make ``term'' precise, unroll the exact recursion
as in the proof that RTRL equals BPTT:
$Z_t=\sum_{\tau\le t}A_t\cdots A_{\tau+1}B_\tau$. Entry $(z,k)$ of
$A_t\cdots A_{\tau+1}B_\tau$ is a sum over the sequences of entries
$z_\tau,z_{\tau+1},\ldots,z_t=z$ of $z$, one at each step, of the products
$$\pi=(B_\tau)_{z_\tau k}\,(A_{\tau+1})_{z_{\tau+1}z_\tau}\cdots
  (A_t)_{z_tz_{t-1}}.$$
Call such a sequence a {\it path\/} of $\theta_k$, from step $\tau$ to
step $t$, and $\pi$ its weight. The exact gradient is
$\sum_t\sum_j\Delta_{t,j}$ times the sum of the weights of all paths of
$\theta_k$ that end at $\out_{t,j}$.
@^paths of the chain rule@>

{\it SnAp-1 keeps the paths whose every entry lies in the mask:\/}
$\check Z_t$'s entry $(z,k)$ is the sum of the weights of the paths of
$\theta_k$ ending at $z$ with $M_{z_\sigma k}=1$ for every $\sigma$. By
induction on $t$: at $t=0$ both sides are $(B_0)_{zk}M_{zk}$; and
$(B_t+A_t\check Z_{t-1})_{zk}M_{zk}$ is $M_{zk}$ times the paths that start
at step $t$ plus, for every $z'$, $(A_t)_{zz'}$ times the kept paths
ending at $z'$ at step $t-1$, which are the kept paths ending at $z$.
For a parameter of $a$, $i$ or $f$ in cell $j$, the kept paths stay on
$\state_j$ and $\out_j$; for one of $o$, on $\out_j$.

{\it The internal RTRL keeps the paths that stay on $\state_j$ until
their last entry.\/} It is the exact RTRL of the cut network, whose
$A_t^{\rm cut}$ is $A_t$ with the columns of $\out_{t-1}$ set to zero
(the previous output reaches step $t$ only through the pre-activations,
which the cut makes blind to it), and whose $B_t$ is the same. A path of
nonzero weight in the cut network never leaves an entry $\out$ before its
end, and from $\state_l$ it can go only to $\state_l$, whose
$\partial\state_{t}/\partial\state_{t-1}=\mathop{\rm diag}(f_t)$ is
diagonal, or to $\out_l$. So its entries are $\state_j$ up to the last
one, which is $\state_j$ or $\out_j$ (for the rows of $o$, whose $B_t$
has no entry at the state, only the path of length zero, $\out_j$ at
step $t$), and every such path has the same weight in both networks. All
of them lie in the mask; hence
$$\hbox{paths of the internal RTRL}\subseteq\hbox{paths of SnAp-1}
  \subseteq\hbox{all paths (RTRL)},$$
and each method's gradient is the sum of the weights of its paths, times
the errors at their ends.\quad\vrule height 5pt width 4pt depth 0pt
@^internal RTRL, SnAp-1 and RTRL@>

@ When do they coincide? {\it With $U=0$ (|net->U| all zero) all three give the exact
gradient.} The previous output enters step $t$ only through $U$, so with
$U=0$ every column of $A_t$ that belongs to an $\out$ is zero, and the
only nonzero entries of the $\state$ columns are $f_j$ on the diagonal
and $c^s_jf_j$ from $\state_j$ to $\out_j$. Every path of nonzero weight
is then one that the internal RTRL keeps, and the three sums are equal.
(This is exercise irtrl.2 again, extended to SnAp-1.) The tests check it
on random networks to $10^{-12}$, against BPTT.

With $U\ne0$ they differ, even for a network of one cell. There the mask
of a parameter of $a$, $i$ or $f$ holds both entries of $z_t$, so SnAp-1
keeps all its paths and is exact for those parameters; but a parameter
of $o$ keeps only the paths that go from output to output,
$\out_\tau\to\out_{\tau+1}\to\cdots$, and loses those that rest in the
state at the end of a step, as
$\out_\tau\to\state_{\tau+1}\to\out_{\tau+2}$. The tests check both halves
of this statement on networks with one cell, and on networks of several
cells whose $U$ is zero except for the entries $U_{q_j,j}$ from each
cell's output into its own gates, where no path can leave a cell. They
also check what SnAp-1 adds to the internal RTRL: with those entries
zero and the rest of $U$ kept, $\chi_j=u_j=0$ (|c.cross| and |c.self|) and the two methods give the
same gradient, to $10^{-12}$.

@ What it costs. Counted as |snap_row| does it, each parameter's pair
of entries of $\check s$ and $\check h$ is read and written once per
step, with seven multiplications and five additions: six and four carry
the pair, one and one add the gradient. The internal RTRL does four and
two on its one entry (|update_row| carries it, and adds the gradient in
a second pass over the row), so SnAp-1 does $7/4$ of its
multiplications. The factors of a cell take $O(1)$ work, so the whole
step is $O(P)$, like a step of BPTT.
The memory is $2P$ numbers, |r->S| and |r->H|, with $11n+2k$ more for the step, independent
of $T$. The rows of $o$ keep their (zero) entries of $\check s$, so that
both vectors are indexed as $\theta$.

Step by step, SnAp-1's two vectors and the gradient, three megabytes at
$m=n=128$, pass through the slower caches at every step, for twelve
operations on each entry. Taking the
sequence in blocks of steps, as the internal RTRL's gradient does,
applies here too (exercise snap1.4); the gradient of a whole sequence
does it, and the chapter on speed measures it against BPTT (the section
``SnAp-1 in blocks of steps'').
@^cost of SnAp-1@>

@*1 Exercises.
\exercise{snap1.1}{15}
Show that for a network with one cell SnAp-1 computes the exact
gradient of every parameter of the rows of $a$, $i$ and $f$, those whose
factors have |kept| set.

\exercise{snap1.2}{20}
Show that SnAp-1 gives the exact gradient of $\ell_0$, and find a
network of two cells for which its gradient of $\ell_1$ is not exact.
Which paths are missing?

\exercise{snap1.3}{30}
SnAp-2 keeps the entries that two steps can make nonzero. Find its
pattern for the cell of this book, and its cost per step when $U$ is
dense.

\exercise{snap1.4}{30}
Write the gradient of a whole sequence for SnAp-1 in blocks of steps, as
|irtrl_grad| does for the internal RTRL, and show that it gives the same
bits as the step-by-step loop. Measure the gain at $m=n=128$.

\exercise{snap1.5}{20}
Write the section |@<Find the SnAp-1 factors of the rows of cell |j|@>| from the
$2\times2$ block of $A_t$ and the column of $B_t$ derived in this chapter.
In the student edition it is a stub that sets every factor to zero;
\.{make student-test} compares the gradient of \.{snap1} with exact RTRL
on dense matrices with the SnAp-1 mask applied after every step, which
the test computes itself from the definition. (The answer is the section
itself.)
