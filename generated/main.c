/*388:*/
#line 14 "chapters/command.w"

#define _POSIX_C_SOURCE 200809L 
#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <math.h> 
#include <errno.h> 
#include <limits.h> 
#include <fcntl.h> 
#include <sys/stat.h> 
#include <unistd.h> 
/*345:*/
#line 680 "chapters/training.w"

static int cmd_train(int argc,char**argv);
static int train_usage(const char*fmt,const char*a,const char*b);
static void train_progress(const lstm_train_status*st,void*ctx);

/*:345*//*376:*/
#line 461 "chapters/speed.w"

#define BENCH_LIST_MAX 16
static int cmd_bench(int argc,char**argv);
static void print_fit(const char*what,const char*name,const char*size,
size_t at,double p);
static int read_size_list(const char*what,const char*text,size_t max,
size_t list[BENCH_LIST_MAX],size_t*count);
static int bench_method(const lstm_method*meth,long param,
const size_t*cells,size_t ncells,const size_t*steps,size_t nsteps);

/*:376*//*391:*/
#line 43 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:391*//*398:*/
#line 140 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:398*//*400:*/
#line 180 "chapters/command.w"

static const char*short_g(char buf[32],double x);

/*:400*//*402:*/
#line 214 "chapters/command.w"

typedef struct out_file{
const char*path;
char*tmp;
FILE*f;
}out_file;
static int out_open(out_file*o,const char*path,lstm_error*err);
static int out_commit(out_file*o,lstm_error*err);
static void out_abandon(out_file*o);
static int out_refuse(const char*path,lstm_error*err);

/*:402*//*407:*/
#line 369 "chapters/command.w"

typedef struct lstm_options{
const char*model,*seq;
const char*method;
double eps;
size_t sample;
uint64_t seed;
int progress;
}lstm_options;
#define WITH_METHOD 1
#define WITH_EPS 2
#define WITH_SAMPLE 4
static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt);
static int usage_error(const char*cmd,const char*fmt,const char*what);

/*:407*//*411:*/
#line 472 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param);

/*:411*//*413:*/
#line 496 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err);

/*:413*//*416:*/
#line 533 "chapters/command.w"

static int cmd_forward(int argc,char**argv);
static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:416*//*422:*/
#line 650 "chapters/command.w"

static int cmd_grad(int argc,char**argv);

/*:422*//*425:*/
#line 725 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv);
static int print_check(const lstm_options*opt,const lstm_check*res);
static void check_progress(size_t done,size_t total,void*ctx);

/*:425*//*436:*/
#line 182 "chapters/owndata.w"

typedef struct train_args{
const char*data,*valid;
const char*init;
const char*checkpoint;
int output;
long epochs,every;
int progress;
}train_args;
static int train_option(const char*opt,const char*val,train_args*args);
static lstm_train_config data_defaults(void);
static int train_on_data(const lstm_train_config*cfg,const train_args*args,
const char*out,const char*curve);

/*:436*//*441:*/
#line 321 "chapters/owndata.w"

static int data_network(const lstm_train_config*cfg,const train_args*args,
const lstm_data*train,lstm_net*net,lstm_error*err);

/*:441*//*443:*/
#line 362 "chapters/owndata.w"

typedef struct train_watch{
int terminal;
FILE*talk;
out_file model,curve;
int has_model,has_curve;
int has_valid;
const char*checkpoint;
long every;
int failed;
lstm_error err;
int interrupted;
const lstm_net*net;
}train_watch;
static volatile sig_atomic_t train_stop;
static void on_interrupt(int sig);
static const char*const optimizer_name[3]= {"sgd","momentum","adam"};
static int watch_open(train_watch*w,const lstm_train_config*cfg,
const train_args*args,const lstm_net*net,const char*out,
const char*curve,lstm_error*err);
static int watch_close(train_watch*w,int status,const lstm_net*net,
lstm_error*err);
static void watch_checkpoint(train_watch*w,long sequences);
static void data_progress(const lstm_epoch*st,const lstm_net*net,
void*ctx);

/*:443*//*450:*/
#line 30 "chapters/experiments.w"

static int cmd_experiments(int argc,char**argv);
#define EXP_SEEDS 10
#define EXP_BUDGET 20000
#define EXP_CURVE_LAG 20
static const size_t exp_lags[5]= {5,10,20,50,100};

/*:450*//*452:*/
#line 46 "chapters/experiments.w"

#define EXP_FAMILIES 5
static const char*family_name[EXP_FAMILIES]= 
{"bptt","tbptt:p/2","tbptt:2p","irtrl","rtrl"};
static int family_spec(int f,size_t p,char*buf,size_t size);

/*:452*//*457:*/
#line 147 "chapters/experiments.w"

typedef struct{
int task;
int family;
size_t lag;
int solved;
long sequences;
double retention[3];
}exp_run;
static int experiments_report(const char*dir,double seconds);
static int parse_run(const char*line,exp_run*run);

/*:457*//*459:*/
#line 203 "chapters/experiments.w"

typedef struct{
int runs,solved;
long needed[EXP_SEEDS];
double kept[3];
}exp_cell;
static int compare_long(const void*a,const void*b);
static double cell_median(const exp_cell*c);
static void write_tables(FILE*f,exp_cell cells[EXP_FAMILIES][5],
exp_cell other[2],double seconds,int total);
static void write_figures(FILE*f,exp_cell cells[EXP_FAMILIES][5],
const char*dir);

/*:459*//*467:*/
#line 392 "chapters/experiments.w"

static void mp_prologue(FILE*f);
static void mp_legend(FILE*f,int with_families);
static void mp_line(FILE*f,int fam,int count,const double*x,
const double*y);

/*:467*/
#line 25 "chapters/command.w"

/*346:*/
#line 693 "chapters/training.w"

static int cmd_train(int argc,char**argv)
{
lstm_train_config cfg;
lstm_train_status st;
lstm_net net,start;
lstm_error err;
const char*task= NULL,*out= NULL,*curve= NULL;
train_args args= {NULL,NULL,NULL,NULL,-1,0,1000,0};
train_watch w;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
/*348:*/
#line 751 "chapters/training.w"

printf("usage: lstm train --task lag|reber|adding [--lag p] [--max-sequences N]\n"
"       lstm train --data FILE [--valid FILE] [--output l2|softmax|none]\n"
"                  [--epochs N]\n"
"  and for both: [--method M] [--seed S] [--cells N] [--lr R]\n"
"    [--optimizer sgd|momentum|adam] [--clip C] [--init MODEL]\n"
"    [--out FILE] [--curve FILE] [--checkpoint FILE] [--every N]\n"
"    [--progress]\n"
"Train a network on a task of Hochreiter and Schmidhuber (1997) until\n"
"it meets the paper's success criterion or the budget is spent, or on\n"
"the sequences of FILE for N epochs (10 unless given); print a summary\n"
"line, and write the model to FILE if asked. A value may follow its\n"
"option or an equals sign; '-' is standard input or output. Ctrl-C\n"
"stops after the current sequence and writes what was asked for.\n");

/*:348*/
#line 706 "chapters/training.w"
;
return 0;
}
/*347:*/
#line 740 "chapters/training.w"

for(int a= 0;a<argc;a++)
if(strcmp(argv[a],"--task")==0&&a+1<argc)task= argv[++a];
else if(strncmp(argv[a],"--task=",7)==0)task= argv[a]+7;
else if(strcmp(argv[a],"--data")==0&&a+1<argc)args.data= argv[++a];
else if(strncmp(argv[a],"--data=",7)==0)args.data= argv[a]+7;
if(!task==!args.data)
return train_usage("lstm train: expected --task or --data, and not both%s",
"","");


/*:347*/
#line 709 "chapters/training.w"
;
cfg= task?lstm_train_defaults(task):data_defaults();
for(int a= 0;a<argc;a++)
/*349:*/
#line 770 "chapters/training.w"

{
const char*arg= argv[a],*eq= strchr(arg,'='),*val;
char opt[32],*end= NULL;
size_t len= eq?(size_t)(eq-arg):strlen(arg);
if(strncmp(arg,"--",2)!=0||len>=sizeof opt)
return train_usage("lstm train: unknown argument '%s'",arg,"");
memcpy(opt,arg,len);
opt[len]= '\0';
if(strcmp(opt,"--progress")==0&&!eq){
args.progress= 1;
continue;
}
val= eq?eq+1:a+1<argc?argv[++a]:NULL;
if(!val)return train_usage("lstm train: %s needs a value",opt,"");
if((status= train_option(opt,val,&args))==2)return 2;
else if(status==1)continue;
else if(strcmp(opt,"--task")==0)continue;
else if(strcmp(opt,"--method")==0)cfg.method= val;
else if(strcmp(opt,"--out")==0)out= val;
else if(strcmp(opt,"--curve")==0)curve= val;
else if(strcmp(opt,"--optimizer")==0){
if(strcmp(val,"sgd")==0)cfg.optimizer= LSTM_SGD;
else if(strcmp(val,"momentum")==0)cfg.optimizer= LSTM_MOMENTUM;
else if(strcmp(val,"adam")==0)cfg.optimizer= LSTM_ADAM;
else return train_usage("lstm train: unknown optimiser '%s'",val,"");
}else if(strcmp(opt,"--lr")==0||strcmp(opt,"--clip")==0){
double v= strtod(val,&end);
if(end==val||*end||!isfinite(v)||v<0||
(v==0&&opt[2]=='l'))
return train_usage(opt[2]=='l'?"lstm train: expected a positive "
"number after %s, found '%s'":"lstm train: expected a number of "
"at least 0 after %s, found '%s'",opt,val);
if(opt[2]=='l')cfg.rate= v;else cfg.clip= v;
}else if(strcmp(opt,"--lag")==0||strcmp(opt,"--seed")==0||
strcmp(opt,"--cells")==0||strcmp(opt,"--max-sequences")==0){
/*350:*/
#line 815 "chapters/training.w"

{
unsigned long long v;
errno= 0;
v= strtoull(val,&end,10);
if(val[0]<'0'||val[0]> '9'||*end||errno==ERANGE||
(opt[2]=='m'&&v> LONG_MAX)||(opt[2]!='s'&&v> SIZE_MAX))
return train_usage("lstm train: expected a whole number after %s, "
"found '%s'",opt,val);

if(opt[2]=='l')cfg.length= (size_t)v;
else if(opt[2]=='s')cfg.seed= (uint64_t)v;
else if(opt[2]=='c')cfg.cells= (size_t)v;
else cfg.max_sequences= (long)v;
}

/*:350*/
#line 806 "chapters/training.w"
;
}else return train_usage("lstm train: unknown option '%s'",opt,"");
}

/*:349*/
#line 712 "chapters/training.w"
;
if(args.data)return train_on_data(&cfg,&args,out,curve);
if(args.valid||args.output>=0||args.epochs)
return train_usage("lstm train: --valid, --output and --epochs are for "
"--data, not --task%s","","");

if(args.init){
if((status= lstm_model_read(args.init,&start,&err))!=LSTM_OK)
return report(status,&err);
cfg.start= &start;
}
if((status= watch_open(&w,&cfg,&args,&net,out,curve,&err))==
LSTM_OK){
cfg.report= train_progress;
cfg.ctx= &w;
cfg.report_every= 1;
cfg.stop= &train_stop;
status= lstm_train_task(&cfg,&net,&st,&err);
w.interrupted= train_stop&&!w.failed&&!st.solved&&
st.sequences<cfg.max_sequences;
if(status==LSTM_OK)/*352:*/
#line 862 "chapters/training.w"

{
char lr[32],clip[32],loss[32],measure[32],secs[32];
fprintf(w.talk,"%s after %ld sequences: task %s length %zu method %s "
"seed %llu cells %zu optimizer %s lr %s clip %s loss %s measure %s "
"seconds %s",st.solved?"solved":"not solved",st.sequences,
cfg.task,cfg.length,cfg.method,(unsigned long long)cfg.seed,
net.n,optimizer_name[cfg.optimizer],short_g(lr,cfg.rate),
short_g(clip,cfg.clip),short_g(loss,st.moving_loss),
short_g(measure,st.measure),short_g(secs,st.seconds));
if(strcmp(cfg.task,"lag")==0)
for(int q= 0;q<3&&status==LSTM_OK;q++){
static const int times[3]= {2,5,10};
double kept= 0;
status= lstm_retention(&net,cfg.length,times[q]*cfg.length,&kept,
&err);
fprintf(w.talk," retention%dp %s",times[q],short_g(lr,kept));
}
fprintf(w.talk,"\n");
}

/*:352*/
#line 732 "chapters/training.w"
;
status= watch_close(&w,status,&net,&err);
lstm_net_free(&net);
}else status= report(status,&err);
if(args.init)lstm_net_free(&start);
return status;
}

/*:346*//*351:*/
#line 831 "chapters/training.w"

static int train_usage(const char*fmt,const char*a,const char*b)
{
fprintf(stderr,fmt,a,b);
fprintf(stderr,"; try 'lstm train --help'\n");


return 2;
}

static void train_progress(const lstm_train_status*st,void*ctx)
{
train_watch*w= ctx;
watch_checkpoint(w,st->sequences);
if(st->sequences%100!=0&&!st->solved)return;
if(w->terminal){
fprintf(stderr,"\r%ld sequences, moving loss %.4g, measure %.3g, "
"%.0f sequences/s   ",st->sequences,st->moving_loss,st->measure,
st->seconds> 0?st->sequences/st->seconds:0.0);
fflush(stderr);
}
if(w->has_curve)
fprintf(w->curve.f,"%ld %.17g %.17g\n",st->sequences,st->moving_loss,
st->measure);
}

/*:351*//*377:*/
#line 475 "chapters/speed.w"

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
/*378:*/
#line 505 "chapters/speed.w"

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

/*:378*/
#line 494 "chapters/speed.w"
;
/*379:*/
#line 525 "chapters/speed.w"

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

/*:379*/
#line 495 "chapters/speed.w"
;
printf("lstm-bench 1\n# method cells steps runs us-per-step work-bytes\n");
for(size_t q= 0;q<nmeth;q++){
int status= bench_method(meth[q],param[q],cells,ncells,steps,
nsteps);
if(status!=0)return status;
}
return 0;
}

/*:377*//*380:*/
#line 553 "chapters/speed.w"

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
for(size_t q= 0;q<*count;q++)
if(list[q]==(size_t)v){
fprintf(stderr,"lstm bench: expected after %s sizes that differ, "
"found %llu twice in '%s'; try 'lstm bench --help'\n",what,v,text);

return 2;
}
list[(*count)++]= (size_t)v;
if(*end=='\0')return 0;
p= end+1;
}
}

/*:380*//*381:*/
#line 588 "chapters/speed.w"

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
/*382:*/
#line 614 "chapters/speed.w"

{
double x[BENCH_LIST_MAX],y[BENCH_LIST_MAX];
if(ncells> 1)
for(size_t s= 0;s<nsteps;s++){
for(size_t c= 0;c<ncells;c++){
x[c]= (double)cells[c];y[c]= secs[c][s];
}
print_fit("time-exponent",name,"steps",steps[s],
lstm_fit_exponent(x,y,ncells));
}
if(nsteps> 1)
for(size_t c= 0;c<ncells;c++){
for(size_t s= 0;s<nsteps;s++){
x[s]= (double)steps[s];y[s]= bytes[c][s];
}
print_fit("memory-exponent",name,"cells",cells[c],
lstm_fit_exponent(x,y,nsteps));
}
}

/*:382*/
#line 610 "chapters/speed.w"
;
return 0;
}

/*:381*//*383:*/
#line 639 "chapters/speed.w"

static void print_fit(const char*what,const char*name,const char*size,
size_t at,double p)
{
if(isfinite(p))printf("%s %s %s %zu %.17g\n",what,name,size,at,p);
else fprintf(stderr,"lstm bench: no %s for %s at %s %zu: a measurement "
"was zero\n",what,name,size,at);

}

/*:383*//*396:*/
#line 113 "chapters/command.w"

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

/*:396*//*399:*/
#line 143 "chapters/command.w"

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

/*:399*//*401:*/
#line 183 "chapters/command.w"

static const char*short_g(char buf[32],double x)
{
for(int digits= 1;digits<=17;digits++){
snprintf(buf,32,"%.*g",digits,x);
if(strtod(buf,NULL)==x||!isfinite(x))break;
}
return buf;
}

/*:401*//*403:*/
#line 232 "chapters/command.w"

static int out_open(out_file*o,const char*path,lstm_error*err)
{
size_t len= strlen(path);
mode_t mask;
int fd;
o->path= path;o->tmp= NULL;o->f= NULL;
if(strcmp(path,"-")==0){
o->f= stdout;
return LSTM_OK;
}
if(path[0]=='\0')
return lstm_fail(err,LSTM_EUSAGE,"expected a file name, found ''");

if(out_refuse(path,err)!=LSTM_OK)return LSTM_EIO;
if(!(o->tmp= malloc(len+8)))
return lstm_fail_at(err,LSTM_ENOMEM,path,0,"out of memory");
memcpy(o->tmp,path,len);
memcpy(o->tmp+len,".XXXXXX",8);
if((fd= mkstemp(o->tmp))<0){
int e= errno;
free(o->tmp);
o->tmp= NULL;
return lstm_fail_at(err,LSTM_EIO,path,0,"cannot write the file: %s",
strerror(e));

}
mask= umask(0);
umask(mask);
if(fchmod(fd,0666&~mask)!=0||!(o->f= fdopen(fd,"w"))){
int e= errno;
close(fd);
out_abandon(o);
return lstm_fail_at(err,LSTM_EIO,path,0,"cannot write the file: %s",
strerror(e));
}
return LSTM_OK;
}

/*:403*//*404:*/
#line 275 "chapters/command.w"

static int out_refuse(const char*path,lstm_error*err)
{
struct stat sb;
const char*what= "not a regular file";
if(lstat(path,&sb)!=0||S_ISREG(sb.st_mode))return LSTM_OK;
if(S_ISDIR(sb.st_mode))what= "a directory";
else if(S_ISLNK(sb.st_mode))what= "a symbolic link";
else if(S_ISFIFO(sb.st_mode))what= "a FIFO";
else if(S_ISCHR(sb.st_mode)||S_ISBLK(sb.st_mode))what= "a device";
return lstm_fail_at(err,LSTM_EIO,path,0,"is %s, not a regular file; "
"it is not replaced",what);

}

/*:404*//*405:*/
#line 297 "chapters/command.w"

static int out_commit(out_file*o,lstm_error*err)
{
int e= 0;
if(!o->tmp){
if(fflush(stdout)!=0||ferror(stdout))
return lstm_fail(err,LSTM_EIO,"error writing standard output");
return LSTM_OK;
}
errno= 0;
if(fflush(o->f)!=0||ferror(o->f)||fsync(fileno(o->f))!=0)
e= errno?errno:EIO;
if(fclose(o->f)!=0&&!e)e= errno?errno:EIO;
o->f= NULL;
if(!e&&out_refuse(o->path,err)!=LSTM_OK){
out_abandon(o);
return LSTM_EIO;
}
if(!e&&rename(o->tmp,o->path)!=0)e= errno;
if(e){
out_abandon(o);
return lstm_fail_at(err,LSTM_EIO,o->path,0,
"cannot write the file: %s",strerror(e));
}
/*406:*/
#line 344 "chapters/command.w"

{
char*slash= strrchr(o->tmp,'/');
int dfd;
if(slash)slash[slash==o->tmp]= '\0';
if((dfd= open(slash?o->tmp:".",O_RDONLY))>=0){
(void)fsync(dfd);
close(dfd);
}
}

/*:406*/
#line 321 "chapters/command.w"
;
free(o->tmp);
o->tmp= NULL;
return LSTM_OK;
}

static void out_abandon(out_file*o)
{
if(o->f&&o->f!=stdout)fclose(o->f);
if(o->tmp){
unlink(o->tmp);
free(o->tmp);
}
o->f= NULL;
o->tmp= NULL;
}

/*:405*//*408:*/
#line 389 "chapters/command.w"

static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt)
{
int files= 0;
opt->model= opt->seq= NULL;
opt->method= "bptt";
opt->eps= LSTM_FD_STEP;
opt->sample= 0;
opt->seed= 1;
opt->progress= 0;
for(int a= 0;a<argc;a++){
const char*arg= argv[a];
if((with&WITH_SAMPLE)&&strcmp(arg,"--progress")==0)
opt->progress= 1;
else if(strncmp(arg,"--",2)==0&&arg[2]!='\0'){
/*409:*/
#line 418 "chapters/command.w"

{
const char*eq= strchr(arg,'=');
size_t len= eq?(size_t)(eq-arg):strlen(arg);
const char*val= eq?eq+1:a+1<argc?argv[a+1]:NULL;
int is_method= len==8&&strncmp(arg,"--method",8)==0;
int is_eps= len==5&&strncmp(arg,"--eps",5)==0;
int is_sample= (len==8&&strncmp(arg,"--sample",8)==0)||
(len==6&&strncmp(arg,"--seed",6)==0);
char*end;
if(!((is_method&&(with&WITH_METHOD))||(is_eps&&(with&WITH_EPS))
||(is_sample&&(with&WITH_SAMPLE))))
return usage_error(cmd,"unknown option '%s'",arg);

if(!val)return usage_error(cmd,"expected a value after '%s'",arg);

if(!eq)a++;
if(is_method)opt->method= val;
else if(is_sample){
unsigned long long v;
errno= 0;
v= strtoull(val,&end,10);
if(val[0]<'0'||val[0]> '9'||*end||errno==ERANGE||
(arg[3]=='a'&&(v<1||v> LSTM_MAX_PARAMS)))
return usage_error(cmd,arg[3]=='a'?"expected a number of "
"parameters after --sample, found '%s'":"expected a whole number "
"after --seed, found '%s'",val);

if(arg[3]=='a')opt->sample= (size_t)v;else opt->seed= v;
}else{
opt->eps= strtod(val,&end);
if(end==val||*end!='\0'||!isfinite(opt->eps)||!(opt->eps> 0))
return usage_error(cmd,
"expected a positive number after --eps, found '%s'",val);

}
}

/*:409*/
#line 405 "chapters/command.w"
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

/*:408*//*410:*/
#line 459 "chapters/command.w"

static int usage_error(const char*cmd,const char*fmt,const char*what)
{
fprintf(stderr,"lstm %s: ",cmd);
fprintf(stderr,fmt,what);
fprintf(stderr,"; try 'lstm %s --help'\n",cmd);
return 2;
}

/*:410*//*412:*/
#line 476 "chapters/command.w"

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

/*:412*//*414:*/
#line 500 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err)
{
int status;
if(strcmp(opt->model,"-")==0&&strcmp(opt->seq,"-")==0)
return lstm_fail(err,LSTM_EUSAGE,"only one of MODEL and SEQ can be "
"standard input, '-'");

if((status= lstm_model_read(opt->model,net,err))!=LSTM_OK)
return status;
if((status= lstm_data_read(opt->seq,net,data,err))!=LSTM_OK)
lstm_net_free(net);
return status;
}

/*:414*//*417:*/
#line 538 "chapters/command.w"

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

/*:417*//*418:*/
#line 571 "chapters/command.w"

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
/*419:*/
#line 597 "chapters/command.w"

for(size_t s= 0;s<data->count&&status==LSTM_OK;s++){
const lstm_seq*seq= &data->seq[s];
loss+= lstm_forward(net,seq,&tr);
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
int finite= 1;
for(size_t j= 0;j<net->n;j++)finite&= isfinite(lstm_out(&tr,t)[j]);
for(size_t r= 0;r<net->k;r++)finite&= isfinite(lstm_pred(&tr,t)[r]);
if(!finite)
status= lstm_fail(err,LSTM_EDATA,"the output of step %zu of "
"sequence %zu is not finite: the numbers of the files are too "
"large for double precision",t,s+1);

}
}
if(status==LSTM_OK)status= lstm_finite_loss(loss,err);
if(status!=LSTM_OK){
lstm_trace_free(&tr);
return status;
}
loss= 0;

/*:419*/
#line 583 "chapters/command.w"
;
printf("lstm-forward 1\n");
for(size_t s= 0;s<data->count;s++){
const lstm_seq*seq= &data->seq[s];
loss+= lstm_forward(net,seq,&tr);
printf("sequence %zu\n",s+1);
for(size_t t= 0;t<seq->T;t++)
/*420:*/
#line 619 "chapters/command.w"

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

/*:420*/
#line 590 "chapters/command.w"
;
}
printf("loss %.17g\n",loss);
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:418*//*423:*/
#line 653 "chapters/command.w"

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

/*:423*//*426:*/
#line 730 "chapters/command.w"

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
printf("usage: lstm gradcheck [--method METHOD] [--eps E] [--sample K]\n"
"         [--seed S] [--progress] MODEL SEQ\n"
"Compare the gradient of METHOD (bptt unless given) with central\n"
"differences of step E (%g unless given, with Richardson\n"
"extrapolation) and print the largest absolute and relative error of\n"
"each block. With --sample, check K parameters drawn with seed S\n"
"(1 unless given). Progress goes to standard error when it is a\n"
"terminal, or with --progress. Exit status 3 when a relative error\n"
"exceeds %g.\n",LSTM_FD_STEP,LSTM_CHECK_TOL);
return 0;
}
if((status= parse_options("gradcheck",argc,argv,
WITH_METHOD|WITH_EPS|WITH_SAMPLE,&opt))!=0)return status;
if(!(meth= find_method("gradcheck",opt.method,&param)))return 2;
if(!meth->exact)
return usage_error("gradcheck","method %s does not compute the exact "
"gradient, so it cannot be checked",meth->name);

if((status= load_files(&opt,&net,&data,&err))!=LSTM_OK)
return report(status,&err);
opt.progress|= isatty(fileno(stderr));
status= lstm_gradcheck_sample(&net,&data,meth,param,opt.eps,
opt.sample,opt.seed,opt.progress?check_progress:NULL,NULL,&res,
&err);
if(opt.progress)fputc('\n',stderr);
if(opt.sample)opt.sample= net.P;
lstm_net_free(&net);
lstm_data_free(&data);
if(status!=LSTM_OK)return report(status,&err);
return print_check(&opt,&res);
}

/*:426*//*427:*/
#line 778 "chapters/command.w"

static void check_progress(size_t done,size_t total,void*ctx)
{
(void)ctx;
if(done==total||done%(total/100+1)==0){
fprintf(stderr,"\rgradcheck: %zu of %zu parameters",done,total);
fflush(stderr);
}
}

/*:427*//*428:*/
#line 788 "chapters/command.w"

static int print_check(const lstm_options*opt,const lstm_check*res)
{
size_t worst= 0;
char eps[32],tol[32];
printf("lstm-gradcheck 1\nmethod %s\neps %s\ntolerance %s\n",
opt->method,short_g(eps,opt->eps),short_g(tol,LSTM_CHECK_TOL));
if(opt->sample)
printf("sample %zu of %zu seed %llu\n",res->checked,opt->sample,
(unsigned long long)opt->seed);
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

/*:428*//*437:*/
#line 201 "chapters/owndata.w"

static lstm_train_config data_defaults(void)
{
lstm_train_config cfg= lstm_train_defaults("adding");
cfg.task= NULL;
cfg.length= 0;
cfg.cells= 8;
cfg.optimizer= LSTM_ADAM;
cfg.rate= 0.003;
cfg.clip= 0;
cfg.init= lstm_init_default();
return cfg;
}

/*:437*//*438:*/
#line 220 "chapters/owndata.w"

static int train_option(const char*opt,const char*val,train_args*args)
{
if(strcmp(opt,"--progress")==0)args->progress= 1;
else if(strcmp(opt,"--data")==0)args->data= val;
else if(strcmp(opt,"--valid")==0)args->valid= val;
else if(strcmp(opt,"--init")==0)args->init= val;
else if(strcmp(opt,"--checkpoint")==0)args->checkpoint= val;
else if(strcmp(opt,"--output")==0){
if(strcmp(val,"l2")==0)args->output= LSTM_OUT_L2;
else if(strcmp(val,"softmax")==0)args->output= LSTM_OUT_SOFTMAX;
else if(strcmp(val,"none")==0)args->output= LSTM_OUT_NONE;
else return train_usage("lstm train: expected l2, softmax or none after "
"%s, found '%s'",opt,val);
}else if(strcmp(opt,"--epochs")==0||strcmp(opt,"--every")==0){
char*end;
long v;
errno= 0;
v= strtol(val,&end,10);
if(val[0]<'0'||val[0]> '9'||*end||errno==ERANGE||v<1)
return train_usage("lstm train: expected a positive whole number "
"after %s, found '%s'",opt,val);
if(opt[3]=='p')args->epochs= v;else args->every= v;
}else return 0;
return 1;
}

/*:438*//*439:*/
#line 251 "chapters/owndata.w"

static int train_on_data(const lstm_train_config*cfg,const train_args*args,
const char*out,const char*curve)
{
lstm_data train,valid;
lstm_net net;
lstm_error err;
lstm_epoch st;
lstm_data_config dc;
train_watch w;
int status;
lstm_error_clear(&err);
memset(&net,0,sizeof net);
lstm_data_init(&valid,0,0);
if((strcmp(args->data,"-")==0)+(args->valid&&strcmp(args->valid,
"-")==0)+(args->init&&strcmp(args->init,"-")==0)> 1)
return train_usage("lstm train: only one of --data, --valid and --init "
"can be standard input, '-'%s","","");

if((status= lstm_data_read(args->data,NULL,&train,&err))!=LSTM_OK)
return report(status,&err);
if(args->valid&&
(status= lstm_data_read(args->valid,NULL,&valid,&err))!=LSTM_OK){
lstm_data_free(&train);
return report(status,&err);
}
if((status= data_network(cfg,args,&train,&net,&err))==LSTM_OK&&
(status= watch_open(&w,cfg,args,&net,out,curve,&err))==LSTM_OK){
/*440:*/
#line 288 "chapters/owndata.w"

memset(&dc,0,sizeof dc);
dc.train= &train;
dc.valid= args->valid?&valid:NULL;
dc.method= cfg->method;
dc.seed= cfg->seed;
dc.optimizer= cfg->optimizer;
dc.rate= cfg->rate;
dc.clip= cfg->clip;
dc.epochs= args->epochs?args->epochs:10;
dc.report= data_progress;
dc.ctx= &w;
dc.stop= &train_stop;
status= lstm_train_data(&dc,&net,&st,&err);
w.interrupted= st.interrupted;
if(status==LSTM_OK){
char lr[32],clip[32],loss[32],vloss[32],secs[32];
fprintf(w.talk,"trained %ld epochs, %ld sequences%s: method %s seed %llu "
"cells %zu output %s optimizer %s lr %s clip %s loss %s",st.epoch,
st.sequences,st.interrupted?", interrupted":"",cfg->method,
(unsigned long long)cfg->seed,net.n,net.output==LSTM_OUT_NONE?"none"
:net.output==LSTM_OUT_L2?"l2":"softmax",
optimizer_name[cfg->optimizer],short_g(lr,cfg->rate),
short_g(clip,cfg->clip),short_g(loss,st.train_loss));
if(args->valid)fprintf(w.talk," valid %s",short_g(vloss,st.valid_loss));
fprintf(w.talk," seconds %s\n",short_g(secs,st.seconds));
}

/*:440*/
#line 279 "chapters/owndata.w"
;
status= watch_close(&w,status,&net,&err);
}else status= report(status,&err);
lstm_net_free(&net);
lstm_data_free(&train);
lstm_data_free(&valid);
return status;
}

/*:439*//*442:*/
#line 325 "chapters/owndata.w"

static int data_network(const lstm_train_config*cfg,const train_args*args,
const lstm_data*train,lstm_net*net,lstm_error*err)
{
int status,output= args->output<0?LSTM_OUT_L2:args->output;
if(args->init){
if((status= lstm_model_read(args->init,net,err))!=LSTM_OK)
return status;
if(args->output>=0&&net->output!=args->output)
return lstm_fail_at(err,LSTM_EUSAGE,args->init,0,"has another "
"output layer than --output asks for");

return lstm_data_fits(net,train,err);
}
if(output==LSTM_OUT_NONE&&train->k!=cfg->cells)
return lstm_fail(err,LSTM_EUSAGE,"--output none needs as many targets "
"as cells, but the data have %zu targets and --cells is %zu",
train->k,cfg->cells);

if((status= lstm_net_init(net,train->m,cfg->cells,output==
LSTM_OUT_NONE?cfg->cells:train->k,output,err))==LSTM_OK){
lstm_rng rng;
lstm_rng_seed(&rng,cfg->seed);
lstm_net_initialize(net,&rng,&cfg->init);
}
return status;
}

/*:442*//*444:*/
#line 392 "chapters/owndata.w"

static void on_interrupt(int sig)
{
(void)sig;
train_stop= 1;
}

/*:444*//*445:*/
#line 404 "chapters/owndata.w"

static int watch_open(train_watch*w,const lstm_train_config*cfg,
const train_args*args,const lstm_net*net,const char*out,
const char*curve,lstm_error*err)
{
int to_stdout= (out&&strcmp(out,"-")==0)||
(curve&&strcmp(curve,"-")==0)||
(args->checkpoint&&strcmp(args->checkpoint,"-")==0);
int status;
(void)cfg;
memset(w,0,sizeof*w);
lstm_error_clear(&w->err);
w->terminal= args->progress||isatty(fileno(stderr));
w->talk= to_stdout?stderr:stdout;
w->checkpoint= args->checkpoint;
w->every= args->every;
w->net= net;
w->has_valid= args->data&&args->valid;
if(args->checkpoint){
out_file f;
if((status= out_open(&f,args->checkpoint,err))!=LSTM_OK)
return status;
out_abandon(&f);
}
if(out){
if((status= out_open(&w->model,out,err))!=LSTM_OK)return status;
w->has_model= 1;
}
if(curve){
if((status= out_open(&w->curve,curve,err))!=LSTM_OK){
if(out)out_abandon(&w->model);
return status;
}
w->has_curve= 1;
fprintf(w->curve.f,args->data?"# epoch sequences train-loss%s\n":
"# sequences moving-loss measure%s\n",args->valid?" valid-loss":"");
}
train_stop= 0;
signal(SIGINT,on_interrupt);
return LSTM_OK;
}

/*:445*//*446:*/
#line 450 "chapters/owndata.w"

static int watch_close(train_watch*w,int status,const lstm_net*net,
lstm_error*err)
{
int keep_curve= status==LSTM_OK||status==LSTM_EDIVERGED;
signal(SIGINT,SIG_DFL);
if(w->terminal)fputc('\n',stderr);
if(status==LSTM_OK&&w->failed)status= LSTM_EIO,*err= w->err;
if(w->has_curve){
lstm_error cerr;
lstm_error_clear(&cerr);
if(!keep_curve)out_abandon(&w->curve);
else if(out_commit(&w->curve,&cerr)!=LSTM_OK&&status==LSTM_OK)
status= LSTM_EIO,*err= cerr;
}
if(w->has_model){
if(status!=LSTM_OK)out_abandon(&w->model);
else if((status= lstm_model_write(w->model.f,net,err))!=LSTM_OK)
out_abandon(&w->model);
else status= out_commit(&w->model,err);
}
if(status==LSTM_EDIVERGED){
report(status,err);
fprintf(stderr,"lstm train: no model is written; a smaller learning "
"rate (--lr) or clipping (--clip) may help\n");
return 1;
}
if(status!=LSTM_OK)return report(status,err);
if(w->interrupted)
fprintf(stderr,"lstm train: interrupted; the model and the curve so far "
"are written\n");

return w->interrupted?130:0;
}

/*:446*//*447:*/
#line 490 "chapters/owndata.w"

static void watch_checkpoint(train_watch*w,long sequences)
{
out_file f;
if(!w->checkpoint||w->failed||sequences%w->every!=0)return;
if(out_open(&f,w->checkpoint,&w->err)==LSTM_OK){
if(lstm_model_write(f.f,w->net,&w->err)!=LSTM_OK)out_abandon(&f);
else if(out_commit(&f,&w->err)==LSTM_OK)return;
}
w->failed= 1;
train_stop= 1;
}

/*:447*//*448:*/
#line 508 "chapters/owndata.w"

static void data_progress(const lstm_epoch*st,const lstm_net*net,
void*ctx)
{
train_watch*w= ctx;
long epoch= st->epoch+(st->interrupted?1:0);
(void)net;
watch_checkpoint(w,st->sequences);
if(!st->end_of_epoch){
if(w->terminal&&st->sequences%100==0)
fprintf(stderr,"\repoch %ld, %ld sequences   ",st->epoch+1,
st->sequences);
return;
}
if(w->terminal)fprintf(stderr,"\r%30s\r","");
fprintf(w->talk,"epoch %ld sequences %ld loss %.6g",epoch,st->sequences,
st->train_loss);
if(w->has_valid)fprintf(w->talk," valid %.6g",st->valid_loss);
fprintf(w->talk,"%s\n",st->interrupted?" interrupted":"");
fflush(w->talk);
if(w->has_curve){
fprintf(w->curve.f,"%ld %ld %.17g",epoch,st->sequences,st->train_loss);
if(w->has_valid)fprintf(w->curve.f," %.17g",st->valid_loss);
fputc('\n',w->curve.f);
}
}
#line 1 "chapters/experiments.w"
/*:448*//*453:*/
#line 52 "chapters/experiments.w"

static int family_spec(int f,size_t p,char*buf,size_t size)
{
switch(f){
case 0:snprintf(buf,size,"bptt");return 1;
case 1:snprintf(buf,size,"tbptt:%zu",(p+1)/2);return 1;
case 2:snprintf(buf,size,"tbptt:%zu",2*p);return 1;
case 3:snprintf(buf,size,"irtrl");return 1;
default:snprintf(buf,size,"rtrl");return p<=10;
}
}

/*:453*//*454:*/
#line 71 "chapters/experiments.w"

static int cmd_experiments(int argc,char**argv)
{
/*455:*/
#line 105 "chapters/experiments.w"

char*split[3];
if(argc>=1&&argc<=2&&(strncmp(argv[0],"--list=",7)==0||
strncmp(argv[0],"--report=",9)==0)){
char*eq= strchr(argv[0],'=');
static char name[16];
snprintf(name,sizeof name,"%.*s",(int)(eq-argv[0]),argv[0]);
split[0]= name;
split[1]= eq+1;
split[2]= argc==2?argv[1]:NULL;
argv= split;
argc++;
}

/*:455*/
#line 74 "chapters/experiments.w"
;
if(wants_help(argc,argv)||argc<2){
printf("usage: lstm experiments --list DIR\n"
"       lstm experiments --report DIR SECONDS\n"
"--list prints the arguments of 'lstm train' for every run of the\n"
"book's experiment grid; --report reads DIR/results.txt (the runs'\n"
"summary lines) and writes DIR/results.tex and DIR/figures.mp.\n");
return argc<2&&!wants_help(argc,argv)?2:0;
}
if(strcmp(argv[0],"--list")==0&&argc==2){
/*456:*/
#line 126 "chapters/experiments.w"

for(int q= 4;q>=0;q--)
for(int f= EXP_FAMILIES-1;f>=0;f--)
for(int seed= 1;seed<=EXP_SEEDS;seed++){
char spec[32];
if(!family_spec(f,exp_lags[q],spec,sizeof spec))continue;
printf("--task lag --lag %zu --method %s --seed %d --max-sequences %d",
exp_lags[q],spec,seed,EXP_BUDGET);
if(seed==1&&exp_lags[q]==EXP_CURVE_LAG)
printf(" --curve %s/curve-%d.txt",argv[1],f);
printf("\n");
}
for(int seed= 1;seed<=EXP_SEEDS;seed++)
printf("--task reber --seed %d\n--task adding --seed %d\n",seed,seed);

/*:456*/
#line 84 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--report")==0&&argc==3){
char*end;
double seconds= strtod(argv[2],&end);
if(end==argv[2]||*end||!isfinite(seconds)||seconds<0||
seconds> 1e9||argv[2][0]<'0'||argv[2][0]> '9')
return usage_error("experiments","expected the wall-clock seconds "
"of the runs, a number from 0 to 1e9, found '%s'",argv[2]);

return experiments_report(argv[1],seconds);
}
fprintf(stderr,"lstm experiments: expected --list DIR or --report DIR "
"SECONDS; try 'lstm experiments --help'\n");
return 2;
}

/*:454*//*458:*/
#line 162 "chapters/experiments.w"

static int parse_run(const char*line,exp_run*run)
{
char buf[1024],*word,*colon;
char method[64]= "";
memset(run,0,sizeof*run);
if(strlen(line)>=sizeof buf)return 0;
strcpy(buf,line);
run->solved= strncmp(buf,"solved after ",13)==0;
if(!run->solved&&strncmp(buf,"not solved after ",17)!=0)return 0;
run->sequences= atol(buf+(run->solved?13:17));
if(!(colon= strchr(buf,':')))return 0;
for(word= strtok(colon+1," \n");word;word= strtok(NULL," \n")){
char*value= strtok(NULL," \n");
if(!value)break;
if(strcmp(word,"task")==0)
run->task= strcmp(value,"reber")==0?1:
strcmp(value,"adding")==0?2:0;
else if(strcmp(word,"length")==0)run->lag= (size_t)atol(value);
else if(strcmp(word,"method")==0)
snprintf(method,sizeof method,"%s",value);
else if(strncmp(word,"retention",9)==0){
int times= atoi(word+9);
run->retention[times==2?0:times==5?1:2]= atof(value);
}
}
run->family= -1;
if(run->task!=0)return 1;
for(int f= 0;f<EXP_FAMILIES;f++){
char spec[32];
if(family_spec(f,run->lag,spec,sizeof spec)&&
strcmp(spec,method)==0)run->family= f;
}
return run->family>=0&&run->lag> 0;
}

/*:458*//*460:*/
#line 216 "chapters/experiments.w"

static int experiments_report(const char*dir,double seconds)
{
exp_cell cells[EXP_FAMILIES][5],other[2];
char path[1024],line[1024];
FILE*in;
int total= 0;
memset(cells,0,sizeof cells);
memset(other,0,sizeof other);
snprintf(path,sizeof path,"%s/results.txt",dir);
if(!(in= fopen(path,"r"))){
fprintf(stderr,"%s: cannot read the results\n",path);

return 1;
}
while(fgets(line,sizeof line,in)){
exp_run run;
int q= 0;
if(!parse_run(line,&run)){
fprintf(stderr,"%s:%d: a line is not a summary of a run: '",path,
total+1);
/*461:*/
#line 265 "chapters/experiments.w"

for(size_t q= 0;line[q]&&line[q]!='\n'&&q<200;q++){
unsigned char c= (unsigned char)line[q];
if(c>=32&&c<127&&c!='\\')fputc(c,stderr);
else fprintf(stderr,"\\x%02x",c);
}

/*:461*/
#line 237 "chapters/experiments.w"
;
fprintf(stderr,"'\n");

fclose(in);
return 1;
}
total++;
if(run.task!=0){
exp_cell*c= &other[run.task-1];
if(c->runs==EXP_SEEDS)continue;
if(run.solved)c->needed[c->solved++]= run.sequences;
c->runs++;
continue;
}
while(q<5&&exp_lags[q]!=run.lag)q++;
if(q==5||cells[run.family][q].runs==EXP_SEEDS)continue;
/*462:*/
#line 272 "chapters/experiments.w"

{
exp_cell*c= &cells[run.family][q];
if(run.solved){
c->needed[c->solved++]= run.sequences;
for(int r= 0;r<3;r++)c->kept[r]+= run.retention[r];
}
c->runs++;
}

/*:462*/
#line 253 "chapters/experiments.w"
;
}
fclose(in);
/*463:*/
#line 285 "chapters/experiments.w"

{
char fpath[1024];
out_file tables,figures;
lstm_error err;
lstm_error_clear(&err);
snprintf(path,sizeof path,"%s/results.tex",dir);
snprintf(fpath,sizeof fpath,"%s/figures.mp",dir);
if(out_open(&tables,path,&err)!=LSTM_OK)return report(LSTM_EIO,&err);
if(out_open(&figures,fpath,&err)!=LSTM_OK){
out_abandon(&tables);
return report(LSTM_EIO,&err);
}
write_tables(tables.f,cells,other,seconds,total);
write_figures(figures.f,cells,dir);
if(out_commit(&tables,&err)!=LSTM_OK){
out_abandon(&figures);
return report(LSTM_EIO,&err);
}
if(out_commit(&figures,&err)!=LSTM_OK)return report(LSTM_EIO,&err);
}

/*:463*/
#line 256 "chapters/experiments.w"
;
return 0;
}

/*:460*//*464:*/
#line 310 "chapters/experiments.w"

static int compare_long(const void*a,const void*b)
{
long x= *(const long*)a,y= *(const long*)b;
return(x> y)-(x<y);
}

static double cell_median(const exp_cell*c)
{
long v[EXP_SEEDS];
if(c->solved==0)return-1;
memcpy(v,c->needed,c->solved*sizeof*v);
qsort(v,(size_t)c->solved,sizeof*v,compare_long);
return c->solved%2?(double)v[c->solved/2]:
(v[c->solved/2-1]+v[c->solved/2])/2.0;
}

/*:464*//*465:*/
#line 332 "chapters/experiments.w"

static void write_tables(FILE*f,exp_cell cells[EXP_FAMILIES][5],
exp_cell other[2],double seconds,int total)
{
fprintf(f,"%% Written by 'lstm experiments --report'; do not edit.\n");
fprintf(f,"\\def\\expruns{%d}\\def\\expminutes{%.1f}\n",total,
seconds/60);
fprintf(f,"\\def\\expsuccess{\\vbox{\\offinterlineskip\\halign{"
"\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad&\\hfil##\\quad\\cr\n");
fprintf(f,"\\rm method");
for(int q= 0;q<5;q++)
fprintf(f,"&\\multispan2\\hfil$p=%zu$\\hfil\\quad",exp_lags[q]);
fprintf(f,"\\cr\\noalign{\\hrule}\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
fprintf(f,"%s",family_name[fam]);
for(int q= 0;q<5;q++){
const exp_cell*c= &cells[fam][q];
double med= cell_median(c);
if(c->runs==0)fprintf(f,"&&");
else if(med<0)fprintf(f,"&%d/%d&--",c->solved,c->runs);
else fprintf(f,"&%d/%d&%.0f",c->solved,c->runs,med);
}
fprintf(f,"\\cr\n");
}
fprintf(f,"}}}\n");
/*466:*/
#line 370 "chapters/experiments.w"

fprintf(f,"\\def\\expretention{\\vbox{\\offinterlineskip\\halign{"
"\\strut\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n");
fprintf(f,"\\rm method&\\rm trained at&\\rm solved&$2p$&$5p$&$10p$\\cr"
"\\noalign{\\hrule}\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++)
for(int q= 0;q<5;q++){
const exp_cell*c= &cells[fam][q];
if(c->solved==0)continue;
fprintf(f,"%s&$p=%zu$&%d",family_name[fam],exp_lags[q],c->solved);
for(int r= 0;r<3;r++)fprintf(f,"&%.2f",c->kept[r]/c->solved);
fprintf(f,"\\cr\n");
}
fprintf(f,"}}}\n");

/*:466*/
#line 357 "chapters/experiments.w"
;
for(int t= 0;t<2;t++){
const char*name= t==0?"reber":"adding";
if(other[t].solved==0)
fprintf(f,"\\def\\exp%s{none of %d runs solved it}\n",name,
other[t].runs);
else
fprintf(f,"\\def\\exp%s{%d of %d runs solved it, after a median "
"of %.0f sequences}\n",name,other[t].solved,other[t].runs,
cell_median(&other[t]));
}
}

/*:465*//*468:*/
#line 398 "chapters/experiments.w"

static void mp_prologue(FILE*f)
{
fprintf(f,"%% Written by 'lstm experiments --report'; do not edit.\n"
"prologues := 3; outputtemplate := \"%%j-%%c.mps\";\n"
"numeric w, h; w := 3.6in; h := 2in;\n"
"def style(expr fam) = if fam = 0: withpen pencircle scaled 1.2pt\n"
"  elseif fam = 1: dashed evenly withpen pencircle scaled 0.8pt\n"
"  elseif fam = 2: dashed withdots withpen pencircle scaled 1pt\n"
"  elseif fam = 3: withpen pencircle scaled 0.6pt withcolor 0.45white\n"
"  else: dashed evenly scaled 2 withpen pencircle scaled 1.2pt fi enddef;\n"
"def frame(expr xl, yl) = draw (0,0)--(w,0); draw (0,0)--(0,h);\n"
"  label.bot(xl, (w/2,-18pt)); label.lft(yl, (-22pt,h/2)); enddef;\n"
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

/*:468*//*469:*/
#line 446 "chapters/experiments.w"

static void write_figures(FILE*f,exp_cell cells[EXP_FAMILIES][5],
const char*dir)
{
static const char*lagtext[5]= {"5","10","20","50","100"};
mp_prologue(f);
fprintf(f,"beginfig(1);\nframe(btex lag $p$ etex, btex solved etex);\n");
for(int q= 0;q<5;q++)
fprintf(f,"xtick(%.4f*w, btex $%s$ etex);\n",q/4.0,lagtext[q]);
fprintf(f,"ytick(0, btex 0 etex); ytick(0.5h, btex ${1\\over2}$ etex);"
" ytick(h, btex 1 etex);\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double x[5],y[5];
int count= 0;
for(int q= 0;q<5;q++)
if(cells[fam][q].runs> 0){
x[count]= q/4.0;
y[count++]= (double)cells[fam][q].solved/cells[fam][q].runs;
}
mp_line(f,fam,count,x,y);
}
mp_legend(f,31);
fprintf(f,"endfig;\n");
/*470:*/
#line 477 "chapters/experiments.w"

fprintf(f,"beginfig(2);\nframe(btex lag $p$ etex, btex sequences etex);\n");
for(int q= 0;q<5;q++)
fprintf(f,"xtick(%.4f*w, btex $%s$ etex);\n",q/4.0,lagtext[q]);
fprintf(f,"ytick(0, btex $10^2$ etex); ytick(0.4h, btex $10^3$ etex);"
" ytick(0.8h, btex $10^4$ etex);\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double x[5],y[5];
int count= 0;
for(int q= 0;q<5;q++){
double med= cell_median(&cells[fam][q]);
if(med<=0)continue;
x[count]= q/4.0;
y[count++]= fmin(fmax((log10(med)-2)/2.5,0),1);
}
mp_line(f,fam,count,x,y);
}
mp_legend(f,31);
fprintf(f,"endfig;\n");

/*:470*/
#line 469 "chapters/experiments.w"
;
/*471:*/
#line 502 "chapters/experiments.w"

{
int drawn= 0;
fprintf(f,"beginfig(3);\nframe(btex sequences etex, btex loss etex);\n");
for(int k= 0;k<=4;k++)
fprintf(f,"xtick(%.4f*w, btex $%d$ etex);\n",k/4.0,
k*(EXP_BUDGET/4));
fprintf(f,"ytick(0, btex $10^{-1}$ etex); ytick(h/3, btex $1$ etex);"
" ytick(2h/3, btex $10$ etex); ytick(h, btex $10^2$ etex);\n");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
char path[1024];
FILE*c;
double x[400],y[400];
long seq;
double loss,measure;
int count= 0;
snprintf(path,sizeof path,"%s/curve-%d.txt",dir,fam);
if(!(c= fopen(path,"r")))continue;
fscanf(c," # %*[^\n]");
while(count<400&&fscanf(c,"%ld %lf %lf",&seq,&loss,&measure)==3)
if(seq%100==0&&loss> 0){
x[count]= fmin(seq/(double)EXP_BUDGET,1);
y[count++]= fmin(fmax((log10(loss)+1)/3,0),1);
}
fclose(c);
if(count==0)continue;
fprintf(f,"draw ");
for(int q= 0;q<count;q++)
fprintf(f,"%s(%.4f*w,%.4f*h)",q?"--":"",x[q],y[q]);
fprintf(f," style(%d);\n",fam);
drawn|= 1<<fam;
}
mp_legend(f,drawn);
fprintf(f,"endfig;\n");
}

/*:471*/
#line 470 "chapters/experiments.w"
;
/*472:*/
#line 542 "chapters/experiments.w"

fprintf(f,"beginfig(4);\nframe(btex test lag etex, btex kept etex);\n");
{
static const char*times[4]= {"p","2p","5p","10p"};
for(int r= 0;r<4;r++)
fprintf(f,"xtick(%.4f*w, btex $%s$ etex);\n",r/3.0,times[r]);
}
fprintf(f,"ytick(0, btex 0 etex); ytick(0.5h, btex ${1\\over2}$ etex);"
" ytick(h, btex 1 etex);\n");
{
int drawn= 0;
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double x[4],y[4],kept[3]= {0,0,0};
int solved= 0;
for(int q= 0;q<5;q++){
solved+= cells[fam][q].solved;
for(int r= 0;r<3;r++)kept[r]+= cells[fam][q].kept[r];
}
if(solved==0)continue;
x[0]= 0;y[0]= 1;
for(int r= 0;r<3;r++){
x[r+1]= (r+1)/3.0;
y[r+1]= kept[r]/solved;
}
mp_line(f,fam,4,x,y);
drawn|= 1<<fam;
}
mp_legend(f,drawn);
}
fprintf(f,"endfig;\n");

/*:472*/
#line 471 "chapters/experiments.w"
;
fprintf(f,"end\n");
}

/*:469*/
#line 26 "chapters/command.w"

/*392:*/
#line 52 "chapters/command.w"

static const lstm_command commands[]= {
/*344:*/
#line 677 "chapters/training.w"

{"train","train a network on a task of the 1997 paper",cmd_train},

/*:344*//*375:*/
#line 458 "chapters/speed.w"

{"bench","time the gradient methods and fit their growth",cmd_bench},

/*:375*//*397:*/
#line 137 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:397*//*415:*/
#line 529 "chapters/command.w"

{"forward","run a model over sequences; print outputs and loss",
cmd_forward},

/*:415*//*421:*/
#line 647 "chapters/command.w"

{"grad","print the gradient of the loss of sequences",cmd_grad},

/*:421*//*424:*/
#line 721 "chapters/command.w"

{"gradcheck","check a method's gradient against central differences",
cmd_gradcheck},

/*:424*//*451:*/
#line 37 "chapters/experiments.w"

{"experiments","list the experiment grid, or report on its results",
cmd_experiments},

/*:451*/
#line 54 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:392*/
#line 27 "chapters/command.w"

/*393:*/
#line 62 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*394:*/
#line 92 "chapters/command.w"

{
FILE*f= argc<2?stderr:stdout;
fprintf(f,"usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
for(size_t c= 0;c<command_count;c++)
fprintf(f,"  %-10s %s\n",commands[c].name,commands[c].summary);
fprintf(f,"\n'lstm COMMAND --help' describes a command; "
"'lstm --version' prints the version.\n");
}

/*:394*/
#line 68 "chapters/command.w"
;
/*395:*/
#line 102 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:395*/
#line 69 "chapters/command.w"
;
return argc<2?2:0;
}
if(strcmp(argv[1],"--version")==0){
printf("lstm %s\n",LSTM_VERSION);
/*395:*/
#line 102 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:395*/
#line 74 "chapters/command.w"
;
return 0;
}
for(size_t c= 0;c<command_count;c++)
if(strcmp(argv[1],commands[c].name)==0){
status= commands[c].run(argc-2,argv+2);
/*395:*/
#line 102 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:395*/
#line 80 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:393*/
#line 28 "chapters/command.w"


/*:388*/
