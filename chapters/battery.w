@* The 1997 experiments, one by one.
BATTERY-PROSE-PLACEHOLDER

@*1 The battery's grid.
The battery is a list of command lines for \.{lstm train}, one per run,
which \.{lstm experiments --list-battery DIR} prints and \.{make
experiments-battery} runs with \.{xargs}, collecting the summary lines in
\.{book/experiments/results-battery.txt}. Each row of the grid is one
setting of one of the paper's tables: its experiment, a key that names
it in the report, the arguments of the task, the number of seeds, and
whether exact RTRL is affordable. Every setting is run with BPTT, the
internal RTRL of 1997, SnAp-1 and UORO, each with the task's defaults;
exact RTRL, whose step costs $O(n^4)$ (the chapter on speed), is run
where the network is small and the sequences short enough for ten
seeds to take minutes, not hours. Ten seeds (1 to 10) where $T\le100$,
three (1 to 3) at $T=500$ and $T=1000$.
@^battery of experiments@>

@<Declarations of the command@>=
typedef struct {
  const char *exp; /* the paper's experiment, e.g.\ \.{3b} */
  const char *key; /* the setting's name in the report */
  const char *args; /* the arguments of \.{lstm train} */
  int seeds; /* runs per method */
  int rtrl; /* whether exact RTRL is run too */
} bat_row;
static const bat_row bat_rows[] = {@/
  {"1", "reber", "--task reber", 10, 1},@/
  {"3a", "twoseq-a-3-100", "--task twoseq --variant a --relevant 3 --lag 100",
    10, 1},@/
  {"3a", "twoseq-a-1-100", "--task twoseq --variant a --relevant 1 --lag 100",
    10, 1},@/
  {"3a", "twoseq-a-3-1000",
    "--task twoseq --variant a --relevant 3 --lag 1000", 3, 0},@/
  {"3b", "twoseq-b-3-100", "--task twoseq --variant b --relevant 3 --lag 100",
    10, 1},@/
  {"3b", "twoseq-b-1-100", "--task twoseq --variant b --relevant 1 --lag 100",
    10, 1},@/
  {"3b", "twoseq-b-1-1000",
    "--task twoseq --variant b --relevant 1 --lag 1000", 3, 0},@/
  {"3c", "twoseq-c-3-100", "--task twoseq --variant c --relevant 3 --lag 100",
    10, 1},@/
  {"3c", "twoseq-c-1-100", "--task twoseq --variant c --relevant 1 --lag 100",
    10, 1},@/
  {"4", "adding-100", "--task adding --lag 100", 10, 1},@/
  {"4", "adding-500", "--task adding --lag 500", 3, 0},@/
  {"4", "adding-1000", "--task adding --lag 1000", 3, 0},@/
  {"5", "multiply-100", "--task multiply --lag 100", 10, 1},@/
  {"6a", "order-2", "--task order --symbols 2", 10, 0},@/
  {"6b", "order-3", "--task order --symbols 3", 10, 0}};
#define BAT_ROWS (sizeof bat_rows / sizeof bat_rows[0])
#define BAT_METHODS 5
static const char *bat_method[BAT_METHODS] =
  {"bptt", "irtrl", "snap1", "uoro", "rtrl"};

@ The runs come in the order of what they answer, so that a grid cut
short by the clock still answers the most: first BPTT and the internal
RTRL on the settings with $T\le100$, then SnAp-1 and UORO on them, then
the same two passes on the long settings, and exact RTRL last. Within a
pass the settings keep the order of the paper.

@<Print the battery's command lines@>=
for (int pass = 0; pass < 5; pass++)
  for (size_t r = 0; r < BAT_ROWS; r++) {
    const bat_row *row = &bat_rows[r];
    if (pass < 4 && (row->seeds < 10) != (pass >= 2)) continue;
    if (pass == 4 && !row->rtrl) continue;
    for (int me = 0; me < BAT_METHODS; me++) {
      if (pass == 4 ? me != 4 : me / 2 != pass % 2) continue;
      for (int seed = 1; seed <= row->seeds; seed++)
        printf("%s --method %s --seed %d\n", row->args, bat_method[me], seed);
    }
  }

@*1 Reading the battery's results.
\.{lstm experiments --report-battery DIR} reads the summary lines in
\.{DIR/results-battery.txt} and writes \.{DIR/battery.tex}, which this
chapter reads: one table per experiment, and one macro per number of
the text. A summary line is parsed into the setting's key, the method,
and the figures of the run; a line that is not the summary of a run of
the battery is an error that shows it, as in the report of the main
grid.

@<Declarations of the command@>=
typedef struct {
  int runs, solved;
  double needed[EXP_MAX_RUNS], seconds[EXP_MAX_RUNS];
  double first[EXP_MAX_RUNS], wrong[EXP_MAX_RUNS];
} bat_cell;
static int battery_report(const char *dir);
static int bat_parse(const char *line, int *row, int *method, int *solved,
  double fig[4]);

@ The words of a summary line come in pairs after its colon, as for the
main grid. The key is made from the task and its parameters the way the
table of rows writes it.

@<Subcommands@>=
static int bat_parse(const char *line, int *row, int *method, int *solved,
  double fig[4])
{
  char buf[2048], key[64], task[16] = "", meth[32] = "", *colon;
  char variant = 'a';
  unsigned long length = 0, relevant = 1, symbols = 2;
  int good = 1;
  fig[0] = fig[1] = fig[2] = fig[3] = 0;
  if (strlen(line) >= sizeof buf) return 0;
  strcpy(buf, line);
  *solved = strncmp(buf, "solved after ", 13) == 0;
  if (!*solved && strncmp(buf, "not solved after ", 17) != 0) return 0;
  fig[0] = atof(buf + (*solved ? 13 : 17));
  if (!(colon = strchr(buf, ':'))) return 0;
  for (char *word = strtok(colon + 1, " \n"); word; word = strtok(NULL, " \n")) {
    char *value = strtok(NULL, " \n"), *end;
    double v;
    if (!value) break;
    v = strtod(value, &end);
    if (strcmp(word, "task") == 0) snprintf(task, sizeof task, "%s", value);
    else if (strcmp(word, "method") == 0) snprintf(meth, sizeof meth, "%s", value);
    else if (strcmp(word, "variant") == 0) variant = value[0];
    else if (strcmp(word, "length") == 0 || strcmp(word, "relevant") == 0 ||
        strcmp(word, "symbols") == 0 || strcmp(word, "seconds") == 0 ||
        strcmp(word, "first") == 0 || strcmp(word, "wrong") == 0) {
      if (*end || !isfinite(v) || v < 0) good = 0;
      else if (word[0] == 'l') length = (unsigned long)v;
      else if (word[0] == 'r') relevant = (unsigned long)v;
      else if (word[1] == 'y') symbols = (unsigned long)v;
      else if (word[1] == 'e') fig[1] = v;
      else if (word[0] == 'f') fig[2] = v;
      else fig[3] = v;
    }
  }
  if (!good) return 0;
  if (strcmp(task, "twoseq") == 0)
    snprintf(key, sizeof key, "twoseq-%c-%lu-%lu", variant, relevant, length);
  else if (strcmp(task, "order") == 0)
    snprintf(key, sizeof key, "order-%lu", symbols);
  else if (strcmp(task, "reber") == 0) snprintf(key, sizeof key, "reber");
  else snprintf(key, sizeof key, "%s-%lu", task, length);
  *row = *method = -1;
  for (size_t r = 0; r < BAT_ROWS; r++)
    if (strcmp(bat_rows[r].key, key) == 0) *row = (int)r;
  for (int me = 0; me < BAT_METHODS; me++)
    if (strcmp(bat_method[me], meth) == 0) *method = me;
  return *row >= 0 && *method >= 0;
}

@ The report gathers the runs of each setting and method in a cell: the
sequences to success, the processor seconds, the sequences to the
paper's weaker criterion (ST1 of Experiment 3, $n_{\rm seq}=140$ of
Experiment 5) and the errors on 2560 new sequences, each of the solved
runs. A cell holds at most |EXP_MAX_RUNS| runs; more are an error, since
the tables would silently leave them out.

@<Subcommands@>=
static int battery_report(const char *dir)
{
  static bat_cell cell[BAT_ROWS][BAT_METHODS];
  char path[1024], line[2048];
  int count = 0;
  FILE *in;
  memset(cell, 0, sizeof cell);
  snprintf(path, sizeof path, "%s/results-battery.txt", dir);
  if (!(in = fopen(path, "r"))) {
    fprintf(stderr, "%s: cannot read the results\n", path);
    return 1;
  }
  while (fgets(line, sizeof line, in)) {
    int row, me, solved;
    double fig[4];
    bat_cell *c;
    count++;
    if (!bat_parse(line, &row, &me, &solved, fig) ||
        (c = &cell[row][me])->runs == EXP_MAX_RUNS) {
      fprintf(stderr, "%s:%d: a line is not a summary of a run of the " @/
        "battery, or one run too many: '", path, count);
@.a line is not a summary of a run of the battery@>
      @<Show the line, with its unprintable bytes as \.{\\x}$hh$@>;
      fprintf(stderr, "'\n");
      fclose(in);
      return 1;
    }
    c->runs++;
    if (solved) {
      c->needed[c->solved] = fig[0];
      c->seconds[c->solved] = fig[1];
      c->first[c->solved] = fig[2];
      c->wrong[c->solved++] = fig[3];
    }
  }
  fclose(in);
  @<Write \.{battery.tex} into |dir|@>;
  return 0;
}

@ The file is written safely, through a temporary file and a rename, so
that a report that fails leaves the previous one in place.

@<Write \.{battery.tex}...@>=
{
  out_file tables;
  lstm_error err;
  double cpu = 0;
  lstm_error_clear(&err);
  snprintf(path, sizeof path, "%s/battery.tex", dir);
  if (out_open(&tables, path, &err) != LSTM_OK) return report(LSTM_EIO, &err);
  fprintf(tables.f, "%% Written by 'lstm experiments --report-battery'; " @/
    "do not edit.\n");
  for (size_t r = 0; r < BAT_ROWS; r++)
    for (int me = 0; me < BAT_METHODS; me++) {
      bat_write_numbers(tables.f, bat_rows[r].key, bat_method[me],
        &cell[r][me]);
      for (int q = 0; q < cell[r][me].solved; q++) cpu += cell[r][me].seconds[q];
    }
  fprintf(tables.f, "\\def\\batruns{%d}\\def\\batcpuminutes{%.0f}\n", count,
    cpu / 60);
  bat_write_tables(tables.f, cell);
  if (out_commit(&tables, &err) != LSTM_OK) return report(LSTM_EIO, &err);
}

@ Every number of a cell is a macro named by the setting, the method and
the figure, \.{\\csname bat/{\it key\/}/{\it method\/}/{\it
figure\/}\\endcsname}, which the chapter calls as
\.{\\bat\{{\it key\/}\}\{{\it method\/}\}\{{\it figure\/}\}}: \.{runs}
and \.{nsolved}; \.{solved}, written $s/n$; \.{low} and \.{high}, the
Wilson interval; \.{qone}, \.{median} and \.{qthree}, the quartiles of
the sequences to success; \.{first}, the median sequences to the weaker
criterion; \.{wrong}, the median errors of 2560; \.{seconds}, the
median processor seconds. A figure of no solved run is a dash. A cell
with no runs writes nothing, and the chapter's \.{\\bat} stops the
build when it asks for a number that was not written.

@<Declarations of the command@>=
static void bat_write_numbers(FILE *f, const char *key, const char *method,
  const bat_cell *c);
static void bat_write_tables(FILE *f, bat_cell @[cell[][BAT_METHODS]@]);
static void bat_def(FILE *f, const char *key, const char *method,
  const char *fig);

@ @<Subcommands@>=
static void bat_def(FILE *f, const char *key, const char *method,
  const char *fig)
{
  fprintf(f, "\\expandafter\\def\\csname bat/%s/%s/%s\\endcsname{", key,
    method, fig);
}
@#
static void bat_write_numbers(FILE *f, const char *key, const char *method,
  const bat_cell *c)
{
  double lo, hi;
  const char *name[6] = {"qone", "median", "qthree", "first", "wrong",
    "seconds"};
  if (c->runs == 0) return;
  wilson(c->solved, c->runs, &lo, &hi);
  bat_def(f, key, method, "runs"); fprintf(f, "%d}\n", c->runs);
  bat_def(f, key, method, "nsolved"); fprintf(f, "%d}\n", c->solved);
  bat_def(f, key, method, "solved"); fprintf(f, "%d/%d}\n", c->solved, c->runs);
  bat_def(f, key, method, "low"); fprintf(f, "%.2f}\n", lo);
  bat_def(f, key, method, "high"); fprintf(f, "%.2f}\n", hi);
  for (int q = 0; q < 6; q++) {
    const double *v = q < 3 ? c->needed : q == 3 ? c->first : q == 4 ?
      c->wrong : c->seconds;
    bat_def(f, key, method, name[q]);
    if (c->solved == 0) fprintf(f, "--}\n");
    else if (q == 5) fprintf(f, "%.1f}\n", quantile(v, c->solved, 0.5));
    else fprintf(f, "%.0f}\n", quantile(v, c->solved, q < 3 ?
      0.25 * (q + 1) : 0.5));
  }
}

@ A table per experiment: \.{\\batone}, \.{\\batthreea}, \.{\\batthreeb},
\.{\\batthreec}, \.{\\batfour}, \.{\\batfive} and \.{\\batsix}, each
with a row per setting and method: the runs solved and their interval,
the quartiles of the sequences to success, the median of the weaker
criterion where the experiment has one, the median errors of 2560 and
the median seconds.

@<Subcommands@>=
static void bat_write_tables(FILE *f, bat_cell @[cell[][BAT_METHODS]@])
{
  static const char *exps[7] = {"1", "3a", "3b", "3c", "4", "5", "6"};
  static const char *names[7] = {"one", "threea", "threeb", "threec",
    "four", "five", "six"};
  for (int e = 0; e < 7; e++) {
    const int weak = e >= 1 && e <= 3 ? 1 : e == 5;
    fprintf(f, "\\def\\bat%s{\\vbox{\\offinterlineskip\\halign{" @/
      "\\strut##\\hfil\\quad&\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n",
      names[e]);
    fprintf(f, "setting&\\rm method&solved&95\\%% interval&" @/
      "quartiles of sequences&%swrong&seconds\\cr\\noalign{\\hrule}\n",
      weak ? (e == 5 ? "$n_{\\rm seq}=140$&" : "ST1&") : "");
    for (size_t r = 0; r < BAT_ROWS; r++) {
      const bat_row *row = &bat_rows[r];
      if (strncmp(row->exp, exps[e], strlen(exps[e])) != 0) continue;
      for (int me = 0; me < BAT_METHODS; me++) {
        const bat_cell *c = &cell[r][me];
        double lo, hi;
        if (c->runs == 0) continue;
        wilson(c->solved, c->runs, &lo, &hi);
        @<Write the setting's name, in the paper's terms@>;
        fprintf(f, "&%s&%d/%d&$[%.2f,%.2f]$", bat_method[me], c->solved,
          c->runs, lo, hi);
        if (c->solved == 0) fprintf(f, "&--%s&--&--\\cr\n", weak ? "&--" : "");
        else {
          fprintf(f, "&%.0f, {\\bf %.0f}, %.0f",
            quantile(c->needed, c->solved, 0.25),
            quantile(c->needed, c->solved, 0.5),
            quantile(c->needed, c->solved, 0.75));
          if (weak) fprintf(f, "&%.0f", quantile(c->first, c->solved, 0.5));
          fprintf(f, "&%.0f&%.1f\\cr\n", quantile(c->wrong, c->solved, 0.5),
            quantile(c->seconds, c->solved, 0.5));
        }
      }
    }
    fprintf(f, "}}}\n");
  }
}

@ The setting is named as the paper's tables name it: $T$ and $N$ for
the two-sequence problem, $T$ for the adding and multiplication
problems, the task for temporal order; it is written on the first row
of its methods only.

@<Write the setting's name...@>=
{
  int shown = 0;
  for (int m2 = 0; m2 < me; m2++) shown |= cell[r][m2].runs > 0;
  if (shown) {}
  else if (row->key[0] == 't')
    fprintf(f, "$T=%s$, $N=%c$", strrchr(row->key, '-') + 1, row->key[9]);
  else if (row->key[0] == 'o') fprintf(f, "%s", row->exp);
  else if (row->key[0] == 'r') fprintf(f, "Reber");
  else fprintf(f, "$T=%s$", strrchr(row->key, '-') + 1);
}
