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
last step, for the lags $p=5$, 10, 20, 50, 100 and 200 (the first
|EXP_GRID_LAGS| of |exp_lags|), with ten seeds
each (|EXP_SEEDS|), the defaults of the training chapter (eight cells, Adam with rate
0.01, input-gate bias $-1-\ln p$, no forget gate from $p=200$) and a
budget of 30,000 sequences (|EXP_BUDGET|). Truncated BPTT is run twice, with a window
below the lag, $K=\lceil p/2\rceil$ (\.{tbptt:}$\lceil p/2\rceil$ in the
tables and figures; the alignment chapter's $\lfloor p/2\rfloor$ is
another window), and with one above it, $K=2p$. Exact
RTRL costs $O(n^2P)$ per step, about seventy times what BPTT costs for
these networks, so it is run on the two shortest lags only (|family_spec| returns zero elsewhere). The two
online methods of the last decade, SnAp-1 and UORO, are run as the
internal RTRL is, with a weight update at every step that has a target
(UORO's random signs drawn from the run's seed, |lstm_rtrl_seed|), and so is random e-prop
(its feedback matrix |r->feedback| drawn from the run's seed); Schmidhuber's hybrid,
exact like RTRL, changes the weights at the end of each block of 16
steps (|r->block|) that has a target, when |r->ready| says so. A network
that solves the task is then tested on the probes of 2, 5, 10 and 100
runs of distractors with |lstm_retention|, whose fractions the report keeps in |retention|.

Then the protocol of Experiment 2a as published, with a target at every
step (the task's |every_step| set): every method at $p=5$, 10 and 20, ten seeds each, and BPTT, the
internal RTRL and UORO at $p=100$ with three seeds, the runs whose
learning curves show what the every-step targets do to the cells; the last-step runs of
the first seed at $p=100$ record their curves too, for comparison. Last
come ten runs each of the other two tasks of the 1997 paper, the embedded
Reber grammar and the adding problem with $T=100$, with BPTT and the
defaults of the training chapter, so that their published numbers have
ours beside them.

The long runs, \.{make experiments-long}, take the lag task to $p=500$
and $p=1000$ (BPTT and the internal RTRL, five seeds each, budget 60,000
sequences: |EXP_LONG_SEEDS|, |EXP_LONG_BUDGET|), run the noisy lag task of Experiment 2c at $p=100$, 500
and 1000 (the same methods, three seeds each, budget 100,000: |EXP_2C_SEEDS|, |EXP_2C_BUDGET|), and make
the attempts at the every-step task described with its results.

Each grid is a list of command lines for \.{lstm train}, which the
command \.{lstm experiments --list} (or \.{--list-long}) prints, in |cmd_experiments|. \.{make
experiments} runs them on every core, with \.{xargs -P} and the number
of cores online (or $k$ at a time, with \.{JOBS=}$k$), collects the
summary lines, and calls \.{lstm experiments --report} (|experiments_report|), which reads the
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
#define EXP_FAMILIES 9
static const char *family_name[EXP_FAMILIES] =
  {"bptt", "tbptt:p/2", "tbptt:2p", "irtrl", "rtrl", "snap1", "uoro",
   "hybrid", "eprop:random"};
static const char *family_label[EXP_FAMILIES] = {"bptt",
  "tbptt:$\\lceil p/2\\rceil$", "tbptt:$2p$", "irtrl", "rtrl", "snap1", "uoro",
  "hybrid", "eprop:random"};
  /* as the tables and figures print them */
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
  case 6: snprintf(buf, size, "uoro"); return 1;
  case 7: snprintf(buf, size, "hybrid"); return 1;
  default: snprintf(buf, size, "eprop:random"); return 1;
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
  if (wants_help(argc, argv) || argc < 1) {
    printf("usage: lstm experiments --list DIR\n" @/
      "       lstm experiments --list-long DIR\n" @/
      "       lstm experiments --list-sensitivity\n" @/
      "       lstm experiments --report DIR SECONDS [LONG_SECONDS]\n" @/
      "       lstm experiments --claims BOOK\n" @/
      "       lstm experiments --list-battery DIR\n" @/
      "       lstm experiments --report-battery DIR\n" @/
      "       lstm experiments --why-twoseq DIR\n" @/
      "--list, --list-long and --list-sensitivity print the arguments of\n" @/
      "'lstm train' for every run of the book's main, long and sensitivity\n" @/
      "grids; --report reads DIR/results.txt, DIR/results-long.txt and\n" @/
      "DIR/results-sensitivity.txt (the runs' summary lines) and writes\n" @/
      "DIR/results.tex, DIR/figures.mp and its data, DIR/*.d; --claims\n" @/
      "checks every claim of the book's text against the results in\n" @/
      "BOOK/experiments and the measurements of BOOK/bias.txt.\n" @/
      "--list-battery prints those of the 1997 battery; --report-battery\n" @/
      "reads DIR/results-battery.txt and writes DIR/battery.tex;\n" @/
      "--why-twoseq compares BPTT's gradient with the internal RTRL's on\n" @/
      "Task 3a with N = 1 and writes DIR/why-twoseq.txt.\n");
    return argc < 1 && !wants_help(argc, argv) ? 2 : 0;
  }
  if (strcmp(argv[0], "--list") == 0 && argc == 2) {
    @<Print the grid's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--list-long") == 0 && argc == 2) {
    @<Print the long grid's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--list-sensitivity") == 0 && argc == 1) {
    @<Print the sensitivity grid's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--claims") == 0 && argc == 2)
    return check_claims(argv[1]);
  if (strcmp(argv[0], "--list-battery") == 0 && argc == 2) {
    @<Print the battery's command lines@>;
    return 0;
  }
  if (strcmp(argv[0], "--report-battery") == 0 && argc == 2)
    return battery_report(argv[1]);
  if (strcmp(argv[0], "--why-twoseq") == 0 && argc == 2)
    return why_measure(argv[1]);
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
  @<Print the grid of Experiment 2a, if asked for@>;
  fprintf(stderr, "lstm experiments: expected --list DIR, --list-long DIR, " @/
    "--list-sensitivity, --report DIR SECONDS, --claims BOOK, " @/
    "--list-battery DIR, --report-battery DIR or --why-twoseq DIR; " @/
    "try 'lstm experiments --help'\n");
  return 2;
}

@ As everywhere, an option's value may follow an equals sign; the
option is read by |next_arg|, and the subcommand then sees the option
and its value as two arguments, followed by the rest. The one flag,
\.{--list-sensitivity}, takes no value.

@<Split \.{--list=DIR}...@>=
char *split[4];
cmd_arg opt;
int first = 0;
static const char *const exp_flags[] = {"--list-sensitivity", NULL};
if (argc >= 1 && argc <= 4 && !wants_help(argc, argv)) {
  if (next_arg("experiments", argc, argv, &first, exp_flags, &opt) != 0)
    return 2;
  if (opt.opt[0] && opt.val && argc - first - 1 <= 2) {
    split[0] = opt.opt;
    split[1] = (char *)opt.val;
    for (int a = first + 1; a < argc; a++) split[a - first + 1] = argv[a];
    argc = argc - first + 1;
    argv = split;
  }
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

@ The sensitivity grid asks how the answer depends on the two defaults
that were chosen rather than derived: the constant $\omega$ of the input-gate
bias $b_i=-\omega-\ln p$ (|bias_i| of |lstm_init|) (the training chapter has $\omega=1$) and Adam's rate
(0.01). At $p=100$, BPTT and the internal RTRL are run with ten seeds for
each $\omega\in\{0,1,2,3\}$ and each rate in $\{0.003,0.01,0.03\}$, with the
main grid's budget of 30,000 sequences: 240 runs, which \.{make
experiments-sensitivity} makes one at a time into
\.{results-sensitivity.txt}. The bias is passed as a number with
\.{--bias-i}, written with \.{\%.17g} so that it is the same double that
the training chapter computes for $\omega=1$. The cell with $\omega=1$ and rate
0.01 repeats the main grid's runs at $p=100$ and must give the same
numbers, run for run: a check on the grid itself.

@<Declarations of the command@>=
#define EXP_SENS_LAG 100
#define EXP_SENS_C 4 /* $\omega=0$, 1, 2, 3 */
#define EXP_SENS_RATES 3
static const double sens_rate[EXP_SENS_RATES] = {0.003, 0.01, 0.03};
static const char *sens_rate_name[EXP_SENS_RATES] = {"0.003", "0.01", "0.03"};

@ @<Print the sensitivity grid's command lines@>=
for (int c = 0; c < EXP_SENS_C; c++)
  for (int r = 0; r < EXP_SENS_RATES; r++)
    for (int f = 0; f <= 3; f += 3) /* bptt and irtrl */
      for (int seed = 1; seed <= EXP_SEEDS; seed++)
        printf("--task lag --lag %d --method %s --seed %d --max-sequences %d " @/
          "--bias-i %.17g --lr %s\n", EXP_SENS_LAG, family_name[f], seed,
          EXP_BUDGET, -c - log((double)EXP_SENS_LAG), sens_rate_name[r]);

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
For comparison, Hochreiter and Schmidhuber's Table~2 in full (Experiment
2a, targets at every step, means of 18 trials, their architectures and
settings; CH is Schmidhuber's neural sequence chunker of 1992, two
networks of which one learns to predict the other's hidden unit):
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\hfil#\quad&
  \hfil#\quad&\hfil#\quad&\hfil#\quad&\hfil#\cr
method&$p$&learning rate&weights&\% solved&after\cr
\noalign{\hrule}
RTRL&4&1.0&36&78&1,043,000\cr
RTRL&4&4.0&36&56&892,000\cr
RTRL&4&10.0&36&22&254,000\cr
RTRL&10&1.0--10.0&144&0&$>5{,}000{,}000$\cr
RTRL&100&1.0--10.0&10,404&0&$>5{,}000{,}000$\cr
BPTT&100&1.0--10.0&10,404&0&$>5{,}000{,}000$\cr
CH&100&1.0&10,506&33&32,400\cr
LSTM&100&1.0&10,504&100&5040\cr}}$$
Their RTRL and BPTT rows are for conventional recurrent networks, not
for an LSTM (one self-recurrent hidden unit); their LSTM row was trained with the truncated RTRL of the
chapter on the LSTM's own RTRL (\.{irtrl} here), on a network with one
memory cell, an input gate and no output gate.
@^Hochreiter, Sepp@>

@ Every cell in full (an |exp_cell| each): the runs solved with a 95\% interval for the
fraction of seeds that would solve the task (the section on reading the
results, later in this chapter, explains the interval), the first quartile, median (in bold)
and third quartile of the sequences to success, and the medians of the
weight updates and processor seconds that the solved runs took (|updates| and |seconds| of each |exp_run|). With
the target at the last step, BPTT changes the weights once per sequence (its |schedule| is |LSTM_PER_SEQUENCE|),
after its backward pass, and so do the online methods, at the one step
with a target; truncated BPTT with the short window changes them once
per window.\tablelabel{expdetail}
\par\medskip{\offinterlineskip\expdetail}\medskip

@ Figures 8 and 9 show the same numbers: the fraction of runs solved, and
the median number of sequences to success, with the quartiles as a bar,
against the lag. Each method has a colour, a dash pattern and a marker
of its own. Several methods coincide: truncated BPTT with the window
$2p$ is BPTT run for run, so its line lies under BPTT's in both figures,
and in Figure~8 every method but truncated BPTT with the window
$\lceil p/2\rceil$ and UORO solved every run at every lag where it was
run, so their lines lie together at 1. The grey band marks the lags from
$p=200$ on, where the cell has no forget gate.
\midfigure{experiments/figures-1.mps}{\bf Figure 8.\rm\enspace Runs solved
against the lag (target at the last step). All methods but
\.{tbptt:}$\lceil p/2\rceil$ and \.{uoro} lie together at 1;
\.{tbptt:}$2p$ lies on \.{bptt}.}
\midfigure{experiments/figures-2.mps}{\bf Figure 9.\rm\enspace Sequences to
success: median and quartiles. \.{tbptt:}$2p$ lies on \.{bptt}, and
\.{rtrl} at $p=5$ and 10 too; \.{snap1} nearly on \.{irtrl}.}

@<Check the claims...@>=
claim(ck, "figure-together-at-1", "All methods but tbptt:ceil(p/2) and " @/
  "uoro lie together at 1", all_solved(ck, 0, 0, 5, 1000) &&
  all_solved(ck, 0, 2, 5, 1000) && all_solved(ck, 0, 3, 5, 1000) &&
  all_solved(ck, 0, 4, 5, 1000) && all_solved(ck, 0, 5, 5, 1000) &&
  !all_solved(ck, 0, 1, 5, 1000) && !all_solved(ck, 0, 6, 5, 1000));
claim(ck, "figure-rtrl-on-bptt", "rtrl at p = 5 and 10 lies on bptt, " @/
  "run for run", same_runs(ck, 0, 0, 4));
claim(ck, "figure-snap1-near-irtrl", "snap1 nearly on irtrl: medians " @/
  "within a factor 1.25 at every lag", medians_within(ck, 5, 3, 1.25));

@*1 Targets at every step.
With a target at every step, as in the paper's Experiment 2a, the same
methods and defaults give the table below, within 20,000 sequences (at
$p=50$ and $p=100$ three seeds). Here the online methods, whose |schedule| is |LSTM_PER_STEP|, change the weights at
every step, $p$ times per sequence, and truncated BPTT once per window.%
\tablelabel{expevery}
\par\medskip{\offinterlineskip\expeverydetail}\medskip
What the every-step targets do to the cells shows at the end of the runs
at $p\ge50$. The table gives, for each setting ($n$ cells, with or
without the forget gate $f$), the runs solved and the median sequences
they needed, and the medians over the runs of four numbers of the two
held sequences: the largest error at the last step and at the other
steps (|last_error| and |other_error| of the |lstm_lag_probe|); the drift of the state at the last step, $\max_j\vert
\state_{T-1,j}\vert$ (|drift|); and the separation of the last outputs (|separation|),
$\max_j\vert\out_{T-1,j}(x)-\out_{T-1,j}(y)\vert$, the network's whole
memory of the first symbol as the output layer sees it. The table also
holds the attempts at the task made by the long runs, with a cell
without a forget gate and with sixteen cells, and for comparison the
last-step runs at $p=100$.\tablelabel{expdiag}
$$\expdiag$$
Figure 10 follows the separation during the first seed's training; a
value below $10^{-20}$ is drawn at $10^{-20}$, the floor of the scale.
(The drift during training is not drawn: the training chapter measures
what the state does, and the drift at the end of each run, |drift|, is in
the table.)
\midfigure{experiments/figures-3.mps}{\bf Figure 10.\rm\enspace Separation
of the last outputs during training, $p=100$, first seed; values below
$10^{-20}$ are drawn at $10^{-20}$.}

@*1 Memory retention.
A network that solved the lag task with its target at the last step was
then asked by |lstm_retention| to bridge 2, 5, 10 and 100 runs of distractors, each probe
ending on $a_{p-1}$ as the tasks chapter requires. The table counts the
solved networks that answered both probes right; Figure~11 draws the
same fractions, one panel per lag, since the methods were not all run at
the same lags (exact RTRL at $p=5$ and 10 only, the long lags with BPTT
and the internal RTRL only).\tablelabel{expretention}
$$\expretention$$
\midfigure{experiments/figures-4.mps}{\bf Figure 11.\rm\enspace Retention
over longer probes, by lag: the fraction of the solved networks that
kept the memory. Lines that coincide lie on top of each other, often at
1; \.{tbptt:}$2p$ lies on \.{bptt}, and so does \.{rtrl}.}

@*1 Very long lags in noise.
The noisy lag task of Experiment 2c, with $p=q$ and a target after the
trigger symbol only, with the cell of 1997 (no forget gate). A run is
solved when 10,000 successive training sequences have been answered
within 0.2 (a |lstm_ring| of |size| 10,000 and |threshold| 0.2 in |lstm_train_task|), so the sequences to success include those 10,000; the
paper's Table~3 gives means of 20 trials, and does not say whether its
count includes them.\tablelabel{explong}
$$\explong$$

@*1 The other two tasks.
With BPTT and the defaults of the training chapter, ten runs on the
embedded Reber grammar gave: \expreber; Hochreiter and Schmidhuber's best
configuration solved all 30 trials after 8440 sequences on average
(3 blocks of 2 cells, learning rate 0.5), and RTRL solved ``some
fraction'' after 173,000 or 25,000. Ten runs on the adding problem with
$T=100$ gave: \expadding; the paper's LSTM needed 74,000 sequences on
average (10 trials).

@*1 What the measurements say.
The chapter began with two questions, and the measurements answer them
and three more, each for the network, the settings and the budgets used
here. Every number below is written by the report from the tables above,
and every sentence that says ``every'', ``none'', ``fewer'' or ``worst''
has beside it, in the web, a claim that \.{make claims} checks against
the same results (the section on claims, later in this chapter, says
how). Ten seeds that all succeed give a 95\% interval (|wilson|) of
$[\expv{wilson:10:10:lo},\expv{wilson:10:10:hi}]$ for the probability
that a run with another seed succeeds, five seeds
$[\expv{wilson:5:5:lo},\expv{wilson:5:5:hi}]$, three
$[\expv{wilson:3:3:lo},\expv{wilson:3:3:hi}]$, so a claim about five or
three seeds is a weaker one, and says so.
@^answer to the book's question@>

@ {\it Can an LSTM trained with BPTT learn to remember over a lag of $p$
steps?} Yes. With its target at the last step, BPTT solved the lag task
in every run at every lag we tried: ten seeds of ten from $p=5$ to
$p=200$, and five of five at $p=500$ and $p=1000$. The median number of
sequences grows more slowly than the lag, from \expv{last:bptt:50:med} at
$p=50$ and \expv{last:bptt:100:med} at $p=100$ (quartiles
\expv{last:bptt:100:q1} and \expv{last:bptt:100:q3}) to
\expv{last:bptt:200:med} at $p=200$, \expv{last:bptt:500:med} at
$p=500$ and \expv{last:bptt:1000:med} at $p=1000$. That is the order of
the 5040 sequences of the 1997 LSTM at $p=100$, with another network,
another protocol and another optimiser. Nothing in BPTT stands in the
way of such a memory: it computes the exact gradient, the same numbers
as RTRL, and at $p=1000$ it needed a median of
\expv{last:bptt:1000:seconds} seconds of one core. What stands in the
way, from $p=50$ on, is a target at every step, with which no method
solved the task; the answer to the last question below shows what such
targets do.

@<Check the claims of the book@>=
claim(ck, "bptt-every-lag", "BPTT solved the lag task in every run at " @/
  "every lag we tried", all_solved(ck, 0, 0, 5, 1000));
claim(ck, "bptt-slow-growth", "The median number of sequences of BPTT " @/
  "grows more slowly than the lag, from p = 50 to p = 1000", grows_slowly(ck, 0, 50,
  1000));

@ {\it Can truncated BPTT learn dependencies longer than its window?}
Not by its gradient. With a window of $\lceil p/2\rceil$ steps the error
of the last step never reaches the step that read the first symbol, and
from $p=20$ on no run solved the task (0 of 10 at every lag, interval
$[\expv{wilson:0:10:lo},\expv{wilson:0:10:hi}]$). At $p=5$ and $p=10$ it
did, in \expv{last:tbptt-half:5:solved} and
\expv{last:tbptt-half:10:solved} runs of ten, after medians of
\expv{last:tbptt-half:5:med} and \expv{last:tbptt-half:10:med}
sequences against BPTT's \expv{last:bptt:5:med} and
\expv{last:bptt:10:med}: the windows start from the state where the
last one ended, so the forward pass still carries whatever the untrained
cells keep of the first symbol, and at a short lag they keep enough for
the output weights, which the window does train, to read it. The
reading is learnt; the storing is luck, and the luck runs out with the
lag. A window of $2p$ covers the sequence and is BPTT itself, run for
run.

@<Check the claims...@>=
claim(ck, "tbptt-half-none-from-20", "with a window of ceil(p/2) steps, " @/
  "from p = 20 on no run solved the task", none_solved(ck, 0, 1, 20, 1000));
claim(ck, "tbptt-half-slower", "at p = 5 and p = 10 it did, after more " @/
  "sequences than BPTT", fewer_sequences(ck, 0, 1, 5, 10));
claim(ck, "tbptt-double-is-bptt", "A window of 2p is BPTT itself, run " @/
  "for run", same_runs(ck, 0, 0, 2) && same_runs(ck, 1, 0, 2));

@ {\it Does what was learnt hold at ten times the lag?} For the long lags,
yes, and at a hundred times, for every method but UORO. Of the networks
solved at $p=100$, \expv{last:bptt:100:kept10} of
\expv{last:bptt:100:solved} of BPTT and \expv{last:irtrl:100:kept10} of
\expv{last:irtrl:100:solved} of the internal RTRL answered both probes
of 10 runs of distractors (991 steps) right, and the same networks those
of 100 runs (9901 steps); at $p=200$ and $p=500$ every solved network
of BPTT, truncated BPTT with the window $2p$, the internal RTRL and
SnAp-1 did, while UORO's kept it in \expv{last:uoro:200:kept10} of
\expv{last:uoro:200:solved} at 10 runs and
\expv{last:uoro:200:kept100} at 100 runs. At $p=1000$
\expv{last:bptt:1000:kept10} of the \expv{last:bptt:1000:solved} BPTT
networks kept the memory over 10 runs and \expv{last:bptt:1000:kept100}
over 100, and \expv{last:irtrl:1000:kept100} of the
\expv{last:irtrl:1000:solved} of the internal RTRL. The short lags hold
less: of the \expv{last:bptt:5:solved} networks BPTT solved at $p=5$,
\expv{last:bptt:5:kept10} kept it over ten runs. Nothing in training
asks a network for more memory than the lag; the tables show that the
networks trained on long lags kept far more than they were asked for,
and those trained on the shortest less, but not why (exercise
experiments.2 asks how the forget gate takes part). Each probe ends on
$a_{p-1}$, as the training sequences do: a probe that ended on a
distractor would ask for an answer after a symbol that no network has
learnt to answer (the tasks chapter says why).

@<Check the claims...@>=
claim(ck, "retention-long-lags", "at p = 200 and p = 500 every solved " @/
  "network of BPTT, truncated BPTT with the window 2p, the internal RTRL " @/
  "and SnAp-1 kept the memory over 100 runs of distractors",
  kept_all(ck, 0, 200, 500, 3) && kept_all(ck, 2, 200, 500, 3) &&
  kept_all(ck, 3, 200, 500, 3) && kept_all(ck, 5, 200, 500, 3));
claim(ck, "retention-uoro-not-all", "UORO's networks at p = 200 did not " @/
  "all keep the memory over 10 runs of distractors",
  !kept_all(ck, 6, 200, 200, 2));
claim(ck, "retention-short-less", "The short lags hold less: at p = 5 " @/
  "BPTT kept fewer networks over ten runs than at p = 100",
  fewer_kept(ck, 0, 5, 100, 2));

@ {\it What does the 1997 truncated gradient buy?} Fewer sequences and
less time, here. With its target at the last step the internal RTRL
changes the weights once per sequence, as BPTT does, and it needed fewer
sequences at every lag from 10 on: \expv{last:irtrl:50:med} against
\expv{last:bptt:50:med} at $p=50$, \expv{last:irtrl:100:med} against
\expv{last:bptt:100:med} at $p=100$, \expv{last:irtrl:1000:med} against
\expv{last:bptt:1000:med} at $p=1000$, in less processor time
(\expv{last:irtrl:1000:seconds} against \expv{last:bptt:1000:seconds}
seconds at $p=1000$), with memory that does not grow with the sequence.
Its gradient is not the exact one (the next chapter measures how far it
is), and the tables do not say why the inexact gradient learns faster,
only that it did, on this task. Under the every-step protocol it also
changes the weights at every step, $p$ times per sequence: at $p=10$ it
solved \expv{every:irtrl:10:solved} of \expv{every:irtrl:10:runs} runs
after a median of \expv{every:irtrl:10:med} sequences,
\expv{every:irtrl:10:updates} updates, where BPTT solved
\expv{every:bptt:10:solved} after \expv{every:bptt:10:med}.

@<Check the claims...@>=
claim(ck, "irtrl-fewer-sequences", "the internal RTRL needed fewer " @/
  "sequences than BPTT at every lag from 10 on",
  fewer_sequences(ck, 3, 0, 10, 1000));
claim(ck, "irtrl-less-time", "in less processor time than BPTT at " @/
  "p = 1000", less_time(ck, 3, 0, 1000));

@ {\it And the online methods of the last decade?} SnAp-1, which keeps
what the internal RTRL keeps and the loop of each cell through its own
gates, solved every run up to $p=200$ after nearly the same number of
sequences (\expv{last:snap1:100:med} at $p=100$ against
\expv{last:irtrl:100:med}), and its networks kept the memory over 100
runs of distractors in \expv{last:snap1:100:kept100} of
\expv{last:snap1:100:solved} at $p=100$ and \expv{last:snap1:200:kept100}
of \expv{last:snap1:200:solved} at $p=200$. UORO, whose gradient is right
only on average, learnt too, but more slowly and less surely:
\expv{last:uoro:200:solved} of \expv{last:uoro:200:runs} runs at $p=200$
after a median of \expv{last:uoro:200:med} sequences,
\expv{last:uoro:100:solved} of \expv{last:uoro:100:runs} at $p=100$
(interval $[\expv{last:uoro:100:lo},\expv{last:uoro:100:hi}]$). Its
networks kept the memory over five runs of distractors least often of
all methods, at every lag, and at $p=200$ only
\expv{last:uoro:200:kept5} of its \expv{last:uoro:200:solved} solved
networks did so, and \expv{last:uoro:200:kept100} over a hundred: its
solutions work at the lag they were trained on, and mostly not beyond
it.

@<Check the claims...@>=
claim(ck, "snap1-every-run", "SnAp-1 solved every run up to p = 200",
  all_solved(ck, 0, 5, 5, 200));
claim(ck, "uoro-slower", "UORO learnt more slowly than the internal " @/
  "RTRL, at every lag", fewer_sequences(ck, 3, 6, 5, 200));
claim(ck, "uoro-keeps-least", "UORO's networks kept the memory over " @/
  "five runs of distractors least often of all methods, at every lag",
  keeps_least(ck, 6, 1));

@ {\it Where does the every-step task stand, and why?} It remains unsolved
here beyond short lags. With a target at every step every method but
the short window solved all ten runs at $p=5$; at $p=20$ none solved
all ten, and none of three runs at $p=50$ or $p=100$ with the defaults
(BPTT, the internal RTRL and, at $p=100$, UORO) solved it, against the
1997 LSTM's 18 of 18 at $p=100$. The diagnosis shows what the cells
learnt instead. At the end of the runs of BPTT and the internal RTRL at
$p=100$ the largest error at the other steps is below $0.0005$ in every
run (0.000 in the table): the easy predictions are learnt perfectly.
UORO's runs learnt neither: their median errors are
\expv{diag:every:uoro:100:8:yes:last} at the last step and
\expv{diag:every:uoro:100:8:yes:others} at the others. The error of BPTT
and the internal RTRL at the last step is
\expv{diag:every:bptt:100:8:yes:last} and
\expv{diag:every:irtrl:100:8:yes:last} (medians), a guess between $x$
and $y$; the separation of the last outputs of the two sequences is
below $0.00005$ in every run (UORO's median is
\expv{diag:every:uoro:100:8:yes:separation} too, but one of its runs
reached \expv{diag:every:uoro:100:8:yes:separationmax}), and Figure~9
shows it falling during training by many orders of magnitude, while in
the last-step runs it rises to nearly 2. The cells have been taken over by the easy
predictions (the paper's ``abuse''). It is not that their states
drifted to where $\tanh$ is flat: the median drift of the every-step
runs, \expv{diag:every:bptt:100:8:yes:drift} and
\expv{diag:every:irtrl:100:8:yes:drift}, is below that of the last-step
runs that solved the task, \expv{diag:last:bptt:100:8:yes:drift} and
\expv{diag:last:irtrl:100:8:yes:drift}, and the training chapter
measures the solved networks holding the first symbol in states far
out where $\tanh$ is flat. Of the attempts, sixteen cells solved
\expv{diag:every:bptt:50:16:yes:solved} run of
\expv{diag:every:bptt:50:16:yes:runs} at $p=50$ (BPTT) and a cell
without a forget gate \expv{diag:every:irtrl:50:8:no:solved} of
\expv{diag:every:irtrl:50:8:no:runs} at $p=50$ and
\expv{diag:every:irtrl:100:8:no:solved} of
\expv{diag:every:irtrl:100:8:no:runs} at $p=100$ (the internal RTRL,
after \expv{diag:every:irtrl:100:8:no:med} sequences); the rest failed.
One in three is an interval of
$[\expv{wilson:1:3:lo},\expv{wilson:1:3:hi}]$: a sign that the published
result is within reach, not a replication. The 1997 network had what
ours lacks, connections from the inputs to the outputs that carry the
easy predictions past the cells, and added its cells only after the easy
error had stopped falling; both are exercises below, not measurements.

@<Check the claims...@>=
claim(ck, "every-p5-solved", "With a target at every step every " @/
  "method but the short window solved all ten runs at p = 5",
  all_solved(ck, 1, 0, 5, 5) && all_solved(ck, 1, 2, 5, 5) &&
  all_solved(ck, 1, 3, 5, 5) && all_solved(ck, 1, 4, 5, 5) &&
  all_solved(ck, 1, 5, 5, 5) && all_solved(ck, 1, 6, 5, 5) &&
  none_solved(ck, 1, 1, 5, 5));
claim(ck, "every-p20-none-all", "at p = 20 no method solved all ten runs",
  none_all_solved(ck, 1, 20));
claim(ck, "every-long-none", "none of three runs at p = 50 or p = 100 " @/
  "with the defaults solved it", none_solved(ck, 1, 0, 50, 100) &&
  none_solved(ck, 1, 3, 50, 100) && none_solved(ck, 1, 6, 100, 100));
claim(ck, "every-easy-learnt", "the largest error at the other steps is " @/
  "below 0.0005 in every run of BPTT and the internal RTRL at p = 100",
  diag_largest(ck, 1, 0, 100, 1) < 0.0005 &&
  diag_largest(ck, 1, 0, 100, 1) >= 0 && diag_largest(ck, 1, 3, 100, 1) <
  0.0005 && diag_largest(ck, 1, 3, 100, 1) >= 0);
claim(ck, "every-uoro-neither", "UORO's runs learnt neither (error at " @/
  "the other steps above 0.5)", diag_smallest(ck, 1, 6, 100, 1) > 0.5);
claim(ck, "every-no-separation", "the separation of the last outputs " @/
  "is below 0.00005 in every run of BPTT and the internal RTRL at p = 100",
  diag_largest(ck, 1, 0, 100, 3) < 0.00005 &&
  diag_largest(ck, 1, 0, 100, 3) >= 0 &&
  diag_largest(ck, 1, 3, 100, 3) < 0.00005 &&
  diag_largest(ck, 1, 3, 100, 3) >= 0);
claim(ck, "every-uoro-median-separation", "UORO's median separation is " @/
  "below 0.00005 too, but not that of every run",
  diag_median(ck, 1, 6, 100, 3) < 0.00005 &&
  diag_median(ck, 1, 6, 100, 3) >= 0 &&
  diag_largest(ck, 1, 6, 100, 3) >= 0.00005);
claim(ck, "last-separation-near-2", "in the last-step runs it rises " @/
  "to nearly 2 (above 1.5 in every run)", diag_smallest(ck, 0, 0, 100, 3)
  > 1.5 && diag_smallest(ck, 0, 3, 100, 3) > 1.5);
claim(ck, "every-drift-below-solved", "the median drift of the " @/
  "every-step runs is below that of the last-step runs that solved the " @/
  "task", diag_median(ck, 1, 0, 100, 2) < diag_median(ck, 0, 0, 100, 2) &&
  diag_median(ck, 1, 3, 100, 2) < diag_median(ck, 0, 3, 100, 2) &&
  diag_median(ck, 1, 0, 100, 2) < diag_median(ck, 0, 3, 100, 2) &&
  diag_median(ck, 1, 3, 100, 2) < diag_median(ck, 0, 0, 100, 2));

@ {\it And the very long lags in noise?} The noisy task of Experiment 2c
was solved in all three runs of each method at $p=q=100$, 500 and 1000.
Its criterion counts 10,000 successive sequences answered right, and the
medians, from \expv{noisy:bptt:100:med} sequences (BPTT, $p=100$) to
\expv{noisy:irtrl:1000:med} (the internal RTRL, $p=1000$), are all
below 11,000: the networks were right from a few hundred sequences on;
the 1997 means are 31,000 to 49,000, and the paper does not say whether
they include the 10,000. A cell without a forget gate, an input gate
biased shut and Adam make this task easy for the network of this book;
three runs per cell do not say how often it would fail.

@<Check the claims...@>=
claim(ck, "noisy-all-solved", "The noisy task was solved in all three " @/
  "runs of each method at p = q = 100, 500 and 1000",
  all_solved(ck, 2, 0, 100, 1000) && all_solved(ck, 2, 3, 100, 1000));
claim(ck, "noisy-few-hundred", "the medians are all below 11,000 " @/
  "sequences", medians_below(ck, 2, 0, 11000) &&
  medians_below(ck, 2, 3, 11000));

@ {\it The other tasks.} BPTT solved the embedded Reber grammar in
\expv{reber:solved} of \expv{reber:runs} runs after a median of
\expv{reber:med} sequences, against the paper's 8,440, and the adding
problem with $T=100$ in \expv{adding:solved} of \expv{adding:runs} after
a median of \expv{adding:med}, against 74,000.

@<Check the claims...@>=
claim(ck, "other-tasks-below-1997", "the Reber grammar and the adding " @/
  "problem were solved in every run, after medians below the paper's " @/
  "means", other_below(ck, 0, 8440) && other_below(ck, 1, 74000));

@ {\it And how much do the defaults matter?} The sensitivity grid at
$p=100$ (table below) varies the constant $\omega$ of the input-gate bias
$b_i=-\omega-\ln p$ and Adam's rate around the defaults, $\omega=1$ and 0.01, with
ten seeds each: every cell of it solved at least
\expv{sens:least} of ten runs with each method, so no setting in these
ranges takes the memory out of reach, and the cell of the defaults
repeats the main grid's runs at $p=100$ exactly, run for run. What would
change the book's answer is the word ``every'': with $\omega=0$ or $\omega=3$ at
some rates BPTT or the internal RTRL left one to four runs of ten
unsolved within the budget, and with $\omega=2$ the internal RTRL one at the
rate 0.003, so that with those settings the first answer above would
read ``in most runs''; only $\omega=1$ solved all runs of both methods at all
three rates. The defaults are not the fastest setting at this lag: with
$\omega=1$ the rate 0.03 needed medians of \expv{sens:bptt:1:0.03:med}
(BPTT) and \expv{sens:irtrl:1:0.03:med} (the internal RTRL) sequences
against the defaults' \expv{sens:bptt:1:0.01:med} and
\expv{sens:irtrl:1:0.01:med}; the training chapter says how the
defaults were chosen.%
\tablelabel{expsensitivity}
$$\expsensitivity$$

@<Check the claims...@>=
claim(ck, "sens-within-reach", "every cell of the sensitivity grid " @/
  "solved some runs with each method", sens_least(ck) >= 1);
claim(ck, "sens-default-repeats", "the cell of the defaults repeats the " @/
  "main grid's runs at p = 100 exactly, run for run",
  sens_repeats(ck, 0) && sens_repeats(ck, 1));
claim(ck, "sens-only-c1-every", "only c = 1 solved all runs of both " @/
  "methods at all three rates", sens_all(ck, 1) && !sens_all(ck, 0) &&
  !sens_all(ck, 2) && !sens_all(ck, 3));
claim(ck, "sens-rate-0.03-faster", "with c = 1 the rate 0.03 needed " @/
  "fewer sequences than the default 0.01, for both methods",
  sens_faster(ck, 0) && sens_faster(ck, 1));
claim(ck, "sens-c03-not-every", "with c = 0 or c = 3 at some rates a " @/
  "method left one to four runs of ten unsolved",
  sens_missing(ck, 0) + sens_missing(ck, 3) > 0 &&
  sens_most_missing(ck) <= 4);

@*1 Reading the results.
The rest of the chapter is the program that made the tables and figures
above from the runs. The report reads the summary lines of all runs. Each is parsed into a
record, an |exp_run|: the task and its protocol (|task| and |kind|), the family (recovered from the method
and the lag, |family|), the lag, whether it was solved and after how many
sequences (|solved| and |sequences|), the weight updates and processor seconds it took, the
retention over 2, 5, 10 and 100 runs of distractors (|retention|), and what the held
sequences showed of its cells at the end.

@<Declarations of the command@>=
#define EXP_KINDS 3 /* the lag task with the last target, with every target;
  the noisy lag task */
typedef struct {
  int task; /* 0 for the lag tasks, 1 for Reber, 2 for adding */
  int kind; /* for the lag tasks: 0 last, 1 every, 2 the noisy task */
  int family; /* index into |family_name| */
  size_t lag; /* $p$ */
  int solved; /* whether the run met the task's criterion */
  long sequences, updates; /* sequences trained on, weight updates */
  double seconds; /* processor time */
  double retention[4]; /* over 2, 5, 10 and 100 runs */
  double drift, separation, last_error, other_error; /* the lag probe's */
  int forget; /* whether the cells had a forget gate */
  size_t cells; /* $n$ */
  double rate, bias_i; /* the learning rate and the input-gate bias */
} exp_run;
static int experiments_report(const char *dir, const double seconds[2]);

@ A line is a sequence of words; after the colon they come in pairs, a
name and a value. Only the names the report needs are looked at, and
each of their values is read as strictly as the readers of the chapter
on files read theirs: a count is digits only and must fit its range (the
sequences and the updates a |long|, the length up to $10^6$, the cells
up to |LSTM_MAX_DIM|), so that \.{-5}, \.{abc}, \.{1e3}, \.{100.9} and
\.{99999999999999999999} are refused rather than read as $-5$, 0, 1, 100
or a number that wrapped; a measurement is a finite number in the
decimal notation of the files, the seconds at least 0 and a retention
between 0 and 1. |parse_run| returns 1, or 0 with |why| saying what it
expected and found (at most |EXP_WHY| bytes), as the file readers do; a
line that is not a summary at all gets |why| empty.
@^strict reading@>

@<Subcommands@>=
static int parse_run(const char *line, exp_run *run, char *why)
{
  char buf[EXP_LINE], *word, *colon, *count;
  char method[64] = "", task[16] = "lag";
  unsigned long long v;
  int every = 0;
  memset(run, 0, sizeof *run);
  why[0] = '\0';
  if (strlen(line) >= sizeof buf) return 0;
  strcpy(buf, line);
  run->solved = strncmp(buf, "solved after ", 13) == 0;
  if (!run->solved && strncmp(buf, "not solved after ", 17) != 0) return 0;
  count = strtok(buf + (run->solved ? 13 : 17), " \n");
  if (!count || !exp_whole(count, LONG_MAX, &v))
    return exp_why(why, "a whole number after 'solved after'", count);
  run->sequences = (long)v;
  if (!(word = strtok(NULL, " \n")) || strcmp(word, "sequences:") != 0)
    return exp_why(why, "'sequences:' after the number of sequences", word);
  colon = word + strlen(word) + 1;
  for (word = strtok(colon, " \n"); word; word = strtok(NULL, " \n")) {
    char *value = strtok(NULL, " \n");
    if (!value) break;
    if (strcmp(word, "task") == 0) snprintf(task, sizeof task, "%s", value);
    else if (strcmp(word, "method") == 0)
      snprintf(method, sizeof method, "%s", value);
    else if (strcmp(word, "targets") == 0) every = strcmp(value, "every") == 0;
    else if (strcmp(word, "forget") == 0) run->forget = strcmp(value, "no") != 0;
    else @<Read the number |value| of the name |word| into |run|, or
      return 0@>;
  }
  run->task = strcmp(task, "reber") == 0 ? 1 : strcmp(task, "adding") == 0 ?
    2 : 0;
  run->kind = strcmp(task, "lag2c") == 0 ? 2 : every;
  run->family = -1;
  if (run->task != 0) return 1;
  for (int f = 0; f < EXP_FAMILIES; f++) {
    char spec[32];
    if (family_spec(f, run->lag, spec, sizeof spec) &&
        strcmp(spec, method) == 0) run->family = f;
  }
  return run->family >= 0 && run->lag > 0;
}

@ The counts and the measurements, read by |exp_whole| and |exp_real|. A name the report does not use is
passed over, whatever its value.

@<Read the number |value| of the name |word|...@>=
{
  static const char *const real[] = {"seconds", "drift", "separation",
    "last_error", "other_error", "retention2p", "retention5p",
    "retention10p", "retention100p", "lr", "bias_i"};
  double *slot[11];
  double x, lo = -HUGE_VAL, hi = HUGE_VAL;
  size_t q;
  slot[0] = &run->seconds; slot[1] = &run->drift; slot[2] = &run->separation;
  slot[3] = &run->last_error; slot[4] = &run->other_error;
  for (q = 0; q < 4; q++) slot[5 + q] = &run->retention[q];
  slot[9] = &run->rate; slot[10] = &run->bias_i;
  if (strcmp(word, "length") == 0 || strcmp(word, "cells") == 0 ||
      strcmp(word, "updates") == 0) {
    unsigned long long most = word[0] == 'l' ? 1000000 : word[0] == 'c' ?
      LSTM_MAX_DIM : LONG_MAX;
    if (!exp_whole(value, most, &v)) {
      char what[64];
      snprintf(what, sizeof what, "a whole number up to %llu after '%s'",
        most, word);
      return exp_why(why, what, value);
    }
    if (word[0] == 'l') run->lag = (size_t)v;
    else if (word[0] == 'c') run->cells = (size_t)v;
    else run->updates = (long)v;
  }
  for (q = 0; q < 11 && strcmp(word, real[q]) != 0; q++) continue;
  if (q < 11) {
    if (q == 0 || q == 9) lo = 0;
    if (q >= 5 && q <= 8) lo = 0, hi = 1;
    if (!exp_real(value, &x) || x < lo || x > hi) {
      char what[64];
      snprintf(what, sizeof what, "%s after '%s'", q == 0 || q == 9 ?
        "a number of at least 0" : q >= 5 && q <= 8 ? "a number from 0 to 1" :
        "a finite number", word);
      return exp_why(why, what, value);
    }
    *slot[q] = x;
  }
}

@ |exp_whole| reads a count: digits only, with |strtoull|, which says when
the number is too large instead of wrapping it. |exp_real| reads a
measurement in the files' decimal notation (an optional sign, digits with
at most one point, at least one digit before an optional exponent), and
only a finite one. |exp_why| writes the message and returns 0; the value
found is shown as the message of a bad line shows it, with every byte
that is not printable ASCII in hexadecimal, and the first 40 bytes at
most.

@<Declarations of the command@>=
#define EXP_LINE 2048 /* the longest line of a results file, with its newline */
#define EXP_WHY 256
static int parse_run(const char *line, exp_run *run, char *why);
static int exp_whole(const char *s, unsigned long long most,
  unsigned long long *v);
static int exp_real(const char *s, double *v);
static int exp_why(char *why, const char *what, const char *found);

@ @<Subcommands@>=
static int exp_whole(const char *s, unsigned long long most,
  unsigned long long *v)
{
  char *end;
  for (const char *p = s; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  if (!*s) return 0;
  errno = 0;
  *v = strtoull(s, &end, 10);
  return errno != ERANGE && *v <= most;
}
@#
static int exp_real(const char *s, double *v)
{
  const char *p = s;
  int digits = 0;
  if (*p == '+' || *p == '-') p++;
  while (*p >= '0' && *p <= '9') p++, digits++;
  if (*p == '.') for (p++; *p >= '0' && *p <= '9'; p++) digits++;
  if (!digits) return 0;
  if (*p == 'e' || *p == 'E') {
    p++;
    if (*p == '+' || *p == '-') p++;
    if (*p < '0' || *p > '9') return 0;
    while (*p >= '0' && *p <= '9') p++;
  }
  if (*p) return 0;
  *v = strtod(s, NULL);
  return isfinite(*v) != 0;
}
@#
static int exp_why(char *why, const char *what, const char *found)
{
  int n = snprintf(why, EXP_WHY, "expected %s, found ", what);
  if (!found) {
    snprintf(why + n, (size_t)(EXP_WHY - n), "the end of the line");
    return 0;
  }
  why[n++] = '\'';
  for (size_t q = 0; found[q] && q < 40 && n < EXP_WHY - 6; q++) {
    unsigned char c = (unsigned char)found[q];
    if (c >= 32 && c < 127 && c != '\\') why[n++] = (char)c;
    else n += snprintf(why + n, 5, "\\x%02x", c);
  }
  why[n++] = '\'';
  why[n] = '\0';
  return 0;
}

@ The report collects the runs by kind, family and lag, with |add_run|. A cell of the
grid, an |exp_cell|, holds the number of runs and of solved runs (|runs| and |solved|), the sequences, updates
and seconds of each solved run (|needed|, |updates|, |seconds|) (for medians and quartiles), the number
of solved networks that passed each retention probe (|kept|), and the drift and
separation of every run. (The brackets \.{@@[} and \.{@@]} around the
declarator of the grid keep \.{cweave} from taking its three sizes for
type names.)

@<Declarations of the command@>=
typedef struct {
  int runs, solved; /* runs, and those solved */
  double needed[EXP_MAX_RUNS], updates[EXP_MAX_RUNS], seconds[EXP_MAX_RUNS];
    /* of each solved run: sequences, updates, seconds */
  int kept[4]; /* solved networks that answered both probes right */
  double drift[EXP_MAX_RUNS], separation[EXP_MAX_RUNS]; /* of every run */
  double last_error[EXP_MAX_RUNS], other_error[EXP_MAX_RUNS]; /* likewise */
} exp_cell;
typedef exp_cell @[exp_grid[EXP_KINDS][EXP_FAMILIES][EXP_LAGS]@];
  /* the cells by kind, family and lag */
#define EXP_DIAGS 32
typedef struct {
  int every, family, forget; /* the setting: targets, method, forget gate */
  size_t lag, cells; /* $p$ and $n$ */
  exp_cell c; /* its runs */
} exp_diag; /* the runs of one setting of the diagnosis */
typedef struct {
  exp_grid cells; /* the runs with the defaults, by kind, family and lag */
  exp_cell other[2]; /* the Reber grammar and the adding problem */
  exp_diag diag[EXP_DIAGS]; /* the runs that diagnose the every-step task */
  int ndiag, total;
  exp_cell sens[EXP_SENS_C][EXP_SENS_RATES][2]; /* the sensitivity grid, by
    $\omega$, rate and method (BPTT, the internal RTRL) */
} exp_report;
static int compare_diag(const void *a, const void *b);
static void add_run(exp_cell *c, const exp_run *run);
static int compare_double(const void *a, const void *b);
static double quantile(const double *v, int count, double q);
static void wilson(int solved, int runs, double *low, double *high);
static int read_results(const char *path, exp_report *rep, int required,
  int sensitivity);
static void write_tables(FILE *f, exp_report *rep, const double seconds[2]);
static void write_cell_values(FILE *f, const char *key, const exp_cell *c,
  int kept);
static const char *grouped(double v, char *buf, size_t size);

@ The names of the files in |dir| are made by |dir_path|, as long as
they need to be: a directory name of any length the system takes is
taken, and one it does not take fails when the file is opened, with the
system's message, never cut short in silence.
@^path names@>

@<Subcommands@>=
static int experiments_report(const char *dir, const double seconds[2])
{
  static exp_report rep;
  char *path;
  int status;
  memset(&rep, 0, sizeof rep);
  {
    static const char *const file[3] = {"results.txt", "results-long.txt",
      "results-sensitivity.txt"};
    for (int q = 0; q < 3; q++) {
      if (!(path = dir_path(dir, file[q]))) return 1;
      status = read_results(path, &rep, q == 0, q == 2);
      free(path);
      if (status != 0) return 1;
    }
  }
  qsort(rep.diag, (size_t)rep.ndiag, sizeof *rep.diag, compare_diag);
  @<Write the tables and the figures into |dir|@>;
  return 0;
}

@ |dir_path| returns the name |dir|/|name| in storage of its own, which
the caller frees, or |NULL| after saying that memory ran out.

@<Declarations of the command@>=
static char *dir_path(const char *dir, const char *name);

@ @<Subcommands@>=
static char *dir_path(const char *dir, const char *name)
{
  size_t d = strlen(dir), n = strlen(name);
  char *path = d + n + 2 > d ? malloc(d + n + 2) : NULL;
  if (!path) {
    fprintf(stderr, "lstm experiments: out of memory\n");
    return NULL;
  }
  memcpy(path, dir, d);
  path[d] = '/';
  memcpy(path + d + 1, name, n + 1);
  return path;
}

@ The files of the long runs and of the sensitivity grid may be missing
(they have not been run); the main grid's may not, and none may be there
and unreadable: only a file that does not exist is passed over. The runs
of the sensitivity grid go to its own cells, |rep->sens|, and nowhere else. A line longer than |EXP_LINE|
bytes cannot be a summary line, and is refused as one.

@<Subcommands@>=
static int read_results(const char *path, exp_report *rep, int required,
  int sensitivity)
{
  char line[EXP_LINE], why[EXP_WHY];
  int lines = 0; /* the lines read, for the messages */
  FILE *in = fopen(path, "r");
  if (!in) {
    if (!required && errno == ENOENT) return 0;
    fprintf(stderr, "%s: cannot read the results: %s\n", path,
      strerror(errno));
@.cannot read the results@>
    return 1;
  }
  while (fgets(line, sizeof line, in)) {
    exp_run run;
    int q = 0, ok;
    lines++;
    if (strlen(line) == sizeof line - 1 && line[sizeof line - 2] != '\n') {
      fprintf(stderr, "%s:%d: expected a line of at most %d bytes, found " @/
        "more\n", path, lines, EXP_LINE - 1);
      fclose(in);
      return 1;
    }
    ok = parse_run(line, &run, why);
    if (!ok && why[0]) {
      fprintf(stderr, "%s:%d: %s\n", path, lines, why);
      fclose(in);
      return 1;
    }
    if (!ok) {
      fprintf(stderr, "%s:%d: a line is not a summary of a run: '", path,
        lines);
      @<Show the line, with its unprintable bytes as \.{\\x}$hh$@>;
      fprintf(stderr, "'\n");
@.a line is not a summary...@>
      fclose(in);
      return 1;
    }
    if (sensitivity) {
      @<Add |run| to its cell of the sensitivity grid@>;
      continue;
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

@ A run of the sensitivity grid finds its cell by its rate and by the
constant $\omega=-b_i-\ln p$ of its bias, which is a whole number up to
rounding; a run of another setting has no cell.

@<Add |run| to its cell of the sensitivity grid@>=
{
  const double c = -run.bias_i - log((double)EXP_SENS_LAG);
  const int k = (int)lround(c);
  int r = 0;
  while (r < EXP_SENS_RATES && fabs(run.rate - sens_rate[r]) > 1e-12) r++;
  if (run.task == 0 && run.kind == 0 && run.lag == EXP_SENS_LAG &&
      (run.family == 0 || run.family == 3) && r < EXP_SENS_RATES &&
      fabs(c - k) < 1e-9 && k >= 0 && k < EXP_SENS_C)
    add_run(&rep->sens[k][r][run.family == 3], &run);
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
and the forget gate of the lag's default) enter the grid's cells, |rep->cells|; the
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

@ The diagnosis, |rep->diag|, collects the every-step runs at $p\ge50$, whatever their
setting, each setting an |exp_diag|, and for comparison the last-step runs of BPTT and the internal
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

@ Every file is written safely, as every file of the command is (|out_open|, then |out_commit|): the
data files of the figures each whole, while the figures are drawn, and
the tables and \.{figures.mp} last, so that a report that fails leaves
the previous tables and figures in place (with some of their data files
new).

@<Write the tables and the figures...@>=
{
  char *tpath = dir_path(dir, "results.tex"), *fpath = dir_path(dir,
    "figures.mp");
  out_file tables, figures;
  lstm_error err;
  int status = LSTM_OK;
  lstm_error_clear(&err);
  if (!tpath || !fpath) status = LSTM_ENOMEM;
  else if ((status = out_open(&tables, tpath, &err)) != LSTM_OK) {}
  else if ((status = out_open(&figures, fpath, &err)) != LSTM_OK)
    out_abandon(&tables);
  else {
    write_tables(tables.f, &rep, seconds);
    if (write_figures(figures.f, rep.cells, dir, &err) != 0) {
      out_abandon(&tables);
      out_abandon(&figures);
      status = LSTM_EIO;
    } else if ((status = out_commit(&tables, &err)) != LSTM_OK)
      out_abandon(&figures);
    else status = out_commit(&figures, &err);
  }
  free(tpath);
  free(fpath);
  if (status == LSTM_ENOMEM && !err.msg[0]) return 1;
  if (status != LSTM_OK) return report(LSTM_EIO, &err);
}

@ Medians and quartiles are quantiles of the solved runs of a cell, |quantile|, by
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
|wilson| computes it. Ten successes in ten runs give $[0.72,1]$: an interval for the
probability that a run with a new seed succeeds, which the ten runs put,
with 95\% confidence, at 0.72 or more; not a count of seeds, and not a
promise that all would succeed.
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
The tables are \TeX\ macros that this chapter calls, written by |write_tables|. \.{\\expsuccess}
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
      fprintf(f, "%s", family_label[fam]);
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
  @<Write the table of the sensitivity grid@>;
  @<Write the values that the text quotes@>;
  for (int t = 0; t < 2; t++) {
    const char *name = t == 0 ? "reber" : "adding";
    if (other[t].solved == 0)
      fprintf(f, "\\def\\exp%s{none of %d runs solved it}\n", name,
        other[t].runs);
    else {
      char buf[32];
      fprintf(f, "\\def\\exp%s{%d of %d runs solved it, after a median " @/
        "of %s sequences}\n", name, other[t].solved, other[t].runs,
        grouped(quantile(other[t].needed, other[t].solved, 0.5), buf,
        sizeof buf));
    }
  }
}

@ The detailed tables give every cell of a protocol's grid: the runs
solved with their 95\% interval, the quartiles of the sequences to
success, and the medians of the weight updates and processor seconds of
the solved runs. \.{\\expdetail} is the lag task with its target at the
last step, \.{\\expeverydetail} with a target at every step. They are
long, and are set as alignments in vertical mode, which may break
between rows at the end of a page, not as boxes.

@<Write the table of the key cells@>=
for (int kind = 0; kind < 2; kind++) {
  fprintf(f, "\\def\\exp%sdetail{\\tabskip=4em\\halign{" @/
    "\\strut\\tt##\\hfil\\quad\\tabskip=0pt&&\\hfil##\\quad\\cr\n",
    kind ? "every" : "");
  fprintf(f, "\\rm method&$p$&\\rm solved&\\rm 95\\%% interval&" @/
    "\\rm quartiles of sequences&\\rm updates&\\rm seconds\\cr" @/
    "\\noalign{\\hrule}\n");
  for (int q = 0; q < EXP_LAGS; q++)
    for (int fam = 0; fam < EXP_FAMILIES; fam++) {
      const exp_cell *c = &cells[kind][fam][q];
      double lo, hi;
      if (c->runs == 0) continue;
      wilson(c->solved, c->runs, &lo, &hi);
      fprintf(f, "%s&%zu&%d/%d&$[%.2f,%.2f]$", family_label[fam], exp_lags[q],
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
  fprintf(f, "}}\n");
}

@ The diagnosis (each row an |exp_diag|, its medians from |diag_median|): for every setting of the every-step runs at $p\ge50$,
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
    family_label[g->family], g->lag, g->cells, g->forget ? "yes" : "no",
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
grid, the solved networks that answered both probes right (|kept| of the |exp_cell|), over 2, 5, 10
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
    fprintf(f, "%s&%zu&%d", family_label[fam], exp_lags[q], c->solved);
    for (int r = 0; r < 4; r++) fprintf(f, "&%d", c->kept[r]);
    fprintf(f, "\\cr\n");
  }
fprintf(f, "}}}\n");

@ The noisy lag task (the cells of |kind| 2), beside the means of Table~3 of the 1997 paper.

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
    fprintf(f, "%zu&%s&%d/%d&$[%.2f,%.2f]$", p, family_label[fam], c->solved,
      c->runs, lo, hi);
    if (c->solved == 0) fprintf(f, "&--&--");
    else fprintf(f, "&%.0f&%.0f", quantile(c->needed, c->solved, 0.5),
      quantile(c->seconds, c->solved, 0.5));
    fprintf(f, "&%s\\cr\n", p == 100 ? "31,000" : p == 500 ? "38,000" :
      p == 1000 ? "49,000" : "");
  }
fprintf(f, "}}}\n");

@ The sensitivity grid, |rep->sens|: for each method and constant $\omega$, and each rate,
the runs solved with their 95\% interval and the median sequences of the
solved runs.

@<Write the table of the sensitivity grid@>=
fprintf(f, "\\def\\expsensitivity{\\vbox{\\offinterlineskip\\halign{" @/
  "\\strut\\tt##\\hfil\\quad&\\hfil##\\quad&\\hfil##\\quad" @/
  "&&\\hfil##\\ &\\hfil##\\quad&\\hfil##\\quad\\cr\n");
fprintf(f, "&&");
for (int r = 0; r < EXP_SENS_RATES; r++)
  fprintf(f, "&\\omit\\span\\omit\\span\\omit\\hfil rate %s\\hfil\\quad",
    sens_rate_name[r]);
fprintf(f, "\\cr\n\\rm method&$\\omega$&$b_i$");
for (int r = 0; r < EXP_SENS_RATES; r++)
  fprintf(f, "&solved&95\\%%&median");
fprintf(f, "\\cr\\noalign{\\hrule}\n");
for (int m = 0; m < 2; m++)
  for (int c = 0; c < EXP_SENS_C; c++) {
    fprintf(f, "%s&%d&$%.2f$", family_name[3 * m], c,
      -c - log((double)EXP_SENS_LAG));
    for (int r = 0; r < EXP_SENS_RATES; r++) {
      const exp_cell *e = &rep->sens[c][r][m];
      double lo, hi;
      if (e->runs == 0) {
        fprintf(f, "&&&");
        continue;
      }
      wilson(e->solved, e->runs, &lo, &hi);
      fprintf(f, "&%d/%d&{\\sevenrm[%.2f,%.2f]}", e->solved, e->runs, lo, hi);
      if (e->solved) fprintf(f, "&%.0f", quantile(e->needed, e->solved, 0.5));
      else fprintf(f, "&--");
    }
    fprintf(f, "\\cr\n");
  }
fprintf(f, "}}}\n");

@ The text quotes numbers of the tables, and none of them is typed by
hand: the report writes each as a macro named by a key, which the text
calls as \.{\\expv\{}{\it key\/}\.{\}}. A key names a cell and a field:
\.{last:bptt:100:med} is the median sequences of BPTT at $p=100$ with
the target at the last step, written by |write_cell_values| (\.{every} and \.{noisy} are the other two
protocols, and the methods are named as the data files of the figures
name them); the fields are \.{runs}, \.{solved}, \.{lo} and \.{hi} (the
95\% interval), \.{q1}, \.{med} and \.{q3} (the quartiles of the
sequences), \.{updates} and \.{seconds} (medians), and for the last-step
protocol \.{kept2} to \.{kept100}, the solved networks that kept the
memory over so many runs of distractors. \.{diag:}$K$\.{:}{\it
method\/}\.{:}$p$\.{:}$n$\.{:}$f$\.{:}{\it field\/} is a row of the
diagnosis, with the medians \.{last}, \.{others}, \.{drift} and
\.{separation} and their largest values \.{lastmax} to
\.{separationmax}; \.{sens:}{\it method\/}\.{:}$\omega$\.{:}{\it rate\/}\.{:}{\it
field\/} a cell of the sensitivity grid; \.{wilson:}$s$\.{:}$n$\.{:lo}
and \.{:hi} the interval of $s$ successes in $n$ runs. \.{\\expv} of a
key that the report did not write stops \TeX\ with an error, so that a
sentence cannot quote a cell that is no longer measured. Counts of
sequences are written with a comma between thousands, as the text
writes them.

@<Write the values that the text quotes@>=
fprintf(f, "\\def\\expv#1{\\expandafter\\ifx\\csname exp:#1\\endcsname" @/
  "\\relax\\errmessage{no measurement #1}\\else\\csname exp:#1" @/
  "\\endcsname\\fi}\n");
for (int kind = 0; kind < EXP_KINDS; kind++)
  for (int fam = 0; fam < EXP_FAMILIES; fam++)
    for (int q = 0; q < EXP_LAGS; q++) {
      static const char *kname[EXP_KINDS] = {"last", "every", "noisy"};
      const exp_cell *c = &cells[kind][fam][q];
      char key[64];
      if (c->runs == 0) continue;
      snprintf(key, sizeof key, "%s:%s:%zu", kname[kind], family_file[fam],
        exp_lags[q]);
      write_cell_values(f, key, c, kind == 0);
    }
for (int d = 0; d < rep->ndiag; d++) {
  const exp_diag *g = &rep->diag[d];
  char key[64];
  snprintf(key, sizeof key, "diag:%s:%s:%zu:%zu:%s", g->every ? "every" :
    "last", family_file[g->family], g->lag, g->cells, g->forget ? "yes" : "no");
  write_cell_values(f, key, &g->c, 0);
  @<Write the medians and the largest values of the diagnosis row |g|@>;
}
for (int m = 0; m < 2; m++)
  for (int c = 0; c < EXP_SENS_C; c++)
    for (int r = 0; r < EXP_SENS_RATES; r++) {
      char key[64];
      if (rep->sens[c][r][m].runs == 0) continue;
      snprintf(key, sizeof key, "sens:%s:%d:%s", family_file[3 * m], c,
        sens_rate_name[r]);
      write_cell_values(f, key, &rep->sens[c][r][m], 0);
    }
{
  int least = -1;
  for (int m = 0; m < 2; m++)
    for (int c = 0; c < EXP_SENS_C; c++)
      for (int r = 0; r < EXP_SENS_RATES; r++)
        if (rep->sens[c][r][m].runs > 0 &&
            (least < 0 || rep->sens[c][r][m].solved < least))
          least = rep->sens[c][r][m].solved;
  if (least >= 0) /* the fewest runs solved in a cell of the sensitivity grid */
    fprintf(f, "\\expandafter\\def\\csname exp:sens:least\\endcsname{%d}\n",
      least);
}
{
  static const int pairs[][2] = {{10, 10}, {5, 5}, {3, 3}, {0, 10}, {1, 3}};
  for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
    double lo, hi;
    wilson(pairs[k][0], pairs[k][1], &lo, &hi);
    fprintf(f, "\\expandafter\\def\\csname exp:wilson:%d:%d:lo\\endcsname" @/
      "{%.2f}\\expandafter\\def\\csname exp:wilson:%d:%d:hi\\endcsname" @/
      "{%.2f}\n", pairs[k][0], pairs[k][1], lo, pairs[k][0], pairs[k][1], hi);
  }
}
for (int t = 0; t < 2; t++) {
  const char *name = t == 0 ? "reber" : "adding";
  write_cell_values(f, name, &other[t], 0);
}

@ @<Write the medians and the largest values of the diagnosis row |g|@>=
{
  static const char *field[4] = {"last", "others", "drift", "separation"};
  const double *v[4] = {g->c.last_error, g->c.other_error, g->c.drift,
    g->c.separation};
  for (int k = 0; k < 4; k++) {
    double big = v[k][0];
    for (int r = 1; r < g->c.runs; r++) big = fmax(big, v[k][r]);
    fprintf(f, "\\expandafter\\def\\csname exp:%s:%s\\endcsname{%.*f}" @/
      "\\expandafter\\def\\csname exp:%s:%smax\\endcsname{%.*f}\n", key,
      field[k], k == 2 ? 1 : 3, quantile(v[k], g->c.runs, 0.5), key,
      field[k], k == 2 ? 1 : 3, big);
  }
}

@ |write_cell_values| writes the fields of cell |c| under the key
|key|; |grouped| writes a count with a comma between thousands into
|buf| and returns it.

@<Subcommands@>=
static const char *grouped(double v, char *buf, size_t size)
{
  char digits[32];
  size_t len, at = 0;
  snprintf(digits, sizeof digits, "%.0f", fabs(v));
  len = strlen(digits);
  if (v < 0 && at + 1 < size) buf[at++] = '-';
  for (size_t k = 0; k < len && at + 2 < size; k++) {
    if (k > 0 && (len - k) % 3 == 0) buf[at++] = ',';
    buf[at++] = digits[k];
  }
  buf[at] = '\0';
  return buf;
}
@#
static void write_cell_values(FILE *f, const char *key, const exp_cell *c,
  int kept)
{
  double lo, hi;
  char buf[40];
  static const char *q[3] = {"q1", "med", "q3"};
  fprintf(f, "\\expandafter\\def\\csname exp:%s:runs\\endcsname{%d}" @/
    "\\expandafter\\def\\csname exp:%s:solved\\endcsname{%d}\n", key,
    c->runs, key, c->solved);
  wilson(c->solved, c->runs, &lo, &hi);
  fprintf(f, "\\expandafter\\def\\csname exp:%s:lo\\endcsname{%.2f}" @/
    "\\expandafter\\def\\csname exp:%s:hi\\endcsname{%.2f}\n", key, lo, key,
    hi);
  if (c->solved == 0) return;
  for (int k = 0; k < 3; k++)
    fprintf(f, "\\expandafter\\def\\csname exp:%s:%s\\endcsname{%s}\n", key,
      q[k], grouped(quantile(c->needed, c->solved, 0.25 * (k + 1)), buf,
      sizeof buf));
  fprintf(f, "\\expandafter\\def\\csname exp:%s:updates\\endcsname{%s}\n",
    key, grouped(quantile(c->updates, c->solved, 0.5), buf, sizeof buf));
  fprintf(f, "\\expandafter\\def\\csname exp:%s:seconds\\endcsname{%.0f}\n",
    key, quantile(c->seconds, c->solved, 0.5));
  if (kept)
    for (int r = 0; r < 4; r++)
      fprintf(f, "\\expandafter\\def\\csname exp:%s:kept%d\\endcsname{%d}\n",
        key, r == 0 ? 2 : r == 1 ? 5 : r == 2 ? 10 : 100, c->kept[r]);
}

@*1 Drawing the figures.
The figures are drawn by MetaPost with John Hobby's \.{graph} package
(Hobby 1992), which comes with
MetaPost: it reads a curve from a file of numbers, scales the axes,
logarithmic ones too, and places the ticks and the frame. The report
writes one such data file per curve into |dir|, and \.{figures.mp}, a
short MetaPost program that names them (|write_figures|); MetaPost draws the figures when
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
  char *path = dir_path(dir, name);
  out_file o;
  int written = 0;
  if (!path) return lstm_fail(err, LSTM_ENOMEM, "out of memory"), -1;
  if (out_open(&o, path, err) != LSTM_OK) {
    free(path);
    return -1;
  }
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
  if (out_commit(&o, err) != LSTM_OK) written = -1;
  free(path);
  return written;
}

@ The data files are named by figure and method; the method names of the
tables have a colon and a slash, which file names had better not.

@<Declarations of the command@>=
static const char *family_file[EXP_FAMILIES] = {"bptt", "tbptt-half",
  "tbptt-double", "irtrl", "rtrl", "snap1", "uoro", "hybrid", "eprop-random"};

@ The MetaPost program begins with what its figures share: the \.{graph}
package, the size of a graph, the look of each method, a line of the
legend, and |bar|, which draws a vertical bar from a point's third to
its fourth number. Each method has a colour (from Okabe and Ito's
palette, which readers with the common colour blindnesses can tell
apart), a dash pattern and a marker of its own, chosen by its family |fam|, so that the series can
be told apart on a screen and in print, in grey too: the markers are a
filled circle, an open square, an open diamond, a filled triangle, an
open circle, a cross, a filled square, an open triangle pointing down
(the hybrid, grey, since it lies on BPTT run for run) and a plus. |band| shades the lags from
$p=200$ on, where the cell has no forget gate, on a graph whose axes
are both logarithmic (a linear one takes a plain \.{gfill}). |bar| and
|band| hand the package their coordinates as it reads those of a data file, in the form
that needs no number above 4096 (MetaPost's limit), since the sequences
reach $10^5$.

@<Write the beginning of \.{figures.mp}@>=
{
  static const char *prologue[] = {@/
    "% Written by 'lstm experiments --report'; do not edit.",@/
    "prologues := 3; outputtemplate := \"%j-%c.mps\";",@/
    "input graph",@/
    "numeric w, h; w := 3.6in; h := 2in;",@/
    "color col[]; col0 := (0,0.45,0.70); col1 := (0.90,0.62,0);",@/
    "col2 := (0,0.62,0.45); col3 := (0.84,0.37,0); col4 := (0.80,0.47,0.65);",@/
    "col5 := (0.34,0.71,0.91); col6 := (0,0,0); col7 := 0.5white;",@/
    "col8 := (0.55,0.35,0.15);",@/
    "def style(expr fam) =",@/
    "  if fam = 0: withpen pencircle scaled 1.4pt",@/
    "  elseif fam = 1: dashed evenly scaled 1.2 withpen pencircle scaled 0.9pt",@/
    "  elseif fam = 2: dashed withdots scaled 0.7 withpen pencircle scaled 1pt",@/
    "  elseif fam = 3: dashed dashpattern(on 6pt off 2pt on 1pt off 2pt)",@/
    "    withpen pencircle scaled 0.9pt",@/
    "  elseif fam = 4: dashed evenly scaled 2.5 withpen pencircle scaled 0.7pt",@/
    "  elseif fam = 5: dashed evenly scaled 0.6 withpen pencircle scaled 1.1pt",@/
    "  elseif fam = 6: dashed dashpattern(on 5pt off 1.5pt on 1pt off 1.5pt on 1pt off 1.5pt)",@/
    "    withpen pencircle scaled 0.9pt",@/
    "  elseif fam = 7: dashed evenly scaled 3 withpen pencircle scaled 0.6pt",@/
    "  else: dashed dashpattern(on 2pt off 1pt on 2pt off 4pt)",@/
    "    withpen pencircle scaled 1.2pt fi withcolor col[fam] enddef;",@/
    "picture mark[]; pen mp; mp := pencircle scaled 0.6pt;",@/
    "mark0 := image(fill fullcircle scaled 3.6pt withcolor col0);",@/
    "mark1 := image(draw unitsquare shifted (-.5,-.5) scaled 3.4pt",@/
    "  withpen mp withcolor col1);",@/
    "mark2 := image(draw unitsquare shifted (-.5,-.5) rotated 45 scaled 4pt",@/
    "  withpen mp withcolor col2);",@/
    "mark3 := image(fill (dir 90--dir 210--dir 330--cycle) scaled 2.6pt",@/
    "  withcolor col3);",@/
    "mark4 := image(draw fullcircle scaled 4.6pt withpen mp withcolor col4);",@/
    "mark5 := image(draw (-1.8pt,-1.8pt)--(1.8pt,1.8pt) withpen mp withcolor col5;",@/
    "  draw (-1.8pt,1.8pt)--(1.8pt,-1.8pt) withpen mp withcolor col5);",@/
    "mark6 := image(fill unitsquare shifted (-.5,-.5) scaled 3pt withcolor col6);",@/
    "mark7 := image(draw (dir 270--dir 30--dir 150--cycle) scaled 2.8pt",@/
    "  withpen mp withcolor col7);",@/
    "mark8 := image(draw (-2pt,0)--(2pt,0) withpen mp withcolor col8;",@/
    "  draw (0,-2pt)--(0,2pt) withpen mp withcolor col8);",@/
    "def legend(expr row, fam, name) =",@/
    "  draw (w+12pt,h-row*12pt)--(w+36pt,h-row*12pt) style(fam);",@/
    "  draw mark[fam] shifted (w+24pt,h-row*12pt);",@/
    "  label.rt(name, (w+38pt,h-row*12pt)) enddef;",@/
    "def bar(expr x, lo, hi) text t =",@/
    "  begingroup interim Gpaths := log; interim warningcheck := 0;",@/
    "  gdraw (Mlog_str x, Mlog_str lo)--(Mlog_str x, Mlog_str hi) t;",@/
    "  endgroup enddef;",@/
    "def band(expr xlo, xhi, ylo, yhi) =",@/
    "  begingroup interim Gpaths := log; interim warningcheck := 0;",@/
    "  gfill (Mlog_str xlo, Mlog_str ylo)--(Mlog_str xhi, Mlog_str ylo)",@/
    "    --(Mlog_str xhi, Mlog_str yhi)--(Mlog_str xlo, Mlog_str yhi)--cycle",@/
    "    withcolor 0.9white;",@/
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
  if (dots) fprintf(f, "gdraw \"%s\" plot mark%d;\n", name, fam);
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
  fprintf(f, "glabel.lft(btex %s etex rotated 90, OUT);\nendgraph;\n",
    ylabel);
}

@ Each figure has a legend at the right; |legend| is the set of the
methods it names, one bit each.

@<Write the legend of the families in |legend|@>=
for (int fam = 0, row = 0; fam < EXP_FAMILIES; fam++)
  if (legend >> fam & 1)
    fprintf(f, "legend(%d, %d, btex \\tt %s etex);\n", row++, fam,
      family_label[fam]);
fprintf(f, "endfig;\n");

@ The first figure shows the fraction of runs solved against the lag,
with the target at the last step; the second the median number of
sequences the solved runs needed, with a bar from the first to the third
quartile. Both have the lag on a logarithmic scale, where the lags of
the grid, 5, 10, 20, 50, \dots, lie almost evenly; it reaches a little
beyond the first and the last lag, so that the bars there stand clear of
the frame, and the fraction solved runs from $-0.05$ to $1.05$, so that a
line at 0 or at 1 does not hide in the frame. A method that solved no
run at a lag has no point there. Both shade the lags without a forget
gate.

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
  snprintf(range, sizeof range, "%g, -0.05, %g, 1.05", 0.9 * exp_lags[0],
    1.1 * exp_lags[EXP_LAGS - 1]);
  begin_graph(f, 1, "log, linear", range);
  fprintf(f, "gfill (200,-0.05)--(%g,-0.05)--(%g,1.05)--(200,1.05)--cycle " @/
    "withcolor 0.9white;\n", 1.1 * exp_lags[EXP_LAGS - 1],
    1.1 * exp_lags[EXP_LAGS - 1]);
  fprintf(f, "glabel.top(btex \\sevenrm no forget gate etex, 470, -0.05);\n");
  fprintf(f, "otick.lft(btex $0$ etex, 0); otick.lft(btex $0.5$ etex, 0.5); " @/
    "otick.lft(btex $1$ etex, 1);\n");
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
  end_graph(f, "otick.bot,", "lag $p$", "fraction of runs solved");
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
  fprintf(f, "band(\"200\", \"%g\", \"100\", \"100000\");\n",
    1.1 * exp_lags[EXP_LAGS - 1]);
  fprintf(f, "glabel.top(btex \\sevenrm no forget gate etex, 470, 100);\n");
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
  end_graph(f, "otick.bot,", "lag $p$", "sequences to success");
  @<Write the legend of the families in |legend|@>;
}

@ The third figure follows the separation of the last outputs, as the
training chapter defines it, during the first seed's training at
$p=100$, for BPTT and the internal RTRL, with the target at the last step
and at every step: the network's memory as the output layer sees it, on
a logarithmic scale from $10^{-20}$ (none to speak of) to 10 (it cannot
exceed 2); a value below the scale is drawn at its floor, as the caption
says. The sequences are on a logarithmic scale too, from 100 to the
budget of 20,000, since the last-step runs are solved within a few
thousand, and both axes have a tick at each power of ten (every fifth,
for the separation). BPTT is drawn in its colour with a thick line, the
internal RTRL in its own with a thin one; the runs with a target at the
last step solid, those with targets at every step dashed. The curve
files have one line per 100 sequences; the separation is their eighth
column, and the data files of the figure hold the first column and that
one.

@<Draw the figure of the separation...@>=
{
  static const char *label[4] = {"bptt, last", "irtrl, last",
    "bptt, every", "irtrl, every"};
  static const char *look[4] = {"withpen pencircle scaled 1.4pt " @/
    "withcolor col0", "withpen pencircle scaled 0.7pt withcolor col3",
    "dashed evenly withpen pencircle scaled 1.4pt withcolor col0",
    "dashed evenly scaled 0.7 withpen pencircle scaled 0.7pt withcolor col3"};
  const double lo = 1e-20, hi = 10;
  int drawn = 0;
  snprintf(range, sizeof range, "100, \"1e-20\", \"%d\", \"10\"",
    EXP_EVERY_BUDGET);
  begin_graph(f, 3, "log, log", range);
  for (int d = 2; d <= 4; d++)
    fprintf(f, "otick.bot(btex $10^%d$ etex, \"1e%d\");\n", d, d);
  for (int d = -20; d <= 0; d += 5)
    fprintf(f, "otick.lft(btex $10^{%d}$ etex, \"1e%d\");\n", d, d);
  for (int c = 0; c < 4; c++) {
    @<Write the data file of curve |c| of the figure, and draw it@>;
  }
  end_graph(f, ",", "sequences trained", "separation of the last outputs");
  for (int c = 0, row = 0; c < 4; c++)
    if (drawn >> c & 1)
      fprintf(f, "draw (w+12pt,h-%d*12pt)--(w+36pt,h-%d*12pt) %s;\n" @/
        "label.rt(btex \\tt %s etex, (w+38pt,h-%d*12pt));\n", row, row,
        look[c], label[c], row), row++;
  fprintf(f, "endfig;\n");
}

@ A curve file that is missing (the run has not been made) gives no
curve and no line in the legend, but one that is there and cannot be
read is an error; its header line, a comment, is skipped.

@<Write the data file of curve |c| of the figure, and draw it@>=
{
  char *path, curve[32];
  FILE *in;
  double v[EXP_EVERY_BUDGET / 100 + 1][2], col[8];
  int count = 0, written;
  snprintf(curve, sizeof curve, "curve-%s-%d.txt", c < 2 ? "last" : "every",
    c % 2 ? 3 : 0);
  if (!(path = dir_path(dir, curve)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory"), -1;
  in = fopen(path, "r");
  if (!in && errno != ENOENT) {
    lstm_fail_at(err, LSTM_EIO, path, 0, "cannot read the curve: %s",
      strerror(errno));
@.cannot read the curve@>
    free(path);
    return -1;
  }
  free(path);
  if (!in) continue;
  if (fscanf(in, " # %*[^\n]") == EOF) { /* the header line of the columns */
    fclose(in);
    continue;
  }
  while (count <= EXP_EVERY_BUDGET / 100 &&
      fscanf(in, "%lf %lf %lf %lf %lf %lf %lf %lf", col, col + 1, col + 2,
        col + 3, col + 4, col + 5, col + 6, col + 7) == 8) {
    const double value = col[7];
    if (col[0] < 100 || col[0] > EXP_EVERY_BUDGET) continue;
    v[count][0] = col[0];
    v[count++][1] = isfinite(value) ? fmin(fmax(value, lo), hi) : value;
  }
  fclose(in);
  snprintf(name, sizeof name, "separation-%s-%s.d",
    c < 2 ? "last" : "every", c % 2 ? "irtrl" : "bptt");
  if ((written = write_points(dir, name, count, 2, &v[0][0], err)) < 0)
    return -1;
  if (written > 0) {
    fprintf(f, "gdraw \"%s\" %s;\n", name, look[c]);
    drawn |= 1 << c;
  }
}

@ Retention is the fraction of the solved networks of a method that
answered both probes right; at one run it is one, since those networks
solved the task. The figure has a panel per lag, four to a row, since
the methods were not run at the same lags and a pooled curve would mix
them. In each panel the runs of distractors are on a logarithmic scale,
and each method with solved networks at that lag is drawn in its style,
with its markers. A method's data file holds one block of points per lag
at which it has solved networks, in the order of the lags, separated by
blank lines: the \.{graph} package's |gdata| reads one block each time
it is called, and |augment| makes the block's path, which is drawn
twice, as a line and as markers.

@<Draw the figure of the retention@>=
{
  static const int times[5] = {1, 2, 5, 10, 100};
  int legend = 0, panel = 0;
  fprintf(f, "beginfig(4);\nnumeric pw, ph; pw := 0.95in; ph := 0.8in;\n");
  for (int fam = 0; fam < EXP_FAMILIES; fam++) {
    @<Write the blocks of the retention data file of method |fam|@>;
  }
  for (int q = 0; q < EXP_LAGS; q++) {
    int any = 0;
    for (int fam = 0; fam < EXP_FAMILIES; fam++) any |= cells[0][fam][q].solved > 0;
    if (!any) continue;
    fprintf(f, "picture P; P := begingraph(pw, ph);\n" @/
      "setcoords(log, linear); setrange(0.8, -0.05, 130, 1.05);\n" @/
      "otick.bot(btex \\sevenrm 1 etex, 1); otick.bot(btex \\sevenrm 10 etex, " @/
      "10); otick.bot(btex \\sevenrm 100 etex, 100);\n" @/
      "otick.lft(btex \\sevenrm 0 etex, 0); otick.lft(btex \\sevenrm 0.5 etex, " @/
      "0.5); otick.lft(btex \\sevenrm 1 etex, 1);\n");
    for (int fam = 0; fam < EXP_FAMILIES; fam++)
      if (cells[0][fam][q].solved > 0)
        fprintf(f, "begingroup save p; path p; gdata(\"retention-%s.d\", s, " @/
          "augment.p(s1, s2);) gdraw p style(%d); gdraw p plot mark%d; " @/
          "endgroup;\n", family_file[fam], fam, fam);
    fprintf(f, "glabel.top(btex $p=%zu$%s etex, OUT);\n" @/
      "glabel.bot(btex \\sevenrm runs of distractors etex, OUT);\n" @/
      "glabel.lft(btex \\sevenrm kept etex rotated 90, OUT);\nendgraph;\n" @/
      "draw P shifted (%d*(pw+0.55in), -%d*(ph+0.62in));\n", exp_lags[q],
      exp_lags[q] >= 200 ? ", \\sevenrm no $f$" : "", panel % 4, panel / 4);
    panel++;
  }
  for (int fam = 0, k = 0; fam < EXP_FAMILIES; fam++)
    if (legend >> fam & 1) {
      fprintf(f, "pair L; L := (%d*(pw+0.55in), -ph-0.62in-0.55in-%d*12pt);\n" @/
        "draw L--(L+(24pt,0)) style(%d); draw mark%d shifted " @/
        "(L+(12pt,0));\nlabel.rt(btex \\tt %s etex, L+(26pt,0));\n",
        k % 4, k / 4, fam, fam, family_label[fam]);
      k++;
    }
  fprintf(f, "endfig;\n");
}

@ @<Write the blocks of the retention data file of method |fam|@>=
{
  char path[1024];
  out_file o;
  int blocks = 0;
  snprintf(path, sizeof path, "%s/retention-%s.d", dir, family_file[fam]);
  if (out_open(&o, path, err) != LSTM_OK) return -1;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &cells[0][fam][q];
    if (c->solved == 0) continue;
    for (int r = 0; r < 5; r++)
      fprintf(o.f, "%d %.17g\n", times[r], r ? (double)c->kept[r - 1] /
        c->solved : 1.0);
    fprintf(o.f, "\n");
    blocks++;
  }
  if (out_commit(&o, err) != LSTM_OK) return -1;
  if (blocks) legend |= 1 << fam;
}

@*1 Claims checked by the build.
A sentence of this chapter that says ``every'', ``none'', ``fewer'' or
``worst'' is a statement about the committed results, and the results
can change: a grid run again with another compiler, a method repaired, a
seed added. So each such sentence has beside it, in the web, a {\it
claim\/}: a label, the sentence, and a predicate on the results that
holds exactly when the sentence is true. \.{lstm experiments --claims
BOOK} reads the results of \.{BOOK/experiments} and the measurements of
\.{BOOK/bias.txt}, evaluates every claim, and prints one line per claim;
when one no longer holds it names the label, the sentence and the datum
that contradicts it, and the command fails; |check_claims| does it, and
|claim| reports each. \.{make claims} runs it on
the committed data, and \.{make test} runs \.{make claims}, so that a
book whose data stop supporting its text does not pass its tests. The
numbers of the sentences are not claims: they are macros that the
report writes from the same data (\.{\\expv}), and cannot disagree with
them.
@^claims@>

Any chapter can add claims: it writes, beside its sentence, a code part
$$\hbox{\.{@@<Check the claims of the book@@>=}}$$
holding a call of |claim| with its label, its sentence and a predicate.
The predicates below answer the usual questions about a grid; a chapter
with data of its own adds a reader for them to |check_claims| and
predicates of its own beside those.

@<Declarations of the command@>=
typedef struct {
  char name[16]; /* \.{zero}, \.{minustwo} or \.{default} */
  double bias; /* $b_i$ */
  int seed, trained, solved; /* the run, and what became of it */
  double sequences, drift, separation, cells, error0; /* its numbers */
} exp_bias_net; /* a line of \.{bias.txt} */
#define EXP_BIAS_NETS 64
typedef struct {
  const exp_report *rep; /* the grids' results */
  exp_bias_net bias[EXP_BIAS_NETS]; /* the lines of \.{bias.txt} */
  int nbias; /* how many */
  int checked, failed; /* claims checked, and those that failed */
  char datum[256]; /* what the last predicate found against its claim */
} exp_claims;
static int check_claims(const char *book);
static int read_bias(const char *book, exp_claims *ck);
static const exp_cell *cell_at(const exp_report *rep, int kind, int fam,
  size_t p);
static int all_solved(exp_claims *ck, int kind, int fam, size_t from,
  size_t to);
static int none_solved(exp_claims *ck, int kind, int fam, size_t from,
  size_t to);
static int same_runs(exp_claims *ck, int kind, int a, int b);
static int fewer_sequences(exp_claims *ck, int a, int b, size_t from,
  size_t to);
static int kept_all(exp_claims *ck, int fam, size_t from, size_t to, int r);
static int keeps_least(exp_claims *ck, int fam, int r);
static double diag_largest(exp_claims *ck, int every, int fam, size_t p,
  int k);
static double diag_smallest(exp_claims *ck, int every, int fam, size_t p,
  int k);
static double diag_median(exp_claims *ck, int every, int fam, size_t p,
  int k);
static int grows_slowly(exp_claims *ck, int fam, size_t from, size_t to);
static int fewer_kept(exp_claims *ck, int fam, size_t p, size_t q, int r);
static int less_time(exp_claims *ck, int a, int b, size_t p);
static int none_all_solved(exp_claims *ck, int kind, size_t p);
static int medians_below(exp_claims *ck, int kind, int fam, double bound);
static int other_below(exp_claims *ck, int t, double bound);
static int sens_least(exp_claims *ck);
static int sens_all(exp_claims *ck, int c);
static int sens_missing(exp_claims *ck, int c);
static int sens_most_missing(exp_claims *ck);
static int sens_repeats(exp_claims *ck, int m);
static int sens_faster(exp_claims *ck, int m);
static int medians_within(exp_claims *ck, int a, int b, double factor);
static double bias_extreme(exp_claims *ck, int trained, int solved,
  int bias, int k, int largest);
static int bias_ordered(exp_claims *ck, int k);
static int bias_outcome(exp_claims *ck);
static char *book_path(const char *book, const char *name);
static void claim(exp_claims *ck, const char *label, const char *sentence,
  int holds);

@ |claim| counts the claim and reports it when it fails; the predicate,
evaluated before the call, has written into |ck->datum| what it found.

@<Subcommands@>=
static void claim(exp_claims *ck, const char *label, const char *sentence,
  int holds)
{
  ck->checked++;
  if (holds) printf("holds: %s\n", label);
  else {
    ck->failed++;
    printf("FAILS: %s\n", label);
    fprintf(stderr, "lstm experiments: the claim '%s' no longer holds:\n" @/
      "  \"%s\"\n  found: %s\n", label, sentence, ck->datum);
  }
  ck->datum[0] = '\0';
}

@ |check_claims| reads the three results files as the report does, and
the measurements of the input-gate bias; the file names are made to the
length of |book|.

@<Subcommands@>=
static char *book_path(const char *book, const char *name)
{
  size_t len = strlen(book) + strlen(name) + 2;
  char *path = malloc(len);
  if (path) snprintf(path, len, "%s/%s", book, name);
  return path;
}
@#
static int check_claims(const char *book)
{
  static exp_report rep;
  static exp_claims checks;
  exp_claims *ck = &checks;
  static const char *file[3] = {"experiments/results.txt",
    "experiments/results-long.txt", "experiments/results-sensitivity.txt"};
  memset(&rep, 0, sizeof rep);
  memset(ck, 0, sizeof *ck);
  ck->rep = &rep;
  for (int k = 0; k < 3; k++) {
    char *path = book_path(book, file[k]);
    int status;
    if (!path) {
      fprintf(stderr, "lstm experiments: out of memory\n");
      return 1;
    }
    status = read_results(path, &rep, 1, k == 2);
    free(path);
    if (status != 0) return 1;
  }
  qsort(rep.diag, (size_t)rep.ndiag, sizeof *rep.diag, compare_diag);
  if (read_bias(book, ck) != 0) return 1;
  @<Check the claims of the book@>;
  printf("%d claims checked, %d fail\n", ck->checked, ck->failed);
  return ck->failed ? 1 : 0;
}

@ \.{bias.txt} has one network a line, in pairs of a name and a value,
as \.{book/bias.sh} writes it; a line that cannot be read, or a value
that is not a finite number, stops the check.

@<Subcommands@>=
static int read_bias(const char *book, exp_claims *ck)
{
  char line[1024], *path = book_path(book, "bias.txt");
  FILE *in = path ? fopen(path, "r") : NULL;
  int good = 1;
  if (!in) {
    fprintf(stderr, "%s: cannot read the measurements\n", path ? path : book);
    free(path);
    return 1;
  }
  while (good && fgets(line, sizeof line, in) && ck->nbias < EXP_BIAS_NETS) {
    exp_bias_net *b = &ck->bias[ck->nbias++];
    int fields = 0;
    for (char *word = strtok(line, " \n"); word; word = strtok(NULL, " \n")) {
      char *value = strtok(NULL, " \n"), *end;
      double v;
      if (!value) { good = 0; break; }
      v = strtod(value, &end);
      if (strcmp(word, "network") == 0) {
        snprintf(b->name, sizeof b->name, "%s", value);
        fields++;
        continue;
      }
      if (*end || !isfinite(v)) { good = 0; break; }
      if (strcmp(word, "bias") == 0) b->bias = v, fields++;
      else if (strcmp(word, "seed") == 0) b->seed = (int)v, fields++;
      else if (strcmp(word, "trained") == 0) b->trained = v != 0, fields++;
      else if (strcmp(word, "solved") == 0) b->solved = v != 0, fields++;
      else if (strcmp(word, "sequences") == 0) b->sequences = v, fields++;
      else if (strcmp(word, "drift") == 0) b->drift = v, fields++;
      else if (strcmp(word, "separation") == 0) b->separation = v, fields++;
      else if (strcmp(word, "cells") == 0) b->cells = v, fields++;
      else if (strcmp(word, "error0") == 0) b->error0 = v, fields++;
    }
    if (fields != 10) good = 0;
  }
  fclose(in);
  if (!good || ck->nbias == 0)
    fprintf(stderr, "%s:%d: not a line of measurements\n", path, ck->nbias);
  free(path);
  return good && ck->nbias > 0 ? 0 : 1;
}

@ The predicates on the grids. A cell is found by protocol |kind|,
method |fam| and lag |p|; |all_solved| and |none_solved| hold when every
run (no run) of method |fam| at the lags from |from| to |to| was solved,
and there was at least one such run; |same_runs| when two methods needed
the same sequences, run for run, at every lag; |fewer_sequences| when the
median of |a| is below that of |b| at every lag from |from| to |to| where
both solved runs; |kept_all| when every solved network of |fam| at those
lags kept the memory over the probe |r| (0 to 3 for 2, 5, 10 and 100 runs
of distractors). Each writes into |ck->datum| the cell that contradicts
it.

@<Subcommands@>=
static const exp_cell *cell_at(const exp_report *rep, int kind, int fam,
  size_t p)
{
  for (int q = 0; q < EXP_LAGS; q++)
    if (exp_lags[q] == p) return &rep->cells[kind][fam][q];
  return NULL;
}
@#
static int count_solved(exp_claims *ck, int kind, int fam, size_t from,
  size_t to, int all)
{
  int seen = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &ck->rep->cells[kind][fam][q];
    if (exp_lags[q] < from || exp_lags[q] > to || c->runs == 0) continue;
    seen++;
    if (all ? c->solved != c->runs : c->solved != 0) {
      snprintf(ck->datum, sizeof ck->datum, "%s at p = %zu solved %d of %d " @/
        "runs", family_name[fam], exp_lags[q], c->solved, c->runs);
      return 0;
    }
  }
  if (!seen)
    snprintf(ck->datum, sizeof ck->datum, "no run of %s at p = %zu to %zu",
      family_name[fam], from, to);
  return seen > 0;
}
@#
static int all_solved(exp_claims *ck, int kind, int fam, size_t from,
  size_t to)
{
  return count_solved(ck, kind, fam, from, to, 1);
}
@#
static int none_solved(exp_claims *ck, int kind, int fam, size_t from,
  size_t to)
{
  return count_solved(ck, kind, fam, from, to, 0);
}
@#
static int same_runs(exp_claims *ck, int kind, int a, int b)
{
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *x = &ck->rep->cells[kind][a][q],
      *y = &ck->rep->cells[kind][b][q];
    double u[EXP_MAX_RUNS], v[EXP_MAX_RUNS];
    int same = x->runs == y->runs && x->solved == y->solved;
    if (x->runs == 0 || y->runs == 0) continue; /* one was not run here */
    if (same && x->solved > 0) {
      memcpy(u, x->needed, (size_t)x->solved * sizeof *u);
      memcpy(v, y->needed, (size_t)y->solved * sizeof *v);
      qsort(u, (size_t)x->solved, sizeof *u, compare_double);
      qsort(v, (size_t)y->solved, sizeof *v, compare_double);
      same = memcmp(u, v, (size_t)x->solved * sizeof *u) == 0;
    }
    if (!same) {
      snprintf(ck->datum, sizeof ck->datum, "at p = %zu %s solved %d of %d " @/
        "and %s %d of %d, or after other numbers of sequences", exp_lags[q],
        family_name[a], x->solved, x->runs, family_name[b], y->solved,
        y->runs);
      return 0;
    }
  }
  return 1;
}
@#
static int fewer_sequences(exp_claims *ck, int a, int b, size_t from,
  size_t to)
{
  int seen = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *x = &ck->rep->cells[0][a][q], *y = &ck->rep->cells[0][b][q];
    double mx, my;
    if (exp_lags[q] < from || exp_lags[q] > to || !x->solved || !y->solved)
      continue;
    seen++;
    mx = quantile(x->needed, x->solved, 0.5);
    my = quantile(y->needed, y->solved, 0.5);
    if (!(mx < my)) {
      snprintf(ck->datum, sizeof ck->datum, "at p = %zu the median of %s " @/
        "is %.0f sequences, of %s %.0f", exp_lags[q], family_name[a], mx,
        family_name[b], my);
      return 0;
    }
  }
  if (!seen) snprintf(ck->datum, sizeof ck->datum, "no lag to compare");
  return seen > 0;
}
@#
static int kept_all(exp_claims *ck, int fam, size_t from, size_t to, int r)
{
  int seen = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &ck->rep->cells[0][fam][q];
    if (exp_lags[q] < from || exp_lags[q] > to || c->solved == 0) continue;
    seen++;
    if (c->kept[r] != c->solved) {
      snprintf(ck->datum, sizeof ck->datum, "at p = %zu %d of the %d " @/
        "networks of %s kept the memory", exp_lags[q], c->kept[r],
        c->solved, family_name[fam]);
      return 0;
    }
  }
  if (!seen) snprintf(ck->datum, sizeof ck->datum, "no solved network");
  else snprintf(ck->datum, sizeof ck->datum, "every solved network of %s " @/
    "from p = %zu to %zu kept the memory", family_name[fam], from, to);
  return seen > 0;
}

@ |keeps_least| holds when, at every lag where method |fam| solved runs,
the fraction of its solved networks that kept the memory over probe |r|
is no larger than that of any other method there, and smaller than that
of one of them at one lag at least: the lags are compared one by one,
since the methods were not all run at the same lags. |diag_largest| is
the largest value of field |k| (0 to 3: the error at the last step, at
the others, the drift, the separation) over the runs of a row of the
diagnosis, or $-1$ when there is no such row.

@<Subcommands@>=
static int keeps_least(exp_claims *ck, int fam, int r)
{
  int below = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &ck->rep->cells[0][fam][q];
    if (c->solved == 0) continue;
    for (int g = 0; g < EXP_FAMILIES; g++) {
      const exp_cell *o = &ck->rep->cells[0][g][q];
      if (g == fam || o->solved == 0) continue;
      if ((double)c->kept[r] / c->solved > (double)o->kept[r] / o->solved) {
        snprintf(ck->datum, sizeof ck->datum, "at p = %zu %s kept %d of %d " @/
          "and %s %d of %d", exp_lags[q], family_name[fam], c->kept[r],
          c->solved, family_name[g], o->kept[r], o->solved);
        return 0;
      }
      below += (double)c->kept[r] / c->solved < (double)o->kept[r] / o->solved;
    }
  }
  if (!below) snprintf(ck->datum, sizeof ck->datum, "%s is never below " @/
    "another method", family_name[fam]);
  return below > 0;
}
@#
static double diag_largest(exp_claims *ck, int every, int fam, size_t p,
  int k)
{
  for (int d = 0; d < ck->rep->ndiag; d++) {
    const exp_diag *g = &ck->rep->diag[d];
    const exp_cell *c = &g->c;
    double big = -1;
    if (g->every != every || g->family != fam || g->lag != p ||
        g->cells != 8 || g->forget != (p < 200)) continue;
    for (int r = 0; r < c->runs; r++)
      big = fmax(big, k == 0 ? c->last_error[r] : k == 1 ? c->other_error[r] :
        k == 2 ? c->drift[r] : c->separation[r]);
    snprintf(ck->datum, sizeof ck->datum, "the largest %s of %s at p = %zu " @/
      "is %.4g", k == 0 ? "error at the last step" : k == 1 ? "error at " @/
      "the other steps" : k == 2 ? "drift" : "separation", family_name[fam],
      p, big);
    return big;
  }
  snprintf(ck->datum, sizeof ck->datum, "no row of %s at p = %zu",
    family_name[fam], p);
  return -1;
}

@ More predicates. |grows_slowly| holds when, between each two
successive lags from |from| to |to|, the median of method |fam| grows by
a smaller factor than the lag; |fewer_kept| when a smaller fraction of
the solved networks of |fam| kept the memory over probe |r| at lag |p|
than at lag |q|; |less_time| when |a| needed a smaller median of
processor seconds than |b| at lag |p|; |none_all_solved| when no method
solved all its runs at lag |p| of protocol |kind|; |medians_below| when
every median of |fam| in protocol |kind| is below |bound|;
|other_below| when every run of the Reber grammar (|t=0|) or the adding
problem (|t=1|) was solved, after a median below |bound|.

@<Subcommands@>=
static int grows_slowly(exp_claims *ck, int fam, size_t from, size_t to)
{
  double last = -1;
  size_t lag = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &ck->rep->cells[0][fam][q];
    double m;
    if (exp_lags[q] < from || exp_lags[q] > to || c->solved == 0) continue;
    m = quantile(c->needed, c->solved, 0.5);
    if (last > 0 && !(m / last < (double)exp_lags[q] / lag)) {
      snprintf(ck->datum, sizeof ck->datum, "the median of %s grows from " @/
        "%.0f at p = %zu to %.0f at p = %zu", family_name[fam], last, lag, m,
        exp_lags[q]);
      return 0;
    }
    last = m;
    lag = exp_lags[q];
  }
  return last > 0;
}
@#
static int fewer_kept(exp_claims *ck, int fam, size_t p, size_t q, int r)
{
  const exp_cell *a = cell_at(ck->rep, 0, fam, p), *b = cell_at(ck->rep, 0,
    fam, q);
  if (!a || !b || !a->solved || !b->solved) {
    snprintf(ck->datum, sizeof ck->datum, "no solved network to compare");
    return 0;
  }
  snprintf(ck->datum, sizeof ck->datum, "%s kept %d of %d at p = %zu and " @/
    "%d of %d at p = %zu", family_name[fam], a->kept[r], a->solved, p,
    b->kept[r], b->solved, q);
  return (double)a->kept[r] / a->solved < (double)b->kept[r] / b->solved;
}
@#
static int less_time(exp_claims *ck, int a, int b, size_t p)
{
  const exp_cell *x = cell_at(ck->rep, 0, a, p), *y = cell_at(ck->rep, 0, b,
    p);
  double sx, sy;
  if (!x || !y || !x->solved || !y->solved) {
    snprintf(ck->datum, sizeof ck->datum, "no solved run at p = %zu", p);
    return 0;
  }
  sx = quantile(x->seconds, x->solved, 0.5);
  sy = quantile(y->seconds, y->solved, 0.5);
  snprintf(ck->datum, sizeof ck->datum, "%s %.3g s and %s %.3g s at " @/
    "p = %zu", family_name[a], sx, family_name[b], sy, p);
  return sx < sy;
}
@#
static int none_all_solved(exp_claims *ck, int kind, size_t p)
{
  int seen = 0;
  for (int fam = 0; fam < EXP_FAMILIES; fam++) {
    const exp_cell *c = cell_at(ck->rep, kind, fam, p);
    if (!c || c->runs == 0) continue;
    seen++;
    if (c->solved == c->runs) {
      snprintf(ck->datum, sizeof ck->datum, "%s solved %d of %d at p = %zu",
        family_name[fam], c->solved, c->runs, p);
      return 0;
    }
  }
  return seen > 0;
}
@#
static int medians_below(exp_claims *ck, int kind, int fam, double bound)
{
  int seen = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *c = &ck->rep->cells[kind][fam][q];
    double m;
    if (c->solved == 0) continue;
    seen++;
    if (!((m = quantile(c->needed, c->solved, 0.5)) < bound)) {
      snprintf(ck->datum, sizeof ck->datum, "the median of %s at p = %zu " @/
        "is %.0f", family_name[fam], exp_lags[q], m);
      return 0;
    }
  }
  return seen > 0;
}
@#
static int other_below(exp_claims *ck, int t, double bound)
{
  const exp_cell *c = &ck->rep->other[t];
  double m = c->solved ? quantile(c->needed, c->solved, 0.5) : -1;
  snprintf(ck->datum, sizeof ck->datum, "%s: %d of %d solved, median %.0f",
    t ? "adding" : "reber", c->solved, c->runs, m);
  return c->runs > 0 && c->solved == c->runs && m < bound;
}

@ |medians_within| holds when, at every lag where both methods solved
runs with the target at the last step, the medians of |a| and |b| differ
by less than |factor|.

@<Subcommands@>=
static int medians_within(exp_claims *ck, int a, int b, double factor)
{
  int seen = 0;
  for (int q = 0; q < EXP_LAGS; q++) {
    const exp_cell *x = &ck->rep->cells[0][a][q], *y = &ck->rep->cells[0][b][q];
    double mx, my;
    if (!x->solved || !y->solved) continue;
    seen++;
    mx = quantile(x->needed, x->solved, 0.5);
    my = quantile(y->needed, y->solved, 0.5);
    if (!(mx < factor * my && my < factor * mx)) {
      snprintf(ck->datum, sizeof ck->datum, "at p = %zu the medians of %s " @/
        "and %s are %.0f and %.0f", exp_lags[q], family_name[a],
        family_name[b], mx, my);
      return 0;
    }
  }
  return seen > 0;
}

@ The rows of the diagnosis: |diag_smallest| and |diag_median| are the
smallest and the median value of field |k| over the runs of a row, as
|diag_largest| is the largest, or $-1$ when there is no such row.

@<Subcommands@>=
static double diag_field(exp_claims *ck, int every, int fam, size_t p, int k,
  double q)
{
  for (int d = 0; d < ck->rep->ndiag; d++) {
    const exp_diag *g = &ck->rep->diag[d];
    const exp_cell *c = &g->c;
    double v;
    if (g->every != every || g->family != fam || g->lag != p ||
        g->cells != 8 || g->forget != (p < 200) || c->runs == 0) continue;
    v = quantile(k == 0 ? c->last_error : k == 1 ? c->other_error : k == 2 ?
      c->drift : c->separation, c->runs, q);
    snprintf(ck->datum, sizeof ck->datum, "the %s %s of %s at p = %zu " @/
      "(targets %s) is %.4g", q == 0 ? "smallest" : "median", k == 0 ?
      "error at the last step" : k == 1 ? "error at the other steps" : k ==
      2 ? "drift" : "separation", family_name[fam], p, every ? "every" :
      "last", v);
    return v;
  }
  snprintf(ck->datum, sizeof ck->datum, "no row of %s at p = %zu",
    family_name[fam], p);
  return -1;
}
@#
static double diag_smallest(exp_claims *ck, int every, int fam, size_t p,
  int k)
{
  return diag_field(ck, every, fam, p, k, 0);
}
@#
static double diag_median(exp_claims *ck, int every, int fam, size_t p,
  int k)
{
  return diag_field(ck, every, fam, p, k, 0.5);
}

@ The sensitivity grid: |sens_least| is the fewest runs solved in a cell
(of either method), |sens_all| holds when both methods solved every run
at every rate with the constant |c|, |sens_missing| counts the runs not
solved with |c|, |sens_most_missing| is the most runs not solved in one
cell, and |sens_repeats| holds when the cell of the defaults ($\omega=1$,
rate 0.01) of method |m| needed the same sequences, run for run, as the
main grid at $p=100$; |sens_faster| when, with $\omega=1$, the rate 0.03
needed a smaller median than the rate 0.01.

@<Subcommands@>=
static int sens_least(exp_claims *ck)
{
  int least = EXP_MAX_RUNS + 1;
  for (int c = 0; c < EXP_SENS_C; c++)
    for (int r = 0; r < EXP_SENS_RATES; r++)
      for (int m = 0; m < 2; m++) {
        const exp_cell *e = &ck->rep->sens[c][r][m];
        if (e->solved < least) {
          least = e->solved;
          snprintf(ck->datum, sizeof ck->datum, "%s with c = %d and rate " @/
            "%s solved %d of %d", family_name[3 * m], c, sens_rate_name[r],
            e->solved, e->runs);
        }
      }
  return least;
}
@#
static int sens_missing(exp_claims *ck, int c)
{
  int missing = 0, runs = 0;
  for (int r = 0; r < EXP_SENS_RATES; r++)
    for (int m = 0; m < 2; m++) {
      missing += ck->rep->sens[c][r][m].runs - ck->rep->sens[c][r][m].solved;
      runs += ck->rep->sens[c][r][m].runs;
    }
  snprintf(ck->datum, sizeof ck->datum, "with c = %d, %d of %d runs not " @/
    "solved", c, missing, runs);
  return runs > 0 ? missing : -1;
}
@#
static int sens_all(exp_claims *ck, int c)
{
  return sens_missing(ck, c) == 0;
}
@#
static int sens_most_missing(exp_claims *ck)
{
  int most = 0;
  for (int c = 0; c < EXP_SENS_C; c++)
    for (int r = 0; r < EXP_SENS_RATES; r++)
      for (int m = 0; m < 2; m++) {
        const exp_cell *e = &ck->rep->sens[c][r][m];
        if (e->runs - e->solved > most) {
          most = e->runs - e->solved;
          snprintf(ck->datum, sizeof ck->datum, "%s with c = %d and rate %s " @/
            "left %d of %d unsolved", family_name[3 * m], c, sens_rate_name[r],
            most, e->runs);
        }
      }
  return most;
}
@#
static int sens_faster(exp_claims *ck, int m)
{
  const exp_cell *a = &ck->rep->sens[1][2][m], *b = &ck->rep->sens[1][1][m];
  double x = a->solved ? quantile(a->needed, a->solved, 0.5) : -1,
    y = b->solved ? quantile(b->needed, b->solved, 0.5) : -1;
  snprintf(ck->datum, sizeof ck->datum, "%s with c = 1: median %.0f at " @/
    "rate 0.03, %.0f at 0.01", family_name[3 * m], x, y);
  return x > 0 && y > 0 && x < y;
}
@#
static int sens_repeats(exp_claims *ck, int m)
{
  const exp_cell *e = &ck->rep->sens[1][1][m],
    *g = cell_at(ck->rep, 0, 3 * m, EXP_SENS_LAG);
  double u[EXP_MAX_RUNS], v[EXP_MAX_RUNS];
  snprintf(ck->datum, sizeof ck->datum, "%s: %d of %d solved in the " @/
    "sensitivity grid, %d of %d in the main grid, or after other numbers " @/
    "of sequences", family_name[3 * m], e->solved, e->runs, g ? g->solved :
    0, g ? g->runs : 0);
  if (!g || e->runs == 0 || e->runs != g->runs || e->solved != g->solved)
    return 0;
  memcpy(u, e->needed, (size_t)e->solved * sizeof *u);
  memcpy(v, g->needed, (size_t)g->solved * sizeof *v);
  qsort(u, (size_t)e->solved, sizeof *u, compare_double);
  qsort(v, (size_t)g->solved, sizeof *v, compare_double);
  return memcmp(u, v, (size_t)e->solved * sizeof *u) == 0;
}

@ The predicates on the networks of \.{bias.txt}, which the training
chapter's claims about the input-gate bias use. |bias_extreme| is the
largest (|largest| set) or smallest value of field |k| (0 the drift, 1
the separation, 2 the cells apart, 3 the error at step 0) over the
networks trained or not (|trained|), solved or not (|solved|, or $-1$
for both), of bias |bias| (0 for all three biases, or $-2$, or 1 for
the default $-1-\ln p$), or $-1$ when there is none; |bias_ordered|
holds when, for every seed, field |k| before training is smaller with
the default bias than with $-2$, and smaller with $-2$ than with 0;
|bias_outcome| when the default and $-2$ solved all their runs, 0 fewer,
and the default after a smaller median than $-2$.

@<Subcommands@>=
static int bias_is(const exp_bias_net *b, int bias)
{
  const double dflt = -1 - log(100.0);
  return bias == 0 || (bias == 1 ? fabs(b->bias - dflt) < 1e-9 :
    fabs(b->bias - bias) < 1e-9);
}
@#
static double bias_field(const exp_bias_net *b, int k)
{
  return k == 0 ? b->drift : k == 1 ? b->separation : k == 2 ? b->cells :
    b->error0;
}
@#
static double bias_extreme(exp_claims *ck, int trained, int solved,
  int bias, int k, int largest)
{
  double v = -1;
  static const char *field[4] = {"drift", "separation", "cells apart",
    "error at step 0"};
  for (int n = 0; n < ck->nbias; n++) {
    const exp_bias_net *b = &ck->bias[n];
    double x = bias_field(b, k);
    if (b->trained != trained || (solved >= 0 && b->solved != solved) ||
        !bias_is(b, bias)) continue;
    if (v < 0 || (largest ? x > v : x < v)) {
      v = x;
      snprintf(ck->datum, sizeof ck->datum, "the %s %s is %.4g, of the " @/
        "network %s", largest ? "largest" : "smallest", field[k], x, b->name);
    }
  }
  if (v < 0) snprintf(ck->datum, sizeof ck->datum, "no such network");
  return v;
}
@#
static int bias_ordered(exp_claims *ck, int k)
{
  int seen = 0;
  for (int seed = 1; seed <= EXP_SEEDS; seed++) {
    double v[3] = {-1, -1, -1}; /* the default, $-2$, 0 */
    for (int n = 0; n < ck->nbias; n++) {
      const exp_bias_net *b = &ck->bias[n];
      if (b->trained || b->seed != seed) continue;
      v[bias_is(b, 1) ? 0 : bias_is(b, -2) ? 1 : 2] = bias_field(b, k);
    }
    if (v[0] < 0 && v[1] < 0 && v[2] < 0) continue;
    seen++;
    if (!(v[0] >= 0 && v[0] < v[1] && v[1] < v[2])) {
      snprintf(ck->datum, sizeof ck->datum, "seed %d: %.3g with the " @/
        "default, %.3g with -2, %.3g with 0", seed, v[0], v[1], v[2]);
      return 0;
    }
  }
  if (!seen) snprintf(ck->datum, sizeof ck->datum, "no untrained network");
  return seen > 0;
}
@#
static int bias_outcome(exp_claims *ck)
{
  int runs[3] = {0, 0, 0}, solved[3] = {0, 0, 0}, count[3] = {0, 0, 0};
  double need[3][EXP_MAX_RUNS], med[3];
  for (int n = 0; n < ck->nbias; n++) {
    const exp_bias_net *b = &ck->bias[n];
    int g = bias_is(b, 1) ? 0 : bias_is(b, -2) ? 1 : 2;
    if (!b->trained) continue;
    runs[g]++;
    if (b->solved && count[g] < EXP_MAX_RUNS)
      need[g][count[g]++] = b->sequences;
    solved[g] += b->solved;
  }
  for (int g = 0; g < 3; g++)
    med[g] = count[g] ? quantile(need[g], count[g], 0.5) : -1;
  snprintf(ck->datum, sizeof ck->datum, "solved %d of %d with the default " @/
    "(median %.0f), %d of %d with -2 (median %.0f), %d of %d with 0",
    solved[0], runs[0], med[0], solved[1], runs[1], med[1], solved[2],
    runs[2]);
  return runs[0] > 0 && solved[0] == runs[0] && runs[1] > 0 &&
    solved[1] == runs[1] && solved[2] < runs[2] && med[0] < med[1];
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
