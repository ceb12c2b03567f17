/* The other gradient methods against independent references.
   - rtrl against bptt: the same gradient, computed forward and backward;
   - irtrl against BPTT with the out_{t-1} -> gates path cut (an option of
     the backward walk): the same truncated gradient, two implementations;
   - tbptt:K against bptt for K >= T, against finite differences of the
     loss with the window boundaries held fixed for K < T, and tbptt:1 on
     the worked example against the one-step formulas and the values
     printed in the book;
   - the online step API: the gradient added at step t is that of l_t;
   - memory: what rtrl and irtrl allocate does not depend on T;
   - the gradient check passes for rtrl.
   Two analytic gradients are compared with lstm_block_difference: the
   largest difference in a block over the largest entry of the block. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define AGREE 1e-10

/* The gradient of a method from the table, through the public entry. */
static double method_gradient(const lstm_net *net, const lstm_data *data,
  const char *spec, lstm_net *grad, lstm_stats *st)
{
  lstm_error err;
  long param;
  double loss = 0;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &param, &err);
  ck_assert_msg(meth != NULL, "%s: %s", spec, err.msg);
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  ck_assert_msg(lstm_gradient(net, data, meth, param, grad, &loss, st, &err)
    == LSTM_OK, "%s: %s", spec, err.msg);
  return loss;
}

/* BPTT with options, called directly on the backward walk. */
static double bptt_with(const lstm_net *net, const lstm_data *data,
  const lstm_bptt_opts *opts, lstm_net *grad)
{
  lstm_error err;
  double loss = 0;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  for (size_t s = 0; s < data->count; s++) {
    lstm_trace tr;
    ck_assert_int_eq(lstm_trace_alloc(&tr, net, data->seq[s].T, &err),
      LSTM_OK);
    loss += lstm_forward(net, &data->seq[s], &tr);
    lstm_backward_opts(net, &data->seq[s], &tr, grad, opts);
    lstm_trace_free(&tr);
  }
  return loss;
}

START_TEST(rtrl_matches_bptt)
{
  const test_case *c = &online_shapes[_i];
  lstm_net net, g_bptt, g_rtrl;
  lstm_data data;
  double l_bptt, l_rtrl, rho;
  make_case(c, &net, &data);
  l_bptt = method_gradient(&net, &data, "bptt", &g_bptt, NULL);
  l_rtrl = method_gradient(&net, &data, "rtrl", &g_rtrl, NULL);
  rho = lstm_block_difference(&g_rtrl, &g_bptt);
  printf("rtrl vs bptt, %s: P = %zu, largest relative difference %.3g\n",
    c->what, net.P, rho);
  ck_assert_msg(rho <= AGREE, "%s: rtrl and bptt differ by %.3g", c->what,
    rho);
  ck_assert(fabs(l_rtrl - l_bptt) <= 1e-12 * fabs(l_bptt));
  lstm_net_free(&g_bptt);
  lstm_net_free(&g_rtrl);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* irtrl against cut BPTT; and, so that the test knows the cut does
   something, both against plain BPTT, from which they must differ. */
START_TEST(irtrl_matches_cut_bptt)
{
  const test_case *c = &online_shapes[_i];
  lstm_net net, g_cut, g_irtrl, g_bptt;
  lstm_data data;
  lstm_bptt_opts cut = {0, 1};
  double l_cut, l_irtrl, rho, from_bptt;
  make_case(c, &net, &data);
  l_cut = bptt_with(&net, &data, &cut, &g_cut);
  l_irtrl = method_gradient(&net, &data, "irtrl", &g_irtrl, NULL);
  method_gradient(&net, &data, "bptt", &g_bptt, NULL);
  rho = lstm_block_difference(&g_irtrl, &g_cut);
  from_bptt = lstm_block_difference(&g_irtrl, &g_bptt);
  printf("irtrl vs cut bptt, %s: largest relative difference %.3g "
    "(irtrl vs bptt: %.3g)\n", c->what, rho, from_bptt);
  ck_assert_msg(rho <= AGREE, "%s: irtrl and cut bptt differ by %.3g",
    c->what, rho);
  ck_assert(fabs(l_irtrl - l_cut) <= 1e-12 * fabs(l_cut));
  ck_assert_msg(from_bptt > 1e-3, "%s: the cut changed nothing", c->what);
  lstm_net_free(&g_cut);
  lstm_net_free(&g_irtrl);
  lstm_net_free(&g_bptt);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* With a window at least as long as every sequence, tbptt is bptt, bit
   for bit; a shorter window changes the gradient. */
START_TEST(tbptt_long_window_is_bptt)
{
  const test_case *c = &online_shapes[_i];
  lstm_net net, g_bptt, g_t;
  lstm_data data;
  size_t longest = 0;
  char spec[32];
  make_case(c, &net, &data);
  for (size_t s = 0; s < data.count; s++)
    if (data.seq[s].T > longest) longest = data.seq[s].T;
  method_gradient(&net, &data, "bptt", &g_bptt, NULL);
  for (size_t extra = 0; extra <= 7; extra += 7) {
    snprintf(spec, sizeof spec, "tbptt:%zu", longest + extra);
    method_gradient(&net, &data, spec, &g_t, NULL);
    for (size_t q = 0; q < net.P; q++)
      ck_assert_msg(g_t.theta[q] == g_bptt.theta[q],
        "%s: %s differs from bptt at theta[%zu]", c->what, spec, q);
    lstm_net_free(&g_t);
  }
  snprintf(spec, sizeof spec, "tbptt:%zu", longest / 2);
  method_gradient(&net, &data, spec, &g_t, NULL);
  ck_assert_msg(lstm_block_difference(&g_t, &g_bptt) > 1e-3,
    "%s: %s equals bptt", c->what, spec);
  lstm_net_free(&g_t);
  lstm_net_free(&g_bptt);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The loss L_K of the book: every window starts from the state and output
   that the base network had before it, held fixed, and runs the probe
   network over its steps.  Its gradient at probe = base is what tbptt:K
   computes.  base_state and base_out hold the base network's forward
   pass, T rows of n. */
static double frozen_loss(const lstm_net *probe, const lstm_seq *seq,
  size_t K, const double *base_state, const double *base_out)
{
  const size_t n = probe->n;
  double *g = calloc(4 * n, sizeof *g), *st = calloc(2 * n, sizeof *st),
    *out = calloc(2 * n, sizeof *out), *pred = calloc(probe->k, sizeof *pred);
  double loss = 0;
  ck_assert(g && st && out && pred);
  for (size_t t = 0; t < seq->T; t++) {
    const double *sp, *op;
    double *sn = st + n * ((t + 1) % 2), *on = out + n * ((t + 1) % 2);
    if (t % K == 0) {
      static const double zero[64];
      ck_assert(n <= 64);
      sp = t ? base_state + (t - 1) * n : zero;
      op = t ? base_out + (t - 1) * n : zero;
    } else {
      sp = st + n * (t % 2);
      op = out + n * (t % 2);
    }
    lstm_step(probe, seq->x + t * seq->m, op, sp, g, sn, on);
    loss += lstm_output_forward(probe, on,
      lstm_target(seq, t), pred);
  }
  free(g); free(st); free(out); free(pred);
  return loss;
}

/* Central differences of L_K, with Richardson's extrapolation as in the
   gradient check, one parameter at a time. */
static void frozen_gradient(const lstm_net *net, const lstm_data *data,
  size_t K, lstm_net *fd)
{
  lstm_net probe;
  lstm_error err;
  double **bs = calloc(data->count, sizeof *bs),
    **bo = calloc(data->count, sizeof *bo);
  lstm_error_clear(&err);
  ck_assert(bs && bo);
  ck_assert_int_eq(lstm_net_copy(&probe, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(fd, net, &err), LSTM_OK);
  for (size_t s = 0; s < data->count; s++) {
    lstm_trace tr;
    const size_t T = data->seq[s].T, n = net->n;
    ck_assert_int_eq(lstm_trace_alloc(&tr, net, T, &err), LSTM_OK);
    lstm_forward(net, &data->seq[s], &tr);
    bs[s] = malloc(T * n * sizeof(double));
    bo[s] = malloc(T * n * sizeof(double));
    ck_assert(bs[s] && bo[s]);
    for (size_t t = 0; t < T; t++) {
      memcpy(bs[s] + t * n, lstm_state(&tr, t), n * sizeof(double));
      memcpy(bo[s] + t * n, lstm_out(&tr, t), n * sizeof(double));
    }
    lstm_trace_free(&tr);
  }
  for (size_t q = 0; q < net->P; q++) {
    double d[2];
    for (int half = 0; half < 2; half++) {
      double h = half ? LSTM_FD_STEP / 2 : LSTM_FD_STEP, keep = net->theta[q];
      double up, down, lup = 0, ldown = 0;
      probe.theta[q] = keep + h; up = probe.theta[q] - keep;
      for (size_t s = 0; s < data->count; s++)
        lup += frozen_loss(&probe, &data->seq[s], K, bs[s], bo[s]);
      probe.theta[q] = keep - h; down = keep - probe.theta[q];
      for (size_t s = 0; s < data->count; s++)
        ldown += frozen_loss(&probe, &data->seq[s], K, bs[s], bo[s]);
      probe.theta[q] = keep;
      d[half] = (lup - ldown) / (up + down);
    }
    fd->theta[q] = (4 * d[1] - d[0]) / 3;
  }
  for (size_t s = 0; s < data->count; s++) { free(bs[s]); free(bo[s]); }
  free(bs); free(bo);
  lstm_net_free(&probe);
}

START_TEST(tbptt_matches_frozen_differences)
{
  static const size_t windows[] = {1, 3, 4};
  const test_case *c = &online_shapes[_i];
  lstm_net net, g_t, fd;
  lstm_data data;
  lstm_check res;
  char spec[32];
  make_case(c, &net, &data);
  for (size_t w = 0; w < sizeof windows / sizeof windows[0]; w++) {
    snprintf(spec, sizeof spec, "tbptt:%zu", windows[w]);
    method_gradient(&net, &data, spec, &g_t, NULL);
    frozen_gradient(&net, &data, windows[w], &fd);
    lstm_compare(&g_t, &fd, &res);
    printf("%s vs differences of L_K, %s: largest relative error %.3g\n",
      spec, c->what, res.max_rel);
    ck_assert_msg(res.max_rel <= LSTM_CHECK_TOL, "%s, %s: error %.3g",
      c->what, spec, res.max_rel);
    lstm_net_free(&g_t);
    lstm_net_free(&fd);
  }
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* tbptt:1 on the worked example.  The test forms the one-step gradient of
   the book's section on K = 1 from the forward values of the trace, by
   the formulas printed there, and compares the program with it; then it
   compares the five-digit values printed in the book with it. */
START_TEST(tbptt1_worked_example)
{
  /* (dW row by row, dU, db) as printed in the book, one row per gate */
  static const double printed[4][4] = {
    {-0.0043086, -0.047386, -0.010396, -0.014001},
    {-0.000037321, -0.0023059, -0.00059832, -0.00059513},
    {-0.0031533, -0.018920, -0.0033823, -0.0063065},
    {-0.024136, -0.15903, -0.029700, -0.051825}};
  lstm_net net, g_t, g_bptt, mine;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  const lstm_seq *seq;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_example(&net, &data, &err), LSTM_OK);
  seq = &data.seq[0];
  ck_assert_int_eq(lstm_net_like(&mine, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, seq->T, &err), LSTM_OK);
  lstm_forward(&net, seq, &tr);
  for (size_t t = 0; t < seq->T; t++) {
    const double *g = lstm_gates(&tr, t);
    double a = g[0], i = g[1], f = g[2], o = g[3];
    double s = lstm_state(&tr, t)[0], sp = lstm_state_prev(&tr, t)[0];
    double op = lstm_out_prev(&tr, t)[0], th = tanh(s);
    double Delta = lstm_out(&tr, t)[0] - lstm_target(seq, t)[0];
    double ds = Delta * o * (1 - th * th), dg[4];
    dg[0] = ds * i * (1 - a * a);
    dg[1] = ds * a * i * (1 - i);
    dg[2] = ds * sp * f * (1 - f);
    dg[3] = Delta * th * o * (1 - o);
    for (size_t q = 0; q < 4; q++) {
      mine.W[2 * q] += dg[q] * seq->x[2 * t];
      mine.W[2 * q + 1] += dg[q] * seq->x[2 * t + 1];
      mine.U[q] += dg[q] * op;
      mine.b[q] += dg[q];
    }
  }
  method_gradient(&net, &data, "tbptt:1", &g_t, NULL);
  method_gradient(&net, &data, "bptt", &g_bptt, NULL);
  for (size_t q = 0; q < net.P; q++)
    ck_assert_msg(fabs(g_t.theta[q] - mine.theta[q]) <= 1e-15,
      "theta[%zu]: tbptt:1 gives %.17g, the formulas %.17g", q,
      g_t.theta[q], mine.theta[q]);
  for (size_t q = 0; q < 4; q++) {
    const double v[4] = {mine.W[2 * q], mine.W[2 * q + 1], mine.U[q],
      mine.b[q]};
    for (size_t l = 0; l < 4; l++) {
      /* half a unit in the fifth significant digit */
      double unit = pow(10.0, floor(log10(fabs(printed[q][l]))) - 4);
      ck_assert_msg(fabs(v[l] - printed[q][l]) <= 0.5 * unit + 1e-15,
        "gate %zu, column %zu: the book prints %.5g, the formulas give %.17g",
        q, l, printed[q][l], v[l]);
    }
  }
  /* What the book says about which entries BPTT shares: dU and the row
     of the forget gate are BPTT's, every other entry differs. */
  for (size_t q = 0; q < 4; q++) {
    ck_assert(fabs(g_t.U[q] - g_bptt.U[q]) <= 1e-15);
    for (size_t l = 0; l < 2; l++)
      ck_assert(q == 2 ? fabs(g_t.W[2 * q + l] - g_bptt.W[2 * q + l]) <= 1e-15
        : fabs(g_t.W[2 * q + l] - g_bptt.W[2 * q + l]) > 1e-4);
  }
  printf("tbptt:1 on the worked example: db = %.5g %.5g %.5g %.5g\n",
    g_t.b[0], g_t.b[1], g_t.b[2], g_t.b[3]);
  lstm_trace_free(&tr);
  lstm_net_free(&mine);
  lstm_net_free(&g_t);
  lstm_net_free(&g_bptt);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The online interface: the gradient that lstm_rtrl_step adds at step t
   is the gradient of l_t alone, which BPTT computes on the first t+1
   steps of the sequence with a target at step t only. */
START_TEST(rtrl_step_adds_that_steps_gradient)
{
  static const int kinds[2] = {LSTM_RTRL_EXACT, LSTM_RTRL_INTERNAL};
  lstm_net net, step_grad, ref;
  lstm_data data;
  lstm_error err;
  lstm_rtrl r;
  lstm_bptt_opts cut = {0, 1};
  const lstm_seq *seq;
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 41);
  random_data(&data, 3, 2, 1, 9, 1.0, 0, 42);
  seq = &data.seq[0];
  ck_assert_int_eq(lstm_net_like(&step_grad, &net, &err), LSTM_OK);
  for (int kk = 0; kk < 2; kk++) {
    ck_assert_int_eq(lstm_rtrl_init(&r, &net, kinds[kk], &err), LSTM_OK);
    for (size_t t = 0; t < seq->T; t++) {
      lstm_data one;
      lstm_seq *prefix;
      double loss, ref_loss;
      memset(step_grad.theta, 0, net.P * sizeof(double));
      ck_assert_int_eq(lstm_rtrl_step(&r, &net, seq->x + t * seq->m,
        lstm_target(seq, t), &step_grad, &loss, &err), LSTM_OK);
      lstm_data_init(&one, net.m, net.k);
      ck_assert_int_eq(lstm_data_add(&one, t + 1, &prefix, &err), LSTM_OK);
      memcpy(prefix->x, seq->x, (t + 1) * seq->m * sizeof(double));
      memcpy(lstm_target_set(prefix, t, &err), lstm_target(seq, t),
        seq->k * sizeof(double));
      ref_loss = bptt_with(&net, &one, kinds[kk] ? &cut : NULL, &ref);
      ck_assert(fabs(loss - ref_loss) <= 1e-13 * fabs(ref_loss));
      ck_assert_msg(lstm_block_difference(&step_grad, &ref) <= AGREE,
        "kind %d, step %zu: %.3g", kinds[kk], t,
        lstm_block_difference(&step_grad, &ref));
      lstm_net_free(&ref);
      lstm_data_free(&one);
    }
    lstm_rtrl_free(&r);
  }
  lstm_net_free(&step_grad);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* One object reused for several sequences, reset between them, as a
   training loop uses it, gives the gradient of the whole data set. */
START_TEST(rtrl_reset_starts_a_new_sequence)
{
  static const char *spec[2] = {"rtrl", "irtrl"};
  static const int kinds[2] = {LSTM_RTRL_EXACT, LSTM_RTRL_INTERNAL};
  lstm_net net, online, ref;
  lstm_data data;
  lstm_error err;
  lstm_rtrl r;
  lstm_error_clear(&err);
  random_net(&net, 2, 3, 3, LSTM_OUT_SOFTMAX, 71);
  random_data(&data, 2, 3, 3, 6, 0.5, 1, 72);
  for (int kk = 0; kk < 2; kk++) {
    double loss = 0, ref_loss;
    ck_assert_int_eq(lstm_net_like(&online, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_rtrl_init(&r, &net, kinds[kk], &err), LSTM_OK);
    for (size_t s = 0; s < data.count; s++) {
      const lstm_seq *seq = &data.seq[s];
      lstm_rtrl_reset(&r);
      for (size_t t = 0; t < seq->T; t++) {
        double step_loss;
        ck_assert_int_eq(lstm_rtrl_step(&r, &net, seq->x + t * seq->m,
          lstm_target(seq, t), &online, &step_loss,
          &err), LSTM_OK);
        loss += step_loss;
      }
    }
    lstm_rtrl_free(&r);
    ref_loss = method_gradient(&net, &data, spec[kk], &ref, NULL);
    ck_assert(fabs(loss - ref_loss) <= 1e-13 * fabs(ref_loss));
    ck_assert(lstm_block_difference(&online, &ref) <= AGREE);
    lstm_net_free(&online);
    lstm_net_free(&ref);
  }
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Bad input is refused with a clear error, not a crash. */
START_TEST(bad_use_is_refused)
{
  lstm_net net, other, grad;
  lstm_data data;
  lstm_error err;
  lstm_rtrl r;
  long param;
  double loss;
  const lstm_method *tbptt;
  lstm_error_clear(&err);
  random_net(&net, 2, 3, 3, LSTM_OUT_NONE, 51);
  random_net(&other, 2, 4, 4, LSTM_OUT_NONE, 52);
  random_data(&data, 2, 3, 1, 5, 1.0, 0, 53);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_rtrl_init(&r, &net, 7, &err), LSTM_EUSAGE);
  ck_assert_int_eq(lstm_rtrl_init(&r, &net, LSTM_RTRL_EXACT, &err), LSTM_OK);
  ck_assert_int_eq(lstm_rtrl_step(&r, &other, data.seq[0].x, NULL, NULL,
    &loss, &err), LSTM_EUSAGE);
  ck_assert_int_eq(lstm_rtrl_step(&r, &net, data.seq[0].x,
    lstm_target(&data.seq[0], 0),
    &other, &loss, &err), LSTM_EUSAGE);
  printf("refused: %s\n", err.msg);
  lstm_rtrl_free(&r);
  ck_assert_ptr_null(lstm_method_find("tbptt", &param, &err));
  ck_assert_ptr_null(lstm_method_find("tbptt:0", &param, &err));
  ck_assert_ptr_null(lstm_method_find("rtrl:3", &param, &err));
  tbptt = lstm_method_find("tbptt:2", &param, &err);
  ck_assert_ptr_nonnull(tbptt);
  ck_assert_int_eq(param, 2);
  ck_assert_int_eq(lstm_gradient(&net, &data, tbptt, 0, &grad, &loss, NULL,
    &err), LSTM_EUSAGE);
  lstm_net_free(&grad);
  lstm_net_free(&net);
  lstm_net_free(&other);
  lstm_data_free(&data);
}
END_TEST

/* What rtrl and irtrl allocate does not depend on T; what bptt
   allocates grows with it. */
START_TEST(memory_independent_of_length)
{
  static const char *spec[3] = {"rtrl", "irtrl", "bptt"};
  lstm_net net, grad;
  lstm_data shortd, longd;
  lstm_stats st_short, st_long;
  random_net(&net, 3, 5, 2, LSTM_OUT_SOFTMAX, 61);
  random_data(&shortd, 3, 2, 1, 4, 0.5, 1, 62);
  random_data(&longd, 3, 2, 1, 400, 0.5, 1, 63);
  for (int q = 0; q < 3; q++) {
    method_gradient(&net, &shortd, spec[q], &grad, &st_short);
    lstm_net_free(&grad);
    method_gradient(&net, &longd, spec[q], &grad, &st_long);
    lstm_net_free(&grad);
    printf("%s: working storage %zu bytes for T = 4, %zu bytes for T = 400\n",
      spec[q], st_short.work_bytes, st_long.work_bytes);
    ck_assert(st_short.work_bytes > 0);
    if (q < 2) ck_assert(st_short.work_bytes == st_long.work_bytes);
    else ck_assert(st_long.work_bytes > 50 * st_short.work_bytes);
  }
  lstm_net_free(&net);
  lstm_data_free(&shortd);
  lstm_data_free(&longd);
}
END_TEST

/* rtrl passes the gradient check; the inexact methods are refused by it. */
START_TEST(gradcheck_passes_for_rtrl)
{
  const test_case *c = &online_shapes[_i];
  lstm_net net;
  lstm_data data;
  lstm_check res;
  lstm_error err;
  long param;
  lstm_error_clear(&err);
  make_case(c, &net, &data);
  assert_gradcheck(c, &net, &data, "rtrl", &res);
  printf("gradient check of rtrl, %s: largest relative error %.3g\n",
    c->what, res.max_rel);
  ck_assert_int_eq(lstm_gradcheck(&net, &data,
    lstm_method_find("irtrl", &param, &err), param, LSTM_FD_STEP, &res,
    &err), LSTM_EUSAGE);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

Suite *rtrl_suite(void)
{
  Suite *s = suite_create("rtrl");
  TCase *tc = tcase_create("methods");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, rtrl_matches_bptt, 0, (int)ONLINE_SHAPES);
  tcase_add_loop_test(tc, irtrl_matches_cut_bptt, 0, (int)ONLINE_SHAPES);
  tcase_add_loop_test(tc, tbptt_long_window_is_bptt, 0, (int)ONLINE_SHAPES);
  tcase_add_loop_test(tc, tbptt_matches_frozen_differences, 0, 6);
  tcase_add_test(tc, tbptt1_worked_example);
  tcase_add_test(tc, rtrl_step_adds_that_steps_gradient);
  tcase_add_test(tc, rtrl_reset_starts_a_new_sequence);
  tcase_add_test(tc, bad_use_is_refused);
  tcase_add_test(tc, memory_independent_of_length);
  tcase_add_loop_test(tc, gradcheck_passes_for_rtrl, 0, 6);
  suite_add_tcase(s, tc);
  return s;
}
