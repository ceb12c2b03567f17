@* The LSTM's own RTRL.
Hochreiter and Schmidhuber did not train the first LSTM with BPTT, nor
with the RTRL of the last chapter, but with a truncated RTRL that fits
the cell's design (1997, {\sl Neural Computation\/} 9(8), Section~4 and
Appendix~A.1). Errors that arrive at the pre-activations of the cell
input and of the gates are used to change the weights that lead into
them, but are not sent further back in time; only inside the cell, along
the state, do errors flow back, through the constant error carousel. In
the appendix this is the approximation that the derivative of every
pre-activation with respect to every output of the previous step is
zero. Gers, Schmidhuber and Cummins (2000, ``Learning to forget,''
{\sl Neural Computation\/} 12(10), equations 3.10--3.12) gave the
sensitivity recursions for the cell with a forget gate, the cell of this
book, and Gers (2001) sets them out again in his thesis. This chapter derives them from the exact RTRL by one deletion,
shows that the result is what BPTT computes when the same path is cut,
and ends with the costs of all the methods side by side.
@^internal RTRL@>
@^truncated RTRL@>
@^Hochreiter, Sepp@>
@^Schmidhuber, J\"urgen@>
@^Gers, Felix@>
@^Cummins, Fred@>
@^constant error carousel@>

@ The approximation is $\partial\hat g_t/\partial\out_{t-1}\approx0$: in
the derivatives, though not in the forward pass, the previous output is
treated as a constant input of the gates. In the exact recursion of the
last chapter, $G_t=D_t+UH_{t-1}$ (eq.~\eqn{rtrl-G}, formed in |r->G|), the second term is exactly the
derivative through $\out_{t-1}$, so the cut deletes it:
$$G_t=D_t.\eqlabel{irtrl-cut}$$
Everything else follows from this one change, and it is the term that
cost $4n^2P$.
In the unrolled network of Figure~4 (bottom) it is the edge from
$\out_{t-1}$ into the gates of step $t$ whose message is dropped.

Column $k$ of $D_t$ has a single nonzero, the source $v_{t,k}$, in the
row $r(k)$ that parameter $k$ belongs to. Write $j(k)$ for the cell of
that row, $r=qn+j$ with gate $q$. If $r$ is a row of $a$, $i$ or
$f$, the recursion for $S_t$ puts a nonzero into column $k$ only in row
$j(k)$, and $\mathop{\rm diag}(f_t)S_{t-1}$ keeps it there; if $r$ is a
row of $o$, column $k$ of $S_t$ stays zero, since the output gate acts
after the state. By induction from $S_{-1}=0$, {\it every column of $S_t$
has at most one nonzero entry}, and $S_t$ can be stored as a vector
$\tilde s_t$ of $P$ numbers, indexed as $\theta$ (Figure~5, the fourth panel), the vector |r->S| of the RTRL object:
$\tilde s_{t,k}=\partial\state_{t,j(k)}/\partial\theta_k$ in the cut
network. This is the quantity Gers and his coauthors carry.
@^sensitivity@>
@!@^internal sensitivities ($\tilde s_t$)@>
@!@^truncation@>

@ The recursion for $\tilde s$ is row $j$ of the one for $S_t$ (|r->S|), with
$G_t=D_t$. For a parameter $\theta_k$ of the row of gate $q$ and cell $j$,
with source $v_{t,k}$ (an input $x_{t,l}$, an output $\out_{t-1,l}$ of
the previous step, or 1 for a bias), and all gates at step $t$ (in |r->g|),
$$\tilde s_{t,k}=f_j\,\tilde s_{t-1,k}+\cases{
  i_j(1-a_j^2)\,v_{t,k},&$q=a$;\cr
  a_j\,i_j(1-i_j)\,v_{t,k},&$q=i$;\cr
  \state_{t-1,j}\,f_j(1-f_j)\,v_{t,k},&$q=f$.\cr}\eqlabel{irtrl-s}$$
This is equations 3.10--3.12 of Gers, Schmidhuber and Cummins, term for
term: their $y^\varphi$ is our $f$, their $g'(net_c)\,y^{in}$ is
$(1-a^2)\,i$, their $g(net_c)\,f'(net_{in})$ is $a\,i(1-i)$, their
$s(t-1)\,f'(net_\varphi)$ is $\state_{t-1}f(1-f)$, and their source
activation $y^m(t-1)$ is $v_{t,k}$. The state's sensitivity decays with
the forget gate and nothing else, as its error does in BPTT.
The recursion has two factors for each row of parameters at each step:
the forget gate $f_j$, which keeps the old sensitivity and which |keep| holds, and the factor
of the source from the cases above, which |coef| holds: the local
derivative $c^a_j$, $c^i_j$ or $c^f_j$ of the cell, of eq.~\eqn{cr-local}
(|@<Local derivatives of a cell@>|), which |local_state| returns in |c[0]|, |c[1]| and |c[2]|. The first
section finds them; the second updates one row of $\tilde s$, a row of
$a$, $i$ or $f$, with them. |lstm_rtrl_step| runs the update for each
row in turn, each time followed by the row's part of the gradient, so
that the row just updated is used again while it is still in the
first-level cache. The gradient of a whole sequence in the chapter on
speed uses the same factors in another order.
@^sensitivity recursion@>
@^blocking for the cache@>

@<Find the factors |keep| and |coef| of the recursion of row |row|@>=
{
  double c[3];
  local_state(net, g, j, state_prev[j], 1, c);
  keep = f[j];
  coef = row < n ? c[0] : row < 2 * n ? c[1] : c[2];
}

@ The update of one row of $\tilde s$ \implements{irtrl-s}, in the cut
network \implements{irtrl-cut}. A cell without a forget gate has $f_j=1$, so |keep| is 1 and an entry
whose source is zero does not change: |keep * y[l] + coef * v[l]| is |y[l]|, bit for
bit, as long as |y[l]| is not $-0$, which a sensitivity never is (it starts
at $+0$, and the product of the positive |keep| with $+0$ is $+0$). With
local inputs only the one entry of the row of $W$ whose input is nonzero
is then updated: $O(n)$ work instead of $O(m)$, which is what makes the
lags of a thousand steps affordable. |local| is set once per step by
|lstm_rtrl_step|: the position of the nonzero input, |m| when there is
none, or |m+1| when the input is not local.
@^local inputs@>

@<Update the internal sensitivities@>=
{
  static const double one = 1;
  double keep, coef;
  @<Find the factors |keep| and |coef|...@>;
  if (keep != 1 || local > m) update_row(S + row * m, x, m, keep, coef);
  else if (local < m) update_row(S + row * m + local, x + local, 1, 1, coef);
  update_row(S + 4 * n * m + row * n, out_prev, n, keep, coef);
  update_row(S + 4 * n * (m + n) + row, &one, 1, keep, coef);
}

@ The three parts of a row of parameters, in $W$, $U$ and $b$, are each
updated by the same operation, |y[l] = keep * y[l] + coef * v[l]| on a run of
entries: the row's sensitivities |y| and their sources |v|, which are |x|, |out_prev| and 1. |update_row| does it, and the gradient below uses it too.

@<Private declarations@>=
static void update_row(double *y, const double *v, size_t len, double keep,
  double coef);

@ @<Functions@>=
static void update_row(double *y, const double *v, size_t len, double keep,
  double coef)
{
  for (size_t l = 0; l < len; l++) y[l] = keep * y[l] + coef * v[l];
}

@ The gradient of $\ell_t$ follows from $H_t$, which in the cut network
has the same shape as $S_t$. For a parameter of the rows of $a$, $i$,
$f$, $H_t$'s entry is $o_j(1-\tanh^2\state_{t,j})\,\tilde s_{t,k}$, and
the gradient is
$${\partial\ell_t\over\partial\theta_k}=\Delta^s_{t,j}\,\tilde s_{t,k},\qquad
  \Delta^s_{t,j}=\Delta_{t,j}\,o_j\bigl(1-\tanh^2\state_{t,j}\bigr),\eqlabel{irtrl-grad}$$
where $\Delta^s_t$ is the error that reaches the state through the output at
step $t$, Gers's $e_s(t)$, held in |err_state|. For a parameter of the output gate, $S_t$
contributes nothing, $G_t=D_t$, and the gradient is the one-step one,
$$\partial\ell_t/\partial\theta_k=\Delta_{t,j}\tanh(\state_{t,j})\,
  o_j(1-o_j)\,v_{t,k},\eqlabel{irtrl-ograd}$$
which needs nothing carried from earlier steps; its factor $\Delta_{t,j}\tanh(\state_{t,j})o_j(1-o_j)$ is |err_out[j]|. The code adds the part
of one row of parameters, of any of the four gates, to |grad->theta| at |Wat|, |Uat| and |bat|, the row's places in $W$, $U$ and $b$: \implements{irtrl-grad}
or \implements{irtrl-ograd}.
@^one-step gradient@>
@!@^state error of the internal RTRL ($\Delta^s_t$)@>

@<Add the internal gradient of $\ell_t$@>=
{
  static const double one = 1;
  double *gr = grad->theta;
  const size_t Wat = row * m, Uat = 4 * n * m + row * n,
    bat = 4 * n * (m + n) + row;
  if (row < 3 * n) {
    const double e = err_state[j];
    update_row(gr + Wat, S + Wat, m, 1, e);
    update_row(gr + Uat, S + Uat, n, 1, e);
    update_row(gr + bat, S + bat, 1, 1, e);
  } else {
    const double e = err_out[j];
    update_row(gr + Wat, x, m, 1, e);
    update_row(gr + Uat, out_prev, n, 1, e);
    update_row(gr + bat, &one, 1, 1, e);
  }
}

@ The two errors of each cell are computed once per step, before the
rows: $\Delta^s_{t,j}=\Delta_{t,j}c^s_j$ \implements{irtrl-grad} into |err_state|, the factor of the
output gate's one-step gradient, $\Delta_{t,j}c^o_j$, into |err_out|; |local_out| with |Delta[j]| as its scale gives both.

@<Compute the errors at the cells' states...@>=
for (size_t j = 0; j < n; j++) {
  double c[2];
  local_out(net, g, j, state[j], Delta[j], c);
  err_state[j] = c[0];
  err_out[j] = c[1];
}

@ What it costs. Every entry of $\tilde s$ is updated once per step with
two multiplications and an addition by |update_row|, and every entry of the gradient
receives one product: $O(P)$ work per step, the same order as a step of
the forward pass or of BPTT. The memory is $\tilde s$, |r->S|, $P$ numbers, and
a few vectors of $n$ and $k$ (|r->g|, |r->state|, |r->out|, |r->Delta|, |err_state|, |err_out|; the gradient of a whole sequence in the
chapter on speed keeps those of a block of $B$ steps):
$O(P)$, independent of $T$. (The vector
also has room for the rows of the output gate, which stay zero; keeping
$\tilde s$ indexed exactly as $\theta$ is worth the quarter.) The
LSTM's truncation thus has BPTT's cost per step, RTRL's independence of
the sequence length, and RTRL's online gradient, at the price of
exactness.
@^cost of RTRL@>

@*1 The internal RTRL in the method table.
The method table asks, through its field |grad|, for the gradient of a whole sequence with the
weights held fixed, and wants it only at the end. The loop of exact RTRL,
one |lstm_rtrl_step| after another, computes it: that is the plain loop
of this chapter, the recursion as derived, and the online object a
training loop uses. The method table's \.{irtrl} runs |irtrl_grad|
instead, of the chapter on speed: the same arithmetic in another order,
the forward pass run ahead by blocks of steps and each row of $\tilde s$
carried through a block while it is in the first-level cache. It gives
the gradient of the step-by-step loop bit for bit, as that chapter
proves and the tests check, and it is faster, by the measurements
there.
@^internal RTRL, blocked@>

@ @<Rows of the method table@>=
{"irtrl", 0, 0, irtrl_grad,
  "the LSTM's internal, truncated RTRL (Hochreiter-Schmidhuber)",
  LSTM_PER_STEP, LSTM_RTRL_INTERNAL, 0},

@*1 What the truncation computes.
The internal RTRL is exact for a slightly different computation. Let
$L^{\rm cut}(\theta)$ be the loss of the network in which $\out_{t-1}$,
where it enters the pre-activations of step $t$, is replaced by a
constant equal to its value in the forward pass; the forward values do
not change, only what the derivative sees. The claim is that the
internal RTRL computes $dL^{\rm cut}/d\theta$, and so does BPTT with the
message $\Dout_{t-1}=U^{\top}\delta\gates_t$ suppressed at every step,
which is the |cut| option of the backward walk, |lstm_backward_opts| with |opts->cut| set. The code has two
independent implementations of the same gradient, one forward and one
backward, and the tests require them to agree to rounding.
@^cut BPTT@>

{\it Proof.} In the cut network the derivative of $\hat g_t$ with respect
to $\theta$ is $D_t$ alone, so the forward chain rule of the last chapter,
applied to the cut network, is exactly the recursion above with
$G_t=D_t$: the internal RTRL is the exact RTRL of the cut network. The
backward chain rule applied to the cut network loses the edge from
$\out_{t-1}$ to the gates of step $t$, so $\delta\out_t=\Delta_t$, with no
$\Dout_t$ (|Dout| stays zero), and every other equation of the summary of the chain-rule
chapter stands; that is BPTT with the cut option. The proof that RTRL
equals BPTT holds for any network built of steps, and so for the cut
one: the two compute the same $dL^{\rm cut}/d\theta$.

The argument can also be checked by hand, since everything is explicit.
For a parameter $\theta_k$ of the rows of $a$, $i$ or $f$ of cell $j$,
unrolling the recursion for $\tilde s$ gives
$\tilde s_{t,k}=\sum_{\tau\le t}\bigl(\prod_{\tau<\tau'\le t}
f_{\tau',j}\bigr)c_{\tau,k}v_{\tau,k}$, with $c_{\tau,k}$ the local factor
of the cases above, so the internal RTRL's gradient is
$$\sum_t \Delta^s_{t,j}\tilde s_{t,k}=\sum_\tau c_{\tau,k}v_{\tau,k}
  \sum_{t\ge\tau}\Bigl(\prod_{\tau<\tau'\le t}f_{\tau',j}\Bigr)\Delta^s_{t,j}
  =\sum_\tau c_{\tau,k}v_{\tau,k}\,\delta\state^{\rm cut}_{\tau,j},$$
because the cut BPTT's $\delta\state^{\rm cut}_\tau=\Delta^s_\tau+
\delta\state^{\rm cut}_{\tau+1}\odot f_{\tau+1}$ unrolls to the inner
sum. And $c_{\tau,k}\,\delta\state^{\rm cut}_{\tau,j}$ is the cut BPTT's
gate delta of row $r(k)$, so the right-hand side is its
$\sum_\tau\delta\gates_\tau v_\tau$. For the output gate both methods
give the one-step gradient.\quad\vrule height 5pt width 4pt depth 0pt
@^internal RTRL equals cut BPTT@>

@ What is lost. With the cut, $\Delta_t$ reaches the weights of earlier
steps only along the states, and only within a cell: the error of cell
$j$ (|err_state[j]|) changes the weights into cell $j$'s own rows and no others. The
recurrent weights $U$ keep more than a one-step gradient: their rows of
$a$, $i$ and $f$, like those of $W$, are carried in $\tilde s$ through the
cell's own state to every later loss. What is lost, for every weight, is
the path through $\out_{t-1}$ into the gates of step $t$. A network that must learn to carry
information from one cell's output at step $t-1$, through the gates of
another cell, to a loss at a later step gets no signal for it; the
hope of the design is that the cells' states, which keep their errors
for as long as the forget gates stay open, carry what matters. On the
worked example, which has one cell, the cut changes the gradient: BPTT's
error at $\out_0$ is $\Delta_0+\Dout_0$, the cut's only $\Delta_0$ (|Dout|
stays zero when |opts->cut| is set).
@^truncation, what is lost@>

@*1 The methods compared.
\input hybrid
Here are the costs of the methods for one sequence of $T$ steps, with
$n$ cells, $m$ inputs, $k$ predictions and $P=4n(m+n+1)$ parameters in the
cells, as derived in the chapters that implement them (the |lstm_stats| a method returns give its memory as |work_bytes|). ``Time'' is the
work per step, ``memory'' what the method keeps beyond the network and the
gradient, and a method is online when each step's gradient is known at
that step.\tablelabel{costs}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad#\hfil\quad
  &\vrule#&\quad#\hfil\quad&\vrule#&\quad#\hfil\quad&\vrule#&\quad#\hfil\cr
\bf method&&\bf time per step&&\bf memory&&\bf online&&\bf exact\cr
\noalign{\hrule}
\.{bptt}&&$O(P)$&&$T(12n+k)$ numbers&&no&&yes\cr
\.{tbptt:}$K$&&$O(P)$&&$O(Kn)$ streaming&&per window&&only if $K\ge T$\cr
\.{rtrl}&&$O(n^2P)$&&$(3n+4)P$ numbers&&yes&&yes\cr
\.{irtrl}&&$O(P)$&&$P$ numbers&&yes&&no\cr
\.{snap1}&&$O(P)$&&$2P$ numbers&&yes&&no\cr
\.{uoro}&&$O(P)$&&$P+10n+1$ numbers&&yes&&on average\cr
\.{hybrid:}$H$&&$O(nP+n^2P/H)$, $n^{\hybridexp}$&&$4nP+H(m+12n+2)$&&per block&&yes\cr
\.{eprop}&&$O(P)$&&$P$ numbers&&yes&&no\cr
\.{eprop:random}&&$O(P)$&&$P+kn$ numbers&&yes&&no\cr}}$$
BPTT's time is the forward step, $P$ multiply--adds for the
pre-activations, and the backward step, $P$ for $U^{\top}\delta\gates_t$
and $P$ for the three outer products; its memory is the trace of this
book, an |lstm_trace|, $12n+k$ numbers a step (its |stride|), of which only $6n+k$ are forward values
that a BPTT must keep (the rest are the backward results it keeps for
the gradient and for the reader). Truncated
BPTT does the same work per step, since every step is visited backward
once; a streaming implementation needs only the rows of one window (this
book's keeps the whole trace, as its chapter explains), and the gradient
of a window is known at the window's end. Exact RTRL's $4n^2P$ is the
product $UH_{t-1}$, and its memory the three sensitivity matrices |r->S|, |r->H| and |r->Hprev|, and
four rows of scratch, |r->G|. The internal RTRL touches each entry of $\tilde s$
and of the gradient a constant number of times per step, and keeps
$\tilde s$ in |r->S|. SnAp-1 and UORO, of the next two chapters, do the same with
two vectors of $P$ numbers, and one of $P$ and a few of $n$.
Schmidhuber's hybrid, three chapters on, computes exact RTRL's gradient
at the end of blocks of $H$ steps (by default $2n$) for one factor of $n$
less time; its time per step measured against $n$ grows as the power
the table gives. E-prop, of the chapter after it, is the internal RTRL in
its symmetric form, and keeps $kn$ numbers more in its random one. All of them
need $O(n+k)$ numbers more for the current state,
output and output-layer error, and the gradient itself, $P$ numbers plus
the output layer's, is the caller's.
@^cost of the methods@>

@ The numbers make the difference concrete. For a network with
$m=n=100$, $P=80{,}400$. A step of BPTT costs about $3P\approx2.4\times10^5$
multiply--adds; a step of exact RTRL about $4n^2P\approx3.2\times10^9$,
more than ten thousand times as much, and its sensitivities take
$(3n+4)P\approx2.4\times10^7$ numbers, 196 megabytes. BPTT's trace for
the same network, without an output layer, holds $12n=1200$ numbers per
step, 9.6 kilobytes, so this book's BPTT uses less memory than exact RTRL
until the sequence has about 20,400 steps; a BPTT that keeps only the
$6n=600$ forward values a step uses less until about 40,700 steps. The internal RTRL keeps $P$ numbers, 643 kilobytes,
whatever the length.

@ The introduction set BPTT against RTRL in a table of pros and cons.
With the facts of these chapters, and with the two truncated methods
beside them, it reads as follows.\tablelabel{proscons}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\enspace&\vrule#&\enspace#\hfil
  \enspace&\vrule#&\enspace#\hfil\enspace&\vrule#&\enspace#\hfil\enspace
  &\vrule#&\enspace#\hfil\cr
&&\bf BPTT&&\bf truncated BPTT&&\bf RTRL&&\bf internal RTRL\cr
\noalign{\hrule}
computes&&$dL/d\theta$&&$dL_K/d\theta$&&$dL/d\theta$&&$dL^{\rm cut}/d\theta$\cr
checked against&&differences of $L$&&differences of $L_K$&&differences
  of $L$&&cut BPTT\cr
errors reach back&&to step 0&&to the window's start&&to step 0&&to step 0,
  in the cell\cr
online&&no&&per window&&every step&&every step\cr
memory&&grows with $T$&&grows with $K$&&$O(nP)$, fixed&&$O(P)$, fixed\cr
time per step&&$O(P)$&&$O(P)$&&$O(n^2P)$&&$O(P)$\cr}}$$
BPTT and exact RTRL compute the same number, and the tests find them
equal to about fifteen digits. RTRL's exactness ends when the weights
change between steps, and so does BPTT's meaning, since BPTT has no
online form at all. The inexact methods cannot be checked against
finite differences of $L$, but each is the exact gradient of a precisely
defined function, and is checked against a second computation of it.
Exact RTRL's memory is independent of $T$, but it is $n$ times the
network, more than BPTT needs for all but very long sequences. The
LSTM's internal RTRL is the only method that is online, fixed in memory
and as cheap per step as BPTT, which is why Hochreiter and Schmidhuber
chose it; its price is every error that would flow back through the
recurrent connections.
@^pros and cons@>

Later methods try to keep RTRL's online gradient at a lower price
without the LSTM's cut. SnAp-1 (Menick et al.\ 2021) keeps only the
entries of the sensitivities that one step can make nonzero, which for
the LSTM is the internal RTRL and the loop of each cell's output through
its own gates; UORO (Tallec and Ollivier 2018a) keeps all of them, as a
random matrix of rank one that is right on average. The next two
chapters derive both, and the chapter ``How good is each gradient''
measures how far each method's gradient is from the exact one. Marschall,
Cho and Savin (2020, {\sl Journal of Machine Learning Research\/} 21)
survey these methods in one framework, for networks without gates.
@^UORO@>
@^SnAp@>

@*1 Exercises.
\exercise{irtrl.1}{10}
How much memory (the |bytes| of its |lstm_rtrl|) does the internal RTRL need for the network of exercise
rtrl.1?

\exercise{irtrl.2}{15}
Show that the internal RTRL computes the exact gradient of $L$ when
$U=0$.

\exercise{irtrl.3}{20}
Write the section |@<Find the factors |keep| and |coef|...@>| from the
recursion for $\tilde s$. In the student edition it is a stub, and both
the online step and the gradient of a whole sequence use it;
\.{make student-test} compares the gradient of \.{irtrl} with finite
differences of the loss of the cut network, which the test computes
itself. (The answer is the section itself.)

\exercise{irtrl.4}{30}
Extend the internal RTRL to the peephole connections of exercise
forward.4 (Gers, Schraudolph and Schmidhuber 2002 give the recursions),
and check it against cut BPTT extended as in exercise bptt.4.

\exercise{irtrl.5}{40}
The chapter on SnAp-1 implements SnAp-1 and compares its gradient
with the internal RTRL's. Train with both on the lag task at $p=50$,
ten seeds each, with
\.{lstm train} (|lstm_train_task|); does SnAp-1's extra loop through $U_{jj}$ change how
often or how fast the task is solved? Give the number of seeds and an
interval.
@^SnAp@>
