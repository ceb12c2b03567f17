#!/bin/sh
# The measurements of the chapter "How good is each gradient": run
# `lstm align' on the lag task at p = 5, 20, 100 and on the adding problem,
# at the initial weights and after 2,000 sequences of training, for five
# seeds each, and the variance of UORO against the number of cells; write
# the raw output to book/align.txt, the tables to book/align.tex and the
# figures to book/align.mp.
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
awk -v MP=book/align.mp -v SEEDS="$(echo $SEEDS | wc -w)" -v TRAINED=$TRAINED -v SAMPLES=$SAMPLES '
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
  # the figures: the mean cosine against the lag, at the initial weights
  # (figure 1) and after training (figure 2), and the relative variance of UORO
  # against the number of cells (figure 3), with the range of the seeds
  print "% Written by book/align.sh; do not edit." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "numeric w, h; w := 1.65in; h := 1.4in;" > MP
  print "def style(expr fam) = if fam = 0: withpen pencircle scaled 1.2pt" > MP
  print "  elseif fam = 1: dashed evenly withpen pencircle scaled 0.8pt" > MP
  print "  elseif fam = 2: dashed withdots withpen pencircle scaled 1pt" > MP
  print "  else: withpen pencircle scaled 0.6pt withcolor 0.45white fi enddef;" > MP
  print "def frame(expr xl, yl) = draw (0,0)--(w,0); draw (0,0)--(0,h);" > MP
  print "  label.bot(xl, (w/2,-18pt)); label.lft(yl, (-22pt,h/2)); enddef;" > MP
  print "def xtick(expr x, s) = draw (x,0)--(x,-3pt); label.bot(s, (x,-3pt)); enddef;" > MP
  print "def ytick(expr y, s) = draw (0,y)--(-3pt,y); label.lft(s, (-3pt,y)); enddef;" > MP
  split("tbptt irtrl snap1 uoromean", fm, " ")
  split("tbptt:p/2|irtrl|snap1|uoro, mean", fl, "|")
  split("lag 5|lag 20|lag 100", lc, "|")
  for (st = 0; st < 2; st++) {
    state = st ? TRAINED : 0
    printf "beginfig(%d);\nframe(btex lag $p$ etex, btex cosine etex);\n", st + 1 > MP
    printf "xtick(0, btex $5$ etex); xtick(0.5w, btex $20$ etex); xtick(w, btex $100$ etex);\n" > MP
    printf "ytick(0, btex 0 etex); ytick(0.5h, btex ${1\\over2}$ etex); ytick(h, btex 1 etex);\n" > MP
    for (q = 1; q <= 4; q++) {
      line = ""
      for (c = 1; c <= 3; c++) {
        key = state SUBSEP fm[q] SUBSEP lc[c]
        y = s[key] / n[key]; y = y < 0 ? 0 : y
        line = line (c > 1 ? "--" : "") sprintf("(%.4f*w,%.4f*h)", (c - 1) / 2, y)
      }
      printf "draw %s style(%d);\n", line, q - 1 > MP
    }
    if (st == 1) for (q = 1; q <= 4; q++) {
      printf "draw (w+12pt,h-%d*11pt)--(w+32pt,h-%d*11pt) style(%d);\n", q - 1, q - 1, q - 1 > MP
      printf "label.rt(btex \\tt %s etex, (w+34pt,h-%d*11pt));\n", fl[q], q - 1 > MP
    }
    print "endfig;" > MP
  }
  # figure 3: log-log, n from 4 to 32 and the variance from 10 to 1000
  print "beginfig(3);\nframe(btex cells $n$ etex, btex variance etex);" > MP
  for (c = 4; c <= 32; c *= 2) printf "xtick(%.4f*w, btex $%d$ etex);\n", log(c / 4) / log(8), c > MP
  for (v = 10; v <= 1000; v *= 10) printf "ytick(%.4f*h, btex $%d$ etex);\n", log(v / 10) / log(100), v > MP
  line = ""
  for (c = 4; c <= 32; c *= 2) {
    key = "n" SUBSEP c SUBSEP "var"; x = log(c / 4) / log(8)
    line = line (c > 4 ? "--" : "") sprintf("(%.4f*w,%.4f*h)", x, log(s[key] / n[key] / 10) / log(100))
    printf "draw (%.4f*w,%.4f*h)--(%.4f*w,%.4f*h) withpen pencircle scaled 0.6pt;\n", x, log(lo[key] / 10) / log(100), x, log(hi[key] / 10) / log(100) > MP
  }
  printf "draw %s style(0);\n", line > MP
  print "endfig;\nend" > MP
  printf "\\def\\alignseeds{%d}%%\n\\def\\aligncount{%s}%%\n\\def\\alignsamples{%d}%%\n", SEEDS, TRAINED, SAMPLES
}' $raw
printf '\\def\\aligndate{%s}%%\n' "$(date -u +%Y-%m-%d)"
