#!/usr/bin/python3
"""Time `lstm grad --method bptt --threads 1' as a user runs it, beside PyTorch
(`make torchspeed').

One network with m = n = 128 and no output layer, and 40 sequences of
T = 100 steps with a target at every step, are drawn at random and
written in the book's formats (about 21 MB of `%.17g' numbers).  Each
`lstm' binary given is timed as a whole process, reading the files
included, `lstm grad --method bptt --threads 1 MODEL SEQ > /dev/null'; PyTorch's
nn.LSTM (float64, one thread, the same weights and data) is timed in
this process, forward and backward, once one sequence at a time, as
the book computes the gradient, and once as a batch of all 40.  Each
time is the median of RUNS runs.  Every file goes to a temporary
directory that is removed.

With --tex FILE the numbers also go, as TeX macros, into FILE (through a
temporary file in its directory and a rename), with the date, the
processor, the load before and after, and PyTorch's version: the book's
section "As a user runs it, beside PyTorch" prints them from there.
The first binary is the default build, the second the fast build.

usage: torchspeed.py [--runs N] [--tex FILE] LSTM_BINARY [LSTM_BINARY ...]
"""
import argparse, datetime, math, os, statistics, subprocess, sys, tempfile, time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck import Model, write_seqs  # noqa: E402

M = N = 128
COUNT, T = 40, 100


def median_time(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tex")
    ap.add_argument("binaries", nargs="+")
    a = ap.parse_args()
    if a.runs < 1:
        sys.exit("torchspeed: --runs must be at least 1")
    load_before = os.getloadavg()
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(1)
    model = Model(M, N, "none")
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.rand(p.shape, generator=gen, dtype=torch.float64) * 0.2 - 0.1)
    xs = torch.rand(COUNT, T, M, generator=gen, dtype=torch.float64) * 2 - 1
    ys = torch.rand(COUNT, T, N, generator=gen, dtype=torch.float64) * 2 - 1
    seqs = [(xs[s], list(ys[s])) for s in range(COUNT)]
    with tempfile.TemporaryDirectory() as tmp:
        mp, sp = os.path.join(tmp, "m.model"), os.path.join(tmp, "s.seq")
        model.write(mp)
        write_seqs(sp, M, N, seqs)
        size = os.path.getsize(sp)
        book = {}
        for b in a.binaries:
            def run(b=b):
                subprocess.run([b, "grad", "--method", "bptt", "--threads", "1",
                                mp, sp],
                               stdout=subprocess.DEVNULL, check=True)
            book[b] = median_time(run, a.runs)

    def one_at_a_time():
        model.lstm.zero_grad()
        for s in range(COUNT):
            out, _ = model.lstm(xs[s])
            (0.5 * ((out - ys[s]) ** 2).sum()).backward()

    def batched():
        model.lstm.zero_grad()
        out, _ = model.lstm(xs.transpose(0, 1))
        (0.5 * ((out - ys.transpose(0, 1)) ** 2).sum()).backward()

    one = median_time(one_at_a_time, a.runs)
    batch = median_time(batched, a.runs)
    print(f"torchspeed: m = n = {M}, {COUNT} sequences of T = {T}, "
          f"a sequence file of {size / 1e6:.1f} MB; medians of {a.runs} runs; "
          f"PyTorch {torch.__version__}, one thread")
    print(f"  nn.LSTM, one sequence at a time: {one:.3f} s")
    print(f"  nn.LSTM, a batch of {COUNT}:        {batch:.3f} s")
    for b, t in book.items():
        print(f"  {b} grad --method bptt (whole process): {t:.3f} s, "
              f"{one / t:.1f}x faster than one at a time, "
              f"{batch / t:.1f}x than the batch")
    if a.tex:
        write_tex(a.tex, a.runs, size, one, batch, list(book.values()),
                  load_before, os.getloadavg())


def processor():
    """The model name of the processor, from /proc/cpuinfo where there is one."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return " ".join(line.split(":", 1)[1].split())
    except OSError:
        pass
    return "an unnamed processor"


def write_tex(path, runs, size, one, batch, times, before, after):
    """The macros of the book's table, written through a temporary file."""
    numbers = [one, batch] + times
    if not all(math.isfinite(v) and v > 0 for v in numbers):
        sys.exit("torchspeed: a time is not a positive number; nothing written")
    default = times[0]
    fast = times[1] if len(times) > 1 else times[0]
    tex = "".join("\\def\\torch%s{%s}%%\n" % kv for kv in [
        ("date", datetime.date.today().isoformat()),
        ("machine", processor().replace("\\", "/").replace("%", "/")
                    .replace("&", "and").replace("_", " ").replace("#", " ")),
        ("cores", str(os.cpu_count())),
        ("version", torch.__version__.split("+")[0]),
        ("runs", str(runs)),
        ("megabytes", "%.1f" % (size / 1e6)),
        ("loadbefore", ", ".join("%.2f" % v for v in before)),
        ("loadafter", ", ".join("%.2f" % v for v in after)),
        ("one", "%.2f" % one), ("batch", "%.2f" % batch),
        ("default", "%.2f" % default), ("fast", "%.2f" % fast),
        ("defaultone", "%.1f" % (one / default)),
        ("defaultbatch", "%.1f" % (batch / default)),
        ("fastone", "%.1f" % (one / fast)),
        ("fastbatch", "%.1f" % (batch / fast)),
    ])
    head = "% Written by tests/torchspeed.py (make torchspeed); do not edit.\n"
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".torchspeed-")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(head + tex)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == "__main__":
    main()
