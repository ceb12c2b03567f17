/*8:*/
#line 268 "chapters/intro.w"

#ifndef LSTM_H
#define LSTM_H
#include <stddef.h> 
#include <stdint.h> 
#include <stdio.h> 
#include <signal.h>  
/*10:*/
#line 303 "chapters/intro.w"

#define LSTM_OK 0
#define LSTM_EDATA 1
#define LSTM_EUSAGE 2
#define LSTM_ENOMEM 3
#define LSTM_EIO 4
#define LSTM_EDIVERGED 5
#define LSTM_MSG_MAX 256
#define LSTM_NAME_MAX 256
#define LSTM_PATH_MAX 4096

/*:10*//*32:*/
#line 102 "chapters/forward.w"

#define LSTM_OUT_NONE 0
#define LSTM_OUT_L2 1
#define LSTM_OUT_SOFTMAX 2

/*:32*//*33:*/
#line 115 "chapters/forward.w"

#define LSTM_MAX_DIM 65536
#define LSTM_MAX_PARAMS ((size_t)1<<27)

/*:33*//*40:*/
#line 230 "chapters/forward.w"

#define LSTM_MAX_BLOCKS 5

/*:40*//*114:*/
#line 297 "chapters/bptt.w"

#define LSTM_PER_SEQUENCE 1
#define LSTM_PER_CHUNK 2
#define LSTM_PER_STEP 3

/*:114*//*129:*/
#line 59 "chapters/gradcheck.w"

#define LSTM_FD_STEP 1e-3

/*:129*//*137:*/
#line 167 "chapters/gradcheck.w"

#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

/*:137*//*199:*/
#line 135 "chapters/rtrl.w"

#define LSTM_RTRL_EXACT 0
#define LSTM_RTRL_INTERNAL 1

/*:199*//*240:*/
#line 106 "chapters/snap1.w"

#define LSTM_RTRL_SNAP1 2

/*:240*//*257:*/
#line 111 "chapters/uoro.w"

#define LSTM_RTRL_UORO 3
#define LSTM_UORO_EPS 1e-7 

/*:257*//*282:*/
#line 162 "chapters/hybrid.w"

#define LSTM_RTRL_HYBRID 4
#define LSTM_MAX_BLOCK 65536 

/*:282*//*305:*/
#line 100 "chapters/eprop.w"

#define LSTM_RTRL_EPROP 5
#define LSTM_RTRL_EPROP_RANDOM 6

/*:305*//*316:*/
#line 40 "chapters/learning.w"

#define LSTM_SGD 0
#define LSTM_MOMENTUM 1
#define LSTM_ADAM 2

/*:316*//*327:*/
#line 22 "chapters/tasks.w"

#define LSTM_TASK_LAG 1
#define LSTM_TASK_REBER 2
#define LSTM_TASK_ADDING 3
#define LSTM_TASK_LAG2C 4

/*:327*//*419:*/
#line 589 "chapters/speed.w"

#define LSTM_BENCH_RUNS 5
#define LSTM_BENCH_MAX_RUNS 101
#define LSTM_BENCH_SECONDS 0.2

/*:419*//*454:*/
#line 1342 "chapters/speed.w"

#define LSTM_IRTRL_BLOCK 8 

/*:454*//*463:*/
#line 49 "chapters/threads.w"

#define LSTM_MAX_THREADS 1024

/*:463*//*559:*/
#line 43 "chapters/align.w"

#define LSTM_ALIGN_MAX 12 
#define LSTM_ALIGN_SPEC 32 

/*:559*//*584:*/
#line 46 "chapters/balance.w"

#define LSTM_BALANCE_RATE 0.0001
#define LSTM_BALANCE_EPISODES 3000
#define LSTM_BALANCE_T 100

/*:584*//*611:*/
#line 136 "chapters/formats.w"

#define LSTM_TOKEN_MAX 100
#define LSTM_READ_BLOCK 65536
#define LSTM_LINE_MAX (1L<<20)

/*:611*//*684:*/
#line 38 "chapters/command.w"

#define LSTM_VERSION "0.1.0"

/*:684*/
#line 275 "chapters/intro.w"

/*11:*/
#line 321 "chapters/intro.w"

typedef struct lstm_error{
char file[LSTM_PATH_MAX];
long line;
char msg[LSTM_MSG_MAX];
}lstm_error;

/*:11*//*31:*/
#line 76 "chapters/forward.w"

typedef struct lstm_net{
size_t m;
size_t n;
size_t k;
int output;
int no_forget;
size_t P;
double*theta;
double*W,*U,*b;
double*V,*c;
}lstm_net;

/*:31*//*41:*/
#line 233 "chapters/forward.w"

typedef struct lstm_block{
const char*name;
size_t rows,cols;
size_t offset;
}lstm_block;

/*:41*//*57:*/
#line 433 "chapters/forward.w"

typedef struct lstm_seq{
size_t T,m,k;
double*x;
double*y;
unsigned char*has_y;
}lstm_seq;

typedef struct lstm_data{
size_t m,k;
size_t count;
size_t cap;
lstm_seq*seq;
}lstm_data;

/*:57*//*62:*/
#line 549 "chapters/forward.w"

typedef struct lstm_trace{
size_t T;
size_t n,k;
size_t stride;
size_t pred,dg,dout,dstate;
int has_pred;
double*v;
double*zero;
const double*state0,*out0;

double*Dout,*carry,*e;
size_t bytes;
}lstm_trace;

/*:62*//*104:*/
#line 69 "chapters/bptt.w"

typedef struct lstm_bptt_opts{
size_t window;
int cut;
}lstm_bptt_opts;

/*:104*//*113:*/
#line 264 "chapters/bptt.w"

typedef struct lstm_stats{
size_t work_bytes;
}lstm_stats;

typedef int(*lstm_grad_fn)(const lstm_net*net,const lstm_seq*seq,
long param,lstm_net*grad,double*loss,lstm_stats*st,
lstm_error*err);

typedef struct lstm_method{
const char*name;
int exact;
int takes_param;

lstm_grad_fn grad;
const char*summary;
int schedule;
int online_kind;
int seeded;
}lstm_method;

/*:113*//*138:*/
#line 174 "chapters/gradcheck.w"

typedef struct lstm_check_block{
const char*name;
double max_abs,max_rel;
size_t worst;
}lstm_check_block;

typedef struct lstm_check{
size_t blocks;
lstm_check_block block[LSTM_MAX_BLOCKS];
double max_abs,max_rel;
size_t checked;
}lstm_check;

/*:138*//*147:*/
#line 339 "chapters/gradcheck.w"

typedef struct lstm_rng{
uint64_t s;
}lstm_rng;

/*:147*//*200:*/
#line 150 "chapters/rtrl.w"

typedef struct lstm_rtrl{
int kind;
size_t m,n,k;
int output;
size_t cols;
int now;
int blocked;
double*state[2],*out[2];
double*g;
double*pred,*e,*Delta;
double*err_state,*err_out;

double*S;
double*H,*Hprev;
double*G;
/*259:*/
#line 141 "chapters/uoro.w"

double*ttheta;
double*tz,*dz,*nu;
double*gbar;
double*tnorm;
lstm_rng rng;

/*:259*//*283:*/
#line 174 "chapters/hybrid.w"

size_t block;
size_t filled;
size_t blocks;
size_t rowlen;
int ready;
size_t kept;
double*Z,*Znew;
double*rows;
double*dg;
double*mu;

/*:283*//*306:*/
#line 108 "chapters/eprop.w"

double*feedback;

/*:306*/
#line 166 "chapters/rtrl.w"

double*v;
size_t bytes;
}lstm_rtrl;

/*:200*//*317:*/
#line 53 "chapters/learning.w"

typedef struct lstm_optimizer{
int kind;
double rate;
double momentum;
double beta1,beta2,epsilon;
double clip;
long steps;
size_t P;
double*m,*s;
}lstm_optimizer;

/*:317*//*323:*/
#line 192 "chapters/learning.w"

typedef struct lstm_init{
double range;
double bias_i,bias_f,bias_o;
}lstm_init;

/*:323*//*328:*/
#line 35 "chapters/tasks.w"

typedef struct lstm_task{
int kind;

const char*name;
size_t length;
size_t m,k;
int output;
int every_step;
}lstm_task;

/*:328*//*350:*/
#line 32 "chapters/training.w"

typedef struct lstm_trainer{
lstm_net*net;
const lstm_method*method;
long param;
lstm_optimizer*opt;
lstm_net grad;
lstm_trace tr;
double*carry;
lstm_rtrl online;
long updates;
}lstm_trainer;

/*:350*//*363:*/
#line 274 "chapters/training.w"

typedef struct lstm_lag_probe{
double last_error;
double other_error;
double drift;
double separation;
}lstm_lag_probe;

typedef struct lstm_train_status{
long sequences;
double moving_loss;
double measure;
int solved;
double seconds;
long updates;
lstm_lag_probe probe;
}lstm_train_status;

typedef struct lstm_train_config{
const char*task;
size_t length;
int every_step;
int no_forget;
const char*method;
uint64_t seed;
size_t cells;
int optimizer;
double rate,clip;
lstm_init init;
long max_sequences;
long report_every;
void(*report)(const lstm_train_status*st,void*ctx);
void*ctx;
volatile sig_atomic_t*stop;
const lstm_net*start;
}lstm_train_config;

/*:363*//*420:*/
#line 594 "chapters/speed.w"

typedef struct lstm_bench_result{
size_t n,T;
size_t runs;
double seconds_per_step;
size_t work_bytes;
}lstm_bench_result;

/*:420*//*560:*/
#line 47 "chapters/align.w"

typedef struct lstm_align_row{
char spec[LSTM_ALIGN_SPEC];
int seeded;
double cosine,relerr;
double cosine_sd;
double mean_cosine,bias,noise,variance;
}lstm_align_row;

typedef struct lstm_align_result{
size_t count,samples;
size_t params;
double norm;
lstm_align_row row[LSTM_ALIGN_MAX];
double pair[LSTM_ALIGN_MAX][LSTM_ALIGN_MAX];
}lstm_align_result;

/*:560*//*731:*/
#line 27 "chapters/owndata.w"

typedef struct lstm_epoch{
long epoch;
long sequences;
double train_loss;
double valid_loss;
int end_of_epoch;
int interrupted;
double seconds;
}lstm_epoch;

typedef struct lstm_data_config{
const lstm_data*train;
const lstm_data*valid;
const char*method;
uint64_t seed;
int optimizer;
double rate,clip;
long epochs;
void(*report)(const lstm_epoch*st,const lstm_net*net,void*ctx);

void*ctx;
volatile sig_atomic_t*stop;
}lstm_data_config;

/*:731*/
#line 276 "chapters/intro.w"

/*12:*/
#line 333 "chapters/intro.w"

int lstm_fail(lstm_error*err,int status,const char*fmt,...);
int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...);

/*:12*//*16:*/
#line 381 "chapters/intro.w"

void lstm_error_clear(lstm_error*err);

/*:16*//*34:*/
#line 127 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err);
int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err);
void lstm_net_free(lstm_net*net);

/*:34*//*38:*/
#line 204 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err);
int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err);

/*:38*//*42:*/
#line 240 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS]);

/*:42*//*44:*/
#line 272 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:44*//*47:*/
#line 326 "chapters/forward.w"

int lstm_local(const double*x,size_t m,size_t*at);
int lstm_seq_local(const lstm_seq*seq);

/*:47*//*58:*/
#line 453 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k);
int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err);
void lstm_data_free(lstm_data*data);

/*:58*//*63:*/
#line 564 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err);
void lstm_trace_free(lstm_trace*tr);

/*:63*//*65:*/
#line 615 "chapters/forward.w"

void lstm_trace_start(lstm_trace*tr,const double*state0,
const double*out0);

/*:65*//*67:*/
#line 631 "chapters/forward.w"

double*lstm_gates(const lstm_trace*tr,size_t t);
double*lstm_state(const lstm_trace*tr,size_t t);
double*lstm_out(const lstm_trace*tr,size_t t);
double*lstm_pred(const lstm_trace*tr,size_t t);
double*lstm_dgates(const lstm_trace*tr,size_t t);
double*lstm_dout(const lstm_trace*tr,size_t t);
double*lstm_dstate(const lstm_trace*tr,size_t t);
const double*lstm_state_prev(const lstm_trace*tr,size_t t);
const double*lstm_out_prev(const lstm_trace*tr,size_t t);

/*:67*//*69:*/
#line 675 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred);

/*:69*//*72:*/
#line 739 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e);

/*:72*//*74:*/
#line 782 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr);

/*:74*//*77:*/
#line 828 "chapters/forward.w"

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err);
int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:77*//*79:*/
#line 884 "chapters/forward.w"

int lstm_finite_loss(double loss,lstm_error*err);
int lstm_finite_net(const lstm_net*net,const char*what,lstm_error*err);

/*:79*//*102:*/
#line 36 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad);

/*:102*//*105:*/
#line 75 "chapters/bptt.w"

void lstm_backward_opts(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad,const lstm_bptt_opts*opts);

/*:105*//*110:*/
#line 179 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result);

/*:110*//*119:*/
#line 359 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r);
const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err);

/*:119*//*123:*/
#line 454 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err);

/*:123*//*130:*/
#line 62 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err);

/*:130*//*139:*/
#line 188 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res);

/*:139*//*141:*/
#line 225 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err);

/*:141*//*143:*/
#line 253 "chapters/gradcheck.w"

int lstm_gradcheck_sample(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,int threads,double h,size_t count,
uint64_t seed,void(*progress)(size_t done,size_t total,void*ctx),
void*ctx,lstm_check*res,lstm_error*err);

/*:143*//*148:*/
#line 344 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed);
uint64_t lstm_rng_next(lstm_rng*rng);
double lstm_rng_uniform(lstm_rng*rng,double lo,double hi);

/*:148*//*150:*/
#line 377 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r);

/*:150*//*155:*/
#line 40 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err);

/*:155*//*157:*/
#line 70 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate);

/*:157*//*159:*/
#line 86 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err);

/*:159*//*201:*/
#line 171 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err);
int lstm_rtrl_init_param(lstm_rtrl*r,const lstm_net*net,int kind,
long param,lstm_error*err);
void lstm_rtrl_reset(lstm_rtrl*r);
int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err);
void lstm_rtrl_free(lstm_rtrl*r);

/*:201*//*216:*/
#line 540 "chapters/rtrl.w"

double lstm_block_difference(const lstm_net*g,const lstm_net*ref);

/*:216*//*262:*/
#line 164 "chapters/uoro.w"

void lstm_rtrl_seed(lstm_rtrl*r,uint64_t seed);

/*:262*//*293:*/
#line 392 "chapters/hybrid.w"

int lstm_rtrl_finish(lstm_rtrl*r,const lstm_net*net,lstm_net*grad,
lstm_error*err);

/*:293*//*318:*/
#line 70 "chapters/learning.w"

int lstm_optimizer_init(lstm_optimizer*opt,const lstm_net*net,int kind,
double rate,lstm_error*err);
void lstm_optimizer_free(lstm_optimizer*opt);

/*:318*//*320:*/
#line 118 "chapters/learning.w"

double lstm_optimizer_step(lstm_optimizer*opt,lstm_net*net,
const lstm_net*grad);

/*:320*//*324:*/
#line 198 "chapters/learning.w"

lstm_init lstm_init_default(void);
void lstm_net_initialize(lstm_net*net,lstm_rng*rng,const lstm_init*init);

/*:324*//*329:*/
#line 51 "chapters/tasks.w"

int lstm_task_init(lstm_task*task,const char*name,size_t length,
lstm_error*err);

/*:329*//*331:*/
#line 97 "chapters/tasks.w"

int lstm_task_sample(const lstm_task*task,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err);

/*:331*//*336:*/
#line 202 "chapters/tasks.w"

size_t lstm_probe_length(size_t p,size_t runs);
int lstm_task_probe(const lstm_task*task,size_t lag,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);

/*:336*//*345:*/
#line 411 "chapters/tasks.w"

void lstm_reber_string(const lstm_seq*seq,char*buf);

/*:345*//*351:*/
#line 48 "chapters/training.w"

int lstm_trainer_init(lstm_trainer*tn,lstm_net*net,
const lstm_method*meth,long param,lstm_optimizer*opt,
lstm_error*err);
void lstm_trainer_free(lstm_trainer*tn);

/*:351*//*353:*/
#line 99 "chapters/training.w"

int lstm_train_sequence(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err);

/*:353*//*366:*/
#line 447 "chapters/training.w"

lstm_train_config lstm_train_defaults(const char*task,size_t length);
int lstm_train_task(const lstm_train_config*cfg,lstm_net*net,
lstm_train_status*st,lstm_error*err);

/*:366*//*372:*/
#line 605 "chapters/training.w"

int lstm_train_finite(const lstm_net*net,long sequence,double loss,
lstm_error*err);

/*:372*//*385:*/
#line 869 "chapters/training.w"

int lstm_retention(const lstm_net*net,size_t p,size_t runs,
double*fraction,lstm_error*err);

/*:385*//*400:*/
#line 78 "chapters/speed.w"

double lstm_dot(const double*a,const double*b,size_t len);

/*:400*//*402:*/
#line 106 "chapters/speed.w"

void lstm_gemv(const double*A,size_t rows,size_t cols,const double*v,
double*y);

/*:402*//*404:*/
#line 134 "chapters/speed.w"

void lstm_gemm_nt(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);
void lstm_gemm_tn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);
void lstm_gemm_nn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);

/*:404*//*415:*/
#line 472 "chapters/speed.w"

const char*lstm_kernels(void);
int lstm_use_kernels(const char*name,lstm_error*err);

/*:415*//*421:*/
#line 602 "chapters/speed.w"

int lstm_bench(const lstm_method*meth,long param,size_t n,size_t T,
lstm_bench_result*res,lstm_error*err);

/*:421*//*427:*/
#line 722 "chapters/speed.w"

double lstm_fit_exponent(const double*x,const double*y,size_t count);

/*:427*//*464:*/
#line 52 "chapters/threads.w"

int lstm_gradient_threads(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,int threads,lstm_net*grad,
double*loss,lstm_stats*st,lstm_error*err);
const char*lstm_thread_kind(void);

/*:464*//*561:*/
#line 70 "chapters/align.w"

int lstm_align(const lstm_net*net,const lstm_data*data,
const char*const*spec,size_t count,size_t samples,long seed,
lstm_align_result*res,lstm_error*err);
double lstm_cosine(const double*a,const double*b,size_t len);

/*:561*//*585:*/
#line 51 "chapters/balance.w"

int lstm_balance(const char*spec,long seed,long episodes,double rate,
double*theta,double*loss,lstm_error*err);

/*:585*//*661:*/
#line 1193 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err);
int lstm_model_read(const char*path,lstm_net*net,lstm_error*err);

/*:661*//*666:*/
#line 1267 "chapters/formats.w"

int lstm_grad_load(FILE*f,const char*name,lstm_net*grad,char*method,
double*loss,lstm_error*err);
int lstm_grad_read(const char*path,lstm_net*grad,char*method,
double*loss,lstm_error*err);

/*:666*//*668:*/
#line 1320 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err);
int lstm_data_read(const char*path,const lstm_net*net,lstm_data*data,
lstm_error*err);

/*:668*//*676:*/
#line 1486 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err);
int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err);
int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err);

/*:676*//*732:*/
#line 52 "chapters/owndata.w"

int lstm_train_data(const lstm_data_config*cfg,lstm_net*net,
lstm_epoch*st,lstm_error*err);

/*:732*/
#line 277 "chapters/intro.w"

#endif
#line 279 "chapters/intro.w"

/*:8*/
