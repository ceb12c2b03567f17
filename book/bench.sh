#!/bin/sh
# Turn the output of `lstm bench' for the default and the fast build into
# book/bench.tex, the table the chapter on speed prints.  `make bench'
# runs it; the output is committed with the two text files it reads.
# Usage: book/bench.sh DEFAULT.txt FAST.txt > book/bench.tex
set -e
default=$1 fast=$2
# Every line that ends a definition ends with %, so that reading the file
# adds no space to the paragraph that reads it.
{
cpu=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
fam=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^CPU family: *//p' | head -1)
cores=$(nproc 2>/dev/null || echo '?')
l2=$(getconf LEVEL2_CACHE_SIZE 2>/dev/null || echo 0)
cc=$(gcc --version 2>/dev/null | head -1 | sed 's/.*) //')
kernel=$(uname -sr)
printf '%% Written by make bench on %s from %s and %s; do not edit.\n' \
  "$(date -u +%Y-%m-%d)" "$default" "$fast"
printf '\\def\\benchmachine{%s (family %s), %s cores, %s~kB of second-level cache per core; gcc %s; %s}\n' \
  "$cpu" "$fam" "$cores" "$((l2 / 1024))" "$cc" "$kernel"
printf '\\def\\benchdate{%s}\n' "$(date -u +%Y-%m-%d)"
awk -v FAST="$fast" '
function us(x) { return sprintf(x < 10 ? "%.2f" : x < 100 ? "%.1f" : "%.0f", x) }
function kb(x) { return sprintf(x < 10240 ? "%.1f" : "%.0f", x / 1024) }
function name(m) { return "\\.{" m "}" }
BEGIN {
  while ((getline line < FAST) > 0) {
    split(line, f, " ")
    if (f[1] == "time-exponent") fastexp[f[2], f[4]] = f[5]
    else if (f[1] != "memory-exponent" && f[1] !~ /^(#|lstm-bench)/)
      fastus[f[1], f[2], f[3]] = f[5]
  }
}
/^(#|lstm-bench)/ { next }
$1 == "kernels" { kernels = $2; next }
$1 == "time-exponent" { texp[$2, $4] = $5; next }
$1 == "memory-exponent" { mexp[$2, $4] = $5; next }
{
  if (!($1 in seen)) { seen[$1] = 1; order[++nm] = $1 }
  T = $1 == "rtrl" ? 20 : 100
  if ($3 == T) {
    rows = rows sprintf("%s&&$%d$&&$%d$&&$%s$&&$%s$&&$%s$\\cr\n", name($1), $2, $3,
      us($5), us(fastus[$1, $2, $3]), kb($6))
    big[$1] = $2; usd[$1, $2] = $5; usf[$1, $2] = fastus[$1, $2, $3]
  }
}
END {
  printf "\\def\\benchrows{%s}\n", rows
  # lstm-bench 1 did not name its kernels: it had only the portable ones
  printf "\\def\\benchkernels{%s}\n", kernels == "" ? "portable" : kernels
  fits = ""
  for (k = 1; k <= nm; k++) {
    m = order[k]; T = m == "rtrl" ? 20 : 100
    fits = fits sprintf("%s&&$%.2f$&&$%.2f$&&$%.2f$ (at $n=%d$)\\cr\n", name(m),
      texp[m, T], fastexp[m, T], mexp[m, big[m]] + 0, big[m])
  }
  printf "\\def\\benchfits{%s}\n", fits
  printf "\\def\\benchbpttdefault{%s}\n", us(usd["bptt", 128])
  printf "\\def\\benchbpttfast{%s}\n", us(usf["bptt", 128])
  printf "\\def\\benchirtrldefault{%s}\n", us(usd["irtrl", 128])
  printf "\\def\\benchirtrlfast{%s}\n", us(usf["irtrl", 128])
  printf "\\def\\benchratiodefault{%.2f}\n", usd["irtrl", 128] / usd["bptt", 128]
  printf "\\def\\benchratiofast{%.2f}\n", usf["irtrl", 128] / usf["bptt", 128]
  printf "\\def\\benchrtrlexpdefault{%.2f}\n", texp["rtrl", 20]
  printf "\\def\\benchrtrlexpfast{%.2f}\n", fastexp["rtrl", 20]
  printf "\\def\\benchbpttmemexp{%.2f}\n", mexp["bptt", 128]
  printf "\\def\\benchirtrlmemexp{%.2f}\n", mexp["irtrl", 128] + 0
  printf "\\def\\benchrtrlmemexp{%.2f}\n", mexp["rtrl", 64] + 0
}' "$default"
} | sed 's/}$/}%/'
