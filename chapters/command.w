@* The \.{lstm} command.
The library is used by the command \.{lstm}, which a reader runs to see
the book's computations. It has subcommands, in the manner of \.{git}:
\.{lstm example} runs the worked example, and later sections add more.
Every subcommand answers \.{--help}; \.{lstm --help} lists them and
\.{lstm --version} prints the version. The command is the only part of
the program that prints an error or chooses an exit status: 0 for
success, 1 for bad data (a malformed file, a file that cannot be read),
and 2 for a wrong use of the command.
@^exit status@>

@(generated/main.c@>=
#include "lstm.h"
#include <stdlib.h>
#include <string.h>
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
