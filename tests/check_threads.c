/* The gradient of a file on several threads: the same bits for every
   number of threads (the section "Every core, with the same bits" of the
   chapter on speed).  Sequences of different lengths, so that the threads
   finish out of order; an output layer, so that every block is there. */
#include <string.h>
#include "suites.h"

/* The gradient and loss of the file for `threads' threads. */
static void gradient_on(const lstm_net *net, const lstm_data *data,
  const char *spec, int threads, lstm_net *g, double *loss)
{
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &param, &err);
  ck_assert_ptr_nonnull(meth);
  ck_assert_int_eq(lstm_net_like(g, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient_threads(net, data, meth, param, threads, g,
    loss, NULL, &err), LSTM_OK);
}

static void same_bits_for(const char *spec)
{
  static const int counts[] = {2, 3, 7};
  lstm_net net, one, many;
  lstm_data data;
  double loss1, lossN;
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 23);
  random_data(&data, 3, 2, 11, 9, 1.0, 0, 24);
  for (size_t s = 0; s < data.count; s += 2) /* lengths 9 and 4..9 */
    data.seq[s].T = 4 + s % 6;
  gradient_on(&net, &data, spec, 1, &one, &loss1);
  for (size_t q = 0; q < sizeof counts / sizeof counts[0]; q++) {
    gradient_on(&net, &data, spec, counts[q], &many, &lossN);
    ck_assert_msg(memcmp(one.theta, many.theta, net.P * sizeof *one.theta)
      == 0, "%s: the gradient on %d threads differs from one thread's",
      spec, counts[q]);
    ck_assert_msg(memcmp(&loss1, &lossN, sizeof loss1) == 0,
      "%s: the loss on %d threads differs", spec, counts[q]);
    lstm_net_free(&many);
  }
  lstm_net_free(&one);
  lstm_net_free(&net);
  lstm_data_free(&data);
}

START_TEST(threads_give_the_same_bits)
{
  same_bits_for("bptt");
  same_bits_for("uoro");
  same_bits_for("snap1");
  same_bits_for("tbptt:3");
}
END_TEST

/* lstm_gradient is one thread of lstm_gradient_threads, and the sum in
   the order of the file is the sum of the sequences' own gradients. */
START_TEST(threads_sum_in_file_order)
{
  lstm_net net, all, each, part;
  lstm_data data, single;
  lstm_error err;
  double loss, l;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find("bptt", &param, &err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 5);
  random_data(&data, 3, 2, 5, 6, 1.0, 0, 6);
  ck_assert_int_eq(lstm_net_like(&all, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&each, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&part, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient_threads(&net, &data, meth, param, 4, &all,
    &loss, NULL, &err), LSTM_OK);
  single = data;
  single.count = 1;
  for (size_t s = 0; s < data.count; s++) {
    single.seq = &data.seq[s];
    ck_assert_int_eq(lstm_gradient(&net, &single, meth, param, &part, &l,
      NULL, &err), LSTM_OK);
    for (size_t k = 0; k < net.P; k++)
      each.theta[k] = s == 0 ? part.theta[k] : each.theta[k] + part.theta[k];
  }
  ck_assert(memcmp(all.theta, each.theta, net.P * sizeof *all.theta) == 0);
  lstm_net_free(&all); lstm_net_free(&each); lstm_net_free(&part);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

Suite *threads_suite(void)
{
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("same bits");
  tcase_add_test(tc, threads_give_the_same_bits);
  tcase_add_test(tc, threads_sum_in_file_order);
  suite_add_tcase(s, tc);
  return s;
}
