/*364:*/
#line 13 "chapters/command.w"

#define _POSIX_C_SOURCE 200809L 
#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <math.h> 
/*324:*/
#line 604 "chapters/training.w"

typedef struct{
int terminal;
FILE*curve;
}train_report;
static int cmd_train(int argc,char**argv);
static int train_usage(const char*fmt,const char*arg);
static void train_progress(const lstm_train_status*st,void*ctx);
static int write_model_atomically(const char*path,const lstm_net*net);
#include <unistd.h> 

/*:324*//*354:*/
#line 454 "chapters/speed.w"

#define BENCH_LIST_MAX 16
static int cmd_bench(int argc,char**argv);
static int read_size_list(const char*what,const char*text,size_t max,
size_t list[BENCH_LIST_MAX],size_t*count);
static int bench_method(const lstm_method*meth,long param,
const size_t*cells,size_t ncells,const size_t*steps,size_t nsteps);

/*:354*//*366:*/
#line 33 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:366*//*373:*/
#line 128 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:373*//*375:*/
#line 170 "chapters/command.w"

typedef struct lstm_options{
const char*model,*seq;
const char*method;
double eps;
}lstm_options;
#define WITH_METHOD 1
#define WITH_EPS 2
static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt);
static int usage_error(const char*cmd,const char*fmt,const char*what);

/*:375*//*379:*/
#line 250 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param);

/*:379*//*381:*/
#line 273 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err);

/*:381*//*384:*/
#line 305 "chapters/command.w"

static int cmd_forward(int argc,char**argv);
static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:384*//*389:*/
#line 394 "chapters/command.w"

static int cmd_grad(int argc,char**argv);

/*:389*//*392:*/
#line 464 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv);
static int print_check(const lstm_options*opt,const lstm_check*res);

/*:392*/
#line 19 "chapters/command.w"

/*325:*/
#line 619 "chapters/training.w"

static int cmd_train(int argc,char**argv)
{
lstm_train_config cfg;
lstm_train_status st;
lstm_net net;
lstm_error err;
const char*task= NULL,*out= NULL,*curve= NULL;
train_report progress;
int status,terminal;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
/*326:*/
#line 665 "chapters/training.w"

printf("usage: lstm train --task lag|reber|adding [--method M] [--lag p]\n"
"         [--seed S] [--cells N] [--lr R] [--optimizer sgd|momentum|adam]\n"
"         [--clip C] [--max-sequences N] [--out FILE] [--curve FILE]\n"
"Train a network on a task of Hochreiter and Schmidhuber (1997) until\n"
"it meets the paper's success criterion or the budget is spent; print\n"
"one summary line, and write the model to FILE if asked.\n");

/*:326*/
#line 631 "chapters/training.w"
;
return 0;
}
for(int a= 0;a+1<argc;a++)
if(strcmp(argv[a],"--task")==0)task= argv[a+1];
if(!task)return train_usage("lstm train: --task is required%s","");
cfg= lstm_train_defaults(task);
for(int a= 0;a<argc;a+= 2)
/*327:*/
#line 676 "chapters/training.w"

{
const char*opt= argv[a],*val= a+1<argc?argv[a+1]:NULL;
char*end= NULL;
if(!val)return train_usage("lstm train: %s needs a value",opt);
if(strcmp(opt,"--task")==0)continue;
else if(strcmp(opt,"--method")==0)cfg.method= val;
else if(strcmp(opt,"--out")==0)out= val;
else if(strcmp(opt,"--curve")==0)curve= val;
else if(strcmp(opt,"--optimizer")==0){
if(strcmp(val,"sgd")==0)cfg.optimizer= LSTM_SGD;
else if(strcmp(val,"momentum")==0)cfg.optimizer= LSTM_MOMENTUM;
else if(strcmp(val,"adam")==0)cfg.optimizer= LSTM_ADAM;
else return train_usage("lstm train: unknown optimiser '%s'",val);
}else if(strcmp(opt,"--lr")==0||strcmp(opt,"--clip")==0){
double v= strtod(val,&end);
if(end==val||*end||!isfinite(v)||v<0||
(v==0&&opt[2]=='l'))
return train_usage("lstm train: expected a positive number, found '%s'",
val);
if(opt[2]=='l')cfg.rate= v;else cfg.clip= v;
}else{
long long v= strtoll(val,&end,10);
if(end==val||*end||v<0)
return train_usage("lstm train: expected a whole number, found '%s'",
val);
if(strcmp(opt,"--lag")==0)cfg.length= (size_t)v;
else if(strcmp(opt,"--seed")==0)cfg.seed= (uint64_t)v;
else if(strcmp(opt,"--cells")==0)cfg.cells= (size_t)v;
else if(strcmp(opt,"--max-sequences")==0)cfg.max_sequences= (long)v;
else return train_usage("lstm train: unknown option '%s'",opt);
}
}

/*:327*/
#line 639 "chapters/training.w"
;
terminal= isatty(fileno(stderr));
progress.terminal= terminal;
progress.curve= NULL;
if(curve&&!(progress.curve= fopen(curve,"w"))){
fprintf(stderr,"%s: cannot write the learning curve\n",curve);

return 1;
}
cfg.report= terminal||progress.curve?train_progress:NULL;
cfg.ctx= &progress;
cfg.report_every= 100;
status= lstm_train_task(&cfg,&net,&st,&err);
if(terminal&&st.sequences> 0)fputc('\n',stderr);
if(progress.curve&&fclose(progress.curve)!=0&&status==LSTM_OK)
status= lstm_fail(&err,LSTM_EIO,"cannot write the learning curve");
if(status!=LSTM_OK){
lstm_net_free(&net);
return report(status,&err);
}
/*329:*/
#line 737 "chapters/training.w"

{
static const char*optname[3]= {"sgd","momentum","adam"};
printf("%s after %ld sequences: task %s length %zu method %s seed %llu "
"cells %zu optimizer %s lr %.17g clip %.17g loss %.17g measure %.17g "
"seconds %.17g",st.solved?"solved":"not solved",st.sequences,
cfg.task,cfg.length,cfg.method,(unsigned long long)cfg.seed,
cfg.cells,optname[cfg.optimizer],cfg.rate,cfg.clip,st.moving_loss,
st.measure,st.seconds);
if(strcmp(cfg.task,"lag")==0)
for(int q= 0;q<3&&status==LSTM_OK;q++){
static const int times[3]= {2,5,10};
double kept= 0;
status= lstm_retention(&net,cfg.length,times[q]*cfg.length,&kept,
&err);
printf(" retention%dp %.17g",times[q],kept);
}
printf("\n");
if(status!=LSTM_OK)status= report(status,&err);
}

/*:329*/
#line 659 "chapters/training.w"
;
if(status==LSTM_OK&&out)status= write_model_atomically(out,&net);
lstm_net_free(&net);
return status;
}

/*:325*//*328:*/
#line 710 "chapters/training.w"

static int train_usage(const char*fmt,const char*arg)
{
fprintf(stderr,fmt,arg);
fprintf(stderr,"; try 'lstm train --help'\n");


return 2;
}

static void train_progress(const lstm_train_status*st,void*ctx)
{
const train_report*r= ctx;
if(r->terminal){
fprintf(stderr,"\r%ld sequences, moving loss %.4g, measure %.3g, "
"%.0f sequences/s   ",st->sequences,st->moving_loss,st->measure,
st->seconds> 0?st->sequences/st->seconds:0.0);
fflush(stderr);
}
if(r->curve)
fprintf(r->curve,"%ld %.17g %.17g\n",st->sequences,st->moving_loss,
st->measure);
}

/*:328*//*330:*/
#line 762 "chapters/training.w"

static int write_model_atomically(const char*path,const lstm_net*net)
{
char tmp[LSTM_NAME_MAX+8];
FILE*f;
lstm_error err;
int status;
lstm_error_clear(&err);
if(strlen(path)>=LSTM_NAME_MAX){
fprintf(stderr,"lstm train: the file name is too long\n");
return 2;
}
snprintf(tmp,sizeof tmp,"%s.tmp",path);
if(!(f= fopen(tmp,"w"))){
fprintf(stderr,"%s: cannot write the model\n",tmp);

return 1;
}
status= lstm_model_write(f,net,&err);
if(fclose(f)!=0&&status==LSTM_OK)
status= lstm_fail(&err,LSTM_EIO,"cannot write the model");
if(status==LSTM_OK&&rename(tmp,path)!=0)
status= lstm_fail(&err,LSTM_EIO,"cannot rename %s to %s",tmp,path);
if(status!=LSTM_OK){
remove(tmp);
return report(status,&err);
}
return 0;
}

/*:330*//*355:*/
#line 466 "chapters/speed.w"

static int cmd_bench(int argc,char**argv)
{
const lstm_method*meth[BENCH_LIST_MAX];
long param[BENCH_LIST_MAX];
size_t nmeth= 0,cells[BENCH_LIST_MAX]= {8,16,32,64},ncells= 4,
steps[BENCH_LIST_MAX]= {10,20,40},nsteps= 3;
const char*methods= NULL;
if(wants_help(argc,argv)){
printf("usage: lstm bench [--method LIST] [--cells LIST] [--steps LIST]\n"
"Time the gradient of each method (all methods unless given; tbptt\n"
"as tbptt:10) on networks of n cells and n inputs for every n of\n"
"--cells (8,16,32,64) and sequences of every length T of --steps\n"
"(10,20,40); print the median time per step in microseconds and\n"
"the working storage in bytes, then the exponents of time in n\n"
"and of memory in T fitted by least squares. Lists are separated\n"
"by commas.\n");
return 0;
}
/*356:*/
#line 496 "chapters/speed.w"

for(int a= 0;a<argc;a++){
const char*arg= argv[a],*eq= strchr(arg,'=');
size_t len= eq?(size_t)(eq-arg):strlen(arg);
const char*val= eq?eq+1:a+1<argc?argv[a+1]:NULL;
int status= 0;
if(strncmp(arg,"--",2)!=0||!((len==8&&
strncmp(arg,"--method",8)==0)||(len==7&&
(strncmp(arg,"--cells",7)==0||strncmp(arg,"--steps",7)==0))))
return usage_error("bench","unknown argument '%s'",arg);
if(!val)return usage_error("bench","expected a value after '%s'",arg);
if(!eq)a++;
if(arg[2]=='m')methods= val;
else if(arg[2]=='c')
status= read_size_list("--cells",val,LSTM_MAX_DIM,cells,&ncells);
else status= read_size_list("--steps",val,LSTM_MAX_PARAMS,steps,
&nsteps);
if(status!=0)return status;
}

/*:356*/
#line 485 "chapters/speed.w"
;
/*357:*/
#line 516 "chapters/speed.w"

if(methods){
char spec[LSTM_NAME_MAX];
for(const char*p= methods;;){
size_t len= strcspn(p,",");
if(nmeth==BENCH_LIST_MAX||len==0||len>=sizeof spec)
return usage_error("bench","expected a list of at most 16 methods "
"separated by commas, found '%s'",methods);

memcpy(spec,p,len);
spec[len]= '\0';
if(!(meth[nmeth]= find_method("bench",spec,&param[nmeth])))return 2;
nmeth++;
if(p[len]=='\0')break;
p+= len+1;
}
}else
for(const lstm_method*mt;nmeth<BENCH_LIST_MAX&&
(mt= lstm_method_at(nmeth))!=NULL;nmeth++){
meth[nmeth]= mt;
param[nmeth]= mt->takes_param?10:0;
}

/*:357*/
#line 486 "chapters/speed.w"
;
printf("lstm-bench 1\n# method cells steps runs us-per-step work-bytes\n");
for(size_t q= 0;q<nmeth;q++){
int status= bench_method(meth[q],param[q],cells,ncells,steps,
nsteps);
if(status!=0)return status;
}
return 0;
}

/*:355*//*358:*/
#line 542 "chapters/speed.w"

static int read_size_list(const char*what,const char*text,size_t max,
size_t list[BENCH_LIST_MAX],size_t*count)
{
const char*p= text;
*count= 0;
for(;;){
char*end;
unsigned long long v;
if(*p<'0'||*p> '9'||*count==BENCH_LIST_MAX||
(v= strtoull(p,&end,10),v<1||v> max)||
(*end!=','&&*end!='\0')){
fprintf(stderr,"lstm bench: expected after %s a list of at most %d "
"whole numbers from 1 to %zu separated by commas, found '%s'; "
"try 'lstm bench --help'\n",what,BENCH_LIST_MAX,max,text);

return 2;
}
list[(*count)++]= (size_t)v;
if(*end=='\0')return 0;
p= end+1;
}
}

/*:358*//*359:*/
#line 570 "chapters/speed.w"

static int bench_method(const lstm_method*meth,long param,
const size_t*cells,size_t ncells,const size_t*steps,size_t nsteps)
{
double secs[BENCH_LIST_MAX][BENCH_LIST_MAX],
bytes[BENCH_LIST_MAX][BENCH_LIST_MAX];
char name[LSTM_NAME_MAX];
lstm_error err;
lstm_error_clear(&err);
snprintf(name,sizeof name,meth->takes_param?"%s:%ld":"%s",
meth->name,param);
for(size_t c= 0;c<ncells;c++)
for(size_t s= 0;s<nsteps;s++){
lstm_bench_result res;
int status= lstm_bench(meth,param,cells[c],steps[s],&res,&err);
if(status!=LSTM_OK)return report(status,&err);
printf("%s %zu %zu %zu %.17g %zu\n",name,res.n,res.T,res.runs,
1e6*res.seconds_per_step,res.work_bytes);
fflush(stdout);
secs[c][s]= res.seconds_per_step;
bytes[c][s]= (double)res.work_bytes;
}
/*360:*/
#line 596 "chapters/speed.w"

{
double x[BENCH_LIST_MAX],y[BENCH_LIST_MAX];
if(ncells> 1)
for(size_t s= 0;s<nsteps;s++){
for(size_t c= 0;c<ncells;c++){
x[c]= (double)cells[c];y[c]= secs[c][s];
}
printf("time-exponent %s steps %zu %.17g\n",name,steps[s],
lstm_fit_exponent(x,y,ncells));
}
if(nsteps> 1)
for(size_t c= 0;c<ncells;c++){
for(size_t s= 0;s<nsteps;s++){
x[s]= (double)steps[s];y[s]= bytes[c][s];
}
printf("memory-exponent %s cells %zu %.17g\n",name,cells[c],
lstm_fit_exponent(x,y,nsteps));
}
}

/*:360*/
#line 592 "chapters/speed.w"
;
return 0;
}

/*:359*//*371:*/
#line 101 "chapters/command.w"

static int report(int status,const lstm_error*err)
{
if(err->file[0]&&err->line> 0)
fprintf(stderr,"%s:%ld: %s\n",err->file,err->line,err->msg);
else if(err->file[0])
fprintf(stderr,"%s: %s\n",err->file,err->msg);
else
fprintf(stderr,"lstm: %s\n",err->msg);
return status==LSTM_EUSAGE?2:1;
}

static int wants_help(int argc,char**argv)
{
for(int a= 0;a<argc;a++)
if(strcmp(argv[a],"--help")==0||strcmp(argv[a],"-h")==0)
return 1;
return 0;
}

/*:371*//*374:*/
#line 131 "chapters/command.w"

static int cmd_example(int argc,char**argv)
{
lstm_error err;
int status,tex= 0;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
printf("usage: lstm example [--tex]\n"
"Run the two-step worked example and print every value of the\n"
"forward and backward pass, the gradient and one SGD step\n"
"(learning rate 0.1), one value per line; with --tex, print the\n"
"book's tables instead.\n");
return 0;
}
for(int a= 0;a<argc;a++)
if(strcmp(argv[a],"--tex")==0)tex= 1;
else{
fprintf(stderr,"lstm example: unknown argument '%s'\n",argv[a]);

return 2;
}
status= lstm_example_report(stdout,tex,&err);
return status==LSTM_OK?0:report(status,&err);
}

/*:374*//*376:*/
#line 186 "chapters/command.w"

static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt)
{
int files= 0;
opt->model= opt->seq= NULL;
opt->method= "bptt";
opt->eps= LSTM_FD_STEP;
for(int a= 0;a<argc;a++){
const char*arg= argv[a];
if(strncmp(arg,"--",2)==0&&arg[2]!='\0'){
/*377:*/
#line 210 "chapters/command.w"

{
const char*eq= strchr(arg,'=');
size_t len= eq?(size_t)(eq-arg):strlen(arg);
const char*val= eq?eq+1:a+1<argc?argv[a+1]:NULL;
int is_method= len==8&&strncmp(arg,"--method",8)==0;
int is_eps= len==5&&strncmp(arg,"--eps",5)==0;
char*end;
if(!((is_method&&(with&WITH_METHOD))||(is_eps&&(with&WITH_EPS))))
return usage_error(cmd,"unknown option '%s'",arg);

if(!val)return usage_error(cmd,"expected a value after '%s'",arg);

if(!eq)a++;
if(is_method)opt->method= val;
else{
opt->eps= strtod(val,&end);
if(end==val||*end!='\0'||!isfinite(opt->eps)||!(opt->eps> 0))
return usage_error(cmd,
"expected a positive number after --eps, found '%s'",val);

}
}

/*:377*/
#line 197 "chapters/command.w"
;
}else if(files==0)opt->model= arg,files++;
else if(files==1)opt->seq= arg,files++;
else return usage_error(cmd,"expected two files, MODEL and SEQ, "
"found another argument '%s'",arg);

}
if(files<2)
return usage_error(cmd,"expected two files, MODEL and SEQ, found %s",
files==0?"none":"only one");
return 0;
}

/*:376*//*378:*/
#line 237 "chapters/command.w"

static int usage_error(const char*cmd,const char*fmt,const char*what)
{
fprintf(stderr,"lstm %s: ",cmd);
fprintf(stderr,fmt,what);
fprintf(stderr,"; try 'lstm %s --help'\n",cmd);
return 2;
}

/*:378*//*380:*/
#line 254 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param)
{
lstm_error err;
const lstm_method*meth;
lstm_error_clear(&err);
if((meth= lstm_method_find(spec,param,&err))!=NULL)return meth;
fprintf(stderr,"lstm %s: %s; the methods are",cmd,err.msg);
for(size_t r= 0;(meth= lstm_method_at(r))!=NULL;r++)
fprintf(stderr,"%s %s%s",r?",":"",meth->name,
meth->takes_param?":K":"");
fprintf(stderr,"\n");
return NULL;
}

/*:380*//*382:*/
#line 277 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err)
{
int status= lstm_model_read(opt->model,net,err);
if(status!=LSTM_OK)return status;
if((status= lstm_data_read(opt->seq,net,data,err))!=LSTM_OK)
lstm_net_free(net);
return status;
}

/*:382*//*385:*/
#line 310 "chapters/command.w"

static int cmd_forward(int argc,char**argv)
{
lstm_options opt;
lstm_net net;
lstm_data data;
lstm_error err;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
printf("usage: lstm forward MODEL SEQ\n"
"Run the model over every sequence of SEQ and print, for every step,\n"
"the cell output and (with an output layer) the prediction, then the\n"
"loss summed over the file. See the book for the file formats.\n");
return 0;
}
if((status= parse_options("forward",argc,argv,0,&opt))!=0)
return status;
if((status= load_files(&opt,&net,&data,&err))!=LSTM_OK)
return report(status,&err);
status= print_forward(&net,&data,&err);
lstm_net_free(&net);
lstm_data_free(&data);
return status==LSTM_OK?0:report(status,&err);
}

/*:385*//*386:*/
#line 338 "chapters/command.w"

static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err)
{
lstm_trace tr;
size_t longest= 1;
double loss= 0;
int status;
for(size_t s= 0;s<data->count;s++)
if(data->seq[s].T> longest)longest= data->seq[s].T;
if((status= lstm_trace_alloc(&tr,net,longest,err))!=LSTM_OK)
return status;
printf("lstm-forward 1\n");
for(size_t s= 0;s<data->count;s++){
const lstm_seq*seq= &data->seq[s];
loss+= lstm_forward(net,seq,&tr);
printf("sequence %zu\n",s+1);
for(size_t t= 0;t<seq->T;t++)
/*387:*/
#line 363 "chapters/command.w"

{
printf("step %zu out",t);
for(size_t j= 0;j<net->n;j++)printf(" %.17g",lstm_out(&tr,t)[j]);
if(net->output!=LSTM_OUT_NONE){
printf(" pred");
for(size_t r= 0;r<net->k;r++)
printf(" %.17g",lstm_pred(&tr,t)[r]);
}
printf("\n");
}

/*:387*/
#line 356 "chapters/command.w"
;
}
printf("loss %.17g\n",loss);
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:386*//*390:*/
#line 397 "chapters/command.w"

static int cmd_grad(int argc,char**argv)
{
lstm_options opt;
lstm_net net,grad;
lstm_data data;
lstm_error err;
const lstm_method*meth;
long param;
double loss;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
printf("usage: lstm grad [--method METHOD] MODEL SEQ\n"
"Print the gradient of the loss of SEQ with respect to every parameter\n"
"of MODEL, as an lstm-grad file. METHOD is bptt unless given;\n"
"an unknown METHOD gets the list of the methods.\n");
return 0;
}
if((status= parse_options("grad",argc,argv,WITH_METHOD,&opt))!=0)
return status;
if(!(meth= find_method("grad",opt.method,&param)))return 2;
if((status= load_files(&opt,&net,&data,&err))!=LSTM_OK)
return report(status,&err);
if((status= lstm_net_like(&grad,&net,&err))==LSTM_OK){
status= lstm_gradient(&net,&data,meth,param,&grad,&loss,NULL,
&err);
if(status==LSTM_OK)
status= lstm_grad_write(stdout,&grad,opt.method,loss,&err);
lstm_net_free(&grad);
}
lstm_net_free(&net);
lstm_data_free(&data);
return status==LSTM_OK?0:report(status,&err);
}

/*:390*//*393:*/
#line 468 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv)
{
lstm_options opt;
lstm_net net;
lstm_data data;
lstm_error err;
lstm_check res;
const lstm_method*meth;
long param;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
printf("usage: lstm gradcheck [--method METHOD] [--eps E] MODEL SEQ\n"
"Compare the gradient of METHOD (bptt unless given) with central\n"
"differences of step E (%g unless given, with Richardson\n"
"extrapolation) and print the largest absolute and relative error of\n"
"each block. Exit status 3 when a relative error exceeds %g.\n",
LSTM_FD_STEP,LSTM_CHECK_TOL);
return 0;
}
if((status= parse_options("gradcheck",argc,argv,
WITH_METHOD|WITH_EPS,&opt))!=0)return status;
if(!(meth= find_method("gradcheck",opt.method,&param)))return 2;
if(!meth->exact)
return usage_error("gradcheck","method %s does not compute the exact "
"gradient, so it cannot be checked",meth->name);

if((status= load_files(&opt,&net,&data,&err))!=LSTM_OK)
return report(status,&err);
status= lstm_gradcheck(&net,&data,meth,param,opt.eps,&res,&err);
lstm_net_free(&net);
lstm_data_free(&data);
if(status!=LSTM_OK)return report(status,&err);
return print_check(&opt,&res);
}

/*:393*//*394:*/
#line 505 "chapters/command.w"

static int print_check(const lstm_options*opt,const lstm_check*res)
{
size_t worst= 0;
printf("lstm-gradcheck 1\nmethod %s\neps %.17g\ntolerance %.17g\n",
opt->method,opt->eps,LSTM_CHECK_TOL);
for(size_t q= 0;q<res->blocks;q++){
printf("block %s abs %.17g rel %.17g\n",res->block[q].name,
res->block[q].max_abs,res->block[q].max_rel);
if(res->block[q].max_rel> res->block[worst].max_rel)worst= q;
}
if(res->max_rel<=LSTM_CHECK_TOL){
printf("result pass\n");
return 0;
}
printf("result fail\n");
fprintf(stderr,"lstm gradcheck: relative error %.3g in %s, above the "
"tolerance %g\n",res->block[worst].max_rel,res->block[worst].name,
LSTM_CHECK_TOL);

return 3;
}

/*:394*/
#line 20 "chapters/command.w"

/*367:*/
#line 42 "chapters/command.w"

static const lstm_command commands[]= {
/*323:*/
#line 601 "chapters/training.w"

{"train","train a network on a task of the 1997 paper",cmd_train},

/*:323*//*353:*/
#line 451 "chapters/speed.w"

{"bench","time the gradient methods and fit their growth",cmd_bench},

/*:353*//*372:*/
#line 125 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:372*//*383:*/
#line 301 "chapters/command.w"

{"forward","run a model over sequences; print outputs and loss",
cmd_forward},

/*:383*//*388:*/
#line 391 "chapters/command.w"

{"grad","print the gradient of the loss of sequences",cmd_grad},

/*:388*//*391:*/
#line 460 "chapters/command.w"

{"gradcheck","check a method's gradient against central differences",
cmd_gradcheck},

/*:391*/
#line 44 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:367*/
#line 21 "chapters/command.w"

/*368:*/
#line 52 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*369:*/
#line 80 "chapters/command.w"

{
FILE*f= argc<2?stderr:stdout;
fprintf(f,"usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
for(size_t c= 0;c<command_count;c++)
fprintf(f,"  %-10s %s\n",commands[c].name,commands[c].summary);
fprintf(f,"\n'lstm COMMAND --help' describes a command; "
"'lstm --version' prints the version.\n");
}

/*:369*/
#line 58 "chapters/command.w"
;
return argc<2?2:0;
}
if(strcmp(argv[1],"--version")==0){
printf("lstm %s\n",LSTM_VERSION);
return 0;
}
for(size_t c= 0;c<command_count;c++)
if(strcmp(argv[1],commands[c].name)==0){
status= commands[c].run(argc-2,argv+2);
/*370:*/
#line 90 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:370*/
#line 68 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:368*/
#line 22 "chapters/command.w"


/*:364*/
