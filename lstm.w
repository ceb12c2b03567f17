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
