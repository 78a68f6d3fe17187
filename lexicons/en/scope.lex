# English (en) scope and helper lexicon: negation, resolved-past and conditional
# markers that qualify cues, duration units, ordinals and slang number words.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Units carry value=1 (value>1: that many units).

# scope.negation: negates a cue after it in the same clause
en.scope.neg.not	scope.negation	not
en.scope.neg.never	scope.negation	never
en.scope.neg.no	scope.negation	no	confidence=0.7
en.scope.neg.dont_ap	scope.negation	don't
en.scope.neg.dont	scope.negation	dont
en.scope.neg.wont_ap	scope.negation	won't
en.scope.neg.wont	scope.negation	wont
en.scope.neg.isnt_ap	scope.negation	isn't
en.scope.neg.isnt	scope.negation	isnt
en.scope.neg.didnt_ap	scope.negation	didn't
en.scope.neg.didnt	scope.negation	didnt
en.scope.neg.doesnt_ap	scope.negation	doesn't
en.scope.neg.doesnt	scope.negation	doesnt
en.scope.neg.arent_ap	scope.negation	aren't
en.scope.neg.arent	scope.negation	arent
en.scope.neg.wasnt_ap	scope.negation	wasn't
en.scope.neg.wasnt	scope.negation	wasnt
en.scope.neg.havent_ap	scope.negation	haven't
en.scope.neg.havent	scope.negation	havent
en.scope.neg.hasnt_ap	scope.negation	hasn't
en.scope.neg.hasnt	scope.negation	hasnt
en.scope.neg.wouldnt_ap	scope.negation	wouldn't
en.scope.neg.wouldnt	scope.negation	wouldnt
en.scope.neg.shouldnt_ap	scope.negation	shouldn't
en.scope.neg.shouldnt	scope.negation	shouldnt
en.scope.neg.nor	scope.negation	nor	confidence=0.7
en.scope.neg.neither	scope.negation	neither	confidence=0.7
en.scope.neg.without	scope.negation	without
# a choice made instead: "I'd like to reschedule rather than cancel"
en.scope.neg.rather_than	scope.negation	rather than
# denying having said it: "I never said I wanted to cancel" (the window counts from the end of the phrase)
en.scope.neg.never_said_i_wanted	scope.negation	{never|not|didn't|didnt} {said|saying|say|asked} i {want|wanted|wanna|was}

# scope.resolved: the cue is past and resolved ("was going to", "but you fixed it")
en.scope.res.was_going_to	scope.resolved	was going to
en.scope.res.was_gonna	scope.resolved	was gonna
en.scope.res.was_about_to	scope.resolved	was about to
en.scope.res.almost_cancelled	scope.resolved	{almost|nearly} {cancelled|canceled|left|switched|quit|closed}
en.scope.res.was_planning_to	scope.resolved	was planning to
en.scope.res.was_thinking_of	scope.resolved	was thinking of
en.scope.res.was_thinking_about	scope.resolved	was thinking about
en.scope.res.but_you_fixed_it	scope.resolved	but you fixed it
en.scope.res.you_fixed_it	scope.resolved	you fixed it
en.scope.res.you_fixed_the	scope.resolved	you fixed the
en.scope.res.thanks_for_fixing	scope.resolved	thanks for fixing
en.scope.res.thank_you_for_fixing	scope.resolved	thank you for fixing
en.scope.res.its_fixed_ap	scope.resolved	it's fixed
en.scope.res.its_fixed	scope.resolved	its fixed
en.scope.res.it_is_fixed	scope.resolved	it is fixed
en.scope.res.has_been_fixed	scope.resolved	has been fixed
en.scope.res.have_been_fixed	scope.resolved	have been fixed
en.scope.res.has_been_resolved	scope.resolved	has been resolved
en.scope.res.have_been_resolved	scope.resolved	have been resolved
en.scope.res.all_sorted	scope.resolved	all sorted
en.scope.res.sorted_now	scope.resolved	sorted now
en.scope.res.its_working_now_ap	scope.resolved	it's working now
en.scope.res.its_working_now	scope.resolved	its working now
en.scope.res.its_working_again_ap	scope.resolved	it's working again
en.scope.res.its_working_again	scope.resolved	its working again
en.scope.res.is_working_again	scope.resolved	is working again
en.scope.res.working_fine_now	scope.resolved	working fine now
en.scope.res.is_back_to_normal	scope.resolved	is back to normal
en.scope.res.back_to_normal_now	scope.resolved	back to normal now
en.scope.res.fine_now	scope.resolved	{it's|its|everything's|everythings|all} {fine|ok|okay|good} now
en.scope.res.problem_solved	scope.resolved	problem solved
en.scope.res.thanks_again	scope.resolved	thanks again
en.scope.res.thank_you_again	scope.resolved	thank you again
en.scope.res.issue_resolved	scope.resolved	issue resolved
en.scope.res.changed_my_mind	scope.resolved	changed my mind

# scope.conditional: makes a cue hypothetical ("if this happens again")
en.scope.cond.if	scope.conditional	if
en.scope.cond.unless	scope.conditional	unless
en.scope.cond.if_this_happens_again	scope.conditional	if this happens again
en.scope.cond.if_it_happens_again	scope.conditional	if it happens again
en.scope.cond.next_time	scope.conditional	next time	confidence=0.7
en.scope.cond.one_more_time	scope.conditional	one more time	confidence=0.7
en.scope.cond.one_more_x_and	scope.conditional	one more {outage|failure|problem|issue|mistake|delay|disconnection|drop|error|charge} and	confidence=0.7
en.scope.cond.should_this	scope.conditional	should this	confidence=0.8
en.scope.cond.in_case	scope.conditional	in case	confidence=0.7
en.scope.cond.otherwise	scope.conditional	otherwise	confidence=0.6
en.scope.cond.or_else	scope.conditional	or else	confidence=0.7

# scope.sense: a phrase in which a cue's words mean something harmless; a hit
# inside it is reported suppressed as other_sense ("urgent care", "mad props")
en.sense.sad_news	scope.sense	sad news	confidence=0.7
en.sense.sad_to_hear	scope.sense	sad to hear
en.sense.mad_slang	scope.sense	mad {props|keen|skills|respect|love}
en.sense.fast_and_furious	scope.sense	fast and furious
en.sense.urgent_care	scope.sense	urgent care
en.sense.emergency_noun	scope.sense	emergency {contact|contacts|department|room|services|kit|kits|exit|exits|number|numbers|vet|dentist|plumber|locksmith|fund|lighting|brake|supplies}
en.sense.thanks_again	scope.sense	{thanks|thx} again
en.sense.thanks_once_again	scope.sense	{thanks|thx} once again
en.sense.thank_you_again	scope.sense	thank you again
en.sense.thank_you_once_again	scope.sense	thank you once again
en.sense.gladly_again	scope.sense	{will|would|i'd|definitely|happily|gladly|certainly} {order|buy|shop|book|fly|stay|purchase|come|use} again
en.sense.i_didnt_reply	scope.sense	{i|we} {didn't|didnt} {reply|respond|answer|call|write} {back|earlier|sooner|before|yet|to}
en.sense.cancel_a_booking	scope.sense	{need|want|like|have} to cancel {my|the|an|this|our|a} {appointment|booking|reservation|item|slot|session|class|lesson|table|visit}
en.sense.how_cancel_an_item	scope.sense	how {do|can|could} {i|we} cancel {a|one|an|this|that|the|just} ... {item|items|product|order|booking|appointment|reservation|ticket|slot}
en.sense.came_from_another	scope.sense	{to|joined} ... from {another|other|a} {provider|company|bank|network|carrier|supplier|operator|brand}
en.sense.nth_time_buying	scope.sense	{second|third|fourth|fifth|2nd|3rd|4th|5th} time {i|i'm|im|i've|ive|we|we're|we've} ... {buying|bought|ordering|ordered|shopping|shopped|flying|flown|staying|stayed|booking|booked|renewing|renewed|visiting|visited}
en.sense.bereavement_close	scope.sense	{passed|died|deceased|death|bereavement} ... ... {close|closing|cancel|cancelling|canceling} {his|her|their|the} {account|subscription|contract|plan|line|card|membership}

# fraction.half: a half with a number or a unit, for durations: "one and a
# half years", "a year and a half" (18 months)
en.fraction.half.and_a_half	fraction.half	and a half
en.fraction.half.and_half	fraction.half	and half

# unit.hour: hours
en.unit.hour.hour	unit.hour	hour	value=1
en.unit.hour.hours	unit.hour	hours	value=1
en.unit.hour.hr	unit.hour	hr	value=1
en.unit.hour.hrs	unit.hour	hrs	value=1

# unit.day: days
en.unit.day.day	unit.day	day	value=1
en.unit.day.days	unit.day	days	value=1

# unit.week: weeks
en.unit.week.week	unit.week	week	value=1
en.unit.week.weeks	unit.week	weeks	value=1
en.unit.week.wk	unit.week	wk	value=1
en.unit.week.wks	unit.week	wks	value=1
en.unit.week.fortnight	unit.week	fortnight	value=2
en.unit.week.fortnights	unit.week	fortnights	value=2

# unit.month: months
en.unit.month.month	unit.month	month	value=1
en.unit.month.months	unit.month	months	value=1
en.unit.month.mo	unit.month	mo	value=1
en.unit.month.mos	unit.month	mos	value=1
en.unit.month.mths	unit.month	mths	value=1

# unit.year: years
en.unit.year.year	unit.year	year	value=1
en.unit.year.years	unit.year	years	value=1
en.unit.year.yr	unit.year	yr	value=1
en.unit.year.yrs	unit.year	yrs	value=1
en.unit.year.decade	unit.year	decade	value=10
en.unit.year.decades	unit.year	decades	value=10

# ordinal: ordinal words
en.ord.second	ordinal	second	value=2
en.ord.twice	ordinal	twice	value=2
en.ord.2nd	ordinal	2nd	value=2
en.ord.third	ordinal	third	value=3
en.ord.thrice	ordinal	thrice	value=3
en.ord.3rd	ordinal	3rd	value=3
en.ord.fourth	ordinal	fourth	value=4
en.ord.4th	ordinal	4th	value=4
en.ord.fifth	ordinal	fifth	value=5
en.ord.5th	ordinal	5th	value=5
en.ord.sixth	ordinal	sixth	value=6
en.ord.6th	ordinal	6th	value=6
en.ord.seventh	ordinal	seventh	value=7
en.ord.7th	ordinal	7th	value=7
en.ord.eighth	ordinal	eighth	value=8
en.ord.8th	ordinal	8th	value=8
en.ord.ninth	ordinal	ninth	value=9
en.ord.9th	ordinal	9th	value=9
en.ord.tenth	ordinal	tenth	value=10
en.ord.10th	ordinal	10th	value=10

# number: number words ICU's spell-out does not give
en.num.couple	number	couple	value=2
en.num.dozen	number	dozen	value=12

# clause.contrast: a word that starts a new clause ("the parcel came fine | but the line is down"):
# the topic of a ticket is taken, on a tie, from the clauses that hold a live complaint
en.clause.but	clause.contrast	but
en.clause.however	clause.contrast	however
en.clause.although	clause.contrast	although
en.clause.though	clause.contrast	though
en.clause.whereas	clause.contrast	whereas
en.clause.yet	clause.contrast	yet

# rate.per: a word that makes a duration after an amount a rate ("$500 a month"), not a wait
en.rate.a	rate.per	a
en.rate.an	rate.per	an
en.rate.per	rate.per	per
en.rate.each	rate.per	each
en.rate.every	rate.per	every
