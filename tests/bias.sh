#!/bin/sh
# The measurements of the input-gate bias (book/bias.txt, bias.tex, bias.mp
# and its data files) must be what the program computes now from the
# committed networks of book/bias: run book/bias.sh with the command LSTM
# into a scratch directory and compare everything it writes.
# Usage: tests/bias.sh LSTM
set -e
lstm=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh book/bias.sh "$lstm" "$tmp"
bad=0
for f in bias.txt bias.tex bias.mp bias-untrained-separation.d \
    bias-untrained-error0.d bias-trained-separation.d bias-trained-error0.d; do
  if ! cmp -s "$tmp/$f" "book/$f"; then
    diff "$tmp/$f" "book/$f" | head -5
    echo "FAIL: book/$f is not what the program computes now; run make bias and commit"
    bad=1
  fi
done
[ $bad = 0 ] && echo "PASS: the measurements of the input-gate bias are fresh"
exit $bad
