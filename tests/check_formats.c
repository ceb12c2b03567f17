/* The file formats and the commands that read them.  Models, gradients and
   sequences written and read back must give the same bits; the worked
   example's files must give the gradient of expected.txt; the layouts the
   grammar allows must all be read; and the output of `lstm grad' must agree
   with central differences, which `lstm gradcheck' must confirm. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"


static const int kinds[3] = {LSTM_OUT_NONE, LSTM_OUT_L2, LSTM_OUT_SOFTMAX};
static const char *kind_name[3] = {"none", "l2", "softmax"};

static void same_net(const lstm_net *a, const lstm_net *b)
{
  ck_assert_uint_eq(a->m, b->m);
  ck_assert_uint_eq(a->n, b->n);
  ck_assert_uint_eq(a->k, b->k);
  ck_assert_int_eq(a->output, b->output);
  ck_assert_uint_eq(a->P, b->P);
  for (size_t q = 0; q < a->P; q++)
    ck_assert_msg(memcmp(&a->theta[q], &b->theta[q], sizeof(double)) == 0,
      "theta[%zu]: wrote %.17g, read %.17g", q, a->theta[q], b->theta[q]);
}

/* Random models of the three kinds, with some values that are hard to
   print: the extremes of double, a subnormal, a negative zero, thirds. */
START_TEST(model_round_trip)
{
  static const double hard[] = {-0.0, 4.9406564584124654e-324,
    1.7976931348623157e308, -2.2250738585072014e-308, 1.0 / 3, -0.1,
    123456789.123456789, 1e-300};
  lstm_net net, back;
  lstm_error err;
  FILE *f = tmpfile();
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(f);
  random_net(&net, 3, 4, 5, kinds[_i], 40 + (unsigned)_i);
  for (size_t q = 0; q < sizeof hard / sizeof hard[0]; q++)
    net.theta[q * 7 % net.P] = hard[q];
  ck_assert_int_eq(lstm_model_write(f, &net, &err), LSTM_OK);
  rewind(f);
  ck_assert_msg(lstm_model_load(f, "round trip", &back, &err) == LSTM_OK,
    "%s:%ld: %s", err.file, err.line, err.msg);
  same_net(&net, &back);
  ck_assert(signbit(back.theta[0]));
  lstm_net_free(&back);
  fclose(f);
  /* The same network as a gradient file. */
  {
    char method[LSTM_NAME_MAX];
    double loss = 0;
    ck_assert_ptr_nonnull(f = tmpfile());
    ck_assert_int_eq(lstm_grad_write(f, &net, "bptt", 0.1 + 0.2, &err),
      LSTM_OK);
    rewind(f);
    ck_assert_int_eq(lstm_grad_load(f, "grad", &back, method, &loss, &err),
      LSTM_OK);
    same_net(&net, &back);
    ck_assert_str_eq(method, "bptt");
    ck_assert(loss == 0.1 + 0.2);
    lstm_net_free(&back);
    fclose(f);
  }
  printf("round trip, output layer %s: %zu parameters, bit-exact\n",
    kind_name[_i], net.P);
  lstm_net_free(&net);
}
END_TEST

START_TEST(data_round_trip)
{
  lstm_net net;
  lstm_data data, back;
  lstm_error err;
  FILE *f = tmpfile();
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(f);
  random_net(&net, 3, 2, 4, kinds[_i], 50 + (unsigned)_i);
  random_data(&data, 3, net.k, 3, 5, 0.5, kinds[_i] == LSTM_OUT_SOFTMAX,
    60 + (unsigned)_i);
  ck_assert_int_eq(lstm_data_write(f, &data, &err), LSTM_OK);
  rewind(f);
  ck_assert_msg(lstm_data_load(f, "seq", &net, &back, &err) == LSTM_OK,
    "%s:%ld: %s", err.file, err.line, err.msg);
  ck_assert_uint_eq(back.count, data.count);
  for (size_t s = 0; s < data.count; s++) {
    const lstm_seq *p = &data.seq[s], *q = &back.seq[s];
    ck_assert_uint_eq(p->T, q->T);
    ck_assert(memcmp(p->x, q->x, p->T * p->m * sizeof(double)) == 0);
    for (size_t t = 0; t < p->T; t++) {
      ck_assert_int_eq(!lstm_target(p, t), !lstm_target(q, t));
      if (lstm_target(p, t))
        ck_assert(memcmp(lstm_target(p, t), lstm_target(q, t),
          p->k * sizeof(double)) == 0);
    }
  }
  lstm_data_free(&back);
  lstm_data_free(&data);
  lstm_net_free(&net);
  fclose(f);
}
END_TEST

/* The worked example's files give the network of the book's example, bit
   for bit, and the gradient that expected.txt holds, computed
   independently, to 1e-12. */
START_TEST(worked_example_files)
{
  FILE *want = fopen(TESTDATA "/worked-example/expected.txt", "r");
  lstm_net net, ex, grad, exgrad;
  lstm_data data, exdata;
  lstm_error err;
  long param;
  double loss, exloss;
  char line[2048];
  int blocks = 0;
  const lstm_method *bptt;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(want);
  ck_assert_int_eq(lstm_model_read(TESTDATA "/worked-example/gomez.model",
    &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_data_read(TESTDATA "/worked-example/gomez.seq", &net,
    &data, &err), LSTM_OK);
  ck_assert_int_eq(lstm_example(&ex, &exdata, &err), LSTM_OK);
  same_net(&ex, &net);
  ck_assert_ptr_nonnull(bptt = lstm_method_find("bptt", &param, &err));
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&exgrad, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, bptt, param, &grad, &loss, NULL,
    &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&ex, &exdata, bptt, param, &exgrad, &exloss,
    NULL, &err), LSTM_OK);
  same_net(&exgrad, &grad);
  while (fgets(line, sizeof line, want)) {
    const double *block = NULL;
    char *p = line;
    if (strncmp(line, "loss ", 5) == 0)
      ck_assert_double_eq_tol(loss, atof(line + 5), 1e-12);
    else if (strncmp(line, "grad dW ", 8) == 0) block = grad.W;
    else if (strncmp(line, "grad dU ", 8) == 0) block = grad.U;
    else if (strncmp(line, "grad db ", 8) == 0) block = grad.b;
    if (!block) continue;
    p += 8;
    for (int q = 0; *p && *p != '\n'; q++) {
      char *end;
      double v = strtod(p, &end);
      ck_assert_ptr_ne(end, p);
      ck_assert_msg(fabs(block[q] - v) <= 1e-12, "%.8s[%d]: %.17g, expected "
        "%.17g", line, q, block[q], v);
      p = end;
    }
    blocks++;
  }
  ck_assert_int_eq(blocks, 3);
  lstm_net_free(&net); lstm_net_free(&ex);
  lstm_net_free(&grad); lstm_net_free(&exgrad);
  lstm_data_free(&data); lstm_data_free(&exdata);
  fclose(want);
}
END_TEST

/* Everything the grammar allows: comments after tokens, CR LF line ends,
   all on one line, a tab, the forms .5, 5., +1E-1, leading zeros of a
   size; and the values come out as the C compiler reads the same text. */
START_TEST(layouts_the_grammar_allows)
{
  static const char text[] =
    "lstm-model 1#header\r\ninputs 01 cells\t1 W .5 5. +1E-1 -0.25\r\n"
    "U 1 2 3 4 b 0 0 0 0#no newline at the end";
  static const double W[4] = {.5, 5., +1E-1, -0.25};
  static const char seqtext[] =
    "lstm-seq 1 inputs 1 targets 1 sequence 3 1 - 2 0.5 3 -#\n"
    "sequence 1 -4e0 1e-400";
  lstm_net net;
  lstm_data data;
  lstm_error err;
  FILE *f = tmpfile();
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  rewind(f);
  ck_assert_msg(lstm_model_load(f, "text", &net, &err) == LSTM_OK,
    "%s:%ld: %s", err.file, err.line, err.msg);
  fclose(f);
  ck_assert(net.m == 1 && net.n == 1 && net.output == LSTM_OUT_NONE);
  ck_assert(memcmp(net.W, W, sizeof W) == 0);
  ck_assert(net.U[3] == 4 && net.b[0] == 0);
  ck_assert_ptr_nonnull(f = tmpfile());
  fputs(seqtext, f);
  rewind(f);
  ck_assert_msg(lstm_data_load(f, "seq", &net, &data, &err) == LSTM_OK,
    "%s:%ld: %s", err.file, err.line, err.msg);
  fclose(f);
  ck_assert_uint_eq(data.count, 2);
  ck_assert_uint_eq(data.seq[0].T, 3);
  ck_assert(!lstm_target(&data.seq[0], 0) && lstm_target(&data.seq[0], 1) &&
    !lstm_target(&data.seq[0], 2));
  ck_assert(lstm_target(&data.seq[0], 1)[0] == 0.5 && data.seq[0].x[2] == 3);
  ck_assert(data.seq[1].x[0] == -4 && lstm_target(&data.seq[1], 0)[0] == 0);
  lstm_data_free(&data);
  lstm_net_free(&net);
}
END_TEST

/* The errors a C program sees: file, line and message, and nothing left
   allocated (the sanitizer build checks the last). */
START_TEST(errors_name_file_and_line)
{
  lstm_net net;
  lstm_data data;
  lstm_error err;
  FILE *f = tmpfile();
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(f);
  fputs("lstm-model 1\ninputs 1\ncells 1\nW 1 2 3 4\nU 1 2 3\nb 1 2 3 4\n", f);
  rewind(f);
  ck_assert_int_eq(lstm_model_load(f, "m", &net, &err), LSTM_EDATA);
  ck_assert_str_eq(err.file, "m");
  ck_assert_int_eq(err.line, 6);
  ck_assert_str_eq(err.msg, "expected 4 numbers in U, found only 3 before 'b'");
  ck_assert_ptr_null(net.theta);
  fclose(f);
  ck_assert_ptr_nonnull(f = tmpfile());
  fputs("lstm-seq 1 inputs 1 targets 1\nsequence 1 1 1\nsequence 2 1 1\n",
    f);
  rewind(f);
  ck_assert_int_eq(lstm_data_load(f, "s", NULL, &data, &err), LSTM_EDATA);
  ck_assert_int_eq(err.line, 3);
  ck_assert_str_eq(err.msg, "expected 1 number in the inputs of step t=1 of "
    "sequence 2, found only 0 before the end of the file");
  ck_assert_uint_eq(data.count, 0);
  ck_assert_ptr_null(data.seq);
  fclose(f);
  ck_assert_int_eq(lstm_model_read(TESTOUT "/no/such/file", &net, &err),
    LSTM_EIO);
  ck_assert_int_eq(err.line, 0);
}
END_TEST

/* Write a random model and data set of the given kind to files. */
static void write_files(const char *model, const char *seq, int kind,
  unsigned seed, lstm_net *net, lstm_data *data)
{
  lstm_error err;
  FILE *f;
  lstm_error_clear(&err);
  random_net(net, 3, 4, 3, kind, seed);
  random_data(data, 3, net->k, 2, 7, 0.6, kind == LSTM_OUT_SOFTMAX,
    seed + 1);
  ck_assert_ptr_nonnull(f = fopen(model, "w"));
  ck_assert_int_eq(lstm_model_write(f, net, &err), LSTM_OK);
  fclose(f);
  ck_assert_ptr_nonnull(f = fopen(seq, "w"));
  ck_assert_int_eq(lstm_data_write(f, data, &err), LSTM_OK);
  fclose(f);
}

/* `lstm grad' on random models of the three kinds prints the gradient that
   the library computes, bit for bit, and it agrees with central differences
   within LSTM_CHECK_TOL; `lstm gradcheck' says so and exits 0, and with a
   step far too small for the differences it reports a failure, exit 3. */
START_TEST(command_grad_passes_gradcheck)
{
  char model[128], seq[128], out[128], cmd[512], method[LSTM_NAME_MAX];
  lstm_net net, grad, lib, fd;
  lstm_data data;
  lstm_error err;
  lstm_check res;
  long param;
  double loss, libloss;
  char text[4096];
  size_t got;
  FILE *f;
  lstm_error_clear(&err);
  snprintf(model, sizeof model, TESTOUT "/check-%s.model", kind_name[_i]);
  snprintf(seq, sizeof seq, TESTOUT "/check-%s.seq", kind_name[_i]);
  snprintf(out, sizeof out, TESTOUT "/check-%s.out", kind_name[_i]);
  write_files(model, seq, kinds[_i], 70 + (unsigned)_i, &net, &data);
  snprintf(cmd, sizeof cmd, LSTM_BIN " grad %s %s > %s", model, seq, out);
  ck_assert_int_eq(run_command(cmd, kind_name[_i]), 0);
  ck_assert_msg(lstm_grad_read(out, &grad, method, &loss, &err) == LSTM_OK,
    "%s:%ld: %s", err.file, err.line, err.msg);
  ck_assert_str_eq(method, "bptt");
  ck_assert_int_eq(lstm_net_like(&lib, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient(&net, &data, lstm_method_find("bptt", &param,
    &err), 0, &lib, &libloss, NULL, &err), LSTM_OK);
  same_net(&lib, &grad);
  ck_assert(loss == libloss);
  ck_assert_int_eq(lstm_net_like(&fd, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_fd_gradient(&net, &data, LSTM_FD_STEP, &fd, &err),
    LSTM_OK);
  lstm_compare(&grad, &fd, &res);
  ck_assert_msg(res.max_rel <= LSTM_CHECK_TOL, "relative error %.3g",
    res.max_rel);
  printf("lstm grad, output layer %s: P = %zu, relative error against "
    "central differences %.3g\n", kind_name[_i], net.P, res.max_rel);
  /* lstm gradcheck agrees, and can fail. */
  snprintf(cmd, sizeof cmd, LSTM_BIN " gradcheck %s %s > %s", model, seq, out);
  ck_assert_int_eq(run_command(cmd, kind_name[_i]), 0);
  ck_assert_ptr_nonnull(f = fopen(out, "r"));
  got = fread(text, 1, sizeof text - 1, f);
  text[got] = '\0';
  fclose(f);
  ck_assert_ptr_nonnull(strstr(text, "\nresult pass\n"));
  ck_assert_ptr_nonnull(strstr(text, "\nblock W abs "));
  if (kinds[_i] != LSTM_OUT_NONE)
    ck_assert_ptr_nonnull(strstr(text, "\nblock c abs "));
  snprintf(cmd, sizeof cmd, LSTM_BIN " gradcheck --eps 1e-13 %s %s > %s "
    "2>/dev/null", model, seq, out);
  ck_assert_int_eq(run_command(cmd, kind_name[_i]), 3);
  lstm_net_free(&net); lstm_net_free(&grad);
  lstm_net_free(&lib); lstm_net_free(&fd);
  lstm_data_free(&data);
}
END_TEST

/* `lstm forward' prints the loss the library computes, bit for bit, and one
   line per step. */
START_TEST(command_forward)
{
  char model[128], seq[128], out[128], cmd[512], line[8192];
  lstm_net net;
  lstm_data data;
  lstm_error err;
  double loss, printed = -1;
  size_t steps = 0;
  FILE *f;
  lstm_error_clear(&err);
  snprintf(model, sizeof model, TESTOUT "/check-fwd-%s.model", kind_name[_i]);
  snprintf(seq, sizeof seq, TESTOUT "/check-fwd-%s.seq", kind_name[_i]);
  snprintf(out, sizeof out, TESTOUT "/check-fwd-%s.out", kind_name[_i]);
  write_files(model, seq, kinds[_i], 80 + (unsigned)_i, &net, &data);
  snprintf(cmd, sizeof cmd, LSTM_BIN " forward %s %s > %s", model, seq, out);
  ck_assert_int_eq(run_command(cmd, "fwd"), 0);
  ck_assert_int_eq(lstm_loss(&net, &data, &loss, &err), LSTM_OK);
  ck_assert_ptr_nonnull(f = fopen(out, "r"));
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "step ", 5) == 0) {
      steps++;
      ck_assert_int_eq(strstr(line, " pred ") != NULL,
        kinds[_i] != LSTM_OUT_NONE);
    }
    if (strncmp(line, "loss ", 5) == 0) printed = strtod(line + 5, NULL);
  }
  fclose(f);
  ck_assert_uint_eq(steps, data.seq[0].T + data.seq[1].T);
  ck_assert(printed == loss);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The reader converts most numbers itself, and falls back on strtod only
   when it cannot prove that its result is strtod's, the double nearest to
   the decimal number (chapter "Files", "Converting numbers exactly").
   Every number of this file must come out with strtod's bits: random
   doubles at 17, 15 and 3 digits, uniform ones as the writer prints them,
   subnormals, powers of ten, exact ties between two doubles and numbers
   one unit off them, numbers with more than 19 digits, and random decimal
   strings of every length and exponent. */
static unsigned long long mix(unsigned long long *s)
{
  unsigned long long z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static double random_bits(unsigned long long *s, int subnormal)
{
  unsigned long long b;
  double x;
  do {
    b = mix(s);
    if (subnormal) b &= 0x800fffffffffffffULL;
  } while ((b >> 52 & 0x7ff) == 0x7ff);
  memcpy(&x, &b, sizeof x);
  return x;
}

static void number_text(char *buf, size_t size, int i,
  unsigned long long *s)
{
  static const char *form[3] = {"%.17g", "%.15g", "%.3g"};
  unsigned long long a = mix(s) >> 11 | 1ULL << 53 | 1, p5 = 1;
  int e = (int)(mix(s) % 4);
  switch (i % 9) {
  case 0: case 1: case 2:
    snprintf(buf, size, form[i % 3], random_bits(s, 0)); break;
  case 3:
    snprintf(buf, size, "%.17g", (double)(mix(s) >> 11) / 4503599627370496.0
      - 1.0); break;
  case 4:
    snprintf(buf, size, form[i / 9 % 3], random_bits(s, 1)); break;
  case 5: /* powers of ten, written and as the nearest double */
    e = (int)(mix(s) % 651) - 342;
    if (i / 9 % 2) snprintf(buf, size, "1e%d", e);
    else snprintf(buf, size, "%.17g", strtod((snprintf(buf, size, "1e%d", e),
      buf), NULL));
    break;
  case 6: /* a tie a 2^-e, odd a of 54 bits, exactly or one unit off */
    for (int j = 0; j < e; j++) p5 *= 5;
    a = a * p5 + mix(s) % 3 - 1;
    if (e == 0 && i / 9 % 2)
      snprintf(buf, size, "%llu", a << (mix(s) % 10));
    else snprintf(buf, size, "%llue-%d", a, e);
    break;
  case 7: /* more digits than the reader keeps */
    snprintf(buf, size, i / 9 % 2 ? "%.25g" : "%.40g", random_bits(s, 0));
    break;
  default: /* random digits and a random point and exponent */
    {
      int n = 1 + (int)(mix(s) % 19), point = (int)(mix(s) % (n + 1)), at = 0;
      if (mix(s) % 2) buf[at++] = '-';
      for (int j = 0; j < n; j++) {
        if (j == point) buf[at++] = '.';
        buf[at++] = (char)('0' + mix(s) % 10);
      }
      snprintf(buf + at, size - (size_t)at, "e%d",
        (int)(mix(s) % 658) - 350 - point);
    }
  }
}

START_TEST(numbers_convert_as_strtod_does)
{
  enum { COUNT = 45000 };
  char (*text)[64] = malloc(COUNT * sizeof *text);
  unsigned long long seed = 2026;
  lstm_data back;
  lstm_error err;
  FILE *f = tmpfile();
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(f);
  ck_assert_ptr_nonnull(text);
  fprintf(f, "lstm-seq 1\ninputs 1\ntargets 1\nsequence %d\n", COUNT);
  for (int i = 0; i < COUNT; i++) {
    number_text(text[i], sizeof text[i], i, &seed);
    fprintf(f, "%s -\n", text[i]);
  }
  rewind(f);
  ck_assert_msg(lstm_data_load(f, "numbers", NULL, &back, &err) == LSTM_OK,
    "%s:%ld: %s", err.file, err.line, err.msg);
  for (int i = 0; i < COUNT; i++) {
    double want = strtod(text[i], NULL), got = back.seq[0].x[i];
    ck_assert_msg(memcmp(&want, &got, sizeof want) == 0,
      "%s: strtod gives %a, the reader %a", text[i], want, got);
  }
  lstm_data_free(&back);
  free(text);
  fclose(f);
}
END_TEST

Suite *formats_suite(void)
{
  Suite *s = suite_create("formats");
  TCase *tc = tcase_create("files");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, model_round_trip, 0, 3);
  tcase_add_loop_test(tc, data_round_trip, 0, 3);
  tcase_add_test(tc, worked_example_files);
  tcase_add_test(tc, layouts_the_grammar_allows);
  tcase_add_test(tc, errors_name_file_and_line);
  tcase_add_test(tc, numbers_convert_as_strtod_does);
  tcase_add_loop_test(tc, command_grad_passes_gradcheck, 0, 3);
  tcase_add_loop_test(tc, command_forward, 0, 3);
  suite_add_tcase(s, tc);
  return s;
}
