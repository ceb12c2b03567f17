#!/bin/sh
# Step into the worked example with gdb and land on a line of the literate
# source: break at the line of chapters/forward.w that carries the marker
# "gdb-marker: state is complete" in a CWEB comment (@q), i.e. the first line of
# code after it that computes out[j]; run `lstm example'; print the state.
# Usage: tests/gdb.sh PATH-TO-DEBUG-LSTM
lstm=${1:-build/debug/lstm}
if ! command -v gdb >/dev/null 2>&1; then
  echo "SKIP: gdb test (gdb is not installed)"
  exit 0
fi
marker=$(grep -n 'gdb-marker: state is complete' chapters/forward.w | cut -d: -f1)
[ -n "$marker" ] || { echo "FAIL: gdb test: no marker in chapters/forward.w"; exit 1; }
line=$(awk -v from="$marker" 'NR > from && /out\[j\] = tanh\(state\[j\]\)/ { print NR; exit }' chapters/forward.w)
[ -n "$line" ] || { echo "FAIL: gdb test: no line computing out[j] after the marker"; exit 1; }
out=$(gdb -q -batch -ex "break chapters/forward.w:$line" -ex run \
  -ex 'print state[0]' -ex 'info source' --args "$lstm" example 2>&1)
state=$(printf '%s\n' "$out" | sed -n 's/^\$1 = //p')
case "$state" in
  0.785726*) ;;
  *) printf '%s\n' "$out"; echo "FAIL: gdb test: state at t=0 is '$state', not 0.785726..."; exit 1;;
esac
printf '%s\n' "$out" | grep -q 'Current source file is chapters/forward.w' ||
  { printf '%s\n' "$out"; echo "FAIL: gdb test: gdb did not show chapters/forward.w"; exit 1; }
echo "PASS: gdb stops at chapters/forward.w:$line and prints state = $state"
