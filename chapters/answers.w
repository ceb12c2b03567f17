@* Answers to the exercises.
Here are the answers to the exercises of grade 20 and below, chapter by
chapter. Every number printed in this appendix is computed by the test
suite (\.{tests/check\_teaching.c}) from the library itself, from the
same formulas and allocations that the chapters describe, and compared
with the text; so the numbers cannot drift from the program. The four
exercises whose answer is a section of the program, bptt.3, rtrl.4,
irtrl.3 and snap1.5, are answered by those sections, and checked by
\.{make student-test}.
@^exercises@>
@^answers to exercises@>

@ {\it Introduction.}

\answer{intro.1}
$P=4n(m+n+1)=4\cdot5\cdot9=\checked{intro.1 P}{180}$, the |net->P| that
|lstm_net_size| computes. The output layer, |net->V| and |net->c|,
adds $k(n+1)=12$, for $\checked{intro.1 P with layer}{192}$ in all.

\answer{intro.2}
The product of two |size_t| values is computed modulo $2^{64}$ (or
$2^{32}$), and a product that has wrapped around can be larger than $a$
and still wrong: with 64 bits, $a=b=2^{32}+1$ gives $2^{33}+1$, larger
than both factors, although the true product does not fit. The division test of |mul_size|, |b > SIZE_MAX / a|, decides exactly whether $ab$ fits, before
anything is computed, and an unsigned division cannot overflow.

\answer{intro.3}
Any program with two networks in two threads: one thread's
|lstm_model_read| fails and, before it prints the message, the other
thread's failure overwrites the buffer; the first thread then reports
the second thread's error, with the wrong file and line. Even a single
thread is caught out if it keeps an error to report later and calls the
library again in between. With the caller's record, each error belongs
to the call that made it, in its own |lstm_error|.

@ {\it The forward pass.}

\answer{forward.1}
$\sigma(x)=(1+e^{-x})^{-1}$, so $\sigma'(x)=e^{-x}(1+e^{-x})^{-2}=
\sigma(x)\cdot e^{-x}/(1+e^{-x})=\sigma(x)\bigl(1-\sigma(x)\bigr)$.
And $\tanh'=(\cosh^2-\sinh^2)/\cosh^2=1-\tanh^2$. Since both
derivatives are functions of the value alone, the backward pass needs
$a_t$, $i_t$, $f_t$, $o_t$ (the trace's |lstm_gates|) and never $\hat a_t,\ldots,\hat o_t$.

\answer{forward.2}
$\vert a_ti_t\vert<1$ and $0<f_t<1$, so $\vert\state_t\vert<1+\vert
\state_{t-1}\vert$, and $\state_{-1}=0$; by induction $\vert\state_t
\vert<t+1$. The bound is approached, though never attained, when the
input and forget gates saturate at one and $a_t$ at $\pm1$: the state
then counts the steps.

\answer{forward.3}
The softmax is unchanged when every logit $\hat y_{tj}$ moves by the same
amount, and $b_y$ adds to every logit; so $L(b_y+\alpha{\bf 1})=L(b_y)$ for
all $\alpha$, and the derivative along ${\bf 1}$ vanishes:
$\sum_r\delta b_{y,r}=0$. Indeed $\delta b_y=\sum_te_t$ (|grad->c|) and, for one-hot
targets, $\sum_re_{tr}=\sum_rp_{tr}-1=0$.

@ {\it The chain rule.}

\answer{chainrule.1}
The forget gate $f_t$ has one child, $\state_t=a_t\odot i_t+f_t\odot
\state_{t-1}$, whose Jacobian with respect to $f_t$ is the diagonal
matrix of $\state_{t-1}$. So $\partial L/\partial f_t=\delta\state_t
\odot\state_{t-1}$, and through $f_t=\sigma(\hat f_t)$ with
$\sigma'=f_t(1-f_t)$,
$\delta f_t=\delta\state_t\odot\state_{t-1}\odot f_t\odot(1-f_t)$,
which BPTT stores in |dg[2 * n + j]|.

\answer{chainrule.2}
With $U=0$, $\Dout_t=U^{\top}\delta\gates_{t+1}=0$ (|Dout| stays zero), and $\Delta_t=0$
for $t<T-1$; so $\delta\out_t=0$ and $\delta\state_t=\delta\state_{t+1}
\odot f_{t+1}$ for $t<T-1$. Unrolling gives the product. The error of
the last step reaches step $t$ multiplied by the forget gates alone, through |carry|.

\answer{chainrule.3}
Now $\state_t=a_t\odot i_t+(1-i_t)\odot\state_{t-1}$, and the
Jacobian with respect to $i_t$ is the diagonal matrix of
$a_t-\state_{t-1}$. So $\delta i_t=\delta\state_t\odot(a_t-
\state_{t-1})\odot i_t\odot(1-i_t)$; the message to the previous state
is $\delta\state_t\odot(1-i_t)$.

@ {\it Backpropagation through time.}

\answer{bptt.1}
Without an output layer a row holds $12n$ numbers: the gates, the state
and the output ($6n$), then the gate deltas, $\delta\out$ and
$\delta\state$ ($6n$); the trace's |stride| is $12n$. Two rows of twelve, and the $3n+k=4$ numbers of
starting values and scratch (|tr->zero|, which holds |Dout|, |carry| and |e| too), make $\checked{bptt.1 numbers}{28}$ numbers,
$\checked{bptt.1 bytes}{224}$ bytes.

\answer{bptt.2}
$\delta f_0=\delta\state_0\odot\state_{-1}\odot f_0\odot(1-f_0)$, and
$\state_{-1}=0$. The code multiplies by |state_prev[j]|, which at $t=0$
is the trace's vector of zeros, so the product is an exact zero; a
trace that continues an earlier part of a sequence has a nonzero
starting state, and then $\delta f_0$ is not zero and must not be
forced to be.

\answer{bptt.3}
The answer is |@<Compute $\delta\state_t$ and the gate deltas...@>|.

@ {\it Checking gradients.}

\answer{gradcheck.1}
The network has $P=4\cdot1\cdot(2+1+1)=16$ parameters, and each needs
two central differences of two evaluations (|fd_entry| calls |central_difference| twice, and each calls |lstm_loss| twice): $\checked{gradcheck.1}{64}$
evaluations of the loss.

\answer{gradcheck.2}
$D(h)=g+\gamma_2h^2+\gamma_4h^4+\cdots$ and $D(h/2)=g+\gamma_2h^2/4+\gamma_4h^4/16+\cdots$,
so $4D(h/2)-D(h)=3g-{3\over4}\gamma_4h^4+\cdots$ (|4 * d_half - d_full| in |fd_entry|): the $h^2$ terms cancel, and
dividing by three leaves $g+O(h^4)$.

\answer{gradcheck.3}
For an analytic $L$, $L(\theta+ihe_k)=L(\theta)+ihg_k-h^2L''/2-
ih^3L'''/6+\cdots$, so ${\rm Im}\,L/h=g_k+O(h^2)$ with no difference of
two nearly equal numbers; $h$ can be $10^{-20}$ and the result is
exact to rounding. The forward pass would need complex arithmetic
throughout (|double complex|, |ctanh|, |cexp|), and the loss's
absolute values and maxima (the softmax's shift) would need analytic
replacements.

@ {\it The worked example.}

\answer{example.1}
$\hat a_0=0.45\cdot1+0.25\cdot2+0.20=1.15$ and $a_0=\tanh1.15=0.81775$;
in the same way $i_0=\sigma(3.20)=0.96083$, $f_0=\sigma(1.75)=0.85195$,
$o_0=\sigma(1.50)=0.81757$; then $\state_0=a_0i_0=
\checked{example.1 state}{0.785726}$ and
$\out_0=\tanh(\state_0)\,o_0=\checked{example.1 out}{0.536313}$.

\answer{example.2}
$\Delta_1=\out_1-y_1=\checked{example.2 Delta}{-0.478019}$, which is
also $\delta\out_1$, since nothing follows step $1$. Then
$\delta\state_1=\delta\out_1o_1(1-\tanh^2\state_1)=
\checked{example.2 dstate}{-0.0711077}$, and
$\delta a_1=\checked{example.2 da}{-0.0193843}$,
$\delta i_1=\checked{example.2 di}{-0.00111561}$,
$\delta f_1=\checked{example.2 df}{-0.00630654}$,
$\delta o_1=\checked{example.2 do}{-0.0553778}$. At step $0$,
$\delta f_0=0$, because $\state_{-1}=0$ (exercise bptt.2).

@ {\it Files.}

\answer{formats.1}
Three of the corpus in \.{tests/bad}: \.{cells 1.5}, which a reader using
|atoi| takes for one cell, gets ``expected a whole number of cells
between 1 and 65536, found '1.5'\thinspace''; a weight written in
hexadecimal, \.{0x1.ccp-2}, which |strtod| accepts, gets ``expected a
number in W''; and \.{-inf}, which |strtod| accepts too, gets
``expected a finite number in U''. Each message starts with the file
and the line.

@ {\it Truncated backpropagation through time.}

\answer{tbptt.1}
With $K=1$ the gradient is $\sum_t\delta\gates_t(x_t;\out_{t-1};1)^{\top}$
with $\delta o_t=\Delta_t\odot\tanh(\state_t)\odot o_t\odot(1-o_t)$,
and the internal RTRL's gradient for an output gate's parameter is the
one-step gradient, the same product term for term. For the other gates
the internal RTRL carries $\tilde s$ through the forget gate, which adds
the terms of earlier steps $f_t\tilde s_{t-1}$; with a single step there
are none, $\tilde s_0$ is the local term, and $\Delta^s_0\tilde s_0$ is
\.{tbptt:1}'s $\delta\gates_0$ times the source. The tests confirm both
statements, and that the two differ elsewhere for longer sequences.

\answer{tbptt.2}
$K$ rows of the trace, $K(12n+k)$ numbers with the output layer ($K$ times its |stride|), plus
the $3n+k$ numbers of starting values and scratch, and the state and
output where the window began, $2n$ more.

@ {\it Real-time recurrent learning.}

\answer{rtrl.1}
$P=4n(m+n+1)=\checked{rtrl.1 P}{8{,}004{,}000}$. The object, an |lstm_rtrl|, holds
$(3n+4)P+11n+2k$ numbers, which is $\checked{rtrl.1 GB}{192.35}$ gigabytes
($10^9$ bytes). One step costs about
$4n^2P=\checked{rtrl.1 flops}{3.20}\times10^{13}$ multiply--adds,
about an hour for a processor core that does $10^{10}$ a second.

\answer{rtrl.2}
BPTT's trace holds $12n$ numbers a step without an output layer, so it
reaches the size of exact RTRL after
$\checked{rtrl.2 steps}{2.00}$ million steps; a BPTT that keeps only the
$6n$ forward values of a step, twice as many.

\answer{rtrl.3}
Row $j$ of $S_t$ (in |r->S|) reads only row $j$ of $S_{t-1}$ (through
$\mathop{\rm diag}(f_t)S_{t-1}$) and the rows of $G_t$, which are
already formed; nothing else reads row $j$ of $S_{t-1}$ afterwards, so
it may be overwritten. Every row of $G_t$, and so every row of $S_t$ and
$H_t$, reads all of $H_{t-1}$ (|r->Hprev|) through $UH_{t-1}$: overwriting row $j$
of $H$ would feed the new values into the rows of later cells.

\answer{rtrl.4}
The answer is the pair of sections that form the rows of $G_t$ and
update row $j$ of $S_t$ and $H_t$, in the chapter on RTRL.

@ {\it The LSTM's own RTRL.}

\answer{irtrl.1}
$P+11n+2k$ numbers, $\tilde s$ in |r->S| and the vectors of the
object: $\checked{irtrl.1 MB}{64.14}$ megabytes, three
thousand times less than exact RTRL.

\answer{irtrl.2}
The cut replaces $G_t=D_t+UH_{t-1}$ by $D_t$; with $U=0$ the two are
equal, so the internal RTRL is exact RTRL, whose gradient is the exact
one. (The gradient of $U$ itself is not zero: its sources
$\out_{t-1}$ still appear in $D_t$.)

\answer{irtrl.3}
The answer is |@<Find the factors |keep| and |coef|...@>|.

@ {\it SnAp-1.}

\answer{snap1.1}
With one cell, the mask of a parameter of $a$, $i$ or $f$ holds both
entries of $z_t$, $\state_0$ and $\out_0$, so multiplying by it changes
nothing in that parameter's column; and column $k$ of the recursion
$Z_t=B_t+A_tZ_{t-1}$ needs only column $k$ of $Z_{t-1}$. So those columns
of $\tilde Z_t$ are those of $Z_t$ (in SnAp-1's |r->S| and |r->H|), and their gradients are exact. The
tests check it (and that the columns of $o$ differ).

\answer{snap1.2}
$\tilde Z_0=B_0\odot M=B_0=Z_0$, since $M$ is the pattern of $B_0$; so
$\tilde H_0=H_0$ and the gradient of $\ell_0$ is exact. Take two cells with
$U_{a_2,1}\ne0$ and a loss that depends on $\out_{1,2}$. A parameter of
cell 1's row $a$ moves $\out_{0,1}$, which moves cell 2's input at step 1
and so $\out_{1,2}$: the path $\out_{0,1}\to\out_{1,2}$ ends outside the
parameter's mask (cell 1; the factor |kept| and the loop |c.cross| see only cell 1), and SnAp-1 drops its term
$\Delta_{1,2}\,\alpha\beta$, with $\alpha=\partial\out_{1,2}/
\partial\out_{0,1}$, an entry of $A_1$, and $\beta$ the direct
derivative of $\out_{0,1}$ with respect to $\theta_k$, an entry of $B_0$.
The missing paths are those that pass from one cell into another.

\answer{snap1.5}
The answer is |@<Find the SnAp-1 factors of the rows of cell |j|@>|.

@ {\it UORO.}

\answer{uoro.1}
The proof of unbiasedness needs only that $\rho_0$ not depend on $\nu$
and that $\rho_1$ be even in $\nu$; constants are both (set |rho0| and |rho1|
to 1 in the step). With
$\rho_0=\rho_1=1$, $\tilde\theta_t=\sum_{\tau\le t}B_\tau^{\top}\nu_\tau$,
a sum of independent vectors of mean zero, so
$E\Vert\tilde\theta_t\Vert^2=\sum_{\tau\le t}\Vert B_\tau\Vert_F^2$: with
constant inputs $B_\tau$ settles to a constant matrix and the expected
squared norm grows in proportion to $t$.

@ {\it Learning.}

\answer{learning.1}
Clipping multiplies $g$ by $g_{\max}/\Vert g\Vert$ (|opt->clip / norm|) when $\Vert g\Vert>g_{\max}$ and
by one otherwise; a positive multiple has the same direction.

\answer{learning.2}
After one step $m=(1-\beta_1)g$ and $s=(1-\beta_2)g\odot g$ (|opt->m| and
|opt->s|, with $\beta_1$ and $\beta_2$ in |opt->beta1| and |opt->beta2|); the
corrections divide by $1-\beta_1$ and $1-\beta_2$, so $\hat m=g$ and
$\hat s=g\odot g$, and the step is $\alpha g_k/(\vert g_k\vert+
\epsilon)$.

@ {\it Three tasks.}

\answer{tasks.1}
The answer $0.5$ is counted correct when $\vert X_1+X_2\vert/4<0.04$,
the |ring.threshold| of the adding task.
The sum of two independent uniform numbers on $[-1,1]$ has the
triangular density $(2-\vert s\vert)/4$, and
$\Pr(\vert s\vert<0.16)=0.1536$; when the first pair is one of the two
marked, one value is zero and the chance is $0.16$. For $T=100$ that
happens with probability $0.1+0.9/48$, and the answer is correct about
15.4 times in a hundred.

@ {\it Training.}

\answer{training.1}
The sensitivities are derivatives of the current state with respect to
the weights along the current sequence's past. A new sequence starts
from $\state_{-1}=0$, which does not depend on the weights, so its
sensitivities start at zero, as |lstm_rtrl_reset| leaves them; carrying the old ones over would add
derivatives of a past that the new sequence does not have.

@ {\it How good is each gradient.}

\answer{align.1}
The cosine (|lstm_cosine|) does not see the length: $2g^\ast$ has cosine 1 and relative
error $\Vert g^\ast\Vert/\Vert g^\ast\Vert=1$; $-g^\ast$ has cosine $-1$
and relative error 2. A cosine near one with a large relative error
means a right direction with a wrong length, which a learning rate can
absorb; a small cosine cannot be absorbed.

\answer{align.2}
$\bar g-g^\ast=N^{-1}\sum_k(g_k-g^\ast)$ ($\bar g$ is the row of |keep| in |lstm_align|), a sum of $N$ independent terms
of mean zero, so the cross terms of the squared norm have expectation
zero and $E\Vert\bar g-g^\ast\Vert^2=N^{-2}\sum_kE\Vert
g_k-g^\ast\Vert^2=N^{-2}\cdot N\mathop{\rm tr}\Sigma$. A biased method's
mean tends to $E g\ne g^\ast$, so its |bias| tends to
$\Vert Eg-g^\ast\Vert/\Vert g^\ast\Vert$, not to zero.

@ {\it Influence balancing.}

\answer{balance.1}
The two methods differ only by SnAp-1's loop through each cell's own
recurrent weight $U_{jj}$ (the factors |c.cross| and |c.self|) (for the four gates of cell $j$), and cell 1's
are zero. Making one of them nonzero, $U_{a_1,1}$ say (|net.U[0]|), makes them differ;
but neither would then see the long-term influence, which runs from cell 1
into cell 2 through $U_{a_2,1}$, a path between two cells that both
methods drop.

\answer{balance.2}
The negative influence at delays $1,\ldots,h-1$ is the part
$1-f_2^{h-1}$ of the whole geometric series: with $f_2=\sigma(3)\approx
0.953$, it is \checked{balance.2 h=2}{0.047} for $h=2$,
\checked{balance.2 h=10}{0.354} for $h=10$,
\checked{balance.2 h=30}{0.756} for $h=30$ and
\checked{balance.2 h=50}{0.908} for $h=50$. How much of it must be seen to outweigh the positive
influence at $d=0$ depends on the slopes of $\tanh$ and on the gates
along the run, which this estimate leaves out; the table of losses (the runs of |lstm_balance|) says
that a third was not enough (\.{tbptt:10} climbs) and three quarters
was (\.{tbptt:30} descends).

@ {\it Inside a trained network.}

\answer{inspect.1}
With $\delta{\it out}_t=0$ (|dout[j]| zero) line B3 is $\delta\state_t=\delta\state_{t+1}
\odot f_{t+1}$, and with every $f$ equal to $\sigma(b_f)$ each step back
multiplies the norm by $\sigma(b_f)$. On a logarithmic scale that is a
straight line of slope $\log_{10}\sigma(b_f)$ per step:
\checked{inspect.1 slope -2}{-0.924} for $b_f=-2$ (some eighteen powers of
ten over twenty steps, which is why the figure's scale spans twenty), and
\checked{inspect.1 slope 2}{-0.055} for $b_f=2$.

\answer{inspect.2}
\.{carry} (the walk's |carry|) is $\delta\state_{t+1}\odot f_{t+1}$, the second term of B3,
and \.{Dout} (its |Dout|) is $\Delta{\it out}_t=U^{\top}\delta\gates_{t+1}$, so the
difference is the first term, $(\Delta_t+\Delta{\it out}_t)\odot
o_t\odot\bigl(1-\tanh^2(\state_t)\bigr)$: the error that enters the state
through the cell's output. With $U=0$ the column \.{Dout} is zero, and at
a step without a target $\Delta_t=0$, so the difference is zero: the
carousel alone carries the error there.

@ {\it The \.{lstm} command.}

\answer{command.1}
Status 2: an unknown method is a wrong use of the interface,
|LSTM_EUSAGE|, not malformed data, and the command gives status 2 to
mistakes on its command line and 1 to bad input.

\answer{command.2}
Add a row to |@<The table of subcommands@>| and a function that walks
the method table with |lstm_method_at| and prints each row's |name|,
|exact| and whether its |schedule| is |LSTM_PER_STEP|.

@ {\it Training on your own sequences.}

\answer{owndata.1}
The training loss of an epoch, |train_loss| of the |lstm_epoch| report, is the mean over the epoch as training saw
it: each sequence is measured with the weights of the moment, and the
early sequences of the epoch with weights that later updates improved.
The validation loss, |valid_loss|, is measured at the weights of the end of the epoch,
the best of the epoch while the loss is still falling.

@ {\it Learning from text.}

\answer{text.1}
$\ln A$ nats, that is $\log_2A$ bits, per character, whatever the text.
A model that predicts each byte with its frequency $q_a$ in the text has
the loss $-\sum_aq_a\ln q_a$ on it, the entropy of the frequencies,
which is at most $\ln A$ (Gibbs' inequality), with equality only when
every byte is equally frequent.

\answer{text.2}
With the other bytes negligible the first byte's probability is
$\sigma(2/\Theta)$, and $\sigma(2/\Theta)=0.9$ when $2/\Theta=\ln9$:
$\Theta=2/\ln9\approx\checked{text.2 tau}{0.910}$. At $\Theta=1$ it is
$\sigma(2)\approx0.88$.

@* Answers to the harder exercises.
The exercises of grade 25 and 30 are problems of an evening or of a lab
session, and most ask for code or for measurements. Their answers here
give the result a solution must reach and the way to check it; where an
exercise asks for a measurement, the answer gives the outcome that the
derivations predict (a number, a sign or a shape) and how to measure
it; the reader's machine supplies the exact numbers. Numbers that the
library can compute are checked by the test suite, as in the previous
appendix.
@^answers to exercises@>

@ {\it Introduction and the forward pass.}

\answer{intro.4}
Give |lstm_error| a field |column|, zero when unknown; the tokenizer of
the chapter on files already knows where a token starts, so it records
the column of the first character of each token beside |tok_line|, and
|bad| copies it into the record. The command prints
\.{file:line:column:} when the column is nonzero and \.{file:line:}
otherwise, so that messages about whole files do not change. A test
feeds each file of \.{tests/bad} to the reader and compares the column
with the position of the first wrong character, found by hand once.

\answer{forward.4}
With peepholes $p_i,p_f,p_o\in\Reals^n$ the pre-activations become
$\hat\imath_t=\ldots+p_i\odot\state_{t-1}$,
$\hat f_t=\ldots+p_f\odot\state_{t-1}$ and
$\hat o_t=\ldots+p_o\odot\state_t$; the output gate must now be computed
after the state. The three vectors go at the end of $\theta$, after $b$,
so that $P=4n(m+n+1)+3n$ and every block before them keeps its |offset|
(in |lstm_blocks|); the model file, read by |lstm_model_load|, gets an optional line \.{peephole} with $3n$ numbers,
and a file without it means zero peepholes, which keeps the old files
valid and their networks unchanged.

\answer{forward.5}
For a batch of $B$ sequences of length $T$, stack the inputs of step
$t$ as the columns of an $m\times B$ matrix $X_t$ and the outputs as an
$n\times B$ matrix; the pre-activations are then $WX_t+U\,{\it
Out}_{t-1}+b{\bf 1}^{\top}$, two products of matrices, and the gates
are applied entry by entry as before. The products of the chapter on
speed, |lstm_gemm_nn| and its kin, reuse each weight $B$ times from the cache, where |lstm_forward|
reads all of $W$ and $U$ from memory once per step and sequence; the
gain grows with $B$ until the $4n\times B$ block of pre-activations
falls out of the cache. Measure it with \.{lstm bench}'s timer (|lstm_bench|) at
$n=100$ and $B=1,4,16,64$.

@ {\it The chain rule and BPTT.}

\answer{chainrule.4}
The state now has three more children: $\hat\imath_{t+1}$ and $\hat
f_{t+1}$ through $p_i$ and $p_f$, and $\hat o_t$ through $p_o$. So
$$\delta\state_t=\delta\out_t\odot o_t\odot(1-\tanh^2\state_t)
+\delta\state_{t+1}\odot f_{t+1}
+p_o\odot\delta o_t+p_i\odot\delta i_{t+1}+p_f\odot\delta f_{t+1},$$
where $\delta o_t$ must be found before $\delta\state_t$ (it does not
depend on it). The message $\Dout_t=U^{\top}\delta\gates_{t+1}$ (|Dout|) is
unchanged; the message to the state, |carry|, changes, from $\delta\state_{t+1}
\odot f_{t+1}$ to that plus $p_i\odot\delta i_{t+1}+p_f\odot\delta
f_{t+1}$. The peepholes' own gradients are $\delta p_i=\sum_t\delta
i_t\odot\state_{t-1}$, $\delta p_f=\sum_t\delta f_t\odot\state_{t-1}$
and $\delta p_o=\sum_t\delta o_t\odot\state_t$.

\answer{chainrule.5}
The first layer's output $\out^{(1)}_t$ has one more child, the input
of the second layer at step $t$. So the second layer sends to the first,
at every step, its $\delta x_t=W^{(2)\top}\delta\gates^{(2)}_t$, which
is added to the first layer's $\Delta_t$:
$\delta\out^{(1)}_t=\Delta^{(1)}_t+W^{(2)\top}\delta\gates^{(2)}_t+
U^{(1)\top}\delta\gates^{(1)}_{t+1}$, with $\Delta^{(1)}_t=0$ when only
the second layer has a loss. The backward pass runs the second layer
over the whole sequence first and then the first, or both together from
$t=T-1$ down, since step $t$ of the first layer needs only step $t$ of
the second.

\answer{bptt.4}
Follow the answer to chainrule.4: compute $\delta o_t$ before
$\delta\state_t$, add the three peephole terms to $\delta\state_t$,
carry $\delta\state_{t+1}\odot f_{t+1}+p_i\odot\delta
i_{t+1}+p_f\odot\delta f_{t+1}$ as the message to the state, and add
the three sums to the gradient. \.{lstm gradcheck} (|lstm_gradcheck|) on a model file with
nonzero peepholes must then pass for every block, the peepholes
included; with zero peepholes the gradient of the other blocks must be
that of the book's BPTT, bit for bit.

\answer{bptt.5}
Run the forward pass once, keeping the state and output at steps $0$,
$K$, $2K$, \dots; then, for the segments from last to first, run the
forward pass again from the segment's checkpoint, filling $K$ rows of
the trace, and walk back over them. The memory is $\lceil T/K\rceil$
checkpoints and $K$ rows, $O(T/K+K)$; every step is computed forward
twice. $T/K+K$ is least at $K=\sqrt T$, where it is $2\sqrt T$. For
$m=n=100$ without an output layer and $T=10{,}000$, a row of the trace
of this book takes $12n$ numbers (its |stride|), and the whole trace
$\checked{bptt.5 full MB}{96.00}$ megabytes; with $K=100$, two hundred
rows take $\checked{bptt.5 MB}{1.92}$ megabytes (counting whole rows for
the checkpoints too, which need only $2n$ numbers each).

\answer{gradcheck.4}
The directional check compares $g\cdot v$ with $(L(\theta+hv)-
L(\theta-hv))/2h$, relative to $\vert g\cdot v\vert$, which is of the
order of $\Vert g\Vert$ for $v$ of independent standard normal entries.
An error $\epsilon$ in entry $k$ of $g$ changes $g\cdot v$ by $\epsilon
v_k$, a relative change of about $\vert\epsilon\vert/\Vert g\Vert$. So a
wrong entry of a parameter whose own derivative is small, $\vert
g_k\vert<10^{-7}\Vert g\Vert$ say, even with the wrong sign, is missed
with high probability by a check with the tolerance $10^{-6}$, where
the check of this chapter, |lstm_compare|, which compares entry by entry, finds a
relative error of $2$ in that entry. On an LSTM such entries are
common: the weights into a saturated gate. With directions of random
signs instead, an error of $+\epsilon$ in entry $j$ and $-\epsilon$ in
entry $k$ is missed whenever $v_j=v_k$, half
the time, however large $\epsilon$ is.

\answer{example.3}
Choose the numbers so that every intermediate has a short decimal
expansion where possible: inputs and weights with one or two digits, so
that the pre-activations are exact, and targets inside $(-1,1)$, which
the published example's $1.25$ is not. With two cells $U$ is $8\times2$
and the backward message $\Dout_t$ has two entries, so the example
shows the recurrent weights mixing the cells, which the one-cell example
cannot. Compute the expected values with a second program that does not
use the library (the cross-check of the appendix, or a computer algebra
system), and add them to \.{tests/worked-example} with a test like
\.{report\_matches\_expected}, and a second table to |lstm_example|.

@ {\it The other gradients.}

\answer{tbptt.3}
BPTT$(h;h')$ runs the backward pass every $h'$ steps, over the last $h$
steps, but adds to the gradient only the errors $\Delta_t$ of the last
$h'$ of them. If $\tau$ is the last step of the block of $h'$ steps
that holds step $t$, the error of step $t$ flows back only to the steps
after $\tau-h$, that is over $h-(\tau-t)$ steps, between $h-h'+1$ and
$h$. The method computes the gradient of $\sum_t\ell_t$ with the
paths that are longer cut. The check by finite
differences works as for \.{tbptt:}$K$: build the cut network whose
gradient this is, in which the loss of step $t$ sees the weights only
within its window, and difference its loss.

\answer{rtrl.5}
$D_t$, the direct part of the step (the sources |x|, |out_prev| and 1), has in row $j$ nonzero entries only
in the columns of the parameters of cell $j$'s four rows, $4(m+n+1)$
of the $P$ columns. Forming $G_t$ (|r->G|) row by row from those columns alone
avoids clearing and adding $P-4(m+n+1)$ zeros per row. The gain is
small because the cost of a step is dominated by $UH_{t-1}$ (|net->U| times |r->Hprev|), $4n^2P$
multiply--adds, against $O(nP)$ for the direct part, a fraction of
about $1/(4n)$ of the work.

\answer{irtrl.4}
For a parameter of the input or forget gate, the peephole adds to the
source of the recursion: $\tilde s_{t,k}=f_j\tilde s_{t-1,k}+c_{t,k}
v_{t,k}$ as before, where now the peephole weights themselves have the
source $\state_{t-1,j}$. The input gate's pre-activation also depends
on $\state_{t-1,j}$, so the factor of the old sensitivity becomes
$f_j+a_ji_j(1-i_j)p_{i,j}+\state_{t-1,j}f_j(1-f_j)p_{f,j}$: the error
still flows back only inside the cell, along the state, but through the
gates' peepholes as well as through the carousel. The output gate's
peephole parameter takes the one-step gradient, like the output gate's
other parameters. The check is cut BPTT with the peepholes of
bptt.4, in which only the paths through $\out_{t-1}$ are cut.

\answer{snap1.3}
A parameter of row $q$ of cell $j$ moves $\state_j$ and $\out_j$ in one
step. In the second step $\out_j$ enters the pre-activations of every
cell $l$ with $U_{lj}\ne0$, and through them $\state_l$ and $\out_l$.
With a dense $U$ that is every cell, so SnAp-2's pattern is full: it
keeps every entry of the sensitivities and is exact RTRL (|LSTM_RTRL_EXACT|), with its
$O(n^2P)$ work and $(3n+4)P$ numbers. Only a sparse $U$, as in
Menick et al.'s experiments, makes SnAp-2 cheaper than RTRL.

\answer{snap1.4}
Follow |irtrl_grad|: the factors of a row depend only on the forward
values, so they can be computed for a block of steps first, and then
each row's sensitivities carried through the block while they stay in
the cache. The sums are formed in the same order as in the step-by-step
loop, which is what makes the bits equal; the test compares the two
gradients with |memcmp|. Measure the gain with \.{lstm bench --method
snap1 --cells 128}. The expected outcome: the same bits, and a gain
where the two vectors outgrow the cache, as at $n=128$, where they hold
$2P=263{,}168$ numbers, two megabytes, and none at small $n$, where
they fit anyway.

\answer{uoro.2}
Yes: the proof of unbiasedness needs only that the entries of $\nu$ (|r->nu|) be
independent with mean zero and variance one, so that $E[\nu\nu^{\top}]=I$.
The normal distribution satisfies this, and the estimate stays
unbiased. Its variance is larger: with signs $\nu_i^2=1$ always, with
normal numbers $\nu_i^2$ varies, and the fourth moment, $3$ instead of
$1$, enters the variance. In the direct term, $E\Vert(\nu\nu^{\top}-I)
B_t\Vert^2$ sums $E[(\nu_i\nu_j-[i=j])^2]$ times the squared norms of
the rows of $B_t$; the terms with $i\ne j$ are 1 for both kinds of
numbers, those with $i=j$ are $E[(\nu_i^2-1)^2]$, 0 for signs and 2 for
normal numbers. So normal numbers add $2\Vert B_t\Vert^2$ to the
variance of every step, and the cosine with the exact gradient that
\.{lstm align} (|lstm_align|) prints is lower with them.

@ {\it Learning, tasks and experiments.}

\answer{learning.3}
Find each optimiser's best rate (|rate| of |lstm_optimizer|) on a grid of rates, a factor of about
three apart, with several seeds, and compare the sequences to success
at that rate. Adam rescales each parameter's step by a running estimate
of its gradient's size (|opt->s|); on the adding problem, whose error comes only at
the end of a long sequence, the gradients of the different weights
differ by orders of magnitude, and that rescaling is what the ranking
shows. The expected outcome: Adam needs the fewest sequences, then
momentum, then plain gradient descent, and the order is the same with
the internal RTRL's gradient; its bias changes the direction that the
optimiser follows, not the scale of the gradients that the rescaling
corrects.

\answer{tasks.2}
A strongly delayed XOR: random distractors in $[-1,1]$, among which two
marked values, each $0$ or $1$, at random positions in two fixed ranges
far apart; the target at the end is their exclusive or. The generator,
a new case of |lstm_task_sample|, draws the positions and bits from the task's random generator, an |lstm_rng|, and writes
the inputs and the one target at the last step, like the generators of
the chapter. Storing one of the bits alone does not lower the expected
error, which is why the 1997 paper expected its truncated gradient to
struggle; whether full BPTT does better is an experiment to run.

\answer{training.2}
Run \.{lstm train --task reber} (|lstm_train_task|) with each method and ten seeds or
more, and compare the median number of sequences to success with the
1997 paper's Table~1, whose networks and learning rates differ from the
book's (see the chapter on tasks). BPTT and the internal RTRL compute
different gradients, but the Reber grammar's dependencies are short
except for the symbol carried from the second to the second-last step,
which the state carries. The expected outcome: both methods learn the
grammar in nearly every run, with medians within a factor of about two
of each other, because the one long dependency runs along the state,
which the internal RTRL keeps.

\answer{speed.1}
BPTT's arithmetic per step is constant, $3P$ multiply--adds, but a call
also does work once per sequence, such as clearing the gradient and
preparing the trace (|lstm_trace_alloc|); at $T=10$ that part is shared among few steps, so
the time per step should fall as $T$ grows, towards the cost of a step,
unless the trace at $T=1000$ no longer fits in the cache, which raises
it again. The trace keeps about $12n$ numbers a step (the gates and
their deltas, $4n$ each, and four vectors of $n$), 12 megabytes at
$n=128$ and $T=1000$, several times a second-level cache of one or two
megabytes. The expected shape is therefore a fall from $T=10$ to
$T=100$ and a rise again at $T=1000$.

\answer{speed.2}
Contracting $a\cdot b+c$ into one fused instruction (what C's \.{fma} does) rounds once instead
of twice, so many results change in the last place, and the worked
example's gradient should move by a few units of it. The tests that
compare with \.{expected.txt} allow $10^{-12}$ and would not notice; the
tests that demand the same bits of two codes, such as a blocked kernel
and the plain loop it replaces, notice if the compiler contracts the
two differently.

\answer{experiments.1}
The probe tests whether the network has learnt to count the distractors
or to wait for the symbol $y$ or $x$ to return. Repeating each
distractor shows it transitions it has never seen, so a network that only
keeps its state while it sees familiar distractors may lose it. Run the
retention probe of the chapter on experiments, |lstm_retention|, with the new sequences.
The expected outcome: a network that holds the symbol in a cell whose
forget gate stays near 1 keeps it through the repeated distractors as
well as through the usual ones, since the state's carousel does not
depend on which distractor comes in; a drop in retention would show
that the network counts.

\answer{experiments.2}
With the forget gate a cell keeps $f^p$ of its state over $p$ steps;
at a bias of $2$, $f=\sigma(2)\approx0.88$ and $f^{100}\approx3\times
10^{-6}$, so at
long lags the memory is gone before the target unless the gate learns
to open fully first. Chrono initialisation gives the forget gate the
bias $\ln u$ (one per cell, in place of the one |bias_f| of |lstm_init|), so $f=u/(1+u)$, and for $u$ near $p$, $f^p\approx
e^{-1}$: the lag is bridged from the start. Read the gates of the solved networks with \.{lstm inspect}.

\answer{formats.2}
Run \.{tests/fuzz.c}'s program with a seed and a time limit, and count,
for each of the three readers, the inputs it accepts (|lstm_model_load|,
|lstm_data_load| and |lstm_grad_load| read them); almost every mutated input is
refused, since a change anywhere in a number or a word breaks the
grammar. What matters is that no input crashes the reader or is
accepted with a wrong value, which the fuzzer checks by reading back
what it accepted.

\answer{formats.3}
Write each number as the eight bytes of its IEEE 754 binary64 pattern in
a fixed byte order, little-endian say, assembled and taken apart with
shifts of a |uint64_t| so that the host's order never matters; start
with a magic word and a version, then the sizes as 64-bit integers, the
blocks in the order of $\theta$, and end with a CRC-32 of everything
before it. The reader refuses a wrong magic, version or checksum, sizes
that overflow, a short file and trailing bytes, each with its own
message, and NaN or infinity, as the text reader, |lstm_model_load|, does.
