@* The chain rule.
The forward pass of the previous chapter turns a sequence of inputs
$x_0,\ldots,x_{T-1}$ and the parameters $W$, $U$, $b$ into a sequence of
outputs and a single number, the loss~$L$. Training by gradient descent
needs the gradient of $L$ with respect to every parameter. This chapter
derives that gradient by hand, in vector form, using nothing but the chain
rule of calculus applied to the network unrolled in time. The result is the
algorithm called {\it backpropagation through time\/} (Werbos 1990,
``Backpropagation through time: what it does and how to do it,''
{\sl Proc.\ IEEE\/} 78(10)). The next chapter turns the equations derived
here into code, and the reader who wants to check that code line by line
should find every line of it justified below.

The cell is the long short-term memory of Hochreiter and Schmidhuber (1997,
{\sl Neural Computation\/} 9(8)), with the forget gate added by Gers,
Schmidhuber and Cummins (2000, ``Learning to forget,'' {\sl Neural
Computation\/} 12(10)). Graves and Schmidhuber (2005) were the first to
train this cell with the full gradient by BPTT, and Graves (2012,
chapter~4) derives that gradient in the notation of units and weights;
this chapter derives it in vector form. Nothing in the derivation is specific to the LSTM
except the local derivatives; the bookkeeping is the same for any recurrent
network.

The plan: we restate the forward equations and draw them as a graph;
we state the chain rule in the form we need; then we walk backward through
one step of the graph, from the loss to the weights, one node at a time.
An aside rederives everything from a Lagrangian, and a final summary
collects the equations in one place.
@^backpropagation through time@>
@^chain rule@>
@^Werbos, Paul J.@>
@^Hochreiter, Sepp@>
@^Schmidhuber, J\"urgen@>
@^Gers, Felix@>

@ The forward equations, once more (eqs.~\eqn{fwd-pre}--\eqn{fwd-loss} of
the forward-pass chapter). The network has $m$ inputs and $n$
cells; $t$ runs over the steps $0,1,\ldots,T-1$. At each step the four
pre-activations are computed together, by |lstm_step|, from the input and the previous
output,
$$\pmatrix{\hat a_t\cr \hat\imath_t\cr \hat f_t\cr \hat o_t\cr}
  =W x_t+U\,{\it out}_{t-1}+b,$$
where $W$ is $4n\times m$, $U$ is $4n\times n$ and $b$ has $4n$ entries
(|net->W|, |net->U| and |net->b|, views into |net->theta|),
their rows in the gate order $a$, $i$, $f$, $o$. Writing $W_a$, $W_i$,
$W_f$, $W_o$ for the four blocks of $n$ rows of $W$, and likewise for $U$
and $b$, the first line says $\hat a_t=W_a x_t+U_a{\it out}_{t-1}+b_a$, and
so on. Then
$$\eqalign{
a_t&=\tanh(\hat a_t),\qquad i_t=\sigma(\hat\imath_t),\qquad
  f_t=\sigma(\hat f_t),\qquad o_t=\sigma(\hat o_t),\cr
{\it state}_t&=a_t\odot i_t+f_t\odot{\it state}_{t-1},\cr
{\it out}_t&=\tanh({\it state}_t)\odot o_t,\cr}$$
with ${\it state}_{-1}={\it out}_{-1}=0$. Here $\sigma(z)=1/(1+e^{-z})$ is
the logistic function, $\tanh$ and $\sigma$ act on each entry of a vector
separately, and $\odot$ is the entrywise product. The loss, which
|lstm_forward| returns, is
$$L=\sum_{t=0}^{T-1}\ell_t,\qquad
  \ell_t={1\over2}\bigl\Vert{\it out}_t-y_t\bigr\Vert^2,$$
where $\ell_t=0$ at a step that has no target~$y_t$.

@ Figure 2 draws these equations as a computation graph. Every node is a
vector (or, for $\ell_t$, a number), and an arrow from $u$ to $v$ means
that $u$ is one of the arguments of the function that computes~$v$; a
node $\odot$ is an entrywise product and a node $+$ a sum. The $+$ at the
left adds $Wx_t$, $U{\it out}_{t-1}$ and $b$, three vectors of $4n$
entries, and its result is the tall box, the stacked vector of the four
pre-activations: every one of its four cells gets its own rows of all
three terms. Each cell feeds one gate through one nonlinearity. The
state is the sum of two products, $a_t\odot i_t$ and
$f_t\odot{\it state}_{t-1}$, and the output the product of
$\tanh({\it state}_t)$ and~$o_t$. One arrow crosses another without
touching it: the product $a_t\odot i_t$ passes over the forget gate's
way to its product.

The grey part is step $t+1$, which is a copy of step $t$ using the {\it
same\/} $W$, $U$ and~$b$. Only two arrows, drawn thicker, leave step $t$
for the future: ${\it out}_t$ enters the pre-activations of step $t+1$
through~$U$, and ${\it state}_t$ enters the product with $f_{t+1}$ on
its way to ${\it state}_{t+1}$. Everything that step $t$ does to the losses
$\ell_{t+1},\ell_{t+2},\ldots$ travels along these two arrows, and that is
why the backward pass needs to carry exactly two vectors from step to step,
|Dout| and |carry| in the code.
\topfigure{compgraph-1.mps}{\bf Figure 2.\rm\enspace One step of the LSTM as a
  computation graph, and its links to step $t+1$ (grey).}
@!@^computation graph@>

@ Some notation. For any quantity $v$ of the computation, $\delta v$
denotes $\partial L/\partial v$, the derivative of the loss with respect
to~$v$ when everything downstream of $v$ is allowed to change with it.
It is a {\it total\/} derivative: it accounts for every path from $v$ to
$L$ in Figure~2, not only the direct ones. We arrange $\delta v$ in the
same shape as~$v$: if $v$ is a vector of $n$ entries, so is $\delta v$,
and $\delta W$ is a $4n\times m$ matrix whose entry $(j,k)$ is
$\partial L/\partial W_{jk}$, held in |grad->W|.

One convention needs care. For the gates, $\delta$ refers to the
pre-activation, not to the gate itself:
$$\delta a_t={\partial L\over\partial\hat a_t},\qquad
  \delta i_t={\partial L\over\partial\hat\imath_t},\qquad
  \delta f_t={\partial L\over\partial\hat f_t},\qquad
  \delta o_t={\partial L\over\partial\hat o_t},\qquad
  \delta{\it gates}_t=\pmatrix{\delta a_t\cr\delta i_t\cr
    \delta f_t\cr\delta o_t\cr}.$$
The pre-activations are where the weights enter, so these are the
quantities we need; the vector $\delta{\it gates}_t$ has $4n$ entries in
the same order as the rows of~$W$, the row |dg| of the trace. When we need the derivative with
respect to the gate value we write it out in full, as $\partial L/\partial
a_t$.

@ The chain rule on a graph. Let $v$ be a node and let $u_1,\ldots,u_k$
be its children, the nodes computed directly from~$v$. The loss depends
on $v$ only through the children, so
$$\delta v=\sum_{j=1}^k\Bigl({\partial u_j\over\partial v}\Bigr)^{\!\top}
  \delta u_j,$$
where $\partial u_j/\partial v$ is the Jacobian matrix of the function that
computes $u_j$, taken with its other arguments held fixed. Two features of
this formula make backpropagation cheap. First, the $\delta u_j$ on the
right are themselves total derivatives, so each already includes all paths
from $u_j$ to~$L$; we sum over the children of $v$, never over the
(exponentially many) paths. Second, if we visit the nodes in the reverse
of the order in which the forward pass computed them, each $\delta u_j$ is
known by the time $\delta v$ needs it.

Only three kinds of local function occur in the LSTM, and each has a
simple Jacobian. The term that a child $u$ contributes to $\delta v$ is
$$\eqalign{
u=g(v)\hbox{ entrywise}&\quad\Longrightarrow\quad g'(v)\odot\delta u,\cr
u=p\odot v&\quad\Longrightarrow\quad p\odot\delta u,\cr
u=Mv+\cdots&\quad\Longrightarrow\quad M^{\top}\delta u,\cr}$$
where $p$ and $M$ do not depend on~$v$.
In the first two cases the Jacobian is diagonal, so it equals its own
transpose and multiplying by it is an entrywise product.
@^chain rule@>
@^Jacobian matrix@>

@ The two nonlinearities have derivatives that can be written in terms of
their own values. For the logistic function,
$$\sigma'(z)={e^{-z}\over(1+e^{-z})^2}
  ={1\over1+e^{-z}}\cdot{e^{-z}\over1+e^{-z}}
  =\sigma(z)\bigl(1-\sigma(z)\bigr),\eqlabel{cr-sigma}$$
because $1-\sigma(z)=e^{-z}/(1+e^{-z})$. For the hyperbolic tangent,
$\tanh z=(e^z-e^{-z})/(e^z+e^{-z})$, and the quotient rule gives
$$\tanh'(z)={(e^z+e^{-z})^2-(e^z-e^{-z})^2\over(e^z+e^{-z})^2}
  =1-\tanh^2 z.\eqlabel{cr-tanh}$$
So if $i_t=\sigma(\hat\imath_t)$ then $\sigma'(\hat\imath_t)=i_t(1-i_t)$,
and if $a_t=\tanh(\hat a_t)$ then $\tanh'(\hat a_t)=1-a_t^2$: the backward
pass never needs the pre-activations themselves, only the gate values that
the forward pass produced anyway (|lstm_gates(tr, t)|). For the other $\tanh$ in the cell we
write $\tanh'({\it state}_t)=1-\tanh^2({\it state}_t)$, which needs
$\tanh({\it state}_t)$, either kept from the forward pass or computed again
from ${\it state}_t$; this book computes it again, as |th| in |local_out|.
@!@^local derivatives of the cell@>

@ We start at the loss. The term $\ell_t$ depends on ${\it out}_t$ alone,
and
$${\partial\ell_t\over\partial{\it out}_t}={\it out}_t-y_t=\Delta_t,\eqlabel{cr-Delta}$$
which defines $\Delta_t$, the error injected at step~$t$; at a step without
a target, $\Delta_t=0$. When the network has the optional output layer
$\hat y_t=V{\it out}_t+b_y$ described near the end of the previous chapter,
the loss is a function of $\hat y_t$, whose one child is $\ell_t$; the
error $e_t=\partial\ell_t/\partial\hat y_t$ at the prediction is
$\hat y_t-y_t$ for the squared error, and $p_t-y_t$ for the softmax
probabilities $p_t$ with the cross-entropy and targets that sum to~1
(the previous chapter derives it). The third rule of the table above,
with $M=V$, and the argument of the shared weights below give
$$\Delta_t=V^{\top}e_t,\qquad \delta V=\sum_t e_t\,{\it out}_t^{\top},
  \qquad \delta b_y=\sum_t e_t,\eqlabel{cr-output}$$
the sums over the steps with a target; nothing else in this chapter
changes.
In the code |lstm_output_backward_x| computes these: it leaves $e_t$ in
its argument |e| (the trace's |tr->e|), adds $\Delta_t$ to |dout|, and
adds $e_t\,{\it out}_t^{\top}$ and $e_t$ to |grad->V| and |grad->c|,
which hold $\delta V$ and $\delta b_y$; without an output layer it adds
$\Delta_t={\it out}_t-y_t$, |out[j] - y[j]|, to |dout| directly.
@!@^error of the loss ($\Delta_t$)@>
@^output layer@>

@ The derivative with respect to ${\it out}_t$. Figure 2 shows two
children of ${\it out}_t$: the loss term $\ell_t$, and the sum that makes
the stacked pre-activation vector of step $t+1$, which is
$Wx_{t+1}+U{\it out}_t+b$ and so has Jacobian $U$ with respect to
${\it out}_t$. The chain rule of the previous sections gives
$$\delta{\it out}_t=\Delta_t+\Delta{\it out}_t,\qquad
  \Delta{\it out}_t=U^{\top}\delta{\it gates}_{t+1}
  =U_a^{\top}\delta a_{t+1}+U_i^{\top}\delta i_{t+1}
   +U_f^{\top}\delta f_{t+1}+U_o^{\top}\delta o_{t+1}.\eqlabel{cr-dout}$$
The first term is the error made at step $t$ itself; the second,
$\Delta{\it out}_t$, is the part of $\delta{\it out}_t$ that comes back
from the future through the recurrent weights. At the last step there is
no step $T$, so $\Delta{\it out}_{T-1}=0$.
In |lstm_backward| the two terms meet in the array |dout| of the trace,
|lstm_dout(tr, t)|: |Dout| holds $\Delta{\it out}_t$ and is copied in
first, and the output layer adds $\Delta_t$ to it.

Note that ${\it out}_t$ does not appear in $\ell_{t+1}$, nor in
${\it state}_{t+1}$, except through the gates of step $t+1$; so these two
terms are all there is. Note also the direction of the dependence:
$\delta{\it out}_t$ needs $\delta{\it gates}_{t+1}$, a quantity of the
{\it later\/} step. This is what forces the computation to run backward
in time.
@!@^error at the cell output ($\delta\out_t$)@>
@!@^recurrent error ($\Dout_t$)@>

@ The derivative with respect to ${\it state}_t$. Again there are two
children. The first is ${\it out}_t=\tanh({\it state}_t)\odot o_t$, whose
Jacobian with respect to ${\it state}_t$ is the diagonal matrix of
$o_t\odot\tanh'({\it state}_t)$. The second is
${\it state}_{t+1}=a_{t+1}\odot i_{t+1}+f_{t+1}\odot{\it state}_t$, whose
Jacobian is the diagonal matrix of $f_{t+1}$. (The gates of step $t+1$ are
computed from ${\it out}_t$, not from ${\it state}_t$, so they are not
children of ${\it state}_t$.) Hence
$$\delta{\it state}_t=\delta{\it out}_t\odot o_t\odot
  \bigl(1-\tanh^2({\it state}_t)\bigr)
  +\delta{\it state}_{t+1}\odot f_{t+1},\eqlabel{cr-dstate}$$
where the second term is absent at $t=T-1$.
The code keeps $\delta{\it state}_t$ in |dstate[j]|, a row of the
trace (|lstm_dstate(tr, t)|), and the second term arrives from step
$t+1$ as |carry[j]|, the product |dstate[j] * f[j]| that step $t+1$
formed.

The second term is the reason the LSTM was designed the way it was. Along
the chain ${\it state}_{t+1}\to{\it state}_t\to{\it state}_{t-1}\to\cdots$
the error is multiplied entrywise by the forget gates and by nothing else:
no weight matrix and no derivative of a squashing function. When the
forget gates stay near~1 the error travels back over many steps without
shrinking or growing, which is the ``constant error carousel'' of
Hochreiter and Schmidhuber. (The chapter {\it Inside a trained network\/} measures
it, in Figures 16 and~17.) The forget gate of Gers, Schmidhuber and
Cummins lets the cell learn when to discard its contents, at the price
that the carousel leaks wherever $f<1$. By contrast, error that goes
through ${\it out}$ is multiplied at each step by $U^{\top}$ and by gate
derivatives, and over many steps such products tend to vanish or explode
(Hochreiter 1991; Bengio, Simard and Frasconi 1994).
@!@^error at the cell state ($\delta\state_t$)@>
@!@^constant error carousel@>
@^forget gate@>
@!@^vanishing gradient@>
@!@^exploding gradient@>

@ The derivatives of the gates. Each gate has exactly one child:
$a_t$, $i_t$ and $f_t$ feed ${\it state}_t$, and $o_t$ feeds
${\it out}_t$. For $a_t$, the Jacobian of
${\it state}_t=a_t\odot i_t+f_t\odot{\it state}_{t-1}$ with respect to
$a_t$ is the diagonal matrix of $i_t$, so $\partial L/\partial a_t=
\delta{\it state}_t\odot i_t$; one more application of the chain rule,
through $a_t=\tanh(\hat a_t)$, multiplies by $1-a_t^2$. The other three are
found the same way:
$$\eqalign{
\delta a_t&=\delta{\it state}_t\odot i_t\odot(1-a_t^2),\cr
\delta i_t&=\delta{\it state}_t\odot a_t\odot i_t\odot(1-i_t),\cr
\delta f_t&=\delta{\it state}_t\odot{\it state}_{t-1}\odot f_t
  \odot(1-f_t),\cr
\delta o_t&=\delta{\it out}_t\odot\tanh({\it state}_t)\odot o_t
  \odot(1-o_t).\cr}\eqlabel{cr-dgates}$$
Three gates act before the state and are driven by
$\delta{\it state}_t$; the output gate acts after it and is driven by
$\delta{\it out}_t$. Since ${\it state}_{-1}=0$, we always have
$\delta f_0=0$: at the first step there is nothing to forget, and the
forget gate there gets no gradient.
The four deltas lie side by side in the trace's row |dg|
(|lstm_dgates(tr, t)|), in the order of the gates: |dg[j]| is $\delta
a_{t,j}$, |dg[n + j]| is $\delta i_{t,j}$, |dg[2 * n + j]| is $\delta
f_{t,j}$ and |dg[3 * n + j]| is $\delta o_{t,j}$.
@!@^gate deltas ($\delta\gates_t$)@>

@ The local derivatives of the cell. The two sections above multiplied
the errors by five numbers of each cell $j$ and step $t$, all of them
derivatives of one node of the step with respect to a parent, taken
with the other parents held fixed:
$$\eqalign{c^a_j&=\partial\state_{t,j}/\partial\hat a_{t,j}=i_j(1-a_j^2),\cr
  c^i_j&=\partial\state_{t,j}/\partial\hat\imath_{t,j}=a_j\,i_j(1-i_j),\cr
  c^f_j&=\partial\state_{t,j}/\partial\hat f_{t,j}
    =\state_{t-1,j}\,f_j(1-f_j),\cr}\qquad
  \eqalign{c^s_j&=\partial\out_{t,j}/\partial\state_{t,j}
    =o_j\bigl(1-\tanh^2\state_{t,j}\bigr),\cr
  c^o_j&=\partial\out_{t,j}/\partial\hat o_{t,j}
    =\tanh(\state_{t,j})\,o_j(1-o_j),\cr}\eqlabel{cr-local}$$
with all gates at step $t$. They are the diagonals of the Jacobians of
the step, and every method of this book uses them: BPTT multiplies
errors by them going backward, $\delta a_t=\delta\state_t\odot c^a$ and
$\delta\state_t=\delta\out_t\odot c^s+\cdots$; the RTRL methods of later
chapters multiply sensitivities by them going forward. So they are
derived here once and computed in one place, by two functions: one for
the three gates that act before the state, one for the two factors that
act after it.
They are |local_state|, which returns $c^a_j$, $c^i_j$ and $c^f_j$ in
|c[0]|, |c[1]| and |c[2]|, and |local_out|, which returns $c^s_j$ and
$c^o_j$ in |c[0]| and |c[1]|; |cell_factors| calls both.
@^local derivatives of the cell@>
@^Jacobian matrix@>

@<Functions@>=
@<Local derivatives of a cell@>@;

@ |local_state| puts $c^a_j$, $c^i_j$, $c^f_j$, each times |scale|, into
|c|, for the gates |g| of a step (stacked as $a$, $i$, $f$, $o$, $n$
each) and the previous state of cell |j|; |local_out| puts $c^s_j$ and
$c^o_j$ times |scale|, given $\state_{t,j}$. For the network of 1997
(the chapter {\it Experiment 2a as published\/}) two factors change with
the squashing functions: with $a=\sigma(\hat a)$ the cell input's
derivative is $a(1-a)$ instead of $1-a^2$, so $c^a_j=i_j\,a_j(1-a_j)$;
with $h(s)=s$ the output is $\state_t\odot o_t$, so $c^s_j=o_j$ and
$c^o_j=\state_{t,j}\,o_j(1-o_j)$. Without an output gate $o_j=1$ and
$c^o_j=0$, as $c^f_j=0$ without a forget gate. The scale is the error
that BPTT multiplies in, and it is multiplied in first, in the order of
the formulas above; the RTRL methods pass 1, which changes no bit.
|cell_factors| gives all five factors of a cell \implements{cr-local},
with |scale| 1, in the order $c^a$, $c^i$, $c^f$, $c^s$, $c^o$.

@<Local derivatives of a cell@>=
static void local_state(const lstm_net *net, const double *g, size_t j,
  double state_prev, double scale, double c[3])
{
  const size_t n = net->n;
  const double a = g[j], i = g[n + j], f = g[2 * n + j];
  c[0] = scale * i * (net->arch.g_logistic ? a * (1 - a) : 1 - a * a);
  c[1] = scale * a * i * (1 - i);
  c[2] = scale * state_prev * f * (1 - f);
}
@#
static void local_out(const lstm_net *net, const double *g, size_t j,
  double state, double scale, double c[2])
{
  const double o = g[3 * net->n + j], th = cell_h(net, state);
  c[0] = scale * o * (net->arch.h_identity ? 1 : 1 - th * th);
  c[1] = scale * th * o * (1 - o);
}
@#
static void cell_factors(const lstm_net *net, const double *g, size_t j,
  double state_prev, double state, double c[5])
{
  local_state(net, g, j, state_prev, 1, c);
  local_out(net, g, j, state, 1, c + 3);
}

@ The derivatives with respect to the inputs of the step. The stacked
pre-activation vector is $Wx_t+U{\it out}_{t-1}+b$, a linear function of
$x_t$ and of ${\it out}_{t-1}$ with Jacobians $W$ and $U$. By the third rule
of the table above,
$$\delta x_t=W^{\top}\delta{\it gates}_t,\qquad
  \Delta{\it out}_{t-1}=U^{\top}\delta{\it gates}_t.\eqlabel{cr-back}$$
The second is the formula for $\Delta{\it out}_t$ derived above, with $t$
replaced by $t-1$: it is the message that the backward pass at step $t$
hands to step $t-1$. The first is complete as it stands, because $x_t$ has
no other child. The inputs are data, so $\delta x_t$ is not needed to
train this network, but it is exactly the $\Delta$ that a layer below would
receive if LSTM layers were stacked.
|lstm_backward| computes the second as |lstm_mat_tvec(net->U, 4 * n, n,
dg, Dout)|, which leaves $\Delta{\it out}_{t-1}$ in |Dout|; the worked
example computes the first with |net->W| in place of |net->U|.

@ The weights. Here is the one point where the recurrent network differs
from an ordinary layered one: the same $W$ is used at every step.
Imagine, for the moment, that each step had its own copy $W^{(t)}$. The
unrolled network is then an ordinary feed-forward network with a loss
$\tilde L(W^{(0)},\ldots,W^{(T-1)})$, and the true loss is obtained by
setting all the copies equal: $L(W)=\tilde L(W,\ldots,W)$. The
multivariate chain rule, applied entry by entry, gives
$${\partial L\over\partial W_{jk}}=\sum_{t=0}^{T-1}
  {\partial\tilde L\over\partial W^{(t)}_{jk}}\,
  {\partial W^{(t)}_{jk}\over\partial W_{jk}}
  =\sum_{t=0}^{T-1}{\partial\tilde L\over\partial W^{(t)}_{jk}},$$
since each copy moves exactly as $W$ does. The copy $W^{(t)}$ is used in
one place only: entry $j$ of the pre-activation vector of step $t$ is
$\sum_k W^{(t)}_{jk}x_{t,k}+\cdots$, so
$\partial\tilde L/\partial W^{(t)}_{jk}=(\delta{\it gates}_t)_j\,x_{t,k}$,
which is entry $(j,k)$ of the outer product $\delta{\it gates}_t\,
x_t^{\top}$. (The values of all nodes are the same whether or not we copy
the weights, so the $\delta$'s of the nodes are unchanged.) The same
argument for $U$ and $b$ gives
$$\eqalign{
\delta W&=\sum_{t=0}^{T-1}\delta{\it gates}_t\,x_t^{\top},\qquad
\delta b=\sum_{t=0}^{T-1}\delta{\it gates}_t,\cr
\delta U&=\sum_{t=0}^{T-1}\delta{\it gates}_t\,{\it out}_{t-1}^{\top}
  =\sum_{t=0}^{T-2}\delta{\it gates}_{t+1}\,{\it out}_t^{\top},\cr}\eqlabel{cr-weights}$$
where the $t=0$ term of the first sum for $\delta U$ vanishes because
${\it out}_{-1}=0$. The second form holds only then: a trace that
continues an earlier part of a sequence, as a window of truncated BPTT
does, starts from ${\it out}_{-1}\ne0$ and keeps the $t=0$ term. In blocks, $\delta W_a=\sum_t\delta a_t\,x_t^{\top}$,
$\delta U_f=\sum_t\delta f_t\,{\it out}_{t-1}^{\top}$, and so on. A weight
shared across the steps thus receives the sum of the gradients that its
copies would receive.
In the code the sums go into |grad->W|, |grad->U| and |grad->b|, the
views of the second |lstm_net| that holds the gradient, and
|lstm_gemm_tn| forms the first two from the rows |dg| of the trace.
@^shared weights@>
@^chain rule@>
@!@^gradient of the weights ($\delta W$, $\delta U$, $\delta b$)@>

@ The order of the computation, and what the forward pass must keep.
The equations form a recursion that runs from $t=T-1$ down to $t=0$. It
carries two vectors of $n$ entries from one step to the next, the error
$\Delta{\it out}_t$ and the product $\delta{\it state}_{t+1}\odot
f_{t+1}$, and both start at zero. (In |lstm_backward_opts| they
are |Dout| and |carry|, two rows of $n$ kept in the trace as
|tr->Dout| and |tr->carry|.) At step
$t$ it does the following.
\smallskip
\item{1.} $\delta{\it out}_t\gets\Delta_t+\Delta{\it out}_t$.
\item{2.} $\delta{\it state}_t\gets\delta{\it out}_t\odot o_t\odot
  (1-\tanh^2{\it state}_t)+\delta{\it state}_{t+1}\odot f_{t+1}$.
\item{3.} Compute $\delta a_t$, $\delta i_t$, $\delta f_t$, $\delta o_t$,
that is, $\delta{\it gates}_t$.
\item{4.} Add $\delta{\it gates}_t\,x_t^{\top}$ to $\delta W$,
$\delta{\it gates}_t\,{\it out}_{t-1}^{\top}$ to $\delta U$ and
$\delta{\it gates}_t$ to $\delta b$.
\item{5.} Set $\Delta{\it out}_{t-1}\gets U^{\top}\delta{\it gates}_t$,
and pass $\delta{\it state}_t\odot f_t$ to step $t-1$, which needs
nothing else of $\delta{\it state}_t$ and~$f_t$.
\smallskip
\noindent Reading off what these lines use, the backward step at $t$ needs
from the forward pass the gate values $a_t$, $i_t$, $f_t$, $o_t$, the
states ${\it state}_t$ and ${\it state}_{t-1}$, the previous output
${\it out}_{t-1}$, and the input $x_t$ (and, for $\Delta_t$, the output
${\it out}_t$ and target $y_t$). Since the backward pass visits the steps
in the reverse of the order in which the forward pass produced them, the
forward pass must store these vectors for all $T$ steps (the inputs and
targets stay in the |lstm_seq|; the rest are the rows of the
|lstm_trace|, which |lstm_gates|, |lstm_state| and |lstm_out| return for
step $t$): the memory of
backpropagation through time grows in proportion to $T$. Its arithmetic,
on the other hand, is a small multiple of the forward pass: per step, a
product with $U^{\top}$ (and one with $W^{\top}$ if $\delta x_t$ is
wanted) and two outer products, each about as costly as one of the
forward pass's matrix-vector products. Real-time recurrent learning,
the subject of the second half of the derivations, trades the other way: it carries derivatives
forward in time and keeps nothing of the past, at a much higher cost per
step.
@^backpropagation through time@>
@^real-time recurrent learning@>

@*1 Aside: the Lagrangian view.
This section and the next are an aside; nothing later depends on them.
They derive the same equations a second way, which explains why
$\delta{\it state}_t$ and $\delta{\it out}_t$ are the natural quantities to
carry backward. The method is the adjoint method of optimal control (see
Bryson and Ho, {\sl Applied Optimal Control}, 1969), in which the
multipliers are called costates; LeCun (1988, ``A theoretical framework
for back-propagation'') used it to derive backpropagation for layered
networks.

Regard ${\it state}_t$ and ${\it out}_t$ as free variables and the
forward equations as constraints on them. Write $\theta$ for the
parameters $(W,U,b)$, and
$$\eqalign{
F_t({\it state}_{t-1},{\it out}_{t-1};\theta)
  &=a_t\odot i_t+f_t\odot{\it state}_{t-1},\cr
G_t({\it state}_t,{\it out}_{t-1};\theta)&=\tanh({\it state}_t)\odot o_t,\cr}$$
where the gates are the functions of $x_t$, ${\it out}_{t-1}$ and $\theta$
given by the forward equations. With a multiplier vector $\lambda_t$ for
each state constraint and $\mu_t$ for each output constraint, form
$${\cal L}=\sum_{t=0}^{T-1}\ell_t({\it out}_t)
  +\sum_{t=0}^{T-1}\lambda_t^{\top}\bigl(F_t({\it state}_{t-1},
    {\it out}_{t-1};\theta)-{\it state}_t\bigr)
  +\sum_{t=0}^{T-1}\mu_t^{\top}\bigl(G_t({\it state}_t,
    {\it out}_{t-1};\theta)-{\it out}_t\bigr).$$
At the states the forward pass computes, every constraint holds, so
${\cal L}=L$ whatever the multipliers are. Differentiate this identity
with respect to $\theta$, letting the states follow the forward pass:
$${dL\over d\theta}={\partial{\cal L}\over\partial\theta}
  +\sum_t{\partial{\cal L}\over\partial{\it state}_t}\,
    {d\,{\it state}_t\over d\theta}
  +\sum_t{\partial{\cal L}\over\partial{\it out}_t}\,
    {d\,{\it out}_t\over d\theta}.$$
The sensitivities $d\,{\it state}_t/d\theta$ are large and costly (they are
what real-time recurrent learning computes). But the multipliers are ours
to choose: if we choose them so that $\partial{\cal L}/\partial{\it
state}_t=0$ and $\partial{\cal L}/\partial{\it out}_t=0$ for every $t$, the
sensitivities drop out, and the gradient is the explicit partial
derivative $\partial{\cal L}/\partial\theta$.
@^Lagrangian@>
@^costate@>
@^adjoint method@>
@^Bryson, Arthur E.@>
@^Ho, Yu-Chi@>
@^LeCun, Yann@>

@ The costate equations. The variable ${\it state}_t$ occurs in three
terms of ${\cal L}$: in $-\lambda_t^{\top}{\it state}_t$, in
$\mu_t^{\top}G_t$, and in $\lambda_{t+1}^{\top}F_{t+1}$. Setting the
derivative to zero,
$$0={\partial{\cal L}\over\partial{\it state}_t}
  =-\lambda_t+\mu_t\odot o_t\odot\bigl(1-\tanh^2({\it state}_t)\bigr)
   +\lambda_{t+1}\odot f_{t+1}.$$
The variable ${\it out}_t$ occurs in $\ell_t$, in $-\mu_t^{\top}{\it
out}_t$, and through the gates of step $t+1$ in $\lambda_{t+1}^{\top}
F_{t+1}$ and $\mu_{t+1}^{\top}G_{t+1}$; differentiating $F_{t+1}$ and
$G_{t+1}$ through $\hat a_{t+1}$, $\hat\imath_{t+1}$, $\hat f_{t+1}$ and
$\hat o_{t+1}$, whose Jacobians are $U_a$, $U_i$, $U_f$, $U_o$,
$$\eqalign{
0={\partial{\cal L}\over\partial{\it out}_t}
  &=\Delta_t-\mu_t
  +U_a^{\top}\bigl(\lambda_{t+1}\odot i_{t+1}\odot(1-a_{t+1}^2)\bigr)
  +U_i^{\top}\bigl(\lambda_{t+1}\odot a_{t+1}\odot i_{t+1}
    \odot(1-i_{t+1})\bigr)\cr
  &\qquad+U_f^{\top}\bigl(\lambda_{t+1}\odot{\it state}_t\odot f_{t+1}
    \odot(1-f_{t+1})\bigr)
  +U_o^{\top}\bigl(\mu_{t+1}\odot\tanh({\it state}_{t+1})\odot o_{t+1}
    \odot(1-o_{t+1})\bigr).\cr}$$
There is no step $T$, so the terms with $\lambda_T$ and $\mu_T$ are absent;
equivalently $\lambda_T=\mu_T=0$. These conditions fix the multipliers from
the last step backward. Compare them with the earlier sections: with
$\lambda$ in place of $\delta{\it state}$ and $\mu$ in place of
$\delta{\it out}$, the four vectors in large parentheses are
$\delta a_{t+1}$, $\delta i_{t+1}$, $\delta f_{t+1}$, $\delta o_{t+1}$,
and the two equations are exactly the recursions for $\delta{\it out}_t$
and $\delta{\it state}_t$. Both recursions start from zero after the last
step, so by induction downward in $t$,
$$\lambda_t=\delta{\it state}_t,\qquad\mu_t=\delta{\it out}_t.$$
The costate of a variable is the derivative of the loss with respect to
that variable, which is its classical interpretation in optimal control.

Finally $\theta$ occurs in ${\cal L}$ only through the pre-activations of
each step. For example, $W_a$ enters only through
$\hat a_t=W_ax_t+\cdots$ in $F_t$, so
$\partial{\cal L}/\partial W_a=\sum_t\bigl(\lambda_t\odot i_t\odot
(1-a_t^2)\bigr)x_t^{\top}=\sum_t\delta a_t\,x_t^{\top}$, and in the same
way $\partial{\cal L}/\partial W=\sum_t\delta{\it gates}_t\,x_t^{\top}
=\delta W$, with the analogous results for $U$ and~$b$. The sum over steps
appears here without any argument about copies: $W$ simply occurs once in
every constraint. The Lagrangian gives no new formula, but it makes two
things plain: the states have initial conditions and the costates have
terminal ones, which is why one pass runs forward and the other backward;
and the expensive sensitivities of the states never need to be formed.
@!@^costate@>
@^Lagrangian@>

@*1 Summary of the backward pass.
\topfigure{backgraph-1.mps}{\bf Figure 2b.\rm\enspace The backward pass
  inside step $t$: the graph of Figure~2 with its edges reversed. Each
  edge carries the factor by which the $\delta$ of the child is
  multiplied on its way to the parent, and the line of the summary that
  does it; a $+$ node passes its $\delta$ on unchanged, a $\odot$ node
  multiplies it by the other factor. Grey: the messages from step $t+1$
  and to step $t-1$.}
Here, for reference, is everything derived in this chapter, its lines
numbered B1 to B12 so that later pictures can name the line that
computes each message (Figure~2b draws them on the graph of one step);
each line restates the numbered equation that
its label names (B3 = eq.~\eqn{cr-dstate} is equation \eqn{cr-dstate} of
\S\eqsec{cr-dstate}). Lines B11 and B12 belong to a network with an
output layer, where B11 takes the place of B1. Run
$t=T-1,T-2,\ldots,0$, starting from $\Delta{\it out}_{T-1}=0$ and with all
terms that mention step $T$ taken as zero:
$$\vbox{\hrule\hbox{\vrule\kern8pt\vbox{\kern8pt\hbox{$\vcenter{\openup\jot
  \halign{\strut\hfil$\displaystyle{#}$&$\displaystyle{{}#}$\hfil&\qquad\hfil\rm(#)\cr
\Delta_t&={\it out}_t-y_t\quad\hbox{(zero if step $t$ has no target)},&B1 = eq.~\eqn{cr-Delta}\cr
\delta{\it out}_t&=\Delta_t+\Delta{\it out}_t,&B2 = eq.~\eqn{cr-dout}\cr
\delta{\it state}_t&=\delta{\it out}_t\odot o_t\odot
  \bigl(1-\tanh^2({\it state}_t)\bigr)
  +\delta{\it state}_{t+1}\odot f_{t+1},&B3 = eq.~\eqn{cr-dstate}\cr
\delta a_t&=\delta{\it state}_t\odot i_t\odot(1-a_t^2),&B4 = eq.~\eqn{cr-dgates}\cr
\delta i_t&=\delta{\it state}_t\odot a_t\odot i_t\odot(1-i_t),&B5 = eq.~\eqn{cr-dgates}\cr
\delta f_t&=\delta{\it state}_t\odot{\it state}_{t-1}\odot f_t
  \odot(1-f_t),&B6 = eq.~\eqn{cr-dgates}\cr
\delta o_t&=\delta{\it out}_t\odot\tanh({\it state}_t)\odot o_t
  \odot(1-o_t),&B7 = eq.~\eqn{cr-dgates}\cr
\delta{\it gates}_t&=(\delta a_t;\delta i_t;\delta f_t;\delta o_t),&B8 = eq.~\eqn{fwd-pre}\cr
\Delta{\it out}_{t-1}&=U^{\top}\delta{\it gates}_t,\qquad
  \delta x_t=W^{\top}\delta{\it gates}_t,&B9 = eq.~\eqn{cr-back}\cr
\noalign{\medskip}
\delta W&=\sum_{t=0}^{T-1}\delta{\it gates}_t\,x_t^{\top},\qquad
\delta U=\sum_{t=1}^{T-1}\delta{\it gates}_t\,{\it out}_{t-1}^{\top},
\qquad\delta b=\sum_{t=0}^{T-1}\delta{\it gates}_t,&B10 = eq.~\eqn{cr-weights}\cr
\noalign{\medskip}
\Delta_t&=V^{\top}e_t,\qquad e_t=\cases{\hat y_t-y_t,&squared error,\cr
  p_t-y_t,&softmax and cross-entropy,\cr}&B11 = eq.~\eqn{cr-output}\cr
\delta V&=\sum_t e_t\,{\it out}_t^{\top},\qquad \delta b_y=\sum_t e_t
  \quad\hbox{(steps with a target)}.&B12 = eq.~\eqn{cr-output}\cr}}$}\kern8pt}%
\kern8pt\vrule}\hrule}$$
The standard texts stop short of this table: Goodfellow, Bengio and
Courville (2016, \S10.2.2) derive back-propagation through time for a
recurrent network of $\tanh$ units and describe the LSTM (\S10.10.1)
without its gradient, and Olah (2015) draws the forward pass of the
cell only; here every line is derived for the LSTM cell itself, with
the output layer, and each is computed by a section of code that cites
its equation. (Olah writes $C_t$ and $h_t$ for our $\state_t$ and
$\out_t$.)

The backward step at $t$ reads $a_t$, $i_t$, $f_t$, $o_t$,
${\it state}_t$, ${\it state}_{t-1}$, ${\it out}_{t-1}$ and $x_t$ from the
forward pass (|lstm_gates|, |lstm_state|, |lstm_state_prev|, |lstm_out_prev| and the
sequence's |x|), and $\delta{\it state}_{t+1}\odot f_{t+1}$ and
$\Delta{\it out}_t$ (|carry| and |Dout|) from the backward step before it. The next chapter
implements these equations.
@^backpropagation through time@>

@*1 Exercises.
\exercise{chainrule.1}{10}
Derive $\delta f_t$ from the forward equations, by naming the one child
of $f_t$ and the Jacobian of that child.

\exercise{chainrule.2}{15}
A network with $U=0$ (|net->U| all zero) has a target only at its last step, $T-1$. Show
that $\delta\state_t=\delta\state_{T-1}\odot f_{T-1}\odot f_{T-2}\odot
\cdots\odot f_{t+1}$ for $t<T-1$.

\exercise{chainrule.3}{20}
Some variants of the LSTM couple the input and forget gates,
$f_t=1-i_t$, and drop the forget gate's own weights. Derive $\delta i_t$
for this cell.

\exercise{chainrule.4}{25}
Derive the backward pass for the cell with peephole connections of
exercise forward.4. Which of the two messages carried from step $t+1$
to step $t$ changes?

\exercise{chainrule.5}{30}
Derive BPTT for two LSTM layers stacked in time, the second reading the
first's output $\out_t$ as its input. What does the second layer send to
the first at step $t$?
