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
$P=4n(m+n+1)=4\cdot5\cdot9=\checked{intro.1 P}{180}$. The output layer
adds $k(n+1)=12$, for $\checked{intro.1 P with layer}{192}$ in all.

\answer{intro.2}
The product of two |size_t| values is computed modulo $2^{64}$ (or
$2^{32}$), and a product that has wrapped around can be larger than $a$
and still wrong: with 64 bits, $a=b=2^{32}+1$ gives $2^{33}+1$, larger
than both factors, although the true product does not fit. The division test decides exactly whether $ab$ fits, before
anything is computed, and an unsigned division cannot overflow.

\answer{intro.3}
Any program with two networks in two threads: one thread's
|lstm_model_read| fails and, before it prints the message, the other
thread's failure overwrites the buffer; the first thread then reports
the second thread's error, with the wrong file and line. Even a single
thread is caught out if it keeps an error to report later and calls the
library again in between. With the caller's record, each error belongs
to the call that made it.

@ {\it The forward pass.}

\answer{forward.1}
$\sigma(x)=(1+e^{-x})^{-1}$, so $\sigma'(x)=e^{-x}(1+e^{-x})^{-2}=
\sigma(x)\cdot e^{-x}/(1+e^{-x})=\sigma(x)\bigl(1-\sigma(x)\bigr)$.
And $\tanh'=(\cosh^2-\sinh^2)/\cosh^2=1-\tanh^2$. Since both
derivatives are functions of the value alone, the backward pass needs
$a_t$, $i_t$, $f_t$, $o_t$ and never $\hat a_t,\ldots,\hat o_t$.

\answer{forward.2}
$\vert a_ti_t\vert<1$ and $0<f_t<1$, so $\vert\state_t\vert<1+\vert
\state_{t-1}\vert$, and $\state_{-1}=0$; by induction $\vert\state_t
\vert<t+1$. The bound is approached, though never attained, when the
input and forget gates saturate at one and $a_t$ at $\pm1$: the state
then counts the steps.

\answer{forward.3}
The softmax is unchanged when every logit $\hat y_{tj}$ moves by the same
amount, and $c$ adds to every logit; so $L(c+\alpha{\bf 1})=L(c)$ for
all $\alpha$, and the derivative along ${\bf 1}$ vanishes:
$\sum_r\delta c_r=0$. Indeed $\delta c=\sum_te_t$ and, for one-hot
targets, $\sum_re_{tr}=\sum_rp_{tr}-1=0$.

@ {\it The chain rule.}

\answer{chainrule.1}
The forget gate $f_t$ has one child, $\state_t=a_t\odot i_t+f_t\odot
\state_{t-1}$, whose Jacobian with respect to $f_t$ is the diagonal
matrix of $\state_{t-1}$. So $\partial L/\partial f_t=\delta\state_t
\odot\state_{t-1}$, and through $f_t=\sigma(\hat f_t)$ with
$\sigma'=f_t(1-f_t)$,
$\delta f_t=\delta\state_t\odot\state_{t-1}\odot f_t\odot(1-f_t)$.

\answer{chainrule.2}
With $U=0$, $\Dout_t=U^{\top}\delta\gates_{t+1}=0$, and $\Delta_t=0$
for $t<T-1$; so $\delta\out_t=0$ and $\delta\state_t=\delta\state_{t+1}
\odot f_{t+1}$ for $t<T-1$. Unrolling gives the product. The error of
the last step reaches step $t$ multiplied by the forget gates alone.

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
$\delta\state$ ($6n$). Two rows of twelve, and the $3n+k=4$ numbers of
starting values and scratch, make $\checked{bptt.1 numbers}{28}$ numbers,
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
two central differences of two evaluations: $\checked{gradcheck.1}{64}$
evaluations of the loss.

\answer{gradcheck.2}
$D(h)=g+c_2h^2+c_4h^4+\cdots$ and $D(h/2)=g+c_2h^2/4+c_4h^4/16+\cdots$,
so $4D(h/2)-D(h)=3g-{3\over4}c_4h^4+\cdots$: the $h^2$ terms cancel, and
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
With $K=1$ the gradient is $\sum_t\delta\gates_t(x_t;\out_{t-1};1)^{\rm
T}$ with $\delta o_t=\Delta_t\odot\tanh(\state_t)\odot o_t\odot(1-o_t)$,
and the internal RTRL's gradient for an output gate's parameter is the
one-step gradient, the same product term for term. For the other gates
the internal RTRL carries $\tilde s$ through the forget gate, which adds
the terms of earlier steps $f_t\tilde s_{t-1}$; with a single step there
are none, $\tilde s_0$ is the local term, and $e_0\tilde s_0$ is
\.{tbptt:1}'s $\delta\gates_0$ times the source. The tests confirm both
statements, and that the two differ elsewhere for longer sequences.

\answer{tbptt.2}
$K$ rows of the trace, $K(12n+k)$ numbers with the output layer, plus
the $3n+k$ numbers of starting values and scratch, and the state and
output where the window began, $2n$ more.

@ {\it Real-time recurrent learning.}

\answer{rtrl.1}
$P=4n(m+n+1)=\checked{rtrl.1 P}{8{,}004{,}000}$. The object holds
$(3n+4)P+11n+2k$ numbers, which is $\checked{rtrl.1 GB}{192.35}$ gigabytes
($10^9$ bytes). One step costs about
$4n^2P=\checked{rtrl.1 flops}{3.20}\times10^{13}$ multiply--adds,
about an hour for a processor core that does $10^{10}$ a second.

\answer{rtrl.2}
BPTT's trace holds $12n$ numbers a step without an output layer, so it
reaches the size of exact RTRL after
$\checked{rtrl.2 steps}{2.00}$ million steps.

\answer{rtrl.3}
Row $j$ of $S_t$ reads only row $j$ of $S_{t-1}$ (through
$\mathop{\rm diag}(f_t)S_{t-1}$) and the rows of $G_t$, which are
already formed; nothing else reads row $j$ of $S_{t-1}$ afterwards, so
it may be overwritten. Every row of $G_t$, and so every row of $S_t$ and
$H_t$, reads all of $H_{t-1}$ through $UH_{t-1}$: overwriting row $j$
of $H$ would feed the new values into the rows of later cells.

\answer{rtrl.4}
The answer is the pair of sections that form the rows of $G_t$ and
update row $j$ of $S_t$ and $H_t$, in the chapter on RTRL.

@ {\it The LSTM's own RTRL.}

\answer{irtrl.1}
$P+11n+2k$ numbers: $\checked{irtrl.1 MB}{64.14}$ megabytes, three
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
of $\tilde Z_t$ are those of $Z_t$, and their gradients are exact. The
tests check it (and that the columns of $o$ differ).

\answer{snap1.2}
$\tilde Z_0=B_0\odot M=B_0=Z_0$, since $M$ is the pattern of $B_0$; so
$\tilde H_0=H_0$ and the gradient of $\ell_0$ is exact. Take two cells with
$U_{a_2,1}\ne0$ and a loss that depends on $\out_{1,2}$. A parameter of
cell 1's row $a$ moves $\out_{0,1}$, which moves cell 2's input at step 1
and so $\out_{1,2}$: the path $\out_{0,1}\to\out_{1,2}$ ends outside the
parameter's mask (cell 1), and SnAp-1 drops its term
$\Delta_{1,2}\,\alpha\beta$, with $\alpha=\partial\out_{1,2}/
\partial\out_{0,1}$, an entry of $A_1$, and $\beta$ the direct
derivative of $\out_{0,1}$ with respect to $\theta_k$, an entry of $B_0$.
The missing paths are those that pass from one cell into another.

\answer{snap1.5}
The answer is |@<Find the SnAp-1 factors of row |row|@>|.

@ {\it UORO.}

\answer{uoro.1}
The proof of unbiasedness needs only that $\rho_0$ not depend on $\nu$
and that $\rho_1$ be even in $\nu$; constants are both. With
$\rho_0=\rho_1=1$, $\tilde\theta_t=\sum_{\tau\le t}B_\tau^{\top}\nu_\tau$,
a sum of independent vectors of mean zero, so
$E\Vert\tilde\theta_t\Vert^2=\sum_{\tau\le t}\Vert B_\tau\Vert_F^2$: with
constant inputs $B_\tau$ settles to a constant matrix and the expected
squared norm grows in proportion to $t$.

@ {\it Learning.}

\answer{learning.1}
Clipping multiplies $g$ by $c/\Vert g\Vert$ when $\Vert g\Vert>c$ and
by one otherwise; a positive multiple has the same direction.

\answer{learning.2}
After one step $m=(1-\beta_1)g$ and $s=(1-\beta_2)g\odot g$; the
corrections divide by $1-\beta_1$ and $1-\beta_2$, so $\hat m=g$ and
$\hat s=g\odot g$, and the step is $\alpha g_k/(\vert g_k\vert+
\epsilon)$.

@ {\it Three tasks.}

\answer{tasks.1}
The answer $0.5$ is counted correct when $\vert X_1+X_2\vert/4<0.04$.
The sum of two independent uniform numbers on $[-1,1]$ has the
triangular density $(2-\vert s\vert)/4$, and
$P(\vert s\vert<0.16)=0.1536$; when the first pair is one of the two
marked, one value is zero and the chance is $0.16$. For $T=100$ that
happens with probability $0.1+0.9/48$, and the answer is correct about
15.4 times in a hundred.

@ {\it Training.}

\answer{training.1}
The sensitivities are derivatives of the current state with respect to
the weights along the current sequence's past. A new sequence starts
from $\state_{-1}=0$, which does not depend on the weights, so its
sensitivities start at zero; carrying the old ones over would add
derivatives of a past that the new sequence does not have.

@ {\it The \.{lstm} command.}

\answer{command.1}
Status 2: an unknown method is a wrong use of the interface,
|LSTM_EUSAGE|, not malformed data, and the command gives status 2 to
mistakes on its command line and 1 to bad input.

\answer{command.2}
Add a row to |@<The table of subcommands@>| and a function that walks
the method table with |lstm_method_at| and prints each row's |name|,
|exact| and whether its |schedule| is |LSTM_PER_STEP|.
