/* The internal RTRL of the method table, which runs the forward pass a
   block of steps ahead and then sweeps the parameters row by row, against
   the online object stepped one step at a time (lstm_rtrl_step), which
   updates every sensitivity at every step.  The chapter argues that the
   two do the same operations on every entry in the same order, so the
   test asks for the same bits, not only for agreement to rounding.  The
   shapes put the sequence lengths around the block length: shorter than a
   block, exactly one, one more, several blocks and a partial one.  (The
   agreement with cut BPTT, an independent derivation, is in
   check_rtrl.c.)
   Exact RTRL likewise: the online object updates its sensitivities in
   blocks of columns by default (blocked = 1) and by the plain loop of the
   RTRL chapter with blocked = 0; the two must give the same bits.  The
   shapes have one block of columns, several with a partial last one, and
   an output layer. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"

static const test_case shapes[] = {
  {"one step", 3, 4, 4, LSTM_OUT_NONE, 1, 1, 1.0, 71},
  {"shorter than a block", 3, 4, 4, LSTM_OUT_NONE, 1, 5, 1.0, 72},
  {"one block exactly", 2, 5, 5, LSTM_OUT_NONE, 1, LSTM_IRTRL_BLOCK, 1.0, 73},
  {"one block and a step", 2, 5, 5, LSTM_OUT_NONE, 1, LSTM_IRTRL_BLOCK + 1,
    1.0, 74},
  {"targets at some steps", 3, 6, 6, LSTM_OUT_NONE, 1,
    4 * LSTM_IRTRL_BLOCK + 3, 0.3, 75},
  {"several sequences, squared error", 4, 3, 2, LSTM_OUT_L2, 4,
    2 * LSTM_IRTRL_BLOCK - 2, 0.5, 76},
  {"several sequences, softmax", 3, 5, 4, LSTM_OUT_SOFTMAX, 3,
    3 * LSTM_IRTRL_BLOCK - 1, 0.7, 77},
  {"n = 16, m = 9, long", 9, 16, 16, LSTM_OUT_NONE, 1,
    12 * LSTM_IRTRL_BLOCK + 5, 1.0, 78},
};
#define SHAPES (sizeof shapes / sizeof shapes[0])

/* The reference: one lstm_rtrl_step after another, as a training loop
   calls it, for every sequence, with the losses of a sequence added in
   step order and then to the total.  Each sequence's gradient is made in
   a buffer of its own and added to the total in the order of the file,
   as lstm_gradient does (the section "Every core, with the same bits").
   |kind| is LSTM_RTRL_INTERNAL or
   LSTM_RTRL_EXACT; for the exact kind, |blocked| chooses the order of
   the update (the object starts blocked). */
static double stepped_gradient(const lstm_net *net, const lstm_data *data,
  int kind, int blocked, lstm_net *grad)
{
  lstm_rtrl r;
  lstm_error err;
  lstm_net part;
  double loss = 0;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&part, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_rtrl_init(&r, net, kind, &err), LSTM_OK);
  if (kind == LSTM_RTRL_EXACT) {
    ck_assert_int_eq(r.blocked, 1);
    r.blocked = blocked;
  }
  for (size_t s = 0; s < data->count; s++) {
    const lstm_seq *seq = &data->seq[s];
    double seq_loss = 0;
    lstm_rtrl_reset(&r);
    memset(part.theta, 0, part.P * sizeof *part.theta);
    for (size_t t = 0; t < seq->T; t++) {
      double step_loss = 0;
      ck_assert_int_eq(lstm_rtrl_step(&r, net, seq->x + t * seq->m,
        lstm_target(seq, t), &part, &step_loss, &err),
        LSTM_OK);
      seq_loss += step_loss;
    }
    for (size_t q = 0; q < part.P; q++)
      grad->theta[q] = s == 0 ? part.theta[q] : grad->theta[q] + part.theta[q];
    loss += seq_loss;
  }
  lstm_net_free(&part);
  lstm_rtrl_free(&r);
  return loss;
}

START_TEST(blocked_irtrl_is_the_online_one)
{
  const test_case *c = &shapes[_i];
  lstm_net net, g_block, g_online;
  lstm_data data;
  lstm_error err;
  lstm_stats st = {0};
  long param;
  double l_block = 0, l_online, norm = 0;
  const lstm_method *irtrl;
  lstm_error_clear(&err);
  make_case(c, &net, &data);
  irtrl = lstm_method_find("irtrl", &param, &err);
  ck_assert_ptr_nonnull(irtrl);
  ck_assert_int_eq(lstm_net_like(&g_block, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, irtrl, param, &g_block,
    &l_block, &st, &err), LSTM_OK);
  l_online = stepped_gradient(&net, &data, LSTM_RTRL_INTERNAL, 1,
    &g_online);
  /* The sensitivities carry something: the rows of a, i and f of W. */
  for (size_t q = 0; q < 3 * net.n * net.m; q++)
    norm += fabs(g_block.W[q]);
  printf("blocked irtrl, %s: %zu bytes of working storage, difference from "
    "the online one %.3g\n", c->what, st.work_bytes,
    lstm_block_difference(&g_block, &g_online));
  ck_assert(norm > 0);
  ck_assert_msg(memcmp(g_block.theta, g_online.theta,
    net.P * sizeof *net.theta) == 0,
    "%s: the blocked and the online irtrl differ, by %.3g", c->what,
    lstm_block_difference(&g_block, &g_online));
  ck_assert_msg(memcmp(&l_block, &l_online, sizeof l_block) == 0,
    "%s: losses %.17g and %.17g", c->what, l_block, l_online);
  lstm_net_free(&g_block);
  lstm_net_free(&g_online);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The block's storage is the same for a sequence shorter than a block as
   for one of many blocks. */
START_TEST(block_storage_independent_of_length)
{
  static const size_t T[3] = {1, LSTM_IRTRL_BLOCK - 1,
    50 * LSTM_IRTRL_BLOCK + 3};
  lstm_net net, grad;
  lstm_error err;
  size_t bytes[3];
  long param;
  const lstm_method *irtrl;
  lstm_error_clear(&err);
  irtrl = lstm_method_find("irtrl", &param, &err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 81);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  for (int q = 0; q < 3; q++) {
    lstm_data data;
    lstm_stats st = {0};
    double loss;
    random_data(&data, 3, 2, 1, T[q], 0.5, 0, 82 + (unsigned)q);
    ck_assert_int_eq(lstm_gradient(&net, &data, irtrl, param, &grad, &loss,
      &st, &err), LSTM_OK);
    bytes[q] = st.work_bytes;
    lstm_data_free(&data);
  }
  ck_assert(bytes[0] > net.P * sizeof(double));
  ck_assert(bytes[0] == bytes[1] && bytes[1] == bytes[2]);
  lstm_net_free(&grad);
  lstm_net_free(&net);
}
END_TEST

static const test_case exact_shapes[] = {
  {"one block of columns", 3, 5, 5, LSTM_OUT_NONE, 1, 6, 1.0, 91},
  {"nine blocks of columns, squared error", 2, 40, 3, LSTM_OUT_L2, 1, 4,
    1.0, 92},
  {"several blocks, softmax, two sequences", 3, 33, 4, LSTM_OUT_SOFTMAX, 2,
    3, 0.5, 93},
};
#define EXACT_SHAPES (sizeof exact_shapes / sizeof exact_shapes[0])

START_TEST(blocked_rtrl_is_the_plain_one)
{
  const test_case *c = &exact_shapes[_i];
  lstm_net net, g_block, g_plain;
  lstm_data data;
  double l_block, l_plain, norm = 0;
  make_case(c, &net, &data);
  l_block = stepped_gradient(&net, &data, LSTM_RTRL_EXACT, 1, &g_block);
  l_plain = stepped_gradient(&net, &data, LSTM_RTRL_EXACT, 0, &g_plain);
  for (size_t q = 0; q < net.P; q++) norm += fabs(g_block.theta[q]);
  printf("blocked rtrl, %s: difference from the plain loop %.3g\n", c->what,
    lstm_block_difference(&g_block, &g_plain));
  ck_assert(norm > 0);
  ck_assert_msg(memcmp(g_block.theta, g_plain.theta,
    net.P * sizeof *net.theta) == 0,
    "%s: the blocked and the plain rtrl differ, by %.3g", c->what,
    lstm_block_difference(&g_block, &g_plain));
  ck_assert_msg(memcmp(&l_block, &l_plain, sizeof l_block) == 0,
    "%s: losses %.17g and %.17g", c->what, l_block, l_plain);
  lstm_net_free(&g_block);
  lstm_net_free(&g_plain);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

Suite *irtrl_suite(void)
{
  Suite *s = suite_create("irtrl");
  TCase *tc = tcase_create("blocks of steps");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, blocked_irtrl_is_the_online_one, 0, (int)SHAPES);
  tcase_add_test(tc, block_storage_independent_of_length);
  suite_add_tcase(s, tc);
  tc = tcase_create("blocks of columns");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, blocked_rtrl_is_the_plain_one, 0, 1);
  suite_add_tcase(s, tc);
  /* The larger shapes take half a minute each under valgrind, which
     leaves them out by their tag "slow" (tests/valgrind.sh): it checks the
     blocked loop's memory on the first shape, the sanitizers on all. */
  tc = tcase_create("blocks of columns, larger");
  tcase_set_timeout(tc, 60);
  tcase_set_tags(tc, "slow");
  tcase_add_loop_test(tc, blocked_rtrl_is_the_plain_one, 1,
    (int)EXACT_SHAPES);
  suite_add_tcase(s, tc);
  return s;
}
