#!/bin/sh
# The gradient of a file on several threads, through the lstm command:
# `lstm grad' and `lstm gradcheck' with --threads 1, 2, 3 and 7 must print
# the same bytes, for BPTT and two online methods, on a random file of 9
# sequences (book/threads-data.sh); and `lstm train --batch B' on 1, 2
# and 3 threads.  `make test' runs it with the release
# build and with a build under ThreadSanitizer (build/tsan/lstm), which
# fails the run on any data race.
# Usage: tests/threads.sh LSTM...
set -e
tmp=${TMPDIR:-/tmp}/lstm-threads.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
sh book/threads-data.sh 5 9 6 7 "$tmp/a.model" "$tmp/a.seq"
fail=0
for lstm in "$@"; do
  for method in bptt uoro snap1; do
    "$lstm" grad --method $method --threads 1 "$tmp/a.model" "$tmp/a.seq" > "$tmp/one"
    for n in 2 3 7; do
      "$lstm" grad --method $method --threads $n "$tmp/a.model" "$tmp/a.seq" > "$tmp/many"
      if ! cmp -s "$tmp/one" "$tmp/many"; then
        echo "threads.sh: $lstm grad --method $method: --threads $n differs from --threads 1" >&2
        fail=1
      fi
    done
  done
  "$lstm" gradcheck --sample 20 --threads 1 "$tmp/a.model" "$tmp/a.seq" > "$tmp/one"
  "$lstm" gradcheck --sample 20 --threads 3 "$tmp/a.model" "$tmp/a.seq" > "$tmp/many"
  if ! cmp -s "$tmp/one" "$tmp/many" || ! grep -q '^result pass$' "$tmp/one"; then
    echo "threads.sh: $lstm gradcheck: --threads 3 differs from --threads 1, or fails" >&2
    fail=1
  fi
  # lstm train --batch B on N threads: the model and the lines it prints
  # (but the processor seconds) are the same bytes for every N, for a
  # file, a task and a text; and --batch 1 is training without --batch.
  head -c 6000 "$0" > "$tmp/t.txt"
  for run in "--data $tmp/a.seq --epochs 2 --method bptt" \
             "--data $tmp/a.seq --epochs 2 --method uoro" \
             "--task adding --lag 12 --max-sequences 90" \
             "--text $tmp/t.txt --cells 6 --length 15 --method tbptt:5"; do
    "$lstm" train $run --out "$tmp/m0" | sed 's/ seconds [^ ]*//' > "$tmp/o0"
    for b in 1 3 9; do
      "$lstm" train $run --batch $b --threads 1 --out "$tmp/m1" |
        sed 's/ seconds [^ ]*//' > "$tmp/o1"
      if [ $b = 1 ] && ! { cmp -s "$tmp/m0" "$tmp/m1" && cmp -s "$tmp/o0" "$tmp/o1"; }; then
        echo "threads.sh: $lstm train $run: --batch 1 differs from no --batch" >&2
        fail=1
      fi
      for n in 2 3; do
        "$lstm" train $run --batch $b --threads $n --out "$tmp/mn" |
          sed 's/ seconds [^ ]*//' > "$tmp/on"
        if ! cmp -s "$tmp/m1" "$tmp/mn" || ! cmp -s "$tmp/o1" "$tmp/on"; then
          echo "threads.sh: $lstm train $run --batch $b: --threads $n differs from --threads 1" >&2
          fail=1
        fi
      done
    done
  done
done
[ $fail = 0 ] && echo "threads.sh: the same bytes on 1, 2, 3 and 7 threads, and for train --batch 1, 3 and 9 on 1, 2 and 3, in each of $# builds"
exit $fail
