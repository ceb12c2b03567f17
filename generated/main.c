/*432:*/
#line 13 "chapters/command.w"

#define _POSIX_C_SOURCE 200809L 
#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <math.h> 
/*391:*/
#line 794 "chapters/training.w"

typedef struct{
int terminal;
FILE*curve;
}train_report;
static int cmd_train(int argc,char**argv);
static int train_usage(const char*fmt,const char*arg);
static void train_progress(const lstm_train_status*st,void*ctx);
static int write_model_atomically(const char*path,const lstm_net*net);
#include <unistd.h> 

/*:391*//*421:*/
#line 461 "chapters/speed.w"

#define BENCH_LIST_MAX 16
static int cmd_bench(int argc,char**argv);
static int read_size_list(const char*what,const char*text,size_t max,
size_t list[BENCH_LIST_MAX],size_t*count);
static int bench_method(const lstm_method*meth,long param,
const size_t*cells,size_t ncells,const size_t*steps,size_t nsteps);

/*:421*//*434:*/
#line 33 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:434*//*441:*/
#line 128 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:441*//*443:*/
#line 170 "chapters/command.w"

typedef struct lstm_options{
const char*model,*seq;
const char*method;
double eps;
long seed;
int seed_given;
}lstm_options;
#define WITH_METHOD 1
#define WITH_EPS 2
#define WITH_SEED 4
static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt);
static int usage_error(const char*cmd,const char*fmt,const char*what);

/*:443*//*446:*/
#line 250 "chapters/command.w"

static long parse_seed(const char*val);

/*:446*//*448:*/
#line 267 "chapters/command.w"

static int method_seed(const char*cmd,const lstm_method*meth,
const lstm_options*opt,long*param);

/*:448*//*451:*/
#line 299 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param);

/*:451*//*453:*/
#line 322 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err);

/*:453*//*455:*/
#line 342 "chapters/command.w"

typedef int lstm_file_work(const lstm_net*net,const lstm_data*data,
lstm_error*err);
static int with_files(const char*cmd,const char*help,int argc,
char**argv,lstm_file_work*work);

/*:455*//*458:*/
#line 389 "chapters/command.w"

static int cmd_forward(int argc,char**argv);
static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:458*//*463:*/
#line 464 "chapters/command.w"

static int cmd_grad(int argc,char**argv);

/*:463*//*466:*/
#line 536 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv);
static int print_check(const lstm_options*opt,const lstm_check*res);

/*:466*//*471:*/
#line 51 "chapters/experiments.w"

static int cmd_experiments(int argc,char**argv);
#define EXP_SEEDS 10 
#define EXP_LONG_SEEDS 5 
#define EXP_2C_SEEDS 3 
#define EXP_DIAG_SEEDS 3 
#define EXP_BUDGET 30000
#define EXP_EVERY_BUDGET 20000
#define EXP_LONG_BUDGET 60000
#define EXP_2C_BUDGET 100000
#define EXP_MAX_RUNS 16 
#define EXP_LAGS 8
#define EXP_GRID_LAGS 6 
#define EXP_DIAG_LAG 100
static const size_t exp_lags[EXP_LAGS]= {5,10,20,50,100,200,500,1000};

/*:471*//*473:*/
#line 76 "chapters/experiments.w"

#define EXP_FAMILIES 7
static const char*family_name[EXP_FAMILIES]= 
{"bptt","tbptt:p/2","tbptt:2p","irtrl","rtrl","snap1","uoro"};
static int family_spec(int f,size_t p,char*buf,size_t size);

/*:473*//*479:*/
#line 219 "chapters/experiments.w"

#define EXP_KINDS 3 

typedef struct{
int task;
int kind;
int family;
size_t lag;
int solved;
long sequences,updates;
double seconds;
double retention[4];
double drift,separation,last_error,other_error;
int forget;
size_t cells;
}exp_run;
static int experiments_report(const char*dir,const double seconds[2]);
static int parse_run(const char*line,exp_run*run);

/*:479*//*482:*/
#line 310 "chapters/experiments.w"

typedef struct{
int runs,solved;
double needed[EXP_MAX_RUNS],updates[EXP_MAX_RUNS],seconds[EXP_MAX_RUNS];
int kept[4];
double drift[EXP_MAX_RUNS],separation[EXP_MAX_RUNS];
double last_error[EXP_MAX_RUNS],other_error[EXP_MAX_RUNS];
}exp_cell;
typedef exp_cell exp_grid[EXP_KINDS][EXP_FAMILIES][EXP_LAGS];
#define EXP_DIAGS 32
typedef struct{
int every,family,forget;
size_t lag,cells;
exp_cell c;
}exp_diag;
typedef struct{
exp_grid cells;
exp_cell other[2];
exp_diag diag[EXP_DIAGS];
int ndiag,total;
}exp_report;
static int compare_diag(const void*a,const void*b);
static void add_run(exp_cell*c,const exp_run*run);
static int compare_double(const void*a,const void*b);
static double quantile(const double*v,int count,double q);
static void wilson(int solved,int runs,double*low,double*high);
static int read_results(const char*path,exp_report*rep,int required);
static void write_tables(FILE*f,exp_report*rep,const double seconds[2]);
static void write_figures(FILE*f,exp_grid cells,const char*dir);

/*:482*//*496:*/
#line 696 "chapters/experiments.w"

static void mp_prologue(FILE*f);
static void mp_legend(FILE*f,int with_families);
static void mp_line(FILE*f,int fam,int count,const double*x,
const double*y);

/*:496*//*531:*/
#line 256 "chapters/align.w"

typedef struct align_options{
const char*files[2];
size_t nfiles;
const char*task;
long length,cells,trained,sequences,samples,seed;
char methods[LSTM_ALIGN_MAX*LSTM_ALIGN_SPEC];
const char*spec[LSTM_ALIGN_MAX];
size_t count;
}align_options;
static int cmd_align(int argc,char**argv);
static int align_parse(int argc,char**argv,align_options*o);
static int align_task(const align_options*o,lstm_net*net,
lstm_data*data,lstm_error*err);
static int align_default_methods(align_options*o,const lstm_data*data);
static void align_print(const lstm_align_result*res);

/*:531*//*550:*/
#line 131 "chapters/balance.w"

static int cmd_balance(int argc,char**argv);

/*:550*//*560:*/
#line 105 "chapters/inspect.w"

static int cmd_inspect(int argc,char**argv);
static int print_inspect(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:560*/
#line 19 "chapters/command.w"

/*392:*/
#line 809 "chapters/training.w"

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
/*393:*/
#line 864 "chapters/training.w"

printf("usage: lstm train --task lag|lag2c|reber|adding [--method M]\n"
"         [--lag p] [--targets last|every] [--forget-gate yes|no]\n"
"         [--bias-i B] [--bias-f B]\n"
"         [--seed S] [--cells N] [--lr R] [--optimizer sgd|momentum|adam]\n"
"         [--clip C] [--max-sequences N] [--out FILE] [--curve FILE]\n"
"Train a network on a task of Hochreiter and Schmidhuber (1997) until\n"
"it meets the paper's success criterion or the budget is spent; print\n"
"one summary line, and write the model to FILE if asked.\n");

/*:393*/
#line 821 "chapters/training.w"
;
return 0;
}
for(int a= 0;a+1<argc;a++)
if(strcmp(argv[a],"--task")==0)task= argv[a+1];
if(!task)return train_usage("lstm train: --task is required%s","");
{
size_t length= 0;
for(int a= 0;a+1<argc;a++)
if(strcmp(argv[a],"--lag")==0){
char*end;
long long v= strtoll(argv[a+1],&end,10);
if(end!=argv[a+1]&&!*end&&v> 0)length= (size_t)v;
}
cfg= lstm_train_defaults(task,length);
}
for(int a= 0;a<argc;a+= 2)
/*394:*/
#line 877 "chapters/training.w"

{
const char*opt= argv[a],*val= a+1<argc?argv[a+1]:NULL;
char*end= NULL;
if(!val)return train_usage("lstm train: %s needs a value",opt);
if(strcmp(opt,"--task")==0)continue;
else if(strcmp(opt,"--method")==0)cfg.method= val;
else if(strcmp(opt,"--out")==0)out= val;
else if(strcmp(opt,"--curve")==0)curve= val;
else if(strcmp(opt,"--targets")==0){
if(strcmp(val,"last")==0)cfg.every_step= 0;
else if(strcmp(val,"every")==0)cfg.every_step= 1;
else return train_usage("lstm train: --targets is 'last' or 'every', "
"not '%s'",val);
}else if(strcmp(opt,"--forget-gate")==0){
if(strcmp(val,"yes")==0)cfg.no_forget= 0;
else if(strcmp(val,"no")==0)cfg.no_forget= 1;
else return train_usage("lstm train: --forget-gate is 'yes' or 'no', "
"not '%s'",val);
}else if(strcmp(opt,"--bias-i")==0||strcmp(opt,"--bias-f")==0){
double v= strtod(val,&end);
if(end==val||*end||!isfinite(v)||fabs(v)> 100)
return train_usage("lstm train: expected a bias between -100 and 100, "
"found '%s'",val);
if(opt[7]=='i')cfg.init.bias_i= v;else cfg.init.bias_f= v;
}
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

/*:394*/
#line 838 "chapters/training.w"
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
/*396:*/
#line 957 "chapters/training.w"

{
static const char*optname[3]= {"sgd","momentum","adam"};
printf("%s after %ld sequences: task %s length %zu method %s seed %llu "
"cells %zu optimizer %s lr %.17g clip %.17g targets %s forget %s "
"bias_i %.17g bias_f %.17g loss %.17g measure %.17g updates %ld "
"seconds %.17g",st.solved?"solved":"not solved",st.sequences,
cfg.task,cfg.length,cfg.method,(unsigned long long)cfg.seed,
cfg.cells,optname[cfg.optimizer],cfg.rate,cfg.clip,
cfg.every_step?"every":"last",cfg.no_forget?"no":"yes",
cfg.init.bias_i,cfg.init.bias_f,st.moving_loss,st.measure,st.updates,
st.seconds);
if(strcmp(cfg.task,"lag")==0){
printf(" last_error %.17g other_error %.17g drift %.17g separation %.17g",
st.probe.last_error,st.probe.other_error,st.probe.drift,
st.probe.separation);
for(int q= 0;q<4&&status==LSTM_OK;q++){
static const int runs[4]= {2,5,10,100};
double kept= 0;
status= lstm_retention(&net,cfg.length,(size_t)runs[q],&kept,&err);
printf(" retention%dp %.17g",runs[q],kept);
}
}
printf("\n");
if(status!=LSTM_OK)status= report(status,&err);
}

/*:396*/
#line 858 "chapters/training.w"
;
if(status==LSTM_OK&&out)status= write_model_atomically(out,&net);
lstm_net_free(&net);
return status;
}

/*:392*//*395:*/
#line 928 "chapters/training.w"

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
fprintf(r->curve,"%ld %.17g %.17g %ld %.17g %.17g %.17g %.17g\n",
st->sequences,st->moving_loss,st->measure,st->updates,
st->probe.last_error,st->probe.other_error,st->probe.drift,
st->probe.separation);
}

/*:395*//*397:*/
#line 988 "chapters/training.w"

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

/*:397*//*422:*/
#line 473 "chapters/speed.w"

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
/*423:*/
#line 503 "chapters/speed.w"

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

/*:423*/
#line 492 "chapters/speed.w"
;
/*424:*/
#line 523 "chapters/speed.w"

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

/*:424*/
#line 493 "chapters/speed.w"
;
printf("lstm-bench 1\n# method cells steps runs us-per-step work-bytes\n");
for(size_t q= 0;q<nmeth;q++){
int status= bench_method(meth[q],param[q],cells,ncells,steps,
nsteps);
if(status!=0)return status;
}
return 0;
}

/*:422*//*425:*/
#line 549 "chapters/speed.w"

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

/*:425*//*426:*/
#line 577 "chapters/speed.w"

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
/*427:*/
#line 603 "chapters/speed.w"

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

/*:427*/
#line 599 "chapters/speed.w"
;
return 0;
}

/*:426*//*439:*/
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

/*:439*//*442:*/
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

/*:442*//*444:*/
#line 189 "chapters/command.w"

static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt)
{
int files= 0;
opt->model= opt->seq= NULL;
opt->method= "bptt";
opt->eps= LSTM_FD_STEP;
opt->seed= 1;opt->seed_given= 0;
for(int a= 0;a<argc;a++){
const char*arg= argv[a];
if(strncmp(arg,"--",2)==0&&arg[2]!='\0'){
/*445:*/
#line 214 "chapters/command.w"

{
const char*eq= strchr(arg,'=');
size_t len= eq?(size_t)(eq-arg):strlen(arg);
const char*val= eq?eq+1:a+1<argc?argv[a+1]:NULL;
int is_method= len==8&&strncmp(arg,"--method",8)==0;
int is_eps= len==5&&strncmp(arg,"--eps",5)==0;
int is_seed= len==6&&strncmp(arg,"--seed",6)==0;
char*end;
if(!((is_method&&(with&WITH_METHOD))||(is_eps&&(with&WITH_EPS))||
(is_seed&&(with&WITH_SEED))))
return usage_error(cmd,"unknown option '%s'",arg);

if(!val)return usage_error(cmd,"expected a value after '%s'",arg);

if(!eq)a++;
if(is_method)opt->method= val;
else if(is_seed){
if((opt->seed= parse_seed(val))<0)
return usage_error(cmd,"expected a whole number from 0 to 2147483647 "
"after --seed, found '%s'",val);

opt->seed_given= 1;
}else{
opt->eps= strtod(val,&end);
if(end==val||*end!='\0'||!isfinite(opt->eps)||!(opt->eps> 0))
return usage_error(cmd,
"expected a positive number after --eps, found '%s'",val);

}
}

/*:445*/
#line 201 "chapters/command.w"
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

/*:444*//*447:*/
#line 253 "chapters/command.w"

static long parse_seed(const char*val)
{
char*end;
unsigned long v;
if(val[0]<'0'||val[0]> '9')return-1;
v= strtoul(val,&end,10);
return*end!='\0'||v> 2147483647UL?-1:(long)v;
}

/*:447*//*449:*/
#line 271 "chapters/command.w"

static int method_seed(const char*cmd,const lstm_method*meth,
const lstm_options*opt,long*param)
{
if(meth->seeded)*param= opt->seed;
else if(opt->seed_given)
return usage_error(cmd,"method %s draws no random numbers, so it takes "
"no --seed",meth->name);

return 0;
}

/*:449*//*450:*/
#line 286 "chapters/command.w"

static int usage_error(const char*cmd,const char*fmt,const char*what)
{
fprintf(stderr,"lstm %s: ",cmd);
fprintf(stderr,fmt,what);
fprintf(stderr,"; try 'lstm %s --help'\n",cmd);
return 2;
}

/*:450*//*452:*/
#line 303 "chapters/command.w"

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

/*:452*//*454:*/
#line 326 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err)
{
int status= lstm_model_read(opt->model,net,err);
if(status!=LSTM_OK)return status;
if((status= lstm_data_read(opt->seq,net,data,err))!=LSTM_OK)
lstm_net_free(net);
return status;
}

/*:454*//*456:*/
#line 348 "chapters/command.w"

static int with_files(const char*cmd,const char*help,int argc,
char**argv,lstm_file_work*work)
{
lstm_options opt;
lstm_net net;
lstm_data data;
lstm_error err;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
fputs(help,stdout);
return 0;
}
if((status= parse_options(cmd,argc,argv,0,&opt))!=0)
return status;
if((status= load_files(&opt,&net,&data,&err))!=LSTM_OK)
return report(status,&err);
status= work(&net,&data,&err);
lstm_net_free(&net);
lstm_data_free(&data);
return status==LSTM_OK?0:report(status,&err);
}

/*:456*//*459:*/
#line 394 "chapters/command.w"

static int cmd_forward(int argc,char**argv)
{
return with_files("forward","usage: lstm forward MODEL SEQ\n"
"Run the model over every sequence of SEQ and print, for every step,\n"
"the cell output and (with an output layer) the prediction, then the\n"
"loss summed over the file. See the book for the file formats.\n",
argc,argv,print_forward);
}

/*:459*//*460:*/
#line 406 "chapters/command.w"

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
/*461:*/
#line 431 "chapters/command.w"

{
printf("step %zu out",t);
for(size_t j= 0;j<net->n;j++)printf(" %.17g",lstm_out(&tr,t)[j]);
if(net->output!=LSTM_OUT_NONE){
if(!seq->has_y[t])
lstm_output_forward(net,lstm_out(&tr,t),NULL,lstm_pred(&tr,t));
printf(" pred");
for(size_t r= 0;r<net->k;r++)
printf(" %.17g",lstm_pred(&tr,t)[r]);
}
printf("\n");
}

/*:461*/
#line 424 "chapters/command.w"
;
}
printf("loss %.17g\n",loss);
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:460*//*464:*/
#line 467 "chapters/command.w"

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
printf("usage: lstm grad [--method METHOD] [--seed S] MODEL SEQ\n"
"Print the gradient of the loss of SEQ with respect to every parameter\n"
"of MODEL, as an lstm-grad file. METHOD is bptt unless given;\n"
"an unknown METHOD gets the list of the methods. A method that draws\n"
"random numbers (uoro) draws them from the seed S, 1 unless given.\n");
return 0;
}
if((status= parse_options("grad",argc,argv,WITH_METHOD|WITH_SEED,
&opt))!=0)return status;
if(!(meth= find_method("grad",opt.method,&param)))return 2;
if((status= method_seed("grad",meth,&opt,&param))!=0)return status;
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

/*:464*//*467:*/
#line 540 "chapters/command.w"

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

/*:467*//*468:*/
#line 577 "chapters/command.w"

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

/*:468*//*474:*/
#line 82 "chapters/experiments.w"

static int family_spec(int f,size_t p,char*buf,size_t size)
{
switch(f){
case 0:snprintf(buf,size,"bptt");return 1;
case 1:snprintf(buf,size,"tbptt:%zu",(p+1)/2);return 1;
case 2:snprintf(buf,size,"tbptt:%zu",2*p);return 1;
case 3:snprintf(buf,size,"irtrl");return 1;
case 4:snprintf(buf,size,"rtrl");return p<=10;
case 5:snprintf(buf,size,"snap1");return 1;
default:snprintf(buf,size,"uoro");return 1;
}
}

/*:474*//*475:*/
#line 102 "chapters/experiments.w"

static int cmd_experiments(int argc,char**argv)
{
if(wants_help(argc,argv)||argc<2){
printf("usage: lstm experiments --list DIR\n"
"       lstm experiments --list-long DIR\n"
"       lstm experiments --report DIR SECONDS [LONG_SECONDS]\n"
"--list and --list-long print the arguments of 'lstm train' for every\n"
"run of the book's main and long experiment grids; --report reads\n"
"DIR/results.txt and DIR/results-long.txt (the runs' summary lines)\n"
"and writes DIR/results.tex and DIR/figures.mp.\n");
return argc<2&&!wants_help(argc,argv)?2:0;
}
if(strcmp(argv[0],"--list")==0&&argc==2){
/*476:*/
#line 145 "chapters/experiments.w"

for(int q= EXP_GRID_LAGS-1;q>=0;q--)
for(int f= EXP_FAMILIES-1;f>=0;f--)
for(int seed= 1;seed<=EXP_SEEDS;seed++){
char spec[32];
if(!family_spec(f,exp_lags[q],spec,sizeof spec))continue;
printf("--task lag --lag %zu --method %s --seed %d --max-sequences %d",
exp_lags[q],spec,seed,EXP_BUDGET);
if(seed==1&&exp_lags[q]==EXP_DIAG_LAG&&(f==0||f==3))
printf(" --curve %s/curve-last-%d.txt",argv[1],f);
printf("\n");
}
for(int f= 0;f<EXP_FAMILIES;f+= 3)
for(int seed= 1;seed<=EXP_DIAG_SEEDS;seed++){
printf("--task lag --lag %d --targets every --method %s --seed %d "
"--max-sequences %d",EXP_DIAG_LAG,family_name[f],seed,
EXP_EVERY_BUDGET);
if(seed==1)printf(" --curve %s/curve-every-%d.txt",argv[1],f);
printf("\n");
}
for(int q= 2;q>=0;q--)
for(int f= EXP_FAMILIES-1;f>=0;f--)
for(int seed= 1;seed<=EXP_SEEDS;seed++){
char spec[32];
if(!family_spec(f,exp_lags[q],spec,sizeof spec))continue;
printf("--task lag --lag %zu --targets every --method %s --seed %d "
"--max-sequences %d\n",exp_lags[q],spec,seed,EXP_EVERY_BUDGET);
}
for(int seed= 1;seed<=EXP_SEEDS;seed++)
printf("--task reber --seed %d\n--task adding --seed %d\n",seed,seed);

/*:476*/
#line 116 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--list-long")==0&&argc==2){
/*477:*/
#line 176 "chapters/experiments.w"

for(int q= EXP_LAGS-1;q>=EXP_GRID_LAGS;q--)
for(int f= 0;f<=3;f+= 3){
for(int seed= 1;seed<=EXP_2C_SEEDS;seed++)
printf("--task lag2c --lag %zu --method %s --seed %d "
"--max-sequences %d\n",exp_lags[q],family_name[f],seed,
EXP_2C_BUDGET);
for(int seed= 1;seed<=EXP_LONG_SEEDS;seed++)
printf("--task lag --lag %zu --method %s --seed %d --max-sequences %d\n",
exp_lags[q],family_name[f],seed,EXP_LONG_BUDGET);
}
for(int f= 0;f<=3;f+= 3)
for(int seed= 1;seed<=EXP_2C_SEEDS;seed++)
printf("--task lag2c --lag 100 --method %s --seed %d --max-sequences %d\n",
family_name[f],seed,EXP_2C_BUDGET);
/*478:*/
#line 198 "chapters/experiments.w"

{
static const char*variant[3]= {""," --forget-gate no"," --cells 16"};
for(int v= 0;v<3;v++)
for(size_t p= 50;p<=100;p+= 50)
for(int f= 0;f<=3;f+= 3)
for(int seed= 1;seed<=EXP_DIAG_SEEDS;seed++)
if(v> 0||p==50)
printf("--task lag --lag %zu --targets every --method %s "
"--seed %d --max-sequences %d%s\n",p,family_name[f],seed,
EXP_EVERY_BUDGET,variant[v]);
}

/*:478*/
#line 191 "chapters/experiments.w"
;

/*:477*/
#line 120 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--report")==0&&(argc==3||argc==4)){
double seconds[2]= {0,0};
for(int a= 2;a<argc;a++){
char*end;
seconds[a-2]= strtod(argv[a],&end);
if(end==argv[a]||*end||!isfinite(seconds[a-2])||
seconds[a-2]<0||seconds[a-2]> 1e9){
fprintf(stderr,"lstm experiments: SECONDS must be a number of "
"seconds, not '%s'\n",argv[a]);
return 2;
}
}
return experiments_report(argv[1],seconds);
}
fprintf(stderr,"lstm experiments: expected --list DIR, --list-long DIR "
"or --report DIR SECONDS; try 'lstm experiments --help'\n");
return 2;
}

/*:475*//*480:*/
#line 243 "chapters/experiments.w"

static int parse_run(const char*line,exp_run*run)
{
char buf[2048],*word,*colon;
char method[64]= "",task[16]= "lag";
int every= 0,good= 1;
memset(run,0,sizeof*run);
if(strlen(line)>=sizeof buf)return 0;
strcpy(buf,line);
run->solved= strncmp(buf,"solved after ",13)==0;
if(!run->solved&&strncmp(buf,"not solved after ",17)!=0)return 0;
run->sequences= atol(buf+(run->solved?13:17));
if(!(colon= strchr(buf,':')))return 0;
for(word= strtok(colon+1," \n");word;word= strtok(NULL," \n")){
char*value= strtok(NULL," \n"),*end;
double v;
if(!value)break;
v= strtod(value,&end);
if(strcmp(word,"task")==0)snprintf(task,sizeof task,"%s",value);
else if(strcmp(word,"method")==0)
snprintf(method,sizeof method,"%s",value);
else if(strcmp(word,"targets")==0)every= strcmp(value,"every")==0;
else if(strcmp(word,"forget")==0)run->forget= strcmp(value,"no")!=0;
else/*481:*/
#line 282 "chapters/experiments.w"

{
static const char*numeric[]= {"length","updates","seconds","drift",
"separation","last_error","other_error","cells","retention2p",
"retention5p",
"retention10p","retention100p"};
for(size_t q= 0;q<sizeof numeric/sizeof numeric[0];q++)
if(strcmp(word,numeric[q])==0&&(*end||!isfinite(v)))good= 0;
if(strcmp(word,"length")==0)run->lag= (size_t)v;
else if(strcmp(word,"cells")==0)run->cells= (size_t)v;
else if(strcmp(word,"updates")==0)run->updates= (long)v;
else if(strcmp(word,"seconds")==0)run->seconds= v;
else if(strcmp(word,"drift")==0)run->drift= v;
else if(strcmp(word,"separation")==0)run->separation= v;
else if(strcmp(word,"last_error")==0)run->last_error= v;
else if(strcmp(word,"other_error")==0)run->other_error= v;
else if(strncmp(word,"retention",9)==0){
int times= atoi(word+9);
run->retention[times==2?0:times==5?1:times==10?2:3]= v;
}
}

/*:481*/
#line 266 "chapters/experiments.w"
;
}
run->task= strcmp(task,"reber")==0?1:strcmp(task,"adding")==0?
2:0;
run->kind= strcmp(task,"lag2c")==0?2:every;
run->family= -1;
if(!good)return 0;
if(run->task!=0)return 1;
for(int f= 0;f<EXP_FAMILIES;f++){
char spec[32];
if(family_spec(f,run->lag,spec,sizeof spec)&&
strcmp(spec,method)==0)run->family= f;
}
return run->family>=0&&run->lag> 0;
}

/*:480*//*483:*/
#line 340 "chapters/experiments.w"

static int experiments_report(const char*dir,const double seconds[2])
{
static exp_report rep;
char path[1024];
memset(&rep,0,sizeof rep);
snprintf(path,sizeof path,"%s/results.txt",dir);
if(read_results(path,&rep,1)!=0)return 1;
snprintf(path,sizeof path,"%s/results-long.txt",dir);
if(read_results(path,&rep,0)!=0)return 1;
qsort(rep.diag,(size_t)rep.ndiag,sizeof*rep.diag,compare_diag);
/*488:*/
#line 461 "chapters/experiments.w"

{
char tmp[1040];
FILE*f;
for(int which= 0;which<2;which++){
snprintf(path,sizeof path,"%s/%s",dir,
which==0?"results.tex":"figures.mp");
snprintf(tmp,sizeof tmp,"%s.tmp",path);
if(!(f= fopen(tmp,"w"))){
fprintf(stderr,"%s: cannot write the report\n",tmp);

return 1;
}
if(which==0)write_tables(f,&rep,seconds);
else write_figures(f,rep.cells,dir);
if(ferror(f)|(fclose(f)!=0)||rename(tmp,path)!=0){
fprintf(stderr,"%s: cannot write the report\n",path);
remove(tmp);
return 1;
}
}
}

/*:488*/
#line 351 "chapters/experiments.w"
;
return 0;
}

/*:483*//*484:*/
#line 358 "chapters/experiments.w"

static int read_results(const char*path,exp_report*rep,int required)
{
char line[2048];
FILE*in= fopen(path,"r");
if(!in){
if(!required)return 0;
fprintf(stderr,"%s: cannot read the results\n",path);

return 1;
}
while(fgets(line,sizeof line,in)){
exp_run run;
int q= 0;
if(!parse_run(line,&run)){
fprintf(stderr,"%s: a line is not the summary of a finished run\n",
path);

fclose(in);
return 1;
}
rep->total++;
if(run.task!=0){
exp_cell*c= &rep->other[run.task-1];
if(c->runs==EXP_MAX_RUNS)continue;
if(run.solved)c->needed[c->solved++]= (double)run.sequences;
c->runs++;
continue;
}
while(q<EXP_LAGS&&exp_lags[q]!=run.lag)q++;
if(q==EXP_LAGS)continue;
/*486:*/
#line 425 "chapters/experiments.w"

if(run.kind<2&&(run.kind==1?run.lag>=50:run.lag==100&&
run.cells==8&&run.forget&&(run.family==0||run.family==3))){
int d= 0;
while(d<rep->ndiag&&!(rep->diag[d].every==run.kind&&
rep->diag[d].family==run.family&&rep->diag[d].lag==run.lag&&
rep->diag[d].forget==run.forget&&rep->diag[d].cells==run.cells))
d++;
if(d<EXP_DIAGS){
if(d==rep->ndiag){
rep->diag[d].every= run.kind;rep->diag[d].family= run.family;
rep->diag[d].lag= run.lag;rep->diag[d].forget= run.forget;
rep->diag[d].cells= run.cells;
rep->ndiag++;
}
add_run(&rep->diag[d].c,&run);
}
}

/*:486*/
#line 389 "chapters/experiments.w"
;
if(run.cells==8&&
run.forget==(run.kind==2?0:run.lag<200))
add_run(&rep->cells[run.kind][run.family][q],&run);
}
fclose(in);
return 0;
}

/*:484*//*485:*/
#line 403 "chapters/experiments.w"

static void add_run(exp_cell*c,const exp_run*run)
{
if(c->runs==EXP_MAX_RUNS)return;
c->drift[c->runs]= run->drift;
c->separation[c->runs]= run->separation;
c->last_error[c->runs]= run->last_error;
c->other_error[c->runs]= run->other_error;
if(run->solved){
c->needed[c->solved]= (double)run->sequences;
c->updates[c->solved]= (double)run->updates;
c->seconds[c->solved]= run->seconds;
for(int r= 0;r<4;r++)c->kept[r]+= run->retention[r]==1;
c->solved++;
}
c->runs++;
}

/*:485*//*487:*/
#line 446 "chapters/experiments.w"

static int compare_diag(const void*a,const void*b)
{
const exp_diag*x= a,*y= b;
if(x->lag!=y->lag)return x->lag<y->lag?-1:1;
if(x->every!=y->every)return x->every-y->every;
if(x->forget!=y->forget)return y->forget-x->forget;
if(x->cells!=y->cells)return x->cells<y->cells?-1:1;
return x->family-y->family;
}

/*:487*//*489:*/
#line 488 "chapters/experiments.w"

static int compare_double(const void*a,const void*b)
{
double x= *(const double*)a,y= *(const double*)b;
return(x> y)-(x<y);
}

static double quantile(const double*v,int count,double q)
{
double w[EXP_MAX_RUNS],pos;
int at;
if(count==0)return-1;
memcpy(w,v,(size_t)count*sizeof*w);
qsort(w,(size_t)count,sizeof*w,compare_double);
pos= q*(count-1);
at= (int)pos;
return at+1<count?w[at]+(pos-at)*(w[at+1]-w[at]):w[at];
}

/*:489*//*490:*/
#line 519 "chapters/experiments.w"

static void wilson(int solved,int runs,double*low,double*high)
{
const double z= 1.96,n= runs,s= solved;
const double mid= (s+z*z/2)/(n+z*z),
half= z/(n+z*z)*sqrt(s*(n-s)/n+z*z/4);
*low= fmax(mid-half,0);
*high= fmin(mid+half,1);
}

/*:490*//*491:*/
#line 540 "chapters/experiments.w"

static void write_tables(FILE*f,exp_report*rep,const double seconds[2])
{
exp_cell(*const cells)[EXP_FAMILIES][EXP_LAGS]= rep->cells;
exp_cell*const other= rep->other;
fprintf(f,"%% Written by 'lstm experiments --report'; do not edit.\n");
fprintf(f,"\\def\\expruns{%d}\\def\\expminutes{%.0f}"
"\\def\\explongminutes{%.0f}\n",rep->total,seconds[0]/60,
seconds[1]/60);
for(int which= 0;which<2;which++){
fprintf(f,"\\def\\exp%s{\\vbox{\\offinterlineskip\\halign{"
"\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n",
which==0?"success":"median");
fprintf(f,"\\rm method");
for(int q= 0;q<EXP_LAGS;q++)fprintf(f,"&$%zu$",exp_lags[q]);
fprintf(f,"\\cr\\noalign{\\hrule}\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
fprintf(f,"%s",family_name[fam]);
for(int q= 0;q<EXP_LAGS;q++){
const exp_cell*c= &cells[0][fam][q];
if(c->runs==0)fprintf(f,"&");
else if(which==0)fprintf(f,"&%d/%d",c->solved,c->runs);
else if(c->solved==0)fprintf(f,"&--");
else fprintf(f,"&%.0f",quantile(c->needed,c->solved,0.5));
}
fprintf(f,"\\cr\n");
}
fprintf(f,"}}}\n");
}
/*492:*/
#line 591 "chapters/experiments.w"

for(int kind= 0;kind<2;kind++){
fprintf(f,"\\def\\exp%sdetail{\\vbox{\\offinterlineskip\\halign{"
"\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n",kind?"every":"");
fprintf(f,"\\rm method&$p$&\\rm solved&\\rm 95\\%% interval&"
"\\rm quartiles of sequences&\\rm updates&\\rm seconds\\cr"
"\\noalign{\\hrule}\n");
for(int q= 0;q<EXP_LAGS;q++)
for(int fam= 0;fam<EXP_FAMILIES;fam++){
const exp_cell*c= &cells[kind][fam][q];
double lo,hi;
if(c->runs==0)continue;
wilson(c->solved,c->runs,&lo,&hi);
fprintf(f,"%s&%zu&%d/%d&$[%.2f,%.2f]$",family_name[fam],exp_lags[q],
c->solved,c->runs,lo,hi);
if(c->solved==0)fprintf(f,"&--&--&--\\cr\n");
else
fprintf(f,"&%.0f, {\\bf %.0f}, %.0f&%.0f&%.2f\\cr\n",
quantile(c->needed,c->solved,0.25),
quantile(c->needed,c->solved,0.5),
quantile(c->needed,c->solved,0.75),
quantile(c->updates,c->solved,0.5),
quantile(c->seconds,c->solved,0.5));
}
fprintf(f,"}}}\n");
}

/*:492*/
#line 569 "chapters/experiments.w"
;
/*493:*/
#line 626 "chapters/experiments.w"

fprintf(f,"\\def\\expdiag{\\vbox{\\offinterlineskip\\halign{"
"\\strut##\\hfil\\quad&\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f,"targets&\\rm method&$p$&$n$&$f$&solved&median&"
"last&others&drift&separation\\cr\\noalign{\\hrule}\n");
for(int d= 0;d<rep->ndiag;d++){
const exp_diag*g= &rep->diag[d];
const exp_cell*c= &g->c;
fprintf(f,"%s&%s&%zu&%zu&%s&%d/%d",g->every?"every":"last",
family_name[g->family],g->lag,g->cells,g->forget?"yes":"no",
c->solved,c->runs);
if(c->solved)fprintf(f,"&%.0f",quantile(c->needed,c->solved,0.5));
else fprintf(f,"&--");
fprintf(f,"&%.3f&%.3f&%.2f&%.4f\\cr\n",
quantile(c->last_error,c->runs,0.5),
quantile(c->other_error,c->runs,0.5),quantile(c->drift,c->runs,0.5),
quantile(c->separation,c->runs,0.5));
}
fprintf(f,"}}}\n");

/*:493*/
#line 570 "chapters/experiments.w"
;
/*494:*/
#line 650 "chapters/experiments.w"

fprintf(f,"\\def\\expretention{\\vbox{\\offinterlineskip\\halign{"
"\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f,"\\rm method&$p$&\\rm solved&$2p$&$5p$&$10p$&$100p$\\cr"
"\\noalign{\\hrule}\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++)
for(int q= 0;q<EXP_LAGS;q++){
const exp_cell*c= &cells[0][fam][q];
if(c->solved==0)continue;
fprintf(f,"%s&%zu&%d",family_name[fam],exp_lags[q],c->solved);
for(int r= 0;r<4;r++)fprintf(f,"&%d",c->kept[r]);
fprintf(f,"\\cr\n");
}
fprintf(f,"}}}\n");

/*:494*/
#line 571 "chapters/experiments.w"
;
/*495:*/
#line 667 "chapters/experiments.w"

fprintf(f,"\\def\\explong{\\vbox{\\offinterlineskip\\halign{"
"\\strut\\hfil##\\quad&\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f,"$p=q$&\\rm method&solved&95\\%% interval&median sequences&"
"seconds&1997, mean\\cr\\noalign{\\hrule}\n");
for(int q= 0;q<EXP_LAGS;q++)
for(int fam= 0;fam<EXP_FAMILIES;fam++){
const exp_cell*c= &cells[2][fam][q];
const size_t p= exp_lags[q];
double lo,hi;
if(c->runs==0)continue;
wilson(c->solved,c->runs,&lo,&hi);
fprintf(f,"%zu&%s&%d/%d&$[%.2f,%.2f]$",p,family_name[fam],c->solved,
c->runs,lo,hi);
if(c->solved==0)fprintf(f,"&--&--");
else fprintf(f,"&%.0f&%.0f",quantile(c->needed,c->solved,0.5),
quantile(c->seconds,c->solved,0.5));
fprintf(f,"&%s\\cr\n",p==100?"31,000":p==500?"38,000":
p==1000?"49,000":"");
}
fprintf(f,"}}}\n");

/*:495*/
#line 572 "chapters/experiments.w"
;
for(int t= 0;t<2;t++){
const char*name= t==0?"reber":"adding";
if(other[t].solved==0)
fprintf(f,"\\def\\exp%s{none of %d runs solved it}\n",name,
other[t].runs);
else
fprintf(f,"\\def\\exp%s{%d of %d runs solved it, after a median "
"of %.0f sequences}\n",name,other[t].solved,other[t].runs,
quantile(other[t].needed,other[t].solved,0.5));
}
}

/*:491*//*497:*/
#line 702 "chapters/experiments.w"

static void mp_prologue(FILE*f)
{
fprintf(f,"%% Written by 'lstm experiments --report'; do not edit.\n"
"prologues := 3; outputtemplate := \"%%j-%%c.mps\";\n"
"numeric w, h; w := 3.6in; h := 2in;\n"
"def style(expr fam) = if fam = 0: withpen pencircle scaled 1.2pt\n"
"  elseif fam = 1: dashed evenly withpen pencircle scaled 0.8pt\n"
"  elseif fam = 2: dashed withdots withpen pencircle scaled 1pt\n"
"  elseif fam = 3: withpen pencircle scaled 0.6pt withcolor 0.45white\n"
"  elseif fam = 4: dashed evenly scaled 2 withpen pencircle scaled 1.2pt\n"
"  elseif fam = 5: dashed evenly scaled 0.5 withpen pencircle scaled 1.6pt"
" withcolor 0.3white\n"
"  else: dashed withdots scaled 1.5 withpen pencircle scaled 0.9pt"
" withcolor 0.55white fi enddef;\n"
"def frame(expr xl, yl) = draw (0,0)--(w,0); draw (0,0)--(0,h);\n"
"  label.bot(xl, (w/2,-18pt)); label.lft(yl, (-34pt,h/2)); enddef;\n"
"def xtick(expr x, s) = draw (x,0)--(x,-3pt); label.bot(s, (x,-3pt));"
" enddef;\n"
"def ytick(expr y, s) = draw (0,y)--(-3pt,y); label.lft(s, (-3pt,y));"
" enddef;\n");
}

static void mp_line(FILE*f,int fam,int count,const double*x,
const double*y)
{
if(count==0)return;
fprintf(f,"draw ");
for(int q= 0;q<count;q++)
fprintf(f,"%s(%.4f*w,%.4f*h)",q?"--":"",x[q],y[q]);
fprintf(f," style(%d);\n",fam);
for(int q= 0;q<count;q++)
fprintf(f,"fill fullcircle scaled 2.5pt shifted (%.4f*w,%.4f*h);\n",
x[q],y[q]);
}

static void mp_legend(FILE*f,int with_families)
{
for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++){
if(!(with_families>>fam&1))continue;
fprintf(f,"draw (w+12pt,h-%d*11pt)--(w+32pt,h-%d*11pt) style(%d);\n"
"label.rt(btex \\tt %s etex, (w+34pt,h-%d*11pt));\n",row,row,fam,
family_name[fam],row);
row++;
}
}

/*:497*//*498:*/
#line 755 "chapters/experiments.w"

static void write_figures(FILE*f,exp_grid cells,const char*dir)
{
mp_prologue(f);
fprintf(f,"beginfig(1);\nframe(btex lag $p$ etex, btex solved etex);\n");
for(int q= 0;q<EXP_LAGS;q++)
fprintf(f,"xtick(%.4f*w, btex $%zu$ etex);\n",q/(EXP_LAGS-1.0),
exp_lags[q]);
fprintf(f,"ytick(0, btex 0 etex); ytick(0.5h, btex ${1\\over2}$ etex);"
" ytick(h, btex 1 etex);\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double x[EXP_LAGS],y[EXP_LAGS];
int count= 0;
for(int q= 0;q<EXP_LAGS;q++)
if(cells[0][fam][q].runs> 0){
x[count]= q/(EXP_LAGS-1.0);
y[count++]= (double)cells[0][fam][q].solved/cells[0][fam][q].runs;
}
mp_line(f,fam,count,x,y);
}
mp_legend(f,(1<<EXP_FAMILIES)-1);
fprintf(f,"endfig;\n");
/*499:*/
#line 785 "chapters/experiments.w"

fprintf(f,"beginfig(2);\nframe(btex lag $p$ etex, btex sequences etex);\n");
for(int q= 0;q<EXP_LAGS;q++)
fprintf(f,"xtick(%.4f*w, btex $%zu$ etex);\n",q/(EXP_LAGS-1.0),
exp_lags[q]);
for(int d= 2;d<=5;d++)
fprintf(f,"ytick(%.4f*h, btex $10^%d$ etex);\n",(d-2)/3.0,d);
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double x[EXP_LAGS],y[EXP_LAGS];
int count= 0;
for(int q= 0;q<EXP_LAGS;q++){
const exp_cell*c= &cells[0][fam][q];
if(c->solved==0)continue;
x[count]= q/(EXP_LAGS-1.0);
y[count++]= fmin(fmax((log10(quantile(c->needed,c->solved,0.5))-2)
/3,0),1);
fprintf(f,"draw (%.4f*w,%.4f*h)--(%.4f*w,%.4f*h) style(%d);\n",
x[count-1],fmin(fmax((log10(quantile(c->needed,c->solved,0.25))
-2)/3,0),1),x[count-1],fmin(fmax((log10(quantile(c->needed,
c->solved,0.75))-2)/3,0),1),fam);
}
mp_line(f,fam,count,x,y);
}
mp_legend(f,(1<<EXP_FAMILIES)-1);
fprintf(f,"endfig;\n");

/*:499*/
#line 777 "chapters/experiments.w"
;
/*500:*/
#line 823 "chapters/experiments.w"

for(int panel= 0;panel<2;panel++){
static const char*label[4]= {"bptt, last","irtrl, last",
"bptt, every","irtrl, every"};
const double xspan= log10((double)EXP_EVERY_BUDGET)-2;
fprintf(f,"beginfig(%d);\nframe(btex sequences etex, btex %s etex);\n",
panel?5:3,panel?"drift":"separation");
for(int d= 2;d<=4;d++)
fprintf(f,"xtick(%.4f*w, btex $10^%d$ etex);\n",(d-2)/xspan,d);
if(panel==0)
for(int d= -20;d<=0;d+= 5)
fprintf(f,"ytick(%.4f*h, btex $10^{%d}$ etex);\n",(d+20)/21.0,d);
else
for(int d= -1;d<=2;d++)
fprintf(f,"ytick(%.4f*h, btex $10^{%d}$ etex);\n",(d+1)/3.0,d);
for(int c= 0;c<4;c++){
char path[1024];
FILE*in;
double x[EXP_EVERY_BUDGET/100+1],y[EXP_EVERY_BUDGET/100+1],v[8];
int count= 0;
snprintf(path,sizeof path,"%s/curve-%s-%d.txt",dir,
c<2?"last":"every",c%2?3:0);
if(!(in= fopen(path,"r")))continue;
while(count<=EXP_EVERY_BUDGET/100&&
fscanf(in,"%lf %lf %lf %lf %lf %lf %lf %lf",v,v+1,v+2,v+3,
v+4,v+5,v+6,v+7)==8){
const double value= panel?v[6]:v[7];
if(!isfinite(value)||v[0]<100||v[0]> EXP_EVERY_BUDGET)continue;
x[count]= (log10(v[0])-2)/xspan;
y[count++]= panel?fmin(fmax((log10(fmax(value,1e-3))+1)/3,0),
1):fmin(fmax((log10(fmax(value,1e-21))+20)/21,0),1);
}
fclose(in);
if(count==0)continue;
fprintf(f,"draw ");
for(int q= 0;q<count;q++)
fprintf(f,"%s(%.4f*w,%.4f*h)",q?"--":"",x[q],y[q]);
fprintf(f," style(%d);\n",c);
fprintf(f,"draw (w+12pt,h-%d*11pt)--(w+32pt,h-%d*11pt) style(%d);\n"
"label.rt(btex \\tt %s etex, (w+34pt,h-%d*11pt));\n",c,c,c,
label[c],c);
}
fprintf(f,"endfig;\n");
}

/*:500*/
#line 778 "chapters/experiments.w"
;
/*501:*/
#line 872 "chapters/experiments.w"

fprintf(f,"beginfig(4);\nframe(btex runs of distractors etex, "
"btex kept etex);\n");
{
static const char*times[5]= {"1","2","5","10","100"};
for(int r= 0;r<5;r++)
fprintf(f,"xtick(%.4f*w, btex $%s$ etex);\n",r/4.0,times[r]);
}
fprintf(f,"ytick(0, btex 0 etex); ytick(0.5h, btex ${1\\over2}$ etex);"
" ytick(h, btex 1 etex);\n");
{
int drawn= 0;
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double x[5],y[5];
int kept[4]= {0,0,0,0},solved= 0;
for(int q= 0;q<EXP_LAGS;q++){
solved+= cells[0][fam][q].solved;
for(int r= 0;r<4;r++)kept[r]+= cells[0][fam][q].kept[r];
}
if(solved==0)continue;
x[0]= 0;y[0]= 1;
for(int r= 0;r<4;r++){
x[r+1]= (r+1)/4.0;
y[r+1]= (double)kept[r]/solved;
}
mp_line(f,fam,5,x,y);
drawn|= 1<<fam;
}
mp_legend(f,drawn);
}
fprintf(f,"endfig;\n");

/*:501*/
#line 779 "chapters/experiments.w"
;
fprintf(f,"end\n");
}

/*:498*//*532:*/
#line 273 "chapters/align.w"

static int cmd_align(int argc,char**argv)
{
align_options o;
lstm_net net;
lstm_data data;
lstm_error err;
lstm_align_result*res;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
/*533:*/
#line 311 "chapters/align.w"

printf("usage: lstm align [OPTIONS] MODEL SEQ\n"
"       lstm align --task lag|adding|reber [--length P] [--cells N]\n"
"                  [--trained K] [--sequences C] [OPTIONS]\n"
"Compare the gradient of every method with the exact one (bptt) on the\n"
"cells' parameters: the cosine and the relative error; for a random\n"
"method (uoro) over N estimates, with their bias and variance; and the\n"
"cosine of every pair of methods. With a task, the network is that of\n"
"lstm train from the seed, trained for K sequences (0), on C sequences\n"
"of the task (8). OPTIONS: --methods LIST (every method; tbptt with\n"
"half the longest sequence), --samples N (100), --seed S (1).\n");

/*:533*/
#line 284 "chapters/align.w"
;
return 0;
}
if((status= align_parse(argc,argv,&o))!=0)return status;
if(o.task)status= align_task(&o,&net,&data,&err);
else{
lstm_options files;
memset(&files,0,sizeof files);
files.model= o.files[0];files.seq= o.files[1];
status= load_files(&files,&net,&data,&err);
}
if(status!=LSTM_OK)return report(status,&err);
if((status= align_default_methods(&o,&data))!=0){
lstm_net_free(&net);lstm_data_free(&data);
return status;
}
if(!(res= malloc(sizeof*res)))
status= lstm_fail(&err,LSTM_ENOMEM,"out of memory");
else status= lstm_align(&net,&data,o.spec,o.count,(size_t)o.samples,
o.seed,res,&err);
if(status==LSTM_OK)align_print(res);
free(res);
lstm_net_free(&net);
lstm_data_free(&data);
return status==LSTM_OK?0:report(status,&err);
}

/*:532*//*534:*/
#line 326 "chapters/align.w"

static int align_parse(int argc,char**argv,align_options*o)
{
static const char*const name[]= {"--length","--cells","--trained",
"--sequences","--samples","--seed"};
static const long lo[]= {2,1,0,1,1,0},hi[]= {100000,1000,
100000000,100000,1000000,2147483647};
long*value[6];
value[0]= &o->length;value[1]= &o->cells;value[2]= &o->trained;
value[3]= &o->sequences;value[4]= &o->samples;value[5]= &o->seed;
memset(o,0,sizeof*o);
for(int q= 0;q<6;q++)*value[q]= -1;
for(int a= 0;a<argc;a++){
const char*arg= argv[a],*val= a+1<argc?argv[a+1]:NULL;
int q;
if(strncmp(arg,"--",2)!=0){
if(o->nfiles==2)return usage_error("align","expected two files, "
"MODEL and SEQ, found another argument '%s'",arg);
o->files[o->nfiles++]= arg;
continue;
}
if(!val)return usage_error("align","expected a value after '%s'",arg);
a++;
for(q= 0;q<6&&strcmp(arg,name[q])!=0;q++)continue;
if(q<6){
if((*value[q]= parse_seed(val))<lo[q]||*value[q]> hi[q])
return usage_error("align","the value of %s is out of range or not "
"a whole number",arg);

}else if(strcmp(arg,"--task")==0)o->task= val;
else if(strcmp(arg,"--methods")==0)/*535:*/
#line 364 "chapters/align.w"

{
char*p;
if(strlen(val)>=sizeof o->methods)
return usage_error("align","the list of methods is too long%s","");
strcpy(o->methods,val);
o->count= 0;
for(p= strtok(o->methods,",");p;p= strtok(NULL,",")){
long param;
if(o->count==LSTM_ALIGN_MAX)
return usage_error("align","more methods than an alignment takes, "
"at '%s'",p);
if(!find_method("align",p,&param))return 2;
o->spec[o->count++]= p;
}
if(o->count==0)
return usage_error("align","no method in the list '%s'",val);

}

/*:535*/
#line 356 "chapters/align.w"

else return usage_error("align","unknown option '%s'",arg);
}
/*536:*/
#line 384 "chapters/align.w"

if(o->task&&o->nfiles> 0)
return usage_error("align","give a task or two files, not both%s","");

if(!o->task&&o->nfiles<2)
return usage_error("align","expected two files, MODEL and SEQ, or a "
"task, found %s",o->nfiles==0?"none":"only one");
if(!o->task&&(o->length>=0||o->cells>=0||o->trained>=0||
o->sequences>=0))
return usage_error("align","--length, --cells, --trained and --sequences "
"go with --task%s","");
if(o->samples<0)o->samples= 100;
if(o->seed<0)o->seed= 1;
if(o->trained<0)o->trained= 0;
if(o->sequences<0)o->sequences= 8;

/*:536*/
#line 360 "chapters/align.w"
;
return 0;
}

/*:534*//*537:*/
#line 403 "chapters/align.w"

static int align_task(const align_options*o,lstm_net*net,
lstm_data*data,lstm_error*err)
{
lstm_train_config cfg= lstm_train_defaults(o->task,
o->length>=0?(size_t)o->length:0);
lstm_train_status st;
lstm_task task;
lstm_rng rng;
int status;
if(o->length>=0)cfg.length= (size_t)o->length;
if(o->cells>=0)cfg.cells= (size_t)o->cells;
cfg.seed= (uint64_t)o->seed;
cfg.max_sequences= o->trained;
lstm_data_init(data,0,0);
if((status= lstm_train_task(&cfg,net,&st,err))!=LSTM_OK){
lstm_net_free(net);
return status;
}
if((status= lstm_task_init(&task,o->task,cfg.length,err))!=LSTM_OK){
lstm_net_free(net);
return status;
}
lstm_data_init(data,task.m,task.k);
lstm_rng_seed(&rng,(uint64_t)o->seed^0x2545F4914F6CDD1DULL);
for(long c= 0;c<o->sequences&&status==LSTM_OK;c++){
lstm_seq*s;
status= lstm_task_sample(&task,&rng,data,&s,err);
}
if(status!=LSTM_OK){
lstm_net_free(net);
lstm_data_free(data);
}
return status;
}

/*:537*//*538:*/
#line 443 "chapters/align.w"

static int align_default_methods(align_options*o,const lstm_data*data)
{
const lstm_method*meth;
size_t longest= 1,used= 0;
if(o->count> 0)return 0;
for(size_t s= 0;s<data->count;s++)
if(data->seq[s].T> longest)longest= data->seq[s].T;
for(size_t r= 0;(meth= lstm_method_at(r))!=NULL&&
o->count<LSTM_ALIGN_MAX;r++){
char*p= o->methods+used;
if(meth->takes_param)
snprintf(p,LSTM_ALIGN_SPEC,"%s:%zu",meth->name,
longest/2> 0?longest/2:1);
else snprintf(p,LSTM_ALIGN_SPEC,"%s",meth->name);
o->spec[o->count++]= p;
used+= strlen(p)+1;
}
return 0;
}

/*:538*//*539:*/
#line 464 "chapters/align.w"

static void align_print(const lstm_align_result*res)
{
printf("lstm-align 1\nexact bptt norm %.17g parameters %zu\n",res->norm,
res->params);
for(size_t q= 0;q<res->count;q++){
const lstm_align_row*r= &res->row[q];
if(!r->seeded)
printf("method %s cosine %.17g relerr %.17g\n",r->spec,r->cosine,
r->relerr);
else
printf("method %s samples %zu cosine %.17g cosine-sd %.17g relerr %.17g"
" mean-cosine %.17g bias %.17g noise %.17g variance %.17g\n",r->spec,
res->samples,r->cosine,r->cosine_sd,r->relerr,r->mean_cosine,
r->bias,r->noise,r->variance);
}
for(size_t q= 0;q<res->count;q++)
for(size_t r= q+1;r<res->count;r++)
printf("pair %s %s cosine %.17g\n",res->row[q].spec,res->row[r].spec,
res->pair[q][r]);
}

/*:539*//*551:*/
#line 134 "chapters/balance.w"

static int cmd_balance(int argc,char**argv)
{
const char*spec= "bptt";
long episodes= LSTM_BALANCE_EPISODES,seed= 1,param;
double rate= LSTM_BALANCE_RATE,*theta,*loss;
lstm_error err;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
printf("usage: lstm balance [--method M] [--episodes E] [--rate R] "
"[--seed S]\n"
"Train the one free parameter of the book's influence-balancing\n"
"network with method M (bptt) for E episodes (%d) with rate R (%g),\n"
"a random method from the seed S (1), and print the parameter and\n"
"the loss of every episode.\n",LSTM_BALANCE_EPISODES,
LSTM_BALANCE_RATE);
return 0;
}
for(int a= 0;a<argc;a+= 2){
const char*val= a+1<argc?argv[a+1]:NULL;
char*end;
if(!val)return usage_error("balance","expected a value after '%s'",
argv[a]);
if(strcmp(argv[a],"--method")==0)spec= val;
else if(strcmp(argv[a],"--episodes")==0){
if((episodes= parse_seed(val))<1||episodes> 1000000)
return usage_error("balance","expected 1 to 1000000 episodes, "
"found '%s'",val);
}else if(strcmp(argv[a],"--rate")==0){
rate= strtod(val,&end);
if(end==val||*end!='\0'||!isfinite(rate)||!(rate> 0))
return usage_error("balance","expected a positive rate, found '%s'",
val);
}else if(strcmp(argv[a],"--seed")==0){
if((seed= parse_seed(val))<0)
return usage_error("balance","expected a whole number from 0 to "
"2147483647 after --seed, found '%s'",val);
}else return usage_error("balance","unknown argument '%s'",argv[a]);
}
if(!find_method("balance",spec,&param))return 2;
theta= malloc((size_t)episodes*sizeof*theta);
loss= malloc((size_t)episodes*sizeof*loss);
if(!theta||!loss)
status= lstm_fail(&err,LSTM_ENOMEM,"out of memory");
else status= lstm_balance(spec,seed,episodes,rate,theta,loss,&err);
if(status==LSTM_OK){
printf("lstm-balance 1\nmethod %s\n",spec);
for(long e= 0;e<episodes;e++)
printf("episode %ld theta %.17g loss %.17g\n",e,theta[e],loss[e]);
}
free(theta);free(loss);
return status==LSTM_OK?0:report(status,&err);
}

/*:551*//*561:*/
#line 110 "chapters/inspect.w"

static int cmd_inspect(int argc,char**argv)
{
return with_files("inspect","usage: lstm inspect MODEL SEQ\n"
"Run the model forward and BPTT backward over every sequence of SEQ\n"
"and print, for every step, the gates, the state, the output, the\n"
"state's derivative, the two backward messages and the product of\n"
"the later forget gates.\n",argc,argv,print_inspect);
}

/*:561*//*562:*/
#line 127 "chapters/inspect.w"

static int print_inspect(const lstm_net*net,const lstm_data*data,
lstm_error*err)
{
lstm_trace tr;
lstm_net grad;
size_t longest= 1,n= net->n;
double*row= NULL;
double*fprod= NULL;
int status;
for(size_t s= 0;s<data->count;s++)
if(data->seq[s].T> longest)longest= data->seq[s].T;
if((status= lstm_trace_alloc(&tr,net,longest,err))!=LSTM_OK)
return status;
if((status= lstm_net_like(&grad,net,err))==LSTM_OK){
row= malloc(10*n*sizeof*row);
fprod= malloc(longest*n*sizeof*fprod);
if(!row||!fprod)
status= lstm_fail(err,LSTM_ENOMEM,"out of memory");
}
for(int pass= 0;pass<2&&status==LSTM_OK;pass++){
if(pass==1)printf("lstm-inspect 1\n");
for(size_t s= 0;s<data->count&&status==LSTM_OK;s++)
/*563:*/
#line 159 "chapters/inspect.w"

{
const lstm_seq*seq= &data->seq[s];
double loss= lstm_forward(net,seq,&tr);
lstm_backward(net,seq,&tr,&grad);
/*564:*/
#line 185 "chapters/inspect.w"

for(size_t j= 0;j<n&&seq->T> 0;j++)fprod[(seq->T-1)*n+j]= 1;
for(size_t t= seq->T> 0?seq->T-1:0;t--> 0;)
for(size_t j= 0;j<n;j++)
fprod[t*n+j]= fprod[(t+1)*n+j]*lstm_gates(&tr,t+1)[2*n+j];

/*:564*/
#line 164 "chapters/inspect.w"
;
if(!isfinite(loss))
status= lstm_fail(err,LSTM_EDATA,"the loss of sequence %zu is not "
"finite",s+1);

if(pass==1)printf("sequence %zu loss %.17g\n",s+1,loss);
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
/*565:*/
#line 196 "chapters/inspect.w"

{
const double*g= lstm_gates(&tr,t);
memcpy(row,g,4*n*sizeof*row);
memcpy(row+4*n,lstm_state(&tr,t),n*sizeof*row);
memcpy(row+5*n,lstm_out(&tr,t),n*sizeof*row);
memcpy(row+6*n,lstm_dstate(&tr,t),n*sizeof*row);
for(size_t j= 0;j<n;j++)row[7*n+j]= row[8*n+j]= 0;
if(t+1<seq->T){
const double*g1= lstm_gates(&tr,t+1),*dg1= lstm_dgates(&tr,t+1);
const double*ds1= lstm_dstate(&tr,t+1);
for(size_t j= 0;j<n;j++)row[7*n+j]= ds1[j]*g1[2*n+j];
for(size_t r= 0;r<4*n;r++)
for(size_t j= 0;j<n;j++)
row[8*n+j]+= net->U[r*n+j]*dg1[r];
}
memcpy(row+9*n,fprod+t*n,n*sizeof*row);
}

/*:565*/
#line 171 "chapters/inspect.w"
;
for(size_t q= 0;q<10*n;q++)
if(!isfinite(row[q])){
status= lstm_fail(err,LSTM_EDATA,"a number of step %zu of "
"sequence %zu is not finite",t,s+1);

break;
}
if(pass==1)/*566:*/
#line 215 "chapters/inspect.w"

{
static const char*name[10]= {"a","i","f","o","state","out",
"dstate","carry","Dout","fprod"};
printf("step %zu",t);
for(size_t q= 0;q<10;q++){
printf(" %s",name[q]);
for(size_t j= 0;j<n;j++)printf(" %.17g",row[q*n+j]);
}
printf("\n");
}
#line 1 "chapters/teaching.w"
/*:566*/
#line 179 "chapters/inspect.w"
;
}
}

/*:563*/
#line 150 "chapters/inspect.w"
;
}
free(row);
free(fprod);
lstm_net_free(&grad);
lstm_trace_free(&tr);
return status;
}

/*:562*/
#line 20 "chapters/command.w"

/*435:*/
#line 42 "chapters/command.w"

static const lstm_command commands[]= {
/*390:*/
#line 791 "chapters/training.w"

{"train","train a network on a task of the 1997 paper",cmd_train},

/*:390*//*420:*/
#line 458 "chapters/speed.w"

{"bench","time the gradient methods and fit their growth",cmd_bench},

/*:420*//*440:*/
#line 125 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:440*//*457:*/
#line 385 "chapters/command.w"

{"forward","run a model over sequences; print outputs and loss",
cmd_forward},

/*:457*//*462:*/
#line 461 "chapters/command.w"

{"grad","print the gradient of the loss of sequences",cmd_grad},

/*:462*//*465:*/
#line 532 "chapters/command.w"

{"gradcheck","check a method's gradient against central differences",
cmd_gradcheck},

/*:465*//*472:*/
#line 67 "chapters/experiments.w"

{"experiments","list the experiment grid, or report on its results",
cmd_experiments},

/*:472*//*530:*/
#line 250 "chapters/align.w"

{"align","measure how well each method's gradient aligns with the exact one",
cmd_align},

/*:530*//*549:*/
#line 127 "chapters/balance.w"

{"balance","run the influence-balancing experiment with a method",
cmd_balance},

/*:549*//*559:*/
#line 101 "chapters/inspect.w"

{"inspect","print the gates, states and backward messages of every step",
cmd_inspect},

/*:559*/
#line 44 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:435*/
#line 21 "chapters/command.w"

/*436:*/
#line 52 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*437:*/
#line 80 "chapters/command.w"

{
FILE*f= argc<2?stderr:stdout;
fprintf(f,"usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
for(size_t c= 0;c<command_count;c++)
fprintf(f,"  %-10s %s\n",commands[c].name,commands[c].summary);
fprintf(f,"\n'lstm COMMAND --help' describes a command; "
"'lstm --version' prints the version.\n");
}

/*:437*/
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
/*438:*/
#line 90 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:438*/
#line 68 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:436*/
#line 22 "chapters/command.w"


/*:432*/
