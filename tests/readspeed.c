/* How fast the library reads a sequence file (chapter "Files",
   "Converting numbers exactly"); not part of `make test'.

   It draws 40 sequences of 100 steps with 128 inputs and 128 targets at
   every step, uniform in [-1, 1), writes them with lstm_data_write (as
   %.17g, about 21 MB) to a temporary file, and reads the file back RUNS
   times with lstm_data_load, checking every time that every number comes
   back bit for bit.  It prints the median processor time of a reading,
   per number.  Build and run it from the top directory, after `make':

     cc -O2 -Igenerated -o build/readspeed tests/readspeed.c liblstm.a -lm
     build/readspeed 11
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lstm.h"

enum { COUNT = 40, T = 100, M = 128, K = 128, MOST_RUNS = 101 };

static double seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int same(const lstm_data *a, const lstm_data *b)
{
  if (a->count != b->count) return 0;
  for (size_t s = 0; s < a->count; s++)
    if (a->seq[s].T != b->seq[s].T ||
        memcmp(a->seq[s].x, b->seq[s].x, T * M * sizeof(double)) != 0 ||
        memcmp(a->seq[s].y, b->seq[s].y, T * K * sizeof(double)) != 0)
      return 0;
  return 1;
}

int main(int argc, char **argv)
{
  int runs = argc > 1 ? atoi(argv[1]) : 11;
  double took[MOST_RUNS];
  lstm_data data, back;
  lstm_error err;
  lstm_rng rng;
  FILE *f = tmpfile();
  long bytes;
  if (runs < 1 || runs > MOST_RUNS || !f) {
    fprintf(stderr, "usage: readspeed [RUNS], RUNS from 1 to %d\n", MOST_RUNS);
    return 2;
  }
  lstm_rng_seed(&rng, 1);
  lstm_data_init(&data, M, K);
  for (int s = 0; s < COUNT; s++) {
    lstm_seq *seq;
    if (lstm_data_add(&data, T, &seq, &err) != LSTM_OK) goto fail;
    for (size_t q = 0; q < T * M; q++) seq->x[q] = lstm_rng_uniform(&rng, -1, 1);
    for (size_t t = 0; t < T; t++) { /* in step order, as the reader stores them */
      double *y = lstm_target_set(seq, t, &err);
      if (!y) goto fail;
      for (size_t l = 0; l < K; l++) y[l] = lstm_rng_uniform(&rng, -1, 1);
    }
  }
  if (lstm_data_write(f, &data, &err) != LSTM_OK) goto fail;
  fflush(f);
  bytes = ftell(f);
  for (int r = 0; r < runs; r++) {
    double start;
    rewind(f);
    start = seconds();
    if (lstm_data_load(f, "readspeed", NULL, &back, &err) != LSTM_OK) goto fail;
    took[r] = seconds() - start;
    if (!same(&data, &back)) {
      fprintf(stderr, "readspeed: the numbers read back differ\n");
      return 1;
    }
    lstm_data_free(&back);
  }
  qsort(took, (size_t)runs, sizeof *took, by_value);
  printf("%ld bytes, %d numbers, median of %d readings: %.1f ns per number\n",
    bytes, COUNT * T * (M + K), runs, 1e9 * took[runs / 2] / (COUNT * T * (M + K)));
  lstm_data_free(&data);
  fclose(f);
  return 0;
fail:
  fprintf(stderr, "readspeed: %s\n", err.msg);
  return 1;
}
