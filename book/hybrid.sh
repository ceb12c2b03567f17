#!/bin/sh
# Turn the output of the two runs of `lstm bench' made by `make
# bench-hybrid' into book/hybrid.tex, the numbers the chapter on
# Schmidhuber's hybrid prints: exact RTRL and the hybrid timed in one run
# for n = 8 to 64 (book/bench-hybrid.txt), and the hybrid at n = 32 for
# several block lengths (book/bench-hybrid-blocks.txt).  Each file begins
# and ends with the load average of the machine, as `uptime' gave it.
# Usage: book/hybrid.sh BENCH-HYBRID.txt BENCH-BLOCKS.txt > book/hybrid.tex
set -e
main=$1 blocks=$2
printf '%% Written by make bench-hybrid from %s and %s; do not edit.\n' "$main" "$blocks"
awk -v BLOCKS="$blocks" '
function ms(x) { return sprintf(x < 1000 ? "%.3f" : x < 10000 ? "%.2f" : x < 100000 ? "%.1f" : "%.0f", x / 1000) }
function mb(x) { return sprintf(x < 1048576 * 10 ? "%.2f" : "%.1f", x / 1048576) }
function load(line) { sub(/.*load average: */, "", line); return line }
/^# load before:/ { before = load($0); next }
/^# load after:/ { after = load($0); next }
/^(#|lstm-bench|kernels)/ { next }
$1 == "time-exponent" { texp[$2] = $5; next }
$1 == "memory-exponent" { next }
{ us[$1, $2] = $5; bytes[$1, $2] = $6; T = $3; if ($2 > big) big = $2; cells[$2] = 1 }
END {
  while ((getline line < BLOCKS) > 0) {
    split(line, f, " ")
    if (line ~ /^# load before:/) bbefore = load(line)
    else if (line ~ /^# load after:/) bafter = load(line)
    else if (f[1] ~ /^hybrid/ && f[2] != "") {
      h = f[1]; sub(/^hybrid:?/, "", h)
      blockrows = blockrows sprintf("$%s$&&$%s$\\cr\n", h, ms(f[5]))
      bn = f[2]; bT = f[3]; bus[h + 0] = f[5]; if (h + 0 > bmax) bmax = h + 0
    }
  }
  rows = ""
  for (n = 1; n <= big; n++) if (n in cells)
    rows = rows sprintf("$%d$&&$%s$&&$%s$&&$%.1f$&&$%s$&&$%s$\\cr\n", n,
      ms(us["rtrl", n]), ms(us["hybrid", n]), us["rtrl", n] / us["hybrid", n],
      mb(bytes["rtrl", n]), mb(bytes["hybrid", n]))
  printf "\\def\\hybridrows{%s}%%\n", rows
  printf "\\def\\hybridsteps{%d}%%\n", T
  printf "\\def\\hybridbig{%d}%%\n", big
  printf "\\def\\hybridblock{%d}%%\n", 2 * big
  printf "\\def\\hybridblocks{%d}%%\n", T / (2 * big)
  printf "\\def\\hybridrtrlms{%s}%%\n", ms(us["rtrl", big])
  printf "\\def\\hybridms{%s}%%\n", ms(us["hybrid", big])
  printf "\\def\\hybridspeedup{%.1f}%%\n", us["rtrl", big] / us["hybrid", big]
  printf "\\def\\hybridmemratio{%.2f}%%\n", bytes["hybrid", big] / bytes["rtrl", big]
  printf "\\def\\hybridexp{%.2f}%%\n", texp["hybrid"]
  printf "\\def\\hybridrtrlexp{%.2f}%%\n", texp["rtrl"]
  printf "\\def\\hybridload{%s}%%\n", before
  printf "\\def\\hybridloadafter{%s}%%\n", after
  printf "\\def\\hybridblockrows{%s}%%\n", blockrows
  printf "\\def\\hybridblockn{%d}%%\n", bn
  printf "\\def\\hybridblockT{%d}%%\n", bT
  printf "\\def\\hybridblockload{%s}%%\n", bbefore
  printf "\\def\\hybridblockmax{%d}%%\n", bmax
  printf "\\def\\hybridblockgain{%.2f}%%\n", bus[2 * bn] / bus[bmax]
}' "$main"
printf '\\def\\hybriddate{%s}%%\n' "$(date -u +%Y-%m-%d)"
