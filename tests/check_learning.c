/* Optimisers against closed forms, and the task generators against
   hand-written expectations and an independent recogniser. */
#define _POSIX_C_SOURCE 200809L /* for regcomp, in the Reber test */
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

/* Plain SGD with the worked example's gradient gives the example's
   updated weights, the last three lines of expected.txt. */
START_TEST(sgd_reproduces_the_worked_example)
{
  FILE *want = fopen(TESTDATA "/worked-example/expected.txt", "r");
  lstm_net net, grad;
  lstm_data data;
  lstm_optimizer opt;
  lstm_error err;
  long param;
  double loss;
  char line[2048];
  int blocks = 0;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(want);
  ck_assert_int_eq(lstm_example(&net, &data, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data,
    lstm_method_find("bptt", &param, &err), 0, &grad, &loss, NULL, &err),
    LSTM_OK);
  ck_assert_int_eq(lstm_optimizer_init(&opt, &net, LSTM_SGD, 0.1, &err),
    LSTM_OK);
  lstm_optimizer_step(&opt, &net, &grad);
  while (fgets(line, sizeof line, want)) {
    const char *prefix = "sgd lambda=0.1 ";
    char *p;
    const double *block;
    if (strncmp(line, prefix, strlen(prefix)) != 0) continue;
    p = line + strlen(prefix);
    block = *p == 'W' ? net.W : *p == 'U' ? net.U : net.b;
    p++;
    for (int q = 0; ; q++) {
      char *end;
      double v = strtod(p, &end);
      if (end == p) break;
      ck_assert_double_eq_tol(block[q], v, 1e-12);
      p = end;
    }
    blocks++;
  }
  ck_assert_int_eq(blocks, 3);
  lstm_optimizer_free(&opt);
  lstm_net_free(&net);
  lstm_net_free(&grad);
  lstm_data_free(&data);
  fclose(want);
}
END_TEST

/* Two steps with the same gradient g: momentum moves by lambda g, then by
   lambda (1 + mu) g; Adam moves by lambda g/(|g| + eps) both times, since
   its bias-corrected moments are exactly g and g^2; clipping to norm c
   scales the step by c/|g|. */
START_TEST(optimisers_match_closed_forms)
{
  lstm_net net, start, grad;
  lstm_optimizer opt;
  lstm_error err;
  const double rate = 0.01, mu = 0.9;
  lstm_error_clear(&err);
  random_net(&start, 2, 3, 3, LSTM_OUT_NONE, 21);
  random_net(&grad, 2, 3, 3, LSTM_OUT_NONE, 22);
  for (int kind = LSTM_MOMENTUM; kind <= LSTM_ADAM; kind++) {
    ck_assert_int_eq(lstm_net_copy(&net, &start, &err), LSTM_OK);
    ck_assert_int_eq(lstm_optimizer_init(&opt, &net, kind, rate, &err),
      LSTM_OK);
    lstm_optimizer_step(&opt, &net, &grad);
    lstm_optimizer_step(&opt, &net, &grad);
    for (size_t k = 0; k < net.P; k++) {
      double g = grad.theta[k], moved = start.theta[k] - net.theta[k];
      double want = kind == LSTM_MOMENTUM ? rate * (2 + mu) * g :
        2 * rate * g / (fabs(g) + 1e-8);
      ck_assert_double_eq_tol(moved, want, 1e-14);
    }
    lstm_optimizer_free(&opt);
    lstm_net_free(&net);
  }
  {
    double norm = 0, returned;
    for (size_t k = 0; k < grad.P; k++) norm += grad.theta[k] * grad.theta[k];
    norm = sqrt(norm);
    ck_assert_int_eq(lstm_net_copy(&net, &start, &err), LSTM_OK);
    ck_assert_int_eq(lstm_optimizer_init(&opt, &net, LSTM_SGD, rate, &err),
      LSTM_OK);
    opt.clip = norm / 4;
    returned = lstm_optimizer_step(&opt, &net, &grad);
    ck_assert_double_eq_tol(returned, norm, 1e-12);
    for (size_t k = 0; k < net.P; k++)
      ck_assert_double_eq_tol(start.theta[k] - net.theta[k],
        rate * grad.theta[k] / 4, 1e-15);
    lstm_optimizer_free(&opt);
    lstm_net_free(&net);
  }
  lstm_net_free(&start);
  lstm_net_free(&grad);
}
END_TEST

/* The argmax of row t of a one-hot matrix. */
static size_t hot(const double *v, size_t k)
{
  size_t r = 0;
  for (size_t l = 0; l < k; l++) if (v[l] > v[r]) r = l;
  return r;
}

/* With p = 4 there are exactly two sequences: symbols (y a1 a2 a3 y) or
   (x a1 a2 a3 x), with x = 0, y = 1 and a_j = j + 1; inputs are the first
   four symbols and targets the last four.  Both must occur. */
START_TEST(lag_task_sequences)
{
  static const size_t want[2][5] = {{0, 2, 3, 4, 0}, {1, 2, 3, 4, 1}};
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  int seen[2] = {0, 0};
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "lag", 4, &err), LSTM_OK);
  ck_assert_uint_eq(task.m, 5);
  task.every_step = 1;
  lstm_rng_seed(&rng, 5);
  lstm_data_init(&data, task.m, task.k);
  for (int n = 0; n < 40; n++) {
    lstm_seq *s;
    size_t which;
    ck_assert_int_eq(lstm_task_sample(&task, &rng, &data, &s, &err), LSTM_OK);
    ck_assert_uint_eq(s->T, 4);
    which = hot(s->x, 5);
    ck_assert_uint_lt(which, 2);
    seen[which]++;
    for (size_t t = 0; t < 4; t++) {
      double sum_x = 0, sum_y = 0;
      const double *y = lstm_target(s, t);
      ck_assert_ptr_nonnull(y);
      for (size_t l = 0; l < 5; l++) {
        sum_x += s->x[t * 5 + l];
        sum_y += y[l];
      }
      ck_assert(sum_x == 1 && sum_y == 1);
      ck_assert_uint_eq(hot(s->x + t * 5, 5), want[which][t]);
      ck_assert_uint_eq(hot(y, 5), want[which][t + 1]);
    }
  }
  ck_assert(seen[0] > 5 && seen[1] > 5);
  /* A probe of 9 steps: x/y, then a1 a2 a3 a1 a2 a3 a1 a2, then the
     target x/y at the last step only. */
  {
    static const size_t run[9] = {9, 2, 3, 4, 2, 3, 4, 2, 3};
    lstm_seq *s;
    ck_assert_int_eq(lstm_task_probe(&task, 9, &rng, &data, &s, &err),
      LSTM_OK);
    for (size_t t = 1; t < 9; t++)
      ck_assert_uint_eq(hot(s->x + t * 5, 5), run[t]);
    for (size_t t = 0; t < 8; t++) ck_assert(!lstm_target(s, t));
    ck_assert(lstm_target(s, 8));
    ck_assert_uint_eq(hot(lstm_target(s, 8), 5), hot(s->x, 5));
  }
  lstm_data_free(&data);
}
END_TEST

/* Every string is an embedded Reber string: B, then T or P, a Reber
   string, the same T or P, and E.  The Reber strings are recognised by a
   regular expression derived by hand from the graph of the grammar
   (R4 = S | X T* V R5 and R5 = V | P R4, so R5 = (PXT*V)*(V|PS)).  The
   targets are probability vectors on the possible next symbols, of which
   the actual next symbol is one. */
START_TEST(reber_strings_are_valid)
{
  const char *reber =
    "^B(TS*X(S|XT*V(PXT*V)*(V|PS))|PT*V(PXT*V)*(V|PS))E$";
  regex_t re;
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  char buf[256], inner[256];
  lstm_error_clear(&err);
  ck_assert_int_eq(regcomp(&re, reber, REG_EXTENDED | REG_NOSUB), 0);
  ck_assert_int_eq(lstm_task_init(&task, "reber", 0, &err), LSTM_OK);
  lstm_rng_seed(&rng, 8);
  lstm_data_init(&data, 7, 7);
  for (int n = 0; n < 2000; n++) {
    lstm_seq *s;
    size_t len;
    ck_assert_int_eq(lstm_task_sample(&task, &rng, &data, &s, &err), LSTM_OK);
    ck_assert_uint_lt(s->T, 250);
    lstm_reber_string(s, buf);
    len = strlen(buf);
    ck_assert(len >= 9 && buf[0] == 'B' && buf[len - 1] == 'E');
    ck_assert(buf[1] == 'T' || buf[1] == 'P');
    ck_assert_int_eq(buf[len - 2], buf[1]);
    memcpy(inner, buf + 2, len - 4);
    inner[len - 4] = '\0';
    ck_assert_msg(regexec(&re, inner, 0, NULL, 0) == 0,
      "not a Reber string: %s (in %s)", inner, buf);
    for (size_t t = 0; t + 1 < s->T; t++) {
      double sum = 0;
      const double *y = lstm_target(s, t);
      ck_assert_ptr_nonnull(y);
      for (size_t l = 0; l < 7; l++) sum += y[l];
      ck_assert_double_eq_tol(sum, 1, 1e-15);
      ck_assert(y[hot(s->x + (t + 1) * 7, 7)] > 0);
    }
    ck_assert(!lstm_target(s, s->T - 1));
    lstm_data_free(&data);
    lstm_data_init(&data, 7, 7);
  }
  regfree(&re);
  lstm_data_free(&data);
}
END_TEST

/* The adding problem: length between T and T + T/10; exactly two markers
   1, the first among the first ten pairs and the second among the first
   T/2 - 1; the ends marked -1 unless marked 1; one target, at the end,
   0.5 + (X1 + X2)/4. */
START_TEST(adding_sequences)
{
  lstm_task task;
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "adding", 100, &err), LSTM_OK);
  lstm_rng_seed(&rng, 9);
  lstm_data_init(&data, 2, 1);
  for (int n = 0; n < 500; n++) {
    lstm_seq *s;
    size_t marked[2], count = 0;
    ck_assert_int_eq(lstm_task_sample(&task, &rng, &data, &s, &err), LSTM_OK);
    ck_assert(s->T >= 100 && s->T <= 110);
    for (size_t t = 0; t < s->T; t++) {
      double v = s->x[2 * t], mark = s->x[2 * t + 1];
      ck_assert(v >= -1 && v <= 1);
      if (mark == 1) {
        ck_assert_uint_lt(count, 2);
        marked[count++] = t;
      } else if (t == 0 || t + 1 == s->T) ck_assert(mark == -1);
      else ck_assert(mark == 0);
      ck_assert((lstm_target(s, t) != NULL) == (t + 1 == s->T));
    }
    ck_assert_uint_eq(count, 2);
    ck_assert(marked[0] < 10 || marked[1] < 10);
    ck_assert_uint_lt(marked[1], 49);
    if (marked[0] == 0) ck_assert(s->x[0] == 0);
    ck_assert_double_eq_tol(lstm_target(s, s->T - 1)[0],
      0.5 + (s->x[2 * marked[0]] + s->x[2 * marked[1]]) / 4, 1e-15);
  }
  lstm_data_free(&data);
}
END_TEST

START_TEST(bad_task_arguments)
{
  lstm_task task;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_task_init(&task, "lag", 1, &err), LSTM_EUSAGE);
  ck_assert_int_eq(lstm_task_init(&task, "adding", 3, &err), LSTM_EUSAGE);
  ck_assert_int_eq(lstm_task_init(&task, "parity", 10, &err), LSTM_EUSAGE);
  ck_assert(strstr(err.msg, "unknown task") != NULL);
}
END_TEST

Suite *learning_suite(void)
{
  Suite *s = suite_create("learning");
  TCase *opt = tcase_create("optimisers"), *tasks = tcase_create("tasks");
  tcase_add_test(opt, sgd_reproduces_the_worked_example);
  tcase_add_test(opt, optimisers_match_closed_forms);
  tcase_add_test(tasks, lag_task_sequences);
  tcase_add_test(tasks, reber_strings_are_valid);
  tcase_add_test(tasks, adding_sequences);
  tcase_add_test(tasks, bad_task_arguments);
  tcase_set_timeout(tasks, 60); /* seconds, not the default 4: a loaded machine */
  suite_add_tcase(s, opt);
  suite_add_tcase(s, tasks);
  return s;
}
