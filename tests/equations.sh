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
#   6. each mathematical quantity listed below has an index entry with an
#      underlined section (cweave's \[n] in lstm.idx): the section that
#      derives it.  cweave runs into a temporary directory.
# Usage: tests/equations.sh   (from the top directory)
set -u
tmp=${TMPDIR:-/tmp}/lstm-equations.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

# The web in the order cweave reads it: lstm.w with its @i files inlined,
# each line prefixed by its file and line number.
awk 'function scan(path,    line, n, name) {
       n = 0
       while ((getline line < path) > 0) {
         n++
         if (line ~ /^@i[ \t]/) {
           name = line; sub(/^@i[ \t]+/, "", name); sub(/[ \t].*$/, "", name)
           scan(name); continue
         }
         print path ":" n "\t" line
       }
       close(path)
     }
     BEGIN { scan("lstm.w") }' > "$tmp/web" || exit 1

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
  echo "PASS: equations and index: $(cat "$tmp/report.count"), $(grep -c . tests/quantities.txt) quantities indexed with their derivations"
fi
exit $fail
