@* Learning.
The gradient is the means; learning is the end. This chapter turns the
gradients of the previous chapters into changes of the weights: three
optimisers that step against the gradient, a limit on the size of a step,
and the initial weights that training starts from. Everything here walks
the parameter vector $\theta$ as one array; none of it knows of gates,
except the initialisation, which gives the gate biases their own values.
@^learning@>

@*1 Optimisers.
An optimiser, an |lstm_optimizer|, keeps whatever state it needs between steps (a velocity, or
running moments of the gradient) in arrays of the same length as
$\theta$, |m| and |s|, and changes $\theta$ in place when it is given a gradient
$g=\delta\theta$. Three are provided, each the classical form of its
method.

{\it Stochastic gradient descent\/} (|LSTM_SGD|) takes the step
$\theta\leftarrow\theta-\alpha g$ with the learning rate $\alpha$, |rate|. It
is the optimiser of the worked example and of Hochreiter and
Schmidhuber's experiments.

{\it Momentum\/} (|LSTM_MOMENTUM|; the heavy ball of Polyak 1964, in the form of Sutskever et al.\
2013) accumulates a velocity $v\leftarrow\beta v+g$ (held in |m|, with $\beta$ in |momentum|) and steps
$\theta\leftarrow\theta-\alpha v$; with $\beta=0.9$ a gradient that keeps
its direction is followed about ten times faster.

{\it Adam\/} (|LSTM_ADAM|; Kingma and Ba 2015) keeps running averages of the gradient
and of its square,
$$m\leftarrow\beta_1m+(1-\beta_1)g,\qquad
  s\leftarrow\beta_2s+(1-\beta_2)g\odot g,\eqlabel{adam}$$
corrects them for their start at zero, $\hat m=m/(1-\beta_1^\psi)$ and
$\hat s=s/(1-\beta_2^\psi)$ after $\psi$ steps, and steps each parameter
by $\alpha\hat m_k/(\sqrt{\hat s_k}+\epsilon)$: about $\alpha$ in size
whatever the scale of its gradient. The defaults are those of the paper,
$\beta_1=0.9$, $\beta_2=0.999$, $\epsilon=10^{-8}$.
@^stochastic gradient descent@>
@^momentum@>
@^Adam@>

@<Public constants@>=
#define LSTM_SGD 0
#define LSTM_MOMENTUM 1
#define LSTM_ADAM 2

@ {\it Clipping.} A recurrent network's gradient can be very large on a
few sequences, when an error is carried through many steps with a factor
above one (Pascanu, Mikolov and Bengio 2013). With a limit $g_{\max}>0$, |clip|, a
gradient whose Euclidean norm exceeds $g_{\max}$ is scaled down to norm $g_{\max}$
before the optimiser uses it: the direction is kept, the length bounded.
A limit of zero means no clipping.
@^gradient clipping@>

@<Public types@>=
typedef struct lstm_optimizer {
  int kind; /* |LSTM_SGD|, |LSTM_MOMENTUM| or |LSTM_ADAM| */
  double rate; /* the learning rate $\alpha$ */
  double rate_out; /* the rate of the weights $V$ from the cells to the
    output layer: |rate| unless changed */
  size_t out_from, out_to; /* where $V$ lies in $\theta$ */
  double momentum; /* $\beta$ */
  double beta1, beta2, epsilon; /* Adam's constants */
  double clip; /* largest norm of a gradient, or 0 for no limit */
  long steps; /* steps taken, $\psi$ */
  size_t P; /* length of the arrays */
  double *m, *s; /* velocity or first moment; second moment */
} lstm_optimizer;

@ |lstm_optimizer_init| sets an optimiser up for a network, with the
defaults above; the caller may change |momentum|, |beta1|, |beta2|,
|epsilon|, |clip| and |rate_out| before the first step. |rate_out| is
the rate of the weights $V$ from the cells to the output layer, which
lie in $\theta$ from |out_from| to |out_to|; it is |rate| unless changed
(the chapter on Experiment 2a as published changes it, and says why). |lstm_optimizer_free|
releases its arrays.

@<Public functions@>=
int lstm_optimizer_init(lstm_optimizer *opt, const lstm_net *net, int kind,
  double rate, lstm_error *err);
void lstm_optimizer_free(lstm_optimizer *opt);

@ @<Functions@>=
int lstm_optimizer_init(lstm_optimizer *opt, const lstm_net *net, int kind,
  double rate, lstm_error *err)
{
  memset(opt, 0, sizeof *opt);
  if (kind != LSTM_SGD && kind != LSTM_MOMENTUM && kind != LSTM_ADAM)
    return lstm_fail(err, LSTM_EUSAGE, "unknown optimiser %d", kind);
@.unknown optimiser@>
  if (!(rate > 0) || !isfinite(rate))
    return lstm_fail(err, LSTM_EUSAGE,
      "the learning rate must be a positive number");
@.the learning rate must be...@>
  opt->kind = kind; opt->rate = opt->rate_out = rate;
  opt->out_from = opt->out_to = 4 * net->n * (net->m + net->n + 1);
  if (net->output != LSTM_OUT_NONE) opt->out_to += net->k * net->n;
  opt->momentum = 0.9;
  opt->beta1 = 0.9; opt->beta2 = 0.999; opt->epsilon = 1e-8;
  opt->P = net->P;
  if (kind != LSTM_SGD) {
    opt->m = alloc_doubles(net->P);
    opt->s = alloc_doubles(net->P);
    if (!opt->m || !opt->s) {
      lstm_optimizer_free(opt);
      return lstm_fail(err, LSTM_ENOMEM, "out of memory for an optimiser");
    }
  }
  return LSTM_OK;
}
@#
void lstm_optimizer_free(lstm_optimizer *opt)
{
  if (!opt) return;
  free(opt->m);
  free(opt->s);
  memset(opt, 0, sizeof *opt);
}

@ |lstm_optimizer_step| changes |net| by one step against |grad| and
returns the norm of the gradient before clipping, which a training loop
may watch. The gradient itself is not changed: clipping multiplies each
entry by |scale| as it is used. When no clipping happens |scale| is
exactly one, and plain gradient descent computes exactly
$\theta_k-\alpha g_k$, the same numbers as |lstm_sgd| of the worked
example. $\theta$ is walked in three parts, |edge[0]| to |edge[3]|: the
part before $V$, $V$ with its rate |rate_out|, and the part after; with
|rate_out| equal to |rate| the numbers are those of one walk.

@<Public functions@>=
double lstm_optimizer_step(lstm_optimizer *opt, lstm_net *net,
  const lstm_net *grad);

@ @<Functions@>=
double lstm_optimizer_step(lstm_optimizer *opt, lstm_net *net,
  const lstm_net *grad)
{
  double norm = 0, scale = 1;
  const double *g = grad->theta;
  double *theta = net->theta;
  const size_t edge[4] = {0, opt->out_from, opt->out_to, opt->P};
  for (size_t k = 0; k < opt->P; k++) norm += g[k] * g[k];
  norm = sqrt(norm);
  if (opt->clip > 0 && norm > opt->clip) scale = opt->clip / norm;
  opt->steps++;
  for (int part = 0; part < 3; part++) {
    const double rate = part == 1 ? opt->rate_out : opt->rate;
    switch (opt->kind) {
    case LSTM_SGD:
      for (size_t k = edge[part]; k < edge[part + 1]; k++)
        theta[k] -= rate * (scale * g[k]);
      break;
    case LSTM_MOMENTUM:
      for (size_t k = edge[part]; k < edge[part + 1]; k++) {
        opt->m[k] = opt->momentum * opt->m[k] + scale * g[k];
        theta[k] -= rate * opt->m[k];
      }
      break;
    default: @<Take one Adam step@>;
    }
  }
  return norm;
}

@ Adam's step \implements{adam}. The bias corrections are folded into one step size and one $\epsilon$,
as Kingma and Ba suggest: since
$$\hat m_k/(\sqrt{\hat s_k}+\epsilon)
=\bigl(\sqrt{1-\beta_2^\psi}/(1-\beta_1^\psi)\bigr)\,m_k/
 (\sqrt{s_k}+\epsilon\sqrt{1-\beta_2^\psi}),$$
each parameter then costs
one square root and one division. In the code |c1| is $1-\beta_1^\psi$,
|root_c2| is $\sqrt{1-\beta_2^\psi}$, the step size |size| is
$\alpha\sqrt{1-\beta_2^\psi}/(1-\beta_1^\psi)$ and |eps| is
$\epsilon\sqrt{1-\beta_2^\psi}$; |opt->m| and |opt->s| hold $m$ and $s$,
and |opt->steps| is $\psi$. An online method takes a step for every
time step, so this loop is a large part of its cost.

@<Take one Adam step@>=
{
  double c1 = 1 - pow(opt->beta1, (double)opt->steps);
  double root_c2 = sqrt(1 - pow(opt->beta2, (double)opt->steps));
  double size = rate * root_c2 / c1, eps = opt->epsilon * root_c2;
  for (size_t k = edge[part]; k < edge[part + 1]; k++) {
    double gk = scale * g[k];
    opt->m[k] = opt->beta1 * opt->m[k] + (1 - opt->beta1) * gk;
    opt->s[k] = opt->beta2 * opt->s[k] + (1 - opt->beta2) * gk * gk;
    theta[k] -= size * opt->m[k] / (sqrt(opt->s[k]) + eps);
  }
}

@*1 Initial weights.
Training starts from small random weights, drawn uniformly from
$[-r,r]$ with the book's generator by |lstm_net_randomize|, so that a seed gives the same start on
every machine. The gate biases are then set to fixed values, because they
decide how a cell behaves before it has learnt anything, and the right
behaviour for long time lags is known in advance:
\item{$\bullet$} a {\it negative input-gate bias\/} (|bias_i|) keeps the cell closed,
so that its state is not disturbed by every input while nothing has been
learnt about what is worth storing (Hochreiter and Schmidhuber 1997 used
biases of $-1$ to $-6$ for this);
\item{$\bullet$} a {\it positive forget-gate bias\/} (|bias_f|) makes $f_t$ close to
one, so that the state, and the error flowing back through it, is kept
over many steps rather than forgotten (Gers, Schmidhuber and Cummins 2000;
the advice is repeated by Jozefowicz, Zaremba and Sutskever 2015);
\item{$\bullet$} a {\it negative output-gate bias\/} (|bias_o|) keeps a cell from
disturbing the rest of the network before it holds something useful.
\smallskip\noindent
The cell-input biases $b_a$ and the output layer's biases $b_y$ (|net->c|) start at
zero. Each of these values is a field of |lstm_init|; the defaults, set by |lstm_init_default|, are
$r=0.1$ (|range|), $b_i=-1$ (|bias_i|), $b_f=2$ (|bias_f|), $b_o=-1$ (|bias_o|), and the training chapter says which
values each task uses.
@^initialisation@>
@^gate biases@>

@<Public types@>=
typedef struct lstm_init {
  double range; /* $r$: weights are uniform in $[-r,r]$ */
  double bias_i, bias_f, bias_o; /* the gate biases */
} lstm_init;

@ @<Public functions@>=
lstm_init lstm_init_default(void);
void lstm_net_initialize(lstm_net *net, lstm_rng *rng, const lstm_init *init);

@ @<Functions@>=
lstm_init lstm_init_default(void)
{
  lstm_init init;
  init.range = 0.1;
  init.bias_i = -1; init.bias_f = 2; init.bias_o = -1;
  return init;
}
@#
void lstm_net_initialize(lstm_net *net, lstm_rng *rng, const lstm_init *init)
{
  const size_t n = net->n;
  lstm_net_randomize(net, rng, init->range);
  for (size_t j = 0; j < n; j++) {
    net->b[j] = 0;
    net->b[n + j] = init->bias_i;
    net->b[2 * n + j] = init->bias_f;
    net->b[3 * n + j] = init->bias_o;
  }
  if (net->c) memset(net->c, 0, net->k * sizeof *net->c);
}

@*1 Exercises.
\exercise{learning.1}{10}
Show that clipping never changes the direction of a gradient, and that
it changes a gradient only when $\Vert g\Vert>g_{\max}$.

\exercise{learning.2}{15}
Show that Adam's first step changes each parameter by
$\alpha\vert g_k\vert/(\vert g_k\vert+\epsilon)$, whatever $\beta_1$
and $\beta_2$ are.

\exercise{learning.3}{30}
Compare the three optimisers on the adding problem with \.{rtrl} and
\.{irtrl}, each at its best learning rate, and explain the ranking.
