@** Part I: The mathematics and its code.
The chapters of this part derive, from the forward pass of the LSTM and
the chain rule alone, every way the book computes the gradient of a
sequence's loss: backpropagation through time, its truncation, exact
real-time recurrent learning, the LSTM's own truncated RTRL, SnAp-1 and
UORO. Beside each derivation is the code that computes it (|lstm_step|
for the forward pass, |lstm_backward| for BPTT, |lstm_rtrl_step| for the
methods that run forward in time, all reached through the method table
of |lstm_method_find|), and beside
the code the checks that show it right (|lstm_gradcheck|, |lstm_example_report|): finite differences, the
published worked example, and the methods against each other. The
later chapters use the gradients to learn the long-time-lag tasks of
1997, measure what each method costs, and end with the measurements
that answer the book's question.
@^Part I@>
