/*611:*/
#line 16 "chapters/command.w"

#define _POSIX_C_SOURCE 200809L 
#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <math.h> 
#include <errno.h> 
#include <limits.h> 
#include <fcntl.h> 
#include <signal.h> 
#include <sys/stat.h> 
#include <unistd.h> 
/*350:*/
#line 870 "chapters/training.w"

static int cmd_train(int argc,char**argv);
static int train_usage(const char*fmt,const char*a,const char*b);
static void train_progress(const lstm_train_status*st,void*ctx);
static const char*const train_flags[]= {"--progress",NULL};
static const char*const arch_options[4]= {"--cells","--forget-gate",
"--bias-i","--bias-f"};

/*:350*//*391:*/
#line 778 "chapters/speed.w"

#define BENCH_LIST_MAX 16
static int cmd_bench(int argc,char**argv);
static void print_fit(const char*what,const char*name,const char*size,
size_t at,double p);
static int read_size_list(const char*what,const char*text,size_t max,
size_t list[BENCH_LIST_MAX],size_t*count);
static int bench_method(const lstm_method*meth,long param,
const size_t*cells,size_t ncells,const size_t*steps,size_t nsteps);

/*:391*//*426:*/
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

/*:426*//*428:*/
#line 76 "chapters/experiments.w"

#define EXP_FAMILIES 7
static const char*family_name[EXP_FAMILIES]= 
{"bptt","tbptt:p/2","tbptt:2p","irtrl","rtrl","snap1","uoro"};
static int family_spec(int f,size_t p,char*buf,size_t size);

/*:428*//*451:*/
#line 471 "chapters/experiments.w"

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

/*:451*//*454:*/
#line 599 "chapters/experiments.w"

#define EXP_LINE 2048 
#define EXP_WHY 256
static int parse_run(const char*line,exp_run*run,char*why);
static int exp_whole(const char*s,unsigned long long most,
unsigned long long*v);
static int exp_real(const char*s,double*v);
static int exp_why(char*why,const char*what,const char*found);

/*:454*//*456:*/
#line 666 "chapters/experiments.w"

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

/*:456*//*458:*/
#line 724 "chapters/experiments.w"

static char*dir_path(const char*dir,const char*name);

/*:458*//*474:*/
#line 1136 "chapters/experiments.w"

static int write_points(const char*dir,const char*name,int rows,
int cols,const double*v,lstm_error*err);
static int write_figures(FILE*f,exp_grid cells,const char*dir,
lstm_error*err);
static int draw_points(FILE*f,const char*dir,const char*name,int rows,
int cols,const double*v,int fam,int dots,lstm_error*err);
static void begin_graph(FILE*f,int fig,const char*coords,
const char*range);
static void end_graph(FILE*f,const char*autogrid,const char*xlabel,
const char*ylabel);

/*:474*//*476:*/
#line 1178 "chapters/experiments.w"

static const char*family_file[EXP_FAMILIES]= {"bptt","tbptt-half",
"tbptt-double","irtrl","rtrl","snap1","uoro"};

/*:476*//*499:*/
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

/*:499*//*518:*/
#line 135 "chapters/balance.w"

static int cmd_balance(int argc,char**argv);

/*:518*//*528:*/
#line 105 "chapters/inspect.w"

static int cmd_inspect(int argc,char**argv);
static int print_inspect(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:528*//*614:*/
#line 46 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:614*//*622:*/
#line 168 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:622*//*624:*/
#line 213 "chapters/command.w"

static const char*short_g(char buf[32],double x);

/*:624*//*626:*/
#line 247 "chapters/command.w"

typedef struct out_file{
const char*path;
char*tmp;
FILE*f;
}out_file;
static int out_open(out_file*o,const char*path,lstm_error*err);
static int out_commit(out_file*o,lstm_error*err);
static void out_abandon(out_file*o);
static int out_refuse(const char*path,lstm_error*err);

/*:626*//*631:*/
#line 422 "chapters/command.w"

typedef struct file_id{
int known;
dev_t dev;
ino_t ino;
const char*last;
}file_id;
static int files_distinct(const char*cmd,const char*const*name,
const char*const*path,int outputs,int count);
static void file_identify(const char*path,file_id*id);

/*:631*//*634:*/
#line 502 "chapters/command.w"

#define LIVE_MAX 16
static char*volatile live_tmp[LIVE_MAX];
static void live_add(char*tmp);
static void live_remove(const char*tmp);
static void live_unlink(void);

/*:634*//*636:*/
#line 556 "chapters/command.w"

#define LSTM_EXIT_ABORTED 4
static volatile sig_atomic_t train_stop;
static volatile sig_atomic_t signal_stops;
static volatile sig_atomic_t signals_seen;
static void on_signal(int sig);

/*:636*//*639:*/
#line 619 "chapters/command.w"

typedef struct lstm_options{
const char*model,*seq;
const char*method;
double eps;
size_t sample;
long seed;

int seed_given;
int progress;
}lstm_options;
#define WITH_METHOD 1
#define WITH_EPS 2
#define WITH_SEED 4
#define WITH_SAMPLE 8
static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt);
static int usage_error(const char*cmd,const char*fmt,const char*what);

/*:639*//*640:*/
#line 652 "chapters/command.w"

typedef struct cmd_arg{
char opt[32];
const char*val;
}cmd_arg;
static int next_arg(const char*cmd,int argc,char**argv,int*a,
const char*const*flags,cmd_arg*arg);

/*:640*//*644:*/
#line 770 "chapters/command.w"

static long parse_seed(const char*val);

/*:644*//*646:*/
#line 787 "chapters/command.w"

static int method_seed(const char*cmd,const lstm_method*meth,
const lstm_options*opt,long*param);

/*:646*//*649:*/
#line 819 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param);

/*:649*//*651:*/
#line 843 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err);

/*:651*//*653:*/
#line 868 "chapters/command.w"

typedef int lstm_file_work(const lstm_net*net,const lstm_data*data,
lstm_error*err);
static int with_files(const char*cmd,const char*help,int argc,
char**argv,lstm_file_work*work);

/*:653*//*656:*/
#line 915 "chapters/command.w"

static int cmd_forward(int argc,char**argv);
static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:656*//*662:*/
#line 1018 "chapters/command.w"

static int cmd_grad(int argc,char**argv);

/*:662*//*665:*/
#line 1095 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv);
static int print_check(const lstm_options*opt,const lstm_check*res);
static void check_progress(size_t done,size_t total,void*ctx);

/*:665*//*676:*/
#line 193 "chapters/owndata.w"

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

/*:676*//*681:*/
#line 332 "chapters/owndata.w"

static int data_network(const lstm_train_config*cfg,const train_args*args,
const lstm_data*train,lstm_net*net,lstm_error*err);

/*:681*//*683:*/
#line 373 "chapters/owndata.w"

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
static const char*const optimizer_name[3]= {"sgd","momentum","adam"};
static int watch_open(train_watch*w,const lstm_train_config*cfg,
const train_args*args,const lstm_net*net,const char*out,
const char*curve,lstm_error*err);
static int watch_close(train_watch*w,int status,const lstm_net*net,
lstm_error*err);
static void watch_checkpoint(train_watch*w,long sequences);
static void data_progress(const lstm_epoch*st,const lstm_net*net,
void*ctx);

/*:683*/
#line 28 "chapters/command.w"

/*351:*/
#line 886 "chapters/training.w"

static int cmd_train(int argc,char**argv)
{
lstm_train_config cfg;
lstm_train_status st;
lstm_net net,start;
lstm_error err;
const char*task= NULL,*out= NULL,*curve= NULL;
const char*arch= NULL;
size_t length= 0;
train_args args= {NULL,NULL,NULL,NULL,-1,0,1000,0};
train_watch w;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
/*353:*/
#line 970 "chapters/training.w"

printf("usage: lstm train --task lag|lag2c|reber|adding [--lag p]\n"
"                  [--max-sequences N] [--targets last|every]\n"
"                  [--forget-gate yes|no] [--bias-i B] [--bias-f B]\n"
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
"option or an equals sign; '-' is standard input or output. Ctrl-C,\n"
"SIGTERM or SIGHUP stops after the current sequence and writes what\n"
"was asked for (exit status 130); a second signal stops at once and\n"
"writes nothing (exit status 4). --init continues a saved model, so\n"
"it takes no --cells, --forget-gate, --bias-i or --bias-f.\n");

/*:353*/
#line 901 "chapters/training.w"
;
return 0;
}
/*352:*/
#line 950 "chapters/training.w"

for(int a= 0;a<argc;a++){
const char*lag= NULL;
cmd_arg arg;
if(next_arg("train",argc,argv,&a,train_flags,&arg)!=0)return 2;
if(strcmp(arg.opt,"--task")==0)task= arg.val;
else if(strcmp(arg.opt,"--data")==0)args.data= arg.val;
else if(strcmp(arg.opt,"--lag")==0)lag= arg.val;
if(lag){
char*end;
unsigned long long v= strtoull(lag,&end,10);
if(lag[0]>='0'&&lag[0]<='9'&&!*end&&v<=1000000)
length= (size_t)v;
}
}
if(!task==!args.data)
return train_usage("lstm train: expected --task or --data, and not both%s",
"","");


/*:352*/
#line 904 "chapters/training.w"
;
cfg= task?lstm_train_defaults(task,length):data_defaults();
for(int a= 0;a<argc;a++)
/*354:*/
#line 998 "chapters/training.w"

{
cmd_arg arg;
const char*opt= arg.opt,*val;
char*end= NULL;
if(next_arg("train",argc,argv,&a,train_flags,&arg)!=0)return 2;
val= arg.val;
if(!opt[0])
return train_usage("lstm train: unknown argument '%s'",val,"");
if(strcmp(opt,"--progress")==0){
args.progress= 1;
continue;
}
for(int q= 0;q<4;q++)
if(strcmp(opt,arch_options[q])==0)arch= arch_options[q];
if((status= train_option(opt,val,&args))==2)return 2;
else if(status==1)continue;
else if(strcmp(opt,"--task")==0)continue;
else if(strcmp(opt,"--method")==0)cfg.method= val;
else if(strcmp(opt,"--out")==0)out= val;
else if(strcmp(opt,"--curve")==0)curve= val;
else if(strcmp(opt,"--targets")==0){
if(strcmp(val,"last")==0)cfg.every_step= 0;
else if(strcmp(val,"every")==0)cfg.every_step= 1;
else return train_usage("lstm train: --targets is 'last' or 'every', "
"not '%s'",val,"");
}else if(strcmp(opt,"--forget-gate")==0){
if(strcmp(val,"yes")==0)cfg.no_forget= 0;
else if(strcmp(val,"no")==0)cfg.no_forget= 1;
else return train_usage("lstm train: --forget-gate is 'yes' or 'no', "
"not '%s'",val,"");
}else if(strcmp(opt,"--bias-i")==0||strcmp(opt,"--bias-f")==0){
double v= strtod(val,&end);
if(end==val||*end||!isfinite(v)||fabs(v)> 100)
return train_usage("lstm train: expected a bias between -100 and 100 "
"after %s, found '%s'",opt,val);
if(opt[7]=='i')cfg.init.bias_i= v;else cfg.init.bias_f= v;
}else if(strcmp(opt,"--optimizer")==0){
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
/*355:*/
#line 1059 "chapters/training.w"

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

/*:355*/
#line 1050 "chapters/training.w"
;
}else return train_usage("lstm train: unknown option '%s'",opt,"");
}

/*:354*/
#line 907 "chapters/training.w"
;
{
static const char*const name[6]= {"--out","--curve","--checkpoint",
"--data","--valid","--init"};
const char*path[6];
path[0]= out;path[1]= curve;path[2]= args.checkpoint;
path[3]= args.data;path[4]= args.valid;path[5]= args.init;
if(files_distinct("train",name,path,3,6)!=0)return 2;
}
if(args.init&&arch)
return train_usage("lstm train: %s shapes a new network, and --init "
"continues a saved one; give one of the two%s",arch,"");

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
if(status==LSTM_OK)/*357:*/
#line 1110 "chapters/training.w"

{
char lr[32],clip[32],bi[32],bf[32],loss[32],measure[32],secs[32];
fprintf(w.talk,"%s after %ld sequences: task %s length %zu method %s "
"seed %llu cells %zu optimizer %s lr %s clip %s targets %s forget %s "
"bias_i %s bias_f %s loss %s measure %s updates %ld seconds %s",
st.solved?"solved":"not solved",st.sequences,cfg.task,cfg.length,
cfg.method,(unsigned long long)cfg.seed,net.n,
optimizer_name[cfg.optimizer],short_g(lr,cfg.rate),
short_g(clip,cfg.clip),cfg.every_step?"every":"last",
net.no_forget?"no":"yes",cfg.start?"init":short_g(bi,
cfg.init.bias_i),cfg.start?"init":short_g(bf,cfg.init.bias_f),
short_g(loss,st.moving_loss),
short_g(measure,st.measure),st.updates,short_g(secs,st.seconds));
if(strcmp(cfg.task,"lag")==0){
fprintf(w.talk," last_error %s",short_g(lr,st.probe.last_error));
fprintf(w.talk," other_error %s",short_g(lr,st.probe.other_error));
fprintf(w.talk," drift %s",short_g(lr,st.probe.drift));
fprintf(w.talk," separation %s",short_g(lr,st.probe.separation));
for(int q= 0;q<4&&status==LSTM_OK;q++){
static const int runs[4]= {2,5,10,100};
double kept= 0;
status= lstm_retention(&net,cfg.length,(size_t)runs[q],&kept,&err);
fprintf(w.talk," retention%dp %s",runs[q],short_g(lr,kept));
}
}
fprintf(w.talk,"\n");
}

/*:357*/
#line 939 "chapters/training.w"
;
status= watch_close(&w,status,&net,&err);
lstm_net_free(&net);
}else status= report(status,&err);
if(args.init)lstm_net_free(&start);
return status;
}

/*:351*//*356:*/
#line 1075 "chapters/training.w"

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
fprintf(w->curve.f,"%ld %.17g %.17g %ld %.17g %.17g %.17g %.17g\n",
st->sequences,st->moving_loss,st->measure,st->updates,
st->probe.last_error,st->probe.other_error,st->probe.drift,
st->probe.separation);
}

/*:356*//*392:*/
#line 792 "chapters/speed.w"

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
/*393:*/
#line 823 "chapters/speed.w"

for(int a= 0;a<argc;a++){
cmd_arg opt;
const char*arg= opt.opt,*val;
int status= 0;
if(next_arg("bench",argc,argv,&a,NULL,&opt)!=0)return 2;
val= opt.val;
if(strcmp(arg,"--method")!=0&&strcmp(arg,"--cells")!=0&&
strcmp(arg,"--steps")!=0)
return usage_error("bench","unknown argument '%s'",arg[0]?arg:val);
if(arg[2]=='m')methods= val;
else if(arg[2]=='c')
status= read_size_list("--cells",val,LSTM_MAX_DIM,cells,&ncells);
else status= read_size_list("--steps",val,LSTM_MAX_PARAMS,steps,
&nsteps);
if(status!=0)return status;
}

/*:393*/
#line 811 "chapters/speed.w"
;
/*394:*/
#line 841 "chapters/speed.w"

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

/*:394*/
#line 812 "chapters/speed.w"
;
printf("lstm-bench 2\nkernels %s\n"
"# method cells steps runs us-per-step work-bytes\n",lstm_kernels());
for(size_t q= 0;q<nmeth;q++){
int status= bench_method(meth[q],param[q],cells,ncells,steps,
nsteps);
if(status!=0)return status;
}
return 0;
}

/*:392*//*395:*/
#line 869 "chapters/speed.w"

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

/*:395*//*396:*/
#line 904 "chapters/speed.w"

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
/*397:*/
#line 930 "chapters/speed.w"

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

/*:397*/
#line 926 "chapters/speed.w"
;
return 0;
}

/*:396*//*398:*/
#line 955 "chapters/speed.w"

static void print_fit(const char*what,const char*name,const char*size,
size_t at,double p)
{
if(isfinite(p))printf("%s %s %s %zu %.17g\n",what,name,size,at,p);
else fprintf(stderr,"lstm bench: no %s for %s at %s %zu: a measurement "
"was zero\n",what,name,size,at);

}

/*:398*//*429:*/
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

/*:429*//*430:*/
#line 105 "chapters/experiments.w"

static int cmd_experiments(int argc,char**argv)
{
/*431:*/
#line 151 "chapters/experiments.w"

char*split[4];
cmd_arg opt;
int first= 0;
if(argc>=1&&argc<=4&&!wants_help(argc,argv)){
if(next_arg("experiments",argc,argv,&first,NULL,&opt)!=0)return 2;
if(opt.opt[0]&&argc-first-1<=2){
split[0]= opt.opt;
split[1]= (char*)opt.val;
for(int a= first+1;a<argc;a++)split[a-first+1]= argv[a];
argc= argc-first+1;
argv= split;
}
}

/*:431*/
#line 109 "chapters/experiments.w"
;
if(wants_help(argc,argv)||argc<2){
printf("usage: lstm experiments --list DIR\n"
"       lstm experiments --list-long DIR\n"
"       lstm experiments --report DIR SECONDS [LONG_SECONDS]\n"
"--list and --list-long print the arguments of 'lstm train' for every\n"
"run of the book's main and long experiment grids; --report reads\n"
"DIR/results.txt and DIR/results-long.txt (the runs' summary lines)\n"
"and writes DIR/results.tex, DIR/figures.mp and its data, DIR/*.d.\n");
return argc<2&&!wants_help(argc,argv)?2:0;
}
if(strcmp(argv[0],"--list")==0&&argc==2){
/*432:*/
#line 169 "chapters/experiments.w"

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

/*:432*/
#line 121 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--list-long")==0&&argc==2){
/*433:*/
#line 200 "chapters/experiments.w"

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
/*434:*/
#line 222 "chapters/experiments.w"

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

/*:434*/
#line 215 "chapters/experiments.w"
;

/*:433*/
#line 125 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--report")==0&&(argc==3||argc==4)){
double seconds[2]= {0,0};
for(int a= 2;a<argc;a++){
char*end;
seconds[a-2]= strtod(argv[a],&end);
if(end==argv[a]||*end||!isfinite(seconds[a-2])||
seconds[a-2]<0||seconds[a-2]> 1e9||argv[a][0]<'0'||
argv[a][0]> '9')
return usage_error("experiments","expected the wall-clock seconds "
"of the runs, a number from 0 to 1e9, found '%s'",argv[a]);

}
return experiments_report(argv[1],seconds);
}
fprintf(stderr,"lstm experiments: expected --list DIR, --list-long DIR "
"or --report DIR SECONDS; try 'lstm experiments --help'\n");
return 2;
}

/*:430*//*452:*/
#line 503 "chapters/experiments.w"

static int parse_run(const char*line,exp_run*run,char*why)
{
char buf[EXP_LINE],*word,*colon,*count;
char method[64]= "",task[16]= "lag";
unsigned long long v;
int every= 0;
memset(run,0,sizeof*run);
why[0]= '\0';
if(strlen(line)>=sizeof buf)return 0;
strcpy(buf,line);
run->solved= strncmp(buf,"solved after ",13)==0;
if(!run->solved&&strncmp(buf,"not solved after ",17)!=0)return 0;
count= strtok(buf+(run->solved?13:17)," \n");
if(!count||!exp_whole(count,LONG_MAX,&v))
return exp_why(why,"a whole number after 'solved after'",count);
run->sequences= (long)v;
if(!(word= strtok(NULL," \n"))||strcmp(word,"sequences:")!=0)
return exp_why(why,"'sequences:' after the number of sequences",word);
colon= word+strlen(word)+1;
for(word= strtok(colon," \n");word;word= strtok(NULL," \n")){
char*value= strtok(NULL," \n");
if(!value)break;
if(strcmp(word,"task")==0)snprintf(task,sizeof task,"%s",value);
else if(strcmp(word,"method")==0)
snprintf(method,sizeof method,"%s",value);
else if(strcmp(word,"targets")==0)every= strcmp(value,"every")==0;
else if(strcmp(word,"forget")==0)run->forget= strcmp(value,"no")!=0;
else/*453:*/
#line 550 "chapters/experiments.w"

{
static const char*const real[]= {"seconds","drift","separation",
"last_error","other_error","retention2p","retention5p",
"retention10p","retention100p"};
double*slot[9];
double x,lo= -HUGE_VAL,hi= HUGE_VAL;
size_t q;
slot[0]= &run->seconds;slot[1]= &run->drift;slot[2]= &run->separation;
slot[3]= &run->last_error;slot[4]= &run->other_error;
for(q= 0;q<4;q++)slot[5+q]= &run->retention[q];
if(strcmp(word,"length")==0||strcmp(word,"cells")==0||
strcmp(word,"updates")==0){
unsigned long long most= word[0]=='l'?1000000:word[0]=='c'?
LSTM_MAX_DIM:LONG_MAX;
if(!exp_whole(value,most,&v)){
char what[64];
snprintf(what,sizeof what,"a whole number up to %llu after '%s'",
most,word);
return exp_why(why,what,value);
}
if(word[0]=='l')run->lag= (size_t)v;
else if(word[0]=='c')run->cells= (size_t)v;
else run->updates= (long)v;
}
for(q= 0;q<9&&strcmp(word,real[q])!=0;q++)continue;
if(q<9){
if(q==0)lo= 0;
if(q>=5)lo= 0,hi= 1;
if(!exp_real(value,&x)||x<lo||x> hi){
char what[64];
snprintf(what,sizeof what,"%s after '%s'",q==0?"a number of at "
"least 0":q>=5?"a number from 0 to 1":"a finite number",
word);
return exp_why(why,what,value);
}
*slot[q]= x;
}
}

/*:453*/
#line 532 "chapters/experiments.w"
;
}
run->task= strcmp(task,"reber")==0?1:strcmp(task,"adding")==0?
2:0;
run->kind= strcmp(task,"lag2c")==0?2:every;
run->family= -1;
if(run->task!=0)return 1;
for(int f= 0;f<EXP_FAMILIES;f++){
char spec[32];
if(family_spec(f,run->lag,spec,sizeof spec)&&
strcmp(spec,method)==0)run->family= f;
}
return run->family>=0&&run->lag> 0;
}

/*:452*//*455:*/
#line 608 "chapters/experiments.w"

static int exp_whole(const char*s,unsigned long long most,
unsigned long long*v)
{
char*end;
for(const char*p= s;*p;p++)
if(*p<'0'||*p> '9')return 0;
if(!*s)return 0;
errno= 0;
*v= strtoull(s,&end,10);
return errno!=ERANGE&&*v<=most;
}

static int exp_real(const char*s,double*v)
{
const char*p= s;
int digits= 0;
if(*p=='+'||*p=='-')p++;
while(*p>='0'&&*p<='9')p++,digits++;
if(*p=='.')for(p++;*p>='0'&&*p<='9';p++)digits++;
if(!digits)return 0;
if(*p=='e'||*p=='E'){
p++;
if(*p=='+'||*p=='-')p++;
if(*p<'0'||*p> '9')return 0;
while(*p>='0'&&*p<='9')p++;
}
if(*p)return 0;
*v= strtod(s,NULL);
return isfinite(*v)!=0;
}

static int exp_why(char*why,const char*what,const char*found)
{
int n= snprintf(why,EXP_WHY,"expected %s, found ",what);
if(!found){
snprintf(why+n,(size_t)(EXP_WHY-n),"the end of the line");
return 0;
}
why[n++]= '\'';
for(size_t q= 0;found[q]&&q<40&&n<EXP_WHY-6;q++){
unsigned char c= (unsigned char)found[q];
if(c>=32&&c<127&&c!='\\')why[n++]= (char)c;
else n+= snprintf(why+n,5,"\\x%02x",c);
}
why[n++]= '\'';
why[n]= '\0';
return 0;
}

/*:455*//*457:*/
#line 701 "chapters/experiments.w"

static int experiments_report(const char*dir,const double seconds[2])
{
static exp_report rep;
char*path;
int status;
memset(&rep,0,sizeof rep);
if(!(path= dir_path(dir,"results.txt")))return 1;
status= read_results(path,&rep,1);
free(path);
if(status!=0)return 1;
if(!(path= dir_path(dir,"results-long.txt")))return 1;
status= read_results(path,&rep,0);
free(path);
if(status!=0)return 1;
qsort(rep.diag,(size_t)rep.ndiag,sizeof*rep.diag,compare_diag);
/*465:*/
#line 881 "chapters/experiments.w"

{
char*tpath= dir_path(dir,"results.tex"),*fpath= dir_path(dir,
"figures.mp");
out_file tables,figures;
lstm_error err;
int status= LSTM_OK;
lstm_error_clear(&err);
if(!tpath||!fpath)status= LSTM_ENOMEM;
else if((status= out_open(&tables,tpath,&err))!=LSTM_OK){}
else if((status= out_open(&figures,fpath,&err))!=LSTM_OK)
out_abandon(&tables);
else{
write_tables(tables.f,&rep,seconds);
if(write_figures(figures.f,rep.cells,dir,&err)!=0){
out_abandon(&tables);
out_abandon(&figures);
status= LSTM_EIO;
}else if((status= out_commit(&tables,&err))!=LSTM_OK)
out_abandon(&figures);
else status= out_commit(&figures,&err);
}
free(tpath);
free(fpath);
if(status==LSTM_ENOMEM&&!err.msg[0])return 1;
if(status!=LSTM_OK)return report(LSTM_EIO,&err);
}

/*:465*/
#line 717 "chapters/experiments.w"
;
return 0;
}

/*:457*//*459:*/
#line 727 "chapters/experiments.w"

static char*dir_path(const char*dir,const char*name)
{
size_t d= strlen(dir),n= strlen(name);
char*path= d+n+2> d?malloc(d+n+2):NULL;
if(!path){
fprintf(stderr,"lstm experiments: out of memory\n");
return NULL;
}
memcpy(path,dir,d);
path[d]= '/';
memcpy(path+d+1,name,n+1);
return path;
}

/*:459*//*460:*/
#line 747 "chapters/experiments.w"

static int read_results(const char*path,exp_report*rep,int required)
{
char line[EXP_LINE],why[EXP_WHY];
int lines= 0;
FILE*in= fopen(path,"r");
if(!in){
if(!required&&errno==ENOENT)return 0;
fprintf(stderr,"%s: cannot read the results: %s\n",path,
strerror(errno));

return 1;
}
while(fgets(line,sizeof line,in)){
exp_run run;
int q= 0,ok;
lines++;
if(strlen(line)==sizeof line-1&&line[sizeof line-2]!='\n'){
fprintf(stderr,"%s:%d: expected a line of at most %d bytes, found "
"more\n",path,lines,EXP_LINE-1);
fclose(in);
return 1;
}
ok= parse_run(line,&run,why);
if(!ok&&why[0]){
fprintf(stderr,"%s:%d: %s\n",path,lines,why);
fclose(in);
return 1;
}
if(!ok){
fprintf(stderr,"%s:%d: a line is not a summary of a run: '",path,
lines);
/*461:*/
#line 809 "chapters/experiments.w"

for(size_t q= 0;line[q]&&line[q]!='\n'&&q<200;q++){
unsigned char c= (unsigned char)line[q];
if(c>=32&&c<127&&c!='\\')fputc(c,stderr);
else fprintf(stderr,"\\x%02x",c);
}

/*:461*/
#line 779 "chapters/experiments.w"
;
fprintf(stderr,"'\n");

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
/*463:*/
#line 843 "chapters/experiments.w"

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

/*:463*/
#line 795 "chapters/experiments.w"
;
if(run.cells==8&&
run.forget==(run.kind==2?0:run.lag<200))
add_run(&rep->cells[run.kind][run.family][q],&run);
}
fclose(in);
return 0;
}

/*:460*//*462:*/
#line 821 "chapters/experiments.w"

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

/*:462*//*464:*/
#line 864 "chapters/experiments.w"

static int compare_diag(const void*a,const void*b)
{
const exp_diag*x= a,*y= b;
if(x->lag!=y->lag)return x->lag<y->lag?-1:1;
if(x->every!=y->every)return x->every-y->every;
if(x->forget!=y->forget)return y->forget-x->forget;
if(x->cells!=y->cells)return x->cells<y->cells?-1:1;
return x->family-y->family;
}

/*:464*//*466:*/
#line 913 "chapters/experiments.w"

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

/*:466*//*467:*/
#line 944 "chapters/experiments.w"

static void wilson(int solved,int runs,double*low,double*high)
{
const double z= 1.96,n= runs,s= solved;
const double mid= (s+z*z/2)/(n+z*z),
half= z/(n+z*z)*sqrt(s*(n-s)/n+z*z/4);
*low= fmax(mid-half,0);
*high= fmin(mid+half,1);
}

/*:467*//*468:*/
#line 965 "chapters/experiments.w"

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
/*469:*/
#line 1016 "chapters/experiments.w"

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

/*:469*/
#line 994 "chapters/experiments.w"
;
/*470:*/
#line 1051 "chapters/experiments.w"

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

/*:470*/
#line 995 "chapters/experiments.w"
;
/*471:*/
#line 1075 "chapters/experiments.w"

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

/*:471*/
#line 996 "chapters/experiments.w"
;
/*472:*/
#line 1092 "chapters/experiments.w"

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

/*:472*/
#line 997 "chapters/experiments.w"
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

/*:468*//*475:*/
#line 1148 "chapters/experiments.w"

static int write_points(const char*dir,const char*name,int rows,
int cols,const double*v,lstm_error*err)
{
char*path= dir_path(dir,name);
out_file o;
int written= 0;
if(!path)return lstm_fail(err,LSTM_ENOMEM,"out of memory"),-1;
if(out_open(&o,path,err)!=LSTM_OK){
free(path);
return-1;
}
for(int r= 0;r<rows;r++){
const double*point= v+(size_t)r*(size_t)cols;
int finite= 1;
for(int c= 0;c<cols;c++)finite= finite&&isfinite(point[c]);
if(!finite)continue;
for(int c= 0;c<cols;c++)
fprintf(o.f,"%s%.17g",c?" ":"",point[c]);
fprintf(o.f,"\n");
written++;
}
if(out_commit(&o,err)!=LSTM_OK)written= -1;
free(path);
return written;
}

/*:475*//*478:*/
#line 1229 "chapters/experiments.w"

static int draw_points(FILE*f,const char*dir,const char*name,int rows,
int cols,const double*v,int fam,int dots,lstm_error*err)
{
int written= write_points(dir,name,rows,cols,v,err);
if(written<=0)return written;
fprintf(f,"gdraw \"%s\" style(%d);\n",name,fam);
if(dots)fprintf(f,"gdraw \"%s\" plot dot;\n",name);
if(cols==4)
fprintf(f,"gdata(\"%s\", s, bar(s1, s3, s4) style(%d);)\n",name,fam);
return written;
}

static void begin_graph(FILE*f,int fig,const char*coords,
const char*range)
{
fprintf(f,"beginfig(%d);\ndraw begingraph(w, h);\n",fig);
fprintf(f,"setcoords(%s); setrange(%s);\n",coords,range);
}

static void end_graph(FILE*f,const char*autogrid,const char*xlabel,
const char*ylabel)
{
fprintf(f,"autogrid(%s);\n",autogrid);
fprintf(f,"glabel.bot(btex %s etex, OUT);\n",xlabel);
fprintf(f,"glabel.lft(btex %s etex, OUT);\nendgraph;\n",ylabel);
}

/*:478*//*480:*/
#line 1278 "chapters/experiments.w"

static int write_figures(FILE*f,exp_grid cells,const char*dir,
lstm_error*err)
{
char name[64],range[64];
snprintf(range,sizeof range,"%g, 0, %g, 1",0.9*exp_lags[0],
1.1*exp_lags[EXP_LAGS-1]);
/*477:*/
#line 1190 "chapters/experiments.w"

{
static const char*prologue[]= {
"% Written by 'lstm experiments --report'; do not edit.",
"prologues := 3; outputtemplate := \"%j-%c.mps\";",
"input graph",
"numeric w, h; w := 3.6in; h := 2in;",
"def style(expr fam) =",
"  if fam = 0: withpen pencircle scaled 1.2pt",
"  elseif fam = 1: dashed evenly withpen pencircle scaled 0.8pt",
"  elseif fam = 2: dashed withdots withpen pencircle scaled 1pt",
"  elseif fam = 3: withpen pencircle scaled 0.6pt withcolor 0.45white",
"  elseif fam = 4: dashed evenly scaled 2",
"    withpen pencircle scaled 1.2pt",
"  elseif fam = 5: dashed evenly scaled 0.5",
"    withpen pencircle scaled 1.6pt withcolor 0.3white",
"  else: dashed withdots scaled 1.5",
"    withpen pencircle scaled 0.9pt withcolor 0.55white fi enddef;",
"picture dot; dot := image(fill fullcircle scaled 2.5pt);",
"def legend(expr row, fam, name) =",
"  draw (w+12pt,h-row*11pt)--(w+32pt,h-row*11pt) style(fam);",
"  label.rt(name, (w+34pt,h-row*11pt)) enddef;",
"def bar(expr x, lo, hi) text t =",
"  begingroup interim Gpaths := log; interim warningcheck := 0;",
"  gdraw (Mlog_str x, Mlog_str lo)--(Mlog_str x, Mlog_str hi) t;",
"  endgroup enddef;"};
for(size_t q= 0;q<sizeof prologue/sizeof*prologue;q++)
fprintf(f,"%s\n",prologue[q]);
}

/*:477*/
#line 1285 "chapters/experiments.w"
;
/*481:*/
#line 1294 "chapters/experiments.w"

{
int legend= 0;
begin_graph(f,1,"log, linear",range);
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double v[EXP_LAGS][2];
int count= 0;
for(int q= 0;q<EXP_LAGS;q++)
if(cells[0][fam][q].runs> 0){
v[count][0]= (double)exp_lags[q];
v[count++][1]= (double)cells[0][fam][q].solved
/cells[0][fam][q].runs;
}
legend|= 1<<fam;
snprintf(name,sizeof name,"solved-%s.d",family_file[fam]);
if(draw_points(f,dir,name,count,2,&v[0][0],fam,1,err)<0)
return-1;
}
end_graph(f,"otick.bot, otick.lft","lag $p$","solved");
/*479:*/
#line 1260 "chapters/experiments.w"

for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++)
if(legend>>fam&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,fam,
family_name[fam]);
fprintf(f,"endfig;\n");

/*:479*/
#line 1313 "chapters/experiments.w"
;
}

/*:481*/
#line 1286 "chapters/experiments.w"
;
/*482:*/
#line 1321 "chapters/experiments.w"

{
int legend= 0;
snprintf(range,sizeof range,"%g, 100, %g, \"100000\"",
0.9*exp_lags[0],1.1*exp_lags[EXP_LAGS-1]);
begin_graph(f,2,"log, log",range);
for(int d= 2;d<=5;d++)
fprintf(f,"otick.lft(btex $10^%d$ etex, \"1e%d\");\n",d,d);
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double v[EXP_LAGS][4];
int count= 0;
for(int q= 0;q<EXP_LAGS;q++){
const exp_cell*c= &cells[0][fam][q];
if(c->solved==0)continue;
v[count][0]= (double)exp_lags[q];
for(int k= 1;k<4;k++)
v[count][k]= fmin(fmax(quantile(c->needed,c->solved,
k==1?0.5:k==2?0.25:0.75),1e2),1e5);
count++;
}
legend|= 1<<fam;
snprintf(name,sizeof name,"needed-%s.d",family_file[fam]);
if(draw_points(f,dir,name,count,4,&v[0][0],fam,1,err)<0)
return-1;
}
end_graph(f,"otick.bot,","lag $p$","sequences");
/*479:*/
#line 1260 "chapters/experiments.w"

for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++)
if(legend>>fam&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,fam,
family_name[fam]);
fprintf(f,"endfig;\n");

/*:479*/
#line 1347 "chapters/experiments.w"
;
}

/*:482*/
#line 1287 "chapters/experiments.w"
;
/*483:*/
#line 1365 "chapters/experiments.w"

for(int panel= 0;panel<2;panel++){
static const char*label[4]= {"bptt, last","irtrl, last",
"bptt, every","irtrl, every"};
const double lo= panel?1e-1:1e-20,hi= panel?1e2:10;
int drawn= 0;
snprintf(range,sizeof range,"100, \"%s\", \"%d\", \"%s\"",
panel?"0.1":"1e-20",EXP_EVERY_BUDGET,panel?"100":"10");
begin_graph(f,panel?5:3,"log, log",range);
for(int d= 2;d<=4;d++)
fprintf(f,"otick.bot(btex $10^%d$ etex, \"1e%d\");\n",d,d);
for(int d= panel?-1:-20;d<=(panel?2:0);d+= panel?1:5)
fprintf(f,"otick.lft(btex $10^{%d}$ etex, \"1e%d\");\n",d,d);
for(int c= 0;c<4;c++){
/*484:*/
#line 1392 "chapters/experiments.w"

{
char*path,curve[32];
FILE*in;
double v[EXP_EVERY_BUDGET/100+1][2],col[8];
int count= 0,written;
snprintf(curve,sizeof curve,"curve-%s-%d.txt",c<2?"last":"every",
c%2?3:0);
if(!(path= dir_path(dir,curve)))
return lstm_fail(err,LSTM_ENOMEM,"out of memory"),-1;
in= fopen(path,"r");
if(!in&&errno!=ENOENT){
lstm_fail_at(err,LSTM_EIO,path,0,"cannot read the curve: %s",
strerror(errno));

free(path);
return-1;
}
free(path);
if(!in)continue;
if(fscanf(in," # %*[^\n]")==EOF){
fclose(in);
continue;
}
while(count<=EXP_EVERY_BUDGET/100&&
fscanf(in,"%lf %lf %lf %lf %lf %lf %lf %lf",col,col+1,col+2,
col+3,col+4,col+5,col+6,col+7)==8){
const double value= panel?col[6]:col[7];
if(col[0]<100||col[0]> EXP_EVERY_BUDGET)continue;
v[count][0]= col[0];
v[count++][1]= isfinite(value)?fmin(fmax(value,lo),hi):value;
}
fclose(in);
snprintf(name,sizeof name,"%s-%s-%s.d",panel?"drift":"separation",
c<2?"last":"every",c%2?"irtrl":"bptt");
if((written= draw_points(f,dir,name,count,2,&v[0][0],c,0,err))
<0)
return-1;
if(written> 0)drawn|= 1<<c;
}

/*:484*/
#line 1379 "chapters/experiments.w"
;
}
end_graph(f,",","sequences",panel?"drift":"separation");
for(int c= 0,row= 0;c<4;c++)
if(drawn>>c&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,c,label[c]);
fprintf(f,"endfig;\n");
}

/*:483*/
#line 1288 "chapters/experiments.w"
;
/*485:*/
#line 1438 "chapters/experiments.w"

{
static const int times[5]= {1,2,5,10,100};
int legend= 0;
begin_graph(f,4,"log, linear","1, 0, 100, 1");
for(int fam= 0;fam<EXP_FAMILIES;fam++){
double v[5][2];
int kept[4]= {0,0,0,0},solved= 0,written;
for(int q= 0;q<EXP_LAGS;q++){
solved+= cells[0][fam][q].solved;
for(int r= 0;r<4;r++)kept[r]+= cells[0][fam][q].kept[r];
}
for(int r= 0;r<5;r++){
v[r][0]= times[r];
v[r][1]= r&&solved?(double)kept[r-1]/solved:1;
}
snprintf(name,sizeof name,"retention-%s.d",family_file[fam]);
if((written= draw_points(f,dir,name,solved?5:0,2,&v[0][0],fam,
1,err))<0)
return-1;
if(written> 0)legend|= 1<<fam;
}
end_graph(f,"otick.bot, otick.lft","runs of distractors","kept");
/*479:*/
#line 1260 "chapters/experiments.w"

for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++)
if(legend>>fam&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,fam,
family_name[fam]);
fprintf(f,"endfig;\n");

/*:479*/
#line 1461 "chapters/experiments.w"
;
}

/*:485*/
#line 1289 "chapters/experiments.w"
;
fprintf(f,"end\n");
return 0;
}

/*:480*//*500:*/
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
/*501:*/
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

/*:501*/
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

/*:500*//*502:*/
#line 327 "chapters/align.w"

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
cmd_arg opt;
const char*arg= opt.opt,*val;
int q;
if(next_arg("align",argc,argv,&a,NULL,&opt)!=0)return 2;
val= opt.val;
if(!arg[0]){
if(o->nfiles==2)return usage_error("align","expected two files, "
"MODEL and SEQ, found another argument '%s'",val);
o->files[o->nfiles++]= val;
continue;
}
for(q= 0;q<6&&strcmp(arg,name[q])!=0;q++)continue;
if(q<6){
if((*value[q]= parse_seed(val))<lo[q]||*value[q]> hi[q])
return usage_error("align","the value of %s is out of range or not "
"a whole number",arg);

}else if(strcmp(arg,"--task")==0)o->task= val;
else if(strcmp(arg,"--methods")==0)/*503:*/
#line 366 "chapters/align.w"

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

/*:503*/
#line 358 "chapters/align.w"

else return usage_error("align","unknown option '%s'",arg);
}
/*504:*/
#line 386 "chapters/align.w"

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

/*:504*/
#line 362 "chapters/align.w"
;
return 0;
}

/*:502*//*505:*/
#line 405 "chapters/align.w"

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

/*:505*//*506:*/
#line 445 "chapters/align.w"

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

/*:506*//*507:*/
#line 466 "chapters/align.w"

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

/*:507*//*519:*/
#line 138 "chapters/balance.w"

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
for(int a= 0;a<argc;a++){
cmd_arg arg;
const char*val;
char*end;
if(next_arg("balance",argc,argv,&a,NULL,&arg)!=0)return 2;
val= arg.val;
if(strcmp(arg.opt,"--method")==0)spec= val;
else if(strcmp(arg.opt,"--episodes")==0){
if((episodes= parse_seed(val))<1||episodes> 1000000)
return usage_error("balance","expected 1 to 1000000 episodes, "
"found '%s'",val);
}else if(strcmp(arg.opt,"--rate")==0){
rate= strtod(val,&end);
if(end==val||*end!='\0'||!isfinite(rate)||!(rate> 0))
return usage_error("balance","expected a positive rate, found '%s'",
val);
}else if(strcmp(arg.opt,"--seed")==0){
if((seed= parse_seed(val))<0)
return usage_error("balance","expected a whole number from 0 to "
"2147483647 after --seed, found '%s'",val);
}else return usage_error("balance","unknown argument '%s'",
arg.opt[0]?arg.opt:val);
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

/*:519*//*529:*/
#line 110 "chapters/inspect.w"

static int cmd_inspect(int argc,char**argv)
{
return with_files("inspect","usage: lstm inspect MODEL SEQ\n"
"Run the model forward and BPTT backward over every sequence of SEQ\n"
"and print, for every step, the gates, the state, the output, the\n"
"state's derivative, the two backward messages and the product of\n"
"the later forget gates.\n",argc,argv,print_inspect);
}

/*:529*//*530:*/
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
/*531:*/
#line 159 "chapters/inspect.w"

{
const lstm_seq*seq= &data->seq[s];
double loss= lstm_forward(net,seq,&tr);
lstm_backward(net,seq,&tr,&grad);
/*532:*/
#line 185 "chapters/inspect.w"

for(size_t j= 0;j<n&&seq->T> 0;j++)fprod[(seq->T-1)*n+j]= 1;
for(size_t t= seq->T> 0?seq->T-1:0;t--> 0;)
for(size_t j= 0;j<n;j++)
fprod[t*n+j]= fprod[(t+1)*n+j]*lstm_gates(&tr,t+1)[2*n+j];

/*:532*/
#line 164 "chapters/inspect.w"
;
if(!isfinite(loss))
status= lstm_fail(err,LSTM_EDATA,"the loss of sequence %zu is not "
"finite",s+1);

if(pass==1)printf("sequence %zu loss %.17g\n",s+1,loss);
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
/*533:*/
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

/*:533*/
#line 171 "chapters/inspect.w"
;
for(size_t q= 0;q<10*n;q++)
if(!isfinite(row[q])){
status= lstm_fail(err,LSTM_EDATA,"a number of step %zu of "
"sequence %zu is not finite",t,s+1);

break;
}
if(pass==1)/*534:*/
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
#line 1 "chapters/part2.w"
/*:534*/
#line 179 "chapters/inspect.w"
;
}
}

/*:531*/
#line 150 "chapters/inspect.w"
;
}
free(row);
free(fprod);
lstm_net_free(&grad);
lstm_trace_free(&tr);
return status;
}

/*:530*//*620:*/
#line 141 "chapters/command.w"

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

/*:620*//*623:*/
#line 171 "chapters/command.w"

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
for(int a= 0;a<argc;a++){
static const char*const flags[]= {"--tex",NULL};
cmd_arg arg;
if(next_arg("example",argc,argv,&a,flags,&arg)!=0)return 2;
if(strcmp(arg.opt,"--tex")==0)tex= 1;
else{
fprintf(stderr,"lstm example: unknown argument '%s'\n",
arg.opt[0]?arg.opt:arg.val);

return 2;
}
}
status= lstm_example_report(stdout,tex,&err);
return status==LSTM_OK?0:report(status,&err);
}

/*:623*//*625:*/
#line 216 "chapters/command.w"

static const char*short_g(char buf[32],double x)
{
for(int digits= 1;digits<=17;digits++){
snprintf(buf,32,"%.*g",digits,x);
if(strtod(buf,NULL)==x||!isfinite(x))break;
}
return buf;
}

/*:625*//*627:*/
#line 273 "chapters/command.w"

static int out_open(out_file*o,const char*path,lstm_error*err)
{
const char*slash= strrchr(path,'/');
size_t dir= slash?(size_t)(slash-path)+1:0;
struct stat sb;
mode_t mode;
int fd;
o->path= path;o->tmp= NULL;o->f= NULL;
if(strcmp(path,"-")==0){
o->f= stdout;
return LSTM_OK;
}
if(path[0]=='\0')
return lstm_fail(err,LSTM_EUSAGE,"expected a file name, found ''");

if(out_refuse(path,err)!=LSTM_OK)return LSTM_EIO;
if(!(o->tmp= malloc(dir+sizeof".lstm-XXXXXX")))
return lstm_fail_at(err,LSTM_ENOMEM,path,0,"out of memory");
memcpy(o->tmp,path,dir);
memcpy(o->tmp+dir,".lstm-XXXXXX",sizeof".lstm-XXXXXX");
if((fd= mkstemp(o->tmp))<0){
int e= errno;
free(o->tmp);
o->tmp= NULL;
return lstm_fail_at(err,LSTM_EIO,path,0,"cannot write the file: %s",
strerror(e));

}
live_add(o->tmp);
if(lstat(path,&sb)==0)mode= sb.st_mode&0777;
else{
mode_t mask= umask(0);
umask(mask);
mode= 0666&~mask;
}
if(fchmod(fd,mode)!=0||!(o->f= fdopen(fd,"w"))){
int e= errno;
close(fd);
out_abandon(o);
return lstm_fail_at(err,LSTM_EIO,path,0,"cannot write the file: %s",
strerror(e));
}
return LSTM_OK;
}

/*:627*//*628:*/
#line 323 "chapters/command.w"

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

/*:628*//*629:*/
#line 345 "chapters/command.w"

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
if(!e)live_remove(o->tmp);
if(e){
out_abandon(o);
return lstm_fail_at(err,LSTM_EIO,o->path,0,
"cannot write the file: %s",strerror(e));
}
/*630:*/
#line 394 "chapters/command.w"

{
char*slash= strrchr(o->tmp,'/');
int dfd;
if(slash)slash[slash==o->tmp]= '\0';
if((dfd= open(slash?o->tmp:".",O_RDONLY))>=0){
(void)fsync(dfd);
close(dfd);
}
}

/*:630*/
#line 370 "chapters/command.w"
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
live_remove(o->tmp);
free(o->tmp);
}
o->f= NULL;
o->tmp= NULL;
}

/*:629*//*632:*/
#line 433 "chapters/command.w"

static int files_distinct(const char*cmd,const char*const*name,
const char*const*path,int outputs,int count)
{
file_id id[8];
for(int q= 0;q<count&&q<8;q++)
if(path[q]&&strcmp(path[q],"-")!=0)file_identify(path[q],&id[q]);
for(int q= 0;q<outputs&&q<8;q++)
for(int r= q+1;r<count&&r<8;r++){
int same;
if(!path[q]||!path[r])continue;
if(strcmp(path[q],"-")==0||strcmp(path[r],"-")==0)
same= r<outputs&&strcmp(path[q],path[r])==0;
else same= id[q].known&&id[r].known&&id[q].dev==id[r].dev&&
id[q].ino==id[r].ino&&(id[q].last==NULL)==(id[r].last==NULL)
&&(!id[q].last||strcmp(id[q].last,id[r].last)==0);
if(same){
fprintf(stderr,"lstm %s: %s and %s name the same %s; "
"try 'lstm %s --help'\n",cmd,name[q],name[r],
strcmp(path[q],"-")==0?"standard output":"file",cmd);

return 2;
}
}
return 0;
}

/*:632*//*633:*/
#line 463 "chapters/command.w"

static void file_identify(const char*path,file_id*id)
{
struct stat sb;
const char*slash= strrchr(path,'/');
id->known= 0;
id->last= NULL;
if(stat(path,&sb)==0){
id->known= 1;
id->dev= sb.st_dev;
id->ino= sb.st_ino;
return;
}
id->last= slash?slash+1:path;
if(!slash)id->known= stat(".",&sb)==0;
else{
size_t len= slash==path?1:(size_t)(slash-path);
char*dir= malloc(len+1);
if(!dir)return;
memcpy(dir,path,len);
dir[len]= '\0';
id->known= stat(dir,&sb)==0;
free(dir);
}
if(id->known){
id->dev= sb.st_dev;
id->ino= sb.st_ino;
}
}

/*:633*//*635:*/
#line 509 "chapters/command.w"

static void live_add(char*tmp)
{
for(int q= 0;q<LIVE_MAX;q++)
if(!live_tmp[q]){
live_tmp[q]= tmp;
return;
}
}

static void live_remove(const char*tmp)
{
for(int q= 0;q<LIVE_MAX;q++)
if(live_tmp[q]==tmp)live_tmp[q]= NULL;
}

static void live_unlink(void)
{
for(int q= 0;q<LIVE_MAX;q++)
if(live_tmp[q])unlink(live_tmp[q]);
}

/*:635*//*638:*/
#line 577 "chapters/command.w"

static void on_signal(int sig)
{
static const char msg[]= "lstm: stopped at once by a second signal; "
"nothing more is written\n";
struct sigaction dfl;
sigset_t set;
if(signal_stops&&!signals_seen){
signals_seen= 1;
train_stop= 1;
return;
}
live_unlink();
if(signal_stops){
if(write(2,msg,sizeof msg-1)<0){}
_exit(LSTM_EXIT_ABORTED);
}
memset(&dfl,0,sizeof dfl);
dfl.sa_handler= SIG_DFL;
sigaction(sig,&dfl,NULL);
sigemptyset(&set);
sigaddset(&set,sig);
sigprocmask(SIG_UNBLOCK,&set,NULL);
raise(sig);
_exit(128+sig);
}


/*:638*//*641:*/
#line 663 "chapters/command.w"

static int next_arg(const char*cmd,int argc,char**argv,int*a,
const char*const*flags,cmd_arg*arg)
{
const char*s= argv[*a],*eq;
size_t len;
int flag= 0;
arg->opt[0]= '\0';
arg->val= s;
if(strncmp(s,"--",2)!=0||s[2]=='\0')return 0;
eq= strchr(s,'=');
len= eq?(size_t)(eq-s):strlen(s);
if(len>=sizeof arg->opt)len= sizeof arg->opt-1;
memcpy(arg->opt,s,len);
arg->opt[len]= '\0';
for(int q= 0;flags&&flags[q];q++)flag|= strcmp(arg->opt,flags[q])==0;
if(flag){
arg->val= NULL;
if(eq)return usage_error(cmd,"%s takes no value",arg->opt);

return 0;
}
if(eq)arg->val= eq+1;
else if(*a+1<argc)arg->val= argv[++*a];
else return usage_error(cmd,"expected a value after '%s'",arg->opt);

return 0;
}

/*:641*//*642:*/
#line 696 "chapters/command.w"

static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt)
{
static const char*const flags[]= {"--progress",NULL};
int files= 0;
opt->model= opt->seq= NULL;
opt->method= "bptt";
opt->eps= LSTM_FD_STEP;
opt->sample= 0;
opt->seed= 1;opt->seed_given= 0;
opt->progress= 0;
for(int a= 0;a<argc;a++){
cmd_arg arg;
if(next_arg(cmd,argc,argv,&a,(with&WITH_SAMPLE)?flags:NULL,
&arg)!=0)return 2;
if(strcmp(arg.opt,"--progress")==0)opt->progress= 1;
else if(arg.opt[0]){
/*643:*/
#line 727 "chapters/command.w"

{
const char*val= arg.val;
int is_method= strcmp(arg.opt,"--method")==0;
int is_eps= strcmp(arg.opt,"--eps")==0;
int is_sample= strcmp(arg.opt,"--sample")==0;
int is_seed= strcmp(arg.opt,"--seed")==0;
char*end;
if(!((is_method&&(with&WITH_METHOD))||(is_eps&&(with&WITH_EPS))
||(is_seed&&(with&(WITH_SEED|WITH_SAMPLE)))
||(is_sample&&(with&WITH_SAMPLE))))
return usage_error(cmd,"unknown option '%s'",arg.opt);

if(is_method)opt->method= val;
else if(is_seed){
if((opt->seed= parse_seed(val))<0)
return usage_error(cmd,"expected a whole number from 0 to 2147483647 "
"after --seed, found '%s'",val);

opt->seed_given= 1;
}else if(is_sample){
unsigned long long v;
errno= 0;
v= strtoull(val,&end,10);
if(val[0]<'0'||val[0]> '9'||*end||errno==ERANGE||v<1||
v> LSTM_MAX_PARAMS)
return usage_error(cmd,"expected a number of parameters after "
"--sample, found '%s'",val);

opt->sample= (size_t)v;
}else{
opt->eps= strtod(val,&end);
if(end==val||*end!='\0'||!isfinite(opt->eps)||!(opt->eps> 0))
return usage_error(cmd,
"expected a positive number after --eps, found '%s'",val);

}
}

/*:643*/
#line 714 "chapters/command.w"
;
}else if(files==0)opt->model= arg.val,files++;
else if(files==1)opt->seq= arg.val,files++;
else return usage_error(cmd,"expected two files, MODEL and SEQ, "
"found another argument '%s'",arg.val);

}
if(files<2)
return usage_error(cmd,"expected two files, MODEL and SEQ, found %s",
files==0?"none":"only one");
return 0;
}

/*:642*//*645:*/
#line 773 "chapters/command.w"

static long parse_seed(const char*val)
{
char*end;
unsigned long v;
if(val[0]<'0'||val[0]> '9')return-1;
v= strtoul(val,&end,10);
return*end!='\0'||v> 2147483647UL?-1:(long)v;
}

/*:645*//*647:*/
#line 791 "chapters/command.w"

static int method_seed(const char*cmd,const lstm_method*meth,
const lstm_options*opt,long*param)
{
if(meth->seeded)*param= opt->seed;
else if(opt->seed_given)
return usage_error(cmd,"method %s draws no random numbers, so it takes "
"no --seed",meth->name);

return 0;
}

/*:647*//*648:*/
#line 806 "chapters/command.w"

static int usage_error(const char*cmd,const char*fmt,const char*what)
{
fprintf(stderr,"lstm %s: ",cmd);
fprintf(stderr,fmt,what);
fprintf(stderr,"; try 'lstm %s --help'\n",cmd);
return 2;
}

/*:648*//*650:*/
#line 823 "chapters/command.w"

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

/*:650*//*652:*/
#line 847 "chapters/command.w"

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

/*:652*//*654:*/
#line 874 "chapters/command.w"

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

/*:654*//*657:*/
#line 920 "chapters/command.w"

static int cmd_forward(int argc,char**argv)
{
return with_files("forward","usage: lstm forward MODEL SEQ\n"
"Run the model over every sequence of SEQ and print, for every step,\n"
"the cell output and (with an output layer) the prediction, then the\n"
"loss summed over the file. See the book for the file formats.\n",
argc,argv,print_forward);
}

/*:657*//*658:*/
#line 937 "chapters/command.w"

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
/*659:*/
#line 963 "chapters/command.w"

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

/*:659*/
#line 949 "chapters/command.w"
;
printf("lstm-forward 1\n");
for(size_t s= 0;s<data->count;s++){
const lstm_seq*seq= &data->seq[s];
loss+= lstm_forward(net,seq,&tr);
printf("sequence %zu\n",s+1);
for(size_t t= 0;t<seq->T;t++)
/*660:*/
#line 985 "chapters/command.w"

{
printf("step %zu out",t);
for(size_t j= 0;j<net->n;j++)printf(" %.17g",lstm_out(&tr,t)[j]);
if(net->output!=LSTM_OUT_NONE){
if(!lstm_target(seq,t))
lstm_output_forward(net,lstm_out(&tr,t),NULL,lstm_pred(&tr,t));
printf(" pred");
for(size_t r= 0;r<net->k;r++)
printf(" %.17g",lstm_pred(&tr,t)[r]);
}
printf("\n");
}

/*:660*/
#line 956 "chapters/command.w"
;
}
printf("loss %.17g\n",loss);
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:658*//*663:*/
#line 1021 "chapters/command.w"

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

/*:663*//*666:*/
#line 1100 "chapters/command.w"

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

/*:666*//*667:*/
#line 1148 "chapters/command.w"

static void check_progress(size_t done,size_t total,void*ctx)
{
(void)ctx;
if(done==total||done%(total/100+1)==0){
fprintf(stderr,"\rgradcheck: %zu of %zu parameters",done,total);
fflush(stderr);
}
}

/*:667*//*668:*/
#line 1158 "chapters/command.w"

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

/*:668*//*677:*/
#line 212 "chapters/owndata.w"

static lstm_train_config data_defaults(void)
{
lstm_train_config cfg= lstm_train_defaults("adding",0);
cfg.task= NULL;
cfg.length= 0;
cfg.cells= 8;
cfg.optimizer= LSTM_ADAM;
cfg.rate= 0.003;
cfg.clip= 0;
cfg.init= lstm_init_default();
return cfg;
}

/*:677*//*678:*/
#line 231 "chapters/owndata.w"

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

/*:678*//*679:*/
#line 262 "chapters/owndata.w"

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
/*680:*/
#line 299 "chapters/owndata.w"

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

/*:680*/
#line 290 "chapters/owndata.w"
;
status= watch_close(&w,status,&net,&err);
}else status= report(status,&err);
lstm_net_free(&net);
lstm_data_free(&train);
lstm_data_free(&valid);
return status;
}

/*:679*//*682:*/
#line 336 "chapters/owndata.w"

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

/*:682*//*684:*/
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
if(args->data)
fprintf(w->curve.f,"# epoch sequences train-loss%s\n",
args->valid?" valid-loss":"");
else fprintf(w->curve.f,"# sequences moving-loss measure updates "
"last-error other-error drift separation\n");
}
train_stop= 0;
signals_seen= 0;
signal_stops= 1;
return LSTM_OK;
}

/*:684*//*685:*/
#line 457 "chapters/owndata.w"

static int watch_close(train_watch*w,int status,const lstm_net*net,
lstm_error*err)
{
int keep_curve= status==LSTM_OK||status==LSTM_EDIVERGED;
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
signal_stops= 0;
if(status==LSTM_EDIVERGED){
report(status,err);
fprintf(stderr,"lstm train: no model is written; a smaller learning "
"rate (--lr) or clipping (--clip) may help\n");
return 1;
}
if(status!=LSTM_OK)return report(status,err);
if(w->interrupted)
fprintf(stderr,"lstm train: interrupted; %s\n",w->has_model&&
w->has_curve?"the model and the curve so far are written":
w->has_model?"the model so far is written":w->has_curve?
"the curve so far is written":"no --out or --curve was asked for");

return w->interrupted?130:0;
}

/*:685*//*686:*/
#line 499 "chapters/owndata.w"

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

/*:686*//*687:*/
#line 520 "chapters/owndata.w"

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
fprintf(w->curve.f,"%s\n",st->interrupted?" # interrupted":"");
}
}
#line 1 "chapters/crosscheck.w"
/*:687*/
#line 29 "chapters/command.w"

/*615:*/
#line 55 "chapters/command.w"

static const lstm_command commands[]= {
/*349:*/
#line 867 "chapters/training.w"

{"train","train a network on a task of the 1997 paper",cmd_train},

/*:349*//*390:*/
#line 775 "chapters/speed.w"

{"bench","time the gradient methods and fit their growth",cmd_bench},

/*:390*//*427:*/
#line 67 "chapters/experiments.w"

{"experiments","list the experiment grid, or report on its results",
cmd_experiments},

/*:427*//*498:*/
#line 250 "chapters/align.w"

{"align","measure how well each method's gradient aligns with the exact one",
cmd_align},

/*:498*//*517:*/
#line 131 "chapters/balance.w"

{"balance","run the influence-balancing experiment with a method",
cmd_balance},

/*:517*//*527:*/
#line 101 "chapters/inspect.w"

{"inspect","print the gates, states and backward messages of every step",
cmd_inspect},

/*:527*//*621:*/
#line 165 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:621*//*655:*/
#line 911 "chapters/command.w"

{"forward","run a model over sequences; print outputs and loss",
cmd_forward},

/*:655*//*661:*/
#line 1015 "chapters/command.w"

{"grad","print the gradient of the loss of sequences",cmd_grad},

/*:661*//*664:*/
#line 1091 "chapters/command.w"

{"gradcheck","check a method's gradient against central differences",
cmd_gradcheck},

/*:664*/
#line 57 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:615*/
#line 30 "chapters/command.w"

/*616:*/
#line 65 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
/*617:*/
#line 105 "chapters/command.w"

for(int fd= 0;fd<=2;fd++)
if(fcntl(fd,F_GETFD)<0&&errno==EBADF&&
open("/dev/null",fd==0?O_RDONLY:O_WRONLY)!=fd)
return 1;

/*:617*/
#line 69 "chapters/command.w"
;
/*637:*/
#line 563 "chapters/command.w"

{
struct sigaction sa;
memset(&sa,0,sizeof sa);
sa.sa_handler= on_signal;
sigemptyset(&sa.sa_mask);
sigaddset(&sa.sa_mask,SIGINT);
sigaddset(&sa.sa_mask,SIGTERM);
sigaddset(&sa.sa_mask,SIGHUP);
sigaction(SIGINT,&sa,NULL);
sigaction(SIGTERM,&sa,NULL);
sigaction(SIGHUP,&sa,NULL);
}

/*:637*/
#line 70 "chapters/command.w"
;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*618:*/
#line 116 "chapters/command.w"

{
FILE*f= argc<2?stderr:stdout;
int width= 0;
for(size_t c= 0;c<command_count;c++)
if((int)strlen(commands[c].name)> width)
width= (int)strlen(commands[c].name);
fprintf(f,"usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
for(size_t c= 0;c<command_count;c++)
fprintf(f,"  %-*s  %s\n",width,commands[c].name,commands[c].summary);
fprintf(f,"\n'lstm COMMAND --help' describes a command; "
"'lstm --version' prints the version.\n");
}

/*:618*/
#line 73 "chapters/command.w"
;
/*619:*/
#line 130 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:619*/
#line 74 "chapters/command.w"
;
return argc<2?2:0;
}
if(strcmp(argv[1],"--version")==0){
printf("lstm %s\n",LSTM_VERSION);
/*619:*/
#line 130 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:619*/
#line 79 "chapters/command.w"
;
return 0;
}
/*377:*/
#line 481 "chapters/speed.w"

{
const char*want= getenv("LSTM_KERNELS");
lstm_error err;
if(want&&lstm_use_kernels(want,&err)!=LSTM_OK){
fprintf(stderr,"lstm: LSTM_KERNELS: %s\n",err.msg);
return 2;
}
}

/*:377*/
#line 82 "chapters/command.w"
;
for(size_t c= 0;c<command_count;c++)
if(strcmp(argv[1],commands[c].name)==0){
status= commands[c].run(argc-2,argv+2);
/*619:*/
#line 130 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:619*/
#line 86 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:616*/
#line 31 "chapters/command.w"


/*:611*/
