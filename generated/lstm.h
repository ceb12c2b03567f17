/*7:*/
#line 141 "chapters/intro.w"

#ifndef LSTM_H
#define LSTM_H
#include <stddef.h> 
#include <stdint.h> 
#include <stdio.h> 
/*9:*/
#line 173 "chapters/intro.w"

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
#line 193 "chapters/forward.w"

#define LSTM_MAX_BLOCKS 5

/*:30*//*97:*/
#line 59 "chapters/gradcheck.w"

#define LSTM_FD_STEP 1e-3

/*:97*//*102:*/
#line 131 "chapters/gradcheck.w"

#define LSTM_REL_FLOOR 1e-4
#define LSTM_CHECK_TOL 1e-6

/*:102*//*141:*/
#line 132 "chapters/formats.w"

#define LSTM_TOKEN_MAX 100
#define LSTM_LINE_MAX (1L<<20)

/*:141*//*193:*/
#line 25 "chapters/command.w"

#define LSTM_VERSION "0.1.0"

/*:193*/
#line 147 "chapters/intro.w"

/*10:*/
#line 186 "chapters/intro.w"

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
#line 196 "chapters/forward.w"

typedef struct lstm_block{
const char*name;
size_t rows,cols;
size_t offset;
}lstm_block;

/*:31*//*41:*/
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

/*:41*//*46:*/
#line 425 "chapters/forward.w"

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

/*:46*//*85:*/
#line 160 "chapters/bptt.w"

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

/*:85*//*103:*/
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

/*:103*//*109:*/
#line 241 "chapters/gradcheck.w"

typedef struct lstm_rng{
uint64_t s;
}lstm_rng;

/*:109*/
#line 148 "chapters/intro.w"

/*11:*/
#line 198 "chapters/intro.w"

int lstm_fail(lstm_error*err,int status,const char*fmt,...);
int lstm_fail_at(lstm_error*err,int status,const char*file,long line,
const char*fmt,...);

/*:11*//*13:*/
#line 235 "chapters/intro.w"

void lstm_error_clear(lstm_error*err);

/*:13*//*24:*/
#line 92 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err);
int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err);
void lstm_net_free(lstm_net*net);

/*:24*//*28:*/
#line 169 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err);
int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err);

/*:28*//*32:*/
#line 203 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS]);

/*:32*//*34:*/
#line 235 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out);

/*:34*//*42:*/
#line 331 "chapters/forward.w"

void lstm_data_init(lstm_data*data,size_t m,size_t k);
int lstm_data_add(lstm_data*data,size_t T,lstm_seq**seq,
lstm_error*err);
void lstm_data_free(lstm_data*data);

/*:42*//*47:*/
#line 438 "chapters/forward.w"

int lstm_trace_alloc(lstm_trace*tr,const lstm_net*net,size_t T,
lstm_error*err);
void lstm_trace_free(lstm_trace*tr);

/*:47*//*49:*/
#line 486 "chapters/forward.w"

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
#line 530 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred);

/*:51*//*54:*/
#line 591 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e);

/*:54*//*56:*/
#line 629 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr);

/*:56*//*58:*/
#line 653 "chapters/forward.w"

int lstm_loss(const lstm_net*net,const lstm_data*data,double*loss,
lstm_error*err);
int lstm_data_fits(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:58*//*77:*/
#line 31 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad);

/*:77*//*82:*/
#line 113 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result);

/*:82*//*89:*/
#line 215 "chapters/bptt.w"

const lstm_method*lstm_method_at(size_t r);
const lstm_method*lstm_method_find(const char*spec,long*param,
lstm_error*err);

/*:89*//*92:*/
#line 271 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err);

/*:92*//*98:*/
#line 62 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err);

/*:98*//*104:*/
#line 151 "chapters/gradcheck.w"

void lstm_compare(const lstm_net*g,const lstm_net*ref,lstm_check*res);

/*:104*//*106:*/
#line 185 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err);

/*:106*//*110:*/
#line 246 "chapters/gradcheck.w"

void lstm_rng_seed(lstm_rng*rng,uint64_t seed);
uint64_t lstm_rng_next(lstm_rng*rng);
double lstm_rng_uniform(lstm_rng*rng,double lo,double hi);

/*:110*//*112:*/
#line 279 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r);

/*:112*//*116:*/
#line 40 "chapters/example.w"

int lstm_example(lstm_net*net,lstm_data*data,lstm_error*err);

/*:116*//*118:*/
#line 70 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate);

/*:118*//*120:*/
#line 86 "chapters/example.w"

int lstm_example_report(FILE*f,int tex,lstm_error*err);

/*:120*//*172:*/
#line 677 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err);
int lstm_model_read(const char*path,lstm_net*net,lstm_error*err);

/*:172*//*177:*/
#line 748 "chapters/formats.w"

int lstm_grad_load(FILE*f,const char*name,lstm_net*grad,char*method,
double*loss,lstm_error*err);
int lstm_grad_read(const char*path,lstm_net*grad,char*method,
double*loss,lstm_error*err);

/*:177*//*179:*/
#line 801 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err);
int lstm_data_read(const char*path,const lstm_net*net,lstm_data*data,
lstm_error*err);

/*:179*//*187:*/
#line 959 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err);
int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err);
int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err);

/*:187*/
#line 149 "chapters/intro.w"

#endif
#line 151 "chapters/intro.w"

/*:7*/
