#!/bin/sh
# The corpus of malformed files.  Each tests/bad/NAME.model or NAME.seq is
# given, with the worked example's other file, to `lstm forward', `lstm
# grad', `lstm gradcheck' and `lstm inspect'; each run must exit with
# status 1, print nothing on standard output, and print exactly the one
# line of tests/bad/NAME.expected on standard error.  Then the cases that cannot
# be committed as files (a line of more than LSTM_LINE_MAX characters, a
# missing file, a directory) and mistakes on the command line (status 2).
# Usage: tests/bad.sh LSTM...   (every binary given is tested)
model=tests/worked-example/gomez.model
seq=tests/worked-example/gomez.seq
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
runs=0

# expect STATUS EXPECTED-STDERR-LINE COMMAND...
expect() {
  want_status=$1 want=$2; shift 2
  runs=$((runs + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"; status=$?
  printf '%s\n' "$want" >"$tmp/want"
  if [ "$status" -ne "$want_status" ] || [ -s "$tmp/out" ] ||
     ! cmp -s "$tmp/err" "$tmp/want"; then
    echo "FAIL: $*"
    echo "  status $status (expected $want_status); stdout $(wc -c <"$tmp/out") bytes"
    echo "  stderr:   $(cat "$tmp/err")"
    echo "  expected: $want"
    fails=$((fails + 1))
  fi
}

# A line one character longer than LSTM_LINE_MAX = 2^20, in a comment.
long=$tmp/long-line.model
{ echo "lstm-model 1"; printf '#'; head -c 1048576 /dev/zero | tr '\0' x; echo; } >"$long"
mkdir "$tmp/directory.model"
# Finite numbers whose square overflows: the worked example with a target
# of 1e300 has an infinite loss, which is an error, not a result.
big=$tmp/big-target.seq
sed 's/1\.25/1e300/' $seq >"$big"

# Texts: empty, one distinct byte, and a validation byte outside the
# alphabet; a model of the alphabet a b c.
: >"$tmp/empty.txt"
printf aaaa >"$tmp/aaaa.txt"
printf abcabcabcabc >"$tmp/abc.txt"
printf abcz >"$tmp/abcz.txt"
"${1:-build/release/lstm}" train --text "$tmp/abc.txt" --cells 2 \
  --out "$tmp/abc.model" >/dev/null 2>&1 ||
  { echo "FAIL: cannot train the model of abc"; exit 1; }
files=$(ls tests/bad/*.model tests/bad/*.seq | wc -l)
for lstm in "$@"; do
  for f in tests/bad/*.model tests/bad/*.seq; do
    case $f in
      *.model) args="$f $seq";;
      *.seq) args="$model $f";;
    esac
    want=$(cat "${f%.*}.expected")
    for cmd in forward grad gradcheck inspect; do
      expect 1 "$want" "$lstm" $cmd $args
    done
  done
  expect 1 "$long:2: expected at most 1048576 characters on a line, found more" \
    "$lstm" forward "$long" $seq
  expect 1 "$tmp/none.model: cannot open the file: No such file or directory" \
    "$lstm" grad "$tmp/none.model" $seq
  expect 1 "$tmp/directory.model: cannot read the file: Is a directory" \
    "$lstm" gradcheck "$tmp/directory.model" $seq
  expect 2 "lstm grad: unknown method 'nosuch'; the methods are$(
    "$lstm" grad --method bptt:1 $model $seq 2>&1 >/dev/null |
    sed 's/.*the methods are//')" "$lstm" grad --method nosuch $model $seq
  expect 2 "lstm grad: method bptt takes no parameter; the methods are$(
    "$lstm" grad --method nosuch $model $seq 2>&1 >/dev/null |
    sed 's/.*the methods are//')" "$lstm" grad --method bptt:1 $model $seq
  methods=$("$lstm" grad --method nosuch $model $seq 2>&1 >/dev/null |
    sed 's/.*the methods are//')
  for spec in hybrid:0 hybrid:1.5 hybrid:x hybrid: hybrid:65537 hybrid:-3; do
    expect 2 "lstm grad: method hybrid takes as its block length a whole number from 1 to 65536 after the colon, as in hybrid:16, or none; the methods are$methods" \
      "$lstm" grad --method $spec $model $seq
  done
  expect 2 "lstm gradcheck: method eprop has no variant 'X'; the variants are eprop, eprop:random; the methods are$methods" \
    "$lstm" gradcheck --method eprop:X $model $seq
  expect 2 "lstm grad: expected two files, MODEL and SEQ, found only one; try 'lstm grad --help'" \
    "$lstm" grad $model
  expect 2 "lstm forward: expected two files, MODEL and SEQ, found another argument 'x'; try 'lstm forward --help'" \
    "$lstm" forward $model $seq x
  expect 2 "lstm forward: unknown option '--method'; try 'lstm forward --help'" \
    "$lstm" forward --method bptt $model $seq
  expect 2 "lstm gradcheck: expected a positive number after --eps, found '0'; try 'lstm gradcheck --help'" \
    "$lstm" gradcheck --eps 0 $model $seq
  expect 2 "lstm gradcheck: expected a value after '--eps'; try 'lstm gradcheck --help'" \
    "$lstm" gradcheck $model $seq --eps
  for bad in 0 two 1025 -1 2x 99999999999999999999 ''; do
    expect 2 "lstm grad: expected a number of threads from 1 to 1024 after --threads, found '$bad'; try 'lstm grad --help'" \
      "$lstm" grad --threads "$bad" $model $seq
  done
  expect 2 "lstm gradcheck: expected a number of threads from 1 to 1024 after --threads, found '0'; try 'lstm gradcheck --help'" \
    "$lstm" gradcheck --threads=0 $model $seq
  expect 2 "lstm gradcheck: expected a value after '--threads'; try 'lstm gradcheck --help'" \
    "$lstm" gradcheck $model $seq --threads
  expect 2 "lstm forward: unknown option '--threads'; try 'lstm forward --help'" \
    "$lstm" forward --threads 2 $model $seq
  for cmd in forward grad gradcheck; do
    expect 1 "lstm: the loss is inf, not a finite number: the numbers of the files are too large for double precision" \
      "$lstm" $cmd $model "$big"
  done
  expect 2 "lstm: the step 1e-20 is lost in rounding: parameter 0 is 0.45000000000000001" \
    "$lstm" gradcheck --eps 1e-20 $model $seq
  expect 2 "lstm: unknown command 'backward'; try 'lstm --help'" \
    "$lstm" backward $model $seq
  # Learning from text: status 2, nothing on standard output, no model.
  expect 2 "$tmp/empty.txt: the text is empty" \
    "$lstm" train --text "$tmp/empty.txt" --out "$tmp/never.model"
  expect 2 "lstm: the text has only one distinct byte (97); a model of it has nothing to learn" \
    "$lstm" train --text "$tmp/aaaa.txt" --out "$tmp/never.model"
  expect 2 "lstm: the validation text has byte 122 at offset 3, which is not in the model's alphabet of 3 bytes" \
    "$lstm" train --text "$tmp/abc.txt" --valid-text "$tmp/abcz.txt" --out "$tmp/never.model"
  expect 2 "lstm: the training text has 1 byte; a text needs at least two, one to read and one to predict" \
    "$lstm" train --text "$tmp/abc.txt" --valid-fraction 0.99 --out "$tmp/never.model"
  for bad in 0 102 x; do
    expect 2 "lstm bench: expected after --peak a list of at most 16 whole numbers from 1 to 101 separated by commas, found '$bad'; try 'lstm bench --help'" \
      "$lstm" bench --peak $bad
  done
  expect 2 "lstm bench: --peak takes one number of rounds, found '1,2'; try 'lstm bench --help'" \
    "$lstm" bench --peak 1,2
  expect 2 "lstm bench: --peak takes no other option; try 'lstm bench --help'" \
    "$lstm" bench --peak 1 --cells 4
  expect 2 "lstm train: expected a length from 1 to 1000000 after --length, found '0'; try 'lstm train --help'" \
    "$lstm" train --text "$tmp/abc.txt" --length 0 --out "$tmp/never.model"
  expect 2 "lstm train: expected a length from 1 to 1000000 after --length, found '1000001'; try 'lstm train --help'" \
    "$lstm" train --text "$tmp/abc.txt" --length 1000001 --out "$tmp/never.model"
  expect 2 "lstm train: expected a number between 0 and 1 after --valid-fraction, found '1'; try 'lstm train --help'" \
    "$lstm" train --text "$tmp/abc.txt" --valid-fraction 1 --out "$tmp/never.model"
  expect 2 "lstm: the model has no alphabet: it was not trained on a text" \
    "$lstm" sample $model
  expect 2 "lstm: the model has no alphabet: it was not trained on a text" \
    "$lstm" eval $model --text "$tmp/abc.txt"
  expect 2 "lstm: the prime has byte 122 at offset 1, which is not in the model's alphabet of 3 bytes" \
    "$lstm" sample "$tmp/abc.model" --prime az
  expect 2 "lstm: the text has byte 122 at offset 3, which is not in the model's alphabet of 3 bytes" \
    "$lstm" eval "$tmp/abc.model" --text "$tmp/abcz.txt"
  for t in 0 -1 nan inf 1e999 x; do
    expect 2 "lstm sample: expected a positive number after --temperature, found '$t'; try 'lstm sample --help'" \
      "$lstm" sample "$tmp/abc.model" --temperature $t
  done
  for n in 0 1000000001; do
    expect 2 "lstm sample: expected a length from 1 to 1000000000 after --length, found '$n'; try 'lstm sample --help'" \
      "$lstm" sample "$tmp/abc.model" --length $n
  done
  if [ -e "$tmp/never.model" ]; then
    echo "FAIL: a refused training on a text wrote its model"
    fails=$((fails + 1))
  fi
  # The options of the network of 1997 (the chapter on Experiment 2a as
  # published): a bad value or a task without that network writes nothing.
  t="lstm train"; h="; try 'lstm train --help'"
  expect 2 "$t: --net is '1997' (the network of Hochreiter and Schmidhuber's Table 10), not '2000'$h" \
    "$lstm" train --task lag --net 2000 --out "$tmp/m.model"
  expect 2 "$t: --net 1997 has a network for the lag task with --targets every (Experiment 2a) only, not for the task reber$h" \
    "$lstm" train --task reber --net 1997 --out "$tmp/m.model"
  expect 2 "$t: --net 1997 has a network for the lag task with --targets every (Experiment 2a) only, not for the task lag with --targets last$h" \
    "$lstm" train --task lag --net=1997 --out "$tmp/m.model"
  expect 2 "$t: --construct makes its own network and cannot start from --init$h" \
    "$lstm" train --task lag --construct --init $model --out "$tmp/m.model"
  expect 2 "$t: --patience is a whole number of sequences from 1 to 10000000, not '0'$h" \
    "$lstm" train --task lag --construct --patience 0 --out "$tmp/m.model"
  expect 2 "$t: --success is 'always' or 'end', not 'often'$h" \
    "$lstm" train --task lag --success often --out "$tmp/m.model"
  expect 2 "$t: --middle is 'fixed' or 'random', not 'noisy'$h" \
    "$lstm" train --task lag --middle noisy --out "$tmp/m.model"
  expect 2 "$t: --middle is for the lag task, not for the task reber$h" \
    "$lstm" train --task reber --middle random --out "$tmp/m.model"
  expect 2 "$t: --construct is for --task, not --data$h" \
    "$lstm" train --data $seq --construct --out "$tmp/m.model"
  # Minibatches (the section "Minibatches" of the chapter on speed).
  for b in 0 -1 x 2x 1000001 99999999999999999999 ''; do
    expect 2 "$t: expected a batch of 1 to 1000000 sequences after --batch, found '$b'$h" \
      "$lstm" train --task adding --batch "$b" --out "$tmp/m.model"
  done
  for n in 0 1025 two ''; do
    expect 2 "$t: expected a number of threads from 1 to 1024 after --threads, found '$n'$h" \
      "$lstm" train --data $seq --batch 1 --threads "$n" --out "$tmp/m.model"
  done
  expect 2 "$t: --batch 2 is larger than the training file, which has 1 sequence$h" \
    "$lstm" train --data $seq --batch 2 --out "$tmp/m.model"
  expect 2 "$t: --construct changes the network between two sequences, and cannot be used with a --batch of more than one$h" \
    "$lstm" train --task lag --construct --batch 4 --out "$tmp/m.model"
  expect 2 "lstm: --batch 12 is larger than the 11 characters of the training text" \
    "$lstm" train --text "$tmp/abc.txt" --batch 12 --out "$tmp/m.model"
  expect 2 "$t: --update is 'step' or 'sequence', not 'often'$h" \
    "$lstm" train --task lag --update often --out "$tmp/m.model"
  for r in 0 -0.1 x 1e400 nan inf ''; do
    expect 2 "$t: --lr-cell-out is the learning rate of the weights from the cells to the outputs, a positive number, not '$r'$h" \
      "$lstm" train --task lag --net 1997 --targets every --lr-cell-out "$r" --out "$tmp/m.model"
  done
  expect 2 "$t: --lr-cell-out is for --task, not --data$h" \
    "$lstm" train --data $seq --lr-cell-out 0.03 --out "$tmp/m.model"
  expect 2 "$t: --lr-cell-out is for --task, not --text$h" \
    "$lstm" train --text "$tmp/abc.txt" --lr-cell-out 0.03 --out "$tmp/m.model"
  expect 2 "$t: --trace needs the name of a file, not '-'$h" \
    "$lstm" train --task lag --trace - --out "$tmp/m.model"
  expect 2 "$t: --trace is for the lag task with --middle fixed, not for the task reber$h" \
    "$lstm" train --task reber --trace "$tmp/t.trace" --out "$tmp/m.model"
  expect 2 "$t: --trace is for the lag task with --middle fixed, not for the task lag with --middle random$h" \
    "$lstm" train --task lag --middle random --trace "$tmp/t.trace" --out "$tmp/m.model"
  expect 2 "$t: --trace is for --task, not --data$h" \
    "$lstm" train --data $seq --trace "$tmp/t.trace" --out "$tmp/m.model"
  expect 2 "$t: --trace follows one sequence at a time, and cannot be used with a --batch of more than one$h" \
    "$lstm" train --task lag --trace "$tmp/t.trace" --batch 2 --out "$tmp/m.model"
  expect 2 "$t: --update sequence follows one sequence at a time, and cannot be used with a --batch of more than one$h" \
    "$lstm" train --task lag --update sequence --batch 2 --out "$tmp/m.model"
  if [ -e "$tmp/t.trace" ]; then
    echo "FAIL: a refused lstm train wrote its trace"; fails=$((fails + 1))
  fi
  for m in hybrid eprop eprop:random; do
    expect 2 "lstm: the methods hybrid and eprop take the book's own cell only, not the network of --net 1997" \
      "$lstm" train --task lag --lag 10 --targets every --net 1997 --method $m --out "$tmp/m.model"
  done
  if [ -e "$tmp/m.model" ]; then
    echo "FAIL: a refused lstm train wrote $tmp/m.model"; fails=$((fails + 1))
  fi
done
if [ $fails -ne 0 ]; then
  echo "FAIL: bad input: $fails of $runs runs"
  exit 1
fi
echo "PASS: bad input: $files malformed files and $runs runs of $# builds"
