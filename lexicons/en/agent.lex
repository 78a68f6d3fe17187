# English (en) agent lexicon: what an AGENT's reply does, for draft coaching and
# the QA audit of agent turns (agent.asks_id, agent.refusal, agent.alternative,
# agent.apology, agent.empathy, agent.private, agent.personal_data,
# agent.scripted, agent.blame, agent.loyalty_ack). Never customer cues.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Refusals are written as whole negated entries (the negator is part of the
# pattern); agent classes are not scoped by scope.negation.
# Contractions are listed with the ASCII apostrophe and without it (cant, dont).
# Bare nouns ("account number", "password") fire at low confidence: they may be
# a question or a statement; verb-led patterns carry the request.

# agent.asks_id: asks the customer for an account/order/customer number or ID to look them up
en.agent.asks_id.can_i_have_your_x_number	agent.asks_id	can i have your ... number
en.agent.asks_id.can_i_get_your_x_number	agent.asks_id	can i get your ... number
en.agent.asks_id.could_i_have_your_x_number	agent.asks_id	could i have your ... number
en.agent.asks_id.may_i_have_your_x_number	agent.asks_id	may i have your ... number
en.agent.asks_id.can_i_have_the_x_number	agent.asks_id	can i have the ... number
en.agent.asks_id.whats_ap_your_x_number	agent.asks_id	what's your ... number
en.agent.asks_id.whats_your_x_number	agent.asks_id	whats your ... number
en.agent.asks_id.what_is_your_x_number	agent.asks_id	what is your ... number
en.agent.asks_id.what_is_the_x_number	agent.asks_id	what is the ... number	confidence=0.75
en.agent.asks_id.whats_ap_the_x_number	agent.asks_id	what's the ... number	confidence=0.75
en.agent.asks_id.please_provide_x_number	agent.asks_id	please provide ... number
en.agent.asks_id.kindly_provide_x_number	agent.asks_id	kindly provide ... number
en.agent.asks_id.could_you_provide_x_number	agent.asks_id	could you provide ... number
en.agent.asks_id.can_you_provide_x_number	agent.asks_id	can you provide ... number
en.agent.asks_id.please_share_x_number	agent.asks_id	please share ... number
en.agent.asks_id.can_you_share_x_number	agent.asks_id	can you share ... number
en.agent.asks_id.please_confirm_x_number	agent.asks_id	please confirm ... number
en.agent.asks_id.can_you_confirm_x_number	agent.asks_id	can you confirm ... number
en.agent.asks_id.could_you_confirm_x_number	agent.asks_id	could you confirm ... number
en.agent.asks_id.please_send_x_number	agent.asks_id	please send ... number
en.agent.asks_id.send_us_x_number	agent.asks_id	send us ... number
en.agent.asks_id.dm_us_x_number	agent.asks_id	dm us ... number
en.agent.asks_id.dm_your_x_number	agent.asks_id	dm your ... number
en.agent.asks_id.need_your_x_number	agent.asks_id	need your ... number	confidence=0.85
en.agent.asks_id.need_the_x_number	agent.asks_id	need the ... number	confidence=0.8
en.agent.asks_id.let_me_know_x_number	agent.asks_id	let me know ... number	confidence=0.8
en.agent.asks_id.let_us_know_x_number	agent.asks_id	let us know ... number	confidence=0.8
en.agent.asks_id.please_provide_x_booking_reference	agent.asks_id	please provide ... booking reference
en.agent.asks_id.can_i_have_your_x_id	agent.asks_id	can i have your ... id
en.agent.asks_id.whats_ap_your_x_id	agent.asks_id	what's your ... id
en.agent.asks_id.whats_your_x_id	agent.asks_id	whats your ... id
en.agent.asks_id.what_is_your_x_id	agent.asks_id	what is your ... id
en.agent.asks_id.share_your_x_id	agent.asks_id	share your ... id
en.agent.asks_id.send_us_x_order_id	agent.asks_id	send us ... order id
en.agent.asks_id.dm_us_x_id	agent.asks_id	dm us ... id
en.agent.asks_id.what_is_your_booking_reference	agent.asks_id	what is your booking reference
en.agent.asks_id.whats_ap_your_booking_reference	agent.asks_id	what's your booking reference
en.agent.asks_id.your_booking_reference_please	agent.asks_id	your booking reference please
en.agent.asks_id.provide_your_x_reference	agent.asks_id	provide your ... reference
en.agent.asks_id.confirm_your_x_reference	agent.asks_id	confirm your ... reference
en.agent.asks_id.send_us_x_reference	agent.asks_id	send us ... reference
en.agent.asks_id.your_x_number_please	agent.asks_id	your ... number please	confidence=0.85
en.agent.asks_id.your_x_id_please	agent.asks_id	your ... id please	confidence=0.85
en.agent.asks_id.account_number	agent.asks_id	account number	confidence=0.6
en.agent.asks_id.order_number	agent.asks_id	order number	confidence=0.6
en.agent.asks_id.customer_id	agent.asks_id	customer id	confidence=0.6
en.agent.asks_id.customer_number	agent.asks_id	customer number	confidence=0.6
en.agent.asks_id.order_id	agent.asks_id	order id	confidence=0.55
en.agent.asks_id.booking_reference	agent.asks_id	booking reference	confidence=0.6
en.agent.asks_id.booking_ref	agent.asks_id	booking ref	confidence=0.6
en.agent.asks_id.reference_number	agent.asks_id	reference number	confidence=0.55
en.agent.asks_id.confirmation_number	agent.asks_id	confirmation number	confidence=0.55
en.agent.asks_id.member_id	agent.asks_id	member id	confidence=0.55
en.agent.asks_id.acct_number	agent.asks_id	acct number	confidence=0.6
en.agent.asks_id.account_no	agent.asks_id	account no	confidence=0.55
en.agent.asks_id.order_no	agent.asks_id	order no	confidence=0.55
en.agent.asks_id.associated_with_your_account	agent.asks_id	associated with your account	confidence=0.75
en.agent.asks_id.registered_email	agent.asks_id	registered email	confidence=0.7
en.agent.asks_id.registered_phone_number	agent.asks_id	registered phone number	confidence=0.75
en.agent.asks_id.registered_mobile_number	agent.asks_id	registered mobile number	confidence=0.75
en.agent.asks_id.email_on_the_account	agent.asks_id	email on the account	confidence=0.75
en.agent.asks_id.email_address_on_the_account	agent.asks_id	email address on the account	confidence=0.8
en.agent.asks_id.full_name_on_the_account	agent.asks_id	full name on the account	confidence=0.75
en.agent.asks_id.look_up_your_account	agent.asks_id	look up your account	confidence=0.65
en.agent.asks_id.locate_your_account	agent.asks_id	locate your account	confidence=0.65
en.agent.asks_id.pull_up_your_account	agent.asks_id	pull up your account	confidence=0.65
en.agent.asks_id.verify_your_identity	agent.asks_id	verify your identity	confidence=0.6
en.agent.asks_id.last_num_digits	agent.asks_id	last <num> digits	confidence=0.65

# agent.refusal: says no / cannot (whole negated entries)
en.agent.refusal.we_cant_ap	agent.refusal	we can't
en.agent.refusal.we_cant	agent.refusal	we cant
en.agent.refusal.we_cannot	agent.refusal	we cannot
en.agent.refusal.we_can_not	agent.refusal	we can not
en.agent.refusal.i_cant_ap	agent.refusal	i can't
en.agent.refusal.i_cant	agent.refusal	i cant
en.agent.refusal.i_cannot	agent.refusal	i cannot
en.agent.refusal.i_can_not	agent.refusal	i can not
en.agent.refusal.we_are_unable_to	agent.refusal	we are unable to
en.agent.refusal.were_ap_unable_to	agent.refusal	we're unable to
en.agent.refusal.were_unable_to	agent.refusal	were unable to
en.agent.refusal.i_am_unable_to	agent.refusal	i am unable to
en.agent.refusal.im_ap_unable_to	agent.refusal	i'm unable to
en.agent.refusal.im_unable_to	agent.refusal	im unable to
en.agent.refusal.unable_to_offer	agent.refusal	unable to offer	confidence=0.85
en.agent.refusal.unable_to_refund	agent.refusal	unable to refund	confidence=0.85
en.agent.refusal.we_are_not_able_to	agent.refusal	we are not able to
en.agent.refusal.were_ap_not_able_to	agent.refusal	we're not able to
en.agent.refusal.i_am_not_able_to	agent.refusal	i am not able to
en.agent.refusal.im_ap_not_able_to	agent.refusal	i'm not able to
en.agent.refusal.im_not_able_to	agent.refusal	im not able to
en.agent.refusal.we_wont_ap_be_able_to	agent.refusal	we won't be able to
en.agent.refusal.we_wont_be_able_to	agent.refusal	we wont be able to
en.agent.refusal.we_will_not_be_able_to	agent.refusal	we will not be able to
en.agent.refusal.i_wont_ap_be_able_to	agent.refusal	i won't be able to
en.agent.refusal.i_wont_be_able_to	agent.refusal	i wont be able to
en.agent.refusal.i_will_not_be_able_to	agent.refusal	i will not be able to
en.agent.refusal.were_ap_not_in_a_position_to	agent.refusal	we're not in a position to
en.agent.refusal.we_are_not_in_a_position_to	agent.refusal	we are not in a position to
en.agent.refusal.im_ap_not_in_a_position_to	agent.refusal	i'm not in a position to
en.agent.refusal.thats_ap_not_possible	agent.refusal	that's not possible	confidence=0.95
en.agent.refusal.thats_not_possible	agent.refusal	thats not possible	confidence=0.95
en.agent.refusal.that_is_not_possible	agent.refusal	that is not possible	confidence=0.95
en.agent.refusal.its_ap_not_possible	agent.refusal	it's not possible	confidence=0.9
en.agent.refusal.its_not_possible	agent.refusal	its not possible	confidence=0.9
en.agent.refusal.it_is_not_possible	agent.refusal	it is not possible	confidence=0.9
en.agent.refusal.this_is_not_possible	agent.refusal	this is not possible	confidence=0.9
en.agent.refusal.isnt_ap_possible	agent.refusal	isn't possible	confidence=0.85
en.agent.refusal.isnt_possible	agent.refusal	isnt possible	confidence=0.85
en.agent.refusal.not_possible	agent.refusal	not possible	confidence=0.8
en.agent.refusal.thats_ap_impossible	agent.refusal	that's impossible	confidence=0.75
en.agent.refusal.thats_impossible	agent.refusal	thats impossible	confidence=0.75
en.agent.refusal.unfortunately_we_cant_ap	agent.refusal	unfortunately we can't	confidence=0.95
en.agent.refusal.unfortunately_we_cant	agent.refusal	unfortunately we cant	confidence=0.95
en.agent.refusal.unfortunately_we_cannot	agent.refusal	unfortunately we cannot	confidence=0.95
en.agent.refusal.unfortunately_not	agent.refusal	unfortunately not	confidence=0.85
en.agent.refusal.im_ap_afraid_not	agent.refusal	i'm afraid not	confidence=0.9
en.agent.refusal.im_afraid_not	agent.refusal	im afraid not	confidence=0.9
en.agent.refusal.thats_ap_against_our_policy	agent.refusal	that's against our policy	confidence=0.95
en.agent.refusal.thats_against_our_policy	agent.refusal	thats against our policy	confidence=0.95
en.agent.refusal.against_our_policy	agent.refusal	against our policy	confidence=0.9
en.agent.refusal.against_company_policy	agent.refusal	against company policy	confidence=0.9
en.agent.refusal.against_policy	agent.refusal	against policy	confidence=0.85
en.agent.refusal.our_policy_does_not_allow	agent.refusal	our policy does not allow	confidence=0.9
en.agent.refusal.our_policy_doesnt_ap_allow	agent.refusal	our policy doesn't allow	confidence=0.9
en.agent.refusal.policy_doesnt_allow	agent.refusal	policy doesnt allow	confidence=0.85
en.agent.refusal.we_dont_ap_offer	agent.refusal	we don't offer
en.agent.refusal.we_dont_offer	agent.refusal	we dont offer
en.agent.refusal.we_do_not_offer	agent.refusal	we do not offer
en.agent.refusal.we_dont_ap_provide	agent.refusal	we don't provide	confidence=0.85
en.agent.refusal.we_dont_provide	agent.refusal	we dont provide	confidence=0.85
en.agent.refusal.we_do_not_provide	agent.refusal	we do not provide	confidence=0.85
en.agent.refusal.we_dont_ap_allow	agent.refusal	we don't allow	confidence=0.85
en.agent.refusal.we_dont_allow	agent.refusal	we dont allow	confidence=0.85
en.agent.refusal.we_do_not_allow	agent.refusal	we do not allow	confidence=0.85
en.agent.refusal.we_dont_ap_refund	agent.refusal	we don't refund	confidence=0.9
en.agent.refusal.we_dont_refund	agent.refusal	we dont refund	confidence=0.9
en.agent.refusal.we_do_not_refund	agent.refusal	we do not refund	confidence=0.9
en.agent.refusal.we_dont_ap_do_refunds	agent.refusal	we don't do refunds	confidence=0.9
en.agent.refusal.we_dont_do_refunds	agent.refusal	we dont do refunds	confidence=0.9
en.agent.refusal.no_longer_offer	agent.refusal	no longer offer	confidence=0.8
en.agent.refusal.no_refunds	agent.refusal	no refunds	confidence=0.85
en.agent.refusal.no_refund	agent.refusal	no refund	confidence=0.8
en.agent.refusal.non_refundable	agent.refusal	non-refundable	confidence=0.75
en.agent.refusal.nonrefundable	agent.refusal	nonrefundable	confidence=0.75
en.agent.refusal.not_refundable	agent.refusal	not refundable	confidence=0.8
en.agent.refusal.not_eligible	agent.refusal	not eligible	confidence=0.8
en.agent.refusal.isnt_ap_eligible	agent.refusal	isn't eligible	confidence=0.8
en.agent.refusal.ineligible	agent.refusal	ineligible	confidence=0.7
en.agent.refusal.not_allowed	agent.refusal	not allowed	confidence=0.7
en.agent.refusal.not_permitted	agent.refusal	not permitted	confidence=0.75
en.agent.refusal.theres_ap_nothing_we_can_do	agent.refusal	there's nothing we can do	confidence=0.95
en.agent.refusal.theres_nothing_we_can_do	agent.refusal	theres nothing we can do	confidence=0.95
en.agent.refusal.there_is_nothing_we_can_do	agent.refusal	there is nothing we can do	confidence=0.95
en.agent.refusal.nothing_we_can_do	agent.refusal	nothing we can do	confidence=0.9
en.agent.refusal.nothing_i_can_do	agent.refusal	nothing i can do	confidence=0.9
en.agent.refusal.nothing_more_we_can_do	agent.refusal	nothing more we can do	confidence=0.9
en.agent.refusal.out_of_our_hands	agent.refusal	out of our hands	confidence=0.75
en.agent.refusal.out_of_my_hands	agent.refusal	out of my hands	confidence=0.75
en.agent.refusal.not_something_we_can	agent.refusal	not something we can	confidence=0.85
en.agent.refusal.not_something_we_offer	agent.refusal	not something we offer	confidence=0.9
en.agent.refusal.we_have_to_decline	agent.refusal	we have to decline	confidence=0.9
en.agent.refusal.we_must_decline	agent.refusal	we must decline	confidence=0.9
en.agent.refusal.have_declined_your	agent.refusal	have declined your	confidence=0.85
en.agent.refusal.request_x_declined	agent.refusal	request ... declined	confidence=0.8
en.agent.refusal.request_x_denied	agent.refusal	request ... denied	confidence=0.8
en.agent.refusal.request_x_rejected	agent.refusal	request ... rejected	confidence=0.8
en.agent.refusal.claim_x_denied	agent.refusal	claim ... denied	confidence=0.8
en.agent.refusal.will_not_be_refunded	agent.refusal	will not be refunded	confidence=0.85
en.agent.refusal.wont_ap_be_refunded	agent.refusal	won't be refunded	confidence=0.85
en.agent.refusal.wont_be_refunded	agent.refusal	wont be refunded	confidence=0.85
en.agent.refusal.cannot_be_refunded	agent.refusal	cannot be refunded	confidence=0.9
en.agent.refusal.cant_ap_be_refunded	agent.refusal	can't be refunded	confidence=0.9
en.agent.refusal.cant_be_refunded	agent.refusal	cant be refunded	confidence=0.9
en.agent.refusal.cannot_be_cancelled	agent.refusal	cannot be cancelled	confidence=0.85
en.agent.refusal.cannot_be_changed	agent.refusal	cannot be changed	confidence=0.8
en.agent.refusal.cannot_be_done	agent.refusal	cannot be done	confidence=0.85
en.agent.refusal.cant_ap_be_done	agent.refusal	can't be done	confidence=0.85
en.agent.refusal.cant_be_done	agent.refusal	cant be done	confidence=0.85
en.agent.refusal.cannot_make_an_exception	agent.refusal	cannot make an exception	confidence=0.95
en.agent.refusal.cant_ap_make_an_exception	agent.refusal	can't make an exception	confidence=0.95
en.agent.refusal.cant_make_an_exception	agent.refusal	cant make an exception	confidence=0.95
en.agent.refusal.no_exceptions	agent.refusal	no exceptions	confidence=0.85

# agent.alternative: offers an alternative or options
en.agent.alternative.instead	agent.alternative	instead	confidence=0.8
en.agent.alternative.what_i_can_do_is	agent.alternative	what i can do is
en.agent.alternative.what_we_can_do_is	agent.alternative	what we can do is
en.agent.alternative.what_i_can_do	agent.alternative	what i can do	confidence=0.8
en.agent.alternative.what_we_can_do	agent.alternative	what we can do	confidence=0.75
en.agent.alternative.what_i_can_offer	agent.alternative	what i can offer
en.agent.alternative.what_we_can_offer	agent.alternative	what we can offer
en.agent.alternative.i_can_offer	agent.alternative	i can offer
en.agent.alternative.we_can_offer	agent.alternative	we can offer
en.agent.alternative.id_ap_like_to_offer	agent.alternative	i'd like to offer
en.agent.alternative.id_like_to_offer	agent.alternative	id like to offer
en.agent.alternative.i_would_like_to_offer	agent.alternative	i would like to offer
en.agent.alternative.wed_ap_like_to_offer	agent.alternative	we'd like to offer
en.agent.alternative.we_would_like_to_offer	agent.alternative	we would like to offer
en.agent.alternative.happy_to_offer	agent.alternative	happy to offer
en.agent.alternative.let_me_offer	agent.alternative	let me offer
en.agent.alternative.alternatively	agent.alternative	alternatively
en.agent.alternative.another_option	agent.alternative	another option
en.agent.alternative.other_options	agent.alternative	other options
en.agent.alternative.an_alternative	agent.alternative	an alternative
en.agent.alternative.as_an_alternative	agent.alternative	as an alternative
en.agent.alternative.alternative	agent.alternative	alternative	confidence=0.75
en.agent.alternative.a_few_options	agent.alternative	a few options	confidence=0.85
en.agent.alternative.a_couple_of_options	agent.alternative	a couple of options	confidence=0.9
en.agent.alternative.two_options	agent.alternative	two options	confidence=0.8
en.agent.alternative.your_options	agent.alternative	your options	confidence=0.8
en.agent.alternative.one_option_is	agent.alternative	one option is	confidence=0.9
en.agent.alternative.the_options_are	agent.alternative	the options are	confidence=0.9
en.agent.alternative.one_option_would_be	agent.alternative	one option would be	confidence=0.9
en.agent.alternative.we_can_also	agent.alternative	we can also	confidence=0.8
en.agent.alternative.i_can_also	agent.alternative	i can also	confidence=0.8
en.agent.alternative.you_could_also	agent.alternative	you could also	confidence=0.8
en.agent.alternative.you_can_also	agent.alternative	you can also	confidence=0.7
en.agent.alternative.how_about	agent.alternative	how about	confidence=0.75
en.agent.alternative.would_you_prefer	agent.alternative	would you prefer	confidence=0.85
en.agent.alternative.if_you_prefer	agent.alternative	if you prefer	confidence=0.75
en.agent.alternative.if_youd_ap_prefer	agent.alternative	if you'd prefer	confidence=0.8
en.agent.alternative.would_you_like_me_to	agent.alternative	would you like me to	confidence=0.7
en.agent.alternative.would_it_help_if	agent.alternative	would it help if	confidence=0.8
en.agent.alternative.a_workaround	agent.alternative	a workaround	confidence=0.85
en.agent.alternative.workaround	agent.alternative	workaround	confidence=0.75
en.agent.alternative.but_i_can	agent.alternative	but i can	confidence=0.8
en.agent.alternative.but_we_can	agent.alternative	but we can	confidence=0.8
en.agent.alternative.however_i_can	agent.alternative	however i can	confidence=0.85
en.agent.alternative.however_we_can	agent.alternative	however we can	confidence=0.85
en.agent.alternative.i_can_arrange	agent.alternative	i can arrange	confidence=0.75
en.agent.alternative.we_can_arrange	agent.alternative	we can arrange	confidence=0.75
en.agent.alternative.as_a_goodwill_gesture	agent.alternative	as a goodwill gesture	confidence=0.7

# agent.apology: apologises
en.agent.apology.sorry	agent.apology	sorry	confidence=0.85
en.agent.apology.im_ap_sorry	agent.apology	i'm sorry
en.agent.apology.im_sorry	agent.apology	im sorry
en.agent.apology.i_am_sorry	agent.apology	i am sorry
en.agent.apology.were_ap_sorry	agent.apology	we're sorry
en.agent.apology.we_are_sorry	agent.apology	we are sorry
en.agent.apology.so_sorry	agent.apology	so sorry
en.agent.apology.very_sorry	agent.apology	very sorry
en.agent.apology.really_sorry	agent.apology	really sorry
en.agent.apology.sorry_to_hear	agent.apology	sorry to hear
en.agent.apology.sorry_for	agent.apology	sorry for
en.agent.apology.apolog_w	agent.apology	apolog*	confidence=0.85
en.agent.apology.i_apologize	agent.apology	i apologize
en.agent.apology.i_apologise	agent.apology	i apologise
en.agent.apology.we_apologize	agent.apology	we apologize
en.agent.apology.we_apologise	agent.apology	we apologise
en.agent.apology.apologies	agent.apology	apologies
en.agent.apology.my_apologies	agent.apology	my apologies
en.agent.apology.our_apologies	agent.apology	our apologies
en.agent.apology.sincere_apologies	agent.apology	sincere apologies
en.agent.apology.sincerely_apologize	agent.apology	sincerely apologize
en.agent.apology.please_accept_our_apologies	agent.apology	please accept our apologies
en.agent.apology.please_accept_my_apologies	agent.apology	please accept my apologies
en.agent.apology.my_bad	agent.apology	my bad	confidence=0.8
en.agent.apology.our_bad	agent.apology	our bad	confidence=0.8
en.agent.apology.we_messed_up	agent.apology	we messed up	confidence=0.85
en.agent.apology.we_dropped_the_ball	agent.apology	we dropped the ball	confidence=0.85
en.agent.apology.thats_ap_on_us	agent.apology	that's on us	confidence=0.8
en.agent.apology.thats_on_us	agent.apology	thats on us	confidence=0.8
en.agent.apology.we_let_you_down	agent.apology	we let you down	confidence=0.8
en.agent.apology.sry	agent.apology	sry	confidence=0.75
en.agent.apology.soz	agent.apology	soz	confidence=0.7
en.agent.apology.sorry_about_that	agent.apology	sorry about that	confidence=0.95

# agent.empathy: acknowledges the customer's feelings
en.agent.empathy.i_understand_how_frustrating	agent.empathy	i understand how frustrating
en.agent.empathy.i_understand_how	agent.empathy	i understand how
en.agent.empathy.i_understand	agent.empathy	i understand	confidence=0.7
en.agent.empathy.we_understand_how	agent.empathy	we understand how
en.agent.empathy.we_understand	agent.empathy	we understand	confidence=0.7
en.agent.empathy.i_completely_understand	agent.empathy	i completely understand
en.agent.empathy.i_totally_understand	agent.empathy	i totally understand
en.agent.empathy.i_fully_understand	agent.empathy	i fully understand
en.agent.empathy.i_understand_your_frustration	agent.empathy	i understand your frustration
en.agent.empathy.i_understand_the_frustration	agent.empathy	i understand the frustration
en.agent.empathy.we_understand_your_frustration	agent.empathy	we understand your frustration
en.agent.empathy.understand_your_concern	agent.empathy	understand your concern
en.agent.empathy.i_can_imagine	agent.empathy	i can imagine
en.agent.empathy.i_can_only_imagine	agent.empathy	i can only imagine
en.agent.empathy.we_can_imagine	agent.empathy	we can imagine
en.agent.empathy.can_imagine_how	agent.empathy	can imagine how
en.agent.empathy.that_must_be	agent.empathy	that must be	confidence=0.8
en.agent.empathy.must_be_frustrating	agent.empathy	must be frustrating
en.agent.empathy.must_be_so_frustrating	agent.empathy	must be so frustrating
en.agent.empathy.must_have_been_frustrating	agent.empathy	must have been frustrating
en.agent.empathy.must_be_annoying	agent.empathy	must be annoying
en.agent.empathy.must_be_stressful	agent.empathy	must be stressful
en.agent.empathy.how_frustrating	agent.empathy	how frustrating
en.agent.empathy.so_frustrating	agent.empathy	so frustrating
en.agent.empathy.frustrating	agent.empathy	frustrating	confidence=0.7
en.agent.empathy.sounds_frustrating	agent.empathy	sounds frustrating
en.agent.empathy.sounds_really_frustrating	agent.empathy	sounds really frustrating
en.agent.empathy.i_hear_you	agent.empathy	i hear you
en.agent.empathy.i_hear_your_frustration	agent.empathy	i hear your frustration
en.agent.empathy.i_get_it	agent.empathy	i get it	confidence=0.7
en.agent.empathy.i_get_how	agent.empathy	i get how	confidence=0.75
en.agent.empathy.i_know_how_frustrating	agent.empathy	i know how frustrating
en.agent.empathy.i_know_how_annoying	agent.empathy	i know how annoying
en.agent.empathy.completely_understandable	agent.empathy	completely understandable	confidence=0.85
en.agent.empathy.totally_understandable	agent.empathy	totally understandable	confidence=0.85
en.agent.empathy.understandable	agent.empathy	understandable	confidence=0.7
en.agent.empathy.your_frustration	agent.empathy	your frustration	confidence=0.85
en.agent.empathy.i_can_see_why	agent.empathy	i can see why	confidence=0.85
en.agent.empathy.i_can_see_how	agent.empathy	i can see how	confidence=0.8
en.agent.empathy.i_would_be_frustrated_too	agent.empathy	i would be frustrated too	confidence=0.9
en.agent.empathy.id_ap_be_frustrated_too	agent.empathy	i'd be frustrated too	confidence=0.9
en.agent.empathy.id_be_frustrated_too	agent.empathy	id be frustrated too	confidence=0.9
en.agent.empathy.id_ap_be_upset_too	agent.empathy	i'd be upset too	confidence=0.9
en.agent.empathy.i_would_be_upset_too	agent.empathy	i would be upset too	confidence=0.9
en.agent.empathy.you_have_every_right_to_be	agent.empathy	you have every right to be	confidence=0.85
en.agent.empathy.not_the_experience	agent.empathy	not the experience	confidence=0.65
en.agent.empathy.upsetting	agent.empathy	upsetting	confidence=0.7

# agent.private: moves the conversation to a private channel
en.agent.private.send_us_a_dm	agent.private	send us a dm
en.agent.private.send_a_dm	agent.private	send a dm
en.agent.private.send_us_a_direct_message	agent.private	send us a direct message
en.agent.private.send_us_a_private_message	agent.private	send us a private message
en.agent.private.dm_us	agent.private	dm us
en.agent.private.dm_me	agent.private	dm me
en.agent.private.dm	agent.private	dm	confidence=0.75
en.agent.private.dms	agent.private	dms	confidence=0.75
en.agent.private.direct_messag_w	agent.private	direct messag*
en.agent.private.private_messag_w	agent.private	private messag*
en.agent.private.pm_us	agent.private	pm us
en.agent.private.pm_me	agent.private	pm me
en.agent.private.inbox_us	agent.private	inbox us
en.agent.private.inbox_me	agent.private	inbox me
en.agent.private.our_inbox	agent.private	our inbox	confidence=0.75
en.agent.private.email_us_at	agent.private	email us at
en.agent.private.email_us	agent.private	email us	confidence=0.8
en.agent.private.e_mail_us	agent.private	e-mail us	confidence=0.8
en.agent.private.drop_us_an_email	agent.private	drop us an email	confidence=0.8
en.agent.private.drop_us_a_line	agent.private	drop us a line	confidence=0.7
en.agent.private.follow_and_dm	agent.private	follow and dm
en.agent.private.follow_us_and_dm	agent.private	follow us and dm
en.agent.private.follow_us_and_send	agent.private	follow us and send
en.agent.private.check_your_dms	agent.private	check your dms
en.agent.private.check_your_dm	agent.private	check your dm
en.agent.private.sent_you_a_dm	agent.private	sent you a dm
en.agent.private.weve_ap_sent_you_a_dm	agent.private	we've sent you a dm
en.agent.private.via_dm	agent.private	via dm
en.agent.private.in_dm	agent.private	in dm
en.agent.private.in_dms	agent.private	in dms
en.agent.private.via_direct_message	agent.private	via direct message
en.agent.private.continue_this_in	agent.private	continue this in	confidence=0.7
en.agent.private.take_this_offline	agent.private	take this offline	confidence=0.85
en.agent.private.take_this_conversation	agent.private	take this conversation	confidence=0.75
en.agent.private.reach_out_privately	agent.private	reach out privately	confidence=0.9
en.agent.private.contact_us_privately	agent.private	contact us privately	confidence=0.9
en.agent.private.privately	agent.private	privately	confidence=0.7
en.agent.private.in_private	agent.private	in private	confidence=0.75
en.agent.private.message_us	agent.private	message us	confidence=0.75
en.agent.private.send_us_a_message	agent.private	send us a message	confidence=0.75
en.agent.private.whatsapp_us	agent.private	whatsapp us	confidence=0.75
en.agent.private.call_us_at	agent.private	call us at	confidence=0.6
en.agent.private.secure_form	agent.private	secure form	confidence=0.7

# agent.personal_data: asks for data that must not be posted publicly
en.agent.personal_data.full_address	agent.personal_data	full address	confidence=0.85
en.agent.personal_data.home_address	agent.personal_data	home address	confidence=0.85
en.agent.personal_data.billing_address	agent.personal_data	billing address	confidence=0.75
en.agent.personal_data.your_address	agent.personal_data	your address	confidence=0.7
en.agent.personal_data.card_number	agent.personal_data	card number	confidence=0.9
en.agent.personal_data.credit_card_number	agent.personal_data	credit card number	confidence=0.95
en.agent.personal_data.card_details	agent.personal_data	card details	confidence=0.9
en.agent.personal_data.credit_card_details	agent.personal_data	credit card details	confidence=0.95
en.agent.personal_data.account_details	agent.personal_data	account details	confidence=0.7
en.agent.personal_data.credit_card	agent.personal_data	credit card	confidence=0.75
en.agent.personal_data.debit_card	agent.personal_data	debit card	confidence=0.7
en.agent.personal_data.cvv	agent.personal_data	cvv	confidence=0.95
en.agent.personal_data.cvc	agent.personal_data	cvc	confidence=0.9
en.agent.personal_data.security_code	agent.personal_data	security code	confidence=0.85
en.agent.personal_data.expiry_date	agent.personal_data	expiry date	confidence=0.75
en.agent.personal_data.expiration_date	agent.personal_data	expiration date	confidence=0.7
en.agent.personal_data.password	agent.personal_data	password	confidence=0.75
en.agent.personal_data.your_password	agent.personal_data	your password	confidence=0.85
en.agent.personal_data.passcode	agent.personal_data	passcode	confidence=0.85
en.agent.personal_data.your_pin	agent.personal_data	your pin	confidence=0.85
en.agent.personal_data.pin_number	agent.personal_data	pin number	confidence=0.9
en.agent.personal_data.pin_code	agent.personal_data	pin code	confidence=0.8
en.agent.personal_data.otp	agent.personal_data	otp	confidence=0.9
en.agent.personal_data.one_time_code	agent.personal_data	one time code	confidence=0.85
en.agent.personal_data.verification_code	agent.personal_data	verification code	confidence=0.85
en.agent.personal_data.date_of_birth	agent.personal_data	date of birth	confidence=0.9
en.agent.personal_data.dob	agent.personal_data	dob	confidence=0.8
en.agent.personal_data.birth_date	agent.personal_data	birth date	confidence=0.85
en.agent.personal_data.phone_number	agent.personal_data	phone number	confidence=0.75
en.agent.personal_data.your_phone_number	agent.personal_data	your phone number	confidence=0.85
en.agent.personal_data.mobile_number	agent.personal_data	mobile number	confidence=0.75
en.agent.personal_data.contact_number	agent.personal_data	contact number	confidence=0.7
en.agent.personal_data.email_address	agent.personal_data	email address	confidence=0.7
en.agent.personal_data.your_email_address	agent.personal_data	your email address	confidence=0.8
en.agent.personal_data.social_security_number	agent.personal_data	social security number	confidence=0.95
en.agent.personal_data.social_security	agent.personal_data	social security	confidence=0.85
en.agent.personal_data.ssn	agent.personal_data	ssn	confidence=0.9
en.agent.personal_data.id_number	agent.personal_data	id number	confidence=0.8
en.agent.personal_data.national_id	agent.personal_data	national id	confidence=0.8
en.agent.personal_data.id_card	agent.personal_data	id card	confidence=0.75
en.agent.personal_data.passport_number	agent.personal_data	passport number	confidence=0.95
en.agent.personal_data.passport	agent.personal_data	passport	confidence=0.7
en.agent.personal_data.drivers_ap_license	agent.personal_data	driver's license	confidence=0.85
en.agent.personal_data.drivers_license	agent.personal_data	drivers license	confidence=0.85
en.agent.personal_data.driving_licence	agent.personal_data	driving licence	confidence=0.85
en.agent.personal_data.bank_account_number	agent.personal_data	bank account number	confidence=0.95
en.agent.personal_data.bank_account	agent.personal_data	bank account	confidence=0.8
en.agent.personal_data.bank_details	agent.personal_data	bank details	confidence=0.85
en.agent.personal_data.sort_code	agent.personal_data	sort code	confidence=0.9
en.agent.personal_data.routing_number	agent.personal_data	routing number	confidence=0.9
en.agent.personal_data.iban	agent.personal_data	iban	confidence=0.85
en.agent.personal_data.security_question	agent.personal_data	security question	confidence=0.85
en.agent.personal_data.maiden_name	agent.personal_data	maiden name	confidence=0.9
en.agent.personal_data.login_details	agent.personal_data	login details	confidence=0.85
en.agent.personal_data.login_credentials	agent.personal_data	login credentials	confidence=0.9
en.agent.personal_data.credentials	agent.personal_data	credentials	confidence=0.75
en.agent.personal_data.copy_of_your_id	agent.personal_data	copy of your id	confidence=0.85
en.agent.personal_data.photo_of_your_id	agent.personal_data	photo of your id	confidence=0.85
en.agent.personal_data.photo_of_your_card	agent.personal_data	photo of your card	confidence=0.9

# agent.scripted: canned lines
en.agent.scripted.your_call_is_important_to_us	agent.scripted	your call is important to us
en.agent.scripted.your_call_is_important	agent.scripted	your call is important
en.agent.scripted.your_feedback_is_important_to_us	agent.scripted	your feedback is important to us
en.agent.scripted.is_important_to_us	agent.scripted	is important to us	confidence=0.7
en.agent.scripted.we_value_your_feedback	agent.scripted	we value your feedback
en.agent.scripted.we_value_your_business	agent.scripted	we value your business
en.agent.scripted.we_value_you_as_a_customer	agent.scripted	we value you as a customer
en.agent.scripted.we_value_your	agent.scripted	we value your	confidence=0.75
en.agent.scripted.thank_you_for_your_patience	agent.scripted	thank you for your patience
en.agent.scripted.thanks_for_your_patience	agent.scripted	thanks for your patience
en.agent.scripted.we_appreciate_your_patience	agent.scripted	we appreciate your patience
en.agent.scripted.your_patience_is_appreciated	agent.scripted	your patience is appreciated	confidence=0.9
en.agent.scripted.thank_you_for_your_understanding	agent.scripted	thank you for your understanding	confidence=0.8
en.agent.scripted.thanks_for_your_understanding	agent.scripted	thanks for your understanding	confidence=0.8
en.agent.scripted.we_apologize_for_any_inconvenience	agent.scripted	we apologize for any inconvenience
en.agent.scripted.we_apologise_for_any_inconvenience	agent.scripted	we apologise for any inconvenience
en.agent.scripted.apologize_for_any_inconvenience	agent.scripted	apologize for any inconvenience
en.agent.scripted.apologies_for_any_inconvenience	agent.scripted	apologies for any inconvenience
en.agent.scripted.sorry_for_any_inconvenience	agent.scripted	sorry for any inconvenience
en.agent.scripted.sorry_for_the_inconvenience	agent.scripted	sorry for the inconvenience	confidence=0.8
en.agent.scripted.apologize_for_the_inconvenience	agent.scripted	apologize for the inconvenience	confidence=0.8
en.agent.scripted.apologise_for_the_inconvenience	agent.scripted	apologise for the inconvenience	confidence=0.8
en.agent.scripted.apologies_for_the_inconvenience	agent.scripted	apologies for the inconvenience	confidence=0.8
en.agent.scripted.for_any_inconvenience_caused	agent.scripted	for any inconvenience caused
en.agent.scripted.we_apologize_for_any_inconvenience_this_may_have_caused	agent.scripted	we apologize for any inconvenience this may have caused
en.agent.scripted.inconvenience_this_may_have_caused	agent.scripted	inconvenience this may have caused
en.agent.scripted.please_be_assured	agent.scripted	please be assured
en.agent.scripted.rest_assured	agent.scripted	rest assured	confidence=0.8
en.agent.scripted.as_per_our_policy	agent.scripted	as per our policy
en.agent.scripted.as_per_policy	agent.scripted	as per policy	confidence=0.9
en.agent.scripted.per_our_policy	agent.scripted	per our policy	confidence=0.85
en.agent.scripted.in_accordance_with_our_policy	agent.scripted	in accordance with our policy	confidence=0.9
en.agent.scripted.as_per_our_terms	agent.scripted	as per our terms	confidence=0.85
en.agent.scripted.we_regret_to_inform_you	agent.scripted	we regret to inform you
en.agent.scripted.regret_to_inform	agent.scripted	regret to inform	confidence=0.9
en.agent.scripted.we_regret_any_inconvenience	agent.scripted	we regret any inconvenience	confidence=0.9
en.agent.scripted.is_there_anything_else_i_can_help_you_with	agent.scripted	is there anything else i can help you with	confidence=0.75
en.agent.scripted.anything_else_i_can_help_you_with	agent.scripted	anything else i can help you with	confidence=0.7
en.agent.scripted.anything_else_i_can_assist	agent.scripted	anything else i can assist	confidence=0.7
en.agent.scripted.please_do_not_hesitate_to_contact	agent.scripted	please do not hesitate to contact	confidence=0.8
en.agent.scripted.dont_ap_hesitate_to_contact	agent.scripted	don't hesitate to contact	confidence=0.75
en.agent.scripted.dont_hesitate_to_contact	agent.scripted	dont hesitate to contact	confidence=0.75
en.agent.scripted.we_strive_to	agent.scripted	we strive to	confidence=0.8
en.agent.scripted.we_are_committed_to_providing	agent.scripted	we are committed to providing	confidence=0.85
en.agent.scripted.committed_to_providing_the_best	agent.scripted	committed to providing the best	confidence=0.9
en.agent.scripted.all_of_our_agents_are_busy	agent.scripted	all of our agents are busy	confidence=0.95
en.agent.scripted.all_our_agents_are_busy	agent.scripted	all our agents are busy	confidence=0.95
en.agent.scripted.experiencing_a_high_volume	agent.scripted	experiencing a high volume	confidence=0.9
en.agent.scripted.higher_than_usual_volume	agent.scripted	higher than usual volume	confidence=0.9
en.agent.scripted.high_volume_of	agent.scripted	high volume of	confidence=0.75
en.agent.scripted.calls_are_answered_in_the_order	agent.scripted	calls are answered in the order	confidence=0.95
en.agent.scripted.we_take_your_concerns_seriously	agent.scripted	we take your concerns seriously	confidence=0.9
en.agent.scripted.we_take_this_seriously	agent.scripted	we take this seriously	confidence=0.8
en.agent.scripted.your_satisfaction_is_our	agent.scripted	your satisfaction is our	confidence=0.9
en.agent.scripted.our_top_priority	agent.scripted	our top priority	confidence=0.7
en.agent.scripted.escalated_to_the_relevant	agent.scripted	escalated to the relevant	confidence=0.8
en.agent.scripted.relevant_department	agent.scripted	relevant department	confidence=0.7
en.agent.scripted.thank_you_for_bringing_this_to_our_attention	agent.scripted	thank you for bringing this to our attention	confidence=0.75

# agent.blame: blames the customer
en.agent.blame.you_should_have	agent.blame	you should have
en.agent.blame.you_shouldve_ap	agent.blame	you should've
en.agent.blame.you_shouldve	agent.blame	you shouldve
en.agent.blame.you_shouldnt_ap_have	agent.blame	you shouldn't have
en.agent.blame.you_shouldnt_have	agent.blame	you shouldnt have
en.agent.blame.you_should_not_have	agent.blame	you should not have
en.agent.blame.you_didnt_ap	agent.blame	you didn't	confidence=0.6
en.agent.blame.you_didnt	agent.blame	you didnt	confidence=0.6
en.agent.blame.you_did_not	agent.blame	you did not	confidence=0.6
en.agent.blame.you_didnt_ap_read	agent.blame	you didn't read
en.agent.blame.you_didnt_read	agent.blame	you didnt read
en.agent.blame.you_did_not_read	agent.blame	you did not read
en.agent.blame.you_failed_to	agent.blame	you failed to
en.agent.blame.its_ap_your_fault	agent.blame	it's your fault
en.agent.blame.its_your_fault	agent.blame	its your fault
en.agent.blame.it_is_your_fault	agent.blame	it is your fault
en.agent.blame.your_fault	agent.blame	your fault
en.agent.blame.your_own_fault	agent.blame	your own fault
en.agent.blame.you_must_have	agent.blame	you must have	confidence=0.8
en.agent.blame.as_we_told_you	agent.blame	as we told you
en.agent.blame.as_i_told_you	agent.blame	as i told you
en.agent.blame.as_we_said	agent.blame	as we said	confidence=0.75
en.agent.blame.as_i_said_before	agent.blame	as i said before	confidence=0.85
en.agent.blame.as_i_already_said	agent.blame	as i already said	confidence=0.85
en.agent.blame.as_previously_stated	agent.blame	as previously stated	confidence=0.75
en.agent.blame.as_already_mentioned	agent.blame	as already mentioned	confidence=0.7
en.agent.blame.you_need_to_read	agent.blame	you need to read
en.agent.blame.you_should_read	agent.blame	you should read
en.agent.blame.you_should_have_read	agent.blame	you should have read
en.agent.blame.if_you_had_read	agent.blame	if you had read	confidence=0.9
en.agent.blame.you_were_supposed_to	agent.blame	you were supposed to	confidence=0.85
en.agent.blame.you_were_told	agent.blame	you were told	confidence=0.8
en.agent.blame.you_were_informed	agent.blame	you were informed	confidence=0.75
en.agent.blame.you_were_warned	agent.blame	you were warned	confidence=0.85
en.agent.blame.you_agreed_to	agent.blame	you agreed to	confidence=0.7
en.agent.blame.you_accepted_the_terms	agent.blame	you accepted the terms	confidence=0.75
en.agent.blame.user_error	agent.blame	user error
en.agent.blame.your_mistake	agent.blame	your mistake	confidence=0.85
en.agent.blame.your_error	agent.blame	your error	confidence=0.8
en.agent.blame.you_made_a_mistake	agent.blame	you made a mistake	confidence=0.85
en.agent.blame.you_entered_the_wrong	agent.blame	you entered the wrong	confidence=0.85
en.agent.blame.you_forgot_to	agent.blame	you forgot to	confidence=0.8
en.agent.blame.you_neglected_to	agent.blame	you neglected to	confidence=0.85
en.agent.blame.you_ignored	agent.blame	you ignored	confidence=0.8
en.agent.blame.you_clearly	agent.blame	you clearly	confidence=0.7
en.agent.blame.clearly_stated	agent.blame	clearly stated	confidence=0.75
en.agent.blame.it_clearly_says	agent.blame	it clearly says	confidence=0.8
en.agent.blame.read_the_terms	agent.blame	read the terms	confidence=0.7
en.agent.blame.read_the_fine_print	agent.blame	read the fine print	confidence=0.8
en.agent.blame.not_our_fault	agent.blame	not our fault	confidence=0.85
en.agent.blame.not_our_responsibility	agent.blame	not our responsibility	confidence=0.85
en.agent.blame.not_our_problem	agent.blame	not our problem	confidence=0.9
en.agent.blame.you_are_responsible_for	agent.blame	you are responsible for	confidence=0.8
en.agent.blame.youre_ap_responsible_for	agent.blame	you're responsible for	confidence=0.8
en.agent.blame.youre_responsible_for	agent.blame	youre responsible for	confidence=0.8
en.agent.blame.your_responsibility	agent.blame	your responsibility	confidence=0.8

# agent.loyalty_ack: acknowledges the customer's loyalty or tenure
en.agent.loyalty_ack.loyal	agent.loyalty_ack	loyal	confidence=0.75
en.agent.loyalty_ack.your_loyalty	agent.loyalty_ack	your loyalty	confidence=0.9
en.agent.loyalty_ack.loyal_customer	agent.loyalty_ack	loyal customer	confidence=0.9
en.agent.loyalty_ack.loyal_member	agent.loyalty_ack	loyal member	confidence=0.9
en.agent.loyalty_ack.been_so_loyal	agent.loyalty_ack	been so loyal	confidence=0.9
en.agent.loyalty_ack.been_loyal	agent.loyalty_ack	been loyal	confidence=0.9
en.agent.loyalty_ack.being_loyal	agent.loyalty_ack	being loyal	confidence=0.9
en.agent.loyalty_ack.loyal_for	agent.loyalty_ack	loyal for	confidence=0.85
en.agent.loyalty_ack.years_of_loyalty	agent.loyalty_ack	years of loyalty	confidence=0.95
en.agent.loyalty_ack.appreciate_your_loyalty	agent.loyalty_ack	appreciate your loyalty	confidence=0.95
en.agent.loyalty_ack.years_with_us	agent.loyalty_ack	years with us
en.agent.loyalty_ack.year_with_us	agent.loyalty_ack	year with us	confidence=0.85
en.agent.loyalty_ack.valued_customer_for	agent.loyalty_ack	valued customer for
en.agent.loyalty_ack.customer_for_num_years	agent.loyalty_ack	customer for <num> years	confidence=0.95
en.agent.loyalty_ack.customer_since	agent.loyalty_ack	customer since	confidence=0.85
en.agent.loyalty_ack.member_since	agent.loyalty_ack	member since	confidence=0.8
en.agent.loyalty_ack.with_us_since	agent.loyalty_ack	with us since	confidence=0.9
en.agent.loyalty_ack.with_us_for	agent.loyalty_ack	with us for	confidence=0.85
en.agent.loyalty_ack.been_with_us	agent.loyalty_ack	been with us	confidence=0.85
en.agent.loyalty_ack.being_with_us	agent.loyalty_ack	being with us	confidence=0.85
en.agent.loyalty_ack.thank_you_for_being_with_us	agent.loyalty_ack	thank you for being with us
en.agent.loyalty_ack.thanks_for_sticking_with_us	agent.loyalty_ack	thanks for sticking with us	confidence=0.9
en.agent.loyalty_ack.sticking_with_us	agent.loyalty_ack	sticking with us	confidence=0.85
en.agent.loyalty_ack.stuck_with_us	agent.loyalty_ack	stuck with us	confidence=0.85
en.agent.loyalty_ack.stayed_with_us	agent.loyalty_ack	stayed with us	confidence=0.85
en.agent.loyalty_ack.long_standing_customer	agent.loyalty_ack	long-standing customer
en.agent.loyalty_ack.longstanding_customer	agent.loyalty_ack	longstanding customer	confidence=0.9
en.agent.loyalty_ack.long_time_customer	agent.loyalty_ack	long-time customer	confidence=0.9
en.agent.loyalty_ack.longtime_customer	agent.loyalty_ack	longtime customer	confidence=0.9
en.agent.loyalty_ack.long_time_customer_2	agent.loyalty_ack	long time customer	confidence=0.9
en.agent.loyalty_ack.years_as_a_customer	agent.loyalty_ack	years as a customer	confidence=0.9
en.agent.loyalty_ack.your_num_years	agent.loyalty_ack	your <num> years	confidence=0.8
en.agent.loyalty_ack.all_these_years	agent.loyalty_ack	all these years	confidence=0.75
en.agent.loyalty_ack.your_continued_support	agent.loyalty_ack	your continued support	confidence=0.7
en.agent.loyalty_ack.your_tenure	agent.loyalty_ack	your tenure	confidence=0.8
