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
    double after[2], before[3];
    local_out(net, g, j, state[j], dout[j], after);
    dstate[j] = after[0] + carry[j];
    dg[3 * n + j] = after[1];
    local_state(net, g, j, state_prev[j], dstate[j], before);
    dg[j] = before[0];
    dg[n + j] = before[1];
    dg[2 * n + j] = before[2];
  }
}
@y
@<Compute $\delta\state_t$ and the gate deltas...@>=
{ @=/* EXERCISE bptt.3: compute dstate and the gate deltas dg */@>@;
  (void)g; (void)state;
  memset(dstate, 0, n * sizeof *dstate);
  memset(dg, 0, 4 * n * sizeof *dg);
}
@z

@x rtrl.4 (chapters/rtrl.w)
  r->blocked = 1;
@y
  r->blocked = 0; /* the student edition runs the plain loop */
@z

@x rtrl.4 (chapters/rtrl.w)
@<Form the rows of $G_t$ for cell |j|@>=
for (size_t q = 0; q < 4; q++) {
  const size_t row = q * n + j;
  double *G = r->G + q * cols;
  memset(G, 0, cols * sizeof *G);
  for (size_t l = 0; l < n; l++) {
    const double u = net->U[row * n + l], *Hl = r->Hprev + l * cols;
    for (size_t k = 0; k < cols; k++) G[k] += u * Hl[k];
  }
  for (size_t l = 0; l < m; l++) G[row * m + l] += x[l];
  for (size_t l = 0; l < n; l++) G[4 * n * m + row * n + l] += out_prev[l];
  G[4 * n * (m + n) + row] += 1;
}
@y
@<Form the rows of $G_t$ for cell |j|@>=
@=/* EXERCISE rtrl.4: form rows j, n+j, 2n+j, 3n+j of G_t in r->G */@>@;
(void)x; (void)out_prev;
for (size_t q = 0; q < 4; q++) memset(r->G + q * cols, 0, cols * sizeof *r->G);
@z

@x rtrl.4 (chapters/rtrl.w)
@<Update row |j| of $S_t$ and $H_t$@>=
{
  double c[5];
  const double *Ga = r->G, *Gi = Ga + cols, *Gf = Gi + cols, *Go = Gf + cols;
  double *Sj = r->S + j * cols, *Hj = r->H + j * cols;
  cell_factors(net, r->g, j, state_prev[j], state[j], c);
  for (size_t k = 0; k < cols; k++) {
    Sj[k] = c[0] * Ga[k] + c[1] * Gi[k] + c[2] * Gf[k] + f[j] * Sj[k];
    Hj[k] = c[3] * Sj[k] + c[4] * Go[k];
  }
}
@y
@<Update row |j| of $S_t$ and $H_t$@>=
{ @=/* EXERCISE rtrl.4: update row j of S (in place) and of H */@>@;
  (void)state; (void)state_prev;
  memset(r->H + j * cols, 0, cols * sizeof *r->H);
}
@z

@x irtrl.3 (chapters/irtrl.w)
@<Find the factors |keep| and |coef| of the recursion of row |row|@>=
{
  double c[3];
  local_state(net, g, j, state_prev[j], 1, c);
  keep = f[j];
  coef = row < n ? c[0] : row < 2 * n ? c[1] : c[2];
}
@y
@<Find the factors |keep| and |coef| of the recursion of row |row|@>=
@=/* EXERCISE irtrl.3: the factors of the recursion of row `row' (cell j) */@>@;
keep = coef = 0;
(void)g; (void)f; (void)state_prev;
@z

@x snap1.5 (chapters/snap1.w)
@<Find the SnAp-1 factors of the rows of cell |j|@>=
{
  const double *U = net->U;
  double cell[5], cross, self;
  cell_factors(net, g, j, state_prev[j], state[j], cell);
  cross = cell[0] * U[j * n + j] + cell[1] * U[(n + j) * n + j] +
    cell[2] * U[(2 * n + j) * n + j];
  self = cell[4] * U[(3 * n + j) * n + j];
  for (size_t q = 0; q < 4; q++) {
    c[q].cross = cross, c[q].from_state = cell[3], c[q].self = self;
    c[q].kept = q < 3;
    c[q].keep = c[q].kept ? f[j] : 0;
    c[q].in_state = c[q].kept ? cell[q] : 0;
    c[q].in_out = c[q].kept ? 0 : cell[4];
  }
}
@y
@<Find the SnAp-1 factors of the rows of cell |j|@>=
@=/* EXERCISE snap1.5: the factors and masks of the four rows of cell j */@>@;
for (size_t q = 0; q < 4; q++) {
  c[q].keep = c[q].cross = c[q].in_state = 0;
  c[q].from_state = c[q].self = c[q].in_out = 0;
  c[q].kept = 0;
}
(void)net; (void)state_prev; (void)state; (void)f;
@z

@x rtrl.4 (chapters/speed.w)
@<Form in a block the rows...@>=
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
@<Form in a block the rows...@>=
@=/* the blocked order of exercise rtrl.4: the student edition runs the plain loop */@>@;
(void)add_in_range;
for (size_t q = 0; q < 4; q++)
  memset(r->G + q * cols + c0, 0, (c1 - c0) * sizeof *r->G);
@z

@x rtrl.4 (chapters/speed.w)
@<Update in a block row...@>=
{
  double c[5];
  const double *Ga = r->G, *Gi = Ga + cols, *Gf = Gi + cols, *Go = Gf + cols;
  double *Sj = r->S + j * cols, *Hj = r->H + j * cols;
  cell_factors(net, r->g, j, state_prev[j], state[j], c);
  for (size_t k = c0; k < c1; k++) {
    Sj[k] = c[0] * Ga[k] + c[1] * Gi[k] + c[2] * Gf[k] + f[j] * Sj[k];
    Hj[k] = c[3] * Sj[k] + c[4] * Go[k];
  }
}
@y
@<Update in a block row...@>=
{ @=/* the blocked order of exercise rtrl.4: the student edition runs the plain loop */@>@;
  memset(r->H + j * cols + c0, 0, (c1 - c0) * sizeof *r->H);
}
@z
