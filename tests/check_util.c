/* Random networks and data sets for the tests.  They are drawn with the
   book's own generator, so a failing case can be reproduced from its seed. */
#include <stdio.h>
#include <stdlib.h>
#include "suites.h"


void random_net(lstm_net *net, size_t m, size_t n, size_t k, int output,
  unsigned long long seed)
{
  lstm_rng rng;
  lstm_error err;
  lstm_error_clear(&err);
  ck_assert_int_eq(lstm_net_init(net, m, n, k, output, &err), LSTM_OK);
  lstm_rng_seed(&rng, seed);
  lstm_net_randomize(net, &rng, 1.0);
}

/* count sequences, the s-th with T + s steps; each step has a target with
   probability target_fraction (the last step of a sequence always has one,
   so that every sequence contributes to the loss).  With softmax the
   targets are one-hot, otherwise uniform in [-1, 1]. */
void random_data(lstm_data *data, size_t m, size_t k, size_t count,
  size_t T, double target_fraction, int softmax, unsigned long long seed)
{
  lstm_rng rng;
  lstm_error err;
  lstm_error_clear(&err);
  lstm_rng_seed(&rng, seed);
  lstm_data_init(data, m, k);
  for (size_t s = 0; s < count; s++) {
    lstm_seq *seq;
    ck_assert_int_eq(lstm_data_add(data, T + s, &seq, &err), LSTM_OK);
    for (size_t t = 0; t < seq->T; t++) {
      for (size_t l = 0; l < m; l++)
        seq->x[t * m + l] = lstm_rng_uniform(&rng, -1, 1);
      /* a step without a target draws its numbers too, so that the
         data are those of the same seed whatever is stored */
      int has = t + 1 == seq->T ||
        lstm_rng_uniform(&rng, 0, 1) < target_fraction;
      double *y = has ? lstm_target_set(seq, t, &err) : NULL;
      ck_assert(!has || y);
      if (softmax) {
        size_t hot = (size_t)lstm_rng_uniform(&rng, 0, (double)k);
        for (size_t l = 0; l < k && y; l++) y[l] = l == hot;
      } else
        for (size_t l = 0; l < k; l++) {
          double v = lstm_rng_uniform(&rng, -1, 1);
          if (y) y[l] = v;
        }
    }
  }
}

/* A network and a data set for test case c: the data's seed is the
   network's plus 100, and a softmax layer gets one-hot targets. */
/* The shapes on which the online methods are compared with BPTT and with
   one another (check_rtrl.c, check_hybrid.c). */
const test_case online_shapes[] = {
  {"targets at every step", 3, 4, 4, LSTM_OUT_NONE, 1, 12, 1.0, 21},
  {"targets at some steps", 3, 4, 4, LSTM_OUT_NONE, 1, 15, 0.3, 22},
  {"several sequences", 2, 6, 6, LSTM_OUT_NONE, 3, 9, 0.6, 23},
  {"squared-error output layer", 3, 5, 2, LSTM_OUT_L2, 2, 10, 0.5, 24},
  {"softmax output layer", 4, 3, 4, LSTM_OUT_SOFTMAX, 3, 8, 0.5, 25},
  {"softmax, targets at every step", 2, 4, 3, LSTM_OUT_SOFTMAX, 2, 7, 1.0,
    26},
  {"one cell, long sequence", 2, 1, 1, LSTM_OUT_NONE, 1, 60, 1.0, 27},
  {"n = 8, m = 5, T = 30", 5, 8, 8, LSTM_OUT_NONE, 1, 30, 1.0, 28},
};

void make_case(const test_case *c, lstm_net *net, lstm_data *data)
{
  random_net(net, c->m, c->n, c->k, c->output, c->seed);
  random_data(data, c->m, net->k, c->count, c->T, c->target_fraction,
    c->output == LSTM_OUT_SOFTMAX, c->seed + 100);
}

/* Run a command line through the shell; return the exit status, which the
   command line writes to a file, since system's result is not portable. */
int run_command(const char *cmd, const char *tag)
{
  char line[1024], path[256];
  FILE *f;
  int status = -1;
  snprintf(path, sizeof path, TESTOUT "/check-%s.status", tag);
  snprintf(line, sizeof line, "%s; echo $? > %s", cmd, path);
  ck_assert_int_ne(system(line), -1);
  ck_assert_ptr_nonnull(f = fopen(path, "r"));
  ck_assert_int_eq(fscanf(f, "%d", &status), 1);
  fclose(f);
  return status;
}

void assert_gradcheck(const test_case *c, const lstm_net *net,
  const lstm_data *data, const char *spec, lstm_check *res)
{
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &param, &err);
  ck_assert_msg(meth != NULL, "no method %s: %s", spec, err.msg);
  ck_assert_msg(lstm_gradcheck(net, data, meth, param, LSTM_FD_STEP, res,
    &err) == LSTM_OK, "%s, %s: the gradient check cannot be made: %s", spec,
    c->what, err.msg);
  for (size_t q = 0; q < res->blocks; q++)
    ck_assert_msg(res->block[q].max_rel <= LSTM_CHECK_TOL,
      "%s, %s: block %s, relative error %.3g at theta[%zu]", spec, c->what,
      res->block[q].name, res->block[q].max_rel, res->block[q].worst);
}

long slurp(const char *path, char *buf, size_t size)
{
  FILE *f = fopen(path, "rb");
  size_t got;
  if (!f) return -1;
  got = fread(buf, 1, size - 1, f);
  buf[got] = '\0';
  fclose(f);
  return (long)got;
}
