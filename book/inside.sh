#!/bin/sh
# The figures of the chapter "Inside a trained network".  From the three
# networks of book/inside/*.model, write into OUT (book, or a scratch
# directory for the test):
#   OUT/inside/lag.seq        the two sequences of the lag task, p = 20
#   OUT/inside/NAME.txt       `lstm inspect' of each network on them
#   OUT/inside.mp             the three figures, drawn from those numbers
#   OUT/inside.tex            the numbers the text quotes, as macros
# Every file is written to a temporary file beside it and renamed.
# `make inside' runs it with OUT = book; tests/inside.sh runs it into a
# scratch directory and compares.  The networks themselves are made by
# `make inside-models' (see the Makefile); they are committed, so that
# the figures do not change when training does.
# Usage: book/inside.sh LSTM OUT
set -e
lstm=$1 out=$2
p=20
mkdir -p "$out/inside"

# The sequences: y a_1 ... a_{p-1} and x a_1 ... a_{p-1}, one-hot over the
# p+1 symbols (0 is x, 1 is y, j+1 is a_j), with the first symbol as the
# target of the last step only.
awk -v p=$p 'BEGIN {
  m = p + 1
  print "lstm-seq 1"
  print "# the two sequences of the lag task with p = " p ": y first, then x"
  print "inputs " m; print "targets " m
  for (s = 1; s >= 0; s--) {
    print "sequence " p
    for (t = 0; t < p; t++) {
      sym = t == 0 ? s : t + 1; line = ""
      for (j = 0; j < m; j++) line = line (j == sym ? "1" : "0") " "
      if (t < p - 1) line = line "-"
      else for (j = 0; j < m; j++) line = line (j == s ? " 1" : " 0")
      print line
    }
  }
}' > "$out/inside/lag.seq.tmp"
mv "$out/inside/lag.seq.tmp" "$out/inside/lag.seq"

for net in trained untrained lowforget; do
  "$lstm" inspect book/inside/$net.model "$out/inside/lag.seq" \
    > "$out/inside/$net.txt.tmp"
  mv "$out/inside/$net.txt.tmp" "$out/inside/$net.txt"
done

# The figures and the macros.  v[net, seq, t, name, j] holds the numbers.
awk -v MP="$out/inside.mp.tmp" -v TEX="$out/inside.tex.tmp" '
FNR == 1 { net = FILENAME; sub(/.*\//, "", net); sub(/\.txt$/, "", net) }
$1 == "sequence" { seq = $2 }
$1 == "step" {
  t = $2; n = (NF - 2) / 10 - 1; if (t + 1 > T) T = t + 1
  for (f = 3; f <= NF; f += n + 1)
    for (j = 1; j <= n; j++) v[net, seq, t, $f, j] = $(f + j)
}
function norm(net, seq, t, name,   j, s) {
  s = 0; for (j = 1; j <= n; j++) s += v[net, seq, t, name, j]^2
  return sqrt(s)
}
function big(net, seq, t, name,   j, b) {
  b = v[net, seq, t, name, 1]
  for (j = 2; j <= n; j++) if (v[net, seq, t, name, j] > b) b = v[net, seq, t, name, j]
  return b
}
# x for TeX: two decimals, or two digits times a power of ten below 0.1
function sci(x,   e) {
  if (x >= 0.1) return sprintf("%.2f", x)
  e = 0; while (x < 1 && e < 40) { x *= 10; e++ }
  return sprintf("%.1f\\times10^{-%d}", x, e)
}
function lg(x) { x = x < 1e-30 ? 1e-30 : x; return log(x) / log(10) }
function X(t) { return sprintf("%.4f*w", t / (T - 1)) }
# a curve of the cell j of a quantity of sequence seq, in [lo, hi]
function curve(net, seq, name, j, lo, hi, style,   t, s) {
  s = "draw "
  for (t = 0; t < T; t++)
    s = s (t ? "--" : "") sprintf("(%s,%.4f*h)", X(t),
      (v[net, seq, t, name, j] - lo) / (hi - lo))
  print s " " style ";" > MP
}
# a curve of log10 of the norm of dstate or of the largest fprod, on a
# scale from 10^lo to 10^hi
function logcurve(net, seq, what, lo, hi, style,   t, s, y) {
  s = "draw "
  for (t = 0; t < T; t++) {
    y = what == "dstate" ? lg(norm(net, seq, t, "dstate")) : lg(big(net, seq, t, "fprod"))
    s = s (t ? "--" : "") sprintf("(%s,%.4f*h)", X(t), (y - lo) / (hi - lo))
  }
  print s " " style ";" > MP
}
# the name of gate g beside its curve for sequence seq at step t
function gatelabel(g, seq, t, side, style) {
  printf "label.%s(btex $%s_t$ etex, (%s,%.4f*h)) %s;\n", side, g, X(t),
    v["trained", seq, t, g, jm], style > MP
}
function xaxis(   t) {
  print "draw (0,0)--(w,0);" > MP
  for (t = 0; t < T; t += 5)
    printf "draw (%s,0)--(%s,-3pt); label.bot(btex $%d$ etex, (%s,-3pt));\n", X(t), X(t), t, X(t) > MP
  printf "draw (%s,0)--(%s,-3pt); label.bot(btex $%d$ etex, (%s,-3pt));\n", X(T - 1), X(T - 1), T - 1, X(T - 1) > MP
  print "label.bot(btex step $t$ etex, (w/2,-16pt));" > MP
}
function yaxis(lo, hi, step, name,   y) {
  print "draw (0,0)--(0,h);" > MP
  for (y = step * int((lo + 1e-9 * step) / step + (lo > 0)); y <= hi + 1e-9; y += step)
    printf "draw (0,%.4f*h)--(-3pt,%.4f*h); label.lft(btex $%g$ etex, (-3pt,%.4f*h));\n", (y - lo) / (hi - lo), (y - lo) / (hi - lo), y, (y - lo) / (hi - lo) > MP
  print "label.lft(btex " name " etex, (-24pt,h/2));" > MP
}
# Figure k: both curves of each network of the list nets, in the styles
# of the list styles, on a scale from 10^lo to 10^hi with a tick every step
function logfig(k, nets, styles, lo, hi, step,   q, m, a, b, y) {
  printf "beginfig(%d);\n", k > MP
  xaxis()
  print "draw (0,0)--(0,h);" > MP
  for (y = lo; y <= hi; y += step)
    printf "draw (0,%.4f*h)--(-3pt,%.4f*h); label.lft(btex $10^{%d}$ etex, (-3pt,%.4f*h));\n", (y - lo) / (hi - lo), (y - lo) / (hi - lo), y, (y - lo) / (hi - lo) > MP
  m = split(nets, a, " "); split(styles, b, " ")
  for (q = 1; q <= m; q++) {
    logcurve(a[q], 1, "dstate", lo, hi, "style(" b[q] ")")
    logcurve(a[q], 1, "fprod", lo, hi, "style(" b[q] ") dashed evenly")
  }
  print "endfig;" > MP
}
END {
  # the cell that remembers: the largest difference of the last states
  best = -1
  for (j = 1; j <= n; j++) {
    d = v["trained", 1, T - 1, "state", j] - v["trained", 2, T - 1, "state", j]
    if (d < 0) d = -d
    if (d > best) { best = d; jm = j }
  }
  lo = 0; hi = 0
  for (s = 1; s <= 2; s++) for (t = 0; t < T; t++) for (j = 1; j <= n; j++) {
    x = v["trained", s, t, "state", j]; if (x < lo) lo = x; if (x > hi) hi = x
  }
  lo = -int(-lo + .999); hi = int(hi + .999); if (hi == lo) hi = lo + 1
  print "% Written by book/inside.sh from book/inside/*.txt; do not edit." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "numeric w, h; w := 4.2in; h := 1.5in;" > MP
  print "color bk; bk := (0.75,0.1,0.1);" > MP
  print "def style(expr k) = if k = 0: withpen pencircle scaled 1.1pt" > MP
  print "  elseif k = 1: withpen pencircle scaled 0.8pt withcolor 0.5white" > MP
  print "  else: withpen pencircle scaled 1.1pt withcolor bk fi enddef;" > MP
  # Figure 1: the states (top) and the memory cell gates (bottom)
  print "beginfig(1);" > MP
  print "h := 1.1in;" > MP
  print "picture top; top := image(" > MP
  xaxis(); yaxis(lo, hi, 5, "${\\it state}_t$")
  for (j = 1; j <= n; j++) if (j != jm) {
    curve("trained", 1, "state", j, lo, hi, "withcolor 0.7white")
    curve("trained", 2, "state", j, lo, hi, "withcolor 0.7white dashed evenly")
  }
  curve("trained", 1, "state", jm, lo, hi, "withpen pencircle scaled 1.2pt")
  curve("trained", 2, "state", jm, lo, hi, "withpen pencircle scaled 1.2pt dashed evenly")
  print ");" > MP
  print "draw top shifted (0, 1.5h);" > MP
  xaxis(); yaxis(0, 1, 0.5, "gate")
  curve("trained", 1, "i", jm, 0, 1, "withpen pencircle scaled 1pt withcolor bk")
  curve("trained", 2, "i", jm, 0, 1, "withpen pencircle scaled 1pt withcolor bk dashed evenly")
  curve("trained", 1, "f", jm, 0, 1, "withpen pencircle scaled 1pt")
  curve("trained", 2, "f", jm, 0, 1, "withpen pencircle scaled 1pt dashed evenly")
  curve("trained", 1, "o", jm, 0, 1, "withpen pencircle scaled 1pt withcolor 0.55white")
  curve("trained", 2, "o", jm, 0, 1, "withpen pencircle scaled 1pt withcolor 0.55white dashed evenly")
  gatelabel("i", 1, 12, "bot", "withcolor bk")
  gatelabel("f", 2, 2, "top", "")
  gatelabel("o", 1, 9, "bot", "withcolor 0.55white")
  print "endfig;" > MP
  print "h := 1.3in;" > MP
  # Figures 2 and 3: the error along the state and the forget gates
  logfig(2, "trained untrained", "0 1", -3, 1, 1)
  logfig(3, "untrained lowforget", "1 2", -20, 0, 5)
  print "end" > MP
  # the numbers of the text
  printf "\\def\\insidecell{%d}%%\n", jm - 1 > TEX
  printf "\\def\\insidelag{%d}%%\n", T > TEX
  for (q = 1; q <= 3; q++) {
    net = q == 1 ? "trained" : q == 2 ? "untrained" : "lowforget"
    r = norm(net, 1, 0, "dstate") / norm(net, 1, T - 1, "dstate")
    printf "\\def\\inside%sratio{%s}%%\n", net, sci(r) > TEX
    printf "\\def\\inside%skeep{%s}%%\n", net, sci(big(net, 1, 0, "fprod")) > TEX
  }
  # the memory cell at the first and the last step: y (1) and x (2)
  for (s = 1; s <= 2; s++) for (q = 0; q <= 1; q++) {
    t = q ? T - 1 : 0
    printf "\\def\\inside%s%s{%.3f}%%\n",
      s == 1 ? "y" : "x", q ? "last" : "first", v["trained", s, t, "state", jm] > TEX
    printf "\\def\\inside%s%si{%.3f}%%\n",
      s == 1 ? "y" : "x", q ? "last" : "first", v["trained", s, t, "i", jm] > TEX
  }
  lo = hi = v["trained", 1, 0, "f", jm]
  for (s = 1; s <= 2; s++) for (t = 0; t < T; t++) {
    x = v["trained", s, t, "f", jm]; if (x < lo) lo = x; if (x > hi) hi = x
  }
  printf "\\def\\insideflow{%.2f}%%\n\\def\\insidefhigh{%.3f}%%\n", lo, hi > TEX
}' "$out/inside/trained.txt" "$out/inside/untrained.txt" "$out/inside/lowforget.txt"
mv "$out/inside.mp.tmp" "$out/inside.mp"
mv "$out/inside.tex.tmp" "$out/inside.tex"
