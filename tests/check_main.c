/* The test program: runs every suite and exits non-zero when a test fails.
   With LSTM_KERNELS set (make test runs it once with portable), the tests
   in this process use that set of kernels, as the lstm commands they run
   do; a name the processor cannot run fails at once. */
#include <stdio.h>
#include <stdlib.h>
#include "suites.h"

int main(void)
{
  SRunner *sr = srunner_create(example_suite());
  const char *kernels = getenv("LSTM_KERNELS");
  lstm_error err;
  int failed;
  if (kernels) {
    if (lstm_use_kernels(kernels, &err) != LSTM_OK) {
      fprintf(stderr, "LSTM_KERNELS: %s\n", err.msg);
      srunner_free(sr);
      return EXIT_FAILURE;
    }
    printf("kernels: %s\n", lstm_kernels());
  }
  srunner_add_suite(sr, gradient_suite());
  srunner_add_suite(sr, learning_suite());
  srunner_add_suite(sr, training_suite());
  srunner_add_suite(sr, rtrl_suite());
  srunner_add_suite(sr, irtrl_suite());
  srunner_add_suite(sr, online_suite());
  srunner_add_suite(sr, formats_suite());
  srunner_add_suite(sr, speed_suite());
  srunner_add_suite(sr, threads_suite());
  srunner_add_suite(sr, exercises_suite());
  srunner_add_suite(sr, answers_suite());
  srunner_add_suite(sr, lag_suite());
  srunner_add_suite(sr, net1997_suite());
  srunner_add_suite(sr, safety_suite());
  srunner_add_suite(sr, owndata_suite());
  srunner_add_suite(sr, hybrid_suite());
  srunner_add_suite(sr, text_suite());
  srunner_add_suite(sr, battery_suite());
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
