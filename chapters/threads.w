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
@<The thread layer for C11 threads@>@;
@<The thread layer for POSIX threads@>@;

@ @<The thread layer for C11 threads@>=
#if defined(LSTM_C11_THREADS)
#include <threads.h>
#define LSTM_THREAD_KIND "C11 threads"
typedef thrd_t lstm_thread;
typedef mtx_t lstm_mutex;
typedef cnd_t lstm_cond;
static int grad_worker(void *arg);
static int thread_start(lstm_thread *t, void *arg)
{@+return thrd_create(t, grad_worker, arg) == thrd_success;@+}
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
|int|; a small function in between calls the one worker.

@<The thread layer for POSIX threads@>=
#if defined(LSTM_POSIX_THREADS)
#include <pthread.h>
#define LSTM_THREAD_KIND "POSIX threads"
typedef pthread_t lstm_thread;
typedef pthread_mutex_t lstm_mutex;
typedef pthread_cond_t lstm_cond;
static int grad_worker(void *arg);
static void *posix_worker(void *arg)@+{@+grad_worker(arg);@+return NULL;@+}
static int thread_start(lstm_thread *t, void *arg)
{@+return pthread_create(t, NULL, posix_worker, arg) == 0;@+}
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
typedef struct grad_pool {
  const lstm_net *net;
  const lstm_data *data;
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
  const lstm_data *d = p->data;
  int stop = 0;
  for (size_t s = job->first; s < d->count && !stop; s += p->threads) {
    double seq_loss = 0;
    int status;
    memset(job->g.theta, 0, job->g.P * sizeof *job->g.theta);
    status = p->meth->grad(p->net, &d->seq[s], p->param, &job->g, &seq_loss,
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

@<Functions@>=
int lstm_gradient_threads(const lstm_net *net, const lstm_data *data,
  const lstm_method *meth, long param, int threads, lstm_net *grad,
  double *loss, lstm_stats *st, lstm_error *err)
{
  grad_pool p;
  grad_job *job;
  size_t N = threads < 1 ? 1 : (size_t)threads;
  int status = lstm_data_fits(net, data, err);
  if (status != LSTM_OK) return status;
  if (N > LSTM_MAX_THREADS) N = LSTM_MAX_THREADS;
  if (N > data->count) N = data->count > 0 ? data->count : 1;
#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
  N = 1;
#endif
  memset(grad->theta, 0, grad->P * sizeof *grad->theta);
  *loss = 0;
  if (st) st->work_bytes = 0;
  if (!(job = calloc(N, sizeof *job)))
    return lstm_fail(err, LSTM_ENOMEM, "out of memory for %zu threads", N);
  p.net = net, p.data = data, p.meth = meth, p.param = param;
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
  unsigned char *started = N > 1 ? calloc(N - 1, 1) : NULL;
  if (N > 1 && (!tid || !started)) {
    free(tid); free(started);
    tid = NULL, started = NULL, N = p.threads = 1;
  }
  if (!sync_init(&p.mutex, &p.turn)) {
    free(tid); free(started);
    return lstm_fail(err, LSTM_ENOMEM, "cannot make the lock of the threads");
  }
  int refused = 0; /* a thread could not be started */
  for (size_t j = 1; j < N && !refused; j++)
    if (!(started[j - 1] = (unsigned char)thread_start(&tid[j - 1], &job[j])))
    {
      refused = 1;
      lock(&p.mutex);
      p.failed = 1, p.status = lstm_fail(err, LSTM_ENOMEM,
        "cannot start thread %zu of %zu", j + 1, N);
@.cannot start thread...@>
      wake_all(&p.turn);
      unlock(&p.mutex);
    }
  if (!refused) grad_worker(&job[0]);
  for (size_t j = 1; j < N; j++)
    if (started[j - 1]) thread_join(tid[j - 1]);
  sync_free(&p.mutex, &p.turn);
  free(tid); free(started);
}
#else
grad_worker(&job[0]);
#endif

@ On the command line, \.{--threads} $N$ sets the number of threads of
\.{lstm grad} and \.{lstm gradcheck}; it is a whole number from 1 to
|LSTM_MAX_THREADS|, and anything else, as \.{--threads 0} or \.{--threads
two}, is a usage error naming the option. The other subcommands take no
\.{--threads} and call it an unknown option. \.{lstm train} has none: it
changes the weights after each sequence (or each step), so the next
sequence needs the weights the last one left, and there is nothing to
share among threads until training sums the gradients of several
sequences before an update, a minibatch, which this book does not do yet.
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

@*1 Two threads, measured.
\input threads
The script \.{book/threads.sh} (run by \.{make threads-bench}) times
the whole process of \.{lstm grad} with BPTT on a file of 40 sequences
of $T=100$ steps with $m=n=128$ and a target at every step, the shape of
the comparison with PyTorch above. It makes the file with random
numbers (\.{book/threads-data.sh}) and deletes it afterwards, runs
\threadsruns\ rounds of one thread, two threads and \.{lstm bench} of
BPTT at $n=128$ and $T=100$, and takes the medians. On \threadsdate, on
an \threadsmachine, with the load average \threadsload\ over the last 1,
5 and 15 minutes before the runs, the medians were \threadsone\ seconds
on one thread and \threadstwo\ on two, a speed-up of \threadsspeedup.
The load is part of the result: when other programs keep more processes
running than there are cores (a load above 2 here), a second thread
finds no idle core to run on, and the times measure the machine's load
as much as the program.

What the program can gain is predicted from its parts. The arithmetic
is 4,000 steps of BPTT at \threadsstep\ microseconds a step (the median
of \.{lstm bench}), \threadscompute\ seconds, and it is what the threads
share; the rest of the one-thread time, \threadsserial\ seconds, is
reading the two files, checking them and writing the gradient, done on
one thread: the serial fraction $f=\threadsfraction$. Amdahl's law,
$t_N=t_1\bigl(f+(1-f)/N\bigr)$, then gives the speed-ups
\threadsamdahltwo, \threadsfour, \threadseight\ and \threadssixteen\ on
2, 4, 8 and 16 idle cores as fast as these. It is an upper bound: it
leaves out the memory bandwidth the cores share and the wait of a thread
for its turn to add, at most one sequence. On this file the reading, not
the arithmetic, is what more cores cannot shorten: the next gain is in
reading the numbers faster (or on several threads), not in more threads
for the gradients. The memory grows as stated: each thread beyond the
first holds one more trace of BPTT (\threadstrace~MiB here, the
working storage \.{lstm bench} reports) and one more gradient
(\threadsgrad~MiB)\threadspeak.
@^Amdahl's law@>
@^speed, threads@>
