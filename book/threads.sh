#!/bin/sh
# Time `lstm grad --method bptt' as a whole process on 1 and 2 threads and
# write book/threads.tex, the macros of the section "Two threads,
# measured" of the chapter on speed, and book/threads.txt, the raw times.
# The file (40 sequences of T = 100, m = n = 128, about 11 MB) is made
# with book/threads-data.sh in a temporary directory and deleted.
# `make threads-bench' runs it; commit the two files.
# Usage: book/threads.sh LSTM RUNS TXT > book/threads.tex
set -e
lstm=$1 runs=${2:-7} txt=${3:-book/threads.txt}
tmp=${TMPDIR:-/tmp}/lstm-threads-bench.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
sh book/threads-data.sh 128 40 100 1 "$tmp/a.model" "$tmp/a.seq"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null ||
  uptime | sed 's/.*load averages*: *//; s/,//g'; }
now() { date +%s.%N; }
# The two builds must agree before they are timed.
"$lstm" grad --threads 1 "$tmp/a.model" "$tmp/a.seq" > "$tmp/one"
"$lstm" grad --threads 2 "$tmp/a.model" "$tmp/a.seq" > "$tmp/two"
cmp -s "$tmp/one" "$tmp/two" || { echo "threads.sh: 1 and 2 threads differ" >&2; exit 1; }
{
  echo "# load before: $(load)"
  r=0
  while [ $r -lt "$runs" ]; do
    for n in 1 2; do
      s=$(now)
      "$lstm" grad --method bptt --threads $n "$tmp/a.model" "$tmp/a.seq" > /dev/null
      e=$(now)
      echo "grad-threads $n $(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", e - s }')"
    done
    "$lstm" bench --method bptt --cells 128 --steps 100 |
      awk '$1 == "bptt" { print "bench-us-per-step", $5; print "bench-work-bytes", $6
        print "bench-cpu-us-per-step", $7 }'
    # the processor time of one thread, where /usr/bin/time can say it
    if /usr/bin/time -f %U true > /dev/null 2>&1; then
      /usr/bin/time -f "grad-cpu-threads-1 %U %S" -o "$tmp/cpu" \
        "$lstm" grad --method bptt --threads 1 "$tmp/a.model" "$tmp/a.seq" > /dev/null
      cat "$tmp/cpu"
    fi
    r=$((r + 1))
  done
  # The peak memory of each, where /usr/bin/time can say it (in kB).
  if /usr/bin/time -f %M true > /dev/null 2>&1; then
    for n in 1 2; do
      /usr/bin/time -f "peak-kb-threads $n %M" -o "$tmp/peak" \
        "$lstm" grad --threads $n "$tmp/a.model" "$tmp/a.seq" > /dev/null
      cat "$tmp/peak"
    done
  fi
  echo "# load after: $(load)"
} > "$txt.tmp"
mv "$txt.tmp" "$txt"
cpu=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
printf '%% Written by book/threads.sh on %s from %s; do not edit.\n' "$(date -u +%Y-%m-%d)" "$txt"
awk -v CPU="$cpu" -v CORES="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" \
    -v DATE="$(date -u +%Y-%m-%d)" -v RUNS="$runs" '
function median(a, k,    i, j, t) {
  for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
  return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
function amdahl(f, n) { return 1 / (f + (1 - f) / n) }
/^# load before/ { load = $4 ", " $5 ", " $6 }
$1 == "grad-threads" && $2 == 1 { one[++n1] = $3 }
$1 == "grad-threads" && $2 == 2 { two[++n2] = $3 }
$1 == "bench-us-per-step" { step[++ns] = $2 }
$1 == "bench-cpu-us-per-step" { stepcpu[++nc] = $2 }
$1 == "grad-cpu-threads-1" { onecpu[++no] = $2 + $3 }
$1 == "bench-work-bytes" { trace = $2 }
$1 == "peak-kb-threads" { peak[$2] = $3 }
END {
  t1 = median(one, n1); t2 = median(two, n2); us = median(step, ns)
  # the parts in processor time when it is known: on a shared machine
  # the wall clock counts the waits for a core as well
  c1 = t1; if (no > 0 && nc > 0) { c1 = median(onecpu, no); us = median(stepcpu, nc) }
  serial = c1 - 4000 * us / 1e6; if (serial < 0) serial = 0
  f = serial / c1
  printf "\\def\\threadsruns{%d}%%\n", RUNS
  printf "\\def\\threadsdate{%s}%%\n", DATE
  printf "\\def\\threadsmachine{%s with %s cores}%%\n", CPU, CORES
  printf "\\def\\threadsload{%s}%%\n", load
  printf "\\def\\threadsone{%.3f}%%\n", t1
  printf "\\def\\threadstwo{%.3f}%%\n", t2
  printf "\\def\\threadsspeedup{%.2f}%%\n", t1 / t2
  printf "\\def\\threadsstep{%.0f}%%\n", us
  printf "\\def\\threadscpuone{%.3f}%%\n", c1
  printf "\\def\\threadsclock{%s}%%\n", (no > 0 && nc > 0) ? "processor time" : "time of the wall clock"
  printf "\\def\\threadscompute{%.3f}%%\n", 4000 * us / 1e6
  printf "\\def\\threadsserial{%.3f}%%\n", serial
  printf "\\def\\threadsfraction{%.2f}%%\n", f
  printf "\\def\\threadsamdahltwo{%.2f}%%\n", amdahl(f, 2)
  printf "\\def\\threadsfour{%.1f}%%\n", amdahl(f, 4)
  printf "\\def\\threadseight{%.1f}%%\n", amdahl(f, 8)
  printf "\\def\\threadssixteen{%.1f}%%\n", amdahl(f, 16)
  printf "\\def\\threadstrace{%.2f}%%\n", trace / 1048576
  printf "\\def\\threadsgrad{%.2f}%%\n", 4 * 128 * (128 + 128 + 1) * 8 / 1048576
  if (1 in peak && 2 in peak)
    printf "\\def\\threadspeak{, and the peak memory of the process was %.1f~MiB on one thread and %.1f~MiB on two}%%\n", peak[1] / 1024, peak[2] / 1024
  else printf "\\def\\threadspeak{}%%\n"
}' "$txt"
