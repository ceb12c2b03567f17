/*247:*/
#line 12 "chapters/command.w"

#include "lstm.h"
#include <stdlib.h> 
#include <string.h> 
/*249:*/
#line 30 "chapters/command.w"

typedef struct lstm_command{
const char*name;
const char*summary;
int(*run)(int argc,char**argv);
}lstm_command;
static int report(int status,const lstm_error*err);
static int wants_help(int argc,char**argv);

/*:249*//*256:*/
#line 125 "chapters/command.w"

static int cmd_example(int argc,char**argv);

/*:256*/
#line 16 "chapters/command.w"

/*254:*/
#line 98 "chapters/command.w"

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

/*:254*//*257:*/
#line 128 "chapters/command.w"

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
#line 46 "chapters/command.w"

/*:257*/
#line 17 "chapters/command.w"

/*250:*/
#line 39 "chapters/command.w"

static const lstm_command commands[]= {
/*255:*/
#line 122 "chapters/command.w"

{"example","run the worked example of the book",cmd_example},

/*:255*/
#line 41 "chapters/command.w"

};
static const size_t command_count= sizeof commands/sizeof commands[0];

/*:250*/
#line 18 "chapters/command.w"

/*251:*/
#line 49 "chapters/command.w"

int main(int argc,char**argv)
{
int status= 2;
if(argc<2||strcmp(argv[1],"--help")==0||
strcmp(argv[1],"-h")==0){
/*252:*/
#line 77 "chapters/command.w"

{
FILE*f= argc<2?stderr:stdout;
fprintf(f,"usage: lstm COMMAND [ARGUMENTS]\n\ncommands:\n");
for(size_t c= 0;c<command_count;c++)
fprintf(f,"  %-10s %s\n",commands[c].name,commands[c].summary);
fprintf(f,"\n'lstm COMMAND --help' describes a command; "
"'lstm --version' prints the version.\n");
}

/*:252*/
#line 55 "chapters/command.w"
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
/*253:*/
#line 87 "chapters/command.w"

if(fflush(stdout)!=0||ferror(stdout)){
fprintf(stderr,"lstm: error writing standard output\n");

return 1;
}

/*:253*/
#line 65 "chapters/command.w"
;
return status;
}
fprintf(stderr,"lstm: unknown command '%s'; try 'lstm --help'\n",
argv[1]);

return 2;
}

/*:251*/
#line 19 "chapters/command.w"


/*:247*/
