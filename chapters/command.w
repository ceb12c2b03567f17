@* The \.{lstm} command.
The library is used by the command \.{lstm}, which a reader runs to see
the book's computations. It has subcommands, in the manner of \.{git}:
\.{lstm example} runs the worked example, and later sections add more.
Every subcommand answers \.{--help}; \.{lstm --help} lists them and
\.{lstm --version} prints the version. The command is the only part of
the program that prints an error or chooses an exit status: 0 for
success, 1 for bad data (a malformed file, a file that cannot be read),
2 for a wrong use of the command, and 3 for a gradient check that
fails.
@^exit status@>

@(generated/main.c@>=
#define _POSIX_C_SOURCE 200809L /* for |isatty|, the one POSIX call */
#include "lstm.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>
@<Declarations of the command@>@;
@<Subcommands@>@;
@<The table of subcommands@>@;
@<The main program@>@;

@ The version of the program and of the file formats.

@<Public constants@>=
#define LSTM_VERSION "0.1.0"

@ Each subcommand is a row of a table: its name, a one-line summary, and
the function that runs it, which gets the arguments after the name and
returns the exit status.

@<Declarations of the command@>=
typedef struct lstm_command {
  const char *name;
  const char *summary;
  int (*run)(int argc, char **argv);
} lstm_command;
static int report(int status, const lstm_error *err);
static int wants_help(int argc, char **argv);

@ @<The table of subcommands@>=
static const lstm_command commands[] = {
  @<Rows of the table of subcommands@>@;
};
static const size_t command_count = sizeof commands / sizeof commands[0];

@ |main| finds the subcommand and runs it. Standard output is checked
once at the end, so that a full disk or a closed pipe is reported rather
than ignored.

@<The main program@>=
int main(int argc, char **argv)
{
  int status = 2;
  if (argc < 2 || strcmp(argv[1], "--help") == 0 ||
      strcmp(argv[1], "-h") == 0) {
    @<Print the list of subcommands@>;
    return argc < 2 ? 2 : 0;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("lstm %s\n", LSTM_VERSION);
    return 0;
  }
  for (size_t c = 0; c < command_count; c++)
    if (strcmp(argv[1], commands[c].name) == 0) {
      status = commands[c].run(argc - 2, argv + 2);
      @<Make sure standard output was written@>;
      return status;
    }
  fprintf(stderr, "lstm: unknown command '%s'; try 'lstm --help'\n",
    argv[1]);
@.unknown command@>
  return 2;
}

@ Without arguments the list goes to standard error, since it is then an
answer to a mistake, and the status is 2.

@<Print the list of subcommands@>=
{
  FILE *f = argc < 2 ? stderr : stdout;
  fprintf(f, "usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
  for (size_t c = 0; c < command_count; c++)
    fprintf(f, "  %-10s %s\n", commands[c].name, commands[c].summary);
  fprintf(f, "\n'lstm COMMAND --help' describes a command; "
    "'lstm --version' prints the version.\n");
}

@ @<Make sure standard output was written@>=
if (fflush(stdout) != 0 || ferror(stdout)) {
  fprintf(stderr, "lstm: error writing standard output\n");
@.error writing standard output@>
  return 1;
}

@ |report| prints an error record as one line on standard error, in the
form \.{file:line: message} when the error is about a place in a file,
and returns the exit status that goes with the error.

@<Subcommands@>=
static int report(int status, const lstm_error *err)
{
  if (err->file[0] && err->line > 0)
    fprintf(stderr, "%s:%ld: %s\n", err->file, err->line, err->msg);
  else if (err->file[0])
    fprintf(stderr, "%s: %s\n", err->file, err->msg);
  else
    fprintf(stderr, "lstm: %s\n", err->msg);
  return status == LSTM_EUSAGE ? 2 : 1;
}
@#
static int wants_help(int argc, char **argv)
{
  for (int a = 0; a < argc; a++)
    if (strcmp(argv[a], "--help") == 0 || strcmp(argv[a], "-h") == 0)
      return 1;
  return 0;
}

@ \.{lstm example [--tex]} prints the worked example: every forward
value, delta, gradient entry and updated weight, one per line with 17
digits, or with \.{--tex} the tables of the worked-example chapter.

@<Rows of the table of subcommands@>=
{"example", "run the worked example of the book", cmd_example},

@ @<Declarations of the command@>=
static int cmd_example(int argc, char **argv);

@ @<Subcommands@>=
static int cmd_example(int argc, char **argv)
{
  lstm_error err;
  int status, tex = 0;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    printf("usage: lstm example [--tex]\n"
      "Run the two-step worked example and print every value of the\n"
      "forward and backward pass, the gradient and one SGD step\n"
      "(learning rate 0.1), one value per line; with --tex, print the\n"
      "book's tables instead.\n");
    return 0;
  }
  for (int a = 0; a < argc; a++)
    if (strcmp(argv[a], "--tex") == 0) tex = 1;
    else {
      fprintf(stderr, "lstm example: unknown argument '%s'\n", argv[a]);
@.unknown argument@>
      return 2;
    }
  status = lstm_example_report(stdout, tex, &err);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@*1 Commands that read files.
Three subcommands read a model file and a sequence file, in the formats
of the chapter on files: \.{lstm forward} runs the network over the
sequences, \.{lstm grad} computes the gradient of the loss, and \.{lstm
gradcheck} checks that gradient against central differences. Their
command lines have the same shape: options, then the two files,
$$\hbox{\.{lstm grad [--method }{\it METHOD\/}\.{] }{\it MODEL SEQ}}.$$
An option's value may follow it as the next argument or after an equals
sign (\.{--method=bptt}). Everything that can be wrong with the command
line is checked before a file is opened, and every file is read, and
checked, before anything is printed: on any error standard output stays
empty.
@^command line@>

@<Declarations of the command@>=
typedef struct lstm_options {
  const char *model, *seq; /* the two files */
  const char *method; /* as given to \.{--method}; \.{bptt} by default */
  double eps; /* the step of \.{--eps}; |LSTM_FD_STEP| by default */
  long seed; /* of \.{--seed}, for a seeded method; 1 by default */
  int seed_given; /* whether \.{--seed} was given */
} lstm_options;
#define WITH_METHOD 1
#define WITH_EPS 2
#define WITH_SEED 4
static int parse_options(const char *cmd, int argc, char **argv, int with,
  lstm_options *opt);
static int usage_error(const char *cmd, const char *fmt, const char *what);

@ |parse_options| fills |opt| from the arguments of subcommand |cmd|,
accepting the options named in |with|. It returns 0, or 2 after printing
one line about the mistake.

@<Subcommands@>=
static int parse_options(const char *cmd, int argc, char **argv, int with,
  lstm_options *opt)
{
  int files = 0;
  opt->model = opt->seq = NULL;
  opt->method = "bptt";
  opt->eps = LSTM_FD_STEP;
  opt->seed = 1; opt->seed_given = 0;
  for (int a = 0; a < argc; a++) {
    const char *arg = argv[a];
    if (strncmp(arg, "--", 2) == 0 && arg[2] != '\0') {
      @<Read the option |arg| and its value@>;
    } else if (files == 0) opt->model = arg, files++;
    else if (files == 1) opt->seq = arg, files++;
    else return usage_error(cmd, "expected two files, MODEL and SEQ, "
      "found another argument '%s'", arg);
@.expected two files...@>
  }
  if (files < 2)
    return usage_error(cmd, "expected two files, MODEL and SEQ, found %s",
      files == 0 ? "none" : "only one");
  return 0;
}

@ @<Read the option |arg|...@>=
{
  const char *eq = strchr(arg, '=');
  size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
  const char *val = eq ? eq + 1 : a + 1 < argc ? argv[a + 1] : NULL;
  int is_method = len == 8 && strncmp(arg, "--method", 8) == 0;
  int is_eps = len == 5 && strncmp(arg, "--eps", 5) == 0;
  int is_seed = len == 6 && strncmp(arg, "--seed", 6) == 0;
  char *end;
  if (!((is_method && (with & WITH_METHOD)) || (is_eps && (with & WITH_EPS)) ||
      (is_seed && (with & WITH_SEED))))
    return usage_error(cmd, "unknown option '%s'", arg);
@.unknown option@>
  if (!val) return usage_error(cmd, "expected a value after '%s'", arg);
@.expected a value after...@>
  if (!eq) a++;
  if (is_method) opt->method = val;
  else if (is_seed) {
    if ((opt->seed = parse_seed(val)) < 0)
      return usage_error(cmd, "expected a whole number from 0 to 2147483647 "
        "after --seed, found '%s'", val);
@.expected a whole number from 0...@>
    opt->seed_given = 1;
  } else {
    opt->eps = strtod(val, &end);
    if (end == val || *end != '\0' || !isfinite(opt->eps) || !(opt->eps > 0))
      return usage_error(cmd,
        "expected a positive number after --eps, found '%s'", val);
@.expected a positive number...@>
  }
}

@ A seed is a whole number that fits the parameter of every method on
every machine, below $2^{31}$; |parse_seed| returns it, or $-1$ for
anything else.

@<Declarations of the command@>=
static long parse_seed(const char *val);

@ @<Subcommands@>=
static long parse_seed(const char *val)
{
  char *end;
  unsigned long v;
  if (val[0] < '0' || val[0] > '9') return -1;
  v = strtoul(val, &end, 10);
  return *end != '\0' || v > 2147483647UL ? -1 : (long)v;
}

@ A seeded method, such as \.{uoro}, takes the seed of \.{--seed} as its
parameter; for the others \.{--seed} is a mistake, since it would change
nothing.

@<Declarations of the command@>=
static int method_seed(const char *cmd, const lstm_method *meth,
  const lstm_options *opt, long *param);

@ @<Subcommands@>=
static int method_seed(const char *cmd, const lstm_method *meth,
  const lstm_options *opt, long *param)
{
  if (meth->seeded) *param = opt->seed;
  else if (opt->seed_given)
    return usage_error(cmd, "method %s draws no random numbers, so it takes "
      "no --seed", meth->name);
@.method...draws no random numbers@>
  return 0;
}

@ A mistake on the command line is one line on standard error, with a
pointer to the subcommand's help, and exit status 2.

@<Subcommands@>=
static int usage_error(const char *cmd, const char *fmt, const char *what)
{
  fprintf(stderr, "lstm %s: ", cmd);
  fprintf(stderr, fmt, what);
  fprintf(stderr, "; try 'lstm %s --help'\n", cmd);
  return 2;
}

@ The method is looked up in the method table, so that the methods of
later chapters are accepted as soon as they are in the table; an unknown
one is a usage error, whose message lists the methods there are.

@<Declarations of the command@>=
static const lstm_method *find_method(const char *cmd, const char *spec,
  long *param);

@ @<Subcommands@>=
static const lstm_method *find_method(const char *cmd, const char *spec,
  long *param)
{
  lstm_error err;
  const lstm_method *meth;
  lstm_error_clear(&err);
  if ((meth = lstm_method_find(spec, param, &err)) != NULL) return meth;
  fprintf(stderr, "lstm %s: %s; the methods are", cmd, err.msg);
  for (size_t r = 0; (meth = lstm_method_at(r)) != NULL; r++)
    fprintf(stderr, "%s %s%s", r ? "," : "", meth->name,
      meth->takes_param ? ":K" : "");
  fprintf(stderr, "\n");
  return NULL;
}

@ Both files are read by the library; the sequences are checked against
the model while they are read. On failure nothing is left allocated.

@<Declarations of the command@>=
static int load_files(const lstm_options *opt, lstm_net *net,
  lstm_data *data, lstm_error *err);

@ @<Subcommands@>=
static int load_files(const lstm_options *opt, lstm_net *net,
  lstm_data *data, lstm_error *err)
{
  int status = lstm_model_read(opt->model, net, err);
  if (status != LSTM_OK) return status;
  if ((status = lstm_data_read(opt->seq, net, data, err)) != LSTM_OK)
    lstm_net_free(net);
  return status;
}

@ A subcommand that only reads the two files and prints something about
them is the same every time: the help, the options, the files, the work,
and the files freed again. |with_files| does all but the work, which is
the function |work|, and returns the exit status.

@<Declarations of the command@>=
typedef int lstm_file_work(const lstm_net *net, const lstm_data *data,
  lstm_error *err);
static int with_files(const char *cmd, const char *help, int argc,
  char **argv, lstm_file_work *work);

@ @<Subcommands@>=
static int with_files(const char *cmd, const char *help, int argc,
  char **argv, lstm_file_work *work)
{
  lstm_options opt;
  lstm_net net;
  lstm_data data;
  lstm_error err;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    fputs(help, stdout);
    return 0;
  }
  if ((status = parse_options(cmd, argc, argv, 0, &opt)) != 0)
    return status;
  if ((status = load_files(&opt, &net, &data, &err)) != LSTM_OK)
    return report(status, &err);
  status = work(&net, &data, &err);
  lstm_net_free(&net);
  lstm_data_free(&data);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@*1 \.{lstm forward}.
\.{lstm forward }{\it MODEL SEQ\/} runs the network over every sequence of the
file and prints, for every step, the cell output $\out_t$ and, with an
output layer, the prediction (the probabilities $p_t$ of a softmax
layer), then the loss of the whole file:
$$\vbox{\halign{#\hfil\cr
\.{lstm-forward 1}\cr
\.{sequence 1}\cr
\.{step 0 out 0.53631339788201182}\cr
\.{step 1 out 0.77198110575889067}\cr
\.{loss 0.11491036305861509}\cr}}$$
Steps are counted from zero within a sequence, and sequences from one.

@<Rows of the table of subcommands@>=
{"forward", "run a model over sequences; print outputs and loss",
  cmd_forward},

@ @<Declarations of the command@>=
static int cmd_forward(int argc, char **argv);
static int print_forward(const lstm_net *net, const lstm_data *data,
  lstm_error *err);

@ @<Subcommands@>=
static int cmd_forward(int argc, char **argv)
{
  return with_files("forward", "usage: lstm forward MODEL SEQ\n"
    "Run the model over every sequence of SEQ and print, for every step,\n"
    "the cell output and (with an output layer) the prediction, then the\n"
    "loss summed over the file. See the book for the file formats.\n",
    argc, argv, print_forward);
}

@ One trace, as long as the longest sequence, serves every sequence.

@<Subcommands@>=
static int print_forward(const lstm_net *net, const lstm_data *data,
  lstm_error *err)
{
  lstm_trace tr;
  size_t longest = 1;
  double loss = 0;
  int status;
  for (size_t s = 0; s < data->count; s++)
    if (data->seq[s].T > longest) longest = data->seq[s].T;
  if ((status = lstm_trace_alloc(&tr, net, longest, err)) != LSTM_OK)
    return status;
  printf("lstm-forward 1\n");
  for (size_t s = 0; s < data->count; s++) {
    const lstm_seq *seq = &data->seq[s];
    loss += lstm_forward(net, seq, &tr);
    printf("sequence %zu\n", s + 1);
    for (size_t t = 0; t < seq->T; t++)
      @<Print the output and the prediction of step |t|@>;
  }
  printf("loss %.17g\n", loss);
  lstm_trace_free(&tr);
  return LSTM_OK;
}

@ @<Print the output and the prediction...@>=
{
  printf("step %zu out", t);
  for (size_t j = 0; j < net->n; j++) printf(" %.17g", lstm_out(&tr, t)[j]);
  if (net->output != LSTM_OUT_NONE) {
    if (!seq->has_y[t])
      lstm_output_forward(net, lstm_out(&tr, t), NULL, lstm_pred(&tr, t));
    printf(" pred");
    for (size_t r = 0; r < net->k; r++)
      printf(" %.17g", lstm_pred(&tr, t)[r]);
  }
  printf("\n");
}

@*1 \.{lstm grad}.
\.{lstm grad [--method }{\it METHOD\/}\.{] [--seed }{\it S\/}\.{] }{\it
MODEL SEQ\/} prints the gradient of the loss
of the sequence file as a gradient file (the format is in the chapter on
files), computed by the method of the method table named by
\.{--method}, which is \.{bptt} unless given. The worked example's
gradient, for instance, begins
$$\vbox{\halign{#\hfil\cr
\.{lstm-grad 1}\cr
\.{method bptt}\cr
\.{loss 0.11491036305861509}\cr
\.{inputs 2}\cr
\.{cells 1}\cr
\.{W}\cr
\quad\.{-0.02671621848273634 -0.092201131980954171}\cr}}$$

@<Rows of the table of subcommands@>=
{"grad", "print the gradient of the loss of sequences", cmd_grad},

@ @<Declarations of the command@>=
static int cmd_grad(int argc, char **argv);

@ @<Subcommands@>=
static int cmd_grad(int argc, char **argv)
{
  lstm_options opt;
  lstm_net net, grad;
  lstm_data data;
  lstm_error err;
  const lstm_method *meth;
  long param;
  double loss;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    printf("usage: lstm grad [--method METHOD] [--seed S] MODEL SEQ\n"
      "Print the gradient of the loss of SEQ with respect to every parameter\n"
      "of MODEL, as an lstm-grad file. METHOD is bptt unless given;\n"
      "an unknown METHOD gets the list of the methods. A method that draws\n"
      "random numbers (uoro) draws them from the seed S, 1 unless given.\n");
    return 0;
  }
  if ((status = parse_options("grad", argc, argv, WITH_METHOD | WITH_SEED,
      &opt)) != 0) return status;
  if (!(meth = find_method("grad", opt.method, &param))) return 2;
  if ((status = method_seed("grad", meth, &opt, &param)) != 0) return status;
  if ((status = load_files(&opt, &net, &data, &err)) != LSTM_OK)
    return report(status, &err);
  if ((status = lstm_net_like(&grad, &net, &err)) == LSTM_OK) {
    status = lstm_gradient(&net, &data, meth, param, &grad, &loss, NULL,
      &err);
    if (status == LSTM_OK)
      status = lstm_grad_write(stdout, &grad, opt.method, loss, &err);
    lstm_net_free(&grad);
  }
  lstm_net_free(&net);
  lstm_data_free(&data);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@*1 \.{lstm gradcheck}.
The command
$$\hbox{\.{lstm gradcheck [--method }{\it METHOD\/}\.{] [--eps }{\it E\/}\.{] }%
{\it MODEL SEQ}}$$
compares the gradient of a method with the extrapolated central differences of the
chapter on checking gradients, taken with the step $E$
(|LSTM_FD_STEP|, $10^{-3}$, unless given), and prints, for each block, the
largest absolute and relative errors; for the worked example,
$$\vbox{\halign{#\hfil\cr
\.{lstm-gradcheck 1}\cr
\.{method bptt}\cr
\.{eps 0.001}\cr
\.{tolerance 9.9999999999999995e-07}\cr
\.{block W abs 1.7e-12 rel 1.9e-11}\cr
$\quad\ldots$\cr
\.{result pass}\cr}}$$
with the errors shortened here to two digits. The check passes when every relative
error is at most |LSTM_CHECK_TOL|; otherwise the last line says
\.{result fail}, one line on standard error names the worst block, and
the exit status is~3, which sets a failed check apart from bad data (1)
and a wrong command line (2). Only a method that computes the exact
gradient can be checked: for the others, a difference from the central
differences is what the method does, not an error, so naming one is a
usage error.
@^gradient check@>
@^exit status@>

@<Rows of the table of subcommands@>=
{"gradcheck", "check a method's gradient against central differences",
  cmd_gradcheck},

@ @<Declarations of the command@>=
static int cmd_gradcheck(int argc, char **argv);
static int print_check(const lstm_options *opt, const lstm_check *res);

@ @<Subcommands@>=
static int cmd_gradcheck(int argc, char **argv)
{
  lstm_options opt;
  lstm_net net;
  lstm_data data;
  lstm_error err;
  lstm_check res;
  const lstm_method *meth;
  long param;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    printf("usage: lstm gradcheck [--method METHOD] [--eps E] MODEL SEQ\n"
      "Compare the gradient of METHOD (bptt unless given) with central\n"
      "differences of step E (%g unless given, with Richardson\n"
      "extrapolation) and print the largest absolute and relative error of\n"
      "each block. Exit status 3 when a relative error exceeds %g.\n",
      LSTM_FD_STEP, LSTM_CHECK_TOL);
    return 0;
  }
  if ((status = parse_options("gradcheck", argc, argv,
      WITH_METHOD | WITH_EPS, &opt)) != 0) return status;
  if (!(meth = find_method("gradcheck", opt.method, &param))) return 2;
  if (!meth->exact)
    return usage_error("gradcheck", "method %s does not compute the exact "
      "gradient, so it cannot be checked", meth->name);
@.method...does not compute...@>
  if ((status = load_files(&opt, &net, &data, &err)) != LSTM_OK)
    return report(status, &err);
  status = lstm_gradcheck(&net, &data, meth, param, opt.eps, &res, &err);
  lstm_net_free(&net);
  lstm_data_free(&data);
  if (status != LSTM_OK) return report(status, &err);
  return print_check(&opt, &res);
}

@ @<Subcommands@>=
static int print_check(const lstm_options *opt, const lstm_check *res)
{
  size_t worst = 0;
  printf("lstm-gradcheck 1\nmethod %s\neps %.17g\ntolerance %.17g\n",
    opt->method, opt->eps, LSTM_CHECK_TOL);
  for (size_t q = 0; q < res->blocks; q++) {
    printf("block %s abs %.17g rel %.17g\n", res->block[q].name,
      res->block[q].max_abs, res->block[q].max_rel);
    if (res->block[q].max_rel > res->block[worst].max_rel) worst = q;
  }
  if (res->max_rel <= LSTM_CHECK_TOL) {
    printf("result pass\n");
    return 0;
  }
  printf("result fail\n");
  fprintf(stderr, "lstm gradcheck: relative error %.3g in %s, above the "
    "tolerance %g\n", res->block[worst].max_rel, res->block[worst].name,
    LSTM_CHECK_TOL);
@.relative error...above the tolerance@>
  return 3;
}

@*1 Exercises.
\exercise{command.1}{10}
Which exit status does \.{lstm grad --method unknown} give, and why that
one?

\exercise{command.2}{20}
Add a subcommand \.{lstm methods} that prints the method table, one
method per line, with whether it is exact and online.
