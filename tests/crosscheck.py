#!/usr/bin/python3
"""Cross-check `lstm grad' against PyTorch's autograd (`make crosscheck').

Builds random float64 nn.LSTM models (with no output layer, or an
nn.Linear output layer with the squared error or the softmax
cross-entropy) and random sequences, some steps without a target,
writes them in the book's formats (chapter "Files"), runs
`lstm grad --method M MODEL SEQ' and compares the gradient and the loss
with autograd's:

  bptt, rtrl   the exact gradient: nn.LSTM over each whole sequence;
  tbptt:K      nn.LSTM over each window of K steps, started from the
               state and output of the previous window, detached
               (chapter "Truncated backpropagation through time");
  irtrl        nn.LSTM one step at a time, the previous output detached
               where it enters the gates, the state not (chapter "The
               LSTM's own RTRL", "What the truncation computes").

The difference is max |book - torch| / max |torch| over all parameters
(the loss: |book - torch| / |torch|), and must stay below 1e-9.  The
book's worked example (tests/worked-example) is checked too, read the
other way, from the book's files into nn.LSTM.  Every file goes to a
temporary directory that is removed.

usage: crosscheck.py [--models N] [--seed S] LSTM_BINARY
"""
import argparse, os, subprocess, sys, tempfile

import torch

TOL = 1e-9
# Gate blocks: the book's rows are a, i, f, o; PyTorch's i, f, g, o
# (g is the book's a).  Book block q is PyTorch block TORCH_OF[q].
TORCH_OF = [2, 0, 1, 3]


def to_book(w, n):
    """Rows of a PyTorch (4n x ...) weight or 4n bias, in the book's order."""
    return torch.cat([w[q * n:(q + 1) * n] for q in TORCH_OF])


def to_torch(w, n):
    """The inverse of to_book."""
    blocks = [None] * 4
    for q, t in enumerate(TORCH_OF):
        blocks[t] = w[q * n:(q + 1) * n]
    return torch.cat(blocks)


class Model:
    """An nn.LSTM and an optional output layer, as the book sees them."""

    def __init__(self, m, n, output="none", k=None):
        self.m, self.n, self.output = m, n, output
        self.k = n if output == "none" else k
        self.lstm = torch.nn.LSTM(m, n, dtype=torch.float64)
        self.layer = (None if output == "none"
                      else torch.nn.Linear(n, self.k, dtype=torch.float64))

    def parameters(self):
        return list(self.lstm.parameters()) + (
            list(self.layer.parameters()) if self.layer else [])

    def book_theta(self, grad=False):
        """theta = (W, U, b, V, c) in the book's order, as a flat list."""
        get = (lambda p: p.grad) if grad else (lambda p: p.detach())
        L, n = self.lstm, self.n
        parts = [to_book(get(L.weight_ih_l0), n), to_book(get(L.weight_hh_l0), n),
                 # b = b_ih + b_hh; its gradient is that of either
                 to_book(get(L.bias_ih_l0), n) if grad else
                 to_book(get(L.bias_ih_l0) + get(L.bias_hh_l0), n)]
        if self.layer:
            parts += [get(self.layer.weight), get(self.layer.bias)]
        return torch.cat([p.reshape(-1) for p in parts]).tolist()

    def write(self, path):
        th, n, m = self.book_theta(), self.n, self.m
        blocks = [("W", 4 * n, m), ("U", 4 * n, n), ("b", 1, 4 * n)]
        if self.layer:
            blocks += [("V", self.k, n), ("c", 1, self.k)]
        with open(path, "w") as f:
            f.write("lstm-model 1\n# written by tests/crosscheck.py\n")
            f.write(f"inputs {m}\ncells {n}\n")
            at = 0
            for name, rows, cols in blocks:
                if name == "V":
                    f.write(f"outputs {self.k} {self.output}\n")
                f.write(name + "\n")
                for _ in range(rows):
                    f.write("  " + " ".join(repr(v) for v in th[at:at + cols]) + "\n")
                    at += cols
            assert at == len(th)

    def head_loss(self, out, y):
        """The loss of one step: out is the cell output, y the target."""
        if self.layer is None:
            return 0.5 * ((out - y) ** 2).sum()
        z = self.layer(out)
        if self.output == "l2":
            return 0.5 * ((z - y) ** 2).sum()
        return -(y * torch.log_softmax(z, 0)).sum()


def write_seqs(path, m, k, seqs):
    with open(path, "w") as f:
        f.write(f"lstm-seq 1\ninputs {m}\ntargets {k}\n")
        for xs, ys in seqs:
            f.write(f"sequence {len(xs)}\n")
            for x, y in zip(xs.tolist(), ys):
                f.write("  " + " ".join(map(repr, x)) + "   " +
                        (" ".join(map(repr, y.tolist())) if y is not None else "-") + "\n")


def read_network(tokens, at):
    """Parse a network (grammar of chapter "Files") from tokens[at:];
    return (m, n, output, k, theta)."""
    def word(w):
        nonlocal at
        if tokens[at] != w:
            sys.exit(f"crosscheck: expected {w!r}, found {tokens[at]!r}")
        at += 1

    def numbers(count):
        nonlocal at
        at += count
        return [float(t) for t in tokens[at - count:at]]

    word("inputs"); m = int(tokens[at]); at += 1
    word("cells"); n = int(tokens[at]); at += 1
    if tokens[at] == "forget":
        sys.exit("crosscheck: cells without a forget gate have no nn.LSTM")
    theta = []
    for name, count in (("W", 4 * n * m), ("U", 4 * n * n), ("b", 4 * n)):
        word(name); theta += numbers(count)
    output, k = "none", n
    if at < len(tokens):
        word("outputs"); k = int(tokens[at]); output = tokens[at + 1]; at += 2
        word("V"); theta += numbers(k * n)
        word("c"); theta += numbers(k)
    return m, n, output, k, theta


def tokens_of(path):
    with open(path) as f:
        return [t for line in f for t in line.split("#")[0].split()]


def read_model(path):
    """A book's model file as a Model, with b_ih = b and b_hh = 0."""
    tok = tokens_of(path)
    assert tok[:2] == ["lstm-model", "1"]
    m, n, output, k, th = read_network(tok, 2)
    model = Model(m, n, output, k)
    th = torch.tensor(th, dtype=torch.float64)
    L, at = model.lstm, 0
    with torch.no_grad():
        for p, size in ((L.weight_ih_l0, 4 * n * m), (L.weight_hh_l0, 4 * n * n),
                        (L.bias_ih_l0, 4 * n)):
            p.copy_(to_torch(th[at:at + size].reshape(p.shape), n)); at += size
        L.bias_hh_l0.zero_()
        if model.layer:
            for p in (model.layer.weight, model.layer.bias):
                p.copy_(th[at:at + p.numel()].reshape(p.shape)); at += p.numel()
    return model


def read_seqs(path):
    tok = tokens_of(path)
    assert tok[:2] == ["lstm-seq", "1"]
    m, k, at, seqs = int(tok[3]), int(tok[5]), 6, []
    while at < len(tok):
        T = int(tok[at + 1]); at += 2
        xs, ys = [], []
        for _ in range(T):
            xs.append([float(v) for v in tok[at:at + m]]); at += m
            if tok[at] == "-":
                ys.append(None); at += 1
            else:
                ys.append(torch.tensor([float(v) for v in tok[at:at + k]],
                                       dtype=torch.float64)); at += k
        seqs.append((torch.tensor(xs, dtype=torch.float64), ys))
    return seqs


def torch_loss(model, seqs, method):
    """The loss whose gradient `method' computes, as a graph for autograd."""
    loss = torch.zeros((), dtype=torch.float64)
    n = model.n
    for xs, ys in seqs:
        T = len(xs)
        h = c = torch.zeros(1, n, dtype=torch.float64)  # out_{-1}, state_{-1}
        if method in ("bptt", "rtrl"):
            windows, cut = [(0, T)], False
        elif method.startswith("tbptt:"):
            K = int(method[6:])
            windows, cut = [(t, min(t + K, T)) for t in range(0, T, K)], False
        elif method == "irtrl":
            windows, cut = [(t, t + 1) for t in range(T)], True
        outs = []
        for t0, t1 in windows:
            if method.startswith("tbptt:"):
                h, c = h.detach(), c.detach()  # the carried state is a constant
            elif cut:
                h = h.detach()  # out_{t-1} where it enters the gates; state kept
            o, (h, c) = model.lstm(xs[t0:t1], (h, c))
            outs.append(o)
        outs = torch.cat(outs)
        for t, y in enumerate(ys):
            if y is not None:
                loss = loss + model.head_loss(outs[t], y)
    return loss


def run_lstm(binary, method, model_path, seq_path):
    r = subprocess.run([binary, "grad", "--method", method, model_path, seq_path],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"crosscheck: lstm grad --method {method} failed:\n{r.stderr}")
    tok = [t for line in r.stdout.splitlines() for t in line.split("#")[0].split()]
    assert tok[:3] == ["lstm-grad", "1", "method"] and tok[4] == "loss"
    return float(tok[5]), read_network(tok, 6)[4]


def compare(binary, model, seqs, methods, tmp, label, worst):
    mp, sp = os.path.join(tmp, "m.model"), os.path.join(tmp, "s.seq")
    if not os.path.exists(mp):
        model.write(mp)
        write_seqs(sp, model.m, model.k, seqs)
    ok, most = True, (0.0, 0.0)
    for method in methods:
        for p in model.parameters():
            p.grad = None
        loss = torch_loss(model, seqs, method)
        loss.backward()
        ref = torch.tensor(model.book_theta(grad=True), dtype=torch.float64)
        book_loss, book_grad = run_lstm(binary, method, mp, sp)
        got = torch.tensor(book_grad, dtype=torch.float64)
        d = ((got - ref).abs().max() / ref.abs().max()).item()
        dl = abs(book_loss - loss.item()) / abs(loss.item())
        kind = method.split(":")[0]
        old = worst.get(kind, (0.0, 0.0))
        worst[kind] = (max(old[0], d), max(old[1], dl))
        most = (max(most[0], d), max(most[1], dl))
        if d > TOL or dl > TOL:
            ok = False
            print(f"{label}: {method}: gradient {d:.1e}, loss {dl:.1e}: FAIL")
    names = " ".join(m for m in methods if ":" not in m) + " tbptt:" + \
        ",".join(m[6:] for m in methods if m.startswith("tbptt:"))
    print(f"{label:34} {names:30} grad {most[0]:.1e}  loss {most[1]:.1e}")
    return ok


def random_case(gen, i):
    """Model i: sizes, output layer and sequences, drawn from gen."""
    r = lambda lo, hi: int(torch.randint(lo, hi + 1, (1,), generator=gen))
    output = ("none", "l2", "softmax")[i % 3]
    m, n = r(1, 5), r(1, 8)
    k = n if output == "none" else r(1, 4) + (output == "softmax")
    model = Model(m, n, output, k)
    with torch.no_grad():
        for p in model.parameters():  # wider than PyTorch's default init
            p.copy_(torch.rand(p.shape, generator=gen, dtype=torch.float64) * 2 - 1)
    seqs = []
    for _ in range(r(1, 3)):
        T = r(1, 16)
        xs = torch.randn(T, m, generator=gen, dtype=torch.float64)
        ys = []
        for t in range(T):
            if torch.rand(1, generator=gen) < 0.25:
                ys.append(None)  # a step without a target
            elif output == "softmax" and i % 2:
                ys.append(torch.softmax(2 * torch.randn(k, generator=gen,
                          dtype=torch.float64), 0))  # a probability vector
            else:  # any numbers; for softmax too (chapter "Files")
                ys.append(torch.randn(k, generator=gen, dtype=torch.float64))
        seqs.append((xs, ys))
    if all(y is None for _, ys in seqs for y in ys):  # some loss to differentiate
        seqs[0][1][-1] = torch.randn(k, generator=gen, dtype=torch.float64)
    Tmax = max(len(xs) for xs, _ in seqs)
    K = min(r(2, 5), max(Tmax - 1, 2))  # a window inside the longest sequence
    methods = ["bptt", "rtrl", "irtrl", "tbptt:1", f"tbptt:{K}", f"tbptt:{Tmax}"]
    label = f"{i:2}: m={m} n={n} {output}" + (f" k={k}" if output != "none" else "")
    label += " T=" + ",".join(str(len(xs)) for xs, _ in seqs)
    return model, seqs, methods, label


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lstm", help="the lstm binary")
    ap.add_argument("--models", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--example", default="tests/worked-example/gomez",
                    help="MODEL and SEQ files without .model/.seq, checked first")
    a = ap.parse_args()
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    gen = torch.Generator().manual_seed(a.seed)
    worst, ok, n_methods = {}, True, 0
    print(f"crosscheck: lstm grad against PyTorch {torch.__version__} autograd, "
          f"float64, tolerance {TOL:g}")
    cases = []
    if a.example:
        ex = a.example
        seqs = read_seqs(ex + ".seq")
        cases.append((read_model(ex + ".model"), seqs,
                      ["bptt", "rtrl", "irtrl", "tbptt:1"], "worked example", ex))
    for i in range(a.models):
        cases.append(random_case(gen, i) + (None,))
    for model, seqs, methods, label, files in cases:
        with tempfile.TemporaryDirectory(prefix="crosscheck-") as tmp:
            if files:  # the book's own files, read into nn.LSTM above
                os.symlink(os.path.abspath(files + ".model"), os.path.join(tmp, "m.model"))
                os.symlink(os.path.abspath(files + ".seq"), os.path.join(tmp, "s.seq"))
            ok = compare(a.lstm, model, seqs, methods, tmp, label, worst) and ok
            n_methods += len(methods)
    print(f"crosscheck: {len(cases)} models, {n_methods} gradients; "
          "largest relative differences:")
    for kind, (d, dl) in sorted(worst.items()):
        print(f"  {kind:6} gradient {d:.1e}, loss {dl:.1e}")
    if not ok:
        sys.exit("crosscheck: FAILED (differences above)")
    print("crosscheck: pass")


if __name__ == "__main__":
    main()
