@q names.w: type names that cweave must format as types. @>
@q It is included in the definition part of the first section, so that @>
@q every chapter is typeset with the same grammar. @>
@s size_t int
@s uint64_t int
@s uint32_t int
@s int64_t int
@s lstm_error int
@s lstm_net int
@s lstm_seq int
@s lstm_data int
@s lstm_trace int
@s lstm_stats int
@s lstm_method int
@s lstm_grad_fn int
@s lstm_rng int
@s lstm_check int
@s lstm_command int
@s va_list int
@s FILE int
@s lstm_block int
@s lstm_check_block int
@s lstm_reader int
@s lstm_options int
@s line normal
@s lstm_optimizer int
@s lstm_init int
@s lstm_task int
@s lstm_trainer int
@s lstm_train_config int
@s lstm_train_status int
@s clock_t int
@s lstm_bptt_opts int
@s lstm_rtrl int
@s lstm_bench_result int
@s train_report int
@s exp_run int
@s exp_cell int
