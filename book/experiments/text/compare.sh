#!/bin/sh
# The comparison of the methods on the text (chapter "Learning from text"):
# every method at equal processor-time budgets, at two sizes, one seed.
# Run from this directory: sh compare.sh LSTM-BINARY
L=${1:-../../../build/release/lstm}
T=../../text/shakespeare.txt
run() { # name cells budget-seconds valid-every method
  $L train --text $T --valid-fraction 0.1 --cells $2 --length 100 --lr 0.002 \
    --seed 1 --epochs 100 --max-seconds $3 --valid-every $4 --method $5 \
    --curve $1.curve --out $1.model > $1.log 2>&1
}
for m in bptt irtrl snap1 uoro rtrl; do run n16-$m 16 90 50000 $m; done
for m in bptt irtrl snap1 uoro; do run n64-$m 64 150 200000 $m; done
