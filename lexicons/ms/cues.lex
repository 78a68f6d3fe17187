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
ms.cancel.nak_batalkan	churn.cancel	nak batalkan	confidence=0.8
ms.cancel.nak_tamatkan	churn.cancel	nak tamatkan	confidence=0.85
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
ms.cancel.nak_cancel	churn.cancel	nak cancel	confidence=0.85
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
ms.cancel.tidak_akan_memperbaharui	churn.cancel	tidak akan memperbaharui	confidence=0.8
ms.cancel.tak_renew	churn.cancel	tak renew	confidence=0.75
ms.cancel.x_renew	churn.cancel	x renew	confidence=0.75
ms.cancel.terminate	churn.cancel	terminate	confidence=0.8
ms.cancel.cukup_sampai_sini	churn.cancel	cukup sampai sini	confidence=0.85
ms.cancel.baik_berhenti	churn.cancel	baik berhenti	confidence=0.8

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
ms.tenure.setia_x_n_tahun	loyalty.tenure	setia ... <num> tahun
ms.tenure.guna_x_n_tahun	loyalty.tenure	guna ... <num> tahun	confidence=0.7
ms.tenure.menggunakan_x_n_tahun	loyalty.tenure	menggunakan ... <num> tahun	confidence=0.7
ms.tenure.pengguna_sejak_yyyy	loyalty.tenure	pengguna sejak <year>
ms.tenure.ahli_sejak_yyyy	loyalty.tenure	ahli sejak <year>
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
ms.tenure.n_tahun_guna	loyalty.tenure	<num> tahun guna	confidence=0.75
ms.tenure.n_tahun_menggunakan	loyalty.tenure	<num> tahun menggunakan	confidence=0.75
ms.tenure.saya_x_pelanggan_lama	loyalty.tenure	saya ... pelanggan lama	confidence=0.8
ms.tenure.aku_x_pelanggan_lama	loyalty.tenure	aku ... pelanggan lama	confidence=0.8
ms.tenure.kami_x_pelanggan_lama	loyalty.tenure	kami ... pelanggan lama	confidence=0.8
ms.tenure.sy_x_pelanggan_lama	loyalty.tenure	sy ... pelanggan lama	confidence=0.8
ms.tenure.sebagai_pelanggan_lama	loyalty.tenure	sebagai pelanggan lama	confidence=0.85
ms.tenure.selaku_pelanggan_lama	loyalty.tenure	selaku pelanggan lama	confidence=0.85

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
ms.repeat.masih_tak	repeat.failure	masih tak	confidence=0.7
ms.repeat.masih_x	repeat.failure	masih x	confidence=0.7
ms.repeat.masih_tidak	repeat.failure	masih tidak	confidence=0.7
ms.repeat.masih_rosak	repeat.failure	masih rosak	confidence=0.85
ms.repeat.masih_down	repeat.failure	masih down	confidence=0.85
ms.repeat.masih_putus	repeat.failure	masih putus	confidence=0.8

# repeat.failure: a count of times ("kali ketiga", "kedua kalinya", "berkali-kali", "berulang", "banyak kali", "lagi dan lagi")
# is a repeat only next to the failure or complaint it counts ("rosak kali ketiga", "berkali-kali mengadu", "masalah berulang");
# alone it is as often a return visit, a habit or a headline ("kali kedua ke sini", "juara kali ketiga"), also in Indonesian text.
ms.repeat.kali_kedua_x_rosak	repeat.failure	kali kedua ... rosak	confidence=0.9
ms.repeat.kali_kedua_x_putus	repeat.failure	kali kedua ... putus	confidence=0.9
ms.repeat.kali_kedua_x_terputus	repeat.failure	kali kedua ... terputus	confidence=0.9
ms.repeat.kali_kedua_x_gagal	repeat.failure	kali kedua ... gagal*	confidence=0.9
ms.repeat.kali_kedua_x_hilang	repeat.failure	kali kedua ... hilang*	confidence=0.9
ms.repeat.kali_kedua_x_lambat	repeat.failure	kali kedua ... lambat	confidence=0.9
ms.repeat.kali_kedua_x_lewat	repeat.failure	kali kedua ... lewat	confidence=0.9
ms.repeat.kali_kedua_x_tergendala	repeat.failure	kali kedua ... tergendala	confidence=0.9
ms.repeat.kali_kedua_x_gangguan	repeat.failure	kali kedua ... gangguan*	confidence=0.9
ms.repeat.kali_kedua_x_error	repeat.failure	kali kedua ... error*	confidence=0.9
ms.repeat.kali_kedua_x_eror	repeat.failure	kali kedua ... eror*	confidence=0.9
ms.repeat.kali_kedua_x_down	repeat.failure	kali kedua ... down	confidence=0.9
ms.repeat.kali_kedua_x_masalah	repeat.failure	kali kedua ... masalah	confidence=0.9
ms.repeat.kali_kedua_x_bermasalah	repeat.failure	kali kedua ... bermasalah	confidence=0.9
ms.repeat.kali_kedua_x_isu	repeat.failure	kali kedua ... isu	confidence=0.9
ms.repeat.kali_kedua_x_mengadu	repeat.failure	kali kedua ... mengadu	confidence=0.9
ms.repeat.kali_kedua_x_aduan	repeat.failure	kali kedua ... aduan	confidence=0.9
ms.repeat.kali_kedua_x_complain	repeat.failure	kali kedua ... complain*	confidence=0.9
ms.repeat.kali_kedua_x_komplen	repeat.failure	kali kedua ... komplen*	confidence=0.9
ms.repeat.kali_kedua_x_lapor	repeat.failure	kali kedua ... lapor*	confidence=0.9
ms.repeat.kali_kedua_x_melapor	repeat.failure	kali kedua ... melapor*	confidence=0.9
ms.repeat.kali_kedua_x_report	repeat.failure	kali kedua ... report	confidence=0.9
ms.repeat.kali_kedua_x_hubungi	repeat.failure	kali kedua ... hubungi*	confidence=0.9
ms.repeat.kali_kedua_x_menghubungi	repeat.failure	kali kedua ... menghubungi	confidence=0.9
ms.repeat.kali_kedua_x_telefon	repeat.failure	kali kedua ... telefon	confidence=0.9
ms.repeat.kali_kedua_x_kecewa	repeat.failure	kali kedua ... kecewa*	confidence=0.9
ms.repeat.kali_kedua_x_dicaj	repeat.failure	kali kedua ... dicaj	confidence=0.9
ms.repeat.kali_kedua_x_tak_dapat	repeat.failure	kali kedua ... tak dapat	confidence=0.9
ms.repeat.kali_kedua_x_x_dapat	repeat.failure	kali kedua ... x dapat	confidence=0.9
ms.repeat.kali_kedua_x_tidak_dapat	repeat.failure	kali kedua ... tidak dapat	confidence=0.9
ms.repeat.kali_kedua_x_tak_boleh	repeat.failure	kali kedua ... tak boleh	confidence=0.9
ms.repeat.kali_kedua_x_x_boleh	repeat.failure	kali kedua ... x boleh	confidence=0.9
ms.repeat.kali_kedua_x_tidak_boleh	repeat.failure	kali kedua ... tidak boleh	confidence=0.9
ms.repeat.kali_kedua_x_mati	repeat.failure	kali kedua ... mati	confidence=0.9
ms.repeat.kali_kedua_x_cuba	repeat.failure	kali kedua ... cuba	confidence=0.9
ms.repeat.kali_kedua_x_mencuba	repeat.failure	kali kedua ... mencuba	confidence=0.9
ms.repeat.kali_kedua_x_terpaksa	repeat.failure	kali kedua ... terpaksa	confidence=0.9
ms.repeat.kali_kedua_x_tanya	repeat.failure	kali kedua ... tanya	confidence=0.9
ms.repeat.kali_kedua_x_call	repeat.failure	kali kedua ... call	confidence=0.9
ms.repeat.kali_kedua_x_email	repeat.failure	kali kedua ... email	confidence=0.9
ms.repeat.kali_kedua_x_emel	repeat.failure	kali kedua ... emel	confidence=0.9
ms.repeat.kali_kedua_x_mesej	repeat.failure	kali kedua ... mesej	confidence=0.9
ms.repeat.rosak_x_kali_kedua	repeat.failure	rosak ... kali kedua	confidence=0.9
ms.repeat.putus_x_kali_kedua	repeat.failure	putus ... kali kedua	confidence=0.9
ms.repeat.terputus_x_kali_kedua	repeat.failure	terputus ... kali kedua	confidence=0.9
ms.repeat.gagal_x_kali_kedua	repeat.failure	gagal* ... kali kedua	confidence=0.9
ms.repeat.hilang_x_kali_kedua	repeat.failure	hilang* ... kali kedua	confidence=0.9
ms.repeat.lambat_x_kali_kedua	repeat.failure	lambat ... kali kedua	confidence=0.9
ms.repeat.lewat_x_kali_kedua	repeat.failure	lewat ... kali kedua	confidence=0.9
ms.repeat.tergendala_x_kali_kedua	repeat.failure	tergendala ... kali kedua	confidence=0.9
ms.repeat.gangguan_x_kali_kedua	repeat.failure	gangguan* ... kali kedua	confidence=0.9
ms.repeat.error_x_kali_kedua	repeat.failure	error* ... kali kedua	confidence=0.9
ms.repeat.eror_x_kali_kedua	repeat.failure	eror* ... kali kedua	confidence=0.9
ms.repeat.down_x_kali_kedua	repeat.failure	down ... kali kedua	confidence=0.9
ms.repeat.masalah_x_kali_kedua	repeat.failure	masalah ... kali kedua	confidence=0.9
ms.repeat.bermasalah_x_kali_kedua	repeat.failure	bermasalah ... kali kedua	confidence=0.9
ms.repeat.isu_x_kali_kedua	repeat.failure	isu ... kali kedua	confidence=0.9
ms.repeat.mengadu_x_kali_kedua	repeat.failure	mengadu ... kali kedua	confidence=0.9
ms.repeat.aduan_x_kali_kedua	repeat.failure	aduan ... kali kedua	confidence=0.9
ms.repeat.complain_x_kali_kedua	repeat.failure	complain* ... kali kedua	confidence=0.9
ms.repeat.komplen_x_kali_kedua	repeat.failure	komplen* ... kali kedua	confidence=0.9
ms.repeat.lapor_x_kali_kedua	repeat.failure	lapor* ... kali kedua	confidence=0.9
ms.repeat.melapor_x_kali_kedua	repeat.failure	melapor* ... kali kedua	confidence=0.9
ms.repeat.report_x_kali_kedua	repeat.failure	report ... kali kedua	confidence=0.9
ms.repeat.hubungi_x_kali_kedua	repeat.failure	hubungi* ... kali kedua	confidence=0.9
ms.repeat.menghubungi_x_kali_kedua	repeat.failure	menghubungi ... kali kedua	confidence=0.9
ms.repeat.telefon_x_kali_kedua	repeat.failure	telefon ... kali kedua	confidence=0.9
ms.repeat.kecewa_x_kali_kedua	repeat.failure	kecewa* ... kali kedua	confidence=0.9
ms.repeat.dicaj_x_kali_kedua	repeat.failure	dicaj ... kali kedua	confidence=0.9
ms.repeat.tak_dapat_x_kali_kedua	repeat.failure	tak dapat ... kali kedua	confidence=0.9
ms.repeat.x_dapat_x_kali_kedua	repeat.failure	x dapat ... kali kedua	confidence=0.9
ms.repeat.tidak_dapat_x_kali_kedua	repeat.failure	tidak dapat ... kali kedua	confidence=0.9
ms.repeat.tak_boleh_x_kali_kedua	repeat.failure	tak boleh ... kali kedua	confidence=0.9
ms.repeat.x_boleh_x_kali_kedua	repeat.failure	x boleh ... kali kedua	confidence=0.9
ms.repeat.tidak_boleh_x_kali_kedua	repeat.failure	tidak boleh ... kali kedua	confidence=0.9
ms.repeat.mati_x_kali_kedua	repeat.failure	mati ... kali kedua	confidence=0.9
ms.repeat.cuba_x_kali_kedua	repeat.failure	cuba ... kali kedua	confidence=0.9
ms.repeat.mencuba_x_kali_kedua	repeat.failure	mencuba ... kali kedua	confidence=0.9
ms.repeat.terpaksa_x_kali_kedua	repeat.failure	terpaksa ... kali kedua	confidence=0.9
ms.repeat.tanya_x_kali_kedua	repeat.failure	tanya ... kali kedua	confidence=0.9
ms.repeat.call_x_kali_kedua	repeat.failure	call ... kali kedua	confidence=0.9
ms.repeat.email_x_kali_kedua	repeat.failure	email ... kali kedua	confidence=0.9
ms.repeat.emel_x_kali_kedua	repeat.failure	emel ... kali kedua	confidence=0.9
ms.repeat.mesej_x_kali_kedua	repeat.failure	mesej ... kali kedua	confidence=0.9
ms.repeat.kali_ketiga_x_rosak	repeat.failure	kali ketiga ... rosak	confidence=0.9
ms.repeat.kali_ketiga_x_putus	repeat.failure	kali ketiga ... putus	confidence=0.9
ms.repeat.kali_ketiga_x_terputus	repeat.failure	kali ketiga ... terputus	confidence=0.9
ms.repeat.kali_ketiga_x_gagal	repeat.failure	kali ketiga ... gagal*	confidence=0.9
ms.repeat.kali_ketiga_x_hilang	repeat.failure	kali ketiga ... hilang*	confidence=0.9
ms.repeat.kali_ketiga_x_lambat	repeat.failure	kali ketiga ... lambat	confidence=0.9
ms.repeat.kali_ketiga_x_lewat	repeat.failure	kali ketiga ... lewat	confidence=0.9
ms.repeat.kali_ketiga_x_tergendala	repeat.failure	kali ketiga ... tergendala	confidence=0.9
ms.repeat.kali_ketiga_x_gangguan	repeat.failure	kali ketiga ... gangguan*	confidence=0.9
ms.repeat.kali_ketiga_x_error	repeat.failure	kali ketiga ... error*	confidence=0.9
ms.repeat.kali_ketiga_x_eror	repeat.failure	kali ketiga ... eror*	confidence=0.9
ms.repeat.kali_ketiga_x_down	repeat.failure	kali ketiga ... down	confidence=0.9
ms.repeat.kali_ketiga_x_masalah	repeat.failure	kali ketiga ... masalah	confidence=0.9
ms.repeat.kali_ketiga_x_bermasalah	repeat.failure	kali ketiga ... bermasalah	confidence=0.9
ms.repeat.kali_ketiga_x_isu	repeat.failure	kali ketiga ... isu	confidence=0.9
ms.repeat.kali_ketiga_x_mengadu	repeat.failure	kali ketiga ... mengadu	confidence=0.9
ms.repeat.kali_ketiga_x_aduan	repeat.failure	kali ketiga ... aduan	confidence=0.9
ms.repeat.kali_ketiga_x_complain	repeat.failure	kali ketiga ... complain*	confidence=0.9
ms.repeat.kali_ketiga_x_komplen	repeat.failure	kali ketiga ... komplen*	confidence=0.9
ms.repeat.kali_ketiga_x_lapor	repeat.failure	kali ketiga ... lapor*	confidence=0.9
ms.repeat.kali_ketiga_x_melapor	repeat.failure	kali ketiga ... melapor*	confidence=0.9
ms.repeat.kali_ketiga_x_report	repeat.failure	kali ketiga ... report	confidence=0.9
ms.repeat.kali_ketiga_x_hubungi	repeat.failure	kali ketiga ... hubungi*	confidence=0.9
ms.repeat.kali_ketiga_x_menghubungi	repeat.failure	kali ketiga ... menghubungi	confidence=0.9
ms.repeat.kali_ketiga_x_telefon	repeat.failure	kali ketiga ... telefon	confidence=0.9
ms.repeat.kali_ketiga_x_kecewa	repeat.failure	kali ketiga ... kecewa*	confidence=0.9
ms.repeat.kali_ketiga_x_dicaj	repeat.failure	kali ketiga ... dicaj	confidence=0.9
ms.repeat.kali_ketiga_x_tak_dapat	repeat.failure	kali ketiga ... tak dapat	confidence=0.9
ms.repeat.kali_ketiga_x_x_dapat	repeat.failure	kali ketiga ... x dapat	confidence=0.9
ms.repeat.kali_ketiga_x_tidak_dapat	repeat.failure	kali ketiga ... tidak dapat	confidence=0.9
ms.repeat.kali_ketiga_x_tak_boleh	repeat.failure	kali ketiga ... tak boleh	confidence=0.9
ms.repeat.kali_ketiga_x_x_boleh	repeat.failure	kali ketiga ... x boleh	confidence=0.9
ms.repeat.kali_ketiga_x_tidak_boleh	repeat.failure	kali ketiga ... tidak boleh	confidence=0.9
ms.repeat.kali_ketiga_x_mati	repeat.failure	kali ketiga ... mati	confidence=0.9
ms.repeat.kali_ketiga_x_cuba	repeat.failure	kali ketiga ... cuba	confidence=0.9
ms.repeat.kali_ketiga_x_mencuba	repeat.failure	kali ketiga ... mencuba	confidence=0.9
ms.repeat.kali_ketiga_x_terpaksa	repeat.failure	kali ketiga ... terpaksa	confidence=0.9
ms.repeat.kali_ketiga_x_tanya	repeat.failure	kali ketiga ... tanya	confidence=0.9
ms.repeat.kali_ketiga_x_call	repeat.failure	kali ketiga ... call	confidence=0.9
ms.repeat.kali_ketiga_x_email	repeat.failure	kali ketiga ... email	confidence=0.9
ms.repeat.kali_ketiga_x_emel	repeat.failure	kali ketiga ... emel	confidence=0.9
ms.repeat.kali_ketiga_x_mesej	repeat.failure	kali ketiga ... mesej	confidence=0.9
ms.repeat.rosak_x_kali_ketiga	repeat.failure	rosak ... kali ketiga	confidence=0.9
ms.repeat.putus_x_kali_ketiga	repeat.failure	putus ... kali ketiga	confidence=0.9
ms.repeat.terputus_x_kali_ketiga	repeat.failure	terputus ... kali ketiga	confidence=0.9
ms.repeat.gagal_x_kali_ketiga	repeat.failure	gagal* ... kali ketiga	confidence=0.9
ms.repeat.hilang_x_kali_ketiga	repeat.failure	hilang* ... kali ketiga	confidence=0.9
ms.repeat.lambat_x_kali_ketiga	repeat.failure	lambat ... kali ketiga	confidence=0.9
ms.repeat.lewat_x_kali_ketiga	repeat.failure	lewat ... kali ketiga	confidence=0.9
ms.repeat.tergendala_x_kali_ketiga	repeat.failure	tergendala ... kali ketiga	confidence=0.9
ms.repeat.gangguan_x_kali_ketiga	repeat.failure	gangguan* ... kali ketiga	confidence=0.9
ms.repeat.error_x_kali_ketiga	repeat.failure	error* ... kali ketiga	confidence=0.9
ms.repeat.eror_x_kali_ketiga	repeat.failure	eror* ... kali ketiga	confidence=0.9
ms.repeat.down_x_kali_ketiga	repeat.failure	down ... kali ketiga	confidence=0.9
ms.repeat.masalah_x_kali_ketiga	repeat.failure	masalah ... kali ketiga	confidence=0.9
ms.repeat.bermasalah_x_kali_ketiga	repeat.failure	bermasalah ... kali ketiga	confidence=0.9
ms.repeat.isu_x_kali_ketiga	repeat.failure	isu ... kali ketiga	confidence=0.9
ms.repeat.mengadu_x_kali_ketiga	repeat.failure	mengadu ... kali ketiga	confidence=0.9
ms.repeat.aduan_x_kali_ketiga	repeat.failure	aduan ... kali ketiga	confidence=0.9
ms.repeat.complain_x_kali_ketiga	repeat.failure	complain* ... kali ketiga	confidence=0.9
ms.repeat.komplen_x_kali_ketiga	repeat.failure	komplen* ... kali ketiga	confidence=0.9
ms.repeat.lapor_x_kali_ketiga	repeat.failure	lapor* ... kali ketiga	confidence=0.9
ms.repeat.melapor_x_kali_ketiga	repeat.failure	melapor* ... kali ketiga	confidence=0.9
ms.repeat.report_x_kali_ketiga	repeat.failure	report ... kali ketiga	confidence=0.9
ms.repeat.hubungi_x_kali_ketiga	repeat.failure	hubungi* ... kali ketiga	confidence=0.9
ms.repeat.menghubungi_x_kali_ketiga	repeat.failure	menghubungi ... kali ketiga	confidence=0.9
ms.repeat.telefon_x_kali_ketiga	repeat.failure	telefon ... kali ketiga	confidence=0.9
ms.repeat.kecewa_x_kali_ketiga	repeat.failure	kecewa* ... kali ketiga	confidence=0.9
ms.repeat.dicaj_x_kali_ketiga	repeat.failure	dicaj ... kali ketiga	confidence=0.9
ms.repeat.tak_dapat_x_kali_ketiga	repeat.failure	tak dapat ... kali ketiga	confidence=0.9
ms.repeat.x_dapat_x_kali_ketiga	repeat.failure	x dapat ... kali ketiga	confidence=0.9
ms.repeat.tidak_dapat_x_kali_ketiga	repeat.failure	tidak dapat ... kali ketiga	confidence=0.9
ms.repeat.tak_boleh_x_kali_ketiga	repeat.failure	tak boleh ... kali ketiga	confidence=0.9
ms.repeat.x_boleh_x_kali_ketiga	repeat.failure	x boleh ... kali ketiga	confidence=0.9
ms.repeat.tidak_boleh_x_kali_ketiga	repeat.failure	tidak boleh ... kali ketiga	confidence=0.9
ms.repeat.mati_x_kali_ketiga	repeat.failure	mati ... kali ketiga	confidence=0.9
ms.repeat.cuba_x_kali_ketiga	repeat.failure	cuba ... kali ketiga	confidence=0.9
ms.repeat.mencuba_x_kali_ketiga	repeat.failure	mencuba ... kali ketiga	confidence=0.9
ms.repeat.terpaksa_x_kali_ketiga	repeat.failure	terpaksa ... kali ketiga	confidence=0.9
ms.repeat.tanya_x_kali_ketiga	repeat.failure	tanya ... kali ketiga	confidence=0.9
ms.repeat.call_x_kali_ketiga	repeat.failure	call ... kali ketiga	confidence=0.9
ms.repeat.email_x_kali_ketiga	repeat.failure	email ... kali ketiga	confidence=0.9
ms.repeat.emel_x_kali_ketiga	repeat.failure	emel ... kali ketiga	confidence=0.9
ms.repeat.mesej_x_kali_ketiga	repeat.failure	mesej ... kali ketiga	confidence=0.9
ms.repeat.kali_keempat_x_rosak	repeat.failure	kali keempat ... rosak	confidence=0.9
ms.repeat.kali_keempat_x_putus	repeat.failure	kali keempat ... putus	confidence=0.9
ms.repeat.kali_keempat_x_terputus	repeat.failure	kali keempat ... terputus	confidence=0.9
ms.repeat.kali_keempat_x_gagal	repeat.failure	kali keempat ... gagal*	confidence=0.9
ms.repeat.kali_keempat_x_hilang	repeat.failure	kali keempat ... hilang*	confidence=0.9
ms.repeat.kali_keempat_x_lambat	repeat.failure	kali keempat ... lambat	confidence=0.9
ms.repeat.kali_keempat_x_lewat	repeat.failure	kali keempat ... lewat	confidence=0.9
ms.repeat.kali_keempat_x_tergendala	repeat.failure	kali keempat ... tergendala	confidence=0.9
ms.repeat.kali_keempat_x_gangguan	repeat.failure	kali keempat ... gangguan*	confidence=0.9
ms.repeat.kali_keempat_x_error	repeat.failure	kali keempat ... error*	confidence=0.9
ms.repeat.kali_keempat_x_eror	repeat.failure	kali keempat ... eror*	confidence=0.9
ms.repeat.kali_keempat_x_down	repeat.failure	kali keempat ... down	confidence=0.9
ms.repeat.kali_keempat_x_masalah	repeat.failure	kali keempat ... masalah	confidence=0.9
ms.repeat.kali_keempat_x_bermasalah	repeat.failure	kali keempat ... bermasalah	confidence=0.9
ms.repeat.kali_keempat_x_isu	repeat.failure	kali keempat ... isu	confidence=0.9
ms.repeat.kali_keempat_x_mengadu	repeat.failure	kali keempat ... mengadu	confidence=0.9
ms.repeat.kali_keempat_x_aduan	repeat.failure	kali keempat ... aduan	confidence=0.9
ms.repeat.kali_keempat_x_complain	repeat.failure	kali keempat ... complain*	confidence=0.9
ms.repeat.kali_keempat_x_komplen	repeat.failure	kali keempat ... komplen*	confidence=0.9
ms.repeat.kali_keempat_x_lapor	repeat.failure	kali keempat ... lapor*	confidence=0.9
ms.repeat.kali_keempat_x_melapor	repeat.failure	kali keempat ... melapor*	confidence=0.9
ms.repeat.kali_keempat_x_report	repeat.failure	kali keempat ... report	confidence=0.9
ms.repeat.kali_keempat_x_hubungi	repeat.failure	kali keempat ... hubungi*	confidence=0.9
ms.repeat.kali_keempat_x_menghubungi	repeat.failure	kali keempat ... menghubungi	confidence=0.9
ms.repeat.kali_keempat_x_telefon	repeat.failure	kali keempat ... telefon	confidence=0.9
ms.repeat.kali_keempat_x_kecewa	repeat.failure	kali keempat ... kecewa*	confidence=0.9
ms.repeat.kali_keempat_x_dicaj	repeat.failure	kali keempat ... dicaj	confidence=0.9
ms.repeat.kali_keempat_x_tak_dapat	repeat.failure	kali keempat ... tak dapat	confidence=0.9
ms.repeat.kali_keempat_x_x_dapat	repeat.failure	kali keempat ... x dapat	confidence=0.9
ms.repeat.kali_keempat_x_tidak_dapat	repeat.failure	kali keempat ... tidak dapat	confidence=0.9
ms.repeat.kali_keempat_x_tak_boleh	repeat.failure	kali keempat ... tak boleh	confidence=0.9
ms.repeat.kali_keempat_x_x_boleh	repeat.failure	kali keempat ... x boleh	confidence=0.9
ms.repeat.kali_keempat_x_tidak_boleh	repeat.failure	kali keempat ... tidak boleh	confidence=0.9
ms.repeat.kali_keempat_x_mati	repeat.failure	kali keempat ... mati	confidence=0.9
ms.repeat.kali_keempat_x_cuba	repeat.failure	kali keempat ... cuba	confidence=0.9
ms.repeat.kali_keempat_x_mencuba	repeat.failure	kali keempat ... mencuba	confidence=0.9
ms.repeat.kali_keempat_x_terpaksa	repeat.failure	kali keempat ... terpaksa	confidence=0.9
ms.repeat.kali_keempat_x_tanya	repeat.failure	kali keempat ... tanya	confidence=0.9
ms.repeat.kali_keempat_x_call	repeat.failure	kali keempat ... call	confidence=0.9
ms.repeat.kali_keempat_x_email	repeat.failure	kali keempat ... email	confidence=0.9
ms.repeat.kali_keempat_x_emel	repeat.failure	kali keempat ... emel	confidence=0.9
ms.repeat.kali_keempat_x_mesej	repeat.failure	kali keempat ... mesej	confidence=0.9
ms.repeat.rosak_x_kali_keempat	repeat.failure	rosak ... kali keempat	confidence=0.9
ms.repeat.putus_x_kali_keempat	repeat.failure	putus ... kali keempat	confidence=0.9
ms.repeat.terputus_x_kali_keempat	repeat.failure	terputus ... kali keempat	confidence=0.9
ms.repeat.gagal_x_kali_keempat	repeat.failure	gagal* ... kali keempat	confidence=0.9
ms.repeat.hilang_x_kali_keempat	repeat.failure	hilang* ... kali keempat	confidence=0.9
ms.repeat.lambat_x_kali_keempat	repeat.failure	lambat ... kali keempat	confidence=0.9
ms.repeat.lewat_x_kali_keempat	repeat.failure	lewat ... kali keempat	confidence=0.9
ms.repeat.tergendala_x_kali_keempat	repeat.failure	tergendala ... kali keempat	confidence=0.9
ms.repeat.gangguan_x_kali_keempat	repeat.failure	gangguan* ... kali keempat	confidence=0.9
ms.repeat.error_x_kali_keempat	repeat.failure	error* ... kali keempat	confidence=0.9
ms.repeat.eror_x_kali_keempat	repeat.failure	eror* ... kali keempat	confidence=0.9
ms.repeat.down_x_kali_keempat	repeat.failure	down ... kali keempat	confidence=0.9
ms.repeat.masalah_x_kali_keempat	repeat.failure	masalah ... kali keempat	confidence=0.9
ms.repeat.bermasalah_x_kali_keempat	repeat.failure	bermasalah ... kali keempat	confidence=0.9
ms.repeat.isu_x_kali_keempat	repeat.failure	isu ... kali keempat	confidence=0.9
ms.repeat.mengadu_x_kali_keempat	repeat.failure	mengadu ... kali keempat	confidence=0.9
ms.repeat.aduan_x_kali_keempat	repeat.failure	aduan ... kali keempat	confidence=0.9
ms.repeat.complain_x_kali_keempat	repeat.failure	complain* ... kali keempat	confidence=0.9
ms.repeat.komplen_x_kali_keempat	repeat.failure	komplen* ... kali keempat	confidence=0.9
ms.repeat.lapor_x_kali_keempat	repeat.failure	lapor* ... kali keempat	confidence=0.9
ms.repeat.melapor_x_kali_keempat	repeat.failure	melapor* ... kali keempat	confidence=0.9
ms.repeat.report_x_kali_keempat	repeat.failure	report ... kali keempat	confidence=0.9
ms.repeat.hubungi_x_kali_keempat	repeat.failure	hubungi* ... kali keempat	confidence=0.9
ms.repeat.menghubungi_x_kali_keempat	repeat.failure	menghubungi ... kali keempat	confidence=0.9
ms.repeat.telefon_x_kali_keempat	repeat.failure	telefon ... kali keempat	confidence=0.9
ms.repeat.kecewa_x_kali_keempat	repeat.failure	kecewa* ... kali keempat	confidence=0.9
ms.repeat.dicaj_x_kali_keempat	repeat.failure	dicaj ... kali keempat	confidence=0.9
ms.repeat.tak_dapat_x_kali_keempat	repeat.failure	tak dapat ... kali keempat	confidence=0.9
ms.repeat.x_dapat_x_kali_keempat	repeat.failure	x dapat ... kali keempat	confidence=0.9
ms.repeat.tidak_dapat_x_kali_keempat	repeat.failure	tidak dapat ... kali keempat	confidence=0.9
ms.repeat.tak_boleh_x_kali_keempat	repeat.failure	tak boleh ... kali keempat	confidence=0.9
ms.repeat.x_boleh_x_kali_keempat	repeat.failure	x boleh ... kali keempat	confidence=0.9
ms.repeat.tidak_boleh_x_kali_keempat	repeat.failure	tidak boleh ... kali keempat	confidence=0.9
ms.repeat.mati_x_kali_keempat	repeat.failure	mati ... kali keempat	confidence=0.9
ms.repeat.cuba_x_kali_keempat	repeat.failure	cuba ... kali keempat	confidence=0.9
ms.repeat.mencuba_x_kali_keempat	repeat.failure	mencuba ... kali keempat	confidence=0.9
ms.repeat.terpaksa_x_kali_keempat	repeat.failure	terpaksa ... kali keempat	confidence=0.9
ms.repeat.tanya_x_kali_keempat	repeat.failure	tanya ... kali keempat	confidence=0.9
ms.repeat.call_x_kali_keempat	repeat.failure	call ... kali keempat	confidence=0.9
ms.repeat.email_x_kali_keempat	repeat.failure	email ... kali keempat	confidence=0.9
ms.repeat.emel_x_kali_keempat	repeat.failure	emel ... kali keempat	confidence=0.9
ms.repeat.mesej_x_kali_keempat	repeat.failure	mesej ... kali keempat	confidence=0.9
ms.repeat.kali_kelima_x_rosak	repeat.failure	kali kelima ... rosak	confidence=0.9
ms.repeat.kali_kelima_x_putus	repeat.failure	kali kelima ... putus	confidence=0.9
ms.repeat.kali_kelima_x_terputus	repeat.failure	kali kelima ... terputus	confidence=0.9
ms.repeat.kali_kelima_x_gagal	repeat.failure	kali kelima ... gagal*	confidence=0.9
ms.repeat.kali_kelima_x_hilang	repeat.failure	kali kelima ... hilang*	confidence=0.9
ms.repeat.kali_kelima_x_lambat	repeat.failure	kali kelima ... lambat	confidence=0.9
ms.repeat.kali_kelima_x_lewat	repeat.failure	kali kelima ... lewat	confidence=0.9
ms.repeat.kali_kelima_x_tergendala	repeat.failure	kali kelima ... tergendala	confidence=0.9
ms.repeat.kali_kelima_x_gangguan	repeat.failure	kali kelima ... gangguan*	confidence=0.9
ms.repeat.kali_kelima_x_error	repeat.failure	kali kelima ... error*	confidence=0.9
ms.repeat.kali_kelima_x_eror	repeat.failure	kali kelima ... eror*	confidence=0.9
ms.repeat.kali_kelima_x_down	repeat.failure	kali kelima ... down	confidence=0.9
ms.repeat.kali_kelima_x_masalah	repeat.failure	kali kelima ... masalah	confidence=0.9
ms.repeat.kali_kelima_x_bermasalah	repeat.failure	kali kelima ... bermasalah	confidence=0.9
ms.repeat.kali_kelima_x_isu	repeat.failure	kali kelima ... isu	confidence=0.9
ms.repeat.kali_kelima_x_mengadu	repeat.failure	kali kelima ... mengadu	confidence=0.9
ms.repeat.kali_kelima_x_aduan	repeat.failure	kali kelima ... aduan	confidence=0.9
ms.repeat.kali_kelima_x_complain	repeat.failure	kali kelima ... complain*	confidence=0.9
ms.repeat.kali_kelima_x_komplen	repeat.failure	kali kelima ... komplen*	confidence=0.9
ms.repeat.kali_kelima_x_lapor	repeat.failure	kali kelima ... lapor*	confidence=0.9
ms.repeat.kali_kelima_x_melapor	repeat.failure	kali kelima ... melapor*	confidence=0.9
ms.repeat.kali_kelima_x_report	repeat.failure	kali kelima ... report	confidence=0.9
ms.repeat.kali_kelima_x_hubungi	repeat.failure	kali kelima ... hubungi*	confidence=0.9
ms.repeat.kali_kelima_x_menghubungi	repeat.failure	kali kelima ... menghubungi	confidence=0.9
ms.repeat.kali_kelima_x_telefon	repeat.failure	kali kelima ... telefon	confidence=0.9
ms.repeat.kali_kelima_x_kecewa	repeat.failure	kali kelima ... kecewa*	confidence=0.9
ms.repeat.kali_kelima_x_dicaj	repeat.failure	kali kelima ... dicaj	confidence=0.9
ms.repeat.kali_kelima_x_tak_dapat	repeat.failure	kali kelima ... tak dapat	confidence=0.9
ms.repeat.kali_kelima_x_x_dapat	repeat.failure	kali kelima ... x dapat	confidence=0.9
ms.repeat.kali_kelima_x_tidak_dapat	repeat.failure	kali kelima ... tidak dapat	confidence=0.9
ms.repeat.kali_kelima_x_tak_boleh	repeat.failure	kali kelima ... tak boleh	confidence=0.9
ms.repeat.kali_kelima_x_x_boleh	repeat.failure	kali kelima ... x boleh	confidence=0.9
ms.repeat.kali_kelima_x_tidak_boleh	repeat.failure	kali kelima ... tidak boleh	confidence=0.9
ms.repeat.kali_kelima_x_mati	repeat.failure	kali kelima ... mati	confidence=0.9
ms.repeat.kali_kelima_x_cuba	repeat.failure	kali kelima ... cuba	confidence=0.9
ms.repeat.kali_kelima_x_mencuba	repeat.failure	kali kelima ... mencuba	confidence=0.9
ms.repeat.kali_kelima_x_terpaksa	repeat.failure	kali kelima ... terpaksa	confidence=0.9
ms.repeat.kali_kelima_x_tanya	repeat.failure	kali kelima ... tanya	confidence=0.9
ms.repeat.kali_kelima_x_call	repeat.failure	kali kelima ... call	confidence=0.9
ms.repeat.kali_kelima_x_email	repeat.failure	kali kelima ... email	confidence=0.9
ms.repeat.kali_kelima_x_emel	repeat.failure	kali kelima ... emel	confidence=0.9
ms.repeat.kali_kelima_x_mesej	repeat.failure	kali kelima ... mesej	confidence=0.9
ms.repeat.rosak_x_kali_kelima	repeat.failure	rosak ... kali kelima	confidence=0.9
ms.repeat.putus_x_kali_kelima	repeat.failure	putus ... kali kelima	confidence=0.9
ms.repeat.terputus_x_kali_kelima	repeat.failure	terputus ... kali kelima	confidence=0.9
ms.repeat.gagal_x_kali_kelima	repeat.failure	gagal* ... kali kelima	confidence=0.9
ms.repeat.hilang_x_kali_kelima	repeat.failure	hilang* ... kali kelima	confidence=0.9
ms.repeat.lambat_x_kali_kelima	repeat.failure	lambat ... kali kelima	confidence=0.9
ms.repeat.lewat_x_kali_kelima	repeat.failure	lewat ... kali kelima	confidence=0.9
ms.repeat.tergendala_x_kali_kelima	repeat.failure	tergendala ... kali kelima	confidence=0.9
ms.repeat.gangguan_x_kali_kelima	repeat.failure	gangguan* ... kali kelima	confidence=0.9
ms.repeat.error_x_kali_kelima	repeat.failure	error* ... kali kelima	confidence=0.9
ms.repeat.eror_x_kali_kelima	repeat.failure	eror* ... kali kelima	confidence=0.9
ms.repeat.down_x_kali_kelima	repeat.failure	down ... kali kelima	confidence=0.9
ms.repeat.masalah_x_kali_kelima	repeat.failure	masalah ... kali kelima	confidence=0.9
ms.repeat.bermasalah_x_kali_kelima	repeat.failure	bermasalah ... kali kelima	confidence=0.9
ms.repeat.isu_x_kali_kelima	repeat.failure	isu ... kali kelima	confidence=0.9
ms.repeat.mengadu_x_kali_kelima	repeat.failure	mengadu ... kali kelima	confidence=0.9
ms.repeat.aduan_x_kali_kelima	repeat.failure	aduan ... kali kelima	confidence=0.9
ms.repeat.complain_x_kali_kelima	repeat.failure	complain* ... kali kelima	confidence=0.9
ms.repeat.komplen_x_kali_kelima	repeat.failure	komplen* ... kali kelima	confidence=0.9
ms.repeat.lapor_x_kali_kelima	repeat.failure	lapor* ... kali kelima	confidence=0.9
ms.repeat.melapor_x_kali_kelima	repeat.failure	melapor* ... kali kelima	confidence=0.9
ms.repeat.report_x_kali_kelima	repeat.failure	report ... kali kelima	confidence=0.9
ms.repeat.hubungi_x_kali_kelima	repeat.failure	hubungi* ... kali kelima	confidence=0.9
ms.repeat.menghubungi_x_kali_kelima	repeat.failure	menghubungi ... kali kelima	confidence=0.9
ms.repeat.telefon_x_kali_kelima	repeat.failure	telefon ... kali kelima	confidence=0.9
ms.repeat.kecewa_x_kali_kelima	repeat.failure	kecewa* ... kali kelima	confidence=0.9
ms.repeat.dicaj_x_kali_kelima	repeat.failure	dicaj ... kali kelima	confidence=0.9
ms.repeat.tak_dapat_x_kali_kelima	repeat.failure	tak dapat ... kali kelima	confidence=0.9
ms.repeat.x_dapat_x_kali_kelima	repeat.failure	x dapat ... kali kelima	confidence=0.9
ms.repeat.tidak_dapat_x_kali_kelima	repeat.failure	tidak dapat ... kali kelima	confidence=0.9
ms.repeat.tak_boleh_x_kali_kelima	repeat.failure	tak boleh ... kali kelima	confidence=0.9
ms.repeat.x_boleh_x_kali_kelima	repeat.failure	x boleh ... kali kelima	confidence=0.9
ms.repeat.tidak_boleh_x_kali_kelima	repeat.failure	tidak boleh ... kali kelima	confidence=0.9
ms.repeat.mati_x_kali_kelima	repeat.failure	mati ... kali kelima	confidence=0.9
ms.repeat.cuba_x_kali_kelima	repeat.failure	cuba ... kali kelima	confidence=0.9
ms.repeat.mencuba_x_kali_kelima	repeat.failure	mencuba ... kali kelima	confidence=0.9
ms.repeat.terpaksa_x_kali_kelima	repeat.failure	terpaksa ... kali kelima	confidence=0.9
ms.repeat.tanya_x_kali_kelima	repeat.failure	tanya ... kali kelima	confidence=0.9
ms.repeat.call_x_kali_kelima	repeat.failure	call ... kali kelima	confidence=0.9
ms.repeat.email_x_kali_kelima	repeat.failure	email ... kali kelima	confidence=0.9
ms.repeat.emel_x_kali_kelima	repeat.failure	emel ... kali kelima	confidence=0.9
ms.repeat.mesej_x_kali_kelima	repeat.failure	mesej ... kali kelima	confidence=0.9
ms.repeat.kali_ke_n_x_rosak	repeat.failure	kali ke <num> ... rosak	confidence=0.9
ms.repeat.kali_ke_n_x_putus	repeat.failure	kali ke <num> ... putus	confidence=0.9
ms.repeat.kali_ke_n_x_terputus	repeat.failure	kali ke <num> ... terputus	confidence=0.9
ms.repeat.kali_ke_n_x_gagal	repeat.failure	kali ke <num> ... gagal*	confidence=0.9
ms.repeat.kali_ke_n_x_hilang	repeat.failure	kali ke <num> ... hilang*	confidence=0.9
ms.repeat.kali_ke_n_x_lambat	repeat.failure	kali ke <num> ... lambat	confidence=0.9
ms.repeat.kali_ke_n_x_lewat	repeat.failure	kali ke <num> ... lewat	confidence=0.9
ms.repeat.kali_ke_n_x_tergendala	repeat.failure	kali ke <num> ... tergendala	confidence=0.9
ms.repeat.kali_ke_n_x_gangguan	repeat.failure	kali ke <num> ... gangguan*	confidence=0.9
ms.repeat.kali_ke_n_x_error	repeat.failure	kali ke <num> ... error*	confidence=0.9
ms.repeat.kali_ke_n_x_eror	repeat.failure	kali ke <num> ... eror*	confidence=0.9
ms.repeat.kali_ke_n_x_down	repeat.failure	kali ke <num> ... down	confidence=0.9
ms.repeat.kali_ke_n_x_masalah	repeat.failure	kali ke <num> ... masalah	confidence=0.9
ms.repeat.kali_ke_n_x_bermasalah	repeat.failure	kali ke <num> ... bermasalah	confidence=0.9
ms.repeat.kali_ke_n_x_isu	repeat.failure	kali ke <num> ... isu	confidence=0.9
ms.repeat.kali_ke_n_x_mengadu	repeat.failure	kali ke <num> ... mengadu	confidence=0.9
ms.repeat.kali_ke_n_x_aduan	repeat.failure	kali ke <num> ... aduan	confidence=0.9
ms.repeat.kali_ke_n_x_complain	repeat.failure	kali ke <num> ... complain*	confidence=0.9
ms.repeat.kali_ke_n_x_komplen	repeat.failure	kali ke <num> ... komplen*	confidence=0.9
ms.repeat.kali_ke_n_x_lapor	repeat.failure	kali ke <num> ... lapor*	confidence=0.9
ms.repeat.kali_ke_n_x_melapor	repeat.failure	kali ke <num> ... melapor*	confidence=0.9
ms.repeat.kali_ke_n_x_report	repeat.failure	kali ke <num> ... report	confidence=0.9
ms.repeat.kali_ke_n_x_hubungi	repeat.failure	kali ke <num> ... hubungi*	confidence=0.9
ms.repeat.kali_ke_n_x_menghubungi	repeat.failure	kali ke <num> ... menghubungi	confidence=0.9
ms.repeat.kali_ke_n_x_telefon	repeat.failure	kali ke <num> ... telefon	confidence=0.9
ms.repeat.kali_ke_n_x_kecewa	repeat.failure	kali ke <num> ... kecewa*	confidence=0.9
ms.repeat.kali_ke_n_x_dicaj	repeat.failure	kali ke <num> ... dicaj	confidence=0.9
ms.repeat.kali_ke_n_x_tak_dapat	repeat.failure	kali ke <num> ... tak dapat	confidence=0.9
ms.repeat.kali_ke_n_x_x_dapat	repeat.failure	kali ke <num> ... x dapat	confidence=0.9
ms.repeat.kali_ke_n_x_tidak_dapat	repeat.failure	kali ke <num> ... tidak dapat	confidence=0.9
ms.repeat.kali_ke_n_x_tak_boleh	repeat.failure	kali ke <num> ... tak boleh	confidence=0.9
ms.repeat.kali_ke_n_x_x_boleh	repeat.failure	kali ke <num> ... x boleh	confidence=0.9
ms.repeat.kali_ke_n_x_tidak_boleh	repeat.failure	kali ke <num> ... tidak boleh	confidence=0.9
ms.repeat.kali_ke_n_x_mati	repeat.failure	kali ke <num> ... mati	confidence=0.9
ms.repeat.kali_ke_n_x_cuba	repeat.failure	kali ke <num> ... cuba	confidence=0.9
ms.repeat.kali_ke_n_x_mencuba	repeat.failure	kali ke <num> ... mencuba	confidence=0.9
ms.repeat.kali_ke_n_x_terpaksa	repeat.failure	kali ke <num> ... terpaksa	confidence=0.9
ms.repeat.kali_ke_n_x_tanya	repeat.failure	kali ke <num> ... tanya	confidence=0.9
ms.repeat.kali_ke_n_x_call	repeat.failure	kali ke <num> ... call	confidence=0.9
ms.repeat.kali_ke_n_x_email	repeat.failure	kali ke <num> ... email	confidence=0.9
ms.repeat.kali_ke_n_x_emel	repeat.failure	kali ke <num> ... emel	confidence=0.9
ms.repeat.kali_ke_n_x_mesej	repeat.failure	kali ke <num> ... mesej	confidence=0.9
ms.repeat.rosak_x_kali_ke_n	repeat.failure	rosak ... kali ke <num>	confidence=0.9
ms.repeat.putus_x_kali_ke_n	repeat.failure	putus ... kali ke <num>	confidence=0.9
ms.repeat.terputus_x_kali_ke_n	repeat.failure	terputus ... kali ke <num>	confidence=0.9
ms.repeat.gagal_x_kali_ke_n	repeat.failure	gagal* ... kali ke <num>	confidence=0.9
ms.repeat.hilang_x_kali_ke_n	repeat.failure	hilang* ... kali ke <num>	confidence=0.9
ms.repeat.lambat_x_kali_ke_n	repeat.failure	lambat ... kali ke <num>	confidence=0.9
ms.repeat.lewat_x_kali_ke_n	repeat.failure	lewat ... kali ke <num>	confidence=0.9
ms.repeat.tergendala_x_kali_ke_n	repeat.failure	tergendala ... kali ke <num>	confidence=0.9
ms.repeat.gangguan_x_kali_ke_n	repeat.failure	gangguan* ... kali ke <num>	confidence=0.9
ms.repeat.error_x_kali_ke_n	repeat.failure	error* ... kali ke <num>	confidence=0.9
ms.repeat.eror_x_kali_ke_n	repeat.failure	eror* ... kali ke <num>	confidence=0.9
ms.repeat.down_x_kali_ke_n	repeat.failure	down ... kali ke <num>	confidence=0.9
ms.repeat.masalah_x_kali_ke_n	repeat.failure	masalah ... kali ke <num>	confidence=0.9
ms.repeat.bermasalah_x_kali_ke_n	repeat.failure	bermasalah ... kali ke <num>	confidence=0.9
ms.repeat.isu_x_kali_ke_n	repeat.failure	isu ... kali ke <num>	confidence=0.9
ms.repeat.mengadu_x_kali_ke_n	repeat.failure	mengadu ... kali ke <num>	confidence=0.9
ms.repeat.aduan_x_kali_ke_n	repeat.failure	aduan ... kali ke <num>	confidence=0.9
ms.repeat.complain_x_kali_ke_n	repeat.failure	complain* ... kali ke <num>	confidence=0.9
ms.repeat.komplen_x_kali_ke_n	repeat.failure	komplen* ... kali ke <num>	confidence=0.9
ms.repeat.lapor_x_kali_ke_n	repeat.failure	lapor* ... kali ke <num>	confidence=0.9
ms.repeat.melapor_x_kali_ke_n	repeat.failure	melapor* ... kali ke <num>	confidence=0.9
ms.repeat.report_x_kali_ke_n	repeat.failure	report ... kali ke <num>	confidence=0.9
ms.repeat.hubungi_x_kali_ke_n	repeat.failure	hubungi* ... kali ke <num>	confidence=0.9
ms.repeat.menghubungi_x_kali_ke_n	repeat.failure	menghubungi ... kali ke <num>	confidence=0.9
ms.repeat.telefon_x_kali_ke_n	repeat.failure	telefon ... kali ke <num>	confidence=0.9
ms.repeat.kecewa_x_kali_ke_n	repeat.failure	kecewa* ... kali ke <num>	confidence=0.9
ms.repeat.dicaj_x_kali_ke_n	repeat.failure	dicaj ... kali ke <num>	confidence=0.9
ms.repeat.tak_dapat_x_kali_ke_n	repeat.failure	tak dapat ... kali ke <num>	confidence=0.9
ms.repeat.x_dapat_x_kali_ke_n	repeat.failure	x dapat ... kali ke <num>	confidence=0.9
ms.repeat.tidak_dapat_x_kali_ke_n	repeat.failure	tidak dapat ... kali ke <num>	confidence=0.9
ms.repeat.tak_boleh_x_kali_ke_n	repeat.failure	tak boleh ... kali ke <num>	confidence=0.9
ms.repeat.x_boleh_x_kali_ke_n	repeat.failure	x boleh ... kali ke <num>	confidence=0.9
ms.repeat.tidak_boleh_x_kali_ke_n	repeat.failure	tidak boleh ... kali ke <num>	confidence=0.9
ms.repeat.mati_x_kali_ke_n	repeat.failure	mati ... kali ke <num>	confidence=0.9
ms.repeat.cuba_x_kali_ke_n	repeat.failure	cuba ... kali ke <num>	confidence=0.9
ms.repeat.mencuba_x_kali_ke_n	repeat.failure	mencuba ... kali ke <num>	confidence=0.9
ms.repeat.terpaksa_x_kali_ke_n	repeat.failure	terpaksa ... kali ke <num>	confidence=0.9
ms.repeat.tanya_x_kali_ke_n	repeat.failure	tanya ... kali ke <num>	confidence=0.9
ms.repeat.call_x_kali_ke_n	repeat.failure	call ... kali ke <num>	confidence=0.9
ms.repeat.email_x_kali_ke_n	repeat.failure	email ... kali ke <num>	confidence=0.9
ms.repeat.emel_x_kali_ke_n	repeat.failure	emel ... kali ke <num>	confidence=0.9
ms.repeat.mesej_x_kali_ke_n	repeat.failure	mesej ... kali ke <num>	confidence=0.9
ms.repeat.kedua_x_rosak	repeat.failure	kedua kali* ... rosak	confidence=0.9
ms.repeat.kedua_x_putus	repeat.failure	kedua kali* ... putus	confidence=0.9
ms.repeat.kedua_x_terputus	repeat.failure	kedua kali* ... terputus	confidence=0.9
ms.repeat.kedua_x_gagal	repeat.failure	kedua kali* ... gagal*	confidence=0.9
ms.repeat.kedua_x_hilang	repeat.failure	kedua kali* ... hilang*	confidence=0.9
ms.repeat.kedua_x_lambat	repeat.failure	kedua kali* ... lambat	confidence=0.9
ms.repeat.kedua_x_lewat	repeat.failure	kedua kali* ... lewat	confidence=0.9
ms.repeat.kedua_x_tergendala	repeat.failure	kedua kali* ... tergendala	confidence=0.9
ms.repeat.kedua_x_gangguan	repeat.failure	kedua kali* ... gangguan*	confidence=0.9
ms.repeat.kedua_x_error	repeat.failure	kedua kali* ... error*	confidence=0.9
ms.repeat.kedua_x_eror	repeat.failure	kedua kali* ... eror*	confidence=0.9
ms.repeat.kedua_x_down	repeat.failure	kedua kali* ... down	confidence=0.9
ms.repeat.kedua_x_masalah	repeat.failure	kedua kali* ... masalah	confidence=0.9
ms.repeat.kedua_x_bermasalah	repeat.failure	kedua kali* ... bermasalah	confidence=0.9
ms.repeat.kedua_x_isu	repeat.failure	kedua kali* ... isu	confidence=0.9
ms.repeat.kedua_x_mengadu	repeat.failure	kedua kali* ... mengadu	confidence=0.9
ms.repeat.kedua_x_aduan	repeat.failure	kedua kali* ... aduan	confidence=0.9
ms.repeat.kedua_x_complain	repeat.failure	kedua kali* ... complain*	confidence=0.9
ms.repeat.kedua_x_komplen	repeat.failure	kedua kali* ... komplen*	confidence=0.9
ms.repeat.kedua_x_lapor	repeat.failure	kedua kali* ... lapor*	confidence=0.9
ms.repeat.kedua_x_melapor	repeat.failure	kedua kali* ... melapor*	confidence=0.9
ms.repeat.kedua_x_report	repeat.failure	kedua kali* ... report	confidence=0.9
ms.repeat.kedua_x_hubungi	repeat.failure	kedua kali* ... hubungi*	confidence=0.9
ms.repeat.kedua_x_menghubungi	repeat.failure	kedua kali* ... menghubungi	confidence=0.9
ms.repeat.kedua_x_telefon	repeat.failure	kedua kali* ... telefon	confidence=0.9
ms.repeat.kedua_x_kecewa	repeat.failure	kedua kali* ... kecewa*	confidence=0.9
ms.repeat.kedua_x_dicaj	repeat.failure	kedua kali* ... dicaj	confidence=0.9
ms.repeat.kedua_x_tak_dapat	repeat.failure	kedua kali* ... tak dapat	confidence=0.9
ms.repeat.kedua_x_x_dapat	repeat.failure	kedua kali* ... x dapat	confidence=0.9
ms.repeat.kedua_x_tidak_dapat	repeat.failure	kedua kali* ... tidak dapat	confidence=0.9
ms.repeat.kedua_x_tak_boleh	repeat.failure	kedua kali* ... tak boleh	confidence=0.9
ms.repeat.kedua_x_x_boleh	repeat.failure	kedua kali* ... x boleh	confidence=0.9
ms.repeat.kedua_x_tidak_boleh	repeat.failure	kedua kali* ... tidak boleh	confidence=0.9
ms.repeat.kedua_x_mati	repeat.failure	kedua kali* ... mati	confidence=0.9
ms.repeat.kedua_x_cuba	repeat.failure	kedua kali* ... cuba	confidence=0.9
ms.repeat.kedua_x_mencuba	repeat.failure	kedua kali* ... mencuba	confidence=0.9
ms.repeat.kedua_x_terpaksa	repeat.failure	kedua kali* ... terpaksa	confidence=0.9
ms.repeat.kedua_x_tanya	repeat.failure	kedua kali* ... tanya	confidence=0.9
ms.repeat.kedua_x_call	repeat.failure	kedua kali* ... call	confidence=0.9
ms.repeat.kedua_x_email	repeat.failure	kedua kali* ... email	confidence=0.9
ms.repeat.kedua_x_emel	repeat.failure	kedua kali* ... emel	confidence=0.9
ms.repeat.kedua_x_mesej	repeat.failure	kedua kali* ... mesej	confidence=0.9
ms.repeat.rosak_x_kedua	repeat.failure	rosak ... kedua kali*	confidence=0.9
ms.repeat.putus_x_kedua	repeat.failure	putus ... kedua kali*	confidence=0.9
ms.repeat.terputus_x_kedua	repeat.failure	terputus ... kedua kali*	confidence=0.9
ms.repeat.gagal_x_kedua	repeat.failure	gagal* ... kedua kali*	confidence=0.9
ms.repeat.hilang_x_kedua	repeat.failure	hilang* ... kedua kali*	confidence=0.9
ms.repeat.lambat_x_kedua	repeat.failure	lambat ... kedua kali*	confidence=0.9
ms.repeat.lewat_x_kedua	repeat.failure	lewat ... kedua kali*	confidence=0.9
ms.repeat.tergendala_x_kedua	repeat.failure	tergendala ... kedua kali*	confidence=0.9
ms.repeat.gangguan_x_kedua	repeat.failure	gangguan* ... kedua kali*	confidence=0.9
ms.repeat.error_x_kedua	repeat.failure	error* ... kedua kali*	confidence=0.9
ms.repeat.eror_x_kedua	repeat.failure	eror* ... kedua kali*	confidence=0.9
ms.repeat.down_x_kedua	repeat.failure	down ... kedua kali*	confidence=0.9
ms.repeat.masalah_x_kedua	repeat.failure	masalah ... kedua kali*	confidence=0.9
ms.repeat.bermasalah_x_kedua	repeat.failure	bermasalah ... kedua kali*	confidence=0.9
ms.repeat.isu_x_kedua	repeat.failure	isu ... kedua kali*	confidence=0.9
ms.repeat.mengadu_x_kedua	repeat.failure	mengadu ... kedua kali*	confidence=0.9
ms.repeat.aduan_x_kedua	repeat.failure	aduan ... kedua kali*	confidence=0.9
ms.repeat.complain_x_kedua	repeat.failure	complain* ... kedua kali*	confidence=0.9
ms.repeat.komplen_x_kedua	repeat.failure	komplen* ... kedua kali*	confidence=0.9
ms.repeat.lapor_x_kedua	repeat.failure	lapor* ... kedua kali*	confidence=0.9
ms.repeat.melapor_x_kedua	repeat.failure	melapor* ... kedua kali*	confidence=0.9
ms.repeat.report_x_kedua	repeat.failure	report ... kedua kali*	confidence=0.9
ms.repeat.hubungi_x_kedua	repeat.failure	hubungi* ... kedua kali*	confidence=0.9
ms.repeat.menghubungi_x_kedua	repeat.failure	menghubungi ... kedua kali*	confidence=0.9
ms.repeat.telefon_x_kedua	repeat.failure	telefon ... kedua kali*	confidence=0.9
ms.repeat.kecewa_x_kedua	repeat.failure	kecewa* ... kedua kali*	confidence=0.9
ms.repeat.dicaj_x_kedua	repeat.failure	dicaj ... kedua kali*	confidence=0.9
ms.repeat.tak_dapat_x_kedua	repeat.failure	tak dapat ... kedua kali*	confidence=0.9
ms.repeat.x_dapat_x_kedua	repeat.failure	x dapat ... kedua kali*	confidence=0.9
ms.repeat.tidak_dapat_x_kedua	repeat.failure	tidak dapat ... kedua kali*	confidence=0.9
ms.repeat.tak_boleh_x_kedua	repeat.failure	tak boleh ... kedua kali*	confidence=0.9
ms.repeat.x_boleh_x_kedua	repeat.failure	x boleh ... kedua kali*	confidence=0.9
ms.repeat.tidak_boleh_x_kedua	repeat.failure	tidak boleh ... kedua kali*	confidence=0.9
ms.repeat.mati_x_kedua	repeat.failure	mati ... kedua kali*	confidence=0.9
ms.repeat.cuba_x_kedua	repeat.failure	cuba ... kedua kali*	confidence=0.9
ms.repeat.mencuba_x_kedua	repeat.failure	mencuba ... kedua kali*	confidence=0.9
ms.repeat.terpaksa_x_kedua	repeat.failure	terpaksa ... kedua kali*	confidence=0.9
ms.repeat.tanya_x_kedua	repeat.failure	tanya ... kedua kali*	confidence=0.9
ms.repeat.call_x_kedua	repeat.failure	call ... kedua kali*	confidence=0.9
ms.repeat.email_x_kedua	repeat.failure	email ... kedua kali*	confidence=0.9
ms.repeat.emel_x_kedua	repeat.failure	emel ... kedua kali*	confidence=0.9
ms.repeat.mesej_x_kedua	repeat.failure	mesej ... kedua kali*	confidence=0.9
ms.repeat.ketiga_x_rosak	repeat.failure	ketiga kali* ... rosak	confidence=0.9
ms.repeat.ketiga_x_putus	repeat.failure	ketiga kali* ... putus	confidence=0.9
ms.repeat.ketiga_x_terputus	repeat.failure	ketiga kali* ... terputus	confidence=0.9
ms.repeat.ketiga_x_gagal	repeat.failure	ketiga kali* ... gagal*	confidence=0.9
ms.repeat.ketiga_x_hilang	repeat.failure	ketiga kali* ... hilang*	confidence=0.9
ms.repeat.ketiga_x_lambat	repeat.failure	ketiga kali* ... lambat	confidence=0.9
ms.repeat.ketiga_x_lewat	repeat.failure	ketiga kali* ... lewat	confidence=0.9
ms.repeat.ketiga_x_tergendala	repeat.failure	ketiga kali* ... tergendala	confidence=0.9
ms.repeat.ketiga_x_gangguan	repeat.failure	ketiga kali* ... gangguan*	confidence=0.9
ms.repeat.ketiga_x_error	repeat.failure	ketiga kali* ... error*	confidence=0.9
ms.repeat.ketiga_x_eror	repeat.failure	ketiga kali* ... eror*	confidence=0.9
ms.repeat.ketiga_x_down	repeat.failure	ketiga kali* ... down	confidence=0.9
ms.repeat.ketiga_x_masalah	repeat.failure	ketiga kali* ... masalah	confidence=0.9
ms.repeat.ketiga_x_bermasalah	repeat.failure	ketiga kali* ... bermasalah	confidence=0.9
ms.repeat.ketiga_x_isu	repeat.failure	ketiga kali* ... isu	confidence=0.9
ms.repeat.ketiga_x_mengadu	repeat.failure	ketiga kali* ... mengadu	confidence=0.9
ms.repeat.ketiga_x_aduan	repeat.failure	ketiga kali* ... aduan	confidence=0.9
ms.repeat.ketiga_x_complain	repeat.failure	ketiga kali* ... complain*	confidence=0.9
ms.repeat.ketiga_x_komplen	repeat.failure	ketiga kali* ... komplen*	confidence=0.9
ms.repeat.ketiga_x_lapor	repeat.failure	ketiga kali* ... lapor*	confidence=0.9
ms.repeat.ketiga_x_melapor	repeat.failure	ketiga kali* ... melapor*	confidence=0.9
ms.repeat.ketiga_x_report	repeat.failure	ketiga kali* ... report	confidence=0.9
ms.repeat.ketiga_x_hubungi	repeat.failure	ketiga kali* ... hubungi*	confidence=0.9
ms.repeat.ketiga_x_menghubungi	repeat.failure	ketiga kali* ... menghubungi	confidence=0.9
ms.repeat.ketiga_x_telefon	repeat.failure	ketiga kali* ... telefon	confidence=0.9
ms.repeat.ketiga_x_kecewa	repeat.failure	ketiga kali* ... kecewa*	confidence=0.9
ms.repeat.ketiga_x_dicaj	repeat.failure	ketiga kali* ... dicaj	confidence=0.9
ms.repeat.ketiga_x_tak_dapat	repeat.failure	ketiga kali* ... tak dapat	confidence=0.9
ms.repeat.ketiga_x_x_dapat	repeat.failure	ketiga kali* ... x dapat	confidence=0.9
ms.repeat.ketiga_x_tidak_dapat	repeat.failure	ketiga kali* ... tidak dapat	confidence=0.9
ms.repeat.ketiga_x_tak_boleh	repeat.failure	ketiga kali* ... tak boleh	confidence=0.9
ms.repeat.ketiga_x_x_boleh	repeat.failure	ketiga kali* ... x boleh	confidence=0.9
ms.repeat.ketiga_x_tidak_boleh	repeat.failure	ketiga kali* ... tidak boleh	confidence=0.9
ms.repeat.ketiga_x_mati	repeat.failure	ketiga kali* ... mati	confidence=0.9
ms.repeat.ketiga_x_cuba	repeat.failure	ketiga kali* ... cuba	confidence=0.9
ms.repeat.ketiga_x_mencuba	repeat.failure	ketiga kali* ... mencuba	confidence=0.9
ms.repeat.ketiga_x_terpaksa	repeat.failure	ketiga kali* ... terpaksa	confidence=0.9
ms.repeat.ketiga_x_tanya	repeat.failure	ketiga kali* ... tanya	confidence=0.9
ms.repeat.ketiga_x_call	repeat.failure	ketiga kali* ... call	confidence=0.9
ms.repeat.ketiga_x_email	repeat.failure	ketiga kali* ... email	confidence=0.9
ms.repeat.ketiga_x_emel	repeat.failure	ketiga kali* ... emel	confidence=0.9
ms.repeat.ketiga_x_mesej	repeat.failure	ketiga kali* ... mesej	confidence=0.9
ms.repeat.rosak_x_ketiga	repeat.failure	rosak ... ketiga kali*	confidence=0.9
ms.repeat.putus_x_ketiga	repeat.failure	putus ... ketiga kali*	confidence=0.9
ms.repeat.terputus_x_ketiga	repeat.failure	terputus ... ketiga kali*	confidence=0.9
ms.repeat.gagal_x_ketiga	repeat.failure	gagal* ... ketiga kali*	confidence=0.9
ms.repeat.hilang_x_ketiga	repeat.failure	hilang* ... ketiga kali*	confidence=0.9
ms.repeat.lambat_x_ketiga	repeat.failure	lambat ... ketiga kali*	confidence=0.9
ms.repeat.lewat_x_ketiga	repeat.failure	lewat ... ketiga kali*	confidence=0.9
ms.repeat.tergendala_x_ketiga	repeat.failure	tergendala ... ketiga kali*	confidence=0.9
ms.repeat.gangguan_x_ketiga	repeat.failure	gangguan* ... ketiga kali*	confidence=0.9
ms.repeat.error_x_ketiga	repeat.failure	error* ... ketiga kali*	confidence=0.9
ms.repeat.eror_x_ketiga	repeat.failure	eror* ... ketiga kali*	confidence=0.9
ms.repeat.down_x_ketiga	repeat.failure	down ... ketiga kali*	confidence=0.9
ms.repeat.masalah_x_ketiga	repeat.failure	masalah ... ketiga kali*	confidence=0.9
ms.repeat.bermasalah_x_ketiga	repeat.failure	bermasalah ... ketiga kali*	confidence=0.9
ms.repeat.isu_x_ketiga	repeat.failure	isu ... ketiga kali*	confidence=0.9
ms.repeat.mengadu_x_ketiga	repeat.failure	mengadu ... ketiga kali*	confidence=0.9
ms.repeat.aduan_x_ketiga	repeat.failure	aduan ... ketiga kali*	confidence=0.9
ms.repeat.complain_x_ketiga	repeat.failure	complain* ... ketiga kali*	confidence=0.9
ms.repeat.komplen_x_ketiga	repeat.failure	komplen* ... ketiga kali*	confidence=0.9
ms.repeat.lapor_x_ketiga	repeat.failure	lapor* ... ketiga kali*	confidence=0.9
ms.repeat.melapor_x_ketiga	repeat.failure	melapor* ... ketiga kali*	confidence=0.9
ms.repeat.report_x_ketiga	repeat.failure	report ... ketiga kali*	confidence=0.9
ms.repeat.hubungi_x_ketiga	repeat.failure	hubungi* ... ketiga kali*	confidence=0.9
ms.repeat.menghubungi_x_ketiga	repeat.failure	menghubungi ... ketiga kali*	confidence=0.9
ms.repeat.telefon_x_ketiga	repeat.failure	telefon ... ketiga kali*	confidence=0.9
ms.repeat.kecewa_x_ketiga	repeat.failure	kecewa* ... ketiga kali*	confidence=0.9
ms.repeat.dicaj_x_ketiga	repeat.failure	dicaj ... ketiga kali*	confidence=0.9
ms.repeat.tak_dapat_x_ketiga	repeat.failure	tak dapat ... ketiga kali*	confidence=0.9
ms.repeat.x_dapat_x_ketiga	repeat.failure	x dapat ... ketiga kali*	confidence=0.9
ms.repeat.tidak_dapat_x_ketiga	repeat.failure	tidak dapat ... ketiga kali*	confidence=0.9
ms.repeat.tak_boleh_x_ketiga	repeat.failure	tak boleh ... ketiga kali*	confidence=0.9
ms.repeat.x_boleh_x_ketiga	repeat.failure	x boleh ... ketiga kali*	confidence=0.9
ms.repeat.tidak_boleh_x_ketiga	repeat.failure	tidak boleh ... ketiga kali*	confidence=0.9
ms.repeat.mati_x_ketiga	repeat.failure	mati ... ketiga kali*	confidence=0.9
ms.repeat.cuba_x_ketiga	repeat.failure	cuba ... ketiga kali*	confidence=0.9
ms.repeat.mencuba_x_ketiga	repeat.failure	mencuba ... ketiga kali*	confidence=0.9
ms.repeat.terpaksa_x_ketiga	repeat.failure	terpaksa ... ketiga kali*	confidence=0.9
ms.repeat.tanya_x_ketiga	repeat.failure	tanya ... ketiga kali*	confidence=0.9
ms.repeat.call_x_ketiga	repeat.failure	call ... ketiga kali*	confidence=0.9
ms.repeat.email_x_ketiga	repeat.failure	email ... ketiga kali*	confidence=0.9
ms.repeat.emel_x_ketiga	repeat.failure	emel ... ketiga kali*	confidence=0.9
ms.repeat.mesej_x_ketiga	repeat.failure	mesej ... ketiga kali*	confidence=0.9
ms.repeat.keempat_x_rosak	repeat.failure	keempat kali* ... rosak	confidence=0.9
ms.repeat.keempat_x_putus	repeat.failure	keempat kali* ... putus	confidence=0.9
ms.repeat.keempat_x_terputus	repeat.failure	keempat kali* ... terputus	confidence=0.9
ms.repeat.keempat_x_gagal	repeat.failure	keempat kali* ... gagal*	confidence=0.9
ms.repeat.keempat_x_hilang	repeat.failure	keempat kali* ... hilang*	confidence=0.9
ms.repeat.keempat_x_lambat	repeat.failure	keempat kali* ... lambat	confidence=0.9
ms.repeat.keempat_x_lewat	repeat.failure	keempat kali* ... lewat	confidence=0.9
ms.repeat.keempat_x_tergendala	repeat.failure	keempat kali* ... tergendala	confidence=0.9
ms.repeat.keempat_x_gangguan	repeat.failure	keempat kali* ... gangguan*	confidence=0.9
ms.repeat.keempat_x_error	repeat.failure	keempat kali* ... error*	confidence=0.9
ms.repeat.keempat_x_eror	repeat.failure	keempat kali* ... eror*	confidence=0.9
ms.repeat.keempat_x_down	repeat.failure	keempat kali* ... down	confidence=0.9
ms.repeat.keempat_x_masalah	repeat.failure	keempat kali* ... masalah	confidence=0.9
ms.repeat.keempat_x_bermasalah	repeat.failure	keempat kali* ... bermasalah	confidence=0.9
ms.repeat.keempat_x_isu	repeat.failure	keempat kali* ... isu	confidence=0.9
ms.repeat.keempat_x_mengadu	repeat.failure	keempat kali* ... mengadu	confidence=0.9
ms.repeat.keempat_x_aduan	repeat.failure	keempat kali* ... aduan	confidence=0.9
ms.repeat.keempat_x_complain	repeat.failure	keempat kali* ... complain*	confidence=0.9
ms.repeat.keempat_x_komplen	repeat.failure	keempat kali* ... komplen*	confidence=0.9
ms.repeat.keempat_x_lapor	repeat.failure	keempat kali* ... lapor*	confidence=0.9
ms.repeat.keempat_x_melapor	repeat.failure	keempat kali* ... melapor*	confidence=0.9
ms.repeat.keempat_x_report	repeat.failure	keempat kali* ... report	confidence=0.9
ms.repeat.keempat_x_hubungi	repeat.failure	keempat kali* ... hubungi*	confidence=0.9
ms.repeat.keempat_x_menghubungi	repeat.failure	keempat kali* ... menghubungi	confidence=0.9
ms.repeat.keempat_x_telefon	repeat.failure	keempat kali* ... telefon	confidence=0.9
ms.repeat.keempat_x_kecewa	repeat.failure	keempat kali* ... kecewa*	confidence=0.9
ms.repeat.keempat_x_dicaj	repeat.failure	keempat kali* ... dicaj	confidence=0.9
ms.repeat.keempat_x_tak_dapat	repeat.failure	keempat kali* ... tak dapat	confidence=0.9
ms.repeat.keempat_x_x_dapat	repeat.failure	keempat kali* ... x dapat	confidence=0.9
ms.repeat.keempat_x_tidak_dapat	repeat.failure	keempat kali* ... tidak dapat	confidence=0.9
ms.repeat.keempat_x_tak_boleh	repeat.failure	keempat kali* ... tak boleh	confidence=0.9
ms.repeat.keempat_x_x_boleh	repeat.failure	keempat kali* ... x boleh	confidence=0.9
ms.repeat.keempat_x_tidak_boleh	repeat.failure	keempat kali* ... tidak boleh	confidence=0.9
ms.repeat.keempat_x_mati	repeat.failure	keempat kali* ... mati	confidence=0.9
ms.repeat.keempat_x_cuba	repeat.failure	keempat kali* ... cuba	confidence=0.9
ms.repeat.keempat_x_mencuba	repeat.failure	keempat kali* ... mencuba	confidence=0.9
ms.repeat.keempat_x_terpaksa	repeat.failure	keempat kali* ... terpaksa	confidence=0.9
ms.repeat.keempat_x_tanya	repeat.failure	keempat kali* ... tanya	confidence=0.9
ms.repeat.keempat_x_call	repeat.failure	keempat kali* ... call	confidence=0.9
ms.repeat.keempat_x_email	repeat.failure	keempat kali* ... email	confidence=0.9
ms.repeat.keempat_x_emel	repeat.failure	keempat kali* ... emel	confidence=0.9
ms.repeat.keempat_x_mesej	repeat.failure	keempat kali* ... mesej	confidence=0.9
ms.repeat.rosak_x_keempat	repeat.failure	rosak ... keempat kali*	confidence=0.9
ms.repeat.putus_x_keempat	repeat.failure	putus ... keempat kali*	confidence=0.9
ms.repeat.terputus_x_keempat	repeat.failure	terputus ... keempat kali*	confidence=0.9
ms.repeat.gagal_x_keempat	repeat.failure	gagal* ... keempat kali*	confidence=0.9
ms.repeat.hilang_x_keempat	repeat.failure	hilang* ... keempat kali*	confidence=0.9
ms.repeat.lambat_x_keempat	repeat.failure	lambat ... keempat kali*	confidence=0.9
ms.repeat.lewat_x_keempat	repeat.failure	lewat ... keempat kali*	confidence=0.9
ms.repeat.tergendala_x_keempat	repeat.failure	tergendala ... keempat kali*	confidence=0.9
ms.repeat.gangguan_x_keempat	repeat.failure	gangguan* ... keempat kali*	confidence=0.9
ms.repeat.error_x_keempat	repeat.failure	error* ... keempat kali*	confidence=0.9
ms.repeat.eror_x_keempat	repeat.failure	eror* ... keempat kali*	confidence=0.9
ms.repeat.down_x_keempat	repeat.failure	down ... keempat kali*	confidence=0.9
ms.repeat.masalah_x_keempat	repeat.failure	masalah ... keempat kali*	confidence=0.9
ms.repeat.bermasalah_x_keempat	repeat.failure	bermasalah ... keempat kali*	confidence=0.9
ms.repeat.isu_x_keempat	repeat.failure	isu ... keempat kali*	confidence=0.9
ms.repeat.mengadu_x_keempat	repeat.failure	mengadu ... keempat kali*	confidence=0.9
ms.repeat.aduan_x_keempat	repeat.failure	aduan ... keempat kali*	confidence=0.9
ms.repeat.complain_x_keempat	repeat.failure	complain* ... keempat kali*	confidence=0.9
ms.repeat.komplen_x_keempat	repeat.failure	komplen* ... keempat kali*	confidence=0.9
ms.repeat.lapor_x_keempat	repeat.failure	lapor* ... keempat kali*	confidence=0.9
ms.repeat.melapor_x_keempat	repeat.failure	melapor* ... keempat kali*	confidence=0.9
ms.repeat.report_x_keempat	repeat.failure	report ... keempat kali*	confidence=0.9
ms.repeat.hubungi_x_keempat	repeat.failure	hubungi* ... keempat kali*	confidence=0.9
ms.repeat.menghubungi_x_keempat	repeat.failure	menghubungi ... keempat kali*	confidence=0.9
ms.repeat.telefon_x_keempat	repeat.failure	telefon ... keempat kali*	confidence=0.9
ms.repeat.kecewa_x_keempat	repeat.failure	kecewa* ... keempat kali*	confidence=0.9
ms.repeat.dicaj_x_keempat	repeat.failure	dicaj ... keempat kali*	confidence=0.9
ms.repeat.tak_dapat_x_keempat	repeat.failure	tak dapat ... keempat kali*	confidence=0.9
ms.repeat.x_dapat_x_keempat	repeat.failure	x dapat ... keempat kali*	confidence=0.9
ms.repeat.tidak_dapat_x_keempat	repeat.failure	tidak dapat ... keempat kali*	confidence=0.9
ms.repeat.tak_boleh_x_keempat	repeat.failure	tak boleh ... keempat kali*	confidence=0.9
ms.repeat.x_boleh_x_keempat	repeat.failure	x boleh ... keempat kali*	confidence=0.9
ms.repeat.tidak_boleh_x_keempat	repeat.failure	tidak boleh ... keempat kali*	confidence=0.9
ms.repeat.mati_x_keempat	repeat.failure	mati ... keempat kali*	confidence=0.9
ms.repeat.cuba_x_keempat	repeat.failure	cuba ... keempat kali*	confidence=0.9
ms.repeat.mencuba_x_keempat	repeat.failure	mencuba ... keempat kali*	confidence=0.9
ms.repeat.terpaksa_x_keempat	repeat.failure	terpaksa ... keempat kali*	confidence=0.9
ms.repeat.tanya_x_keempat	repeat.failure	tanya ... keempat kali*	confidence=0.9
ms.repeat.call_x_keempat	repeat.failure	call ... keempat kali*	confidence=0.9
ms.repeat.email_x_keempat	repeat.failure	email ... keempat kali*	confidence=0.9
ms.repeat.emel_x_keempat	repeat.failure	emel ... keempat kali*	confidence=0.9
ms.repeat.mesej_x_keempat	repeat.failure	mesej ... keempat kali*	confidence=0.9
ms.repeat.kelima_x_rosak	repeat.failure	kelima kali* ... rosak	confidence=0.9
ms.repeat.kelima_x_putus	repeat.failure	kelima kali* ... putus	confidence=0.9
ms.repeat.kelima_x_terputus	repeat.failure	kelima kali* ... terputus	confidence=0.9
ms.repeat.kelima_x_gagal	repeat.failure	kelima kali* ... gagal*	confidence=0.9
ms.repeat.kelima_x_hilang	repeat.failure	kelima kali* ... hilang*	confidence=0.9
ms.repeat.kelima_x_lambat	repeat.failure	kelima kali* ... lambat	confidence=0.9
ms.repeat.kelima_x_lewat	repeat.failure	kelima kali* ... lewat	confidence=0.9
ms.repeat.kelima_x_tergendala	repeat.failure	kelima kali* ... tergendala	confidence=0.9
ms.repeat.kelima_x_gangguan	repeat.failure	kelima kali* ... gangguan*	confidence=0.9
ms.repeat.kelima_x_error	repeat.failure	kelima kali* ... error*	confidence=0.9
ms.repeat.kelima_x_eror	repeat.failure	kelima kali* ... eror*	confidence=0.9
ms.repeat.kelima_x_down	repeat.failure	kelima kali* ... down	confidence=0.9
ms.repeat.kelima_x_masalah	repeat.failure	kelima kali* ... masalah	confidence=0.9
ms.repeat.kelima_x_bermasalah	repeat.failure	kelima kali* ... bermasalah	confidence=0.9
ms.repeat.kelima_x_isu	repeat.failure	kelima kali* ... isu	confidence=0.9
ms.repeat.kelima_x_mengadu	repeat.failure	kelima kali* ... mengadu	confidence=0.9
ms.repeat.kelima_x_aduan	repeat.failure	kelima kali* ... aduan	confidence=0.9
ms.repeat.kelima_x_complain	repeat.failure	kelima kali* ... complain*	confidence=0.9
ms.repeat.kelima_x_komplen	repeat.failure	kelima kali* ... komplen*	confidence=0.9
ms.repeat.kelima_x_lapor	repeat.failure	kelima kali* ... lapor*	confidence=0.9
ms.repeat.kelima_x_melapor	repeat.failure	kelima kali* ... melapor*	confidence=0.9
ms.repeat.kelima_x_report	repeat.failure	kelima kali* ... report	confidence=0.9
ms.repeat.kelima_x_hubungi	repeat.failure	kelima kali* ... hubungi*	confidence=0.9
ms.repeat.kelima_x_menghubungi	repeat.failure	kelima kali* ... menghubungi	confidence=0.9
ms.repeat.kelima_x_telefon	repeat.failure	kelima kali* ... telefon	confidence=0.9
ms.repeat.kelima_x_kecewa	repeat.failure	kelima kali* ... kecewa*	confidence=0.9
ms.repeat.kelima_x_dicaj	repeat.failure	kelima kali* ... dicaj	confidence=0.9
ms.repeat.kelima_x_tak_dapat	repeat.failure	kelima kali* ... tak dapat	confidence=0.9
ms.repeat.kelima_x_x_dapat	repeat.failure	kelima kali* ... x dapat	confidence=0.9
ms.repeat.kelima_x_tidak_dapat	repeat.failure	kelima kali* ... tidak dapat	confidence=0.9
ms.repeat.kelima_x_tak_boleh	repeat.failure	kelima kali* ... tak boleh	confidence=0.9
ms.repeat.kelima_x_x_boleh	repeat.failure	kelima kali* ... x boleh	confidence=0.9
ms.repeat.kelima_x_tidak_boleh	repeat.failure	kelima kali* ... tidak boleh	confidence=0.9
ms.repeat.kelima_x_mati	repeat.failure	kelima kali* ... mati	confidence=0.9
ms.repeat.kelima_x_cuba	repeat.failure	kelima kali* ... cuba	confidence=0.9
ms.repeat.kelima_x_mencuba	repeat.failure	kelima kali* ... mencuba	confidence=0.9
ms.repeat.kelima_x_terpaksa	repeat.failure	kelima kali* ... terpaksa	confidence=0.9
ms.repeat.kelima_x_tanya	repeat.failure	kelima kali* ... tanya	confidence=0.9
ms.repeat.kelima_x_call	repeat.failure	kelima kali* ... call	confidence=0.9
ms.repeat.kelima_x_email	repeat.failure	kelima kali* ... email	confidence=0.9
ms.repeat.kelima_x_emel	repeat.failure	kelima kali* ... emel	confidence=0.9
ms.repeat.kelima_x_mesej	repeat.failure	kelima kali* ... mesej	confidence=0.9
ms.repeat.rosak_x_kelima	repeat.failure	rosak ... kelima kali*	confidence=0.9
ms.repeat.putus_x_kelima	repeat.failure	putus ... kelima kali*	confidence=0.9
ms.repeat.terputus_x_kelima	repeat.failure	terputus ... kelima kali*	confidence=0.9
ms.repeat.gagal_x_kelima	repeat.failure	gagal* ... kelima kali*	confidence=0.9
ms.repeat.hilang_x_kelima	repeat.failure	hilang* ... kelima kali*	confidence=0.9
ms.repeat.lambat_x_kelima	repeat.failure	lambat ... kelima kali*	confidence=0.9
ms.repeat.lewat_x_kelima	repeat.failure	lewat ... kelima kali*	confidence=0.9
ms.repeat.tergendala_x_kelima	repeat.failure	tergendala ... kelima kali*	confidence=0.9
ms.repeat.gangguan_x_kelima	repeat.failure	gangguan* ... kelima kali*	confidence=0.9
ms.repeat.error_x_kelima	repeat.failure	error* ... kelima kali*	confidence=0.9
ms.repeat.eror_x_kelima	repeat.failure	eror* ... kelima kali*	confidence=0.9
ms.repeat.down_x_kelima	repeat.failure	down ... kelima kali*	confidence=0.9
ms.repeat.masalah_x_kelima	repeat.failure	masalah ... kelima kali*	confidence=0.9
ms.repeat.bermasalah_x_kelima	repeat.failure	bermasalah ... kelima kali*	confidence=0.9
ms.repeat.isu_x_kelima	repeat.failure	isu ... kelima kali*	confidence=0.9
ms.repeat.mengadu_x_kelima	repeat.failure	mengadu ... kelima kali*	confidence=0.9
ms.repeat.aduan_x_kelima	repeat.failure	aduan ... kelima kali*	confidence=0.9
ms.repeat.complain_x_kelima	repeat.failure	complain* ... kelima kali*	confidence=0.9
ms.repeat.komplen_x_kelima	repeat.failure	komplen* ... kelima kali*	confidence=0.9
ms.repeat.lapor_x_kelima	repeat.failure	lapor* ... kelima kali*	confidence=0.9
ms.repeat.melapor_x_kelima	repeat.failure	melapor* ... kelima kali*	confidence=0.9
ms.repeat.report_x_kelima	repeat.failure	report ... kelima kali*	confidence=0.9
ms.repeat.hubungi_x_kelima	repeat.failure	hubungi* ... kelima kali*	confidence=0.9
ms.repeat.menghubungi_x_kelima	repeat.failure	menghubungi ... kelima kali*	confidence=0.9
ms.repeat.telefon_x_kelima	repeat.failure	telefon ... kelima kali*	confidence=0.9
ms.repeat.kecewa_x_kelima	repeat.failure	kecewa* ... kelima kali*	confidence=0.9
ms.repeat.dicaj_x_kelima	repeat.failure	dicaj ... kelima kali*	confidence=0.9
ms.repeat.tak_dapat_x_kelima	repeat.failure	tak dapat ... kelima kali*	confidence=0.9
ms.repeat.x_dapat_x_kelima	repeat.failure	x dapat ... kelima kali*	confidence=0.9
ms.repeat.tidak_dapat_x_kelima	repeat.failure	tidak dapat ... kelima kali*	confidence=0.9
ms.repeat.tak_boleh_x_kelima	repeat.failure	tak boleh ... kelima kali*	confidence=0.9
ms.repeat.x_boleh_x_kelima	repeat.failure	x boleh ... kelima kali*	confidence=0.9
ms.repeat.tidak_boleh_x_kelima	repeat.failure	tidak boleh ... kelima kali*	confidence=0.9
ms.repeat.mati_x_kelima	repeat.failure	mati ... kelima kali*	confidence=0.9
ms.repeat.cuba_x_kelima	repeat.failure	cuba ... kelima kali*	confidence=0.9
ms.repeat.mencuba_x_kelima	repeat.failure	mencuba ... kelima kali*	confidence=0.9
ms.repeat.terpaksa_x_kelima	repeat.failure	terpaksa ... kelima kali*	confidence=0.9
ms.repeat.tanya_x_kelima	repeat.failure	tanya ... kelima kali*	confidence=0.9
ms.repeat.call_x_kelima	repeat.failure	call ... kelima kali*	confidence=0.9
ms.repeat.email_x_kelima	repeat.failure	email ... kelima kali*	confidence=0.9
ms.repeat.emel_x_kelima	repeat.failure	emel ... kelima kali*	confidence=0.9
ms.repeat.mesej_x_kelima	repeat.failure	mesej ... kelima kali*	confidence=0.9
ms.repeat.berkali_x_rosak	repeat.failure	berkali* ... rosak	confidence=0.9
ms.repeat.berkali_x_putus	repeat.failure	berkali* ... putus	confidence=0.9
ms.repeat.berkali_x_terputus	repeat.failure	berkali* ... terputus	confidence=0.9
ms.repeat.berkali_x_gagal	repeat.failure	berkali* ... gagal*	confidence=0.9
ms.repeat.berkali_x_hilang	repeat.failure	berkali* ... hilang*	confidence=0.9
ms.repeat.berkali_x_lambat	repeat.failure	berkali* ... lambat	confidence=0.9
ms.repeat.berkali_x_lewat	repeat.failure	berkali* ... lewat	confidence=0.9
ms.repeat.berkali_x_tergendala	repeat.failure	berkali* ... tergendala	confidence=0.9
ms.repeat.berkali_x_gangguan	repeat.failure	berkali* ... gangguan*	confidence=0.9
ms.repeat.berkali_x_error	repeat.failure	berkali* ... error*	confidence=0.9
ms.repeat.berkali_x_eror	repeat.failure	berkali* ... eror*	confidence=0.9
ms.repeat.berkali_x_down	repeat.failure	berkali* ... down	confidence=0.9
ms.repeat.berkali_x_masalah	repeat.failure	berkali* ... masalah	confidence=0.9
ms.repeat.berkali_x_bermasalah	repeat.failure	berkali* ... bermasalah	confidence=0.9
ms.repeat.berkali_x_isu	repeat.failure	berkali* ... isu	confidence=0.9
ms.repeat.berkali_x_mengadu	repeat.failure	berkali* ... mengadu	confidence=0.9
ms.repeat.berkali_x_aduan	repeat.failure	berkali* ... aduan	confidence=0.9
ms.repeat.berkali_x_complain	repeat.failure	berkali* ... complain*	confidence=0.9
ms.repeat.berkali_x_komplen	repeat.failure	berkali* ... komplen*	confidence=0.9
ms.repeat.berkali_x_lapor	repeat.failure	berkali* ... lapor*	confidence=0.9
ms.repeat.berkali_x_melapor	repeat.failure	berkali* ... melapor*	confidence=0.9
ms.repeat.berkali_x_report	repeat.failure	berkali* ... report	confidence=0.9
ms.repeat.berkali_x_hubungi	repeat.failure	berkali* ... hubungi*	confidence=0.9
ms.repeat.berkali_x_menghubungi	repeat.failure	berkali* ... menghubungi	confidence=0.9
ms.repeat.berkali_x_telefon	repeat.failure	berkali* ... telefon	confidence=0.9
ms.repeat.berkali_x_kecewa	repeat.failure	berkali* ... kecewa*	confidence=0.9
ms.repeat.berkali_x_dicaj	repeat.failure	berkali* ... dicaj	confidence=0.9
ms.repeat.berkali_x_tak_dapat	repeat.failure	berkali* ... tak dapat	confidence=0.9
ms.repeat.berkali_x_x_dapat	repeat.failure	berkali* ... x dapat	confidence=0.9
ms.repeat.berkali_x_tidak_dapat	repeat.failure	berkali* ... tidak dapat	confidence=0.9
ms.repeat.berkali_x_tak_boleh	repeat.failure	berkali* ... tak boleh	confidence=0.9
ms.repeat.berkali_x_x_boleh	repeat.failure	berkali* ... x boleh	confidence=0.9
ms.repeat.berkali_x_tidak_boleh	repeat.failure	berkali* ... tidak boleh	confidence=0.9
ms.repeat.berkali_x_mati	repeat.failure	berkali* ... mati	confidence=0.9
ms.repeat.berkali_x_cuba	repeat.failure	berkali* ... cuba	confidence=0.9
ms.repeat.berkali_x_mencuba	repeat.failure	berkali* ... mencuba	confidence=0.9
ms.repeat.berkali_x_terpaksa	repeat.failure	berkali* ... terpaksa	confidence=0.9
ms.repeat.berkali_x_tanya	repeat.failure	berkali* ... tanya	confidence=0.9
ms.repeat.berkali_x_call	repeat.failure	berkali* ... call	confidence=0.9
ms.repeat.berkali_x_email	repeat.failure	berkali* ... email	confidence=0.9
ms.repeat.berkali_x_emel	repeat.failure	berkali* ... emel	confidence=0.9
ms.repeat.berkali_x_mesej	repeat.failure	berkali* ... mesej	confidence=0.9
ms.repeat.rosak_x_berkali	repeat.failure	rosak ... berkali*	confidence=0.9
ms.repeat.putus_x_berkali	repeat.failure	putus ... berkali*	confidence=0.9
ms.repeat.terputus_x_berkali	repeat.failure	terputus ... berkali*	confidence=0.9
ms.repeat.gagal_x_berkali	repeat.failure	gagal* ... berkali*	confidence=0.9
ms.repeat.hilang_x_berkali	repeat.failure	hilang* ... berkali*	confidence=0.9
ms.repeat.lambat_x_berkali	repeat.failure	lambat ... berkali*	confidence=0.9
ms.repeat.lewat_x_berkali	repeat.failure	lewat ... berkali*	confidence=0.9
ms.repeat.tergendala_x_berkali	repeat.failure	tergendala ... berkali*	confidence=0.9
ms.repeat.gangguan_x_berkali	repeat.failure	gangguan* ... berkali*	confidence=0.9
ms.repeat.error_x_berkali	repeat.failure	error* ... berkali*	confidence=0.9
ms.repeat.eror_x_berkali	repeat.failure	eror* ... berkali*	confidence=0.9
ms.repeat.down_x_berkali	repeat.failure	down ... berkali*	confidence=0.9
ms.repeat.masalah_x_berkali	repeat.failure	masalah ... berkali*	confidence=0.9
ms.repeat.bermasalah_x_berkali	repeat.failure	bermasalah ... berkali*	confidence=0.9
ms.repeat.isu_x_berkali	repeat.failure	isu ... berkali*	confidence=0.9
ms.repeat.mengadu_x_berkali	repeat.failure	mengadu ... berkali*	confidence=0.9
ms.repeat.aduan_x_berkali	repeat.failure	aduan ... berkali*	confidence=0.9
ms.repeat.complain_x_berkali	repeat.failure	complain* ... berkali*	confidence=0.9
ms.repeat.komplen_x_berkali	repeat.failure	komplen* ... berkali*	confidence=0.9
ms.repeat.lapor_x_berkali	repeat.failure	lapor* ... berkali*	confidence=0.9
ms.repeat.melapor_x_berkali	repeat.failure	melapor* ... berkali*	confidence=0.9
ms.repeat.report_x_berkali	repeat.failure	report ... berkali*	confidence=0.9
ms.repeat.hubungi_x_berkali	repeat.failure	hubungi* ... berkali*	confidence=0.9
ms.repeat.menghubungi_x_berkali	repeat.failure	menghubungi ... berkali*	confidence=0.9
ms.repeat.telefon_x_berkali	repeat.failure	telefon ... berkali*	confidence=0.9
ms.repeat.kecewa_x_berkali	repeat.failure	kecewa* ... berkali*	confidence=0.9
ms.repeat.dicaj_x_berkali	repeat.failure	dicaj ... berkali*	confidence=0.9
ms.repeat.tak_dapat_x_berkali	repeat.failure	tak dapat ... berkali*	confidence=0.9
ms.repeat.x_dapat_x_berkali	repeat.failure	x dapat ... berkali*	confidence=0.9
ms.repeat.tidak_dapat_x_berkali	repeat.failure	tidak dapat ... berkali*	confidence=0.9
ms.repeat.tak_boleh_x_berkali	repeat.failure	tak boleh ... berkali*	confidence=0.9
ms.repeat.x_boleh_x_berkali	repeat.failure	x boleh ... berkali*	confidence=0.9
ms.repeat.tidak_boleh_x_berkali	repeat.failure	tidak boleh ... berkali*	confidence=0.9
ms.repeat.mati_x_berkali	repeat.failure	mati ... berkali*	confidence=0.9
ms.repeat.cuba_x_berkali	repeat.failure	cuba ... berkali*	confidence=0.9
ms.repeat.mencuba_x_berkali	repeat.failure	mencuba ... berkali*	confidence=0.9
ms.repeat.terpaksa_x_berkali	repeat.failure	terpaksa ... berkali*	confidence=0.9
ms.repeat.tanya_x_berkali	repeat.failure	tanya ... berkali*	confidence=0.9
ms.repeat.call_x_berkali	repeat.failure	call ... berkali*	confidence=0.9
ms.repeat.email_x_berkali	repeat.failure	email ... berkali*	confidence=0.9
ms.repeat.emel_x_berkali	repeat.failure	emel ... berkali*	confidence=0.9
ms.repeat.mesej_x_berkali	repeat.failure	mesej ... berkali*	confidence=0.9
ms.repeat.berulang_x_rosak	repeat.failure	berulang* ... rosak	confidence=0.9
ms.repeat.berulang_x_putus	repeat.failure	berulang* ... putus	confidence=0.9
ms.repeat.berulang_x_terputus	repeat.failure	berulang* ... terputus	confidence=0.9
ms.repeat.berulang_x_gagal	repeat.failure	berulang* ... gagal*	confidence=0.9
ms.repeat.berulang_x_hilang	repeat.failure	berulang* ... hilang*	confidence=0.9
ms.repeat.berulang_x_lambat	repeat.failure	berulang* ... lambat	confidence=0.9
ms.repeat.berulang_x_lewat	repeat.failure	berulang* ... lewat	confidence=0.9
ms.repeat.berulang_x_tergendala	repeat.failure	berulang* ... tergendala	confidence=0.9
ms.repeat.berulang_x_gangguan	repeat.failure	berulang* ... gangguan*	confidence=0.9
ms.repeat.berulang_x_error	repeat.failure	berulang* ... error*	confidence=0.9
ms.repeat.berulang_x_eror	repeat.failure	berulang* ... eror*	confidence=0.9
ms.repeat.berulang_x_down	repeat.failure	berulang* ... down	confidence=0.9
ms.repeat.berulang_x_masalah	repeat.failure	berulang* ... masalah	confidence=0.9
ms.repeat.berulang_x_bermasalah	repeat.failure	berulang* ... bermasalah	confidence=0.9
ms.repeat.berulang_x_isu	repeat.failure	berulang* ... isu	confidence=0.9
ms.repeat.berulang_x_mengadu	repeat.failure	berulang* ... mengadu	confidence=0.9
ms.repeat.berulang_x_aduan	repeat.failure	berulang* ... aduan	confidence=0.9
ms.repeat.berulang_x_complain	repeat.failure	berulang* ... complain*	confidence=0.9
ms.repeat.berulang_x_komplen	repeat.failure	berulang* ... komplen*	confidence=0.9
ms.repeat.berulang_x_lapor	repeat.failure	berulang* ... lapor*	confidence=0.9
ms.repeat.berulang_x_melapor	repeat.failure	berulang* ... melapor*	confidence=0.9
ms.repeat.berulang_x_report	repeat.failure	berulang* ... report	confidence=0.9
ms.repeat.berulang_x_hubungi	repeat.failure	berulang* ... hubungi*	confidence=0.9
ms.repeat.berulang_x_menghubungi	repeat.failure	berulang* ... menghubungi	confidence=0.9
ms.repeat.berulang_x_telefon	repeat.failure	berulang* ... telefon	confidence=0.9
ms.repeat.berulang_x_kecewa	repeat.failure	berulang* ... kecewa*	confidence=0.9
ms.repeat.berulang_x_dicaj	repeat.failure	berulang* ... dicaj	confidence=0.9
ms.repeat.berulang_x_tak_dapat	repeat.failure	berulang* ... tak dapat	confidence=0.9
ms.repeat.berulang_x_x_dapat	repeat.failure	berulang* ... x dapat	confidence=0.9
ms.repeat.berulang_x_tidak_dapat	repeat.failure	berulang* ... tidak dapat	confidence=0.9
ms.repeat.berulang_x_tak_boleh	repeat.failure	berulang* ... tak boleh	confidence=0.9
ms.repeat.berulang_x_x_boleh	repeat.failure	berulang* ... x boleh	confidence=0.9
ms.repeat.berulang_x_tidak_boleh	repeat.failure	berulang* ... tidak boleh	confidence=0.9
ms.repeat.berulang_x_mati	repeat.failure	berulang* ... mati	confidence=0.9
ms.repeat.berulang_x_cuba	repeat.failure	berulang* ... cuba	confidence=0.9
ms.repeat.berulang_x_mencuba	repeat.failure	berulang* ... mencuba	confidence=0.9
ms.repeat.berulang_x_terpaksa	repeat.failure	berulang* ... terpaksa	confidence=0.9
ms.repeat.berulang_x_tanya	repeat.failure	berulang* ... tanya	confidence=0.9
ms.repeat.berulang_x_call	repeat.failure	berulang* ... call	confidence=0.9
ms.repeat.berulang_x_email	repeat.failure	berulang* ... email	confidence=0.9
ms.repeat.berulang_x_emel	repeat.failure	berulang* ... emel	confidence=0.9
ms.repeat.berulang_x_mesej	repeat.failure	berulang* ... mesej	confidence=0.9
ms.repeat.rosak_x_berulang	repeat.failure	rosak ... berulang*	confidence=0.9
ms.repeat.putus_x_berulang	repeat.failure	putus ... berulang*	confidence=0.9
ms.repeat.terputus_x_berulang	repeat.failure	terputus ... berulang*	confidence=0.9
ms.repeat.gagal_x_berulang	repeat.failure	gagal* ... berulang*	confidence=0.9
ms.repeat.hilang_x_berulang	repeat.failure	hilang* ... berulang*	confidence=0.9
ms.repeat.lambat_x_berulang	repeat.failure	lambat ... berulang*	confidence=0.9
ms.repeat.lewat_x_berulang	repeat.failure	lewat ... berulang*	confidence=0.9
ms.repeat.tergendala_x_berulang	repeat.failure	tergendala ... berulang*	confidence=0.9
ms.repeat.gangguan_x_berulang	repeat.failure	gangguan* ... berulang*	confidence=0.9
ms.repeat.error_x_berulang	repeat.failure	error* ... berulang*	confidence=0.9
ms.repeat.eror_x_berulang	repeat.failure	eror* ... berulang*	confidence=0.9
ms.repeat.down_x_berulang	repeat.failure	down ... berulang*	confidence=0.9
ms.repeat.masalah_x_berulang	repeat.failure	masalah ... berulang*	confidence=0.9
ms.repeat.bermasalah_x_berulang	repeat.failure	bermasalah ... berulang*	confidence=0.9
ms.repeat.isu_x_berulang	repeat.failure	isu ... berulang*	confidence=0.9
ms.repeat.mengadu_x_berulang	repeat.failure	mengadu ... berulang*	confidence=0.9
ms.repeat.aduan_x_berulang	repeat.failure	aduan ... berulang*	confidence=0.9
ms.repeat.complain_x_berulang	repeat.failure	complain* ... berulang*	confidence=0.9
ms.repeat.komplen_x_berulang	repeat.failure	komplen* ... berulang*	confidence=0.9
ms.repeat.lapor_x_berulang	repeat.failure	lapor* ... berulang*	confidence=0.9
ms.repeat.melapor_x_berulang	repeat.failure	melapor* ... berulang*	confidence=0.9
ms.repeat.report_x_berulang	repeat.failure	report ... berulang*	confidence=0.9
ms.repeat.hubungi_x_berulang	repeat.failure	hubungi* ... berulang*	confidence=0.9
ms.repeat.menghubungi_x_berulang	repeat.failure	menghubungi ... berulang*	confidence=0.9
ms.repeat.telefon_x_berulang	repeat.failure	telefon ... berulang*	confidence=0.9
ms.repeat.kecewa_x_berulang	repeat.failure	kecewa* ... berulang*	confidence=0.9
ms.repeat.dicaj_x_berulang	repeat.failure	dicaj ... berulang*	confidence=0.9
ms.repeat.tak_dapat_x_berulang	repeat.failure	tak dapat ... berulang*	confidence=0.9
ms.repeat.x_dapat_x_berulang	repeat.failure	x dapat ... berulang*	confidence=0.9
ms.repeat.tidak_dapat_x_berulang	repeat.failure	tidak dapat ... berulang*	confidence=0.9
ms.repeat.tak_boleh_x_berulang	repeat.failure	tak boleh ... berulang*	confidence=0.9
ms.repeat.x_boleh_x_berulang	repeat.failure	x boleh ... berulang*	confidence=0.9
ms.repeat.tidak_boleh_x_berulang	repeat.failure	tidak boleh ... berulang*	confidence=0.9
ms.repeat.mati_x_berulang	repeat.failure	mati ... berulang*	confidence=0.9
ms.repeat.cuba_x_berulang	repeat.failure	cuba ... berulang*	confidence=0.9
ms.repeat.mencuba_x_berulang	repeat.failure	mencuba ... berulang*	confidence=0.9
ms.repeat.terpaksa_x_berulang	repeat.failure	terpaksa ... berulang*	confidence=0.9
ms.repeat.tanya_x_berulang	repeat.failure	tanya ... berulang*	confidence=0.9
ms.repeat.call_x_berulang	repeat.failure	call ... berulang*	confidence=0.9
ms.repeat.email_x_berulang	repeat.failure	email ... berulang*	confidence=0.9
ms.repeat.emel_x_berulang	repeat.failure	emel ... berulang*	confidence=0.9
ms.repeat.mesej_x_berulang	repeat.failure	mesej ... berulang*	confidence=0.9
ms.repeat.banyak_kali_x_rosak	repeat.failure	banyak kali ... rosak	confidence=0.9
ms.repeat.banyak_kali_x_putus	repeat.failure	banyak kali ... putus	confidence=0.9
ms.repeat.banyak_kali_x_terputus	repeat.failure	banyak kali ... terputus	confidence=0.9
ms.repeat.banyak_kali_x_gagal	repeat.failure	banyak kali ... gagal*	confidence=0.9
ms.repeat.banyak_kali_x_hilang	repeat.failure	banyak kali ... hilang*	confidence=0.9
ms.repeat.banyak_kali_x_lambat	repeat.failure	banyak kali ... lambat	confidence=0.9
ms.repeat.banyak_kali_x_lewat	repeat.failure	banyak kali ... lewat	confidence=0.9
ms.repeat.banyak_kali_x_tergendala	repeat.failure	banyak kali ... tergendala	confidence=0.9
ms.repeat.banyak_kali_x_gangguan	repeat.failure	banyak kali ... gangguan*	confidence=0.9
ms.repeat.banyak_kali_x_error	repeat.failure	banyak kali ... error*	confidence=0.9
ms.repeat.banyak_kali_x_eror	repeat.failure	banyak kali ... eror*	confidence=0.9
ms.repeat.banyak_kali_x_down	repeat.failure	banyak kali ... down	confidence=0.9
ms.repeat.banyak_kali_x_masalah	repeat.failure	banyak kali ... masalah	confidence=0.9
ms.repeat.banyak_kali_x_bermasalah	repeat.failure	banyak kali ... bermasalah	confidence=0.9
ms.repeat.banyak_kali_x_isu	repeat.failure	banyak kali ... isu	confidence=0.9
ms.repeat.banyak_kali_x_mengadu	repeat.failure	banyak kali ... mengadu	confidence=0.9
ms.repeat.banyak_kali_x_aduan	repeat.failure	banyak kali ... aduan	confidence=0.9
ms.repeat.banyak_kali_x_complain	repeat.failure	banyak kali ... complain*	confidence=0.9
ms.repeat.banyak_kali_x_komplen	repeat.failure	banyak kali ... komplen*	confidence=0.9
ms.repeat.banyak_kali_x_lapor	repeat.failure	banyak kali ... lapor*	confidence=0.9
ms.repeat.banyak_kali_x_melapor	repeat.failure	banyak kali ... melapor*	confidence=0.9
ms.repeat.banyak_kali_x_report	repeat.failure	banyak kali ... report	confidence=0.9
ms.repeat.banyak_kali_x_hubungi	repeat.failure	banyak kali ... hubungi*	confidence=0.9
ms.repeat.banyak_kali_x_menghubungi	repeat.failure	banyak kali ... menghubungi	confidence=0.9
ms.repeat.banyak_kali_x_telefon	repeat.failure	banyak kali ... telefon	confidence=0.9
ms.repeat.banyak_kali_x_kecewa	repeat.failure	banyak kali ... kecewa*	confidence=0.9
ms.repeat.banyak_kali_x_dicaj	repeat.failure	banyak kali ... dicaj	confidence=0.9
ms.repeat.banyak_kali_x_tak_dapat	repeat.failure	banyak kali ... tak dapat	confidence=0.9
ms.repeat.banyak_kali_x_x_dapat	repeat.failure	banyak kali ... x dapat	confidence=0.9
ms.repeat.banyak_kali_x_tidak_dapat	repeat.failure	banyak kali ... tidak dapat	confidence=0.9
ms.repeat.banyak_kali_x_tak_boleh	repeat.failure	banyak kali ... tak boleh	confidence=0.9
ms.repeat.banyak_kali_x_x_boleh	repeat.failure	banyak kali ... x boleh	confidence=0.9
ms.repeat.banyak_kali_x_tidak_boleh	repeat.failure	banyak kali ... tidak boleh	confidence=0.9
ms.repeat.banyak_kali_x_mati	repeat.failure	banyak kali ... mati	confidence=0.9
ms.repeat.banyak_kali_x_cuba	repeat.failure	banyak kali ... cuba	confidence=0.9
ms.repeat.banyak_kali_x_mencuba	repeat.failure	banyak kali ... mencuba	confidence=0.9
ms.repeat.banyak_kali_x_terpaksa	repeat.failure	banyak kali ... terpaksa	confidence=0.9
ms.repeat.banyak_kali_x_tanya	repeat.failure	banyak kali ... tanya	confidence=0.9
ms.repeat.banyak_kali_x_call	repeat.failure	banyak kali ... call	confidence=0.9
ms.repeat.banyak_kali_x_email	repeat.failure	banyak kali ... email	confidence=0.9
ms.repeat.banyak_kali_x_emel	repeat.failure	banyak kali ... emel	confidence=0.9
ms.repeat.banyak_kali_x_mesej	repeat.failure	banyak kali ... mesej	confidence=0.9
ms.repeat.rosak_x_banyak_kali	repeat.failure	rosak ... banyak kali	confidence=0.9
ms.repeat.putus_x_banyak_kali	repeat.failure	putus ... banyak kali	confidence=0.9
ms.repeat.terputus_x_banyak_kali	repeat.failure	terputus ... banyak kali	confidence=0.9
ms.repeat.gagal_x_banyak_kali	repeat.failure	gagal* ... banyak kali	confidence=0.9
ms.repeat.hilang_x_banyak_kali	repeat.failure	hilang* ... banyak kali	confidence=0.9
ms.repeat.lambat_x_banyak_kali	repeat.failure	lambat ... banyak kali	confidence=0.9
ms.repeat.lewat_x_banyak_kali	repeat.failure	lewat ... banyak kali	confidence=0.9
ms.repeat.tergendala_x_banyak_kali	repeat.failure	tergendala ... banyak kali	confidence=0.9
ms.repeat.gangguan_x_banyak_kali	repeat.failure	gangguan* ... banyak kali	confidence=0.9
ms.repeat.error_x_banyak_kali	repeat.failure	error* ... banyak kali	confidence=0.9
ms.repeat.eror_x_banyak_kali	repeat.failure	eror* ... banyak kali	confidence=0.9
ms.repeat.down_x_banyak_kali	repeat.failure	down ... banyak kali	confidence=0.9
ms.repeat.masalah_x_banyak_kali	repeat.failure	masalah ... banyak kali	confidence=0.9
ms.repeat.bermasalah_x_banyak_kali	repeat.failure	bermasalah ... banyak kali	confidence=0.9
ms.repeat.isu_x_banyak_kali	repeat.failure	isu ... banyak kali	confidence=0.9
ms.repeat.mengadu_x_banyak_kali	repeat.failure	mengadu ... banyak kali	confidence=0.9
ms.repeat.aduan_x_banyak_kali	repeat.failure	aduan ... banyak kali	confidence=0.9
ms.repeat.complain_x_banyak_kali	repeat.failure	complain* ... banyak kali	confidence=0.9
ms.repeat.komplen_x_banyak_kali	repeat.failure	komplen* ... banyak kali	confidence=0.9
ms.repeat.lapor_x_banyak_kali	repeat.failure	lapor* ... banyak kali	confidence=0.9
ms.repeat.melapor_x_banyak_kali	repeat.failure	melapor* ... banyak kali	confidence=0.9
ms.repeat.report_x_banyak_kali	repeat.failure	report ... banyak kali	confidence=0.9
ms.repeat.hubungi_x_banyak_kali	repeat.failure	hubungi* ... banyak kali	confidence=0.9
ms.repeat.menghubungi_x_banyak_kali	repeat.failure	menghubungi ... banyak kali	confidence=0.9
ms.repeat.telefon_x_banyak_kali	repeat.failure	telefon ... banyak kali	confidence=0.9
ms.repeat.kecewa_x_banyak_kali	repeat.failure	kecewa* ... banyak kali	confidence=0.9
ms.repeat.dicaj_x_banyak_kali	repeat.failure	dicaj ... banyak kali	confidence=0.9
ms.repeat.tak_dapat_x_banyak_kali	repeat.failure	tak dapat ... banyak kali	confidence=0.9
ms.repeat.x_dapat_x_banyak_kali	repeat.failure	x dapat ... banyak kali	confidence=0.9
ms.repeat.tidak_dapat_x_banyak_kali	repeat.failure	tidak dapat ... banyak kali	confidence=0.9
ms.repeat.tak_boleh_x_banyak_kali	repeat.failure	tak boleh ... banyak kali	confidence=0.9
ms.repeat.x_boleh_x_banyak_kali	repeat.failure	x boleh ... banyak kali	confidence=0.9
ms.repeat.tidak_boleh_x_banyak_kali	repeat.failure	tidak boleh ... banyak kali	confidence=0.9
ms.repeat.mati_x_banyak_kali	repeat.failure	mati ... banyak kali	confidence=0.9
ms.repeat.cuba_x_banyak_kali	repeat.failure	cuba ... banyak kali	confidence=0.9
ms.repeat.mencuba_x_banyak_kali	repeat.failure	mencuba ... banyak kali	confidence=0.9
ms.repeat.terpaksa_x_banyak_kali	repeat.failure	terpaksa ... banyak kali	confidence=0.9
ms.repeat.tanya_x_banyak_kali	repeat.failure	tanya ... banyak kali	confidence=0.9
ms.repeat.call_x_banyak_kali	repeat.failure	call ... banyak kali	confidence=0.9
ms.repeat.email_x_banyak_kali	repeat.failure	email ... banyak kali	confidence=0.9
ms.repeat.emel_x_banyak_kali	repeat.failure	emel ... banyak kali	confidence=0.9
ms.repeat.mesej_x_banyak_kali	repeat.failure	mesej ... banyak kali	confidence=0.9
ms.repeat.byk_kali_x_rosak	repeat.failure	byk kali ... rosak	confidence=0.9
ms.repeat.byk_kali_x_putus	repeat.failure	byk kali ... putus	confidence=0.9
ms.repeat.byk_kali_x_terputus	repeat.failure	byk kali ... terputus	confidence=0.9
ms.repeat.byk_kali_x_gagal	repeat.failure	byk kali ... gagal*	confidence=0.9
ms.repeat.byk_kali_x_hilang	repeat.failure	byk kali ... hilang*	confidence=0.9
ms.repeat.byk_kali_x_lambat	repeat.failure	byk kali ... lambat	confidence=0.9
ms.repeat.byk_kali_x_lewat	repeat.failure	byk kali ... lewat	confidence=0.9
ms.repeat.byk_kali_x_tergendala	repeat.failure	byk kali ... tergendala	confidence=0.9
ms.repeat.byk_kali_x_gangguan	repeat.failure	byk kali ... gangguan*	confidence=0.9
ms.repeat.byk_kali_x_error	repeat.failure	byk kali ... error*	confidence=0.9
ms.repeat.byk_kali_x_eror	repeat.failure	byk kali ... eror*	confidence=0.9
ms.repeat.byk_kali_x_down	repeat.failure	byk kali ... down	confidence=0.9
ms.repeat.byk_kali_x_masalah	repeat.failure	byk kali ... masalah	confidence=0.9
ms.repeat.byk_kali_x_bermasalah	repeat.failure	byk kali ... bermasalah	confidence=0.9
ms.repeat.byk_kali_x_isu	repeat.failure	byk kali ... isu	confidence=0.9
ms.repeat.byk_kali_x_mengadu	repeat.failure	byk kali ... mengadu	confidence=0.9
ms.repeat.byk_kali_x_aduan	repeat.failure	byk kali ... aduan	confidence=0.9
ms.repeat.byk_kali_x_complain	repeat.failure	byk kali ... complain*	confidence=0.9
ms.repeat.byk_kali_x_komplen	repeat.failure	byk kali ... komplen*	confidence=0.9
ms.repeat.byk_kali_x_lapor	repeat.failure	byk kali ... lapor*	confidence=0.9
ms.repeat.byk_kali_x_melapor	repeat.failure	byk kali ... melapor*	confidence=0.9
ms.repeat.byk_kali_x_report	repeat.failure	byk kali ... report	confidence=0.9
ms.repeat.byk_kali_x_hubungi	repeat.failure	byk kali ... hubungi*	confidence=0.9
ms.repeat.byk_kali_x_menghubungi	repeat.failure	byk kali ... menghubungi	confidence=0.9
ms.repeat.byk_kali_x_telefon	repeat.failure	byk kali ... telefon	confidence=0.9
ms.repeat.byk_kali_x_kecewa	repeat.failure	byk kali ... kecewa*	confidence=0.9
ms.repeat.byk_kali_x_dicaj	repeat.failure	byk kali ... dicaj	confidence=0.9
ms.repeat.byk_kali_x_tak_dapat	repeat.failure	byk kali ... tak dapat	confidence=0.9
ms.repeat.byk_kali_x_x_dapat	repeat.failure	byk kali ... x dapat	confidence=0.9
ms.repeat.byk_kali_x_tidak_dapat	repeat.failure	byk kali ... tidak dapat	confidence=0.9
ms.repeat.byk_kali_x_tak_boleh	repeat.failure	byk kali ... tak boleh	confidence=0.9
ms.repeat.byk_kali_x_x_boleh	repeat.failure	byk kali ... x boleh	confidence=0.9
ms.repeat.byk_kali_x_tidak_boleh	repeat.failure	byk kali ... tidak boleh	confidence=0.9
ms.repeat.byk_kali_x_mati	repeat.failure	byk kali ... mati	confidence=0.9
ms.repeat.byk_kali_x_cuba	repeat.failure	byk kali ... cuba	confidence=0.9
ms.repeat.byk_kali_x_mencuba	repeat.failure	byk kali ... mencuba	confidence=0.9
ms.repeat.byk_kali_x_terpaksa	repeat.failure	byk kali ... terpaksa	confidence=0.9
ms.repeat.byk_kali_x_tanya	repeat.failure	byk kali ... tanya	confidence=0.9
ms.repeat.byk_kali_x_call	repeat.failure	byk kali ... call	confidence=0.9
ms.repeat.byk_kali_x_email	repeat.failure	byk kali ... email	confidence=0.9
ms.repeat.byk_kali_x_emel	repeat.failure	byk kali ... emel	confidence=0.9
ms.repeat.byk_kali_x_mesej	repeat.failure	byk kali ... mesej	confidence=0.9
ms.repeat.rosak_x_byk_kali	repeat.failure	rosak ... byk kali	confidence=0.9
ms.repeat.putus_x_byk_kali	repeat.failure	putus ... byk kali	confidence=0.9
ms.repeat.terputus_x_byk_kali	repeat.failure	terputus ... byk kali	confidence=0.9
ms.repeat.gagal_x_byk_kali	repeat.failure	gagal* ... byk kali	confidence=0.9
ms.repeat.hilang_x_byk_kali	repeat.failure	hilang* ... byk kali	confidence=0.9
ms.repeat.lambat_x_byk_kali	repeat.failure	lambat ... byk kali	confidence=0.9
ms.repeat.lewat_x_byk_kali	repeat.failure	lewat ... byk kali	confidence=0.9
ms.repeat.tergendala_x_byk_kali	repeat.failure	tergendala ... byk kali	confidence=0.9
ms.repeat.gangguan_x_byk_kali	repeat.failure	gangguan* ... byk kali	confidence=0.9
ms.repeat.error_x_byk_kali	repeat.failure	error* ... byk kali	confidence=0.9
ms.repeat.eror_x_byk_kali	repeat.failure	eror* ... byk kali	confidence=0.9
ms.repeat.down_x_byk_kali	repeat.failure	down ... byk kali	confidence=0.9
ms.repeat.masalah_x_byk_kali	repeat.failure	masalah ... byk kali	confidence=0.9
ms.repeat.bermasalah_x_byk_kali	repeat.failure	bermasalah ... byk kali	confidence=0.9
ms.repeat.isu_x_byk_kali	repeat.failure	isu ... byk kali	confidence=0.9
ms.repeat.mengadu_x_byk_kali	repeat.failure	mengadu ... byk kali	confidence=0.9
ms.repeat.aduan_x_byk_kali	repeat.failure	aduan ... byk kali	confidence=0.9
ms.repeat.complain_x_byk_kali	repeat.failure	complain* ... byk kali	confidence=0.9
ms.repeat.komplen_x_byk_kali	repeat.failure	komplen* ... byk kali	confidence=0.9
ms.repeat.lapor_x_byk_kali	repeat.failure	lapor* ... byk kali	confidence=0.9
ms.repeat.melapor_x_byk_kali	repeat.failure	melapor* ... byk kali	confidence=0.9
ms.repeat.report_x_byk_kali	repeat.failure	report ... byk kali	confidence=0.9
ms.repeat.hubungi_x_byk_kali	repeat.failure	hubungi* ... byk kali	confidence=0.9
ms.repeat.menghubungi_x_byk_kali	repeat.failure	menghubungi ... byk kali	confidence=0.9
ms.repeat.telefon_x_byk_kali	repeat.failure	telefon ... byk kali	confidence=0.9
ms.repeat.kecewa_x_byk_kali	repeat.failure	kecewa* ... byk kali	confidence=0.9
ms.repeat.dicaj_x_byk_kali	repeat.failure	dicaj ... byk kali	confidence=0.9
ms.repeat.tak_dapat_x_byk_kali	repeat.failure	tak dapat ... byk kali	confidence=0.9
ms.repeat.x_dapat_x_byk_kali	repeat.failure	x dapat ... byk kali	confidence=0.9
ms.repeat.tidak_dapat_x_byk_kali	repeat.failure	tidak dapat ... byk kali	confidence=0.9
ms.repeat.tak_boleh_x_byk_kali	repeat.failure	tak boleh ... byk kali	confidence=0.9
ms.repeat.x_boleh_x_byk_kali	repeat.failure	x boleh ... byk kali	confidence=0.9
ms.repeat.tidak_boleh_x_byk_kali	repeat.failure	tidak boleh ... byk kali	confidence=0.9
ms.repeat.mati_x_byk_kali	repeat.failure	mati ... byk kali	confidence=0.9
ms.repeat.cuba_x_byk_kali	repeat.failure	cuba ... byk kali	confidence=0.9
ms.repeat.mencuba_x_byk_kali	repeat.failure	mencuba ... byk kali	confidence=0.9
ms.repeat.terpaksa_x_byk_kali	repeat.failure	terpaksa ... byk kali	confidence=0.9
ms.repeat.tanya_x_byk_kali	repeat.failure	tanya ... byk kali	confidence=0.9
ms.repeat.call_x_byk_kali	repeat.failure	call ... byk kali	confidence=0.9
ms.repeat.email_x_byk_kali	repeat.failure	email ... byk kali	confidence=0.9
ms.repeat.emel_x_byk_kali	repeat.failure	emel ... byk kali	confidence=0.9
ms.repeat.mesej_x_byk_kali	repeat.failure	mesej ... byk kali	confidence=0.9
ms.repeat.lagi_dan_lagi_x_rosak	repeat.failure	lagi dan lagi ... rosak	confidence=0.9
ms.repeat.lagi_dan_lagi_x_putus	repeat.failure	lagi dan lagi ... putus	confidence=0.9
ms.repeat.lagi_dan_lagi_x_terputus	repeat.failure	lagi dan lagi ... terputus	confidence=0.9
ms.repeat.lagi_dan_lagi_x_gagal	repeat.failure	lagi dan lagi ... gagal*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_hilang	repeat.failure	lagi dan lagi ... hilang*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_lambat	repeat.failure	lagi dan lagi ... lambat	confidence=0.9
ms.repeat.lagi_dan_lagi_x_lewat	repeat.failure	lagi dan lagi ... lewat	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tergendala	repeat.failure	lagi dan lagi ... tergendala	confidence=0.9
ms.repeat.lagi_dan_lagi_x_gangguan	repeat.failure	lagi dan lagi ... gangguan*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_error	repeat.failure	lagi dan lagi ... error*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_eror	repeat.failure	lagi dan lagi ... eror*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_down	repeat.failure	lagi dan lagi ... down	confidence=0.9
ms.repeat.lagi_dan_lagi_x_masalah	repeat.failure	lagi dan lagi ... masalah	confidence=0.9
ms.repeat.lagi_dan_lagi_x_bermasalah	repeat.failure	lagi dan lagi ... bermasalah	confidence=0.9
ms.repeat.lagi_dan_lagi_x_isu	repeat.failure	lagi dan lagi ... isu	confidence=0.9
ms.repeat.lagi_dan_lagi_x_mengadu	repeat.failure	lagi dan lagi ... mengadu	confidence=0.9
ms.repeat.lagi_dan_lagi_x_aduan	repeat.failure	lagi dan lagi ... aduan	confidence=0.9
ms.repeat.lagi_dan_lagi_x_complain	repeat.failure	lagi dan lagi ... complain*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_komplen	repeat.failure	lagi dan lagi ... komplen*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_lapor	repeat.failure	lagi dan lagi ... lapor*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_melapor	repeat.failure	lagi dan lagi ... melapor*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_report	repeat.failure	lagi dan lagi ... report	confidence=0.9
ms.repeat.lagi_dan_lagi_x_hubungi	repeat.failure	lagi dan lagi ... hubungi*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_menghubungi	repeat.failure	lagi dan lagi ... menghubungi	confidence=0.9
ms.repeat.lagi_dan_lagi_x_telefon	repeat.failure	lagi dan lagi ... telefon	confidence=0.9
ms.repeat.lagi_dan_lagi_x_kecewa	repeat.failure	lagi dan lagi ... kecewa*	confidence=0.9
ms.repeat.lagi_dan_lagi_x_dicaj	repeat.failure	lagi dan lagi ... dicaj	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tak_dapat	repeat.failure	lagi dan lagi ... tak dapat	confidence=0.9
ms.repeat.lagi_dan_lagi_x_x_dapat	repeat.failure	lagi dan lagi ... x dapat	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tidak_dapat	repeat.failure	lagi dan lagi ... tidak dapat	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tak_boleh	repeat.failure	lagi dan lagi ... tak boleh	confidence=0.9
ms.repeat.lagi_dan_lagi_x_x_boleh	repeat.failure	lagi dan lagi ... x boleh	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tidak_boleh	repeat.failure	lagi dan lagi ... tidak boleh	confidence=0.9
ms.repeat.lagi_dan_lagi_x_mati	repeat.failure	lagi dan lagi ... mati	confidence=0.9
ms.repeat.lagi_dan_lagi_x_cuba	repeat.failure	lagi dan lagi ... cuba	confidence=0.9
ms.repeat.lagi_dan_lagi_x_mencuba	repeat.failure	lagi dan lagi ... mencuba	confidence=0.9
ms.repeat.lagi_dan_lagi_x_terpaksa	repeat.failure	lagi dan lagi ... terpaksa	confidence=0.9
ms.repeat.lagi_dan_lagi_x_tanya	repeat.failure	lagi dan lagi ... tanya	confidence=0.9
ms.repeat.lagi_dan_lagi_x_call	repeat.failure	lagi dan lagi ... call	confidence=0.9
ms.repeat.lagi_dan_lagi_x_email	repeat.failure	lagi dan lagi ... email	confidence=0.9
ms.repeat.lagi_dan_lagi_x_emel	repeat.failure	lagi dan lagi ... emel	confidence=0.9
ms.repeat.lagi_dan_lagi_x_mesej	repeat.failure	lagi dan lagi ... mesej	confidence=0.9
ms.repeat.rosak_x_lagi_dan_lagi	repeat.failure	rosak ... lagi dan lagi	confidence=0.9
ms.repeat.putus_x_lagi_dan_lagi	repeat.failure	putus ... lagi dan lagi	confidence=0.9
ms.repeat.terputus_x_lagi_dan_lagi	repeat.failure	terputus ... lagi dan lagi	confidence=0.9
ms.repeat.gagal_x_lagi_dan_lagi	repeat.failure	gagal* ... lagi dan lagi	confidence=0.9
ms.repeat.hilang_x_lagi_dan_lagi	repeat.failure	hilang* ... lagi dan lagi	confidence=0.9
ms.repeat.lambat_x_lagi_dan_lagi	repeat.failure	lambat ... lagi dan lagi	confidence=0.9
ms.repeat.lewat_x_lagi_dan_lagi	repeat.failure	lewat ... lagi dan lagi	confidence=0.9
ms.repeat.tergendala_x_lagi_dan_lagi	repeat.failure	tergendala ... lagi dan lagi	confidence=0.9
ms.repeat.gangguan_x_lagi_dan_lagi	repeat.failure	gangguan* ... lagi dan lagi	confidence=0.9
ms.repeat.error_x_lagi_dan_lagi	repeat.failure	error* ... lagi dan lagi	confidence=0.9
ms.repeat.eror_x_lagi_dan_lagi	repeat.failure	eror* ... lagi dan lagi	confidence=0.9
ms.repeat.down_x_lagi_dan_lagi	repeat.failure	down ... lagi dan lagi	confidence=0.9
ms.repeat.masalah_x_lagi_dan_lagi	repeat.failure	masalah ... lagi dan lagi	confidence=0.9
ms.repeat.bermasalah_x_lagi_dan_lagi	repeat.failure	bermasalah ... lagi dan lagi	confidence=0.9
ms.repeat.isu_x_lagi_dan_lagi	repeat.failure	isu ... lagi dan lagi	confidence=0.9
ms.repeat.mengadu_x_lagi_dan_lagi	repeat.failure	mengadu ... lagi dan lagi	confidence=0.9
ms.repeat.aduan_x_lagi_dan_lagi	repeat.failure	aduan ... lagi dan lagi	confidence=0.9
ms.repeat.complain_x_lagi_dan_lagi	repeat.failure	complain* ... lagi dan lagi	confidence=0.9
ms.repeat.komplen_x_lagi_dan_lagi	repeat.failure	komplen* ... lagi dan lagi	confidence=0.9
ms.repeat.lapor_x_lagi_dan_lagi	repeat.failure	lapor* ... lagi dan lagi	confidence=0.9
ms.repeat.melapor_x_lagi_dan_lagi	repeat.failure	melapor* ... lagi dan lagi	confidence=0.9
ms.repeat.report_x_lagi_dan_lagi	repeat.failure	report ... lagi dan lagi	confidence=0.9
ms.repeat.hubungi_x_lagi_dan_lagi	repeat.failure	hubungi* ... lagi dan lagi	confidence=0.9
ms.repeat.menghubungi_x_lagi_dan_lagi	repeat.failure	menghubungi ... lagi dan lagi	confidence=0.9
ms.repeat.telefon_x_lagi_dan_lagi	repeat.failure	telefon ... lagi dan lagi	confidence=0.9
ms.repeat.kecewa_x_lagi_dan_lagi	repeat.failure	kecewa* ... lagi dan lagi	confidence=0.9
ms.repeat.dicaj_x_lagi_dan_lagi	repeat.failure	dicaj ... lagi dan lagi	confidence=0.9
ms.repeat.tak_dapat_x_lagi_dan_lagi	repeat.failure	tak dapat ... lagi dan lagi	confidence=0.9
ms.repeat.x_dapat_x_lagi_dan_lagi	repeat.failure	x dapat ... lagi dan lagi	confidence=0.9
ms.repeat.tidak_dapat_x_lagi_dan_lagi	repeat.failure	tidak dapat ... lagi dan lagi	confidence=0.9
ms.repeat.tak_boleh_x_lagi_dan_lagi	repeat.failure	tak boleh ... lagi dan lagi	confidence=0.9
ms.repeat.x_boleh_x_lagi_dan_lagi	repeat.failure	x boleh ... lagi dan lagi	confidence=0.9
ms.repeat.tidak_boleh_x_lagi_dan_lagi	repeat.failure	tidak boleh ... lagi dan lagi	confidence=0.9
ms.repeat.mati_x_lagi_dan_lagi	repeat.failure	mati ... lagi dan lagi	confidence=0.9
ms.repeat.cuba_x_lagi_dan_lagi	repeat.failure	cuba ... lagi dan lagi	confidence=0.9
ms.repeat.mencuba_x_lagi_dan_lagi	repeat.failure	mencuba ... lagi dan lagi	confidence=0.9
ms.repeat.terpaksa_x_lagi_dan_lagi	repeat.failure	terpaksa ... lagi dan lagi	confidence=0.9
ms.repeat.tanya_x_lagi_dan_lagi	repeat.failure	tanya ... lagi dan lagi	confidence=0.9
ms.repeat.call_x_lagi_dan_lagi	repeat.failure	call ... lagi dan lagi	confidence=0.9
ms.repeat.email_x_lagi_dan_lagi	repeat.failure	email ... lagi dan lagi	confidence=0.9
ms.repeat.emel_x_lagi_dan_lagi	repeat.failure	emel ... lagi dan lagi	confidence=0.9
ms.repeat.mesej_x_lagi_dan_lagi	repeat.failure	mesej ... lagi dan lagi	confidence=0.9

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
ms.public.post_x_fb	public.exposure	post ... fb	confidence=0.85
ms.public.post_x_facebook	public.exposure	post ... facebook	confidence=0.85
ms.public.post_x_twitter	public.exposure	post ... twitter	confidence=0.85
ms.public.post_x_tiktok	public.exposure	post ... tiktok	confidence=0.85
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
ms.public.kpdn	public.exposure	kpdn	confidence=0.75
ms.public.kpdnhep	public.exposure	kpdnhep	confidence=0.75
ms.public.mcmc	public.exposure	mcmc	confidence=0.75
ms.public.tribunal	public.exposure	tribunal	confidence=0.6
ms.public.surat_khabar	public.exposure	surat khabar	confidence=0.7
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
ms.urgency.sangat_mendesak	urgency	sangat mendesak	confidence=0.85
ms.urgency.amat_mendesak	urgency	amat mendesak	confidence=0.85
ms.urgency.sgt_mendesak	urgency	sgt mendesak	confidence=0.85
ms.urgency.urusan_mendesak	urgency	urusan mendesak	confidence=0.85
ms.urgency.keperluan_mendesak	urgency	keperluan mendesak	confidence=0.85
ms.urgency.perkara_mendesak	urgency	perkara mendesak	confidence=0.85
ms.urgency.hal_mendesak	urgency	hal mendesak	confidence=0.85
ms.urgency.mendesak_sangat	urgency	mendesak sangat	confidence=0.85
ms.urgency.mendesak_sgt	urgency	mendesak sgt	confidence=0.85
ms.urgency.mendesak_sekali	urgency	mendesak sekali	confidence=0.85
ms.urgency.ini_darurat	urgency	ini darurat	confidence=0.85
ms.urgency.sangat_darurat	urgency	sangat darurat	confidence=0.85
ms.urgency.amat_darurat	urgency	amat darurat	confidence=0.85
ms.urgency.darurat_sangat	urgency	darurat sangat	confidence=0.85
ms.urgency.darurat_sgt	urgency	darurat sgt	confidence=0.85
ms.urgency.darurat_sekali	urgency	darurat sekali	confidence=0.85
ms.urgency.urusan_darurat	urgency	urusan darurat	confidence=0.85
ms.urgency.keperluan_darurat	urgency	keperluan darurat	confidence=0.85
ms.urgency.tolong_x_secepat_mungkin	urgency	tolong ... secepat mungkin	confidence=0.85
ms.urgency.tolong_x_sekarang_juga	urgency	tolong ... sekarang juga	confidence=0.85
ms.urgency.mohon_x_secepat_mungkin	urgency	mohon ... secepat mungkin	confidence=0.85
ms.urgency.mohon_x_sekarang_juga	urgency	mohon ... sekarang juga	confidence=0.85
ms.urgency.harap_x_secepat_mungkin	urgency	harap ... secepat mungkin	confidence=0.85
ms.urgency.harap_x_sekarang_juga	urgency	harap ... sekarang juga	confidence=0.85
ms.urgency.minta_x_secepat_mungkin	urgency	minta ... secepat mungkin	confidence=0.85
ms.urgency.minta_x_sekarang_juga	urgency	minta ... sekarang juga	confidence=0.85
ms.urgency.sila_x_secepat_mungkin	urgency	sila ... secepat mungkin	confidence=0.85
ms.urgency.sila_x_sekarang_juga	urgency	sila ... sekarang juga	confidence=0.85
ms.urgency.perlu_x_secepat_mungkin	urgency	perlu ... secepat mungkin	confidence=0.85
ms.urgency.perlu_x_sekarang_juga	urgency	perlu ... sekarang juga	confidence=0.85
ms.urgency.mesti_x_secepat_mungkin	urgency	mesti ... secepat mungkin	confidence=0.85
ms.urgency.mesti_x_sekarang_juga	urgency	mesti ... sekarang juga	confidence=0.85
ms.urgency.kena_x_secepat_mungkin	urgency	kena ... secepat mungkin	confidence=0.85
ms.urgency.kena_x_sekarang_juga	urgency	kena ... sekarang juga	confidence=0.85

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
ms.value.tempahan_besar	value.at_risk	tempahan besar
ms.value.pesanan_besar	value.at_risk	pesanan besar	confidence=0.85
ms.value.order_besar	value.at_risk	order besar	confidence=0.85
ms.value.pembelian_besar	value.at_risk	pembelian besar	confidence=0.8
ms.value.secara_pukal	value.at_risk	secara pukal	confidence=0.85
ms.value.kontrak_besar	value.at_risk	kontrak besar	confidence=0.85
ms.value.pembaharuan_kontrak	value.at_risk	pembaharuan kontrak	confidence=0.85
ms.value.nilai_kontrak	value.at_risk	nilai kontrak	confidence=0.85
ms.value.projek_besar	value.at_risk	projek besar	confidence=0.8
ms.value.klien_besar	value.at_risk	klien besar	confidence=0.8
ms.value.puluh_ribu	value.at_risk	puluh ribu	confidence=0.7
ms.value.ratus_ribu	value.at_risk	ratus ribu	confidence=0.8
ms.value.juta_ringgit	value.at_risk	juta ringgit	confidence=0.85
ms.value.ratusan_unit	value.at_risk	ratusan unit	confidence=0.8
ms.value.ribuan_unit	value.at_risk	ribuan unit	confidence=0.85

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
# "diam-diam" / "senyap-senyap" is a change without notice only with the change it qualifies ("diam-diam naikkan harga");
# alone it is "secretly" in any story ("diam-diam dia suka")
ms.unannounced.diam_diam_naik	change.unannounced	diam diam naik*	confidence=0.85
ms.unannounced.diam_diam_menaik	change.unannounced	diam diam menaik*	confidence=0.85
ms.unannounced.diam_diam_dinaikkan	change.unannounced	diam diam dinaikkan	confidence=0.85
ms.unannounced.diam_diam_tukar	change.unannounced	diam diam tukar	confidence=0.85
ms.unannounced.diam_diam_menukar	change.unannounced	diam diam menukar	confidence=0.85
ms.unannounced.diam_diam_ditukar	change.unannounced	diam diam ditukar	confidence=0.85
ms.unannounced.diam_diam_ubah	change.unannounced	diam diam ubah*	confidence=0.85
ms.unannounced.diam_diam_mengubah	change.unannounced	diam diam mengubah*	confidence=0.85
ms.unannounced.diam_diam_diubah	change.unannounced	diam diam diubah	confidence=0.85
ms.unannounced.diam_diam_potong	change.unannounced	diam diam potong*	confidence=0.85
ms.unannounced.diam_diam_memotong	change.unannounced	diam diam memotong*	confidence=0.85
ms.unannounced.diam_diam_dipotong	change.unannounced	diam diam dipotong	confidence=0.85
ms.unannounced.diam_diam_tolak	change.unannounced	diam diam tolak	confidence=0.85
ms.unannounced.diam_diam_ditolak	change.unannounced	diam diam ditolak	confidence=0.85
ms.unannounced.diam_diam_caj	change.unannounced	diam diam caj	confidence=0.85
ms.unannounced.diam_diam_mengecaj	change.unannounced	diam diam mengecaj	confidence=0.85
ms.unannounced.diam_diam_dicaj	change.unannounced	diam diam dicaj	confidence=0.85
ms.unannounced.diam_diam_tarik	change.unannounced	diam diam tarik*	confidence=0.85
ms.unannounced.diam_diam_menarik	change.unannounced	diam diam menarik*	confidence=0.85
ms.unannounced.diam_diam_ditarik	change.unannounced	diam diam ditarik	confidence=0.85
ms.unannounced.diam_diam_aktifkan	change.unannounced	diam diam aktifkan	confidence=0.85
ms.unannounced.diam_diam_mengaktifkan	change.unannounced	diam diam mengaktifkan	confidence=0.85
ms.unannounced.diam_diam_diaktifkan	change.unannounced	diam diam diaktifkan	confidence=0.85
ms.unannounced.diam_diam_daftar	change.unannounced	diam diam daftar*	confidence=0.85
ms.unannounced.diam_diam_mendaftarkan	change.unannounced	diam diam mendaftarkan	confidence=0.85
ms.unannounced.diam_diam_didaftarkan	change.unannounced	diam diam didaftarkan	confidence=0.85
ms.unannounced.diam_diam_langgan	change.unannounced	diam diam langgan*	confidence=0.85
ms.unannounced.diam_diam_melanggan	change.unannounced	diam diam melanggan	confidence=0.85
ms.unannounced.diam_diam_tambah	change.unannounced	diam diam tambah*	confidence=0.85
ms.unannounced.diam_diam_menambah	change.unannounced	diam diam menambah*	confidence=0.85
ms.unannounced.diam_diam_ditambah	change.unannounced	diam diam ditambah	confidence=0.85
ms.unannounced.diam_diam_kurangkan	change.unannounced	diam diam kurangkan	confidence=0.85
ms.unannounced.diam_diam_mengurangkan	change.unannounced	diam diam mengurangkan	confidence=0.85
ms.unannounced.diam_diam_dikurangkan	change.unannounced	diam diam dikurangkan	confidence=0.85
ms.unannounced.diam_diam_buang	change.unannounced	diam diam buang	confidence=0.85
ms.unannounced.diam_diam_membuang	change.unannounced	diam diam membuang	confidence=0.85
ms.unannounced.diam_diam_dibuang	change.unannounced	diam diam dibuang	confidence=0.85
ms.unannounced.diam_diam_hentikan	change.unannounced	diam diam hentikan	confidence=0.85
ms.unannounced.diam_diam_menghentikan	change.unannounced	diam diam menghentikan	confidence=0.85
ms.unannounced.diam_diam_dihentikan	change.unannounced	diam diam dihentikan	confidence=0.85
ms.unannounced.diam_diam_tutup	change.unannounced	diam diam tutup	confidence=0.85
ms.unannounced.diam_diam_menutup	change.unannounced	diam diam menutup	confidence=0.85
ms.unannounced.diam_diam_ditutup	change.unannounced	diam diam ditutup	confidence=0.85
ms.unannounced.senyap_senyap_naik	change.unannounced	senyap senyap naik*	confidence=0.85
ms.unannounced.senyap_senyap_menaik	change.unannounced	senyap senyap menaik*	confidence=0.85
ms.unannounced.senyap_senyap_dinaikkan	change.unannounced	senyap senyap dinaikkan	confidence=0.85
ms.unannounced.senyap_senyap_tukar	change.unannounced	senyap senyap tukar	confidence=0.85
ms.unannounced.senyap_senyap_menukar	change.unannounced	senyap senyap menukar	confidence=0.85
ms.unannounced.senyap_senyap_ditukar	change.unannounced	senyap senyap ditukar	confidence=0.85
ms.unannounced.senyap_senyap_ubah	change.unannounced	senyap senyap ubah*	confidence=0.85
ms.unannounced.senyap_senyap_mengubah	change.unannounced	senyap senyap mengubah*	confidence=0.85
ms.unannounced.senyap_senyap_diubah	change.unannounced	senyap senyap diubah	confidence=0.85
ms.unannounced.senyap_senyap_potong	change.unannounced	senyap senyap potong*	confidence=0.85
ms.unannounced.senyap_senyap_memotong	change.unannounced	senyap senyap memotong*	confidence=0.85
ms.unannounced.senyap_senyap_dipotong	change.unannounced	senyap senyap dipotong	confidence=0.85
ms.unannounced.senyap_senyap_tolak	change.unannounced	senyap senyap tolak	confidence=0.85
ms.unannounced.senyap_senyap_ditolak	change.unannounced	senyap senyap ditolak	confidence=0.85
ms.unannounced.senyap_senyap_caj	change.unannounced	senyap senyap caj	confidence=0.85
ms.unannounced.senyap_senyap_mengecaj	change.unannounced	senyap senyap mengecaj	confidence=0.85
ms.unannounced.senyap_senyap_dicaj	change.unannounced	senyap senyap dicaj	confidence=0.85
ms.unannounced.senyap_senyap_tarik	change.unannounced	senyap senyap tarik*	confidence=0.85
ms.unannounced.senyap_senyap_menarik	change.unannounced	senyap senyap menarik*	confidence=0.85
ms.unannounced.senyap_senyap_ditarik	change.unannounced	senyap senyap ditarik	confidence=0.85
ms.unannounced.senyap_senyap_aktifkan	change.unannounced	senyap senyap aktifkan	confidence=0.85
ms.unannounced.senyap_senyap_mengaktifkan	change.unannounced	senyap senyap mengaktifkan	confidence=0.85
ms.unannounced.senyap_senyap_diaktifkan	change.unannounced	senyap senyap diaktifkan	confidence=0.85
ms.unannounced.senyap_senyap_daftar	change.unannounced	senyap senyap daftar*	confidence=0.85
ms.unannounced.senyap_senyap_mendaftarkan	change.unannounced	senyap senyap mendaftarkan	confidence=0.85
ms.unannounced.senyap_senyap_didaftarkan	change.unannounced	senyap senyap didaftarkan	confidence=0.85
ms.unannounced.senyap_senyap_langgan	change.unannounced	senyap senyap langgan*	confidence=0.85
ms.unannounced.senyap_senyap_melanggan	change.unannounced	senyap senyap melanggan	confidence=0.85
ms.unannounced.senyap_senyap_tambah	change.unannounced	senyap senyap tambah*	confidence=0.85
ms.unannounced.senyap_senyap_menambah	change.unannounced	senyap senyap menambah*	confidence=0.85
ms.unannounced.senyap_senyap_ditambah	change.unannounced	senyap senyap ditambah	confidence=0.85
ms.unannounced.senyap_senyap_kurangkan	change.unannounced	senyap senyap kurangkan	confidence=0.85
ms.unannounced.senyap_senyap_mengurangkan	change.unannounced	senyap senyap mengurangkan	confidence=0.85
ms.unannounced.senyap_senyap_dikurangkan	change.unannounced	senyap senyap dikurangkan	confidence=0.85
ms.unannounced.senyap_senyap_buang	change.unannounced	senyap senyap buang	confidence=0.85
ms.unannounced.senyap_senyap_membuang	change.unannounced	senyap senyap membuang	confidence=0.85
ms.unannounced.senyap_senyap_dibuang	change.unannounced	senyap senyap dibuang	confidence=0.85
ms.unannounced.senyap_senyap_hentikan	change.unannounced	senyap senyap hentikan	confidence=0.85
ms.unannounced.senyap_senyap_menghentikan	change.unannounced	senyap senyap menghentikan	confidence=0.85
ms.unannounced.senyap_senyap_dihentikan	change.unannounced	senyap senyap dihentikan	confidence=0.85
ms.unannounced.senyap_senyap_tutup	change.unannounced	senyap senyap tutup	confidence=0.85
ms.unannounced.senyap_senyap_menutup	change.unannounced	senyap senyap menutup	confidence=0.85
ms.unannounced.senyap_senyap_ditutup	change.unannounced	senyap senyap ditutup	confidence=0.85

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
# suggestions and being ignored, colloquial forms (added with the golden review)
ms.suggest.patut_x_sediakan	positive.suggestion	patut ... sediakan	confidence=0.85
ms.suggest.patut_x_tambah_w	positive.suggestion	patut ... tambah*	confidence=0.85
ms.suggest.sepatutnya_x_sediakan	positive.suggestion	sepatutnya ... sediakan	confidence=0.8
ms.ignored.takde_sapa_balas	ignored	takde sapa ... balas	confidence=0.95
ms.ignored.takde_siapa_balas	ignored	takde siapa ... balas	confidence=0.95
ms.ignored.xde_sapa_balas	ignored	xde sapa ... balas	confidence=0.95
ms.ignored.takde_orang_balas	ignored	takde orang ... balas	confidence=0.9
# gaps found by the cue table tests
ms.ignored.tak_ada_siapa_balas	ignored	tak ada siapa ... balas	confidence=0.95
ms.ignored.tak_ada_siapa_jawab	ignored	tak ada siapa ... jawab	confidence=0.95
ms.downgrade.turunkan_pelan	signal.downgrade	turunkan pelan	confidence=0.9
ms.downgrade.turun_pelan	signal.downgrade	turun pelan	confidence=0.85
ms.downgrade.tukar_ke_pelan_x_murah	signal.downgrade	tukar ke pelan ... murah	confidence=0.85
