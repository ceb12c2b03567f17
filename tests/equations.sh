#!/bin/sh
# The book's rule for numbered equations (chapter "Introduction", section
# "Conventions"), and its index of mathematical quantities, checked on the
# web itself:
#   1. every \eqlabel{key} is unique;
#   2. every \implements{key} names a key that some \eqlabel defines;
#   3. every \eqlabel{key} is cited by at least one \implements{key};
#   4. every \implements stands in a section that has code (a section
#      whose code part starts with @<...@>=, @c, @( or @d);
#   5. the transpose is written ^{\top}, never ^{\rm T} (T is the length);
#   6. every \eqn and \eqsec names a label, and every line Bn of the
#      summary of the backward pass names its equation ("Bn = eq. k");
#   7. the notation table lists each symbol once, and each occurs in
#      some chapter besides the introduction; and, the other way, every
#      Greek letter a chapter uses is in the table or in the list of
#      section-local names below, and none of those is in the table too
#      (a symbol of the table has that one meaning everywhere);
#   8. each mathematical quantity listed below has an index entry with an
#      underlined section (cweave's \[n] in lstm.idx): the section that
#      derives it.  cweave runs into a temporary directory.
# Usage: tests/equations.sh   (from the top directory)
set -u
tmp=${TMPDIR:-/tmp}/lstm-equations.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

# The web in the order cweave reads it: lstm.w with its @i files inlined,
# each line prefixed by its file and line number (tests/web-lines.sh).
sh tests/web-lines.sh > "$tmp/web" || exit 1

LC_ALL=C awk -F '\t' -v out="$tmp/report" '
  # A new section starts at @ or @* at the start of a line (the limbo,
  # before the first one, is section 0).
  function flush(    q) {
    if (!hascode) for (q = 1; q <= ncite; q++)
      printf "FAIL: %s: \\implements{%s} stands in a section without code\n",
        citeat[q], citekey[q] >> out
    ncite = 0; hascode = 0
  }
  {
    where = $1; line = substr($0, length($1) + 2)
    if (line ~ /^@([ \t*]|$)/) { flush(); sect++ }
    if (line ~ /^[ \t]*%/) next # a TeX comment, such as those of the macros
    if (sect > 0 && (line ~ /@>=/ || line ~ /^@[cd]([ \t]|$)/ || line ~ /^@\(/)) hascode = 1
    rest = line
    while (match(rest, /\\eqlabel\{[^}]*\}/)) {
      key = substr(rest, RSTART + 9, RLENGTH - 10)
      if (key in label)
        printf "FAIL: %s: equation %s is labelled twice (first at %s)\n", where, key, label[key] >> out
      else { label[key] = where; order[++nlabel] = key }
      rest = substr(rest, RSTART + RLENGTH)
    }
    rest = line
    while (match(rest, /\\implements\{[^}]*\}/)) {
      key = substr(rest, RSTART + 12, RLENGTH - 13)
      cited[key]++; citeat[++ncite] = where; citekey[ncite] = key
      allcite[++nall] = key; allat[nall] = where
      rest = substr(rest, RSTART + RLENGTH)
    }
    # also \rm T inside a superscript, W^{(2)\rm T}, and one split after \rm
    if (line ~ /\^\{?\\rm T\}/ || line ~ /\\rm[ \t]*T\}/ || line ~ /\^\{[^}]*\\rm[ \t]*$/)
      printf "FAIL: %s: a transpose written with \\rm T; write ^{\\top}\n", where >> out
  }
  END {
    flush()
    for (q = 1; q <= nall; q++)
      if (!(allcite[q] in label))
        printf "FAIL: %s: \\implements{%s} names no numbered equation\n", allat[q], allcite[q] >> out
    for (q = 1; q <= nlabel; q++)
      if (!(order[q] in cited))
        printf "FAIL: %s: equation %s is cited by no code section (\\implements{%s})\n",
          label[order[q]], order[q], order[q] >> out
    printf "%d numbered equations, %d citations\n", nlabel, nall > (out ".count")
  }' "$tmp/web"
if [ -s "$tmp/report" ]; then cat "$tmp/report"; fail=1; fi

# One numbering: every \eqn{key} and \eqsec{key} of the text names a
# numbered equation, and every line Bn of the summary of the backward
# pass (chapters/chainrule.w) names the equation it restates, as
# "Bn = eq.~\eqn{key}".
LC_ALL=C awk -F '\t' '
  { line = substr($0, length($1) + 2)
    if (line ~ /^[ \t]*%/) next
    rest = line
    while (match(rest, /\\eqlabel\{[^}]*\}/)) {
      label[substr(rest, RSTART + 9, RLENGTH - 10)] = 1; rest = substr(rest, RSTART + RLENGTH) }
    rest = line
    while (match(rest, /\\eq(n|sec)\{[^}]*\}/)) {
      k = substr(rest, RSTART, RLENGTH); sub(/^\\eq(n|sec)\{/, "", k); sub(/\}$/, "", k)
      use[++nuse] = k; useat[nuse] = $1; rest = substr(rest, RSTART + RLENGTH) }
    if ($1 ~ /chainrule\.w/ && line ~ /&B[0-9]+/) {
      nb++
      if (line !~ /&B[0-9]+ = eq\.~\\eqn\{[^}]*\}\\cr/)
        printf "FAIL: %s: summary line without \"Bn = eq.~\\eqn{key}\": %s\n", $1, line
    }
  }
  END {
    for (q = 1; q <= nuse; q++) if (use[q] !~ /#/ && !(use[q] in label))
      printf "FAIL: %s: \\eqn or \\eqsec names %s, which no \\eqlabel defines\n", useat[q], use[q]
    if (nb < 12) printf "FAIL: the summary of the backward pass has %d lines Bn, not 12 or more\n", nb
  }' "$tmp/web" > "$tmp/numbering"
if [ -s "$tmp/numbering" ]; then cat "$tmp/numbering"; fail=1; fi

# One notation: the notation table of chapters/intro.w lists each symbol
# once, and each symbol occurs in the text of some other chapter (its
# subscripts aside), so that the table names only what the book uses.
LC_ALL=C awk '
  /\\tablelabel\{notation\}/ { on = 1; next }
  on { body = body " " $0; if ($0 ~ /\}\}\$\$/) on = 0 }
  END {
    n = split(body, rows, /\\cr/)
    for (r = 1; r <= n; r++) {
      row = rows[r]; sub(/^[ ]*/, "", row)
      if (row !~ /&&/ || row ~ /bf symbol/ || row ~ /\\hbox\{B/) continue
      sub(/\\noalign\{\\hrule\}[ ]*/, "", row)
      col = substr(row, 1, index(row, "&&") - 1)
      m = split(col, sym, /,\\ /)
      for (q = 1; q <= m; q++) { v = sym[q]; gsub(/ /, "", v); if (v != "") print v }
    }
  }' chapters/intro.w > "$tmp/symbols"
if [ ! -s "$tmp/symbols" ]; then echo "FAIL: no notation table found in chapters/intro.w"; fail=1; fi
sort "$tmp/symbols" | uniq -d | while IFS= read -r v; do
  echo "FAIL: the notation table lists the symbol $v more than once"; done | tee "$tmp/dups"
[ -s "$tmp/dups" ] && fail=1
nsym=$(grep -c . "$tmp/symbols")
ls chapters/*.w | grep -v intro.w | xargs cat | tr -d ' ' > "$tmp/text"
while IFS= read -r v; do
  base=${v%%_*}
  case $base in ?) continue;; esac # one letter: found everywhere
  grep -qF -e "$base" "$tmp/text" ||
    { echo "FAIL: the notation table's symbol $v occurs in no chapter"; fail=1; }
done < "$tmp/symbols"

# The other direction: every Greek letter that a chapter uses as a symbol
# is in the notation table, unless it is one of the short-lived names of
# a single section (or of a quotation), listed here with the chapters
# where it may stand and what it is there; the introduction's sentences
# after the table define sigma.  A Greek letter used anywhere else, or
# a new one, must go into the table or into this list.
greek='alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega'
cat > "$tmp/local" <<'EOF'
sigma intro.w:* the logistic function, defined below the table
pi *:* the number pi
gamma answers.w:speed.w:net1997.w the Taylor coefficients of gradcheck.2; the running factors of the blocked recursion; the gain of one update at the addition of a cell (Experiment 2a)
kappa speed.w the running factors of the blocked recursion
Sigma align.w:answers.w the covariance of one estimate
Pi formats.w the product of the conversion of decimals
Phi training.w:battery.w the normal distribution function
varepsilon uoro.w the small number added to UORO's norms
varphi irtrl.w Gers's name of the forget gate, quoted
EOF
awk '/\\tablelabel\{notation\}/ { on = 1; next }
  on { print; if ($0 ~ /\}\}\$\$/) on = 0 }' chapters/intro.w |
  LC_ALL=C grep -oE "\\\\($greek)([^A-Za-z]|\$)" | sed 's/^\\//; s/[^A-Za-z]$//' |
  sort -u > "$tmp/greek-table"
for f in chapters/*.w; do
  case $f in chapters/intro.w) continue;; esac
  LC_ALL=C grep -oE "\\\\($greek)([^A-Za-z]|\$)" "$f" | sed 's/^\\//; s/[^A-Za-z]$//' |
    sort -u | while IFS= read -r g; do
      grep -qx "$g" "$tmp/greek-table" && continue
      ch=${f#chapters/}
      awk -v g="$g" -v ch="$ch" '$1 == g { n = split($2, c, ":")
          for (q = 1; q <= n; q++) if (c[q] == "*" || c[q] == ch) found = 1 }
        END { exit !found }' "$tmp/local" && continue
      echo "FAIL: $f uses \\$g, which neither the notation table nor the list of section-local names in tests/equations.sh has"
    done
done > "$tmp/greek"
if [ -s "$tmp/greek" ]; then cat "$tmp/greek"; fail=1; fi
# A letter of the table keeps its one meaning: it may not also be the
# short-lived name of a section.
while read -r g rest; do
  grep -qx "$g" "$tmp/greek-table" &&
    { printf 'FAIL: \\%s is in the notation table and also in the list of section-local names, with another meaning\n' "$g"; fail=1; }
done < "$tmp/local"
ngreek=$(grep -c . "$tmp/greek-table")

# The index.  Each line of quantities names an index entry exactly as
# cweave writes it into lstm.idx (between \I and the first comma).
if command -v cweave >/dev/null 2>&1; then
  mkdir -p "$tmp/book"
  msg=$(cweave -bhp lstm.w - "$tmp/book/lstm.tex" 2>&1)
  if [ ! -s "$tmp/book/lstm.idx" ]; then
    printf '%s\n' "$msg"; echo "FAIL: cweave wrote no index"; fail=1
  else
    while IFS= read -r entry; do
      [ -n "$entry" ] || continue
      hit=$(E="\\I{$entry}," awk 'index($0, ENVIRON["E"]) == 1 { print; exit }' \
        "$tmp/book/lstm.idx")
      case "$hit" in
        "") echo "FAIL: the index has no entry {$entry}"; fail=1;;
        *'\['*) ;;
        *) echo "FAIL: the index entry {$entry} has no underlined section (its derivation): $hit"; fail=1;;
      esac
    done < tests/quantities.txt
  fi
else
  echo "SKIP: the index check (cweave is not installed)"
fi

if [ $fail = 0 ]; then
  echo "PASS: equations and index: $(cat "$tmp/report.count"), $(grep -c . tests/quantities.txt) quantities indexed with their derivations, $nsym symbols in the notation table, every Greek symbol of the chapters in it or in the list of section-local names ($ngreek in the table)"
fi
exit $fail
