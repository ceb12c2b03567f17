#!/bin/sh
# The measurements of the chapter "How good is each gradient": run
# `lstm align' on the lag task at p = 5, 20, 100 and on the adding problem,
# at the initial weights and after 2,000 sequences of training, for five
# seeds each, and the variance of UORO against the number of cells; write
# the raw output to book/align.txt and the tables to book/align.tex.
# `make align' runs it (a few minutes); commit both files.
# Usage: book/align.sh LSTM > book/align.tex
set -e
lstm=$1
raw=book/align.txt
SEEDS="1 2 3 4 5 6 7 8 9 10"
TRAINED=2000
SAMPLES=100
: > $raw.tmp
for state in 0 $TRAINED; do
  for run in "lag 5" "lag 20" "lag 100" "adding 100"; do
    set -- $run
    task=$1 len=$2
    for seed in $SEEDS; do
      echo "run $task $len trained $state seed $seed" >> $raw.tmp
      "$lstm" align --task $task --length $len --trained $state --seed $seed \
        --methods tbptt:$((len / 2)),irtrl,snap1,uoro --samples $SAMPLES \
        >> $raw.tmp
    done
  done
done
for cells in 4 8 16 32; do
  for seed in $SEEDS; do
    echo "run lag 20 cells $cells seed $seed" >> $raw.tmp
    "$lstm" align --task lag --length 20 --cells $cells --seed $seed \
      --methods uoro --samples $SAMPLES >> $raw.tmp
  done
done
mv $raw.tmp $raw
# Each cell of a table is the mean over the seeds and, in brackets, the
# smallest and the largest value.  Every line that ends a definition ends
# with %, so that reading the file adds no space.
awk -v SEEDS="$(echo $SEEDS | wc -w)" -v TRAINED=$TRAINED -v SAMPLES=$SAMPLES '
function f(x) { return sprintf(x < 0 ? "$-$%.2f" : "%.2f", x < 0 ? -x : x) }
function g(x) { return x >= 1000 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x) }
function add(key, v) {
  n[key]++; s[key] += v
  if (!(key in lo) || v < lo[key]) lo[key] = v
  if (!(key in hi) || v > hi[key]) hi[key] = v
}
function cell(key) {
  if (!(key in n)) return "--"
  return f(s[key] / n[key]) "\\thinspace{\\sevenrm[" f(lo[key]) ", " f(hi[key]) "]}"
}
function cellg(key) {
  if (!(key in n)) return "--"
  return g(s[key] / n[key]) "\\thinspace{\\sevenrm[" g(lo[key]) ", " g(hi[key]) "]}"
}
$1 == "run" && $4 == "trained" { col = $2 " " $3; state = $5; cells = ""; next }
$1 == "run" && $4 == "cells" { col = ""; cells = $5; next }
$1 == "method" && cells == "" {
  name = $2; sub(/:.*/, "", name)
  add(state SUBSEP name SUBSEP col, name == "uoro" ? $6 : $4)
  if (name == "uoro") { add(state SUBSEP "uoromean" SUBSEP col, $12); add(state SUBSEP "bias" SUBSEP col, $14 / $16) }
}
$1 == "method" && cells != "" {
  add("n" SUBSEP cells SUBSEP "cos", $6); add("n" SUBSEP cells SUBSEP "var", $18)
  add("n" SUBSEP cells SUBSEP "mean", $12)
}
END {
  cols[1] = "lag 5"; cols[2] = "lag 20"; cols[3] = "lag 100"; cols[4] = "adding 100"
  label["tbptt"] = "\\.{tbptt:}$p/2$"; label["irtrl"] = "\\.{irtrl}"
  label["snap1"] = "\\.{snap1}"; label["uoro"] = "\\.{uoro}, one estimate"
  label["uoromean"] = "\\.{uoro}, mean of " SAMPLES
  label["bias"] = "\\.{uoro}, bias/noise"
  order[1] = "tbptt"; order[2] = "irtrl"; order[3] = "snap1"; order[4] = "uoro"
  order[5] = "uoromean"; order[6] = "bias"
  for (st = 0; st < 2; st++) {
    state = st ? TRAINED : 0
    printf "\\def\\align%s{%%\n", st ? "trained" : "init"
    for (r = 1; r <= 6; r++) {
      printf "%s", label[order[r]]
      for (c = 1; c <= 4; c++) printf "&&%s", cell(state SUBSEP order[r] SUBSEP cols[c])
      printf "\\cr%%\n"
    }
    printf "}%%\n"
  }
  printf "\\def\\alignuoro{%%\n"
  for (c = 4; c <= 32; c *= 2) {
    printf "$n=%d$&&%s&&%s&&%s\\cr%%\n", c, cellg("n" SUBSEP c SUBSEP "var"),
      cell("n" SUBSEP c SUBSEP "cos"), cell("n" SUBSEP c SUBSEP "mean")
  }
  printf "}%%\n"
  printf "\\def\\alignseeds{%d}%%\n\\def\\aligncount{%s}%%\n\\def\\alignsamples{%d}%%\n", SEEDS, TRAINED, SAMPLES
}' $raw
printf '\\def\\aligndate{%s}%%\n' "$(date -u +%Y-%m-%d)"
