/* The BPTT gradient against central differences, on random networks of
   several shapes.  Between them the cases take every branch of the
   backward code: targets at every step and at some steps, one and several
   sequences, no output layer, a squared-error layer and a softmax layer. */
#include <math.h>
#include <stdio.h>
#include "suites.h"

static const test_case shapes[] = {
  {"m = n = T = 1", 1, 1, 1, LSTM_OUT_NONE, 1, 1, 1.0, 1},
  {"n = 8, m = 5, T = 30", 5, 8, 8, LSTM_OUT_NONE, 1, 30, 1.0, 2},
  {"targets at some steps", 3, 4, 4, LSTM_OUT_NONE, 1, 12, 0.3, 3},
  {"several sequences", 2, 6, 6, LSTM_OUT_NONE, 3, 9, 0.6, 4},
  {"squared-error output layer", 3, 5, 2, LSTM_OUT_L2, 2, 10, 0.5, 5},
  {"softmax output layer", 4, 3, 4, LSTM_OUT_SOFTMAX, 3, 8, 0.5, 6},
  {"one cell, long sequence", 2, 1, 1, LSTM_OUT_NONE, 1, 60, 1.0, 7},
};
#define SHAPES (sizeof shapes / sizeof shapes[0])

START_TEST(bptt_matches_central_differences)
{
  const test_case *c = &shapes[_i];
  lstm_net net;
  lstm_data data;
  lstm_check res;
  make_case(c, &net, &data);
  assert_gradcheck(c, &net, &data, "bptt", &res);
  printf("gradient check, %s: P = %zu, largest relative error %.3g, "
    "largest absolute error %.3g\n", c->what, net.P, res.max_rel,
    res.max_abs);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The comparison must be able to fail: a gradient with one entry changed
   by a tenth of its size, as a wrong factor would change it, is caught. */
START_TEST(comparison_catches_a_wrong_entry)
{
  lstm_net net, g, fd;
  lstm_data data;
  lstm_check res;
  lstm_error err;
  long param;
  double loss;
  size_t k, biggest = 0;
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 4, LSTM_OUT_NONE, 11);
  random_data(&data, 3, 4, 1, 10, 1.0, 0, 12);
  ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&fd, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data,
    lstm_method_find("bptt", &param, &err), 0, &g, &loss, NULL, &err),
    LSTM_OK);
  ck_assert_int_eq(lstm_fd_gradient(&net, &data, LSTM_FD_STEP, &fd, &err), LSTM_OK);
  lstm_compare(&g, &fd, &res);
  ck_assert(res.max_rel <= LSTM_CHECK_TOL);
  for (k = 0; k < net.P; k++)
    if (fabs(g.theta[k]) > fabs(g.theta[biggest])) biggest = k;
  g.theta[biggest] *= 1.1;
  lstm_compare(&g, &fd, &res);
  ck_assert(res.max_rel > 0.05);
  lstm_net_free(&net);
  lstm_net_free(&g);
  lstm_net_free(&fd);
  lstm_data_free(&data);
}
END_TEST

Suite *gradient_suite(void)
{
  Suite *s = suite_create("gradient");
  TCase *tc = tcase_create("finite differences");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, bptt_matches_central_differences, 0, (int)SHAPES);
  tcase_add_test(tc, comparison_catches_a_wrong_entry);
  suite_add_tcase(s, tc);
  return s;
}
