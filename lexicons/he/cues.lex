# Hebrew (he) cue lexicon: entries for the 15 triage cues of the domain brief.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Words are written bare, without niqqud and without the attached prefixes ו ה ב ל מ ש כ,
# which the engine strips from the text ("ולבטל" -> "לבטל", "בפעם השלישית" -> "פעם שלישית").
# The infinitive ל is part of the word and is kept ("לבטל"). Masculine, feminine and
# plural forms are listed separately; stems whose final letter changes (ן/נ, ם/מ) too.
# Entry ids transliterate the Hebrew consonants.
# Scope words (negation, resolved, conditional), units and ordinals live in scope.lex.

# churn.cancel: intends to cancel, close, leave or end the relationship
he.cancel.lbtl_x_mnvy	churn.cancel	לבטל ... מנוי	confidence=0.95
he.cancel.lbtl_x_chshbvn	churn.cancel	לבטל ... חשבון	confidence=0.95
he.cancel.lbtl_x_chvzh	churn.cancel	לבטל ... חוזה
he.cancel.lbtl_x_shyrvt	churn.cancel	לבטל ... שירות
he.cancel.lbtl_x_hskm	churn.cancel	לבטל ... הסכם	confidence=0.85
he.cancel.lbtl_x_htchyybvt	churn.cancel	לבטל ... התחייבות	confidence=0.85
he.cancel.rvtsh_lbtl	churn.cancel	רוצה לבטל	confidence=0.85
he.cancel.rvtsym_lbtl	churn.cancel	רוצים לבטל	confidence=0.85
he.cancel.mbqsh_lbtl	churn.cancel	מבקש לבטל
he.cancel.mbqsht_lbtl	churn.cancel	מבקשת לבטל
he.cancel.mbqshym_lbtl	churn.cancel	מבקשים לבטל
he.cancel.hvlk_lbtl	churn.cancel	הולך לבטל
he.cancel.hvlkt_lbtl	churn.cancel	הולכת לבטל
he.cancel.hvlkym_lbtl	churn.cancel	הולכים לבטל
he.cancel.mtkvvn_lbtl	churn.cancel	מתכוון לבטל	confidence=0.85
he.cancel.mtkvvnt_lbtl	churn.cancel	מתכוונת לבטל	confidence=0.85
he.cancel.abtl	churn.cancel	אבטל	confidence=0.85
he.cancel.nbtl	churn.cancel	נבטל	confidence=0.8
he.cancel.mbtl	churn.cancel	מבטל	confidence=0.7
he.cancel.mbtlt	churn.cancel	מבטלת	confidence=0.7
he.cancel.tbtlv	churn.cancel	תבטלו	confidence=0.75
he.cancel.tbtlv_ly	churn.cancel	תבטלו לי
he.cancel.bytvl_x_mnvy	churn.cancel	ביטול ... מנוי
he.cancel.bytvl_x_chshbvn	churn.cancel	ביטול ... חשבון
he.cancel.bytvl_x_chvzh	churn.cancel	ביטול ... חוזה	confidence=0.85
he.cancel.bytvl_x_shyrvt	churn.cancel	ביטול ... שירות	confidence=0.85
he.cancel.lsgvr_x_chshbvn	churn.cancel	לסגור ... חשבון
he.cancel.lsgvr_x_mnvy	churn.cancel	לסגור ... מנוי
he.cancel.svgr_x_chshbvn	churn.cancel	סוגר ... חשבון	confidence=0.85
he.cancel.svgrt_x_chshbvn	churn.cancel	סוגרת ... חשבון	confidence=0.85
he.cancel.asgvr_x_chshbvn	churn.cancel	אסגור ... חשבון
he.cancel.sgyrt_x_chshbvn	churn.cancel	סגירת ... חשבון	confidence=0.85
he.cancel.tsgrv_x_chshbvn	churn.cancel	תסגרו ... חשבון
he.cancel.tsgrv_ly	churn.cancel	תסגרו לי {את|ת|כבר|הכל|מיד|עכשיו} {הקו|המנוי|החשבון|הכל|השירות|האינטרנט|החבילה|הכרטיס|הטלוויזיה|הקווים|לי|את|כבר|מיד|עכשיו}	confidence=0.8
he.cancel.rvtsh_lhtntq	churn.cancel	רוצה להתנתק
he.cancel.rvtsym_lhtntq	churn.cancel	רוצים להתנתק
he.cancel.mbqsh_lhtntq	churn.cancel	מבקש להתנתק
he.cancel.mbqsht_lhtntq	churn.cancel	מבקשת להתנתק
he.cancel.hvlk_lhtntq	churn.cancel	הולך להתנתק
he.cancel.hvlkt_lhtntq	churn.cancel	הולכת להתנתק
he.cancel.atntq	churn.cancel	אתנתק	confidence=0.85
he.cancel.bqsht_nytvq	churn.cancel	בקשת ניתוק
he.cancel.tvps_nytvq	churn.cancel	טופס ניתוק	confidence=0.85
he.cancel.tntqv_avty	churn.cancel	תנתקו אותי
he.cancel.lntq_avty	churn.cancel	לנתק אותי	confidence=0.85
he.cancel.rvtsh_lezvb	churn.cancel	רוצה לעזוב	confidence=0.8
he.cancel.hvlk_lezvb	churn.cancel	הולך לעזוב	confidence=0.85
he.cancel.hvlkt_lezvb	churn.cancel	הולכת לעזוב	confidence=0.85
he.cancel.evzb_atkm	churn.cancel	עוזב אתכם
he.cancel.evzbt_atkm	churn.cancel	עוזבת אתכם
he.cancel.evzbym_atkm	churn.cancel	עוזבים אתכם
# "אני עוזב" said by the customer: leaving (for a competitor: "אני עוזב לפרטנר")
he.cancel.any_evzb	churn.cancel	{אני|אנחנו|אנו} {עוזב|עוזבת|עוזבים}	confidence=0.75
he.cancel.aezvb	churn.cancel	אעזוב	confidence=0.8
he.cancel.nvtsh	churn.cancel	נוטש	confidence=0.8
he.cancel.nvtsht	churn.cancel	נוטשת	confidence=0.8
he.cancel.nvtshym	churn.cancel	נוטשים	confidence=0.75
he.cancel.syymty_aytkm	churn.cancel	סיימתי איתכם
he.cancel.gmrty_aytkm	churn.cancel	גמרתי איתכם
he.cancel.gmrnv_aytkm	churn.cancel	גמרנו איתכם
he.cancel.la_ashtmsh_x_yvtr	churn.cancel	לא אשתמש ... יותר
he.cancel.la_aqnh_x_yvtr	churn.cancel	לא אקנה ... יותר	confidence=0.85
he.cancel.la_azmyn_x_yvtr	churn.cancel	לא אזמין ... יותר	confidence=0.85
he.cancel.la_achdsh	churn.cancel	לא אחדש	confidence=0.85
he.cancel.la_mmshyk_aytkm	churn.cancel	לא ממשיך איתכם
he.cancel.la_mmshykh_aytkm	churn.cancel	לא ממשיכה איתכם
he.cancel.la_mmshykym_aytkm	churn.cancel	לא ממשיכים איתכם
he.cancel.lhpsyq_x_mnvy	churn.cancel	להפסיק ... מנוי	confidence=0.85
he.cancel.lhpsyq_x_shyrvt	churn.cancel	להפסיק ... שירות	confidence=0.8
he.cancel.lhpsyq_x_aytkm	churn.cancel	להפסיק ... איתכם	confidence=0.85
he.cancel.aybdtm_x_lqvch_w	churn.cancel	איבדתם ... לקוח*
he.cancel.hpsdtm_x_lqvch_w	churn.cancel	הפסדתם ... לקוח*
he.cancel.shlvm_la_lhtravt	churn.cancel	שלום לא להתראות

# churn.switch: moving to or shopping at a competitor
he.switch.chbrh_achrt	churn.switch	חברה אחרת	confidence=0.8
he.switch.chbrt_x_achrt	churn.switch	חברת ... אחרת	confidence=0.75
he.switch.evbr_x_chbrh_achrt	churn.switch	עובר ... חברה אחרת
he.switch.evbrt_x_chbrh_achrt	churn.switch	עוברת ... חברה אחרת
he.switch.evbrym_x_chbrh_achrt	churn.switch	עוברים ... חברה אחרת
he.switch.lebvr_x_chbrh_achrt	churn.switch	לעבור ... חברה אחרת
he.switch.evbr_x_at	churn.switch	עובר ... <handle>	confidence=0.8
he.switch.evbrt_x_at	churn.switch	עוברת ... <handle>	confidence=0.8
he.switch.evbrym_x_at	churn.switch	עוברים ... <handle>	confidence=0.8
he.switch.spq_achr	churn.switch	ספק אחר	confidence=0.85
he.switch.spqyt_achrt	churn.switch	ספקית אחרת	confidence=0.85
he.switch.mpeyl_achr	churn.switch	מפעיל אחר	confidence=0.8
he.switch.mpeylh_achrt	churn.switch	מפעילה אחרת	confidence=0.8
he.switch.qvpt_x_achrt	churn.switch	קופת ... אחרת	confidence=0.75
he.switch.mtchrym	churn.switch	מתחרים	confidence=0.7
he.switch.mtchrh	churn.switch	מתחרה	confidence=0.6
he.switch.mtchrvt	churn.switch	מתחרות	confidence=0.6
he.switch.mtchrym_shlkm	churn.switch	מתחרים שלכם	confidence=0.85
he.switch.nyvd_x_mspr	churn.switch	ניוד ... מספר	confidence=0.8
he.switch.lnyyd_x_mspr	churn.switch	לנייד ... מספר	confidence=0.85
he.switch.mnyyd_x_mspr	churn.switch	מנייד ... מספר	confidence=0.85
he.switch.anyyd	churn.switch	אנייד	confidence=0.85
he.switch.nyydty	churn.switch	ניידתי	confidence=0.75
he.switch.nyvd	churn.switch	ניוד	confidence=0.6
he.switch.htseh_yvtr_tvbh	churn.switch	הצעה יותר טובה	confidence=0.75
he.switch.htseh_tvbh_yvtr	churn.switch	הצעה טובה יותר	confidence=0.75
he.switch.mchpsh_chlvph	churn.switch	מחפש חלופה	confidence=0.8
he.switch.mchpsht_chlvph	churn.switch	מחפשת חלופה	confidence=0.8

# loyalty.tenure: states a long relationship; the number and unit give the duration
he.tenure.kbr_n_shnym	loyalty.tenure	כבר <num> שנים	confidence=0.75
he.tenure.kbr_n_shnh	loyalty.tenure	כבר <num> שנה	confidence=0.7
he.tenure.lqvch_n_shnym	loyalty.tenure	לקוח <num> שנים
he.tenure.lqvch_x_n_shnym	loyalty.tenure	לקוח* ... <num> שנים
he.tenure.lqvch_x_n_shnh	loyalty.tenure	לקוח* ... <num> שנה
he.tenure.lqvch_x_shntyym	loyalty.tenure	לקוח* ... שנתיים	confidence=0.75
he.tenure.lqvch_x_eshvr	loyalty.tenure	לקוח* ... עשור
he.tenure.lqvch_x_eshvrym	loyalty.tenure	לקוח* ... עשורים
he.tenure.lqvch_x_shnym_rbvt	loyalty.tenure	לקוח* ... שנים רבות
he.tenure.lqvch_x_shnt_yyyy	loyalty.tenure	לקוח* ... שנת <year>
he.tenure.lqvch_x_maz_yyyy	loyalty.tenure	לקוח* ... מאז <year>	confidence=0.95
he.tenure.mnvy_x_maz_yyyy	loyalty.tenure	{מנוי|מנויה|מנויים} ... מאז <year>	confidence=0.95
he.tenure.mnvy_x_n_shnym	loyalty.tenure	מנוי* ... <num> שנים	confidence=0.85
he.tenure.n_shnym_x_lqvch_w	loyalty.tenure	<num> שנים ... לקוח*	confidence=0.85
he.tenure.n_shnh_x_lqvch_w	loyalty.tenure	<num> שנה ... לקוח*	confidence=0.85
he.tenure.n_shnym_aytkm	loyalty.tenure	<num> שנים איתכם	confidence=0.85
he.tenure.n_shnh_aytkm	loyalty.tenure	<num> שנה איתכם	confidence=0.85
he.tenure.aytkm_x_n_shnym	loyalty.tenure	איתכם ... <num> שנים	confidence=0.85
he.tenure.aytkm_x_n_shnh	loyalty.tenure	איתכם ... <num> שנה	confidence=0.85
he.tenure.aytkm_x_shntyym	loyalty.tenure	איתכם ... שנתיים	confidence=0.75
he.tenure.aytkm_x_eshvr	loyalty.tenure	איתכם ... עשור	confidence=0.85
he.tenure.aytkm_x_shnym_rbvt	loyalty.tenure	איתכם ... שנים רבות	confidence=0.85
he.tenure.aytkm_kbr_shnym	loyalty.tenure	איתכם כבר שנים	confidence=0.85
he.tenure.atkm_x_n_shnym	loyalty.tenure	אתכם ... <num> שנים	confidence=0.75
he.tenure.lqvch_namn	loyalty.tenure	לקוח נאמן
he.tenure.lqvchh_namnh	loyalty.tenure	לקוחה נאמנה
he.tenure.lqvchvt_namnym	loyalty.tenure	לקוחות נאמנים	confidence=0.85
he.tenure.lqvch_vtyq	loyalty.tenure	לקוח ותיק
he.tenure.lqvchh_vtyqh	loyalty.tenure	לקוחה ותיקה
he.tenure.lqvchvt_vtyqym	loyalty.tenure	לקוחות ותיקים	confidence=0.85
he.tenure.lqvch_qbve	loyalty.tenure	לקוח קבוע	confidence=0.8
he.tenure.lqvchh_qbveh	loyalty.tenure	לקוחה קבועה	confidence=0.8
he.tenure.mnvy_vtyq	loyalty.tenure	מנוי ותיק	confidence=0.85
he.tenure.mnvyh_vtyqh	loyalty.tenure	מנויה ותיקה	confidence=0.85
he.tenure.shnvt_namnvt	loyalty.tenure	שנות נאמנות
he.tenure.namn_lkm	loyalty.tenure	נאמן לכם	confidence=0.8
he.tenure.namnh_lkm	loyalty.tenure	נאמנה לכם	confidence=0.8
he.tenure.namnym_lkm	loyalty.tenure	נאמנים לכם	confidence=0.8
# since the year of: "מנוי אצלכם משנת 2014" (מ+שנת)
he.tenure.x_shnt_yyyy	loyalty.tenure	{מנוי|מנויה|לקוח|לקוחה|לקוחות|איתכם|אצלכם} ... שנת <year>
he.tenure.lqvch_x_shnh_vchtsy	loyalty.tenure	{לקוח*|מנוי*|איתכם|אצלכם} ... שנה וחצי	confidence=0.85

# loyalty.referrals: says they recommended or referred others
he.referral.hmltsty_elykm	loyalty.referrals	המלצתי עליכם
he.referral.hmltsty	loyalty.referrals	המלצתי	confidence=0.8
he.referral.hmltsnv_elykm	loyalty.referrals	המלצנו עליכם	confidence=0.85
he.referral.hbaty_x_lqvchvt	loyalty.referrals	הבאתי ... לקוחות
he.referral.hbaty_x_chbrym	loyalty.referrals	הבאתי ... חברים
he.referral.hbaty_lkm	loyalty.referrals	הבאתי לכם	confidence=0.85
he.referral.hpnyty_x_alykm	loyalty.referrals	הפניתי ... אליכם	confidence=0.85
he.referral.hpnyty_x_chbrym	loyalty.referrals	הפניתי ... חברים	confidence=0.85
he.referral.shknety_x_chbrym	loyalty.referrals	שכנעתי ... חברים
he.referral.shknety	loyalty.referrals	שכנעתי	confidence=0.75
he.referral.tsyrpty_x_chbrym	loyalty.referrals	צירפתי ... חברים
he.referral.tsyrpty	loyalty.referrals	צירפתי	confidence=0.6
he.referral.grmty_x_lhtstrp	loyalty.referrals	גרמתי ... להצטרף	confidence=0.8
he.referral.bzkvty	loyalty.referrals	בזכותי	confidence=0.6

# repeat.failure: the problem happened before
he.repeat.shvb_pem	repeat.failure	שוב פעם	alone=no
he.repeat.shvb_shvb	repeat.failure	שוב שוב	confidence=0.95;alone=no
he.repeat.evd_pem	repeat.failure	עוד פעם	confidence=0.85;alone=no
he.repeat.pem_nvspt	repeat.failure	פעם נוספת	confidence=0.8;alone=no
he.repeat.pem_shnyyh	repeat.failure	פעם שנייה	confidence=0.85
he.repeat.pem_shnyh	repeat.failure	פעם שניה	confidence=0.85
he.repeat.pem_shlyshyt	repeat.failure	פעם שלישית	confidence=0.95
he.repeat.pem_rbyeyt	repeat.failure	פעם רביעית	confidence=0.95
he.repeat.pem_chmyshyt	repeat.failure	פעם חמישית	confidence=0.95
he.repeat.pem_shyshyt	repeat.failure	פעם שישית	confidence=0.95
he.repeat.pem_eshyryt	repeat.failure	פעם עשירית	confidence=0.95
he.repeat.pem_mylyvn	repeat.failure	פעם מיליון	confidence=0.85
he.repeat.pem_alp	repeat.failure	פעם אלף	confidence=0.8
he.repeat.n_pemym	repeat.failure	<num> פעמים	confidence=0.7; min=2
he.repeat.pemyym	repeat.failure	פעמיים	confidence=0.65
he.repeat.kmh_pemym	repeat.failure	כמה פעמים	confidence=0.7
he.repeat.mla_pemym	repeat.failure	מלא פעמים	confidence=0.85
he.repeat.hmvn_pemym	repeat.failure	המון פעמים	confidence=0.85
he.repeat.ayn_spvr_pemym	repeat.failure	אין ספור פעמים
he.repeat.pemym_rbvt	repeat.failure	פעמים רבות	confidence=0.85
he.repeat.la_pem_rashvnh	repeat.failure	לא פעם ראשונה
he.repeat.la_pem	repeat.failure	לא פעם	confidence=0.75
he.repeat.chvzr_el_etsmv	repeat.failure	חוזר על עצמו
he.repeat.chvzrt_el_etsmh	repeat.failure	חוזרת על עצמה
he.repeat.chvzrym_el_etsmm	repeat.failure	חוזרים על עצמם	confidence=0.85
he.repeat.chvzr_nshnh	repeat.failure	חוזר נשנה
he.repeat.chvzrt_nshnyt	repeat.failure	חוזרת נשנית
he.repeat.tqlh_chvzrt	repeat.failure	תקלה חוזרת
he.repeat.tqlvt_chvzrvt	repeat.failure	תקלות חוזרות
he.repeat.beyh_chvzrt	repeat.failure	בעיה חוזרת
he.repeat.beyvt_chvzrvt	repeat.failure	בעיות חוזרות
he.repeat.avth_beyh	repeat.failure	אותה בעיה	confidence=0.85
he.repeat.avth_tqlh	repeat.failure	אותה תקלה
he.repeat.edyyn_la_evbd	repeat.failure	עדיין לא עובד	confidence=0.85
he.repeat.edyyn_la_evbdt	repeat.failure	עדיין לא עובדת	confidence=0.85
he.repeat.edyyn_ayn	repeat.failure	עדיין אין	confidence=0.75
he.repeat.edyyn_tqve	repeat.failure	עדיין תקוע	confidence=0.8
he.repeat.edyyn_tqveh	repeat.failure	עדיין תקועה	confidence=0.8
he.repeat.edyyn_mtntq	repeat.failure	עדיין מתנתק	confidence=0.85
he.repeat.ayn_x_shvb	repeat.failure	אין ... שוב	confidence=0.75
he.repeat.la_evbd_x_shvb	repeat.failure	לא עובד ... שוב
he.repeat.la_evbdt_x_shvb	repeat.failure	לא עובדת ... שוב
he.repeat.la_evbdym_x_shvb	repeat.failure	לא עובדים ... שוב
he.repeat.npl_shvb	repeat.failure	נפל שוב
he.repeat.nplh_shvb	repeat.failure	נפלה שוב
he.repeat.shvb_npl	repeat.failure	שוב נפל
he.repeat.shvb_nplh	repeat.failure	שוב נפלה
he.repeat.shvb_ayn	repeat.failure	שוב אין

# emotion.anger: anger, disgust, being fed up
he.anger.nmas	emotion.anger	נמאס
he.anger.la_ykvl_lhmshyk_kkh	emotion.anger	לא {יכול|יכולה|יכולים} להמשיך ככה	confidence=0.85
he.anger.ay_apshr_lhmshyk_kkh	emotion.anger	אי אפשר להמשיך ככה	confidence=0.85
# shocked at the treatment: "אני בשוק מהיחס"
he.anger.bshvq_x_yachs	emotion.anger	בשוק ... {יחס|שירות|התנהלות|התנהגות|זלזול}	confidence=0.8
# a joke of a service: "איזה בדיחה של שירות"
he.anger.ayzh_bdychh	emotion.anger	{איזה|איזו|ממש|פשוט} {בדיחה|צחוק|בזיון}	confidence=0.8
he.anger.bdychh_shl_shyrvt	emotion.anger	{בדיחה|צחוק|בזיון} של {שירות|חברה|תמיכה|מוקד}	confidence=0.85
he.anger.nmas_ly	emotion.anger	נמאס לי	confidence=0.95
he.anger.nshbr_ly	emotion.anger	נשבר לי
he.anger.etsbny	emotion.anger	עצבני
he.anger.etsbnyt	emotion.anger	עצבנית
he.anger.etsbnyym	emotion.anger	עצבניים	confidence=0.85
he.anger.metsbn	emotion.anger	מעצבן	confidence=0.85
he.anger.metsbnt	emotion.anger	מעצבנת	confidence=0.85
he.anger.metsbnym	emotion.anger	מעצבנים	confidence=0.85
he.anger.mtetsbn	emotion.anger	מתעצבן	confidence=0.85
he.anger.mtetsbnt	emotion.anger	מתעצבנת	confidence=0.85
he.anger.kvest	emotion.anger	כועסת
he.anger.kvesym	emotion.anger	כועסים
he.anger.zvem	emotion.anger	זועם	confidence=0.95
he.anger.zvemt	emotion.anger	זועמת	confidence=0.95
he.anger.zvemym	emotion.anger	זועמים	confidence=0.95
he.anger.rvtch	emotion.anger	{אני|ממש|פשוט|כבר|עדיין|עוד|אנחנו} {רותח|רותחים}
he.anger.rvtch_mzem	emotion.anger	{רותח|רותחת|רותחים} {מזעם|מכעס|מעצבים|מרוב}
he.anger.rvtcht	emotion.anger	{אני|ממש|פשוט|כבר|עדיין|עוד} רותחת
he.anger.mtvskl	emotion.anger	מתוסכל	confidence=0.8
he.anger.mtvsklt	emotion.anger	מתוסכלת	confidence=0.8
he.anger.mtvsklym	emotion.anger	מתוסכלים	confidence=0.8
he.anger.tskvl	emotion.anger	תסכול	confidence=0.75
he.anger.mtskl	emotion.anger	מתסכל	confidence=0.8
he.anger.bvshh	emotion.anger	בושה	confidence=0.85
he.anger.bvshh_chrph	emotion.anger	בושה חרפה	confidence=0.95
he.anger.mchpyr	emotion.anger	מחפיר
he.anger.mchpyrh	emotion.anger	מחפירה
he.anger.mchpyrym	emotion.anger	מחפירים
he.anger.mbyshh	emotion.anger	מבישה	confidence=0.85
he.anger.shervryyh	emotion.anger	שערורייה
he.anger.shervryh	emotion.anger	שערוריה
he.anger.shervryyty	emotion.anger	שערורייתי
he.anger.shervryytyt	emotion.anger	שערורייתית
he.anger.chvtsph	emotion.anger	חוצפה
he.anger.chtsvpym	emotion.anger	חצופים
he.anger.chvtspnym	emotion.anger	חוצפנים
he.anger.byzyvn	emotion.anger	ביזיון
he.anger.bzyvn	emotion.anger	בזיון
he.anger.grve	emotion.anger	גרוע	confidence=0.7
he.anger.grveym	emotion.anger	גרועים	confidence=0.7
he.anger.hky_grve	emotion.anger	הכי גרוע	confidence=0.8
he.anger.zvvety	emotion.anger	זוועתי	confidence=0.8
he.anger.zvvetyt	emotion.anger	זוועתית	confidence=0.8
he.anger.mgeyl	emotion.anger	מגעיל	confidence=0.85
he.anger.mgeylh	emotion.anger	מגעילה	confidence=0.85
he.anger.mgeylym	emotion.anger	מגעילים	confidence=0.85
he.anger.el_pnym	emotion.anger	על פנים	confidence=0.8
he.anger.apsym	emotion.anger	אפסים
he.anger.chra	emotion.anger	חרא	confidence=0.8
he.anger.mtvmtmym	emotion.anger	מטומטמים	confidence=0.85
he.anger.mtvmtm	emotion.anger	מטומטם	confidence=0.8
he.anger.aydyvtym	emotion.anger	אידיוטים	confidence=0.85
he.anger.dbyl_w	emotion.anger	דביל*	confidence=0.85
he.anger.nvklym	emotion.anger	נוכלים
he.anger.rmaym	emotion.anger	רמאים
he.anger.gnbym	emotion.anger	גנבים	confidence=0.8
he.anger.evqts	emotion.anger	עוקץ	confidence=0.7
he.anger.eqytsh	emotion.anger	עקיצה	confidence=0.75
he.anger.la_mqvbl	emotion.anger	לא מקובל	confidence=0.8
he.anger.blty_mqvbl	emotion.anger	בלתי מקובל	confidence=0.85
he.anger.blty_nsbl	emotion.anger	בלתי נסבל
he.anger.la_nsbl	emotion.anger	לא נסבל	confidence=0.85
he.anger.la_nvrmly	emotion.anger	לא נורמלי	confidence=0.65
he.anger.hzvy	emotion.anger	הזוי	confidence=0.8
he.anger.hzvyh	emotion.anger	הזויה	confidence=0.8
he.anger.dy_kbr	emotion.anger	די כבר	confidence=0.85
he.anger.ayn_ly_kvch	emotion.anger	אין לי כוח	confidence=0.7
he.anger.ed_mty	emotion.anger	עד מתי	confidence=0.75
he.anger.elbvn	emotion.anger	עלבון	confidence=0.8
he.anger.melyb	emotion.anger	מעליב	confidence=0.8
he.anger.melybh	emotion.anger	מעליבה	confidence=0.8
he.anger.ttbyyshv	emotion.anger	תתביישו	confidence=0.95
he.anger.la_mtbyyshym	emotion.anger	לא מתביישים	confidence=0.85
he.anger.la_hyyty_x_kves_w	emotion.anger	לא הייתי ... כועס*
he.anger.la_hyyty_x_etsbny_w	emotion.anger	לא הייתי ... עצבני*

# emotion.disappointment: let down, sad, dissatisfied
he.disappoint.mavkzb	emotion.disappointment	מאוכזב	confidence=0.95
he.disappoint.mavkzbt	emotion.disappointment	מאוכזבת	confidence=0.95
he.disappoint.mavkzbym	emotion.disappointment	מאוכזבים	confidence=0.95
he.disappoint.mavkzbvt	emotion.disappointment	מאוכזבות	confidence=0.95
he.disappoint.akzbh	emotion.disappointment	אכזבה	confidence=0.95
he.disappoint.akzbvt	emotion.disappointment	אכזבות
he.disappoint.makzb	emotion.disappointment	מאכזב
he.disappoint.makzbt	emotion.disappointment	מאכזבת
he.disappoint.makzbym	emotion.disappointment	מאכזבים
he.disappoint.htakzbty	emotion.disappointment	התאכזבתי	confidence=0.95
he.disappoint.htakzbnv	emotion.disappointment	התאכזבנו	confidence=0.95
he.disappoint.akzbtm	emotion.disappointment	אכזבתם	confidence=0.95
he.disappoint.mmsh_chbl	emotion.disappointment	ממש חבל	confidence=0.75
he.disappoint.chbl_mavd	emotion.disappointment	חבל מאוד	confidence=0.75
he.disappoint.la_mrvtsh	emotion.disappointment	לא מרוצה	confidence=0.85
he.disappoint.la_mrvtsym	emotion.disappointment	לא מרוצים	confidence=0.85
he.disappoint.la_mrvtsvt	emotion.disappointment	לא מרוצות	confidence=0.85
he.disappoint.ay_shbyevt_rtsvn	emotion.disappointment	אי שביעות רצון	confidence=0.85
he.disappoint.chvsr_shbyevt_rtsvn	emotion.disappointment	חוסר שביעות רצון	confidence=0.85
he.disappoint.tsypyty_yvtr	emotion.disappointment	ציפיתי יותר
he.disappoint.tsypyty_x_yvtr	emotion.disappointment	ציפיתי ... יותר	confidence=0.85
he.disappoint.tsypyty	emotion.disappointment	ציפיתי	confidence=0.6
he.disappoint.hyytm_pem	emotion.disappointment	הייתם פעם	confidence=0.8
he.disappoint.pem_hyytm	emotion.disappointment	פעם הייתם	confidence=0.8
he.disappoint.yrdtm_rmh	emotion.disappointment	ירדתם רמה	confidence=0.85
he.disappoint.rmh_yrdh	emotion.disappointment	רמה ירדה	confidence=0.8
he.disappoint.htdrdr	emotion.disappointment	התדרדר	confidence=0.8
he.disappoint.htdrdrh	emotion.disappointment	התדרדרה	confidence=0.8
he.disappoint.htdrdrtm	emotion.disappointment	התדרדרתם	confidence=0.85
he.disappoint.hydrdr	emotion.disappointment	הידרדר	confidence=0.8
he.disappoint.hydrdrh	emotion.disappointment	הידרדרה	confidence=0.8
he.disappoint.mtchrt	emotion.disappointment	מתחרט	confidence=0.8
he.disappoint.mtchrtt	emotion.disappointment	מתחרטת	confidence=0.8
he.disappoint.mbas	emotion.disappointment	מבאס	confidence=0.85
he.disappoint.mbast	emotion.disappointment	מבאסת	confidence=0.85
he.disappoint.bash	emotion.disappointment	באסה	confidence=0.85
he.disappoint.besh	emotion.disappointment	בעסה	confidence=0.8
he.disappoint.mbvas	emotion.disappointment	מבואס	confidence=0.85
he.disappoint.mbvast	emotion.disappointment	מבואסת	confidence=0.85
he.disappoint.aybdty_amvn	emotion.disappointment	איבדתי אמון	confidence=0.85
he.disappoint.la_hyyty_x_mavkzb_w	emotion.disappointment	לא הייתי ... מאוכזב*
he.disappoint.la_mmlyts	emotion.disappointment	לא ממליץ	confidence=0.85
he.disappoint.la_mmlytsh	emotion.disappointment	לא ממליצה	confidence=0.85
he.disappoint.la_mmlytsym	emotion.disappointment	לא ממליצים	confidence=0.85
he.disappoint.la_mvmlts	emotion.disappointment	לא מומלץ	confidence=0.85

# public.exposure: public channel, @brand mention, threat to post, review or go viral
he.public.aprsm	public.exposure	אפרסם
he.public.nprsm	public.exposure	נפרסם	confidence=0.85
he.public.aelh_pvst	public.exposure	אעלה פוסט	confidence=0.95
he.public.aktvb_pvst	public.exposure	אכתוב פוסט	confidence=0.95
he.public.pvst_x_pyysbvq	public.exposure	פוסט ... פייסבוק	confidence=0.85
he.public.aelh_x_pyysbvq	public.exposure	אעלה ... פייסבוק
he.public.aelh_x_tyqtvq	public.exposure	אעלה ... טיקטוק
he.public.aelh_x_aynstgrm	public.exposure	אעלה ... אינסטגרם
he.public.aprsm_x_pyysbvq	public.exposure	אפרסם ... פייסבוק
he.public.vyraly	public.exposure	ויראלי	confidence=0.85
he.public.vyralyt	public.exposure	ויראלית	confidence=0.85
he.public.vyral	public.exposure	ויראל	confidence=0.85
he.public.ytprsm	public.exposure	יתפרסם	confidence=0.8
he.public.kvlm_ydev	public.exposure	כולם ידעו
he.public.aspr_kvlm	public.exposure	אספר כולם	confidence=0.95
he.public.aspr_x_chbrym	public.exposure	אספר ... חברים	confidence=0.85
he.public.azhyr_x_achrym	public.exposure	אזהיר ... אחרים	confidence=0.85
he.public.azhyr	public.exposure	אזהיר	confidence=0.8
he.public.lhzhyr_x_achrym	public.exposure	להזהיר ... אחרים	confidence=0.85
he.public.apnh_tqshvrt	public.exposure	אפנה תקשורת
he.public.byqvrt_shlylyt	public.exposure	ביקורת שלילית
he.public.byqvrt_grveh	public.exposure	ביקורת גרועה
he.public.kvkb_achd	public.exposure	כוכב אחד	confidence=0.8
he.public.zap	public.exposure	זאפ	confidence=0.7
he.public.hgnt_tsrkn	public.exposure	הגנת צרכן	confidence=0.7
he.public.klbvtq	public.exposure	כלבוטק
he.public.byvsh	public.exposure	ביוש
he.public.abyysh	public.exposure	אבייש
he.public.lbyysh	public.exposure	לבייש	confidence=0.8
# legal threats: the complaint leaves the support channel
he.public.tbyevt_qtnvt	public.exposure	תביעות קטנות	confidence=0.9
he.public.atbe	public.exposure	אתבע	confidence=0.85
he.public.ntbe_atkm	public.exposure	נתבע אתכם	confidence=0.9
he.public.agysh_tbyeh	public.exposure	{אגיש|נגיש|מגיש|מגישה|מגישים|להגיש|הגשתי|הגשנו} ... {תביעה|תביעות}	confidence=0.85
he.public.tbyeh_yytsvgyt	public.exposure	תביעה ייצוגית	confidence=0.85
he.public.evrk_dyn	public.exposure	{אפנה|פונה|פונים|מעביר|מעבירה|הולך|הולכת|נפנה|אעביר|נעביר|העברתי|העברנו|פניתי|פנינו|אתייעץ|התייעצתי|אלך|נלך|אשלח|נשלח|מכתב|פנייה|תביעה|תשמעו|תקבלו|יצרתי|אקח|ניקח|לקחתי} ... {עורך|עורכת} {דין|הדין}	confidence=0.75
he.public.evrk_dyn_ytpl	public.exposure	{עורך|עורכת} {דין|הדין} {שלי|שלנו} {יפנה|יטפל|תטפל|ישלח|תשלח|ייצור|ידבר|יהיה|תהיה|כבר|בדרך|יגיש|יתבע}	confidence=0.75
he.public.pvmby	public.exposure	פומבי	confidence=0.8
he.public.pvmbyt	public.exposure	פומבית	confidence=0.8

# urgency: needs help now
he.urgency.dchvp	urgency	דחוף	confidence=0.95;match=exact
he.urgency.dchvph	urgency	דחופה	confidence=0.95
he.urgency.dchvpym	urgency	דחופים
he.urgency.dchypvt	urgency	דחיפות	confidence=0.95
he.urgency.kbr_ekshyv	urgency	כבר עכשיו	confidence=0.7
he.urgency.hky_mhr	urgency	הכי מהר	confidence=0.85
he.urgency.kmh_yvtr_mhr	urgency	כמה יותר מהר	confidence=0.95
he.urgency.htsylv	urgency	הצילו
he.urgency.chyrvm	urgency	{מקרה|מצב|זה|ממש|יש|דחוף|דחופה} חירום
he.urgency.bhvl	urgency	בהול
he.urgency.bhvlh	urgency	בהולה
he.urgency.qryty	urgency	קריטי	confidence=0.8
he.urgency.qrytyt	urgency	קריטית	confidence=0.8
he.urgency.tezrv_ly	urgency	תעזרו לי	confidence=0.6
he.urgency.bbqshh_tezrv	urgency	בבקשה תעזרו	confidence=0.7
he.urgency.la_ykvl_lebvd	urgency	לא יכול לעבוד	confidence=0.7
he.urgency.la_ykvlh_lebvd	urgency	לא יכולה לעבוד	confidence=0.7
he.urgency.la_ykvlym_lebvd	urgency	לא יכולים לעבוד	confidence=0.7
he.urgency.ddlyyn	urgency	דדליין	confidence=0.75
he.urgency.asap	urgency	אסאפ	confidence=0.85

# ignored: nobody listens, waited long, passed around
he.ignored.ap_achd_la_evnh	ignored	אף אחד לא עונה	confidence=0.95
he.ignored.ap_achd_la_enh	ignored	אף אחד לא ענה	confidence=0.95
he.ignored.ap_achd_la_chvzr	ignored	אף אחד לא חוזר
he.ignored.ap_achd_la_chzr	ignored	אף אחד לא חזר
he.ignored.ap_achd_la_mtyychs	ignored	אף אחד לא מתייחס	confidence=0.95
he.ignored.ap_achd_la_htyychs	ignored	אף אחד לא התייחס	confidence=0.95
he.ignored.ap_achd_la_mqshyb	ignored	אף אחד לא מקשיב
he.ignored.ap_achd_la_evzr	ignored	אף אחד לא עוזר	confidence=0.85
he.ignored.ap_achd_la_ezr	ignored	אף אחד לא עזר	confidence=0.85
he.ignored.ap_achd_la_mtpl	ignored	אף אחד לא מטפל	confidence=0.85
he.ignored.ap_achd_la_typl	ignored	אף אחד לא טיפל	confidence=0.85
he.ignored.ap_achd_la_htqshr	ignored	אף אחד לא התקשר	confidence=0.85
he.ignored.ap_achd_la_svpr	ignored	אף אחד לא סופר
he.ignored.la_evnym	ignored	לא עונים	confidence=0.85
he.ignored.la_env	ignored	לא ענו	confidence=0.85
he.ignored.la_evnh	ignored	לא עונה	confidence=0.6
he.ignored.la_chvzrym	ignored	לא חוזרים	confidence=0.8
he.ignored.la_chzrv	ignored	לא חזרו	confidence=0.85
he.ignored.la_mtyychsym	ignored	לא מתייחסים
he.ignored.la_htyychsv	ignored	לא התייחסו
he.ignored.la_mqshybym	ignored	לא מקשיבים
he.ignored.la_svprym	ignored	לא סופרים
he.ignored.ayn_menh	ignored	אין מענה
he.ignored.ayn_tgvbh	ignored	אין תגובה	confidence=0.85
he.ignored.ayn_tshvbh	ignored	אין תשובה	confidence=0.85
he.ignored.ayn_em_my_ldbr	ignored	אין עם מי לדבר
he.ignored.lla_menh	ignored	ללא מענה	confidence=0.85
he.ignored.lla_tshvbh	ignored	ללא תשובה	confidence=0.8
he.ignored.bly_tshvbh	ignored	בלי תשובה	confidence=0.8
he.ignored.bly_menh	ignored	בלי מענה	confidence=0.8
he.ignored.htelmvt	ignored	התעלמות
he.ignored.mtelmym	ignored	מתעלמים
he.ignored.htelmv	ignored	התעלמו
he.ignored.mtelm	ignored	מתעלם	confidence=0.85
he.ignored.mtelmt	ignored	מתעלמת	confidence=0.85
he.ignored.mzlzlym	ignored	מזלזלים	confidence=0.7
he.ignored.mchkh_x_n_ymym	ignored	מחכה ... <num> ימים
he.ignored.mchkh_x_n_shevt	ignored	מחכה ... <num> שעות	confidence=0.85
he.ignored.mchkh_x_n_shbvevt	ignored	מחכה ... <num> שבועות
he.ignored.mchkh_x_yvmyym	ignored	מחכה ... יומיים	confidence=0.85
he.ignored.mchkh_x_shbveyym	ignored	מחכה ... שבועיים
he.ignored.mchkh_x_shetyym	ignored	מחכה ... שעתיים	confidence=0.85
he.ignored.mchkh_x_chvdsh	ignored	מחכה ... חודש	confidence=0.85
he.ignored.mchkh_x_chvdshyym	ignored	מחכה ... חודשיים
he.ignored.mchkh_x_shbve	ignored	מחכה ... שבוע	confidence=0.85
he.ignored.mchkym_x_n_ymym	ignored	מחכים ... <num> ימים
he.ignored.mchkym_x_shbveyym	ignored	מחכים ... שבועיים
he.ignored.mchkym_x_shbve	ignored	מחכים ... שבוע	confidence=0.85
he.ignored.mchkh_x_sheh	ignored	מחכה ... שעה	confidence=0.7
he.ignored.mchkh_x_zmn	ignored	מחכה ... זמן	confidence=0.75
he.ignored.mebyrym_avty	ignored	מעבירים אותי
he.ignored.hebyrv_avty	ignored	העבירו אותי	confidence=0.8
he.ignored.ntsyg_ntsyg	ignored	נציג נציג
he.ignored.mchlqh_mchlqh	ignored	מחלקה מחלקה
he.ignored.pyng_pvng	ignored	פינג פונג	confidence=0.8
he.ignored.schbt	ignored	סחבת
he.ignored.mvrchym_avty	ignored	מורחים אותי	confidence=0.95
he.ignored.mrchv_avty	ignored	מרחו אותי
he.ignored.mvrchym	ignored	מורחים	confidence=0.85
he.ignored.mrychh	ignored	מריחה	confidence=0.75
he.ignored.rq_hbtchvt	ignored	רק הבטחות	confidence=0.85
he.ignored.hbtychv_x_lchzvr	ignored	הבטיחו ... לחזור	confidence=0.85
he.ignored.kbr_pnyty	ignored	כבר פניתי	confidence=0.7
he.ignored.pnyty_x_n_pemym	ignored	פניתי ... <num> פעמים	confidence=0.85; min=2
he.ignored.htqshrty_x_n_pemym	ignored	התקשרתי ... <num> פעמים	confidence=0.85; min=2
he.ignored.kbr_htlvnnty	ignored	כבר התלוננתי	confidence=0.8
he.ignored.kbr_dyvvchty	ignored	כבר דיווחתי	confidence=0.8
he.ignored.tshvbh_avtvmtyt	ignored	תשובה אוטומטית	confidence=0.7
he.ignored.menh_avtvmty	ignored	מענה אוטומטי	confidence=0.7

# value.at_risk: a large order, contract or renewal depends on this
he.value.hzmnh_gdvlh	value.at_risk	הזמנה גדולה	alone=no
he.value.hzmnvt_gdvlvt	value.at_risk	הזמנות גדולות	confidence=0.85;alone=no
he.value.hzmnh_enqyt	value.at_risk	הזמנה ענקית	alone=no
he.value.hzmnh_kmvtyt	value.at_risk	הזמנה כמותית	confidence=0.85;alone=no
he.value.chydvsh_x_chvzh	value.at_risk	חידוש ... חוזה	confidence=0.85;alone=no
he.value.chydvsh_x_hskm	value.at_risk	חידוש ... הסכם	confidence=0.8;alone=no
he.value.lqvch_gdvl	value.at_risk	לקוח גדול	confidence=0.8;alone=no
he.value.lqvch_mvsdy	value.at_risk	לקוח מוסדי	confidence=0.7;alone=no
he.value.prvyqt_gdvl	value.at_risk	פרויקט גדול	confidence=0.8;alone=no
he.value.esqh_gdvlh	value.at_risk	עסקה גדולה	alone=no
he.value.alpy_shqlym	value.at_risk	אלפי שקלים	confidence=0.75;alone=no
he.value.eshrvt_alpy	value.at_risk	עשרות אלפי שקלים	confidence=0.8;alone=no
he.value.mavt_alpy	value.at_risk	מאות אלפי שקלים	confidence=0.85;alone=no
he.value.mylyvny_shqlym	value.at_risk	מיליוני שקלים	confidence=0.85;alone=no
he.value.chvzh_gdvl	value.at_risk	חוזה גדול	confidence=0.85;alone=no
he.value.chvzh_x_tlvy	value.at_risk	חוזה ... תלוי	confidence=0.8
he.value.lqvch_mrkzy	value.at_risk	לקוח מרכזי	confidence=0.75;alone=no
he.value.mavt_ychydvt	value.at_risk	מאות יחידות	confidence=0.8;alone=no
he.value.alpy_ychydvt	value.at_risk	אלפי יחידות	confidence=0.85;alone=no
# the size of the account in numbers, and what the customer pays
he.value.n_rshyvnvt	value.at_risk	<num> רישיונות	confidence=0.75;alone=no
he.value.n_qvvym	value.at_risk	<num> {קווים|משתמשים|עובדים|חשבונות|מנויים}	confidence=0.7; min=10;alone=no
he.value.mshlm_lkm_n	value.at_risk	{משלם|משלמת|משלמים} לכם <num>	confidence=0.8
he.value.lqvch_esqy	value.at_risk	{לקוח|לקוחה|לקוחות} {עסקי|עסקית|עסקיים|גדול|גדולה|מרכזי|מרכזית|אסטרטגי}	confidence=0.75;alone=no
he.value.chvzh_shnty	value.at_risk	חוזה {שנתי|עסקי|גדול}	confidence=0.75;alone=no
he.value.chvzh_x_n_alf	value.at_risk	חוזה ... <num> {אלף|מיליון}	confidence=0.8;alone=no
he.value.chvzh_x_mstyym	value.at_risk	חוזה ... {מסתיים|נגמר|יסתיים|ייגמר|לחידוש}	confidence=0.8;alone=no

# signal.downgrade: downgrading, auto-renew off, reducing use
he.downgrade.davngryyd	signal.downgrade	דאונגרייד
he.downgrade.lhvryd_x_mslvl	signal.downgrade	להוריד ... מסלול
he.downgrade.hvrdt_x_mslvl	signal.downgrade	הורדת ... מסלול	confidence=0.85
he.downgrade.tvrydv_x_mslvl	signal.downgrade	{תורידו|תוריד|תורידי} ... {חבילה|חבילת|תוכנית|מסלול|ערוץ|ערוצי|קו|תוספת}	confidence=0.85
he.downgrade.lhvryd_x_chbylh	signal.downgrade	{להוריד|הורדת} ... {חבילה|תוכנית}	confidence=0.85
he.downgrade.tbtlv_chydvsh	signal.downgrade	{תבטלו|תבטל|תבטלי|ביטול} ... חידוש אוטומטי	confidence=0.9
# a smaller package, and a freeze: "לעבור לחבילה בסיסית", "תקפיאו לי את המנוי"
he.downgrade.chbylh_bsysyt	signal.downgrade	{לעבור|עובר|עוברת|עוברים|אעבור|נעבור|עברתי|לרדת|יורד|יורדת|ארד|להחליף|מחליף|מחליפה|להוריד|תעבירו|להעביר|העבירו|להסתפק|מסתפק|מסתפקת|רק|רוצה|מעדיף|מעדיפה} ... {חבילה|מסלול|תוכנית} {בסיסית|בסיסי|זולה|זול|קטנה|קטן|מצומצמת|מצומצם}	confidence=0.85
he.downgrade.tqpyav_x_mnvy	signal.downgrade	{תקפיאו|תקפיא|תקפיאי|הקפאה} ... {מנוי|חשבון|קו}	confidence=0.9
he.downgrade.mslvl_zvl	signal.downgrade	מסלול זול	confidence=0.8
he.downgrade.mslvl_zvl_yvtr	signal.downgrade	מסלול זול יותר	confidence=0.85
he.downgrade.mslvl_yvtr_zvl	signal.downgrade	מסלול יותר זול	confidence=0.85
he.downgrade.chbylh_yvtr_zvlh	signal.downgrade	חבילה יותר זולה	confidence=0.85
he.downgrade.lhqtyn_x_chbylh	signal.downgrade	להקטין ... {חבילה|חבילת}	confidence=0.85
he.downgrade.lhqtyn_x_mnvy	signal.downgrade	להקטין ... מנוי	confidence=0.85
he.downgrade.lhqtyn_x_shymvsh	signal.downgrade	להקטין ... שימוש	confidence=0.7
he.downgrade.lbtl_x_hvrat_qbe	signal.downgrade	לבטל ... הוראת קבע	confidence=0.85
he.downgrade.lhqpya_x_mnvy	signal.downgrade	להקפיא ... מנוי	confidence=0.85
he.downgrade.hqpat_x_mnvy	signal.downgrade	הקפאת ... מנוי	confidence=0.85
he.downgrade.lhqpya_x_chshbvn	signal.downgrade	להקפיא ... חשבון	confidence=0.8
he.downgrade.lhshhvt_x_mnvy	signal.downgrade	להשהות ... מנוי	confidence=0.8
he.downgrade.lhvryd_x_ervtsym	signal.downgrade	להוריד ... ערוצים	confidence=0.75
he.downgrade.lhvryd_x_qv	signal.downgrade	להוריד ... קו	confidence=0.7
he.downgrade.lbtl_x_chydvsh_avtvmty	signal.downgrade	לבטל ... חידוש אוטומטי
he.downgrade.lhpsyq_x_chydvsh_avtvmty	signal.downgrade	להפסיק ... חידוש אוטומטי
he.downgrade.lkbvt_x_chydvsh_avtvmty	signal.downgrade	לכבות ... חידוש אוטומטי
he.downgrade.bytvl_x_chydvsh_avtvmty	signal.downgrade	ביטול ... חידוש אוטומטי	confidence=0.85

# change.unannounced: rules, prices or account manager changed without notice
he.unannounced.bly_lhvdye	change.unannounced	בלי להודיע
he.unannounced.bly_hvdeh	change.unannounced	בלי הודעה
he.unannounced.lla_hvdeh	change.unannounced	ללא הודעה
he.unannounced.bly_shvm_hvdeh	change.unannounced	{בלי|ללא} {שום|כל} {הודעה|התראה|עדכון|אזהרה}
he.unannounced.bly_ledkn	change.unannounced	בלי לעדכן
he.unannounced.lla_edkvn	change.unannounced	ללא עדכון	confidence=0.85
he.unannounced.bly_lshavl	change.unannounced	בלי לשאול	confidence=0.8
he.unannounced.bly_ayshvr	change.unannounced	בלי אישור	confidence=0.8
he.unannounced.lla_ayshvr	change.unannounced	ללא אישור	confidence=0.8
he.unannounced.bly_lyyde	change.unannounced	בלי ליידע
he.unannounced.lla_yydve	change.unannounced	ללא יידוע
he.unannounced.la_hvdyev	change.unannounced	לא הודיעו	confidence=0.85
he.unannounced.la_edknv	change.unannounced	לא עדכנו	confidence=0.85
he.unannounced.la_yydev	change.unannounced	לא יידעו	confidence=0.85
he.unannounced.ap_achd_la_hvdye	change.unannounced	אף אחד לא הודיע
he.unannounced.ap_achd_la_edkn	change.unannounced	אף אחד לא עדכן
he.unannounced.shynytm_x_tnaym	change.unannounced	שיניתם ... תנאים	confidence=0.85
he.unannounced.shynv_x_tnaym	change.unannounced	שינו ... תנאים	confidence=0.8
he.unannounced.shynv_x_mchyr	change.unannounced	שינו ... מחיר	confidence=0.75
he.unannounced.helytm_x_mchyr	change.unannounced	העליתם ... מחיר	confidence=0.7
he.unannounced.helv_x_mchyr	change.unannounced	העלו ... מחיר	confidence=0.65
he.unannounced.ptavm_shynv	change.unannounced	פתאום שינו
he.unannounced.ptavm_helv	change.unannounced	פתאום העלו	confidence=0.85
he.unannounced.ptavm_gylyty	change.unannounced	פתאום גיליתי	confidence=0.8
he.unannounced.machvry_gb	change.unannounced	מאחורי גב	confidence=0.85
he.unannounced.bchshay	change.unannounced	בחשאי	confidence=0.75
he.unannounced.chd_tsddy	change.unannounced	חד צדדי	confidence=0.85
he.unannounced.chd_tsddyt	change.unannounced	חד צדדית	confidence=0.85
he.unannounced.hchlypv_x_mnhl	change.unannounced	החליפו ... {מנהל|מנהלת|בנקאי|בנקאית|יועץ|יועצת|סוכן|סוכנת}	confidence=0.8
he.unannounced.bly_hskmh	change.unannounced	{בלי|ללא} {הסכמה|הסכמתי|אישור|אישורי}	confidence=0.8
he.unannounced.ptavm_x_elh	change.unannounced	פתאום ... {עלה|עלתה|השתנה|השתנתה|נעלם|נעלמה|הוסיפו|חייבו|שינו|קפץ|קפצה|קפצו|זינק|זינקה|הוכפל|הוכפלה|ביטלתם|ביטלו|שיניתם|העליתם|הורדתם|הורידו}	confidence=0.8

# positive.suggestion: a collaborative idea for the brand
he.suggest.kday_tvsypv	positive.suggestion	כדאי תוסיפו
he.suggest.kday_lhvsyp	positive.suggestion	כדאי להוסיף	confidence=0.85
he.suggest.hyyty_mmlyts_lkm	positive.suggestion	הייתי ממליץ לכם	confidence=0.75
he.suggest.hyyty_mmlytsh_lkm	positive.suggestion	הייתי ממליצה לכם	confidence=0.75
he.suggest.htseh_shypvr	positive.suggestion	הצעה שיפור
he.suggest.ysh_ly_htseh	positive.suggestion	יש לי הצעה	confidence=0.85
he.suggest.ysh_ly_reyvn	positive.suggestion	יש לי רעיון	confidence=0.85
he.suggest.reyvn_shypvr	positive.suggestion	רעיון שיפור
he.suggest.shvvh_lhvsyp	positive.suggestion	שווה להוסיף	confidence=0.8
he.suggest.htseh_qtnh	positive.suggestion	הצעה {קטנה|לשיפור|קטנטנה}	confidence=0.8
he.suggest.tvsypv_x_apshrvt	positive.suggestion	{תוסיפו|שתוסיפו} ... {אפשרות|אופציה|תמיכה|מצב}	confidence=0.75
he.suggest.avly_tvsypv	positive.suggestion	אולי תוסיפו
he.suggest.shvvh_lshqvl	positive.suggestion	שווה לשקול	confidence=0.8
he.suggest.yhyh_nchmd	positive.suggestion	יהיה נחמד	confidence=0.8
he.suggest.yhyh_mevlh	positive.suggestion	יהיה מעולה	confidence=0.75
he.suggest.yhyh_kyp	positive.suggestion	יהיה כיף	confidence=0.7
he.suggest.ashmch_am_tvsypv	positive.suggestion	אשמח אם תוסיפו
he.suggest.htsh_x_tvsypv	positive.suggestion	{הצעה|הצעתי|מציע|מציעה|אולי} ... {תוסיפו|להוסיף|שתוסיפו|תשקלו}	confidence=0.8
he.suggest.cc_at	positive.suggestion	cc <handle>	confidence=0.7

# positive.advocacy: praise, recommends the brand
he.advocacy.mmlyts_bchvm	positive.advocacy	ממליץ בחום	confidence=0.95
he.advocacy.mmlytsh_bchvm	positive.advocacy	ממליצה בחום	confidence=0.95
he.advocacy.mmlytsym_bchvm	positive.advocacy	ממליצים בחום
he.advocacy.tmyd_mmlyts	positive.advocacy	תמיד ממליץ
he.advocacy.tmyd_mmlytsh	positive.advocacy	תמיד ממליצה
he.advocacy.mmlyts_elykm	positive.advocacy	ממליץ עליכם
he.advocacy.mmlytsh_elykm	positive.advocacy	ממליצה עליכם
he.advocacy.mvmlts_bchvm	positive.advocacy	מומלץ בחום
he.advocacy.mavd_mvmlts	positive.advocacy	מאוד מומלץ	confidence=0.85
he.advocacy.shyrvt_mevlh	positive.advocacy	שירות מעולה
he.advocacy.shyrvt_mtsvyn	positive.advocacy	שירות מצוין
he.advocacy.shyrvt_mtsvyyn	positive.advocacy	שירות מצויין
he.advocacy.shyrvt_mdhym	positive.advocacy	שירות מדהים
he.advocacy.alvpym	positive.advocacy	אלופים	confidence=0.85
he.advocacy.alvph	positive.advocacy	אלופה	confidence=0.75
he.advocacy.tvtchym	positive.advocacy	תותחים	confidence=0.85
he.advocacy.tvtch	positive.advocacy	תותח	confidence=0.75
he.advocacy.tvtchyt	positive.advocacy	תותחית	confidence=0.75
he.advocacy.mlkym	positive.advocacy	מלכים	confidence=0.75
he.advocacy.mdhymym	positive.advocacy	מדהימים	confidence=0.8
he.advocacy.kl_hkbvd	positive.advocacy	כל הכבוד	confidence=0.85
he.advocacy.hky_tvbym	positive.advocacy	הכי טובים	confidence=0.85
he.advocacy.avhb_atkm	positive.advocacy	אוהב אתכם
he.advocacy.avhbt_atkm	positive.advocacy	אוהבת אתכם
he.advocacy.avhbym_atkm	positive.advocacy	אוהבים אתכם
he.advocacy.mavd_mrvtsh	positive.advocacy	מאוד מרוצה	confidence=0.85
he.advocacy.mrvtsh_mavd	positive.advocacy	מרוצה מאוד	confidence=0.85
he.advocacy.shapv	positive.advocacy	שאפו	confidence=0.85
he.advocacy.yyshr_kvch	positive.advocacy	יישר כוח
he.advocacy.yshr_kvch	positive.advocacy	ישר כוח
he.advocacy.la_makzbym	positive.advocacy	לא מאכזבים	confidence=0.85

# Phrase forms that replace bare words usually neutral or supportive in general
# use ("שוב" in "ושוב תודה", "כל פעם מחדש" in praise, "מיד אחרי", "מזעזע" and
# "נורא" in condolences, "עיתונאי", "בדיחה", "מושחתים" about third parties).
he.repeat.shvb_la	repeat.failure	שוב לא	confidence=0.8
he.repeat.shvb_vshvb	repeat.failure	שוב ושוב	confidence=0.7;alone=no
he.repeat.kl_pem_avtv	repeat.failure	כל פעם אותו	confidence=0.8
he.repeat.kl_pem_avth	repeat.failure	כל פעם אותה	confidence=0.8
# "קורסת כל פעם ש...": every time, next to what fails (alone "כל פעם מחדש" is as often praise)
he.repeat.fail_kl_pem	repeat.failure	{קורס|קורסת|קורסים|נתקע|נתקעת|נתקעים|נופל|נופלת|נופלים|מתנתק|מתנתקת|נקטע|נקטעת|נכשל|נכשלת} כל פעם	confidence=0.85
he.repeat.kl_pem_x_fail	repeat.failure	כל פעם ... {קורס|קורסת|קורסים|נתקע|נתקעת|נתקעים|נופל|נופלת|נופלים|מתנתק|מתנתקת|נקטע|נקטעת|נכשל|נכשלת}	confidence=0.85
he.urgency.myd_ekshyv	urgency	מיד עכשיו	confidence=0.85
he.urgency.ekshyv_myd	urgency	עכשיו מיד	confidence=0.85
he.urgency.ttplv_x_myd	urgency	תטפלו ... מיד	confidence=0.85
he.urgency.ttqnv_x_myd	urgency	תתקנו ... מיד	confidence=0.85
he.urgency.tchzrv_x_myd	urgency	תחזרו ... מיד	confidence=0.85
he.urgency.typvl_myydy	urgency	טיפול מיידי	confidence=0.85
he.urgency.mene_myydy	urgency	מענה מיידי	confidence=0.85
he.urgency.ptrvn_myydy	urgency	פתרון מיידי	confidence=0.85
he.urgency.bhqdm_hapshry	urgency	בהקדם האפשרי	confidence=0.8
# as written: stacked prefixes make "להשמיד" end in "מיד"
he.urgency.tsryk_x_ekshyv	urgency	{צריך|צריכה|צריכים} ... {עכשיו|מיד|מיידית|מהר}	confidence=0.75; match=exact
# "עוד היום" alone is also a prayer's "this very day": only with a need
he.urgency.tsryk_x_evd_hyvm	urgency	{צריך|צריכה|צריכים|חייב|חייבת|חייבים|מבקש|מבקשת} ... עוד היום	confidence=0.8; match=exact
he.urgency.bhqdm	urgency	{תחזרו|תחזור|תחזרי|תטפלו|תטפל|תענו|לטפל|לחזור} ... בהקדם	confidence=0.8; match=exact
he.public.apnh_eytvnvt	public.exposure	אפנה ... עיתונות	confidence=0.85
he.public.apnh_eytvnaym	public.exposure	אפנה ... עיתונאים	confidence=0.85
he.anger.shyrvt_mzeze	emotion.anger	שירות מזעזע	confidence=0.9
he.anger.yychs_mzeze	emotion.anger	יחס מזעזע	confidence=0.9
he.anger.shyrvt_nvray	emotion.anger	שירות נוראי	confidence=0.9
he.anger.yychs_nvray	emotion.anger	יחס נוראי	confidence=0.9
he.anger.shyrvt_mchryd	emotion.anger	שירות מחריד	confidence=0.9
he.anger.ath_mzeze	emotion.anger	אתה מזעזע	confidence=0.85
he.anger.at_mzezet	emotion.anger	את מזעזעת	confidence=0.85
he.anger.atm_mzezeym	emotion.anger	אתם מזעזעים	confidence=0.85
he.anger.ayzv_bdychh	emotion.anger	איזו בדיחה	confidence=0.8
he.anger.ath_bdychh	emotion.anger	אתה בדיחה	confidence=0.85
he.anger.atm_bdychh	emotion.anger	אתם בדיחה	confidence=0.85
he.anger.bdychh_evtsvbh	emotion.anger	בדיחה עצובה	confidence=0.8
he.anger.ath_mvshcht	emotion.anger	אתה מושחת	confidence=0.9
he.anger.atm_mvshchtym	emotion.anger	אתם מושחתים	confidence=0.9
he.repeat.pem_n	repeat.failure	פעם <num>	confidence=0.75; min=2
he.repeat.pem_h_n	repeat.failure	פעם ה <num>	confidence=0.75; min=2
he.anger.shyrvt_zvveh	emotion.anger	שירות זוועה	confidence=0.9
he.anger.zvveh_shl_shyrvt	emotion.anger	זוועה של שירות	confidence=0.9
he.public.aprsm_x_rshtvt	public.exposure	אפרסם ... רשתות	confidence=0.9
he.public.aelh_x_rshtvt	public.exposure	אעלה ... רשתות	confidence=0.9
he.public.mvetsh_tsrchnvt	public.exposure	מועצה צרכנות	confidence=0.9
he.public.hgnt_hatsrchn	public.exposure	הגנת הצרכן	confidence=0.85
# posting it: "אכתוב על זה בפייסבוק" (the prefix ב is stripped)
he.public.aktvv_x_pyysbvq	public.exposure	{אכתוב|אפרסם|אשתף|אעלה|כותב|כותבת|מפרסם|מפרסמת|מעלה|מעלים|משתף|משתפת|שיתפתי|פרסמתי|העליתי|נכתוב|נפרסם|נעלה} ... {פייסבוק|טוויטר|אינסטגרם|טיקטוק|רשתות|רשת|גוגל}	confidence=0.85
# suing: "אני הולך לתבוע אתכם"
he.public.ltbve_atkm	public.exposure	{לתבוע|אתבע|נתבע|תובע|תובעת} {אתכם|אותכם|אותך|אותם}	confidence=0.9
he.public.tvknyt_tsrchnvt	public.exposure	{תוכנית|תכנית|עיתונאי|עיתונאית|כתב|כתבת|פינת} צרכנות	confidence=0.85
he.ignored.mchkh_kbr_x_n	ignored	מחכה כבר <num>	confidence=0.85
he.ignored.mchkym_kbr_x_n	ignored	מחכים כבר <num>	confidence=0.85
# waited, past tense, and on hold: "חיכיתי 40 דקות על הקו"
he.ignored.chykyty_x_n	ignored	{חיכיתי|המתנתי|חיכינו|המתנו} ... <num> {דקות|שעות|ימים|שבועות}	confidence=0.85
he.ignored.x_el_hqv	ignored	{חיכיתי|מחכה|ממתין|ממתינה|המתנתי|תקוע|תקועה} ... על הקו	confidence=0.85
# the agent hung up: "הנציג ניתק לי באמצע השיחה"
he.ignored.ntyq_ly	ignored	{ניתק|ניתקה|ניתקו|ניתקתם} {לי|אותי}	confidence=0.8
he.ignored.chykyty_kl_hyvm	ignored	{חיכיתי|חיכינו} כל היום	confidence=0.8
he.ignored.chykyty_yvm_shlm	ignored	{חיכיתי|חיכינו} {יום|שבוע|חודש} שלם	confidence=0.85
he.ignored.chykyty_x_shevt	ignored	{חיכיתי|חיכינו} ... שעות	confidence=0.8
he.ignored.kbr_chvdsh_x_mchkh	ignored	כבר {יומיים|שבוע|שבועיים|חודש|חודשיים|שנה} ... {מחכה|מחכים|ממתין|ממתינה|ממתינים}	confidence=0.85
# repeat.failure: "שוב" only next to a failure word. A bare "שוב" is as common in
# "תודה שוב", "שוב מזל טוב" or "תחשבו שוב" as in complaints.
he.repeat.shvb_tqlh	repeat.failure	שוב תקלה	confidence=0.9
he.repeat.shvb_tqlvt	repeat.failure	שוב תקלות	confidence=0.9
he.repeat.shvb_beyh	repeat.failure	שוב בעיה	confidence=0.85
he.repeat.shvb_beyvt	repeat.failure	שוב בעיות	confidence=0.85
he.repeat.shvb_qrs	repeat.failure	שוב קרס
he.repeat.shvb_qrsh	repeat.failure	שוב קרסה
he.repeat.shvb_qvrs	repeat.failure	שוב קורס
he.repeat.shvb_qvrst	repeat.failure	שוב קורסת
he.repeat.shvb_ntqe	repeat.failure	שוב נתקע
he.repeat.shvb_ntqeh	repeat.failure	שוב נתקעה
he.repeat.shvb_tqve	repeat.failure	שוב תקוע	confidence=0.85
he.repeat.shvb_tqveh	repeat.failure	שוב תקועה	confidence=0.85
he.repeat.shvb_mtntq	repeat.failure	שוב מתנתק
he.repeat.shvb_mtntqt	repeat.failure	שוב מתנתקת
he.repeat.shvb_htntq	repeat.failure	שוב התנתק
he.repeat.shvb_htntqh	repeat.failure	שוב התנתקה
he.repeat.shvb_nytqv	repeat.failure	שוב ניתקו
he.repeat.shvb_abd	repeat.failure	שוב אבד
he.repeat.shvb_abdh	repeat.failure	שוב אבדה
he.repeat.shvb_htqlql	repeat.failure	שוב התקלקל
he.repeat.shvb_htqlqlh	repeat.failure	שוב התקלקלה
he.repeat.shvb_mqvlql	repeat.failure	שוב מקולקל
he.repeat.shvb_chvybty	repeat.failure	שוב חויבתי
he.repeat.shvb_chyybv	repeat.failure	שוב חייבו
he.repeat.shvb_gbv	repeat.failure	שוב גבו
he.repeat.shvb_baychvr	repeat.failure	שוב באיחור	confidence=0.85
he.repeat.shvb_mtekb	repeat.failure	שוב מתעכב	confidence=0.85
he.repeat.shvb_mtekbt	repeat.failure	שוב מתעכבת	confidence=0.85
he.repeat.shvb_avtv_dbr	repeat.failure	שוב אותו דבר	confidence=0.8
he.repeat.shvb_ap_achd	repeat.failure	שוב אף אחד	confidence=0.85
he.repeat.shvb_qrh	repeat.failure	שוב קרה	confidence=0.8
he.repeat.shvb_qvrh	repeat.failure	שוב קורה	confidence=0.8
he.repeat.qrh_shvb	repeat.failure	קרה שוב	confidence=0.8
he.repeat.qvrh_shvb	repeat.failure	קורה שוב	confidence=0.8
he.repeat.qrs_shvb	repeat.failure	קרס שוב
he.repeat.qrsh_shvb	repeat.failure	קרסה שוב
he.repeat.ntqe_shvb	repeat.failure	נתקע שוב
he.repeat.ntqeh_shvb	repeat.failure	נתקעה שוב
he.repeat.htqlql_shvb	repeat.failure	התקלקל שוב
he.repeat.htqlqlh_shvb	repeat.failure	התקלקלה שוב
he.repeat.htntq_shvb	repeat.failure	התנתק שוב
he.repeat.htntqh_shvb	repeat.failure	התנתקה שוב
he.repeat.mtntq_shvb	repeat.failure	מתנתק שוב
he.repeat.abd_shvb	repeat.failure	אבד שוב
he.repeat.abdh_shvb	repeat.failure	אבדה שוב
he.repeat.chvybty_shvb	repeat.failure	חויבתי שוב
he.repeat.chyybv_x_shvb	repeat.failure	חייבו ... שוב	confidence=0.85
he.repeat.tqlh_shvb	repeat.failure	תקלה שוב
he.repeat.beyh_shvb	repeat.failure	בעיה שוב	confidence=0.85
he.repeat.shvb_machr	repeat.failure	שוב מאחר	confidence=0.85
he.repeat.shvb_machrt	repeat.failure	שוב מאחרת	confidence=0.85
he.repeat.shvb_machrym	repeat.failure	שוב מאחרים	confidence=0.85
he.repeat.machrt_shvb	repeat.failure	מאחרת שוב	confidence=0.85
# all the time: "זה קורה כל הזמן", "נופל כל הזמן"
he.repeat.qvrh_kl_hzmn	repeat.failure	{קורה|קורים|נופל|נופלת|מתנתק|מתנתקת|קורס|קורסת|נתקע|נתקעת} כל הזמן	confidence=0.85

# churn.cancel: removing the brand's app or unfollowing it ends the relationship
he.cancel.mchqty_avtk	churn.cancel	מחקתי אותך	confidence=0.75
he.cancel.mchqty_atkm	churn.cancel	מחקתי אתכם	confidence=0.8
he.cancel.mchqty_x_aplyqtsyh	churn.cancel	מחקתי ... אפליקציה	confidence=0.85
he.cancel.hsrty_x_aplyqtsyh	churn.cancel	הסרתי ... אפליקציה	confidence=0.8
# disconnecting from the company (not the line dropping): "אני מתנתק מכם"
he.cancel.mtntq_mkm	churn.cancel	{מתנתק|מתנתקת|מתנתקים|להתנתק|מתנתקות} {מכם|מהחברה|מהשירות|מהחבילה}	confidence=0.9
# ending the contract: "לסיים את ההתקשרות איתכם", "מסיים את החוזה"
he.cancel.lsyym_x_htqshrvt	churn.cancel	{לסיים|מסיים|מסיימת|מסיימים|לבטל|להפסיק} ... {התקשרות|חוזה|הסכם}	confidence=0.9
# leaving: "אני הולך מכם", "זהו, נגמר"
he.cancel.hvlk_mkm	churn.cancel	{הולך|הולכת|הולכים|עוזב|עוזבת} {מכם|מפה|מהחברה}	confidence=0.85
he.cancel.zhv_ngmr	churn.cancel	זהו ... נגמר	confidence=0.7

# Narrowed forms of words that are as common in neutral text as in complaints:
# a bare "כועס" is as often a question to someone else ("למה אתה כועס?") as the
# writer's own anger; "עצבים" is also nerves ("מורט עצבים"); the adjectives
# "מביש", "גרועה" mostly describe a third party's deed. Keep the writer's own
# anger and the service-directed forms.
he.anger.any_x_kves	emotion.anger	אני ... כועס
he.anger.any_x_kvest	emotion.anger	אני ... כועסת
he.anger.kves_elykm	emotion.anger	כועס עליכם
he.anger.kvest_elykm	emotion.anger	כועסת עליכם
he.anger.kves_mavd	emotion.anger	כועס מאוד	confidence=0.85
he.anger.ayzh_etsbym	emotion.anger	איזה עצבים	confidence=0.85
he.anger.mtpvtsts_etsbym	emotion.anger	{מתפוצץ|מתפוצצת|מתפוצצים|מתפקע|מתפקעת} ... עצבים	confidence=0.9
# "מקומם" (outrageous) is also "their place" ("במקומם"): only after זה/ממש/פשוט, as written
he.anger.zh_mqvmm	emotion.anger	{זה|ממש|פשוט|מאוד} {מקומם|מקוממת|מקוממים}	confidence=0.85; match=exact
he.anger.shyrvt_mbysh	emotion.anger	שירות מביש
he.anger.yychs_mbysh	emotion.anger	יחס מביש
he.anger.chvvyh_grveh	emotion.anger	חוויה גרועה	confidence=0.85
he.anger.ychs_grve	emotion.anger	יחס גרוע	confidence=0.85
# what the customer calls the charge or the service ("זה פשוט גניבה", "מתחת לכל ביקורת")
he.anger.zh_gnybh	emotion.anger	{זה|זו|פשוט|ממש} {גניבה|שוד|עושק|רמאות}	confidence=0.85
he.anger.mtcht_lkl_byqvrt	emotion.anger	מתחת לכל ביקורת	confidence=0.9
he.ignored.zlzvl_x_lqvch_w	ignored	זלזול ... לקוח*	confidence=0.8

# Everyday support wording (a probe of 126 messages found 47 missing)
# competitors named: "אני עובר לפרטנר", "כבר סגרתי עם yes"
@brands	סלקום|פרטנר|פלאפון|הוט|yes|בזק|גולן|דיסקונט|אמזון|שופרסל|הראל|הפניקס|מאוחדת|וולט
he.switch.evbr_brand	churn.switch	{עובר|עוברת|עוברים|עברתי|עברנו|לעבור|אעבור|נעבור|מעביר|מעבירה|מעבירים|מנייד|מניידת|מניידים} {@brands}	confidence=0.8
he.switch.sgrty_em_brand	churn.switch	{סגרתי|סגרנו|חתמתי|חתמנו} {עם|אצל} {@brands}	confidence=0.85
he.switch.chtmty_brand	churn.switch	{חתמתי|חתמנו} {@brands}	confidence=0.8
he.switch.mnyyd_x_brand	churn.switch	{מנייד|מניידת|מניידים|לנייד|ניידתי|ניידנו|אנייד} ... {@brands}	confidence=0.85
# "they offered me half price, so I'm moving to them"
he.switch.evbr_alyhm	churn.switch	{עובר|עוברת|עוברים|לעבור|אעבור|נעבור|עברתי|עברנו} {אליהם|אליה|אליו}	confidence=0.75
# another bank, shop or site: "שוקלת לעבור לבנק אחר"
he.switch.lebvr_bnq_achr	churn.switch	{עובר|עוברת|עוברים|לעבור|אעבור|נעבור|עברתי|עברנו} ... {בנק|אתר|חנות|ספק} אחר	confidence=0.8
# churn.cancel: "מבחינתי סיימנו", "אני לא נשאר פה יותר", "שלחו לי טופס ביטול"
he.cancel.mbchynty_syymnv	churn.cancel	{מבחינתי|מצידי|מבחינתנו} {סיימנו|גמרנו|סיימתי|גמרתי|נגמר}	confidence=0.8
he.cancel.la_nshar_aytkm	churn.cancel	לא {נשאר|נשארת|נשארים|אשאר} {איתכם|לקוח|לקוחה}	confidence=0.8
he.cancel.tvps_bytvl	churn.cancel	{טופס|טפסי|בקשת} ביטול	confidence=0.8
he.cancel.mpsyq_htqshrvt	churn.cancel	{מפסיק|מפסיקה|מפסיקים|נפסיק|אפסיק|מסיימת|מסיימים|נסיים|אסיים} ... {התקשרות|חוזה|הסכם}	confidence=0.85
he.cancel.tntqv_qv	churn.cancel	{תנתקו|תנתק|תנתקי} ... {קו|מנוי|חשבון|שירות|חבילה|אינטרנט|טלוויזיה}	confidence=0.85
# loyalty.tenure: "לקוחות של הבנק כבר 20 שנה", "איתכם כבר מלא שנים", "אצלכם עוד מ-2005"
he.tenure.lqvch_x_kbr_x_n	loyalty.tenure	{לקוח*|מנוי*} ... כבר ... <num> {שנה|שנים}	confidence=0.85
he.tenure.aytkm_x_mla_shnym	loyalty.tenure	{איתכם|אצלכם|לקוח*|מנוי*} ... {מלא|המון|הרבה} שנים	confidence=0.8
he.tenure.aytkm_x_evd_yyyy	loyalty.tenure	{איתכם|אצלכם|לקוח*|מנוי*} ... {עוד|מאז} ... <year>	confidence=0.85
# loyalty.referrals: "בגללי אחי עבר אליכם", "שלחתי לכם עשרה לקוחות", "אני זו שהביאה אתכם"
he.referral.bglly_x_ebrv	loyalty.referrals	{בגללי|בזכותי} ... {עברו|עבר|עברה|הצטרפו|הצטרף|הצטרפה|נרשמו|נרשם|נרשמה}	confidence=0.8
he.referral.shlchty_x_lqvchvt	loyalty.referrals	{שלחתי|הפניתי|הבאתי|העברתי} ... {לקוחות|משפחות|קולגות|שכנים}	confidence=0.85
he.referral.any_zh_shhmlyts	loyalty.referrals	אני {זה|זו|זאת|הוא|היא} {שהמליץ|שהמליצה|שהמליצו|שהביא|שהביאה|ששכנע|ששכנעה|שצירף|שצירפה}	confidence=0.8; match=exact
# repeat.failure: "התקלה חוזרת כל כמה ימים", "ועכשיו שוב", "כבר קרה לי", "אותה טעות"
he.repeat.tqlh_x_chvzrt	repeat.failure	{תקלה|תקלות|בעיה|בעיות|ניתוק|ניתוקים|שגיאה|טעות|באג} ... {חוזר|חוזרת|חוזרים|חוזרות}	confidence=0.85
he.repeat.ekshyv_shvb	repeat.failure	{ועכשיו|והיום|והנה} שוב	confidence=0.75; match=exact
he.repeat.kbr_qrh_ly	repeat.failure	כבר {קרה|קרתה|קרו} {לי|לנו}	confidence=0.75
he.repeat.avth_tevt	repeat.failure	{אותה|אותו} {טעות|שגיאה|באג|חיוב|ניתוק|סיפור|בלגן}	confidence=0.8; match=exact
# emotion.disappointment: "פעם השירות שלכם היה טוב"
he.disappoint.pem_shyrvt_hyh	emotion.disappointment	פעם {שירות|יחס|איכות|מוצר|מוצרים|אתר|אפליקציה} ... {היה|הייתה|היו}	confidence=0.75
he.disappoint.shyrvt_hyh_pem	emotion.disappointment	{שירות|יחס|איכות} ... {היה|הייתה} פעם	confidence=0.75
# public.exposure: going to the news or the press
he.public.hvlk_lchdshvt	public.exposure	{הולך|הולכת|הולכים|אלך|נלך|אפנה|נפנה|פונה|פונים|פניתי|פנינו} ... {חדשות|תקשורת|עיתונות|עיתונאי|עיתונאים|עיתונאית}	confidence=0.85
he.public.rpy_gynt	public.exposure	רפי גינת	confidence=0.8
# urgency: a deadline today: "אני חייבת את זה עד הערב"
he.urgency.chyyb_x_ed_herb	urgency	{חייב|חייבת|חייבים|צריך|צריכה|צריכים} ... עד {הערב|מחר|הבוקר|הצהריים}	confidence=0.75; match=exact
# ignored: "אף אחד לא טרח לענות", "לא קיבלתי תשובה", "לא חזר אף אחד", auto-replies
he.ignored.la_trch	ignored	לא {טרח|טרחה|טרחו|טרחתם|טורח|טורחת|טורחים} {לענות|לחזור|להתקשר|לעדכן|להגיב|לטפל|לבדוק}	confidence=0.9
he.ignored.la_qyblty_tshvbh	ignored	לא {קיבלתי|קיבלנו} {תשובה|מענה|תגובה|התייחסות}	confidence=0.85
he.ignored.la_qyblty_shvm_tshvbh	ignored	לא {קיבלתי|קיבלנו} {שום|אף|כל} {תשובה|מענה|תגובה|התייחסות}	confidence=0.85
he.ignored.la_chzr_ap_achd	ignored	{לא|ולא} {חזר|ענה|התקשר|הגיב|עדכן|טיפל} {אף|איש}	confidence=0.9; match=exact
he.ignored.hvdeh_avtvmtyt	ignored	{רק|ענו|עונים|עונה|ענה|ענתה} ... {הודעה|הודעות|תשובה|תשובות|מענים} {אוטומטית|אוטומטיות|אוטומטי|אוטומטיים}	confidence=0.75
# value.at_risk: order size in units, and a deal hanging on the answer
he.value.n_ychydvt	value.at_risk	<num> {יחידות|פריטים|מארזים|משטחים|מכשירים}	confidence=0.7; min=100;alone=no
he.value.hzmnh_x_tlvyh	value.at_risk	{הזמנה|הזמנות|עסקה|פרויקט|מכרז} ... {תלוי|תלויה|תלויים|תלויות}	confidence=0.8
# signal.downgrade: auto-renew already switched off
he.downgrade.btlty_x_chydvsh	signal.downgrade	{ביטלתי|ביטלנו|כיביתי|כיבינו|הפסקתי|הפסקנו|הסרתי} ... חידוש אוטומטי	confidence=0.9
# change.unannounced: "בלי שאף אחד אמר לי", "ואף אחד לא הודיע", "קפצו פתאום"
he.unannounced.bly_shap_achd	change.unannounced	{בלי|ללא} {שאף|שמישהו|שאיש} ... {אמר|אמרו|הודיע|הודיעו|עדכן|עדכנו|יידע|יידעו|שאל|שאלו}	confidence=0.85
he.unannounced.vap_achd_la_hvdye	change.unannounced	{ואף|שאף} אחד לא {הודיע|עדכן|יידע|הודיעו|עדכנו|אמר|סיפר}	confidence=0.85
he.unannounced.qptsv_ptavm	change.unannounced	{עלה|עלתה|עלו|קפץ|קפצה|קפצו|זינק|זינקה|זינקו|הוכפל|הוכפלה|השתנה|השתנתה|השתנו} פתאום	confidence=0.8
he.unannounced.la_qyblty_hvdeh_mrash	change.unannounced	לא {קיבלתי|קיבלנו} {שום|כל|אף} {הודעה|התראה|עדכון} {מראש|מוקדמת|מוקדם}	confidence=0.85
# positive.suggestion: "היה נחמד אם...", "כדאי לכם להוסיף", "למה שלא תוסיפו"
he.suggest.hyh_nchmd_am	positive.suggestion	{היה|יהיה} {נחמד|מגניב|נהדר|שימושי|נוח|כיף} אם	confidence=0.75
he.suggest.kday_x_lhvsyp	positive.suggestion	כדאי ... {להוסיף|לשקול|לאפשר}	confidence=0.8
he.suggest.shla_tvsypv	positive.suggestion	שלא {תוסיפו|תפתחו|תאפשרו}	confidence=0.7
# positive.advocacy: thanks, a professional technician
he.advocacy.rtsyty_lhgyd_tvdh	positive.advocacy	{רציתי|רוצה|רצינו|רוצים|רק} {להגיד|לומר} תודה	confidence=0.75
he.advocacy.mqtsven	positive.advocacy	{היה|הייתה|היו|ממש|פשוט|אתם|אמיתי} {מקצוען|מקצוענית|מקצוענים}	confidence=0.75
he.advocacy.mqtsven_amyty	positive.advocacy	{מקצוען|מקצוענית|מקצוענים} {אמיתי|אמיתית|אמיתיים|אמיתיות}	confidence=0.8
# more from the first probe: cancel by stopping use, tenure in decades, regulators, urgency, advocacy
he.cancel.la_rvtsh_lhyvt_lqvch	churn.cancel	לא {רוצה|רוצים|מעוניין|מעוניינת|מעוניינים} ... להיות {לקוח|לקוחה|לקוחות|מנוי|מנויה|מנויים}	confidence=0.85
he.cancel.mpsyq_lhzmyn	churn.cancel	{מפסיק|מפסיקה|מפסיקים|אפסיק|נפסיק|הפסקתי|הפסקנו} {להזמין|לקנות|להשתמש}	confidence=0.8
he.tenure.mnvy_x_eshvr	loyalty.tenure	{מנוי*|אצלכם} ... {עשור|עשורים}	confidence=0.85
he.tenure.n_shnh_x_atslkm	loyalty.tenure	<num> {שנה|שנים} ... {אצלכם|איתכם}	confidence=0.8
he.anger.sp_htpvtsvt	emotion.anger	סף {התפוצצות|פיצוץ}	confidence=0.8
he.public.adag_x_ydev	public.exposure	{אדאג|נדאג} ... {ידעו|יידעו|ישמעו}	confidence=0.8
he.public.tlvnh_x_mshrd	public.exposure	{תלונה|תלונות|אתלונן|נתלונן|להתלונן|התלוננתי|התלוננו} ... משרד {תקשורת|תחבורה|כלכלה|אנרגיה|תיירות|בריאות}	confidence=0.85
he.public.tlvnh_x_mpqch	public.exposure	{תלונה|תלונות|אתלונן|נתלונן|להתלונן|התלוננתי|התלוננו} ... {ממונה|מפקח|נציבות|רגולטור}	confidence=0.85
he.urgency.la_ykvl_lchkvt	urgency	לא {יכול|יכולה|יכולים|אוכל|נוכל} {לחכות|להמתין} {יותר|עוד}	confidence=0.8
he.urgency.lezvr_x_ekshyv	urgency	{לעזור|תעזרו|תעזור|תעזרי|עזרה} ... {עכשיו|מיד|מהר}	confidence=0.75; match=exact
he.ignored.ap_ntsyg_la_chvzr	ignored	{אף|ואף} {נציג|נציגה|טכנאי|מנהל} לא {חוזר|חזר|עונה|ענה|מתקשר|התקשר|מטפל|טיפל}	confidence=0.9
he.ignored.mntqym_ly	ignored	{מנתקים|מנתק|מנתקת|ניתקו|ניתק|ניתקה} {לי|אותי} ... {שיחה|בפנים}	confidence=0.75
he.unannounced.bly_lhgyd_mylh	change.unannounced	{בלי|ללא|מבלי} {להגיד|לומר|לספר} {מילה|כלום|לי|לנו|דבר}	confidence=0.8
he.advocacy.achlh_shyrvt	positive.advocacy	אחלה {שירות|יחס|נציג|נציגה|חברה|מוצר|צוות}	confidence=0.85
he.advocacy.adyb_mqtsvey	positive.advocacy	{אדיב|אדיבה|אדיבים|אדיבות} {מקצועי|מקצועית|מקצועיים|סבלני|סבלנית|מהיר|מהירה}	confidence=0.8
# second probe (126 longer tickets, found 67 missing): insurance, clinics, utilities, hotels, SaaS and delivery
# churn.cancel: ending a policy or membership, not renewing, removing the app
he.cancel.lbtl_x_pvlysh	churn.cancel	{לבטל|ביטול|להפסיק|מבטל|מבטלת|מבטלים|אבטל|נבטל} ... {פוליסה|פוליסת|מועדון}	confidence=0.85
he.cancel.sywm_htqshrvt	churn.cancel	סיום ... התקשרות	confidence=0.8
he.cancel.la_mchdsh_x_mnvy	churn.cancel	לא {מחדש|מחדשת|מחדשים|נחדש|אחדש} ... {מנוי|חוזה|הסכם|רישיון|רישיונות|פוליסה|ביטוח|חבילה|מינוי}	confidence=0.85
he.cancel.mvchq_at_aplyqtsyh	churn.cancel	{מוחק|מוחקת|מוחקים|אמחק|נמחק|מסיר|מסירה|מסירים|אסיר|נסיר} את {אפליקציה|אפליקצייה|משחק|חשבון}	confidence=0.8
he.cancel.mvchq_aplyqtsyh	churn.cancel	{מוחק|מוחקת|מוחקים|אמחק|נמחק|מסיר|מסירה|מסירים|אסיר|נסיר} {אפליקציה|אפליקצייה|משחק}	confidence=0.8
# churn.switch: another provider of a service ("transferring" to a bank is as often a payment)
he.switch.spq_svg_achr	churn.switch	{ספק|ספקית|חברת} {ענן|אינטרנט|סלולר|תקשורת|חשמל|גז|תוכנה|אחסון|ביטוח|משלוחים} {אחר|אחרת}	confidence=0.85
he.switch.shvql_lebvr	churn.switch	{שוקל|שוקלת|שוקלים|חושב|חושבת|חושבים} ... לעבור {אליהם|אליה|אליו|מתחרים|מתחרה|חברה|ספק|ספקית|בנק|קופה|מפעיל|מפעילה}	confidence=0.75
# loyalty.tenure: buying or using since a year, loyal for a number of years
he.tenure.mzmyn_x_maz_yyyy	loyalty.tenure	{מזמין|מזמינה|מזמינים|קונה|קונים|טס|טסה|טסים|משתמש|משתמשת|משתמשים|מבוטח|מבוטחת|מבוטחים} ... {מאז|שנת} <year>	confidence=0.8
he.tenure.namn_x_n_shnym	loyalty.tenure	{נאמן|נאמנה|נאמנים|נאמנות} ... <num> {שנים|שנה}	confidence=0.85
# loyalty.referrals: others are customers thanks to me, people I sent, recommended you to everyone
he.referral.atslkm_bglly	loyalty.referrals	{אצלכם|אליכם|איתכם} {בגללי|בזכותי}	confidence=0.8
he.referral.shlchty_lkm_x_anshym	loyalty.referrals	{שלחתי|הבאתי|הפניתי} {לכם|אליכם} ... {אורחים|חברים|חברות|מטופלים|תלמידים|סטודנטים|מבוטחים|אנשים|משפחות|לקוחות}	confidence=0.85
he.referral.mmlyts_elykm_lkl	loyalty.referrals	{המלצתי|המלצנו} עליכם {כל|לכל|כולם|חברים|חברות|משפחה}	confidence=0.8
# repeat.failure: the third ticket, a failure again, broken "like last week", a third outage this month
he.repeat.pnyyh_shlyshyt	repeat.failure	{פנייה|פניה|תלונה} {שנייה|שניה|שלישית|רביעית|חמישית}	confidence=0.85
he.repeat.shychh_shlyshyt	repeat.failure	{שיחה|הודעה|קריאה|פעם} {שלישית|רביעית|חמישית|שישית}	confidence=0.85
he.repeat.myyl_shlyshy	repeat.failure	מייל {שלישי|רביעי|חמישי}	confidence=0.8
he.repeat.shvb_x_la_hgye	repeat.failure	שוב ... לא {הגיע|הגיעה|הגיעו|מגיע|מגיעה|עובד|עובדת|עבד|עבדה|נפתח|נפתחת|ענה|ענו|חזר|חזרו|עונים|חוזרים}	confidence=0.8
he.repeat.la_evbd_kmv_bshbve	repeat.failure	לא {עובד|עובדת|עובדים|נפתח|נפתחת|מתחבר|מתחברת|מגיע|מגיעה|הגיע|הגיעה|עבד|עבדה} ... כמו {בשבוע|בחודש|בפעם|אתמול|שלשום}	confidence=0.8; match=exact
he.repeat.shlyshyt_hchvdsh	repeat.failure	{שנייה|שניה|שלישית|רביעית|חמישית} {החודש|השבוע|השנה|היום|ברצף}	confidence=0.8; match=exact
he.repeat.fail_ly_kl_pem	repeat.failure	{קורס|קורסת|קורסים|נתקע|נתקעת|נתקעים|נופל|נופלת|נופלים|מתנתק|מתנתקת|נקטע|נקטעת|נכשל|נכשלת} {לי|לנו} כל {פעם|הזמן}	confidence=0.85
# emotion.anger: my fury, I can't take it any more, losing my mind
he.anger.zemy	emotion.anger	{זעמי|זעמנו|כעסי|כעסנו}	confidence=0.85
he.anger.la_ykvl_yvtr_em	emotion.anger	לא {יכול|יכולה|יכולים|מסוגל|מסוגלת|סובל|סובלת|סובלים} יותר {עם|את}	confidence=0.8
he.anger.htchrpnty	emotion.anger	{התחרפנתי|מתחרפן|מתחרפנת|השתגעתי}	confidence=0.8
he.anger.yvtsa_mdety	emotion.anger	{יוצא|יוצאת|יוצאים|יצאתי|יצאנו} {מדעתי|מהדעת|מהכלים|מדעתנו}	confidence=0.85; match=exact
# emotion.disappointment: you are like all the rest, sad to write this, not worth the money
he.disappoint.atm_kmv_kvlm	emotion.disappointment	{אתם|אתה} כמו {כולם|השאר|האחרים}	confidence=0.75
he.disappoint.etsvb_ly_lktvb	emotion.disappointment	{עצוב|עצובה} {לי|לנו} {לכתוב|לגלות|לומר|להגיד|לבשר}	confidence=0.75
he.disappoint.la_shvvh_x_ksp	emotion.disappointment	לא {היה|הייתה|היו} {שווה|שווים} ... כסף	confidence=0.75
he.disappoint.la_shvvh_ksp	emotion.disappointment	לא {שווה|שווים} ... {כסף|מחיר}	confidence=0.75
# public.exposure: it will reach the Facebook group; I tell everyone I know
he.public.ygye_x_pyysbvq	public.exposure	{אפיץ|נפיץ|יופץ|מפיץ|מפיצה} ... {פייסבוק|טוויטר|אינסטגרם|טיקטוק|רשתות|וואטסאפ|קבוצות}	confidence=0.8
he.public.mspr_lkl_my	public.exposure	{מספר|מספרת|מספרים|אספר|נספר} לכל {מי|מכר|חבר|חברה}	confidence=0.8; match=exact
he.public.mspr_lkvlm	public.exposure	{מספר|מספרת|מספרים|אספר|נספר} {לכולם|למכרים}	confidence=0.8; match=exact
# urgency: fix it fast, immediate help
he.urgency.ttplv_x_mhr	urgency	{תטפלו|תתקנו|תחזרו|תענו|תסדרו|תטפל|תתקן|תחזור|תסדר} ... {מהר|עכשיו|מיידית}	confidence=0.8; match=exact
he.urgency.ezrh_myydyt	urgency	{עזרה|תשובה|סיוע|מענה|טיפול|התערבות} {מיידית|מיידי|מידית}	confidence=0.85
he.urgency.lezvr_bavpn_myydy	urgency	{לעזור|לטפל|לחזור|לתקן|לענות|תעזרו|תטפלו|תחזרו} ... {באופן|אופן} {מיידי|מידי}	confidence=0.8
# ignored: not even an acknowledgement, nobody got in touch, vanished mid-chat, an open ticket
he.ignored.la_qyblty_apylv	ignored	לא {קיבלתי|קיבלנו} אפילו {אישור|תשובה|מענה|תגובה|התייחסות|מייל|הודעה|טלפון|שיחה}	confidence=0.85
he.ignored.la_ytsr_qshr	ignored	לא {יצר|יצרה|יצרו|יוצר|יוצרים|חזר} {איתי|איתנו|עמי|עמנו|קשר}	confidence=0.85
he.ignored.nelm_amtse_shychh	ignored	{נעלם|נעלמה|נעלמו|ניתק|ניתקה} ... אמצע {שיחה|צאט|התכתבות}	confidence=0.85
he.ignored.hbtchtm_shtchzrv	ignored	{הבטחתם|אמרתם} ... {תחזרו|שתחזרו|יחזרו|שיחזרו|תתקשרו|שתתקשרו|יתקשרו|שיתקשרו}	confidence=0.75
he.ignored.typqt_ptvch_maz	ignored	{טיקט|פנייה|פניה|קריאה|תלונה|בקשה} ... {פתוח|פתוחה|תלוי|תלויה} {מאז|כבר}	confidence=0.8
# value.at_risk: many rooms, tickets or devices; weighing the renewal
he.value.n_chdrym	value.at_risk	<num> {חדרים|כרטיסים|מנות|ארוחות|משתתפים|אורחים|מושבים|חבילות}	confidence=0.7; min=50;alone=no
he.value.n_mchshbym	value.at_risk	<num> {מחשבים|טלפונים|מסכים|רכבים|שרתים|מדפסות|טאבלטים}	confidence=0.7; min=20;alone=no
he.value.shvqlym_am_lhmshyk	value.at_risk	{שוקל|שוקלת|שוקלים|נשקול|בוחנים|נבחן} {אם|האם} {להמשיך|לחדש}	confidence=0.75
he.value.shvqlym_at_hhmshk	value.at_risk	{שוקל|שוקלת|שוקלים|בוחן|בוחנת|בוחנים} את {ההמשך|ההתקשרות}	confidence=0.75
# signal.downgrade: cutting licences or users, keeping only the basic plan
he.downgrade.mtsmtsm_x_rshyvnvt	signal.downgrade	{מצמצם|מצמצמת|מצמצמים|לצמצם|נצמצם|אצמצם|מקטינים|נקטין|מורידים|נוריד} ... {רישיונות|רישיון|משתמשים|קווים|מנויים|חבילה|מסלול|כמות}	confidence=0.8
he.downgrade.lhshayr_rq	signal.downgrade	{להשאיר|משאיר|משאירה|משאירים|נשאיר|אשאיר|תשאירו|תשאיר} ... רק ... {בסיסי|בסיסית|בסיס|קו|מינימום|אחד|אחת}	confidence=0.8
he.downgrade.mshnmk	signal.downgrade	{משנמך|משנמכת|משנמכים|לשנמך|אשנמך|נשנמך|שנמוך|שנמכתי|שנמכנו}	confidence=0.85
# change.unannounced: you did not tell us, did not even send a message
he.unannounced.la_edkntm	change.unannounced	לא {עדכנתם|הודעתם|יידעתם}	confidence=0.8
he.unannounced.la_shlchtm_apylv	change.unannounced	לא {שלחתם|שלחו} {אפילו|שום|כל} {הודעה|sms|מייל|עדכון|התראה|מכתב}	confidence=0.8
# positive.suggestion: worth opening or offering; it would be nice if you added; a small idea
he.suggest.kday_x_lhtsye	positive.suggestion	כדאי ... {להציע|לפתוח|להכניס|לשפר}	confidence=0.75
he.suggest.am_hyytm_mvsypym	positive.suggestion	אם הייתם {מוסיפים|מאפשרים|פותחים|מכניסים|מציעים}	confidence=0.8
he.suggest.reyvn_qtn	positive.suggestion	{רעיון|רעיונות} {קטן|קטנים|לשיפור}	confidence=0.8
he.suggest.mmlyts_lkm_lshqvl	positive.suggestion	{ממליץ|ממליצה|ממליצים} {לכם|לך} {לשקול|להוסיף|לפתוח|להציע|לאפשר|לשפר}	confidence=0.8
# positive.advocacy: praise for an agent or the service, "you are simply great", we will be back
he.advocacy.lshbch	positive.advocacy	{רוצה|רציתי|רצינו|רוצים} {לשבח|להחמיא|לפרגן}	confidence=0.85
he.advocacy.brmh_achrt	positive.advocacy	{שירות|יחס} ברמה {אחרת|גבוהה}	confidence=0.8
he.advocacy.yychs_hyh_chm	positive.advocacy	{יחס|שירות|טיפול} {היה|הייתה} {חם|מקצועי|מעולה|מצוין|מצויין|מדהים|אדיב|מהיר}	confidence=0.8
he.advocacy.atm_mevlym	positive.advocacy	{אתם|אתן} {מעולים|מושלמים|נהדרים|מקסימים}	confidence=0.8
he.advocacy.atm_pshvt_mevlym	positive.advocacy	{אתם|אתן} {פשוט|ממש|באמת|תמיד} {מעולים|מושלמים|נהדרים|מקסימים}	confidence=0.8
he.advocacy.nmlyts_lkvlm	positive.advocacy	{נמליץ|אמליץ} ... {כולם|חברים|בחום|עליכם}	confidence=0.85
he.advocacy.nchzvr_btvch	positive.advocacy	{נחזור|אחזור} {בטוח|בשמחה|בהחלט}	confidence=0.8
he.advocacy.mgye_lh_tsls	positive.advocacy	{מגיע|מגיעה|מגיעים|מגיעות} {לה|לו|להם|לכם} {צלש|שאפו|תודה|מחמאות|פרס|הערכה}	confidence=0.8
