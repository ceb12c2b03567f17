/* The training loop: for every method of the method table, training
   reduces the loss on a short task; and the same configuration gives a
   bit-identical network. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"

/* The loss of the two sequences of the lag task with lag p. */
static double lag_loss(const lstm_net *net, size_t p)
{
  lstm_data data;
  lstm_error err;
  double loss = -1;
  lstm_error_clear(&err);
  lstm_data_init(&data, p + 1, p + 1);
  for (size_t first = 0; first < 2; first++) {
    lstm_seq *s;
    ck_assert_int_eq(lstm_data_add(&data, p, &s, &err), LSTM_OK);
    for (size_t t = 0; t < p; t++) {
      s->x[t * (p + 1) + (t == 0 ? first : 1 + t)] = 1;
      double *y = lstm_target_set(s, t, &err);
      ck_assert_ptr_nonnull(y);
      y[t + 1 == p ? first : 2 + t] = 1;
    }
  }
  ck_assert_int_eq(lstm_loss(net, &data, &loss, &err), LSTM_OK);
  lstm_data_free(&data);
  return loss;
}

static lstm_train_config short_task(const char *method)
{
  lstm_train_config cfg = lstm_train_defaults("lag", 4);
  cfg.every_step = 1;
  cfg.init.bias_i = -2;
  cfg.cells = 4;
  cfg.method = method;
  cfg.optimizer = LSTM_ADAM;
  cfg.rate = 0.01;
  cfg.seed = 3;
  return cfg;
}

START_TEST(training_reduces_the_loss)
{
  const lstm_method *meth = lstm_method_at((size_t)_i);
  char name[64];
  lstm_train_config cfg;
  lstm_net before, after;
  lstm_train_status st;
  lstm_error err;
  double l0, l1;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(meth);
  snprintf(name, sizeof name, "%s%s", meth->name,
    meth->takes_param ? ":2" : "");
  cfg = short_task(name);
  cfg.max_sequences = 0;
  ck_assert_int_eq(lstm_train_task(&cfg, &before, &st, &err), LSTM_OK);
  cfg.max_sequences = 300;
  cfg.report = NULL;
  ck_assert_int_eq(lstm_train_task(&cfg, &after, &st, &err), LSTM_OK);
  l0 = lag_loss(&before, 4);
  l1 = lag_loss(&after, 4);
  printf("training with %s: loss of the lag-4 task %.4f before, %.4f after "
    "%ld sequences\n", name, l0, l1, st.sequences);
  ck_assert_msg(l1 < 0.5 * l0, "%s: loss %.4f after training, %.4f before",
    name, l1, l0);
  lstm_net_free(&before);
  lstm_net_free(&after);
}
END_TEST

START_TEST(same_seed_same_network)
{
  const lstm_method *meth = lstm_method_at((size_t)_i);
  char name[64];
  lstm_train_config cfg;
  lstm_net a, b;
  lstm_train_status st;
  lstm_error err;
  lstm_error_clear(&err);
  snprintf(name, sizeof name, "%s%s", meth->name,
    meth->takes_param ? ":3" : "");
  cfg = short_task(name);
  cfg.max_sequences = 200;
  ck_assert_int_eq(lstm_train_task(&cfg, &a, &st, &err), LSTM_OK);
  ck_assert_int_eq(lstm_train_task(&cfg, &b, &st, &err), LSTM_OK);
  ck_assert_uint_eq(a.P, b.P);
  ck_assert(memcmp(a.theta, b.theta, a.P * sizeof(double)) == 0);
  cfg.seed++;
  lstm_net_free(&b);
  ck_assert_int_eq(lstm_train_task(&cfg, &b, &st, &err), LSTM_OK);
  ck_assert(memcmp(a.theta, b.theta, a.P * sizeof(double)) != 0);
  lstm_net_free(&a);
  lstm_net_free(&b);
}
END_TEST

Suite *training_suite(void)
{
  Suite *s = suite_create("training");
  TCase *tc = tcase_create("training");
  int methods = 0;
  while (lstm_method_at((size_t)methods)) methods++;
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, training_reduces_the_loss, 0, methods);
  tcase_add_loop_test(tc, same_seed_same_network, 0, methods);
  suite_add_tcase(s, tc);
  return s;
}
