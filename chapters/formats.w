@* Files.
A reader who wants to try a network of her own writes it down in a
{\it model file}, the sequences it should read in a {\it sequence file},
and gives both to the \.{lstm} command of a later chapter; the gradient
comes back in a {\it gradient file}. An instructor hands such files out,
and a script in any language can write them or check what the program
computes. This chapter defines the three formats, with their grammar, and
gives the code that reads and writes them. The code is part of the
library, so a C program can load a model, run it and get its gradient
without the command.

The formats are plain text, so that a person can write them with an
editor and read them back. They are also strict: a reader of this book
should never wonder whether a typing mistake in a file was noticed. Every
malformed file is refused with one message that names the file, the line,
what was expected there and what was found, and nothing is computed from
it.
@^file formats@>

@ Here is the network of the worked-example chapter as a model file,
which the tests keep in the directory \.{tests/worked-example} as
\.{gomez.model}:
$$\vbox{\halign{#\hfil\cr
\.{lstm-model 1}\cr
\.{\# The two-step worked example: one cell, two inputs.}\cr
\.{inputs 2}\cr
\.{cells 1}\cr
\.{W 0.45 0.25}\quad\.{0.95 0.80}\quad\.{0.70 0.45}\quad\.{0.60 0.40}\cr
\.{U 0.15 0.80 0.10 0.25}\cr
\.{b 0.20 0.65 0.15 0.10}\cr}}$$
and its sequence, with targets $0.5$ and $1.25$ at its two steps:
$$\vbox{\halign{#\hfil\cr
\.{lstm-seq 1}\cr
\.{inputs 2}\cr
\.{targets 1}\cr
\.{sequence 2}\cr
\quad\.{1.0 2.0}\quad\.{0.5}\cr
\quad\.{0.5 3.0}\quad\.{1.25}\cr}}$$
The file in the repository lays the rows of $W$ out on lines of their
own; it does not matter, because line breaks are not significant.

@*1 The grammar.
A file is a sequence of {\it tokens\/} separated by white space (blanks,
tabs, line breaks). A \.{\#} starts a comment that runs to the end of its
line; it may follow a token directly, as in \.{0.5\#the target}. There are
three kinds of token: the words of the grammar below, written in
\.{typewriter} type; {\it sizes}, written with digits only; and {\it
numbers}, in the decimal notation of C:
$$\hbox{[\.{+}$\vert$\.{-}]\ digits\ [\.{.}\ digits]\
  [(\.{e}$\vert$\.{E})\ [\.{+}$\vert$\.{-}]\ digits]},$$
where at least one digit must come before the exponent, and the point may
start or end the mantissa (\.{.5}, \.{5.}). The three files are then
$$\vbox{\halign{$\langle$#$\rangle$\hfil&\quad#\quad&#\hfil\cr
model file&$\to$&\.{lstm-model 1} $\langle$network$\rangle$\cr
gradient file&$\to$&\.{lstm-grad 1 method} $\langle$name$\rangle$
  \.{loss} $\langle$number$\rangle$ $\langle$network$\rangle$\cr
network&$\to$&\.{inputs} $m$ \.{cells} $n$ [\.{forget none}]\cr
\omit&&\qquad\.W $\langle4nm$ numbers$\rangle$
  \.U $\langle4n^2$ numbers$\rangle$
  \.b $\langle4n$ numbers$\rangle$\cr
\omit&&\qquad[$\langle$output layer$\rangle$]\cr
output layer&$\to$&\.{outputs} $k$ (\.{l2} $\vert$ \.{softmax})
  \.V $\langle kn$ numbers$\rangle$ \.c $\langle k$ numbers$\rangle$\cr
\noalign{\smallskip}
sequence file&$\to$&\.{lstm-seq 1 inputs} $m$ \.{targets} $k$
  $\langle$sequence$\rangle$ $\langle$sequence$\rangle^*$\cr
sequence&$\to$&\.{sequence} $T$ $\langle$step$\rangle^T$\cr
step&$\to$&$\langle m$ numbers$\rangle$ ($\langle k$ numbers$\rangle$
  $\vert$ \.-)\cr}}$$
Here $m$, $n$, $k$ and $T$ stand for sizes, $\langle$name$\rangle$
for any token that is not a word of the grammar, and a star for any
number of repetitions; the words must come in the order shown. The numbers of $W$, $U$ and
$V$ are given row by row, the rows of $W$, $U$ and $b$ in the gate order
$a$, $i$, $f$, $o$ of the forward-pass chapter; so the numbers of the
network are exactly the vector $\theta$, in its order.
@^grammar of the files@>

@ What the files mean. Without an output layer the prediction at step
$t$ is $\out_t$, so $k=n$, and the loss is the squared error; with one,
the prediction is $z_t=V\out_t+c$ and the loss is the squared error
(\.{l2}) or the cross-entropy of the softmax of $z_t$ (\.{softmax}), as
in the forward-pass chapter. In a sequence file each step gives its $m$
inputs and then either its $k$ targets or the token \.- for a step without
a target. Every sequence starts from $\state_{-1}=\out_{-1}=0$, and the
loss of a file is the sum over its sequences and over the steps that have
a target. A gradient file has the shape of a model file; its numbers are
the derivatives of that loss with respect to the parameters in the same
places, its \.{method} says which method of the method table computed
them, and its \.{loss} is the loss. The words \.{forget none} after the
cells mark a network whose cells have no forget gate, $f_t\equiv1$; its
rows of $f$ are still listed, so that the blocks have the same sizes for
both kinds of cell, but they have no effect, and in a gradient file they
are zero.

@ A grammar does not settle everything a reader of files must decide.
This book decides as follows, and the code does what is written here.

{\it Order and completeness.} Every keyword must be there, in the order
of the grammar; a block with too few or too many numbers is an error, and
so is anything after the last block. A sequence file must hold at least
one sequence, so that a file cut short after its header is not taken for
an empty data set.

{\it Numbers.} Only the decimal notation above is accepted: not \.{nan},
not \.{inf}, not C's hexadecimal floating constants, and not a decimal
number too large for a |double| (such as \.{1e999}), since each of them
would make every loss and gradient computed from the file meaningless. A
number too small for a |double| (such as \.{1e-999}) is read as the
nearest |double|, zero or a subnormal; that is rounding, not an error.
Targets are any finite numbers, also for a softmax layer: the loss and
its gradient are defined for any targets, and the forward-pass chapter
computes them without assuming that the targets sum to one.

{\it Sizes.} $m$, $n$ and $k$ lie between 1 and |LSTM_MAX_DIM|, and the
network may have at most |LSTM_MAX_PARAMS| parameters; a sequence has at
least one step and at most |LSTM_MAX_PARAMS| numbers of inputs or of
targets, the limit of |lstm_data_add|. The limits are checked as soon as
the sizes are read, before anything is allocated, with arithmetic that
cannot overflow. Moreover the readers never trust a size to allocate
memory: the numbers are collected as they are read, in storage that grows
with them, so a file of a few bytes that announces a sequence of a
hundred million steps is refused when its numbers run out, having cost a
few bytes of memory.
@^limits@>

{\it Text.} A file is text: a byte below 32 other than white space, or the
byte 127, is refused at once, which catches binary files on their first
line. Bytes from 128 up (the letters of UTF-8) may appear in comments,
and nowhere else. A token has at most |LSTM_TOKEN_MAX| characters and a
line at most |LSTM_LINE_MAX|; the second limit is far above the lines
that |lstm_model_write| writes (at most eight numbers each), but a script
that writes a whole matrix of a large network on one line must break it.
A carriage return is white space, so files written on Windows are read as
they are.

@<Public constants@>=
#define LSTM_TOKEN_MAX 100
#define LSTM_READ_BLOCK 65536
#define LSTM_LINE_MAX (1L<<20)

@ The messages follow one pattern, \.{file:line: expected} this\.{,
found} that, for instance
$$\hbox{\.{gomez.model:11: expected 8 numbers in W, found only 7 before
'U'}}$$
where the line is that of the token that showed the mistake: here the
\.U that came too early. At the end of the file the line is the last
line of the file. A file that cannot be opened or read gets the message
of the operating system, \.{file: cannot open the file: No such file or
directory}, without a line. All these are |LSTM_EDATA| or |LSTM_EIO|,
which the command turns into exit status~1.
@^error messages@>

@*1 Reading tokens.
The three readers share one tokenizer, which reads a file byte by byte.
It keeps no line in memory, so a line of any length costs nothing but
the count of its characters; it only ever holds one token. A reader
calls |peek| to see the next token without taking it, and |take| to take
it; the token is in |rd->tok|, or |rd->at_end| is set at the end of the
file. The reader remembers the line of the token, for the messages, and
the first error it met, so that every function of the parser can return
as soon as something is wrong.

@<Private types of the readers@>=
typedef struct lstm_reader {
  FILE *f;
  const char *name; /* the file name used in messages */
  lstm_error *err;
  int status; /* |LSTM_OK| until the first error */
  long line; /* the line of the next byte */
  long last_line; /* the line of the last byte read, 0 before the first */
  long col; /* bytes read on the current line */
  int back; /* a byte put back, or |EOF| */
  unsigned char block[LSTM_READ_BLOCK]; /* bytes read ahead from |f| */
  size_t at, have; /* the next byte of |block|, and how many it holds */
  int peeked; /* |tok| holds a token not yet taken */
  int at_end; /* the token is the end of the file */
  long tok_line; /* the line of the token */
  char tok[LSTM_TOKEN_MAX + 1];
  char shown[LSTM_TOKEN_MAX + 3]; /* the token in quotes, for messages */
  double *v; /* numbers read so far */
  size_t len, cap; /* used and allocated length of |v| */
  unsigned char *flag; /* for sequences: whether a step has a target */
  size_t flags, flag_cap;
} lstm_reader;

@ @<Private declarations@>=
@<Private types of the readers@>@;
static void reader_open(lstm_reader *rd, FILE *f, const char *name,
  lstm_error *err);
static void reader_close(lstm_reader *rd);
static int get(lstm_reader *rd);
static int peek(lstm_reader *rd);
static void take(lstm_reader *rd);
static int bad(lstm_reader *rd, long line, const char *fmt, ...);
static const char *shown(lstm_reader *rd);

@ A reader starts at line 1 with nothing read, and owns the storage for
the numbers it collects; |reader_close| frees it.

@<Functions@>=
static void reader_open(lstm_reader *rd, FILE *f, const char *name,
  lstm_error *err)
{
  memset(rd, 0, sizeof *rd);
  rd->f = f;
  rd->name = name;
  rd->err = err;
  rd->line = 1;
  rd->back = EOF;
}
@#
static void reader_close(lstm_reader *rd)
{
  free(rd->v);
  free(rd->flag);
  rd->v = NULL;
  rd->flag = NULL;
}

@ Every error of the data goes through |bad|, which puts the file and the
line into the error record and keeps the status, so that a later call
of |get| or |peek| returns at once.

@<Functions@>=
static int bad(lstm_reader *rd, long line, const char *fmt, ...)
{
  va_list ap;
  if (rd->status != LSTM_OK) return rd->status;
  if (rd->err) {
    error_file(rd->err, rd->name);
    rd->err->line = line;
  }
  va_start(ap, fmt);
  rd->status = fail_v(rd->err, LSTM_EDATA, fmt, ap);
  va_end(ap);
  return rd->status;
}

@ |get| returns the next byte, or |EOF| at the end of the file and after
an error. It counts lines and the length of the current line, and refuses
the bytes that do not occur in text. A failure of the operating system,
such as reading a directory, is |LSTM_EIO| and is about the file, not
about a line. The bytes come from |block|, which |fread| fills
|LSTM_READ_BLOCK| at a time: a call of |getc| for every byte, with the
locking of the stream that the C library does on each call, took as long
as converting the numbers. (A reader reads its file to the end, so
nothing read ahead is ever missed by a later reader of the same
stream.)
@^binary files@>

@<Functions@>=
static int get(lstm_reader *rd)
{
  int c;
  if (rd->status != LSTM_OK) return EOF;
  if (rd->back != EOF) {
    c = rd->back;
    rd->back = EOF;
    return c;
  }
  if (rd->at == rd->have) {
    errno = 0;
    rd->have = fread(rd->block, 1, sizeof rd->block, rd->f);
    rd->at = 0;
    if (rd->have == 0) {
      if (ferror(rd->f))
        @<Fail with the system's reason for not reading the file@>;
      return EOF;
    }
  }
  c = rd->block[rd->at++];
  rd->last_line = rd->line;
  if (c == '\n') {
    rd->line++;
    rd->col = 0;
  } else if (++rd->col > LSTM_LINE_MAX) {
    bad(rd, rd->line, "expected at most %ld characters on a line, found more",
      LSTM_LINE_MAX);
@.expected at most...characters...@>
    return EOF;
  } else if ((c < 32 && !isspace(c)) || c == 127) {
    bad(rd, rd->line, "expected text, found the byte 0x%02x", (unsigned)c);
@.expected text, found the byte...@>
    return EOF;
  }
  return c;
}

@ @<Fail with the system's reason...@>=
{
  int e = errno;
  lstm_fail_at(rd->err, LSTM_EIO, rd->name, 0, "cannot read the file: %s",
    e ? strerror(e) : "read error");
@.cannot read the file@>
  rd->status = LSTM_EIO;
}

@ |peek| finds the next token, unless it already has one. White space and
comments are skipped; a token runs up to the next white space or
\.{\#}, and a \.{\#} that ends it is put back, to start the comment.

@<Functions@>=
static int peek(lstm_reader *rd)
{
  int c;
  size_t len = 0;
  if (rd->status != LSTM_OK || rd->peeked) return rd->status;
  @<Skip white space and comments; leave the first byte of the token in
    |c|@>;
  if (c == EOF) {
    if (rd->status != LSTM_OK) return rd->status;
    rd->at_end = 1;
    rd->tok[0] = '\0';
    rd->tok_line = rd->last_line > 0 ? rd->last_line : 1;
    rd->peeked = 1;
    return LSTM_OK;
  }
  rd->tok_line = rd->line;
  @<Collect the bytes of the token in |rd->tok|@>;
  if (rd->status != LSTM_OK) return rd->status;
  rd->tok[len] = '\0';
  if (c == '#') rd->back = c;
  rd->peeked = 1;
  return LSTM_OK;
}
@#
static void take(lstm_reader *rd)
{
  rd->peeked = 0;
}

@ @<Skip white space and comments...@>=
do {
  c = get(rd);
  if (c == '#')
    while (c != '\n' && c != EOF) c = get(rd);
} while (c != EOF && isspace(c));

@ A token is made of the printable characters of ASCII; anything else
outside a comment is refused, with its code, since it may not print.

@<Collect the bytes of the token...@>=
while (c != EOF && !isspace(c) && c != '#') {
  if (c > 126) {
    bad(rd, rd->line, "expected plain ASCII outside comments, " @/
      "found the byte 0x%02x", (unsigned)c);
@.expected plain ASCII...@>
    break;
  }
  if (len == LSTM_TOKEN_MAX) {
    bad(rd, rd->tok_line, "expected a word or number of at most %d " @/
      "characters, found a longer one", LSTM_TOKEN_MAX);
@.expected a word or number...@>
    break;
  }
  rd->tok[len++] = (char)c;
  c = get(rd);
}

@ Messages show the token in quotes, or say that the file ended.

@<Functions@>=
static const char *shown(lstm_reader *rd)
{
  if (rd->at_end) return "the end of the file";
  snprintf(rd->shown, sizeof rd->shown, "'%s'", rd->tok);
  return rd->shown;
}

@*1 Reading words, sizes and numbers.
Three small functions read the three kinds of token. |keyword| takes the
next token, which must be the given word.

@<Private declarations@>=
static int keyword(lstm_reader *rd, const char *word);
static int size_value(lstm_reader *rd, const char *what, size_t most,
  size_t *v);
static int number(lstm_reader *rd, const char *what, double *v);
static int is_keyword(const lstm_reader *rd);
static int decimal(const char *s);

@ @<Functions@>=
static int keyword(lstm_reader *rd, const char *word)
{
  if (peek(rd) != LSTM_OK) return rd->status;
  if (rd->at_end || strcmp(rd->tok, word) != 0)
    return bad(rd, rd->tok_line, "expected '%s', found %s", word, shown(rd));
@.expected '...', found...@>
  take(rd);
  return LSTM_OK;
}

@ A size is written with digits only and must lie between 1 and |most|.
The digits are accumulated only while the value is at most |most|, which
is far below the largest |size_t|, so that no number of digits can make
the value wrap around; a negative size, a zero, a size with a point and
an absurdly large one all get the same message, which says what is
allowed.
@^overflow@>

@<Functions@>=
static int size_value(lstm_reader *rd, const char *what, size_t most,
  size_t *v)
{
  size_t x = 0;
  int ok;
  const char *s;
  if (peek(rd) != LSTM_OK) return rd->status;
  ok = !rd->at_end;
  for (s = rd->tok; ok && *s; s++)
    if (!isdigit((unsigned char)*s)) ok = 0;
    else if (x <= most) x = 10 * x + (size_t)(*s - '0');
  if (!ok || x < 1 || x > most)
    return bad(rd, rd->tok_line,
      "expected a whole number of %s between 1 and %zu, found %s",
      what, most, shown(rd));
@.expected a whole number of...@>
  take(rd);
  *v = x;
  return LSTM_OK;
}

@ |decimal| says whether a token is written in the decimal notation of the
grammar; only such a token is given to |strtod|, which would also take
\.{nan}, \.{inf} and hexadecimal numbers. The C library's |strtod| rounds
correctly, so a number that |lstm_model_write| printed with 17
significant digits is read back as the very same |double|.

@<Functions@>=
static int decimal(const char *s)
{
  int digits = 0;
  if (*s == '+' || *s == '-') s++;
  for (; isdigit((unsigned char)*s); s++) digits++;
  if (*s == '.')
    for (s++; isdigit((unsigned char)*s); s++) digits++;
  if (digits == 0) return 0;
  if (*s == 'e' || *s == 'E') {
    s++;
    if (*s == '+' || *s == '-') s++;
    if (!isdigit((unsigned char)*s)) return 0;
    while (isdigit((unsigned char)*s)) s++;
  }
  return *s == '\0';
}

@ |number| takes a number for the block or step described by |what|.
Its caller has made sure that the token is not a keyword. A token that
|strtod| reads as a NaN or an infinity, or a decimal number that
overflows, is named as not finite; anything else that is not decimal is
not a number.
@^NaN@>

@<Functions@>=
static int number(lstm_reader *rd, const char *what, double *v)
{
  char *end;
  double x;
  if (peek(rd) != LSTM_OK) return rd->status;
  x = strtod(rd->tok, &end);
  if (decimal(rd->tok) && isfinite(x)) {
    take(rd);
    *v = x;
    return LSTM_OK;
  }
  if (*end == '\0' && end != rd->tok && !isfinite(x))
    return bad(rd, rd->tok_line, "expected a finite number in %s, found %s",
      what, shown(rd));
@.expected a finite number...@>
  return bad(rd, rd->tok_line, "expected a number in %s, found %s", what,
    shown(rd));
@.expected a number in...@>
}

@ The words of the grammar, and the end of the file, end a list of
numbers; a block that meets one of them too early is too short, and the
message says so rather than calling the word a bad number. No word
starts with a digit, a point or a plus sign, and the only one that
starts with a minus sign is \.- itself, so a token that starts like a
number is answered at once, without comparing it with the words: this is
asked of every number a file holds.

@<Functions@>=
static int is_keyword(const lstm_reader *rd)
{
  static const char *word[] = {"lstm-model", "lstm-seq", "lstm-grad",
    "method", "loss", "inputs", "cells", "forget", "targets", "outputs", "W",
    "U", "b", "V", "c", "sequence", "-"};
  if (rd->at_end) return 1;
  if (isdigit((unsigned char)rd->tok[0]) || rd->tok[0] == '.' ||
      rd->tok[0] == '+' || (rd->tok[0] == '-' && rd->tok[1] != '\0'))
    return 0;
  for (size_t q = 0; q < sizeof word / sizeof word[0]; q++)
    if (strcmp(rd->tok, word[q]) == 0) return 1;
  return 0;
}

@ The numbers of a file are appended to |rd->v|, which doubles when it is
full; |push| fails only when memory runs out. The total is bounded by the
limits on sizes checked before, so the doubling cannot overflow.

@<Private declarations@>=
static int push(lstm_reader *rd, double x);
static int numbers(lstm_reader *rd, size_t count, const char *what);

@ @<Functions@>=
static int push(lstm_reader *rd, double x)
{
  if (rd->len == rd->cap) {
    size_t cap = rd->cap ? 2 * rd->cap : 64;
    double *more;
    if (cap > SIZE_MAX / sizeof *more ||
        !(more = realloc(rd->v, cap * sizeof *more))) {
      lstm_fail_at(rd->err, LSTM_ENOMEM, rd->name, 0,
        "out of memory after %zu numbers", rd->len);
@.out of memory after...@>
      return rd->status = LSTM_ENOMEM;
    }
    rd->v = more;
    rd->cap = cap;
  }
  rd->v[rd->len++] = x;
  return LSTM_OK;
}

@ |numbers| reads |count| numbers into |rd->v|. It is the one place where
a block that is too short is noticed.

@<Functions@>=
static int numbers(lstm_reader *rd, size_t count, const char *what)
{
  for (size_t q = 0; q < count; q++) {
    double x;
    if (peek(rd) != LSTM_OK) return rd->status;
    if (is_keyword(rd))
      return bad(rd, rd->tok_line,
        "expected %zu number%s in %s, found only %zu before %s", count,
        count == 1 ? "" : "s", what, q, shown(rd));
@.expected...numbers in...@>
    if (number(rd, what, &x) != LSTM_OK || push(rd, x) != LSTM_OK)
      return rd->status;
  }
  return LSTM_OK;
}

@ A list that is too long shows itself when a number comes where the next
keyword, or the end of the file, should be. |expect_after| is called
there: it leaves a keyword or the end of the file to its caller, and
turns a number into a message about the list before it.

@<Private declarations@>=
static int expect_after(lstm_reader *rd, const char *expected,
  const char *after);

@ @<Functions@>=
static int expect_after(lstm_reader *rd, const char *expected,
  const char *after)
{
  if (peek(rd) != LSTM_OK || is_keyword(rd)) return rd->status;
  if (decimal(rd->tok))
    return bad(rd, rd->tok_line, "expected %s after %s, found another number %s",
      expected, after, shown(rd));
@.expected...found another...@>
  return bad(rd, rd->tok_line, "expected %s, found %s", expected, shown(rd));
}

@*1 Reading a model.
Model files and gradient files differ only in their header, so one
function, |read_network|, reads the rest of both. It reads the sizes,
checks them, and collects the numbers of the blocks into |rd->v|, walking
the blocks with |lstm_blocks| on a network that has the sizes but no
storage yet; only when the whole file has been read does it allocate the
network and copy the numbers into $\theta$. So a model that is refused
has allocated nothing but the numbers read before the error.

@<Private declarations@>=
static int read_network(lstm_reader *rd, lstm_net *net);

@ @<Functions@>=
static int read_network(lstm_reader *rd, lstm_net *net)
{
  lstm_net shape;
  lstm_block block[LSTM_MAX_BLOCKS];
  size_t count, P;
  long line;
  char after[64];
  memset(&shape, 0, sizeof shape);
  @<Read the numbers of inputs and cells, and check the size of the
    network@>;
  count = lstm_blocks(&shape, block);
  if (read_blocks(rd, block, 0, count) != LSTM_OK) return rd->status;
  after_block(after, sizeof after, &block[count - 1]);
  if (expect_after(rd, "'outputs' or the end of the file", after) != LSTM_OK)
    return rd->status;
  if (!rd->at_end) {
    @<Read the kind and size of the output layer, and check the size of the
      network@>;
    count = lstm_blocks(&shape, block);
    if (read_blocks(rd, block, 3, count) != LSTM_OK) return rd->status;
    after_block(after, sizeof after, &block[count - 1]);
    if (expect_after(rd, "the end of the file", after) != LSTM_OK)
      return rd->status;
    if (!rd->at_end)
      return bad(rd, rd->tok_line, "expected the end of the file, found %s",
        shown(rd));
@.expected the end of the file...@>
  }
  @<Allocate the network and copy the numbers into $\theta$@>;
  return LSTM_OK;
}

@ The product of the sizes is checked by |lstm_net_size|, the function
|lstm_net_init| uses, before a single number is read; its message is
replaced by one that names the sizes the file gave.

@<Read the numbers of inputs and cells...@>=
if (keyword(rd, "inputs") != LSTM_OK ||
    size_value(rd, "inputs", LSTM_MAX_DIM, &shape.m) != LSTM_OK ||
    keyword(rd, "cells") != LSTM_OK) return rd->status;
if (size_value(rd, "cells", LSTM_MAX_DIM, &shape.n) != LSTM_OK)
  return rd->status;
line = rd->tok_line;
shape.k = shape.n;
@<Read \.{forget none}, if the cells have no forget gate@>;
if (lstm_net_size(shape.m, shape.n, shape.k, LSTM_OUT_NONE, &P, NULL)
    != LSTM_OK)
  return bad(rd, line, "expected at most %zu parameters, found inputs %zu " @/
    "and cells %zu, which need more", (size_t)LSTM_MAX_PARAMS, shape.m,
    shape.n);
@.expected at most...parameters@>

@ @<Read \.{forget none}...@>=
if (peek(rd) != LSTM_OK) return rd->status;
if (!rd->at_end && strcmp(rd->tok, "forget") == 0) {
  take(rd);
  if (peek(rd) != LSTM_OK) return rd->status;
  if (rd->at_end || strcmp(rd->tok, "none") != 0)
    return bad(rd, rd->tok_line, "expected 'none' after 'forget', found %s",
      shown(rd));
@.expected 'none' after 'forget'...@>
  take(rd);
  shape.no_forget = 1;
}

@ @<Read the kind and size of the output layer...@>=
if (keyword(rd, "outputs") != LSTM_OK) return rd->status;
line = rd->tok_line;
if (size_value(rd, "outputs", LSTM_MAX_DIM, &shape.k) != LSTM_OK ||
    peek(rd) != LSTM_OK) return rd->status;
if (strcmp(rd->tok, "l2") == 0) shape.output = LSTM_OUT_L2;
else if (strcmp(rd->tok, "softmax") == 0) shape.output = LSTM_OUT_SOFTMAX;
else return bad(rd, rd->tok_line, "expected 'l2' or 'softmax', found %s",
  shown(rd));
@.expected 'l2' or 'softmax'...@>
take(rd);
if (lstm_net_size(shape.m, shape.n, shape.k, shape.output, &P, NULL)
    != LSTM_OK)
  return bad(rd, line, "expected at most %zu parameters, found an output " @/
    "layer of %zu that needs more", (size_t)LSTM_MAX_PARAMS, shape.k);

@ Each block starts with its name, followed by its numbers.

@<Private declarations@>=
static int read_blocks(lstm_reader *rd, const lstm_block *block,
  size_t from, size_t to);
static void after_block(char *after, size_t size, const lstm_block *block);

@ @<Functions@>=
static int read_blocks(lstm_reader *rd, const lstm_block *block,
  size_t from, size_t to)
{
  for (size_t q = from; q < to; q++) {
    if (q > from) {
      char expected[8], after[64];
      snprintf(expected, sizeof expected, "'%s'", block[q].name);
      after_block(after, sizeof after, &block[q - 1]);
      if (expect_after(rd, expected, after) != LSTM_OK) return rd->status;
    }
    if (keyword(rd, block[q].name) != LSTM_OK ||
        numbers(rd, block[q].rows * block[q].cols, block[q].name) != LSTM_OK)
      return rd->status;
  }
  return LSTM_OK;
}

@ A message about a block that is too long says how many numbers the
block should have had.

@<Functions@>=
static void after_block(char *after, size_t size, const lstm_block *block)
{
  size_t count = block->rows * block->cols;
  snprintf(after, size, "the %zu number%s of %s", count, count == 1 ? "" : "s",
    block->name);
}

@ Every number the file gave has been checked; the network is allocated
and filled in one copy, since the numbers were read in the order of
$\theta$.

@<Allocate the network and copy...@>=
{
  int status = lstm_net_init(net, shape.m, shape.n, shape.k, shape.output,
    rd->err);
  if (status != LSTM_OK) return rd->status = status;
  net->no_forget = shape.no_forget;
  memcpy(net->theta, rd->v, net->P * sizeof *net->theta);
}

@ The public functions. |lstm_model_load| reads a model from a stream
that the caller opened, naming it |name| in messages; |lstm_model_read|
opens the file |path| and reads it. On success the caller owns |*net|
and frees it with |lstm_net_free|; on failure |*net| holds nothing that
needs freeing.

@<Public functions@>=
int lstm_model_load(FILE *f, const char *name, lstm_net *net,
  lstm_error *err);
int lstm_model_read(const char *path, lstm_net *net, lstm_error *err);

@ @<Functions@>=
int lstm_model_load(FILE *f, const char *name, lstm_net *net,
  lstm_error *err)
{
  lstm_reader rd;
  memset(net, 0, sizeof *net);
  reader_open(&rd, f, name, err);
  if (keyword(&rd, "lstm-model") == LSTM_OK && version(&rd) == LSTM_OK)
    read_network(&rd, net);
  reader_close(&rd);
  return rd.status;
}
@#
int lstm_model_read(const char *path, lstm_net *net, lstm_error *err)
{
  FILE *f = open_input(path, err);
  int status;
  memset(net, 0, sizeof *net);
  if (!f) return LSTM_EIO;
  status = lstm_model_load(f, path, net, err);
  if (f != stdin) fclose(f);
  return status;
}

@ Every format has version 1; a file of another version is refused
rather than guessed at.

@<Private declarations@>=
static int version(lstm_reader *rd);
static FILE *open_input(const char *path, lstm_error *err);

@ @<Functions@>=
static int version(lstm_reader *rd)
{
  if (peek(rd) != LSTM_OK) return rd->status;
  if (rd->at_end || strcmp(rd->tok, "1") != 0)
    return bad(rd, rd->tok_line, "expected version 1, found %s", shown(rd));
@.expected version 1...@>
  take(rd);
  return LSTM_OK;
}

@ A file that cannot be opened is reported with the reason the system
gives. The name \.- means standard input, which the readers read like a
file but do not close.
@^standard input@>

@<Functions@>=
static FILE *open_input(const char *path, lstm_error *err)
{
  FILE *f;
  if (strcmp(path, "-") == 0) return stdin;
  errno = 0;
  if (!(f = fopen(path, "rb"))) {
    int e = errno;
    lstm_fail_at(err, LSTM_EIO, path, 0, "cannot open the file: %s",
      e ? strerror(e) : "unknown reason");
@.cannot open the file@>
  }
  return f;
}

@*1 Reading a gradient.
A gradient file is read back by |lstm_grad_load| and |lstm_grad_read|,
which fill |*grad| like a model, and also return the method's name (in
|method|, which has room for |LSTM_NAME_MAX| characters, or may be
|NULL|) and the loss. The tests use them to check what \.{lstm grad}
printed.

@<Public functions@>=
int lstm_grad_load(FILE *f, const char *name, lstm_net *grad, char *method,
  double *loss, lstm_error *err);
int lstm_grad_read(const char *path, lstm_net *grad, char *method,
  double *loss, lstm_error *err);

@ @<Functions@>=
int lstm_grad_load(FILE *f, const char *name, lstm_net *grad, char *method,
  double *loss, lstm_error *err)
{
  lstm_reader rd;
  double l = 0;
  memset(grad, 0, sizeof *grad);
  reader_open(&rd, f, name, err);
  if (keyword(&rd, "lstm-grad") == LSTM_OK && version(&rd) == LSTM_OK &&
      keyword(&rd, "method") == LSTM_OK && peek(&rd) == LSTM_OK) {
    if (is_keyword(&rd))
      bad(&rd, rd.tok_line, "expected the name of a method, found %s",
        shown(&rd));
@.expected the name of a method@>
    else {
      if (method) snprintf(method, LSTM_NAME_MAX, "%s", rd.tok);
      take(&rd);
      if (keyword(&rd, "loss") == LSTM_OK &&
          number(&rd, "the loss", &l) == LSTM_OK &&
          read_network(&rd, grad) == LSTM_OK && loss)
        *loss = l;
    }
  }
  reader_close(&rd);
  return rd.status;
}
@#
int lstm_grad_read(const char *path, lstm_net *grad, char *method,
  double *loss, lstm_error *err)
{
  FILE *f = open_input(path, err);
  int status;
  memset(grad, 0, sizeof *grad);
  if (!f) return LSTM_EIO;
  status = lstm_grad_load(f, path, grad, method, loss, err);
  if (f != stdin) fclose(f);
  return status;
}

@*1 Reading sequences.
The reader of sequence files takes, besides the stream, the network the
sequences are meant for, or |NULL|. With a network it checks the numbers
of inputs and targets against it where the file gives them, so that a
sequence file that does not fit its model is refused at the line that
says so. Without one, any sizes within the limits are accepted, and
|lstm_data_fits| can check them later.

@<Public functions@>=
int lstm_data_load(FILE *f, const char *name, const lstm_net *net,
  lstm_data *data, lstm_error *err);
int lstm_data_read(const char *path, const lstm_net *net, lstm_data *data,
  lstm_error *err);

@ On success the caller owns |*data| and frees it with |lstm_data_free|;
on failure the sequences read so far are freed.

@<Functions@>=
int lstm_data_load(FILE *f, const char *name, const lstm_net *net,
  lstm_data *data, lstm_error *err)
{
  lstm_reader rd;
  size_t m = 0, k = 0;
  lstm_data_init(data, 0, 0);
  reader_open(&rd, f, name, err);
  if (keyword(&rd, "lstm-seq") == LSTM_OK && version(&rd) == LSTM_OK) {
    @<Read the numbers of inputs and targets, and check them against the
      network@>;
    lstm_data_init(data, m, k);
    while (rd.status == LSTM_OK && read_sequence(&rd, data) == LSTM_OK &&
      !rd.at_end) {}
  }
  if (rd.status != LSTM_OK) lstm_data_free(data);
  reader_close(&rd);
  return rd.status;
}
@#
int lstm_data_read(const char *path, const lstm_net *net, lstm_data *data,
  lstm_error *err)
{
  FILE *f = open_input(path, err);
  int status;
  lstm_data_init(data, 0, 0);
  if (!f) return LSTM_EIO;
  status = lstm_data_load(f, path, net, data, err);
  if (f != stdin) fclose(f);
  return status;
}

@ @<Read the numbers of inputs and targets...@>=
if (keyword(&rd, "inputs") == LSTM_OK &&
    size_value(&rd, "inputs", LSTM_MAX_DIM, &m) == LSTM_OK && net &&
    m != net->m)
  bad(&rd, rd.tok_line, "expected inputs %zu, as in the model, found %zu",
    net->m, m);
@.expected inputs...as in...@>
if (keyword(&rd, "targets") == LSTM_OK &&
    size_value(&rd, "targets", LSTM_MAX_DIM, &k) == LSTM_OK && net &&
    k != net->k)
  bad(&rd, rd.tok_line, "expected targets %zu, the number of predictions " @/
    "of the model, found %zu", net->k, k);
@.expected targets...@>

@ |read_sequence| reads one sequence, or notices the end of the file; it
leaves |rd->at_end| set when there are no more. The first call must find a
sequence. The steps are collected in the reader's storage, and the
sequence is added to |data|, which allocates it, only when all its steps
have been read.

@<Private declarations@>=
static int read_sequence(lstm_reader *rd, lstm_data *data);
static int push_flag(lstm_reader *rd, int flag);

@ @<Functions@>=
static int read_sequence(lstm_reader *rd, lstm_data *data)
{
  size_t T, most = LSTM_MAX_PARAMS / (data->m > data->k ? data->m : data->k);
  size_t number_of = data->count + 1;
  char after[64];
  lstm_seq *seq;
  if (data->count == 0) snprintf(after, sizeof after, "the header");
  else snprintf(after, sizeof after, "the %zu step%s of sequence %zu",
    data->seq[data->count - 1].T, data->seq[data->count - 1].T == 1 ? "" : "s",
    data->count);
  if (expect_after(rd, data->count ? "'sequence' or the end of the file" :
      "'sequence'", after) != LSTM_OK) return rd->status;
  if (rd->at_end && data->count > 0) return LSTM_OK;
  if (keyword(rd, "sequence") != LSTM_OK ||
      size_value(rd, "steps", most, &T) != LSTM_OK) return rd->status;
  rd->len = rd->flags = 0;
  for (size_t t = 0; t < T; t++)
    @<Read step |t| of the sequence into the reader's storage@>;
  @<Add the sequence to |data| and copy its steps@>;
  (void)peek(rd);
  return rd->status;
}

@ The inputs of a step come first, then either its targets or a \.-.
A step without a target adds nothing to the storage but its flag: a \.-
costs one byte however many targets the file announces, so a file of a
few kilobytes that announces 65,536 targets and gives \.- at every step
costs a few kilobytes, not $65{,}536$ numbers per step.
@^limits@>

@<Read step |t|...@>=
{
  char what[96];
  snprintf(what, sizeof what, "the inputs of step t=%zu of sequence %zu", t,
    number_of);
  if (numbers(rd, data->m, what) != LSTM_OK || peek(rd) != LSTM_OK)
    return rd->status;
  if (!rd->at_end && strcmp(rd->tok, "-") == 0) {
    take(rd);
    if (push_flag(rd, 0) != LSTM_OK) return rd->status;
  } else {
    snprintf(what, sizeof what, "the targets of step t=%zu of sequence %zu", t,
      number_of);
    if (numbers(rd, data->k, what) != LSTM_OK || push_flag(rd, 1) != LSTM_OK)
      return rd->status;
  }
}

@ The storage holds, for step $t$, the $m$ inputs and then, if the step
has a target, the $k$ targets; the two are copied into the sequence's two
matrices row by row. |lstm_data_add| checks the size of the sequence once
more and allocates it, with |calloc|, so that the rows of the steps
without a target are zeros that nothing writes or reads: where the
system maps zero pages lazily, as Linux and the BSDs do, they cost
address space, not memory.

@<Add the sequence to |data|...@>=
{
  const size_t m = data->m, k = data->k;
  const double *from = rd->v;
  int status = lstm_data_add(data, T, &seq, rd->err);
  if (status != LSTM_OK) return rd->status = status;
  for (size_t t = 0; t < T; t++) {
    memcpy(seq->x + t * m, from, m * sizeof *seq->x);
    from += m;
    if ((seq->has_y[t] = rd->flag[t]) != 0) {
      memcpy(seq->y + t * k, from, k * sizeof *seq->y);
      from += k;
    }
  }
}

@ @<Functions@>=
static int push_flag(lstm_reader *rd, int flag)
{
  if (rd->flags == rd->flag_cap) {
    size_t cap = rd->flag_cap ? 2 * rd->flag_cap : 64;
    unsigned char *more = realloc(rd->flag, cap);
    if (!more) {
      lstm_fail_at(rd->err, LSTM_ENOMEM, rd->name, 0,
        "out of memory after %zu steps", rd->flags);
@.out of memory after...@>
      return rd->status = LSTM_ENOMEM;
    }
    rd->flag = more;
    rd->flag_cap = cap;
  }
  rd->flag[rd->flags++] = (unsigned char)flag;
  return LSTM_OK;
}

@*1 Writing.
The writers print every number with |"%.17g"|, 17 significant digits,
which is enough to identify every |double| uniquely; since the readers use
a correctly rounding |strtod|, a file written and read back gives the
very same bits. A matrix is written row by row, each row starting a new
line of at most eight numbers, so that the rows can be told apart by eye.
Each writer returns |LSTM_EIO| when the stream reports an error.
@^round trip@>

@<Public functions@>=
int lstm_model_write(FILE *f, const lstm_net *net, lstm_error *err);
int lstm_grad_write(FILE *f, const lstm_net *grad, const char *method,
  double loss, lstm_error *err);
int lstm_data_write(FILE *f, const lstm_data *data, lstm_error *err);

@ The body shared by model files and gradient files walks the blocks with
|lstm_blocks|; it is the one piece of code that prints a network.

@<Private declarations@>=
static void write_network(FILE *f, const lstm_net *net);
static void write_row(FILE *f, const double *v, size_t count);
static int written(FILE *f, lstm_error *err);

@ @<Functions@>=
static void write_network(FILE *f, const lstm_net *net)
{
  lstm_block block[LSTM_MAX_BLOCKS];
  size_t count = lstm_blocks(net, block);
  fprintf(f, "inputs %zu\ncells %zu\n", net->m, net->n);
  if (net->no_forget) fprintf(f, "forget none\n");
  for (size_t q = 0; q < count; q++) {
    if (q == 3)
      fprintf(f, "outputs %zu %s\n", net->k,
        net->output == LSTM_OUT_SOFTMAX ? "softmax" : "l2");
    fprintf(f, "%s\n", block[q].name);
    for (size_t r = 0; r < block[q].rows; r++)
      write_row(f, net->theta + block[q].offset + r * block[q].cols,
        block[q].cols);
  }
}
@#
static void write_row(FILE *f, const double *v, size_t count)
{
  for (size_t l = 0; l < count; l++)
    fprintf(f, "%s%.17g%s", l % 8 == 0 ? "  " : " ", v[l],
      l % 8 == 7 || l + 1 == count ? "\n" : "");
}
@#
static int written(FILE *f, lstm_error *err)
{
  if (ferror(f))
    return lstm_fail(err, LSTM_EIO, "error writing the file");
@.error writing the file@>
  return LSTM_OK;
}

@ @<Functions@>=
int lstm_model_write(FILE *f, const lstm_net *net, lstm_error *err)
{
  fprintf(f, "lstm-model 1\n");
  write_network(f, net);
  return written(f, err);
}
@#
int lstm_grad_write(FILE *f, const lstm_net *grad, const char *method,
  double loss, lstm_error *err)
{
  fprintf(f, "lstm-grad 1\nmethod %s\nloss %.17g\n", method, loss);
  write_network(f, grad);
  return written(f, err);
}

@ A data set is written one step to a line: the inputs, then the targets
or \.-.

@<Functions@>=
int lstm_data_write(FILE *f, const lstm_data *data, lstm_error *err)
{
  fprintf(f, "lstm-seq 1\ninputs %zu\ntargets %zu\n", data->m, data->k);
  for (size_t s = 0; s < data->count; s++) {
    const lstm_seq *seq = &data->seq[s];
    fprintf(f, "sequence %zu\n", seq->T);
    for (size_t t = 0; t < seq->T; t++) {
      for (size_t l = 0; l < seq->m; l++)
        fprintf(f, " %.17g", seq->x[t * seq->m + l]);
      fprintf(f, "  ");
      if (!seq->has_y[t]) fprintf(f, " -");
      else for (size_t l = 0; l < seq->k; l++)
        fprintf(f, " %.17g", seq->y[t * seq->k + l]);
      fputc('\n', f);
    }
  }
  return written(f, err);
}

@*1 Exercises.
\exercise{formats.1}{15}
The readers refuse a file rather than guess. Give three malformed model
files that a lenient reader might accept, and the message each gets from
\.{lstm forward}.

\exercise{formats.2}{25}
Run the fuzzer of \.{tests/fuzz.c} for an hour with a seed of your own.
What fraction of its inputs does each reader accept?

\exercise{formats.3}{30}
Design a binary format for gradients that is exact, portable between
machines of different byte order, and checked by a checksum, and write
its reader in the strict style of this chapter.
