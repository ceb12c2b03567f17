/*8:*/
#line 254 "chapters/intro.w"

#ifndef LSTM_H
#define LSTM_H
#include <stddef.h> 
#include <stdint.h> 
#include <stdio.h> 
#include <signal.h>  
/*10:*/
#line 289 "chapters/intro.w"

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
#line 101 "chapters/forward.w"

#define LSTM_OUT_NONE 0
#define LSTM_OUT_L2 1
#define LSTM_OUT_SOFTMAX 2

/*:32*//*33:*/
#line 114 "chapters/forward.w"

#define LSTM_MAX_DIM 65536
#define LSTM_MAX_PARAMS ((size_t)1<<27)

/*:33*//*40:*/
#line 229 "chapters/forward.w"

#define LSTM_MAX_BLOCKS 5

/*:40*//*117:*/
#line 296 "chapters/bptt.w"

#define LSTM_PER_SEQUENCE 1
#define LSTM_PER_CHUNK 2
#define LSTM_PER_STEP 3

/*:117*//*131:*/
#line 59 "chapters/gradcheck.w"

#define LSTM_FD_STEP 1e-3

/*:131*//*139:*/
#line 167 "chapters/gradcheck.w"

#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

/*:139*//*201:*/
#line 134 "chapters/rtrl.w"

#define LSTM_RTRL_EXACT 0
#define LSTM_RTRL_INTERNAL 1

/*:201*//*242:*/
#line 104 "chapters/snap1.w"

#define LSTM_RTRL_SNAP1 2

/*:242*//*259:*/
#line 89 "chapters/uoro.w"

#define LSTM_RTRL_UORO 3
#define LSTM_UORO_EPS 1e-7 

/*:259*//*279:*/
#line 40 "chapters/learning.w"

#define LSTM_SGD 0
#define LSTM_MOMENTUM 1
#define LSTM_ADAM 2

/*:279*//*290:*/
#line 22 "chapters/tasks.w"

#define LSTM_TASK_LAG 1
#define LSTM_TASK_REBER 2
#define LSTM_TASK_ADDING 3
#define LSTM_TASK_LAG2C 4

/*:290*//*380:*/
#line 589 "chapters/speed.w"

#define LSTM_BENCH_RUNS 5
#define LSTM_BENCH_MAX_RUNS 101
#define LSTM_BENCH_SECONDS 0.2

/*:380*//*415:*/
#line 1345 "chapters/speed.w"

#define LSTM_IRTRL_BLOCK 8 

/*:415*//*488:*/
#line 43 "chapters/align.w"

#define LSTM_ALIGN_MAX 12 
#define LSTM_ALIGN_SPEC 32 

/*:488*//*513:*/
#line 46 "chapters/balance.w"

#define LSTM_BALANCE_RATE 0.0001
#define LSTM_BALANCE_EPISODES 3000
#define LSTM_BALANCE_T 100

/*:513*//*540:*/
#line 136 "chapters/formats.w"

#define LSTM_TOKEN_MAX 100
#define LSTM_READ_BLOCK 65536
#define LSTM_LINE_MAX (1L<<20)

/*:540*//*613:*/
#line 39 "chapters/command.w"

#define LSTM_VERSION "0.1.0"

/*:613*/
#line 261 "chapters/intro.w"

/*11:*/
#line 307 "chapters/intro.w"

typedef struct lstm_error{
char file[LSTM_PATH_MAX];
long line;
char msg[LSTM_MSG_MAX];
}lstm_error;

/*:11*//*31:*/
#line 75 "chapters/forward.w"

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
#line 232 "chapters/forward.w"

typedef struct lstm_block{
const char*name;
size_t rows,cols;
size_t offset;
}lstm_block;

/*:41*//*57:*/
#line 445 "chapters/forward.w"

typedef struct lstm_seq{
size_t T,m,k;
double*x;
size_t*yrow;
double*y;
size_t rows,cap;
}lstm_seq;

typedef struct lstm_data{
size_t m,k;
size_t count;
size_t cap;
lstm_seq*seq;
}lstm_data;

/*:57*//*65:*/
#line 613 "chapters/forward.w"

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

/*:65*//*107:*/
#line 69 "chapters/bptt.w"

typedef struct lstm_bptt_opts{
size_t window;
int cut;
}lstm_bptt_opts;

/*:107*//*116:*/
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

/*:116*//*140:*/
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

/*:140*//*149:*/
#line 338 "chapters/gradcheck.w"

typedef struct lstm_rng{
uint64_t s;
}lstm_rng;

/*:149*//*202:*/
#line 149 "chapters/rtrl.w"

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
/*261:*/
#line 119 "chapters/uoro.w"

double*ttheta;
double*tz,*dz,*nu;
double*gbar;
double*tnorm;
lstm_rng rng;

/*:261*/
#line 165 "chapters/rtrl.w"

double*v;
size_t bytes;
}lstm_rtrl;

/*:202*//*280:*/
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

/*:280*//*286:*/
#line 192 "chapters/learning.w"

typedef struct lstm_init{
double range;
double bias_i,bias_f,bias_o;
}lstm_init;

/*:286*//*291:*/
#line 35 "chapters/tasks.w"

typedef struct lstm_task{
int kind;

const char*name;
size_t length;
size_t m,k;
int output;
int every_step;
}lstm_task;

/*:291*//*313:*/
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

/*:313*//*324:*/
#line 240 "chapters/training.w"

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

/*:324*//*381:*/
#line 594 "chapters/speed.w"

typedef struct lstm_bench_result{
size_t n,T;
size_t runs;
double seconds_per_step;
size_t work_bytes;
}lstm_bench_result;

/*:381*//*489:*/
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

/*:489*//*671:*/
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

/*:671*/
#line 262 "chapters/intro.w"

/*12:*/
#line 319 "chapters/intro.w"

int lstm_fail(lstm_error*err,int status,const char*fmt,...);
int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...);

/*:12*//*16:*/
#line 367 "chapters/intro.w"

void lstm_error_clear(lstm_error*err);

/*:16*//*34:*/
#line 126 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err);
int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err);
void lstm_net_free(lstm_net*net);

/*:34*//*38:*/
#line 203 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err);
int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err);

/*:38*//*42:*/
#line 239 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS]);

/*:42*//*44:*/
#line 271 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:44*//*47:*/
#line 325 "chapters/forward.w"

int lstm_local(const double*x,size_t m,size_t*at);
int lstm_seq_local(const lstm_seq*seq);

/*:47*//*58:*/
#line 466 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k);
int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err);
void lstm_data_free(lstm_data*data);
const double*lstm_target(const lstm_seq*seq,size_t t);
double*lstm_target_set(lstm_seq*seq,size_t t,lstm_error*err);
size_t lstm_data_targets(const lstm_data*data);

/*:58*//*66:*/
#line 628 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err);
void lstm_trace_free(lstm_trace*tr);

/*:66*//*68:*/
#line 679 "chapters/forward.w"

void lstm_trace_start(lstm_trace*tr,const double*state0,
const double*out0);

/*:68*//*70:*/
#line 695 "chapters/forward.w"

double*lstm_gates(const lstm_trace*tr,size_t t);
double*lstm_state(const lstm_trace*tr,size_t t);
double*lstm_out(const lstm_trace*tr,size_t t);
double*lstm_pred(const lstm_trace*tr,size_t t);
double*lstm_dgates(const lstm_trace*tr,size_t t);
double*lstm_dout(const lstm_trace*tr,size_t t);
double*lstm_dstate(const lstm_trace*tr,size_t t);
const double*lstm_state_prev(const lstm_trace*tr,size_t t);
const double*lstm_out_prev(const lstm_trace*tr,size_t t);

/*:70*//*72:*/
#line 739 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred);

/*:72*//*75:*/
#line 803 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e);

/*:75*//*77:*/
#line 846 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr);

/*:77*//*80:*/
#line 892 "chapters/forward.w"

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err);
int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:80*//*82:*/
#line 948 "chapters/forward.w"

int lstm_finite_loss(double loss,lstm_error*err);
int lstm_finite_net(const lstm_net*net,const char*what,lstm_error*err);

/*:82*//*105:*/
#line 36 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad);

/*:105*//*108:*/
#line 75 "chapters/bptt.w"

void lstm_backward_opts(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad,const lstm_bptt_opts*opts);

/*:108*//*113:*/
#line 179 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result);

/*:113*//*122:*/
#line 354 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r);
const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err);

/*:122*//*125:*/
#line 411 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err);

/*:125*//*132:*/
#line 62 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err);

/*:132*//*141:*/
#line 188 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res);

/*:141*//*143:*/
#line 225 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err);

/*:143*//*145:*/
#line 252 "chapters/gradcheck.w"

int lstm_gradcheck_sample(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,size_t count,
uint64_t seed,void(*progress)(size_t done,size_t total,void*ctx),
void*ctx,lstm_check*res,lstm_error*err);

/*:145*//*150:*/
#line 343 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed);
uint64_t lstm_rng_next(lstm_rng*rng);
double lstm_rng_uniform(lstm_rng*rng,double lo,double hi);

/*:150*//*152:*/
#line 376 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r);

/*:152*//*157:*/
#line 40 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err);

/*:157*//*159:*/
#line 77 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate);

/*:159*//*161:*/
#line 93 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err);

/*:161*//*203:*/
#line 170 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err);
void lstm_rtrl_reset(lstm_rtrl*r);
int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err);
void lstm_rtrl_free(lstm_rtrl*r);

/*:203*//*218:*/
#line 518 "chapters/rtrl.w"

double lstm_block_difference(const lstm_net*g,const lstm_net*ref);

/*:218*//*264:*/
#line 141 "chapters/uoro.w"

void lstm_rtrl_seed(lstm_rtrl*r,uint64_t seed);

/*:264*//*281:*/
#line 70 "chapters/learning.w"

int lstm_optimizer_init(lstm_optimizer*opt,const lstm_net*net,int kind,
double rate,lstm_error*err);
void lstm_optimizer_free(lstm_optimizer*opt);

/*:281*//*283:*/
#line 118 "chapters/learning.w"

double lstm_optimizer_step(lstm_optimizer*opt,lstm_net*net,
const lstm_net*grad);

/*:283*//*287:*/
#line 198 "chapters/learning.w"

lstm_init lstm_init_default(void);
void lstm_net_initialize(lstm_net*net,lstm_rng*rng,const lstm_init*init);

/*:287*//*292:*/
#line 51 "chapters/tasks.w"

int lstm_task_init(lstm_task*task,const char*name,size_t length,
lstm_error*err);

/*:292*//*294:*/
#line 97 "chapters/tasks.w"

int lstm_task_sample(const lstm_task*task,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err);

/*:294*//*299:*/
#line 202 "chapters/tasks.w"

size_t lstm_probe_length(size_t p,size_t runs);
int lstm_task_probe(const lstm_task*task,size_t lag,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);

/*:299*//*308:*/
#line 414 "chapters/tasks.w"

void lstm_reber_string(const lstm_seq*seq,char*buf);

/*:308*//*314:*/
#line 48 "chapters/training.w"

int lstm_trainer_init(lstm_trainer*tn,lstm_net*net,
const lstm_method*meth,long param,lstm_optimizer*opt,
lstm_error*err);
void lstm_trainer_free(lstm_trainer*tn);

/*:314*//*316:*/
#line 99 "chapters/training.w"

int lstm_train_sequence(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err);

/*:316*//*327:*/
#line 346 "chapters/training.w"

lstm_train_config lstm_train_defaults(const char*task,size_t length);
int lstm_train_task(const lstm_train_config*cfg,lstm_net*net,
lstm_train_status*st,lstm_error*err);

/*:327*//*333:*/
#line 505 "chapters/training.w"

int lstm_train_finite(const lstm_net*net,long sequence,double loss,
lstm_error*err);

/*:333*//*346:*/
#line 773 "chapters/training.w"

int lstm_retention(const lstm_net*net,size_t p,size_t runs,
double*fraction,lstm_error*err);

/*:346*//*361:*/
#line 78 "chapters/speed.w"

double lstm_dot(const double*a,const double*b,size_t len);

/*:361*//*363:*/
#line 106 "chapters/speed.w"

void lstm_gemv(const double*A,size_t rows,size_t cols,const double*v,
double*y);

/*:363*//*365:*/
#line 134 "chapters/speed.w"

void lstm_gemm_nt(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);
void lstm_gemm_tn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);
void lstm_gemm_nn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);

/*:365*//*376:*/
#line 472 "chapters/speed.w"

const char*lstm_kernels(void);
int lstm_use_kernels(const char*name,lstm_error*err);

/*:376*//*382:*/
#line 602 "chapters/speed.w"

int lstm_bench(const lstm_method*meth,long param,size_t n,size_t T,
lstm_bench_result*res,lstm_error*err);

/*:382*//*388:*/
#line 727 "chapters/speed.w"

double lstm_fit_exponent(const double*x,const double*y,size_t count);

/*:388*//*490:*/
#line 70 "chapters/align.w"

int lstm_align(const lstm_net*net,const lstm_data*data,
const char*const*spec,size_t count,size_t samples,long seed,
lstm_align_result*res,lstm_error*err);
double lstm_cosine(const double*a,const double*b,size_t len);

/*:490*//*514:*/
#line 51 "chapters/balance.w"

int lstm_balance(const char*spec,long seed,long episodes,double rate,
double*theta,double*loss,lstm_error*err);

/*:514*//*590:*/
#line 1193 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err);
int lstm_model_read(const char*path,lstm_net*net,lstm_error*err);

/*:590*//*595:*/
#line 1267 "chapters/formats.w"

int lstm_grad_load(FILE*f,const char*name,lstm_net*grad,char*method,
double*loss,lstm_error*err);
int lstm_grad_read(const char*path,lstm_net*grad,char*method,
double*loss,lstm_error*err);

/*:595*//*597:*/
#line 1320 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err);
int lstm_data_read(const char*path,const lstm_net*net,lstm_data*data,
lstm_error*err);

/*:597*//*605:*/
#line 1492 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err);
int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err);
int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err);

/*:605*//*672:*/
#line 52 "chapters/owndata.w"

int lstm_train_data(const lstm_data_config*cfg,lstm_net*net,
lstm_epoch*st,lstm_error*err);

/*:672*/
#line 263 "chapters/intro.w"

#endif
#line 265 "chapters/intro.w"

/*:8*/
