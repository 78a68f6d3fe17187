# Hebrew (he) scope and helper lexicon: negation, resolved-past and conditional
# markers that qualify cues, duration units, ordinals and number words.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Bare forms without niqqud or attached prefixes.
# Units carry value=1; the dual forms (יומיים, שנתיים ...) are that many units.
# Resolved markers are two-word forms on purpose: a single "תוקן" would also
# fire inside "עדיין לא תוקן" and wrongly suppress the live cues around it.

# scope.negation: negates a cue after it in the same clause
he.scope.neg.la	scope.negation	לא
he.scope.neg.ayn	scope.negation	אין
he.scope.neg.aynny	scope.negation	אינני
he.scope.neg.ayny	scope.negation	איני
he.scope.neg.aynv	scope.negation	אינו
he.scope.neg.aynh	scope.negation	אינה
he.scope.neg.aynm	scope.negation	אינם
he.scope.neg.aynn	scope.negation	אינן
he.scope.neg.aynk	scope.negation	אינך
he.scope.neg.aynkm	scope.negation	אינכם
he.scope.neg.al	scope.negation	אל	confidence=0.5
# the negators with an attached ו or ש: scope words match exactly, so these
# common forms ("ולא התאכזבתי", "שלא יהיו") are listed as they are written.
he.scope.neg.vla	scope.negation	ולא
he.scope.neg.shla	scope.negation	שלא
he.scope.neg.vshla	scope.negation	ושלא
he.scope.neg.kshla	scope.negation	כשלא
he.scope.neg.vayn	scope.negation	ואין
he.scope.neg.shayn	scope.negation	שאין
he.scope.neg.vaynv	scope.negation	ואינו
he.scope.neg.lla	scope.negation	ללא
he.scope.neg.bli	scope.negation	בלי
he.scope.neg.mbli	scope.negation	מבלי
# more attached-prefix forms of the negators and of "without", and the
# literary "בלא"; scope words match exactly, so each written form is listed.
he.scope.neg.vlla	scope.negation	וללא
he.scope.neg.shlla	scope.negation	שללא
he.scope.neg.vbli	scope.negation	ובלי
he.scope.neg.shbli	scope.negation	שבלי
he.scope.neg.bla	scope.negation	בלא
he.scope.neg.vbla	scope.negation	ובלא
he.scope.neg.kshayn	scope.negation	כשאין
he.scope.neg.vshayn	scope.negation	ושאין
he.scope.neg.shaynv	scope.negation	שאינו
he.scope.neg.shaynh	scope.negation	שאינה
he.scope.neg.shaynm	scope.negation	שאינם
he.scope.neg.shaynk	scope.negation	שאינך
he.scope.neg.shaynny	scope.negation	שאינני
he.scope.neg.vaynh	scope.negation	ואינה
he.scope.neg.vaynm	scope.negation	ואינם
he.scope.neg.vaynk	scope.negation	ואינך
he.scope.neg.vaynny	scope.negation	ואינני
he.scope.neg.mela	scope.negation	מעולם
he.scope.neg.lelvm_la	scope.negation	לעולם לא
he.scope.neg.shvm	scope.negation	שום
he.scope.neg.vshvm	scope.negation	ושום
# denying having said it: "לא אמרתי שאני רוצה לבטל"
he.scope.neg.la_amrty	scope.negation	לא {אמרתי|ביקשתי|כתבתי|טענתי}

# scope.resolved: the cue is past and resolved ("התכוונתי ... אבל", "כבר סודר")
he.scope.res.htkvvnty_x_abl	scope.resolved	התכוונתי ... אבל
he.scope.res.kmet_btlty	scope.resolved	כמעט {ביטלתי|עזבתי|עברתי|התנתקתי|סגרתי}
he.scope.res.zh_svdr	scope.resolved	זה {סודר|סודרה|תוקן|תוקנה|הסתדר|הסתדרה|טופל|טופלה|נפתר|נפתרה}
he.scope.res.kbr_svdr	scope.resolved	כבר סודר
he.scope.res.kbr_svdrh	scope.resolved	כבר סודרה
he.scope.res.hkl_svdr	scope.resolved	הכל סודר
he.scope.res.kbr_tvqn	scope.resolved	כבר תוקן
he.scope.res.kbr_tvqnh	scope.resolved	כבר תוקנה
he.scope.res.beyh_nptrh	scope.resolved	בעיה נפתרה
he.scope.res.beyh_svdrh	scope.resolved	בעיה סודרה
he.scope.res.beyh_tvplh	scope.resolved	בעיה טופלה
he.scope.res.tqlh_tvqnh	scope.resolved	תקלה תוקנה
he.scope.res.tqlh_nptrh	scope.resolved	תקלה נפתרה
he.scope.res.kbr_tvpl	scope.resolved	כבר טופל
he.scope.res.kbr_tvplh	scope.resolved	כבר טופלה
he.scope.res.kbr_hstdr	scope.resolved	כבר הסתדר
he.scope.res.hkl_hstdr	scope.resolved	הכל הסתדר
he.scope.res.tvdh_tyqntm	scope.resolved	תודה תיקנתם
he.scope.res.tvdh_sydrtm	scope.resolved	תודה סידרתם
he.scope.res.tvdh_ptrtm	scope.resolved	תודה פתרתם
he.scope.res.shynyty_x_dety	scope.resolved	שיניתי ... דעתי
he.scope.res.kbr_la_rlvvnty	scope.resolved	כבר לא רלוונטי
he.scope.res.yrd_prq	scope.resolved	ירד פרק

# scope.conditional: makes a cue hypothetical ("אם זה יקרה שוב")
he.scope.cond.am	scope.conditional	אם
he.scope.cond.bmydh	scope.conditional	במידה
he.scope.cond.aylv	scope.conditional	אילו
he.scope.cond.almla	scope.conditional	אלמלא
he.scope.cond.btnay	scope.conditional	בתנאי
he.scope.cond.evd_pem_acht	scope.conditional	עוד פעם אחת

# fraction.half: a half after a number or a unit, for durations: "שנה וחצי"
# (18 months), "שלוש וחצי שנים"
he.fraction.half.vchtsy	fraction.half	וחצי	match=exact

# unit.hour: hours
he.unit.hour.sheh	unit.hour	שעה	value=1
he.unit.hour.shevt	unit.hour	שעות	value=1
he.unit.hour.shetyym	unit.hour	שעתיים	value=2

# unit.day: days
he.unit.day.yvm	unit.day	יום	value=1
he.unit.day.ymym	unit.day	ימים	value=1
he.unit.day.ymmh	unit.day	יממה	value=1
he.unit.day.ymmvt	unit.day	יממות	value=1
he.unit.day.yvmyym	unit.day	יומיים	value=2

# unit.week: weeks
he.unit.week.shbve	unit.week	שבוע	value=1
he.unit.week.shbvevt	unit.week	שבועות	value=1
he.unit.week.shbveyym	unit.week	שבועיים	value=2

# unit.month: months
he.unit.month.chvdsh	unit.month	חודש	value=1
he.unit.month.chvdshym	unit.month	חודשים	value=1
he.unit.month.chvdshyym	unit.month	חודשיים	value=2

# unit.year: years
he.unit.year.shnh	unit.year	שנה	value=1
he.unit.year.shnym	unit.year	שנים	value=1
he.unit.year.shnvt	unit.year	שנות	value=1
he.unit.year.shntyym	unit.year	שנתיים	value=2
he.unit.year.eshvr	unit.year	עשור	value=10
he.unit.year.eshvrym	unit.year	עשורים	value=10

# ordinal: ordinal words
he.ord.shny	ordinal	שני	value=2
he.ord.shnyyh	ordinal	שנייה	value=2
he.ord.shnyh	ordinal	שניה	value=2
he.ord.pemyym	ordinal	פעמיים	value=2
he.ord.shlyshy	ordinal	שלישי	value=3
he.ord.shlyshyt	ordinal	שלישית	value=3
he.ord.rbyey	ordinal	רביעי	value=4
he.ord.rbyeyt	ordinal	רביעית	value=4
he.ord.chmyshy	ordinal	חמישי	value=5
he.ord.chmyshyt	ordinal	חמישית	value=5
he.ord.shyshy	ordinal	שישי	value=6
he.ord.shyshyt	ordinal	שישית	value=6
he.ord.shbyey	ordinal	שביעי	value=7
he.ord.shbyeyt	ordinal	שביעית	value=7
he.ord.shmyny	ordinal	שמיני	value=8
he.ord.shmynyt	ordinal	שמינית	value=8
he.ord.tshyey	ordinal	תשיעי	value=9
he.ord.tshyeyt	ordinal	תשיעית	value=9
he.ord.eshyry	ordinal	עשירי	value=10
he.ord.eshyryt	ordinal	עשירית	value=10

# number: masculine, construct and variant spellings of number words
he.num.shty	number	שתי	value=2
he.num.shtyym	number	שתיים	value=2
he.num.shtym	number	שתים	value=2
he.num.shnyym	number	שניים	value=2
he.num.shlvshh	number	שלושה	value=3
he.num.shlvsht	number	שלושת	value=3
he.num.arbeh	number	ארבעה	value=4
he.num.arbet	number	ארבעת	value=4
he.num.chmyshh	number	חמישה	value=5
he.num.chmshh	number	חמשה	value=5
he.num.chmsht	number	חמשת	value=5
he.num.shyshh	number	שישה	value=6
he.num.shshh	number	ששה	value=6
he.num.shsht	number	ששת	value=6
he.num.shbeh	number	שבעה	value=7
he.num.shbet	number	שבעת	value=7
he.num.shmvnt	number	שמונת	value=8
he.num.tsheh	number	תשעה	value=9
he.num.tshet	number	תשעת	value=9
he.num.eshrh	number	עשרה	value=10
he.num.eshrt	number	עשרת	value=10
# gaps found by the cue table tests: "I wanted to ... but you fixed it"
he.scope.res.rtsyty_x_abl	scope.resolved	רציתי ... אבל
he.scope.res.abl_tykntm	scope.resolved	אבל תיקנתם
he.scope.res.abl_sydrtm	scope.resolved	אבל סידרתם

# clause.contrast: a word that starts a new clause ("החבילה הגיעה שלמה | אבל האינטרנט נפל"):
# the topic of a ticket is taken, on a tie, from the clauses that hold a live complaint
he.clause.abl	clause.contrast	אבל
he.clause.ak	clause.contrast	אך
he.clause.avlm	clause.contrast	אולם
he.clause.lmrvt	clause.contrast	למרות
he.clause.vaylv	clause.contrast	ואילו

# rate.per: a word that makes a duration after an amount a rate ("100 שקל לכל חודש"), not a wait;
# a duration with ב or ל after an amount ("20,000 ש"ח בחודש") is a rate without one
he.rate.lkl	rate.per	לכל
# considered leaving, then did not: "חשבתי לבטל את המנוי אבל הנציג סידר הכל"
he.scope.res.chshbty_lbtl_x_abl	scope.resolved	{חשבתי|שקלתי|שקלנו|חשבנו} {לבטל|לעזוב|לעבור|להתנתק|לסגור} ... אבל
# it works now, after a restart: "עשיתי ריסטארט ועכשיו הכל עובד"
he.scope.res.ekshv_hkl_evbd	scope.resolved	{עכשיו|ועכשיו|כבר|וכבר|ריסטארט|אתחול|מחדש} הכל עובד

# scope.sense: a phrase in which a cue's words mean something harmless; a hit
# inside it is reported suppressed as other_sense
he.sense.urgent_mail	scope.sense	דואר {דחוף|אקספרס}
he.sense.nth_time_buying	scope.sense	פעם {שנייה|שניה|שלישית|רביעית|חמישית} אני {קונה|קונים|מזמין|מזמינה|מזמינים|טס|טסה|טסים|מתארח|מתארחת|משתמש|משתמשת|ממליץ|ממליצה}
he.sense.bereavement_close	scope.sense	{נפטר|נפטרה|נפטרו|שנפטר|שנפטרה} ... ... {לסגור|לבטל|סגירת|ביטול} ... {חשבון|מנוי|קו|כרטיס|חוזה}
he.sense.close_for_deceased	scope.sense	{לסגור|לבטל|סגירת|ביטול} ... ... {נפטר|נפטרה|נפטרו}
