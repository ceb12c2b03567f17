/*8:*/
#line 173 "chapters/intro.w"

#ifndef LSTM_H
#define LSTM_H
#include <stddef.h> 
#include <stdint.h> 
#include <stdio.h> 
/*10:*/
#line 206 "chapters/intro.w"

#define LSTM_OK 0
#define LSTM_EDATA 1
#define LSTM_EUSAGE 2
#define LSTM_ENOMEM 3
#define LSTM_EIO 4
#define LSTM_MSG_MAX 256
#define LSTM_NAME_MAX 256

/*:10*//*24:*/
#line 67 "chapters/forward.w"

#define LSTM_OUT_NONE 0
#define LSTM_OUT_L2 1
#define LSTM_OUT_SOFTMAX 2

/*:24*//*25:*/
#line 80 "chapters/forward.w"

#define LSTM_MAX_DIM 65536
#define LSTM_MAX_PARAMS ((size_t)1<<27)

/*:25*//*32:*/
#line 193 "chapters/forward.w"

#define LSTM_MAX_BLOCKS 5

/*:32*//*94:*/
#line 227 "chapters/bptt.w"

#define LSTM_PER_SEQUENCE 1
#define LSTM_PER_CHUNK 2
#define LSTM_PER_STEP 3

/*:94*//*107:*/
#line 59 "chapters/gradcheck.w"

#define LSTM_FD_STEP 1e-3

/*:107*//*112:*/
#line 131 "chapters/gradcheck.w"

#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

/*:112*//*153:*/
#line 132 "chapters/formats.w"

#define LSTM_TOKEN_MAX 100
#define LSTM_LINE_MAX (1L<<20)

/*:153*//*220:*/
#line 115 "chapters/rtrl.w"

#define LSTM_RTRL_EXACT 0
#define LSTM_RTRL_INTERNAL 1

/*:220*//*256:*/
#line 40 "chapters/learning.w"

#define LSTM_SGD 0
#define LSTM_MOMENTUM 1
#define LSTM_ADAM 2

/*:256*//*267:*/
#line 22 "chapters/tasks.w"

#define LSTM_TASK_LAG 1
#define LSTM_TASK_REBER 2
#define LSTM_TASK_ADDING 3

/*:267*//*325:*/
#line 26 "chapters/command.w"

#define LSTM_VERSION "0.1.0"

/*:325*/
#line 179 "chapters/intro.w"

/*11:*/
#line 219 "chapters/intro.w"

typedef struct lstm_error{
char file[LSTM_NAME_MAX];
long line;
char msg[LSTM_MSG_MAX];
}lstm_error;

/*:11*//*23:*/
#line 50 "chapters/forward.w"

typedef struct lstm_net{
size_t m;
size_t n;
size_t k;
int output;
size_t P;
double*theta;
double*W,*U,*b;
double*V,*c;
}lstm_net;

/*:23*//*33:*/
#line 196 "chapters/forward.w"

typedef struct lstm_block{
const char*name;
size_t rows,cols;
size_t offset;
}lstm_block;

/*:33*//*43:*/
#line 311 "chapters/forward.w"

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

/*:43*//*48:*/
#line 425 "chapters/forward.w"

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

/*:48*//*84:*/
#line 49 "chapters/bptt.w"

typedef struct lstm_bptt_opts{
size_t window;
int cut;
}lstm_bptt_opts;

/*:84*//*93:*/
#line 200 "chapters/bptt.w"

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
}lstm_method;

/*:93*//*113:*/
#line 138 "chapters/gradcheck.w"

typedef struct lstm_check_block{
const char*name;
double max_abs,max_rel;
size_t worst;
}lstm_check_block;

typedef struct lstm_check{
size_t blocks;
lstm_check_block block[LSTM_MAX_BLOCKS];
double max_abs,max_rel;
}lstm_check;

/*:113*//*119:*/
#line 241 "chapters/gradcheck.w"

typedef struct lstm_rng{
uint64_t s;
}lstm_rng;

/*:119*//*221:*/
#line 130 "chapters/rtrl.w"

typedef struct lstm_rtrl{
int kind;
size_t m,n,k;
int output;
size_t cols;
int now;
double*state[2],*out[2];
double*g;
double*pred,*e,*Delta;
double*S;
double*H,*Hprev;
double*G;
double*v;
size_t bytes;
}lstm_rtrl;

/*:221*//*257:*/
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

/*:257*//*263:*/
#line 192 "chapters/learning.w"

typedef struct lstm_init{
double range;
double bias_i,bias_f,bias_o;
}lstm_init;

/*:263*//*268:*/
#line 31 "chapters/tasks.w"

typedef struct lstm_task{
int kind;
const char*name;
size_t length;
size_t m,k;
int output;
}lstm_task;

/*:268*//*289:*/
#line 28 "chapters/training.w"

typedef struct lstm_trainer{
lstm_net*net;
const lstm_method*method;
long param;
lstm_optimizer*opt;
lstm_net grad;
lstm_trace tr;
double*carry;
lstm_rtrl online;
}lstm_trainer;

/*:289*//*300:*/
#line 228 "chapters/training.w"

typedef struct lstm_train_status{
long sequences;
double moving_loss;
double measure;
int solved;
double seconds;
}lstm_train_status;

typedef struct lstm_train_config{
const char*task;
size_t length;
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
}lstm_train_config;

/*:300*/
#line 180 "chapters/intro.w"

/*12:*/
#line 231 "chapters/intro.w"

int lstm_fail(lstm_error*err,int status,const char*fmt,...);
int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...);

/*:12*//*14:*/
#line 268 "chapters/intro.w"

void lstm_error_clear(lstm_error*err);

/*:14*//*26:*/
#line 92 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err);
int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err);
void lstm_net_free(lstm_net*net);

/*:26*//*30:*/
#line 169 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err);
int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err);

/*:30*//*34:*/
#line 203 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS]);

/*:34*//*36:*/
#line 235 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:36*//*44:*/
#line 331 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k);
int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err);
void lstm_data_free(lstm_data*data);

/*:44*//*49:*/
#line 440 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err);
void lstm_trace_free(lstm_trace*tr);

/*:49*//*51:*/
#line 491 "chapters/forward.w"

void lstm_trace_start(lstm_trace*tr,const double*state0,
const double*out0);

/*:51*//*53:*/
#line 507 "chapters/forward.w"

double*lstm_gates(const lstm_trace*tr,size_t t);
double*lstm_state(const lstm_trace*tr,size_t t);
double*lstm_out(const lstm_trace*tr,size_t t);
double*lstm_pred(const lstm_trace*tr,size_t t);
double*lstm_dgates(const lstm_trace*tr,size_t t);
double*lstm_dout(const lstm_trace*tr,size_t t);
double*lstm_dstate(const lstm_trace*tr,size_t t);
const double*lstm_state_prev(const lstm_trace*tr,size_t t);
const double*lstm_out_prev(const lstm_trace*tr,size_t t);

/*:53*//*55:*/
#line 551 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred);

/*:55*//*58:*/
#line 612 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e);

/*:58*//*60:*/
#line 650 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr);

/*:60*//*62:*/
#line 674 "chapters/forward.w"

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err);
int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:62*//*83:*/
#line 31 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad);

/*:83*//*85:*/
#line 55 "chapters/bptt.w"

void lstm_backward_opts(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad,const lstm_bptt_opts*opts);

/*:85*//*90:*/
#line 152 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result);

/*:90*//*98:*/
#line 270 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r);
const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err);

/*:98*//*101:*/
#line 326 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err);

/*:101*//*108:*/
#line 62 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err);

/*:108*//*114:*/
#line 151 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res);

/*:114*//*116:*/
#line 185 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err);

/*:116*//*120:*/
#line 246 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed);
uint64_t lstm_rng_next(lstm_rng*rng);
double lstm_rng_uniform(lstm_rng*rng,double lo,double hi);

/*:120*//*122:*/
#line 279 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r);

/*:122*//*127:*/
#line 40 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err);

/*:127*//*129:*/
#line 70 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate);

/*:129*//*131:*/
#line 86 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err);

/*:131*//*184:*/
#line 677 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err);
int lstm_model_read(const char*path,lstm_net*net,lstm_error*err);

/*:184*//*189:*/
#line 748 "chapters/formats.w"

int lstm_grad_load(FILE*f,const char*name,lstm_net*grad,char*method,
double*loss,lstm_error*err);
int lstm_grad_read(const char*path,lstm_net*grad,char*method,
double*loss,lstm_error*err);

/*:189*//*191:*/
#line 801 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err);
int lstm_data_read(const char*path,const lstm_net*net,lstm_data*data,
lstm_error*err);

/*:191*//*199:*/
#line 959 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err);
int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err);
int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err);

/*:199*//*222:*/
#line 147 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err);
void lstm_rtrl_reset(lstm_rtrl*r);
int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err);
void lstm_rtrl_free(lstm_rtrl*r);

/*:222*//*236:*/
#line 444 "chapters/rtrl.w"

double lstm_block_difference(const lstm_net*g,const lstm_net*ref);

/*:236*//*258:*/
#line 70 "chapters/learning.w"

int lstm_optimizer_init(lstm_optimizer*opt,const lstm_net*net,int kind,
double rate,lstm_error*err);
void lstm_optimizer_free(lstm_optimizer*opt);

/*:258*//*260:*/
#line 118 "chapters/learning.w"

double lstm_optimizer_step(lstm_optimizer*opt,lstm_net*net,
const lstm_net*grad);

/*:260*//*264:*/
#line 198 "chapters/learning.w"

lstm_init lstm_init_default(void);
void lstm_net_initialize(lstm_net*net,lstm_rng*rng,const lstm_init*init);

/*:264*//*269:*/
#line 45 "chapters/tasks.w"

int lstm_task_init(lstm_task*task,const char*name,size_t length,
lstm_error*err);

/*:269*//*271:*/
#line 83 "chapters/tasks.w"

int lstm_task_sample(const lstm_task*task,lstm_rng*rng,lstm_data*data,
lstm_seq**seq,lstm_error*err);

/*:271*//*276:*/
#line 160 "chapters/tasks.w"

int lstm_task_probe(const lstm_task*task,size_t lag,lstm_rng*rng,
lstm_data*data,lstm_seq**seq,lstm_error*err);

/*:276*//*284:*/
#line 309 "chapters/tasks.w"

void lstm_reber_string(const lstm_seq*seq,char*buf);

/*:284*//*290:*/
#line 43 "chapters/training.w"

int lstm_trainer_init(lstm_trainer*tn,lstm_net*net,
const lstm_method*meth,long param,lstm_optimizer*opt,
lstm_error*err);
void lstm_trainer_free(lstm_trainer*tn);

/*:290*//*292:*/
#line 93 "chapters/training.w"

int lstm_train_sequence(lstm_trainer*tn,const lstm_seq*seq,
double*loss,double*max_error,lstm_error*err);

/*:292*//*301:*/
#line 266 "chapters/training.w"

lstm_train_config lstm_train_defaults(const char*task);
int lstm_train_task(const lstm_train_config*cfg,lstm_net*net,
lstm_train_status*st,lstm_error*err);

/*:301*//*313:*/
#line 540 "chapters/training.w"

int lstm_retention(const lstm_net*net,size_t p,size_t lag,
double*fraction,lstm_error*err);

/*:313*/
#line 181 "chapters/intro.w"

#endif
#line 183 "chapters/intro.w"

/*:8*/
