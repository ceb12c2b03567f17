#!/bin/sh
# Time BPTT's gradient of a batch of B sequences side by side (lstm bench
# --batch) at n = m = 128 and T = 100, for B = 1, 2, 4, 8, 16, 32, in RUNS
# rounds, beside one sequence at a time (lstm bench); read the machine's
# caches, vector width and clock, and measure the most multiply-adds a
# second its kernels reach (lstm bench --peak, before and after the runs,
# the faster kept); and write book/batch.tex (the macros of
# the section "Batches, measured" of the chapter on speed), book/batch.txt
# (the raw lines) and the figure's data, book/batch-wall.d and
# book/batch-cpu.d (B and the median microseconds per sequence-step) and
# book/batch-limit.d (the processor's limit, a level line).
# It also times one sequence of BPTT, SnAp-1 and UORO (lstm bench), for
# the section "SnAp-1 in blocks of steps", and measures how fast one core
# reads and writes back two vectors of UORO's size and two of 64 MB each
# (book/bandwidth.c, compiled here into build/bandwidth), for the section
# "UORO's pass over theta-tilde".
# `make batch-bench' runs it; commit the six files.
# Usage: book/batch.sh LSTM RUNS TXT > book/batch.tex
set -e
lstm=$1 runs=${2:-5} txt=${3:-book/batch.txt}
dir=$(dirname "$txt")
bw=build/bandwidth
mkdir -p build
${CC:-cc} -O3 -std=c11 -march=native -o "$bw" book/bandwidth.c 2>/dev/null ||
  ${CC:-cc} -O3 -std=c11 -o "$bw" book/bandwidth.c
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null ||
  uptime | sed 's/.*load averages*: *//; s/,//g'; }
{
  echo "# load before: $(load)"
  echo "# kernels: $("$lstm" bench --method bptt --cells 2 --steps 2 | sed -n 's/^kernels //p')"
  echo "# l1d-bytes $(getconf LEVEL1_DCACHE_SIZE 2>/dev/null || echo 0)"
  echo "# l2-bytes $(getconf LEVEL2_CACHE_SIZE 2>/dev/null || echo 0)"
  echo "# l3-bytes $(getconf LEVEL3_CACHE_SIZE 2>/dev/null || echo 0)"
  echo "# mhz $(sed -n 's/^cpu MHz[^:]*: *//p' /proc/cpuinfo 2>/dev/null | head -1)"
  if grep -q ' avx512f' /proc/cpuinfo 2>/dev/null; then w=8
  elif grep -q ' avx2' /proc/cpuinfo 2>/dev/null; then w=4; else w=2; fi
  echo "# lanes $w"
  "$lstm" bench --peak "$runs" | awk '$1 == "peak" { print "# peak", $5 }'
  r=0
  while [ $r -lt "$runs" ]; do
    "$lstm" bench --method bptt --cells 128 --steps 100 --batch 1,2,4,8,16,32 |
      awk '$1 == "bptt" { print "batch", $4, $6, $8, $7 }'
    "$lstm" bench --method bptt,snap1,uoro --cells 128 --steps 100 |
      awk '$1 == "bptt" || $1 == "snap1" || $1 == "uoro" {
        print "single", $1, $5, $7, $6 }'
    r=$((r + 1))
  done
  "$lstm" bench --peak "$runs" | awk '$1 == "peak" { print "# peak", $5 }'
  "$bw" "$runs" 131584 8388608
  echo "# load after: $(load)"
} > "$txt.tmp"
mv "$txt.tmp" "$txt"
cpu=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
printf '%% Written by book/batch.sh on %s from %s; do not edit.\n' "$(date -u +%Y-%m-%d)" "$txt"
awk -v CPU="$cpu" -v CORES="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" \
    -v DATE="$(date -u +%Y-%m-%d)" -v RUNS="$runs" -v DIR="$dir" '
function median(a, k,    i, j, t) {
  for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
  return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
function name(b) { return b == 1 ? "one" : b == 2 ? "two" : b == 4 ? "four" : b == 8 ? "eight" : b == 16 ? "sixteen" : "thirtytwo" }
/^# load before/ { load = $4 ", " $5 ", " $6 }
/^# load after/ { loadafter = $4 ", " $5 ", " $6 }
/^# kernels/ { kernels = $3 }
/^# l1d-bytes/ { l1 = $3 } /^# l2-bytes/ { l2 = $3 } /^# l3-bytes/ { l3 = $3 }
/^# mhz/ { mhz = $3 } /^# lanes/ { lanes = $3 }
/^# peak/ { if ($3 + 0 > peak) peak = $3 + 0 }
$1 == "batch" { b = $2; nb[b]++; wall[b, nb[b]] = $3; cpu[b, nb[b]] = $4; bytes[b] = $5 }
$1 == "single" && $2 == "bptt" { single[++ns] = $3; scpu[ns] = $4 }
$1 == "single" && $2 == "snap1" { snap[++nsn] = $3; snapcpu[nsn] = $4 }
$1 == "single" && $2 == "uoro" { uoro[++nu] = $3; uorocpu[nu] = $4; uorobytes = $5 }
$1 == "bandwidth" && $2 == 131584 { bwsmall = $4 }
$1 == "bandwidth" && $2 == 8388608 { bwbig = $4 }
END {
  if (!(peak > 0)) { print "book/batch.sh: lstm bench --peak measured no rate" > "/dev/stderr"; exit 1 }
  n = 128; m = 128
  madds = 4 * n * (2 * m + 3 * n)    # multiply-adds in products per sequence-step
  units = 2                          # FMA units per core (an assumption: see the text)
  nominal = madds / (units * lanes * mhz * 1e6) * 1e6   # microseconds, from the clock
  limit = madds / peak * 1e6         # microseconds, from the measured rate (lstm bench --peak)
  printf "\\def\\batchruns{%d}%%\n", RUNS
  printf "\\def\\batchdate{%s}%%\n", DATE
  printf "\\def\\batchmachine{%s with %s cores}%%\n", CPU, CORES
  printf "\\def\\batchload{%s}%%\n", load
  printf "\\def\\batchloadafter{%s}%%\n", loadafter
  split(load, la, ", ")
  if (la[1] + 0 > CORES + 0)
    printf "\\def\\batchbusy{more processes wanting to run than there are cores, so the wall clock counts waiting as well as computing, and the processor time is the better measure here}%%\n"
  else printf "\\def\\batchbusy{fewer processes wanting to run than there are cores; the processor time is still the better measure, since it leaves out any waiting}%%\n"
  printf "\\def\\batchkernels{%s}%%\n", kernels
  printf "\\def\\batchlone{%d}%%\n", l1 / 1024
  printf "\\def\\batchltwo{%d}%%\n", l2 / 1024
  printf "\\def\\batchlthree{%d}%%\n", l3 / 1048576
  printf "\\def\\batchmhz{%.0f}%%\n", mhz
  printf "\\def\\batchlanes{%d}%%\n", lanes
  printf "\\def\\batchmadds{%d}%%\n", madds
  printf "\\def\\batchpeak{%.1f}%%\n", units * lanes * mhz / 1000
  printf "\\def\\batchnominal{%.1f}%%\n", nominal
  printf "\\def\\batchpeakmeasured{%.1f}%%\n", peak / 1e9
  printf "\\def\\batchclock{%.2f}%%\n", peak / (units * lanes) / 1e9
  printf "\\def\\batchlimit{%.1f}%%\n", limit
  printf "1 %.3f\n32 %.3f\n", limit, limit > (DIR "/batch-limit.d")
  printf "\\def\\batchsingle{%.1f}%%\n", median(single, ns)
  split("1 2 4 8 16 32", bs, " ")
  for (q = 1; q <= 6; q++) {
    b = bs[q]; k = nb[b]
    for (i = 1; i <= k; i++) { w1[i] = wall[b, i]; c1[i] = cpu[b, i] }
    mw[b] = median(w1, k); mc[b] = median(c1, k)
    printf "\\def\\batchwall%s{%.1f}%%\n", name(b), mw[b]
    printf "\\def\\batchcpu%s{%.1f}%%\n", name(b), mc[b]
    printf "%d %.3f\n", b, mw[b] > (DIR "/batch-wall.d")
    printf "%d %.3f\n", b, mc[b] > (DIR "/batch-cpu.d")
  }
  printf "\\def\\batchgainwall{%.2f}%%\n", mw[1] / mw[32]
  printf "\\def\\batchgaincpu{%.2f}%%\n", mc[1] / mc[32]
  printf "\\def\\batchoverlimit{%.1f}%%\n", mc[32] / limit
  printf "\\def\\batchovernominal{%.1f}%%\n", mc[32] / nominal
  printf "\\def\\batchmib{%.1f}%%\n", bytes[32] / 1048576
  printf "\\def\\batchmibone{%.2f}%%\n", bytes[1] / 1048576
  printf "\\def\\batchmibratio{%.1f}%%\n", bytes[32] / bytes[1]
  # one sequence: BPTT, SnAp-1 and UORO, processor time and wall clock
  bc = median(scpu, ns); sc = median(snapcpu, nsn); uc = median(uorocpu, nu)
  P = 4 * n * (m + n + 1)            # parameters of the cells (no output layer)
  printf "\\def\\onlinebpttcpu{%.1f}%%\n", bc
  printf "\\def\\onlinesnapcpu{%.1f}%%\n", sc
  printf "\\def\\onlineuorocpu{%.1f}%%\n", uc
  printf "\\def\\onlinesnapwall{%.1f}%%\n", median(snap, nsn)
  printf "\\def\\onlineuorowall{%.1f}%%\n", median(uoro, nu)
  printf "\\def\\onlinesnapratio{%.2f}%%\n", sc / bc
  printf "\\def\\onlineuororatio{%.2f}%%\n", uc / bc
  printf "\\def\\onlinesnapmet{%d}%%\n", sc / bc <= 2.5   # 1 when within 2.5 times BPTT
  printf "\\def\\onlineuoromet{%d}%%\n", uc / bc <= 2.5
  printf "\\def\\onlineparams{%d}%%\n", P
  printf "\\def\\onlineuoromb{%.1f}%%\n", 3 * 8 * P / 1e6
  printf "\\def\\onlineuorogbs{%.0f}%%\n", 3 * 8 * P / (uc * 1e-6) / 1e9
  printf "\\def\\onlineuoroarith{%.0f}%%\n", 4 * P / peak * 1e6
  printf "\\def\\onlinesnaparith{%.0f}%%\n", 7 * P / peak * 1e6
  printf "\\def\\onlinebwsmall{%.0f}%%\n", bwsmall
  printf "\\def\\onlinebwbig{%.0f}%%\n", bwbig
  pass = 3 * 8 * P / (bwsmall * 1e9) * 1e6   # microseconds: the bytes of the pass at the measured rate
  printf "\\def\\onlineuoropass{%.0f}%%\n", pass
  printf "\\def\\onlineuororest{%.0f}%%\n", uc - pass
  printf "\\def\\onlineuorobound{%.1f}%%\n", pass / bc
  printf "\\def\\onlinetarget{%.0f}%%\n", 2.5 * bc
}' "$txt"
