#!/bin/sh
# The influence-balancing experiment of the book: run `lstm balance' for
# every method (UORO from ten first seeds), keep every 50th episode of the
# output in book/balance.txt, and write book/balance.mp, the figure (drawn
# from the data files book/balance-*.d), and
# the table of losses as macros on standard output.  `make balance' runs
# it (under a minute) and writes book/balance.tex; commit the three files.
# With --redraw instead of LSTM it runs nothing: it writes the figure and
# the table again from book/balance.txt as it is.
# Usage: book/balance.sh LSTM > book/balance.tex
#        book/balance.sh --redraw > book/balance.tex.new
set -e
lstm=$1
raw=book/balance.txt
DET="bptt rtrl tbptt:2 tbptt:10 tbptt:30 tbptt:50 irtrl snap1"
USEEDS="1 100001 200001 300001 400001 500001 600001 700001 800001 900001"
if [ "$lstm" != --redraw ]; then
: > $raw.tmp
for m in $DET; do
  "$lstm" balance --method $m | awk -v m=$m '$1 == "episode" &&
    ($2 % 50 == 0 || $2 == 2999) { print m, 1, $2, $4, $6 }' >> $raw.tmp
done
for s in $USEEDS; do
  "$lstm" balance --method uoro --seed $s | awk -v s=$s '$1 == "episode" &&
    ($2 % 50 == 0 || $2 == 2999) { print "uoro", s, $2, $4, $6 }' >> $raw.tmp
done
mv $raw.tmp $raw
fi
awk -v MP=book/balance.mp.tmp -v DIR=book '
function f(x) { return x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x) }
function median(a, k,   i, j, t) {
  for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
    t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
  return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
function finite(x) { return x == x && x - x == 0 }
function clip(l) { return l < 0.5 ? 0.5 : l > 100 ? 100 : l }
{ loss[$1, $2, $3] = $5; if (!(($1, $2) in seen)) { seen[$1, $2] = 1; if ($1 == "uoro") useed[++nu] = $2 }
  ep[$3] = 1 }
END {
  ne = 0; for (e in ep) eps[++ne] = e + 0
  for (i = 2; i <= ne; i++) for (j = i; j > 1 && eps[j - 1] > eps[j]; j--) {
    t = eps[j]; eps[j] = eps[j - 1]; eps[j - 1] = t }
  for (i = 1; i <= ne; i++) {
    k = 0; for (s = 1; s <= nu; s++) a[++k] = loss["uoro", useed[s], eps[i]]
    umed[eps[i]] = median(a, k)
  }
  # the table: the loss at episodes 0, 100, 1000 and 2999
  split("0 100 1000 2999", at, " ")
  n = split("bptt rtrl tbptt:2 tbptt:10 tbptt:30 tbptt:50 irtrl snap1", det, " ")
  printf "\\def\\balancerows{%%\n"
  for (q = 1; q <= n; q++) {
    printf "\\.{%s}", det[q]
    for (c = 1; c <= 4; c++) printf "&&%s", f(loss[det[q], 1, at[c]])
    printf "\\cr%%\n"
  }
  printf "\\.{uoro}, median of %d", nu
  for (c = 1; c <= 4; c++) printf "&&%s", f(umed[at[c]])
  printf "\\cr%%\n"
  printf "\\.{uoro}, smallest--largest"
  for (c = 1; c <= 4; c++) {
    lo = hi = loss["uoro", useed[1], at[c]]
    for (s = 2; s <= nu; s++) { v = loss["uoro", useed[s], at[c]]; if (v < lo) lo = v; if (v > hi) hi = v }
    printf "&&%s--%s", f(lo), f(hi)
  }
  printf "\\cr%%\n}%%\n"
  final = loss["bptt", 1, 2999]; near = 0
  for (s = 1; s <= nu; s++) if (loss["uoro", useed[s], 2999] < 2 * final) near++
  printf "\\def\\balanceuoronear{%d}%%\n\\def\\balanceuoroseeds{%d}%%\n", near, nu
  near = 0
  for (s = 1; s <= nu; s++) if (loss["uoro", useed[s], 1000] < 2 * final) near++
  printf "\\def\\balanceuoronearthousand{%d}%%\n", near
  # the figure, drawn by the graph package of MetaPost from the data
  # files book/balance-*.d: an episode and the loss on each line, %.17g;
  # a loss that is not finite is left out, and one outside the scale, from
  # 0.5 to 100, is drawn at its edge
  print "% Written by book/balance.sh; do not edit." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "input graph" > MP
  print "numeric w, h; w := 3.3in; h := 2in;" > MP
  # each method in a colour, dash pattern and marker of its own (those of
  # figures of the Experiments chapter where the method is there); the
  # markers stand every 500 episodes, staggered by 100 from one method to
  # the next, so that lines that lie together still show all their marks
  print "color col[]; col0 := (0,0.45,0.70); col1 := (0.90,0.62,0);" > MP
  print "col2 := (0,0.62,0.45); col3 := (0.84,0.37,0); col4 := (0,0,0);" > MP
  print "pen mp; mp := pencircle scaled 0.6pt;" > MP
  print "def style(expr fam) = if fam = 0: withpen pencircle scaled 1.4pt" > MP
  print "  elseif fam = 1: dashed evenly scaled 1.2 withpen pencircle scaled 0.9pt" > MP
  print "  elseif fam = 2: dashed withdots scaled 0.7 withpen pencircle scaled 1pt" > MP
  print "  elseif fam = 3: dashed dashpattern(on 6pt off 2pt on 1pt off 2pt) withpen pencircle scaled 0.9pt" > MP
  print "  else: dashed dashpattern(on 5pt off 1.5pt on 1pt off 1.5pt on 1pt off 1.5pt)" > MP
  print "    withpen pencircle scaled 0.9pt fi withcolor col[fam] enddef;" > MP
  print "picture mark[];" > MP
  print "mark0 := image(fill fullcircle scaled 3.6pt withcolor col0);" > MP
  print "mark1 := image(draw unitsquare shifted (-.5,-.5) scaled 3.4pt withpen mp withcolor col1);" > MP
  print "mark2 := image(draw unitsquare shifted (-.5,-.5) rotated 45 scaled 4pt withpen mp withcolor col2);" > MP
  print "mark3 := image(fill (dir 90--dir 210--dir 330--cycle) scaled 2.6pt withcolor col3);" > MP
  print "mark4 := image(fill unitsquare shifted (-.5,-.5) scaled 3pt withcolor col4);" > MP
  print "beginfig(1);\ndraw begingraph(w, h);" > MP
  print "setcoords(linear, log); setrange(0, 0.5, \"3000\", 100);" > MP
  split("0 1000 2000 3000", xt, " ")
  for (c = 1; c <= 4; c++) printf "otick.bot(btex $%d$ etex, \"%d\");\n", xt[c], xt[c] > MP
  split("0.5 1 10 100", yt, " ")
  for (c = 1; c <= 4; c++) printf "otick.lft(btex $%s$ etex, %s);\n", yt[c], yt[c] > MP
  split("bptt tbptt:2 tbptt:10 irtrl uoro", cm, " ")
  split("bptt tbptt-2 tbptt-10 irtrl uoro-median", cf, " ")
  for (c = 1; c <= 5; c++) {
    file = "balance-" cf[c] ".d"; k = 0
    for (i = 1; i <= ne; i++) {
      l = c < 5 ? loss[cm[c], 1, eps[i]] : umed[eps[i]]
      if (!finite(l)) continue
      printf "%d %.17g\n", eps[i], clip(l) > (DIR "/" file ".tmp"); k++
    }
    printf "" > (DIR "/" file ".tmp"); close(DIR "/" file ".tmp")
    if (k) printf "gdraw \"%s\" style(%d);\n", file, c - 1 > MP
    if (k) printf "gdata(\"%s\", s, if (scantokens s1 + 500 - %d) mod 500 = 0: glabel(mark%d, s1, s2); fi)\n", file, 100 * (c - 1), c - 1 > MP
  }
  print "glabel.bot(btex episode etex, OUT); glabel.lft(btex loss etex rotated 90, OUT);\nendgraph;" > MP
  split("bptt, rtrl|tbptt:2|tbptt:10|irtrl, snap1|uoro (median)", lab, "|")
  for (c = 1; c <= 5; c++) {
    printf "draw (w+12pt,h-%d*12pt)--(w+36pt,h-%d*12pt) style(%d);\n", c - 1, c - 1, c - 1 > MP
    printf "draw mark%d shifted (w+24pt,h-%d*12pt);\n", c - 1, c - 1 > MP
    printf "label.rt(btex \\tt %s etex, (w+38pt,h-%d*12pt));\n", lab[c], c - 1 > MP
  }
  print "endfig;\nend" > MP
}' $raw
for f in book/balance.mp.tmp book/balance-*.d.tmp; do mv "$f" "${f%.tmp}"; done
