@* The \.{lstm} command.
The library is used by the command \.{lstm}, which a reader runs to see
the book's computations. It has subcommands, in the manner of \.{git}:
\.{lstm example} runs the worked example, and later sections add more.
Every subcommand answers \.{--help}; \.{lstm --help} lists them and
\.{lstm --version} prints the version. The command is the only part of
the program that prints an error or chooses an exit status: 0 for
success, 1 for bad data (a malformed file, a file that cannot be read
or written, numbers that overflow, training that diverges: |LSTM_EDATA|, |LSTM_EIO|, |LSTM_EDIVERGED|), 2 for a
wrong use of the command (|LSTM_EUSAGE|), 3 for a gradient check that fails, 130
for training stopped by Ctrl-C (or by SIGTERM or SIGHUP) with what was
asked for written, and 4 for training abandoned at once by a second
signal, with nothing written (the section ``Signals'' below).
@^exit status@>

@(generated/main.c@>=
#define _GNU_SOURCE /* for |sched_getaffinity|, where the system has it */
#define _POSIX_C_SOURCE 200809L /* for |isatty| and the calls that write files */
#include "lstm.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sched.h>
@<Declarations of the command@>@;
@<Subcommands@>@;
@<The table of subcommands@>@;
@<The main program@>@;

@ The library is plain C11; the command alone uses POSIX, to ask whether
standard error is a terminal, to write files safely (the section
``Writing files safely'' below) and to handle signals.

@ The version of the program and of the file formats, |LSTM_VERSION|.

@<Public constants@>=
#define LSTM_VERSION "0.1.0"

@ Each subcommand is a row of a table, |commands|, an |lstm_command|: its |name|, a one-line |summary|, and
the function |run| that runs it, which gets the arguments after the name and
returns the exit status; |command_count| is the number of rows.

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
at the end, also after \.{--help} and \.{--version}, so that a full disk
or a closed pipe is reported, with exit status 1, rather than ignored.

@<The main program@>=
int main(int argc, char **argv)
{
  int status = 2;
  @<Make sure that descriptors 0, 1 and 2 are open@>;
  @<Install the handler of SIGINT, SIGTERM and SIGHUP@>;
  if (argc < 2 || strcmp(argv[1], "--help") == 0 ||
      strcmp(argv[1], "-h") == 0) {
    @<Print the list of subcommands@>;
    @<Make sure standard output was written@>;
    return argc < 2 ? 2 : 0;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("lstm %s\n", LSTM_VERSION);
    @<Make sure standard output was written@>;
    return 0;
  }
  @<Use the kernels that \.{LSTM\_KERNELS} names, if it is set@>;
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

@ A program started with standard output or error closed (\.{lstm
train ... >\&-}) would get descriptor 1 or 2 for the first file it opens:
the temporary file of the model, say, into which every |printf| would
then write its text. So before anything is opened, each of the three
standard descriptors that is closed is opened on \.{/dev/null}; |open|
returns the lowest free descriptor, which is the closed one. What the
program prints there is lost, as the user asked, and its files are its
own.
@^standard descriptors@>

@<Make sure that descriptors 0, 1 and 2...@>=
for (int fd = 0; fd <= 2; fd++)
  if (fcntl(fd, F_GETFD) < 0 && errno == EBADF &&
      open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd)
    return 1;

@ Without arguments the list goes to standard error, since it is then an
answer to a mistake, and the status is 2. The names are set in a column
as wide as the longest of them, so that every summary starts in the
same place.

@<Print the list of subcommands@>=
{
  FILE *f = argc < 2 ? stderr : stdout;
  int width = 0;
  for (size_t c = 0; c < command_count; c++)
    if ((int)strlen(commands[c].name) > width)
      width = (int)strlen(commands[c].name);
  fprintf(f, "usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
  for (size_t c = 0; c < command_count; c++)
    fprintf(f, "  %-*s  %s\n", width, commands[c].name, commands[c].summary);
  fprintf(f, "\n'lstm COMMAND --help' describes a command; " @/
    "'lstm --version' prints the version.\n");
}

@ @<Make sure standard output was written@>=
if (fflush(stdout) != 0 || ferror(stdout)) {
  fprintf(stderr, "lstm: error writing standard output\n");
@.error writing standard output@>
  return 1;
}

@ |report| prints an error record, an |lstm_error|, as one line on
standard error, and returns the exit status that goes with the error.
When the error is about a place in a file, the line has the form
\.{file:line: message}, from |err->file|, |err->line| and |err->msg|.

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

@ \.{lstm example [--tex]} (|cmd_example|) prints the worked example, by |lstm_example_report|: every forward
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
    printf("usage: lstm example [--tex]\n" @/
      "Run the two-step worked example and print every value of the\n" @/
      "forward and backward pass, the gradient and one SGD step\n" @/
      "(learning rate 0.1), one value per line; with --tex, print the\n" @/
      "book's tables instead.\n");
    return 0;
  }
  for (int a = 0; a < argc; a++) {
    static const char *const flags[] = {"--tex", NULL};
    cmd_arg arg;
    if (next_arg("example", argc, argv, &a, flags, &arg) != 0) return 2;
    if (strcmp(arg.opt, "--tex") == 0) tex = 1;
    else {
      fprintf(stderr, "lstm example: unknown argument '%s'\n",
        arg.opt[0] ? arg.opt : arg.val);
@.unknown argument@>
      return 2;
    }
  }
  status = lstm_example_report(stdout, tex, &err);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@*1 Numbers for people.
Files and lines meant for programs print every number with |"%.17g"|,
which identifies every |double|. A person reading \.{lr 0.10000000000000001}
sees noise, however: the |double| nearest to 0.1 is not 0.1, and 17 digits
show the difference. |short_g| prints instead the shortest decimal number
that reads back as the same |double|, trying 1 to 17 significant digits:
\.{0.1} for the rate, \.{1e-06} for the tolerance. A program that reads
the number gets the same bits either way, so the lines that both people
and scripts read (the summary of \.{lstm train}, the header of \.{lstm
gradcheck}) use it.
@^shortest representation@>

@<Declarations of the command@>=
static const char *short_g(char buf[32], double x);

@ @<Subcommands@>=
static const char *short_g(char buf[32], double x)
{
  for (int digits = 1; digits <= 17; digits++) {
    snprintf(buf, 32, "%.*g", digits, x);
    if (strtod(buf, NULL) == x || !isfinite(x)) break;
  }
  return buf;
}

@*1 Writing files safely.
Every file the command writes (a model, a learning curve, the tables and
figures of the experiments) is written so that nothing is ever lost or
half-written. The data go to a new temporary file in the target's
directory, made by |mkstemp| in |out_open|, which creates a file of a fresh name and
fails rather than follow a link or open a file that exists. When
everything is written, the file is flushed and synced to the disk, and
|rename| puts it in place of the target in one step (|out_commit|; |out_abandon| removes the temporary file instead). So a reader of the
target sees the old file or the new one, never part of either; a run
that fails or is killed leaves the old file as it was; and two runs
writing the same target leave one complete file, the one renamed last,
never a mixture.

A target that exists and is not a regular file (a directory, a symbolic
link, a FIFO, a device) is refused by |out_refuse|, since replacing it by a regular file
would surprise whoever put it there. Since the temporary file is made
beside the target, the target's directory must be writable, not only the
target. The name \.- means standard output.
@^files, writing@>
@^atomic rename@>

@<Declarations of the command@>=
typedef struct out_file {
  const char *path; /* the target, or \.- for standard output */
  char *tmp; /* the temporary file beside it; |NULL| for standard output */
  FILE *f; /* where the data go */
} out_file;
static int out_open(out_file *o, const char *path, lstm_error *err);
static int out_commit(out_file *o, lstm_error *err);
static void out_abandon(out_file *o);
static int out_refuse(const char *path, lstm_error *err);

@ |out_open| checks the target and makes the temporary file. Its name is
the target's directory followed by \.{.lstm-} and six random
characters, twelve bytes whatever the target is called, so that a target
whose own name is as long as a name may be (|NAME_MAX|, 255 bytes on
most systems) still gets one; a name made by appending to the target's
would be too long for it. The file gets the permission bits of the
target when the target exists (a model kept private with mode 0600 stays
private), and otherwise those a file made by |fopen| would have, since
|mkstemp| makes it private. Its name goes into the table of live
temporary files, which the handler of signals removes. A command opens
its files before it computes anything, so that a target that cannot be
written is reported at once, not after an hour of training.
@^temporary files@>
@^permission bits@>

@<Subcommands@>=
static int out_open(out_file *o, const char *path, lstm_error *err)
{
  const char *slash = strrchr(path, '/');
  size_t dir = slash ? (size_t)(slash - path) + 1 : 0; /* with the slash */
  struct stat sb;
  mode_t mode;
  int fd;
  o->path = path; o->tmp = NULL; o->f = NULL;
  if (strcmp(path, "-") == 0) {
    o->f = stdout;
    return LSTM_OK;
  }
  if (path[0] == '\0')
    return lstm_fail(err, LSTM_EUSAGE, "expected a file name, found ''");
@.expected a file name@>
  if (out_refuse(path, err) != LSTM_OK) return LSTM_EIO;
  if (!(o->tmp = malloc(dir + sizeof ".lstm-XXXXXX")))
    return lstm_fail_at(err, LSTM_ENOMEM, path, 0, "out of memory");
  memcpy(o->tmp, path, dir);
  memcpy(o->tmp + dir, ".lstm-XXXXXX", sizeof ".lstm-XXXXXX");
  if ((fd = mkstemp(o->tmp)) < 0) {
    int e = errno;
    free(o->tmp);
    o->tmp = NULL;
    return lstm_fail_at(err, LSTM_EIO, path, 0, "cannot write the file: %s",
      strerror(e));
@.cannot write the file@>
  }
  live_add(o->tmp);
  if (lstat(path, &sb) == 0) mode = sb.st_mode & 0777;
  else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  if (fchmod(fd, mode) != 0 || !(o->f = fdopen(fd, "w"))) {
    int e = errno;
    close(fd);
    out_abandon(o);
    return lstm_fail_at(err, LSTM_EIO, path, 0, "cannot write the file: %s",
      strerror(e));
  }
  return LSTM_OK;
}

@ |out_refuse| fails when the target exists and is not a regular file,
saying what it is; |lstat| does not follow a symbolic link, so a link is
refused too.

@<Subcommands@>=
static int out_refuse(const char *path, lstm_error *err)
{
  struct stat sb;
  const char *what = "not a regular file";
  if (lstat(path, &sb) != 0 || S_ISREG(sb.st_mode)) return LSTM_OK;
  if (S_ISDIR(sb.st_mode)) what = "a directory";
  else if (S_ISLNK(sb.st_mode)) what = "a symbolic link";
  else if (S_ISFIFO(sb.st_mode)) what = "a FIFO";
  else if (S_ISCHR(sb.st_mode) || S_ISBLK(sb.st_mode)) what = "a device";
  return lstm_fail_at(err, LSTM_EIO, path, 0, "is %s, not a regular file; " @/
    "it is not replaced", what);
@.is...not a regular file@>
}

@ |out_commit| finishes the file: flushes it, syncs it to the disk, closes
it, checks the target once more (it may have been replaced meanwhile),
and renames the temporary file over it; then it syncs the directory, so
that the new name survives a crash too. Any failure removes the
temporary file and leaves the target alone. For standard output it only
flushes, and reports an error of the stream.

@<Subcommands@>=
static int out_commit(out_file *o, lstm_error *err)
{
  int e = 0;
  if (!o->tmp) {
    if (fflush(stdout) != 0 || ferror(stdout))
      return lstm_fail(err, LSTM_EIO, "error writing standard output");
    return LSTM_OK;
  }
  errno = 0;
  if (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0)
    e = errno ? errno : EIO;
  if (fclose(o->f) != 0 && !e) e = errno ? errno : EIO;
  o->f = NULL;
  if (!e && out_refuse(o->path, err) != LSTM_OK) {
    out_abandon(o);
    return LSTM_EIO;
  }
  if (!e && rename(o->tmp, o->path) != 0) e = errno;
  if (!e) live_remove(o->tmp);
  if (e) {
    out_abandon(o);
    return lstm_fail_at(err, LSTM_EIO, o->path, 0,
      "cannot write the file: %s", strerror(e));
  }
  @<Sync the directory of |o->path|@>;
  free(o->tmp);
  o->tmp = NULL;
  return LSTM_OK;
}
@#
static void out_abandon(out_file *o)
{
  if (o->f && o->f != stdout) fclose(o->f);
  if (o->tmp) {
    unlink(o->tmp);
    live_remove(o->tmp);
    free(o->tmp);
  }
  o->f = NULL;
  o->tmp = NULL;
}

@ The directory is the part of the name before its last slash, or the
slash itself for a file in the root directory, or \.{.} without a slash;
the temporary name, which has the same directory and is no longer
needed, is cut there. A file system that cannot sync a directory is no
reason to fail.

@<Sync the directory...@>=
{
  char *slash = strrchr(o->tmp, '/');
  int dfd;
  if (slash) slash[slash == o->tmp] = '\0';
  if ((dfd = open(slash ? o->tmp : ".", O_RDONLY)) >= 0) {
    (void)fsync(dfd);
    close(dfd);
  }
}

@ A command that writes more than one file must not write two of them to
the same place, nor over a file it reads: \.{--out x --curve x} would
keep one of the two, \.{--curve d.seq} with \.{--data d.seq} would
replace the data, and two outputs \.- would mix a model and a curve on
standard output. |files_distinct| refuses all of it before anything is
read or written. It compares the files, not the strings, since \.{x},
\.{./x} and \.{dir/../x} name the same file: a file that exists is
known by its device and inode (|stat| follows a link, as reading the
file would); one that does not yet exist by its directory's device and
inode and the last part of its name. |name[q]| is the option that named
|path[q]|, for the message; the first |outputs| of the |count| paths are
written, the rest read, and a |NULL| path is one not given.
@^files, writing@>
@s dev_t int
@s ino_t int
@s file_id int

@<Declarations of the command@>=
typedef struct file_id {
  int known; /* whether the file or its directory was found */
  dev_t dev;
  ino_t ino;
  const char *last; /* the last part of the name of a file to be made */
} file_id;
static int files_distinct(const char *cmd, const char *const *name,
  const char *const *path, int outputs, int count);
static void file_identify(const char *path, file_id *id);

@ @<Subcommands@>=
static int files_distinct(const char *cmd, const char *const *name,
  const char *const *path, int outputs, int count)
{
  file_id id[8];
  for (int q = 0; q < count && q < 8; q++)
    if (path[q] && strcmp(path[q], "-") != 0) file_identify(path[q], &id[q]);
  for (int q = 0; q < outputs && q < 8; q++)
    for (int r = q + 1; r < count && r < 8; r++) {
      int same;
      if (!path[q] || !path[r]) continue;
      if (strcmp(path[q], "-") == 0 || strcmp(path[r], "-") == 0)
        same = r < outputs && strcmp(path[q], path[r]) == 0;
      else same = id[q].known && id[r].known && id[q].dev == id[r].dev &&
        id[q].ino == id[r].ino && (id[q].last == NULL) == (id[r].last == NULL)
        && (!id[q].last || strcmp(id[q].last, id[r].last) == 0);
      if (same) {
        fprintf(stderr, "lstm %s: %s and %s name the same %s; " @/
          "try 'lstm %s --help'\n", cmd, name[q], name[r],
          strcmp(path[q], "-") == 0 ? "standard output" : "file", cmd);
@.name the same file@>
        return 2;
      }
    }
  return 0;
}

@ The last part of a name is what follows its last slash; a name that
ends in a slash names a directory, which is refused later.

@<Subcommands@>=
static void file_identify(const char *path, file_id *id)
{
  struct stat sb;
  const char *slash = strrchr(path, '/');
  id->known = 0;
  id->last = NULL;
  if (stat(path, &sb) == 0) {
    id->known = 1;
    id->dev = sb.st_dev;
    id->ino = sb.st_ino;
    return;
  }
  id->last = slash ? slash + 1 : path;
  if (!slash) id->known = stat(".", &sb) == 0;
  else {
    size_t len = slash == path ? 1 : (size_t)(slash - path);
    char *dir = malloc(len + 1);
    if (!dir) return;
    memcpy(dir, path, len);
    dir[len] = '\0';
    id->known = stat(dir, &sb) == 0;
    free(dir);
  }
  if (id->known) {
    id->dev = sb.st_dev;
    id->ino = sb.st_ino;
  }
}

@ The table of live temporary files holds the names of the temporary
files that exist, so that a signal that ends the program can remove
them. The handler may run between any two instructions of the program,
so an entry is written only when its name is complete, and it reads the
table without changing it; a pointer is stored in one instruction on
every machine the book knows, which is what the handler relies on. A
command writes at most three files at once; the table has room for
more, and a name that finds it full is simply not removed by a signal.

@<Declarations of the command@>=
#define LIVE_MAX 16
static char *volatile live_tmp[LIVE_MAX]; /* the names, or |NULL| */
static void live_add(char *tmp);
static void live_remove(const char *tmp);
static void live_unlink(void);

@ @<Subcommands@>=
static void live_add(char *tmp)
{
  for (int q = 0; q < LIVE_MAX; q++)
    if (!live_tmp[q]) {
      live_tmp[q] = tmp;
      return;
    }
}
@#
static void live_remove(const char *tmp)
{
  for (int q = 0; q < LIVE_MAX; q++)
    if (live_tmp[q] == tmp) live_tmp[q] = NULL;
}
@#
static void live_unlink(void) /* called by the handler of signals */
{
  for (int q = 0; q < LIVE_MAX; q++)
    if (live_tmp[q]) unlink(live_tmp[q]);
}

@*1 Signals.
Ctrl-C sends SIGINT; \.{kill} and \.{timeout} send SIGTERM, and so do
the schedulers of batch systems; a terminal that goes away sends SIGHUP. The command
treats the three alike. During training (|signal_stops| set) the first of
them asks training to stop after the current sequence: the command then
writes the model and the curve so far, as asked, and exits with status
130. A second signal means that the user will not wait for that: the
handler removes the temporary files and ends the program at once with
status 4 (|LSTM_EXIT_ABORTED|), so that no file is written and none is
left half made. At any other time (reading the files, writing a report)
a signal removes the temporary files and then ends the program as the
signal would have without a handler.
@^SIGINT@>
@^SIGTERM@>
@^SIGHUP@>
@^exit status@>

The handler is installed with |sigaction|, which keeps it for every
signal; C's |signal| in a strict C11 build installs it for the first
signal only, so that a second Ctrl-C killed the program with status 130
and no model. While it runs the other two signals wait. It calls only
functions that are safe in a handler: |unlink|, |write|, |sigaction|,
|sigprocmask|, |raise| and |_exit|.
@s sigset_t int

@<Declarations of the command@>=
#define LSTM_EXIT_ABORTED 4
static volatile sig_atomic_t train_stop; /* a first signal came in training */
static volatile sig_atomic_t signal_stops; /* a first signal only stops */
static volatile sig_atomic_t signals_seen; /* signals that only stopped */
static void on_signal(int sig);

@ @<Install the handler of SIGINT...@>=
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGINT);
  sigaddset(&sa.sa_mask, SIGTERM);
  sigaddset(&sa.sa_mask, SIGHUP);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
}

@ @<Subcommands@>=
static void on_signal(int sig)
{
  static const char msg[] = "lstm: stopped at once by a second signal; " @/
    "nothing more is written\n";
  struct sigaction dfl;
  sigset_t set;
  if (signal_stops && !signals_seen) {
    signals_seen = 1;
    train_stop = 1;
    return;
  }
  live_unlink();
  if (signal_stops) {
    if (write(2, msg, sizeof msg - 1) < 0) {} /* a lost message changes nothing */
    _exit(LSTM_EXIT_ABORTED);
  }
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigaction(sig, &dfl, NULL);
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  _exit(128 + sig);
}
@.stopped at once by a second signal@>

@*1 Commands that read files.
Three subcommands read a model file and a sequence file, in the formats
of the chapter on files: \.{lstm forward} (|cmd_forward|) runs the network over the
sequences, \.{lstm grad} (|cmd_grad|) computes the gradient of the loss, and \.{lstm
gradcheck} (|cmd_gradcheck|) checks that gradient against central differences. Their
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
  size_t sample; /* \.{--sample}: entries to check, 0 for all */
  long seed; /* \.{--seed}: of a seeded method, or of the sample; 1 by
    default */
  int seed_given; /* whether \.{--seed} was given */
  int progress; /* \.{--progress}: show progress on any standard error */
  int threads; /* \.{--threads}: the cores the process may use unless given */
} lstm_options;
#define WITH_METHOD 1
#define WITH_EPS 2
#define WITH_SEED 4
#define WITH_SAMPLE 8
#define WITH_THREADS 16
static int parse_options(const char *cmd, int argc, char **argv, int with,
  lstm_options *opt);
static int usage_error(const char *cmd, const char *fmt, const char *what);

@ Every subcommand reads its arguments with |next_arg|, so that they all
take an option the same way: \.{--opt VALUE} or \.{--opt=VALUE}, and a
flag (an option without a value, such as \.{--progress}) alone. It reads
the argument |argv[*a]| into |arg|, and its value too when that is the
next argument, leaving |*a| on the last argument it used. An argument
that does not start with \.{--}, or is \.- alone, is no option: then
|arg->opt| is empty and |arg->val| is the argument. The flags of the
subcommand are listed in |flags|, which ends with |NULL|; any other
option takes a value, and one that has none, or a flag given one, is a
mistake, reported as |usage_error| does with status 2. Which options a
subcommand knows is its own business: |next_arg| only splits them.
@^command line@>
@s cmd_arg int

@<Declarations of the command@>=
typedef struct cmd_arg {
  char opt[32]; /* the option without its value, or "" */
  const char *val; /* its value, |NULL| for a flag; or the argument */
} cmd_arg;
static int next_arg(const char *cmd, int argc, char **argv, int *a,
  const char *const *flags, cmd_arg *arg);

@ An option name too long for |arg->opt| cannot be one the command knows;
it is kept cut short, and the subcommand calls it unknown.

@<Subcommands@>=
static int next_arg(const char *cmd, int argc, char **argv, int *a,
  const char *const *flags, cmd_arg *arg)
{
  const char *s = argv[*a], *eq;
  size_t len;
  int flag = 0;
  arg->opt[0] = '\0';
  arg->val = s;
  if (strncmp(s, "--", 2) != 0 || s[2] == '\0') return 0;
  eq = strchr(s, '=');
  len = eq ? (size_t)(eq - s) : strlen(s);
  if (len >= sizeof arg->opt) len = sizeof arg->opt - 1;
  memcpy(arg->opt, s, len);
  arg->opt[len] = '\0';
  for (int q = 0; flags && flags[q]; q++) flag |= strcmp(arg->opt, flags[q]) == 0;
  if (flag) {
    arg->val = NULL;
    if (eq) return usage_error(cmd, "%s takes no value", arg->opt);
@.takes no value@>
    return 0;
  }
  if (eq) arg->val = eq + 1;
  else if (*a + 1 < argc) arg->val = argv[++*a];
  else return usage_error(cmd, "expected a value after '%s'", arg->opt);
@.expected a value after...@>
  return 0;
}

@ |parse_options| fills |opt| from the arguments of subcommand |cmd|,
accepting the options named in |with|. It returns 0, or 2 after printing
one line about the mistake.

@<Subcommands@>=
static int parse_options(const char *cmd, int argc, char **argv, int with,
  lstm_options *opt)
{
  static const char *const flags[] = {"--progress", NULL};
  int files = 0;
  opt->model = opt->seq = NULL;
  opt->method = "bptt";
  opt->eps = LSTM_FD_STEP;
  opt->sample = 0;
  opt->seed = 1; opt->seed_given = 0;
  opt->progress = 0;
  opt->threads = 0;
  for (int a = 0; a < argc; a++) {
    cmd_arg arg;
    if (next_arg(cmd, argc, argv, &a, (with & WITH_SAMPLE) ? flags : NULL,
        &arg) != 0) return 2;
    if (strcmp(arg.opt, "--progress") == 0) opt->progress = 1;
    else if (arg.opt[0]) {
      @<Read the option |arg| and its value@>;
    } else if (files == 0) opt->model = arg.val, files++;
    else if (files == 1) opt->seq = arg.val, files++;
    else return usage_error(cmd, "expected two files, MODEL and SEQ, " @/
      "found another argument '%s'", arg.val);
@.expected two files...@>
  }
  if (files < 2)
    return usage_error(cmd, "expected two files, MODEL and SEQ, found %s",
      files == 0 ? "none" : "only one");
  if (opt->threads == 0) opt->threads = cores_available();
  return 0;
}

@ @<Read the option |arg|...@>=
{
  const char *val = arg.val;
  int is_method = strcmp(arg.opt, "--method") == 0;
  int is_eps = strcmp(arg.opt, "--eps") == 0;
  int is_sample = strcmp(arg.opt, "--sample") == 0;
  int is_seed = strcmp(arg.opt, "--seed") == 0;
  int is_threads = strcmp(arg.opt, "--threads") == 0;
  char *end;
  if (!((is_method && (with & WITH_METHOD)) || (is_eps && (with & WITH_EPS))
      || (is_seed && (with & (WITH_SEED | WITH_SAMPLE)))
      || (is_sample && (with & WITH_SAMPLE))
      || (is_threads && (with & WITH_THREADS))))
    return usage_error(cmd, "unknown option '%s'", arg.opt);
@.unknown option@>
  if (is_method) opt->method = val;
  else if (is_seed) {
    if ((opt->seed = parse_seed(val)) < 0)
      return usage_error(cmd, "expected a whole number from 0 to 2147483647 " @/
        "after --seed, found '%s'", val);
@.expected a whole number from 0...@>
    opt->seed_given = 1;
  } else if (is_sample) {
    unsigned long long v;
    errno = 0;
    v = strtoull(val, &end, 10);
    if (val[0] < '0' || val[0] > '9' || *end || errno == ERANGE || v < 1 ||
        v > LSTM_MAX_PARAMS)
      return usage_error(cmd, "expected a number of parameters after " @/
        "--sample, found '%s'", val);
@.expected a number of parameters...@>
    opt->sample = (size_t)v;
  } else if (is_threads) {
    if ((opt->threads = parse_threads(val)) < 0)
      return usage_error(cmd, "expected a number of threads from 1 to " @/
        LSTM_MAX_THREADS_TEXT " after --threads, found '%s'", val);
@.expected a number of threads...@>
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

@ A seeded method (|seeded| set in its row), such as \.{uoro}, takes the seed of \.{--seed} as its
parameter, in |method_seed|; for the others \.{--seed} is a mistake, since it would change
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
    return usage_error(cmd, "method %s draws no random numbers, so it takes " @/
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

@ The method is looked up in the method table by |lstm_method_find|, so that the methods of
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
      meth->takes_param == 2 ? "[:H]" : meth->takes_param ? ":K" : "");
  fprintf(stderr, "\n");
  return NULL;
}

@ Both files are read by the library (|load_files| calls |lstm_files_read|,
which is |lstm_model_read| and |lstm_data_read| on one thread, and reads
on |opt->threads| threads with the same result, the section ``Reading on
several threads'' of the chapter on files: the number of \.{--threads},
or the cores the process may use); the sequences are checked
against the model while they are read. On failure nothing is left
allocated. Either file, but not both, may be \.-, standard input.

@<Declarations of the command@>=
static int load_files(const lstm_options *opt, lstm_net *net,
  lstm_data *data, lstm_error *err);

@ @<Subcommands@>=
static int load_files(const lstm_options *opt, lstm_net *net,
  lstm_data *data, lstm_error *err)
{
  if (strcmp(opt->model, "-") == 0 && strcmp(opt->seq, "-") == 0)
    return lstm_fail(err, LSTM_EUSAGE, "only one of MODEL and SEQ can be " @/
      "standard input, '-'");
@.only one of MODEL and SEQ...@>
  return lstm_files_read(opt->model, opt->seq, opt->threads, net, data, err);
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
  return with_files("forward", "usage: lstm forward MODEL SEQ\n" @/
    "Run the model over every sequence of SEQ and print, for every step,\n" @/
    "the cell output and (with an output layer) the prediction, then the\n" @/
    "loss summed over the file. See the book for the file formats.\n",
    argc, argv, print_forward);
}

@ One trace, as long as the longest sequence, serves every sequence. The
network runs over the file twice: the first time only to make sure that
every output, every prediction and the loss are finite numbers (a model
with weights of $10^{300}$ or a target of $10^{300}$ can overflow them), the
second time to print them. So an overflow is one message and exit
status~1, and standard output stays empty.

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
  @<Run over every sequence once, and fail unless every value is finite@>;
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

@ @<Run over every sequence once, and fail...@>=
for (size_t s = 0; s < data->count && status == LSTM_OK; s++) {
  const lstm_seq *seq = &data->seq[s];
  loss += lstm_forward(net, seq, &tr);
  for (size_t t = 0; t < seq->T && status == LSTM_OK; t++) {
    int finite = 1;
    for (size_t j = 0; j < net->n; j++) finite &= isfinite(lstm_out(&tr, t)[j]);
    for (size_t r = 0; r < net->k; r++) finite &= isfinite(lstm_pred(&tr, t)[r]);
    if (!finite)
      status = lstm_fail(err, LSTM_EDATA, "the output of step %zu of " @/
        "sequence %zu is not finite: the numbers of the files are too " @/
        "large for double precision", t, s + 1);
@.the output...is not finite@>
  }
}
if (status == LSTM_OK) status = lstm_finite_loss(loss, err);
if (status != LSTM_OK) {
  lstm_trace_free(&tr);
  return status;
}
loss = 0;

@ @<Print the output and the prediction...@>=
{
  printf("step %zu out", t);
  for (size_t j = 0; j < net->n; j++) printf(" %.17g", lstm_out(&tr, t)[j]);
  if (net->output != LSTM_OUT_NONE) {
    if (!lstm_target(seq, t))
      lstm_output_forward_x(net, lstm_out(&tr, t), seq->x + t * seq->m,
        NULL, lstm_pred(&tr, t));
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
    printf("usage: lstm grad [--method METHOD] [--seed S] [--threads N] " @/
      "MODEL SEQ\n" @/
      "Print the gradient of the loss of SEQ with respect to every parameter\n" @/
      "of MODEL, as an lstm-grad file. METHOD is bptt unless given;\n" @/
      "an unknown METHOD gets the list of the methods. A method that draws\n" @/
      "random numbers (uoro, eprop:random) draws them from the seed S, 1\n" @/
      "unless given. hybrid:H takes blocks of H steps, 2n unless given.\n" @/
      "The sequences are shared among N threads (%s here), %d unless\n" @/
      "given, the cores this process may use; the result is the same\n" @/
      "for every N.\n", lstm_thread_kind(), cores_available());
    return 0;
  }
  if ((status = parse_options("grad", argc, argv,
      WITH_METHOD | WITH_SEED | WITH_THREADS, &opt)) != 0) return status;
  if (!(meth = find_method("grad", opt.method, &param))) return 2;
  if ((status = method_seed("grad", meth, &opt, &param)) != 0) return status;
  if ((status = load_files(&opt, &net, &data, &err)) != LSTM_OK)
    return report(status, &err);
  if ((status = lstm_net_like(&grad, &net, &err)) == LSTM_OK) {
    status = lstm_gradient_threads(&net, &data, meth, param, opt.threads,
      &grad, &loss, NULL, &err);
    if (status == LSTM_OK)
      status = lstm_grad_write_threads(stdout, &grad, opt.method, loss,
        opt.threads, &err);
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
\.{tolerance 1e-06}\cr
\.{block W abs 1.7e-12 rel 1.9e-11}\cr
$\quad\ldots$\cr
\.{result pass}\cr}}$$
with the errors shortened here to two digits. On a large network
\.{--sample }$K$ checks $K$ parameters drawn with the seed of \.{--seed}
(the section ``Checking a sample'' of the chapter on checking gradients),
and adds the line \.{sample $K$ of $N$ seed $S$}, $N$ the length of $\theta$; a progress line on
standard error shows how far the check is, when standard error is a
terminal or with \.{--progress}. The check passes when every relative
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
static void check_progress(size_t done, size_t total, void *ctx);

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
    printf("usage: lstm gradcheck [--method METHOD] [--eps E] [--sample K]\n" @/
      "         [--seed S] [--progress] [--threads N] MODEL SEQ\n" @/
      "Compare the gradient of METHOD (bptt unless given) with central\n" @/
      "differences of step E (%g unless given, with Richardson\n" @/
      "extrapolation) and print the largest absolute and relative error of\n" @/
      "each block. With --sample, check K parameters drawn with seed S\n" @/
      "(1 unless given). Progress goes to standard error when it is a\n" @/
      "terminal, or with --progress. Exit status 3 when a relative error\n" @/
      "exceeds %g. The method's gradient is computed on N threads, as by\n" @/
      "lstm grad.\n", LSTM_FD_STEP, LSTM_CHECK_TOL);
    return 0;
  }
  if ((status = parse_options("gradcheck", argc, argv,
      WITH_METHOD | WITH_EPS | WITH_SAMPLE | WITH_THREADS, &opt)) != 0)
    return status;
  if (!(meth = find_method("gradcheck", opt.method, &param))) return 2;
  if (!meth->exact)
    return usage_error("gradcheck", "method %s does not compute the exact " @/
      "gradient, so it cannot be checked", meth->name);
@.method...does not compute...@>
  if ((status = load_files(&opt, &net, &data, &err)) != LSTM_OK)
    return report(status, &err);
  opt.progress |= isatty(fileno(stderr));
  status = lstm_gradcheck_sample(&net, &data, meth, param, opt.threads,
    opt.eps, opt.sample, opt.seed, opt.progress ? check_progress : NULL, NULL, &res,
    &err);
  if (opt.progress) fputc('\n', stderr);
  if (opt.sample) opt.sample = net.P;
  lstm_net_free(&net);
  lstm_data_free(&data);
  if (status != LSTM_OK) return report(status, &err);
  return print_check(&opt, &res);
}

@ The progress line shows the entries checked, about a hundred times in
all, so that it costs nothing beside the forward passes.

@<Subcommands@>=
static void check_progress(size_t done, size_t total, void *ctx)
{
  (void)ctx;
  if (done == total || done % (total / 100 + 1) == 0) {
    fprintf(stderr, "\rgradcheck: %zu of %zu parameters", done, total);
    fflush(stderr);
  }
}

@ @<Subcommands@>=
static int print_check(const lstm_options *opt, const lstm_check *res)
{
  size_t worst = 0;
  char eps[32], tol[32];
  printf("lstm-gradcheck 1\nmethod %s\neps %s\ntolerance %s\n",
    opt->method, short_g(eps, opt->eps), short_g(tol, LSTM_CHECK_TOL));
  if (opt->sample)
    printf("sample %zu of %zu seed %llu\n", res->checked, opt->sample,
      (unsigned long long)opt->seed);
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
  fprintf(stderr, "lstm gradcheck: relative error %.3g in %s, above the " @/
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
