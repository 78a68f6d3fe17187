# English (en) complaint wording that cues.lex lacks: strong negative
# evaluation and swearing (emotion.anger), let-down wording
# (emotion.disappointment), sarcasm that thanks or praises for a failure, and
# being ignored or kept waiting (ignored).
# Written by the project team from general complaint vocabulary; no third-party
# word list, no phrase taken from evaluation data.
# Format: lexicons/README.md. Ids ending in _ap are the apostrophe spellings.

# emotion.anger: strong negative evaluation of the brand or its service
en.anger2.suck_w	emotion.anger	suck*
en.anger2.sux	emotion.anger	sux	confidence=0.85
en.anger2.suck_w_ass	emotion.anger	suck* ass	confidence=0.9
en.anger2.i_hate	emotion.anger	i hate	confidence=0.75
en.anger2.hate_it	emotion.anger	hate it	confidence=0.75
en.anger2.hate_when	emotion.anger	hate when	confidence=0.8
en.anger2.hate_how	emotion.anger	hate how	confidence=0.8
en.anger2.hate_that	emotion.anger	hate that	confidence=0.7
en.anger2.hate_dealing	emotion.anger	hate dealing
en.anger2.hate_w_everything_about	emotion.anger	hate* everything about	confidence=0.8
en.anger2.horrendous	emotion.anger	horrendous
en.anger2.atrocious	emotion.anger	atrocious
en.anger2.abysmal	emotion.anger	abysmal
en.anger2.dreadful	emotion.anger	dreadful	confidence=0.85
en.anger2.lousy	emotion.anger	lousy	confidence=0.85
en.anger2.crappy	emotion.anger	crappy
en.anger2.shoddy	emotion.anger	shoddy
en.anger2.deplorable	emotion.anger	deplorable
en.anger2.inexcusable	emotion.anger	inexcusable
en.anger2.shambolic	emotion.anger	shambolic
en.anger2.woeful	emotion.anger	woeful	confidence=0.85
en.anger2.substandard	emotion.anger	substandard	confidence=0.85
en.anger2.subpar	emotion.anger	subpar	confidence=0.85
en.anger2.sub_par	emotion.anger	sub par	confidence=0.85
en.anger2.mediocre	emotion.anger	mediocre	confidence=0.7
en.anger2.amateurish	emotion.anger	amateurish	confidence=0.8
en.anger2.shabby	emotion.anger	shabby	confidence=0.8
en.anger2.sloppy	emotion.anger	sloppy	confidence=0.8
en.anger2.disgraceful	emotion.anger	disgraceful
en.anger2.shocking	emotion.anger	shocking	confidence=0.6
en.anger2.the_worst	emotion.anger	the worst
en.anger2.worst_ever	emotion.anger	worst ever
en.anger2.worst_service	emotion.anger	worst service
en.anger2.worst_customer	emotion.anger	worst customer
en.anger2.worst_company	emotion.anger	worst company
en.anger2.worst_experience	emotion.anger	worst experience
en.anger2.worst_airline	emotion.anger	worst airline
en.anger2.worst_provider	emotion.anger	worst provider
en.anger2.is_a_joke	emotion.anger	is a joke	confidence=0.85
en.anger2.what_a_joke	emotion.anger	what a joke
en.anger2.such_a_joke	emotion.anger	such a joke
en.anger2.absolute_joke	emotion.anger	absolute joke
en.anger2.complete_joke	emotion.anger	complete joke
en.anger2.total_joke	emotion.anger	total joke
en.anger2.laughable	emotion.anger	laughable	confidence=0.8
en.anger2.absolutely_ridiculous	emotion.anger	absolutely ridiculous
en.anger2.beyond_ridiculous	emotion.anger	beyond ridiculous
en.anger2.beyond_frustrat_w	emotion.anger	beyond frustrat*
en.anger2.liars_w	emotion.anger	liars*
en.anger2.lied_to_me	emotion.anger	lied to me
en.anger2.lied_to_us	emotion.anger	lied to us
en.anger2.you_lied	emotion.anger	you lied
en.anger2.lying_to_me	emotion.anger	lying to me
en.anger2.lying_to_us	emotion.anger	lying to us
en.anger2.bunch_of_liars	emotion.anger	bunch of liars
en.anger2.thieves	emotion.anger	thieves	confidence=0.8
en.anger2.robbery	emotion.anger	robbery	confidence=0.8
en.anger2.daylight_robbery	emotion.anger	daylight robbery
en.anger2.extortion	emotion.anger	extortion	confidence=0.8
en.anger2.con_artists	emotion.anger	con artists
en.anger2.scamming	emotion.anger	scamming	confidence=0.85
en.anger2.scammed_w	emotion.anger	scammed*
en.anger2.fraud	emotion.anger	fraud	confidence=0.7
en.anger2.ugh	emotion.anger	ugh	confidence=0.7
en.anger2.argh	emotion.anger	argh	confidence=0.7
en.anger2.grr	emotion.anger	grr	confidence=0.7
en.anger2.smh	emotion.anger	smh	confidence=0.75
en.anger2.ffs	emotion.anger	ffs
en.anger2.wth	emotion.anger	wth	confidence=0.85
en.anger2.omfg	emotion.anger	omfg	confidence=0.7
en.anger2.fml	emotion.anger	fml	confidence=0.8
en.anger2.seriously_pissed	emotion.anger	seriously pissed
en.anger2.piss_poor	emotion.anger	piss poor
en.anger2.pissed_off	emotion.anger	pissed off
en.anger2.piss_me_off	emotion.anger	piss me off
en.anger2.pisses_me_off	emotion.anger	pisses me off
en.anger2.pissing_me_off	emotion.anger	pissing me off
en.anger2.drives_me_crazy	emotion.anger	drives me crazy	confidence=0.8
en.anger2.driving_me_crazy	emotion.anger	driving me crazy	confidence=0.8
en.anger2.driving_me_mad	emotion.anger	driving me mad	confidence=0.85
en.anger2.drives_me_mad	emotion.anger	drives me mad	confidence=0.85
en.anger2.doing_my_head_in	emotion.anger	doing my head in
en.anger2.getting_old	emotion.anger	getting old	confidence=0.6
en.anger2.not_cool	emotion.anger	not cool	confidence=0.8
en.anger2.not_okay	emotion.anger	not okay	confidence=0.75
en.anger2.not_ok	emotion.anger	not ok	confidence=0.7
en.anger2.not_good	emotion.anger	not good	confidence=0.7
en.anger2.not_great	emotion.anger	not great	confidence=0.6
en.anger2.not_fair	emotion.anger	not fair	confidence=0.75
en.anger2.not_right	emotion.anger	not right	confidence=0.6
en.anger2.not_funny	emotion.anger	not funny	confidence=0.7
en.anger2.no_excuse	emotion.anger	no excuse
en.anger2.no_excuses	emotion.anger	no excuses	confidence=0.7
en.anger2.excuses	emotion.anger	excuses	confidence=0.7
en.anger2.sorry_doesnt_cut_it_ap	emotion.anger	sorry doesn't cut it
en.anger2.sorry_doesnt_cut_it	emotion.anger	sorry doesnt cut it
en.anger2.sorry_isnt_good_enough_ap	emotion.anger	sorry isn't good enough
en.anger2.sorry_isnt_good_enough	emotion.anger	sorry isnt good enough
en.anger2.fail_w	emotion.anger	fail*	confidence=0.7
en.anger2.epic_fail	emotion.anger	epic fail
en.anger2.get_your_act_together	emotion.anger	get your act together
en.anger2.get_it_together	emotion.anger	get it together	confidence=0.7
en.anger2.sort_it_out	emotion.anger	sort it out	confidence=0.85
en.anger2.sort_this_out	emotion.anger	sort this out	confidence=0.85
en.anger2.sort_yourselves_out	emotion.anger	sort yourselves out
en.anger2.do_better	emotion.anger	do better	confidence=0.8
en.anger2.how_hard_is_it	emotion.anger	how hard is it
en.anger2.how_difficult_is_it	emotion.anger	how difficult is it
en.anger2.how_hard_can_it_be	emotion.anger	how hard can it be
en.anger2.how_is_this_acceptable	emotion.anger	how is this acceptable
en.anger2.how_is_that_acceptable	emotion.anger	how is that acceptable
en.anger2.how_is_this_ok	emotion.anger	how is this ok	confidence=0.85
en.anger2.how_is_this_okay	emotion.anger	how is this okay	confidence=0.85
en.anger2.how_is_this_fair	emotion.anger	how is this fair	confidence=0.85
en.anger2.how_is_that_fair	emotion.anger	how is that fair	confidence=0.85
en.anger2.whats_the_point_ap	emotion.anger	what's the point	confidence=0.7
en.anger2.whats_the_point	emotion.anger	whats the point	confidence=0.7
en.anger2.what_is_the_point	emotion.anger	what is the point	confidence=0.7
en.anger2.what_a_waste	emotion.anger	what a waste	confidence=0.85
en.anger2.total_waste	emotion.anger	total waste	confidence=0.85
en.anger2.cheers_for_nothing	emotion.anger	cheers for nothing
en.anger2.poor_show	emotion.anger	poor show	confidence=0.8
en.anger2.poor_form	emotion.anger	poor form	confidence=0.75
en.anger2.no_wonder	emotion.anger	no wonder	confidence=0.55
en.anger2.do_you_even	emotion.anger	do you even	confidence=0.7
en.anger2.i_demand	emotion.anger	i demand	confidence=0.8
en.anger2.want_answers	emotion.anger	want answers	confidence=0.8
en.anger2.want_an_explanation	emotion.anger	want an explanation	confidence=0.85
en.anger2.what_am_i_paying_for	emotion.anger	what am i paying for
en.anger2.paying_for_nothing	emotion.anger	paying for nothing
en.anger2.ruined	emotion.anger	ruined	confidence=0.75
en.anger2.ruining	emotion.anger	ruining	confidence=0.7
en.anger2.bad_attitude	emotion.anger	bad attitude	confidence=0.85
en.anger2.too_much_to_ask	emotion.anger	too much to ask	confidence=0.85
en.anger2.not_rocket_science	emotion.anger	not rocket science	confidence=0.85
en.anger2.what_a_bummer	emotion.anger	what a bummer	confidence=0.85
en.anger2.such_a_bummer	emotion.anger	such a bummer	confidence=0.85
en.anger2.step_up_your	emotion.anger	step up your	confidence=0.75

# emotion.anger: a mess, a waste of time, screwed
en.anger2.worse_w	emotion.anger	worse*	confidence=0.65
en.anger2.getting_worse	emotion.anger	getting worse
en.anger2.even_worse	emotion.anger	even worse
en.anger2.worse_than_ever	emotion.anger	worse than ever
en.anger2.nightmare	emotion.anger	nightmare	confidence=0.8
en.anger2.disaster	emotion.anger	disaster	confidence=0.6
en.anger2.shambles	emotion.anger	shambles	confidence=0.85
en.anger2.fiasco	emotion.anger	fiasco	confidence=0.8
en.anger2.mess	emotion.anger	mess	confidence=0.55
en.anger2.messed_up	emotion.anger	messed up	confidence=0.8
en.anger2.screwed_up	emotion.anger	screwed up	confidence=0.85
en.anger2.screwed_me	emotion.anger	screwed me	confidence=0.9
en.anger2.got_screwed	emotion.anger	got screwed
en.anger2.wasted_my_time	emotion.anger	wasted my time
en.anger2.wasting_my_time	emotion.anger	wasting my time
en.anger2.waste_of_time	emotion.anger	waste of time	confidence=0.85
en.anger2.waste_of_my_time	emotion.anger	waste of my time
en.anger2.clueless	emotion.anger	clueless	confidence=0.8
en.anger2.careless	emotion.anger	careless	confidence=0.75

en.anger2.junk	emotion.anger	junk	confidence=0.7
en.anger2.piece_of_junk	emotion.anger	piece of junk
en.anger2.piece_of_crap	emotion.anger	piece of crap
en.anger2.piece_of_garbage	emotion.anger	piece of garbage
en.anger2.piece_of_shit	emotion.anger	piece of shit
en.anger2.stinks	emotion.anger	stinks	confidence=0.85
en.anger2.hassle	emotion.anger	hassle	confidence=0.65
en.anger2.what_the_hell	emotion.anger	what the hell	confidence=0.8
en.anger2.what_the_heck	emotion.anger	what the heck	confidence=0.7
en.anger2.where_the_hell	emotion.anger	where the hell	confidence=0.8
en.anger2.why_the_hell	emotion.anger	why the hell	confidence=0.85
en.anger2.the_hell_is	emotion.anger	the hell is	confidence=0.7
en.anger2.steer_clear	emotion.anger	steer clear
en.anger2.stay_away_from	emotion.anger	stay away from	confidence=0.75
en.anger2.avoid_at_all_costs	emotion.anger	avoid at all costs
en.anger2.dont_buy_ap	emotion.anger	don't buy	confidence=0.8
en.anger2.dont_buy	emotion.anger	dont buy	confidence=0.8
en.anger2.do_not_buy	emotion.anger	do not buy	confidence=0.8
en.anger2.dont_waste_your_ap	emotion.anger	don't waste your
en.anger2.dont_waste_your	emotion.anger	dont waste your
en.anger2.do_not_waste_your	emotion.anger	do not waste your
en.anger2.save_your_money	emotion.anger	save your money	confidence=0.8
en.anger2.dont_bother_ap	emotion.anger	don't bother	confidence=0.7
en.anger2.dont_bother	emotion.anger	dont bother	confidence=0.7
en.anger2.do_not_bother	emotion.anger	do not bother	confidence=0.7
en.anger2.non_existent	emotion.anger	non existent	confidence=0.8
en.anger2.nonexistent	emotion.anger	nonexistent	confidence=0.8
en.anger2.flimsy	emotion.anger	flimsy	confidence=0.7
en.anger2.inconvenience	emotion.anger	inconvenience	confidence=0.6
en.anger2.inconvenienced	emotion.anger	inconvenienced
en.anger2.complain_w	emotion.anger	complain*	confidence=0.65
en.anger2.compensation	emotion.anger	compensation	confidence=0.7
en.anger2.compensate	emotion.anger	compensate	confidence=0.65

# sarcasm: thanks or praise for a failure
en.anger2.thanks_for_nothing	emotion.anger	thanks for nothing
en.anger2.thank_you_for_nothing	emotion.anger	thank you for nothing
en.anger2.thanks_for_ruining	emotion.anger	thanks for ruining
en.anger2.thank_you_for_ruining	emotion.anger	thank you for ruining
en.anger2.thanks_for_wasting	emotion.anger	thanks for wasting
en.anger2.thanks_for_making_me_wait	emotion.anger	thanks for making me wait
en.anger2.thanks_for_the_lack	emotion.anger	thanks for the lack
en.anger2.so_much_for	emotion.anger	so much for	confidence=0.6
en.anger2.yeah_right	emotion.anger	yeah right	confidence=0.6

# emotion.disappointment: let down by the brand
en.disappoint2.unfortunately	emotion.disappointment	unfortunately	confidence=0.55
en.disappoint2.not_what_i_expected	emotion.disappointment	not what i expected	confidence=0.85
en.disappoint2.not_what_i_ordered	emotion.disappointment	not what i ordered
en.disappoint2.not_what_i_paid_for	emotion.disappointment	not what i paid for
en.disappoint2.not_worth	emotion.disappointment	not worth	confidence=0.75
en.disappoint2.not_worth_the	emotion.disappointment	not worth the	confidence=0.8
en.disappoint2.overpriced	emotion.disappointment	overpriced	confidence=0.75
en.disappoint2.over_priced	emotion.disappointment	over priced	confidence=0.75
en.disappoint2.poor_value	emotion.disappointment	poor value	confidence=0.85
en.disappoint2.waste_of	emotion.disappointment	waste of	confidence=0.6
en.disappoint2.regretting	emotion.disappointment	regretting	confidence=0.8
en.disappoint2.wish_i_hadnt_ap	emotion.disappointment	wish i hadn't	confidence=0.85
en.disappoint2.wish_i_hadnt	emotion.disappointment	wish i hadnt	confidence=0.85
en.disappoint2.should_have_gone_with	emotion.disappointment	should have gone with	confidence=0.7
en.disappoint2.let_me_down_again	emotion.disappointment	let me down again
en.disappoint2.letting_me_down	emotion.disappointment	letting me down
en.disappoint2.letting_us_down	emotion.disappointment	letting us down
en.disappoint2.disheartening	emotion.disappointment	disheartening	confidence=0.85
en.disappoint2.sad_to_see	emotion.disappointment	sad to see	confidence=0.75
en.disappoint2.sad_that	emotion.disappointment	sad that	confidence=0.6
en.disappoint2.so_sad	emotion.disappointment	so sad	confidence=0.6
en.disappoint2.what_happened_to	emotion.disappointment	what happened to	confidence=0.55
en.disappoint2.used_to_love	emotion.disappointment	used to love	confidence=0.75
en.disappoint2.thought_you_were_better	emotion.disappointment	thought you were better
en.disappoint2.not_the_same_anymore	emotion.disappointment	not the same anymore	confidence=0.75
en.disappoint2.not_fit_for_purpose	emotion.disappointment	not fit for purpose
en.disappoint2.dont_like_ap	emotion.disappointment	don't like	confidence=0.6
en.disappoint2.dont_like	emotion.disappointment	dont like	confidence=0.6
en.disappoint2.do_not_like	emotion.disappointment	do not like	confidence=0.6
en.disappoint2.didnt_like_ap	emotion.disappointment	didn't like	confidence=0.65
en.disappoint2.didnt_like	emotion.disappointment	didnt like	confidence=0.65
en.disappoint2.did_not_like	emotion.disappointment	did not like	confidence=0.65
en.disappoint2.not_a_fan	emotion.disappointment	not a fan	confidence=0.7
en.disappoint2.not_pleased	emotion.disappointment	not pleased	confidence=0.85
en.disappoint2.not_thrilled	emotion.disappointment	not thrilled	confidence=0.8
en.disappoint2.not_amused	emotion.disappointment	not amused	confidence=0.85
en.disappoint2.returned_it	emotion.disappointment	returned it	confidence=0.6
en.disappoint2.return_it	emotion.disappointment	return it	confidence=0.55
en.disappoint2.returning_it	emotion.disappointment	returning it	confidence=0.65
en.disappoint2.sent_it_back	emotion.disappointment	sent it back	confidence=0.7
en.disappoint2.send_it_back	emotion.disappointment	send it back	confidence=0.65
en.disappoint2.sending_it_back	emotion.disappointment	sending it back	confidence=0.7

# ignored: no answer, no contact, long waits
en.ignored2.cant_reach_ap	ignored	can't reach	confidence=0.85
en.ignored2.cant_reach	ignored	cant reach	confidence=0.85
en.ignored2.cant_get_hold_ap	ignored	can't get hold
en.ignored2.cant_get_hold	ignored	cant get hold
en.ignored2.cant_get_ahold_ap	ignored	can't get ahold
en.ignored2.cant_get_ahold	ignored	cant get ahold
en.ignored2.cant_get_a_hold_ap	ignored	can't get a hold
en.ignored2.cant_get_a_hold	ignored	cant get a hold
en.ignored2.cant_get_through_to_ap	ignored	can't get through to
en.ignored2.cant_get_through_to	ignored	cant get through to
en.ignored2.cant_get_anyone_ap	ignored	can't get anyone
en.ignored2.cant_get_anyone	ignored	cant get anyone
en.ignored2.cant_get_an_answer_ap	ignored	can't get an answer
en.ignored2.cant_get_an_answer	ignored	cant get an answer
en.ignored2.cant_get_a_response_ap	ignored	can't get a response
en.ignored2.cant_get_a_response	ignored	cant get a response
en.ignored2.cant_get_a_reply_ap	ignored	can't get a reply
en.ignored2.cant_get_a_reply	ignored	cant get a reply
en.ignored2.cant_contact_ap	ignored	can't contact
en.ignored2.cant_contact	ignored	cant contact
en.ignored2.cannot_reach	ignored	cannot reach
en.ignored2.cannot_contact	ignored	cannot contact
en.ignored2.cannot_get_through	ignored	cannot get through
en.ignored2.unable_to_reach	ignored	unable to reach
en.ignored2.unable_to_contact	ignored	unable to contact
en.ignored2.unable_to_get_through	ignored	unable to get through
en.ignored2.impossible_to_reach	ignored	impossible to reach
en.ignored2.impossible_to_contact	ignored	impossible to contact
en.ignored2.impossible_to_get	ignored	impossible to get
en.ignored2.no_way_to_contact	ignored	no way to contact
en.ignored2.no_way_to_reach	ignored	no way to reach
en.ignored2.no_one_to_talk	ignored	no one to talk
en.ignored2.nobody_to_talk	ignored	nobody to talk
en.ignored2.no_one_is_answering	ignored	no one is answering
en.ignored2.no_one_answering	ignored	no one answering
en.ignored2.nobody_answering	ignored	nobody answering
en.ignored2.no_one_picks_up	ignored	no one picks up
en.ignored2.nobody_picks_up	ignored	nobody picks up
en.ignored2.no_one_picking_up	ignored	no one picking up
en.ignored2.nobody_picking_up	ignored	nobody picking up
en.ignored2.not_answering	ignored	not answering
en.ignored2.doesnt_answer_ap	ignored	doesn't answer
en.ignored2.doesnt_answer	ignored	doesnt answer
en.ignored2.dont_answer_ap	ignored	don't answer	confidence=0.8
en.ignored2.dont_answer	ignored	dont answer	confidence=0.8
en.ignored2.wont_answer_ap	ignored	won't answer
en.ignored2.wont_answer	ignored	wont answer
en.ignored2.wont_respond_ap	ignored	won't respond
en.ignored2.wont_respond	ignored	wont respond
en.ignored2.wont_reply_ap	ignored	won't reply
en.ignored2.wont_reply	ignored	wont reply
en.ignored2.doesnt_respond_ap	ignored	doesn't respond
en.ignored2.doesnt_respond	ignored	doesnt respond
en.ignored2.dont_respond_ap	ignored	don't respond	confidence=0.8
en.ignored2.dont_respond	ignored	dont respond	confidence=0.8
en.ignored2.not_responding_to	ignored	not responding to	confidence=0.85
en.ignored2.team_isnt_responding	ignored	{team|support|desk|department|agent|agents|staff|office|company} {isn't|isnt|aren't|arent|wasn't|wasnt|weren't|werent} {responding|replying|answering}	confidence=0.8
en.ignored2.never_responded	ignored	never responded
en.ignored2.never_replied	ignored	never replied
en.ignored2.never_answered	ignored	never answered
en.ignored2.never_got_back_to_me	ignored	never got back to me
en.ignored2.never_called_me_back	ignored	never called me back
en.ignored2.never_returned_my	ignored	never returned my
en.ignored2.havent_heard_anything_ap	ignored	haven't heard anything
en.ignored2.havent_heard_anything	ignored	havent heard anything
en.ignored2.havent_heard_from_ap	ignored	haven't heard from
en.ignored2.havent_heard_from	ignored	havent heard from
en.ignored2.heard_nothing	ignored	heard nothing
en.ignored2.no_word_from	ignored	no word from
en.ignored2.still_no_word	ignored	still no word
en.ignored2.still_no_news	ignored	still no news
en.ignored2.waiting_for_a_response	ignored	waiting for a response
en.ignored2.waiting_for_a_reply	ignored	waiting for a reply
en.ignored2.waiting_for_an_answer	ignored	waiting for an answer
en.ignored2.waiting_for_a_call	ignored	waiting for a call
en.ignored2.waiting_for_a_callback	ignored	waiting for a callback
en.ignored2.waiting_for_someone	ignored	waiting for someone
en.ignored2.waiting_for_someone_to	ignored	waiting for someone to
en.ignored2.waiting_on_a_response	ignored	waiting on a response
en.ignored2.waiting_on_a_reply	ignored	waiting on a reply
en.ignored2.waiting_for_hours	ignored	waiting for hours
en.ignored2.waited_for_hours	ignored	waited for hours
en.ignored2.waiting_for_ages	ignored	waiting for ages
en.ignored2.waited_ages	ignored	waited ages
en.ignored2.waiting_forever	ignored	waiting forever
en.ignored2.waited_forever	ignored	waited forever
en.ignored2.taking_forever	ignored	taking forever
en.ignored2.takes_forever	ignored	takes forever
en.ignored2.took_forever	ignored	took forever
en.ignored2.how_long_do_i_have_to_wait	ignored	how long do i have to wait
en.ignored2.how_long_does_it_take	ignored	how long does it take	confidence=0.6
en.ignored2.how_much_longer	ignored	how much longer
en.ignored2.how_long_will	ignored	how long will	confidence=0.5
en.ignored2.any_update_on	ignored	any update on	confidence=0.6
en.ignored2.any_updates_on	ignored	any updates on	confidence=0.6
en.ignored2.any_news_on	ignored	any news on	confidence=0.6
en.ignored2.when_will	ignored	when will	confidence=0.4;alone=no
en.ignored2.days_later	ignored	days later	confidence=0.6
en.ignored2.weeks_later	ignored	weeks later	confidence=0.7
en.ignored2.months_later	ignored	months later	confidence=0.7
en.ignored2.hours_later	ignored	hours later	confidence=0.6
en.ignored2.no_one_has	ignored	no one has	confidence=0.6
en.ignored2.nobody_has	ignored	nobody has	confidence=0.6
en.ignored2.no_one_called	ignored	no one called
en.ignored2.nobody_called	ignored	nobody called
en.ignored2.no_one_came	ignored	no one came
en.ignored2.nobody_came	ignored	nobody came
en.ignored2.no_show	ignored	no show	confidence=0.8
en.ignored2.noshow	ignored	no-show	confidence=0.8
en.ignored2.been_n_day_w	ignored	been <num> day*	confidence=0.7
en.ignored2.waiting_for_my	ignored	waiting for my	confidence=0.75
en.ignored2.waiting_on_my	ignored	waiting on my	confidence=0.75
en.ignored2.waited_for_my	ignored	waited for my	confidence=0.75
en.ignored2.waiting_since	ignored	waiting since	confidence=0.85
en.ignored2.waiting_over	ignored	waiting over	confidence=0.8
en.ignored2.waited_over	ignored	waited over	confidence=0.8
en.ignored2.waiting_almost	ignored	waiting almost	confidence=0.75
en.ignored2.waiting_an_hour	ignored	waiting an hour	confidence=0.8
en.ignored2.waiting_x_n_min_w	ignored	waiting ... <num> min*	confidence=0.8
en.ignored2.waited_x_n_min_w	ignored	waited ... <num> min*	confidence=0.8
en.ignored2.hour_wait	ignored	hour wait	confidence=0.75
en.ignored2.hours_wait	ignored	hours wait	confidence=0.8
en.ignored2.minute_wait	ignored	minute wait	confidence=0.7
en.ignored2.min_wait	ignored	min wait	confidence=0.7
en.ignored2.hold_time_w	ignored	hold time*	confidence=0.7
en.ignored2.left_on_hold	ignored	left on hold
en.ignored2.spent_x_n_hour_w	ignored	spent ... <num> hour*	confidence=0.75
en.ignored2.wasted_x_n_hour_w	ignored	wasted ... <num> hour*	confidence=0.85
en.ignored2.wasted_hours	ignored	wasted hours
en.ignored2.tried_calling	ignored	tried calling	confidence=0.7
en.ignored2.tried_to_call	ignored	tried to call	confidence=0.65
en.ignored2.tried_contacting	ignored	tried contacting	confidence=0.75
en.ignored2.tried_to_contact	ignored	tried to contact	confidence=0.7
en.ignored2.tried_emailing	ignored	tried emailing	confidence=0.75
en.ignored2.for_an_hour	ignored	for an hour	confidence=0.55
en.ignored2.for_n_hour_w	ignored	for <num> hour*	confidence=0.6;alone=no
en.ignored2.for_n_day_w	ignored	for <num> day*	confidence=0.6;alone=no
en.ignored2.for_n_week_w	ignored	for <num> week*	confidence=0.65;alone=no
en.ignored2.n_hours_later	ignored	<num> hours later	confidence=0.7
en.ignored2.n_days_later	ignored	<num> days later	confidence=0.7
en.ignored2.n_weeks_later	ignored	<num> weeks later	confidence=0.75
en.ignored2.please_respond	ignored	please respond	confidence=0.8
en.ignored2.please_reply	ignored	please reply	confidence=0.75
en.ignored2.please_answer	ignored	please answer	confidence=0.75
en.ignored2.please_get_back_to_me	ignored	please get back to me	confidence=0.75
en.ignored2.respond_to_my	ignored	respond to my	confidence=0.75
en.ignored2.reply_to_my	ignored	reply to my	confidence=0.7
en.ignored2.speak_to_a_manager	ignored	speak to a manager	confidence=0.7
en.ignored2.talk_to_a_manager	ignored	talk to a manager	confidence=0.7
en.ignored2.real_person	ignored	real person	confidence=0.6
en.ignored2.is_anyone_there	ignored	is anyone there	confidence=0.8
en.ignored2.anybody_there	ignored	anybody there	confidence=0.6
en.ignored2.is_anyone_listening	ignored	is anyone listening
en.ignored2.been_n_week_w	ignored	been <num> week*	confidence=0.8
en.ignored2.been_n_month_w	ignored	been <num> month*	confidence=0.7
en.ignored2.been_over_a_week	ignored	been over a week
en.ignored2.been_over_a_month	ignored	been over a month
en.ignored2.been_a_week	ignored	been a week	confidence=0.7
en.ignored2.been_a_month	ignored	been a month	confidence=0.6
en.ignored2.over_a_week	ignored	over a week	confidence=0.6
en.ignored2.over_an_hour	ignored	over an hour	confidence=0.6
en.ignored2.for_over_an_hour	ignored	for over an hour
en.ignored2.for_over_n_hour_w	ignored	for over <num> hour*
en.ignored2.for_hours	ignored	for hours	confidence=0.55
en.ignored2.for_days	ignored	for days	confidence=0.6
en.ignored2.for_weeks	ignored	for weeks	confidence=0.65
en.ignored2.since_yesterday	ignored	since yesterday	confidence=0.55
en.ignored2.since_last_week	ignored	since last week	confidence=0.55
en.ignored2.since_last_night	ignored	since last night	confidence=0.55
en.ignored2.since_this_morning	ignored	since this morning	confidence=0.55
en.anger2.sick_to_death	emotion.anger	sick to death	confidence=0.85
en.disappoint2.expected_a_lot_better	emotion.disappointment	{expected|expect|expecting} {a|much|far|way|so|lot|alot|something} ... better	confidence=0.8
en.ignored2.yet_to_receive_a_reply	ignored	yet to {receive|get|hear|see|have} ... {reply|response|answer|callback|acknowledgement|acknowledgment}	confidence=0.8
en.ignored2.nobody_x_picked_up	ignored	{nobody|noone} ... {picked|pick|picks|picking} up	confidence=0.8
en.ignored2.no_one_x_picked_up	ignored	no one ... {picked|pick|picks|picking} up	confidence=0.8
en.ignored2.passed_from_x_to	ignored	{passed|bounced|shunted|shuffled|juggled} {from|between} {one|department|departments|agent|agents|person|team|teams|pillar}	confidence=0.75
en.ignored2.promised_x_call_me_within	ignored	{promised|said|told|assured} ... {call|ring|phone|email|contact} {me|us} {within|by}	confidence=0.7
en.ignored2.no_acknowledgement	ignored	{no|zero|without} {acknowledgement|acknowledgment}	confidence=0.75
en.ignored2.straight_to_voicemail	ignored	{straight|directly|always|just|only|goes|went|going} to {voicemail|answerphone}	confidence=0.8
en.ignored2.copy_paste_answer	ignored	{copy|copied} {paste|pasted} {answer|answers|response|responses|reply|replies|email|emails|message|messages}	confidence=0.7
en.ignored2.scripted_answer	ignored	{scripted|generic|templated|template|robotic} {answer|answers|response|responses|reply|replies|email|emails}	confidence=0.7
