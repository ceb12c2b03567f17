/*8:*/
#line 155 "chapters/intro.w"

#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <stdarg.h> 
#include <stdint.h> 
#include <math.h> 
#include <ctype.h> 
#include <errno.h> 
/*15:*/
#line 254 "chapters/intro.w"

static int mul_size(size_t a,size_t b,size_t*r);
static int add_size(size_t a,size_t b,size_t*r);

/*:15*//*17:*/
#line 277 "chapters/intro.w"

static double*alloc_doubles(size_t count);

/*:17*//*38:*/
#line 282 "chapters/forward.w"

static double sigmoid(double x);

/*:38*//*100:*/
#line 95 "chapters/gradcheck.w"

static int central_difference(lstm_net*probe,const lstm_data*data,
size_t k,double h,double*d,lstm_error*err);

/*:100*//*115:*/
#line 29 "chapters/example.w"

static const double example_W[8]= 
{0.45,0.25,0.95,0.80,0.70,0.45,0.60,0.40};
static const double example_U[4]= {0.15,0.80,0.10,0.25};
static const double example_b[4]= {0.20,0.65,0.15,0.10};
static const double example_x[4]= {1.0,2.0,0.5,3.0};
static const double example_y[2]= {0.5,1.25};

/*:115*//*124:*/
#line 164 "chapters/example.w"

static void print_blocks(FILE*f,const char*prefix,const char*suffix,
const lstm_net*net);

/*:124*//*126:*/
#line 192 "chapters/example.w"

static const double published[2][6]= {
{0.81775,0.96083,0.85195,0.81757,0.78572,0.53631},
{0.84980,0.98118,0.87030,0.84993,1.5176,0.77197}};

/*:126*//*127:*/
#line 201 "chapters/example.w"

static int rounds_to(double v,double pub,int decimals);

/*:127*//*144:*/
#line 179 "chapters/formats.w"

/*143:*/
#line 158 "chapters/formats.w"

typedef struct lstm_reader{
FILE*f;
const char*name;
lstm_error*err;
int status;
long line;
long last_line;
long col;
int back;
int peeked;
int at_end;
long tok_line;
char tok[LSTM_TOKEN_MAX+1];
char shown[LSTM_TOKEN_MAX+3];
double*v;
size_t len,cap;
unsigned char*flag;
size_t flags,flag_cap;
}lstm_reader;

/*:143*/
#line 180 "chapters/formats.w"

static void reader_open(lstm_reader*rd,FILE*f,const char*name,
lstm_error*err);
static void reader_close(lstm_reader*rd);
static int get(lstm_reader*rd);
static int peek(lstm_reader*rd);
static void take(lstm_reader*rd);
static int bad(lstm_reader*rd,long line,const char*fmt,...);
static const char*shown(lstm_reader*rd);

/*:144*//*153:*/
#line 357 "chapters/formats.w"

static int keyword(lstm_reader*rd,const char*word);
static int size_value(lstm_reader*rd,const char*what,size_t most,
size_t*v);
static int number(lstm_reader*rd,const char*what,double*v);
static int is_keyword(const lstm_reader*rd);
static int decimal(const char*s);

/*:153*//*159:*/
#line 478 "chapters/formats.w"

static int push(lstm_reader*rd,double x);
static int numbers(lstm_reader*rd,size_t count,const char*what);

/*:159*//*162:*/
#line 527 "chapters/formats.w"

static int expect_after(lstm_reader*rd,const char*expected,
const char*after);

/*:162*//*164:*/
#line 552 "chapters/formats.w"

static int read_network(lstm_reader*rd,lstm_net*net);

/*:164*//*168:*/
#line 625 "chapters/formats.w"

static int read_blocks(lstm_reader*rd,const lstm_block*block,
size_t from,size_t to);
static void after_block(char*after,size_t size,const lstm_block*block);

/*:168*//*174:*/
#line 709 "chapters/formats.w"

static int version(lstm_reader*rd);
static FILE*open_input(const char*path,lstm_error*err);

/*:174*//*182:*/
#line 862 "chapters/formats.w"

static int read_sequence(lstm_reader*rd,lstm_data*data);
static int push_flag(lstm_reader*rd,int flag);

/*:182*//*188:*/
#line 968 "chapters/formats.w"

static void write_network(FILE*f,const lstm_net*net);
static void write_row(FILE*f,const double*v,size_t count);
static int written(FILE*f,lstm_error*err);

/*:188*/
#line 164 "chapters/intro.w"

/*12:*/
#line 203 "chapters/intro.w"

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
snprintf(err->file,sizeof err->file,"%s",file?file:"");
err->line= line;
}
va_start(ap,fmt);
fail_v(err,status,fmt,ap);
va_end(ap);
return status;
}

/*:12*//*14:*/
#line 238 "chapters/intro.w"

void lstm_error_clear(lstm_error*err)
{
if(err){
err->file[0]= '\0';
err->line= 0;
err->msg[0]= '\0';
}
}

/*:14*//*16:*/
#line 258 "chapters/intro.w"

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

/*:16*//*18:*/
#line 280 "chapters/intro.w"

static double*alloc_doubles(size_t count)
{
size_t bytes;
if(count==0)count= 1;
if(!mul_size(count,sizeof(double),&bytes))return NULL;
return calloc(count,sizeof(double));
}
#line 1 "chapters/forward.w"
/*:18*//*25:*/
#line 99 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err)
{
size_t P,rows= 4*n;
int status;
memset(net,0,sizeof*net);
if(output==LSTM_OUT_NONE)k= n;
if((status= lstm_net_size(m,n,k,output,&P,err))!=LSTM_OK)
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
return LSTM_OK;
}

/*:25*//*26:*/
#line 128 "chapters/forward.w"

int lstm_net_size(size_t m,size_t n,size_t k,int output,size_t*P,
lstm_error*err)
{
size_t cols,a,rows,extra= 0;
if(output==LSTM_OUT_NONE)k= n;
if(m<1||m> LSTM_MAX_DIM||n<1||n> LSTM_MAX_DIM||
k<1||k> LSTM_MAX_DIM)
return lstm_fail(err,LSTM_EDATA,
"sizes must lie between 1 and %d",LSTM_MAX_DIM);

if(output!=LSTM_OUT_NONE&&output!=LSTM_OUT_L2&&
output!=LSTM_OUT_SOFTMAX)
return lstm_fail(err,LSTM_EUSAGE,"unknown output layer kind %d",
output);

rows= 4*n;
if(!add_size(m,n,&cols)||!add_size(cols,1,&cols)||
!mul_size(rows,cols,P)||
(output!=LSTM_OUT_NONE&&
(!add_size(n,1,&a)||!mul_size(k,a,&extra)))||
!add_size(*P,extra,P)||*P> LSTM_MAX_PARAMS)
return lstm_fail(err,LSTM_EDATA,
"the network would have more than %zu parameters",
(size_t)LSTM_MAX_PARAMS);

return LSTM_OK;
}

/*:26*//*27:*/
#line 157 "chapters/forward.w"

void lstm_net_free(lstm_net*net)
{
if(!net)return;
free(net->theta);
memset(net,0,sizeof*net);
}

/*:27*//*29:*/
#line 173 "chapters/forward.w"

int lstm_net_like(lstm_net*like,const lstm_net*net,lstm_error*err)
{
return lstm_net_init(like,net->m,net->n,net->k,net->output,err);
}

int lstm_net_copy(lstm_net*copy,const lstm_net*net,lstm_error*err)
{
int status= lstm_net_like(copy,net,err);
if(status==LSTM_OK)
memcpy(copy->theta,net->theta,net->P*sizeof(double));
return status;
}

/*:29*//*33:*/
#line 206 "chapters/forward.w"

size_t lstm_blocks(const lstm_net*net,lstm_block block[LSTM_MAX_BLOCKS])
{
size_t count= 0,at= 0,r= 4*net->n;
const char*name[LSTM_MAX_BLOCKS]= {"W","U","b","V","c"};
size_t rows[LSTM_MAX_BLOCKS],cols[LSTM_MAX_BLOCKS];
rows[0]= r;cols[0]= net->m;
rows[1]= r;cols[1]= net->n;
rows[2]= 1;cols[2]= r;
rows[3]= net->k;cols[3]= net->n;
rows[4]= 1;cols[4]= net->k;
for(count= 0;count<(net->output==LSTM_OUT_NONE?3u:5u);count++){
block[count].name= name[count];
block[count].rows= rows[count];
block[count].cols= cols[count];
block[count].offset= at;
at+= rows[count]*cols[count];
}
return count;
}

/*:33*//*35:*/
#line 242 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out)
{
const size_t m= net->m,n= net->n;
double*a= g,*i= g+n,*f= g+2*n,*o= g+3*n;
size_t j;
/*36:*/
#line 259 "chapters/forward.w"

for(size_t r= 0;r<4*n;r++){
const double*w= net->W+r*m,*u= net->U+r*n;
double sum= net->b[r];
for(size_t l= 0;l<m;l++)sum+= w[l]*x[l];
for(size_t l= 0;l<n;l++)sum+= u[l]*out_prev[l];
g[r]= sum;
}

/*:36*/
#line 249 "chapters/forward.w"
;
/*37:*/
#line 274 "chapters/forward.w"

for(j= 0;j<n;j++){
a[j]= tanh(a[j]);
i[j]= sigmoid(i[j]);
f[j]= sigmoid(f[j]);
o[j]= sigmoid(o[j]);
}

/*:37*/
#line 250 "chapters/forward.w"
;
/*40:*/
#line 298 "chapters/forward.w"

for(j= 0;j<n;j++){
state[j]= a[j]*i[j]+f[j]*state_prev[j];
out[j]= tanh(state[j])*o[j];
}

/*:40*/
#line 251 "chapters/forward.w"
;
}

/*:35*//*39:*/
#line 285 "chapters/forward.w"

static double sigmoid(double x)
{
return 1.0/(1.0+exp(-x));
}

/*:39*//*43:*/
#line 337 "chapters/forward.w"

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

/*44:*/
#line 376 "chapters/forward.w"

if(data->count==data->cap){
size_t cap= data->cap?2*data->cap:4;
lstm_seq*more;
if(cap> SIZE_MAX/sizeof*more||
!(more= realloc(data->seq,cap*sizeof*more)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a sequence");
data->seq= more;
data->cap= cap;
}

/*:44*/
#line 357 "chapters/forward.w"
;
s= &data->seq[data->count];
memset(s,0,sizeof*s);
s->T= T;s->m= data->m;s->k= data->k;
s->x= alloc_doubles(xs);
s->y= alloc_doubles(ys);
s->has_y= calloc(T,1);
if(!s->x||!s->y||!s->has_y){
free(s->x);free(s->y);free(s->has_y);
return lstm_fail(err,LSTM_ENOMEM,"out of memory for a sequence");
}
data->count++;
if(seq)*seq= s;
return LSTM_OK;
}

/*:43*//*45:*/
#line 387 "chapters/forward.w"

void lstm_data_free(lstm_data*data)
{
if(!data)return;
for(size_t s= 0;s<data->count;s++){
free(data->seq[s].x);
free(data->seq[s].y);
free(data->seq[s].has_y);
}
free(data->seq);
memset(data,0,sizeof*data);
}

/*:45*//*48:*/
#line 443 "chapters/forward.w"

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

/*:48*//*50:*/
#line 497 "chapters/forward.w"

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
{return t==0?tr->zero:lstm_state(tr,t-1);}
const double*lstm_out_prev(const lstm_trace*tr,size_t t)
{return t==0?tr->zero:lstm_out(tr,t-1);}

/*:50*//*52:*/
#line 534 "chapters/forward.w"

double lstm_output_forward(const lstm_net*net,const double*out,
const double*y,double*pred)
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
if(net->output==LSTM_OUT_L2){
if(y)for(size_t r= 0;r<k;r++)
loss+= 0.5*(pred[r]-y[r])*(pred[r]-y[r]);
}else/*53:*/
#line 565 "chapters/forward.w"

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

/*:53*/
#line 554 "chapters/forward.w"
;
return loss;
}

/*:52*//*55:*/
#line 596 "chapters/forward.w"

void lstm_output_backward(const lstm_net*net,const double*out,
const double*pred,const double*y,double*dout,lstm_net*grad,
double*e)
{
const size_t n= net->n,k= net->k;
if(net->output==LSTM_OUT_NONE){
for(size_t j= 0;j<n;j++)dout[j]+= out[j]-y[j];
return;
}
if(net->output==LSTM_OUT_L2)
for(size_t r= 0;r<k;r++)e[r]= pred[r]-y[r];
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
}

/*:55*//*57:*/
#line 633 "chapters/forward.w"

double lstm_forward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr)
{
double loss= 0;
for(size_t t= 0;t<seq->T;t++){
lstm_step(net,seq->x+t*seq->m,lstm_out_prev(tr,t),
lstm_state_prev(tr,t),lstm_gates(tr,t),lstm_state(tr,t),
lstm_out(tr,t));
loss+= lstm_output_forward(net,lstm_out(tr,t),
seq->has_y[t]?seq->y+t*seq->k:NULL,lstm_pred(tr,t));
}
return loss;
}

/*:57*//*59:*/
#line 659 "chapters/forward.w"

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
return LSTM_OK;
}
#line 1 "chapters/chainrule.w"
/*:59*//*78:*/
#line 40 "chapters/bptt.w"

void lstm_backward(const lstm_net*net,const lstm_seq*seq,
lstm_trace*tr,lstm_net*grad)
{
const size_t n= net->n;
double*Dout= tr->Dout,*carry= tr->carry;
memset(Dout,0,n*sizeof*Dout);
memset(carry,0,n*sizeof*carry);
for(size_t t= seq->T;t--> 0;){
const double*g= lstm_gates(tr,t),*state= lstm_state(tr,t);
const double*a= g,*i= g+n,*f= g+2*n,*o= g+3*n;
double*dg= lstm_dgates(tr,t),*dout= lstm_dout(tr,t),
*dstate= lstm_dstate(tr,t);
/*79:*/
#line 67 "chapters/bptt.w"

memcpy(dout,Dout,n*sizeof*dout);
if(seq->has_y[t])
lstm_output_backward(net,lstm_out(tr,t),lstm_pred(tr,t),
seq->y+t*seq->k,dout,grad,tr->e);

/*:79*/
#line 53 "chapters/bptt.w"
;
/*80:*/
#line 86 "chapters/bptt.w"

{
const double*state_prev= lstm_state_prev(tr,t);
for(size_t j= 0;j<n;j++){
double th= tanh(state[j]);
dstate[j]= dout[j]*o[j]*(1-th*th)+carry[j];
dg[j]= dstate[j]*i[j]*(1-a[j]*a[j]);
dg[n+j]= dstate[j]*a[j]*i[j]*(1-i[j]);
dg[2*n+j]= dstate[j]*state_prev[j]*f[j]*(1-f[j]);
dg[3*n+j]= dout[j]*th*o[j]*(1-o[j]);
}
}

/*:80*/
#line 54 "chapters/bptt.w"
;
/*81:*/
#line 103 "chapters/bptt.w"

lstm_mat_tvec(net->U,4*n,n,dg,Dout);
for(size_t j= 0;j<n;j++)carry[j]= dstate[j]*f[j];

/*:81*/
#line 56 "chapters/bptt.w"
;
}
/*84:*/
#line 138 "chapters/bptt.w"

for(size_t t= 0;t<seq->T;t++){
const double*dg= lstm_dgates(tr,t),*x= seq->x+t*seq->m;
const double*out_prev= lstm_out_prev(tr,t);
for(size_t r= 0;r<4*n;r++){
double*dw= grad->W+r*net->m,*du= grad->U+r*n;
for(size_t l= 0;l<net->m;l++)dw[l]+= dg[r]*x[l];
if(t> 0)for(size_t l= 0;l<n;l++)du[l]+= dg[r]*out_prev[l];
grad->b[r]+= dg[r];
}
}

/*:84*/
#line 59 "chapters/bptt.w"
;
}

/*:78*//*83:*/
#line 117 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result)
{
memset(result,0,cols*sizeof*result);
for(size_t r= 0;r<rows;r++){
const double*row= A+r*cols;
for(size_t l= 0;l<cols;l++)result[l]+= row[l]*v[r];
}
}

/*:83*//*86:*/
#line 182 "chapters/bptt.w"

static int bptt_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
lstm_trace tr;
int status= lstm_trace_alloc(&tr,net,seq->T,err);
(void)param;
if(status!=LSTM_OK)return status;
*loss= lstm_forward(net,seq,&tr);
lstm_backward(net,seq,&tr,grad);
if(st&&tr.bytes> st->work_bytes)st->work_bytes= tr.bytes;
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:86*//*87:*/
#line 200 "chapters/bptt.w"

static const lstm_method method_table[]= {
/*88:*/
#line 205 "chapters/bptt.w"

{"bptt",1,0,bptt_grad,
"backpropagation through time: the exact gradient"},

/*:88*/
#line 202 "chapters/bptt.w"

};

/*:87*//*90:*/
#line 220 "chapters/bptt.w"

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
if(strlen(meth->name)==len&&strncmp(meth->name,spec,len)==0)
break;
if(!meth){
lstm_fail(err,LSTM_EUSAGE,"unknown method '%s'",spec);

return NULL;
}
/*91:*/
#line 245 "chapters/bptt.w"

*param= 0;
if(meth->takes_param){
char*end;
long v;
if(!colon||colon[1]<'0'||colon[1]> '9'||
(v= strtol(colon+1,&end,10),*end!='\0')||v<1||
(size_t)v> LSTM_MAX_PARAMS){
lstm_fail(err,LSTM_EUSAGE,
"method %s needs a positive whole number, as in %s:10",
meth->name,meth->name);

return NULL;
}
*param= v;
}else if(colon){
lstm_fail(err,LSTM_EUSAGE,"method %s takes no parameter",meth->name);

return NULL;
}

/*:91*/
#line 241 "chapters/bptt.w"
;
return meth;
}

/*:90*//*93:*/
#line 276 "chapters/bptt.w"

int lstm_gradient(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,lstm_net*grad,double*loss,
lstm_stats*st,lstm_error*err)
{
int status= lstm_data_fits(net,data,err);
if(status!=LSTM_OK)return status;
memset(grad->theta,0,grad->P*sizeof*grad->theta);
if(st)st->work_bytes= 0;
*loss= 0;
for(size_t s= 0;s<data->count;s++){
double seq_loss= 0;
status= meth->grad(net,&data->seq[s],param,grad,&seq_loss,st,err);
if(status!=LSTM_OK)return status;
*loss+= seq_loss;
}
return LSTM_OK;
}
#line 1 "chapters/gradcheck.w"
/*:93*//*99:*/
#line 71 "chapters/gradcheck.w"

int lstm_fd_gradient(const lstm_net*net,const lstm_data*data,double h,
lstm_net*fd,lstm_error*err)
{
lstm_net probe;
int status;
if(!(h> 0)||!isfinite(h))
return lstm_fail(err,LSTM_EUSAGE,"the step must be positive");

if((status= lstm_net_copy(&probe,net,err))!=LSTM_OK)return status;
for(size_t k= 0;k<net->P&&status==LSTM_OK;k++){
double d_full= 0,d_half= 0;
status= central_difference(&probe,data,k,h,&d_full,err);
if(status==LSTM_OK)
status= central_difference(&probe,data,k,h/2,&d_half,err);
fd->theta[k]= (4*d_half-d_full)/3;
}
lstm_net_free(&probe);
return status;
}

/*:99*//*101:*/
#line 99 "chapters/gradcheck.w"

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
*d= (lup-ldown)/(up+down);
return status;
}

/*:101*//*105:*/
#line 154 "chapters/gradcheck.w"

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
LSTM_REL_FLOOR);
if(d> cb->max_abs)cb->max_abs= d;
if(d/scale> cb->max_rel){
cb->max_rel= d/scale;
cb->worst= k;
}
}
if(cb->max_abs> res->max_abs)res->max_abs= cb->max_abs;
if(cb->max_rel> res->max_rel)res->max_rel= cb->max_rel;
}
}

/*:105*//*107:*/
#line 190 "chapters/gradcheck.w"

int lstm_gradcheck(const lstm_net*net,const lstm_data*data,
const lstm_method*meth,long param,double h,lstm_check*res,
lstm_error*err)
{
lstm_net g,fd;
double loss;
int status;
if(!meth->exact)
return lstm_fail(err,LSTM_EUSAGE,
"method %s does not compute the exact gradient",meth->name);

if((status= lstm_net_like(&g,net,err))!=LSTM_OK)return status;
if((status= lstm_net_like(&fd,net,err))!=LSTM_OK){
lstm_net_free(&g);
return status;
}
status= lstm_gradient(net,data,meth,param,&g,&loss,NULL,err);
if(status==LSTM_OK)status= lstm_fd_gradient(net,data,h,&fd,err);
if(status==LSTM_OK)lstm_compare(&g,&fd,res);
lstm_net_free(&g);
lstm_net_free(&fd);
return status;
}

/*:107*//*111:*/
#line 256 "chapters/gradcheck.w"

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

/*:111*//*113:*/
#line 282 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r)
{
for(size_t k= 0;k<net->P;k++)
net->theta[k]= lstm_rng_uniform(rng,-r,r);
}
#line 1 "chapters/example.w"
/*:113*//*117:*/
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
memcpy(seq->y,example_y,sizeof example_y);
seq->has_y[0]= seq->has_y[1]= 1;
return LSTM_OK;
}

/*:117*//*119:*/
#line 73 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate)
{
for(size_t k= 0;k<net->P;k++)net->theta[k]-= rate*grad->theta[k];
}

/*:119*//*121:*/
#line 93 "chapters/example.w"

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
/*122:*/
#line 122 "chapters/example.w"

for(size_t t= 0;t<2;t++){
lstm_mat_tvec(net.W,4,2,lstm_dgates(&tr,t),dx[t]);
lstm_mat_tvec(net.U,4,1,lstm_dgates(&tr,t),&dprev[t]);
}

/*:122*/
#line 107 "chapters/example.w"
;
if(tex)/*129:*/
#line 216 "chapters/example.w"

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
fprintf(f,"&%.17g&%.*f%s",v,decimals,published[t][q],
rounds_to(v,published[t][q],decimals)?"":"$^\\dagger$");
}
fprintf(f,"\\cr\n");
}
fprintf(f,"}\n");
/*130:*/
#line 237 "chapters/example.w"

{
static const char*dname[7]= {"\\Delta_t","\\delta\\out_t",
"\\delta\\state_t","\\delta a_t","\\delta i_t","\\delta f_t",
"\\delta o_t"};
fprintf(f,"\\exampletable{backward}{$t=1$}{}{$t=0$}{}{\n");
for(size_t q= 0;q<7;q++){
fprintf(f,"$%s$",dname[q]);
for(size_t t= 2;t--> 0;){
double v= q==0?lstm_out(&tr,t)[0]-data.seq[0].y[t]:
q==1?lstm_dout(&tr,t)[0]:q==2?lstm_dstate(&tr,t)[0]:
lstm_dgates(&tr,t)[q-3];
fprintf(f,"&%.17g&",v);
}
fprintf(f,"\\cr\n");
}
for(size_t l= 0;l<2;l++)
fprintf(f,"$(\\delta x_t)_%zu$&%.17g&&%.17g&\\cr\n",l+1,
dx[1][l],dx[0][l]);
fprintf(f,"$\\Dout_{t-1}$&%.17g&&%.17g&\\cr\n",dprev[1],dprev[0]);
fprintf(f,"}\n");
}

/*:130*/
#line 233 "chapters/example.w"
;
/*131:*/
#line 263 "chapters/example.w"

{
static const char*gname[4]= {"a","i","f","o"};
fprintf(f,"\\exampletable{gradient}{$\\delta W$}{}{$\\delta U$}{$\\delta b$}{\n");
for(size_t q= 0;q<4;q++)
fprintf(f,"$%s$&%.17g&%.17g&%.17g&%.17g\\cr\n",gname[q],
grad.W[2*q],grad.W[2*q+1],grad.U[q],grad.b[q]);
fprintf(f,"}\n\\exampleloss{%.17g}\n",loss);
lstm_sgd(&net,&grad,0.1);
fprintf(f,"\\exampletable{sgd}{$W$}{}{$U$}{$b$}{\n");
for(size_t q= 0;q<4;q++)
fprintf(f,"$%s$&%.17g&%.17g&%.17g&%.17g\\cr\n",gname[q],
net.W[2*q],net.W[2*q+1],net.U[q],net.b[q]);
fprintf(f,"}\n");
}

/*:131*/
#line 234 "chapters/example.w"
;
}

/*:129*/
#line 108 "chapters/example.w"

else/*123:*/
#line 134 "chapters/example.w"

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
double Delta= lstm_out(&tr,t)[0]-data.seq[0].y[t];
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

/*:123*/
#line 109 "chapters/example.w"
;
lstm_trace_free(&tr);
free_grad:lstm_net_free(&grad);
free_net:lstm_net_free(&net);
lstm_data_free(&data);
return status;
}

/*:121*//*125:*/
#line 168 "chapters/example.w"

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

/*:125*//*128:*/
#line 204 "chapters/example.w"

static int rounds_to(double v,double pub,int decimals)
{
double scale= pow(10.0,decimals);
return round(v*scale)==round(pub*scale);
}

/*:128*//*145:*/
#line 193 "chapters/formats.w"

static void reader_open(lstm_reader*rd,FILE*f,const char*name,
lstm_error*err)
{
memset(rd,0,sizeof*rd);
rd->f= f;
rd->name= name;
rd->err= err;
rd->line= 1;
rd->back= EOF;
}

static void reader_close(lstm_reader*rd)
{
free(rd->v);
free(rd->flag);
rd->v= NULL;
rd->flag= NULL;
}

/*:145*//*146:*/
#line 217 "chapters/formats.w"

static int bad(lstm_reader*rd,long line,const char*fmt,...)
{
va_list ap;
if(rd->status!=LSTM_OK)return rd->status;
if(rd->err){
snprintf(rd->err->file,sizeof rd->err->file,"%s",rd->name);
rd->err->line= line;
}
va_start(ap,fmt);
rd->status= fail_v(rd->err,LSTM_EDATA,fmt,ap);
va_end(ap);
return rd->status;
}

/*:146*//*147:*/
#line 239 "chapters/formats.w"

static int get(lstm_reader*rd)
{
int c;
if(rd->status!=LSTM_OK)return EOF;
if(rd->back!=EOF){
c= rd->back;
rd->back= EOF;
return c;
}
errno= 0;
if((c= getc(rd->f))==EOF){
if(ferror(rd->f))
/*148:*/
#line 272 "chapters/formats.w"

{
int e= errno;
lstm_fail_at(rd->err,LSTM_EIO,rd->name,0,"cannot read the file: %s",
e?strerror(e):"read error");

rd->status= LSTM_EIO;
}

/*:148*/
#line 252 "chapters/formats.w"
;
return EOF;
}
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

/*:147*//*149:*/
#line 285 "chapters/formats.w"

static int peek(lstm_reader*rd)
{
int c;
size_t len= 0;
if(rd->status!=LSTM_OK||rd->peeked)return rd->status;
/*150:*/
#line 315 "chapters/formats.w"

do{
c= get(rd);
if(c=='#')
while(c!='\n'&&c!=EOF)c= get(rd);
}while(c!=EOF&&isspace(c));

/*:150*/
#line 292 "chapters/formats.w"
;
if(c==EOF){
if(rd->status!=LSTM_OK)return rd->status;
rd->at_end= 1;
rd->tok[0]= '\0';
rd->tok_line= rd->last_line> 0?rd->last_line:1;
rd->peeked= 1;
return LSTM_OK;
}
rd->tok_line= rd->line;
/*151:*/
#line 325 "chapters/formats.w"

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

/*:151*/
#line 302 "chapters/formats.w"
;
if(rd->status!=LSTM_OK)return rd->status;
rd->tok[len]= '\0';
if(c=='#')rd->back= c;
rd->peeked= 1;
return LSTM_OK;
}

static void take(lstm_reader*rd)
{
rd->peeked= 0;
}

/*:149*//*152:*/
#line 345 "chapters/formats.w"

static const char*shown(lstm_reader*rd)
{
if(rd->at_end)return"the end of the file";
snprintf(rd->shown,sizeof rd->shown,"'%s'",rd->tok);
return rd->shown;
}

/*:152*//*154:*/
#line 365 "chapters/formats.w"

static int keyword(lstm_reader*rd,const char*word)
{
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,word)!=0)
return bad(rd,rd->tok_line,"expected '%s', found %s",word,shown(rd));

take(rd);
return LSTM_OK;
}

/*:154*//*155:*/
#line 384 "chapters/formats.w"

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

/*:155*//*156:*/
#line 412 "chapters/formats.w"

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

/*:156*//*157:*/
#line 437 "chapters/formats.w"

static int number(lstm_reader*rd,const char*what,double*v)
{
char*end;
double x;
if(peek(rd)!=LSTM_OK)return rd->status;
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

/*:157*//*158:*/
#line 462 "chapters/formats.w"

static int is_keyword(const lstm_reader*rd)
{
static const char*word[]= {"lstm-model","lstm-seq","lstm-grad",
"method","loss","inputs","cells","targets","outputs","W","U","b",
"V","c","sequence","-"};
if(rd->at_end)return 1;
for(size_t q= 0;q<sizeof word/sizeof word[0];q++)
if(strcmp(rd->tok,word[q])==0)return 1;
return 0;
}

/*:158*//*160:*/
#line 482 "chapters/formats.w"

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

/*:160*//*161:*/
#line 505 "chapters/formats.w"

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

/*:161*//*163:*/
#line 531 "chapters/formats.w"

static int expect_after(lstm_reader*rd,const char*expected,
const char*after)
{
if(peek(rd)!=LSTM_OK||is_keyword(rd))return rd->status;
if(decimal(rd->tok))
return bad(rd,rd->tok_line,"expected %s after %s, found another number %s",
expected,after,shown(rd));

return bad(rd,rd->tok_line,"expected %s, found %s",expected,shown(rd));
}

/*:163*//*165:*/
#line 555 "chapters/formats.w"

static int read_network(lstm_reader*rd,lstm_net*net)
{
lstm_net shape;
lstm_block block[LSTM_MAX_BLOCKS];
size_t count,P;
long line;
char after[64];
memset(&shape,0,sizeof shape);
/*166:*/
#line 592 "chapters/formats.w"

if(keyword(rd,"inputs")!=LSTM_OK||
size_value(rd,"inputs",LSTM_MAX_DIM,&shape.m)!=LSTM_OK||
keyword(rd,"cells")!=LSTM_OK)return rd->status;
if(size_value(rd,"cells",LSTM_MAX_DIM,&shape.n)!=LSTM_OK)
return rd->status;
line= rd->tok_line;
shape.k= shape.n;
if(lstm_net_size(shape.m,shape.n,shape.k,LSTM_OUT_NONE,&P,NULL)
!=LSTM_OK)
return bad(rd,line,"expected at most %zu parameters, found inputs %zu "
"and cells %zu, which need more",(size_t)LSTM_MAX_PARAMS,shape.m,
shape.n);


/*:166*/
#line 565 "chapters/formats.w"
;
count= lstm_blocks(&shape,block);
if(read_blocks(rd,block,0,count)!=LSTM_OK)return rd->status;
after_block(after,sizeof after,&block[count-1]);
if(expect_after(rd,"'outputs' or the end of the file",after)!=LSTM_OK)
return rd->status;
if(!rd->at_end){
/*167:*/
#line 607 "chapters/formats.w"

if(keyword(rd,"outputs")!=LSTM_OK)return rd->status;
line= rd->tok_line;
if(size_value(rd,"outputs",LSTM_MAX_DIM,&shape.k)!=LSTM_OK||
peek(rd)!=LSTM_OK)return rd->status;
if(strcmp(rd->tok,"l2")==0)shape.output= LSTM_OUT_L2;
else if(strcmp(rd->tok,"softmax")==0)shape.output= LSTM_OUT_SOFTMAX;
else return bad(rd,rd->tok_line,"expected 'l2' or 'softmax', found %s",
shown(rd));

take(rd);
if(lstm_net_size(shape.m,shape.n,shape.k,shape.output,&P,NULL)
!=LSTM_OK)
return bad(rd,line,"expected at most %zu parameters, found an output "
"layer of %zu that needs more",(size_t)LSTM_MAX_PARAMS,shape.k);

/*:167*/
#line 573 "chapters/formats.w"
;
count= lstm_blocks(&shape,block);
if(read_blocks(rd,block,3,count)!=LSTM_OK)return rd->status;
after_block(after,sizeof after,&block[count-1]);
if(expect_after(rd,"the end of the file",after)!=LSTM_OK)
return rd->status;
if(!rd->at_end)
return bad(rd,rd->tok_line,"expected the end of the file, found %s",
shown(rd));

}
/*171:*/
#line 663 "chapters/formats.w"

{
int status= lstm_net_init(net,shape.m,shape.n,shape.k,shape.output,
rd->err);
if(status!=LSTM_OK)return rd->status= status;
memcpy(net->theta,rd->v,net->P*sizeof*net->theta);
}

/*:171*/
#line 584 "chapters/formats.w"
;
return LSTM_OK;
}

/*:165*//*169:*/
#line 630 "chapters/formats.w"

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

/*:169*//*170:*/
#line 651 "chapters/formats.w"

static void after_block(char*after,size_t size,const lstm_block*block)
{
size_t count= block->rows*block->cols;
snprintf(after,size,"the %zu number%s of %s",count,count==1?"":"s",
block->name);
}

/*:170*//*173:*/
#line 682 "chapters/formats.w"

int lstm_model_load(FILE*f,const char*name,lstm_net*net,
lstm_error*err)
{
lstm_reader rd;
memset(net,0,sizeof*net);
reader_open(&rd,f,name,err);
if(keyword(&rd,"lstm-model")==LSTM_OK&&version(&rd)==LSTM_OK)
read_network(&rd,net);
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
fclose(f);
return status;
}

/*:173*//*175:*/
#line 713 "chapters/formats.w"

static int version(lstm_reader*rd)
{
if(peek(rd)!=LSTM_OK)return rd->status;
if(rd->at_end||strcmp(rd->tok,"1")!=0)
return bad(rd,rd->tok_line,"expected version 1, found %s",shown(rd));

take(rd);
return LSTM_OK;
}

/*:175*//*176:*/
#line 727 "chapters/formats.w"

static FILE*open_input(const char*path,lstm_error*err)
{
FILE*f;
errno= 0;
if(!(f= fopen(path,"rb"))){
int e= errno;
lstm_fail_at(err,LSTM_EIO,path,0,"cannot open the file: %s",
e?strerror(e):"unknown reason");

}
return f;
}

/*:176*//*178:*/
#line 754 "chapters/formats.w"

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
fclose(f);
return status;
}

/*:178*//*180:*/
#line 810 "chapters/formats.w"

int lstm_data_load(FILE*f,const char*name,const lstm_net*net,
lstm_data*data,lstm_error*err)
{
lstm_reader rd;
size_t m= 0,k= 0;
lstm_data_init(data,0,0);
reader_open(&rd,f,name,err);
if(keyword(&rd,"lstm-seq")==LSTM_OK&&version(&rd)==LSTM_OK){
/*181:*/
#line 842 "chapters/formats.w"

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


/*:181*/
#line 820 "chapters/formats.w"
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
fclose(f);
return status;
}

/*:180*//*183:*/
#line 866 "chapters/formats.w"

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
/*184:*/
#line 894 "chapters/formats.w"

{
char what[96];
snprintf(what,sizeof what,"the inputs of step t=%zu of sequence %zu",t,
number_of);
if(numbers(rd,data->m,what)!=LSTM_OK||peek(rd)!=LSTM_OK)
return rd->status;
if(!rd->at_end&&strcmp(rd->tok,"-")==0){
take(rd);
for(size_t l= 0;l<data->k;l++)
if(push(rd,0)!=LSTM_OK)return rd->status;
if(push_flag(rd,0)!=LSTM_OK)return rd->status;
}else{
snprintf(what,sizeof what,"the targets of step t=%zu of sequence %zu",t,
number_of);
if(numbers(rd,data->k,what)!=LSTM_OK||push_flag(rd,1)!=LSTM_OK)
return rd->status;
}
}

/*:184*/
#line 884 "chapters/formats.w"
;
/*185:*/
#line 919 "chapters/formats.w"

{
const size_t m= data->m,k= data->k;
int status= lstm_data_add(data,T,&seq,rd->err);
if(status!=LSTM_OK)return rd->status= status;
for(size_t t= 0;t<T;t++){
memcpy(seq->x+t*m,rd->v+t*(m+k),m*sizeof*seq->x);
memcpy(seq->y+t*k,rd->v+t*(m+k)+m,k*sizeof*seq->y);
seq->has_y[t]= rd->flag[t];
}
}

/*:185*/
#line 885 "chapters/formats.w"
;
(void)peek(rd);
return rd->status;
}

/*:183*//*186:*/
#line 931 "chapters/formats.w"

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

/*:186*//*189:*/
#line 973 "chapters/formats.w"

static void write_network(FILE*f,const lstm_net*net)
{
lstm_block block[LSTM_MAX_BLOCKS];
size_t count= lstm_blocks(net,block);
fprintf(f,"inputs %zu\ncells %zu\n",net->m,net->n);
for(size_t q= 0;q<count;q++){
if(q==3)
fprintf(f,"outputs %zu %s\n",net->k,
net->output==LSTM_OUT_SOFTMAX?"softmax":"l2");
fprintf(f,"%s\n",block[q].name);
for(size_t r= 0;r<block[q].rows;r++)
write_row(f,net->theta+block[q].offset+r*block[q].cols,
block[q].cols);
}
}

static void write_row(FILE*f,const double*v,size_t count)
{
for(size_t l= 0;l<count;l++)
fprintf(f,"%s%.17g%s",l%8==0?"  ":" ",v[l],
l%8==7||l+1==count?"\n":"");
}

static int written(FILE*f,lstm_error*err)
{
if(ferror(f))
return lstm_fail(err,LSTM_EIO,"error writing the file");

return LSTM_OK;
}

/*:189*//*190:*/
#line 1005 "chapters/formats.w"

int lstm_model_write(FILE*f,const lstm_net*net,lstm_error*err)
{
fprintf(f,"lstm-model 1\n");
write_network(f,net);
return written(f,err);
}

int lstm_grad_write(FILE*f,const lstm_net*grad,const char*method,
double loss,lstm_error*err)
{
fprintf(f,"lstm-grad 1\nmethod %s\nloss %.17g\n",method,loss);
write_network(f,grad);
return written(f,err);
}

/*:190*//*191:*/
#line 1024 "chapters/formats.w"

int lstm_data_write(FILE*f,const lstm_data*data,lstm_error*err)
{
fprintf(f,"lstm-seq 1\ninputs %zu\ntargets %zu\n",data->m,data->k);
for(size_t s= 0;s<data->count;s++){
const lstm_seq*seq= &data->seq[s];
fprintf(f,"sequence %zu\n",seq->T);
for(size_t t= 0;t<seq->T;t++){
for(size_t l= 0;l<seq->m;l++)
fprintf(f," %.17g",seq->x[t*seq->m+l]);
fprintf(f,"  ");
if(!seq->has_y[t])fprintf(f," -");
else for(size_t l= 0;l<seq->k;l++)
fprintf(f," %.17g",seq->y[t*seq->k+l]);
fputc('\n',f);
}
}
return written(f,err);
}
#line 1 "chapters/command.w"
/*:191*/
#line 165 "chapters/intro.w"


/*:8*/
