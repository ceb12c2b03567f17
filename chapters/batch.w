@*1 Sequences side by side.
One sequence at a time, every step of BPTT multiplies the recurrent
weights $U$, $4n\times n$ numbers, by one vector: $U\out_{t-1}$ forward
and $U^{\top}\delta\gates_t$ backward. Each number of $U$ is read from
memory for one multiply--add and then not again until the next step. A
batch of $B$ sequences has $B$ such vectors at every step, and if the
$B$ products are done together, each number of $U$, once read, serves
$B$ multiply--adds: a product of a matrix and a vector becomes one of
two matrices. This section computes the gradient of a batch that way,
and gets the same bits as the sequences one by one.
@^batched kernels@>
@^matrix product@>

Sequences of different lengths are handled by masking, not by padding
or by sorting: at step $t$, the product is taken over the sequences that
have a step $t$, and a sequence that has ended takes no part in the
steps after its end (nor, going backward, in those before the walk
reaches its last step). Nothing is computed for the steps that a
sequence does not have, and nothing is reordered: the batch is kept in
the order it was given, so that its gradients can be summed in that
order.

@ The two kernels. |lstm_gemv_batch| adds $Av_b$ to $y_b$ for
$b=0,\ldots,B-1$, where |v| and |y| list the $B$ vectors; |lstm_mat_tvec_batch|
sets $r_b=A^{\top}v_b$. Both are kernels of the chapter's dispatch, so
that every instruction set has its copy.

@<Public functions@>=
void lstm_gemv_batch(const double *A, size_t rows, size_t cols,
  const double *const *v, double *const *y, size_t count);
void lstm_mat_tvec_batch(const double *A, size_t rows, size_t cols,
  const double *const *v, double *const *result, size_t count);

@ |lstm_gemv_batch| takes the rows of $A$ one at a time, and for each
computes its dot products with four vectors at once: every number of the
row, once loaded, is multiplied by the four vectors' numbers. The four
dot products keep eight partial sums each, exactly as |dot_kernel| does:
partial sum $q$ of vector $b$ receives the products $a_lv_{b,l}$ with
$l\equiv q \pmod 8$ in increasing $l$, the last $len\bmod8$ products go
into the first partial sums, and the eight are added in |dot_kernel|'s
tree. So every entry $y_{b,r}$ receives the same number, rounded the
same way, as |lstm_gemv| would add to it: the order of each entry's
additions is the source's, and doing four of them at once changes which
operations run side by side, not which operations are done. The last
$B\bmod4$ vectors take |dot_kernel| itself.
@^same bits@>
@^order of additions@>

@d LSTM_BATCH_BLOCK 4 /* vectors that |lstm_gemv_batch| takes at once */

@<Kernels@>=
static LSTM_INLINE void dot4_kernel(const double *a, const double *const *v,
  size_t len, double *const *y, size_t r)
{
  double s[LSTM_BATCH_BLOCK][LSTM_LANES] = {{0}};
  const double *v0 = v[0], *v1 = v[1], *v2 = v[2], *v3 = v[3];
  size_t l = 0;
  for (; l + LSTM_LANES <= len; l += LSTM_LANES)
    for (size_t q = 0; q < LSTM_LANES; q++) {
      const double al = a[l + q];
      s[0][q] += al * v0[l + q];
      s[1][q] += al * v1[l + q];
      s[2][q] += al * v2[l + q];
      s[3][q] += al * v3[l + q];
    }
  for (size_t q = 0; l + q < len; q++) {
    const double al = a[l + q];
    s[0][q] += al * v0[l + q];
    s[1][q] += al * v1[l + q];
    s[2][q] += al * v2[l + q];
    s[3][q] += al * v3[l + q];
  }
  for (size_t b = 0; b < LSTM_BATCH_BLOCK; b++)
    y[b][r] += ((s[b][0] + s[b][4]) + (s[b][1] + s[b][5])) +
      ((s[b][2] + s[b][6]) + (s[b][3] + s[b][7]));
}
@#
static LSTM_INLINE void gemv_batch_kernel(const double *A, size_t rows,
  size_t cols, const double *const *v, double *const *y, size_t count)
{
  for (size_t r = 0; r < rows; r++) {
    const double *a = A + r * cols;
    size_t b = 0;
    for (; b + LSTM_BATCH_BLOCK <= count; b += LSTM_BATCH_BLOCK)
      dot4_kernel(a, v + b, cols, y + b, r);
    for (; b < count; b++) y[b][r] += dot_kernel(a, v[b], cols);
  }
}

@ |lstm_mat_tvec_batch| walks the rows of $A$ four at a time, as
|mat_tvec_kernel| does, and adds the four rows, weighted by the four
entries of each $v_b$, to each result in turn: the four rows stay in the
first-level cache while the $B$ results pass. Each entry of $r_b$ is
cleared and then receives the same sums, of the same products, in the
same order of the rows, as |lstm_mat_tvec| computes for $v_b$ alone.

@<Kernels@>=
static LSTM_INLINE void mat_tvec_batch_kernel(const double *A, size_t rows,
  size_t cols, const double *const *v, double *const *result, size_t count)
{
  size_t r = 0;
  for (size_t b = 0; b < count; b++)
    memset(result[b], 0, cols * sizeof *result[b]);
  for (; r + 4 <= rows; r += 4) {
    const double *r0 = A + r * cols, *r1 = r0 + cols, *r2 = r1 + cols,
      *r3 = r2 + cols;
    for (size_t b = 0; b < count; b++) {
      const double v0 = v[b][r], v1 = v[b][r + 1], v2 = v[b][r + 2],
        v3 = v[b][r + 3];
      double *res = result[b];
      for (size_t l = 0; l < cols; l++)
        res[l] += (r0[l] * v0 + r1[l] * v1) + (r2[l] * v2 + r3[l] * v3);
    }
  }
  for (; r < rows; r++) {
    const double *row = A + r * cols;
    for (size_t b = 0; b < count; b++) {
      double *res = result[b];
      for (size_t l = 0; l < cols; l++) res[l] += row[l] * v[b][r];
    }
  }
}

@ @<One copy of the kernels@>=
LSTM_TARGET static void LSTM_COPY(gemv_batch)(const double *A, size_t rows,
  size_t cols, const double *const *v, double *const *y, size_t count)
{
  gemv_batch_kernel(A, rows, cols, v, y, count);
}
@#
LSTM_TARGET static void LSTM_COPY(mat_tvec_batch)(const double *A,
  size_t rows, size_t cols, const double *const *v, double *const *result,
  size_t count)
{
  mat_tvec_batch_kernel(A, rows, cols, v, result, count);
}

@ @<Functions@>=
void lstm_gemv_batch(const double *A, size_t rows, size_t cols,
  const double *const *v, double *const *y, size_t count)
{
  kernels->gemv_batch(A, rows, cols, v, y, count);
}
@#
void lstm_mat_tvec_batch(const double *A, size_t rows, size_t cols,
  const double *const *v, double *const *result, size_t count)
{
  kernels->mat_tvec_batch(A, rows, cols, v, result, count);
}

@ |lstm_gradient_batch| computes the BPTT gradient of the $B$ sequences
|seq[0]|, \dots, |seq[B-1]| and the sum of their losses, with the
products by $U$ of each step done for all the sequences at once. Each
sequence has its own trace and its own gradient, $g_b$, and the result
is $G=(\cdots(g_0+g_1)+\cdots)+g_{B-1}$, the first copied, the others
added: the sum of |lstm_gradient_threads| over the same sequences. So
the result is the same bits as BPTT's gradient of the batch computed one
sequence at a time, on any number of threads; the proof is that every
number of a sequence's forward and backward pass is computed by the same
code (the sections of the forward pass and of BPTT are used here as they
are), but for the products by $U$ and $U^{\top}$, whose entries are the
same bits by the two sections above. A test compares the two, on every
set of kernels, with sequences of different lengths. The memory is $B$
traces and $B$ gradients: the one-sequence trace of BPTT, $B$ times.
@^memory of a batch@>

@<Public functions@>=
int lstm_gradient_batch(const lstm_net *net, const lstm_seq *const *seq,
  size_t B, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
int lstm_gradient_batch(const lstm_net *net, const lstm_seq *const *seq,
  size_t B, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  lstm_trace *tr;
  lstm_net *g;
  double *each;
  void **ptr; /* the lists of vectors handed to the kernels */
  int status = LSTM_OK;
  *loss = 0;
  if (B == 0)
    return lstm_fail(err, LSTM_EUSAGE, "a batch needs at least one sequence");
  for (size_t b = 0; b < B; b++)
    if (seq[b]->m != net->m || seq[b]->k != net->k)
      return lstm_fail(err, LSTM_EDATA,
        "the sequence does not fit the network");
  tr = calloc(B, sizeof *tr), g = calloc(B, sizeof *g);
  each = calloc(B, sizeof *each), ptr = calloc(2 * B, sizeof *ptr);
  if (!tr || !g || !each || !ptr)
    status = lstm_fail(err, LSTM_ENOMEM, "out of memory for a batch of %zu",
      B);
  for (size_t b = 0; b < B && status == LSTM_OK; b++)
    if ((status = lstm_trace_alloc(&tr[b], net, seq[b]->T, err)) == LSTM_OK)
      status = lstm_net_like(&g[b], net, err);
  if (status == LSTM_OK) {
    batch_forward(net, seq, B, tr, each, (const double **)ptr,
      (double **)(ptr + B));
    batch_backward(net, seq, B, tr, g, (const double **)ptr,
      (double **)(ptr + B));
    @<Sum the gradients and the losses of the batch in its order@>;
  }
  for (size_t b = 0; tr && g && b < B; b++) {
    lstm_trace_free(&tr[b]);
    lstm_net_free(&g[b]);
  }
  free(tr); free(g); free(each); free(ptr);
  if (status != LSTM_OK) return status;
  if ((status = lstm_finite_loss(*loss, err)) != LSTM_OK) return status;
  return lstm_finite_net(grad, "the gradient", err);
}

@ @<Sum the gradients...@>=
memcpy(grad->theta, g[0].theta, grad->P * sizeof *grad->theta);
for (size_t b = 1; b < B; b++)
  for (size_t k = 0; k < grad->P; k++) grad->theta[k] += g[b].theta[k];
for (size_t b = 0; b < B; b++) {
  *loss += each[b];
  if (st) st->work_bytes += tr[b].bytes + g[b].P * sizeof *g[b].theta;
}

@ The forward pass of the batch. First the input parts $Wx_t+b$ of every
sequence, each one product of two matrices already; then step by step,
the recurrent part $U\out_{t-1}$ of the sequences that have step $t$, in
one call, and the rest of each sequence's step, with the loss.

@<Private declarations@>=
static void batch_forward(const lstm_net *net, const lstm_seq *const *seqs,
  size_t B, lstm_trace *trs, double *loss, const double **vin, double **yout);
static void batch_backward(const lstm_net *net, const lstm_seq *const *seqs,
  size_t B, lstm_trace *trs, lstm_net *grads, const double **vin,
  double **yout);
static void finish_step(const lstm_net *net, const double *state_prev,
  double *g, double *state, double *out);

@ @<Functions@>=
static void batch_forward(const lstm_net *net, const lstm_seq *const *seqs,
  size_t B, lstm_trace *trs, double *loss, const double **vin, double **yout)
{
  const size_t n = net->n;
  size_t Tmax = 0;
  for (size_t b = 0; b < B; b++) {
    const lstm_seq *seq = seqs[b];
    lstm_trace *tr = &trs[b];
    @<Put the input parts...@>;
    loss[b] = 0;
    if (seq->T > Tmax) Tmax = seq->T;
  }
  for (size_t t = 0; t < Tmax; t++) {
    size_t count = 0;
    for (size_t b = 0; b < B; b++)
      if (seqs[b]->T > t) {
        vin[count] = lstm_out_prev(&trs[b], t);
        yout[count++] = lstm_gates(&trs[b], t);
      }
    lstm_gemv_batch(net->U, 4 * n, n, vin, yout, count);
    for (size_t b = 0; b < B; b++) {
      const lstm_seq *seq = seqs[b];
      lstm_trace *tr = &trs[b];
      if (seq->T <= t) continue;
      finish_step(net, lstm_state_prev(tr, t), lstm_gates(tr, t),
        lstm_state(tr, t), lstm_out(tr, t));
      if (lstm_target(seq, t))
        loss[b] += lstm_output_forward_x(net, lstm_out(tr, t),
          seq->x + t * seq->m, lstm_target(seq, t), lstm_pred(tr, t));
    }
  }
}

@ The rest of a step, after the recurrent part: |step_from_input| of the
forward pass without its first line.

@<Functions@>=
static void finish_step(const lstm_net *net, const double *state_prev,
  double *g, double *state, double *out)
{
  const size_t n = net->n;
  double *a = g, *i = g + n, *f = g + 2 * n, *o = g + 3 * n;
  size_t j;
  @<Squash the pre-activations...@>;
  @<Compute $\state_t$...@>;
}

@ @<Find the gate deltas of sequence |b| at step |t|@>=
{
  const double *g = lstm_gates(tr, t), *state = lstm_state(tr, t);
  double *dg = lstm_dgates(tr, t), *dout = lstm_dout(tr, t),
    *dstate = lstm_dstate(tr, t), *Dout = tr->Dout, *carry = tr->carry;
  @<Compute $\delta\out_t...@>;
  @<Compute $\delta\state_t$ and the gate deltas...@>;
  vin[count] = dg;
  yout[count++] = Dout;
}

@ The backward walk of the batch goes down from the last step of the
longest sequence; a sequence joins it at its own last step. At each
step, each sequence that has the step computes its output error, its
state error and its gate deltas as in BPTT, and then one call computes
$\Dout_{t-1}=U^{\top}\delta\gates_t$ for all of them. The weight
gradients are formed at the end, for each sequence from its own trace,
as BPTT forms them.

@<Functions@>=
static void batch_backward(const lstm_net *net, const lstm_seq *const *seqs,
  size_t B, lstm_trace *trs, lstm_net *grads, const double **vin,
  double **yout)
{
  const size_t n = net->n;
  size_t Tmax = 0;
  for (size_t b = 0; b < B; b++) {
    memset(trs[b].Dout, 0, n * sizeof *trs[b].Dout);
    memset(trs[b].carry, 0, n * sizeof *trs[b].carry);
    if (seqs[b]->T > Tmax) Tmax = seqs[b]->T;
  }
  for (size_t t = Tmax; t-- > 0; ) {
    size_t count = 0;
    for (size_t b = 0; b < B; b++) {
      const lstm_seq *seq = seqs[b];
      lstm_trace *tr = &trs[b];
      lstm_net *grad = &grads[b];
      if (seq->T <= t) continue;
      @<Find the gate deltas of sequence |b| at step |t|@>;
    }
    lstm_mat_tvec_batch(net->U, 4 * n, n, vin, yout, count);
    for (size_t b = 0; b < B; b++) {
      const lstm_trace *tr = &trs[b];
      const double *f = lstm_gates(tr, t) + 2 * n, *dstate;
      if (seqs[b]->T <= t) continue;
      dstate = lstm_dstate(tr, t);
      for (size_t j = 0; j < n; j++) tr->carry[j] = dstate[j] * f[j];
    }
  }
  for (size_t b = 0; b < B; b++) {
    const lstm_seq *seq = seqs[b];
    lstm_trace *tr = &trs[b];
    lstm_net *grad = &grads[b];
    @<Add $\delta W$, $\delta U$ and $\delta b$...@>;
    lstm_net_mask(net, grad->theta);
  }
}


@ What the batch gains, and why, is measured in the next section.
