#define LSTM_FOLD_COLUMNS 64 \

#define LSTM_LANES 8 \

#define LSTM_ROW_BLOCK 16 \

#define LSTM_PASTE(f,set) f##_##set
#define LSTM_NAME(f,set) LSTM_PASTE(f,set) 
#define LSTM_COPY(f) LSTM_NAME(f,LSTM_SET)  \

#define LSTM_RTRL_BLOCK_BYTES (256*1024)  \

#define LSTM_BATCH_BLOCK 8 \

#define LSTM_PACK_COLS 512 \

#define LSTM_PACK_DOUBLES 4096 \

#define LSTM_NT_BAND 32768 \
 \

#define LSTM_TN_STEPS 32
#define LSTM_TN_COLS 128 \

#define LSTM_PACK_ROWS 1024
#define LSTM_COL_BLOCK 16 \

#define LSTM_PEAK_NUMBERS 128 \

#define is_digit(c) ((unsigned) ((c) -'0') <10)  \

#define FIVE_MIN (-330) 
#define FIVE_MAX 308
#define SCAN_BLOCK ((size_t) 1<<16)  \

#define PRINT_ITEM 256 \

/*9:*/
#line 297 "chapters/intro.w"

#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <stdarg.h> 
#include <stdint.h> 
#include <math.h> 
#include <ctype.h> 
#include <errno.h> 
#include <time.h> 
/*14:*/
#line 382 "chapters/intro.w"

static void error_file(lstm_error*err,const char*file);

/*:14*//*18:*/
#line 414 "chapters/intro.w"

static int mul_size(size_t a,size_t b,size_t*r);
static int add_size(size_t a,size_t b,size_t*r);

/*:18*//*20:*/
#line 437 "chapters/intro.w"

static double*alloc_doubles(size_t count);

/*:20*//*52:*/
#line 423 "chapters/forward.w"

static void add_input_part(const lstm_net*net,const double*x,double*g);
static void step_from_input(const lstm_net*net,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:52*//*56:*/
#line 462 "chapters/forward.w"

static double sigmoid(double x);
static double cell_h(const lstm_net*net,double state);

/*:56*//*123:*/
#line 316 "chapters/bptt.w"

static int trace_grad(const lstm_net*net,const lstm_seq*seq,
const lstm_bptt_opts*opts,lstm_net*grad,double*loss,lstm_stats*st,
lstm_error*err);

/*:123*//*140:*/
#line 90 "chapters/gradcheck.w"

static int fd_entry(lstm_net*probe,const lstm_data*data,size_t k,
double h,double*v,lstm_error*err);

/*:140*//*142:*/
#line 109 "chapters/gradcheck.w"

static int central_difference(lstm_net*probe,const lstm_data*data,
size_t k,double h,double*d,lstm_error*err);

/*:142*//*162:*/
#line 29 "chapters/example.w"

static const double example_W[8]= 
{0.45,0.25,0.95,0.80,0.70,0.45,0.60,0.40};
static const double example_U[4]= {0.15,0.80,0.10,0.25};
static const double example_b[4]= {0.20,0.65,0.15,0.10};
static const double example_x[4]= {1.0,2.0,0.5,3.0};
static const double example_y[2]= {0.5,1.25};

/*:162*//*171:*/
#line 171 "chapters/example.w"

static void print_blocks(FILE*f,const char*prefix,const char*suffix,
const lstm_net*net);

/*:171*//*173:*/
#line 200 "chapters/example.w"

static const double published[2][6]= {

{0.81775,0.96083,0.85195,0.81757,0.78572,0.53631},
{0.84980,0.98118,0.87030,0.84993,1.5176,0.77197}};

/*:173*//*174:*/
#line 210 "chapters/example.w"

static int rounds_to(double v,double pub,int decimals);

/*:174*//*176:*/
#line 233 "chapters/example.w"

static void tex_split(FILE*f,const char*s,const char*mark);
static void tex_value(FILE*f,double v);

/*:176*//*179:*/
#line 298 "chapters/example.w"

static const double published_Delta1= -0.47803;

/*:179*//*195:*/
#line 157 "chapters/tbptt.w"

static int tbptt_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:195*//*220:*/
#line 440 "chapters/rtrl.w"

static int rtrl_run(const lstm_net*net,const lstm_seq*seq,int kind,
long param,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);
static int rtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:220*//*231:*/
#line 114 "chapters/irtrl.w"

static void update_row(double*y,const double*v,size_t len,double keep,
double coef);

/*:231*//*251:*/
#line 126 "chapters/snap1.w"

typedef struct snap_factors{
double keep,cross,in_state;
double from_state,self,in_out;
int kept;
}snap_factors;
static void snap_row(double*s,double*h,double*g,const double*v,
size_t len,const snap_factors*c,double d);

/*:251*//*255:*/
#line 213 "chapters/snap1.w"

static int snap1_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:255*//*278:*/
#line 312 "chapters/uoro.w"

#define UORO_ROWS 4 
static void uoro_rows(double*tt,double*g,size_t len,const double*v,
double keep,const double*coef,int add0,double d0,int add1,double d1,
double*sums);
static void uoro_release(lstm_rtrl*r,lstm_net*grad);

/*:278*//*280:*/
#line 343 "chapters/uoro.w"

static int uoro_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:280*//*297:*/
#line 282 "chapters/hybrid.w"

static void hybrid_close(lstm_rtrl*r,const lstm_net*net,lstm_net*grad);

/*:297*//*304:*/
#line 436 "chapters/hybrid.w"

static int hybrid_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:304*//*320:*/
#line 160 "chapters/eprop.w"

static int eprop_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);
static int eprop_random_grad(const lstm_net*net,const lstm_seq*seq,
long param,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:320*//*344:*/
#line 205 "chapters/tasks.w"

static int lag_sample(size_t p,size_t lag,int every_step,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);
static int lag2c_sample(size_t p,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err);
static int reber_sample(lstm_rng*rng,lstm_data*data,lstm_seq**seq,
lstm_error*err);
static int adding_sample(size_t T,int product,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);
static int twoseq_sample(const lstm_task*task,int clean,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);
static int order_sample(size_t symbols,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err);
static size_t rng_below(lstm_rng*rng,size_t n);
static double rng_normal(lstm_rng*rng);

/*:344*//*353:*/
#line 433 "chapters/tasks.w"

static const char reber_symbol[8]= "BTPSXVE";
static const int reber_next_symbol[7][2]= 
{{0,0},{1,2},{3,4},{1,5},{4,3},{2,5},{6,6}};
static const int reber_next_state[7][2]= 
{{1,1},{2,3},{2,4},{3,5},{3,6},{4,6},{-1,-1}};

/*:353*//*371:*/
#line 191 "chapters/training.w"

static int train_online(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err);

/*:371*//*375:*/
#line 274 "chapters/training.w"

static double trace_max_error(const lstm_net*net,const lstm_seq*seq,
const lstm_trace*tr);

/*:375*//*389:*/
#line 754 "chapters/training.w"

typedef struct{
size_t size,right;
double threshold;
double*error;
}lstm_ring;
static int lag_fill(lstm_seq*s,size_t p,size_t lag,size_t first,
int every_step,lstm_error*err);

/*:389*//*396:*/
#line 973 "chapters/training.w"

static int task_errors(const lstm_net*net,const lstm_task*task,
lstm_rng*rng,size_t count,lstm_trace*tr,size_t*wrong,double*mae,
lstm_error*err);

/*:396*//*398:*/
#line 1018 "chapters/training.w"

static double reber_right(const lstm_net*net,const lstm_data*held,
lstm_trace*tr);
static int trace_fits(lstm_trace*tr,const lstm_net*net,size_t T);

/*:398*//*400:*/
#line 1044 "chapters/training.w"

static double lag_probe(const lstm_net*net,const lstm_data*held,
lstm_trace*tr,lstm_lag_probe*pr);

/*:400*//*402:*/
#line 1087 "chapters/training.w"

#define LSTM_PROBE_CELLS 256
static double fmax_nan(double a,double b);

/*:402*//*431:*/
#line 275 "chapters/speed.w"

#if defined(__x86_64__) && defined(__GNUC__)
#define LSTM_DISPATCH 1
#define LSTM_INLINE inline __attribute__((always_inline))
#else
#line 280 "chapters/speed.w"
#define LSTM_DISPATCH 0
#define LSTM_INLINE inline
#endif
#line 283 "chapters/speed.w"
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif
#line 286 "chapters/speed.w"

/*:431*//*432:*/
#line 293 "chapters/speed.w"

typedef void lstm_gemm_fn(size_t rows,size_t cols,size_t len,
const double*A,size_t lda,const double*B,size_t ldb,double*C,
size_t ldc);
typedef struct lstm_kernel_set{
const char*name;
double(*dot)(const double*a,const double*b,size_t len);
void(*gemv)(const double*A,size_t rows,size_t cols,const double*v,
double*y);
lstm_gemm_fn*gemm_nt,*gemm_tn,*gemm_nn;
void(*mat_tvec)(const double*A,size_t rows,size_t cols,
const double*v,double*result);
void(*carry_row)(double*s,double*g,size_t len,const double*v,
size_t ldv,size_t steps,const double*keep,const double*coef,
const double*e);
void(*gemv_batch)(const double*A,size_t rows,size_t cols,
const double*const*v,double*const*y,size_t count);
void(*mat_tvec_batch)(const double*A,size_t rows,size_t cols,
const double*const*v,double*const*result,size_t count);
void(*snap_steps)(double*s,double*h,double*g,size_t len,
const double*v,size_t ldv,size_t steps,const snap_factors*c,
const double*d,size_t ldd,const int*target);
void(*uoro_rows)(double*tt,double*g,size_t len,const double*v,
double keep,const double*coef,int add0,double d0,int add1,
double d1,double*sums);
size_t(*peak)(size_t reps,double*out);
}lstm_kernel_set;

/*:432*//*447:*/
#line 733 "chapters/speed.w"

static int bench_problem(size_t n,size_t T,lstm_net*net,lstm_data*data,
lstm_error*err);

/*:447*//*468:*/
#line 1258 "chapters/speed.w"

static size_t rtrl_block_width(size_t n);
static void add_in_range(double*G,size_t c0,size_t c1,size_t start,
const double*v,size_t len);

/*:468*//*477:*/
#line 1433 "chapters/speed.w"

static int irtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);
static void carry_row(double*s,double*g,size_t len,const double*v,
size_t ldv,size_t steps,const double*keep,const double*coef,
const double*e);

/*:477*//*487:*/
#line 72 "chapters/threads.w"

#if !defined(LSTM_ONE_THREAD) && !defined(LSTM_NO_C11_THREADS)
#if !defined(__STDC_NO_THREADS__) && defined(__has_include)
#if __has_include(<threads.h> )
#define LSTM_C11_THREADS 1
#endif
#line 78 "chapters/threads.w"
#endif
#line 79 "chapters/threads.w"
#endif
#line 80 "chapters/threads.w"
#if !defined(LSTM_ONE_THREAD) && !defined(LSTM_C11_THREADS)
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h> 
#if defined(_POSIX_THREADS) && _POSIX_THREADS >  0
#define LSTM_POSIX_THREADS 1
#endif
#line 86 "chapters/threads.w"
#endif
#line 87 "chapters/threads.w"
#endif
#line 88 "chapters/threads.w"
 typedef struct thread_task{
int(*fn)(void*);
void*arg;
}thread_task;
/*488:*/
#line 95 "chapters/threads.w"

#if defined(LSTM_C11_THREADS)
#include <threads.h> 
#define LSTM_THREAD_KIND "C11 threads"
typedef thrd_t lstm_thread;
typedef mtx_t lstm_mutex;
typedef cnd_t lstm_cond;
static int thread_start(lstm_thread*t,thread_task*task)
{return thrd_create(t,task->fn,task->arg)==thrd_success;}
static void thread_join(lstm_thread t){thrd_join(t,NULL);}
static int sync_init(lstm_mutex*m,lstm_cond*c)
{
if(mtx_init(m,mtx_plain)!=thrd_success)return 0;
if(cnd_init(c)==thrd_success)return 1;
mtx_destroy(m);
return 0;
}
static void sync_free(lstm_mutex*m,lstm_cond*c)
{cnd_destroy(c);mtx_destroy(m);}
static void lock(lstm_mutex*m){mtx_lock(m);}
static void unlock(lstm_mutex*m){mtx_unlock(m);}
static void wait_turn(lstm_cond*c,lstm_mutex*m){cnd_wait(c,m);}
static void wake_all(lstm_cond*c){cnd_broadcast(c);}
#endif
#line 119 "chapters/threads.w"

/*:488*/
#line 92 "chapters/threads.w"

/*489:*/
#line 123 "chapters/threads.w"

#if defined(LSTM_POSIX_THREADS)
#include <pthread.h> 
#define LSTM_THREAD_KIND "POSIX threads"
typedef pthread_t lstm_thread;
typedef pthread_mutex_t lstm_mutex;
typedef pthread_cond_t lstm_cond;
static void*posix_task(void*arg)
{thread_task*task= arg;task->fn(task->arg);return NULL;}
static int thread_start(lstm_thread*t,thread_task*task)
{return pthread_create(t,NULL,posix_task,task)==0;}
static void thread_join(lstm_thread t){pthread_join(t,NULL);}
static int sync_init(lstm_mutex*m,lstm_cond*c)
{
if(pthread_mutex_init(m,NULL)!=0)return 0;
if(pthread_cond_init(c,NULL)==0)return 1;
pthread_mutex_destroy(m);
return 0;
}
static void sync_free(lstm_mutex*m,lstm_cond*c)
{pthread_cond_destroy(c);pthread_mutex_destroy(m);}
static void lock(lstm_mutex*m){pthread_mutex_lock(m);}
static void unlock(lstm_mutex*m){pthread_mutex_unlock(m);}
static void wait_turn(lstm_cond*c,lstm_mutex*m)
{pthread_cond_wait(c,m);}
static void wake_all(lstm_cond*c){pthread_cond_broadcast(c);}
#endif
#line 150 "chapters/threads.w"

/*:489*/
#line 93 "chapters/threads.w"


/*:487*//*490:*/
#line 154 "chapters/threads.w"

#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
#define LSTM_THREAD_KIND "one thread"
typedef int lstm_mutex;
typedef int lstm_cond;
static void lock(lstm_mutex*m){(void)m;}
static void unlock(lstm_mutex*m){(void)m;}
static void wait_turn(lstm_cond*c,lstm_mutex*m){(void)c;(void)m;}
static void wake_all(lstm_cond*c){(void)c;}
#endif
#line 164 "chapters/threads.w"

/*:490*//*492:*/
#line 172 "chapters/threads.w"

typedef int(*lstm_item_fn)(void*ctx,size_t s,lstm_net*g,double*loss,
lstm_error*err);
typedef struct grad_pool{
const lstm_net*net;
const lstm_data*data;
size_t count;
lstm_item_fn item;
void*ctx;
const lstm_method*meth;
long param;
size_t threads;
lstm_net*grad;
double loss;
size_t next;
int failed;
int status;
lstm_error*err;
lstm_mutex mutex;
lstm_cond turn;
}grad_pool;
typedef struct grad_job{
grad_pool*pool;
size_t first;
lstm_net g;
lstm_stats st;
lstm_error err;
}grad_job;

/*:492*//*496:*/
#line 263 "chapters/threads.w"

static int pool_run(const lstm_net*net,const lstm_data*data,size_t count,
lstm_item_fn item,void*ctx,const lstm_method*meth,long param,
int threads,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:496*//*515:*/
#line 710 "chapters/threads.w"

typedef struct text_lanes{
size_t B;
struct text_run*lane;
const unsigned char*text;
size_t*at,*end;
size_t*active,*len;
size_t count;
}text_lanes;
static int text_lanes_init(text_lanes*ln,const lstm_text_config*cfg,
lstm_net*net,lstm_error*err);
static void text_lanes_free(text_lanes*ln);
static int text_lane_item(void*ctx,size_t s,lstm_net*g,double*loss,
lstm_error*err);

/*:515*//*542:*/
#line 708 "chapters/batch.w"

static void batch_forward(const lstm_net*net,const lstm_seq*const*seqs,
size_t B,lstm_trace*trs,double*loss,const double**vin,double**yout);
static void batch_backward(const lstm_net*net,const lstm_seq*const*seqs,
size_t B,lstm_trace*trs,lstm_net*grads,const double**vin,
double**yout,double*wu,lstm_net*sum);
static void finish_step(const lstm_net*net,const double*state_prev,
double*g,double*state,double*out);

/*:542*//*562:*/
#line 37 "chapters/snapblock.w"

static int snap1_blocked(const lstm_net*net,const lstm_seq*seq,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:562*//*748:*/
#line 562 "chapters/net1997.w"

static int arch_word(const char*tok);

/*:748*//*753:*/
#line 704 "chapters/net1997.w"

typedef struct{
double z[4];
int seen;
}lag_look;
static void lag_look_at(const lstm_net*net,const lstm_data*held,
lstm_trace*tr,const lstm_train_config*cfg,lstm_train_status*st,
lag_look*look);
static double lag_logit(const lstm_net*net,const double*h,
const double*x,size_t r);

/*:753*//*774:*/
#line 1407 "chapters/net1997.w"

static int lag2b_sample(size_t p,int every_step,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);

/*:774*//*853:*/
#line 198 "chapters/formats.w"

/*852:*/
#line 167 "chapters/formats.w"

/*887:*/
#line 961 "chapters/formats.w"

typedef struct lstm_power5{
uint64_t hi,lo;
int k;
int exact;
}lstm_power5;

/*:887*/
#line 168 "chapters/formats.w"

typedef struct lstm_reader{
FILE*f;
const char*name;
lstm_error*err;
int status;
long line;
long last_line;
long col;
int back;
unsigned char block[LSTM_READ_BLOCK];
const unsigned char*buf;
size_t at,have;
const unsigned char*mem;
size_t mem_len;
size_t left;
int peeked;
int at_end;
long tok_line;
char tok[LSTM_TOKEN_MAX+1];
size_t tok_len;
char shown[LSTM_TOKEN_MAX+3];
lstm_power5 five[FIVE_MAX-FIVE_MIN+1];
int five_ready;
double*v;
size_t len,cap;
unsigned char*flag;
size_t flags,flag_cap;
}lstm_reader;

/*:852*/
#line 199 "chapters/formats.w"

static void reader_open(lstm_reader*rd,FILE*f,const char*name,
lstm_error*err);
static void reader_close(lstm_reader*rd);
static int get(lstm_reader*rd);
static int peek(lstm_reader*rd);
static int peek_in_block(lstm_reader*rd);
static void take(lstm_reader*rd);
static int bad(lstm_reader*rd,long line,const char*fmt,...);
static const char*shown(lstm_reader*rd);

/*:853*//*866:*/
#line 467 "chapters/formats.w"

static int keyword(lstm_reader*rd,const char*word);
static int size_value(lstm_reader*rd,const char*what,size_t most,
size_t*v);
static int number(lstm_reader*rd,const char*what,double*v);
static int is_keyword(const lstm_reader*rd);
static int decimal(const char*s);

/*:866*//*872:*/
#line 605 "chapters/formats.w"

static int push(lstm_reader*rd,double x);
static int numbers(lstm_reader*rd,size_t count,const char*what);

/*:872*//*875:*/
#line 654 "chapters/formats.w"

static int expect_after(lstm_reader*rd,const char*expected,
const char*after);

/*:875*//*877:*/
#line 697 "chapters/formats.w"

static int exact_decimal(lstm_reader*rd,const char*s,size_t len,
double*v);
static int eight_digits(const char*s,uint64_t*v);
static int clinger(uint64_t w,long q,double*v);
static int eisel_lemire(lstm_reader*rd,uint64_t w,long q,double*v);

/*:877*//*888:*/
#line 983 "chapters/formats.w"

static void powers_of_five(lstm_reader*rd);
static void mul64(uint64_t a,uint64_t b,uint64_t*hi,uint64_t*lo);
static void top_bits(const uint32_t*a,int n,lstm_power5*t);

/*:888*//*892:*/
#line 1082 "chapters/formats.w"

static int read_network(lstm_reader*rd,lstm_net*net);

/*:892*//*897:*/
#line 1172 "chapters/formats.w"

static int read_blocks(lstm_reader*rd,const lstm_block*block,
size_t from,size_t to);
static void after_block(char*after,size_t size,const lstm_block*block);

/*:897*//*903:*/
#line 1262 "chapters/formats.w"

static int version(lstm_reader*rd);
static FILE*open_input(const char*path,lstm_error*err);

/*:903*//*909:*/
#line 1368 "chapters/formats.w"

static int data_load(FILE*f,const unsigned char*mem,size_t mem_len,
const char*name,const lstm_net*net,lstm_data*data,lstm_error*err);

/*:909*//*912:*/
#line 1431 "chapters/formats.w"

static int read_sequence(lstm_reader*rd,lstm_data*data);
static int push_flag(lstm_reader*rd,int flag);

/*:912*//*918:*/
#line 1560 "chapters/formats.w"

static void write_network(FILE*f,const lstm_net*net,const char*text);
static void write_row(FILE*f,const double*v,const char*text,
size_t count);
static int written(FILE*f,lstm_error*err);

/*:918*//*922:*/
#line 1677 "chapters/formats.w"

static int read_alphabet(lstm_reader*rd,lstm_net*shape);
static int fit_alphabet(lstm_reader*rd,const lstm_net*shape,
lstm_net*net);
static void write_alphabet(FILE*f,const lstm_net*net);

/*:922*//*928:*/
#line 111 "chapters/readpar.w"

typedef struct seq_piece{
lstm_data data;
int ok;
}seq_piece;
typedef struct read_job{
const char*name;
const unsigned char*bytes;
size_t len;
size_t first;
size_t range;
size_t m,k;
lstm_power5 five[FIVE_MAX-FIVE_MIN+1];
seq_piece*piece;
size_t pieces;
const char*model;
lstm_net*net;
int model_status;
lstm_error model_err;
}read_job;
static int next_start(const read_job*r,size_t x,size_t*at);
static int hold_file(FILE*f,unsigned char**bytes,size_t*len);
static int seekable(FILE*f,size_t*len);
static int read_header(read_job*r,FILE*f,int threads);
static void read_item(void*ctx,size_t i);
static int piece_ended(const lstm_reader*rd);
static int join_pieces(read_job*r,lstm_data*data);

/*:928*//*938:*/
#line 454 "chapters/readpar.w"

typedef struct work_queue{
size_t items,next;
void(*item)(void*ctx,size_t i);
void*ctx;
lstm_mutex mutex;
lstm_cond cond;
}work_queue;
static void queue_run(int threads,size_t items,
void(*item)(void*ctx,size_t i),void*ctx);

/*:938*//*942:*/
#line 541 "chapters/readpar.w"

typedef struct print_job{
const double*v;
size_t count;
char*text;
}print_job;
static void print_item(void*ctx,size_t i);

/*:942*//*1035:*/
#line 245 "chapters/text.w"

static double next_byte_loss(const lstm_net*net,const double*out,
double*z,int b);

/*:1035*//*1039:*/
#line 315 "chapters/text.w"

typedef struct text_run{
lstm_net*net;
const lstm_method*meth;
long param;
lstm_optimizer opt;
lstm_net grad;
int index[256];
size_t K;
int online;
lstm_rtrl r;
lstm_trace tr;
lstm_seq win;
double*buf;
double*carry;
}text_run;
static int text_run_init(text_run*run,const lstm_text_config*cfg,
lstm_net*net,lstm_error*err);
static void text_run_free(text_run*run);
static void text_run_restart(text_run*run);
static int text_chunk(text_run*run,const unsigned char*s,size_t L,
double*loss,lstm_error*err);
static int text_chunk_grad(text_run*run,const unsigned char*s,size_t L,
lstm_net*g,double*loss,lstm_error*err);

/*:1039*/
#line 307 "chapters/intro.w"

/*13:*/
#line 352 "chapters/intro.w"

static int fail_v(lstm_error*err,int status,const char*fmt,va_list ap)
{
if(err)vsnprintf(err->msg,sizeof err->msg,fmt,ap);
return status;
}

int lstm_fail(lstm_error*err,int status,const char*fmt,...)
{
va_list ap;
va_start(ap,fmt);
fail_v(err,status,fmt,ap);
va_end(ap);
return status;
}

int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...)
{
va_list ap;
if(err){
error_file(err,file);
err->line= line;
}
va_start(ap,fmt);
fail_v(err,status,fmt,ap);
va_end(ap);
return status;
}

/*:13*//*15:*/
#line 385 "chapters/intro.w"

static void error_file(lstm_error*err,const char*file)
{
size_t size= sizeof err->file;
if(snprintf(err->file,size,"%s",file?file:"")>=(int)size)
memcpy(err->file+size-4,"...",4);
}

/*:15*//*17:*/
#line 398 "chapters/intro.w"

void lstm_error_clear(lstm_error*err)
{
if(err){
err->file[0]= '\0';
err->line= 0;
err->msg[0]= '\0';
}
}

/*:17*//*19:*/
#line 418 "chapters/intro.w"

static int mul_size(size_t a,size_t b,size_t*r)
{
if(a!=0&&b> SIZE_MAX/a)return 0;
*r= a*b;
return 1;
}

static int add_size(size_t a,size_t b,size_t*r)
{
if(b> SIZE_MAX-a)return 0;
*r= a+b;
return 1;
}

/*:19*//*21:*/
#line 440 "chapters/intro.w"

static double*alloc_doubles(size_t count)
{
size_t bytes;
if(count==0)count= 1;
if(!mul_size(count,sizeof(double),&bytes))return NULL;
return calloc(count,sizeof(double));
}

/*:21*//*37:*/
#line 170 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err)
{
return lstm_net_init_arch(net,m,n,k,output,NULL,err);
}

int lstm_net_init_arch(lstm_net*net,size_t m,size_t n,size_t k,
int output,const lstm_arch*arch,lstm_error*err)
{
size_t P= 0,rows= 4*n;
int status;
memset(net,0,sizeof*net);
if(output==LSTM_OUT_NONE)k= n;
if((status= lstm_net_size_arch(m,n,k,output,arch,&P,err))
!=LSTM_OK)
return status;
net->theta= alloc_doubles(P);
if(!net->theta)return lstm_fail(err,LSTM_ENOMEM,
"out of memory for %zu parameters",P);

net->m= m;net->n= n;net->k= k;net->output= output;net->P= P;
net->W= net->theta;
net->U= net->W+rows*m;
net->b= net->U+rows*n;
if(output!=LSTM_OUT_NONE){
net->V= net->b+rows;
net->c= net->V+k*n;
}
if(arch){
net->arch= *arch;
if(arch->shortcut)net->S= net->c+k;
}
return LSTM_OK;
}

/*:37*//*38:*/
#line 210 "chapters/forward.w"

int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err)
{
return lstm_net_size_arch(m,n,k,output,NULL,P,err);
}

int lstm_net_size_arch(size_t m,size_t n,size_t k,int output,
const lstm_arch*arch,size_t*P,lstm_error*err)
{
size_t cols,a,rows,extra= 0,cut= 0;
if(output==LSTM_OUT_NONE)k= n;
if(m<1||m> LSTM_MAX_DIM||n<1||n> LSTM_MAX_DIM||
k<1||k> LSTM_MAX_DIM)
return lstm_fail(err,LSTM_EDATA,
"sizes must lie between 1 and %d",LSTM_MAX_DIM);

if(output!=LSTM_OUT_NONE&&output!=LSTM_OUT_L2&&
output!=LSTM_OUT_SOFTMAX&&output!=LSTM_OUT_LOGISTIC)
return lstm_fail(err,LSTM_EUSAGE,"unknown output layer kind %d",
output);

/*728:*/
#line 116 "chapters/net1997.w"

if(arch&&arch->shortcut&&output==LSTM_OUT_NONE)
return lstm_fail(err,LSTM_EUSAGE,
"shortcut weights need an output layer");

if(arch&&arch->pending> n)
return lstm_fail(err,LSTM_EUSAGE,
"%zu cells are to be added, but the network has only %zu",
arch->pending,n);


/*:728*/
#line 232 "chapters/forward.w"
;
rows= 4*n;
if(!add_size(m,n,&cols)||!add_size(cols,1,&cols)||
!mul_size(rows,cols,P)||
(output!=LSTM_OUT_NONE&&
(!add_size(n,1,&a)||!mul_size(k,a,&extra)))||
!add_size(*P,extra,P)||
(arch&&arch->shortcut&&(!mul_size(k,m,&cut)||
!add_size(*P,cut,P)))||*P> LSTM_MAX_PARAMS)
return lstm_fail(err,LSTM_EDATA,
"the network would have more than %zu parameters",
(size_t)LSTM_MAX_PARAMS);

return LSTM_OK;
}

/*:38*//*39:*/
#line 248 "chapters/forward.w"

void lstm_net_free(lstm_net*net)
{
if(!net)return;
free(net->theta);
memset(net,0,sizeof*net);
}

/*:39*//*41:*/
#line 264 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err)
{
int status= lstm_net_init_arch(like,net->m,net->n,net->k,net->output,
&net->arch,err);
like->no_forget= net->no_forget;
return status;
}

int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err)
{
int status= lstm_net_like(copy,net,err);
if(status==LSTM_OK)
memcpy(copy->theta,net->theta,net->P*sizeof(double));
return status;
}

/*:41*//*45:*/
#line 300 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS])
{
size_t count= 0,at= 0,r= 4*net->n;
const char*name[LSTM_MAX_BLOCKS]= {"W","U","b","V","c","S"};
size_t rows[LSTM_MAX_BLOCKS],cols[LSTM_MAX_BLOCKS];
rows[0]= r;cols[0]= net->m;
rows[1]= r;cols[1]= net->n;
rows[2]= 1;cols[2]= r;
rows[3]= net->k;cols[3]= net->n;
rows[4]= 1;cols[4]= net->k;
rows[5]= net->k;cols[5]= net->m;
for(count= 0;count<(net->output==LSTM_OUT_NONE?3u:
net->arch.shortcut?6u:5u);count++){
block[count].name= name[count];
block[count].rows= rows[count];
block[count].cols= cols[count];
block[count].offset= at;
at+= rows[count]*cols[count];
}
return count;
}

/*:45*//*47:*/
#line 347 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out)
{
/*48:*/
#line 362 "chapters/forward.w"

memcpy(g,net->b,4*net->n*sizeof*g);
add_input_part(net,x,g);

/*:48*/
#line 351 "chapters/forward.w"
;
step_from_input(net,out_prev,state_prev,g,state,out);
}

/*:47*//*50:*/
#line 389 "chapters/forward.w"

int lstm_local(const double*x,size_t m,size_t*at)
{
size_t l= 0;
while(l<m&&x[l]==0)l++;
*at= l;
for(size_t q= l+1;q<m;q++)
if(x[q]!=0)return 0;
return 1;
}

static void add_input_part(const lstm_net*net,const double*x,double*g)
{
const size_t rows= 4*net->n,m= net->m;
size_t at;
if(!lstm_local(x,m,&at)){
lstm_gemv(net->W,rows,m,x,g);
return;
}
for(size_t r= 0;r<rows;r++)
g[r]+= (at<m?net->W[r*m+at]*x[at]:0.0)+0.0;
}

/*:50*//*51:*/
#line 414 "chapters/forward.w"

int lstm_seq_local(const lstm_seq*seq)
{
size_t at;
for(size_t t= 0;t<seq->T;t++)
if(!lstm_local(seq->x+t*seq->m,seq->m,&at))return 0;
return 1;
}

/*:51*//*53:*/
#line 431 "chapters/forward.w"

static void step_from_input(const lstm_net*net,const double*out_prev,
const double*state_prev,double*g,double*state,double*out)
{
const size_t n= net->n;
double*a= g,*i= g+n,*f= g+2*n,*o= g+3*n;
size_t j;
/*54:*/
#line 445 "chapters/forward.w"

lstm_gemv(net->U,4*n,n,out_prev,g);

/*:54*/
#line 438 "chapters/forward.w"
;
/*55:*/
#line 454 "chapters/forward.w"

for(j= 0;j<n;j++){
a[j]= net->arch.g_logistic?sigmoid(a[j]):tanh(a[j]);
i[j]= sigmoid(i[j]);
f[j]= net->no_forget?1:sigmoid(f[j]);
o[j]= net->arch.no_outgate?1:sigmoid(o[j]);
}

/*:55*/
#line 439 "chapters/forward.w"
;
/*59:*/
#line 489 "chapters/forward.w"

for(j= 0;j<n;j++){
state[j]= a[j]*i[j]+f[j]*state_prev[j];
out[j]= cell_h(net,state[j])*o[j];
}

/*:59*/
#line 440 "chapters/forward.w"
;
}

/*:53*//*57:*/
#line 466 "chapters/forward.w"

static double sigmoid(double x)
{
return 1.0/(1.0+exp(-x));
}

/*:57*//*58:*/
#line 475 "chapters/forward.w"

static double cell_h(const lstm_net*net,double state)
{
return net->arch.h_identity?state:tanh(state);
}

/*:58*//*62:*/
#line 545 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k)
{
memset(data,0,sizeof*data);
data->m= m;data->k= k;
}

int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err)
{
lstm_seq*s;
size_t xs,ys;
if(T<1)return lstm_fail(err,LSTM_EDATA,
"a sequence must have at least one step");

if(!mul_size(T,data->m,&xs)||!mul_size(T,data->k,&ys)||
xs> LSTM_MAX_PARAMS||ys> LSTM_MAX_PARAMS)
return lstm_fail(err,LSTM_EDATA,
"a sequence may hold at most %zu numbers",(size_t)LSTM_MAX_PARAMS);

/*66:*/
#line 632 "chapters/forward.w"

if(data->count==data->cap){
size_t cap= data->cap?2*data->cap:4;
lstm_seq*more;
if(cap> SIZE_MAX/sizeof*more||
!(more= realloc(data->seq,cap*sizeof*more)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a sequence");
data->seq= more;
data->cap= cap;
}

/*:66*/
#line 565 "chapters/forward.w"
;
s= &data->seq[data->count];
memset(s,0,sizeof*s);
s->T= T;s->m= data->m;s->k= data->k;
s->x= alloc_doubles(xs);
s->yrow= calloc(T,sizeof*s->yrow);
if(!s->x||!s->yrow){
free(s->x);free(s->yrow);
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a sequence");
}
data->count++;
if(seq)*seq= s;
return LSTM_OK;
}

/*:62*//*63:*/
#line 582 "chapters/forward.w"

const double*lstm_target(const lstm_seq*seq,size_t t)
{
return seq->yrow[t]?seq->y+(seq->yrow[t]-1)*seq->k:NULL;
}

/*:63*//*64:*/
#line 596 "chapters/forward.w"

double*lstm_target_set(lstm_seq*seq,size_t t,lstm_error*err)
{
if(!seq->yrow[t]){
if(seq->rows==seq->cap){
size_t cap= seq->cap?2*seq->cap:1;
double*more;
if(cap> seq->T)cap= seq->T;
if(!(more= realloc(seq->y,cap*seq->k*sizeof*more))){
lstm_fail(err,LSTM_ENOMEM,"out of memory for a sequence");
return NULL;
}
seq->y= more;
seq->cap= cap;
}
memset(seq->y+seq->rows*seq->k,0,seq->k*sizeof*seq->y);
seq->yrow[t]= ++seq->rows;
}
return seq->y+(seq->yrow[t]-1)*seq->k;
}

/*:64*//*65:*/
#line 621 "chapters/forward.w"

size_t lstm_data_targets(const lstm_data*data)
{
size_t count= 0;
for(size_t s= 0;s<data->count;s++)count+= data->seq[s].rows;
return count;
}

/*:65*//*67:*/
#line 643 "chapters/forward.w"

void lstm_data_free(lstm_data*data)
{
if(!data)return;
for(size_t s= 0;s<data->count;s++){
free(data->seq[s].x);
free(data->seq[s].y);
free(data->seq[s].yrow);
}
free(data->seq);
memset(data,0,sizeof*data);
}

/*:67*//*70:*/
#line 704 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err)
{
size_t n= net->n,count;
memset(tr,0,sizeof*tr);
tr->T= T;tr->n= n;tr->k= net->k;
tr->has_pred= net->output!=LSTM_OUT_NONE;
tr->pred= 6*n;
tr->dg= tr->pred+(tr->has_pred?net->k:0);
tr->dout= tr->dg+4*n;
tr->dstate= tr->dout+n;
tr->stride= tr->dstate+n;
if(!mul_size(T,tr->stride,&count)||count> SIZE_MAX/sizeof(double))
return lstm_fail(err,LSTM_ENOMEM,"a trace of %zu steps is too large",
T);

tr->v= alloc_doubles(count);
tr->zero= alloc_doubles(3*n+net->k);
if(!tr->v||!tr->zero){
lstm_trace_free(tr);
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a trace of %zu steps",
T);
}
tr->state0= tr->out0= tr->zero;
tr->Dout= tr->zero+n;
tr->carry= tr->Dout+n;
tr->e= tr->carry+n;
tr->bytes= (count+3*n+net->k)*sizeof(double);
return LSTM_OK;
}

void lstm_trace_free(lstm_trace*tr)
{
if(!tr)return;
free(tr->v);
free(tr->zero);
memset(tr,0,sizeof*tr);
}

/*:70*//*72:*/
#line 754 "chapters/forward.w"

void lstm_trace_start(lstm_trace*tr,const double*state0,
const double*out0)
{
tr->state0= state0?state0:tr->zero;
tr->out0= out0?out0:tr->zero;
}

/*:72*//*74:*/
#line 779 "chapters/forward.w"

double*lstm_gates(const lstm_trace*tr,size_t t)
{return tr->v+t*tr->stride;}
double*lstm_state(const lstm_trace*tr,size_t t)
{return tr->v+t*tr->stride+4*tr->n;}
double*lstm_out(const lstm_trace*tr,size_t t)
{return tr->v+t*tr->stride+5*tr->n;}
double*lstm_pred(const lstm_trace*tr,size_t t)
{return tr->has_pred?tr->v+t*tr->stride+tr->pred:lstm_out(tr,t);}
double*lstm_dgates(const lstm_trace*tr,size_t t)
{return tr->v+t*tr->stride+tr->dg;}
double*lstm_dout(const lstm_trace*tr,size_t t)
{return tr->v+t*tr->stride+tr->dout;}
double*lstm_dstate(const lstm_trace*tr,size_t t)
{return tr->v+t*tr->stride+tr->dstate;}
const double*lstm_state_prev(const lstm_trace*tr,size_t t)
{return t==0?tr->state0:lstm_state(tr,t-1);}
const double*lstm_out_prev(const lstm_trace*tr,size_t t)
{return t==0?tr->out0:lstm_out(tr,t-1);}

/*:74*//*76:*/
#line 826 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred)
{
return lstm_output_forward_x(net,out,NULL,y,pred);
}

double lstm_output_forward_x(const lstm_net*net,const double*out,
const double*x,const double*y,double*pred)
{
const size_t n= net->n,k= net->k;
double loss= 0;
if(net->output==LSTM_OUT_NONE){
if(y)for(size_t j= 0;j<n;j++)
loss+= 0.5*(out[j]-y[j])*(out[j]-y[j]);
return loss;
}
for(size_t r= 0;r<k;r++){
double sum= net->c[r];
for(size_t l= 0;l<n;l++)sum+= net->V[r*n+l]*out[l];
pred[r]= sum;
}
if(net->S)/*80:*/
#line 952 "chapters/forward.w"

{
size_t at;
if(!lstm_local(x,net->m,&at))lstm_gemv(net->S,k,net->m,x,pred);
else for(size_t r= 0;r<k;r++)
pred[r]+= (at<net->m?net->S[r*net->m+at]*x[at]:0.0)+0.0;
}

/*:80*/
#line 848 "chapters/forward.w"
;
if(net->output==LSTM_OUT_LOGISTIC)
for(size_t r= 0;r<k;r++)pred[r]= sigmoid(pred[r]);
if(net->output==LSTM_OUT_L2||net->output==LSTM_OUT_LOGISTIC){
if(y)for(size_t r= 0;r<k;r++)
loss+= 0.5*(pred[r]-y[r])*(pred[r]-y[r]);
}else/*77:*/
#line 866 "chapters/forward.w"

{
double top= pred[0],sum= 0,logsum;
for(size_t r= 1;r<k;r++)if(pred[r]> top)top= pred[r];
for(size_t r= 0;r<k;r++)sum+= exp(pred[r]-top);
logsum= log(sum);
for(size_t r= 0;r<k;r++){
double logp= pred[r]-top-logsum;
if(y&&y[r]!=0)loss-= y[r]*logp;
pred[r]= exp(logp);
}
}

/*:77*/
#line 855 "chapters/forward.w"
;
return loss;
}

/*:76*//*79:*/
#line 900 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e)
{
lstm_output_backward_x(net,out,NULL,pred,y,dout,grad,e);
}

void lstm_output_backward_x(const lstm_net*net,const double*out,
const double*x,const double*pred,const double*y,double*dout,
lstm_net*grad,double*e)
{
const size_t n= net->n,k= net->k;
if(net->output==LSTM_OUT_NONE){
for(size_t j= 0;j<n;j++)dout[j]+= out[j]-y[j];
return;
}
if(net->output==LSTM_OUT_L2)
for(size_t r= 0;r<k;r++)e[r]= pred[r]-y[r];
else if(net->output==LSTM_OUT_LOGISTIC)
for(size_t r= 0;r<k;r++)
e[r]= (pred[r]-y[r])*pred[r]*(1-pred[r]);
else{
double total= 0;
for(size_t r= 0;r<k;r++)total+= y[r];
for(size_t r= 0;r<k;r++)e[r]= pred[r]*total-y[r];
}
for(size_t r= 0;r<k;r++){
const double*v= net->V+r*n;
for(size_t l= 0;l<n;l++)dout[l]+= v[l]*e[r];
if(grad){
for(size_t l= 0;l<n;l++)grad->V[r*n+l]+= e[r]*out[l];
grad->c[r]+= e[r];
}
}
if(grad&&net->S)/*81:*/
#line 960 "chapters/forward.w"

{
const size_t m= net->m;
size_t at;
if(!lstm_local(x,m,&at))
for(size_t r= 0;r<k;r++)
for(size_t l= 0;l<m;l++)grad->S[r*m+l]+= e[r]*x[l];
else if(at<m)
for(size_t r= 0;r<k;r++)grad->S[r*m+at]+= e[r]*x[at];
}

/*:81*/
#line 936 "chapters/forward.w"
;
}

/*:79*//*83:*/
#line 993 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr)
{
double loss= 0;
/*84:*/
#line 1014 "chapters/forward.w"

for(size_t t= 0;t<seq->T;t++)
memcpy(lstm_gates(tr,t),net->b,4*net->n*sizeof(double));
if(lstm_seq_local(seq))
for(size_t t= 0;t<seq->T;t++)
add_input_part(net,seq->x+t*seq->m,lstm_gates(tr,t));
else lstm_gemm_nt(seq->T,4*net->n,net->m,seq->x,net->m,net->W,net->m,
lstm_gates(tr,0),tr->stride);

/*:84*/
#line 998 "chapters/forward.w"
;
for(size_t t= 0;t<seq->T;t++){
step_from_input(net,lstm_out_prev(tr,t),lstm_state_prev(tr,t),
lstm_gates(tr,t),lstm_state(tr,t),lstm_out(tr,t));
if(lstm_target(seq,t))
loss+= lstm_output_forward_x(net,lstm_out(tr,t),seq->x+t*seq->m,
lstm_target(seq,t),lstm_pred(tr,t));
}
return loss;
}

/*:83*//*86:*/
#line 1034 "chapters/forward.w"

int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err)
{
if(data->m!=net->m)
return lstm_fail(err,LSTM_EDATA,
"the sequences have %zu inputs but the model has %zu",
data->m,net->m);

if(data->k!=net->k)
return lstm_fail(err,LSTM_EDATA,
"the sequences have %zu targets but the model predicts %zu",
data->k,net->k);

return LSTM_OK;
}

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err)
{
lstm_trace tr;
size_t longest= 1;
int status= lstm_data_fits(net,data,err);
if(status!=LSTM_OK)return status;
for(size_t s= 0;s<data->count;s++)
if(data->seq[s].T> longest)longest= data->seq[s].T;
if((status= lstm_trace_alloc(&tr,net,longest,err))!=LSTM_OK)
return status;
*loss= 0;
for(size_t s= 0;s<data->count;s++)
*loss+= lstm_forward(net,&data->seq[s],&tr);
lstm_trace_free(&tr);
return lstm_finite_loss(*loss,err);
}

/*:86*//*88:*/
#line 1093 "chapters/forward.w"

int lstm_finite_loss(double loss,lstm_error*err)
{
if(isfinite(loss))return LSTM_OK;
return lstm_fail(err,LSTM_EDATA,"the loss is %g, not a finite number: "
"the numbers of the files are too large for double precision",loss);

}

int lstm_finite_net(const lstm_net*net,const char*what,lstm_error*err)
{
lstm_block block[LSTM_MAX_BLOCKS];
size_t count= lstm_blocks(net,block);
for(size_t q= 0;q<count;q++)
for(size_t e= 0;e<block[q].rows*block[q].cols;e++){
double v= net->theta[block[q].offset+e];
if(isfinite(v))continue;
return lstm_fail(err,LSTM_EDATA,"%s is not finite: %s[%zu][%zu] "
"is %g",what,block[q].name,e/block[q].cols,e%block[q].cols,v);

}
return LSTM_OK;
}

/*:88*//*100:*/
#line 293 "chapters/chainrule.w"

/*101:*/
#line 311 "chapters/chainrule.w"

static void local_state(const lstm_net*net,const double*g,size_t j,
double state_prev,double scale,double c[3])
{
const size_t n= net->n;
const double a= g[j],i= g[n+j],f= g[2*n+j];
c[0]= scale*i*(net->arch.g_logistic?a*(1-a):1-a*a);
c[1]= scale*a*i*(1-i);
c[2]= scale*state_prev*f*(1-f);
}

static void local_out(const lstm_net*net,const double*g,size_t j,
double state,double scale,double c[2])
{
const double o= g[3*net->n+j],th= cell_h(net,state);
c[0]= scale*o*(net->arch.h_identity?1:1-th*th);
c[1]= scale*th*o*(1-o);
}

static void cell_factors(const lstm_net*net,const double*g,size_t j,
double state_prev,double state,double c[5])
{
local_state(net,g,j,state_prev,1,c);
local_out(net,g,j,state,1,c+3);
}

/*:101*/
#line 294 "chapters/chainrule.w"


/*:100*//*114:*/
#line 86 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad)
{
lstm_backward_opts(net,seq,tr,grad,NULL);
}

void lstm_backward_opts(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad,const lstm_bptt_opts*opts)
{
const size_t n= net->n;
const size_t window= opts?opts->window:0;
const int cut= opts?opts->cut:0;
double*Dout= tr->Dout,*carry= tr->carry;
memset(Dout,0,n*sizeof*Dout);
memset(carry,0,n*sizeof*carry);
for(size_t t= seq->T;t--> 0;){
const double*g= lstm_gates(tr,t),*state= lstm_state(tr,t);
const double*f= g+2*n;
double*dg= lstm_dgates(tr,t),*dout= lstm_dout(tr,t),
*dstate= lstm_dstate(tr,t);
/*115:*/
#line 122 "chapters/bptt.w"

memcpy(dout,Dout,n*sizeof*dout);
if(lstm_target(seq,t))
lstm_output_backward_x(net,lstm_out(tr,t),seq->x+t*seq->m,
lstm_pred(tr,t),lstm_target(seq,t),dout,grad,tr->e);

/*:115*/
#line 107 "chapters/bptt.w"
;
/*116:*/
#line 146 "chapters/bptt.w"

{
const double*state_prev= lstm_state_prev(tr,t);
for(size_t j= 0;j<n;j++){
double after[2],before[3];
local_out(net,g,j,state[j],dout[j],after);
dstate[j]= after[0]+carry[j];
dg[3*n+j]= after[1];
local_state(net,g,j,state_prev[j],dstate[j],before);
dg[j]= before[0];
dg[n+j]= before[1];
dg[2*n+j]= before[2];
}
}

/*:116*/
#line 108 "chapters/bptt.w"
;
/*117:*/
#line 168 "chapters/bptt.w"

{
const int boundary= window> 0&&t%window==0;
if(cut||boundary)memset(Dout,0,n*sizeof*Dout);
else lstm_mat_tvec(net->U,4*n,n,dg,Dout);
for(size_t j= 0;j<n;j++)carry[j]= boundary?0:dstate[j]*f[j];
}

/*:117*/
#line 110 "chapters/bptt.w"
;
}
/*120:*/
#line 236 "chapters/bptt.w"

{
const size_t T= seq->T,m= net->m;
const double*dg0= lstm_dgates(tr,0);
if(lstm_seq_local(seq))
for(size_t t= 0;t<T;t++){
const double*x= seq->x+t*m,*dg= lstm_dgates(tr,t);
size_t at;
lstm_local(x,m,&at);
if(at<m)
for(size_t r= 0;r<4*n;r++)grad->W[r*m+at]+= dg[r]*x[at];
}
else lstm_gemm_tn(4*n,m,T,dg0,tr->stride,seq->x,m,grad->W,m);
if(T> 1)
lstm_gemm_tn(4*n,n,T-1,lstm_dgates(tr,1),tr->stride,
lstm_out(tr,0),tr->stride,grad->U,n);
lstm_gemm_tn(4*n,n,1,dg0,tr->stride,tr->out0,n,grad->U,n);
for(size_t t= 0;t<T;t++){
const double*dg= lstm_dgates(tr,t);
for(size_t r= 0;r<4*n;r++)grad->b[r]+= dg[r];
}
}

/*:120*/
#line 113 "chapters/bptt.w"
;
lstm_net_mask(net,grad->theta);
}

/*:114*//*124:*/
#line 321 "chapters/bptt.w"

static int trace_grad(const lstm_net*net,const lstm_seq*seq,
const lstm_bptt_opts*opts,lstm_net*grad,double*loss,lstm_stats*st,
lstm_error*err)
{
lstm_trace tr;
int status= lstm_trace_alloc(&tr,net,seq->T,err);
if(status!=LSTM_OK)return status;
*loss= lstm_forward(net,seq,&tr);
lstm_backward_opts(net,seq,&tr,grad,opts);
if(st&&tr.bytes> st->work_bytes)st->work_bytes= tr.bytes;
lstm_trace_free(&tr);
return LSTM_OK;
}

static int bptt_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
(void)param;
return trace_grad(net,seq,NULL,grad,loss,st,err);
}

/*:124*//*125:*/
#line 346 "chapters/bptt.w"

static const lstm_method method_table[]= {
/*126:*/
#line 351 "chapters/bptt.w"

{"bptt",1,0,bptt_grad,
"backpropagation through time: the exact gradient",LSTM_PER_SEQUENCE,0,0},

/*:126*//*197:*/
#line 179 "chapters/tbptt.w"

{"tbptt",0,1,tbptt_grad,
"truncated BPTT over windows of K steps (tbptt:K)",LSTM_PER_CHUNK,0,0},

/*:197*//*222:*/
#line 474 "chapters/rtrl.w"

{"rtrl",1,0,rtrl_grad,
"real-time recurrent learning: the exact gradient, online",
LSTM_PER_STEP,LSTM_RTRL_EXACT,0},

/*:222*//*237:*/
#line 201 "chapters/irtrl.w"

{"irtrl",0,0,irtrl_grad,
"the LSTM's internal, truncated RTRL (Hochreiter-Schmidhuber)",
LSTM_PER_STEP,LSTM_RTRL_INTERNAL,0},

/*:237*//*257:*/
#line 225 "chapters/snap1.w"

{"snap1",0,0,snap1_grad,
"SnAp-1 (Menick et al.): RTRL keeping what one step creates, online",
LSTM_PER_STEP,LSTM_RTRL_SNAP1,0},

/*:257*//*282:*/
#line 354 "chapters/uoro.w"

{"uoro",0,0,uoro_grad,
"UORO (Tallec-Ollivier): unbiased rank-one estimate of RTRL, online",
LSTM_PER_STEP,LSTM_RTRL_UORO,1},

/*:282*//*306:*/
#line 447 "chapters/hybrid.w"

{"hybrid",1,2,hybrid_grad,
"Schmidhuber's hybrid: RTRL's exact gradient in blocks of H steps, online",
LSTM_PER_STEP,LSTM_RTRL_HYBRID,0},

/*:306*//*322:*/
#line 180 "chapters/eprop.w"

{"eprop",0,0,eprop_grad,
"e-prop (Bellec et al.), symmetric: the internal RTRL again, online",
LSTM_PER_STEP,LSTM_RTRL_EPROP,0},
{"eprop:random",0,0,eprop_random_grad,
"e-prop with a fixed random feedback matrix (seeded), online",
LSTM_PER_STEP,LSTM_RTRL_EPROP_RANDOM,1},

/*:322*/
#line 348 "chapters/bptt.w"

};

/*:125*//*128:*/
#line 370 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r)
{
return r<sizeof method_table/sizeof method_table[0]?
&method_table[r]:NULL;
}

const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err)
{
const char*colon= strchr(spec,':');
size_t len= colon?(size_t)(colon-spec):strlen(spec);
const lstm_method*meth;
for(size_t r= 0;(meth= lstm_method_at(r))!=NULL;r++)
if(strcmp(meth->name,spec)==0&&!meth->takes_param){
*param= 0;
return meth;
}
for(size_t r= 0;(meth= lstm_method_at(r))!=NULL;r++)
if(strlen(meth->name)==len&&strncmp(meth->name,spec,len)==0)
break;
if(!meth){
lstm_fail(err,LSTM_EUSAGE,"unknown method '%s'",spec);

return NULL;
}
/*129:*/
#line 400 "chapters/bptt.w"

*param= 0;
if(meth->takes_param==2&&!colon)return meth;
if(meth->takes_param){
const size_t most= meth->takes_param==2?LSTM_MAX_BLOCK:
LSTM_MAX_PARAMS;
char*end;
long v;
if(!colon||colon[1]<'0'||colon[1]> '9'||
(v= strtol(colon+1,&end,10),*end!='\0')||v<1||
(size_t)v> most){
if(meth->takes_param==2)
lstm_fail(err,LSTM_EUSAGE,"method %s takes as its block length "
"a whole number from 1 to %zu after the colon, as in %s:16, "
"or none",meth->name,most,meth->name);

else lstm_fail(err,LSTM_EUSAGE,
"method %s needs a positive whole number, as in %s:10",
meth->name,meth->name);

return NULL;
}
*param= v;
}else if(colon){
/*130:*/
#line 432 "chapters/bptt.w"

{
char list[LSTM_NAME_MAX]= "";
size_t used= 0;
const lstm_method*other;
for(size_t r= 0;(other= lstm_method_at(r))!=NULL;r++)
if(strncmp(other->name,spec,len)==0&&other->name[len]==':'&&
used+strlen(other->name)+3<sizeof list)
used+= (size_t)snprintf(list+used,sizeof list-used,", %s",
other->name);
if(used> 0)
lstm_fail(err,LSTM_EUSAGE,"method %s has no variant '%s'; "
"the variants are %s%s",meth->name,colon+1,meth->name,list);

else lstm_fail(err,LSTM_EUSAGE,"method %s takes no parameter",
meth->name);

}

/*:130*/
#line 424 "chapters/bptt.w"
;
return NULL;
}

/*:129*/
#line 396 "chapters/bptt.w"
;
return meth;
}

/*:128*//*132:*/
#line 465 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err)
{
return lstm_gradient_threads(net,data,meth,param,1,grad,loss,st,
err);
}

/*:132*//*139:*/
#line 72 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err)
{
lstm_net probe;
int status;
if(!(h> 0)||!isfinite(h))
return lstm_fail(err,LSTM_EUSAGE,"the step must be positive");

if((status= lstm_net_copy(&probe,net,err))!=LSTM_OK)return status;
for(size_t k= 0;k<net->P&&status==LSTM_OK;k++)
status= fd_entry(&probe,data,k,h,&fd->theta[k],err);
lstm_net_free(&probe);
return status;
}

/*:139*//*141:*/
#line 94 "chapters/gradcheck.w"

static int fd_entry(lstm_net*probe,const lstm_data*data,size_t k,
double h,double*v,lstm_error*err)
{
double d_full= 0,d_half= 0;
int status= central_difference(probe,data,k,h,&d_full,err);
if(status==LSTM_OK)
status= central_difference(probe,data,k,h/2,&d_half,err);
*v= (4*d_half-d_full)/3;
return status;
}

/*:141*//*143:*/
#line 113 "chapters/gradcheck.w"

static int central_difference(lstm_net*probe,const lstm_data*data,
size_t k,double h,double*d,lstm_error*err)
{
double keep= probe->theta[k],up,down,lup= 0,ldown= 0;
int status;
probe->theta[k]= keep+h;
up= probe->theta[k]-keep;
status= lstm_loss(probe,data,&lup,err);
probe->theta[k]= keep-h;
down= keep-probe->theta[k];
if(status==LSTM_OK)status= lstm_loss(probe,data,&ldown,err);
probe->theta[k]= keep;
if(status!=LSTM_OK)return status;
/*144:*/
#line 138 "chapters/gradcheck.w"

if(!(up+down> 0))
return lstm_fail(err,LSTM_EUSAGE,
"the step %g is lost in rounding: parameter %zu is %.17g",h,k,keep);

*d= (lup-ldown)/(up+down);
if(!isfinite(*d))
return lstm_fail(err,LSTM_EDATA,"the central difference of parameter "
"%zu is %g, too large for double precision",k,*d);


/*:144*/
#line 127 "chapters/gradcheck.w"
;
return LSTM_OK;
}

/*:143*//*148:*/
#line 194 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res)
{
lstm_block block[LSTM_MAX_BLOCKS];
memset(res,0,sizeof*res);
res->blocks= lstm_blocks(g,block);
for(size_t q= 0;q<res->blocks;q++){
lstm_check_block*cb= &res->block[q];
size_t end= block[q].offset+block[q].rows*block[q].cols;
cb->name= block[q].name;
cb->worst= block[q].offset;
for(size_t k= block[q].offset;k<end;k++){
double d= fabs(g->theta[k]-ref->theta[k]);
double scale= fmax(fmax(fabs(g->theta[k]),fabs(ref->theta[k])),
LSTM_REL_FLOOR),rel= d/scale;
if(isnan(rel))d= rel= HUGE_VAL;
if(d> cb->max_abs)cb->max_abs= d;
if(rel> cb->max_rel){
cb->max_rel= rel;
cb->worst= k;
}
}
if(cb->max_abs> res->max_abs)res->max_abs= cb->max_abs;
if(cb->max_rel> res->max_rel)res->max_rel= cb->max_rel;
}
}

/*:148*//*150:*/
#line 233 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err)
{
return lstm_gradcheck_sample(net,data,meth,param,1,h,0,0,NULL,NULL,
res,err);
}

/*:150*//*152:*/
#line 268 "chapters/gradcheck.w"

int lstm_gradcheck_sample(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,int threads,double h,size_t count,
uint64_t seed,void(*progress)(size_t done,size_t total,void*ctx),
void*ctx,lstm_check*res,lstm_error*err)
{
lstm_net g,fd,probe;
size_t*pick;
lstm_rng rng;
double loss;
int status;
if(!meth->exact)
return lstm_fail(err,LSTM_EUSAGE,
"method %s does not compute the exact gradient",meth->name);

if(!(h> 0)||!isfinite(h))
return lstm_fail(err,LSTM_EUSAGE,"the step must be positive");
if(count==0||count> net->P)count= net->P;
if(!(pick= malloc(net->P*sizeof*pick)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for the check");
memset(&g,0,sizeof g);memset(&fd,0,sizeof fd);
memset(&probe,0,sizeof probe);
if((status= lstm_net_like(&g,net,err))==LSTM_OK&&
(status= lstm_gradient_threads(net,data,meth,param,threads,&g,
&loss,NULL,err))==LSTM_OK&&
(status= lstm_net_copy(&fd,&g,err))==LSTM_OK&&
(status= lstm_net_copy(&probe,net,err))==LSTM_OK){
/*153:*/
#line 311 "chapters/gradcheck.w"

lstm_rng_seed(&rng,seed);
for(size_t k= 0;k<net->P;k++)pick[k]= k;
for(size_t q= 0;q<count&&count<net->P;q++){
size_t r= q+(size_t)(lstm_rng_next(&rng)%(net->P-q)),keep= pick[q];
pick[q]= pick[r];
pick[r]= keep;
}

/*:153*/
#line 295 "chapters/gradcheck.w"
;
for(size_t q= 0;q<count&&status==LSTM_OK;q++){
status= fd_entry(&probe,data,pick[q],h,&fd.theta[pick[q]],err);
if(progress)progress(q+1,count,ctx);
}
if(status==LSTM_OK){
lstm_net_mask(net,fd.theta);
lstm_compare(&g,&fd,res);
res->checked= count;
}
}
lstm_net_free(&g);lstm_net_free(&fd);lstm_net_free(&probe);
free(pick);
return status;
}

/*:152*//*157:*/
#line 361 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed)
{
rng->s= seed;
}

uint64_t lstm_rng_next(lstm_rng*rng)
{
uint64_t z= (rng->s+= 0x9E3779B97F4A7C15ULL);
z= (z^(z>>30))*0xBF58476D1CE4E5B9ULL;
z= (z^(z>>27))*0x94D049BB133111EBULL;
return z^(z>>31);
}

double lstm_rng_uniform(lstm_rng*rng,double lo,double hi)
{
double u= (double)(lstm_rng_next(rng)>>11)/9007199254740992.0;
return lo+(hi-lo)*u;
}

/*:157*//*159:*/
#line 387 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r)
{
for(size_t k= 0;k<net->P;k++)
net->theta[k]= lstm_rng_uniform(rng,-r,r);
}

/*:159*//*164:*/
#line 43 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err)
{
lstm_seq*seq;
int status= lstm_net_init(net,2,1,1,LSTM_OUT_NONE,err);
if(status!=LSTM_OK)return status;
memcpy(net->W,example_W,sizeof example_W);
memcpy(net->U,example_U,sizeof example_U);
memcpy(net->b,example_b,sizeof example_b);
lstm_data_init(data,2,1);
if((status= lstm_data_add(data,2,&seq,err))!=LSTM_OK){
lstm_net_free(net);
return status;
}
memcpy(seq->x,example_x,sizeof example_x);
for(size_t t= 0;t<2;t++){
double*y= lstm_target_set(seq,t,err);
if(!y){
lstm_net_free(net);
lstm_data_free(data);
return LSTM_ENOMEM;
}
y[0]= example_y[t];
}
return LSTM_OK;
}

/*:164*//*166:*/
#line 80 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate)
{
for(size_t k= 0;k<net->P;k++)net->theta[k]-= rate*grad->theta[k];
}

/*:166*//*168:*/
#line 100 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err)
{
lstm_net net,grad;
lstm_data data;
lstm_trace tr;
double loss,dx[2][2],dprev[2];
int status= lstm_example(&net,&data,err);
if(status!=LSTM_OK)return status;
if((status= lstm_net_like(&grad,&net,err))!=LSTM_OK)goto free_net;
if((status= lstm_trace_alloc(&tr,&net,2,err))!=LSTM_OK)
goto free_grad;
loss= lstm_forward(&net,&data.seq[0],&tr);
lstm_backward(&net,&data.seq[0],&tr,&grad);
/*169:*/
#line 129 "chapters/example.w"

for(size_t t= 0;t<2;t++){
lstm_mat_tvec(net.W,4,2,lstm_dgates(&tr,t),dx[t]);
lstm_mat_tvec(net.U,4,1,lstm_dgates(&tr,t),&dprev[t]);
}

/*:169*/
#line 114 "chapters/example.w"
;
if(tex)/*178:*/
#line 262 "chapters/example.w"

{
static const char*name[6]= {"a_t","i_t","f_t","o_t","\\state_t",
"\\out_t"};
fprintf(f,"\\exampletable{forward}{$t=0$}{published}{$t=1$}{published}{\n");
for(size_t q= 0;q<6;q++){
fprintf(f,"$%s$",name[q]);
for(size_t t= 0;t<2;t++){
double v= q<4?lstm_gates(&tr,t)[q]:
q==4?lstm_state(&tr,t)[0]:lstm_out(&tr,t)[0];
int decimals= (t==1&&q==4)?4:5;
char pub[40];
snprintf(pub,sizeof pub,"%.*f",decimals,published[t][q]);
tex_value(f,v);
tex_split(f,pub,
rounds_to(v,published[t][q],decimals)?"":"^\\dagger");
}
fprintf(f,"\\cr\n");
}
fprintf(f,"}\n");
/*180:*/
#line 304 "chapters/example.w"

{
static const char*dname[7]= {"\\Delta_t","\\delta\\out_t",
"\\delta\\state_t","\\delta a_t","\\delta i_t","\\delta f_t",
"\\delta o_t"};
fprintf(f,"\\exampletable{backward}{$t=1$}{published}{$t=0$}{}{\n");
for(size_t q= 0;q<7;q++){
fprintf(f,"$%s$",dname[q]);
for(size_t t= 2;t--> 0;){
double v= q==0?lstm_out(&tr,t)[0]-lstm_target(&data.seq[0],t)[0]:
q==1?lstm_dout(&tr,t)[0]:q==2?lstm_dstate(&tr,t)[0]:
lstm_dgates(&tr,t)[q-3];
tex_value(f,v+0.0);
if(q==0&&t==1)tex_split(f,"-0.47803",
rounds_to(v,published_Delta1,5)?"":"^\\dagger");
else fprintf(f,"&&");
}
fprintf(f,"\\cr\n");
}
for(size_t l= 0;l<2;l++){
fprintf(f,"$(\\delta x_t)_%zu$",l+1);
tex_value(f,dx[1][l]);fprintf(f,"&&");
tex_value(f,dx[0][l]);fprintf(f,"&&\\cr\n");
}
fprintf(f,"$\\Dout_{t-1}$");
tex_value(f,dprev[1]);fprintf(f,"&&");
tex_value(f,dprev[0]);fprintf(f,"&&\\cr\n");
fprintf(f,"}\n");
}

/*:180*/
#line 282 "chapters/example.w"
;
/*181:*/
#line 337 "chapters/example.w"

{
static const char*gname[4]= {"a","i","f","o"};
fprintf(f,"\\exampletable{gradient}{$\\delta W$}{}{$\\delta U$}{$\\delta b$}{\n");
for(size_t q= 0;q<4;q++)
/*182:*/
#line 353 "chapters/example.w"

{
fprintf(f,"$%s$",gname[q]);
tex_value(f,grad.W[2*q]);tex_value(f,grad.W[2*q+1]);
tex_value(f,grad.U[q]);tex_value(f,grad.b[q]);
fprintf(f,"\\cr\n");
}

/*:182*/
#line 342 "chapters/example.w"
;
fprintf(f,"}\n\\exampleloss{%#.6g}\n",loss);
lstm_sgd(&net,&grad,0.1);
fprintf(f,"\\exampletable{sgd}{$W$}{}{$U$}{$b$}{\n");
for(size_t q= 0;q<4;q++)
/*183:*/
#line 361 "chapters/example.w"

{
fprintf(f,"$%s$",gname[q]);
tex_value(f,net.W[2*q]);tex_value(f,net.W[2*q+1]);
tex_value(f,net.U[q]);tex_value(f,net.b[q]);
fprintf(f,"\\cr\n");
}

/*:183*/
#line 347 "chapters/example.w"
;
fprintf(f,"}\n");
}

/*:181*/
#line 283 "chapters/example.w"
;
}

/*:178*/
#line 115 "chapters/example.w"

else/*170:*/
#line 141 "chapters/example.w"

{
static const char*gate[4]= {"a","i","f","o"};
for(size_t t= 0;t<2;t++){
for(size_t q= 0;q<4;q++)
fprintf(f,"forward t=%zu %s %.17g\n",t,gate[q],
lstm_gates(&tr,t)[q]);
fprintf(f,"forward t=%zu state %.17g\n",t,lstm_state(&tr,t)[0]);
fprintf(f,"forward t=%zu out %.17g\n",t,lstm_out(&tr,t)[0]);
}
for(size_t t= 2;t--> 0;){
double Delta= lstm_out(&tr,t)[0]-lstm_target(&data.seq[0],t)[0];
fprintf(f,"backward t=%zu Delta %.17g\n",t,Delta);
fprintf(f,"backward t=%zu dout %.17g\n",t,lstm_dout(&tr,t)[0]);
fprintf(f,"backward t=%zu dstate %.17g\n",t,lstm_dstate(&tr,t)[0]);
for(size_t q= 0;q<4;q++)
fprintf(f,"backward t=%zu d%s %.17g\n",t,gate[q],
lstm_dgates(&tr,t)[q]);
fprintf(f,"backward t=%zu dx %.17g %.17g\n",t,dx[t][0],dx[t][1]);
fprintf(f,"backward t=%zu Dout_prev %.17g\n",t,dprev[t]);
}
fprintf(f,"loss %.17g\n",loss);
print_blocks(f,"grad d","",&grad);
lstm_sgd(&net,&grad,0.1);
print_blocks(f,"sgd lambda=0.1 ","",&net);
}

/*:170*/
#line 116 "chapters/example.w"
;
lstm_trace_free(&tr);
free_grad:lstm_net_free(&grad);
free_net:lstm_net_free(&net);
lstm_data_free(&data);
return status;
}

/*:168*//*172:*/
#line 175 "chapters/example.w"

static void print_blocks(FILE*f,const char*prefix,const char*suffix,
const lstm_net*net)
{
lstm_block block[LSTM_MAX_BLOCKS];
size_t count= lstm_blocks(net,block);
for(size_t q= 0;q<count;q++){
const double*v= net->theta+block[q].offset;
fprintf(f,"%s%s%s",prefix,block[q].name,suffix);
for(size_t l= 0;l<block[q].rows*block[q].cols;l++)
fprintf(f," %.17g",v[l]);
fputc('\n',f);
}
}

/*:172*//*175:*/
#line 213 "chapters/example.w"

static int rounds_to(double v,double pub,int decimals)
{
double scale= pow(10.0,decimals);
return round(v*scale)==round(pub*scale);
}

/*:175*//*177:*/
#line 237 "chapters/example.w"

static void tex_split(FILE*f,const char*s,const char*mark)
{
const char*point= strchr(s,'.'),*e= strchr(s,'e');
int whole= point?(int)(point-s):e?(int)(e-s):(int)strlen(s);
const char*rest= s+whole;
int frac= e?(int)(e-rest):(int)strlen(rest);
fprintf(f,"&$%.*s$&$%.*s",whole,s,frac,rest);
if(e)fprintf(f,"\times10^{%d}",atoi(e+1));
fprintf(f,"%s$",mark);
}

static void tex_value(FILE*f,double v)
{
char s[40];
if(v==0)strcpy(s,"0");
else snprintf(s,sizeof s,"%#.6g",v);
tex_split(f,s,"");
}

/*:177*//*196:*/
#line 161 "chapters/tbptt.w"

static int tbptt_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
lstm_bptt_opts opts;
if(param<1)
return lstm_fail(err,LSTM_EUSAGE,
"method tbptt needs a window of at least one step");

opts.window= (size_t)param;
opts.cut= 0;
return trace_grad(net,seq,&opts,grad,loss,st,err);
}

/*:196*//*210:*/
#line 189 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err)
{
return lstm_rtrl_init_param(r,net,kind,0,err);
}

int lstm_rtrl_init_param(lstm_rtrl*r,const lstm_net*net,int kind,
long param,lstm_error*err)
{
const size_t n= net->n,k= net->k;
size_t small= 11*n+2*k,big= 0,count;
memset(r,0,sizeof*r);
/*294:*/
#line 236 "chapters/hybrid.w"

if((kind==LSTM_RTRL_HYBRID||kind==LSTM_RTRL_EPROP||
kind==LSTM_RTRL_EPROP_RANDOM)&&!lstm_arch_plain(&net->arch))
return lstm_fail(err,LSTM_EUSAGE,"the methods hybrid and eprop take "
"the book's own cell only, not the network of --net 1997");


/*:294*/
#line 202 "chapters/rtrl.w"
;
r->kind= kind;
r->m= net->m;r->n= n;r->k= k;r->output= net->output;
r->cols= 4*n*(net->m+n+1);
r->blocked= 1;
/*211:*/
#line 225 "chapters/rtrl.w"

if(kind==LSTM_RTRL_INTERNAL)big= r->cols;
if(kind==LSTM_RTRL_EXACT&&!mul_size(3*n+4,r->cols,&big))
big= SIZE_MAX;

/*:211*//*249:*/
#line 113 "chapters/snap1.w"

if(kind==LSTM_RTRL_SNAP1)big= 2*r->cols;

/*:249*//*268:*/
#line 150 "chapters/uoro.w"

if(kind==LSTM_RTRL_UORO)big= r->cols+10*n+3;

/*:268*//*292:*/
#line 197 "chapters/hybrid.w"

if(kind==LSTM_RTRL_HYBRID){
size_t zs,steps;
if(param<0||param> LSTM_MAX_BLOCK)
return lstm_fail(err,LSTM_EUSAGE,"the hybrid's block length must be "
"a whole number from 1 to %d, not %ld",LSTM_MAX_BLOCK,param);

r->block= param> 0?(size_t)param:2*n;
r->rowlen= net->m+8*n+2;
if(!mul_size(4*n,r->cols,&zs)||
!mul_size(r->block,r->rowlen+4*n,&steps)||
!add_size(zs,steps,&big)||
!add_size(big,(2*n+1)*2*n,&big))big= SIZE_MAX;
}

/*:292*//*316:*/
#line 112 "chapters/eprop.w"

if(kind==LSTM_RTRL_EPROP)big= r->cols;
if(kind==LSTM_RTRL_EPROP_RANDOM&&!add_size(r->cols,k*n,&big))
big= SIZE_MAX;

/*:316*/
#line 207 "chapters/rtrl.w"
;
if(big==0)
return lstm_fail(err,LSTM_EUSAGE,"unknown RTRL kind %d",kind);
(void)param;

if(!add_size(big,small,&count)||count> SIZE_MAX/sizeof(double)||
!(r->v= alloc_doubles(count)))
return lstm_fail(err,LSTM_ENOMEM,
"out of memory for the RTRL sensitivities of %zu parameters",r->cols);

r->bytes= count*sizeof(double);
/*212:*/
#line 230 "chapters/rtrl.w"

r->state[0]= r->v;r->state[1]= r->v+n;
r->out[0]= r->v+2*n;r->out[1]= r->v+3*n;
r->g= r->v+4*n;
r->Delta= r->v+8*n;
r->err_state= r->v+9*n;
r->err_out= r->v+10*n;
r->pred= r->v+11*n;
r->e= r->pred+k;
r->S= r->e+k;
if(kind==LSTM_RTRL_EXACT){
r->H= r->S+n*r->cols;
r->Hprev= r->H+n*r->cols;
r->G= r->Hprev+n*r->cols;
}

/*:212*//*250:*/
#line 116 "chapters/snap1.w"

if(kind==LSTM_RTRL_SNAP1)r->H= r->S+r->cols;

/*:250*//*269:*/
#line 153 "chapters/uoro.w"

if(kind==LSTM_RTRL_UORO){
r->ttheta= r->S;r->S= NULL;
r->tz= r->ttheta+r->cols;r->dz= r->tz+2*n;r->nu= r->dz+2*n;
r->gbar= r->nu+2*n;r->tnorm= r->gbar+4*n;
}

/*:269*//*293:*/
#line 218 "chapters/hybrid.w"

if(kind==LSTM_RTRL_HYBRID){
r->rows= r->S;r->S= NULL;
r->dg= r->rows+r->block*r->rowlen;
r->mu= r->dg+r->block*4*n;
r->Z= r->v+count-4*n*r->cols;
r->Znew= r->Z+2*n*r->cols;
r->kept= 4*n*r->cols*sizeof(double);
}

/*:293*//*317:*/
#line 117 "chapters/eprop.w"

if(kind==LSTM_RTRL_EPROP_RANDOM){
r->feedback= r->v+count-k*n;
r->kept= k*n*sizeof(double);
lstm_rtrl_seed(r,0);
}

/*:317*/
#line 218 "chapters/rtrl.w"
;
return LSTM_OK;
}

/*:210*//*213:*/
#line 253 "chapters/rtrl.w"

void lstm_rtrl_reset(lstm_rtrl*r)
{
memset(r->v,0,r->bytes-r->kept);
r->now= 0;
r->filled= 0;r->blocks= 0;r->ready= 0;
}

void lstm_rtrl_free(lstm_rtrl*r)
{
if(!r)return;
free(r->v);
memset(r,0,sizeof*r);
}

/*:213*//*214:*/
#line 289 "chapters/rtrl.w"

int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err)
{
const size_t m= net->m,n= net->n,cols= r->cols;
const double*state_prev,*out_prev,*state,*out;
const double*g= r->g,*f= g+2*n;
/*215:*/
#line 334 "chapters/rtrl.w"

if(net->m!=r->m||net->n!=r->n||net->k!=r->k||
net->output!=r->output||(grad&&grad->P!=net->P))
return lstm_fail(err,LSTM_EUSAGE,
"the network does not have the shape the RTRL object was made for");


/*:215*/
#line 296 "chapters/rtrl.w"
;
r->now= !r->now;
state_prev= r->state[!r->now];out_prev= r->out[!r->now];
state= r->state[r->now];out= r->out[r->now];
lstm_step(net,x,out_prev,state_prev,r->g,r->state[r->now],
r->out[r->now]);
*loss= y?lstm_output_forward_x(net,out,x,y,r->pred):0;
if(y&&grad){
memset(r->Delta,0,n*sizeof*r->Delta);
lstm_output_backward_x(net,out,x,r->pred,y,r->Delta,grad,r->e);
}
switch(r->kind){
case LSTM_RTRL_EXACT:
if(r->blocked)/*467:*/
#line 1244 "chapters/speed.w"

{
const size_t width= rtrl_block_width(n);
double*swap= r->H;
r->H= r->Hprev;r->Hprev= swap;
for(size_t c0= 0;c0<cols;c0+= width){
const size_t c1= c0+width<cols?c0+width:cols;
for(size_t j= 0;j<n;j++){
/*470:*/
#line 1279 "chapters/speed.w"

{
static const double one= 1;
for(size_t q= 0;q<4;q++)
memset(r->G+q*cols+c0,0,(c1-c0)*sizeof*r->G);
lstm_gemm_nn(4,c1-c0,n,net->U+j*n,n*n,r->Hprev+c0,cols,
r->G+c0,cols);
for(size_t q= 0;q<4;q++){
const size_t row= q*n+j;
double*G= r->G+q*cols;
add_in_range(G,c0,c1,row*m,x,m);
add_in_range(G,c0,c1,4*n*m+row*n,out_prev,n);
add_in_range(G,c0,c1,4*n*(m+n)+row,&one,1);
}
}

/*:470*/
#line 1252 "chapters/speed.w"
;
/*472:*/
#line 1310 "chapters/speed.w"

{
double c[5];
const double*Ga= r->G,*Gi= Ga+cols,*Gf= Gi+cols,*Go= Gf+cols;
double*Sj= r->S+j*cols,*Hj= r->H+j*cols;
cell_factors(net,r->g,j,state_prev[j],state[j],c);
for(size_t k= c0;k<c1;k++){
Sj[k]= c[0]*Ga[k]+c[1]*Gi[k]+c[2]*Gf[k]+f[j]*Sj[k];
Hj[k]= c[3]*Sj[k]+c[4]*Go[k];
}
}

/*:472*/
#line 1253 "chapters/speed.w"
;
}
}
}

/*:467*/
#line 309 "chapters/rtrl.w"

else/*216:*/
#line 359 "chapters/rtrl.w"

{
double*swap= r->H;
r->H= r->Hprev;r->Hprev= swap;
for(size_t j= 0;j<n;j++){
/*217:*/
#line 378 "chapters/rtrl.w"

for(size_t q= 0;q<4;q++){
const size_t row= q*n+j;
double*G= r->G+q*cols;
memset(G,0,cols*sizeof*G);
for(size_t l= 0;l<n;l++){
const double u= net->U[row*n+l],*Hl= r->Hprev+l*cols;
for(size_t k= 0;k<cols;k++)G[k]+= u*Hl[k];
}
for(size_t l= 0;l<m;l++)G[row*m+l]+= x[l];
for(size_t l= 0;l<n;l++)G[4*n*m+row*n+l]+= out_prev[l];
G[4*n*(m+n)+row]+= 1;
}

/*:217*/
#line 364 "chapters/rtrl.w"
;
/*218:*/
#line 400 "chapters/rtrl.w"

{
double c[5];
const double*Ga= r->G,*Gi= Ga+cols,*Gf= Gi+cols,*Go= Gf+cols;
double*Sj= r->S+j*cols,*Hj= r->H+j*cols;
cell_factors(net,r->g,j,state_prev[j],state[j],c);
for(size_t k= 0;k<cols;k++){
Sj[k]= c[0]*Ga[k]+c[1]*Gi[k]+c[2]*Gf[k]+f[j]*Sj[k];
Hj[k]= c[3]*Sj[k]+c[4]*Go[k];
}
}

/*:218*/
#line 365 "chapters/rtrl.w"
;
}
}

/*:216*/
#line 310 "chapters/rtrl.w"
;
if(y&&grad)/*219:*/
#line 417 "chapters/rtrl.w"

for(size_t j= 0;j<n;j++){
const double d= r->Delta[j],*Hj= r->H+j*cols;
for(size_t c= 0;c<cols;c++)grad->theta[c]+= d*Hj[c];
}

/*:219*/
#line 311 "chapters/rtrl.w"
;
break;
case LSTM_RTRL_INTERNAL:case LSTM_RTRL_EPROP:case LSTM_RTRL_EPROP_RANDOM:{
double*S= r->S,*err_state= r->err_state,*err_out= r->err_out;
const double*Delta= r->Delta;
size_t local;
if(!lstm_local(x,m,&local))local= m+1;
if(r->kind!=LSTM_RTRL_INTERNAL&&y&&grad)
/*319:*/
#line 138 "chapters/eprop.w"

{
const size_t k= net->k;
const double*B= r->kind==LSTM_RTRL_EPROP_RANDOM?r->feedback:net->V;
const double*e= r->e;
if(net->output==LSTM_OUT_NONE){
memcpy(r->err_state,r->Delta,n*sizeof*r->Delta);
e= r->err_state;
}
if(net->output!=LSTM_OUT_NONE||r->kind==LSTM_RTRL_EPROP_RANDOM){
memset(r->Delta,0,n*sizeof*r->Delta);
for(size_t q= 0;q<k;q++)
for(size_t l= 0;l<n;l++)r->Delta[l]+= B[q*n+l]*e[q];
}
}

/*:319*/
#line 319 "chapters/rtrl.w"
;
if(y&&grad)/*234:*/
#line 165 "chapters/irtrl.w"

for(size_t j= 0;j<n;j++){
double c[2];
local_out(net,g,j,state[j],Delta[j],c);
err_state[j]= c[0];
err_out[j]= c[1];
}

/*:234*/
#line 320 "chapters/rtrl.w"
;
for(size_t row= 0;row<4*n;row++){
const size_t j= row%n;
if(row<3*n)/*230:*/
#line 99 "chapters/irtrl.w"

{
static const double one= 1;
double keep,coef;
/*229:*/
#line 79 "chapters/irtrl.w"

{
double c[3];
local_state(net,g,j,state_prev[j],1,c);
keep= f[j];
coef= row<n?c[0]:row<2*n?c[1]:c[2];
}

/*:229*/
#line 103 "chapters/irtrl.w"
;
if(keep!=1||local> m)update_row(S+row*m,x,m,keep,coef);
else if(local<m)update_row(S+row*m+local,x+local,1,1,coef);
update_row(S+4*n*m+row*n,out_prev,n,keep,coef);
update_row(S+4*n*(m+n)+row,&one,1,keep,coef);
}

/*:230*/
#line 323 "chapters/rtrl.w"
;
if(y&&grad)/*233:*/
#line 142 "chapters/irtrl.w"

{
static const double one= 1;
double*gr= grad->theta;
const size_t Wat= row*m,Uat= 4*n*m+row*n,
bat= 4*n*(m+n)+row;
if(row<3*n){
const double e= err_state[j];
update_row(gr+Wat,S+Wat,m,1,e);
update_row(gr+Uat,S+Uat,n,1,e);
update_row(gr+bat,S+bat,1,1,e);
}else{
const double e= err_out[j];
update_row(gr+Wat,x,m,1,e);
update_row(gr+Uat,out_prev,n,1,e);
update_row(gr+bat,&one,1,1,e);
}
}

/*:233*/
#line 324 "chapters/rtrl.w"
;
}
break;
}
/*254:*/
#line 189 "chapters/snap1.w"

case LSTM_RTRL_SNAP1:
for(size_t j= 0;j<n;j++){
static const double one= 1;
const double*src[3]= {x,out_prev,&one};
const double d= y&&grad?r->Delta[j]:0;
snap_factors c[4];
/*252:*/
#line 144 "chapters/snap1.w"

{
const double*U= net->U;
double cell[5],cross,self;
cell_factors(net,g,j,state_prev[j],state[j],cell);
cross= cell[0]*U[j*n+j]+cell[1]*U[(n+j)*n+j]+
cell[2]*U[(2*n+j)*n+j];
self= cell[4]*U[(3*n+j)*n+j];
for(size_t q= 0;q<4;q++){
c[q].cross= cross,c[q].from_state= cell[3],c[q].self= self;
c[q].kept= q<3;
c[q].keep= c[q].kept?f[j]:0;
c[q].in_state= c[q].kept?cell[q]:0;
c[q].in_out= c[q].kept?0:cell[4];
}
}

/*:252*/
#line 196 "chapters/snap1.w"
;
for(size_t q= 0;q<4;q++){
const size_t row= q*n+j,at[3]= {row*m,4*n*m+row*n,
4*n*(m+n)+row},len[3]= {m,n,1};
for(int part= 0;part<3;part++)
snap_row(r->S+at[part],r->H+at[part],
y&&grad?grad->theta+at[part]:NULL,src[part],len[part],
&c[q],d);
}
}
break;

/*:254*//*272:*/
#line 179 "chapters/uoro.w"

case LSTM_RTRL_UORO:{
double nA= 0,ng= 0,nv,rho0,rho1,d= 0;
const double eps= LSTM_UORO_EPS;
/*273:*/
#line 194 "chapters/uoro.w"

{
uint64_t bits= 0;
for(size_t q= 0;q<2*n;q++){
if(q%64==0)bits= lstm_rng_next(&r->rng);
r->nu[q]= (bits>>(q%64))&1?1.0:-1.0;
}
}

/*:273*/
#line 183 "chapters/uoro.w"
;
/*274:*/
#line 210 "chapters/uoro.w"

for(size_t j= 0;j<n;j++){
double c[5],dg[4]= {0,0,0,0},ds,sbar;
const double*eta= r->tz+n;
cell_factors(net,r->g,j,state_prev[j],state[j],c);
for(size_t q= 0;q<4;q++)dg[q]= lstm_dot(net->U+(q*n+j)*n,eta,n);
ds= c[0]*dg[0]+c[1]*dg[1]+c[2]*dg[2]+f[j]*r->tz[j];
r->dz[j]= ds;
r->dz[n+j]= c[3]*ds+c[4]*dg[3];
nA+= r->dz[j]*r->dz[j]+r->dz[n+j]*r->dz[n+j];
sbar= r->nu[j]+c[3]*r->nu[n+j];
r->gbar[j]= c[0]*sbar;
r->gbar[n+j]= c[1]*sbar;
r->gbar[2*n+j]= c[2]*sbar;
r->gbar[3*n+j]= c[4]*r->nu[n+j];
}
nA= sqrt(nA);
for(size_t q= 0;q<4*n;q++)ng+= r->gbar[q]*r->gbar[q];
ng= sqrt(ng);

/*:274*/
#line 185 "chapters/uoro.w"
;
/*275:*/
#line 233 "chapters/uoro.w"

nv= 1;
for(size_t l= 0;l<m;l++)nv+= x[l]*x[l];
for(size_t l= 0;l<n;l++)nv+= out_prev[l]*out_prev[l];
nv= ng*sqrt(nv);
rho0= sqrt((r->tnorm[0]+eps)/(nA+eps));
rho1= sqrt((nv+eps)/(sqrt(2.0*(double)n)+eps));

/*:275*/
#line 186 "chapters/uoro.w"
;
/*276:*/
#line 267 "chapters/uoro.w"

{
static const double one= 1;
double*tt= r->ttheta,norm= 0;
const int adds= y&&grad,held= r->tnorm[2]!=0&&grad,
hold= r->defer&&adds&&!held;
for(size_t q= 0;q<2*n;q++)
r->tz[q]= rho0*r->dz[q]+rho1*r->nu[q];
if(adds)
for(size_t j= 0;j<n;j++)d+= r->Delta[j]*r->tz[n+j];
for(size_t row= 0;row<4*n;row+= UORO_ROWS){
const size_t at[3]= {row*m,4*n*m+row*n,
4*n*(m+n)+row},len[3]= {m,n,1};
const double*src[3]= {x,out_prev,&one};
double coef[UORO_ROWS],part[3][UORO_ROWS];
for(size_t k= 0;k<UORO_ROWS;k++)coef[k]= r->gbar[row+k]/rho1;
for(int p= 0;p<3;p++)
uoro_rows(tt+at[p],held||(adds&&!hold)?grad->theta+at[p]:
NULL,len[p],src[p],1/rho0,coef,held,r->tnorm[1],
adds&&!hold,d,part[p]);
for(size_t k= 0;k<UORO_ROWS;k++)
for(int p= 0;p<3;p++)norm+= part[p][k];
}
r->tnorm[0]= sqrt(norm);
r->tnorm[1]= hold?d:0,r->tnorm[2]= hold;
}

/*:276*/
#line 188 "chapters/uoro.w"
;
break;
}

/*:272*//*295:*/
#line 247 "chapters/hybrid.w"

case LSTM_RTRL_HYBRID:
/*296:*/
#line 253 "chapters/hybrid.w"

{
double*row= r->rows+r->filled*r->rowlen,*c= row+m+n,
*D= c+6*n;
size_t at;
memcpy(row,x,m*sizeof*row);
memcpy(row+m,out_prev,n*sizeof*row);
for(size_t j= 0;j<n;j++){
double cj[5];
cell_factors(net,r->g,j,state_prev[j],state[j],cj);
for(size_t q= 0;q<5;q++)c[q*n+j]= cj[q];
c[5*n+j]= f[j];
}
if(y&&grad)memcpy(D,r->Delta,n*sizeof*D);
D[n]= y&&grad;
D[n+1]= lstm_local(x,m,&at)?(double)at:(double)(m+1);
r->filled++;
r->ready= 0;
}

/*:296*/
#line 249 "chapters/hybrid.w"
;
if(r->filled==r->block)hybrid_close(r,net,grad);
break;

/*:295*/
#line 328 "chapters/rtrl.w"

}
if(y&&grad)lstm_net_mask(net,grad->theta);
return LSTM_OK;
}

/*:214*//*221:*/
#line 446 "chapters/rtrl.w"

static int rtrl_run(const lstm_net*net,const lstm_seq*seq,int kind,
long param,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
lstm_rtrl r;
int status= lstm_rtrl_init_param(&r,net,kind,param,err);
if(status!=LSTM_OK)return status;
r.defer= 1;
lstm_rtrl_seed(&r,(uint64_t)param);
*loss= 0;
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
double step_loss= 0;
status= lstm_rtrl_step(&r,net,seq->x+t*seq->m,
lstm_target(seq,t),grad,&step_loss,err);
*loss+= step_loss;
}
if(status==LSTM_OK)status= lstm_rtrl_finish(&r,net,grad,err);
if(st&&r.bytes> st->work_bytes)st->work_bytes= r.bytes;
lstm_rtrl_free(&r);
return status;
}

static int rtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
return rtrl_run(net,seq,LSTM_RTRL_EXACT,param,grad,loss,st,err);
}

/*:221*//*225:*/
#line 548 "chapters/rtrl.w"

double lstm_block_difference(const lstm_net*g,const lstm_net*ref)
{
lstm_block block[LSTM_MAX_BLOCKS];
size_t count= lstm_blocks(g,block);
double worst= 0;
for(size_t q= 0;q<count;q++){
size_t end= block[q].offset+block[q].rows*block[q].cols;
double diff= 0,scale= 0;
for(size_t k= block[q].offset;k<end;k++){
diff= fmax(diff,fabs(g->theta[k]-ref->theta[k]));
scale= fmax(scale,fmax(fabs(g->theta[k]),fabs(ref->theta[k])));
}
if(scale> 0&&diff/scale> worst)worst= diff/scale;
}
return worst;
}

/*:225*//*232:*/
#line 118 "chapters/irtrl.w"

static void update_row(double*y,const double*v,size_t len,double keep,
double coef)
{
for(size_t l= 0;l<len;l++)y[l]= keep*y[l]+coef*v[l];
}

/*:232*//*253:*/
#line 169 "chapters/snap1.w"

static void snap_row(double*s,double*h,double*g,const double*v,
size_t len,const snap_factors*c,double d)
{
for(size_t l= 0;l<len;l++){
const double sn= c->keep*s[l]+c->cross*h[l]+c->in_state*v[l];
const double hn= c->from_state*sn+c->self*h[l]+c->in_out*v[l];
s[l]= c->kept?sn:0;
h[l]= hn;
if(g)g[l]+= d*hn;
}
}

/*:253*//*256:*/
#line 217 "chapters/snap1.w"

static int snap1_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
(void)param;
return snap1_blocked(net,seq,grad,loss,st,err);
}

/*:256*//*271:*/
#line 169 "chapters/uoro.w"

void lstm_rtrl_seed(lstm_rtrl*r,uint64_t seed)
{
lstm_rng_seed(&r->rng,seed^0x5851F42D4C957F2DULL);
if(r->kind==LSTM_RTRL_EPROP_RANDOM)
/*318:*/
#line 124 "chapters/eprop.w"

{
const double a= 1/sqrt((double)r->n);
for(size_t q= 0;q<r->k*r->n;q++)
r->feedback[q]= lstm_rng_uniform(&r->rng,-a,a);
}

/*:318*/
#line 174 "chapters/uoro.w"
;
}

/*:271*//*277:*/
#line 299 "chapters/uoro.w"

static void uoro_release(lstm_rtrl*r,lstm_net*grad)
{
if(r->kind!=LSTM_RTRL_UORO||r->tnorm[2]==0||!grad)return;
for(size_t k= 0;k<r->cols;k++)
grad->theta[k]+= r->tnorm[1]*r->ttheta[k];
r->tnorm[1]= r->tnorm[2]= 0;
}

/*:277*//*281:*/
#line 347 "chapters/uoro.w"

static int uoro_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
return rtrl_run(net,seq,LSTM_RTRL_UORO,param,grad,loss,st,err);
}

/*:281*//*298:*/
#line 285 "chapters/hybrid.w"

static void hybrid_close(lstm_rtrl*r,const lstm_net*net,lstm_net*grad)
{
const size_t m= r->m,n= r->n,cols= r->cols,h= r->filled,
len= r->rowlen;
size_t walks= 2*n;
int dense= 1;
if(h==0)return;
for(size_t t= 0;t<h;t++){
const double*D= r->rows+t*len+m+7*n;
if(D[n]!=0&&grad)walks= 2*n+1;
if(D[n+1]<=(double)m)dense= 0;
}
for(size_t i= 0;i<walks;i++){
double*acc= i<2*n?r->Znew+i*cols:grad->theta;
double*mu= r->mu+i*2*n;
if(i<2*n)memset(acc,0,cols*sizeof*acc);
/*299:*/
#line 331 "chapters/hybrid.w"

{
double*carry= mu,*dout= mu+n;
memset(mu,0,2*n*sizeof*mu);
if(i<2*n)mu[i]= 1;
for(size_t t= h;t--> 0;){
const double*c= r->rows+t*len+m+n,*D= c+6*n;
double*dg= r->dg+t*4*n;
if(i==2*n&&D[n]!=0)
for(size_t j= 0;j<n;j++)dout[j]+= D[j];
for(size_t j= 0;j<n;j++){
const double ds= dout[j]*c[3*n+j]+carry[j];
dg[j]= ds*c[j];
dg[n+j]= ds*c[n+j];
dg[2*n+j]= ds*c[2*n+j];
dg[3*n+j]= dout[j]*c[4*n+j];
carry[j]= ds*c[5*n+j];
}
lstm_mat_tvec(net->U,4*n,n,dg,dout);
}
}

/*:299*/
#line 302 "chapters/hybrid.w"
;
/*300:*/
#line 360 "chapters/hybrid.w"

{
double*aW= acc,*aU= acc+4*n*m,*ab= acc+4*n*(m+n);
if(dense)lstm_gemm_tn(4*n,m,h,r->dg,4*n,r->rows,len,aW,m);
else for(size_t t= 0;t<h;t++){
const double*x= r->rows+t*len,*dg= r->dg+t*4*n;
const double where= x[m+8*n+1];
if(where> (double)m)
lstm_gemm_tn(4*n,m,1,dg,4*n,x,len,aW,m);
else if(where<(double)m){
const size_t at= (size_t)where;
for(size_t q= 0;q<4*n;q++)aW[q*m+at]+= dg[q]*x[at];
}
}
lstm_gemm_tn(4*n,n,h,r->dg,4*n,r->rows+m,len,aU,n);
for(size_t t= 0;t<h;t++){
const double*dg= r->dg+t*4*n;
for(size_t q= 0;q<4*n;q++)ab[q]+= dg[q];
}
}

/*:300*/
#line 303 "chapters/hybrid.w"
;
}
if(r->blocks> 0)/*301:*/
#line 392 "chapters/hybrid.w"

for(size_t c0= 0;c0<cols;c0+= LSTM_FOLD_COLUMNS){
const size_t w= cols-c0<LSTM_FOLD_COLUMNS?cols-c0:
LSTM_FOLD_COLUMNS;
lstm_gemm_nn(2*n,w,2*n,r->mu,2*n,r->Z+c0,cols,
r->Znew+c0,cols);
if(walks> 2*n)
lstm_gemm_nn(1,w,2*n,r->mu+4*n*n,2*n,r->Z+c0,cols,
grad->theta+c0,cols);
}

/*:301*/
#line 305 "chapters/hybrid.w"
;
{
double*swap= r->Z;
r->Z= r->Znew;r->Znew= swap;
}
r->blocks++;
r->filled= 0;
r->ready= walks> 2*n;
}

/*:298*//*303:*/
#line 415 "chapters/hybrid.w"

int lstm_rtrl_finish(lstm_rtrl*r,const lstm_net*net,lstm_net*grad,
lstm_error*err)
{
/*215:*/
#line 334 "chapters/rtrl.w"

if(net->m!=r->m||net->n!=r->n||net->k!=r->k||
net->output!=r->output||(grad&&grad->P!=net->P))
return lstm_fail(err,LSTM_EUSAGE,
"the network does not have the shape the RTRL object was made for");


/*:215*/
#line 419 "chapters/hybrid.w"
;
r->ready= 0;
if(r->kind==LSTM_RTRL_HYBRID)hybrid_close(r,net,grad);
if(r->kind==LSTM_RTRL_UORO)uoro_release(r,grad);
return LSTM_OK;
}

/*:303*//*305:*/
#line 440 "chapters/hybrid.w"

static int hybrid_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
return rtrl_run(net,seq,LSTM_RTRL_HYBRID,param,grad,loss,st,err);
}

/*:305*//*321:*/
#line 166 "chapters/eprop.w"

static int eprop_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
return rtrl_run(net,seq,LSTM_RTRL_EPROP,param,grad,loss,st,err);
}

static int eprop_random_grad(const lstm_net*net,const lstm_seq*seq,
long param,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
return rtrl_run(net,seq,LSTM_RTRL_EPROP_RANDOM,param,grad,loss,st,
err);
}

/*:321*//*328:*/
#line 81 "chapters/learning.w"

int lstm_optimizer_init(lstm_optimizer*opt,const lstm_net*net,int kind,
double rate,lstm_error*err)
{
memset(opt,0,sizeof*opt);
if(kind!=LSTM_SGD&&kind!=LSTM_MOMENTUM&&kind!=LSTM_ADAM)
return lstm_fail(err,LSTM_EUSAGE,"unknown optimiser %d",kind);

if(!(rate> 0)||!isfinite(rate))
return lstm_fail(err,LSTM_EUSAGE,
"the learning rate must be a positive number");

opt->kind= kind;opt->rate= opt->rate_out= rate;
opt->out_from= opt->out_to= 4*net->n*(net->m+net->n+1);
if(net->output!=LSTM_OUT_NONE)opt->out_to+= net->k*net->n;
opt->momentum= 0.9;
opt->beta1= 0.9;opt->beta2= 0.999;opt->epsilon= 1e-8;
opt->P= net->P;
if(kind!=LSTM_SGD){
opt->m= alloc_doubles(net->P);
opt->s= alloc_doubles(net->P);
if(!opt->m||!opt->s){
lstm_optimizer_free(opt);
return lstm_fail(err,LSTM_ENOMEM,"out of memory for an optimiser");
}
}
return LSTM_OK;
}

void lstm_optimizer_free(lstm_optimizer*opt)
{
if(!opt)return;
free(opt->m);
free(opt->s);
memset(opt,0,sizeof*opt);
}

/*:328*//*330:*/
#line 132 "chapters/learning.w"

double lstm_optimizer_step(lstm_optimizer*opt,lstm_net*net,
const lstm_net*grad)
{
double norm= 0,scale= 1;
const double*g= grad->theta;
double*theta= net->theta;
const size_t edge[4]= {0,opt->out_from,opt->out_to,opt->P};
for(size_t k= 0;k<opt->P;k++)norm+= g[k]*g[k];
norm= sqrt(norm);
if(opt->clip> 0&&norm> opt->clip)scale= opt->clip/norm;
opt->steps++;
for(int part= 0;part<3;part++){
const double rate= part==1?opt->rate_out:opt->rate;
switch(opt->kind){
case LSTM_SGD:
for(size_t k= edge[part];k<edge[part+1];k++)
theta[k]-= rate*(scale*g[k]);
break;
case LSTM_MOMENTUM:
for(size_t k= edge[part];k<edge[part+1];k++){
opt->m[k]= opt->momentum*opt->m[k]+scale*g[k];
theta[k]-= rate*opt->m[k];
}
break;
default:/*331:*/
#line 176 "chapters/learning.w"

{
double c1= 1-pow(opt->beta1,(double)opt->steps);
double root_c2= sqrt(1-pow(opt->beta2,(double)opt->steps));
double size= rate*root_c2/c1,eps= opt->epsilon*root_c2;
for(size_t k= edge[part];k<edge[part+1];k++){
double gk= scale*g[k];
opt->m[k]= opt->beta1*opt->m[k]+(1-opt->beta1)*gk;
opt->s[k]= opt->beta2*opt->s[k]+(1-opt->beta2)*gk*gk;
theta[k]-= size*opt->m[k]/(sqrt(opt->s[k])+eps);
}
}

/*:331*/
#line 157 "chapters/learning.w"
;
}
}
return norm;
}

/*:330*//*334:*/
#line 223 "chapters/learning.w"

lstm_init lstm_init_default(void)
{
lstm_init init;
init.range= 0.1;
init.bias_i= -1;init.bias_f= 2;init.bias_o= -1;
return init;
}

void lstm_net_initialize(lstm_net*net,lstm_rng*rng,const lstm_init*init)
{
const size_t n= net->n;
lstm_net_randomize(net,rng,init->range);
for(size_t j= 0;j<n;j++){
net->b[j]= 0;
net->b[n+j]= init->bias_i;
net->b[2*n+j]= init->bias_f;
net->b[3*n+j]= init->bias_o;
}
if(net->c)memset(net->c,0,net->k*sizeof*net->c);
}

/*:334*//*339:*/
#line 63 "chapters/tasks.w"

int lstm_task_init(lstm_task*task,const char*name,size_t length,
lstm_error*err)
{
memset(task,0,sizeof*task);
task->length= length;
if(strcmp(name,"lag")==0){
if(length<2||length> LSTM_MAX_DIM-1)
return lstm_fail(err,LSTM_EUSAGE,
"the lag must lie between 2 and %d",LSTM_MAX_DIM-1);

task->kind= LSTM_TASK_LAG;task->name= "lag";
task->m= task->k= length+1;task->output= LSTM_OUT_SOFTMAX;
}else if(strcmp(name,"lag2c")==0){
if(length<1||length> LSTM_MAX_DIM-4)
return lstm_fail(err,LSTM_EUSAGE,
"the number of distractors must lie between 1 and %d",
LSTM_MAX_DIM-4);

task->kind= LSTM_TASK_LAG2C;task->name= "lag2c";
task->m= length+4;task->k= 2;task->output= LSTM_OUT_SOFTMAX;
}else if(strcmp(name,"reber")==0){
task->kind= LSTM_TASK_REBER;task->name= "reber";
task->m= task->k= 7;task->output= LSTM_OUT_SOFTMAX;
}else if(strcmp(name,"adding")==0){
if(length<4||length> 1000000)
return lstm_fail(err,LSTM_EUSAGE,
"the length T of the adding problem must lie between 4 and 1000000");

task->kind= LSTM_TASK_ADDING;task->name= "adding";
task->m= 2;task->k= 1;task->output= LSTM_OUT_L2;
}else if(strcmp(name,"multiply")==0){
if(length<4||length> 1000000)
return lstm_fail(err,LSTM_EUSAGE,"the length T of the "
"multiplication problem must lie between 4 and 1000000");

task->kind= LSTM_TASK_MULTIPLY;task->name= "multiply";
task->m= 2;task->k= 1;task->output= LSTM_OUT_L2;
}else if(strcmp(name,"twoseq")==0){
if(length<4||length> 1000000)
return lstm_fail(err,LSTM_EUSAGE,"the length T of the "
"two-sequence problem must lie between 4 and 1000000");

task->kind= LSTM_TASK_TWOSEQ;task->name= "twoseq";
task->m= 1;task->k= 1;task->output= LSTM_OUT_L2;
task->variant= 'a';task->relevant= 1;
}else if(strcmp(name,"order")==0){
if(length!=100)
return lstm_fail(err,LSTM_EUSAGE,"the temporal order problem has "
"the paper's length, 100 to 110 steps: its length must be 100");

task->kind= LSTM_TASK_ORDER;task->name= "order";
task->symbols= 2;task->m= 8;task->k= 4;
task->output= LSTM_OUT_SOFTMAX;
}else
return lstm_fail(err,LSTM_EUSAGE,"unknown task '%s' (the tasks are "
"lag, lag2c, reber, adding, multiply, twoseq and order)",name);

return LSTM_OK;
}

/*:339*//*341:*/
#line 132 "chapters/tasks.w"

int lstm_task_sample(const lstm_task*task,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err)
{
if(data->m!=task->m||data->k!=task->k)
return lstm_fail(err,LSTM_EUSAGE,
"the data set does not have the task's sizes");

switch(task->kind){
case LSTM_TASK_LAG:
if(task->random_middle)return lag2b_sample(task->length,
task->every_step,rng,data,seq,err);
return lag_sample(task->length,task->length,task->every_step,rng,data,
seq,err);
case LSTM_TASK_LAG2C:return lag2c_sample(task->length,rng,data,seq,
err);
case LSTM_TASK_REBER:return reber_sample(rng,data,seq,err);
case LSTM_TASK_TWOSEQ:return twoseq_sample(task,0,rng,data,seq,err);
case LSTM_TASK_ORDER:return order_sample(task->symbols,rng,data,seq,
err);
default:return adding_sample(task->length,task->kind==
LSTM_TASK_MULTIPLY,rng,data,seq,err);
}
}

/*:341*//*343:*/
#line 171 "chapters/tasks.w"

int lstm_task_vary(lstm_task*task,int variant,size_t relevant,
size_t symbols,lstm_error*err)
{
if((variant||relevant)&&task->kind!=LSTM_TASK_TWOSEQ)
return lstm_fail(err,LSTM_EUSAGE,"%s is for the task twoseq only, "
"not for %s",variant?"--variant":"--relevant",task->name);

if(symbols&&task->kind!=LSTM_TASK_ORDER)
return lstm_fail(err,LSTM_EUSAGE,"--symbols is for the task order "
"only, not for %s",task->name);

if(variant&&variant!='a'&&variant!='b'&&variant!='c')
return lstm_fail(err,LSTM_EUSAGE,"--variant is a, b or c");
if(relevant&&(relevant> 10||relevant>=task->length))
return lstm_fail(err,LSTM_EUSAGE,"--relevant must lie between 1 "
"and 10, and below the length T");

if(symbols&&symbols!=2&&symbols!=3)
return lstm_fail(err,LSTM_EUSAGE,"--symbols is 2 or 3");

if(variant)task->variant= variant;
if(relevant)task->relevant= relevant;
if(symbols){
task->symbols= symbols;
task->k= (size_t)1<<symbols;
}
return LSTM_OK;
}

/*:343*//*345:*/
#line 225 "chapters/tasks.w"

static size_t rng_below(lstm_rng*rng,size_t n)
{
size_t r= (size_t)lstm_rng_uniform(rng,0,(double)n);
return r<n?r:n-1;
}

/*:345*//*346:*/
#line 238 "chapters/tasks.w"

static double rng_normal(lstm_rng*rng)
{
double u1= 1-lstm_rng_uniform(rng,0,1),u2= lstm_rng_uniform(rng,0,1);
return sqrt(-2*log(u1))*cos(2*3.14159265358979323846*u2);
}

/*:346*//*349:*/
#line 305 "chapters/tasks.w"

size_t lstm_probe_length(size_t p,size_t runs)
{
return runs*(p-1)+1;
}

int lstm_task_probe(const lstm_task*task,size_t lag,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err)
{
if(task->kind!=LSTM_TASK_LAG)
return lstm_fail(err,LSTM_EUSAGE,"only the lag task has probes");

if(lag<task->length)
return lstm_fail(err,LSTM_EUSAGE,
"a probe must be at least as long as the task's lag");

return lag_sample(task->length,lag,0,rng,data,seq,err);
}

/*:349*//*350:*/
#line 328 "chapters/tasks.w"

static int lag_sample(size_t p,size_t lag,int every_step,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err)
{
size_t first= rng_below(rng,2);
lstm_seq*s;
int status= lstm_data_add(data,lag,&s,err);
if(status!=LSTM_OK)return status;
if((status= lag_fill(s,p,lag,first,every_step,err))!=LSTM_OK)
return status;
*seq= s;
return LSTM_OK;
}

/*:350*//*351:*/
#line 375 "chapters/tasks.w"

static int lag2c_sample(size_t p,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err)
{
const size_t m= p+4,second= rng_below(rng,2);
size_t extra= 0,T;
lstm_seq*s;
double*y;
int status;
while(extra<2000&&lstm_rng_uniform(rng,0,1)<0.9)extra++;
T= p+extra+3;
if((status= lstm_data_add(data,T,&s,err))!=LSTM_OK)return status;
s->x[2]= 1;
s->x[m+second]= 1;
for(size_t t= 2;t+1<T;t++)s->x[t*m+4+rng_below(rng,p)]= 1;
s->x[(T-1)*m+3]= 1;
if(!(y= lstm_target_set(s,T-1,err)))return LSTM_ENOMEM;
y[second]= 1;
*seq= s;
return LSTM_OK;
}

/*:351*//*354:*/
#line 446 "chapters/tasks.w"

static int reber_sample(lstm_rng*rng,lstm_data*data,lstm_seq**seq,
lstm_error*err)
{
enum{longest= 208};
int sym[longest],options[longest][2],len;
do{
/*355:*/
#line 464 "chapters/tasks.w"

{
int wrap= rng_below(rng,2)?2:1;
int state= 0;
len= 0;
sym[len]= 0;options[len][0]= 1;options[len][1]= 2;len++;
sym[len]= wrap;options[len][0]= options[len][1]= 0;len++;
while(state>=0&&len<longest-4){
int choice= state==0||state==6?0:(int)rng_below(rng,2);
sym[len]= reber_next_symbol[state][choice];
state= reber_next_state[state][choice];
if(state>=0){
options[len][0]= reber_next_symbol[state][0];
options[len][1]= reber_next_symbol[state][1];
}else options[len][0]= options[len][1]= wrap;
len++;
}
if(state>=0)len= -1;
else{
sym[len]= wrap;options[len][0]= options[len][1]= 6;len++;
sym[len]= 6;len++;
}
}

/*:355*/
#line 453 "chapters/tasks.w"
;
}while(len<0);
/*356:*/
#line 491 "chapters/tasks.w"

{
lstm_seq*s;
int status= lstm_data_add(data,(size_t)len,&s,err);
if(status!=LSTM_OK)return status;
for(int t= 0;t<len;t++){
s->x[t*7+sym[t]]= 1;
if(t+1<len){
double*y= lstm_target_set(s,(size_t)t,err);
if(!y)return LSTM_ENOMEM;
y[options[t][0]]+= 0.5;
y[options[t][1]]+= 0.5;
}
}
*seq= s;
}

/*:356*/
#line 455 "chapters/tasks.w"
;
return LSTM_OK;
}

/*:354*//*358:*/
#line 515 "chapters/tasks.w"

void lstm_reber_string(const lstm_seq*seq,char*buf)
{
for(size_t t= 0;t<seq->T;t++){
size_t s= 0;
while(s<6&&seq->x[t*7+s]==0)s++;
buf[t]= reber_symbol[s];
}
buf[seq->T]= '\0';
}

/*:358*//*359:*/
#line 551 "chapters/tasks.w"

static int adding_sample(size_t T,int product,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err)
{
size_t len= T+rng_below(rng,T/10+1);
size_t first= rng_below(rng,10),second;
lstm_seq*s;
double*y;
int status= lstm_data_add(data,len,&s,err);
if(status!=LSTM_OK)return status;
do second= rng_below(rng,T/2-1);while(second==first);
for(size_t t= 0;t<len;t++){
s->x[2*t]= lstm_rng_uniform(rng,product?0:-1,1);
s->x[2*t+1]= t==0||t+1==len?-1:0;
}
s->x[2*first+1]= s->x[2*second+1]= 1;
if(first==0||second==0)s->x[0]= product?1:0;
if(!(y= lstm_target_set(s,len-1,err)))return LSTM_ENOMEM;
y[0]= product?s->x[2*first]*s->x[2*second]:
0.5+(s->x[2*first]+s->x[2*second])/4;
*seq= s;
return LSTM_OK;
}

/*:359*//*360:*/
#line 610 "chapters/tasks.w"

static int twoseq_sample(const lstm_task*task,int clean,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err)
{
const size_t T= task->length,N= task->relevant;
const size_t len= T+rng_below(rng,T/10+1);
const size_t class= rng_below(rng,2);
lstm_seq*s;
double*y;
int status= lstm_data_add(data,len,&s,err);
if(status!=LSTM_OK)return status;
for(size_t t= 0;t<len;t++)
if(t<N)s->x[t]= (class==0?1.0:-1.0)+
(task->variant=='b'?sqrt(0.2)*rng_normal(rng):0);
else s->x[t]= sqrt(0.2)*rng_normal(rng);
if(!(y= lstm_target_set(s,len-1,err)))return LSTM_ENOMEM;
if(task->variant!='c')y[0]= class==0?1.0:0.0;
else y[0]= (class==0?0.2:0.8)+
(clean?0:sqrt(0.1)*rng_normal(rng));
*seq= s;
return LSTM_OK;
}

/*:360*//*361:*/
#line 662 "chapters/tasks.w"

static int order_sample(size_t symbols,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err)
{
static const size_t from[2][3]= {{10,50,0},{10,33,66}};
const size_t len= 100+rng_below(rng,11),m= 8;
size_t class= 0;
lstm_seq*s;
double*target;
int status= lstm_data_add(data,len,&s,err);
if(status!=LSTM_OK)return status;
s->x[0]= 1;
for(size_t t= 1;t+1<len;t++)s->x[t*m+2+rng_below(rng,4)]= 1;
s->x[(len-1)*m+1]= 1;
for(size_t r= 0;r<symbols;r++){
size_t at= from[symbols-2][r]+rng_below(rng,11)-1;
size_t y= rng_below(rng,2);
memset(s->x+at*m,0,m*sizeof*s->x);
s->x[at*m+6+y]= 1;
class= 2*class+y;
}
if(!(target= lstm_target_set(s,len-1,err)))return LSTM_ENOMEM;
target[class]= 1;
*seq= s;
return LSTM_OK;
}

/*:361*//*366:*/
#line 59 "chapters/training.w"

int lstm_trainer_init(lstm_trainer*tn,lstm_net*net,
const lstm_method*meth,long param,lstm_optimizer*opt,
lstm_error*err)
{
int status;
memset(tn,0,sizeof*tn);
tn->net= net;tn->method= meth;tn->param= param;tn->opt= opt;
if(opt->P!=net->P)
return lstm_fail(err,LSTM_EUSAGE,
"the optimiser was made for another network");

if((status= lstm_net_like(&tn->grad,net,err))!=LSTM_OK)return status;
tn->carry= alloc_doubles(2*net->n);
if(!tn->carry){
lstm_trainer_free(tn);
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a trainer");
}
if(meth->schedule==LSTM_PER_STEP&&
(status= lstm_rtrl_init_param(&tn->online,net,meth->online_kind,
meth->seeded?0:param,err))!=LSTM_OK){
lstm_trainer_free(tn);
return status;
}
if(meth->seeded)lstm_rtrl_seed(&tn->online,(uint64_t)param);
return LSTM_OK;
}

void lstm_trainer_free(lstm_trainer*tn)
{
if(!tn)return;
lstm_net_free(&tn->grad);
lstm_trace_free(&tn->tr);
free(tn->carry);
lstm_rtrl_free(&tn->online);
memset(tn,0,sizeof*tn);
}

/*:366*//*368:*/
#line 113 "chapters/training.w"

int lstm_train_sequence(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err)
{
lstm_net*net= tn->net;
size_t window= seq->T;
*loss= 0;*max_error= 0;
if(seq->m!=net->m||seq->k!=net->k)
return lstm_fail(err,LSTM_EDATA,
"the sequence does not fit the network");

if(tn->method->schedule==LSTM_PER_STEP)
return train_online(tn,seq,loss,max_error,err);
if(tn->method->schedule==LSTM_PER_CHUNK&&(size_t)tn->param<window)
window= (size_t)tn->param;
/*369:*/
#line 144 "chapters/training.w"

if(tn->tr.T<window){
int status;
lstm_trace_free(&tn->tr);
if((status= lstm_trace_alloc(&tn->tr,net,window,err))!=LSTM_OK)
return status;
}

/*:369*/
#line 128 "chapters/training.w"
;
lstm_trace_start(&tn->tr,NULL,NULL);
for(size_t t0= 0;t0<seq->T;t0+= window){
lstm_seq piece= *seq;
double e;
piece.T= seq->T-t0<window?seq->T-t0:window;
piece.x+= t0*seq->m;
piece.yrow+= t0;
/*370:*/
#line 157 "chapters/training.w"

*loss+= lstm_forward(net,&piece,&tn->tr);
e= trace_max_error(net,&piece,&tn->tr);
if(!(e<=*max_error))*max_error= e;
if(t0+piece.T==seq->T)/*776:*/
#line 1440 "chapters/net1997.w"

{
const double*pred= lstm_pred(&tn->tr,piece.T-1),
*y= lstm_target(&piece,piece.T-1);
tn->end_error= 0;
if(y)
for(size_t r= 0;r<net->k;r++)
if(!(fabs(pred[r]-y[r])<=tn->end_error))
tn->end_error= fabs(pred[r]-y[r]);
}

/*:776*/
#line 161 "chapters/training.w"
;
memset(tn->grad.theta,0,tn->grad.P*sizeof*tn->grad.theta);
lstm_backward(net,&piece,&tn->tr,&tn->grad);
lstm_optimizer_step(tn->opt,net,&tn->grad);
tn->updates++;
memcpy(tn->carry,lstm_state(&tn->tr,piece.T-1),net->n*sizeof(double));
memcpy(tn->carry+net->n,lstm_out(&tn->tr,piece.T-1),
net->n*sizeof(double));
lstm_trace_start(&tn->tr,tn->carry,tn->carry+net->n);

/*:370*/
#line 136 "chapters/training.w"
;
}
return LSTM_OK;
}

/*:368*//*372:*/
#line 195 "chapters/training.w"

static int train_online(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err)
{
lstm_net*net= tn->net;
lstm_rtrl*r= &tn->online;
const int blocked= r->block> 0;
const int summed= tn->per_sequence&&!blocked;
lstm_rtrl_reset(r);
if(blocked||summed)
memset(tn->grad.theta,0,tn->grad.P*sizeof*tn->grad.theta);
for(size_t t= 0;t<seq->T;t++){
const double*y= lstm_target(seq,t);
double step_loss= 0;
int status;
if(y&&!blocked&&!summed)
memset(tn->grad.theta,0,tn->grad.P*sizeof*tn->grad.theta);
status= lstm_rtrl_step(r,net,seq->x+t*seq->m,y,
y||blocked?&tn->grad:NULL,&step_loss,err);
if(status!=LSTM_OK)return status;
*loss+= step_loss;
if(blocked){
if(r->ready)/*374:*/
#line 259 "chapters/training.w"

{
lstm_optimizer_step(tn->opt,net,&tn->grad);
tn->updates++;
memset(tn->grad.theta,0,tn->grad.P*sizeof*tn->grad.theta);
}

/*:374*/
#line 217 "chapters/training.w"
;
if(y)/*373:*/
#line 244 "chapters/training.w"

{
const double*pred= net->output==LSTM_OUT_NONE?r->out[r->now]:
r->pred;
for(size_t q= 0;q<net->k;q++)
if(!(fabs(pred[q]-y[q])<=*max_error))
*max_error= fabs(pred[q]-y[q]);
if(t+1==seq->T){
tn->end_error= 0;
for(size_t q= 0;q<net->k;q++)
if(!(fabs(pred[q]-y[q])<=tn->end_error))
tn->end_error= fabs(pred[q]-y[q]);
}
}

/*:373*/
#line 218 "chapters/training.w"
;
continue;
}
if(y){
/*373:*/
#line 244 "chapters/training.w"

{
const double*pred= net->output==LSTM_OUT_NONE?r->out[r->now]:
r->pred;
for(size_t q= 0;q<net->k;q++)
if(!(fabs(pred[q]-y[q])<=*max_error))
*max_error= fabs(pred[q]-y[q]);
if(t+1==seq->T){
tn->end_error= 0;
for(size_t q= 0;q<net->k;q++)
if(!(fabs(pred[q]-y[q])<=tn->end_error))
tn->end_error= fabs(pred[q]-y[q]);
}
}

/*:373*/
#line 222 "chapters/training.w"
;
if(summed)continue;
lstm_optimizer_step(tn->opt,net,&tn->grad);
tn->updates++;
}
}
if(summed){
lstm_optimizer_step(tn->opt,net,&tn->grad);
tn->updates++;
}
if(blocked){
int status= lstm_rtrl_finish(r,net,&tn->grad,err);
if(status!=LSTM_OK)return status;
if(r->ready)/*374:*/
#line 259 "chapters/training.w"

{
lstm_optimizer_step(tn->opt,net,&tn->grad);
tn->updates++;
memset(tn->grad.theta,0,tn->grad.P*sizeof*tn->grad.theta);
}

/*:374*/
#line 235 "chapters/training.w"
;
}
return LSTM_OK;
}

/*:372*//*376:*/
#line 278 "chapters/training.w"

static double trace_max_error(const lstm_net*net,const lstm_seq*seq,
const lstm_trace*tr)
{
double worst= 0;
for(size_t t= 0;t<seq->T;t++){
const double*pred= lstm_pred(tr,t),*y= lstm_target(seq,t);
if(!y)continue;
for(size_t r= 0;r<net->k;r++)
if(!(fabs(pred[r]-y[r])<=worst))worst= fabs(pred[r]-y[r]);
}
return worst;
}

/*:376*//*381:*/
#line 505 "chapters/training.w"

lstm_train_config lstm_train_defaults(const char*task,size_t length)
{
lstm_train_config cfg;
memset(&cfg,0,sizeof cfg);
cfg.task= task;
cfg.method= "bptt";
cfg.seed= 1;
cfg.init= lstm_init_default();
cfg.optimizer= LSTM_SGD;
cfg.report_every= 100;
if(strcmp(task,"reber")==0){
cfg.cells= 8;cfg.rate= 0.1;cfg.max_sequences= 100000;
}else if(strcmp(task,"multiply")==0||strcmp(task,"twoseq")==0||
strcmp(task,"order")==0){
/*382:*/
#line 569 "chapters/training.w"

cfg.length= length?length:100;
cfg.optimizer= LSTM_ADAM;
cfg.init.range= 0.5;
cfg.init.bias_i= -2;cfg.init.bias_f= 3;cfg.init.bias_o= 0;
if(strcmp(task,"multiply")==0){
cfg.cells= 4;cfg.rate= 0.003;cfg.max_sequences= 200000;
}else if(strcmp(task,"twoseq")==0){
cfg.cells= 4;cfg.rate= 0.003;cfg.max_sequences= 200000;
cfg.no_forget= 1;
}else{
cfg.cells= 8;cfg.rate= 0.003;cfg.max_sequences= 100000;
}

/*:382*/
#line 520 "chapters/training.w"
;
}else if(strcmp(task,"adding")==0){
cfg.length= length?length:100;cfg.cells= 4;cfg.rate= 0.003;
cfg.optimizer= LSTM_ADAM;cfg.max_sequences= 200000;
cfg.init.range= 0.5;
cfg.init.bias_i= -2;cfg.init.bias_f= 3;cfg.init.bias_o= 0;
}else{
cfg.length= length?length:100;cfg.cells= 8;cfg.rate= 0.01;
cfg.optimizer= LSTM_ADAM;
cfg.max_sequences= strcmp(task,"lag2c")==0?100000:40000;
cfg.init.range= 0.3;
cfg.init.bias_i= -1-log((double)(cfg.length> 1?cfg.length:2));
cfg.init.bias_f= 2;cfg.init.bias_o= 0;
cfg.no_forget= cfg.length>=200||strcmp(task,"lag2c")==0;
}
return cfg;
}

/*:381*//*383:*/
#line 587 "chapters/training.w"

int lstm_train_task(const lstm_train_config*cfg,lstm_net*net,
lstm_train_status*st,lstm_error*err)
{
lstm_task task;
lstm_optimizer opt;
lstm_trainer tn;
lstm_rng init_rng,data_rng,test_rng;
lstm_data held;
const lstm_method*meth;
long param;
lstm_ring ring= {0};
int status;
double ref_loss= HUGE_VAL;
long ref_at= 0;
lag_look look= {{0},0};
clock_t start= clock();
memset(st,0,sizeof*st);
memset(net,0,sizeof*net);
memset(&opt,0,sizeof opt);
memset(&tn,0,sizeof tn);
if((status= lstm_task_init(&task,cfg->task,cfg->length,err))!=LSTM_OK)
return status;
task.every_step= cfg->every_step;
task.random_middle= cfg->random_middle;
/*736:*/
#line 280 "chapters/net1997.w"

if(cfg->net1997){
if(task.kind!=LSTM_TASK_LAG||!task.every_step)
return lstm_fail(err,LSTM_EUSAGE,"--net 1997 has a network for the "
"lag task with --targets every (Experiment 2a) only, not for the "
"task %s%s",task.name,task.kind==LSTM_TASK_LAG?
" with --targets last":"");

task.output= LSTM_OUT_LOGISTIC;
}

/*:736*/
#line 612 "chapters/training.w"
;
if((status= lstm_task_vary(&task,cfg->variant,cfg->relevant,
cfg->symbols,err))!=LSTM_OK)return status;
lstm_data_init(&held,task.m,task.k);
if(!(meth= lstm_method_find(cfg->method,&param,err)))return LSTM_EUSAGE;
if(meth->seeded)param= (long)(cfg->seed&0x7FFFFFFF);
/*384:*/
#line 644 "chapters/training.w"

lstm_rng_seed(&init_rng,cfg->seed);
lstm_rng_seed(&data_rng,cfg->seed^0xA0761D6478BD642FULL);
lstm_rng_seed(&test_rng,cfg->seed^0xE7037ED1A0B428DBULL);
if(cfg->start)/*385:*/
#line 670 "chapters/training.w"

{
if(cfg->start->m!=task.m||cfg->start->k!=task.k||
cfg->start->output!=task.output){
status= lstm_fail(err,LSTM_EUSAGE,"the initial network does not fit "
"the task %s: it needs %zu inputs and %zu outputs",task.name,task.m,
task.k);

goto done;
}
if((status= lstm_net_copy(net,cfg->start,err))!=LSTM_OK)goto done;
}

/*:385*/
#line 648 "chapters/training.w"

else{
lstm_arch arch;
/*737:*/
#line 291 "chapters/net1997.w"

memset(&arch,0,sizeof arch);
if(cfg->net1997){
arch.no_outgate= arch.no_recurrent= arch.no_bias= arch.shortcut= 1;
arch.g_logistic= arch.h_identity= 1;
}
if(cfg->construct)arch.pending= cfg->cells;

/*:737*/
#line 651 "chapters/training.w"
;
if((status= lstm_net_init_arch(net,task.m,cfg->cells,task.k,
task.output,&arch,err))!=LSTM_OK)goto done;
net->no_forget= cfg->no_forget;
lstm_net_initialize(net,&init_rng,&cfg->init);
lstm_net_mask(net,net->theta);
}
if((status= lstm_optimizer_init(&opt,net,cfg->optimizer,cfg->rate,
err))!=LSTM_OK)goto done;
opt.clip= cfg->clip;
if(cfg->rate_out> 0)opt.rate_out= cfg->rate_out;
if((status= lstm_trainer_init(&tn,net,meth,param,&opt,err))!=LSTM_OK)
goto done;
tn.per_sequence= cfg->per_sequence;

/*:384*/
#line 618 "chapters/training.w"
;
/*386:*/
#line 689 "chapters/training.w"

switch(task.random_middle?0:task.kind){
case LSTM_TASK_LAG:
for(int first= 0;first<2&&status==LSTM_OK;first++){
lstm_seq*s;
status= lstm_data_add(&held,task.length,&s,err);
if(status==LSTM_OK)
status= lag_fill(s,task.length,task.length,first,task.every_step,
err);
}
break;
case LSTM_TASK_REBER:
for(int q= 0;q<512&&status==LSTM_OK;q++){
lstm_seq*s;
status= lstm_task_sample(&task,&data_rng,&held,&s,err);
}
break;
case LSTM_TASK_TWOSEQ:break;
default:
ring.size= task.kind==LSTM_TASK_LAG2C||task.kind==LSTM_TASK_LAG?
10000:2000;
ring.threshold= task.kind==LSTM_TASK_LAG2C?0.2:
task.kind==LSTM_TASK_LAG?0.25:task.kind==LSTM_TASK_ORDER?0.3:
0.04;
if(!(ring.error= alloc_doubles(ring.size)))
status= lstm_fail(err,LSTM_ENOMEM,"out of memory");
}
if(status!=LSTM_OK)goto done;

/*:386*/
#line 619 "chapters/training.w"
;
while(status==LSTM_OK&&!st->solved&&st->sequences<cfg->max_sequences
&&!(cfg->stop&&*cfg->stop))
if(cfg->batch> 1)
/*505:*/
#line 504 "chapters/threads.w"

{
size_t B= cfg->batch;
lstm_data drawn;
const lstm_seq**pick= NULL;
double*each= NULL;
lstm_data_init(&drawn,task.m,task.k);
if((long)B> cfg->max_sequences-st->sequences)
B= (size_t)(cfg->max_sequences-st->sequences);
if(!(pick= malloc(B*sizeof*pick))||
!(each= alloc_doubles(3*B)))
status= lstm_fail(err,LSTM_ENOMEM,"out of memory for a batch");
/*506:*/
#line 547 "chapters/threads.w"

for(size_t b= 0;b<B&&status==LSTM_OK;b++){
lstm_seq*s;
if(task.kind==LSTM_TASK_REBER)pick[b]= &held.seq[rng_below(&data_rng,
256)];
else if(task.kind==LSTM_TASK_LAG&&!task.random_middle)
pick[b]= &held.seq[rng_below(&data_rng,2)];
else if((status= lstm_task_sample(&task,&data_rng,&drawn,&s,err))==
LSTM_OK)pick[b]= NULL;
}
for(size_t b= 0,d= 0;b<B&&status==LSTM_OK;b++)
if(!pick[b])pick[b]= &drawn.seq[d++];

/*:506*/
#line 516 "chapters/threads.w"
;
/*507:*/
#line 564 "chapters/threads.w"

for(size_t b= 0;b<B&&status==LSTM_OK;b++){
const lstm_seq*s= pick[b];
const double*y= lstm_target(s,s->T-1);
double last= 0;
if(!trace_fits(&tn.tr,net,s->T)){
status= lstm_fail(err,LSTM_ENOMEM,"out of memory");
break;
}
lstm_trace_start(&tn.tr,NULL,NULL);
each[3*b]= lstm_forward(net,s,&tn.tr);
each[3*b+1]= trace_max_error(net,s,&tn.tr);
if(y)
for(size_t r= 0;r<net->k;r++){
double d= fabs(lstm_pred(&tn.tr,s->T-1)[r]-y[r]);
if(!(d<=last))last= d;
}
each[3*b+2]= last;
}

/*:507*/
#line 517 "chapters/threads.w"
;
if(status==LSTM_OK){
double loss= 0;
status= lstm_train_batch(&tn,pick,B,cfg->threads,&loss,err);
if(status==LSTM_OK)
status= lstm_train_finite(net,st->sequences+(long)B,loss,err);
}
for(size_t b= 0;b<B&&status==LSTM_OK&&!st->solved;b++){
double loss= each[3*b],e= each[3*b+1];
tn.end_error= each[3*b+2];
st->sequences++;
st->moving_loss= st->sequences==1?loss:
0.99*st->moving_loss+0.01*loss;
/*392:*/
#line 887 "chapters/training.w"

if(task.random_middle)e= tn.end_error;
switch(task.random_middle?0:task.kind){
case LSTM_TASK_LAG:
if(st->sequences%10==0){
st->measure= lag_probe(net,&held,&tn.tr,&st->probe);
if(st->probe.last_error<0.25&&!st->end_sequences)
st->end_sequences= st->sequences;
if(cfg->success_end)st->measure= st->probe.last_error;
st->solved= st->measure<0.25;
}
break;
case LSTM_TASK_REBER:
if(st->sequences%100==0){
st->measure= reber_right(net,&held,&tn.tr);
st->solved= st->measure==1;
}
break;
case LSTM_TASK_TWOSEQ:
if(st->sequences%100==0)
/*394:*/
#line 934 "chapters/training.w"

{
size_t wrong= 0;
double mae= 0;
status= task_errors(net,&task,&test_rng,256,&tn.tr,&wrong,&mae,err);
if(status==LSTM_OK){
const int st1= task.variant=='b'?wrong<6:wrong==0;
const double st2= task.variant=='a'?0.01:task.variant=='b'?
0.04:0.015;
st->measure= (double)(256-wrong)/256;
if(st1&&!st->first)st->first= st->sequences;
st->solved= st1&&mae<st2;
}
}

/*:394*/
#line 907 "chapters/training.w"
;
break;
default:{
double*slot= &ring.error[(st->sequences-1)%ring.size];
if(st->sequences> (long)ring.size)ring.right-= *slot<ring.threshold;
*slot= e;
ring.right+= e<ring.threshold;
st->measure= (double)ring.right/ring.size;
st->solved= ring.right==ring.size;
if(task.kind==LSTM_TASK_MULTIPLY)
/*393:*/
#line 921 "chapters/training.w"

{
const size_t wrong= ring.size-ring.right;
const int full= st->sequences>=(long)ring.size;
if(full&&wrong<140&&!st->first)st->first= st->sequences;
st->solved= full&&wrong<13;
}

/*:393*/
#line 917 "chapters/training.w"
;
}
}

/*:392*/
#line 530 "chapters/threads.w"
;
if(cfg->report&&(st->solved||st->sequences%cfg->report_every==0)){
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC;
st->updates= tn.updates;
cfg->report(st,cfg->ctx);
}
}
free(pick);
free(each);
lstm_data_free(&drawn);
}

/*:505*/
#line 623 "chapters/training.w"

else/*391:*/
#line 795 "chapters/training.w"

{
lstm_data one;
lstm_seq*s;
double loss= 0,e= 0;
lstm_data_init(&one,task.m,task.k);
if(task.kind==LSTM_TASK_REBER)s= &held.seq[rng_below(&data_rng,256)];
else if(task.kind==LSTM_TASK_LAG&&!task.random_middle)
s= &held.seq[rng_below(&data_rng,2)];
else status= lstm_task_sample(&task,&data_rng,&one,&s,err);
if(status==LSTM_OK)
status= lstm_train_sequence(&tn,s,&loss,&e,err);
if(status==LSTM_OK)
status= lstm_train_finite(net,st->sequences+1,loss,err);
lstm_data_free(&one);
if(status==LSTM_OK){
st->sequences++;
st->moving_loss= st->sequences==1?loss:
0.99*st->moving_loss+0.01*loss;
/*392:*/
#line 887 "chapters/training.w"

if(task.random_middle)e= tn.end_error;
switch(task.random_middle?0:task.kind){
case LSTM_TASK_LAG:
if(st->sequences%10==0){
st->measure= lag_probe(net,&held,&tn.tr,&st->probe);
if(st->probe.last_error<0.25&&!st->end_sequences)
st->end_sequences= st->sequences;
if(cfg->success_end)st->measure= st->probe.last_error;
st->solved= st->measure<0.25;
}
break;
case LSTM_TASK_REBER:
if(st->sequences%100==0){
st->measure= reber_right(net,&held,&tn.tr);
st->solved= st->measure==1;
}
break;
case LSTM_TASK_TWOSEQ:
if(st->sequences%100==0)
/*394:*/
#line 934 "chapters/training.w"

{
size_t wrong= 0;
double mae= 0;
status= task_errors(net,&task,&test_rng,256,&tn.tr,&wrong,&mae,err);
if(status==LSTM_OK){
const int st1= task.variant=='b'?wrong<6:wrong==0;
const double st2= task.variant=='a'?0.01:task.variant=='b'?
0.04:0.015;
st->measure= (double)(256-wrong)/256;
if(st1&&!st->first)st->first= st->sequences;
st->solved= st1&&mae<st2;
}
}

/*:394*/
#line 907 "chapters/training.w"
;
break;
default:{
double*slot= &ring.error[(st->sequences-1)%ring.size];
if(st->sequences> (long)ring.size)ring.right-= *slot<ring.threshold;
*slot= e;
ring.right+= e<ring.threshold;
st->measure= (double)ring.right/ring.size;
st->solved= ring.right==ring.size;
if(task.kind==LSTM_TASK_MULTIPLY)
/*393:*/
#line 921 "chapters/training.w"

{
const size_t wrong= ring.size-ring.right;
const int full= st->sequences>=(long)ring.size;
if(full&&wrong<140&&!st->first)st->first= st->sequences;
st->solved= full&&wrong<13;
}

/*:393*/
#line 917 "chapters/training.w"
;
}
}

/*:392*/
#line 814 "chapters/training.w"
;
if(cfg->construct&&!st->solved)
/*733:*/
#line 227 "chapters/net1997.w"

if(net->arch.pending> 0&&st->sequences-ref_at>=cfg->patience){
if(st->moving_loss> 0.99*ref_loss){
lstm_net_add_cell(net,&init_rng,&cfg->init);
st->cells_added++;
st->added_at= st->sequences;
ref_loss= HUGE_VAL;
}else ref_loss= st->moving_loss;
ref_at= st->sequences;
}

/*:733*/
#line 816 "chapters/training.w"
;
/*754:*/
#line 715 "chapters/net1997.w"

if(task.kind==LSTM_TASK_LAG&&!task.random_middle&&(cfg->trace||
(st->cells_added> 0&&st->sequences-st->added_at<=100)))
lag_look_at(net,&held,&tn.tr,cfg,st,&look);

/*:754*/
#line 818 "chapters/training.w"
;
if(cfg->report&&(st->solved||st->sequences%cfg->report_every==0)){
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC;
st->updates= tn.updates;
cfg->report(st,cfg->ctx);
}
}
}

/*:391*/
#line 624 "chapters/training.w"
;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC;
st->updates= tn.updates;
if(status==LSTM_OK&&task.kind==LSTM_TASK_LAG&&!task.random_middle)
st->measure= lag_probe(net,&held,&tn.tr,&st->probe);
if(status==LSTM_OK&&(task.kind==LSTM_TASK_ADDING||
task.kind>=LSTM_TASK_TWOSEQ))
/*395:*/
#line 955 "chapters/training.w"

{
size_t wrong= 0;
double mae= 0;
lstm_rng final_rng;
lstm_rng_seed(&final_rng,cfg->seed^0x8EBC6AF09C88C6E3ULL);
status= task_errors(net,&task,&final_rng,2560,&tn.tr,&wrong,&mae,
err);
st->wrong= (long)wrong;
}

/*:395*/
#line 631 "chapters/training.w"
;
done:
lstm_trainer_free(&tn);
lstm_optimizer_free(&opt);
lstm_data_free(&held);
free(ring.error);
return status;
}

/*:383*//*388:*/
#line 733 "chapters/training.w"

int lstm_train_finite(const lstm_net*net,long sequence,double loss,
lstm_error*err)
{
lstm_error why;
lstm_error_clear(&why);
if(lstm_finite_loss(loss,&why)==LSTM_OK&&
lstm_finite_net(net,"a weight",&why)==LSTM_OK)
return LSTM_OK;
if(!isfinite(loss))
return lstm_fail(err,LSTM_EDIVERGED,"training diverged at sequence %ld: "
"the loss is %g",sequence,loss);
return lstm_fail(err,LSTM_EDIVERGED,"training diverged at sequence %ld: "
"the loss is %g, but %s",sequence,loss,why.msg);

}

/*:388*//*390:*/
#line 769 "chapters/training.w"

static int lag_fill(lstm_seq*s,size_t p,size_t lag,size_t first,
int every_step,lstm_error*err)
{
size_t k= p+1;
for(size_t t= 0;t<lag;t++){
size_t in= t==0?first:2+(t-1)%(p-1);
size_t next= t+1==lag?first:2+t%(p-1);
s->x[t*k+in]= 1;
if((every_step&&lag==p)||t+1==lag){
double*y= lstm_target_set(s,t,err);
if(!y)return LSTM_ENOMEM;
y[next]= 1;
}
}
return LSTM_OK;
}

/*:390*//*397:*/
#line 978 "chapters/training.w"

static int task_errors(const lstm_net*net,const lstm_task*task,
lstm_rng*rng,size_t count,lstm_trace*tr,size_t*wrong,double*mae,
lstm_error*err)
{
const double bar= task->kind==LSTM_TASK_ORDER?0.3:
task->kind!=LSTM_TASK_TWOSEQ?0.04:task->variant=='c'?0.1:0.2;
int status= LSTM_OK;
*wrong= 0;
*mae= 0;
for(size_t q= 0;q<count&&status==LSTM_OK;q++){
lstm_data one;
lstm_seq*s;
lstm_data_init(&one,task->m,task->k);
status= task->kind==LSTM_TASK_TWOSEQ?
twoseq_sample(task,1,rng,&one,&s,err):
lstm_task_sample(task,rng,&one,&s,err);
if(status==LSTM_OK&&!trace_fits(tr,net,s->T))
status= lstm_fail(err,LSTM_ENOMEM,"out of memory");
if(status==LSTM_OK){
const double*pred,*y;
double d= 0;
lstm_trace_start(tr,NULL,NULL);
lstm_forward(net,s,tr);
pred= lstm_pred(tr,s->T-1);
y= lstm_target(s,s->T-1);
for(size_t r= 0;r<task->k;r++)d= fmax_nan(d,fabs(pred[r]-y[r]));
*wrong+= !(d<bar);
*mae+= d;
}
lstm_data_free(&one);
}
*mae/= (double)count;
return status;
}

/*:397*//*399:*/
#line 1023 "chapters/training.w"

static int trace_fits(lstm_trace*tr,const lstm_net*net,size_t T)
{
if(tr->T>=T)return 1;
lstm_trace_free(tr);
return lstm_trace_alloc(tr,net,T,NULL)==LSTM_OK;
}

/*:399*//*401:*/
#line 1052 "chapters/training.w"

static double lag_probe(const lstm_net*net,const lstm_data*held,
lstm_trace*tr,lstm_lag_probe*pr)
{
const size_t n= net->n,T= held->seq[0].T;
double last_out[2][LSTM_PROBE_CELLS];
memset(pr,0,sizeof*pr);
if(!trace_fits(tr,net,T))return HUGE_VAL;
for(size_t s= 0;s<2;s++){
const lstm_seq*seq= &held->seq[s];
lstm_trace_start(tr,NULL,NULL);
lstm_forward(net,seq,tr);
for(size_t t= 0;t<T;t++){
const double*pred= lstm_pred(tr,t),*y= lstm_target(seq,t);
double*worst= t+1==T?&pr->last_error:&pr->other_error;
if(!y)continue;
for(size_t r= 0;r<net->k;r++)
*worst= fmax_nan(*worst,fabs(pred[r]-y[r]));
}
for(size_t j= 0;j<n;j++){
pr->drift= fmax_nan(pr->drift,fabs(lstm_state(tr,T-1)[j]));
if(j<LSTM_PROBE_CELLS)last_out[s][j]= lstm_out(tr,T-1)[j];
}
}
for(size_t j= 0;j<n&&j<LSTM_PROBE_CELLS;j++)
pr->separation= fmax_nan(pr->separation,
fabs(last_out[0][j]-last_out[1][j]));
return fmax_nan(pr->last_error,pr->other_error);
}

/*:401*//*403:*/
#line 1091 "chapters/training.w"

static double fmax_nan(double a,double b)
{
return isnan(a)||isnan(b)?NAN:a> b?a:b;
}

/*:403*//*404:*/
#line 1101 "chapters/training.w"

static double reber_right(const lstm_net*net,const lstm_data*held,
lstm_trace*tr)
{
size_t right= 0;
for(size_t s= 0;s<held->count;s++){
const lstm_seq*seq= &held->seq[s];
int ok= 1;
if(!trace_fits(tr,net,seq->T))return 0;
lstm_trace_start(tr,NULL,NULL);
lstm_forward(net,seq,tr);
for(size_t t= 0;t<seq->T&&ok;t++){
const double*p= lstm_pred(tr,t),*y= lstm_target(seq,t);
double low= HUGE_VAL,high= -HUGE_VAL;
if(!y)continue;
for(size_t r= 0;r<7;r++)
if(y[r]> 0)low= fmin(low,p[r]);
else high= fmax(high,p[r]);
ok= low> high;
}
right+= ok;
}
return(double)right/(double)held->count;
}

/*:404*//*406:*/
#line 1142 "chapters/training.w"

int lstm_retention(const lstm_net*net,size_t p,size_t runs,
double*fraction,lstm_error*err)
{
const size_t n= net->n,k= p+1;
double*v,*x,*pred;
int passed= 0;
if(p<2||runs<1||runs> LSTM_MAX_DIM||net->m!=k||
net->k!=k)
return lstm_fail(err,LSTM_EUSAGE,"retention needs a network for the "
"lag task and between 1 and %d runs of distractors",LSTM_MAX_DIM);

if(!(v= alloc_doubles(12*n+2*k)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a probe");
x= v+12*n;pred= x+k;
for(size_t first= 0;first<2;first++){
const size_t L= lstm_probe_length(p,runs);
double*state= v,*out= v+n;
memset(v,0,12*n*sizeof*v);
for(size_t t= 0;t<L;t++){
double*next= t%2?v:v+6*n;
size_t in= t==0?first:2+(t-1)%(p-1);
memset(x,0,k*sizeof*x);
x[in]= 1;
lstm_step(net,x,out,state,next+2*n,next,next+n);
state= next;out= next+n;
}
lstm_output_forward_x(net,out,x,NULL,pred);
/*407:*/
#line 1179 "chapters/training.w"

{
int ok= 1;
for(size_t r= 0;r<k;r++)
ok= ok&&fabs(pred[r]-(r==first?1.0:0.0))<0.25;
passed+= ok;
}

/*:407*/
#line 1170 "chapters/training.w"
;
}
*fraction= passed/2.0;
free(v);
return LSTM_OK;
}

/*:406*//*434:*/
#line 403 "chapters/speed.w"

/*119:*/
#line 191 "chapters/bptt.w"

static LSTM_INLINE void mat_tvec_kernel(const double*A,size_t rows,
size_t cols,const double*v,double*result)
{
size_t r= 0;
memset(result,0,cols*sizeof*result);
for(;r+4<=rows;r+= 4){
const double*r0= A+r*cols,*r1= r0+cols,*r2= r1+cols,
*r3= r2+cols;
const double v0= v[r],v1= v[r+1],v2= v[r+2],v3= v[r+3];
for(size_t l= 0;l<cols;l++)
result[l]+= (r0[l]*v0+r1[l]*v1)+(r2[l]*v2+r3[l]*v3);
}
for(;r<rows;r++){
const double*row= A+r*cols;
for(size_t l= 0;l<cols;l++)result[l]+= row[l]*v[r];
}
}

/*:119*//*423:*/
#line 88 "chapters/speed.w"

static LSTM_INLINE double dot_kernel(const double*a,const double*b,
size_t len)
{
double s[LSTM_LANES]= {0};
size_t l= 0;
for(;l+LSTM_LANES<=len;l+= LSTM_LANES)
for(size_t q= 0;q<LSTM_LANES;q++)s[q]+= a[l+q]*b[l+q];
for(size_t q= 0;l+q<len;q++)s[q]+= a[l+q]*b[l+q];
return((s[0]+s[4])+(s[1]+s[5]))+((s[2]+s[6])+(s[3]+s[7]));
}

/*:423*//*425:*/
#line 111 "chapters/speed.w"

static LSTM_INLINE void gemv_kernel(const double*A,size_t rows,
size_t cols,const double*v,double*y)
{
for(size_t r= 0;r<rows;r++)y[r]+= dot_kernel(A+r*cols,v,cols);
}

/*:425*//*427:*/
#line 155 "chapters/speed.w"

static LSTM_INLINE void gemm_nt_kernel(size_t rows,size_t cols,size_t len,
const double*A,size_t lda,const double*B,size_t ldb,double*C,
size_t ldc)
{
for(size_t r= 0;r<rows;r++)
for(size_t c= 0;c<cols;c++)
C[r*ldc+c]+= dot_kernel(A+r*lda,B+c*ldb,len);
}

/*:427*//*428:*/
#line 183 "chapters/speed.w"

static LSTM_INLINE void gemm_tn_kernel(size_t rows,size_t cols,size_t len,
const double*A,size_t lda,const double*B,size_t ldb,double*C,
size_t ldc)
{
for(size_t r0= 0;r0<rows;r0+= LSTM_ROW_BLOCK){
const size_t r1= r0+LSTM_ROW_BLOCK<rows?r0+LSTM_ROW_BLOCK:rows;
for(size_t t= 0;t<len;t++){
const double*a= A+t*lda,*b= B+t*ldb;
for(size_t r= r0;r<r1;r++){
const double ar= a[r];
double*c= C+r*ldc;
for(size_t l= 0;l<cols;l++)c[l]+= ar*b[l];
}
}
}
}

/*:428*//*429:*/
#line 209 "chapters/speed.w"

static LSTM_INLINE void gemm_nn_kernel(size_t rows,size_t cols,size_t len,
const double*A,size_t lda,const double*B,size_t ldb,double*C,
size_t ldc)
{
for(size_t l= 0;l<len;l++){
const double*b= B+l*ldb;
for(size_t r= 0;r<rows;r++){
const double arl= A[r*lda+l];
double*c= C+r*ldc;
for(size_t k= 0;k<cols;k++)c[k]+= arl*b[k];
}
}
}

/*:429*//*483:*/
#line 1568 "chapters/speed.w"

static LSTM_INLINE void carry_row_kernel(double*s,double*g,size_t len,
const double*v,size_t ldv,size_t steps,const double*keep,
const double*coef,const double*e)
{
size_t b= 0;
for(;b+2<=steps;b+= 2){
const double*v0= v+b*ldv,*v1= v0+ldv,k0= keep[b],
k1= keep[b+1],c0= coef[b],c1= coef[b+1],e0= e[b],
e1= e[b+1];
for(size_t l= 0;l<len;l++){
const double s0= k0*s[l]+c0*v0[l],s1= k1*s0+c1*v1[l];
g[l]= (g[l]+e0*s0)+e1*s1;
s[l]= s1;
}
}
if(b<steps){
update_row(s,v+b*ldv,len,keep[b],coef[b]);
update_row(g,s,len,1,e[b]);
}
}

/*:483*//*522:*/
#line 42 "chapters/batch.w"

static LSTM_INLINE void acc8(double*s,double al,const double*w)
{
for(size_t j= 0;j<LSTM_BATCH_BLOCK;j++)s[j]+= al*w[j];
}

/*:522*//*523:*/
#line 71 "chapters/batch.w"

static LSTM_INLINE void gemv_batch_kernel(const double*A,size_t rows,
size_t cols,const double*const*v,double*const*y,size_t count)
{
size_t b0= 0;
for(;cols<=LSTM_PACK_COLS&&b0+LSTM_BATCH_BLOCK<=count;
b0+= LSTM_BATCH_BLOCK){
double vt[LSTM_PACK_COLS*LSTM_BATCH_BLOCK];
for(size_t l= 0;l<cols;l++)
for(size_t j= 0;j<LSTM_BATCH_BLOCK;j++)
vt[l*LSTM_BATCH_BLOCK+j]= v[b0+j][l];
for(size_t r= 0;r<rows;r++)
/*524:*/
#line 90 "chapters/batch.w"

{
const double*a= A+r*cols;
double s0[LSTM_BATCH_BLOCK]= {0},s1[LSTM_BATCH_BLOCK]= {0},
s2[LSTM_BATCH_BLOCK]= {0},s3[LSTM_BATCH_BLOCK]= {0},
s4[LSTM_BATCH_BLOCK]= {0},s5[LSTM_BATCH_BLOCK]= {0},
s6[LSTM_BATCH_BLOCK]= {0},s7[LSTM_BATCH_BLOCK]= {0};
double*const s[LSTM_LANES]= {s0,s1,s2,s3,s4,s5,s6,s7};
size_t l= 0;
for(;l+LSTM_LANES<=cols;l+= LSTM_LANES){
const double*w= vt+l*LSTM_BATCH_BLOCK;
acc8(s0,a[l],w);
acc8(s1,a[l+1],w+LSTM_BATCH_BLOCK);
acc8(s2,a[l+2],w+2*LSTM_BATCH_BLOCK);
acc8(s3,a[l+3],w+3*LSTM_BATCH_BLOCK);
acc8(s4,a[l+4],w+4*LSTM_BATCH_BLOCK);
acc8(s5,a[l+5],w+5*LSTM_BATCH_BLOCK);
acc8(s6,a[l+6],w+6*LSTM_BATCH_BLOCK);
acc8(s7,a[l+7],w+7*LSTM_BATCH_BLOCK);
}
for(size_t q= 0;l+q<cols;q++)
acc8(s[q],a[l+q],vt+(l+q)*LSTM_BATCH_BLOCK);
for(size_t j= 0;j<LSTM_BATCH_BLOCK;j++)
y[b0+j][r]+= ((s0[j]+s4[j])+(s1[j]+s5[j]))+
((s2[j]+s6[j])+(s3[j]+s7[j]));
}

/*:524*/
#line 83 "chapters/batch.w"
;
}
for(;b0<count;b0++)
for(size_t r= 0;r<rows;r++)
y[b0][r]+= dot_kernel(A+r*cols,v[b0],cols);
}

/*:523*//*525:*/
#line 124 "chapters/batch.w"

static LSTM_INLINE void mat_tvec_batch_kernel(const double*A,size_t rows,
size_t cols,const double*const*v,double*const*result,size_t count)
{
size_t r= 0;
for(size_t b= 0;b<count;b++)
memset(result[b],0,cols*sizeof*result[b]);
for(;r+4<=rows;r+= 4){
const double*r0= A+r*cols,*r1= r0+cols,*r2= r1+cols,
*r3= r2+cols;
for(size_t b= 0;b<count;b++){
const double v0= v[b][r],v1= v[b][r+1],v2= v[b][r+2],
v3= v[b][r+3];
double*res= result[b];
for(size_t l= 0;l<cols;l++)
res[l]+= (r0[l]*v0+r1[l]*v1)+(r2[l]*v2+r3[l]*v3);
}
}
for(;r<rows;r++){
const double*row= A+r*cols;
for(size_t b= 0;b<count;b++){
double*res= result[b];
for(size_t l= 0;l<cols;l++)res[l]+= row[l]*v[b][r];
}
}
}

/*:525*//*526:*/
#line 179 "chapters/batch.w"

#if LSTM_DISPATCH
typedef double lstm_v8 __attribute__((vector_size(8*sizeof(double))));
static LSTM_INLINE void tree8x8(lstm_v8*const s[8],double*out);
static LSTM_INLINE void dot4x4(const double*const a[4],
const double*const v[4],size_t len,double*out)
{
lstm_v8 s00= {0},s01= {0},s02= {0},s03= {0},s10= {0},s11= {0},
s12= {0},s13= {0},s20= {0},s21= {0},s22= {0},s23= {0},
s30= {0},s31= {0},s32= {0},s33= {0};
lstm_v8*const s[16]= {&s00,&s01,&s02,&s03,&s10,&s11,&s12,&s13,
&s20,&s21,&s22,&s23,&s30,&s31,&s32,&s33};
size_t l= 0;
for(;l+8<=len;l+= 8){
lstm_v8 x[4],y[4];
for(size_t i= 0;i<4;i++){
memcpy(&x[i],a[i]+l,sizeof x[i]);
memcpy(&y[i],v[i]+l,sizeof y[i]);
}
for(size_t i= 0;i<4;i++)
for(size_t j= 0;j<4;j++)*s[4*i+j]+= x[i]*y[j];
}
if(l<len){
lstm_v8 x[4]= {{0}},y[4]= {{0}};
for(size_t i= 0;i<4;i++){
memcpy(&x[i],a[i]+l,(len-l)*sizeof(double));
memcpy(&y[i],v[i]+l,(len-l)*sizeof(double));
}
for(size_t i= 0;i<4;i++)
for(size_t j= 0;j<4;j++)*s[4*i+j]+= x[i]*y[j];
}
tree8x8(s,out);
tree8x8(s+8,out+8);
}
#endif
#line 214 "chapters/batch.w"

/*:526*//*527:*/
#line 225 "chapters/batch.w"

#if LSTM_DISPATCH
#if defined(__clang__) || __GNUC__ >= 12
static LSTM_INLINE void halves(const lstm_v8*p,const lstm_v8*q,
lstm_v8*r)
{
*r= __builtin_shufflevector(*p,*q,0,1,2,3,8,9,10,11)+
__builtin_shufflevector(*p,*q,4,5,6,7,12,13,14,15);
}

static LSTM_INLINE void pairs(const lstm_v8*p,const lstm_v8*q,
lstm_v8*r)
{
*r= __builtin_shufflevector(*p,*q,0,2,4,6,8,10,12,14)+
__builtin_shufflevector(*p,*q,1,3,5,7,9,11,13,15);
}

static LSTM_INLINE void tree8x8(lstm_v8*const s[8],double*out)
{
lstm_v8 h01,h23,h45,h67,w0,w1,r;
halves(s[0],s[1],&h01),halves(s[2],s[3],&h23);
halves(s[4],s[5],&h45),halves(s[6],s[7],&h67);
pairs(&h01,&h23,&w0),pairs(&h45,&h67,&w1),pairs(&w0,&w1,&r);
memcpy(out,&r,sizeof r);
}
#else
#line 251 "chapters/batch.w"
 static LSTM_INLINE void tree8x8(lstm_v8*const s[8],double*out)
{
for(size_t j= 0;j<8;j++){
const lstm_v8 v= *s[j];
out[j]= ((v[0]+v[4])+(v[1]+v[5]))+((v[2]+v[6])+(v[3]+
v[7]));
}
}
#endif
#line 260 "chapters/batch.w"
#endif
#line 261 "chapters/batch.w"

/*:527*//*528:*/
#line 278 "chapters/batch.w"

#if LSTM_DISPATCH
static LSTM_INLINE void gemv_wide_kernel(const double*A,size_t rows,
size_t cols,const double*const*v,double*const*y,size_t count)
{
const size_t rows4= rows-rows%4;
size_t group= cols> 0?LSTM_PACK_DOUBLES/cols:0,b0= 0;
group-= group%4;
while(group>=4&&count-b0>=4){
double vp[LSTM_PACK_DOUBLES];
size_t g= count-b0<group?count-b0:group;
g-= g%4;
for(size_t b= 0;b<g;b++)
memcpy(vp+b*cols,v[b0+b],cols*sizeof*vp);
for(size_t r= 0;r<rows4;r+= 4){
const double*const a[4]= {A+r*cols,A+(r+1)*cols,
A+(r+2)*cols,A+(r+3)*cols};
for(size_t b= 0;b<g;b+= 4){
const double*const x[4]= {vp+b*cols,vp+(b+1)*cols,
vp+(b+2)*cols,vp+(b+3)*cols};
double out[16];
dot4x4(a,x,cols,out);
for(size_t i= 0;i<4;i++)
for(size_t j= 0;j<4;j++)
y[b0+b+j][r+i]+= out[4*i+j];
}
}
for(size_t b= b0;b<b0+g;b++)
for(size_t r= rows4;r<rows;r++)
y[b][r]+= dot_kernel(A+r*cols,v[b],cols);
b0+= g;
}
for(;b0<count;b0++)
for(size_t r= 0;r<rows;r++)
y[b0][r]+= dot_kernel(A+r*cols,v[b0],cols);
}
#endif
#line 315 "chapters/batch.w"

/*:528*//*529:*/
#line 328 "chapters/batch.w"

#if LSTM_DISPATCH
static LSTM_INLINE void gemm_nt_wide_kernel(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
const size_t rows4= rows-rows%4,cols4= cols-cols%4;
size_t band= LSTM_NT_BAND/(sizeof(double)*(len> 0?len:1));
band= band<4?4:band-band%4;
for(size_t c0= 0;c0<cols4;c0+= band){
const size_t c1= cols4-c0<band?cols4:c0+band;
for(size_t r= 0;r<rows4;r+= 4){
const double*const a[4]= {A+r*lda,A+(r+1)*lda,
A+(r+2)*lda,A+(r+3)*lda};
for(size_t c= c0;c<c1;c+= 4){
const double*const b[4]= {B+c*ldb,B+(c+1)*ldb,
B+(c+2)*ldb,B+(c+3)*ldb};
double out[16];
dot4x4(a,b,len,out);
for(size_t i= 0;i<4;i++)
for(size_t j= 0;j<4;j++)
C[(r+i)*ldc+c+j]+= out[4*i+j];
}
}
}
if(cols4<cols)
gemm_nt_kernel(rows4,cols-cols4,len,A,lda,B+cols4*ldb,ldb,
C+cols4,ldc);
if(rows4<rows)
gemm_nt_kernel(rows-rows4,cols,len,A+rows4*lda,lda,B,ldb,
C+rows4*ldc,ldc);
}
#endif
#line 361 "chapters/batch.w"

/*:529*//*530:*/
#line 389 "chapters/batch.w"

#if LSTM_DISPATCH
static LSTM_INLINE void gemm_tn_wide_kernel(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
const size_t cols16= cols-cols%16,rows8= rows-rows%8;
for(size_t t0= 0;t0<len;t0+= LSTM_TN_STEPS){
const size_t steps= len-t0<LSTM_TN_STEPS?len-t0:LSTM_TN_STEPS;
for(size_t l0= 0;l0<cols16;l0+= LSTM_TN_COLS){
const size_t width= cols16-l0<LSTM_TN_COLS?cols16-l0:
LSTM_TN_COLS;
double bp[LSTM_TN_STEPS*LSTM_TN_COLS];
for(size_t l= 0;l<width;l+= 16)
for(size_t t= 0;t<steps;t++)
memcpy(bp+l*steps+t*16,B+(t0+t)*ldb+l0+l,
16*sizeof*bp);
for(size_t r= 0;r<rows8;r+= 8){
double ap[LSTM_TN_STEPS*8];
for(size_t t= 0;t<steps;t++)
memcpy(ap+t*8,A+(t0+t)*lda+r,8*sizeof*ap);
for(size_t l= 0;l<width;l+= 16)
/*531:*/
#line 425 "chapters/batch.w"

{
double*cb= C+r*ldc+l0+l;
const double*bb= bp+l*steps;
lstm_v8 c[8][2];
for(size_t i= 0;i<8;i++){
memcpy(&c[i][0],cb+i*ldc,sizeof c[i][0]);
memcpy(&c[i][1],cb+i*ldc+8,sizeof c[i][1]);
}
for(size_t t= 0;t<steps;t++){
const double*a= ap+t*8;
lstm_v8 b0,b1;
memcpy(&b0,bb+t*16,sizeof b0);
memcpy(&b1,bb+t*16+8,sizeof b1);
for(size_t i= 0;i<8;i++){
c[i][0]+= a[i]*b0;
c[i][1]+= a[i]*b1;
}
}
for(size_t i= 0;i<8;i++){
memcpy(cb+i*ldc,&c[i][0],sizeof c[i][0]);
memcpy(cb+i*ldc+8,&c[i][1],sizeof c[i][1]);
}
}

/*:531*/
#line 412 "chapters/batch.w"
;
}
}
}
if(cols16<cols)
gemm_tn_kernel(rows8,cols-cols16,len,A,lda,B+cols16,ldb,
C+cols16,ldc);
if(rows8<rows)
gemm_tn_kernel(rows-rows8,cols,len,A+rows8,lda,B,ldb,
C+rows8*ldc,ldc);
}
#endif
#line 424 "chapters/batch.w"

/*:530*//*532:*/
#line 466 "chapters/batch.w"

#if LSTM_DISPATCH
static LSTM_INLINE void tvec_wide_kernel(const double*A,
size_t rows,size_t cols,const double*const*v,double*const*result,
size_t count)
{
size_t b0= 0;
for(;rows<=LSTM_PACK_ROWS&&b0+LSTM_BATCH_BLOCK<=count;
b0+= LSTM_BATCH_BLOCK){
double vt[LSTM_PACK_ROWS*LSTM_BATCH_BLOCK];
for(size_t r= 0;r<rows;r++)
for(size_t j= 0;j<LSTM_BATCH_BLOCK;j++)
vt[r*LSTM_BATCH_BLOCK+j]= v[b0+j][r];
for(size_t l0= 0;l0<cols;l0+= LSTM_COL_BLOCK){
const size_t width= cols-l0<LSTM_COL_BLOCK?cols-l0:
LSTM_COL_BLOCK;
lstm_v8 acc[LSTM_COL_BLOCK]= {{0}};
/*533:*/
#line 495 "chapters/batch.w"

{
size_t r= 0;
for(;r+4<=rows;r+= 4){
lstm_v8 w0,w1,w2,w3;
const double*a0= A+r*cols+l0,*a1= a0+cols,*a2= a1+cols,
*a3= a2+cols;
memcpy(&w0,vt+r*LSTM_BATCH_BLOCK,sizeof w0);
memcpy(&w1,vt+(r+1)*LSTM_BATCH_BLOCK,sizeof w1);
memcpy(&w2,vt+(r+2)*LSTM_BATCH_BLOCK,sizeof w2);
memcpy(&w3,vt+(r+3)*LSTM_BATCH_BLOCK,sizeof w3);
if(width==LSTM_COL_BLOCK)
for(size_t c= 0;c<LSTM_COL_BLOCK;c++)
acc[c]+= (a0[c]*w0+a1[c]*w1)+(a2[c]*w2+a3[c]*w3);
else
for(size_t c= 0;c<width;c++)
acc[c]+= (a0[c]*w0+a1[c]*w1)+(a2[c]*w2+a3[c]*w3);
}
for(;r<rows;r++){
lstm_v8 w0;
const double*a0= A+r*cols+l0;
memcpy(&w0,vt+r*LSTM_BATCH_BLOCK,sizeof w0);
for(size_t c= 0;c<width;c++)acc[c]+= a0[c]*w0;
}
}

/*:533*/
#line 484 "chapters/batch.w"
;
for(size_t c= 0;c<width;c++)
for(size_t j= 0;j<LSTM_BATCH_BLOCK;j++)
result[b0+j][l0+c]= acc[c][j];
}
}
if(b0<count)
mat_tvec_batch_kernel(A,rows,cols,v+b0,result+b0,count-b0);
}
#endif
#line 494 "chapters/batch.w"

/*:532*//*553:*/
#line 1019 "chapters/batch.w"

#if LSTM_DISPATCH
typedef double lstm_v4 __attribute__((vector_size(4*sizeof(double))));
static LSTM_INLINE void peak_kernel(size_t reps,double*out,size_t chains)
{
lstm_v8 x[16];
const lstm_v8 a= {0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5},
c= {1,1,1,1,1,1,1,1};
for(size_t k= 0;k<chains;k++)memcpy(&x[k],out+8*k,sizeof x[k]);
for(size_t r= 0;r<reps;r++)
for(size_t k= 0;k<chains;k++)x[k]= x[k]*a+c;
for(size_t k= 0;k<chains;k++)memcpy(out+8*k,&x[k],sizeof x[k]);
}
static LSTM_INLINE void peak4_kernel(size_t reps,double*out,size_t chains)
{
lstm_v4 x[16];
const lstm_v4 a= {0.5,0.5,0.5,0.5},c= {1,1,1,1};
for(size_t k= 0;k<chains;k++)memcpy(&x[k],out+4*k,sizeof x[k]);
for(size_t r= 0;r<reps;r++)
for(size_t k= 0;k<chains;k++)x[k]= x[k]*a+c;
for(size_t k= 0;k<chains;k++)memcpy(out+4*k,&x[k],sizeof x[k]);
}
#else
#line 1042 "chapters/batch.w"
 static LSTM_INLINE void peak4_kernel(size_t reps,double*out,size_t chains)
{
for(size_t r= 0;r<reps;r++)
for(size_t k= 0;k<4*chains;k++)out[k]= out[k]*0.5+1;
}
#endif
#line 1048 "chapters/batch.w"

/*:553*//*567:*/
#line 173 "chapters/snapblock.w"

static LSTM_INLINE void snap_row_kernel(double*s,double*h,double*g,
const double*v,size_t len,const snap_factors*c,double d)
{
const double keep= c->keep,cross= c->cross,in_state= c->in_state,
from_state= c->from_state,self= c->self,in_out= c->in_out;
if(c->kept&&g)
for(size_t l= 0;l<len;l++){
const double sn= keep*s[l]+cross*h[l]+in_state*v[l];
const double hn= from_state*sn+self*h[l]+in_out*v[l];
s[l]= sn,h[l]= hn,g[l]+= d*hn;
}
else if(c->kept)
for(size_t l= 0;l<len;l++){
const double sn= keep*s[l]+cross*h[l]+in_state*v[l];
s[l]= sn,h[l]= from_state*sn+self*h[l]+in_out*v[l];
}
else if(g)
for(size_t l= 0;l<len;l++){
const double sn= keep*s[l]+cross*h[l]+in_state*v[l];
const double hn= from_state*sn+self*h[l]+in_out*v[l];
s[l]= 0,h[l]= hn,g[l]+= d*hn;
}
else
for(size_t l= 0;l<len;l++){
const double sn= keep*s[l]+cross*h[l]+in_state*v[l];
s[l]= 0,h[l]= from_state*sn+self*h[l]+in_out*v[l];
}
}

/*:567*//*568:*/
#line 217 "chapters/snapblock.w"

static LSTM_INLINE void snap_pair_kernel(double*s,double*h,double*g,
const double*v0,const double*v1,size_t len,const snap_factors*c0,
const snap_factors*c1,double d0,double d1,int kept,int g0,int g1)
{
const double k0= c0->keep,x0= c0->cross,i0= c0->in_state,
f0= c0->from_state,u0= c0->self,o0= c0->in_out;
const double k1= c1->keep,x1= c1->cross,i1= c1->in_state,
f1= c1->from_state,u1= c1->self,o1= c1->in_out;
for(size_t l= 0;l<len;l++){
const double s0= k0*s[l]+x0*h[l]+i0*v0[l];
const double h0= f0*s0+u0*h[l]+o0*v0[l];
const double s1= k1*(kept?s0:0)+x1*h0+i1*v1[l];
const double h1= f1*s1+u1*h0+o1*v1[l];
s[l]= kept?s1:0,h[l]= h1;
if(g0&&g1)g[l]= (g[l]+d0*h0)+d1*h1;
else if(g0)g[l]+= d0*h0;
else if(g1)g[l]+= d1*h1;
}
}

/*:568*//*569:*/
#line 247 "chapters/snapblock.w"

static LSTM_INLINE void snap_steps_kernel(double*s,double*h,double*g,
size_t len,const double*v,size_t ldv,size_t steps,
const snap_factors*c,const double*d,size_t ldd,const int*target)
{
size_t b= 0;
for(;b+2<=steps;b+= 2){
const double*v0= v+b*ldv,*v1= v0+ldv,d0= d[b*ldd],
d1= d[(b+1)*ldd];
const snap_factors*c0= c+b,*c1= c0+1;
const int t0= target[b],t1= target[b+1];
if(c0->kept){
if(t0&&t1)snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,1,1,1);
else if(t0)snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,1,1,0);
else if(t1)snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,1,0,1);
else snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,1,0,0);
}else{
if(t0&&t1)snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,0,1,1);
else if(t0)snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,0,1,0);
else if(t1)snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,0,0,1);
else snap_pair_kernel(s,h,g,v0,v1,len,c0,c1,d0,d1,0,0,0);
}
}
if(b<steps)
snap_row_kernel(s,h,target[b]?g:NULL,v+b*ldv,len,c+b,
d[b*ldd]);
}

/*:569*//*574:*/
#line 42 "chapters/uoropass.w"

#if LSTM_DISPATCH
typedef double lstm_four __attribute__((vector_size(32)));
#else
#line 46 "chapters/uoropass.w"
 typedef struct lstm_four{double x[4];}lstm_four;
#endif
#line 48 "chapters/uoropass.w"
 static LSTM_INLINE void four_load(lstm_four*a,const double*p)
{
memcpy(a,p,sizeof*a);
}
static LSTM_INLINE void four_store(double*p,const lstm_four*a)
{
memcpy(p,a,sizeof*a);
}
static LSTM_INLINE void four_splat(lstm_four*a,double x)
{
const double four[4]= {x,x,x,x};
memcpy(a,four,sizeof*a);
}
static LSTM_INLINE double four_lane(const lstm_four*a,int i)
{
double four[4];
memcpy(four,a,sizeof four);
return four[i];
}
#if LSTM_DISPATCH
static LSTM_INLINE void four_lin(lstm_four*r,const lstm_four*a,
const lstm_four*b,const lstm_four*c,const lstm_four*e)
{
*r= *a**b+*c**e;
}
static LSTM_INLINE void four_add_mul(lstm_four*r,const lstm_four*a,
const lstm_four*b)
{
*r= *r+*a**b;
}
#else
#line 79 "chapters/uoropass.w"
 static LSTM_INLINE void four_lin(lstm_four*r,const lstm_four*a,
const lstm_four*b,const lstm_four*c,const lstm_four*e)
{
for(int i= 0;i<4;i++)r->x[i]= a->x[i]*b->x[i]+c->x[i]*e->x[i];
}
static LSTM_INLINE void four_add_mul(lstm_four*r,const lstm_four*a,
const lstm_four*b)
{
for(int i= 0;i<4;i++)r->x[i]= r->x[i]+a->x[i]*b->x[i];
}
#endif
#line 90 "chapters/uoropass.w"

/*:574*//*575:*/
#line 110 "chapters/uoropass.w"

static LSTM_INLINE void uoro_four_rows(double*tt,double*g,size_t len,
const double*v,double keep,const double*coef,int add0,double d0,
int add1,double d1,double*sums)
{
const size_t whole= len-len%4;
lstm_four kappa,delta0,delta1,sum[UORO_ROWS],c[UORO_ROWS];
four_splat(&kappa,keep),four_splat(&delta0,d0),four_splat(&delta1,d1);
for(size_t k= 0;k<UORO_ROWS;k++)
four_splat(&sum[k],0),four_splat(&c[k],coef[k]);
for(size_t l= 0;l<whole;l+= 4){
lstm_four w;
four_load(&w,v+l);
for(size_t k= 0;k<UORO_ROWS;k++){
lstm_four old,t,e;
four_load(&old,tt+k*len+l);
four_lin(&t,&kappa,&old,&c[k],&w);
four_add_mul(&sum[k],&t,&t);
four_store(tt+k*len+l,&t);
if(add0||add1){
four_load(&e,g+k*len+l);
if(add0)four_add_mul(&e,&delta0,&old);
if(add1)four_add_mul(&e,&delta1,&t);
four_store(g+k*len+l,&e);
}
}
}
for(size_t k= 0;k<UORO_ROWS;k++){
double p[4];
for(int i= 0;i<4;i++)p[i]= four_lane(&sum[k],i);
for(size_t l= whole;l<len;l++){
const double old= tt[k*len+l],t= keep*old+coef[k]*v[l];
tt[k*len+l]= t;
p[l%4]+= t*t;
if(add0)g[k*len+l]+= d0*old;
if(add1)g[k*len+l]+= d1*t;
}
sums[k]= (p[0]+p[1])+(p[2]+p[3]);
}
}

static LSTM_INLINE void uoro_rows_kernel(double*tt,double*g,size_t len,
const double*v,double keep,const double*coef,int add0,double d0,
int add1,double d1,double*sums)
{
if(add0&&add1)
uoro_four_rows(tt,g,len,v,keep,coef,1,d0,1,d1,sums);
else if(add0)uoro_four_rows(tt,g,len,v,keep,coef,1,d0,0,d1,sums);
else if(add1)uoro_four_rows(tt,g,len,v,keep,coef,0,d0,1,d1,sums);
else uoro_four_rows(tt,g,len,v,keep,coef,0,d0,0,d1,sums);
}

/*:575*/
#line 404 "chapters/speed.w"

#define LSTM_SET portable
#define LSTM_TARGET
#define LSTM_WIDE 0
/*433:*/
#line 330 "chapters/speed.w"

LSTM_TARGET static double LSTM_COPY(dot)(const double*a,const double*b,
size_t len)
{
return dot_kernel(a,b,len);
}

LSTM_TARGET static void LSTM_COPY(gemv)(const double*A,size_t rows,
size_t cols,const double*v,double*y)
{
gemv_kernel(A,rows,cols,v,y);
}

LSTM_TARGET static void LSTM_COPY(gemm_nt)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
#if LSTM_WIDE
gemm_nt_wide_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#else
#line 350 "chapters/speed.w"
 gemm_nt_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#endif
#line 352 "chapters/speed.w"
}

LSTM_TARGET static void LSTM_COPY(gemm_tn)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
#if LSTM_WIDE
gemm_tn_wide_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#else
#line 361 "chapters/speed.w"
 gemm_tn_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#endif
#line 363 "chapters/speed.w"
}

LSTM_TARGET static void LSTM_COPY(gemm_nn)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
gemm_nn_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
}

LSTM_TARGET static void LSTM_COPY(mat_tvec)(const double*A,size_t rows,
size_t cols,const double*v,double*result)
{
mat_tvec_kernel(A,rows,cols,v,result);
}

LSTM_TARGET static void LSTM_COPY(carry_row)(double*s,double*g,
size_t len,const double*v,size_t ldv,size_t steps,const double*keep,
const double*coef,const double*e)
{
carry_row_kernel(s,g,len,v,ldv,steps,keep,coef,e);
}

LSTM_TARGET static void LSTM_COPY(snap_steps)(double*s,double*h,
double*g,size_t len,const double*v,size_t ldv,size_t steps,
const snap_factors*c,const double*d,size_t ldd,const int*target)
{
snap_steps_kernel(s,h,g,len,v,ldv,steps,c,d,ldd,target);
}

LSTM_TARGET static void LSTM_COPY(uoro_rows)(double*tt,double*g,
size_t len,const double*v,double keep,const double*coef,int add0,
double d0,int add1,double d1,double*sums)
{
uoro_rows_kernel(tt,g,len,v,keep,coef,add0,d0,add1,d1,sums);
}

/*:433*//*534:*/
#line 521 "chapters/batch.w"

LSTM_TARGET static void LSTM_COPY(gemv_batch)(const double*A,size_t rows,
size_t cols,const double*const*v,double*const*y,size_t count)
{
#if LSTM_WIDE
gemv_wide_kernel(A,rows,cols,v,y,count);
#else
#line 528 "chapters/batch.w"
 gemv_batch_kernel(A,rows,cols,v,y,count);
#endif
#line 530 "chapters/batch.w"
}

LSTM_TARGET static void LSTM_COPY(mat_tvec_batch)(const double*A,
size_t rows,size_t cols,const double*const*v,double*const*result,
size_t count)
{
#if LSTM_WIDE
tvec_wide_kernel(A,rows,cols,v,result,count);
#else
#line 539 "chapters/batch.w"
 mat_tvec_batch_kernel(A,rows,cols,v,result,count);
#endif
#line 541 "chapters/batch.w"
}

/*:534*//*554:*/
#line 1055 "chapters/batch.w"

LSTM_TARGET static size_t LSTM_COPY(peak)(size_t reps,double*out)
{
#if LSTM_WIDE
peak_kernel(reps,out,16);
return 8*16;
#else
#line 1062 "chapters/batch.w"
 peak4_kernel(reps,out,12);
return 4*12;
#endif
#line 1065 "chapters/batch.w"
}

/*:554*/
#line 408 "chapters/speed.w"

#undef LSTM_SET
#undef LSTM_TARGET
#undef LSTM_WIDE
#if LSTM_DISPATCH
#define LSTM_SET avx2
#define LSTM_TARGET __attribute__((target("avx2")))
#define LSTM_WIDE 0
/*433:*/
#line 330 "chapters/speed.w"

LSTM_TARGET static double LSTM_COPY(dot)(const double*a,const double*b,
size_t len)
{
return dot_kernel(a,b,len);
}

LSTM_TARGET static void LSTM_COPY(gemv)(const double*A,size_t rows,
size_t cols,const double*v,double*y)
{
gemv_kernel(A,rows,cols,v,y);
}

LSTM_TARGET static void LSTM_COPY(gemm_nt)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
#if LSTM_WIDE
gemm_nt_wide_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#else
#line 350 "chapters/speed.w"
 gemm_nt_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#endif
#line 352 "chapters/speed.w"
}

LSTM_TARGET static void LSTM_COPY(gemm_tn)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
#if LSTM_WIDE
gemm_tn_wide_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#else
#line 361 "chapters/speed.w"
 gemm_tn_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#endif
#line 363 "chapters/speed.w"
}

LSTM_TARGET static void LSTM_COPY(gemm_nn)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
gemm_nn_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
}

LSTM_TARGET static void LSTM_COPY(mat_tvec)(const double*A,size_t rows,
size_t cols,const double*v,double*result)
{
mat_tvec_kernel(A,rows,cols,v,result);
}

LSTM_TARGET static void LSTM_COPY(carry_row)(double*s,double*g,
size_t len,const double*v,size_t ldv,size_t steps,const double*keep,
const double*coef,const double*e)
{
carry_row_kernel(s,g,len,v,ldv,steps,keep,coef,e);
}

LSTM_TARGET static void LSTM_COPY(snap_steps)(double*s,double*h,
double*g,size_t len,const double*v,size_t ldv,size_t steps,
const snap_factors*c,const double*d,size_t ldd,const int*target)
{
snap_steps_kernel(s,h,g,len,v,ldv,steps,c,d,ldd,target);
}

LSTM_TARGET static void LSTM_COPY(uoro_rows)(double*tt,double*g,
size_t len,const double*v,double keep,const double*coef,int add0,
double d0,int add1,double d1,double*sums)
{
uoro_rows_kernel(tt,g,len,v,keep,coef,add0,d0,add1,d1,sums);
}

/*:433*//*534:*/
#line 521 "chapters/batch.w"

LSTM_TARGET static void LSTM_COPY(gemv_batch)(const double*A,size_t rows,
size_t cols,const double*const*v,double*const*y,size_t count)
{
#if LSTM_WIDE
gemv_wide_kernel(A,rows,cols,v,y,count);
#else
#line 528 "chapters/batch.w"
 gemv_batch_kernel(A,rows,cols,v,y,count);
#endif
#line 530 "chapters/batch.w"
}

LSTM_TARGET static void LSTM_COPY(mat_tvec_batch)(const double*A,
size_t rows,size_t cols,const double*const*v,double*const*result,
size_t count)
{
#if LSTM_WIDE
tvec_wide_kernel(A,rows,cols,v,result,count);
#else
#line 539 "chapters/batch.w"
 mat_tvec_batch_kernel(A,rows,cols,v,result,count);
#endif
#line 541 "chapters/batch.w"
}

/*:534*//*554:*/
#line 1055 "chapters/batch.w"

LSTM_TARGET static size_t LSTM_COPY(peak)(size_t reps,double*out)
{
#if LSTM_WIDE
peak_kernel(reps,out,16);
return 8*16;
#else
#line 1062 "chapters/batch.w"
 peak4_kernel(reps,out,12);
return 4*12;
#endif
#line 1065 "chapters/batch.w"
}

/*:554*/
#line 416 "chapters/speed.w"

#undef LSTM_SET
#undef LSTM_TARGET
#undef LSTM_WIDE
#define LSTM_SET avx512
#define LSTM_TARGET __attribute__((target("avx512f")))
#define LSTM_WIDE 1 
/*433:*/
#line 330 "chapters/speed.w"

LSTM_TARGET static double LSTM_COPY(dot)(const double*a,const double*b,
size_t len)
{
return dot_kernel(a,b,len);
}

LSTM_TARGET static void LSTM_COPY(gemv)(const double*A,size_t rows,
size_t cols,const double*v,double*y)
{
gemv_kernel(A,rows,cols,v,y);
}

LSTM_TARGET static void LSTM_COPY(gemm_nt)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
#if LSTM_WIDE
gemm_nt_wide_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#else
#line 350 "chapters/speed.w"
 gemm_nt_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#endif
#line 352 "chapters/speed.w"
}

LSTM_TARGET static void LSTM_COPY(gemm_tn)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
#if LSTM_WIDE
gemm_tn_wide_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#else
#line 361 "chapters/speed.w"
 gemm_tn_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
#endif
#line 363 "chapters/speed.w"
}

LSTM_TARGET static void LSTM_COPY(gemm_nn)(size_t rows,size_t cols,
size_t len,const double*A,size_t lda,const double*B,size_t ldb,
double*C,size_t ldc)
{
gemm_nn_kernel(rows,cols,len,A,lda,B,ldb,C,ldc);
}

LSTM_TARGET static void LSTM_COPY(mat_tvec)(const double*A,size_t rows,
size_t cols,const double*v,double*result)
{
mat_tvec_kernel(A,rows,cols,v,result);
}

LSTM_TARGET static void LSTM_COPY(carry_row)(double*s,double*g,
size_t len,const double*v,size_t ldv,size_t steps,const double*keep,
const double*coef,const double*e)
{
carry_row_kernel(s,g,len,v,ldv,steps,keep,coef,e);
}

LSTM_TARGET static void LSTM_COPY(snap_steps)(double*s,double*h,
double*g,size_t len,const double*v,size_t ldv,size_t steps,
const snap_factors*c,const double*d,size_t ldd,const int*target)
{
snap_steps_kernel(s,h,g,len,v,ldv,steps,c,d,ldd,target);
}

LSTM_TARGET static void LSTM_COPY(uoro_rows)(double*tt,double*g,
size_t len,const double*v,double keep,const double*coef,int add0,
double d0,int add1,double d1,double*sums)
{
uoro_rows_kernel(tt,g,len,v,keep,coef,add0,d0,add1,d1,sums);
}

/*:433*//*534:*/
#line 521 "chapters/batch.w"

LSTM_TARGET static void LSTM_COPY(gemv_batch)(const double*A,size_t rows,
size_t cols,const double*const*v,double*const*y,size_t count)
{
#if LSTM_WIDE
gemv_wide_kernel(A,rows,cols,v,y,count);
#else
#line 528 "chapters/batch.w"
 gemv_batch_kernel(A,rows,cols,v,y,count);
#endif
#line 530 "chapters/batch.w"
}

LSTM_TARGET static void LSTM_COPY(mat_tvec_batch)(const double*A,
size_t rows,size_t cols,const double*const*v,double*const*result,
size_t count)
{
#if LSTM_WIDE
tvec_wide_kernel(A,rows,cols,v,result,count);
#else
#line 539 "chapters/batch.w"
 mat_tvec_batch_kernel(A,rows,cols,v,result,count);
#endif
#line 541 "chapters/batch.w"
}

/*:534*//*554:*/
#line 1055 "chapters/batch.w"

LSTM_TARGET static size_t LSTM_COPY(peak)(size_t reps,double*out)
{
#if LSTM_WIDE
peak_kernel(reps,out,16);
return 8*16;
#else
#line 1062 "chapters/batch.w"
 peak4_kernel(reps,out,12);
return 4*12;
#endif
#line 1065 "chapters/batch.w"
}

/*:554*/
#line 423 "chapters/speed.w"

#undef LSTM_SET
#undef LSTM_TARGET
#undef LSTM_WIDE
#endif
#line 428 "chapters/speed.w"
 static const lstm_kernel_set kernel_sets[]= {
{"portable",dot_portable,gemv_portable,gemm_nt_portable,
gemm_tn_portable,gemm_nn_portable,mat_tvec_portable,
carry_row_portable,gemv_batch_portable,mat_tvec_batch_portable,
snap_steps_portable,uoro_rows_portable,peak_portable},
#if LSTM_DISPATCH
{"avx2",dot_avx2,gemv_avx2,gemm_nt_avx2,gemm_tn_avx2,gemm_nn_avx2,
mat_tvec_avx2,carry_row_avx2,gemv_batch_avx2,mat_tvec_batch_avx2,
snap_steps_avx2,uoro_rows_avx2,peak_avx2},
{"avx512",dot_avx512,gemv_avx512,gemm_nt_avx512,gemm_tn_avx512,
gemm_nn_avx512,mat_tvec_avx512,carry_row_avx512,gemv_batch_avx512,
mat_tvec_batch_avx512,snap_steps_avx512,uoro_rows_avx512,peak_avx512},
#endif
#line 441 "chapters/speed.w"
};
static const lstm_kernel_set*kernels= &kernel_sets[0];

/*:434*//*435:*/
#line 451 "chapters/speed.w"

static int kernels_can_run(const lstm_kernel_set*set)
{
#if LSTM_DISPATCH
if(strcmp(set->name,"avx512")==0)
return __builtin_cpu_supports("avx512f");
if(strcmp(set->name,"avx2")==0)return __builtin_cpu_supports("avx2");
#endif
#line 459 "chapters/speed.w"
 return strcmp(set->name,"portable")==0;
}

#if LSTM_DISPATCH
static void choose_kernels(void)__attribute__((constructor));
static void choose_kernels(void)
{
__builtin_cpu_init();
for(size_t k= 0;k<sizeof kernel_sets/sizeof kernel_sets[0];k++)
if(kernels_can_run(&kernel_sets[k]))kernels= &kernel_sets[k];
}
#endif
#line 471 "chapters/speed.w"

/*:435*//*436:*/
#line 474 "chapters/speed.w"

double lstm_dot(const double*a,const double*b,size_t len)
{
return kernels->dot(a,b,len);
}

void lstm_gemv(const double*A,size_t rows,size_t cols,const double*v,
double*y)
{
kernels->gemv(A,rows,cols,v,y);
}

void lstm_gemm_nt(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc)
{
kernels->gemm_nt(rows,cols,len,A,lda,B,ldb,C,ldc);
}

void lstm_gemm_tn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc)
{
kernels->gemm_tn(rows,cols,len,A,lda,B,ldb,C,ldc);
}

void lstm_gemm_nn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc)
{
kernels->gemm_nn(rows,cols,len,A,lda,B,ldb,C,ldc);
}

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result)
{
kernels->mat_tvec(A,rows,cols,v,result);
}

/*:436*//*439:*/
#line 537 "chapters/speed.w"

const char*lstm_kernels(void)
{
return kernels->name;
}

int lstm_use_kernels(const char*name,lstm_error*err)
{
const size_t count= sizeof kernel_sets/sizeof kernel_sets[0];
char can[64]= "";
for(size_t k= 0;k<count;k++)
if(kernels_can_run(&kernel_sets[k])){
if(strcmp(name,kernel_sets[k].name)==0){
kernels= &kernel_sets[k];
return LSTM_OK;
}
if(can[0])strcat(can,", ");
strcat(can,kernel_sets[k].name);
}
return lstm_fail(err,LSTM_EUSAGE,"expected kernels that this build "
"and processor can run (%s), found '%s'",can,name);

}

/*:439*//*444:*/
#line 666 "chapters/speed.w"

static double bench_since(const struct timespec*start)
{
struct timespec now;
if(timespec_get(&now,TIME_UTC)!=TIME_UTC)return 0;
return(double)(now.tv_sec-start->tv_sec)+
1e-9*(double)(now.tv_nsec-start->tv_nsec);
}

static int compare_doubles(const void*a,const void*b)
{
const double x= *(const double*)a,y= *(const double*)b;
return(x> y)-(x<y);
}

/*:444*//*445:*/
#line 681 "chapters/speed.w"

int lstm_bench(const lstm_method*meth,long param,size_t n,size_t T,
lstm_bench_result*res,lstm_error*err)
{
lstm_net net,grad;
lstm_data data;
double times[LSTM_BENCH_MAX_RUNS],total= 0;
int status;
memset(res,0,sizeof*res);
res->n= n;res->T= T;
if(T<1)return lstm_fail(err,LSTM_EUSAGE,
"a benchmark needs at least one step");

if((status= bench_problem(n,T,&net,&data,err))!=LSTM_OK)
return status;
if((status= lstm_net_like(&grad,&net,err))==LSTM_OK){
/*446:*/
#line 706 "chapters/speed.w"

{
lstm_stats st= {0};
double loss,cpu[LSTM_BENCH_MAX_RUNS];
status= lstm_gradient(&net,&data,meth,param,&grad,&loss,&st,err);
while(status==LSTM_OK&&res->runs<LSTM_BENCH_MAX_RUNS&&
(res->runs<LSTM_BENCH_RUNS||total<LSTM_BENCH_SECONDS)){
struct timespec start;
clock_t c0= clock();
timespec_get(&start,TIME_UTC);
status= lstm_gradient(&net,&data,meth,param,&grad,&loss,&st,err);
times[res->runs]= bench_since(&start);
cpu[res->runs]= (double)(clock()-c0)/CLOCKS_PER_SEC;
total+= times[res->runs++];
}
if(status==LSTM_OK){
qsort(times,res->runs,sizeof times[0],compare_doubles);
res->seconds_per_step= times[res->runs/2]/(double)T;
qsort(cpu,res->runs,sizeof cpu[0],compare_doubles);
res->cpu_per_step= cpu[res->runs/2]/(double)T;
res->work_bytes= st.work_bytes;
}
}

/*:446*/
#line 698 "chapters/speed.w"
;
lstm_net_free(&grad);
}
lstm_net_free(&net);
lstm_data_free(&data);
return status;
}

/*:445*//*448:*/
#line 737 "chapters/speed.w"

static int bench_problem(size_t n,size_t T,lstm_net*net,lstm_data*data,
lstm_error*err)
{
lstm_rng rng;
lstm_seq*seq;
int status= lstm_net_init(net,n,n,n,LSTM_OUT_NONE,err);
if(status!=LSTM_OK)return status;
lstm_rng_seed(&rng,1);
lstm_net_randomize(net,&rng,0.1);
lstm_data_init(data,n,n);
if((status= lstm_data_add(data,T,&seq,err))!=LSTM_OK){
lstm_net_free(net);
return status;
}
for(size_t t= 0;t<T;t++){
double*y= lstm_target_set(seq,t,err);
if(!y){
lstm_net_free(net);
lstm_data_free(data);
return LSTM_ENOMEM;
}
for(size_t l= 0;l<n;l++){
seq->x[t*n+l]= lstm_rng_uniform(&rng,-1,1);
y[l]= lstm_rng_uniform(&rng,-1,1);
}
}
return LSTM_OK;
}

/*:448*//*450:*/
#line 785 "chapters/speed.w"

double lstm_fit_exponent(const double*x,const double*y,size_t count)
{
double mu= 0,mv= 0,suv= 0,suu= 0;
if(count<2)return NAN;
for(size_t k= 0;k<count;k++){
if(!(x[k]> 0)||!(y[k]> 0))return NAN;
mu+= log(x[k])/(double)count;
mv+= log(y[k])/(double)count;
}
for(size_t k= 0;k<count;k++){
const double u= log(x[k])-mu,v= log(y[k])-mv;
suv+= u*v;
suu+= u*u;
}
return suu> 0?suv/suu:NAN;
}

/*:450*//*469:*/
#line 1265 "chapters/speed.w"

static size_t rtrl_block_width(size_t n)
{
size_t width= LSTM_RTRL_BLOCK_BYTES/(n*sizeof(double));
return width<LSTM_LANES?LSTM_LANES:width;
}

/*:469*//*471:*/
#line 1298 "chapters/speed.w"

static void add_in_range(double*G,size_t c0,size_t c1,size_t start,
const double*v,size_t len)
{
size_t from= c0> start?c0-start:0,
to= c1<start+len?(c1> start?c1-start:0):len;
for(size_t l= from;l<to;l++)G[start+l]+= v[l];
}

/*:471*//*478:*/
#line 1440 "chapters/speed.w"

static int irtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
const size_t m= net->m,n= net->n,k= net->k,B= LSTM_IRTRL_BLOCK,
count= net->P+(8*B+3)*n+2*k;
double*v= alloc_doubles(count),*S,*states,*outs,*gates,*es,*eo,
*Delta,*pred,*e;
(void)param;
if(!v)return lstm_fail(err,LSTM_ENOMEM,
"out of memory for the internal RTRL of %zu parameters",net->P);

/*479:*/
#line 1474 "chapters/speed.w"

S= v;
states= S+4*n*(m+n+1);
outs= states+(B+1)*n;
gates= outs+(B+1)*n;
es= gates+4*B*n;
eo= es+B*n;
Delta= eo+B*n;
pred= Delta+n;
e= pred+k;

/*:479*/
#line 1452 "chapters/speed.w"
;
*loss= 0;
for(size_t t0= 0;t0<seq->T;t0+= B){
const size_t steps= seq->T-t0<B?seq->T-t0:B;
/*480:*/
#line 1490 "chapters/speed.w"

for(size_t b= 0;b<steps;b++){
const size_t t= t0+b;
const double*y= lstm_target(seq,t);
double*g= gates+4*b*n,*state= states+(b+1)*n,
*out= outs+(b+1)*n,*err_state= es+b*n,*err_out= eo+b*n;
lstm_step(net,seq->x+t*m,outs+b*n,states+b*n,g,state,out);
if(y){
*loss+= lstm_output_forward_x(net,out,seq->x+t*m,y,pred);
memset(Delta,0,n*sizeof*Delta);
lstm_output_backward_x(net,out,seq->x+t*m,pred,y,Delta,grad,e);
/*234:*/
#line 165 "chapters/irtrl.w"

for(size_t j= 0;j<n;j++){
double c[2];
local_out(net,g,j,state[j],Delta[j],c);
err_state[j]= c[0];
err_out[j]= c[1];
}

/*:234*/
#line 1501 "chapters/speed.w"
;
}
}

/*:480*/
#line 1456 "chapters/speed.w"
;
for(size_t row= 0;row<4*n;row++)
/*481:*/
#line 1517 "chapters/speed.w"

{
static const double one= 1;
const size_t j= row%n;
double keeps[LSTM_IRTRL_BLOCK],coefs[LSTM_IRTRL_BLOCK],
errs[LSTM_IRTRL_BLOCK];
for(size_t b= 0;b<steps;b++){
/*482:*/
#line 1550 "chapters/speed.w"

const double*g= gates+4*b*n,*f= g+2*n,
*state_prev= states+b*n,*err_state= es+b*n,
*err_out= eo+b*n

/*:482*/
#line 1524 "chapters/speed.w"
;
double keep,coef;
/*229:*/
#line 79 "chapters/irtrl.w"

{
double c[3];
local_state(net,g,j,state_prev[j],1,c);
keep= f[j];
coef= row<n?c[0]:row<2*n?c[1]:c[2];
}

/*:229*/
#line 1526 "chapters/speed.w"
;
keeps[b]= keep;coefs[b]= coef;
errs[b]= !lstm_target(seq,t0+b)?0:row<3*n?err_state[j]:
err_out[j];
}
if(row<3*n){
carry_row(S+row*m,grad->theta+row*m,m,seq->x+t0*m,m,
steps,keeps,coefs,errs);
carry_row(S+4*n*m+row*n,grad->theta+4*n*m+row*n,n,
outs,n,steps,keeps,coefs,errs);
carry_row(S+4*n*(m+n)+row,grad->theta+4*n*(m+n)+row,
1,&one,0,steps,keeps,coefs,errs);
}else
for(size_t b= 0;b<steps;b++){
update_row(grad->theta+row*m,seq->x+(t0+b)*m,m,1,
errs[b]);
update_row(grad->theta+4*n*m+row*n,outs+b*n,n,1,
errs[b]);
update_row(grad->theta+4*n*(m+n)+row,&one,1,1,errs[b]);
}
}

/*:481*/
#line 1459 "chapters/speed.w"
;
memcpy(states,states+steps*n,n*sizeof*states);
memcpy(outs,outs+steps*n,n*sizeof*outs);
}
lstm_net_mask(net,grad->theta);
if(st&&count*sizeof(double)> st->work_bytes)
st->work_bytes= count*sizeof(double);
free(v);
return LSTM_OK;
}

/*:478*//*484:*/
#line 1590 "chapters/speed.w"

static void carry_row(double*s,double*g,size_t len,const double*v,
size_t ldv,size_t steps,const double*keep,const double*coef,
const double*e)
{
kernels->carry_row(s,g,len,v,ldv,steps,keep,coef,e);
}

#line 1 "chapters/threads.w"
/*:484*//*491:*/
#line 165 "chapters/threads.w"

const char*lstm_thread_kind(void){return LSTM_THREAD_KIND;}

/*:491*//*493:*/
#line 207 "chapters/threads.w"

static int grad_worker(void*arg)
{
grad_job*job= arg;
grad_pool*p= job->pool;
int stop= 0;
for(size_t s= job->first;s<p->count&&!stop;s+= p->threads){
double seq_loss= 0;
int status;
memset(job->g.theta,0,job->g.P*sizeof*job->g.theta);
status= p->item?p->item(p->ctx,s,&job->g,&seq_loss,&job->err):
p->meth->grad(p->net,&p->data->seq[s],p->param,&job->g,&seq_loss,
&job->st,&job->err);
lock(&p->mutex);
while(p->next!=s&&!p->failed)wait_turn(&p->turn,&p->mutex);
if(p->failed)stop= 1;
else if(status!=LSTM_OK){
p->failed= 1,p->status= status,*p->err= job->err;
stop= 1;
}else{
/*494:*/
#line 236 "chapters/threads.w"

if(s==0)memcpy(p->grad->theta,job->g.theta,
p->grad->P*sizeof*p->grad->theta);
else for(size_t k= 0;k<p->grad->P;k++)
p->grad->theta[k]+= job->g.theta[k];
p->loss+= seq_loss;

/*:494*/
#line 227 "chapters/threads.w"
;
p->next= s+1;
}
wake_all(&p->turn);
unlock(&p->mutex);
}
return 0;
}

/*:493*//*495:*/
#line 252 "chapters/threads.w"

int lstm_gradient_threads(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,int threads,lstm_net*grad,
double*loss,lstm_stats*st,lstm_error*err)
{
int status= lstm_data_fits(net,data,err);
if(status!=LSTM_OK)return status;
return pool_run(net,data,data->count,NULL,NULL,meth,param,threads,
grad,loss,st,err);
}

/*:495*//*497:*/
#line 268 "chapters/threads.w"

static int pool_run(const lstm_net*net,const lstm_data*data,size_t count,
lstm_item_fn item,void*ctx,const lstm_method*meth,long param,
int threads,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
grad_pool p;
grad_job*job;
size_t N= threads<1?1:(size_t)threads;
int status= LSTM_OK;
if(N> LSTM_MAX_THREADS)N= LSTM_MAX_THREADS;
if(N> count)N= count> 0?count:1;
#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
N= 1;
#endif
#line 282 "chapters/threads.w"
 memset(grad->theta,0,grad->P*sizeof*grad->theta);
*loss= 0;
if(st)st->work_bytes= 0;
if(!(job= calloc(N,sizeof*job)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for %zu threads",N);
p.net= net,p.data= data,p.meth= meth,p.param= param;
p.count= count,p.item= item,p.ctx= ctx;
p.threads= N,p.grad= grad,p.loss= 0,p.next= 0;
p.failed= 0,p.status= LSTM_OK,p.err= err;
for(size_t j= 0;j<N&&status==LSTM_OK;j++){
job[j].pool= &p,job[j].first= j;
lstm_error_clear(&job[j].err);
status= lstm_net_like(&job[j].g,net,err);
}
if(status==LSTM_OK){
/*498:*/
#line 311 "chapters/threads.w"

#if defined(LSTM_C11_THREADS) || defined(LSTM_POSIX_THREADS)
{
lstm_thread*tid= N> 1?malloc((N-1)*sizeof*tid):NULL;
thread_task*task= N> 1?malloc((N-1)*sizeof*task):NULL;
unsigned char*started= N> 1?calloc(N-1,1):NULL;
if(N> 1&&(!tid||!task||!started)){
free(tid);free(task);free(started);
tid= NULL,task= NULL,started= NULL,N= p.threads= 1;
}
if(!sync_init(&p.mutex,&p.turn)){
free(tid);free(task);free(started);
return lstm_fail(err,LSTM_ENOMEM,"cannot make the lock of the threads");
}
int refused= 0;
for(size_t j= 1;j<N&&!refused;j++){
task[j-1].fn= grad_worker,task[j-1].arg= &job[j];
if(!(started[j-1]= (unsigned char)thread_start(&tid[j-1],
&task[j-1]))){
refused= 1;
lock(&p.mutex);
p.failed= 1,p.status= lstm_fail(err,LSTM_ENOMEM,
"cannot start thread %zu of %zu",j+1,N);

wake_all(&p.turn);
unlock(&p.mutex);
}
}
if(!refused)grad_worker(&job[0]);
for(size_t j= 1;j<N;j++)
if(started[j-1])thread_join(tid[j-1]);
sync_free(&p.mutex,&p.turn);
free(tid);free(task);free(started);
}
#else
#line 346 "chapters/threads.w"
 grad_worker(&job[0]);
#endif
#line 348 "chapters/threads.w"

/*:498*/
#line 297 "chapters/threads.w"
;
status= p.failed?p.status:LSTM_OK;
*loss= p.loss;
}
for(size_t j= 0;j<N;j++){
if(st)st->work_bytes+= job[j].st.work_bytes;
lstm_net_free(&job[j].g);
}
free(job);
if(status!=LSTM_OK)return status;
if((status= lstm_finite_loss(*loss,err))!=LSTM_OK)return status;
return lstm_finite_net(grad,"the gradient",err);
}

/*:497*//*504:*/
#line 452 "chapters/threads.w"

int lstm_train_batch(lstm_trainer*tn,const lstm_seq*const*seq,size_t B,
int threads,double*loss,lstm_error*err)
{
lstm_data view;
lstm_error why;
int status;
*loss= 0;
if(B==0)
return lstm_fail(err,LSTM_EUSAGE,"a batch needs at least one sequence");
view.m= tn->net->m,view.k= tn->net->k,view.count= view.cap= B;
if(!(view.seq= malloc(B*sizeof*view.seq)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a batch of %zu",B);
for(size_t b= 0;b<B;b++)view.seq[b]= *seq[b];
lstm_error_clear(&why);
if(tn->method->grad==bptt_grad&&threads<=1)
status= lstm_gradient_batch(tn->net,seq,B,&tn->grad,loss,NULL,
&why);
else status= lstm_gradient_threads(tn->net,&view,tn->method,tn->param,
threads,&tn->grad,loss,NULL,&why);
free(view.seq);
if(status==LSTM_EDATA)
return lstm_fail(err,LSTM_EDIVERGED,"training diverged in a batch: %s",
why.msg);

if(status!=LSTM_OK){
if(err)*err= why;
return status;
}
if(B> 1)
for(size_t k= 0;k<tn->grad.P;k++)tn->grad.theta[k]/= (double)B;
lstm_optimizer_step(tn->opt,tn->net,&tn->grad);
tn->updates++;
return LSTM_OK;
}

/*:504*//*516:*/
#line 730 "chapters/threads.w"

static int text_lanes_init(text_lanes*ln,const lstm_text_config*cfg,
lstm_net*net,lstm_error*err)
{
const size_t B= cfg->batch,chars= cfg->train_len-1;
int status;
memset(ln,0,sizeof*ln);
if(B> chars)
return lstm_fail(err,LSTM_EUSAGE,"--batch %zu is larger than the "
"%zu characters of the training text",B,chars);

ln->B= B,ln->text= cfg->train;
if(!(ln->lane= calloc(B,sizeof*ln->lane))||
!(ln->at= malloc(4*B*sizeof*ln->at)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for %zu streams",B);
ln->end= ln->at+B,ln->active= ln->end+B,ln->len= ln->active+B;
for(size_t b= 0;b<B;b++){
if((status= text_run_init(&ln->lane[b],cfg,net,err))!=LSTM_OK)
return status;
lstm_optimizer_free(&ln->lane[b].opt);
lstm_net_free(&ln->lane[b].grad);
ln->end[b]= b+1==B?chars:(b+1)*(chars/B);
}
return LSTM_OK;
}

static void text_lanes_free(text_lanes*ln)
{
if(ln->lane)
for(size_t b= 0;b<ln->B;b++)text_run_free(&ln->lane[b]);
free(ln->lane);
free(ln->at);
memset(ln,0,sizeof*ln);
}

/*:516*//*517:*/
#line 767 "chapters/threads.w"

static int text_lane_item(void*ctx,size_t s,lstm_net*g,double*loss,
lstm_error*err)
{
text_lanes*ln= ctx;
const size_t b= ln->active[s];
return text_chunk_grad(&ln->lane[b],ln->text+ln->at[b],ln->len[s],g,
loss,err);
}

/*:517*//*535:*/
#line 543 "chapters/batch.w"

void lstm_gemv_batch(const double*A,size_t rows,size_t cols,
const double*const*v,double*const*y,size_t count)
{
kernels->gemv_batch(A,rows,cols,v,y,count);
}

void lstm_mat_tvec_batch(const double*A,size_t rows,size_t cols,
const double*const*v,double*const*result,size_t count)
{
kernels->mat_tvec_batch(A,rows,cols,v,result,count);
}

/*:535*//*538:*/
#line 602 "chapters/batch.w"

int lstm_gradient_batch(const lstm_net*net,const lstm_seq*const*seq,
size_t B,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
lstm_batch_work w;
int status;
memset(&w,0,sizeof w);
status= lstm_gradient_batch_work(net,seq,B,&w,grad,loss,st,err);
lstm_batch_work_free(&w);
return status;
}

void lstm_batch_work_free(lstm_batch_work*w)
{
for(size_t b= 0;b<w->cap;b++){
if(w->tr)lstm_trace_free(&w->tr[b]);
if(w->g)lstm_net_free(&w->g[b]);
}
free(w->tr);free(w->g);free(w->each);free(w->ptr);free(w->wu);
memset(w,0,sizeof*w);
}

/*:538*//*539:*/
#line 624 "chapters/batch.w"

int lstm_gradient_batch_work(const lstm_net*net,const lstm_seq*const*seq,
size_t B,lstm_batch_work*w,lstm_net*grad,double*loss,lstm_stats*st,
lstm_error*err)
{
int status= LSTM_OK;
*loss= 0;
if(B==0)
return lstm_fail(err,LSTM_EUSAGE,"a batch needs at least one sequence");
for(size_t b= 0;b<B;b++)
if(seq[b]->m!=net->m||seq[b]->k!=net->k)
return lstm_fail(err,LSTM_EDATA,
"the sequence does not fit the network");
/*540:*/
#line 662 "chapters/batch.w"

if(w->cap<B||w->n!=net->n||w->m!=net->m||w->k!=net->k||
w->P!=net->P){
lstm_batch_work_free(w);
w->tr= calloc(B,sizeof*w->tr),w->g= calloc(B,sizeof*w->g);
w->each= calloc(B,sizeof*w->each),w->ptr= calloc(2*B,sizeof*w->ptr);
w->wu= alloc_doubles(4*net->n*(net->m+net->n));
if(!w->tr||!w->g||!w->each||!w->ptr||!w->wu){
lstm_batch_work_free(w);
status= lstm_fail(err,LSTM_ENOMEM,"out of memory for a batch of %zu",
B);
}else{
w->cap= B,w->n= net->n,w->m= net->m,w->k= net->k,w->P= net->P;
for(size_t b= 0;b<B&&status==LSTM_OK;b++)
status= lstm_net_like(&w->g[b],net,err);
}
}
for(size_t b= 0;b<B&&status==LSTM_OK;b++)
if(w->tr[b].T<seq[b]->T){
lstm_trace_free(&w->tr[b]);
status= lstm_trace_alloc(&w->tr[b],net,seq[b]->T,err);
}

/*:540*/
#line 637 "chapters/batch.w"
;
if(status==LSTM_OK){
lstm_trace*tr= w->tr;
lstm_net*g= w->g;
double*each= w->each;
const size_t wu= 4*net->n*(net->m+net->n);
for(size_t b= 0;b<B;b++){
lstm_trace_start(&tr[b],NULL,NULL);
memset(g[b].theta+wu,0,(g[b].P-wu)*sizeof*g[b].theta);
}
batch_forward(net,seq,B,tr,each,(const double**)w->ptr,
(double**)(w->ptr+B));
batch_backward(net,seq,B,tr,g,(const double**)w->ptr,
(double**)(w->ptr+B),w->wu,grad);
/*541:*/
#line 691 "chapters/batch.w"

memcpy(grad->theta+wu,g[0].theta+wu,(grad->P-wu)*sizeof
*grad->theta);
for(size_t b= 1;b<B;b++)
for(size_t k= wu;k<grad->P;k++)grad->theta[k]+= g[b].theta[k];
lstm_net_mask(net,grad->theta);
for(size_t b= 0;b<B;b++){
*loss+= each[b];
if(st)st->work_bytes+= tr[b].bytes+g[b].P*sizeof*g[b].theta;
}
if(st)st->work_bytes+= wu*sizeof*w->wu;

/*:541*/
#line 651 "chapters/batch.w"
;
}
if(status!=LSTM_OK)return status;
if((status= lstm_finite_loss(*loss,err))!=LSTM_OK)return status;
return lstm_finite_net(grad,"the gradient",err);
}

/*:539*//*543:*/
#line 717 "chapters/batch.w"

static void batch_forward(const lstm_net*net,const lstm_seq*const*seqs,
size_t B,lstm_trace*trs,double*loss,const double**vin,double**yout)
{
const size_t n= net->n;
size_t Tmax= 0;
for(size_t b= 0;b<B;b++){
const lstm_seq*seq= seqs[b];
lstm_trace*tr= &trs[b];
/*84:*/
#line 1014 "chapters/forward.w"

for(size_t t= 0;t<seq->T;t++)
memcpy(lstm_gates(tr,t),net->b,4*net->n*sizeof(double));
if(lstm_seq_local(seq))
for(size_t t= 0;t<seq->T;t++)
add_input_part(net,seq->x+t*seq->m,lstm_gates(tr,t));
else lstm_gemm_nt(seq->T,4*net->n,net->m,seq->x,net->m,net->W,net->m,
lstm_gates(tr,0),tr->stride);

/*:84*/
#line 726 "chapters/batch.w"
;
loss[b]= 0;
if(seq->T> Tmax)Tmax= seq->T;
}
for(size_t t= 0;t<Tmax;t++){
size_t count= 0;
for(size_t b= 0;b<B;b++)
if(seqs[b]->T> t){
vin[count]= lstm_out_prev(&trs[b],t);
yout[count++]= lstm_gates(&trs[b],t);
}
lstm_gemv_batch(net->U,4*n,n,vin,yout,count);
for(size_t b= 0;b<B;b++){
const lstm_seq*seq= seqs[b];
lstm_trace*tr= &trs[b];
if(seq->T<=t)continue;
finish_step(net,lstm_state_prev(tr,t),lstm_gates(tr,t),
lstm_state(tr,t),lstm_out(tr,t));
if(lstm_target(seq,t))
loss[b]+= lstm_output_forward_x(net,lstm_out(tr,t),
seq->x+t*seq->m,lstm_target(seq,t),lstm_pred(tr,t));
}
}
}

/*:543*//*544:*/
#line 754 "chapters/batch.w"

static void finish_step(const lstm_net*net,const double*state_prev,
double*g,double*state,double*out)
{
const size_t n= net->n;
double*a= g,*i= g+n,*f= g+2*n,*o= g+3*n;
size_t j;
/*55:*/
#line 454 "chapters/forward.w"

for(j= 0;j<n;j++){
a[j]= net->arch.g_logistic?sigmoid(a[j]):tanh(a[j]);
i[j]= sigmoid(i[j]);
f[j]= net->no_forget?1:sigmoid(f[j]);
o[j]= net->arch.no_outgate?1:sigmoid(o[j]);
}

/*:55*/
#line 761 "chapters/batch.w"
;
/*59:*/
#line 489 "chapters/forward.w"

for(j= 0;j<n;j++){
state[j]= a[j]*i[j]+f[j]*state_prev[j];
out[j]= cell_h(net,state[j])*o[j];
}

/*:59*/
#line 762 "chapters/batch.w"
;
}

/*:544*//*546:*/
#line 785 "chapters/batch.w"

static void batch_backward(const lstm_net*net,const lstm_seq*const*seqs,
size_t B,lstm_trace*trs,lstm_net*grads,const double**vin,
double**yout,double*wu,lstm_net*sum)
{
const size_t n= net->n;
size_t Tmax= 0;
for(size_t b= 0;b<B;b++){
memset(trs[b].Dout,0,n*sizeof*trs[b].Dout);
memset(trs[b].carry,0,n*sizeof*trs[b].carry);
if(seqs[b]->T> Tmax)Tmax= seqs[b]->T;
}
for(size_t t= Tmax;t--> 0;){
size_t count= 0;
for(size_t b= 0;b<B;b++){
const lstm_seq*seq= seqs[b];
lstm_trace*tr= &trs[b];
lstm_net*grad= &grads[b];
if(seq->T<=t)continue;
/*545:*/
#line 765 "chapters/batch.w"

{
const double*g= lstm_gates(tr,t),*state= lstm_state(tr,t);
double*dg= lstm_dgates(tr,t),*dout= lstm_dout(tr,t),
*dstate= lstm_dstate(tr,t),*Dout= tr->Dout,*carry= tr->carry;
/*115:*/
#line 122 "chapters/bptt.w"

memcpy(dout,Dout,n*sizeof*dout);
if(lstm_target(seq,t))
lstm_output_backward_x(net,lstm_out(tr,t),seq->x+t*seq->m,
lstm_pred(tr,t),lstm_target(seq,t),dout,grad,tr->e);

/*:115*/
#line 770 "chapters/batch.w"
;
/*116:*/
#line 146 "chapters/bptt.w"

{
const double*state_prev= lstm_state_prev(tr,t);
for(size_t j= 0;j<n;j++){
double after[2],before[3];
local_out(net,g,j,state[j],dout[j],after);
dstate[j]= after[0]+carry[j];
dg[3*n+j]= after[1];
local_state(net,g,j,state_prev[j],dstate[j],before);
dg[j]= before[0];
dg[n+j]= before[1];
dg[2*n+j]= before[2];
}
}

/*:116*/
#line 771 "chapters/batch.w"
;
(void)carry;
vin[count]= dg;
yout[count++]= Dout;
}

/*:545*/
#line 804 "chapters/batch.w"
;
}
lstm_mat_tvec_batch(net->U,4*n,n,vin,yout,count);
for(size_t b= 0;b<B;b++){
const lstm_trace*tr= &trs[b];
const double*f= lstm_gates(tr,t)+2*n,*dstate;
if(seqs[b]->T<=t)continue;
dstate= lstm_dstate(tr,t);
for(size_t j= 0;j<n;j++)tr->carry[j]= dstate[j]*f[j];
}
}
for(size_t b= 0;b<B;b++)
/*547:*/
#line 834 "chapters/batch.w"

{
const lstm_seq*seq= seqs[b];
lstm_trace*tr= &trs[b];
lstm_net part= grads[b],*grad= &part;
const size_t count= 4*n*(net->m+n);
part.W= wu,part.U= wu+4*n*net->m;
memset(wu,0,count*sizeof*wu);
/*120:*/
#line 236 "chapters/bptt.w"

{
const size_t T= seq->T,m= net->m;
const double*dg0= lstm_dgates(tr,0);
if(lstm_seq_local(seq))
for(size_t t= 0;t<T;t++){
const double*x= seq->x+t*m,*dg= lstm_dgates(tr,t);
size_t at;
lstm_local(x,m,&at);
if(at<m)
for(size_t r= 0;r<4*n;r++)grad->W[r*m+at]+= dg[r]*x[at];
}
else lstm_gemm_tn(4*n,m,T,dg0,tr->stride,seq->x,m,grad->W,m);
if(T> 1)
lstm_gemm_tn(4*n,n,T-1,lstm_dgates(tr,1),tr->stride,
lstm_out(tr,0),tr->stride,grad->U,n);
lstm_gemm_tn(4*n,n,1,dg0,tr->stride,tr->out0,n,grad->U,n);
for(size_t t= 0;t<T;t++){
const double*dg= lstm_dgates(tr,t);
for(size_t r= 0;r<4*n;r++)grad->b[r]+= dg[r];
}
}

/*:120*/
#line 842 "chapters/batch.w"
;
lstm_net_mask(net,grads[b].theta);
if(b==0)memcpy(sum->theta,wu,count*sizeof*wu);
else for(size_t k= 0;k<count;k++)sum->theta[k]+= wu[k];
}


/*:547*/
#line 816 "chapters/batch.w"
;
}

/*:546*//*549:*/
#line 869 "chapters/batch.w"

int lstm_bench_batch(size_t n,size_t T,size_t B,lstm_bench_result*res,
lstm_error*err)
{
lstm_net net,grad;
lstm_data data;
const lstm_seq**pick= NULL;
double times[LSTM_BENCH_MAX_RUNS],cpu[LSTM_BENCH_MAX_RUNS],total= 0,loss;
lstm_stats st= {0};
lstm_batch_work w;
int status;
memset(res,0,sizeof*res);
memset(&w,0,sizeof w);
res->n= n;res->T= T;
if(T<1||B<1)return lstm_fail(err,LSTM_EUSAGE,
"a benchmark needs at least one step and one sequence");
if((status= bench_problem(n,T,&net,&data,err))!=LSTM_OK)
return status;
/*550:*/
#line 922 "chapters/batch.w"

{
lstm_rng rng;
lstm_rng_seed(&rng,2);
for(size_t b= 1;b<B&&status==LSTM_OK;b++){
lstm_seq*seq;
if((status= lstm_data_add(&data,T,&seq,err))!=LSTM_OK)break;
for(size_t t= 0;t<T&&status==LSTM_OK;t++){
double*y= lstm_target_set(seq,t,err);
if(!y){
status= LSTM_ENOMEM;
break;
}
for(size_t l= 0;l<n;l++){
seq->x[t*n+l]= lstm_rng_uniform(&rng,-1,1);
y[l]= lstm_rng_uniform(&rng,-1,1);
}
}
}
}

/*:550*/
#line 887 "chapters/batch.w"
;
if(status==LSTM_OK&&!(pick= malloc(B*sizeof*pick)))
status= lstm_fail(err,LSTM_ENOMEM,"out of memory");
if(status==LSTM_OK&&(status= lstm_net_like(&grad,&net,err))==
LSTM_OK){
for(size_t b= 0;b<B;b++)pick[b]= &data.seq[b];
status= lstm_gradient_batch_work(&net,pick,B,&w,&grad,&loss,&st,
err);
while(status==LSTM_OK&&res->runs<LSTM_BENCH_MAX_RUNS&&
(res->runs<LSTM_BENCH_RUNS||total<LSTM_BENCH_SECONDS)){
struct timespec start;
clock_t c0= clock();
timespec_get(&start,TIME_UTC);
status= lstm_gradient_batch_work(&net,pick,B,&w,&grad,&loss,NULL,
err);
times[res->runs]= bench_since(&start);
cpu[res->runs]= (double)(clock()-c0)/CLOCKS_PER_SEC;
total+= times[res->runs++];
}
if(status==LSTM_OK){
qsort(times,res->runs,sizeof times[0],compare_doubles);
res->seconds_per_step= times[res->runs/2]/((double)T*(double)B);
qsort(cpu,res->runs,sizeof cpu[0],compare_doubles);
res->cpu_per_step= cpu[res->runs/2]/((double)T*(double)B);
res->work_bytes= st.work_bytes;
}
lstm_net_free(&grad);
}
lstm_batch_work_free(&w);
free(pick);
lstm_net_free(&net);
lstm_data_free(&data);
return status;
}

/*:549*//*557:*/
#line 1093 "chapters/batch.w"

size_t lstm_peak_run(size_t reps,double*out)
{
return kernels->peak(reps,out);
}

int lstm_peak(size_t rounds,lstm_peak_result*res,lstm_error*err)
{
double out[LSTM_PEAK_NUMBERS];
size_t reps= 1024;
memset(res,0,sizeof*res);
if(rounds<1||rounds> LSTM_BENCH_MAX_RUNS)
return lstm_fail(err,LSTM_EUSAGE,"the measured limit needs 1 to %d "
"rounds, found %zu",LSTM_BENCH_MAX_RUNS,rounds);

for(size_t k= 0;k<LSTM_PEAK_NUMBERS;k++)out[k]= (double)k;
for(;;){
clock_t c0= clock();
res->numbers= kernels->peak(reps,out);
if((double)(clock()-c0)/CLOCKS_PER_SEC>=0.1||reps>=((size_t)1<<40))
break;
reps*= 2;
}
res->reps= reps;
for(res->rounds= 0;res->rounds<rounds;res->rounds++){
clock_t c0= clock();
kernels->peak(reps,out);
const double sec= (double)(clock()-c0)/CLOCKS_PER_SEC;
const double rate= sec> 0?(double)reps*(double)res->numbers/sec:0;
if(rate> res->madds)res->madds= rate;
}
res->check= 0;
for(size_t k= 0;k<res->numbers;k++)res->check+= out[k];
if(!(res->madds> 0)||!isfinite(res->madds)||!isfinite(res->check))
return lstm_fail(err,LSTM_EDIVERGED,"the measured limit is not a "
"positive finite rate");

return LSTM_OK;
}

/*:557*//*563:*/
#line 49 "chapters/snapblock.w"

static int snap1_blocked(const lstm_net*net,const lstm_seq*seq,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
const size_t m= net->m,n= net->n,k= net->k,B= LSTM_SNAP_BLOCK,
cols= 4*n*(m+n+1),count= 2*cols+(7*B+2)*n+2*k;
const int local= lstm_seq_local(seq);
double*v= alloc_doubles(count),*S,*H,*states,*outs,*gates,*Deltas,
*pred,*e;
snap_factors*facts= malloc(4*B*n*sizeof*facts);
int targets[LSTM_SNAP_BLOCK];
if(!v||!facts){
free(v),free(facts);
return lstm_fail(err,LSTM_ENOMEM,
"out of memory for SnAp-1 of %zu parameters",net->P);
}

S= v,H= S+cols,states= H+cols,outs= states+(B+1)*n;
gates= outs+(B+1)*n,Deltas= gates+4*B*n;
pred= Deltas+B*n,e= pred+k;
*loss= 0;
for(size_t t0= 0;t0<seq->T;t0+= B){
const size_t steps= seq->T-t0<B?seq->T-t0:B;
/*564:*/
#line 96 "chapters/snapblock.w"

for(size_t b= 0;b<steps;b++)
memcpy(gates+4*b*n,net->b,4*n*sizeof*gates);
if(local)
for(size_t b= 0;b<steps;b++)
add_input_part(net,seq->x+(t0+b)*m,gates+4*b*n);
else lstm_gemm_nt(steps,4*n,m,seq->x+t0*m,m,net->W,m,gates,
4*n);
for(size_t b= 0;b<steps;b++){
const size_t t= t0+b;
const double*y= lstm_target(seq,t),*x= seq->x+t*m;
double*out= outs+(b+1)*n,step_loss;
step_from_input(net,outs+b*n,states+b*n,gates+4*b*n,
states+(b+1)*n,out);
step_loss= y?lstm_output_forward_x(net,out,x,y,pred):0;
*loss+= step_loss;
if(y){
memset(Deltas+b*n,0,n*sizeof*Deltas);
lstm_output_backward_x(net,out,x,pred,y,Deltas+b*n,grad,e);
}
}

/*:564*/
#line 72 "chapters/snapblock.w"
;
/*565:*/
#line 126 "chapters/snapblock.w"

for(size_t b= 0;b<steps;b++)
targets[b]= lstm_target(seq,t0+b)!=NULL;
for(size_t j= 0;j<n;j++)
for(size_t b= 0;b<steps;b++){
const double*g= gates+4*b*n,*f= g+2*n,
*state_prev= states+b*n,*state= states+(b+1)*n;
snap_factors c[4];
/*252:*/
#line 144 "chapters/snap1.w"

{
const double*U= net->U;
double cell[5],cross,self;
cell_factors(net,g,j,state_prev[j],state[j],cell);
cross= cell[0]*U[j*n+j]+cell[1]*U[(n+j)*n+j]+
cell[2]*U[(2*n+j)*n+j];
self= cell[4]*U[(3*n+j)*n+j];
for(size_t q= 0;q<4;q++){
c[q].cross= cross,c[q].from_state= cell[3],c[q].self= self;
c[q].kept= q<3;
c[q].keep= c[q].kept?f[j]:0;
c[q].in_state= c[q].kept?cell[q]:0;
c[q].in_out= c[q].kept?0:cell[4];
}
}

/*:252*/
#line 134 "chapters/snapblock.w"
;
for(size_t q= 0;q<4;q++)facts[(q*n+j)*B+b]= c[q];
}

/*:565*/
#line 73 "chapters/snapblock.w"
;
for(size_t row= 0;row<4*n;row++)
/*566:*/
#line 149 "chapters/snapblock.w"

{
static const double one= 1;
const size_t j= row%n,at[3]= {row*m,4*n*m+row*n,
4*n*(m+n)+row},len[3]= {m,n,1},ldv[3]= {m,n,0};
const double*src[3]= {seq->x+t0*m,outs,&one};
for(int part= 0;part<3;part++)
kernels->snap_steps(S+at[part],H+at[part],grad->theta+at[part],
len[part],src[part],ldv[part],steps,facts+row*B,Deltas+j,
n,targets);
}

/*:566*/
#line 75 "chapters/snapblock.w"
;
memcpy(states,states+steps*n,n*sizeof*states);
memcpy(outs,outs+steps*n,n*sizeof*outs);
}
lstm_net_mask(net,grad->theta);
if(st&&count*sizeof(double)+4*B*n*sizeof*facts> 
st->work_bytes)
st->work_bytes= count*sizeof(double)+4*B*n*sizeof*facts;
free(v),free(facts);
return LSTM_OK;
}

/*:563*//*576:*/
#line 162 "chapters/uoropass.w"

static void uoro_rows(double*tt,double*g,size_t len,const double*v,
double keep,const double*coef,int add0,double d0,int add1,double d1,
double*sums)
{
kernels->uoro_rows(tt,g,len,v,keep,coef,add0,d0,add1,d1,sums);
}

/*:576*//*730:*/
#line 143 "chapters/net1997.w"

int lstm_arch_plain(const lstm_arch*arch)
{
return!arch->no_outgate&&!arch->no_recurrent&&!arch->no_bias&&
!arch->shortcut&&!arch->g_logistic&&!arch->h_identity&&
!arch->pending;
}

void lstm_net_mask(const lstm_net*net,double*theta)
{
const size_t m= net->m,n= net->n,first= n-net->arch.pending;
double*W= theta,*U= W+4*n*m,*b= U+4*n*n,*V= b+4*n;
if(lstm_arch_plain(&net->arch))return;
for(size_t row= 0;row<4*n;row++){
const size_t q= row/n,j= row%n;
if((q==2&&net->no_forget)||(q==3&&net->arch.no_outgate)||
j>=first){
memset(W+row*m,0,m*sizeof*W);
memset(U+row*n,0,n*sizeof*U);
b[row]= 0;
}
if(net->arch.no_recurrent)memset(U+row*n,0,n*sizeof*U);
else for(size_t l= first;l<n;l++)U[row*n+l]= 0;
if(net->arch.no_bias)b[row]= 0;
}
if(net->output!=LSTM_OUT_NONE){
for(size_t r= 0;r<net->k;r++)
for(size_t l= first;l<n;l++)V[r*n+l]= 0;
if(net->arch.no_bias)
memset(V+net->k*n,0,net->k*sizeof*V);
}
}

/*:730*//*731:*/
#line 180 "chapters/net1997.w"

size_t lstm_net_weights(const lstm_net*net)
{
size_t count= 0;
double*one= alloc_doubles(net->P);
if(!one)return 0;
for(size_t k= 0;k<net->P;k++)one[k]= 1;
lstm_net_mask(net,one);
for(size_t k= 0;k<net->P;k++)count+= one[k]!=0;
free(one);
return count;
}

/*:731*//*735:*/
#line 244 "chapters/net1997.w"

int lstm_net_add_cell(lstm_net*net,lstm_rng*rng,const lstm_init*init)
{
const size_t n= net->n,bias= 4*n*(net->m+n);
double*before= alloc_doubles(2*net->P),*after= before+net->P;
if(!before||net->arch.pending==0){
free(before);
return 0;
}
for(size_t k= 0;k<2*net->P;k++)before[k]= 1;
lstm_net_mask(net,before);
net->arch.pending--;
lstm_net_mask(net,after);
for(size_t k= 0;k<net->P;k++){
if(before[k]!=0||after[k]==0)continue;
if(k>=bias&&k<bias+4*n){
const size_t q= (k-bias)/n;
net->theta[k]= q==0?0:q==1?init->bias_i:
q==2?init->bias_f:init->bias_o;
}else net->theta[k]= lstm_rng_uniform(rng,-init->range,init->range);
}
free(before);
return 1;
}

/*:735*//*749:*/
#line 565 "chapters/net1997.w"

static int arch_word(const char*tok)
{
static const char*word[]= {"outgate","recurrent","bias","g","h",
"pending","S"};
for(size_t q= 0;q<sizeof word/sizeof word[0];q++)
if(strcmp(tok,word[q])==0)return 1;
return 0;
}

/*:749*//*755:*/
#line 728 "chapters/net1997.w"

static double lag_logit(const lstm_net*net,const double*h,
const double*x,size_t r)
{
double z= net->c[r];
for(size_t l= 0;l<net->n;l++)z+= net->V[r*net->n+l]*h[l];
if(net->S)for(size_t l= 0;l<net->m;l++)z+= net->S[r*net->m+l]*x[l];
return z;
}

static void lag_look_at(const lstm_net*net,const lstm_data*held,
lstm_trace*tr,const lstm_train_config*cfg,lstm_train_status*st,
lag_look*look)
{
const size_t n= net->n,m= net->m,T= held->seq[0].T;
double s[2],z[4],a[3]= {0,0,0},in[3]= {0,0,0},gain= 0,
jump= 0;
const int added_now= st->cells_added> 0&&st->sequences==st->added_at;
if(net->output!=LSTM_OUT_LOGISTIC||!trace_fits(tr,net,T))return;
for(size_t q= 0;q<2;q++){
const lstm_seq*seq= &held->seq[q];
const double*h,*x= seq->x+(T-1)*m;
double size= net->arch.no_bias?0:1,hh= 0,xx= size;
lstm_trace_start(tr,NULL,NULL);
lstm_forward(net,seq,tr);
h= lstm_out(tr,T-1);
s[q]= lstm_state(tr,T-1)[0];
a[q]= lstm_gates(tr,0)[0];
in[q]= lstm_gates(tr,0)[n];
if(q==0)for(size_t t= 1;t<T;t++){
a[2]+= lstm_gates(tr,t)[0]/(double)(T-1);
in[2]+= lstm_gates(tr,t)[n]/(double)(T-1);
}
for(size_t l= 0;l<n;l++)size+= h[l]*h[l];
if(net->S)for(size_t l= 0;l<m;l++)size+= x[l]*x[l];
for(size_t l= 0;l<n;l++)hh+= h[l]*h[l];
if(net->S)for(size_t l= 0;l<m;l++)xx+= x[l]*x[l];
for(size_t r= 0;r<2;r++){
const double zr= lag_logit(net,h,x,r),
d= sigmoid(zr)*(1-sigmoid(zr));
z[2*r+q]= zr;
gain= fmax(gain,cfg->rate_out> 0?d*d*(cfg->rate_out*hh+
cfg->rate*xx):cfg->rate*d*d*size);
}
}
if(cfg->optimizer!=LSTM_SGD)gain= -1;
for(size_t q= 0;q<4&&look->seen&&!added_now;q++)
jump= fmax(jump,fabs(z[q]-look->z[q]));
memcpy(look->z,z,sizeof z);
look->seen= 1;
if(added_now){
st->gain= gain;
st->added_state= fmax(fabs(s[0]),fabs(s[1]));
}else if(st->cells_added> 0&&st->sequences-st->added_at<=100)
st->jump= fmax(st->jump,jump);
if(cfg->trace){
const double col[18]= {s[0],s[1],z[0],z[1],z[2],z[3],net->V[0],
net->V[n],a[0],in[0],a[1],in[1],a[2],in[2],gain,jump};
if(st->sequences==1)fprintf(cfg->trace,"# sequence cells s(x) "
"s(y) zx(x) zx(y) zy(x) zy(y) Vx Vy a(x) i(x) a(y) i(y) a(d) i(d) "
"gain jump\n");
fprintf(cfg->trace,"%ld %zu",st->sequences,st->cells_added);
for(size_t q= 0;q<16;q++)fprintf(cfg->trace," %.17g",col[q]);
fprintf(cfg->trace,"\n");
}
}

/*:755*//*775:*/
#line 1414 "chapters/net1997.w"

static int lag2b_sample(size_t p,int every_step,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err)
{
size_t first= rng_below(rng,2),k= p+1,prev;
lstm_seq*s;
int status= lstm_data_add(data,p,&s,err);
if(status!=LSTM_OK)return status;
prev= first;
for(size_t t= 0;t<p;t++){
size_t next= t+1==p?first:2+rng_below(rng,p-1);
s->x[t*k+prev]= 1;
if(every_step||t+1==p){
double*y= lstm_target_set(s,t,err);
if(!y)return LSTM_ENOMEM;
y[next]= 1;
}
prev= next;
}
*seq= s;
return LSTM_OK;
}

/*:775*//*798:*/
#line 77 "chapters/align.w"

double lstm_cosine(const double*a,const double*b,size_t len)
{
const double ab= lstm_dot(a,b,len),aa= lstm_dot(a,a,len),
bb= lstm_dot(b,b,len);
return aa> 0&&bb> 0?ab/(sqrt(aa)*sqrt(bb)):0;
}

/*:798*//*799:*/
#line 90 "chapters/align.w"

int lstm_align(const lstm_net*net,const lstm_data*data,
const char*const*spec,size_t count,size_t samples,long seed,
lstm_align_result*res,lstm_error*err)
{
const size_t P= 4*net->n*(net->m+net->n+1);
lstm_net g,exact;
double*keep= NULL,*sq= NULL,loss;
const lstm_method*meth;
long param;
int status;
memset(res,0,sizeof*res);
/*800:*/
#line 126 "chapters/align.w"

if(count<1||count> LSTM_ALIGN_MAX)
return lstm_fail(err,LSTM_EUSAGE,"an alignment compares 1 to %d methods",
LSTM_ALIGN_MAX);

if(samples<1||samples> 1000000)
return lstm_fail(err,LSTM_EUSAGE,
"an alignment takes 1 to 1000000 samples of a random method");

for(size_t q= 0;q<count;q++){
if(!lstm_method_find(spec[q],&param,err))return LSTM_EUSAGE;
if(strlen(spec[q])>=LSTM_ALIGN_SPEC)
return lstm_fail(err,LSTM_EUSAGE,"method name '%s' is too long",
spec[q]);

}

/*:800*/
#line 102 "chapters/align.w"
;
memset(&g,0,sizeof g);memset(&exact,0,sizeof exact);
if((status= lstm_net_like(&g,net,err))!=LSTM_OK||
(status= lstm_net_like(&exact,net,err))!=LSTM_OK)goto done;
keep= alloc_doubles(count*P);
sq= alloc_doubles(P);
if(!keep||!sq){
status= lstm_fail(err,LSTM_ENOMEM,"out of memory for the alignment");
goto done;
}
res->count= count;res->samples= samples;res->params= P;
/*801:*/
#line 143 "chapters/align.w"

meth= lstm_method_find("bptt",&param,err);
if((status= lstm_gradient(net,data,meth,param,&exact,&loss,NULL,
err))!=LSTM_OK)goto done;
res->norm= sqrt(lstm_dot(exact.theta,exact.theta,P));
if(!(res->norm> 0)||!isfinite(res->norm)){
status= lstm_fail(err,LSTM_EDATA,res->norm> 0?
"the exact gradient is not finite":
"the exact gradient is zero, so no direction can be compared with it");


goto done;
}

/*:801*/
#line 113 "chapters/align.w"
;
for(size_t q= 0;q<count&&status==LSTM_OK;q++)
/*802:*/
#line 164 "chapters/align.w"

{
lstm_align_row*row= &res->row[q];
double*mean= keep+q*P,c_sum= 0,c_sq= 0,e_sum= 0,tr= 0;
const size_t runs= (meth= lstm_method_find(spec[q],&param,err))->seeded
?samples:1;
strcpy(row->spec,spec[q]);
row->seeded= meth->seeded;
memset(mean,0,P*sizeof*mean);
memset(sq,0,P*sizeof*sq);
for(size_t s= 0;s<runs&&status==LSTM_OK;s++){
if(meth->seeded)param= seed+(long)s;
status= lstm_gradient(net,data,meth,param,&g,&loss,NULL,err);
if(status==LSTM_OK)
/*803:*/
#line 183 "chapters/align.w"

{
double c,e= 0;
for(size_t k= 0;k<P;k++){
const double d= g.theta[k]-mean[k];
mean[k]+= d/(double)(s+1);
sq[k]+= d*(g.theta[k]-mean[k]);
e+= (g.theta[k]-exact.theta[k])*(g.theta[k]-exact.theta[k]);
}
c= lstm_cosine(g.theta,exact.theta,P);
if(!isfinite(e)||!isfinite(c)){
status= lstm_fail(err,LSTM_EDATA,"the gradient of %s is not finite",
spec[q]);

break;
}
c_sum+= c;c_sq+= c*c;
e_sum+= sqrt(e)/res->norm;
}

/*:803*/
#line 178 "chapters/align.w"
;
}
if(status==LSTM_OK)/*804:*/
#line 203 "chapters/align.w"

{
double dist= 0;
const double N= (double)runs;
for(size_t k= 0;k<P;k++){
dist+= (mean[k]-exact.theta[k])*(mean[k]-exact.theta[k]);
tr+= runs> 1?sq[k]/(N-1):0;
}
row->cosine= c_sum/N;
row->relerr= e_sum/N;
row->cosine_sd= runs> 1?sqrt(fmax(0,(c_sq-c_sum*c_sum/N)/
(N-1))):0;
row->mean_cosine= lstm_cosine(mean,exact.theta,P);
row->bias= sqrt(dist)/res->norm;
row->noise= sqrt(tr/N)/res->norm;
row->variance= tr/(res->norm*res->norm);
}

/*:804*/
#line 180 "chapters/align.w"
;
}

/*:802*/
#line 115 "chapters/align.w"
;
if(status==LSTM_OK)
for(size_t q= 0;q<count;q++)
for(size_t r= 0;r<count;r++)
res->pair[q][r]= lstm_cosine(keep+q*P,keep+r*P,P);
done:
free(keep);free(sq);
lstm_net_free(&g);lstm_net_free(&exact);
return status;
}

/*:799*//*823:*/
#line 60 "chapters/balance.w"

int lstm_balance(const char*spec,long seed,long episodes,double rate,
double*theta,double*loss,lstm_error*err)
{
lstm_net net,grad;
lstm_data data;
lstm_seq*seq;
long param;
const lstm_method*meth= lstm_method_find(spec,&param,err);
int status;
if(!meth)return LSTM_EUSAGE;
if(episodes<1||!(rate> 0)||!isfinite(rate))
return lstm_fail(err,LSTM_EUSAGE,
"influence balancing needs episodes and a positive rate");

memset(&grad,0,sizeof grad);
lstm_data_init(&data,1,1);
if((status= lstm_net_init(&net,1,2,1,LSTM_OUT_L2,err))!=LSTM_OK)
return status;
if((status= lstm_net_like(&grad,&net,err))!=LSTM_OK||
(status= lstm_data_add(&data,LSTM_BALANCE_T,&seq,err))!=LSTM_OK)
goto done;
/*824:*/
#line 107 "chapters/balance.w"

memset(net.theta,0,net.P*sizeof*net.theta);
net.b[2]= net.b[3]= 2;
net.b[4]= -3;net.b[5]= 3;
net.b[6]= net.b[7]= 3;
net.U[1*2+0]= 0.1;
net.V[0]= 1;net.V[1]= -2;
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
double*y= lstm_target_set(seq,t,err);
seq->x[t]= 1;
if(y)y[0]= 0.3;
else status= LSTM_ENOMEM;
}
if(status!=LSTM_OK)goto done;

/*:824*/
#line 82 "chapters/balance.w"
;
for(long e= 0;e<episodes&&status==LSTM_OK;e++){
double L;
if(meth->seeded)param= seed+e;
theta[e]= net.b[0];
status= lstm_gradient(&net,&data,meth,param,&grad,&L,NULL,err);
if(status==LSTM_OK&&!(isfinite(L)&&isfinite(grad.b[0])))
status= lstm_fail(err,LSTM_EDATA,
"influence balancing with %s: the loss is no longer finite",spec);

loss[e]= L;
net.b[0]-= rate*grad.b[0];
}
done:
lstm_net_free(&net);
lstm_net_free(&grad);
lstm_data_free(&data);
return status;
}

/*:823*//*854:*/
#line 213 "chapters/formats.w"

static void reader_open(lstm_reader*rd,FILE*f,const char*name,
lstm_error*err)
{
memset(rd,0,sizeof*rd);
rd->f= f;
rd->name= name;
rd->err= err;
rd->line= 1;
rd->back= EOF;
rd->buf= rd->block;
rd->left= SIZE_MAX;
}

static void reader_close(lstm_reader*rd)
{
free(rd->v);
free(rd->flag);
rd->v= NULL;
rd->flag= NULL;
}

/*:854*//*855:*/
#line 239 "chapters/formats.w"

static int bad(lstm_reader*rd,long line,const char*fmt,...)
{
va_list ap;
if(rd->status!=LSTM_OK)return rd->status;
if(rd->err){
error_file(rd->err,rd->name);
rd->err->line= line;
}
va_start(ap,fmt);
rd->status= fail_v(rd->err,LSTM_EDATA,fmt,ap);
va_end(ap);
return rd->status;
}

/*:855*//*856:*/
#line 266 "chapters/formats.w"

static int get(lstm_reader*rd)
{
int c;
if(rd->status!=LSTM_OK)return EOF;
if(rd->back!=EOF){
c= rd->back;
rd->back= EOF;
return c;
}
if(rd->at==rd->have){
/*857:*/
#line 303 "chapters/formats.w"

rd->at= 0;
if(rd->mem&&rd->mem_len> 0){
rd->buf= rd->mem,rd->have= rd->mem_len;
rd->mem= NULL;
}else{
rd->mem= NULL;
rd->buf= rd->block;
errno= 0;
rd->have= rd->f?fread(rd->block,1,rd->left<sizeof rd->block?
rd->left:sizeof rd->block,rd->f):0;
rd->left-= rd->have;
if(rd->have==0){
if(rd->f&&ferror(rd->f))
/*858:*/
#line 322 "chapters/formats.w"

{
int e= errno;
lstm_fail_at(rd->err,LSTM_EIO,rd->name,0,"cannot read the file: %s",
e?strerror(e):"read error");

rd->status= LSTM_EIO;
}

/*:858*/
#line 317 "chapters/formats.w"
;
return EOF;
}
}

/*:857*/
#line 277 "chapters/formats.w"
;
}
c= rd->buf[rd->at++];
rd->last_line= rd->line;
if(c=='\n'){
rd->line++;
rd->col= 0;
}else if(++rd->col> LSTM_LINE_MAX){
bad(rd,rd->line,"expected at most %ld characters on a line, found more",
LSTM_LINE_MAX);

return EOF;
}else if((c<32&&!isspace(c))||c==127){
bad(rd,rd->line,"expected text, found the byte 0x%02x",(unsigned)c);

return EOF;
}
return c;
}

/*:856*//*859:*/
#line 335 "chapters/formats.w"

static int peek(lstm_reader*rd)
{
int c;
size_t len= 0;
if(rd->status!=LSTM_OK||rd->peeked)return rd->status;
if(rd->back==EOF&&peek_in_block(rd))return LSTM_OK;
/*863:*/
#line 425 "chapters/formats.w"

do{
c= get(rd);
if(c=='#')
while(c!='\n'&&c!=EOF)c= get(rd);
}while(c!=EOF&&isspace(c));

/*:863*/
#line 343 "chapters/formats.w"
;
if(c==EOF){
if(rd->status!=LSTM_OK)return rd->status;
rd->at_end= 1;
rd->tok[0]= '\0';
rd->tok_len= 0;
rd->tok_line= rd->last_line> 0?rd->last_line:1;
rd->peeked= 1;
return LSTM_OK;
}
rd->tok_line= rd->line;
/*864:*/
#line 435 "chapters/formats.w"

while(c!=EOF&&!isspace(c)&&c!='#'){
if(c> 126){
bad(rd,rd->line,"expected plain ASCII outside comments, "
"found the byte 0x%02x",(unsigned)c);

break;
}
if(len==LSTM_TOKEN_MAX){
bad(rd,rd->tok_line,"expected a word or number of at most %d "
"characters, found a longer one",LSTM_TOKEN_MAX);

break;
}
rd->tok[len++]= (char)c;
c= get(rd);
}

/*:864*/
#line 354 "chapters/formats.w"
;
if(rd->status!=LSTM_OK)return rd->status;
rd->tok[len]= '\0';
rd->tok_len= len;
if(c=='#')rd->back= c;
rd->peeked= 1;
return LSTM_OK;
}

static void take(lstm_reader*rd)
{
rd->peeked= 0;
}

/*:859*//*860:*/
#line 381 "chapters/formats.w"

static int peek_in_block(lstm_reader*rd)
{
const unsigned char*b= rd->buf;
size_t at= rd->at,end,len;
long line= rd->line,col= rd->col,last= rd->last_line;
/*861:*/
#line 402 "chapters/formats.w"

for(;at<rd->have;at++){
if(b[at]==' '&&col<LSTM_LINE_MAX)col++,last= line;
else if(b[at]=='\n')col= 0,last= line++;
else break;
}
rd->at= at,rd->line= line,rd->col= col,rd->last_line= last;

/*:861*/
#line 387 "chapters/formats.w"
;
for(end= at;end<rd->have&&b[end]> ' '&&b[end]<127&&
b[end]!='#';end++){}
len= end-at;
if(len==0||end==rd->have||len> LSTM_TOKEN_MAX)return 0;
if(b[end]=='\n'?col+(long)len> LSTM_LINE_MAX:
b[end]!=' '||col+(long)len+1> LSTM_LINE_MAX)return 0;
/*862:*/
#line 415 "chapters/formats.w"

memcpy(rd->tok,b+at,len);
rd->tok[len]= '\0';
rd->tok_len= len;
rd->tok_line= rd->last_line= line;
if(b[end]=='\n')rd->line++,rd->col= 0;
else rd->col= col+(long)len+1;
rd->at= end+1;
rd->peeked= 1;

/*:862*/
#line 394 "chapters/formats.w"
;
return 1;
}

/*:860*//*865:*/
#line 455 "chapters/formats.w"

static const char*shown(lstm_reader*rd)
{
if(rd->at_end)return"the end of the file";
snprintf(rd->shown,sizeof rd->shown,"'%s'",rd->tok);
return rd->shown;
}

/*:865*//*867:*/
#line 475 "chapters/formats.w"

static int keyword(lstm_reader*rd,const char*word)
{
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,word)!=0)
return bad(rd,rd->tok_line,"expected '%s', found %s",word,shown(rd));

take(rd);
return LSTM_OK;
}

/*:867*//*868:*/
#line 494 "chapters/formats.w"

static int size_value(lstm_reader*rd,const char*what,size_t most,
size_t*v)
{
size_t x= 0;
int ok;
const char*s;
if(peek(rd)!=LSTM_OK)return rd->status;
ok= !rd->at_end;
for(s= rd->tok;ok&&*s;s++)
if(!isdigit((unsigned char)*s))ok= 0;
else if(x<=most)x= 10*x+(size_t)(*s-'0');
if(!ok||x<1||x> most)
return bad(rd,rd->tok_line,
"expected a whole number of %s between 1 and %zu, found %s",
what,most,shown(rd));

take(rd);
*v= x;
return LSTM_OK;
}

/*:868*//*869:*/
#line 524 "chapters/formats.w"

static int decimal(const char*s)
{
int digits= 0;
if(*s=='+'||*s=='-')s++;
for(;isdigit((unsigned char)*s);s++)digits++;
if(*s=='.')
for(s++;isdigit((unsigned char)*s);s++)digits++;
if(digits==0)return 0;
if(*s=='e'||*s=='E'){
s++;
if(*s=='+'||*s=='-')s++;
if(!isdigit((unsigned char)*s))return 0;
while(isdigit((unsigned char)*s))s++;
}
return*s=='\0';
}

/*:869*//*870:*/
#line 551 "chapters/formats.w"

static int number(lstm_reader*rd,const char*what,double*v)
{
char*end;
double x;
if(peek(rd)!=LSTM_OK)return rd->status;
if(exact_decimal(rd,rd->tok,rd->tok_len,&x)){
take(rd);
*v= x;
return LSTM_OK;
}
x= strtod(rd->tok,&end);
if(decimal(rd->tok)&&isfinite(x)){
take(rd);
*v= x;
return LSTM_OK;
}
if(*end=='\0'&&end!=rd->tok&&!isfinite(x))
return bad(rd,rd->tok_line,"expected a finite number in %s, found %s",
what,shown(rd));

return bad(rd,rd->tok_line,"expected a number in %s, found %s",what,
shown(rd));

}

/*:870*//*871:*/
#line 585 "chapters/formats.w"

static int is_keyword(const lstm_reader*rd)
{
static const char*word[]= {"lstm-model","lstm-seq","lstm-grad",
"method","loss","inputs","cells","forget","targets","outputs","W",
"U","b","V","c","sequence","-"};
if(rd->at_end)return 1;
if(isdigit((unsigned char)rd->tok[0])||rd->tok[0]=='.'||
rd->tok[0]=='+'||(rd->tok[0]=='-'&&rd->tok[1]!='\0'))
return 0;
if(arch_word(rd->tok))return 1;
for(size_t q= 0;q<sizeof word/sizeof word[0];q++)
if(strcmp(rd->tok,word[q])==0)return 1;
return 0;
}

/*:871*//*873:*/
#line 609 "chapters/formats.w"

static int push(lstm_reader*rd,double x)
{
if(rd->len==rd->cap){
size_t cap= rd->cap?2*rd->cap:64;
double*more;
if(cap> SIZE_MAX/sizeof*more||
!(more= realloc(rd->v,cap*sizeof*more))){
lstm_fail_at(rd->err,LSTM_ENOMEM,rd->name,0,
"out of memory after %zu numbers",rd->len);

return rd->status= LSTM_ENOMEM;
}
rd->v= more;
rd->cap= cap;
}
rd->v[rd->len++]= x;
return LSTM_OK;
}

/*:873*//*874:*/
#line 632 "chapters/formats.w"

static int numbers(lstm_reader*rd,size_t count,const char*what)
{
for(size_t q= 0;q<count;q++){
double x;
if(peek(rd)!=LSTM_OK)return rd->status;
if(is_keyword(rd))
return bad(rd,rd->tok_line,
"expected %zu number%s in %s, found only %zu before %s",count,
count==1?"":"s",what,q,shown(rd));

if(number(rd,what,&x)!=LSTM_OK||push(rd,x)!=LSTM_OK)
return rd->status;
}
return LSTM_OK;
}

/*:874*//*876:*/
#line 658 "chapters/formats.w"

static int expect_after(lstm_reader*rd,const char*expected,
const char*after)
{
if(peek(rd)!=LSTM_OK||is_keyword(rd))return rd->status;
if(decimal(rd->tok))
return bad(rd,rd->tok_line,"expected %s after %s, found another number %s",
expected,after,shown(rd));

return bad(rd,rd->tok_line,"expected %s, found %s",expected,shown(rd));
}

/*:876*//*878:*/
#line 715 "chapters/formats.w"

static int exact_decimal(lstm_reader*rd,const char*s,size_t len,
double*v)
{
const char*end= s+len,*from;
uint64_t w= 0,eight;
long q= 0,e= 0;
int negative= 0,digits= 0,kept= 0,e_negative= 0;
if(*s=='+'||*s=='-')negative= *s++=='-';
/*879:*/
#line 750 "chapters/formats.w"

from= s;
if(w==0)
while(*s=='0')s++;
while(end-s>=8&&kept<=11&&eight_digits(s,&eight)){
w= 100000000*w+eight;
s+= 8;
kept+= 8;
}
for(;is_digit(*s);s++){
if(kept++==19)return 0;
w= 10*w+(uint64_t)(*s-'0');
}
digits+= (int)(s-from);

/*:879*/
#line 724 "chapters/formats.w"
;
if(*s=='.'){
s++;
/*879:*/
#line 750 "chapters/formats.w"

from= s;
if(w==0)
while(*s=='0')s++;
while(end-s>=8&&kept<=11&&eight_digits(s,&eight)){
w= 100000000*w+eight;
s+= 8;
kept+= 8;
}
for(;is_digit(*s);s++){
if(kept++==19)return 0;
w= 10*w+(uint64_t)(*s-'0');
}
digits+= (int)(s-from);

/*:879*/
#line 727 "chapters/formats.w"
;
q= -(long)(s-from);
}
if(digits==0)return 0;
if(*s=='e'||*s=='E'){
s++;
if(*s=='+'||*s=='-')e_negative= *s++=='-';
if(!is_digit(*s))return 0;
for(;is_digit(*s);s++)
if(e<100000)e= 10*e+(*s-'0');
q+= e_negative?-e:e;
}
if(s!=end)return 0;
if(w==0)*v= 0.0;
else if(!clinger(w,q,v)&&!eisel_lemire(rd,w,q,v))return 0;
if(negative)*v= -*v;
return 1;
}

/*:878*//*880:*/
#line 784 "chapters/formats.w"

static int eight_digits(const char*s,uint64_t*v)
{
const uint64_t ones= 0x0101010101010101,one= 1;
uint64_t x;
memcpy(&x,s,8);
if(*(const unsigned char*)&one!=1){
uint64_t y= x;
for(int j= 0;j<8;j++,y>>= 8)x= x<<8|(y&255);
}
if(((x+70*ones)|(x-48*ones))&128*ones)return 0;
x-= 48*ones;
x= (10*x+(x>>8))&0x00ff00ff00ff00ff;
x= (100*x+(x>>16))&0x0000ffff0000ffff;
*v= 10000*(x&0xffffffff)+(x>>32);
return 1;
}

/*:880*//*881:*/
#line 812 "chapters/formats.w"

#include <float.h>  
static int clinger(uint64_t w,long q,double*v)
{
#if FLT_EVAL_METHOD == 0
static const double ten[23]= {1e0,1e1,1e2,1e3,1e4,1e5,1e6,1e7,
1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15,1e16,1e17,1e18,1e19,
1e20,1e21,1e22};
if(w<=(uint64_t)1<<53&&q>=-22&&q<=22){
*v= q<0?(double)w/ten[-q]:(double)w*ten[q];
return 1;
}
#else
#line 825 "chapters/formats.w"
(void)w,(void)q,(void)v;
#endif
#line 827 "chapters/formats.w"
 return 0;
}

/*:881*//*882:*/
#line 849 "chapters/formats.w"

static int eisel_lemire(lstm_reader*rd,uint64_t w,long q,double*v)
{
const lstm_power5*t;
uint64_t p2,p1,p0,h,m,low_mask;
int z= 0,r,tie;
long e;
if(q<FIVE_MIN||q> FIVE_MAX)return 0;
if(!rd->five_ready)powers_of_five(rd);
t= &rd->five[q-FIVE_MIN];
for(int s= 32;s> 0;s/= 2)
if(w>>(64-s)==0)w<<= s,z+= s;
/*885:*/
#line 920 "chapters/formats.w"

{
uint64_t hi,lo;
mul64(w,t->lo,&hi,&lo);
p0= lo;
p1= hi;
mul64(w,t->hi,&hi,&lo);
p1+= lo;
p2= hi+(p1<lo);
}

/*:885*/
#line 861 "chapters/formats.w"
;
/*883:*/
#line 890 "chapters/formats.w"

r= 137+(int)(p2>>63);
h= p2>>(r-128);
low_mask= ((uint64_t)1<<(r-128))-1;
if(!t->exact&&(p2&low_mask)==low_mask&&p1==UINT64_MAX)
return 0;
tie= t->exact&&(h&1)&&(p2&low_mask)==0&&p1==0&&p0==0;

/*:883*/
#line 862 "chapters/formats.w"
;
/*884:*/
#line 908 "chapters/formats.w"

m= h>>1;
e= r+1+t->k+q-z;
if(e+1075<1)return 0;
if((h&1)&&(!tie||(m&1)))m++;
if(m>>53)m>>= 1,e++;
if(e+1075> 2046)return 0;

/*:884*/
#line 864 "chapters/formats.w"
;
*v= ldexp((double)m,(int)e);
return 1;
}

/*:882*//*886:*/
#line 936 "chapters/formats.w"

static void mul64(uint64_t a,uint64_t b,uint64_t*hi,uint64_t*lo)
{
const uint64_t half= 0xffffffff;
uint64_t a0= a&half,a1= a>>32,b0= b&half,b1= b>>32;
uint64_t p00= a0*b0,p01= a0*b1,p10= a1*b0,p11= a1*b1;
uint64_t mid= (p00>>32)+(p01&half)+(p10&half);
*lo= mid<<32|(p00&half);
*hi= p11+(p01>>32)+(p10>>32)+(mid>>32);
}

/*:886*//*889:*/
#line 988 "chapters/formats.w"

static void powers_of_five(lstm_reader*rd)
{
uint32_t a[31];
int n;
memset(a,0,sizeof a);
a[0]= 1,n= 1;
for(long q= 0;q<=FIVE_MAX;q++){
uint64_t carry= 0;
top_bits(a,n,&rd->five[q-FIVE_MIN]);
for(int i= 0;i<n;i++){
carry+= 5*(uint64_t)a[i];
a[i]= (uint32_t)carry;
carry>>= 32;
}
if(carry)a[n++]= (uint32_t)carry;
}
memset(a,0,sizeof a);
a[30]= 1,n= 31;
for(long q= -1;q>=FIVE_MIN;q--){
uint64_t rest= 0;
for(int i= n-1;i>=0;i--){
rest= rest<<32|a[i];
a[i]= (uint32_t)(rest/5);
rest%= 5;
}
if(a[n-1]==0)n--;
top_bits(a,n,&rd->five[q-FIVE_MIN]);
rd->five[q-FIVE_MIN].k-= 960;
rd->five[q-FIVE_MIN].exact= 0;
}
rd->five_ready= 1;
}

/*:889*//*890:*/
#line 1030 "chapters/formats.w"

static void top_bits(const uint32_t*a,int n,lstm_power5*t)
{
uint32_t d[5];
int lead= 0;
while((a[n-1]<<lead&0x80000000)==0)lead++;
for(int i= 0;i<5;i++)d[i]= n-5+i>=0?a[n-5+i]:0;
for(int i= 4;i> 0;i--)
if(lead> 0)d[i]= d[i]<<lead|d[i-1]>>(32-lead);
t->hi= (uint64_t)d[4]<<32|d[3];
t->lo= (uint64_t)d[2]<<32|d[1];
t->k= 32*n-lead-128;
t->exact= 32*n-lead<=128;
}

/*:890*//*893:*/
#line 1085 "chapters/formats.w"

static int read_network(lstm_reader*rd,lstm_net*net)
{
lstm_net shape;
lstm_block block[LSTM_MAX_BLOCKS];
size_t count,P;
long line;
char after[64];
memset(&shape,0,sizeof shape);
/*894:*/
#line 1123 "chapters/formats.w"

if(keyword(rd,"inputs")!=LSTM_OK||
size_value(rd,"inputs",LSTM_MAX_DIM,&shape.m)!=LSTM_OK||
keyword(rd,"cells")!=LSTM_OK)return rd->status;
if(size_value(rd,"cells",LSTM_MAX_DIM,&shape.n)!=LSTM_OK)
return rd->status;
line= rd->tok_line;
shape.k= shape.n;
/*895:*/
#line 1140 "chapters/formats.w"

if(peek(rd)!=LSTM_OK)return rd->status;
if(!rd->at_end&&strcmp(rd->tok,"forget")==0){
take(rd);
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,"none")!=0)
return bad(rd,rd->tok_line,"expected 'none' after 'forget', found %s",
shown(rd));

take(rd);
shape.no_forget= 1;
}

/*:895*/
#line 1131 "chapters/formats.w"
;
/*746:*/
#line 519 "chapters/net1997.w"

{
static const char*word[5]= {"outgate","recurrent","bias","g","h"};
static const char*value[5]= {"none","none","none","logistic",
"identity"};
int*flag[5];
flag[0]= &shape.arch.no_outgate;flag[1]= &shape.arch.no_recurrent;
flag[2]= &shape.arch.no_bias;flag[3]= &shape.arch.g_logistic;
flag[4]= &shape.arch.h_identity;
for(int q= 0;q<5;q++){
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,word[q])!=0)continue;
take(rd);
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,value[q])!=0)
return bad(rd,rd->tok_line,"expected '%s' after '%s', found %s",
value[q],word[q],shown(rd));

take(rd);
*flag[q]= 1;
}
if(peek(rd)!=LSTM_OK)return rd->status;
if(!rd->at_end&&strcmp(rd->tok,"pending")==0){
take(rd);
if(size_value(rd,"pending",shape.n,&shape.arch.pending)!=LSTM_OK)
return rd->status;
}
}

/*:746*/
#line 1132 "chapters/formats.w"
;
if(lstm_net_size(shape.m,shape.n,shape.k,LSTM_OUT_NONE,&P,NULL)
!=LSTM_OK)
return bad(rd,line,"expected at most %zu parameters, found inputs %zu "
"and cells %zu, which need more",(size_t)LSTM_MAX_PARAMS,shape.m,
shape.n);


/*:894*/
#line 1095 "chapters/formats.w"
;
count= lstm_blocks(&shape,block);
if(read_blocks(rd,block,0,count)!=LSTM_OK)return rd->status;
after_block(after,sizeof after,&block[count-1]);
if(expect_after(rd,"'outputs' or the end of the file",after)!=LSTM_OK)
return rd->status;
if(!rd->at_end){
/*896:*/
#line 1153 "chapters/formats.w"

if(keyword(rd,"outputs")!=LSTM_OK)return rd->status;
line= rd->tok_line;
if(size_value(rd,"outputs",LSTM_MAX_DIM,&shape.k)!=LSTM_OK||
peek(rd)!=LSTM_OK)return rd->status;
if(strcmp(rd->tok,"l2")==0)shape.output= LSTM_OUT_L2;
else if(strcmp(rd->tok,"softmax")==0)shape.output= LSTM_OUT_SOFTMAX;
else if(strcmp(rd->tok,"logistic")==0)shape.output= LSTM_OUT_LOGISTIC;
else return bad(rd,rd->tok_line,"expected 'l2', 'softmax' or 'logistic', "
"found %s",shown(rd));

take(rd);
if(lstm_net_size(shape.m,shape.n,shape.k,shape.output,&P,NULL)
!=LSTM_OK)
return bad(rd,line,"expected at most %zu parameters, found an output "
"layer of %zu that needs more",(size_t)LSTM_MAX_PARAMS,shape.k);

/*:896*/
#line 1103 "chapters/formats.w"
;
count= lstm_blocks(&shape,block);
if(read_blocks(rd,block,3,count)!=LSTM_OK)return rd->status;
/*747:*/
#line 548 "chapters/net1997.w"

if(peek(rd)!=LSTM_OK)return rd->status;
if(!rd->at_end&&strcmp(rd->tok,"S")==0){
shape.arch.shortcut= 1;
if(lstm_net_size_arch(shape.m,shape.n,shape.k,shape.output,
&shape.arch,&P,NULL)!=LSTM_OK)
return bad(rd,rd->tok_line,"expected at most %zu parameters, found "
"shortcut weights that need more",(size_t)LSTM_MAX_PARAMS);
count= lstm_blocks(&shape,block);
if(read_blocks(rd,block,5,count)!=LSTM_OK)return rd->status;
}

/*:747*/
#line 1106 "chapters/formats.w"
;
after_block(after,sizeof after,&block[count-1]);
if(expect_after(rd,"the end of the file",after)!=LSTM_OK)
return rd->status;
if(!rd->at_end)
return bad(rd,rd->tok_line,"expected the end of the file, found %s",
shown(rd));

}
/*900:*/
#line 1210 "chapters/formats.w"

{
int status= lstm_net_init_arch(net,shape.m,shape.n,shape.k,
shape.output,&shape.arch,rd->err);
if(status!=LSTM_OK)return rd->status= status;
net->no_forget= shape.no_forget;
memcpy(net->theta,rd->v,net->P*sizeof*net->theta);
/*750:*/
#line 578 "chapters/net1997.w"

if(!lstm_arch_plain(&net->arch)){
double*kept= alloc_doubles(net->P);
lstm_block blk[LSTM_MAX_BLOCKS];
size_t nb= lstm_blocks(net,blk),bad_at= net->P;
if(!kept)return rd->status= lstm_fail(rd->err,LSTM_ENOMEM,
"out of memory for a model");
memcpy(kept,net->theta,net->P*sizeof*kept);
lstm_net_mask(net,kept);
for(size_t q= 0;q<net->P&&bad_at==net->P;q++)
if(kept[q]!=net->theta[q])bad_at= q;
free(kept);
for(size_t q= 0;q<nb&&bad_at<net->P;q++)
if(bad_at<blk[q].offset+blk[q].rows*blk[q].cols){
size_t e= bad_at-blk[q].offset;
lstm_net_free(net);
return bad(rd,rd->tok_line,"expected 0 at %s[%zu][%zu], a weight "
"that the network's words leave out, found another number",
blk[q].name,e/blk[q].cols,e%blk[q].cols);

}
}

/*:750*/
#line 1217 "chapters/formats.w"
;
}

/*:900*/
#line 1115 "chapters/formats.w"
;
return LSTM_OK;
}

/*:893*//*898:*/
#line 1177 "chapters/formats.w"

static int read_blocks(lstm_reader*rd,const lstm_block*block,
size_t from,size_t to)
{
for(size_t q= from;q<to;q++){
if(q> from){
char expected[8],after[64];
snprintf(expected,sizeof expected,"'%s'",block[q].name);
after_block(after,sizeof after,&block[q-1]);
if(expect_after(rd,expected,after)!=LSTM_OK)return rd->status;
}
if(keyword(rd,block[q].name)!=LSTM_OK||
numbers(rd,block[q].rows*block[q].cols,block[q].name)!=LSTM_OK)
return rd->status;
}
return LSTM_OK;
}

/*:898*//*899:*/
#line 1198 "chapters/formats.w"

static void after_block(char*after,size_t size,const lstm_block*block)
{
size_t count= block->rows*block->cols;
snprintf(after,size,"the %zu number%s of %s",count,count==1?"":"s",
block->name);
}

/*:899*//*902:*/
#line 1231 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err)
{
lstm_reader rd;
lstm_net shape_alphabet;
memset(net,0,sizeof*net);
memset(&shape_alphabet,0,sizeof shape_alphabet);
reader_open(&rd,f,name,err);
if(keyword(&rd,"lstm-model")==LSTM_OK&&version(&rd)==LSTM_OK&&
read_alphabet(&rd,&shape_alphabet)==LSTM_OK&&
read_network(&rd,net)==LSTM_OK)
fit_alphabet(&rd,&shape_alphabet,net);
reader_close(&rd);
return rd.status;
}

int lstm_model_read(const char*path,lstm_net*net,lstm_error*err)
{
FILE*f= open_input(path,err);
int status;
memset(net,0,sizeof*net);
if(!f)return LSTM_EIO;
status= lstm_model_load(f,path,net,err);
if(f!=stdin)fclose(f);
return status;
}

/*:902*//*904:*/
#line 1266 "chapters/formats.w"

static int version(lstm_reader*rd)
{
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,"1")!=0)
return bad(rd,rd->tok_line,"expected version 1, found %s",shown(rd));

take(rd);
return LSTM_OK;
}

/*:904*//*905:*/
#line 1282 "chapters/formats.w"

static FILE*open_input(const char*path,lstm_error*err)
{
FILE*f;
if(strcmp(path,"-")==0)return stdin;
errno= 0;
if(!(f= fopen(path,"rb"))){
int e= errno;
lstm_fail_at(err,LSTM_EIO,path,0,"cannot open the file: %s",
e?strerror(e):"unknown reason");

}
return f;
}

/*:905*//*907:*/
#line 1310 "chapters/formats.w"

int lstm_grad_load(FILE*f,const char*name,lstm_net*grad,char*method,
double*loss,lstm_error*err)
{
lstm_reader rd;
double l= 0;
memset(grad,0,sizeof*grad);
reader_open(&rd,f,name,err);
if(keyword(&rd,"lstm-grad")==LSTM_OK&&version(&rd)==LSTM_OK&&
keyword(&rd,"method")==LSTM_OK&&peek(&rd)==LSTM_OK){
if(is_keyword(&rd))
bad(&rd,rd.tok_line,"expected the name of a method, found %s",
shown(&rd));

else{
if(method)snprintf(method,LSTM_NAME_MAX,"%s",rd.tok);
take(&rd);
if(keyword(&rd,"loss")==LSTM_OK&&
number(&rd,"the loss",&l)==LSTM_OK&&
read_network(&rd,grad)==LSTM_OK&&loss)
*loss= l;
}
}
reader_close(&rd);
return rd.status;
}

int lstm_grad_read(const char*path,lstm_net*grad,char*method,
double*loss,lstm_error*err)
{
FILE*f= open_input(path,err);
int status;
memset(grad,0,sizeof*grad);
if(!f)return LSTM_EIO;
status= lstm_grad_load(f,path,grad,method,loss,err);
if(f!=stdin)fclose(f);
return status;
}

/*:907*//*910:*/
#line 1372 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err)
{
return data_load(f,NULL,0,name,net,data,err);
}

static int data_load(FILE*f,const unsigned char*mem,size_t mem_len,
const char*name,const lstm_net*net,lstm_data*data,lstm_error*err)
{
lstm_reader rd;
size_t m= 0,k= 0;
lstm_data_init(data,0,0);
reader_open(&rd,f,name,err);
rd.mem= mem,rd.mem_len= mem_len;
if(keyword(&rd,"lstm-seq")==LSTM_OK&&version(&rd)==LSTM_OK){
/*911:*/
#line 1411 "chapters/formats.w"

if(keyword(&rd,"inputs")==LSTM_OK&&
size_value(&rd,"inputs",LSTM_MAX_DIM,&m)==LSTM_OK&&net&&
m!=net->m)
bad(&rd,rd.tok_line,"expected inputs %zu, as in the model, found %zu",
net->m,m);

if(keyword(&rd,"targets")==LSTM_OK&&
size_value(&rd,"targets",LSTM_MAX_DIM,&k)==LSTM_OK&&net&&
k!=net->k)
bad(&rd,rd.tok_line,"expected targets %zu, the number of predictions "
"of the model, found %zu",net->k,k);


/*:911*/
#line 1389 "chapters/formats.w"
;
lstm_data_init(data,m,k);
while(rd.status==LSTM_OK&&read_sequence(&rd,data)==LSTM_OK&&
!rd.at_end){}
}
if(rd.status!=LSTM_OK)lstm_data_free(data);
reader_close(&rd);
return rd.status;
}

int lstm_data_read(const char*path,const lstm_net*net,lstm_data*data,
lstm_error*err)
{
FILE*f= open_input(path,err);
int status;
lstm_data_init(data,0,0);
if(!f)return LSTM_EIO;
status= lstm_data_load(f,path,net,data,err);
if(f!=stdin)fclose(f);
return status;
}

/*:910*//*913:*/
#line 1435 "chapters/formats.w"

static int read_sequence(lstm_reader*rd,lstm_data*data)
{
size_t T,most= LSTM_MAX_PARAMS/(data->m> data->k?data->m:data->k);
size_t number_of= data->count+1;
char after[64];
lstm_seq*seq;
if(data->count==0)snprintf(after,sizeof after,"the header");
else snprintf(after,sizeof after,"the %zu step%s of sequence %zu",
data->seq[data->count-1].T,data->seq[data->count-1].T==1?"":"s",
data->count);
if(expect_after(rd,data->count?"'sequence' or the end of the file":
"'sequence'",after)!=LSTM_OK)return rd->status;
if(rd->at_end&&data->count> 0)return LSTM_OK;
if(keyword(rd,"sequence")!=LSTM_OK||
size_value(rd,"steps",most,&T)!=LSTM_OK)return rd->status;
rd->len= rd->flags= 0;
for(size_t t= 0;t<T;t++)
/*914:*/
#line 1466 "chapters/formats.w"

{
char what[96];
snprintf(what,sizeof what,"the inputs of step t=%zu of sequence %zu",t,
number_of);
if(numbers(rd,data->m,what)!=LSTM_OK||peek(rd)!=LSTM_OK)
return rd->status;
if(!rd->at_end&&strcmp(rd->tok,"-")==0){
take(rd);
if(push_flag(rd,0)!=LSTM_OK)return rd->status;
}else{
snprintf(what,sizeof what,"the targets of step t=%zu of sequence %zu",t,
number_of);
if(numbers(rd,data->k,what)!=LSTM_OK||push_flag(rd,1)!=LSTM_OK)
return rd->status;
}
}

/*:914*/
#line 1453 "chapters/formats.w"
;
/*915:*/
#line 1496 "chapters/formats.w"

{
const size_t m= data->m,k= data->k;
const double*from= rd->v;
int status= lstm_data_add(data,T,&seq,rd->err);
if(status!=LSTM_OK)return rd->status= status;
for(size_t t= 0;t<T;t++){
memcpy(seq->x+t*m,from,m*sizeof*seq->x);
from+= m;
if(rd->flag[t]){
double*y= lstm_target_set(seq,t,rd->err);
if(!y)return rd->status= LSTM_ENOMEM;
memcpy(y,from,k*sizeof*y);
from+= k;
}
}
}

/*:915*/
#line 1454 "chapters/formats.w"
;
(void)peek(rd);
return rd->status;
}

/*:913*//*916:*/
#line 1514 "chapters/formats.w"

static int push_flag(lstm_reader*rd,int flag)
{
if(rd->flags==rd->flag_cap){
size_t cap= rd->flag_cap?2*rd->flag_cap:64;
unsigned char*more= realloc(rd->flag,cap);
if(!more){
lstm_fail_at(rd->err,LSTM_ENOMEM,rd->name,0,
"out of memory after %zu steps",rd->flags);

return rd->status= LSTM_ENOMEM;
}
rd->flag= more;
rd->flag_cap= cap;
}
rd->flag[rd->flags++]= (unsigned char)flag;
return LSTM_OK;
}

/*:916*//*919:*/
#line 1566 "chapters/formats.w"

static void write_network(FILE*f,const lstm_net*net,const char*text)
{
lstm_block block[LSTM_MAX_BLOCKS];
size_t count= lstm_blocks(net,block);
fprintf(f,"inputs %zu\ncells %zu\n",net->m,net->n);
if(net->no_forget)fprintf(f,"forget none\n");
/*745:*/
#line 509 "chapters/net1997.w"

if(net->arch.no_outgate)fprintf(f,"outgate none\n");
if(net->arch.no_recurrent)fprintf(f,"recurrent none\n");
if(net->arch.no_bias)fprintf(f,"bias none\n");
if(net->arch.g_logistic)fprintf(f,"g logistic\n");
if(net->arch.h_identity)fprintf(f,"h identity\n");
if(net->arch.pending)fprintf(f,"pending %zu\n",net->arch.pending);

/*:745*/
#line 1573 "chapters/formats.w"
;
for(size_t q= 0;q<count;q++){
if(q==3)
fprintf(f,"outputs %zu %s\n",net->k,
net->output==LSTM_OUT_SOFTMAX?"softmax":
net->output==LSTM_OUT_LOGISTIC?"logistic":"l2");
fprintf(f,"%s\n",block[q].name);
for(size_t r= 0;r<block[q].rows;r++)
write_row(f,net->theta+block[q].offset+r*block[q].cols,
text?text+(block[q].offset+r*block[q].cols)*
LSTM_NUMBER_TEXT:NULL,block[q].cols);
}
}

static void write_row(FILE*f,const double*v,const char*text,
size_t count)
{
char line[8*LSTM_NUMBER_TEXT+4];
size_t len= 0;
for(size_t l= 0;l<count;l++)
if(!text)fprintf(f,"%s%.17g%s",l%8==0?"  ":" ",v[l],
l%8==7||l+1==count?"\n":"");
else{
const char*t= text+l*LSTM_NUMBER_TEXT;
size_t n= strlen(t);
if(l%8==0)line[len++]= ' ';
line[len++]= ' ';
memcpy(line+len,t,n);
len+= n;
if(l%8==7||l+1==count){
line[len++]= '\n';
fwrite(line,1,len,f);
len= 0;
}
}
}

static int written(FILE*f,lstm_error*err)
{
if(ferror(f))
return lstm_fail(err,LSTM_EIO,"error writing the file");

return LSTM_OK;
}

/*:919*//*920:*/
#line 1618 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err)
{
fprintf(f,"lstm-model 1\n");
write_alphabet(f,net);
write_network(f,net,NULL);
return written(f,err);
}

int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err)
{
fprintf(f,"lstm-grad 1\nmethod %s\nloss %.17g\n",method,loss);
write_network(f,grad,NULL);
return written(f,err);
}

/*:920*//*921:*/
#line 1638 "chapters/formats.w"

int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err)
{
fprintf(f,"lstm-seq 1\ninputs %zu\ntargets %zu\n",data->m,data->k);
for(size_t s= 0;s<data->count;s++){
const lstm_seq*seq= &data->seq[s];
fprintf(f,"sequence %zu\n",seq->T);
for(size_t t= 0;t<seq->T;t++){
const double*y= lstm_target(seq,t);
for(size_t l= 0;l<seq->m;l++)
fprintf(f," %.17g",seq->x[t*seq->m+l]);
fprintf(f,"  ");
if(!y)fprintf(f," -");
else for(size_t l= 0;l<seq->k;l++)fprintf(f," %.17g",y[l]);
fputc('\n',f);
}
}
return written(f,err);
}

/*:921*//*923:*/
#line 1687 "chapters/formats.w"

static int read_alphabet(lstm_reader*rd,lstm_net*shape)
{
size_t A;
long line;
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,"alphabet")!=0)return LSTM_OK;
take(rd);
line= rd->tok_line;
if(size_value(rd,"bytes in the alphabet",256,&A)!=LSTM_OK)
return rd->status;
if(A<2)
return bad(rd,line,"expected an alphabet of at least 2 bytes, found 1");

for(size_t a= 0;a<A;a++){
int v= 0,ok;
if(peek(rd)!=LSTM_OK)return rd->status;
ok= !rd->at_end&&rd->tok_len<=3;
for(const char*s= rd->tok;ok&&*s;s++)
if(!isdigit((unsigned char)*s))ok= 0;else v= 10*v+(*s-'0');
if(!ok||v> 255||(a> 0&&v<=shape->alphabet[a-1]))
return bad(rd,rd->tok_line,"expected byte %zu of %zu of the "
"alphabet, a number from %d to 255, found %s",a+1,A,
a> 0?shape->alphabet[a-1]+1:0,shown(rd));

take(rd);
shape->alphabet[a]= (unsigned char)v;
}
shape->symbols= A;
return LSTM_OK;
}

/*:923*//*924:*/
#line 1723 "chapters/formats.w"

static int fit_alphabet(lstm_reader*rd,const lstm_net*shape,
lstm_net*net)
{
if(shape->symbols==0)return LSTM_OK;
if(net->m!=shape->symbols||net->k!=shape->symbols||
net->output!=LSTM_OUT_SOFTMAX){
bad(rd,rd->tok_line,"expected a network of %zu inputs and a softmax "
"layer of %zu outputs for the alphabet of %zu bytes, found %zu "
"inputs and %s",shape->symbols,shape->symbols,shape->symbols,net->m,
net->output==LSTM_OUT_SOFTMAX?"another number of outputs":
"no softmax layer");

lstm_net_free(net);
return rd->status;
}
net->symbols= shape->symbols;
memcpy(net->alphabet,shape->alphabet,sizeof net->alphabet);
return LSTM_OK;
}

/*:924*//*925:*/
#line 1746 "chapters/formats.w"

static void write_alphabet(FILE*f,const lstm_net*net)
{
if(net->symbols==0)return;
fprintf(f,"alphabet %zu\n",net->symbols);
for(size_t a= 0;a<net->symbols;a++)
fprintf(f,"%s%d%s",a%16==0?"  ":" ",net->alphabet[a],
a%16==15||a+1==net->symbols?"\n":"");
}

#line 1 "chapters/readpar.w"
/*:925*//*929:*/
#line 147 "chapters/readpar.w"

int lstm_files_read(const char*model,const char*seq,int threads,
lstm_net*net,lstm_data*data,lstm_error*err)
{
read_job r;
unsigned char*bytes= NULL;
lstm_error seq_err;
FILE*f;
int status,twice= 0,whole= 0,ok;
lstm_data_init(data,0,0);
memset(net,0,sizeof*net);
#if !defined(LSTM_C11_THREADS) && !defined(LSTM_POSIX_THREADS)
threads= 1;
#endif
#line 161 "chapters/readpar.w"
 if(threads<=1){
if((status= lstm_model_read(model,net,err))!=LSTM_OK)return status;
if((status= lstm_data_read(seq,net,data,err))!=LSTM_OK)
lstm_net_free(net);
return status;
}
lstm_error_clear(&seq_err);
if(!(f= open_input(seq,&seq_err))){
/*930:*/
#line 201 "chapters/readpar.w"

if((status= lstm_model_read(model,net,err))!=LSTM_OK)return status;
lstm_net_free(net);
if(err)*err= seq_err;
return LSTM_EIO;

/*:930*/
#line 169 "chapters/readpar.w"
;
}
memset(&r,0,sizeof r);
r.name= seq,r.model= model,r.net= net;
lstm_error_clear(&r.model_err);
if(f!=stdin&&seekable(f,&r.len))twice= 1;
else whole= hold_file(f,&bytes,&r.len),r.bytes= bytes;
if((twice||whole)&&!read_header(&r,f,threads))r.pieces= 0;
queue_run(threads,1+r.pieces,read_item,&r);
ok= r.model_status==LSTM_OK&&r.pieces> 0&&r.m==net->m&&
r.k==net->k;
for(size_t i= 0;i<r.pieces;i++)ok= ok&&r.piece[i].ok;
if(r.model_status!=LSTM_OK){
if(err)*err= r.model_err;
status= r.model_status;
}else if(ok&&join_pieces(&r,data)==LSTM_OK)status= LSTM_OK;
else if(twice){
clearerr(f);
status= fseek(f,0,SEEK_SET)==0?
data_load(f,NULL,0,seq,net,data,err):
lstm_fail_at(err,LSTM_EIO,seq,0,"cannot read the file: %s",
strerror(errno));
}else status= data_load(whole?NULL:f,bytes,r.len,seq,net,data,
err);
for(size_t i= 0;i<r.pieces;i++)lstm_data_free(&r.piece[i].data);
free(r.piece);
free(bytes);
if(f!=stdin)fclose(f);
if(status!=LSTM_OK)lstm_net_free(net);
return status;
}

/*:929*//*931:*/
#line 214 "chapters/readpar.w"

static int hold_file(FILE*f,unsigned char**bytes,size_t*len)
{
unsigned char*b= NULL,*more;
size_t cap= (size_t)1<<20,n= 0,got;
long at,end;
if((at= ftell(f))>=0&&fseek(f,0,SEEK_END)==0){
end= ftell(f);
if(fseek(f,at,SEEK_SET)!=0){
*bytes= NULL,*len= 0;
return 0;
}
if(end>=at&&(unsigned long)(end-at)<LSTM_HOLD_MAX)
cap= (size_t)(end-at)+1;
}
for(;;){
if(!b||n==cap){
size_t want= !b?cap:cap>=LSTM_HOLD_MAX?0:
cap> LSTM_HOLD_MAX/2?LSTM_HOLD_MAX:2*cap;
if(want==0||!(more= realloc(b,want)))break;
b= more,cap= want;
}
n+= got= fread(b+n,1,cap-n,f);
if(n<cap){
if(!ferror(f))return*bytes= b,*len= n,1;
clearerr(f);
break;
}
}
*bytes= b,*len= n;
return 0;
}

/*:931*//*932:*/
#line 251 "chapters/readpar.w"

static int seekable(FILE*f,size_t*len)
{
long end;
if(ftell(f)!=0||fseek(f,0,SEEK_END)!=0)return 0;
end= ftell(f);
if(fseek(f,0,SEEK_SET)!=0)return 0;
*len= end> 0?(size_t)end:0;
return end>=0;
}

/*:932*//*933:*/
#line 273 "chapters/readpar.w"

#include <limits.h>  
static int next_start(const read_job*r,size_t x,size_t*at)
{
unsigned char*own= NULL;
const unsigned char*b,*nl;
size_t off= x-1,n,q= 0,keep,got;
FILE*f= NULL;
int eof= 1,ok= 0;
if(r->bytes){
if(off> r->len)off= r->len;
b= r->bytes+off,n= r->len-off;
}else{
if(off> LONG_MAX||!(own= malloc(SCAN_BLOCK))||
!(f= fopen(r->name,"rb"))||fseek(f,(long)off,SEEK_SET)!=0)
goto done;
b= own,n= fread(own,1,SCAN_BLOCK,f),eof= n<SCAN_BLOCK;
}
for(;;){
nl= q<n?memchr(b+q,'\n',n-q):NULL;
if(nl&&(size_t)(nl-b)+10<=n){
q= (size_t)(nl-b);
if(memcmp(b+q+1,"sequence",8)==0&&isspace(b[q+9])){
*at= off+q+1,ok= 1;
goto done;
}
q++;
}else if(eof){
*at= off+n,ok= !f||!ferror(f);
goto done;
}else{
keep= nl?n-(size_t)(nl-b):0;
memmove(own,b+n-keep,keep);
off+= n-keep;
got= fread(own+keep,1,SCAN_BLOCK-keep,f);
n= keep+got,eof= got<SCAN_BLOCK-keep,q= 0;
}
}
done:
if(f)fclose(f);
free(own);
return ok;
}

/*:933*//*934:*/
#line 326 "chapters/readpar.w"

static int read_header(read_job*r,FILE*f,int threads)
{
lstm_reader rd;
const lstm_net*net= NULL;
size_t m= 0,k= 0;
int ok;
if(!next_start(r,1,&r->first)||r->first>=r->len||
(!r->bytes&&fseek(f,0,SEEK_SET)!=0))return 0;
reader_open(&rd,r->bytes?NULL:f,r->name,NULL);
if(r->bytes)rd.mem= r->bytes,rd.mem_len= r->first+9;
else rd.left= r->first+9;
if(keyword(&rd,"lstm-seq")==LSTM_OK&&version(&rd)==LSTM_OK){
/*911:*/
#line 1411 "chapters/formats.w"

if(keyword(&rd,"inputs")==LSTM_OK&&
size_value(&rd,"inputs",LSTM_MAX_DIM,&m)==LSTM_OK&&net&&
m!=net->m)
bad(&rd,rd.tok_line,"expected inputs %zu, as in the model, found %zu",
net->m,m);

if(keyword(&rd,"targets")==LSTM_OK&&
size_value(&rd,"targets",LSTM_MAX_DIM,&k)==LSTM_OK&&net&&
k!=net->k)
bad(&rd,rd.tok_line,"expected targets %zu, the number of predictions "
"of the model, found %zu",net->k,k);


/*:911*/
#line 340 "chapters/readpar.w"
;
}
ok= rd.status==LSTM_OK&&peek(&rd)==LSTM_OK&&!rd.at_end&&
piece_ended(&rd);
r->m= m,r->k= k;
powers_of_five(&rd);
memcpy(r->five,rd.five,sizeof r->five);
reader_close(&rd);
r->range= r->len/(8*(size_t)threads);
if(r->range<((size_t)1<<16))r->range= (size_t)1<<16;
r->pieces= (r->len+r->range-1)/r->range;
if(ok&&!(r->piece= calloc(r->pieces,sizeof*r->piece)))ok= 0;
return ok;
}

/*:934*//*935:*/
#line 370 "chapters/readpar.w"

static void read_item(void*ctx,size_t i)
{
read_job*r= ctx;
seq_piece*p;
lstm_reader rd;
FILE*f= NULL;
size_t from,to,x;
int next,last,found;
if(i==0){
r->model_status= lstm_model_read(r->model,r->net,&r->model_err);
return;
}
p= &r->piece[i-1];
x= i==1?r->first:(i-1)*r->range;
lstm_data_init(&p->data,r->m,r->k);
found= next_start(r,x,&from)&&next_start(r,i*r->range,&to);
if(found&&to> r->len)to= r->len;
if(found&&from> to)from= to;
last= found&&to==r->len;
if(!found||from>=to){
p->ok= found&&from==to;
return;
}
if(!r->bytes&&(!(f= fopen(r->name,"rb"))||from> LONG_MAX||
fseek(f,(long)from,SEEK_SET)!=0)){
if(f)fclose(f);
return;
}
reader_open(&rd,f,r->name,NULL);
if(r->bytes)
rd.mem= r->bytes+from,rd.mem_len= to-from+(last?0:9);
else if(!last)rd.left= to-from+9;
memcpy(rd.five,r->five,sizeof rd.five);
rd.five_ready= 1;
do next= read_sequence(&rd,&p->data)==LSTM_OK&&!rd.at_end&&
!piece_ended(&rd);
while(next);
p->ok= rd.status==LSTM_OK&&(last?rd.at_end:
!rd.at_end&&piece_ended(&rd));
reader_close(&rd);
if(f)fclose(f);
}

/*:935*//*936:*/
#line 418 "chapters/readpar.w"

static int piece_ended(const lstm_reader*rd)
{
return rd->at==rd->have&&(!rd->f||rd->left==0)&&
strcmp(rd->tok,"sequence")==0;
}

/*:936*//*937:*/
#line 428 "chapters/readpar.w"

static int join_pieces(read_job*r,lstm_data*data)
{
size_t count= 0;
for(size_t i= 0;i<r->pieces;i++)count+= r->piece[i].data.count;
lstm_data_init(data,r->m,r->k);
if(!(data->seq= malloc(count*sizeof*data->seq)))return LSTM_ENOMEM;
data->cap= count;
for(size_t i= 0;i<r->pieces;i++){
lstm_data*d= &r->piece[i].data;
if(d->count> 0)
memcpy(data->seq+data->count,d->seq,d->count*sizeof*d->seq);
data->count+= d->count;
free(d->seq);
d->seq= NULL,d->count= d->cap= 0;
}
return LSTM_OK;
}

/*:937*//*939:*/
#line 465 "chapters/readpar.w"

#if defined(LSTM_C11_THREADS) || defined(LSTM_POSIX_THREADS)
static int queue_worker(void*arg)
{
work_queue*q= arg;
for(;;){
size_t i;
lock(&q->mutex);
i= q->next<q->items?q->next++:q->items;
unlock(&q->mutex);
if(i==q->items)return 0;
q->item(q->ctx,i);
}
}
#endif
#line 480 "chapters/readpar.w"

static void queue_run(int threads,size_t items,
void(*item)(void*ctx,size_t i),void*ctx)
{
size_t N= threads<1?1:(size_t)threads;
if(N> items)N= items;
#if defined(LSTM_C11_THREADS) || defined(LSTM_POSIX_THREADS)
{
work_queue q;
lstm_thread*tid;
q.items= items,q.next= 0,q.item= item,q.ctx= ctx;
if(N> 1&&(tid= malloc((N-1)*sizeof*tid))!=NULL){
if(sync_init(&q.mutex,&q.cond)){
thread_task task;
size_t started= 0;
task.fn= queue_worker,task.arg= &q;
while(started<N-1&&thread_start(&tid[started],&task))
started++;
queue_worker(&q);
for(size_t j= 0;j<started;j++)thread_join(tid[j]);
sync_free(&q.mutex,&q.cond);
free(tid);
return;
}
free(tid);
}
}
#endif
#line 508 "chapters/readpar.w"
 for(size_t i= 0;i<items;i++)item(ctx,i);
}

/*:939*//*943:*/
#line 549 "chapters/readpar.w"

static void print_item(void*ctx,size_t i)
{
print_job*p= ctx;
for(size_t q= PRINT_ITEM*i;q<p->count&&q<PRINT_ITEM*(i+1);
q++)
snprintf(p->text+q*LSTM_NUMBER_TEXT,LSTM_NUMBER_TEXT,"%.17g",
p->v[q]);
}

int lstm_grad_write_threads(FILE*f,const lstm_net*grad,
const char*method,double loss,int threads,lstm_error*err)
{
print_job p;
if(threads<=1||grad->P> SIZE_MAX/LSTM_NUMBER_TEXT||
!(p.text= malloc(grad->P*LSTM_NUMBER_TEXT)))
return lstm_grad_write(f,grad,method,loss,err);
p.v= grad->theta,p.count= grad->P;
queue_run(threads,(grad->P+PRINT_ITEM-1)/PRINT_ITEM,print_item,&p);
fprintf(f,"lstm-grad 1\nmethod %s\nloss %.17g\n",method,loss);
write_network(f,grad,p.text);
free(p.text);
return written(f,err);
}
#line 1757 "chapters/formats.w"
/*:943*//*1007:*/
#line 68 "chapters/owndata.w"

int lstm_train_data(const lstm_data_config*cfg,lstm_net*net,
lstm_epoch*st,lstm_error*err)
{
const lstm_method*meth;
lstm_optimizer opt;
lstm_trainer tn;
lstm_rng rng;
size_t*order= NULL,count= cfg->train->count;
long param;
int status;
clock_t start= clock();
memset(st,0,sizeof*st);
memset(&opt,0,sizeof opt);
memset(&tn,0,sizeof tn);
if((status= lstm_data_fits(net,cfg->train,err))!=LSTM_OK||
(cfg->valid&&(status= lstm_data_fits(net,cfg->valid,err))!=
LSTM_OK))return status;
if(!(meth= lstm_method_find(cfg->method,&param,err)))return LSTM_EUSAGE;
if(count==0)
return lstm_fail(err,LSTM_EDATA,"there are no sequences to train on");
if(!lstm_data_targets(cfg->train))
return lstm_fail(err,LSTM_EDATA,"the training sequences have no step "
"with a target: there is nothing to learn");
if(cfg->valid&&!lstm_data_targets(cfg->valid))
return lstm_fail(err,LSTM_EDATA,"the validation sequences have no "
"step with a target: there is nothing to measure");

if(!(order= malloc(count*sizeof*order)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory");
for(size_t s= 0;s<count;s++)order[s]= s;
lstm_rng_seed(&rng,cfg->seed);
if((status= lstm_optimizer_init(&opt,net,cfg->optimizer,cfg->rate,
err))==LSTM_OK){
opt.clip= cfg->clip;
status= lstm_trainer_init(&tn,net,meth,param,&opt,err);
}
while(status==LSTM_OK&&st->epoch<cfg->epochs&&!st->interrupted)
/*1008:*/
#line 119 "chapters/owndata.w"

{
double sum= 0;
size_t done= 0;
for(size_t s= count;s> 1;s--){
size_t r= (size_t)(lstm_rng_next(&rng)%s),keep= order[s-1];
order[s-1]= order[r];
order[r]= keep;
}
if(cfg->batch> 1)
for(size_t q= 0;q<count&&status==LSTM_OK&&!st->interrupted;)
/*508:*/
#line 592 "chapters/threads.w"

{
size_t B= count-q<cfg->batch?count-q:cfg->batch;
const lstm_seq**pick= malloc(B*sizeof*pick);
double loss= 0;
if(!pick)status= lstm_fail(err,LSTM_ENOMEM,"out of memory for a batch");
else{
for(size_t b= 0;b<B;b++)pick[b]= &cfg->train->seq[order[q+b]];
status= lstm_train_batch(&tn,pick,B,cfg->threads,&loss,err);
free(pick);
}
if(status==LSTM_OK)
status= lstm_train_finite(net,st->sequences+(long)B,loss,err);
if(status==LSTM_OK){
sum+= loss;
done+= B;
st->interrupted= cfg->stop&&*cfg->stop;
for(size_t b= 0;b<B;b++){
st->sequences++;
if(cfg->report&&!(q+b+1==count||(st->interrupted&&
b+1==B))){
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC;
cfg->report(st,net,cfg->ctx);
}
}
}
q+= B;
}

/*:508*/
#line 130 "chapters/owndata.w"

else
for(size_t q= 0;q<count&&status==LSTM_OK&&!st->interrupted;q++)
/*1009:*/
#line 147 "chapters/owndata.w"

{
double loss= 0,e= 0;
status= lstm_train_sequence(&tn,&cfg->train->seq[order[q]],&loss,&e,
err);
if(status==LSTM_OK)
status= lstm_train_finite(net,st->sequences+1,loss,err);
if(status==LSTM_OK){
sum+= loss;
done++;
st->sequences++;
st->interrupted= cfg->stop&&*cfg->stop;
if(cfg->report&&!(q+1==count||st->interrupted)){
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC;
cfg->report(st,net,cfg->ctx);
}
}
}

/*:1009*/
#line 133 "chapters/owndata.w"
;
if(status==LSTM_OK&&done> 0){
st->train_loss= sum/(double)done;
st->end_of_epoch= 1;
if(!st->interrupted)st->epoch++;
if(cfg->valid&&(status= lstm_loss(net,cfg->valid,&st->valid_loss,
err))==LSTM_OK)
st->valid_loss/= (double)cfg->valid->count;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC;
if(status==LSTM_OK&&cfg->report)cfg->report(st,net,cfg->ctx);
st->end_of_epoch= 0;
}
}

/*:1008*/
#line 106 "chapters/owndata.w"
;
lstm_trainer_free(&tn);
lstm_optimizer_free(&opt);
free(order);
return status;
}

/*:1007*//*1027:*/
#line 85 "chapters/text.w"

size_t lstm_alphabet(const unsigned char*text,size_t len,
unsigned char alphabet[256])
{
unsigned char seen[256]= {0};
size_t count= 0;
for(size_t t= 0;t<len;t++)seen[text[t]]= 1;
for(int b= 0;b<256;b++)if(seen[b])alphabet[count++]= 
(unsigned char)b;
return count;
}

void lstm_alphabet_index(const lstm_net*net,int index[256])
{
for(int b= 0;b<256;b++)index[b]= -1;
for(size_t a= 0;a<net->symbols;a++)index[net->alphabet[a]]= (int)a;
}

/*:1027*//*1028:*/
#line 112 "chapters/text.w"

int lstm_text_fits(const lstm_net*net,const unsigned char*text,
size_t len,const char*what,lstm_error*err)
{
int index[256];
if(lstm_text_model(net,err)!=LSTM_OK)return LSTM_EUSAGE;
if(len<2)
return lstm_fail(err,LSTM_EUSAGE,"%s has %zu byte%s; a text needs at "
"least two, one to read and one to predict",what,len,
len==1?"":"s");

lstm_alphabet_index(net,index);
for(size_t t= 0;t<len;t++)
if(index[text[t]]<0)
return lstm_fail(err,LSTM_EUSAGE,"%s has byte %d at offset %zu, "
"which is not in the model's alphabet of %zu bytes",what,
(int)text[t],t,net->symbols);

return LSTM_OK;
}

/*:1028*//*1029:*/
#line 136 "chapters/text.w"

int lstm_text_model(const lstm_net*net,lstm_error*err)
{
if(net->symbols==0||net->output!=LSTM_OUT_SOFTMAX||
net->m!=net->symbols||net->k!=net->symbols)
return lstm_fail(err,LSTM_EUSAGE,"the model has no alphabet: it was "
"not trained on a text");

return LSTM_OK;
}

/*:1029*//*1031:*/
#line 157 "chapters/text.w"

int lstm_text_read(const char*path,unsigned char**text,size_t*len,
lstm_error*err)
{
FILE*f= strcmp(path,"-")==0?stdin:fopen(path,"rb");
unsigned char*buf= NULL;
size_t have= 0,cap= 0;
int status= LSTM_OK;
*text= NULL;*len= 0;
if(!f)return lstm_fail_at(err,LSTM_EIO,path,0,"cannot open the "
"file: %s",strerror(errno));
for(;;){
size_t got;
if(have==cap)/*1032:*/
#line 189 "chapters/text.w"

{
size_t grown= cap?2*cap:(size_t)1<<20;
unsigned char*more= grown> cap?realloc(buf,grown):NULL;
if(!more){
status= lstm_fail_at(err,LSTM_ENOMEM,path,0,"out of memory for "
"the text");
break;
}
buf= more;cap= grown;
}

/*:1032*/
#line 170 "chapters/text.w"
;
got= fread(buf+have,1,cap-have,f);
have+= got;
if(got==0)break;
}
if(status==LSTM_OK&&ferror(f))
status= lstm_fail_at(err,LSTM_EIO,path,0,"cannot read the file");
if(f!=stdin)fclose(f);
if(status==LSTM_OK&&have==0)
status= lstm_fail_at(err,LSTM_EUSAGE,path,0,"the text is empty");

if(status!=LSTM_OK){
free(buf);
return status;
}
*text= buf;*len= have;
return LSTM_OK;
}

/*:1031*//*1034:*/
#line 214 "chapters/text.w"

int lstm_text_loss(const lstm_net*net,const unsigned char*text,
size_t len,double*loss,lstm_error*err)
{
const size_t m= net->m,n= net->n,k= net->k;
int index[256],status;
double*v,*x,*z,*g,*state[2],*out[2],sum= 0;
*loss= 0;
if((status= lstm_text_fits(net,text,len,"the text",err))!=LSTM_OK)
return status;
if(!(v= alloc_doubles(m+k+8*n)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory");
x= v;z= x+m;g= z+k;
state[0]= g+4*n;state[1]= state[0]+n;
out[0]= state[1]+n;out[1]= out[0]+n;
lstm_alphabet_index(net,index);
for(size_t t= 0;t+1<len;t++){
int now= (int)(t&1);
x[index[text[t]]]= 1;
lstm_step(net,x,out[!now],state[!now],g,state[now],out[now]);
x[index[text[t]]]= 0;
sum+= next_byte_loss(net,out[now],z,index[text[t+1]]);
}
free(v);
*loss= sum/(double)(len-1);
return lstm_finite_loss(*loss,err);
}

/*:1034*//*1036:*/
#line 249 "chapters/text.w"

static double next_byte_loss(const lstm_net*net,const double*out,
double*z,int b)
{
const size_t n= net->n,k= net->k;
double top,sum= 0;
for(size_t r= 0;r<k;r++){
double s= net->c[r];
for(size_t l= 0;l<n;l++)s+= net->V[r*n+l]*out[l];
z[r]= s;
}
top= z[0];
for(size_t r= 1;r<k;r++)if(z[r]> top)top= z[r];
for(size_t r= 0;r<k;r++)sum+= exp(z[r]-top);
return log(sum)+top-z[b];
}

/*:1036*//*1040:*/
#line 345 "chapters/text.w"

static int text_run_init(text_run*run,const lstm_text_config*cfg,
lstm_net*net,lstm_error*err)
{
const size_t m= net->m,k= net->k,n= net->n;
size_t K= cfg->length,count;
int status;
memset(run,0,sizeof*run);
run->net= net;
if(!(run->meth= lstm_method_find(cfg->method,&run->param,err)))
return LSTM_EUSAGE;
run->online= run->meth->schedule==LSTM_PER_STEP;
if(run->meth->schedule==LSTM_PER_CHUNK)K= (size_t)run->param;
run->K= K;
lstm_alphabet_index(net,run->index);
if((status= lstm_optimizer_init(&run->opt,net,cfg->optimizer,
cfg->rate,err))!=LSTM_OK)return status;
run->opt.clip= cfg->clip;
if((status= lstm_net_like(&run->grad,net,err))!=LSTM_OK)return status;
if(run->online){
K= 1;
if((status= lstm_rtrl_init(&run->r,net,run->meth->online_kind,err))
!=LSTM_OK)return status;
if(run->meth->seeded)lstm_rtrl_seed(&run->r,cfg->seed);
}else if(lstm_trace_alloc(&run->tr,net,K,NULL)!=LSTM_OK)
K= SIZE_MAX;
if(K> (SIZE_MAX/sizeof(double)-2*n)/(m+k+1)||
(count= K*(m+k)+2*n,!(run->buf= alloc_doubles(count)))||
!(run->win.yrow= malloc(K*sizeof*run->win.yrow)))
return lstm_fail(err,LSTM_EUSAGE,"--length %zu is beyond the memory "
"of this machine",cfg->length);

for(size_t t= 0;t<K;t++)run->win.yrow[t]= t+1;
run->win.rows= run->win.cap= K;
run->win.m= m;run->win.k= k;run->win.T= K;
run->win.x= run->buf;run->win.y= run->buf+K*m;
run->carry= run->win.y+K*k;
text_run_restart(run);
return LSTM_OK;
}

static void text_run_free(text_run*run)
{
lstm_optimizer_free(&run->opt);
lstm_net_free(&run->grad);
lstm_rtrl_free(&run->r);
lstm_trace_free(&run->tr);
free(run->buf);
free(run->win.yrow);
memset(run,0,sizeof*run);
}

/*:1040*//*1041:*/
#line 401 "chapters/text.w"

static void text_run_restart(text_run*run)
{
if(run->online)lstm_rtrl_reset(&run->r);
else lstm_trace_start(&run->tr,NULL,NULL);
}

/*:1041*//*1042:*/
#line 415 "chapters/text.w"

static int text_chunk(text_run*run,const unsigned char*s,size_t L,
double*loss,lstm_error*err)
{
int status;
memset(run->grad.theta,0,run->grad.P*sizeof*run->grad.theta);
if((status= text_chunk_grad(run,s,L,&run->grad,loss,err))!=LSTM_OK)
return status;
lstm_optimizer_step(&run->opt,run->net,&run->grad);
return LSTM_OK;
}

/*:1042*//*1043:*/
#line 430 "chapters/text.w"

static int text_chunk_grad(text_run*run,const unsigned char*s,size_t L,
lstm_net*g,double*loss,lstm_error*err)
{
lstm_net*net= run->net;
const size_t m= net->m,k= net->k,n= net->n;
const int*index= run->index;
*loss= 0;
if(run->online){
double*x= run->win.x,*y= run->win.y;
for(size_t t= 0;t<L;t++){
double l= 0;
int status;
x[index[s[t]]]= 1;y[index[s[t+1]]]= 1;
status= lstm_rtrl_step(&run->r,net,x,y,g,&l,err);
x[index[s[t]]]= 0;y[index[s[t+1]]]= 0;
if(status!=LSTM_OK)return status;
*loss+= l;
}
}else{
lstm_seq*w= &run->win;
w->T= L;
for(size_t t= 0;t<L;t++)
w->x[t*m+index[s[t]]]= 1,w->y[t*k+index[s[t+1]]]= 1;
*loss= lstm_forward(net,w,&run->tr);
lstm_backward(net,w,&run->tr,g);
for(size_t t= 0;t<L;t++)
w->x[t*m+index[s[t]]]= 0,w->y[t*k+index[s[t+1]]]= 0;
memcpy(run->carry,lstm_state(&run->tr,L-1),n*sizeof(double));
memcpy(run->carry+n,lstm_out(&run->tr,L-1),n*sizeof(double));
lstm_trace_start(&run->tr,run->carry,run->carry+n);
}
return LSTM_OK;
}

/*:1043*//*1044:*/
#line 472 "chapters/text.w"

int lstm_train_text(const lstm_text_config*cfg,lstm_net*net,
lstm_text_status*st,lstm_error*err)
{
text_run run;
text_lanes lanes= {0};
double sum= 0,counted= 0,next_row= cfg->valid_every,off= 0;
clock_t start= clock();
int status;
memset(st,0,sizeof*st);
if((status= lstm_text_fits(net,cfg->train,cfg->train_len,
"the training text",err))!=LSTM_OK||
(cfg->valid&&(status= lstm_text_fits(net,cfg->valid,cfg->valid_len,
"the validation text",err))!=LSTM_OK))
return status;
if((status= text_run_init(&run,cfg,net,err))!=LSTM_OK){
text_run_free(&run);
return status;
}
if(cfg->batch> 1)
status= text_lanes_init(&lanes,cfg,net,err);
while(status==LSTM_OK&&st->epoch<cfg->epochs&&!st->interrupted&&
!st->spent){
text_run_restart(&run);
if(cfg->batch> 1)
/*518:*/
#line 780 "chapters/threads.w"

{
const size_t B= lanes.B,chars= cfg->train_len-1;
for(size_t b= 0;b<B;b++){
text_run_restart(&lanes.lane[b]);
lanes.at[b]= b*(chars/B);
}
while(status==LSTM_OK){
size_t L= 0;
double loss= 0;
lstm_error why;
lanes.count= 0;
for(size_t b= 0;b<B;b++)
if(lanes.at[b]<lanes.end[b]){
size_t left= lanes.end[b]-lanes.at[b];
lanes.len[lanes.count]= left<run.K?left:run.K;
L+= lanes.len[lanes.count];
lanes.active[lanes.count++]= b;
}
if(lanes.count==0)break;
lstm_error_clear(&why);
status= pool_run(net,NULL,lanes.count,text_lane_item,&lanes,NULL,0,
cfg->threads,&run.grad,&loss,NULL,&why);
if(status==LSTM_EDATA)
status= lstm_fail(err,LSTM_EDIVERGED,"training diverged after "
"%.0f characters: %s",st->chars,why.msg);
else if(status!=LSTM_OK&&err)*err= why;
if(status==LSTM_OK){
if(lanes.count> 1)
for(size_t q= 0;q<run.grad.P;q++)
run.grad.theta[q]/= (double)lanes.count;
lstm_optimizer_step(&run.opt,net,&run.grad);
for(size_t s= 0;s<lanes.count;s++)
lanes.at[lanes.active[s]]+= lanes.len[s];
}
/*1046:*/
#line 528 "chapters/text.w"

{
if(status==LSTM_OK&&!(isfinite(loss)&&lstm_finite_net(net,
"a weight",NULL)==LSTM_OK))
status= lstm_fail(err,LSTM_EDIVERGED,"training diverged after %.0f "
"characters: the loss of a chunk is %g",st->chars,loss);

if(status==LSTM_OK){
st->chars+= (double)L;
st->passes= st->chars/(double)(cfg->train_len-1);
st->updates++;
sum+= loss;counted+= (double)L;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC-off;
st->interrupted= cfg->stop&&*cfg->stop;
st->spent= (cfg->max_chars> 0&&st->chars>=cfg->max_chars)||
(cfg->max_seconds> 0&&st->seconds>=cfg->max_seconds);
if(st->interrupted||st->spent||
(cfg->valid_every> 0&&st->chars>=next_row)){
/*1047:*/
#line 556 "chapters/text.w"

{
clock_t v0= clock();
st->train_loss= counted> 0?sum/counted:0;
sum= 0;counted= 0;
if(cfg->valid)
status= lstm_text_loss(net,cfg->valid,cfg->valid_len,&st->valid_loss,
err);
off+= (double)(clock()-v0)/CLOCKS_PER_SEC;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC-off;
st->row= 1;
if(status==LSTM_OK&&cfg->report)cfg->report(st,net,cfg->ctx);
st->row= 0;
}

/*:1047*/
#line 546 "chapters/text.w"
;
while(cfg->valid_every> 0&&next_row<=st->chars)
next_row+= cfg->valid_every;
}else if(cfg->report)cfg->report(st,net,cfg->ctx);
}
}

/*:1046*/
#line 815 "chapters/threads.w"
;
if(st->interrupted||st->spent)break;
}
}

/*:518*/
#line 497 "chapters/text.w"

else
for(size_t at= 0;at+1<cfg->train_len&&status==LSTM_OK;){
/*1045:*/
#line 515 "chapters/text.w"

{
size_t L= cfg->train_len-1-at<run.K?cfg->train_len-1-at:
run.K;
double loss;
status= text_chunk(&run,cfg->train+at,L,&loss,err);
if(status==LSTM_OK)at+= L;
/*1046:*/
#line 528 "chapters/text.w"

{
if(status==LSTM_OK&&!(isfinite(loss)&&lstm_finite_net(net,
"a weight",NULL)==LSTM_OK))
status= lstm_fail(err,LSTM_EDIVERGED,"training diverged after %.0f "
"characters: the loss of a chunk is %g",st->chars,loss);

if(status==LSTM_OK){
st->chars+= (double)L;
st->passes= st->chars/(double)(cfg->train_len-1);
st->updates++;
sum+= loss;counted+= (double)L;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC-off;
st->interrupted= cfg->stop&&*cfg->stop;
st->spent= (cfg->max_chars> 0&&st->chars>=cfg->max_chars)||
(cfg->max_seconds> 0&&st->seconds>=cfg->max_seconds);
if(st->interrupted||st->spent||
(cfg->valid_every> 0&&st->chars>=next_row)){
/*1047:*/
#line 556 "chapters/text.w"

{
clock_t v0= clock();
st->train_loss= counted> 0?sum/counted:0;
sum= 0;counted= 0;
if(cfg->valid)
status= lstm_text_loss(net,cfg->valid,cfg->valid_len,&st->valid_loss,
err);
off+= (double)(clock()-v0)/CLOCKS_PER_SEC;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC-off;
st->row= 1;
if(status==LSTM_OK&&cfg->report)cfg->report(st,net,cfg->ctx);
st->row= 0;
}

/*:1047*/
#line 546 "chapters/text.w"
;
while(cfg->valid_every> 0&&next_row<=st->chars)
next_row+= cfg->valid_every;
}else if(cfg->report)cfg->report(st,net,cfg->ctx);
}
}

/*:1046*/
#line 522 "chapters/text.w"
;
}

/*:1045*/
#line 500 "chapters/text.w"
;
if(st->interrupted||st->spent)break;
}
if(status==LSTM_OK&&!st->interrupted&&!st->spent){
st->epoch++;
st->end_of_epoch= 1;
/*1047:*/
#line 556 "chapters/text.w"

{
clock_t v0= clock();
st->train_loss= counted> 0?sum/counted:0;
sum= 0;counted= 0;
if(cfg->valid)
status= lstm_text_loss(net,cfg->valid,cfg->valid_len,&st->valid_loss,
err);
off+= (double)(clock()-v0)/CLOCKS_PER_SEC;
st->seconds= (double)(clock()-start)/CLOCKS_PER_SEC-off;
st->row= 1;
if(status==LSTM_OK&&cfg->report)cfg->report(st,net,cfg->ctx);
st->row= 0;
}

/*:1047*/
#line 506 "chapters/text.w"
;
st->end_of_epoch= 0;
}
}
text_run_free(&run);
text_lanes_free(&lanes);
return status;
}

/*:1044*//*1049:*/
#line 601 "chapters/text.w"

int lstm_text_sample(const lstm_net*net,const unsigned char*prime,
size_t prime_len,double temperature,uint64_t seed,unsigned char*out,
size_t len,lstm_error*err)
{
const size_t m= net->m,n= net->n,k= net->k;
int index[256],now= 0;
unsigned char first;
double*v,*x,*z,*g,*state[2],*hid[2];
lstm_rng rng;
if(!(temperature> 0)||!isfinite(temperature))
return lstm_fail(err,LSTM_EUSAGE,"the temperature must be a positive "
"number");
if(lstm_text_model(net,err)!=LSTM_OK)return LSTM_EUSAGE;
/*1050:*/
#line 638 "chapters/text.w"

lstm_alphabet_index(net,index);
for(size_t t= 0;t<prime_len;t++)
if(index[prime[t]]<0)
return lstm_fail(err,LSTM_EUSAGE,"the prime has byte %d at offset "
"%zu, which is not in the model's alphabet of %zu bytes",
(int)prime[t],t,net->symbols);

/*:1050*/
#line 615 "chapters/text.w"
;
lstm_alphabet_index(net,index);
first= index['\n']>=0?(unsigned char)'\n':net->alphabet[0];
if(prime_len==0)prime= &first,prime_len= 1;
if(!(v= alloc_doubles(m+k+8*n)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory");
x= v;z= x+m;g= z+k;
state[0]= g+4*n;state[1]= state[0]+n;
hid[0]= state[1]+n;hid[1]= hid[0]+n;
lstm_rng_seed(&rng,seed);
for(size_t t= 0;t+1<prime_len+len;t++){
int in= t<prime_len?index[prime[t]]:index[out[t-prime_len]];
now= !now;
x[in]= 1;
lstm_step(net,x,hid[!now],state[!now],g,state[now],hid[now]);
x[in]= 0;
if(t+1>=prime_len)
/*1051:*/
#line 646 "chapters/text.w"

{
double top,sum= 0,u,acc= 0;
size_t pick= 0;
next_byte_loss(net,hid[now],z,0);
top= z[0];
for(size_t r= 1;r<k;r++)if(z[r]> top)top= z[r];
for(size_t r= 0;r<k;r++)sum+= z[r]= exp((z[r]-top)/temperature);
u= (double)(lstm_rng_next(&rng)>>11)*0x1p-53*sum;
for(size_t r= 0;r<k;r++){
if(z[r]> 0)pick= r;
acc+= z[r];
if(u<acc)break;
}
out[t+1-prime_len]= net->alphabet[pick];
}

/*:1051*/
#line 632 "chapters/text.w"
;
}
free(v);
return LSTM_OK;
}

/*:1049*/
#line 308 "chapters/intro.w"


/*:9*/
