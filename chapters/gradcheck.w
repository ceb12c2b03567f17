@* Checking gradients.
A gradient computed by the chain rule can be wrong in ways that no
amount of reading finds: a transposed index, a factor taken at the wrong
step, a sign. The derivative has an independent definition, however, and
a computer can evaluate it directly. For every parameter $\theta_k$ the
{\it central difference}
$$\tilde g_k={L(\theta+h e_k)-L(\theta-h e_k)\over 2h}$$
approximates $\partial L/\partial\theta_k$ using nothing but the forward
pass (|lstm_loss|). This chapter computes $\tilde g$, compares it with the gradient of
any method in the table, and explains why agreement to about six digits
is convincing evidence that the method is right.
@^finite differences@>
@^gradient check@>

@ Expanding $L$ in a Taylor series around $\theta$ shows the error of the
approximation. The even terms cancel between the two evaluations, so
$$D(h)={L(\theta+h e_k)-L(\theta-h e_k)\over 2h}=g_k+{h^2\over6}\,
  {\partial^3L\over\partial\theta_k^3}+O(h^4).$$
The one-sided difference $(L(\theta+he_k)-L(\theta))/h$ has an error of
order $h$ instead, which is why it is not used. Rounding adds a second
error: each value of $L$ is known only to a relative precision of about
$u=2^{-53}\approx1.1\times10^{-16}$, and dividing a difference of two such
values by $2h$ gives an error of about $u\vert L\vert/h$. For the plain
central difference the sum ${h^2\over6}\vert L'''\vert+u\vert L\vert/h$
is smallest near $h=(3u)^{1/3}\approx7\times10^{-6}$, where both terms are
about $10^{-11}$ times the size of $L$ and its derivatives. That is not
quite enough: on a network with eight cells and thirty steps the loss is
about 50, its third derivatives are larger still, and the error of
$D(h)$ reaches a few parts in $10^6$ of the smaller gradient entries.
@^choice of $\epsilon$@>

@ The remedy is a classical one, Richardson's extrapolation. Since the
error of $D(h)$ starts with a multiple of $h^2$, the same difference
with half the step has a quarter of that error, and the combination
$$\tilde g_k={4D(h/2)-D(h)\over3}=g_k+O(h^4)$$
cancels it. Now the truncation error falls as $h^4$ while rounding still
grows as about $3u\vert L\vert/h$, and the best step is near
$u^{1/5}\approx6\times10^{-4}$. The library's default is $h=10^{-3}$, |LSTM_FD_STEP|,
where the total error is of order $10^{-12}$ times the size of $L$: on
the tests' largest network it is $4\times10^{-11}$ in absolute terms,
a hundred times smaller than with the plain difference at its best step.
The price is four evaluations of the loss per parameter instead of two:
|fd_entry| calls |central_difference| with |h| and with |h / 2|.

In single precision, $u\approx6\times10^{-8}$, and the same reasoning
gives an error of about $u^{4/5}\approx2\times10^{-6}$ at best: as large
as the errors the check must detect. This is one reason the whole library
works in double precision; the other is that a reference implementation
should not add rounding errors of its own to the differences it is used
to find.
@^Richardson extrapolation@>
@^double precision@>

@ The step actually taken is the difference between the perturbed and
the original parameter as the machine stores them: $\theta_k+h$ is
rounded, and dividing by the exact $h$ would add an error of relative
size $u\vert\theta_k\vert/h$. The code divides by the two rounded steps,
|up| and |down|, instead.

@<Public constants@>=
#define LSTM_FD_STEP 1e-3

@ @<Public functions@>=
int lstm_fd_gradient(const lstm_net *net, const lstm_data *data, double h,
  lstm_net *fd, lstm_error *err);

@ |lstm_fd_gradient| fills |fd|, a network of the same shape as |net|,
with the extrapolated central differences of the loss of |data|, taken
with the steps |h| and |h/2|. It perturbs a copy, so |net| is left as it
was; it costs four forward passes for each entry of $\theta$.

@<Functions@>=
int lstm_fd_gradient(const lstm_net *net, const lstm_data *data, double h,
  lstm_net *fd, lstm_error *err)
{
  lstm_net probe;
  int status;
  if (!(h > 0) || !isfinite(h))
    return lstm_fail(err, LSTM_EUSAGE, "the step must be positive");
@.the step must be positive@>
  if ((status = lstm_net_copy(&probe, net, err)) != LSTM_OK) return status;
  for (size_t k = 0; k < net->P && status == LSTM_OK; k++)
    status = fd_entry(&probe, data, k, h, &fd->theta[k], err);
  lstm_net_free(&probe);
  return status;
}

@ One entry of the extrapolated differences: |fd_entry| takes $D(h)$ and $D(h/2)$, |d_full| and |d_half|, and returns $\tilde g_k$ in |*v|.

@<Private declarations@>=
static int fd_entry(lstm_net *probe, const lstm_data *data, size_t k,
  double h, double *v, lstm_error *err);

@ @<Functions@>=
static int fd_entry(lstm_net *probe, const lstm_data *data, size_t k,
  double h, double *v, lstm_error *err)
{
  double d_full = 0, d_half = 0;
  int status = central_difference(probe, data, k, h, &d_full, err);
  if (status == LSTM_OK)
    status = central_difference(probe, data, k, h / 2, &d_half, err);
  *v = (4 * d_half - d_full) / 3;
  return status;
}

@ One central difference $D(h)$ for parameter |k|, with the rounded
steps; |lstm_loss| gives $L(\theta+he_k)$ and $L(\theta-he_k)$ in |lup| and |ldown|. The parameter is restored exactly afterwards, from |keep|.

@<Private declarations@>=
static int central_difference(lstm_net *probe, const lstm_data *data,
  size_t k, double h, double *d, lstm_error *err);

@ @<Functions@>=
static int central_difference(lstm_net *probe, const lstm_data *data,
  size_t k, double h, double *d, lstm_error *err)
{
  double keep = probe->theta[k], up, down, lup = 0, ldown = 0;
  int status;
  probe->theta[k] = keep + h;
  up = probe->theta[k] - keep;
  status = lstm_loss(probe, data, &lup, err);
  probe->theta[k] = keep - h;
  down = keep - probe->theta[k];
  if (status == LSTM_OK) status = lstm_loss(probe, data, &ldown, err);
  probe->theta[k] = keep;
  if (status != LSTM_OK) return status;
  @<Refuse a step lost in rounding, or a difference that is not finite@>;
  return LSTM_OK;
}

@ A step too small for the parameter it is added to vanishes: $\theta_k+h$
rounds to $\theta_k$, both rounded steps are zero, and the quotient is
$0/0$, a NaN, which no comparison would notice. (With $h=10^{-20}$ this
happens for every parameter of the worked example.) Such a step, and a
quotient that overflows, is an error, not a difference.
@^NaN@>

@<Refuse a step lost in rounding...@>=
if (!(up + down > 0))
  return lstm_fail(err, LSTM_EUSAGE,
    "the step %g is lost in rounding: parameter %zu is %.17g", h, k, keep);
@.the step...is lost in rounding@>
*d = (lup - ldown) / (up + down);
if (!isfinite(*d))
  return lstm_fail(err, LSTM_EDATA, "the central difference of parameter " @/
    "%zu is %g, too large for double precision", k, *d);
@.the central difference...is...@>

@ Two gradients are compared entry by entry. The absolute error
$\vert g_k-\tilde g_k\vert$ says little by itself, since gradients of very
different sizes occur in one network; the relative error
$$r_k={\vert g_k-\tilde g_k\vert\over\max(\vert g_k\vert,\vert\tilde g_k\vert,g_{\min})}$$
is the measure the check reports. The floor $g_{\min}$ keeps an entry whose
true value is zero, or tiny, from producing a huge ratio out of the
$10^{-11}$ or so of noise that the difference quotient always carries: for
such entries $r_k$ is the absolute error measured in units of $g_{\min}$.
|lstm_compare| computes it. The library uses $g_{\min}=|LSTM_REL_FLOOR|=10^{-4}$, which is far below the
size of the entries that matter and far above the noise; an error in
the code changes an entry by an amount comparable to the entry itself,
and gives $r_k$ near one. A check passes when every $r_k$ is below a
tolerance, $10^{-6}$ by default (|LSTM_CHECK_TOL|): about six digits must agree. An entry
that is a NaN or an infinity on either side has no relative error; it
counts as an infinite one, so that it fails the check instead of being
skipped by the comparisons, which are all false for a NaN.
@^NaN@>
@^relative error@>

@<Public constants@>=
#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

@ The comparison is reported block by block, so that a failure points at
the part of the code that computes that block: an |lstm_check| holds an
|lstm_check_block| for each block of |lstm_blocks|, with its |max_abs|,
|max_rel| and |worst| entry.

@<Public types@>=
typedef struct lstm_check_block {
  const char *name; /* the block, as in |lstm_blocks| */
  double max_abs, max_rel; /* largest absolute and relative error */
  size_t worst; /* index in |theta| of the largest relative error */
} lstm_check_block;
@#
typedef struct lstm_check {
  size_t blocks; /* the blocks of the network, as |lstm_blocks| lists them */
  lstm_check_block block[LSTM_MAX_BLOCKS]; /* the errors of each */
  double max_abs, max_rel; /* over all blocks */
  size_t checked; /* entries compared with a central difference */
} lstm_check;

@ @<Public functions@>=
void lstm_compare(const lstm_net *g, const lstm_net *ref, lstm_check *res);

@ @<Functions@>=
void lstm_compare(const lstm_net *g, const lstm_net *ref, lstm_check *res)
{
  lstm_block block[LSTM_MAX_BLOCKS];
  memset(res, 0, sizeof *res);
  res->blocks = lstm_blocks(g, block);
  for (size_t q = 0; q < res->blocks; q++) {
    lstm_check_block *cb = &res->block[q];
    size_t end = block[q].offset + block[q].rows * block[q].cols;
    cb->name = block[q].name;
    cb->worst = block[q].offset;
    for (size_t k = block[q].offset; k < end; k++) {
      double d = fabs(g->theta[k] - ref->theta[k]);
      double scale = fmax(fmax(fabs(g->theta[k]), fabs(ref->theta[k])),
        LSTM_REL_FLOOR), rel = d / scale;
      if (isnan(rel)) d = rel = HUGE_VAL;
      if (d > cb->max_abs) cb->max_abs = d;
      if (rel > cb->max_rel) {
        cb->max_rel = rel;
        cb->worst = k;
      }
    }
    if (cb->max_abs > res->max_abs) res->max_abs = cb->max_abs;
    if (cb->max_rel > res->max_rel) res->max_rel = cb->max_rel;
  }
}

@ |lstm_gradcheck| puts the pieces together: the method's gradient, the
central differences of every parameter, and the comparison; it is the
check of a sample (section ``Checking a sample'' below) whose sample is
every parameter. Only a method whose result is
meant to be the exact gradient can be checked this way; for the others
the difference is the point of the method, not an error.

@<Public functions@>=
int lstm_gradcheck(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, double h, lstm_check *res,
  lstm_error *err);

@ @<Functions@>=
int lstm_gradcheck(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, double h, lstm_check *res,
  lstm_error *err)
{
  return lstm_gradcheck_sample(net, data, meth, param, 1, h, 0, 0, NULL, NULL,
    res, err);
}

@*1 Checking a sample.
The check costs four forward passes a parameter, which on a large network is hours.
A sample of the parameters, drawn at random, is then a good check still:
an error in the backward code changes a whole block, or a whole row of
one, so that a few hundred entries drawn from every block find it almost
surely. |lstm_gradcheck_sample| checks |count| entries chosen by the
generator seeded with |seed| (all of them when |count| is 0 or at least
the length of $\theta$), and calls |progress|, if given, after each, so that a long check
can show how far it is; the method's gradient is computed on |threads|
threads (the section ``Every core, with the same bits''). The entries not drawn are compared with
themselves, and so add nothing to the errors; |res->checked| says how
many were compared. A weight that a network of the chapter {\it
Experiment 2a as published\/} leaves out is not a parameter: its
difference is set to zero, as the method's gradient is.
@^gradient check@>

@<Public functions@>=
int lstm_gradcheck_sample(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, int threads, double h, size_t count,
  uint64_t seed, void (*progress)(size_t done, size_t total, void *ctx),
  void *ctx, lstm_check *res, lstm_error *err);

@ The entries are the first |count| of a random permutation of $0,\ldots,
P-1$, made by as many steps of the shuffle of Fisher and Yates, each
drawing with |lstm_rng_next|.

@<Functions@>=
int lstm_gradcheck_sample(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, int threads, double h, size_t count,
  uint64_t seed, void (*progress)(size_t done, size_t total, void *ctx),
  void *ctx, lstm_check *res, lstm_error *err)
{
  lstm_net g, fd, probe;
  size_t *pick;
  lstm_rng rng;
  double loss;
  int status;
  if (!meth->exact)
    return lstm_fail(err, LSTM_EUSAGE,
      "method %s does not compute the exact gradient", meth->name);
@.method...does not compute...@>
  if (!(h > 0) || !isfinite(h))
    return lstm_fail(err, LSTM_EUSAGE, "the step must be positive");
  if (count == 0 || count > net->P) count = net->P;
  if (!(pick = malloc(net->P * sizeof *pick)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for the check");
  memset(&g, 0, sizeof g); memset(&fd, 0, sizeof fd);
  memset(&probe, 0, sizeof probe);
  if ((status = lstm_net_like(&g, net, err)) == LSTM_OK &&
      (status = lstm_gradient_threads(net, data, meth, param, threads, &g,
        &loss, NULL, err)) == LSTM_OK &&
      (status = lstm_net_copy(&fd, &g, err)) == LSTM_OK &&
      (status = lstm_net_copy(&probe, net, err)) == LSTM_OK) {
    @<Draw the |count| entries to check into |pick|@>;
    for (size_t q = 0; q < count && status == LSTM_OK; q++) {
      status = fd_entry(&probe, data, pick[q], h, &fd.theta[pick[q]], err);
      if (progress) progress(q + 1, count, ctx);
    }
    if (status == LSTM_OK) {
      lstm_net_mask(net, fd.theta);
      lstm_compare(&g, &fd, res);
      res->checked = count;
    }
  }
  lstm_net_free(&g); lstm_net_free(&fd); lstm_net_free(&probe);
  free(pick);
  return status;
}

@ @<Draw the |count| entries...@>=
lstm_rng_seed(&rng, seed);
for (size_t k = 0; k < net->P; k++) pick[k] = k;
for (size_t q = 0; q < count && count < net->P; q++) {
  size_t r = q + (size_t)(lstm_rng_next(&rng) % (net->P - q)), keep = pick[q];
  pick[q] = pick[r];
  pick[r] = keep;
}

@ Why can a passing check be trusted? The central difference is computed
from the forward pass alone, by code that shares nothing with the
backward pass but |lstm_step| and the loss, |lstm_output_forward_x|. An error in the backward
code would have to produce, for every one of the parameters, a value
that agrees with an independent computation to six digits, on random
weights and random data; an error that does so is hard to imagine. The
check is blind only to errors in the forward pass itself, since both sides
then differentiate the same wrong function; the worked example, whose
forward values were computed independently, closes that gap. And it tests
only the networks it is run on: the test suite therefore runs it on
networks of several shapes, with and without targets at every step, so
that every branch of the backward code is taken.
@^gradient check@>

@*1 A reproducible random generator.
Tests and experiments need random networks and random data, and a reader
must be able to rerun them and get the same numbers on any machine. The C
library's |rand| does not promise that, so the book has its own
generator, an |lstm_rng|: Steele, Lea and Flood's {\it SplitMix64\/} (2014), which adds a
constant to a 64-bit counter, |rng->s|, and scrambles the result. It is small, fast,
passes the standard statistical test batteries, and gives the same
sequence everywhere, because it uses only 64-bit unsigned arithmetic,
which C defines exactly.
@^SplitMix64@>
@^random numbers@>

@<Public types@>=
typedef struct lstm_rng {
  uint64_t s; /* the counter; any value is a valid seed */
} lstm_rng;

@ @<Public functions@>=
void lstm_rng_seed(lstm_rng *rng, uint64_t seed);
uint64_t lstm_rng_next(lstm_rng *rng);
double lstm_rng_uniform(lstm_rng *rng, double lo, double hi);

@ The constant $\lfloor2^{64}(\sqrt5-1)/2\rfloor$, $2^{64}$ over the golden ratio (in hexadecimal
\.{9E3779B97F4A7C15}) moves the counter; two rounds of
xor-shift-multiply mix it. A uniform number in $[0,1)$, |lstm_rng_uniform|, takes the top 53
bits, which is every bit a |double| can hold.

@<Functions@>=
void lstm_rng_seed(lstm_rng *rng, uint64_t seed)
{
  rng->s = seed;
}
@#
uint64_t lstm_rng_next(lstm_rng *rng)
{
  uint64_t z = (rng->s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
@#
double lstm_rng_uniform(lstm_rng *rng, double lo, double hi)
{
  double u = (double)(lstm_rng_next(rng) >> 11) / 9007199254740992.0;
  return lo + (hi - lo) * u;
}

@ A network with every parameter drawn uniformly from $[-r,r]$ is what
the tests check and what training starts from.

@<Public functions@>=
void lstm_net_randomize(lstm_net *net, lstm_rng *rng, double r);

@ @<Functions@>=
void lstm_net_randomize(lstm_net *net, lstm_rng *rng, double r)
{
  for (size_t k = 0; k < net->P; k++)
    net->theta[k] = lstm_rng_uniform(rng, -r, r);
}

@*1 Exercises.
\exercise{gradcheck.1}{10}
How many times does |lstm_fd_gradient| evaluate the loss of the worked
example, whose network has two inputs and one cell?

\exercise{gradcheck.2}{15}
Show that ${1\over3}\bigl(4D(h/2)-D(h)\bigr)$ has no error term in
$h^2$.

\exercise{gradcheck.3}{20}
The {\it complex step\/} approximates $\partial L/\partial\theta_k$ by
${\rm Im}\,L(\theta+ihe_k)/h$ (Squire and Trapp 1998). Why has it no
rounding error from a subtraction, and what would the forward pass of
this library need to use it?

\exercise{gradcheck.4}{30}
A {\it directional\/} check compares $g\cdot v$ with the central
difference of $L$ along a random vector $v$, at the cost of two forward
passes instead of four a parameter in this chapter's check. Implement it, and construct an error in the
gradient that it misses with high probability.
