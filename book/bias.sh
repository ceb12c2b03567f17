#!/bin/sh
# What the input-gate bias does, measured: the figure and the numbers of
# the training chapter's section on the lag tasks' gate biases.  From the
# networks of book/bias/*.model (BPTT on the lag task with p = 100, seeds
# 1 to 5, input-gate biases b_i = 0, -2 and the default -1 - ln p, each
# before training and after it) and their training summaries
# book/bias/summary.txt (and the noisy lag task with a forget gate,
# book/bias/forget2c.txt), write into OUT (book, or a scratch directory for
# the test):
#   OUT/bias.txt      one line per network: what `lstm inspect' shows of it
#                     on the two sequences of the task (the claims of the
#                     text are checked against these lines)
#   OUT/bias.tex      the numbers the text quotes, as macros
#   OUT/bias.mp       the figure, which MetaPost draws with its graph
#   OUT/bias-*.d      package from these data files
# The output of `lstm inspect' itself (300 kB a network) is not kept.
# Every file is written to a temporary file beside it and renamed.
# `make bias' runs it with OUT = book; tests/bias.sh runs it into a
# scratch directory and compares.  `make bias-models' makes the networks.
# Usage: book/bias.sh LSTM OUT
set -e
lstm=$1 out=$2
p=100
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The two sequences of the lag task, y first, then x, as book/inside.sh
# writes them.
awk -v p=$p 'BEGIN {
  m = p + 1
  print "lstm-seq 1"
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
}' > "$tmp/lag.seq"

# One network a line.  For each model, its bias, seed and whether it was
# trained come from its name (b0, b2 or bd for the default; s1..s5; u
# for untrained, t for trained); whether training solved the task and
# after how many sequences, from the summary line of its run.
for b in bd b2 b0; do
  for s in 1 2 3 4 5; do
    for w in u t; do
      name=$b-s$s-$w
      "$lstm" inspect book/bias/$name.model "$tmp/lag.seq" > "$tmp/$name.txt"
      line=$(grep " $name\$" book/bias/summary.txt || true)
      [ -n "$line" ] || { echo "book/bias/summary.txt has no line for $name" >&2; exit 1; }
      awk -v name=$name -v line="$line" '
$1 == "sequence" { seq = $2 }
$1 == "step" {
  t = $2; n = (NF - 2) / 10 - 1; if (t + 1 > T) T = t + 1
  for (f = 3; f <= NF; f += n + 1)
    for (j = 1; j <= n; j++) v[seq, t, $f, j] = $(f + j)
}
function abs(x) { return x < 0 ? -x : x }
END {
  split(line, w, " ")
  solved = w[1] == "solved"
  seqs = solved ? w[3] : w[4]
  for (k = 1; k in w; k++) if (w[k] == "bias_i") bias = w[k + 1]
  drift = 0; sep = 0; cells = 0; err0 = 0; ig = 0; fp = 0; best = -1
  for (j = 1; j <= n; j++) {
    for (s = 1; s <= 2; s++) {
      if (abs(v[s, T - 1, "state", j]) > drift) drift = abs(v[s, T - 1, "state", j])
      if (abs(v[s, 0, "dstate", j]) > err0) err0 = abs(v[s, 0, "dstate", j])
    }
    d = abs(v[1, T - 1, "out", j] - v[2, T - 1, "out", j])
    if (d > sep) sep = d
    if (abs(v[1, T - 1, "state", j] - v[2, T - 1, "state", j]) > 1) cells++
    d = abs(v[1, T - 1, "state", j] - v[2, T - 1, "state", j])
    if (d > best) { best = d; jm = j }
    if (v[1, 0, "fprod", j] > fp) fp = v[1, 0, "fprod", j]
    for (t = 1; t < T; t++) ig += v[1, t, "i", j]
  }
  printf "network %s bias %s seed %s trained %d solved %d sequences %s " \
    "drift %.17g separation %.17g cells %d apart %.17g error0 %.17g " \
    "igate %.17g fprod0 %.17g\n", name, bias, substr(name, 5, 1),
    substr(name, 7) == "t", solved, seqs, drift, sep, cells, best, err0,
    ig / (n * (T - 1)), fp
}' "$tmp/$name.txt"
    done
  done
done > "$out/bias.txt.tmp"
mv "$out/bias.txt.tmp" "$out/bias.txt"

# The figure: before training (left) and after (right), for each network
# its separation of the last outputs and its largest error at step 0, on
# a logarithmic scale from 1e-16 to 10; a value below is drawn at the
# floor.  The networks of a bias stand in a column, the seeds side by
# side.  And the macros of the text: per bias and state of training, the
# smallest and largest of each measure, and the runs solved.
awk -v MP="$out/bias.mp.tmp" -v TEX="$out/bias.tex.tmp" -v DIR="$out" '
function abs(x) { return x < 0 ? -x : x }
function sci(x,   e) {
  if (x >= 0.1) return sprintf("%.2f", x)
  if (x == 0) return "0"
  e = 0; while (x < 1 && e < 400) { x *= 10; e++ }
  x = sprintf("%.0f", x); if (x == "10") { x = 1; e-- }
  return e == 0 ? x : sprintf("$%s\\cdot10^{-%d}$", x, e)
}
function num(x) { return x >= 10 ? sprintf("%.0f", x) : x >= 0.1 ? sprintf("%.2f", x) : sci(x) }
{
  for (k = 1; k < NF; k += 2) r[$k] = $(k + 1)
  b = substr(r["network"], 1, 2); w = r["trained"]; g = b ":" w
  col = b == "bd" ? 1 : b == "b2" ? 2 : 3
  x = col + (r["seed"] - 3) * 0.12
  for (q = 1; q <= 2; q++) {
    name = q == 1 ? "separation" : "error0"
    y = r[name]; if (y < 1e-16) y = 1e-16
    f = "bias-" (w ? "trained" : "untrained") "-" name ".d"
    printf "%.17g %.17g\n", x, y > (DIR "/" f ".tmp")
  }
  for (q = 1; q <= 6; q++) {
    name = q == 1 ? "drift" : q == 2 ? "separation" : q == 3 ? "error0" : q == 4 ? "cells" : q == 5 ? "igate" : "fprod0"
    y = r[name]
    if (!((g, name, "lo") in m) || y < m[g, name, "lo"]) m[g, name, "lo"] = y
    if (!((g, name, "hi") in m) || y > m[g, name, "hi"]) m[g, name, "hi"] = y
    key = g ":" r["solved"]
    if (!((key, name, "lo") in m) || y < m[key, name, "lo"]) m[key, name, "lo"] = y
    if (!((key, name, "hi") in m) || y > m[key, name, "hi"]) m[key, name, "hi"] = y
  }
  if (w) { runs[b]++; solved[b] += r["solved"]; if (r["solved"]) seqs[b, solved[b]] = r["sequences"] }
  bias[b] = r["bias"]
}
END {
  print "% Written by book/bias.sh from book/bias; do not edit." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "input graph" > MP
  print "numeric w, h; w := 2.05in; h := 1.9in;" > MP
  print "color bk; bk := (0.75,0.1,0.1);" > MP
  print "picture sep, err; sep := image(draw fullcircle scaled 4pt withpen pencircle scaled 0.7pt);" > MP
  print "err := image(draw (-2pt,-2pt)--(2pt,2pt) withpen pencircle scaled 0.8pt withcolor bk;" > MP
  print "  draw (-2pt,2pt)--(2pt,-2pt) withpen pencircle scaled 0.8pt withcolor bk);" > MP
  print "beginfig(1);" > MP
  for (w = 0; w <= 1; w++) {
    printf "picture P%s; P%s := begingraph(w, h);\n", w ? "b" : "a", w ? "b" : "a" > MP
    print "setcoords(linear, log); setrange(0.5, \"1e-16\", 3.5, \"10\");" > MP
    print "otick.bot(btex $-1-\\ln p$ etex, 1); otick.bot(btex $-2$ etex, 2); otick.bot(btex $0$ etex, 3);" > MP
    for (y = -16; y <= 0; y += 4) printf "otick.lft(btex $10^{%d}$ etex, \"1e%d\");\n", y, y > MP
    tag = w ? "trained" : "untrained"
    printf "gdraw \"bias-%s-separation.d\" plot sep;\n", tag > MP
    printf "gdraw \"bias-%s-error0.d\" plot err;\n", tag > MP
    print "glabel.bot(btex input-gate bias $b_i$ etex, OUT);" > MP
    if (!w) print "glabel.lft(btex value etex rotated 90, OUT);" > MP
    printf "glabel.top(btex %s etex, OUT);\n", w ? "after training" : "before training" > MP
    print "endgraph;" > MP
  }
  print "draw Pa; draw Pb shifted (w + 0.45in, 0);" > MP
  print "draw sep shifted (0.2in, -0.62in); label.rt(btex separation of the last outputs etex, (0.3in, -0.62in));" > MP
  print "draw err shifted (2.5in, -0.62in); label.rt(btex largest error at step 0 etex, (2.6in, -0.62in));" > MP
  print "endfig;\nend" > MP
  # the macros
  split("bd b2 b0", L, " ")
  for (li = 1; li <= 3; li++) {
    b = L[li]; delete a
    B = b == "bd" ? "default" : b == "b2" ? "minustwo" : "zero"
    printf "\\def\\bias%ssolved{%d}%%\n\\def\\bias%sruns{%d}%%\n", B, solved[b], B, runs[b] > TEX
    # median sequences of the solved runs
    k = solved[b]
    for (i = 1; i <= k; i++) a[i] = seqs[b, i] + 0
    for (i = 2; i <= k; i++) { z = a[i]; for (j = i - 1; j >= 1 && a[j] > z; j--) a[j + 1] = a[j]; a[j + 1] = z }
    med = k == 0 ? 0 : k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    s = sprintf("%.0f", med); if (length(s) > 3) s = substr(s, 1, length(s) - 3) "," substr(s, length(s) - 2)
    printf "\\def\\bias%smedian{%s}%%\n", B, s > TEX
    for (w = 0; w <= 1; w++)
      for (q = 1; q <= 6; q++) {
        name = q == 1 ? "drift" : q == 2 ? "separation" : q == 3 ? "error" : q == 4 ? "cells" : q == 5 ? "igate" : "fprod"
        field = q == 3 ? "error0" : q == 6 ? "fprod0" : name
        W = w ? "trained" : "untrained"
        printf "\\def\\bias%s%s%slo{%s}%%\n\\def\\bias%s%s%shi{%s}%%\n", B, W, name,
          q == 4 ? m[b ":" w, field, "lo"] : num(m[b ":" w, field, "lo"]),
          B, W, name, q == 4 ? m[b ":" w, field, "hi"] : num(m[b ":" w, field, "hi"]) > TEX
        if (w) for (sv = 0; sv <= 1; sv++) if ((b ":1:" sv, field, "lo") in m) {
          S = sv ? "solved" : "failed"
          printf "\\def\\bias%s%s%slo{%s}%%\n\\def\\bias%s%s%shi{%s}%%\n", B, S, name,
            q == 4 ? m[b ":1:" sv, field, "lo"] : num(m[b ":1:" sv, field, "lo"]),
            B, S, name, q == 4 ? m[b ":1:" sv, field, "hi"] : num(m[b ":1:" sv, field, "hi"]) > TEX
        }
      }
  }
}' "$out/bias.txt"
# The noisy lag task with a forget gate: the runs solved, of how many, and
# the budget, from the summary lines of book/bias/forget2c.txt.
awk '{ runs++; solved += $1 == "solved"; budget = $1 == "solved" ? budget : $4 }
END {
  b = sprintf("%d", budget); if (length(b) > 3) b = substr(b, 1, length(b) - 3) "," substr(b, length(b) - 2)
  printf "\\def\\biasforgetsolved{%d}%%\n\\def\\biasforgetruns{%d}%%\n\\def\\biasforgetbudget{%s}%%\n", solved, runs, b
}' book/bias/forget2c.txt >> "$out/bias.tex.tmp"
for f in "$out"/bias-*.d.tmp; do mv "$f" "${f%.tmp}"; done
mv "$out/bias.mp.tmp" "$out/bias.mp"
mv "$out/bias.tex.tmp" "$out/bias.tex"
