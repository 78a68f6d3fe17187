# Hebrew (he) topic words: name what the problem is about (connectivity,
# delivery, billing, product, account, policy). Helpers only: a topic word is
# not a cue and never makes a text dissatisfied.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Bare forms: attached prefixes are stripped.

# topic.connectivity: internet, phone signal and network service
he.topic.conn.ayntrnt	topic.connectivity	אינטרנט
he.topic.conn.qlyth	topic.connectivity	קליטה
he.topic.conn.chybvr	topic.connectivity	חיבור
he.topic.conn.ntb	topic.connectivity	נתב
he.topic.conn.ravtr	topic.connectivity	ראוטר
he.topic.conn.mvdm	topic.connectivity	מודם
he.topic.conn.syb	topic.connectivity	סיב
he.topic.conn.sybym	topic.connectivity	סיבים
he.topic.conn.syb_avpty	topic.connectivity	סיב אופטי
he.topic.conn.glyshh	topic.connectivity	גלישה
he.topic.conn.nytvq	topic.connectivity	ניתוק
he.topic.conn.nytvqym	topic.connectivity	ניתוקים
he.topic.conn.antnh	topic.connectivity	אנטנה
he.topic.conn.kysvy_slvlry	topic.connectivity	כיסוי סלולרי
he.topic.conn.rsht_slvlryt	topic.connectivity	רשת סלולרית
he.topic.conn.qv_tlpvn	topic.connectivity	קו טלפון
he.topic.conn.npylvt	topic.connectivity	נפילות

# topic.delivery: orders, parcels, shipping
he.topic.deliv.mshlvch	topic.delivery	משלוח
he.topic.deliv.mshlvchym	topic.delivery	משלוחים
he.topic.deliv.chbylh	topic.delivery	חבילה
he.topic.deliv.chbylvt	topic.delivery	חבילות
he.topic.deliv.shlych	topic.delivery	שליח
he.topic.deliv.shlychym	topic.delivery	שליחים
he.topic.deliv.shlychvt	topic.delivery	שליחות
he.topic.deliv.msyrh	topic.delivery	מסירה
he.topic.deliv.dvar	topic.delivery	דואר
he.topic.deliv.hzmnh	topic.delivery	הזמנה
he.topic.deliv.hzmnvt	topic.delivery	הזמנות
he.topic.deliv.hvblh	topic.delivery	הובלה
he.topic.deliv.aysvp	topic.delivery	איסוף
he.topic.deliv.mspr_meqb	topic.delivery	מספר מעקב
he.topic.deliv.nqvdt_aysvp	topic.delivery	נקודת איסוף

# topic.billing: bills, charges, payments, refunds
he.topic.bill.chshbvnyt	topic.billing	חשבונית
he.topic.bill.chshbvnyvt	topic.billing	חשבוניות
he.topic.bill.chyvb	topic.billing	חיוב
he.topic.bill.chyvbym	topic.billing	חיובים
he.topic.bill.tshlvm	topic.billing	תשלום
he.topic.bill.tshlvmym	topic.billing	תשלומים
he.topic.bill.hchzr_kspy	topic.billing	החזר כספי
he.topic.bill.zykvy	topic.billing	זיכוי
he.topic.bill.mchyr	topic.billing	מחיר
he.topic.bill.mchyrym	topic.billing	מחירים
he.topic.bill.emlh	topic.billing	עמלה
he.topic.bill.emlvt	topic.billing	עמלות
he.topic.bill.krtys_ashray	topic.billing	כרטיס אשראי
he.topic.bill.ashray	topic.billing	אשראי
he.topic.bill.hvrat_qbe	topic.billing	הוראת קבע
he.topic.bill.teryp	topic.billing	תעריף
he.topic.bill.shqlym	topic.billing	שקלים
he.topic.bill.qblh	topic.billing	קבלה

# topic.product: the device, app or item itself
he.topic.prod.mvtsr	topic.product	מוצר
he.topic.prod.mvtsrym	topic.product	מוצרים
he.topic.prod.mkshyr	topic.product	מכשיר
he.topic.prod.mkshyrym	topic.product	מכשירים
he.topic.prod.tlpvn	topic.product	טלפון
he.topic.prod.mchshb	topic.product	מחשב
he.topic.prod.msk	topic.product	מסך
he.topic.prod.svllh	topic.product	סוללה
he.topic.prod.mten	topic.product	מטען
he.topic.prod.aplyqtsyh	topic.product	אפליקציה
he.topic.prod.tvknh	topic.product	תוכנה
he.topic.prod.edkvn	topic.product	עדכון
he.topic.prod.dgm	topic.product	דגם
he.topic.prod.tevdt_achryvt	topic.product	תעודת אחריות
he.topic.prod.tyqvn	topic.product	תיקון
he.topic.prod.mebdh	topic.product	מעבדה
he.topic.prod.hchlph	topic.product	החלפה

# topic.account: access to the customer's account
he.topic.acct.sysmh	topic.account	סיסמה
he.topic.acct.sysma	topic.account	סיסמא
he.topic.acct.shm_mshtmsh	topic.account	שם משתמש
he.topic.acct.chshbvn_mshtmsh	topic.account	חשבון משתמש
he.topic.acct.htchbrvt	topic.account	התחברות
he.topic.acct.knysh_lchshbvn	topic.account	כניסה לחשבון
he.topic.acct.prvpyl	topic.account	פרופיל
he.topic.acct.aymvt	topic.account	אימות
he.topic.acct.lhyknes_x_chshbvn	topic.account	{להיכנס|נכנס|נכנסת|להתחבר|מתחבר|מתחברת|התחברות} ... חשבון
he.topic.acct.qvd_aymvt	topic.account	קוד אימות
he.topic.acct.hrshmh	topic.account	הרשמה
he.topic.acct.azvr_ayshy	topic.account	אזור אישי
he.topic.acct.nchsm	topic.account	נחסם
he.topic.acct.nprts	topic.account	נפרץ

# topic.policy: rules, terms, contracts
he.topic.pol.mdynyvt	topic.policy	מדיניות
he.topic.pol.tqnvn	topic.policy	תקנון
he.topic.pol.tnaym	topic.policy	תנאים
he.topic.pol.tnay_shymvsh	topic.policy	תנאי שימוש
he.topic.pol.chvzh	topic.policy	חוזה
he.topic.pol.htchyybvt	topic.policy	התחייבות
he.topic.pol.avtyvt_qtnvt	topic.policy	אותיות קטנות
he.topic.pol.kllym	topic.policy	כללים
he.topic.pol.nhlym	topic.policy	נהלים
he.topic.pol.nvhl	topic.policy	נוהל
he.topic.pol.tqnvt	topic.policy	תקנות
he.topic.pol.hskm	topic.policy	הסכם
he.topic.pol.qns_ytsyah	topic.policy	קנס יציאה
