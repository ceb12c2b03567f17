/* Learning from text (chapter text.w): the alphabet through the model
   file, evaluation against a loss computed here by hand, sampling's
   determinism, training with every method on a tiny text, and the
   mistakes of use that must stop with status 2 and write nothing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define DIR TESTOUT "/check-text"

static void write_bytes(const char *path, const void *bytes, size_t len)
{
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(fwrite(bytes, 1, len, f), len);
  ck_assert_int_eq(fclose(f), 0);
}

/* A network for an alphabet of A bytes, with small random weights. */
static void text_net(lstm_net *net, const unsigned char *alphabet, size_t A,
  size_t n, unsigned long long seed)
{
  random_net(net, A, n, A, LSTM_OUT_SOFTMAX, seed);
  net->symbols = A;
  memcpy(net->alphabet, alphabet, A);
}

/* Every byte the file grammar would otherwise trip over (0, newline,
   blank, '#', bytes above 127) goes through the file and back, with the
   weights; a model without an alphabet has no alphabet line and reads
   back without one. */
START_TEST(alphabet_round_trip)
{
  static const unsigned char alphabet[] = {0, 9, 10, 13, 32, 35, 45, 127,
    128, 200, 255};
  const size_t A = sizeof alphabet;
  lstm_net net, back, plain;
  lstm_error err;
  char text[65536];
  FILE *f;
  lstm_error_clear(&err);
  ck_assert_int_eq(run_command("mkdir -p " DIR, "text"), 0);
  text_net(&net, alphabet, A, 3, 7);
  ck_assert_ptr_nonnull(f = fopen(DIR "/alpha.model", "w"));
  ck_assert_int_eq(lstm_model_write(f, &net, &err), LSTM_OK);
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(lstm_model_read(DIR "/alpha.model", &back, &err), LSTM_OK);
  ck_assert_uint_eq(back.symbols, A);
  ck_assert_mem_eq(back.alphabet, alphabet, A);
  ck_assert_uint_eq(back.P, net.P);
  ck_assert_mem_eq(back.theta, net.theta, net.P * sizeof(double));
  ck_assert_int_eq(lstm_text_model(&back, &err), LSTM_OK);
  random_net(&plain, 2, 2, 2, LSTM_OUT_SOFTMAX, 3);
  ck_assert_ptr_nonnull(f = fopen(DIR "/plain.model", "w"));
  ck_assert_int_eq(lstm_model_write(f, &plain, &err), LSTM_OK);
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_gt(slurp(DIR "/plain.model", text, sizeof text), 0);
  ck_assert_ptr_null(strstr(text, "alphabet"));
  lstm_net_free(&back);
  ck_assert_int_eq(lstm_model_read(DIR "/plain.model", &back, &err), LSTM_OK);
  ck_assert_uint_eq(back.symbols, 0);
  ck_assert_int_eq(lstm_text_model(&back, &err), LSTM_EUSAGE);
  lstm_net_free(&back);
  lstm_net_free(&plain);
  lstm_net_free(&net);
}
END_TEST

/* Alphabets the reader refuses: bytes out of order or repeated, a byte
   above 255, one byte only, and a network that does not fit. */
START_TEST(bad_alphabets)
{
  static const char *const bad[] = {
    "alphabet 2 98 97\n", "alphabet 2 97 97\n", "alphabet 2 97 256\n",
    "alphabet 1 97\n", "alphabet 3 97 98 99\n", "alphabet 2 97 -1\n",
    "alphabet 2 97 9a\n"};
  static const char *const want[] = {
    "expected byte 2 of 2 of the alphabet, a number from 99 to 255, found '97'",
    "expected byte 2 of 2 of the alphabet, a number from 98 to 255, found '97'",
    "expected byte 2 of 2 of the alphabet, a number from 98 to 255, found '256'",
    "expected an alphabet of at least 2 bytes, found 1",
    "expected a network of 3 inputs and a softmax layer of 3 outputs for the "
      "alphabet of 3 bytes, found 2 inputs and another number of outputs",
    "expected byte 2 of 2 of the alphabet, a number from 98 to 255, found '-1'",
    "expected byte 2 of 2 of the alphabet, a number from 98 to 255, found '9a'"};
  lstm_net net;
  lstm_error err;
  ck_assert_int_eq(run_command("mkdir -p " DIR, "text"), 0);
  for (size_t q = 0; q < sizeof bad / sizeof bad[0]; q++) {
    char body[4096], path[256];
    lstm_net two;
    FILE *f;
    random_net(&two, 2, 1, 2, LSTM_OUT_SOFTMAX, 5);
    snprintf(path, sizeof path, DIR "/bad-alpha-%zu.model", q);
    ck_assert_ptr_nonnull(f = fopen(path, "w"));
    lstm_error_clear(&err);
    ck_assert_int_eq(lstm_model_write(f, &two, &err), LSTM_OK);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_gt(slurp(path, body, sizeof body), 0);
    ck_assert_ptr_nonnull(f = fopen(path, "w"));
    fprintf(f, "lstm-model 1\n%s%s", bad[q], body + strlen("lstm-model 1\n"));
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(lstm_model_read(path, &net, &err), LSTM_EDATA);
    ck_assert_str_eq(err.msg, want[q]);
    ck_assert_ptr_null(net.theta);
    lstm_net_free(&two);
  }
}
END_TEST

static double sig(double x) { return 1 / (1 + exp(-x)); }

/* The loss of a tiny text computed here from the equations, for one
   cell: a, i, f, o from W x + U h + b, s = a i + f s, h = tanh(s) o,
   logits V h + c, and -log of the softmax of the next byte. */
static double hand_loss(const lstm_net *net, const char *text)
{
  double s = 0, h = 0, sum = 0;
  size_t len = strlen(text);
  for (size_t t = 0; t + 1 < len; t++) {
    int in = text[t] == 'a' ? 0 : 1, next = text[t + 1] == 'a' ? 0 : 1;
    double pre[4], z[2];
    for (int r = 0; r < 4; r++)
      pre[r] = net->W[r * 2 + in] + net->U[r] * h + net->b[r];
    s = tanh(pre[0]) * sig(pre[1]) + sig(pre[2]) * s;
    h = tanh(s) * sig(pre[3]);
    z[0] = net->V[0] * h + net->c[0];
    z[1] = net->V[1] * h + net->c[1];
    sum += log(exp(z[0]) + exp(z[1])) - z[next];
  }
  return sum / (double)(len - 1);
}

START_TEST(eval_matches_hand_computed_loss)
{
  static const unsigned char ab[] = {'a', 'b'};
  const char *text = "abbabaab";
  lstm_net net;
  lstm_error err;
  double loss;
  char cmd[512], out[4096];
  FILE *f;
  lstm_error_clear(&err);
  text_net(&net, ab, 2, 1, 11);
  ck_assert_int_eq(lstm_text_loss(&net, (const unsigned char *)text,
    strlen(text), &loss, &err), LSTM_OK);
  ck_assert_double_eq_tol(loss, hand_loss(&net, text), 1e-14);
  /* the command prints the same number */
  ck_assert_int_eq(run_command("mkdir -p " DIR, "text"), 0);
  write_bytes(DIR "/ab.txt", text, strlen(text));
  ck_assert_ptr_nonnull(f = fopen(DIR "/ab.model", "w"));
  ck_assert_int_eq(lstm_model_write(f, &net, &err), LSTM_OK);
  ck_assert_int_eq(fclose(f), 0);
  snprintf(cmd, sizeof cmd, LSTM_BIN " eval " DIR "/ab.model --text "
    DIR "/ab.txt > " DIR "/eval.out");
  ck_assert_int_eq(run_command(cmd, "text"), 0);
  ck_assert_int_gt(slurp(DIR "/eval.out", out, sizeof out), 0);
  ck_assert_ptr_nonnull(strstr(out, " over 7 characters"));
  ck_assert_double_eq_tol(strtod(strstr(out, "nats ") + 5, NULL),
    hand_loss(&net, text), 1e-14);
  ck_assert_double_eq_tol(strtod(strstr(out, "bits ") + 5, NULL),
    hand_loss(&net, text) / log(2), 1e-14);
  /* a byte outside the alphabet is refused, naming it */
  ck_assert_int_eq(lstm_text_loss(&net, (const unsigned char *)"abc", 3,
    &loss, &err), LSTM_EUSAGE);
  ck_assert_str_eq(err.msg, "the text has byte 99 at offset 2, which is not "
    "in the model's alphabet of 2 bytes");
  lstm_net_free(&net);
}
END_TEST

/* The same seed gives the same bytes, another seed other bytes; every
   byte is in the alphabet; a temperature near 0 gives the most probable
   byte whatever the seed; the prime changes what follows. */
START_TEST(sampling_is_deterministic)
{
  static const unsigned char alphabet[] = {10, 32, 97, 98, 99, 100, 101};
  unsigned char one[400], two[400], three[400];
  lstm_net net;
  lstm_error err;
  int index[256];
  lstm_error_clear(&err);
  text_net(&net, alphabet, sizeof alphabet, 4, 3);
  for (size_t l = 0; l < net.P; l++) net.theta[l] *= 8;
  lstm_alphabet_index(&net, index);
  ck_assert_int_eq(lstm_text_sample(&net, NULL, 0, 1.0, 5, one, 400, &err),
    LSTM_OK);
  ck_assert_int_eq(lstm_text_sample(&net, NULL, 0, 1.0, 5, two, 400, &err),
    LSTM_OK);
  ck_assert_mem_eq(one, two, 400);
  for (size_t t = 0; t < 400; t++) ck_assert_int_ge(index[one[t]], 0);
  ck_assert_int_eq(lstm_text_sample(&net, NULL, 0, 1.0, 6, three, 400, &err),
    LSTM_OK);
  ck_assert_int_ne(memcmp(one, three, 400), 0);
  ck_assert_int_eq(lstm_text_sample(&net, (const unsigned char *)"ab", 2,
    1e-6, 5, one, 400, &err), LSTM_OK);
  ck_assert_int_eq(lstm_text_sample(&net, (const unsigned char *)"ab", 2,
    1e-6, 6, two, 400, &err), LSTM_OK);
  ck_assert_mem_eq(one, two, 400);
  /* the first byte at a temperature near 0 is the most probable one */
  {
    double *x = calloc(net.m, sizeof *x), *g = calloc(4 * net.n, sizeof *g);
    double *s[3], *h[3], best = -1;
    int at = -1;
    const char *prime = "ab";
    for (int q = 0; q < 3; q++) {
      s[q] = calloc(net.n, sizeof(double));
      h[q] = calloc(net.n, sizeof(double));
    }
    for (int t = 0; t < 2; t++) {
      x[index[(unsigned char)prime[t]]] = 1;
      lstm_step(&net, x, h[t], s[t], g, s[t + 1], h[t + 1]);
      x[index[(unsigned char)prime[t]]] = 0;
    }
    for (size_t r = 0; r < net.k; r++) {
      double z = net.c[r];
      for (size_t l = 0; l < net.n; l++) z += net.V[r * net.n + l] * h[2][l];
      if (z > best || at < 0) best = z, at = (int)r;
    }
    ck_assert_int_eq(one[0], alphabet[at]);
    for (int q = 0; q < 3; q++) free(s[q]), free(h[q]);
    free(x); free(g);
  }
  ck_assert_int_eq(lstm_text_sample(&net, (const unsigned char *)"az", 2,
    1.0, 5, one, 10, &err), LSTM_EUSAGE);
  ck_assert_str_eq(err.msg, "the prime has byte 122 at offset 1, which is "
    "not in the model's alphabet of 7 bytes");
  ck_assert_int_eq(lstm_text_sample(&net, NULL, 0, 0.0, 5, one, 10, &err),
    LSTM_EUSAGE);
  ck_assert_int_eq(lstm_text_sample(&net, NULL, 0, NAN, 5, one, 10, &err),
    LSTM_EUSAGE);
  lstm_net_free(&net);
}
END_TEST

/* Every method of the table trains on a small repetitive text without a
   NaN and ends below the text's unigram entropy; the epoch line and the
   curve have their columns; the model samples with the command. */
START_TEST(every_method_learns_a_text)
{
  const lstm_method *meth = lstm_method_at((size_t)_i);
  char cmd[1024], out[8192], spec[64], curve[8192];
  const char *line;
  double valid, unigram = 0;
  int counts[256] = {0};
  static const char text[] = "the cat sat on the mat. the rat ate the hat.\n";
  char big[4096] = "";
  size_t len;
  while (strlen(big) + sizeof text < 1500) strcat(big, text);
  len = strlen(big);
  for (size_t t = 0; t < len; t++) counts[(unsigned char)big[t]]++;
  for (int b = 0; b < 256; b++) if (counts[b]) {
    double p = counts[b] / (double)len;
    unigram -= p * log(p);
  }
  ck_assert_int_eq(run_command("mkdir -p " DIR, "text"), 0);
  write_bytes(DIR "/cat.txt", big, len);
  snprintf(spec, sizeof spec, "%s%s", meth->name, meth->takes_param ? ":10"
    : "");
  snprintf(cmd, sizeof cmd, LSTM_BIN " train --text " DIR "/cat.txt "
    "--valid-fraction 0.2 --cells 8 --epochs 6 --lr 0.02 --length 10 "
    "--method %s --out " DIR "/cat-%s.model --curve " DIR "/cat-%s.curve "
    "> " DIR "/cat-%s.out", spec, meth->name, meth->name, meth->name);
  ck_assert_int_eq(run_command(cmd, "text"), 0);
  snprintf(cmd, sizeof cmd, DIR "/cat-%s.out", meth->name);
  ck_assert_int_gt(slurp(cmd, out, sizeof out), 0);
  ck_assert_ptr_nonnull(line = strstr(out, "epoch 6 train "));
  ck_assert_ptr_nonnull(strstr(line, " nats/char ("));
  ck_assert_ptr_nonnull(strstr(line, " bits/char)\n"));
  valid = strtod(strstr(line, " valid ") + 7, NULL);
  ck_assert(isfinite(valid));
  ck_assert_double_lt(valid, unigram);
  snprintf(cmd, sizeof cmd, DIR "/cat-%s.curve", meth->name);
  ck_assert_int_gt(slurp(cmd, curve, sizeof curve), 0);
  ck_assert_ptr_nonnull(strstr(curve, "# epoch characters seconds "
    "train-nats valid-nats bits\n"));
  snprintf(cmd, sizeof cmd, LSTM_BIN " sample " DIR "/cat-%s.model --length "
    "50 --seed 3 --prime 'the ' > " DIR "/cat-%s.sample", meth->name,
    meth->name);
  ck_assert_int_eq(run_command(cmd, "text"), 0);
  snprintf(cmd, sizeof cmd, DIR "/cat-%s.sample", meth->name);
  ck_assert_int_eq(slurp(cmd, out, sizeof out), 50);
}
END_TEST

/* The library's loop: chunks, epochs and the budget of characters, and a
   text whose pattern (a a b) is learnt below log 2 nats. */
START_TEST(library_loop_and_budget)
{
  static const unsigned char ab[] = {'a', 'b'};
  unsigned char text[3000];
  lstm_net net;
  lstm_error err;
  lstm_text_config tc;
  lstm_text_status st;
  lstm_error_clear(&err);
  for (size_t t = 0; t < sizeof text; t++) text[t] = (t % 3 == 2) ? 'b' : 'a';
  text_net(&net, ab, 2, 4, 2);
  memset(&tc, 0, sizeof tc);
  tc.train = text; tc.train_len = 2000;
  tc.valid = text + 2000; tc.valid_len = 1000;
  tc.method = "bptt";
  tc.optimizer = LSTM_ADAM; tc.rate = 0.01;
  tc.length = 25; tc.epochs = 5; tc.max_chars = 3000;
  ck_assert_int_eq(lstm_train_text(&tc, &net, &st, &err), LSTM_OK);
  /* an epoch is 1999 characters in 80 chunks (the last of 24); the
     budget is spent in the 41st chunk of the second */
  ck_assert(st.spent);
  ck_assert_int_eq(st.epoch, 1);
  ck_assert_double_eq(st.chars, 1999 + 41 * 25);
  ck_assert_int_eq(st.updates, 80 + 41);
  ck_assert_double_lt(st.valid_loss, log(2.0));
  lstm_net_free(&net);
}
END_TEST

/* The options of training that are not about a text work with one: a
   checkpoint (a model with the alphabet), --init from it with another
   optimiser and clipping, and a text whose bytes the model lacks refused. */
START_TEST(init_checkpoint_and_options)
{
  char out[8192];
  lstm_net net;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(run_command("mkdir -p " DIR, "text"), 0);
  write_bytes(DIR "/opt.txt", "abcabcabcabcabcabcabcabcabcabcabcabc\n", 37);
  write_bytes(DIR "/optz.txt", "abcz", 4);
  ck_assert_int_eq(run_command(LSTM_BIN " train --text " DIR "/opt.txt "
    "--cells 3 --length 5 --epochs 2 --checkpoint " DIR "/opt.ckpt --every 3 "
    "--out " DIR "/opt.model > /dev/null", "text"), 0);
  ck_assert_int_eq(lstm_model_read(DIR "/opt.ckpt", &net, &err), LSTM_OK);
  ck_assert_uint_eq(net.symbols, 4);
  ck_assert_mem_eq(net.alphabet, "\nabc", 4);
  lstm_net_free(&net);
  ck_assert_int_eq(run_command(LSTM_BIN " train --text=" DIR "/opt.txt "
    "--init " DIR "/opt.model --optimizer sgd --lr 0.1 --clip 1 --method irtrl "
    "--out " DIR "/opt2.model > " DIR "/opt2.out", "text"), 0);
  ck_assert_int_gt(slurp(DIR "/opt2.out", out, sizeof out), 0);
  ck_assert_ptr_nonnull(strstr(out, "method irtrl seed 1 cells 3 alphabet 4 "
    "length 100 optimizer sgd lr 0.1 clip 1 "));
  ck_assert_int_eq(run_command(LSTM_BIN " train --text " DIR "/optz.txt "
    "--init " DIR "/opt.model --out " DIR "/opt3.model 2> /dev/null", "text"),
    2);
  ck_assert_int_eq(run_command("test -e " DIR "/opt3.model", "text"), 1);
}
END_TEST

Suite *text_suite(void)
{
  Suite *s = suite_create("text");
  TCase *tc = tcase_create("text");
  int methods = 0;
  while (lstm_method_at((size_t)methods)) methods++;
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, alphabet_round_trip);
  tcase_add_test(tc, bad_alphabets);
  tcase_add_test(tc, eval_matches_hand_computed_loss);
  tcase_add_test(tc, sampling_is_deterministic);
  tcase_add_loop_test(tc, every_method_learns_a_text, 0, methods);
  tcase_add_test(tc, library_loop_and_budget);
  tcase_add_test(tc, init_checkpoint_and_options);
  suite_add_tcase(s, tc);
  return s;
}
