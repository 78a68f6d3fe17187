# English (en) cue lexicon: entries for the 15 triage cues of the domain brief
# (churn, loyalty, repeat failure, emotion, public exposure, urgency, ignored,
# value at risk, downgrade, unannounced change, suggestion, advocacy).
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Scope words (negation, resolved, conditional), units and ordinals live in scope.lex.

# churn.cancel: intends to cancel, close, leave or end the relationship
en.cancel.going_to_cancel	churn.cancel	going to cancel
en.cancel.gonna_cancel	churn.cancel	gonna cancel
en.cancel.want_to_cancel	churn.cancel	{want|wanted|wants|wish|wished} to cancel	confidence=0.85
en.cancel.wanna_cancel	churn.cancel	wanna cancel	confidence=0.85
en.cancel.need_to_cancel	churn.cancel	need to cancel	confidence=0.7
en.cancel.about_to_cancel	churn.cancel	about to cancel	confidence=0.85
en.cancel.ill_cancel_ap	churn.cancel	i'll cancel
en.cancel.ill_cancel	churn.cancel	ill cancel	confidence=0.85
en.cancel.i_will_cancel	churn.cancel	i will cancel
en.cancel.im_cancelling_ap	churn.cancel	i'm cancelling
en.cancel.im_cancelling	churn.cancel	im cancelling
en.cancel.im_canceling_ap	churn.cancel	i'm canceling
en.cancel.im_canceling	churn.cancel	im canceling
en.cancel.i_am_cancelling	churn.cancel	i am cancelling
en.cancel.i_am_canceling	churn.cancel	i am canceling
en.cancel.cancelling_x_account	churn.cancel	cancelling ... account
en.cancel.canceling_x_account	churn.cancel	canceling ... account
en.cancel.cancel_x_account	churn.cancel	cancel ... account
en.cancel.cancel_x_subscription_w	churn.cancel	cancel ... subscription*
en.cancel.cancelling_x_subscription_w	churn.cancel	cancelling ... subscription*
en.cancel.canceling_x_subscription_w	churn.cancel	canceling ... subscription*
en.cancel.cancel_x_service	churn.cancel	cancel ... service
en.cancel.cancel_x_contract	churn.cancel	cancel ... contract
en.cancel.cancel_x_membership	churn.cancel	cancel ... membership
en.cancel.cancel_x_plan	churn.cancel	cancel ... plan	confidence=0.75
en.cancel.cancel_x_internet	churn.cancel	cancel ... internet	confidence=0.8
en.cancel.cancel_everything	churn.cancel	cancel everything
en.cancel.cancel	churn.cancel	cancel	confidence=0.55;alone=no
en.cancel.time_to_cancel	churn.cancel	{time|ready|decided} to {cancel|leave|quit|unsubscribe}	confidence=0.8
en.cancel.cancle_my	churn.cancel	cancle my	confidence=0.8
en.cancel.cancle_x_subscription	churn.cancel	cancle ... subscription	confidence=0.85
en.cancel.cancle_x_account	churn.cancel	cancle ... account	confidence=0.85
en.cancel.cancellation_request	churn.cancel	{cancellation|cancelation} request	confidence=0.85
en.cancel.request_x_cancellation	churn.cancel	request* ... {cancellation|cancelation}	confidence=0.85
en.cancel.process_x_cancellation	churn.cancel	process ... {cancellation|cancelation}	confidence=0.85
en.cancel.how_do_i_cancel	churn.cancel	how do i cancel	confidence=0.8
en.cancel.how_can_i_cancel	churn.cancel	how can i cancel	confidence=0.8
en.cancel.how_to_cancel	churn.cancel	how to cancel	confidence=0.75
en.cancel.thinking_of_cancel_w	churn.cancel	thinking of cancel*	confidence=0.8
en.cancel.thinking_about_cancel_w	churn.cancel	thinking about cancel*	confidence=0.8
en.cancel.considering_cancel_w	churn.cancel	considering cancel*	confidence=0.8
en.cancel.close_x_account	churn.cancel	close ... account
en.cancel.closing_x_account	churn.cancel	closing ... account
en.cancel.shut_down_my_account	churn.cancel	{shut|shutting} down ... account
en.cancel.delete_my_account	churn.cancel	delete my account	confidence=0.85
en.cancel.deactivate_my_account	churn.cancel	deactivate my account	confidence=0.8
en.cancel.terminate_x_contract	churn.cancel	terminate ... contract
en.cancel.terminate_x_account	churn.cancel	terminate ... account
en.cancel.terminate_x_service	churn.cancel	terminate ... service
en.cancel.terminating_x_contract	churn.cancel	terminating ... contract
en.cancel.end_my_contract	churn.cancel	end my contract	confidence=0.85
en.cancel.end_my_subscription	churn.cancel	end my subscription	confidence=0.85
en.cancel.end_x_relationship	churn.cancel	end ... relationship	confidence=0.8
en.cancel.early_termination	churn.cancel	early termination	confidence=0.7
en.cancel.discontinu_x_service	churn.cancel	discontinu* ... service	confidence=0.85
en.cancel.discontinu_x_subscription_w	churn.cancel	discontinu* ... subscription*	confidence=0.85
en.cancel.stop_x_subscription_w	churn.cancel	{stop|stopping} ... {subscription*|membership|contract}	confidence=0.8
en.cancel.im_done_with_you_ap	churn.cancel	i'm done with you
en.cancel.im_done_with_you	churn.cancel	im done with you
en.cancel.i_am_done_with_you	churn.cancel	i am done with {you|your}
en.cancel.done_with_you_guys	churn.cancel	done with you guys
en.cancel.done_with_x_company	churn.cancel	done with ... company
en.cancel.done_with_x_service	churn.cancel	done with ... service	confidence=0.85
en.cancel.leaving_you	churn.cancel	leaving you	confidence=0.8
en.cancel.leave_your_company	churn.cancel	leave your company
en.cancel.leaving_your_company	churn.cancel	leaving your {company|bank|network|airline|firm|gym|store|shop|platform|service}
en.cancel.thinking_of_leaving	churn.cancel	thinking of leaving	confidence=0.75
en.cancel.never_use_x_again	churn.cancel	never use ... again
en.cancel.never_buy_x_again	churn.cancel	never buy* ... again	confidence=0.85
en.cancel.never_order_x_again	churn.cancel	never order* ... again	confidence=0.85
en.cancel.never_shop_x_again	churn.cancel	never shop* ... again	confidence=0.85
en.cancel.never_fly_x_again	churn.cancel	never fly* ... again	confidence=0.85
en.cancel.never_again	churn.cancel	never again	confidence=0.7
en.cancel.last_time_ill_ap	churn.cancel	last time i'll	confidence=0.85
en.cancel.last_time_ill	churn.cancel	last time ill	confidence=0.75
en.cancel.last_time_i_will	churn.cancel	last time i will	confidence=0.85
en.cancel.last_time_i_ever	churn.cancel	last time i ever	confidence=0.85
en.cancel.business_elsewhere	churn.cancel	business elsewhere
en.cancel.not_confident_continuing	churn.cancel	not confident ... {continuing|renewing|staying}	confidence=0.75
en.cancel.lost_x_customer	churn.cancel	lost ... customer
en.cancel.losing_x_customer	churn.cancel	losing ... customer	confidence=0.85
en.cancel.no_longer_x_use	churn.cancel	no longer ... use	confidence=0.8
en.cancel.no_longer_x_using	churn.cancel	no longer ... using	confidence=0.8
en.cancel.no_longer_x_customer	churn.cancel	no longer ... customer
en.cancel.no_longer_x_subscri_w	churn.cancel	no longer ... subscri*	confidence=0.85
en.cancel.wont_be_renewing_ap	churn.cancel	won't be renewing	confidence=0.85
en.cancel.wont_be_renewing	churn.cancel	wont be renewing	confidence=0.85
en.cancel.will_not_renew_w	churn.cancel	will not renew*	confidence=0.85
en.cancel.wont_renew_ap	churn.cancel	won't renew	confidence=0.85
en.cancel.wont_renew	churn.cancel	wont renew	confidence=0.85
en.cancel.not_renewing	churn.cancel	not renewing	confidence=0.8
en.cancel.want_out_of_x_contract	churn.cancel	want out of ... contract	confidence=0.85
en.cancel.get_out_of_x_contract	churn.cancel	get out of ... contract	confidence=0.8
en.cancel.i_want_out	churn.cancel	i want out	confidence=0.75
en.cancel.i_quit	churn.cancel	i quit	confidence=0.7
en.cancel.part_ways	churn.cancel	part ways	confidence=0.8
en.cancel.no_choice_but_to_cancel	churn.cancel	no choice but to cancel
en.cancel.no_choice_but_to_leave	churn.cancel	no choice but to leave
en.cancel.stop_using_x_service	churn.cancel	stop using ... service	confidence=0.85
# an ultimatum: "fix it or I'm gone"
en.cancel.or_im_gone	churn.cancel	or {i'm|im|we're|i'll|ill} {gone|leaving|out|done}	confidence=0.8
en.cancel.no_longer_want_x_service	churn.cancel	no longer {want|need|require} ... {service|subscription|plan|account|membership|product|contract}	confidence=0.85
en.cancel.stop_billing_me	churn.cancel	stop {billing|charging} me	confidence=0.8
# not renewing: "don't renew my plan" (the entry starts at its negator)
en.cancel.dont_renew	churn.cancel	{don't|dont} renew	confidence=0.85
en.cancel.do_not_renew	churn.cancel	do not renew	confidence=0.85
# "unsubscribe from the premium plan" (a newsletter is not a plan)
en.cancel.unsubscribe_x_plan	churn.cancel	unsubscribe ... {plan|service|subscription|membership|premium|package}	confidence=0.8

# churn.switch: moving to or shopping at a competitor
en.switch.switch_to_x_competitor_w	churn.switch	switch* to ... competitor*
en.switch.switch_to_at	churn.switch	switch* to <handle>
en.switch.switch_provider_w	churn.switch	switch* provider*
en.switch.switch_carrier_w	churn.switch	switch* carrier*
en.switch.switch_companies	churn.switch	switch* companies
en.switch.moving_to_at	churn.switch	moving to <handle>	confidence=0.85
en.switch.go_with_at	churn.switch	go with <handle>	confidence=0.7
en.switch.going_with_at	churn.switch	going with <handle>	confidence=0.7
en.switch.go_to_x_competitor_w	churn.switch	go to ... competitor*	confidence=0.85
en.switch.going_to_x_competitor_w	churn.switch	going to ... competitor*	confidence=0.85
en.switch.competitor_w	churn.switch	competitor*	confidence=0.6
en.switch.another_provider	churn.switch	another provider	confidence=0.8
en.switch.another_carrier	churn.switch	another carrier	confidence=0.8
en.switch.another_company	churn.switch	another company	confidence=0.7
en.switch.another_airline	churn.switch	another airline	confidence=0.7
en.switch.different_isp	churn.switch	{different|other} {isp|carrier|supplier|network|bank}	confidence=0.75
en.switch.another_isp	churn.switch	another isp	confidence=0.8
en.switch.another_network	churn.switch	another network	confidence=0.7
en.switch.different_provider	churn.switch	different provider	confidence=0.8
en.switch.different_company	churn.switch	different company	confidence=0.7
en.switch.port_x_number	churn.switch	port* ... number	confidence=0.7
en.switch.port_out	churn.switch	port out	confidence=0.8
en.switch.better_deal_elsewhere	churn.switch	better deal elsewhere
en.switch.found_a_better_deal	churn.switch	found a better deal	confidence=0.8
en.switch.better_offer	churn.switch	better offer	confidence=0.6
en.switch.cheaper_elsewhere	churn.switch	cheaper elsewhere	confidence=0.85
en.switch.cheaper_alternative_w	churn.switch	cheaper alternative*	confidence=0.8
en.switch.shop_elsewhere	churn.switch	shop* elsewhere
en.switch.buy_elsewhere	churn.switch	buy* elsewhere	confidence=0.85
en.switch.go_elsewhere	churn.switch	go elsewhere	confidence=0.7
en.switch.take_this_elsewhere	churn.switch	{take|taking} {this|it|them|my|our} ... elsewhere	confidence=0.8
# a competitor named in plain words: the subject says it is moving ("I'm switching to Verizon")
en.switch.subject_switching_to	churn.switch	{i'm|im|we're|i|we|i'll|ill|we'll} switching to	confidence=0.8
en.switch.will_switch_to	churn.switch	{will|i'll|ill|we'll|gonna|must|should} switch to	confidence=0.8
en.switch.going_to_switch_to	churn.switch	going to switch to	confidence=0.8
en.switch.leaving_you_for	churn.switch	leaving you for	confidence=0.9
en.switch.going_elsewhere	churn.switch	going elsewhere	confidence=0.7
en.switch.look_elsewhere	churn.switch	look* elsewhere	confidence=0.75
en.switch.looking_at_alternatives	churn.switch	looking at alternatives	confidence=0.8
en.switch.look_for_x_alternative_w	churn.switch	look* for ... alternative*	confidence=0.8
en.switch.sign_up_with_at	churn.switch	sign* up with <handle>
en.switch.jump_ship	churn.switch	jump* ship	confidence=0.85
en.switch.no_choice_but_to_switch	churn.switch	no choice but to switch

# loyalty.tenure: states a long relationship; the number and unit give the duration
en.tenure.customer_for_n_year_w	loyalty.tenure	customer for <num> year*
en.tenure.customer_for_x_n_year_w	loyalty.tenure	customer for ... <num> year*
en.tenure.customer_for_x_n_month_w	loyalty.tenure	customer for ... <num> month*	confidence=0.6
en.tenure.customer_for_x_decade_w	loyalty.tenure	customer for ... decade*
en.tenure.customer_for_years	loyalty.tenure	customer for years	confidence=0.85
en.tenure.customer_for_many_years	loyalty.tenure	customer for many years
en.tenure.customer_since_yyyy	loyalty.tenure	customer since <year>
en.tenure.client_since_yyyy	loyalty.tenure	client since <year>
en.tenure.client_for_x_n_year_w	loyalty.tenure	client for ... <num> year*
en.tenure.member_since_yyyy	loyalty.tenure	member since <year>
en.tenure.member_for_x_n_year_w	loyalty.tenure	member for ... <num> year*
en.tenure.subscriber_since_yyyy	loyalty.tenure	subscriber since <year>
en.tenure.subscriber_for_x_n_year_w	loyalty.tenure	subscriber for ... <num> year*
en.tenure.user_since_yyyy	loyalty.tenure	user since <year>	confidence=0.8
en.tenure.user_for_x_n_year_w	loyalty.tenure	user for ... <num> year*	confidence=0.8
en.tenure.with_you_since_yyyy	loyalty.tenure	with you since <year>
en.tenure.with_you_x_n_year_w	loyalty.tenure	with you ... <num> year*	confidence=0.85
en.tenure.with_you_x_decade_w	loyalty.tenure	with you ... decade*	confidence=0.85
en.tenure.with_x_for_x_decade_w	loyalty.tenure	with ... for ... decade*
en.tenure.with_x_for_x_n_year_w	loyalty.tenure	with ... for ... <num> year*
en.tenure.with_you_for_years	loyalty.tenure	with you for years	confidence=0.85
en.tenure.with_you_for_many_years	loyalty.tenure	with you for many years
en.tenure.been_with_x_n_year_w	loyalty.tenure	been with ... <num> year*	confidence=0.8
en.tenure.been_using_x_n_year_w	loyalty.tenure	been using ... <num> year*	confidence=0.8
en.tenure.been_using_x_since_yyyy	loyalty.tenure	been using ... since <year>	confidence=0.8
en.tenure.paying_you_for_x_n_year_w	loyalty.tenure	paying you for ... <num> year*
en.tenure.paid_you_for_x_n_year_w	loyalty.tenure	paid you for ... <num> year*	confidence=0.85
en.tenure.n_year_customer	loyalty.tenure	<num> year* customer
en.tenure.n_year_as_x_customer	loyalty.tenure	<num> year* as ... {customer|client|member|subscriber|policyholder|cardholder|passenger|tenant|patient|user}
en.tenure.n_year_of_loyalty	loyalty.tenure	<num> year* of loyalty
en.tenure.n_year_with_you	loyalty.tenure	<num> year* with you	confidence=0.85
en.tenure.n_year_with_your	loyalty.tenure	<num> year* with your	confidence=0.85
en.tenure.n_year_subscriber	loyalty.tenure	<num> year* subscriber
en.tenure.n_year_member	loyalty.tenure	<num> year* member	confidence=0.8
en.tenure.n_year_loyal_w	loyalty.tenure	<num> year* loyal*
en.tenure.loyal_for_x_n_year_w	loyalty.tenure	loyal for ... <num> year*
en.tenure.loyal_for_n	loyalty.tenure	loyal for <num>
en.tenure.loyal_customer	loyalty.tenure	loyal customer	confidence=0.85
en.tenure.loyal_client	loyalty.tenure	loyal client	confidence=0.85
en.tenure.loyal_member	loyalty.tenure	loyal {member|subscriber|user|patron}	confidence=0.85
en.tenure.had_x_account_for_x_n_year_w	loyalty.tenure	had ... {account|subscription|plan|membership|contract|policy} for ... <num> year*	confidence=0.85
en.tenure.since_the_beginning	loyalty.tenure	{member|customer|client|subscriber|user|you} ... since the {beginning|start|launch}	confidence=0.8
en.tenure.faithful_customer	loyalty.tenure	faithful customer	confidence=0.85
en.tenure.longtime_customer	loyalty.tenure	{longtime|longstanding} {customer|subscriber|member|client|patron|shopper|passenger|policyholder|cardholder}
en.tenure.long_time_customer	loyalty.tenure	long time customer
en.tenure.longstanding_customer	loyalty.tenure	longstanding customer
en.tenure.long_standing_customer	loyalty.tenure	long standing customer
en.tenure.long_term_customer	loyalty.tenure	long term customer	confidence=0.85
en.tenure.longterm_customer	loyalty.tenure	longterm customer	confidence=0.85
en.tenure.old_customer	loyalty.tenure	old customer	confidence=0.6
en.tenure.years_of_loyalty	loyalty.tenure	years of loyalty
en.tenure.been_loyal	loyalty.tenure	been loyal	confidence=0.85
en.tenure.customer_for_x_a_year_and_a_half	loyalty.tenure	{customer|client|member|subscriber} for ... a year and a half
en.tenure.with_x_for_x_a_year_and_a_half	loyalty.tenure	with ... for ... a year and a half	confidence=0.85
en.tenure.been_with_x_a_year_and_a_half	loyalty.tenure	been with ... a year and a half	confidence=0.8

# loyalty.referrals: says they recommended or referred others
en.referral.sent_you_a_lot_of_business	loyalty.referrals	sent you a lot of business
en.referral.sent_you_x_business	loyalty.referrals	sent you ... business
en.referral.sent_x_business_your_way	loyalty.referrals	sent ... business your way
en.referral.referred_x_friends	loyalty.referrals	referred ... friends
en.referral.referred_x_people	loyalty.referrals	referred ... people
en.referral.referred_x_customers	loyalty.referrals	referred ... customers
en.referral.referred_x_to_you	loyalty.referrals	referred ... to you	confidence=0.85
en.referral.i_referred	loyalty.referrals	i referred	confidence=0.8
en.referral.ive_referred_ap	loyalty.referrals	i've referred
en.referral.ive_referred	loyalty.referrals	ive referred
en.referral.recommended_you_to	loyalty.referrals	recommended you to
en.referral.recommended_you	loyalty.referrals	recommended you	confidence=0.8
en.referral.got_x_friends_to_sign_up	loyalty.referrals	got ... friends to sign up
en.referral.got_x_family_to_sign_up	loyalty.referrals	{got|convinced|persuaded} ... {family|parents|colleagues|coworkers|neighbours|neighbors|relatives|mum|mom|dad|wife|husband|partner|sister|brother|son|daughter|friend|boss|team|office|kids|mates} to {sign|join|switch|use|try|download|install|move|bank|shop|order|book}
en.referral.got_x_to_switch_to_you	loyalty.referrals	got ... to switch to you
en.referral.brought_you_x_customers	loyalty.referrals	brought you ... customers
en.referral.brought_x_friends	loyalty.referrals	brought ... friends	confidence=0.7
en.referral.convinced_x_friends	loyalty.referrals	convinced ... friends	confidence=0.8
en.referral.convinced_x_to_join	loyalty.referrals	convinced ... to join	confidence=0.8
en.referral.my_referrals	loyalty.referrals	my referrals	confidence=0.7
en.referral.people_i_referred	loyalty.referrals	people i referred

# repeat.failure: the problem happened before
en.repeat.nth_contact	repeat.failure	{second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th} {email|call|message|ticket|complaint|chat|request|visit|attempt|letter}	confidence=0.85
en.repeat.nth_failure	repeat.failure	{second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th} {outage|failure|breakdown|disconnection|replacement|refund|repair|delay|cancellation|cancelation}	confidence=0.85
en.repeat.again	repeat.failure	again	confidence=0.6;alone=no
en.repeat.yet_again	repeat.failure	yet again
en.repeat.once_again	repeat.failure	once again	confidence=0.85;alone=no
en.repeat.again_and_again	repeat.failure	again and again	confidence=0.95;alone=no
en.repeat.over_and_over	repeat.failure	over and over
en.repeat.time_and_again	repeat.failure	time and again
en.repeat.time_after_time	repeat.failure	time after time
en.repeat.here_we_go_again	repeat.failure	here we go again
en.repeat.not_again	repeat.failure	not again	confidence=0.8
en.repeat.no_x_again	repeat.failure	no ... again	confidence=0.7
en.repeat.not_working_x_again	repeat.failure	not working ... again
en.repeat.isnt_working_again_ap	repeat.failure	isn't working again
en.repeat.doesnt_work_again_ap	repeat.failure	doesn't work again
en.repeat.down_again	repeat.failure	down again
en.repeat.happened_again	repeat.failure	happened again
en.repeat.happening_again	repeat.failure	happening again
en.repeat.broke_again	repeat.failure	broke again	confidence=0.85
en.repeat.broken_again	repeat.failure	broken again	confidence=0.85
en.repeat.failed_again	repeat.failure	failed again	confidence=0.85
en.repeat.n_times	repeat.failure	<num> times	confidence=0.7; min=2
en.repeat.second_time	repeat.failure	second time	confidence=0.85
en.repeat.third_time	repeat.failure	third time	confidence=0.95
en.repeat.fourth_time	repeat.failure	fourth time	confidence=0.95
en.repeat.fifth_time	repeat.failure	fifth time	confidence=0.95
en.repeat.sixth_time	repeat.failure	sixth time	confidence=0.95
en.repeat.umpteenth_time	repeat.failure	umpteenth time	confidence=0.95
en.repeat.nth_time	repeat.failure	nth time
en.repeat.2nd_time	repeat.failure	2nd time	confidence=0.85
en.repeat.3rd_time	repeat.failure	3rd time	confidence=0.95
en.repeat.4th_time	repeat.failure	4th time	confidence=0.95
en.repeat.5th_time	repeat.failure	5th time	confidence=0.95
en.repeat.10th_time	repeat.failure	10th time	confidence=0.95
en.repeat.twice_this	repeat.failure	twice this	confidence=0.85
en.repeat.twice_now	repeat.failure	twice now	confidence=0.85
en.repeat.twice_already	repeat.failure	twice already	confidence=0.85
en.repeat.twice_in	repeat.failure	twice in	confidence=0.8
en.repeat.times_this_month	repeat.failure	times this month
en.repeat.times_this_week	repeat.failure	times this week
en.repeat.times_this_year	repeat.failure	times this year	confidence=0.85
en.repeat.times_today	repeat.failure	times today	confidence=0.85
en.repeat.not_the_first_time	repeat.failure	not the first time	confidence=0.95
en.repeat.how_many_times	repeat.failure	how many times	confidence=0.8
en.repeat.how_many_more_times	repeat.failure	how many more times
en.repeat.so_many_times	repeat.failure	so many times	confidence=0.8
en.repeat.many_times	repeat.failure	many times	confidence=0.6
en.repeat.multiple_times	repeat.failure	multiple times	confidence=0.8
en.repeat.several_times	repeat.failure	several times	confidence=0.8
en.repeat.numerous_times	repeat.failure	numerous times	confidence=0.85
en.repeat.countless_times	repeat.failure	countless times
en.repeat.million_times	repeat.failure	million times	confidence=0.8
en.repeat.happens_every_day	repeat.failure	{happens|happening|happened|keeps} ... every ... {day|time|week|night|morning|evening}	confidence=0.8
en.repeat.still_not	repeat.failure	still not	confidence=0.7
en.repeat.still_broken	repeat.failure	still broken	confidence=0.85
en.repeat.still_down	repeat.failure	still down	confidence=0.85
en.repeat.still_doesnt_ap	repeat.failure	still doesn't	confidence=0.8
en.repeat.still_does_not	repeat.failure	still does not	confidence=0.8
en.repeat.still_isnt_ap	repeat.failure	still isn't	confidence=0.8
en.repeat.still_having	repeat.failure	still having	confidence=0.75
en.repeat.still_happening	repeat.failure	still happening
en.repeat.keep_happening	repeat.failure	keep* happening
en.repeat.keep_dropping	repeat.failure	keep* dropping	confidence=0.85
en.repeat.keep_crashing	repeat.failure	keep* crashing	confidence=0.85
en.repeat.keep_failing	repeat.failure	keep* failing	confidence=0.85
en.repeat.keep_breaking	repeat.failure	keep* breaking	confidence=0.85
en.repeat.keep_going_down	repeat.failure	keep* going down	confidence=0.85
en.repeat.keep_disconnect_w	repeat.failure	keep* disconnect*	confidence=0.85
en.repeat.keep_cutting_out	repeat.failure	keep* cutting out	confidence=0.85
en.repeat.keep_charging	repeat.failure	keep* charging	confidence=0.75
en.repeat.same_problem	repeat.failure	same problem	confidence=0.8
en.repeat.same_issue	repeat.failure	same issue	confidence=0.8
en.repeat.same_error	repeat.failure	same error	confidence=0.75
en.repeat.same_thing_again	repeat.failure	same thing again	confidence=0.85;alone=no
en.repeat.every_time	repeat.failure	every time	confidence=0.6
en.repeat.every_single_time	repeat.failure	every single time	confidence=0.8
en.repeat.each_time	repeat.failure	each time	confidence=0.55
en.repeat.every_other_day	repeat.failure	every other day	confidence=0.7
en.repeat.every_few_days	repeat.failure	every few days	confidence=0.7
en.repeat.constantly	repeat.failure	constantly	confidence=0.7
en.repeat.repeatedly	repeat.failure	repeatedly	confidence=0.85
en.repeat.repeated_w	repeat.failure	repeated*	confidence=0.7
en.repeat.recurring	repeat.failure	recurring	confidence=0.85
en.repeat.recurrent	repeat.failure	recurrent	confidence=0.8
en.repeat.persistent	repeat.failure	persistent	confidence=0.7
en.repeat.ongoing	repeat.failure	ongoing	confidence=0.65
en.repeat.chronic	repeat.failure	chronic	confidence=0.7
en.repeat.like_last_time	repeat.failure	like last time	confidence=0.8
en.repeat.same_as_last_time	repeat.failure	same as last time	confidence=0.85
en.repeat.happened_before	repeat.failure	happened before	confidence=0.85
en.repeat.problem_is_back	repeat.failure	problem is back	confidence=0.85
en.repeat.issue_is_back	repeat.failure	issue is back	confidence=0.85

# emotion.anger: anger, disgust, being fed up
en.anger.angry	emotion.anger	angry
en.anger.furious	emotion.anger	furious*
en.anger.livid	emotion.anger	livid*	confidence=0.95
en.anger.irate	emotion.anger	irate*	confidence=0.95
en.anger.fuming	emotion.anger	fuming	confidence=0.95
en.anger.seething	emotion.anger	seething
en.anger.outraged	emotion.anger	outraged	confidence=0.95
en.anger.outrageous	emotion.anger	outrageous
en.anger.outrage	emotion.anger	outrage	confidence=0.85
en.anger.infuriat_w	emotion.anger	infuriat*	confidence=0.95
en.anger.enrag_w	emotion.anger	enrag*	confidence=0.95
en.anger.mad	emotion.anger	mad	confidence=0.6
en.anger.pissed	emotion.anger	pissed	confidence=0.95
en.anger.fed_up	emotion.anger	fed up	confidence=0.95
en.anger.cant_go_on_like_this	emotion.anger	{can't|cant|cannot} {go|carry} on like this	confidence=0.85
en.anger.sick_of	emotion.anger	sick of
en.anger.sick_and_tired	emotion.anger	sick and tired	confidence=0.95
en.anger.tired_of	emotion.anger	tired of	confidence=0.8
en.anger.had_enough	emotion.anger	had enough
en.anger.had_it_with	emotion.anger	had it with
en.anger.enough_is_enough	emotion.anger	enough is enough	confidence=0.95
en.anger.annoyed	emotion.anger	annoyed	confidence=0.85
en.anger.annoying	emotion.anger	annoying	confidence=0.8
en.anger.irritat_w	emotion.anger	irritat*	confidence=0.8
en.anger.frustrat_w	emotion.anger	frustrat*	confidence=0.85
en.anger.disgust_w	emotion.anger	disgust*
en.anger.disgrace_w	emotion.anger	disgrace*
en.anger.ridiculous	emotion.anger	ridiculous	confidence=0.85
en.anger.absolutely_absurd	emotion.anger	absolutely absurd
en.anger.completely_absurd	emotion.anger	completely absurd
en.anger.utterly_absurd	emotion.anger	utterly absurd
en.anger.this_is_absurd	emotion.anger	this is absurd	confidence=0.85
en.anger.that_is_absurd	emotion.anger	that is absurd	confidence=0.85
en.anger.so_absurd	emotion.anger	so absurd	confidence=0.8
en.anger.unacceptable	emotion.anger	unacceptable	confidence=0.85
en.anger.not_acceptable	emotion.anger	not acceptable	confidence=0.8
en.anger.appalling	emotion.anger	appalling	confidence=0.85
en.anger.appalled	emotion.anger	appalled
en.anger.horrible	emotion.anger	horrible	confidence=0.7
en.anger.terrible	emotion.anger	terrible	confidence=0.7
en.anger.awful	emotion.anger	awful	confidence=0.7
en.anger.worst	emotion.anger	worst	confidence=0.75
en.anger.useless	emotion.anger	useless	confidence=0.8
en.anger.pathetic	emotion.anger	pathetic
en.anger.incompeten_w	emotion.anger	incompeten*	confidence=0.85
en.anger.a_joke	emotion.anger	a joke	confidence=0.7
en.anger.scam	emotion.anger	scam	confidence=0.8
en.anger.scammers	emotion.anger	scammers	confidence=0.85
en.anger.rip_off	emotion.anger	rip off	confidence=0.85
en.anger.ripoff	emotion.anger	ripoff	confidence=0.85
en.anger.ripped_off	emotion.anger	ripped off	confidence=0.85
en.anger.wtf	emotion.anger	wtf
en.anger.damn	emotion.anger	damn	confidence=0.6
en.anger.dammit	emotion.anger	dammit	confidence=0.8
en.anger.damnit	emotion.anger	damnit	confidence=0.8
en.anger.fuck_w	emotion.anger	fuck*	confidence=0.85
en.anger.fking	emotion.anger	fking*	confidence=0.85
en.anger.fcking	emotion.anger	fcking*	confidence=0.85
en.anger.freaking	emotion.anger	freaking	confidence=0.6
en.anger.bloody	emotion.anger	bloody	confidence=0.6
en.anger.shit_w	emotion.anger	shit*	confidence=0.75
en.anger.crap	emotion.anger	crap	confidence=0.7
en.anger.bullshit	emotion.anger	bullshit
en.anger.hate_you	emotion.anger	hate you
en.anger.hate_your	emotion.anger	hate your	confidence=0.85
en.anger.hate_this	emotion.anger	hate this	confidence=0.75
en.anger.screw_you	emotion.anger	screw you	confidence=0.95
en.anger.how_dare_you	emotion.anger	how dare you	confidence=0.95
en.anger.shame_on_you	emotion.anger	shame on you
en.anger.insult_w	emotion.anger	insult*	confidence=0.75
en.anger.losing_x_patience	emotion.anger	losing ... patience
en.anger.lost_x_patience	emotion.anger	lost ... patience
en.anger.out_of_patience	emotion.anger	out of patience
en.anger.wearing_thin	emotion.anger	wearing thin	confidence=0.8
en.anger.wits_end	emotion.anger	wits end
en.anger.last_straw	emotion.anger	last straw
en.anger.final_straw	emotion.anger	final straw
en.anger.raging	emotion.anger	raging*	confidence=0.8
en.anger.rubbish	emotion.anger	rubbish	confidence=0.65
en.anger.garbage	emotion.anger	garbage	confidence=0.7
en.anger.nonsense	emotion.anger	nonsense	confidence=0.7
en.anger.shameful	emotion.anger	shameful	confidence=0.85
en.anger.scandal_w	emotion.anger	scandal*	confidence=0.75
en.anger.idiots	emotion.anger	idiots	confidence=0.85
en.anger.morons	emotion.anger	morons
en.anger.stupid	emotion.anger	stupid	confidence=0.7
en.anger.never_been_so_angry	emotion.anger	never been so angry
en.anger.never_been_this_angry	emotion.anger	never been this angry
en.anger.never_been_so_frustrated	emotion.anger	never been so frustrated
en.anger.never_been_more_frustrated	emotion.anger	never been more frustrated
en.anger.never_been_so_annoyed	emotion.anger	never been so annoyed

# emotion.disappointment: let down, sad, dissatisfied
en.disappoint.this_is_embarrassing	emotion.disappointment	{this|that|it} is {embarrassing|shameful|disgraceful}	confidence=0.8
en.disappoint.disappoint_w	emotion.disappointment	disappoint*	confidence=0.95
en.disappoint.let_down	emotion.disappointment	let down
en.disappoint.let_me_down	emotion.disappointment	let me down	confidence=0.95
en.disappoint.let_us_down	emotion.disappointment	let us down	confidence=0.95
en.disappoint.letdown	emotion.disappointment	letdown
en.disappoint.sad	emotion.disappointment	sad	confidence=0.8
en.disappoint.saddened	emotion.disappointment	saddened
en.disappoint.unhappy	emotion.disappointment	unhappy	confidence=0.85
en.disappoint.not_happy	emotion.disappointment	not happy	confidence=0.85
en.disappoint.not_satisfied	emotion.disappointment	not satisfied	confidence=0.85
en.disappoint.dissatisf_w	emotion.disappointment	dissatisf*
en.disappoint.unsatisfied	emotion.disappointment	unsatisfied	confidence=0.85
en.disappoint.not_impressed	emotion.disappointment	not impressed	confidence=0.85
en.disappoint.unimpressed	emotion.disappointment	unimpressed	confidence=0.85
en.disappoint.not_good_enough	emotion.disappointment	not good enough	confidence=0.8
en.disappoint.expected_better	emotion.disappointment	expected better
en.disappoint.expected_more	emotion.disappointment	expected more	confidence=0.85
en.disappoint.hoped_for_better	emotion.disappointment	hoped for better	confidence=0.85
en.disappoint.had_high_hopes	emotion.disappointment	had high hopes	confidence=0.85
en.disappoint.used_to_be_good	emotion.disappointment	used to be good	confidence=0.85
en.disappoint.used_to_be_great	emotion.disappointment	used to be great	confidence=0.85
en.disappoint.used_to_be_x_better	emotion.disappointment	used to be ... better	confidence=0.75
en.disappoint.what_it_used_to_be	emotion.disappointment	what it used to be	confidence=0.85
en.disappoint.gone_downhill	emotion.disappointment	gone downhill
en.disappoint.went_downhill	emotion.disappointment	went downhill
en.disappoint.going_downhill	emotion.disappointment	going downhill	confidence=0.85
en.disappoint.heartbroken	emotion.disappointment	heartbroken
en.disappoint.heartbreaking	emotion.disappointment	heartbreaking	confidence=0.8
en.disappoint.what_a_shame	emotion.disappointment	what a shame	confidence=0.8
en.disappoint.such_a_shame	emotion.disappointment	such a shame	confidence=0.8
en.disappoint.what_a_pity	emotion.disappointment	what a pity	confidence=0.75
en.disappoint.bummed	emotion.disappointment	bummed	confidence=0.8
en.disappoint.gutted	emotion.disappointment	gutted	confidence=0.85
en.disappoint.upset	emotion.disappointment	upset	confidence=0.8
en.disappoint.upsetting	emotion.disappointment	upsetting	confidence=0.75
en.disappoint.betrayed	emotion.disappointment	betrayed	confidence=0.85
en.disappoint.underwhelm_w	emotion.disappointment	underwhelm*	confidence=0.85
en.disappoint.disillusioned	emotion.disappointment	disillusioned	confidence=0.85
en.disappoint.lost_faith	emotion.disappointment	lost faith	confidence=0.85
en.disappoint.lost_x_trust	emotion.disappointment	lost ... trust	confidence=0.8
en.disappoint.lost_confidence	emotion.disappointment	lost confidence	confidence=0.8
en.disappoint.regret_w	emotion.disappointment	regret*	confidence=0.6
en.disappoint.waste_of_money	emotion.disappointment	waste of money	confidence=0.75
en.disappoint.not_worth_it	emotion.disappointment	not worth it	confidence=0.7
en.disappoint.sadly	emotion.disappointment	sadly	confidence=0.6
en.disappoint.not_recommend	emotion.disappointment	not recommend	confidence=0.85
en.disappoint.wouldnt_recommend_ap	emotion.disappointment	wouldn't recommend	confidence=0.85
en.disappoint.wouldnt_recommend	emotion.disappointment	wouldnt recommend	confidence=0.85
en.disappoint.would_never_recommend	emotion.disappointment	would never recommend	confidence=0.85
en.disappoint.dont_recommend_ap	emotion.disappointment	don't recommend	confidence=0.85
en.disappoint.dont_recommend	emotion.disappointment	dont recommend	confidence=0.85
en.disappoint.do_not_recommend	emotion.disappointment	do not recommend	confidence=0.85
en.disappoint.cant_recommend_ap	emotion.disappointment	can't recommend	confidence=0.8
en.disappoint.cannot_recommend	emotion.disappointment	cannot recommend	confidence=0.8
en.disappoint.never_been_so_disappointed	emotion.disappointment	never been so disappointed
en.disappoint.never_been_more_disappointed	emotion.disappointment	never been more disappointed
en.disappoint.never_been_this_disappointed	emotion.disappointment	never been this disappointed

# public.exposure: public channel, @brand mention, threat to post, review or go viral
en.public.tell_everyone	public.exposure	tell everyone
en.public.telling_everyone	public.exposure	telling everyone
en.public.tell_x_friends	public.exposure	tell ... friends	confidence=0.8
en.public.tell_x_followers	public.exposure	tell* ... followers
en.public.let_everyone_know	public.exposure	let everyone know
en.public.everyone_will_know	public.exposure	everyone will know	confidence=0.85
en.public.everyone_should_know	public.exposure	everyone should know	confidence=0.85
en.public.warn_everyone	public.exposure	warn everyone
en.public.warn_x_others	public.exposure	warn* ... others	confidence=0.85
en.public.warn_people	public.exposure	warn* people	confidence=0.85
en.public.social_media	public.exposure	social media	confidence=0.85;alone=no
en.public.post_x_online	public.exposure	post* ... online	confidence=0.85
en.public.post_this_on	public.exposure	post* this on	confidence=0.85
en.public.post_about_this	public.exposure	post* about this	confidence=0.85
en.public.share_this_on	public.exposure	share this on	confidence=0.8
en.public.go_viral	public.exposure	go viral
en.public.goes_viral	public.exposure	goes viral
en.public.going_viral	public.exposure	going viral
en.public.make_x_viral	public.exposure	make ... viral	confidence=0.85
en.public.tweet_about	public.exposure	tweet* about	confidence=0.85
en.public.post_x_facebook	public.exposure	post* ... facebook	confidence=0.85
en.public.post_x_twitter	public.exposure	post* ... twitter	confidence=0.85
en.public.post_x_instagram	public.exposure	post* ... instagram	confidence=0.85
en.public.post_x_reddit	public.exposure	post* ... reddit	confidence=0.85
en.public.post_x_tiktok	public.exposure	post* ... tiktok	confidence=0.85
en.public.share_x_facebook	public.exposure	share* ... facebook	confidence=0.8
en.public.share_x_twitter	public.exposure	share* ... twitter	confidence=0.8
en.public.put_this_on_x_twitter	public.exposure	put this on ... twitter	confidence=0.85
en.public.trustpilot	public.exposure	trustpilot	confidence=0.85
en.public.yelp	public.exposure	yelp	confidence=0.8
en.public.google_review_w	public.exposure	google review*	confidence=0.85
en.public.bad_review_w	public.exposure	bad review*
en.public.negative_review_w	public.exposure	negative review*
en.public.one_star	public.exposure	one star	confidence=0.85
en.public.1_star	public.exposure	1 star	confidence=0.85
en.public.zero_stars	public.exposure	zero stars	confidence=0.85
en.public.better_business_bureau	public.exposure	better business bureau
en.public.consumer_protection	public.exposure	consumer protection	confidence=0.6
en.public.the_press	public.exposure	the press	confidence=0.7
en.public.journalist_w	public.exposure	journalist*	confidence=0.8
en.public.go_to_the_media	public.exposure	go to the media	confidence=0.9
en.public.contact_the_media	public.exposure	contact the media	confidence=0.85
en.public.tell_the_media	public.exposure	tell the media	confidence=0.85
en.public.blog_about	public.exposure	blog about	confidence=0.85
en.public.expose_you	public.exposure	expose you
en.public.name_and_shame	public.exposure	name and shame
en.public.publicly	public.exposure	publicly	confidence=0.8
en.public.make_this_public	public.exposure	make this public
en.public.go_public	public.exposure	go public
en.public.my_followers	public.exposure	my followers	confidence=0.85
# warning others off: word of mouth against the brand
en.public.told_x_to_avoid	public.exposure	{told|telling|tell|warned|warning|warn|advised|advising} ... {friends|family|everyone|colleagues|people|followers} ... avoid	confidence=0.8
# legal threats and regulators: the complaint leaves the support channel
en.public.sue_you	public.exposure	{sue|suing} {you|your|the|them}	confidence=0.85
en.public.legal_action	public.exposure	{take|taking|pursue|pursuing|consider|considering|begin|start|starting} legal action	confidence=0.85
en.public.small_claims	public.exposure	small claims	confidence=0.85
en.public.take_you_to_court	public.exposure	take you to court	confidence=0.9
en.public.see_you_in_court	public.exposure	see you in court	confidence=0.85
en.public.my_lawyer	public.exposure	{my|our} {lawyer|lawyers|attorney|attorneys|solicitor|solicitors}	confidence=0.8;alone=no
en.public.lawyer_involved	public.exposure	{contact|contacting|call|calling|consult|consulting|speak|speaking|talk|talking|hear|hearing|involve|involving|instruct|instructing|get|getting} ... {lawyer|lawyers|attorney|attorneys|solicitor|solicitors}	confidence=0.85
en.public.lawyer_will	public.exposure	{lawyer|lawyers|attorney|attorneys|solicitor|solicitors} will	confidence=0.8
en.public.regulator	public.exposure	{report|reporting|complain|complaining|file|filing|contact|contacting} ... {fcc|ftc|cfpb|ofcom|ombudsman|regulator|attorney}	confidence=0.8
en.public.ombudsman	public.exposure	{to|contact|contacting|contacted|call|calling|write|writing|escalate|escalating|with|file|filing|report|reporting} ... ombudsman	confidence=0.8
en.public.consumer_body	public.exposure	consumer {protection|council|tribunal|affairs|association}	confidence=0.75

# urgency: needs help now
en.urgency.pls_help	urgency	pls help	confidence=0.6
en.urgency.plz_help	urgency	plz help	confidence=0.6
en.urgency.someone_help	urgency	someone help	confidence=0.75
en.urgency.somebody_help	urgency	somebody help	confidence=0.75
en.urgency.help_asap	urgency	help asap
en.urgency.sos	urgency	sos	confidence=0.85
en.urgency.asap_please	urgency	asap please
en.urgency.asap_pls	urgency	asap pls	confidence=0.85
en.urgency.please_asap	urgency	please asap
en.urgency.fix_x_asap	urgency	fix ... asap
en.urgency.need_x_asap	urgency	need ... asap	confidence=0.85
en.urgency.respond_asap	urgency	respond asap
en.urgency.reply_asap	urgency	reply asap
en.urgency.resolve_x_asap	urgency	resolve ... asap
en.urgency.urgen_w	urgency	urgen*	confidence=0.95
en.urgency.emergency	urgency	emergency	alone=no
en.urgency.an_emergency	urgency	{is|it's|its|have|having|had|got} {an|a} emergency
en.urgency.kind_of_emergency	urgency	{real|medical|family|genuine|total|absolute|complete} emergency
en.urgency.immediately	urgency	immediately	confidence=0.85;alone=no
en.urgency.immediate_w	urgency	immediate*	confidence=0.85
en.urgency.right_away	urgency	right away	confidence=0.8
en.urgency.straight_away	urgency	straight away	confidence=0.8;alone=no
en.urgency.this_minute	urgency	this minute	confidence=0.8
en.urgency.as_soon_as_possible	urgency	as soon as possible
en.urgency.hurry	urgency	hurry	confidence=0.8
en.urgency.critical	urgency	critical	confidence=0.75
en.urgency.time_sensitive	urgency	time sensitive
en.urgency.time_critical	urgency	time critical
en.urgency.need_x_today	urgency	need ... today	confidence=0.7
en.urgency.need_x_now	urgency	need ... now	confidence=0.75
en.urgency.fix_x_now	urgency	fix ... now	confidence=0.8
en.urgency.need_x_by_tomorrow	urgency	need ... by tomorrow	confidence=0.75
en.urgency.have_a_deadline	urgency	have a deadline	confidence=0.8
en.urgency.on_a_deadline	urgency	on a deadline	confidence=0.8
en.urgency.running_out_of_time	urgency	running out of time	confidence=0.85
en.urgency.desperate_w	urgency	desperate*	confidence=0.85
en.urgency.stranded	urgency	stranded	confidence=0.85
en.urgency.by_end_of_day	urgency	by {end|eod|close} {of|today|tonight}	confidence=0.75
# a date that will not wait: "I have a flight tomorrow"
en.urgency.flight_tomorrow	urgency	{flight|exam|interview|surgery|wedding|deadline|appointment} {tomorrow|tonight|today|in|starts|leaves|departs|begins}	confidence=0.7
en.urgency.cant_work_ap	urgency	can't work	confidence=0.7
en.urgency.cannot_work	urgency	cannot work	confidence=0.7
en.urgency.cant_work	urgency	cant work	confidence=0.7
en.urgency.losing_money	urgency	losing money	confidence=0.7
en.urgency.top_priority	urgency	top priority	confidence=0.85
en.urgency.high_priority	urgency	high priority	confidence=0.8
en.urgency.life_or_death	urgency	life or death

# ignored: nobody listens, waited long, passed around
en.ignored.does_anyone_read	ignored	{does|is|do} anyone ... {read|reading|listening|listen|there|care|working}	confidence=0.8
en.ignored.no_one_x_repl_w	ignored	no one ... repl*
en.ignored.no_one_x_respond_w	ignored	no one ... respond*
en.ignored.no_one_x_answer_w	ignored	no one ... answer*
en.ignored.no_one_x_listen_w	ignored	no one ... listen*
en.ignored.no_one_x_help_w	ignored	no one ... help*
en.ignored.no_one_x_get_back	ignored	no one ... get* back
en.ignored.no_one_x_call_back	ignored	no one ... call* back
en.ignored.no_one_cares	ignored	no one cares
en.ignored.nobody_x_repl_w	ignored	nobody ... repl*
en.ignored.nobody_x_respond_w	ignored	nobody ... respond*
en.ignored.nobody_x_answer_w	ignored	nobody ... answer*
en.ignored.nobody_x_listen_w	ignored	nobody ... listen*
en.ignored.nobody_x_help_w	ignored	nobody ... help*	confidence=0.85
en.ignored.nobody_x_get_back	ignored	nobody ... get* back
en.ignored.nobody_x_call_back	ignored	nobody ... call* back
en.ignored.nobody_cares	ignored	nobody cares
en.ignored.noone_x_repl_w	ignored	noone ... repl*
en.ignored.noone_x_respond_w	ignored	noone ... respond*
en.ignored.noone_x_answer_w	ignored	noone ... answer*
en.ignored.no_reply	ignored	no reply	confidence=0.85
en.ignored.no_response	ignored	no response	confidence=0.85
en.ignored.no_answer	ignored	no answer	confidence=0.8
en.ignored.no_callback	ignored	no callback	confidence=0.8
en.ignored.no_call_back	ignored	no call back	confidence=0.8
en.ignored.no_update_w	ignored	no update*	confidence=0.8
en.ignored.no_follow_up	ignored	no follow up	confidence=0.8
en.ignored.never_x_repl_w	ignored	never ... repl*	confidence=0.85
en.ignored.never_x_respond_w	ignored	never ... respond*	confidence=0.85
en.ignored.never_x_response	ignored	never ... response	confidence=0.85
en.ignored.never_x_answer_w	ignored	never ... answer*	confidence=0.8
en.ignored.never_heard_back	ignored	never heard back
en.ignored.never_got_back	ignored	never got back
en.ignored.never_called_back	ignored	never called back
en.ignored.didnt_reply_ap	ignored	didn't reply
en.ignored.didnt_reply	ignored	didnt reply
en.ignored.didnt_respond_ap	ignored	didn't respond
en.ignored.didnt_respond	ignored	didnt respond
en.ignored.didnt_answer_ap	ignored	didn't answer	confidence=0.85
en.ignored.didnt_answer	ignored	didnt answer	confidence=0.85
en.ignored.havent_heard_back_ap	ignored	haven't heard back
en.ignored.havent_heard_back	ignored	havent heard back
en.ignored.not_heard_back	ignored	not heard back
en.ignored.still_no_reply	ignored	still no reply
en.ignored.still_no_response	ignored	still no response
en.ignored.still_no_answer	ignored	still no answer
en.ignored.still_no_update_w	ignored	still no update*
en.ignored.still_havent_heard_ap	ignored	still haven't heard
en.ignored.still_havent_heard	ignored	still havent heard
en.ignored.still_waiting	ignored	still waiting	confidence=0.85
en.ignored.been_waiting	ignored	been waiting	confidence=0.8
en.ignored.waiting_x_n_day_w	ignored	waiting ... <num> day*
en.ignored.waiting_x_n_hour_w	ignored	waiting ... <num> hour*	confidence=0.8
en.ignored.waiting_x_n_week_w	ignored	waiting ... <num> week*
en.ignored.waited_x_n_day_w	ignored	waited ... <num> day*
en.ignored.waited_x_n_hour_w	ignored	waited ... <num> hour*	confidence=0.8
en.ignored.waited_x_n_week_w	ignored	waited ... <num> week*
en.ignored.waiting_x_a_week	ignored	waiting ... a week
en.ignored.waiting_x_a_month	ignored	waiting ... a month
en.ignored.waited_x_a_week	ignored	waited ... a week
en.ignored.waited_x_a_month	ignored	waited ... a month
en.ignored.waiting_x_weeks	ignored	waiting ... weeks
en.ignored.waiting_x_months	ignored	waiting ... months
en.ignored.waited_x_weeks	ignored	waited ... weeks
en.ignored.waited_x_months	ignored	waited ... months
en.ignored.waiting_x_days	ignored	waiting ... days	confidence=0.8
en.ignored.waited_x_days	ignored	waited ... days	confidence=0.8
en.ignored.on_hold_for	ignored	on hold for	confidence=0.85
en.ignored.hours_on_hold	ignored	hours on hold
en.ignored.hours_on_x_phone	ignored	hours on ... phone	confidence=0.85
en.ignored.passed_around	ignored	passed around
en.ignored.pass_me_around	ignored	pass* me around
en.ignored.bounced_around	ignored	bounced around
en.ignored.runaround	ignored	runaround
en.ignored.run_around	ignored	run around	confidence=0.8
en.ignored.department_to_department	ignored	department to department
en.ignored.agent_to_agent	ignored	agent to agent
en.ignored.transferred_x_times	ignored	transferred ... times	confidence=0.85
en.ignored.ignored	ignored	ignored
en.ignored.ignoring	ignored	ignoring	confidence=0.85
en.ignored.ignore_me	ignored	ignore* me
en.ignored.ignore_my	ignored	ignore* my
en.ignored.left_on_read	ignored	left on read
en.ignored.zero_replies	ignored	zero {replies|reply|response|responses|answers|answer|help|contact}	confidence=0.85
en.ignored.hung_up_on_me	ignored	{hung|hang|hangs} up on {me|us}	confidence=0.8
en.ignored.closed_x_without	ignored	{closed|ended|marked} ... {chat|ticket|case|complaint|request} ... without	confidence=0.85
# passed around: "explained this to five different agents"
en.ignored.n_different_agents	ignored	<num> different {agents|people|reps|representatives|departments|staff}	confidence=0.85; min=2
en.ignored.different_agents	ignored	{multiple|several|many} different {agents|people|reps|representatives|departments}	confidence=0.8
en.ignored.ghosted	ignored	ghosted
en.ignored.left_me_hanging	ignored	left me hanging	confidence=0.85
en.ignored.left_hanging	ignored	left hanging	confidence=0.85
en.ignored.doesnt_listen_ap	ignored	doesn't listen	confidence=0.8
en.ignored.dont_listen_ap	ignored	don't listen	confidence=0.8
en.ignored.dont_listen	ignored	dont listen	confidence=0.8
en.ignored.not_listening	ignored	not listening	confidence=0.8
en.ignored.deaf_ears	ignored	deaf ears
en.ignored.talking_to_a_wall	ignored	talking to a wall
en.ignored.brick_wall	ignored	brick wall	confidence=0.8
en.ignored.already_explained	ignored	already explained	confidence=0.8
en.ignored.explained_x_times	ignored	explained ... times	confidence=0.85
en.ignored.called_x_times	ignored	called ... times	confidence=0.8
# "called 3x": a count written with an x. Only after the effort it counts: alone, "3x" is as often a multiple
# ("3x faster", "3x the price").
en.ignored.effort_x_nx	ignored	{called|phoned|rang|emailed|messaged|contacted|chased|reported|complained|transferred|explained} ... <times>	confidence=0.8; min=2
en.ignored.emailed_x_times	ignored	emailed ... times	confidence=0.8
en.ignored.already_reported	ignored	already reported	confidence=0.7
en.ignored.didnt_even_bother_ap	ignored	didn't even bother	confidence=0.8
en.ignored.didnt_even_bother	ignored	didnt even bother	confidence=0.8
en.ignored.promised_to_call	ignored	promised to call	confidence=0.75
en.ignored.promised_x_call_back	ignored	promised ... call back	confidence=0.75
en.ignored.promised_x_callback	ignored	promised ... callback	confidence=0.75
en.ignored.callback_never_came	ignored	{callback|call|email|reply|response|technician|engineer} ... never {came|happened|arrived|showed}	confidence=0.8
# passed around by a bot or a menu: "going (round) in circles"
en.ignored.in_circles	ignored	{going|go|goes|run|running|sent|sending|send|keeps} ... circles	confidence=0.75
en.ignored.canned_response_w	ignored	canned response*	confidence=0.75
en.ignored.automated_reply	ignored	automated reply	confidence=0.7
en.ignored.talking_to_x_bot	ignored	talking to ... bot	confidence=0.7
en.ignored.you_dont_care_ap	ignored	you don't care	confidence=0.8
en.ignored.you_dont_care	ignored	you dont care	confidence=0.8

# value.at_risk: a large order, contract or renewal depends on this
en.value.big_order	value.at_risk	big order	confidence=0.85;alone=no
en.value.large_order	value.at_risk	large order	confidence=0.85;alone=no
en.value.huge_order	value.at_risk	huge order	confidence=0.85;alone=no
en.value.bulk_order	value.at_risk	bulk order	confidence=0.8;alone=no
en.value.big_client	value.at_risk	big client	confidence=0.7;alone=no
en.value.major_client	value.at_risk	major client	confidence=0.75;alone=no
en.value.contract_renewal	value.at_risk	contract renewal	confidence=0.85;alone=no
en.value.up_for_renewal	value.at_risk	up for renewal	confidence=0.85;alone=no
en.value.whether_to_renew	value.at_risk	whether to renew	confidence=0.85
en.value.renewal_is_coming_up	value.at_risk	renewal is coming up	confidence=0.8;alone=no
en.value.whole_company	value.at_risk	whole company	confidence=0.6;alone=no
en.value.entire_team	value.at_risk	entire team	confidence=0.6;alone=no
en.value.thousands_of_dollars	value.at_risk	thousands of dollars	confidence=0.8;alone=no
en.value.worth_of_business	value.at_risk	worth of business	confidence=0.8
en.value.million_dollar	value.at_risk	million dollar	confidence=0.8;alone=no
en.value.hundreds_of_units	value.at_risk	hundreds of units	confidence=0.8;alone=no
en.value.thousands_of_units	value.at_risk	thousands of units	confidence=0.85;alone=no
en.value.six_figure	value.at_risk	six figure	confidence=0.85;alone=no
en.value.seven_figure	value.at_risk	seven figure	confidence=0.85;alone=no
en.value.biggest_customer_w	value.at_risk	biggest customer*	confidence=0.8;alone=no
en.value.largest_customer_w	value.at_risk	largest customer*	confidence=0.8;alone=no
en.value.account_is_worth	value.at_risk	account is worth	confidence=0.85
en.value.depends_on_this	value.at_risk	depends on this	confidence=0.6
en.value.waiting_on_this	value.at_risk	{riding|rides|hinges|hinging|waiting} on this	confidence=0.7
# the size of the account in numbers, and money the problem costs
en.value.n_seats	value.at_risk	<num> {seats|licenses|licences}	confidence=0.75;alone=no
# a headcount on the service: "we have 200 employees on your platform" (ten or more; not stores or branches:
# "I went to 10 stores" is a shopper)
en.value.n_users	value.at_risk	<num> {employees|users|staff|lines|accounts|agents}	confidence=0.7; min=10;alone=no
en.value.enterprise_account	value.at_risk	enterprise {plan|account|customer|client|contract|license|licence}	confidence=0.7;alone=no
en.value.our_renewal	value.at_risk	our renewal	confidence=0.75;alone=no
en.value.costing_us	value.at_risk	costing us {money|business|customers|clients|sales|revenue|thousands}	confidence=0.85
en.value.losing_business	value.at_risk	losing {money|business|customers|clients|sales|revenue}	confidence=0.8
en.value.business_depends_on_it	value.at_risk	{business|company|livelihood|income|job|shop|store|clinic|practice} depends on {it|this|you}	confidence=0.8
# what the account is worth: "we spend over $50k a year with you"
en.value.spend_x_a_year	value.at_risk	{spend|spending|spent|pay|paying} ... {a|per|every} year	confidence=0.75;alone=no

# signal.downgrade: downgrading, auto-renew off, reducing use
en.downgrade.downgrad_w	signal.downgrade	downgrad*
en.downgrade.down_grade	signal.downgrade	down grade	confidence=0.8
en.downgrade.cheaper_plan	signal.downgrade	cheaper plan	confidence=0.85
en.downgrade.lower_plan	signal.downgrade	lower plan	confidence=0.85
en.downgrade.smaller_plan	signal.downgrade	smaller plan	confidence=0.85
en.downgrade.cheapest_plan	signal.downgrade	cheapest plan	confidence=0.8
en.downgrade.lowest_plan	signal.downgrade	lowest plan	confidence=0.8
en.downgrade.to_the_free_plan	signal.downgrade	to the free plan	confidence=0.8
en.downgrade.to_a_free_plan	signal.downgrade	to a free plan	confidence=0.8
en.downgrade.to_the_basic_plan	signal.downgrade	{to|onto} {a|the} basic {plan|tier|package|level|bundle}	confidence=0.8
en.downgrade.auto_renew_off	signal.downgrade	auto renew* off	confidence=0.85
en.downgrade.no_auto_renew_w	signal.downgrade	no auto renew*	confidence=0.8
en.downgrade.turn_off_x_auto_renew_w	signal.downgrade	turn* off ... auto renew*
en.downgrade.disable_x_auto_renew_w	signal.downgrade	disable ... auto renew*
en.downgrade.cancel_x_auto_renew_w	signal.downgrade	cancel ... auto renew*
en.downgrade.stop_x_auto_renew_w	signal.downgrade	stop ... auto renew*
en.downgrade.reduce_x_plan	signal.downgrade	reduce ... plan	confidence=0.8
en.downgrade.lower_tier	signal.downgrade	{lower|cheaper|smaller} {tier|plan|package|level|bundle}	confidence=0.8
en.downgrade.pause_x_membership	signal.downgrade	{pause|freeze|suspend} ... {membership|plan|service|subscription|account}	confidence=0.85
en.downgrade.reduc_x_seats	signal.downgrade	reduc* ... seats	confidence=0.85
en.downgrade.fewer_seats	signal.downgrade	fewer seats	confidence=0.85
en.downgrade.fewer_licen_w	signal.downgrade	fewer licen*	confidence=0.85
en.downgrade.remove_x_seats	signal.downgrade	remove* ... seats	confidence=0.8
en.downgrade.pause_x_subscription	signal.downgrade	pause ... subscription	confidence=0.85
en.downgrade.pause_my_account	signal.downgrade	pause my account	confidence=0.8
en.downgrade.suspend_my_account	signal.downgrade	suspend my account	confidence=0.7
en.downgrade.cut_back	signal.downgrade	cut back	confidence=0.7
en.downgrade.scale_back	signal.downgrade	scale back	confidence=0.8
en.downgrade.scale_down	signal.downgrade	scale down	confidence=0.8
en.downgrade.drop_x_premium	signal.downgrade	drop ... premium	confidence=0.8
en.downgrade.cancel_x_premium	signal.downgrade	cancel ... premium	confidence=0.75
en.downgrade.cancel_x_add_on	signal.downgrade	cancel ... add on	confidence=0.75
en.downgrade.cancel_x_add_ons	signal.downgrade	cancel ... add ons	confidence=0.75
en.downgrade.remove_x_add_on	signal.downgrade	remove ... add on	confidence=0.7
en.downgrade.remove_x_add_ons	signal.downgrade	remove ... add ons	confidence=0.7

# change.unannounced: rules, prices or account manager changed without notice
en.unannounced.without_telling	change.unannounced	without telling	confidence=0.85
en.unannounced.without_notice	change.unannounced	without notice
en.unannounced.without_any_notice	change.unannounced	without any notice
en.unannounced.without_notify_w	change.unannounced	without notify*
en.unannounced.without_warning	change.unannounced	without warning	confidence=0.85
en.unannounced.without_any_warning	change.unannounced	without {any|a|prior} {warning|notification|heads}	confidence=0.85
en.unannounced.without_informing	change.unannounced	without informing
en.unannounced.without_asking	change.unannounced	without asking	confidence=0.75
en.unannounced.no_notice	change.unannounced	no notice	confidence=0.8
en.unannounced.no_warning	change.unannounced	no warning	confidence=0.75
en.unannounced.never_told	change.unannounced	never told	confidence=0.75
en.unannounced.never_informed	change.unannounced	never informed	confidence=0.85
en.unannounced.never_notified	change.unannounced	never notified	confidence=0.85
en.unannounced.nobody_told_me	change.unannounced	nobody told me	confidence=0.85
en.unannounced.no_one_told_me	change.unannounced	no one told me	confidence=0.85
en.unannounced.no_one_informed	change.unannounced	no one informed	confidence=0.85
en.unannounced.not_informed	change.unannounced	not informed	confidence=0.8
en.unannounced.wasnt_informed_ap	change.unannounced	wasn't informed	confidence=0.85
en.unannounced.wasnt_informed	change.unannounced	wasnt informed	confidence=0.85
en.unannounced.not_notified	change.unannounced	not notified	confidence=0.8
en.unannounced.changed_the_rules	change.unannounced	changed the rules	confidence=0.85
en.unannounced.changed_x_policy	change.unannounced	changed ... policy	confidence=0.7
en.unannounced.changed_x_terms	change.unannounced	changed ... terms	confidence=0.7
en.unannounced.changed_my_x_manager	change.unannounced	changed my ... manager	confidence=0.8
en.unannounced.raised_x_price_w	change.unannounced	raised ... price*	confidence=0.7
en.unannounced.price_hike	change.unannounced	price hike	confidence=0.7
en.unannounced.silently	change.unannounced	silently	confidence=0.7
en.unannounced.behind_my_back	change.unannounced	behind my back	confidence=0.8
en.unannounced.quietly_changed	change.unannounced	quietly changed	confidence=0.85
en.unannounced.start_charging	change.unannounced	{start|started|starting} charging {for|me|us|extra}	confidence=0.8
en.unannounced.without_consent	change.unannounced	without {my|our|any} {consent|permission|approval|agreement|authorization|authorisation|knowledge}	confidence=0.8
en.unannounced.removed_x_feature	change.unannounced	{removed|took|dropped|cut} ... {feature|features|channel|channels|benefit|benefits|perk|perks}	confidence=0.75
en.unannounced.unannounced	change.unannounced	unannounced
en.unannounced.unilaterally	change.unannounced	unilaterally	confidence=0.85
en.unannounced.goalpost_w	change.unannounced	goalpost*	confidence=0.8

# positive.suggestion: a collaborative idea for the brand
en.suggestion.would_be_handy	positive.suggestion	would be ... {handy|useful|convenient|helpful}	confidence=0.75
en.suggest.you_should_also	positive.suggestion	you should also	confidence=0.85
en.suggest.you_should_add	positive.suggestion	you should add	confidence=0.85
en.suggest.you_should_offer	positive.suggestion	you should offer	confidence=0.85
en.suggest.you_could_add	positive.suggestion	you could {add|offer|introduce|include|provide|bring|consider|launch|stock}	confidence=0.8
en.suggest.would_be_great_if	positive.suggestion	would be great if	confidence=0.85
en.suggest.would_be_nice_if	positive.suggestion	would be nice if	confidence=0.8
en.suggest.would_be_awesome_if	positive.suggestion	would be awesome if	confidence=0.85
en.suggest.itd_be_great_ap	positive.suggestion	it'd be great	confidence=0.8
en.suggest.itd_be_great	positive.suggestion	itd be great	confidence=0.8
en.suggest.would_love_to_see	positive.suggestion	would love to see
en.suggest.would_love_it_if	positive.suggestion	would love it if	confidence=0.85
en.suggest.suggestion	positive.suggestion	suggestion	confidence=0.7
en.suggest.i_suggest	positive.suggestion	i suggest	confidence=0.75
en.suggest.just_an_idea	positive.suggestion	just an idea	confidence=0.8
en.suggest.feature_request	positive.suggestion	feature request	confidence=0.85
en.suggest.how_about_adding	positive.suggestion	how about adding
en.suggest.what_about_adding	positive.suggestion	what about adding	confidence=0.85
en.suggest.why_not_add	positive.suggestion	why not add	confidence=0.7
en.suggest.consider_adding	positive.suggestion	consider adding
en.suggest.hope_you_add	positive.suggestion	hope you add	confidence=0.8
en.suggest.cc_at	positive.suggestion	cc <handle>	confidence=0.7

# positive.advocacy: praise, recommends the brand
en.advocacy.you_are_amazing	positive.advocacy	{you|guys|y'all|team} are {amazing|awesome|fantastic|brilliant|wonderful|legends|stars|superb}	confidence=0.8
en.advocacy.best_support_ever	positive.advocacy	best {support|service|team|experience|company} ever	confidence=0.9
en.advocacy.always_recommend	positive.advocacy	always recommend
en.advocacy.highly_recommend	positive.advocacy	highly recommend
en.advocacy.would_recommend	positive.advocacy	would recommend	confidence=0.85
en.advocacy.recommend_you	positive.advocacy	recommend you	confidence=0.8
en.advocacy.recommend_x_to_everyone	positive.advocacy	recommend* ... to everyone
en.advocacy.love_you_guys	positive.advocacy	love you guys
en.advocacy.love_you	positive.advocacy	love you	confidence=0.8
en.advocacy.love_your	positive.advocacy	love your	confidence=0.8
en.advocacy.you_rock	positive.advocacy	you rock
en.advocacy.you_guys_are_the_best	positive.advocacy	you guys are the best	confidence=0.85
en.advocacy.best_x_service	positive.advocacy	best ... service	confidence=0.8
en.advocacy.great_service	positive.advocacy	great service	confidence=0.85
en.advocacy.excellent_service	positive.advocacy	excellent service
en.advocacy.amazing_service	positive.advocacy	amazing service
en.advocacy.great_job	positive.advocacy	great job	confidence=0.85
en.advocacy.well_done	positive.advocacy	well done	confidence=0.75
en.advocacy.kudos	positive.advocacy	kudos
en.advocacy.shout_out	positive.advocacy	shout out	confidence=0.85
en.advocacy.shoutout	positive.advocacy	shoutout	confidence=0.85
en.advocacy.very_impressed	positive.advocacy	very impressed	confidence=0.85
en.advocacy.really_impressed	positive.advocacy	really impressed	confidence=0.85
en.advocacy.so_impressed	positive.advocacy	so impressed	confidence=0.85
en.advocacy.superb	positive.advocacy	superb	confidence=0.8
en.advocacy.five_stars	positive.advocacy	five stars	confidence=0.8
en.advocacy.five_star	positive.advocacy	five star	confidence=0.75
en.advocacy.happy_customer	positive.advocacy	happy customer	confidence=0.85
en.advocacy.satisfied_customer	positive.advocacy	satisfied customer	confidence=0.85
en.advocacy.big_fan	positive.advocacy	big fan
en.advocacy.huge_fan	positive.advocacy	huge fan
en.advocacy.keep_it_up	positive.advocacy	keep it up	confidence=0.85
en.advocacy.keep_up_x_good_work	positive.advocacy	keep up ... good work
en.advocacy.never_disappoint_w	positive.advocacy	never disappoint*
en.advocacy.best_in_the_business	positive.advocacy	best in the business
# switching away, general forms (added with the golden review)
en.switch.switching_to_another	churn.switch	switching to another	confidence=0.85
en.switch.switch_to_another	churn.switch	switch to another	confidence=0.8
en.switch.moving_to_another	churn.switch	moving to another	confidence=0.85
en.switch.go_to_another	churn.switch	go to another ... provider	confidence=0.85

# Everyday support wording (a probe of 128 messages found 73 missing)
# churn.cancel
en.cancel.terminate_x_agreement	churn.cancel	{terminate|terminating|cancel|cancelling|canceling} ... {agreement|tenancy|broadband|policy}	confidence=0.8
en.cancel.will_not_be_renewing	churn.cancel	not be renewing	confidence=0.85
en.cancel.cancel_my_sub	churn.cancel	{cancel|cancelling|canceling|cancelled|canceled} my {sub|subs}	confidence=0.85
en.cancel.wont_be_coming_back	churn.cancel	{won't|wont|not|never} be {coming|returning} back	confidence=0.75
en.cancel.never_coming_back	churn.cancel	never {coming|come|returning|return|going} back	confidence=0.75
en.cancel.finished_with_x_app	churn.cancel	{done|finished|through} with {your|this|you} {app|bank|airline|provider|network|store|shop|brand|carrier|platform|website|firm}	confidence=0.8
en.cancel.delete_my_profile	churn.cancel	{delete|deleting|erase} my {profile|data}	confidence=0.75
en.cancel.never_flying_with_you	churn.cancel	never {fly|flying|shop|shopping|order|ordering|buy|buying|bank|banking|book|booking|use|using|travel|travelling|traveling} with {you|your|them}	confidence=0.85
# churn.switch
en.switch.rival_provider	churn.switch	{rival|rivals} {company|companies|supplier|suppliers|provider|providers|firm|brand|bank|airline|network|store|shop|service|retailer|energy|broadband|insurer}	confidence=0.8
en.switch.another_lender	churn.switch	{another|different} {lender|insurer|supplier|retailer|broker}	confidence=0.75
en.switch.taking_my_number_to	churn.switch	{taking|take|moving|porting|bringing} my number elsewhere	confidence=0.75
en.switch.comparing_other_providers	churn.switch	{comparing|considering|trying|exploring|checking} ... other ... {providers|services|companies|banks|networks|apps|brands|airlines|suppliers|carriers|retailers|insurers|lenders}	confidence=0.75
# loyalty.tenure
en.tenure.shopping_with_you_since	loyalty.tenure	{shopped|shopping|banked|banking|flown|flying|ordering|ordered} with you ... since	confidence=0.8
en.tenure.long_time_subscriber	loyalty.tenure	long {time|standing|term} {subscriber|member|client|patron|shopper|passenger|policyholder|cardholder}	confidence=0.85
# loyalty.referrals
en.referral.recommended_your_x_to	loyalty.referrals	{recommended|referred} {your|this|you} ... to {my|friends|family|everyone|people|others|colleagues|loads|lots|many|all|so}	confidence=0.8
en.referral.talked_x_into_joining	loyalty.referrals	{friends|family|colleagues|coworkers|parents|mum|mom|dad|sister|brother|wife|husband|partner|neighbours|neighbors|team} into {signing|joining|switching|subscribing}	confidence=0.85
en.referral.joined_because_of_me	loyalty.referrals	{joined|signed|switched|subscribed|came|moved} ... because of me	confidence=0.8
en.referral.used_my_referral_code	loyalty.referrals	{used|shared|sent|gave|given} my {referral|referal} {code|link}	confidence=0.75
# repeat.failure
en.repeat.drops_every_evening	repeat.failure	{drops|dropping|cuts|cutting|crashes|crashing|disconnects|disconnecting|freezes|freezing|fails|failing|dies|dying} ... every {day|evening|night|morning|week|hour|afternoon|weekend}	confidence=0.8
en.repeat.same_thing_happened	repeat.failure	same {thing|problem|issue|fault} {happened|happens|happening}	confidence=0.85
en.repeat.yet_another	repeat.failure	yet another {outage|delay|failure|problem|issue|error|fault|breakdown|crash|cancellation|cancelation|disconnection|excuse|mistake|wrong|late|missed|missing|broken|failed|cancelled|canceled|delayed|bill|charge|call|email|complaint}	confidence=0.85
en.repeat.once_more	repeat.failure	{failed|declined|broke|broken|down|crashed|delayed|cancelled|canceled|late|missing|wrong|dropped|stuck|frozen|charged|happened} once more	confidence=0.8
# public.exposure
en.public.review_sites	public.exposure	{every|all} review {site|sites|website|websites|platform|platforms}	confidence=0.8
en.public.share_my_experience	public.exposure	{share|sharing|post|posting} my experience	confidence=0.75
en.public.screenshots_online	public.exposure	{screenshot|screenshots|screenshotted|screenshotting} ... {on|to} {twitter|facebook|instagram|reddit|tiktok|linkedin|socials}	confidence=0.8
en.public.write_review_on	public.exposure	{write|writing|wrote|written|leave|leaving|left|post|posting|posted|put|putting} ... review ... {google|trustpilot|yelp|tripadvisor|facebook|online|everywhere}	confidence=0.7
en.public.trading_standards	public.exposure	trading standards	confidence=0.85
en.public.report_you_to	public.exposure	{report|reporting|reported} you to	confidence=0.85
en.public.make_a_video_about	public.exposure	{make|making|do|doing|film|filming|post|posting|record|recording} a {tiktok|video|thread|reel} about	confidence=0.75
# urgency
en.urgency.within_the_hour	urgency	within the hour	confidence=0.75
en.urgency.send_someone_now	urgency	send someone {now|today|asap|tonight|immediately|urgently}	confidence=0.8
en.urgency.resolved_before_day	urgency	{resolved|fixed|sorted|done} ... {by|before} {tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday}	confidence=0.65
en.urgency.due_today	urgency	due {today|tonight|tomorrow}	confidence=0.65
# ignored
en.ignored.transferring_me_to_departments	ignored	{transferring|transferred|passing|passed|bouncing|bounced|sending|sent|keep} me ... {different|another|other} {department|departments|agent|agents|person|team|teams}	confidence=0.8
en.ignored.contacted_me_yet	ignored	{contacted|called|emailed|rung|phoned|messaged|replied|responded|answered} {me|us} yet	confidence=0.75
en.ignored.hasnt_contacted_me	ignored	{hasn't|hasnt|haven't|havent} {contacted|called|emailed|rung|phoned|messaged|replied|responded} {me|us}	confidence=0.75
en.ignored.has_not_contacted_me	ignored	not {contacted|called|emailed|rung|phoned|messaged|replied|responded} {me|us}	confidence=0.75
en.ignored.unanswered	ignored	unanswered	confidence=0.85
en.ignored.said_theyd_ring_me_back	ignored	{told|said|promised|assured} ... {ring|call|phone|get|email} {me|us} back	confidence=0.7
# value.at_risk
en.value.company_of_n_people	value.at_risk	{company|business|firm|team|organisation|organization} of <num> {people|employees|staff|users}	confidence=0.75; min=10;alone=no
en.value.contract_is_worth	value.at_risk	{contract|account|partnership} ... {is|was} worth	confidence=0.8
en.value.n_units	value.at_risk	<num> {units|pallets|crates}	confidence=0.7; min=20;alone=no
en.value.reconsidering_partnership	value.at_risk	reconsider* ... {partnership|contract|relationship|account|business|suppliers|supplier|vendors}	confidence=0.8
en.value.reviewing_suppliers	value.at_risk	{reviewing|reevaluating} {all|our} ... {suppliers|vendors|providers}	confidence=0.75
en.value.fleet_of_n	value.at_risk	fleet of <num>	confidence=0.75;alone=no
en.value.costing_my_business	value.at_risk	costing {my|our|the} {business|company|firm|shop|store|clinic|practice}	confidence=0.8
# signal.downgrade
en.downgrade.drop_x_channels	signal.downgrade	{drop|dropping} {the|my|some|all|those|these} ... {channels|channel|bundle|extras|addon|addons|boost}	confidence=0.75
en.downgrade.reduce_my_allowance	signal.downgrade	{reduce|reducing|lower|lowering|decrease|decreasing} my ... {allowance|package|bundle|tier|subscription|membership|seats|licences|licenses|cover|coverage}	confidence=0.8
en.downgrade.dont_auto_renew	signal.downgrade	{don't|dont} auto renew*	confidence=0.85
en.downgrade.do_not_auto_renew	signal.downgrade	do not auto renew*	confidence=0.85
en.downgrade.membership_on_hold	signal.downgrade	{put|putting} my ... {membership|subscription|plan|contract|account} on hold	confidence=0.8
en.downgrade.use_the_free_version	signal.downgrade	{use|using|stick|switch|switching|go|going|back|move|moving|revert|reverting} ... {free|basic|lite} {version|tier|account|option}	confidence=0.75
# change.unannounced
en.unannounced.put_price_up	change.unannounced	{put|putting|bumped|hiked|jacked} ... {price|prices|bill|premium|rent|rate|rates|fee|fees|tariff} up	confidence=0.7
en.unannounced.without_anyone_letting	change.unannounced	without {anyone|anybody|you|even|first|ever} {telling|letting|informing|notifying|asking|warning}	confidence=0.8
en.unannounced.without_any_explanation	change.unannounced	without {any|an|a|further|prior|proper} {explanation|reason|justification}	confidence=0.7
en.unannounced.suddenly_charges	change.unannounced	suddenly {charge|charges|charging|charged|increased|raised|removed}	confidence=0.75
en.unannounced.nobody_bothered_to_tell	change.unannounced	{nobody|noone} ... {tell|told|inform|informed|notify|notified|warn|warned} {me|us|anyone|customers}	confidence=0.8
en.unannounced.no_one_bothered_to_tell	change.unannounced	no one ... {tell|told|inform|informed|notify|notified|warn|warned} {me|us|anyone|customers}	confidence=0.8
en.unannounced.manager_was_replaced	change.unannounced	{account|relationship} manager ... {replaced|changed|reassigned|swapped}	confidence=0.8
# positive.suggestion
en.suggest.let_us_pick	positive.suggestion	let {us|customers|users|members|players|guests|patients|people} {pick|choose|select|customise|customize|filter|schedule}	confidence=0.7
en.suggest.you_thought_about_adding	positive.suggestion	you ... {thought|considered|think} ... {adding|offering|introducing|bringing|selling|stocking}	confidence=0.8
en.suggest.please_bring_back	positive.suggestion	{please|should|pls|plz|could|would} ... bring back	confidence=0.8
en.suggest.you_should_offer_w	positive.suggestion	{you|guys|y'all|yall|team} ... should {add|offer|introduce|include|provide|stock|sell|launch}	confidence=0.8
# positive.advocacy
en.advocacy.were_brilliant	positive.advocacy	{were|was} {brilliant|amazing|fantastic|excellent|superb|wonderful|outstanding|exceptional|fabulous|incredible}	confidence=0.7
en.advocacy.best_bank_ever	positive.advocacy	best {bank|airline|provider|company|app|network|carrier|isp|store|shop|brand|courier|insurer|gym|support|purchase|product} {ever|i've|ive|i|i'd|in}	confidence=0.8
en.advocacy.massive_thanks	positive.advocacy	{massive|huge|big|special|heartfelt|sincere} {thanks|thank}	confidence=0.8
en.advocacy.love_this_app	positive.advocacy	love this {app|bank|airline|product|service|brand|company|store|shop|place|phone|network}	confidence=0.75
en.advocacy.cant_imagine_without	positive.advocacy	{can't|cant|cannot} imagine ... without {it|you|them}	confidence=0.8
en.advocacy.always_tell_people	positive.advocacy	always {tell|telling|tells|told} {people|everyone|friends|my|family}	confidence=0.75
en.advocacy.never_let_me_down	positive.advocacy	never {let|lets} {me|us} down	confidence=0.85
en.advocacy.fantastic_service	positive.advocacy	{fantastic|brilliant|superb|outstanding|exceptional|wonderful|fab|fabulous|stellar|top} service	confidence=0.85

# Everyday support wording, second probe (129 longer messages from more industries, found 76 missing)
en.cancel.end_my_x_cover	churn.cancel	{end|ending|terminate|terminating} {my|our} ... {cover|policy|insurance|lease|tenancy|membership|subscription|plan|account|service}	confidence=0.8
en.cancel.terminate_x_subscription	churn.cancel	{terminate|terminating} ... {subscription*|membership|plan|licence|license}	confidence=0.85
en.cancel.unsubscribing_today	churn.cancel	{unsubscribe|unsubscribing|unsubscribed} {today|tonight}	confidence=0.75
en.cancel.giving_up_my_pass	churn.cancel	{giving|give|gave} up {my|our} ... {pass|membership|subscription|account|plan|contract|policy|line|tenancy|lease}	confidence=0.8
en.cancel.process_cancelation	churn.cancel	{process|confirm|submit|request*} ... {cancelation|cancelations}	confidence=0.8
en.switch.moving_over_to	churn.switch	{moving|move|switching|switch} over to {them|another|their|a}	confidence=0.7
en.switch.moving_over_to_at	churn.switch	{moving|move|switching|switch} over to <handle>	confidence=0.8
en.switch.competing_vendor	churn.switch	competing {vendor|provider|product|company|bank|supplier|service|platform|firm|brand|airline|network|insurer|carrier}	confidence=0.75
en.switch.different_insurance_company	churn.switch	{another|different} {insurance|energy|electricity|gas|broadband|phone|mobile|delivery|software|hosting|streaming|food|taxi|banking|travel} {company|provider|supplier|firm|app|platform|service|network|carrier|insurer}	confidence=0.75
en.switch.migrate_to_another	churn.switch	{migrate|migrating|migrated} ... to {another|a} {platform|vendor|provider|supplier|competitor|rival|competing}	confidence=0.7
en.switch.taking_my_business_to	churn.switch	{take|taking|took|move|moving} {my|our} ... {business|custom} to	confidence=0.75
en.switch.cheaper_supplier	churn.switch	cheaper {supplier|provider|company|insurer|bank|network|carrier|competitor|airline|broker}	confidence=0.75
en.tenure.banking_here_since	loyalty.tenure	{banking|banked|shopping|shopped|insured} {here|with} ... since	confidence=0.75
en.tenure.used_your_x_for_n_years	loyalty.tenure	{used|using|ordered|ordering|shopped|shopping|bought|buying|booked|booking|played|playing} {your|you|from|with|at} ... ... for <num> {years|yrs}	confidence=0.7
en.tenure.patient_at_x_for_n_years	loyalty.tenure	{patient|customer|client|member|guest|policyholder|tenant|subscriber} {at|of|with} ... for ... <num> {years|yrs}	confidence=0.8
en.tenure.playing_since_yyyy	loyalty.tenure	{playing|played|ordering|ordered|shopping|shopped|banking|banked|flying|flown} ... since ... <year>	confidence=0.7
en.referral.telling_x_mates_to_sign_up	loyalty.referrals	{telling|told|tell|urged|urging|encouraging|encouraged|persuading} ... {mates|friends|family|colleagues|everyone|people|coworkers} to {sign|join|switch|use|try|download|bank|shop|order|book}	confidence=0.75
en.referral.introduced_x_clients_to_you	loyalty.referrals	introduced ... {clients|customers|friends|people|colleagues|members|businesses|family} to {you|your}	confidence=0.8
en.referral.got_my_family_onto_your	loyalty.referrals	{got|put|signed|switched} {my|our} ... {family|friends|parents|colleagues|team|office|kids|mates|staff} {onto|on} {your|you}	confidence=0.75
en.referral.on_my_recommendation	loyalty.referrals	{on|from|after|through} my {recommendation|recommendations|referral|referrals}	confidence=0.8
en.repeat.multiple_occasions	repeat.failure	{multiple|several|numerous|many|countless|repeated|various|two|three|four|five} occasions	confidence=0.8
en.repeat.second_month_running	repeat.failure	{second|third|fourth|fifth|2nd|3rd|4th|5th} {month|week|day|night|weekend|bill|invoice|time} {running|straight}	confidence=0.85
en.repeat.n_in_a_row	repeat.failure	{days|weeks|months|nights|weekends|times|orders|deliveries|bills|flights} in a row	confidence=0.8
en.public.writing_x_on_tripadvisor	public.exposure	{write|writing|wrote|post|posting|posted|review|reviewing|rate|rating} ... {tripadvisor|trustpilot|yelp}	confidence=0.75
en.public.post_x_on_linkedin	public.exposure	{post|posting|share|sharing|publish|publishing} {this|it|everything|screenshots|the} ... {on|to} {linkedin|twitter|facebook|instagram|reddit|tiktok|youtube|socials}	confidence=0.75
en.public.contact_the_news	public.exposure	{contact|contacting|call|calling|tell|telling|go|going|write|writing|email|emailing} {to|the} {the|local|national|tv} ... {news|newspaper|newspapers|press|reporters|journalists|watchdog}	confidence=0.75
en.public.make_a_thread_on	public.exposure	{make|making|write|writing|start|starting|post|posting} a {thread|tiktok|video|reel|blog} {on|about}	confidence=0.75
en.urgency.escalate_this_now	urgency	escalate ... {now|today|immediately|urgently|asap|tonight}	confidence=0.8
en.urgency.pls_someone	urgency	{pls|plz|please} {someone|somebody|anyone|anybody}	confidence=0.7
en.urgency.this_cant_wait	urgency	{this|it} {can't|cant|cannot} wait	confidence=0.8
en.urgency.run_out_of_x_tomorrow	urgency	{run|running} out of ... {tomorrow|today|tonight}	confidence=0.7
en.urgency.as_quickly_as_possible	urgency	as {quickly|fast|quick} as possible	confidence=0.8
en.urgency.call_me_back_today	urgency	{call|ring|phone} me back {today|tonight|asap|urgently|immediately|now}	confidence=0.75
en.value.n_person_company	value.at_risk	<num> {person|people|man|seat|user} {company|team|business|firm|organisation|organization|department}	min=20;confidence=0.75;alone=no
en.value.expand_our_license	value.at_risk	{expand|expanding|grow|growing|increase|increasing} our {license|licence|licenses|licences|contract|account|subscription|seats}	confidence=0.7;alone=no
en.value.order_of_n	value.at_risk	{order|orders|booking|block} {of|for} <num> ... {units|items|pieces|pcs|guests|people|rooms|boxes|cases|pallets|mugs|shirts|seats|tickets|covers|staff|employees|meals|portions|bottles|copies|devices|laptops|phones|licences|licenses}	min=50;confidence=0.75;alone=no
en.value.n_guests	value.at_risk	<num> {guests|attendees|delegates|participants|covers|rooms}	min=30;confidence=0.7;alone=no
en.value.thousand_units	value.at_risk	{thousand|hundred|thousands|hundreds} {units|orders|pallets|cases|licences|licenses|seats|items}	confidence=0.75;alone=no
en.value.wholesale_buyer	value.at_risk	wholesale {buyer|customer|client|account|order|orders|partner}	confidence=0.75;alone=no
en.value.cant_afford_to_lose	value.at_risk	{can't|cant|cannot} afford to lose {this|the|our|a} {contract|client|deal|account|customer|order|sale|business}	confidence=0.75
en.downgrade.move_down_to	signal.downgrade	{move|moving|step|stepping} down {to|a}	confidence=0.75
en.downgrade.to_the_basic_x_package	signal.downgrade	{to|onto} {a|the} {basic|starter|lite|essentials|essential|entry|free} ... {plan|tier|package|level|bundle|version}	confidence=0.75
en.downgrade.automatic_renewal_off	signal.downgrade	{turn*|switch*|disable|stop|cancel*} ... automatic renew*	confidence=0.85
en.downgrade.reduce_the_number_of_licences	signal.downgrade	{reduce|reducing|cut|cutting|lower|lowering|decrease|decreasing} {the|our} number of ... {licences|licenses|seats|users|lines|accounts|channels}	confidence=0.8
en.downgrade.remove_x_package_from_my	signal.downgrade	{remove|removing|drop|dropping} ... {package|bundle|channels|extras|addon|addons|boost} from my	confidence=0.75
en.unannounced.received_no_letter	change.unannounced	{received|got|given|had} no {letter|notification|notice|warning|explanation|communication|heads}	confidence=0.75
en.unannounced.nobody_let_us_know	change.unannounced	{nobody|noone} ... let {me|us|anyone|anybody|customers} know	confidence=0.75
en.unannounced.never_got_any_notice	change.unannounced	never {got|received|had|saw|given|sent|gave} ... {notice|notification|warning|heads}	confidence=0.75
en.unannounced.when_was_this_announced	change.unannounced	when was {this|that|it} {announced|communicated|decided|changed}	confidence=0.8
en.unannounced.without_me_agreeing	change.unannounced	without {me|us} {agreeing|consenting|knowing|approving|authorising|authorizing}	confidence=0.8
en.suggest.just_a_thought	positive.suggestion	just a {thought|suggestion}	confidence=0.7
en.suggest.small_idea	positive.suggestion	{small|quick|little|random} {idea|suggestion}	confidence=0.7
en.suggest.would_be_nice_to_have	positive.suggestion	would be {nice|great|cool|awesome|lovely|handy|useful|helpful|brilliant} to {have|see}	confidence=0.7
en.suggest.maybe_you_could	positive.suggestion	{maybe|perhaps} {you|u|y'all|yall} {could|can|should}	confidence=0.7
en.suggest.would_be_helpful_if	positive.suggestion	would be ... {helpful|cool|brilliant|ideal|lovely} if	confidence=0.7
en.advocacy.telling_x_how_good	positive.advocacy	{telling|told|tell|tells} ... how {good|great|amazing|brilliant|awesome|fantastic|helpful|easy|smooth}	confidence=0.75
en.advocacy.would_definitely_recommend	positive.advocacy	{would|will|i'd|id} {definitely|totally|absolutely|certainly|happily|gladly|100} recommend	confidence=0.85
en.advocacy.top_notch	positive.advocacy	top notch	confidence=0.8
en.advocacy.cant_recommend_enough	positive.advocacy	{can't|cant|cannot} recommend ... enough	confidence=0.85
