/* The worked example: every value of expected.txt, computed independently
   to 17 digits, must be reproduced to 1e-12; the values published with the
   example, computed by hand with rounded intermediates, to within two units
   of their last printed digit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#define MAXNUM 8

/* One line of expected.txt or of the report: a key (the words before the
   first number) and up to MAXNUM numbers. */
typedef struct {
  char key[128];
  int count;
  double v[MAXNUM];
} row;

static int read_row(FILE *f, row *r)
{
  char line[1024];
  while (fgets(line, sizeof line, f)) {
    char *tok;
    if (line[0] == '#' || line[0] == '\n') continue;
    r->key[0] = '\0';
    r->count = 0;
    for (tok = strtok(line, " \t\n"); tok;
         tok = strtok(NULL, " \t\n")) {
      char *end;
      double x = strtod(tok, &end);
      if (*end == '\0' && end != tok) {
        ck_assert_int_lt(r->count, MAXNUM);
        r->v[r->count++] = x;
      } else {
        ck_assert_int_eq(r->count, 0);
        if (r->key[0]) strcat(r->key, " ");
        strncat(r->key, tok, sizeof r->key - strlen(r->key) - 2);
      }
    }
    return 1;
  }
  return 0;
}

START_TEST(report_matches_expected)
{
  FILE *want = fopen(TESTDATA "/worked-example/expected.txt", "r");
  FILE *got = tmpfile();
  lstm_error err;
  row a, b;
  int rows = 0;
  double worst = 0;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(want);
  ck_assert_ptr_nonnull(got);
  ck_assert_int_eq(lstm_example_report(got, 0, &err), LSTM_OK);
  rewind(got);
  while (read_row(want, &a)) {
    ck_assert_msg(read_row(got, &b), "the report ends before '%s'", a.key);
    ck_assert_str_eq(a.key, b.key);
    ck_assert_int_eq(a.count, b.count);
    for (int q = 0; q < a.count; q++) {
      ck_assert_msg(fabs(a.v[q] - b.v[q]) <= 1e-12,
        "%s[%d]: expected %.17g, computed %.17g", a.key, q, a.v[q], b.v[q]);
      if (fabs(a.v[q] - b.v[q]) > worst) worst = fabs(a.v[q] - b.v[q]);
    }
    rows++;
  }
  ck_assert_msg(!read_row(got, &b), "the report has an extra line '%s'",
    b.key);
  ck_assert_int_eq(rows, 37);
  printf("worked example: %d lines of expected.txt, largest difference %.3g\n",
    rows, worst);
  fclose(want);
  fclose(got);
}
END_TEST

/* The same gradient through the method table, as any caller gets it. */
START_TEST(method_table_gives_expected_gradient)
{
  FILE *want = fopen(TESTDATA "/worked-example/expected.txt", "r");
  lstm_net net, grad;
  lstm_data data;
  lstm_error err;
  long param;
  double loss;
  row a;
  const lstm_method *bptt;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(want);
  ck_assert_int_eq(lstm_example(&net, &data, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&grad, &net, &err), LSTM_OK);
  bptt = lstm_method_find("bptt", &param, &err);
  ck_assert_ptr_nonnull(bptt);
  ck_assert_int_eq(lstm_gradient(&net, &data, bptt, param, &grad, &loss,
    NULL, &err), LSTM_OK);
  while (read_row(want, &a)) {
    const double *block = NULL;
    if (strcmp(a.key, "loss") == 0)
      ck_assert_double_eq_tol(loss, a.v[0], 1e-12);
    else if (strcmp(a.key, "grad dW") == 0) block = grad.W;
    else if (strcmp(a.key, "grad dU") == 0) block = grad.U;
    else if (strcmp(a.key, "grad db") == 0) block = grad.b;
    if (block)
      for (int q = 0; q < a.count; q++)
        ck_assert_double_eq_tol(block[q], a.v[q], 1e-12);
  }
  lstm_net_free(&grad);
  lstm_net_free(&net);
  lstm_data_free(&data);
  fclose(want);
}
END_TEST

/* A published value with d decimals must lie within 2 units of the d-th
   decimal of the exact value.  At least one published value is off by
   one unit (the book explains why), so a tolerance of half a unit would
   fail: the test checks that too, so that it knows what it compares. */
START_TEST(published_values_agree)
{
  FILE *pub = fopen(TESTDATA "/worked-example/published.txt", "r");
  static const char *name[6] = {"a", "i", "f", "o", "state", "out"};
  lstm_net net;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  char line[256];
  int count = 0, off_by_rounding = 0;
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(pub);
  ck_assert_int_eq(lstm_example(&net, &data, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, 2, &err), LSTM_OK);
  lstm_forward(&net, &data.seq[0], &tr);
  while (fgets(line, sizeof line, pub)) {
    unsigned t;
    char what[32], text[64];
    double exact = 0, unit;
    const char *dot;
    int q;
    if (line[0] == '#') continue;
    ck_assert_int_eq(sscanf(line, "%u %31s %63s", &t, what, text), 3);
    for (q = 0; q < 6 && strcmp(what, name[q]) != 0; q++) {}
    ck_assert_int_lt(q, 6);
    exact = q < 4 ? lstm_gates(&tr, t)[q] :
      q == 4 ? lstm_state(&tr, t)[0] : lstm_out(&tr, t)[0];
    dot = strchr(text, '.');
    unit = pow(10.0, -(double)strlen(dot + 1));
    ck_assert_msg(fabs(exact - atof(text)) <= 2 * unit,
      "published %s_%u = %s, exact %.17g", what, t, text, exact);
    if (fabs(exact - atof(text)) > 0.5 * unit) off_by_rounding++;
    count++;
  }
  ck_assert_int_eq(count, 12);
  ck_assert_int_eq(off_by_rounding, 2);
  lstm_trace_free(&tr);
  lstm_net_free(&net);
  lstm_data_free(&data);
  fclose(pub);
}
END_TEST

/* The book's tables (lstm example --tex) set every computed value to six
   significant digits, split at the decimal point into two columns of the
   table, each in math mode so that a minus sign is a true minus.  Every
   computed cell, put back together, must be the six-digit rounding of a
   value of expected.txt, and every published cell one of the published
   five-digit values. */
static int six_digit_match(const char *s, const double *v, int n)
{
  char buf[64];
  if (strcmp(s, "0") == 0) {
    for (int k = 0; k < n; k++) if (v[k] == 0) return 1;
    return 0;
  }
  for (int k = 0; k < n; k++) {
    snprintf(buf, sizeof buf, "%#.6g", v[k]);
    if (strcmp(buf, s) == 0) return 1;
  }
  return 0;
}

static void join_cells(const char *a, const char *b, char *out, size_t size)
{
  size_t o = 0;
  for (const char *c = a; *c && o + 1 < size; c++) if (*c != '$') out[o++] = *c;
  for (const char *c = b; *c && o + 1 < size; c++) {
    if (*c == '^') break; /* a dagger follows */
    if (*c != '$') out[o++] = *c;
  }
  out[o] = '\0';
}

START_TEST(tex_tables_have_six_digits)
{
  FILE *want = fopen(TESTDATA "/worked-example/expected.txt", "r");
  FILE *got = tmpfile();
  lstm_error err;
  double v[256];
  int n = 0, cells = 0, published = 0, table = -1;
  row r;
  char line[2048];
  lstm_error_clear(&err);
  ck_assert_ptr_nonnull(want);
  ck_assert_ptr_nonnull(got);
  while (read_row(want, &r))
    for (int k = 0; k < r.count && n < 256; k++) v[n++] = r.v[k];
  fclose(want);
  ck_assert_int_eq(lstm_example_report(got, 1, &err), LSTM_OK);
  rewind(got);
  while (fgets(line, sizeof line, got)) {
    char *cell[16], *p = line;
    int count = 0;
    if (strncmp(line, "\\exampletable", 13) == 0) { table++; continue; }
    if (strncmp(line, "\\exampleloss{", 13) == 0) {
      char *end = strchr(line, '}');
      ck_assert_ptr_nonnull(end);
      *end = '\0';
      ck_assert_msg(six_digit_match(line + 13, v, n), "loss %s", line + 13);
      continue;
    }
    if (line[0] != '$' || !strstr(line, "\\cr")) continue;
    *strstr(line, "\\cr") = '\0';
    while (count < 16) {
      cell[count++] = p;
      p = strchr(p, '&');
      if (!p) break;
      *p++ = '\0';
    }
    ck_assert_int_eq(count, 9); /* a name and four numbers of two cells */
    for (int c = 0; c < 4; c++) {
      char num[64];
      int is_published = (table == 0 && c % 2 == 1) ||
        (table == 1 && c == 1);
      join_cells(cell[1 + 2 * c], cell[2 + 2 * c], num, sizeof num);
      if (num[0] == '\0') continue;
      ck_assert_msg(strchr(num, 'e') == NULL, "exponent in %s", num);
      if (is_published) {
        ck_assert_msg(strlen(num) <= 8, "published %s", num);
        published++;
      } else {
        ck_assert_msg(six_digit_match(num, v, n),
          "table %d cell %s is not a six-digit rounding of expected.txt",
          table, num);
        cells++;
      }
    }
  }
  fclose(got);
  ck_assert_int_eq(table, 3);
  ck_assert_int_eq(cells, 12 + 20 + 16 + 16);
  ck_assert_int_eq(published, 13);
}
END_TEST

Suite *example_suite(void)
{
  Suite *s = suite_create("worked example");
  TCase *tc = tcase_create("example");
  tcase_add_test(tc, report_matches_expected);
  tcase_add_test(tc, method_table_gives_expected_gradient);
  tcase_add_test(tc, published_values_agree);
  tcase_add_test(tc, tex_tables_have_six_digits);
  suite_add_tcase(s, tc);
  return s;
}
