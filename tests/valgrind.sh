#!/bin/sh
# Run the test suite (in one process, so that valgrind sees every test)
# and `lstm example' under valgrind; any memory error or leak fails.
# Usage: tests/valgrind.sh CHECK-PROGRAM LSTM-PROGRAM
if ! command -v valgrind >/dev/null 2>&1; then
  echo "SKIP: valgrind test (valgrind is not installed)"
  exit 0
fi
# The Check cases tagged "slow" are left out here: the 1997 battery's,
# which draw and train on thousands of sequences, every kernel set against
# the portable one, and the larger shapes of the blocked RTRL and of the
# mean of UORO (the first shape of each stays).  Under valgrind they took
# three of its five minutes; make test runs them as built, with the
# portable kernels and under ASan/UBSan.
for cmd in "$1" "$2 example"; do
  if ! CK_FORK=no CK_EXCLUDE_TAGS=slow valgrind -q --error-exitcode=9 --leak-check=full \
       --errors-for-leak-kinds=definite,indirect $cmd >/dev/null 2>/tmp/valgrind.$$; then
    cat /tmp/valgrind.$$; rm -f /tmp/valgrind.$$
    echo "FAIL: valgrind: $cmd"; exit 1
  fi
done
rm -f /tmp/valgrind.$$
echo "PASS: valgrind reports no errors in the test suite and in lstm example"
