@* Influence balancing.
A biased gradient is not merely a noisier one: followed long enough, it
can lead away from the minimum. Tallec and Ollivier (2018a, Section~5)
made the standard example, {\it influence balancing}: a linear
recurrent system with one parameter whose influence on the loss is
positive in the short term and negative in the long term. Truncated BPTT
with a window shorter than the time the negative influence needs to
build up sees only the positive part, steps the wrong way, and the loss
climbs; RTRL and UORO, whose gradients are right (on average, for UORO),
descend. This chapter builds the same situation in an LSTM and runs
every method of the table on it.
@^influence balancing@>
@^Tallec, Corentin@>

@ The network has one input, the constant $x_t=1$, two cells, and an
output layer with one prediction $\hat y_t=\out_{t,1}-2\,\out_{t,2}$ (cells
numbered 1 and 2), trained on the squared error to the target $y=0.3$ at
every step of a sequence of $T=100$ steps (|LSTM_BALANCE_T|). Every parameter is fixed
except one, the bias $\theta=b_{a_1}$ of cell 1's input, |net.b[0]|. The other
parameters are zero, except these:
$$\vbox{\halign{#\hfil\quad&#\hfil\cr
$b_{i_1}=b_{i_2}=2$, $b_{o_1}=b_{o_2}=3$&gates mostly open;\cr
$b_{f_1}=-3$&cell 1 forgets almost at once ($f_1\approx0.05$);\cr
$b_{f_2}=3$&cell 2 keeps its state ($f_2\approx0.95$);\cr
$U_{a_2,1}=0.1$&cell 2's input is cell 1's output, weakly (|net.U[1 * 2 + 0]|);\cr
$V=(1,-2)$, $b_y=0$&the prediction.\cr}}$$
Raising $\theta$ raises cell 1's output at once, and with it the
prediction. But cell 2 adds up a tenth of cell 1's output with a time
constant of about $1/(1-f_2)\approx20$ steps, and enters the prediction
with weight $-2$: after a few dozen steps the rise of cell 1's output has
lowered the prediction more than it raised it. The influence of $\theta$
on the prediction is positive for a step and negative from then on, and
the gradient of the loss of a sequence of 100 steps follows the long-term
sign. A method that sees only a few steps back sees the opposite sign.
@^short-term and long-term influence@>

@ The training loop is the simplest possible: an episode runs the
sequence from $\state=\out=0$, the method computes the gradient of its
loss (|lstm_gradient| into |grad|), and $\theta$ alone moves, $\theta\gets\theta-\alpha\,
\partial L/\partial\theta$ (|net.b[0] -= rate * grad.b[0]|), with $\alpha=|LSTM_BALANCE_RATE|$. A seeded
method (|meth->seeded|) draws episode $e$ with the seed $S+e$, for a first seed $S$ (|param = seed + e|). With only one
parameter moving, the outcome depends on the sign of one number per
episode, which is what the experiment is about. The losses are those of
the episodes, each measured before its update (|loss[e]|).

@<Public constants@>=
#define LSTM_BALANCE_RATE 0.0001
#define LSTM_BALANCE_EPISODES 3000
#define LSTM_BALANCE_T 100

@ @<Public functions@>=
int lstm_balance(const char *spec, long seed, long episodes, double rate,
  double *theta, double *loss, lstm_error *err);

@ |lstm_balance| runs |episodes| episodes of the method |spec| (from the
seed |seed|, for a seeded method) and
writes $\theta$ at the start of each episode into |theta| and the
episode's loss into |loss|, |episodes| numbers each.

@<Functions@>=
int lstm_balance(const char *spec, long seed, long episodes, double rate,
  double *theta, double *loss, lstm_error *err)
{
  lstm_net net, grad;
  lstm_data data;
  lstm_seq *seq;
  long param;
  const lstm_method *meth = lstm_method_find(spec, &param, err);
  int status;
  if (!meth) return LSTM_EUSAGE;
  if (episodes < 1 || !(rate > 0) || !isfinite(rate))
    return lstm_fail(err, LSTM_EUSAGE,
      "influence balancing needs episodes and a positive rate");
@.influence balancing needs...@>
  memset(&grad, 0, sizeof grad);
  lstm_data_init(&data, 1, 1);
  if ((status = lstm_net_init(&net, 1, 2, 1, LSTM_OUT_L2, err)) != LSTM_OK)
    return status;
  if ((status = lstm_net_like(&grad, &net, err)) != LSTM_OK ||
      (status = lstm_data_add(&data, LSTM_BALANCE_T, &seq, err)) != LSTM_OK)
    goto done;
  @<Set the weights and the sequence of influence balancing@>;
  for (long e = 0; e < episodes && status == LSTM_OK; e++) {
    double L;
    if (meth->seeded) param = seed + e;
    theta[e] = net.b[0];
    status = lstm_gradient(&net, &data, meth, param, &grad, &L, NULL, err);
    if (status == LSTM_OK && !(isfinite(L) && isfinite(grad.b[0])))
      status = lstm_fail(err, LSTM_EDATA,
        "influence balancing with %s: the loss is no longer finite", spec);
@.influence balancing with...@>
    loss[e] = L;
    net.b[0] -= rate * grad.b[0];
  }
done:
  lstm_net_free(&net);
  lstm_net_free(&grad);
  lstm_data_free(&data);
  return status;
}

@ The rows of $b$ are $a_1,a_2,i_1,i_2,f_1,f_2,o_1,o_2$, |net.b[0]| to
|net.b[7]|, and row $a_2$ of
$U$ is row 1, whose entry in column 0, |net.U[1 * 2 + 0]|, is the weight from cell 1's
output; $V$ is |net.V[0]| and |net.V[1]|. $\theta$ starts at 0, with all of |net.theta|.

@<Set the weights and the sequence...@>=
memset(net.theta, 0, net.P * sizeof *net.theta);
net.b[2] = net.b[3] = 2;
net.b[4] = -3; net.b[5] = 3;
net.b[6] = net.b[7] = 3;
net.U[1 * 2 + 0] = 0.1;
net.V[0] = 1; net.V[1] = -2;
for (size_t t = 0; t < seq->T && status == LSTM_OK; t++) {
  double *y = lstm_target_set(seq, t, err);
  seq->x[t] = 1;
  if (y) y[0] = 0.3;
  else status = LSTM_ENOMEM;
}
if (status != LSTM_OK) goto done;

@ \.{lstm balance [--method }{\it M\/}\.{] [--episodes }{\it E\/}\.{]
[--rate }{\it R\/}\.{] [--seed }{\it S\/}\.{]} runs the experiment
(with \.{bptt}, |LSTM_BALANCE_EPISODES| episodes, |LSTM_BALANCE_RATE| and
the seed 1 unless given) and prints $\theta$ and the loss of
every episode:
$$\vbox{\halign{#\hfil\cr
\.{lstm-balance 1}\cr
\.{method tbptt:2}\cr
\.{episode 0 theta 0 loss 4.5...}\cr}}$$

@<Rows of the table of subcommands@>=
{"balance", "run the influence-balancing experiment with a method",
  cmd_balance},

@ @<Declarations of the command@>=
static int cmd_balance(int argc, char **argv);

@ @<Subcommands@>=
static int cmd_balance(int argc, char **argv)
{
  const char *spec = "bptt";
  long episodes = LSTM_BALANCE_EPISODES, seed = 1, param;
  double rate = LSTM_BALANCE_RATE, *theta, *loss;
  lstm_error err;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    printf("usage: lstm balance [--method M] [--episodes E] [--rate R] " @/
      "[--seed S]\n" @/
      "Train the one free parameter of the book's influence-balancing\n" @/
      "network with method M (bptt) for E episodes (%d) with rate R (%g),\n" @/
      "a random method from the seed S (1), and print the parameter and\n" @/
      "the loss of every episode.\n", LSTM_BALANCE_EPISODES,
      LSTM_BALANCE_RATE);
    return 0;
  }
  for (int a = 0; a < argc; a++) {
    cmd_arg arg;
    const char *val;
    char *end;
    if (next_arg("balance", argc, argv, &a, NULL, &arg) != 0) return 2;
    val = arg.val;
    if (strcmp(arg.opt, "--method") == 0) spec = val;
    else if (strcmp(arg.opt, "--episodes") == 0) {
      if ((episodes = parse_seed(val)) < 1 || episodes > 1000000)
        return usage_error("balance", "expected 1 to 1000000 episodes, " @/
          "found '%s'", val);
    } else if (strcmp(arg.opt, "--rate") == 0) {
      rate = strtod(val, &end);
      if (end == val || *end != '\0' || !isfinite(rate) || !(rate > 0))
        return usage_error("balance", "expected a positive rate, found '%s'",
          val);
    } else if (strcmp(arg.opt, "--seed") == 0) {
      if ((seed = parse_seed(val)) < 0)
        return usage_error("balance", "expected a whole number from 0 to " @/
          "2147483647 after --seed, found '%s'", val);
    } else return usage_error("balance", "unknown argument '%s'",
      arg.opt[0] ? arg.opt : val);
  }
  if (!find_method("balance", spec, &param)) return 2;
  theta = malloc((size_t)episodes * sizeof *theta);
  loss = malloc((size_t)episodes * sizeof *loss);
  if (!theta || !loss)
    status = lstm_fail(&err, LSTM_ENOMEM, "out of memory");
  else status = lstm_balance(spec, seed, episodes, rate, theta, loss, &err);
  if (status == LSTM_OK) {
    printf("lstm-balance 1\nmethod %s\n", spec);
    for (long e = 0; e < episodes; e++)
      printf("episode %ld theta %.17g loss %.17g\n", e, theta[e], loss[e]);
  }
  free(theta); free(loss);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@*1 What the methods do.
\input balance
Every method starts from $\theta=0$ (|net.b[0]|), where the loss of the sequence is
4.5, with the same rate $\alpha=|LSTM_BALANCE_RATE|$, for
|LSTM_BALANCE_EPISODES| episodes. The rate is small because UORO needs
it: with rates from 0.0002 to 0.002 (one run at each, from the first
seed 1), UORO's noise threw $\theta$ into the region where $\tanh$
saturates and the gradient vanishes, and the loss stayed high. The loss at four episodes, the deterministic
methods once, UORO from \balanceuoroseeds\ first seeds (median, and the
smallest and largest value):
$$\vbox{\offinterlineskip\halign{\strut#\hfil\enspace&\vrule#&&\enspace
  \hfil#\enspace\cr
method&&episode 0&&100&&1000&&2999\cr
\noalign{\hrule}
\balancerows}}$$
The command \.{make balance} remakes the table and the figure, running
|lstm_balance| for each method, and
writes the losses of every fiftieth episode to \.{book/balance.txt}.
@^influence balancing@>

$$\convertMPtoPDF{balance-1.mps}{1}{1}$$
\centerline{\bf Figure 14.\rm\ Influence balancing: the loss of each
fiftieth episode (logarithmic scale).}
\centerline{\.{rtrl} lies on \.{bptt}, \.{snap1} on \.{irtrl}, and from
episode 1000 \.{tbptt:2} and \.{tbptt:10} nearly on those.}

@ The exact methods, \.{bptt} and \.{rtrl}, descend to the minimum in a
few hundred episodes and stay there, and so does truncated BPTT whose
window is long enough to see the slow negative influence: \.{tbptt:30}
and \.{tbptt:50} end within about one per cent of BPTT's loss. With a
window of 2 or 10 steps the gradient has the wrong sign, and the loss
climbs from 4.5 to 57, where cell 1's output saturates and the climb
stops; a longer window only delays it. The internal RTRL and SnAp-1 do
the same, for the same reason: the long-term influence runs from cell
1's output through $U_{a_2,1}$ (|net.U[1 * 2 + 0]|) into cell 2, a path between two cells,
which both of them drop. (Here they are exactly equal: cell 1's own
recurrent weights are zero, so SnAp-1's loop through $U_{jj}$ adds
nothing.) UORO descends as the exact methods do, but noisily: all
\balanceuoroseeds\ runs were near the minimum (below twice BPTT's final
loss) at episode 1000, \balanceuoronear\ at the end; single large
estimates kick $\theta$ away from the minimum now and then, and the
next episodes bring it back unless $\tanh$ has saturated. Unbiased is
not the same as reliable, but in this experiment only the methods whose
gradient is right, exactly or on average, learn at all.

@*1 Exercises.
\exercise{balance.1}{15}
In this experiment the internal RTRL and SnAp-1 move $\theta$ exactly
alike. Which parameter, made nonzero, would make them differ, and would
either of them then follow the long-term sign?

\exercise{balance.2}{20}
Take the influence of $\theta$ on the prediction $d$ steps later to be
negative and proportional to $f_2^{d-1}$ for $d\ge1$, with
$f_2=\sigma(3)$, and positive only at $d=0$. Truncated BPTT with a
window of $h$ steps sees the delays $0$ to $h-1$. Which fraction of the
negative influence does it see, for $h=2$, 10, 30 and 50? Compare with
the table of losses.
