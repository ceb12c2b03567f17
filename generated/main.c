/*316:*/
#line 13 "chapters/command.w"

#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
#include <math.h> 
/*318:*/
#line 32 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:318*//*325:*/
#line 127 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:325*//*327:*/
#line 169 "chapters/command.w"

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

/*:327*//*331:*/
#line 249 "chapters/command.w"

static const lstm_method*find_method(const char*cmd,const char*spec,
long*param);

/*:331*//*333:*/
#line 272 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err);

/*:333*//*336:*/
#line 304 "chapters/command.w"

static int cmd_forward(int argc,char**argv);
static int print_forward(const lstm_net*net,const lstm_data*data,
lstm_error*err);

/*:336*//*341:*/
#line 393 "chapters/command.w"

static int cmd_grad(int argc,char**argv);

/*:341*//*344:*/
#line 463 "chapters/command.w"

static int cmd_gradcheck(int argc,char**argv);
static int print_check(const lstm_options*opt,const lstm_check*res);

/*:344*/
#line 18 "chapters/command.w"

/*323:*/
#line 100 "chapters/command.w"

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

/*:323*//*326:*/
#line 130 "chapters/command.w"

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

/*:326*//*328:*/
#line 185 "chapters/command.w"

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
/*329:*/
#line 209 "chapters/command.w"

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

/*:329*/
#line 196 "chapters/command.w"
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

/*:328*//*330:*/
#line 236 "chapters/command.w"

static int usage_error(const char*cmd,const char*fmt,const char*what)
{
fprintf(stderr,"lstm %s: ",cmd);
fprintf(stderr,fmt,what);
fprintf(stderr,"; try 'lstm %s --help'\n",cmd);
return 2;
}

/*:330*//*332:*/
#line 253 "chapters/command.w"

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

/*:332*//*334:*/
#line 276 "chapters/command.w"

static int load_files(const lstm_options*opt,lstm_net*net,
lstm_data*data,lstm_error*err)
{
int status= lstm_model_read(opt->model,net,err);
if(status!=LSTM_OK)return status;
if((status= lstm_data_read(opt->seq,net,data,err))!=LSTM_OK)
lstm_net_free(net);
return status;
}

/*:334*//*337:*/
#line 309 "chapters/command.w"

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

/*:337*//*338:*/
#line 337 "chapters/command.w"

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
/*339:*/
#line 362 "chapters/command.w"

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

/*:339*/
#line 355 "chapters/command.w"
;
}
printf("loss %.17g\n",loss);
lstm_trace_free(&tr);
return LSTM_OK;
}

/*:338*//*342:*/
#line 396 "chapters/command.w"

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

/*:342*//*345:*/
#line 467 "chapters/command.w"

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

/*:345*//*346:*/
#line 504 "chapters/command.w"

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

/*:346*/
#line 19 "chapters/command.w"

/*319:*/
#line 41 "chapters/command.w"

static const lstm_command commands[]= {
/*324:*/
#line 124 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:324*//*335:*/
#line 300 "chapters/command.w"

{"forward","run a model over sequences; print outputs and loss",
cmd_forward},

/*:335*//*340:*/
#line 390 "chapters/command.w"

{"grad","print the gradient of the loss of sequences",cmd_grad},

/*:340*//*343:*/
#line 459 "chapters/command.w"

{"gradcheck","check a method's gradient against central differences",
cmd_gradcheck},

/*:343*/
#line 43 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:319*/
#line 20 "chapters/command.w"

/*320:*/
#line 51 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*321:*/
#line 79 "chapters/command.w"

{
FILE*f= argc<2?stderr:stdout;
fprintf(f,"usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
for(size_t c= 0;c<command_count;c++)
fprintf(f,"  %-10s %s\n",commands[c].name,commands[c].summary);
fprintf(f,"\n'lstm COMMAND --help' describes a command; "
"'lstm --version' prints the version.\n");
}

/*:321*/
#line 57 "chapters/command.w"
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
/*322:*/
#line 89 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:322*/
#line 67 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:320*/
#line 21 "chapters/command.w"


/*:316*/
