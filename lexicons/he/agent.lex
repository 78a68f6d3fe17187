# Hebrew (he) agent lexicon: what an AGENT's reply does, for draft coaching and
# the QA audit of agent turns (agent.asks_id, agent.refusal, agent.alternative,
# agent.apology, agent.empathy, agent.private, agent.personal_data,
# agent.scripted, agent.blame, agent.loyalty_ack). Never customer cues.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Words are written bare, without niqqud and without the attached prefixes
# ו ה ב ל מ ש כ, which the engine strips from the text ("בפרטי" -> "פרטי",
# "באשמתך" -> "אשמתך", "לצערי" -> "צערי"). The infinitive ל is part of the word
# and is kept ("להציע"). Exceptions, where the bare form is another word: the
# adverbs "בפרטי" and "לפרטי" (bare "פרטי" also means "details of"), and the
# relative ש in "מה שאני יכול לעשות", "מה שנוכל לעשות" (without it, the
# question "what can I do").
# Masculine, feminine and plural forms are listed separately.
# Entry ids transliterate the Hebrew consonants. Refusals are whole negated entries.

# agent.asks_id: asks the customer for a customer/order/ID number to look them up
he.agent.asks_id.mspr_lqvch	agent.asks_id	מספר לקוח
he.agent.asks_id.mspr_tevdt_zhvt	agent.asks_id	מספר תעודת זהות
he.agent.asks_id.mspr_zhvt	agent.asks_id	מספר זהות	confidence=0.85
he.agent.asks_id.tz_ap	agent.asks_id	ת"ז	confidence=0.8
he.agent.asks_id.mspr_tz_ap	agent.asks_id	מספר ת"ז	confidence=0.9
he.agent.asks_id.mspr_hzmnh	agent.asks_id	מספר הזמנה
he.agent.asks_id.mspr_mnvy	agent.asks_id	מספר מנוי	confidence=0.85
he.agent.asks_id.mspr_chshbvn	agent.asks_id	מספר חשבון	confidence=0.75
he.agent.asks_id.mspr_asmkta	agent.asks_id	מספר אסמכתא	confidence=0.85
he.agent.asks_id.asmkta	agent.asks_id	אסמכתא	confidence=0.7
he.agent.asks_id.mspr_pnyyh	agent.asks_id	מספר פנייה	confidence=0.75
he.agent.asks_id.mspr_qryah	agent.asks_id	מספר קריאה	confidence=0.75
he.agent.asks_id.mspr_mshlvch	agent.asks_id	מספר משלוח	confidence=0.8
he.agent.asks_id.mspr_meqb	agent.asks_id	מספר מעקב	confidence=0.8
he.agent.asks_id.qvd_hzmnh	agent.asks_id	קוד הזמנה	confidence=0.8
he.agent.asks_id.mspr_chshbvnyt	agent.asks_id	מספר חשבונית	confidence=0.8
he.agent.asks_id.mspr_chvzh	agent.asks_id	מספר חוזה	confidence=0.75
he.agent.asks_id.mspr_esqh	agent.asks_id	מספר עסקה	confidence=0.8
he.agent.asks_id.mspr_krtys_lqvch	agent.asks_id	מספר כרטיס לקוח	confidence=0.85
he.agent.asks_id.mh_mspr	agent.asks_id	מה מספר	confidence=0.75
he.agent.asks_id.mh_mspr_lqvch	agent.asks_id	מה מספר לקוח	confidence=0.9
he.agent.asks_id.mh_mspr_hzmnh	agent.asks_id	מה מספר הזמנה	confidence=0.9
he.agent.asks_id.apshr_x_mspr	agent.asks_id	אפשר ... מספר	confidence=0.7
he.agent.asks_id.apshr_lqbl_x_mspr	agent.asks_id	אפשר לקבל ... מספר	confidence=0.9
he.agent.asks_id.tvkl_lshlvch_x_mspr	agent.asks_id	תוכל לשלוח ... מספר	confidence=0.9
he.agent.asks_id.tvkly_lshlvch_x_mspr	agent.asks_id	תוכלי לשלוח ... מספר	confidence=0.9
he.agent.asks_id.tvklv_lshlvch_x_mspr	agent.asks_id	תוכלו לשלוח ... מספר	confidence=0.9
he.agent.asks_id.na_lshlvch_x_mspr	agent.asks_id	נא לשלוח ... מספר	confidence=0.9
he.agent.asks_id.ana_shlch_x_mspr	agent.asks_id	אנא שלח ... מספר	confidence=0.9
he.agent.asks_id.ana_shlchy_x_mspr	agent.asks_id	אנא שלחי ... מספר	confidence=0.9
he.agent.asks_id.shlch_lnv_x_mspr	agent.asks_id	שלח לנו ... מספר	confidence=0.9
he.agent.asks_id.shlchy_lnv_x_mspr	agent.asks_id	שלחי לנו ... מספר	confidence=0.9
he.agent.asks_id.shlchv_lnv_x_mspr	agent.asks_id	שלחו לנו ... מספר	confidence=0.9
he.agent.asks_id.nshmch_lqbl_x_mspr	agent.asks_id	נשמח לקבל ... מספר	confidence=0.9
he.agent.asks_id.nbqsh_x_mspr	agent.asks_id	נבקש ... מספר	confidence=0.8
he.agent.asks_id.tsyyn_x_mspr	agent.asks_id	ציין ... מספר	confidence=0.85
he.agent.asks_id.tsyyny_x_mspr	agent.asks_id	צייני ... מספר	confidence=0.85
he.agent.asks_id.tsyynv_x_mspr	agent.asks_id	ציינו ... מספר	confidence=0.85
he.agent.asks_id.na_ltsyyn_x_mspr	agent.asks_id	נא לציין ... מספר	confidence=0.9
he.agent.asks_id.ana_tsyyn_x_mspr	agent.asks_id	אנא ציין ... מספר	confidence=0.9
he.agent.asks_id.mh_tz_ap	agent.asks_id	מה ת"ז	confidence=0.85

# agent.refusal: says no / cannot (whole negated entries)
he.agent.refusal.ay_apshr	agent.refusal	אי אפשר	confidence=0.85
he.agent.refusal.la_nytn	agent.refusal	לא ניתן	confidence=0.85
he.agent.refusal.anchnv_la_ykvlym	agent.refusal	אנחנו לא יכולים
he.agent.refusal.anv_la_ykvlym	agent.refusal	אנו לא יכולים
he.agent.refusal.aynnv_ykvlym	agent.refusal	איננו יכולים
he.agent.refusal.any_la_ykvl	agent.refusal	אני לא יכול
he.agent.refusal.any_la_ykvlh	agent.refusal	אני לא יכולה
he.agent.refusal.la_nvkl	agent.refusal	לא נוכל	confidence=0.9
he.agent.refusal.la_avkl	agent.refusal	לא אוכל	confidence=0.85
he.agent.refusal.zh_la_apshry	agent.refusal	זה לא אפשרי
he.agent.refusal.la_apshry	agent.refusal	לא אפשרי	confidence=0.85
he.agent.refusal.blty_apshry	agent.refusal	בלתי אפשרי	confidence=0.8
he.agent.refusal.ayn_apshrvt	agent.refusal	אין אפשרות	confidence=0.85
he.agent.refusal.ayn_lnv_apshrvt	agent.refusal	אין לנו אפשרות	confidence=0.95
he.agent.refusal.ayn_ly_apshrvt	agent.refusal	אין לי אפשרות	confidence=0.9
he.agent.refusal.ayn_apshrvtnv	agent.refusal	אין אפשרותנו	confidence=0.95
he.agent.refusal.ayn_apshrvty	agent.refusal	אין אפשרותי	confidence=0.9
he.agent.refusal.ayn_ykvltnv	agent.refusal	אין יכולתנו	confidence=0.95
he.agent.refusal.ayn_ykvlty	agent.refusal	אין יכולתי	confidence=0.9
he.agent.refusal.la_apshrvtnv	agent.refusal	לא אפשרותנו	confidence=0.9
he.agent.refusal.la_ykvltnv	agent.refusal	לא יכולתנו	confidence=0.9
he.agent.refusal.la_mapshrym	agent.refusal	לא מאפשרים	confidence=0.8
he.agent.refusal.mdynyvt_x_la_mapshrt	agent.refusal	מדיניות ... לא מאפשרת	confidence=0.9
he.agent.refusal.mdynyvt_x_aynh_mapshrt	agent.refusal	מדיניות ... אינה מאפשרת	confidence=0.9
he.agent.refusal.nvgd_x_mdynyvt	agent.refusal	נוגד ... מדיניות	confidence=0.85
he.agent.refusal.nygvd_x_mdynyvt	agent.refusal	ניגוד ... מדיניות	confidence=0.85
he.agent.refusal.la_mchzyrym_ksp	agent.refusal	לא מחזירים כסף	confidence=0.9
he.agent.refusal.ayn_hchzr	agent.refusal	אין החזר	confidence=0.85
he.agent.refusal.ayn_hchzrym	agent.refusal	אין החזרים	confidence=0.85
he.agent.refusal.la_mbtseym_hchzr_w	agent.refusal	לא מבצעים החזר*	confidence=0.85
he.agent.refusal.la_nytn_lhchzyr	agent.refusal	לא ניתן להחזיר	confidence=0.95
he.agent.refusal.la_nytn_lbtl	agent.refusal	לא ניתן לבטל	confidence=0.9
he.agent.refusal.la_nvkl_lashr	agent.refusal	לא נוכל לאשר	confidence=0.95
he.agent.refusal.la_mavshr	agent.refusal	לא מאושר	confidence=0.7
he.agent.refusal.bqshtk_ndchth	agent.refusal	בקשתך נדחתה	confidence=0.9
he.agent.refusal.pnyytk_ndchth	agent.refusal	פנייתך נדחתה	confidence=0.85
he.agent.refusal.bqshh_ndchth	agent.refusal	בקשה נדחתה	confidence=0.85
he.agent.refusal.la_zkay	agent.refusal	לא זכאי	confidence=0.8
he.agent.refusal.la_zkayt	agent.refusal	לא זכאית	confidence=0.8
he.agent.refusal.aynk_zkay	agent.refusal	אינך זכאי	confidence=0.85
he.agent.refusal.aynk_zkayt	agent.refusal	אינך זכאית	confidence=0.85
he.agent.refusal.tsery_la	agent.refusal	צערי לא	confidence=0.85
he.agent.refusal.tsernv_la	agent.refusal	צערנו לא	confidence=0.85
he.agent.refusal.tsery_ayn	agent.refusal	צערי אין	confidence=0.8
he.agent.refusal.tsernv_ayn	agent.refusal	צערנו אין	confidence=0.8
he.agent.refusal.la_mtsyeym	agent.refusal	לא מציעים	confidence=0.8
he.agent.refusal.la_smkvty	agent.refusal	לא סמכותי	confidence=0.8
he.agent.refusal.ayn_mh_leshvt	agent.refusal	אין מה לעשות	confidence=0.85
he.agent.refusal.ayn_ly_mh_leshvt	agent.refusal	אין לי מה לעשות	confidence=0.85
he.agent.refusal.ayn_hrbh_mh_leshvt	agent.refusal	אין הרבה מה לעשות	confidence=0.85
he.agent.refusal.la_tlvy_by	agent.refusal	לא תלוי בי	confidence=0.8
he.agent.refusal.la_tlvy_bnv	agent.refusal	לא תלוי בנו	confidence=0.8

# agent.alternative: offers an alternative or options
he.agent.alternative.mqvm_zat	agent.alternative	מקום זאת
he.agent.alternative.mh_shany_ykvl_leshvt	agent.alternative	מה שאני יכול לעשות
he.agent.alternative.mh_shany_ykvlh_leshvt	agent.alternative	מה שאני יכולה לעשות
he.agent.alternative.mh_shanchnv_ykvlym_leshvt	agent.alternative	מה שאנחנו יכולים לעשות
he.agent.alternative.mh_shnvkl_leshvt	agent.alternative	מה שנוכל לעשות	confidence=0.9
he.agent.alternative.any_ykvl_lhtsye	agent.alternative	אני יכול להציע
he.agent.alternative.any_ykvlh_lhtsye	agent.alternative	אני יכולה להציע
he.agent.alternative.anchnv_ykvlym_lhtsye	agent.alternative	אנחנו יכולים להציע
he.agent.alternative.anv_ykvlym_lhtsye	agent.alternative	אנו יכולים להציע
he.agent.alternative.nvkl_lhtsye	agent.alternative	נוכל להציע	confidence=0.9
he.agent.alternative.avkl_lhtsye	agent.alternative	אוכל להציע	confidence=0.9
he.agent.alternative.ykvltnv_lhtsye	agent.alternative	יכולתנו להציע	confidence=0.9
he.agent.alternative.nshmch_lhtsye	agent.alternative	נשמח להציע	confidence=0.85
he.agent.alternative.ashmch_lhtsye	agent.alternative	אשמח להציע	confidence=0.85
he.agent.alternative.chlvpyn	agent.alternative	חלופין	confidence=0.9
he.agent.alternative.chlvph	agent.alternative	חלופה	confidence=0.8
he.agent.alternative.chlvpvt	agent.alternative	חלופות	confidence=0.8
he.agent.alternative.chlvpy	agent.alternative	חלופי	confidence=0.75
he.agent.alternative.apshrvt_achrt	agent.alternative	אפשרות אחרת	confidence=0.9
he.agent.alternative.apshrvyvt_achrvt	agent.alternative	אפשרויות אחרות	confidence=0.9
he.agent.alternative.apshrvt_nvspt	agent.alternative	אפשרות נוספת	confidence=0.9
he.agent.alternative.ptrvn_achr	agent.alternative	פתרון אחר	confidence=0.85
he.agent.alternative.ptrvn_chlvpy	agent.alternative	פתרון חלופי	confidence=0.9
he.agent.alternative.drk_achrt	agent.alternative	דרך אחרת	confidence=0.8
he.agent.alternative.kmh_apshrvyvt	agent.alternative	כמה אפשרויות	confidence=0.85
he.agent.alternative.shty_apshrvyvt	agent.alternative	שתי אפשרויות	confidence=0.85
he.agent.alternative.mh_detk	agent.alternative	מה דעתך	confidence=0.55
he.agent.alternative.nvkl_gm	agent.alternative	נוכל גם	confidence=0.85
he.agent.alternative.avkl_gm	agent.alternative	אוכל גם	confidence=0.8
he.agent.alternative.apshr_gm	agent.alternative	אפשר גם	confidence=0.75
he.agent.alternative.abl_nvkl	agent.alternative	אבל נוכל	confidence=0.85
he.agent.alternative.ak_nvkl	agent.alternative	אך נוכל	confidence=0.85
he.agent.alternative.abl_any_ykvl	agent.alternative	אבל אני יכול	confidence=0.8
he.agent.alternative.abl_any_ykvlh	agent.alternative	אבל אני יכולה	confidence=0.8

# agent.apology: apologises
he.agent.apology.mtster	agent.apology	מצטער
he.agent.apology.mtstert	agent.apology	מצטערת
he.agent.apology.mtsterym	agent.apology	מצטערים
he.agent.apology.mtstervt	agent.apology	מצטערות
he.agent.apology.mtntsl	agent.apology	מתנצל
he.agent.apology.mtntslt	agent.apology	מתנצלת
he.agent.apology.mtntslym	agent.apology	מתנצלים
he.agent.apology.mtntslvt	agent.apology	מתנצלות
he.agent.apology.slychh	agent.apology	סליחה	confidence=0.8
he.agent.apology.emk_hslychh	agent.apology	עמך הסליחה
he.agent.apology.emkm_hslychh	agent.apology	עמכם הסליחה
he.agent.apology.htntslvt_w	agent.apology	התנצלות*	confidence=0.85
he.agent.apology.tsr_ly	agent.apology	צר לי	confidence=0.9
he.agent.apology.tsr_lnv	agent.apology	צר לנו	confidence=0.9
he.agent.apology.svry	agent.apology	סורי	confidence=0.75
he.agent.apology.anv_mtntslym	agent.apology	אנו מתנצלים
he.agent.apology.anchnv_mtntslym	agent.apology	אנחנו מתנצלים
he.agent.apology.mtster_lshmve	agent.apology	מצטער לשמוע
he.agent.apology.mtstert_lshmve	agent.apology	מצטערת לשמוע
he.agent.apology.mtsterym_lshmve	agent.apology	מצטערים לשמוע

# agent.empathy: acknowledges the customer's feelings
he.agent.empathy.any_mbyn	agent.empathy	אני מבין
he.agent.empathy.any_mbynh	agent.empathy	אני מבינה
he.agent.empathy.anchnv_mbynym	agent.empathy	אנחנו מבינים
he.agent.empathy.anv_mbynym	agent.empathy	אנו מבינים
he.agent.empathy.mbyn_at_htskvl	agent.empathy	מבין את התסכול
he.agent.empathy.mbyn_x_tskvl	agent.empathy	מבין ... תסכול	confidence=0.9
he.agent.empathy.mbynh_x_tskvl	agent.empathy	מבינה ... תסכול	confidence=0.9
he.agent.empathy.mbynym_x_tskvl	agent.empathy	מבינים ... תסכול	confidence=0.9
he.agent.empathy.mbyn_lgmry	agent.empathy	מבין לגמרי	confidence=0.85
he.agent.empathy.mbynh_lgmry	agent.empathy	מבינה לגמרי	confidence=0.85
he.agent.empathy.mbynym_lgmry	agent.empathy	מבינים לגמרי	confidence=0.85
he.agent.empathy.mbyn_avtk	agent.empathy	מבין אותך	confidence=0.9
he.agent.empathy.mbynh_avtk	agent.empathy	מבינה אותך	confidence=0.9
he.agent.empathy.mbynym_avtk	agent.empathy	מבינים אותך	confidence=0.9
he.agent.empathy.mbyn_x_tchvsh_w	agent.empathy	מבין ... תחוש*	confidence=0.85
he.agent.empathy.mbynh_x_tchvsh_w	agent.empathy	מבינה ... תחוש*	confidence=0.85
he.agent.empathy.mbynym_x_tchvsh_w	agent.empathy	מבינים ... תחוש*	confidence=0.85
he.agent.empathy.mbyn_x_kes	agent.empathy	מבין ... כעס	confidence=0.85
he.agent.empathy.mbynh_x_kes	agent.empathy	מבינה ... כעס	confidence=0.85
he.agent.empathy.mbynym_x_kes	agent.empathy	מבינים ... כעס	confidence=0.85
he.agent.empathy.mbyn_x_akzbh	agent.empathy	מבין ... אכזבה	confidence=0.85
he.agent.empathy.mbynh_x_akzbh	agent.empathy	מבינה ... אכזבה	confidence=0.85
he.agent.empathy.mbynym_x_akzbh	agent.empathy	מבינים ... אכזבה	confidence=0.85
he.agent.empathy.ykvl_ldmyyn	agent.empathy	יכול לדמיין	confidence=0.85
he.agent.empathy.ykvlh_ldmyyn	agent.empathy	יכולה לדמיין	confidence=0.85
he.agent.empathy.ykvlym_ldmyyn	agent.empathy	יכולים לדמיין	confidence=0.85
he.agent.empathy.btch_mtskl	agent.empathy	בטח מתסכל	confidence=0.9
he.agent.empathy.mavd_mtskl	agent.empathy	מאוד מתסכל	confidence=0.8
he.agent.empathy.mtskl	agent.empathy	מתסכל	confidence=0.7
he.agent.empathy.mtsklt	agent.empathy	מתסכלת	confidence=0.7
he.agent.empathy.tskvl	agent.empathy	תסכול	confidence=0.7
he.agent.empathy.mvbn_lgmry	agent.empathy	מובן לגמרי	confidence=0.8
he.agent.empathy.la_neym_lshmve	agent.empathy	לא נעים לשמוע	confidence=0.85

# agent.private: moves the conversation to a private channel
he.agent.private.bprty	agent.private	בפרטי	confidence=0.9
he.agent.private.lprty	agent.private	לפרטי	confidence=0.85
he.agent.private.hvdeh_prtyt	agent.private	הודעה פרטית
he.agent.private.hvdevt_prtyvt	agent.private	הודעות פרטיות
he.agent.private.shychh_prtyt	agent.private	שיחה פרטית	confidence=0.85
he.agent.private.tsat_ap_prty	agent.private	צ'אט פרטי	confidence=0.85
he.agent.private.hvdeh_yshyrh	agent.private	הודעה ישירה	confidence=0.85
he.agent.private.shlch_lnv_hvdeh	agent.private	שלח לנו הודעה
he.agent.private.shlchy_lnv_hvdeh	agent.private	שלחי לנו הודעה
he.agent.private.shlchv_lnv_hvdeh	agent.private	שלחו לנו הודעה
he.agent.private.shlch_hvdeh	agent.private	שלח הודעה	confidence=0.75
he.agent.private.shlchy_hvdeh	agent.private	שלחי הודעה	confidence=0.75
he.agent.private.shlchv_hvdeh	agent.private	שלחו הודעה	confidence=0.75
he.agent.private.shlch_x_myyl	agent.private	שלח ... מייל	confidence=0.8
he.agent.private.shlchy_x_myyl	agent.private	שלחי ... מייל	confidence=0.8
he.agent.private.shlchv_x_myyl	agent.private	שלחו ... מייל	confidence=0.8
he.agent.private.myyl_lktvbt	agent.private	מייל לכתובת	confidence=0.8
he.agent.private.dyam	agent.private	דיאם	confidence=0.8
he.agent.private.msngr_ap	agent.private	מסנג'ר	confidence=0.65
he.agent.private.vvatsap	agent.private	וואטסאפ	confidence=0.6
he.agent.private.vvtsap	agent.private	ווטסאפ	confidence=0.6

# agent.personal_data: asks for data that must not be posted publicly
he.agent.personal_data.ktvbt_mlah	agent.personal_data	כתובת מלאה	confidence=0.85
he.agent.personal_data.ktvbt_mgvrym	agent.personal_data	כתובת מגורים	confidence=0.85
he.agent.personal_data.ktvbt_byt	agent.personal_data	כתובת בית	confidence=0.8
he.agent.personal_data.mspr_krtys	agent.personal_data	מספר כרטיס	confidence=0.85
he.agent.personal_data.mspr_krtys_ashray	agent.personal_data	מספר כרטיס אשראי	confidence=0.95
he.agent.personal_data.krtys_ashray	agent.personal_data	כרטיס אשראי	confidence=0.75
he.agent.personal_data.prty_ashray	agent.personal_data	פרטי אשראי	confidence=0.9
he.agent.personal_data.prty_krtys	agent.personal_data	פרטי כרטיס	confidence=0.9
he.agent.personal_data.sysm_w	agent.personal_data	סיסמ*	confidence=0.8
he.agent.personal_data.qvd_svdy	agent.personal_data	קוד סודי	confidence=0.85
he.agent.personal_data.qvd_aymvt	agent.personal_data	קוד אימות	confidence=0.85
he.agent.personal_data.qvd_chd_pemy	agent.personal_data	קוד חד פעמי	confidence=0.85
he.agent.personal_data.sprvt_x_krtys	agent.personal_data	ספרות ... כרטיס	confidence=0.85
he.agent.personal_data.tvqp_krtys	agent.personal_data	תוקף כרטיס	confidence=0.85
he.agent.personal_data.taryk_lydh	agent.personal_data	תאריך לידה	confidence=0.85
he.agent.personal_data.mspr_tlpvn	agent.personal_data	מספר טלפון	confidence=0.75
he.agent.personal_data.mspr_nyyd	agent.personal_data	מספר נייד	confidence=0.75
he.agent.personal_data.mspr_plapvn	agent.personal_data	מספר פלאפון	confidence=0.75
he.agent.personal_data.tlpvn_nyyd	agent.personal_data	טלפון נייד	confidence=0.7
he.agent.personal_data.ktvbt_myyl	agent.personal_data	כתובת מייל	confidence=0.7
he.agent.personal_data.ktvbt_aymyyl	agent.personal_data	כתובת אימייל	confidence=0.7
he.agent.personal_data.ktvbt_dval_ap	agent.personal_data	כתובת דוא"ל	confidence=0.7
he.agent.personal_data.tevdt_zhvt	agent.personal_data	תעודת זהות	confidence=0.85
he.agent.personal_data.tsylvm_tevdt_zhvt	agent.personal_data	צילום תעודת זהות	confidence=0.95
he.agent.personal_data.mspr_drkvn	agent.personal_data	מספר דרכון	confidence=0.9
he.agent.personal_data.drkvn	agent.personal_data	דרכון	confidence=0.7
he.agent.personal_data.ryshyvn_nhygh	agent.personal_data	רישיון נהיגה	confidence=0.8
he.agent.personal_data.mspr_chshbvn_bnq	agent.personal_data	מספר חשבון בנק	confidence=0.95
he.agent.personal_data.chshbvn_bnq	agent.personal_data	חשבון בנק	confidence=0.8
he.agent.personal_data.prty_bnq	agent.personal_data	פרטי בנק	confidence=0.85
he.agent.personal_data.prty_chshbvn	agent.personal_data	פרטי חשבון	confidence=0.8
he.agent.personal_data.shm_nevrym	agent.personal_data	שם נעורים	confidence=0.85

# agent.scripted: canned lines
he.agent.scripted.pnyytk_chshvbh_lnv	agent.scripted	פנייתך חשובה לנו
he.agent.scripted.pnyytk_chshvbh	agent.scripted	פנייתך חשובה	confidence=0.9
he.agent.scripted.shychtk_chshvbh	agent.scripted	שיחתך חשובה	confidence=0.9
he.agent.scripted.detk_chshvbh_lnv	agent.scripted	דעתך חשובה לנו	confidence=0.85
he.agent.scripted.mshvbk_chshvb_lnv	agent.scripted	משובך חשוב לנו	confidence=0.85
he.agent.scripted.chshvbh_lnv	agent.scripted	חשובה לנו	confidence=0.75
he.agent.scripted.tvdh_x_sblnvt_w	agent.scripted	תודה ... סבלנות*	confidence=0.9
he.agent.scripted.sblnvtk	agent.scripted	סבלנותך	confidence=0.8
he.agent.scripted.tvdh_x_hbnh	agent.scripted	תודה ... הבנה	confidence=0.75
he.agent.scripted.htam_x_mdynyvt	agent.scripted	התאם ... מדיניות	confidence=0.85
he.agent.scripted.lpy_x_mdynyvt	agent.scripted	לפי ... מדיניות	confidence=0.8
he.agent.scripted.nhly_chbrh	agent.scripted	נהלי חברה	confidence=0.8
he.agent.scripted.mtntslym_x_ay_nvchvt	agent.scripted	מתנצלים ... אי נוחות	confidence=0.9
he.agent.scripted.mtntsl_x_ay_nvchvt	agent.scripted	מתנצל ... אי נוחות	confidence=0.9
he.agent.scripted.mtntslt_x_ay_nvchvt	agent.scripted	מתנצלת ... אי נוחות	confidence=0.9
he.agent.scripted.mtsterym_x_ay_nvchvt	agent.scripted	מצטערים ... אי נוחות	confidence=0.9
he.agent.scripted.mtster_x_ay_nvchvt	agent.scripted	מצטער ... אי נוחות	confidence=0.85
he.agent.scripted.mtstert_x_ay_nvchvt	agent.scripted	מצטערת ... אי נוחות	confidence=0.85
he.agent.scripted.slychh_x_ay_nvchvt	agent.scripted	סליחה ... אי נוחות	confidence=0.85
he.agent.scripted.ay_nvchvt_ngrmh	agent.scripted	אי נוחות נגרמה	confidence=0.85
he.agent.scripted.mtsterym_lhvdye	agent.scripted	מצטערים להודיע	confidence=0.9
he.agent.scripted.tsr_lnv_lhvdye	agent.scripted	צר לנו להודיע	confidence=0.9
he.agent.scripted.lqvchvtynv_chshvbym	agent.scripted	לקוחותינו חשובים	confidence=0.8
he.agent.scripted.shbyevt_rtsvnk	agent.scripted	שביעות רצונך	confidence=0.75
he.agent.scripted.evd_mshhv_x_lezvr	agent.scripted	עוד משהו ... לעזור	confidence=0.75
he.agent.scripted.pnyytk_hvebrh	agent.scripted	פנייתך הועברה	confidence=0.7
he.agent.scripted.gvrm_mtpl	agent.scripted	גורם מטפל	confidence=0.7
he.agent.scripted.gvrmym_rlvvntyym	agent.scripted	גורמים רלוונטיים	confidence=0.7
he.agent.scripted.lemvd_shyrvtk	agent.scripted	לעמוד שירותך	confidence=0.7

# agent.blame: blames the customer
he.agent.blame.hyyt_tsryk	agent.blame	היית צריך	confidence=0.85
he.agent.blame.hyyt_tsrykh	agent.blame	היית צריכה	confidence=0.85
he.agent.blame.hyytm_tsrykym	agent.blame	הייתם צריכים	confidence=0.85
he.agent.blame.hyh_elyk	agent.blame	היה עליך	confidence=0.85
he.agent.blame.hyh_elyyk	agent.blame	היה עלייך	confidence=0.85
he.agent.blame.ashmtk	agent.blame	אשמתך	confidence=0.9
he.agent.blame.ashmtkm	agent.blame	אשמתכם	confidence=0.9
he.agent.blame.ashmt_lqvch	agent.blame	אשמת לקוח	confidence=0.85
he.agent.blame.la_qrat	agent.blame	לא קראת	confidence=0.85
he.agent.blame.la_qratm	agent.blame	לא קראתם	confidence=0.85
he.agent.blame.la_shmt_lb	agent.blame	לא שמת לב	confidence=0.8
he.agent.blame.la_bdqt	agent.blame	לא בדקת	confidence=0.8
he.agent.blame.la_eqbt	agent.blame	לא עקבת	confidence=0.8
he.agent.blame.teyt	agent.blame	טעית	confidence=0.7
he.agent.blame.tevt_shlk	agent.blame	טעות שלך	confidence=0.85
he.agent.blame.tevt_shlkm	agent.blame	טעות שלכם	confidence=0.8
he.agent.blame.tevt_mshtmsh	agent.blame	טעות משתמש	confidence=0.9
he.agent.blame.kmv_amrnv	agent.blame	כמו אמרנו	confidence=0.75
he.agent.blame.kpy_amrnv	agent.blame	כפי אמרנו	confidence=0.75
he.agent.blame.kpy_tsyynv	agent.blame	כפי ציינו	confidence=0.7
he.agent.blame.kbr_amrnv	agent.blame	כבר אמרנו	confidence=0.75
he.agent.blame.kbr_hsbrnv	agent.blame	כבר הסברנו	confidence=0.75
he.agent.blame.ktvb_x_tqnvn	agent.blame	כתוב ... תקנון	confidence=0.75
he.agent.blame.ath_achray	agent.blame	אתה אחראי	confidence=0.75
he.agent.blame.at_achrayt	agent.blame	את אחראית	confidence=0.75
he.agent.blame.achryvtk	agent.blame	אחריותך	confidence=0.8
he.agent.blame.la_achryvtnv	agent.blame	לא אחריותנו	confidence=0.85
he.agent.blame.aynh_achryvtnv	agent.blame	אינה אחריותנו	confidence=0.85
he.agent.blame.aynv_achryvtnv	agent.blame	אינו אחריותנו	confidence=0.85
he.agent.blame.la_ashmtnv	agent.blame	לא אשמתנו	confidence=0.85
he.agent.blame.aynh_ashmtnv	agent.blame	אינה אשמתנו	confidence=0.85
he.agent.blame.la_ashmym	agent.blame	לא אשמים	confidence=0.75

# agent.loyalty_ack: acknowledges the customer's loyalty or tenure
he.agent.loyalty_ack.lqvch_vtyq	agent.loyalty_ack	לקוח ותיק
he.agent.loyalty_ack.lqvchh_vtyqh	agent.loyalty_ack	לקוחה ותיקה
he.agent.loyalty_ack.lqvchvt_vtyqym	agent.loyalty_ack	לקוחות ותיקים	confidence=0.85
he.agent.loyalty_ack.shnym_aytnv	agent.loyalty_ack	שנים איתנו
he.agent.loyalty_ack.shnh_aytnv	agent.loyalty_ack	שנה איתנו	confidence=0.85
he.agent.loyalty_ack.aytnv_kbr	agent.loyalty_ack	איתנו כבר	confidence=0.8
he.agent.loyalty_ack.aytnv_maz	agent.loyalty_ack	איתנו מאז	confidence=0.85
he.agent.loyalty_ack.aytnv_bmshk	agent.loyalty_ack	איתנו במשך	confidence=0.85
he.agent.loyalty_ack.namnvtk	agent.loyalty_ack	נאמנותך	confidence=0.9
he.agent.loyalty_ack.namnvtkm	agent.loyalty_ack	נאמנותכם	confidence=0.9
he.agent.loyalty_ack.tvdh_x_namnvt_w	agent.loyalty_ack	תודה ... נאמנות*	confidence=0.9
he.agent.loyalty_ack.namnvt	agent.loyalty_ack	נאמנות	confidence=0.6
he.agent.loyalty_ack.lqvch_namn	agent.loyalty_ack	לקוח נאמן	confidence=0.9
he.agent.loyalty_ack.lqvchh_namnh	agent.loyalty_ack	לקוחה נאמנה	confidence=0.9
he.agent.loyalty_ack.lqvchvt_namnym	agent.loyalty_ack	לקוחות נאמנים	confidence=0.85
he.agent.loyalty_ack.lqvch_shlnv_kbr	agent.loyalty_ack	לקוח שלנו כבר	confidence=0.85
he.agent.loyalty_ack.lqvchh_shlnv_kbr	agent.loyalty_ack	לקוחה שלנו כבר	confidence=0.85
he.agent.loyalty_ack.lqvch_shlnv_maz	agent.loyalty_ack	לקוח שלנו מאז	confidence=0.85
he.agent.loyalty_ack.avrk_shnym	agent.loyalty_ack	אורך שנים	confidence=0.65
he.agent.loyalty_ack.shnvt_vtq	agent.loyalty_ack	שנות ותק	confidence=0.9
