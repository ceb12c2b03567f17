#!/bin/sh
# The gradient of a file on several threads, through the lstm command:
# `lstm grad' and `lstm gradcheck' with --threads 1, 2, 3 and 7 must print
# the same bytes, for BPTT and two online methods, on a random file of 9
# sequences (book/threads-data.sh); and `lstm train --batch B' on 1, 2
# and 3 threads.  `make test' runs it with the release
# build and with a build under ThreadSanitizer (build/tsan/lstm), which
# fails the run on any data race.
# A file long enough to be read in pieces on several threads gives the
# same gradient on 1, 2 and 3 threads, from a file and from a pipe, and
# two copies of it with two mistakes each get, on 3 threads, the message
# of the first mistake that one thread gives.
# Usage: tests/threads.sh LSTM...
set -e
tmp=${TMPDIR:-/tmp}/lstm-threads.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
sh book/threads-data.sh 5 9 6 7 "$tmp/a.model" "$tmp/a.seq"
# A file of 260 kB, which the reader on several threads cuts into
# pieces of at least 64 kB, and two copies with a mistake in two of its
# sequences: sequence S starts on line 4 + 41(S - 1), and its step t is
# the line after that plus t.
sh book/threads-data.sh 8 20 40 3 "$tmp/b.model" "$tmp/b.seq"
# bad1: a bad number at step 7 of sequence 8, a NaN in sequence 17;
# bad2: a number too many at the last step of sequence 11, and sequence
# 19 announced one step short.
line1=$((4 + 41 * 7 + 1 + 7)) line2=$((4 + 41 * 10 + 1 + 39))
awk -v L=$line1 -v M=$((4 + 41 * 16 + 1 + 2)) 'NR == L { $3 = "0.5x" }
  NR == M { $1 = "nan" } { print }' "$tmp/b.seq" > "$tmp/bad1.seq"
awk -v L=$line2 -v M=$((4 + 41 * 18)) 'NR == L { $0 = $0 " 0.25" }
  NR == M { $2 = "39" } { print }' "$tmp/b.seq" > "$tmp/bad2.seq"
fail=0
for lstm in "$@"; do
  # The pieces: the same bytes on 1, 2 and 3 threads, from the file and
  # from a pipe.
  "$lstm" grad --threads 1 "$tmp/b.model" "$tmp/b.seq" > "$tmp/one"
  "$lstm" grad --threads 2 "$tmp/b.model" "$tmp/b.seq" > "$tmp/many"
  cat "$tmp/b.seq" | "$lstm" grad --threads 3 "$tmp/b.model" - > "$tmp/pipe"
  if ! cmp -s "$tmp/one" "$tmp/many" || ! cmp -s "$tmp/one" "$tmp/pipe"; then
    echo "threads.sh: $lstm grad of a file of pieces: 2 or 3 threads differ from 1" >&2
    fail=1
  fi
  # The first mistake of the file is the one reported, in the same words,
  # on any number of threads, and nothing is printed (with the first
  # build only: the pieces that fail are read again on one thread).
  [ "$lstm" = "$1" ] && for bad in bad1:$line1 bad2:$line2; do
    f=$tmp/${bad%:*}.seq line=${bad#*:}
    "$lstm" grad --threads 1 "$tmp/b.model" "$f" > "$tmp/out1" 2> "$tmp/err1" || :
    status=0
    "$lstm" grad --threads 3 "$tmp/b.model" "$f" > "$tmp/outn" 2> "$tmp/errn" || status=$?
    if [ $status != 1 ] || [ -s "$tmp/outn" ] || [ -s "$tmp/out1" ] ||
       ! cmp -s "$tmp/err1" "$tmp/errn" || ! grep -q "^$f:$line: " "$tmp/errn"; then
      echo "threads.sh: $lstm grad --threads 3 of ${bad%:*}.seq: status $status, not the message of line $line of --threads 1: $(cat "$tmp/errn")" >&2
      fail=1
    fi
  done
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
