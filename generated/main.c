/*645:*/
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
/*358:*/
#line 1064 "chapters/training.w"

static int cmd_train(int argc,char**argv);
static int train_usage(const char*fmt,const char*a,const char*b);
static void train_progress(const lstm_train_status*st,void*ctx);

/*:358*//*401:*/
#line 773 "chapters/speed.w"

#define BENCH_LIST_MAX 16
static int cmd_bench(int argc,char**argv);
static void print_fit(const char*what,const char*name,const char*size,
size_t at,double p);
static int read_size_list(const char*what,const char*text,size_t max,
size_t list[BENCH_LIST_MAX],size_t*count);
static int bench_method(const lstm_method*meth,long param,
const size_t*cells,size_t ncells,const size_t*steps,size_t nsteps);

/*:401*//*436:*/
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

/*:436*//*438:*/
#line 76 "chapters/experiments.w"

#define EXP_FAMILIES 7
static const char*family_name[EXP_FAMILIES]= 
{"bptt","tbptt:p/2","tbptt:2p","irtrl","rtrl","snap1","uoro"};
static int family_spec(int f,size_t p,char*buf,size_t size);

/*:438*//*461:*/
#line 483 "chapters/experiments.w"

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

/*:461*//*464:*/
#line 576 "chapters/experiments.w"

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

/*:464*//*480:*/
#line 995 "chapters/experiments.w"

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

/*:480*//*482:*/
#line 1033 "chapters/experiments.w"

static const char*family_file[EXP_FAMILIES]= {"bptt","tbptt-half",
"tbptt-double","irtrl","rtrl","snap1","uoro"};

/*:482*//*509:*/
#line 413 "chapters/battery.w"

typedef struct{
const char*exp;
const char*key;
const char*args;
int seeds;
int rtrl;
}bat_row;
static const bat_row bat_rows[]= {
{"1","reber","--task reber",10,1},
{"3a","twoseq-a-3-100","--task twoseq --variant a --relevant 3 --lag 100",
10,1},
{"3a","twoseq-a-1-100","--task twoseq --variant a --relevant 1 --lag 100",
10,1},
{"3a","twoseq-a-3-1000",
"--task twoseq --variant a --relevant 3 --lag 1000",3,0},
{"3b","twoseq-b-3-100","--task twoseq --variant b --relevant 3 --lag 100",
10,1},
{"3b","twoseq-b-1-100","--task twoseq --variant b --relevant 1 --lag 100",
10,1},
{"3b","twoseq-b-1-1000",
"--task twoseq --variant b --relevant 1 --lag 1000",3,0},
{"3c","twoseq-c-3-100","--task twoseq --variant c --relevant 3 --lag 100",
10,1},
{"3c","twoseq-c-1-100","--task twoseq --variant c --relevant 1 --lag 100",
10,1},
{"4","adding-100","--task adding --lag 100",10,1},
{"4","adding-500","--task adding --lag 500",3,0},
{"4","adding-1000","--task adding --lag 1000",3,0},
{"5","multiply-100","--task multiply --lag 100",10,1},
{"6a","order-2","--task order --symbols 2",10,0},
{"6b","order-3","--task order --symbols 3",10,0}};
#define BAT_ROWS (sizeof bat_rows / sizeof bat_rows[0])
#define BAT_METHODS 5
static const char*bat_method[BAT_METHODS]= 
{"bptt","irtrl","snap1","uoro","rtrl"};

/*:509*//*511:*/
#line 479 "chapters/battery.w"

typedef struct{
int runs,solved;
double needed[EXP_MAX_RUNS],seconds[EXP_MAX_RUNS];
double first[EXP_MAX_RUNS],wrong[EXP_MAX_RUNS];
}bat_cell;
static int battery_report(const char*dir);
static int bat_parse(const char*line,int*row,int*method,int*solved,
double fig[4]);

/*:511*//*514:*/
#line 569 "chapters/battery.w"

static int bat_read(const char*path,bat_cell cell[][BAT_METHODS],
int*count,int required);

/*:514*//*517:*/
#line 656 "chapters/battery.w"

static void bat_write_numbers(FILE*f,const char*key,const char*method,
const bat_cell*c);
static void bat_write_tables(FILE*f,bat_cell cell[][BAT_METHODS]);
static void bat_def(FILE*f,const char*key,const char*method,
const char*fig);

/*:517*//*533:*/
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

/*:533*//*552:*/
#line 131 "chapters/balance.w"

static int cmd_balance(int argc,char**argv);

/*:552*//*562:*/
#line 105 "chapters/inspect.w"

static int cmd_inspect(int argc,char**argv);
static int print_inspect(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:562*//*648:*/
#line 43 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:648*//*655:*/
#line 147 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:655*//*657:*/
#line 187 "chapters/command.w"

static const char*short_g(char buf[32],double x);

/*:657*//*659:*/
#line 221 "chapters/command.w"

typedef struct out_file{
const char*path;
char*tmp;
FILE*f;
}out_file;
static int out_open(out_file*o,const char*path,lstm_error*err);
static int out_commit(out_file*o,lstm_error*err);
static void out_abandon(out_file*o);
static int out_refuse(const char*path,lstm_error*err);

/*:659*//*664:*/
#line 376 "chapters/command.w"

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

/*:664*//*667:*/
#line 476 "chapters/command.w"

static long parse_seed(const char*val);

/*:667*//*669:*/
#line 493 "chapters/command.w"

static int method_seed(const char*cmd,const lstm_method*meth,
const lstm_options*opt,long*param);

/*:669*//*672:*/
#line 525 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param);

/*:672*//*674:*/
#line 549 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err);

/*:674*//*676:*/
#line 574 "chapters/command.w"

typedef int lstm_file_work(const lstm_net*net,const lstm_data*data,
lstm_error*err);
static int with_files(const char*cmd,const char*help,int argc,
char**argv,lstm_file_work*work);

/*:676*//*679:*/
#line 621 "chapters/command.w"

static int cmd_forward(int argc,char**argv);
static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:679*//*685:*/
#line 724 "chapters/command.w"

static int cmd_grad(int argc,char**argv);

/*:685*//*688:*/
#line 801 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv);
static int print_check(const lstm_options*opt,const lstm_check*res);
static void check_progress(size_t done,size_t total,void*ctx);

/*:688*//*699:*/
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

/*:699*//*704:*/
#line 321 "chapters/owndata.w"

static int data_network(const lstm_train_config*cfg,const train_args*args,
const lstm_data*train,lstm_net*net,lstm_error*err);

/*:704*//*706:*/
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

/*:706*/
#line 25 "chapters/command.w"

/*359:*/
#line 1077 "chapters/training.w"

static int cmd_train(int argc,char**argv)
{
lstm_train_config cfg;
lstm_train_status st;
lstm_net net,start;
lstm_error err;
const char*task= NULL,*out= NULL,*curve= NULL;
size_t length= 0;
train_args args= {NULL,NULL,NULL,NULL,-1,0,1000,0};
train_watch w;
int status;
lstm_error_clear(&err);
if(wants_help(argc,argv)){
/*362:*/
#line 1163 "chapters/training.w"

printf("usage: lstm train --task lag|lag2c|reber|adding|multiply|twoseq|order\n"
"                  [--lag p] [--variant a|b|c] [--relevant N] [--symbols 2|3]\n"
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
"option or an equals sign; '-' is standard input or output. Ctrl-C\n"
"stops after the current sequence and writes what was asked for.\n");

/*:362*/
#line 1091 "chapters/training.w"
;
return 0;
}
/*361:*/
#line 1142 "chapters/training.w"

for(int a= 0;a<argc;a++){
const char*lag= NULL;
if(strcmp(argv[a],"--task")==0&&a+1<argc)task= argv[++a];
else if(strncmp(argv[a],"--task=",7)==0)task= argv[a]+7;
else if(strcmp(argv[a],"--data")==0&&a+1<argc)args.data= argv[++a];
else if(strncmp(argv[a],"--data=",7)==0)args.data= argv[a]+7;
else if(strcmp(argv[a],"--lag")==0&&a+1<argc)lag= argv[++a];
else if(strncmp(argv[a],"--lag=",6)==0)lag= argv[a]+6;
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


/*:361*/
#line 1094 "chapters/training.w"
;
cfg= task?lstm_train_defaults(task,length):data_defaults();
for(int a= 0;a<argc;a++)
/*363:*/
#line 1185 "chapters/training.w"

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
else if(strcmp(opt,"--variant")==0){
if((val[0]!='a'&&val[0]!='b'&&val[0]!='c')||val[1])
return train_usage("lstm train: --variant is 'a', 'b' or 'c', "
"not '%s'",val,"");

cfg.variant= val[0];
}else if(strcmp(opt,"--relevant")==0||strcmp(opt,"--symbols")==0){
unsigned long v= strtoul(val,&end,10);
const int sym= opt[2]=='s';
if(val[0]<'0'||val[0]> '9'||*end||(sym?v!=2&&v!=3:
v<1||v> 10))
return train_usage(sym?"lstm train: %s is 2 or 3, not '%s'":
"lstm train: %s is a whole number from 1 to 10, not '%s'",opt,val);


if(sym)cfg.symbols= v;else cfg.relevant= v;
}else if(strcmp(opt,"--targets")==0){
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
/*364:*/
#line 1262 "chapters/training.w"

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

/*:364*/
#line 1253 "chapters/training.w"
;
}else return train_usage("lstm train: unknown option '%s'",opt,"");
}

/*:363*/
#line 1097 "chapters/training.w"
;
if(args.data)return train_on_data(&cfg,&args,out,curve);
if(args.valid||args.output>=0||args.epochs)
return train_usage("lstm train: --valid, --output and --epochs are for "
"--data, not --task%s","","");

/*360:*/
#line 1130 "chapters/training.w"

{
lstm_task check;
if((status= lstm_task_init(&check,cfg.task,cfg.length,&err))!=
LSTM_OK||(status= lstm_task_vary(&check,cfg.variant,cfg.relevant,
cfg.symbols,&err))!=LSTM_OK)
return report(status,&err);
}

/*:360*/
#line 1103 "chapters/training.w"
;
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
if(status==LSTM_OK)/*366:*/
#line 1311 "chapters/training.w"

{
char lr[32],clip[32],bi[32],bf[32],loss[32],measure[32],secs[32];
fprintf(w.talk,"%s after %ld sequences: task %s length %zu method %s "
"seed %llu cells %zu optimizer %s lr %s clip %s targets %s forget %s "
"bias_i %s bias_f %s loss %s measure %s updates %ld seconds %s",
st.solved?"solved":"not solved",st.sequences,cfg.task,cfg.length,
cfg.method,(unsigned long long)cfg.seed,net.n,
optimizer_name[cfg.optimizer],short_g(lr,cfg.rate),
short_g(clip,cfg.clip),cfg.every_step?"every":"last",
net.no_forget?"no":"yes",short_g(bi,cfg.init.bias_i),
short_g(bf,cfg.init.bias_f),short_g(loss,st.moving_loss),
short_g(measure,st.measure),st.updates,short_g(secs,st.seconds));
/*367:*/
#line 1347 "chapters/training.w"

if(strcmp(cfg.task,"twoseq")==0||strcmp(cfg.task,"multiply")==0||
strcmp(cfg.task,"order")==0||strcmp(cfg.task,"adding")==0)
fprintf(w.talk," wrong %ld",st.wrong);
if(strcmp(cfg.task,"twoseq")==0)
fprintf(w.talk," variant %c relevant %zu",cfg.variant?cfg.variant:'a',
cfg.relevant?cfg.relevant:(size_t)1);
if(strcmp(cfg.task,"order")==0)
fprintf(w.talk," symbols %zu",cfg.symbols?cfg.symbols:(size_t)2);
if(strcmp(cfg.task,"twoseq")==0||strcmp(cfg.task,"multiply")==0)
fprintf(w.talk," first %ld",st.first);

/*:367*/
#line 1324 "chapters/training.w"
;
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

/*:366*/
#line 1118 "chapters/training.w"
;
status= watch_close(&w,status,&net,&err);
lstm_net_free(&net);
}else status= report(status,&err);
if(args.init)lstm_net_free(&start);
return status;
}

/*:359*//*365:*/
#line 1278 "chapters/training.w"

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

/*:365*//*402:*/
#line 787 "chapters/speed.w"

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
/*403:*/
#line 818 "chapters/speed.w"

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

/*:403*/
#line 806 "chapters/speed.w"
;
/*404:*/
#line 838 "chapters/speed.w"

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

/*:404*/
#line 807 "chapters/speed.w"
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

/*:402*//*405:*/
#line 866 "chapters/speed.w"

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

/*:405*//*406:*/
#line 901 "chapters/speed.w"

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
/*407:*/
#line 927 "chapters/speed.w"

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

/*:407*/
#line 923 "chapters/speed.w"
;
return 0;
}

/*:406*//*408:*/
#line 952 "chapters/speed.w"

static void print_fit(const char*what,const char*name,const char*size,
size_t at,double p)
{
if(isfinite(p))printf("%s %s %s %zu %.17g\n",what,name,size,at,p);
else fprintf(stderr,"lstm bench: no %s for %s at %s %zu: a measurement "
"was zero\n",what,name,size,at);

}

/*:408*//*439:*/
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

/*:439*//*440:*/
#line 105 "chapters/experiments.w"

static int cmd_experiments(int argc,char**argv)
{
/*441:*/
#line 161 "chapters/experiments.w"

char*split[4];
if(argc>=1&&argc<=3&&(strncmp(argv[0],"--list=",7)==0||
strncmp(argv[0],"--list-long=",12)==0||
strncmp(argv[0],"--list-battery=",15)==0||
strncmp(argv[0],"--report-battery=",17)==0||
strncmp(argv[0],"--report=",9)==0)){
char*eq= strchr(argv[0],'=');
static char name[24];
snprintf(name,sizeof name,"%.*s",(int)(eq-argv[0]),argv[0]);
split[0]= name;
split[1]= eq+1;
for(int a= 1;a<argc;a++)split[a+1]= argv[a];
argv= split;
argc++;
}

/*:441*/
#line 109 "chapters/experiments.w"
;
if(wants_help(argc,argv)||argc<2){
printf("usage: lstm experiments --list DIR\n"
"       lstm experiments --list-long DIR\n"
"       lstm experiments --report DIR SECONDS [LONG_SECONDS]\n"
"       lstm experiments --list-battery DIR\n"
"       lstm experiments --report-battery DIR\n"
"--list and --list-long print the arguments of 'lstm train' for every\n"
"run of the book's main and long experiment grids; --report reads\n"
"DIR/results.txt and DIR/results-long.txt (the runs' summary lines)\n"
"and writes DIR/results.tex, DIR/figures.mp and its data, DIR/*.d.\n"
"--list-battery prints those of the 1997 battery; --report-battery\n"
"reads DIR/results-battery.txt and writes DIR/battery.tex.\n");
return argc<2&&!wants_help(argc,argv)?2:0;
}
if(strcmp(argv[0],"--list")==0&&argc==2){
/*442:*/
#line 181 "chapters/experiments.w"

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

/*:442*/
#line 125 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--list-long")==0&&argc==2){
/*443:*/
#line 212 "chapters/experiments.w"

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
/*444:*/
#line 234 "chapters/experiments.w"

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

/*:444*/
#line 227 "chapters/experiments.w"
;

/*:443*/
#line 129 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--list-battery")==0&&argc==2){
/*510:*/
#line 457 "chapters/battery.w"

for(int pass= 0;pass<5;pass++)
for(size_t r= 0;r<BAT_ROWS;r++){
const bat_row*row= &bat_rows[r];
if(pass<4&&(row->seeds<10)!=(pass%2==1))continue;
if(pass==4&&!row->rtrl)continue;
for(int me= 0;me<BAT_METHODS;me++){
if(pass==4?me!=4:me/2!=pass/2)continue;
for(int seed= 1;seed<=row->seeds;seed++)
printf("%s --method %s --seed %d\n",row->args,bat_method[me],seed);
}
}

/*:510*/
#line 133 "chapters/experiments.w"
;
return 0;
}
if(strcmp(argv[0],"--report-battery")==0&&argc==2)
return battery_report(argv[1]);
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
fprintf(stderr,"lstm experiments: expected --list DIR, --list-long DIR, "
"--report DIR SECONDS, --list-battery DIR or --report-battery DIR; "
"try 'lstm experiments --help'\n");
return 2;
}

/*:440*//*462:*/
#line 507 "chapters/experiments.w"

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
else/*463:*/
#line 546 "chapters/experiments.w"

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

/*:463*/
#line 530 "chapters/experiments.w"
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

/*:462*//*465:*/
#line 605 "chapters/experiments.w"

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
/*471:*/
#line 742 "chapters/experiments.w"

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
write_tables(tables.f,&rep,seconds);
if(write_figures(figures.f,rep.cells,dir,&err)!=0){
out_abandon(&tables);
out_abandon(&figures);
return report(LSTM_EIO,&err);
}
if(out_commit(&tables,&err)!=LSTM_OK){
out_abandon(&figures);
return report(LSTM_EIO,&err);
}
if(out_commit(&figures,&err)!=LSTM_OK)return report(LSTM_EIO,&err);
}

/*:471*/
#line 616 "chapters/experiments.w"
;
return 0;
}

/*:465*//*466:*/
#line 623 "chapters/experiments.w"

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
fprintf(stderr,"%s:%d: a line is not a summary of a run: '",path,
rep->total+1);
/*467:*/
#line 670 "chapters/experiments.w"

for(size_t q= 0;line[q]&&line[q]!='\n'&&q<200;q++){
unsigned char c= (unsigned char)line[q];
if(c>=32&&c<127&&c!='\\')fputc(c,stderr);
else fprintf(stderr,"\\x%02x",c);
}

/*:467*/
#line 640 "chapters/experiments.w"
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
/*469:*/
#line 704 "chapters/experiments.w"

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

/*:469*/
#line 656 "chapters/experiments.w"
;
if(run.cells==8&&
run.forget==(run.kind==2?0:run.lag<200))
add_run(&rep->cells[run.kind][run.family][q],&run);
}
fclose(in);
return 0;
}

/*:466*//*468:*/
#line 682 "chapters/experiments.w"

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

/*:468*//*470:*/
#line 725 "chapters/experiments.w"

static int compare_diag(const void*a,const void*b)
{
const exp_diag*x= a,*y= b;
if(x->lag!=y->lag)return x->lag<y->lag?-1:1;
if(x->every!=y->every)return x->every-y->every;
if(x->forget!=y->forget)return y->forget-x->forget;
if(x->cells!=y->cells)return x->cells<y->cells?-1:1;
return x->family-y->family;
}

/*:470*//*472:*/
#line 772 "chapters/experiments.w"

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

/*:472*//*473:*/
#line 803 "chapters/experiments.w"

static void wilson(int solved,int runs,double*low,double*high)
{
const double z= 1.96,n= runs,s= solved;
const double mid= (s+z*z/2)/(n+z*z),
half= z/(n+z*z)*sqrt(s*(n-s)/n+z*z/4);
*low= fmax(mid-half,0);
*high= fmin(mid+half,1);
}

/*:473*//*474:*/
#line 824 "chapters/experiments.w"

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
/*475:*/
#line 875 "chapters/experiments.w"

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

/*:475*/
#line 853 "chapters/experiments.w"
;
/*476:*/
#line 910 "chapters/experiments.w"

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

/*:476*/
#line 854 "chapters/experiments.w"
;
/*477:*/
#line 934 "chapters/experiments.w"

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

/*:477*/
#line 855 "chapters/experiments.w"
;
/*478:*/
#line 951 "chapters/experiments.w"

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

/*:478*/
#line 856 "chapters/experiments.w"
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

/*:474*//*481:*/
#line 1007 "chapters/experiments.w"

static int write_points(const char*dir,const char*name,int rows,
int cols,const double*v,lstm_error*err)
{
char path[1024];
out_file o;
int written= 0;
snprintf(path,sizeof path,"%s/%s",dir,name);
if(out_open(&o,path,err)!=LSTM_OK)return-1;
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
if(out_commit(&o,err)!=LSTM_OK)return-1;
return written;
}

/*:481*//*484:*/
#line 1084 "chapters/experiments.w"

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

/*:484*//*486:*/
#line 1133 "chapters/experiments.w"

static int write_figures(FILE*f,exp_grid cells,const char*dir,
lstm_error*err)
{
char name[64],range[64];
snprintf(range,sizeof range,"%g, 0, %g, 1",0.9*exp_lags[0],
1.1*exp_lags[EXP_LAGS-1]);
/*483:*/
#line 1045 "chapters/experiments.w"

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

/*:483*/
#line 1140 "chapters/experiments.w"
;
/*487:*/
#line 1149 "chapters/experiments.w"

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
/*485:*/
#line 1115 "chapters/experiments.w"

for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++)
if(legend>>fam&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,fam,
family_name[fam]);
fprintf(f,"endfig;\n");

/*:485*/
#line 1168 "chapters/experiments.w"
;
}

/*:487*/
#line 1141 "chapters/experiments.w"
;
/*488:*/
#line 1176 "chapters/experiments.w"

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
/*485:*/
#line 1115 "chapters/experiments.w"

for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++)
if(legend>>fam&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,fam,
family_name[fam]);
fprintf(f,"endfig;\n");

/*:485*/
#line 1202 "chapters/experiments.w"
;
}

/*:488*/
#line 1142 "chapters/experiments.w"
;
/*489:*/
#line 1220 "chapters/experiments.w"

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
/*490:*/
#line 1246 "chapters/experiments.w"

{
char path[1024];
FILE*in;
double v[EXP_EVERY_BUDGET/100+1][2],col[8];
int count= 0,written;
snprintf(path,sizeof path,"%s/curve-%s-%d.txt",dir,
c<2?"last":"every",c%2?3:0);
if(!(in= fopen(path,"r")))continue;
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

/*:490*/
#line 1234 "chapters/experiments.w"
;
}
end_graph(f,",","sequences",panel?"drift":"separation");
for(int c= 0,row= 0;c<4;c++)
if(drawn>>c&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,c,label[c]);
fprintf(f,"endfig;\n");
}

/*:489*/
#line 1143 "chapters/experiments.w"
;
/*491:*/
#line 1281 "chapters/experiments.w"

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
/*485:*/
#line 1115 "chapters/experiments.w"

for(int fam= 0,row= 0;fam<EXP_FAMILIES;fam++)
if(legend>>fam&1)
fprintf(f,"legend(%d, %d, btex \\tt %s etex);\n",row++,fam,
family_name[fam]);
fprintf(f,"endfig;\n");

/*:485*/
#line 1304 "chapters/experiments.w"
;
}

/*:491*/
#line 1144 "chapters/experiments.w"
;
fprintf(f,"end\n");
return 0;
}

/*:486*//*512:*/
#line 493 "chapters/battery.w"

static int bat_parse(const char*line,int*row,int*method,int*solved,
double fig[4])
{
char buf[2048],key[64],task[16]= "",meth[32]= "",*colon;
char variant= 'a';
unsigned long length= 0,relevant= 1,symbols= 2;
int good= 1;
fig[0]= fig[1]= fig[2]= fig[3]= 0;
if(strlen(line)>=sizeof buf)return 0;
strcpy(buf,line);
*solved= strncmp(buf,"solved after ",13)==0;
if(!*solved&&strncmp(buf,"not solved after ",17)!=0)return 0;
fig[0]= atof(buf+(*solved?13:17));
if(!(colon= strchr(buf,':')))return 0;
for(char*word= strtok(colon+1," \n");word;word= strtok(NULL," \n")){
char*value= strtok(NULL," \n"),*end;
double v;
if(!value)break;
v= strtod(value,&end);
if(strcmp(word,"task")==0)snprintf(task,sizeof task,"%s",value);
else if(strcmp(word,"method")==0)snprintf(meth,sizeof meth,"%s",value);
else if(strcmp(word,"variant")==0)variant= value[0];
else if(strcmp(word,"length")==0||strcmp(word,"relevant")==0||
strcmp(word,"symbols")==0||strcmp(word,"seconds")==0||
strcmp(word,"first")==0||strcmp(word,"wrong")==0){
if(*end||!isfinite(v)||v<0)good= 0;
else if(word[0]=='l')length= (unsigned long)v;
else if(word[0]=='r')relevant= (unsigned long)v;
else if(word[1]=='y')symbols= (unsigned long)v;
else if(word[1]=='e')fig[1]= v;
else if(word[0]=='f')fig[2]= v;
else fig[3]= v;
}
}
if(!good)return 0;
if(strcmp(task,"twoseq")==0)
snprintf(key,sizeof key,"twoseq-%c-%lu-%lu",variant,relevant,length);
else if(strcmp(task,"order")==0)
snprintf(key,sizeof key,"order-%lu",symbols);
else if(strcmp(task,"reber")==0)snprintf(key,sizeof key,"reber");
else snprintf(key,sizeof key,"%s-%lu",task,length);
*row= *method= -1;
for(size_t r= 0;r<BAT_ROWS;r++)
if(strcmp(bat_rows[r].key,key)==0)*row= (int)r;
for(int me= 0;me<BAT_METHODS;me++)
if(strcmp(bat_method[me],meth)==0)*method= me;
return*row>=0&&*method>=0;
}

/*:512*//*513:*/
#line 550 "chapters/battery.w"

static int battery_report(const char*dir)
{
static bat_cell cell[2][BAT_ROWS][BAT_METHODS];
char path[1024];
int count= 0;
memset(cell,0,sizeof cell);
snprintf(path,sizeof path,"%s/results-battery.txt",dir);
if(bat_read(path,cell[0],&count,1)!=0)return 1;
snprintf(path,sizeof path,"%s/unseen-battery.txt",dir);
if(bat_read(path,cell[1],NULL,0)!=0)return 1;
/*516:*/
#line 616 "chapters/battery.w"

{
out_file tables;
lstm_error err;
double cpu= 0;
int grid= 0;
lstm_error_clear(&err);
snprintf(path,sizeof path,"%s/battery.tex",dir);
if(out_open(&tables,path,&err)!=LSTM_OK)return report(LSTM_EIO,&err);
fprintf(tables.f,"%% Written by 'lstm experiments --report-battery'; "
"do not edit.\n");
for(size_t r= 0;r<BAT_ROWS;r++)
for(int me= 0;me<BAT_METHODS;me++){
char key[64];
bat_write_numbers(tables.f,bat_rows[r].key,bat_method[me],
&cell[0][r][me]);
snprintf(key,sizeof key,"unseen-%s",bat_rows[r].key);
bat_write_numbers(tables.f,key,bat_method[me],&cell[1][r][me]);
for(int q= 0;q<cell[0][r][me].solved;q++)
cpu+= cell[0][r][me].seconds[q];
}
for(size_t r= 0;r<BAT_ROWS;r++)
grid+= bat_rows[r].seeds*(BAT_METHODS-1+bat_rows[r].rtrl);
fprintf(tables.f,"\\def\\batruns{%d}\\def\\batcpuminutes{%.0f}"
"\\def\\batgrid{%d}\n",count,cpu/60,grid);
bat_write_tables(tables.f,cell[0]);
if(out_commit(&tables,&err)!=LSTM_OK)return report(LSTM_EIO,&err);
}

/*:516*/
#line 561 "chapters/battery.w"
;
return 0;
}

/*:513*//*515:*/
#line 573 "chapters/battery.w"

static int bat_read(const char*path,bat_cell cell[][BAT_METHODS],
int*count,int required)
{
char line[2048];
int lines= 0;
FILE*in= fopen(path,"r");
if(!in){
if(!required)return 0;
fprintf(stderr,"%s: cannot read the results\n",path);
return 1;
}
while(fgets(line,sizeof line,in)){
int row,me,solved;
double fig[4];
bat_cell*c= NULL;
lines++;
if(!bat_parse(line,&row,&me,&solved,fig)||
(c= &cell[row][me])->runs==EXP_MAX_RUNS){
fprintf(stderr,"%s:%d: a line is not a summary of a run of the "
"battery, or one run too many: '",path,lines);

/*467:*/
#line 670 "chapters/experiments.w"

for(size_t q= 0;line[q]&&line[q]!='\n'&&q<200;q++){
unsigned char c= (unsigned char)line[q];
if(c>=32&&c<127&&c!='\\')fputc(c,stderr);
else fprintf(stderr,"\\x%02x",c);
}

/*:467*/
#line 595 "chapters/battery.w"
;
fprintf(stderr,"'\n");
fclose(in);
return 1;
}
c->runs++;
if(solved){
c->needed[c->solved]= fig[0];
c->seconds[c->solved]= fig[1];
c->first[c->solved]= fig[2];
c->wrong[c->solved++]= fig[3];
}
}
fclose(in);
if(count)*count= lines;
return 0;
}

/*:515*//*518:*/
#line 663 "chapters/battery.w"

static void bat_def(FILE*f,const char*key,const char*method,
const char*fig)
{
fprintf(f,"\\expandafter\\def\\csname bat/%s/%s/%s\\endcsname{",key,
method,fig);
}

static void bat_write_numbers(FILE*f,const char*key,const char*method,
const bat_cell*c)
{
double lo,hi;
const char*name[6]= {"qone","median","qthree","first","wrong",
"seconds"};
if(c->runs==0)return;
wilson(c->solved,c->runs,&lo,&hi);
bat_def(f,key,method,"runs");fprintf(f,"%d}\n",c->runs);
bat_def(f,key,method,"nsolved");fprintf(f,"%d}\n",c->solved);
bat_def(f,key,method,"solved");fprintf(f,"%d/%d}\n",c->solved,c->runs);
bat_def(f,key,method,"low");fprintf(f,"%.2f}\n",lo);
bat_def(f,key,method,"high");fprintf(f,"%.2f}\n",hi);
for(int q= 0;q<6;q++){
const double*v= q<3?c->needed:q==3?c->first:q==4?
c->wrong:c->seconds;
bat_def(f,key,method,name[q]);
if(c->solved==0)fprintf(f,"--}\n");
else if(q==5)fprintf(f,"%.1f}\n",quantile(v,c->solved,0.5));
else fprintf(f,"%.0f}\n",quantile(v,c->solved,q<3?
0.25*(q+1):0.5));
}
}

/*:518*//*519:*/
#line 702 "chapters/battery.w"

static void bat_write_tables(FILE*f,bat_cell cell[][BAT_METHODS])
{
static const char*exps[7]= {"1","3a","3b","3c","4","5","6"};
static const char*names[7]= {"one","threea","threeb","threec",
"four","five","six"};
for(int e= 0;e<7;e++){
const int weak= e>=1&&e<=3?1:e==5,wrong= e> 0;
fprintf(f,"\\def\\bat%s{\\vbox{\\offinterlineskip\\halign{"
"\\strut##\\hfil\\quad&\\tt##\\hfil\\quad&&\\hfil##\\quad\\cr\n",
names[e]);
fprintf(f,"setting&\\rm method&solved&95\\%% interval&"
"quartiles of sequences&%s%sseconds\\cr\\noalign{\\hrule}\n",
weak?(e==5?"$n_{\\rm seq}=140$&":"ST1&"):"",
wrong?"wrong&":"");
for(size_t r= 0;r<BAT_ROWS;r++){
const bat_row*row= &bat_rows[r];
if(strncmp(row->exp,exps[e],strlen(exps[e]))!=0)continue;
for(int me= 0;me<BAT_METHODS;me++){
const bat_cell*c= &cell[r][me];
double lo,hi;
if(c->runs==0)continue;
wilson(c->solved,c->runs,&lo,&hi);
/*520:*/
#line 750 "chapters/battery.w"

{
int shown= 0;
for(int m2= 0;m2<me;m2++)shown|= cell[r][m2].runs> 0;
if(shown){}
else if(row->key[0]=='t')
fprintf(f,"$T=%s$, $N=%c$",strrchr(row->key,'-')+1,row->key[9]);
else if(row->key[0]=='o')fprintf(f,"%s",row->exp);
else if(row->key[0]=='r')fprintf(f,"Reber");
else fprintf(f,"$T=%s$",strrchr(row->key,'-')+1);
}
#line 1 "chapters/align.w"
/*:520*/
#line 725 "chapters/battery.w"
;
fprintf(f,"&%s&%d/%d&$[%.2f,%.2f]$",bat_method[me],c->solved,
c->runs,lo,hi);
if(c->solved==0)
fprintf(f,"&--%s%s&--\\cr\n",weak?"&--":"",wrong?"&--":"");
else{
fprintf(f,"&%.0f, {\\bf %.0f}, %.0f",
quantile(c->needed,c->solved,0.25),
quantile(c->needed,c->solved,0.5),
quantile(c->needed,c->solved,0.75));
if(weak)fprintf(f,"&%.0f",quantile(c->first,c->solved,0.5));
if(wrong)fprintf(f,"&%.0f",quantile(c->wrong,c->solved,0.5));
fprintf(f,"&%.1f\\cr\n",quantile(c->seconds,c->solved,0.5));
}
}
}
fprintf(f,"}}}\n");
}
}

/*:519*//*534:*/
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
/*535:*/
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

/*:535*/
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

/*:534*//*536:*/
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
else if(strcmp(arg,"--methods")==0)/*537:*/
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

/*:537*/
#line 356 "chapters/align.w"

else return usage_error("align","unknown option '%s'",arg);
}
/*538:*/
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

/*:538*/
#line 360 "chapters/align.w"
;
return 0;
}

/*:536*//*539:*/
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

/*:539*//*540:*/
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

/*:540*//*541:*/
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

/*:541*//*553:*/
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

/*:553*//*563:*/
#line 110 "chapters/inspect.w"

static int cmd_inspect(int argc,char**argv)
{
return with_files("inspect","usage: lstm inspect MODEL SEQ\n"
"Run the model forward and BPTT backward over every sequence of SEQ\n"
"and print, for every step, the gates, the state, the output, the\n"
"state's derivative, the two backward messages and the product of\n"
"the later forget gates.\n",argc,argv,print_inspect);
}

/*:563*//*564:*/
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
/*565:*/
#line 159 "chapters/inspect.w"

{
const lstm_seq*seq= &data->seq[s];
double loss= lstm_forward(net,seq,&tr);
lstm_backward(net,seq,&tr,&grad);
/*566:*/
#line 185 "chapters/inspect.w"

for(size_t j= 0;j<n&&seq->T> 0;j++)fprod[(seq->T-1)*n+j]= 1;
for(size_t t= seq->T> 0?seq->T-1:0;t--> 0;)
for(size_t j= 0;j<n;j++)
fprod[t*n+j]= fprod[(t+1)*n+j]*lstm_gates(&tr,t+1)[2*n+j];

/*:566*/
#line 164 "chapters/inspect.w"
;
if(!isfinite(loss))
status= lstm_fail(err,LSTM_EDATA,"the loss of sequence %zu is not "
"finite",s+1);

if(pass==1)printf("sequence %zu loss %.17g\n",s+1,loss);
for(size_t t= 0;t<seq->T&&status==LSTM_OK;t++){
/*567:*/
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

/*:567*/
#line 171 "chapters/inspect.w"
;
for(size_t q= 0;q<10*n;q++)
if(!isfinite(row[q])){
status= lstm_fail(err,LSTM_EDATA,"a number of step %zu of "
"sequence %zu is not finite",t,s+1);

break;
}
if(pass==1)/*568:*/
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
/*:568*/
#line 179 "chapters/inspect.w"
;
}
}

/*:565*/
#line 150 "chapters/inspect.w"
;
}
free(row);
free(fprod);
lstm_net_free(&grad);
lstm_trace_free(&tr);
return status;
}

/*:564*//*653:*/
#line 120 "chapters/command.w"

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

/*:653*//*656:*/
#line 150 "chapters/command.w"

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

/*:656*//*658:*/
#line 190 "chapters/command.w"

static const char*short_g(char buf[32],double x)
{
for(int digits= 1;digits<=17;digits++){
snprintf(buf,32,"%.*g",digits,x);
if(strtod(buf,NULL)==x||!isfinite(x))break;
}
return buf;
}

/*:658*//*660:*/
#line 239 "chapters/command.w"

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

/*:660*//*661:*/
#line 282 "chapters/command.w"

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

/*:661*//*662:*/
#line 304 "chapters/command.w"

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
/*663:*/
#line 351 "chapters/command.w"

{
char*slash= strrchr(o->tmp,'/');
int dfd;
if(slash)slash[slash==o->tmp]= '\0';
if((dfd= open(slash?o->tmp:".",O_RDONLY))>=0){
(void)fsync(dfd);
close(dfd);
}
}

/*:663*/
#line 328 "chapters/command.w"
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

/*:662*//*665:*/
#line 399 "chapters/command.w"

static int parse_options(const char*cmd,int argc,char**argv,int with,
lstm_options*opt)
{
int files= 0;
opt->model= opt->seq= NULL;
opt->method= "bptt";
opt->eps= LSTM_FD_STEP;
opt->sample= 0;
opt->seed= 1;opt->seed_given= 0;
opt->progress= 0;
for(int a= 0;a<argc;a++){
const char*arg= argv[a];
if((with&WITH_SAMPLE)&&strcmp(arg,"--progress")==0)
opt->progress= 1;
else if(strncmp(arg,"--",2)==0&&arg[2]!='\0'){
/*666:*/
#line 428 "chapters/command.w"

{
const char*eq= strchr(arg,'=');
size_t len= eq?(size_t)(eq-arg):strlen(arg);
const char*val= eq?eq+1:a+1<argc?argv[a+1]:NULL;
int is_method= len==8&&strncmp(arg,"--method",8)==0;
int is_eps= len==5&&strncmp(arg,"--eps",5)==0;
int is_sample= len==8&&strncmp(arg,"--sample",8)==0;
int is_seed= len==6&&strncmp(arg,"--seed",6)==0;
char*end;
if(!((is_method&&(with&WITH_METHOD))||(is_eps&&(with&WITH_EPS))
||(is_seed&&(with&(WITH_SEED|WITH_SAMPLE)))
||(is_sample&&(with&WITH_SAMPLE))))
return usage_error(cmd,"unknown option '%s'",arg);

if(!val)return usage_error(cmd,"expected a value after '%s'",arg);

if(!eq)a++;
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

/*:666*/
#line 415 "chapters/command.w"
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

/*:665*//*668:*/
#line 479 "chapters/command.w"

static long parse_seed(const char*val)
{
char*end;
unsigned long v;
if(val[0]<'0'||val[0]> '9')return-1;
v= strtoul(val,&end,10);
return*end!='\0'||v> 2147483647UL?-1:(long)v;
}

/*:668*//*670:*/
#line 497 "chapters/command.w"

static int method_seed(const char*cmd,const lstm_method*meth,
const lstm_options*opt,long*param)
{
if(meth->seeded)*param= opt->seed;
else if(opt->seed_given)
return usage_error(cmd,"method %s draws no random numbers, so it takes "
"no --seed",meth->name);

return 0;
}

/*:670*//*671:*/
#line 512 "chapters/command.w"

static int usage_error(const char*cmd,const char*fmt,const char*what)
{
fprintf(stderr,"lstm %s: ",cmd);
fprintf(stderr,fmt,what);
fprintf(stderr,"; try 'lstm %s --help'\n",cmd);
return 2;
}

/*:671*//*673:*/
#line 529 "chapters/command.w"

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

/*:673*//*675:*/
#line 553 "chapters/command.w"

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

/*:675*//*677:*/
#line 580 "chapters/command.w"

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

/*:677*//*680:*/
#line 626 "chapters/command.w"

static int cmd_forward(int argc,char**argv)
{
return with_files("forward","usage: lstm forward MODEL SEQ\n"
"Run the model over every sequence of SEQ and print, for every step,\n"
"the cell output and (with an output layer) the prediction, then the\n"
"loss summed over the file. See the book for the file formats.\n",
argc,argv,print_forward);
}

/*:680*//*681:*/
#line 643 "chapters/command.w"

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
/*682:*/
#line 669 "chapters/command.w"

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

/*:682*/
#line 655 "chapters/command.w"
;
printf("lstm-forward 1\n");
for(size_t s= 0;s<data->count;s++){
const lstm_seq*seq= &data->seq[s];
loss+= lstm_forward(net,seq,&tr);
printf("sequence %zu\n",s+1);
for(size_t t= 0;t<seq->T;t++)
/*683:*/
#line 691 "chapters/command.w"

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

/*:683*/
#line 662 "chapters/command.w"
;
}
printf("loss %.17g\n",loss);
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:681*//*686:*/
#line 727 "chapters/command.w"

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

/*:686*//*689:*/
#line 806 "chapters/command.w"

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

/*:689*//*690:*/
#line 854 "chapters/command.w"

static void check_progress(size_t done,size_t total,void*ctx)
{
(void)ctx;
if(done==total||done%(total/100+1)==0){
fprintf(stderr,"\rgradcheck: %zu of %zu parameters",done,total);
fflush(stderr);
}
}

/*:690*//*691:*/
#line 864 "chapters/command.w"

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

/*:691*//*700:*/
#line 201 "chapters/owndata.w"

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

/*:700*//*701:*/
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

/*:701*//*702:*/
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
/*703:*/
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

/*:703*/
#line 279 "chapters/owndata.w"
;
status= watch_close(&w,status,&net,&err);
}else status= report(status,&err);
lstm_net_free(&net);
lstm_data_free(&train);
lstm_data_free(&valid);
return status;
}

/*:702*//*705:*/
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

/*:705*//*707:*/
#line 392 "chapters/owndata.w"

static void on_interrupt(int sig)
{
(void)sig;
train_stop= 1;
}

/*:707*//*708:*/
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
signal(SIGINT,on_interrupt);
return LSTM_OK;
}

/*:708*//*709:*/
#line 453 "chapters/owndata.w"

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

/*:709*//*710:*/
#line 493 "chapters/owndata.w"

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

/*:710*//*711:*/
#line 511 "chapters/owndata.w"

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
#line 1 "chapters/crosscheck.w"
/*:711*/
#line 26 "chapters/command.w"

/*649:*/
#line 52 "chapters/command.w"

static const lstm_command commands[]= {
/*357:*/
#line 1061 "chapters/training.w"

{"train","train a network on a task of the 1997 paper",cmd_train},

/*:357*//*400:*/
#line 770 "chapters/speed.w"

{"bench","time the gradient methods and fit their growth",cmd_bench},

/*:400*//*437:*/
#line 67 "chapters/experiments.w"

{"experiments","list the experiment grid, or report on its results",
cmd_experiments},

/*:437*//*532:*/
#line 250 "chapters/align.w"

{"align","measure how well each method's gradient aligns with the exact one",
cmd_align},

/*:532*//*551:*/
#line 127 "chapters/balance.w"

{"balance","run the influence-balancing experiment with a method",
cmd_balance},

/*:551*//*561:*/
#line 101 "chapters/inspect.w"

{"inspect","print the gates, states and backward messages of every step",
cmd_inspect},

/*:561*//*654:*/
#line 144 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:654*//*678:*/
#line 617 "chapters/command.w"

{"forward","run a model over sequences; print outputs and loss",
cmd_forward},

/*:678*//*684:*/
#line 721 "chapters/command.w"

{"grad","print the gradient of the loss of sequences",cmd_grad},

/*:684*//*687:*/
#line 797 "chapters/command.w"

{"gradcheck","check a method's gradient against central differences",
cmd_gradcheck},

/*:687*/
#line 54 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:649*/
#line 27 "chapters/command.w"

/*650:*/
#line 62 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*651:*/
#line 95 "chapters/command.w"

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

/*:651*/
#line 68 "chapters/command.w"
;
/*652:*/
#line 109 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:652*/
#line 69 "chapters/command.w"
;
return argc<2?2:0;
}
if(strcmp(argv[1],"--version")==0){
printf("lstm %s\n",LSTM_VERSION);
/*652:*/
#line 109 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:652*/
#line 74 "chapters/command.w"
;
return 0;
}
/*387:*/
#line 481 "chapters/speed.w"

{
const char*want= getenv("LSTM_KERNELS");
lstm_error err;
if(want&&lstm_use_kernels(want,&err)!=LSTM_OK){
fprintf(stderr,"lstm: LSTM_KERNELS: %s\n",err.msg);
return 2;
}
}

/*:387*/
#line 77 "chapters/command.w"
;
for(size_t c= 0;c<command_count;c++)
if(strcmp(argv[1],commands[c].name)==0){
status= commands[c].run(argc-2,argv+2);
/*652:*/
#line 109 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:652*/
#line 81 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:650*/
#line 28 "chapters/command.w"


/*:645*/
