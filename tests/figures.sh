#!/bin/sh
# The data figures of the book are drawn by MetaPost's graph package from
# data files.  Check, for the committed files of book/ and book/experiments:
#  1. every data file (*.d) holds only finite numbers, at least two a line
#     (no NaN, no infinity, no word), and every data file that a figure
#     program names exists;
#  2. the report of the experiments, run now by LSTM on the committed
#     results in a scratch directory, writes the same data files, the same
#     figures.mp and the same tables as those committed;
#  3. MetaPost draws every data figure from them, in a scratch directory
#     (so that nothing of book/ is written), and each figure comes out.
# Usage: tests/figures.sh LSTM
set -e
lstm=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0

# 1. finite numbers only
for f in book/*.d book/experiments/*.d; do
  if ! awk 'NF == 0 { next }
    NF < 2 { exit 1 }
    { for (i = 1; i <= NF; i++)
        if ($i !~ /^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/) exit 1 }' "$f"; then
    echo "FAIL: $f holds something that is not a finite number"; bad=1
  fi
done
for mp in book/align.mp book/balance.mp book/inside.mp book/bias.mp book/text.mp book/experiments/figures.mp; do
  for d in $(sed -n 's/.*"\([^"]*\.d\)".*/\1/p' "$mp" | sort -u); do
    [ -f "$(dirname "$mp")/$d" ] || { echo "FAIL: $mp names $d, which is missing"; bad=1; }
  done
done

# 2. the report, now
mkdir "$tmp/exp"
cp book/experiments/results.txt book/experiments/results-long.txt \
  book/experiments/results-sensitivity.txt book/experiments/curve-*.txt "$tmp/exp/"
"$lstm" experiments --report "$tmp/exp" \
  "$(cat book/experiments/seconds.txt)" "$(cat book/experiments/seconds-long.txt)"
for f in "$tmp"/exp/*.d "$tmp/exp/figures.mp" "$tmp/exp/results.tex"; do
  g=book/experiments/${f##*/}
  if ! cmp -s "$f" "$g"; then
    echo "FAIL: $g is not what 'lstm experiments --report' writes now; run make experiments-report and commit"
    bad=1
  fi
done
for g in book/experiments/*.d; do
  [ -f "$tmp/exp/${g##*/}" ] || { echo "FAIL: $g is not written by the report"; bad=1; }
done

# 3. MetaPost draws every data figure
mkdir "$tmp/book"
cp book/*.d book/align.mp book/balance.mp book/inside.mp book/bias.mp book/text.mp "$tmp/book/"
cp book/experiments/*.d book/experiments/figures.mp "$tmp/exp/"
for job in book/align:3 book/balance:1 book/inside:3 book/bias:1 book/text:4 exp/figures:4; do
  name=${job%:*} count=${job#*:}
  dir=$tmp/${name%/*} base=${name#*/}
  if ! (cd "$dir" && mpost -interaction=batchmode -halt-on-error "$base.mp" >/dev/null); then
    grep -A3 '^!' "$dir/$base.log" | head -8
    echo "FAIL: MetaPost cannot draw $base.mp"; bad=1; continue
  fi
  for k in $(seq 1 "$count"); do
    [ -s "$dir/$base-$k.mps" ] || { echo "FAIL: $base.mp drew no figure $k"; bad=1; }
  done
done
[ $bad = 0 ] && echo "PASS: the data figures' files are finite and fresh, and MetaPost draws them"
exit $bad
