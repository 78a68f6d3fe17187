# lexicons/en/resolved.lex: the customer says the problem is fixed (ends a conversation on a resolved note).
# Written by the project team; no third-party word list.
en.resolved.works_now	scope.resolved	works now
en.resolved.working_now	scope.resolved	working now
en.resolved.fixed_now	scope.resolved	fixed now
en.resolved.all_good_now	scope.resolved	all good now
en.resolved.that_did_it	scope.resolved	that did the trick
en.resolved.that_fixed_it	scope.resolved	that fixed it
en.resolved.arrived_now	scope.resolved	it arrived
en.resolved.got_it_now	scope.resolved	got it now
