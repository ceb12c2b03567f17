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
\def\R{{\bf R}}
% The worked example's tables are written by `lstm example --tex' into
% book/example.tex as calls of these two macros.
\def\exampletable#1#2#3#4#5#6{\expandafter\def\csname example#1\endcsname{%
  $$\vbox{\offinterlineskip\halign{\strut####\hfil\quad&####\hfil\enspace&
    ####\hfil\quad&####\hfil\enspace&####\hfil\cr &#2&#3&#4&#5\cr\noalign{\hrule}
    \noalign{\smallskip}#6}}$$}}
\def\exampleloss#1{\def\exampleL{#1}}
% The experiments' tables, written by `lstm experiments --report'.
\input experiments/results
% The table of contents goes at the front of the book.  cwebmac writes the
% contents file as it goes and prints it at the end (\con).  Here the file
% of the previous pdfTeX run is read into a box before any page is shipped
% (cwebmac truncates the file for writing at the first shipout), then the
% box is unboxed onto pages of its own, so that it may run over several
% pages, and \con only finishes the book.  The Makefile runs pdfTeX twice.
\newread\tocfile \newbox\tocbox
\def\frontcontents{\openin\tocfile=\contentsfile\relax
  \ifeof\tocfile \closein\tocfile
  \else \closein\tocfile
    \setbox\tocbox=\vbox{\rightskip 0pt \hyphenpenalty 50 \tolerance 200
      \let\ZZ=\contentsline \readcontents\relax}%
    \penalty-10000 % end cwebmac's first, discarded, page here
    \pageno=\contentspagenumber \titletrue
    \topofcontents \startpdf
    \line{\hfil Section\hbox to3em{\hss Page}}%
    \unvbox\tocbox
    \botofcontents \vfill\eject \titletrue % the first chapter opens without a running head
  \fi \pageno=1 }
% Exercises and their answers.  \exercise{bptt.3}{20} starts exercise 3
% of chapters/bptt.w, of grade 20; \answer{bptt.3} starts its answer;
% \checked{key}{value} prints a value that tests/check_teaching.c
% computes from the library and compares with this text.
\def\exercise#1#2{\par\smallskip\noindent{\bf#1.}\enspace[#2]\enspace
  \ignorespaces}
\def\answer#1{\par\smallskip\noindent{\bf#1.}\enspace\ignorespaces}
\def\checked#1#2{#2}
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
\frontcontents

@i chapters/intro.w
@i chapters/paths.w
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
@i chapters/learning.w
@i chapters/tasks.w
@i chapters/training.w
@i chapters/speed.w
@i chapters/experiments.w
@i chapters/align.w
@i chapters/balance.w
@i chapters/inspect.w
@i chapters/part2.w
@i chapters/formats.w
@i chapters/command.w
@i chapters/owndata.w
@i chapters/crosscheck.w
@i chapters/teaching.w
@i chapters/answers.w
@i chapters/biblio.w

@* Index.
Every identifier of the program is listed here with the numbers of the
sections that use it; an underlined number marks the section that defines
it. Concepts and the error messages of the program are listed too.
