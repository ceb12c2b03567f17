@* Files.
A reader who wants to try a network of her own writes it down in a
{\it model file}, the sequences it should read in a {\it sequence file},
and gives both to the \.{lstm} command of a later chapter; the gradient
comes back in a {\it gradient file}. An instructor hands such files out,
and a script in any language can write them or check what the program
computes. This chapter defines the three formats, with their grammar, and
gives the code that reads and writes them (|lstm_model_read|, |lstm_data_read|,
|lstm_grad_read|; |lstm_model_write|, |lstm_data_write|, |lstm_grad_write|). The code is part of the
library, so a C program can load a model, run it and get its gradient
without the command.

The formats are plain text, so that a person can write them with an
editor and read them back. They are also strict: a reader of this book
should never wonder whether a typing mistake in a file was noticed. Every
malformed file is refused with one message that names the file, the line,
what was expected there and what was found (|bad| writes it into the
caller's |lstm_error|), and nothing is computed from
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
model file&$\to$&\.{lstm-model 1} [$\langle$alphabet$\rangle$]
  $\langle$network$\rangle$\cr
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
network are exactly the vector $\theta$ (|net->theta|), in its order.
@^grammar of the files@>

@ What the files mean. Without an output layer the prediction at step
$t$ is $\out_t$, so $k=n$, and the loss is the squared error; with one,
the prediction is $\hat y_t=V\out_t+c$ and the loss is the squared error
(\.{l2}, |LSTM_OUT_L2|) or the cross-entropy of the softmax of $\hat y_t$ (\.{softmax}, |LSTM_OUT_SOFTMAX|), as
in the forward-pass chapter. In a sequence file each step gives its $m$
inputs and then either its $k$ targets or the token \.- for a step without
a target. Every sequence starts from $\state_{-1}=\out_{-1}=0$, and the
loss of a file is the sum over its sequences and over the steps that have
a target. A gradient file has the shape of a model file; its numbers are
the derivatives of that loss with respect to the parameters in the same
places, its \.{method} says which method of the method table computed
them, and its \.{loss} is the loss. The words \.{forget none} after the
cells mark a network whose cells have no forget gate, $f_t\equiv1$ (|net->no_forget|); its
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

{\it Numbers.} Only the decimal notation above is accepted (|decimal| checks
it, |number| converts it): not \.{nan},
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
The three readers share one tokenizer, an |lstm_reader|, which judges a file byte by
byte. It keeps no line in memory, so a line of any length costs nothing but
the count of its characters; it only ever holds one token. A reader
calls |peek| to see the next token without taking it, and |take| to take
it; the token is in |rd->tok|, |rd->tok_len| characters long, or
|rd->at_end| is set at the end of the file. The reader remembers the line of the token, for the messages, and
the first error it met, so that every function of the parser can return
as soon as something is wrong.

@<Private types of the readers@>=
@<The type of an entry of the table of powers of five@>@;
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
  const unsigned char *buf; /* the bytes being read: |block|, or |mem| */
  size_t at, have; /* the next byte of |buf|, and how many it holds */
  const unsigned char *mem; /* bytes to read before |f|, or |NULL| */
  size_t mem_len; /* how many */
  size_t left; /* how many bytes |f| may still give */
  int peeked; /* |tok| holds a token not yet taken */
  int at_end; /* the token is the end of the file */
  long tok_line; /* the line of the token */
  char tok[LSTM_TOKEN_MAX + 1];
  size_t tok_len; /* the length of |tok| */
  char shown[LSTM_TOKEN_MAX + 3]; /* the token in quotes, for messages */
  lstm_power5 five[FIVE_MAX - FIVE_MIN + 1]; /* $5^q$, made when first needed */
  int five_ready; /* whether |five| has been made */
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
static int peek_in_block(lstm_reader *rd);
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
  rd->buf = rd->block;
  rd->left = SIZE_MAX;
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
    @<Fill |rd->buf|, from |rd->mem| or from the stream, or return |EOF|@>;
  }
  c = rd->buf[rd->at++];
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

@ A reader may be given bytes that were read before, |mem_len| of them at
|mem| (the section ``Reading on several threads'' below holds a whole
file in memory); it reads them first, as one block, and then the stream,
if there is one, of which it reads no more than |left| bytes (that
section reads a piece of a file so).

@<Fill |rd->buf|...@>=
rd->at = 0;
if (rd->mem && rd->mem_len > 0) {
  rd->buf = rd->mem, rd->have = rd->mem_len;
  rd->mem = NULL;
} else {
  rd->mem = NULL;
  rd->buf = rd->block;
  errno = 0;
  rd->have = rd->f ? fread(rd->block, 1, rd->left < sizeof rd->block ?
    rd->left : sizeof rd->block, rd->f) : 0;
  rd->left -= rd->have;
  if (rd->have == 0) {
    if (rd->f && ferror(rd->f))
      @<Fail with the system's reason for not reading the file@>;
    return EOF;
  }
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
  if (rd->back == EOF && peek_in_block(rd)) return LSTM_OK;
  @<Skip white space and comments; leave the first byte of the token in
    |c|@>;
  if (c == EOF) {
    if (rd->status != LSTM_OK) return rd->status;
    rd->at_end = 1;
    rd->tok[0] = '\0';
    rd->tok_len = 0;
    rd->tok_line = rd->last_line > 0 ? rd->last_line : 1;
    rd->peeked = 1;
    return LSTM_OK;
  }
  rd->tok_line = rd->line;
  @<Collect the bytes of the token in |rd->tok|@>;
  if (rd->status != LSTM_OK) return rd->status;
  rd->tok[len] = '\0';
  rd->tok_len = len;
  if (c == '#') rd->back = c;
  rd->peeked = 1;
  return LSTM_OK;
}
@#
static void take(lstm_reader *rd)
{
  rd->peeked = 0;
}

@ Nearly every token of a file is a word or a number between blanks and
line breaks, well inside a block, and for it |get|'s checks are a waste:
its bytes are printable and its line is short. |peek_in_block| reads
such a token straight from the block. It takes blanks and line breaks as
|get| would take them, counting lines and columns, and then looks for
the end of the token with one test per byte. It gives up, returning~0,
at the first byte that is not that simple: a tab or a carriage return,
the \.{\#} of a comment, a byte |get| would refuse, the end of the
block, a token too long, or a line about to become too long. |peek| then
carries on byte by byte from where it stopped, so every byte is judged
as it always was and every message stays the same; only the common case
is fast.

@<Functions@>=
static int peek_in_block(lstm_reader *rd)
{
  const unsigned char *b = rd->buf;
  size_t at = rd->at, end, len;
  long line = rd->line, col = rd->col, last = rd->last_line;
  @<Take blanks and line breaks from the block, as |get| would@>;
  for (end = at; end < rd->have && b[end] > ' ' && b[end] < 127 &&
    b[end] != '#'; end++) {}
  len = end - at;
  if (len == 0 || end == rd->have || len > LSTM_TOKEN_MAX) return 0;
  if (b[end] == '\n' ? col + (long)len > LSTM_LINE_MAX :
      b[end] != ' ' || col + (long)len + 1 > LSTM_LINE_MAX) return 0;
  @<Take the token and the blank or line break that ends it@>;
  return 1;
}

@ A blank counts as a character of its line, and a line break starts
the next line; both are taken only while the line stays within
|LSTM_LINE_MAX|, so that |get| is the one to complain when it does not.

@<Take blanks and line breaks...@>=
for (; at < rd->have; at++) {
  if (b[at] == ' ' && col < LSTM_LINE_MAX) col++, last = line;
  else if (b[at] == '\n') col = 0, last = line++;
  else break;
}
rd->at = at, rd->line = line, rd->col = col, rd->last_line = last;

@ The token is |len| printable bytes followed by a blank or a line break,
all of them inside the block and within the limits; the reader is left
as |get| and the byte-by-byte |peek| would have left it, after the
byte that ends the token.

@<Take the token and...@>=
memcpy(rd->tok, b + at, len);
rd->tok[len] = '\0';
rd->tok_len = len;
rd->tok_line = rd->last_line = line;
if (b[end] == '\n') rd->line++, rd->col = 0;
else rd->col = col + (long)len + 1;
rd->at = end + 1;
rd->peeked = 1;

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
significant digits is read back as the very same |double|. (Most
numbers never reach |strtod|: the section on converting numbers exactly
shows how, and why the result is the same.)

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
Its caller has made sure that the token is not a keyword. Most numbers
are converted by |exact_decimal|, which answers only for decimal tokens
whose value it can prove, and the rest by |strtod|. A token that
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
  if (exact_decimal(rd, rd->tok, rd->tok_len, &x)) {
    take(rd);
    *v = x;
    return LSTM_OK;
  }
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
  if (arch_word(rd->tok)) return 1;
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

@*1 Converting numbers exactly.
A file of numbers spends most of its reading time in |strtod|, which
must be ready for anything: any number of digits, hexadecimal numbers,
\.{inf}, the decimal point of the locale. The numbers of real files are
plainer: at most 17 significant digits, as |lstm_model_write| prints
them, and a magnitude far from the ends of the range of a |double|.
This section converts such a number itself, in a few dozen
instructions, and proves that the result is the |double| nearest to the
decimal number, ties going to the even one: exactly what |strtod|
returns, since the C library rounds correctly. Whenever the proof does
not cover a number, the conversion says so, and |strtod| converts it as
before.
@^rounding@>
@^exact conversion@>

There are two methods. Clinger's (Clinger 1990) covers small numbers with
one floating-point operation; the second, found by Michael Eisel and
published by Daniel Lemire (Lemire 2021), covers
nearly all the others with an integer product against a table of powers
of five. Both start from the token written as $w\cdot10^q$, where the
integer~$w$ holds the significant digits and $q$ counts the places the
point moved: \.{-0.0625} is $-625\cdot10^{-4}$. A sign only flips the
result, which is exact.
@^Clinger, William D.@>
@^Eisel, Michael@>
@^Lemire, Daniel@>

@<Private declarations@>=
static int exact_decimal(lstm_reader *rd, const char *s, size_t len,
  double *v);
static int eight_digits(const char *s, uint64_t *v);
static int clinger(uint64_t w, long q, double *v);
static int eisel_lemire(lstm_reader *rd, uint64_t w, long q, double *v);

@ |exact_decimal| reads a token of |len| characters in the decimal
notation of the grammar, as |decimal| defines it, and returns~1 with its
value in |*v|, or~0 if the token is not decimal or the value is not one
it can vouch for. The significant digits start at the first digit that
is not zero; at most 19 are kept, so that $w<10^{19}<2^{64}$, and a
number with more goes to |strtod|. An exponent is read only up to six
digits: beyond that the number is far out of the range of the table and
goes to |strtod|, which says whether it is zero or too large.

@d is_digit(c) ((unsigned)((c) - '0') < 10)

@<Functions@>=
static int exact_decimal(lstm_reader *rd, const char *s, size_t len,
  double *v)
{
  const char *end = s + len, *from;
  uint64_t w = 0, eight;
  long q = 0, e = 0;
  int negative = 0, digits = 0, kept = 0, e_negative = 0;
  if (*s == '+' || *s == '-') negative = *s++ == '-';
  @<Take the digits at |s| into |w|@>;
  if (*s == '.') {
    s++;
    @<Take the digits at |s| into |w|@>;
    q = -(long)(s - from);
  }
  if (digits == 0) return 0;
  if (*s == 'e' || *s == 'E') {
    s++;
    if (*s == '+' || *s == '-') e_negative = *s++ == '-';
    if (!is_digit(*s)) return 0;
    for (; is_digit(*s); s++)
      if (e < 100000) e = 10 * e + (*s - '0');
    q += e_negative ? -e : e;
  }
  if (s != end) return 0;
  if (w == 0) *v = 0.0;
  else if (!clinger(w, q, v) && !eisel_lemire(rd, w, q, v)) return 0;
  if (negative) *v = -*v;
  return 1;
}

@ Zeros before the first significant digit are skipped; then the digits
are taken eight at a time while eight more fit under the 19, and one at
a time after that.

@<Take the digits...@>=
from = s;
if (w == 0)
  while (*s == '0') s++;
while (end - s >= 8 && kept <= 11 && eight_digits(s, &eight)) {
  w = 100000000 * w + eight;
  s += 8;
  kept += 8;
}
for (; is_digit(*s); s++) {
  if (kept++ == 19) return 0;
  w = 10 * w + (uint64_t)(*s - '0');
}
digits += (int)(s - from);

@ |eight_digits| reads eight characters as a number of eight digits, if
they are digits, with a handful of operations on one 64-bit word instead
of eight steps of multiplying by ten. The characters go into the word
lowest first, $x=\sum_j c_j2^{8j}$: that is one load on a processor
that stores the low byte of a word first, and the bytes are turned
round on one that does not (the compiler knows which, and leaves out the
test). Every character of a token is
printable ASCII, from 33 to 126, so for each byte $c$ of the word
$c+70$ stays below 256 and sets its top bit exactly when $c>57$, the
character \.9, and $c-48$ sets its top bit, borrowing from the byte
above, exactly when $c<48$, the character \.0; a borrow can only spoil
the bytes above a byte that already failed, so the word holds eight
digits exactly when neither sum sets a top bit. Then, with the digits
$d_j=c_j-48$ in the bytes, three multiplications combine neighbours:
each byte gets $10d_j+d_{j+1}$ (at most 99), each pair of bytes
$100(10d_j+d_{j+1})+(10d_{j+2}+d_{j+3})$ (at most 9999), and the two
halves of the word $10^4$ times the first plus the second; no step
carries into the next field, since each fits its field.

@<Functions@>=
static int eight_digits(const char *s, uint64_t *v)
{
  const uint64_t ones = 0x0101010101010101, one = 1;
  uint64_t x;
  memcpy(&x, s, 8);
  if (*(const unsigned char *)&one != 1) {
    uint64_t y = x;
    for (int j = 0; j < 8; j++, y >>= 8) x = x << 8 | (y & 255);
  }
  if (((x + 70 * ones) | (x - 48 * ones)) & 128 * ones) return 0;
  x -= 48 * ones;
  x = (10 * x + (x >> 8)) & 0x00ff00ff00ff00ff;
  x = (100 * x + (x >> 16)) & 0x0000ffff0000ffff;
  *v = 10000 * (x & 0xffffffff) + (x >> 32);
  return 1;
}

@ Clinger's method. When $w\le2^{53}$ and $\vert q\vert\le22$, both $w$
and $10^{\vert q\vert}=5^{\vert q\vert}2^{\vert q\vert}$ are |double|s
exactly, the second because $5^{22}<2^{53}$. The number is then one
product $w\cdot10^q$ or one quotient $w/10^{-q}$ of two exact |double|s,
and IEEE~754 rounds the result of each operation correctly: the one
rounding is the one we want. This holds when C computes with |double|s
in double precision, which is what |FLT_EVAL_METHOD==0| says; on a
processor that keeps intermediate results in wider registers the result
would be rounded twice, and the method is left out.

@<Functions@>=
#include <float.h> /* for |FLT_EVAL_METHOD| */
static int clinger(uint64_t w, long q, double *v)
{
#if FLT_EVAL_METHOD == 0
  static const double ten[23] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22};
  if (w <= (uint64_t)1 << 53 && q >= -22 && q <= 22) {
    *v = q < 0 ? (double)w / ten[-q] : (double)w * ten[q];
    return 1;
  }
#else
  (void)w, (void)q, (void)v;
#endif
  return 0;
}

@ The method of Eisel and Lemire. Numbers printed with 17 digits have
$w>2^{53}$, and Clinger's method does not apply; but
$w\cdot10^q=w\cdot5^q\cdot2^q$, and the factor $2^q$ only moves the
binary point, so the work is to multiply $w$ by $5^q$ precisely enough.
For every $q$ from |FIVE_MIN| to |FIVE_MAX| a table holds $5^q$ to 128
bits: an integer $T_q$ with $2^{127}\le T_q<2^{128}$ and an exponent
$k_q$ such that
$$5^q=(T_q+\epsilon_q)\,2^{k_q},\qquad 0\le\epsilon_q<1,$$
that is, $T_q$ is $5^q$ cut, not rounded, to 128 bits. The cut loses
nothing, $\epsilon_q=0$, when $0\le q\le55$, since $5^{55}<2^{128}$; the
table marks those entries exact. Shift $w$ left by $z$ places so that
$2^{63}\le w'=2^zw<2^{64}$. The product $\Pi=w'T_q$ is an integer of 192
bits, $2^{190}\le \Pi<2^{192}$, which 64-bit arithmetic computes exactly,
and
$$w\cdot10^q=E\cdot2^{k_q+q-z},\qquad E=\Pi+\delta,\quad
0\le\delta=w'\epsilon_q<2^{64}.$$
We know $\Pi$, not $E$; the question is when $\Pi$ is enough. The function
follows the derivation step by step.

@<Functions@>=
static int eisel_lemire(lstm_reader *rd, uint64_t w, long q, double *v)
{
  const lstm_power5 *t;
  uint64_t p2, p1, p0, h, m, low_mask;
  int z = 0, r, tie;
  long e;
  if (q < FIVE_MIN || q > FIVE_MAX) return 0;
  if (!rd->five_ready) powers_of_five(rd);
  t = &rd->five[q - FIVE_MIN];
  for (int s = 32; s > 0; s /= 2) /* now $w'=2^zw$ */
    if (w >> (64 - s) == 0) w <<= s, z += s;
  @<Multiply |w| by $T_q$, giving |p2|, |p1| and |p0|@>;
  @<Split $\Pi$ at bit $r$, and give up if $\delta$ could reach bit $r$@>;
  @<Round |h| to the significand |m|, and give up unless $m\cdot2^e$ is a
    normal |double|@>;
  *v = ldexp((double)m, (int)e);
  return 1;
}

@ Let $r=138$ if $\Pi\ge2^{191}$ and $r=137$ otherwise, and split $\Pi$ at
bit~$r$: $\Pi=\Pi_{\rm hi}\cdot2^r+\Pi_{\rm lo}$ with $0\le\Pi_{\rm lo}<2^r$. $\Pi_{\rm hi}$ has 54 bits, the 53
bits of a |double|'s significand and one more, the rounding bit. When
$\delta=0$, $E=\Pi$, and rounding $E$ to 53 bits is a matter of $\Pi_{\rm hi}$ and
$\Pi_{\rm lo}$: drop the rounding bit, and add one to what is left if the rounding
bit was~1, except in a tie, $\Pi_{\rm lo}=0$, where one is added only to make the
result even.

When $\delta>0$, $E$ is a little larger than $\Pi$, and the same rounding
of $\Pi$ is right for $E$ provided that $\Pi_{\rm lo}+\delta<2^r$: then $E$ has the
same $\Pi_{\rm hi}$, and its $\Pi_{\rm lo}+\delta$ is not zero, so there is no tie and the
rounding bit alone decides. Since $\delta<2^{64}$, $\Pi_{\rm lo}<2^r-2^{64}$
suffices, which fails only when the bits of $\Pi$ from 64 to $r-1$ are
all ones. The conversion gives up then. For numbers with random digits
it happens about once in $2^{73}$; the numbers that do end there are
those whose exact value is a |double| or a tie between two, or lies a
hair's breadth from one (such as $0.5$ itself, which Clinger's method
has already taken). If $\Pi<2^{191}\le E$, that test has failed too, so
$E$ is split at the right bit. In the code |h| is $\Pi_{\rm hi}$, and the bits of
$\Pi_{\rm lo}$ are the low bits of |p2| under |low_mask|, then |p1| and |p0|.

@<Split $\Pi$ at bit $r$...@>=
r = 137 + (int)(p2 >> 63);
h = p2 >> (r - 128);
low_mask = ((uint64_t)1 << (r - 128)) - 1;
if (!t->exact && (p2 & low_mask) == low_mask && p1 == UINT64_MAX)
  return 0;
tie = t->exact && (h & 1) && (p2 & low_mask) == 0 && p1 == 0 && p0 == 0;

@ Rounding $\Pi_{\rm hi}$ gives $m$ with $2^{52}\le m\le2^{53}$, and $m=2^{53}$ is
halved with one more in the exponent:
$$w\cdot10^q\approx m\cdot2^{e},\qquad e=r+1+k_q+q-z,$$
correctly rounded. The |double| is $m\cdot2^e$ when it is normal, that
is, when $1\le e+1075\le2046$ (1075 is the bias 1023 plus the 52 bits
of $m$ after the point). A smaller $e$, tested before rounding, asks for
a subnormal, with fewer bits than 53 and so a different rounding; a
larger one overflows: both go to |strtod|. For a normal result |ldexp|
is exact, because $m\cdot2^e$ is a |double|.

@<Round |h| to the significand...@>=
m = h >> 1;
e = r + 1 + t->k + q - z;
if (e + 1075 < 1) return 0;
if ((h & 1) && (!tie || (m & 1))) m++;
if (m >> 53) m >>= 1, e++;
if (e + 1075 > 2046) return 0;

@ The 192 bits of $\Pi$ are three 64-bit words, |p2| the highest. $T_q$ is
two words, so $\Pi$ is the sum of two products of 64 by 64 bits, the
second shifted by one word.

@<Multiply |w| by $T_q$...@>=
{
  uint64_t hi, lo;
  mul64(w, t->lo, &hi, &lo);
  p0 = lo;
  p1 = hi;
  mul64(w, t->hi, &hi, &lo);
  p1 += lo;
  p2 = hi + (p1 < lo); /* the carry; |hi| is at most $2^{64}-2$ */
}

@ Standard C has no product of 64 by 64 bits, so |mul64| builds it from
four products of 32 by 32 bits, as on paper with digits of base
$2^{32}$. The middle sum adds at most three numbers below $2^{32}$, so it
cannot overflow.

@<Functions@>=
static void mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
  const uint64_t half = 0xffffffff;
  uint64_t a0 = a & half, a1 = a >> 32, b0 = b & half, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + (p01 & half) + (p10 & half);
  *lo = mid << 32 | (p00 & half);
  *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

@ An entry of the table holds $T_q$ in two words, $k_q$, and whether
$\epsilon_q=0$. The table runs from $q=-330$ to~308: a number
$w\cdot10^q$ with $w<10^{19}$ and $q<-330$ is below $10^{-311}$, a
subnormal or zero, and one with $q>308$ is above $10^{308}$, too large
for a |double| unless $w$ is zero, which never gets here. Each reader
makes its own table, about 10 kilobytes, the first time a number
needs it, so that no state is shared between readers, or between
threads; making it takes some 40 microseconds, the time |strtod| takes
for a few hundred numbers.

@d FIVE_MIN (-330)
@d FIVE_MAX 308
@s lstm_power5 int

@<The type of an entry of the table of powers of five@>=
typedef struct lstm_power5 {
  uint64_t hi, lo; /* $T_q=|hi|\cdot2^{64}+|lo|$ */
  int k; /* $5^q=(T_q+\epsilon_q)2^{k_q}$ */
  int exact; /* $\epsilon_q=0$ */
} lstm_power5;

@ The table is made with exact integer arithmetic on big numbers, kept
as arrays of 32-bit digits, lowest first. For $q\ge0$ the big number is
$5^q$ itself, multiplied by 5 from one entry to the next; its top 128
bits are $T_q$, and $k_q$ is its length in bits less 128. The entry is
exact when the length is at most 128; otherwise the cut drops bit~0,
which is~1 since $5^q$ is odd. For $q<0$ the big number is
$a_q=\lfloor2^{960}5^q\rfloor$, divided by 5 from one entry to the next,
with the remainder dropped: $\lfloor\lfloor x\rfloor/5\rfloor=\lfloor
x/5\rfloor$, so the truncations do not pile up. Cutting $a_q$, of $\ell$
bits, to its top 128 bits drops less than $2^{\ell-128}$ and the first
truncation less than~1, so $5^q=(T_q+\epsilon_q)2^{\ell-128-960}$ with
$0<\epsilon_q<1$, as the table requires; $2^{960}$ is large enough that
$a_q$ keeps at least 128 bits down to $q=-330$, because
$5^{330}<2^{767}$.

@<Private declarations@>=
static void powers_of_five(lstm_reader *rd);
static void mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo);
static void top_bits(const uint32_t *a, int n, lstm_power5 *t);

@ @<Functions@>=
static void powers_of_five(lstm_reader *rd)
{
  uint32_t a[31]; /* a big number, 32 bits a digit, lowest first */
  int n;
  memset(a, 0, sizeof a);
  a[0] = 1, n = 1;
  for (long q = 0; q <= FIVE_MAX; q++) {
    uint64_t carry = 0;
    top_bits(a, n, &rd->five[q - FIVE_MIN]);
    for (int i = 0; i < n; i++) {
      carry += 5 * (uint64_t)a[i];
      a[i] = (uint32_t)carry;
      carry >>= 32;
    }
    if (carry) a[n++] = (uint32_t)carry;
  }
  memset(a, 0, sizeof a);
  a[30] = 1, n = 31; /* $2^{960}$ */
  for (long q = -1; q >= FIVE_MIN; q--) {
    uint64_t rest = 0;
    for (int i = n - 1; i >= 0; i--) {
      rest = rest << 32 | a[i];
      a[i] = (uint32_t)(rest / 5);
      rest %= 5;
    }
    if (a[n - 1] == 0) n--;
    top_bits(a, n, &rd->five[q - FIVE_MIN]);
    rd->five[q - FIVE_MIN].k -= 960;
    rd->five[q - FIVE_MIN].exact = 0;
  }
  rd->five_ready = 1;
}

@ |top_bits| cuts a big number of |n| digits, the highest not zero, to
its top 128 bits, filling with zeros below a number shorter than that.
The 128 bits lie within the top five digits, since the highest digit
holds at least one of them; those five, with zero digits below a number
of fewer, are shifted left by the zero bits at the top of the highest
digit, |lead| of them, and the top four digits of the result are
$T_q$.

@<Functions@>=
static void top_bits(const uint32_t *a, int n, lstm_power5 *t)
{
  uint32_t d[5]; /* the top five digits, lowest first */
  int lead = 0;
  while ((a[n - 1] << lead & 0x80000000) == 0) lead++;
  for (int i = 0; i < 5; i++) d[i] = n - 5 + i >= 0 ? a[n - 5 + i] : 0;
  for (int i = 4; i > 0; i--)
    if (lead > 0) d[i] = d[i] << lead | d[i - 1] >> (32 - lead);
  t->hi = (uint64_t)d[4] << 32 | d[3];
  t->lo = (uint64_t)d[2] << 32 | d[1];
  t->k = 32 * n - lead - 128;
  t->exact = 32 * n - lead <= 128;
}

@ What this gains, measured. The program \.{tests/readspeed.c} draws 40
sequences of 100 steps with 128 inputs and 128 targets at every step,
uniformly from $[-1,1)$; writes them with |lstm_data_write|, 21
megabytes of numbers printed with 17 digits; reads the file back with
|lstm_data_load| eleven times, checking each time that every number
comes back bit for bit; and prints the median processor time of a
reading, per number. Built against three versions of this chapter's
library and run five times in turn, each version against the same file,
$$\hbox{\.{cc -O2 -Igenerated -o build/readspeed tests/readspeed.c
liblstm.a -lm; build/readspeed 11}}$$
gave, on 2 December 2026, on a two-core Intel Xeon virtual machine (the
machine of the speed chapter's comparison with PyTorch), the following
medians of the five medians, in nanoseconds per number:
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&&\quad\hfil#\quad\cr
the reader&&ns\cr
\noalign{\hrule}
a call of |getc| for every byte, |strtod| for every number&&227\cr
bytes from blocks of 64 kilobytes, read by |get|&&176\cr
tokens from the block, numbers converted here&&67\cr}}$$
Of the 67 nanoseconds, a profile (\.{perf record}) puts a little over
half in |number| and the conversion, a fifth in |peek|, and the rest in
the loop of |numbers| and in the system's copying of the file. A user sees it in \.{lstm grad --method bptt}
on the same data with a model of 128 cells: its processor time, five
runs of each in turn, went from 0.59 seconds (the first reader) and 0.56
(the second) to 0.42, for the 1.16 million
numbers in the two files.
@^speed of reading@>

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
    @<Read the shortcut weights \.S, if there are any@>;
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
@<Read the words of the architecture of a network of 1997@>;
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
else if (strcmp(rd->tok, "logistic") == 0) shape.output = LSTM_OUT_LOGISTIC;
else return bad(rd, rd->tok_line, "expected 'l2', 'softmax' or 'logistic', " @/
  "found %s", shown(rd));
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
  int status = lstm_net_init_arch(net, shape.m, shape.n, shape.k,
    shape.output, &shape.arch, rd->err);
  if (status != LSTM_OK) return rd->status = status;
  net->no_forget = shape.no_forget;
  memcpy(net->theta, rd->v, net->P * sizeof *net->theta);
  @<Refuse a weight where the words of 1997 say there is none@>;
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
  lstm_net shape_alphabet; /* holds only the alphabet, if the file has one */
  memset(net, 0, sizeof *net);
  memset(&shape_alphabet, 0, sizeof shape_alphabet);
  reader_open(&rd, f, name, err);
  if (keyword(&rd, "lstm-model") == LSTM_OK && version(&rd) == LSTM_OK &&
      read_alphabet(&rd, &shape_alphabet) == LSTM_OK &&
      read_network(&rd, net) == LSTM_OK)
    fit_alphabet(&rd, &shape_alphabet, net);
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
on failure the sequences read so far are freed. The work is done by
|data_load|, which can be given |mem_len| bytes at |mem| to read before
the stream (the section ``Reading on several threads'' uses it so).

@<Private declarations@>=
static int data_load(FILE *f, const unsigned char *mem, size_t mem_len,
  const char *name, const lstm_net *net, lstm_data *data, lstm_error *err);

@ @<Functions@>=
int lstm_data_load(FILE *f, const char *name, const lstm_net *net,
  lstm_data *data, lstm_error *err)
{
  return data_load(f, NULL, 0, name, net, data, err);
}
@#
static int data_load(FILE *f, const unsigned char *mem, size_t mem_len,
  const char *name, const lstm_net *net, lstm_data *data, lstm_error *err)
{
  lstm_reader rd;
  size_t m = 0, k = 0;
  lstm_data_init(data, 0, 0);
  reader_open(&rd, f, name, err);
  rd.mem = mem, rd.mem_len = mem_len;
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
has a target, the $k$ targets; the inputs are copied into the sequence's
matrix row by row, and each target into a row of its own
(|lstm_target_set|). |lstm_data_add| checks the size of the sequence
once more and allocates its inputs and one index per step; the targets
take the rows of the steps that have one. So a sequence of $T$ steps
costs $Tm$ numbers and $T$ indices, and $k$ numbers more for each step
with a target (the rows grow by doubling, so at most twice that), and a
step with \.- costs one index in memory, as it cost one byte in the
reader, whatever $k$ the file announces.
@^limits@>

@<Add the sequence to |data|...@>=
{
  const size_t m = data->m, k = data->k;
  const double *from = rd->v;
  int status = lstm_data_add(data, T, &seq, rd->err);
  if (status != LSTM_OK) return rd->status = status;
  for (size_t t = 0; t < T; t++) {
    memcpy(seq->x + t * m, from, m * sizeof *seq->x);
    from += m;
    if (rd->flag[t]) {
      double *y = lstm_target_set(seq, t, rd->err);
      if (!y) return rd->status = LSTM_ENOMEM;
      memcpy(y, from, k * sizeof *y);
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
|lstm_blocks|; it is the one piece of code that prints a network. Each
number is printed with |"%.17g"|, or, if |text| is not |NULL|, copied from
|text|, which holds for each parameter $\theta_q$ the same characters,
printed before by |snprintf| at |text + q * LSTM_NUMBER_TEXT| (the
section ``Writing on several threads'' below prints them in parallel),
a line at a time. Printing a number to a string and then the string
gives the bytes that printing the number gives, since both go through
the C library's one conversion. (A line holds at most eight numbers of
at most 24 characters, a blank before each, one more before the first,
and the line break.)

@<Private declarations@>=
static void write_network(FILE *f, const lstm_net *net, const char *text);
static void write_row(FILE *f, const double *v, const char *text,
  size_t count);
static int written(FILE *f, lstm_error *err);

@ @<Functions@>=
static void write_network(FILE *f, const lstm_net *net, const char *text)
{
  lstm_block block[LSTM_MAX_BLOCKS];
  size_t count = lstm_blocks(net, block);
  fprintf(f, "inputs %zu\ncells %zu\n", net->m, net->n);
  if (net->no_forget) fprintf(f, "forget none\n");
  @<Write the words of the architecture of a network of 1997@>;
  for (size_t q = 0; q < count; q++) {
    if (q == 3)
      fprintf(f, "outputs %zu %s\n", net->k,
        net->output == LSTM_OUT_SOFTMAX ? "softmax" :
        net->output == LSTM_OUT_LOGISTIC ? "logistic" : "l2");
    fprintf(f, "%s\n", block[q].name);
    for (size_t r = 0; r < block[q].rows; r++)
      write_row(f, net->theta + block[q].offset + r * block[q].cols,
        text ? text + (block[q].offset + r * block[q].cols) *
        LSTM_NUMBER_TEXT : NULL, block[q].cols);
  }
}
@#
static void write_row(FILE *f, const double *v, const char *text,
  size_t count)
{
  char line[8 * LSTM_NUMBER_TEXT + 4]; /* a line of eight printed numbers */
  size_t len = 0;
  for (size_t l = 0; l < count; l++)
    if (!text) fprintf(f, "%s%.17g%s", l % 8 == 0 ? "  " : " ", v[l],
      l % 8 == 7 || l + 1 == count ? "\n" : "");
    else {
      const char *t = text + l * LSTM_NUMBER_TEXT;
      size_t n = strlen(t);
      if (l % 8 == 0) line[len++] = ' ';
      line[len++] = ' ';
      memcpy(line + len, t, n);
      len += n;
      if (l % 8 == 7 || l + 1 == count) {
        line[len++] = '\n';
        fwrite(line, 1, len, f);
        len = 0;
      }
    }
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
  write_alphabet(f, net);
  write_network(f, net, NULL);
  return written(f, err);
}
@#
int lstm_grad_write(FILE *f, const lstm_net *grad, const char *method,
  double loss, lstm_error *err)
{
  fprintf(f, "lstm-grad 1\nmethod %s\nloss %.17g\n", method, loss);
  write_network(f, grad, NULL);
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
      const double *y = lstm_target(seq, t);
      for (size_t l = 0; l < seq->m; l++)
        fprintf(f, " %.17g", seq->x[t * seq->m + l]);
      fprintf(f, "  ");
      if (!y) fprintf(f, " -");
      else for (size_t l = 0; l < seq->k; l++) fprintf(f, " %.17g", y[l]);
      fputc('\n', f);
    }
  }
  return written(f, err);
}

@*1 The alphabet of a model of text.
A model trained on a text (the chapter {\it Learning from text\/})
knows which bytes its inputs and outputs stand for: input $a$ and output
$a$ are the $a$-th byte of its alphabet. The alphabet is an optional line
after the version, before the network,
$$\vbox{\halign{$\langle$#$\rangle$\hfil&\quad#\quad&#\hfil\cr
alphabet&$\to$&\.{alphabet} $A$ $\langle A$ bytes$\rangle$\cr}}$$
where each byte is written as its value, a whole number from 0 to 255 in
digits only, and the values increase strictly. Writing bytes as numbers
lets every byte travel through the file, the newline, the blank, \.{\#}
and those above 127 alike, where a byte written as itself would be white
space, a comment or a byte the reader refuses. $A$ lies between 2 and
256, and the network must have $A$ inputs and a softmax layer of $A$
outputs. A model without the line is a model as before, and every model
file written before the line existed reads unchanged. For the byte
values of \.{First} it would read
$$\hbox{\.{alphabet 5 70 105 114 115 116}}.$$
@^alphabet@>

@<Private declarations@>=
static int read_alphabet(lstm_reader *rd, lstm_net *shape);
static int fit_alphabet(lstm_reader *rd, const lstm_net *shape,
  lstm_net *net);
static void write_alphabet(FILE *f, const lstm_net *net);

@ |read_alphabet| reads the line into |shape->symbols| and
|shape->alphabet|, if the next word is \.{alphabet}; otherwise it reads
nothing.

@<Functions@>=
static int read_alphabet(lstm_reader *rd, lstm_net *shape)
{
  size_t A;
  long line;
  if (peek(rd) != LSTM_OK) return rd->status;
  if (rd->at_end || strcmp(rd->tok, "alphabet") != 0) return LSTM_OK;
  take(rd);
  line = rd->tok_line;
  if (size_value(rd, "bytes in the alphabet", 256, &A) != LSTM_OK)
    return rd->status;
  if (A < 2)
    return bad(rd, line, "expected an alphabet of at least 2 bytes, found 1");
@.expected an alphabet of at least...@>
  for (size_t a = 0; a < A; a++) {
    int v = 0, ok;
    if (peek(rd) != LSTM_OK) return rd->status;
    ok = !rd->at_end && rd->tok_len <= 3;
    for (const char *s = rd->tok; ok && *s; s++)
      if (!isdigit((unsigned char)*s)) ok = 0; else v = 10 * v + (*s - '0');
    if (!ok || v > 255 || (a > 0 && v <= shape->alphabet[a - 1]))
      return bad(rd, rd->tok_line, "expected byte %zu of %zu of the " @/
        "alphabet, a number from %d to 255, found %s", a + 1, A,
        a > 0 ? shape->alphabet[a - 1] + 1 : 0, shown(rd));
@.expected byte...of the alphabet@>
    take(rd);
    shape->alphabet[a] = (unsigned char)v;
  }
  shape->symbols = A;
  return LSTM_OK;
}

@ The network read after the alphabet must fit it; the message names
the line of the alphabet's last byte, since that is where the sizes
disagree.

@<Functions@>=
static int fit_alphabet(lstm_reader *rd, const lstm_net *shape,
  lstm_net *net)
{
  if (shape->symbols == 0) return LSTM_OK;
  if (net->m != shape->symbols || net->k != shape->symbols ||
      net->output != LSTM_OUT_SOFTMAX) {
    bad(rd, rd->tok_line, "expected a network of %zu inputs and a softmax " @/
      "layer of %zu outputs for the alphabet of %zu bytes, found %zu " @/
      "inputs and %s", shape->symbols, shape->symbols, shape->symbols, net->m,
      net->output == LSTM_OUT_SOFTMAX ? "another number of outputs" :
      "no softmax layer");
@.expected a network of...@>
    lstm_net_free(net);
    return rd->status;
  }
  net->symbols = shape->symbols;
  memcpy(net->alphabet, shape->alphabet, sizeof net->alphabet);
  return LSTM_OK;
}

@ The alphabet is written sixteen bytes to a line.

@<Functions@>=
static void write_alphabet(FILE *f, const lstm_net *net)
{
  if (net->symbols == 0) return;
  fprintf(f, "alphabet %zu\n", net->symbols);
  for (size_t a = 0; a < net->symbols; a++)
    fprintf(f, "%s%d%s", a % 16 == 0 ? "  " : " ", net->alphabet[a],
      a % 16 == 15 || a + 1 == net->symbols ? "\n" : "");
}

@i chapters/readpar.w
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
