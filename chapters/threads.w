@*1 Every core, with the same bits.
The gradient of a file is a sum over its sequences, and the sequences do
not depend on one another: each starts from $\state=\out=0$ and reads only
the weights. So $N$ threads can compute $N$ sequences' gradients at once.
What they must not do is add into one gradient as they finish, since the
order of finishing changes from run to run and floating-point addition
is not associative (the section ``The order of additions'' above): the
gradient would change in its last bits with the load of the machine.
Instead |lstm_gradient_threads| computes the gradient of sequence~$s$ into
a buffer of its own, $g_s$, with the method's code, and adds it to the
total only when $g_0,\ldots,g_{s-1}$ have been added:
$$G=\bigl(\cdots\bigl((g_0+g_1)+g_2\bigr)+\cdots\bigr)+g_{S-1},$$
the order of the file, whatever $N$ is. The result is the same bit for
bit for every $N$, and the proof is two sentences. Each $g_s$ is computed
by the same code from the same weights and the same sequence into a
buffer cleared to zero, so it is the same number in every run, on
whichever thread; and the sum takes the same $g_s$ in the same order
with the same additions, so it is the same too. (The loss is summed the
same way, in the order of the file, as it always was.) This is
also the sum that one thread computes: |lstm_gradient| is
|lstm_gradient_threads| with $N=1$, which runs the same code without
starting a thread. It is not, in its last bits, the sum the program
computed before it had threads, which added every step's contribution of
every sequence straight into one total; the new order is the one that
threads can keep.
@^threads@>
@^same bits@>

A thread takes the sequences $j$, $j+N$, $j+2N$, \dots; with sequences of
about equal length each thread does about $1/N$ of the work, and one that
finishes early waits for its turn to add at most the time of one
sequence. The memory is $N$ times one sequence's: $N$ traces (or
whatever working storage the method needs, |work_bytes|) and $N$
gradient buffers of $P$ numbers each. Threads beyond the number of
sequences would have nothing to do, so no more than $S$ are started;
and \.{--threads} accepts at most |LSTM_MAX_THREADS|, 1024, a limit
that only catches a mistyped number, since each thread holds a trace.

The turn to add is a counter, |next|, guarded by a mutex: the thread of
sequence $s$ waits on a condition variable until |next| is $s$, adds,
sets |next| to $s+1$ and wakes the others. The waits cannot deadlock:
the sequence |next| belongs to a thread that is either computing it or
waiting for exactly this turn, since a thread takes its sequences in
increasing order and has added all its earlier ones. When a sequence
fails (a loss that is not finite, an allocation that fails), its thread
still waits for its turn, so that the error reported is that of the first
failing sequence of the file, the same for every $N$; then the others stop.

@<Public constants@>=
#define LSTM_MAX_THREADS 1024

@ @<Public functions@>=
int lstm_gradient_threads(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, int threads, lstm_net *grad,
  double *loss, lstm_stats *st, lstm_error *err);
const char *lstm_thread_kind(void);

@ Threads are in the C library of C11 as the optional header
\.{<threads.h>}; a C library without it defines |__STDC_NO_THREADS__|.
GNU's C library has it from version 2.28 (2018), and this machine's has
it, so the library uses it there; elsewhere it uses POSIX threads where
the system has them, and otherwise computes on one thread. The choice
is made when the library is compiled, by the preprocessor, and
|lstm_thread_kind| names it (\.{lstm grad --help} prints it). Eight
small operations are all the library needs (start and join a thread;
make and free a lock with its condition; lock, unlock, wait and wake),
and a thin layer of functions gives both kinds the same names. (The macros |LSTM_NO_C11_THREADS| and
|LSTM_ONE_THREAD| force the second and third choice, to test them.)
@^threads, C11@>
@^POSIX threads@>

@<Private declarations@>=
#if !defined(LSTM_ONE_THREAD) && !defined(LSTM_NO_C11_THREADS)
#if !defined(__STDC_NO_THREADS__) && defined(__has_include)
#if __has_include(<threads.h>)
#define LSTM_C11_THREADS 1
#endif
#endif
#endif
#if !defined(LSTM_ONE_THREAD) && !defined(LSTM_C11_THREADS)
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#if defined(_POSIX_THREADS) && _POSIX_THREADS > 0
#define LSTM_POSIX_THREADS 1
#endif
#endif
#endif
typedef struct thread_task {
  int (*fn)(void *); /* what a thread runs */
  void *arg; /* and on what */
} thread_task;
@<The thread layer for C11 threads@>@;
@<The thread layer for POSIX threads@>@;

@ @<The thread layer for C11 threads@>=
#if defined(LSTM_C11_THREADS)
#include <threads.h>
#define LSTM_THREAD_KIND "C11 threads"
typedef thrd_t lstm_thread;
typedef mtx_t lstm_mutex;
typedef cnd_t lstm_cond;
static int thread_start(lstm_thread *t, thread_task *task)
{@+return thrd_create(t, task->fn, task->arg) == thrd_success;@+}
static void thread_join(lstm_thread t)@+{@+thrd_join(t, NULL);@+}
static int sync_init(lstm_mutex *m, lstm_cond *c)
{
  if (mtx_init(m, mtx_plain) != thrd_success) return 0;
  if (cnd_init(c) == thrd_success) return 1;
  mtx_destroy(m);
  return 0;
}
static void sync_free(lstm_mutex *m, lstm_cond *c)
{@+cnd_destroy(c);@+mtx_destroy(m);@+}
static void lock(lstm_mutex *m)@+{@+mtx_lock(m);@+}
static void unlock(lstm_mutex *m)@+{@+mtx_unlock(m);@+}
static void wait_turn(lstm_cond *c, lstm_mutex *m)@+{@+cnd_wait(c, m);@+}
static void wake_all(lstm_cond *c)@+{@+cnd_broadcast(c);@+}
#endif

@ POSIX's thread function returns a pointer where C11's returns an
|int|; a small function in between calls the task's.

@<The thread layer for POSIX threads@>=
#if defined(LSTM_POSIX_THREADS)
#include <pthread.h>
#define LSTM_THREAD_KIND "POSIX threads"
typedef pthread_t lstm_thread;
typedef pthread_mutex_t lstm_mutex;
typedef pthread_cond_t lstm_cond;
static void *posix_task(void *arg)
{@+thread_task *task = arg;@+task->fn(task->arg);@+return NULL;@+}
static int thread_start(lstm_thread *t, thread_task *task)
{@+return pthread_create(t, NULL, posix_task, task) == 0;@+}
static void thread_join(lstm_thread t)@+{@+pthread_join(t, NULL);@+}
static int sync_init(lstm_mutex *m, lstm_cond *c)
{
  if (pthread_mutex_init(m, NULL) != 0) return 0;
  if (pthread_cond_init(c, NULL) == 0) return 1;
  pthread_mutex_destroy(m);
  return 0;
}
static void sync_free(lstm_mutex *m, lstm_cond *c)
{@+pthread_cond_destroy(c);@+pthread_mutex_destroy(m);@+}
static void lock(lstm_mutex *m)@+{@+pthread_mutex_lock(m);@+}
static void unlock(lstm_mutex *m)@+{@+pthread_mutex_unlock(m);@+}
static void wait_turn(lstm_cond *c, lstm_mutex *m)
{@+pthread_cond_wait(c, m);@+}
static void wake_all(lstm_cond *c)@+{@+pthread_cond_broadcast(c);@+}
#endif

@ Without threads the library runs everything on the calling thread, and
the locks do nothing.

@<Private declarations@>=
#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
#define LSTM_THREAD_KIND "one thread"
typedef int lstm_mutex;
typedef int lstm_cond;
static void lock(lstm_mutex *m)@+{@+(void)m;@+}
static void unlock(lstm_mutex *m)@+{@+(void)m;@+}
static void wait_turn(lstm_cond *c, lstm_mutex *m)@+{@+(void)c;@+(void)m;@+}
static void wake_all(lstm_cond *c)@+{@+(void)c;@+}
#endif

@ @<Functions@>=
const char *lstm_thread_kind(void)@+{@+return LSTM_THREAD_KIND;@+}

@ The threads share one record, |grad_pool|, which holds the inputs, the
running sum, and the turn; each has a |grad_job| of its own, with its
gradient buffer, its statistics and its error.

@<Private declarations@>=
typedef int (*lstm_item_fn)(void *ctx, size_t s, lstm_net *g, double *loss,
  lstm_error *err); /* the gradient of item |s| into |g|, for a batch of text */
typedef struct grad_pool {
  const lstm_net *net;
  const lstm_data *data;
  size_t count; /* the items: the sequences of |data|, or what |item| computes */
  lstm_item_fn item; /* computes an item, instead of |meth|, if not |NULL| */
  void *ctx; /* passed to |item| */
  const lstm_method *meth;
  long param;
  size_t threads; /* $N$ */
  lstm_net *grad; /* the sum */
  double loss; /* the sum of the losses */
  size_t next; /* the sequence whose turn it is to be added */
  int failed; /* 1 once a sequence has failed, at its turn */
  int status; /* the status of the first failed sequence */
  lstm_error *err; /* its message */
  lstm_mutex mutex;
  lstm_cond turn;
} grad_pool;
typedef struct grad_job {
  grad_pool *pool;
  size_t first; /* this thread's sequences are |first|, |first| $+N$, \dots */
  lstm_net g; /* the gradient of the current sequence */
  lstm_stats st; /* the largest working storage of its sequences */
  lstm_error err; /* a sequence's error */
} grad_job;

@ A thread's work: for each of its sequences, compute its gradient and
loss, wait for the turn, add them (or record the failure), and pass the
turn on. The first sequence's gradient is copied rather than added to the
zeros of the sum, so that a gradient of one sequence is the method's,
bit for bit, even where the method computed $-0$.

@<Functions@>=
static int grad_worker(void *arg)
{
  grad_job *job = arg;
  grad_pool *p = job->pool;
  int stop = 0;
  for (size_t s = job->first; s < p->count && !stop; s += p->threads) {
    double seq_loss = 0;
    int status;
    memset(job->g.theta, 0, job->g.P * sizeof *job->g.theta);
    status = p->item ? p->item(p->ctx, s, &job->g, &seq_loss, &job->err) :
      p->meth->grad(p->net, &p->data->seq[s], p->param, &job->g, &seq_loss,
      &job->st, &job->err);
    lock(&p->mutex);
    while (p->next != s && !p->failed) wait_turn(&p->turn, &p->mutex);
    if (p->failed) stop = 1;
    else if (status != LSTM_OK) {
      p->failed = 1, p->status = status, *p->err = job->err;
      stop = 1;
    } else {
      @<Add |job->g| and |seq_loss| to the sums@>;
      p->next = s + 1;
    }
    wake_all(&p->turn);
    unlock(&p->mutex);
  }
  return 0;
}

@ @<Add |job->g| and |seq_loss| to the sums@>=
if (s == 0) memcpy(p->grad->theta, job->g.theta,
  p->grad->P * sizeof *p->grad->theta);
else for (size_t k = 0; k < p->grad->P; k++)
  p->grad->theta[k] += job->g.theta[k];
p->loss += seq_loss;

@ |lstm_gradient_threads| checks the data, makes the $N$ jobs with their
buffers, runs job~0 on the calling thread and the others on threads of
their own, and waits for them. A thread that the system cannot start is
an error (|LSTM_ENOMEM|), after the threads already started have
stopped. The working storage reported is that of all the jobs together.
The work is done by |pool_run|, which training on a text calls too, with
items of its own (|item|, the section ``Minibatches of a text'' below)
instead of the sequences of a file.

@<Functions@>=
int lstm_gradient_threads(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, int threads, lstm_net *grad,
  double *loss, lstm_stats *st, lstm_error *err)
{
  int status = lstm_data_fits(net, data, err);
  if (status != LSTM_OK) return status;
  return pool_run(net, data, data->count, NULL, NULL, meth, param, threads,
    grad, loss, st, err);
}

@ @<Private declarations@>=
static int pool_run(const lstm_net *net, const lstm_data *data, size_t count,
  lstm_item_fn item, void *ctx, const lstm_method *meth, long param,
  int threads, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err);

@ @<Functions@>=
static int pool_run(const lstm_net *net, const lstm_data *data, size_t count,
  lstm_item_fn item, void *ctx, const lstm_method *meth, long param,
  int threads, lstm_net *grad, double *loss, lstm_stats *st, lstm_error *err)
{
  grad_pool p;
  grad_job *job;
  size_t N = threads < 1 ? 1 : (size_t)threads;
  int status = LSTM_OK;
  if (N > LSTM_MAX_THREADS) N = LSTM_MAX_THREADS;
  if (N > count) N = count > 0 ? count : 1;
#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
  N = 1;
#endif
  memset(grad->theta, 0, grad->P * sizeof *grad->theta);
  *loss = 0;
  if (st) st->work_bytes = 0;
  if (!(job = calloc(N, sizeof *job)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for %zu threads", N);
  p.net = net, p.data = data, p.meth = meth, p.param = param;
  p.count = count, p.item = item, p.ctx = ctx;
  p.threads = N, p.grad = grad, p.loss = 0, p.next = 0;
  p.failed = 0, p.status = LSTM_OK, p.err = err;
  for (size_t j = 0; j < N && status == LSTM_OK; j++) {
    job[j].pool = &p, job[j].first = j;
    lstm_error_clear(&job[j].err);
    status = lstm_net_like(&job[j].g, net, err);
  }
  if (status == LSTM_OK) {
    @<Run the |N| jobs@>;
    status = p.failed ? p.status : LSTM_OK;
    *loss = p.loss;
  }
  for (size_t j = 0; j < N; j++) {
    if (st) st->work_bytes += job[j].st.work_bytes;
    lstm_net_free(&job[j].g);
  }
  free(job);
  if (status != LSTM_OK) return status;
  if ((status = lstm_finite_loss(*loss, err)) != LSTM_OK) return status;
  return lstm_finite_net(grad, "the gradient", err);
}

@ @<Run the |N| jobs@>=
#if defined(LSTM_C11_THREADS) || defined(LSTM_POSIX_THREADS)
{
  lstm_thread *tid = N > 1 ? malloc((N - 1) * sizeof *tid) : NULL;
  thread_task *task = N > 1 ? malloc((N - 1) * sizeof *task) : NULL;
  unsigned char *started = N > 1 ? calloc(N - 1, 1) : NULL;
  if (N > 1 && (!tid || !task || !started)) {
    free(tid); free(task); free(started);
    tid = NULL, task = NULL, started = NULL, N = p.threads = 1;
  }
  if (!sync_init(&p.mutex, &p.turn)) {
    free(tid); free(task); free(started);
    return lstm_fail(err, LSTM_ENOMEM, "cannot make the lock of the threads");
  }
  int refused = 0; /* a thread could not be started */
  for (size_t j = 1; j < N && !refused; j++) {
    task[j - 1].fn = grad_worker, task[j - 1].arg = &job[j];
    if (!(started[j - 1] = (unsigned char)thread_start(&tid[j - 1],
        &task[j - 1]))) {
      refused = 1;
      lock(&p.mutex);
      p.failed = 1, p.status = lstm_fail(err, LSTM_ENOMEM,
        "cannot start thread %zu of %zu", j + 1, N);
@.cannot start thread...@>
      wake_all(&p.turn);
      unlock(&p.mutex);
    }
  }
  if (!refused) grad_worker(&job[0]);
  for (size_t j = 1; j < N; j++)
    if (started[j - 1]) thread_join(tid[j - 1]);
  sync_free(&p.mutex, &p.turn);
  free(tid); free(task); free(started);
}
#else
grad_worker(&job[0]);
#endif

@ On the command line, \.{--threads} $N$ sets the number of threads of
\.{lstm grad} and \.{lstm gradcheck}, and of the minibatches of \.{lstm
train} (the section ``Minibatches'' below); it is a whole number from 1 to
|LSTM_MAX_THREADS|, and anything else, as \.{--threads 0} or \.{--threads
two}, is a usage error naming the option. The other subcommands take no
\.{--threads} and call it an unknown option.
@^threads, option@>

@<Declarations of the command@>=
#define LSTM_MAX_THREADS_TEXT "1024" /* |LSTM_MAX_THREADS| in words */
static int parse_threads(const char *val);
static int cores_available(void);

@ @<Subcommands@>=
static int parse_threads(const char *val)
{
  char *end;
  unsigned long v;
  if (val[0] < '0' || val[0] > '9') return -1;
  errno = 0;
  v = strtoul(val, &end, 10);
  return *end != '\0' || errno == ERANGE || v < 1 || v > LSTM_MAX_THREADS ?
    -1 : (int)v;
}

@ Without \.{--threads} the number of threads is the number of cores this
process may use: on Linux, the processors of its affinity mask
(|sched_getaffinity|, which sees the limit of \.{taskset} or of a
container's \.{cpuset}); elsewhere the processors online
(|sysconf(_SC_NPROCESSORS_ONLN)|); and 1 where neither answers. It is at
most |LSTM_MAX_THREADS|.
@^cores, number of@>

@<Subcommands@>=
static int cores_available(void)
{
  long c = 0;
#if defined(CPU_COUNT)
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) c = CPU_COUNT(&set);
#endif
#if defined(_SC_NPROCESSORS_ONLN)
  if (c < 1) c = sysconf(_SC_NPROCESSORS_ONLN);
#endif
  if (c < 1) c = 1;
  return c > LSTM_MAX_THREADS ? LSTM_MAX_THREADS : (int)c;
}

@*1 Minibatches.
Training changes the weights after each sequence, and so the sequences
of a training run depend on one another: each needs the weights the last
one left. A {\it minibatch\/} of $B$ sequences breaks that chain. The
$B$ gradients are computed with the weights held fixed, each by the
method's own code as \.{lstm grad} computes it, and the weights change
once, against their mean; in plain gradient descent
$$\theta\gets\theta-\alpha\,{1\over B}\sum_{b=0}^{B-1}g_b,$$
and the other optimisers take ${1\over B}\sum_b g_b$ as their gradient.
The $B$ gradients are independent, so they are what threads can share,
and they are summed by |lstm_gradient_threads| above, in the order of the
batch: the update is the same bit for bit on any number of threads.
@^minibatch@>
@^batch@>

The mean, not the sum, is the choice of PyTorch's and Keras's losses, and
it keeps the size of a step independent of $B$: a clipping norm (\.{--clip})
means the same for every $B$, and so does Adam's step, which hardly
depends on the scale of the gradient at all. With plain gradient descent
the learning rate then scales with the batch: $B$ steps of rate $\alpha$
on single sequences move the weights about as far as one step of rate
$B\alpha$ on their mean, so a run with \.{--batch} $B$ makes $B$ times
fewer updates and needs about $B$ times the rate to cover the same
ground in an epoch (the ``linear scaling rule'' of Goyal et al.\ 2017,
which holds while $B\alpha$ is small enough for the loss to be nearly
linear over a step). With Adam the rate stays as it is.
@^learning rate, scaling with the batch@>

Every method computes its gradient with the weights fixed within a
batch: truncated BPTT the truncated gradient of the whole sequence, the
online methods (\.{rtrl}, \.{irtrl}, \.{snap1}, \.{uoro}, the hybrid,
\.{eprop}) their approximation of the whole sequence's gradient, as
\.{lstm grad} does. So with $B>1$ no method learns online any more: the
update of a step, or of a window, becomes the update of a batch. With
$B=1$ (the default) nothing changes: each method keeps its own schedule
of the chapter on training, by the same code as before, so that
\.{--batch 1} is the training of earlier versions bit for bit.

@ |lstm_train_batch| trains on the $B$ sequences |seq[0]|, \dots,
|seq[B-1]| with the trainer's method and optimiser, on |threads| threads,
and returns in |*loss| the sum of their losses with the weights before
the update. The sequences are lent to |lstm_gradient_threads| as a data
set whose list of sequences is a copy of the $B$ records (their numbers
are not copied). A loss or a gradient that is not finite is reported as
divergence, as a weight that is not finite is by |lstm_train_finite|.

@<Public functions@>=
int lstm_train_batch(lstm_trainer *tn, const lstm_seq *const *seq, size_t B,
  int threads, double *loss, lstm_error *err);

@ Dividing by $B=1$ changes no number, so that a batch of one is the
method's gradient of one sequence, followed by the optimiser's step:
for BPTT, exactly the update of |lstm_train_sequence|, which a test of
the suite checks bit for bit.

@<Functions@>=
int lstm_train_batch(lstm_trainer *tn, const lstm_seq *const *seq, size_t B,
  int threads, double *loss, lstm_error *err)
{
  lstm_data view;
  lstm_error why;
  int status;
  *loss = 0;
  if (B == 0)
    return lstm_fail(err, LSTM_EUSAGE, "a batch needs at least one sequence");
  view.m = tn->net->m, view.k = tn->net->k, view.count = view.cap = B;
  if (!(view.seq = malloc(B * sizeof *view.seq)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for a batch of %zu", B);
  for (size_t b = 0; b < B; b++) view.seq[b] = *seq[b];
  lstm_error_clear(&why);
  if (tn->method->grad == bptt_grad && threads <= 1)
    status = lstm_gradient_batch(tn->net, seq, B, &tn->grad, loss, NULL,
      &why);
  else status = lstm_gradient_threads(tn->net, &view, tn->method, tn->param,
    threads, &tn->grad, loss, NULL, &why);
  free(view.seq);
  if (status == LSTM_EDATA)
    return lstm_fail(err, LSTM_EDIVERGED, "training diverged in a batch: %s",
      why.msg);
@.training diverged in a batch@>
  if (status != LSTM_OK) {
    if (err) *err = why;
    return status;
  }
  if (B > 1)
    for (size_t k = 0; k < tn->grad.P; k++) tn->grad.theta[k] /= (double)B;
  lstm_optimizer_step(tn->opt, tn->net, &tn->grad);
  tn->updates++;
  return LSTM_OK;
}

@ On a task, a batch is the next $B$ sequences that training one at a
time would draw: the generator of the data is asked for them in the same
order, so that \.{--batch} changes when the weights change, not what the
network sees. The success criteria of the chapter on training need
each sequence's loss and largest error, which the gradient does not
return: a forward pass over each sequence, with the weights of the batch,
measures them first. That pass costs about a third of a gradient of BPTT,
a price of simplicity the tasks' small networks can pay. Then the batch
is trained on, and the record of each sequence is kept as training one
at a time keeps it, the tests of the held sequences included, in the
order of the batch; the first sequence after which the criterion is met
ends the run (the weights are those after its batch). The last batch is
shortened to the budget of sequences. Sequential construction, which
changes the network between two sequences, has no place inside a batch,
and the command refuses \.{--construct} with \.{--batch}.

@<Train on a batch of sequences and check for success@>=
{
  size_t B = cfg->batch;
  lstm_data drawn;
  const lstm_seq **pick = NULL;
  double *each = NULL; /* per sequence: its loss, largest error, last error */
  lstm_data_init(&drawn, task.m, task.k);
  if ((long)B > cfg->max_sequences - st->sequences)
    B = (size_t)(cfg->max_sequences - st->sequences);
  if (!(pick = malloc(B * sizeof *pick)) ||
      !(each = alloc_doubles(3 * B)))
    status = lstm_fail(err, LSTM_ENOMEM, "out of memory for a batch");
  @<Draw the |B| sequences of the batch into |pick|@>;
  @<Measure the loss and the errors of each sequence of the batch@>;
  if (status == LSTM_OK) {
    double loss = 0;
    status = lstm_train_batch(&tn, pick, B, cfg->threads, &loss, err);
    if (status == LSTM_OK)
      status = lstm_train_finite(net, st->sequences + (long)B, loss, err);
  }
  for (size_t b = 0; b < B && status == LSTM_OK && !st->solved; b++) {
    double loss = each[3 * b], e = each[3 * b + 1];
    tn.end_error = each[3 * b + 2];
    st->sequences++;
    st->moving_loss = st->sequences == 1 ? loss :
      0.99 * st->moving_loss + 0.01 * loss;
    @<Check the task's success criterion@>;
    if (cfg->report && (st->solved || st->sequences % cfg->report_every == 0)) {
      st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
      st->updates = tn.updates;
      cfg->report(st, cfg->ctx);
    }
  }
  free(pick);
  free(each);
  lstm_data_free(&drawn);
}

@ The held sequences of the lag task and of the Reber grammar are picked
by pointer; the others are drawn into |drawn|, whose list of sequences
may move as it grows, so their pointers are taken only when all are
drawn.

@<Draw the |B| sequences of the batch into |pick|@>=
for (size_t b = 0; b < B && status == LSTM_OK; b++) {
  lstm_seq *s;
  if (task.kind == LSTM_TASK_REBER) pick[b] = &held.seq[rng_below(&data_rng,
    256)];
  else if (task.kind == LSTM_TASK_LAG && !task.random_middle)
    pick[b] = &held.seq[rng_below(&data_rng, 2)];
  else if ((status = lstm_task_sample(&task, &data_rng, &drawn, &s, err)) ==
      LSTM_OK) pick[b] = NULL;
}
for (size_t b = 0, d = 0; b < B && status == LSTM_OK; b++)
  if (!pick[b]) pick[b] = &drawn.seq[d++];

@ The largest error over the steps with a target, and the error at the
last step (zero when it has no target), as |lstm_train_sequence| keeps
them.

@<Measure the loss and the errors of each sequence of the batch@>=
for (size_t b = 0; b < B && status == LSTM_OK; b++) {
  const lstm_seq *s = pick[b];
  const double *y = lstm_target(s, s->T - 1);
  double last = 0;
  if (!trace_fits(&tn.tr, net, s->T)) {
    status = lstm_fail(err, LSTM_ENOMEM, "out of memory");
    break;
  }
  lstm_trace_start(&tn.tr, NULL, NULL);
  each[3 * b] = lstm_forward(net, s, &tn.tr);
  each[3 * b + 1] = trace_max_error(net, s, &tn.tr);
  if (y)
    for (size_t r = 0; r < net->k; r++) {
      double d = fabs(lstm_pred(&tn.tr, s->T - 1)[r] - y[r]);
      if (!(d <= last)) last = d;
    }
  each[3 * b + 2] = last;
}

@ On a file of one's own, an epoch is cut into batches in its random
order: |order[q]|, \dots, |order[q+B-1]|, the last batch of the epoch
holding what is left, between 1 and $B$ sequences (its mean is over those
it has). The loss of the epoch is the sum of the batches' losses. A
checkpoint and the report come after each sequence of the batch, as
without one, with the weights after the batch; Ctrl-C stops at the end
of a batch.

@<Train on the batch of sequences from |order[q]| on@>=
{
  size_t B = count - q < cfg->batch ? count - q : cfg->batch;
  const lstm_seq **pick = malloc(B * sizeof *pick);
  double loss = 0;
  if (!pick) status = lstm_fail(err, LSTM_ENOMEM, "out of memory for a batch");
  else {
    for (size_t b = 0; b < B; b++) pick[b] = &cfg->train->seq[order[q + b]];
    status = lstm_train_batch(&tn, pick, B, cfg->threads, &loss, err);
    free(pick);
  }
  if (status == LSTM_OK)
    status = lstm_train_finite(net, st->sequences + (long)B, loss, err);
  if (status == LSTM_OK) {
    sum += loss;
    done += B;
    st->interrupted = cfg->stop && *cfg->stop;
    for (size_t b = 0; b < B; b++) {
      st->sequences++;
      if (cfg->report && !(q + b + 1 == count || (st->interrupted &&
          b + 1 == B))) {
        st->seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
        cfg->report(st, net, cfg->ctx);
      }
    }
  }
  q += B;
}

@ On the command line, \.{lstm train --batch} $B$ sets the batch, for a
task, a file (\.{--data}) or a text (\.{--text}), and \.{--threads} $N$
the threads that compute it; the default of $B$ is 1, the method's own
schedule, and that of $N$ the number of cores, as for \.{lstm grad}.
$N$ changes no number of the run, only its time, and with $B=1$ it
changes nothing at all. $B$ is a whole number from 1 to
|LSTM_MAX_BATCH|, a million; a batch larger than the sequences of a
file is refused, before anything is written, rather than cut to the
file, since a run would then quietly train with another $B$ than it
says.
@^batch, option@>

@<Public constants@>=
#define LSTM_MAX_BATCH 1000000

@ @<Declarations of the command@>=
#define LSTM_MAX_BATCH_TEXT "1000000" /* |LSTM_MAX_BATCH| in words */
static int batch_option(const char *opt, const char *val, size_t *batch,
  int *threads);

@ @<Subcommands@>=
static int batch_option(const char *opt, const char *val, size_t *batch,
  int *threads)
{
  if (opt[2] == 't') {
    if ((*threads = parse_threads(val)) < 0)
      return train_usage("lstm train: expected a number of threads from 1 " @/
        "to " LSTM_MAX_THREADS_TEXT " after %s, found '%s'", opt, val);
  } else {
    char *end;
    unsigned long v;
    errno = 0;
    v = strtoul(val, &end, 10);
    if (val[0] < '0' || val[0] > '9' || *end || errno == ERANGE || v < 1 ||
        v > LSTM_MAX_BATCH)
      return train_usage("lstm train: expected a batch of 1 to " @/
        LSTM_MAX_BATCH_TEXT " sequences after %s, found '%s'", opt, val);
@.expected a batch of...@>
    *batch = (size_t)v;
  }
  return 1;
}

@ The batch and the threads go into the configuration of the run, for a
task, a file and a text alike.

@<Take the batch and the threads of the run from |args|@>=
if (args.batch > 1 && cfg.construct)
  return train_usage("lstm train: --construct changes the network between " @/
    "two sequences, and cannot be used with a --batch of more than one%s",
    "", "");
@.--construct changes the network...@>
if (args.batch > 1 && (trace_to || cfg.per_sequence))
  return train_usage("lstm train: %s follows one sequence at a time, and " @/
    "cannot be used with a --batch of more than one%s", trace_to ? "--trace" :
    "--update sequence", "");
@.follows one sequence at a time...@>
cfg.batch = args.batch;
cfg.threads = args.threads ? args.threads : cores_available();

@ @<Declarations of the command@>=
static int batch_too_large(size_t batch, size_t count);

@ @<Subcommands@>=
static int batch_too_large(size_t batch, size_t count)
{
  fprintf(stderr, "lstm train: --batch %zu is larger than the training " @/
    "file, which has %zu sequence%s; try 'lstm train --help'\n", batch, count,
    count == 1 ? "" : "s");
@.is larger than the...sequences@>
  return 2;
}

@*1 Minibatches of a text.
A text is one long sequence, trained on in chunks of $K$ characters,
each starting from the state where the last one ended (the chapter on
texts). Its batch is the one of Karpathy's \.{char-rnn} (Karpathy
2015): the text is cut into $B$ streams of equal
length, $\lfloor(N-1)/B\rfloor$ of its $N-1$ characters with a next one
(the last stream takes the rest), and an update takes the next chunk of
each stream, $B$ chunks side by side, each from the state its own stream
last ended in. The chunks' gradients are computed with the weights held,
on |threads| threads, summed in the order of the streams and divided by
the number of streams that still had characters, and the weights change
once. Stream $b$ starts, at every epoch, from $\state=\out=0$ at its first
character, as the whole text does with one stream. A batch of more
streams than the text has characters is refused.
@^minibatch, of a text@>

@<Private declarations@>=
typedef struct text_lanes {
  size_t B; /* streams */
  struct text_run *lane; /* one run per stream, without an optimiser */
  const unsigned char *text; /* the training text */
  size_t *at, *end; /* where each stream is, and where it ends */
  size_t *active, *len; /* this update's streams, and their chunks' lengths */
  size_t count; /* streams in this update */
} text_lanes;
static int text_lanes_init(text_lanes *ln, const lstm_text_config *cfg,
  lstm_net *net, lstm_error *err);
static void text_lanes_free(text_lanes *ln);
static int text_lane_item(void *ctx, size_t s, lstm_net *g, double *loss,
  lstm_error *err);

@ Each stream has a run of the chapter on texts, of which it uses the
trace (or the online object), the window and the carried state; the
optimiser and the gradient of the runs are freed at once, since the one
run of |lstm_train_text| makes the step.

@<Functions@>=
static int text_lanes_init(text_lanes *ln, const lstm_text_config *cfg,
  lstm_net *net, lstm_error *err)
{
  const size_t B = cfg->batch, chars = cfg->train_len - 1;
  int status;
  memset(ln, 0, sizeof *ln);
  if (B > chars)
    return lstm_fail(err, LSTM_EUSAGE, "--batch %zu is larger than the " @/
      "%zu characters of the training text", B, chars);
@.is larger than the...characters@>
  ln->B = B, ln->text = cfg->train;
  if (!(ln->lane = calloc(B, sizeof *ln->lane)) ||
      !(ln->at = malloc(4 * B * sizeof *ln->at)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for %zu streams", B);
  ln->end = ln->at + B, ln->active = ln->end + B, ln->len = ln->active + B;
  for (size_t b = 0; b < B; b++) {
    if ((status = text_run_init(&ln->lane[b], cfg, net, err)) != LSTM_OK)
      return status;
    lstm_optimizer_free(&ln->lane[b].opt);
    lstm_net_free(&ln->lane[b].grad);
    ln->end[b] = b + 1 == B ? chars : (b + 1) * (chars / B);
  }
  return LSTM_OK;
}
@#
static void text_lanes_free(text_lanes *ln)
{
  if (ln->lane)
    for (size_t b = 0; b < ln->B; b++) text_run_free(&ln->lane[b]);
  free(ln->lane);
  free(ln->at);
  memset(ln, 0, sizeof *ln);
}

@ An item of the pool is the chunk of one stream.

@<Functions@>=
static int text_lane_item(void *ctx, size_t s, lstm_net *g, double *loss,
  lstm_error *err)
{
  text_lanes *ln = ctx;
  const size_t b = ln->active[s];
  return text_chunk_grad(&ln->lane[b], ln->text + ln->at[b], ln->len[s], g,
    loss, err);
}

@ An epoch of the streams. A gradient or a loss that is not finite is
divergence, reported as for one stream.

@<Train the streams of the text for one epoch@>=
{
  const size_t B = lanes.B, chars = cfg->train_len - 1;
  for (size_t b = 0; b < B; b++) {
    text_run_restart(&lanes.lane[b]);
    lanes.at[b] = b * (chars / B);
  }
  while (status == LSTM_OK) {
    size_t L = 0;
    double loss = 0;
    lstm_error why;
    lanes.count = 0;
    for (size_t b = 0; b < B; b++)
      if (lanes.at[b] < lanes.end[b]) {
        size_t left = lanes.end[b] - lanes.at[b];
        lanes.len[lanes.count] = left < run.K ? left : run.K;
        L += lanes.len[lanes.count];
        lanes.active[lanes.count++] = b;
      }
    if (lanes.count == 0) break;
    lstm_error_clear(&why);
    status = pool_run(net, NULL, lanes.count, text_lane_item, &lanes, NULL, 0,
      cfg->threads, &run.grad, &loss, NULL, &why);
    if (status == LSTM_EDATA)
      status = lstm_fail(err, LSTM_EDIVERGED, "training diverged after " @/
        "%.0f characters: %s", st->chars, why.msg);
    else if (status != LSTM_OK && err) *err = why;
    if (status == LSTM_OK) {
      if (lanes.count > 1)
        for (size_t q = 0; q < run.grad.P; q++)
          run.grad.theta[q] /= (double)lanes.count;
      lstm_optimizer_step(&run.opt, net, &run.grad);
      for (size_t s = 0; s < lanes.count; s++)
        lanes.at[lanes.active[s]] += lanes.len[s];
    }
    @<Count the |L| characters trained on...@>;
    if (st->interrupted || st->spent) break;
  }
}

@*1 Two threads, measured.
\input threads
The script \.{book/threads.sh} (run by \.{make threads-bench}) times
the whole process of \.{lstm grad} with BPTT on a file of 40 sequences
of $T=100$ steps with $m=n=128$ and a target at every step, its numbers
written with 17 significant digits as |lstm_data_write| writes them (21
megabytes, and 2.8 for the model): the shape of the comparison with
PyTorch above. It makes the files with random numbers
(\.{book/threads-data.sh}) and deletes them afterwards, runs
\threadsruns\ rounds of one thread, two threads and \.{lstm bench} of
BPTT at $n=128$ and $T=100$, and takes the medians; a run's processor
time is that of five runs in a row, divided by five. On \threadsdate, on
an \threadsmachine, with the load average \threadsload\ over the last 1,
5 and 15 minutes before the runs, the medians were \threadsone\ seconds
on one thread and \threadstwo\ on two, a speed-up of \threadsspeedup.
The load is part of the result: when other programs keep more processes
running than there are cores (a load above 2 here), a second thread
finds no idle core to run on, and the times measure the machine's load
as much as the program.

What more threads can gain is read from the parts of the run. If, of a
run on two threads, $s$ seconds are spent by one thread alone and $p$ by
both at once, the clock on the wall reads $t_2=s+p$ and the processor
time is $c_2=s+2p$; so $s=2t_2-c_2$, measured without looking inside
the program. It counts whatever leaves a core idle: what the program
does on one thread (starting, the header, joining the pieces, writing
the printed numbers to the file, freeing), a thread's wait for its turn
to add a gradient or for the last piece of the file, and the work the
second thread does more slowly than the first; and, on a machine whose
cores are busy with other work, the time the second thread waits for a
core, so that $s$ is then larger than the program's own. Here
$c_2=\threadscputwo$ seconds (against \threadscpuone\ on one thread) and
Amdahl's law, $t_N=t_1\bigl(f+(1-f)/N\bigr)$, then gives the speed-ups
\threadsamdahltwo, \threadsfour, \threadseight\ and \threadssixteen\ on
2, 4, 8 and 16 cores as fast as these. Measured on an idle machine they
would be upper bounds: they leave out the memory bandwidth the cores
share, and the 40 sequences do not divide evenly among 16 threads (three
rounds of sequences where two and a half would be even). Measured on a
busy one, $s$ holds the second thread's waits for a core, which change
from run to run, and $f$ is too large; and the medians of the two clocks
come from different runs, so that the bound for two cores need not lie
above the speed-up measured. Of the one-thread run's
\threadscpuone\ seconds of processor time, the arithmetic is 4,000 steps
of BPTT at \threadsstep\ microseconds a step (the median of \.{lstm
bench}), \threadscompute\ seconds, and the rest, \threadsserial, is
reading the two files and writing the gradient.
@^Amdahl's law@>
@^speed, threads@>

Before the files were read and the gradient printed on several threads
(the sections ``Reading on several threads'' and ``Writing on several
threads'' of the chapter on files), the same script, on
\threadsbeforedate\ with the load \threadsbeforeload, measured
\threadsbeforeone\ seconds on one thread and \threadsbeforetwo\ on two,
a speed-up of \threadsbeforespeedup; $s=\threadsbeforealone$ seconds of
$c_2=\threadsbeforecputwo$, $f=\threadsbeforefraction$, and Amdahl's
bound was \threadsbeforeamdahltwo\ on two cores and
\threadsbeforesixteen\ on sixteen. Reading the decimal numbers on one
thread was what more cores could not shorten. (The script times the
earlier program, when it is given its binary, in the same rounds as this
one, alternating, so that both meet the same load; when the load is near
2 or above, the second core is seldom free for a run of a fifth of a
second, and neither speed-up says much about either program.)

The memory grows as stated: each thread beyond the first holds one more
trace of BPTT (\threadstrace~MiB here, the working storage \.{lstm
bench} reports) and one more gradient (\threadsgrad~MiB); reading, a
reader with its block of 64 kilobytes; and printing, 25 bytes a
parameter for the whole gradient (3.1~MiB)\threadspeak.
