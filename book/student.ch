This is book/student.ch, the change file that makes the student edition
of lstm.w.  `make student' tangles and weaves the web with it into
student/: the library and the command with the sections below replaced
by stubs that compile, and a book that shows the stubs.

Each change is the block from an @x line to the next @z line; the text
after @x names the exercise whose answer the block removes (tests/student.sh
drops the blocks of one exercise at a time to check that its tests then
pass).  Everything outside the blocks, like this note, is ignored by
ctangle and cweave.  A student solves an exercise by writing the code in
place of the stub, between @y and @z (in a copy of this file:
`make student-test STUDENT_CH=mine.ch'), until `make student-test'
passes.

The @x parts match as few lines of the master web as they can, so that a
change in the surrounding code does not stop the file from applying.
When one does no longer match, ctangle says "Change file entry did not
match" and `make student' and `make test' fail; then copy the new text of
the section into the @x part.

@x title
\def\title{LSTM.W}
@y
\def\title{LSTM.W (STUDENT EDITION)}
@z

@x title
  \centerline{A literate program in CWEB}
@y
  \centerline{A literate program in CWEB}
  \vskip 6pt
  \centerline{\it Student edition: three sections are left for you to
    write}
@z

@x bptt.3 (chapters/bptt.w)
@<Compute $\delta\state_t$ and the gate deltas...@>=
{
  const double *state_prev = lstm_state_prev(tr, t);
  for (size_t j = 0; j < n; j++) {
    double th = tanh(state[j]);
    dstate[j] = dout[j] * o[j] * (1 - th * th) + carry[j];
    dg[j] = dstate[j] * i[j] * (1 - a[j] * a[j]);
    dg[n + j] = dstate[j] * a[j] * i[j] * (1 - i[j]);
    dg[2 * n + j] = dstate[j] * state_prev[j] * f[j] * (1 - f[j]);
    dg[3 * n + j] = dout[j] * th * o[j] * (1 - o[j]);
  }
}
@y
@<Compute $\delta\state_t$ and the gate deltas...@>=
{ @=/* EXERCISE bptt.3: compute dstate and the gate deltas dg */@>@;
  (void)a; (void)i; (void)f; (void)o; (void)state;
  memset(dstate, 0, n * sizeof *dstate);
  memset(dg, 0, 4 * n * sizeof *dg);
}
@z

@x rtrl.4 (chapters/rtrl.w)
@<Form the rows of $G_t$...@>=
{
  static const double one = 1;
  for (size_t q = 0; q < 4; q++)
    memset(r->G + q * cols + c0, 0, (c1 - c0) * sizeof *r->G);
  lstm_gemm_nn(4, c1 - c0, n, net->U + j * n, n * n, r->Hprev + c0, cols,
    r->G + c0, cols);
  for (size_t q = 0; q < 4; q++) {
    const size_t row = q * n + j;
    double *G = r->G + q * cols;
    add_in_range(G, c0, c1, row * m, x, m);
    add_in_range(G, c0, c1, 4 * n * m + row * n, out_prev, n);
    add_in_range(G, c0, c1, 4 * n * (m + n) + row, &one, 1);
  }
}
@y
@<Form the rows of $G_t$...@>=
@=/* EXERCISE rtrl.4: form rows j, n+j, 2n+j, 3n+j of G_t, columns c0..c1-1, in r->G */@>@;
(void)add_in_range; (void)x; (void)out_prev;
for (size_t q = 0; q < 4; q++)
  memset(r->G + q * cols + c0, 0, (c1 - c0) * sizeof *r->G);
@z

@x rtrl.4 (chapters/rtrl.w)
@<Update row |j| of $S_t$...@>=
{
  const double th = tanh(state[j]);
  const double ca = i[j] * (1 - a[j] * a[j]), ci = a[j] * i[j] * (1 - i[j]),
    cf = state_prev[j] * f[j] * (1 - f[j]), cs = o[j] * (1 - th * th),
    co = th * o[j] * (1 - o[j]);
  const double *Ga = r->G, *Gi = Ga + cols, *Gf = Gi + cols, *Go = Gf + cols;
  double *Sj = r->S + j * cols, *Hj = r->H + j * cols;
  for (size_t c = c0; c < c1; c++) {
    Sj[c] = ca * Ga[c] + ci * Gi[c] + cf * Gf[c] + f[j] * Sj[c];
    Hj[c] = cs * Sj[c] + co * Go[c];
  }
}
@y
@<Update row |j| of $S_t$...@>=
{ @=/* EXERCISE rtrl.4: update row j of S (in place) and of H, columns c0..c1-1 */@>@;
  (void)a; (void)i; (void)f; (void)o; (void)state; (void)state_prev;
  memset(r->H + j * cols + c0, 0, (c1 - c0) * sizeof *r->H);
}
@z

@x irtrl.3 (chapters/irtrl.w)
@<Find the factors |keep| and |coef| of the recursion of row |row|@>=
keep = f[j];
coef = row < n ? i[j] * (1 - a[j] * a[j]) :
  row < 2 * n ? a[j] * i[j] * (1 - i[j]) :
  state_prev[j] * f[j] * (1 - f[j]);
@y
@<Find the factors |keep| and |coef| of the recursion of row |row|@>=
@=/* EXERCISE irtrl.3: the factors of the recursion of row `row' (cell j) */@>@;
keep = coef = 0;
(void)a; (void)i; (void)f; (void)state_prev;
@z

@x snap1.5 (chapters/snap1.w)
@<Find the SnAp-1 factors of row |row|@>=
{
  const double *U = net->U;
  double cell[5];
  cell_factors(r->g, n, j, state_prev[j], state[j], cell);
  c.cross = cell[0] * U[j * n + j] + cell[1] * U[(n + j) * n + j] +
    cell[2] * U[(2 * n + j) * n + j];
  c.from_state = cell[3];
  c.self = cell[4] * U[(3 * n + j) * n + j];
  c.kept = row < 3 * n;
  c.keep = c.kept ? f[j] : 0;
  c.in_state = c.kept ? cell[row / n] : 0;
  c.in_out = c.kept ? 0 : cell[4];
}
@y
@<Find the SnAp-1 factors of row |row|@>=
@=/* EXERCISE snap1.5: the six factors of row `row' (cell j) and its mask */@>@;
c.keep = c.cross = c.in_state = c.from_state = c.self = c.in_out = 0;
c.kept = 0;
(void)net; (void)state_prev; (void)state; (void)f;
@z
