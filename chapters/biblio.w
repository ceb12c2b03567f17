@* Bibliography.
These are the works the book relies on, by subject and in the order of
their keys. The
text cites each by its key, the authors' names and the year, at the place
where it uses the work. Page numbers are given where they could be
checked; papers of the ICLR conference and of the PMLR volumes are cited
by their venue, and a blog post by its date.
@^bibliography@>
\def\bibentry#1#2\par{\par\noindent\hangindent 2em\hangafter 1
  {\bf#1.}\enspace\ignorespaces#2\par\smallskip}
\def\bibpart#1{\medskip\noindent{\it#1}\par\nobreak\smallskip}

\bibpart{The LSTM and the vanishing gradient.}
\bibentry{Bengio, Simard and Frasconi 1994} Y.~Bengio, P.~Simard and
P.~Frasconi, ``Learning long-term dependencies with gradient descent is
difficult,'' {\sl IEEE Transactions on Neural Networks\/} 5(2), 1994,
157--166.

\bibentry{Gers 2001} F.~A. Gers, {\sl Long Short-Term Memory in Recurrent
Neural Networks}, PhD thesis, \'Ecole Polytechnique F\'ed\'erale de
Lausanne, 2001.

\bibentry{Gers, Schmidhuber and Cummins 2000} F.~A. Gers, J.~Schmidhuber
and F.~Cummins, ``Learning to forget: continual prediction with LSTM,''
{\sl Neural Computation\/} 12(10), 2000, 2451--2471. The forget gate
(absent when |net->no_forget| is set) and the sensitivity recursions of
|@<Update the internal sensitivities@>|.

\bibentry{Gers, Schraudolph and Schmidhuber 2002} F.~A. Gers, N.~N.
Schraudolph and J.~Schmidhuber, ``Learning precise timing with LSTM
recurrent networks,'' {\sl Journal of Machine Learning Research\/} 3, 2002,
115--143.

\bibentry{Goodfellow, Bengio and Courville 2016} I.~Goodfellow,
Y.~Bengio and A.~Courville, {\sl Deep Learning}, MIT Press, 2016.
Chapter~10, ``Sequence modeling: recurrent and recursive nets,''
derives back-propagation through time for a recurrent network of
$\tanh$ units (\S10.2.2) and describes the LSTM (\S10.10.1) without its
gradient.

\bibentry{Graves 2012} A.~Graves, {\sl Supervised Sequence Labelling with
Recurrent Neural Networks}, Studies in Computational Intelligence 385,
Springer, 2012. Chapter~4, ``Long short-term memory,'' derives the
full-gradient BPTT of the LSTM in the notation of units and weights.

\bibentry{Graves and Schmidhuber 2005} A.~Graves and J.~Schmidhuber,
``Framewise phoneme classification with bidirectional LSTM and other
neural network architectures,'' {\sl Neural Networks\/} 18(5--6), 2005,
602--610. The first LSTM trained with the full gradient by BPTT, as in
this book, instead of the truncated gradient of 1997.

\bibentry{Greff et al.\ 2017} K.~Greff, R.~K. Srivastava, J.~Koutn\'\i k,
B.~R. Steunebrink and J.~Schmidhuber, ``LSTM: a search space odyssey,''
{\sl IEEE Transactions on Neural Networks and Learning Systems\/} 28(10),
2017, 2222--2232. Compares eight variants of the cell with the ``vanilla''
LSTM, which is this book's cell with peephole connections.

\bibentry{Hochreiter 1991} S.~Hochreiter, {\sl Untersuchungen zu
dynamischen neuronalen Netzen}, diploma thesis, Institut f\"ur
Informatik, Technische Universit\"at M\"unchen, 1991. The first analysis
of the vanishing and exploding gradient of recurrent networks.

\bibentry{Hochreiter and Schmidhuber 1997} S.~Hochreiter and
J.~Schmidhuber, ``Long short-term memory,'' {\sl Neural Computation\/}
9(8), 1997, 1735--1780. Its truncated gradient is \.{irtrl}
(|irtrl_grad|); its network of Experiment~2a is the one |lstm_arch|
describes.

\bibentry{Olah 2015} C.~Olah, ``Understanding LSTM networks,'' blog
post, 27 August 2015. Pictures of the forward pass of the cell, with
$C_t$ for our $\state_t$ and $h_t$ for our $\out_t$.

\bibpart{Computing gradients.}
\bibentry{Bryson and Ho 1969} A.~E. Bryson and Y.-C. Ho, {\sl Applied
Optimal Control}, Blaisdell, 1969.

\bibentry{Bellec et al.\ 2020} G.~Bellec, F.~Scherr, A.~Subramoney,
E.~Hajek, D.~Salaj, R.~Legenstein and W.~Maass, ``A solution to the
learning dilemma for recurrent networks of spiking neurons,'' {\sl Nature
Communications\/} 11, 2020, article 3625. E-prop, with its symmetric,
random and adaptive learning signals, for spiking networks and LSTMs;
here |eprop_grad| and |eprop_random_grad|.

\bibentry{Cooijmans and Martens 2019} T.~Cooijmans and J.~Martens, ``On
the variance of unbiased online recurrent optimization,'' arXiv:1902.02405,
2019. The variance of |uoro_grad|'s estimate.

\bibentry{Griewank 1992} A.~Griewank, ``Achieving logarithmic growth of
temporal and spatial complexity in reverse automatic differentiation,''
{\sl Optimization Methods and Software\/} 1(1), 1992, 35--54.

\bibentry{LeCun 1988} Y.~LeCun, ``A theoretical framework for
back-propagation,'' in {\sl Proceedings of the 1988 Connectionist Models
Summer School}, Morgan Kaufmann, 1988.

\bibentry{Lillicrap et al.\ 2016} T.~P. Lillicrap, D.~Cownden,
D.~B. Tweed and C.~J. Akerman, ``Random synaptic feedback weights support
error backpropagation for deep learning,'' {\sl Nature Communications\/}
7, 2016, article 13276. The fixed random matrix |r->feedback| of random
e-prop.

\bibentry{Marschall, Cho and Savin 2020} O.~Marschall, K.~Cho and
C.~Savin, ``A unified framework of online learning algorithms for
training recurrent neural networks,'' {\sl Journal of Machine Learning
Research\/} 21, 2020.

\bibentry{Menick et al.\ 2021} J.~Menick, E.~Elsen, U.~Evci,
S.~Osindero, K.~Simonyan and A.~Graves, ``Practical real-time recurrent
learning with a sparse approximation,'' International Conference on
Learning Representations (ICLR), 2021. SnAp-1, here |snap1_grad|.

\bibentry{Schmidhuber 1992} J.~Schmidhuber, ``A fixed size storage
$O(n^3)$ time complexity learning algorithm for fully recurrent
continually running networks,'' {\sl Neural Computation\/} 4(2), 1992,
243--248. The hybrid of BPTT and RTRL. The book quotes the transcription
at {\tt people.idsia.ch/\char126 juergen/n3/}, on its author's web pages.
The hybrid's code is |hybrid_grad|.

\bibentry{Squire and Trapp 1998} W.~Squire and G.~Trapp, ``Using complex
variables to estimate derivatives of real functions,'' {\sl SIAM
Review\/} 40(1), 1998, 110--112. The complex step of exercise
gradcheck.3, beside the central differences of |central_difference|.

\bibentry{Tallec and Ollivier 2018a} C.~Tallec and Y.~Ollivier,
``Unbiased online recurrent optimization,'' International Conference on
Learning Representations (ICLR), 2018. The UORO of this book, |uoro_grad|.

\bibentry{Tallec and Ollivier 2018b} C.~Tallec and Y.~Ollivier, ``Can
recurrent neural networks warp time?,'' International Conference on
Learning Representations (ICLR), 2018. The chrono initialisation.

\bibentry{Werbos 1990} P.~J. Werbos, ``Backpropagation through time: what
it does and how to do it,'' {\sl Proceedings of the IEEE\/} 78(10), 1990,
1550--1560. BPTT, here |bptt_grad| and |lstm_backward_opts|.

\bibentry{Williams and Peng 1990} R.~J. Williams and J.~Peng, ``An
efficient gradient-based algorithm for on-line training of recurrent
network trajectories,'' {\sl Neural Computation\/} 2(4), 1990, 490--501.
Truncated BPTT, of which |tbptt_grad| computes one member.

\bibentry{Williams and Zipser 1989} R.~J. Williams and D.~Zipser, ``A
learning algorithm for continually running fully recurrent neural
networks,'' {\sl Neural Computation\/} 1(2), 1989, 270--280. RTRL, here
|rtrl_grad| and |lstm_rtrl_step|.

\bibpart{Learning, tasks and statistics.}
\bibentry{Brown, Cai and DasGupta 2001} L.~D. Brown, T.~T. Cai and
A.~DasGupta, ``Interval estimation for a binomial proportion,'' {\sl
Statistical Science\/} 16(2), 2001, 101--133. Why the book's intervals
are Wilson's (|wilson|).

\bibentry{Cleeremans, Servan-Schreiber and McClelland 1989}
A.~Cleeremans, D.~Servan-Schreiber and J.~L. McClelland, ``Finite state
automata and simple recurrent networks,'' {\sl Neural Computation\/}
1(3), 1989, 372--381.

\bibentry{Fahlman 1991} S.~E. Fahlman, ``The recurrent cascade-correlation
architecture,'' in {\sl Advances in Neural Information Processing
Systems~3}, Morgan Kaufmann, 1991.

\bibentry{Gomez 2016} A.~Gomez, ``Backpropogating an LSTM: a numerical
example,'' blog post, 17 April 2016. The worked example's network and
its published values, which |lstm_example| builds and
|lstm_example_report| compares.

\bibentry{Goyal et al.\ 2017} P.~Goyal, P.~Doll\'ar, R.~Girshick,
P.~Noordhuis, L.~Wesolowski, A.~Kyrola, A.~Tulloch, Y.~Jia and K.~He,
``Accurate, large minibatch SGD: training ImageNet in 1 hour,''
arXiv:1706.02677, 2017.

\bibentry{Jozefowicz, Zaremba and Sutskever 2015} R.~Jozefowicz,
W.~Zaremba and I.~Sutskever, ``An empirical exploration of recurrent
network architectures,'' {\sl Proceedings of the 32nd International
Conference on Machine Learning}, PMLR 37, 2015.

\bibentry{Karpathy 2015} A.~Karpathy, ``The unreasonable effectiveness
of recurrent neural networks,'' blog post, 21 May 2015; and the program
it describes, \.{char-rnn}, which trains a character-level LSTM on a
text: {\tt github.com/\allowbreak karpathy/\allowbreak char-rnn}. The
book's counterpart is |lstm_train_text|.

\bibentry{Kingma and Ba 2015} D.~P. Kingma and J.~Ba, ``Adam: a method for
stochastic optimization,'' International Conference on Learning
Representations (ICLR), 2015. The optimiser |LSTM_ADAM|.

\bibentry{Knuth 1997} D.~E. Knuth, {\sl The Art of Computer Programming},
volume~1, {\sl Fundamental Algorithms}, third edition, Addison-Wesley,
1997. The scale of the exercises' grades.

\bibentry{Pascanu, Mikolov and Bengio 2013} R.~Pascanu, T.~Mikolov and
Y.~Bengio, ``On the difficulty of training recurrent neural networks,''
{\sl Proceedings of the 30th International Conference on Machine
Learning}, PMLR 28(3), 2013. The clipping of the gradient's norm to
|opt->clip|.

\bibentry{Polyak 1964} B.~T. Polyak, ``Some methods of speeding up the
convergence of iteration methods,'' {\sl USSR Computational Mathematics
and Mathematical Physics\/} 4(5), 1964, 1--17. The heavy ball, the
optimiser that |LSTM_MOMENTUM| chooses.

\bibentry{Reber 1967} A.~S. Reber, ``Implicit learning of artificial
grammars,'' {\sl Journal of Verbal Learning and Verbal Behavior\/} 6(6),
1967, 855--863. The grammar of |LSTM_TASK_REBER|.

\bibentry{Smith and Zipser 1989} A.~W. Smith and D.~Zipser, ``Learning
sequential structure with the real-time recurrent learning algorithm,''
{\sl International Journal of Neural Systems\/} 1(2), 1989.

\bibentry{Steele, Lea and Flood 2014} G.~L. Steele Jr., D.~Lea and
C.~H. Flood, ``Fast splittable pseudorandom number generators,'' {\sl
Proceedings of the 2014 ACM International Conference on Object Oriented
Programming Systems Languages and Applications (OOPSLA)}, 2014.
SplitMix64, the generator |lstm_rng_next|.

\bibentry{Sutskever et al.\ 2013} I.~Sutskever, J.~Martens, G.~Dahl and
G.~Hinton, ``On the importance of initialization and momentum in deep
learning,'' {\sl Proceedings of the 30th International Conference on
Machine Learning}, PMLR 28(3), 2013, 1139--1147.

\bibentry{Wilson 1927} E.~B. Wilson, ``Probable inference, the law of
succession, and statistical inference,'' {\sl Journal of the American
Statistical Association\/} 22(158), 1927, 209--212. The interval that
|wilson| computes.

\bibpart{Reading numbers and drawing figures.}
\bibentry{Clinger 1990} W.~D. Clinger, ``How to read floating point
numbers accurately,'' {\sl Proceedings of the ACM SIGPLAN '90 Conference
on Programming Language Design and Implementation (PLDI)}, 1990, 92--101.
The fast path of the reader of numbers, |clinger|.

\bibentry{Knuth 1999} D.~E. Knuth, {\sl MMIXware: A RISC Computer for
the Third Millennium}, Lecture Notes in Computer Science 1750, Springer,
1999; and ``Mini-indexes for literate programs,'' in {\sl Digital
Typography}, CSLI, 1999, 225--245. The mini-indexes of the spreads.

\bibentry{Hobby 1992} J.~D. Hobby, ``Drawing graphs with MetaPost,''
Computing Science Technical Report 164, AT{\char`\&}T Bell Laboratories, 1992.
The \.{graph} package that draws the book's figures.

\bibentry{Lemire 2021} D.~Lemire, ``Number parsing at a gigabyte per
second,'' {\sl Software: Practice and Experience\/} 51(8), 2021,
1700--1727. The method found by Michael Eisel that the reader of numbers
uses, |eisel_lemire|.
