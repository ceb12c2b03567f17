/* The gradient of a file on several threads: the same bits for every
   number of threads (the section "Every core, with the same bits" of the
   chapter on speed).  Sequences of different lengths, so that the threads
   finish out of order; an output layer, so that every block is there. */
#include <string.h>
#include "suites.h"

/* The gradient and loss of the file for `threads' threads. */
static void gradient_on(const lstm_net *net, const lstm_data *data,
  const char *spec, int threads, lstm_net *g, double *loss)
{
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &param, &err);
  ck_assert_ptr_nonnull(meth);
  ck_assert_int_eq(lstm_net_like(g, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient_threads(net, data, meth, param, threads, g,
    loss, NULL, &err), LSTM_OK);
}

static void same_bits_for(const char *spec)
{
  static const int counts[] = {2, 3, 7};
  lstm_net net, one, many;
  lstm_data data;
  double loss1, lossN;
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 23);
  random_data(&data, 3, 2, 11, 9, 1.0, 0, 24);
  for (size_t s = 0; s < data.count; s += 2) /* lengths 9 and 4..9 */
    data.seq[s].T = 4 + s % 6;
  gradient_on(&net, &data, spec, 1, &one, &loss1);
  for (size_t q = 0; q < sizeof counts / sizeof counts[0]; q++) {
    gradient_on(&net, &data, spec, counts[q], &many, &lossN);
    ck_assert_msg(memcmp(one.theta, many.theta, net.P * sizeof *one.theta)
      == 0, "%s: the gradient on %d threads differs from one thread's",
      spec, counts[q]);
    ck_assert_msg(memcmp(&loss1, &lossN, sizeof loss1) == 0,
      "%s: the loss on %d threads differs", spec, counts[q]);
    lstm_net_free(&many);
  }
  lstm_net_free(&one);
  lstm_net_free(&net);
  lstm_data_free(&data);
}

START_TEST(threads_give_the_same_bits)
{
  same_bits_for("bptt");
  same_bits_for("uoro");
  same_bits_for("snap1");
  same_bits_for("tbptt:3");
}
END_TEST

/* lstm_gradient is one thread of lstm_gradient_threads, and the sum in
   the order of the file is the sum of the sequences' own gradients. */
START_TEST(threads_sum_in_file_order)
{
  lstm_net net, all, each, part;
  lstm_data data, single;
  lstm_error err;
  double loss, l;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find("bptt", &param, &err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 5);
  random_data(&data, 3, 2, 5, 6, 1.0, 0, 6);
  ck_assert_int_eq(lstm_net_like(&all, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&each, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&part, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_gradient_threads(&net, &data, meth, param, 4, &all,
    &loss, NULL, &err), LSTM_OK);
  single = data;
  single.count = 1;
  for (size_t s = 0; s < data.count; s++) {
    single.seq = &data.seq[s];
    ck_assert_int_eq(lstm_gradient(&net, &single, meth, param, &part, &l,
      NULL, &err), LSTM_OK);
    for (size_t k = 0; k < net.P; k++)
      each.theta[k] = s == 0 ? part.theta[k] : each.theta[k] + part.theta[k];
  }
  ck_assert(memcmp(all.theta, each.theta, net.P * sizeof *all.theta) == 0);
  lstm_net_free(&all); lstm_net_free(&each); lstm_net_free(&part);
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* A trainer of `spec' with `kind' at `rate' on a copy of `net'. */
static void trainer_on(lstm_trainer *tn, lstm_net *copy, lstm_optimizer *opt,
  const lstm_net *net, const char *spec, int kind, double rate)
{
  lstm_error err;
  long param;
  const lstm_method *meth;
  lstm_error_clear(&err);
  meth = lstm_method_find(spec, &param, &err);
  ck_assert_ptr_nonnull(meth);
  ck_assert_int_eq(lstm_net_copy(copy, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_optimizer_init(opt, copy, kind, rate, &err), LSTM_OK);
  ck_assert_int_eq(lstm_trainer_init(tn, copy, meth, param, opt, &err),
    LSTM_OK);
}

/* --batch 1 of BPTT is training one sequence at a time: a batch of one
   through lstm_train_batch (on two threads, of which one has nothing to
   do) changes the weights as lstm_train_sequence does, bit for bit, at
   every sequence of an Adam run. */
START_TEST(batch_of_one_is_one_at_a_time)
{
  lstm_net net, a, b;
  lstm_optimizer oa, ob;
  lstm_trainer ta, tb;
  lstm_data data;
  lstm_error err;
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 31);
  random_data(&data, 3, 2, 7, 8, 1.0, 0, 32);
  trainer_on(&ta, &a, &oa, &net, "bptt", LSTM_ADAM, 0.01);
  trainer_on(&tb, &b, &ob, &net, "bptt", LSTM_ADAM, 0.01);
  for (size_t s = 0; s < data.count; s++) {
    const lstm_seq *one = &data.seq[s];
    double la, lb, e;
    ck_assert_int_eq(lstm_train_sequence(&ta, one, &la, &e, &err), LSTM_OK);
    ck_assert_int_eq(lstm_train_batch(&tb, &one, 1, 2, &lb, &err), LSTM_OK);
    ck_assert_msg(memcmp(a.theta, b.theta, net.P * sizeof *a.theta) == 0,
      "a batch of one differs from one sequence after sequence %zu", s);
    ck_assert(memcmp(&la, &lb, sizeof la) == 0);
  }
  ck_assert_int_eq(ta.updates, tb.updates);
  lstm_trainer_free(&ta); lstm_trainer_free(&tb);
  lstm_optimizer_free(&oa); lstm_optimizer_free(&ob);
  lstm_net_free(&a); lstm_net_free(&b); lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* A batch is one step of plain gradient descent against the mean of the
   method's gradients of its sequences, summed in the batch's order (the
   first copied, the others added), whatever the number of threads. */
static void batch_is_the_mean_step_for(const char *spec)
{
  static const size_t order[5] = {4, 0, 3, 1, 2};
  lstm_net net, trained, sum, part;
  lstm_optimizer opt;
  lstm_trainer tn;
  lstm_data data;
  lstm_error err;
  const lstm_seq *pick[5];
  double loss, l;
  lstm_error_clear(&err);
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 41);
  random_data(&data, 3, 2, 5, 7, 1.0, 0, 42);
  data.seq[1].T = 4;
  trainer_on(&tn, &trained, &opt, &net, spec, LSTM_SGD, 0.5);
  for (size_t b = 0; b < 5; b++) pick[b] = &data.seq[order[b]];
  ck_assert_int_eq(lstm_train_batch(&tn, pick, 5, 3, &loss, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&sum, &net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_net_like(&part, &net, &err), LSTM_OK);
  for (size_t b = 0; b < 5; b++) {
    memset(part.theta, 0, net.P * sizeof *part.theta);
    ck_assert_int_eq(tn.method->grad(&net, pick[b], tn.param, &part, &l, NULL,
      &err), LSTM_OK);
    for (size_t k = 0; k < net.P; k++)
      sum.theta[k] = b == 0 ? part.theta[k] : sum.theta[k] + part.theta[k];
  }
  for (size_t k = 0; k < net.P; k++) {
    double want = net.theta[k] - 0.5 * (sum.theta[k] / 5);
    ck_assert_msg(memcmp(&want, &trained.theta[k], sizeof want) == 0,
      "%s: weight %zu is %.17g after the batch, not %.17g", spec, k,
      trained.theta[k], want);
  }
  lstm_trainer_free(&tn); lstm_optimizer_free(&opt);
  lstm_net_free(&trained); lstm_net_free(&sum); lstm_net_free(&part);
  lstm_net_free(&net);
  lstm_data_free(&data);
}

START_TEST(batch_is_the_mean_step)
{
  batch_is_the_mean_step_for("bptt");
  batch_is_the_mean_step_for("tbptt:2");
  batch_is_the_mean_step_for("irtrl");
}
END_TEST

/* Training on a file with batches of 1, 3 and 7 (the last batch of an
   epoch short), for three methods: the weights after two epochs are the
   same bits on 1, 2 and 5 threads. */
static void train_data_on(const lstm_net *net, const lstm_data *data,
  const char *spec, size_t batch, int threads, lstm_net *out)
{
  lstm_data_config dc;
  lstm_epoch st;
  lstm_error err;
  lstm_error_clear(&err);
  memset(&dc, 0, sizeof dc);
  dc.train = data;
  dc.method = spec;
  dc.seed = 3;
  dc.optimizer = LSTM_ADAM;
  dc.rate = 0.01;
  dc.epochs = 2;
  dc.batch = batch;
  dc.threads = threads;
  ck_assert_int_eq(lstm_net_copy(out, net, &err), LSTM_OK);
  ck_assert_int_eq(lstm_train_data(&dc, out, &st, &err), LSTM_OK);
  ck_assert_int_eq(st.sequences, 2 * (long)data->count);
}

START_TEST(batches_give_the_same_bits)
{
  static const char *const spec[3] = {"bptt", "uoro", "snap1"};
  static const size_t batch[3] = {1, 3, 7};
  static const int threads[2] = {2, 5};
  lstm_net net, one, many;
  lstm_data data;
  random_net(&net, 3, 4, 2, LSTM_OUT_L2, 51);
  random_data(&data, 3, 2, 8, 7, 1.0, 0, 52);
  for (size_t s = 0; s < data.count; s += 3) data.seq[s].T = 3 + s % 4;
  for (int q = 0; q < 3; q++)
    for (int b = 0; b < 3; b++) {
      train_data_on(&net, &data, spec[q], batch[b], 1, &one);
      ck_assert(memcmp(one.theta, net.theta, net.P * sizeof *net.theta) != 0);
      for (int t = 0; t < 2; t++) {
        train_data_on(&net, &data, spec[q], batch[b], threads[t], &many);
        ck_assert_msg(memcmp(one.theta, many.theta, net.P *
          sizeof *one.theta) == 0, "%s, batch %zu: %d threads differ from one",
          spec[q], batch[b], threads[t]);
        lstm_net_free(&many);
      }
      lstm_net_free(&one);
    }
  lstm_net_free(&net);
  lstm_data_free(&data);
}
END_TEST

/* The sequence-batched kernels (chapter on speed, "Sequences side by
   side"): on every set of kernels the processor can run, lstm_gemv_batch
   and lstm_mat_tvec_batch give each vector the bits of lstm_gemv and
   lstm_mat_tvec under the portable set, for 1 to 9 vectors and sizes that
   are not multiples of the lanes; and lstm_gradient_batch gives the bits
   of BPTT one sequence at a time (lstm_gradient_threads), on sequences
   of different lengths, with each output layer. */
static const char *const sets[] = {"portable", "avx2", "avx512"};

static void batched_products_agree(const char *set)
{
  /* the last shape makes lstm_gemv_batch copy its vectors in groups of
     four (chapter on speed, "Sequences side by side") */
  static const size_t shape[4][2] = {{13, 19}, {16, 8}, {5, 3}, {6, 700}};
  lstm_error err;
  lstm_rng rng;
  lstm_error_clear(&err);
  lstm_rng_seed(&rng, 61);
  for (int q = 0; q < 4; q++) {
    const size_t rows = shape[q][0], cols = shape[q][1];
    static double A[6 * 700], v[9][700], y[9][700], want[9][700], vt[9][700];
    const double *vp[9], *vtp[9];
    double *yp[9];
    for (size_t e = 0; e < rows * cols; e++)
      A[e] = lstm_rng_uniform(&rng, -1, 1);
    for (size_t count = 1; count <= 9; count++) {
      for (size_t b = 0; b < count; b++) {
        for (size_t l = 0; l < cols; l++) v[b][l] = lstm_rng_uniform(&rng, -1, 1);
        for (size_t r = 0; r < rows; r++) vt[b][r] = lstm_rng_uniform(&rng, -1, 1);
        for (size_t r = 0; r < rows; r++) y[b][r] = want[b][r] = r * 0.25;
        vp[b] = v[b], vtp[b] = vt[b], yp[b] = y[b];
      }
      ck_assert_int_eq(lstm_use_kernels("portable", &err), LSTM_OK);
      for (size_t b = 0; b < count; b++) lstm_gemv(A, rows, cols, v[b], want[b]);
      ck_assert_int_eq(lstm_use_kernels(set, &err), LSTM_OK);
      lstm_gemv_batch(A, rows, cols, vp, yp, count);
      for (size_t b = 0; b < count; b++)
        ck_assert_msg(memcmp(y[b], want[b], rows * sizeof y[b][0]) == 0,
          "%s: lstm_gemv_batch of %zu vectors differs at vector %zu", set,
          count, b);
      ck_assert_int_eq(lstm_use_kernels("portable", &err), LSTM_OK);
      for (size_t b = 0; b < count; b++)
        lstm_mat_tvec(A, rows, cols, vt[b], want[b]);
      ck_assert_int_eq(lstm_use_kernels(set, &err), LSTM_OK);
      lstm_mat_tvec_batch(A, rows, cols, vtp, yp, count);
      for (size_t b = 0; b < count; b++)
        ck_assert_msg(memcmp(y[b], want[b], cols * sizeof y[b][0]) == 0,
          "%s: lstm_mat_tvec_batch of %zu vectors differs at vector %zu", set,
          count, b);
    }
  }
}

START_TEST(batched_kernels_give_the_same_bits)
{
  static const int outputs[3] = {LSTM_OUT_L2, LSTM_OUT_SOFTMAX, LSTM_OUT_NONE};
  char before[16];
  lstm_error err;
  long param;
  const lstm_method *bptt;
  lstm_error_clear(&err);
  snprintf(before, sizeof before, "%s", lstm_kernels());
  bptt = lstm_method_find("bptt", &param, &err);
  for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++) {
    if (lstm_use_kernels(sets[k], &err) != LSTM_OK) continue;
    batched_products_agree(sets[k]);
    for (int o = 0; o < 3; o++) {
      const size_t n = o == 2 ? 3 : 9, kk = o == 2 ? 3 : 2;
      lstm_net net, want, got;
      lstm_data data;
      lstm_stats st = {0};
      const lstm_seq *pick[7];
      double lwant, lgot;
      random_net(&net, 5, n, kk, outputs[o], 70 + o);
      random_data(&data, 5, kk, 7, 9, 0.7, outputs[o] == LSTM_OUT_SOFTMAX,
        80 + o);
      if (o == 1) /* a mask: no forget gate, and a pending cell */
        net.no_forget = 1, net.arch.pending = 1;
      for (size_t s = 0; s < data.count; s++) {
        data.seq[s].T = 1 + (s * 5) % 9; /* 1, 6, 2, 7, 3, 8, 4 */
        pick[s] = &data.seq[s];
      }
      ck_assert_int_eq(lstm_net_like(&want, &net, &err), LSTM_OK);
      ck_assert_int_eq(lstm_net_like(&got, &net, &err), LSTM_OK);
      ck_assert_int_eq(lstm_use_kernels("portable", &err), LSTM_OK);
      ck_assert_int_eq(lstm_gradient_threads(&net, &data, bptt, 0, 1, &want,
        &lwant, NULL, &err), LSTM_OK);
      ck_assert_int_eq(lstm_use_kernels(sets[k], &err), LSTM_OK);
      ck_assert_int_eq(lstm_gradient_batch(&net, pick, 7, &got, &lgot, &st,
        &err), LSTM_OK);
      ck_assert_msg(memcmp(want.theta, got.theta, net.P * sizeof
        *got.theta) == 0 && memcmp(&lwant, &lgot, sizeof lgot) == 0,
        "%s, output %d: the batched gradient differs from BPTT's one "
        "sequence at a time", sets[k], outputs[o]);
      ck_assert(st.work_bytes > 7 * net.P * sizeof(double));
      lstm_net_free(&want); lstm_net_free(&got); lstm_net_free(&net);
      lstm_data_free(&data);
    }
  }
  ck_assert_int_eq(lstm_use_kernels(before, &err), LSTM_OK);
}
END_TEST

Suite *threads_suite(void)
{
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("same bits");
  tcase_add_test(tc, threads_give_the_same_bits);
  tcase_add_test(tc, threads_sum_in_file_order);
  tcase_add_test(tc, batch_of_one_is_one_at_a_time);
  tcase_add_test(tc, batch_is_the_mean_step);
  tcase_add_test(tc, batches_give_the_same_bits);
  tcase_add_test(tc, batched_kernels_give_the_same_bits);
  suite_add_tcase(s, tc);
  return s;
}
