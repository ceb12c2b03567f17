@* Training.
A training loop repeats three things: draw a sequence, compute a
gradient, change the weights. The methods of this book differ in {\it
when\/} they can change the weights, and that is the practical side of the
book's question. BPTT knows the gradient of a sequence only after its
backward pass, so it changes the weights once per sequence. Truncated
BPTT with window $K$ knows the gradient of each window of $K$ steps after
that window, and changes the weights after each window; the next window
then runs with the new weights, starting from the state where the last
one ended. The RTRL methods know each step's contribution at that step,
and change the weights at every step: they learn {\it online}, with no
notion of a sequence's end at all. A method's row in the method table
says which of the three it is.

The changed weights make the three schedules different algorithms, not
three ways of computing one gradient: after the first update, the
weights that produce a later step are not those that produced the earlier
ones. With a small learning rate the difference is small, and all three
follow the gradient of the loss on average.
@^online learning@>
@^update schedule@>

@ A trainer holds what a training loop keeps between sequences: the
network and the optimiser it changes, the gradient buffer, a trace long
enough for the longest piece seen so far, and the state and output where
the last window of truncated BPTT ended.

@<Public types@>=
typedef struct lstm_trainer {
  lstm_net *net; /* the network being trained */
  const lstm_method *method; /* how gradients are computed */
  long param; /* the method's parameter: $K$ for truncated BPTT */
  lstm_optimizer *opt; /* how the weights change */
  lstm_net grad; /* the gradient of the current piece */
  lstm_trace tr; /* grows to the longest piece */
  double *carry; /* $2n$: the state and output where a window ended */
  lstm_rtrl online; /* the online computation of a per-step method */
} lstm_trainer;

@ |lstm_trainer_init| connects a network, a method and an optimiser; the
trainer owns only its buffers, which |lstm_trainer_free| releases.

@<Public functions@>=
int lstm_trainer_init(lstm_trainer *tn, lstm_net *net,
  const lstm_method *meth, long param, lstm_optimizer *opt,
  lstm_error *err);
void lstm_trainer_free(lstm_trainer *tn);

@ @<Functions@>=
int lstm_trainer_init(lstm_trainer *tn, lstm_net *net,
  const lstm_method *meth, long param, lstm_optimizer *opt,
  lstm_error *err)
{
  int status;
  memset(tn, 0, sizeof *tn);
  tn->net = net; tn->method = meth; tn->param = param; tn->opt = opt;
  if (opt->P != net->P)
    return lstm_fail(err, LSTM_EUSAGE,
      "the optimiser was made for another network");
@.the optimiser was made...@>
  if ((status = lstm_net_like(&tn->grad, net, err)) != LSTM_OK) return status;
  tn->carry = alloc_doubles(2 * net->n);
  if (!tn->carry) {
    lstm_trainer_free(tn);
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for a trainer");
  }
  if (meth->schedule == LSTM_PER_STEP &&
      (status = lstm_rtrl_init(&tn->online, net, meth->online_kind, err))
        != LSTM_OK) {
    lstm_trainer_free(tn);
    return status;
  }
  return LSTM_OK;
}
@#
void lstm_trainer_free(lstm_trainer *tn)
{
  if (!tn) return;
  lstm_net_free(&tn->grad);
  lstm_trace_free(&tn->tr);
  free(tn->carry);
  lstm_rtrl_free(&tn->online);
  memset(tn, 0, sizeof *tn);
}

@ |lstm_train_sequence| trains on one sequence with the method's
schedule. It returns in |*loss| the loss of the sequence as training saw
it, each piece evaluated with the weights current when it was run, and in
|*max_error| the largest absolute difference between a prediction and its
target at any step with a target: the success measure of the 1997
experiments.

@<Public functions@>=
int lstm_train_sequence(lstm_trainer *tn, const lstm_seq *seq,
  double *loss, double *max_error, lstm_error *err);

@ BPTT is the case of one window as long as the sequence. Each window is
a view into the sequence, with no copying: a sequence of |len| steps
whose arrays start at step |t0| of the whole. The online methods go their
own way, step by step.

@<Functions@>=
int lstm_train_sequence(lstm_trainer *tn, const lstm_seq *seq,
  double *loss, double *max_error, lstm_error *err)
{
  lstm_net *net = tn->net;
  size_t window = seq->T;
  *loss = 0; *max_error = 0;
  if (seq->m != net->m || seq->k != net->k)
    return lstm_fail(err, LSTM_EDATA,
      "the sequence does not fit the network");
@.the sequence does not fit...@>
  if (tn->method->schedule == LSTM_PER_STEP)
    return train_online(tn, seq, loss, max_error, err);
  if (tn->method->schedule == LSTM_PER_CHUNK && (size_t)tn->param < window)
    window = (size_t)tn->param;
  @<Make the trainer's trace hold |window| steps@>;
  lstm_trace_start(&tn->tr, NULL, NULL);
  for (size_t t0 = 0; t0 < seq->T; t0 += window) {
    lstm_seq piece = *seq;
    double e;
    piece.T = seq->T - t0 < window ? seq->T - t0 : window;
    piece.x += t0 * seq->m;
    piece.y += t0 * seq->k;
    piece.has_y += t0;
    @<Run the window forward and backward, and change the weights@>;
  }
  return LSTM_OK;
}

@ The trace is made again only when a longer piece arrives, so that a
training loop over sequences of similar length allocates once.

@<Make the trainer's trace hold...@>=
if (tn->tr.T < window) {
  int status;
  lstm_trace_free(&tn->tr);
  if ((status = lstm_trace_alloc(&tn->tr, net, window, err)) != LSTM_OK)
    return status;
}

@ After the window's forward pass its error is measured, its gradient
computed and the weights changed. The state and output of its last step
are copied aside, since the next window overwrites the trace, and the
next window starts from them.

@<Run the window forward and backward...@>=
*loss += lstm_forward(net, &piece, &tn->tr);
e = trace_max_error(net, &piece, &tn->tr);
if (!(e <= *max_error)) *max_error = e;
memset(tn->grad.theta, 0, tn->grad.P * sizeof *tn->grad.theta);
lstm_backward(net, &piece, &tn->tr, &tn->grad);
lstm_optimizer_step(tn->opt, net, &tn->grad);
memcpy(tn->carry, lstm_state(&tn->tr, piece.T - 1), net->n * sizeof(double));
memcpy(tn->carry + net->n, lstm_out(&tn->tr, piece.T - 1),
  net->n * sizeof(double));
lstm_trace_start(&tn->tr, tn->carry, tn->carry + net->n);

@ An online method runs the sequence through its |lstm_rtrl| object one
step at a time. At a step with a target the object adds that step's
gradient to the (cleared) buffer, and the weights change at once, before
the next input arrives; steps without a target change nothing. The
prediction the error is measured on is the one the network made at that
step, with the weights it had then.

@<Private declarations@>=
static int train_online(lstm_trainer *tn, const lstm_seq *seq,
  double *loss, double *max_error, lstm_error *err);

@ @<Functions@>=
static int train_online(lstm_trainer *tn, const lstm_seq *seq,
  double *loss, double *max_error, lstm_error *err)
{
  lstm_net *net = tn->net;
  lstm_rtrl *r = &tn->online;
  lstm_rtrl_reset(r);
  for (size_t t = 0; t < seq->T; t++) {
    const double *y = seq->has_y[t] ? seq->y + t * seq->k : NULL;
    double step_loss = 0;
    int status;
    if (y) memset(tn->grad.theta, 0, tn->grad.P * sizeof *tn->grad.theta);
    status = lstm_rtrl_step(r, net, seq->x + t * seq->m, y,
      y ? &tn->grad : NULL, &step_loss, err);
    if (status != LSTM_OK) return status;
    *loss += step_loss;
    if (y) {
      const double *pred = net->output == LSTM_OUT_NONE ? r->out[r->now] :
        r->pred;
      for (size_t q = 0; q < net->k; q++)
        if (!(fabs(pred[q] - y[q]) <= *max_error))
          *max_error = fabs(pred[q] - y[q]);
      lstm_optimizer_step(tn->opt, net, &tn->grad);
    }
  }
  return LSTM_OK;
}

@ The largest absolute error of the predictions held in a trace, over the
steps that have a target. For a softmax layer the predictions are the
probabilities, as the success criteria of the experiments require. Every
largest error in this chapter is taken with |!(e<=worst)|, not |e>worst|:
the two differ only for a NaN, which the first keeps and the second
would skip, and a NaN must make a success test fail, not pass.
@^NaN@>

@<Private declarations@>=
static double trace_max_error(const lstm_net *net, const lstm_seq *seq,
  const lstm_trace *tr);

@ @<Functions@>=
static double trace_max_error(const lstm_net *net, const lstm_seq *seq,
  const lstm_trace *tr)
{
  double worst = 0;
  for (size_t t = 0; t < seq->T; t++) {
    const double *pred = lstm_pred(tr, t), *y = seq->y + t * seq->k;
    if (!seq->has_y[t]) continue;
    for (size_t r = 0; r < net->k; r++)
      if (!(fabs(pred[r] - y[r]) <= worst)) worst = fabs(pred[r] - y[r]);
  }
  return worst;
}

@*1 Training on a task.
|lstm_train_task| runs a whole experiment: it makes a network for a task
of the previous chapter, initialises it from a seed, trains it sequence
by sequence with a method and an optimiser, and stops when the task's
success criterion is met or a budget of sequences is spent. Everything
it draws comes from generators seeded by the configuration, so the same
configuration gives a bit-identical network on the same build.
@^reproducibility@>

@<Public types@>=
typedef struct lstm_train_status {
  long sequences; /* sequences trained on so far */
  double moving_loss; /* exponential average of the loss per sequence */
  double measure; /* the task's success measure, see below */
  int solved; /* whether the criterion has been met */
  double seconds; /* processor time spent */
} lstm_train_status;
@#
typedef struct lstm_train_config {
  const char *task; /* \.{lag}, \.{reber} or \.{adding} */
  size_t length; /* the lag $p$, or the adding problem's $T$ */
  const char *method; /* as for \.{--method}, e.g. \.{tbptt:10} */
  uint64_t seed; /* of the initial weights and of the data */
  size_t cells; /* $n$ */
  int optimizer; /* |LSTM_SGD|, |LSTM_MOMENTUM| or |LSTM_ADAM| */
  double rate, clip; /* learning rate; clipping norm, 0 for none */
  lstm_init init; /* initial weights and gate biases */
  long max_sequences; /* the budget */
  long report_every; /* sequences between calls of |report| */
  void (*report)(const lstm_train_status *st, void *ctx); /* or |NULL| */
  void *ctx; /* passed to |report| */
  volatile sig_atomic_t *stop; /* when set, stop after this sequence */
  const lstm_net *start; /* initial weights instead of random ones, or |NULL| */
} lstm_train_config;

@ The defaults are the settings of the book's experiments. The Reber
grammar is learnt with plain gradient descent (rate 0.1, eight cells) and
the initial weights of the learning chapter, much as in 1997; with four
cells and rate 0.5 only one seed in ten solved it within 100,000
sequences. The lag task needs more care: with four
cells, a learning rate of 0.5 and weights in $[-0.1,0.1]$, plain descent
did not solve even $p=5$ in 20,000 sequences, because the cells must both
relay the current symbol, for the easy predictions, and hold the first
one, and the easy predictions drive the gates into saturation first. The
settings below were found by a small search on $p=10$, 20 and 50 with
BPTT (one seed each, before the experiments were run): eight cells, Adam
with rate 0.003, weights in $[-0.3,0.3]$, input-gate bias $-2$ (the cells
start nearly closed), forget-gate bias 2 and output-gate bias 0. With them
BPTT solved $p=50$ after 31,000 sequences; with 16 cells, after 19,000.
The adding problem's regression also uses Adam (rate 0.003, four cells)
with the same kind of start: weights in $[-0.5,0.5]$, input-gate bias
$-2$, forget-gate bias 3, output-gate bias 0; with the learning chapter's
defaults and rate 0.01 it stayed, in ten runs of 200,000 sequences, at
the loss of always answering the mean, 0.021.

@<Public functions@>=
lstm_train_config lstm_train_defaults(const char *task);
int lstm_train_task(const lstm_train_config *cfg, lstm_net *net,
  lstm_train_status *st, lstm_error *err);

@ @<Functions@>=
lstm_train_config lstm_train_defaults(const char *task)
{
  lstm_train_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.task = task;
  cfg.method = "bptt";
  cfg.seed = 1;
  cfg.init = lstm_init_default();
  cfg.optimizer = LSTM_SGD;
  cfg.report_every = 100;
  if (strcmp(task, "reber") == 0) {
    cfg.cells = 8; cfg.rate = 0.1; cfg.max_sequences = 100000;
  } else if (strcmp(task, "adding") == 0) {
    cfg.length = 100; cfg.cells = 4; cfg.rate = 0.003;
    cfg.optimizer = LSTM_ADAM; cfg.max_sequences = 200000;
    cfg.init.range = 0.5;
    cfg.init.bias_i = -2; cfg.init.bias_f = 3; cfg.init.bias_o = 0;
  } else {
    cfg.length = 100; cfg.cells = 8; cfg.rate = 0.003;
    cfg.optimizer = LSTM_ADAM; cfg.max_sequences = 40000;
    cfg.init.range = 0.3;
    cfg.init.bias_i = -2; cfg.init.bias_f = 2; cfg.init.bias_o = 0;
  }
  return cfg;
}

@ The network |*net| is made here and belongs to the caller afterwards,
trained or not; it is freed with |lstm_net_free| even when an error is
returned.

@<Functions@>=
int lstm_train_task(const lstm_train_config *cfg, lstm_net *net,
  lstm_train_status *st, lstm_error *err)
{
  lstm_task task;
  lstm_optimizer opt;
  lstm_trainer tn;
  lstm_rng init_rng, data_rng;
  lstm_data held; /* the task's fixed sequences, if it has any */
  const lstm_method *meth;
  long param;
  double *window = NULL; /* the adding problem's recent errors */
  int status;
  clock_t start = clock();
  memset(st, 0, sizeof *st);
  memset(net, 0, sizeof *net);
  memset(&opt, 0, sizeof opt);
  memset(&tn, 0, sizeof tn);
  if ((status = lstm_task_init(&task, cfg->task, cfg->length, err)) != LSTM_OK)
    return status;
  lstm_data_init(&held, task.m, task.k);
  if (!(meth = lstm_method_find(cfg->method, &param, err))) return LSTM_EUSAGE;
  @<Make and initialise the network, the optimiser and the trainer@>;
  @<Prepare the task's fixed sequences and its record of errors@>;
  while (status == LSTM_OK && !st->solved && st->sequences < cfg->max_sequences
      && !(cfg->stop && *cfg->stop))
    @<Train on one more sequence and check for success@>;
  st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
done:
  lstm_trainer_free(&tn);
  lstm_optimizer_free(&opt);
  lstm_data_free(&held);
  free(window);
  return status;
}

@ The weights are drawn from one generator and the data from another, so
that changing how many sequences are drawn does not change the initial
weights. The two seeds differ by a large odd constant.

@<Make and initialise the network...@>=
lstm_rng_seed(&init_rng, cfg->seed);
lstm_rng_seed(&data_rng, cfg->seed ^ 0xA0761D6478BD642FULL);
if (cfg->start) @<Start from the network |cfg->start|@>@;
else {
  if ((status = lstm_net_init(net, task.m, cfg->cells, task.k, task.output,
      err)) != LSTM_OK) goto done;
  lstm_net_initialize(net, &init_rng, &cfg->init);
}
if ((status = lstm_optimizer_init(&opt, net, cfg->optimizer, cfg->rate,
    err)) != LSTM_OK) goto done;
opt.clip = cfg->clip;
if ((status = lstm_trainer_init(&tn, net, meth, param, &opt, err)) != LSTM_OK)
  goto done;

@ A run may continue from a saved network (\.{--init}), which must have
the task's inputs, outputs and output layer; its number of cells is its
own. The data are drawn from the seed as in any run.

@<Start from the network...@>=
{
  if (cfg->start->m != task.m || cfg->start->k != task.k ||
      cfg->start->output != task.output) {
    status = lstm_fail(err, LSTM_EUSAGE, "the initial network does not fit "
      "the task %s: it needs %zu inputs and %zu outputs", task.name, task.m,
      task.k);
@.the initial network does not fit...@>
    goto done;
  }
  if ((status = lstm_net_copy(net, cfg->start, err)) != LSTM_OK) goto done;
}

@ The lag task has only two sequences, and they are held to test the
network. The Reber task holds its 256 training strings followed by its
256 test strings. The adding problem keeps the errors of its last 2,000
sequences in a ring.

@<Prepare the task's fixed sequences...@>=
switch (task.kind) {
case LSTM_TASK_LAG:
  for (int first = 0; first < 2 && status == LSTM_OK; first++) {
    lstm_seq *s;
    status = lstm_data_add(&held, task.length, &s, err);
    if (status == LSTM_OK) lag_fill(s, task.length, task.length, first);
  }
  break;
case LSTM_TASK_REBER:
  for (int q = 0; q < 512 && status == LSTM_OK; q++) {
    lstm_seq *s;
    status = lstm_task_sample(&task, &data_rng, &held, &s, err);
  }
  break;
default:
  window = alloc_doubles(ADDING_WINDOW);
  if (!window) status = lstm_fail(err, LSTM_ENOMEM, "out of memory");
}
if (status != LSTM_OK) goto done;

@ Training diverges when the learning rate is too large for the problem:
the weights grow until the loss overflows, and from then on every number
is a NaN. Nothing useful can follow, so |lstm_train_finite| checks after
every sequence that its loss and all the weights are finite; if not,
training stops with |LSTM_EDIVERGED| and a message giving the sequence
and the loss. The check costs one pass over $\theta$ per sequence, far
less than the sequence's gradient. A diverged network is never reported
as solved and never written.
@^divergence@>
@^NaN@>

@<Public functions@>=
int lstm_train_finite(const lstm_net *net, long sequence, double loss,
  lstm_error *err);

@ @<Functions@>=
int lstm_train_finite(const lstm_net *net, long sequence, double loss,
  lstm_error *err)
{
  lstm_error why;
  lstm_error_clear(&why);
  if (lstm_finite_loss(loss, &why) == LSTM_OK &&
      lstm_finite_net(net, "a weight", &why) == LSTM_OK)
    return LSTM_OK;
  if (!isfinite(loss))
    return lstm_fail(err, LSTM_EDIVERGED, "training diverged at sequence %ld: "
      "the loss is %g", sequence, loss);
  return lstm_fail(err, LSTM_EDIVERGED, "training diverged at sequence %ld: "
    "the loss is %g, but %s", sequence, loss, why.msg);
@.training diverged...@>
}

@ The lag task's sequences are written by the same code as its samples,
given the first symbol instead of drawing it: |lag_sample| draws the
symbol and calls |lag_fill|.

@<Private declarations@>=
static void lag_fill(lstm_seq *s, size_t p, size_t lag, size_t first);
#define ADDING_WINDOW 2000

@ @<Functions@>=
static void lag_fill(lstm_seq *s, size_t p, size_t lag, size_t first)
{
  size_t k = p + 1;
  for (size_t t = 0; t < lag; t++) {
    size_t in = t == 0 ? first : 2 + (t - 1) % (p - 1);
    size_t next = t + 1 == lag ? first : 2 + t % (p - 1);
    s->x[t * k + in] = 1;
    s->y[t * k + next] = 1;
    s->has_y[t] = lag == p || t + 1 == lag;
  }
}

@ One step of the loop draws a sequence, trains on it, and updates the
record. The moving loss is an exponential average with weight $1/100$.

@<Train on one more sequence and check for success@>=
{
  lstm_data one;
  lstm_seq *s;
  double loss = 0, e = 0;
  lstm_data_init(&one, task.m, task.k);
  if (task.kind == LSTM_TASK_REBER) {
    s = &held.seq[rng_below(&data_rng, 256)];
  } else status = lstm_task_sample(&task, &data_rng, &one, &s, err);
  if (status == LSTM_OK)
    status = lstm_train_sequence(&tn, s, &loss, &e, err);
  if (status == LSTM_OK)
    status = lstm_train_finite(net, st->sequences + 1, loss, err);
  lstm_data_free(&one);
  if (status == LSTM_OK) {
    st->sequences++;
    st->moving_loss = st->sequences == 1 ? loss :
      0.99 * st->moving_loss + 0.01 * loss;
    @<Check the task's success criterion@>;
    if (cfg->report && (st->solved || st->sequences % cfg->report_every == 0)) {
      st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
      cfg->report(st, cfg->ctx);
    }
  }
}

@ The criteria are those of the 1997 paper.

{\it Lag task.} Success is a largest absolute output error below 0.25 over
10,000 successive sequences. With the weights held fixed, the network's
answer to a sequence depends only on which of the two sequences it is,
and 10,000 random draws include both with certainty (the chance of
missing one is $2^{-9999}$); so the criterion is that both held sequences
pass. It is tested every ten sequences, with the weights as they are, and
the measure is the largest error found.

{\it Reber grammar.} Every prediction on the 256 training and 256 test
strings must be right, tested every 100 sequences; the measure is the
fraction of strings predicted right throughout.

{\it Adding problem.} The 2,000 most recent sequences must all have been
answered with an absolute error below 0.04 during training, and their
mean squared error must be below 0.01 (which the first condition already
implies); the measure is the fraction of the window answered right.

@<Check the task's success criterion@>=
switch (task.kind) {
case LSTM_TASK_LAG:
  if (st->sequences % 10 == 0) {
    st->measure = held_max_error(net, &held, &tn.tr);
    st->solved = st->measure < 0.25;
  }
  break;
case LSTM_TASK_REBER:
  if (st->sequences % 100 == 0) {
    st->measure = reber_right(net, &held, &tn.tr);
    st->solved = st->measure == 1;
  }
  break;
default: {
  size_t filled = st->sequences < ADDING_WINDOW ?
    (size_t)st->sequences : ADDING_WINDOW, right = 0;
  window[(st->sequences - 1) % ADDING_WINDOW] = e;
  for (size_t q = 0; q < filled; q++) right += window[q] < 0.04;
  st->measure = (double)right / ADDING_WINDOW;
  st->solved = right == ADDING_WINDOW;
  }
}

@ The tests with held weights run the forward pass over held sequences in
the trainer's trace (grown if needed; a failure to grow counts as a
failed test, never as success).

@<Private declarations@>=
static double held_max_error(const lstm_net *net, const lstm_data *held,
  lstm_trace *tr);
static double reber_right(const lstm_net *net, const lstm_data *held,
  lstm_trace *tr);
static int trace_fits(lstm_trace *tr, const lstm_net *net, size_t T);

@ @<Functions@>=
static int trace_fits(lstm_trace *tr, const lstm_net *net, size_t T)
{
  if (tr->T >= T) return 1;
  lstm_trace_free(tr);
  return lstm_trace_alloc(tr, net, T, NULL) == LSTM_OK;
}
@#
static double held_max_error(const lstm_net *net, const lstm_data *held,
  lstm_trace *tr)
{
  double worst = 0;
  for (size_t s = 0; s < held->count; s++) {
    double e;
    if (!trace_fits(tr, net, held->seq[s].T)) return HUGE_VAL;
    lstm_trace_start(tr, NULL, NULL);
    lstm_forward(net, &held->seq[s], tr);
    e = trace_max_error(net, &held->seq[s], tr);
    if (!(e <= worst)) worst = e;
  }
  return worst;
}

@ A Reber prediction is right when the outputs of the possible next
symbols (those with a positive target) are all larger than every other
output.

@<Functions@>=
static double reber_right(const lstm_net *net, const lstm_data *held,
  lstm_trace *tr)
{
  size_t right = 0;
  for (size_t s = 0; s < held->count; s++) {
    const lstm_seq *seq = &held->seq[s];
    int ok = 1;
    if (!trace_fits(tr, net, seq->T)) return 0;
    lstm_trace_start(tr, NULL, NULL);
    lstm_forward(net, seq, tr);
    for (size_t t = 0; t < seq->T && ok; t++) {
      const double *p = lstm_pred(tr, t), *y = seq->y + t * 7;
      double low = HUGE_VAL, high = -HUGE_VAL;
      if (!seq->has_y[t]) continue;
      for (size_t r = 0; r < 7; r++)
        if (y[r] > 0) low = fmin(low, p[r]);
        else high = fmax(high, p[r]);
      ok = low > high;
    }
    right += ok;
  }
  return (double)right / (double)held->count;
}

@*1 Memory retention.
A network trained on the lag task with lag $p$ has learnt to carry one
bit over $p$ steps. Does it carry it further? |lstm_retention| tests a
trained network on the two probes of lag |lag| (starting with $x$ and
with $y$, the distractors cycled as the task chapter describes) and
returns how many of the two it answers with an error below 0.25 at the
last step, as a fraction: 0, ${1\over2}$ or 1.
@^memory retention@>

@<Public functions@>=
int lstm_retention(const lstm_net *net, size_t p, size_t lag,
  double *fraction, lstm_error *err);

@ @<Functions@>=
int lstm_retention(const lstm_net *net, size_t p, size_t lag,
  double *fraction, lstm_error *err)
{
  lstm_data probes;
  lstm_trace tr;
  int status = LSTM_OK, passed = 0;
  if (p < 2 || lag < p || net->m != p + 1 || net->k != p + 1)
    return lstm_fail(err, LSTM_EUSAGE,
      "retention needs a network for the lag task and a lag of at least p");
@.retention needs a network...@>
  lstm_data_init(&probes, p + 1, p + 1);
  if ((status = lstm_trace_alloc(&tr, net, lag, err)) != LSTM_OK) {
    lstm_data_free(&probes);
    return status;
  }
  for (int first = 0; first < 2 && status == LSTM_OK; first++) {
    lstm_seq *s;
    status = lstm_data_add(&probes, lag, &s, err);
    if (status != LSTM_OK) break;
    lag_fill(s, p, lag, (size_t)first);
    lstm_forward(net, s, &tr);
    passed += trace_max_error(net, s, &tr) < 0.25;
  }
  *fraction = passed / 2.0;
  lstm_trace_free(&tr);
  lstm_data_free(&probes);
  return status;
}

@*1 The \.{train} command.
\.{lstm train --task NAME} runs |lstm_train_task| from the command line:
$$\vbox{\halign{\.{#}\hfil\quad&#\hfil\cr
--task lag{\rm, }reber{\rm\ or }adding&the task (required)\cr
--method M&a method of the table, default \.{bptt}\cr
--lag p&the lag of \.{lag}, or the length $T$ of \.{adding}\cr
--seed S&the seed of weights and data, default 1\cr
--cells N&the number of cells\cr
--lr R&the learning rate\cr
--optimizer sgd{\rm, }momentum{\rm\ or }adam&the optimiser\cr
--clip C&the largest gradient norm, 0 for none\cr
--max-sequences N&the budget\cr
--out FILE&where to write the trained model\cr
--curve FILE&where to write the learning curve\cr}}$$
The defaults are those of |lstm_train_defaults|; the options that are
not about a task (\.{--init}, \.{--checkpoint}, \.{--every},
\.{--progress}, and \.{--data} instead of \.{--task}) are those of the
next chapter. When standard error is a terminal, or with \.{--progress},
a progress line there shows the sequences seen, the moving loss, the
success measure and the rate. At the end one line on standard output
begins \.{solved after $N$ sequences} or \.{not solved after $N$
sequences}, and goes on with the configuration and the figures as
name--value pairs, every number the shortest that reads back exactly
(|short_g|), so that a person can read it and a script gets every bit;
for the lag task it ends with the retention at lags $2p$, $5p$ and
$10p$. The model and the curve are written as the section ``Writing
files safely'' of the command's chapter says: a run that fails, diverges
or is interrupted never leaves half a model, and an unwritable \.{FILE}
is reported before training starts. The learning curve, if asked for,
has a header line that names its columns, \.{\# sequences moving-loss
measure}, and then one line per 100 sequences with these three numbers.
@.train@>

@<Rows of the table of subcommands@>=
{"train", "train a network on a task of the 1997 paper", cmd_train},

@ @<Declarations of the command@>=
static int cmd_train(int argc, char **argv);
static int train_usage(const char *fmt, const char *a, const char *b);
static void train_progress(const lstm_train_status *st, void *ctx);

@ The options are read in two passes: the task (or the data file of the
next chapter) first, since the defaults depend on it, then everything
else over them. As in every subcommand, a value follows its option as
the next argument or after an equals sign (\.{--lr=0.1}). A value that
is not a number of the right kind is a usage error naming the option,
reported before any training. The run is watched as the next chapter
describes: progress, curve, checkpoints and Ctrl-C.

@<Subcommands@>=
static int cmd_train(int argc, char **argv)
{
  lstm_train_config cfg;
  lstm_train_status st;
  lstm_net net, start;
  lstm_error err;
  const char *task = NULL, *out = NULL, *curve = NULL;
  train_args args = {NULL, NULL, NULL, NULL, -1, 0, 1000, 0};
  train_watch w;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    @<Print the help of \.{lstm train}@>;
    return 0;
  }
  @<Find the task or the data file among the arguments@>;
  cfg = task ? lstm_train_defaults(task) : data_defaults();
  for (int a = 0; a < argc; a++)
    @<Apply option |argv[a]| and its value to |cfg|@>;
  if (args.data) return train_on_data(&cfg, &args, out, curve);
  if (args.valid || args.output >= 0 || args.epochs)
    return train_usage("lstm train: --valid, --output and --epochs are for "
      "--data, not --task%s", "", "");
@.--valid, --output and --epochs...@>
  if (args.init) {
    if ((status = lstm_model_read(args.init, &start, &err)) != LSTM_OK)
      return report(status, &err);
    cfg.start = &start;
  }
  if ((status = watch_open(&w, &cfg, &args, &net, out, curve, &err)) ==
      LSTM_OK) {
    cfg.report = train_progress;
    cfg.ctx = &w;
    cfg.report_every = 1;
    cfg.stop = &train_stop;
    status = lstm_train_task(&cfg, &net, &st, &err);
    w.interrupted = train_stop && !w.failed && !st.solved &&
      st.sequences < cfg.max_sequences;
    if (status == LSTM_OK) @<Print the summary line of the training@>;
    status = watch_close(&w, status, &net, &err);
    lstm_net_free(&net);
  } else status = report(status, &err);
  if (args.init) lstm_net_free(&start);
  return status;
}

@ @<Find the task or the data file...@>=
for (int a = 0; a < argc; a++)
  if (strcmp(argv[a], "--task") == 0 && a + 1 < argc) task = argv[++a];
  else if (strncmp(argv[a], "--task=", 7) == 0) task = argv[a] + 7;
  else if (strcmp(argv[a], "--data") == 0 && a + 1 < argc) args.data = argv[++a];
  else if (strncmp(argv[a], "--data=", 7) == 0) args.data = argv[a] + 7;
if (!task == !args.data)
  return train_usage("lstm train: expected --task or --data, and not both%s",
    "", "");
@.expected --task or --data...@>

@ @<Print the help of \.{lstm train}@>=
printf("usage: lstm train --task lag|reber|adding [--lag p] [--max-sequences N]\n"
  "       lstm train --data FILE [--valid FILE] [--output l2|softmax|none]\n"
  "                  [--epochs N]\n"
  "  and for both: [--method M] [--seed S] [--cells N] [--lr R]\n"
  "    [--optimizer sgd|momentum|adam] [--clip C] [--init MODEL]\n"
  "    [--out FILE] [--curve FILE] [--checkpoint FILE] [--every N]\n"
  "    [--progress]\n"
  "Train a network on a task of Hochreiter and Schmidhuber (1997) until\n"
  "it meets the paper's success criterion or the budget is spent, or on\n"
  "the sequences of FILE for N epochs (10 unless given); print a summary\n"
  "line, and write the model to FILE if asked. A value may follow its\n"
  "option or an equals sign; '-' is standard input or output. Ctrl-C\n"
  "stops after the current sequence and writes what was asked for.\n");

@ Each option but \.{--progress} takes one value. The options that only
training on a file and watching a run have are read by |train_option| of
the next chapter.

@<Apply option...@>=
{
  const char *arg = argv[a], *eq = strchr(arg, '='), *val;
  char opt[32], *end = NULL;
  size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
  if (strncmp(arg, "--", 2) != 0 || len >= sizeof opt)
    return train_usage("lstm train: unknown argument '%s'", arg, "");
  memcpy(opt, arg, len);
  opt[len] = '\0';
  if (strcmp(opt, "--progress") == 0 && !eq) {
    args.progress = 1;
    continue;
  }
  val = eq ? eq + 1 : a + 1 < argc ? argv[++a] : NULL;
  if (!val) return train_usage("lstm train: %s needs a value", opt, "");
  if ((status = train_option(opt, val, &args)) == 2) return 2;
  else if (status == 1) continue;
  else if (strcmp(opt, "--task") == 0) continue;
  else if (strcmp(opt, "--method") == 0) cfg.method = val;
  else if (strcmp(opt, "--out") == 0) out = val;
  else if (strcmp(opt, "--curve") == 0) curve = val;
  else if (strcmp(opt, "--optimizer") == 0) {
    if (strcmp(val, "sgd") == 0) cfg.optimizer = LSTM_SGD;
    else if (strcmp(val, "momentum") == 0) cfg.optimizer = LSTM_MOMENTUM;
    else if (strcmp(val, "adam") == 0) cfg.optimizer = LSTM_ADAM;
    else return train_usage("lstm train: unknown optimiser '%s'", val, "");
  } else if (strcmp(opt, "--lr") == 0 || strcmp(opt, "--clip") == 0) {
    double v = strtod(val, &end);
    if (end == val || *end || !isfinite(v) || v < 0 ||
        (v == 0 && opt[2] == 'l'))
      return train_usage(opt[2] == 'l' ? "lstm train: expected a positive "
        "number after %s, found '%s'" : "lstm train: expected a number of "
        "at least 0 after %s, found '%s'", opt, val);
    if (opt[2] == 'l') cfg.rate = v; else cfg.clip = v;
  } else if (strcmp(opt, "--lag") == 0 || strcmp(opt, "--seed") == 0 ||
      strcmp(opt, "--cells") == 0 || strcmp(opt, "--max-sequences") == 0) {
    @<Read the whole number |val| of option |opt| into |cfg|@>;
  } else return train_usage("lstm train: unknown option '%s'", opt, "");
}

@ A whole number is digits only, read with |strtoull|, which says when
the number is too large instead of wrapping it; so every seed from 0 to
$2^{64}-1$ gives its own run, and a larger one is refused rather than
clamped to the largest. The budget must fit a |long|.

@<Read the whole number...@>=
{
  unsigned long long v;
  errno = 0;
  v = strtoull(val, &end, 10);
  if (val[0] < '0' || val[0] > '9' || *end || errno == ERANGE ||
      (opt[2] == 'm' && v > LONG_MAX) || (opt[2] != 's' && v > SIZE_MAX))
    return train_usage("lstm train: expected a whole number after %s, "
      "found '%s'", opt, val);
@.expected a whole number after...@>
  if (opt[2] == 'l') cfg.length = (size_t)v;
  else if (opt[2] == 's') cfg.seed = (uint64_t)v;
  else if (opt[2] == 'c') cfg.cells = (size_t)v;
  else cfg.max_sequences = (long)v;
}

@ @<Subcommands@>=
static int train_usage(const char *fmt, const char *a, const char *b)
{
  fprintf(stderr, fmt, a, b);
  fprintf(stderr, "; try 'lstm train --help'\n");
@.lstm train: --task is required@>
@.lstm train: unknown option@>
  return 2;
}
@#
static void train_progress(const lstm_train_status *st, void *ctx)
{
  train_watch *w = ctx;
  watch_checkpoint(w, st->sequences);
  if (st->sequences % 100 != 0 && !st->solved) return;
  if (w->terminal) {
    fprintf(stderr, "\r%ld sequences, moving loss %.4g, measure %.3g, "
      "%.0f sequences/s   ", st->sequences, st->moving_loss, st->measure,
      st->seconds > 0 ? st->sequences / st->seconds : 0.0);
    fflush(stderr);
  }
  if (w->has_curve)
    fprintf(w->curve.f, "%ld %.17g %.17g\n", st->sequences, st->moving_loss,
      st->measure);
}

@ The summary line. For the lag task, retention is measured with the
trained weights, whether or not the task was solved. Its numbers are
short (|short_g|) and still exact; it goes to standard error when
standard output holds a file (\.{--out -}).

@<Print the summary line of the training@>=
{
  char lr[32], clip[32], loss[32], measure[32], secs[32];
  fprintf(w.talk, "%s after %ld sequences: task %s length %zu method %s "
    "seed %llu cells %zu optimizer %s lr %s clip %s loss %s measure %s "
    "seconds %s", st.solved ? "solved" : "not solved", st.sequences,
    cfg.task, cfg.length, cfg.method, (unsigned long long)cfg.seed,
    net.n, optimizer_name[cfg.optimizer], short_g(lr, cfg.rate),
    short_g(clip, cfg.clip), short_g(loss, st.moving_loss),
    short_g(measure, st.measure), short_g(secs, st.seconds));
  if (strcmp(cfg.task, "lag") == 0)
    for (int q = 0; q < 3 && status == LSTM_OK; q++) {
      static const int times[3] = {2, 5, 10};
      double kept = 0;
      status = lstm_retention(&net, cfg.length, times[q] * cfg.length, &kept,
        &err);
      fprintf(w.talk, " retention%dp %s", times[q], short_g(lr, kept));
    }
  fprintf(w.talk, "\n");
}

@*1 Exercises.
\exercise{training.1}{15}
Why must a training loop that uses \.{rtrl} reset the RTRL object at the
start of every sequence, even though the weights carry over?

\exercise{training.2}{30}
Train on the embedded Reber grammar with \.{bptt}, \.{tbptt:}$10$ and
\.{irtrl}, and compare the number of sequences each needs with the
numbers of the 1997 paper.
