/* A fuzzer for the readers of model, gradient and sequence files.

   Usage: fuzz INPUT SECONDS SEED FILE...

   It starts from the FILEs (the corpus of malformed files and the worked
   example) and from valid files that it writes itself with the library's
   writers (random models without an output layer, with an l2 and with a
   softmax layer, their gradients and random sequences).  Each iteration
   takes one of them, mutates it with the book's generator lstm_rng (bit
   flips, bytes and tokens put in, ranges deleted, repeated, spliced from
   another file, truncation), writes the result to the file INPUT, and
   reads INPUT with every reader.  It stops after SECONDS of processor
   time.  Built with the address and undefined-behaviour sanitizers, a
   crash, an overflow or a leak stops the run, and INPUT holds the input
   that caused it.  Besides, every result must be one of:
   - LSTM_EDATA, with the file name, a line between 1 and the number of
     lines of the input, and a message that starts with "expected";
   - LSTM_OK, and then writing what was read and reading it back gives
     the same sizes and the same bits; and for sequences that fit the
     worked example, the gradient is finite or refused as not finite.
   One input in eight is also read shifted: after a first line that is a
   comment, of a length that puts the reader's block boundary
   (LSTM_READ_BLOCK, 64 KB) at a random byte of the input, or just before
   or after it.  Every reader must give the same answer as on the input
   itself: the same status, the same message one line further down (an
   empty input's message about the end of the file stays on line 1, which
   is then the comment), or the same sizes and bits. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lstm.h"

#define MAXLEN 16384
#define SHIFTLEN (LSTM_READ_BLOCK + 2) /* the longest comment line put in front */
#define MAXFILES 256

typedef struct {
  unsigned char *b;
  size_t len;
} blob;

static blob corpus[MAXFILES];
static size_t ncorpus;
static lstm_rng rng;
static unsigned long failures;

static size_t pick(size_t n) /* uniform in 0..n-1, n > 0 */
{
  return (size_t)(lstm_rng_next(&rng) % n);
}

static void add_blob(FILE *f)
{
  blob *c = &corpus[ncorpus];
  if (ncorpus == MAXFILES) return;
  c->b = malloc(MAXLEN);
  if (!c->b) exit(2);
  rewind(f);
  c->len = fread(c->b, 1, MAXLEN, f);
  ncorpus++;
}

static void add_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(2); }
  add_blob(f);
  fclose(f);
}

/* Valid files written by the library: models of the three kinds, their
   gradients, and sequences for them. */
static void add_written(void)
{
  static const int kind[3] = {LSTM_OUT_NONE, LSTM_OUT_L2, LSTM_OUT_SOFTMAX};
  lstm_error err;
  for (int q = 0; q < 3; q++) {
    lstm_net net;
    lstm_data data;
    lstm_seq *seq;
    FILE *f = tmpfile();
    if (!f || lstm_net_init(&net, 2, 2, 3, kind[q], &err) != LSTM_OK) exit(2);
    lstm_net_randomize(&net, &rng, 2.0);
    lstm_model_write(f, &net, &err);
    add_blob(f);
    fclose(f);
    if (!(f = tmpfile())) exit(2);
    lstm_grad_write(f, &net, "bptt", 1.5, &err);
    add_blob(f);
    fclose(f);
    lstm_data_init(&data, 2, net.k);
    for (size_t s = 1; s <= 2; s++) {
      if (lstm_data_add(&data, s + 1, &seq, &err) != LSTM_OK) exit(2);
      for (size_t l = 0; l < seq->T * seq->m; l++)
        seq->x[l] = lstm_rng_uniform(&rng, -1, 1);
      for (size_t t = 0; t < seq->T; t++)
        for (size_t l = 0; l < seq->k; l++) {
          double v = lstm_rng_uniform(&rng, -1, 1);
          if (t % 2 == 0) lstm_target_set(seq, t, &err)[l] = v;
        }
    }
    if (!(f = tmpfile())) exit(2);
    lstm_data_write(f, &data, &err);
    add_blob(f);
    fclose(f);
    lstm_data_free(&data);
    lstm_net_free(&net);
  }
}

static const char *tokens[] = {" nan ", " inf ", " 0 ", " -1 ", " 1 ",
  " 2 ", " 65536 ", " 65537 ", " 134217728 ", " 18446744073709551616 ",
  " 1e999 ", " 1e-400 ", " -0 ", " - ", " sequence ", " sequence 1 ",
  " outputs 2 softmax ", " outputs 1 l2 ", " W ", " U ", " b ", " V ",
  " c ", "\n", "\r\n", "#", " lstm-model 1 ", " lstm-seq 1 ",
  " lstm-grad 1 ", " method bptt loss 1 ", " inputs 2 ", " cells 1 ",
  " targets 1 ", "0x10", ".5", "5.", "+.e", "\xc3\xa9", "\t"};

static void insert(unsigned char *b, size_t *len, const unsigned char *s,
  size_t n)
{
  size_t at = pick(*len + 1);
  if (*len + n > MAXLEN) return;
  memmove(b + at + n, b + at, *len - at);
  memcpy(b + at, s, n);
  *len += n;
}

static void mutate(unsigned char *b, size_t *len)
{
  static const char chars[] = " \n\t#-+.0123456789eE";
  size_t from, n;
  switch (pick(8)) {
  case 0: if (*len) b[pick(*len)] ^= (unsigned char)(1u << pick(8)); break;
  case 1: if (*len) b[pick(*len)] = (unsigned char)chars[pick(sizeof chars - 1)];
    break;
  case 2: if (*len) b[pick(*len)] = (unsigned char)pick(256); break;
  case 3: {
    const char *t = tokens[pick(sizeof tokens / sizeof tokens[0])];
    insert(b, len, (const unsigned char *)t, strlen(t));
    break;
  }
  case 4: /* delete a range */
    if (*len) {
      from = pick(*len);
      n = 1 + pick(*len - from < 32 ? *len - from : 32);
      memmove(b + from, b + from + n, *len - from - n);
      *len -= n;
    }
    break;
  case 5: /* repeat a range */
    if (*len) {
      unsigned char copy[64];
      from = pick(*len);
      n = 1 + pick(*len - from < 64 ? *len - from : 64);
      memcpy(copy, b + from, n);
      insert(b, len, copy, n);
    }
    break;
  case 6: /* splice a range of another file */
    {
      const blob *o = &corpus[pick(ncorpus)];
      if (o->len) {
        from = pick(o->len);
        n = 1 + pick(o->len - from < 128 ? o->len - from : 128);
        insert(b, len, o->b + from, n);
      }
    }
    break;
  default: /* truncate */
    *len = pick(*len + 1);
  }
}

static size_t lines_of(const unsigned char *b, size_t len)
{
  size_t lines = 1;
  for (size_t q = 0; q < len; q++) lines += b[q] == '\n';
  return lines;
}

static void fail(const char *what, const char *path, const lstm_error *err)
{
  fprintf(stderr, "fuzz: %s (%s:%ld: %s); the input is in %s\n", what,
    err->file, err->line, err->msg, path);
  failures++;
}

/* A refusal must be a well-formed message about a line of the input. */
static void check_refusal(int status, const lstm_error *err, const char *path,
  size_t lines)
{
  if (status != LSTM_EDATA) fail("a status other than OK or EDATA", path, err);
  else if (strcmp(err->file, path) != 0 || err->line < 1 ||
           (size_t)err->line > lines || strncmp(err->msg, "expected", 8) != 0)
    fail("a malformed message", path, err);
}

static void same_net(const lstm_net *a, const lstm_net *b, const char *path,
  const lstm_error *err)
{
  if (a->m != b->m || a->n != b->n || a->k != b->k || a->output != b->output ||
      a->P != b->P || memcmp(a->theta, b->theta, a->P * sizeof(double)) != 0)
    fail("a network that does not read back the same", path, err);
}

static void try_model(const char *path, size_t lines, unsigned long *ok)
{
  lstm_net net, again;
  lstm_error err;
  int status;
  lstm_error_clear(&err);
  if ((status = lstm_model_read(path, &net, &err)) != LSTM_OK) {
    check_refusal(status, &err, path, lines);
    return;
  }
  (*ok)++;
  {
    FILE *f = tmpfile();
    if (!f) exit(2);
    lstm_model_write(f, &net, &err);
    rewind(f);
    if (lstm_model_load(f, path, &again, &err) != LSTM_OK)
      fail("a model written that does not read back", path, &err);
    else {
      same_net(&net, &again, path, &err);
      lstm_net_free(&again);
    }
    fclose(f);
  }
  lstm_net_free(&net);
}

static void try_grad(const char *path, size_t lines, unsigned long *ok)
{
  lstm_net grad;
  lstm_error err;
  char method[LSTM_NAME_MAX];
  double loss;
  int status;
  lstm_error_clear(&err);
  if ((status = lstm_grad_read(path, &grad, method, &loss, &err)) != LSTM_OK)
    check_refusal(status, &err, path, lines);
  else {
    (*ok)++;
    lstm_net_free(&grad);
  }
}

/* Sequences that fit the worked example get their gradient: it is either
   a result whose loss and every entry are finite, or LSTM_EDATA saying
   that a number is not finite; a NaN or an infinity is never a result. */
static void check_gradient(const lstm_net *net, const lstm_data *data,
  const char *path)
{
  lstm_net g;
  lstm_error err;
  long param;
  double loss = 0;
  int status;
  lstm_error_clear(&err);
  if (lstm_net_like(&g, net, &err) != LSTM_OK) exit(2);
  status = lstm_gradient(net, data, lstm_method_find("bptt", &param, &err), 0,
    &g, &loss, NULL, &err);
  if (status == LSTM_OK) {
    int finite = isfinite(loss);
    for (size_t k = 0; k < g.P; k++) finite &= isfinite(g.theta[k]) != 0;
    if (!finite) fail("a gradient that is not finite, given as a result",
      path, &err);
  } else if (status != LSTM_EDATA || !strstr(err.msg, "finite"))
    fail("a gradient that failed for another reason", path, &err);
  lstm_net_free(&g);
}

static void try_data(const char *path, size_t lines, const lstm_net *net,
  unsigned long *ok)
{
  lstm_data data, again;
  lstm_error err;
  int status;
  lstm_error_clear(&err);
  if ((status = lstm_data_read(path, net, &data, &err)) != LSTM_OK) {
    check_refusal(status, &err, path, lines);
    return;
  }
  (*ok)++;
  {
    FILE *f = tmpfile();
    if (!f) exit(2);
    lstm_data_write(f, &data, &err);
    rewind(f);
    if (lstm_data_load(f, path, NULL, &again, &err) != LSTM_OK)
      fail("sequences written that do not read back", path, &err);
    else {
      int same = again.count == data.count && again.m == data.m &&
        again.k == data.k;
      for (size_t s = 0; same && s < data.count; s++) {
        const lstm_seq *p = &data.seq[s], *q = &again.seq[s];
        same = p->T == q->T &&
          memcmp(p->x, q->x, p->T * p->m * sizeof(double)) == 0;
        for (size_t t = 0; same && t < p->T; t++)
          same = !lstm_target(p, t) == !lstm_target(q, t) &&
            (!lstm_target(p, t) || memcmp(lstm_target(p, t),
              lstm_target(q, t), p->k * sizeof(double)) == 0);
      }
      if (!same) fail("sequences that do not read back the same", path, &err);
      lstm_data_free(&again);
    }
    fclose(f);
  }
  if (net) check_gradient(net, &data, path);
  lstm_data_free(&data);
}

/* What a reader made of a file: the status, the message and line of a
   refusal, or what was read, written back with the library's writer. */
typedef struct {
  int status;
  long line;
  char msg[LSTM_MSG_MAX];
  char *text; /* what was read, written again; malloc'ed, or NULL */
  size_t len;
} outcome;

static void written_text(outcome *o, FILE *f)
{
  long n;
  if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0) exit(2);
  rewind(f);
  if (!(o->text = malloc((size_t)n + 1))) exit(2);
  o->len = fread(o->text, 1, (size_t)n, f);
  fclose(f);
}

/* Read path as a model (kind 0), a gradient (1), sequences (2), or
   sequences that fit the worked example (3). */
static void read_as(int kind, const char *path, const lstm_net *gomez,
  outcome *o)
{
  lstm_error err;
  lstm_net net;
  lstm_data data;
  char method[LSTM_NAME_MAX];
  double loss;
  FILE *f;
  lstm_error_clear(&err);
  o->text = NULL;
  o->len = 0;
  if (kind == 0) o->status = lstm_model_read(path, &net, &err);
  else if (kind == 1) o->status = lstm_grad_read(path, &net, method, &loss,
    &err);
  else o->status = lstm_data_read(path, kind == 3 ? gomez : NULL, &data,
    &err);
  o->line = err.line;
  snprintf(o->msg, sizeof o->msg, "%s", err.msg);
  if (o->status != LSTM_OK) return;
  if (!(f = tmpfile())) exit(2);
  if (kind == 0) lstm_model_write(f, &net, &err);
  else if (kind == 1) {
    fprintf(f, "method %s loss %.17g\n", method, loss);
    lstm_model_write(f, &net, &err);
  } else lstm_data_write(f, &data, &err);
  if (kind < 2) lstm_net_free(&net); else lstm_data_free(&data);
  written_text(o, f);
}

/* The input b of length len, and again after a comment line that puts the
   block boundary at byte `at' of it: every reader answers the same. */
static void try_shifted(const unsigned char *b, size_t len, const char *path,
  const lstm_net *gomez, unsigned char *shifted, unsigned long *crossed)
{
  size_t at = pick(len + 3), pad; /* up to two bytes past the input */
  pad = LSTM_READ_BLOCK + 2 - at; /* the comment line, with its newline */
  shifted[0] = '#';
  memset(shifted + 1, 'x', pad - 2);
  shifted[pad - 1] = '\n';
  memcpy(shifted + pad, b, len);
  for (int kind = 0; kind < 4; kind++) {
    outcome plain, moved;
    FILE *f;
    if (!(f = fopen(path, "wb")) || fwrite(b, 1, len, f) != len ||
        fclose(f) != 0) exit(2);
    read_as(kind, path, gomez, &plain);
    if (!(f = fopen(path, "wb")) || fwrite(shifted, 1, pad + len, f) !=
        pad + len || fclose(f) != 0) exit(2);
    read_as(kind, path, gomez, &moved);
    if (moved.status != plain.status ||
        (plain.status != LSTM_OK && (moved.line != plain.line + (len > 0) ||
          strcmp(moved.msg, plain.msg) != 0)) ||
        (plain.status == LSTM_OK && (moved.len != plain.len ||
          memcmp(moved.text, plain.text, plain.len) != 0))) {
      fprintf(stderr, "fuzz: an input that reads differently across the "
        "block boundary: read as kind %d: status %d line %ld '%s'; shifted "
        "by %zu bytes: status %d line %ld '%s'; the input is in %s\n", kind,
        plain.status, plain.line, plain.msg, pad, moved.status, moved.line,
        moved.msg, path);
      failures++;
    }
    free(plain.text);
    free(moved.text);
  }
  (*crossed)++;
}

int main(int argc, char **argv)
{
  const char *path;
  double seconds;
  unsigned long iterations = 0, ok_model = 0, ok_grad = 0, ok_data = 0,
    ok_fit = 0, crossed = 0;
  unsigned char *b = malloc(MAXLEN);
  unsigned char *shifted = malloc(SHIFTLEN + MAXLEN);
  lstm_net gomez;
  lstm_error err;
  clock_t start = clock();
  if (argc < 5 || !b || !shifted) {
    fprintf(stderr, "usage: fuzz INPUT SECONDS SEED FILE...\n");
    return 2;
  }
  path = argv[1];
  seconds = atof(argv[2]);
  lstm_rng_seed(&rng, strtoull(argv[3], NULL, 10));
  for (int a = 4; a < argc; a++) add_file(argv[a]);
  add_written();
  if (lstm_model_read("tests/worked-example/gomez.model", &gomez, &err)
      != LSTM_OK) {
    fprintf(stderr, "fuzz: cannot read the worked example: %s\n", err.msg);
    return 2;
  }
  while ((double)(clock() - start) < seconds * CLOCKS_PER_SEC) {
    const blob *c = &corpus[pick(ncorpus)];
    size_t len = c->len, rounds = 1 + pick(4);
    FILE *f;
    memcpy(b, c->b, len);
    for (size_t r = 0; r < rounds; r++) mutate(b, &len);
    if (!(f = fopen(path, "wb")) || fwrite(b, 1, len, f) != len ||
        fclose(f) != 0) {
      perror(path);
      return 2;
    }
    try_model(path, lines_of(b, len), &ok_model);
    try_grad(path, lines_of(b, len), &ok_grad);
    try_data(path, lines_of(b, len), NULL, &ok_data);
    try_data(path, lines_of(b, len), &gomez, &ok_fit);
    if (pick(8) == 0)
      try_shifted(b, len, path, &gomez, shifted, &crossed);
    iterations++;
  }
  lstm_net_free(&gomez);
  for (size_t q = 0; q < ncorpus; q++) free(corpus[q].b);
  free(b);
  free(shifted);
  printf("%s: fuzz: %lu inputs from %zu files in %.1f s; read as models %lu, "
    "gradients %lu, sequences %lu (fitting the worked example %lu); "
    "%lu read again across the 64 KB block boundary\n",
    failures ? "FAIL" : "PASS", iterations, ncorpus, seconds, ok_model,
    ok_grad, ok_data, ok_fit, crossed);
  return failures ? 1 : 0;
}
