# Makefile for lstm.w.  `make` tangles (when ctangle is present), compiles,
# weaves the book and runs the worked example; `make test` runs the tests.
# Everything the build needs is installed by it on a Debian machine (see
# `deps' below); elsewhere it stops with the command that installs it.

CC      = gcc
CFLAGS  = -std=c11 -Wall -Wextra -Wpedantic -Werror -O3 -g
DEBUG_CFLAGS = -std=c11 -Wall -Wextra -Wpedantic -Werror -O0 -g3
SAN     = -fsanitize=address,undefined -fno-omit-frame-pointer \
          -fno-sanitize-recover=all
LDLIBS  = -lm -pthread

WEBS     = lstm.w $(wildcard chapters/*.w)
LIBSRC   = generated/lstm.c generated/lstm.h
MAINSRC  = generated/main.c
CHECK_FLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS  = $(shell pkg-config --libs check 2>/dev/null)
TESTS    = $(wildcard tests/check_*.c)
EXPDIR   = book/experiments

.PHONY: all lstm liblstm.a tangle book test debug clean deps deps-book experiments \
        deps-test example check-fresh student student-code student-test fast bench \
        experiments-long experiments-2a experiments-battery experiments-unseen experiments-why experiments-report align balance inside inside-models \
        bias bias-models claims experiments-sensitivity bench-hybrid text text-runs \
        crosscheck torchspeed threads-bench batch-bench FORCE
.DELETE_ON_ERROR:

all: lstm liblstm.a book example

# ---------------------------------------------------------------- set-up
# The Debian packages that provide each tool.  `deps' installs what is
# missing with apt-get (as root, or through sudo); without either it stops
# and prints the one command that installs it.
define install_missing
	@missing=""; \
	for pair in $(1); do \
	  what=$${pair%%:*}; pkg=$${pair#*:}; \
	  case $$what in \
	    *.tex|*.mkii) kpsewhich $$what >/dev/null 2>&1 || missing="$$missing $$pkg";; \
	    check.pc) pkg-config --exists check 2>/dev/null || missing="$$missing $$pkg";; \
	    torch) $(TORCH_PYTHON) -c 'import torch' >/dev/null 2>&1 || missing="$$missing $$pkg";; \
	    *) command -v $$what >/dev/null 2>&1 || missing="$$missing $$pkg";; \
	  esac; \
	done; \
	missing=$$(printf '%s\n' $$missing | sort -u | tr '\n' ' '); \
	if [ -n "$${missing% }" ]; then \
	  cmd="apt-get install -y --no-install-recommends $$missing"; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$cmd) >/dev/null \
	      || { echo "could not install; run: $$cmd" >&2; exit 1; }; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
	    echo "installing:$$missing"; \
	    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive $$cmd) >/dev/null \
	      || { echo "could not install; run: sudo $$cmd" >&2; exit 1; }; \
	  else \
	    echo "missing:$$missing; install with: sudo $$cmd" >&2; exit 1; \
	  fi; \
	fi
endef

BUILD_DEPS = gcc:gcc
BOOK_DEPS  = ctangle:texlive-binaries cweave:texlive-binaries \
             ctwill:texlive-binaries \
             pdftex:texlive-binaries kpsewhich:texlive-binaries \
             mpost:texlive-metapost cwebmac.tex:texlive-extra-utils \
             pdfwebtocfront.tex:texlive-extra-utils \
             supp-pdf.mkii:texlive-base supp-pdf.mkii:texlive-metapost
TEST_DEPS  = pkg-config:pkg-config check.pc:check gdb:gdb

deps-book:
	$(call install_missing,$(BUILD_DEPS) $(BOOK_DEPS))
deps-test:
	$(call install_missing,$(BUILD_DEPS) $(BOOK_DEPS) $(TEST_DEPS))
deps: deps-test

# ---------------------------------------------------------------- tangle
# ctangle runs from the top directory, so that its #line directives name
# chapters/*.w as seen from here, and gdb finds the literate source.
# It writes into build/tangle, and a file of generated/ is replaced only
# when it changes.  Any message from ctangle (a warning such as "Never
# used") fails the build.
#
# ctangle 4.4 to 4.10 keep only the low eight bits of the index under which
# a file name is stored (the variable `a' of its section <Insert the line
# number into tok_mem> is an eight_bits), so once a web has more than 256
# names the #line directives of later chapters name a random identifier
# instead of the file; CWEB 4.11 (December 2023) fixed it.  FIXLINES runs
# only when `ctangle --version' names one of those versions, or names
# none that can be read, and then repairs them: it numbers the sections of
# the web, remembers the file of each, and rewrites every #line with the
# file of the section that the /*n:*/ markers say it belongs to.  (A wrong
# name can itself be a file name, so ctangle's names cannot be checked;
# instead every line number must lie within the file it is given.)
define FIXLINES
function scanweb(path,    line, rest, c, n, p) {
  while ((getline line < path) > 0) {
    if (line ~ /^@i[ \t]/) {
      n = line; sub(/^@i[ \t]+/, "", n); sub(/[ \t].*$$/, "", n)
      scanweb(n); continue
    }
    rest = line
    while ((p = index(rest, "@")) > 0) {
      c = substr(rest, p + 1, 1)
      if (c == "@") { rest = substr(rest, p + 2); continue }
      if (c == "" || c == " " || c == "\t" || c == "*") sect[++nsect] = path
      rest = substr(rest, p + 2)
    }
  }
  close(path)
}
function emit(f,    n, name) {
  if (CH != "") {
    name = held; sub(/^#line [0-9]+ "/, "", name); sub(/"$$/, "", name)
    n = held; sub(/^#line /, "", n); sub(/ .*$$/, "", n)
    if (name == CH && (n in inrepl)) { emit_ch(); return }
  }
  if (f == "") { printf "fixlines: %s:%d: no section\n", FILENAME, FNR > "/dev/stderr"; bad = 1 }
  n = held; sub(/^#line /, "", n); sub(/ .*$$/, "", n)
  if (!(f in lines)) { lines[f] = 0; while ((getline junk < f) > 0) lines[f]++; close(f) }
  if (n + 0 > lines[f]) {
    printf "fixlines: %s:%d: line %d is past the end of %s\n", FILENAME, FNR, n, f > "/dev/stderr"; bad = 1
  }
  match(held, /^#line [0-9]+ /)
  print substr(held, 1, RLENGTH) "\"" f "\""
  held = ""
}
# With a change file CH (the student edition), a #line that names CH is
# kept when its line lies inside a replacement (@y to @z) of CH.  One that
# names CH at a line outside every replacement cannot be ctangle's: it is
# the eight-bit bug above pointing at CH's name by chance (it happens as
# the web grows), and it is rewritten like any other.
function emit_ch() {
  print held
  held = ""
}
BEGIN {
  scanweb(WEB)
  if (CH != "") {
    while ((getline line < CH) > 0) {
      chl++
      if (line ~ /^@[yY]/) within = 1
      else if (line ~ /^@[zZ]/) within = 0
      else if (within) inrepl[chl] = 1
    }
    close(CH)
  }
}
{
  line = $$0
  if (held != "") {
    if (match(line, /^\/\*:[0-9]+\*\//)) { n = substr(line, 4, RLENGTH - 5) + 1; emit(sect[n]) }
    else emit(sect[stack[sp]])
  }
  if (line ~ /^#line [0-9]+ "/) { held = line; next }
  rest = line
  while (match(rest, /\/\*:?[0-9]+:?\*\//)) {
    tok = substr(rest, RSTART, RLENGTH)
    if (tok ~ /^\/\*:/) sp--
    else { n = tok; gsub(/[^0-9]/, "", n); stack[++sp] = n + 0 }
    rest = substr(rest, RSTART + RLENGTH)
  }
  print line
}
END { if (held != "") emit(sect[stack[sp]]); exit bad }
endef
export FIXLINES

# fixlines_needed: a shell command that sets fix to 1 when the installed
# ctangle has the bug above (CWEB 4.4 to 4.10, or a version that cannot be
# read), to 0 otherwise.  A recipe runs `$(fixlines_needed);' first and
# then FIXLINES if $$fix is 1, or copies ctangle's output as it is.
fixlines_needed = v=$$(ctangle --version 2>/dev/null | \
	  sed -n '1s/^CTANGLE \([0-9][0-9.]*\).*/\1/p'); \
	case "$$v" in 4.[4-9]|4.[4-9].*|4.10|4.10.*|"") fix=1;; *) fix=0;; esac

define run_ctangle
	@rm -rf build/tangle && mkdir -p build/tangle/generated && \
	ln -s ../../lstm.w ../../chapters build/tangle/
	@out=$$(cd build/tangle && ctangle -bhp lstm.w - generated/lstm.c 2>&1); \
	if [ -n "$$out" ]; then printf '%s\n' "$$out" >&2; \
	  echo "ctangle reported problems" >&2; exit 1; fi
	@$(fixlines_needed); \
	for f in build/tangle/generated/*; do \
	  if [ $$fix = 1 ]; then \
	    LC_ALL=C awk -v WEB=lstm.w "$$FIXLINES" $$f > $$f.fixed || exit 1; \
	  else cp $$f $$f.fixed; fi; \
	  g=generated/$${f##*/}; cmp -s $$f.fixed $$g || mv $$f.fixed $$g; \
	done
endef

build/tangle.stamp: $(WEBS) | deps-book
	@mkdir -p build generated
	@if command -v ctangle >/dev/null 2>&1; then :; else \
	  echo "ctangle not found: building from the committed generated/"; \
	  touch $@; exit 0; fi
	$(run_ctangle)
	@touch $@

tangle: | deps-book
	@mkdir -p build generated
	$(run_ctangle)
	@touch build/tangle.stamp

# The empty recipe (the `;') matters: a target with no recipe at all is
# not looked at again after its prerequisite is remade, so that the
# objects would be compiled from the old sources every other time.
$(LIBSRC) $(MAINSRC): build/tangle.stamp ;

# ---------------------------------------------------------------- compile
# Three builds, each in its own directory: release (the default flags),
# debug (-O0 -g3, for gdb) and asan (the sanitizers, for the tests).
build/%/lstm.o: generated/lstm.c generated/lstm.h
	@mkdir -p $(@D)
	$(CC) $(FLAGS_$*) -Igenerated -c -o $@ generated/lstm.c
build/%/main.o: generated/main.c generated/lstm.h
	@mkdir -p $(@D)
	$(CC) $(FLAGS_$*) -Igenerated -c -o $@ generated/main.c
build/%/liblstm.a: build/%/lstm.o
	rm -f $@ && ar rcs $@ $<
build/%/lstm: build/%/main.o build/%/liblstm.a
	$(CC) $(FLAGS_$*) -o $@ $^ $(LDLIBS)
# The Check suite runs the `lstm' command of its own build, too.
build/%/check_lstm: $(TESTS) tests/suites.h build/%/liblstm.a generated/lstm.h \
    build/%/lstm
	$(CC) $(FLAGS_$*) $(CHECK_FLAGS) -Igenerated -DLSTM_BIN='"build/$*/lstm"' \
	  -DTESTOUT='"build/$*"' -o $@ $(TESTS) \
	  build/$*/liblstm.a $(CHECK_LIBS) $(LDLIBS)
# The command under ThreadSanitizer, for tests/threads.sh: the library
# with POSIX threads, since the sanitizer of gcc 12 (and of clang 14)
# does not know the threads that C11's thrd_create starts (they crash at
# their first instrumented call); the two differ only in the eight small
# functions of the library's thread layer.
build/tsan/lstm: generated/lstm.c generated/main.c generated/lstm.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -O1 -fsanitize=thread -DLSTM_NO_C11_THREADS -Igenerated \
	  -o $@ generated/main.c generated/lstm.c $(LDLIBS)
build/%/fuzz: tests/fuzz.c build/%/liblstm.a generated/lstm.h
	$(CC) $(FLAGS_$*) -Igenerated -o $@ tests/fuzz.c build/$*/liblstm.a $(LDLIBS)

FLAGS_release = $(CFLAGS)
FLAGS_debug   = $(DEBUG_CFLAGS)
FLAGS_asan    = $(CFLAGS) $(SAN)
FLAGS_fast    = $(CFLAGS) -march=native $(WIDE_VECTORS)
# GCC tunes -march=native on some processors with AVX-512 (the Xeon of the
# speed chapter) to vectors of four doubles; asking for eight, where the
# compiler and the processor have them, makes `make fast' as fast as the
# default build's AVX-512 kernels, with the same bits.
WIDE_VECTORS = $(shell $(CC) -march=native -mprefer-vector-width=512 -E -x c /dev/null >/dev/null 2>&1 && \
  $(CC) -march=native -dM -E -x c /dev/null 2>/dev/null | grep -q __AVX512F__ && echo -mprefer-vector-width=512)
.SECONDARY:

# ./lstm and ./liblstm.a are copies of the release build; `make debug'
# puts the debug build at ./lstm instead.
lstm: build/release/lstm
	@cmp -s $< $@ || cp $< $@
liblstm.a: build/release/liblstm.a
	@cmp -s $< $@ || cp $< $@
debug: build/debug/lstm
	@cmp -s $< lstm || cp $< lstm
	@echo "./lstm is now the debug build (-O0 -g3); 'make' restores the release build"

example: lstm
	./lstm example

# `make fast' builds build/fast/lstm and build/fast/liblstm.a with
# -march=native: vector instructions of this processor (AVX-512 on the
# machine of the book's measurements), so the result may not run on
# another.  The arithmetic is the same as the default build's except where
# the compiler's use of those instructions changes nothing (the order of
# every sum is fixed by the source and -std=c11 forbids fused
# multiply-adds), so both builds give the same numbers here.  The default
# build carries its kernels compiled for AVX2 and AVX-512 as well and
# chooses the widest the processor runs when it starts (the speed
# chapter), so it is about as fast; `make fast' remains for comparison.
fast: build/fast/lstm build/fast/liblstm.a
	@echo "build/fast/lstm: -O3 -march=native $(WIDE_VECTORS); it runs only on processors like this one"

# `make bench' times the methods with both builds and writes the table of
# the chapter on speed: book/bench-default.txt and book/bench-fast.txt are
# the raw output of `lstm bench', book/bench.tex the table.  It takes a few
# minutes; commit the three files.
BENCH_CHEAP = --method bptt,tbptt:10,irtrl --cells 16,32,64,128 --steps 25,50,100,200
BENCH_RTRL  = --method rtrl --cells 8,16,32,64 --steps 5,10,20
bench: build/release/lstm build/fast/lstm
	for b in release fast; do \
	  out=book/bench-$$b.txt; \
	  build/$$b/lstm bench $(BENCH_CHEAP) > $$out.tmp && \
	  build/$$b/lstm bench $(BENCH_RTRL) | sed 1,3d >> $$out.tmp && \
	  mv $$out.tmp $$out || exit 1; \
	done
	mv book/bench-release.txt book/bench-default.txt
	sh book/bench.sh book/bench-default.txt book/bench-fast.txt > book/bench.tex.tmp
	mv book/bench.tex.tmp book/bench.tex

# `make bench-hybrid' times exact RTRL and Schmidhuber's hybrid in one run
# of `lstm bench', and the hybrid for several block lengths, each between
# two lines with the machine's load; book/hybrid.sh turns the two files,
# book/bench-hybrid.txt and book/bench-hybrid-blocks.txt, into
# book/hybrid.tex, read by the hybrid's chapter.  About fifteen minutes on
# a quiet machine; commit the three files.
BENCH_HYBRID = --method rtrl,hybrid --cells 8,16,32,64 --steps 256
BENCH_BLOCKS = --method hybrid:8,hybrid:16,hybrid:32,hybrid:64,hybrid:128,hybrid:256 \
               --cells 32 --steps 2048
bench-hybrid: build/release/lstm
	{ uptime | sed 's/^/# load before: /'; build/release/lstm bench $(BENCH_HYBRID) && \
	  uptime | sed 's/^/# load after: /'; } > book/bench-hybrid.txt.tmp
	{ uptime | sed 's/^/# load before: /'; build/release/lstm bench $(BENCH_BLOCKS) && \
	  uptime | sed 's/^/# load after: /'; } > book/bench-hybrid-blocks.txt.tmp
	mv book/bench-hybrid.txt.tmp book/bench-hybrid.txt
	mv book/bench-hybrid-blocks.txt.tmp book/bench-hybrid-blocks.txt
	sh book/hybrid.sh book/bench-hybrid.txt book/bench-hybrid-blocks.txt > book/hybrid.tex.tmp
	mv book/hybrid.tex.tmp book/hybrid.tex

# `make threads-bench' times `lstm grad --method bptt' on 1 and 2 threads
# (book/threads.sh) and writes book/threads.txt (the raw times) and
# book/threads.tex (the numbers of the section "Two threads, measured" of
# the speed chapter), with the numbers of book/threads-before.txt (the raw
# times of the program before it read its files on several threads,
# measured by the same script, committed); about a minute.  Commit both.
# `make batch-bench' times BPTT's gradient of batches of 1 to 32 sequences
# side by side (book/batch.sh) and writes book/batch.txt, book/batch.tex
# (the numbers of the section "Batches, measured" of the chapter on speed,
# and those of SnAp-1, UORO and the bytes a second one core moves, from
# book/bandwidth.c, which the script compiles into build/bandwidth)
# and the data of its figure, book/batch-*.d.  Commit them.
batch-bench: build/release/lstm book/bandwidth.c
	sh book/batch.sh build/release/lstm 5 book/batch.txt > book/batch.tex.tmp
	mv book/batch.tex.tmp book/batch.tex

threads-bench: build/release/lstm
	sh book/threads.sh build/release/lstm 7 book/threads.txt book/threads-before.txt > book/threads.tex.tmp
	mv book/threads.tex.tmp book/threads.tex

# `make align' runs `lstm align' over the grid of the chapter "How good
# is each gradient" and rewrites book/align.txt (the raw output) and
# book/align.tex (its tables) and book/align.mp (its figures) with their
# data files book/align-*.d; about a minute.  Commit them all.
align: build/release/lstm
	sh book/align.sh build/release/lstm > book/align.tex.tmp
	mv book/align.tex.tmp book/align.tex

# `make text' rewrites the numbers (book/text.tex), the figures
# (book/text.mp with its data files book/text-*.d) and the samples of the
# chapter "Learning from text" from the committed runs in
# book/experiments/text; seconds.  `make text-runs' makes those runs again
# (compare.sh there, and the best configuration, bptt with 256 cells, for
# at most an hour of processor time): about two hours on one core.
text: build/release/lstm
	sh book/text.sh build/release/lstm > book/text.tex.tmp
	mv book/text.tex.tmp book/text.tex
text-runs: build/release/lstm
	cd book/experiments/text && rm -f n*.model && \
	  sh compare.sh ../../../build/release/lstm && \
	  ../../../build/release/lstm train --text ../../text/shakespeare.txt \
	    --valid-fraction 0.1 --method bptt --cells 256 --length 100 \
	    --lr 0.002 --seed 1 --epochs 40 --max-seconds 3600 \
	    --valid-every 250000 --curve best-n256.curve --out best-n256.model
	$(MAKE) --no-print-directory text

# `make balance' runs the influence-balancing experiment of the chapter of
# that name for every method and rewrites book/balance.txt, book/balance.mp
# (its figure, with the data files book/balance-*.d) and book/balance.tex
# (its table); under a minute.  Commit them all.
balance: build/release/lstm
	sh book/balance.sh build/release/lstm > book/balance.tex.tmp
	mv book/balance.tex.tmp book/balance.tex

# `make inside' runs `lstm inspect' on the three networks of book/inside
# and rewrites the numbers (book/inside/*.txt), the figures (book/inside.mp)
# with their data files (book/inside-*.d)
# and the numbers the text quotes (book/inside.tex) of the chapter "Inside
# a trained network"; a second.  Commit them.  `make inside-models' first
# makes the networks again with `lstm train': the one that solved the lag
# task with p = 20, and two untrained ones, with the forget bias 2 and -2.
inside: build/release/lstm
	sh book/inside.sh build/release/lstm book
inside-models: build/release/lstm
	build/release/lstm train --task lag --lag 20 --seed 1 \
	  --out book/inside/trained.model >/dev/null
	build/release/lstm train --task lag --lag 20 --seed 1 --max-sequences 0 \
	  --out book/inside/untrained.model >/dev/null
	build/release/lstm train --task lag --lag 20 --seed 1 --max-sequences 0 \
	  --bias-f -2 --out book/inside/lowforget.model >/dev/null
	$(MAKE) --no-print-directory inside

# `make bias' runs `lstm inspect' on the thirty networks of book/bias and
# rewrites book/bias.txt (what each shows), the figure book/bias.mp with its
# data files book/bias-*.d, and the numbers the training chapter quotes,
# book/bias.tex; seconds.  `make bias-models' first makes the networks
# again: BPTT on the lag task with p = 100, seeds 1 to 5, input-gate biases
# -1 - ln p (bd), -2 (b2) and 0 (b0), before training (u, with
# --max-sequences 0) and after it (t, the budget of the experiments'
# grids), with the summary line of each run in book/bias/summary.txt; and
# the noisy lag task at p = 100 with a forget gate (seed 1, BPTT and the
# internal RTRL, 100,000 sequences) into book/bias/forget2c.txt, which the
# training chapter quotes; five minutes.  Commit them all.
bias: build/release/lstm
	sh book/bias.sh build/release/lstm book
bias-models: build/release/lstm
	@mkdir -p book/bias
	for b in bd b2 b0; do \
	  case $$b in bd) opt= ;; b2) opt="--bias-i -2" ;; b0) opt="--bias-i 0" ;; esac; \
	  for s in 1 2 3 4 5; do \
	    for w in u t; do \
	      n=$$([ $$w = u ] && echo 0 || echo 30000); \
	      build/release/lstm train --task lag --lag 100 --seed $$s $$opt \
	        --max-sequences $$n --out book/bias/$$b-s$$s-$$w.model | \
	        sed "s/\$$/ $$b-s$$s-$$w/" || exit 1; \
	    done; \
	  done; \
	done > book/bias/summary.tmp
	mv book/bias/summary.tmp book/bias/summary.txt
	for m in bptt irtrl; do \
	  build/release/lstm train --task lag2c --lag 100 --seed 1 --method $$m \
	    --forget-gate yes --max-sequences 100000 || exit 1; \
	done > book/bias/forget2c.tmp
	mv book/bias/forget2c.tmp book/bias/forget2c.txt
	$(MAKE) --no-print-directory bias

book/bias-1.mps: book/bias.mp $(wildcard book/bias-*.d) | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error bias.mp >/dev/null \
	  || { cat bias.log >&2; exit 1; }

# The data figures (inside, align, balance) are drawn by MetaPost's graph
# package, `input graph' (TeX Live's base MetaPost, found by mpost itself),
# from the data files book/NAME-*.d that the scripts write beside them.
book/inside-1.mps: book/inside.mp $(wildcard book/inside-*.d) | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error inside.mp >/dev/null \
	  || { cat inside.log >&2; exit 1; }

book/align-1.mps: book/align.mp $(wildcard book/align-*.d) | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error align.mp >/dev/null \
	  || { cat align.log >&2; exit 1; }

book/text-1.mps: book/text.mp $(wildcard book/text-*.d) | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error text.mp >/dev/null \
	  || { cat text.log >&2; exit 1; }

book/batch-1.mps: book/batch.mp $(wildcard book/batch-*.d) | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error batch.mp >/dev/null \
	  || { cat batch.log >&2; exit 1; }

book/balance-1.mps: book/balance.mp $(wildcard book/balance-*.d) | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error balance.mp >/dev/null \
	  || { cat balance.log >&2; exit 1; }

# ---------------------------------------------------------------- book
# cweave and pdftex must be silent: a message from cweave, an error, a
# warning or an overfull box wider than 5pt in the log fails the build.
# pdftex runs twice: the first run writes the table of contents, which
# the second prints at the front of the book (see the limbo of lstm.w).
book: book/lstm.pdf

book/example.tex: build/release/lstm
	build/release/lstm example --tex > $@.tmp && mv $@.tmp $@

# The diagrams: the cell (cell.mp), the computation graph (compgraph.mp,
# not graph.mp, so that `input graph' in a data figure finds the graph
# package of MetaPost and not this file), its backward pass
# (backgraph.mp), the
# unrolled network (unroll.mp, two figures), drawn with the node macros of
# nodes.mp, and the matrices of RTRL and its bracketings (rtrl.mp).
DIAGRAMS = book/cell-1.mps book/compgraph-1.mps book/backgraph-1.mps \
           book/unroll-1.mps book/unroll-2.mps book/rtrl-1.mps book/rtrl-2.mps
book/%-1.mps: book/%.mp book/nodes.mp | deps-book
	cd book && mpost -interaction=batchmode -halt-on-error $*.mp >/dev/null \
	  || { cat $*.log >&2; exit 1; }
book/unroll-2.mps: book/unroll-1.mps
book/rtrl-2.mps: book/rtrl-1.mps

book/lstm.tex: $(WEBS) | deps-book
	@out=$$(cweave -bhp lstm.w - book/lstm.tex 2>&1); status=$$?; \
	if [ -n "$$out" ] || [ $$status -ne 0 ]; then \
	  printf '%s\n' "$$out" >&2; echo "cweave reported problems" >&2; \
	  rm -f book/lstm.tex; exit 1; fi

# The mini-indexes (book/miniindex.tex): ctwill weaves the web into
# build/ctwill, twice, since its first run only collects the declarations
# (into lstm.aux) that its second run names; book/miniindex.sh turns the
# identifiers that the second run lists for each section into lstm.mini.
# ctwill_mini: $(1) the web's change file or -, $(2) the directory.
define ctwill_mini
	@mkdir -p $(2)/ctwill && rm -f $(2)/ctwill/lstm.aux
	@for pass in 1 2; do \
	  out=$$(ctwill -bhp lstm.w $(1) $(2)/ctwill/lstm.tex 2>&1); status=$$?; \
	  if [ -n "$$out" ] || [ $$status -ne 0 ]; then \
	    printf '%s\n' "$$out" >&2; echo "ctwill reported problems" >&2; exit 1; fi; \
	done
	sh book/miniindex.sh $(2)/ctwill/lstm.tex $(2)/ctwill/lstm.idx > $@.tmp
	mv $@.tmp $@
endef
book/lstm.mini: $(WEBS) book/miniindex.sh | deps-book
	$(call ctwill_mini,-,build)

# run_pdftex: typeset $(1)/lstm.tex into $(1)/lstm.pdf.  The second run
# prints the contents that the first wrote.  The first run also writes
# the numbers of the equations (lstm.eqs), which citations before an
# equation read from the run before; when they change in the first run,
# its pages may change too, and one more run writes the contents again.
pdftex_once = pdftex -interaction=batchmode -halt-on-error lstm.tex >/dev/null \
	  || { grep -A5 '^!' lstm.log >&2; exit 1; }
define run_pdftex
	rm -f $(1)/lstm.toc
	cd $(1) && { cp lstm.eqs lstm.eqs.prev 2>/dev/null || : > lstm.eqs.prev; } && \
	{ $(pdftex_once); } && \
	{ cmp -s lstm.eqs lstm.eqs.prev || { $(pdftex_once); }; } && \
	{ $(pdftex_once); } && rm -f lstm.eqs.prev
	@awk '/^Overfull/ { w = $$0; sub(/.*\(/, "", w); sub(/pt.*/, "", w); \
	        if (w + 0 > 5) { print; bad = 1 } } \
	      /[Ww]arning/ { print; bad = 1 } \
	      END { exit bad }' $(1)/lstm.log \
	  || { echo "$(1)/lstm.log: the book has warnings or overfull boxes (above)" >&2; \
	       rm -f $(1)/lstm.pdf; exit 1; }
	@echo "$(1)/lstm.pdf: $$(pdfinfo $(1)/lstm.pdf 2>/dev/null | awk '/^Pages/ {print $$2}') pages"
endef

book/lstm.pdf: book/lstm.tex book/lstm.mini book/miniindex.tex \
              book/example.tex $(DIAGRAMS) book/bench.tex book/threads.tex book/torchspeed.tex book/hybrid.tex book/align.tex \
              book/balance.tex book/balance-1.mps book/align-1.mps \
              book/inside.tex book/inside-1.mps book/bias.tex book/bias-1.mps \
              book/text.tex book/text-1.mps book/batch.tex book/batch-1.mps \
              $(EXPDIR)/results.tex $(EXPDIR)/results-2a.tex $(EXPDIR)/battery.tex $(EXPDIR)/figures-1.mps
	$(call run_pdftex,book)

# ---------------------------------------------------------------- student edition
# The student edition is the web with the change file STUDENT_CH applied:
# the sections it names are stubs (see book/student.ch).  `make student'
# tangles it into $(STUDENT_DIR)/generated, builds the library and the
# command there with the debug flags (a student steps through them in
# gdb) and weaves $(STUDENT_DIR)/lstm.pdf, whose worked-example tables are
# the reference's; `make student-code' stops before the book.  ctangle
# and cweave run as for the reference, and any message from them, such as
# "Change file entry did not match", fails the build.  `make student-test'
# runs the worked-example, gradient-check and exercises suites against the
# student's library, and says which exercise each failure belongs to.
# A student works in a copy of the change file:
#   make student-test STUDENT_CH=mine.ch
STUDENT_CH  = book/student.ch
STUDENT_DIR = student
STUDENT_TESTS = tests/check_example.c tests/check_gradient.c \
  tests/check_teaching.c tests/check_util.c tests/student_main.c
SD = $(STUDENT_DIR)

# ctangle runs in $(SD)/tangle, where the top directory's entries are
# linked, so that the #line directives name the chapters and the change
# file as seen from the top directory.
$(SD)/tangle.stamp: $(WEBS) $(STUDENT_CH) $(SD)/change-file | deps-book
	@rm -rf $(SD)/tangle && mkdir -p $(SD)/tangle/generated $(SD)/generated
	@for f in lstm.w chapters book $${STUDENT_CH%%/*}; do \
	  case "$(STUDENT_CH)" in /*) [ "$$f" = "$${STUDENT_CH%%/*}" ] && continue;; esac; \
	  [ -e $(SD)/tangle/$$f ] || ln -s $(CURDIR)/$$f $(SD)/tangle/$$f; done
	@out=$$(cd $(SD)/tangle && ctangle -bhp lstm.w $(STUDENT_CH) generated/lstm.c 2>&1); \
	if [ -n "$$out" ]; then printf '%s\n' "$$out" >&2; \
	  echo "ctangle reported problems with $(STUDENT_CH) (above). If a change file entry" >&2; \
	  echo "did not match, the web has changed under it: copy the section's new text" >&2; \
	  echo "into the @x part of that entry." >&2; exit 1; fi
	@$(fixlines_needed); \
	for f in $(SD)/tangle/generated/*; do \
	  if [ $$fix = 1 ]; then \
	    LC_ALL=C awk -v WEB=lstm.w -v CH=$(STUDENT_CH) "$$FIXLINES" $$f > $$f.fixed || exit 1; \
	  else cp $$f $$f.fixed; fi; \
	  g=$(SD)/generated/$${f##*/}; cmp -s $$f.fixed $$g || mv $$f.fixed $$g; \
	done
	@touch $@
$(SD)/generated/lstm.c $(SD)/generated/lstm.h $(SD)/generated/main.c: $(SD)/tangle.stamp ;
# The name of the change file is a prerequisite too: a student who
# switches to another change file, older than the last tangle, gets it
# tangled.
$(SD)/change-file: FORCE
	@mkdir -p $(SD)
	@echo '$(STUDENT_CH)' | cmp -s - $@ || echo '$(STUDENT_CH)' > $@
FORCE:

$(SD)/lstm.o: $(SD)/generated/lstm.c $(SD)/generated/lstm.h
	$(CC) $(DEBUG_CFLAGS) -I$(SD)/generated -c -o $@ $(SD)/generated/lstm.c
$(SD)/main.o: $(SD)/generated/main.c $(SD)/generated/lstm.h
	$(CC) $(DEBUG_CFLAGS) -I$(SD)/generated -c -o $@ $(SD)/generated/main.c
$(SD)/liblstm.a: $(SD)/lstm.o
	rm -f $@ && ar rcs $@ $<
$(SD)/lstm: $(SD)/main.o $(SD)/liblstm.a
	$(CC) $(DEBUG_CFLAGS) -o $@ $^ $(LDLIBS)
$(SD)/check_student: $(STUDENT_TESTS) tests/suites.h $(SD)/liblstm.a \
    $(SD)/generated/lstm.h | deps-test
	$(CC) $(DEBUG_CFLAGS) $(CHECK_FLAGS) -I$(SD)/generated \
	  -DSTUDENT_CH='"$(STUDENT_CH)"' -o $@ \
	  $(STUDENT_TESTS) $(SD)/liblstm.a $(CHECK_LIBS) $(LDLIBS)

$(SD)/lstm.tex: $(WEBS) $(STUDENT_CH) | deps-book
	@mkdir -p $(SD)
	@out=$$(cweave -bhp lstm.w $(STUDENT_CH) $@ 2>&1); status=$$?; \
	if [ -n "$$out" ] || [ $$status -ne 0 ]; then \
	  printf '%s\n' "$$out" >&2; echo "cweave reported problems with $(STUDENT_CH)" >&2; \
	  rm -f $@; exit 1; fi
$(SD)/lstm.mini: $(WEBS) $(STUDENT_CH) book/miniindex.sh | deps-book
	$(call ctwill_mini,$(STUDENT_CH),$(SD))
$(SD)/lstm.pdf: $(SD)/lstm.tex $(SD)/lstm.mini book/miniindex.tex \
              book/example.tex $(DIAGRAMS) book/bench.tex book/threads.tex book/torchspeed.tex book/hybrid.tex book/align.tex \
              book/balance.tex book/balance-1.mps book/align-1.mps \
              book/inside.tex book/inside-1.mps book/bias.tex book/bias-1.mps \
              book/text.tex book/text-1.mps book/batch.tex book/batch-1.mps \
              $(EXPDIR)/results.tex $(EXPDIR)/results-2a.tex $(EXPDIR)/battery.tex $(EXPDIR)/figures-1.mps
	mkdir -p $(SD)/experiments
	cp book/example.tex book/miniindex.tex $(DIAGRAMS) book/bench.tex book/threads.tex book/torchspeed.tex book/hybrid.tex book/align.tex \
	  book/balance.tex book/balance-*.mps book/align-*.mps \
	  book/inside.tex book/inside-*.mps book/bias.tex book/bias-*.mps book/text.tex book/text-*.mps \
	  book/batch.tex book/batch-*.mps $(SD)/
	cp $(EXPDIR)/results.tex $(EXPDIR)/results-2a.tex $(EXPDIR)/battery.tex $(EXPDIR)/figures-*.mps $(SD)/experiments/
	$(call run_pdftex,$(SD))

student-code: $(SD)/lstm $(SD)/liblstm.a $(SD)/check_student
student: student-code $(SD)/lstm.pdf
student-test: $(SD)/check_student
	$(SD)/check_student

# ---------------------------------------------------------------- experiments
# `make experiments' runs the grid of the Experiments chapter on every
# core (JOBS processes at once, the cores online unless given, as in
# `make experiments JOBS=1') and writes its tables and figures into book/experiments, which are
# committed; the book is built from them without rerunning the grid.  The
# run's wall-clock time goes into the tables.
JOBS = $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo 1)
experiments: build/release/lstm
	@mkdir -p $(EXPDIR)
	@start=$$(date +%s); \
	build/release/lstm experiments --list $(EXPDIR) | \
	  xargs -P $(JOBS) -L 1 build/release/lstm train > $(EXPDIR)/results.tmp \
	  || { echo "an experiment failed" >&2; exit 1; }; \
	mv $(EXPDIR)/results.tmp $(EXPDIR)/results.txt; \
	end=$$(date +%s); echo $$((end - start)) > $(EXPDIR)/seconds.txt; \
	echo "experiments: $$(wc -l < $(EXPDIR)/results.txt) runs in $$((end - start)) s"
	$(MAKE) --no-print-directory experiments-report

# `make experiments-long' runs the long grid (p = 500 and 1000, and the
# noisy lag task of Experiment 2c) the same way (JOBS at once), into
# results-long.txt.
experiments-long: build/release/lstm
	@mkdir -p $(EXPDIR)
	@start=$$(date +%s); \
	build/release/lstm experiments --list-long $(EXPDIR) | \
	  xargs -P $(JOBS) -L 1 build/release/lstm train > $(EXPDIR)/results-long.tmp \
	  || { echo "an experiment failed" >&2; exit 1; }; \
	mv $(EXPDIR)/results-long.tmp $(EXPDIR)/results-long.txt; \
	end=$$(date +%s); echo $$((end - start)) > $(EXPDIR)/seconds-long.txt; \
	echo "experiments-long: $$(wc -l < $(EXPDIR)/results-long.txt) runs in $$((end - start)) s"
	$(MAKE) --no-print-directory experiments-report

# `make experiments-sensitivity' runs the sensitivity grid at p = 100 (the
# input-gate constant c and Adam's rate; 240 runs, about eight minutes on
# one core) into results-sensitivity.txt, JOBS processes at once.
experiments-sensitivity: build/release/lstm
	@mkdir -p $(EXPDIR)
	@start=$$(date +%s); \
	build/release/lstm experiments --list-sensitivity | \
	  nice -n 10 xargs -P $(JOBS) -L 1 build/release/lstm train \
	  > $(EXPDIR)/results-sensitivity.tmp \
	  || { echo "an experiment failed" >&2; exit 1; }; \
	mv $(EXPDIR)/results-sensitivity.tmp $(EXPDIR)/results-sensitivity.txt; \
	end=$$(date +%s); echo $$((end - start)) > $(EXPDIR)/seconds-sensitivity.txt; \
	echo "experiments-sensitivity: $$(wc -l < $(EXPDIR)/results-sensitivity.txt) runs in $$((end - start)) s"
	$(MAKE) --no-print-directory experiments-report

# `make claims' checks every claim of the book's text (the sentences that
# say "every", "none", "fewer", ...) against the committed results in
# book/experiments and book/bias.txt, and fails naming the sentence and the
# datum when one no longer holds; `make test' runs it, and tests/claims.sh
# checks that it fails on perturbed copies of the results.
claims: build/release/lstm
	build/release/lstm experiments --claims book >/dev/null

# `make experiments-2a' runs the grid of the chapter on Experiment 2a as
# published into results-2a.txt, a trace of seed 101 around the addition
# of its cell into trace-2a.txt, and their report into results-2a.tex.
experiments-2a: build/release/lstm
	@mkdir -p $(EXPDIR)
	build/release/lstm experiments --list-2a $(EXPDIR) | \
	  xargs -P 2 -L 1 nice -n 10 build/release/lstm train > $(EXPDIR)/results-2a.tmp \
	  || { echo "an experiment failed" >&2; exit 1; }; \
	mv $(EXPDIR)/results-2a.tmp $(EXPDIR)/results-2a.txt
	nice -n 10 build/release/lstm train --task lag --lag 100 --targets every \
	  --net 1997 --construct --seed 101 --max-sequences 8810 \
	  --trace $(EXPDIR)/trace-2a.all > /dev/null
	awk '/^#/ { print; next } { l[$$1] = $$0 } $$2 == 1 && !a { a = $$1 } \
	  END { for (i = a - 2; i <= a + 5; i++) print l[i] }' \
	  $(EXPDIR)/trace-2a.all > $(EXPDIR)/trace-2a.txt
	rm -f $(EXPDIR)/trace-2a.all
	build/release/lstm experiments --report-2a $(EXPDIR)

# `make experiments-battery' runs the battery of the 1997 paper's
# experiments (the chapter "The 1997 experiments, one by one") the same way
# into results-battery.txt, and writes its tables into battery.tex.
experiments-battery: build/release/lstm
	@mkdir -p $(EXPDIR)
	@start=$$(date +%s); \
	build/release/lstm experiments --list-battery $(EXPDIR) | \
	  xargs -P 2 -L 1 build/release/lstm train > $(EXPDIR)/results-battery.tmp \
	  || { echo "an experiment failed" >&2; exit 1; }; \
	mv $(EXPDIR)/results-battery.tmp $(EXPDIR)/results-battery.txt; \
	end=$$(date +%s); \
	echo "experiments-battery: $$(wc -l < $(EXPDIR)/results-battery.txt) runs in $$((end - start)) s"
	build/release/lstm experiments --report-battery $(EXPDIR)

# `make experiments-unseen' runs the three tasks that the battery's issue
# names, with BPTT and the internal RTRL, on seeds 101 to 103, which no
# other run uses, into unseen-battery.txt (the report reads it too).
experiments-unseen: build/release/lstm
	@mkdir -p $(EXPDIR)
	@for t in "order --symbols 3" "multiply" "twoseq --variant b"; do \
	  for m in bptt irtrl; do for s in 101 102 103; do \
	    echo "--task $$t --method $$m --seed $$s"; done; done; done | \
	  xargs -P 2 -L 1 build/release/lstm train > $(EXPDIR)/unseen-battery.tmp \
	  || { echo "an experiment failed" >&2; exit 1; }; \
	mv $(EXPDIR)/unseen-battery.tmp $(EXPDIR)/unseen-battery.txt
	build/release/lstm experiments --report-battery $(EXPDIR)

# `make experiments-why' compares BPTT's gradient with the internal RTRL's
# on Task 3a with N = 1, ablates BPTT's solved networks and runs both
# methods on the network without recurrent weights (the battery chapter's
# section on N = 1), into why-twoseq.txt, which the battery's report reads.
experiments-why: build/release/lstm
	@mkdir -p $(EXPDIR)
	nice -n 10 build/release/lstm experiments --why-twoseq $(EXPDIR)
	build/release/lstm experiments --report-battery $(EXPDIR)

# The report reads both grids' results and their wall-clock times.
experiments-report: build/release/lstm
	build/release/lstm experiments --report $(EXPDIR) \
	  $$(cat $(EXPDIR)/seconds.txt 2>/dev/null || echo 0) \
	  $$(cat $(EXPDIR)/seconds-long.txt 2>/dev/null || echo 0)

# The figures: figures.mp draws them with MetaPost's graph package (part
# of TeX Live's base MetaPost, found by mpost itself) from the data files
# *.d that the report writes beside it.
$(EXPDIR)/figures-1.mps: $(EXPDIR)/figures.mp $(wildcard $(EXPDIR)/*.d) | deps-book
	cd $(EXPDIR) && mpost -interaction=batchmode -halt-on-error figures.mp >/dev/null \
	  || { cat figures.log >&2; exit 1; }

# ---------------------------------------------------------------- tests
# The Check suite runs four times: as built, as built with the portable
# kernels forced (LSTM_KERNELS=portable, what a processor without AVX2
# runs), built with the address and undefined-behaviour sanitizers, and
# under valgrind.  Then the corpus of malformed files and the reliability
# checks of the command (tests/reliable.sh: signals, closed descriptors,
# colliding outputs, ...), run through both builds of `lstm'; the fuzzer of the
# file readers, under the sanitizers, for FUZZ_SECONDS of processor time
# from the seed FUZZ_SEED (when it fails, build/fuzz-input holds the
# input); the gdb test, the student edition's test (tests/student.sh),
# the freshness test of generated/, the test of the book's numbered
# equations and index (tests/equations.sh), the counts of the prose's
# references to the code and of the glossed declarations (tests/prose.sh),
# and the test of the data
# figures' files and their MetaPost build (tests/figures.sh); then the
# claims of the text against the committed results (make claims), the
# claims against perturbed copies of them (tests/claims.sh), and the
# freshness of the input-gate bias measurements (tests/bias.sh); and
# tests/threads.sh, the same gradient on 1, 2, 3 and 7 threads, run with
# the release build and under ThreadSanitizer (build/tsan/lstm).
FUZZ_SECONDS = 3
FUZZ_SEED = 1
test: deps-test build/release/check_lstm build/asan/check_lstm \
      build/debug/lstm build/release/lstm build/asan/lstm build/asan/fuzz \
      build/tsan/lstm
	build/release/check_lstm
	LSTM_KERNELS=portable build/release/check_lstm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build/asan/check_lstm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  sh tests/bad.sh build/release/lstm build/asan/lstm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  sh tests/reliable.sh build/release/lstm build/asan/lstm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build/asan/fuzz build/fuzz-input $(FUZZ_SECONDS) $(FUZZ_SEED) \
	  tests/bad/*.model tests/bad/*.seq tests/worked-example/gomez.*
	sh tests/valgrind.sh build/release/check_lstm build/release/lstm
	sh tests/threads.sh build/release/lstm build/tsan/lstm
	sh tests/gdb.sh build/debug/lstm
	sh tests/equations.sh
	sh tests/prose.sh
	sh tests/student.sh
	sh tests/fresh.sh
	sh tests/figures.sh build/release/lstm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  sh tests/inside.sh build/release/lstm build/asan/lstm
	$(MAKE) --no-print-directory claims
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  sh tests/claims.sh build/asan/lstm
	sh tests/bias.sh build/release/lstm

check-fresh:
	sh tests/fresh.sh

# `make crosscheck' compares `lstm grad' with PyTorch's autograd on random
# nn.LSTM models (tests/crosscheck.py; the book's chapter "A PyTorch
# cross-check").  It is optional and not part of `make test': it needs
# Debian's python3-torch, which it installs like the other tools, for
# Debian's own python3.
TORCH_PYTHON = /usr/bin/python3
crosscheck: build/release/lstm
	$(call install_missing,$(TORCH_PYTHON):python3 torch:python3-torch)
	$(TORCH_PYTHON) tests/crosscheck.py build/release/lstm

# `make torchspeed' times `lstm grad --method bptt' of both builds as whole
# processes beside PyTorch's nn.LSTM on the same data (the section of the
# speed chapter that prints the numbers); optional, like crosscheck.
torchspeed: build/release/lstm build/fast/lstm
	$(call install_missing,$(TORCH_PYTHON):python3 torch:python3-torch)
	$(TORCH_PYTHON) tests/torchspeed.py --runs 7 --tex book/torchspeed.tex build/release/lstm build/fast/lstm

clean:
	rm -rf build student lstm liblstm.a book/lstm.tex book/lstm.idx book/lstm.scn \
	  book/lstm.toc book/lstm.eqs book/lstm.eqs.prev book/lstm.lof book/lstm.log book/lstm.pdf \
	  book/lstm.mini book/lstm.mini.tmp \
	  book/example.tex \
	  book/*.mps book/*.log book/align.log book/*.tmp \
	  $(EXPDIR)/*.mps $(EXPDIR)/*.log $(EXPDIR)/*.mpx
