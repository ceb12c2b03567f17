/* The kernels of the chapter on speed, the benchmark and the exponent fit.
   - every product against a naive loop written here, on odd sizes and with
     leading dimensions larger than the rows, so that edges and strides are
     exercised: lstm_gemm_tn and lstm_gemm_nn add their terms in the naive
     order and must agree bit for bit; lstm_dot, lstm_gemv, lstm_gemm_nt
     and lstm_mat_tvec sum in another order and must agree to rounding;
   - lstm_forward (one matrix product for W x_t) and lstm_step agree bit
     for bit, as the forward-pass chapter claims;
   - every set of kernels the processor can run gives the portable bits;
   - the loop that measures the processor's limit does its arithmetic;
   - the fit recovers the exponent of an exact power law;
   - lstm_bench and `lstm bench' measure, report memory that grows with T
     for bptt and not for rtrl, and refuse bad lists. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"


static double *random_matrix(size_t count, unsigned long long seed)
{
  lstm_rng rng;
  double *v = malloc((count ? count : 1) * sizeof *v);
  ck_assert_ptr_nonnull(v);
  lstm_rng_seed(&rng, seed);
  for (size_t k = 0; k < count; k++) v[k] = lstm_rng_uniform(&rng, -1, 1);
  return v;
}

/* Sizes that are not multiples of the 8 lanes or the 16-row blocks, and
   zero, and one. */
static const size_t sizes[][3] = {
  {1, 1, 1}, {3, 5, 7}, {17, 9, 13}, {33, 20, 31}, {8, 16, 24}, {5, 0, 3},
  {2, 3, 0}, {70, 41, 100}, {17, 150, 70},
};
#define SIZES (sizeof sizes / sizeof sizes[0])

/* |a - b| relative to the sum of the absolute values of the terms, which
   bounds the rounding of any order of summation: about len * 2^-53. */
static void assert_close(double a, double b, double scale, size_t len,
  const char *what)
{
  ck_assert_msg(fabs(a - b) <= 4.0 * (double)(len + 1) * 0x1p-53 * scale,
    "%s: %.17g against %.17g (scale %g)", what, a, b, scale);
}

START_TEST(dot_and_gemv_agree_with_naive_sums)
{
  const size_t rows = sizes[_i][0], cols = sizes[_i][2];
  double *A = random_matrix(rows * cols, 1 + _i), *v = random_matrix(cols, 2),
    *y = random_matrix(rows, 3), *y0 = malloc((rows + 1) * sizeof *y0),
    *t = malloc((cols + 1) * sizeof *t);
  ck_assert(y0 && t);
  memcpy(y0, y, rows * sizeof *y);
  lstm_gemv(A, rows, cols, v, y);
  for (size_t r = 0; r < rows; r++) {
    double sum = 0, scale = 0;
    for (size_t l = 0; l < cols; l++) {
      sum += A[r * cols + l] * v[l];
      scale += fabs(A[r * cols + l] * v[l]);
    }
    assert_close(lstm_dot(A + r * cols, v, cols), sum, scale, cols, "dot");
    assert_close(y[r], y0[r] + sum, scale + fabs(y0[r]), cols, "gemv");
  }
  /* the transposed product, with a vector of rows entries */
  lstm_mat_tvec(A, rows, cols, y0, t);
  for (size_t l = 0; l < cols; l++) {
    double sum = 0, scale = 0;
    for (size_t r = 0; r < rows; r++) {
      sum += A[r * cols + l] * y0[r];
      scale += fabs(A[r * cols + l] * y0[r]);
    }
    assert_close(t[l], sum, scale, rows, "mat_tvec");
  }
  free(A); free(v); free(y); free(y0); free(t);
}
END_TEST

/* C += A B^T, C += A^T B and C += A B with strided operands. */
START_TEST(matrix_products_agree_with_naive_loops)
{
  const size_t M = sizes[_i][0], N = sizes[_i][1], K = sizes[_i][2];
  const size_t lda = (M > K ? M : K) + 3, ldb = (N > K ? N : K) + 2,
    ldc = N + 5;
  const size_t big = (M + N + K + 8) * (lda + ldb + ldc);
  double *A = random_matrix(big, 10 + _i), *B = random_matrix(big, 20 + _i),
    *C0 = random_matrix(M * ldc + 1, 30 + _i),
    *C = malloc((M * ldc + 1) * sizeof *C);
  ck_assert_ptr_nonnull(C);
  /* A B^T: A is M x K, B is N x K; summed in another order */
  memcpy(C, C0, (M * ldc + 1) * sizeof *C);
  lstm_gemm_nt(M, N, K, A, lda, B, ldb, C, ldc);
  for (size_t r = 0; r < M; r++)
    for (size_t c = 0; c < N; c++) {
      double sum = 0, scale = 0;
      for (size_t l = 0; l < K; l++) {
        sum += A[r * lda + l] * B[c * ldb + l];
        scale += fabs(A[r * lda + l] * B[c * ldb + l]);
      }
      assert_close(C[r * ldc + c], C0[r * ldc + c] + sum,
        scale + fabs(C0[r * ldc + c]), K, "gemm_nt");
    }
  /* A^T B: A is K x M, B is K x N; the naive order, t = 0, 1, ... */
  memcpy(C, C0, (M * ldc + 1) * sizeof *C);
  lstm_gemm_tn(M, N, K, A, lda, B, ldb, C, ldc);
  for (size_t r = 0; r < M; r++)
    for (size_t c = 0; c < N; c++) {
      double want = C0[r * ldc + c];
      for (size_t t = 0; t < K; t++) want += A[t * lda + r] * B[t * ldb + c];
      ck_assert_msg(C[r * ldc + c] == want, "gemm_tn %zux%zux%zu (%zu,%zu): "
        "%.17g against %.17g", M, N, K, r, c, C[r * ldc + c], want);
    }
  /* A B: A is M x K, B is K x N; the naive order, l = 0, 1, ... */
  memcpy(C, C0, (M * ldc + 1) * sizeof *C);
  lstm_gemm_nn(M, N, K, A, lda, B, ldb, C, ldc);
  for (size_t r = 0; r < M; r++)
    for (size_t c = 0; c < N; c++) {
      double want = C0[r * ldc + c];
      for (size_t l = 0; l < K; l++) want += A[r * lda + l] * B[l * ldb + c];
      ck_assert_msg(C[r * ldc + c] == want, "gemm_nn %zux%zux%zu (%zu,%zu): "
        "%.17g against %.17g", M, N, K, r, c, C[r * ldc + c], want);
    }
  /* nothing past the last column of a row of C is touched */
  for (size_t r = 0; r < M; r++)
    for (size_t c = N; c < ldc && r * ldc + c < M * ldc + 1; c++)
      ck_assert(C[r * ldc + c] == C0[r * ldc + c]);
  free(A); free(B); free(C0); free(C);
}
END_TEST

/* The forward pass over a sequence computes W x_t for all t as one product;
   it must give exactly what lstm_step gives, step by step. */
START_TEST(forward_equals_steps_bit_for_bit)
{
  static const size_t shape[][2] = {{3, 5}, {13, 9}, {1, 1}, {20, 17}};
  const size_t m = shape[_i][0], n = shape[_i][1];
  lstm_net net;
  lstm_data data;
  lstm_trace tr;
  lstm_error err;
  const lstm_seq *seq;
  double *g = malloc(4 * n * sizeof *g), *st = calloc(2 * n, sizeof *st),
    *out = calloc(2 * n, sizeof *out);
  lstm_error_clear(&err);
  ck_assert(g && st && out);
  random_net(&net, m, n, n, LSTM_OUT_NONE, 40 + _i);
  random_data(&data, m, n, 1, 11, 0.5, 0, 50 + _i);
  seq = &data.seq[0];
  ck_assert_int_eq(lstm_trace_alloc(&tr, &net, seq->T, &err), LSTM_OK);
  lstm_forward(&net, seq, &tr);
  for (size_t t = 0; t < seq->T; t++) {
    double *sp = st + n * (t % 2), *sn = st + n * ((t + 1) % 2),
      *op = out + n * (t % 2), *on = out + n * ((t + 1) % 2);
    lstm_step(&net, seq->x + t * m, op, sp, g, sn, on);
    ck_assert_msg(memcmp(g, lstm_gates(&tr, t), 4 * n * sizeof *g) == 0,
      "gates differ at step %zu", t);
    ck_assert_msg(memcmp(sn, lstm_state(&tr, t), n * sizeof *sn) == 0 &&
      memcmp(on, lstm_out(&tr, t), n * sizeof *on) == 0,
      "state or output differ at step %zu", t);
  }
  lstm_trace_free(&tr);
  lstm_net_free(&net);
  lstm_data_free(&data);
  free(g); free(st); free(out);
}
END_TEST

START_TEST(fit_recovers_a_power_law)
{
  double x[5] = {8, 16, 32, 64, 128}, y[5];
  for (size_t k = 0; k < 5; k++) y[k] = 3e-7 * pow(x[k], 3.7);
  ck_assert(fabs(lstm_fit_exponent(x, y, 5) - 3.7) < 1e-12);
  for (size_t k = 0; k < 5; k++) y[k] = 4096;
  ck_assert(fabs(lstm_fit_exponent(x, y, 5)) < 1e-12);
  ck_assert(isnan(lstm_fit_exponent(x, y, 1)));
  x[1] = x[0];
  ck_assert(isnan(lstm_fit_exponent(x, y, 2)));
  y[2] = 0;
  ck_assert(isnan(lstm_fit_exponent(x, y, 5)));
}
END_TEST

/* Every set of kernels the processor can run (chapter on speed, "Choosing
   the kernels when the program starts") gives the bits of the portable
   set: the products on the odd sizes above, and the gradient and loss of
   every method of the table on networks whose sizes are not multiples of
   the vector widths.  The set chosen at start-up is restored at the end. */
static const char *const kernel_names[] = {"portable", "avx2", "avx512"};
#define KERNEL_SETS (sizeof kernel_names / sizeof kernel_names[0])

static void products_with(const char *kernels, size_t i, double *out)
{
  const size_t rows = sizes[i][0], cols = sizes[i][1], len = sizes[i][2];
  double *A = random_matrix(rows * len + len * rows, 10 + i),
    *B = random_matrix(cols * len + len * cols, 20 + i),
    *v = random_matrix(len + rows, 30 + i);
  lstm_error err;
  size_t at = 0;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_use_kernels(kernels, &err), LSTM_OK);
  ck_assert_str_eq(lstm_kernels(), kernels);
  memset(out, 0, (4 * rows * cols + rows + len + 1) * sizeof *out);
  lstm_gemm_nt(rows, cols, len, A, len, B, len, out + at, cols);
  at += rows * cols;
  lstm_gemm_tn(rows, cols, len, A, rows, B, cols, out + at, cols);
  at += rows * cols;
  lstm_gemm_nn(rows, cols, len, A, len, B, cols, out + at, cols);
  at += rows * cols;
  lstm_gemv(A, rows, len, v, out + at);
  at += rows;
  lstm_mat_tvec(A, rows, len, v, out + at);
  at += len;
  out[at] = lstm_dot(A, v, len);
  free(A); free(B); free(v);
}

static const test_case kernel_cases[] = {
  {"odd sizes, squared error", 13, 19, 5, LSTM_OUT_L2, 2, 23, 0.6, 91},
  {"multiples of eight, no output layer", 24, 16, 16, LSTM_OUT_NONE, 1, 17,
    1.0, 92},
  {"softmax, one cell", 9, 1, 3, LSTM_OUT_SOFTMAX, 3, 11, 0.5, 93},
};

START_TEST(every_kernel_set_gives_the_portable_bits)
{
  char before[16];
  lstm_error err;
  size_t sets = 0;
  lstm_error_clear(&err);
  snprintf(before, sizeof before, "%s", lstm_kernels());
  for (size_t i = 0; i < SIZES; i++) {
    const size_t count = 4 * sizes[i][0] * sizes[i][1] + sizes[i][0] +
      sizes[i][2] + 1;
    double *want = malloc(count * sizeof *want), *got = malloc(count *
      sizeof *got);
    ck_assert(want && got);
    products_with("portable", i, want);
    for (size_t k = 1; k < KERNEL_SETS; k++)
      if (lstm_use_kernels(kernel_names[k], &err) == LSTM_OK) {
        products_with(kernel_names[k], i, got);
        ck_assert_msg(memcmp(want, got, count * sizeof *got) == 0,
          "the products of the %s kernels differ from the portable ones "
          "at sizes %zu, %zu, %zu", kernel_names[k], sizes[i][0],
          sizes[i][1], sizes[i][2]);
      }
    free(want); free(got);
  }
  for (size_t c = 0; c < sizeof kernel_cases / sizeof kernel_cases[0]; c++) {
    lstm_net net, want, got;
    lstm_data data;
    const lstm_method *meth;
    lstm_stats st = {0};
    make_case(&kernel_cases[c], &net, &data);
    ck_assert_int_eq(lstm_net_like(&want, &net, &err), LSTM_OK);
    ck_assert_int_eq(lstm_net_like(&got, &net, &err), LSTM_OK);
    for (size_t r = 0; (meth = lstm_method_at(r)) != NULL; r++) {
      const long param = meth->takes_param ? 3 : 0;
      double lwant, lgot;
      ck_assert_int_eq(lstm_use_kernels("portable", &err), LSTM_OK);
      memset(want.theta, 0, net.P * sizeof *want.theta);
      ck_assert_int_eq(lstm_gradient(&net, &data, meth, param, &want, &lwant,
        &st, &err), LSTM_OK);
      for (size_t k = 1; k < KERNEL_SETS; k++) {
        if (lstm_use_kernels(kernel_names[k], &err) != LSTM_OK) continue;
        memset(got.theta, 0, net.P * sizeof *got.theta);
        ck_assert_int_eq(lstm_gradient(&net, &data, meth, param, &got, &lgot,
          &st, &err), LSTM_OK);
        ck_assert_msg(memcmp(want.theta, got.theta, net.P * sizeof
          *got.theta) == 0 && memcmp(&lwant, &lgot, sizeof lgot) == 0,
          "%s, %s: the %s kernels give another gradient than the portable "
          "ones (%.3g apart)", kernel_cases[c].what, meth->name,
          kernel_names[k], lstm_block_difference(&want, &got));
      }
    }
    lstm_net_free(&want); lstm_net_free(&got); lstm_net_free(&net);
    lstm_data_free(&data);
  }
  for (size_t k = 0; k < KERNEL_SETS; k++)
    if (lstm_use_kernels(kernel_names[k], &err) == LSTM_OK) sets++;
  printf("kernels: %zu sets run here, chosen at start-up: %s\n", sets,
    before);
  ck_assert(sets >= 1);
  ck_assert_int_eq(lstm_use_kernels(before, &err), LSTM_OK);
  ck_assert_int_eq(lstm_use_kernels("sse9", &err), LSTM_EUSAGE);
  ck_assert_str_eq(lstm_kernels(), before);
  ck_assert_int_eq(run_command("LSTM_KERNELS=sse9 " LSTM_BIN " bench --cells 2"
    " --steps 2 --method bptt 2>/dev/null", "kernels-bad"), 2);
  ck_assert_int_eq(run_command("LSTM_KERNELS=portable " LSTM_BIN " bench"
    " --cells 2 --steps 2 --method bptt > " TESTOUT "/check-kernels.out",
    "kernels-portable"), 0);
  {
    char text[512];
    ck_assert(slurp(TESTOUT "/check-kernels.out", text, sizeof text) > 0);
    ck_assert_msg(strncmp(text, "lstm-bench 2\nkernels portable\n", 30) == 0,
      "%s", text);
  }
}
END_TEST

/* The loop that measures the processor's limit does, in every set of
   kernels, exactly reps steps of x <- x * 0.5 + 1 on each of its numbers
   (48 or 128), as a plain loop here does them; lstm_peak measures a
   positive rate, leaves every number at 2, and refuses 0 rounds. */
START_TEST(peak_loop_does_its_arithmetic)
{
  char before[16];
  lstm_error err;
  lstm_error_clear(&err);
  snprintf(before, sizeof before, "%s", lstm_kernels());
  for (size_t k = 0; k < KERNEL_SETS; k++) {
    double out[128], want[128];
    size_t numbers;
    if (lstm_use_kernels(kernel_names[k], &err) != LSTM_OK) continue;
    for (size_t i = 0; i < 128; i++) out[i] = want[i] = (double)i - 40.5;
    numbers = lstm_peak_run(7, out);
    ck_assert_msg(numbers == 48 || numbers == 128, "%s: %zu numbers",
      kernel_names[k], numbers);
    for (size_t i = 0; i < numbers; i++)
      for (int r = 0; r < 7; r++) want[i] = want[i] * 0.5 + 1;
    ck_assert_msg(memcmp(out, want, sizeof out) == 0,
      "%s: the peak loop's numbers are not those of the plain loop",
      kernel_names[k]);
  }
  ck_assert_int_eq(lstm_use_kernels(before, &err), LSTM_OK);
  {
    lstm_peak_result res;
    ck_assert_int_eq(lstm_peak(0, &res, &err), LSTM_EUSAGE);
    ck_assert_int_eq(lstm_peak(1, &res, &err), LSTM_OK);
    ck_assert_msg(res.madds > 0 && isfinite(res.madds) &&
      res.check == 2.0 * (double)res.numbers && res.rounds == 1,
      "peak: %g multiply-adds a second, check %.17g of %zu numbers",
      res.madds, res.check, res.numbers);
  }
}
END_TEST

/* The benchmark times every method, and its memory is what the method
   table's stats say: growing with T for bptt, fixed for the RTRL ones. */
START_TEST(bench_measures_time_and_memory)
{
  const lstm_method *meth;
  lstm_error err;
  lstm_error_clear(&err);
  for (size_t r = 0; (meth = lstm_method_at(r)) != NULL; r++) {
    lstm_bench_result a, b;
    long param = meth->takes_param ? 3 : 0;
    ck_assert_int_eq(lstm_bench(meth, param, 3, 6, &a, &err), LSTM_OK);
    ck_assert_int_eq(lstm_bench(meth, param, 3, 12, &b, &err), LSTM_OK);
    ck_assert(a.runs >= LSTM_BENCH_RUNS && a.runs <= LSTM_BENCH_MAX_RUNS);
    ck_assert(a.seconds_per_step > 0 && a.n == 3 && a.T == 6);
    ck_assert(a.work_bytes > 0);
    if (meth->schedule == LSTM_PER_STEP)
      ck_assert_msg(a.work_bytes == b.work_bytes, "%s", meth->name);
    else
      ck_assert_msg(b.work_bytes > a.work_bytes, "%s", meth->name);
  }
  meth = lstm_method_at(0);
  ck_assert_int_eq(lstm_bench(meth, 0, 3, 0, &(lstm_bench_result){0}, &err),
    LSTM_EUSAGE);
}
END_TEST

/* `lstm bench' prints one line per size and the fits; the memory exponent
   of bptt is near 1 and that of rtrl is 0; bad lists are usage errors. */
START_TEST(bench_command)
{
  char line[256];
  int rows = 0, fits = 0;
  double bptt_mem = -1, rtrl_mem = -1;
  FILE *f;
  ck_assert_int_eq(run_command(LSTM_BIN " bench --method bptt,rtrl --cells 2,3"
    " --steps 4,8 > " TESTOUT "/check-bench.out", "bench"), 0);
  ck_assert_ptr_nonnull(f = fopen(TESTOUT "/check-bench.out", "r"));
  ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
  ck_assert_str_eq(line, "lstm-bench 2\n");
  while (fgets(line, sizeof line, f)) {
    char name[64];
    size_t n, T, runs, bytes;
    double us, p;
    if (sscanf(line, "memory-exponent %63s cells %zu %lf", name, &n, &p) == 3) {
      fits++;
      if (n == 3) *(strcmp(name, "bptt") == 0 ? &bptt_mem : &rtrl_mem) = p;
    } else if (sscanf(line, "time-exponent %63s steps %zu %lf", name, &T,
        &p) == 3) fits++;
    else if (sscanf(line, "%63s %zu %zu %zu %lf %zu", name, &n, &T, &runs,
        &us, &bytes) == 6) {
      rows++;
      ck_assert(us > 0 && bytes > 0 && runs >= LSTM_BENCH_RUNS);
    }
  }
  fclose(f);
  ck_assert_int_eq(rows, 8);
  ck_assert_int_eq(fits, 8);
  ck_assert(bptt_mem > 0.8 && bptt_mem < 1.01);
  ck_assert(rtrl_mem == 0);
  ck_assert_int_eq(run_command(LSTM_BIN " bench --cells 2,x 2>/dev/null",
    "bench-bad1"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " bench --steps 0 2>/dev/null",
    "bench-bad2"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " bench --method nosuch 2>/dev/null",
    "bench-bad3"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " bench --cells 2, 2>/dev/null",
    "bench-bad4"), 2);
  ck_assert_int_eq(run_command(LSTM_BIN " bench --frobnicate 2>/dev/null",
    "bench-bad5"), 2);
}
END_TEST

Suite *speed_suite(void)
{
  Suite *s = suite_create("speed");
  TCase *tc = tcase_create("kernels");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, dot_and_gemv_agree_with_naive_sums, 0, SIZES);
  tcase_add_loop_test(tc, matrix_products_agree_with_naive_loops, 0, SIZES);
  tcase_add_loop_test(tc, forward_equals_steps_bit_for_bit, 0, 4);
  tcase_add_test(tc, fit_recovers_a_power_law);
  tcase_add_test(tc, bench_measures_time_and_memory);
  tcase_add_test(tc, bench_command);
  suite_add_tcase(s, tc);
  /* Every kernel set against the portable one, on every method: under a
     second as built, but most of a minute under valgrind, which leaves it
     out by its tag "slow" (tests/valgrind.sh); valgrind still runs the
     kernel set the processor chooses in every other case. */
  tc = tcase_create("kernel sets");
  tcase_set_timeout(tc, 120);
  tcase_set_tags(tc, "slow");
  tcase_add_test(tc, every_kernel_set_gives_the_portable_bits);
  tcase_add_test(tc, peak_loop_does_its_arithmetic);
  suite_add_tcase(s, tc);
  return s;
}
