@*1 UORO's pass over $\tilde\theta$.
A step of UORO ends with one pass over its $P$ numbers of $\tilde\theta$
and the gradient (the section ``Update $\tilde z$ and $\tilde\theta$''
of the chapter on UORO): each entry is scaled, moved along the backward
step, squared into the norm, and added to the gradient. Written as one
entry after another, with the norm's four partial sums indexed by
$l\bmod4$, the pass ran one number at a time in the default build, and
it, not the memory, set the pace of the step. This section writes it so that each instruction works on four
numbers, with every operation on every entry unchanged, so that the
committed results of UORO stay what they are.
@^UORO, speed@>

@ Why the compiler does not find it alone. The norm of a row's part is
four sums, $p_i=\sum_{l\equiv i\;(\bmod 4)}y_l^2$, each added up in the
order of $l$, and $(p_0+p_1)+(p_2+p_3)$ at the end. Four consecutive
entries go to the four different sums, so one vector register of four
numbers holds the four sums, and one vector addition adds the squares of
four consecutive entries, each to its own sum, in its order. But GCC,
asked to vectorize the loop for AVX-512, takes eight entries at a time,
two to each sum, and must then add them one at a time to keep each sum's
order: it shuffles the numbers and adds them singly, and the pass was no
faster than the loop that takes one number at a time. A second limit is the sums' own chain:
the $32$ additions of a part of $128$ entries wait for each other, three
or four cycles each, so four rows are carried together, their sixteen
sums in four registers that do not wait for each other.
@^vector registers@>

@ Four numbers as one value, |lstm_four|. Where the program compiles its
copies of the kernels (GCC or Clang on an x86-64, |LSTM_DISPATCH|), it is
their vector type of four |double|s, as |lstm_v8| is of eight for the
products of batches, whose arithmetic works lane by lane,
each lane rounded as the same operation on one |double| would be; it is
loaded and stored with |memcpy|, which compiles to one instruction and
needs no alignment. Elsewhere it is an array of four in a |struct|, and
the same functions do the same operations one lane at a time. The
functions take and give the values through pointers (a vector of four
passed by value would be passed differently with and without AVX, and
GCC warns of it). |four_lin| sets $r_i=a_ib_i+c_ie_i$ and |four_add_mul|
sets $r_i\gets r_i+a_ib_i$: each multiplied, rounded, added and rounded,
never fused (\.{-std=c11}).

@<Kernels@>=
#if LSTM_DISPATCH
typedef double lstm_four __attribute__((vector_size(32)));
#else
typedef struct lstm_four { double x[4]; } lstm_four;
#endif
static LSTM_INLINE void four_load(lstm_four *a, const double *p)
{
  memcpy(a, p, sizeof *a);
}
static LSTM_INLINE void four_store(double *p, const lstm_four *a)
{
  memcpy(p, a, sizeof *a);
}
static LSTM_INLINE void four_splat(lstm_four *a, double x)
{
  const double four[4] = {x, x, x, x};
  memcpy(a, four, sizeof *a);
}
static LSTM_INLINE double four_lane(const lstm_four *a, int i)
{
  double four[4];
  memcpy(four, a, sizeof four);
  return four[i];
}
#if LSTM_DISPATCH
static LSTM_INLINE void four_lin(lstm_four *r, const lstm_four *a,
  const lstm_four *b, const lstm_four *c, const lstm_four *e)
{
  *r = *a * *b + *c * *e;
}
static LSTM_INLINE void four_add_mul(lstm_four *r, const lstm_four *a,
  const lstm_four *b)
{
  *r = *r + *a * *b;
}
#else
static LSTM_INLINE void four_lin(lstm_four *r, const lstm_four *a,
  const lstm_four *b, const lstm_four *c, const lstm_four *e)
{
  for (int i = 0; i < 4; i++) r->x[i] = a->x[i] * b->x[i] + c->x[i] * e->x[i];
}
static LSTM_INLINE void four_add_mul(lstm_four *r, const lstm_four *a,
  const lstm_four *b)
{
  for (int i = 0; i < 4; i++) r->x[i] = r->x[i] + a->x[i] * b->x[i];
}
#endif

@ |uoro_rows| updates the entries of $\tilde\theta$ of |UORO_ROWS|
consecutive rows, |len| entries a row, the rows one after another at
|tt|: entry $l$ of row $k$ becomes |keep| times itself plus |coef[k]|
times |v[l]|. It adds to the gradient at |g|, laid out as |tt|, |d0|
times the entry before the update if |add0| is set (the term a step held
back), and then |d1| times the entry after it if |add1| is set (|g| is
|NULL| when neither is); and it puts the sum of the squares of row $k$'s
new entries in |sums[k]|, added up as above. The loop takes four entries
of each of the four rows at a time; the last |len| mod 4 entries of each
row, and all of a row's part in $b$, whose |len| is 1, go one at a time
into the same four sums. Each entry receives the operations of the loop
it replaced, $t=|keep|\cdot y+c_kv$, $p\gets p+t\cdot t$, $g\gets g+d\,t$, in
that order, and each sum its terms in the order of $l$: the same bits.
|uoro_four_rows| is the loop for one choice of |add0| and |add1|, which
|uoro_rows_kernel| calls with constants, so that each choice has a loop
without a test inside. It is one of the kernels that the program
compiles for each instruction set and chooses among when it starts; the
tests compare the bits of every copy.

@<Kernels@>=
static LSTM_INLINE void uoro_four_rows(double *tt, double *g, size_t len,
  const double *v, double keep, const double *coef, int add0, double d0,
  int add1, double d1, double *sums)
{
  const size_t whole = len - len % 4;
  lstm_four kappa, delta0, delta1, sum[UORO_ROWS], c[UORO_ROWS];
  four_splat(&kappa, keep), four_splat(&delta0, d0), four_splat(&delta1, d1);
  for (size_t k = 0; k < UORO_ROWS; k++)
    four_splat(&sum[k], 0), four_splat(&c[k], coef[k]);
  for (size_t l = 0; l < whole; l += 4) {
    lstm_four w;
    four_load(&w, v + l);
    for (size_t k = 0; k < UORO_ROWS; k++) {
      lstm_four old, t, e;
      four_load(&old, tt + k * len + l);
      four_lin(&t, &kappa, &old, &c[k], &w);
      four_add_mul(&sum[k], &t, &t);
      four_store(tt + k * len + l, &t);
      if (add0 || add1) {
        four_load(&e, g + k * len + l);
        if (add0) four_add_mul(&e, &delta0, &old);
        if (add1) four_add_mul(&e, &delta1, &t);
        four_store(g + k * len + l, &e);
      }
    }
  }
  for (size_t k = 0; k < UORO_ROWS; k++) {
    double p[4];
    for (int i = 0; i < 4; i++) p[i] = four_lane(&sum[k], i);
    for (size_t l = whole; l < len; l++) {
      const double old = tt[k * len + l], t = keep * old + coef[k] * v[l];
      tt[k * len + l] = t;
      p[l % 4] += t * t;
      if (add0) g[k * len + l] += d0 * old;
      if (add1) g[k * len + l] += d1 * t;
    }
    sums[k] = (p[0] + p[1]) + (p[2] + p[3]);
  }
}
@#
static LSTM_INLINE void uoro_rows_kernel(double *tt, double *g, size_t len,
  const double *v, double keep, const double *coef, int add0, double d0,
  int add1, double d1, double *sums)
{
  if (add0 && add1)
    uoro_four_rows(tt, g, len, v, keep, coef, 1, d0, 1, d1, sums);
  else if (add0) uoro_four_rows(tt, g, len, v, keep, coef, 1, d0, 0, d1, sums);
  else if (add1) uoro_four_rows(tt, g, len, v, keep, coef, 0, d0, 1, d1, sums);
  else uoro_four_rows(tt, g, len, v, keep, coef, 0, d0, 0, d1, sums);
}

@ @<Functions@>=
static void uoro_rows(double *tt, double *g, size_t len, const double *v,
  double keep, const double *coef, int add0, double d0, int add1, double d1,
  double *sums)
{
  kernels->uoro_rows(tt, g, len, v, keep, coef, add0, d0, add1, d1, sums);
}

@ What bounds UORO's step. Each step reads and writes back every entry
of $\tilde\theta$, and every other step every entry of the gradient:
$3\cdot8P$ bytes a step on average, \onlineuoromb~MB at $m=n=128$, with
four multiplications and three additions on an entry on average, whose
multiplications alone would take \onlineuoroarith~$\mu$s at the
processor's limit (of eight numbers to an instruction; the pass, whose
sums hold four, gets half of it).
The script of the section ``Batches, measured'' also runs a small C
program, \.{book/bandwidth.c}, compiled for the machine at hand, that
passes over two vectors of $P$ numbers, reading every entry and writing
it back with the least arithmetic that still needs it: one core of this
machine moves \onlinebwsmall~GB a second at that size, where the two
vectors lie in the second- and third-level caches, and \onlinebwbig~GB a
second with vectors of 64~MB each, from the main memory. At the first
rate the bytes of UORO's pass take \onlineuoropass~$\mu$s, which is
\onlineuorobound\ times BPTT's whole step. UORO's measured step is
\onlineuorocpu~$\mu$s (the median of the section ``SnAp-1 and UORO,
measured''), and the \onlineuororest~$\mu$s beyond the least time of the
pass are the rest of the step: the forward pass, which BPTT does too;
the tangent $U\tilde\eta$, a product as large as the forward step's
$U\out_{t-1}$; the pass's own arithmetic and the sums it may not
reorder; and the first touch of the object's memory, which the gradient
of each sequence allocates anew.

The target of the issue, 2.5 times BPTT's step, is \onlinetarget~$\mu$s
here, and UORO's step, \onlineuororatio\ times BPTT's,
\ifnum\onlineuoromet=0 misses it\else meets it\fi. What bounds
it is the pass: it must move every byte of $\tilde\theta$ at every step,
at a rate that one core does not much exceed at this size, with sums
whose order is fixed, since another order would change the bits of every
committed result of UORO. Only a smaller $\tilde\theta$, in another
precision, or another estimator would move fewer bytes.
@^UORO, speed@>
@^memory traffic@>
