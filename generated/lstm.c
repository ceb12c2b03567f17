/*8:*/
#line 155 "chapters/intro.w"

#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <stdarg.h> 
#include <stdint.h> 
#include <math.h> 
/*15:*/
#line 252 "chapters/intro.w"

static int mul_size(size_t a,size_t b,size_t*r);
static int add_size(size_t a,size_t b,size_t*r);

/*:15*//*17:*/
#line 275 "chapters/intro.w"

static double*alloc_doubles(size_t count);

/*:17*//*38:*/
#line 271 "chapters/forward.w"

static double sigmoid(double x);

/*:38*//*102:*/
#line 95 "chapters/gradcheck.w"

static int central_difference(lstm_net*probe,const lstm_data*data,
size_t k,double h,double*d,lstm_error*err);

/*:102*//*117:*/
#line 29 "chapters/example.w"

static const double example_W[8]= 
{0.45,0.25,0.95,0.80,0.70,0.45,0.60,0.40};
static const double example_U[4]= {0.15,0.80,0.10,0.25};
static const double example_b[4]= {0.20,0.65,0.15,0.10};
static const double example_x[4]= {1.0,2.0,0.5,3.0};
static const double example_y[2]= {0.5,1.25};

/*:117*//*126:*/
#line 164 "chapters/example.w"

static void print_blocks(FILE*f,const char*prefix,const char*suffix,
const lstm_net*net);

/*:126*//*128:*/
#line 192 "chapters/example.w"

static const double published[2][6]= {
{0.81775,0.96083,0.85195,0.81757,0.78572,0.53631},
{0.84980,0.98118,0.87030,0.84993,1.5176,0.77197}};

/*:128*//*129:*/
#line 201 "chapters/example.w"

static int rounds_to(double v,double pub,int decimals);

/*:129*//*143:*/
#line 140 "chapters/tbptt.w"

static int tbptt_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:143*//*165:*/
#line 345 "chapters/rtrl.w"

static int rtrl_run(const lstm_net*net,const lstm_seq*seq,int kind,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);
static int rtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:165*//*174:*/
#line 81 "chapters/irtrl.w"

static void update_row(double*y,const double*v,size_t len,double keep,
double coef);

/*:174*//*178:*/
#line 144 "chapters/irtrl.w"

static int irtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err);

/*:178*/
#line 162 "chapters/intro.w"

/*12:*/
#line 201 "chapters/intro.w"

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
#line 236 "chapters/intro.w"

void lstm_error_clear(lstm_error*err)
{
if(err){
err->file[0]= '\0';
err->line= 0;
err->msg[0]= '\0';
}
}

/*:14*//*16:*/
#line 256 "chapters/intro.w"

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
#line 278 "chapters/intro.w"

static double*alloc_doubles(size_t count)
{
size_t bytes;
if(count==0)count= 1;
if(!mul_size(count,sizeof(double),&bytes))return NULL;
return calloc(count,sizeof(double));
}
#line 1 "chapters/forward.w"
/*:18*//*25:*/
#line 94 "chapters/forward.w"

int lstm_net_init(lstm_net*net,size_t m,size_t n,size_t k,int output,
lstm_error*err)
{
size_t P,rows;
memset(net,0,sizeof*net);
if(output==LSTM_OUT_NONE)k= n;
/*26:*/
#line 121 "chapters/forward.w"

{
size_t cols,a,extra= 0;
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
!mul_size(rows,cols,&P)||
(output!=LSTM_OUT_NONE&&
(!add_size(n,1,&a)||!mul_size(k,a,&extra)))||
!add_size(P,extra,&P)||P> LSTM_MAX_PARAMS)
return lstm_fail(err,LSTM_EDATA,
"the network would have more than %zu parameters",
(size_t)LSTM_MAX_PARAMS);

}

/*:26*/
#line 101 "chapters/forward.w"
;
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

/*:25*//*27:*/
#line 146 "chapters/forward.w"

void lstm_net_free(lstm_net*net)
{
if(!net)return;
free(net->theta);
memset(net,0,sizeof*net);
}

/*:27*//*29:*/
#line 162 "chapters/forward.w"

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
#line 195 "chapters/forward.w"

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
#line 231 "chapters/forward.w"

void lstm_step(const lstm_net*net,const double*x,const double*out_prev,
const double*state_prev,double*g,double*state,double*out)
{
const size_t m= net->m,n= net->n;
double*a= g,*i= g+n,*f= g+2*n,*o= g+3*n;
size_t j;
/*36:*/
#line 248 "chapters/forward.w"

for(size_t r= 0;r<4*n;r++){
const double*w= net->W+r*m,*u= net->U+r*n;
double sum= net->b[r];
for(size_t l= 0;l<m;l++)sum+= w[l]*x[l];
for(size_t l= 0;l<n;l++)sum+= u[l]*out_prev[l];
g[r]= sum;
}

/*:36*/
#line 238 "chapters/forward.w"
;
/*37:*/
#line 263 "chapters/forward.w"

for(j= 0;j<n;j++){
a[j]= tanh(a[j]);
i[j]= sigmoid(i[j]);
f[j]= sigmoid(f[j]);
o[j]= sigmoid(o[j]);
}

/*:37*/
#line 239 "chapters/forward.w"
;
/*40:*/
#line 287 "chapters/forward.w"

for(j= 0;j<n;j++){
state[j]= a[j]*i[j]+f[j]*state_prev[j];
out[j]= tanh(state[j])*o[j];
}

/*:40*/
#line 240 "chapters/forward.w"
;
}

/*:35*//*39:*/
#line 274 "chapters/forward.w"

static double sigmoid(double x)
{
return 1.0/(1.0+exp(-x));
}

/*:39*//*43:*/
#line 326 "chapters/forward.w"

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
#line 365 "chapters/forward.w"

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
#line 346 "chapters/forward.w"
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
#line 376 "chapters/forward.w"

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
#line 432 "chapters/forward.w"

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
#line 486 "chapters/forward.w"

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
#line 523 "chapters/forward.w"

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
#line 554 "chapters/forward.w"

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
#line 543 "chapters/forward.w"
;
return loss;
}

/*:52*//*55:*/
#line 585 "chapters/forward.w"

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
#line 622 "chapters/forward.w"

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
#line 648 "chapters/forward.w"

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
/*:59*//*80:*/
#line 65 "chapters/bptt.w"

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
const double*a= g,*i= g+n,*f= g+2*n,*o= g+3*n;
double*dg= lstm_dgates(tr,t),*dout= lstm_dout(tr,t),
*dstate= lstm_dstate(tr,t);
/*81:*/
#line 100 "chapters/bptt.w"

memcpy(dout,Dout,n*sizeof*dout);
if(seq->has_y[t])
lstm_output_backward(net,lstm_out(tr,t),lstm_pred(tr,t),
seq->y+t*seq->k,dout,grad,tr->e);

/*:81*/
#line 86 "chapters/bptt.w"
;
/*82:*/
#line 119 "chapters/bptt.w"

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

/*:82*/
#line 87 "chapters/bptt.w"
;
/*83:*/
#line 138 "chapters/bptt.w"

{
const int boundary= window> 0&&t%window==0;
if(cut||boundary)memset(Dout,0,n*sizeof*Dout);
else lstm_mat_tvec(net->U,4*n,n,dg,Dout);
for(size_t j= 0;j<n;j++)carry[j]= boundary?0:dstate[j]*f[j];
}

/*:83*/
#line 89 "chapters/bptt.w"
;
}
/*86:*/
#line 177 "chapters/bptt.w"

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

/*:86*/
#line 92 "chapters/bptt.w"
;
}

/*:80*//*85:*/
#line 156 "chapters/bptt.w"

void lstm_mat_tvec(const double*A,size_t rows,size_t cols,
const double*v,double*result)
{
memset(result,0,cols*sizeof*result);
for(size_t r= 0;r<rows;r++){
const double*row= A+r*cols;
for(size_t l= 0;l<cols;l++)result[l]+= row[l]*v[r];
}
}

/*:85*//*88:*/
#line 221 "chapters/bptt.w"

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

/*:88*//*89:*/
#line 239 "chapters/bptt.w"

static const lstm_method method_table[]= {
/*90:*/
#line 244 "chapters/bptt.w"

{"bptt",1,0,bptt_grad,
"backpropagation through time: the exact gradient"},

/*:90*//*145:*/
#line 169 "chapters/tbptt.w"

{"tbptt",0,1,tbptt_grad,
"truncated BPTT over windows of K steps (tbptt:K)"},
#line 1 "chapters/rtrl.w"
/*:145*//*167:*/
#line 377 "chapters/rtrl.w"

{"rtrl",1,0,rtrl_grad,
"real-time recurrent learning: the exact gradient, online"},

/*:167*//*180:*/
#line 156 "chapters/irtrl.w"

{"irtrl",0,0,irtrl_grad,
"the LSTM's internal, truncated RTRL (Hochreiter-Schmidhuber)"},

/*:180*/
#line 241 "chapters/bptt.w"

};

/*:89*//*92:*/
#line 259 "chapters/bptt.w"

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
/*93:*/
#line 284 "chapters/bptt.w"

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

/*:93*/
#line 280 "chapters/bptt.w"
;
return meth;
}

/*:92*//*95:*/
#line 315 "chapters/bptt.w"

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
/*:95*//*101:*/
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

/*:101*//*103:*/
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

/*:103*//*107:*/
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

/*:107*//*109:*/
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

/*:109*//*113:*/
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

/*:113*//*115:*/
#line 282 "chapters/gradcheck.w"

void lstm_net_randomize(lstm_net*net,lstm_rng*rng,double r)
{
for(size_t k= 0;k<net->P;k++)
net->theta[k]= lstm_rng_uniform(rng,-r,r);
}
#line 1 "chapters/example.w"
/*:115*//*119:*/
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

/*:119*//*121:*/
#line 73 "chapters/example.w"

void lstm_sgd(lstm_net*net,const lstm_net*grad,double rate)
{
for(size_t k= 0;k<net->P;k++)net->theta[k]-= rate*grad->theta[k];
}

/*:121*//*123:*/
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
/*124:*/
#line 122 "chapters/example.w"

for(size_t t= 0;t<2;t++){
lstm_mat_tvec(net.W,4,2,lstm_dgates(&tr,t),dx[t]);
lstm_mat_tvec(net.U,4,1,lstm_dgates(&tr,t),&dprev[t]);
}

/*:124*/
#line 107 "chapters/example.w"
;
if(tex)/*131:*/
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
/*132:*/
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

/*:132*/
#line 233 "chapters/example.w"
;
/*133:*/
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

/*:133*/
#line 234 "chapters/example.w"
;
}

/*:131*/
#line 108 "chapters/example.w"

else/*125:*/
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

/*:125*/
#line 109 "chapters/example.w"
;
lstm_trace_free(&tr);
free_grad:lstm_net_free(&grad);
free_net:lstm_net_free(&net);
lstm_data_free(&data);
return status;
}

/*:123*//*127:*/
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

/*:127*//*130:*/
#line 204 "chapters/example.w"

static int rounds_to(double v,double pub,int decimals)
{
double scale= pow(10.0,decimals);
return round(v*scale)==round(pub*scale);
}

/*:130*//*144:*/
#line 144 "chapters/tbptt.w"

static int tbptt_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
lstm_trace tr;
lstm_bptt_opts opts;
int status;
if(param<1)
return lstm_fail(err,LSTM_EUSAGE,
"method tbptt needs a window of at least one step");

if((status= lstm_trace_alloc(&tr,net,seq->T,err))!=LSTM_OK)
return status;
opts.window= (size_t)param;
opts.cut= 0;
*loss= lstm_forward(net,seq,&tr);
lstm_backward_opts(net,seq,&tr,grad,&opts);
if(st&&tr.bytes> st->work_bytes)st->work_bytes= tr.bytes;
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:144*//*156:*/
#line 160 "chapters/rtrl.w"

int lstm_rtrl_init(lstm_rtrl*r,const lstm_net*net,int kind,
lstm_error*err)
{
const size_t n= net->n,k= net->k;
size_t small= 9*n+2*k,big,count;
memset(r,0,sizeof*r);
if(kind!=LSTM_RTRL_EXACT&&kind!=LSTM_RTRL_INTERNAL)
return lstm_fail(err,LSTM_EUSAGE,"unknown RTRL kind %d",kind);

r->kind= kind;
r->m= net->m;r->n= n;r->k= k;r->output= net->output;
r->cols= 4*n*(net->m+n+1);
if(kind==LSTM_RTRL_INTERNAL)big= r->cols;
else if(!mul_size(3*n+4,r->cols,&big))big= SIZE_MAX;
if(!add_size(big,small,&count)||count> SIZE_MAX/sizeof(double)||
!(r->v= alloc_doubles(count)))
return lstm_fail(err,LSTM_ENOMEM,
"out of memory for the RTRL sensitivities of %zu parameters",r->cols);

r->bytes= count*sizeof(double);
/*157:*/
#line 185 "chapters/rtrl.w"

r->state[0]= r->v;r->state[1]= r->v+n;
r->out[0]= r->v+2*n;r->out[1]= r->v+3*n;
r->g= r->v+4*n;
r->Delta= r->v+8*n;
r->pred= r->v+9*n;
r->e= r->pred+k;
r->S= r->e+k;
if(kind==LSTM_RTRL_EXACT){
r->H= r->S+n*r->cols;
r->Hprev= r->H+n*r->cols;
r->G= r->Hprev+n*r->cols;
}

/*:157*/
#line 181 "chapters/rtrl.w"
;
return LSTM_OK;
}

/*:156*//*158:*/
#line 204 "chapters/rtrl.w"

void lstm_rtrl_reset(lstm_rtrl*r)
{
memset(r->v,0,r->bytes);
r->now= 0;
}

void lstm_rtrl_free(lstm_rtrl*r)
{
if(!r)return;
free(r->v);
memset(r,0,sizeof*r);
}

/*:158*//*159:*/
#line 230 "chapters/rtrl.w"

int lstm_rtrl_step(lstm_rtrl*r,const lstm_net*net,const double*x,
const double*y,lstm_net*grad,double*loss,lstm_error*err)
{
const size_t m= net->m,n= net->n,cols= r->cols;
const double*state_prev,*out_prev,*state,*out;
const double*a= r->g,*i= r->g+n,*f= r->g+2*n,
*o= r->g+3*n;
/*160:*/
#line 258 "chapters/rtrl.w"

if(net->m!=r->m||net->n!=r->n||net->k!=r->k||
net->output!=r->output||(grad&&grad->P!=net->P))
return lstm_fail(err,LSTM_EUSAGE,
"the network does not have the shape the RTRL object was made for");


/*:160*/
#line 238 "chapters/rtrl.w"
;
r->now= !r->now;
state_prev= r->state[!r->now];out_prev= r->out[!r->now];
state= r->state[r->now];out= r->out[r->now];
lstm_step(net,x,out_prev,state_prev,r->g,r->state[r->now],
r->out[r->now]);
if(r->kind==LSTM_RTRL_EXACT)
/*161:*/
#line 272 "chapters/rtrl.w"

{
double*swap= r->H;
r->H= r->Hprev;r->Hprev= swap;
for(size_t j= 0;j<n;j++){
/*162:*/
#line 289 "chapters/rtrl.w"

for(size_t q= 0;q<4;q++){
const size_t row= q*n+j;
double*G= r->G+q*cols;
const double*u= net->U+row*n;
memset(G,0,cols*sizeof*G);
for(size_t l= 0;l<n;l++){
const double*h= r->Hprev+l*cols;
for(size_t c= 0;c<cols;c++)G[c]+= u[l]*h[c];
}
for(size_t l= 0;l<m;l++)G[row*m+l]+= x[l];
for(size_t l= 0;l<n;l++)G[4*n*m+row*n+l]+= out_prev[l];
G[4*n*(m+n)+row]+= 1;
}

/*:162*/
#line 277 "chapters/rtrl.w"
;
/*163:*/
#line 311 "chapters/rtrl.w"

{
const double th= tanh(state[j]);
const double ca= i[j]*(1-a[j]*a[j]),ci= a[j]*i[j]*(1-i[j]),
cf= state_prev[j]*f[j]*(1-f[j]),cs= o[j]*(1-th*th),
co= th*o[j]*(1-o[j]);
const double*Ga= r->G,*Gi= Ga+cols,*Gf= Gi+cols,*Go= Gf+cols;
double*Sj= r->S+j*cols,*Hj= r->H+j*cols;
for(size_t c= 0;c<cols;c++){
Sj[c]= ca*Ga[c]+ci*Gi[c]+cf*Gf[c]+f[j]*Sj[c];
Hj[c]= cs*Sj[c]+co*Go[c];
}
}

/*:163*/
#line 278 "chapters/rtrl.w"
;
}
}

/*:161*/
#line 245 "chapters/rtrl.w"

else/*173:*/
#line 63 "chapters/irtrl.w"

{
static const double one= 1;
for(size_t row= 0;row<3*n;row++){
const size_t j= row%n;
const double coef= row<n?i[j]*(1-a[j]*a[j]):
row<2*n?a[j]*i[j]*(1-i[j]):
state_prev[j]*f[j]*(1-f[j]);
update_row(r->S+row*m,x,m,f[j],coef);
update_row(r->S+4*n*m+row*n,out_prev,n,f[j],coef);
update_row(r->S+4*n*(m+n)+row,&one,1,f[j],coef);
}
}

/*:173*/
#line 246 "chapters/rtrl.w"
;
*loss= lstm_output_forward(net,out,y,r->pred);
if(y&&grad){
memset(r->Delta,0,n*sizeof*r->Delta);
lstm_output_backward(net,out,r->pred,y,r->Delta,grad,r->e);
if(r->kind==LSTM_RTRL_EXACT)
/*164:*/
#line 330 "chapters/rtrl.w"

for(size_t j= 0;j<n;j++){
const double d= r->Delta[j],*Hj= r->H+j*cols;
for(size_t c= 0;c<cols;c++)grad->theta[c]+= d*Hj[c];
}

/*:164*/
#line 252 "chapters/rtrl.w"

else/*176:*/
#line 106 "chapters/irtrl.w"

{
static const double one= 1;
double*gr= grad->theta;
for(size_t row= 0;row<4*n;row++){
const size_t j= row%n,Wat= row*m,Uat= 4*n*m+row*n,
bat= 4*n*(m+n)+row;
const double th= tanh(state[j]);
if(row<3*n){
const double e= r->Delta[j]*o[j]*(1-th*th);
update_row(gr+Wat,r->S+Wat,m,1,e);
update_row(gr+Uat,r->S+Uat,n,1,e);
update_row(gr+bat,r->S+bat,1,1,e);
}else{
const double e= r->Delta[j]*th*o[j]*(1-o[j]);
update_row(gr+Wat,x,m,1,e);
update_row(gr+Uat,out_prev,n,1,e);
update_row(gr+bat,&one,1,1,e);
}
}
}

/*:176*/
#line 253 "chapters/rtrl.w"
;
}
return LSTM_OK;
}

/*:159*//*166:*/
#line 351 "chapters/rtrl.w"

static int rtrl_run(const lstm_net*net,const lstm_seq*seq,int kind,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
lstm_rtrl r;
int status= lstm_rtrl_init(&r,net,kind,err);
if(status!=LSTM_OK)return status;
*loss= 0;
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
double step_loss= 0;
status= lstm_rtrl_step(&r,net,seq->x+t*seq->m,
seq->has_y[t]?seq->y+t*seq->k:NULL,grad,&step_loss,err);
*loss+= step_loss;
}
if(st&&r.bytes> st->work_bytes)st->work_bytes= r.bytes;
lstm_rtrl_free(&r);
return status;
}

static int rtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
(void)param;
return rtrl_run(net,seq,LSTM_RTRL_EXACT,grad,loss,st,err);
}

/*:166*//*170:*/
#line 446 "chapters/rtrl.w"

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
#line 1 "chapters/irtrl.w"
/*:170*//*175:*/
#line 85 "chapters/irtrl.w"

static void update_row(double*y,const double*v,size_t len,double keep,
double coef)
{
for(size_t l= 0;l<len;l++)y[l]= keep*y[l]+coef*v[l];
}

/*:175*//*179:*/
#line 148 "chapters/irtrl.w"

static int irtrl_grad(const lstm_net*net,const lstm_seq*seq,long param,
lstm_net*grad,double*loss,lstm_stats*st,lstm_error*err)
{
(void)param;
return rtrl_run(net,seq,LSTM_RTRL_INTERNAL,grad,loss,st,err);
}

/*:179*/
#line 163 "chapters/intro.w"


/*:8*/
