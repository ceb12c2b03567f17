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

@ |lstm_gemv_batch| below keeps, for eight vectors at once, the eight
partial sums of |dot_kernel|: eight arrays of eight, one for each
remainder $q$, named one by one so that the compiler keeps each in a
vector register. |acc8| adds a number $a_l$ times eight numbers to one
of them.

@d LSTM_BATCH_BLOCK 8 /* vectors that |lstm_gemv_batch| takes at once */

@<Kernels@>=
static LSTM_INLINE void acc8(double *s, double al, const double *w)
{
  for (size_t j = 0; j < LSTM_BATCH_BLOCK; j++) s[j] += al * w[j];
}

@ |lstm_gemv_batch| takes the vectors eight at a time, and first copies
the eight into one array |vt| of |cols| rows of eight numbers, entry
$(l,j)$ being entry $l$ of vector $j$: the numbers that one entry $a_l$
of a row of $A$ multiplies are then side by side in memory, where one
vector instruction of AVX-512 (two of AVX2, four of the portable set)
takes all eight. Then for each row of $A$, each of the eight dot
products keeps the eight partial sums of |dot_kernel|; entry $j$ of
array |s|$_q$, for vector $j$, receives the products $a_lv_{j,l}$ with $l\equiv q\pmod
8$, in increasing $l$, the last $len\bmod8$ products go into the first
partial sums, and the eight are added in |dot_kernel|'s tree. So every
entry $y_{j,r}$ receives the same number, rounded the same way, as
|lstm_gemv| would add to it: the order of each entry's additions is the
source's, and computing eight entries side by side changes which
operations run at once, not which operations are done. Each number of
$A$, read once, now serves eight multiply--adds instead of one.
The vectors left over when $B$ is not a multiple of eight, and all of
them when a row is longer than |LSTM_PACK_COLS| (which bounds the array
|vt| on the stack to 32 kilobytes), take |dot_kernel| itself.
@^same bits@>
@^order of additions@>

@d LSTM_PACK_COLS 512 /* the longest row it packs for */

@<Kernels@>=
static LSTM_INLINE void gemv_batch_kernel(const double *A, size_t rows,
  size_t cols, const double *const *v, double *const *y, size_t count)
{
  size_t b0 = 0;
  for (; cols <= LSTM_PACK_COLS && b0 + LSTM_BATCH_BLOCK <= count;
      b0 += LSTM_BATCH_BLOCK) {
    double vt[LSTM_PACK_COLS * LSTM_BATCH_BLOCK];
    for (size_t l = 0; l < cols; l++)
      for (size_t j = 0; j < LSTM_BATCH_BLOCK; j++)
        vt[l * LSTM_BATCH_BLOCK + j] = v[b0 + j][l];
    for (size_t r = 0; r < rows; r++)
      @<Add row |r| of $A$ times the eight packed vectors to their results@>;
  }
  for (; b0 < count; b0++)
    for (size_t r = 0; r < rows; r++)
      y[b0][r] += dot_kernel(A + r * cols, v[b0], cols);
}

@ @<Add row |r| of $A$ times the eight packed vectors...@>=
{
  const double *a = A + r * cols;
  double s0[LSTM_BATCH_BLOCK] = {0}, s1[LSTM_BATCH_BLOCK] = {0},
    s2[LSTM_BATCH_BLOCK] = {0}, s3[LSTM_BATCH_BLOCK] = {0},
    s4[LSTM_BATCH_BLOCK] = {0}, s5[LSTM_BATCH_BLOCK] = {0},
    s6[LSTM_BATCH_BLOCK] = {0}, s7[LSTM_BATCH_BLOCK] = {0};
  double *const s[LSTM_LANES] = {s0, s1, s2, s3, s4, s5, s6, s7};
  size_t l = 0;
  for (; l + LSTM_LANES <= cols; l += LSTM_LANES) {
    const double *w = vt + l * LSTM_BATCH_BLOCK;
    acc8(s0, a[l], w);
    acc8(s1, a[l + 1], w + LSTM_BATCH_BLOCK);
    acc8(s2, a[l + 2], w + 2 * LSTM_BATCH_BLOCK);
    acc8(s3, a[l + 3], w + 3 * LSTM_BATCH_BLOCK);
    acc8(s4, a[l + 4], w + 4 * LSTM_BATCH_BLOCK);
    acc8(s5, a[l + 5], w + 5 * LSTM_BATCH_BLOCK);
    acc8(s6, a[l + 6], w + 6 * LSTM_BATCH_BLOCK);
    acc8(s7, a[l + 7], w + 7 * LSTM_BATCH_BLOCK);
  }
  for (size_t q = 0; l + q < cols; q++)
    acc8(s[q], a[l + q], vt + (l + q) * LSTM_BATCH_BLOCK);
  for (size_t j = 0; j < LSTM_BATCH_BLOCK; j++)
    y[b0 + j][r] += ((s0[j] + s4[j]) + (s1[j] + s5[j])) +
      ((s2[j] + s6[j]) + (s3[j] + s7[j]));
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

@ For AVX-512 the products are written with the vector types of GCC and
Clang (the attribute |vector_size|, which the copies of the kernels
already depend on; it exists only where |LSTM_DISPATCH| is 1). An
operation on such vectors is the operation on each of their entries,
rounded as in C, and under \.{-std=c11} a multiplication and an addition
are not fused, so the bits are those of the plain code (the tests
compare them). A vector of eight numbers is one register of AVX-512.
@^vector types of GCC@>

The eight partial sums of |dot_kernel| are themselves eight numbers side
by side: partial sum $q$ receives the products $a_lv_l$ with $l\equiv
q\pmod 8$, in increasing $l$, so one vector register |s| holds all
eight, and each step adds to it the products of eight consecutive
entries, $a_{l..l+7}$ times $v_{l..l+7}$, entry by entry. |dot4x4| does
this for four rows $a_0,\ldots,a_3$ and four vectors $v_0,\ldots,v_3$
at once, sixteen registers of partial sums: per step it loads the four
rows' eight numbers and the four vectors' eight numbers, eight loads,
and does sixteen multiplications and sixteen additions of eight numbers
each. The last $len\bmod8$ entries are loaded into vectors filled up
with zeros; the products $0\cdot0=0$ that the remaining partial sums then
receive change none of them (a partial sum that starts at $+0$ is never
$-0$, and $s+0=s$ for every other $s$). At the end the sixteen trees
$((s_0+s_4)+(s_1+s_5))+((s_2+s_6)+(s_3+s_7))$ are formed eight at a time
by |tree8x8|. So every dot product is the same sum of the same products,
in the same order, as |dot_kernel|'s.
@^same bits@>
@^order of additions@>

@<Kernels@>=
#if LSTM_DISPATCH
typedef double lstm_v8 __attribute__((vector_size(8 * sizeof(double))));
static LSTM_INLINE void tree8x8(lstm_v8 *const s[8], double *out);
static LSTM_INLINE void dot4x4(const double *const a[4],
  const double *const v[4], size_t len, double *out)
{
  lstm_v8 s00 = {0}, s01 = {0}, s02 = {0}, s03 = {0}, s10 = {0}, s11 = {0},
    s12 = {0}, s13 = {0}, s20 = {0}, s21 = {0}, s22 = {0}, s23 = {0},
    s30 = {0}, s31 = {0}, s32 = {0}, s33 = {0};
  lstm_v8 *const s[16] = {&s00, &s01, &s02, &s03, &s10, &s11, &s12, &s13,
    &s20, &s21, &s22, &s23, &s30, &s31, &s32, &s33};
  size_t l = 0;
  for (; l + 8 <= len; l += 8) {
    lstm_v8 x[4], y[4];
    for (size_t i = 0; i < 4; i++) {
      memcpy(&x[i], a[i] + l, sizeof x[i]);
      memcpy(&y[i], v[i] + l, sizeof y[i]);
    }
    for (size_t i = 0; i < 4; i++)
      for (size_t j = 0; j < 4; j++) *s[4 * i + j] += x[i] * y[j];
  }
  if (l < len) {
    lstm_v8 x[4] = {{0}}, y[4] = {{0}};
    for (size_t i = 0; i < 4; i++) {
      memcpy(&x[i], a[i] + l, (len - l) * sizeof(double));
      memcpy(&y[i], v[i] + l, (len - l) * sizeof(double));
    }
    for (size_t i = 0; i < 4; i++)
      for (size_t j = 0; j < 4; j++) *s[4 * i + j] += x[i] * y[j];
  }
  tree8x8(s, out);
  tree8x8(s + 8, out + 8);
}
#endif

@ |tree8x8| sets |out[j]| to the tree of the eight entries of |*s[j]|,
for eight vectors at once, with the shuffles of GCC~12 and Clang
(|__builtin_shufflevector|): the halves of two vectors side by side and
added give $s_0+s_4$, \dots, $s_3+s_7$ of each; the even and the odd
entries of two such added give $(s_0+s_4)+(s_1+s_5)$ and
$(s_2+s_6)+(s_3+s_7)$; once more, and entry $j$ is the whole tree of
vector~$j$. Each addition is one of the tree's, and $x+y=y+x$ exactly,
so the order of the two operands of an addition does not matter. An
older GCC, which lacks the shuffles, takes the entries one by one.

@<Kernels@>=
#if LSTM_DISPATCH
#if defined(__clang__) || __GNUC__ >= 12
static LSTM_INLINE void halves(const lstm_v8 *p, const lstm_v8 *q,
  lstm_v8 *r)
{
  *r = __builtin_shufflevector(*p, *q, 0, 1, 2, 3, 8, 9, 10, 11) +
    __builtin_shufflevector(*p, *q, 4, 5, 6, 7, 12, 13, 14, 15);
}
@#
static LSTM_INLINE void pairs(const lstm_v8 *p, const lstm_v8 *q,
  lstm_v8 *r)
{
  *r = __builtin_shufflevector(*p, *q, 0, 2, 4, 6, 8, 10, 12, 14) +
    __builtin_shufflevector(*p, *q, 1, 3, 5, 7, 9, 11, 13, 15);
}
@#
static LSTM_INLINE void tree8x8(lstm_v8 *const s[8], double *out)
{
  lstm_v8 h01, h23, h45, h67, w0, w1, r;
  halves(s[0], s[1], &h01), halves(s[2], s[3], &h23);
  halves(s[4], s[5], &h45), halves(s[6], s[7], &h67);
  pairs(&h01, &h23, &w0), pairs(&h45, &h67, &w1), pairs(&w0, &w1, &r);
  memcpy(out, &r, sizeof r);
}
#else
static LSTM_INLINE void tree8x8(lstm_v8 *const s[8], double *out)
{
  for (size_t j = 0; j < 8; j++) {
    const lstm_v8 v = *s[j];
    out[j] = ((v[0] + v[4]) + (v[1] + v[5])) + ((v[2] + v[6]) + (v[3] +
      v[7]));
  }
}
#endif
#endif

@ |lstm_gemv_batch| on AVX-512 takes four rows of $A$ and four of the
vectors at a time, and a group of vectors passes all the rows of $A$
before the next group: each number of $A$, read once from the
second-level cache, serves the whole group, which stays in the first
level. For that the group is first copied into one array, |vp|, of
|LSTM_PACK_DOUBLES| numbers (32 kilobytes): the vectors of a batch are
the rows of $B$ different traces, each trace an allocation of its own
that begins at the same place in a page, so that the $B$ vectors all
fall into the same few sets of the first-level cache and drive one
another out; in the array they lie side by side. Rows and vectors left
over from the groups of four take |dot_kernel|, and so does everything
when a row is too long for four vectors to fit in |vp|.
@^cache, sets of@>

@d LSTM_PACK_DOUBLES 4096 /* numbers in the array of packed vectors */

@<Kernels@>=
#if LSTM_DISPATCH
static LSTM_INLINE void gemv_wide_kernel(const double *A, size_t rows,
  size_t cols, const double *const *v, double *const *y, size_t count)
{
  const size_t rows4 = rows - rows % 4;
  size_t group = cols > 0 ? LSTM_PACK_DOUBLES / cols : 0, b0 = 0;
  group -= group % 4;
  while (group >= 4 && count - b0 >= 4) {
    double vp[LSTM_PACK_DOUBLES];
    size_t g = count - b0 < group ? count - b0 : group;
    g -= g % 4;
    for (size_t b = 0; b < g; b++)
      memcpy(vp + b * cols, v[b0 + b], cols * sizeof *vp);
    for (size_t r = 0; r < rows4; r += 4) {
      const double *const a[4] = {A + r * cols, A + (r + 1) * cols,
        A + (r + 2) * cols, A + (r + 3) * cols};
      for (size_t b = 0; b < g; b += 4) {
        const double *const x[4] = {vp + b * cols, vp + (b + 1) * cols,
          vp + (b + 2) * cols, vp + (b + 3) * cols};
        double out[16];
        dot4x4(a, x, cols, out);
        for (size_t i = 0; i < 4; i++)
          for (size_t j = 0; j < 4; j++)
            y[b0 + b + j][r + i] += out[4 * i + j];
      }
    }
    for (size_t b = b0; b < b0 + g; b++)
      for (size_t r = rows4; r < rows; r++)
        y[b][r] += dot_kernel(A + r * cols, v[b], cols);
    b0 += g;
  }
  for (; b0 < count; b0++)
    for (size_t r = 0; r < rows; r++)
      y[b0][r] += dot_kernel(A + r * cols, v[b0], cols);
}
#endif

@ The product $AB^{\top}$ of |lstm_gemm_nt|, the forward pass's
$XW^{\top}$, is the same computation: entry $(r,c)$ is the dot product of
row $r$ of $A$ with row $c$ of $B$. On AVX-512 it takes four rows of each
at a time, and the rows of $B$ in bands of |LSTM_NT_BAND| bytes, about
32 kilobytes, which stay in the first-level cache while all the rows of
$A$ pass: one band of $W$, read once, serves the $T$ steps of a
sequence. Without the bands, every four rows of $X$ would read all of
$W$ from the second level again.

@d LSTM_NT_BAND 32768 /* bytes of $B$ that |gemm_nt_wide_kernel| keeps in
  the cache */

@<Kernels@>=
#if LSTM_DISPATCH
static LSTM_INLINE void gemm_nt_wide_kernel(size_t rows, size_t cols,
  size_t len, const double *A, size_t lda, const double *B, size_t ldb,
  double *C, size_t ldc)
{
  const size_t rows4 = rows - rows % 4, cols4 = cols - cols % 4;
  size_t band = LSTM_NT_BAND / (sizeof(double) * (len > 0 ? len : 1));
  band = band < 4 ? 4 : band - band % 4;
  for (size_t c0 = 0; c0 < cols4; c0 += band) {
    const size_t c1 = cols4 - c0 < band ? cols4 : c0 + band;
    for (size_t r = 0; r < rows4; r += 4) {
      const double *const a[4] = {A + r * lda, A + (r + 1) * lda,
        A + (r + 2) * lda, A + (r + 3) * lda};
      for (size_t c = c0; c < c1; c += 4) {
        const double *const b[4] = {B + c * ldb, B + (c + 1) * ldb,
          B + (c + 2) * ldb, B + (c + 3) * ldb};
        double out[16];
        dot4x4(a, b, len, out);
        for (size_t i = 0; i < 4; i++)
          for (size_t j = 0; j < 4; j++)
            C[(r + i) * ldc + c + j] += out[4 * i + j];
      }
    }
  }
  if (cols4 < cols)
    gemm_nt_kernel(rows4, cols - cols4, len, A, lda, B + cols4 * ldb, ldb,
      C + cols4, ldc);
  if (rows4 < rows)
    gemm_nt_kernel(rows - rows4, cols, len, A + rows4 * lda, lda, B, ldb,
      C + rows4 * ldc, ldc);
}
#endif

@ The product $A^{\top}B$ of |lstm_gemm_tn|, the weight gradients
$\delta W=\Delta G^{\top}X$ and $\delta U$, adds the outer products of
the rows, $T$ of them, to each entry of $C$ in the order $t=0,1,\ldots$.
On AVX-512 it keeps a block of eight rows and sixteen columns of $C$ in
sixteen registers while the outer products pass, instead of reading and
writing $C$ for each: per step, two loads of $B$'s row and eight numbers
of $A$'s serve 128 multiply--adds. Each entry still receives its terms in
the order of $t$, so the bits are those of |gemm_tn_kernel|, which takes
the rows and columns left over.
@^same bits@>

The operands are first copied, |LSTM_TN_STEPS| steps at a time, into
two small arrays on the stack: |bp| the sixteen-column strips of $B$ one
after the other, |ap| the eight entries of $A$ of each step. In the
trace the rows of a step lie $12n$ numbers apart, three pages at
$n=128$; the $T$ rows that one block of $C$ reads then fall into the
same set of the first-level cache, which holds only twelve of them, and
every load came from the second level. With the copies, the loop reads
two arrays of a few kilobytes in the order they are stored. Cutting the
steps into pieces changes nothing in the sums: a block of $C$ is stored
after one piece and loaded again for the next, and its entries receive
the same terms in the same order.
@^cache, sets of@>

@d LSTM_TN_STEPS 32 /* steps that |gemm_tn_wide_kernel| copies at a time */
@d LSTM_TN_COLS 128 /* columns of $B$ it copies at a time */

@<Kernels@>=
#if LSTM_DISPATCH
static LSTM_INLINE void gemm_tn_wide_kernel(size_t rows, size_t cols,
  size_t len, const double *A, size_t lda, const double *B, size_t ldb,
  double *C, size_t ldc)
{
  const size_t cols16 = cols - cols % 16, rows8 = rows - rows % 8;
  for (size_t t0 = 0; t0 < len; t0 += LSTM_TN_STEPS) {
    const size_t steps = len - t0 < LSTM_TN_STEPS ? len - t0 : LSTM_TN_STEPS;
    for (size_t l0 = 0; l0 < cols16; l0 += LSTM_TN_COLS) {
      const size_t width = cols16 - l0 < LSTM_TN_COLS ? cols16 - l0 :
        LSTM_TN_COLS;
      double bp[LSTM_TN_STEPS * LSTM_TN_COLS];
      for (size_t l = 0; l < width; l += 16)
        for (size_t t = 0; t < steps; t++)
          memcpy(bp + l * steps + t * 16, B + (t0 + t) * ldb + l0 + l,
            16 * sizeof *bp);
      for (size_t r = 0; r < rows8; r += 8) {
        double ap[LSTM_TN_STEPS * 8];
        for (size_t t = 0; t < steps; t++)
          memcpy(ap + t * 8, A + (t0 + t) * lda + r, 8 * sizeof *ap);
        for (size_t l = 0; l < width; l += 16)
          @<Add the |steps| outer products to the block of $C$ at row |r|
            and column |l0+l|@>;
      }
    }
  }
  if (cols16 < cols)
    gemm_tn_kernel(rows8, cols - cols16, len, A, lda, B + cols16, ldb,
      C + cols16, ldc);
  if (rows8 < rows)
    gemm_tn_kernel(rows - rows8, cols, len, A + rows8, lda, B, ldb,
      C + rows8 * ldc, ldc);
}
#endif

@ @<Add the |steps| outer products...@>=
{
  double *cb = C + r * ldc + l0 + l;
  const double *bb = bp + l * steps;
  lstm_v8 c[8][2];
  for (size_t i = 0; i < 8; i++) {
    memcpy(&c[i][0], cb + i * ldc, sizeof c[i][0]);
    memcpy(&c[i][1], cb + i * ldc + 8, sizeof c[i][1]);
  }
  for (size_t t = 0; t < steps; t++) {
    const double *a = ap + t * 8;
    lstm_v8 b0, b1;
    memcpy(&b0, bb + t * 16, sizeof b0);
    memcpy(&b1, bb + t * 16 + 8, sizeof b1);
    for (size_t i = 0; i < 8; i++) {
      c[i][0] += a[i] * b0;
      c[i][1] += a[i] * b1;
    }
  }
  for (size_t i = 0; i < 8; i++) {
    memcpy(cb + i * ldc, &c[i][0], sizeof c[i][0]);
    memcpy(cb + i * ldc + 8, &c[i][1], sizeof c[i][1]);
  }
}

@ For AVX-512 the transposed product is turned around the same way: the
entries $v_{b,r}$ of eight vectors are packed into |vt|, row $r$ holding
the eight, and a register holds entry $l$ of the eight results. Sixteen
columns $l$ are taken at a time, sixteen registers, and all the rows of
$A$ pass through them: for each block of four rows, entry $l$ of the
eight results receives $(A_{rl}v_r+A_{r+1,l}v_{r+1})+(A_{r+2,l}v_{r+2}+
A_{r+3,l}v_{r+3})$, the sum of |mat_tvec_kernel| in the same order, with
the four rows of |vt| in four registers for all sixteen columns. Each
entry of each result starts at zero and receives the same sums in the
same order of the rows as in |lstm_mat_tvec|, so again the bits are the
same. A product with more than |LSTM_PACK_ROWS| rows, and the vectors
left over from the groups of eight, take the plain kernel.

@d LSTM_PACK_ROWS 1024 /* the most rows that |tvec_wide_kernel| packs */
@d LSTM_COL_BLOCK 16 /* the columns it keeps in registers */

@<Kernels@>=
#if LSTM_DISPATCH
static LSTM_INLINE void tvec_wide_kernel(const double *A,
  size_t rows, size_t cols, const double *const *v, double *const *result,
  size_t count)
{
  size_t b0 = 0;
  for (; rows <= LSTM_PACK_ROWS && b0 + LSTM_BATCH_BLOCK <= count;
      b0 += LSTM_BATCH_BLOCK) {
    double vt[LSTM_PACK_ROWS * LSTM_BATCH_BLOCK];
    for (size_t r = 0; r < rows; r++)
      for (size_t j = 0; j < LSTM_BATCH_BLOCK; j++)
        vt[r * LSTM_BATCH_BLOCK + j] = v[b0 + j][r];
    for (size_t l0 = 0; l0 < cols; l0 += LSTM_COL_BLOCK) {
      const size_t width = cols - l0 < LSTM_COL_BLOCK ? cols - l0 :
        LSTM_COL_BLOCK;
      lstm_v8 acc[LSTM_COL_BLOCK] = {{0}};
      @<Add the rows of $A$ to the columns |l0| to |l0+width-1| of the
        eight results@>;
      for (size_t c = 0; c < width; c++)
        for (size_t j = 0; j < LSTM_BATCH_BLOCK; j++)
          result[b0 + j][l0 + c] = acc[c][j];
    }
  }
  if (b0 < count)
    mat_tvec_batch_kernel(A, rows, cols, v + b0, result + b0, count - b0);
}
#endif

@ @<Add the rows of $A$ to the columns...@>=
{
  size_t r = 0;
  for (; r + 4 <= rows; r += 4) {
    lstm_v8 w0, w1, w2, w3;
    const double *a0 = A + r * cols + l0, *a1 = a0 + cols, *a2 = a1 + cols,
      *a3 = a2 + cols;
    memcpy(&w0, vt + r * LSTM_BATCH_BLOCK, sizeof w0);
    memcpy(&w1, vt + (r + 1) * LSTM_BATCH_BLOCK, sizeof w1);
    memcpy(&w2, vt + (r + 2) * LSTM_BATCH_BLOCK, sizeof w2);
    memcpy(&w3, vt + (r + 3) * LSTM_BATCH_BLOCK, sizeof w3);
    if (width == LSTM_COL_BLOCK)
      for (size_t c = 0; c < LSTM_COL_BLOCK; c++)
        acc[c] += (a0[c] * w0 + a1[c] * w1) + (a2[c] * w2 + a3[c] * w3);
    else
      for (size_t c = 0; c < width; c++)
        acc[c] += (a0[c] * w0 + a1[c] * w1) + (a2[c] * w2 + a3[c] * w3);
  }
  for (; r < rows; r++) {
    lstm_v8 w0;
    const double *a0 = A + r * cols + l0;
    memcpy(&w0, vt + r * LSTM_BATCH_BLOCK, sizeof w0);
    for (size_t c = 0; c < width; c++) acc[c] += a0[c] * w0;
  }
}

@ @<One copy of the kernels@>=
LSTM_TARGET static void LSTM_COPY(gemv_batch)(const double *A, size_t rows,
  size_t cols, const double *const *v, double *const *y, size_t count)
{
#if LSTM_WIDE
  gemv_wide_kernel(A, rows, cols, v, y, count);
#else
  gemv_batch_kernel(A, rows, cols, v, y, count);
#endif
}
@#
LSTM_TARGET static void LSTM_COPY(mat_tvec_batch)(const double *A,
  size_t rows, size_t cols, const double *const *v, double *const *result,
  size_t count)
{
#if LSTM_WIDE
  tvec_wide_kernel(A, rows, cols, v, result, count);
#else
  mat_tvec_batch_kernel(A, rows, cols, v, result, count);
#endif
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
traces and $B$ gradients, the one-sequence trace of BPTT $B$ times, and
one array of $4n(m+n)$ numbers for the weight gradients, which the
sequences share.
@^memory of a batch@>

@<Public types@>=
typedef struct lstm_batch_work {
  size_t cap; /* sequences it has room for */
  size_t n, m, k, P; /* the shape of the network it was made for */
  lstm_trace *tr; /* |cap| traces */
  lstm_net *g; /* |cap| gradients */
  double *each; /* |cap| losses */
  void **ptr; /* $2\,|cap|$ pointers: the lists handed to the kernels */
  double *wu; /* $4n(m+n)$ numbers: one sequence's $\delta W$ and $\delta U$ */
} lstm_batch_work;

@ |lstm_gradient_batch| makes its working storage for the call and frees
it after; a loop that computes many batches, as a benchmark or a
training run, keeps it in an |lstm_batch_work| record (cleared to zeros
before its first use, and released by |lstm_batch_work_free|) and calls
|lstm_gradient_batch_work|, so that the traces and gradients are made
once: making $B$ traces and $B$ gradients afresh for every batch, the
memory of a run of \.{lstm bench --batch 8} spent a third of its time
in the operating system's page faults.

@<Public functions@>=
int lstm_gradient_batch(const lstm_net *net, const lstm_seq *const *seq,
  size_t B, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);
int lstm_gradient_batch_work(const lstm_net *net, const lstm_seq *const *seq,
  size_t B, lstm_batch_work *w, lstm_net *grad, double *loss, lstm_stats *st,
  lstm_error *err);
void lstm_batch_work_free(lstm_batch_work *w);

@ @<Functions@>=
int lstm_gradient_batch(const lstm_net *net, const lstm_seq *const *seq,
  size_t B, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  lstm_batch_work w;
  int status;
  memset(&w, 0, sizeof w);
  status = lstm_gradient_batch_work(net, seq, B, &w, grad, loss, st, err);
  lstm_batch_work_free(&w);
  return status;
}
@#
void lstm_batch_work_free(lstm_batch_work *w)
{
  for (size_t b = 0; b < w->cap; b++) {
    if (w->tr) lstm_trace_free(&w->tr[b]);
    if (w->g) lstm_net_free(&w->g[b]);
  }
  free(w->tr); free(w->g); free(w->each); free(w->ptr); free(w->wu);
  memset(w, 0, sizeof *w);
}

@ @<Functions@>=
int lstm_gradient_batch_work(const lstm_net *net, const lstm_seq *const *seq,
  size_t B, lstm_batch_work *w, lstm_net *grad, double *loss, lstm_stats *st,
  lstm_error *err)
{
  int status = LSTM_OK;
  *loss = 0;
  if (B == 0)
    return lstm_fail(err, LSTM_EUSAGE, "a batch needs at least one sequence");
  for (size_t b = 0; b < B; b++)
    if (seq[b]->m != net->m || seq[b]->k != net->k)
      return lstm_fail(err, LSTM_EDATA,
        "the sequence does not fit the network");
  @<Make |w| hold |B| traces long enough and |B| gradients@>;
  if (status == LSTM_OK) {
    lstm_trace *tr = w->tr;
    lstm_net *g = w->g;
    double *each = w->each;
    const size_t wu = 4 * net->n * (net->m + net->n);
    for (size_t b = 0; b < B; b++) {
      lstm_trace_start(&tr[b], NULL, NULL);
      memset(g[b].theta + wu, 0, (g[b].P - wu) * sizeof *g[b].theta);
    }
    batch_forward(net, seq, B, tr, each, (const double **)w->ptr,
      (double **)(w->ptr + B));
    batch_backward(net, seq, B, tr, g, (const double **)w->ptr,
      (double **)(w->ptr + B), w->wu, grad);
    @<Sum the gradients and the losses of the batch in its order@>;
  }
  if (status != LSTM_OK) return status;
  if ((status = lstm_finite_loss(*loss, err)) != LSTM_OK) return status;
  return lstm_finite_net(grad, "the gradient", err);
}

@ The record is made again when the network has another shape or the
batch is larger than it has room for; a trace is made again when its
sequence is longer than the trace.

@<Make |w| hold |B| traces...@>=
if (w->cap < B || w->n != net->n || w->m != net->m || w->k != net->k ||
    w->P != net->P) {
  lstm_batch_work_free(w);
  w->tr = calloc(B, sizeof *w->tr), w->g = calloc(B, sizeof *w->g);
  w->each = calloc(B, sizeof *w->each), w->ptr = calloc(2 * B, sizeof *w->ptr);
  w->wu = alloc_doubles(4 * net->n * (net->m + net->n));
  if (!w->tr || !w->g || !w->each || !w->ptr || !w->wu) {
    lstm_batch_work_free(w);
    status = lstm_fail(err, LSTM_ENOMEM, "out of memory for a batch of %zu",
      B);
  } else {
    w->cap = B, w->n = net->n, w->m = net->m, w->k = net->k, w->P = net->P;
    for (size_t b = 0; b < B && status == LSTM_OK; b++)
      status = lstm_net_like(&w->g[b], net, err);
  }
}
for (size_t b = 0; b < B && status == LSTM_OK; b++)
  if (w->tr[b].T < seq[b]->T) {
    lstm_trace_free(&w->tr[b]);
    status = lstm_trace_alloc(&w->tr[b], net, seq[b]->T, err);
  }

@ The backward walk has summed the sequences' $\delta W$ and $\delta U$
into |grad| (the section ``The weight gradients of the batch'' below);
here the rest of the gradients, $\delta b$ and the output layer's, are
summed the same way, the first copied and the others added in the
batch's order, and the mask of the architecture is applied to the sum.

@<Sum the gradients and the losses...@>=
memcpy(grad->theta + wu, g[0].theta + wu, (grad->P - wu) * sizeof
  *grad->theta);
for (size_t b = 1; b < B; b++)
  for (size_t k = wu; k < grad->P; k++) grad->theta[k] += g[b].theta[k];
lstm_net_mask(net, grad->theta);
for (size_t b = 0; b < B; b++) {
  *loss += each[b];
  if (st) st->work_bytes += tr[b].bytes + g[b].P * sizeof *g[b].theta;
}
if (st) st->work_bytes += wu * sizeof *w->wu;

@ The forward pass of the batch. First the input parts $Wx_t+b$ of every
sequence, each one product of two matrices already; then step by step,
the recurrent part $U\out_{t-1}$ of the sequences that have step $t$, in
one call, and the rest of each sequence's step, with the loss.

@<Private declarations@>=
static void batch_forward(const lstm_net *net, const lstm_seq *const *seqs,
  size_t B, lstm_trace *trs, double *loss, const double **vin, double **yout);
static void batch_backward(const lstm_net *net, const lstm_seq *const *seqs,
  size_t B, lstm_trace *trs, lstm_net *grads, const double **vin,
  double **yout, double *wu, lstm_net *sum);
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
  (void)carry; /* read by the section above, which an edition may replace */
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
  double **yout, double *wu, lstm_net *sum)
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
  for (size_t b = 0; b < B; b++)
    @<Add the weight gradients of sequence |b| to the sum@>;
}

@ The weight gradients of the batch. Each sequence's $\delta W$ and
$\delta U$ are formed by BPTT's own section, into the array |wu| cleared
to zeros, and added at once to the sum |sum|: the first copied, the
others added, in the batch's order. This is the sum of the gradients $g_b$
entry by entry, in the same order, so it is the same bits; but |wu|, a
megabyte at $m=n=128$, is used again by every sequence and stays in the
caches, where $B$ gradients of their own would each be cleared, written
and read back from the main memory. The section writes through |grad|,
here a copy of the sequence's gradient record whose $W$ and $U$ point
into |wu|; its $\delta b$ and the output layer's gradient stay in the
sequence's own gradient, to be summed with the others. The mask of the
architecture, which BPTT applies to each sequence's gradient, is applied
to the sum instead, by the caller: a masked entry is zero either way,
and the others are not touched by it.

@<Add the weight gradients of sequence |b| to the sum@>=
{
  const lstm_seq *seq = seqs[b];
  lstm_trace *tr = &trs[b];
  lstm_net part = grads[b], *grad = &part;
  const size_t count = 4 * n * (net->m + n);
  part.W = wu, part.U = wu + 4 * n * net->m;
  memset(wu, 0, count * sizeof *wu);
  @<Add $\delta W$, $\delta U$ and $\delta b$...@>;
  lstm_net_mask(net, grads[b].theta);
  if (b == 0) memcpy(sum->theta, wu, count * sizeof *wu);
  else for (size_t k = 0; k < count; k++) sum->theta[k] += wu[k];
}


@*1 Timing a batch.
|lstm_bench_batch| times |lstm_gradient_batch| as |lstm_bench| times a
method: the network of |bench_problem|, with $m=n$ inputs and a target
at every step, and $B$ sequences of $T$ steps, the first that of
|lstm_bench| and the others drawn from a generator of their own; a run
to warm up (which also makes the working storage, kept for the other
runs), then at least |LSTM_BENCH_RUNS| runs and
|LSTM_BENCH_SECONDS| seconds, and the median. The time reported is per
{\it sequence-step}, the median over $BT$, so that it can be set
beside the time per step of one sequence: a batch that takes $B$ times
as long as one sequence has gained nothing. Beside the time of the
wall clock it reports the processor time of the process (C's |clock|),
also the median: on a machine shared with other programs, the wall
clock counts the time the process waited for a core, and the processor
time does not.

@<Public functions@>=
int lstm_bench_batch(size_t n, size_t T, size_t B, lstm_bench_result *res,
  lstm_error *err);

@ @<Functions@>=
int lstm_bench_batch(size_t n, size_t T, size_t B, lstm_bench_result *res,
  lstm_error *err)
{
  lstm_net net, grad;
  lstm_data data;
  const lstm_seq **pick = NULL;
  double times[LSTM_BENCH_MAX_RUNS], cpu[LSTM_BENCH_MAX_RUNS], total = 0, loss;
  lstm_stats st = {0};
  lstm_batch_work w;
  int status;
  memset(res, 0, sizeof *res);
  memset(&w, 0, sizeof w);
  res->n = n; res->T = T;
  if (T < 1 || B < 1) return lstm_fail(err, LSTM_EUSAGE,
    "a benchmark needs at least one step and one sequence");
  if ((status = bench_problem(n, T, &net, &data, err)) != LSTM_OK)
    return status;
  @<Add the other |B-1| sequences of the batch to |data|@>;
  if (status == LSTM_OK && !(pick = malloc(B * sizeof *pick)))
    status = lstm_fail(err, LSTM_ENOMEM, "out of memory");
  if (status == LSTM_OK && (status = lstm_net_like(&grad, &net, err)) ==
      LSTM_OK) {
    for (size_t b = 0; b < B; b++) pick[b] = &data.seq[b];
    status = lstm_gradient_batch_work(&net, pick, B, &w, &grad, &loss, &st,
      err);
    while (status == LSTM_OK && res->runs < LSTM_BENCH_MAX_RUNS &&
        (res->runs < LSTM_BENCH_RUNS || total < LSTM_BENCH_SECONDS)) {
      struct timespec start;
      clock_t c0 = clock();
      timespec_get(&start, TIME_UTC);
      status = lstm_gradient_batch_work(&net, pick, B, &w, &grad, &loss, NULL,
        err);
      times[res->runs] = bench_since(&start);
      cpu[res->runs] = (double)(clock() - c0) / CLOCKS_PER_SEC;
      total += times[res->runs++];
    }
    if (status == LSTM_OK) {
      qsort(times, res->runs, sizeof times[0], compare_doubles);
      res->seconds_per_step = times[res->runs / 2] / ((double)T * (double)B);
      qsort(cpu, res->runs, sizeof cpu[0], compare_doubles);
      res->cpu_per_step = cpu[res->runs / 2] / ((double)T * (double)B);
      res->work_bytes = st.work_bytes;
    }
    lstm_net_free(&grad);
  }
  lstm_batch_work_free(&w);
  free(pick);
  lstm_net_free(&net);
  lstm_data_free(&data);
  return status;
}

@ @<Add the other |B-1| sequences...@>=
{
  lstm_rng rng;
  lstm_rng_seed(&rng, 2);
  for (size_t b = 1; b < B && status == LSTM_OK; b++) {
    lstm_seq *seq;
    if ((status = lstm_data_add(&data, T, &seq, err)) != LSTM_OK) break;
    for (size_t t = 0; t < T && status == LSTM_OK; t++) {
      double *y = lstm_target_set(seq, t, err);
      if (!y) {
        status = LSTM_ENOMEM;
        break;
      }
      for (size_t l = 0; l < n; l++) {
        seq->x[t * n + l] = lstm_rng_uniform(&rng, -1, 1);
        y[l] = lstm_rng_uniform(&rng, -1, 1);
      }
    }
  }
}

@ \.{lstm bench --batch} {\it LIST\/} times the batch for every $B$ of
the list, every $n$ of \.{--cells} and every $T$ of \.{--steps}, and
prints one line for each, with the batch in a column of its own:
$$\vbox{\halign{#\hfil\cr
\.{lstm-bench-batch 1}\cr
\.{kernels avx512}\cr
\.{\# method cells steps batch runs us-per-sequence-step work-bytes}\cr
\.{\qquad cpu-us-per-sequence-step}\cr
\.{bptt 128 100 32 5 50.4... 73138176 38.1...}\cr}}$$
Only BPTT has a batched form, so the method, if given, must be
\.{bptt}.

@<Declarations of the command@>=
static int bench_batches(const char *methods, const lstm_method *const *meth,
  size_t nmeth, const size_t *cells, size_t ncells, const size_t *steps,
  size_t nsteps, const size_t *batch, size_t nbatch);

@ @<Subcommands@>=
static int bench_batches(const char *methods, const lstm_method *const *meth,
  size_t nmeth, const size_t *cells, size_t ncells, const size_t *steps,
  size_t nsteps, const size_t *batch, size_t nbatch)
{
  lstm_error err;
  lstm_error_clear(&err);
  if (!methods || nmeth != 1 || strcmp(meth[0]->name, "bptt") != 0)
    return usage_error("bench", "--batch times BPTT's gradient of a batch, " @/
      "and needs --method bptt%s", "");
@.--batch times BPTT's gradient...@>
  printf("lstm-bench-batch 1\nkernels %s\n# method cells steps batch runs " @/
    "us-per-sequence-step work-bytes cpu-us-per-sequence-step\n",
    lstm_kernels());
  for (size_t c = 0; c < ncells; c++)
    for (size_t s = 0; s < nsteps; s++)
      for (size_t b = 0; b < nbatch; b++) {
        lstm_bench_result res;
        int status = lstm_bench_batch(cells[c], steps[s], batch[b], &res,
          &err);
        if (status != LSTM_OK) return report(status, &err);
        printf("bptt %zu %zu %zu %zu %.17g %zu %.17g\n", res.n, res.T,
          batch[b], res.runs, 1e6 * res.seconds_per_step, res.work_bytes,
          1e6 * res.cpu_per_step);
        fflush(stdout);
      }
  return 0;
}

@*1 The limit of the processor, measured.
The limit that a batch is set against in the next section can be
computed from the processor's description: its vector width, its clock
and the number of its arithmetic units. But under a hypervisor the
clock the processor reports may not be the clock it runs at, and the
count of units comes from the maker's documents, not from the machine.
So this section measures the limit, with the simplest loop that can
reach it. |peak_kernel| keeps |chains| independent vectors of eight
numbers and replaces each, |reps| times, by $x\cdot a+c$: one
multiplication and one addition on each of eight numbers. Each result
is needed only by the next step of its own chain, so the processor may
start the steps of different chains together, and with enough chains
nothing holds it back but the rate at which its units start
multiplications and additions. With $a={1\over2}$ and $c=1$ every
number tends to 2 and stays there, so no special value slows a unit.
The count of multiply--adds is |reps| times the numbers of all the
chains, and their rate is the most the kernels' instructions can do on
one core: no product of this book can do more multiply--adds a second.
@^limit of the processor@>

Sixteen chains of eight numbers fill half of AVX-512's 32 vector
registers, enough to keep four units busy while each step waits some
six cycles for the one before it. The other copies use vectors of four
numbers, one register of AVX2, in twelve chains (|peak4_kernel|). With
the number of chains fixed where a copy calls its kernel, the compiler
keeps every chain of these two copies in a register. The portable copy
has registers of two numbers only, sixteen of them, too few for twelve
chains of four; it keeps some chains in memory, and its rate is less
than the processor's limit for its instructions, not that limit.

@<Kernels@>=
#if LSTM_DISPATCH
typedef double lstm_v4 __attribute__((vector_size(4 * sizeof(double))));
static LSTM_INLINE void peak_kernel(size_t reps, double *out, size_t chains)
{
  lstm_v8 x[16];
  const lstm_v8 a = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5},
    c = {1, 1, 1, 1, 1, 1, 1, 1};
  for (size_t k = 0; k < chains; k++) memcpy(&x[k], out + 8 * k, sizeof x[k]);
  for (size_t r = 0; r < reps; r++)
    for (size_t k = 0; k < chains; k++) x[k] = x[k] * a + c;
  for (size_t k = 0; k < chains; k++) memcpy(out + 8 * k, &x[k], sizeof x[k]);
}
static LSTM_INLINE void peak4_kernel(size_t reps, double *out, size_t chains)
{
  lstm_v4 x[16];
  const lstm_v4 a = {0.5, 0.5, 0.5, 0.5}, c = {1, 1, 1, 1};
  for (size_t k = 0; k < chains; k++) memcpy(&x[k], out + 4 * k, sizeof x[k]);
  for (size_t r = 0; r < reps; r++)
    for (size_t k = 0; k < chains; k++) x[k] = x[k] * a + c;
  for (size_t k = 0; k < chains; k++) memcpy(out + 4 * k, &x[k], sizeof x[k]);
}
#else
static LSTM_INLINE void peak4_kernel(size_t reps, double *out, size_t chains)
{
  for (size_t r = 0; r < reps; r++)
    for (size_t k = 0; k < 4 * chains; k++) out[k] = out[k] * 0.5 + 1;
}
#endif

@ The copy of each set passes its number of chains, and returns the
numbers of all its chains, which |lstm_peak| needs to count the
multiply--adds; the array |out| holds at most |LSTM_PEAK_NUMBERS|.

@d LSTM_PEAK_NUMBERS 128

@<One copy of the kernels@>=
LSTM_TARGET static size_t LSTM_COPY(peak)(size_t reps, double *out)
{
#if LSTM_WIDE
  peak_kernel(reps, out, 16);
  return 8 * 16;
#else
  peak4_kernel(reps, out, 12);
  return 4 * 12;
#endif
}

@ |lstm_peak| measures the rate of the set of kernels in use: it finds a
number of repetitions that takes at least a tenth of a second of
processor time, then times |rounds| runs of it and keeps the fastest,
since anything else the machine does can only slow a run, never speed
it. The time is the processor time of the process (C's |clock|), as in
the benchmarks above. |res->madds| is the rate in multiply--adds a
second, |res->numbers| the numbers of the set's chains, and
|res->check| the sum of those numbers after the last run, which a caller
can test: each ends at 2.

@<Public types@>=
typedef struct lstm_peak_result {
  size_t rounds, numbers, reps;
    /* the runs timed, the numbers of the chains, the repetitions of a run */
  double madds; /* multiply--adds a second, the fastest run's */
  double check; /* the sum of the numbers the chains ended with */
} lstm_peak_result;

@ @<Public functions@>=
int lstm_peak(size_t rounds, lstm_peak_result *res, lstm_error *err);
size_t lstm_peak_run(size_t reps, double *out);

@ |lstm_peak_run| runs the kernel of the set in use, for the tests: it
starts each number of |out| that the set's chains use from the value it
holds there, and returns how many numbers that is.

@<Functions@>=
size_t lstm_peak_run(size_t reps, double *out)
{
  return kernels->peak(reps, out);
}
@#
int lstm_peak(size_t rounds, lstm_peak_result *res, lstm_error *err)
{
  double out[LSTM_PEAK_NUMBERS];
  size_t reps = 1024;
  memset(res, 0, sizeof *res);
  if (rounds < 1 || rounds > LSTM_BENCH_MAX_RUNS)
    return lstm_fail(err, LSTM_EUSAGE, "the measured limit needs 1 to %d " @/
      "rounds, found %zu", LSTM_BENCH_MAX_RUNS, rounds);
@.the measured limit needs...@>
  for (size_t k = 0; k < LSTM_PEAK_NUMBERS; k++) out[k] = (double)k;
  for (;;) {
    clock_t c0 = clock();
    res->numbers = kernels->peak(reps, out);
    if ((double)(clock() - c0) / CLOCKS_PER_SEC >= 0.1 || reps >= ((size_t)1 << 40))
      break;
    reps *= 2;
  }
  res->reps = reps;
  for (res->rounds = 0; res->rounds < rounds; res->rounds++) {
    clock_t c0 = clock();
    kernels->peak(reps, out);
    const double sec = (double)(clock() - c0) / CLOCKS_PER_SEC;
    const double rate = sec > 0 ? (double)reps * (double)res->numbers / sec : 0;
    if (rate > res->madds) res->madds = rate;
  }
  res->check = 0;
  for (size_t k = 0; k < res->numbers; k++) res->check += out[k];
  if (!(res->madds > 0) || !isfinite(res->madds) || !isfinite(res->check))
    return lstm_fail(err, LSTM_EDIVERGED, "the measured limit is not a " @/
      "positive finite rate");
@.the measured limit is not...@>
  return LSTM_OK;
}

@ \.{lstm bench --peak} {\it ROUNDS\/} prints the measured limit:
$$\vbox{\halign{#\hfil\cr
\.{lstm-bench-peak 1}\cr
\.{kernels avx512}\cr
\.{\# rounds numbers repetitions madds-per-second}\cr
\.{peak 5 128 67108864 5.1...e+10}\cr}}$$
It takes no other option.

@<Declarations of the command@>=
static int bench_peak(size_t rounds);

@ @<Subcommands@>=
static int bench_peak(size_t rounds)
{
  lstm_error err;
  lstm_peak_result res;
  lstm_error_clear(&err);
  int status = lstm_peak(rounds, &res, &err);
  if (status != LSTM_OK) return report(status, &err);
  printf("lstm-bench-peak 1\nkernels %s\n# rounds numbers repetitions " @/
    "madds-per-second\npeak %zu %zu %zu %.17g\n", lstm_kernels(),
    res.rounds, res.numbers, res.reps, res.madds);
  return 0;
}

@*1 Batches, measured.
\input batch
Why should a batch be faster at all? Count what a step of BPTT reads
against what it computes. One sequence at a time, the products by $U$,
$U\out_{t-1}$ and $U^{\top}\delta\gates_t$, each do $4n^2$
multiply--adds and read each of the $4n^2$ numbers of $U$ once: one
multiply--add for every eight bytes read, an {\it arithmetic intensity\/}
of $1/8$ multiply--add per byte, whatever $n$ is. A processor that can
start $W$ multiply--adds on each of two units every cycle needs $2W$
numbers a cycle to keep busy, far more than even its first-level cache
delivers from a matrix it walks once; so the step waits for $U$ to
arrive, and is bound by memory traffic. With $B$ sequences side by side
each number of $U$, once read, serves $B$ multiply--adds, an intensity of
$B/8$ per byte, and from $B=8$ on, every number loaded into a register
is used eight times (the kernels above): the work is bound by the
arithmetic, or by what else the step does.
@^arithmetic intensity@>
@^memory traffic@>

Where $U$ lives decides how slow the traffic is. The caches of this
machine, as its C library reports them (\.{getconf}
\.{LEVEL1\_DCACHE\_SIZE} and the like, which read the processor's
description), are \batchlone~KiB of first-level data cache and
\batchltwo~KiB of second-level cache per core, and a third level that
the virtual machine reports as \batchlthree~MiB. At $n=m=128$, $U$ and
$W$ are 512~KiB each: neither fits the first level, and the two do not
fit the second together, so one sequence at a time streams them from
the second and third levels at every step.

The limit of the arithmetic can first be computed from the processor's
vector width and clock. The flags of \.{/proc/cpuinfo} name AVX-512,
eight numbers of double precision to an instruction (\batchlanes\
lanes), and its line \.{cpu MHz} gives the clock, \batchmhz~MHz. With
two units per core that each start a multiply--add on eight numbers
every cycle, which is what AMD documents for this family of processors,
a core would do at most \batchpeak~billion multiply--adds a second.
(The book's kernels do not fuse a multiplication and an addition, for
the sake of their bits; the units then start a multiplication and an
addition in each cycle, and the count is the same.) But the loop of the
section before, \.{lstm bench --peak}, measured \batchpeakmeasured~billion
a second on this machine, the fastest of its runs before and after the
batches: the line \.{cpu MHz} gives the hypervisor's nominal clock, and
the processor runs faster, as if at \batchclock~GHz with two such units.
What was measured is the limit, and the book uses it. A step of BPTT at
$n=m=128$ without an output layer has $4n(m+n)$ multiply--adds in the
forward pass, $4n^2$ in $U^{\top}\delta\gates_t$ and $4n(m+n)$ in the
weight gradients, \batchmadds\ in all, so the limit is \batchlimit~$\mu$s
per sequence-step (from the nominal clock it would be \batchnominal).
@^limit of the processor@>
@^clock of the processor@>

\midfigure{batch-1.mps}{\bf Figure 7b.\rm\enspace Microseconds per
sequence-step of BPTT's gradient on batches of $B$ sequences side by
side ($n=m=128$, $T=100$): the median processor time (solid) and the
median time of the wall clock (dashed) over \batchruns\ rounds of
\.{lstm bench --batch}, and the limit of the processor measured by
\.{lstm bench --peak} (grey). Where the dashed line cannot be seen, it lies under the solid
one: on an idle machine the wall clock and the processor time agree.}

The script \.{book/batch.sh} (run by \.{make batch-bench}) ran
$$\hbox{\.{lstm bench --method bptt --cells 128 --steps 100 --batch
1,2,4,8,16,32}}$$
and \.{lstm bench} of one sequence \batchruns\ times, on
\batchdate, on an \batchmachine, with the kernels \batchkernels, and
took the medians (Figure~7b). The machine was shared: the load average
over the last 1, 5 and 15 minutes was \batchload\ before the runs and
\batchloadafter\ after, \batchbusy. Per sequence-step, the
processor time was \batchcpuone~$\mu$s for $B=1$, \batchcputwo\ for 2,
\batchcpufour\ for 4, \batchcpueight\ for 8, \batchcpusixteen\ for 16 and
\batchcputhirtytwo\ for 32; on the wall clock \batchwallone,
\batchwalleight\ and \batchwallthirtytwo~$\mu$s for 1, 8 and 32, and
\batchsingle~$\mu$s for one sequence as \.{lstm bench} times it. The
batch of 32 is \batchgaincpu\ times as fast per sequence-step as one
sequence at a time in processor time (\batchgainwall\ on the wall
clock), and \batchoverlimit\ times the limit. A batch of two
gains nothing, since the kernels take the vectors four at a time
(forward) and eight at a time (backward); from $B=4$ the forward product
is shared, from $B=8$ the backward one too, and the gain stays.
@^speed, batches@>

The gain is smaller than the intensity promises because the products by
$U$ were never the whole step. The other three products of a step, the
input product $XW^{\top}$ and the weight gradients $\delta W$ and
$\delta U$, are products of two matrices for one sequence already, and
the kernels above take them in blocks of registers whether the batch is
one sequence or 32: a batch has nothing to share in them (summing the
sequences inside one product would change the order of additions, and
with it the bits). And a step calls the C library $6n$ times, one number
at a time: the hyperbolic tangent of the cell input and of the state
going forward and of the state again going backward, and the exponential
of each of the three gates. A profile of the batch of 32 with \.{perf},
Linux's profiler, finds the tangent the largest single share of the
step, larger than any one of the four products. Eight tangents at once
with the vector instructions could be much faster, but a vector tangent
rounds differently from the C library's, and would change
the bits of every number this book computes, the batch of one included.
So the time of a sequence-step in a batch has a floor well above the
limit of its arithmetic: the products at the limit, plus the $6n$ calls.
@^tangent, cost of@>

When batches were planned for this book, two targets were set for this
measurement, on a quiet machine: a batch of 32 within 1.5 times the
processor's limit, and at least 2.5 times as fast per sequence-step as
a batch of one. Neither is reached: \batchoverlimit\ times the measured
limit (\batchovernominal\ times the one the nominal clock gives), and
\batchgaincpu\ times as fast. The memory grows as stated: the
working storage of one sequence, its trace, its gradient and the array
|wu| of its weight gradients, is \batchmibone~MiB, and that of a batch of
32 is \batchmib~MiB, \batchmibratio\ times as much: 32 traces and 32
gradients, and one array |wu|, which the sequences share.
