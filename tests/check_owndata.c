/* Training on the reader's own sequences (lstm train --data) and the ways
   a run is watched: validation loss per epoch, every method, the three
   output layers, --init, --checkpoint, --progress, Ctrl-C, '-' for
   standard input and output, --opt=VALUE, short numbers for people. The
   files are made here: a noisy-free sine whose next value is the target. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define DIR TESTOUT "/check-owndata"

/* count sequences of 12 steps: the input is sin(phase + t/2), the target
   the next value, from step 3 on; with softmax, a one-hot of its sign. */
static void sine_file(const char *path, size_t count, int classes,
  unsigned long long seed)
{
  lstm_data data;
  lstm_rng rng;
  lstm_error err;
  FILE *f;
  lstm_error_clear(&err);
  lstm_rng_seed(&rng, seed);
  lstm_data_init(&data, 1, classes ? 2 : 1);
  for (size_t s = 0; s < count; s++) {
    lstm_seq *seq;
    double phase = lstm_rng_uniform(&rng, 0, 6.283);
    ck_assert_int_eq(lstm_data_add(&data, 12, &seq, &err), LSTM_OK);
    for (size_t t = 0; t < 12; t++) {
      double next = sin(phase + 0.5 * (double)(t + 1));
      seq->x[t] = sin(phase + 0.5 * (double)t);
      if (t >= 3) {
        double *y = lstm_target_set(seq, t, &err);
        ck_assert_ptr_nonnull(y);
        if (classes) {
          y[0] = next > 0;
          y[1] = next <= 0;
        } else y[0] = next;
      }
    }
  }
  ck_assert_ptr_nonnull(f = fopen(path, "w"));
  ck_assert_int_eq(lstm_data_write(f, &data, &err), LSTM_OK);
  ck_assert_int_eq(fclose(f), 0);
  lstm_data_free(&data);
}


/* The loss of an epoch line "epoch E ... loss X": X, or -1. */
static double epoch_loss(const char *text, long epoch)
{
  char key[32];
  const char *p;
  snprintf(key, sizeof key, "epoch %ld ", epoch);
  if (!(p = strstr(text, key)) || !(p = strstr(p, " loss "))) return -1;
  return strtod(p + 6, NULL);
}

static void setup_files(void)
{
  ck_assert_int_eq(run_command("mkdir -p " DIR, "owndata"), 0);
  sine_file(DIR "/train.seq", 30, 0, 1);
  sine_file(DIR "/valid.seq", 8, 0, 2);
  sine_file(DIR "/classes.seq", 30, 1, 3);
}

/* Every method of the table trains on the file: the training and the
   validation loss fall, the model and the curve (with its header) are
   written, and the model reads back and fits the file. */
START_TEST(every_method_trains_on_a_file)
{
  const lstm_method *meth = lstm_method_at((size_t)_i);
  char cmd[1024], name[64], text[16384];
  double first, last;
  lstm_net net;
  lstm_data data;
  lstm_error err;
  lstm_error_clear(&err);
  setup_files();
  snprintf(name, sizeof name, "%s%s", meth->name, meth->takes_param ? ":4" :
    "");
  snprintf(cmd, sizeof cmd, LSTM_BIN " train --data " DIR "/train.seq "
    "--valid=" DIR "/valid.seq --method %s --cells 4 --lr 0.01 --epochs 15 "
    "--out " DIR "/%s.model --curve " DIR "/%s.curve > " DIR "/%s.out",
    name, meth->name, meth->name, meth->name);
  ck_assert_int_eq(run_command(cmd, "owndata"), 0);
  snprintf(cmd, sizeof cmd, DIR "/%s.out", meth->name);
  ck_assert_int_gt(slurp(cmd, text, sizeof text), 0);
  first = epoch_loss(text, 1);
  last = epoch_loss(text, 15);
  printf("lstm train --data with %s: loss per sequence %.4g after the first "
    "epoch, %.4g after the 15th\n", name, first, last);
  ck_assert_msg(first > 0 && last >= 0 &&
    last < (meth->exact ? 0.5 : 0.9) * first,
    "%s: loss %g after epoch 1, %g after epoch 15", name, first, last);
  ck_assert_ptr_nonnull(strstr(text, " valid "));
  ck_assert_ptr_nonnull(strstr(text, "trained 15 epochs, 450 sequences: "));
  snprintf(cmd, sizeof cmd, DIR "/%s.curve", meth->name);
  ck_assert_int_gt(slurp(cmd, text, sizeof text), 0);
  ck_assert_msg(strncmp(text, "# epoch sequences train-loss valid-loss\n1 30 ",
    44) == 0, "%s", text);
  snprintf(cmd, sizeof cmd, DIR "/%s.model", meth->name);
  ck_assert_int_eq(lstm_model_read(cmd, &net, &err), LSTM_OK);
  ck_assert_uint_eq(net.n, 4);
  ck_assert_int_eq(lstm_data_read(DIR "/valid.seq", &net, &data, &err),
    LSTM_OK);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The output layer follows --output; 'none' needs as many targets as
   cells, and says so. */
START_TEST(output_layers)
{
  char text[4096];
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  setup_files();
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/classes.seq "
    "--output softmax --epochs 2 --out " DIR "/softmax.model >/dev/null",
    "owndata"), 0);
  ck_assert_int_eq(lstm_model_read(DIR "/softmax.model", &net, &err), LSTM_OK);
  ck_assert_int_eq(net.output, LSTM_OUT_SOFTMAX);
  ck_assert_uint_eq(net.k, 2);
  lstm_net_free(&net);
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/train.seq "
    "--output none --cells 1 --epochs 2 --out " DIR "/none.model >/dev/null",
    "owndata"), 0);
  ck_assert_int_eq(lstm_model_read(DIR "/none.model", &net, &err), LSTM_OK);
  ck_assert_int_eq(net.output, LSTM_OUT_NONE);
  lstm_net_free(&net);
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/train.seq "
    "--output none --cells 3 2>" DIR "/none.err", "owndata"), 2);
  ck_assert_int_gt(slurp(DIR "/none.err", text, sizeof text), 0);
  ck_assert_msg(strstr(text, "--output none needs as many targets as cells")
    != NULL, "%s", text);
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/train.seq "
    "--output sigmoid 2>/dev/null", "owndata"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/train.seq "
    "--task lag 2>/dev/null", "owndata"), 2);
}
END_TEST

/* --init continues from a saved model: the first epoch of the second run
   starts where the first run ended, far below a fresh start. A checkpoint
   is a whole model. */
START_TEST(init_and_checkpoint)
{
  char text[8192];
  double fresh, continued;
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  setup_files();
  remove(DIR "/ck.model");
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/train.seq "
    "--lr 0.01 --epochs 15 --out " DIR "/first.model --checkpoint " DIR
    "/ck.model --every 100 > " DIR "/first.out", "owndata"), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " train --data " DIR "/train.seq "
    "--lr 0.01 --epochs 1 --init " DIR "/first.model > " DIR "/second.out",
    "owndata"), 0);
  ck_assert_int_gt(slurp(DIR "/first.out", text, sizeof text), 0);
  fresh = epoch_loss(text, 1);
  ck_assert_int_gt(slurp(DIR "/second.out", text, sizeof text), 0);
  continued = epoch_loss(text, 1);
  ck_assert_msg(continued >= 0 && continued < 0.5 * fresh,
    "first epoch %g fresh, %g continued", fresh, continued);
  ck_assert_int_eq(lstm_model_read(DIR "/ck.model", &net, &err), LSTM_OK);
  lstm_net_free(&net);
  /* a task run continues from a model that fits the task, and refuses
     one that does not */
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --lag 4 --cells 3 "
    "--max-sequences 20 --out " DIR "/lag.model >/dev/null", "owndata"), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --lag 4 "
    "--max-sequences 20 --init " DIR "/lag.model >/dev/null", "owndata"), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --lag 5 "
    "--max-sequences 20 --init " DIR "/lag.model 2>/dev/null", "owndata"), 2);
}
END_TEST

/* Ctrl-C stops after the current sequence: exit 130, and the model and
   the curve so far are written and read back. */
START_TEST(sigint_stops_cleanly)
{
  char text[4096];
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  setup_files();
  remove(DIR "/int.model");
  remove(DIR "/int.curve");
  ck_assert_int_eq(run_command("(" LSTM_BIN " train --data " DIR "/train.seq "
    "--epochs 1000000000 --out " DIR "/int.model --curve " DIR "/int.curve "
    ">" DIR "/int.out 2>" DIR "/int.err & p=$!; sleep 1; kill -INT $p; "
    "wait $p)", "sigint"), 130);
  ck_assert_int_eq(lstm_model_read(DIR "/int.model", &net, &err), LSTM_OK);
  lstm_net_free(&net);
  ck_assert_int_gt(slurp(DIR "/int.curve", text, sizeof text), 0);
  ck_assert_ptr_nonnull(strstr(text, "# epoch"));
  ck_assert_int_eq(run_command("tail -1 " DIR "/int.out > " DIR "/int.tail",
    "sigint"), 0);
  ck_assert_int_gt(slurp(DIR "/int.tail", text, sizeof text), 0);
  ck_assert_msg(strstr(text, ", interrupted: ") != NULL, "%s", text);
  ck_assert_int_gt(slurp(DIR "/int.err", text, sizeof text), 0);
  ck_assert_ptr_nonnull(strstr(text, "interrupted; the model"));
}
END_TEST

/* '-' is standard input and output: the data come from a pipe and the
   model goes to standard output, the lines for people to standard error;
   forward reads the model from standard input. --opt=VALUE is read. */
START_TEST(dash_is_standard_input_and_output)
{
  char text[8192];
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  setup_files();
  ck_assert_int_eq(run_command("cat " DIR "/train.seq | " LSTM_BIN " train "
    "--data - --epochs=2 --lr=0.01 --out - > " DIR "/stdout.model 2>" DIR
    "/stdout.err", "dash"), 0);
  ck_assert_int_eq(lstm_model_read(DIR "/stdout.model", &net, &err), LSTM_OK);
  lstm_net_free(&net);
  ck_assert_int_gt(slurp(DIR "/stdout.err", text, sizeof text), 0);
  ck_assert_ptr_nonnull(strstr(text, "trained 2 epochs"));
  ck_assert_int_eq(run_command(LSTM_BIN " forward - " DIR "/valid.seq < "
    DIR "/stdout.model > " DIR "/forward.out", "dash"), 0);
  ck_assert_int_eq(run_command("tail -1 " DIR "/forward.out > " DIR
    "/forward.tail", "dash"), 0);
  ck_assert_int_gt(slurp(DIR "/forward.tail", text, sizeof text), 0);
  ck_assert_msg(strncmp(text, "loss ", 5) == 0, "%s", text);
  ck_assert_int_eq(run_command(LSTM_BIN " forward - - < " DIR "/stdout.model "
    "2>/dev/null", "dash"), 2);
}
END_TEST

/* The task's curve names its columns; --progress shows the progress line
   on a file; the summary's numbers are short ("lr 0.01"). */
START_TEST(progress_curve_and_short_numbers)
{
  char text[8192];
  ck_assert_int_eq(run_command("mkdir -p " DIR, "owndata"), 0);
  ck_assert_int_eq(run_command(LSTM_BIN " train --task lag --lag 4 --cells 2 "
    "--max-sequences 200 --progress --curve " DIR "/task.curve > " DIR
    "/task.out 2>" DIR "/task.err", "task"), 0);
  ck_assert_int_gt(slurp(DIR "/task.curve", text, sizeof text), 0);
  ck_assert_msg(strncmp(text, "# sequences moving-loss measure updates "
    "last-error other-error drift separation\n100 ", 84) == 0, "%s", text);
  ck_assert_int_gt(slurp(DIR "/task.err", text, sizeof text), 0);
  ck_assert_ptr_nonnull(strstr(text, "200 sequences, moving loss "));
  ck_assert_int_gt(slurp(DIR "/task.out", text, sizeof text), 0);
  ck_assert_msg(strstr(text, " lr 0.01 clip 0 ") != NULL, "%s", text);
}
END_TEST

/* The library's loop: training reduces the loss, and a stop flag set
   before the start stops after the first sequence. */
START_TEST(library_loop)
{
  lstm_data train;
  lstm_net net;
  lstm_rng rng;
  lstm_error err;
  lstm_epoch st;
  lstm_data_config dc;
  volatile sig_atomic_t stop = 0;
  double before;
  lstm_error_clear(&err);
  random_data(&train, 2, 3, 6, 5, 0.5, 0, 9);
  ck_assert_int_eq(lstm_net_init(&net, 2, 3, 3, LSTM_OUT_L2, &err), LSTM_OK);
  lstm_rng_seed(&rng, 4);
  lstm_net_randomize(&net, &rng, 0.3);
  ck_assert_int_eq(lstm_loss(&net, &train, &before, &err), LSTM_OK);
  memset(&dc, 0, sizeof dc);
  dc.train = &train;
  dc.method = "bptt";
  dc.seed = 1;
  dc.optimizer = LSTM_ADAM;
  dc.rate = 0.01;
  dc.epochs = 50;
  dc.stop = &stop;
  ck_assert_int_eq(lstm_train_data(&dc, &net, &st, &err), LSTM_OK);
  ck_assert_int_eq(st.epoch, 50);
  ck_assert_int_eq(st.sequences, 300);
  ck_assert_msg(st.train_loss < 0.5 * before / 6, "loss %g per sequence, "
    "%g before", st.train_loss, before / 6);
  stop = 1;
  ck_assert_int_eq(lstm_train_data(&dc, &net, &st, &err), LSTM_OK);
  ck_assert(st.interrupted && st.sequences == 1 && st.epoch == 0);
  lstm_net_free(&net);
  lstm_data_free(&train);
}
END_TEST

Suite *owndata_suite(void)
{
  Suite *s = suite_create("owndata");
  TCase *tc = tcase_create("owndata");
  int methods = 0;
  while (lstm_method_at((size_t)methods)) methods++;
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, every_method_trains_on_a_file, 0, methods);
  tcase_add_test(tc, output_layers);
  tcase_add_test(tc, init_and_checkpoint);
  tcase_add_test(tc, sigint_stops_cleanly);
  tcase_add_test(tc, dash_is_standard_input_and_output);
  tcase_add_test(tc, progress_curve_and_short_numbers);
  tcase_add_test(tc, library_loop);
  suite_add_tcase(s, tc);
  return s;
}
