#!/bin/sh
# book/miniindex.sh CTWILL-TEX CWEAVE-IDX > lstm.mini
#
# The data of the mini-indexes, the short index printed on every spread
# of the book (as in Knuth's MMIXware).  ctwill, the weaver of CWEB that
# makes them, ends each section of its output with a block
#
#     \mini
#     \[57 \\{has\_y} \&{unsigned} \&{char} ${}{*}{}$
#     ...
#     }\FI
#
# that lists each identifier the section uses with the section that
# declares it (57) and its declaration (unsigned char *), as ctwill
# understood it from the C code.  Its own page layout (ctwimac.tex) has
# no table of contents, no index, no floating figures and no pdfTeX
# outlines, so the book is still typeset by cweave's cwebmac.tex; this
# script turns ctwill's blocks into data that the limbo of lstm.w reads:
#
#     \mientry{rank}{section}{name}{declaration}  one per identifier and
#                                                 declaration, ranked in
#                                                 alphabetical order
#     \misec{section}{\mi{rank}\mi{rank}...}      the identifiers of a section
#
# An identifier that ctwill leaves undefined (a macro, an enumeration
# constant, a function with attributes) takes the section where cweave's
# index underlines it, the latest one before the section that uses it; a
# name of the C library takes its header; identifiers of one letter are
# left out, as in the index (see the limbo of lstm.w).
set -eu
tex=$1 idx=$2
LC_ALL=C; export LC_ALL
awk -v IDX="$idx" '
BEGIN {
  # the C library names the program uses, with their headers
  lib["stdio.h"] = "printf fprintf snprintf vsnprintf fopen fclose fdopen fflush ferror fgets fputc fputs fread fscanf getc fileno rename stderr stdin stdout EOF"
  lib["stdlib.h"] = "malloc calloc realloc free atof atoi atol strtod strtol strtoul strtoull qsort rand getenv"
  lib["string.h"] = "memcmp memcpy memset strcat strchr strcmp strcpy strcspn strerror strlen strncmp strrchr strtok"
  lib["math.h"] = "exp log sqrt tanh fabs fmax fmin pow round ldexp isfinite isnan HUGE_VAL NAN FP_CONTRACT FLT_EVAL_METHOD"
  lib["complex.h"] = "cexp ctanh"
  lib["ctype.h"] = "isdigit isspace"
  lib["errno.h"] = "errno EIO ERANGE"
  lib["time.h"] = "clock timespec_get timespec tv_sec tv_nsec CLOCKS_PER_SEC TIME_UTC"
  lib["stdarg.h"] = "va_start va_end"
  lib["signal.h"] = "signal SIGINT SIG_DFL"
  lib["stdint.h"] = "SIZE_MAX UINT64_MAX"
  lib["limits.h"] = "LONG_MAX"
  lib["unistd.h"] = "close fsync isatty unlink"
  lib["fcntl.h"] = "open O_RDONLY"
  lib["sys/stat.h"] = "fchmod lstat stat umask mode_t st_mode S_ISBLK S_ISCHR S_ISDIR S_ISFIFO S_ISLNK S_ISREG"
  for (h in lib) { n = split(lib[h], w, " "); for (i = 1; i <= n; i++) header[w[i]] = h }
  # cweave index: the sections that underline (declare) each identifier
  name = ""
  while ((getline line < IDX) > 0) {
    if (line ~ /^\\I/) {
      name = line; sub(/^\\I/, "", name); sub(/, .*$/, "", name)
      rest = line; sub(/^\\I[^,]*,/, "", rest)
    } else if (name == "") continue
    else rest = line
    while (match(rest, /\\\[[0-9]+\]/)) {
      under[plain(name)] = under[plain(name)] " " substr(rest, RSTART + 2, RLENGTH - 3)
      rest = substr(rest, RSTART + RLENGTH)
    }
  }
  close(IDX)
}
function plain(s) {            # the letters of a name, for its header
  gsub(/\\_/, "_", s); sub(/^\\[\\.&|]\{/, "", s); sub(/\}$/, "", s); return s
}
/^\\M\{[0-9]+\}/ { s = $0; sub(/^\\M\{/, "", s); sub(/\}.*/, "", s); sec = s + 0; next }
/^\\N\{[0-9]+\}\{[0-9]+\}/ { s = $0; sub(/^\\N\{[0-9]+\}\{/, "", s); sub(/\}.*/, "", s); sec = s + 0; next }
/^\\mini$/ { inmini = 1; next }
/^\}\\FI/ { inmini = 0; next }
inmini && /^\\\[[0-9]+ / {
  d = $0; sub(/^\\\[/, "", d); sub(/ .*/, "", d)
  rest = $0; sub(/^\\\[[0-9]+ /, "", rest)
  # the name is a control sequence and one group in braces
  depth = 0; nm = ""
  for (i = 1; i <= length(rest); i++) {
    c = substr(rest, i, 1); nm = nm c
    if (c == "{") depth++
    else if (c == "}" && --depth == 0) break
  }
  mean = substr(rest, i + 1); sub(/^ /, "", mean)
  if (nm ~ /^\\\|/) next                    # one letter: a local name
  if (nm ~ /attribute/) next                 # __attribute__: not a name
  if (mean == "\\zip") mean = ""
  if (mean == "\\uninitialized") {
    mean = ""; d = 0
    if (plain(nm) in under) {
      n = split(under[plain(nm)], u, " ")
      for (k = 1; k <= n; k++) if (u[k] + 0 < sec && u[k] + 0 > d) d = u[k] + 0
      if (d == 0) d = u[1] + 0
    } else if (plain(nm) in header) mean = "<" header[plain(nm)] ">"
    else next                                # nothing to say about it
  }
  if (d == sec) next
  key = plain(nm); lk = tolower(key)
  printf "%s\t%s\t%s\t%d\t%s\t%d\n", lk, key, nm, d, mean, sec
}
' "$tex" | sort -t '	' -k1,1 -k2,2 -k4,4n -k5,5 |
awk -F '	' '
{
  k = $3 "\t" $4 "\t" $5
  if (!(k in rank)) {
    rank[k] = ++n
    m = $5
    if (m ~ /^</) { sub(/^</, "", m); sub(/>$/, "", m); m = "\\mihead{" m "}" }
    else if (m ~ /^=/) { sub(/^=/, "", m); m = "\\mieq " m }
    else if (m != "") m = "\\micolon " m
    printf "\\mientry{%d}{%d}{%s}{%s}\n", n, $4, $3, m
  }
  if (!(($6, rank[k]) in seen)) {
    seen[$6, rank[k]] = 1
    uses[$6] = uses[$6] "\\mi{" rank[k] "}"
    if (!($6 in order)) order[$6] = ++ns
  }
}
END {
  for (s in order) printf "\\misec{%d}{%s}\n", s, uses[s]
}'
