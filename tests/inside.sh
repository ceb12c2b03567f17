#!/bin/sh
# The numbers behind the figures of the chapter "Inside a trained network"
# must be what the program computes now: run book/inside.sh with the
# command LSTM into a scratch directory, from the committed networks, and
# compare everything it writes with the committed files.
# With a second command, such as the sanitizers' build, its output of
# \`lstm inspect' must be the same, bit for bit.
# Usage: tests/inside.sh LSTM [LSTM2]
set -e
lstm=$1 other=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh book/inside.sh "$lstm" "$tmp"
bad=0
for f in inside/lag.seq inside/trained.txt inside/untrained.txt \
    inside/lowforget.txt inside.mp inside.tex inside-state.d inside-gates.d \
    inside-2-trained.d inside-2-untrained.d inside-3-untrained.d \
    inside-3-lowforget.d; do
  if ! cmp -s "$tmp/$f" "book/$f"; then
    diff "$tmp/$f" "book/$f" | head -5
    echo "FAIL: book/$f is not what the program computes now; run make inside and commit"
    bad=1
  fi
done
if [ -n "$other" ]; then
  for net in trained untrained lowforget; do
    "$other" inspect book/inside/$net.model book/inside/lag.seq > "$tmp/other.txt"
    if ! cmp -s "$tmp/other.txt" book/inside/$net.txt; then
      echo "FAIL: $other inspect differs from book/inside/$net.txt"; bad=1
    fi
  done
fi
[ $bad = 0 ] && echo "PASS: the numbers behind the figures of the inside of a network are fresh"
exit $bad
