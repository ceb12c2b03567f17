@* A PyTorch cross-check.
A researcher who has an LSTM in PyTorch or Keras, or who writes a new
gradient method, can check it against this book, and the book against
it. Three things must agree for that: the parameters, which the
libraries store in another order and, in PyTorch, with a second bias;
the loss, which the libraries usually average where the book sums; and,
for the truncated methods, the exact place where each one stops the
derivative. This appendix gives all three, and \.{make crosscheck}
applies them: it builds random PyTorch models, writes them in the book's
files, and compares what \.{lstm grad} computes (|lstm_gradient|) with what PyTorch's
automatic differentiation computes, method by method.
@^PyTorch@>
@^cross-check with PyTorch@>

@ PyTorch's \.{nn.LSTM} with one layer computes, at step $t$,
$$\eqalign{i_t&=\sigma(W_{ii}x_t+b_{ii}+W_{hi}h_{t-1}+b_{hi}),\cr
  f_t&=\sigma(W_{if}x_t+b_{if}+W_{hf}h_{t-1}+b_{hf}),\cr
  g_t&=\tanh(W_{ig}x_t+b_{ig}+W_{hg}h_{t-1}+b_{hg}),\cr
  o_t&=\sigma(W_{io}x_t+b_{io}+W_{ho}h_{t-1}+b_{ho}),\cr}\qquad
\eqalign{c_t&=f_t\odot c_{t-1}+i_t\odot g_t,\cr
  h_t&=o_t\odot\tanh(c_t),\cr}$$
from $h_{-1}=c_{-1}=0$ unless it is given another initial state (the book's
|lstm_trace_start|). This is
the cell of the forward-pass chapter, with other names: PyTorch's $g$ is
the book's $a$, its cell state $c$ is \state\ (|lstm_state| of the trace), its hidden state $h$ is
\out\ (|lstm_out|). The parameters are four tensors, \.{weight\_ih\_l0}
($4n\times m$), \.{weight\_hh\_l0} ($4n\times n$), \.{bias\_ih\_l0} and
\.{bias\_hh\_l0} ($4n$ each), whose blocks of $n$ rows come in the gate
order $i$, $f$, $g$, $o$. The book's order is $a$, $i$, $f$, $o$, so
the book's blocks, |net->W|, |net->U| and |net->b|, are PyTorch's blocks 2, 0, 1, 3:
$$W=\pmatrix{W_{ig}\cr W_{ii}\cr W_{if}\cr W_{io}\cr},\qquad
  U=\pmatrix{W_{hg}\cr W_{hi}\cr W_{hf}\cr W_{ho}\cr},\qquad
  b=\pmatrix{b_{ig}+b_{hg}\cr b_{ii}+b_{hi}\cr b_{if}+b_{hf}\cr
    b_{io}+b_{ho}\cr}.$$
Within a block the rows and columns are the same in both: row $j$ is
cell $j$, column $l$ is input $l$ (or cell output $l$ of the previous
step). The two biases enter only through their sum, so a PyTorch model
is one of the book's, and a model of the book is any PyTorch model whose
biases add up to $b$, for instance $b_{ih}=b$ and $b_{hh}=0$. For the
same reason the gradients of the two biases are equal, and each of them,
permuted, is the book's $\partial L/\partial b$.
@^gate order@>
@^bias, PyTorch's two@>

@ An output layer is an \.{nn.Linear}$(n,k)$: its \.{weight}, $k\times n$,
is $V$ (|net->V|) with the same rows and columns, and its \.{bias} is $b_y$ (|net->c|). The
loss needs more care than the parameters, because the libraries' loss
functions average by default. The book's loss, |lstm_loss|, is a sum over the
sequences and over the steps that have a target, and its squared error
is halved:
$$\ell_t={1\over2}\Vert \hat y_t-y_t\Vert^2\quad\hbox{(\.{l2}, or
  \out$_t$ for $\hat y_t$ without a layer)},\qquad
\ell_t=-\sum_jy_{tj}\log\bigl({\rm softmax}(\hat y_t)\bigr)_j
  \quad\hbox{(\.{softmax})},$$
which is \.{0.5*((yhat-y)**2).sum()} and
\.{-(y*yhat.log\_softmax(0)).sum()} per step in PyTorch, summed, and not
\.{nn.MSELoss()} or \.{nn.CrossEntropyLoss()} with their default
\.{reduction="mean"}. A step written \.- in the sequence file is a step
that adds nothing: |lstm_target| returns |NULL| for it. What the book's cell does not have must be off:
\.{num\_layers=1}, \.{bidirectional=False}, \.{proj\_size=0},
\.{dropout=0}. The cell without a forget gate (\.{forget none}, |net->no_forget|) has no
counterpart in \.{nn.LSTM}.
@^loss function@>

@ Keras's \.{LSTM} layer stores the same cell in three arrays, and on the
other side of the product: it computes $x_t\cdot K$, so its \.{kernel} $K$
is $m\times4n$, its \.{recurrent\_kernel} $R$ is $n\times4n$, and its one
\.{bias} has $4n$ entries. Their blocks of $n$ {\it columns} come in the
order $i$, $f$, $c$, $o$, where $c$ is the candidate input, the book's
$a$. So
$$W=\pmatrix{K_c^{\top}\cr K_i^{\top}\cr K_f^{\top}\cr K_o^{\top}\cr},
  \qquad U=\pmatrix{R_c^{\top}\cr R_i^{\top}\cr R_f^{\top}\cr
  R_o^{\top}\cr},\qquad b=\pmatrix{b_c\cr b_i\cr b_f\cr b_o\cr},$$
with $K_c$ the third block of $n$ columns of $K$, and so on. The layer
must have \.{activation="tanh"} and \.{recurrent\_activation="sigmoid"},
the defaults of Keras~2.3 and of TensorFlow~2 and later (earlier versions
had a piecewise-linear ``hard'' sigmoid for the gates, which is another
cell);
\.{unit\_forget\_bias} only adds 1 to $b_f$ when the layer is made. A
\.{Dense} output layer's \.{kernel} is $V^{\top}$ and its \.{bias} is
$c$. In short:
$$\vbox{\halign{#\hfil\quad&#\hfil\quad&#\hfil\quad&#\hfil\cr
&\bf this book&\bf PyTorch&\bf Keras\cr
\noalign{\smallskip\hrule\smallskip}
gate order&$a$, $i$, $f$, $o$&$i$, $f$, $g$, $o$&$i$, $f$, $c$, $o$\cr
input weights&$W$, $4n\times m$&\.{weight\_ih\_l0}&$K^{\top}$,
  $K$ is \.{kernel}\cr
recurrent weights&$U$, $4n\times n$&\.{weight\_hh\_l0}&$R^{\top}$,
  $R$ is \.{recurrent\_kernel}\cr
bias&$b$&\.{bias\_ih\_l0} + \.{bias\_hh\_l0}&\.{bias}\cr
output layer&$V$, $c$&\.{Linear}: \.{weight}, \.{bias}&\.{Dense}:
  \.{kernel}${}^{\top}$, \.{bias}\cr
state, output&\state, \out&$c$, $h$&$c$, $h$\cr}}$$
@^Keras@>

@*1 The methods as automatic differentiation sees them.
BPTT and RTRL (|bptt_grad| and |rtrl_grad|) compute the gradient of the loss, which is what PyTorch's
\.{loss.backward()} computes when \.{nn.LSTM} runs over each whole
sequence. The two truncated methods compute the exact gradient of
another function, as their chapters prove, and each of those functions
can be written in PyTorch by stopping the derivative, with
\.{.detach()}, at exactly one place.

\.{tbptt:}$K$ (|tbptt_grad|) computes the gradient of $L_K$, in which each window of
$K$ steps starts from the state and the output the network actually had,
held fixed. In PyTorch each window is one call of the module, started
from the previous window's last state and output, detached:
$$\vbox{\halign{#\hfil\cr
\.{h = c = torch.zeros(1, n)}\cr
\.{for t0 in range(0, T, K):}\cr
\hskip2em\.{o, (h, c) = lstm(x[t0:t0+K], (h.detach(), c.detach()))}\cr}}$$
and the loss of the window's steps is computed from \.o. The internal
RTRL, \.{irtrl} (|irtrl_grad|), computes the gradient of $L^{\rm cut}$, in which
$\out_{t-1}$ is a constant where it enters the gates of step $t$, while
the state carries its derivative on. Since $\out_{t-1}$ enters step $t$
nowhere else, one call per step, with the previous output detached and
the state not, is exactly that:
$$\vbox{\halign{#\hfil\cr
\.{for t in range(T):}\cr
\hskip2em\.{o, (h, c) = lstm(x[t:t+1], (h.detach(), c))}\cr}}$$
Neither loop changes a forward value; only the derivative sees the
difference. SnAp-1 and UORO are not compared: SnAp-1 drops entries of
the sensitivity matrix, not edges of the network, and UORO is random;
their own chapters check them against their definitions.
@^truncated BPTT@>
@^internal RTRL@>

@*1 Running the cross-check.
The target \.{make crosscheck} runs the script \.{tests/crosscheck.py}
with Debian's own \.{python3}, after installing Debian's \.{python3-torch}
when it is missing, as the build installs its other tools. It is not part of
\.{make test}: the book does not depend on PyTorch. The script draws 30
models with $m$ from 1 to 5 inputs and $n$ from 1 to 8 cells, in turn
without an output layer (|LSTM_OUT_NONE|), with an \.{l2} layer of 1 to 4 outputs (|LSTM_OUT_L2|) and
with a \.{softmax} layer of 2 to 5 (|LSTM_OUT_SOFTMAX|), all parameters uniform in $(-1,1)$, in double
precision. Each has one to three sequences of 1 to 16 steps with normal
inputs; a quarter of the steps have no target (but not all of a
model's steps), and the softmax targets
are probability vectors for half of the models and any numbers for the
others. The script writes each model and its sequences in the formats of
the chapter on files, which |lstm_model_read| and |lstm_data_read| read, runs \.{lstm grad --method} $M$ (|cmd_grad|) for $M$ in
\.{bptt}, \.{rtrl}, \.{irtrl}, \.{tbptt:1}, \.{tbptt:}$K$ with a window
$K$ from 2 to 5, and \.{tbptt:}$T$ with $T$ the longest sequence, and
compares gradient and loss with PyTorch's. It also reads the worked
example's files into an \.{nn.LSTM}, the mapping in the other direction.
The difference of a gradient is
$$\max_k\bigl\vert\delta\theta^{\rm book}_k-\delta\theta^{\rm torch}_k
  \bigr\vert\Big/\max_k\bigl\vert\delta\theta^{\rm torch}_k\bigr\vert,$$
and it, and the relative difference of the loss, must stay below
$10^{-9}$; every file goes to a temporary directory, which is removed.
With PyTorch~1.13 of Debian~12, in December 2026, the largest difference
over the 31 models and 184 gradients was $1.1\times10^{-15}$, a few
roundings: the book and PyTorch compute the same functions, and the
truncated methods truncate where their chapters say.
@^cross-check with PyTorch@>
