# Indonesian (id) cue lexicon: entries for the 15 triage cues of the domain brief,
# in standard and colloquial/social-media spelling (gak, nggak, ga, udah, bgt, aja, tdk, yg).
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Hyphenated words are split by the tokenizer: "lagi-lagi" is written "lagi lagi".
# Scope words (negation, resolved, conditional), units and ordinals live in scope.lex.

# churn.cancel: intends to cancel, close, leave or end the relationship
id.cancel.berhenti_berlangganan	churn.cancel	berhenti berlangganan	confidence=0.95
id.cancel.berhenti_langganan	churn.cancel	berhenti langganan	confidence=0.95
id.cancel.stop_berlangganan	churn.cancel	stop berlangganan	confidence=0.95
id.cancel.stop_langganan	churn.cancel	stop langganan	confidence=0.95
id.cancel.putus_langganan	churn.cancel	putus langganan
id.cancel.putuskan_langganan	churn.cancel	putuskan langganan
id.cancel.memutus_x_langganan	churn.cancel	memutus* ... langganan	confidence=0.85
id.cancel.putus_kontrak	churn.cancel	putus kontrak	confidence=0.85
id.cancel.pemutusan_x_langganan	churn.cancel	pemutusan ... langganan	confidence=0.85
id.cancel.pemutusan_kontrak	churn.cancel	pemutusan kontrak	confidence=0.85
id.cancel.berhenti_pakai	churn.cancel	berhenti pakai	confidence=0.85
id.cancel.berhenti_menggunakan	churn.cancel	berhenti menggunakan	confidence=0.85
id.cancel.stop_pakai	churn.cancel	stop pakai	confidence=0.85
id.cancel.berhenti_x_pelanggan	churn.cancel	berhenti ... pelanggan
id.cancel.mau_berhenti	churn.cancel	mau berhenti	confidence=0.7
id.cancel.ingin_berhenti	churn.cancel	ingin berhenti	confidence=0.7
id.cancel.pengen_berhenti	churn.cancel	pengen berhenti	confidence=0.7
id.cancel.batalkan_x_langganan	churn.cancel	batalkan ... langganan	confidence=0.95
id.cancel.membatalkan_x_langganan	churn.cancel	membatalkan ... langganan	confidence=0.95
id.cancel.pembatalan_x_langganan	churn.cancel	pembatalan ... langganan	confidence=0.85
id.cancel.batalin_x_langganan	churn.cancel	batalin ... langganan	confidence=0.95
id.cancel.langganan_x_dibatalkan	churn.cancel	langganan ... dibatalkan
id.cancel.batalkan_x_akun	churn.cancel	batalkan ... akun
id.cancel.membatalkan_x_akun	churn.cancel	membatalkan ... akun
id.cancel.batalin_x_akun	churn.cancel	batalin ... akun
id.cancel.akun_x_dibatalkan	churn.cancel	akun ... dibatalkan	confidence=0.85
id.cancel.batalkan_x_kontrak	churn.cancel	batalkan ... kontrak
id.cancel.membatalkan_x_kontrak	churn.cancel	membatalkan ... kontrak
id.cancel.pembatalan_x_kontrak	churn.cancel	pembatalan ... kontrak	confidence=0.85
id.cancel.batalkan_x_layanan	churn.cancel	batalkan ... layanan
id.cancel.membatalkan_x_layanan	churn.cancel	membatalkan ... layanan
id.cancel.pembatalan_layanan	churn.cancel	pembatalan layanan	confidence=0.85
id.cancel.mau_batal_w	churn.cancel	mau batal*	confidence=0.7
id.cancel.ingin_batal_w	churn.cancel	ingin batal*	confidence=0.7
id.cancel.mau_membatalkan	churn.cancel	mau membatalkan	confidence=0.8
id.cancel.ingin_membatalkan	churn.cancel	ingin membatalkan	confidence=0.8
id.cancel.minta_dibatalkan	churn.cancel	minta dibatalkan	confidence=0.8
id.cancel.membatalkn	churn.cancel	membatalkn	confidence=0.7
id.cancel.batalkn	churn.cancel	batalkn	confidence=0.7
id.cancel.tutup_x_akun	churn.cancel	tutup ... akun
id.cancel.menutup_x_akun	churn.cancel	menutup ... akun
id.cancel.penutupan_x_akun	churn.cancel	penutupan ... akun	confidence=0.85
id.cancel.tutup_x_rekening	churn.cancel	tutup ... rekening
id.cancel.menutup_x_rekening	churn.cancel	menutup ... rekening
id.cancel.penutupan_x_rekening	churn.cancel	penutupan ... rekening	confidence=0.85
id.cancel.hapus_x_akun	churn.cancel	hapus ... akun	confidence=0.85
id.cancel.menghapus_x_akun	churn.cancel	menghapus ... akun	confidence=0.85
id.cancel.nonaktifkan_x_akun	churn.cancel	nonaktifkan ... akun	confidence=0.8
id.cancel.menonaktifkan_x_akun	churn.cancel	menonaktifkan ... akun	confidence=0.8
id.cancel.cancel_x_langganan	churn.cancel	cancel ... langganan
id.cancel.cancel_x_akun	churn.cancel	cancel ... akun
id.cancel.mau_cancel	churn.cancel	mau cancel	confidence=0.8
id.cancel.cancel_aja	churn.cancel	cancel aja	confidence=0.75
id.cancel.tidak_mau_pakai_x_lagi	churn.cancel	tidak mau pakai ... lagi
id.cancel.tidak_mau_x_pelanggan_x_lagi	churn.cancel	tidak mau ... pelanggan ... lagi
id.cancel.gak_mau_pakai_x_lagi	churn.cancel	gak mau pakai ... lagi
id.cancel.ga_mau_pakai_x_lagi	churn.cancel	ga mau pakai ... lagi
id.cancel.nggak_mau_pakai_x_lagi	churn.cancel	nggak mau pakai ... lagi
id.cancel.tidak_akan_x_beli_x_lagi	churn.cancel	tidak akan ... beli ... lagi
id.cancel.gak_akan_x_beli_x_lagi	churn.cancel	gak akan ... beli ... lagi
id.cancel.tidak_akan_x_pakai_x_lagi	churn.cancel	tidak akan ... pakai ... lagi
id.cancel.gak_akan_x_pakai_x_lagi	churn.cancel	gak akan ... pakai ... lagi
id.cancel.ogah_pakai	churn.cancel	ogah pakai	confidence=0.85
id.cancel.ogah_beli	churn.cancel	ogah beli	confidence=0.8
id.cancel.kapok	churn.cancel	kapok	confidence=0.8
id.cancel.kapok_pakai	churn.cancel	kapok pakai
id.cancel.kapok_beli	churn.cancel	kapok beli
id.cancel.kapok_langganan	churn.cancel	kapok langganan
id.cancel.ini_terakhir_kali	churn.cancel	ini terakhir kali	confidence=0.8
id.cancel.ini_yang_terakhir	churn.cancel	ini yang terakhir	confidence=0.75
id.cancel.tidak_akan_memperpanjang	churn.cancel	tidak akan memperpanjang	confidence=0.8
id.cancel.gak_akan_perpanjang	churn.cancel	gak akan perpanjang	confidence=0.8
id.cancel.ga_akan_perpanjang	churn.cancel	ga akan perpanjang	confidence=0.8
id.cancel.mending_berhenti	churn.cancel	mending berhenti	confidence=0.85
id.cancel.mending_tutup	churn.cancel	mending tutup	confidence=0.85
id.cancel.mendingan_berhenti	churn.cancel	mendingan berhenti	confidence=0.85
id.cancel.cabut_langganan	churn.cancel	cabut langganan	confidence=0.85
id.cancel.cukup_sampai_di_sini	churn.cancel	cukup sampai di sini	confidence=0.85
id.cancel.cukup_sampai_disini	churn.cancel	cukup sampai disini	confidence=0.85
id.cancel.udahan_aja	churn.cancel	udahan aja	confidence=0.7

# churn.switch: moving to or shopping at a competitor
id.switch.pindah_ke_at	churn.switch	pindah ke <handle>
id.switch.beralih_ke_at	churn.switch	beralih ke <handle>
id.switch.pindah_provider	churn.switch	pindah provider
id.switch.pindah_operator	churn.switch	pindah operator
id.switch.pindah_layanan	churn.switch	pindah layanan	confidence=0.85
id.switch.ganti_provider	churn.switch	ganti provider
id.switch.ganti_operator	churn.switch	ganti operator
id.switch.ganti_ke_at	churn.switch	ganti ke <handle>
id.switch.provider_lain	churn.switch	provider lain	confidence=0.8
id.switch.operator_lain	churn.switch	operator lain	confidence=0.8
id.switch.perusahaan_lain	churn.switch	perusahaan lain	confidence=0.7
id.switch.toko_lain	churn.switch	toko lain	confidence=0.75
id.switch.maskapai_lain	churn.switch	maskapai lain	confidence=0.75
id.switch.ekspedisi_lain	churn.switch	ekspedisi lain	confidence=0.75
id.switch.kurir_lain	churn.switch	kurir lain	confidence=0.75
id.switch.kompetitor	churn.switch	kompetitor	confidence=0.7
id.switch.toko_sebelah	churn.switch	toko sebelah	confidence=0.8
id.switch.provider_sebelah	churn.switch	provider sebelah	confidence=0.85
id.switch.lebih_murah_di	churn.switch	lebih murah di	confidence=0.7
id.switch.mending_pakai	churn.switch	mending pakai	confidence=0.8
id.switch.mendingan_pakai	churn.switch	mendingan pakai	confidence=0.8
id.switch.mending_ke	churn.switch	mending ke	confidence=0.7
id.switch.mending_beli_di	churn.switch	mending beli di	confidence=0.8
id.switch.cari_alternatif	churn.switch	cari alternatif	confidence=0.8
id.switch.alternatif_lain	churn.switch	alternatif lain	confidence=0.75

# loyalty.tenure: states a long relationship; the number and unit give the duration
id.tenure.pelanggan_x_n_tahun	loyalty.tenure	pelanggan ... <num> tahun
id.tenure.pelanggan_sejak_yyyy	loyalty.tenure	pelanggan sejak <year>	confidence=0.95
id.tenure.pelanggan_sejak_tahun_yyyy	loyalty.tenure	pelanggan sejak tahun <year>	confidence=0.95
id.tenure.langganan_sejak_yyyy	loyalty.tenure	langganan sejak <year>
id.tenure.langganan_sejak_tahun_yyyy	loyalty.tenure	langganan sejak tahun <year>
id.tenure.berlangganan_sejak_yyyy	loyalty.tenure	berlangganan sejak <year>
id.tenure.berlangganan_x_n_tahun	loyalty.tenure	berlangganan ... <num> tahun
id.tenure.langganan_x_n_tahun	loyalty.tenure	langganan ... <num> tahun	confidence=0.85
id.tenure.n_tahun_langganan	loyalty.tenure	<num> tahun langganan
id.tenure.n_tahun_berlangganan	loyalty.tenure	<num> tahun berlangganan
id.tenure.n_tahun_x_pelanggan	loyalty.tenure	<num> tahun ... pelanggan	confidence=0.85
id.tenure.n_tahun_setia	loyalty.tenure	<num> tahun setia
id.tenure.setia_x_n_tahun	loyalty.tenure	setia ... <num> tahun
id.tenure.nasabah_sejak_yyyy	loyalty.tenure	nasabah sejak <year>
id.tenure.nasabah_x_n_tahun	loyalty.tenure	nasabah ... <num> tahun
id.tenure.member_sejak_yyyy	loyalty.tenure	member sejak <year>	confidence=0.85
id.tenure.pengguna_sejak_yyyy	loyalty.tenure	pengguna sejak <year>	confidence=0.85
id.tenure.pakai_x_n_tahun	loyalty.tenure	pakai ... <num> tahun	confidence=0.7
id.tenure.menggunakan_x_n_tahun	loyalty.tenure	menggunakan ... <num> tahun	confidence=0.7
id.tenure.pelanggan_setia	loyalty.tenure	pelanggan setia	confidence=0.85
id.tenure.nasabah_setia	loyalty.tenure	nasabah setia	confidence=0.85
id.tenure.pengguna_setia	loyalty.tenure	pengguna setia	confidence=0.85
id.tenure.lama_berlangganan	loyalty.tenure	lama berlangganan	confidence=0.8
id.tenure.bertahun_tahun_x_langganan	loyalty.tenure	bertahun tahun ... langganan	confidence=0.8
id.tenure.langganan_x_bertahun_tahun	loyalty.tenure	langganan ... bertahun tahun	confidence=0.8
id.tenure.pelanggan_x_bertahun_tahun	loyalty.tenure	pelanggan ... bertahun tahun	confidence=0.85
id.tenure.lama_langganan	loyalty.tenure	lama langganan	confidence=0.75
id.tenure.lama_jadi_pelanggan	loyalty.tenure	lama jadi pelanggan	confidence=0.85
id.tenure.sudah_lama_pakai	loyalty.tenure	sudah lama pakai	confidence=0.7
id.tenure.udah_lama_pakai	loyalty.tenure	udah lama pakai	confidence=0.7
id.tenure.pelanggan_x_dekade	loyalty.tenure	pelanggan ... dekade
# "pelanggan lama" is also "existing customers" in offers ("promo pelanggan lama"): only said of oneself
# ("sudah 5 tahun" alone is any span of time, not a relationship: it needs langganan/pelanggan/pakai)
id.tenure.saya_x_pelanggan_lama	loyalty.tenure	saya ... pelanggan lama	confidence=0.8
id.tenure.saya_x_nasabah_lama	loyalty.tenure	saya ... nasabah lama	confidence=0.8
id.tenure.aku_x_pelanggan_lama	loyalty.tenure	aku ... pelanggan lama	confidence=0.8
id.tenure.aku_x_nasabah_lama	loyalty.tenure	aku ... nasabah lama	confidence=0.8
id.tenure.kami_x_pelanggan_lama	loyalty.tenure	kami ... pelanggan lama	confidence=0.8
id.tenure.kami_x_nasabah_lama	loyalty.tenure	kami ... nasabah lama	confidence=0.8
id.tenure.gue_x_pelanggan_lama	loyalty.tenure	gue ... pelanggan lama	confidence=0.8
id.tenure.gue_x_nasabah_lama	loyalty.tenure	gue ... nasabah lama	confidence=0.8
id.tenure.gw_x_pelanggan_lama	loyalty.tenure	gw ... pelanggan lama	confidence=0.8
id.tenure.gw_x_nasabah_lama	loyalty.tenure	gw ... nasabah lama	confidence=0.8
id.tenure.sebagai_pelanggan_lama	loyalty.tenure	sebagai pelanggan lama	confidence=0.85
id.tenure.sebagai_nasabah_lama	loyalty.tenure	sebagai nasabah lama	confidence=0.85
id.tenure.selaku_pelanggan_lama	loyalty.tenure	selaku pelanggan lama	confidence=0.85
id.tenure.selaku_nasabah_lama	loyalty.tenure	selaku nasabah lama	confidence=0.85

# loyalty.referrals: says they recommended or referred others
id.referral.mengajak_x_teman	loyalty.referrals	sudah mengajak ... teman	confidence=0.85
id.referral.sudah_merekomendasi_w	loyalty.referrals	sudah merekomendasi*
id.referral.udah_merekomendasi_w	loyalty.referrals	udah merekomendasi*
id.referral.sudah_rekomendasi_w	loyalty.referrals	sudah rekomendasi*	confidence=0.85
id.referral.udah_rekomendasi_w	loyalty.referrals	udah rekomendasi*	confidence=0.85
id.referral.sudah_saya_rekomendasi_w	loyalty.referrals	sudah saya rekomendasi*
id.referral.pernah_merekomendasi_w	loyalty.referrals	pernah merekomendasi*	confidence=0.8
id.referral.udah_ngerekomen_w	loyalty.referrals	udah ngerekomen*	confidence=0.85
id.referral.mereferensikan	loyalty.referrals	mereferensikan	confidence=0.8
id.referral.sudah_mempromosikan	loyalty.referrals	sudah mempromosikan	confidence=0.8
id.referral.racunin	loyalty.referrals	racunin	confidence=0.75
id.referral.ngeracunin	loyalty.referrals	ngeracunin	confidence=0.75
id.referral.bawa_x_pelanggan	loyalty.referrals	bawa ... pelanggan	confidence=0.7

# repeat.failure: the problem happened before
id.repeat.lagi_lagi	repeat.failure	lagi lagi	confidence=0.95
id.repeat.lagi2	repeat.failure	lagi2
id.repeat.keberapa_kali_w	repeat.failure	keberapa kali*
id.repeat.terulang	repeat.failure	terulang*	confidence=0.85
id.repeat.kambuh	repeat.failure	kambuh	confidence=0.7
id.repeat.bukan_pertama_kali_w	repeat.failure	bukan pertama kali*	confidence=0.95
id.repeat.bukan_yang_pertama	repeat.failure	bukan yang pertama
id.repeat.bukan_sekali	repeat.failure	bukan sekali	confidence=0.85
id.repeat.sering_mati	repeat.failure	sering mati	confidence=0.85
id.repeat.sering_putus	repeat.failure	sering putus	confidence=0.85
id.repeat.sering_error	repeat.failure	sering error	confidence=0.85
id.repeat.sering_gangguan	repeat.failure	sering gangguan	confidence=0.85
id.repeat.sering_down	repeat.failure	sering down	confidence=0.85
id.repeat.sering_lemot	repeat.failure	sering lemot	confidence=0.8
id.repeat.sering_terjadi	repeat.failure	sering terjadi*	confidence=0.8
id.repeat.selalu_begini	repeat.failure	selalu begini	confidence=0.8
id.repeat.selalu_gini	repeat.failure	selalu gini	confidence=0.8
id.repeat.gini_terus	repeat.failure	gini terus	confidence=0.85
id.repeat.begini_terus	repeat.failure	begini terus	confidence=0.85
id.repeat.mati_terus	repeat.failure	mati terus	confidence=0.85
id.repeat.error_terus	repeat.failure	error terus	confidence=0.85
id.repeat.putus_terus	repeat.failure	putus terus	confidence=0.85
id.repeat.gangguan_terus	repeat.failure	gangguan terus	confidence=0.85
id.repeat.down_terus	repeat.failure	down terus	confidence=0.85
id.repeat.lemot_terus	repeat.failure	lemot terus	confidence=0.8
id.repeat.masih_tidak_bisa	repeat.failure	masih tidak bisa	confidence=0.8
id.repeat.masih_gak_bisa	repeat.failure	masih gak bisa	confidence=0.8
id.repeat.masih_ga_bisa	repeat.failure	masih ga bisa	confidence=0.8
id.repeat.masih_nggak_bisa	repeat.failure	masih nggak bisa	confidence=0.8
id.repeat.masih_error	repeat.failure	masih error	confidence=0.8
id.repeat.masih_mati	repeat.failure	masih mati	confidence=0.8
id.repeat.masih_gangguan	repeat.failure	masih gangguan	confidence=0.8
id.repeat.masalah_yang_sama	repeat.failure	masalah yang sama	confidence=0.85
id.repeat.masalah_sama	repeat.failure	masalah sama	confidence=0.75
id.repeat.kendala_yang_sama	repeat.failure	kendala yang sama	confidence=0.85
id.repeat.keluhan_yang_sama	repeat.failure	keluhan yang sama	confidence=0.85
id.repeat.mati_lagi	repeat.failure	mati lagi
id.repeat.down_lagi	repeat.failure	down lagi
id.repeat.error_lagi	repeat.failure	error lagi
id.repeat.rusak_lagi	repeat.failure	rusak lagi
id.repeat.gangguan_lagi	repeat.failure	gangguan lagi
id.repeat.putus_lagi	repeat.failure	putus lagi
id.repeat.terjadi_lagi	repeat.failure	terjadi* lagi
id.repeat.kejadian_lagi	repeat.failure	kejadian lagi
id.repeat.bermasalah_lagi	repeat.failure	bermasalah lagi
id.repeat.telat_lagi	repeat.failure	telat lagi
id.repeat.lemot_lagi	repeat.failure	lemot lagi	confidence=0.85
id.repeat.hilang_lagi	repeat.failure	hilang lagi	confidence=0.85
id.repeat.gagal_lagi	repeat.failure	gagal lagi
id.repeat.hang_lagi	repeat.failure	hang lagi	confidence=0.85
id.repeat.ngadat_lagi	repeat.failure	ngadat lagi
id.repeat.offline_lagi	repeat.failure	offline lagi
id.repeat.los_lagi	repeat.failure	los lagi	confidence=0.8
id.repeat.terlambat_lagi	repeat.failure	terlambat lagi
id.repeat.ditagih_lagi	repeat.failure	ditagih lagi	confidence=0.85
id.repeat.dipotong_lagi	repeat.failure	dipotong lagi	confidence=0.85
id.repeat.kepotong_lagi	repeat.failure	kepotong lagi	confidence=0.85
id.repeat.salah_lagi	repeat.failure	salah lagi	confidence=0.85
id.repeat.kena_lagi	repeat.failure	kena lagi	confidence=0.8
id.repeat.kembali_terjadi	repeat.failure	kembali terjadi*	confidence=0.85
id.repeat.kembali_error	repeat.failure	kembali error	confidence=0.85
id.repeat.kembali_mati	repeat.failure	kembali mati	confidence=0.85
id.repeat.kembali_bermasalah	repeat.failure	kembali bermasalah	confidence=0.85

# repeat.failure: a count of times ("kesekian kalinya", "berkali-kali", "ketiga kalinya", "kali kedua") is a
# repeat only next to the failure or complaint it counts ("sudah komplain berkali-kali", "ketiga kalinya gangguan",
# "error untuk kesekian kalinya"); alone it is as often a return visit or a habit ("kedua kalinya ke sini").
id.repeat.kesekian_x_kecewa	repeat.failure	kesekian kali* ... kecewa*	confidence=0.9
id.repeat.kesekian_x_dikecewakan	repeat.failure	kesekian kali* ... dikecewakan	confidence=0.9
id.repeat.kesekian_x_komplain	repeat.failure	kesekian kali* ... komplain*	confidence=0.9
id.repeat.kesekian_x_komplen	repeat.failure	kesekian kali* ... komplen*	confidence=0.9
id.repeat.kesekian_x_lapor	repeat.failure	kesekian kali* ... lapor*	confidence=0.9
id.repeat.kesekian_x_melapor	repeat.failure	kesekian kali* ... melapor*	confidence=0.9
id.repeat.kesekian_x_mengeluh	repeat.failure	kesekian kali* ... mengeluh*	confidence=0.9
id.repeat.kesekian_x_hubungi	repeat.failure	kesekian kali* ... hubungi*	confidence=0.9
id.repeat.kesekian_x_menghubungi	repeat.failure	kesekian kali* ... menghubungi	confidence=0.9
id.repeat.kesekian_x_telepon	repeat.failure	kesekian kali* ... telepon*	confidence=0.9
id.repeat.kesekian_x_telpon	repeat.failure	kesekian kali* ... telpon*	confidence=0.9
id.repeat.kesekian_x_error	repeat.failure	kesekian kali* ... error*	confidence=0.9
id.repeat.kesekian_x_eror	repeat.failure	kesekian kali* ... eror*	confidence=0.9
id.repeat.kesekian_x_gagal	repeat.failure	kesekian kali* ... gagal*	confidence=0.9
id.repeat.kesekian_x_rusak	repeat.failure	kesekian kali* ... rusak*	confidence=0.9
id.repeat.kesekian_x_mati	repeat.failure	kesekian kali* ... mati	confidence=0.9
id.repeat.kesekian_x_gangguan	repeat.failure	kesekian kali* ... gangguan*	confidence=0.9
id.repeat.kesekian_x_telat	repeat.failure	kesekian kali* ... telat*	confidence=0.9
id.repeat.kesekian_x_terlambat	repeat.failure	kesekian kali* ... terlambat*	confidence=0.9
id.repeat.kesekian_x_hilang	repeat.failure	kesekian kali* ... hilang*	confidence=0.9
id.repeat.kesekian_x_lemot	repeat.failure	kesekian kali* ... lemot*	confidence=0.9
id.repeat.kesekian_x_bermasalah	repeat.failure	kesekian kali* ... bermasalah	confidence=0.9
id.repeat.kesekian_x_masalah	repeat.failure	kesekian kali* ... masalah	confidence=0.9
id.repeat.kesekian_x_kendala	repeat.failure	kesekian kali* ... kendala*	confidence=0.9
id.repeat.kecewa_x_kesekian	repeat.failure	kecewa* ... kesekian kali*	confidence=0.9
id.repeat.dikecewakan_x_kesekian	repeat.failure	dikecewakan ... kesekian kali*	confidence=0.9
id.repeat.komplain_x_kesekian	repeat.failure	komplain* ... kesekian kali*	confidence=0.9
id.repeat.komplen_x_kesekian	repeat.failure	komplen* ... kesekian kali*	confidence=0.9
id.repeat.lapor_x_kesekian	repeat.failure	lapor* ... kesekian kali*	confidence=0.9
id.repeat.melapor_x_kesekian	repeat.failure	melapor* ... kesekian kali*	confidence=0.9
id.repeat.mengeluh_x_kesekian	repeat.failure	mengeluh* ... kesekian kali*	confidence=0.9
id.repeat.hubungi_x_kesekian	repeat.failure	hubungi* ... kesekian kali*	confidence=0.9
id.repeat.menghubungi_x_kesekian	repeat.failure	menghubungi ... kesekian kali*	confidence=0.9
id.repeat.telepon_x_kesekian	repeat.failure	telepon* ... kesekian kali*	confidence=0.9
id.repeat.telpon_x_kesekian	repeat.failure	telpon* ... kesekian kali*	confidence=0.9
id.repeat.error_x_kesekian	repeat.failure	error* ... kesekian kali*	confidence=0.9
id.repeat.eror_x_kesekian	repeat.failure	eror* ... kesekian kali*	confidence=0.9
id.repeat.gagal_x_kesekian	repeat.failure	gagal* ... kesekian kali*	confidence=0.9
id.repeat.rusak_x_kesekian	repeat.failure	rusak* ... kesekian kali*	confidence=0.9
id.repeat.mati_x_kesekian	repeat.failure	mati ... kesekian kali*	confidence=0.9
id.repeat.gangguan_x_kesekian	repeat.failure	gangguan* ... kesekian kali*	confidence=0.9
id.repeat.telat_x_kesekian	repeat.failure	telat* ... kesekian kali*	confidence=0.9
id.repeat.terlambat_x_kesekian	repeat.failure	terlambat* ... kesekian kali*	confidence=0.9
id.repeat.hilang_x_kesekian	repeat.failure	hilang* ... kesekian kali*	confidence=0.9
id.repeat.lemot_x_kesekian	repeat.failure	lemot* ... kesekian kali*	confidence=0.9
id.repeat.bermasalah_x_kesekian	repeat.failure	bermasalah ... kesekian kali*	confidence=0.9
id.repeat.masalah_x_kesekian	repeat.failure	masalah ... kesekian kali*	confidence=0.9
id.repeat.kendala_x_kesekian	repeat.failure	kendala* ... kesekian kali*	confidence=0.9
id.repeat.berkali_x_kecewa	repeat.failure	berkali* ... kecewa*	confidence=0.9
id.repeat.berkali_x_dikecewakan	repeat.failure	berkali* ... dikecewakan	confidence=0.9
id.repeat.berkali_x_komplain	repeat.failure	berkali* ... komplain*	confidence=0.9
id.repeat.berkali_x_komplen	repeat.failure	berkali* ... komplen*	confidence=0.9
id.repeat.berkali_x_lapor	repeat.failure	berkali* ... lapor*	confidence=0.9
id.repeat.berkali_x_melapor	repeat.failure	berkali* ... melapor*	confidence=0.9
id.repeat.berkali_x_mengeluh	repeat.failure	berkali* ... mengeluh*	confidence=0.9
id.repeat.berkali_x_hubungi	repeat.failure	berkali* ... hubungi*	confidence=0.9
id.repeat.berkali_x_menghubungi	repeat.failure	berkali* ... menghubungi	confidence=0.9
id.repeat.berkali_x_telepon	repeat.failure	berkali* ... telepon*	confidence=0.9
id.repeat.berkali_x_telpon	repeat.failure	berkali* ... telpon*	confidence=0.9
id.repeat.berkali_x_error	repeat.failure	berkali* ... error*	confidence=0.9
id.repeat.berkali_x_eror	repeat.failure	berkali* ... eror*	confidence=0.9
id.repeat.berkali_x_gagal	repeat.failure	berkali* ... gagal*	confidence=0.9
id.repeat.berkali_x_rusak	repeat.failure	berkali* ... rusak*	confidence=0.9
id.repeat.berkali_x_mati	repeat.failure	berkali* ... mati	confidence=0.9
id.repeat.berkali_x_gangguan	repeat.failure	berkali* ... gangguan*	confidence=0.9
id.repeat.berkali_x_telat	repeat.failure	berkali* ... telat*	confidence=0.9
id.repeat.berkali_x_terlambat	repeat.failure	berkali* ... terlambat*	confidence=0.9
id.repeat.berkali_x_hilang	repeat.failure	berkali* ... hilang*	confidence=0.9
id.repeat.berkali_x_lemot	repeat.failure	berkali* ... lemot*	confidence=0.9
id.repeat.berkali_x_bermasalah	repeat.failure	berkali* ... bermasalah	confidence=0.9
id.repeat.berkali_x_masalah	repeat.failure	berkali* ... masalah	confidence=0.9
id.repeat.berkali_x_kendala	repeat.failure	berkali* ... kendala*	confidence=0.9
id.repeat.kecewa_x_berkali	repeat.failure	kecewa* ... berkali*	confidence=0.9
id.repeat.dikecewakan_x_berkali	repeat.failure	dikecewakan ... berkali*	confidence=0.9
id.repeat.komplain_x_berkali	repeat.failure	komplain* ... berkali*	confidence=0.9
id.repeat.komplen_x_berkali	repeat.failure	komplen* ... berkali*	confidence=0.9
id.repeat.lapor_x_berkali	repeat.failure	lapor* ... berkali*	confidence=0.9
id.repeat.melapor_x_berkali	repeat.failure	melapor* ... berkali*	confidence=0.9
id.repeat.mengeluh_x_berkali	repeat.failure	mengeluh* ... berkali*	confidence=0.9
id.repeat.hubungi_x_berkali	repeat.failure	hubungi* ... berkali*	confidence=0.9
id.repeat.menghubungi_x_berkali	repeat.failure	menghubungi ... berkali*	confidence=0.9
id.repeat.telepon_x_berkali	repeat.failure	telepon* ... berkali*	confidence=0.9
id.repeat.telpon_x_berkali	repeat.failure	telpon* ... berkali*	confidence=0.9
id.repeat.error_x_berkali	repeat.failure	error* ... berkali*	confidence=0.9
id.repeat.eror_x_berkali	repeat.failure	eror* ... berkali*	confidence=0.9
id.repeat.gagal_x_berkali	repeat.failure	gagal* ... berkali*	confidence=0.9
id.repeat.rusak_x_berkali	repeat.failure	rusak* ... berkali*	confidence=0.9
id.repeat.mati_x_berkali	repeat.failure	mati ... berkali*	confidence=0.9
id.repeat.gangguan_x_berkali	repeat.failure	gangguan* ... berkali*	confidence=0.9
id.repeat.telat_x_berkali	repeat.failure	telat* ... berkali*	confidence=0.9
id.repeat.terlambat_x_berkali	repeat.failure	terlambat* ... berkali*	confidence=0.9
id.repeat.hilang_x_berkali	repeat.failure	hilang* ... berkali*	confidence=0.9
id.repeat.lemot_x_berkali	repeat.failure	lemot* ... berkali*	confidence=0.9
id.repeat.bermasalah_x_berkali	repeat.failure	bermasalah ... berkali*	confidence=0.9
id.repeat.masalah_x_berkali	repeat.failure	masalah ... berkali*	confidence=0.9
id.repeat.kendala_x_berkali	repeat.failure	kendala* ... berkali*	confidence=0.9
id.repeat.berulang_x_kecewa	repeat.failure	berulang* ... kecewa*	confidence=0.9
id.repeat.berulang_x_dikecewakan	repeat.failure	berulang* ... dikecewakan	confidence=0.9
id.repeat.berulang_x_komplain	repeat.failure	berulang* ... komplain*	confidence=0.9
id.repeat.berulang_x_komplen	repeat.failure	berulang* ... komplen*	confidence=0.9
id.repeat.berulang_x_lapor	repeat.failure	berulang* ... lapor*	confidence=0.9
id.repeat.berulang_x_melapor	repeat.failure	berulang* ... melapor*	confidence=0.9
id.repeat.berulang_x_mengeluh	repeat.failure	berulang* ... mengeluh*	confidence=0.9
id.repeat.berulang_x_hubungi	repeat.failure	berulang* ... hubungi*	confidence=0.9
id.repeat.berulang_x_menghubungi	repeat.failure	berulang* ... menghubungi	confidence=0.9
id.repeat.berulang_x_telepon	repeat.failure	berulang* ... telepon*	confidence=0.9
id.repeat.berulang_x_telpon	repeat.failure	berulang* ... telpon*	confidence=0.9
id.repeat.berulang_x_error	repeat.failure	berulang* ... error*	confidence=0.9
id.repeat.berulang_x_eror	repeat.failure	berulang* ... eror*	confidence=0.9
id.repeat.berulang_x_gagal	repeat.failure	berulang* ... gagal*	confidence=0.9
id.repeat.berulang_x_rusak	repeat.failure	berulang* ... rusak*	confidence=0.9
id.repeat.berulang_x_mati	repeat.failure	berulang* ... mati	confidence=0.9
id.repeat.berulang_x_gangguan	repeat.failure	berulang* ... gangguan*	confidence=0.9
id.repeat.berulang_x_telat	repeat.failure	berulang* ... telat*	confidence=0.9
id.repeat.berulang_x_terlambat	repeat.failure	berulang* ... terlambat*	confidence=0.9
id.repeat.berulang_x_hilang	repeat.failure	berulang* ... hilang*	confidence=0.9
id.repeat.berulang_x_lemot	repeat.failure	berulang* ... lemot*	confidence=0.9
id.repeat.berulang_x_bermasalah	repeat.failure	berulang* ... bermasalah	confidence=0.9
id.repeat.berulang_x_masalah	repeat.failure	berulang* ... masalah	confidence=0.9
id.repeat.berulang_x_kendala	repeat.failure	berulang* ... kendala*	confidence=0.9
id.repeat.kecewa_x_berulang	repeat.failure	kecewa* ... berulang*	confidence=0.9
id.repeat.dikecewakan_x_berulang	repeat.failure	dikecewakan ... berulang*	confidence=0.9
id.repeat.komplain_x_berulang	repeat.failure	komplain* ... berulang*	confidence=0.9
id.repeat.komplen_x_berulang	repeat.failure	komplen* ... berulang*	confidence=0.9
id.repeat.lapor_x_berulang	repeat.failure	lapor* ... berulang*	confidence=0.9
id.repeat.melapor_x_berulang	repeat.failure	melapor* ... berulang*	confidence=0.9
id.repeat.mengeluh_x_berulang	repeat.failure	mengeluh* ... berulang*	confidence=0.9
id.repeat.hubungi_x_berulang	repeat.failure	hubungi* ... berulang*	confidence=0.9
id.repeat.menghubungi_x_berulang	repeat.failure	menghubungi ... berulang*	confidence=0.9
id.repeat.telepon_x_berulang	repeat.failure	telepon* ... berulang*	confidence=0.9
id.repeat.telpon_x_berulang	repeat.failure	telpon* ... berulang*	confidence=0.9
id.repeat.error_x_berulang	repeat.failure	error* ... berulang*	confidence=0.9
id.repeat.eror_x_berulang	repeat.failure	eror* ... berulang*	confidence=0.9
id.repeat.gagal_x_berulang	repeat.failure	gagal* ... berulang*	confidence=0.9
id.repeat.rusak_x_berulang	repeat.failure	rusak* ... berulang*	confidence=0.9
id.repeat.mati_x_berulang	repeat.failure	mati ... berulang*	confidence=0.9
id.repeat.gangguan_x_berulang	repeat.failure	gangguan* ... berulang*	confidence=0.9
id.repeat.telat_x_berulang	repeat.failure	telat* ... berulang*	confidence=0.9
id.repeat.terlambat_x_berulang	repeat.failure	terlambat* ... berulang*	confidence=0.9
id.repeat.hilang_x_berulang	repeat.failure	hilang* ... berulang*	confidence=0.9
id.repeat.lemot_x_berulang	repeat.failure	lemot* ... berulang*	confidence=0.9
id.repeat.bermasalah_x_berulang	repeat.failure	bermasalah ... berulang*	confidence=0.9
id.repeat.masalah_x_berulang	repeat.failure	masalah ... berulang*	confidence=0.9
id.repeat.kendala_x_berulang	repeat.failure	kendala* ... berulang*	confidence=0.9
id.repeat.ketiga_x_kecewa	repeat.failure	ketiga kali* ... kecewa*	confidence=0.9
id.repeat.ketiga_x_dikecewakan	repeat.failure	ketiga kali* ... dikecewakan	confidence=0.9
id.repeat.ketiga_x_komplain	repeat.failure	ketiga kali* ... komplain*	confidence=0.9
id.repeat.ketiga_x_komplen	repeat.failure	ketiga kali* ... komplen*	confidence=0.9
id.repeat.ketiga_x_lapor	repeat.failure	ketiga kali* ... lapor*	confidence=0.9
id.repeat.ketiga_x_melapor	repeat.failure	ketiga kali* ... melapor*	confidence=0.9
id.repeat.ketiga_x_mengeluh	repeat.failure	ketiga kali* ... mengeluh*	confidence=0.9
id.repeat.ketiga_x_hubungi	repeat.failure	ketiga kali* ... hubungi*	confidence=0.9
id.repeat.ketiga_x_menghubungi	repeat.failure	ketiga kali* ... menghubungi	confidence=0.9
id.repeat.ketiga_x_telepon	repeat.failure	ketiga kali* ... telepon*	confidence=0.9
id.repeat.ketiga_x_telpon	repeat.failure	ketiga kali* ... telpon*	confidence=0.9
id.repeat.ketiga_x_error	repeat.failure	ketiga kali* ... error*	confidence=0.9
id.repeat.ketiga_x_eror	repeat.failure	ketiga kali* ... eror*	confidence=0.9
id.repeat.ketiga_x_gagal	repeat.failure	ketiga kali* ... gagal*	confidence=0.9
id.repeat.ketiga_x_rusak	repeat.failure	ketiga kali* ... rusak*	confidence=0.9
id.repeat.ketiga_x_mati	repeat.failure	ketiga kali* ... mati	confidence=0.9
id.repeat.ketiga_x_gangguan	repeat.failure	ketiga kali* ... gangguan*	confidence=0.9
id.repeat.ketiga_x_telat	repeat.failure	ketiga kali* ... telat*	confidence=0.9
id.repeat.ketiga_x_terlambat	repeat.failure	ketiga kali* ... terlambat*	confidence=0.9
id.repeat.ketiga_x_hilang	repeat.failure	ketiga kali* ... hilang*	confidence=0.9
id.repeat.ketiga_x_lemot	repeat.failure	ketiga kali* ... lemot*	confidence=0.9
id.repeat.ketiga_x_bermasalah	repeat.failure	ketiga kali* ... bermasalah	confidence=0.9
id.repeat.ketiga_x_masalah	repeat.failure	ketiga kali* ... masalah	confidence=0.9
id.repeat.ketiga_x_kendala	repeat.failure	ketiga kali* ... kendala*	confidence=0.9
id.repeat.kecewa_x_ketiga	repeat.failure	kecewa* ... ketiga kali*	confidence=0.9
id.repeat.dikecewakan_x_ketiga	repeat.failure	dikecewakan ... ketiga kali*	confidence=0.9
id.repeat.komplain_x_ketiga	repeat.failure	komplain* ... ketiga kali*	confidence=0.9
id.repeat.komplen_x_ketiga	repeat.failure	komplen* ... ketiga kali*	confidence=0.9
id.repeat.lapor_x_ketiga	repeat.failure	lapor* ... ketiga kali*	confidence=0.9
id.repeat.melapor_x_ketiga	repeat.failure	melapor* ... ketiga kali*	confidence=0.9
id.repeat.mengeluh_x_ketiga	repeat.failure	mengeluh* ... ketiga kali*	confidence=0.9
id.repeat.hubungi_x_ketiga	repeat.failure	hubungi* ... ketiga kali*	confidence=0.9
id.repeat.menghubungi_x_ketiga	repeat.failure	menghubungi ... ketiga kali*	confidence=0.9
id.repeat.telepon_x_ketiga	repeat.failure	telepon* ... ketiga kali*	confidence=0.9
id.repeat.telpon_x_ketiga	repeat.failure	telpon* ... ketiga kali*	confidence=0.9
id.repeat.error_x_ketiga	repeat.failure	error* ... ketiga kali*	confidence=0.9
id.repeat.eror_x_ketiga	repeat.failure	eror* ... ketiga kali*	confidence=0.9
id.repeat.gagal_x_ketiga	repeat.failure	gagal* ... ketiga kali*	confidence=0.9
id.repeat.rusak_x_ketiga	repeat.failure	rusak* ... ketiga kali*	confidence=0.9
id.repeat.mati_x_ketiga	repeat.failure	mati ... ketiga kali*	confidence=0.9
id.repeat.gangguan_x_ketiga	repeat.failure	gangguan* ... ketiga kali*	confidence=0.9
id.repeat.telat_x_ketiga	repeat.failure	telat* ... ketiga kali*	confidence=0.9
id.repeat.terlambat_x_ketiga	repeat.failure	terlambat* ... ketiga kali*	confidence=0.9
id.repeat.hilang_x_ketiga	repeat.failure	hilang* ... ketiga kali*	confidence=0.9
id.repeat.lemot_x_ketiga	repeat.failure	lemot* ... ketiga kali*	confidence=0.9
id.repeat.bermasalah_x_ketiga	repeat.failure	bermasalah ... ketiga kali*	confidence=0.9
id.repeat.masalah_x_ketiga	repeat.failure	masalah ... ketiga kali*	confidence=0.9
id.repeat.kendala_x_ketiga	repeat.failure	kendala* ... ketiga kali*	confidence=0.9
id.repeat.keempat_x_kecewa	repeat.failure	keempat kali* ... kecewa*	confidence=0.9
id.repeat.keempat_x_dikecewakan	repeat.failure	keempat kali* ... dikecewakan	confidence=0.9
id.repeat.keempat_x_komplain	repeat.failure	keempat kali* ... komplain*	confidence=0.9
id.repeat.keempat_x_komplen	repeat.failure	keempat kali* ... komplen*	confidence=0.9
id.repeat.keempat_x_lapor	repeat.failure	keempat kali* ... lapor*	confidence=0.9
id.repeat.keempat_x_melapor	repeat.failure	keempat kali* ... melapor*	confidence=0.9
id.repeat.keempat_x_mengeluh	repeat.failure	keempat kali* ... mengeluh*	confidence=0.9
id.repeat.keempat_x_hubungi	repeat.failure	keempat kali* ... hubungi*	confidence=0.9
id.repeat.keempat_x_menghubungi	repeat.failure	keempat kali* ... menghubungi	confidence=0.9
id.repeat.keempat_x_telepon	repeat.failure	keempat kali* ... telepon*	confidence=0.9
id.repeat.keempat_x_telpon	repeat.failure	keempat kali* ... telpon*	confidence=0.9
id.repeat.keempat_x_error	repeat.failure	keempat kali* ... error*	confidence=0.9
id.repeat.keempat_x_eror	repeat.failure	keempat kali* ... eror*	confidence=0.9
id.repeat.keempat_x_gagal	repeat.failure	keempat kali* ... gagal*	confidence=0.9
id.repeat.keempat_x_rusak	repeat.failure	keempat kali* ... rusak*	confidence=0.9
id.repeat.keempat_x_mati	repeat.failure	keempat kali* ... mati	confidence=0.9
id.repeat.keempat_x_gangguan	repeat.failure	keempat kali* ... gangguan*	confidence=0.9
id.repeat.keempat_x_telat	repeat.failure	keempat kali* ... telat*	confidence=0.9
id.repeat.keempat_x_terlambat	repeat.failure	keempat kali* ... terlambat*	confidence=0.9
id.repeat.keempat_x_hilang	repeat.failure	keempat kali* ... hilang*	confidence=0.9
id.repeat.keempat_x_lemot	repeat.failure	keempat kali* ... lemot*	confidence=0.9
id.repeat.keempat_x_bermasalah	repeat.failure	keempat kali* ... bermasalah	confidence=0.9
id.repeat.keempat_x_masalah	repeat.failure	keempat kali* ... masalah	confidence=0.9
id.repeat.keempat_x_kendala	repeat.failure	keempat kali* ... kendala*	confidence=0.9
id.repeat.kecewa_x_keempat	repeat.failure	kecewa* ... keempat kali*	confidence=0.9
id.repeat.dikecewakan_x_keempat	repeat.failure	dikecewakan ... keempat kali*	confidence=0.9
id.repeat.komplain_x_keempat	repeat.failure	komplain* ... keempat kali*	confidence=0.9
id.repeat.komplen_x_keempat	repeat.failure	komplen* ... keempat kali*	confidence=0.9
id.repeat.lapor_x_keempat	repeat.failure	lapor* ... keempat kali*	confidence=0.9
id.repeat.melapor_x_keempat	repeat.failure	melapor* ... keempat kali*	confidence=0.9
id.repeat.mengeluh_x_keempat	repeat.failure	mengeluh* ... keempat kali*	confidence=0.9
id.repeat.hubungi_x_keempat	repeat.failure	hubungi* ... keempat kali*	confidence=0.9
id.repeat.menghubungi_x_keempat	repeat.failure	menghubungi ... keempat kali*	confidence=0.9
id.repeat.telepon_x_keempat	repeat.failure	telepon* ... keempat kali*	confidence=0.9
id.repeat.telpon_x_keempat	repeat.failure	telpon* ... keempat kali*	confidence=0.9
id.repeat.error_x_keempat	repeat.failure	error* ... keempat kali*	confidence=0.9
id.repeat.eror_x_keempat	repeat.failure	eror* ... keempat kali*	confidence=0.9
id.repeat.gagal_x_keempat	repeat.failure	gagal* ... keempat kali*	confidence=0.9
id.repeat.rusak_x_keempat	repeat.failure	rusak* ... keempat kali*	confidence=0.9
id.repeat.mati_x_keempat	repeat.failure	mati ... keempat kali*	confidence=0.9
id.repeat.gangguan_x_keempat	repeat.failure	gangguan* ... keempat kali*	confidence=0.9
id.repeat.telat_x_keempat	repeat.failure	telat* ... keempat kali*	confidence=0.9
id.repeat.terlambat_x_keempat	repeat.failure	terlambat* ... keempat kali*	confidence=0.9
id.repeat.hilang_x_keempat	repeat.failure	hilang* ... keempat kali*	confidence=0.9
id.repeat.lemot_x_keempat	repeat.failure	lemot* ... keempat kali*	confidence=0.9
id.repeat.bermasalah_x_keempat	repeat.failure	bermasalah ... keempat kali*	confidence=0.9
id.repeat.masalah_x_keempat	repeat.failure	masalah ... keempat kali*	confidence=0.9
id.repeat.kendala_x_keempat	repeat.failure	kendala* ... keempat kali*	confidence=0.9
id.repeat.kelima_x_kecewa	repeat.failure	kelima kali* ... kecewa*	confidence=0.9
id.repeat.kelima_x_dikecewakan	repeat.failure	kelima kali* ... dikecewakan	confidence=0.9
id.repeat.kelima_x_komplain	repeat.failure	kelima kali* ... komplain*	confidence=0.9
id.repeat.kelima_x_komplen	repeat.failure	kelima kali* ... komplen*	confidence=0.9
id.repeat.kelima_x_lapor	repeat.failure	kelima kali* ... lapor*	confidence=0.9
id.repeat.kelima_x_melapor	repeat.failure	kelima kali* ... melapor*	confidence=0.9
id.repeat.kelima_x_mengeluh	repeat.failure	kelima kali* ... mengeluh*	confidence=0.9
id.repeat.kelima_x_hubungi	repeat.failure	kelima kali* ... hubungi*	confidence=0.9
id.repeat.kelima_x_menghubungi	repeat.failure	kelima kali* ... menghubungi	confidence=0.9
id.repeat.kelima_x_telepon	repeat.failure	kelima kali* ... telepon*	confidence=0.9
id.repeat.kelima_x_telpon	repeat.failure	kelima kali* ... telpon*	confidence=0.9
id.repeat.kelima_x_error	repeat.failure	kelima kali* ... error*	confidence=0.9
id.repeat.kelima_x_eror	repeat.failure	kelima kali* ... eror*	confidence=0.9
id.repeat.kelima_x_gagal	repeat.failure	kelima kali* ... gagal*	confidence=0.9
id.repeat.kelima_x_rusak	repeat.failure	kelima kali* ... rusak*	confidence=0.9
id.repeat.kelima_x_mati	repeat.failure	kelima kali* ... mati	confidence=0.9
id.repeat.kelima_x_gangguan	repeat.failure	kelima kali* ... gangguan*	confidence=0.9
id.repeat.kelima_x_telat	repeat.failure	kelima kali* ... telat*	confidence=0.9
id.repeat.kelima_x_terlambat	repeat.failure	kelima kali* ... terlambat*	confidence=0.9
id.repeat.kelima_x_hilang	repeat.failure	kelima kali* ... hilang*	confidence=0.9
id.repeat.kelima_x_lemot	repeat.failure	kelima kali* ... lemot*	confidence=0.9
id.repeat.kelima_x_bermasalah	repeat.failure	kelima kali* ... bermasalah	confidence=0.9
id.repeat.kelima_x_masalah	repeat.failure	kelima kali* ... masalah	confidence=0.9
id.repeat.kelima_x_kendala	repeat.failure	kelima kali* ... kendala*	confidence=0.9
id.repeat.kecewa_x_kelima	repeat.failure	kecewa* ... kelima kali*	confidence=0.9
id.repeat.dikecewakan_x_kelima	repeat.failure	dikecewakan ... kelima kali*	confidence=0.9
id.repeat.komplain_x_kelima	repeat.failure	komplain* ... kelima kali*	confidence=0.9
id.repeat.komplen_x_kelima	repeat.failure	komplen* ... kelima kali*	confidence=0.9
id.repeat.lapor_x_kelima	repeat.failure	lapor* ... kelima kali*	confidence=0.9
id.repeat.melapor_x_kelima	repeat.failure	melapor* ... kelima kali*	confidence=0.9
id.repeat.mengeluh_x_kelima	repeat.failure	mengeluh* ... kelima kali*	confidence=0.9
id.repeat.hubungi_x_kelima	repeat.failure	hubungi* ... kelima kali*	confidence=0.9
id.repeat.menghubungi_x_kelima	repeat.failure	menghubungi ... kelima kali*	confidence=0.9
id.repeat.telepon_x_kelima	repeat.failure	telepon* ... kelima kali*	confidence=0.9
id.repeat.telpon_x_kelima	repeat.failure	telpon* ... kelima kali*	confidence=0.9
id.repeat.error_x_kelima	repeat.failure	error* ... kelima kali*	confidence=0.9
id.repeat.eror_x_kelima	repeat.failure	eror* ... kelima kali*	confidence=0.9
id.repeat.gagal_x_kelima	repeat.failure	gagal* ... kelima kali*	confidence=0.9
id.repeat.rusak_x_kelima	repeat.failure	rusak* ... kelima kali*	confidence=0.9
id.repeat.mati_x_kelima	repeat.failure	mati ... kelima kali*	confidence=0.9
id.repeat.gangguan_x_kelima	repeat.failure	gangguan* ... kelima kali*	confidence=0.9
id.repeat.telat_x_kelima	repeat.failure	telat* ... kelima kali*	confidence=0.9
id.repeat.terlambat_x_kelima	repeat.failure	terlambat* ... kelima kali*	confidence=0.9
id.repeat.hilang_x_kelima	repeat.failure	hilang* ... kelima kali*	confidence=0.9
id.repeat.lemot_x_kelima	repeat.failure	lemot* ... kelima kali*	confidence=0.9
id.repeat.bermasalah_x_kelima	repeat.failure	bermasalah ... kelima kali*	confidence=0.9
id.repeat.masalah_x_kelima	repeat.failure	masalah ... kelima kali*	confidence=0.9
id.repeat.kendala_x_kelima	repeat.failure	kendala* ... kelima kali*	confidence=0.9
id.repeat.ke_n_x_kecewa	repeat.failure	ke <num> kali* ... kecewa*	confidence=0.9
id.repeat.ke_n_x_dikecewakan	repeat.failure	ke <num> kali* ... dikecewakan	confidence=0.9
id.repeat.ke_n_x_komplain	repeat.failure	ke <num> kali* ... komplain*	confidence=0.9
id.repeat.ke_n_x_komplen	repeat.failure	ke <num> kali* ... komplen*	confidence=0.9
id.repeat.ke_n_x_lapor	repeat.failure	ke <num> kali* ... lapor*	confidence=0.9
id.repeat.ke_n_x_melapor	repeat.failure	ke <num> kali* ... melapor*	confidence=0.9
id.repeat.ke_n_x_mengeluh	repeat.failure	ke <num> kali* ... mengeluh*	confidence=0.9
id.repeat.ke_n_x_hubungi	repeat.failure	ke <num> kali* ... hubungi*	confidence=0.9
id.repeat.ke_n_x_menghubungi	repeat.failure	ke <num> kali* ... menghubungi	confidence=0.9
id.repeat.ke_n_x_telepon	repeat.failure	ke <num> kali* ... telepon*	confidence=0.9
id.repeat.ke_n_x_telpon	repeat.failure	ke <num> kali* ... telpon*	confidence=0.9
id.repeat.ke_n_x_error	repeat.failure	ke <num> kali* ... error*	confidence=0.9
id.repeat.ke_n_x_eror	repeat.failure	ke <num> kali* ... eror*	confidence=0.9
id.repeat.ke_n_x_gagal	repeat.failure	ke <num> kali* ... gagal*	confidence=0.9
id.repeat.ke_n_x_rusak	repeat.failure	ke <num> kali* ... rusak*	confidence=0.9
id.repeat.ke_n_x_mati	repeat.failure	ke <num> kali* ... mati	confidence=0.9
id.repeat.ke_n_x_gangguan	repeat.failure	ke <num> kali* ... gangguan*	confidence=0.9
id.repeat.ke_n_x_telat	repeat.failure	ke <num> kali* ... telat*	confidence=0.9
id.repeat.ke_n_x_terlambat	repeat.failure	ke <num> kali* ... terlambat*	confidence=0.9
id.repeat.ke_n_x_hilang	repeat.failure	ke <num> kali* ... hilang*	confidence=0.9
id.repeat.ke_n_x_lemot	repeat.failure	ke <num> kali* ... lemot*	confidence=0.9
id.repeat.ke_n_x_bermasalah	repeat.failure	ke <num> kali* ... bermasalah	confidence=0.9
id.repeat.ke_n_x_masalah	repeat.failure	ke <num> kali* ... masalah	confidence=0.9
id.repeat.ke_n_x_kendala	repeat.failure	ke <num> kali* ... kendala*	confidence=0.9
id.repeat.kecewa_x_ke_n	repeat.failure	kecewa* ... ke <num> kali*	confidence=0.9
id.repeat.dikecewakan_x_ke_n	repeat.failure	dikecewakan ... ke <num> kali*	confidence=0.9
id.repeat.komplain_x_ke_n	repeat.failure	komplain* ... ke <num> kali*	confidence=0.9
id.repeat.komplen_x_ke_n	repeat.failure	komplen* ... ke <num> kali*	confidence=0.9
id.repeat.lapor_x_ke_n	repeat.failure	lapor* ... ke <num> kali*	confidence=0.9
id.repeat.melapor_x_ke_n	repeat.failure	melapor* ... ke <num> kali*	confidence=0.9
id.repeat.mengeluh_x_ke_n	repeat.failure	mengeluh* ... ke <num> kali*	confidence=0.9
id.repeat.hubungi_x_ke_n	repeat.failure	hubungi* ... ke <num> kali*	confidence=0.9
id.repeat.menghubungi_x_ke_n	repeat.failure	menghubungi ... ke <num> kali*	confidence=0.9
id.repeat.telepon_x_ke_n	repeat.failure	telepon* ... ke <num> kali*	confidence=0.9
id.repeat.telpon_x_ke_n	repeat.failure	telpon* ... ke <num> kali*	confidence=0.9
id.repeat.error_x_ke_n	repeat.failure	error* ... ke <num> kali*	confidence=0.9
id.repeat.eror_x_ke_n	repeat.failure	eror* ... ke <num> kali*	confidence=0.9
id.repeat.gagal_x_ke_n	repeat.failure	gagal* ... ke <num> kali*	confidence=0.9
id.repeat.rusak_x_ke_n	repeat.failure	rusak* ... ke <num> kali*	confidence=0.9
id.repeat.mati_x_ke_n	repeat.failure	mati ... ke <num> kali*	confidence=0.9
id.repeat.gangguan_x_ke_n	repeat.failure	gangguan* ... ke <num> kali*	confidence=0.9
id.repeat.telat_x_ke_n	repeat.failure	telat* ... ke <num> kali*	confidence=0.9
id.repeat.terlambat_x_ke_n	repeat.failure	terlambat* ... ke <num> kali*	confidence=0.9
id.repeat.hilang_x_ke_n	repeat.failure	hilang* ... ke <num> kali*	confidence=0.9
id.repeat.lemot_x_ke_n	repeat.failure	lemot* ... ke <num> kali*	confidence=0.9
id.repeat.bermasalah_x_ke_n	repeat.failure	bermasalah ... ke <num> kali*	confidence=0.9
id.repeat.masalah_x_ke_n	repeat.failure	masalah ... ke <num> kali*	confidence=0.9
id.repeat.kendala_x_ke_n	repeat.failure	kendala* ... ke <num> kali*	confidence=0.9
id.repeat.kali_kedua_x_kecewa	repeat.failure	kali kedua ... kecewa*	confidence=0.9
id.repeat.kali_kedua_x_dikecewakan	repeat.failure	kali kedua ... dikecewakan	confidence=0.9
id.repeat.kali_kedua_x_komplain	repeat.failure	kali kedua ... komplain*	confidence=0.9
id.repeat.kali_kedua_x_komplen	repeat.failure	kali kedua ... komplen*	confidence=0.9
id.repeat.kali_kedua_x_lapor	repeat.failure	kali kedua ... lapor*	confidence=0.9
id.repeat.kali_kedua_x_melapor	repeat.failure	kali kedua ... melapor*	confidence=0.9
id.repeat.kali_kedua_x_mengeluh	repeat.failure	kali kedua ... mengeluh*	confidence=0.9
id.repeat.kali_kedua_x_hubungi	repeat.failure	kali kedua ... hubungi*	confidence=0.9
id.repeat.kali_kedua_x_menghubungi	repeat.failure	kali kedua ... menghubungi	confidence=0.9
id.repeat.kali_kedua_x_telepon	repeat.failure	kali kedua ... telepon*	confidence=0.9
id.repeat.kali_kedua_x_telpon	repeat.failure	kali kedua ... telpon*	confidence=0.9
id.repeat.kali_kedua_x_error	repeat.failure	kali kedua ... error*	confidence=0.9
id.repeat.kali_kedua_x_eror	repeat.failure	kali kedua ... eror*	confidence=0.9
id.repeat.kali_kedua_x_gagal	repeat.failure	kali kedua ... gagal*	confidence=0.9
id.repeat.kali_kedua_x_rusak	repeat.failure	kali kedua ... rusak*	confidence=0.9
id.repeat.kali_kedua_x_mati	repeat.failure	kali kedua ... mati	confidence=0.9
id.repeat.kali_kedua_x_gangguan	repeat.failure	kali kedua ... gangguan*	confidence=0.9
id.repeat.kali_kedua_x_telat	repeat.failure	kali kedua ... telat*	confidence=0.9
id.repeat.kali_kedua_x_terlambat	repeat.failure	kali kedua ... terlambat*	confidence=0.9
id.repeat.kali_kedua_x_hilang	repeat.failure	kali kedua ... hilang*	confidence=0.9
id.repeat.kali_kedua_x_lemot	repeat.failure	kali kedua ... lemot*	confidence=0.9
id.repeat.kali_kedua_x_bermasalah	repeat.failure	kali kedua ... bermasalah	confidence=0.9
id.repeat.kali_kedua_x_masalah	repeat.failure	kali kedua ... masalah	confidence=0.9
id.repeat.kali_kedua_x_kendala	repeat.failure	kali kedua ... kendala*	confidence=0.9
id.repeat.kecewa_x_kali_kedua	repeat.failure	kecewa* ... kali kedua	confidence=0.9
id.repeat.dikecewakan_x_kali_kedua	repeat.failure	dikecewakan ... kali kedua	confidence=0.9
id.repeat.komplain_x_kali_kedua	repeat.failure	komplain* ... kali kedua	confidence=0.9
id.repeat.komplen_x_kali_kedua	repeat.failure	komplen* ... kali kedua	confidence=0.9
id.repeat.lapor_x_kali_kedua	repeat.failure	lapor* ... kali kedua	confidence=0.9
id.repeat.melapor_x_kali_kedua	repeat.failure	melapor* ... kali kedua	confidence=0.9
id.repeat.mengeluh_x_kali_kedua	repeat.failure	mengeluh* ... kali kedua	confidence=0.9
id.repeat.hubungi_x_kali_kedua	repeat.failure	hubungi* ... kali kedua	confidence=0.9
id.repeat.menghubungi_x_kali_kedua	repeat.failure	menghubungi ... kali kedua	confidence=0.9
id.repeat.telepon_x_kali_kedua	repeat.failure	telepon* ... kali kedua	confidence=0.9
id.repeat.telpon_x_kali_kedua	repeat.failure	telpon* ... kali kedua	confidence=0.9
id.repeat.error_x_kali_kedua	repeat.failure	error* ... kali kedua	confidence=0.9
id.repeat.eror_x_kali_kedua	repeat.failure	eror* ... kali kedua	confidence=0.9
id.repeat.gagal_x_kali_kedua	repeat.failure	gagal* ... kali kedua	confidence=0.9
id.repeat.rusak_x_kali_kedua	repeat.failure	rusak* ... kali kedua	confidence=0.9
id.repeat.mati_x_kali_kedua	repeat.failure	mati ... kali kedua	confidence=0.9
id.repeat.gangguan_x_kali_kedua	repeat.failure	gangguan* ... kali kedua	confidence=0.9
id.repeat.telat_x_kali_kedua	repeat.failure	telat* ... kali kedua	confidence=0.9
id.repeat.terlambat_x_kali_kedua	repeat.failure	terlambat* ... kali kedua	confidence=0.9
id.repeat.hilang_x_kali_kedua	repeat.failure	hilang* ... kali kedua	confidence=0.9
id.repeat.lemot_x_kali_kedua	repeat.failure	lemot* ... kali kedua	confidence=0.9
id.repeat.bermasalah_x_kali_kedua	repeat.failure	bermasalah ... kali kedua	confidence=0.9
id.repeat.masalah_x_kali_kedua	repeat.failure	masalah ... kali kedua	confidence=0.9
id.repeat.kendala_x_kali_kedua	repeat.failure	kendala* ... kali kedua	confidence=0.9
id.repeat.kali_ketiga_x_kecewa	repeat.failure	kali ketiga ... kecewa*	confidence=0.9
id.repeat.kali_ketiga_x_dikecewakan	repeat.failure	kali ketiga ... dikecewakan	confidence=0.9
id.repeat.kali_ketiga_x_komplain	repeat.failure	kali ketiga ... komplain*	confidence=0.9
id.repeat.kali_ketiga_x_komplen	repeat.failure	kali ketiga ... komplen*	confidence=0.9
id.repeat.kali_ketiga_x_lapor	repeat.failure	kali ketiga ... lapor*	confidence=0.9
id.repeat.kali_ketiga_x_melapor	repeat.failure	kali ketiga ... melapor*	confidence=0.9
id.repeat.kali_ketiga_x_mengeluh	repeat.failure	kali ketiga ... mengeluh*	confidence=0.9
id.repeat.kali_ketiga_x_hubungi	repeat.failure	kali ketiga ... hubungi*	confidence=0.9
id.repeat.kali_ketiga_x_menghubungi	repeat.failure	kali ketiga ... menghubungi	confidence=0.9
id.repeat.kali_ketiga_x_telepon	repeat.failure	kali ketiga ... telepon*	confidence=0.9
id.repeat.kali_ketiga_x_telpon	repeat.failure	kali ketiga ... telpon*	confidence=0.9
id.repeat.kali_ketiga_x_error	repeat.failure	kali ketiga ... error*	confidence=0.9
id.repeat.kali_ketiga_x_eror	repeat.failure	kali ketiga ... eror*	confidence=0.9
id.repeat.kali_ketiga_x_gagal	repeat.failure	kali ketiga ... gagal*	confidence=0.9
id.repeat.kali_ketiga_x_rusak	repeat.failure	kali ketiga ... rusak*	confidence=0.9
id.repeat.kali_ketiga_x_mati	repeat.failure	kali ketiga ... mati	confidence=0.9
id.repeat.kali_ketiga_x_gangguan	repeat.failure	kali ketiga ... gangguan*	confidence=0.9
id.repeat.kali_ketiga_x_telat	repeat.failure	kali ketiga ... telat*	confidence=0.9
id.repeat.kali_ketiga_x_terlambat	repeat.failure	kali ketiga ... terlambat*	confidence=0.9
id.repeat.kali_ketiga_x_hilang	repeat.failure	kali ketiga ... hilang*	confidence=0.9
id.repeat.kali_ketiga_x_lemot	repeat.failure	kali ketiga ... lemot*	confidence=0.9
id.repeat.kali_ketiga_x_bermasalah	repeat.failure	kali ketiga ... bermasalah	confidence=0.9
id.repeat.kali_ketiga_x_masalah	repeat.failure	kali ketiga ... masalah	confidence=0.9
id.repeat.kali_ketiga_x_kendala	repeat.failure	kali ketiga ... kendala*	confidence=0.9
id.repeat.kecewa_x_kali_ketiga	repeat.failure	kecewa* ... kali ketiga	confidence=0.9
id.repeat.dikecewakan_x_kali_ketiga	repeat.failure	dikecewakan ... kali ketiga	confidence=0.9
id.repeat.komplain_x_kali_ketiga	repeat.failure	komplain* ... kali ketiga	confidence=0.9
id.repeat.komplen_x_kali_ketiga	repeat.failure	komplen* ... kali ketiga	confidence=0.9
id.repeat.lapor_x_kali_ketiga	repeat.failure	lapor* ... kali ketiga	confidence=0.9
id.repeat.melapor_x_kali_ketiga	repeat.failure	melapor* ... kali ketiga	confidence=0.9
id.repeat.mengeluh_x_kali_ketiga	repeat.failure	mengeluh* ... kali ketiga	confidence=0.9
id.repeat.hubungi_x_kali_ketiga	repeat.failure	hubungi* ... kali ketiga	confidence=0.9
id.repeat.menghubungi_x_kali_ketiga	repeat.failure	menghubungi ... kali ketiga	confidence=0.9
id.repeat.telepon_x_kali_ketiga	repeat.failure	telepon* ... kali ketiga	confidence=0.9
id.repeat.telpon_x_kali_ketiga	repeat.failure	telpon* ... kali ketiga	confidence=0.9
id.repeat.error_x_kali_ketiga	repeat.failure	error* ... kali ketiga	confidence=0.9
id.repeat.eror_x_kali_ketiga	repeat.failure	eror* ... kali ketiga	confidence=0.9
id.repeat.gagal_x_kali_ketiga	repeat.failure	gagal* ... kali ketiga	confidence=0.9
id.repeat.rusak_x_kali_ketiga	repeat.failure	rusak* ... kali ketiga	confidence=0.9
id.repeat.mati_x_kali_ketiga	repeat.failure	mati ... kali ketiga	confidence=0.9
id.repeat.gangguan_x_kali_ketiga	repeat.failure	gangguan* ... kali ketiga	confidence=0.9
id.repeat.telat_x_kali_ketiga	repeat.failure	telat* ... kali ketiga	confidence=0.9
id.repeat.terlambat_x_kali_ketiga	repeat.failure	terlambat* ... kali ketiga	confidence=0.9
id.repeat.hilang_x_kali_ketiga	repeat.failure	hilang* ... kali ketiga	confidence=0.9
id.repeat.lemot_x_kali_ketiga	repeat.failure	lemot* ... kali ketiga	confidence=0.9
id.repeat.bermasalah_x_kali_ketiga	repeat.failure	bermasalah ... kali ketiga	confidence=0.9
id.repeat.masalah_x_kali_ketiga	repeat.failure	masalah ... kali ketiga	confidence=0.9
id.repeat.kendala_x_kali_ketiga	repeat.failure	kendala* ... kali ketiga	confidence=0.9

# "gini lagi" (like this again) as a complaint, not "kapan gini lagi" (when again?)
id.repeat.kok_gini_lagi	repeat.failure	kok gini lagi	confidence=0.85
id.repeat.kok_begini_lagi	repeat.failure	kok begini lagi	confidence=0.85
id.repeat.masa_gini_lagi	repeat.failure	masa gini lagi	confidence=0.85
id.repeat.masa_begini_lagi	repeat.failure	masa begini lagi	confidence=0.85
id.repeat.kenapa_gini_lagi	repeat.failure	kenapa gini lagi	confidence=0.85
id.repeat.kenapa_begini_lagi	repeat.failure	kenapa begini lagi	confidence=0.85
id.repeat.knp_gini_lagi	repeat.failure	knp gini lagi	confidence=0.85
id.repeat.knp_begini_lagi	repeat.failure	knp begini lagi	confidence=0.85

# emotion.anger: anger, disgust, being fed up
id.anger.kesal	emotion.anger	kesal
id.anger.kesel	emotion.anger	kesel
id.anger.kzl	emotion.anger	kzl	confidence=0.85
id.anger.marah	emotion.anger	marah
id.anger.murka	emotion.anger	murka
id.anger.geram	emotion.anger	geram
id.anger.muak	emotion.anger	muak	confidence=0.95
id.anger.jengkel	emotion.anger	jengkel*
id.anger.dongkol	emotion.anger	dongkol
id.anger.sebal	emotion.anger	sebal	confidence=0.85
id.anger.sebel	emotion.anger	sebel	confidence=0.85
id.anger.gondok	emotion.anger	gondok	confidence=0.85
id.anger.gedek	emotion.anger	gedek	confidence=0.85
id.anger.bikin_emosi	emotion.anger	bikin emosi
id.anger.emosi	emotion.anger	emosi	confidence=0.7
id.anger.naik_darah	emotion.anger	naik darah
id.anger.bete	emotion.anger	bete	confidence=0.6
id.anger.capek_deh	emotion.anger	capek deh	confidence=0.75
id.anger.cukup_sudah	emotion.anger	cukup sudah	confidence=0.75
id.anger.keterlaluan	emotion.anger	keterlalu*
id.anger.kebangetan	emotion.anger	kebangetan	confidence=0.85
id.anger.payah	emotion.anger	payah	confidence=0.75
# "bobrok" alone is also friendly slang for goofy or unhinged ("anaknya bobrok banget"): rotten only
# when said of a system, service or institution, or getting worse ("makin bobrok")
id.anger.makin_bobrok	emotion.anger	makin bobrok	confidence=0.85
id.anger.semakin_bobrok	emotion.anger	semakin bobrok	confidence=0.85
id.anger.kian_bobrok	emotion.anger	kian bobrok	confidence=0.85
id.anger.sudah_bobrok	emotion.anger	sudah bobrok	confidence=0.85
id.anger.udah_bobrok	emotion.anger	udah bobrok	confidence=0.85
id.anger.sangat_bobrok	emotion.anger	sangat bobrok	confidence=0.85
id.anger.lebih_bobrok	emotion.anger	lebih bobrok	confidence=0.85
id.anger.benar_benar_bobrok	emotion.anger	benar benar bobrok	confidence=0.85
id.anger.bener_bener_bobrok	emotion.anger	bener bener bobrok	confidence=0.85
id.anger.sistem_x_bobrok	emotion.anger	sistem* ... bobrok*	confidence=0.85
id.anger.pelayanan_x_bobrok	emotion.anger	pelayanan* ... bobrok*	confidence=0.85
id.anger.layanan_x_bobrok	emotion.anger	layanan* ... bobrok*	confidence=0.85
id.anger.manajemen_x_bobrok	emotion.anger	manajemen* ... bobrok*	confidence=0.85
id.anger.birokrasi_x_bobrok	emotion.anger	birokrasi* ... bobrok*	confidence=0.85
id.anger.pengelolaan_x_bobrok	emotion.anger	pengelolaan* ... bobrok*	confidence=0.85
id.anger.mental_x_bobrok	emotion.anger	mental* ... bobrok*	confidence=0.85
id.anger.moral_x_bobrok	emotion.anger	moral* ... bobrok*	confidence=0.85
id.anger.negara_x_bobrok	emotion.anger	negara* ... bobrok*	confidence=0.85
id.anger.negeri_x_bobrok	emotion.anger	negeri* ... bobrok*	confidence=0.85
id.anger.pemerintah_x_bobrok	emotion.anger	pemerintah* ... bobrok*	confidence=0.85
id.anger.pemerintahan_x_bobrok	emotion.anger	pemerintahan* ... bobrok*	confidence=0.85
id.anger.aplikasi_x_bobrok	emotion.anger	aplikasi* ... bobrok*	confidence=0.85
id.anger.perusahaan_x_bobrok	emotion.anger	perusahaan* ... bobrok*	confidence=0.85
id.anger.instansi_x_bobrok	emotion.anger	instansi* ... bobrok*	confidence=0.85
id.anger.institusi_x_bobrok	emotion.anger	institusi* ... bobrok*	confidence=0.85
id.anger.partai_x_bobrok	emotion.anger	partai* ... bobrok*	confidence=0.85
id.anger.hukum_x_bobrok	emotion.anger	hukum* ... bobrok*	confidence=0.85
id.anger.aparat_x_bobrok	emotion.anger	aparat* ... bobrok*	confidence=0.85
id.anger.pejabat_x_bobrok	emotion.anger	pejabat* ... bobrok*	confidence=0.85
id.anger.kualitas_x_bobrok	emotion.anger	kualitas* ... bobrok*	confidence=0.85
id.anger.alangkah_bobrok	emotion.anger	alangkah bobrok*	confidence=0.85
id.anger.bobrok_x_sistem	emotion.anger	bobrok* ... sistem*	confidence=0.85
id.anger.bobrok_x_pelayanan	emotion.anger	bobrok* ... pelayanan*	confidence=0.85
id.anger.bobrok_x_layanan	emotion.anger	bobrok* ... layanan*	confidence=0.85
id.anger.bobrok_x_manajemen	emotion.anger	bobrok* ... manajemen*	confidence=0.85
id.anger.bobrok_x_birokrasi	emotion.anger	bobrok* ... birokrasi*	confidence=0.85
id.anger.bobrok_x_pengelolaan	emotion.anger	bobrok* ... pengelolaan*	confidence=0.85
id.anger.bobrok_x_mental	emotion.anger	bobrok* ... mental*	confidence=0.85
id.anger.bobrok_x_moral	emotion.anger	bobrok* ... moral*	confidence=0.85
id.anger.bobrok_x_negara	emotion.anger	bobrok* ... negara*	confidence=0.85
id.anger.bobrok_x_negeri	emotion.anger	bobrok* ... negeri*	confidence=0.85
id.anger.bobrok_x_pemerintah	emotion.anger	bobrok* ... pemerintah*	confidence=0.85
id.anger.bobrok_x_aplikasi	emotion.anger	bobrok* ... aplikasi*	confidence=0.85
id.anger.bobrok_x_perusahaan	emotion.anger	bobrok* ... perusahaan*	confidence=0.85
id.anger.bobrok_x_instansi	emotion.anger	bobrok* ... instansi*	confidence=0.85
id.anger.bobrok_x_institusi	emotion.anger	bobrok* ... institusi*	confidence=0.85
id.anger.bobrok_x_partai	emotion.anger	bobrok* ... partai*	confidence=0.85
id.anger.bobrok_x_hukum	emotion.anger	bobrok* ... hukum*	confidence=0.85
id.anger.bobrok_x_aparat	emotion.anger	bobrok* ... aparat*	confidence=0.85
id.anger.bobrok_x_pejabat	emotion.anger	bobrok* ... pejabat*	confidence=0.85
id.anger.bobrok_x_kualitas	emotion.anger	bobrok* ... kualitas*	confidence=0.85
id.anger.brengsek	emotion.anger	brengsek	confidence=0.95
id.anger.bangsat	emotion.anger	bangsat*	confidence=0.95
id.anger.anjrit	emotion.anger	anjrit	confidence=0.7
id.anger.sialan	emotion.anger	sialan*
id.anger.sial	emotion.anger	sial	confidence=0.7
id.anger.tai	emotion.anger	tai	confidence=0.75
id.anger.taik	emotion.anger	taik	confidence=0.75
id.anger.goblok	emotion.anger	goblok
id.anger.bego	emotion.anger	bego	confidence=0.8
id.anger.tolol	emotion.anger	tolol
id.anger.bodoh	emotion.anger	bodoh	confidence=0.75
id.anger.penipu	emotion.anger	penipu	confidence=0.85
id.anger.penipuan	emotion.anger	penipuan	confidence=0.85
id.anger.ditipu	emotion.anger	ditipu	confidence=0.8
id.anger.nipu	emotion.anger	nipu	confidence=0.8
id.anger.zalim	emotion.anger	zalim	confidence=0.8
id.anger.dzolim	emotion.anger	dzolim	confidence=0.8
id.anger.kurang_ajar	emotion.anger	kurang ajar
id.anger.tidak_becus	emotion.anger	tidak becus
id.anger.tdk_becus	emotion.anger	tdk becus
id.anger.gak_becus	emotion.anger	gak becus
id.anger.ga_becus	emotion.anger	ga becus
id.anger.gk_becus	emotion.anger	gk becus
id.anger.nggak_becus	emotion.anger	nggak becus
id.anger.gak_ngotak	emotion.anger	gak ngotak	confidence=0.85
id.anger.ga_ngotak	emotion.anger	ga ngotak	confidence=0.85
id.anger.nggak_ngotak	emotion.anger	nggak ngotak	confidence=0.85
id.anger.tidak_profesional	emotion.anger	tidak profesional	confidence=0.7
id.anger.gak_profesional	emotion.anger	gak profesional	confidence=0.7
id.anger.ga_profesional	emotion.anger	ga profesional	confidence=0.7
id.anger.nggak_profesional	emotion.anger	nggak profesional	confidence=0.7
id.anger.ngeselin	emotion.anger	ngeselin
id.anger.menyebalkan	emotion.anger	menyebalkan*
id.anger.menjengkelkan	emotion.anger	menjengkelkan
id.anger.nyebelin	emotion.anger	nyebelin
id.anger.menjijikkan	emotion.anger	menjijikkan	confidence=0.85
id.anger.jijik	emotion.anger	jijik	confidence=0.75
id.anger.sampah	emotion.anger	sampah*	confidence=0.75
id.anger.benci	emotion.anger	benci	confidence=0.75
id.anger.wtf	emotion.anger	wtf	confidence=0.85
id.anger.semarah_ini	emotion.anger	semarah ini
id.anger.tidak_pernah_semarah_ini	emotion.anger	tidak pernah semarah ini

# emotion.disappointment: let down, sad, dissatisfied
id.disappoint.kecewa_w	emotion.disappointment	kecewa*	confidence=0.95
id.disappoint.mengecewakan	emotion.disappointment	mengecewakan	confidence=0.95
id.disappoint.dikecewakan	emotion.disappointment	dikecewakan	confidence=0.95
id.disappoint.kekecewaan	emotion.disappointment	kekecewaan	confidence=0.95
id.disappoint.kecwa	emotion.disappointment	kecwa	confidence=0.8
id.disappoint.kcewa	emotion.disappointment	kcewa	confidence=0.8
id.disappoint.sedih	emotion.disappointment	sedih	confidence=0.85
id.disappoint.menyedihkan	emotion.disappointment	menyedihkan	confidence=0.8
id.disappoint.sangat_disayangkan	emotion.disappointment	sangat disayangkan
id.disappoint.tidak_puas	emotion.disappointment	tidak puas	confidence=0.85
id.disappoint.tdk_puas	emotion.disappointment	tdk puas	confidence=0.85
id.disappoint.gak_puas	emotion.disappointment	gak puas	confidence=0.85
id.disappoint.ga_puas	emotion.disappointment	ga puas	confidence=0.85
id.disappoint.nggak_puas	emotion.disappointment	nggak puas	confidence=0.85
id.disappoint.kurang_puas	emotion.disappointment	kurang puas	confidence=0.85
id.disappoint.tidak_memuaskan	emotion.disappointment	tidak memuaskan	confidence=0.85
id.disappoint.kurang_memuaskan	emotion.disappointment	kurang memuaskan	confidence=0.85
id.disappoint.gak_memuaskan	emotion.disappointment	gak memuaskan	confidence=0.85
id.disappoint.ga_memuaskan	emotion.disappointment	ga memuaskan	confidence=0.85
id.disappoint.ketidakpuasan	emotion.disappointment	ketidakpuasan	confidence=0.85
id.disappoint.tidak_sesuai_harapan	emotion.disappointment	tidak sesuai harapan
id.disappoint.gak_sesuai_harapan	emotion.disappointment	gak sesuai harapan
id.disappoint.ga_sesuai_harapan	emotion.disappointment	ga sesuai harapan
id.disappoint.nggak_sesuai_harapan	emotion.disappointment	nggak sesuai harapan
id.disappoint.tidak_sesuai_ekspektasi	emotion.disappointment	tidak sesuai ekspektasi
id.disappoint.gak_sesuai_ekspektasi	emotion.disappointment	gak sesuai ekspektasi
id.disappoint.ga_sesuai_ekspektasi	emotion.disappointment	ga sesuai ekspektasi
id.disappoint.jauh_dari_harapan	emotion.disappointment	jauh dari harapan	confidence=0.85
id.disappoint.dulu_bagus	emotion.disappointment	dulu bagus	confidence=0.8
id.disappoint.dulu_lebih_baik	emotion.disappointment	dulu lebih baik	confidence=0.8
id.disappoint.makin_jelek	emotion.disappointment	makin jelek	confidence=0.8
id.disappoint.semakin_buruk	emotion.disappointment	semakin buruk	confidence=0.75
id.disappoint.makin_buruk	emotion.disappointment	makin buruk	confidence=0.75
id.disappoint.menyesal	emotion.disappointment	menyesal	confidence=0.8
id.disappoint.nyesel	emotion.disappointment	nyesel*	confidence=0.8
id.disappoint.nyesal	emotion.disappointment	nyesal	confidence=0.75
id.disappoint.rugi_beli	emotion.disappointment	rugi beli	confidence=0.8
id.disappoint.zonk	emotion.disappointment	zonk	confidence=0.7
id.disappoint.harapan_palsu	emotion.disappointment	harapan palsu	confidence=0.8
id.disappoint.patah_hati	emotion.disappointment	patah hati	confidence=0.75
id.disappoint.hilang_kepercayaan	emotion.disappointment	hilang kepercayaan	confidence=0.8
id.disappoint.kehilangan_kepercayaan	emotion.disappointment	kehilangan kepercayaan	confidence=0.8
id.disappoint.sekecewa_ini	emotion.disappointment	sekecewa ini
id.disappoint.tidak_pernah_sekecewa_ini	emotion.disappointment	tidak pernah sekecewa ini
id.disappoint.tidak_merekomendasikan	emotion.disappointment	tidak merekomendasikan	confidence=0.85
id.disappoint.gak_rekomen	emotion.disappointment	gak rekomen	confidence=0.85
id.disappoint.ga_rekomen	emotion.disappointment	ga rekomen	confidence=0.85
id.disappoint.nggak_rekomen	emotion.disappointment	nggak rekomen	confidence=0.85
id.disappoint.tidak_rekomen	emotion.disappointment	tidak rekomen	confidence=0.85
id.disappoint.tidak_recommended	emotion.disappointment	tidak recommended	confidence=0.85
id.disappoint.gak_recommended	emotion.disappointment	gak recommended	confidence=0.85
id.disappoint.not_recommended	emotion.disappointment	not recommended	confidence=0.85

# public.exposure: public channel, @brand mention, threat to post, review or go viral
id.public.viralkan	public.exposure	viralkan	confidence=0.95
id.public.diviralkan	public.exposure	diviralkan	confidence=0.95
id.public.memviralkan	public.exposure	memviralkan	confidence=0.95
id.public.viralin	public.exposure	viralin	confidence=0.95
id.public.sebarkan	public.exposure	sebarkan	confidence=0.8
id.public.posting_di_medsos	public.exposure	posting di medsos
id.public.upload_di_medsos	public.exposure	upload di medsos
id.public.kasih_tau_semua	public.exposure	kasih tau semua	confidence=0.85
id.public.kasih_tahu_semua	public.exposure	kasih tahu semua	confidence=0.85
id.public.beri_tahu_semua	public.exposure	beri tahu semua	confidence=0.8
id.public.biar_semua_orang_tahu	public.exposure	biar semua orang tahu
id.public.semua_orang_tahu	public.exposure	semua orang tahu	confidence=0.8
id.public.review_jelek	public.exposure	review jelek
id.public.review_buruk	public.exposure	review buruk
id.public.ulasan_buruk	public.exposure	ulasan buruk
id.public.ulasan_jelek	public.exposure	ulasan jelek
id.public.ulasan_negatif	public.exposure	ulasan negatif
id.public.review_negatif	public.exposure	review negatif
id.public.bintang_satu	public.exposure	bintang satu	confidence=0.85
id.public.rating_jelek	public.exposure	rating jelek	confidence=0.85
id.public.rating_buruk	public.exposure	rating buruk	confidence=0.85
id.public.ylki	public.exposure	ylki	confidence=0.8
id.public.bpkn	public.exposure	bpkn	confidence=0.7
id.public.surat_pembaca	public.exposure	surat pembaca
id.public.ke_media	public.exposure	ke media	confidence=0.75
id.public.bikin_thread	public.exposure	bikin thread	confidence=0.75
id.public.spill	public.exposure	spill	confidence=0.6
id.public.ramaikan	public.exposure	ramaikan	confidence=0.7

# urgency: needs help now
id.urgency.tolong_segera	urgency	tolong segera	confidence=0.95
id.urgency.mohon_segera	urgency	mohon segera	confidence=0.95
id.urgency.harap_segera	urgency	harap segera
id.urgency.mohon_untuk_segera	urgency	mohon untuk segera	confidence=0.9
id.urgency.tolong_untuk_segera	urgency	tolong untuk segera	confidence=0.9
id.urgency.harap_untuk_segera	urgency	harap untuk segera	confidence=0.9
id.urgency.mohon_agar_segera	urgency	mohon agar segera	confidence=0.9
id.urgency.secepatnya	urgency	secepatnya
id.urgency.sesegera_mungkin	urgency	sesegera mungkin	confidence=0.95
id.urgency.cepetan	urgency	cepetan	confidence=0.85
id.urgency.tolong_cepat	urgency	tolong cepat	confidence=0.85
id.urgency.cepat_tolong	urgency	cepat tolong	confidence=0.85
id.urgency.please_segera	urgency	please segera	confidence=0.85
id.urgency.tolong_banget	urgency	tolong banget	confidence=0.7
id.urgency.urgent	urgency	urgent	confidence=0.95
id.urgency.urgen	urgency	urgen
id.urgency.butuh_sekarang	urgency	butuh sekarang	confidence=0.85
id.urgency.hari_ini_juga	urgency	hari ini juga
id.urgency.harus_hari_ini	urgency	harus hari ini	confidence=0.85
id.urgency.tidak_bisa_kerja	urgency	tidak bisa kerja	confidence=0.7
id.urgency.gak_bisa_kerja	urgency	gak bisa kerja	confidence=0.7
id.urgency.ga_bisa_kerja	urgency	ga bisa kerja	confidence=0.7
id.urgency.nggak_bisa_kerja	urgency	nggak bisa kerja	confidence=0.7
# "mendesak", "darurat", "sekarang juga", "secepat mungkin" are urgent only as a request or with an intensifier:
# alone they are news ("DPR mendesak", "keadaan darurat", "UGD gawat darurat") or "now also" ("sekarang juga sudah")
id.urgency.sangat_mendesak	urgency	sangat mendesak	confidence=0.85
id.urgency.mendesak_banget	urgency	mendesak banget	confidence=0.85
id.urgency.mendesak_bgt	urgency	mendesak bgt	confidence=0.85
id.urgency.mendesak_sekali	urgency	mendesak sekali	confidence=0.85
id.urgency.urusan_mendesak	urgency	urusan mendesak	confidence=0.85
id.urgency.keperluan_mendesak	urgency	keperluan mendesak	confidence=0.85
id.urgency.lagi_mendesak	urgency	lagi mendesak	confidence=0.85
id.urgency.ini_darurat	urgency	ini darurat	confidence=0.85
id.urgency.darurat_banget	urgency	darurat banget	confidence=0.85
id.urgency.darurat_bgt	urgency	darurat bgt	confidence=0.85
id.urgency.sangat_darurat	urgency	sangat darurat	confidence=0.85
id.urgency.darurat_sekali	urgency	darurat sekali	confidence=0.85
id.urgency.urusan_darurat	urgency	urusan darurat	confidence=0.85
id.urgency.keperluan_darurat	urgency	keperluan darurat	confidence=0.85
id.urgency.tolong_x_sekarang_juga	urgency	tolong ... sekarang juga	confidence=0.85
id.urgency.tolong_x_secepat_mungkin	urgency	tolong ... secepat mungkin	confidence=0.85
id.urgency.mohon_x_sekarang_juga	urgency	mohon ... sekarang juga	confidence=0.85
id.urgency.mohon_x_secepat_mungkin	urgency	mohon ... secepat mungkin	confidence=0.85
id.urgency.harap_x_sekarang_juga	urgency	harap ... sekarang juga	confidence=0.85
id.urgency.harap_x_secepat_mungkin	urgency	harap ... secepat mungkin	confidence=0.85
id.urgency.minta_x_sekarang_juga	urgency	minta ... sekarang juga	confidence=0.85
id.urgency.minta_x_secepat_mungkin	urgency	minta ... secepat mungkin	confidence=0.85
id.urgency.harus_x_sekarang_juga	urgency	harus ... sekarang juga	confidence=0.85
id.urgency.harus_x_secepat_mungkin	urgency	harus ... secepat mungkin	confidence=0.85

# ignored: nobody listens, waited long, passed around
id.ignored.tidak_ada_yang_membalas	ignored	tidak ada yang membalas	confidence=0.95
id.ignored.tidak_ada_yang_balas	ignored	tidak ada yang balas	confidence=0.95
id.ignored.gak_ada_yang_balas	ignored	gak ada yang balas	confidence=0.95
id.ignored.gak_ada_yang_bales	ignored	gak ada yang bales	confidence=0.95
id.ignored.ga_ada_yang_balas	ignored	ga ada yang balas	confidence=0.95
id.ignored.ga_ada_yang_bales	ignored	ga ada yang bales	confidence=0.95
id.ignored.nggak_ada_yang_bales	ignored	nggak ada yang bales	confidence=0.95
id.ignored.tidak_ada_yang_merespon_w	ignored	tidak ada yang merespon*
id.ignored.gak_ada_yang_respon_w	ignored	gak ada yang respon*
id.ignored.ga_ada_yang_respon_w	ignored	ga ada yang respon*
id.ignored.tidak_ada_yang_menanggapi	ignored	tidak ada yang menanggapi
id.ignored.tidak_ada_yang_jawab	ignored	tidak ada yang jawab
id.ignored.gak_ada_yang_jawab	ignored	gak ada yang jawab
id.ignored.ga_ada_yang_jawab	ignored	ga ada yang jawab
id.ignored.tidak_ada_yang_angkat	ignored	tidak ada yang angkat
id.ignored.gak_ada_yang_angkat	ignored	gak ada yang angkat
id.ignored.ga_ada_yang_angkat	ignored	ga ada yang angkat
id.ignored.tak_ada_yang_balas	ignored	tak ada yang balas	confidence=0.95
id.ignored.tak_ada_yang_bales	ignored	tak ada yang bales	confidence=0.95
id.ignored.tak_ada_yang_jawab	ignored	tak ada yang jawab
id.ignored.tak_ada_yang_respon_w	ignored	tak ada yang respon*
id.ignored.tidak_ada_yang_peduli	ignored	tidak ada yang peduli
id.ignored.gak_ada_yang_peduli	ignored	gak ada yang peduli
id.ignored.ga_ada_yang_peduli	ignored	ga ada yang peduli
id.ignored.tidak_ada_balasan	ignored	tidak ada balasan	confidence=0.85
id.ignored.gak_ada_balasan	ignored	gak ada balasan	confidence=0.85
id.ignored.belum_ada_balasan	ignored	belum ada balasan	confidence=0.85
id.ignored.tidak_ada_respon_w	ignored	tidak ada respon*	confidence=0.85
id.ignored.gak_ada_respon_w	ignored	gak ada respon*	confidence=0.85
id.ignored.ga_ada_respon_w	ignored	ga ada respon*	confidence=0.85
id.ignored.nggak_ada_respon_w	ignored	nggak ada respon*	confidence=0.85
id.ignored.belum_ada_respon_w	ignored	belum ada respon*	confidence=0.8
id.ignored.tidak_ada_tanggapan	ignored	tidak ada tanggapan	confidence=0.85
id.ignored.belum_ada_tanggapan	ignored	belum ada tanggapan	confidence=0.8
id.ignored.tidak_ada_jawaban	ignored	tidak ada jawaban	confidence=0.8
id.ignored.belum_ada_jawaban	ignored	belum ada jawaban	confidence=0.8
id.ignored.tidak_ada_kabar	ignored	tidak ada kabar	confidence=0.85
id.ignored.gak_ada_kabar	ignored	gak ada kabar	confidence=0.85
id.ignored.ga_ada_kabar	ignored	ga ada kabar	confidence=0.85
id.ignored.belum_ada_kabar	ignored	belum ada kabar	confidence=0.8
id.ignored.tanpa_kabar	ignored	tanpa kabar	confidence=0.8
id.ignored.tidak_ada_kejelasan	ignored	tidak ada kejelasan	confidence=0.8
id.ignored.gak_ada_kejelasan	ignored	gak ada kejelasan	confidence=0.8
id.ignored.belum_ada_kejelasan	ignored	belum ada kejelasan	confidence=0.8
id.ignored.tidak_ada_tindak_lanjut	ignored	tidak ada tindak lanjut	confidence=0.85
id.ignored.belum_ada_tindak_lanjut	ignored	belum ada tindak lanjut	confidence=0.85
id.ignored.belum_dibalas	ignored	belum dibalas	confidence=0.8
id.ignored.belum_direspon_w	ignored	belum direspon*	confidence=0.8
id.ignored.belum_ditanggapi	ignored	belum ditanggapi	confidence=0.8
id.ignored.tidak_dibalas	ignored	tidak dibalas	confidence=0.85
id.ignored.tidak_direspon_w	ignored	tidak direspon*	confidence=0.85
id.ignored.tidak_ditanggapi	ignored	tidak ditanggapi	confidence=0.85
id.ignored.gak_dibales	ignored	gak dibales	confidence=0.85
id.ignored.ga_dibales	ignored	ga dibales	confidence=0.85
id.ignored.gak_dibalas	ignored	gak dibalas	confidence=0.85
id.ignored.gak_direspon_w	ignored	gak direspon*	confidence=0.85
id.ignored.ga_direspon_w	ignored	ga direspon*	confidence=0.85
id.ignored.nggak_direspon_w	ignored	nggak direspon*	confidence=0.85
id.ignored.gak_ditanggapi	ignored	gak ditanggapi	confidence=0.85
id.ignored.tidak_diangkat	ignored	tidak diangkat	confidence=0.85
id.ignored.gak_diangkat	ignored	gak diangkat	confidence=0.85
id.ignored.ga_diangkat	ignored	ga diangkat	confidence=0.85
id.ignored.dicuekin	ignored	dicuekin
id.ignored.dikacangin	ignored	dikacangin	confidence=0.95
id.ignored.dikacangi	ignored	dikacangi
id.ignored.dianggurin	ignored	dianggurin
id.ignored.diabaikan	ignored	diabaikan
id.ignored.mengabaikan	ignored	mengabaikan	confidence=0.8
id.ignored.digantung	ignored	digantung	confidence=0.8
id.ignored.dioper_oper	ignored	dioper oper
id.ignored.dilempar_lempar	ignored	dilempar lempar
id.ignored.dilempar_x_sana_sini	ignored	dilempar ... sana sini
id.ignored.dioper_x_sana_sini	ignored	dioper ... sana sini
id.ignored.lempar_tanggung_jawab	ignored	lempar tanggung jawab	confidence=0.85
id.ignored.nunggu_x_n_hari	ignored	nunggu ... <num> hari	confidence=0.85
id.ignored.menunggu_x_n_hari	ignored	menunggu ... <num> hari	confidence=0.85
id.ignored.nunggu_x_n_jam	ignored	nunggu ... <num> jam	confidence=0.8
id.ignored.menunggu_x_n_jam	ignored	menunggu ... <num> jam	confidence=0.8
id.ignored.nunggu_x_n_minggu	ignored	nunggu ... <num> minggu	confidence=0.85
id.ignored.menunggu_x_n_minggu	ignored	menunggu ... <num> minggu	confidence=0.85
id.ignored.nunggu_x_seminggu	ignored	nunggu ... seminggu	confidence=0.85
id.ignored.menunggu_x_seminggu	ignored	menunggu ... seminggu	confidence=0.85
id.ignored.nunggu_x_sebulan	ignored	nunggu ... sebulan
id.ignored.menunggu_x_sebulan	ignored	menunggu ... sebulan
id.ignored.nunggu_x_berhari_hari	ignored	nunggu ... berhari hari	confidence=0.85
id.ignored.menunggu_x_berhari_hari	ignored	menunggu ... berhari hari	confidence=0.85
id.ignored.nunggu_x_berminggu_minggu	ignored	nunggu ... berminggu minggu
id.ignored.menunggu_x_berminggu_minggu	ignored	menunggu ... berminggu minggu
id.ignored.sudah_menunggu	ignored	sudah menunggu	confidence=0.7
id.ignored.udah_nunggu	ignored	udah nunggu	confidence=0.7
id.ignored.nunggu_lama	ignored	nunggu lama	confidence=0.8
id.ignored.menunggu_lama	ignored	menunggu lama	confidence=0.8
id.ignored.janji_doang	ignored	janji doang	confidence=0.85
id.ignored.cuma_janji	ignored	cuma janji	confidence=0.8
id.ignored.hanya_janji	ignored	hanya janji	confidence=0.8
id.ignored.janji_janji	ignored	janji janji	confidence=0.8
id.ignored.slow_respon_w	ignored	slow respon*	confidence=0.85
id.ignored.slow_response	ignored	slow response	confidence=0.85
id.ignored.respon_lambat	ignored	respon lambat	confidence=0.85
id.ignored.respons_lambat	ignored	respons lambat	confidence=0.85
id.ignored.lambat_merespon_w	ignored	lambat merespon*	confidence=0.8
id.ignored.cuma_dibaca	ignored	cuma dibaca	confidence=0.85
id.ignored.hanya_dibaca	ignored	hanya dibaca	confidence=0.85
id.ignored.read_doang	ignored	read doang	confidence=0.85
id.ignored.sudah_lapor	ignored	sudah lapor	confidence=0.6
id.ignored.udah_lapor	ignored	udah lapor	confidence=0.6
id.ignored.sudah_komplain	ignored	sudah komplain	confidence=0.65
id.ignored.udah_komplain	ignored	udah komplain	confidence=0.65
id.ignored.jawaban_template	ignored	jawaban template	confidence=0.8
id.ignored.balasan_template	ignored	balasan template	confidence=0.8
id.ignored.balasan_otomatis	ignored	balasan otomatis	confidence=0.65

# value.at_risk: a large order, contract or renewal depends on this
id.value.pesanan_besar	value.at_risk	pesanan besar
id.value.order_besar	value.at_risk	order besar	confidence=0.85
id.value.orderan_besar	value.at_risk	orderan besar	confidence=0.85
id.value.partai_besar	value.at_risk	partai besar	confidence=0.8
id.value.perpanjangan_kontrak	value.at_risk	perpanjangan kontrak	confidence=0.85
id.value.nilai_kontrak	value.at_risk	nilai kontrak	confidence=0.85
id.value.proyek_besar	value.at_risk	proyek besar	confidence=0.8
id.value.klien_besar	value.at_risk	klien besar	confidence=0.8
id.value.akun_korporat	value.at_risk	akun korporat	confidence=0.7
id.value.puluhan_juta	value.at_risk	puluhan juta	confidence=0.75
id.value.ratusan_juta	value.at_risk	ratusan juta	confidence=0.85
id.value.puluhan_unit	value.at_risk	puluhan unit	confidence=0.75
id.value.ratusan_unit	value.at_risk	ratusan unit	confidence=0.8
id.value.ribuan_unit	value.at_risk	ribuan unit	confidence=0.85

# signal.downgrade: downgrading, auto-renew off, reducing use
id.downgrade.matikan_perpanjangan_otomatis	signal.downgrade	matikan perpanjangan otomatis	confidence=0.95
id.downgrade.nonaktifkan_x_otomatis	signal.downgrade	nonaktifkan ... otomatis	confidence=0.85
id.downgrade.stop_autodebet	signal.downgrade	stop autodebet	confidence=0.8
id.downgrade.matikan_autodebet	signal.downgrade	matikan autodebet	confidence=0.8
id.downgrade.berhenti_autodebet	signal.downgrade	berhenti autodebet	confidence=0.8
id.downgrade.nonaktifkan_autodebet	signal.downgrade	nonaktifkan autodebet	confidence=0.8
id.downgrade.matikan_auto_renew_w	signal.downgrade	matikan auto renew*	confidence=0.85
id.downgrade.hentikan_perpanjangan_otomatis	signal.downgrade	hentikan perpanjangan otomatis
id.downgrade.batalkan_perpanjangan_otomatis	signal.downgrade	batalkan perpanjangan otomatis
id.downgrade.ke_paket_gratis	signal.downgrade	ke paket gratis	confidence=0.8
id.downgrade.ke_paket_dasar	signal.downgrade	ke paket dasar	confidence=0.75
id.downgrade.downgrade	signal.downgrade	downgrade
id.downgrade.turun_paket	signal.downgrade	turun paket
id.downgrade.turunkan_paket	signal.downgrade	turunkan paket
id.downgrade.menurunkan_paket	signal.downgrade	menurunkan paket
id.downgrade.paket_x_lebih_murah	signal.downgrade	paket ... lebih murah	confidence=0.8
id.downgrade.paket_lebih_kecil	signal.downgrade	paket lebih kecil	confidence=0.85
id.downgrade.paket_termurah	signal.downgrade	paket termurah	confidence=0.8
id.downgrade.turunkan_kecepatan	signal.downgrade	turunkan kecepatan	confidence=0.8
id.downgrade.kurangi_x_langganan	signal.downgrade	kurangi ... langganan	confidence=0.8
id.downgrade.mengurangi_x_langganan	signal.downgrade	mengurangi ... langganan	confidence=0.8
id.downgrade.kurangi_x_pemakaian	signal.downgrade	kurangi ... pemakaian	confidence=0.7
id.downgrade.mengurangi_pemakaian	signal.downgrade	mengurangi pemakaian	confidence=0.7
id.downgrade.jarang_pakai	signal.downgrade	jarang pakai	confidence=0.6
id.downgrade.jarang_dipakai	signal.downgrade	jarang dipakai	confidence=0.6
id.downgrade.tunda_x_langganan	signal.downgrade	tunda ... langganan	confidence=0.8
id.downgrade.berhenti_sementara	signal.downgrade	berhenti sementara	confidence=0.8
id.downgrade.nonaktifkan_sementara	signal.downgrade	nonaktifkan sementara	confidence=0.8

# change.unannounced: rules, prices or account manager changed without notice
id.unannounced.tanpa_x_pemberitahuan	change.unannounced	tanpa ... pemberitahuan	confidence=0.95
id.unannounced.tanpa_info	change.unannounced	tanpa info
id.unannounced.tanpa_informasi	change.unannounced	tanpa informasi	confidence=0.85
id.unannounced.tanpa_konfirmasi	change.unannounced	tanpa konfirmasi	confidence=0.8
id.unannounced.tanpa_persetujuan	change.unannounced	tanpa persetujuan	confidence=0.85
id.unannounced.tidak_ada_pemberitahuan	change.unannounced	tidak ada pemberitahuan
id.unannounced.gak_ada_pemberitahuan	change.unannounced	gak ada pemberitahuan
id.unannounced.ga_ada_pemberitahuan	change.unannounced	ga ada pemberitahuan
id.unannounced.nggak_ada_pemberitahuan	change.unannounced	nggak ada pemberitahuan
id.unannounced.tidak_diberitahu	change.unannounced	tidak diberitahu	confidence=0.85
id.unannounced.tidak_dikasih_tahu	change.unannounced	tidak dikasih tahu	confidence=0.85
id.unannounced.gak_dikasih_tahu	change.unannounced	gak dikasih tahu	confidence=0.85
id.unannounced.ga_dikasih_tau	change.unannounced	ga dikasih tau	confidence=0.85
id.unannounced.gak_dikasih_tau	change.unannounced	gak dikasih tau	confidence=0.85
id.unannounced.nggak_dikasih_tahu	change.unannounced	nggak dikasih tahu	confidence=0.85
id.unannounced.tidak_diinformasikan	change.unannounced	tidak diinformasikan	confidence=0.85
id.unannounced.tidak_ada_info	change.unannounced	tidak ada info	confidence=0.8
id.unannounced.gak_ada_info	change.unannounced	gak ada info	confidence=0.8
id.unannounced.ga_ada_info	change.unannounced	ga ada info	confidence=0.8
id.unannounced.tiba_tiba_berubah	change.unannounced	tiba tiba berubah	confidence=0.85
id.unannounced.tiba_tiba_naik	change.unannounced	tiba tiba naik	confidence=0.8
id.unannounced.tiba_tiba_diganti	change.unannounced	tiba tiba diganti	confidence=0.85
id.unannounced.tiba2_berubah	change.unannounced	tiba2 berubah	confidence=0.85
id.unannounced.tiba2_naik	change.unannounced	tiba2 naik	confidence=0.8
# "diam-diam" is a change without notice only with the change it qualifies ("diam-diam menaikkan harga");
# alone it is "secretly" in any story ("diam-diam dia suka")
id.unannounced.diam_diam_naik	change.unannounced	diam diam naik*	confidence=0.85
id.unannounced.diam_diam_menaik	change.unannounced	diam diam menaik*	confidence=0.85
id.unannounced.diam_diam_ganti	change.unannounced	diam diam ganti*	confidence=0.85
id.unannounced.diam_diam_mengganti	change.unannounced	diam diam mengganti*	confidence=0.85
id.unannounced.diam_diam_ubah	change.unannounced	diam diam ubah*	confidence=0.85
id.unannounced.diam_diam_mengubah	change.unannounced	diam diam mengubah*	confidence=0.85
id.unannounced.diam_diam_diubah	change.unannounced	diam diam diubah	confidence=0.85
id.unannounced.diam_diam_potong	change.unannounced	diam diam potong*	confidence=0.85
id.unannounced.diam_diam_memotong	change.unannounced	diam diam memotong*	confidence=0.85
id.unannounced.diam_diam_dipotong	change.unannounced	diam diam dipotong	confidence=0.85
id.unannounced.diam_diam_motong	change.unannounced	diam diam motong*	confidence=0.85
id.unannounced.diam_diam_tarik	change.unannounced	diam diam tarik*	confidence=0.85
id.unannounced.diam_diam_menarik	change.unannounced	diam diam menarik*	confidence=0.85
id.unannounced.diam_diam_ditarik	change.unannounced	diam diam ditarik	confidence=0.85
id.unannounced.diam_diam_sedot	change.unannounced	diam diam sedot*	confidence=0.85
id.unannounced.diam_diam_menyedot	change.unannounced	diam diam menyedot*	confidence=0.85
id.unannounced.diam_diam_nyedot	change.unannounced	diam diam nyedot*	confidence=0.85
id.unannounced.diam_diam_aktifkan	change.unannounced	diam diam aktifkan	confidence=0.85
id.unannounced.diam_diam_mengaktifkan	change.unannounced	diam diam mengaktifkan	confidence=0.85
id.unannounced.diam_diam_diaktifkan	change.unannounced	diam diam diaktifkan	confidence=0.85
id.unannounced.diam_diam_daftar	change.unannounced	diam diam daftar*	confidence=0.85
id.unannounced.diam_diam_mendaftarkan	change.unannounced	diam diam mendaftarkan	confidence=0.85
id.unannounced.diam_diam_didaftarkan	change.unannounced	diam diam didaftarkan	confidence=0.85
id.unannounced.diam_diam_tambah	change.unannounced	diam diam tambah*	confidence=0.85
id.unannounced.diam_diam_menambah	change.unannounced	diam diam menambah*	confidence=0.85
id.unannounced.diam_diam_ditambah	change.unannounced	diam diam ditambah*	confidence=0.85
id.unannounced.diam_diam_hapus	change.unannounced	diam diam hapus*	confidence=0.85
id.unannounced.diam_diam_menghapus	change.unannounced	diam diam menghapus*	confidence=0.85
id.unannounced.diam_diam_dihapus	change.unannounced	diam diam dihapus	confidence=0.85
id.unannounced.diam_diam_kurangi	change.unannounced	diam diam kurangi	confidence=0.85
id.unannounced.diam_diam_mengurangi	change.unannounced	diam diam mengurangi	confidence=0.85
id.unannounced.diam_diam_dikurangi	change.unannounced	diam diam dikurangi	confidence=0.85
id.unannounced.diam_diam_nonaktifkan	change.unannounced	diam diam nonaktifkan	confidence=0.85
id.unannounced.diam_diam_menonaktifkan	change.unannounced	diam diam menonaktifkan	confidence=0.85
id.unannounced.diam_diam_dinonaktifkan	change.unannounced	diam diam dinonaktifkan	confidence=0.85
id.unannounced.diam_diam_tagih	change.unannounced	diam diam tagih*	confidence=0.85
id.unannounced.diam_diam_menagih	change.unannounced	diam diam menagih*	confidence=0.85
id.unannounced.diam_diam_ditagih	change.unannounced	diam diam ditagih*	confidence=0.85
id.unannounced.sepihak	change.unannounced	sepihak*	confidence=0.85
id.unannounced.ubah_aturan	change.unannounced	ubah aturan	confidence=0.75
id.unannounced.mengubah_aturan	change.unannounced	mengubah aturan	confidence=0.75
id.unannounced.ganti_aturan	change.unannounced	ganti aturan	confidence=0.75
id.unannounced.aturan_x_diubah	change.unannounced	aturan ... diubah	confidence=0.7
id.unannounced.ganti_account_manager	change.unannounced	ganti account manager	confidence=0.75

# positive.suggestion: a collaborative idea for the brand
id.suggest.sebaiknya_menyediakan	positive.suggestion	sebaiknya menyediakan
id.suggest.saran_saya	positive.suggestion	saran saya	confidence=0.85
id.suggest.usul	positive.suggestion	usul	confidence=0.75
id.suggest.bagaimana_kalau_x_tambah_w	positive.suggestion	bagaimana kalau ... tambah*	confidence=0.8
id.suggest.gimana_kalau_x_tambah_w	positive.suggestion	gimana kalau ... tambah*	confidence=0.8
id.suggest.gimana_kalo_x_tambah_w	positive.suggestion	gimana kalo ... tambah*	confidence=0.8
id.suggest.usulan	positive.suggestion	usulan	confidence=0.75
id.suggest.mengusulkan	positive.suggestion	mengusulkan	confidence=0.8
id.suggest.alangkah_baiknya	positive.suggestion	alangkah baiknya
id.suggest.akan_lebih_baik	positive.suggestion	akan lebih baik	confidence=0.85
id.suggest.lebih_baik_kalau	positive.suggestion	lebih baik kalau	confidence=0.7
id.suggest.coba_tambahkan	positive.suggestion	coba tambahkan	confidence=0.85
id.suggest.tolong_tambahkan	positive.suggestion	tolong tambahkan	confidence=0.75
id.suggest.mohon_ditambahkan	positive.suggestion	mohon ditambahkan	confidence=0.8
id.suggest.bisa_ditambahkan	positive.suggestion	bisa ditambahkan	confidence=0.8
id.suggest.bisa_dipertimbangkan	positive.suggestion	bisa dipertimbangkan	confidence=0.8
id.suggest.request_fitur	positive.suggestion	request fitur	confidence=0.85
id.suggest.cc_at	positive.suggestion	cc <handle>	confidence=0.7

# positive.advocacy: praise, recommends the brand
id.advocacy.selalu_saya_rekomendasikan	positive.advocacy	selalu saya rekomendasikan	confidence=0.95
id.advocacy.selalu_rekomendasi_w	positive.advocacy	selalu rekomendasi*
id.advocacy.selalu_merekomendasi_w	positive.advocacy	selalu merekomendasi*
id.advocacy.sangat_merekomendasikan	positive.advocacy	sangat merekomendasikan
id.advocacy.sangat_direkomendasikan	positive.advocacy	sangat direkomendasikan
id.advocacy.rekomendasi_banget	positive.advocacy	rekomendasi banget	confidence=0.85
id.advocacy.recommended	positive.advocacy	recommended	confidence=0.8
id.advocacy.highly_recommended	positive.advocacy	highly recommended
id.advocacy.rekomen_banget	positive.advocacy	rekomen banget	confidence=0.85
id.advocacy.mantap	positive.advocacy	mantap	confidence=0.7
id.advocacy.mantul	positive.advocacy	mantul	confidence=0.8
id.advocacy.mantab	positive.advocacy	mantab	confidence=0.7
id.advocacy.keren	positive.advocacy	keren	confidence=0.6
id.advocacy.the_best	positive.advocacy	the best	confidence=0.7
id.advocacy.pelayanan_terbaik	positive.advocacy	pelayanan terbaik	confidence=0.8
id.advocacy.layanan_terbaik	positive.advocacy	layanan terbaik	confidence=0.8
id.advocacy.sangat_memuaskan	positive.advocacy	sangat memuaskan	confidence=0.85
id.advocacy.pelayanan_memuaskan	positive.advocacy	pelayanan memuaskan	confidence=0.85
id.advocacy.juara	positive.advocacy	juara	confidence=0.75
id.advocacy.puas_banget	positive.advocacy	puas banget	confidence=0.85
id.advocacy.puas_bgt	positive.advocacy	puas bgt	confidence=0.85
id.advocacy.sangat_puas	positive.advocacy	sangat puas	confidence=0.85
id.advocacy.sukses_terus	positive.advocacy	sukses terus	confidence=0.85
id.advocacy.pelayanan_x_bagus	positive.advocacy	pelayanan ... bagus	confidence=0.7
id.advocacy.cepat_tanggap	positive.advocacy	cepat tanggap	confidence=0.7
id.advocacy.fast_respon_w	positive.advocacy	fast respon*	confidence=0.75
id.advocacy.suka_banget	positive.advocacy	suka banget	confidence=0.75
id.advocacy.tidak_pernah_mengecewakan	positive.advocacy	tidak pernah mengecewakan
id.advocacy.gak_pernah_mengecewakan	positive.advocacy	gak pernah mengecewakan
id.advocacy.ga_pernah_kecewa	positive.advocacy	ga pernah kecewa	confidence=0.85
id.advocacy.tidak_pernah_kecewa	positive.advocacy	tidak pernah kecewa	confidence=0.85
id.advocacy.dua_jempol	positive.advocacy	dua jempol	confidence=0.85
id.advocacy.top_markotop	positive.advocacy	top markotop	confidence=0.85
id.advocacy.andalan	positive.advocacy	andalan	confidence=0.75
# suggestions with a gap, as the brief's "sebaiknya menyediakan" (added with the golden review)
id.suggest.sebaiknya_x_menyediakan	positive.suggestion	sebaiknya ... menyediakan	confidence=0.85
id.suggest.sebaiknya_x_menambah_w	positive.suggestion	sebaiknya ... menambah*	confidence=0.85
id.suggest.sebaiknya_x_juga	positive.suggestion	sebaiknya kalian juga	confidence=0.8
