/* Nothing false passes, nothing is lost (issue 11).  Numbers that overflow
   double precision are errors, never results: the gradient check cannot
   pass on them, training that diverges stops, and the lstm command prints
   no NaN and writes no file from them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define GOMEZ TESTDATA "/worked-example/gomez"


/* The worked example with its second target replaced by big. */
static void big_target(lstm_net *net, lstm_data *data, double big)
{
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_model_read(GOMEZ ".model", net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_data_read(GOMEZ ".seq", net, data, &err), LSTM_OK);
  lstm_target_set(&data->seq[0], 1, &err)[0] = big;
}

/* A target of 1e300 makes the loss infinite: the loss, the gradient and
   the gradient check are errors, not results. */
START_TEST(overflow_is_an_error)
{
  lstm_net net, g;
  lstm_data data;
  lstm_error err;
  lstm_check res;
  long param;
  const lstm_method *bptt;
  double loss = 0;
  lstm_error_clear(&err);
  big_target(&net, &data, 1e300);
  bptt = lstm_method_find("bptt", &param, &err);
  ck_assert_int_eq(lstm_loss(&net, &data, &loss, &err), LSTM_EDATA);
  ck_assert_ptr_nonnull(strstr(err.msg, "not a finite number"));
  ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, bptt, 0, &g, &loss, NULL, &err),
    LSTM_EDATA);
  ck_assert_int_ne(lstm_gradcheck(&net, &data, bptt, 0, LSTM_FD_STEP, &res,
    &err), LSTM_OK);
  lstm_net_free(&g);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* A step too small to change the parameters gives 0/0; the check refuses
   it instead of comparing NaNs. */
START_TEST(vanishing_step_is_refused)
{
  lstm_net net;
  lstm_data data;
  lstm_error err;
  lstm_check res;
  long param;
  lstm_error_clear(&err);
  big_target(&net, &data, 1.25);
  ck_assert_int_eq(lstm_gradcheck(&net, &data,
    lstm_method_find("bptt", &param, &err), 0, 1e-20, &res, &err),
    LSTM_EUSAGE);
  ck_assert_ptr_nonnull(strstr(err.msg, "lost in rounding"));
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The comparison counts a NaN or an infinity, on either side, as an
   infinite error. */
START_TEST(comparison_fails_on_nonfinite)
{
  static const double bad[3] = {NAN, INFINITY, -INFINITY};
  lstm_net g, ref;
  lstm_check res;
  lstm_error err;
  lstm_error_clear(&err);
  random_net(&g, 2, 3, 3, LSTM_OUT_NONE, 5);
  ck_assert_int_eq(lstm_net_copy(&ref, &g, &err), LSTM_OK);
  lstm_compare(&g, &ref, &res);
  ck_assert(res.max_rel == 0);
  for (int side = 0; side < 2; side++)
    for (int q = 0; q < 3; q++) {
      lstm_net *h = side ? &ref : &g;
      double keep = h->theta[7];
      h->theta[7] = bad[q];
      lstm_compare(&g, &ref, &res);
      ck_assert_msg(res.max_rel > LSTM_CHECK_TOL && !isnan(res.max_rel),
        "%g on side %d: max_rel %g", bad[q], side, res.max_rel);
      ck_assert_uint_eq(res.block[0].worst, 7);
      h->theta[7] = keep;
    }
  /* every entry NaN, as a student's deltas might be */
  for (size_t k = 0; k < g.P; k++) g.theta[k] = NAN;
  lstm_compare(&g, &ref, &res);
  ck_assert(res.max_rel > LSTM_CHECK_TOL);
  lstm_net_free(&g);
  lstm_net_free(&ref);
}
END_TEST

/* Training with far too large a learning rate diverges: the library says
   so, with the sequence and the loss, and never reports success. */
START_TEST(divergence_stops_training)
{
  lstm_train_config cfg = lstm_train_defaults("adding", 0);
  lstm_train_status st;
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  cfg.optimizer = LSTM_SGD;
  cfg.rate = 100;
  cfg.max_sequences = 3000;
  ck_assert_int_eq(lstm_train_task(&cfg, &net, &st, &err), LSTM_EDIVERGED);
  ck_assert_msg(strstr(err.msg, "training diverged at sequence ") != NULL,
    "%s", err.msg);
  ck_assert(!st.solved);
  lstm_net_free(&net);
}
END_TEST

/* The command: exit 1, a message with the step and the loss, nothing on
   standard output but the absence of a summary, and no model file. */
START_TEST(divergence_writes_no_model)
{
  char cmd[512], text[4096];
  const char *out = TESTOUT "/check-diverged.model",
    *log = TESTOUT "/check-diverged.log", *err = TESTOUT "/check-diverged.err";
  remove(out);
  snprintf(cmd, sizeof cmd, LSTM_BIN " train --task adding --optimizer sgd "
    "--lr 100 --max-sequences 3000 --out %s > %s 2> %s", out, log, err);
  ck_assert_int_eq(run_command(cmd, "diverged"), 1);
  ck_assert_int_eq(slurp(log, text, sizeof text), 0);
  ck_assert_int_gt(slurp(err, text, sizeof text), 0);
  ck_assert_msg(strstr(text, "training diverged at sequence ") &&
    strstr(text, "the loss is "), "%s", text);
  ck_assert_int_eq(slurp(out, text, sizeof text), -1);
}
END_TEST

/* Six runs writing the same --out at once, five times over: the file is
   always one complete model, byte for byte the model of one of the runs,
   and no temporary file is left behind.  (With a fixed temporary name,
   4 of 5 trials left a mixture.) */
START_TEST(concurrent_writers_leave_one_file)
{
  char cmd[1024];
  const char *dir = TESTOUT "/check-concurrent";
  snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir %s && "
    "for i in 1 2 3 4 5 6; do " LSTM_BIN " train --task lag --lag 4 "
    "--cells 40 --max-sequences 0 --seed $i --out %s/ref-$i >/dev/null || "
    "exit 1; done", dir, dir, dir);
  ck_assert_int_eq(run_command(cmd, "concurrent"), 0);
  snprintf(cmd, sizeof cmd, "(for t in 1 2 3 4 5; do "
    "for i in 1 2 3 4 5 6; do " LSTM_BIN " train --task lag --lag 4 "
    "--cells 40 --max-sequences 0 --seed $i --out %s/same >/dev/null & done; "
    "wait; ok=0; for i in 1 2 3 4 5 6; do cmp -s %s/same %s/ref-$i && ok=1; "
    "done; [ $ok = 1 ] || exit 1; done; "
    "[ $(ls %s | wc -l) = 7 ] || exit 2)", dir, dir, dir, dir);
  ck_assert_int_eq(run_command(cmd, "concurrent"), 0);
}
END_TEST

/* A FIFO, a directory and a symbolic link given as --out are refused, and
   stay what they were; a link planted where the old code put its
   temporary file (FILE.tmp) is not followed. */
START_TEST(nonregular_targets_are_refused)
{
  char cmd[1024], text[64];
  const char *dir = TESTOUT "/check-targets";
  static const char *kind[3] = {"fifo", "dir", "link"};
  snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir %s && (cd %s && mkfifo fifo "
    "&& mkdir dir && echo precious > victim && ln -s victim link && "
    "ln -s victim m.tmp)", dir, dir, dir);
  ck_assert_int_eq(run_command(cmd, "targets"), 0);
  for (int q = 0; q < 3; q++) {
    snprintf(cmd, sizeof cmd, LSTM_BIN " train --task lag --lag 4 --cells 2 "
      "--max-sequences 10 --out %s/%s >/dev/null 2>%s/err", dir, kind[q], dir);
    ck_assert_int_eq(run_command(cmd, "targets"), 1);
    snprintf(cmd, sizeof cmd, "%s/err", dir);
    ck_assert_int_gt(slurp(cmd, text, sizeof text), 0);
    snprintf(cmd, sizeof cmd, "(cd %s && test -p fifo && test -d dir && "
      "test -L link && [ \"$(cat victim)\" = precious ])", dir);
    ck_assert_int_eq(run_command(cmd, "targets"), 0);
  }
  snprintf(cmd, sizeof cmd, LSTM_BIN " train --task lag --lag 4 --cells 2 "
    "--max-sequences 10 --out %s/m >/dev/null", dir);
  ck_assert_int_eq(run_command(cmd, "targets"), 0);
  snprintf(cmd, sizeof cmd, "(cd %s && [ \"$(cat victim)\" = precious ] && "
    "test -L m.tmp && head -1 m | grep -q '^lstm-model 1$')", dir);
  ck_assert_int_eq(run_command(cmd, "targets"), 0);
}
END_TEST

/* An --out that cannot be written is reported before training: a budget
   of a hundred million sequences returns at once. */
START_TEST(unwritable_out_fails_at_once)
{
  char cmd[512], text[256];
  snprintf(cmd, sizeof cmd, LSTM_BIN " train --task lag --max-sequences "
    "100000000 --out " TESTOUT "/no-such-directory/m >" TESTOUT
    "/check-unwritable.out 2>" TESTOUT "/check-unwritable.err");
  ck_assert_int_eq(run_command(cmd, "unwritable"), 1);
  ck_assert_int_eq(slurp(TESTOUT "/check-unwritable.out", text, sizeof text), 0);
  ck_assert_int_gt(slurp(TESTOUT "/check-unwritable.err", text, sizeof text), 0);
  ck_assert_msg(strstr(text, "cannot write the file") != NULL, "%s", text);
}
END_TEST

/* A step without a target (-) costs its flag, not k numbers: a file of
   6 KB announcing 4096 targets, with - at 1500 steps and a mistake at its
   end, is read to the mistake within 85 MB of address space.  (The old
   reader collected 4096 zeros per step: about 150 MB.)  The limit cannot
   be set under the address sanitizer, which reserves terabytes. */
START_TEST(dash_costs_no_targets)
{
#ifndef __SANITIZE_ADDRESS__
  const char *model = TESTOUT "/check-wide.model", *seq = TESTOUT
    "/check-wide.seq", *err = TESTOUT "/check-wide.err";
  char cmd[512], text[512];
  FILE *f;
  ck_assert_ptr_nonnull(f = fopen(model, "w"));
  fprintf(f, "lstm-model 1\ninputs 1\ncells 1\nW 0 0 0 0\nU 0 0 0 0\n"
    "b 0 0 0 0\noutputs 4096 l2\nV\n");
  for (int q = 0; q < 2 * 4096; q++)
    fprintf(f, "0%s", q == 4095 ? "\nc\n" : q % 32 == 31 ? "\n" : " ");
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_ptr_nonnull(f = fopen(seq, "w"));
  fprintf(f, "lstm-seq 1\ninputs 1\ntargets 4096\nsequence 1500\n");
  for (int t = 0; t < 1500; t++) fprintf(f, "0 -\n");
  fprintf(f, "mistake\n");
  ck_assert_int_eq(fclose(f), 0);
  snprintf(cmd, sizeof cmd, "ulimit -v 85000; " LSTM_BIN " forward %s %s "
    ">/dev/null 2>%s", model, seq, err);
  ck_assert_int_eq(run_command(cmd, "wide"), 1);
  ck_assert_int_gt(slurp(err, text, sizeof text), 0);
  ck_assert_msg(strstr(text, ":1505: expected 'sequence' or the end of the "
    "file") != NULL, "%s", text);
#endif
}
END_TEST

/* Seeds above 2^63 are not clamped: two of them give two different runs,
   and a seed of 2^64 is refused, naming the option. */
START_TEST(seeds_are_not_clamped)
{
  char cmd[512], a[65536], b[65536];
  for (int q = 0; q < 2; q++) {
    snprintf(cmd, sizeof cmd, LSTM_BIN " train --task lag --lag 4 --cells 2 "
      "--max-sequences 0 --seed %s --out " TESTOUT "/check-seed-%d >/dev/null",
      q ? "18446744073709551615" : "9223372036854775809", q);
    ck_assert_int_eq(run_command(cmd, "seed"), 0);
  }
  ck_assert_int_gt(slurp(TESTOUT "/check-seed-0", a, sizeof a), 0);
  ck_assert_int_gt(slurp(TESTOUT "/check-seed-1", b, sizeof b), 0);
  ck_assert_str_ne(a, b);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --seed "
    "18446744073709551616 2>" TESTOUT "/check-seed.err", "seed"), 2);
  ck_assert_int_gt(slurp(TESTOUT "/check-seed.err", a, sizeof a), 0);
  ck_assert_msg(strstr(a, "after --seed") != NULL, "%s", a);
}
END_TEST

/* --help and --version report a full standard output: exit 1. */
START_TEST(help_on_a_full_disk_fails)
{
  static const char *what[4] = {"--help", "--version", "train --help",
    "forward --help"};
  for (int q = 0; q < 4; q++) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, LSTM_BIN " %s >/dev/full 2>/dev/null", what[q]);
    ck_assert_msg(run_command(cmd, "full") == 1, "lstm %s", what[q]);
  }
}
END_TEST

/* The seconds of experiments --report are a number from 0 to 1e9; bench
   refuses a size given twice (its fit would be 0/0). */
START_TEST(report_and_bench_arguments)
{
  static const char *bad[5] = {"1e400", "abc", "-5", "nan", "5x"};
  char cmd[256];
  for (int q = 0; q < 5; q++) {
    snprintf(cmd, sizeof cmd, LSTM_BIN " experiments --report " TESTOUT
      " %s 2>/dev/null", bad[q]);
    ck_assert_msg(run_command(cmd, "report") == 2, "seconds %s", bad[q]);
  }
  ck_assert_int_eq(run_command(LSTM_BIN " bench --method bptt --cells 8,8 "
    "--steps 5 >" TESTOUT "/check-bench.out 2>/dev/null", "bench"), 2);
}
END_TEST

/* A file name of 300 bytes is shown whole in a message; a line of a
   results file with a terminal escape is shown with the escape in hex. */
START_TEST(messages_show_names_whole_and_escaped)
{
  char name[400], cmd[1024], text[2048];
  FILE *f;
  int n = snprintf(name, sizeof name, TESTOUT "/");
  for (int q = 0; q < 300; q++) name[n++] = 'a' + q % 26;
  name[n] = '\0';
  snprintf(cmd, sizeof cmd, LSTM_BIN " forward %s %s 2>" TESTOUT
    "/check-name.err", name, name);
  ck_assert_int_eq(run_command(cmd, "name"), 1);
  ck_assert_int_gt(slurp(TESTOUT "/check-name.err", text, sizeof text), 0);
  ck_assert_msg(strncmp(text, name, strlen(name)) == 0 &&
    text[strlen(name)] == ':', "%s", text);
  ck_assert_int_eq(run_command("mkdir -p " TESTOUT "/check-report", "esc"), 0);
  ck_assert_ptr_nonnull(f = fopen(TESTOUT "/check-report/results.txt", "w"));
  fprintf(f, "solved after \033[2J\033[31m 5 sequences\n");
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " experiments --report " TESTOUT
    "/check-report 5 2>" TESTOUT "/check-report/err", "esc"), 1);
  ck_assert_int_gt(slurp(TESTOUT "/check-report/err", text, sizeof text), 0);
  ck_assert_msg(strchr(text, '\033') == NULL && strstr(text, "\\x1b[2J"),
    "%s", text);
}
END_TEST

/* gradcheck --sample K checks K entries drawn by the seed: a sample of
   all entries is the full check (gradient, lstm_fd_gradient, compare),
   bit for bit; a smaller one compares K
   entries, passes on a right gradient, and the command says so. */
static void count_progress(size_t done, size_t total, void *ctx)
{
  size_t *calls = ctx;
  ck_assert_uint_le(done, total);
  (*calls)++;
}

START_TEST(gradcheck_sample)
{
  lstm_net net;
  lstm_data data;
  lstm_check full, some;
  lstm_error err;
  long param;
  size_t calls = 0;
  const lstm_method *bptt;
  char text[2048];
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 21);
  random_data(&data, 3, 2, 2, 6, 0.5, 0, 22);
  bptt = lstm_method_find("bptt", &param, &err);
  {
    lstm_net g, fd;
    double loss;
    ck_assert_int_eq(lstm_net_like(&g, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_net_like(&fd, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_gradient(&net, &data, bptt, 0, &g, &loss, NULL,
      &err), LSTM_OK);
    ck_assert_int_eq(lstm_fd_gradient(&net, &data, LSTM_FD_STEP, &fd, &err),
      LSTM_OK);
    lstm_compare(&g, &fd, &full);
    lstm_net_free(&g);
    lstm_net_free(&fd);
  }
  ck_assert_int_eq(lstm_gradcheck_sample(&net, &data, bptt, 0, 1, LSTM_FD_STEP,
    net.P, 7, NULL, NULL, &some, &err), LSTM_OK);
  ck_assert(memcmp(&full.max_rel, &some.max_rel, sizeof full.max_rel) == 0);
  ck_assert_uint_eq(some.checked, net.P);
  ck_assert_int_eq(lstm_gradcheck_sample(&net, &data, bptt, 0, 1, LSTM_FD_STEP,
    20, 7, count_progress, &calls, &some, &err), LSTM_OK);
  ck_assert_uint_eq(some.checked, 20);
  ck_assert_uint_eq(calls, 20);
  ck_assert(some.max_rel <= LSTM_CHECK_TOL && some.max_rel <= full.max_rel);
  lstm_net_free(&net);
  lstm_data_free(&data);
  ck_assert_int_eq(run_command(LSTM_BIN " gradcheck --sample 5 --seed=3 "
    GOMEZ ".model " GOMEZ ".seq >" TESTOUT "/check-sample.out 2>/dev/null",
    "sample"), 0);
  ck_assert_int_gt(slurp(TESTOUT "/check-sample.out", text, sizeof text), 0);
  ck_assert_msg(strstr(text, "\nsample 5 of 16 seed 3\n") &&
    strstr(text, "\nresult pass\n"), "%s", text);
}
END_TEST

Suite *safety_suite(void)
{
  Suite *s = suite_create("safety");
  TCase *tc = tcase_create("finite");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, overflow_is_an_error);
  tcase_add_test(tc, vanishing_step_is_refused);
  tcase_add_test(tc, comparison_fails_on_nonfinite);
  tcase_add_test(tc, divergence_stops_training);
  tcase_add_test(tc, divergence_writes_no_model);
  suite_add_tcase(s, tc);
  tc = tcase_create("files");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, concurrent_writers_leave_one_file);
  tcase_add_test(tc, nonregular_targets_are_refused);
  tcase_add_test(tc, unwritable_out_fails_at_once);
  tcase_add_test(tc, dash_costs_no_targets);
  suite_add_tcase(s, tc);
  tc = tcase_create("small");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, seeds_are_not_clamped);
  tcase_add_test(tc, help_on_a_full_disk_fails);
  tcase_add_test(tc, report_and_bench_arguments);
  tcase_add_test(tc, messages_show_names_whole_and_escaped);
  tcase_add_test(tc, gradcheck_sample);
  suite_add_tcase(s, tc);
  return s;
}
