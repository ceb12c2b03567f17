#!/bin/sh
# Step into the worked example with gdb the way the book tells a reader to,
# with names only (the book prints no line numbers): break in
# step_from_input, run `lstm example', watch the first cell's state, and
# continue to the line of chapters/forward.w that changes it; gdb must
# show that file and the state 0.785726... of the worked example at t=0.
# Usage: tests/gdb.sh PATH-TO-DEBUG-LSTM
lstm=${1:-build/debug/lstm}
if ! command -v gdb >/dev/null 2>&1; then
  echo "SKIP: gdb test (gdb is not installed)"
  exit 0
fi
# The watchpoint is a software one: on some virtual machines a hardware
# watchpoint never fires, and the program runs past the write.
out=$(gdb -q -batch -ex 'break step_from_input' -ex run \
  -ex 'set can-use-hw-watchpoints 0' -ex 'watch state[0]' -ex continue -ex 'print state[0]' -ex 'info source' \
  --args "$lstm" example 2>&1)
state=$(printf '%s\n' "$out" | sed -n 's/^\$1 = //p')
case "$state" in
  0.785726*) ;;
  *) printf '%s\n' "$out"; echo "FAIL: gdb test: state at t=0 is '$state', not 0.785726..."; exit 1;;
esac
printf '%s\n' "$out" | grep -q 'Current source file is chapters/forward.w' ||
  { printf '%s\n' "$out"; echo "FAIL: gdb test: gdb did not show chapters/forward.w"; exit 1; }
line=$(printf '%s\n' "$out" | sed -n 's/^\([0-9][0-9]*\)[[:space:]].*state\[j\].*/\1/p' | tail -1)
echo "PASS: gdb stops in step_from_input, at chapters/forward.w:$line, and prints state = $state"
