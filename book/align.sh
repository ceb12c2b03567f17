#!/bin/sh
# The measurements of the chapter "How good is each gradient": run
# `lstm align' on the lag task at p = 5, 20, 100 and on the adding problem,
# at the initial weights and after 2,000 sequences of training, for five
# seeds each, and the variance of UORO against the number of cells; write
# the raw output to book/align.txt, the tables to book/align.tex, and the
# figures to book/align.mp, which draws them from the data files
# book/align-*.d.
# `make align' runs it (a few minutes); commit both files.
# With --redraw instead of LSTM it measures nothing: it writes the tables
# and the figures again from book/align.txt as it is, with the date of the
# measurement that book/align.tex gives.
# Usage: book/align.sh LSTM > book/align.tex
#        book/align.sh --redraw > book/align.tex.new
set -e
lstm=$1
raw=book/align.txt
SEEDS="1 2 3 4 5 6 7 8 9 10"
TRAINED=2000
SAMPLES=100
if [ "$lstm" = --redraw ]; then
  date=$(sed -n 's/^\\def\\aligndate{\(.*\)}%$/\1/p' book/align.tex)
else
date=$(date -u +%Y-%m-%d)
: > $raw.tmp
for state in 0 $TRAINED; do
  for run in "lag 5" "lag 20" "lag 100" "adding 100"; do
    set -- $run
    task=$1 len=$2
    for seed in $SEEDS; do
      echo "run $task $len trained $state seed $seed" >> $raw.tmp
      "$lstm" align --task $task --length $len --trained $state --seed $seed \
        --methods tbptt:$((len / 2)),irtrl,snap1,uoro,hybrid,eprop:random \
        --samples $SAMPLES \
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
fi
# Each cell of a table is the mean over the seeds and, in brackets, the
# smallest and the largest value.  Every line that ends a definition ends
# with %, so that reading the file adds no space.
awk -v MP=book/align.mp.tmp -v DIR=book -v SEEDS="$(echo $SEEDS | wc -w)" -v TRAINED=$TRAINED -v SAMPLES=$SAMPLES '
function finite(x) { return x == x && x - x == 0 }
function clip(x) { return x < 10 ? 10 : x > 1000 ? 1000 : x }
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
  add(state SUBSEP name SUBSEP col, name == "uoro" ? $6 : name == "eprop" ? $8 : $4)
  if (name == "uoro") { add(state SUBSEP "uoromean" SUBSEP col, $12); add(state SUBSEP "bias" SUBSEP col, $14 / $16) }
}
$1 == "method" && cells != "" {
  add("n" SUBSEP cells SUBSEP "cos", $6); add("n" SUBSEP cells SUBSEP "var", $18)
  add("n" SUBSEP cells SUBSEP "mean", $12)
}
END {
  cols[1] = "lag 5"; cols[2] = "lag 20"; cols[3] = "lag 100"; cols[4] = "adding 100"
  label["tbptt"] = "\\.{tbptt:}$\\lfloor p/2\\rfloor$"; label["irtrl"] = "\\.{irtrl}"
  label["snap1"] = "\\.{snap1}"; label["uoro"] = "\\.{uoro}, one estimate"
  label["uoromean"] = "\\.{uoro}, mean of " SAMPLES
  label["bias"] = "\\.{uoro}, bias/noise"
  label["hybrid"] = "\\.{hybrid}"; label["eprop"] = "\\.{eprop:random}, spread"
  order[1] = "tbptt"; order[2] = "irtrl"; order[3] = "snap1"; order[4] = "hybrid"
  order[5] = "eprop"; order[6] = "uoro"; order[7] = "uoromean"; order[8] = "bias"
  for (st = 0; st < 2; st++) {
    state = st ? TRAINED : 0
    printf "\\def\\align%s{%%\n", st ? "trained" : "init"
    for (r = 1; r <= 8; r++) {
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
  # against the number of cells (figure 3), with the range of the seeds.
  # They are drawn by the graph package of MetaPost from the data files
  # book/align-*.d, one point per line, %.17g; a point that is not finite is
  # left out, and a value outside the scale of its figure is drawn at the edge.
  print "% Written by book/align.sh; do not edit." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "input graph" > MP
  print "numeric w, h; w := 1.65in; h := 1.4in;" > MP
  # each method in the colour, dash pattern and marker that the figures
  # of the Experiments chapter give it: tbptt, irtrl, snap1, uoro
  print "color col[]; col0 := (0.90,0.62,0); col1 := (0.84,0.37,0);" > MP
  print "col2 := (0.34,0.71,0.91); col3 := (0,0,0); pen mp; mp := pencircle scaled 0.6pt;" > MP
  print "def style(expr fam) = if fam = 0: dashed evenly scaled 1.2 withpen pencircle scaled 0.9pt" > MP
  print "  elseif fam = 1: dashed dashpattern(on 6pt off 2pt on 1pt off 2pt) withpen pencircle scaled 0.9pt" > MP
  print "  elseif fam = 2: dashed evenly scaled 0.6 withpen pencircle scaled 1.1pt" > MP
  print "  else: dashed dashpattern(on 5pt off 1.5pt on 1pt off 1.5pt on 1pt off 1.5pt)" > MP
  print "    withpen pencircle scaled 0.9pt fi withcolor col[fam] enddef;" > MP
  print "picture mark[];" > MP
  print "mark0 := image(draw unitsquare shifted (-.5,-.5) scaled 3.4pt withpen mp withcolor col0);" > MP
  print "mark1 := image(fill (dir 90--dir 210--dir 330--cycle) scaled 2.6pt withcolor col1);" > MP
  print "mark2 := image(draw (-1.8pt,-1.8pt)--(1.8pt,1.8pt) withpen mp withcolor col2;" > MP
  print "  draw (-1.8pt,1.8pt)--(1.8pt,-1.8pt) withpen mp withcolor col2);" > MP
  print "mark3 := image(fill unitsquare shifted (-.5,-.5) scaled 3pt withcolor col3);" > MP
  print "def bar(expr x, lo, hi) text t = begingroup interim Gpaths := log;" > MP
  print "  interim warningcheck := 0;" > MP
  print "  gdraw (Mlog_str x, Mlog_str lo)--(Mlog_str x, Mlog_str hi) t; endgroup enddef;" > MP
  split("tbptt irtrl snap1 uoromean", fm, " ")
  split("tbptt:$\\lfloor p/2\\rfloor$|irtrl|snap1|uoro, mean", fl, "|")
  split("lag 5|lag 20|lag 100", lc, "|")
  split("5 20 100", lag, " ")
  for (st = 0; st < 2; st++) {
    state = st ? TRAINED : 0
    printf "beginfig(%d);\ndraw begingraph(w, h);\n", st + 1 > MP
    print "setcoords(log, linear); setrange(4.5, -0.05, 110, 1.05);" > MP
    print "otick.bot(btex $5$ etex, 5); otick.bot(btex $20$ etex, 20); otick.bot(btex $100$ etex, 100);" > MP
    print "otick.lft(btex 0 etex, 0); otick.lft(btex ${1\\over2}$ etex, 0.5); otick.lft(btex 1 etex, 1);" > MP
    for (q = 1; q <= 4; q++) {
      file = sprintf("align-%s-%s.d", st ? "trained" : "init", fm[q])
      k = 0
      for (c = 1; c <= 3; c++) {
        key = state SUBSEP fm[q] SUBSEP lc[c]
        if (!(key in n)) continue
        y = s[key] / n[key]; if (!finite(y)) continue
        printf "%d %.17g\n", lag[c], (y < 0 ? 0 : y > 1 ? 1 : y) > (DIR "/" file ".tmp"); k++
      }
      printf "" > (DIR "/" file ".tmp"); close(DIR "/" file ".tmp")
      if (k) printf "gdraw \"%s\" style(%d); gdraw \"%s\" plot mark%d;\n", file, q - 1, file, q - 1 > MP
    }
    print "glabel.bot(btex lag $p$ etex, OUT); glabel.lft(btex cosine etex rotated 90, OUT);" > MP
    printf "glabel.top(btex %s etex, OUT);\nendgraph;\n", st ? "after training" : "initial weights" > MP
    if (st == 1) for (q = 1; q <= 4; q++) {
      printf "draw (w+12pt,h-%d*12pt)--(w+36pt,h-%d*12pt) style(%d);\n", q - 1, q - 1, q - 1 > MP
      printf "draw mark%d shifted (w+24pt,h-%d*12pt);\n", q - 1, q - 1 > MP
      printf "label.rt(btex \\tt %s etex, (w+38pt,h-%d*12pt));\n", fl[q], q - 1 > MP
    }
    print "endfig;" > MP
  }
  # figure 3: log-log, n from 4 to 32 and the variance from 10 to 1000; a
  # line of the data file holds n, the mean and the smallest and largest;
  # the axis of n reaches beyond 4 and 32, so that their bars stand clear
  file = "align-uoro-variance.d"; k = 0
  for (c = 4; c <= 32; c *= 2) {
    key = "n" SUBSEP c SUBSEP "var"
    if (!(key in n)) continue
    y = s[key] / n[key]
    if (!finite(y) || !finite(lo[key]) || !finite(hi[key])) continue
    printf "%d %.17g %.17g %.17g\n", c, clip(y), clip(lo[key]), clip(hi[key]) > (DIR "/" file ".tmp"); k++
  }
  printf "" > (DIR "/" file ".tmp"); close(DIR "/" file ".tmp")
  print "beginfig(3);\ndraw begingraph(w, h);" > MP
  print "setcoords(log, log); setrange(3.6, 10, 36, 1000);" > MP
  for (c = 4; c <= 32; c *= 2) printf "otick.bot(btex $%d$ etex, %d);\n", c, c > MP
  for (v = 10; v <= 1000; v *= 10) printf "otick.lft(btex $%d$ etex, %d);\n", v, v > MP
  if (k) {
    printf "gdraw \"%s\" style(3); gdraw \"%s\" plot mark3;\n", file, file > MP
    printf "gdata(\"%s\", s, bar(s1, s3, s4) withpen pencircle scaled 0.6pt withcolor col3;)\n", file > MP
  }
  print "glabel.bot(btex cells $n$ etex, OUT); glabel.lft(btex relative variance etex rotated 90, OUT);\nendgraph;" > MP
  print "endfig;\nend" > MP
  printf "\\def\\alignseeds{%d}%%\n\\def\\aligncount{%s}%%\n\\def\\alignsamples{%d}%%\n", SEEDS, TRAINED, SAMPLES
}' $raw
for f in book/align.mp.tmp book/align-*.d.tmp; do mv "$f" "${f%.tmp}"; done
printf '\\def\\aligndate{%s}%%\n' "$date"
