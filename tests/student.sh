#!/bin/sh
# The student edition, as `make test' checks it.
#  1. It builds: `make student' (code and book) with book/student.ch, into
#     build/student.  A change file entry that no longer matches the web
#     fails here, with ctangle's message.
#  2. Its tests fail as intended: the test program exits non-zero and names
#     every exercise of the change file, and no failure lacks an exercise.
#  3. The reference passes them: the same test program, linked with the
#     reference library (the web without the change file), passes.
#  4. Each exercise is tested by its own tests: with the blocks of one
#     exercise left out of the change file (its reference sections put
#     back), that exercise passes and the others still fail.
#  5. An edit of the student's change file is compiled in the same run of
#     make: after each of four edits, the object is newer than the code
#     tangled from the edit (it used to be stale every other time).
#  6. An answer of bptt.3 that writes NaN into the deltas fails the
#     gradient check of the finite-differences tests (it used to pass).
# Every exercise must also be in its chapter's exercises, as \exercise{tag}.
# Usage: tests/student.sh (from the top directory, after the release build)
set -u
ch=book/student.ch
fail() { printf 'FAIL: student edition: %s\n' "$*"; exit 1; }

tags=$(sed -n 's/^@x \([a-z0-9]*\.[0-9]*\) .*/\1/p' "$ch" | sort -u)
[ -n "$tags" ] || fail "$ch names no exercise on its @x lines"
for t in $tags; do
  file=$(sed -n "s|^@x $t (\(chapters/[a-z0-9]*\.w\)).*|\1|p" "$ch" | head -1)
  [ -n "$file" ] || fail "$ch: exercise $t does not name its chapter, as in '@x $t (chapters/x.w)'"
  grep -q "\\\\exercise{$t}" "$file" || fail "$file has no exercise $t (written \\exercise{$t})"
done

# run DIR CHANGEFILE TARGET: build TARGET of the student code in DIR, run
# its tests, keep the output in DIR/out; the exit status of the tests is
# in $status.  start DIR CHANGEFILE TARGET begins the same build in the
# background, and finish DIR waits for it and runs the tests: the builds
# of the exercises below are independent and run side by side.
run() {
  start "$@"
  finish "$1" "$2" "$3"
}
start() {
  rm -f "$1.made"
  (make -s STUDENT_DIR="$1" STUDENT_CH="$2" "$3" >"$1.log" 2>&1; echo $? >"$1.made") &
}
finish() {
  while [ ! -s "$1.made" ]; do wait; sleep 0.1; done
  [ "$(cat "$1.made")" = 0 ] || { cat "$1.log"; fail "make $3 with $2 failed"; }
  "$1/check_student" >"$1/out" 2>&1
  status=$?
}

mkdir -p build
rm -rf build/student build/student-*
run build/student "$ch" student
[ "$status" -ne 0 ] || { cat build/student/out; fail "the tests pass with the stubs"; }
grep 'no exercise' build/student/out && fail "a failure above belongs to no exercise"
for t in $tags; do
  grep -q "^FAILED: Exercise $t is not solved" build/student/out ||
    { cat build/student/out; fail "no failure names exercise $t"; }
done
echo "PASS: the student edition builds (code and book) and its tests fail for: $(echo $tags)"

mkdir -p build/student-ref
${CC:-gcc} -std=c11 -Wall -Wextra -Wpedantic -Werror -O0 -g $(pkg-config --cflags check) \
  -Igenerated -o build/student-ref/check_student tests/check_example.c \
  tests/check_gradient.c tests/check_teaching.c tests/check_util.c \
  tests/student_main.c build/release/liblstm.a $(pkg-config --libs check) -lm ||
  fail "the student tests do not build against the reference library"
build/student-ref/check_student >build/student-ref/out 2>&1 ||
  { cat build/student-ref/out; fail "the student tests fail on the reference code"; }
echo "PASS: the student tests pass on the reference code"

for t in $tags; do
  awk -v drop="$t" '/^@x/ { skip = ($2 == drop) } !skip { print } /^@z/ { skip = 0 }' \
    "$ch" >build/student-$t.ch
  start build/student-$t build/student-$t.ch student-code
done
for t in $tags; do
  finish build/student-$t build/student-$t.ch student-code
  grep -q "^FAILED: Exercise $t " build/student-$t/out &&
    { cat build/student-$t/out; fail "with the reference sections of $t put back, $t still fails"; }
  for u in $tags; do
    [ "$u" = "$t" ] && continue
    grep -q "^FAILED: Exercise $u is not solved" build/student-$t/out ||
      { cat build/student-$t/out; fail "with the sections of $t put back, $u no longer fails"; }
  done
done
echo "PASS: each exercise's tests pass once its reference sections are put back, and the others still fail"

mkdir -p build/student-edit
cp "$ch" build/student-edit.ch
for i in 1 2 3 4; do
  # a line added to the first replacement moves the #line directives of
  # the tangled code, so the code changes with every edit
  sed -i "0,/^@y/s//@y\\n@q edit $i @>/" build/student-edit.ch
  make -s STUDENT_DIR=build/student-edit STUDENT_CH=build/student-edit.ch \
    build/student-edit/lstm.o >build/student-edit.log 2>&1 ||
    { cat build/student-edit.log; fail "make with an edited change file failed"; }
  [ -n "$(find build/student-edit/lstm.o -newer build/student-edit/generated/lstm.c)" ] ||
    fail "edit $i of the change file was tangled but not compiled"
done
echo "PASS: every edit of a change file is compiled in the same run of make"

# 6. A student's answer that writes NaN into the deltas fails the gradient
#    check (the comparisons used to skip a NaN, and the check passed).
awk '/^@x/ { keep = ($2 == "bptt.3") } keep { print } /^@z/ { keep = 0 }' "$ch" |
  sed 's/memset(dg, 0, 4 \* n \* sizeof \*dg);/for (size_t q = 0; q < 4 * n; q++) dg[q] = NAN;/' \
  >build/student-nan.ch
grep -q 'dg\[q\] = NAN' build/student-nan.ch || fail "could not make the NaN answer of bptt.3"
run build/student-nan build/student-nan.ch student-code
grep -q '^FAILED: Exercise bptt.3 ' build/student-nan/out ||
  { cat build/student-nan/out; fail "an answer that writes NaN into the deltas passes"; }
grep -q 'F:finite differences:bptt_matches_central_differences:.*not finite' build/student-nan/out ||
  { cat build/student-nan/out; fail "the gradient check does not fail on NaN deltas"; }
echo "PASS: an answer that writes NaN into the deltas fails the gradient check"
