@*1 Reading on several threads.
\.{lstm grad} on $N$ threads computes the gradients of $N$ sequences at
once (the section ``Every core, with the same bits'' of the chapter on
speed), but it read its files, and wrote the gradient, on one: on the
file of 40 sequences of 100 steps with $m=n=128$ of the section ``Two
threads, measured'', \threadsserial\ of the \threadscpuone\ seconds of
processor time of a run on one thread go to turning 1.2 million decimal
numbers into |double|s and back, and by Amdahl's law a part that stays
on one thread caps what any number of threads can gain. The readers of this chapter
cannot be split as they stand, since each byte is judged in the state
the bytes before it left (the line, the column, whether a comment is
open, which number of which step comes next). This section cuts a
sequence file into pieces whose starting state is known without reading
what comes before them, and reads the pieces at once, each with the
readers above, unchanged.
@^threads, reading on@>
@^reading on several threads@>

A piece starts at a line that begins with the word \.{sequence} followed
by a blank or a line break, which is how every program that writes
sequence files (this one, the scripts of the tests and of the comparison
with PyTorch) starts a sequence; call such a line a {\it start}. At the
first byte of a start, a reader of the whole file is in a state that
the bytes before it do not change: its column is zero, no comment is
open (a comment ends at a line break), no token is half read, and what
it does next is begin a sequence with that word. Only its line number
depends on the bytes before, and the line number goes only into
messages. So the file is cut at byte offsets $x_i=iR$ into ranges of
$R$ bytes, and piece~$i$ runs from the first start at or after $x_i$ to
the first start at or after $x_{i+1}$ (to the end of the file, for the
last): the thread that reads piece $i$ finds both ends itself, reading
from $x_i-1$ on, so no pass over the whole file precedes the threads,
and each byte is read from the file about once. The pieces follow one
another without a gap, since the end of one is, by the same rule, the
start of the next; a piece without a start is empty, and a sequence
longer than a range makes some pieces empty and its own longer. The
header, up to the first start, is read first, on one thread, by a reader
of its own, and it gives the numbers of inputs and targets that the
pieces' readers need. Then $N$ threads take the pieces, and the model
file as one more item, from a common list; each piece's sequences go
into a data set of its own, and the data sets are joined in the order of
the file. (Why pieces, rather than one thread that reads the file and
hands its sequences to the others: most of reading is cutting the bytes
into tokens and converting them, which that one thread would still do
alone; with pieces every thread does it for its own part of the file.)

When the readers of the pieces all succeed, and each piece ends exactly
where the next begins, the sequences are those |lstm_data_load| would
have read, bit for bit, by the following argument. Suppose the reader of
the whole file reaches the first byte of piece~$i$ in the state above.
The reader of piece~$i$ starts there in the same state (but for its line
number, which decides nothing) and runs the same code on the same bytes,
so it does what the whole reader does, byte for byte, until one of them
reads past the piece; a piece ends with the word \.{sequence} and the
blank after it that begin the next piece, so the reader of the piece
sees exactly what the whole reader sees up to the moment it holds that
word as its next token, which is the test of success, and the whole
reader then reaches piece~$i+1$ in the state above. The header's reader
starts the induction: it must end holding the first start's word. The
readers of the pieces read all the sequences of their pieces, one or
more (a sequence whose word \.{sequence} does not begin a line stays in
the piece before it), and the last piece must end at the end of the
file, so the pieces cover it.
@^same bits@>

Anything else, and in particular every error, sends the file to the
reader of the whole file, which reads it again from its start: a piece
that fails, a header that is not followed by a start, a file without a
start, a file whose numbers of inputs and targets differ from the
model's (the pieces were read before the model was known), or a failed
allocation. So every message, its wording and its line, is the one
|lstm_data_load| gives: that of the first error in the file, whichever
piece a thread happened to finish first. The price of an error is
reading the file twice, which is nothing beside the gradient it saved.
The order of the two files is kept as well: when the model cannot be
read, its error is reported and the data's, if any, is not, as when the
model is read first.
@^error messages@>

The memory. A file named on the command line is read by each thread
from the file itself, into memory of its own that holds its current
piece and is freed when the piece is done: reading on $N$ threads costs
about $N$ pieces' bytes more than reading on one. (Reading the whole
file into memory first would cost, besides its bytes, the operating
system's work of giving the process that many fresh pages, one fault at
a time, on one thread.) Standard input, and anything else that cannot
be read twice, such as a pipe, is held in memory whole, at most
|LSTM_HOLD_MAX| bytes (256 mebibytes), and cut there; a longer one is
read as before, in blocks, on one thread, beginning with the bytes
already held; and a piece longer than |LSTM_HOLD_MAX| fails, so that
the file is read on one thread. The threads' readers hold one sequence's
numbers each, as the reader of the whole file does.
@^memory@>

@<Public constants@>=
#define LSTM_HOLD_MAX ((size_t)256 << 20)

@ |lstm_files_read| reads a model and a sequence file for it, as
|lstm_model_read| and then |lstm_data_read| would, on |threads| threads;
on failure nothing is left allocated, and the error is the one those two
would give. With one thread it is those two.

@<Public functions@>=
int lstm_files_read(const char *model, const char *seq, int threads,
  lstm_net *net, lstm_data *data, lstm_error *err);

@ The reading is shared by the threads through one record: the bytes
held, or the name of the file to read them from, the pieces, and the
model's result.

@<Private declarations@>=
typedef struct seq_piece {
  lstm_data data; /* its sequences */
  int ok; /* read, and ending where the next piece starts */
} seq_piece;
typedef struct read_job {
  const char *name; /* of the sequence file, for messages and to open it */
  const unsigned char *bytes; /* the file held in memory, or |NULL| */
  size_t len; /* its length */
  size_t first; /* the first start */
  size_t range; /* $R$ */
  size_t m, k; /* inputs and targets, from the header */
  lstm_power5 five[FIVE_MAX - FIVE_MIN + 1]; /* the table of the readers */
  seq_piece *piece;
  size_t pieces;
  const char *model; /* the model's file */
  lstm_net *net; /* the model, read by the first item */
  int model_status;
  lstm_error model_err;
} read_job;
static int next_start(const read_job *r, size_t x, size_t *at);
static int hold_file(FILE *f, unsigned char **bytes, size_t *len);
static int seekable(FILE *f, size_t *len);
static int read_header(read_job *r, FILE *f, int threads);
static void read_item(void *ctx, size_t i);
static int piece_ended(const lstm_reader *rd);
static int join_pieces(read_job *r, lstm_data *data);

@ A file that can be read twice is read by the threads from the file;
standard input, or a pipe, is held in memory, unless it is too long.
When no header is found, |r.pieces| is zero, and the threads read only
the model. After them, the pieces are joined if they all succeeded and
fit the model; otherwise |data_load| reads the file from its start (the
held bytes, then the rest of the stream, if it was not held whole), and
reports what the reader of the whole file reports.

@<Functions@>=
int lstm_files_read(const char *model, const char *seq, int threads,
  lstm_net *net, lstm_data *data, lstm_error *err)
{
  read_job r;
  unsigned char *bytes = NULL;
  lstm_error seq_err;
  FILE *f;
  int status, twice = 0, whole = 0, ok;
  lstm_data_init(data, 0, 0);
  memset(net, 0, sizeof *net);
#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
  threads = 1;
#endif
  if (threads <= 1) {
    if ((status = lstm_model_read(model, net, err)) != LSTM_OK) return status;
    if ((status = lstm_data_read(seq, net, data, err)) != LSTM_OK)
      lstm_net_free(net);
    return status;
  }
  lstm_error_clear(&seq_err);
  if (!(f = open_input(seq, &seq_err))) {
    @<Read the model alone, and report its error or else |seq_err|@>;
  }
  memset(&r, 0, sizeof r);
  r.name = seq, r.model = model, r.net = net;
  lstm_error_clear(&r.model_err);
  if (f != stdin && seekable(f, &r.len)) twice = 1;
  else whole = hold_file(f, &bytes, &r.len), r.bytes = bytes;
  if ((twice || whole) && !read_header(&r, f, threads)) r.pieces = 0;
  queue_run(threads, 1 + r.pieces, read_item, &r);
  ok = r.model_status == LSTM_OK && r.pieces > 0 && r.m == net->m &&
    r.k == net->k;
  for (size_t i = 0; i < r.pieces; i++) ok = ok && r.piece[i].ok;
  if (r.model_status != LSTM_OK) {
    if (err) *err = r.model_err;
    status = r.model_status;
  } else if (ok && join_pieces(&r, data) == LSTM_OK) status = LSTM_OK;
  else if (twice) {
    clearerr(f);
    status = fseek(f, 0, SEEK_SET) == 0 ?
      data_load(f, NULL, 0, seq, net, data, err) :
      lstm_fail_at(err, LSTM_EIO, seq, 0, "cannot read the file: %s",
        strerror(errno));
  } else status = data_load(whole ? NULL : f, bytes, r.len, seq, net, data,
    err);
  for (size_t i = 0; i < r.pieces; i++) lstm_data_free(&r.piece[i].data);
  free(r.piece);
  free(bytes);
  if (f != stdin) fclose(f);
  if (status != LSTM_OK) lstm_net_free(net);
  return status;
}

@ @<Read the model alone...@>=
if ((status = lstm_model_read(model, net, err)) != LSTM_OK) return status;
lstm_net_free(net);
if (err) *err = seq_err;
return LSTM_EIO;

@ |hold_file| reads the rest of a stream into memory and returns 1 if it
got to its end; 0 if it stopped at |LSTM_HOLD_MAX| bytes, at an error of
the stream (which is cleared, so that the reader of the whole file meets
it again and reports it), or for want of memory. Where the stream can
tell its length, one allocation of the right size is made; otherwise
(a pipe) the memory doubles from a mebibyte as the bytes come.

@<Functions@>=
static int hold_file(FILE *f, unsigned char **bytes, size_t *len)
{
  unsigned char *b = NULL, *more;
  size_t cap = (size_t)1 << 20, n = 0, got;
  long at, end;
  if ((at = ftell(f)) >= 0 && fseek(f, 0, SEEK_END) == 0) {
    end = ftell(f);
    if (fseek(f, at, SEEK_SET) != 0) {
      *bytes = NULL, *len = 0;
      return 0;
    }
    if (end >= at && (unsigned long)(end - at) < LSTM_HOLD_MAX)
      cap = (size_t)(end - at) + 1;
  }
  for (;;) {
    if (!b || n == cap) {
      size_t want = !b ? cap : cap >= LSTM_HOLD_MAX ? 0 :
        cap > LSTM_HOLD_MAX / 2 ? LSTM_HOLD_MAX : 2 * cap;
      if (want == 0 || !(more = realloc(b, want))) break;
      b = more, cap = want;
    }
    n += got = fread(b + n, 1, cap - n, f);
    if (n < cap) {
      if (!ferror(f)) return *bytes = b, *len = n, 1;
      clearerr(f);
      break;
    }
  }
  *bytes = b, *len = n;
  return 0;
}

@ A stream can be read twice when it is at its start and can be moved to
its end and back, as a file can and a pipe cannot; |seekable| then
gives its length.

@<Functions@>=
static int seekable(FILE *f, size_t *len)
{
  long end;
  if (ftell(f) != 0 || fseek(f, 0, SEEK_END) != 0) return 0;
  end = ftell(f);
  if (fseek(f, 0, SEEK_SET) != 0) return 0;
  *len = end > 0 ? (size_t)end : 0;
  return end >= 0;
}

@ |next_start| finds the first start at or after offset |x|, which is
at least 1, looking for line breaks from |x-1| on, in the bytes held or
in the file, which it opens for itself and reads in blocks of 64
kilobytes, keeping only the few bytes after a line break at the end of
a block; when there is none, it gives the end of the file (or |x-1|,
past it). A start is a line break, the eight letters of \.{sequence},
and a byte of white space. It fails only when the file cannot be read,
or memory for the block is lacking.

@d SCAN_BLOCK ((size_t)1 << 16)

@<Functions@>=
#include <limits.h> /* for |LONG_MAX| */
static int next_start(const read_job *r, size_t x, size_t *at)
{
  unsigned char *own = NULL;
  const unsigned char *b, *nl;
  size_t off = x - 1, n, q = 0, keep, got;
  FILE *f = NULL;
  int eof = 1, ok = 0;
  if (r->bytes) {
    if (off > r->len) off = r->len;
    b = r->bytes + off, n = r->len - off;
  } else {
    if (off > LONG_MAX || !(own = malloc(SCAN_BLOCK)) ||
        !(f = fopen(r->name, "rb")) || fseek(f, (long)off, SEEK_SET) != 0)
      goto done;
    b = own, n = fread(own, 1, SCAN_BLOCK, f), eof = n < SCAN_BLOCK;
  }
  for (;;) {
    nl = q < n ? memchr(b + q, '\n', n - q) : NULL;
    if (nl && (size_t)(nl - b) + 10 <= n) {
      q = (size_t)(nl - b);
      if (memcmp(b + q + 1, "sequence", 8) == 0 && isspace(b[q + 9])) {
        *at = off + q + 1, ok = 1;
        goto done;
      }
      q++;
    } else if (eof) {
      *at = off + n, ok = !f || !ferror(f);
      goto done;
    } else {
      keep = nl ? n - (size_t)(nl - b) : 0;
      memmove(own, b + n - keep, keep);
      off += n - keep;
      got = fread(own + keep, 1, SCAN_BLOCK - keep, f);
      n = keep + got, eof = got < SCAN_BLOCK - keep, q = 0;
    }
  }
done:
  if (f) fclose(f);
  free(own);
  return ok;
}

@ The header is read as |lstm_data_load| reads it, without a network,
from the start of the file to the first start, whose word must come
next; then the pieces are made, with ranges of $R$ bytes, about an
eighth of a thread's share of the file and at least 64 kilobytes, so
that the threads share the work evenly while each reader, which costs
some 80 kilobytes of memory to start, has a few thousand numbers to
read. The header's reader also makes the table of powers of five that
the readers of the pieces copy, rather than each making its own.

@<Functions@>=
static int read_header(read_job *r, FILE *f, int threads)
{
  lstm_reader rd;
  const lstm_net *net = NULL;
  size_t m = 0, k = 0;
  int ok;
  if (!next_start(r, 1, &r->first) || r->first >= r->len ||
      (!r->bytes && fseek(f, 0, SEEK_SET) != 0)) return 0;
  reader_open(&rd, r->bytes ? NULL : f, r->name, NULL);
  if (r->bytes) rd.mem = r->bytes, rd.mem_len = r->first + 9;
  else rd.left = r->first + 9;
  if (keyword(&rd, "lstm-seq") == LSTM_OK && version(&rd) == LSTM_OK) {
    @<Read the numbers of inputs and targets, and check them against the
      network@>;
  }
  ok = rd.status == LSTM_OK && peek(&rd) == LSTM_OK && !rd.at_end &&
    piece_ended(&rd);
  r->m = m, r->k = k;
  powers_of_five(&rd);
  memcpy(r->five, rd.five, sizeof r->five);
  reader_close(&rd);
  r->range = r->len / (8 * (size_t)threads);
  if (r->range < ((size_t)1 << 16)) r->range = (size_t)1 << 16;
  r->pieces = (r->len + r->range - 1) / r->range;
  if (ok && !(r->piece = calloc(r->pieces, sizeof *r->piece))) ok = 0;
  return ok;
}

@ Item 0 of the list is the model, and item $i\ge1$ piece $i-1$, which
runs from the first start at or after $x_{i-1}$ to the first at or after
$x_i$, or to the end of the file; $x_0$ is the first start.
|next_start| finds the two ends (the end past the file, for the ranges
that begin after its end, is cut to the file's length). Then the reader
reads the piece: from the bytes held, or from the file, through its own
block of 64 kilobytes, filled again and again, rather than into memory
as long as the piece, which the system would first have to provide, page
by page. A piece's reader
keeps no message (its |lstm_error| is |NULL|), and its lines are counted
from 1: a piece that fails is read again, with the whole file. It stops
when its next token is the word that begins the next piece, which it
has read to its last byte, or at the end of the file; an empty piece
succeeds at once.

@<Functions@>=
static void read_item(void *ctx, size_t i)
{
  read_job *r = ctx;
  seq_piece *p;
  lstm_reader rd;
  FILE *f = NULL;
  size_t from, to, x;
  int next, last, found;
  if (i == 0) {
    r->model_status = lstm_model_read(r->model, r->net, &r->model_err);
    return;
  }
  p = &r->piece[i - 1];
  x = i == 1 ? r->first : (i - 1) * r->range;
  lstm_data_init(&p->data, r->m, r->k);
  found = next_start(r, x, &from) && next_start(r, i * r->range, &to);
  if (found && to > r->len) to = r->len;
  if (found && from > to) from = to;
  last = found && to == r->len;
  if (!found || from >= to) {
    p->ok = found && from == to;
    return;
  }
  if (!r->bytes && (!(f = fopen(r->name, "rb")) || from > LONG_MAX ||
      fseek(f, (long)from, SEEK_SET) != 0)) {
    if (f) fclose(f);
    return;
  }
  reader_open(&rd, f, r->name, NULL);
  if (r->bytes)
    rd.mem = r->bytes + from, rd.mem_len = to - from + (last ? 0 : 9);
  else if (!last) rd.left = to - from + 9;
  memcpy(rd.five, r->five, sizeof rd.five);
  rd.five_ready = 1;
  do next = read_sequence(&rd, &p->data) == LSTM_OK && !rd.at_end &&
    !piece_ended(&rd);
  while (next);
  p->ok = rd.status == LSTM_OK && (last ? rd.at_end :
    !rd.at_end && piece_ended(&rd));
  reader_close(&rd);
  if (f) fclose(f);
}

@ A piece has ended when the next token is \.{sequence} and the reader
has nothing left to read: the bytes held are all read, or the file has
given the last byte it may.

@<Functions@>=
static int piece_ended(const lstm_reader *rd)
{
  return rd->at == rd->have && (!rd->f || rd->left == 0) &&
    strcmp(rd->tok, "sequence") == 0;
}

@ The sequences of the pieces move, in order, into one list; the pieces
keep none.

@<Functions@>=
static int join_pieces(read_job *r, lstm_data *data)
{
  size_t count = 0;
  for (size_t i = 0; i < r->pieces; i++) count += r->piece[i].data.count;
  lstm_data_init(data, r->m, r->k);
  if (!(data->seq = malloc(count * sizeof *data->seq))) return LSTM_ENOMEM;
  data->cap = count;
  for (size_t i = 0; i < r->pieces; i++) {
    lstm_data *d = &r->piece[i].data;
    if (d->count > 0)
      memcpy(data->seq + data->count, d->seq, d->count * sizeof *d->seq);
    data->count += d->count;
    free(d->seq);
    d->seq = NULL, d->count = d->cap = 0;
  }
  return LSTM_OK;
}

@ The list of items is worked off by |queue_run|: the calling thread and
up to |threads|${}-1$ more each take the next item until none is left,
under a lock. Which thread takes an item changes from run to run, but
each item writes only its own results, so what the list computes does
not; and a thread that the system refuses to start leaves its items to
the others.

@<Private declarations@>=
typedef struct work_queue {
  size_t items, next; /* the number of items, and the next to take */
  void (*item)(void *ctx, size_t i);
  void *ctx;
  lstm_mutex mutex;
  lstm_cond cond; /* made with the lock, and not used */
} work_queue;
static void queue_run(int threads, size_t items,
  void (*item)(void *ctx, size_t i), void *ctx);

@ @<Functions@>=
#if defined(LSTM_C11_THREADS) || defined(LSTM_POSIX_THREADS)
static int queue_worker(void *arg)
{
  work_queue *q = arg;
  for (;;) {
    size_t i;
    lock(&q->mutex);
    i = q->next < q->items ? q->next++ : q->items;
    unlock(&q->mutex);
    if (i == q->items) return 0;
    q->item(q->ctx, i);
  }
}
#endif
@#
static void queue_run(int threads, size_t items,
  void (*item)(void *ctx, size_t i), void *ctx)
{
  size_t N = threads < 1 ? 1 : (size_t)threads;
  if (N > items) N = items;
#if defined(LSTM_C11_THREADS) || defined(LSTM_POSIX_THREADS)
  {
    work_queue q;
    lstm_thread *tid;
    q.items = items, q.next = 0, q.item = item, q.ctx = ctx;
    if (N > 1 && (tid = malloc((N - 1) * sizeof *tid)) != NULL) {
      if (sync_init(&q.mutex, &q.cond)) {
        thread_task task;
        size_t started = 0;
        task.fn = queue_worker, task.arg = &q;
        while (started < N - 1 && thread_start(&tid[started], &task))
          started++;
        queue_worker(&q);
        for (size_t j = 0; j < started; j++) thread_join(tid[j]);
        sync_free(&q.mutex, &q.cond);
        free(tid);
        return;
      }
      free(tid);
    }
  }
#endif
  for (size_t i = 0; i < items; i++) item(ctx, i);
}

@*1 Writing on several threads.
Printing a number with |"%.17g"| is slow, since the C library computes
the 17 digits exactly, with arithmetic on big numbers where needed, and
a gradient with $m=n=128$ has 131,584 numbers: after reading, the
largest part of \.{lstm grad}'s run that is not arithmetic.
|lstm_grad_write_threads| prints the numbers on
|threads| threads into memory, each into a slot of
|LSTM_NUMBER_TEXT| characters (a |"%.17g"| number has at most 24: a
sign, 17 digits, a point and an exponent such as \.{e-308}), and then
writes the file on one thread from the slots, with |write_network|: the
same bytes as |lstm_grad_write|, in the same order, for any number of
threads. The slots cost 25 bytes a parameter, 3.3 megabytes here, while
the file is written; without the memory for them the numbers are printed
on one thread, as before.
@^writing on several threads@>

@<Public constants@>=
#define LSTM_NUMBER_TEXT 25

@ @<Public functions@>=
int lstm_grad_write_threads(FILE *f, const lstm_net *grad,
  const char *method, double loss, int threads, lstm_error *err);

@ The numbers are printed in items of |PRINT_ITEM|, 256, small enough
that the gradient of a small network, such as that of the test of
threads (\.{tests/threads.sh}), is printed by several threads, and
large enough that taking an item costs nothing beside printing it.

@d PRINT_ITEM 256

@<Private declarations@>=
typedef struct print_job {
  const double *v;
  size_t count;
  char *text;
} print_job;
static void print_item(void *ctx, size_t i);

@ @<Functions@>=
static void print_item(void *ctx, size_t i)
{
  print_job *p = ctx;
  for (size_t q = PRINT_ITEM * i; q < p->count && q < PRINT_ITEM * (i + 1);
      q++)
    snprintf(p->text + q * LSTM_NUMBER_TEXT, LSTM_NUMBER_TEXT, "%.17g",
      p->v[q]);
}
@#
int lstm_grad_write_threads(FILE *f, const lstm_net *grad,
  const char *method, double loss, int threads, lstm_error *err)
{
  print_job p;
  if (threads <= 1 || grad->P > SIZE_MAX / LSTM_NUMBER_TEXT ||
      !(p.text = malloc(grad->P * LSTM_NUMBER_TEXT)))
    return lstm_grad_write(f, grad, method, loss, err);
  p.v = grad->theta, p.count = grad->P;
  queue_run(threads, (grad->P + PRINT_ITEM - 1) / PRINT_ITEM, print_item, &p);
  fprintf(f, "lstm-grad 1\nmethod %s\nloss %.17g\n", method, loss);
  write_network(f, grad, p.text);
  free(p.text);
  return written(f, err);
}
