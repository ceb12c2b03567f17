@* Tasks with long time lags.
Hochreiter and Schmidhuber (1997) showed what an LSTM can learn with
experiments that a reader can rerun. This chapter generates seven of
their tasks in code, each from the book's random generator (an |lstm_rng|), so that a seed
gives the same sequences everywhere. A task says how many inputs and
outputs the network needs (|m| and |k| of its |lstm_task| record) and
which output layer (|output|); it draws one sequence at a time into a
data set (|lstm_task_sample|); and the training chapter judges success on
it by the criterion of the paper.

The network of this book differs from the 1997 architecture in ways that
matter for comparing numbers. It has a forget gate (Gers, Schmidhuber and
Cummins 2000), which the original lacked; it squashes the cell input with
$\tanh$ and the state with $\tanh$, where the original used a logistic
$g$ with range $[-2,2]$ and an identity or logistic $h$; it has no memory
{\it blocks\/} of several cells sharing gates; every path from an input
to an output runs through the cells; and its predictions pass through a
softmax or linear output layer rather than logistic output units. Each
task's section says what that means for it.
@^Hochreiter, Sepp@>
@^tasks@>

@<Public constants@>=
#define LSTM_TASK_LAG 1
#define LSTM_TASK_REBER 2
#define LSTM_TASK_ADDING 3
#define LSTM_TASK_LAG2C 4
#define LSTM_TASK_TWOSEQ 5
#define LSTM_TASK_MULTIPLY 6
#define LSTM_TASK_ORDER 7

@ A task is described by a small record, an |lstm_task|, whose |kind| says which task it is. The |length| is the lag $p$ of
the lag task, the number $p=q$ of distractors of its noisy version, and
the minimal length $T$ of the adding problem; the Reber grammar has none.
The lag task has its targets either at every step, as in the paper's
Experiment 2a, or at the last step only; |every_step| says which, and is
set by the caller after |lstm_task_init| (which sets the last step only).

@<Public types@>=
typedef struct lstm_task {
  int kind; /* |LSTM_TASK_LAG|, |LSTM_TASK_REBER|, |LSTM_TASK_ADDING|, or
    |LSTM_TASK_LAG2C| */
  const char *name; /* \.{lag}, \.{reber}, \.{adding} or \.{lag2c} */
  size_t length; /* $p$, or $T$ */
  size_t m, k; /* inputs and outputs of a network for the task */
  int output; /* the output layer it needs */
  int every_step; /* the lag task: a target at every step, or the last only */
  int random_middle; /* the lag task: Experiment 2b's random distractors */
  int variant; /* the two-sequence problem: \.{'a'}, \.{'b'} or \.{'c'} */
  size_t relevant; /* the two-sequence problem: its $N$ */
  size_t symbols; /* the temporal order problem: 2 or 3 */
} lstm_task;

@ |lstm_task_init| sets a task up by its |name|. The lag must be at least 2
(with $p=1$ there are no distractor symbols at all), and the adding
problem's $T$ at least 4, so that the second marked pair has somewhere to
go.

@<Public functions@>=
int lstm_task_init(lstm_task *task, const char *name, size_t length,
  lstm_error *err);

@ @<Functions@>=
int lstm_task_init(lstm_task *task, const char *name, size_t length,
  lstm_error *err)
{
  memset(task, 0, sizeof *task);
  task->length = length;
  if (strcmp(name, "lag") == 0) {
    if (length < 2 || length > LSTM_MAX_DIM - 1)
      return lstm_fail(err, LSTM_EUSAGE,
        "the lag must lie between 2 and %d", LSTM_MAX_DIM - 1);
@.the lag must lie between...@>
    task->kind = LSTM_TASK_LAG; task->name = "lag";
    task->m = task->k = length + 1; task->output = LSTM_OUT_SOFTMAX;
  } else if (strcmp(name, "lag2c") == 0) {
    if (length < 1 || length > LSTM_MAX_DIM - 4)
      return lstm_fail(err, LSTM_EUSAGE,
        "the number of distractors must lie between 1 and %d",
        LSTM_MAX_DIM - 4);
@.the number of distractors must...@>
    task->kind = LSTM_TASK_LAG2C; task->name = "lag2c";
    task->m = length + 4; task->k = 2; task->output = LSTM_OUT_SOFTMAX;
  } else if (strcmp(name, "reber") == 0) {
    task->kind = LSTM_TASK_REBER; task->name = "reber";
    task->m = task->k = 7; task->output = LSTM_OUT_SOFTMAX;
  } else if (strcmp(name, "adding") == 0) {
    if (length < 4 || length > 1000000)
      return lstm_fail(err, LSTM_EUSAGE,
        "the length T of the adding problem must lie between 4 and 1000000");
@.the length T of the adding...@>
    task->kind = LSTM_TASK_ADDING; task->name = "adding";
    task->m = 2; task->k = 1; task->output = LSTM_OUT_L2;
  } else if (strcmp(name, "multiply") == 0) {
    if (length < 4 || length > 1000000)
      return lstm_fail(err, LSTM_EUSAGE, "the length T of the " @/
        "multiplication problem must lie between 4 and 1000000");
@.the length T of the multiplication...@>
    task->kind = LSTM_TASK_MULTIPLY; task->name = "multiply";
    task->m = 2; task->k = 1; task->output = LSTM_OUT_L2;
  } else if (strcmp(name, "twoseq") == 0) {
    if (length < 4 || length > 1000000)
      return lstm_fail(err, LSTM_EUSAGE, "the length T of the " @/
        "two-sequence problem must lie between 4 and 1000000");
@.the length T of the two-sequence...@>
    task->kind = LSTM_TASK_TWOSEQ; task->name = "twoseq";
    task->m = 1; task->k = 1; task->output = LSTM_OUT_L2;
    task->variant = 'a'; task->relevant = 1;
  } else if (strcmp(name, "order") == 0) {
    if (length != 100)
      return lstm_fail(err, LSTM_EUSAGE, "the temporal order problem has " @/
        "the paper's length, 100 to 110 steps: its length must be 100");
@.the temporal order problem has...@>
    task->kind = LSTM_TASK_ORDER; task->name = "order";
    task->symbols = 2; task->m = 8; task->k = 4;
    task->output = LSTM_OUT_SOFTMAX;
  } else
    return lstm_fail(err, LSTM_EUSAGE, "unknown task '%s' (the tasks are " @/
      "lag, lag2c, reber, adding, multiply, twoseq and order)", name);
@.unknown task@>
  return LSTM_OK;
}

@ |lstm_task_sample| draws one sequence of the task with |rng| and adds it
to |data|, which must have been made with the task's $m$ and $k$; |*seq|
points to the new sequence.

@<Public functions@>=
int lstm_task_sample(const lstm_task *task, lstm_rng *rng, lstm_data *data,
  lstm_seq **seq, lstm_error *err);

@ @<Functions@>=
int lstm_task_sample(const lstm_task *task, lstm_rng *rng, lstm_data *data,
  lstm_seq **seq, lstm_error *err)
{
  if (data->m != task->m || data->k != task->k)
    return lstm_fail(err, LSTM_EUSAGE,
      "the data set does not have the task's sizes");
@.the data set does not have...@>
  switch (task->kind) {
  case LSTM_TASK_LAG:
    if (task->random_middle) return lag2b_sample(task->length,
      task->every_step, rng, data, seq, err);
    return lag_sample(task->length, task->length, task->every_step, rng, data,
      seq, err);
  case LSTM_TASK_LAG2C: return lag2c_sample(task->length, rng, data, seq,
    err);
  case LSTM_TASK_REBER: return reber_sample(rng, data, seq, err);
  case LSTM_TASK_TWOSEQ: return twoseq_sample(task, 0, rng, data, seq, err);
  case LSTM_TASK_ORDER: return order_sample(task->symbols, rng, data, seq,
    err);
  default: return adding_sample(task->length, task->kind ==
    LSTM_TASK_MULTIPLY, rng, data, seq, err);
  }
}

@ Three tasks have a parameter besides their length: the two-sequence
problem its variant (\.{a}, \.{b} or \.{c}, Experiments 3a to 3c) and
its number $N$ of informative elements, the temporal order problem its
number of relevant symbols (2 or 3, Experiments 6a and 6b).
|lstm_task_vary| sets them after |lstm_task_init|; a zero (or a
|variant| of zero) keeps the task's default, and a parameter given to a
task that has none is an error that names it, as is a value out of its
range. The names of the options in the messages are those of
\.{lstm train}.

@<Public functions@>=
int lstm_task_vary(lstm_task *task, int variant, size_t relevant,
  size_t symbols, lstm_error *err);

@ @<Functions@>=
int lstm_task_vary(lstm_task *task, int variant, size_t relevant,
  size_t symbols, lstm_error *err)
{
  if ((variant || relevant) && task->kind != LSTM_TASK_TWOSEQ)
    return lstm_fail(err, LSTM_EUSAGE, "%s is for the task twoseq only, " @/
      "not for %s", variant ? "--variant" : "--relevant", task->name);
@.--variant is for the task twoseq only@>
  if (symbols && task->kind != LSTM_TASK_ORDER)
    return lstm_fail(err, LSTM_EUSAGE, "--symbols is for the task order " @/
      "only, not for %s", task->name);
@.--symbols is for the task order only@>
  if (variant && variant != 'a' && variant != 'b' && variant != 'c')
    return lstm_fail(err, LSTM_EUSAGE, "--variant is a, b or c");
  if (relevant && (relevant > 10 || relevant >= task->length))
    return lstm_fail(err, LSTM_EUSAGE, "--relevant must lie between 1 " @/
      "and 10, and below the length T");
@.--relevant must lie between...@>
  if (symbols && symbols != 2 && symbols != 3)
    return lstm_fail(err, LSTM_EUSAGE, "--symbols is 2 or 3");
@.--symbols is 2 or 3@>
  if (variant) task->variant = variant;
  if (relevant) task->relevant = relevant;
  if (symbols) {
    task->symbols = symbols;
    task->k = (size_t)1 << symbols;
  }
  return LSTM_OK;
}

@ Symbols are fed to the network as one-hot vectors (what |lstm_local| recognises): symbol $s$ of an
alphabet of $k$ is the vector with a one at position $s$ and zeros
elsewhere, written into the sequence's |x|. A fresh sequence is all zeros, so setting the one is enough.

@<Private declarations@>=
static int lag_sample(size_t p, size_t lag, int every_step, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err);
static int lag2c_sample(size_t p, lstm_rng *rng, lstm_data *data,
  lstm_seq **seq, lstm_error *err);
static int reber_sample(lstm_rng *rng, lstm_data *data, lstm_seq **seq,
  lstm_error *err);
static int adding_sample(size_t T, int product, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err);
static int twoseq_sample(const lstm_task *task, int clean, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err);
static int order_sample(size_t symbols, lstm_rng *rng, lstm_data *data,
  lstm_seq **seq, lstm_error *err);
static size_t rng_below(lstm_rng *rng, size_t n);
static double rng_normal(lstm_rng *rng);

@ A whole number uniform in $\{0,\ldots,n-1\}$, |rng_below(rng, n)|, is the integer part of a
uniform number in $[0,n)$; for the small $n$ of these tasks its bias is
far below anything an experiment could see.

@<Functions@>=
static size_t rng_below(lstm_rng *rng, size_t n)
{
  size_t r = (size_t)lstm_rng_uniform(rng, 0, (double)n);
  return r < n ? r : n - 1;
}

@ The noise of the two-sequence problem is Gaussian. A standard normal
number, |rng_normal(rng)|, is made from two uniform ones by the transformation of Box and
Muller (1958), $\sqrt{-2\ln u_1}\,\cos2\pi u_2$; $u_1$ is drawn from
$(0,1]$, so that its logarithm is finite.
@^Box--Muller transformation@>

@<Functions@>=
static double rng_normal(lstm_rng *rng)
{
  double u1 = 1 - lstm_rng_uniform(rng, 0, 1), u2 = lstm_rng_uniform(rng, 0, 1);
  return sqrt(-2 * log(u1)) * cos(2 * 3.14159265358979323846 * u2);
}

@*1 The noise-free long-time-lag task.
Experiment 2a of Hochreiter and Schmidhuber (1997) has $p+1$ symbols, $x$,
$y$ and the distractors $a_1,\ldots,a_{p-1}$, and only two sequences, each
drawn with probability one half:
$$(y,a_1,a_2,\ldots,a_{p-1},y)\qquad\hbox{and}\qquad
  (x,a_1,a_2,\ldots,a_{p-1},x).$$
The network sees one symbol per step and predicts the next, so a
sequence has $T=p$ steps (|seq->T|). Only the last prediction requires memory: it
must recall the first symbol across $p-1$ steps of inputs that carry no
information about it. The paper's LSTM solved the task with $p=100$ in
all 18 trials, after 5040 sequences on average, while RTRL and BPTT on
conventional recurrent networks never did within 5,000,000.
@^long-time-lag task@>

The task comes with two protocols. In Experiment 2a as published, every
step has a target, the next symbol. Every prediction but the last is then
easy, since $a_{j+1}$ always follows $a_j$, and the easy ones are $p-1$ of
the $p$ errors of a sequence: their gradient shapes the cells long before
the one hard error does. The paper names what happens (its Section~4):
cells are ``abused'' as constant or timing signals while the easy errors
are learnt, and the state drifts under the steady inputs until the cell
saturates. The 1997 network had a way around it that ours lacks, direct
connections from the inputs to the outputs, which carry the easy
predictions without the cells. The other protocol, the one of the paper's
Experiment 2c and of Experiments 3 to 6 (``error signals are generated
only at sequence ends''), puts a target at the last step only: the cells
then have nothing to do but remember. |every_step| chooses; the
experiments chapter runs both and shows what the first does to the cells.

In the code (|lag_sample|), symbol 0 is $x$, symbol 1 is $y$, and symbol $j+1$ is $a_j$.
Our networks predict through a softmax layer trained by cross-entropy,
where the paper's had logistic output units trained by squared error;
the success criterion, an absolute error below 0.25 at every output, is
applied to the softmax's probabilities.

@ For the retention experiments of the training chapter, a network trained
with lag $p$ is also asked to bridge a longer interval, of $T_R>p$ steps. It has only
the $p+1$ symbols it was trained with, so the distractor run is made
longer by going through $a_1,\ldots,a_{p-1}$ again as often as needed,
$R$ times in all:
$$(y,\underbrace{a_1,\ldots,a_{p-1},\;a_1,\ldots,a_{p-1},\;\ldots,\;
  a_1,\ldots,a_{p-1}}_{R\ \rm runs},y),$$
a probe of $T_R=R(p-1)+1$ steps. Only the last prediction, the one that
needs the memory, has a target. The probe must end, like a training
sequence, on $a_{p-1}$: that is the symbol after which the network has
learnt to answer $x$ or $y$. A probe that ended anywhere else in the run,
after $a_3$ say, would ask for $x$ or $y$ where the network has only ever
seen $a_4$ follow, and no network could pass it, however well it
remembered. In the middle of the probe the network meets $a_{p-1}$ followed by
$a_1$, which it never saw in training; whether its memory survives that
is part of the question. |lstm_probe_length| gives $T_R$ for $R$ runs (its argument |runs|), and
|lstm_task_probe| draws a probe of $T_R$ steps (its argument |lag|); with $R=1$, $T_1=p$, it is an ordinary
sequence with only its last target.
@^memory retention@>

@<Public functions@>=
size_t lstm_probe_length(size_t p, size_t runs);
int lstm_task_probe(const lstm_task *task, size_t lag, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err);

@ @<Functions@>=
size_t lstm_probe_length(size_t p, size_t runs)
{
  return runs * (p - 1) + 1;
}
@#
int lstm_task_probe(const lstm_task *task, size_t lag, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err)
{
  if (task->kind != LSTM_TASK_LAG)
    return lstm_fail(err, LSTM_EUSAGE, "only the lag task has probes");
@.only the lag task has probes@>
  if (lag < task->length)
    return lstm_fail(err, LSTM_EUSAGE,
      "a probe must be at least as long as the task's lag");
@.a probe must be at least...@>
  return lag_sample(task->length, lag, 0, rng, data, seq, err);
}

@ |lag_sample| draws the first symbol and writes a sequence of |lag|
steps over the alphabet of a task with lag |p|; |lag_fill|, in the
training chapter, writes it.

@<Functions@>=
static int lag_sample(size_t p, size_t lag, int every_step, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err)
{
  size_t first = rng_below(rng, 2);
  lstm_seq *s;
  int status = lstm_data_add(data, lag, &s, err);
  if (status != LSTM_OK) return status;
  if ((status = lag_fill(s, p, lag, first, every_step, err)) != LSTM_OK)
    return status;
  *seq = s;
  return LSTM_OK;
}

@*1 Very long lags in noise.
Experiment 2c of the 1997 paper is the hardest of its lag tasks, and the
one with the longest lags, up to a thousand steps. In the paper's words
(Section~5.2): there are $p+4$ input symbols, the distractors $a_1,\ldots,
a_p$ and $e$, $b$, $x$, $y$, each represented locally, and a network with
$p+4$ inputs and two outputs. The training sequences are
$$(b,y,a_{i_1},\ldots,a_{i_{q+k}},e,y)\qquad\hbox{and}\qquad
  (b,x,a_{i_1},\ldots,a_{i_{q+k}},e,x),$$
made by three steps: ``(1) randomly generate a sequence prefix of length
$q+2$, (2) randomly generate a sequence suffix of additional elements
($\ne b,e,x,y$) with probability ${9\over10}$ or, alternatively, an $e$
with probability ${1\over10}$. In the latter case, we (3) conclude the
sequence with $x$ or $y$, depending on the second element.'' The goal is
to predict the last symbol, after the ``trigger symbol'' $e$, and ``error
signals are generated only at sequence ends''. The network must remember
the second symbol for at least $q+1$ steps, through a random stream of
distractors, so nothing in the input marks the passage of time. Success
is an error below 0.2 at both outputs ``for 10,000 successive, randomly
chosen input sequences''. The paper's Table~3 gives, for $p=q$, the mean
over 20 trials of the sequences to success: 30,000 at $p=50$, 31,000 at
100, 33,000 at 200, 38,000 at 500 and 49,000 at 1000.
@^Experiment 2c@>
@^long-time-lag task, noisy@>

Here $q=p$, the first rows of that table. In the code (|lag2c_sample|), input 0 is $x$,
1 is $y$, 2 is $b$, 3 is $e$ and $3+i$ is $a_i$; output 0 is $x$ and
output 1 is $y$. A sequence has one step per input symbol, $q+k+3$ in
all (the final $x$ or $y$ is only a target), and its only target is at
the step that reads $e$. The number $k$ of extra distractors, |extra|, is
geometric, $\Pr(k)=0.9^k\cdot0.1$, with mean 9; a draw above 2000, which
has probability $0.9^{2001}<10^{-91}$, is taken as 2000, so that a
sequence is never longer than the memory allows for.

@<Functions@>=
static int lag2c_sample(size_t p, lstm_rng *rng, lstm_data *data,
  lstm_seq **seq, lstm_error *err)
{
  const size_t m = p + 4, second = rng_below(rng, 2);
  size_t extra = 0, T;
  lstm_seq *s;
  double *y;
  int status;
  while (extra < 2000 && lstm_rng_uniform(rng, 0, 1) < 0.9) extra++;
  T = p + extra + 3;
  if ((status = lstm_data_add(data, T, &s, err)) != LSTM_OK) return status;
  s->x[2] = 1;
  s->x[m + second] = 1;
  for (size_t t = 2; t + 1 < T; t++) s->x[t * m + 4 + rng_below(rng, p)] = 1;
  s->x[(T - 1) * m + 3] = 1;
  if (!(y = lstm_target_set(s, T - 1, err))) return LSTM_ENOMEM;
  y[second] = 1;
  *seq = s;
  return LSTM_OK;
}

@*1 The embedded Reber grammar.
Experiment 1 of the 1997 paper is a standard benchmark for recurrent
networks (Smith and Zipser 1989; Cleeremans, Servan-Schreiber and
McClelland 1989; Fahlman 1991). The {\it Reber grammar\/} (Reber 1967)
generates strings over the seven symbols $B$, $T$, $P$, $S$, $X$, $V$, $E$
by a walk through a small graph: from the start, $B$; then either $T$,
any number of $S$, and $X$, or $P$, any number of $T$, and $V$; and so on
until $E$. The table below gives the graph: from each state two symbols
are possible, each with probability one half.
$$\vbox{\halign{\hfil#\quad&#\hfil\quad&#\hfil\cr
state&first choice&second choice\cr
\noalign{\smallskip}
0&$B\to1$&\cr 1&$T\to2$&$P\to3$\cr 2&$S\to2$&$X\to4$\cr
3&$T\to3$&$V\to5$\cr 4&$X\to3$&$S\to6$\cr 5&$P\to4$&$V\to6$\cr
6&$E\to$end&\cr}}$$
The {\it embedded\/} grammar wraps a Reber string $R$ as $B\,T\,R\,T\,E$
or $B\,P\,R\,P\,E$, each with probability one half. The second symbol
must be remembered across the whole inner string, to predict the
second-last; the inner string is easy to predict locally. This is what
makes the task hard for networks with a short memory.
@^Reber grammar@>

@ The network reads a string one symbol at a time and predicts the next.
Since two symbols are possible after most states, the target at a step is
the set of possible next symbols, as a probability vector (the step's row of |seq->y|): one at the
only possible symbol, or one half at each of two. The success criterion of
the paper is that the units of the possible next symbols are always the
most active ones (|reber_right| of the training chapter tests it). The paper used 256 training strings and 256 other test
strings; the training chapter draws both sets with this generator. Its
networks had memory blocks of two cells sharing gates (3 blocks, 276
weights in the best configuration); ours has single cells.

In the code the symbols are numbered in the order $B$, $T$, $P$, $S$, $X$,
$V$, $E$. The tables give, for each state of the inner grammar, its two
choices as a symbol and the state it leads to: |reber_next_symbol| and |reber_next_state|, with the letters in |reber_symbol|.

@<Private declarations@>=
static const char reber_symbol[8] = "BTPSXVE";
static const int reber_next_symbol[7][2] =
  {{0, 0}, {1, 2}, {3, 4}, {1, 5}, {4, 3}, {2, 5}, {6, 6}};
static const int reber_next_state[7][2] =
  {{1, 1}, {2, 3}, {2, 4}, {3, 5}, {3, 6}, {4, 6}, {-1, -1}};

@ A string is first written as symbols together with the set of symbols
that could have followed each, then copied into a sequence. The inner
walk is unbounded in principle (a state may repeat itself forever), but
the probability of more than 200 symbols is below $2^{-100}$; the walk of |reber_sample| is
cut there, and a string that long is drawn again rather than kept.

@<Functions@>=
static int reber_sample(lstm_rng *rng, lstm_data *data, lstm_seq **seq,
  lstm_error *err)
{
  enum {@+ longest = 208 @+};
  int sym[longest], options[longest][2], len;
  do {
    @<Write an embedded Reber string into |sym| and |options|@>;
  } while (len < 0);
  @<Copy the string into a new sequence of |data|@>;
  return LSTM_OK;
}

@ The outer symbols $B$ and the wrapping $T$ or $P$ are written first,
then the inner string from state 0, then the wrapping symbol again and $E$.
|options[l]| lists the symbols that could follow |sym[l]|; a single
option is written twice.

@<Write an embedded Reber string...@>=
{
  int wrap = rng_below(rng, 2) ? 2 : 1; /* $P$ or $T$ */
  int state = 0;
  len = 0;
  sym[len] = 0; options[len][0] = 1; options[len][1] = 2; len++;
  sym[len] = wrap; options[len][0] = options[len][1] = 0; len++;
  while (state >= 0 && len < longest - 4) {
    int choice = state == 0 || state == 6 ? 0 : (int)rng_below(rng, 2);
    sym[len] = reber_next_symbol[state][choice];
    state = reber_next_state[state][choice];
    if (state >= 0) {
      options[len][0] = reber_next_symbol[state][0];
      options[len][1] = reber_next_symbol[state][1];
    } else options[len][0] = options[len][1] = wrap;
    len++;
  }
  if (state >= 0) len = -1;
  else {
    sym[len] = wrap; options[len][0] = options[len][1] = 6; len++;
    sym[len] = 6; len++;
  }
}

@ The last symbol, $E$, is read but has no successor, so a string of
|len| symbols is a sequence of |len| steps whose last step has no target.

@<Copy the string into a new sequence...@>=
{
  lstm_seq *s;
  int status = lstm_data_add(data, (size_t)len, &s, err);
  if (status != LSTM_OK) return status;
  for (int t = 0; t < len; t++) {
    s->x[t * 7 + sym[t]] = 1;
    if (t + 1 < len) {
      double *y = lstm_target_set(s, (size_t)t, err);
      if (!y) return LSTM_ENOMEM;
      y[options[t][0]] += 0.5;
      y[options[t][1]] += 0.5;
    }
  }
  *seq = s;
}

@ The symbols of a sequence can be read back as text, for tests and for a
reader who wants to see a string: |lstm_reber_string| writes the symbols
of |seq| into |buf| (of at least |seq->T+1| characters).

@<Public functions@>=
void lstm_reber_string(const lstm_seq *seq, char *buf);

@ @<Functions@>=
void lstm_reber_string(const lstm_seq *seq, char *buf)
{
  for (size_t t = 0; t < seq->T; t++) {
    size_t s = 0;
    while (s < 6 && seq->x[t * 7 + s] == 0) s++;
    buf[t] = reber_symbol[s];
  }
  buf[seq->T] = '\0';
}

@*1 The adding problem.
Experiment 4 of the 1997 paper asks for the sum of two numbers marked
somewhere in a long sequence. Each step brings a pair: a value $x_t$
drawn uniformly from $[-1,1]$ and a marker $m_t$ (|s->x[2 * t]| and |s->x[2 * t + 1]|). Two pairs are marked
with $m_t=1$: the first among the first ten pairs (|first|), the second among the
first $T/2-1$ pairs not yet marked (|second|); the first and the last pair have the
marker $-1$ unless they are marked, and every other pair has 0. If the
first pair is marked its value is set to zero. A sequence has a random
length |len| between $T$ and $T+T/10$, and its only target, at the last step,
is $0.5+(X_1+X_2)/4$, where $X_1$ and $X_2$ are the marked values. An
answer is correct when its absolute error is below 0.04. The paper's
network (2 blocks of 2 cells, 93 weights) needed 74,000 sequences for
$T=100$. |adding_sample| draws a sequence of the task.

Our network answers through a linear output unit trained by squared
error (|LSTM_OUT_L2|); the paper's output unit was logistic.
@^adding problem@>

The multiplication problem of Experiment 5 is drawn by the same code:
``like the task in Section 5.4, except that the first component of each
pair is a real value randomly chosen from the interval $[0,1]$. In the
rare case where the first pair of the input sequence gets marked, we set
$X_1$ to 1.0. The target at sequence end is the product $X_1\times
X_2$.'' |product| chooses it.

@<Functions@>=
static int adding_sample(size_t T, int product, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err)
{
  size_t len = T + rng_below(rng, T / 10 + 1);
  size_t first = rng_below(rng, 10), second;
  lstm_seq *s;
  double *y;
  int status = lstm_data_add(data, len, &s, err);
  if (status != LSTM_OK) return status;
  do second = rng_below(rng, T / 2 - 1); while (second == first);
  for (size_t t = 0; t < len; t++) {
    s->x[2 * t] = lstm_rng_uniform(rng, product ? 0 : -1, 1);
    s->x[2 * t + 1] = t == 0 || t + 1 == len ? -1 : 0;
  }
  s->x[2 * first + 1] = s->x[2 * second + 1] = 1;
  if (first == 0 || second == 0) s->x[0] = product ? 1 : 0;
  if (!(y = lstm_target_set(s, len - 1, err))) return LSTM_ENOMEM;
  y[0] = product ? s->x[2 * first] * s->x[2 * second] :
    0.5 + (s->x[2 * first] + s->x[2 * second]) / 4;
  *seq = s;
  return LSTM_OK;
}

@*1 The two-sequence problem.
Experiment 3 of the 1997 paper ``serves to illustrate that LSTM does not
encounter fundamental problems if noise and signal are mixed on the same
input line''. Its Task 3a is the ``2-sequence problem'' of Bengio, Simard
and Frasconi (1994): ``There are two classes, each occurring with
probability 0.5. There is only one input line. Only the first $N$
real-valued sequence elements convey relevant information about the
class. Sequence elements at positions $t>N$ are generated by a Gaussian
with mean zero and variance 0.2. Case $N=1$: the first sequence element
is 1.0 for class 1, and $-1.0$ for class 2. Case $N=3$: the first three
elements are 1.0 for class 1 and $-1.0$ for class 2. The target at the
sequence end is 1.0 for class 1 and 0.0 for class 2. Correct
classification is defined as `absolute output error at sequence end
below 0.2'. Given a constant $T$, the sequence length is randomly
selected between $T$ and $T+T/10$.'' Task 3b adds ``Gaussian noise (mean
0 and variance 0.2) \dots\ to the information-conveying elements
($t\le N$)''. Task 3c keeps the inputs of 3a but makes the targets
``0.2 and 0.8 for class 1 and class 2, respectively, and there is
Gaussian noise on the targets (mean 0 and variance 0.1; st.dev.\ 0.32)'':
the network must learn the conditional expectation of the target, and a
sequence counts as misclassified when the ``absolute difference between
output and noise-free target'' exceeds 0.1.
@^two-sequence problem@>
@^Bengio, Yoshua@>
@^Experiment 3@>

The sequence has one input and one target, at its last step; |twoseq_sample| draws it, its class |class|
from |rng_below| and its noise from |rng_normal|. The paper
itself found this problem ``so simple that random weight guessing solves
it faster than LSTM'' (its Table~4), and said so; the book runs it because
the paper did, and because 3c, whose targets are noisy, is not simple.
With |clean| set, the target of 3c is written without its noise: the
training chapter's test set judges the network by the noise-free target.
The variance 0.2 is a standard deviation of $\sqrt{0.2}$.

@<Functions@>=
static int twoseq_sample(const lstm_task *task, int clean, lstm_rng *rng,
  lstm_data *data, lstm_seq **seq, lstm_error *err)
{
  const size_t T = task->length, N = task->relevant;
  const size_t len = T + rng_below(rng, T / 10 + 1);
  const size_t class = rng_below(rng, 2); /* 0 is class 1, 1 is class 2 */
  lstm_seq *s;
  double *y;
  int status = lstm_data_add(data, len, &s, err);
  if (status != LSTM_OK) return status;
  for (size_t t = 0; t < len; t++)
    if (t < N) s->x[t] = (class == 0 ? 1.0 : -1.0) +
      (task->variant == 'b' ? sqrt(0.2) * rng_normal(rng) : 0);
    else s->x[t] = sqrt(0.2) * rng_normal(rng);
  if (!(y = lstm_target_set(s, len - 1, err))) return LSTM_ENOMEM;
  if (task->variant != 'c') y[0] = class == 0 ? 1.0 : 0.0;
  else y[0] = (class == 0 ? 0.2 : 0.8) +
    (clean ? 0 : sqrt(0.1) * rng_normal(rng));
  *seq = s;
  return LSTM_OK;
}

@*1 The temporal order problem.
Experiment 6 of the 1997 paper asks a network to ``extract information
conveyed by the temporal order of widely separated inputs''. Task 6a, in
the paper's words: ``The goal is to classify sequences. Elements and
targets are represented locally (input vectors with only one non-zero
bit). The sequence starts with an $E$, ends with a $B$ (the `trigger
symbol') and otherwise consists of randomly chosen symbols from the set
$\{a,b,c,d\}$ except for two elements at positions $t_1$ and $t_2$ that
are either $X$ or $Y$. The sequence length is randomly chosen between 100
and 110, $t_1$ is randomly chosen between 10 and 20, and $t_2$ is randomly
chosen between 50 and 60. There are 4 sequence classes $Q$, $R$, $S$, $U$
which depend on the temporal order of $X$ and $Y$. The rules are: $X,X\to
Q$; $X,Y\to R$; $Y,X\to S$; $Y,Y\to U$.'' Task 6b has three relevant
symbols, at $t_1$ between 10 and 20, $t_2$ between 33 and 43 and $t_3$
between 66 and 76, and eight classes, $X,X,X\to Q$, $X,X,Y\to R$, \dots,
$Y,Y,Y\to C$ in the same order. ``With both tasks, error signals occur
only at the end of a sequence. The sequence is classified correctly if
the final absolute error of all output units is below 0.3.''
@^temporal order problem@>
@^Experiment 6@>

In the code (|order_sample|), input 0 is $E$, 1 is $B$, 2 to 5 are $a$ to $d$, 6 is $X$
and 7 is $Y$. Reading $X$ as the bit 0 and $Y$ as 1, the class is the
number the relevant symbols write in binary, the first one highest:
that is the order of the paper's rules, $Q=0$, $R=1$, and so on. The
positions count from 1 at $E$, as the paper's do, so $t_1=10$ is the
tenth element. The one target, at the step that reads $B$, is the
class's one-hot vector, predicted through a softmax.

@<Functions@>=
static int order_sample(size_t symbols, lstm_rng *rng, lstm_data *data,
  lstm_seq **seq, lstm_error *err)
{
  static const size_t from[2][3] = {{10, 50, 0}, {10, 33, 66}};
  const size_t len = 100 + rng_below(rng, 11), m = 8;
  size_t class = 0;
  lstm_seq *s;
  double *target;
  int status = lstm_data_add(data, len, &s, err);
  if (status != LSTM_OK) return status;
  s->x[0] = 1;
  for (size_t t = 1; t + 1 < len; t++) s->x[t * m + 2 + rng_below(rng, 4)] = 1;
  s->x[(len - 1) * m + 1] = 1;
  for (size_t r = 0; r < symbols; r++) {
    size_t at = from[symbols - 2][r] + rng_below(rng, 11) - 1;
    size_t y = rng_below(rng, 2);
    memset(s->x + at * m, 0, m * sizeof *s->x);
    s->x[at * m + 6 + y] = 1;
    class = 2 * class + y;
  }
  if (!(target = lstm_target_set(s, len - 1, err))) return LSTM_ENOMEM;
  target[class] = 1;
  *seq = s;
  return LSTM_OK;
}

@*1 Exercises.
\exercise{tasks.1}{20}
In the adding problem (|adding_sample|), how often is a network that always answers $0.5$
counted correct?

\exercise{tasks.2}{25}
Write a task of your own with a long lag, such as the ``strongly delayed
XOR'' that the 1997 paper's discussion names as a limitation of its
truncated gradient, and its generator in the style of this chapter.
