/* The lag tasks of the experiments: the two protocols of the lag task,
   the noisy lag task of Experiment 2c, the retention probes, the cell
   without a forget gate, and the local (one-hot) inputs that the long lags
   need to be affordable. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

/* The position of the one in a one-hot vector, or len when there is none. */
static size_t one_at(const double *v, size_t len)
{
  for (size_t l = 0; l < len; l++)
    if (v[l] == 1) return l;
  return len;
}

/* With the targets at the last step only, the inputs are those of the
   every-step sequence and only the last step has a target. */
START_TEST(lag_targets_last_or_every)
{
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "lag", 6, &err), LSTM_OK);
  ck_assert_int_eq(task.every_step, 0);
  lstm_data_init(&data, task.m, task.k);
  for (int every = 0; every < 2; every++) {
    task.every_step = every;
    lstm_rng_seed(&rng, 9);
    for (int q = 0; q < 10; q++) {
      lstm_seq *s;
      ck_assert_int_eq(lstm_task_sample(&task, &rng, &data, &s, &err),
        LSTM_OK);
      for (size_t t = 0; t < 6; t++) {
        ck_assert_int_eq(lstm_target(s, t) != NULL, every || t == 5);
        ck_assert_uint_eq(one_at(s->x + t * 7, 7),
          t == 0 ? one_at(s->x, 7) : 1 + t);
      }
      ck_assert_uint_eq(one_at(lstm_target(s, 5), 7), one_at(s->x, 7));
    }
  }
  lstm_data_free(&data);
}
END_TEST

/* A probe of c runs of distractors has c(p - 1) + 1 steps and ends, as a
   training sequence does, on a_{p-1} (symbol p), after which the network
   has learnt to answer; its only target is the first symbol. */
START_TEST(probes_end_on_the_last_distractor)
{
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  static const size_t runs[4] = {1, 2, 5, 10};
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "lag", 7, &err), LSTM_OK);
  lstm_data_init(&data, task.m, task.k);
  lstm_rng_seed(&rng, 3);
  for (int q = 0; q < 4; q++) {
    size_t L = lstm_probe_length(7, runs[q]);
    lstm_seq *s;
    ck_assert_uint_eq(L, runs[q] * 6 + 1);
    ck_assert_int_eq(lstm_task_probe(&task, L, &rng, &data, &s, &err),
      LSTM_OK);
    ck_assert_uint_eq(s->T, L);
    ck_assert_uint_eq(one_at(s->x + (L - 1) * 8, 8), 7);
    for (size_t t = 0; t + 1 < L; t++) ck_assert(!lstm_target(s, t));
    ck_assert(lstm_target(s, L - 1));
    ck_assert_uint_eq(one_at(lstm_target(s, L - 1), 8), one_at(s->x, 8));
  }
  lstm_data_free(&data);
}
END_TEST

/* Experiment 2c: b, x or y, at least p distractors, e; the target, at the
   step that reads e only, is the second symbol.  The number of extra
   distractors is geometric with mean 9, so the mean length is p + 12. */
START_TEST(lag2c_sequences)
{
  const size_t p = 30, m = p + 4, draws = 4000;
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  double total = 0, seen_y = 0;
  size_t used[34] = {0};
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "lag2c", p, &err), LSTM_OK);
  ck_assert_uint_eq(task.m, m);
  ck_assert_uint_eq(task.k, 2);
  lstm_rng_seed(&rng, 4);
  for (size_t q = 0; q < draws; q++) {
    lstm_seq *s;
    size_t second;
    lstm_data_init(&data, task.m, task.k);
    ck_assert_int_eq(lstm_task_sample(&task, &rng, &data, &s, &err), LSTM_OK);
    ck_assert_uint_ge(s->T, p + 3);
    ck_assert_uint_eq(one_at(s->x, m), 2);
    second = one_at(s->x + m, m);
    ck_assert_uint_lt(second, 2);
    for (size_t t = 2; t + 1 < s->T; t++) {
      size_t at = one_at(s->x + t * m, m);
      ck_assert_uint_ge(at, 4);
      ck_assert_uint_lt(at, m);
      used[at]++;
    }
    ck_assert_uint_eq(one_at(s->x + (s->T - 1) * m, m), 3);
    for (size_t t = 0; t + 1 < s->T; t++) ck_assert(!lstm_target(s, t));
    ck_assert(lstm_target(s, s->T - 1));
    ck_assert_uint_eq(one_at(lstm_target(s, s->T - 1), 2), second);
    total += (double)s->T;
    seen_y += (double)second;
    lstm_data_free(&data);
  }
  /* The mean of T is p + 12, with a standard deviation of the mean of
     sqrt(90 / draws) = 0.15; five of them is a wide margin. */
  ck_assert_msg(fabs(total / draws - (p + 12)) < 0.75,
    "mean length %.3f, expected %zu", total / draws, p + 12);
  ck_assert(seen_y > 0.45 * draws && seen_y < 0.55 * draws);
  for (size_t at = 4; at < m; at++) ck_assert_uint_gt(used[at], 0);
}
END_TEST

/* A network built by hand that remembers: one cell without a forget gate,
   whose input gate opens only for x and y and whose cell input is +1 for
   x and -1 for y; the output layer reads the sign.  It answers every
   probe right, however long.  With the input gate shut it remembers
   nothing and fails. */
static void memory_net(lstm_net *net, size_t p, double gate)
{
  lstm_error err;
  const size_t m = p + 1;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_init(net, m, 1, m, LSTM_OUT_SOFTMAX, &err),
    LSTM_OK);
  net->no_forget = 1;
  for (size_t l = 0; l < m; l++) {
    net->W[0 * m + l] = l == 0 ? 3 : l == 1 ? -3 : 0;
    net->W[1 * m + l] = l < 2 ? gate : -30;
  }
  net->b[3] = 30;
  for (size_t r = 0; r < m; r++) {
    net->V[r] = r == 0 ? 40 : r == 1 ? -40 : 0;
    net->c[r] = r < 2 ? 0 : -60;
  }
}

START_TEST(retention_of_a_network_that_remembers)
{
  lstm_net net;
  lstm_error err;
  double kept;
  static const size_t runs[5] = {1, 2, 5, 10, 100};
  lstm_error_clear(&err);
  memory_net(&net, 12, 30);
  for (int q = 0; q < 5; q++) {
    ck_assert_int_eq(lstm_retention(&net, 12, runs[q], &kept, &err), LSTM_OK);
    ck_assert_msg(kept == 1, "%zu runs: kept %g", runs[q], kept);
  }
  lstm_net_free(&net);
  memory_net(&net, 12, -30);
  ck_assert_int_eq(lstm_retention(&net, 12, 2, &kept, &err), LSTM_OK);
  ck_assert(kept < 1);
  ck_assert_int_eq(lstm_retention(&net, 12, 0, &kept, &err), LSTM_EUSAGE);
  lstm_net_free(&net);
}
END_TEST

/* One-hot data for the checks below: the sequences and targets of
   random_data, with every step's input replaced by one symbol of m (or by
   none, at every fifth step). */
static void local_data(lstm_data *data, size_t m, size_t k, size_t count,
  size_t T, unsigned long long seed)
{
  lstm_rng rng;
  random_data(data, m, k, count, T, 0.3, 0, seed);
  lstm_rng_seed(&rng, seed + 1);
  for (size_t s = 0; s < data->count; s++)
    for (size_t t = 0; t < data->seq[s].T; t++) {
      double *x = data->seq[s].x + t * m;
      size_t at = (size_t)lstm_rng_uniform(&rng, 0, (double)m);
      memset(x, 0, m * sizeof *x);
      if (t % 5 != 3) x[at < m ? at : m - 1] = 1;
    }
}

/* BPTT on a cell without a forget gate against central differences, with
   dense and with local inputs; the rows of f have a zero gradient. */
START_TEST(no_forget_gradient)
{
  static const test_case c = {"no forget gate", 6, 3, 2, LSTM_OUT_L2, 2, 9,
    0.5, 21};
  lstm_net net, g;
  lstm_data data;
  lstm_check res;
  lstm_error err;
  long param;
  double loss;
  lstm_error_clear(&err);
  for (int local = 0; local < 2; local++) {
    make_case(&c, &net, &data);
    net.no_forget = 1;
    if (local) {
      lstm_data_free(&data);
      local_data(&data, 6, 2, 2, 9, 22);
    }
    assert_gradcheck(&c, &net, &data, "bptt", &res);
    ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
    ck_assert_int_eq(g.no_forget, 1);
    ck_assert_int_eq(lstm_gradient(&net, &data,
      lstm_method_find("bptt", &param, &err), 0, &g, &loss, NULL, &err),
      LSTM_OK);
    for (size_t j = 0; j < 3; j++) {
      for (size_t l = 0; l < 6; l++) ck_assert(g.W[(6 + j) * 6 + l] == 0);
      for (size_t l = 0; l < 3; l++) ck_assert(g.U[(6 + j) * 3 + l] == 0);
      ck_assert(g.b[6 + j] == 0);
    }
    printf("no forget gate, %s inputs: largest relative error %.3g\n",
      local ? "local" : "dense", res.max_rel);
    lstm_net_free(&g);
    lstm_net_free(&net);
    lstm_data_free(&data);
  }
}
END_TEST

/* With local inputs, every method still computes what it computes with
   dense ones: BPTT and exact RTRL agree, and the internal RTRL of a cell
   without a forget gate, whose online step updates only the entry of the
   nonzero input, gives bit for bit the gradient of the blocked sweep,
   which updates every entry. */
START_TEST(local_inputs_change_no_gradient)
{
  lstm_net net, a, b, part;
  lstm_data data;
  lstm_rtrl r;
  lstm_error err;
  long param;
  double la, lb;
  lstm_error_clear(&err);
  random_net(&net, 7, 3, 3, LSTM_OUT_SOFTMAX, 31);
  local_data(&data, 7, 3, 2, 11, 32);
  for (size_t s = 0; s < data.count; s++)
    for (size_t t = 0; t < data.seq[s].T; t++) {
      double *y;
      if (!lstm_target(&data.seq[s], t)) continue;
      y = lstm_target_set(&data.seq[s], t, &err);
      for (size_t q = 0; q < 3; q++) y[q] = q == t % 3;
    }
  for (int nf = 0; nf < 2; nf++) {
    lstm_check res;
    net.no_forget = nf;
    ck_assert_int_eq(lstm_net_like(&a, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_net_like(&b, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("bptt",
      &param, &err), 0, &a, &la, NULL, &err), LSTM_OK);
    ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("rtrl",
      &param, &err), 0, &b, &lb, NULL, &err), LSTM_OK);
    lstm_compare(&b, &a, &res);
    ck_assert_msg(res.max_rel < 1e-10, "rtrl against bptt: %g", res.max_rel);
    memset(a.theta, 0, a.P * sizeof *a.theta);
    memset(b.theta, 0, b.P * sizeof *b.theta);
    ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("irtrl",
      &param, &err), 0, &a, &la, NULL, &err), LSTM_OK);
    ck_assert_int_eq(lstm_rtrl_init(&r, &net, LSTM_RTRL_INTERNAL, &err),
      LSTM_OK);
    lb = 0;
    /* Each sequence into a buffer of its own, added in the order of the
       file, as lstm_gradient does. */
    ck_assert_int_eq(lstm_net_like(&part, &net, &err), LSTM_OK);
    for (size_t s = 0; s < data.count; s++) {
      const lstm_seq *seq = &data.seq[s];
      lstm_rtrl_reset(&r);
      memset(part.theta, 0, part.P * sizeof *part.theta);
      for (size_t t = 0; t < seq->T; t++) {
        double l;
        ck_assert_int_eq(lstm_rtrl_step(&r, &net, seq->x + t * 7,
          lstm_target(seq, t), &part, &l, &err), LSTM_OK);
        lb += l;
      }
      for (size_t q = 0; q < part.P; q++)
        b.theta[q] = s == 0 ? part.theta[q] : b.theta[q] + part.theta[q];
    }
    lstm_net_free(&part);
    ck_assert(memcmp(a.theta, b.theta, a.P * sizeof *a.theta) == 0);
    lstm_rtrl_free(&r);
    lstm_net_free(&a);
    lstm_net_free(&b);
  }
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* A model without a forget gate says so in its file, and reads back so. */
START_TEST(no_forget_model_file)
{
  lstm_net net, back;
  lstm_error err;
  char path[256];
  FILE *f;
  lstm_error_clear(&err);
  random_net(&net, 3, 2, 2, LSTM_OUT_L2, 41);
  net.no_forget = 1;
  snprintf(path, sizeof path, TESTOUT "/check-noforget.model");
  ck_assert_ptr_nonnull(f = fopen(path, "w"));
  ck_assert_int_eq(lstm_model_write(f, &net, &err), LSTM_OK);
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(lstm_model_read(path, &back, &err), LSTM_OK);
  ck_assert_int_eq(back.no_forget, 1);
  ck_assert(memcmp(net.theta, back.theta, net.P * sizeof(double)) == 0);
  lstm_net_free(&back);
  ck_assert_ptr_nonnull(f = fopen(path, "w"));
  fprintf(f, "lstm-model 1\ninputs 1\ncells 1\nforget maybe\n");
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_ne(lstm_model_read(path, &back, &err), LSTM_OK);
  ck_assert_ptr_nonnull(strstr(err.msg, "expected 'none' after 'forget'"));
  lstm_net_free(&net);
}
END_TEST

/* The defaults solve the lag task with its target at the last step, with
   BPTT and with the 1997 truncated RTRL; the budget is twenty times what
   they need here. */
START_TEST(defaults_solve_the_lag_task)
{
  static const char *methods[2] = {"irtrl", "bptt"};
  lstm_train_config cfg = lstm_train_defaults("lag", 20);
  lstm_train_status st;
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(cfg.every_step, 0);
  ck_assert(fabs(cfg.init.bias_i + 1 + log(20.0)) < 1e-15);
  ck_assert_int_eq(cfg.no_forget, 0);
  ck_assert_int_eq(lstm_train_defaults("lag", 200).no_forget, 1);
  cfg.method = methods[_i];
  cfg.max_sequences = 20000;
  ck_assert_int_eq(lstm_train_task(&cfg, &net, &st, &err), LSTM_OK);
  printf("lag 20, %s: solved %d after %ld sequences, %ld updates\n",
    methods[_i], st.solved, st.sequences, st.updates);
  ck_assert(st.solved);
  ck_assert_int_eq(st.updates, st.sequences);
  ck_assert(st.probe.last_error < 0.25 && st.probe.separation > 0);
  lstm_net_free(&net);
}
END_TEST

/* The report of the experiments: ten solved runs of BPTT at p = 100 give
   10/10 with Wilson's interval [0.72, 1.00] and the quartiles of their
   sequences; ten unsolved runs of the short window give 0/10 and
   [0.00, 0.28]; a line that is not a finite summary is refused. */
START_TEST(experiments_report_cells)
{
  char path[512], text[65536];
  FILE *f;
  snprintf(path, sizeof path, TESTOUT "/check-report");
  ck_assert_int_eq(run_command("mkdir -p " TESTOUT "/check-report", "report"),
    0);
  snprintf(path, sizeof path, TESTOUT "/check-report/results.txt");
  ck_assert_ptr_nonnull(f = fopen(path, "w"));
  for (int seed = 1; seed <= 10; seed++) {
    fprintf(f, "solved after %d sequences: task lag length 100 method bptt "
      "seed %d cells 8 optimizer adam lr 0.01 clip 0 targets last forget yes "
      "loss 0.5 measure 0.2 updates %d seconds 0.5 last_error 0.2 "
      "other_error 0 drift 3 separation 1.9 retention2p 1 retention5p 1 "
      "retention10p %d retention100p 0.5\n", 1000 * seed, seed, 1000 * seed,
      seed > 1);
    fprintf(f, "not solved after 30000 sequences: task lag length 100 "
      "method tbptt:50 seed %d cells 8 optimizer adam lr 0.01 clip 0 "
      "targets last forget yes loss 0.7 measure 0.6 updates 60000 seconds 2 "
      "last_error 0.6 other_error 0 drift 1 separation 0 retention2p 0 "
      "retention5p 0 retention10p 0 retention100p 0\n", seed);
  }
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " experiments --report " TESTOUT
    "/check-report 60 0", "report"), 0);
  snprintf(path, sizeof path, TESTOUT "/check-report/results.tex");
  ck_assert_int_gt(slurp(path, text, sizeof text), 0);
  ck_assert_ptr_nonnull(strstr(text,
    "bptt&100&10/10&$[0.72,1.00]$&3250, {\\bf 5500}, 7750&5500&0.50\\cr"));
  ck_assert_ptr_nonnull(strstr(text,
    "tbptt:$\\lceil p/2\\rceil$&100&0/10&$[0.00,0.28]$"));
  /* the values the text quotes: the median with a comma between
     thousands, the interval, the retention counts */
  ck_assert_ptr_nonnull(strstr(text,
    "\\csname exp:last:bptt:100:med\\endcsname{5,500}"));
  ck_assert_ptr_nonnull(strstr(text,
    "\\csname exp:last:tbptt-half:100:hi\\endcsname{0.28}"));
  ck_assert_ptr_nonnull(strstr(text,
    "\\csname exp:last:bptt:100:kept10\\endcsname{9}"));
  ck_assert_ptr_nonnull(strstr(text, "bptt&100&10&10&10&9&0\\cr"));
  {
    /* The figures' data files: the points the figures draw, finite only;
       a point of a learning curve that is NaN or infinite is left out. */
    static const char *fams[7] = {"bptt", "tbptt-half", "tbptt-double",
      "irtrl", "rtrl", "snap1", "uoro"};
    static const char *kinds[3] = {"solved", "needed", "retention"};
    for (int k = 0; k < 3; k++)
      for (int q = 0; q < 7; q++) {
        snprintf(path, sizeof path, TESTOUT "/check-report/%s-%s.d",
          kinds[k], fams[q]);
        ck_assert_msg(slurp(path, text, sizeof text) >= 0, "%s", path);
        for (char *p = text, *end; *p; p = end) {
          double v = strtod(p, &end);
          if (end == p) {
            ck_assert_msg(*p == ' ' || *p == '\n', "%s: %s", path, p);
            end = p + 1;
          } else ck_assert_msg(isfinite(v), "%s: %s", path, text);
        }
      }
    slurp(TESTOUT "/check-report/needed-bptt.d", text, sizeof text);
    ck_assert_str_eq(text, "100 5500 3250 7750\n");
    slurp(TESTOUT "/check-report/solved-tbptt-half.d", text, sizeof text);
    ck_assert_str_eq(text, "100 0\n");
    slurp(TESTOUT "/check-report/retention-bptt.d", text, sizeof text);
    ck_assert_str_eq(text,
      "1 1\n2 1\n5 1\n10 0.90000000000000002\n100 0\n\n");
    slurp(TESTOUT "/check-report/needed-uoro.d", text, sizeof text);
    ck_assert_str_eq(text, "");
    ck_assert_ptr_nonnull(f = fopen(TESTOUT "/check-report/curve-last-0.txt",
      "w"));
    fprintf(f, "100 1 1 100 1 0 3 0.001\n200 1 1 200 1 0 nan nan\n"
      "300 1 1 300 1 0 4 inf\n400 1 1 400 1 0 5 1e-30\n");
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(run_command(LSTM_BIN " experiments --report " TESTOUT
      "/check-report 60 0", "report"), 0);
    slurp(TESTOUT "/check-report/separation-last-bptt.d", text, sizeof text);
    ck_assert_str_eq(text, "100 0.001\n400 9.9999999999999995e-21\n");
    slurp(TESTOUT "/check-report/figures.mp", text, sizeof text);
    ck_assert_ptr_nonnull(strstr(text, "gdraw \"separation-last-bptt.d\""));
    ck_assert_ptr_null(strstr(text, "\"needed-uoro.d\""));
  }
  snprintf(path, sizeof path, TESTOUT "/check-report/results.txt");
  ck_assert_ptr_nonnull(f = fopen(path, "a"));
  fprintf(f, "solved after 5 sequences: task lag length 100 method bptt "
    "seed 11 cells 8 updates 5 seconds nan\n");
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " experiments --report " TESTOUT
    "/check-report 60 2>/dev/null", "report"), 1);
}
END_TEST

/* The sensitivity grid: 240 runs at p = 100, and in the cell of the
   defaults (c = 1, rate 0.01) the input-gate bias is the very double that
   the training defaults give the lag task at p = 100. */
START_TEST(experiments_sensitivity_grid)
{
  char text[65536], want[64];
  int lines = 0;
  const lstm_train_config cfg = lstm_train_defaults("lag", 100);
  ck_assert_int_eq(run_command(LSTM_BIN " experiments --list-sensitivity > "
    TESTOUT "/check-sensitivity.txt", "sensitivity"), 0);
  ck_assert_int_gt(slurp(TESTOUT "/check-sensitivity.txt", text, sizeof text),
    0);
  for (char *p = text; *p; p++) lines += *p == '\n';
  ck_assert_int_eq(lines, 240);
  snprintf(want, sizeof want, "--bias-i %.17g --lr 0.01\n", cfg.init.bias_i);
  ck_assert_ptr_nonnull(strstr(text, want));
  ck_assert_double_eq(cfg.rate, 0.01);
}
END_TEST

Suite *lag_suite(void)
{
  Suite *s = suite_create("lag tasks");
  TCase *tc = tcase_create("lag tasks");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, lag_targets_last_or_every);
  tcase_add_test(tc, probes_end_on_the_last_distractor);
  tcase_add_test(tc, lag2c_sequences);
  tcase_add_test(tc, retention_of_a_network_that_remembers);
  tcase_add_test(tc, no_forget_gradient);
  tcase_add_test(tc, local_inputs_change_no_gradient);
  tcase_add_test(tc, no_forget_model_file);
  tcase_add_loop_test(tc, defaults_solve_the_lag_task, 0, 2);
  tcase_add_test(tc, experiments_report_cells);
  tcase_add_test(tc, experiments_sensitivity_grid);
  suite_add_tcase(s, tc);
  return s;
}
