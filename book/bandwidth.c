/* How many bytes a second one core reads and writes back, for the section
   "UORO's pass over theta-tilde" of the chapter on speed.  book/batch.sh
   compiles it (for the machine at hand) and runs it; it is not part of the
   program.

   It passes over two vectors of P doubles each, reading every entry and
   writing it back changed (x = 0.5 x + 0.25, y = y + 0.5 x), as a step of
   UORO passes over theta-tilde and the gradient, but with the least
   arithmetic that still needs every byte: 4 * 8 * P bytes a pass.  P is
   given: UORO's at m = n = 128 (131584), whose two vectors together are
   about the size of the second-level cache, and one large enough for the
   vectors to live in the main memory.  It prints, for each P, the bytes of
   a pass and the most bytes a second of RUNS timings (processor time).

   Usage: bandwidth RUNS P...   prints lines "bandwidth P BYTES GBPS" */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void pass(double *x, double *y, size_t count)
{
  for (size_t i = 0; i < count; i++) {
    x[i] = 0.5 * x[i] + 0.25;
    y[i] = y[i] + 0.5 * x[i];
  }
}

int main(int argc, char **argv)
{
  const int runs = argc > 1 ? atoi(argv[1]) : 0;
  if (runs < 1 || argc < 3) {
    fprintf(stderr, "usage: bandwidth RUNS P...\n");
    return 2;
  }
  for (int a = 2; a < argc; a++) {
    const size_t count = (size_t)strtoull(argv[a], NULL, 10);
    double *x = malloc(count * sizeof *x), *y = malloc(count * sizeof *y);
    double best = 0, check = 0;
    size_t reps = 1;
    if (!x || !y || count == 0) {
      fprintf(stderr, "bandwidth: cannot use %s numbers\n", argv[a]);
      return 1;
    }
    for (size_t i = 0; i < count; i++) x[i] = 0.5, y[i] = 0;
    while (reps * count < 50000000) reps *= 2;
    pass(x, y, count);
    for (int r = 0; r < runs; r++) {
      const double t0 = seconds();
      double t;
      for (size_t k = 0; k < reps; k++) pass(x, y, count);
      t = (seconds() - t0) / (double)reps;
      if (t > 0 && 32.0 * (double)count / t > best)
        best = 32.0 * (double)count / t;
    }
    for (size_t i = 0; i < count; i++) check += y[i];
    printf("bandwidth %zu %zu %.2f %s\n", count, 32 * count, best / 1e9,
      check > 0 ? "ok" : "?");
    free(x);
    free(y);
  }
  return 0;
}
