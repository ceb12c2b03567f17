/*8:*/
#line 282 "chapters/intro.w"

#ifndef LSTM_H
#define LSTM_H
#include <stddef.h> 
#include <stdint.h> 
#include <stdio.h> 
#include <signal.h>  
/*10:*/
#line 317 "chapters/intro.w"

#define LSTM_OK 0
#define LSTM_EDATA 1
#define LSTM_EUSAGE 2
#define LSTM_ENOMEM 3
#define LSTM_EIO 4
#define LSTM_EDIVERGED 5
#define LSTM_MSG_MAX 256
#define LSTM_NAME_MAX 256
#define LSTM_PATH_MAX 4096

/*:10*//*34:*/
#line 133 "chapters/forward.w"

#define LSTM_OUT_NONE 0
#define LSTM_OUT_L2 1
#define LSTM_OUT_SOFTMAX 2
#define LSTM_OUT_LOGISTIC 3

/*:34*//*35:*/
#line 147 "chapters/forward.w"

#define LSTM_MAX_DIM 65536
#define LSTM_MAX_PARAMS ((size_t)1<<27)

/*:35*//*42:*/
#line 287 "chapters/forward.w"

#define LSTM_MAX_BLOCKS 6

/*:42*//*122:*/
#line 303 "chapters/bptt.w"

#define LSTM_PER_SEQUENCE 1
#define LSTM_PER_CHUNK 2
#define LSTM_PER_STEP 3

/*:122*//*137:*/
#line 60 "chapters/gradcheck.w"

#define LSTM_FD_STEP 1e-3

/*:137*//*145:*/
#line 168 "chapters/gradcheck.w"

#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

/*:145*//*207:*/
#line 135 "chapters/rtrl.w"

#define LSTM_RTRL_EXACT 0
#define LSTM_RTRL_INTERNAL 1

/*:207*//*248:*/
#line 107 "chapters/snap1.w"

#define LSTM_RTRL_SNAP1 2

/*:248*//*265:*/
#line 111 "chapters/uoro.w"

#define LSTM_RTRL_UORO 3
#define LSTM_UORO_EPS 1e-7 

/*:265*//*290:*/
#line 163 "chapters/hybrid.w"

#define LSTM_RTRL_HYBRID 4
#define LSTM_MAX_BLOCK 65536 

/*:290*//*314:*/
#line 101 "chapters/eprop.w"

#define LSTM_RTRL_EPROP 5
#define LSTM_RTRL_EPROP_RANDOM 6

/*:314*//*325:*/
#line 40 "chapters/learning.w"

#define LSTM_SGD 0
#define LSTM_MOMENTUM 1
#define LSTM_ADAM 2

/*:325*//*336:*/
#line 23 "chapters/tasks.w"

#define LSTM_TASK_LAG 1
#define LSTM_TASK_REBER 2
#define LSTM_TASK_ADDING 3
#define LSTM_TASK_LAG2C 4
#define LSTM_TASK_TWOSEQ 5
#define LSTM_TASK_MULTIPLY 6
#define LSTM_TASK_ORDER 7

/*:336*//*441:*/
#line 635 "chapters/speed.w"

#define LSTM_BENCH_RUNS 5
#define LSTM_BENCH_MAX_RUNS 101
#define LSTM_BENCH_SECONDS 0.2

/*:441*//*476:*/
#line 1430 "chapters/speed.w"

#define LSTM_IRTRL_BLOCK 8 

/*:476*//*485:*/
#line 49 "chapters/threads.w"

#define LSTM_MAX_THREADS 1024

/*:485*//*509:*/
#line 633 "chapters/threads.w"

#define LSTM_MAX_BATCH 1000000

/*:509*//*561:*/
#line 34 "chapters/snapblock.w"

#define LSTM_SNAP_BLOCK 8 

/*:561*//*795:*/
#line 44 "chapters/align.w"

#define LSTM_ALIGN_MAX 12 
#define LSTM_ALIGN_SPEC 32 

/*:795*//*821:*/
#line 46 "chapters/balance.w"

#define LSTM_BALANCE_RATE 0.0001
#define LSTM_BALANCE_EPISODES 3000
#define LSTM_BALANCE_T 100

/*:821*//*850:*/
#line 140 "chapters/formats.w"

#define LSTM_TOKEN_MAX 100
#define LSTM_READ_BLOCK 65536
#define LSTM_LINE_MAX (1L<<20)

/*:850*//*926:*/
#line 95 "chapters/readpar.w"

#define LSTM_HOLD_MAX ((size_t)256 << 20)

/*:926*//*940:*/
#line 527 "chapters/readpar.w"

#define LSTM_NUMBER_TEXT 25

/*:940*//*947:*/
#line 41 "chapters/command.w"

#define LSTM_VERSION "0.1.0"

/*:947*/
#line 289 "chapters/intro.w"

/*11:*/
#line 335 "chapters/intro.w"

typedef struct lstm_error{
char file[LSTM_PATH_MAX];
long line;
char msg[LSTM_MSG_MAX];
}lstm_error;

/*:11*//*32:*/
#line 90 "chapters/forward.w"

typedef struct lstm_arch{
int no_outgate;
int no_recurrent;
int no_bias;
int shortcut;
int g_logistic;
int h_identity;
size_t pending;
}lstm_arch;

/*:32*//*33:*/
#line 101 "chapters/forward.w"

typedef struct lstm_net{
size_t m;
size_t n;
size_t k;
int output;
int no_forget;
lstm_arch arch;

size_t P;
double*theta;
double*W,*U,*b;
double*V,*c;
size_t symbols;
unsigned char alphabet[256];
double*S;

}lstm_net;

/*:33*//*43:*/
#line 290 "chapters/forward.w"

typedef struct lstm_block{
const char*name;
size_t rows,cols;
size_t offset;
}lstm_block;

/*:43*//*60:*/
#line 515 "chapters/forward.w"

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

/*:60*//*68:*/
#line 684 "chapters/forward.w"

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

/*:68*//*112:*/
#line 70 "chapters/bptt.w"

typedef struct lstm_bptt_opts{
size_t window;
int cut;
}lstm_bptt_opts;

/*:112*//*121:*/
#line 270 "chapters/bptt.w"

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

/*:121*//*146:*/
#line 177 "chapters/gradcheck.w"

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

/*:146*//*155:*/
#line 346 "chapters/gradcheck.w"

typedef struct lstm_rng{
uint64_t s;
}lstm_rng;

/*:155*//*208:*/
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
/*267:*/
#line 142 "chapters/uoro.w"

double*ttheta;
double*tz,*dz,*nu;
double*gbar;
double*tnorm;
int defer;
lstm_rng rng;

/*:267*//*291:*/
#line 176 "chapters/hybrid.w"

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

/*:291*//*315:*/
#line 109 "chapters/eprop.w"

double*feedback;

/*:315*/
#line 166 "chapters/rtrl.w"

double*v;
size_t bytes;
}lstm_rtrl;

/*:208*//*326:*/
#line 53 "chapters/learning.w"

typedef struct lstm_optimizer{
int kind;
double rate;
double rate_out;

size_t out_from,out_to;
double momentum;
double beta1,beta2,epsilon;
double clip;
long steps;
size_t P;
double*m,*s;
}lstm_optimizer;

/*:326*//*332:*/
#line 213 "chapters/learning.w"

typedef struct lstm_init{
double range;
double bias_i,bias_f,bias_o;
}lstm_init;

/*:332*//*337:*/
#line 39 "chapters/tasks.w"

typedef struct lstm_task{
int kind;

const char*name;
size_t length;
size_t m,k;
int output;
int every_step;
int random_middle;
int variant;
size_t relevant;
size_t symbols;
}lstm_task;

/*:337*//*364:*/
#line 33 "chapters/training.w"

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
double end_error;

int per_sequence;

}lstm_trainer;

/*:364*//*377:*/
#line 301 "chapters/training.w"

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
long end_sequences;

size_t cells_added;
long added_at;
double gain,added_state,jump;



long first;
long wrong;
}lstm_train_status;

typedef struct lstm_train_config{
const char*task;

size_t length;
int every_step;
int variant;
size_t relevant;
size_t symbols;
int no_forget;
const char*method;
uint64_t seed;
size_t cells;
int optimizer;
double rate,clip;
double rate_out;
lstm_init init;
long max_sequences;
long report_every;
void(*report)(const lstm_train_status*st,void*ctx);
void*ctx;
volatile sig_atomic_t*stop;
const lstm_net*start;
int net1997;
int construct;
long patience;
int success_end;
int random_middle;
size_t batch;
int threads;
FILE*trace;

int per_sequence;

}lstm_train_config;

/*:377*//*442:*/
#line 640 "chapters/speed.w"

typedef struct lstm_bench_result{
size_t n,T;
size_t runs;
double seconds_per_step;
double cpu_per_step;
size_t work_bytes;
}lstm_bench_result;

/*:442*//*536:*/
#line 574 "chapters/batch.w"

typedef struct lstm_batch_work{
size_t cap;
size_t n,m,k,P;
lstm_trace*tr;
lstm_net*g;
double*each;
void**ptr;
double*wu;
}lstm_batch_work;

/*:536*//*555:*/
#line 1077 "chapters/batch.w"

typedef struct lstm_peak_result{
size_t rounds,numbers,reps;

double madds;
double check;
}lstm_peak_result;

/*:555*//*796:*/
#line 48 "chapters/align.w"

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

/*:796*//*1005:*/
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
size_t batch;
int threads;
}lstm_data_config;

/*:1005*//*1037:*/
#line 274 "chapters/text.w"

typedef struct lstm_text_status{
long epoch;
long updates;
double chars;
double passes;
double train_loss;
double valid_loss;
double seconds;
int row;
int end_of_epoch;
int interrupted;
int spent;
}lstm_text_status;

typedef struct lstm_text_config{
const unsigned char*train;size_t train_len;
const unsigned char*valid;size_t valid_len;
const char*method;
uint64_t seed;
int optimizer;double rate,clip;
size_t length;
long epochs;
double max_chars,max_seconds;
double valid_every;
void(*report)(const lstm_text_status*st,const lstm_net*net,void*ctx);
void*ctx;
volatile sig_atomic_t*stop;
size_t batch;
int threads;
}lstm_text_config;

/*:1037*/
#line 290 "chapters/intro.w"

/*12:*/
#line 347 "chapters/intro.w"

int lstm_fail(lstm_error*err,int status,const char*fmt,...);
int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...);

/*:12*//*16:*/
#line 395 "chapters/intro.w"

void lstm_error_clear(lstm_error*err);

/*:16*//*36:*/
#line 159 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err);
int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err);
int lstm_net_init_arch(lstm_net*net,size_t m,size_t n,size_t k,
int output,const lstm_arch*arch,lstm_error*err);
int lstm_net_size_arch(size_t m,size_t n,size_t k,int output,
const lstm_arch*arch,size_t*P,lstm_error*err);
void lstm_net_free(lstm_net*net);

/*:36*//*40:*/
#line 260 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err);
int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err);

/*:40*//*44:*/
#line 297 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS]);

/*:44*//*46:*/
#line 331 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:46*//*49:*/
#line 385 "chapters/forward.w"

int lstm_local(const double*x,size_t m,size_t*at);
int lstm_seq_local(const lstm_seq*seq);

/*:49*//*61:*/
#line 536 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k);
int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err);
void lstm_data_free(lstm_data*data);
const double*lstm_target(const lstm_seq*seq,size_t t);
double*lstm_target_set(lstm_seq*seq,size_t t,lstm_error*err);
size_t lstm_data_targets(const lstm_data*data);

/*:61*//*69:*/
#line 699 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err);
void lstm_trace_free(lstm_trace*tr);

/*:69*//*71:*/
#line 750 "chapters/forward.w"

void lstm_trace_start(lstm_trace*tr,const double*state0,
const double*out0);

/*:71*//*73:*/
#line 768 "chapters/forward.w"

double*lstm_gates(const lstm_trace*tr,size_t t);
double*lstm_state(const lstm_trace*tr,size_t t);
double*lstm_out(const lstm_trace*tr,size_t t);
double*lstm_pred(const lstm_trace*tr,size_t t);
double*lstm_dgates(const lstm_trace*tr,size_t t);
double*lstm_dout(const lstm_trace*tr,size_t t);
double*lstm_dstate(const lstm_trace*tr,size_t t);
const double*lstm_state_prev(const lstm_trace*tr,size_t t);
const double*lstm_out_prev(const lstm_trace*tr,size_t t);

/*:73*//*75:*/
#line 812 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred);
double lstm_output_forward_x(const lstm_net*net,const double*out,
const double*x,const double*y,double*pred);

/*:75*//*78:*/
#line 892 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e);
void lstm_output_backward_x(const lstm_net*net,const double*out,
const double*x,const double*pred,const double*y,double*dout,
lstm_net*grad,double*e);

/*:78*//*82:*/
#line 982 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr);

/*:82*//*85:*/
#line 1028 "chapters/forward.w"

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err);
int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:85*//*87:*/
#line 1084 "chapters/forward.w"

int lstm_finite_loss(double loss,lstm_error*err);
int lstm_finite_net(const lstm_net*net,const char*what,lstm_error*err);

/*:87*//*110:*/
#line 37 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad);

/*:110*//*113:*/
#line 76 "chapters/bptt.w"

void lstm_backward_opts(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad,const lstm_bptt_opts*opts);

/*:113*//*118:*/
#line 184 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result);

/*:118*//*127:*/
#line 365 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r);
const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err);

/*:127*//*131:*/
#line 460 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err);

/*:131*//*138:*/
#line 63 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err);

/*:138*//*147:*/
#line 191 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res);

/*:147*//*149:*/
#line 228 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err);

/*:149*//*151:*/
#line 258 "chapters/gradcheck.w"

int lstm_gradcheck_sample(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,int threads,double h,size_t count,
uint64_t seed,void(*progress)(size_t done,size_t total,void*ctx),
void*ctx,lstm_check*res,lstm_error*err);

/*:151*//*156:*/
#line 351 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed);
uint64_t lstm_rng_next(lstm_rng*rng);
double lstm_rng_uniform(lstm_rng*rng,double lo,double hi);

/*:156*//*158:*/
#line 384 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r);

/*:158*//*163:*/
#line 40 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err);

/*:163*//*165:*/
#line 77 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate);

/*:165*//*167:*/
#line 93 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err);

/*:167*//*209:*/
#line 171 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err);
int lstm_rtrl_init_param(lstm_rtrl*r,const lstm_net*net,int kind,
long param,lstm_error*err);
void lstm_rtrl_reset(lstm_rtrl*r);
int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err);
void lstm_rtrl_free(lstm_rtrl*r);

/*:209*//*224:*/
#line 545 "chapters/rtrl.w"

double lstm_block_difference(const lstm_net*g,const lstm_net*ref);

/*:224*//*270:*/
#line 166 "chapters/uoro.w"

void lstm_rtrl_seed(lstm_rtrl*r,uint64_t seed);

/*:270*//*302:*/
#line 411 "chapters/hybrid.w"

int lstm_rtrl_finish(lstm_rtrl*r,const lstm_net*net,lstm_net*grad,
lstm_error*err);

/*:302*//*327:*/
#line 76 "chapters/learning.w"

int lstm_optimizer_init(lstm_optimizer*opt,const lstm_net*net,int kind,
double rate,lstm_error*err);
void lstm_optimizer_free(lstm_optimizer*opt);

/*:327*//*329:*/
#line 128 "chapters/learning.w"

double lstm_optimizer_step(lstm_optimizer*opt,lstm_net*net,
const lstm_net*grad);

/*:329*//*333:*/
#line 219 "chapters/learning.w"

lstm_init lstm_init_default(void);
void lstm_net_initialize(lstm_net*net,lstm_rng*rng,const lstm_init*init);

/*:333*//*338:*/
#line 59 "chapters/tasks.w"

int lstm_task_init(lstm_task*task,const char*name,size_t length,
lstm_error*err);

/*:338*//*340:*/
#line 128 "chapters/tasks.w"

int lstm_task_sample(const lstm_task*task,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err);

/*:340*//*342:*/
#line 167 "chapters/tasks.w"

int lstm_task_vary(lstm_task*task,int variant,size_t relevant,
size_t symbols,lstm_error*err);

/*:342*//*348:*/
#line 300 "chapters/tasks.w"

size_t lstm_probe_length(size_t p,size_t runs);
int lstm_task_probe(const lstm_task*task,size_t lag,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);

/*:348*//*357:*/
#line 512 "chapters/tasks.w"

void lstm_reber_string(const lstm_seq*seq,char*buf);

/*:357*//*365:*/
#line 53 "chapters/training.w"

int lstm_trainer_init(lstm_trainer*tn,lstm_net*net,
const lstm_method*meth,long param,lstm_optimizer*opt,
lstm_error*err);
void lstm_trainer_free(lstm_trainer*tn);

/*:365*//*367:*/
#line 104 "chapters/training.w"

int lstm_train_sequence(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err);

/*:367*//*380:*/
#line 500 "chapters/training.w"

lstm_train_config lstm_train_defaults(const char*task,size_t length);
int lstm_train_task(const lstm_train_config*cfg,lstm_net*net,
lstm_train_status*st,lstm_error*err);

/*:380*//*387:*/
#line 729 "chapters/training.w"

int lstm_train_finite(const lstm_net*net,long sequence,double loss,
lstm_error*err);

/*:387*//*405:*/
#line 1138 "chapters/training.w"

int lstm_retention(const lstm_net*net,size_t p,size_t runs,
double*fraction,lstm_error*err);

/*:405*//*422:*/
#line 79 "chapters/speed.w"

double lstm_dot(const double*a,const double*b,size_t len);

/*:422*//*424:*/
#line 107 "chapters/speed.w"

void lstm_gemv(const double*A,size_t rows,size_t cols,const double*v,
double*y);

/*:424*//*426:*/
#line 135 "chapters/speed.w"

void lstm_gemm_nt(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);
void lstm_gemm_tn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);
void lstm_gemm_nn(size_t rows,size_t cols,size_t len,const double*A,
size_t lda,const double*B,size_t ldb,double*C,size_t ldc);

/*:426*//*437:*/
#line 518 "chapters/speed.w"

const char*lstm_kernels(void);
int lstm_use_kernels(const char*name,lstm_error*err);

/*:437*//*443:*/
#line 649 "chapters/speed.w"

int lstm_bench(const lstm_method*meth,long param,size_t n,size_t T,
lstm_bench_result*res,lstm_error*err);

/*:443*//*449:*/
#line 782 "chapters/speed.w"

double lstm_fit_exponent(const double*x,const double*y,size_t count);

/*:449*//*486:*/
#line 52 "chapters/threads.w"

int lstm_gradient_threads(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,int threads,lstm_net*grad,
double*loss,lstm_stats*st,lstm_error*err);
const char*lstm_thread_kind(void);

/*:486*//*503:*/
#line 443 "chapters/threads.w"

int lstm_train_batch(lstm_trainer*tn,const lstm_seq*const*seq,size_t B,
int threads,double*loss,lstm_error*err);

/*:503*//*521:*/
#line 28 "chapters/batch.w"

void lstm_gemv_batch(const double*A,size_t rows,size_t cols,
const double*const*v,double*const*y,size_t count);
void lstm_mat_tvec_batch(const double*A,size_t rows,size_t cols,
const double*const*v,double*const*result,size_t count);

/*:521*//*537:*/
#line 594 "chapters/batch.w"

int lstm_gradient_batch(const lstm_net*net,const lstm_seq*const*seq,
size_t B,lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);
int lstm_gradient_batch_work(const lstm_net*net,const lstm_seq*const*seq,
size_t B,lstm_batch_work*w,lstm_net*grad,double*loss,lstm_stats*st,
lstm_error*err);
void lstm_batch_work_free(lstm_batch_work*w);

/*:537*//*548:*/
#line 865 "chapters/batch.w"

int lstm_bench_batch(size_t n,size_t T,size_t B,lstm_bench_result*res,
lstm_error*err);

/*:548*//*556:*/
#line 1085 "chapters/batch.w"

int lstm_peak(size_t rounds,lstm_peak_result*res,lstm_error*err);
size_t lstm_peak_run(size_t reps,double*out);

/*:556*//*729:*/
#line 138 "chapters/net1997.w"

int lstm_arch_plain(const lstm_arch*arch);
void lstm_net_mask(const lstm_net*net,double*theta);
size_t lstm_net_weights(const lstm_net*net);

/*:729*//*734:*/
#line 241 "chapters/net1997.w"

int lstm_net_add_cell(lstm_net*net,lstm_rng*rng,const lstm_init*init);

/*:734*//*797:*/
#line 71 "chapters/align.w"

int lstm_align(const lstm_net*net,const lstm_data*data,
const char*const*spec,size_t count,size_t samples,long seed,
lstm_align_result*res,lstm_error*err);
double lstm_cosine(const double*a,const double*b,size_t len);

/*:797*//*822:*/
#line 51 "chapters/balance.w"

int lstm_balance(const char*spec,long seed,long episodes,double rate,
double*theta,double*loss,lstm_error*err);

/*:822*//*901:*/
#line 1226 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err);
int lstm_model_read(const char*path,lstm_net*net,lstm_error*err);

/*:901*//*906:*/
#line 1304 "chapters/formats.w"

int lstm_grad_load(FILE*f,const char*name,lstm_net*grad,char*method,
double*loss,lstm_error*err);
int lstm_grad_read(const char*path,lstm_net*grad,char*method,
double*loss,lstm_error*err);

/*:906*//*908:*/
#line 1357 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err);
int lstm_data_read(const char*path,const lstm_net*net,lstm_data*data,
lstm_error*err);

/*:908*//*917:*/
#line 1542 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err);
int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err);
int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err);

/*:917*//*927:*/
#line 103 "chapters/readpar.w"

int lstm_files_read(const char*model,const char*seq,int threads,
lstm_net*net,lstm_data*data,lstm_error*err);

/*:927*//*941:*/
#line 530 "chapters/readpar.w"

int lstm_grad_write_threads(FILE*f,const lstm_net*grad,
const char*method,double loss,int threads,lstm_error*err);

/*:941*//*1006:*/
#line 54 "chapters/owndata.w"

int lstm_train_data(const lstm_data_config*cfg,lstm_net*net,
lstm_epoch*st,lstm_error*err);

/*:1006*//*1026:*/
#line 77 "chapters/text.w"

size_t lstm_alphabet(const unsigned char*text,size_t len,
unsigned char alphabet[256]);
void lstm_alphabet_index(const lstm_net*net,int index[256]);
int lstm_text_fits(const lstm_net*net,const unsigned char*text,
size_t len,const char*what,lstm_error*err);
int lstm_text_model(const lstm_net*net,lstm_error*err);

/*:1026*//*1030:*/
#line 153 "chapters/text.w"

int lstm_text_read(const char*path,unsigned char**text,size_t*len,
lstm_error*err);

/*:1030*//*1033:*/
#line 210 "chapters/text.w"

int lstm_text_loss(const lstm_net*net,const unsigned char*text,
size_t len,double*loss,lstm_error*err);

/*:1033*//*1038:*/
#line 306 "chapters/text.w"

int lstm_train_text(const lstm_text_config*cfg,lstm_net*net,
lstm_text_status*st,lstm_error*err);

/*:1038*//*1048:*/
#line 587 "chapters/text.w"

int lstm_text_sample(const lstm_net*net,const unsigned char*prime,
size_t prime_len,double temperature,uint64_t seed,unsigned char*out,
size_t len,lstm_error*err);

/*:1048*/
#line 291 "chapters/intro.w"

#endif
#line 293 "chapters/intro.w"

/*:8*/
