# lexicons/en/core.lex: churn.cancel core patterns, negation and units.
# Written by the project team; no third-party word list.
en.core.cancel.going_to	churn.cancel	going to cancel
en.core.cancel.gonna	churn.cancel	gonna cancel
en.core.cancel.will	churn.cancel	will cancel
en.core.cancel.want_to	churn.cancel	want to cancel
en.core.cancel.cancel_my	churn.cancel	cancel my
en.core.cancel.cancelling	churn.cancel	cancelling my
en.core.cancel.close_account	churn.cancel	close my ... account
en.core.cancel.done_with_you	churn.cancel	done with you
en.core.neg.not	scope.negation	not
en.core.neg.never	scope.negation	never
en.core.neg.dont	scope.negation	don't
en.core.neg.wont	scope.negation	won't
en.core.neg.no_intention	scope.negation	no intention of
en.core.resolved.fixed	scope.resolved	but you fixed
en.core.resolved.was_going	scope.resolved	was going to
en.core.cond.if	scope.conditional	if
en.core.unit.year	unit.year	year*
en.core.unit.yrs	unit.year	yrs
en.core.unit.month	unit.month	month*
