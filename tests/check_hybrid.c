/* Schmidhuber's hybrid and e-prop (chapters/hybrid.w, chapters/eprop.w).
   - hybrid against bptt and against exact rtrl, on every shape of the rtrl
     suite, for several block lengths (1, 2, 3, 5, the default, longer than
     the sequence), so that sequences end inside a block, with and without
     an output layer and with targets at some steps only; and on the worked
     example;
   - its memory does not depend on T and is within 2x of exact RTRL's;
   - online: a training loop changes the weights once per block with a
     target, and with a learning rate of zero the online object adds the
     same gradient as the method;
   - symmetric e-prop gives the internal RTRL's gradient bit for bit;
   - random e-prop: the output layer's gradient is the exact one, the cells'
     is not, and the same seed gives the same bits, another seed others. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define EXACT 1e-12


static double gradient_of(const lstm_net *net, const lstm_data *data,
  const char *spec, long seed, lstm_net *grad, lstm_stats *st)
{
  lstm_error err;
  long param;
  double loss = 0;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &param, &err);
  ck_assert_msg(meth != NULL, "%s: %s", spec, err.msg);
  if (meth->seeded) param = seed;
  ck_assert_int_eq(lstm_net_like(grad, net, &err), LSTM_OK);
  ck_assert_msg(lstm_gradient(net, data, meth, param, grad, &loss, st, &err)
    == LSTM_OK, "%s: %s", spec, err.msg);
  return loss;
}

START_TEST(hybrid_matches_bptt_and_rtrl)
{
  static const char *specs[] = {"hybrid", "hybrid:1", "hybrid:2",
    "hybrid:3", "hybrid:5", "hybrid:1000"};
  const test_case *c = &online_shapes[_i];
  lstm_net net, g_bptt, g_rtrl;
  lstm_data data;
  double l_bptt, worst = 0;
  make_case(c, &net, &data);
  l_bptt = gradient_of(&net, &data, "bptt", 0, &g_bptt, NULL);
  gradient_of(&net, &data, "rtrl", 0, &g_rtrl, NULL);
  for (size_t q = 0; q < sizeof specs / sizeof *specs; q++) {
    lstm_net g;
    double l = gradient_of(&net, &data, specs[q], 0, &g, NULL);
    double to_bptt = lstm_block_difference(&g, &g_bptt),
      to_rtrl = lstm_block_difference(&g, &g_rtrl);
    ck_assert_msg(to_bptt <= EXACT && to_rtrl <= EXACT,
      "%s, %s: differs from bptt by %.3g, from rtrl by %.3g", c->what,
      specs[q], to_bptt, to_rtrl);
    ck_assert(fabs(l - l_bptt) <= 1e-13 * fabs(l_bptt));
    worst = fmax(worst, fmax(to_bptt, to_rtrl));
    lstm_net_free(&g);
  }
  printf("hybrid vs bptt and rtrl, %s: largest relative difference %.3g\n",
    c->what, worst);
  lstm_net_free(&g_bptt);
  lstm_net_free(&g_rtrl);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

START_TEST(hybrid_on_the_worked_example)
{
  lstm_net net, g_bptt, g;
  lstm_data data;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_model_read(TESTDATA "/worked-example/gomez.model",
    &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_data_read(TESTDATA "/worked-example/gomez.seq",
    &net, &data, &err), LSTM_OK);
  gradient_of(&net, &data, "bptt", 0, &g_bptt, NULL);
  for (long h = 0; h <= 3; h++) {
    char spec[32];
    double rho;
    if (h == 0) snprintf(spec, sizeof spec, "hybrid");
    else snprintf(spec, sizeof spec, "hybrid:%ld", h);
    gradient_of(&net, &data, spec, 0, &g, NULL);
    rho = lstm_block_difference(&g, &g_bptt);
    printf("hybrid vs bptt, worked example, %s: %.3g\n", spec, rho);
    ck_assert_msg(rho <= EXACT, "%s differs by %.3g", spec, rho);
    lstm_net_free(&g);
  }
  lstm_net_free(&g_bptt);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Memory: independent of T, within 2x of exact RTRL's. */
START_TEST(hybrid_memory)
{
  lstm_net net, g;
  lstm_data short_data, long_data;
  lstm_stats s_short = {0}, s_long = {0}, s_rtrl = {0};
  random_net(&net, 3, 6, 6, LSTM_OUT_NONE, 31);
  random_data(&short_data, 3, 6, 1, 10, 1.0, 0, 32);
  random_data(&long_data, 3, 6, 1, 200, 1.0, 0, 33);
  gradient_of(&net, &short_data, "hybrid", 0, &g, &s_short);
  lstm_net_free(&g);
  gradient_of(&net, &long_data, "hybrid", 0, &g, &s_long);
  lstm_net_free(&g);
  gradient_of(&net, &long_data, "rtrl", 0, &g, &s_rtrl);
  lstm_net_free(&g);
  printf("hybrid memory: %zu bytes at T = 10, %zu at 200; rtrl %zu\n",
    s_short.work_bytes, s_long.work_bytes, s_rtrl.work_bytes);
  ck_assert_uint_eq(s_short.work_bytes, s_long.work_bytes);
  ck_assert(s_long.work_bytes <= 2 * s_rtrl.work_bytes);
  ck_assert(s_long.work_bytes >= s_rtrl.work_bytes / 2);
  lstm_net_free(&net);
  lstm_data_free(&short_data);
  lstm_data_free(&long_data);
}
END_TEST

/* Online: the object, fed step by step and finished, adds the method's
   gradient; a trainer changes the weights once per block with a target. */
START_TEST(hybrid_online)
{
  const test_case *c = &online_shapes[1]; /* targets at some steps */
  lstm_net net, g_method, g_online, work;
  lstm_data data;
  lstm_rtrl r;
  lstm_error err;
  lstm_optimizer opt;
  lstm_trainer tn;
  const lstm_method *meth;
  const lstm_seq *seq;
  long param;
  long blocks_with_target = 0;
  double loss, max_error;
  const size_t H = 4;
  lstm_error_clear(&err);
  make_case(c, &net, &data);
  seq = &data.seq[0];
  gradient_of(&net, &data, "hybrid:4", 0, &g_method, NULL);
  ck_assert_int_eq(lstm_net_like(&g_online, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_rtrl_init_param(&r, &net, LSTM_RTRL_HYBRID, (long)H,
    &err), LSTM_OK);
  lstm_rtrl_reset(&r);
  for (size_t t = 0; t < seq->T; t++) {
    double l;
    ck_assert_int_eq(lstm_rtrl_step(&r, &net, seq->x + t * seq->m,
      lstm_target(seq, t), &g_online, &l, &err),
      LSTM_OK);
  }
  ck_assert_int_eq(lstm_rtrl_finish(&r, &net, &g_online, &err), LSTM_OK);
  ck_assert(lstm_block_difference(&g_online, &g_method) == 0);
  lstm_rtrl_free(&r);
  for (size_t t0 = 0; t0 < seq->T; t0 += H) {
    int any = 0;
    for (size_t t = t0; t < t0 + H && t < seq->T; t++) any |= lstm_target(seq, t) != NULL;
    blocks_with_target += any;
  }
  ck_assert(blocks_with_target > 0);
  ck_assert_int_eq(lstm_net_like(&work, &net, &err), LSTM_OK);
  memcpy(work.theta, net.theta, net.P * sizeof *net.theta);
  meth = lstm_method_find("hybrid:4", &param, &err);
  ck_assert(meth != NULL);
  ck_assert_int_eq(lstm_optimizer_init(&opt, &work, LSTM_SGD, 0.01,
    &err), LSTM_OK);
  ck_assert_int_eq(lstm_trainer_init(&tn, &work, meth, param, &opt, &err),
    LSTM_OK);
  ck_assert_int_eq(lstm_train_sequence(&tn, seq, &loss, &max_error, &err),
    LSTM_OK);
  printf("hybrid:4 online: %ld updates for %ld blocks with a target\n",
    tn.updates, blocks_with_target);
  ck_assert_int_eq(tn.updates, blocks_with_target);
  lstm_trainer_free(&tn);
  lstm_optimizer_free(&opt);
  lstm_net_free(&work);
  lstm_net_free(&g_method);
  lstm_net_free(&g_online);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

START_TEST(eprop_is_irtrl)
{
  const test_case *c = &online_shapes[_i];
  lstm_net net, g_eprop, g_irtrl;
  lstm_data data;
  double rho;
  make_case(c, &net, &data);
  gradient_of(&net, &data, "eprop", 0, &g_eprop, NULL);
  gradient_of(&net, &data, "irtrl", 0, &g_irtrl, NULL);
  rho = lstm_block_difference(&g_eprop, &g_irtrl);
  printf("eprop vs irtrl, %s: %s (largest relative difference %.3g)\n",
    c->what, memcmp(g_eprop.theta, g_irtrl.theta, net.P * sizeof(double))
    == 0 ? "the same bits" : "different bits", rho);
  ck_assert_msg(memcmp(g_eprop.theta, g_irtrl.theta,
    net.P * sizeof(double)) == 0, "%s: eprop and irtrl differ by %.3g",
    c->what, rho);
  lstm_net_free(&g_eprop);
  lstm_net_free(&g_irtrl);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* Random e-prop: the output layer keeps its exact gradient, the cells'
   gradient moves away from the symmetric one; seeds decide the bits. */
START_TEST(eprop_random)
{
  const test_case *c = &online_shapes[3]; /* squared-error output layer */
  lstm_net net, g_sym, g_a, g_b, g_c;
  lstm_data data;
  const size_t cells = 4 * c->n * (c->m + c->n + 1);
  make_case(c, &net, &data);
  gradient_of(&net, &data, "eprop", 0, &g_sym, NULL);
  gradient_of(&net, &data, "eprop:random", 7, &g_a, NULL);
  gradient_of(&net, &data, "eprop:random", 7, &g_b, NULL);
  gradient_of(&net, &data, "eprop:random", 8, &g_c, NULL);
  ck_assert(memcmp(g_a.theta, g_b.theta, net.P * sizeof(double)) == 0);
  ck_assert(memcmp(g_a.theta, g_c.theta, cells * sizeof(double)) != 0);
  ck_assert(memcmp(g_a.theta, g_sym.theta, cells * sizeof(double)) != 0);
  ck_assert(memcmp(g_a.theta + cells, g_sym.theta + cells,
    (net.P - cells) * sizeof(double)) == 0);
  lstm_net_free(&g_sym);
  lstm_net_free(&g_a);
  lstm_net_free(&g_b);
  lstm_net_free(&g_c);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

START_TEST(hybrid_gradcheck)
{
  const test_case *c = &online_shapes[_i];
  lstm_net net;
  lstm_data data;
  lstm_check res;
  make_case(c, &net, &data);
  assert_gradcheck(c, &net, &data, "hybrid:3", &res);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

Suite *hybrid_suite(void)
{
  Suite *s = suite_create("hybrid");
  TCase *tc = tcase_create("hybrid and e-prop");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, hybrid_matches_bptt_and_rtrl, 0, ONLINE_SHAPES);
  tcase_add_test(tc, hybrid_on_the_worked_example);
  tcase_add_test(tc, hybrid_memory);
  tcase_add_test(tc, hybrid_online);
  tcase_add_loop_test(tc, eprop_is_irtrl, 0, ONLINE_SHAPES);
  tcase_add_test(tc, eprop_random);
  tcase_add_loop_test(tc, hybrid_gradcheck, 3, 5);
  suite_add_tcase(s, tc);
  return s;
}
