#!/bin/sh
# The figures of the chapter "Inside a trained network".  From the three
# networks of book/inside/*.model, write into OUT (book, or a scratch
# directory for the test):
#   OUT/inside/lag.seq        the two sequences of the lag task, p = 20
#   OUT/inside/NAME.txt       `lstm inspect' of each network on them
#   OUT/inside-*.d            the curves of the figures, drawn from those
#                             numbers: their data files
#   OUT/inside.mp             the three figures, which MetaPost draws from
#                             the data files with its graph package
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
awk -v MP="$out/inside.mp.tmp" -v TEX="$out/inside.tex.tmp" -v DIR="$out" '
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
function finite(x) { return x == x && x - x == 0 }
# Each curve is a block of lines of a data file OUT/inside-*.d: a step and
# a value on each line, %.17g, and a blank line after the block, as the
# graph package of MetaPost reads it; a value that is not finite is left
# out.  emit(f, style) writes, into the MetaPost program, the command that
# draws the next block of f.
function emit(f, style) { printf "gdraw \"%s\" %s;\n", f, style > MP }
function endblock(f, k) { if (k) printf "\n" > (DIR "/" f ".tmp"); return k }
# the cell j of a quantity of sequence seq, drawn in the style given
function curve(f, net, seq, name, j, style,   t, k, y) {
  k = 0
  for (t = 0; t < T; t++) {
    y = v[net, seq, t, name, j]
    if (finite(y)) { printf "%d %.17g\n", t, y > (DIR "/" f ".tmp"); k++ }
  }
  if (endblock(f, k)) emit(f, style)
}
# the norm of dstate or the largest fprod of sequence 1, on a scale from
# 10^lo to 10^hi; a value outside it is drawn at its edge
function logcurve(f, net, what, lo, hi, style, mk,   t, k, y) {
  k = 0
  for (t = 0; t < T; t++) {
    y = what == "dstate" ? norm(net, 1, t, "dstate") : big(net, 1, t, "fprod")
    if (!finite(y)) continue
    y = y < 10^lo ? 10^lo : y > 10^hi ? 10^hi : y
    printf "%d %.17g\n", t, y > (DIR "/" f ".tmp"); k++
    # a marker every fifth step, so that the networks can be told apart
    # in grey too
    if (t % 5 == 0) printf "glabel(mark%s, \"%d\", \"%.6g\");\n", mk, t, y > MP
  }
  if (endblock(f, k)) emit(f, style)
}
# the name of gate g beside its curve for sequence seq at step t
function gatelabel(g, seq, t, side, style) {
  printf "glabel.%s(btex $%s_t$ etex, %d, %.6f) %s;\n", side, g, t,
    v["trained", seq, t, g, jm], style > MP
}
# the ticks of the steps: every fifth, and the last
function xticks(   t) {
  for (t = 0; t < T - 1; t += 5) printf "otick.bot(btex $%d$ etex, %d);\n", t, t > MP
  printf "otick.bot(btex $%d$ etex, %d);\n", T - 1, T - 1 > MP
}
# Figure k: both curves of each network of the list nets, in the styles
# of the list styles, on a scale from 10^lo to 10^hi with a tick every step
function logfig(k, nets, styles, lo, hi, step,   q, m, a, b, y, f) {
  printf "beginfig(%d);\ndraw begingraph(w, h);\n", k > MP
  printf "setcoords(linear, log); setrange(0, \"1e%d\", %d, \"1e%d\");\n", lo, T - 1, hi > MP
  xticks()
  for (y = lo; y <= hi; y += step)
    printf "otick.lft(btex $10^{%d}$ etex, \"1e%d\");\n", y, y > MP
  m = split(nets, a, " "); split(styles, b, " ")
  for (q = 1; q <= m; q++) {
    f = "inside-" k "-" a[q] ".d"
    logcurve(f, a[q], "dstate", lo, hi, "style(" b[q] ")", b[q])
    logcurve(f, a[q], "fprod", lo, hi, "style(" b[q] ") dashed evenly", b[q])
    close(DIR "/" f ".tmp")
  }
  print "glabel.bot(btex step $t$ etex, OUT);" > MP
  print "glabel.lft(btex $\\Vert\\delta{\\it state}_t\\Vert$, $\\max_j\\phi_{t,j}$ etex rotated 90, OUT);" > MP
  print "endgraph;\nendfig;" > MP
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
  print "% It draws with the graph package the curves of the data files inside-*.d." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "input graph" > MP
  print "numeric w, h; w := 4.2in; h := 1.5in;" > MP
  print "color bk; bk := (0.75,0.1,0.1);" > MP
  print "def style(expr k) = if k = 0: withpen pencircle scaled 1.1pt" > MP
  print "  elseif k = 1: withpen pencircle scaled 0.8pt withcolor 0.5white" > MP
  print "  else: withpen pencircle scaled 1.1pt withcolor bk fi enddef;" > MP
  # the markers of the networks in figures 2 and 3: the solved one a filled
  # circle, the untrained one an open square, the one with b_f = -2 a
  # filled triangle
  print "picture mark[]; mark0 := image(fill fullcircle scaled 3.4pt);" > MP
  print "mark1 := image(draw unitsquare shifted (-.5,-.5) scaled 3.4pt withpen pencircle scaled 0.6pt withcolor 0.5white);" > MP
  print "mark2 := image(fill (dir 90--dir 210--dir 330--cycle) scaled 2.6pt withcolor bk);" > MP
  # Figure 1: the states (top) and the memory cell gates (bottom)
  print "beginfig(1);" > MP
  print "h := 1.1in;" > MP
  print "picture top; top := begingraph(w, h);" > MP
  printf "setrange(0, %d, %d, %d);\n", lo, T - 1, hi > MP
  xticks()
  for (y = 5 * int((lo + 1e-9) / 5 + (lo > 0)); y <= hi + 1e-9; y += 5)
    printf "otick.lft(btex $%g$ etex, %g);\n", y, y > MP
  f = "inside-state.d"
  for (j = 1; j <= n; j++) if (j != jm) {
    curve(f, "trained", 1, "state", j, "withcolor 0.7white")
    curve(f, "trained", 2, "state", j, "withcolor 0.7white dashed evenly")
  }
  curve(f, "trained", 1, "state", jm, "withpen pencircle scaled 1.2pt")
  curve(f, "trained", 2, "state", jm, "withpen pencircle scaled 1.2pt dashed evenly")
  close(DIR "/" f ".tmp")
  print "glabel.bot(btex step $t$ etex, OUT); glabel.lft(btex ${\\it state}_t$ etex, OUT);" > MP
  print "endgraph;" > MP
  print "draw top shifted (0, 1.5h);" > MP
  print "draw begingraph(w, h);" > MP
  printf "setrange(0, 0, %d, 1);\n", T - 1 > MP
  xticks()
  print "otick.lft(btex $0$ etex, 0); otick.lft(btex $0.5$ etex, 0.5); otick.lft(btex $1$ etex, 1);" > MP
  f = "inside-gates.d"
  curve(f, "trained", 1, "i", jm, "withpen pencircle scaled 1pt withcolor bk")
  curve(f, "trained", 2, "i", jm, "withpen pencircle scaled 1pt withcolor bk dashed evenly")
  curve(f, "trained", 1, "f", jm, "withpen pencircle scaled 1pt")
  curve(f, "trained", 2, "f", jm, "withpen pencircle scaled 1pt dashed evenly")
  curve(f, "trained", 1, "o", jm, "withpen pencircle scaled 1pt withcolor 0.55white")
  curve(f, "trained", 2, "o", jm, "withpen pencircle scaled 1pt withcolor 0.55white dashed evenly")
  close(DIR "/" f ".tmp")
  gatelabel("i", 1, 12, "bot", "withcolor bk")
  gatelabel("f", 2, 2, "top", "")
  gatelabel("o", 1, 9, "bot", "withcolor 0.55white")
  print "glabel.bot(btex step $t$ etex, OUT); glabel.lft(btex gate etex, OUT);" > MP
  print "endgraph;\nendfig;" > MP
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
for f in "$out"/inside-*.d.tmp; do mv "$f" "${f%.tmp}"; done
mv "$out/inside.mp.tmp" "$out/inside.mp"
mv "$out/inside.tex.tmp" "$out/inside.tex"
