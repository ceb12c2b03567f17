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
\input pdfwebtocfront % after \topofcontents: it wraps it
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

@i chapters/intro.w
@i chapters/forward.w
@i chapters/chainrule.w
@i chapters/bptt.w
@i chapters/gradcheck.w
@i chapters/example.w
@i chapters/formats.w
@i chapters/command.w

@* Index.
Every identifier of the program is listed here with the numbers of the
sections that use it; an underlined number marks the section that defines
it. Concepts and the error messages of the program are listed too.
