/* The suites of the test program.  Each tests/check_*.c file defines one
   or more of them; check_main.c runs them all. */
#ifndef SUITES_H
#define SUITES_H
#include <check.h>
#include "lstm.h"

/* A passing assertion of Check writes its place (file and line) to the
   pipe between the test and the runner, so that a test that crashes can
   be reported "after this point": one system call per passing assertion.
   The suite checks every step of thousands of sequences, millions of
   assertions, and those writes took most of its time (the battery's
   case 18 s of 20 under load).  Here a passing assertion does nothing and
   a failing one fails as before, with the same message; a crash is
   reported at the start of its test, and the sanitizers' and valgrind's
   stack traces say where. */
#undef ck_assert_msg
#define ck_assert_msg(expr, ...) \
  ((expr) ? (void)0 : \
   _ck_assert_failed(__FILE__, __LINE__, "Assertion '" #expr "' failed", \
     __VA_ARGS__))

/* Where the test data live, relative to the top directory, from which
   `make test' runs the suite. */
#ifndef TESTDATA
#define TESTDATA "tests"
#endif
/* The lstm command under test and the directory for scratch files; the
   Makefile passes those of the build being tested. */
#ifndef LSTM_BIN
#define LSTM_BIN "build/release/lstm"
#endif
#ifndef TESTOUT
#define TESTOUT "build/release"
#endif

Suite *example_suite(void);   /* check_example.c: the worked example */
Suite *gradient_suite(void);  /* check_gradient.c: finite differences */
Suite *learning_suite(void);  /* check_learning.c: optimisers and tasks */
Suite *training_suite(void);  /* check_training.c: the training loop */
Suite *rtrl_suite(void);      /* check_rtrl.c: tbptt, rtrl and irtrl */
Suite *irtrl_suite(void);     /* check_irtrl.c: irtrl in blocks of steps */
Suite *online_suite(void);    /* check_online.c: snap1 and uoro */
Suite *formats_suite(void);   /* check_formats.c: files and commands */
Suite *speed_suite(void);     /* check_speed.c: kernels and the benchmark */
Suite *threads_suite(void);   /* check_threads.c: the same bits on threads */
Suite *exercises_suite(void); /* check_teaching.c: the student edition's */
Suite *answers_suite(void);   /* check_teaching.c: the answers' numbers */
Suite *lag_suite(void);       /* check_lag.c: the lag tasks and their cells */
Suite *safety_suite(void);    /* check_safety.c: no NaN passes, no file lost */
Suite *owndata_suite(void);   /* check_owndata.c: lstm train --data */
Suite *hybrid_suite(void);    /* check_hybrid.c: the hybrid and e-prop */
Suite *text_suite(void);      /* check_text.c: lstm train --text, sample, eval */
Suite *net1997_suite(void);   /* check_net1997.c: Experiment 2a's network */
Suite *battery_suite(void);   /* check_battery.c: the 1997 battery's tasks */

/* check_util.c: random networks and data for the tests.  A test case is a
   shape of network and data, drawn from a seed by make_case. */
typedef struct {
  const char *what;
  size_t m, n, k; /* k is ignored without an output layer */
  int output;
  size_t count, T; /* sequences, steps of the first */
  double target_fraction;
  unsigned long long seed;
} test_case;
void make_case(const test_case *c, lstm_net *net, lstm_data *data);
/* The shapes on which the online methods are compared (check_util.c). */
#define ONLINE_SHAPES 8
extern const test_case online_shapes[ONLINE_SHAPES];
/* Run a shell command line, return its exit status (tests that run the
   lstm command; TESTOUT is the build directory for scratch files). */
int run_command(const char *cmd, const char *tag);
/* Read a file into buf (at most size - 1 bytes, then a zero byte); return
   the number of bytes, or -1 when the file cannot be opened. */
long slurp(const char *path, char *buf, size_t size);
/* Check the gradient of the method named spec on case c against central
   differences (lstm_gradcheck), asserting that every block's relative
   error is within LSTM_CHECK_TOL; the comparison is left in *res. */
void assert_gradcheck(const test_case *c, const lstm_net *net,
  const lstm_data *data, const char *spec, lstm_check *res);
void random_net(lstm_net *net, size_t m, size_t n, size_t k, int output,
  unsigned long long seed);
void random_data(lstm_data *data, size_t m, size_t k, size_t count,
  size_t T, double target_fraction, int softmax, unsigned long long seed);
#endif
