/* The network of Experiment 2a as the 1997 paper ran it: its number of
   weights, its gradients by every method against central differences and
   against each other, its model file, and sequential construction. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

/* The architecture of Table 10's row 2a; with recurrent inputs when asked,
   so that the new terms are checked with the recurrence too. */
static lstm_arch arch_1997(int recurrent)
{
  lstm_arch a;
  memset(&a, 0, sizeof a);
  a.no_outgate = a.no_bias = a.shortcut = a.g_logistic = a.h_identity = 1;
  a.no_recurrent = !recurrent;
  return a;
}

/* A random network of architecture a: weights in [-r, r], then the
   entries that are not there set to zero. */
static void net_1997(lstm_net *net, size_t m, size_t n, size_t k,
  const lstm_arch *a, double r, unsigned long long seed)
{
  lstm_error err;
  lstm_rng rng;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_init_arch(net, m, n, k, LSTM_OUT_LOGISTIC, a,
    &err), LSTM_OK);
  net->no_forget = 1;
  lstm_rng_seed(&rng, seed);
  lstm_net_randomize(net, &rng, r);
  lstm_net_mask(net, net->theta);
}

/* Sequences of one-hot inputs with targets in [0, 1] at every step, or
   dense inputs when dense is set. */
static void data_1997(lstm_data *data, size_t m, size_t k, int dense,
  unsigned long long seed)
{
  lstm_rng rng;
  lstm_error err;
  lstm_error_clear(&err);
  lstm_rng_seed(&rng, seed);
  lstm_data_init(data, m, k);
  for (size_t s = 0; s < 2; s++) {
    lstm_seq *q;
    ck_assert_int_eq(lstm_data_add(data, 7 + s, &q, &err), LSTM_OK);
    for (size_t t = 0; t < q->T; t++) {
      size_t at = (size_t)lstm_rng_uniform(&rng, 0, (double)m) % m;
      for (size_t l = 0; l < m; l++)
        q->x[t * m + l] = dense ? lstm_rng_uniform(&rng, -1, 1) : l == at;
      double *y = t % 3 != 1 ? lstm_target_set(q, t, &err) : NULL;
      ck_assert(y != NULL || t % 3 == 1);
      for (size_t r = 0; r < k; r++) {
        double v = lstm_rng_uniform(&rng, 0, 1); /* drawn for every step */
        if (y) y[r] = v;
      }
    }
  }
}

/* The paper's count: 10,504 weights at p = 100, 10,201 of them shortcut
   weights, which are all the network has before its cell is added. */
START_TEST(weights_of_experiment_2a)
{
  lstm_net net;
  lstm_arch a = arch_1997(0);
  lstm_rng rng;
  lstm_init init = lstm_init_default();
  init.range = 0.2;
  net_1997(&net, 101, 1, 101, &a, 0.2, 1);
  ck_assert_uint_eq(lstm_net_weights(&net), 10504);
  lstm_net_free(&net);
  a.pending = 1;
  net_1997(&net, 101, 1, 101, &a, 0.2, 1);
  ck_assert_uint_eq(lstm_net_weights(&net), 10201);
  for (size_t q = 0; q < 4 * 101; q++) ck_assert(net.W[q] == 0);
  lstm_rng_seed(&rng, 3);
  ck_assert_int_eq(lstm_net_add_cell(&net, &rng, &init), 1);
  ck_assert_uint_eq(net.arch.pending, 0);
  ck_assert_uint_eq(lstm_net_weights(&net), 10504);
  for (size_t q = 0; q < 2 * 101; q++)
    ck_assert(fabs(net.W[q]) <= 0.2 && net.W[q] != 0);
  for (size_t q = 2 * 101; q < 4 * 101; q++) ck_assert(net.W[q] == 0);
  ck_assert_int_eq(lstm_net_add_cell(&net, &rng, &init), 0);
  lstm_net_free(&net);
  /* The book's own cell has 4n(m+n+1) + k(n+1) weights, as before. */
  random_net(&net, 5, 3, 4, LSTM_OUT_SOFTMAX, 2);
  ck_assert_uint_eq(lstm_net_weights(&net), net.P);
  lstm_net_free(&net);
}
END_TEST

/* Every exact method against central differences on the network of 1997,
   with and without recurrent inputs, with one-hot and with dense inputs. */
START_TEST(exact_methods_on_the_network_of_1997)
{
  static const char *method[] = {"bptt", "rtrl", "irtrl", "snap1"};
  for (int rec = 0; rec < 2; rec++)
    for (int dense = 0; dense < 2; dense++) {
      lstm_arch a = arch_1997(rec);
      lstm_net net;
      lstm_data data;
      net_1997(&net, 6, 2, 5, &a, 0.8, 10 + rec);
      data_1997(&data, 6, 5, dense, 20 + dense);
      for (int q = 0; q < (rec ? 2 : 4); q++) {
        lstm_check res;
        lstm_error err;
        long param;
        const lstm_method *meth;
        lstm_error_clear(&err);
        meth = lstm_method_find(method[q], &param, &err);
        ck_assert_ptr_nonnull(meth);
        if (!meth->exact) {  /* irtrl and snap1: checked as exact here */
          lstm_net g, ref;
          double l1, l2;
          ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
          ck_assert_int_eq(lstm_net_like(&ref, &net, &err), LSTM_OK);
          ck_assert_int_eq(lstm_gradient(&net, &data, meth, param, &g, &l1,
            NULL, &err), LSTM_OK);
          ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("bptt",
            &param, &err), 0, &ref, &l2, NULL, &err), LSTM_OK);
          lstm_compare(&g, &ref, &res);
          ck_assert_msg(res.max_rel < 1e-12, "%s against bptt: %g",
            method[q], res.max_rel);
          lstm_net_free(&g);
          lstm_net_free(&ref);
        } else {
          ck_assert_int_eq(lstm_gradcheck(&net, &data, meth, param, 1e-5,
            &res, &err), LSTM_OK);
          ck_assert_msg(res.max_rel < LSTM_CHECK_TOL, "%s: %g", method[q],
            res.max_rel);
          ck_assert_uint_eq(res.blocks, 6);
        }
      }
      lstm_net_free(&net);
      lstm_data_free(&data);
    }
}
END_TEST

/* Truncated BPTT with a window as long as the sequence is BPTT; the
   gradient of a missing weight is zero for every method. */
START_TEST(truncated_and_missing_weights)
{
  lstm_arch a = arch_1997(0);
  lstm_net net, g, ref;
  lstm_data data;
  lstm_error err;
  lstm_check res;
  long param;
  double l;
  static const char *method[] = {"tbptt:50", "bptt", "rtrl", "irtrl",
    "snap1", "uoro"};
  lstm_error_clear(&err);
  net_1997(&net, 6, 2, 5, &a, 0.8, 31);
  data_1997(&data, 6, 5, 0, 32);
  ck_assert_int_eq(lstm_net_like(&ref, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("bptt",
    &param, &err), 0, &ref, &l, NULL, &err), LSTM_OK);
  for (int q = 0; q < 6; q++) {
    const lstm_method *meth = lstm_method_find(method[q], &param, &err);
    ck_assert_ptr_nonnull(meth);
    ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_gradient(&net, &data, meth, param, &g, &l, NULL,
      &err), LSTM_OK);
    for (size_t k = 0; k < 4 * 2 * 2; k++) ck_assert(g.U[k] == 0);
    for (size_t k = 0; k < 4 * 2; k++) ck_assert(g.b[k] == 0);
    for (size_t k = 0; k < 5; k++) ck_assert(g.c[k] == 0);
    for (size_t k = 2 * 2 * 6; k < 4 * 2 * 6; k++) ck_assert(g.W[k] == 0);
    if (q == 0) {
      lstm_compare(&g, &ref, &res);
      ck_assert_msg(res.max_rel < 1e-12, "tbptt:50 against bptt: %g",
        res.max_rel);
    }
    lstm_net_free(&g);
  }
  lstm_net_free(&ref);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* With recurrent inputs the internal RTRL is an approximation: on the
   network of 1997 with U it computes BPTT with the cut, the gradient of
   the truncation of 1997, as it does on the book's own cell. */
START_TEST(internal_rtrl_is_the_cut_on_the_network_of_1997)
{
  lstm_arch a = arch_1997(1);
  lstm_net net, g, ref;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  lstm_check res;
  lstm_bptt_opts opts = {0, 1};
  long param;
  double l;
  lstm_error_clear(&err);
  net_1997(&net, 6, 2, 5, &a, 0.8, 51);
  data_1997(&data, 6, 5, 1, 52);
  ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&ref, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("irtrl",
    &param, &err), 0, &g, &l, NULL, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, 8, &err), LSTM_OK);
  for (size_t s = 0; s < data.count; s++) {
    lstm_forward(&net, &data.seq[s], &tr);
    lstm_backward_opts(&net, &data.seq[s], &tr, &ref, &opts);
  }
  lstm_compare(&g, &ref, &res);
  ck_assert_msg(res.max_rel < 1e-10, "irtrl against the cut: %g", res.max_rel);
  lstm_trace_free(&tr);
  lstm_net_free(&g);
  lstm_net_free(&ref);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The model file records every choice; it reads back bit for bit, and a
   weight the words leave out must be zero. */
START_TEST(model_file_of_1997)
{
  lstm_arch a = arch_1997(0);
  lstm_net net, back;
  lstm_error err;
  FILE *f;
  char text[4096];
  const char *path = TESTOUT "/net1997.model";
  lstm_error_clear(&err);
  a.pending = 1;
  net_1997(&net, 3, 2, 2, &a, 0.5, 41);
  ck_assert_ptr_nonnull(f = fopen(path, "w"));
  ck_assert_int_eq(lstm_model_write(f, &net, &err), LSTM_OK);
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(lstm_model_read(path, &back, &err), LSTM_OK);
  ck_assert(memcmp(&back.arch, &net.arch, sizeof net.arch) == 0);
  ck_assert_int_eq(back.output, LSTM_OUT_LOGISTIC);
  ck_assert_int_eq(back.no_forget, 1);
  ck_assert_uint_eq(back.P, net.P);
  ck_assert(memcmp(back.theta, net.theta, net.P * sizeof *net.theta) == 0);
  lstm_net_free(&back);
  slurp(path, text, sizeof text);
  ck_assert_ptr_nonnull(strstr(text, "forget none\noutgate none\n"
    "recurrent none\nbias none\ng logistic\nh identity\npending 1\n"));
  ck_assert_ptr_nonnull(strstr(text, "outputs 2 logistic\n"));
  ck_assert_ptr_nonnull(strstr(text, "\nS\n"));
  /* A weight in U where the file says there is none is refused. */
  {
    char *u = strstr(text, "\nU\n");
    ck_assert_ptr_nonnull(u);
    u[4] = '1';  /* the first number of U, "  0", becomes "  1" */
    ck_assert_ptr_nonnull(f = fopen(path, "w"));
    fputs(text, f);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_ne(lstm_model_read(path, &back, &err), LSTM_OK);
    ck_assert_ptr_nonnull(strstr(err.msg, "expected 0 at U[0][0]"));
  }
  lstm_net_free(&net);
}
END_TEST

/* The command: --net 1997 gives the paper's network and weights; bad values
   are refused with exit status 2. */
START_TEST(train_with_the_network_of_1997)
{
  char text[4096];
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --targets every "
    "--lag 6 --net 1997 --construct --patience 20 --max-sequences 100 "
    "> " TESTOUT "/net1997.out 2>&1", "train"), 0);
  slurp(TESTOUT "/net1997.out", text, sizeof text);
  ck_assert_ptr_nonnull(strstr(text, "method irtrl"));
  ck_assert_ptr_nonnull(strstr(text, " net 1997 weights "));
  /* At p = 10 the network of 1997 with construction learns 2a in a few
     thousand sequences (1640 on seed 1). */
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --targets every "
    "--lag 10 --net 1997 --construct --patience 50 --max-sequences 5000 "
    "> " TESTOUT "/net1997.out 2>&1", "solve"), 0);
  slurp(TESTOUT "/net1997.out", text, sizeof text);
  ck_assert_msg(strncmp(text, "solved after ", 13) == 0, "%s", text);
  ck_assert_ptr_nonnull(strstr(text, " cells_added 1 "));
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --lag 6 --net 1997"
    " --max-sequences 10 2>/dev/null", "last"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task reber --net 1997"
    " --max-sequences 10 2>/dev/null", "reber"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --net 2000"
    " --max-sequences 10 2>/dev/null", "net"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --construct "
    "--patience 0 --max-sequences 10 2>/dev/null", "patience"), 2);
}
END_TEST

/* Experiment 2b: the distractors are random, each step's target is the
   next input, and the last target is the first symbol. */
START_TEST(experiment_2b_sequences)
{
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  size_t seen[8] = {0};
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "lag", 7, &err), LSTM_OK);
  task.every_step = task.random_middle = 1;
  lstm_data_init(&data, 8, 8);
  lstm_rng_seed(&rng, 5);
  for (int q = 0; q < 40; q++) {
    lstm_seq *s;
    size_t first = 8;
    ck_assert_int_eq(lstm_task_sample(&task, &rng, &data, &s, &err), LSTM_OK);
    ck_assert_uint_eq(s->T, 7);
    for (size_t t = 0; t < 7; t++) {
      size_t in = 8, out = 8;
      const double *y = lstm_target(s, t);
      ck_assert(y != NULL);
      for (size_t l = 0; l < 8; l++) {
        if (s->x[t * 8 + l] == 1) in = l;
        if (y[l] == 1) out = l;
      }
      if (t == 0) { ck_assert_uint_lt(in, 2); first = in; }
      else { ck_assert_uint_ge(in, 2); seen[in]++; }
      if (t + 1 < 7) ck_assert(s->x[(t + 1) * 8 + out] == 1);
      else ck_assert_uint_eq(out, first);
    }
  }
  for (size_t l = 2; l < 8; l++) ck_assert_uint_gt(seen[l], 0);
  lstm_data_free(&data);
}
END_TEST

/* The trace of --trace against the derivation of the gain: on every line
   the gain is the rate times the largest sigma'(z)^2 (s^2 + 1) of the four
   logits (h is the identity, the last input is one-hot, there is no bias),
   and the jump is the largest change of the four logits since the line
   before (none on the line of the addition); the summary line's gain is
   that of the line of the addition, its jump the largest of the 100
   lines after it. */
static double dsig(double z)
{
  const double y = 1 / (1 + exp(-z));
  return y * (1 - y);
}

/* With --lr-cell-out R (_i = 1) the gain is
   sigma'(z)^2 (R s^2 + 0.7), the rate of V times s^2 and the rate times 1. */
START_TEST(trace_of_the_construction)
{
  static char text[4096];
  char line[2048];
  double prev[4] = {0, 0, 0, 0}, most = 0, gain_added = -1, added, runs;
  const double rate_v = _i ? 0.05 : 0.7;
  long lines = 0;
  FILE *f;
  ck_assert_int_eq(run_command(_i ? LSTM_BIN " train --task lag --targets "
    "every --lag 10 --net 1997 --construct --patience 50 --lr 0.7 "
    "--lr-cell-out 0.05 --max-sequences 1500 --trace " TESTOUT
    "/net1997.trace > " TESTOUT "/net1997.out 2>&1" : LSTM_BIN " train "
    "--task lag --targets every --lag 10 --net 1997 --construct --patience 50"
    " --lr 0.7 --max-sequences 1500 --trace " TESTOUT "/net1997.trace > "
    TESTOUT "/net1997.out 2>&1", "trace"), 0);
  slurp(TESTOUT "/net1997.out", text, sizeof text);
  if (_i) ck_assert_ptr_nonnull(strstr(text, " lr_cell_out 0.05"));
  ck_assert_ptr_nonnull(strstr(text, " added_at "));
  added = strtod(strstr(text, " added_at ") + 10, NULL);
  runs = strtod(strstr(text, " after ") + 7, NULL);
  ck_assert(added > 0);
  ck_assert_ptr_nonnull(f = fopen(TESTOUT "/net1997.trace", "r"));
  ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
  ck_assert_int_eq(line[0], '#');
  while (fgets(line, sizeof line, f)) {
    double v[18], gain = 0, jump = 0;
    char *at = line;
    for (int q = 0; q < 18; q++) v[q] = strtod(at, &at);
    lines++;
    ck_assert(v[0] == (double)lines);
    ck_assert(v[1] == (v[0] >= added));
    for (int q = 0; q < 4; q++) {
      const double s = q % 2 == 0 ? v[2] : v[3], d = dsig(v[4 + q]);
      gain = fmax(gain, d * d * (rate_v * s * s + 0.7));
      if (lines > 1 && v[0] != added) jump = fmax(jump, fabs(v[4 + q] - prev[q]));
      prev[q] = v[4 + q];
    }
    ck_assert_msg(fabs(gain - v[16]) <= 1e-12 * gain, "gain %g %g", gain, v[16]);
    ck_assert_msg(fabs(jump - v[17]) <= 1e-9, "jump %g %g", jump, v[17]);
    if (v[0] == added) gain_added = v[16];
    if (v[0] > added && v[0] <= added + 100) most = fmax(most, v[17]);
  }
  fclose(f);
  ck_assert(lines == (long)runs);
  ck_assert(fabs(strtod(strstr(text, " gain ") + 6, NULL) - gain_added) <=
    1e-15 * gain_added);
  ck_assert(strtod(strstr(text, " jump ") + 6, NULL) == most);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task reber --trace "
    TESTOUT "/net1997.never --max-sequences 10 2>/dev/null", "trace-reber"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --trace - "
    "--max-sequences 10 2>/dev/null", "trace-stdout"), 2);
  ck_assert_ptr_null(fopen(TESTOUT "/net1997.never", "r"));
}
END_TEST

/* --update sequence: the internal RTRL changes the weights once per
   sequence, by the sum of its steps' gradients; on the network of 1997,
   where it is exact, the weights after two sequences are BPTT's to
   rounding, and those of updates at every step differ from them. */
START_TEST(update_once_per_sequence)
{
  lstm_arch a = arch_1997(0);
  lstm_net net[3];
  lstm_data data;
  lstm_optimizer opt[3];
  lstm_trainer tn[3];
  lstm_error err;
  lstm_check res;
  static const char *method[3] = {"bptt", "irtrl", "irtrl"};
  lstm_error_clear(&err);
  data_1997(&data, 6, 5, 0, 31);
  for (int q = 0; q < 3; q++) {
    long param;
    const lstm_method *meth = lstm_method_find(method[q], &param, &err);
    net_1997(&net[q], 6, 1, 5, &a, 0.8, 30);
    ck_assert_int_eq(lstm_optimizer_init(&opt[q], &net[q], LSTM_SGD, 1.0,
      &err), LSTM_OK);
    ck_assert_int_eq(lstm_trainer_init(&tn[q], &net[q], meth, param, &opt[q],
      &err), LSTM_OK);
    tn[q].per_sequence = q == 1;
    for (size_t s = 0; s < data.count; s++) {
      double loss, e;
      ck_assert_int_eq(lstm_train_sequence(&tn[q], &data.seq[s], &loss, &e,
        &err), LSTM_OK);
    }
  }
  ck_assert_int_eq(tn[1].updates, 2);
  ck_assert_int_eq(tn[0].updates, 2);
  lstm_compare(&net[1], &net[0], &res);
  ck_assert_msg(res.max_rel < 1e-12, "per sequence against bptt: %g",
    res.max_rel);
  lstm_compare(&net[2], &net[0], &res);
  ck_assert_msg(res.max_rel > 1e-6, "per step against bptt: %g", res.max_rel);
  for (int q = 0; q < 3; q++) {
    lstm_trainer_free(&tn[q]);
    lstm_optimizer_free(&opt[q]);
    lstm_net_free(&net[q]);
  }
  lstm_data_free(&data);
}
END_TEST

/* --lr-cell-out: the optimiser changes the weights V from the cells to the
   outputs with a rate of its own and every other weight with the rate.
   For every method of the table, on a sequence with one target, at the
   last step (so one change of the weights, from the same gradient): the
   change of every weight outside V is that of a single rate, bit for bit,
   and the change of V is rate_out/rate times it, to rounding. For every
   optimiser, one step against a gradient of ones does the same. */
START_TEST(a_rate_of_its_own_for_V)
{
  lstm_arch plain;
  lstm_data data;
  lstm_seq *q;
  lstm_error err;
  const lstm_method *meth;
  size_t methods = 0;
  lstm_error_clear(&err);
  memset(&plain, 0, sizeof plain);
  lstm_data_init(&data, 3, 2);
  ck_assert_int_eq(lstm_data_add(&data, 5, &q, &err), LSTM_OK);
  for (size_t t = 0; t < 5; t++) q->x[t * 3 + t % 3] = 1;
  ck_assert_ptr_nonnull(lstm_target_set(q, 4, &err));
  lstm_target_set(q, 4, &err)[1] = 1;
  for (size_t row = 0; (meth = lstm_method_at(row)) != NULL; row++) {
    lstm_net net[2], before;
    lstm_optimizer opt[2];
    lstm_trainer tn[2];
    char spec[64];
    long param;
    const lstm_method *found;
    snprintf(spec, sizeof spec, "%s%s", meth->name,
      meth->takes_param == 1 ? ":10" : "");
    ck_assert_ptr_nonnull(found = lstm_method_find(spec, &param, &err));
    if (found->seeded) param = 7;
    for (int v = 0; v < 2; v++) {
      lstm_rng rng;
      double loss, e;
      ck_assert_int_eq(lstm_net_init_arch(&net[v], 3, 2, 2, LSTM_OUT_SOFTMAX,
        &plain, &err), LSTM_OK);
      lstm_rng_seed(&rng, 40);
      lstm_net_randomize(&net[v], &rng, 0.5);
      if (v == 0) ck_assert_int_eq(lstm_net_copy(&before, &net[0], &err),
        LSTM_OK);
      ck_assert_int_eq(lstm_optimizer_init(&opt[v], &net[v], LSTM_SGD, 0.5,
        &err), LSTM_OK);
      if (v == 1) opt[v].rate_out = 0.05;
      ck_assert_int_eq(lstm_trainer_init(&tn[v], &net[v], found, param,
        &opt[v], &err), LSTM_OK);
      ck_assert_int_eq(lstm_train_sequence(&tn[v], q, &loss, &e, &err),
        LSTM_OK);
      ck_assert_int_eq(tn[v].updates, 1);
    }
    for (size_t k = 0; k < net[0].P; k++) {
      const double d0 = net[0].theta[k] - before.theta[k],
        d1 = net[1].theta[k] - before.theta[k];
      const int inV = net[0].theta + k >= net[0].V &&
        net[0].theta + k < net[0].V + 2 * 2;
      if (!inV) ck_assert_msg(net[1].theta[k] == net[0].theta[k],
        "%s: entry %zu changed", spec, k);
      else ck_assert_msg(fabs(d1 - 0.1 * d0) <= 1e-12 * fabs(d0) + 1e-17,
        "%s: V changed by %g, not 0.1 times %g", spec, d1, d0);
      if (inV) ck_assert_msg(d0 != 0, "%s: V did not change", spec);
    }
    for (int v = 0; v < 2; v++) {
      lstm_trainer_free(&tn[v]);
      lstm_optimizer_free(&opt[v]);
      lstm_net_free(&net[v]);
    }
    lstm_net_free(&before);
    methods++;
  }
  ck_assert_uint_ge(methods, 6);
  lstm_data_free(&data);
  for (int kind = LSTM_SGD; kind <= LSTM_ADAM; kind++) {
    lstm_net net, grad;
    lstm_optimizer opt;
    ck_assert_int_eq(lstm_net_init_arch(&net, 3, 2, 2, LSTM_OUT_SOFTMAX,
      &plain, &err), LSTM_OK);
    ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
    for (size_t k = 0; k < net.P; k++) grad.theta[k] = 1;
    ck_assert_int_eq(lstm_optimizer_init(&opt, &net, kind, 0.5, &err),
      LSTM_OK);
    opt.rate_out = 0.05;
    lstm_optimizer_step(&opt, &net, &grad);
    for (size_t k = 0; k < net.P; k++) {
      const int inV = net.theta + k >= net.V && net.theta + k < net.V + 4;
      const double want = inV ? -0.05 : -0.5;
      ck_assert_msg(fabs(net.theta[k] - want) <= 1e-6 * 0.5,
        "optimiser %d, entry %zu: %g, not %g", kind, k, net.theta[k], want);
    }
    lstm_optimizer_free(&opt);
    lstm_net_free(&grad);
    lstm_net_free(&net);
  }
}
END_TEST

Suite *net1997_suite(void)
{
  Suite *s = suite_create("net1997");
  TCase *tc = tcase_create("net1997");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, weights_of_experiment_2a);
  tcase_add_test(tc, exact_methods_on_the_network_of_1997);
  tcase_add_test(tc, truncated_and_missing_weights);
  tcase_add_test(tc, internal_rtrl_is_the_cut_on_the_network_of_1997);
  tcase_add_test(tc, model_file_of_1997);
  tcase_add_test(tc, train_with_the_network_of_1997);
  tcase_add_test(tc, experiment_2b_sequences);
  tcase_add_loop_test(tc, trace_of_the_construction, 0, 2);
  tcase_add_test(tc, update_once_per_sequence);
  tcase_add_test(tc, a_rate_of_its_own_for_V);
  suite_add_tcase(s, tc);
  return s;
}
