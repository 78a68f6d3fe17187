# lexicons/he/core.lex: churn.cancel core patterns, negation and units.
# Written by the project team; no third-party word list. Bare forms: the engine strips ו ה ב ל מ ש כ prefixes.
he.core.cancel.mevatel	churn.cancel	מבטל
he.core.cancel.mevatelet	churn.cancel	מבטלת
he.core.cancel.bitalti	churn.cancel	ביטלתי
he.core.cancel.close_account	churn.cancel	לסגור את החשבון
he.core.cancel.azov	churn.cancel	עוזב אתכם
he.core.neg.lo	scope.negation	לא
he.core.neg.al	scope.negation	אל
he.core.neg.ein	scope.negation	אין
he.core.cond.im	scope.conditional	אם
he.core.unit.shana	unit.year	שנה
he.core.unit.shanim	unit.year	שנים
he.core.unit.shnatayim	unit.year	שנתיים	value=2
he.core.unit.hodesh	unit.month	חודש
he.core.unit.hodashim	unit.month	חודשים
