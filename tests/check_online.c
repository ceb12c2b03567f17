/* SnAp-1 and UORO against independent references.
   - snap1 against a second derivation: exact RTRL (the lstm_rtrl object of
     kind LSTM_RTRL_EXACT) with the SnAp-1 mask applied to its sensitivity
     matrices after every step, and the gradient of each step formed from
     the masked H_t; they must agree to 1e-12 (lstm_block_difference);
   - snap1 with U = 0 against bptt, on several random networks (1e-12);
   - snap1 on one cell: exact for the rows of a, i and f, not for o; the
     same with U zero but for the entries from each cell into its own
     gates; and with those entries zero, snap1 is irtrl;
   - uoro: the same seed gives the same bits, another seed other bits;
     its gradient of a sequence, which holds a step's term back, gives the
     bits of its online step;
   - uoro is unbiased: the mean of many independent estimates is within a
     bound computed from their sample variance of the exact gradient, and
     the bound is tight enough to reject a gradient with irtrl's bias. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define AGREE 1e-12

static const test_case shapes[] = {
  {"targets at every step", 3, 4, 4, LSTM_OUT_NONE, 1, 12, 1.0, 121},
  {"targets at some steps", 3, 4, 4, LSTM_OUT_NONE, 1, 15, 0.3, 122},
  {"several sequences", 2, 6, 6, LSTM_OUT_NONE, 3, 9, 0.6, 123},
  {"squared-error output layer", 3, 5, 2, LSTM_OUT_L2, 2, 10, 0.5, 124},
  {"softmax output layer", 4, 3, 4, LSTM_OUT_SOFTMAX, 3, 8, 0.5, 125},
  {"n = 8, m = 5, T = 20", 5, 8, 8, LSTM_OUT_NONE, 1, 20, 1.0, 126},
};
#define SHAPES (sizeof shapes / sizeof shapes[0])

/* The gradient of a method of the table; param overrides the parameter
   that lstm_method_find reads when it is not negative (the seed). */
static double gradient_of(const lstm_net *net, const lstm_data *data,
  const char *spec, long param, lstm_net *grad)
{
  lstm_error err;
  long p;
  double loss = 0;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &p, &err);
  ck_assert_msg(meth != NULL, "%s: %s", spec, err.msg);
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  ck_assert_msg(lstm_gradient(net, data, meth, param >= 0 ? param : p, grad,
    &loss, NULL, &err) == LSTM_OK, "%s: %s", spec, err.msg);
  return loss;
}

/* The row of W, U and b (gate q = row / n of cell row % n) that
   parameter k belongs to. */
static size_t param_row(const lstm_net *net, size_t k)
{
  const size_t m = net->m, n = net->n;
  return k < 4 * n * m ? k / m : k < 4 * n * (m + n) ?
    (k - 4 * n * m) / n : k - 4 * n * (m + n);
}

/* Whether the SnAp-1 mask keeps entry (row, k) of S (state) or of H. */
static int in_mask(const lstm_net *net, size_t row, size_t k, int state)
{
  const size_t r = param_row(net, k), n = net->n;
  return r % n == row && (!state || r / n != 3);
}

/* SnAp-1 is exact RTRL for the rows of a, i and f of net, and not for
   the rows of o. */
static void assert_exact_but_o(const lstm_net *net, const lstm_data *data,
  const char *what)
{
  lstm_net g_snap, g_rtrl;
  const size_t n = net->n, P = 4 * n * (net->m + n + 1);
  double worst_afi = 0, worst_o = 0, scale = 0;
  gradient_of(net, data, "snap1", -1, &g_snap);
  gradient_of(net, data, "rtrl", -1, &g_rtrl);
  for (size_t k = 0; k < P; k++) {
    const double d = fabs(g_snap.theta[k] - g_rtrl.theta[k]);
    scale = fmax(scale, fabs(g_rtrl.theta[k]));
    if (param_row(net, k) < 3 * n) worst_afi = fmax(worst_afi, d);
    else worst_o = fmax(worst_o, d);
  }
  ck_assert_msg(worst_afi <= AGREE * scale, "%s: rows a, i, f: %.3g", what,
    worst_afi);
  ck_assert_msg(worst_o > 1e-6 * scale, "%s: row o: %.3g", what, worst_o);
  lstm_net_free(&g_snap); lstm_net_free(&g_rtrl);
}

/* Exact RTRL with the mask applied after every step.  The object adds the
   unmasked H_t^T Delta_t to a scratch gradient; only its output-layer
   part is kept, and the cells' part is formed from the masked H_t. */
static void masked_rtrl(const lstm_net *net, const lstm_data *data,
  lstm_net *grad)
{
  lstm_rtrl r;
  lstm_net scratch;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&scratch, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_rtrl_init(&r, net, LSTM_RTRL_EXACT, &err), LSTM_OK);
  for (size_t s = 0; s < data->count; s++) {
    const lstm_seq *seq = &data->seq[s];
    lstm_rtrl_reset(&r);
    for (size_t t = 0; t < seq->T; t++) {
      double loss;
      const double *y = lstm_target(seq, t);
      memset(scratch.theta, 0, scratch.P * sizeof *scratch.theta);
      ck_assert_int_eq(lstm_rtrl_step(&r, net, seq->x + t * seq->m, y,
        &scratch, &loss, &err), LSTM_OK);
      for (size_t j = 0; j < net->n; j++)
        for (size_t k = 0; k < r.cols; k++) {
          if (!in_mask(net, j, k, 1)) r.S[j * r.cols + k] = 0;
          if (!in_mask(net, j, k, 0)) r.H[j * r.cols + k] = 0;
        }
      if (!y) continue;
      for (size_t k = r.cols; k < grad->P; k++)
        grad->theta[k] += scratch.theta[k];
      for (size_t j = 0; j < net->n; j++)
        for (size_t k = 0; k < r.cols; k++)
          grad->theta[k] += r.Delta[j] * r.H[j * r.cols + k];
    }
  }
  lstm_rtrl_free(&r);
  lstm_net_free(&scratch);
}

/* SnAp-1's gradient of a whole sequence takes its steps in blocks
   (chapter on speed, "SnAp-1 in blocks of steps"); it must give the bits
   of the online step run step by step, on every shape, with and without
   a mask of the architecture (no forget gate, a pending cell). */
START_TEST(snap1_blocks_are_the_online_steps)
{
  const test_case *c = &shapes[_i];
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find("snap1", &param, &err);
  ck_assert_ptr_nonnull(meth);
  for (int masked = 0; masked < 2; masked++) {
    lstm_net net, want, got;
    lstm_data data;
    lstm_rtrl r;
    make_case(c, &net, &data);
    if (masked) net.no_forget = 1, net.arch.pending = net.n > 1;
    ck_assert_int_eq(lstm_net_like(&want, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_net_like(&got, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_rtrl_init(&r, &net, LSTM_RTRL_SNAP1, &err), LSTM_OK);
    for (size_t q = 0; q < data.count; q++) {
      const lstm_seq *seq = &data.seq[q];
      double lwant = 0, lgot;
      memset(want.theta, 0, want.P * sizeof *want.theta);
      memset(got.theta, 0, got.P * sizeof *got.theta);
      lstm_rtrl_reset(&r);
      for (size_t t = 0; t < seq->T; t++) {
        double step_loss = 0;
        ck_assert_int_eq(lstm_rtrl_step(&r, &net, seq->x + t * seq->m,
          lstm_target(seq, t), &want, &step_loss, &err), LSTM_OK);
        lwant += step_loss;
      }
      ck_assert_int_eq(meth->grad(&net, seq, param, &got, &lgot, NULL, &err),
        LSTM_OK);
      ck_assert_msg(memcmp(want.theta, got.theta, net.P * sizeof
        *got.theta) == 0 && memcmp(&lwant, &lgot, sizeof lgot) == 0,
        "%s%s, sequence %zu: SnAp-1 in blocks differs from its online step",
        c->what, masked ? ", masked" : "", q);
    }
    lstm_rtrl_free(&r);
    lstm_net_free(&want); lstm_net_free(&got); lstm_net_free(&net);
    lstm_data_free(&data);
  }
}
END_TEST

START_TEST(snap1_is_masked_rtrl)
{
  const test_case *c = &shapes[_i];
  lstm_net net, g_snap, g_mask, g_rtrl;
  lstm_data data;
  double rho, apart;
  make_case(c, &net, &data);
  gradient_of(&net, &data, "snap1", -1, &g_snap);
  masked_rtrl(&net, &data, &g_mask);
  gradient_of(&net, &data, "rtrl", -1, &g_rtrl);
  rho = lstm_block_difference(&g_snap, &g_mask);
  apart = lstm_block_difference(&g_snap, &g_rtrl);
  printf("snap1, %s: %.2g from masked rtrl, %.2g from rtrl\n", c->what,
    rho, apart);
  ck_assert_msg(rho <= AGREE, "%s: snap1 is %.3g from masked rtrl", c->what,
    rho);
  /* The mask matters: with U != 0 SnAp-1 is not the exact gradient. */
  ck_assert_msg(apart > 1e-4, "%s: snap1 equals rtrl (%.3g)", c->what, apart);
  lstm_net_free(&net); lstm_net_free(&g_snap); lstm_net_free(&g_mask);
  lstm_net_free(&g_rtrl); lstm_data_free(&data);
}
END_TEST

START_TEST(snap1_with_U_zero_is_bptt)
{
  const test_case *c = &shapes[_i];
  lstm_net net, g_snap, g_bptt, g_irtrl;
  lstm_data data;
  double rho;
  make_case(c, &net, &data);
  memset(net.U, 0, 4 * net.n * net.n * sizeof *net.U);
  gradient_of(&net, &data, "snap1", -1, &g_snap);
  gradient_of(&net, &data, "bptt", -1, &g_bptt);
  gradient_of(&net, &data, "irtrl", -1, &g_irtrl);
  rho = lstm_block_difference(&g_snap, &g_bptt);
  ck_assert_msg(rho <= AGREE, "%s, U = 0: snap1 is %.3g from bptt", c->what,
    rho);
  ck_assert(lstm_block_difference(&g_irtrl, &g_bptt) <= AGREE);
  lstm_net_free(&net); lstm_net_free(&g_snap); lstm_net_free(&g_bptt);
  lstm_net_free(&g_irtrl); lstm_data_free(&data);
}
END_TEST

/* One cell: the mask of a parameter of a, i or f holds all of z_t, so
   those rows are exact; those of o lose the paths through the state. */
START_TEST(snap1_on_one_cell)
{
  const test_case c = {"one cell", 3, 1, 1, LSTM_OUT_NONE, 1, 12, 1.0,
    130 + (unsigned long long)_i};
  lstm_net net;
  lstm_data data;
  make_case(&c, &net, &data);
  assert_exact_but_o(&net, &data, c.what);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Where SnAp-1 lies between irtrl and rtrl.  It adds to the internal
   RTRL exactly the loops through the diagonal entries U_{q_j,j}: with
   those zero (every other entry of U kept) it is the internal RTRL.  And
   it drops exactly the paths that leave a cell (and, for the rows of o,
   those through the state): with U zero except on those diagonal entries
   it is exact RTRL for the rows of a, i and f, and not for those of o. */
START_TEST(snap1_between_irtrl_and_rtrl)
{
  const test_case *c = &shapes[_i];
  lstm_net net, g_snap, g_irtrl;
  lstm_data data;
  const size_t n = shapes[_i].n;
  make_case(c, &net, &data);
  for (size_t q = 0; q < 4; q++)
    for (size_t j = 0; j < n; j++) net.U[(q * n + j) * n + j] = 0;
  gradient_of(&net, &data, "snap1", -1, &g_snap);
  gradient_of(&net, &data, "irtrl", -1, &g_irtrl);
  ck_assert_msg(lstm_block_difference(&g_snap, &g_irtrl) <= AGREE,
    "%s: with the diagonal of U zero, snap1 is not irtrl", c->what);
  lstm_net_free(&net); lstm_net_free(&g_snap); lstm_net_free(&g_irtrl);
  lstm_data_free(&data);
  make_case(c, &net, &data);
  for (size_t row = 0; row < 4 * n; row++)
    for (size_t l = 0; l < n; l++)
      if (l != row % n) net.U[row * n + l] = 0;
  assert_exact_but_o(&net, &data, c->what);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

START_TEST(uoro_same_seed_same_bits)
{
  const test_case *c = &shapes[_i];
  lstm_net net, g1, g2, g3;
  lstm_data data;
  make_case(c, &net, &data);
  gradient_of(&net, &data, "uoro", 7, &g1);
  gradient_of(&net, &data, "uoro", 7, &g2);
  gradient_of(&net, &data, "uoro", 8, &g3);
  ck_assert(memcmp(g1.theta, g2.theta, g1.P * sizeof *g1.theta) == 0);
  ck_assert(memcmp(g1.theta, g3.theta, g1.P * sizeof *g1.theta) != 0);
  lstm_net_free(&net); lstm_net_free(&g1); lstm_net_free(&g2);
  lstm_net_free(&g3); lstm_data_free(&data);
}
END_TEST

/* UORO's gradient of a whole sequence holds a step's term back and adds it
   in the next step's pass (chapter on UORO, |defer|); it must give the
   bits of the online step, which adds each step's term at once, on every
   shape: targets at every step, at some steps, several sequences and
   output layers. */
START_TEST(uoro_deferred_is_the_online_step)
{
  const test_case *c = &shapes[_i];
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_net net, want, got;
  lstm_data data;
  lstm_rtrl r;
  lstm_error_clear(&err);
  meth = lstm_method_find("uoro", &param, &err);
  ck_assert_ptr_nonnull(meth);
  make_case(c, &net, &data);
  ck_assert_int_eq(lstm_net_like(&want, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&got, &net, &err), LSTM_OK);
  for (size_t q = 0; q < data.count; q++) {
    const lstm_seq *seq = &data.seq[q];
    double lwant = 0, lgot;
    ck_assert_int_eq(lstm_rtrl_init(&r, &net, LSTM_RTRL_UORO, &err), LSTM_OK);
    ck_assert_int_eq(r.defer, 0);
    lstm_rtrl_seed(&r, 5);
    memset(want.theta, 0, want.P * sizeof *want.theta);
    memset(got.theta, 0, got.P * sizeof *got.theta);
    for (size_t t = 0; t < seq->T; t++) {
      double step_loss = 0;
      ck_assert_int_eq(lstm_rtrl_step(&r, &net, seq->x + t * seq->m,
        lstm_target(seq, t), &want, &step_loss, &err), LSTM_OK);
      lwant += step_loss;
    }
    ck_assert_int_eq(lstm_rtrl_finish(&r, &net, &want, &err), LSTM_OK);
    lstm_rtrl_free(&r);
    ck_assert_int_eq(meth->grad(&net, seq, 5, &got, &lgot, NULL, &err),
      LSTM_OK);
    ck_assert_msg(memcmp(want.theta, got.theta, net.P * sizeof
      *got.theta) == 0 && memcmp(&lwant, &lgot, sizeof lgot) == 0,
      "%s, sequence %zu: UORO's gradient of the sequence differs from its "
      "online step", c->what, q);
  }
  lstm_net_free(&want); lstm_net_free(&got); lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Unbiasedness.  N estimates g_s with the seeds 1..N have the mean m and
   the sample variances v_k of their coordinates.  If E[g_s] = g, then
   E ||m - g||^2 = sum_k Var(g_{s,k}) / N, which sum_k v_k / N estimates;
   the test asks for ||m - g||^2 <= 9 sum_k v_k / N (a failure at random
   has probability below 1/9 by Markov's inequality, and far below in
   practice, since the sum of many coordinates concentrates).  And the
   bound must be tight enough to catch a bias as large as irtrl's. */
#define UORO_SAMPLES 12000
static const test_case small[] = {
  {"two cells", 2, 2, 2, LSTM_OUT_NONE, 1, 6, 1.0, 141},
  {"three cells, softmax", 2, 3, 3, LSTM_OUT_SOFTMAX, 1, 5, 0.5, 142},
  {"four cells, squared error", 3, 4, 2, LSTM_OUT_L2, 2, 4, 1.0, 143},
};
START_TEST(uoro_is_unbiased)
{
  const test_case *c = &small[_i];
  lstm_net net, g, exact, cut;
  lstm_data data;
  double *mean, *sq, dist = 0, var = 0, bias_cut = 0;
  size_t P;
  make_case(c, &net, &data);
  gradient_of(&net, &data, "bptt", -1, &exact);
  gradient_of(&net, &data, "irtrl", -1, &cut);
  P = exact.P;
  mean = calloc(P, sizeof *mean);
  sq = calloc(P, sizeof *sq);
  ck_assert(mean && sq);
  for (long s = 1; s <= UORO_SAMPLES; s++) {
    gradient_of(&net, &data, "uoro", s, &g);
    for (size_t k = 0; k < P; k++) {
      /* Welford's running mean and sum of squared deviations */
      double d = g.theta[k] - mean[k];
      mean[k] += d / (double)s;
      sq[k] += d * (g.theta[k] - mean[k]);
    }
    lstm_net_free(&g);
  }
  for (size_t k = 0; k < P; k++) {
    dist += (mean[k] - exact.theta[k]) * (mean[k] - exact.theta[k]);
    var += sq[k] / (UORO_SAMPLES - 1) / UORO_SAMPLES;
    bias_cut += (cut.theta[k] - exact.theta[k]) * (cut.theta[k] -
      exact.theta[k]);
  }
  printf("uoro, %s: |mean - exact|^2 = %.3g, variance of the mean %.3g, "
    "|irtrl - exact|^2 = %.3g\n", c->what, dist, var, bias_cut);
  ck_assert_msg(dist <= 9 * var, "%s: |mean - exact|^2 %.3g > 9 x %.3g",
    c->what, dist, var);
  ck_assert_msg(bias_cut > 9 * var, "%s: the bound %.3g cannot tell irtrl's "
    "bias %.3g", c->what, 9 * var, bias_cut);
  free(mean); free(sq);
  lstm_net_free(&net); lstm_net_free(&exact); lstm_net_free(&cut);
  lstm_data_free(&data);
}
END_TEST

/* lstm_align against the gradients computed here: the cosines of bptt and
   rtrl are 1, that of irtrl is the one computed from its gradient, the
   pairs are symmetric, a deterministic method has no variance, and UORO's
   bias is within a few times its noise floor. */
START_TEST(align_measures_the_methods)
{
  const test_case *c = &shapes[_i];
  static const char *const spec[] = {"bptt", "rtrl", "irtrl", "snap1",
    "uoro"};
  lstm_net net, g_exact, g_irtrl;
  lstm_data data;
  lstm_error err;
  lstm_align_result *res = malloc(sizeof *res);
  size_t P;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(res);
  make_case(c, &net, &data);
  P = 4 * net.n * (net.m + net.n + 1);
  ck_assert_int_eq(lstm_align(&net, &data, spec, 5, 200, 1, res, &err),
    LSTM_OK);
  gradient_of(&net, &data, "bptt", -1, &g_exact);
  gradient_of(&net, &data, "irtrl", -1, &g_irtrl);
  ck_assert_uint_eq(res->params, P);
  ck_assert(fabs(res->row[0].cosine - 1) < 1e-12 && res->row[0].relerr == 0);
  ck_assert(fabs(res->row[1].cosine - 1) < 1e-12 && res->row[1].relerr < 1e-12);
  ck_assert(fabs(res->row[2].cosine - lstm_cosine(g_irtrl.theta,
    g_exact.theta, P)) < 1e-12);
  ck_assert(res->row[2].cosine < 1 - 1e-6);
  ck_assert(!res->row[3].seeded && res->row[3].variance == 0);
  ck_assert(res->row[4].seeded && res->row[4].variance > 0);
  printf("align, %s: irtrl %.3f snap1 %.3f uoro %.3f (bias %.3g, noise "
    "%.3g)\n", c->what, res->row[2].cosine, res->row[3].cosine,
    res->row[4].cosine, res->row[4].bias, res->row[4].noise);
  ck_assert(res->row[4].bias <= 4 * res->row[4].noise);
  for (size_t q = 0; q < 5; q++)
    for (size_t r = 0; r < 5; r++)
      ck_assert(res->pair[q][r] == res->pair[r][q]);
  ck_assert(fabs(res->pair[0][2] - res->row[2].cosine) < 1e-12);
  free(res);
  lstm_net_free(&net); lstm_net_free(&g_exact); lstm_net_free(&g_irtrl);
  lstm_data_free(&data);
}
END_TEST

START_TEST(align_refuses_what_it_cannot_measure)
{
  static const char *const bad[] = {"bptt", "nonsense"}, *const ok[] =
    {"irtrl"};
  const test_case c = {"zero", 2, 2, 2, LSTM_OUT_NONE, 1, 4, 1.0, 150};
  lstm_net net;
  lstm_data data;
  lstm_error err;
  lstm_align_result *res = malloc(sizeof *res);
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(res);
  make_case(&c, &net, &data);
  ck_assert_int_eq(lstm_align(&net, &data, bad, 2, 1, 1, res, &err),
    LSTM_EUSAGE);
  ck_assert_int_eq(lstm_align(&net, &data, ok, 1, 0, 1, res, &err),
    LSTM_EUSAGE);
  ck_assert_int_eq(lstm_align(&net, &data, ok, 0, 1, 1, res, &err),
    LSTM_EUSAGE);
  /* zero weights and zero targets: every output is its target */
  memset(net.theta, 0, net.P * sizeof *net.theta);
  memset(data.seq[0].y, 0, data.seq[0].rows * data.k * sizeof(double));
  ck_assert_int_eq(lstm_align(&net, &data, ok, 1, 1, 1, res, &err),
    LSTM_EDATA);
  free(res);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The command: the worked example, a task, and mistakes. */
START_TEST(align_command)
{
  char line[256];
  FILE *f;
  ck_assert_int_eq(run_command(LSTM_BIN " align --samples 20 "
    TESTDATA "/worked-example/gomez.model " TESTDATA "/worked-example/gomez.seq"
    " > " TESTOUT "/check-align.out", "align"), 0);
  ck_assert_ptr_nonnull(f = fopen(TESTOUT "/check-align.out", "r"));
  ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
  ck_assert_str_eq(line, "lstm-align 1\n");
  fclose(f);
  ck_assert_int_eq(run_command(LSTM_BIN " align --task lag --length 4 "
    "--cells 2 --sequences 2 --methods irtrl,uoro --samples 3 > /dev/null",
    "align"), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " align --task lag "
    TESTDATA "/worked-example/gomez.model 2> /dev/null", "align"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " align --task lag --methods x "
    "2> /dev/null", "align"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " align --task lag --samples 0 "
    "2> /dev/null", "align"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " align --length 5 "
    TESTDATA "/worked-example/gomez.model " TESTDATA "/worked-example/gomez.seq"
    " 2> /dev/null", "align"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " align --task nosuch 2> /dev/null",
    "align"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " grad --method uoro --seed 3 "
    TESTDATA "/worked-example/gomez.model " TESTDATA "/worked-example/gomez.seq"
    " > /dev/null", "align"), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " grad --method snap1 --seed 3 "
    TESTDATA "/worked-example/gomez.model " TESTDATA "/worked-example/gomez.seq"
    " 2> /dev/null", "align"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " gradcheck --method uoro "
    TESTDATA "/worked-example/gomez.model " TESTDATA "/worked-example/gomez.seq"
    " 2> /dev/null", "align"), 2);
}
END_TEST

/* Influence balancing: the exact gradient and a long window descend, a
   short window and the methods that drop the path between the cells
   climb, and UORO descends on average over five first seeds. */
static double balance_end(const char *spec, long seed)
{
  double theta[100], loss[100];
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_balance(spec, seed, 100, LSTM_BALANCE_RATE, theta,
    loss, &err), LSTM_OK);
  ck_assert(theta[0] == 0 && loss[0] > 0);
  return loss[99] / loss[0];
}

START_TEST(balance_separates_the_methods)
{
  double uoro = 0, theta[1], loss[1];
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert(balance_end("bptt", 1) < 0.5);
  ck_assert(balance_end("rtrl", 1) < 0.5);
  ck_assert(balance_end("tbptt:50", 1) < 0.5);
  ck_assert(balance_end("tbptt:2", 1) > 2);
  ck_assert(balance_end("irtrl", 1) > 2);
  ck_assert(balance_end("snap1", 1) > 2);
  for (long s = 0; s < 5; s++) uoro += balance_end("uoro", 1 + 100000 * s) / 5;
  printf("influence balancing: uoro's loss after 100 episodes over that of "
    "the first, %.3f on average over five seeds\n", uoro);
  ck_assert(uoro < 0.5);
  ck_assert_int_eq(lstm_balance("bptt", 1, 0, 1e-4, theta, loss, &err),
    LSTM_EUSAGE);
  ck_assert_int_eq(lstm_balance("bptt", 1, 1, -1, theta, loss, &err),
    LSTM_EUSAGE);
  ck_assert_int_eq(lstm_balance("nosuch", 1, 1, 1e-4, theta, loss, &err),
    LSTM_EUSAGE);
}
END_TEST

Suite *online_suite(void)
{
  Suite *s = suite_create("online");
  TCase *snap = tcase_create("snap1"), *uoro = tcase_create("uoro");
  tcase_add_loop_test(snap, snap1_is_masked_rtrl, 0, SHAPES);
  tcase_add_loop_test(snap, snap1_blocks_are_the_online_steps, 0, SHAPES);
  tcase_add_loop_test(snap, snap1_with_U_zero_is_bptt, 0, SHAPES);
  tcase_add_loop_test(snap, snap1_on_one_cell, 0, 3);
  tcase_add_loop_test(snap, snap1_between_irtrl_and_rtrl, 0, SHAPES);
  tcase_add_loop_test(uoro, uoro_same_seed_same_bits, 0, SHAPES);
  tcase_add_loop_test(uoro, uoro_deferred_is_the_online_step, 0, SHAPES);
  tcase_add_loop_test(uoro, uoro_is_unbiased, 0, 1);
  tcase_set_timeout(uoro, 120);
  /* The mean of many UORO gradients on the larger shapes: seconds as built,
     half a minute under valgrind, which leaves them out by their tag
     "slow" (tests/valgrind.sh) and checks the first shape. */
  TCase *uoro_more = tcase_create("uoro, larger");
  tcase_add_loop_test(uoro_more, uoro_is_unbiased, 1,
    sizeof small / sizeof small[0]);
  tcase_set_timeout(uoro_more, 120);
  tcase_set_tags(uoro_more, "slow");
  TCase *align = tcase_create("align");
  tcase_add_loop_test(align, align_measures_the_methods, 0, SHAPES);
  tcase_add_test(align, align_refuses_what_it_cannot_measure);
  tcase_add_test(align, align_command);
  tcase_add_test(align, balance_separates_the_methods);
  tcase_set_timeout(align, 120);
  suite_add_tcase(s, snap);
  suite_add_tcase(s, uoro);
  suite_add_tcase(s, uoro_more);
  suite_add_tcase(s, align);
  return s;
}
