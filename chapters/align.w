@* How good is each gradient.
The chapters so far prove what each method computes: \.{bptt} and
\.{rtrl} the gradient of the loss, \.{tbptt:}$K$ that of the windowed
loss, \.{irtrl} that of the cut network, \.{snap1} the sum over the
paths its mask keeps, \.{uoro} an unbiased random estimate. None of them
says how far the inexact gradients are from the exact one on a given
network, and that is the number a reader who checks a truncated
implementation needs. This chapter measures it. For a network and data
it computes, for every method, the cosine of the angle between its
gradient and the exact one (|lstm_cosine|) and the relative error
$$\cos(g,g^\ast)={g\cdot g^\ast\over\Vert g\Vert\,\Vert g^\ast\Vert},
  \qquad{\Vert g-g^\ast\Vert\over\Vert g^\ast\Vert},$$
with $g^\ast$ the gradient of \.{bptt} (|exact|); for UORO, which is random, the
same over many independent estimates, and its bias and variance; and the
cosines between every two methods. A cosine near one means the method
points downhill as the exact gradient does, whatever its length; the
relative error also counts the length.
@^alignment of gradients@>
@^cosine@>

Only the cells' parameters, $W$, $U$ and $b$, the first |P| numbers of
|theta|, are compared. The output
layer's gradient is the direct one in every method, so it is the same in
all of them, and including it would only make the methods look more alike
than they are where they differ.

@ The result of a measurement: one row for each method, and the matrix
of cosines between them. For a method that is not seeded, |cosine| and
|relerr| are those of its gradient. For a seeded method they are the
means over the |samples| estimates, with seeds |seed|, |seed+1|, $\ldots$;
|cosine_sd| is the standard deviation of the cosine over them; and of
their mean $\bar g$, |mean_cosine| is the cosine with $g^\ast$ and
|bias| the relative distance $\Vert\bar g-g^\ast\Vert/\Vert g^\ast\Vert$.
An unbiased method has $E\Vert\bar g-g^\ast\Vert^2=\mathop{\rm tr}\Sigma/N$,
with $\Sigma$ the covariance of one estimate, so |noise|, the square root
of the sample estimate of $\mathop{\rm tr}\Sigma/N$ over
$\Vert g^\ast\Vert$, is the size of the bias that chance alone gives;
|variance|, $\mathop{\rm tr}\Sigma/\Vert g^\ast\Vert^2$, is the relative
variance of one estimate. In the matrix of pairs a seeded method is
represented by $\bar g$.
@s lstm_align_row int
@s lstm_align_result int

@<Public constants@>=
#define LSTM_ALIGN_MAX 12 /* methods in one measurement */
#define LSTM_ALIGN_SPEC 32 /* the longest method name, as \.{tbptt:100} */

@ @<Public types@>=
typedef struct lstm_align_row {
  char spec[LSTM_ALIGN_SPEC]; /* the method, as for \.{--method} */
  int seeded; /* whether it is random */
  double cosine, relerr; /* with $g^\ast$; the means for a seeded one */
  double cosine_sd; /* seeded: standard deviation of the cosine */
  double mean_cosine, bias, noise, variance; /* seeded: see above */
} lstm_align_row;
@#
typedef struct lstm_align_result {
  size_t count, samples; /* methods, and estimates of a seeded one */
  size_t params; /* the cells' parameters compared, $P$ */
  double norm; /* $\Vert g^\ast\Vert$ */
  lstm_align_row row[LSTM_ALIGN_MAX];
  double pair[LSTM_ALIGN_MAX][LSTM_ALIGN_MAX]; /* cosines */
} lstm_align_result;

@ |lstm_align| measures the methods named in |spec|, |count| of them, on
|net| and |data|. It fails with a usage error for an unknown method, more
than |LSTM_ALIGN_MAX| of them, or no samples; with a data error when the
exact gradient is zero, since there is then no direction to compare
with, or when a gradient is not finite.

@<Public functions@>=
int lstm_align(const lstm_net *net, const lstm_data *data,
  const char *const *spec, size_t count, size_t samples, long seed,
  lstm_align_result *res, lstm_error *err);
double lstm_cosine(const double *a, const double *b, size_t len);

@ @<Functions@>=
double lstm_cosine(const double *a, const double *b, size_t len)
{
  const double ab = lstm_dot(a, b, len), aa = lstm_dot(a, a, len),
    bb = lstm_dot(b, b, len);
  return aa > 0 && bb > 0 ? ab / (sqrt(aa) * sqrt(bb)) : 0;
}

@ The function keeps the gradient of every method (for a seeded one the
mean $\bar g$), $P$ numbers each, in |keep|, for the matrix of pairs |res->pair|, and for a seeded
method the sums of squared deviations of Welford's algorithm, in |sq|.
The exact gradient goes into |exact|, each method's into |g|.

@<Functions@>=
int lstm_align(const lstm_net *net, const lstm_data *data,
  const char *const *spec, size_t count, size_t samples, long seed,
  lstm_align_result *res, lstm_error *err)
{
  const size_t P = 4 * net->n * (net->m + net->n + 1);
  lstm_net g, exact;
  double *keep = NULL, *sq = NULL, loss;
  const lstm_method *meth;
  long param;
  int status;
  memset(res, 0, sizeof *res);
  @<Refuse a measurement that cannot be made@>;
  memset(&g, 0, sizeof g); memset(&exact, 0, sizeof exact);
  if ((status = lstm_net_like(&g, net, err)) != LSTM_OK ||
      (status = lstm_net_like(&exact, net, err)) != LSTM_OK) goto done;
  keep = alloc_doubles(count * P);
  sq = alloc_doubles(P);
  if (!keep || !sq) {
    status = lstm_fail(err, LSTM_ENOMEM, "out of memory for the alignment");
    goto done;
  }
  res->count = count; res->samples = samples; res->params = P;
  @<Compute the exact gradient and its norm@>;
  for (size_t q = 0; q < count && status == LSTM_OK; q++)
    @<Measure method |q|@>;
  if (status == LSTM_OK)
    for (size_t q = 0; q < count; q++)
      for (size_t r = 0; r < count; r++)
        res->pair[q][r] = lstm_cosine(keep + q * P, keep + r * P, P);
done:
  free(keep); free(sq);
  lstm_net_free(&g); lstm_net_free(&exact);
  return status;
}

@ @<Refuse a measurement...@>=
if (count < 1 || count > LSTM_ALIGN_MAX)
  return lstm_fail(err, LSTM_EUSAGE, "an alignment compares 1 to %d methods",
    LSTM_ALIGN_MAX);
@.an alignment compares...@>
if (samples < 1 || samples > 1000000)
  return lstm_fail(err, LSTM_EUSAGE,
    "an alignment takes 1 to 1000000 samples of a random method");
@.an alignment takes...@>
for (size_t q = 0; q < count; q++) {
  if (!lstm_method_find(spec[q], &param, err)) return LSTM_EUSAGE;
  if (strlen(spec[q]) >= LSTM_ALIGN_SPEC)
    return lstm_fail(err, LSTM_EUSAGE, "method name '%s' is too long",
      spec[q]);
@.method name...is too long@>
}

@ @<Compute the exact gradient...@>=
meth = lstm_method_find("bptt", &param, err);
if ((status = lstm_gradient(net, data, meth, param, &exact, &loss, NULL,
    err)) != LSTM_OK) goto done;
res->norm = sqrt(lstm_dot(exact.theta, exact.theta, P));
if (!(res->norm > 0) || !isfinite(res->norm)) {
  status = lstm_fail(err, LSTM_EDATA, res->norm > 0 ?
    "the exact gradient is not finite" :
    "the exact gradient is zero, so no direction can be compared with it");
@.the exact gradient is zero...@>
@.the exact gradient is not finite@>
  goto done;
}

@ A method that is not seeded runs once. A seeded one runs |samples|
times with consecutive seeds; each estimate's cosine and relative error
are averaged, and Welford's updates keep the running mean of the
estimates in the method's row of |keep| and the sums of squared
deviations in |sq|, both exact to rounding however many samples there
are.

@<Measure method |q|@>=
{
  lstm_align_row *row = &res->row[q];
  double *mean = keep + q * P, c_sum = 0, c_sq = 0, e_sum = 0, tr = 0;
  const size_t runs = (meth = lstm_method_find(spec[q], &param, err))->seeded
    ? samples : 1;
  strcpy(row->spec, spec[q]);
  row->seeded = meth->seeded;
  memset(mean, 0, P * sizeof *mean);
  memset(sq, 0, P * sizeof *sq);
  for (size_t s = 0; s < runs && status == LSTM_OK; s++) {
    if (meth->seeded) param = seed + (long)s;
    status = lstm_gradient(net, data, meth, param, &g, &loss, NULL, err);
    if (status == LSTM_OK)
      @<Add the estimate |g| to the statistics of the row@>;
  }
  if (status == LSTM_OK) @<Finish the statistics of the row@>;
}

@ @<Add the estimate |g|...@>=
{
  double c, e = 0;
  for (size_t k = 0; k < P; k++) {
    const double d = g.theta[k] - mean[k];
    mean[k] += d / (double)(s + 1);
    sq[k] += d * (g.theta[k] - mean[k]);
    e += (g.theta[k] - exact.theta[k]) * (g.theta[k] - exact.theta[k]);
  }
  c = lstm_cosine(g.theta, exact.theta, P);
  if (!isfinite(e) || !isfinite(c)) {
    status = lstm_fail(err, LSTM_EDATA, "the gradient of %s is not finite",
      spec[q]);
@.the gradient of...is not finite@>
    break;
  }
  c_sum += c; c_sq += c * c;
  e_sum += sqrt(e) / res->norm;
}

@ @<Finish the statistics...@>=
{
  double dist = 0;
  const double N = (double)runs;
  for (size_t k = 0; k < P; k++) {
    dist += (mean[k] - exact.theta[k]) * (mean[k] - exact.theta[k]);
    tr += runs > 1 ? sq[k] / (N - 1) : 0;
  }
  row->cosine = c_sum / N;
  row->relerr = e_sum / N;
  row->cosine_sd = runs > 1 ? sqrt(fmax(0, (c_sq - c_sum * c_sum / N) /
    (N - 1))) : 0;
  row->mean_cosine = lstm_cosine(mean, exact.theta, P);
  row->bias = sqrt(dist) / res->norm;
  row->noise = sqrt(tr / N) / res->norm;
  row->variance = tr / (res->norm * res->norm);
}

@*1 \.{lstm align}.
The command, |cmd_align|, measures either a model and a sequence file,
$$\hbox{\.{lstm align [}{\it OPTIONS\/}\.{] }{\it MODEL SEQ},}$$
or a task of the chapter on tasks, at its initial weights or after some
training:
$$\vbox{\halign{#\hfil\cr
\.{lstm align --task }{\it TASK\/}\.{ [--length }{\it P\/}\.{] [--cells }%
{\it N\/}\.{]}\cr
\qquad\.{[--trained }{\it K\/}\.{] [--sequences }{\it C\/}\.{] [}%
{\it OPTIONS\/}\.{]},\cr}}$$
with {\it TASK\/} one of \.{lag}, \.{adding} and \.{reber}. With a task
the network is the one \.{lstm train} makes from the seed (|align_task|),
trained for $K$ sequences (0 unless given) with the task's defaults, and
the data are $C$ sequences of the task (8 unless given) drawn from the
same seed. The options are \.{--methods} {\it LIST}, the methods to
measure separated by commas (every method of the table unless given,
truncated BPTT with the window half the longest sequence), \.{--samples}
{\it N}, the estimates of a seeded method (100 unless given), and
\.{--seed} {\it S}, the first seed of the estimates and the seed of the
task (1 unless given). The output, which |align_print| writes, is one line per method and one per
pair:
$$\vbox{\halign{#\hfil\cr
\.{lstm-align 1}\cr
\.{exact bptt norm 0.0123... parameters 3520}\cr
\.{method irtrl cosine 0.71... relerr 0.70...}\cr
\.{method uoro samples 100 cosine 0.05... cosine-sd 0.1... relerr 9.8...}\cr
\quad\.{mean-cosine 0.4... bias 1.1... noise 0.98... variance 96.1...}\cr
\.{pair irtrl uoro cosine 0.3...}\cr}}$$
(the line of a seeded method is one line in the output).
@^alignment of gradients@>

@<Rows of the table of subcommands@>=
{"align", "measure how well each method's gradient aligns with the exact one",
  cmd_align},

@ The options of the command, read by |align_parse|.

@<Declarations of the command@>=
typedef struct align_options {
  const char *files[2]; /* MODEL and SEQ, or none with a task */
  size_t nfiles;
  const char *task; /* or |NULL| */
  long length, cells, trained, sequences, samples, seed; /* $-1$: default */
  char methods[LSTM_ALIGN_MAX * LSTM_ALIGN_SPEC]; /* the list, split */
  const char *spec[LSTM_ALIGN_MAX];
  size_t count; /* methods in |spec|; 0 for every method */
} align_options;
static int cmd_align(int argc, char **argv);
static int align_parse(int argc, char **argv, align_options *o);
static int align_task(const align_options *o, lstm_net *net,
  lstm_data *data, lstm_error *err);
static int align_default_methods(align_options *o, const lstm_data *data);
static void align_print(const lstm_align_result *res);

@ @<Subcommands@>=
static int cmd_align(int argc, char **argv)
{
  align_options o;
  lstm_net net;
  lstm_data data;
  lstm_error err;
  lstm_align_result *res;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    @<Print the help of \.{lstm align}@>;
    return 0;
  }
  if ((status = align_parse(argc, argv, &o)) != 0) return status;
  if (o.task) status = align_task(&o, &net, &data, &err);
  else {
    lstm_options files;
    memset(&files, 0, sizeof files);
    files.model = o.files[0]; files.seq = o.files[1];
    status = load_files(&files, &net, &data, &err);
  }
  if (status != LSTM_OK) return report(status, &err);
  if ((status = align_default_methods(&o, &data)) != 0) {
    lstm_net_free(&net); lstm_data_free(&data);
    return status;
  }
  if (!(res = malloc(sizeof *res)))
    status = lstm_fail(&err, LSTM_ENOMEM, "out of memory");
  else status = lstm_align(&net, &data, o.spec, o.count, (size_t)o.samples,
    o.seed, res, &err);
  if (status == LSTM_OK) align_print(res);
  free(res);
  lstm_net_free(&net);
  lstm_data_free(&data);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@ @<Print the help of \.{lstm align}@>=
printf("usage: lstm align [OPTIONS] MODEL SEQ\n" @/
  "       lstm align --task lag|adding|reber [--length P] [--cells N]\n" @/
  "                  [--trained K] [--sequences C] [OPTIONS]\n" @/
  "Compare the gradient of every method with the exact one (bptt) on the\n" @/
  "cells' parameters: the cosine and the relative error; for a random\n" @/
  "method (uoro) over N estimates, with their bias and variance; and the\n" @/
  "cosine of every pair of methods. With a task, the network is that of\n" @/
  "lstm train from the seed, trained for K sequences (0), on C sequences\n" @/
  "of the task (8). OPTIONS: --methods LIST (every method; tbptt with\n" @/
  "half the longest sequence), --samples N (100), --seed S (1).\n");

@ Every option takes a value, after a blank or an equals sign
(|next_arg|); the numbers are whole numbers read by
|parse_seed| of the command chapter, and each must lie in its range.

@<Subcommands@>=
static int align_parse(int argc, char **argv, align_options *o)
{
  static const char *const name[] = {"--length", "--cells", "--trained",
    "--sequences", "--samples", "--seed"};
  static const long lo[] = {2, 1, 0, 1, 1, 0}, hi[] = {100000, 1000,
    100000000, 100000, 1000000, 2147483647};
  long *value[6];
  value[0] = &o->length; value[1] = &o->cells; value[2] = &o->trained;
  value[3] = &o->sequences; value[4] = &o->samples; value[5] = &o->seed;
  memset(o, 0, sizeof *o);
  for (int q = 0; q < 6; q++) *value[q] = -1;
  for (int a = 0; a < argc; a++) {
    cmd_arg opt;
    const char *arg = opt.opt, *val;
    int q;
    if (next_arg("align", argc, argv, &a, NULL, &opt) != 0) return 2;
    val = opt.val;
    if (!arg[0]) {
      if (o->nfiles == 2) return usage_error("align", "expected two files, " @/
        "MODEL and SEQ, found another argument '%s'", val);
      o->files[o->nfiles++] = val;
      continue;
    }
    for (q = 0; q < 6 && strcmp(arg, name[q]) != 0; q++) continue;
    if (q < 6) {
      if ((*value[q] = parse_seed(val)) < lo[q] || *value[q] > hi[q])
        return usage_error("align", "the value of %s is out of range or not " @/
          "a whole number", arg);
@.the value of...is out of range...@>
    } else if (strcmp(arg, "--task") == 0) o->task = val;
    else if (strcmp(arg, "--methods") == 0) @<Split the list of methods@>
    else return usage_error("align", "unknown option '%s'", arg);
  }
  @<Check that the command names a task or two files, and fill in the
    defaults@>;
  return 0;
}

@ @<Split the list of methods@>=
{
  char *p;
  if (strlen(val) >= sizeof o->methods)
    return usage_error("align", "the list of methods is too long%s", "");
  strcpy(o->methods, val);
  o->count = 0;
  for (p = strtok(o->methods, ","); p; p = strtok(NULL, ",")) {
    long param;
    if (o->count == LSTM_ALIGN_MAX)
      return usage_error("align", "more methods than an alignment takes, " @/
        "at '%s'", p);
    if (!find_method("align", p, &param)) return 2;
    o->spec[o->count++] = p;
  }
  if (o->count == 0)
    return usage_error("align", "no method in the list '%s'", val);
@.no method in the list@>
}

@ @<Check that the command names a task...@>=
if (o->task && o->nfiles > 0)
  return usage_error("align", "give a task or two files, not both%s", "");
@.give a task or two files...@>
if (!o->task && o->nfiles < 2)
  return usage_error("align", "expected two files, MODEL and SEQ, or a " @/
    "task, found %s", o->nfiles == 0 ? "none" : "only one");
if (!o->task && (o->length >= 0 || o->cells >= 0 || o->trained >= 0 ||
    o->sequences >= 0))
  return usage_error("align", "--length, --cells, --trained and --sequences " @/
    "go with --task%s", "");
if (o->samples < 0) o->samples = 100;
if (o->seed < 0) o->seed = 1;
if (o->trained < 0) o->trained = 0;
if (o->sequences < 0) o->sequences = 8;

@ With a task, the network is made and trained by |lstm_train_task|, and
the sequences are drawn from a generator of their own.

@<Subcommands@>=
static int align_task(const align_options *o, lstm_net *net,
  lstm_data *data, lstm_error *err)
{
  lstm_train_config cfg = lstm_train_defaults(o->task,
    o->length >= 0 ? (size_t)o->length : 0);
  lstm_train_status st;
  lstm_task task;
  lstm_rng rng;
  int status;
  if (o->length >= 0) cfg.length = (size_t)o->length;
  if (o->cells >= 0) cfg.cells = (size_t)o->cells;
  cfg.seed = (uint64_t)o->seed;
  cfg.max_sequences = o->trained;
  lstm_data_init(data, 0, 0);
  if ((status = lstm_train_task(&cfg, net, &st, err)) != LSTM_OK) {
    lstm_net_free(net);
    return status;
  }
  if ((status = lstm_task_init(&task, o->task, cfg.length, err)) != LSTM_OK) {
    lstm_net_free(net);
    return status;
  }
  lstm_data_init(data, task.m, task.k);
  lstm_rng_seed(&rng, (uint64_t)o->seed ^ 0x2545F4914F6CDD1DULL);
  for (long c = 0; c < o->sequences && status == LSTM_OK; c++) {
    lstm_seq *s;
    status = lstm_task_sample(&task, &rng, data, &s, err);
  }
  if (status != LSTM_OK) {
    lstm_net_free(net);
    lstm_data_free(data);
  }
  return status;
}

@ Without \.{--methods}, every method of the table is measured (|align_default_methods|), \.{bptt}
included as a check (its cosine is 1), and a method with a parameter gets
half the length of the longest sequence, at least 1; one whose parameter
may be left out, the hybrid, gets its default.

@<Subcommands@>=
static int align_default_methods(align_options *o, const lstm_data *data)
{
  const lstm_method *meth;
  size_t longest = 1, used = 0;
  if (o->count > 0) return 0;
  for (size_t s = 0; s < data->count; s++)
    if (data->seq[s].T > longest) longest = data->seq[s].T;
  for (size_t r = 0; (meth = lstm_method_at(r)) != NULL &&
      o->count < LSTM_ALIGN_MAX; r++) {
    char *p = o->methods + used;
    if (meth->takes_param == 1)
      snprintf(p, LSTM_ALIGN_SPEC, "%s:%zu", meth->name,
        longest / 2 > 0 ? longest / 2 : 1);
    else snprintf(p, LSTM_ALIGN_SPEC, "%s", meth->name);
    o->spec[o->count++] = p;
    used += strlen(p) + 1;
  }
  return 0;
}

@ @<Subcommands@>=
static void align_print(const lstm_align_result *res)
{
  printf("lstm-align 1\nexact bptt norm %.17g parameters %zu\n", res->norm,
    res->params);
  for (size_t q = 0; q < res->count; q++) {
    const lstm_align_row *r = &res->row[q];
    if (!r->seeded)
      printf("method %s cosine %.17g relerr %.17g\n", r->spec, r->cosine,
        r->relerr);
    else
      printf("method %s samples %zu cosine %.17g cosine-sd %.17g relerr %.17g" @/
        " mean-cosine %.17g bias %.17g noise %.17g variance %.17g\n", r->spec,
        res->samples, r->cosine, r->cosine_sd, r->relerr, r->mean_cosine,
        r->bias, r->noise, r->variance);
  }
  for (size_t q = 0; q < res->count; q++)
    for (size_t r = q + 1; r < res->count; r++)
      printf("pair %s %s cosine %.17g\n", res->row[q].spec, res->row[r].spec,
        res->pair[q][r]);
}

@*1 The methods on the tasks.
\input align
How far from the exact gradient are the inexact ones on the networks
this book trains? The tables below answer for the lag task of
Hochreiter and Schmidhuber at $p=5$, $20$ and $100$ (eight cells) and
for the adding problem with $T=100$ (four cells), with the networks of
\.{lstm train} at their initial weights and after \aligncount\
sequences of training with BPTT, measured by \.{lstm align} (|lstm_align|) on eight
sequences of the task. Each entry is the mean over \alignseeds\ seeds
(each its own network and sequences), with the smallest and the largest
of the \alignseeds\ values in brackets; \.{tbptt} has the window
$\lfloor p/2\rfloor$ (for the adding problem $T/2=50$; the Experiments
chapter's grid uses $\lceil p/2\rceil$), and UORO \alignsamples\ estimates per
network. The rows give the cosine with the exact gradient (|cosine|), except the
last, which gives UORO's bias over its noise floor (|bias| over |noise|), $\Vert\bar
g-g^\ast\Vert$ over $(\mathop{\rm tr}\Sigma/N)^{1/2}$: for an unbiased
method it is about 1. The row of \.{hybrid}, which is exact, is a check.
Random e-prop's gradient of the cells is linear in its feedback matrix
$B$, and $B$ and $-B$ are drawn equally often, so the mean of its cosine
over the draws is zero for every network; its row gives instead the
spread, the standard deviation of the cosine of one matrix's gradient
over \alignsamples\ draws (|cosine_sd|), which says how far from orthogonal to the
exact gradient a single random matrix typically points. \.{make align} remakes the tables, in a few minutes
(the tables here were made on \aligndate); the raw output is in
\.{book/align.txt}.
@^alignment of gradients@>

$$\vbox{\offinterlineskip\halign{\strut#\hfil\enspace&\vrule#&&\enspace
  \hfil#\enspace\cr
\noalign{\centerline{\bf At the initial weights}\smallskip}
method&&lag $p=5$&&lag $p=20$&&lag $p=100$&&adding $T=100$\cr
\noalign{\hrule}
\aligninit
\noalign{\bigskip\centerline{\bf After \aligncount\ sequences of training}
  \smallskip}
method&&lag $p=5$&&lag $p=20$&&lag $p=100$&&adding $T=100$\cr
\noalign{\hrule}
\aligntrained}}$$
The same means, drawn against the lag, at the initial weights (left) and
after training (right):
$$\line{\convertMPtoPDF{align-1.mps}{1}{1}\hfil
  \convertMPtoPDF{align-2.mps}{1}{1}}$$
\centerline{\bf Figure 12.\rm\ The cosine with the exact gradient on the
lag task, mean of \alignseeds\ seeds.}
\centerline{At the initial weights \.{irtrl} and \.{snap1} lie together
at 1, and \.{tbptt} joins them from $p=20$;}
\centerline{after training \.{irtrl} and \.{snap1} nearly coincide.}

@ What the tables show, with the caution that ten networks per entry
give a mean and a range, not a law. The lag task puts its only target at
the last step (the tasks chapter says why), and at the initial weights
the error of that step fades within a few steps as it flows back, so
every method but UORO sees nearly all of the exact gradient: \.{irtrl}
and \.{snap1} have cosines of 1.00 to two digits in all 30 networks of
the lag task, and truncated BPTT with half the sequence as its window
from $p=20$ on (at $p=5$, where the window is two steps, 0.80). The
adding problem, whose information enters in the first ten steps and is
asked for at the end, is harder for all of them, with means of 0.82 to
0.89. After training, when the network carries the first symbol across
the whole sequence, the gradient lives in longer paths and the three
inexact methods each lose part of it: on the lag task at $p=100$ the
mean cosine is 0.98 for \.{tbptt:}$p/2$, 0.96 for \.{irtrl} and 0.97 for
\.{snap1} (single networks down to 0.88, 0.81 and 0.82), at $p=5$ 0.74,
0.92 and 0.94. On the adding problem after training the spread is
widest, with single networks as low as $-0.14$ for truncated BPTT and
0.13 for the internal RTRL.

SnAp-1 keeps every path that the internal RTRL keeps and more, but more
paths are not always a better direction: in 51 of the 80 networks its
cosine is higher than the internal RTRL's, in the others lower, by up to
0.21 (the adding problem after training). The proof of the SnAp-1 chapter
orders what the methods keep, not how well they align. Between
themselves the two are close: the mean cosine of the pair \.{irtrl},
\.{snap1} (its entry of |res->pair|) (the lines \.{pair} of \.{book/align.txt}) is 0.99 or more on
the lag task at every lag, before and after training, and 0.96
and 0.97 on the adding problem. What SnAp-1 adds, the loop of each cell
through its own gates, moves the gradient little; the difference from
the exact gradient on the trained networks is made by the paths that
neither keeps, those that pass from one cell into another and, for the
output gates, those that rest in the state.

A single UORO estimate is almost orthogonal to the exact gradient
(cosines of 0.00 to 0.34 on average), and the mean of \alignsamples\ is
still far from it on the trained networks of the lag task at $p=20$ and
100 (mean cosines of 0.29 and 0.04); but its
distance from the exact gradient is what chance predicts for an unbiased
estimate, the bias-to-noise ratio being close to 1 in every column. UORO
is right on average and noisy, the other online methods precise and
biased.
@^bias and variance@>

@ The variance of UORO against the size of the network. The relative
variance $\mathop{\rm tr}\Sigma/\Vert g^\ast\Vert^2$ of one estimate (|variance|),
with the cosine of one estimate and that of the mean of \alignsamples,
on the lag task with $p=20$ at the initial weights, for $n=4$ to $32$
cells (\alignseeds\ seeds each):
$$\vbox{\offinterlineskip\halign{\strut#\hfil\enspace&\vrule#&&\enspace
  \hfil#\enspace\cr
cells&&relative variance&&cosine, one estimate&&cosine, mean of
  \alignsamples\cr
\noalign{\hrule}
\alignuoro}}$$
$$\convertMPtoPDF{align-3.mps}{1}{1}$$
\centerline{\bf Figure 13.\rm\ The relative variance of one UORO
estimate against $n$, mean and range of \alignseeds\ seeds.}
\medskip

\noindent The variance grows with the network, by a factor of about seven from
$n=4$ to $n=32$, a little less than in proportion to $n$; the cosine of one
estimate falls accordingly. Tallec and Ollivier's scale factors minimise
the variance that one step adds, not the variance of the sum over the
sequence, which accumulates over the steps.
@^variance of UORO@>

@*1 Exercises.
\exercise{align.1}{10}
A method returns $2g^\ast$, twice the exact gradient. What are its
cosine and its relative error (|cosine| and |relerr|)? And those of $-g^\ast$?

\exercise{align.2}{20}
Show that the mean $\bar g$ of $N$ independent unbiased estimates, each
with covariance $\Sigma$, has $E\Vert\bar g-g^\ast\Vert^2=\mathop{\rm
tr}\Sigma/N$, so that |noise| shrinks as $1/\sqrt N$ while the |bias|
of a biased method does not.
