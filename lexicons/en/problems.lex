# English (en) problem reports (cue problem.failure): the customer says that
# something is broken, down, slow, missing, wrong, late, lost or charged wrongly,
# that they cannot get in, that a refund or fix has not come, or asks why it is
# so ("why is my ...", "please fix"). Evaluative complaint wording lives in
# complaints.lex; topic words in topics.lex.
# Written by the project team from general complaint vocabulary; no third-party
# word list, no phrase taken from evaluation data.
# Format: lexicons/README.md. Phrases that contain a negator ("doesn't work",
# "never arrived", "no signal") start at the negator, so scope.negation in
# front of them cannot suppress them. Ids ending in _ap are the spellings with
# an apostrophe; the entry without _ap is the same phrase typed without it.

# problem.failure: something does not work
en.problem.not_working	problem.failure	not working
en.problem.isnt_working_ap	problem.failure	isn't working
en.problem.isnt_working	problem.failure	isnt working
en.problem.arent_working_ap	problem.failure	aren't working
en.problem.arent_working	problem.failure	arent working
en.problem.wasnt_working_ap	problem.failure	wasn't working
en.problem.wasnt_working	problem.failure	wasnt working
en.problem.not_workin	problem.failure	not workin	confidence=0.85
en.problem.doesnt_work_ap	problem.failure	doesn't work
en.problem.doesnt_work	problem.failure	doesnt work
en.problem.dont_work_ap	problem.failure	don't work
en.problem.dont_work	problem.failure	dont work
en.problem.didnt_work_ap	problem.failure	didn't work	confidence=0.8
en.problem.didnt_work	problem.failure	didnt work	confidence=0.8
en.problem.does_not_work	problem.failure	does not work
en.problem.do_not_work	problem.failure	do not work
en.problem.did_not_work	problem.failure	did not work	confidence=0.8
en.problem.wont_work_ap	problem.failure	won't work	confidence=0.85
en.problem.wont_work	problem.failure	wont work	confidence=0.85
en.problem.will_not_work	problem.failure	will not work	confidence=0.85
en.problem.stopped_working	problem.failure	stopped working
en.problem.stop_working	problem.failure	stop working	confidence=0.7
en.problem.quit_working	problem.failure	quit working
en.problem.stopped_responding	problem.failure	stopped responding
en.problem.no_longer_work_w	problem.failure	no longer work*	confidence=0.85
en.problem.never_works	problem.failure	never works	confidence=0.85
en.problem.nothing_works	problem.failure	nothing works
en.problem.nothing_is_working	problem.failure	nothing is working
en.problem.nothings_working_ap	problem.failure	nothing's working
en.problem.nothings_working	problem.failure	nothings working
en.problem.barely_works	problem.failure	barely works	confidence=0.85
en.problem.barely_working	problem.failure	barely working	confidence=0.85
en.problem.hardly_works	problem.failure	hardly works	confidence=0.8
en.problem.not_functioning	problem.failure	not functioning
en.problem.malfunction_w	problem.failure	malfunction*	confidence=0.85
en.problem.wont_play_ap	problem.failure	won't play
en.problem.wont_play	problem.failure	wont play
en.problem.wouldnt_work_ap	problem.failure	wouldn't work
en.problem.wouldnt_work	problem.failure	wouldnt work
en.problem.would_not_work	problem.failure	would not work
en.problem.wouldnt_play_ap	problem.failure	wouldn't play
en.problem.wouldnt_play	problem.failure	wouldnt play
en.problem.would_not_play	problem.failure	would not play
en.problem.wouldnt_start_ap	problem.failure	wouldn't start	confidence=0.85
en.problem.wouldnt_start	problem.failure	wouldnt start	confidence=0.85
en.problem.wouldnt_turn_on_ap	problem.failure	wouldn't turn on
en.problem.wouldnt_turn_on	problem.failure	wouldnt turn on
en.problem.wouldnt_load_ap	problem.failure	wouldn't load
en.problem.wouldnt_load	problem.failure	wouldnt load
en.problem.wouldnt_connect_ap	problem.failure	wouldn't connect
en.problem.wouldnt_connect	problem.failure	wouldnt connect
en.problem.wouldnt_open_ap	problem.failure	wouldn't open	confidence=0.8
en.problem.wouldnt_open	problem.failure	wouldnt open	confidence=0.8
en.problem.wont_read_ap	problem.failure	won't read	confidence=0.8
en.problem.wont_read	problem.failure	wont read	confidence=0.8
en.problem.wont_sync_ap	problem.failure	won't sync	confidence=0.85
en.problem.wont_sync	problem.failure	wont sync	confidence=0.85
en.problem.wont_update_ap	problem.failure	won't update	confidence=0.8
en.problem.wont_update	problem.failure	wont update	confidence=0.8
en.problem.wont_send_ap	problem.failure	won't send	confidence=0.8
en.problem.wont_send	problem.failure	wont send	confidence=0.8
en.problem.wont_accept_ap	problem.failure	won't accept	confidence=0.7
en.problem.wont_accept	problem.failure	wont accept	confidence=0.7
en.problem.stopped_playing	problem.failure	stopped playing	confidence=0.85
en.problem.stopped_charging	problem.failure	stopped charging
en.problem.stopped_connecting	problem.failure	stopped connecting
en.problem.stopped_loading	problem.failure	stopped loading
en.problem.stopped_syncing	problem.failure	stopped syncing
en.problem.stopped_sending	problem.failure	stopped sending
en.problem.stopped_receiving	problem.failure	stopped receiving
en.problem.died_on_me	problem.failure	died on me
en.problem.died_after	problem.failure	died after	confidence=0.85
en.problem.died_within	problem.failure	died within
en.problem.still_getting	problem.failure	still getting	confidence=0.6
en.problem.still_says	problem.failure	still says	confidence=0.7
en.problem.still_shows	problem.failure	still shows	confidence=0.7
en.problem.still_showing	problem.failure	still showing	confidence=0.7
en.problem.still_stuck	problem.failure	still stuck
en.problem.still_unable	problem.failure	still unable
en.problem.been_trying_to	problem.failure	been trying to	confidence=0.7
en.problem.trying_to_get_through	problem.failure	trying to get through
en.problem.trying_to_reach	problem.failure	trying to reach	confidence=0.7
en.problem.trying_to_contact	problem.failure	trying to contact	confidence=0.7
en.problem.no_sign_of	problem.failure	no sign of	confidence=0.8
en.problem.nothing_but_problems	problem.failure	nothing but problems
en.problem.nothing_but_trouble	problem.failure	nothing but trouble
en.problem.nothing_but_issues	problem.failure	nothing but issues
en.problem.can_you_explain_why	problem.failure	can you explain why	confidence=0.7
en.problem.explain_why	problem.failure	explain why	confidence=0.55
en.problem.taken_from_my_account	problem.failure	taken from my account	confidence=0.85
en.problem.took_x_from_my_account	problem.failure	took ... from my account	confidence=0.8
en.problem.out_of_my_account	problem.failure	out of my account	confidence=0.7
en.problem.out_of_order	problem.failure	out of order	confidence=0.75
en.problem.not_loading	problem.failure	not loading
en.problem.wont_load_ap	problem.failure	won't load
en.problem.wont_load	problem.failure	wont load
en.problem.doesnt_load_ap	problem.failure	doesn't load
en.problem.doesnt_load	problem.failure	doesnt load
en.problem.not_opening	problem.failure	not opening	confidence=0.8
en.problem.wont_open_ap	problem.failure	won't open	confidence=0.8
en.problem.wont_open	problem.failure	wont open	confidence=0.8
en.problem.wont_start_ap	problem.failure	won't start	confidence=0.8
en.problem.wont_start	problem.failure	wont start	confidence=0.8
en.problem.wont_turn_on_ap	problem.failure	won't turn on
en.problem.wont_turn_on	problem.failure	wont turn on
en.problem.doesnt_turn_on_ap	problem.failure	doesn't turn on
en.problem.doesnt_turn_on	problem.failure	doesnt turn on
en.problem.not_turning_on	problem.failure	not turning on
en.problem.wont_charge_ap	problem.failure	won't charge
en.problem.wont_charge	problem.failure	wont charge
en.problem.not_charging	problem.failure	not charging	confidence=0.85
en.problem.wont_connect_ap	problem.failure	won't connect
en.problem.wont_connect	problem.failure	wont connect
en.problem.not_connecting	problem.failure	not connecting
en.problem.doesnt_connect_ap	problem.failure	doesn't connect
en.problem.doesnt_connect	problem.failure	doesnt connect
en.problem.wont_let_me_ap	problem.failure	won't let me
en.problem.wont_let_me	problem.failure	wont let me
en.problem.doesnt_let_me_ap	problem.failure	doesn't let me	confidence=0.85
en.problem.doesnt_let_me	problem.failure	doesnt let me	confidence=0.85
en.problem.not_letting_me	problem.failure	not letting me	confidence=0.85
en.problem.not_responding	problem.failure	not responding	confidence=0.8
en.problem.nothing_like_the_photos	problem.failure	{looks|looked|look|is|was|were|are} nothing like {the|its|your|their} {photo|photos|picture|pictures|description|advert|ad|website|listing|pics}	confidence=0.85
en.problem.unresponsive	problem.failure	unresponsive	confidence=0.8
en.problem.broken	problem.failure	broken	confidence=0.85
en.problem.broke_down	problem.failure	broke down	confidence=0.8
en.problem.is_broke	problem.failure	is broke	confidence=0.7
en.problem.faulty	problem.failure	faulty
en.problem.defective_w	problem.failure	defective*
en.problem.damaged_w	problem.failure	damaged*	confidence=0.8
en.problem.dead_on_arrival	problem.failure	dead on arrival
en.problem.dead_zone	problem.failure	dead zone	confidence=0.8
en.problem.not_syncing	problem.failure	not syncing
en.problem.not_updating	problem.failure	not updating	confidence=0.8
en.problem.not_showing_up	problem.failure	not showing up	confidence=0.8
en.problem.not_showing	problem.failure	not showing	confidence=0.65
en.problem.isnt_showing_ap	problem.failure	isn't showing	confidence=0.7
en.problem.isnt_showing	problem.failure	isnt showing	confidence=0.7
en.problem.deleted_my	problem.failure	deleted my	confidence=0.75
en.problem.lost_all_my	problem.failure	lost all my	confidence=0.8
en.problem.lost_my_data	problem.failure	lost my data
en.problem.a_bug	problem.failure	a bug	confidence=0.6
en.problem.this_bug	problem.failure	this bug	confidence=0.75
en.problem.the_bug	problem.failure	the bug	confidence=0.6
en.problem.page_not_found	problem.failure	page not found	confidence=0.7
en.problem.no_longer_available	problem.failure	no longer available	confidence=0.65
en.problem.unavailable	problem.failure	unavailable	confidence=0.6
en.problem.out_of_stock	problem.failure	out of stock	confidence=0.5
en.problem.never_in_stock	problem.failure	never in stock	confidence=0.8
en.problem.always_out_of	problem.failure	always out of	confidence=0.75
en.problem.not_in_stock	problem.failure	not in stock	confidence=0.6
en.problem.no_longer_sell	problem.failure	no longer sell	confidence=0.75
en.problem.no_longer_stock	problem.failure	no longer stock	confidence=0.75
en.problem.stopped_selling	problem.failure	stopped selling	confidence=0.75
en.problem.stopped_making	problem.failure	stopped making	confidence=0.75
en.problem.discontinue_w	problem.failure	discontinue*	confidence=0.7
en.problem.bring_back	problem.failure	bring back	confidence=0.5
en.problem.bring_it_back	problem.failure	bring it back	confidence=0.55
en.problem.why_did_you_change	problem.failure	why did you change	confidence=0.8
en.problem.changed_the_recipe	problem.failure	changed the recipe	confidence=0.8
en.problem.impossible_to	problem.failure	impossible to	confidence=0.7
en.problem.so_hard_to	problem.failure	so hard to	confidence=0.6
en.problem.cant_find_ap	problem.failure	can't find	confidence=0.5
en.problem.cant_find	problem.failure	cant find	confidence=0.5
en.problem.sold_out_again	problem.failure	sold out again	confidence=0.7
en.problem.came_apart	problem.failure	came apart	confidence=0.8
en.problem.food_poisoning	problem.failure	food poisoning
en.problem.soggy	problem.failure	soggy	confidence=0.75
en.problem.burnt	problem.failure	burnt	confidence=0.6
en.problem.overcooked	problem.failure	overcooked	confidence=0.7
en.problem.tasteless	problem.failure	tasteless	confidence=0.8
en.problem.inedible	problem.failure	inedible
en.problem.made_me_sick	problem.failure	made me sick	confidence=0.75
en.problem.hair_in_my	problem.failure	hair in my	confidence=0.8
en.problem.found_a_hair	problem.failure	found a hair
en.problem.fell_apart	problem.failure	fell apart	confidence=0.8
en.problem.falling_apart	problem.failure	falling apart	confidence=0.75
en.problem.crashed	problem.failure	crashed	confidence=0.8
en.problem.crashing	problem.failure	crashing	confidence=0.8
en.problem.crashes	problem.failure	crashes	confidence=0.75
en.problem.keep_w_freezing	problem.failure	keep* freezing
en.problem.it_froze	problem.failure	it froze	confidence=0.8
en.problem.froze_up	problem.failure	froze up	confidence=0.8
en.problem.screen_froze	problem.failure	screen froze	confidence=0.85
en.problem.app_froze	problem.failure	app froze	confidence=0.85
en.problem.phone_froze	problem.failure	phone froze	confidence=0.85
en.problem.freezes	problem.failure	freezes	confidence=0.75
en.problem.keep_w_restarting	problem.failure	keep* restarting
en.problem.keep_w_rebooting	problem.failure	keep* rebooting
en.problem.keep_w_logging_me_out	problem.failure	keep* logging me out
en.problem.keep_w_buffering	problem.failure	keep* buffering
en.problem.keep_w_loading	problem.failure	keep* loading	confidence=0.7
en.problem.keep_w_saying	problem.failure	keep* saying	confidence=0.6
en.problem.keep_w_getting	problem.failure	keep* getting	confidence=0.6
en.problem.keep_w_telling_me	problem.failure	keep* telling me	confidence=0.65
en.problem.keep_w_declining	problem.failure	keep* declining	confidence=0.8
en.problem.keep_w_cancelling	problem.failure	keep* cancelling	confidence=0.75
en.problem.keep_w_canceling	problem.failure	keep* canceling	confidence=0.75
en.problem.keep_w_stopping	problem.failure	keep* stopping	confidence=0.75
en.problem.keep_w_pausing	problem.failure	keep* pausing	confidence=0.75
en.problem.keep_w_skipping	problem.failure	keep* skipping	confidence=0.7
en.problem.keep_w_turning_off	problem.failure	keep* turning off	confidence=0.85
en.problem.keep_w_shutting_down	problem.failure	keep* shutting down	confidence=0.85
en.problem.keep_w_kicking_me	problem.failure	keep* kicking me	confidence=0.85
en.problem.app_keeps	problem.failure	app keeps	confidence=0.7
en.problem.site_keeps	problem.failure	site keeps	confidence=0.65
en.problem.website_keeps	problem.failure	website keeps	confidence=0.65
en.problem.phone_keeps	problem.failure	phone keeps	confidence=0.65
en.problem.internet_keeps	problem.failure	internet keeps	confidence=0.75
en.problem.wifi_keeps	problem.failure	wifi keeps	confidence=0.75
en.problem.it_keeps	problem.failure	it keeps	confidence=0.55
en.problem.doesnt_recognize_ap	problem.failure	doesn't recognize	confidence=0.8
en.problem.doesnt_recognize	problem.failure	doesnt recognize	confidence=0.8
en.problem.doesnt_recognise_ap	problem.failure	doesn't recognise	confidence=0.8
en.problem.doesnt_recognise	problem.failure	doesnt recognise	confidence=0.8
en.problem.doesnt_accept_ap	problem.failure	doesn't accept	confidence=0.7
en.problem.doesnt_accept	problem.failure	doesnt accept	confidence=0.7
en.problem.doesnt_play_ap	problem.failure	doesn't play	confidence=0.8
en.problem.doesnt_play	problem.failure	doesnt play	confidence=0.8
en.problem.doesnt_sync_ap	problem.failure	doesn't sync	confidence=0.8
en.problem.doesnt_sync	problem.failure	doesnt sync	confidence=0.8
en.problem.doesnt_charge_ap	problem.failure	doesn't charge	confidence=0.8
en.problem.doesnt_charge	problem.failure	doesnt charge	confidence=0.8
en.problem.doesnt_show_ap	problem.failure	doesn't show	confidence=0.6
en.problem.doesnt_show	problem.failure	doesnt show	confidence=0.6
en.problem.doesnt_even_ap	problem.failure	doesn't even	confidence=0.6
en.problem.doesnt_even	problem.failure	doesnt even	confidence=0.6
en.problem.isnt_loading_ap	problem.failure	isn't loading
en.problem.isnt_loading	problem.failure	isnt loading
en.problem.isnt_connecting_ap	problem.failure	isn't connecting
en.problem.isnt_connecting	problem.failure	isnt connecting
en.problem.isnt_charging_ap	problem.failure	isn't charging
en.problem.isnt_charging	problem.failure	isnt charging
en.problem.isnt_updating_ap	problem.failure	isn't updating
en.problem.isnt_updating	problem.failure	isnt updating
en.problem.cant_download_ap	problem.failure	can't download	confidence=0.85
en.problem.cant_download	problem.failure	cant download	confidence=0.85
en.problem.cant_install_ap	problem.failure	can't install	confidence=0.8
en.problem.cant_install	problem.failure	cant install	confidence=0.8
en.problem.cant_update_ap	problem.failure	can't update	confidence=0.8
en.problem.cant_update	problem.failure	cant update	confidence=0.8
en.problem.cant_open_ap	problem.failure	can't open	confidence=0.8
en.problem.cant_open	problem.failure	cant open	confidence=0.8
en.problem.cant_load_ap	problem.failure	can't load	confidence=0.85
en.problem.cant_load	problem.failure	cant load	confidence=0.85
en.problem.cant_watch_ap	problem.failure	can't watch	confidence=0.75
en.problem.cant_watch	problem.failure	cant watch	confidence=0.75
en.problem.cant_stream_ap	problem.failure	can't stream	confidence=0.8
en.problem.cant_stream	problem.failure	cant stream	confidence=0.8
en.problem.cant_send_ap	problem.failure	can't send	confidence=0.75
en.problem.cant_send	problem.failure	cant send	confidence=0.75
en.problem.cant_receive_ap	problem.failure	can't receive	confidence=0.8
en.problem.cant_receive	problem.failure	cant receive	confidence=0.8
en.problem.cant_pay_ap	problem.failure	can't pay	confidence=0.7
en.problem.cant_pay	problem.failure	cant pay	confidence=0.7
en.problem.cant_order_ap	problem.failure	can't order	confidence=0.7
en.problem.cant_order	problem.failure	cant order	confidence=0.7
en.problem.cant_book_ap	problem.failure	can't book	confidence=0.7
en.problem.cant_book	problem.failure	cant book	confidence=0.7
en.problem.cant_check_in_ap	problem.failure	can't check in	confidence=0.75
en.problem.cant_check_in	problem.failure	cant check in	confidence=0.75
en.problem.cant_play_ap	problem.failure	can't play	confidence=0.6
en.problem.cant_play	problem.failure	cant play	confidence=0.6
en.problem.cannot_download	problem.failure	cannot download	confidence=0.85
en.problem.cannot_open	problem.failure	cannot open	confidence=0.8
en.problem.cannot_load	problem.failure	cannot load	confidence=0.85
en.problem.wont_download_ap	problem.failure	won't download
en.problem.wont_download	problem.failure	wont download
en.problem.wont_install_ap	problem.failure	won't install
en.problem.wont_install	problem.failure	wont install
en.problem.wont_stream_ap	problem.failure	won't stream
en.problem.wont_stream	problem.failure	wont stream
en.problem.wont_go_through_ap	problem.failure	won't go through	confidence=0.85
en.problem.wont_go_through	problem.failure	wont go through	confidence=0.85
en.problem.wont_process_ap	problem.failure	won't process	confidence=0.8
en.problem.wont_process	problem.failure	wont process	confidence=0.8
en.problem.wont_refund_ap	problem.failure	won't refund	confidence=0.9
en.problem.wont_refund	problem.failure	wont refund	confidence=0.9
en.problem.wont_fix_ap	problem.failure	won't fix	confidence=0.85
en.problem.wont_fix	problem.failure	wont fix	confidence=0.85
en.problem.wont_honor_ap	problem.failure	won't honor	confidence=0.85
en.problem.wont_honor	problem.failure	wont honor	confidence=0.85
en.problem.wont_honour_ap	problem.failure	won't honour	confidence=0.85
en.problem.wont_honour	problem.failure	wont honour	confidence=0.85
en.problem.wont_replace_ap	problem.failure	won't replace	confidence=0.85
en.problem.wont_replace	problem.failure	wont replace	confidence=0.85
en.problem.wont_help_ap	problem.failure	won't help	confidence=0.85
en.problem.wont_help	problem.failure	wont help	confidence=0.85
en.problem.wont_give_me_ap	problem.failure	won't give me	confidence=0.7
en.problem.wont_give_me	problem.failure	wont give me	confidence=0.7
en.problem.refused_to	problem.failure	refused to	confidence=0.8
en.problem.refuses_to	problem.failure	refuses to	confidence=0.8
en.problem.refusing_to	problem.failure	refusing to	confidence=0.8
en.problem.refused	problem.failure	refused	confidence=0.6
en.problem.laughed_at_me	problem.failure	laughed at me	confidence=0.8
en.problem.yelled_at	problem.failure	yelled at	confidence=0.8
en.problem.shouted_at	problem.failure	shouted at	confidence=0.8
en.problem.it_broke	problem.failure	it broke	confidence=0.85
en.problem.broke_after	problem.failure	broke after	confidence=0.85
en.problem.broke_within	problem.failure	broke within	confidence=0.85
en.problem.already_broke	problem.failure	already broke	confidence=0.85
en.problem.cracked_screen	problem.failure	cracked screen	confidence=0.8
en.problem.screen_cracked	problem.failure	screen cracked	confidence=0.8
en.problem.arrived_cracked	problem.failure	arrived cracked
en.problem.came_cracked	problem.failure	came cracked
en.problem.is_cracked	problem.failure	is cracked	confidence=0.75
en.problem.started_leaking	problem.failure	started leaking
en.problem.keep_w_leaking	problem.failure	keep* leaking	confidence=0.85
en.problem.error_w	problem.failure	error*	confidence=0.55
en.problem.glitch_w	problem.failure	glitch*	confidence=0.8
en.problem.buggy	problem.failure	buggy	confidence=0.85
en.problem.error_message	problem.failure	error message	confidence=0.85
en.problem.error_code	problem.failure	error code	confidence=0.8
en.problem.getting_an_error	problem.failure	getting an error
en.problem.got_an_error	problem.failure	got an error
en.problem.an_error	problem.failure	an error	confidence=0.6
en.problem.something_went_wrong	problem.failure	something went wrong	confidence=0.8
en.problem.went_wrong	problem.failure	went wrong	confidence=0.6
en.problem.whats_wrong_with_ap	problem.failure	what's wrong with
en.problem.whats_wrong_with	problem.failure	whats wrong with
en.problem.something_is_wrong	problem.failure	something is wrong	confidence=0.8
en.problem.somethings_wrong_ap	problem.failure	something's wrong	confidence=0.8
en.problem.somethings_wrong	problem.failure	somethings wrong	confidence=0.8
en.problem.black_screen	problem.failure	black screen	confidence=0.75
en.problem.blank_screen	problem.failure	blank screen	confidence=0.75
en.problem.since_the_update	problem.failure	since the update	confidence=0.7
en.problem.after_the_update	problem.failure	after the update	confidence=0.6
en.problem.update_broke	problem.failure	update broke
en.problem.technical_difficult_w	problem.failure	technical difficult*	confidence=0.75
en.problem.technical_issue_w	problem.failure	technical issue*	confidence=0.75
en.problem.having_issues	problem.failure	having issues	confidence=0.75
en.problem.having_problems	problem.failure	having problems	confidence=0.75
en.problem.having_trouble	problem.failure	having trouble	confidence=0.75
en.problem.having_an_issue	problem.failure	having an issue	confidence=0.75
en.problem.having_a_problem	problem.failure	having a problem	confidence=0.75
en.problem.having_the_same	problem.failure	having the same	confidence=0.7
en.problem.experiencing_issues	problem.failure	experiencing issues	confidence=0.8
en.problem.experiencing_problems	problem.failure	experiencing problems	confidence=0.8
en.problem.problems_with	problem.failure	problems with	confidence=0.6
en.problem.problem_with_my	problem.failure	problem with my	confidence=0.75
en.problem.make_a_complaint	problem.failure	make a complaint
en.problem.file_a_complaint	problem.failure	file a complaint
en.problem.filed_a_complaint	problem.failure	filed a complaint
en.problem.formal_complaint	problem.failure	formal complaint
en.problem.why_is_my	problem.failure	why is my	confidence=0.6
en.problem.why_does_my	problem.failure	why does my	confidence=0.65
en.problem.why_isnt_ap	problem.failure	why isn't	confidence=0.65
en.problem.why_isnt	problem.failure	why isnt	confidence=0.65
en.problem.why_wont_ap	problem.failure	why won't	confidence=0.7
en.problem.why_wont	problem.failure	why wont	confidence=0.7
en.problem.why_cant_i_ap	problem.failure	why can't i	confidence=0.7
en.problem.why_cant_i	problem.failure	why cant i	confidence=0.7
en.problem.why_do_i_have_to	problem.failure	why do i have to	confidence=0.65
en.problem.why_do_you_keep	problem.failure	why do you keep	confidence=0.8
en.problem.why_is_it_so	problem.failure	why is it so	confidence=0.6
en.problem.why_is_there_no	problem.failure	why is there no	confidence=0.7
en.problem.why_havent_ap	problem.failure	why haven't	confidence=0.7
en.problem.why_havent	problem.failure	why havent	confidence=0.7
en.problem.why_hasnt_ap	problem.failure	why hasn't	confidence=0.7
en.problem.why_hasnt	problem.failure	why hasnt	confidence=0.7
en.problem.why_am_i_being	problem.failure	why am i being	confidence=0.7
en.problem.why_was_i_charged	problem.failure	why was i charged
en.problem.why_am_i_charged	problem.failure	why am i charged
en.problem.why_are_you_charging	problem.failure	why are you charging	confidence=0.85
en.problem.why_did_my	problem.failure	why did my	confidence=0.6
en.problem.please_fix	problem.failure	please fix	confidence=0.85
en.problem.pls_fix	problem.failure	pls fix	confidence=0.85
en.problem.plz_fix	problem.failure	plz fix	confidence=0.85
en.problem.fix_this	problem.failure	fix this	confidence=0.75
en.problem.fix_your	problem.failure	fix your	confidence=0.8
en.problem.fix_my	problem.failure	fix my	confidence=0.65
en.problem.get_this_fixed	problem.failure	get this fixed	confidence=0.8
en.problem.get_it_fixed	problem.failure	get it fixed	confidence=0.7
en.problem.please_sort	problem.failure	please sort	confidence=0.6
en.problem.fix_the_issue	problem.failure	fix the issue	confidence=0.8
en.problem.fix_the_problem	problem.failure	fix the problem	confidence=0.8
en.problem.resolve_the_issue	problem.failure	resolve the issue	confidence=0.7
en.problem.resolve_this	problem.failure	resolve this	confidence=0.65
en.problem.not_resolved	problem.failure	not resolved
en.problem.still_not_resolved	problem.failure	still not resolved
en.problem.unresolved	problem.failure	unresolved	confidence=0.8
en.problem.hasnt_been_resolved_ap	problem.failure	hasn't been resolved
en.problem.hasnt_been_resolved	problem.failure	hasnt been resolved
en.problem.has_not_been_resolved	problem.failure	has not been resolved
en.problem.not_been_resolved	problem.failure	not been resolved
en.problem.no_resolution	problem.failure	no resolution
en.problem.known_issue	problem.failure	known issue	confidence=0.7
en.problem.is_there_an_issue	problem.failure	is there an issue	confidence=0.7
en.problem.is_there_a_problem	problem.failure	is there a problem	confidence=0.7
en.problem.is_there_an_outage	problem.failure	is there an outage
en.problem.is_your_x_down	problem.failure	is your ... down	confidence=0.75
en.problem.is_the_x_down	problem.failure	is the ... down	confidence=0.6
en.problem.are_you_aware	problem.failure	are you aware	confidence=0.55
en.problem.any_reason_why	problem.failure	any reason why	confidence=0.6
en.problem.any_idea_why	problem.failure	any idea why	confidence=0.6
en.problem.whats_going_on_ap	problem.failure	what's going on	confidence=0.6
en.problem.whats_going_on	problem.failure	whats going on	confidence=0.6
en.problem.what_is_going_on	problem.failure	what is going on	confidence=0.6
en.problem.why_are_you	problem.failure	why are you	confidence=0.5
en.problem.why_do_you	problem.failure	why do you	confidence=0.5
en.problem.why_would_you	problem.failure	why would you	confidence=0.55
en.problem.why_does_it_take	problem.failure	why does it take
en.problem.why_does_it	problem.failure	why does it	confidence=0.6
en.problem.why_does_this	problem.failure	why does this	confidence=0.6
en.problem.why_is_this	problem.failure	why is this	confidence=0.55
en.problem.why_is_the	problem.failure	why is the	confidence=0.55
en.problem.why_are_my	problem.failure	why are my	confidence=0.6
en.problem.why_did_you	problem.failure	why did you	confidence=0.55
en.problem.why_cant_you_ap	problem.failure	why can't you	confidence=0.75
en.problem.why_cant_you	problem.failure	why cant you	confidence=0.75
en.problem.why_is_it_taking	problem.failure	why is it taking
en.problem.why_is_your	problem.failure	why is your	confidence=0.65
en.problem.why_are_your	problem.failure	why are your	confidence=0.65
en.problem.why_does_your	problem.failure	why does your	confidence=0.65
en.problem.why_do_your	problem.failure	why do your	confidence=0.6
en.problem.why_cant_your_ap	problem.failure	why can't your
en.problem.why_cant_your	problem.failure	why cant your
en.problem.why_has_my	problem.failure	why has my	confidence=0.7
en.problem.why_have_i	problem.failure	why have i	confidence=0.6
en.problem.how_come	problem.failure	how come	confidence=0.55
en.problem.how_is_it_possible	problem.failure	how is it possible	confidence=0.7
en.problem.how_did_this_happen	problem.failure	how did this happen	confidence=0.7
en.problem.how_does_this_happen	problem.failure	how does this happen	confidence=0.75
en.problem.still_trying	problem.failure	still trying	confidence=0.6
en.problem.yet_to_hear	problem.failure	yet to hear	confidence=0.85
en.problem.yet_to_get	problem.failure	yet to get	confidence=0.8
en.problem.yet_to_be	problem.failure	yet to be	confidence=0.7
en.problem.nothing_happens	problem.failure	nothing happens	confidence=0.75
en.problem.nothing_has_been_done	problem.failure	nothing has been done
en.problem.nothing_was_done	problem.failure	nothing was done	confidence=0.8
en.problem.nothings_been_done_ap	problem.failure	nothing's been done
en.problem.nothings_been_done	problem.failure	nothings been done
en.problem.it_wont_ap	problem.failure	it won't	confidence=0.6
en.problem.it_wont	problem.failure	it wont	confidence=0.6
en.problem.app_wont_ap	problem.failure	app won't	confidence=0.8
en.problem.app_wont	problem.failure	app wont	confidence=0.8
en.problem.site_wont_ap	problem.failure	site won't	confidence=0.75
en.problem.site_wont	problem.failure	site wont	confidence=0.75
en.problem.website_wont_ap	problem.failure	website won't	confidence=0.75
en.problem.website_wont	problem.failure	website wont	confidence=0.75
en.problem.phone_wont_ap	problem.failure	phone won't	confidence=0.75
en.problem.phone_wont	problem.failure	phone wont	confidence=0.75
en.problem.card_wont_ap	problem.failure	card won't	confidence=0.75
en.problem.card_wont	problem.failure	card wont	confidence=0.75
en.problem.tv_wont_ap	problem.failure	tv won't	confidence=0.75
en.problem.tv_wont	problem.failure	tv wont	confidence=0.75
en.problem.internet_wont_ap	problem.failure	internet won't	confidence=0.8
en.problem.internet_wont	problem.failure	internet wont	confidence=0.8
en.problem.app_isnt_ap	problem.failure	app isn't	confidence=0.7
en.problem.app_isnt	problem.failure	app isnt	confidence=0.7
en.problem.site_isnt_ap	problem.failure	site isn't	confidence=0.7
en.problem.site_isnt	problem.failure	site isnt	confidence=0.7
en.problem.website_isnt_ap	problem.failure	website isn't	confidence=0.7
en.problem.website_isnt	problem.failure	website isnt	confidence=0.7
en.problem.app_doesnt_ap	problem.failure	app doesn't	confidence=0.7
en.problem.app_doesnt	problem.failure	app doesnt	confidence=0.7
en.problem.site_doesnt_ap	problem.failure	site doesn't	confidence=0.65
en.problem.site_doesnt	problem.failure	site doesnt	confidence=0.65
en.problem.website_doesnt_ap	problem.failure	website doesn't	confidence=0.65
en.problem.website_doesnt	problem.failure	website doesnt	confidence=0.65
en.problem.only_to_be_told	problem.failure	only to be told	confidence=0.85
en.problem.only_to_find	problem.failure	only to find	confidence=0.7
en.problem.get_this_resolved	problem.failure	get this resolved	confidence=0.8
en.problem.get_it_resolved	problem.failure	get it resolved	confidence=0.75
en.problem.resolve_my	problem.failure	resolve my	confidence=0.6
en.problem.get_this_sorted	problem.failure	get this sorted	confidence=0.8
en.problem.get_it_sorted	problem.failure	get it sorted	confidence=0.7
en.problem.my_issue	problem.failure	my issue	confidence=0.65
en.problem.this_issue	problem.failure	this issue	confidence=0.6
en.problem.an_issue_with	problem.failure	an issue with	confidence=0.7
en.problem.a_problem_with	problem.failure	a problem with	confidence=0.7
en.problem.problem_with_your	problem.failure	problem with your	confidence=0.75
en.problem.issue_with_your	problem.failure	issue with your	confidence=0.75
en.problem.issues_with_your	problem.failure	issues with your	confidence=0.75
en.problem.problems_with_your	problem.failure	problems with your	confidence=0.75
en.problem.this_problem	problem.failure	this problem	confidence=0.6
en.problem.issue_with_my	problem.failure	issue with my	confidence=0.75

# connectivity: no service, outages, dropped or slow connections
en.problem.no_internet	problem.failure	no internet
en.problem.no_wifi	problem.failure	no wifi
en.problem.no_wi_fi	problem.failure	no wi fi
en.problem.no_signal	problem.failure	no signal
en.problem.no_service	problem.failure	no service	confidence=0.8
en.problem.no_connection	problem.failure	no connection
en.problem.no_network	problem.failure	no network	confidence=0.85
en.problem.no_coverage	problem.failure	no coverage	confidence=0.8
en.problem.no_reception	problem.failure	no reception
en.problem.no_bars	problem.failure	no bars	confidence=0.85
en.problem.no_dial_tone	problem.failure	no dial tone
en.problem.no_cable	problem.failure	no cable	confidence=0.8
en.problem.no_tv	problem.failure	no tv	confidence=0.75
en.problem.no_power	problem.failure	no power	confidence=0.8
en.problem.no_electricity	problem.failure	no electricity	confidence=0.8
en.problem.no_water	problem.failure	no water	confidence=0.7
en.problem.no_sound	problem.failure	no sound	confidence=0.75
en.problem.no_picture	problem.failure	no picture	confidence=0.8
en.problem.no_audio	problem.failure	no audio	confidence=0.75
en.problem.no_delivery	problem.failure	no delivery	confidence=0.75
en.problem.over_n_hour_w	problem.failure	over <num> hour*	confidence=0.65;alone=no
en.problem.over_n_day_w	problem.failure	over <num> day*	confidence=0.65;alone=no
en.problem.over_n_week_w	problem.failure	over <num> week*	confidence=0.7;alone=no
en.problem.nearly_n_hour_w	problem.failure	nearly <num> hour*	confidence=0.6
en.problem.almost_n_hour_w	problem.failure	almost <num> hour*	confidence=0.6
en.problem.after_n_hour_w	problem.failure	after <num> hour*	confidence=0.6
en.problem.no_way_to	problem.failure	no way to	confidence=0.6
en.problem.no_option_to	problem.failure	no option to	confidence=0.6
en.problem.down_for_n	problem.failure	down for <num>	confidence=0.85
en.problem.down_since	problem.failure	down since	confidence=0.85
en.problem.no_hot_water	problem.failure	no hot water	confidence=0.85
en.problem.no_heat	problem.failure	no heat	confidence=0.75
en.problem.no_data	problem.failure	no data	confidence=0.6
en.problem.lost_connection	problem.failure	lost connection	confidence=0.85
en.problem.lost_signal	problem.failure	lost signal	confidence=0.85
en.problem.lost_service	problem.failure	lost service	confidence=0.85
en.problem.losing_connection	problem.failure	losing connection	confidence=0.85
en.problem.losing_signal	problem.failure	losing signal	confidence=0.85
en.problem.keep_w_losing	problem.failure	keep* losing	confidence=0.75
en.problem.internet_is_down	problem.failure	internet is down
en.problem.internet_down	problem.failure	internet down
en.problem.internet_went_down	problem.failure	internet went down
en.problem.wifi_is_down	problem.failure	wifi is down
en.problem.wifi_down	problem.failure	wifi down
en.problem.service_is_down	problem.failure	service is down	confidence=0.85
en.problem.service_down	problem.failure	service down	confidence=0.8
en.problem.network_is_down	problem.failure	network is down
en.problem.network_down	problem.failure	network down	confidence=0.85
en.problem.server_w_are_down	problem.failure	server* are down
en.problem.server_w_down	problem.failure	server* down	confidence=0.85
en.problem.site_is_down	problem.failure	site is down
en.problem.site_down	problem.failure	site down	confidence=0.85
en.problem.website_is_down	problem.failure	website is down
en.problem.website_down	problem.failure	website down	confidence=0.85
en.problem.app_is_down	problem.failure	app is down
en.problem.app_down	problem.failure	app down	confidence=0.85
en.problem.system_is_down	problem.failure	system is down	confidence=0.85
en.problem.system_down	problem.failure	system down	confidence=0.8
en.problem.is_down	problem.failure	is down	confidence=0.6
en.problem.are_down	problem.failure	are down	confidence=0.5
en.problem.been_down	problem.failure	been down	confidence=0.85
en.problem.went_down	problem.failure	went down	confidence=0.6
en.problem.goes_down	problem.failure	goes down	confidence=0.7
en.problem.down_for_hours	problem.failure	down for hours
en.problem.down_all_day	problem.failure	down all day
en.problem.outage_w	problem.failure	outage*
en.problem.power_cut	problem.failure	power cut	confidence=0.8
en.problem.dropped_call_w	problem.failure	dropped call*
en.problem.dropping_calls	problem.failure	dropping calls
en.problem.calls_drop_w	problem.failure	calls drop*	confidence=0.85
en.problem.call_dropped	problem.failure	call dropped	confidence=0.85
en.problem.connection_dropped	problem.failure	{internet|connection|wifi|signal|line|service|network} {dropped|drops|dropping}	confidence=0.85
en.problem.service_x_out	problem.failure	{internet|wifi|connection|network|service|power|cable|signal|line|electricity} {has|is|was|went|been|keeps|keep} ... {out|down}	confidence=0.8
en.problem.package_x_soaked	problem.failure	{package|parcel|box|order|delivery|item|items|everything|contents} ... {soaked|drenched|ruined|damaged|crushed|smashed|dented}	confidence=0.8
en.problem.disconnected	problem.failure	disconnected	confidence=0.7
en.problem.disconnecting	problem.failure	disconnecting	confidence=0.8
en.problem.cut_off	problem.failure	cut off	confidence=0.6
en.problem.cutting_out	problem.failure	cutting out	confidence=0.8
en.problem.slow_internet	problem.failure	slow internet
en.problem.internet_is_slow	problem.failure	internet is slow
en.problem.internet_is_so_slow	problem.failure	internet is so slow
en.problem.internet_so_slow	problem.failure	internet so slow
en.problem.slow_speeds	problem.failure	slow speeds	confidence=0.85
en.problem.slow_connection	problem.failure	slow connection
en.problem.so_slow	problem.failure	so slow	confidence=0.7
en.problem.too_slow	problem.failure	too slow	confidence=0.7
en.problem.very_slow	problem.failure	very slow	confidence=0.7
en.problem.really_slow	problem.failure	really slow	confidence=0.7
en.problem.extremely_slow	problem.failure	extremely slow	confidence=0.8
en.problem.super_slow	problem.failure	super slow	confidence=0.7
en.problem.painfully_slow	problem.failure	painfully slow	confidence=0.85
en.problem.ridiculously_slow	problem.failure	ridiculously slow
en.problem.slow_as	problem.failure	slow as	confidence=0.6
en.problem.buffering	problem.failure	buffering	confidence=0.75
en.problem.keep_w_lagging	problem.failure	keep* lagging
en.problem.is_lagging	problem.failure	is lagging	confidence=0.8
en.problem.laggy	problem.failure	laggy	confidence=0.8
en.problem.intermittent	problem.failure	intermittent	confidence=0.75
en.problem.spotty	problem.failure	spotty	confidence=0.75
en.problem.unreliable	problem.failure	unreliable	confidence=0.8
en.problem.not_stable	problem.failure	{not|isn't|isnt|never|aren't} {stable|reliable|consistent}	confidence=0.75
# "unstable" alone is as often a person ("emotionally unstable"): only of a connection or service
en.problem.unstable_x	problem.failure	unstable {connection|internet|wifi|signal|network|service|app}	confidence=0.8
en.problem.x_unstable	problem.failure	{connection|internet|wifi|signal|network|service|app} ... unstable	confidence=0.75

# delivery and travel: late, lost, missing, wrong or damaged orders and bags
en.problem.never_arrived	problem.failure	never arrived
en.problem.never_worked	problem.failure	never {worked|works|work|functioned}	confidence=0.85
en.problem.never_received	problem.failure	never received
en.problem.never_recieved	problem.failure	never recieved
en.problem.never_delivered	problem.failure	never delivered
en.problem.never_showed_up	problem.failure	never showed up	confidence=0.85
en.problem.never_came	problem.failure	never came	confidence=0.75
en.problem.never_got_my	problem.failure	never got my
en.problem.never_got_a	problem.failure	never got a	confidence=0.7
en.problem.never_got_the	problem.failure	never got the	confidence=0.6
en.problem.hasnt_arrived_ap	problem.failure	hasn't arrived
en.problem.hasnt_arrived	problem.failure	hasnt arrived
en.problem.has_not_arrived	problem.failure	has not arrived
en.problem.havent_arrived_ap	problem.failure	haven't arrived
en.problem.havent_arrived	problem.failure	havent arrived
en.problem.hasnt_been_delivered_ap	problem.failure	hasn't been delivered
en.problem.hasnt_been_delivered	problem.failure	hasnt been delivered
en.problem.has_not_been_delivered	problem.failure	has not been delivered
en.problem.havent_received_ap	problem.failure	haven't received
en.problem.havent_received	problem.failure	havent received
en.problem.have_not_received	problem.failure	have not received
en.problem.hasnt_received_ap	problem.failure	hasn't received	confidence=0.85
en.problem.hasnt_received	problem.failure	hasnt received	confidence=0.85
en.problem.didnt_arrive_ap	problem.failure	didn't arrive
en.problem.didnt_arrive	problem.failure	didnt arrive
en.problem.did_not_arrive	problem.failure	did not arrive
en.problem.didnt_receive_ap	problem.failure	didn't receive	confidence=0.85
en.problem.didnt_receive	problem.failure	didnt receive	confidence=0.85
en.problem.did_not_receive	problem.failure	did not receive	confidence=0.85
en.problem.didnt_get_my_ap	problem.failure	didn't get my	confidence=0.8
en.problem.didnt_get_my	problem.failure	didnt get my	confidence=0.8
en.problem.didnt_show_up_ap	problem.failure	didn't show up	confidence=0.8
en.problem.didnt_show_up	problem.failure	didnt show up	confidence=0.8
en.problem.not_arrived	problem.failure	not arrived
en.problem.not_received	problem.failure	not received
en.problem.not_delivered	problem.failure	not delivered
en.problem.not_been_delivered	problem.failure	not been delivered
en.problem.yet_to_arrive	problem.failure	yet to arrive	confidence=0.85
en.problem.yet_to_receive	problem.failure	yet to receive	confidence=0.85
en.problem.yet_to_be_delivered	problem.failure	yet to be delivered
en.problem.still_havent_ap	problem.failure	still haven't
en.problem.still_havent	problem.failure	still havent
en.problem.still_hasnt_ap	problem.failure	still hasn't
en.problem.still_hasnt	problem.failure	still hasnt
en.problem.still_have_not	problem.failure	still have not
en.problem.still_has_not	problem.failure	still has not
en.problem.still_no	problem.failure	still no	confidence=0.8
en.problem.still_nothing	problem.failure	still nothing
en.problem.still_cant_ap	problem.failure	still can't
en.problem.still_cant	problem.failure	still cant
en.problem.still_cannot	problem.failure	still cannot
en.problem.still_dont_have_ap	problem.failure	still don't have
en.problem.still_dont_have	problem.failure	still dont have
en.problem.still_didnt_ap	problem.failure	still didn't	confidence=0.85
en.problem.still_didnt	problem.failure	still didnt	confidence=0.85
en.problem.still_waiting_for	problem.failure	still waiting for	confidence=0.85
en.problem.still_missing	problem.failure	still missing
en.problem.where_is_my	problem.failure	where is my
en.problem.wheres_my_ap	problem.failure	where's my
en.problem.wheres_my	problem.failure	wheres my
en.problem.where_the_hell_is	problem.failure	where the hell is	confidence=0.85
en.problem.what_happened_to_my	problem.failure	what happened to my	confidence=0.8
en.problem.lost_my_bag_w	problem.failure	lost my bag*
en.problem.lost_my_luggage	problem.failure	lost my luggage
en.problem.lost_my_package	problem.failure	lost my package
en.problem.lost_my_parcel	problem.failure	lost my parcel
en.problem.lost_my_order	problem.failure	lost my order
en.problem.lost_my_suitcase	problem.failure	lost my suitcase
en.problem.lost_our_luggage	problem.failure	lost our luggage
en.problem.lost_our_bag_w	problem.failure	lost our bag*
en.problem.lost_luggage	problem.failure	lost luggage
en.problem.lost_baggage	problem.failure	lost baggage
en.problem.lost_package	problem.failure	lost package
en.problem.lost_parcel	problem.failure	lost parcel
en.problem.lost_in_the_mail	problem.failure	lost in the mail
en.problem.lost_in_transit	problem.failure	lost in transit
en.problem.missing_item_w	problem.failure	missing item*
en.problem.with_missing_x	problem.failure	{with|has|had|have} missing {ingredients|parts|pieces|items|components|pages|buttons|screws|accessories|cables}	confidence=0.85
en.problem.missing_bag_w	problem.failure	missing bag*
en.problem.missing_package	problem.failure	missing package
en.problem.missing_parcel	problem.failure	missing parcel
en.problem.missing_luggage	problem.failure	missing luggage
en.problem.missing_order	problem.failure	missing order
en.problem.missing_from_my	problem.failure	missing from my
en.problem.is_missing	problem.failure	is missing	confidence=0.75
en.problem.are_missing	problem.failure	are missing	confidence=0.75
en.problem.went_missing	problem.failure	went missing	confidence=0.85
en.problem.wrong_item_w	problem.failure	wrong item*
en.problem.wrong_order	problem.failure	wrong order
en.problem.wrong_size	problem.failure	wrong size	confidence=0.8
en.problem.wrong_colour	problem.failure	wrong colour	confidence=0.8
en.problem.wrong_color	problem.failure	wrong color	confidence=0.8
en.problem.wrong_product	problem.failure	wrong product
en.problem.wrong_address	problem.failure	wrong address	confidence=0.8
en.problem.sent_me_the_wrong	problem.failure	sent me the wrong
en.problem.gave_me_the_wrong	problem.failure	gave me the wrong
en.problem.got_the_wrong	problem.failure	got the wrong	confidence=0.8
en.problem.sent_the_wrong	problem.failure	sent the wrong
en.problem.delivered_to_the_wrong	problem.failure	delivered to the wrong
en.problem.arrived_damaged	problem.failure	arrived damaged
en.problem.arrived_broken	problem.failure	arrived broken
en.problem.came_damaged	problem.failure	came damaged
en.problem.came_broken	problem.failure	came broken
en.problem.arrived_late	problem.failure	arrived late	confidence=0.85
en.problem.late_delivery	problem.failure	late delivery	confidence=0.85
en.problem.delivery_is_late	problem.failure	delivery is late
en.problem.delivery_was_late	problem.failure	delivery was late
en.problem.package_is_late	problem.failure	package is late
en.problem.order_is_late	problem.failure	order is late
en.problem.delivery_delay_w	problem.failure	delivery delay*
en.problem.delay	problem.failure	delay	confidence=0.6
en.problem.another_delay	problem.failure	another delay	confidence=0.85
en.problem.cancelled	problem.failure	cancelled	confidence=0.55
en.problem.canceled	problem.failure	canceled	confidence=0.55
en.problem.never_turned_up	problem.failure	never turned up
en.problem.hasnt_turned_up_ap	problem.failure	hasn't turned up
en.problem.hasnt_turned_up	problem.failure	hasnt turned up
en.problem.not_turned_up	problem.failure	not turned up	confidence=0.85
en.problem.didnt_turn_up_ap	problem.failure	didn't turn up	confidence=0.85
en.problem.didnt_turn_up	problem.failure	didnt turn up	confidence=0.85
en.problem.hasnt_come_ap	problem.failure	hasn't come	confidence=0.75
en.problem.hasnt_come	problem.failure	hasnt come	confidence=0.75
en.problem.havent_got_ap	problem.failure	haven't got	confidence=0.6
en.problem.havent_got	problem.failure	havent got	confidence=0.6
en.problem.havent_gotten_ap	problem.failure	haven't gotten	confidence=0.7
en.problem.havent_gotten	problem.failure	havent gotten	confidence=0.7
en.problem.have_not_gotten	problem.failure	have not gotten	confidence=0.7
en.problem.hasnt_shipped_ap	problem.failure	hasn't shipped	confidence=0.85
en.problem.hasnt_shipped	problem.failure	hasnt shipped	confidence=0.85
en.problem.has_not_shipped	problem.failure	has not shipped	confidence=0.85
en.problem.not_shipped	problem.failure	not shipped	confidence=0.8
en.problem.hasnt_been_shipped_ap	problem.failure	hasn't been shipped
en.problem.hasnt_been_shipped	problem.failure	hasnt been shipped
en.problem.hasnt_moved_ap	problem.failure	hasn't moved	confidence=0.7
en.problem.hasnt_moved	problem.failure	hasnt moved	confidence=0.7
en.problem.forgot_my	problem.failure	forgot my	confidence=0.7
en.problem.didnt_include_ap	problem.failure	didn't include	confidence=0.7
en.problem.didnt_include	problem.failure	didnt include	confidence=0.7
en.problem.wasnt_included_ap	problem.failure	wasn't included	confidence=0.7
en.problem.wasnt_included	problem.failure	wasnt included	confidence=0.7
en.problem.order_wrong	problem.failure	order wrong	confidence=0.85
en.problem.order_was_wrong	problem.failure	order was wrong
en.problem.got_my_order_wrong	problem.failure	got my order wrong
en.problem.got_it_wrong	problem.failure	got it wrong	confidence=0.8
en.problem.gets_it_wrong	problem.failure	gets it wrong	confidence=0.75
en.problem.wrong_again	problem.failure	wrong again	confidence=0.85
en.problem.wrong_information	problem.failure	wrong information	confidence=0.8
en.problem.wrong_info	problem.failure	wrong info	confidence=0.8
en.problem.n_min_w_late	problem.failure	<num> min* late
en.problem.n_hour_w_late	problem.failure	<num> hour* late
en.problem.n_hrs_late	problem.failure	<num> hrs late
en.problem.n_days_late	problem.failure	<num> {day|days|week|weeks|month|months} late
# "never had such bad service" is the worst ever, not a negation: the negator inside the entry keeps the
# cue words after it live
en.problem.never_had_such_bad	problem.failure	never {had|seen|experienced|received|got|gotten|encountered} {such|this|so} {bad|poor|terrible|awful|horrible|shoddy|rude|slow|useless|incompetent|lousy|pathetic|appalling|unprofessional}	confidence=0.9
en.problem.minutes_late	problem.failure	minutes late
en.problem.mins_late	problem.failure	mins late
en.problem.hours_late	problem.failure	hours late
en.problem.hour_late	problem.failure	hour late
en.problem.late_again	problem.failure	late again
en.problem.running_late	problem.failure	running late	confidence=0.55
en.problem.always_late	problem.failure	always late	confidence=0.85
en.problem.is_late	problem.failure	is late	confidence=0.6
en.problem.was_late	problem.failure	was late	confidence=0.55
en.problem.still_late	problem.failure	still late
en.problem.long_wait_w	problem.failure	long wait*	confidence=0.75
en.problem.long_queue_w	problem.failure	long queue*	confidence=0.7
en.problem.long_line_w	problem.failure	long line*	confidence=0.6
en.problem.cancelled_again	problem.failure	cancelled again
en.problem.canceled_again	problem.failure	canceled again
en.problem.been_cancelled	problem.failure	been cancelled	confidence=0.7
en.problem.been_canceled	problem.failure	been canceled	confidence=0.7
en.problem.got_cancelled	problem.failure	got cancelled	confidence=0.7
en.problem.got_canceled	problem.failure	got canceled	confidence=0.7
en.problem.was_cancelled	problem.failure	was cancelled	confidence=0.6
en.problem.was_canceled	problem.failure	was canceled	confidence=0.6
en.problem.train_cancelled	problem.failure	train cancelled	confidence=0.85
en.problem.train_canceled	problem.failure	train canceled	confidence=0.85
en.problem.cancelled_my_order	problem.failure	cancelled my order	confidence=0.7
en.problem.canceled_my_order	problem.failure	canceled my order	confidence=0.7
en.problem.order_was_cancelled	problem.failure	order was cancelled	confidence=0.7
en.problem.order_was_canceled	problem.failure	order was canceled	confidence=0.7
en.problem.overbooked	problem.failure	overbooked
en.problem.stuck_on_the_plane	problem.failure	stuck on the plane
en.problem.sat_on_the_tarmac	problem.failure	sat on the tarmac
en.problem.on_the_tarmac	problem.failure	on the tarmac	confidence=0.7
en.problem.no_announcement_w	problem.failure	no announcement*	confidence=0.75
en.problem.refused_boarding	problem.failure	refused boarding
en.problem.denied_boarding	problem.failure	denied boarding
en.problem.missed_my_train	problem.failure	missed my train	confidence=0.7
en.problem.missed_my_bus	problem.failure	missed my bus	confidence=0.7
en.problem.didnt_stop_ap	problem.failure	didn't stop	confidence=0.6
en.problem.didnt_stop	problem.failure	didnt stop	confidence=0.6
en.problem.drove_past	problem.failure	drove past	confidence=0.7
en.problem.missed_appointment	problem.failure	missed appointment	confidence=0.8
en.problem.missed_the_appointment	problem.failure	missed the appointment	confidence=0.8
en.problem.missed_my_appointment	problem.failure	missed my appointment	confidence=0.8
en.problem.no_one_showed_up	problem.failure	no one showed up
en.problem.nobody_showed_up	problem.failure	nobody showed up
en.problem.hasnt_gone_through_ap	problem.failure	hasn't gone through	confidence=0.85
en.problem.hasnt_gone_through	problem.failure	hasnt gone through	confidence=0.85
en.problem.not_gone_through	problem.failure	not gone through	confidence=0.8
en.problem.didnt_go_through_ap	problem.failure	didn't go through	confidence=0.8
en.problem.didnt_go_through	problem.failure	didnt go through	confidence=0.8
en.problem.still_pending	problem.failure	still pending	confidence=0.75
en.problem.pending_for	problem.failure	pending for	confidence=0.7
en.problem.left_in_the_rain	problem.failure	left in the rain
en.problem.left_outside	problem.failure	left outside	confidence=0.6
en.problem.said_i_wasnt_in_ap	problem.failure	said i wasn't in	confidence=0.85
en.problem.said_i_wasnt_in	problem.failure	said i wasnt in	confidence=0.85
en.problem.claimed_i_wasnt_ap	problem.failure	claimed i wasn't	confidence=0.85
en.problem.claimed_i_wasnt	problem.failure	claimed i wasnt	confidence=0.85
en.problem.didnt_even_knock_ap	problem.failure	didn't even knock	confidence=0.85
en.problem.didnt_even_knock	problem.failure	didnt even knock	confidence=0.85
en.problem.didnt_knock_ap	problem.failure	didn't knock	confidence=0.8
en.problem.didnt_knock	problem.failure	didnt knock	confidence=0.8
en.problem.was_cold	problem.failure	was cold	confidence=0.65
en.problem.were_cold	problem.failure	were cold	confidence=0.65
en.problem.stone_cold	problem.failure	stone cold	confidence=0.75
en.problem.was_raw	problem.failure	was raw	confidence=0.75
en.problem.still_raw	problem.failure	still raw	confidence=0.8
en.problem.latest_update	problem.failure	latest update	confidence=0.5
en.problem.the_new_update	problem.failure	the new update	confidence=0.5;alone=no
en.problem.logged_me_out	problem.failure	logged me out	confidence=0.75
en.problem.was_supposed_to	problem.failure	was supposed to	confidence=0.7
en.problem.were_supposed_to	problem.failure	were supposed to	confidence=0.7
en.problem.should_have_arrived	problem.failure	should have arrived	confidence=0.85
en.problem.shouldve_arrived_ap	problem.failure	should've arrived	confidence=0.85
en.problem.shouldve_arrived	problem.failure	shouldve arrived	confidence=0.85
en.problem.should_have_been	problem.failure	should have been	confidence=0.55
en.problem.shouldve_been_ap	problem.failure	should've been	confidence=0.55
en.problem.shouldve_been	problem.failure	shouldve been	confidence=0.55
en.problem.shouldnt_have_to_ap	problem.failure	shouldn't have to	confidence=0.75
en.problem.shouldnt_have_to	problem.failure	shouldnt have to	confidence=0.75
en.problem.not_paying	problem.failure	not paying	confidence=0.65
en.problem.refuse_to_pay	problem.failure	refuse to pay	confidence=0.8
en.problem.was_stolen	problem.failure	was stolen	confidence=0.75
en.problem.been_stolen	problem.failure	been stolen	confidence=0.75
en.problem.got_stolen	problem.failure	got stolen	confidence=0.75
en.problem.too_expensive	problem.failure	too expensive	confidence=0.6
en.problem.so_expensive	problem.failure	so expensive	confidence=0.55
en.problem.way_too_expensive	problem.failure	way too expensive	confidence=0.8
en.problem.bumped_from	problem.failure	bumped from	confidence=0.8
en.problem.missed_my_flight	problem.failure	missed my flight	confidence=0.7
en.problem.overcrowded	problem.failure	overcrowded	confidence=0.8
en.problem.no_seats	problem.failure	no seats	confidence=0.6
en.problem.no_confirmation	problem.failure	no confirmation	confidence=0.7
en.problem.no_information	problem.failure	no information	confidence=0.65
en.problem.no_info	problem.failure	no info	confidence=0.65
en.problem.no_explanation	problem.failure	no explanation
en.problem.no_apology	problem.failure	no apology
en.problem.not_even_an_apology	problem.failure	not even an apology
en.problem.not_even_a	problem.failure	not even a	confidence=0.6
en.problem.didnt_even_ap	problem.failure	didn't even	confidence=0.6
en.problem.didnt_even	problem.failure	didnt even	confidence=0.6
en.problem.not_a_single	problem.failure	not a single	confidence=0.6
en.problem.was_told	problem.failure	was told	confidence=0.55
en.problem.were_told	problem.failure	were told	confidence=0.55
en.problem.was_promised	problem.failure	was promised	confidence=0.75
en.problem.you_promised	problem.failure	you promised	confidence=0.8
en.problem.promised_me	problem.failure	promised me	confidence=0.7
en.problem.delayed	problem.failure	delayed	confidence=0.75
en.problem.delays	problem.failure	delays	confidence=0.7
en.problem.been_delayed	problem.failure	been delayed
en.problem.delayed_again	problem.failure	delayed again
en.problem.flight_cancelled	problem.failure	flight cancelled	confidence=0.85
en.problem.flight_canceled	problem.failure	flight canceled	confidence=0.85
en.problem.cancelled_my_flight	problem.failure	cancelled my flight	confidence=0.85
en.problem.canceled_my_flight	problem.failure	canceled my flight	confidence=0.85
en.problem.missed_my_connection	problem.failure	missed my connection
en.problem.missed_connection	problem.failure	missed connection	confidence=0.85
en.problem.missed_delivery	problem.failure	missed delivery	confidence=0.8
en.problem.missed_my_delivery	problem.failure	missed my delivery
en.problem.stuck_in_transit	problem.failure	stuck in transit
en.problem.stuck_on_the_tarmac	problem.failure	stuck on the tarmac
en.problem.stuck_on_hold	problem.failure	stuck on hold	confidence=0.85
en.problem.stuck_at_the_airport	problem.failure	stuck at the airport	confidence=0.85
en.problem.says_delivered	problem.failure	says delivered
en.problem.marked_as_delivered	problem.failure	marked as delivered
en.problem.shows_delivered	problem.failure	shows delivered
en.problem.tracking_hasnt_ap	problem.failure	tracking hasn't
en.problem.tracking_hasnt	problem.failure	tracking hasnt
en.problem.tracking_says	problem.failure	tracking says	confidence=0.7
en.problem.no_tracking	problem.failure	no tracking	confidence=0.8
en.problem.out_of_stock_again	problem.failure	out of stock again	confidence=0.8

# billing: charged wrongly, twice or too much; refunds not paid
en.problem.charged_twice	problem.failure	charged twice
en.problem.double_charged	problem.failure	double charged
en.problem.double_charge_w	problem.failure	double charge*
en.problem.double_billed	problem.failure	double billed
en.problem.billed_twice	problem.failure	billed twice
en.problem.charged_me_twice	problem.failure	charged me twice
en.problem.charged_me_again	problem.failure	charged me again
en.problem.charged_me_for	problem.failure	charged me for
en.problem.charged_for_something	problem.failure	charged for something
en.problem.overcharged	problem.failure	overcharged
en.problem.over_charged	problem.failure	over charged
en.problem.overcharging	problem.failure	overcharging
en.problem.wrongly_charged	problem.failure	wrongly charged
en.problem.incorrectly_charged	problem.failure	incorrectly charged
en.problem.charged_incorrectly	problem.failure	charged incorrectly
en.problem.unauthori_w_charge_w	problem.failure	unauthori* charge*
en.problem.unauthori_w_transaction_w	problem.failure	unauthori* transaction*
en.problem.fraudulent_charge_w	problem.failure	fraudulent charge*
en.problem.hidden_fee_w	problem.failure	hidden fee*
en.problem.hidden_charge_w	problem.failure	hidden charge*
en.problem.extra_charge_w	problem.failure	extra charge*	confidence=0.7
en.problem.billing_error	problem.failure	billing error
en.problem.billing_mistake	problem.failure	billing mistake
en.problem.wrong_bill	problem.failure	wrong bill
en.problem.wrong_amount	problem.failure	wrong amount
en.problem.bill_is_wrong	problem.failure	bill is wrong
en.problem.bill_is_too_high	problem.failure	bill is too high	confidence=0.85
en.problem.still_charging	problem.failure	still charging	confidence=0.85
en.problem.still_being_charged	problem.failure	still being charged
en.problem.got_charged	problem.failure	got charged	confidence=0.75
en.problem.been_charged	problem.failure	been charged	confidence=0.75
en.problem.being_charged	problem.failure	being charged	confidence=0.7
en.problem.was_charged	problem.failure	was charged	confidence=0.7
en.problem.were_charged	problem.failure	were charged	confidence=0.7
en.problem.charged_me	problem.failure	charged me	confidence=0.7
en.problem.charging_me	problem.failure	charging me	confidence=0.7
en.problem.late_fee	problem.failure	late fee	confidence=0.6
en.problem.took_my_money	problem.failure	took my money
en.problem.took_money_from	problem.failure	took money from	confidence=0.85
en.problem.taken_money	problem.failure	taken money	confidence=0.8
en.problem.stole_my_money	problem.failure	stole my money
en.problem.stolen_my_money	problem.failure	stolen my money
en.problem.payment_failed	problem.failure	payment failed	confidence=0.75
en.problem.payment_declined	problem.failure	payment declined	confidence=0.7
en.problem.charging_me_for	problem.failure	charging me for	confidence=0.75
en.problem.my_refund	problem.failure	my refund
en.problem.a_refund	problem.failure	a refund	confidence=0.75
en.problem.no_refund	problem.failure	no refund
en.problem.full_refund	problem.failure	full refund	confidence=0.7
en.problem.refund_yet	problem.failure	refund yet
en.problem.refund_still	problem.failure	refund still	confidence=0.85
en.problem.refund_hasnt_ap	problem.failure	refund hasn't
en.problem.refund_hasnt	problem.failure	refund hasnt
en.problem.still_no_refund	problem.failure	still no refund
en.problem.money_back	problem.failure	money back	confidence=0.75
en.problem.want_my_money	problem.failure	want my money
en.problem.give_me_my_money	problem.failure	give me my money
en.problem.refund_me	problem.failure	refund me	confidence=0.85
en.problem.not_been_refunded	problem.failure	not been refunded
en.problem.havent_been_refunded_ap	problem.failure	haven't been refunded
en.problem.havent_been_refunded	problem.failure	havent been refunded
en.problem.hasnt_been_refunded_ap	problem.failure	hasn't been refunded
en.problem.hasnt_been_refunded	problem.failure	hasnt been refunded
en.problem.not_refunded	problem.failure	not refunded
en.problem.still_not_refunded	problem.failure	still not refunded

# account access
en.problem.cant_log_in_ap	problem.failure	can't log in
en.problem.cant_log_in	problem.failure	cant log in
en.problem.cant_login_ap	problem.failure	can't login
en.problem.cant_login	problem.failure	cant login
en.problem.cant_log_on_ap	problem.failure	can't log on
en.problem.cant_log_on	problem.failure	cant log on
en.problem.cant_sign_in_ap	problem.failure	can't sign in
en.problem.cant_sign_in	problem.failure	cant sign in
en.problem.cant_access_ap	problem.failure	can't access
en.problem.cant_access	problem.failure	cant access
en.problem.cant_connect_ap	problem.failure	can't connect
en.problem.cant_connect	problem.failure	cant connect
en.problem.cant_get_through_ap	problem.failure	can't get through
en.problem.cant_get_through	problem.failure	cant get through
en.problem.cant_get_in_ap	problem.failure	can't get in	confidence=0.7
en.problem.cant_get_in	problem.failure	cant get in	confidence=0.7
en.problem.cant_get_it_to_ap	problem.failure	can't get it to	confidence=0.8
en.problem.cant_get_it_to	problem.failure	cant get it to	confidence=0.8
en.problem.cant_make_calls_ap	problem.failure	can't make calls
en.problem.cant_make_calls	problem.failure	cant make calls
en.problem.cant_make_a_call_ap	problem.failure	can't make a call
en.problem.cant_make_a_call	problem.failure	cant make a call
en.problem.cant_even_ap	problem.failure	can't even	confidence=0.7
en.problem.cant_even	problem.failure	cant even	confidence=0.7
en.problem.cant_use_ap	problem.failure	can't use	confidence=0.6
en.problem.cant_use	problem.failure	cant use	confidence=0.6
en.problem.cannot_log_in	problem.failure	cannot log in
en.problem.none_can_log_in	problem.failure	{none|nobody|noone} ... {can|could} {log|sign|login|access|connect}	confidence=0.85
en.problem.cannot_login	problem.failure	cannot login
en.problem.cannot_sign_in	problem.failure	cannot sign in
en.problem.cannot_access	problem.failure	cannot access
en.problem.cannot_connect	problem.failure	cannot connect
en.problem.unable_to_log	problem.failure	unable to log
en.problem.unable_to_login	problem.failure	unable to login
en.problem.unable_to_sign	problem.failure	unable to sign
en.problem.unable_to_access	problem.failure	unable to access
en.problem.unable_to_connect	problem.failure	unable to connect
en.problem.unable_to_use	problem.failure	unable to use	confidence=0.8
en.problem.unable_to_make	problem.failure	unable to make	confidence=0.8
en.problem.unable_to	problem.failure	unable to	confidence=0.6
en.problem.not_able_to	problem.failure	not able to	confidence=0.6
en.problem.locked_out	problem.failure	locked out
en.problem.locked_me_out	problem.failure	locked me out
en.problem.account_locked	problem.failure	account locked
en.problem.account_is_locked	problem.failure	account is locked
en.problem.account_was_locked	problem.failure	account was locked
en.problem.account_suspended	problem.failure	account suspended
en.problem.suspended_my_account	problem.failure	suspended my account
en.problem.blocked_my_account	problem.failure	blocked my account
en.problem.account_blocked	problem.failure	account blocked
en.problem.account_hacked	problem.failure	account hacked
en.problem.been_hacked	problem.failure	been hacked	confidence=0.85
en.problem.got_hacked	problem.failure	got hacked	confidence=0.85
en.problem.was_hacked	problem.failure	was hacked	confidence=0.8
en.problem.password_reset_isnt_ap	problem.failure	password reset isn't
en.problem.password_reset_isnt	problem.failure	password reset isnt
en.problem.card_declined	problem.failure	card declined	confidence=0.8
en.problem.card_was_declined	problem.failure	card was declined	confidence=0.75
en.problem.blocked_my_card	problem.failure	blocked my card
en.problem.card_blocked	problem.failure	card blocked	confidence=0.8
en.problem.froze_my_account	problem.failure	froze my account
en.problem.frozen_my_account	problem.failure	frozen my account
en.problem.reset_link	problem.failure	reset link	confidence=0.5

# poor service and quality
en.problem.poor_service	problem.failure	poor service
en.problem.poor_customer	problem.failure	poor customer
en.problem.poor_quality	problem.failure	poor quality
en.problem.poor_experience	problem.failure	poor experience
en.problem.poor_communication	problem.failure	poor communication
en.problem.poor_support	problem.failure	poor support
en.problem.very_poor	problem.failure	very poor
en.problem.so_poor	problem.failure	so poor	confidence=0.85
en.problem.really_poor	problem.failure	really poor	confidence=0.85
en.problem.poorly	problem.failure	poorly	confidence=0.6
en.problem.bad_service	problem.failure	bad service
en.problem.bad_customer	problem.failure	bad customer
en.problem.bad_experience	problem.failure	bad experience
en.problem.bad_quality	problem.failure	bad quality
en.problem.bad_support	problem.failure	bad support
en.problem.very_bad	problem.failure	very bad	confidence=0.8
en.problem.so_bad	problem.failure	so bad	confidence=0.7
en.problem.really_bad	problem.failure	really bad	confidence=0.7
en.problem.too_bad	problem.failure	too bad	confidence=0.5
en.problem.terrible_service	problem.failure	terrible service
en.problem.awful_service	problem.failure	awful service
en.problem.horrible_service	problem.failure	horrible service
en.problem.lousy_service	problem.failure	lousy service
en.problem.shocking_service	problem.failure	shocking service
en.problem.no_help	problem.failure	no help	confidence=0.75
en.problem.zero_help	problem.failure	zero help
en.problem.no_support	problem.failure	no support	confidence=0.75
en.problem.not_helpful	problem.failure	not helpful	confidence=0.85
en.problem.unhelpful	problem.failure	unhelpful
en.problem.hung_up_on_me	problem.failure	hung up on me
en.problem.hung_up_on	problem.failure	hung up on	confidence=0.85
en.problem.hang_up_on_me	problem.failure	hang up on me
en.problem.put_me_on_hold	problem.failure	put me on hold	confidence=0.7
en.problem.been_on_hold	problem.failure	been on hold
en.problem.still_on_hold	problem.failure	still on hold
en.problem.kept_on_hold	problem.failure	kept on hold
en.problem.keep_w_transferring	problem.failure	keep* transferring
en.problem.transferred_me	problem.failure	transferred me	confidence=0.75
en.problem.rude	problem.failure	rude	confidence=0.8
en.problem.unprofessional	problem.failure	unprofessional
en.problem.cheaply_made	problem.failure	cheaply made
en.problem.poorly_made	problem.failure	poorly made
en.problem.poor_workmanship	problem.failure	poor workmanship
en.problem.not_as_described	problem.failure	not as described
en.problem.not_as_advertised	problem.failure	not as advertised
en.problem.false_advertising	problem.failure	false advertising
en.problem.misleading	problem.failure	misleading	confidence=0.75
en.problem.bait_and_switch	problem.failure	bait and switch
en.problem.dirty	problem.failure	dirty	confidence=0.6
en.problem.filthy	problem.failure	filthy	confidence=0.85
en.problem.expired_w	problem.failure	expired*	confidence=0.6;alone=no
en.problem.moldy_w	problem.failure	moldy*	confidence=0.85
en.problem.mouldy	problem.failure	mouldy	confidence=0.85
en.problem.undercooked	problem.failure	undercooked	confidence=0.85
en.problem.cold_food	problem.failure	cold food	confidence=0.75
en.problem.food_was_cold	problem.failure	food was cold	confidence=0.85

# Everyday support wording (a probe of 128 messages)
en.problem.rudest	problem.failure	{rudest|ruder}	confidence=0.85
en.problem.leaking	problem.failure	{leaking|leaks|leaked}	confidence=0.75
en.problem.cant_log_into_ap	problem.failure	{can't|cant|cannot|unable} {log|sign} {into|on|onto|in}	confidence=0.85
en.problem.charged_x_twice	problem.failure	{charged|billed|debited} ... twice	confidence=0.85
en.problem.bag_didnt_arrive	problem.failure	{didn't|didnt|never} {come|came} off the {plane|flight|carousel|belt}	confidence=0.8
en.problem.says_it_failed	problem.failure	{says|said|shows|showing|showed} ... {failed|declined|error|unsuccessful}	confidence=0.75
en.problem.isnt_registering	problem.failure	{isn't|isnt|not|wasn't|wasnt|hasn't|hasnt|haven't|havent} {registering|recognised|recognized|reflecting|reflected|credited|applied|appearing}	confidence=0.7
en.problem.wont_launch	problem.failure	{won't|wont|doesn't|doesnt|not|can't|cant|cannot|wouldn't|wouldnt} {launch|launching|boot|booting}	confidence=0.8
en.problem.sync_stopped	problem.failure	{sync|syncing|updates|notifications|alerts|backups|backup|uploads|tracking|heating|payments|feed} ... stopped	confidence=0.7
en.problem.hasnt_been_credited	problem.failure	{hasn't|hasnt|haven't|havent|not} been {credited|applied|refunded|processed|reflected|actioned}	confidence=0.75
