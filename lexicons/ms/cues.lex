# Malay (ms) cue lexicon: entries for the 15 triage cues of the domain brief,
# in standard and colloquial/social-media spelling (x, tak, dah, nak, dgn, sgt, mcm, giler, takde, xde).
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Hyphenated words are split by the tokenizer: "berkali-kali" is written "berkali kali".
# Scope words (negation, resolved, conditional), units and ordinals live in scope.lex.

# churn.cancel: intends to cancel, close, leave or end the relationship
ms.cancel.tamatkan_x_langganan	churn.cancel	tamatkan ... langganan	confidence=0.95
ms.cancel.menamatkan_x_langganan	churn.cancel	menamatkan ... langganan	confidence=0.95
ms.cancel.penamatan_x_langganan	churn.cancel	penamatan ... langganan
ms.cancel.tamatkan_x_akaun	churn.cancel	tamatkan ... akaun
ms.cancel.menamatkan_x_akaun	churn.cancel	menamatkan ... akaun
ms.cancel.tamatkan_x_kontrak	churn.cancel	tamatkan ... kontrak
ms.cancel.menamatkan_x_kontrak	churn.cancel	menamatkan ... kontrak
ms.cancel.penamatan_kontrak	churn.cancel	penamatan kontrak	confidence=0.85
ms.cancel.tamatkan_x_perkhidmatan	churn.cancel	tamatkan ... perkhidmatan
ms.cancel.menamatkan_x_perkhidmatan	churn.cancel	menamatkan ... perkhidmatan
ms.cancel.batalkan_x_langganan	churn.cancel	batalkan ... langganan	confidence=0.95
ms.cancel.membatalkan_x_langganan	churn.cancel	membatalkan ... langganan	confidence=0.95
ms.cancel.pembatalan_x_langganan	churn.cancel	pembatalan ... langganan
ms.cancel.batalkan_x_akaun	churn.cancel	batalkan ... akaun
ms.cancel.membatalkan_x_akaun	churn.cancel	membatalkan ... akaun
ms.cancel.batalkan_x_kontrak	churn.cancel	batalkan ... kontrak
ms.cancel.batalkan_x_perkhidmatan	churn.cancel	batalkan ... perkhidmatan
ms.cancel.pembatalan_perkhidmatan	churn.cancel	pembatalan perkhidmatan	confidence=0.85
# "nak batalkan"/"nak cancel" need what is cancelled ("nak batalkan temujanji ... tukar ke hari Jumaat" is a rebooking)
@cancel_obj	langganan|berlangganan|langgan|layanan|perkhidmatan|akun|akaun|rekening|kontrak|paket|pakej|plan|pelan|keanggotaan|keahlian|membership|subscription|pesanan|order|tempahan|transaksi|pembelian|semua|semuanya|internet|talian|kartu|kad|polis|polisi
ms.cancel.nak_batalkan	churn.cancel	nak batalkan ... {@cancel_obj}	confidence=0.8
ms.cancel.nak_batalkan_je	churn.cancel	nak batalkan {je|jer|aje|sahaja|saja|terus|semua|semuanya|lah}	confidence=0.75
ms.cancel.nak_tamatkan	churn.cancel	nak tamatkan	confidence=0.85
# the bare root as colloquial Malay says it ("aku nak batal langganan", "batal je akaun ni")
ms.cancel.batal_x_langganan	churn.cancel	batal ... {langganan|akaun|kontrak|perkhidmatan|pakej|plan}	confidence=0.9
ms.cancel.nak_batal	churn.cancel	{nak|nk|mahu|terus} batal ... {@cancel_obj}	confidence=0.75
ms.cancel.nak_batal_je	churn.cancel	{nak|nk|mahu|terus} batal {je|jer|aje|sahaja|saja|terus|lah|semua}	confidence=0.7
ms.cancel.tutup_x_akaun	churn.cancel	tutup ... akaun
ms.cancel.menutup_x_akaun	churn.cancel	menutup ... akaun
ms.cancel.penutupan_akaun	churn.cancel	penutupan akaun	confidence=0.85
ms.cancel.padam_x_akaun	churn.cancel	padam ... akaun	confidence=0.85
ms.cancel.nyahaktif_x_akaun	churn.cancel	nyahaktif* ... akaun	confidence=0.8
ms.cancel.berhenti_langgan	churn.cancel	berhenti langgan	confidence=0.95
ms.cancel.berhenti_melanggan	churn.cancel	berhenti melanggan	confidence=0.95
ms.cancel.berhenti_langganan	churn.cancel	berhenti langganan	confidence=0.95
ms.cancel.stop_langgan_w	churn.cancel	stop langgan*	confidence=0.95
ms.cancel.berhenti_guna	churn.cancel	berhenti guna	confidence=0.85
ms.cancel.berhenti_menggunakan	churn.cancel	berhenti menggunakan	confidence=0.85
ms.cancel.stop_guna	churn.cancel	stop guna	confidence=0.85
ms.cancel.putuskan_langganan	churn.cancel	putuskan langganan	confidence=0.85
ms.cancel.nak_berhenti	churn.cancel	nak berhenti	confidence=0.7
ms.cancel.nak_cancel	churn.cancel	nak cancel ... {@cancel_obj}	confidence=0.85
ms.cancel.cancel_x_langganan	churn.cancel	cancel ... langganan
ms.cancel.cancel_x_akaun	churn.cancel	cancel ... akaun
ms.cancel.cancel_je	churn.cancel	cancel je	confidence=0.75
ms.cancel.tak_nak_guna_x_lagi	churn.cancel	tak nak guna ... lagi
ms.cancel.x_nak_guna_x_lagi	churn.cancel	x nak guna ... lagi
ms.cancel.tak_mahu_guna_x_lagi	churn.cancel	tak mahu guna ... lagi
ms.cancel.tidak_mahu_menggunakan_x_lagi	churn.cancel	tidak mahu menggunakan ... lagi
ms.cancel.takkan_guna_x_lagi	churn.cancel	takkan guna ... lagi
ms.cancel.tak_akan_guna_x_lagi	churn.cancel	tak akan guna ... lagi
ms.cancel.tidak_akan_menggunakan_x_lagi	churn.cancel	tidak akan menggunakan ... lagi
ms.cancel.tak_nak_beli_x_lagi	churn.cancel	tak nak beli ... lagi	confidence=0.85
ms.cancel.x_nak_beli_x_lagi	churn.cancel	x nak beli ... lagi	confidence=0.85
ms.cancel.takkan_beli_x_lagi	churn.cancel	takkan beli ... lagi	confidence=0.85
ms.cancel.serik	churn.cancel	serik	confidence=0.85
ms.cancel.ini_kali_terakhir	churn.cancel	ini kali terakhir	confidence=0.85
ms.cancel.tak_nak_sambung	churn.cancel	tak nak sambung	confidence=0.8
ms.cancel.x_nak_sambung	churn.cancel	x nak sambung	confidence=0.8
# not renewing, with words between ("kontrak kami tak sambung")
ms.cancel.kontrak_x_tak_x_sambung	churn.cancel	{kontrak|langganan|pakej|perkhidmatan|keahlian} ... {tak|x|tidak|takkan|tk} ... {sambung|disambung|menyambung|perbaharui|diperbaharui|renew}	confidence=0.8
ms.cancel.tidak_akan_memperbaharui	churn.cancel	tidak akan memperbaharui	confidence=0.8
ms.cancel.tak_renew	churn.cancel	tak renew	confidence=0.75
ms.cancel.x_renew	churn.cancel	x renew	confidence=0.75
# "terminate" of one's own account or contract, not of someone else's ("keputusan utk terminate LTK")
ms.cancel.terminate	churn.cancel	{nak|akan|mahu|mau|want|terus|minta|request|tolong|please|pls|boleh} terminate	confidence=0.8
ms.cancel.terminate_account	churn.cancel	terminate {akaun|account|langganan|line|talian|kontrak|contract|plan|pakej|package|subscription|servis|perkhidmatan|postpaid|broadband|unifi}	confidence=0.85
ms.cancel.cukup_sampai_sini	churn.cancel	cukup sampai sini	confidence=0.85
ms.cancel.baik_berhenti	churn.cancel	baik berhenti	confidence=0.8
ms.cancel.tak_nak_langgan_lagi	churn.cancel	{tak|x|tk|tidak} {nak|mahu|mau} {langgan|melanggan|guna|pakai|beli|order} lagi	confidence=0.85

# churn.switch: moving to or shopping at a competitor
ms.switch.tukar_ke_at	churn.switch	tukar ke <handle>
ms.switch.beralih_ke_at	churn.switch	beralih ke <handle>
ms.switch.tukar_syarikat	churn.switch	tukar syarikat	confidence=0.85
ms.switch.tukar_provider	churn.switch	tukar provider
ms.switch.tukar_telco	churn.switch	tukar telco
ms.switch.tukar_operator	churn.switch	tukar operator	confidence=0.85
ms.switch.tukar_rangkaian	churn.switch	tukar rangkaian	confidence=0.8
ms.switch.pindah_ke_at	churn.switch	pindah ke <handle>
ms.switch.syarikat_lain	churn.switch	syarikat lain	confidence=0.8
ms.switch.provider_lain	churn.switch	provider lain	confidence=0.8
ms.switch.telco_lain	churn.switch	telco lain	confidence=0.85
ms.switch.penyedia_lain	churn.switch	penyedia lain	confidence=0.85
ms.switch.rangkaian_lain	churn.switch	rangkaian lain	confidence=0.75
ms.switch.kedai_lain	churn.switch	kedai lain	confidence=0.75
ms.switch.competitor	churn.switch	competitor	confidence=0.7
ms.switch.port_out	churn.switch	port out	confidence=0.8
ms.switch.mnp	churn.switch	mnp	confidence=0.85
ms.switch.baik_tukar	churn.switch	baik tukar	confidence=0.85
ms.switch.lebih_baik_tukar	churn.switch	lebih baik tukar	confidence=0.85
ms.switch.baik_guna_at	churn.switch	baik guna <handle>
ms.switch.cari_alternatif	churn.switch	cari alternatif	confidence=0.8
# a competitor named in plain words after an intent ("aku nak tukar ke Maxis terus")
ms.switch.nak_tukar_ke	churn.switch	{nak|nk|akan|terus|mahu|dah} {tukar|bertukar|beralih} ke	confidence=0.7
ms.switch.baik_pindah	churn.switch	{baik|better|lebih} {aku|saya|kami|kita} {pindah|tukar|beralih}	confidence=0.85
# the English verb in a Malay or Indonesian sentence: "nak switch ke Maxis", "mending switch ke provider lain"
ms.switch.nak_switch_ke	churn.switch	{nak|mau|mahu|pengen|ingin|better|mending|baik|plan} switch {ke|to|pergi}	confidence=0.7

# loyalty.tenure: states a long relationship; the number and unit give the duration
ms.tenure.pelanggan_x_n_tahun	loyalty.tenure	pelanggan ... <num> tahun
ms.tenure.pelanggan_sejak_yyyy	loyalty.tenure	pelanggan sejak <year>	confidence=0.95
ms.tenure.pelanggan_sejak_tahun_yyyy	loyalty.tenure	pelanggan sejak tahun <year>	confidence=0.95
ms.tenure.langgan_x_n_tahun	loyalty.tenure	langgan ... <num> tahun	confidence=0.85
ms.tenure.melanggan_x_n_tahun	loyalty.tenure	melanggan ... <num> tahun	confidence=0.85
ms.tenure.langganan_x_n_tahun	loyalty.tenure	langganan ... <num> tahun	confidence=0.85
ms.tenure.n_tahun_langgan_w	loyalty.tenure	<num> tahun langgan*	confidence=0.85
ms.tenure.n_tahun_melanggan	loyalty.tenure	<num> tahun melanggan	confidence=0.85
ms.tenure.n_tahun_x_pelanggan	loyalty.tenure	<num> tahun ... pelanggan	confidence=0.85
ms.tenure.n_tahun_setia	loyalty.tenure	<num> tahun setia
ms.tenure.n_tahun_x_setia	loyalty.tenure	<num> tahun ... setia	confidence=0.85
ms.tenure.setia_x_n_tahun	loyalty.tenure	setia ... <num> tahun
ms.tenure.guna_x_n_tahun	loyalty.tenure	guna ... <num> tahun	confidence=0.7
ms.tenure.menggunakan_x_n_tahun	loyalty.tenure	menggunakan ... <num> tahun	confidence=0.7
ms.tenure.dah_n_tahun_x_guna	loyalty.tenure	{dah|sudah|sdh} <num> tahun ... {guna|menggunakan|pakai|langgan|melanggan}
ms.tenure.pengguna_sejak_yyyy	loyalty.tenure	pengguna sejak <year>
ms.tenure.ahli_sejak_yyyy	loyalty.tenure	ahli sejak <year>
ms.tenure.x_sejak_yyyy	loyalty.tenure	{pelanggan|langganan|melanggan|pengguna|ahli} ... sejak <year>
ms.tenure.x_sejak_tahun_yyyy	loyalty.tenure	{pelanggan|langganan|melanggan|pengguna|ahli} ... sejak tahun <year>
# code-mixed: "saya customer dah 10 years"
ms.tenure.customer_x_n_years	loyalty.tenure	{customer|user|member|subscriber} ... <num> {years|tahun}	confidence=0.8
ms.tenure.pelanggan_setia	loyalty.tenure	pelanggan setia	confidence=0.85
ms.tenure.pelanggan_tegar	loyalty.tenure	pelanggan tegar
ms.tenure.pengguna_setia	loyalty.tenure	pengguna setia	confidence=0.85
ms.tenure.pengguna_tegar	loyalty.tenure	pengguna tegar	confidence=0.85
ms.tenure.dah_lama_guna	loyalty.tenure	dah lama guna	confidence=0.75
ms.tenure.sudah_lama_guna	loyalty.tenure	sudah lama guna	confidence=0.75
ms.tenure.dah_lama_langgan	loyalty.tenure	dah lama langgan	confidence=0.8
ms.tenure.lama_melanggan	loyalty.tenure	lama melanggan	confidence=0.8
ms.tenure.bertahun_tahun_x_langgan_w	loyalty.tenure	bertahun tahun ... langgan*	confidence=0.8
ms.tenure.langgan_x_bertahun_tahun	loyalty.tenure	langgan ... bertahun tahun	confidence=0.8
ms.tenure.pelanggan_x_bertahun_tahun	loyalty.tenure	pelanggan ... bertahun tahun	confidence=0.85
ms.tenure.guna_x_bertahun_tahun	loyalty.tenure	guna ... bertahun tahun	confidence=0.75
ms.tenure.pelanggan_x_dekad	loyalty.tenure	pelanggan ... dekad
# "sudah 5 tahun" alone is any span of time, not a relationship: it needs langganan/pelanggan/guna;
# "pelanggan lama" is also "existing customers" in offers ("promosi pelanggan lama"): only said of oneself
# the years of use: "5 tahun guna", "3 tahun menggunakan"
ms.tenure.n_tahun_guna_menggunakan	loyalty.tenure	<num> tahun {guna|menggunakan}	confidence=0.75
# "pelanggan lama" said of oneself: "saya ... pelanggan lama", "sebagai pelanggan lama"
ms.tenure.pronoun_x_pelanggan_lama	loyalty.tenure	{saya|aku|kami|sy} ... pelanggan lama	confidence=0.8
ms.tenure.sebagai_selaku_pelanggan_lama	loyalty.tenure	{sebagai|selaku} pelanggan lama	confidence=0.85

# loyalty.referrals: says they recommended or referred others
ms.referral.ajak_x_kawan	loyalty.referrals	ajak ... kawan	confidence=0.75
ms.referral.mengajak_x_kawan	loyalty.referrals	mengajak ... kawan	confidence=0.8
ms.referral.ajak_x_family	loyalty.referrals	ajak ... family	confidence=0.7
ms.referral.dah_cadangkan	loyalty.referrals	dah cadangkan	confidence=0.85
ms.referral.sudah_mencadangkan	loyalty.referrals	sudah mencadangkan	confidence=0.85
ms.referral.pernah_cadangkan	loyalty.referrals	pernah cadangkan	confidence=0.8
ms.referral.saya_yang_rekomen	loyalty.referrals	saya yang rekomen	confidence=0.8
ms.referral.dah_rekomen	loyalty.referrals	dah rekomen	confidence=0.85
ms.referral.dah_recommend	loyalty.referrals	dah recommend	confidence=0.85
ms.referral.dah_promote	loyalty.referrals	dah promote	confidence=0.85
ms.referral.promote_x_kawan	loyalty.referrals	promote ... kawan	confidence=0.75
ms.referral.kenalkan_x_kawan	loyalty.referrals	kenalkan ... kawan	confidence=0.75
ms.referral.perkenalkan_x_kawan	loyalty.referrals	perkenalkan ... kawan	confidence=0.75
ms.referral.bawa_x_pelanggan	loyalty.referrals	bawa ... pelanggan	confidence=0.7

# repeat.failure: the problem happened before
ms.repeat.lagi_lagi	repeat.failure	lagi lagi
ms.repeat.lagi2	repeat.failure	lagi2	confidence=0.85
ms.repeat.bukan_kali_pertama	repeat.failure	bukan kali pertama	confidence=0.95
ms.repeat.bukan_pertama_kali	repeat.failure	bukan pertama kali	confidence=0.95
ms.repeat.bukan_sekali	repeat.failure	bukan sekali	confidence=0.85
ms.repeat.asyik_putus	repeat.failure	asyik putus
ms.repeat.asyik_rosak	repeat.failure	asyik rosak
ms.repeat.asyik_down	repeat.failure	asyik down
ms.repeat.asyik_error	repeat.failure	asyik error
ms.repeat.asyik_hilang	repeat.failure	asyik hilang	confidence=0.8
ms.repeat.asyik_lambat	repeat.failure	asyik lambat	confidence=0.85
ms.repeat.selalu_putus	repeat.failure	selalu putus	confidence=0.85
ms.repeat.selalu_rosak	repeat.failure	selalu rosak	confidence=0.85
ms.repeat.selalu_down	repeat.failure	selalu down	confidence=0.85
ms.repeat.asyik_macam_ni	repeat.failure	asyik macam ni	confidence=0.85
ms.repeat.asyik_mcm_ni	repeat.failure	asyik mcm ni	confidence=0.85
ms.repeat.selalu_macam_ni	repeat.failure	selalu macam ni	confidence=0.8
ms.repeat.selalu_mcm_ni	repeat.failure	selalu mcm ni	confidence=0.8
ms.repeat.kerap_berlaku	repeat.failure	kerap berlaku	confidence=0.85
ms.repeat.kerap_putus	repeat.failure	kerap putus	confidence=0.85
ms.repeat.kerap_kali	repeat.failure	kerap kali	confidence=0.8
ms.repeat.kerap_sangat	repeat.failure	kerap sangat	confidence=0.8
ms.repeat.putus_lagi	repeat.failure	putus lagi
ms.repeat.rosak_lagi	repeat.failure	rosak lagi
ms.repeat.down_lagi	repeat.failure	down lagi
ms.repeat.error_lagi	repeat.failure	error lagi
ms.repeat.berlaku_lagi	repeat.failure	berlaku lagi
ms.repeat.gagal_lagi	repeat.failure	gagal lagi
ms.repeat.jadi_lagi	repeat.failure	jadi lagi	confidence=0.75
ms.repeat.kena_lagi	repeat.failure	kena lagi	confidence=0.8
ms.repeat.lambat_lagi	repeat.failure	lambat lagi	confidence=0.85
ms.repeat.lewat_lagi	repeat.failure	lewat lagi	confidence=0.85
ms.repeat.hilang_lagi	repeat.failure	hilang lagi	confidence=0.85
ms.repeat.caj_lagi	repeat.failure	caj lagi	confidence=0.85
ms.repeat.potong_lagi	repeat.failure	potong lagi	confidence=0.8
ms.repeat.masalah_sama	repeat.failure	masalah sama	confidence=0.8
ms.repeat.masalah_yang_sama	repeat.failure	masalah yang sama	confidence=0.85
ms.repeat.isu_sama	repeat.failure	isu sama	confidence=0.8
ms.repeat.isu_yang_sama	repeat.failure	isu yang sama	confidence=0.85
# "masih tak/tidak" (still not) is a repeat only of what should have worked by now: alone it is also "masih tak percaya",
# "masih tidak ada yang mengalahkan" (still unbeaten)
@still_not	dapat|sampai|terima|diterima|menerima|boleh|berfungsi|function|jalan|selesai|diselesaikan|settle|siap|pulih|baik|dibaiki|dibalas|balas|reply|respon|masuk|refund|dipulangkan|connect|berubah|okay|ok
ms.repeat.masih_tak	repeat.failure	masih tak {@still_not}	confidence=0.7
ms.repeat.masih_x	repeat.failure	masih x {@still_not}	confidence=0.7
ms.repeat.masih_tidak	repeat.failure	masih tidak {@still_not}	confidence=0.7
ms.repeat.masih_rosak	repeat.failure	masih rosak	confidence=0.85
ms.repeat.masih_down	repeat.failure	masih down	confidence=0.85
ms.repeat.masih_putus	repeat.failure	masih putus	confidence=0.8

# @failure: failures, complaints and repeated efforts that a count of times can qualify.
@failure	rosak|putus|terputus|gagal*|hilang*|lambat|lewat|tergendala|gangguan*|error*|eror*|down|masalah|bermasalah|isu|mengadu|aduan|complain*|komplen*|lapor*|melapor*|report|hubungi*|menghubungi|telefon|kecewa*|dicaj|mati|cuba|mencuba|terpaksa|tanya|call|email|emel|mesej
# repeat.failure: a count of times ("kali ketiga", "kedua kalinya", "berkali-kali", "berulang", "banyak kali", "lagi dan lagi")
# is a repeat only next to the failure or complaint it counts ("rosak kali ketiga", "berkali-kali mengadu", "masalah berulang");
# alone it is as often a return visit, a habit or a headline ("kali kedua ke sini", "juara kali ketiga"), also in Indonesian text.
# Each count below has four entries: count ... word and word ... count, for the one-word list of failures,
# complaints and repeated effort (@failure above: add a new word there once) and for the
# two-word "tak/x/tidak dapat/boleh" (cannot), which a one-word choice cannot hold.
# "kali kedua" .. "kali kelima" (the second .. fifth time), before or after the failure, complaint or effort it counts
ms.repeat.kali_kedua_kelima_x_failure	repeat.failure	kali {kedua|ketiga|keempat|kelima} ... {@failure}	confidence=0.9
ms.repeat.failure_x_kali_kedua_kelima	repeat.failure	{@failure} ... kali {kedua|ketiga|keempat|kelima}	confidence=0.9
ms.repeat.kali_kedua_kelima_x_tak_dapat_boleh	repeat.failure	kali {kedua|ketiga|keempat|kelima} ... {tak|x|tidak} {dapat|boleh}	confidence=0.9
ms.repeat.tak_dapat_boleh_x_kali_kedua_kelima	repeat.failure	{tak|x|tidak} {dapat|boleh} ... kali {kedua|ketiga|keempat|kelima}	confidence=0.9
# "kali ke-3", "kali ke 10" (the Nth time), before or after the failure, complaint or effort it counts. A count
# (here and below) is a repeat from 2 on (min=2): "rosak 1 kali" happened once.
ms.repeat.kali_ke_n_x_failure	repeat.failure	kali ke <num> ... {@failure}	confidence=0.9; min=2
ms.repeat.failure_x_kali_ke_n	repeat.failure	{@failure} ... kali ke <num>	confidence=0.9; min=2
ms.repeat.kali_ke_n_x_tak_dapat_boleh	repeat.failure	kali ke <num> ... {tak|x|tidak} {dapat|boleh}	confidence=0.9; min=2
ms.repeat.tak_dapat_boleh_x_kali_ke_n	repeat.failure	{tak|x|tidak} {dapat|boleh} ... kali ke <num>	confidence=0.9; min=2
# "<n> kali" (n times: "dah call 5 kali"), before or after the failure, complaint or effort it counts
ms.repeat.n_kali_x_failure	repeat.failure	<num> kali ... {@failure}	confidence=0.85; min=2
ms.repeat.failure_x_n_kali	repeat.failure	{@failure} ... <num> kali	confidence=0.85; min=2
ms.repeat.n_kali_x_tak_datang	repeat.failure	<num> kali ... {tak|x|tidak} {datang|sampai|jadi|muncul}	confidence=0.85; min=2
# "3x" (3 kali: "dah 3x call", "internet putus 2x hari ni"), before or after the failure, complaint or effort
ms.repeat.nx_x_failure	repeat.failure	<times> ... {@failure}	confidence=0.85; min=2
ms.repeat.failure_x_nx	repeat.failure	{@failure} ... <times>	confidence=0.85; min=2
ms.repeat.nx_x_tak_datang	repeat.failure	<times> ... {tak|x|tidak} {datang|sampai|jadi|muncul}	confidence=0.85; min=2
# every day the same: "setiap hari jadi macam ni"
ms.repeat.setiap_hari_jadi	repeat.failure	{setiap|tiap} {hari|malam|minggu|pagi} {jadi|asyik}	confidence=0.8; match=exact
ms.repeat.setiap_hari_x_camni	repeat.failure	{setiap|tiap} {hari|malam|minggu|pagi} ... {camni|camtu|cmni|mcmni}	confidence=0.8
# "kedua kali", "ketiga kalinya" .. "kelima kalinya", before or after the failure, complaint or effort it counts
ms.repeat.kedua_kelima_kali_x_failure	repeat.failure	{kedua|ketiga|keempat|kelima} kali* ... {@failure}	confidence=0.9
ms.repeat.failure_x_kedua_kelima_kali	repeat.failure	{@failure} ... {kedua|ketiga|keempat|kelima} kali*	confidence=0.9
ms.repeat.kedua_kelima_kali_x_tak_dapat_boleh	repeat.failure	{kedua|ketiga|keempat|kelima} kali* ... {tak|x|tidak} {dapat|boleh}	confidence=0.9
ms.repeat.tak_dapat_boleh_x_kedua_kelima_kali	repeat.failure	{tak|x|tidak} {dapat|boleh} ... {kedua|ketiga|keempat|kelima} kali*	confidence=0.9
# "berkali-kali", "berulang kali", "berulang-ulang", before or after the failure, complaint or effort it counts
ms.repeat.berkali_berulang_x_failure	repeat.failure	{berkali*|berulang*} ... {@failure}	confidence=0.9
ms.repeat.failure_x_berkali_berulang	repeat.failure	{@failure} ... {berkali*|berulang*}	confidence=0.9
ms.repeat.berkali_berulang_x_tak_dapat_boleh	repeat.failure	{berkali*|berulang*} ... {tak|x|tidak} {dapat|boleh}	confidence=0.9
ms.repeat.tak_dapat_boleh_x_berkali_berulang	repeat.failure	{tak|x|tidak} {dapat|boleh} ... {berkali*|berulang*}	confidence=0.9
# "banyak kali", "byk kali" (many times), before or after the failure, complaint or effort it counts
ms.repeat.banyak_kali_x_failure	repeat.failure	{banyak|byk} kali ... {@failure}	confidence=0.9
ms.repeat.failure_x_banyak_kali	repeat.failure	{@failure} ... {banyak|byk} kali	confidence=0.9
ms.repeat.banyak_kali_x_tak_dapat_boleh	repeat.failure	{banyak|byk} kali ... {tak|x|tidak} {dapat|boleh}	confidence=0.9
ms.repeat.tak_dapat_boleh_x_banyak_kali	repeat.failure	{tak|x|tidak} {dapat|boleh} ... {banyak|byk} kali	confidence=0.9
# "lagi dan lagi" (again and again), before or after the failure, complaint or effort it counts
ms.repeat.lagi_dan_lagi_x_failure	repeat.failure	lagi dan lagi ... {@failure}	confidence=0.9
ms.repeat.failure_x_lagi_dan_lagi	repeat.failure	{@failure} ... lagi dan lagi	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tak_dapat_boleh	repeat.failure	lagi dan lagi ... {tak|x|tidak} {dapat|boleh}	confidence=0.9
ms.repeat.tak_dapat_boleh_x_lagi_dan_lagi	repeat.failure	{tak|x|tidak} {dapat|boleh} ... lagi dan lagi	confidence=0.9

# emotion.anger: anger, disgust, being fed up
ms.anger.geram	emotion.anger	geram
ms.anger.bengang	emotion.anger	bengang*	confidence=0.95
ms.anger.marah	emotion.anger	marah
ms.anger.naik_angin	emotion.anger	naik angin
ms.anger.hangin	emotion.anger	hangin	confidence=0.75
ms.anger.panas_hati	emotion.anger	panas hati
ms.anger.sakit_hati	emotion.anger	sakit hati	confidence=0.75
ms.anger.bengkek	emotion.anger	bengkek	confidence=0.85
ms.anger.meluat	emotion.anger	meluat*
ms.anger.menyampah	emotion.anger	menyampah
ms.anger.muak	emotion.anger	muak
ms.anger.jemu	emotion.anger	jemu	confidence=0.7
ms.anger.bosan	emotion.anger	bosan	confidence=0.55
ms.anger.dah_penat	emotion.anger	dah penat	confidence=0.7
ms.anger.hampeh	emotion.anger	hampeh
ms.anger.hampas	emotion.anger	hampas	confidence=0.85
ms.anger.teruk	emotion.anger	teruk	confidence=0.75
ms.anger.teruk_giler	emotion.anger	teruk giler
ms.anger.teruk_gila	emotion.anger	teruk gila
ms.anger.teruk_sangat	emotion.anger	teruk sangat
ms.anger.sgt_teruk	emotion.anger	sgt teruk
ms.anger.sangat_teruk	emotion.anger	sangat teruk
ms.anger.lembab_giler	emotion.anger	lembab giler	confidence=0.85
ms.anger.lambat_giler	emotion.anger	lambat giler	confidence=0.8
ms.anger.bodoh	emotion.anger	bodoh	confidence=0.75
ms.anger.bodo	emotion.anger	bodo	confidence=0.75
ms.anger.bangang	emotion.anger	bangang
ms.anger.bengap	emotion.anger	bengap	confidence=0.85
ms.anger.bebal	emotion.anger	bebal	confidence=0.8
ms.anger.sial	emotion.anger	sial	confidence=0.75
ms.anger.celaka	emotion.anger	celaka*
ms.anger.haram_jadah	emotion.anger	haram jadah	confidence=0.95
ms.anger.pukimak	emotion.anger	pukimak
ms.anger.kepala_hotak	emotion.anger	kepala hotak
ms.anger.hotak	emotion.anger	hotak	confidence=0.7
ms.anger.tak_guna	emotion.anger	tak guna	confidence=0.85
ms.anger.x_guna	emotion.anger	x guna	confidence=0.85
ms.anger.tidak_berguna	emotion.anger	tidak berguna	confidence=0.85
ms.anger.tak_boleh_pakai	emotion.anger	tak boleh pakai	confidence=0.85
ms.anger.x_boleh_pakai	emotion.anger	x boleh pakai	confidence=0.85
ms.anger.tak_profesional	emotion.anger	tak profesional	confidence=0.7
ms.anger.x_profesional	emotion.anger	x profesional	confidence=0.7
ms.anger.tidak_profesional	emotion.anger	tidak profesional	confidence=0.7
ms.anger.kurang_ajar	emotion.anger	kurang ajar
ms.anger.melampau	emotion.anger	melampau
ms.anger.keterlaluan	emotion.anger	keterlalu*	confidence=0.85
ms.anger.tak_masuk_akal	emotion.anger	tak masuk akal	confidence=0.8
ms.anger.x_masuk_akal	emotion.anger	x masuk akal	confidence=0.8
ms.anger.tidak_masuk_akal	emotion.anger	tidak masuk akal	confidence=0.8
ms.anger.benci_w	emotion.anger	benci*	confidence=0.75
ms.anger.meradang	emotion.anger	meradang
ms.anger.murka	emotion.anger	murka
ms.anger.mengamuk	emotion.anger	mengamuk
ms.anger.hilang_sabar	emotion.anger	hilang sabar
ms.anger.habis_sabar	emotion.anger	habis sabar
ms.anger.tahap_kesabaran	emotion.anger	tahap kesabaran	confidence=0.8
ms.anger.menyakitkan_hati	emotion.anger	menyakitkan hati	confidence=0.85
ms.anger.penipu	emotion.anger	penipu	confidence=0.85
ms.anger.menipu	emotion.anger	menipu	confidence=0.75
ms.anger.scam	emotion.anger	scam	confidence=0.8
ms.anger.wtf	emotion.anger	wtf	confidence=0.85
ms.anger.annoying	emotion.anger	annoying	confidence=0.8
ms.anger.fed_up	emotion.anger	fed up
ms.anger.semarah_ini	emotion.anger	semarah ini

# emotion.disappointment: let down, sad, dissatisfied
ms.disappoint.kecewa_w	emotion.disappointment	kecewa*	confidence=0.95
ms.disappoint.mengecewakan	emotion.disappointment	mengecewakan	confidence=0.95
ms.disappoint.dikecewakan	emotion.disappointment	dikecewakan	confidence=0.95
ms.disappoint.kekecewaan	emotion.disappointment	kekecewaan	confidence=0.95
ms.disappoint.frust	emotion.disappointment	frust	confidence=0.85
ms.disappoint.frus	emotion.disappointment	frus	confidence=0.7
ms.disappoint.sedih	emotion.disappointment	sedih	confidence=0.85
ms.disappoint.menyedihkan	emotion.disappointment	menyedihkan	confidence=0.8
ms.disappoint.hampa	emotion.disappointment	hampa	confidence=0.85
ms.disappoint.tak_puas_hati	emotion.disappointment	tak puas hati
# "tak happy dengan servis": the English word in a Malay sentence
ms.disappoint.tak_happy	emotion.disappointment	{tak|x|tk|tidak} happy	confidence=0.8
ms.disappoint.tak_berapa_happy	emotion.disappointment	{tak|x|tk|tidak} berapa happy	confidence=0.75
ms.disappoint.x_puas_hati	emotion.disappointment	x puas hati
ms.disappoint.tidak_puas_hati	emotion.disappointment	tidak puas hati
ms.disappoint.tak_berpuas_hati	emotion.disappointment	tak berpuas hati
ms.disappoint.tidak_berpuas_hati	emotion.disappointment	tidak berpuas hati
ms.disappoint.kurang_puas	emotion.disappointment	kurang puas	confidence=0.85
ms.disappoint.ketidakpuasan	emotion.disappointment	ketidakpuasan	confidence=0.85
ms.disappoint.tak_seperti_x_dijangka	emotion.disappointment	tak seperti ... dijangka	confidence=0.85
ms.disappoint.x_seperti_x_dijangka	emotion.disappointment	x seperti ... dijangka	confidence=0.85
ms.disappoint.tidak_seperti_x_dijangka	emotion.disappointment	tidak seperti ... dijangka	confidence=0.85
ms.disappoint.dulu_bagus	emotion.disappointment	dulu bagus	confidence=0.8
ms.disappoint.dulu_ok	emotion.disappointment	dulu ok	confidence=0.7
ms.disappoint.makin_teruk	emotion.disappointment	makin teruk	confidence=0.8
ms.disappoint.semakin_teruk	emotion.disappointment	semakin teruk	confidence=0.8
ms.disappoint.menyesal	emotion.disappointment	menyesal	confidence=0.8
ms.disappoint.rugi_beli	emotion.disappointment	rugi beli	confidence=0.8
ms.disappoint.sia_sia	emotion.disappointment	sia sia	confidence=0.7
ms.disappoint.hilang_kepercayaan	emotion.disappointment	hilang kepercayaan	confidence=0.8
ms.disappoint.hilang_keyakinan	emotion.disappointment	hilang keyakinan	confidence=0.8
ms.disappoint.patah_hati	emotion.disappointment	patah hati	confidence=0.75
ms.disappoint.sekecewa_ini	emotion.disappointment	sekecewa ini
ms.disappoint.tak_pernah_x_sekecewa	emotion.disappointment	tak pernah ... sekecewa
ms.disappoint.tak_pernah_x_kecewa_macam_ni	emotion.disappointment	tak pernah ... kecewa macam ni
ms.disappoint.tak_recommend	emotion.disappointment	tak recommend	confidence=0.85
ms.disappoint.x_recommend	emotion.disappointment	x recommend	confidence=0.85
ms.disappoint.tak_rekomen	emotion.disappointment	tak rekomen	confidence=0.85
ms.disappoint.x_rekomen	emotion.disappointment	x rekomen	confidence=0.85
ms.disappoint.tidak_disyorkan	emotion.disappointment	tidak disyorkan	confidence=0.85
ms.disappoint.tak_disyorkan	emotion.disappointment	tak disyorkan	confidence=0.85

# public.exposure: public channel, @brand mention, threat to post, review or go viral
ms.public.tular	public.exposure	tular*
ms.public.tularkan	public.exposure	tularkan	confidence=0.95
ms.public.ditularkan	public.exposure	ditularkan*
ms.public.viralkan	public.exposure	viralkan	confidence=0.95
ms.public.sebarkan	public.exposure	sebarkan	confidence=0.8
# Posting on a public channel is a threat when someone says they will (or did) post: "post" is also a noun ("share 1 post kat fb")
@poster	nak|akan|aku|saya|sy|i|kami|kitorang|terus|kang|karang|gua|gue|mahu|mau|boleh|dah|sudah|baru|tolong
ms.public.post_x_fb	public.exposure	{@poster} post ... fb	confidence=0.85
ms.public.post_x_facebook	public.exposure	{@poster} post ... facebook	confidence=0.85
ms.public.post_x_twitter	public.exposure	{@poster} post ... twitter	confidence=0.85
ms.public.post_x_tiktok	public.exposure	{@poster} post ... tiktok	confidence=0.85
ms.public.upload_x_fb	public.exposure	upload ... fb	confidence=0.85
ms.public.kongsi_x_fb	public.exposure	kongsi ... fb	confidence=0.8
ms.public.viral_kat	public.exposure	viral kat
ms.public.bagitau_semua	public.exposure	bagitau semua	confidence=0.85
ms.public.bagitahu_semua	public.exposure	bagitahu semua	confidence=0.85
ms.public.beritahu_semua	public.exposure	beritahu semua	confidence=0.85
ms.public.bagi_tau_semua	public.exposure	bagi tau semua	confidence=0.85
ms.public.semua_orang_tahu	public.exposure	semua orang tahu	confidence=0.8
ms.public.review_buruk	public.exposure	review buruk
ms.public.ulasan_buruk	public.exposure	ulasan buruk
ms.public.review_teruk	public.exposure	review teruk	confidence=0.85
ms.public.ulasan_negatif	public.exposure	ulasan negatif
ms.public.bintang_satu	public.exposure	bintang satu	confidence=0.85
ms.public.one_star	public.exposure	one star	confidence=0.8
# Regulators and the consumer tribunal are exposure when the customer reports or takes the case to them; the bare name is
# as often a news item ("KPDNHEP Kelantan kompaun 11 premis")
@report	report|lapor|laporkan|melapor|melaporkan|adu|adukan|mengadu|aduan|complain|komplen|bawa|rujuk|ke|kat|dekat|dkt|kt|kepada
ms.public.kpdn	public.exposure	{@report} ... kpdn	confidence=0.75
ms.public.kpdnhep	public.exposure	{@report} ... kpdnhep	confidence=0.75
ms.public.mcmc	public.exposure	{@report} ... mcmc	confidence=0.75
ms.public.tribunal	public.exposure	{@report} ... tribunal	confidence=0.6
# legal threats: the complaint leaves the support channel
ms.public.saman	public.exposure	{saman|menyaman} {korang|kamu|awak|syarikat|anda|pihak}	confidence=0.85
ms.public.tindakan_undang	public.exposure	{saya|kami|aku} ... tindakan undang	confidence=0.8
ms.public.peguam	public.exposure	peguam {saya|kami|aku}	confidence=0.8
ms.public.surat_khabar	public.exposure	{@report|hantar|masukkan|masuk|tular*|viral*|dedah*|siar*} surat khabar	confidence=0.7
ms.public.expose	public.exposure	expose	confidence=0.8

# urgency: needs help now
ms.urgency.cepat_sikit	urgency	cepat sikit
ms.urgency.laju_sikit	urgency	laju sikit	confidence=0.85
ms.urgency.tolong_segera	urgency	tolong segera	confidence=0.95
ms.urgency.mohon_segera	urgency	mohon segera	confidence=0.95
ms.urgency.harap_segera	urgency	harap segera
ms.urgency.secepat_yang_mungkin	urgency	secepat yang mungkin
ms.urgency.segera_mungkin	urgency	segera mungkin
ms.urgency.urgent	urgency	urgent	confidence=0.95
ms.urgency.tolong_cepat	urgency	tolong cepat	confidence=0.85
ms.urgency.tak_boleh_kerja	urgency	tak boleh kerja	confidence=0.7
ms.urgency.x_boleh_kerja	urgency	x boleh kerja	confidence=0.7
ms.urgency.tidak_boleh_bekerja	urgency	tidak boleh bekerja	confidence=0.7
# "mendesak", "darurat", "sekarang juga", "secepat mungkin" are urgent only as a request or intensified: alone they are
# news ("mendesak kerajaan", "darurat", "perintah darurat") or "now also" ("sekarang juga ada")
# so "mendesak"/"darurat" only qualified ("urusan mendesak", "sangat darurat") or intensified ("darurat sgt"),
# "secepat mungkin"/"sekarang juga" only in a request ("tolong ... secepat mungkin", "kena ... sekarang juga")
ms.urgency.qualified_mendesak	urgency	{sangat|amat|sgt|urusan|keperluan|perkara|hal} mendesak	confidence=0.85
ms.urgency.qualified_darurat	urgency	{ini|sangat|amat|urusan|keperluan} darurat	confidence=0.85
ms.urgency.mendesak_darurat_sangat	urgency	{mendesak|darurat} {sangat|sgt|sekali}	confidence=0.85
# @request: request words before an urgency phrase.
@request	tolong|mohon|harap|minta|sila|perlu|mesti|kena
ms.urgency.request_x_secepat_mungkin	urgency	{@request} ... secepat mungkin	confidence=0.85
ms.urgency.request_x_sekarang_juga	urgency	{@request} ... sekarang juga	confidence=0.85

# ignored: nobody listens, waited long, passed around
ms.ignored.tak_ada_yang_balas	ignored	tak ada yang balas	confidence=0.95
ms.ignored.tak_ada_yang_jawab	ignored	tak ada yang jawab
ms.ignored.x_ada_yang_balas	ignored	x ada yang balas
ms.ignored.takde_yang_balas	ignored	takde yang balas
ms.ignored.xde_yang_balas	ignored	xde yang balas
ms.ignored.tiada_siapa_x_balas	ignored	tiada siapa ... balas
ms.ignored.takde_siapa_x_balas	ignored	takde siapa ... balas
ms.ignored.tiada_siapa_x_jawab	ignored	tiada siapa ... jawab
ms.ignored.takde_siapa_x_jawab	ignored	takde siapa ... jawab
ms.ignored.tiada_siapa_x_layan	ignored	tiada siapa ... layan
ms.ignored.takde_siapa_x_layan	ignored	takde siapa ... layan
ms.ignored.tiada_siapa_x_peduli	ignored	{tiada|takde|xde|tkde} siapa ... {peduli|kisah|endah|pedulikan}	confidence=0.85
ms.ignored.takde_orang_x_jawab	ignored	takde orang ... jawab
ms.ignored.takde_orang_x_balas	ignored	takde orang ... balas
ms.ignored.takde_orang_x_angkat	ignored	takde orang ... angkat
ms.ignored.xde_orang_x_jawab	ignored	xde orang ... jawab
ms.ignored.xde_orang_x_balas	ignored	xde orang ... balas
ms.ignored.tak_ada_orang_x_jawab	ignored	tak ada orang ... jawab
ms.ignored.tiada_orang_x_jawab	ignored	tiada orang ... jawab
ms.ignored.tiada_maklum_balas	ignored	tiada maklum balas	confidence=0.85
ms.ignored.takde_maklum_balas	ignored	takde maklum balas	confidence=0.85
ms.ignored.tak_ada_maklum_balas	ignored	tak ada maklum balas	confidence=0.85
ms.ignored.xde_maklum_balas	ignored	xde maklum balas	confidence=0.85
ms.ignored.belum_ada_maklum_balas	ignored	belum ada maklum balas	confidence=0.8
ms.ignored.tiada_respon_w	ignored	tiada respon*	confidence=0.85
ms.ignored.takde_respon_w	ignored	takde respon*	confidence=0.85
# "call pagi2 ... tp takda pun": called, and nobody was there
ms.ignored.call_x_takda_pun	ignored	{call|telefon|emel|email|mesej|whatsapp|wasap} ... {takda|takde|xde|tiada} pun	confidence=0.75
ms.ignored.xde_respon_w	ignored	xde respon*	confidence=0.85
ms.ignored.tak_ada_respon_w	ignored	tak ada respon*	confidence=0.85
ms.ignored.tak_dibalas	ignored	tak dibalas	confidence=0.85
ms.ignored.tidak_dibalas	ignored	tidak dibalas	confidence=0.85
ms.ignored.x_dibalas	ignored	x dibalas	confidence=0.85
ms.ignored.belum_dibalas	ignored	belum dibalas	confidence=0.8
ms.ignored.tak_berjawab	ignored	tak berjawab	confidence=0.85
ms.ignored.tidak_berjawab	ignored	tidak berjawab	confidence=0.85
ms.ignored.x_berjawab	ignored	x berjawab	confidence=0.85
ms.ignored.tak_angkat	ignored	tak angkat	confidence=0.8
ms.ignored.x_angkat	ignored	x angkat	confidence=0.8
ms.ignored.tak_layan	ignored	tak layan	confidence=0.85
ms.ignored.x_layan	ignored	x layan	confidence=0.85
ms.ignored.tak_dilayan	ignored	tak dilayan	confidence=0.85
ms.ignored.tidak_dilayan	ignored	tidak dilayan	confidence=0.85
ms.ignored.x_dilayan	ignored	x dilayan	confidence=0.85
ms.ignored.buat_tak_tahu	ignored	buat tak tahu
ms.ignored.buat_tak_tau	ignored	buat tak tau
ms.ignored.buat_x_tahu	ignored	buat x tahu
ms.ignored.buat_x_tau	ignored	buat x tau
ms.ignored.buat_bodoh	ignored	buat bodoh	confidence=0.85
ms.ignored.buat_dek	ignored	buat dek	confidence=0.85
ms.ignored.diabaikan	ignored	diabaikan
ms.ignored.mengabaikan	ignored	mengabaikan	confidence=0.8
ms.ignored.senyap_je	ignored	senyap je	confidence=0.85
ms.ignored.senyap_sahaja	ignored	senyap sahaja	confidence=0.85
ms.ignored.diam_je	ignored	diam je	confidence=0.8
ms.ignored.diam_sahaja	ignored	diam sahaja	confidence=0.8
ms.ignored.tunggu_x_n_hari	ignored	tunggu ... <num> hari	confidence=0.85
ms.ignored.menunggu_x_n_hari	ignored	menunggu ... <num> hari	confidence=0.85
ms.ignored.tunggu_x_n_jam	ignored	tunggu ... <num> jam	confidence=0.8
ms.ignored.menunggu_x_n_jam	ignored	menunggu ... <num> jam	confidence=0.8
ms.ignored.tunggu_x_n_minggu	ignored	tunggu ... <num> minggu	confidence=0.85
ms.ignored.menunggu_x_n_minggu	ignored	menunggu ... <num> minggu	confidence=0.85
ms.ignored.tunggu_x_seminggu	ignored	tunggu ... seminggu	confidence=0.85
ms.ignored.menunggu_x_seminggu	ignored	menunggu ... seminggu	confidence=0.85
ms.ignored.seminggu_tunggu	ignored	seminggu tunggu	confidence=0.85
ms.ignored.tunggu_x_sebulan	ignored	tunggu ... sebulan
ms.ignored.menunggu_x_sebulan	ignored	menunggu ... sebulan
ms.ignored.sebulan_tunggu	ignored	sebulan tunggu
ms.ignored.n_x_tunggu	ignored	<num> {jam|hari|minggu|bulan} tunggu	confidence=0.85
ms.ignored.tunggu_x_berhari_hari	ignored	tunggu ... berhari hari	confidence=0.85
ms.ignored.dah_tunggu	ignored	dah tunggu	confidence=0.7
ms.ignored.sudah_menunggu	ignored	sudah menunggu	confidence=0.7
ms.ignored.tunggu_lama	ignored	tunggu lama	confidence=0.75
ms.ignored.lama_menunggu	ignored	lama menunggu	confidence=0.75
ms.ignored.tolak_sana_sini	ignored	tolak sana sini
ms.ignored.campak_sana_sini	ignored	campak sana sini	confidence=0.85
ms.ignored.pusing_sana_sini	ignored	pusing sana sini	confidence=0.7
ms.ignored.janji_je	ignored	janji je	confidence=0.85
ms.ignored.janji_sahaja	ignored	janji sahaja	confidence=0.8
ms.ignored.janji_kosong	ignored	janji kosong	confidence=0.85
ms.ignored.janji_manis	ignored	janji manis	confidence=0.75
ms.ignored.jawapan_template	ignored	jawapan template	confidence=0.8
ms.ignored.jawapan_skrip	ignored	jawapan skrip	confidence=0.75
ms.ignored.balasan_automatik	ignored	balasan automatik	confidence=0.65
ms.ignored.dah_buat_aduan	ignored	dah buat aduan	confidence=0.6
ms.ignored.sudah_membuat_aduan	ignored	sudah membuat aduan	confidence=0.6
ms.ignored.dah_report	ignored	dah report	confidence=0.6

# value.at_risk: a large order, contract or renewal depends on this
ms.value.tempahan_besar	value.at_risk	tempahan besar	alone=no
ms.value.pesanan_besar	value.at_risk	pesanan besar	confidence=0.85;alone=no
ms.value.order_besar	value.at_risk	order besar	confidence=0.85;alone=no
ms.value.pembelian_besar	value.at_risk	pembelian besar	confidence=0.8;alone=no
ms.value.secara_pukal	value.at_risk	secara pukal	confidence=0.85;alone=no
ms.value.kontrak_besar	value.at_risk	kontrak besar	confidence=0.85;alone=no
ms.value.pembaharuan_kontrak	value.at_risk	pembaharuan kontrak	confidence=0.85;alone=no
ms.value.nilai_kontrak	value.at_risk	nilai kontrak	confidence=0.85;alone=no
ms.value.projek_besar	value.at_risk	projek besar	confidence=0.8;alone=no
ms.value.klien_besar	value.at_risk	klien besar	confidence=0.8;alone=no
ms.value.puluh_ribu	value.at_risk	puluh ribu	confidence=0.7;alone=no
ms.value.ratus_ribu	value.at_risk	ratus ribu	confidence=0.8;alone=no
ms.value.juta_ringgit	value.at_risk	juta ringgit	confidence=0.85;alone=no
ms.value.ratusan_unit	value.at_risk	ratusan unit	confidence=0.8;alone=no
ms.value.ribuan_unit	value.at_risk	ribuan unit	confidence=0.85;alone=no
# the size of the account in numbers, and money the problem costs
ms.value.pelanggan_korporat	value.at_risk	{pelanggan|klien|akaun} {korporat|syarikat|perniagaan}	confidence=0.75;alone=no
ms.value.n_akaun	value.at_risk	<num> {akaun|talian|line|pengguna|staf|pekerja|lesen}	confidence=0.7; min=10;alone=no
ms.value.kerugian_besar	value.at_risk	{kerugian|rugi} {besar|beribu|ribuan|berjuta|jutaan}	confidence=0.8

# signal.downgrade: downgrading, auto-renew off, reducing use
ms.downgrade.downgrade	signal.downgrade	downgrade
ms.downgrade.turun_pakej	signal.downgrade	turun pakej
ms.downgrade.turunkan_pakej	signal.downgrade	turunkan pakej
ms.downgrade.menurunkan_pakej	signal.downgrade	menurunkan pakej
ms.downgrade.pakej_x_lebih_murah	signal.downgrade	pakej ... lebih murah	confidence=0.8
ms.downgrade.pakej_lebih_rendah	signal.downgrade	pakej lebih rendah	confidence=0.85
ms.downgrade.pakej_paling_murah	signal.downgrade	pakej paling murah	confidence=0.8
ms.downgrade.matikan_x_auto_renew_w	signal.downgrade	matikan ... auto renew*
ms.downgrade.matikan_pembaharuan_automatik	signal.downgrade	matikan pembaharuan automatik
ms.downgrade.hentikan_pembaharuan_automatik	signal.downgrade	hentikan pembaharuan automatik
ms.downgrade.batalkan_pembaharuan_automatik	signal.downgrade	batalkan pembaharuan automatik
ms.downgrade.hentikan_auto_debit	signal.downgrade	hentikan auto debit	confidence=0.8
ms.downgrade.stop_auto_debit	signal.downgrade	stop auto debit	confidence=0.8
ms.downgrade.matikan_autodebit	signal.downgrade	matikan autodebit	confidence=0.8
ms.downgrade.nak_gantung_x_akaun	signal.downgrade	nak gantung ... akaun	confidence=0.8
ms.downgrade.kurangkan_pakej	signal.downgrade	kurangkan pakej	confidence=0.85
ms.downgrade.kurangkan_x_langganan	signal.downgrade	kurangkan ... langganan	confidence=0.8
ms.downgrade.kurangkan_x_penggunaan	signal.downgrade	kurangkan ... penggunaan	confidence=0.7
ms.downgrade.jarang_guna	signal.downgrade	jarang guna	confidence=0.6
ms.downgrade.gantung_sementara	signal.downgrade	gantung sementara	confidence=0.75
ms.downgrade.berhenti_sementara	signal.downgrade	berhenti sementara	confidence=0.8
ms.downgrade.tangguh_x_langganan	signal.downgrade	tangguh ... langganan	confidence=0.8

# change.unannounced: rules, prices or account manager changed without notice
ms.unannounced.tanpa_x_notis	change.unannounced	tanpa ... notis	confidence=0.95
ms.unannounced.tanpa_x_makluman	change.unannounced	tanpa ... makluman	confidence=0.95
ms.unannounced.tanpa_x_pemberitahuan	change.unannounced	tanpa ... pemberitahuan	confidence=0.95
ms.unannounced.tanpa_bagitau	change.unannounced	tanpa bagitau
ms.unannounced.tanpa_bagitahu	change.unannounced	tanpa bagitahu
ms.unannounced.tanpa_beritahu	change.unannounced	tanpa beritahu
ms.unannounced.tanpa_memberitahu	change.unannounced	tanpa memberitahu
ms.unannounced.tanpa_amaran	change.unannounced	tanpa amaran	confidence=0.85
ms.unannounced.tanpa_persetujuan	change.unannounced	tanpa persetujuan	confidence=0.85
ms.unannounced.tak_bagitau	change.unannounced	tak bagitau	confidence=0.8
ms.unannounced.x_bagitau	change.unannounced	x bagitau	confidence=0.8
ms.unannounced.tak_bagitahu	change.unannounced	tak bagitahu	confidence=0.8
ms.unannounced.tak_dimaklumkan	change.unannounced	tak dimaklumkan	confidence=0.85
ms.unannounced.x_dimaklumkan	change.unannounced	x dimaklumkan	confidence=0.85
ms.unannounced.tidak_dimaklumkan	change.unannounced	tidak dimaklumkan	confidence=0.85
ms.unannounced.tak_diberitahu	change.unannounced	tak diberitahu	confidence=0.85
ms.unannounced.tidak_diberitahu	change.unannounced	tidak diberitahu	confidence=0.85
ms.unannounced.tiada_notis	change.unannounced	tiada notis	confidence=0.85
ms.unannounced.takde_notis	change.unannounced	takde notis	confidence=0.85
ms.unannounced.xde_notis	change.unannounced	xde notis	confidence=0.85
ms.unannounced.tak_ada_notis	change.unannounced	tak ada notis	confidence=0.85
ms.unannounced.tiada_makluman	change.unannounced	tiada makluman	confidence=0.85
ms.unannounced.takde_makluman	change.unannounced	takde makluman	confidence=0.85
ms.unannounced.xde_makluman	change.unannounced	xde makluman	confidence=0.85
ms.unannounced.tiba_tiba_tukar	change.unannounced	tiba tiba tukar	confidence=0.85
ms.unannounced.tiba_tiba_naik	change.unannounced	tiba tiba naik	confidence=0.8
ms.unannounced.tiba2_tukar	change.unannounced	tiba2 tukar	confidence=0.85
ms.unannounced.tiba2_naik	change.unannounced	tiba2 naik	confidence=0.8
ms.unannounced.sesuka_hati	change.unannounced	sesuka hati	confidence=0.7
ms.unannounced.sebelah_pihak	change.unannounced	secara sebelah pihak	confidence=0.85
ms.unannounced.tukar_polisi	change.unannounced	tukar polisi	confidence=0.7
ms.unannounced.ubah_polisi	change.unannounced	ubah polisi	confidence=0.7
ms.unannounced.tukar_syarat	change.unannounced	tukar syarat	confidence=0.75
ms.unannounced.ubah_syarat	change.unannounced	ubah syarat	confidence=0.75
ms.unannounced.tukar_account_manager	change.unannounced	tukar account manager	confidence=0.75
# @change: changes made to an account or bill (for "diam-diam", "senyap-senyap").
@change	naik*|menaik*|dinaikkan|tukar|menukar|ditukar|ubah*|mengubah*|diubah|potong*|memotong*|dipotong|tolak|ditolak|caj|mengecaj|dicaj|tarik*|menarik*|ditarik|aktifkan|mengaktifkan|diaktifkan|daftar*|mendaftarkan|didaftarkan|langgan*|melanggan|tambah*|menambah*|ditambah|kurangkan|mengurangkan|dikurangkan|buang|membuang|dibuang|hentikan|menghentikan|dihentikan|tutup|menutup|ditutup
# "diam-diam" / "senyap-senyap" is a change without notice only with the change it qualifies ("diam-diam naikkan harga");
# alone it is "secretly" in any story ("diam-diam dia suka")
# so "diam-diam"/"senyap-senyap" followed by the change (raise, change, cut, refuse, charge, withdraw, activate,
# register, subscribe, add, reduce, remove, stop, close) in base, active (meN-) and passive (di-) forms
ms.unannounced.diam_diam_change	change.unannounced	diam diam {@change}	confidence=0.85
ms.unannounced.senyap_senyap_change	change.unannounced	senyap senyap {@change}	confidence=0.85

# positive.suggestion: a collaborative idea for the brand
ms.suggest.cadangan_saya	positive.suggestion	cadangan saya	confidence=0.85
ms.suggest.saya_cadangkan	positive.suggestion	saya cadangkan	confidence=0.7
ms.suggest.alangkah_baiknya	positive.suggestion	alangkah baiknya
ms.suggest.lagi_bagus_kalau	positive.suggestion	lagi bagus kalau	confidence=0.85
ms.suggest.lagi_best_kalau	positive.suggestion	lagi best kalau	confidence=0.85
ms.suggest.elok_kalau	positive.suggestion	elok kalau	confidence=0.7
ms.suggest.patut_tambah	positive.suggestion	patut tambah	confidence=0.85
ms.suggest.harap_boleh_tambah	positive.suggestion	harap boleh tambah	confidence=0.85
ms.suggest.sila_tambah	positive.suggestion	sila tambah	confidence=0.75
ms.suggest.mohon_ditambah	positive.suggestion	mohon ditambah	confidence=0.8
ms.suggest.cuba_tambah	positive.suggestion	cuba tambah	confidence=0.8
ms.suggest.sila_pertimbangkan	positive.suggestion	sila pertimbangkan	confidence=0.8
ms.suggest.kalau_boleh_x_tambah	positive.suggestion	kalau boleh ... tambah	confidence=0.75
ms.suggest.cc_at	positive.suggestion	cc <handle>	confidence=0.7

# positive.advocacy: praise, recommends the brand
ms.advocacy.sentiasa_cadangkan	positive.advocacy	sentiasa cadangkan
ms.advocacy.selalu_cadangkan	positive.advocacy	selalu cadangkan
ms.advocacy.sangat_disyorkan	positive.advocacy	sangat disyorkan
ms.advocacy.disyorkan	positive.advocacy	disyorkan	confidence=0.75
ms.advocacy.syorkan	positive.advocacy	syorkan	confidence=0.8
ms.advocacy.highly_recommended	positive.advocacy	highly recommended
ms.advocacy.sangat_rekomen	positive.advocacy	sangat rekomen	confidence=0.85
ms.advocacy.recommended	positive.advocacy	recommended	confidence=0.8
ms.advocacy.mantap	positive.advocacy	mantap	confidence=0.7
ms.advocacy.padu	positive.advocacy	padu	confidence=0.7
ms.advocacy.gempak	positive.advocacy	gempak	confidence=0.7
ms.advocacy.best_gila	positive.advocacy	best gila	confidence=0.85
ms.advocacy.best_giler	positive.advocacy	best giler	confidence=0.85
ms.advocacy.memang_best	positive.advocacy	memang best	confidence=0.8
ms.advocacy.sangat_berpuas_hati	positive.advocacy	sangat berpuas hati	confidence=0.85
ms.advocacy.puas_hati_sangat	positive.advocacy	puas hati sangat	confidence=0.85
ms.advocacy.servis_x_terbaik	positive.advocacy	servis ... terbaik	confidence=0.85
ms.advocacy.tabik	positive.advocacy	tabik	confidence=0.85
ms.advocacy.syabas	positive.advocacy	syabas	confidence=0.85
ms.advocacy.teruskan_usaha	positive.advocacy	teruskan usaha	confidence=0.8
ms.advocacy.keep_it_up	positive.advocacy	keep it up	confidence=0.85
ms.advocacy.tak_pernah_kecewa	positive.advocacy	tak pernah kecewa
ms.advocacy.x_pernah_kecewa	positive.advocacy	x pernah kecewa
ms.advocacy.tidak_pernah_mengecewakan	positive.advocacy	tidak pernah mengecewakan
ms.advocacy.tak_pernah_hampa	positive.advocacy	tak pernah hampa	confidence=0.85
# service praised in two words (no gap: positive entries are not negated)
ms.advocacy.servis_laju	positive.advocacy	{servis|servisnya|perkhidmatan|layanan|layanannya|staf|stafnya} {laju|pantas|cepat|mantap|padu|terbaik|power|cekap|mesra}	confidence=0.75
# suggestions and being ignored, colloquial forms (added with the golden review)
ms.suggest.patut_x_sediakan	positive.suggestion	patut ... sediakan	confidence=0.85
ms.suggest.patut_x_tambah_w	positive.suggestion	patut ... tambah*	confidence=0.85
ms.suggest.sepatutnya_x_sediakan	positive.suggestion	sepatutnya ... sediakan	confidence=0.8
ms.suggest.cadangan_x_buat	positive.suggestion	cadangan ... {buat|tambah|adakan|sediakan|letak|bagi|wujudkan}	confidence=0.75
ms.ignored.takde_sapa_balas	ignored	takde sapa ... balas	confidence=0.95
ms.ignored.takde_siapa_balas	ignored	takde siapa ... balas	confidence=0.95
ms.ignored.xde_sapa_balas	ignored	xde sapa ... balas	confidence=0.95
ms.ignored.takde_orang_balas	ignored	takde orang ... balas	confidence=0.9
# gaps found by the cue table tests
ms.ignored.tak_ada_siapa_balas	ignored	tak ada siapa ... balas	confidence=0.95
ms.ignored.tak_ada_siapa_jawab	ignored	tak ada siapa ... jawab	confidence=0.95
# a call nobody picks up: "call tak berangkat", "telefon tak dijawab"
ms.ignored.call_tak_berangkat	ignored	{call|panggilan|telefon|tepon|fon} {tak|x|tidak|tk} {berangkat|diangkat|angkat|dijawab|berjawab}	confidence=0.85
# no news of the complaint: "aduan dari minggu lepas takde update"
ms.ignored.takde_update	ignored	{takde|tiada|xde|tkde} {update|updates|berita|khabar|news}	confidence=0.8
ms.ignored.tak_ada_update	ignored	{tak|belum|x} ada {update|updates|berita|khabar|news}	confidence=0.8
# hung up, and ignored: "agent letak telefon macam tu je", "aduan saya tak diendahkan"
ms.ignored.letak_telefon	ignored	letak {telefon|fon|phone|gagang|call}	confidence=0.8
ms.ignored.tak_diendahkan	ignored	{tak|tidak|x|tk} {diendahkan|dipedulikan|dihiraukan|dipeduli}	confidence=0.85
# passed around: "asyik kena pass dari satu department ke department lain"
ms.ignored.kena_pass	ignored	{kena|asyik|asik|dok} pass ... {department|jabatan|bahagian|orang|staf|agent}	confidence=0.8
ms.downgrade.turunkan_pelan	signal.downgrade	turunkan pelan	confidence=0.9
ms.downgrade.turun_pelan	signal.downgrade	turun pelan	confidence=0.85
ms.downgrade.tukar_ke_pelan_x_murah	signal.downgrade	tukar ke pelan ... murah	confidence=0.85
ms.downgrade.off_auto_renew	signal.downgrade	{off|offkan|matikan|tutup|hentikan|stop|batalkan|cancel} ... auto {renew|renewal|debit|debet}	confidence=0.85

# Everyday support wording (a probe of 61 Malay messages)
# no reply: "email takde balasan", "aduan tak berbalas"
ms.ignored.takde_balasan	ignored	{takde|tiada|xde|tkde} {balasan|respon|respons|jawapan|reply|maklumbalas|feedback}	confidence=0.85
ms.ignored.tak_berbalas	ignored	{tak|x|tidak|belum|tk} {berbalas|berjawab}	confidence=0.85
# nobody told: "polisi dah berubah tapi takde siapa beritahu"
ms.unannounced.takde_siapa_beritahu	change.unannounced	{takde|tiada|xde|tkde} {siapa|sapa|orang} ... {beritahu|bagitahu|bagitau|maklumkan|memaklumkan|inform|informkan}	confidence=0.8
# a suggestion as "apa kata korang tambah ..."
ms.suggest.apa_kata_x_tambah	positive.suggestion	apa kata ... {tambah*|buat|adakan|sediakan|letak|wujudkan|buka}	confidence=0.75
# moving to a named Malaysian competitor: "esok aku pindah ke Maxis", "dah port ke Digi" (Indonesian brands: lexicons/id)
@rival_my	maxis|celcom|digi|celcomdigi|umobile|unifi|astro|hotlink|yoodo|redone|tonewow|xox|lazada|shopee|grab|airasia
# said as an intent or a done deal ("sehingga saya pindah ke Maxis" in a Bandung restaurant review is not)
ms.switch.pindah_ke_rival	churn.switch	{nak|nk|akan|mahu|mau|terus|dah|sudah|baik|better|esok|plan|mending|pengen|ingin} ... {pindah|beralih|tukar|port|hijrah|migrasi|switch|bertukar|lompat|ganti} ... ke {@rival_my}	confidence=0.8
# "terbaik" alone is as often a prayer ("semoga yang terbaik"): praise only as an exclamation or affirmed
ms.advocacy.terbaik_lah	positive.advocacy	terbaik {lah|la|gila|giler|betul|ever|weh|wei|bah|sangat|sgt|bro|boss|bos}	confidence=0.75
ms.advocacy.memang_terbaik	positive.advocacy	{memang|mmg|sungguh|sangat|sgt|paling} terbaik	confidence=0.75

# Second probe round (longer messages, more industries), Malay-only words
# ending a membership or policy: "penamatan keahlian gim", "batalkan polisi"
ms.cancel.tamatkan_keahlian	churn.cancel	{tamatkan|menamatkan|penamatan|batalkan|membatalkan|pembatalan} ... {keahlian|polisi|membership}	confidence=0.85
# buying at a rival from now on: "lepas ni aku beli kat Lazada je"
ms.switch.beli_kat_rival_je	churn.switch	{beli|order|guna|pakai|langgan|shopping} {kat|dekat|dkt|kt|di} {@rival_my} {je|jer|jela|sahaja|aje}	confidence=0.8
# a booking elsewhere next time: "next trip aku book hotel lain"
ms.switch.book_hotel_lain	churn.switch	{book|booking|tempah|menempah} {hotel|homestay|tempat|restoran|klinik|penginapan} lain	confidence=0.75
# failing again: "tersilap lagi", "tergendala lagi"
ms.repeat.failure_lagi_r2	repeat.failure	{tersilap|silap|tergendala|terganggu|ditangguhkan|lembab} lagi	confidence=0.85
# a one-star review: "review satu bintang"
ms.public.review_satu_bintang	public.exposure	{review|ulasan|rating|reviu|komen} {satu|1|sebiji} bintang	confidence=0.85
# "tolong la cepat"
ms.urgency.tolong_la_cepat	urgency	{tolong|cepat|sila} {la|lah|laa|ye|ya} {cepat|segera|laju}	confidence=0.8
# never picks up: "tak pernah angkat", "x pernah reply"
ms.ignored.tak_pernah_angkat	ignored	{tak|x|tk|tidak} pernah {angkat|berangkat|jawab|berjawab|balas|berbalas|reply|layan|respon}	confidence=0.8
# waited for an hour or days: "dah sejam aku tunggu"
ms.ignored.dah_sejam_tunggu	ignored	{dah|sudah|udah|sdh} {sejam|sehari|seharian|seminggu|sebulan|berjam|berhari|berminggu|berbulan} ... {tunggu|menunggu|nunggu}	confidence=0.8
# "cadangan je", "cadangan ikhlas"
ms.suggest.cadangan_je	positive.suggestion	cadangan {je|jer|sahaja|saja|aja|kecil|ikhlas|sikit}	confidence=0.75
