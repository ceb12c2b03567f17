@* Experiments.
This chapter answers the book's question with measurements. Two
questions are left open by the writings that compare BPTT with RTRL. Can
an LSTM trained with BPTT truly remember what it has learnt over a long
interval? And can truncated BPTT learn dependencies longer than its
window? The long-time-lag tasks of the tasks chapter ask for exactly that
kind of memory, with a lag $p$ that we choose, so the experiments train
networks on them with every method of the book, for lags from 5 to 1000
and several seeds, and then test what the trained networks retain over
intervals up to a hundred times longer than the one they were trained on.
@^experiments@>

@ The grid. Every method is run on the lag task with its target at the
last step, for the lags $p=5$, 10, 20, 50, 100 and 200, with ten seeds
each, the defaults of the training chapter (eight cells, Adam with rate
0.01, input-gate bias $-1-\ln p$, no forget gate from $p=200$) and a
budget of 30,000 sequences. Truncated BPTT is run twice, with a window
below the lag, $K=\lceil p/2\rceil$, and with one above it, $K=2p$. Exact
RTRL costs $O(n^2P)$ per step, about seventy times what BPTT costs for
these networks, so it is run on the two shortest lags only. The two
online methods of the last decade, SnAp-1 and UORO, are run as the
internal RTRL is, with a weight update at every step that has a target
(UORO's random signs drawn from the run's seed). A network
that solves the task is then tested on the probes of 2, 5, 10 and 100
runs of distractors with |lstm_retention|.

Then the protocol of Experiment 2a as published, with a target at every
step: every method at $p=5$, 10 and 20, ten seeds each, and BPTT, the
internal RTRL and UORO at $p=100$ with three seeds, the runs whose
learning curves show what the every-step targets do to the cells; the last-step runs of
the first seed at $p=100$ record their curves too, for comparison. Last
come ten runs each of the other two tasks of the 1997 paper, the embedded
Reber grammar and the adding problem with $T=100$, with BPTT and the
defaults of the training chapter, so that their published numbers have
ours beside them.

The long runs, \.{make experiments-long}, take the lag task to $p=500$
and $p=1000$ (BPTT and the internal RTRL, five seeds each, budget 60,000
sequences), run the noisy lag task of Experiment 2c at $p=100$, 500
and 1000 (the same methods, three seeds each, budget 100,000), and make
the attempts at the every-step task described with its results.

Each grid is a list of command lines for \.{lstm train}, which the
command \.{lstm experiments --list} (or \.{--list-long}) prints. \.{make
experiments} runs them on both cores with \.{xargs -P 2}, collects the
summary lines, and calls \.{lstm experiments --report}, which reads the
summaries of both grids and writes the tables and the figures of this
chapter into the directory \.{book/experiments}. The files are
committed, so the book builds without rerunning the grids.

@<Declarations of the command@>=
static int cmd_experiments(int argc, char **argv);
#define EXP_SEEDS 10 /* seeds of the main grid */
#define EXP_LONG_SEEDS 5 /* of the long lag task */
#define EXP_2C_SEEDS 3 /* of the noisy lag task */
#define EXP_DIAG_SEEDS 3 /* of the every-step runs at $p=100$ */
#define EXP_BUDGET 30000
#define EXP_EVERY_BUDGET 20000
#define EXP_LONG_BUDGET 60000
#define EXP_2C_BUDGET 100000
#define EXP_MAX_RUNS 16 /* runs a cell of the report can hold */
#define EXP_LAGS 8
#define EXP_GRID_LAGS 6 /* the lags of the main grid, the first six */
#define EXP_DIAG_LAG 100
static const size_t exp_lags[EXP_LAGS] = {5, 10, 20, 50, 100, 200, 500, 1000};

@ @<Rows of the table of subcommands@>=
{"experiments", "list the experiment grid, or report on its results",
  cmd_experiments},

@ The methods of the grid are named by families, since the window of
truncated BPTT depends on the lag. |family_spec| writes the method
argument of family |f| for lag |p|, or returns zero when the family is
not run at that lag.

@<Declarations of the command@>=
#define EXP_FAMILIES 7
static const char *family_name[EXP_FAMILIES] =
  {"bptt", "tbptt:p/2", "tbptt:2p", "irtrl", "rtrl", "snap1", "uoro"};
static int family_spec(int f, size_t p, char *buf, size_t size);

@ @<Subcommands@>=
static int family_spec(int f, size_t p, char *buf, size_t size)
{
  switch (f) {
  case 0: snprintf(buf, size, "bptt"); return 1;
  case 1: snprintf(buf, size, "tbptt:%zu", (p + 1) / 2); return 1;
  case 2: snprintf(buf, size, "tbptt:%zu", 2 * p); return 1;
  case 3: snprintf(buf, size, "irtrl"); return 1;
  case 4: snprintf(buf, size, "rtrl"); return p <= 10;
  case 5: snprintf(buf, size, "snap1"); return 1;
  default: snprintf(buf, size, "uoro"); return 1;
  }
}

@ The subcommand \.{lstm experiments --list DIR} prints one line of
arguments for \.{lstm train} per run of the main grid, and
\.{--list-long DIR} those of the long runs; the learning curves go to
\.{DIR}. With \.{--report} {\it DIR SECONDS\/} [{\it LONG-SECONDS\/}]
it writes the tables and figures; its numbers are the wall-clock times
of the main grid and of the long runs, for the text, and each must be a plain number from 0 to $10^9$ (not
\.{abc}, not \.{-5}, not \.{1e400}, which |atof| would have taken as 0,
$-5$ and infinity).

@<Subcommands@>=
static int cmd_experiments(int argc, char **argv)
{
  @<Split \.{--list=DIR}, \.{--list-long=DIR} and \.{--report=DIR} into
    two arguments@>;
  if (wants_help(argc, argv) || argc < 2) {
    printf("usage: lstm experiments --list DIR\n" @/
      "       lstm experiments --list-long DIR\n" @/
      "       lstm experiments --report DIR SECONDS [LONG_SECONDS]\n" @/
      "       lstm experiments --list-battery DIR\n" @/
      "       lstm experiments --report-battery DIR\n" @/
      "--list and --list-long print the arguments of 'lstm train' for every\n" @/
      "run of the book's main and long experiment grids; --report reads\n" @/
      "DIR/results.txt and DIR/results-long.txt (the runs' summary lines)\n" @/
      "and writes DIR/results.tex, DIR/figures.mp and its data, DIR/*.d.\n" @/
      "--list-battery prints those of the 1997 battery; --report-battery\n" @/
      "reads DIR/results-battery.txt and writes DIR/battery.tex.\n");
    return argc < 2 && !wants_help(argc, argv) ? 2 : 0;
  }
  if (strcmp(argv[0], "--list") == 0 && argc == 2) {
    @<Print the grid's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--list-long") == 0 && argc == 2) {
    @<Print the long grid's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--list-battery") == 0 && argc == 2) {
    @<Print the battery's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--report-battery") == 0 && argc == 2)
    return battery_report(argv[1]);
  if (strcmp(argv[0], "--report") == 0 && (argc == 3 || argc == 4)) {
    double seconds[2] = {0, 0};
    for (int a = 2; a < argc; a++) {
      char *end;
      seconds[a - 2] = strtod(argv[a], &end);
      if (end == argv[a] || *end || !isfinite(seconds[a - 2]) ||
          seconds[a - 2] < 0 || seconds[a - 2] > 1e9 || argv[a][0] < '0' ||
          argv[a][0] > '9')
        return usage_error("experiments", "expected the wall-clock seconds " @/
          "of the runs, a number from 0 to 1e9, found '%s'", argv[a]);
@.expected the wall-clock seconds...@>
    }
    return experiments_report(argv[1], seconds);
  }
  fprintf(stderr, "lstm experiments: expected --list DIR, --list-long DIR, " @/
    "--report DIR SECONDS, --list-battery DIR or --report-battery DIR; " @/
    "try 'lstm experiments --help'\n");
  return 2;
}

@ As everywhere, an option's value may follow an equals sign; the
subcommand then sees the same arguments as with a blank.

@<Split \.{--list=DIR}...@>=
char *split[4];
if (argc >= 1 && argc <= 3 && (strncmp(argv[0], "--list=", 7) == 0 ||
    strncmp(argv[0], "--list-long=", 12) == 0 ||
    strncmp(argv[0], "--list-battery=", 15) == 0 ||
    strncmp(argv[0], "--report-battery=", 17) == 0 ||
    strncmp(argv[0], "--report=", 9) == 0)) {
  char *eq = strchr(argv[0], '=');
  static char name[24];
  snprintf(name, sizeof name, "%.*s", (int)(eq - argv[0]), argv[0]);
  split[0] = name;
  split[1] = eq + 1;
  for (int a = 1; a < argc; a++) split[a + 1] = argv[a];
  argv = split;
  argc++;
}

@ The most expensive runs come first, so that the two processes finish
at about the same time: longest lags first, and RTRL before the rest.

@<Print the grid's command lines@>=
for (int q = EXP_GRID_LAGS - 1; q >= 0; q--)
  for (int f = EXP_FAMILIES - 1; f >= 0; f--)
    for (int seed = 1; seed <= EXP_SEEDS; seed++) {
      char spec[32];
      if (!family_spec(f, exp_lags[q], spec, sizeof spec)) continue;
      printf("--task lag --lag %zu --method %s --seed %d --max-sequences %d",
        exp_lags[q], spec, seed, EXP_BUDGET);
      if (seed == 1 && exp_lags[q] == EXP_DIAG_LAG && (f == 0 || f == 3))
        printf(" --curve %s/curve-last-%d.txt", argv[1], f);
      printf("\n");
    }
for (int f = 0; f < EXP_FAMILIES; f += 3) /* bptt, irtrl and uoro */
  for (int seed = 1; seed <= EXP_DIAG_SEEDS; seed++) {
    printf("--task lag --lag %d --targets every --method %s --seed %d " @/
      "--max-sequences %d", EXP_DIAG_LAG, family_name[f], seed,
      EXP_EVERY_BUDGET);
    if (seed == 1) printf(" --curve %s/curve-every-%d.txt", argv[1], f);
    printf("\n");
  }
for (int q = 2; q >= 0; q--)
  for (int f = EXP_FAMILIES - 1; f >= 0; f--)
    for (int seed = 1; seed <= EXP_SEEDS; seed++) {
      char spec[32];
      if (!family_spec(f, exp_lags[q], spec, sizeof spec)) continue;
      printf("--task lag --lag %zu --targets every --method %s --seed %d " @/
        "--max-sequences %d\n", exp_lags[q], spec, seed, EXP_EVERY_BUDGET);
    }
for (int seed = 1; seed <= EXP_SEEDS; seed++)
  printf("--task reber --seed %d\n--task adding --seed %d\n", seed, seed);

@ @<Print the long grid's command lines@>=
for (int q = EXP_LAGS - 1; q >= EXP_GRID_LAGS; q--)
  for (int f = 0; f <= 3; f += 3) { /* bptt and irtrl */
    for (int seed = 1; seed <= EXP_2C_SEEDS; seed++)
      printf("--task lag2c --lag %zu --method %s --seed %d " @/
        "--max-sequences %d\n", exp_lags[q], family_name[f], seed,
        EXP_2C_BUDGET);
    for (int seed = 1; seed <= EXP_LONG_SEEDS; seed++)
      printf("--task lag --lag %zu --method %s --seed %d --max-sequences %d\n",
        exp_lags[q], family_name[f], seed, EXP_LONG_BUDGET);
  }
for (int f = 0; f <= 3; f += 3)
  for (int seed = 1; seed <= EXP_2C_SEEDS; seed++)
    printf("--task lag2c --lag 100 --method %s --seed %d --max-sequences %d\n",
      family_name[f], seed, EXP_2C_BUDGET);
@<Print the command lines of the attempts at the every-step task@>;

@ The attempts at the every-step task at $p=50$ and $p=100$, with BPTT
and the internal RTRL, three seeds each: the defaults (at $p=100$ the
main grid has them), a cell without a forget gate, and sixteen cells
instead of eight.

@<Print the command lines of the attempts...@>=
{
  static const char *variant[3] = {"", " --forget-gate no", " --cells 16"};
  for (int v = 0; v < 3; v++)
    for (size_t p = 50; p <= 100; p += 50)
      for (int f = 0; f <= 3; f += 3)
        for (int seed = 1; seed <= EXP_DIAG_SEEDS; seed++)
          if (v > 0 || p == 50)
            printf("--task lag --lag %zu --targets every --method %s " @/
              "--seed %d --max-sequences %d%s\n", p, family_name[f], seed,
              EXP_EVERY_BUDGET, variant[v]);
}

@*1 Results.
The main grid ran \expruns\ training runs in all (with the long runs) and
took \expminutes\ minutes of wall-clock time on the two cores of the
machine described in the speed chapter; the long runs took
\explongminutes\ minutes more. With its target at the last step, the lag
task was solved in the runs of the first table, within 30,000 sequences
up to $p=200$ and 60,000 beyond; the second table gives the median number
of sequences the solved runs needed. Empty cells were not run.%
\tablelabel{expsuccess}\tablelabel{expmedian}
$$\expsuccess$$
$$\expmedian$$
For comparison, Hochreiter and Schmidhuber's Table~2 (Experiment 2a,
targets at every step, means of 18 trials, their architecture and
settings):
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\hfil#\quad&
  \hfil#\quad&\hfil#\quad&\hfil#\cr
method&$p$&learning rate&\% solved&after\cr
\noalign{\hrule}
RTRL&4&1.0&78&1,043,000\cr
RTRL&4&4.0&56&892,000\cr
RTRL&10&1.0--10.0&0&$>5{,}000{,}000$\cr
RTRL&100&1.0--10.0&0&$>5{,}000{,}000$\cr
BPTT&100&1.0--10.0&0&$>5{,}000{,}000$\cr
LSTM&100&1.0&100&5,040\cr}}$$
Their RTRL and BPTT rows are for conventional recurrent networks, not
for an LSTM; their LSTM row was trained with the truncated RTRL of the
chapter on the LSTM's own RTRL (\.{irtrl} here), on a network with one
memory cell, an input gate and no output gate.
@^Hochreiter, Sepp@>

@ Every cell in full: the runs solved with a 95\% interval for the
fraction of seeds that would solve the task (the section on reading the
results, later in this chapter, explains the interval), the first quartile, median (in bold)
and third quartile of the sequences to success, and the medians of the
weight updates and processor seconds that the solved runs took. With
the target at the last step, BPTT changes the weights once per sequence,
after its backward pass, and so do the online methods, at the one step
with a target; truncated BPTT with the short window changes them once
per window.\tablelabel{expdetail}
$$\expdetail$$

@ Figures 7 and 8 show the same numbers: the fraction of runs solved, and
the median number of sequences to success, with the quartiles as a bar,
against the lag.
\par\medskip
$$\convertMPtoPDF{experiments/figures-1.mps}{1}{1}$$
\centerline{\bf Figure 7.\rm\ Runs solved against the lag (target at the last step).}
\par\medskip
$$\convertMPtoPDF{experiments/figures-2.mps}{1}{1}$$
\centerline{\bf Figure 8.\rm\ Sequences to success: median and quartiles.}

@*1 Targets at every step.
With a target at every step, as in the paper's Experiment 2a, the same
methods and defaults give the table below, within 20,000 sequences (at
$p=50$ and $p=100$ three seeds). Here the online methods change the weights at
every step, $p$ times per sequence, and truncated BPTT once per window.%
\tablelabel{expevery}
$$\expeverydetail$$
What the every-step targets do to the cells shows at the end of the runs
at $p\ge50$. The table gives, for each setting ($n$ cells, with or
without the forget gate $f$), the runs solved and the median sequences
they needed, and the medians over the runs of four numbers of the two
held sequences: the largest error at the last step and at the other
steps; the drift of the state at the last step, $\max_j\vert
\state_{T-1,j}\vert$; and the separation of the last outputs,
$\max_j\vert\out_{T-1,j}(x)-\out_{T-1,j}(y)\vert$, the network's whole
memory of the first symbol as the output layer sees it. The table also
holds the attempts at the task made by the long runs, with a cell
without a forget gate and with sixteen cells, and for comparison the
last-step runs at $p=100$.\tablelabel{expdiag}
$$\expdiag$$
Figures 9 and 10 follow the separation and the drift during the first
seed's training.
\par\medskip
$$\convertMPtoPDF{experiments/figures-3.mps}{1}{1}$$
\centerline{\bf Figure 9.\rm\ Separation of the last outputs during training, $p=100$.}
\par\medskip
$$\convertMPtoPDF{experiments/figures-5.mps}{1}{1}$$
\centerline{\bf Figure 10.\rm\ Drift of the state during training, $p=100$.}

@*1 Memory retention.
A network that solved the lag task with its target at the last step was
then asked to bridge 2, 5, 10 and 100 runs of distractors, each probe
ending on $a_{p-1}$ as the tasks chapter requires. The table counts the
solved networks that answered both probes right; figure 11 pools the lags
of each method.\tablelabel{expretention}
$$\expretention$$
\par\medskip
$$\convertMPtoPDF{experiments/figures-4.mps}{1}{1}$$
\centerline{\bf Figure 11.\rm\ Retention over longer probes, all solved networks.}

@*1 Very long lags in noise.
The noisy lag task of Experiment 2c, with $p=q$ and a target after the
trigger symbol only, with the cell of 1997 (no forget gate). A run is
solved when 10,000 successive training sequences have been answered
within 0.2, so the sequences to success include those 10,000; the
paper's Table~3 gives means of 20 trials, and does not say whether its
count includes them.\tablelabel{explong}
$$\explong$$

@*1 The other two tasks.
With BPTT and the defaults of the training chapter, ten runs on the
embedded Reber grammar gave: \expreber; Hochreiter and Schmidhuber's best
configuration solved all 30 trials after 8,440 sequences on average
(3 blocks of 2 cells, learning rate 0.5), and RTRL solved ``some
fraction'' after 173,000 or 25,000. Ten runs on the adding problem with
$T=100$ gave: \expadding; the paper's LSTM needed 74,000 sequences on
average (10 trials).

@*1 What the measurements say.
The chapter began with two questions, and the measurements answer them
and three more, each for the network, the settings and the budgets used
here. Every claim below rests on the tables above; ten seeds give a
fraction with a 95\% interval of $[0.72,1]$ when all succeed, five seeds
$[0.57,1]$, three $[0.44,1]$, so a claim about five or three seeds is a
weaker one, and says so.
@^answer to the book's question@>

@ {\it Can an LSTM trained with BPTT learn to remember over a lag of $p$
steps?} Yes. With its target at the last step, BPTT solved the lag task
in every run at every lag we tried: ten seeds of ten from $p=5$ to
$p=200$, and five of five at $p=500$ and $p=1000$. The median number of
sequences grows slowly with the lag, from 2,370 at $p=50$ and 3,415 at
$p=100$ (quartiles 2,065 and 3,752) to 5,310 at $p=200$, 5,440 at $p=500$
and 6,980 at $p=1000$. That is the order of the 5,040 sequences of the
1997 LSTM at $p=100$, with another network, another protocol and another
optimiser. Nothing in BPTT stands in the way of such a memory: it
computes the exact gradient, the same numbers as RTRL, and at $p=1000$ it
needed 26 seconds of one core. What stood in the way in the first edition
of this book, where no method solved $p=50$, were the targets at every
step and an input gate that let the state drift; the answer to the last
question below shows what they do.

@ {\it Can truncated BPTT learn dependencies longer than its window?}
Not by its gradient. With a window of $\lceil p/2\rceil$ steps the error
of the last step never reaches the step that read the first symbol, and
from $p=20$ on no run of ten solved the task (0 of 10 at every lag,
interval $[0,0.28]$). At $p=5$ and $p=10$ it did, in ten and seven runs,
after seven and thirteen times as many sequences as BPTT: the windows
start from the state where the last one ended, so the forward pass still
carries whatever the untrained cells keep of the first symbol, and at a
short lag they keep enough for the output weights, which the window does
train, to read it. The reading is learnt; the storing is luck, and the
luck runs out with the lag. A window of $2p$ covers the sequence and is
BPTT itself, run for run.

@ {\it Does what was learnt hold at ten times the lag?} For the long lags,
yes, and at a hundred times. Of the networks solved at $p=100$, all ten
of BPTT and nine of ten of the internal RTRL answered both probes of 10
runs of distractors (991 steps) right, and the same networks those of
100 runs (9,901 steps); at $p=200$ and $p=500$ every solved network did.
At $p=1000$ three of the five BPTT networks kept the memory over 10 and
100 runs, and all five of the internal RTRL. The short lags hold less: of
the ten networks BPTT solved at $p=5$, five kept it over ten runs.
Nothing in training asks a network for more memory than the lag; the
tables show that the networks trained on long lags kept far more than
they were asked for, and those trained on the shortest less, but not
why (exercise experiments.2 asks how the forget gate takes part). The
first edition found nothing kept because its
probes ended on a distractor after which no network had learnt to
answer (the tasks chapter says how).

@ {\it What does the 1997 truncated gradient buy?} Fewer sequences and
less time, here. With its target at the last step the internal RTRL
changes the weights once per sequence, as BPTT does, and it needed fewer
sequences at every lag from 10 on: 840 against 2,370 at $p=50$, 1,300
against 3,415 at $p=100$, 4,660 against 6,980 at $p=1000$, in less
processor time (11 against 26 seconds at $p=1000$), with memory that does
not grow with the sequence. Its gradient is not the exact one (the next
chapter measures cosines of 0.96 with it on trained networks at
$p=100$), and the tables do not say why the inexact gradient learns
faster, only that it did, on this task. Under the every-step protocol it
also changes the weights at every step, $p$ times per sequence: at
$p=10$ it solved all ten runs after a median of 1,910 sequences, 19,100
updates, where BPTT solved seven after 4,630.

@ {\it And the online methods of the last decade?} SnAp-1, which keeps
what the internal RTRL keeps and the loop of each cell through its own
gates, solved every run up to $p=200$ after nearly the same number of
sequences (1,280 at $p=100$ against 1,300), and its networks kept the
memory over 100 runs of distractors as well as any. UORO, whose
gradient is right only on average, learnt too, but more slowly and less
surely: 10 of 10 runs at $p=200$ after a median of 15,980 sequences, 6 of
10 at $p=100$ (interval $[0.31,0.83]$), and its networks held the memory
worst of all methods, only two of the ten solved at $p=200$ over five
runs of distractors and none over a hundred: its solutions work at the
lag they were trained on, and mostly not beyond it.

@ {\it Where does the every-step task stand, and why?} It remains unsolved
here beyond short lags. With a target at every step the methods solved
$p=5$ (all but the short window), fewer runs at $p=10$ and $p=20$, and
none of three at $p=50$ or $p=100$ with the defaults (BPTT, the internal
RTRL and, at $p=100$, UORO), against the 1997 LSTM's 18 of 18 at
$p=100$. The diagnosis shows why. At the end of the
runs at $p=100$ the largest error at the other steps is 0.000: the easy
predictions are learnt perfectly. The error at the last step is 0.57 to
0.64, a guess between $x$ and $y$; the separation of the last outputs of
the two sequences is zero to four places, and figure 9 shows it falling
during training to $10^{-9}$ and $10^{-20}$, while in the last-step runs
it rises to 2. The cells have been taken over by the easy predictions
(the paper's ``abuse'') and their states have drifted to 9 and 19, where
$\tanh$ is flat. Of the attempts, sixteen cells solved one run of three
at $p=50$ (BPTT) and a cell without a forget gate one of three at
$p=50$ and one of three at $p=100$ (the internal RTRL, after 8,060
sequences); the rest failed. One in three is an interval of
$[0.06,0.79]$: a sign that the published result is within reach, not a
replication. The 1997 network had what ours lacks, connections from the
inputs to the outputs that carry the easy predictions past the cells,
and added its cells only after the easy error had stopped falling; both
are exercises below, not measurements.

@ {\it And the very long lags in noise?} The noisy task of Experiment 2c
was solved in all three runs of each method at $p=q=100$, 500 and 1000.
Its criterion counts 10,000 successive sequences answered right, so
the medians of 10,196 to 10,430 sequences mean that the networks were
right from about the 200th to the 430th sequence on; the 1997 means are
31,000 to 49,000, and the paper does not say whether they include the
10,000. A cell without a forget gate, an input gate biased shut and Adam
make this task easy for the network of this book; three runs per cell do
not say how often it would fail.

@ {\it The other tasks\/} are as the first edition measured them, since
their settings did not change: the embedded Reber grammar in all ten runs
after a median of 2,900 sequences, against the paper's 8,440, and the
adding problem with $T=100$ in all ten after a median of 45,000,
against 74,000.

@*1 Reading the results.
The rest of the chapter is the program that made the tables and figures
above from the runs. The report reads the summary lines of all runs. Each is parsed into a
record: the task and its protocol, the family (recovered from the method
and the lag), the lag, whether it was solved and after how many
sequences, the weight updates and processor seconds it took, the
retention over 2, 5, 10 and 100 runs of distractors, and what the held
sequences showed of its cells at the end.

@<Declarations of the command@>=
#define EXP_KINDS 3 /* the lag task with the last target, with every target;
  the noisy lag task */
typedef struct {
  int task; /* 0 for the lag tasks, 1 for Reber, 2 for adding */
  int kind; /* for the lag tasks: 0 last, 1 every, 2 the noisy task */
  int family; /* index into |family_name| */
  size_t lag;
  int solved;
  long sequences, updates;
  double seconds;
  double retention[4]; /* over 2, 5, 10 and 100 runs */
  double drift, separation, last_error, other_error;
  int forget; /* whether the cells had a forget gate */
  size_t cells;
} exp_run;
static int experiments_report(const char *dir, const double seconds[2]);
static int parse_run(const char *line, exp_run *run);

@ A line is a sequence of words; after the colon they come in pairs, a
name and a value. Only the names the report needs are looked at; a
number that is not finite makes the line unreadable, since it cannot be
a figure of a finished run.

@<Subcommands@>=
static int parse_run(const char *line, exp_run *run)
{
  char buf[2048], *word, *colon;
  char method[64] = "", task[16] = "lag";
  int every = 0, good = 1;
  memset(run, 0, sizeof *run);
  if (strlen(line) >= sizeof buf) return 0;
  strcpy(buf, line);
  run->solved = strncmp(buf, "solved after ", 13) == 0;
  if (!run->solved && strncmp(buf, "not solved after ", 17) != 0) return 0;
  run->sequences = atol(buf + (run->solved ? 13 : 17));
  if (!(colon = strchr(buf, ':'))) return 0;
  for (word = strtok(colon + 1, " \n"); word; word = strtok(NULL, " \n")) {
    char *value = strtok(NULL, " \n"), *end;
    double v;
    if (!value) break;
    v = strtod(value, &end);
    if (strcmp(word, "task") == 0) snprintf(task, sizeof task, "%s", value);
    else if (strcmp(word, "method") == 0)
      snprintf(method, sizeof method, "%s", value);
    else if (strcmp(word, "targets") == 0) every = strcmp(value, "every") == 0;
    else if (strcmp(word, "forget") == 0) run->forget = strcmp(value, "no") != 0;
    else @<Store the number |v| of the name |word| in |run|@>;
  }
  run->task = strcmp(task, "reber") == 0 ? 1 : strcmp(task, "adding") == 0 ?
    2 : 0;
  run->kind = strcmp(task, "lag2c") == 0 ? 2 : every;
  run->family = -1;
  if (!good) return 0;
  if (run->task != 0) return 1;
  for (int f = 0; f < EXP_FAMILIES; f++) {
    char spec[32];
    if (family_spec(f, run->lag, spec, sizeof spec) &&
        strcmp(spec, method) == 0) run->family = f;
  }
  return run->family >= 0 && run->lag > 0;
}

@ @<Store the number...@>=
{
  static const char *numeric[] = {"length", "updates", "seconds", "drift",
    "separation", "last_error", "other_error", "cells", "retention2p",
    "retention5p",
    "retention10p", "retention100p"};
  for (size_t q = 0; q < sizeof numeric / sizeof numeric[0]; q++)
    if (strcmp(word, numeric[q]) == 0 && (*end || !isfinite(v))) good = 0;
  if (strcmp(word, "length") == 0) run->lag = (size_t)v;
  else if (strcmp(word, "cells") == 0) run->cells = (size_t)v;
  else if (strcmp(word, "updates") == 0) run->updates = (long)v;
  else if (strcmp(word, "seconds") == 0) run->seconds = v;
  else if (strcmp(word, "drift") == 0) run->drift = v;
  else if (strcmp(word, "separation") == 0) run->separation = v;
  else if (strcmp(word, "last_error") == 0) run->last_error = v;
  else if (strcmp(word, "other_error") == 0) run->other_error = v;
  else if (strncmp(word, "retention", 9) == 0) {
    int times = atoi(word + 9);
    run->retention[times == 2 ? 0 : times == 5 ? 1 : times == 10 ? 2 : 3] = v;
  }
}

@ The report collects the runs by kind, family and lag. A cell of the
grid holds the number of runs and of solved runs, the sequences, updates
and seconds of each solved run (for medians and quartiles), the number
of solved networks that passed each retention probe, and the drift and
separation of every run. (The brackets \.{@@[} and \.{@@]} around the
declarator of the grid keep \.{cweave} from taking its three sizes for
type names.)

@<Declarations of the command@>=
typedef struct {
  int runs, solved;
  double needed[EXP_MAX_RUNS], updates[EXP_MAX_RUNS], seconds[EXP_MAX_RUNS];
  int kept[4]; /* solved networks that answered both probes right */
  double drift[EXP_MAX_RUNS], separation[EXP_MAX_RUNS];
  double last_error[EXP_MAX_RUNS], other_error[EXP_MAX_RUNS];
} exp_cell;
typedef exp_cell @[exp_grid[EXP_KINDS][EXP_FAMILIES][EXP_LAGS]@];
#define EXP_DIAGS 32
typedef struct {
  int every, family, forget;
  size_t lag, cells;
  exp_cell c;
} exp_diag; /* the runs of one setting of the diagnosis */
typedef struct {
  exp_grid cells; /* the runs with the defaults, by kind, family and lag */
  exp_cell other[2]; /* the Reber grammar and the adding problem */
  exp_diag diag[EXP_DIAGS]; /* the runs that diagnose the every-step task */
  int ndiag, total;
} exp_report;
static int compare_diag(const void *a, const void *b);
static void add_run(exp_cell *c, const exp_run *run);
static int compare_double(const void *a, const void *b);
static double quantile(const double *v, int count, double q);
static void wilson(int solved, int runs, double *low, double *high);
static int read_results(const char *path, exp_report *rep, int required);
static void write_tables(FILE *f, exp_report *rep, const double seconds[2]);

@ @<Subcommands@>=
static int experiments_report(const char *dir, const double seconds[2])
{
  static exp_report rep;
  char path[1024];
  memset(&rep, 0, sizeof rep);
  snprintf(path, sizeof path, "%s/results.txt", dir);
  if (read_results(path, &rep, 1) != 0) return 1;
  snprintf(path, sizeof path, "%s/results-long.txt", dir);
  if (read_results(path, &rep, 0) != 0) return 1;
  qsort(rep.diag, (size_t)rep.ndiag, sizeof *rep.diag, compare_diag);
  @<Write the tables and the figures into |dir|@>;
  return 0;
}

@ The file of the long runs may be missing (they have not been run); the
main grid's may not.

@<Subcommands@>=
static int read_results(const char *path, exp_report *rep, int required)
{
  char line[2048];
  FILE *in = fopen(path, "r");
  if (!in) {
    if (!required) return 0;
    fprintf(stderr, "%s: cannot read the results\n", path);
@.cannot read the results@>
    return 1;
  }
  while (fgets(line, sizeof line, in)) {
    exp_run run;
    int q = 0;
    if (!parse_run(line, &run)) {
      fprintf(stderr, "%s:%d: a line is not a summary of a run: '", path,
        rep->total + 1);
      @<Show the line, with its unprintable bytes as \.{\\x}$hh$@>;
      fprintf(stderr, "'\n");
@.a line is not a summary...@>
      fclose(in);
      return 1;
    }
    rep->total++;
    if (run.task != 0) {
      exp_cell *c = &rep->other[run.task - 1];
      if (c->runs == EXP_MAX_RUNS) continue;
      if (run.solved) c->needed[c->solved++] = (double)run.sequences;
      c->runs++;
      continue;
    }
    while (q < EXP_LAGS && exp_lags[q] != run.lag) q++;
    if (q == EXP_LAGS) continue;
    @<Add |run| to the diagnosis, if it is one of its runs@>;
    if (run.cells == 8 &&
        run.forget == (run.kind == 2 ? 0 : run.lag < 200))
      add_run(&rep->cells[run.kind][run.family][q], &run);
  }
  fclose(in);
  return 0;
}

@ A line of a results file can hold anything, escape sequences of the
terminal included, so the message shows at most its first 200 bytes and
writes each byte that is not printable ASCII in hexadecimal.
@^terminal escapes@>

@<Show the line...@>=
for (size_t q = 0; line[q] && line[q] != '\n' && q < 200; q++) {
  unsigned char c = (unsigned char)line[q];
  if (c >= 32 && c < 127 && c != '\\') fputc(c, stderr);
  else fprintf(stderr, "\\x%02x", c);
}

@ Only the runs with the defaults of the training chapter (eight cells,
and the forget gate of the lag's default) enter the grid's cells; the
runs of other settings belong to the diagnosis alone. A cell that is
full ignores further runs.

@<Subcommands@>=
static void add_run(exp_cell *c, const exp_run *run)
{
  if (c->runs == EXP_MAX_RUNS) return;
  c->drift[c->runs] = run->drift;
  c->separation[c->runs] = run->separation;
  c->last_error[c->runs] = run->last_error;
  c->other_error[c->runs] = run->other_error;
  if (run->solved) {
    c->needed[c->solved] = (double)run->sequences;
    c->updates[c->solved] = (double)run->updates;
    c->seconds[c->solved] = run->seconds;
    for (int r = 0; r < 4; r++) c->kept[r] += run->retention[r] == 1;
    c->solved++;
  }
  c->runs++;
}

@ The diagnosis collects the every-step runs at $p\ge50$, whatever their
setting, and for comparison the last-step runs of BPTT and the internal
RTRL at $p=100$ with the defaults; each setting is a row of its table.

@<Add |run| to the diagnosis...@>=
if (run.kind < 2 && (run.kind == 1 ? run.lag >= 50 : run.lag == 100 &&
    run.cells == 8 && run.forget &&@| (run.family == 0 || run.family == 3))) {
  int d = 0;
  while (d < rep->ndiag && !(rep->diag[d].every == run.kind &&
      rep->diag[d].family == run.family && rep->diag[d].lag == run.lag &&
      rep->diag[d].forget == run.forget && rep->diag[d].cells == run.cells))
    d++;
  if (d < EXP_DIAGS) {
    if (d == rep->ndiag) {
      rep->diag[d].every = run.kind; rep->diag[d].family = run.family;
      rep->diag[d].lag = run.lag; rep->diag[d].forget = run.forget;
      rep->diag[d].cells = run.cells;
      rep->ndiag++;
    }
    add_run(&rep->diag[d].c, &run);
  }
}

@ The rows are ordered by lag, then protocol, then setting, then method.

@<Subcommands@>=
static int compare_diag(const void *a, const void *b)
{
  const exp_diag *x = a, *y = b;
  if (x->lag != y->lag) return x->lag < y->lag ? -1 : 1;
  if (x->every != y->every) return x->every - y->every;
  if (x->forget != y->forget) return y->forget - x->forget;
  if (x->cells != y->cells) return x->cells < y->cells ? -1 : 1;
  return x->family - y->family;
}

@ Every file is written safely, as every file of the command is: the
data files of the figures each whole, while the figures are drawn, and
the tables and \.{figures.mp} last, so that a report that fails leaves
the previous tables and figures in place (with some of their data files
new).

@<Write the tables and the figures...@>=
{
  char fpath[1024];
  out_file tables, figures;
  lstm_error err;
  lstm_error_clear(&err);
  snprintf(path, sizeof path, "%s/results.tex", dir);
  snprintf(fpath, sizeof fpath, "%s/figures.mp", dir);
  if (out_open(&tables, path, &err) != LSTM_OK) return report(LSTM_EIO, &err);
  if (out_open(&figures, fpath, &err) != LSTM_OK) {
    out_abandon(&tables);
    return report(LSTM_EIO, &err);
  }
  write_tables(tables.f, &rep, seconds);
  if (write_figures(figures.f, rep.cells, dir, &err) != 0) {
    out_abandon(&tables);
    out_abandon(&figures);
    return report(LSTM_EIO, &err);
  }
  if (out_commit(&tables, &err) != LSTM_OK) {
    out_abandon(&figures);
    return report(LSTM_EIO, &err);
  }
  if (out_commit(&figures, &err) != LSTM_OK) return report(LSTM_EIO, &err);
}

@ Medians and quartiles are quantiles of the solved runs of a cell, by
linear interpolation between the sorted values ($q=1/2$ is the usual
median). With no solved run there is none, and the tables show a dash.

@<Subcommands@>=
static int compare_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
@#
static double quantile(const double *v, int count, double q)
{
  double w[EXP_MAX_RUNS], pos;
  int at;
  if (count == 0) return -1;
  memcpy(w, v, (size_t)count * sizeof *w);
  qsort(w, (size_t)count, sizeof *w, compare_double);
  pos = q * (count - 1);
  at = (int)pos;
  return at + 1 < count ? w[at] + (pos - at) * (w[at + 1] - w[at]) : w[at];
}

@ The fraction of seeds that solve a task is an estimate from a few runs,
and the tables give it with a 95\% interval. The usual interval, $\hat
p\pm1.96\sqrt{\hat p(1-\hat p)/n}$, has length zero when all or none of
the runs succeed, which ten runs often do; Wilson's (1927) interval does
not, and its coverage is close to 95\% for small $n$ (Brown, Cai and
DasGupta 2001). For $s$ successes in $n$
runs and $z=1.96$ it is
$${s+z^2/2\over n+z^2}\pm{z\over n+z^2}\sqrt{{s(n-s)\over n}+{z^2\over4}}.$$
Ten successes in ten runs give $[0.72,1]$: such a table says that at
least seven seeds in ten would succeed, not that all would.
@^Wilson interval@>

@<Subcommands@>=
static void wilson(int solved, int runs, double *low, double *high)
{
  const double z = 1.96, n = runs, s = solved;
  const double mid = (s + z * z / 2) / (n + z * z),
    half = z / (n + z * z) * sqrt(s * (n - s) / n + z * z / 4);
  *low = fmax(mid - half, 0);
  *high = fmin(mid + half, 1);
}

@*1 Writing the tables.
The tables are \TeX\ macros that this chapter calls. \.{\\expsuccess}
and \.{\\expmedian} give, for the lag task with its target at the last
step, the runs solved and the median sequences to success, one row per
method and one column per lag; \.{\\expdetail} and \.{\\expeverydetail}
every cell of the two protocols in full;
\.{\\expdiag} what the cells look like at the end of the runs at
$p=100$ under both protocols; \.{\\expretention} how many solved networks
kept the first symbol over longer probes; \.{\\explong} the noisy lag
task.

@<Subcommands@>=
static void write_tables(FILE *f, exp_report *rep, const double seconds[2])
{
  exp_cell (*const cells)[EXP_FAMILIES][EXP_LAGS] = rep->cells;
  exp_cell *const other = rep->other;
  fprintf(f, "%% Written by 'lstm experiments --report'; do not edit.\n");
  fprintf(f, "\\def\\expruns{%d}\\def\\expminutes{%.0f}" @/
    "\\def\\explongminutes{%.0f}\n", rep->total, seconds[0] / 60,
    seconds[1] / 60);
  for (int which = 0; which < 2; which++) {
    fprintf(f, "\\def\\exp%s{\\vbox{\\offinterlineskip\\halign{" @/
      "\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n",
      which == 0 ? "success" : "median");
    fprintf(f, "\\rm method");
    for (int q = 0; q < EXP_LAGS; q++) fprintf(f, "&$%zu$", exp_lags[q]);
    fprintf(f, "\\cr\\noalign{\\hrule}\n");
    for (int fam = 0; fam < EXP_FAMILIES; fam++) {
      fprintf(f, "%s", family_name[fam]);
      for (int q = 0; q < EXP_LAGS; q++) {
        const exp_cell *c = &cells[0][fam][q];
        if (c->runs == 0) fprintf(f, "&");
        else if (which == 0) fprintf(f, "&%d/%d", c->solved, c->runs);
        else if (c->solved == 0) fprintf(f, "&--");
        else fprintf(f, "&%.0f", quantile(c->needed, c->solved, 0.5));
      }
      fprintf(f, "\\cr\n");
    }
    fprintf(f, "}}}\n");
  }
  @<Write the table of the key cells@>;
  @<Write the table of the cells at the end@>;
  @<Write the retention table@>;
  @<Write the table of the noisy lag task@>;
  for (int t = 0; t < 2; t++) {
    const char *name = t == 0 ? "reber" : "adding";
    if (other[t].solved == 0)
      fprintf(f, "\\def\\exp%s{none of %d runs solved it}\n", name,
        other[t].runs);
    else
      fprintf(f, "\\def\\exp%s{%d of %d runs solved it, after a median " @/
        "of %.0f sequences}\n", name, other[t].solved, other[t].runs,
        quantile(other[t].needed, other[t].solved, 0.5));
  }
}

@ The detailed tables give every cell of a protocol's grid: the runs
solved with their 95\% interval, the quartiles of the sequences to
success, and the medians of the weight updates and processor seconds of
the solved runs. \.{\\expdetail} is the lag task with its target at the
last step, \.{\\expeverydetail} with a target at every step.

@<Write the table of the key cells@>=
for (int kind = 0; kind < 2; kind++) {
  fprintf(f, "\\def\\exp%sdetail{\\vbox{\\offinterlineskip\\halign{" @/
    "\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n", kind ? "every" : "");
  fprintf(f, "\\rm method&$p$&\\rm solved&\\rm 95\\%% interval&" @/
    "\\rm quartiles of sequences&\\rm updates&\\rm seconds\\cr" @/
    "\\noalign{\\hrule}\n");
  for (int q = 0; q < EXP_LAGS; q++)
    for (int fam = 0; fam < EXP_FAMILIES; fam++) {
      const exp_cell *c = &cells[kind][fam][q];
      double lo, hi;
      if (c->runs == 0) continue;
      wilson(c->solved, c->runs, &lo, &hi);
      fprintf(f, "%s&%zu&%d/%d&$[%.2f,%.2f]$", family_name[fam], exp_lags[q],
        c->solved, c->runs, lo, hi);
      if (c->solved == 0) fprintf(f, "&--&--&--\\cr\n");
      else
        fprintf(f, "&%.0f, {\\bf %.0f}, %.0f&%.0f&%.2f\\cr\n",
          quantile(c->needed, c->solved, 0.25),
          quantile(c->needed, c->solved, 0.5),
          quantile(c->needed, c->solved, 0.75),
          quantile(c->updates, c->solved, 0.5),
          quantile(c->seconds, c->solved, 0.5));
    }
  fprintf(f, "}}}\n");
}

@ The diagnosis: for every setting of the every-step runs at $p\ge50$,
and the last-step runs at $p=100$, the runs solved, the median sequences
of the solved ones, and the medians over all runs of what the held
sequences showed at the end of each run (when it was solved, or when
the budget ran out), as the training chapter defines them: the largest
error at the last step and at the other steps, the drift of the state at
the last step, and the separation of the last outputs.

@<Write the table of the cells at the end@>=
fprintf(f, "\\def\\expdiag{\\vbox{\\offinterlineskip\\halign{" @/
  "\\strut##\\hfil\\quad&\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f, "targets&\\rm method&$p$&$n$&$f$&solved&median&" @/
  "last&others&drift&separation\\cr\\noalign{\\hrule}\n");
for (int d = 0; d < rep->ndiag; d++) {
  const exp_diag *g = &rep->diag[d];
  const exp_cell *c = &g->c;
  fprintf(f, "%s&%s&%zu&%zu&%s&%d/%d", g->every ? "every" : "last",
    family_name[g->family], g->lag, g->cells, g->forget ? "yes" : "no",
    c->solved, c->runs);
  if (c->solved) fprintf(f, "&%.0f", quantile(c->needed, c->solved, 0.5));
  else fprintf(f, "&--");
  fprintf(f, "&%.3f&%.3f&%.2f&%.4f\\cr\n",
    quantile(c->last_error, c->runs, 0.5),
    quantile(c->other_error, c->runs, 0.5), quantile(c->drift, c->runs, 0.5),
    quantile(c->separation, c->runs, 0.5));
}
fprintf(f, "}}}\n");

@ The retention table counts, for each method and lag of the last-step
grid, the solved networks that answered both probes right, over 2, 5, 10
and 100 runs of distractors.

@<Write the retention table@>=
fprintf(f, "\\def\\expretention{\\vbox{\\offinterlineskip\\halign{" @/
  "\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f, "\\rm method&$p$&\\rm solved&$2p$&$5p$&$10p$&$100p$\\cr" @/
  "\\noalign{\\hrule}\n");
for (int fam = 0; fam < EXP_FAMILIES; fam++)
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &cells[0][fam][q];
    if (c->solved == 0) continue;
    fprintf(f, "%s&%zu&%d", family_name[fam], exp_lags[q], c->solved);
    for (int r = 0; r < 4; r++) fprintf(f, "&%d", c->kept[r]);
    fprintf(f, "\\cr\n");
  }
fprintf(f, "}}}\n");

@ The noisy lag task, beside the means of Table~3 of the 1997 paper.

@<Write the table of the noisy lag task@>=
fprintf(f, "\\def\\explong{\\vbox{\\offinterlineskip\\halign{" @/
  "\\strut\\hfil##\\quad&\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f, "$p=q$&\\rm method&solved&95\\%% interval&median sequences&" @/
  "seconds&1997, mean\\cr\\noalign{\\hrule}\n");
for (int q = 0; q < EXP_LAGS; q++)
  for (int fam = 0; fam < EXP_FAMILIES; fam++) {
    const exp_cell *c = &cells[2][fam][q];
    const size_t p = exp_lags[q];
    double lo, hi;
    if (c->runs == 0) continue;
    wilson(c->solved, c->runs, &lo, &hi);
    fprintf(f, "%zu&%s&%d/%d&$[%.2f,%.2f]$", p, family_name[fam], c->solved,
      c->runs, lo, hi);
    if (c->solved == 0) fprintf(f, "&--&--");
    else fprintf(f, "&%.0f&%.0f", quantile(c->needed, c->solved, 0.5),
      quantile(c->seconds, c->solved, 0.5));
    fprintf(f, "&%s\\cr\n", p == 100 ? "31,000" : p == 500 ? "38,000" :
      p == 1000 ? "49,000" : "");
  }
fprintf(f, "}}}\n");

@*1 Drawing the figures.
The figures are drawn by MetaPost with John Hobby's \.{graph} package
(Hobby 1992), which comes with
MetaPost: it reads a curve from a file of numbers, scales the axes,
logarithmic ones too, and places the ticks and the frame. The report
writes one such data file per curve into |dir|, and \.{figures.mp}, a
short MetaPost program that names them; MetaPost draws the figures when
the book is built. Each method has a line style of its own, the same in
every figure, and a legend at the right names them.
@^MetaPost@>
@^Hobby, John D.@>

@ A data file has one point per line: its two coordinates first, then
any numbers that belong to the point (the quartiles of a median). Each
is written with \.{\%.17g}, and only finite ones: a point with a value
that is not finite is left out, so that the curve joins its neighbours
and neither NaN nor infinity reaches MetaPost. |write_points| writes
|rows| points of |cols| numbers from |v| into the file |name| of |dir|,
safely, as every file of the command is written, and returns how many it
wrote, or $-1$ when the file could not be written. A file with no point is
written too, so that a stale one does not survive, but no figure names it.

@<Declarations of the command@>=
static int write_points(const char *dir, const char *name, int rows,
  int cols, const double *v, lstm_error *err);
static int write_figures(FILE *f, exp_grid cells, const char *dir,
  lstm_error *err);
static int draw_points(FILE *f, const char *dir, const char *name, int rows,
  int cols, const double *v, int fam, int dots, lstm_error *err);
static void begin_graph(FILE *f, int fig, const char *coords,
  const char *range);
static void end_graph(FILE *f, const char *autogrid, const char *xlabel,
  const char *ylabel);

@ @<Subcommands@>=
static int write_points(const char *dir, const char *name, int rows,
  int cols, const double *v, lstm_error *err)
{
  char path[1024];
  out_file o;
  int written = 0;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  if (out_open(&o, path, err) != LSTM_OK) return -1;
  for (int r = 0; r < rows; r++) {
    const double *point = v + (size_t)r * (size_t)cols;
    int finite = 1;
    for (int c = 0; c < cols; c++) finite = finite && isfinite(point[c]);
    if (!finite) continue;
    for (int c = 0; c < cols; c++)
      fprintf(o.f, "%s%.17g", c ? " " : "", point[c]);
    fprintf(o.f, "\n");
    written++;
  }
  if (out_commit(&o, err) != LSTM_OK) return -1;
  return written;
}

@ The data files are named by figure and method; the method names of the
tables have a colon and a slash, which file names had better not.

@<Declarations of the command@>=
static const char *family_file[EXP_FAMILIES] = {"bptt", "tbptt-half",
  "tbptt-double", "irtrl", "rtrl", "snap1", "uoro"};

@ The MetaPost program begins with what its figures share: the \.{graph}
package, the size of a graph, the line style of each method, the dot
that marks a measured point, a line of the legend, and |bar|, which
draws a vertical bar from a point's third to its fourth number. |bar|
hands the package its coordinates as it reads those of a data file, in
the form that needs no number above 4096 (MetaPost's limit), since the
sequences reach $10^5$.

@<Write the beginning of \.{figures.mp}@>=
{
  static const char *prologue[] = {@/
    "% Written by 'lstm experiments --report'; do not edit.",@/
    "prologues := 3; outputtemplate := \"%j-%c.mps\";",@/
    "input graph",@/
    "numeric w, h; w := 3.6in; h := 2in;",@/
    "def style(expr fam) =",@/
    "  if fam = 0: withpen pencircle scaled 1.2pt",@/
    "  elseif fam = 1: dashed evenly withpen pencircle scaled 0.8pt",@/
    "  elseif fam = 2: dashed withdots withpen pencircle scaled 1pt",@/
    "  elseif fam = 3: withpen pencircle scaled 0.6pt withcolor 0.45white",@/
    "  elseif fam = 4: dashed evenly scaled 2",@/
    "    withpen pencircle scaled 1.2pt",@/
    "  elseif fam = 5: dashed evenly scaled 0.5",@/
    "    withpen pencircle scaled 1.6pt withcolor 0.3white",@/
    "  else: dashed withdots scaled 1.5",@/
    "    withpen pencircle scaled 0.9pt withcolor 0.55white fi enddef;",@/
    "picture dot; dot := image(fill fullcircle scaled 2.5pt);",@/
    "def legend(expr row, fam, name) =",@/
    "  draw (w+12pt,h-row*11pt)--(w+32pt,h-row*11pt) style(fam);",@/
    "  label.rt(name, (w+34pt,h-row*11pt)) enddef;",@/
    "def bar(expr x, lo, hi) text t =",@/
    "  begingroup interim Gpaths := log; interim warningcheck := 0;",@/
    "  gdraw (Mlog_str x, Mlog_str lo)--(Mlog_str x, Mlog_str hi) t;",@/
    "  endgroup enddef;"};
  for (size_t q = 0; q < sizeof prologue / sizeof *prologue; q++)
    fprintf(f, "%s\n", prologue[q]);
}

@ |draw_points| writes the data file of one curve with |write_points|
and, when it holds a point, the commands that draw it in the style of
method |fam|: the line, the dots when |dots| is set, and with four
numbers a point the bars of the quartiles. |begin_graph| opens figure
|fig| with the scales of |coords| and the range of |range| (low $x$, low
$y$, high $x$, high $y$), and |end_graph| closes it with the labels of
the axes; the package chooses and labels the ticks of the axes that
|autogrid| names, and an axis it does not name has its ticks already.

@<Subcommands@>=
static int draw_points(FILE *f, const char *dir, const char *name, int rows,
  int cols, const double *v, int fam, int dots, lstm_error *err)
{
  int written = write_points(dir, name, rows, cols, v, err);
  if (written <= 0) return written;
  fprintf(f, "gdraw \"%s\" style(%d);\n", name, fam);
  if (dots) fprintf(f, "gdraw \"%s\" plot dot;\n", name);
  if (cols == 4)
    fprintf(f, "gdata(\"%s\", s, bar(s1, s3, s4) style(%d);)\n", name, fam);
  return written;
}
@#
static void begin_graph(FILE *f, int fig, const char *coords,
  const char *range)
{
  fprintf(f, "beginfig(%d);\ndraw begingraph(w, h);\n", fig);
  fprintf(f, "setcoords(%s); setrange(%s);\n", coords, range);
}
@#
static void end_graph(FILE *f, const char *autogrid, const char *xlabel,
  const char *ylabel)
{
  fprintf(f, "autogrid(%s);\n", autogrid);
  fprintf(f, "glabel.bot(btex %s etex, OUT);\n", xlabel);
  fprintf(f, "glabel.lft(btex %s etex, OUT);\nendgraph;\n", ylabel);
}

@ Each figure has a legend at the right; |legend| is the set of the
methods it names, one bit each.

@<Write the legend of the families in |legend|@>=
for (int fam = 0, row = 0; fam < EXP_FAMILIES; fam++)
  if (legend >> fam & 1)
    fprintf(f, "legend(%d, %d, btex \\tt %s etex);\n", row++, fam,
      family_name[fam]);
fprintf(f, "endfig;\n");

@ The first figure shows the fraction of runs solved against the lag,
with the target at the last step; the second the median number of
sequences the solved runs needed, with a bar from the first to the third
quartile. Both have the lag on a logarithmic scale, where the lags of
the grid, 5, 10, 20, 50, \dots, lie almost evenly; it reaches a little
beyond the first and the last lag, so that the bars there stand clear of
the frame. A method that solved no run at a lag has no point there. The
figures are numbered in the order of the book's pages, not of the
program: 1 and 2, then 3 and 5, the separation and the drift, which the
book shows together, then 4, the retention.

@<Subcommands@>=
static int write_figures(FILE *f, exp_grid cells, const char *dir,
  lstm_error *err)
{
  char name[64], range[64];
  snprintf(range, sizeof range, "%g, 0, %g, 1", 0.9 * exp_lags[0],
    1.1 * exp_lags[EXP_LAGS - 1]);
  @<Write the beginning of \.{figures.mp}@>;
  @<Draw the figure of the runs solved@>;
  @<Draw the figure of the sequences to success@>;
  @<Draw the figure of the separation during training@>;
  @<Draw the figure of the retention@>;
  fprintf(f, "end\n");
  return 0;
}

@ @<Draw the figure of the runs solved@>=
{
  int legend = 0;
  begin_graph(f, 1, "log, linear", range);
  for (int fam = 0; fam < EXP_FAMILIES; fam++) {
    double v[EXP_LAGS][2];
    int count = 0;
    for (int q = 0; q < EXP_LAGS; q++)
      if (cells[0][fam][q].runs > 0) {
        v[count][0] = (double)exp_lags[q];
        v[count++][1] = (double)cells[0][fam][q].solved
          / cells[0][fam][q].runs;
      }
    legend |= 1 << fam;
    snprintf(name, sizeof name, "solved-%s.d", family_file[fam]);
    if (draw_points(f, dir, name, count, 2, &v[0][0], fam, 1, err) < 0)
      return -1;
  }
  end_graph(f, "otick.bot, otick.lft", "lag $p$", "solved");
  @<Write the legend of the families in |legend|@>;
}

@ Sequences run from $10^2$ to $10^5$ on the vertical axis, with a tick
at each power of ten; a median or quartile outside that range is drawn
at its edge. A data file holds the lag, the median and the two
quartiles.

@<Draw the figure of the sequences...@>=
{
  int legend = 0;
  snprintf(range, sizeof range, "%g, 100, %g, \"100000\"",@|
    0.9 * exp_lags[0], 1.1 * exp_lags[EXP_LAGS - 1]);
  begin_graph(f, 2, "log, log", range);
  for (int d = 2; d <= 5; d++)
    fprintf(f, "otick.lft(btex $10^%d$ etex, \"1e%d\");\n", d, d);
  for (int fam = 0; fam < EXP_FAMILIES; fam++) {
    double v[EXP_LAGS][4];
    int count = 0;
    for (int q = 0; q < EXP_LAGS; q++) {
      const exp_cell *c = &cells[0][fam][q];
      if (c->solved == 0) continue;
      v[count][0] = (double)exp_lags[q];
      for (int k = 1; k < 4; k++) /* the median and the two quartiles */
        v[count][k] = fmin(fmax(quantile(c->needed, c->solved,
          k == 1 ? 0.5 : k == 2 ? 0.25 : 0.75), 1e2), 1e5);
      count++;
    }
    legend |= 1 << fam;
    snprintf(name, sizeof name, "needed-%s.d", family_file[fam]);
    if (draw_points(f, dir, name, count, 4, &v[0][0], fam, 1, err) < 0)
      return -1;
  }
  end_graph(f, "otick.bot,", "lag $p$", "sequences");
  @<Write the legend of the families in |legend|@>;
}

@ The third and fifth figures follow two numbers of the held sequences,
as the training chapter defines them, during the first seed's training
at $p=100$, for BPTT and the internal RTRL, with the target at the last
step and at every step. The third is the separation of the last outputs,
the network's memory as the output layer sees it, on a logarithmic scale
from $10^{-20}$ (none to speak of) to 10 (it cannot exceed 2); the fifth
is the drift of the states, from $10^{-1}$ to $10^2$; a value outside
its scale is drawn at the edge. Both have the sequences on a logarithmic
scale, from 100 to the budget of 20,000, since the last-step runs are
solved within a few thousand, and both axes have a tick at each power of
ten (every fifth, for the separation). The curve files have one line per 100
sequences; the drift is their seventh column and the separation their
eighth, and the data files of the figures hold the first column and one
of those.

@<Draw the figure of the separation...@>=
for (int panel = 0; panel < 2; panel++) {
  static const char *label[4] = {"bptt, last", "irtrl, last",
    "bptt, every", "irtrl, every"};
  const double lo = panel ? 1e-1 : 1e-20, hi = panel ? 1e2 : 10;
  int drawn = 0;
  snprintf(range, sizeof range, "100, \"%s\", \"%d\", \"%s\"",
    panel ? "0.1" : "1e-20", EXP_EVERY_BUDGET, panel ? "100" : "10");
  begin_graph(f, panel ? 5 : 3, "log, log", range);
  for (int d = 2; d <= 4; d++)
    fprintf(f, "otick.bot(btex $10^%d$ etex, \"1e%d\");\n", d, d);
  for (int d = panel ? -1 : -20; d <= (panel ? 2 : 0); d += panel ? 1 : 5)
    fprintf(f, "otick.lft(btex $10^{%d}$ etex, \"1e%d\");\n", d, d);
  for (int c = 0; c < 4; c++) {
    @<Write the data file of curve |c| of the figure |panel|, and draw it@>;
  }
  end_graph(f, ",", "sequences", panel ? "drift" : "separation");
  for (int c = 0, row = 0; c < 4; c++)
    if (drawn >> c & 1)
      fprintf(f, "legend(%d, %d, btex \\tt %s etex);\n", row++, c, label[c]);
  fprintf(f, "endfig;\n");
}

@ A curve file that is missing (the run has not been made) gives no
curve and no line in the legend; its header line, a comment, is skipped.

@<Write the data file of curve |c|...@>=
{
  char path[1024];
  FILE *in;
  double v[EXP_EVERY_BUDGET / 100 + 1][2], col[8];
  int count = 0, written;
  snprintf(path, sizeof path, "%s/curve-%s-%d.txt", dir,
    c < 2 ? "last" : "every", c % 2 ? 3 : 0);
  if (!(in = fopen(path, "r"))) continue;
  if (fscanf(in, " # %*[^\n]") == EOF) { /* the header line of the columns */
    fclose(in);
    continue;
  }
  while (count <= EXP_EVERY_BUDGET / 100 &&
      fscanf(in, "%lf %lf %lf %lf %lf %lf %lf %lf", col, col + 1, col + 2,
        col + 3, col + 4, col + 5, col + 6, col + 7) == 8) {
    const double value = panel ? col[6] : col[7];
    if (col[0] < 100 || col[0] > EXP_EVERY_BUDGET) continue;
    v[count][0] = col[0];
    v[count++][1] = isfinite(value) ? fmin(fmax(value, lo), hi) : value;
  }
  fclose(in);
  snprintf(name, sizeof name, "%s-%s-%s.d", panel ? "drift" : "separation",
    c < 2 ? "last" : "every", c % 2 ? "irtrl" : "bptt");
  if ((written = draw_points(f, dir, name, count, 2, &v[0][0], c, 0, err))
      < 0)
    return -1;
  if (written > 0) drawn |= 1 << c;
}

@ Retention is the fraction of the solved networks of a method, at every
lag of the last-step grid, that answered both probes right; at one run
it is one, since those networks solved the task. The runs of distractors
are on a logarithmic scale too.

@<Draw the figure of the retention@>=
{
  static const int times[5] = {1, 2, 5, 10, 100};
  int legend = 0;
  begin_graph(f, 4, "log, linear", "1, 0, 100, 1");
  for (int fam = 0; fam < EXP_FAMILIES; fam++) {
    double v[5][2];
    int kept[4] = {0, 0, 0, 0}, solved = 0, written;
    for (int q = 0; q < EXP_LAGS; q++) {
      solved += cells[0][fam][q].solved;
      for (int r = 0; r < 4; r++) kept[r] += cells[0][fam][q].kept[r];
    }
    for (int r = 0; r < 5; r++) {
      v[r][0] = times[r];
      v[r][1] = r && solved ? (double)kept[r - 1] / solved : 1;
    }
    snprintf(name, sizeof name, "retention-%s.d", family_file[fam]);
    if ((written = draw_points(f, dir, name, solved ? 5 : 0, 2, &v[0][0], fam,
        1, err)) < 0)
      return -1;
    if (written > 0) legend |= 1 << fam;
  }
  end_graph(f, "otick.bot, otick.lft", "runs of distractors", "kept");
  @<Write the legend of the families in |legend|@>;
}

@*1 Exercises.
\exercise{experiments.1}{25}
Write a probe for the retention test that repeats each distractor in
place, so that the probe of lag $2p$ is
$$(y,a_1,a_1,a_2,a_2,\ldots,a_{p-1},a_{p-1},y)$$
and the network never sees $a_{p-1}$ followed by $a_1$ (but sees each
distractor followed by itself, which is new too). Do the networks trained
at $p=100$ still answer?

\exercise{experiments.2}{30}
Run the last-step grid with the forget gate at every lag
(\.{--forget-gate yes}) and with chrono initialisation of the forget
gate instead. Where does each fail, and how does $f^p$ explain it? Then
look, with the forget gates of the networks solved at $p=5$ and at
$p=100$, at why the first keep the memory over fewer runs of
distractors than the second.

\exercise{experiments.3}{40}
Give the network a direct path from the inputs to the output layer,
$\hat y_t=V\out_t+Yx_t+c$, extend the forward pass, BPTT and the internal
RTRL to the new weights $Y$ (and the gradient check to them), and rerun
the every-step lag task at $p=50$ and $p=100$: does the path take the
easy predictions off the cells, as it did in 1997?

\exercise{experiments.4}{50}
The paper's first remedy for the abuse of cells (its Section~4) is to
add the memory cells only once the error has stopped decreasing. Build
it for the every-step lag task at $p=100$ and report what it does.
