@* Training on your own sequences.
The tasks of the 1997 paper are the book's experiments, but a reader
usually has sequences of her own: sensor readings with the value to
predict, sentences with the next letter, a toy problem for a course. This
chapter trains a network on any sequence file of the chapter on files,
$$\hbox{\.{lstm train --data }{\it FILE\/}\.{ [--valid }{\it FILE\/}\.{]
[--output l2$\vert$softmax$\vert$none] [--epochs }{\it N\/}\.{]}},$$
with every method of the method table and every option of \.{lstm train}
that is not about a task. The network gets as many inputs as the file
has (|data->m|), and an output layer with as many units as the file has targets (|data->k|):
\.{l2}, the default, is a linear layer with the squared loss (|LSTM_OUT_L2|), \.{softmax}
one with the cross-entropy (|LSTM_OUT_SOFTMAX|); \.{none} (|LSTM_OUT_NONE|) uses the cells' outputs themselves
and needs as many targets as cells. Training goes through the file
\.{--epochs} times (ten unless given), each time in a new random order
drawn from the seed, and reports after each epoch the mean loss per
sequence on the training file, as training saw it, and on the validation
file, with the weights at the end of the epoch. There is no success
criterion: a file of your own says nothing about what counts as solved.
@^training on a file@>
@^epoch@>

@ The loop is a library function, |lstm_train_data|, so that a C program can use it too. Its
configuration, an |lstm_data_config|, names the data, the method and the optimiser; the network
is made and initialised by the caller (the command draws it, or reads it
with \.{--init}), and trained in place.

@<Public types@>=
typedef struct lstm_epoch {
  long epoch; /* epochs completed */
  long sequences; /* sequences trained on, in all */
  double train_loss; /* mean loss per sequence of the last epoch */
  double valid_loss; /* the same on the validation data, or 0 */
  int end_of_epoch; /* whether this report closes an epoch */
  int interrupted; /* whether training stopped at |*stop| */
  double seconds; /* processor time spent */
} lstm_epoch;
@#
typedef struct lstm_data_config {
  const lstm_data *train; /* the training sequences */
  const lstm_data *valid; /* validation sequences, or |NULL| */
  const char *method; /* as for \.{--method} */
  uint64_t seed; /* of the order of the sequences */
  int optimizer; /* |LSTM_SGD|, |LSTM_MOMENTUM| or |LSTM_ADAM| */
  double rate, clip; /* learning rate; clipping norm, 0 for none */
  long epochs; /* passes through |train| */
  void (*report)(const lstm_epoch *st, const lstm_net *net, void *ctx);
    /* called after every sequence, or |NULL| */
  void *ctx; /* passed to |report| */
  volatile sig_atomic_t *stop; /* when set, stop after this sequence */
  size_t batch; /* sequences per update; 0 or 1: the method's own schedule */
  int threads; /* threads of a batch, 0 or 1 for one */
} lstm_data_config;

@ @<Public functions@>=
int lstm_train_data(const lstm_data_config *cfg, lstm_net *net,
  lstm_epoch *st, lstm_error *err);

@ |lstm_train_data| checks that both files, |cfg->train| and |cfg->valid|, fit the network, sets up an
optimiser and a trainer (the training chapter's |lstm_trainer|, so that every method
trains with its own schedule), and runs the |cfg->epochs| epochs, reporting each in an |lstm_epoch|. A loss or a weight
that stops being finite ends training with |LSTM_EDIVERGED|, as on a
task. When |*cfg->stop| becomes nonzero (the command sets it on Ctrl-C),
training stops after the current sequence, with |st->interrupted| set and
the network as it is. Data without a single target are refused, the
training data and the validation data alike: their loss is 0 whatever
the weights, and a loss of 0 would read as a perfect fit.

@<Functions@>=
int lstm_train_data(const lstm_data_config *cfg, lstm_net *net,
  lstm_epoch *st, lstm_error *err)
{
  const lstm_method *meth;
  lstm_optimizer opt;
  lstm_trainer tn;
  lstm_rng rng;
  size_t *order = NULL, count = cfg->train->count;
  long param;
  int status;
  clock_t start = clock();
  memset(st, 0, sizeof *st);
  memset(&opt, 0, sizeof opt);
  memset(&tn, 0, sizeof tn);
  if ((status = lstm_data_fits(net, cfg->train, err)) != LSTM_OK ||
      (cfg->valid && (status = lstm_data_fits(net, cfg->valid, err)) !=
        LSTM_OK)) return status;
  if (!(meth = lstm_method_find(cfg->method, &param, err))) return LSTM_EUSAGE;
  if (count == 0)
    return lstm_fail(err, LSTM_EDATA, "there are no sequences to train on");
  if (!lstm_data_targets(cfg->train))
    return lstm_fail(err, LSTM_EDATA, "the training sequences have no step " @/
      "with a target: there is nothing to learn");
  if (cfg->valid && !lstm_data_targets(cfg->valid))
    return lstm_fail(err, LSTM_EDATA, "the validation sequences have no " @/
      "step with a target: there is nothing to measure");
@.have no step with a target@>
  if (!(order = malloc(count * sizeof *order)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory");
  for (size_t s = 0; s < count; s++) order[s] = s;
  lstm_rng_seed(&rng, cfg->seed);
  if ((status = lstm_optimizer_init(&opt, net, cfg->optimizer, cfg->rate,
      err)) == LSTM_OK) {
    opt.clip = cfg->clip;
    status = lstm_trainer_init(&tn, net, meth, param, &opt, err);
  }
  while (status == LSTM_OK && st->epoch < cfg->epochs && !st->interrupted)
    @<Train one epoch in a new order, and measure the losses@>;
  lstm_trainer_free(&tn);
  lstm_optimizer_free(&opt);
  free(order);
  return status;
}

@ The order, |order|, is a fresh permutation for every epoch, by the shuffle of
Fisher and Yates with the book's generator (|lstm_rng_next|), so that a seed gives the same
run on every machine. The training loss, |st->train_loss|, is the mean of the losses the
sequences had when they were trained on; the validation loss, |st->valid_loss|, is computed
afresh by |lstm_loss|, with the weights at the end of the epoch.

@<Train one epoch...@>=
{
  double sum = 0;
  size_t done = 0;
  for (size_t s = count; s > 1; s--) {
    size_t r = (size_t)(lstm_rng_next(&rng) % s), keep = order[s - 1];
    order[s - 1] = order[r];
    order[r] = keep;
  }
  if (cfg->batch > 1)
    for (size_t q = 0; q < count && status == LSTM_OK && !st->interrupted; )
      @<Train on the batch of sequences from |order[q]| on@>@;
  else
    for (size_t q = 0; q < count && status == LSTM_OK && !st->interrupted; q++)
      @<Train on sequence |order[q]|@>;
  if (status == LSTM_OK && done > 0) {
    st->train_loss = sum / (double)done;
    st->end_of_epoch = 1;
    if (!st->interrupted) st->epoch++;
    if (cfg->valid && (status = lstm_loss(net, cfg->valid, &st->valid_loss,
        err)) == LSTM_OK)
      st->valid_loss /= (double)cfg->valid->count;
    st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    if (status == LSTM_OK && cfg->report) cfg->report(st, net, cfg->ctx);
    st->end_of_epoch = 0;
  }
}

@ @<Train on sequence...@>=
{
  double loss = 0, e = 0;
  status = lstm_train_sequence(&tn, &cfg->train->seq[order[q]], &loss, &e,
    err);
  if (status == LSTM_OK)
    status = lstm_train_finite(net, st->sequences + 1, loss, err);
  if (status == LSTM_OK) {
    sum += loss;
    done++;
    st->sequences++;
    st->interrupted = cfg->stop && *cfg->stop;
    if (cfg->report && !(q + 1 == count || st->interrupted)) {
      st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
      cfg->report(st, net, cfg->ctx);
    }
  }
}

@*1 The command \.{lstm train --data}.
It is handled here, by |train_on_data|, with the options that only it
has, while \.{lstm train} reads the options shared with the tasks
(\.{--method}, \.{--seed}, \.{--cells}, \.{--lr}, \.{--optimizer},
\.{--clip}, \.{--out}, \.{--curve}). The options of this chapter are
$$\vbox{\halign{\.{#}\hfil\quad&#\hfil\cr
--data FILE&the training sequences (instead of \.{--task})\cr
--valid FILE&validation sequences\cr
--output l2{\rm, }softmax{\rm\ or }none&the output layer, default \.{l2}\cr
--epochs N&passes through the data, default 10\cr
--init MODEL&start from a saved model instead of random weights\cr
--checkpoint FILE&save the model on the way, every \.{--every} sequences\cr
--every N&sequences between checkpoints, default 1000\cr
--progress&the progress line also when standard error is no terminal\cr}}$$
\.{--init}, \.{--checkpoint}, \.{--every} and \.{--progress} work with
\.{--task} too. A file name \.- means standard input (for \.{--data},
\.{--valid} and \.{--init}, one of them at most) or standard output (for
\.{--out}, \.{--curve} and \.{--checkpoint}; then the lines for people go
to standard error, so that standard output holds the file alone).

After every epoch one line on standard output gives the epoch, the
sequences seen, the training loss and, with \.{--valid}, the validation
loss (|epoch|, |sequences|, |train_loss| and |valid_loss| of the |lstm_epoch|); the curve file, if asked for, gets the same numbers. At the end a
summary line begins \.{trained} and lists the configuration and the
last losses, as name--value pairs. Ctrl-C (or SIGTERM, or SIGHUP) stops
training after the current sequence: the model and the curve so far are
written, if asked for, the summary says \.{interrupted}, and the exit
status is 130, the shell's for a program stopped by SIGINT. A second
signal stops at once, writes nothing and leaves no temporary file, with
exit status 4 (the section ``Signals'' of the command's chapter).
@^SIGINT@>
@^checkpoint@>

@<Declarations of the command@>=
typedef struct train_args {
  const char *data, *valid; /* the files of \.{--data} and \.{--valid} */
  const char *init; /* the model of \.{--init}, or |NULL| */
  const char *checkpoint; /* the file of \.{--checkpoint}, or |NULL| */
  int output; /* the output layer for \.{--data}; |-1| unless given */
  long epochs, every; /* \.{--epochs} (0 unless given), \.{--every} */
  int progress; /* \.{--progress} was given */
  size_t batch; /* \.{--batch}, 0 unless given */
  int threads; /* \.{--threads}, 0 unless given */
} train_args;
static int train_option(const char *opt, const char *val, train_args *args);
static lstm_train_config data_defaults(void);
static int train_on_data(const lstm_train_config *cfg, const train_args *args,
  const char *out, const char *curve);

@ The defaults of training on a file are set here, by |data_defaults|, not borrowed from a
task, so that a change in a task's settings does not change them: eight
cells, Adam with rate 0.003, and the initial weights of the learning
chapter, |lstm_init_default|.

@<Subcommands@>=
static lstm_train_config data_defaults(void)
{
  lstm_train_config cfg = lstm_train_defaults("adding", 0);
  cfg.task = NULL;
  cfg.length = 0;
  cfg.cells = 8;
  cfg.optimizer = LSTM_ADAM;
  cfg.rate = 0.003;
  cfg.clip = 0;
  cfg.init = lstm_init_default();
  return cfg;
}

@ |train_option| reads an option of this chapter; it returns 0 when |opt|
is not one of them, 1 when it was read, and 2, after a message naming the
option, when its value is wrong. \.{--progress} takes no value; the
caller passes it with |val| equal to |NULL|.

@<Subcommands@>=
static int train_option(const char *opt, const char *val, train_args *args)
{
  if (strcmp(opt, "--progress") == 0) args->progress = 1;
  else if (strcmp(opt, "--data") == 0) args->data = val;
  else if (strcmp(opt, "--valid") == 0) args->valid = val;
  else if (strcmp(opt, "--init") == 0) args->init = val;
  else if (strcmp(opt, "--checkpoint") == 0) args->checkpoint = val;
  else if (strcmp(opt, "--output") == 0) {
    if (strcmp(val, "l2") == 0) args->output = LSTM_OUT_L2;
    else if (strcmp(val, "softmax") == 0) args->output = LSTM_OUT_SOFTMAX;
    else if (strcmp(val, "none") == 0) args->output = LSTM_OUT_NONE;
    else return train_usage("lstm train: expected l2, softmax or none after " @/
      "%s, found '%s'", opt, val);
  } else if (strcmp(opt, "--epochs") == 0 || strcmp(opt, "--every") == 0) {
    char *end;
    long v;
    errno = 0;
    v = strtol(val, &end, 10);
    if (val[0] < '0' || val[0] > '9' || *end || errno == ERANGE || v < 1)
      return train_usage("lstm train: expected a positive whole number " @/
        "after %s, found '%s'", opt, val);
    if (opt[3] == 'p') args->epochs = v; else args->every = v;
  } else if (strcmp(opt, "--batch") == 0 || strcmp(opt, "--threads") == 0)
    return batch_option(opt, val, &args->batch, &args->threads);
  else return 0;
  return 1;
}

@ Training on a file reads the files first, then makes the network and
opens the output files, and only then trains; every mistake is reported
before the first sequence.

@<Subcommands@>=
static int train_on_data(const lstm_train_config *cfg, const train_args *args,
  const char *out, const char *curve)
{
  lstm_data train, valid;
  lstm_net net;
  lstm_error err;
  lstm_epoch st;
  lstm_data_config dc;
  train_watch w;
  int status;
  lstm_error_clear(&err);
  memset(&net, 0, sizeof net);
  lstm_data_init(&valid, 0, 0);
  if ((strcmp(args->data, "-") == 0) + (args->valid && strcmp(args->valid,
      "-") == 0) + (args->init && strcmp(args->init, "-") == 0) > 1)
    return train_usage("lstm train: only one of --data, --valid and --init " @/
      "can be standard input, '-'%s", "", "");
@.only one of --data...@>
  if ((status = lstm_data_read(args->data, NULL, &train, &err)) != LSTM_OK)
    return report(status, &err);
  if (args->valid &&
      (status = lstm_data_read(args->valid, NULL, &valid, &err)) != LSTM_OK) {
    lstm_data_free(&train);
    return report(status, &err);
  }
  if (cfg->batch > train.count) {
    status = batch_too_large(cfg->batch, train.count);
    lstm_data_free(&train);
    lstm_data_free(&valid);
    return status;
  }
  if ((status = data_network(cfg, args, &train, &net, &err)) == LSTM_OK &&
      (status = watch_open(&w, cfg, args, &net, out, curve, &err)) == LSTM_OK) {
    @<Configure |dc| and train on the file@>;
    status = watch_close(&w, status, &net, &err);
  } else status = report(status, &err);
  lstm_net_free(&net);
  lstm_data_free(&train);
  lstm_data_free(&valid);
  return status;
}

@ @<Configure |dc|...@>=
memset(&dc, 0, sizeof dc);
dc.train = &train;
dc.valid = args->valid ? &valid : NULL;
dc.method = cfg->method;
dc.seed = cfg->seed;
dc.optimizer = cfg->optimizer;
dc.rate = cfg->rate;
dc.clip = cfg->clip;
dc.epochs = args->epochs ? args->epochs : 10;
dc.report = data_progress;
dc.ctx = &w;
dc.stop = &train_stop;
dc.batch = cfg->batch;
dc.threads = cfg->threads;
status = lstm_train_data(&dc, &net, &st, &err);
w.interrupted = st.interrupted;
if (status == LSTM_OK) {
  char lr[32], clip[32], loss[32], vloss[32], secs[32];
  fprintf(w.talk, "trained %ld epochs, %ld sequences%s: method %s seed %llu " @/
    "cells %zu output %s optimizer %s lr %s clip %s loss %s", st.epoch,
    st.sequences, st.interrupted ? ", interrupted" : "", cfg->method,
    (unsigned long long)cfg->seed, net.n, net.output == LSTM_OUT_NONE ? "none"
    : net.output == LSTM_OUT_L2 ? "l2" : "softmax",
    optimizer_name[cfg->optimizer], short_g(lr, cfg->rate),
    short_g(clip, cfg->clip), short_g(loss, st.train_loss));
  if (args->valid) fprintf(w.talk, " valid %s", short_g(vloss, st.valid_loss));
  if (cfg->batch > 1) fprintf(w.talk, " batch %zu", cfg->batch);
  fprintf(w.talk, " seconds %s\n", short_g(secs, st.seconds));
}

@ The network, made by |data_network|. With \.{--init} it is the saved model, which must fit the
data (and the output layer, if \.{--output} is given too); otherwise it
has \.{--cells} cells and the output layer of \.{--output}, and is
initialised from the seed as the tasks' networks are, by |lstm_net_initialize|.

@<Declarations of the command@>=
static int data_network(const lstm_train_config *cfg, const train_args *args,
  const lstm_data *train, lstm_net *net, lstm_error *err);

@ @<Subcommands@>=
static int data_network(const lstm_train_config *cfg, const train_args *args,
  const lstm_data *train, lstm_net *net, lstm_error *err)
{
  int status, output = args->output < 0 ? LSTM_OUT_L2 : args->output;
  if (args->init) {
    if ((status = lstm_model_read(args->init, net, err)) != LSTM_OK)
      return status;
    if (args->output >= 0 && net->output != args->output)
      return lstm_fail_at(err, LSTM_EUSAGE, args->init, 0, "has another " @/
        "output layer than --output asks for");
@.has another output layer...@>
    return lstm_data_fits(net, train, err);
  }
  if (output == LSTM_OUT_NONE && train->k != cfg->cells)
    return lstm_fail(err, LSTM_EUSAGE, "--output none needs as many targets " @/
      "as cells, but the data have %zu targets and --cells is %zu",
      train->k, cfg->cells);
@.--output none needs...@>
  if ((status = lstm_net_init(net, train->m, cfg->cells, output ==
      LSTM_OUT_NONE ? cfg->cells : train->k, output, err)) == LSTM_OK) {
    lstm_rng rng;
    lstm_rng_seed(&rng, cfg->seed);
    lstm_net_initialize(net, &rng, &cfg->init);
  }
  return status;
}

@*1 Watching a run.
Both kinds of training, on a task and on a file, are watched the same
way while they run: a progress line on standard error, the curve file,
the checkpoints, and Ctrl-C. A |train_watch| holds what that takes. Its
files are opened, safely, before training starts, and closed after it:
the model and the curve are written when training ends well or is
interrupted, the curve alone when it diverged (its numbers are those
before the divergence, all finite), and nothing when it failed otherwise.

@<Declarations of the command@>=
typedef struct train_watch {
  int terminal; /* whether to show the progress line */
  FILE *talk; /* where lines for people go: standard output or error */
  out_file model, curve; /* the files of \.{--out} and \.{--curve} */
  int has_model, has_curve; /* whether they were asked for */
  int has_valid; /* training on a file with validation data */
  const char *checkpoint; /* \.{--checkpoint}, or |NULL| */
  long every; /* sequences between checkpoints */
  int failed; /* a checkpoint could not be written */
  lstm_error err; /* why */
  int interrupted; /* training stopped on Ctrl-C */
  const lstm_net *net; /* the network being trained */
} train_watch;
static const char *const optimizer_name[3] = {"sgd", "momentum", "adam"};
static int watch_open(train_watch *w, const lstm_train_config *cfg,
  const train_args *args, const lstm_net *net, const char *out,
  const char *curve, lstm_error *err);
static int watch_close(train_watch *w, int status, const lstm_net *net,
  lstm_error *err);
static void watch_checkpoint(train_watch *w, long sequences);
static void data_progress(const lstm_epoch *st, const lstm_net *net,
  void *ctx);

@ |watch_open| opens the files, writes the curve's header, and tells the
handler of signals that a first signal only stops training (the
handler then sets |train_stop|, at which the training loops look after
every sequence). The checkpoint's target is tried too (a temporary file is
made beside it and removed), so that a checkpoint that cannot be written
is reported before the first sequence, like the model. The curve's columns depend on the kind of training.

@<Subcommands@>=
static int watch_open(train_watch *w, const lstm_train_config *cfg,
  const train_args *args, const lstm_net *net, const char *out,
  const char *curve, lstm_error *err)
{
  int to_stdout = (out && strcmp(out, "-") == 0) ||
    (curve && strcmp(curve, "-") == 0) ||
    (args->checkpoint && strcmp(args->checkpoint, "-") == 0);
  int status;
  (void)cfg;
  memset(w, 0, sizeof *w);
  lstm_error_clear(&w->err);
  w->terminal = args->progress || isatty(fileno(stderr));
  w->talk = to_stdout ? stderr : stdout;
  w->checkpoint = args->checkpoint;
  w->every = args->every;
  w->net = net;
  w->has_valid = args->data && args->valid;
  if (args->checkpoint) { /* tried now, so that a mistake costs no training */
    out_file f;
    if ((status = out_open(&f, args->checkpoint, err)) != LSTM_OK)
      return status;
    out_abandon(&f);
  }
  if (out) {
    if ((status = out_open(&w->model, out, err)) != LSTM_OK) return status;
    w->has_model = 1;
  }
  if (curve) {
    if ((status = out_open(&w->curve, curve, err)) != LSTM_OK) {
      if (out) out_abandon(&w->model);
      return status;
    }
    w->has_curve = 1;
    if (text_opts.text)
      fprintf(w->curve.f, "# epoch characters seconds train-nats " @/
        "valid-nats bits\n");
    else if (args->data)
      fprintf(w->curve.f, "# epoch sequences train-loss%s\n",
        args->valid ? " valid-loss" : "");
    else fprintf(w->curve.f, "# sequences moving-loss measure updates " @/
      "last-error other-error drift separation\n");
  }
  train_stop = 0;
  signals_seen = 0;
  signal_stops = 1;
  return LSTM_OK;
}

@ |watch_close| finishes the progress line, writes or gives up the files,
and then lets a signal end the program again. It returns the exit
status: 0, 130 after Ctrl-C, or that of the error it reports. A second
signal while it writes still stops at once, and removes the files not
yet in place. After an interrupt it says which files hold what was
done so far.

@<Subcommands@>=
static int watch_close(train_watch *w, int status, const lstm_net *net,
  lstm_error *err)
{
  int keep_curve = status == LSTM_OK || status == LSTM_EDIVERGED;
  if (w->terminal) fputc('\n', stderr);
  if (status == LSTM_OK && w->failed) status = LSTM_EIO, *err = w->err;
  if (w->has_curve) {
    lstm_error cerr;
    lstm_error_clear(&cerr);
    if (!keep_curve) out_abandon(&w->curve);
    else if (out_commit(&w->curve, &cerr) != LSTM_OK && status == LSTM_OK)
      status = LSTM_EIO, *err = cerr;
  }
  if (w->has_model) {
    if (status != LSTM_OK) out_abandon(&w->model);
    else if ((status = lstm_model_write(w->model.f, net, err)) != LSTM_OK)
      out_abandon(&w->model);
    else status = out_commit(&w->model, err);
  }
  signal_stops = 0;
  if (status == LSTM_EDIVERGED) {
    report(status, err);
    fprintf(stderr, "lstm train: no model is written; a smaller learning " @/
      "rate (--lr) or clipping (--clip) may help\n");
    return 1;
  }
  if (status != LSTM_OK) return report(status, err);
  if (w->interrupted)
    fprintf(stderr, "lstm train: interrupted; %s\n", w->has_model &&
      w->has_curve ? "the model and the curve so far are written" :
      w->has_model ? "the model so far is written" : w->has_curve ?
      "the curve so far is written" : "no --out or --curve was asked for");
@.interrupted; the model...@>
  return w->interrupted ? 130 : 0;
}

@ A checkpoint, |watch_checkpoint|, is the model written safely to its file; so a run killed
while it writes one leaves the previous checkpoint whole. One that cannot
be written stops training, since the run would otherwise go on without
the safety the user asked for.

@<Subcommands@>=
static void watch_checkpoint(train_watch *w, long sequences)
{
  out_file f;
  if (!w->checkpoint || w->failed || sequences % w->every != 0) return;
  if (out_open(&f, w->checkpoint, &w->err) == LSTM_OK) {
    if (lstm_model_write(f.f, w->net, &w->err) != LSTM_OK) out_abandon(&f);
    else if (out_commit(&f, &w->err) == LSTM_OK) return;
  }
  w->failed = 1;
  train_stop = 1;
}

@ The report of training on a file, |data_progress|: after every sequence a checkpoint if
one is due, and after every epoch the epoch's line, for people on |talk|,
with six digits, and for machines in the curve, with 17. An epoch cut short by Ctrl-C is reported
too, marked \.{interrupted}, on |talk| and in the curve, where the mark
is a comment (\.{\# interrupted}) after the numbers, so that a program
that plots the curve reads the numbers and a person sees that the last
row is a partial epoch.

@<Subcommands@>=
static void data_progress(const lstm_epoch *st, const lstm_net *net,
  void *ctx)
{
  train_watch *w = ctx;
  long epoch = st->epoch + (st->interrupted ? 1 : 0);
  (void)net;
  watch_checkpoint(w, st->sequences);
  if (!st->end_of_epoch) {
    if (w->terminal && st->sequences % 100 == 0)
      fprintf(stderr, "\repoch %ld, %ld sequences   ", st->epoch + 1,
        st->sequences);
    return;
  }
  if (w->terminal) fprintf(stderr, "\r%30s\r", "");
  fprintf(w->talk, "epoch %ld sequences %ld loss %.6g", epoch, st->sequences,
    st->train_loss);
  if (w->has_valid) fprintf(w->talk, " valid %.6g", st->valid_loss);
  fprintf(w->talk, "%s\n", st->interrupted ? " interrupted" : "");
  fflush(w->talk);
  if (w->has_curve) {
    fprintf(w->curve.f, "%ld %ld %.17g", epoch, st->sequences, st->train_loss);
    if (w->has_valid) fprintf(w->curve.f, " %.17g", st->valid_loss);
    fprintf(w->curve.f, "%s\n", st->interrupted ? " # interrupted" : "");
  }
}

@*1 Exercises.
\exercise{owndata.1}{15}
After an epoch the command may print a training loss above the
validation loss, even when both files are drawn from the same source.
Why, when nothing is wrong?
