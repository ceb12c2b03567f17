#!/bin/sh
# Time `lstm grad --method bptt' as a whole process on 1 and 2 threads and
# write book/threads.tex, the macros of the section "Two threads,
# measured" of the chapter on speed, and book/threads.txt, the raw times.
# The files (40 sequences of T = 100, m = n = 128, 21 MB, and the model,
# 2.8 MB, numbers with 17 digits) are made with book/threads-data.sh in
# a temporary directory and deleted.  The processor time of each run is
# that of five runs in a row, divided by five (/usr/bin/time counts
# hundredths of a second).  If BEFORE names the raw times of an earlier
# program (book/threads-before.txt, the serial reader, measured by this
# script), its numbers are written too, as \threadsbefore...; if OLD
# names that program's binary, it is timed again, in the same rounds as
# LSTM, and BEFORE is written anew.
# `make threads-bench' runs it; commit the two files.
# Usage: book/threads.sh LSTM RUNS TXT [BEFORE [OLD]] > book/threads.tex
set -e
lstm=$1 runs=${2:-7} txt=${3:-book/threads.txt} before=${4:-} old=${5:-}
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
# measure LSTM: one round of times of LSTM, 1 and 2 threads
measure() {
  for n in 1 2; do
    s=$(now)
    "$1" grad --method bptt --threads $n "$tmp/a.model" "$tmp/a.seq" > /dev/null
    e=$(now)
    echo "grad-threads $n $(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", e - s }')"
  done
  "$1" bench --method bptt --cells 128 --steps 100 |
    awk '$1 == "bptt" { print "bench-us-per-step", $5; print "bench-work-bytes", $6
      print "bench-cpu-us-per-step", $7 }'
  # the processor time of 1 and 2 threads, where /usr/bin/time can say it
  if /usr/bin/time -f %U true > /dev/null 2>&1; then
    for n in 1 2; do
      /usr/bin/time -f "grad-cpu-threads-$n %U %S" -o "$tmp/cpu" sh -c '
        for i in 1 2 3 4 5; do
          "$1" grad --method bptt --threads $2 "$3" "$4" > /dev/null || exit 1
        done' sh "$1" $n "$tmp/a.model" "$tmp/a.seq"
      cat "$tmp/cpu"
    done
  fi
}
# The peak memory of each, where /usr/bin/time can say it (in kB).
peak() {
  if /usr/bin/time -f %M true > /dev/null 2>&1; then
    for n in 1 2; do
      /usr/bin/time -f "peak-kb-threads $n %M" -o "$tmp/peak" \
        "$1" grad --threads $n "$tmp/a.model" "$tmp/a.seq" > /dev/null
      cat "$tmp/peak"
    done
  fi
}
# With OLD, the earlier program is timed too, in the same rounds,
# alternating with LSTM, so that both meet the same load.
for f in "$txt" ${old:+"$before"}; do
  { echo "# load before: $(load)"; echo "# date: $(date -u +%Y-%m-%d)"; } > "$f.tmp"
done
r=0
while [ $r -lt "$runs" ]; do
  measure "$lstm" >> "$txt.tmp"
  [ -z "$old" ] || measure "$old" >> "$before.tmp"
  r=$((r + 1))
done
peak "$lstm" >> "$txt.tmp"
[ -z "$old" ] || peak "$old" >> "$before.tmp"
for f in "$txt" ${old:+"$before"}; do
  echo "# load after: $(load)" >> "$f.tmp"
done
[ -z "$old" ] || mv "$before.tmp" "$before"
mv "$txt.tmp" "$txt"
cpu=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
printf '%% Written by book/threads.sh on %s from %s; do not edit.\n' "$(date -u +%Y-%m-%d)" "$txt"
awk -v CPU="$cpu" -v CORES="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" \
    -v DATE="$(date -u +%Y-%m-%d)" -v RUNS="$runs" -v BEFORE="$before" '
function median(a, k,    i, j, t) {
  for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
  return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
function amdahl(f, n) { return 1 / (f + (1 - f) / n) }
# The parts of a program, from the medians of one file of raw times:
# on two threads the wall-clock time t2 is the part s that one thread
# does alone plus the part p that two threads share, and the processor
# time c2 is s + 2p; so s = 2 t2 - c2, and the serial fraction is s / c2.
FILENAME == BEFORE { k = "before" }
FILENAME != BEFORE { k = "now" }
/^# load before/ { load[k] = $4 ", " $5 ", " $6 }
/^# date/ { date[k] = $3 }
$1 == "grad-threads" && $2 == 1 { one[k, ++n1[k]] = $3 }
$1 == "grad-threads" && $2 == 2 { two[k, ++n2[k]] = $3 }
$1 == "bench-us-per-step" && k == "now" { step[++ns] = $2 }
$1 == "bench-cpu-us-per-step" && k == "now" { stepcpu[++nc] = $2 }
$1 == "grad-cpu-threads-1" { onecpu[k, ++n_onecpu[k]] = $2 + $3 }
$1 == "grad-cpu-threads-2" { twocpu[k, ++n_twocpu[k]] = $2 + $3 }
$1 == "bench-work-bytes" && k == "now" { trace = $2 }
$1 == "peak-kb-threads" { peak[k, $2] = $3 }
END {
  for (k in n1) {
    # gawk and mawk have no arrays of arrays: copy out the rows of k
    delete a1; delete a2; delete b1; delete b2
    for (i = 1; i <= n1[k]; i++) a1[i] = one[k, i]
    for (i = 1; i <= n2[k]; i++) a2[i] = two[k, i]
    for (i = 1; i <= n_onecpu[k]; i++) b1[i] = onecpu[k, i]
    for (i = 1; i <= n_twocpu[k]; i++) b2[i] = twocpu[k, i]
    T1[k] = median(a1, n1[k]); T2[k] = median(a2, n2[k])
    C1[k] = n_onecpu[k] ? median(b1, n_onecpu[k]) / 5 : T1[k]
    C2[k] = n_twocpu[k] ? median(b2, n_twocpu[k]) / 5 : 2 * T2[k]
    S[k] = 2 * T2[k] - C2[k]; if (S[k] < 0) S[k] = 0
    F[k] = S[k] / C2[k]
  }
  us = nc > 0 ? median(stepcpu, nc) : median(step, ns)
  printf "\\def\\threadsruns{%d}%%\n", RUNS
  printf "\\def\\threadsdate{%s}%%\n", DATE
  printf "\\def\\threadsmachine{%s with %s cores}%%\n", CPU, CORES
  printf "\\def\\threadsload{%s}%%\n", load["now"]
  printf "\\def\\threadsone{%.3f}%%\n", T1["now"]
  printf "\\def\\threadstwo{%.3f}%%\n", T2["now"]
  printf "\\def\\threadsspeedup{%.2f}%%\n", T1["now"] / T2["now"]
  printf "\\def\\threadsstep{%.0f}%%\n", us
  printf "\\def\\threadscpuone{%.3f}%%\n", C1["now"]
  printf "\\def\\threadscputwo{%.3f}%%\n", C2["now"]
  printf "\\def\\threadscompute{%.3f}%%\n", 4000 * us / 1e6
  serial = C1["now"] - 4000 * us / 1e6; if (serial < 0) serial = 0
  printf "\\def\\threadsserial{%.3f}%%\n", serial
  printf "\\def\\threadsalone{%.3f}%%\n", S["now"]
  printf "\\def\\threadsfraction{%.2f}%%\n", F["now"]
  printf "\\def\\threadsamdahltwo{%.2f}%%\n", amdahl(F["now"], 2)
  printf "\\def\\threadsfour{%.1f}%%\n", amdahl(F["now"], 4)
  printf "\\def\\threadseight{%.1f}%%\n", amdahl(F["now"], 8)
  printf "\\def\\threadssixteen{%.1f}%%\n", amdahl(F["now"], 16)
  printf "\\def\\threadstrace{%.2f}%%\n", trace / 1048576
  printf "\\def\\threadsgrad{%.2f}%%\n", 4 * 128 * (128 + 128 + 1) * 8 / 1048576
  if ((("now", 1) in peak) && (("now", 2) in peak))
    printf "\\def\\threadspeak{, and the peak memory of the process was %.1f~MiB on one thread and %.1f~MiB on two}%%\n", peak["now", 1] / 1024, peak["now", 2] / 1024
  else printf "\\def\\threadspeak{}%%\n"
  if ("before" in n1) {
    printf "\\def\\threadsbeforedate{%s}%%\n", date["before"]
    printf "\\def\\threadsbeforeload{%s}%%\n", load["before"]
    printf "\\def\\threadsbeforeone{%.3f}%%\n", T1["before"]
    printf "\\def\\threadsbeforetwo{%.3f}%%\n", T2["before"]
    printf "\\def\\threadsbeforespeedup{%.2f}%%\n", T1["before"] / T2["before"]
    printf "\\def\\threadsbeforecputwo{%.3f}%%\n", C2["before"]
    printf "\\def\\threadsbeforealone{%.3f}%%\n", S["before"]
    printf "\\def\\threadsbeforefraction{%.2f}%%\n", F["before"]
    printf "\\def\\threadsbeforeamdahltwo{%.2f}%%\n", amdahl(F["before"], 2)
    printf "\\def\\threadsbeforesixteen{%.1f}%%\n", amdahl(F["before"], 16)
  }
}' $before "$txt"
