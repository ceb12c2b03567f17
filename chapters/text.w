@* Learning from text.
Every reader of a book on recurrent networks wants to see one learn
something real and write it back. Since Karpathy's \.{char-rnn} the first
thing people run is a {\it character-level language model\/}: the network
reads a text one byte at a time and, after each byte, gives a probability
to every byte that could come next. Trained on a megabyte of Shakespeare,
it learns words, then names and line breaks, then the shape of a play;
sampling from it writes new text in that shape. This chapter builds that
model on the book's network, trains it with the book's methods on the
same text, and so compares BPTT with the RTRL-style methods
on data nobody here made.

The commands are
$$\vbox{\halign{#\hfil\cr
\.{lstm train --text }{\it FILE\/}\.{ [--valid-text }{\it FILE\/}\.{ $\vert$
  --valid-fraction }{\it F\/}\.{] [--length }{\it K\/}\.{] ...}\cr
\.{lstm sample }{\it MODEL\/}\.{ [--length }{\it N\/}\.{] [--temperature }{\it
  T\/}\.{] [--prime }{\it TEXT\/}\.{] [--seed }{\it S\/}\.{]}\cr
\.{lstm eval }{\it MODEL\/}\.{ --text }{\it FILE\/}\cr}}$$
served by |lstm_train_text|, |lstm_text_sample| and |lstm_text_loss|; a text is any file of bytes: the model knows nothing of letters or
of UTF-8, only of the bytes that occur.
@^text@>
@^language model@>

@ The model. The {\it alphabet\/} is the set of the $A$ distinct bytes of
the training text, in increasing order; it is recorded in the network, |net->alphabet|, and in the model file
(the chapter on files gives the line), so that a model knows what its
inputs and outputs mean. The network has $m=A$ inputs and a softmax
output layer (|LSTM_OUT_SOFTMAX|) of $k=A$ units. At step $t$ the input $x_t$ is the one-hot
vector of byte $s_t$ of the text, and the target is byte $s_{t+1}$: the
loss of the step is
$$\ell_t=-\log p_{t,s_{t+1}},\qquad
  p_t=\mathop{\rm softmax}(V\out_t+b_y),$$
the cross-entropy of the forward-pass chapter with a one-hot target, so
that every method of the book computes its gradient unchanged. The loss
of a text, |lstm_text_loss|, is the mean of $\ell_t$ over its characters, in nats per
character; divided by $\log2$ it is in bits per character, the unit of
the literature, and the number of bits a coder driven by the model would
spend per byte. A model that knows only how often each byte occurs, the
{\it unigram\/} model, reaches the entropy of those frequencies; every
model of this chapter must do better.
@^nats per character@>
@^bits per character@>

@ A text is one long sequence, and no method can hold all of it. The
state is therefore carried across {\it chunks\/} of $K$ characters
(\.{--length}, 100 unless given; |cfg->length|, kept as |run->K|): each chunk starts where the last
ended, and the weights change after each chunk. For BPTT this is
truncated BPTT with windows of $K$, the standard practice: the gradient
of a chunk flows back to its first step and no further. The online
methods run over the stream without windows, their sensitivities carried
from the first character of the epoch; they too change the weights every
$K$ characters, with the sum of the $K$ steps' gradients in the run's |grad|, not after every
character. Two reasons. With Adam an update (|lstm_optimizer_step|) costs about $10P$ operations,
as much as a step of the internal RTRL or of UORO itself, so updating
every character would double their cost; and with the same number of
updates of the same kind as truncated BPTT, the comparison of the methods
is one of their gradients alone, which is the question of this book. A
method that takes a parameter of its own, \.{tbptt:}$J$, uses windows of
$J$ instead of $K$.

The memory of training is the text itself and, besides it, $O(Kn)$ for a
window of $K$ (the trace and the window's inputs and targets) or the
method's own $O(P)$ (or $O(nP)$ for exact RTRL) for the online methods:
nothing grows with the length of the text.
@^truncated BPTT@>
@^chunks of a text@>

@*1 The alphabet.
|lstm_alphabet| finds the distinct bytes of a text, in increasing order,
and returns how many there are; |lstm_alphabet_index| turns a network's
alphabet into a table from byte to input, $-1$ for a byte it does not
have. The alphabet itself lives in the network, in the fields |symbols|
and |alphabet| of |lstm_net|; |symbols| is 0 for a network that was not
made for text.

@<Public functions@>=
size_t lstm_alphabet(const unsigned char *text, size_t len,
  unsigned char alphabet[256]);
void lstm_alphabet_index(const lstm_net *net, int index[256]);
int lstm_text_fits(const lstm_net *net, const unsigned char *text,
  size_t len, const char *what, lstm_error *err);
int lstm_text_model(const lstm_net *net, lstm_error *err);

@ @<Functions@>=
size_t lstm_alphabet(const unsigned char *text, size_t len,
  unsigned char alphabet[256])
{
  unsigned char seen[256] = {0};
  size_t count = 0;
  for (size_t t = 0; t < len; t++) seen[text[t]] = 1;
  for (int b = 0; b < 256; b++) if (seen[b]) alphabet[count++] =
    (unsigned char)b;
  return count;
}
@#
void lstm_alphabet_index(const lstm_net *net, int index[256])
{
  for (int b = 0; b < 256; b++) index[b] = -1;
  for (size_t a = 0; a < net->symbols; a++) index[net->alphabet[a]] = (int)a;
}

@ |lstm_text_fits| checks that a network can read a text: it has an
alphabet, a softmax layer of as many units as inputs, and every byte of
the text is in its alphabet. A byte outside it is refused, not scored:
the model gives it no probability at all, so its loss would be
infinite, and any finite rule (a floor, a share of an ``unknown''
symbol) would make the numbers of two models with different alphabets
incomparable. The message names the first such byte and its place. These
are mistakes of use, |LSTM_EUSAGE|, as a wrong option is.

@<Functions@>=
int lstm_text_fits(const lstm_net *net, const unsigned char *text,
  size_t len, const char *what, lstm_error *err)
{
  int index[256];
  if (lstm_text_model(net, err) != LSTM_OK) return LSTM_EUSAGE;
  if (len < 2)
    return lstm_fail(err, LSTM_EUSAGE, "%s has %zu byte%s; a text needs at " @/
      "least two, one to read and one to predict", what, len,
      len == 1 ? "" : "s");
@.a text needs at least two@>
  lstm_alphabet_index(net, index);
  for (size_t t = 0; t < len; t++)
    if (index[text[t]] < 0)
      return lstm_fail(err, LSTM_EUSAGE, "%s has byte %d at offset %zu, " @/
        "which is not in the model's alphabet of %zu bytes", what,
        (int)text[t], t, net->symbols);
@.which is not in the model's alphabet@>
  return LSTM_OK;
}

@ |lstm_text_model| checks the first of these alone, for a caller that
has no text yet.

@<Functions@>=
int lstm_text_model(const lstm_net *net, lstm_error *err)
{
  if (net->symbols == 0 || net->output != LSTM_OUT_SOFTMAX ||
      net->m != net->symbols || net->k != net->symbols)
    return lstm_fail(err, LSTM_EUSAGE, "the model has no alphabet: it was " @/
      "not trained on a text");
@.the model has no alphabet@>
  return LSTM_OK;
}

@*1 Reading a text.
A text is read whole into memory by |lstm_text_read|, with |fread| in large blocks: a
megabyte takes a few milliseconds (the measurement is at the end of the
chapter). The buffer doubles as it fills, so that standard input, whose
length is not known, is read the same way. An empty text is refused here.

@<Public functions@>=
int lstm_text_read(const char *path, unsigned char **text, size_t *len,
  lstm_error *err);

@ @<Functions@>=
int lstm_text_read(const char *path, unsigned char **text, size_t *len,
  lstm_error *err)
{
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  unsigned char *buf = NULL;
  size_t have = 0, cap = 0;
  int status = LSTM_OK;
  *text = NULL; *len = 0;
  if (!f) return lstm_fail_at(err, LSTM_EIO, path, 0, "cannot open the " @/
    "file: %s", strerror(errno));
  for (;;) {
    size_t got;
    if (have == cap) @<Double the text's buffer, or fail@>;
    got = fread(buf + have, 1, cap - have, f);
    have += got;
    if (got == 0) break;
  }
  if (status == LSTM_OK && ferror(f))
    status = lstm_fail_at(err, LSTM_EIO, path, 0, "cannot read the file");
  if (f != stdin) fclose(f);
  if (status == LSTM_OK && have == 0)
    status = lstm_fail_at(err, LSTM_EUSAGE, path, 0, "the text is empty");
@.the text is empty@>
  if (status != LSTM_OK) {
    free(buf);
    return status;
  }
  *text = buf; *len = have;
  return LSTM_OK;
}

@ @<Double the text's buffer...@>=
{
  size_t grown = cap ? 2 * cap : (size_t)1 << 20;
  unsigned char *more = grown > cap ? realloc(buf, grown) : NULL;
  if (!more) {
    status = lstm_fail_at(err, LSTM_ENOMEM, path, 0, "out of memory for " @/
      "the text");
    break;
  }
  buf = more; cap = grown;
}

@*1 The loss of a text.
|lstm_text_loss| runs a network over a text from $\state_{-1}=\out_{-1}=0$
and returns the mean loss per character in nats. It keeps only the
current state and output, so it needs $O(n+k)$ memory for a text of any
length. The loss of a step is computed from the next byte directly,
$$\ell_t=\log\sum_j e^{\hat y_{tj}}-\hat y_{t,s_{t+1}},$$
with the largest logit subtracted first as in the forward-pass chapter;
no target vector is formed.

@<Public functions@>=
int lstm_text_loss(const lstm_net *net, const unsigned char *text,
  size_t len, double *loss, lstm_error *err);

@ @<Functions@>=
int lstm_text_loss(const lstm_net *net, const unsigned char *text,
  size_t len, double *loss, lstm_error *err)
{
  const size_t m = net->m, n = net->n, k = net->k;
  int index[256], status;
  double *v, *x, *z, *g, *state[2], *out[2], sum = 0;
  *loss = 0;
  if ((status = lstm_text_fits(net, text, len, "the text", err)) != LSTM_OK)
    return status;
  if (!(v = alloc_doubles(m + k + 8 * n)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory");
  x = v; z = x + m; g = z + k;
  state[0] = g + 4 * n; state[1] = state[0] + n;
  out[0] = state[1] + n; out[1] = out[0] + n;
  lstm_alphabet_index(net, index);
  for (size_t t = 0; t + 1 < len; t++) {
    int now = (int)(t & 1);
    x[index[text[t]]] = 1;
    lstm_step(net, x, out[!now], state[!now], g, state[now], out[now]);
    x[index[text[t]]] = 0;
    sum += next_byte_loss(net, out[now], z, index[text[t + 1]]);
  }
  free(v);
  *loss = sum / (double)(len - 1);
  return lstm_finite_loss(*loss, err);
}

@ |next_byte_loss| computes the logits $\hat y=V\out+b_y$ (from |net->V| and |net->c|) into |z| and
returns $-\log p_b$ for the byte of index |b|.

@<Private declarations@>=
static double next_byte_loss(const lstm_net *net, const double *out,
  double *z, int b);

@ @<Functions@>=
static double next_byte_loss(const lstm_net *net, const double *out,
  double *z, int b)
{
  const size_t n = net->n, k = net->k;
  double top, sum = 0;
  for (size_t r = 0; r < k; r++) {
    double s = net->c[r];
    for (size_t l = 0; l < n; l++) s += net->V[r * n + l] * out[l];
    z[r] = s;
  }
  top = z[0];
  for (size_t r = 1; r < k; r++) if (z[r] > top) top = z[r];
  for (size_t r = 0; r < k; r++) sum += exp(z[r] - top);
  return log(sum) + top - z[b];
}

@*1 Training on a text.
The loop is a library function, like that of the chapter on one's own
sequences. Its configuration names the two texts, the method, the
optimiser, the chunk length $K$, the number of epochs and two budgets,
of characters and of processor seconds (|max_chars|, |max_seconds|), either of which ends training
when spent. It reports to the caller, through |report|, after every update and, with the
validation loss, after every epoch and every |valid_every| characters, in an |lstm_text_status|.

@<Public types@>=
typedef struct lstm_text_status {
  long epoch; /* epochs completed */
  long updates; /* changes of the weights so far */
  double chars; /* characters trained on, in all */
  double passes; /* the same in epochs, a fraction within one */
  double train_loss; /* mean nats per character since the last row */
  double valid_loss; /* nats per character of the validation text, or 0 */
  double seconds; /* processor time of training, without validation */
  int row; /* whether this report carries a new |valid_loss| */
  int end_of_epoch; /* whether it closes an epoch */
  int interrupted; /* training stopped at |*stop| */
  int spent; /* training stopped because a budget was spent */
} lstm_text_status;
@#
typedef struct lstm_text_config {
  const unsigned char *train; size_t train_len; /* the training text */
  const unsigned char *valid; size_t valid_len; /* validation, or |NULL| */
  const char *method; /* as for \.{--method} */
  uint64_t seed; /* of a seeded method */
  int optimizer; double rate, clip; /* as for the other training loops */
  size_t length; /* $K$: characters between updates */
  long epochs; /* passes through the training text */
  double max_chars, max_seconds; /* budgets, 0 for none */
  double valid_every; /* characters between validations, 0: once an epoch */
  void (*report)(const lstm_text_status *st, const lstm_net *net, void *ctx);
  void *ctx; /* passed to |report| */
  volatile sig_atomic_t *stop; /* when set, stop after this chunk */
  size_t batch; /* streams of the text per update; 0 or 1 for one */
  int threads; /* threads of a batch, 0 or 1 for one */
} lstm_text_config;

@ @<Public functions@>=
int lstm_train_text(const lstm_text_config *cfg, lstm_net *net,
  lstm_text_status *st, lstm_error *err);

@ What a run keeps, a |text_run|: the optimiser and gradient (|opt|, |grad|), the alphabet's index (|index|), and
either the online object of an online method (|r|) or, for the others, a trace
of one window (|tr|), the window's inputs and targets as a sequence (|win|), and the
state and output where the last window ended (|carry|).

@<Private declarations@>=
typedef struct text_run {
  lstm_net *net; /* the network being trained */
  const lstm_method *meth; /* its method */
  long param; /* the method's parameter */
  lstm_optimizer opt; /* the optimiser */
  lstm_net grad; /* the gradient of the current chunk */
  int index[256]; /* byte to input, $-1$ outside the alphabet */
  size_t K; /* characters per update */
  int online; /* the method updates its gradient step by step */
  lstm_rtrl r; /* online: its sensitivities */
  lstm_trace tr; /* windows: the trace of one window */
  lstm_seq win; /* windows: inputs and targets of $K$ steps */
  double *buf; /* the storage of |win| and of |carry| */
  double *carry; /* $2n$: the state and output where a window ended */
} text_run;
static int text_run_init(text_run *run, const lstm_text_config *cfg,
  lstm_net *net, lstm_error *err);
static void text_run_free(text_run *run);
static void text_run_restart(text_run *run);
static int text_chunk(text_run *run, const unsigned char *s, size_t L,
  double *loss, lstm_error *err);
static int text_chunk_grad(text_run *run, const unsigned char *s, size_t L,
  lstm_net *g, double *loss, lstm_error *err);

@ |text_run_init| finds the method (|lstm_method_find|) and sets up its storage; |text_run_free| releases it. The window's
sequence has $K$ steps, each with a target; its inputs and targets are
zero but for the ones of the current chunk, which |text_chunk| sets and
clears again.

@<Functions@>=
static int text_run_init(text_run *run, const lstm_text_config *cfg,
  lstm_net *net, lstm_error *err)
{
  const size_t m = net->m, k = net->k, n = net->n;
  size_t K = cfg->length, count;
  int status;
  memset(run, 0, sizeof *run);
  run->net = net;
  if (!(run->meth = lstm_method_find(cfg->method, &run->param, err)))
    return LSTM_EUSAGE;
  run->online = run->meth->schedule == LSTM_PER_STEP;
  if (run->meth->schedule == LSTM_PER_CHUNK) K = (size_t)run->param;
  run->K = K;
  lstm_alphabet_index(net, run->index);
  if ((status = lstm_optimizer_init(&run->opt, net, cfg->optimizer,
      cfg->rate, err)) != LSTM_OK) return status;
  run->opt.clip = cfg->clip;
  if ((status = lstm_net_like(&run->grad, net, err)) != LSTM_OK) return status;
  if (run->online) {
    K = 1;
    if ((status = lstm_rtrl_init(&run->r, net, run->meth->online_kind, err))
        != LSTM_OK) return status;
    if (run->meth->seeded) lstm_rtrl_seed(&run->r, cfg->seed);
  } else if (lstm_trace_alloc(&run->tr, net, K, NULL) != LSTM_OK)
    K = SIZE_MAX;
  if (K > (SIZE_MAX / sizeof(double) - 2 * n) / (m + k + 1) ||
      (count = K * (m + k) + 2 * n, !(run->buf = alloc_doubles(count))) ||
      !(run->win.yrow = malloc(K * sizeof *run->win.yrow)))
    return lstm_fail(err, LSTM_EUSAGE, "--length %zu is beyond the memory " @/
      "of this machine", cfg->length);
@.is beyond the memory@>
  for (size_t t = 0; t < K; t++) run->win.yrow[t] = t + 1;
  run->win.rows = run->win.cap = K;
  run->win.m = m; run->win.k = k; run->win.T = K;
  run->win.x = run->buf; run->win.y = run->buf + K * m;
  run->carry = run->win.y + K * k;
  text_run_restart(run);
  return LSTM_OK;
}
@#
static void text_run_free(text_run *run)
{
  lstm_optimizer_free(&run->opt);
  lstm_net_free(&run->grad);
  lstm_rtrl_free(&run->r);
  lstm_trace_free(&run->tr);
  free(run->buf);
  free(run->win.yrow);
  memset(run, 0, sizeof *run);
}

@ Every epoch starts from $\state_{-1}=\out_{-1}=0$ at the first byte of
the text, and, for an online method, from zero sensitivities, which
|lstm_rtrl_reset| sets.

@<Functions@>=
static void text_run_restart(text_run *run)
{
  if (run->online) lstm_rtrl_reset(&run->r);
  else lstm_trace_start(&run->tr, NULL, NULL);
}

@ |text_chunk| trains on the |L| characters, at most $K$, starting at |s|, whose
targets are the bytes after them, and changes the weights once. An
online method steps through them with |lstm_rtrl_step|, adding each step's gradient; a window
method runs its forward and backward pass over them (|lstm_forward|, |lstm_backward|), then keeps the last
state and output for the next chunk. The one-hot vectors are set before
and cleared after, so that the window is written in $O(L)$, not $O(LA)$.

@<Functions@>=
static int text_chunk(text_run *run, const unsigned char *s, size_t L,
  double *loss, lstm_error *err)
{
  int status;
  memset(run->grad.theta, 0, run->grad.P * sizeof *run->grad.theta);
  if ((status = text_chunk_grad(run, s, L, &run->grad, loss, err)) != LSTM_OK)
    return status;
  lstm_optimizer_step(&run->opt, run->net, &run->grad);
  return LSTM_OK;
}

@ |text_chunk_grad| is the chunk's part before the step: it adds the
chunk's gradient to |g|, with the weights held.

@<Functions@>=
static int text_chunk_grad(text_run *run, const unsigned char *s, size_t L,
  lstm_net *g, double *loss, lstm_error *err)
{
  lstm_net *net = run->net;
  const size_t m = net->m, k = net->k, n = net->n;
  const int *index = run->index;
  *loss = 0;
  if (run->online) {
    double *x = run->win.x, *y = run->win.y;
    for (size_t t = 0; t < L; t++) {
      double l = 0;
      int status;
      x[index[s[t]]] = 1; y[index[s[t + 1]]] = 1;
      status = lstm_rtrl_step(&run->r, net, x, y, g, &l, err);
      x[index[s[t]]] = 0; y[index[s[t + 1]]] = 0;
      if (status != LSTM_OK) return status;
      *loss += l;
    }
  } else {
    lstm_seq *w = &run->win;
    w->T = L;
    for (size_t t = 0; t < L; t++)
      w->x[t * m + index[s[t]]] = 1, w->y[t * k + index[s[t + 1]]] = 1;
    *loss = lstm_forward(net, w, &run->tr);
    lstm_backward(net, w, &run->tr, g);
    for (size_t t = 0; t < L; t++)
      w->x[t * m + index[s[t]]] = 0, w->y[t * k + index[s[t + 1]]] = 0;
    memcpy(run->carry, lstm_state(&run->tr, L - 1), n * sizeof(double));
    memcpy(run->carry + n, lstm_out(&run->tr, L - 1), n * sizeof(double));
    lstm_trace_start(&run->tr, run->carry, run->carry + n);
  }
  return LSTM_OK;
}

@ |lstm_train_text| checks the texts against the network, then runs the
epochs chunk by chunk. The processor time of the validations is not
counted in |st->seconds|, so that a method is charged only for its
training. A loss or a weight that stops being finite ends training with
|LSTM_EDIVERGED|; Ctrl-C, through |*cfg->stop|, ends it after the current
chunk, and so does a spent budget, each with a last row.

@<Functions@>=
int lstm_train_text(const lstm_text_config *cfg, lstm_net *net,
  lstm_text_status *st, lstm_error *err)
{
  text_run run;
  text_lanes lanes = {0};
  double sum = 0, counted = 0, next_row = cfg->valid_every, off = 0;
  clock_t start = clock();
  int status;
  memset(st, 0, sizeof *st);
  if ((status = lstm_text_fits(net, cfg->train, cfg->train_len,
      "the training text", err)) != LSTM_OK ||
      (cfg->valid && (status = lstm_text_fits(net, cfg->valid, cfg->valid_len,
        "the validation text", err)) != LSTM_OK))
    return status;
  if ((status = text_run_init(&run, cfg, net, err)) != LSTM_OK) {
    text_run_free(&run);
    return status;
  }
  if (cfg->batch > 1)
    status = text_lanes_init(&lanes, cfg, net, err);
  while (status == LSTM_OK && st->epoch < cfg->epochs && !st->interrupted &&
      !st->spent) {
    text_run_restart(&run);
    if (cfg->batch > 1)
      @<Train the streams of the text for one epoch@>@;
    else
    for (size_t at = 0; at + 1 < cfg->train_len && status == LSTM_OK; ) {
      @<Train on the chunk at |at|, and report@>;
      if (st->interrupted || st->spent) break;
    }
    if (status == LSTM_OK && !st->interrupted && !st->spent) {
      st->epoch++;
      st->end_of_epoch = 1;
      @<Make a row with the validation loss@>;
      st->end_of_epoch = 0;
    }
  }
  text_run_free(&run);
  text_lanes_free(&lanes);
  return status;
}

@ @<Train on the chunk at |at|...@>=
{
  size_t L = cfg->train_len - 1 - at < run.K ? cfg->train_len - 1 - at :
    run.K;
  double loss;
  status = text_chunk(&run, cfg->train + at, L, &loss, err);
  if (status == LSTM_OK) at += L;
  @<Count the |L| characters trained on, with the loss |loss|, and report@>;
}

@ The record of an update, whether of one chunk or of a batch of them:
the characters, the mean loss per character, the budgets, and the report.

@<Count the |L| characters trained on...@>=
{
  if (status == LSTM_OK && !(isfinite(loss) && lstm_finite_net(net,
      "a weight", NULL) == LSTM_OK))
    status = lstm_fail(err, LSTM_EDIVERGED, "training diverged after %.0f " @/
      "characters: the loss of a chunk is %g", st->chars, loss);
@.training diverged after...@>
  if (status == LSTM_OK) {
    st->chars += (double)L;
    st->passes = st->chars / (double)(cfg->train_len - 1);
    st->updates++;
    sum += loss; counted += (double)L;
    st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC - off;
    st->interrupted = cfg->stop && *cfg->stop;
    st->spent = (cfg->max_chars > 0 && st->chars >= cfg->max_chars) ||
      (cfg->max_seconds > 0 && st->seconds >= cfg->max_seconds);
    if (st->interrupted || st->spent ||
        (cfg->valid_every > 0 && st->chars >= next_row)) {
      @<Make a row with the validation loss@>;
      while (cfg->valid_every > 0 && next_row <= st->chars)
        next_row += cfg->valid_every;
    } else if (cfg->report) cfg->report(st, net, cfg->ctx);
  }
}

@ A row closes the mean training loss since the last row (|st->train_loss|) and measures
the validation text with the weights as they are (|st->valid_loss|, by |lstm_text_loss|).

@<Make a row with the validation loss@>=
{
  clock_t v0 = clock();
  st->train_loss = counted > 0 ? sum / counted : 0;
  sum = 0; counted = 0;
  if (cfg->valid)
    status = lstm_text_loss(net, cfg->valid, cfg->valid_len, &st->valid_loss,
      err);
  off += (double)(clock() - v0) / CLOCKS_PER_SEC;
  st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC - off;
  st->row = 1;
  if (status == LSTM_OK && cfg->report) cfg->report(st, net, cfg->ctx);
  st->row = 0;
}

@*1 Sampling.
Sampling, |lstm_text_sample|, runs the network forward a step at a time with |lstm_step|, feeding it its own output. After the
prime, the bytes of \.{--prime} read one by one, the output layer gives
logits $\hat y$; the next byte is drawn from
$$p_j={e^{\hat y_j/\Theta}\over\sum_l e^{\hat y_l/\Theta}},$$
where $\Theta$ is the {\it temperature}: $\Theta=1$ samples the model as it
is, a smaller $\Theta$ sharpens the distribution toward the most probable
byte (as $\Theta\to0$ sampling becomes the choice of that byte), a larger one
flattens it toward the uniform. The byte drawn is the next input. Without
a prime the network reads a newline first, if its alphabet has one, and
otherwise the first byte of its alphabet: a text usually starts after a
line break. The draw uses the book's generator, seeded by \.{--seed} through |lstm_rng_seed|, so
that a seed gives the same text on every machine.
@^temperature@>
@^sampling@>

@<Public functions@>=
int lstm_text_sample(const lstm_net *net, const unsigned char *prime,
  size_t prime_len, double temperature, uint64_t seed, unsigned char *out,
  size_t len, lstm_error *err);

@ The logits are scaled as $(\hat y_j-\max_l\hat y_l)/\Theta$, which is at
most zero, so that no exponential overflows however small $\Theta$ is; for a
tiny $\Theta$ every $p_j$ but the largest underflows to zero. A uniform
number $u$ in $[0,1)$, made of the top 53 bits of the generator's output
(|lstm_rng_next(&rng) >> 11|),
picks the first byte whose cumulative probability exceeds $u$ times the
sum; rounding can leave $u$ times the sum above the last cumulative value,
and then the last byte with a nonzero probability is taken.

@<Functions@>=
int lstm_text_sample(const lstm_net *net, const unsigned char *prime,
  size_t prime_len, double temperature, uint64_t seed, unsigned char *out,
  size_t len, lstm_error *err)
{
  const size_t m = net->m, n = net->n, k = net->k;
  int index[256], now = 0;
  unsigned char first;
  double *v, *x, *z, *g, *state[2], *hid[2];
  lstm_rng rng;
  if (!(temperature > 0) || !isfinite(temperature))
    return lstm_fail(err, LSTM_EUSAGE, "the temperature must be a positive " @/
      "number");
  if (lstm_text_model(net, err) != LSTM_OK) return LSTM_EUSAGE;
  @<Refuse a prime with a byte outside the alphabet@>;
  lstm_alphabet_index(net, index);
  first = index['\n'] >= 0 ? (unsigned char)'\n' : net->alphabet[0];
  if (prime_len == 0) prime = &first, prime_len = 1;
  if (!(v = alloc_doubles(m + k + 8 * n)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory");
  x = v; z = x + m; g = z + k;
  state[0] = g + 4 * n; state[1] = state[0] + n;
  hid[0] = state[1] + n; hid[1] = hid[0] + n;
  lstm_rng_seed(&rng, seed);
  for (size_t t = 0; t + 1 < prime_len + len; t++) {
    int in = t < prime_len ? index[prime[t]] : index[out[t - prime_len]];
    now = !now;
    x[in] = 1;
    lstm_step(net, x, hid[!now], state[!now], g, state[now], hid[now]);
    x[in] = 0;
    if (t + 1 >= prime_len)
      @<Draw byte |out[t+1-prime_len]| from the output |hid[now]|@>;
  }
  free(v);
  return LSTM_OK;
}

@ @<Refuse a prime...@>=
lstm_alphabet_index(net, index);
for (size_t t = 0; t < prime_len; t++)
  if (index[prime[t]] < 0)
    return lstm_fail(err, LSTM_EUSAGE, "the prime has byte %d at offset " @/
      "%zu, which is not in the model's alphabet of %zu bytes",
      (int)prime[t], t, net->symbols);

@ @<Draw byte...@>=
{
  double top, sum = 0, u, acc = 0;
  size_t pick = 0;
  next_byte_loss(net, hid[now], z, 0);
  top = z[0];
  for (size_t r = 1; r < k; r++) if (z[r] > top) top = z[r];
  for (size_t r = 0; r < k; r++) sum += z[r] = exp((z[r] - top) / temperature);
  u = (double)(lstm_rng_next(&rng) >> 11) * 0x1p-53 * sum;
  for (size_t r = 0; r < k; r++) {
    if (z[r] > 0) pick = r;
    acc += z[r];
    if (u < acc) break;
  }
  out[t + 1 - prime_len] = net->alphabet[pick];
}

@*1 The command \.{lstm train --text}.
Training on a text is a third kind of \.{lstm train}, beside \.{--task}
and \.{--data}, and takes every option of the command that is not about
a task or a sequence file: \.{--method}, \.{--seed}, \.{--cells},
\.{--lr}, \.{--optimizer}, \.{--clip}, \.{--epochs}, \.{--init},
\.{--out}, \.{--curve}, \.{--checkpoint}, \.{--every} (which counts
updates, one per chunk) and \.{--progress}, with Ctrl-C as there. Its own
options are
$$\vbox{\halign{\.{#}\hfil\quad&#\hfil\cr
--text FILE&the training text\cr
--valid-text FILE&a validation text\cr
--valid-fraction F&hold out the last fraction $F$ of the text instead\cr
--length K&characters per chunk and per update, default 100\cr
--max-chars N&stop after $N$ characters\cr
--max-seconds S&stop after $S$ seconds of processor time spent training\cr
--valid-every N&a row of the curve every $N$ characters\cr}}$$
The budget of \.{--max-seconds} counts the processor time of training
only, not that of the validations (the section on |lstm_train_text| says
why), so a run with frequent validation rows takes longer on the clock.
With \.{--valid-fraction} the alphabet is that of the whole file, so that
the held-out part is never refused for a byte the first part happens to
lack; with \.{--valid-text} it is that of the training text, and a
validation byte outside it is an error. Without \.{--init} the network
has \.{--cells} cells (128 unless given) and is trained with Adam (|LSTM_ADAM|) at rate
0.002 for one epoch unless \.{--epochs} says more. After every epoch a
line
$$\hbox{\.{epoch }$E$\.{ train }$X$\.{ valid }$Y$\.{ nats/char (}$Z$\.{
bits/char)}}$$
gives the mean training loss of the epoch as training saw it and the
loss of the validation text with the weights at its end, and $Z=Y/\log2$
(without validation text, the training loss's bits). The curve file has
the same columns and two more, the characters and the processor seconds
of training so far, after every epoch and every \.{--valid-every}
characters: these are the numbers of the figures of this chapter.
@^train --text@>

@<Declarations of the command@>=
typedef struct text_args {
  const char *text, *valid_text; /* \.{--text}, \.{--valid-text} */
  double valid_fraction; /* \.{--valid-fraction}, 0 unless given */
  size_t length; /* \.{--length}, 0 unless given */
  double max_chars, max_seconds, valid_every; /* 0 unless given */
  int given; /* some option of this chapter but \.{--text} was given */
} text_args;
static text_args text_opts;
static int text_option(const char *opt, const char *val);
static lstm_train_config text_defaults(void);
static int train_on_text(const lstm_train_config *cfg,
  const train_args *args, const char *out, const char *curve);
static void text_progress(const lstm_text_status *st, const lstm_net *net,
  void *ctx);

@ The defaults of training on a text, |text_defaults|: those of training on a
file (|data_defaults|) with 128 cells (|cfg.cells|) and the rate 0.002 (|cfg.rate|).

@<Subcommands@>=
static lstm_train_config text_defaults(void)
{
  lstm_train_config cfg = data_defaults();
  cfg.cells = 128;
  cfg.rate = 0.002;
  return cfg;
}

@ |text_option| reads an option of this chapter, as |train_option| does
those of training on a file: 0 when |opt| is not one of them, 1 when it
was read, 2 after a message when its value is wrong. A length is a whole
number from 1 to a million; the budgets and \.{--valid-every} are
positive numbers of characters or seconds.

@<Subcommands@>=
static int text_option(const char *opt, const char *val)
{
  char *end;
  double v;
  if (strcmp(opt, "--text") == 0) {
    text_opts.text = val;
    return 1;
  }
  if (strcmp(opt, "--valid-text") == 0) text_opts.valid_text = val;
  else if (strcmp(opt, "--valid-fraction") == 0) {
    v = strtod(val, &end);
    if (end == val || *end || !(v > 0 && v < 1))
      return train_usage("lstm train: expected a number between 0 and 1 " @/
        "after %s, found '%s'", opt, val);
    text_opts.valid_fraction = v;
  } else if (strcmp(opt, "--length") == 0) {
    unsigned long long n;
    errno = 0;
    n = strtoull(val, &end, 10);
    if (val[0] < '0' || val[0] > '9' || *end || errno == ERANGE || n < 1 ||
        n > 1000000)
      return train_usage("lstm train: expected a length from 1 to 1000000 " @/
        "after %s, found '%s'", opt, val);
@.expected a length from 1...@>
    text_opts.length = (size_t)n;
  } else if (strcmp(opt, "--max-chars") == 0 ||
      strcmp(opt, "--max-seconds") == 0 || strcmp(opt, "--valid-every") == 0) {
    v = strtod(val, &end);
    if (end == val || *end || !isfinite(v) || !(v > 0))
      return train_usage("lstm train: expected a positive number after %s, " @/
        "found '%s'", opt, val);
    if (opt[2] == 'v') text_opts.valid_every = v;
    else if (opt[6] == 'c') text_opts.max_chars = v;
    else text_opts.max_seconds = v;
  } else return 0;
  text_opts.given = 1;
  return 1;
}

@ Training on a text, |train_on_text|, reads the texts, splits off the validation part,
makes or reads the network, opens the files, and then trains; every
mistake is reported before the first chunk.

@<Subcommands@>=
static int train_on_text(const lstm_train_config *cfg,
  const train_args *args, const char *out, const char *curve)
{
  unsigned char *text = NULL, *vtext = NULL;
  size_t len = 0, vlen = 0, cut;
  lstm_net net;
  lstm_error err;
  lstm_text_status st;
  lstm_text_config tc;
  train_watch w;
  int status;
  lstm_error_clear(&err);
  memset(&net, 0, sizeof net);
  @<Refuse the options that are not for a text@>;
  if ((status = lstm_text_read(text_opts.text, &text, &len, &err)) != LSTM_OK)
    return report(status, &err);
  cut = len;
  if (text_opts.valid_fraction > 0)
    cut = len - (size_t)(text_opts.valid_fraction * (double)len);
  if (text_opts.valid_text && (status = lstm_text_read(text_opts.valid_text,
      &vtext, &vlen, &err)) != LSTM_OK) {
    free(text);
    return report(status, &err);
  }
  if ((status = text_network(cfg, args, text, text_opts.valid_text ? cut : len,
      &net, &err)) == LSTM_OK &&
      (status = watch_open(&w, cfg, args, &net, out, curve, &err)) == LSTM_OK) {
    @<Configure |tc| and train on the text@>;
    status = watch_close(&w, status, &net, &err);
  } else status = report(status, &err);
  lstm_net_free(&net);
  free(text);
  free(vtext);
  return status;
}

@ @<Refuse the options that are not for a text@>=
if (args->valid || args->output >= 0)
  return train_usage("lstm train: --valid and --output are for --data; a " @/
    "text has --valid-text%s", "", "");
if (text_opts.valid_text && text_opts.valid_fraction > 0)
  return train_usage("lstm train: --valid-text and --valid-fraction are " @/
    "two ways of choosing the validation text; give one%s", "", "");
if ((strcmp(text_opts.text, "-") == 0) + (text_opts.valid_text &&
    strcmp(text_opts.valid_text, "-") == 0) + (args->init &&
    strcmp(args->init, "-") == 0) > 1)
  return train_usage("lstm train: only one of --text, --valid-text and " @/
    "--init can be standard input, '-'%s", "", "");

@ @<Configure |tc|...@>=
memset(&tc, 0, sizeof tc);
tc.train = text; tc.train_len = cut;
if (text_opts.valid_text) tc.valid = vtext, tc.valid_len = vlen;
else if (cut < len) tc.valid = text + cut, tc.valid_len = len - cut;
tc.method = cfg->method;
tc.seed = cfg->seed;
tc.optimizer = cfg->optimizer;
tc.rate = cfg->rate;
tc.clip = cfg->clip;
tc.length = text_opts.length ? text_opts.length : 100;
tc.epochs = args->epochs ? args->epochs : 1;
tc.max_chars = text_opts.max_chars;
tc.max_seconds = text_opts.max_seconds;
tc.valid_every = text_opts.valid_every;
tc.report = text_progress;
tc.ctx = &w;
tc.stop = &train_stop;
tc.batch = cfg->batch;
tc.threads = cfg->threads;
w.has_valid = tc.valid != NULL;
status = lstm_train_text(&tc, &net, &st, &err);
w.interrupted = st.interrupted;
if (status == LSTM_OK) @<Print the summary line of training on a text@>;

@ @<Print the summary line of training on a text@>=
{
  char lr[32], clip[32], loss[32], vloss[32], secs[32];
  fprintf(w.talk, "trained %ld epochs, %.0f characters%s%s: method %s " @/
    "seed %llu cells %zu alphabet %zu length %zu optimizer %s lr %s clip %s " @/
    "updates %ld train %s", st.epoch, st.chars, st.interrupted ?
    ", interrupted" : "", st.spent ? ", budget spent" : "", cfg->method,
    (unsigned long long)cfg->seed, net.n, net.symbols, tc.length,
    optimizer_name[cfg->optimizer], short_g(lr, cfg->rate),
    short_g(clip, cfg->clip), st.updates, short_g(loss, st.train_loss));
  if (tc.valid) fprintf(w.talk, " valid %s", short_g(vloss, st.valid_loss));
  if (tc.batch > 1) fprintf(w.talk, " batch %zu", tc.batch);
  fprintf(w.talk, " seconds %s\n", short_g(secs, st.seconds));
}

@ The network, made by |text_network|. With \.{--init} it is the saved model, which must have an
alphabet that holds every byte of the training text; otherwise its
alphabet is that of |text| (the training text, or the whole file with
\.{--valid-fraction}), which must have two bytes at least, since a
softmax over one byte has nothing to learn.

@<Declarations of the command@>=
static int text_network(const lstm_train_config *cfg, const train_args *args,
  const unsigned char *text, size_t len, lstm_net *net, lstm_error *err);

@ @<Subcommands@>=
static int text_network(const lstm_train_config *cfg, const train_args *args,
  const unsigned char *text, size_t len, lstm_net *net, lstm_error *err)
{
  unsigned char alphabet[256];
  size_t A = lstm_alphabet(text, len, alphabet);
  int status;
  lstm_rng rng;
  if (args->init) {
    if ((status = lstm_model_read(args->init, net, err)) != LSTM_OK)
      return status;
    return lstm_text_fits(net, text, len, "the text", err);
  }
  if (A < 2)
    return lstm_fail(err, LSTM_EUSAGE, "the text has only one distinct " @/
      "byte (%d); a model of it has nothing to learn", (int)alphabet[0]);
@.the text has only one distinct byte@>
  if ((status = lstm_net_init(net, A, cfg->cells, A, LSTM_OUT_SOFTMAX, err))
      != LSTM_OK) return status;
  net->symbols = A;
  memcpy(net->alphabet, alphabet, A);
  lstm_rng_seed(&rng, cfg->seed);
  lstm_net_initialize(net, &rng, &cfg->init);
  return LSTM_OK;
}

@ The report, |text_progress|: a checkpoint when one is due (|watch_checkpoint|), the progress line, and at
each row the curve's line; at the end of an epoch, or when training stops
early, the line for people.

@<Subcommands@>=
static void text_progress(const lstm_text_status *st, const lstm_net *net,
  void *ctx)
{
  train_watch *w = ctx;
  double bits = (w->has_valid ? st->valid_loss : st->train_loss) / log(2.0);
  (void)net;
  watch_checkpoint(w, st->updates);
  if (w->terminal && (st->row || st->updates % 100 == 0)) {
    fprintf(stderr, "\repoch %ld, %.0f characters, %.0f/s", st->epoch +
      (st->end_of_epoch ? 0 : 1),
      st->chars, st->seconds > 0 ? st->chars / st->seconds : 0.0);
    if (st->row) fprintf(stderr, ", %s %.4g bits/char", w->has_valid ?
      "valid" : "train", bits);
    fprintf(stderr, "   ");
    fflush(stderr);
  }
  if (!st->row) return;
  if (w->has_curve)
    fprintf(w->curve.f, "%.17g %.17g %.17g %.17g %.17g %.17g\n",
      st->passes, st->chars,
      st->seconds, st->train_loss, st->valid_loss, bits);
  if (!st->end_of_epoch && !st->interrupted && !st->spent) return;
  if (w->terminal) fprintf(stderr, "\r%60s\r", "");
  fprintf(w->talk, "epoch %ld train %.4f", st->epoch +
    (st->end_of_epoch ? 0 : 1), st->train_loss);
  if (w->has_valid) fprintf(w->talk, " valid %.4f", st->valid_loss);
  fprintf(w->talk, " nats/char (%.4f bits/char)%s\n", bits, st->interrupted ?
    " interrupted" : st->spent ? " budget spent" : "");
  fflush(w->talk);
}

@*1 The commands \.{lstm sample} and \.{lstm eval}.
\.{lstm sample MODEL} writes \.{--length} bytes (1000 unless given)
sampled from a model of text to standard output, at temperature
\.{--temperature} (1 unless given), after the prime \.{--prime} (not
repeated in the output), with the generator seeded by \.{--seed} (1
unless given). The bytes are made in memory and written at once, so a
length the memory cannot hold is refused before anything is written.
\.{lstm eval MODEL --text FILE} prints the mean loss of the text, by |lstm_text_loss|, in nats
and in bits per character and the number of characters predicted. The
two subcommands are |cmd_sample| and |cmd_eval|.
@^sample@>
@^eval@>

@<Rows of the table of subcommands@>=
{"sample", "write text sampled from a model trained on a text", cmd_sample},
{"eval", "print the loss of a text under a model, in nats and bits per " @/
  "character", cmd_eval},

@ @<Declarations of the command@>=
static int cmd_sample(int argc, char **argv);
static int cmd_eval(int argc, char **argv);
static int text_usage(const char *cmd, const char *fmt, const char *a,
  const char *b);

@ Both read their options as \.{lstm train} does: a value after its
option or after an equals sign. |text_usage| prints a usage error.

@<Subcommands@>=
static int text_usage(const char *cmd, const char *fmt, const char *a,
  const char *b)
{
  fprintf(stderr, "lstm %s: ", cmd);
  fprintf(stderr, fmt, a, b);
  fprintf(stderr, "; try 'lstm %s --help'\n", cmd);
  return 2;
}

@ @<Subcommands@>=
static int cmd_sample(int argc, char **argv)
{
  const char *model = NULL, *prime = "";
  unsigned long long len = 1000, seed = 1;
  double temperature = 1;
  unsigned char *out;
  lstm_net net;
  lstm_error err;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    printf("usage: lstm sample MODEL [--length N] [--temperature T]\n" @/
      "                   [--prime TEXT] [--seed S]\n" @/
      "Write N bytes (1000 unless given) sampled from MODEL, a model\n" @/
      "trained on a text, at temperature T (default 1), after reading\n" @/
      "TEXT; the same seed (default 1) gives the same text.\n");
    return 0;
  }
  for (int a = 0; a < argc; a++)
    @<Read argument |argv[a]| of \.{lstm sample}@>;
  if (!model) return text_usage("sample", "expected a model file%s%s", "", "");
  if ((status = lstm_model_read(model, &net, &err)) != LSTM_OK)
    return report(status, &err);
  if (len > SIZE_MAX || !(out = malloc((size_t)len))) {
    char shown[32];
    snprintf(shown, sizeof shown, "%llu", len);
    lstm_net_free(&net);
    return text_usage("sample", "--length %s is beyond the memory%s", shown,
      "");
  }
  status = lstm_text_sample(&net, (const unsigned char *)prime, strlen(prime),
    temperature, (uint64_t)seed, out, (size_t)len, &err);
  if (status == LSTM_OK) fwrite(out, 1, (size_t)len, stdout);
  free(out);
  lstm_net_free(&net);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@ The length must be a whole number from one to a billion (a gigabyte
of text; a machine without the memory for it says so), the seed one that
fits 64 bits, and the temperature a positive finite number: a
temperature of zero or less, or \.{inf} or \.{nan}, has no meaning.

@<Read argument |argv[a]| of \.{lstm sample}@>=
{
  const char *arg = argv[a], *eq = strchr(arg, '='), *val;
  char opt[32], *end;
  size_t olen = eq ? (size_t)(eq - arg) : strlen(arg);
  if (strncmp(arg, "--", 2) != 0) {
    if (model) return text_usage("sample", "unexpected argument '%s'%s", arg,
      "");
    model = arg;
    continue;
  }
  if (olen >= sizeof opt)
    return text_usage("sample", "unknown option '%s'%s", arg, "");
  memcpy(opt, arg, olen);
  opt[olen] = '\0';
  val = eq ? eq + 1 : a + 1 < argc ? argv[++a] : NULL;
  if (!val) return text_usage("sample", "%s needs a value%s", opt, "");
  if (strcmp(opt, "--prime") == 0) prime = val;
  else if (strcmp(opt, "--temperature") == 0) {
    temperature = strtod(val, &end);
    if (end == val || *end || !isfinite(temperature) || !(temperature > 0))
      return text_usage("sample", "expected a positive number after " @/
        "--temperature, found '%s'%s", val, "");
@.expected a positive number...@>
  } else if (strcmp(opt, "--length") == 0 || strcmp(opt, "--seed") == 0) {
    unsigned long long v;
    errno = 0;
    v = strtoull(val, &end, 10);
    if (val[0] < '0' || val[0] > '9' || *end || errno == ERANGE ||
        (opt[2] == 'l' && (v < 1 || v > 1000000000)))
      return text_usage("sample", opt[2] == 'l' ? "expected a length from " @/
        "1 to 1000000000 after --length, found '%s'%s" : "expected a whole " @/
        "number after --seed, found '%s'%s", val, "");
@.expected a length from 1 to...@>
    if (opt[2] == 'l') len = v; else seed = v;
  } else return text_usage("sample", "unknown option '%s'%s", opt, "");
}

@ \.{lstm eval} prints one line, \.{loss }$X$\.{ nats/char (}$Y$\.{
bits/char) over }$N$\.{ characters}, with $X$ and $Y$ to four decimals;
the same numbers with every digit follow as name--value pairs for a
script, with the bytes of the text and the processor seconds that
reading it took.

@<Declarations of the command@>=
#include <time.h>
static int text_read_timed(const char *path, unsigned char **text,
  size_t *len, double *seconds, lstm_error *err);

@ @<Subcommands@>=
static int text_read_timed(const char *path, unsigned char **text,
  size_t *len, double *seconds, lstm_error *err)
{
  clock_t t0 = clock();
  int status = lstm_text_read(path, text, len, err);
  *seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
  return status;
}

@ @<Subcommands@>=
static int cmd_eval(int argc, char **argv)
{
  const char *model = NULL, *file = NULL;
  unsigned char *text = NULL;
  size_t len = 0;
  double loss = 0, read = 0;
  lstm_net net;
  lstm_error err;
  int status;
  lstm_error_clear(&err);
  if (wants_help(argc, argv)) {
    printf("usage: lstm eval MODEL --text FILE\n" @/
      "Print the mean loss of the text of FILE under MODEL, a model\n" @/
      "trained on a text, in nats and in bits per character.\n");
    return 0;
  }
  for (int a = 0; a < argc; a++) {
    if (strcmp(argv[a], "--text") == 0 && a + 1 < argc) file = argv[++a];
    else if (strncmp(argv[a], "--text=", 7) == 0) file = argv[a] + 7;
    else if (strncmp(argv[a], "--", 2) == 0)
      return text_usage("eval", "unknown option '%s'%s", argv[a], "");
    else if (model)
      return text_usage("eval", "unexpected argument '%s'%s", argv[a], "");
    else model = argv[a];
  }
  if (!model || !file)
    return text_usage("eval", "expected a model file and --text FILE%s%s", "",
      "");
  if (strcmp(model, "-") == 0 && strcmp(file, "-") == 0)
    return text_usage("eval", "only one of the model and the text can be " @/
      "standard input, '-'%s%s", "", "");
  if ((status = lstm_model_read(model, &net, &err)) != LSTM_OK)
    return report(status, &err);
  if ((status = lstm_text_model(&net, &err)) == LSTM_OK &&
      (status = text_read_timed(file, &text, &len, &read, &err)) == LSTM_OK &&
      (status = lstm_text_loss(&net, text, len, &loss, &err)) == LSTM_OK) {
    char nats[32], bits[32], secs[32];
    printf("loss %.4f nats/char (%.4f bits/char) over %zu characters: " @/
      "nats %s bits %s bytes %zu read_seconds %s\n", loss, loss / log(2.0),
      len - 1, short_g(nats, loss), short_g(bits, loss / log(2.0)), len,
      short_g(secs, read));
  }
  free(text);
  lstm_net_free(&net);
  return status == LSTM_OK ? 0 : report(status, &err);
}

@*1 The text.
\input text
The text of this chapter is the ``tiny Shakespeare'' that Karpathy's
\.{char-rnn} made the standard first corpus of character-level models:
Shakespeare's plays, which are in the public domain, as collected by
Andrej Karpathy into one file, \.{data/tinyshakespeare/input.txt} of the
GitHub repository \.{karpathy/char-rnn} (commit \.{6f9487a}), whose
read-me gives its licence as MIT. The book keeps the file unchanged as
\.{book/text/shakespeare.txt}: \textbytes\ bytes, an alphabet of
\textalphabet\ distinct bytes (letters, digits, punctuation, blank and
newline), speakers' names on lines of their own. Its unigram entropy,
the loss of a model that knows only how often each byte occurs, is
\textunigram\ nats (\textunigrambits\ bits) per character. Every run
below holds out the last tenth, \.{--valid-fraction 0.1}, and reports
its loss on it.
@^Shakespeare@>
@^tiny Shakespeare@>
@^Karpathy, Andrej@>

Reading the whole file takes \textreadms\ milliseconds of processor
time (\.{lstm eval}, which prints it, timing |lstm_text_read| in |text_read_timed|); the memory of training is the
text and, beside it, what the section on chunks says, which does not
depend on the text's length.

@*1 The methods on Shakespeare.
Which method learns the text best in a given time? Each method of the
book trained from the same initial weights (seed 1) with Adam at rate
0.002, chunks of $K=100$ characters and one update per chunk, for the
same processor time at each of two sizes: \textbudgetsmall\ seconds at
$n=\textsmall$ and \textbudgetlarge\ at $n=\textlarge$ (budgets the
shared machine of these runs could afford); exact RTRL, whose step costs $O(n^2P)$, only at the
smaller. The table gives, for each, the characters it trained on in that
time, its cost per character, and the validation loss in bits per
character at the end and after the same number of characters for every
method of its size (\textcommonsmall\ million at $n=\textsmall$,
\textcommonlarge\ million at $n=\textlarge$: the most that the slowest
but exact RTRL reached; a dash where a method did not reach them). The
cost per character is that of training as a whole, the method's step
with the output layer, the one-hot input and one optimiser step (|lstm_optimizer_step|) per
chunk shared among its characters: it sits beside the method's time per
step in the table ``Time and memory of each method, per step'' of the
chapter on speed, measured there without these. One run each, from one seed: differences in the second
decimal are within what another seed could change, and the table claims
no more than the order of the methods where their losses are well apart.
The runs are \.{book/experiments/text/compare.sh}; \.{make text} makes
the table and the figures from their curves.
@^methods compared on text@>

\tablelabel{texttable}
$$\vbox{\offinterlineskip\halign{\strut\hfil#\quad&#\hfil\quad&\hfil#\quad&
  \hfil#\quad&\hfil#\quad&\hfil#\cr
$n$&method&characters&$\mu$s per&bits/char&bits/char at\cr
&&(millions)&character&at the end&equal characters\cr
\noalign{\hrule}
\textrows}}$$

\herefigure{text-1.mps}{\bf Figure 18.\rm\enspace The validation loss
  against processor seconds, $n=\textlarge$, one run of each method.}
\herefigure{text-2.mps}{\bf Figure 19.\rm\enspace The same runs against
  the characters they trained on.}
\herefigure{text-3.mps}{\bf Figure 20.\rm\enspace The validation loss
  against processor seconds, $n=\textsmall$, with exact RTRL.}

@ What the table shows. Per character, the methods that keep most of
the gradient learn alike: at equal characters the internal RTRL and
SnAp-1 are within \textgapsmall\ bits per character of truncated BPTT at
$n=\textsmall$ and within \textgaplarge\ at $n=\textlarge$, while UORO is
\textuorogapsmall\ and \textuorogaplarge\ bits above it. Per second the
order is that of their costs: truncated BPTT reads the most characters
in the budget, the internal RTRL fewer, SnAp-1 and UORO fewer still, and
exact RTRL, at $O(n^2P)$ per step, so few that it ends above the losses
the others had after their first second (Figure 20), only just below the
unigram entropy. Every method trained without a loss or weight that stopped
being finite, and every one ended below the unigram entropy of
\textunigrambits\ bits.

Does the chapter {\it How good is each gradient\/} predict this? Its
tables give the internal RTRL and SnAp-1 cosines near 1 with the exact
gradient on the lag task and the adding problem, and a single UORO
estimate almost orthogonal to it; so it predicts that per update the two
diagonal methods should learn about as well as an exact method and UORO
clearly worse, and on text that is the order found. Two cautions. The
prediction is of order, not of size: the alignment was measured on other
tasks, and these are single runs from one seed. And the reference here
is not the exact gradient: truncated BPTT with windows of 100 drops
every path longer than its window, which the online methods keep in
their carried sensitivities, approximately; on this text, at these sizes
and budgets, neither what truncation drops nor what the diagonal methods
drop shows in the loss, and what decides the order per second is the
cost of a character.

@*1 The best model, and what it writes.
The best configuration the book could afford is truncated BPTT with
$n=256$ cells, windows of $K=100$, Adam at 0.002, for at most 3600
seconds of processor time on one core (the command is \.{make
text-runs}). \textbestreached It trained on \textbestchars\ million
characters (\textbestepochs\ epochs) in \textbestseconds\ seconds. Its
lowest validation loss on the held-out tenth, \textlownats\ nats
(\textlowbits\ bits) per character, came at the end of an epoch, after
\textlowchars\ million characters and \textlowseconds\ seconds; its last,
\textbestnats\ nats (\textbestbits\ bits), early in the next.

The curve is a saw: the validation loss falls through each epoch and
rises again when the next one starts. A single stream read in order
shows the model the text play by play, and Adam's steps at rate 0.002
follow what it reads: at the start of an epoch it adapts to the
beginning of the file, far from the last tenth that it is measured on, and
only as the epoch approaches that tenth does it come back. The lowest
points are at the ends of the epochs. \.{char-rnn} trains on 50 streams
at once by default (its \.{batch\_size}), the text cut into 50 pieces
that are read side by side, so that every update averages over 50 places
in the text; this book's loops train on one stream, and the saw is the
price. (The rate, 0.002, is \.{char-rnn}'s default too.) A larger budget
at this size and rate does not buy a lower loss: the run went on for
\textbestseconds\ seconds in all, long past its lowest point, and ended
above it (Figure 21), the network fitting the text it reads ever more
closely and the held-out tenth no better. A larger network, or a rate
that falls as training goes on, is the reader's experiment.
\herefigure{text-4.mps}{\bf Figure 21.\rm\enspace The best run: the
  validation loss against processor seconds, with the target of 1.60
  nats (2.31 bits) per character in grey.}

@ Here is what the best model writes, primed with \.{ROMEO:} (not
repeated below), 500 bytes at each of three temperatures, seed 1:
$$\vbox{\halign{#\hfil\cr
\.{lstm sample book/experiments/text/best-n256.model --temperature $\Theta$}\cr
\qquad\.{--seed 1 --length 500 --prime ROMEO:}\cr}}$$
At $\Theta=0.5$ it keeps mostly to
common words and to the shape of a play, names, colons and line breaks;
at $\Theta=1$ it samples the model as it is; at $\Theta=1.5$ the flattened
distribution makes up more of its words and capitals. All three begin
alike because the seed is the same: the first draw is the same number,
and at each temperature it falls on the same byte.
@^sampling@>

\font\eighttt=cmtt8
\def\sampleline#1{{\eighttt\rightskip=0pt plus 1fil\hangindent=2em
  \noindent\strut#1\par}}
\def\samplebox#1#2{\medskip\noindent{\bf $\Theta=#1$}\par\nobreak\smallskip#2}
\samplebox{0.5}{\textsampleapf}
\samplebox{1}{\textsampleb}
\samplebox{1.5}{\textsamplebpf}


@*1 Exercises.
\exercise{text.1}{10}
What is the loss, in nats and in bits per character, of a model that
gives each of the $A$ bytes of its alphabet the same probability? Why
does a model that has learnt only how often each byte occurs do at least
as well?

\exercise{text.2}{15}
A model's two most probable next bytes have pre-activations
$\hat y_1=\hat y_2+2$, and the other bytes are negligible. At which
temperature $\Theta$ does sampling choose the first byte nine times out of
ten?
