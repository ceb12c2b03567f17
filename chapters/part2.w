@** Part II: The program around the mathematics.
The chapters before this one derive how an LSTM computes its gradient,
give the code that computes it, and measure what each method costs and
how well it learns. The three chapters of this part are the program
around that mathematics: the text formats in which a reader writes a
model and its sequences, and in which gradients come back ({\it Files}:
|lstm_model_read|, |lstm_data_read|, |lstm_grad_write|);
the \.{lstm} command that reads them, runs the library and writes its
results safely ({\it The \.{lstm} command}); and training on a reader's
own files ({\it Training on your own sequences}: |lstm_train_data|). Any program needs such
code, and it is checked as carefully as the rest, but it teaches nothing
about how an LSTM learns: a student may skip this part on a first
reading, and come back to it to run the program on files of her own.
@^reading paths@>
@^Part II@>
