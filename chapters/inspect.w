@* Inside a trained network.
The chain-rule chapter says in two sentences why an LSTM can learn long
lags: along the state the error is multiplied by the forget gates and by
nothing else, so when they stay near~1 it travels back over many steps
without shrinking (the constant error carousel), and when they do not it
vanishes. This chapter shows it, with the program's own numbers. A
command, \.{lstm inspect} (|cmd_inspect|), runs a network over sequences and writes, for
every step, the gates, the state, the output and the backward messages;
three figures drawn from its output look inside a network that solved
the lag task, and inside two that did not learn. The figures come first,
then the command.
@^constant error carousel@>
@^vanishing gradient@>

@*1 What the figures show.
\input inside
The figures are drawn from \.{lstm inspect}'s output for three networks
of eight cells with a softmax layer, on the two sequences of the lag task
with $p=\insidelag$ (the training chapter's \.{lstm train --task lag --lag
20}): the network that training with BPTT made from seed~1, which solved
the task, and two untrained networks from the same seed, one with the
training chapter's initial forget bias $b_f=2$ (|bias_f| of |lstm_init|) and one with $b_f=-2$.
The networks are committed in \.{book/inside}, and \.{make inside}
redraws the figures from them; \.{make test} checks that the numbers
behind the figures are what the program computes now.
@^lag task, inside a network that solved it@>

@ Figure 15 shows how the solved network remembers. One cell, cell
\insidecell, ends the two sequences farthest apart, and it is drawn in
black; the other seven are grey. The first symbol is written at step~0:
$x$ opens the cell's input gate (the column \.{i}, from |lstm_gates|) to $\insidexfirsti$ where $y$ opens it
to $\insideyfirsti$, and the state (|lstm_state|) starts at $\insidexfirst$ instead of
$\insideyfirst$. That small difference is then held, since the forget
gate stays between $\insideflow$ and $\insidefhigh$ along both
sequences, and it is amplified: the cell's output returns through $U$
(|net->U|) and opens its own input gate further at every step after an~$x$. By the
last step the state is $\insidexlast$ after $x$ and $\insideylast$ after
$y$, and the output layer reads the answer from it. The memory is not a
single write followed by a frozen state, as in the idealized carousel,
but a difference kept by forget gates near~1 and grown by the recurrent
weights.
\herefigure{inside-1.mps}{\bf Figure 15.\rm\enspace The solved network on
  the two sequences of the lag task, $y$ first (solid) and $x$ first
  (dashed). Top: the states of the eight cells, cell \insidecell{} in
  black. Bottom: the gates $i_t$ (colour), $f_t$ (black) and $o_t$ (grey)
  of cell \insidecell.}

@ Figure 16 follows the error of the last step back along the first
sequence: the norm of $\delta\state_t$ (solid; the column \.{dstate},
|lstm_dstate| of the trace), and the largest over the
cells of the product $\phi_t$ of the later forget gates (dashed; the
column \.{fprod}, from the array |fprod|). In the
solved network the error reaches step~0 with $\insidetrainedratio$ times
the norm it has at the last step, and the best-kept cell passes
$\insidetrainedkeep$ of it along the carousel: this is the constant error
carousel, measured. The untrained network with $b_f=2$ has forget gates
near $\sigma(2)\approx0.88$, and its error shrinks to
$\insideuntrainedratio$ of the last step's over the $\insidelag$ steps;
its best cell keeps $\insideuntrainedkeep$. That is enough for training
to start: the error of the last step still reaches the first symbol.
\herefigure{inside-2.mps}{\bf Figure 16.\rm\enspace The error carried
  back from the last step: $\Vert\delta{\it state}_t\Vert$ (solid) and
  the largest $\phi_t$ (dashed), for the solved network (black, filled
  circles every fifth step) and the untrained one with $b_f=2$ (grey,
  open squares).}

@ Figure 17 sets the forget bias low. With $b_f=-2$ the forget gates are
near $\sigma(-2)\approx0.12$, each step multiplies the error by about
that much, and the error of the last step reaches step~0 as
$\insidelowforgetratio$ of itself: the gradient vanishes, exactly as it
does in a recurrent network without the carousel. The slope of the line
is the logarithm of the forget gate. No learning rule that follows this
gradient can discover that the first symbol matters; this is why the
forget gate's bias is started high, and why the training chapter starts
it at $b_f=2$ for the lag task.
@^vanishing gradient@>
@^forget gate, bias of@>
\herefigure{inside-3.mps}{\bf Figure 17.\rm\enspace The same for the
  untrained network with $b_f=-2$ (colour, triangles), with the
  untrained one with $b_f=2$ (grey, squares) for comparison. The
  vertical scale spans twenty powers of ten; no value falls below it.}

@*1 \.{lstm inspect}.
\.{lstm inspect }{\it MODEL SEQ\/} runs the forward pass and BPTT's
backward pass (|lstm_forward| and |lstm_backward|) over every sequence of the file, as \.{lstm grad} does, and
prints what the trace holds at every step instead of the gradient: the
four gates $a_t$, $i_t$, $f_t$, $o_t$, $\state_t$ and $\out_t$, the state's
total derivative $\delta\state_t$, the two messages that step $t+1$ sends
back, $\delta\state_{t+1}\odot f_{t+1}$ (\.{carry}, the walk's |carry|) and $\Dout_t$
(\.{Dout}, its |Dout|), and the product of the forget gates of the later steps,
$$\phi_t=f_{t+1}\odot f_{t+2}\odot\cdots\odot f_{T-1},\qquad
  \phi_{T-1}=1,$$
the factor by which the carousel alone would carry an error of the last
step back to step~$t$ (\.{fprod}). Each name is followed by $n$ numbers,
one per cell, and each step is one line:
$$\vbox{\halign{#\hfil\cr
\.{lstm-inspect 1}\cr
\.{sequence 1 loss 0.0123...}\cr
\.{step 0 a ... i ... f ... o ... state ... out ... dstate ... carry ...
  Dout ... fprod ...}\cr}}$$
At the last step the two messages are zero, since no step follows.
@^inspecting a network@>

@<Rows of the table of subcommands@>=
{"inspect", "print the gates, states and backward messages of every step",
  cmd_inspect},

@ @<Declarations of the command@>=
static int cmd_inspect(int argc, char **argv);
static int print_inspect(const lstm_net *net, const lstm_data *data,
  lstm_error *err);

@ @<Subcommands@>=
static int cmd_inspect(int argc, char **argv)
{
  return with_files("inspect", "usage: lstm inspect MODEL SEQ\n" @/
    "Run the model forward and BPTT backward over every sequence of SEQ\n" @/
    "and print, for every step, the gates, the state, the output, the\n" @/
    "state's derivative, the two backward messages and the product of\n" @/
    "the later forget gates.\n", argc, argv, print_inspect);
}

@ The sequences are run twice. The first time every number that would be
printed is checked (|isfinite|), so that a network whose numbers overflow is refused
before anything is printed (standard output stays empty on an error, as
for every command, and no NaN or infinity is ever written); the second
time they are printed. One trace |tr|, as long as the longest sequence, the
array |fprod|, $\phi$ of every step, and the |row| of one step's numbers serve every sequence;
|print_inspect| does it, and |cmd_inspect| reads the files.

@<Subcommands@>=
static int print_inspect(const lstm_net *net, const lstm_data *data,
  lstm_error *err)
{
  lstm_trace tr;
  lstm_net grad;
  size_t longest = 1, n = net->n;
  double *row = NULL; /* the numbers of one step: $10n$ */
  double *fprod = NULL; /* $\phi_t$ of every step: $Tn$ */
  int status;
  for (size_t s = 0; s < data->count; s++)
    if (data->seq[s].T > longest) longest = data->seq[s].T;
  if ((status = lstm_trace_alloc(&tr, net, longest, err)) != LSTM_OK)
    return status;
  if ((status = lstm_net_like(&grad, net, err)) == LSTM_OK) {
    row = malloc(10 * n * sizeof *row);
    fprod = malloc(longest * n * sizeof *fprod); /* fits: the trace is larger */
    if (!row || !fprod)
      status = lstm_fail(err, LSTM_ENOMEM, "out of memory");
  }
  for (int pass = 0; pass < 2 && status == LSTM_OK; pass++) {
    if (pass == 1) printf("lstm-inspect 1\n");
    for (size_t s = 0; s < data->count && status == LSTM_OK; s++)
      @<Run sequence |s| and check or print its steps@>;
  }
  free(row);
  free(fprod);
  lstm_net_free(&grad);
  lstm_trace_free(&tr);
  return status;
}

@ @<Run sequence |s| and check or print its steps@>=
{
  const lstm_seq *seq = &data->seq[s];
  double loss = lstm_forward(net, seq, &tr);
  lstm_backward(net, seq, &tr, &grad);
  @<Find the products $\phi_t$ of the later forget gates@>;
  if (!isfinite(loss))
    status = lstm_fail(err, LSTM_EDATA, "the loss of sequence %zu is not " @/
      "finite", s + 1);
@.the loss of sequence...@>
  if (pass == 1) printf("sequence %zu loss %.17g\n", s + 1, loss);
  for (size_t t = 0; t < seq->T && status == LSTM_OK; t++) {
    @<Gather the numbers of step |t| into |row|@>;
    for (size_t q = 0; q < 10 * n; q++)
      if (!isfinite(row[q])) {
        status = lstm_fail(err, LSTM_EDATA, "a number of step %zu of " @/
          "sequence %zu is not finite", t, s + 1);
@.a number of step...is not finite@>
        break;
      }
    if (pass == 1) @<Print the numbers of step |t|@>;
  }
}

@ The product |fprod| is built from the last step backward, one factor at a time:
$\phi_{T-1}=1$ and $\phi_t=\phi_{t+1}\odot f_{t+1}$.

@<Find the products $\phi_t$...@>=
for (size_t j = 0; j < n && seq->T > 0; j++) fprod[(seq->T - 1) * n + j] = 1;
for (size_t t = seq->T > 0 ? seq->T - 1 : 0; t-- > 0; )
  for (size_t j = 0; j < n; j++)
    fprod[t * n + j] = fprod[(t + 1) * n + j] * lstm_gates(&tr, t + 1)[2 * n + j];

@ The trace holds the gates, the state, the output and $\delta\state_t$
(|lstm_gates|, |lstm_state|, |lstm_out|, |lstm_dstate|);
the two messages are formed again from the row of step $t+1$, as the
backward walk formed them: $\delta\state_{t+1}\odot f_{t+1}$, from |ds1| and |g1|, and
$\Dout_t=U^{\top}\delta\gates_{t+1}$, from |net->U| and |dg1|.

@<Gather the numbers of step |t| into |row|@>=
{
  const double *g = lstm_gates(&tr, t);
  memcpy(row, g, 4 * n * sizeof *row);
  memcpy(row + 4 * n, lstm_state(&tr, t), n * sizeof *row);
  memcpy(row + 5 * n, lstm_out(&tr, t), n * sizeof *row);
  memcpy(row + 6 * n, lstm_dstate(&tr, t), n * sizeof *row);
  for (size_t j = 0; j < n; j++) row[7 * n + j] = row[8 * n + j] = 0;
  if (t + 1 < seq->T) {
    const double *g1 = lstm_gates(&tr, t + 1), *dg1 = lstm_dgates(&tr, t + 1);
    const double *ds1 = lstm_dstate(&tr, t + 1);
    for (size_t j = 0; j < n; j++) row[7 * n + j] = ds1[j] * g1[2 * n + j];
    for (size_t r = 0; r < 4 * n; r++)
      for (size_t j = 0; j < n; j++)
        row[8 * n + j] += net->U[r * n + j] * dg1[r];
  }
  memcpy(row + 9 * n, fprod + t * n, n * sizeof *row);
}

@ @<Print the numbers of step |t|@>=
{
  static const char *name[10] = {"a", "i", "f", "o", "state", "out",
    "dstate", "carry", "Dout", "fprod"};
  printf("step %zu", t);
  for (size_t q = 0; q < 10; q++) {
    printf(" %s", name[q]);
    for (size_t j = 0; j < n; j++) printf(" %.17g", row[q * n + j]);
  }
  printf("\n");
}

@*1 Exercises.
\exercise{inspect.1}{15}
In Figure 17 the norm of $\delta\state_t$ falls along a straight line.
Suppose that the forget gates stay at $\sigma(b_f)$ and that no error
enters through the output before the last step. Show from line B3 that
each step back multiplies $\delta\state_t$ by $\sigma(b_f)$, and give
the slope of the line, in powers of ten per step, for $b_f=-2$ and for
$b_f=2$.

\exercise{inspect.2}{20}
\.{lstm inspect} prints, for each step, the columns \.{dstate},
\.{carry} and \.{Dout}. Which term of line B3 is the difference
\.{dstate}$-$\.{carry}? Write it with the columns and $\Delta_t$, and
say what it is at a step without a target in a network with $U=0$ (|net->U| all zero).
