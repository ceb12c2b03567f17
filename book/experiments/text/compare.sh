#!/bin/sh
# The comparison of the methods on the text (chapter "Learning from text"):
# every method for the same budget of processor time at two sizes, 30
# seconds at n = 16 (with exact RTRL) and 45 seconds at n = 64, from
# seed 1, with a row of the curve every 100,000 characters (10,000 for
# exact RTRL, which reads few).
# Run from this directory: sh compare.sh LSTM-BINARY; a run whose model
# is there already is not run again.
L=${1:-../../../build/release/lstm}
T=../../text/shakespeare.txt
run() { # name cells budget-seconds valid-every method
  $L train --text $T --valid-fraction 0.1 --cells $2 --length 100 --lr 0.002 \
    --seed 1 --epochs 100 --max-seconds $3 --valid-every $4 --method $5 \
    --curve $1.curve --out $1.model > $1.log 2>&1
}
for m in bptt irtrl snap1 uoro rtrl; do
  every=100000; [ $m = rtrl ] && every=10000
  [ -f "n16-$m.model" ] || run n16-$m 16 30 $every $m
done
for m in bptt irtrl snap1 uoro; do
  [ -f "n64-$m.model" ] || run n64-$m 64 45 100000 $m
done
