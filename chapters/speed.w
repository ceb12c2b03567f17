@* Speed.
The earlier chapters counted the work of each method in multiply--adds:
$O(P)$ per step for BPTT, truncated BPTT and the internal RTRL, $O(n^2P)$
for exact RTRL. This chapter makes the counts true in seconds. A
reference implementation that is many times slower than the tools people
use will not be used to check their models; and a reader who compares
the methods by their cost should see the costs measured, not only
derived. Nearly all the arithmetic of the library is in a few products
of matrices and vectors, and this chapter writes those products once,
with care, in plain C that a compiler can turn into vector instructions.
It then times the methods with the \.{lstm bench} command and compares
the measured growth of their time and memory with the derivations.
Its last sections take the loops of exact RTRL and of the internal RTRL
in blocks that stay in the cache, and prove that the blocks give the
same bits.

The numbers come from two machines, both virtual machines with two
cores whose processors have AVX-512: an AMD EPYC (Zen~5), on which the
kernels and the blocks were chosen in November 2026, and an Intel Xeon, on which the
table of the methods and the choice of kernels when the program starts
were measured in December 2026; the comparison with PyTorch names its
machine beside its table. \.{make bench} describes the machine of its table
beside the table. Both machines are shared with other work, so every
time is the median of several runs.
@^speed@>
@^cost of the methods@>

@ Where the work is. For one step of BPTT with $m$ inputs and $n$ cells,
the forward pass computes $Wx_t$ ($4nm$ multiply--adds) and $U\out_{t-1}$
($4n^2$); the backward pass computes $U^{\top}\delta\gates_t$ ($4n^2$)
and adds $\delta\gates_t x_t^{\top}$ and $\delta\gates_t\out_{t-1}^{\top}$
to the gradient ($4nm+4n^2$). Everything else is $O(n)$: the
squashing functions, the state, the gate deltas. So about $3P$
multiply--adds per step are in products, and of those, two thirds do not
depend on the order of the steps: $Wx_t$ for all $t$ is one product
$XW^{\top}$ of two matrices, and so are $\delta W=\Delta G^{\top}X$ and
$\delta U$, once the backward walk has stored the gate deltas. Only
$U\out_{t-1}$ and $U^{\top}\delta\gates_t$ must be done step by step,
as products of a matrix and a vector. For exact RTRL the work is the
product $UH_{t-1}$ of a $4n\times n$ matrix with an $n\times P$ one: a
product of two matrices at every step.

A product of two matrices can be faster than the same number of
multiply--adds done as products of a matrix and a vector, because each
number read from memory can be used many times while it is close to the
processor. That is the whole idea of this chapter.
@^matrix product@>

@*1 The order of additions.
A dot product $\sum_l a_lb_l$ added from left to right is a chain of
additions, each waiting for the one before; a processor that could start
a new addition every cycle finishes one every three or four, and the
vector instructions that add four or eight numbers at once cannot be used
at all, since they would add the terms in another order. A C compiler
may not change the order of floating-point additions, because it changes
the rounding. So the code must choose an order that suits the machine,
and say so. |lstm_dot| keeps eight partial sums, $s_q=\sum_{l\equiv q}
a_lb_l$ over the indices $l$ that leave the remainder $q$ when divided by
eight, and adds them in a fixed tree at the end:
$$\sum_l a_lb_l=\bigl((s_0+s_4)+(s_1+s_5)\bigr)+
  \bigl((s_2+s_6)+(s_3+s_7)\bigr).$$
The eight chains are independent, so the processor overlaps them, and a
compiler can keep them in vector registers (four registers of two numbers
with the default instruction set of x86-64, one of eight with AVX-512).
@^order of additions@>
@^rounding@>

The result differs from the left-to-right sum only by rounding, and the
difference is no larger than the usual error bound of a sum; the tests
compare against the simple loop. What matters more for a reference is
that the order is fixed by the source, not by the compiler or the
machine: the same program on the same machine gives the same bits every
time, and every product of the cells' equations that forms a dot product
uses this one function (the optional output layer keeps its plain loop),
so that, for instance, the forward pass over a sequence and |lstm_step|
agree to the last bit.
@^reproducibility@>

@<Public functions@>=
double lstm_dot(const double *a, const double *b, size_t len);

@ The loop over the full groups of eight is written with an inner loop of
fixed length, which the compiler unrolls and turns into vector
instructions; the last $len\bmod8$ terms go into the first partial sums.

@d LSTM_LANES 8 /* partial sums of a dot product */

@<Kernels@>=
static LSTM_INLINE double dot_kernel(const double *a, const double *b,
  size_t len)
{
  double s[LSTM_LANES] = {0};
  size_t l = 0;
  for (; l + LSTM_LANES <= len; l += LSTM_LANES)
    for (size_t q = 0; q < LSTM_LANES; q++) s[q] += a[l + q] * b[l + q];
  for (size_t q = 0; l + q < len; q++) s[q] += a[l + q] * b[l + q];
  return ((s[0] + s[4]) + (s[1] + s[5])) + ((s[2] + s[6]) + (s[3] + s[7]));
}

@*1 Products of a matrix and a vector.
|lstm_gemv| adds $Av$ to |y|, for a matrix $A$ of |rows| rows and |cols|
columns, stored row by row: entry $r$ of the result is the dot product
of row $r$ with $v$. (The name is BLAS's, for ``general matrix times
vector''.) The transposed product $A^{\top}v$ is |lstm_mat_tvec| of the
BPTT chapter, which walks the rows of $A$ in the order they are stored.

@<Public functions@>=
void lstm_gemv(const double *A, size_t rows, size_t cols, const double *v,
  double *y);

@ @<Kernels@>=
static LSTM_INLINE void gemv_kernel(const double *A, size_t rows,
  size_t cols, const double *v, double *y)
{
  for (size_t r = 0; r < rows; r++) y[r] += dot_kernel(A + r * cols, v, cols);
}

@*1 Products of two matrices.
Three products of two matrices occur, and each is written in the form
that reads its operands in the order they are stored. In all three the
matrices are given by a pointer to their first entry and a {\it leading
dimension}, the distance from one row to the next, so that the rows of
a trace, which lie |tr->stride| numbers apart, can be used in place.
With $C$ of |rows| rows and |cols| columns, and |len| the inner
dimension:
$$\vbox{\halign{\hfil#\quad&$#$\hfil\quad&#\hfil\cr
|lstm_gemm_nt|&C\mathrel{+}=AB^{\top}&$A$ is $rows\times len$, $B$ is
  $cols\times len$;\cr
|lstm_gemm_tn|&C\mathrel{+}=A^{\top}B&$A$ is $len\times rows$, $B$ is
  $len\times cols$;\cr
|lstm_gemm_nn|&C\mathrel{+}=AB&$A$ is $rows\times len$, $B$ is
  $len\times cols$.\cr}}$$
@^leading dimension@>

@<Public functions@>=
void lstm_gemm_nt(size_t rows, size_t cols, size_t len, const double *A,
  size_t lda, const double *B, size_t ldb, double *C, size_t ldc);
void lstm_gemm_tn(size_t rows, size_t cols, size_t len, const double *A,
  size_t lda, const double *B, size_t ldb, double *C, size_t ldc);
void lstm_gemm_nn(size_t rows, size_t cols, size_t len, const double *A,
  size_t lda, const double *B, size_t ldb, double *C, size_t ldc);

@ In $AB^{\top}$ every entry is a dot product of a row of $A$ with a row
of $B$, both stored contiguously, so |lstm_gemm_nt| is a double loop of
|lstm_dot|. This is the forward pass's $XW^{\top}$. Blocking it, taking
a few rows of $W$ at a time against all the rows of $X$ so that they
stay in the first-level cache, was tried and did not pay (see the
measurements below): at $m=n=128$ a row of $W$ is a kilobyte, the whole
$X$ of a hundred steps fits in the second-level cache, and the dot
product is limited by the arithmetic, not by the memory.
(The section {\it Sequences side by side\/} below gives the AVX-512
copies of |lstm_gemm_nt| and |lstm_gemm_tn| another form, which keeps
more of the work in registers, with the same bits.)

@<Kernels@>=
static LSTM_INLINE void gemm_nt_kernel(size_t rows, size_t cols, size_t len,
  const double *A, size_t lda, const double *B, size_t ldb, double *C,
  size_t ldc)
{
  for (size_t r = 0; r < rows; r++)
    for (size_t c = 0; c < cols; c++)
      C[r * ldc + c] += dot_kernel(A + r * lda, B + c * ldb, len);
}

@ In $A^{\top}B=\sum_t a_t^{\top}b_t$, with $a_t$ and $b_t$ the rows of
$A$ and $B$, every term is an outer product: row $r$ of $C$ receives
$A_{tr}$ times the row $b_t$. This is the form of $\delta W=\sum_t
\delta\gates_t x_t^{\top}$, and the simplest code adds the $T$ outer
products one after the other. But then each outer product runs over all
of $C$, $4n\times m$ numbers (half a megabyte at $m=n=128$), which falls
out of the first-level cache before the next outer product comes back
to it: every multiply--add reads and writes an entry of $C$ in the slower
second-level cache. |lstm_gemm_tn| instead takes |LSTM_ROW_BLOCK| rows of
$C$ at a time and adds to them all $T$ outer products before it moves on;
sixteen rows of $128$ numbers are sixteen kilobytes, which stay in the
first-level cache while the $T$ rows of $B$ stream past. Each entry of $C$
still receives its terms in the order $t=0,1,\ldots$, so the result is
bit for bit that of the simple loop.
@^blocking for the cache@>

@d LSTM_ROW_BLOCK 16 /* rows of $C$ that |lstm_gemm_tn| keeps in the cache */

@<Kernels@>=
static LSTM_INLINE void gemm_tn_kernel(size_t rows, size_t cols, size_t len,
  const double *A, size_t lda, const double *B, size_t ldb, double *C,
  size_t ldc)
{
  for (size_t r0 = 0; r0 < rows; r0 += LSTM_ROW_BLOCK) {
    const size_t r1 = r0 + LSTM_ROW_BLOCK < rows ? r0 + LSTM_ROW_BLOCK : rows;
    for (size_t t = 0; t < len; t++) {
      const double *a = A + t * lda, *b = B + t * ldb;
      for (size_t r = r0; r < r1; r++) {
        const double ar = a[r];
        double *c = C + r * ldc;
        for (size_t l = 0; l < cols; l++) c[l] += ar * b[l];
      }
    }
  }
}

@ In $AB$, row $r$ of $C$ is $\sum_l A_{rl}$ times row $l$ of $B$: again
rows of $B$ added to rows of $C$, read in the order they are stored. This
is exact RTRL's $UH_{t-1}$, where $C$ has only the four rows of one cell
and is short enough to stay in the first-level cache; the last sections of this
chapter block the columns so that it is. The loop over $l$ is outside the loop
over the rows of $C$, so that a row of $B$, once read, serves all of
them. Each entry receives its terms in the order $l=0,1,\ldots$.

@<Kernels@>=
static LSTM_INLINE void gemm_nn_kernel(size_t rows, size_t cols, size_t len,
  const double *A, size_t lda, const double *B, size_t ldb, double *C,
  size_t ldc)
{
  for (size_t l = 0; l < len; l++) {
    const double *b = B + l * ldb;
    for (size_t r = 0; r < rows; r++) {
      const double arl = A[r * lda + l];
      double *c = C + r * ldc;
      for (size_t k = 0; k < cols; k++) c[k] += arl * b[k];
    }
  }
}

@*1 Choosing the kernels when the program starts.
The default build must run on every x86-64 processor, so it is compiled
for the instruction set they all share, whose vector instructions work on
two numbers at once. The processor that runs it may have wider ones:
AVX2, four numbers at once, or AVX-512, eight. \.{make fast} uses them by
compiling everything for the machine at hand, and the program then runs
on no other. The default build instead carries the kernels of this
chapter, the transposed product |lstm_mat_tvec| of the BPTT chapter and
the loop |carry_row| of the internal RTRL's blocks (at the end of this
chapter), three times over: as the build compiles them, for AVX2 and for
AVX-512.
When the program starts, it asks the processor which of these it can run
and takes the widest; the public functions |lstm_dot|, |lstm_gemv|,
|lstm_gemm_nt|, |lstm_gemm_tn|, |lstm_gemm_nn| and |lstm_mat_tvec|, and
the internal RTRL's |carry_row|, pass each call on to the copy chosen. The rest of the program, whose loops
are short or wait for the exponentials, stays as the build compiles it.
So the first \.{make} gives the speed of \.{make fast}, and its program
still runs everywhere.
@^runtime dispatch@>
@^instruction set@>
@^AVX-512@>

The three copies compute the same bits. An instruction set changes how
many of the independent operations are done at once, not which
operations are done nor in what order: the order of every sum is fixed
by the source (the eight partial sums of |lstm_dot| fill one register of
AVX-512, two of AVX2 or four of the portable instruction set),
\.{-std=c11} forbids the compiler to fuse a
multiplication and an addition into one rounding, and every addition and
multiplication is rounded correctly by IEEE~754, whatever instruction
does it. The test suite computes the gradient of every method, and
every product on awkward sizes, with every copy the processor can run,
and requires the bits of the portable copy.
@^reproducibility@>

@ The copies are made with two extensions of GCC and Clang, and only
where both exist and the processor is an x86-64; elsewhere there is one
copy, the portable one, and the program is plain C11. Each kernel above
is written once, as a |static inline| function that the compiler must
inline (|LSTM_INLINE|); a copy is a small function, compiled for one
instruction set by the attribute |target|, that calls the kernel, so
that the kernel's body is compiled inside it for that instruction set.
One more line keeps the copies equal under Clang. Under \.{-std=c11}
GCC never fuses a multiplication and an addition; Clang does, within one
expression, wherever the instruction set has fused multiply--adds, as
AVX-512 has, so that its AVX-512 copy would round differently from the
others. C11's pragma \.{FP\_CONTRACT} forbids it; GCC does not know the
pragma and would warn, so only Clang is given it.
@^fused multiply--add@>
@s LSTM_INLINE static

@<Private declarations@>=
#if defined(__x86_64__) && defined(__GNUC__)
#define LSTM_DISPATCH 1
#define LSTM_INLINE @[inline __attribute__((always_inline))@]
#else
#define LSTM_DISPATCH 0
#define LSTM_INLINE @[inline@]
#endif
#if defined(__clang__)
#pragma STDC@,FP_CONTRACT OFF
#endif

@ One set of copies is a row of a table: the name by which the set is
known, and a pointer to each of its kernels. The three products of two
matrices share one type.
@s lstm_kernel_set int
@s lstm_gemm_fn int

@<Private declarations@>=
typedef void lstm_gemm_fn(size_t rows, size_t cols, size_t len,
  const double *A, size_t lda, const double *B, size_t ldb, double *C,
  size_t ldc);
typedef struct lstm_kernel_set {
  const char *name;
  double (*dot)(const double *a, const double *b, size_t len);
  void (*gemv)(const double *A, size_t rows, size_t cols, const double *v,
    double *y);
  lstm_gemm_fn *gemm_nt, *gemm_tn, *gemm_nn;
  void (*mat_tvec)(const double *A, size_t rows, size_t cols,
    const double *v, double *result);
  void (*carry_row)(double *s, double *g, size_t len, const double *v,
    size_t ldv, size_t steps, const double *keep, const double *coef,
    const double *e);
  void (*gemv_batch)(const double *A, size_t rows, size_t cols,
    const double *const *v, double *const *y, size_t count);
  void (*mat_tvec_batch)(const double *A, size_t rows, size_t cols,
    const double *const *v, double *const *result, size_t count);
  void (*snap_steps)(double *s, double *h, double *g, size_t len,
    const double *v, size_t ldv, size_t steps, const snap_factors *c,
    const double *d, size_t ldd, const int *target);
  void (*uoro_rows)(double *tt, double *g, size_t len, const double *v,
    double keep, const double *coef, int add0, double d0, int add1,
    double d1, double *sums);
  size_t (*peak)(size_t reps, double *out);
} lstm_kernel_set;

@ A copy of the kernels is this section, compiled three times: each time
|LSTM_SET| is the name of the set, which |LSTM_COPY| appends to the name
of each function, and |LSTM_TARGET| is its attribute.

@s LSTM_TARGET static
@d LSTM_PASTE(f, set) f##_##set
@d LSTM_NAME(f, set) LSTM_PASTE(f, set) /* expands |set| first */
@d LSTM_COPY(f) LSTM_NAME(f, LSTM_SET)

@<One copy of the kernels@>=
LSTM_TARGET static double LSTM_COPY(dot)(const double *a, const double *b,
  size_t len)
{
  return dot_kernel(a, b, len);
}
@#
LSTM_TARGET static void LSTM_COPY(gemv)(const double *A, size_t rows,
  size_t cols, const double *v, double *y)
{
  gemv_kernel(A, rows, cols, v, y);
}
@#
LSTM_TARGET static void LSTM_COPY(gemm_nt)(size_t rows, size_t cols,
  size_t len, const double *A, size_t lda, const double *B, size_t ldb,
  double *C, size_t ldc)
{
#if LSTM_WIDE
  gemm_nt_wide_kernel(rows, cols, len, A, lda, B, ldb, C, ldc);
#else
  gemm_nt_kernel(rows, cols, len, A, lda, B, ldb, C, ldc);
#endif
}
@#
LSTM_TARGET static void LSTM_COPY(gemm_tn)(size_t rows, size_t cols,
  size_t len, const double *A, size_t lda, const double *B, size_t ldb,
  double *C, size_t ldc)
{
#if LSTM_WIDE
  gemm_tn_wide_kernel(rows, cols, len, A, lda, B, ldb, C, ldc);
#else
  gemm_tn_kernel(rows, cols, len, A, lda, B, ldb, C, ldc);
#endif
}
@#
LSTM_TARGET static void LSTM_COPY(gemm_nn)(size_t rows, size_t cols,
  size_t len, const double *A, size_t lda, const double *B, size_t ldb,
  double *C, size_t ldc)
{
  gemm_nn_kernel(rows, cols, len, A, lda, B, ldb, C, ldc);
}
@#
LSTM_TARGET static void LSTM_COPY(mat_tvec)(const double *A, size_t rows,
  size_t cols, const double *v, double *result)
{
  mat_tvec_kernel(A, rows, cols, v, result);
}
@#
LSTM_TARGET static void LSTM_COPY(carry_row)(double *s, double *g,
  size_t len, const double *v, size_t ldv, size_t steps, const double *keep,
  const double *coef, const double *e)
{
  carry_row_kernel(s, g, len, v, ldv, steps, keep, coef, e);
}
@#
LSTM_TARGET static void LSTM_COPY(snap_steps)(double *s, double *h,
  double *g, size_t len, const double *v, size_t ldv, size_t steps,
  const snap_factors *c, const double *d, size_t ldd, const int *target)
{
  snap_steps_kernel(s, h, g, len, v, ldv, steps, c, d, ldd, target);
}
@#
LSTM_TARGET static void LSTM_COPY(uoro_rows)(double *tt, double *g,
  size_t len, const double *v, double keep, const double *coef, int add0,
  double d0, int add1, double d1, double *sums)
{
  uoro_rows_kernel(tt, g, len, v, keep, coef, add0, d0, add1, d1, sums);
}

@ The three copies, and the table of the sets. The portable set comes
first and the widest last; |kernels| points to the set in use, the
portable one until the processor has been asked.

@<Functions@>=
@<Kernels@>@;
#define LSTM_SET portable
#define LSTM_TARGET
#define LSTM_WIDE 0
@<One copy of the kernels@>@;
#undef LSTM_SET
#undef LSTM_TARGET
#undef LSTM_WIDE
#if LSTM_DISPATCH
#define LSTM_SET avx2
#define LSTM_TARGET @[__attribute__((target("avx2")))@]
#define LSTM_WIDE 0
@<One copy of the kernels@>@;
#undef LSTM_SET
#undef LSTM_TARGET
#undef LSTM_WIDE
#define LSTM_SET avx512
#define LSTM_TARGET @[__attribute__((target("avx512f")))@]
#define LSTM_WIDE 1 /* registers of eight numbers: see |gemv_wide_kernel| */
@<One copy of the kernels@>@;
#undef LSTM_SET
#undef LSTM_TARGET
#undef LSTM_WIDE
#endif
static const lstm_kernel_set kernel_sets[] = {
  {"portable", dot_portable, gemv_portable, gemm_nt_portable,
    gemm_tn_portable, gemm_nn_portable, mat_tvec_portable,
    carry_row_portable, gemv_batch_portable, mat_tvec_batch_portable,
    snap_steps_portable, uoro_rows_portable, peak_portable},@/
#if LSTM_DISPATCH
  {"avx2", dot_avx2, gemv_avx2, gemm_nt_avx2, gemm_tn_avx2, gemm_nn_avx2,
    mat_tvec_avx2, carry_row_avx2, gemv_batch_avx2, mat_tvec_batch_avx2,
    snap_steps_avx2, uoro_rows_avx2, peak_avx2},@/
  {"avx512", dot_avx512, gemv_avx512, gemm_nt_avx512, gemm_tn_avx512,
    gemm_nn_avx512, mat_tvec_avx512, carry_row_avx512, gemv_batch_avx512,
    mat_tvec_batch_avx512, snap_steps_avx512, uoro_rows_avx512, peak_avx512},
#endif
};
static const lstm_kernel_set *kernels = &kernel_sets[0];

@ A set can run when the processor has its instructions and the
operating system saves their registers; |__builtin_cpu_supports| asks
both. The choice is made by a function that GCC runs before |main| (the
attribute |constructor|), so that it is made once, before any thread
could call a kernel. It is the library's one global variable, written
only here and by |lstm_use_kernels| below.

@<Functions@>=
static int kernels_can_run(const lstm_kernel_set *set)
{
#if LSTM_DISPATCH
  if (strcmp(set->name, "avx512") == 0)
    return __builtin_cpu_supports("avx512f");
  if (strcmp(set->name, "avx2") == 0) return __builtin_cpu_supports("avx2");
#endif
  return strcmp(set->name, "portable") == 0;
}
@#
#if LSTM_DISPATCH
static void choose_kernels(void) __attribute__((constructor));
static void choose_kernels(void)
{
  __builtin_cpu_init();
  for (size_t k = 0; k < sizeof kernel_sets / sizeof kernel_sets[0]; k++)
    if (kernels_can_run(&kernel_sets[k])) kernels = &kernel_sets[k];
}
#endif

@ The public kernels pass their calls on.

@<Functions@>=
double lstm_dot(const double *a, const double *b, size_t len)
{
  return kernels->dot(a, b, len);
}
@#
void lstm_gemv(const double *A, size_t rows, size_t cols, const double *v,
  double *y)
{
  kernels->gemv(A, rows, cols, v, y);
}
@#
void lstm_gemm_nt(size_t rows, size_t cols, size_t len, const double *A,
  size_t lda, const double *B, size_t ldb, double *C, size_t ldc)
{
  kernels->gemm_nt(rows, cols, len, A, lda, B, ldb, C, ldc);
}
@#
void lstm_gemm_tn(size_t rows, size_t cols, size_t len, const double *A,
  size_t lda, const double *B, size_t ldb, double *C, size_t ldc)
{
  kernels->gemm_tn(rows, cols, len, A, lda, B, ldb, C, ldc);
}
@#
void lstm_gemm_nn(size_t rows, size_t cols, size_t len, const double *A,
  size_t lda, const double *B, size_t ldb, double *C, size_t ldc)
{
  kernels->gemm_nn(rows, cols, len, A, lda, B, ldb, C, ldc);
}
@#
void lstm_mat_tvec(const double *A, size_t rows, size_t cols,
  const double *v, double *result)
{
  kernels->mat_tvec(A, rows, cols, v, result);
}

@ A program can ask for a set by its name, \.{portable}, \.{avx2} or
\.{avx512}; the tests do, to compare the sets, and the \.{lstm} command
does when the environment variable \.{LSTM\_KERNELS} names one.
|lstm_kernels| returns the name of the set in use, which \.{lstm bench}
prints. A program that calls |lstm_use_kernels| must do so before it
starts threads that compute.
@^environment variable@>

@<Public functions@>=
const char *lstm_kernels(void);
int lstm_use_kernels(const char *name, lstm_error *err);

@ The command reads the variable once, before it runs a subcommand, and
refuses a name it cannot use rather than quietly take another set:
\.{LSTM\_KERNELS=portable lstm bench} times the portable kernels, and
\.{LSTM\_KERNELS=avx512} on a processor without AVX-512 is an error.

@<Use the kernels that \.{LSTM\_KERNELS} names...@>=
{
  const char *want = getenv("LSTM_KERNELS");
  lstm_error err;
  if (want && lstm_use_kernels(want, &err) != LSTM_OK) {
    fprintf(stderr, "lstm: LSTM_KERNELS: %s\n", err.msg);
    return 2;
  }
}

@ @<Functions@>=
const char *lstm_kernels(void)
{
  return kernels->name;
}
@#
int lstm_use_kernels(const char *name, lstm_error *err)
{
  const size_t count = sizeof kernel_sets / sizeof kernel_sets[0];
  char can[64] = "";
  for (size_t k = 0; k < count; k++)
    if (kernels_can_run(&kernel_sets[k])) {
      if (strcmp(name, kernel_sets[k].name) == 0) {
        kernels = &kernel_sets[k];
        return LSTM_OK;
      }
      if (can[0]) strcat(can, ", ");
      strcat(can, kernel_sets[k].name);
    }
  return lstm_fail(err, LSTM_EUSAGE, "expected kernels that this build " @/
    "and processor can run (%s), found '%s'", can, name);
@.expected kernels that this build...@>
}

@*1 What the kernels gained.
Each choice above was measured on the EPYC machine, with the products at
the sizes of the measurements later in the chapter, $m=n=128$ and
$T=100$; the times are for one call, the best of several, compiled with
\.{-O3} for the instruction set every x86-64 processor has (the portable
copy) and with \.{-O3 -march=native}, which there adds AVX-512, in
microseconds:
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad\hfil#\quad
  &\vrule#&\quad\hfil#\quad&\vrule#&\quad\hfil#\quad&\vrule#&\quad\hfil#\quad
  &\vrule#&\quad#\hfil\cr
\bf product&&\bf simple&&\bf kernel&&\bf simple, native&&\bf kernel, native
  &&\bf the choice\cr
\noalign{\hrule}
$Wx$&&$18.3$&&$8.0$&&$17.7$&&$4.1$&&eight partial sums\cr
$XW^{\top}$&&$806$&&$806$&&$313$&&$310$&&none (blocks tried)\cr
$\Delta G^{\top}X$&&$863$&&$772$&&$346$&&$272$&&blocks of 16 rows of $C$\cr
$U^{\top}\delta\gates$&&$7.7$&&$5.5$&&$3.9$&&$3.9$&&four rows at a time\cr}}$$
Here $W$ is $512\times128$, $X$ and $\Delta G$ have a hundred rows, and
``simple'' is the loop that a first implementation would write: the
left-to-right dot product, or one outer product after another.
The eight partial sums pay most, a factor of two to four, because the
simple loop can neither overlap its additions nor use vector
instructions. Blocking $XW^{\top}$ gained nothing and was left out, as
the section on |lstm_gemm_nt| says. Blocking $\Delta G^{\top}X$ gains a
tenth in the portable copy and a fifth with AVX-512, where the
arithmetic is quick enough for the memory to matter. Taking four rows of
$U$ at a time in the transposed product gains a third in the portable
copy and nothing with AVX-512. The blocked orders of the last sections were
measured on the whole method, on the same machine, with and without
each. Exact RTRL's blocks of columns make a step at $m=n=64$ take $50$
milliseconds instead of about $85$ with \.{-march=native}, and gain two
per cent in the portable build (the last sections of this chapter give
the numbers).
For the internal RTRL at $m=n=128$, computing the gradient row by row
right after the row's sensitivities, instead of after all of them, takes
a step from $79\,\mu$s to $71\,\mu$s (portable) and from $46\,\mu$s to
$43\,\mu$s (native); computing the tangent of each cell's state once per
step instead of once per gate row saves another $6\,\mu$s of the native
build; and, for the gradient of a whole sequence, carrying each row of
the sensitivities through blocks of eight steps, two steps a pass,
instead of one step at a time, takes a step from $59$ to $50\,\mu$s
(portable) and from $44$ to $28\,\mu$s (native; the last sections of
this chapter give the measurements for other block lengths).
@^blocking for the cache@>

The compiler matters as much as the code. At \.{-O2}, GCC~12 does not turn
the eight partial sums into vector instructions, and the product $Wx$
takes $22\,\mu$s, slower than the simple loop; that is why the default
build uses \.{-O3}. Neither build uses \.{-ffast-math} or fused
multiply--adds (\.{-std=c11} turns their contraction off), so the order of
every operation is the one the source gives, and the two builds, like the
three copies of the kernels, compute the same numbers: the tests pass
unchanged on both, and the two give the same gradients to the last bit.
@^reproducibility@>

@*1 Timing a method.
|lstm_bench| measures how long a method of the method table takes per
step on a network of $n$ cells with $m=n$ inputs and no output layer,
over one sequence of $T$ steps with a target at every step; this is the
shape of the measurements later in the chapter. The weights are
drawn uniformly
from $[-0.1,0.1]$, the inputs and targets from $[-1,1]$, all from fixed
seeds, so that every run does the same arithmetic. The method runs once
to warm the caches and to let the memory it allocates be mapped, and
then again and again, at least |LSTM_BENCH_RUNS| times and for at least
|LSTM_BENCH_SECONDS| seconds in all, but at most |LSTM_BENCH_MAX_RUNS|
times. The time per step reported is the median of the runs divided by
$T$: the median, not the mean or the minimum, because on a shared
machine a few runs are slowed by other work, and the median ignores
them without flattering the method. The memory reported is the peak of
the method's working storage, |work_bytes| of its |lstm_stats|.
@^median@>
@^benchmark@>

@<Public constants@>=
#define LSTM_BENCH_RUNS 5
#define LSTM_BENCH_MAX_RUNS 101
#define LSTM_BENCH_SECONDS 0.2

@ @<Public types@>=
typedef struct lstm_bench_result {
  size_t n, T; /* cells (and inputs) and steps */
  size_t runs; /* timed runs, after the warm-up */
  double seconds_per_step; /* the median run's time over $T$ */
  double cpu_per_step; /* the same in processor time */
  size_t work_bytes; /* the method's peak working storage */
} lstm_bench_result;

@ @<Public functions@>=
int lstm_bench(const lstm_method *meth, long param, size_t n, size_t T,
  lstm_bench_result *res, lstm_error *err);

@ The clock is C11's |timespec_get| with |TIME_UTC|, which has a
resolution of nanoseconds on the systems this book was tested on. It is
a wall clock, so it counts what the reader waits for, including time
the process is not running; the median keeps such runs out. The seconds
and the nanoseconds are subtracted separately: as one |double|, a time
of day of $1.7\times10^9$ seconds keeps only about a quarter of a
microsecond of resolution, too little for the smallest runs. Beside
it the benchmark reports the processor time of the process (C's
|clock|), also the median over the runs: on a machine shared with other
programs it leaves out the time the process waited for a core, which
the wall clock counts.
@^clock@>

@<Functions@>=
static double bench_since(const struct timespec *start)
{
  struct timespec now;
  if (timespec_get(&now, TIME_UTC) != TIME_UTC) return 0;
  return (double)(now.tv_sec - start->tv_sec) +
    1e-9 * (double)(now.tv_nsec - start->tv_nsec);
}
@#
static int compare_doubles(const void *a, const void *b)
{
  const double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

@ @<Functions@>=
int lstm_bench(const lstm_method *meth, long param, size_t n, size_t T,
  lstm_bench_result *res, lstm_error *err)
{
  lstm_net net, grad;
  lstm_data data;
  double times[LSTM_BENCH_MAX_RUNS], total = 0;
  int status;
  memset(res, 0, sizeof *res);
  res->n = n; res->T = T;
  if (T < 1) return lstm_fail(err, LSTM_EUSAGE,
    "a benchmark needs at least one step");
@.a benchmark needs at least one step@>
  if ((status = bench_problem(n, T, &net, &data, err)) != LSTM_OK)
    return status;
  if ((status = lstm_net_like(&grad, &net, err)) == LSTM_OK) {
    @<Run the method once to warm up, then time it until enough runs are
      done@>;
    lstm_net_free(&grad);
  }
  lstm_net_free(&net);
  lstm_data_free(&data);
  return status;
}

@ @<Run the method once...@>=
{
  lstm_stats st = {0};
  double loss, cpu[LSTM_BENCH_MAX_RUNS];
  status = lstm_gradient(&net, &data, meth, param, &grad, &loss, &st, err);
  while (status == LSTM_OK && res->runs < LSTM_BENCH_MAX_RUNS &&
      (res->runs < LSTM_BENCH_RUNS || total < LSTM_BENCH_SECONDS)) {
    struct timespec start;
    clock_t c0 = clock();
    timespec_get(&start, TIME_UTC);
    status = lstm_gradient(&net, &data, meth, param, &grad, &loss, &st, err);
    times[res->runs] = bench_since(&start);
    cpu[res->runs] = (double)(clock() - c0) / CLOCKS_PER_SEC;
    total += times[res->runs++];
  }
  if (status == LSTM_OK) {
    qsort(times, res->runs, sizeof times[0], compare_doubles);
    res->seconds_per_step = times[res->runs / 2] / (double)T;
    qsort(cpu, res->runs, sizeof cpu[0], compare_doubles);
    res->cpu_per_step = cpu[res->runs / 2] / (double)T;
    res->work_bytes = st.work_bytes;
  }
}

@ The problem of a benchmark: the network and the sequence described
above.

@<Private declarations@>=
static int bench_problem(size_t n, size_t T, lstm_net *net, lstm_data *data,
  lstm_error *err);

@ @<Functions@>=
static int bench_problem(size_t n, size_t T, lstm_net *net, lstm_data *data,
  lstm_error *err)
{
  lstm_rng rng;
  lstm_seq *seq;
  int status = lstm_net_init(net, n, n, n, LSTM_OUT_NONE, err);
  if (status != LSTM_OK) return status;
  lstm_rng_seed(&rng, 1);
  lstm_net_randomize(net, &rng, 0.1);
  lstm_data_init(data, n, n);
  if ((status = lstm_data_add(data, T, &seq, err)) != LSTM_OK) {
    lstm_net_free(net);
    return status;
  }
  for (size_t t = 0; t < T; t++) {
    double *y = lstm_target_set(seq, t, err);
    if (!y) {
      lstm_net_free(net);
      lstm_data_free(data);
      return LSTM_ENOMEM;
    }
    for (size_t l = 0; l < n; l++) {
      seq->x[t * n + l] = lstm_rng_uniform(&rng, -1, 1);
      y[l] = lstm_rng_uniform(&rng, -1, 1);
    }
  }
  return LSTM_OK;
}

@*1 Fitting an exponent.
A cost that grows as a power, $y=cx^p$, is a straight line of slope $p$
between $\log x$ and $\log y$. |lstm_fit_exponent| fits that line by
least squares to |count| points and returns its slope,
$$p={\sum_k(u_k-\bar u)(v_k-\bar v)\over\sum_k(u_k-\bar u)^2},\qquad
  u_k=\log x_k,\quad v_k=\log y_k.$$
It returns a NaN when there are fewer than two distinct $x$, or when an
$x$ or a $y$ is not positive, since then there is no slope to fit. The
fitted exponent of time in $n$ tells whether a method's time per step
grows as the derivation says, $n^2$ for $O(P)$ with $m=n$ and $n^4$ for
exact RTRL; the fitted exponent of memory in $T$ tells whether the
memory grows with the sequence (exponent 1) or not (exponent 0).
@^least squares@>
@^exponent, fitted@>

@<Public functions@>=
double lstm_fit_exponent(const double *x, const double *y, size_t count);

@ @<Functions@>=
double lstm_fit_exponent(const double *x, const double *y, size_t count)
{
  double mu = 0, mv = 0, suv = 0, suu = 0;
  if (count < 2) return NAN;
  for (size_t k = 0; k < count; k++) {
    if (!(x[k] > 0) || !(y[k] > 0)) return NAN;
    mu += log(x[k]) / (double)count;
    mv += log(y[k]) / (double)count;
  }
  for (size_t k = 0; k < count; k++) {
    const double u = log(x[k]) - mu, v = log(y[k]) - mv;
    suv += u * v;
    suu += u * u;
  }
  return suu > 0 ? suv / suu : NAN;
}

@*1 \.{lstm bench}.
The command
$$\hbox{\.{lstm bench [--method }{\it LIST\/}\.{] [--cells }{\it LIST\/}%
\.{] [--steps }{\it LIST\/}\.{]}}$$
times every method of the first list on every network size $n$ of the
second ($m=n$ inputs) and every sequence length $T$ of the third, and
prints one line for each, then the fitted exponents. Lists are separated
by commas, as in \.{--cells 8,16,32}. Without \.{--method} every method
of the table is timed, a method with a parameter as \.{tbptt:10}; the
cells default to \.{8,16,32,64} and the steps to \.{10,20,40}, which
takes a minute or so, most of it exact RTRL at $n=64$. The output is
meant for programs as well as for people:
$$\vbox{\halign{#\hfil\cr
\.{lstm-bench 2}\cr
\.{kernels avx512}\cr
\.{\# method cells steps runs us-per-step work-bytes}\cr
\.{\qquad cpu-us-per-step}\cr
\.{bptt 64 10 101 12.25... 491776 12.1...}\cr
$\quad\ldots$\cr
\.{time-exponent bptt steps 10 1.93...}\cr
\.{memory-exponent bptt cells 64 0.99...}\cr}}$$
A line \.{time-exponent} {\it method\/} \.{steps} $T$ $p$ says that at
$T$ steps the time per step grew as $n^p$ over the cells of the list; a
line \.{memory-exponent} {\it method\/} \.{cells} $n$ $q$ says that with
$n$ cells the working storage grew as $T^q$ over the steps of the list.
A fit needs two sizes at least; with one, its lines are left out.
@^benchmark@>

@<Rows of the table of subcommands@>=
{"bench", "time the gradient methods and fit their growth", cmd_bench},

@ @<Declarations of the command@>=
#define BENCH_LIST_MAX 16
static int cmd_bench(int argc, char **argv);
static void print_fit(const char *what, const char *name, const char *size,
  size_t at, double p);
static int read_size_list(const char *what, const char *text, size_t max,
  size_t list[BENCH_LIST_MAX], size_t *count);
static int bench_method(const lstm_method *meth, long param,
  const size_t *cells, size_t ncells, const size_t *steps, size_t nsteps);

@ The methods to time are kept as rows of the method table and their
parameters; those given on the command line are looked up as \.{lstm
grad} looks them up.

@<Subcommands@>=
static int cmd_bench(int argc, char **argv)
{
  const lstm_method *meth[BENCH_LIST_MAX];
  long param[BENCH_LIST_MAX];
  size_t nmeth = 0, cells[BENCH_LIST_MAX] = {8, 16, 32, 64}, ncells = 4,
    steps[BENCH_LIST_MAX] = {10, 20, 40}, nsteps = 3;
  size_t batch[BENCH_LIST_MAX], nbatch = 0; /* \.{--batch}, if given */
  size_t peak = 0; /* \.{--peak}, if given */
  const char *methods = NULL;
  if (wants_help(argc, argv)) {
    printf("usage: lstm bench [--method LIST] [--cells LIST] [--steps LIST]\n" @/
      "                  [--batch LIST] | --peak ROUNDS\n" @/
      "Time the gradient of each method (all methods unless given; tbptt\n" @/
      "as tbptt:10) on networks of n cells and n inputs for every n of\n" @/
      "--cells (8,16,32,64) and sequences of every length T of --steps\n" @/
      "(10,20,40); print the median time per step in microseconds and\n" @/
      "the working storage in bytes, then the exponents of time in n\n" @/
      "and of memory in T fitted by least squares. Lists are separated\n" @/
      "by commas. With --batch, time BPTT's gradient of B sequences side\n" @/
      "by side for every B of the list, per sequence and step. With\n" @/
      "--peak, measure the most multiply-adds a second the kernels'\n" @/
      "instructions reach on one core, the fastest of ROUNDS runs.\n");
    return 0;
  }
  @<Read the options of \.{lstm bench}@>;
  if (peak > 0) {
    if (argc > 2) return usage_error("bench", "--peak takes no other " @/
      "option%s", "");
@.--peak takes no other option@>
    return bench_peak(peak);
  }
  @<Make the list of methods to time@>;
  if (nbatch > 0) return bench_batches(methods, meth, nmeth, cells, ncells,
    steps, nsteps, batch, nbatch);
  printf("lstm-bench 2\nkernels %s\n" @/
    "# method cells steps runs us-per-step work-bytes cpu-us-per-step\n",
    lstm_kernels());
  for (size_t q = 0; q < nmeth; q++) {
    int status = bench_method(meth[q], param[q], cells, ncells, steps,
      nsteps);
    if (status != 0) return status;
  }
  return 0;
}

@ @<Read the options of \.{lstm bench}@>=
for (int a = 0; a < argc; a++) {
  cmd_arg opt;
  const char *arg = opt.opt, *val;
  int status = 0;
  if (next_arg("bench", argc, argv, &a, NULL, &opt) != 0) return 2;
  val = opt.val;
  if (strcmp(arg, "--method") != 0 && strcmp(arg, "--cells") != 0 &&
      strcmp(arg, "--steps") != 0 && strcmp(arg, "--batch") != 0 &&
      strcmp(arg, "--peak") != 0)
    return usage_error("bench", "unknown argument '%s'", arg[0] ? arg : val);
  if (arg[2] == 'm') methods = val;
  else if (arg[2] == 'p') {
    size_t one[BENCH_LIST_MAX], count = 0;
    status = read_size_list("--peak", val, LSTM_BENCH_MAX_RUNS, one, &count);
    if (status == 0 && count != 1)
      return usage_error("bench", "--peak takes one number of rounds, " @/
        "found '%s'", val);
@.--peak takes one number...@>
    if (status == 0) peak = one[0];
  }
  else if (arg[2] == 'b')
    status = read_size_list("--batch", val, LSTM_MAX_BATCH, batch, &nbatch);
  else if (arg[2] == 'c')
    status = read_size_list("--cells", val, LSTM_MAX_DIM, cells, &ncells);
  else status = read_size_list("--steps", val, LSTM_MAX_PARAMS, steps,
    &nsteps);
  if (status != 0) return status;
}

@ @<Make the list of methods to time@>=
if (methods) {
  char spec[LSTM_NAME_MAX];
  for (const char *p = methods; ; ) {
    size_t len = strcspn(p, ",");
    if (nmeth == BENCH_LIST_MAX || len == 0 || len >= sizeof spec)
      return usage_error("bench", "expected a list of at most 16 methods " @/
        "separated by commas, found '%s'", methods);
@.expected a list of at most...@>
    memcpy(spec, p, len);
    spec[len] = '\0';
    if (!(meth[nmeth] = find_method("bench", spec, &param[nmeth]))) return 2;
    nmeth++;
    if (p[len] == '\0') break;
    p += len + 1;
  }
} else
  for (const lstm_method *mt; nmeth < BENCH_LIST_MAX &&
      (mt = lstm_method_at(nmeth)) != NULL; nmeth++) {
    meth[nmeth] = mt;
    param[nmeth] = mt->takes_param == 1 ? 10 : 0;
  }

@ A list of sizes is one or more whole numbers from 1 to |max|, separated
by commas, at most |BENCH_LIST_MAX| of them, and no size twice: a fit
through points of one size has no slope (it would be $0/0$), and a
repeated size only repeats a measurement.

@<Subcommands@>=
static int read_size_list(const char *what, const char *text, size_t max,
  size_t list[BENCH_LIST_MAX], size_t *count)
{
  const char *p = text;
  *count = 0;
  for (;;) {
    char *end;
    unsigned long long v;
    if (*p < '0' || *p > '9' || *count == BENCH_LIST_MAX ||
        (v = strtoull(p, &end, 10), v < 1 || v > max) ||
        (*end != ',' && *end != '\0')) {
      fprintf(stderr, "lstm bench: expected after %s a list of at most %d " @/
        "whole numbers from 1 to %zu separated by commas, found '%s'; " @/
        "try 'lstm bench --help'\n", what, BENCH_LIST_MAX, max, text);
@.expected after...a list of...@>
      return 2;
    }
    for (size_t q = 0; q < *count; q++)
      if (list[q] == (size_t)v) {
        fprintf(stderr, "lstm bench: expected after %s sizes that differ, " @/
          "found %llu twice in '%s'; try 'lstm bench --help'\n", what, v, text);
@.expected after...sizes that differ@>
        return 2;
      }
    list[(*count)++] = (size_t)v;
    if (*end == '\0') return 0;
    p = end + 1;
  }
}

@ For one method, every size is timed and printed as soon as it is
measured, so that a long benchmark shows its progress; the times are
kept for the fits. The memory per size is kept too.

@<Subcommands@>=
static int bench_method(const lstm_method *meth, long param,
  const size_t *cells, size_t ncells, const size_t *steps, size_t nsteps)
{
  double secs[BENCH_LIST_MAX][BENCH_LIST_MAX],
    bytes[BENCH_LIST_MAX][BENCH_LIST_MAX];
  char name[LSTM_NAME_MAX];
  lstm_error err;
  lstm_error_clear(&err);
  snprintf(name, sizeof name, meth->takes_param && param ? "%s:%ld" : "%s",
    meth->name, param);
  for (size_t c = 0; c < ncells; c++)
    for (size_t s = 0; s < nsteps; s++) {
      lstm_bench_result res;
      int status = lstm_bench(meth, param, cells[c], steps[s], &res, &err);
      if (status != LSTM_OK) return report(status, &err);
      printf("%s %zu %zu %zu %.17g %zu %.17g\n", name, res.n, res.T,
        res.runs, 1e6 * res.seconds_per_step, res.work_bytes,
        1e6 * res.cpu_per_step);
      fflush(stdout);
      secs[c][s] = res.seconds_per_step;
      bytes[c][s] = (double)res.work_bytes;
    }
  @<Print the fitted exponents of time in $n$ and of memory in $T$@>;
  return 0;
}

@ @<Print the fitted exponents...@>=
{
  double x[BENCH_LIST_MAX], y[BENCH_LIST_MAX];
  if (ncells > 1)
    for (size_t s = 0; s < nsteps; s++) {
      for (size_t c = 0; c < ncells; c++) {
        x[c] = (double)cells[c]; y[c] = secs[c][s];
      }
      print_fit("time-exponent", name, "steps", steps[s],
        lstm_fit_exponent(x, y, ncells));
    }
  if (nsteps > 1)
    for (size_t c = 0; c < ncells; c++) {
      for (size_t s = 0; s < nsteps; s++) {
        x[s] = (double)steps[s]; y[s] = bytes[c][s];
      }
      print_fit("memory-exponent", name, "cells", cells[c],
        lstm_fit_exponent(x, y, nsteps));
    }
}

@ A fit that is not a number (a time or a memory measured as zero has no
logarithm) is not printed as \.{nan}, which a script would take for a
result: the line is left out, and standard error says why.

@<Subcommands@>=
static void print_fit(const char *what, const char *name, const char *size,
  size_t at, double p)
{
  if (isfinite(p)) printf("%s %s %s %zu %.17g\n", what, name, size, at, p);
  else fprintf(stderr, "lstm bench: no %s for %s at %s %zu: a measurement " @/
    "was zero\n", what, name, size, at);
@.no...exponent...@>
}

@*1 The measurements.
\input bench
\ifx\benchkernels\undefined \def\benchkernels{portable}\fi
% (output of lstm bench before it named its kernels: there were no others)
The table was written by \.{make bench} on \benchdate, on this machine:
\benchmachine. It times the default build, with the \.{\benchkernels}
kernels, and the fast build with \.{lstm bench} (raw output in
\.{book/bench-default.txt} and \.{book/bench-fast.txt}). Times are
microseconds per step, the median of at least five runs; the memory is
the method's peak working storage with the default build, at the
sequence length of the row.\tablelabel{bench}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad\hfil#\quad
  &\vrule#&\quad\hfil#\quad&\vrule#&\quad\hfil#\quad&\vrule#&\quad\hfil#\quad
  &\vrule#&\quad\hfil#\cr
\bf method&&$n=m$&&$T$&&\bf default&&\bf fast&&\bf memory, kB\cr
\noalign{\hrule}
\benchrows}}$$
The fitted exponents, time per step against $n$ (at $T=100$, and at
$T=20$ for \.{rtrl}) and memory against $T$ (from $T=25$ to $200$, and
from $5$ to $20$ for \.{rtrl}). Exact RTRL is timed at the longest of its
three lengths because each sequence first sets up its $(3n+4)P$ numbers
of sensitivities, a fixed cost that the shorter sequences spread over
fewer steps; at $T=5$ and $T=10$ that cost, and the noise of timing a
few milliseconds, move the fitted exponent by about $\pm0.1$ from run to
run.\tablelabel{exponents}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&\quad\hfil#\quad
  &\vrule#&\quad\hfil#\quad&\vrule#&\quad#\hfil\cr
\bf method&&\bf time in $n$, default&&\bf fast&&\bf memory in $T$\cr
\noalign{\hrule}
\benchfits}}$$
@^benchmark@>

@ What the numbers say. The $O(P)$ methods should grow as $n^2$ when
$m=n$, and they grow more slowly, as $n^{1.6}$ to $n^{1.7}$, because at
small $n$ the work per step is not yet dominated by the products: the
$5n$ exponentials and tangents of a step, and the fixed cost of each
call, weigh more. Exact RTRL, whose products are $4n^2P\approx32n^4$
multiply--adds per step, grows as the fourth power, a little less at the
small end for the same reason. The internal RTRL does the same order of
work per step as BPTT, and its time follows BPTT's closely at every
size: at $n=128$ it is \benchratiodefault\ times BPTT's with the default
build and \benchratiofast\ times with the fast one. It does so because
its gradient of a whole sequence carries each row of $\tilde s$ through
blocks of eight steps while the row is in the first-level cache (the
last sections of this chapter explain how, and why the result is the
same to the last bit), so that $\tilde s$ and the gradient pass through
the slower caches once in eight steps. Taken one step at a time, as the
online step that a training loop calls still is, it reads and writes
$\tilde s$ and the whole gradient at every step, $2.8$ megabytes in all
with the weights at $n=128$, more than the second-level cache holds;
on the EPYC machine that made it $1.46$ times BPTT's time in the
portable build and $1.62$ times with \.{-march=native}, whose quicker
arithmetic waits longer for the memory.
The memory of BPTT and of truncated BPTT (whose implementation here
keeps the whole trace, as its chapter says) grows in proportion to $T$;
that of the two RTRL methods does not change at all.
@^cost of the methods@>

@ At $m=n=128$ and $T=100$, then, BPTT takes \benchbpttdefault\
microseconds per step with the default build and \benchbpttfast\ with
the fast one; with the simple loops of the earlier chapters, compiled
with \.{-O2}, it took about $124\,\mu$s on the EPYC machine. The
internal RTRL takes \benchirtrldefault\ and \benchirtrlfast\ $\mu$s,
\benchratiodefault\ and \benchratiofast\ times BPTT. Exact RTRL's
time per step grows as $n^{\benchrtrlexpdefault}$ with the default build
and $n^{\benchrtrlexpfast}$ with the fast one between $n=8$ and $64$,
against the $n^4$ of the derivation; the two builds run the same
AVX-512 kernels here, and their exponents agree. The memory is constant in $T$ for
\.{rtrl} and \.{irtrl} (fitted exponents \benchrtrlmemexp\ and
\benchirtrlmemexp) and linear for \.{bptt} (\benchbpttmemexp).
@^cost of the methods@>

@ The default build of the table chose the AVX-512 kernels when it
started, and so it keeps up with the fast build. Timed with more care,
with the default build also forced to its portable kernels, the medians
of seven runs of \.{lstm bench --cells 128 --steps 100} for \.{bptt}
and \.{irtrl}, and of three runs of \.{--steps 2} for \.{rtrl}, the
builds taking turns, were, in microseconds per step:%
\tablelabel{kernels}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&&\quad\hfil#\quad\cr
&&\.{bptt}&&\.{irtrl}&&\.{rtrl}\cr
\noalign{\hrule}
default build&&$60.2$&&$66.0$&&$1.54\times10^6$\cr
default build, \.{LSTM\_KERNELS=portable}&&$76.8$&&$76.0$&&$2.16\times10^6$\cr
fast build&&$60.5$&&$61.4$&&$1.60\times10^6$\cr
default over fast&&$0.99$&&$1.07$&&$0.96$\cr}}$$
measured on 2 December 2026 at a quiet moment (a load below $1$ on the
two cores; the runs of each cell lay within $5$ per cent of
their median). The fast build is compiled with
\.{-mprefer-vector-width=512} where the compiler and the processor have
AVX-512 (the Makefile asks the compiler): without it GCC tunes
\.{-march=native} on this processor to vectors of four numbers, and the
fast build took $71$ microseconds a step of BPTT, slower than the
default build's AVX-512 kernels, which are compiled for no particular
processor and use vectors of eight. The internal RTRL keeps a little of
its distance from the fast build because its online step's rows, and
everything outside |carry_row|, stay as the default build compiles them.
@^runtime dispatch@>

@ None of this changes a bit of the results. The kernels that add their
terms in the order of the simple loops give the simple loops' results,
and the internal RTRL's gradient of a whole sequence, taken in blocks of
steps, gives that of its online step; the kernels compiled for AVX2 and
AVX-512 give those of the portable copy. The test suite checks each of
these bit for bit. The fast build, which the tests do not build, gives
the gradients of the default build to the last bit on the Xeon machine
(\.{lstm grad} of each, for every method, on the same files, compared
with \.{cmp}). Every
test passes with the tolerance it had before the kernels,
including \.{rtrl} against \.{bptt} to $10^{-10}$, the worked example to
$10^{-12}$, and the training test that asks for bit-identical networks
from the same seed.
@^reproducibility@>

@*1 As a user runs it, beside PyTorch.
\input torchspeed
\input threads % the parts of the process, measured in the threads chapter
The measurements above are taken inside the program, per step. A user
runs a whole process: \.{lstm grad MODEL SEQ}, which reads two files
of decimal numbers, computes, and writes the gradient. The researcher
who compares this book with PyTorch wants that time, beside the time of
the same gradient in PyTorch. \.{make torchspeed} measures both
(\.{tests/torchspeed.py}; optional, like \.{make crosscheck} of the
appendix, since it needs Debian's \.{python3-torch}). One network with
$m=n=128$ and no output layer and 40 sequences of $T=100$ steps with a
target at every step, drawn at random, are written in the book's formats
(a sequence file of \torchmegabytes\ megabytes); the default build and
the fast build each run \.{lstm grad --method bptt --threads 1} as a
whole process, reading included; and PyTorch's \.{nn.LSTM}, in double
precision on one thread with the same weights and data, computes the
same loss and its gradient in its own process, once one sequence at a
time, as this book does, and once as one batch of all 40. The script
writes its medians into \.{book/torchspeed.tex}, which this table reads:
on \torchdate, on an \torchmachine\ with \torchcores\ cores, with PyTorch
\torchversion, the medians of \torchruns\ runs of each were, in
seconds:\tablelabel{pytorch}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&&\quad\hfil#\quad\cr
&&time&&ratio\cr
\noalign{\hrule}
\.{nn.LSTM}, one sequence at a time&&\torchone&&\cr
\.{nn.LSTM}, a batch of 40&&\torchbatch&&\cr
\.{lstm grad}, default build&&\torchdefault&&\torchdefaultone, \torchdefaultbatch\cr
\.{lstm grad}, fast build&&\torchfast&&\torchfastone, \torchfastbatch\cr}}$$
where a ratio is PyTorch's time, one at a time and batched, over the
book's. The machine was shared with other work (its load averages were
\torchloadbefore\ before and \torchloadafter\ after), which slows both
sides; the ratios, taken in one run of the script, are what to read.
Where the book's time goes is measured in the section ``Two threads,
measured'' of the threads chapter: of \threadscpuone\ seconds of
processor time on one thread, \threadscompute\ compute the gradient and
\threadsserial\ read and check the two files' 1.2 million decimal
numbers and write the gradient's 131,584. So a user sees the book's code
\torchdefaultone\ times as fast as PyTorch one sequence at a time and
\torchdefaultbatch\ times as fast as its batch of 40, and half of what
the user waits for is decimal numbers going in and out, which no
arithmetic kernel shortens: a faster gradient alone cannot make the
whole process much more than twice as fast as it is.
@^PyTorch@>
@^speed, whole process@>

@*1 RTRL and the internal RTRL in blocks.
The chapters on exact RTRL and on the internal RTRL give the plain loops
that implement their recursions as derived. What the method table runs,
in \.{lstm grad} and in the benchmark above, is the same arithmetic in
another order, taken in blocks so that the numbers a loop reads stay in
a cache while they are used. These last sections give the two blocked
orders, the proof that each gives the plain loop's result bit for bit,
and what the blocks gained. The plain loops stay in the program: exact
RTRL's runs when the online object's |blocked| is 0 (it is 1 unless a
caller changes it, so training with exact RTRL uses the blocked order
too), and the internal RTRL's is the online object itself, which
training steps one step at a time because the weights change after every
step. The tests run both orders of each method and ask for the same
bits.
@^blocking for the cache@>

@ Exact RTRL in blocks of columns. Every column of the recursion is
independent of the others: column $k$ of $S_t$ and $H_t$ needs only
column $k$ of $S_{t-1}$, $H_{t-1}$ and $D_t$. The update is therefore
done one block of columns at a time, and for each block, cell after
cell. This changes nothing in the arithmetic, only its order in memory,
and it matters: $H_{t-1}$ has $nP$ entries (17 megabytes at $m=n=64$),
far more than a cache holds, and each of the $n$ cells reads all of it.
Taken a block at a time, the block of $H_{t-1}$ stays in the
second-level cache while the $n$ cells read it. The block is
|rtrl_block_width| columns wide, chosen so that the block of $H_{t-1}$
takes a quarter of a megabyte. Measured at $m=n=64$ on the EPYC
machine, a step of the fast build took $50$ milliseconds with the blocks
and $83$ to $89$ without them: its arithmetic is quick enough to wait
for the memory. In the default build, then with the portable kernels
only, the arithmetic was the limit, and the blocks gained two per cent
($88$ against $90$ milliseconds). On the Xeon machine the table of the
methods gives about $87$ milliseconds for both builds.
@^blocking for the cache@>

@<Update the exact sensitivities in blocks of columns@>=
{
  const size_t width = rtrl_block_width(n);
  double *swap = r->H;
  r->H = r->Hprev; r->Hprev = swap;
  for (size_t c0 = 0; c0 < cols; c0 += width) {
    const size_t c1 = c0 + width < cols ? c0 + width : cols;
    for (size_t j = 0; j < n; j++) {
      @<Form in a block the rows of $G_t$ for cell |j|@>;
      @<Update in a block row |j| of $S_t$ and $H_t$@>;
    }
  }
}

@ @<Private declarations@>=
static size_t rtrl_block_width(size_t n);
static void add_in_range(double *G, size_t c0, size_t c1, size_t start,
  const double *v, size_t len);

@ @d LSTM_RTRL_BLOCK_BYTES (256 * 1024) /* a block of $H_{t-1}$ */

@<Functions@>=
static size_t rtrl_block_width(size_t n)
{
  size_t width = LSTM_RTRL_BLOCK_BYTES / (n * sizeof(double));
  return width < LSTM_LANES ? LSTM_LANES : width;
}

@ The rows of $G_t$ in a block. The product with $H_{t-1}$ is
|lstm_gemm_nn| of this chapter, for the four rows $r=qn+j$ of $U$,
which lie $n^2$ numbers apart, and the columns $c_0$ to $c_1-1$ of
$H_{t-1}$; |add_in_range| adds the part of each run of sources that
falls into the block.
@^sensitivity recursion@>

@<Form in a block the rows...@>=
{
  static const double one = 1;
  for (size_t q = 0; q < 4; q++)
    memset(r->G + q * cols + c0, 0, (c1 - c0) * sizeof *r->G);
  lstm_gemm_nn(4, c1 - c0, n, net->U + j * n, n * n, r->Hprev + c0, cols,
    r->G + c0, cols);
  for (size_t q = 0; q < 4; q++) {
    const size_t row = q * n + j;
    double *G = r->G + q * cols;
    add_in_range(G, c0, c1, row * m, x, m);
    add_in_range(G, c0, c1, 4 * n * m + row * n, out_prev, n);
    add_in_range(G, c0, c1, 4 * n * (m + n) + row, &one, 1);
  }
}

@ |add_in_range| adds $v_l$ to entry $start+l$ of |G|, for the entries
that lie in the block $c_0\le start+l<c_1$.

@<Functions@>=
static void add_in_range(double *G, size_t c0, size_t c1, size_t start,
  const double *v, size_t len)
{
  size_t from = c0 > start ? c0 - start : 0,
    to = c1 < start + len ? (c1 > start ? c1 - start : 0) : len;
  for (size_t l = from; l < to; l++) G[start + l] += v[l];
}

@ The rows of $S_t$ and $H_t$ in a block, by the formulas and the
factors of the plain loop.

@<Update in a block row...@>=
{
  double c[5];
  const double *Ga = r->G, *Gi = Ga + cols, *Gf = Gi + cols, *Go = Gf + cols;
  double *Sj = r->S + j * cols, *Hj = r->H + j * cols;
  cell_factors(net, r->g, j, state_prev[j], state[j], c);
  for (size_t k = c0; k < c1; k++) {
    Sj[k] = c[0] * Ga[k] + c[1] * Gi[k] + c[2] * Gf[k] + f[j] * Sj[k];
    Hj[k] = c[3] * Sj[k] + c[4] * Go[k];
  }
}

@ Why the blocks of columns give the same result. An entry of $G_t$ in
the plain loop starts
at zero, receives $U_{rl}H_{t-1,lk}$ for $l=0,1,\ldots,n-1$ in that
order, and then its one source, if it has one. In a block it starts at
zero from the |memset|, |lstm_gemm_nn| adds the same products in the
same order (each entry receives its terms in the order $l=0,1,\ldots$,
as that section says), and |add_in_range| then adds the same source:
every operation on the entry is the same, on the same operands, in the
same order, and the blocks only interleave operations on different
entries, which do not touch each other's numbers. Row $j$ of $S_t$ and
$H_t$ is then formed entry by entry by the same expression, with the
same factors. So the blocked update gives the plain loop's $S_t$ and
$H_t$ to the last bit, at every step, and the gradient that is added
from them is the same too. (It would not be so if a compiler were
allowed to fuse a multiplication and an addition in one loop and not in
the other; \.{-std=c11} forbids it.) A test runs the online object with
|blocked| set to 0 and to 1, on networks of several blocks of columns,
and compares the bits of the gradients and of the losses.
@^rounding@>

@ The internal RTRL over a whole sequence, in blocks of steps.
The method table asks for the gradient of a whole sequence with the
weights held fixed, and wants it only at the end. The loop of exact RTRL,
one |lstm_rtrl_step| after another, computes it, and that is the plain
loop of the internal RTRL's chapter; but at the sizes that matter it
waits for the memory, not for the arithmetic. At $m=n=128$, $\tilde s$ and the
gradient are a megabyte each, as large as the second-level cache of the
EPYC machine, and every step reads and writes both of
them, for five arithmetic operations on each entry.
@^blocking for the cache@>
@^internal RTRL, blocked@>

The recursion allows another order. Entry $k$ of $\tilde s_t$ needs only
entry $k$ of $\tilde s_{t-1}$ and quantities of the forward pass at step
$t$: the gates, the previous state and the source $v_{t,k}$. Entry $k$ of
the gradient receives $\Delta^s_{t,j}\tilde s_{t,k}$ (or the one-step term of an
output gate), which again needs entry $k$ and nothing else of $\tilde s$.
No entry depends on another, and the forward pass does not depend on
$\tilde s$ at all. So the forward pass may run ahead of the
sensitivities. |irtrl_grad| takes the sequence in blocks of
$B=|LSTM_IRTRL_BLOCK|$ steps. For each block it first runs the forward
equations of its $B$ steps, keeping what the recursion needs of them: the
gates, the states and outputs, and the two errors $\Delta^s_t$ and $\Delta_t
\tanh(\state_t)o_t(1-o_t)$ of each cell, about $8n$ numbers a step.
Then it sweeps the rows of parameters once: for each row it carries the
row's sensitivities through the $B$ steps and adds the row's $B$
contributions to the gradient, while the row of $\tilde s$ and the row of
the gradient, two kilobytes each at $m=n=128$, stay in the first-level
cache. The two megabytes of $\tilde s$ and the gradient pass through the
slower caches once a block instead of once a step. Within the row,
|carry_row| takes two steps at a time: it reads an entry of $\tilde s$
and of the gradient once, applies two steps' updates and adds two steps'
terms, and writes them back once, so that even the first-level cache is
read and written half as often as step by step.

@ Why the blocks of steps give the same result. Every entry of $\tilde s$ and of the
gradient goes through exactly the operations it goes through in the
step-by-step loop, on the same operands, in the same order: the update of
step $t$, then the addition of step $t$'s term, then those of step
$t+1$. Only the operations on {\it different\/} entries are interleaved
differently, and those do not touch each other's numbers. The forward
pass is the same calls of |lstm_step| and of the output layer, in the
same order, and the losses are added in the same order. So the result is
not merely equal up to rounding: it is bit for bit the result of the
step-by-step loop, and the tests check that, besides checking it against
cut BPTT. The reordering changes nothing in the mathematics; it is the
same recursion, evaluated by rows of $\theta$ within a block instead of
by steps. One detail: a step without a target has no errors, and
|carry_row| adds it with the errors set to zero, $0\cdot\tilde s_{t,k}$,
instead of skipping it. That changes no bit: the gradient starts at
$+0$, a sum in IEEE arithmetic is $-0$ only when both terms are, so no
entry of the gradient is ever $-0$, and adding $\pm0$ to any other number
leaves it as it is. (It would differ if a sensitivity overflowed to
infinity, where $0\cdot\infty$ is not a number; the step-by-step loop
would then give infinities at the next step with a target instead.)
@^rounding@>

The online object, |lstm_rtrl_step|, keeps the order of one step at a
time. It must: a training loop that changes the weights after every step
cannot run ahead of them, since the next step's forward pass uses the
changed weights.

@ The block's storage is one allocation: $\tilde s$, $P$ numbers; the
states and outputs of the $B$ steps and of the step before the block,
$2(B+1)n$; the gates, $4Bn$; the two errors, $2Bn$; and $\Delta_t$ and
the output layer's scratch, $n+2k$. That is $P+(8B+3)n+2k$ numbers, with
$B$ a constant, so the memory does not depend on $T$; it is the same for
a sequence shorter than a block. The block length was measured at
$m=n=128$ and $T=100$ on the EPYC machine (time per
step in microseconds, default build and fast build, the median of three
runs of \.{lstm bench}):\tablelabel{irtrlblock}
$$\vbox{\offinterlineskip\halign{\strut#\hfil\quad&\vrule#&&\quad\hfil#\quad\cr
$B$&&$1$&&$2$&&$4$&&$8$&&$16$&&$32$\cr
\noalign{\hrule}
default&&$59.3$&&$49.7$&&$49.5$&&$50.3$&&$49.9$&&$50.3$\cr
fast&&$43.7$&&$31.6$&&$29.5$&&$28.3$&&$28.5$&&$29.7$\cr}}$$
With $B=1$ the function does what the step-by-step loop does, in the
same order; the step-by-step loop itself took $69.3$ and $43.7\,\mu$s
there, against BPTT's $47.4$ and $26.9$ (ratios $1.46$ and $1.62$). Two steps a pass gain most, a
sixth in the default build and more than a quarter in the fast one, whose
arithmetic is quick enough to wait for the memory. Beyond four steps the
times are flat within the noise of the machine, a few per cent from one
run to the next. $B=8$ was kept: $\tilde s$ and the gradient pass
through the slower caches once in eight steps, and the sources that the
sweep reads for every row, the block's inputs and outputs, $B(m+n)$
numbers, sixteen kilobytes at $m=n=128$, still fit in the first-level
cache beside the two rows.

@<Public constants@>=
#define LSTM_IRTRL_BLOCK 8 /* steps of a block of |irtrl_grad| */

@ @<Private declarations@>=
static int irtrl_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);
static void carry_row(double *s, double *g, size_t len, const double *v,
  size_t ldv, size_t steps, const double *keep, const double *coef,
  const double *e);

@ @<Functions@>=
static int irtrl_grad(const lstm_net *net, const lstm_seq *seq, long param,
  lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  const size_t m = net->m, n = net->n, k = net->k, B = LSTM_IRTRL_BLOCK,
    count = net->P + (8 * B + 3) * n + 2 * k;
  double *v = alloc_doubles(count), *S, *states, *outs, *gates, *es, *eo,
    *Delta, *pred, *e;
  (void)param;
  if (!v) return lstm_fail(err, LSTM_ENOMEM,
    "out of memory for the internal RTRL of %zu parameters", net->P);
@.out of memory for the internal...@>
  @<Point the parts of the block's storage into its allocation@>;
  *loss = 0;
  for (size_t t0 = 0; t0 < seq->T; t0 += B) {
    const size_t steps = seq->T - t0 < B ? seq->T - t0 : B;
    @<Run the forward equations of the block's steps@>;
    for (size_t row = 0; row < 4 * n; row++)
      @<Carry the sensitivities of row |row| through the block, and add
        its gradient@>;
    memcpy(states, states + steps * n, n * sizeof *states);
    memcpy(outs, outs + steps * n, n * sizeof *outs);
  }
  lstm_net_mask(net, grad->theta);
  if (st && count * sizeof(double) > st->work_bytes)
    st->work_bytes = count * sizeof(double);
  free(v);
  return LSTM_OK;
}

@ The parts, in the order of the count above: $\tilde s$, the states,
the outputs, the gates, the errors at the states and at the output
gates, $\Delta_t$, and the output layer's prediction and error.

@<Point the parts of the block's storage...@>=
S = v;
states = S + 4 * n * (m + n + 1);
outs = states + (B + 1) * n;
gates = outs + (B + 1) * n;
es = gates + 4 * B * n;
eo = es + B * n;
Delta = eo + B * n;
pred = Delta + n;
e = pred + k;

@ Slot $b$ of |states| and |outs| holds the state and output before step
$t_0+b$, so slot 0 is what the previous block left (zeros before the
first), and step $t_0+b$ writes slot $b+1$. The errors are computed as
the online step computes them, by the same section.

@<Run the forward equations of the block's steps@>=
for (size_t b = 0; b < steps; b++) {
  const size_t t = t0 + b;
  const double *y = lstm_target(seq, t);
  double *g = gates + 4 * b * n, *state = states + (b + 1) * n,
    *out = outs + (b + 1) * n, *err_state = es + b * n, *err_out = eo + b * n;
  lstm_step(net, seq->x + t * m, outs + b * n, states + b * n, g, state, out);
  if (y) {
    *loss += lstm_output_forward_x(net, out, seq->x + t * m, y, pred);
    memset(Delta, 0, n * sizeof *Delta);
    lstm_output_backward_x(net, out, seq->x + t * m, pred, y, Delta, grad, e);
    @<Compute the errors at the cells' states and output gates@>;
  }
}

@ For one row, the factors of its recursion at each step of the block
are found first, by the section of the online step, with the names that
section uses pointing into the block's storage; the error that
multiplies the row's term is $\Delta^s_{t,j}$ for the rows of $a$, $i$, $f$,
the output gate's factor for the rows of $o$, and zero at a step without
a target. The three parts of a row of $a$, $i$ or $f$, in $W$, $U$ and
$b$, are then carried through the block by |carry_row|, with the inputs
of the block, the previous outputs, and the constant 1 as sources; the
sources of the steps lie |ldv| numbers apart, $m$ for the inputs, $n$
for the outputs, and 0 for the constant. A row of $o$ has no
sensitivities, and its one-step terms are added step by step.

@<Carry the sensitivities of row |row|...@>=
{
  static const double one = 1;
  const size_t j = row % n;
  double keeps[LSTM_IRTRL_BLOCK], coefs[LSTM_IRTRL_BLOCK],
    errs[LSTM_IRTRL_BLOCK];
  for (size_t b = 0; b < steps; b++) {
    @<Name the quantities of step |t0+b|@>;
    double keep, coef;
    @<Find the factors |keep| and |coef|...@>;
    keeps[b] = keep; coefs[b] = coef;
    errs[b] = !lstm_target(seq, t0 + b) ? 0 : row < 3 * n ? err_state[j] :
      err_out[j];
  }
  if (row < 3 * n) {
    carry_row(S + row * m, grad->theta + row * m, m, seq->x + t0 * m, m,
      steps, keeps, coefs, errs);
    carry_row(S + 4 * n * m + row * n, grad->theta + 4 * n * m + row * n, n,
      outs, n, steps, keeps, coefs, errs);
    carry_row(S + 4 * n * (m + n) + row, grad->theta + 4 * n * (m + n) + row,
      1, &one, 0, steps, keeps, coefs, errs);
  } else
    for (size_t b = 0; b < steps; b++) {
      update_row(grad->theta + row * m, seq->x + (t0 + b) * m, m, 1,
        errs[b]);
      update_row(grad->theta + 4 * n * m + row * n, outs + b * n, n, 1,
        errs[b]);
      update_row(grad->theta + 4 * n * (m + n) + row, &one, 1, 1, errs[b]);
    }
}

@ The names of step $t_0+b$ that the online step's sections use.

@<Name the quantities of step |t0+b|@>=
const double *g = gates + 4 * b * n, *f = g + 2 * n,
  *state_prev = states + b * n, *err_state = es + b * n,
  *err_out = eo + b * n

@ |carry_row| carries |len| entries of $\tilde s$, at |s|, through
|steps| steps, with the factors |keep| and |coef| of each step and the
sources of step $b$ at |v+b*ldv|, and adds the error of each step times
the new sensitivity to the entries of the gradient at |g|. Two steps at a
time it keeps the entry in a register between them:
$$s'=\kappa_b s+\gamma_bv_b,\quad s''=\kappa_{b+1}s'+\gamma_{b+1}v_{b+1},
  \quad g\gets(g+\Delta^s_bs')+\Delta^s_{b+1}s'',$$
the same operations, in the same order, as two calls of the step. Its
loop over the entries is the internal RTRL's longest, so it is one of
the kernels that the program compiles for each instruction set and
chooses among when it starts (|carry_row| passes the call on to the copy
in use, as the public kernels do).

@<Kernels@>=
static LSTM_INLINE void carry_row_kernel(double *s, double *g, size_t len,
  const double *v, size_t ldv, size_t steps, const double *keep,
  const double *coef, const double *e)
{
  size_t b = 0;
  for (; b + 2 <= steps; b += 2) {
    const double *v0 = v + b * ldv, *v1 = v0 + ldv, k0 = keep[b],
      k1 = keep[b + 1], c0 = coef[b], c1 = coef[b + 1], e0 = e[b],
      e1 = e[b + 1];
    for (size_t l = 0; l < len; l++) {
      const double s0 = k0 * s[l] + c0 * v0[l], s1 = k1 * s0 + c1 * v1[l];
      g[l] = (g[l] + e0 * s0) + e1 * s1;
      s[l] = s1;
    }
  }
  if (b < steps) {
    update_row(s, v + b * ldv, len, keep[b], coef[b]);
    update_row(g, s, len, 1, e[b]);
  }
}

@ @<Functions@>=
static void carry_row(double *s, double *g, size_t len, const double *v,
  size_t ldv, size_t steps, const double *keep, const double *coef,
  const double *e)
{
  kernels->carry_row(s, g, len, v, ldv, steps, keep, coef, e);
}

@i chapters/threads.w
@i chapters/batch.w
@i chapters/snapblock.w
@i chapters/uoropass.w

@*1 Exercises.
\exercise{speed.1}{25}
Run the benchmark of BPTT at $n=128$ with $T=10$, 100 and 1000 (the
options are those of this chapter's command) and explain how BPTT's time per step changes with $T$. Which part of the
work is done once per sequence, and which once per step?

\exercise{speed.2}{30}
This book compiles with \.{-std=c11}, under which GCC does not fuse a
multiplication and an addition into one instruction. Build with
\.{-ffp-contract=fast} as well, measure the speed of BPTT in the fast
build, and measure how far the worked example's gradient moves, in
units of the last place. Which of the book's tests would notice?

\exercise{speed.3}{40}
The internal RTRL's gradient of a whole sequence takes its steps in
blocks of eight, but the online step that training calls cannot: the
weights change after every step. Find the largest part of the online
step that can still be blocked, implement it, and measure the training
loop of the lag task at $p=100$.

