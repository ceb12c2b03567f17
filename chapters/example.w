@* The worked example.
Nothing builds confidence in a derivation like following it through with
numbers. A.~Gomez published such an example in 2016 (``Backpropogating'' [{\it sic}]
an LSTM: a numerical example'', a blog post): a network with one cell
and two inputs, run for two steps, with every intermediate value worked
out by hand. This chapter runs the same network through the library,
prints every value of the forward and the backward pass, the gradient and
one step of gradient descent, and sets the published values beside the
computed ones (Gomez 2016). The tables below are written by the program itself, by
\.{lstm example --tex} (|lstm_example_report| with |tex| set), each time the book is built; none of their
numbers was typed.
@^Gomez, Aidan@>
@^worked example@>

@ The network has $m=2$ inputs and $n=1$ cell, so $W$ is $4\times2$, $U$
is $4\times1$ and $b$ has four entries, in the gate order $a$, $i$, $f$,
$o$ (the tables |example_W|, |example_U| and |example_b|):
$$W=\pmatrix{0.45&0.25\cr0.95&0.80\cr0.70&0.45\cr0.60&0.40\cr},\qquad
U=\pmatrix{0.15\cr0.80\cr0.10\cr0.25\cr},\qquad
b=\pmatrix{0.20\cr0.65\cr0.15\cr0.10\cr}.$$
The sequence (one |lstm_seq| of $T=2$ steps) is $x_0=(1,2)$ with target $y_0=0.5$ and $x_1=(0.5,3)$ with
target $y_1=1.25$ (|example_x| and |example_y|), and the loss is ${1\over2}\sum_t(\out_t-y_t)^2$. The
author later noted, crediting a reader, that the second target cannot be
reached: $\out_t=\tanh(\state_t)\,o_t$ lies strictly between $-1$ and
$1$. That does not matter for the computation of a gradient.
The same network and sequence are in the files \.{tests/worked-example/%
gomez.model} and \.{gomez.seq}, in the formats of the chapter {\it Files}.

@<Private declarations@>=
static const double example_W[8] = /* $W$, row by row */
  {0.45, 0.25, 0.95, 0.80, 0.70, 0.45, 0.60, 0.40};
static const double example_U[4] = {0.15, 0.80, 0.10, 0.25}; /* $U$ */
static const double example_b[4] = {0.20, 0.65, 0.15, 0.10}; /* $b$ */
static const double example_x[4] = {1.0, 2.0, 0.5, 3.0}; /* $x_0$, $x_1$ */
static const double example_y[2] = {0.5, 1.25}; /* $y_0$, $y_1$ */

@ |lstm_example| fills a network and a data set with the example. The
caller frees both, with |lstm_net_free| and |lstm_data_free|.

@<Public functions@>=
int lstm_example(lstm_net *net, lstm_data *data, lstm_error *err);

@ @<Functions@>=
int lstm_example(lstm_net *net, lstm_data *data, lstm_error *err)
{
  lstm_seq *seq;
  int status = lstm_net_init(net, 2, 1, 1, LSTM_OUT_NONE, err);
  if (status != LSTM_OK) return status;
  memcpy(net->W, example_W, sizeof example_W);
  memcpy(net->U, example_U, sizeof example_U);
  memcpy(net->b, example_b, sizeof example_b);
  lstm_data_init(data, 2, 1);
  if ((status = lstm_data_add(data, 2, &seq, err)) != LSTM_OK) {
    lstm_net_free(net);
    return status;
  }
  memcpy(seq->x, example_x, sizeof example_x);
  for (size_t t = 0; t < 2; t++) {
    double *y = lstm_target_set(seq, t, err);
    if (!y) {
      lstm_net_free(net);
      lstm_data_free(data);
      return LSTM_ENOMEM;
    }
    y[0] = example_y[t];
  }
  return LSTM_OK;
}

@*1 One step of gradient descent.
The example ends with one step of plain stochastic gradient descent,
$\theta\leftarrow\theta-\alpha\,\delta\theta$ with the learning rate
$\alpha=0.1$ (|rate|). Because every parameter lives in one vector, |net->theta|, the step, |lstm_sgd|, is
one loop that knows nothing of gates.
@^gradient descent@>

@<Public functions@>=
void lstm_sgd(lstm_net *net, const lstm_net *grad, double rate);

@ @<Functions@>=
void lstm_sgd(lstm_net *net, const lstm_net *grad, double rate)
{
  for (size_t k = 0; k < net->P; k++) net->theta[k] -= rate * grad->theta[k];
}

@*1 Running the example.
|lstm_example_report| computes everything the example shows and writes
it to |f|, either as lines for machines, one value per line with all 17
significant digits (the format of the file of expected values that the
tests compare with), or as the \TeX\ tables of this chapter. It is the
body of the \.{lstm example} command.

@<Public functions@>=
int lstm_example_report(FILE *f, int tex, lstm_error *err);

@ The report needs the forward pass and the backward pass of the whole
sequence, so it uses the trace and the BPTT code directly (|lstm_forward|, |lstm_backward|) rather than
through the method table: it prints what the trace holds.

@<Functions@>=
int lstm_example_report(FILE *f, int tex, lstm_error *err)
{
  lstm_net net, grad;
  lstm_data data;
  lstm_trace tr;
  double loss, dx[2][2], dprev[2];
  int status = lstm_example(&net, &data, err);
  if (status != LSTM_OK) return status;
  if ((status = lstm_net_like(&grad, &net, err)) != LSTM_OK) goto free_net;
  if ((status = lstm_trace_alloc(&tr, &net, 2, err)) != LSTM_OK)
    goto free_grad;
  loss = lstm_forward(&net, &data.seq[0], &tr);
  lstm_backward(&net, &data.seq[0], &tr, &grad);
  @<Compute $\delta x_t$ and $\Dout_{t-1}$ for both steps@>;
  if (tex) @<Write the example's tables in \TeX@>@;
  else @<Write the example's values for machines@>;
  lstm_trace_free(&tr);
free_grad: lstm_net_free(&grad);
free_net: lstm_net_free(&net);
  lstm_data_free(&data);
  return status;
}

@ The two vectors that the backward pass sends out of a step are
$\delta x_t=W^{\top}\delta\gates_t$, the error that would flow into a
layer below, and $\Dout_{t-1}=U^{\top}\delta\gates_t$, the error that
flows into the previous step \implements{cr-back}; |lstm_mat_tvec| forms both, from |net.W| and |net.U|.

@<Compute $\delta x_t$...@>=
for (size_t t = 0; t < 2; t++) {
  lstm_mat_tvec(net.W, 4, 2, lstm_dgates(&tr, t), dx[t]);
  lstm_mat_tvec(net.U, 4, 1, lstm_dgates(&tr, t), &dprev[t]);
}

@ The lines for machines (|tex| zero) name the quantity, the step and the value, in the
order of the computation: the forward pass from $t=0$, the backward pass
from $t=1$, then the loss, the gradient and the weights after one step of
gradient descent. With one cell every vector of the example has one entry
per gate, so the gate values are printed one to a line.

@<Write the example's values for machines@>=
{
  static const char *gate[4] = {"a", "i", "f", "o"};
  for (size_t t = 0; t < 2; t++) {
    for (size_t q = 0; q < 4; q++)
      fprintf(f, "forward t=%zu %s %.17g\n", t, gate[q],
        lstm_gates(&tr, t)[q]);
    fprintf(f, "forward t=%zu state %.17g\n", t, lstm_state(&tr, t)[0]);
    fprintf(f, "forward t=%zu out %.17g\n", t, lstm_out(&tr, t)[0]);
  }
  for (size_t t = 2; t-- > 0; ) {
    double Delta = lstm_out(&tr, t)[0] - lstm_target(&data.seq[0], t)[0];
    fprintf(f, "backward t=%zu Delta %.17g\n", t, Delta);
    fprintf(f, "backward t=%zu dout %.17g\n", t, lstm_dout(&tr, t)[0]);
    fprintf(f, "backward t=%zu dstate %.17g\n", t, lstm_dstate(&tr, t)[0]);
    for (size_t q = 0; q < 4; q++)
      fprintf(f, "backward t=%zu d%s %.17g\n", t, gate[q],
        lstm_dgates(&tr, t)[q]);
    fprintf(f, "backward t=%zu dx %.17g %.17g\n", t, dx[t][0], dx[t][1]);
    fprintf(f, "backward t=%zu Dout_prev %.17g\n", t, dprev[t]);
  }
  fprintf(f, "loss %.17g\n", loss);
  print_blocks(f, "grad d", "", &grad);
  lstm_sgd(&net, &grad, 0.1);
  print_blocks(f, "sgd lambda=0.1 ", "", &net);
}

@ |print_blocks| writes each block of a network on one line: a prefix,
the block's name, and its entries in the order of $\theta$.

@<Private declarations@>=
static void print_blocks(FILE *f, const char *prefix, const char *suffix,
  const lstm_net *net);

@ @<Functions@>=
static void print_blocks(FILE *f, const char *prefix, const char *suffix,
  const lstm_net *net)
{
  lstm_block block[LSTM_MAX_BLOCKS];
  size_t count = lstm_blocks(net, block);
  for (size_t q = 0; q < count; q++) {
    const double *v = net->theta + block[q].offset;
    fprintf(f, "%s%s%s", prefix, block[q].name, suffix);
    for (size_t l = 0; l < block[q].rows * block[q].cols; l++)
      fprintf(f, " %.17g", v[l]);
    fputc('\n', f);
  }
}

@*1 The published values.
The author of the example published the forward values rounded to five
significant digits. They were computed by hand, with each intermediate
result rounded before it was used again, so a few of them differ from the
correctly rounded exact values in the last digit. The program marks such
a value with a dagger in the table; the test suite checks that every
published value lies within two units of its last digit of the exact one.
|rounds_to| makes the comparison that decides the dagger.
@^rounding@>

@<Private declarations@>=
static const double published[2][6] = { /* $a$, $i$, $f$, $o$, $\state$,
    $\out$ at $t=0$ and 1 */
  {0.81775, 0.96083, 0.85195, 0.81757, 0.78572, 0.53631},
  {0.84980, 0.98118, 0.87030, 0.84993, 1.5176, 0.77197}};

@ A published value with $d$ digits after the point agrees with the exact
value |v| when rounding |v| to $d$ decimals gives it; the values are in |published|. The number of
decimals is five, except for $\state_1=1.5176$, which has four.

@<Private declarations@>=
static int rounds_to(double v, double pub, int decimals);

@ @<Functions@>=
static int rounds_to(double v, double pub, int decimals)
{
  double scale = pow(10.0, decimals);
  return round(v * scale) == round(pub * scale);
}

@ The tables of the book show six significant digits, enough to compare
with a pocket calculator and with the five digits of the published
values; all seventeen are in the output for machines above. Each number
is set in two columns of the table, the part before the decimal point
flush right and the rest flush left, so that the points of a column line
up, and in mathematics mode, so that a negative number has a true minus
sign. |tex_value| formats a computed value, with six significant digits
and trailing zeros kept, and |tex_split| sets any number written in
decimals in its two columns, followed by |mark| (a dagger, or nothing).
Zero is written as $0$, and a value below $10^{-4}$, which \.{\%\#.6g}
would write with an exponent, as a product with a power of ten.
@^decimal alignment@>

@<Private declarations@>=
static void tex_split(FILE *f, const char *s, const char *mark);
static void tex_value(FILE *f, double v);

@ @<Functions@>=
static void tex_split(FILE *f, const char *s, const char *mark)
{
  const char *point = strchr(s, '.'), *e = strchr(s, 'e');
  int whole = point ? (int)(point - s) : e ? (int)(e - s) : (int)strlen(s);
  const char *rest = s + whole;
  int frac = e ? (int)(e - rest) : (int)strlen(rest);
  fprintf(f, "&$%.*s$&$%.*s", whole, s, frac, rest);
  if (e) fprintf(f, "\times10^{%d}", atoi(e + 1));
  fprintf(f, "%s$", mark);
}

static void tex_value(FILE *f, double v)
{
  char s[40];
  if (v == 0) strcpy(s, "0");
  else snprintf(s, sizeof s, "%#.6g", v);
  tex_split(f, s, "");
}

@ The forward table shows each quantity at both steps, the computed value
beside the published one (from |published|). The backward table shows the deltas, and the
last two the gradient and the weights after one step of descent, row by
row in the gate order.

@<Write the example's tables in \TeX@>=
{
  static const char *name[6] = {"a_t", "i_t", "f_t", "o_t", "\\state_t",
    "\\out_t"};
  fprintf(f, "\\exampletable{forward}{$t=0$}{published}{$t=1$}{published}{\n");
  for (size_t q = 0; q < 6; q++) {
    fprintf(f, "$%s$", name[q]);
    for (size_t t = 0; t < 2; t++) {
      double v = q < 4 ? lstm_gates(&tr, t)[q] :
        q == 4 ? lstm_state(&tr, t)[0] : lstm_out(&tr, t)[0];
      int decimals = (t == 1 && q == 4) ? 4 : 5;
      char pub[40];
      snprintf(pub, sizeof pub, "%.*f", decimals, published[t][q]);
      tex_value(f, v);
      tex_split(f, pub,
        rounds_to(v, published[t][q], decimals) ? "" : "^\\dagger");
    }
    fprintf(f, "\\cr\n");
  }
  fprintf(f, "}\n");
  @<Write the backward table@>;
  @<Write the gradient and the updated weights@>;
}

@ The backward table. One entry, $\delta f_0=\delta\state_0\cdot
\state_{-1}\cdot f_0(1-f_0)$, is a negative number times zero, which IEEE
arithmetic makes $-0$; adding zero prints it as the $0$ it is. Of the
backward values, the published source as the book keeps it (in
\.{tests/worked-example} and in the notes on the literature) gives only
$\Delta_1=-0.47803$ (|published_Delta1|), computed from the rounded $\out_1$; it is set
beside the computed $\Delta_1$, with the same test and dagger as the
forward values, and the other published columns stay empty. The
computed deltas are checked instead against \.{expected.txt}, to
seventeen digits.
@^published values@>

@<Private declarations@>=
static const double published_Delta1 = -0.47803; /* $\Delta_1$ */

@ The table has the deltas of the two steps, $t=1$ first, as the
backward pass computes them (|lstm_dstate| and |lstm_dgates| of the trace), and then the two vectors a step sends out.

@<Write the backward table@>=
{
  static const char *dname[7] = {"\\Delta_t", "\\delta\\out_t",
    "\\delta\\state_t", "\\delta a_t", "\\delta i_t", "\\delta f_t",
    "\\delta o_t"};
  fprintf(f, "\\exampletable{backward}{$t=1$}{published}{$t=0$}{}{\n");
  for (size_t q = 0; q < 7; q++) {
    fprintf(f, "$%s$", dname[q]);
    for (size_t t = 2; t-- > 0; ) {
      double v = q == 0 ? lstm_out(&tr, t)[0] - lstm_target(&data.seq[0], t)[0] :
        q == 1 ? lstm_dout(&tr, t)[0] : q == 2 ? lstm_dstate(&tr, t)[0] :
        lstm_dgates(&tr, t)[q - 3];
      tex_value(f, v + 0.0);
      if (q == 0 && t == 1) tex_split(f, "-0.47803",
        rounds_to(v, published_Delta1, 5) ? "" : "^\\dagger");
      else fprintf(f, "&&");
    }
    fprintf(f, "\\cr\n");
  }
  for (size_t l = 0; l < 2; l++) {
    fprintf(f, "$(\\delta x_t)_%zu$", l + 1);
    tex_value(f, dx[1][l]); fprintf(f, "&&");
    tex_value(f, dx[0][l]); fprintf(f, "&&\\cr\n");
  }
  fprintf(f, "$\\Dout_{t-1}$");
  tex_value(f, dprev[1]); fprintf(f, "&&");
  tex_value(f, dprev[0]); fprintf(f, "&&\\cr\n");
  fprintf(f, "}\n");
}

@ The gradient and the updated weights are shown as the matrix
$(W\;U\;b)$, from |grad.W|, |grad.U| and |grad.b| and the same blocks of the network, one row per gate, so that the row of a gate reads across.

@<Write the gradient and the updated weights@>=
{
  static const char *gname[4] = {"a", "i", "f", "o"};
  fprintf(f, "\\exampletable{gradient}{$\\delta W$}{}{$\\delta U$}{$\\delta b$}{\n");
  for (size_t q = 0; q < 4; q++)
    @<Write row |q| of the matrix |grad| for \TeX@>;
  fprintf(f, "}\n\\exampleloss{%#.6g}\n", loss);
  lstm_sgd(&net, &grad, 0.1);
  fprintf(f, "\\exampletable{sgd}{$W$}{}{$U$}{$b$}{\n");
  for (size_t q = 0; q < 4; q++)
    @<Write row |q| of the matrix |net| for \TeX@>;
  fprintf(f, "}\n");
}

@ A row of the matrix $(W\;U\;b)$ is the gate's name and four numbers.

@<Write row |q| of the matrix |grad|...@>=
{
  fprintf(f, "$%s$", gname[q]);
  tex_value(f, grad.W[2 * q]); tex_value(f, grad.W[2 * q + 1]);
  tex_value(f, grad.U[q]); tex_value(f, grad.b[q]);
  fprintf(f, "\\cr\n");
}

@ @<Write row |q| of the matrix |net|...@>=
{
  fprintf(f, "$%s$", gname[q]);
  tex_value(f, net.W[2 * q]); tex_value(f, net.W[2 * q + 1]);
  tex_value(f, net.U[q]); tex_value(f, net.b[q]);
  fprintf(f, "\\cr\n");
}

@*1 The numbers.
Here are the tables the program wrote. The forward pass first: each
quantity at both steps, the computed value to six significant digits
beside the value the author published. A dagger marks a published value
that is not the correctly rounded exact value.
\input example

\tablelabel{exforward}\exampleforward

@ Two published values carry a dagger, and both show how rounding
intermediates by hand moves the last digit. The exact state at the first
step is $\state_0=a_0i_0=0.7857261\ldots$, which rounds to $0.78573$; but
the product of the rounded gates, $0.81775\times0.96083=0.7857187\ldots$,
rounds to the published $0.78572$. At the second step the exact output is
$\out_1=0.7719811\ldots$, which rounds to $0.77198$, while the author's
$\tanh(1.5176)\times0.84993=0.7719731\ldots$ gives $0.77197$. Every later
hand-computed value inherits such errors: the published
$\Delta_1=-0.47803$ is $0.77197-1.25$, where the exact value is
$-0.4780189\ldots$ A computer that carries 17 digits throughout has no
such drift, which is why the tests compare the program with the values
of \.{expected.txt}, computed independently to 17 digits, to within
$10^{-12}$, and with the published values only to within two units of
their last digit.
@^rounding@>

@ The backward pass runs from the last step to the first. At $t=1$ the
error at the output is the loss's own, $\Delta_1=\out_1-y_1$; at $t=0$ it
is $\Delta_0$ plus $\Dout_0$ (|Dout|), the error that came back from step~1
through~$U$. Note that $\delta f_0=0$: the forget gate at the first step
multiplies $\state_{-1}=0$, so it has no influence on the loss.

\tablelabel{exbackward}\examplebackward

@ The gradient, summed over both steps, as the matrix $(\delta W\;\delta
U\;\delta b)$ with one row per gate; the loss of the sequence is
$L=\exampleL$.

\tablelabel{exgradient}\examplegradient

@ And the weights after one step of gradient descent with $\alpha=0.1$, by |lstm_sgd|.
Every entry of the gradient is negative, so every weight increases: the
first step's output lies a little above its target, but the second
step's lies far below its (unreachable) target, and that error
outweighs the first.

\tablelabel{exsgd}\examplesgd

@*1 Exercises.
\exercise{example.1}{10}
With a pocket calculator and the weights of the example, compute $a_0$,
$i_0$, $f_0$, $o_0$, $\state_0$ and $\out_0$, and compare them with the
table of the forward pass.

\exercise{example.2}{20}
Continue by hand: compute $\Delta_1$, $\delta\state_1$ and the four gate
deltas of step $1$, and compare them with the table of the backward
pass. Which gate delta of step $0$ is zero, and why?

\exercise{example.3}{25}
Design a second worked example, with two cells and three steps, small
enough to be checked by hand; add its expected values to the tests,
computed independently of this program.
