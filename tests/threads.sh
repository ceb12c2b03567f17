#!/bin/sh
# The gradient of a file on several threads, through the lstm command:
# `lstm grad' and `lstm gradcheck' with --threads 1, 2, 3 and 7 must print
# the same bytes, for BPTT and two online methods, on a random file of 9
# sequences (book/threads-data.sh).  `make test' runs it with the release
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
done
[ $fail = 0 ] && echo "threads.sh: the same bytes on 1, 2, 3 and 7 threads, in each of $# builds"
exit $fail
