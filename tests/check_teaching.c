/* Teaching from the book.  Two suites.

   "exercises": the tests of the sections that the student edition leaves
   out (book/student.ch), other than BPTT's, which the worked-example and
   gradient suites test.  Each test case is named after its exercise, and
   each failure message names it too, so that a student who runs
   `make student-test' is sent to the right exercise.  Both compare with
   references that do not use the code under test: exact RTRL with
   central differences of the loss, the internal RTRL with central
   differences of the loss of the cut network, which this file computes
   itself from lstm_step.

   "answers": the numbers and claims of the answers in chapters/answers.w,
   computed here from the library and compared with the text. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#ifndef WEBDIR
#define WEBDIR "chapters"
#endif

static const test_case shapes[] = {
  {"one cell", 2, 1, 1, LSTM_OUT_NONE, 1, 6, 1.0, 21},
  {"three cells, targets at some steps", 2, 3, 3, LSTM_OUT_NONE, 1, 9, 0.5,
    22},
  {"squared-error output layer, two sequences", 3, 2, 2, LSTM_OUT_L2, 2, 7,
    0.6, 23},
  {"softmax output layer", 2, 3, 3, LSTM_OUT_SOFTMAX, 1, 8, 0.5, 24},
};
#define SHAPES (sizeof shapes / sizeof shapes[0])

static const lstm_method *method(const char *name)
{
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(name, &param, &err);
  ck_assert_msg(meth != NULL, "no method %s: %s", name, err.msg);
  return meth;
}

/* Exercise rtrl.4: the exact sensitivities, checked through the gradient
   they give, against central differences of the loss. */
START_TEST(rtrl_matches_central_differences)
{
  const test_case *c = &shapes[_i];
  lstm_net net;
  lstm_data data;
  lstm_check res;
  lstm_error err;
  lstm_error_clear(&err);
  make_case(c, &net, &data);
  ck_assert_int_eq(lstm_gradcheck(&net, &data, method("rtrl"), 0,
    LSTM_FD_STEP, &res, &err), LSTM_OK);
  printf("exercise rtrl.4, %s: largest relative error of rtrl %.3g\n",
    c->what, res.max_rel);
  for (size_t q = 0; q < res.blocks; q++)
    ck_assert_msg(res.block[q].max_rel <= LSTM_CHECK_TOL,
      "Exercise rtrl.4 (the exact RTRL sensitivities): %s: block %s of the "
      "rtrl gradient differs from central differences, relative error %.3g "
      "at theta[%zu]", c->what, res.block[q].name, res.block[q].max_rel,
      res.block[q].worst);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The loss of the cut network of the chapter on the internal RTRL: the
   forward values are those of |ref|, the unperturbed network, except
   that each step's gates are computed with the weights of |net| from the
   output |ref| had at the step before.  The state runs on with |net|. */
static double cut_loss(const lstm_net *net, const lstm_net *ref,
  const lstm_data *data)
{
  const size_t n = net->n;
  double loss = 0;
  double *g = calloc(4 * n, sizeof *g), *pred = calloc(net->k, sizeof *pred);
  double *state = calloc(2 * n, sizeof *state), *out = calloc(2 * n,
    sizeof *out);
  double *ref_state = calloc(2 * n, sizeof *ref_state),
    *ref_out = calloc(2 * n, sizeof *ref_out), *ref_g = calloc(4 * n,
    sizeof *ref_g);
  ck_assert(g && pred && state && out && ref_state && ref_out && ref_g);
  for (size_t s = 0; s < data->count; s++) {
    const lstm_seq *seq = &data->seq[s];
    memset(state, 0, 2 * n * sizeof *state);
    memset(ref_state, 0, 2 * n * sizeof *ref_state);
    memset(ref_out, 0, 2 * n * sizeof *ref_out);
    for (size_t t = 0; t < seq->T; t++) {
      const size_t now = t % 2, before = 1 - now;
      const double *x = seq->x + t * seq->m;
      lstm_step(net, x, ref_out + before * n, state + before * n, g,
        state + now * n, out + now * n);
      loss += lstm_output_forward(net, out + now * n,
        lstm_target(seq, t), pred);
      lstm_step(ref, x, ref_out + before * n, ref_state + before * n, ref_g,
        ref_state + now * n, ref_out + now * n);
    }
  }
  free(g); free(pred); free(state); free(out);
  free(ref_state); free(ref_out); free(ref_g);
  return loss;
}

/* Exercise irtrl.3: the internal RTRL against central differences of the
   cut loss, extrapolated as the library's gradient check does. */
START_TEST(irtrl_matches_cut_differences)
{
  const test_case *c = &shapes[_i];
  const double h = LSTM_FD_STEP;
  lstm_net net, probe, grad;
  lstm_data data;
  lstm_error err;
  double loss, worst = 0;
  size_t at = 0;
  lstm_error_clear(&err);
  make_case(c, &net, &data);
  ck_assert_int_eq(lstm_net_copy(&probe, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, method("irtrl"), 0, &grad,
    &loss, NULL, &err), LSTM_OK);
  ck_assert_double_eq_tol(loss, cut_loss(&net, &net, &data), 1e-12);
  for (size_t k = 0; k < net.P; k++) {
    double d[2], fd, r;
    for (int half = 0; half < 2; half++) {
      const double step = half ? h / 2 : h, keep = net.theta[k];
      double up, down, lup, ldown;
      probe.theta[k] = keep + step; up = probe.theta[k] - keep;
      lup = cut_loss(&probe, &net, &data);
      probe.theta[k] = keep - step; down = keep - probe.theta[k];
      ldown = cut_loss(&probe, &net, &data);
      probe.theta[k] = keep;
      d[half] = (lup - ldown) / (up + down);
    }
    fd = (4 * d[1] - d[0]) / 3;
    r = fabs(grad.theta[k] - fd) /
      fmax(fmax(fabs(grad.theta[k]), fabs(fd)), LSTM_REL_FLOOR);
    if (r > worst) { worst = r; at = k; }
  }
  printf("exercise irtrl.3, %s: largest relative error of irtrl %.3g\n",
    c->what, worst);
  ck_assert_msg(worst <= LSTM_CHECK_TOL,
    "Exercise irtrl.3 (the internal RTRL sensitivities): %s: the irtrl "
    "gradient differs from central differences of the cut loss, relative "
    "error %.3g at theta[%zu]", c->what, worst, at);
  lstm_net_free(&net);
  lstm_net_free(&probe);
  lstm_net_free(&grad);
  lstm_data_free(&data);
}
END_TEST

/* Exercise snap1.5: SnAp-1 against a second derivation written here from
   its definition: exact RTRL on dense sensitivity matrices, from the
   recursion of the RTRL chapter, with the mask applied after every step.
   It uses the library only for the forward step and the output layer,
   which no exercise touches. */
static int snap_kept(size_t m, size_t n, size_t j, size_t k, int state)
{
  size_t r = k < 4 * n * m ? k / m : k < 4 * n * (m + n) ?
    (k - 4 * n * m) / n : k - 4 * n * (m + n);
  return r % n == j && (!state || r / n != 3);
}

static void snap1_by_definition(const lstm_net *net, const lstm_data *data,
  lstm_net *grad)
{
  const size_t m = net->m, n = net->n, k = net->k,
    P = 4 * n * (m + n + 1);
  double *S = calloc(n * P, sizeof *S), *H = calloc(n * P, sizeof *H),
    *Hp = calloc(n * P, sizeof *Hp), *G = calloc(4 * n * P, sizeof *G),
    *g = calloc(4 * n, sizeof *g), *st = calloc(2 * n, sizeof *st),
    *ou = calloc(2 * n, sizeof *ou), *Delta = calloc(n, sizeof *Delta),
    *pred = calloc(k, sizeof *pred), *e = calloc(k, sizeof *e);
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert(S && H && Hp && G && g && st && ou && Delta && pred && e);
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  for (size_t s = 0; s < data->count; s++) {
    const lstm_seq *seq = &data->seq[s];
    memset(S, 0, n * P * sizeof *S); memset(H, 0, n * P * sizeof *H);
    memset(st, 0, 2 * n * sizeof *st); memset(ou, 0, 2 * n * sizeof *ou);
    for (size_t t = 0; t < seq->T; t++) {
      const double *x = seq->x + t * m, *y = lstm_target(seq, t);
      double *sp = st + (t % 2) * n, *sn = st + (1 - t % 2) * n,
        *op = ou + (t % 2) * n, *on = ou + (1 - t % 2) * n;
      lstm_step(net, x, op, sp, g, sn, on);
      lstm_output_forward(net, on, y, pred);
      memset(Delta, 0, n * sizeof *Delta);
      if (y) lstm_output_backward(net, on, pred, y, Delta, grad, e);
      memcpy(Hp, H, n * P * sizeof *H);
      /* G = D + U H_{t-1}: row rho gets U's row times H_{t-1} and the
         sources of the parameters of row rho */
      for (size_t rho = 0; rho < 4 * n; rho++) {
        double *Gr = G + rho * P;
        for (size_t c = 0; c < P; c++) {
          double sum = 0;
          for (size_t l = 0; l < n; l++) sum += net->U[rho * n + l] * Hp[l * P + c];
          Gr[c] = sum;
        }
        for (size_t l = 0; l < m; l++) Gr[rho * m + l] += x[l];
        for (size_t l = 0; l < n; l++) Gr[4 * n * m + rho * n + l] += op[l];
        Gr[4 * n * (m + n) + rho] += 1;
      }
      for (size_t j = 0; j < n; j++) {
        const double a = g[j], i = g[n + j], f = g[2 * n + j],
          o = g[3 * n + j], th = tanh(sn[j]);
        for (size_t c = 0; c < P; c++) {
          const double snew = i * (1 - a * a) * G[j * P + c] +
            a * i * (1 - i) * G[(n + j) * P + c] +
            sp[j] * f * (1 - f) * G[(2 * n + j) * P + c] + f * S[j * P + c];
          const double hnew = o * (1 - th * th) * snew +
            th * o * (1 - o) * G[(3 * n + j) * P + c];
          S[j * P + c] = snap_kept(m, n, j, c, 1) ? snew : 0;
          H[j * P + c] = snap_kept(m, n, j, c, 0) ? hnew : 0;
        }
      }
      if (y) for (size_t j = 0; j < n; j++)
        for (size_t c = 0; c < P; c++) grad->theta[c] += Delta[j] * H[j * P + c];
    }
  }
  free(S); free(H); free(Hp); free(G); free(g); free(st); free(ou);
  free(Delta); free(pred); free(e);
}

START_TEST(snap1_matches_its_definition)
{
  const test_case *c = &shapes[_i];
  lstm_net net, ref, grad;
  lstm_data data;
  lstm_error err;
  double loss, rho;
  lstm_error_clear(&err);
  make_case(c, &net, &data);
  snap1_by_definition(&net, &data, &ref);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, method("snap1"), 0, &grad,
    &loss, NULL, &err), LSTM_OK);
  rho = lstm_block_difference(&grad, &ref);
  printf("exercise snap1.5, %s: snap1 against its definition %.3g\n",
    c->what, rho);
  ck_assert_msg(rho <= 1e-12,
    "Exercise snap1.5 (the factors of SnAp-1): %s: the snap1 gradient "
    "differs from exact RTRL with the SnAp-1 mask by %.3g (largest "
    "difference over the largest entry, in the worst block)", c->what, rho);
  lstm_net_free(&net);
  lstm_net_free(&ref);
  lstm_net_free(&grad);
  lstm_data_free(&data);
}
END_TEST

Suite *exercises_suite(void)
{
  Suite *s = suite_create("exercises");
  TCase *rtrl = tcase_create("Exercise rtrl.4");
  TCase *irtrl = tcase_create("Exercise irtrl.3");
  TCase *snap1 = tcase_create("Exercise snap1.5");
  tcase_set_timeout(rtrl, 60);
  tcase_set_timeout(irtrl, 60);
  tcase_set_timeout(snap1, 60);
  tcase_add_loop_test(rtrl, rtrl_matches_central_differences, 0,
    (int)SHAPES);
  tcase_add_loop_test(irtrl, irtrl_matches_cut_differences, 0, (int)SHAPES);
  suite_add_tcase(s, rtrl);
  tcase_add_loop_test(snap1, snap1_matches_its_definition, 0, (int)SHAPES);
  suite_add_tcase(s, irtrl);
  suite_add_tcase(s, snap1);
  return s;
}

/* ------------------------------------------------------------ answers */

/* The value printed in chapters/answers.w as \checked{key}{value}: the
   value with TeX's thin spaces and {,} separators taken out. */
static double answer_value(const char *key, int *decimals)
{
  static char text[200000];
  char want[128], num[64];
  FILE *f = fopen(WEBDIR "/answers.w", "r");
  size_t len, q = 0;
  const char *at, *p;
  ck_assert_ptr_nonnull(f);
  len = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  text[len] = '\0';
  snprintf(want, sizeof want, "\\checked{%s}{", key);
  at = strstr(text, want);
  ck_assert_msg(at != NULL, "chapters/answers.w has no \\checked{%s}", key);
  for (p = at + strlen(want); *p && *p != '}'; p++) {
    if (strncmp(p, "{,}", 3) == 0) { p += 2; continue; }
    if (strncmp(p, "\\,", 2) == 0) { p += 1; continue; }
    ck_assert_int_lt(q, sizeof num - 1);
    num[q++] = *p;
  }
  num[q] = '\0';
  p = strchr(num, '.');
  *decimals = p ? (int)strlen(p + 1) : 0;
  return atof(num);
}

/* The text must give the computed value rounded to the digits it prints. */
static void check_answer(const char *key, double computed)
{
  int decimals;
  double printed = answer_value(key, &decimals);
  printf("answer %s: computed %.17g, printed %.*f\n", key, computed,
    decimals, printed);
  ck_assert_msg(fabs(printed - computed) <= 0.5 * pow(10, -decimals) *
    (1 + 1e-12), "chapters/answers.w gives %s = %.*f, but it is %.17g", key,
    decimals, printed, computed);
}

/* Answer bptt.1: the memory of the worked example's trace. */
START_TEST(answer_trace_of_worked_example)
{
  lstm_net net;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_example(&net, &data, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, data.seq[0].T, &err),
    LSTM_OK);
  check_answer("bptt.1 numbers", (double)(tr.bytes / sizeof(double)));
  check_answer("bptt.1 bytes", (double)tr.bytes);
  lstm_trace_free(&tr);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Answers intro.1, gradcheck.1, example.1 and example.2. */
START_TEST(answer_sizes_and_worked_example)
{
  lstm_net net, grad;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  size_t P;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_size(3, 5, 5, LSTM_OUT_NONE, &P, &err), LSTM_OK);
  check_answer("intro.1 P", (double)P);
  ck_assert_int_eq(lstm_net_size(3, 5, 2, LSTM_OUT_L2, &P, &err), LSTM_OK);
  check_answer("intro.1 P with layer", (double)P);
  ck_assert_int_eq(lstm_example(&net, &data, &err), LSTM_OK);
  check_answer("gradcheck.1", 4.0 * (double)net.P);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, 2, &err), LSTM_OK);
  lstm_forward(&net, &data.seq[0], &tr);
  lstm_backward(&net, &data.seq[0], &tr, &grad);
  check_answer("example.1 state", lstm_state(&tr, 0)[0]);
  check_answer("example.1 out", lstm_out(&tr, 0)[0]);
  check_answer("example.2 Delta", lstm_out(&tr, 1)[0] -
    lstm_target(&data.seq[0], 1)[0]);
  check_answer("example.2 dstate", lstm_dstate(&tr, 1)[0]);
  check_answer("example.2 da", lstm_dgates(&tr, 1)[0]);
  check_answer("example.2 di", lstm_dgates(&tr, 1)[1]);
  check_answer("example.2 df", lstm_dgates(&tr, 1)[2]);
  check_answer("example.2 do", lstm_dgates(&tr, 1)[3]);
  lstm_trace_free(&tr);
  lstm_net_free(&grad);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Answer bptt.2: delta f_0 is zero, exactly, on any network. */
START_TEST(answer_forget_delta_at_first_step)
{
  lstm_net net, grad;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 4, LSTM_OUT_NONE, 31);
  random_data(&data, 3, 4, 1, 10, 1.0, 0, 32);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, 10, &err), LSTM_OK);
  lstm_forward(&net, &data.seq[0], &tr);
  lstm_backward(&net, &data.seq[0], &tr, &grad);
  for (size_t j = 0; j < 4; j++) {
    ck_assert(lstm_dgates(&tr, 0)[2 * 4 + j] == 0);
    ck_assert(lstm_dgates(&tr, 1)[2 * 4 + j] != 0); /* the test can fail */
  }
  lstm_trace_free(&tr);
  lstm_net_free(&grad);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Answers rtrl.1, rtrl.2 and irtrl.1: the memory of the two RTRLs for
   m = n = 1000.  The formula is first checked against what lstm_rtrl_init
   allocates on small networks, then evaluated where it cannot be. */
static double rtrl_numbers(size_t m, size_t n, size_t k, int kind)
{
  const double P = 4.0 * n * (m + n + 1);
  return (kind == LSTM_RTRL_EXACT ? (3.0 * n + 4) * P : P) + 11.0 * n +
    2.0 * k;
}

START_TEST(answer_rtrl_memory)
{
  const double n = 1000, m = 1000, P = 4 * n * (m + n + 1);
  for (size_t n1 = 1; n1 <= 5; n1++)
    for (int kind = LSTM_RTRL_EXACT; kind <= LSTM_RTRL_INTERNAL; kind++) {
      lstm_net net;
      lstm_rtrl r;
      lstm_error err;
      lstm_error_clear(&err);
      random_net(&net, 3, n1, 2, LSTM_OUT_L2, 40 + n1);
      ck_assert_int_eq(lstm_rtrl_init(&r, &net, kind, &err), LSTM_OK);
      ck_assert(r.bytes == sizeof(double) *
        (size_t)rtrl_numbers(3, n1, 2, kind));
      lstm_rtrl_free(&r);
      lstm_net_free(&net);
    }
  check_answer("rtrl.1 P", P);
  check_answer("rtrl.1 GB", sizeof(double) *
    rtrl_numbers(1000, 1000, 1000, LSTM_RTRL_EXACT) / 1e9);
  check_answer("rtrl.1 flops", 4 * n * n * P / 1e13);
  /* BPTT's trace without an output layer: 12n numbers a step. */
  check_answer("rtrl.2 steps",
    rtrl_numbers(1000, 1000, 1000, LSTM_RTRL_EXACT) / (12 * n) / 1e6);
  check_answer("irtrl.1 MB", sizeof(double) *
    rtrl_numbers(1000, 1000, 1000, LSTM_RTRL_INTERNAL) / 1e6);
}
END_TEST

/* Answer irtrl.2: with U = 0 the cut removes nothing, and irtrl is BPTT. */
START_TEST(answer_irtrl_exact_without_recurrence)
{
  lstm_net net, g1, g2;
  lstm_data data;
  lstm_error err;
  double l1, l2;
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 51);
  random_data(&data, 3, 2, 2, 9, 0.7, 0, 52);
  ck_assert_int_eq(lstm_net_like(&g1, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&g2, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, method("irtrl"), 0, &g1, &l1,
    NULL, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, method("bptt"), 0, &g2, &l2,
    NULL, &err), LSTM_OK);
  ck_assert(lstm_block_difference(&g1, &g2) > 1e-3); /* U != 0: they differ */
  memset(net.U, 0, 4 * 4 * 4 * sizeof *net.U);
  ck_assert_int_eq(lstm_gradient(&net, &data, method("irtrl"), 0, &g1, &l1,
    NULL, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, method("bptt"), 0, &g2, &l2,
    NULL, &err), LSTM_OK);
  ck_assert_msg(lstm_block_difference(&g1, &g2) <= 1e-10,
    "with U = 0, irtrl and bptt differ by %.3g",
    lstm_block_difference(&g1, &g2));
  lstm_net_free(&net); lstm_net_free(&g1); lstm_net_free(&g2);
  lstm_data_free(&data);
}
END_TEST

/* Answer tbptt.1: tbptt:1 and irtrl agree on the output gates' rows of W,
   U and b always, and on every parameter when the sequence has one step. */
START_TEST(answer_tbptt1_and_irtrl)
{
  const size_t m = 2, n = 3;
  for (size_t T = 1; T <= 6; T += 5) {
    lstm_net net, g1, g2;
    lstm_data data;
    lstm_error err;
    double l1, l2, worst = 0, other = 0;
    long param;
    const lstm_method *tb;
    lstm_error_clear(&err);
    random_net(&net, m, n, n, LSTM_OUT_NONE, 60 + T);
    random_data(&data, m, n, 1, T, 1.0, 0, 70 + T);
    ck_assert_int_eq(lstm_net_like(&g1, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_net_like(&g2, &net, &err), LSTM_OK);
    tb = lstm_method_find("tbptt:1", &param, &err);
    ck_assert_ptr_nonnull(tb);
    ck_assert_int_eq(lstm_gradient(&net, &data, tb, param, &g1, &l1, NULL,
      &err), LSTM_OK);
    ck_assert_int_eq(lstm_gradient(&net, &data, method("irtrl"), 0, &g2,
      &l2, NULL, &err), LSTM_OK);
    for (size_t row = 0; row < 4 * n; row++) {
      const size_t at[3] = {row * m, 4 * n * m + row * n,
        4 * n * (m + n) + row}, len[3] = {m, n, 1};
      for (int part = 0; part < 3; part++)
        for (size_t l = 0; l < len[part]; l++) {
          double d = fabs(g1.theta[at[part] + l] - g2.theta[at[part] + l]) /
            fmax(fabs(g2.theta[at[part] + l]), 1e-300);
          if (row >= 3 * n || T == 1) worst = fmax(worst, d);
          else other = fmax(other, d);
        }
    }
    ck_assert_msg(worst <= 1e-12, "T = %zu: tbptt:1 and irtrl differ by %.3g",
      T, worst);
    if (T > 1) ck_assert(other > 1e-3); /* elsewhere they do differ */
    lstm_net_free(&net); lstm_net_free(&g1); lstm_net_free(&g2);
    lstm_data_free(&data);
  }
}
END_TEST

/* Answer bptt.5: the memory of a checkpointed trace, m = n = 100 without an
   output layer, T = 10,000 and K = 100, from the row the library allocates. */
START_TEST(answer_checkpoint_memory)
{
  lstm_net net;
  lstm_trace tr;
  lstm_error err;
  double row;
  lstm_error_clear(&err);
  random_net(&net, 100, 100, 100, LSTM_OUT_NONE, 50);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, 1, &err), LSTM_OK);
  row = (double)tr.stride * sizeof(double);
  ck_assert(tr.stride == 12 * 100); /* the 12n of the text */
  check_answer("bptt.5 full MB", 10000 * row / 1e6);
  check_answer("bptt.5 MB", (10000 / 100 + 100) * row / 1e6);
  lstm_trace_free(&tr);
  lstm_net_free(&net);
}
END_TEST

/* Answers balance.2, inspect.1 and text.2: numbers of the logistic
   function, the forget gate sigma(b) of the cell's equations. */
static double logistic(double x) { return 1 / (1 + exp(-x)); }

START_TEST(answer_gate_numbers)
{
  const double f2 = logistic(3);
  check_answer("balance.2 h=2", 1 - pow(f2, 1));
  check_answer("balance.2 h=10", 1 - pow(f2, 9));
  check_answer("balance.2 h=30", 1 - pow(f2, 29));
  check_answer("balance.2 h=50", 1 - pow(f2, 49));
  check_answer("inspect.1 slope -2", log10(logistic(-2)));
  check_answer("inspect.1 slope 2", log10(logistic(2)));
  check_answer("text.2 tau", 2 / log(9));
  ck_assert(fabs(logistic(2 / (2 / log(9))) - 0.9) < 1e-12);
}
END_TEST

Suite *answers_suite(void)
{
  Suite *s = suite_create("answers");
  TCase *tc = tcase_create("answers");
  tcase_add_test(tc, answer_sizes_and_worked_example);
  tcase_add_test(tc, answer_trace_of_worked_example);
  tcase_add_test(tc, answer_forget_delta_at_first_step);
  tcase_add_test(tc, answer_rtrl_memory);
  tcase_add_test(tc, answer_irtrl_exact_without_recurrence);
  tcase_add_test(tc, answer_tbptt1_and_irtrl);
  tcase_add_test(tc, answer_checkpoint_memory);
  tcase_add_test(tc, answer_gate_numbers);
  suite_add_tcase(s, tc);
  return s;
}
