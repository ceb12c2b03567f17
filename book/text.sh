#!/bin/sh
# The numbers, table, figures and samples of the chapter "Learning from
# text", from the committed runs of book/experiments/text (the curves and
# logs that `lstm train --text' wrote; see compare.sh there and the
# Makefile's `text-runs').  With LSTM it first remakes the samples of the
# best model (book/experiments/text/sample-*.txt, by `lstm sample') and
# measures the reading of the text (`lstm eval'); with --redraw it only
# rewrites, from the files as they are:
#   book/text.mp, book/text-*.d   the figures and their data files
#   standard output                the macros the chapter reads (book/text.tex)
# Usage: book/text.sh LSTM > book/text.tex
#        book/text.sh --redraw > book/text.tex
set -e
lstm=$1
E=book/experiments/text
T=book/text/shakespeare.txt
best=$E/best-n256
if [ "$lstm" != --redraw ]; then
  for t in 0.5 1 1.5; do
    "$lstm" sample $best.model --temperature $t --seed 1 --length 500 \
      --prime "ROMEO:" > $E/sample-$t.txt.tmp
    mv $E/sample-$t.txt.tmp $E/sample-$t.txt
  done
  "$lstm" eval $E/n16-bptt.model --text $T > $E/read.txt.tmp
  mv $E/read.txt.tmp $E/read.txt
fi

# The unigram entropy of the text: the entropy of its byte frequencies.
od -An -v -tu1 $T | awk '{ for (i = 1; i <= NF; i++) c[$i]++; n += NF }
  END { for (b in c) { p = c[b] / n; h -= p * log(p) }
        printf "\\def\\textunigram{%.2f}%%\n\\def\\textunigrambits{%.2f}%%\n", h, h / log(2)
        printf "\\def\\textalphabet{%d}%%\n", length(c) }'
awk '{ for (i = 1; i < NF; i++) if ($i == "bytes") b = $(i + 1);
         else if ($i == "read_seconds") s = $(i + 1) }
  END { printf "\\def\\textbytes{%d}%%\n\\def\\textreadms{%.1f}%%\n", b, 1000 * s }' $E/read.txt

# The comparison: for each size and method the last row of its curve
# (the budget spent), and the last row at or below the most characters
# that every method of its size but exact RTRL reached (exact RTRL, which
# reads few, gets a dash there when it did not reach them).
for m in bptt irtrl snap1 uoro rtrl; do
  for f in $E/n*-$m.curve; do
    [ -f "$f" ] || continue
    name=${f##*/}; name=${name%.curve}
    awk -v name=$name '!/^#/ { print name, $0 }' $f
  done
done | awk -v MP=book/text.mp.tmp -v DIR=book '
function f2(x) { return sprintf("%.2f", x) }
function finite(x) { return x == x && x - x == 0 }
{ split($1, w, "-"); size = substr(w[1], 2) + 0; m = w[2]
  key = size SUBSEP m
  if (!(key in rows)) { order[size, ++nm[size]] = m; sizes[size] = 1 }
  r = ++rows[key]
  chars[key, r] = $3; secs[key, r] = $4; valid[key, r] = $6; bits[key, r] = $7
  if (!finite($6) || !finite($7)) bad = 1 }
END {
  ns = 0; for (s in sizes) sz[++ns] = s + 0
  if (ns == 2 && sz[1] > sz[2]) { t = sz[1]; sz[1] = sz[2]; sz[2] = t }
  printf "\\def\\textrows{%%\n"
  for (q = 1; q <= ns; q++) {
    s = sz[q]; common = -1
    for (j = 1; j <= nm[s]; j++) {
      key = s SUBSEP order[s, j]; last = rows[key]
      if (order[s, j] == "rtrl") continue
      if (common < 0 || chars[key, last] < common) common = chars[key, last]
    }
    commonchars[q] = common
    for (j = 1; j <= nm[s]; j++) {
      m = order[s, j]; key = s SUBSEP m; last = rows[key]
      at = 1; for (r = 1; r <= last; r++) if (chars[key, r] <= common) at = r
      printf "%s&\\.{%s}&%.2f&%.1f&%s&%s\\cr%%\n", j == 1 ? "$" s "$" : "", m,
        chars[key, last] / 1e6, 1e6 * secs[key, last] / chars[key, last],
        f2(bits[key, last]), chars[key, last] < common ? "---" : f2(bits[key, at])
      eq[m] = bits[key, at]
    }
    gap[q] = 0
    if (("irtrl" in eq) && eq["irtrl"] - eq["bptt"] > gap[q]) gap[q] = eq["irtrl"] - eq["bptt"]
    if (("irtrl" in eq) && eq["bptt"] - eq["irtrl"] > gap[q]) gap[q] = eq["bptt"] - eq["irtrl"]
    if (("snap1" in eq) && eq["snap1"] - eq["bptt"] > gap[q]) gap[q] = eq["snap1"] - eq["bptt"]
    if (("snap1" in eq) && eq["bptt"] - eq["snap1"] > gap[q]) gap[q] = eq["bptt"] - eq["snap1"]
    uorogap[q] = eq["uoro"] - eq["bptt"]
    delete eq
    if (q < ns) printf "\\noalign{\\smallskip}%%\n"
  }
  printf "}%%\n"
  printf "\\def\\textsmall{%d}%%\n\\def\\textlarge{%d}%%\n", sz[1], sz[ns]
  printf "\\def\\textcommonsmall{%.2f}%%\n\\def\\textcommonlarge{%.2f}%%\n",
    commonchars[1] / 1e6, commonchars[ns] / 1e6
  printf "\\def\\textbudgetsmall{%.0f}%%\n", secs[sz[1] SUBSEP "bptt", rows[sz[1] SUBSEP "bptt"]]
  printf "\\def\\textbudgetlarge{%.0f}%%\n", secs[sz[ns] SUBSEP "bptt", rows[sz[ns] SUBSEP "bptt"]]
  printf "\\def\\textgapsmall{%.2f}%%\n\\def\\textgaplarge{%.2f}%%\n", gap[1], gap[ns]
  printf "\\def\\textuorogapsmall{%.2f}%%\n\\def\\textuorogaplarge{%.2f}%%\n", uorogap[1], uorogap[ns]
  # the figures: validation bits against seconds and against characters,
  # at the larger size; at the smaller, the same against seconds
  print "% Written by book/text.sh; do not edit." > MP
  print "prologues := 3; outputtemplate := \"%j-%c.mps\";" > MP
  print "input graph" > MP
  print "numeric w, h; w := 3.6in; h := 1.9in;" > MP
  print "def style(expr fam) = if fam = 0: withpen pencircle scaled 1.2pt" > MP
  print "  elseif fam = 1: dashed evenly withpen pencircle scaled 0.8pt" > MP
  print "  elseif fam = 2: dashed withdots withpen pencircle scaled 1pt" > MP
  print "  elseif fam = 3: withpen pencircle scaled 0.6pt withcolor 0.45white" > MP
  print "  else: dashed evenly scaled 2 withpen pencircle scaled 1.2pt fi enddef;" > MP
  for (fig = 1; fig <= 3; fig++) {
    s = fig == 3 ? sz[1] : sz[ns]
    printf "beginfig(%d);\ndraw begingraph(w, h);\n", fig > MP
    for (j = 1; j <= nm[s]; j++) {
      m = order[s, j]; key = s SUBSEP m
      file = "text-n" s "-" m (fig == 2 ? "-chars" : "") ".d"
      for (r = 1; r <= rows[key]; r++)
        printf "%.17g %.17g\n", fig == 2 ? chars[key, r] / 1e6 : secs[key, r],
          bits[key, r] > (DIR "/" file ".tmp")
      close(DIR "/" file ".tmp")
      printf "gdraw \"%s\" style(%d);\n", file, j - 1 > MP
    }
    printf "glabel.bot(btex %s etex, OUT); glabel.lft(btex bits/char etex, OUT);\nendgraph;\n",
      fig == 2 ? "characters (millions)" : "processor seconds" > MP
    for (j = 1; j <= nm[s]; j++) {
      printf "draw (w+12pt,h-%d*11pt)--(w+32pt,h-%d*11pt) style(%d);\n", j - 1, j - 1, j - 1 > MP
      printf "label.rt(btex \\tt %s etex, (w+34pt,h-%d*11pt));\n", order[s, j], j - 1 > MP
    }
    print "endfig;" > MP
  }
  exit bad
}'

# The best run: its last row, and the first row at or below 1.60 nats.
awk '!/^#/ { n++; e = $1; c = $2; s = $3; v = $5; b = $6
    if (low == "" || $5 < low) { low = $5; lowc = $2; lows = $3 }
    if (first == "" && $5 <= 1.60) { first = $3; firstc = $2 } }
  END { printf "\\def\\textbestnats{%.3f}%%\n\\def\\textbestbits{%.3f}%%\n", v, b
        printf "\\def\\textbestchars{%.1f}%%\n\\def\\textbestseconds{%.0f}%%\n", c / 1e6, s
        printf "\\def\\textbestepochs{%.1f}%%\n", e
        printf "\\def\\textlownats{%.3f}%%\n\\def\\textlowbits{%.3f}%%\n", low, low / log(2)
        printf "\\def\\textlowchars{%.2f}%%\n\\def\\textlowseconds{%.0f}%%\n", lowc / 1e6, lows
        printf "\\def\\textbestreached{"
        if (first != "") printf "It reached the target of 1.60 nats per character after %.0f seconds (%.1f million characters). ", first, firstc / 1e6
        else printf "It did not reach the target of 1.60 nats per character. "
        if (stopped) printf "The run was stopped with Ctrl-C when this edition was made, before its budget was spent. "
        printf "}%%\n" }' stopped=$(grep -c interrupted $best.log || true) $best.curve
awk '!/^#/ { printf "%.17g %.17g\n", $3, $6; s = $3 }
  END { printf "0 %.17g\n%.17g %.17g\n", 1.6 / log(2), s, 1.6 / log(2) > "book/text-target.d.tmp" }' \
  $best.curve > book/text-best.d.tmp
cat >> book/text.mp.tmp <<'MP'
beginfig(4);
draw begingraph(w, h);
gdraw "text-best.d" style(0);
gdraw "text-target.d" style(3);
glabel.bot(btex processor seconds etex, OUT); glabel.lft(btex bits/char etex, OUT);
endgraph;
endfig;
end
MP
# The samples, set line by line in typewriter type: the characters that
# TeX treats specially are written as \char codes; a blank line is a
# small skip.
for t in 0.5 1 1.5; do
  printf '\\def\\textsample%s{%%\n' $(echo $t | tr 0-9. a-jp)
  od -An -v -tu1 $E/sample-$t.txt | awk '
    { for (i = 1; i <= NF; i++) b[++n] = $i }
    END {
      line = ""
      for (i = 1; i <= n; i++) {
        c = b[i]
        if (c == 10) { printf "\\sampleline{%s}%%\n", line; line = ""; continue }
        if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ||
            c == 32 || c == 33 || c == 39 || c == 40 || c == 41 || c == 44 ||
            c == 45 || c == 46 || c == 47 || c == 58 || c == 59 || c == 63)
          line = line sprintf("%c", c)
        else line = line sprintf("\\char%d{}", c)
      }
      if (line != "") printf "\\sampleline{%s}%%\n", line
    }'
  printf '}%%\n'
done
for f in book/text.mp.tmp book/text-*.d.tmp; do mv "$f" "${f%.tmp}"; done
