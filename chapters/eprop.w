@* e-prop: eligibility traces and learning signals.
Bellec, Scherr, Subramoney, Hajek, Salaj, Legenstein and Maass (2020, ``A
solution to the learning dilemma for recurrent networks of spiking
neurons,'' {\sl Nature Communications\/} 11:3625) train recurrent
networks, of spiking neurons and of LSTM cells, online with a gradient
written as a sum of products,
$${dL\over d\theta_{ji}}\approx\sum_t L^t_j\,e^t_{ji},$$
of an {\it eligibility trace\/} $e^t_{ji}$, carried forward in time for
each parameter through the state of its own neuron alone, and a {\it
learning signal\/} $L^t_j$ for neuron $j$, made of the errors of step $t$
alone. This chapter shows that for the cell of this book their method,
with the learning signal they derive from the gradient (``symmetric
e-prop''), is the internal RTRL of 1997, term for term, and adds it to
the method table twice: as \.{eprop} (|eprop_grad|), to test the identity, and as
\.{eprop:random} (|eprop_random_grad|), their ``random e-prop,'' whose learning signal uses a
fixed random matrix in place of the transpose of the output weights.
@^e-prop@>
@^Bellec, Guillaume@>
@^Maass, Wolfgang@>
@^eligibility trace@>
@^learning signal@>

@ The eligibility trace. Bellec and his coauthors split the state of a
neuron into a hidden part $h^t_j$, carried from step to step, and an
observable part $z^t_j$, seen by the other neurons; the {\it eligibility
vector\/} $\epsilon^t_{ji}=\partial h^t_j/\partial\theta_{ji}$ follows
the recursion
$$\epsilon^t_{ji}={\partial h^t_j\over\partial h^{t-1}_j}\,
  \epsilon^{t-1}_{ji}+{\partial h^t_j\over\partial\theta_{ji}},$$
in which both derivatives are local to neuron $j$ and the observable
states of the previous step, $z^{t-1}$, are held fixed; the eligibility
trace is $e^t_{ji}=(\partial z^t_j/\partial h^t_j)\,\epsilon^t_{ji}$, or,
for a parameter that acts on $z^t_j$ directly, that direct derivative.
For the LSTM the hidden part is the cell state, $h^t_j=\state_{t,j}$, and
the observable part is the output, $z^t_j=\out_{t,j}$. Then
$\partial\state_{t,j}/\partial\state_{t-1,j}=f_{t,j}$, and
$\partial\state_{t,j}/\partial\theta_k$ with $\out_{t-1}$ held fixed is
the local factor $c^q_j$ of the parameter's gate times its source
$v_{t,k}$; so the eligibility vector is the internal RTRL's sensitivity,
$\epsilon^t=\tilde s_t$, held in |r->S|, by its recursion, eq.~\eqn{irtrl-s}. The
eligibility trace of a parameter of the rows of $a$, $i$, $f$ is
$c^s_j\tilde s_{t,k}$, and that of a parameter of the output gate, which
acts on $\out_t$ directly, is $c^o_jv_{t,k}$. Holding $\out_{t-1}$ fixed
where it enters the gates is exactly the cut of eq.~\eqn{irtrl-cut}.
(Their published code for LSTMs stops the gradient at the previous output
in the same place, so that the trace runs only through the cell state.)
@^internal RTRL@>

@ The learning signal. For an output layer $\hat y_t=\phi(V\out_t+b_y)$
with the matched losses of this book, the error at the output layer's
input is $e_t=\hat y_t-y_t$, |r->e| in the online object (times the total of the target, for the
softmax), and Bellec and his coauthors take
$$L^t_j=\sum_q B_{jq}\,e_{t,q},\qquad B=V^{\top}\quad\hbox{(symmetric
e-prop)},$$
which is $\partial\ell_t/\partial\out_{t,j}$, the error $\Delta_{t,j}$ that
the output layer's backward half, |lstm_output_backward_x|, computes into
|r->Delta|. Without an output layer the
loss is on $\out_t$ itself, the readout is the identity, and
$L^t=\Delta_t=\out_t-y_t$. The output layer's own weights get their
exact one-step gradient $e_t\out_t^{\top}$ in every method.
@^symmetric e-prop@>

@ {\it Symmetric e-prop for this LSTM is the internal RTRL.} By the two
sections above, e-prop's gradient of a parameter $k$ of the rows of $a$,
$i$, $f$ of cell $j$ is $\sum_t\Delta_{t,j}c^s_j\tilde s_{t,k}=\sum_t
\Delta^s_{t,j}\tilde s_{t,k}$, eq.~\eqn{irtrl-grad}, and that of a
parameter of the output gate is $\sum_t\Delta_{t,j}c^o_jv_{t,k}$,
eq.~\eqn{irtrl-ograd}; the eligibility vectors are the $\tilde s_t$ of
eq.~\eqn{irtrl-s}, and the output layer's gradient is the same in both.
So the two compute the same gradient, the gradient of the cut network
$dL^{\rm cut}/d\theta$, with the same arithmetic.\quad
\vrule height 5pt width 4pt depth 0pt

The code below makes e-prop's learning signal with its own loop, $\sum_q
B_{jq}e_{t,q}$ in the order in which the output layer sums $\Delta_t$, and
then runs the internal RTRL's step with it; the method table's \.{irtrl}
runs the blocked order of the chapter on speed. A test requires the two
gradients to be equal bit for bit, on every shape the tests use.
@^e-prop equals the internal RTRL@>

@ Random e-prop. The symmetric learning signal needs $V^{\top}$ at every
cell, a transport of weights that biology, and some hardware, cannot do;
Bellec and his coauthors therefore also try ``random e-prop,'' in which
$B$ is a fixed random matrix, drawn once, in the manner of feedback
alignment (Lillicrap, Cownden, Tweed and Akerman 2016, {\sl Nature
Communications\/} 7:13276). Here $B^{\top}$ is a $k\times n$ matrix, the
shape of $V$ (for a network without an output layer, $n\times n$), whose
entries are drawn independently and uniformly from $[-1/\sqrt n,1/\sqrt n]$
(|lstm_rng_uniform|) by the generator of the online object, |r->rng|, seeded by |lstm_rtrl_seed| with
the method's seed (\.{--seed} on the command line, the run's seed in
training). The object draws it when it is seeded, and keeps it, unlike
its sensitivities, across sequences. The gradient is then no longer that
of any loss; how well it points along the exact one is measured in the
chapter ``How good is each gradient,'' and how well it trains, in the
lag grid of the chapter on experiments, whose tables have a row for the
family \.{eprop:random} at every lag.
@^random e-prop@>
@^feedback alignment@>
@^Lillicrap, Timothy@>

@<Public constants@>=
#define LSTM_RTRL_EPROP 5
#define LSTM_RTRL_EPROP_RANDOM 6

@ The object holds $\tilde s$ in |r->S|, as the internal RTRL does, and for random
e-prop the feedback matrix, |r->feedback|, at the end of its allocation |r->v|, where
|lstm_rtrl_reset| leaves it alone.

@<Further fields of the RTRL object@>=
double *feedback; /* random e-prop: $B^{\top}$, $k\times n$ like $V$ */

@ @<Count in |big|...@>=
if (kind == LSTM_RTRL_EPROP) big = r->cols;
if (kind == LSTM_RTRL_EPROP_RANDOM && !add_size(r->cols, k * n, &big))
  big = SIZE_MAX;

@ @<Point the parts of the RTRL object...@>=
if (kind == LSTM_RTRL_EPROP_RANDOM) {
  r->feedback = r->v + count - k * n;
  r->kept = k * n * sizeof(double);
  lstm_rtrl_seed(r, 0);
}

@ @<Draw e-prop's random feedback matrix@>=
{
  const double a = 1 / sqrt((double)r->n);
  for (size_t q = 0; q < r->k * r->n; q++)
    r->feedback[q] = lstm_rng_uniform(&r->rng, -a, a);
}

@ The step of e-prop is the internal RTRL's, of the chapter on the LSTM's
own RTRL, with $\Delta_t$ replaced by the learning signal before the
errors of the cells are formed from it. With an output layer the signal
is $\sum_q B_{jq}e_{t,q}$, with |B| either |net->V| or |r->feedback|, summed in the order of |lstm_output_backward|;
without one, symmetric e-prop keeps $\Delta_t$, and random e-prop
multiplies it by its $n\times n$ matrix.

@<Put e-prop's learning signal in place of $\Delta_t$@>=
{
  const size_t k = net->k;
  const double *B = r->kind == LSTM_RTRL_EPROP_RANDOM ? r->feedback : net->V;
  const double *e = r->e;
  if (net->output == LSTM_OUT_NONE) {
    memcpy(r->err_state, r->Delta, n * sizeof *r->Delta);
    e = r->err_state;
  }
  if (net->output != LSTM_OUT_NONE || r->kind == LSTM_RTRL_EPROP_RANDOM) {
    memset(r->Delta, 0, n * sizeof *r->Delta);
    for (size_t q = 0; q < k; q++)
      for (size_t l = 0; l < n; l++) r->Delta[l] += B[q * n + l] * e[q];
  }
}

@ Over a whole sequence the two methods, |eprop_grad| and
|eprop_random_grad|, run the loop of the RTRL chapter, |rtrl_run|; random
e-prop is seeded (its row's |seeded| is 1), its parameter the seed of its matrix. A training loop
changes the weights at every step with a target, as for the internal
RTRL.

@<Private declarations@>=
static int eprop_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);
static int eprop_random_grad(const lstm_net *net, const lstm_seq *seq,
  long param, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int eprop_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  return rtrl_run(net, seq, LSTM_RTRL_EPROP, param, grad, loss, st, err);
}
@#
static int eprop_random_grad(const lstm_net *net, const lstm_seq *seq,
  long param, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  return rtrl_run(net, seq, LSTM_RTRL_EPROP_RANDOM, param, grad, loss, st,
    err);
}

@ @<Rows of the method table@>=
{"eprop", 0, 0, eprop_grad,@/
  "e-prop (Bellec et al.), symmetric: the internal RTRL again, online",
  LSTM_PER_STEP, LSTM_RTRL_EPROP, 0},
{"eprop:random", 0, 0, eprop_random_grad,@/
  "e-prop with a fixed random feedback matrix (seeded), online",
  LSTM_PER_STEP, LSTM_RTRL_EPROP_RANDOM, 1},

@*1 Exercises.
\exercise{eprop.1}{15}
Show that random e-prop's gradient of the output gate's parameters is
the exact one-step gradient of some loss only when $B=V^{\top}$, that is,
when |r->feedback| holds |net->V|.

\exercise{eprop.2}{30}
Bellec and his coauthors also try ``adaptive e-prop,'' in which $B$ is
trained alongside $V$. Implement it, and compare its cosine with the
exact gradient with that of the symmetric and the random variants.
