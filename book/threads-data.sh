#!/bin/sh
# Write a random network and a random sequence file in the book's formats:
# m = n = M inputs and cells, no output layer, S sequences of T steps with
# a target at every step, from the seed SEED (awk's generator).  Used by
# book/threads.sh and tests/threads.sh; the files are made, used, deleted.
# Usage: book/threads-data.sh M S T SEED MODEL SEQ
set -e
M=$1 S=$2 T=$3 SEED=$4 model=$5 seq=$6
awk -v M="$M" -v SEED="$SEED" 'BEGIN {
  srand(SEED)
  printf "lstm-model 1\n# random, written by book/threads-data.sh\ninputs %d\ncells %d\n", M, M
  printf "W\n"; for (r = 0; r < 4 * M; r++) { for (c = 0; c < M; c++) printf " %.17g", (rand() - 0.5) * 0.2; printf "\n" }
  printf "U\n"; for (r = 0; r < 4 * M; r++) { for (c = 0; c < M; c++) printf " %.17g", (rand() - 0.5) * 0.2; printf "\n" }
  printf "b\n"; for (c = 0; c < 4 * M; c++) printf " %.17g", (rand() - 0.5) * 0.2; printf "\n"
}' > "$model"
awk -v M="$M" -v S="$S" -v T="$T" -v SEED="$SEED" 'BEGIN {
  srand(SEED + 1)
  printf "lstm-seq 1\ninputs %d\ntargets %d\n", M, M
  for (s = 0; s < S; s++) {
    printf "sequence %d\n", T
    for (t = 0; t < T; t++) {
      for (c = 0; c < M; c++) printf " %.17g", rand() * 2 - 1
      printf "  "
      for (c = 0; c < M; c++) printf " %.17g", rand() - 0.5
      printf "\n"
    }
  }
}' > "$seq"
