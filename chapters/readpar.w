@*1 Reading on several threads.
\.{lstm grad} on $N$ threads computes the gradients of $N$ sequences at
once (the section ``Every core, with the same bits'' of the chapter on
speed), but it read its files, and wrote the gradient, on one: on a file
of 40 sequences of 100 steps with $m=n=128$, about half of the processor
time of the whole run went to turning 1.2 million decimal numbers into
|double|s and back, and by Amdahl's law a part that stays on one thread
caps what any number of threads can gain. The readers of this chapter
cannot be split as they stand, since each byte is judged in the state
the bytes before it left (the line, the column, whether a comment is
open, which number of which step comes next). This section cuts a
sequence file into pieces whose starting state is known without reading
what comes before them, and reads the pieces at once, each with the
readers above, unchanged.
@^threads, reading on@>
@^reading on several threads@>

The pieces start at the lines that begin with the word \.{sequence}
followed by a blank or a line break, which is how every program that
writes sequence files (this one, the scripts of the tests and the
comparison with PyTorch) starts a sequence. At the first byte of such a
line the state of a reader is known from the bytes alone: the line is one
more than the line breaks before it, the column is zero, no comment is
open (a comment ends at a line break) and no token is half read; and
what the reader does next, as |lstm_data_load| reads a file, is start a
sequence with that word. So one quick pass over the file finds the lines
that start with \.{sequence} (with |memchr|, which looks for line breaks
many bytes at a time, and one comparison of nine bytes each) and counts
the lines before them; the header is read by a reader of its own; and
then $N$ threads take the pieces, and the model file as one more piece,
from a common list, each piece read into memory and read by a reader
started at its line, whose sequences go into a data set of their own.
The data sets are joined in the order of the file.

When the readers of the pieces all succeed, and each piece ends exactly
where the next begins, the sequences are those |lstm_data_load| would
have read, bit for bit, by the following argument. Suppose the reader of
the whole file reaches the first byte of piece~$i$ in the state above.
The reader of piece~$i$ starts there in the same state and runs the same
code on the same bytes, so it does what the whole reader does, byte for
byte, until one of them reads past the piece; a piece ends with the word
\.{sequence} and the blank after it that start the next piece, so the
reader of the piece sees exactly what the whole reader sees up to the
moment it holds that word as its next token, which is the test of
success, and the whole reader then reaches piece~$i+1$ in the state
above. The header's reader starts the induction: it must end holding
the first such word. Each piece's reader reads all the sequences of its
piece, one or more (a sequence whose word \.{sequence} does not start a
line stays inside the piece before it), and so the pieces cover the
file.
@^same bits@>

Anything else, and in particular every error, sends the file to the
reader of the whole file, over the same bytes in memory, from the start:
a piece that fails, a header that is not followed by a piece, a file
without a line that starts a sequence, a file whose numbers of inputs and
targets differ from the model's (the pieces were read before the model
was known), or a failed allocation. So every message, its wording and
its line, is the one |lstm_data_load| gives: that of the first error in
the file, whichever piece a thread happened to finish first. The price
of an error is reading the file twice, which is nothing beside the
gradient it saved. The order of the two files is kept as well: when the
model cannot be read, its error is reported and the data's, if any, is
not, as when the model is read first.
@^error messages@>

The memory. A file that can be read twice (one named on the command line,
not standard input, and not a pipe) is read in blocks of a mebibyte by
the pass that cuts it, and then each piece is read again from the file
by the thread that reads its numbers, into memory of its own that is
freed when the piece is done: reading on $N$ threads costs at most $N$
pieces' bytes more than reading on one, and the first pass reuses one
block. (Holding the whole file instead costs, besides its bytes, the
operating system's work of giving the process that many fresh pages of
memory, one fault at a time, on one thread: on this machine about as
long as reading a fifth of the numbers.) Standard input can be read
only once, so it is held in memory whole, at most |LSTM_HOLD_MAX|
bytes (256 mebibytes); a longer one is read as before, in blocks, on one
thread, beginning with the bytes already held; and so is a file whose
one piece would be longer than that. The threads' readers hold one
sequence's numbers each, as the reader of the whole file does.
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

@ The reading is shared by the threads through one record: the bytes, the
pieces, and the model's result.

@<Private declarations@>=
typedef struct seq_piece {
  size_t from, to; /* the bytes of the piece */
  long line; /* the line of |from| */
  lstm_data data; /* its sequences */
  int ok; /* read, and ending where the next piece starts */
} seq_piece;
typedef struct read_job {
  const char *name; /* of the sequence file, for messages and to open it */
  const unsigned char *bytes; /* the file held in memory, or |NULL| */
  size_t len; /* its length */
  long lines; /* the line of the byte the pass has got to */
  int broke; /* that byte follows a line break */
  size_t first; /* where the first piece starts */
  size_t m, k; /* inputs and targets, from the header */
  lstm_power5 five[FIVE_MAX - FIVE_MIN + 1]; /* the table of the readers */
  seq_piece *piece;
  size_t pieces;
  const char *model; /* the model's file */
  lstm_net *net; /* the model, read by the first item */
  int model_status;
  lstm_error model_err;
} read_job;
static int hold_file(FILE *f, unsigned char **bytes, size_t *len);
static int seekable(FILE *f, size_t *len);
static int cut_pieces(read_job *r, FILE *f, int threads);
static size_t scan_block(read_job *r, const unsigned char *b, size_t n,
  size_t off, int last, size_t most, size_t *cap);
static int add_piece(read_job *r, size_t at, size_t most, size_t *cap);
static const unsigned char *piece_bytes(const read_job *r, size_t from,
  size_t to, unsigned char **own);
static int read_header(read_job *r, size_t end);
static void read_item(void *ctx, size_t i);
static int join_pieces(read_job *r, lstm_data *data);

@ A file that can be read twice is cut in a pass of its own; standard
input, or a pipe, is held in memory and cut there, unless it is too long.
Either way, when no header or no piece is found, |r.pieces| is zero, and
the threads read only the model. After them, the pieces are joined if
they all succeeded and fit the model; otherwise |data_load| reads the
file from its start (the held bytes, then the rest of the stream, if it
was not held whole), and reports what the reader of the whole file
reports.

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
  if ((twice || whole) && !cut_pieces(&r, twice ? f : NULL, threads))
    r.pieces = 0;
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

@ |cut_pieces| finds the lines that start a sequence, reads the header,
and makes the pieces. A piece is about an eighth of a thread's share of
the file, and at least 64 kilobytes, so that the threads share the work
evenly while each reader, which costs some 80 kilobytes of memory to
start, has a few thousand numbers to read: it runs from the first line
of one of its sequences to the blank after the word \.{sequence} that
starts the next piece, or to the end of the file. The pass reads a file
|f| in blocks of a mebibyte, or the bytes held; a file that does not
end where its length said it would, or has a piece longer than
|LSTM_HOLD_MAX|, gets no pieces.

@<Functions@>=
static int cut_pieces(read_job *r, FILE *f, int threads)
{
  size_t most = r->len / (8 * (size_t)threads), cap = 0, off = 0;
  r->lines = 1;
  if (most < ((size_t)1 << 16)) most = (size_t)1 << 16;
  if (!f) (void)scan_block(r, r->bytes, r->len, 0, 1, most, &cap);
  else {
    const size_t block = (size_t)1 << 20;
    unsigned char *b = malloc(block + 9);
    size_t carry = 0, got, n;
    if (!b) return 0;
    do {
      got = fread(b + carry, 1, block, f);
      n = carry + got;
      carry = scan_block(r, b, n, off, got < block, most, &cap);
      off += n - carry;
      memmove(b, b + n - carry, carry);
    } while (got == block);
    free(b);
    if (ferror(f) || off != r->len) return 0;
  }
  if (r->pieces == 0) return 0;
  r->piece[r->pieces - 1].to = r->len;
  for (size_t i = 0; i < r->pieces; i++)
    if (r->piece[i].to - r->piece[i].from > LSTM_HOLD_MAX) return 0;
  return read_header(r, r->first + 9);
}

@ |scan_block| looks at the |n| bytes at |b|, which are those of the file
from |off| on, for line breaks followed by \.{sequence} and a blank,
counting the lines in |r->lines|; |r->broke| says whether |b[0]|
follows a line break that has been counted. Where a line break is too
near the end of the block for the nine bytes after it to be looked at,
and the file goes on (|last| is 0), it returns how many bytes follow the
line break, and sets |r->broke|, for the caller to put them before the
next block; otherwise it returns 0.

@<Functions@>=
static size_t scan_block(read_job *r, const unsigned char *b, size_t n,
  size_t off, int last, size_t most, size_t *cap)
{
  size_t q = 0;
  int after_break = r->broke;
  const unsigned char *nl;
  r->broke = 0;
  for (;;) {
    if (after_break) {
      if (n - q < 9) {
        r->broke = !last;
        return last ? 0 : n - q;
      }
      if (memcmp(b + q, "sequence", 8) == 0 && isspace(b[q + 8]) &&
          !add_piece(r, off + q, most, cap)) return 0;
    }
    if (!(nl = memchr(b + q, '\n', n - q))) return 0;
    q = (size_t)(nl - b) + 1, r->lines++, after_break = 1;
  }
}

@ A line that starts a sequence starts a piece, unless the piece before
it is still shorter than |most|. (When memory runs out, the pieces end
where they are, and the last one fails.)

@<Functions@>=
static int add_piece(read_job *r, size_t at, size_t most, size_t *cap)
{
  if (r->pieces == 0) r->first = at;
  else if (at - r->piece[r->pieces - 1].from < most) return 1;
  else r->piece[r->pieces - 1].to = at + 9;
  if (r->pieces == *cap) {
    seq_piece *more;
    size_t c = *cap ? 2 * *cap : 16;
    if (!(more = realloc(r->piece, c * sizeof *more))) return 0;
    r->piece = more, *cap = c;
  }
  memset(&r->piece[r->pieces], 0, sizeof *r->piece);
  r->piece[r->pieces].from = at;
  r->piece[r->pieces++].line = r->lines;
  return 1;
}

@ The bytes from |from| to |to| are those held, or are read from the file
into memory of their own, |*own|, which the caller frees; |NULL| when
they cannot be read.

@<Functions@>=
#include <limits.h> /* for |LONG_MAX| */
static const unsigned char *piece_bytes(const read_job *r, size_t from,
  size_t to, unsigned char **own)
{
  FILE *f;
  size_t got = 0;
  *own = NULL;
  if (r->bytes) return r->bytes + from;
  if (from > LONG_MAX || !(*own = malloc(to - from + 1))) return NULL;
  if ((f = fopen(r->name, "rb")) != NULL) {
    if (fseek(f, (long)from, SEEK_SET) == 0)
      got = fread(*own, 1, to - from, f);
    fclose(f);
  }
  return got == to - from ? *own : NULL;
}

@ The header is read as |lstm_data_load| reads it, without a network;
it must be followed by the word that starts the first piece, and
nothing else. Its reader also makes the table of powers of five that
the readers of the pieces copy, rather than each making its own.

@<Functions@>=
static int read_header(read_job *r, size_t end)
{
  lstm_reader rd;
  const lstm_net *net = NULL;
  size_t m = 0, k = 0;
  unsigned char *own;
  int ok;
  reader_open(&rd, NULL, r->name, NULL);
  if (!(rd.mem = piece_bytes(r, 0, end, &own))) {
    free(own);
    return 0;
  }
  rd.mem_len = end;
  if (keyword(&rd, "lstm-seq") == LSTM_OK && version(&rd) == LSTM_OK) {
    @<Read the numbers of inputs and targets, and check them against the
      network@>;
  }
  ok = rd.status == LSTM_OK && peek(&rd) == LSTM_OK && !rd.at_end &&
    rd.at == rd.have && strcmp(rd.tok, "sequence") == 0;
  r->m = m, r->k = k;
  powers_of_five(&rd);
  memcpy(r->five, rd.five, sizeof r->five);
  reader_close(&rd);
  free(own);
  return ok;
}

@ Item 0 of the list is the model, and item $i\ge1$ piece $i-1$. A
piece's reader keeps no message (its |lstm_error| is |NULL|): a piece
that fails is read again, with the whole file. It stops when its next
token is the word that starts the next piece, which it has read to its
last byte, or at the end of the file.

@<Functions@>=
static void read_item(void *ctx, size_t i)
{
  read_job *r = ctx;
  seq_piece *p;
  lstm_reader rd;
  unsigned char *own;
  int next;
  if (i == 0) {
    r->model_status = lstm_model_read(r->model, r->net, &r->model_err);
    return;
  }
  p = &r->piece[i - 1];
  reader_open(&rd, NULL, r->name, NULL);
  if (!(rd.mem = piece_bytes(r, p->from, p->to, &own))) {
    free(own);
    return;
  }
  rd.mem_len = p->to - p->from;
  rd.line = p->line, rd.last_line = p->line - 1;
  memcpy(rd.five, r->five, sizeof rd.five);
  rd.five_ready = 1;
  lstm_data_init(&p->data, r->m, r->k);
  do next = read_sequence(&rd, &p->data) == LSTM_OK && !rd.at_end &&
    !(rd.at == rd.have && strcmp(rd.tok, "sequence") == 0);
  while (next);
  p->ok = rd.status == LSTM_OK && (i == r->pieces ? rd.at_end :
    !rd.at_end && rd.at == rd.have && strcmp(rd.tok, "sequence") == 0);
  reader_close(&rd);
  free(own);
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
Printing a number with |"%.17g"| takes the C library some 200
nanoseconds, since it computes the 17 digits exactly, with arithmetic on
big numbers where needed; for the 131,584 numbers of a gradient with
$m=n=128$ that is about 30 milliseconds, a seventh of \.{lstm grad}'s
run on the file above. |lstm_grad_write_threads| prints the numbers on
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

@ The numbers are printed in items of 4096.

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
  for (size_t q = 4096 * i; q < p->count && q < 4096 * (i + 1); q++)
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
  queue_run(threads, (grad->P + 4095) / 4096, print_item, &p);
  fprintf(f, "lstm-grad 1\nmethod %s\nloss %.17g\n", method, loss);
  write_network(f, grad, p.text);
  free(p.text);
  return written(f, err);
}
