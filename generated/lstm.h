/*7:*/
#line 141 "chapters/intro.w"

#ifndef LSTM_H
#define LSTM_H
#include <stddef.h> 
#include <stdint.h> 
#include <stdio.h> 
/*9:*/
#line 171 "chapters/intro.w"

#define LSTM_OK 0
#define LSTM_EDATA 1
#define LSTM_EUSAGE 2
#define LSTM_ENOMEM 3
#define LSTM_EIO 4
#define LSTM_MSG_MAX 256
#define LSTM_NAME_MAX 256

/*:9*//*22:*/
#line 67 "chapters/forward.w"

#define LSTM_OUT_NONE 0
#define LSTM_OUT_L2 1
#define LSTM_OUT_SOFTMAX 2

/*:22*//*23:*/
#line 80 "chapters/forward.w"

#define LSTM_MAX_DIM 65536
#define LSTM_MAX_PARAMS ((size_t)1<<27)

/*:23*//*30:*/
#line 182 "chapters/forward.w"

#define LSTM_MAX_BLOCKS 5

/*:30*//*99:*/
#line 59 "chapters/gradcheck.w"

#define LSTM_FD_STEP 1e-3

/*:99*//*104:*/
#line 131 "chapters/gradcheck.w"

#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

/*:104*//*153:*/
#line 115 "chapters/rtrl.w"

#define LSTM_RTRL_EXACT 0
#define LSTM_RTRL_INTERNAL 1

/*:153*//*187:*/
#line 23 "chapters/command.w"

#define LSTM_VERSION "0.1.0"

/*:187*/
#line 147 "chapters/intro.w"

/*10:*/
#line 184 "chapters/intro.w"

typedef struct lstm_error{
char file[LSTM_NAME_MAX];
long line;
char msg[LSTM_MSG_MAX];
}lstm_error;

/*:10*//*21:*/
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

/*:21*//*31:*/
#line 185 "chapters/forward.w"

typedef struct lstm_block{
const char*name;
size_t rows,cols;
size_t offset;
}lstm_block;

/*:31*//*41:*/
#line 300 "chapters/forward.w"

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

/*:41*//*46:*/
#line 414 "chapters/forward.w"

typedef struct lstm_trace{
size_t T;
size_t n,k;
size_t stride;
size_t pred,dg,dout,dstate;
int has_pred;
double*v;
double*zero;
double*Dout,*carry,*e;
size_t bytes;
}lstm_trace;

/*:46*//*78:*/
#line 49 "chapters/bptt.w"

typedef struct lstm_bptt_opts{
size_t window;
int cut;
}lstm_bptt_opts;

/*:78*//*87:*/
#line 199 "chapters/bptt.w"

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
}lstm_method;

/*:87*//*105:*/
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

/*:105*//*111:*/
#line 241 "chapters/gradcheck.w"

typedef struct lstm_rng{
uint64_t s;
}lstm_rng;

/*:111*//*154:*/
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

/*:154*/
#line 148 "chapters/intro.w"

/*11:*/
#line 196 "chapters/intro.w"

int lstm_fail(lstm_error*err,int status,const char*fmt,...);
int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...);

/*:11*//*13:*/
#line 233 "chapters/intro.w"

void lstm_error_clear(lstm_error*err);

/*:13*//*24:*/
#line 89 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err);
void lstm_net_free(lstm_net*net);

/*:24*//*28:*/
#line 158 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err);
int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err);

/*:28*//*32:*/
#line 192 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS]);

/*:32*//*34:*/
#line 224 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:34*//*42:*/
#line 320 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k);
int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err);
void lstm_data_free(lstm_data*data);

/*:42*//*47:*/
#line 427 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err);
void lstm_trace_free(lstm_trace*tr);

/*:47*//*49:*/
#line 475 "chapters/forward.w"

double*lstm_gates(const lstm_trace*tr,size_t t);
double*lstm_state(const lstm_trace*tr,size_t t);
double*lstm_out(const lstm_trace*tr,size_t t);
double*lstm_pred(const lstm_trace*tr,size_t t);
double*lstm_dgates(const lstm_trace*tr,size_t t);
double*lstm_dout(const lstm_trace*tr,size_t t);
double*lstm_dstate(const lstm_trace*tr,size_t t);
const double*lstm_state_prev(const lstm_trace*tr,size_t t);
const double*lstm_out_prev(const lstm_trace*tr,size_t t);

/*:49*//*51:*/
#line 519 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred);

/*:51*//*54:*/
#line 580 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e);

/*:54*//*56:*/
#line 618 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr);

/*:56*//*58:*/
#line 642 "chapters/forward.w"

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err);
int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:58*//*77:*/
#line 31 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad);

/*:77*//*79:*/
#line 55 "chapters/bptt.w"

void lstm_backward_opts(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad,const lstm_bptt_opts*opts);

/*:79*//*84:*/
#line 152 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result);

/*:84*//*91:*/
#line 254 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r);
const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err);

/*:91*//*94:*/
#line 310 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err);

/*:94*//*100:*/
#line 62 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err);

/*:100*//*106:*/
#line 151 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res);

/*:106*//*108:*/
#line 185 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err);

/*:108*//*112:*/
#line 246 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed);
uint64_t lstm_rng_next(lstm_rng*rng);
double lstm_rng_uniform(lstm_rng*rng,double lo,double hi);

/*:112*//*114:*/
#line 279 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r);

/*:114*//*118:*/
#line 40 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err);

/*:118*//*120:*/
#line 70 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate);

/*:120*//*122:*/
#line 86 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err);

/*:122*//*155:*/
#line 147 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err);
void lstm_rtrl_reset(lstm_rtrl*r);
int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err);
void lstm_rtrl_free(lstm_rtrl*r);

/*:155*//*169:*/
#line 443 "chapters/rtrl.w"

double lstm_block_difference(const lstm_net*g,const lstm_net*ref);

/*:169*/
#line 149 "chapters/intro.w"

#endif
#line 151 "chapters/intro.w"

/*:7*/
