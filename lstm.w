% lstm.w --- training an LSTM: BPTT and RTRL, derived and implemented.
% This is the master web. It holds the title, the preface and the list of
% chapters; the chapters themselves live in chapters/*.w.
\input supp-pdf.mkii
\def\title{LSTM.W}
\def\topofcontents{\null\vfill
  \centerline{\titlefont Training an LSTM}
  \vskip 12pt
  \centerline{\bf Backpropagation through time and real-time recurrent learning,}
  \centerline{\bf derived and implemented}
  \vskip 24pt
  \centerline{A literate program in CWEB}
  \vfill}
\def\botofcontents{\vfill\noindent
  This book is a program. The same source, {\tt lstm.w} and the chapters it
  includes, is tangled into the C library {\tt liblstm.a} and the
  command {\tt lstm}, and woven into the book you are reading.}
\secpagedepth=2 % only chapters start a new page, not their subdivisions
\def\state{{\it state}}
\def\out{{\it out}}
\def\gates{{\it gates}}
\def\Dout{\Delta{\it out}}
\def\Reals{{\bf R}} % not \R, which is cwebmac's sign of logical negation
% The worked example's tables are written by `lstm example --tex' into
% book/example.tex as calls of these two macros.  Each number takes two
% columns, the digits before the decimal point flush right and the rest
% flush left, so that the points of a column line up; a heading spans
% the two columns of its number, or, when the next heading is empty (the
% two columns of W), the four of both.
\def\exampleheads#1#2{\multispan2\hfil#1\hfil&\multispan2\hfil#2\hfil}
\def\examplewide#1#2{\multispan4\hfil#1\hfil}
\def\exampletable#1#2#3#4#5#6{\expandafter\def\csname example#1\endcsname{%
  $$\vbox{\offinterlineskip\halign{\strut####\hfil\quad&&\hfil####&####\hfil\quad\cr
    &\ifx\relax#3\relax\expandafter\examplewide\else\expandafter\exampleheads\fi
    {#2}{#3}&\multispan2\hfil#4\hfil
    &\multispan2\hfil#5\hfil\cr\noalign{\hrule}
    \noalign{\smallskip}#6}}$$}}
\def\exampleloss#1{\def\exampleL{#1}}
% The experiments' tables, written by `lstm experiments --report'.
\input experiments/results
% The numbers of the chapter on Experiment 2a, by `lstm experiments --report-2a'.
\input experiments/results-2a
% The battery's tables and numbers, written by `lstm experiments
% --report-battery'; \bat{setting}{method}{figure} is one of its numbers,
% and asking for one that was not written stops the build.
\input experiments/battery
\def\bat#1#2#3{\ifcsname bat/#1/#2/#3\endcsname\csname bat/#1/#2/#3\endcsname
  \else\errmessage{no number #3 of #2 on #1 in experiments/battery.tex}\fi}
% \batwhy{point}{figure}{median|min|max}: the measurements of the two
% gradients on 3a with N = 1 (lstm experiments --why-twoseq).
\def\batwhy#1#2#3{\ifcsname batwhy/#1/#2/#3\endcsname
  \csname batwhy/#1/#2/#3\endcsname
  \else\errmessage{no figure #2 (#3) at #1 in experiments/battery.tex}\fi}
% The table of contents goes at the front of the book.  cwebmac writes the
% contents file as it goes and prints it at the end (\con).  Here the file
% of the previous pdfTeX run is read into a box before any page is shipped
% (cwebmac truncates the file for writing at the first shipout), then the
% box is unboxed onto pages of its own, so that it may run over several
% pages, and \con only finishes the book.  The Makefile runs pdfTeX twice.
% The front matter is a title page, the contents, and the lists of
% figures and of tables, on pages numbered i, ii, ... with the running
% head CONTENTS or FIGURES AND TABLES.
\newread\tocfile \newbox\tocbox
\def\frontcontents{\openin\tocfile=\contentsfile\relax
  \ifeof\tocfile \closein\tocfile
  \else \closein\tocfile
    \setbox\tocbox=\vbox{\rightskip 0pt \hyphenpenalty 50 \tolerance 200
      \let\ZZ=\contentsline \readcontents\relax}%
    \penalty-10000 % end cwebmac's first, discarded, page here
    \let\savedlheader=\lheader \let\savedrheader=\rheader
    \def\lheader{\headertrue\mainfont\romannumeral\pageno\eightrm\qquad
      \fronthead\hfill\title}%
    \def\rheader{\headertrue\eightrm\title\hfill\fronthead\qquad
      \mainfont\romannumeral\pageno}%
    \pageno=1 \titletrue
    \topofcontents \botofcontents \vfill\eject
    \def\fronthead{CONTENTS}\titletrue
    \centerline{\bf Contents}\bigskip \startpdf
    \line{\hfil Section\hbox to3em{\hss Page}}%
    \unvbox\tocbox \vfill\eject
    \def\fronthead{FIGURES AND TABLES}\titletrue
    \listoffigures \bigskip \listoftables \vfill\eject
    \let\lheader=\savedlheader \let\rheader=\savedrheader
    \titletrue % the first chapter opens without a running head
  \fi \pageno=1 }
% The lists of figures and of tables.  Every MetaPost drawing goes through
% \convertMPtoPDF, which here also writes the page it lands on into
% lstm.lof (\figpage{file}{page}); a table is marked by \tablelabel{key}
% in the text before it (\tabpage{key}{page}).  The file of the previous
% run is read first, and the lists below name each figure by its number,
% its first drawing and a short title, and each table by its key.  An
% entry whose page the previous run did not write is a warning, which
% fails the build (a renamed drawing or a removed label).
\newwrite\lofout \newif\iflofread
\def\figpage#1#2{\expandafter\gdef\csname figpage:#1\endcsname{#2}}
\def\tabpage#1#2{\expandafter\gdef\csname tabpage:#1\endcsname{#2}}
\openin\tocfile=\jobname.lof
\ifeof\tocfile \closein\tocfile
\else \closein\tocfile \lofreadtrue \input \jobname.lof \fi
\immediate\openout\lofout=\jobname.lof
\let\plainconvertMPtoPDF=\convertMPtoPDF
\def\convertMPtoPDF#1#2#3{\write\lofout{\string\figpage{#1}{\the\pageno}}%
  \plainconvertMPtoPDF{#1}{#2}{#3}}
\def\tablelabel#1{\write\lofout{\string\tabpage{#1}{\the\pageno}}}
\def\listpage#1#2{\expandafter\ifx\csname#1:#2\endcsname\relax
    \iflofread \message{Warning: the list of figures and tables has no
      page for #2}\fi ?%
  \else \csname#1:#2\endcsname \fi}
\def\lofentry#1#2#3{\line{\hbox to2.5em{\hfil#1.}\enspace#3
  \leaders\hbox to .5em{.\hfil}\hfil\hbox to3em{\hss\listpage{figpage}{#2}}}}
\def\lotentry#1#2{\line{\hskip3em#2
  \leaders\hbox to .5em{.\hfil}\hfil\hbox to3em{\hss\listpage{tabpage}{#1}}}}
\def\listoffigures{\centerline{\bf Figures}\bigskip
  \lofentry{1}{cell-1.mps}{The LSTM cell at step $t$}
  \lofentry{2}{compgraph-1.mps}{One step of the LSTM as a computation graph}
  \lofentry{2b}{backgraph-1.mps}{The backward pass inside one step}
  \lofentry{3}{unroll-1.mps}{Three steps unrolled, and the messages of BPTT}
  \lofentry{4}{unroll-2.mps}{The messages that truncated BPTT and the
    internal RTRL drop}
  \lofentry{5}{rtrl-1.mps}{The sensitivities of RTRL and of the internal
    RTRL}
  \lofentry{6}{rtrl-2.mps}{One term of the gradient, bracketed as RTRL
    and as BPTT}
  \lofentry{7}{bias-1.mps}{What the input-gate bias changes, before and
    after training}
  \lofentry{8}{experiments/figures-1.mps}{Runs solved against the lag}
  \lofentry{9}{experiments/figures-2.mps}{Sequences to success}
  \lofentry{10}{experiments/figures-3.mps}{Separation of the last outputs
    during training}
  \lofentry{11}{experiments/figures-4.mps}{Retention over longer probes,
    by lag}
  \lofentry{12}{align-1.mps}{The cosine with the exact gradient on the lag
    task}
  \lofentry{13}{align-3.mps}{The relative variance of one UORO estimate}
  \lofentry{14}{balance-1.mps}{Influence balancing: the loss of each
    episode}
  \lofentry{15}{inside-1.mps}{The solved network on the two sequences of
    the lag task}
  \lofentry{16}{inside-2.mps}{The error carried back from the last step}
  \lofentry{17}{inside-3.mps}{The same for untrained networks}
  \lofentry{18}{text-1.mps}{The methods on Shakespeare: the validation
    loss against processor time}
  \lofentry{19}{text-2.mps}{The same against characters}
  \lofentry{20}{text-3.mps}{The smaller networks, with exact RTRL}
  \lofentry{21}{text-4.mps}{The best run on Shakespeare}}
\def\listoftables{\centerline{\bf Tables}\bigskip
  \lotentry{summary}{BPTT and RTRL: the summary to carry through the book}
  \lotentry{grades}{The grades of the exercises}
  \lotentry{notation}{The symbols of the book}
  \lotentry{paths}{The student's reading path}
  \lotentry{exforward}{The worked example: the forward pass}
  \lotentry{exbackward}{The worked example: the backward pass}
  \lotentry{exgradient}{The worked example: the gradient}
  \lotentry{exsgd}{The worked example: the weights after one step}
  \lotentry{costs}{The costs of the methods}
  \lotentry{proscons}{The methods' pros and cons, with the facts of the
    derivations}
  \lotentry{bench}{Time and memory of each method, per step}
  \lotentry{exponents}{Fitted exponents of time and memory}
  \lotentry{kernels}{The default build against the fast one}
  \lotentry{pytorch}{\.{lstm grad} as a whole process beside PyTorch}
  \lotentry{irtrlblock}{The internal RTRL's block length}
  \lotentry{expsuccess}{The lag task: runs solved}
  \lotentry{expmedian}{The lag task: sequences to success}
  \lotentry{expdetail}{The lag task in detail, target at the last step}
  \lotentry{expevery}{The lag task in detail, targets at every step}
  \lotentry{expdiag}{The cells at the end of the runs at $p=100$}
  \lotentry{expretention}{Memory retention of the solved networks}
  \lotentry{explong}{Very long lags in noise (Experiment 2c)}
  \lotentry{expsensitivity}{The defaults' sensitivity at $p=100$}
  \lotentry{texttable}{The methods on Shakespeare}
  \lotentry{twoa}{Experiment 2a: the paper's Table 2 beside ours}
  \lotentry{twoadiag}{Experiment 2a: the runs in detail}
  \lotentry{lectures}{Lectures, chapters and exercises of a course}
  \lotentry{assessment}{The assessment of a course}}
% Exercises and their answers.  \exercise{bptt.3}{20} starts exercise 3
% of chapters/bptt.w, of grade 20; \answer{bptt.3} starts its answer;
% \checked{key}{value} prints a value that tests/check_teaching.c
% computes from the library and compares with this text.
\def\exercise#1#2{\par\smallskip\noindent{\bf#1.}\enspace[#2]\enspace
  \ignorespaces}
\def\answer#1{\par\smallskip\noindent{\bf#1.}\enspace\ignorespaces}
\def\checked#1#2{#2}
% Numbered equations.  \eqlabel{key}, at the end of a display, gives
% it the next number, prints it at the right as (12), and writes the
% number and the section into lstm.eqs; \eqn{key} and \eqsec{key} print
% them back (?? for a key not yet seen), and \implements{key}, in the
% text of a code section, cites the equation that the code computes as
% (\S 75, eq. 12).  A key is defined when its label is met, so that
% citations after it are right on the first pdfTeX run; lstm.eqs of the
% previous run supplies the ones before it.  tests/equations.sh checks
% that every label is cited by a section with code, and every citation
% names a label.
\newcount\eqcount \newwrite\eqfile \newread\eqold
\def\eqdef#1#2#3{\expandafter\xdef\csname eqn:#1\endcsname{#2}%
  \expandafter\xdef\csname eqs:#1\endcsname{#3}}
\openin\eqold=\jobname.eqs
\ifeof\eqold \closein\eqold \else \closein\eqold \input\jobname.eqs \fi
\immediate\openout\eqfile=\jobname.eqs
\def\eqlabel#1{\global\advance\eqcount by 1
  \eqdef{#1}{\the\eqcount}{\secno}%
  \immediate\write\eqfile{\noexpand\eqdef{#1}{\the\eqcount}{\secno}}%
  \eqno(\the\eqcount)}
\def\equse#1#2{\expandafter\ifx\csname#1:#2\endcsname\relax ??%
  \else\csname#1:#2\endcsname\fi}
\def\eqn#1{\equse{eqn}{#1}}
\def\eqsec#1{\equse{eqs}{#1}}
% In the PDF the section number of a citation is a link to the section.
\def\eqseclink#1{\expandafter\ifx\csname eqs:#1\endcsname\relax ??%
  \else\ifacrohint\eqlinkto{#1}\else\csname eqs:#1\endcsname\fi\fi}
\def\eqlinkto#1{\expandafter\pdflink\expandafter{\csname eqs:#1\endcsname}{}}
\def\implements#1{(\S\eqseclink{#1}, eq.~\eqn{#1})}
% The index leaves out identifiers of one letter (cweave writes them as
% \|{x}): they are local names, such as |a| for the cell input gate or |W|
% for net->W, whose entries would list every section that declares one
% and lead nowhere.  The quantities they hold are indexed by name, and
% the notation table maps the symbols to the identifiers.  cwebmac's
% \inx defines \I and then calls \readindex; here \readindex first
% replaces \I with the same entry that skips those identifiers.
\newif\ifprune
\def\prunetest#1#2\prunestop{\ifx\|#1\prunetrue\else\prunefalse\fi}
\def\indexentry#1#2{\prunetest#1\prunestop
  \ifprune\else\par\hangindent2em\noindent#1:\kern1em
    \ifacrohint\pdfnote#2.\else#2\fi.\fi}
\let\cwebreadindex=\readindex
\def\readindex{\expandafter\def\csname I\endcsname##1, ##2.{%
  \indexentry{##1}{##2}}\cwebreadindex}
% \topfigure{file.mps}{caption} floats a drawing to the top of a page.
% It is a plain \topins insertion that may split (i.e., move to the next
% page) at no cost, so that it does not pull the text that calls it onto
% the next page with it.  \midfigure puts it where it is called if it
% fits there (on the first page of a chapter, where a figure at the top
% would stand above the chapter's title), else at the top of the next
% page.  \herefigure puts it where it is called, always (at the end of a
% chapter, where a floating figure would float into the next one).  The
% caption is centred, line by line.
\def\figurebody#1#2{\centerline{\convertMPtoPDF{#1}{1}{1}}\medskip
  {\leftskip=2em plus 1fil \rightskip=2em plus 1fil \parfillskip=0pt
   \noindent#2\par}}
\def\topfigure#1#2{\insert\topins{\penalty0 \floatingpenalty=0
  \splittopskip=0pt \splitmaxdepth=\maxdimen
  \figurebody{#1}{#2}\nobreak\bigskip}}
\def\midfigure#1#2{\midinsert\figurebody{#1}{#2}\endinsert}
\def\herefigure#1#2{\par\medskip\vbox{\figurebody{#1}{#2}}\medskip}
\def\con{\par\vfill\eject\end}
\input miniindex % the mini-index on every spread (book/miniindex.tex)
\frontcontents

@i chapters/intro.w
@i chapters/paths.w
@i chapters/part1.w
@i chapters/forward.w
@i chapters/chainrule.w
@i chapters/bptt.w
@i chapters/gradcheck.w
@i chapters/example.w
@i chapters/tbptt.w
@i chapters/rtrl.w
@i chapters/irtrl.w
@i chapters/snap1.w
@i chapters/uoro.w
@i chapters/hybrid.w
@i chapters/eprop.w
@i chapters/learning.w
@i chapters/tasks.w
@i chapters/training.w
@i chapters/speed.w
@i chapters/experiments.w
@i chapters/battery.w
@i chapters/net1997.w
@i chapters/align.w
@i chapters/balance.w
@i chapters/inspect.w
@i chapters/part2.w
@i chapters/formats.w
@i chapters/command.w
@i chapters/owndata.w
@i chapters/text.w
@i chapters/crosscheck.w
@i chapters/teaching.w
@i chapters/answers.w
@i chapters/biblio.w

@* Index.
Every identifier of the program is listed here with the numbers of the
sections that use it; an underlined number marks the section that defines
it. Concepts and the error messages of the program are listed too.
