/* The test program of the student edition (`make student-test').  It runs
   the worked-example and gradient-check suites and the exercises suite
   against the student's library, and then says, for every failure, which
   exercise the failing test checks.  The exercises are those whose
   answers book/student.ch removes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"

#ifndef STUDENT_CH
#define STUDENT_CH "the change file"
#endif

/* Which exercise each test case checks, and where its section is. */
static const struct {
  const char *tcase, *exercise, *where;
} map[] = {
  {"example", "bptt.3",
    "<Compute delta state_t and the gate deltas> in chapters/bptt.w"},
  {"finite differences", "bptt.3",
    "<Compute delta state_t and the gate deltas> in chapters/bptt.w"},
  {"Exercise rtrl.4", "rtrl.4",
    "<Form the rows of G_t for cell j> and <Update row j of S_t and H_t> "
    "in chapters/rtrl.w"},
  {"Exercise irtrl.3", "irtrl.3",
    "<Update the internal sensitivities> in chapters/irtrl.w"},
  {"Exercise snap1.5", "snap1.5",
    "<Find the SnAp-1 factors of row row> in chapters/snap1.w"},
};
#define MAPPED (sizeof map / sizeof map[0])

int main(void)
{
  SRunner *sr = srunner_create(example_suite());
  TestResult **fail;
  int failed, told[MAPPED] = {0}, unmapped = 0;
  srunner_add_suite(sr, gradient_suite());
  srunner_add_suite(sr, exercises_suite());
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  fail = srunner_failures(sr);
  for (int q = 0; q < failed; q++) {
    size_t e;
    for (e = 0; e < MAPPED && strcmp(map[e].tcase, tr_tcname(fail[q])); e++) {}
    if (e == MAPPED) {
      printf("FAILED %s: %s (no exercise: this is a fault of the edition)\n",
        tr_tcname(fail[q]), tr_msg(fail[q]));
      unmapped++;
      continue;
    }
    if (!told[e]) {
      printf("FAILED: Exercise %s is not solved yet: write %s,\n"
        "  in place of its stub in %s (first failure: %s)\n",
        map[e].exercise, map[e].where, STUDENT_CH, tr_msg(fail[q]));
      for (size_t d = 0; d < MAPPED; d++)
        if (strcmp(map[d].exercise, map[e].exercise) == 0) told[d] = 1;
    }
  }
  if (failed == 0)
    printf("PASSED: every exercise of the student edition is solved\n");
  free(fail);
  srunner_free(sr);
  return failed == 0 && unmapped == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
