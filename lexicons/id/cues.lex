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
# "mau membatalkan"/"mau cancel" need what is cancelled ("mau cancel satu item saja", "mau membatalkan janji temu" are no churn;
# "batalkan aja", "cancel aja" have their own entries)
@cancel_obj	langganan|berlangganan|langgan|layanan|perkhidmatan|akun|akaun|rekening|kontrak|paket|pakej|plan|pelan|keanggotaan|keahlian|membership|subscription|pesanan|order|tempahan|transaksi|pembelian|semua|semuanya|internet|talian|kartu|kad|polis|polisi
id.cancel.mau_membatalkan	churn.cancel	mau membatalkan ... {@cancel_obj}	confidence=0.8
id.cancel.ingin_membatalkan	churn.cancel	ingin membatalkan ... {@cancel_obj}	confidence=0.8
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
id.cancel.mau_cancel	churn.cancel	mau cancel ... {@cancel_obj}	confidence=0.8
id.cancel.cancel_aja	churn.cancel	cancel aja	confidence=0.75
id.cancel.tidak_mau_pakai_x_lagi	churn.cancel	tidak mau pakai ... lagi
id.cancel.tidak_mau_x_pelanggan_x_lagi	churn.cancel	tidak mau ... pelanggan ... lagi
id.cancel.gak_mau_pakai_x_lagi	churn.cancel	gak mau pakai ... lagi
id.cancel.ga_mau_pakai_x_lagi	churn.cancel	ga mau pakai ... lagi
id.cancel.nggak_mau_pakai_x_lagi	churn.cancel	nggak mau pakai ... lagi
id.cancel.tidak_akan_x_beli_x_lagi	churn.cancel	tidak akan ... beli ... lagi
id.cancel.gak_akan_x_beli_x_lagi	churn.cancel	{gak|nggak|ngga|enggak|gk} akan ... beli ... lagi
id.cancel.tidak_akan_x_pakai_x_lagi	churn.cancel	tidak akan ... pakai ... lagi
id.cancel.gak_akan_x_pakai_x_lagi	churn.cancel	{gak|nggak|ngga|enggak|gk} akan ... pakai ... lagi
id.cancel.ogah_pakai	churn.cancel	ogah pakai	confidence=0.85
id.cancel.ogah_beli	churn.cancel	ogah beli	confidence=0.8
id.cancel.kapok	churn.cancel	kapok	confidence=0.8
id.cancel.kapok_pakai	churn.cancel	kapok pakai
id.cancel.kapok_beli	churn.cancel	kapok beli
id.cancel.kapok_langganan	churn.cancel	kapok langganan
id.cancel.ini_terakhir_kali	churn.cancel	ini terakhir kali	confidence=0.8
id.cancel.ini_yang_terakhir	churn.cancel	ini yang terakhir	confidence=0.75
id.cancel.tidak_akan_memperpanjang	churn.cancel	tidak akan memperpanjang	confidence=0.8
id.cancel.gak_akan_perpanjang	churn.cancel	{gak|nggak|ngga|enggak|gk} akan perpanjang	confidence=0.8
id.cancel.ga_akan_perpanjang	churn.cancel	ga akan perpanjang	confidence=0.8
# not renewing, with words between ("kontrak tidak kami perpanjang")
id.cancel.kontrak_x_tidak_x_perpanjang	churn.cancel	{kontrak|langganan|paket|layanan|keanggotaan|membership} ... {tidak|tdk|gak|nggak|ga|tak|enggan} ... {perpanjang|memperpanjang|diperpanjang}	confidence=0.8
id.cancel.mending_berhenti	churn.cancel	mending berhenti	confidence=0.85
id.cancel.mending_tutup	churn.cancel	mending tutup	confidence=0.85
id.cancel.mendingan_berhenti	churn.cancel	mendingan berhenti	confidence=0.85
id.cancel.mending_x_berhenti	churn.cancel	{mending|mendingan} ... berhenti	confidence=0.8
id.cancel.berhenti_aja_pakai	churn.cancel	berhenti {aja|saja|ajalah|sajalah} {pakai|pake|langganan|berlangganan|menggunakan|memakai}	confidence=0.85
# "unreg paket" (telecom: deregister a package)
id.cancel.unreg	churn.cancel	{unreg|unregister} {paket|layanan|langganan}	confidence=0.75
# will not renew: "tidak akan perpanjang kontrak lagi"
id.cancel.tidak_akan_perpanjang	churn.cancel	{tidak|tdk|gak|ga|nggak|ngga|enggak} {akan|mau|bakal} {perpanjang|memperpanjang|lanjut|melanjutkan|lanjutin|renew} ... {kontrak|langganan|paket|layanan|berlangganan}	confidence=0.85
# "cabut" (slang: leave): "udahlah saya cabut aja". As written only: "dicabut" is revoked, and "cabut saja
# warga kehormatan" (just revoke it) is another sense, so not "saja".
id.cancel.cabut_aja	churn.cancel	cabut {aja|ajalah}	confidence=0.7; match=exact
id.cancel.saya_cabut	churn.cancel	{saya|aku|gw|gue} cabut	confidence=0.7; match=exact
# ending the service: "minta pemutusan layanan", "putuskan talian"
id.cancel.pemutusan_layanan	churn.cancel	pemutusan {layanan|langganan|kontrak|sambungan|internet}	confidence=0.85
id.cancel.putuskan_talian	churn.cancel	{putuskan|putuskanlah} {talian|sambungan|perkhidmatan|layanan|langganan|kontrak}	confidence=0.85
# no longer want to: "udah ga mau langganan lagi", "aku dah tak nak langgan lagi"
id.cancel.ga_mau_langganan_lagi	churn.cancel	{ga|gak|nggak|ngga|enggak|tidak|tdk|ogah|males} mau {langganan|berlangganan|pakai|pake|beli|order} lagi	confidence=0.85
# leaving: "mau keluar aja dari sini", "keluar dari membership"
id.cancel.mau_keluar_aja	churn.cancel	{mau|pengen|ingin|pingin} keluar {aja|saja|ajalah|sajalah}	confidence=0.75
id.cancel.keluar_dari_layanan	churn.cancel	keluar dari {sini|layanan|langganan|membership|keanggotaan|program}	confidence=0.8
id.cancel.cabut_langganan	churn.cancel	cabut langganan	confidence=0.85
id.cancel.cukup_sampai_di_sini	churn.cancel	cukup sampai di sini	confidence=0.85
id.cancel.cukup_sampai_disini	churn.cancel	cukup sampai disini	confidence=0.85
id.cancel.udahan_aja	churn.cancel	udahan aja	confidence=0.7

# churn.switch: moving to or shopping at a competitor
id.switch.pindah_ke_at	churn.switch	pindah ke <handle>
id.switch.beralih_ke_at	churn.switch	beralih ke <handle>
id.switch.pindah_provider	churn.switch	pindah provider
id.switch.pindah_operator	churn.switch	pindah operator
id.switch.pindah_layanan	churn.switch	pindah layanan	confidence=0.85; match=exact
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
id.switch.toko_sebelah	churn.switch	{toko|olshop|marketplace|aplikasi|app|apps|bank|ekspedisi|kurir|operator|kartu|kedai} sebelah	confidence=0.8
id.switch.provider_sebelah	churn.switch	provider sebelah	confidence=0.85
id.switch.lebih_murah_di	churn.switch	lebih murah di	confidence=0.7
id.switch.mending_pakai	churn.switch	mending pakai	confidence=0.8
id.switch.mendingan_pakai	churn.switch	mendingan pakai	confidence=0.8
id.switch.mending_ke	churn.switch	mending ke	confidence=0.7
id.switch.mending_beli_di	churn.switch	{mending|mendingan} {beli|belanja|order|pesan|shopping|langganan} di	confidence=0.8
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
# with a word between: "pelanggan setia sejak 2016", "pengguna indihome sejak tahun 2015"
id.tenure.x_sejak_yyyy	loyalty.tenure	{pelanggan|langganan|berlangganan|pengguna|nasabah|member|pemegang|customer|user} ... sejak <year>
id.tenure.x_sejak_tahun_yyyy	loyalty.tenure	{pelanggan|langganan|berlangganan|pengguna|nasabah|member|pemegang|customer|user} ... sejak tahun <year>
# from way back: "dari zaman streamyx lagi saya pakai TM", "sejak zaman dulu langganan" (id and ms)
id.tenure.dari_zaman_x_pakai	loyalty.tenure	{dari|sejak} zaman ... {pakai|pake|guna|langgan|langganan|berlangganan|pelanggan}	confidence=0.8
id.tenure.x_dari_tahun_yyyy	loyalty.tenure	{pelanggan|langganan|berlangganan|pengguna|nasabah|member|pakai|pake|guna} ... dari tahun <year>
id.tenure.pakai_x_n_tahun	loyalty.tenure	pakai ... <num> tahun	confidence=0.7
id.tenure.sudah_n_tahun_x_pakai	loyalty.tenure	{sudah|udah|sdh|dah} <num> tahun ... {pakai|pake|langganan|berlangganan|menggunakan|memakai}
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
id.tenure.pronoun_x_pelanggan_lama	loyalty.tenure	{saya|aku|kami|gue|gw} ... {pelanggan|nasabah} lama	confidence=0.8
id.tenure.sebagai_selaku_pelanggan_lama	loyalty.tenure	{sebagai|selaku} {pelanggan|nasabah} lama	confidence=0.85
id.tenure.sudah_setahun_x_pakai	loyalty.tenure	{sudah|udah|sdh|dah} setahun ... {pakai|pake|guna|langgan|langganan|berlangganan|melanggan|menggunakan|memakai}	confidence=0.8
id.tenure.pelanggan_x_setahun_setengah	loyalty.tenure	{pelanggan|nasabah|langganan|berlangganan|langgan|melanggan} ... setahun setengah

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
id.referral.ajak_x_teman	loyalty.referrals	{sudah|udah|dah|sdh} {ajak|ngajak|mengajak|ajakin} ... {teman|temen|kawan|keluarga|saudara|rekan|kolega}	confidence=0.8
# who brought them: "saya yang ajak satu keluarga langgan" (id and ms)
id.referral.ajak_x_keluarga_x_langgan	loyalty.referrals	{ajak|ngajak|mengajak|ajakin} ... {teman|temen|kawan|keluarga|saudara|rekan|kolega|jiran|tetangga} ... {langgan|langganan|berlangganan|pakai|pake|guna|join|daftar}	confidence=0.8

# repeat.failure: the problem happened before
id.repeat.lagi_lagi	repeat.failure	lagi lagi	confidence=0.95;alone=no
id.repeat.lagi2	repeat.failure	lagi2	alone=no
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
id.repeat.sering_crash	repeat.failure	{sering|selalu|terus} {crash|hang|ngehang|force|restart|logout}	confidence=0.8
id.repeat.komplain_terus	repeat.failure	{komplain|lapor|ngeluh|mengeluh|telepon|nelpon|chat} terus	confidence=0.75
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

# @failure: failures, complaints and repeated efforts that a count of times can qualify.
@failure	kecewa*|dikecewakan|komplain*|komplen*|lapor*|melapor*|mengeluh*|hubungi*|menghubungi|telepon*|telpon*|error*|eror*|gagal*|rusak*|mati|gangguan*|telat*|terlambat*|hilang*|lemot*|bermasalah|masalah|kendala*|crash*|ngehang|nyasar|lelet|padam
# repeat.failure: a count of times ("kesekian kalinya", "berkali-kali", "ketiga kalinya", "kali kedua") is a
# repeat only next to the failure or complaint it counts ("sudah komplain berkali-kali", "ketiga kalinya gangguan",
# "error untuk kesekian kalinya"); alone it is as often a return visit or a habit ("kedua kalinya ke sini").
# Each count below has two entries, count ... word and word ... count, with one list of failures and complaints
# (@failure above: add a new word there once).
# "kesekian kalinya", "ketiga kalinya" .. "kelima kalinya", before or after the failure, complaint or effort it counts
id.repeat.kesekian_kelima_kali_x_failure	repeat.failure	{kesekian|ketiga|keempat|kelima} kali* ... {@failure}	confidence=0.9
id.repeat.failure_x_kesekian_kelima_kali	repeat.failure	{@failure} ... {kesekian|ketiga|keempat|kelima} kali*	confidence=0.9
# "berkali-kali", "berulang kali", "berulang-ulang", before or after the failure, complaint or effort it counts
id.repeat.berkali_berulang_x_failure	repeat.failure	{berkali*|berulang*} ... {@failure}	confidence=0.9
id.repeat.failure_x_berkali_berulang	repeat.failure	{@failure} ... {berkali*|berulang*}	confidence=0.9
# "ke-3 kalinya", "ke 10 kali" (the Nth time), before or after the failure, complaint or effort it counts. A count
# (here and below) is a repeat from 2 on (min=2): "mati 1 kali" happened once.
id.repeat.ke_n_kali_x_failure	repeat.failure	ke <num> kali* ... {@failure}	confidence=0.9; min=2
id.repeat.failure_x_ke_n_kali	repeat.failure	{@failure} ... ke <num> kali*	confidence=0.9; min=2
# "<n> kali" (n times: "sudah telepon 5 kali"), before or after the failure, complaint or effort it counts
id.repeat.n_kali_x_failure	repeat.failure	<num> kali ... {@failure}	confidence=0.85; min=2
id.repeat.failure_x_n_kali	repeat.failure	{@failure} ... <num> kali	confidence=0.85; min=2
# "3x" (3 kali: "udah 3x telepon", "gangguan 2x minggu ini"), before or after the failure, complaint or effort
id.repeat.nx_x_failure	repeat.failure	<times> ... {@failure}	confidence=0.85; min=2
id.repeat.failure_x_nx	repeat.failure	{@failure} ... <times>	confidence=0.85; min=2
# "kali kedua", "kali ketiga", before or after the failure, complaint or effort it counts
id.repeat.kali_kedua_ketiga_x_failure	repeat.failure	kali {kedua|ketiga} ... {@failure}	confidence=0.9
id.repeat.failure_x_kali_kedua_ketiga	repeat.failure	{@failure} ... kali {kedua|ketiga}	confidence=0.9
# "dah banyak kali jadi", "jadi benda sama" (id and ms)
id.repeat.banyak_kali_x_jadi	repeat.failure	banyak kali ... {jadi|berlaku|terjadi|kena}	confidence=0.8; match=exact
id.repeat.jadi_benda_sama	repeat.failure	{jadi|berlaku|terjadi} {benda|perkara|hal|masalah|isu} {sama|serupa}	confidence=0.8
# "kejadian ketiga kalinya", and a failure "mulu" (all the time)
id.repeat.kejadian_ketiga_kali	repeat.failure	{kejadian|terjadi|kejadiannya} {kedua|ketiga|keempat|kelima|kesekian} kali*	confidence=0.9
id.repeat.failure_mulu	repeat.failure	{error|eror|mati|lemot|gangguan|down|crash|putus|rusak|gagal|lag|ngelag|hang|ngehang|bermasalah|lelet} {mulu|melulu}	confidence=0.85

# "gini lagi" (like this again) as a complaint, not "kapan gini lagi" (when again?)
id.repeat.kok_masa_gini_lagi	repeat.failure	{kok|masa|kenapa|knp} {gini|begini} lagi	confidence=0.85

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
id.anger.capek_komplain	emotion.anger	{capek|cape|capai|lelah} {komplain|ngeluh|mengeluh|nunggu|menunggu|nelpon|telepon|chat|lapor|ngurus|ngurusin}	confidence=0.8
id.anger.cukup_sudah	emotion.anger	cukup sudah	confidence=0.75
id.anger.keterlaluan	emotion.anger	keterlalu*
id.anger.kebangetan	emotion.anger	kebangetan	confidence=0.85
id.anger.payah	emotion.anger	payah	confidence=0.75
# "bobrok" alone is also friendly slang for goofy or unhinged ("anaknya bobrok banget"): rotten only
# when said of a system, service or institution, or getting worse ("makin bobrok")
id.anger.makin_sangat_bobrok	emotion.anger	{makin|semakin|kian|sudah|udah|sangat|lebih} bobrok	confidence=0.85
id.anger.benar_benar_bobrok	emotion.anger	benar benar bobrok	confidence=0.85
id.anger.bener_bener_bobrok	emotion.anger	bener bener bobrok	confidence=0.85
id.anger.alangkah_bobrok	emotion.anger	alangkah bobrok*	confidence=0.85
# what is rotten, before or after "bobrok" ("pemerintahan" is listed only before it)
id.anger.institution_x_bobrok	emotion.anger	{sistem*|pelayanan*|layanan*|manajemen*|birokrasi*|pengelolaan*|mental*|moral*|negara*|negeri*|pemerintah*|pemerintahan*|aplikasi*|perusahaan*|instansi*|institusi*|partai*|hukum*|aparat*|pejabat*|kualitas*} ... bobrok*	confidence=0.85
id.anger.bobrok_x_institution	emotion.anger	bobrok* ... {sistem*|pelayanan*|layanan*|manajemen*|birokrasi*|pengelolaan*|mental*|moral*|negara*|negeri*|pemerintah*|aplikasi*|perusahaan*|instansi*|institusi*|partai*|hukum*|aparat*|pejabat*|kualitas*}	confidence=0.85
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
# "gak happy sama pelayanannya": the English word in an Indonesian sentence
id.disappoint.tidak_happy	emotion.disappointment	{tidak|tdk|gak|ga|gk|nggak|ngga|enggak|kurang} happy	confidence=0.8
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
id.disappoint.gak_memuaskan	emotion.disappointment	{gak|nggak|ngga|enggak|gk} memuaskan	confidence=0.85
id.disappoint.ga_memuaskan	emotion.disappointment	ga memuaskan	confidence=0.85
id.disappoint.ketidakpuasan	emotion.disappointment	ketidakpuasan	confidence=0.85
id.disappoint.tidak_sesuai_harapan	emotion.disappointment	tidak sesuai harapan
id.disappoint.gak_sesuai_harapan	emotion.disappointment	gak sesuai harapan
id.disappoint.ga_sesuai_harapan	emotion.disappointment	ga sesuai harapan
id.disappoint.nggak_sesuai_harapan	emotion.disappointment	nggak sesuai harapan
id.disappoint.tidak_sesuai_ekspektasi	emotion.disappointment	tidak sesuai ekspektasi
id.disappoint.gak_sesuai_ekspektasi	emotion.disappointment	{gak|nggak|ngga|enggak|gk} sesuai ekspektasi
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
# "tidak pernah saya sekecewa ini": never this disappointed; the negator inside the entry keeps it live
id.disappoint.neg_pernah_x_sekecewa_ini	emotion.disappointment	{tidak|tdk|belum|blm|tak|gak|nggak|ga|gk} pernah ... {sekecewa|sesedih} {ini|itu}	confidence=0.9
id.disappoint.tidak_merekomendasikan	emotion.disappointment	tidak merekomendasikan	confidence=0.85
id.disappoint.gak_rekomen	emotion.disappointment	gak rekomen	confidence=0.85
id.disappoint.ga_rekomen	emotion.disappointment	ga rekomen	confidence=0.85
id.disappoint.nggak_rekomen	emotion.disappointment	nggak rekomen	confidence=0.85
id.disappoint.tidak_rekomen	emotion.disappointment	tidak rekomen	confidence=0.85
id.disappoint.tidak_recommended	emotion.disappointment	tidak recommended	confidence=0.85
id.disappoint.gak_recommended	emotion.disappointment	{gak|nggak|ngga|enggak|gk} recommended	confidence=0.85
id.disappoint.not_recommended	emotion.disappointment	not recommended	confidence=0.85

# public.exposure: public channel, @brand mention, threat to post, review or go viral
id.public.viralkan	public.exposure	viralkan	confidence=0.95
id.public.diviralkan	public.exposure	diviralkan	confidence=0.95
id.public.memviralkan	public.exposure	memviralkan	confidence=0.95
id.public.viralin	public.exposure	viralin	confidence=0.95
id.public.sebarkan	public.exposure	sebarkan	confidence=0.8
id.public.posting_di_medsos	public.exposure	posting di medsos
id.public.upload_di_medsos	public.exposure	upload di medsos
# posting the complaint itself ("posting kejadian ini di sosmed", "sebarin ke medsos"), not any post ("upload twibbon di
# instagram")
id.public.post_ini_x_sosmed	public.exposure	{posting|post|upload|sebar|sebarin|sebarkan|share} {ini|kejadian|masalah|pengalaman|kasus} ... {sosmed|medsos|twitter|facebook|fb|instagram|ig|tiktok}	confidence=0.8
id.public.sebar_ke_sosmed	public.exposure	{sebar|sebarin|sebarkan|viralkan|viralin|spill} {ke|di} {sosmed|medsos|twitter|facebook|fb|instagram|ig|tiktok}	confidence=0.85
id.public.biar_semua_tahu	public.exposure	biar semua {tahu|tau}	confidence=0.8
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
# legal threats: the complaint leaves the support channel
id.public.jalur_hukum	public.exposure	{tempuh|menempuh|bawa|membawa|lanjutkan|melanjutkan|lanjut|ambil} ... {jalur|ranah} hukum	confidence=0.85
id.public.somasi	public.exposure	{kirim|kirimkan|layangkan|melayangkan|mengirim} somasi	confidence=0.85
id.public.gugat	public.exposure	{gugat|menggugat|gugatan} {kalian|anda|perusahaan|pihak}	confidence=0.85
id.public.pengacara	public.exposure	{pengacara|lawyer|kuasa} {saya|kami|hukum}	confidence=0.8
id.public.surat_pembaca	public.exposure	surat pembaca
id.public.ke_media	public.exposure	ke media	confidence=0.75
id.public.bikin_thread	public.exposure	bikin thread	confidence=0.75
id.public.spill	public.exposure	spill	confidence=0.6
id.public.ramaikan	public.exposure	ramaikan	confidence=0.7
# a complaint to a consumer or public body: "lapor ke BPSK", "adukan ke OJK"
id.public.lapor_ke_lembaga	public.exposure	{lapor|laporkan|melapor|melaporkan|adukan|mengadu|mengadukan} ke {bpsk|ylki|ombudsman|ojk|bpkn|kominfo|polisi|kpi}	confidence=0.9

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
# so "mendesak"/"darurat" only qualified ("urusan mendesak", "ini darurat") or intensified ("darurat banget"),
# "sekarang juga"/"secepat mungkin" only in a request ("tolong ... sekarang juga", "harus ... secepat mungkin")
id.urgency.qualified_mendesak	urgency	{sangat|urusan|keperluan|lagi} mendesak	confidence=0.85
id.urgency.qualified_darurat	urgency	{ini|sangat|urusan|keperluan} darurat	confidence=0.85
id.urgency.mendesak_darurat_banget	urgency	{mendesak|darurat} {banget|bgt|sekali}	confidence=0.85
id.urgency.request_x_sekarang_juga	urgency	{tolong|mohon|harap|minta|harus} ... sekarang juga	confidence=0.85
id.urgency.butuh_x_sekarang_juga	urgency	{butuh|perlu|harus} ... sekarang juga	confidence=0.85
# "tolong ASAP ya" (id and ms)
id.urgency.tolong_x_asap	urgency	{tolong|mohon|harap|minta|sila|please|pls|plz} ... asap	confidence=0.85
id.urgency.diprioritaskan	urgency	{tolong|mohon|harap|minta|please} {diprioritaskan|prioritaskan|diutamakan|didahulukan}	confidence=0.8
id.urgency.harap_diprioritaskan	urgency	{harap|berharap|minta} ... {diprioritaskan|diutamakan|didahulukan}	confidence=0.75
id.urgency.beri_keutamaan	urgency	{beri|berikan|kasih|bagi} {keutamaan|prioritas}	confidence=0.75
id.urgency.request_x_secepat_mungkin	urgency	{tolong|mohon|harap|minta|harus} ... secepat mungkin	confidence=0.85

# ignored: nobody listens, waited long, passed around
id.ignored.tidak_ada_yang_membalas	ignored	tidak ada yang membalas	confidence=0.95
id.ignored.tidak_ada_yang_balas	ignored	tidak ada yang balas	confidence=0.95
id.ignored.gak_ada_yang_balas	ignored	{gak|nggak|ngga|enggak|gk} ada yang balas	confidence=0.95
id.ignored.gak_ada_yang_bales	ignored	gak ada yang bales	confidence=0.95
id.ignored.ga_ada_yang_balas	ignored	ga ada yang balas	confidence=0.95
id.ignored.ga_ada_yang_bales	ignored	ga ada yang bales	confidence=0.95
id.ignored.nggak_ada_yang_bales	ignored	nggak ada yang bales	confidence=0.95
id.ignored.tidak_ada_yang_merespon_w	ignored	tidak ada yang merespon*
id.ignored.gak_ada_yang_respon_w	ignored	{gak|nggak|ngga|enggak|gk} ada yang respon*
id.ignored.ga_ada_yang_respon_w	ignored	ga ada yang respon*
id.ignored.tidak_ada_yang_menanggapi	ignored	tidak ada yang menanggapi
id.ignored.tidak_ada_yang_jawab	ignored	tidak ada yang jawab
id.ignored.gak_ada_yang_jawab	ignored	{gak|nggak|ngga|enggak|gk} ada yang jawab
id.ignored.ga_ada_yang_jawab	ignored	ga ada yang jawab
id.ignored.tidak_ada_yang_angkat	ignored	tidak ada yang angkat
id.ignored.gak_ada_yang_angkat	ignored	{gak|nggak|ngga|enggak|gk} ada yang angkat
id.ignored.ga_ada_yang_angkat	ignored	ga ada yang angkat
id.ignored.tak_ada_yang_balas	ignored	tak ada yang balas	confidence=0.95
id.ignored.tak_ada_yang_bales	ignored	tak ada yang bales	confidence=0.95
id.ignored.tak_ada_yang_jawab	ignored	tak ada yang jawab
id.ignored.tak_ada_yang_respon_w	ignored	tak ada yang respon*
id.ignored.tidak_ada_yang_peduli	ignored	tidak ada yang peduli
id.ignored.gak_ada_yang_peduli	ignored	{gak|nggak|ngga|enggak|gk} ada yang peduli
id.ignored.ga_ada_yang_peduli	ignored	ga ada yang peduli
id.ignored.tidak_ada_balasan	ignored	tidak ada balasan	confidence=0.85
id.ignored.gak_ada_balasan	ignored	{gak|nggak|ngga|enggak|gk} ada balasan	confidence=0.85
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
id.ignored.gak_ada_kabar	ignored	{gak|nggak|ngga|enggak|gk} ada kabar	confidence=0.85
id.ignored.ga_ada_kabar	ignored	ga ada kabar	confidence=0.85
id.ignored.belum_ada_kabar	ignored	belum ada kabar	confidence=0.8
id.ignored.tanpa_kabar	ignored	tanpa kabar	confidence=0.8
id.ignored.tidak_ada_kejelasan	ignored	tidak ada kejelasan	confidence=0.8
id.ignored.gak_ada_kejelasan	ignored	{gak|nggak|ngga|enggak|gk} ada kejelasan	confidence=0.8
id.ignored.belum_ada_kejelasan	ignored	belum ada kejelasan	confidence=0.8
id.ignored.tidak_ada_tindak_lanjut	ignored	tidak ada tindak lanjut	confidence=0.85
id.ignored.belum_ada_tindak_lanjut	ignored	belum ada tindak lanjut	confidence=0.85
id.ignored.belum_dibalas	ignored	belum dibalas	confidence=0.8
id.ignored.belum_direspon_w	ignored	belum direspon*	confidence=0.8
id.ignored.neg_respon	ignored	{tidak|tdk|gak|ga|gk|nggak|ngga|enggak} {respon|merespon|direspon|ngerespon|dibalas|dibales|ditanggapi|nanggepin}	confidence=0.85
# a line that never connects or a call never picked up: "ga pernah nyambung"
id.ignored.ga_pernah_nyambung	ignored	{tidak|tdk|gak|ga|gk|nggak|ngga|enggak} pernah {nyambung|tersambung|diangkat|dibalas|dibales|direspon|ditanggapi}	confidence=0.85
# hung up on, and ignored: "CS menutup telepon begitu saja", "keluhan saya diabaikan"
id.ignored.tutup_telepon_begitu	ignored	{menutup|tutup|memutus|mutusin|matiin|putus} {telepon|telpon|chat|panggilan|sambungan} {begitu|gitu|sepihak|seenaknya}	confidence=0.8
id.ignored.keluhan_x_diabaikan	ignored	{keluhan|komplain|laporan|email|pesan|chat|tiket|aduan|pertanyaan} ... {diabaikan|dicuekin|dikacangin}	confidence=0.85
# a promise not kept: "dijanjikan ditelepon balik tapi tidak pernah", "janji nak call balik tapi tak call pun"
id.ignored.janji_x_tapi_tidak	ignored	{janji|dijanjikan|dijanjiin|janjinya|berjanji} ... {tapi|tp|tpi|namun} {tidak|tak|gak|ga|nggak|belum|x|tk|takde|xde|tiada}	confidence=0.75
id.ignored.belum_ditanggapi	ignored	belum ditanggapi	confidence=0.8
id.ignored.tidak_dibalas	ignored	tidak dibalas	confidence=0.85
# the one who should answer does not ("CS gak bales chat", "admin tidak merespon")
id.ignored.cs_tidak_balas	ignored	{cs|admin|operator|mereka|kalian|pihak} {tidak|tdk|gak|ga|nggak|ngga|enggak|gk|belum|blm|tak} {balas|bales|membalas|respon|merespon|jawab|menjawab|angkat|mengangkat|tanggapi|menanggapi}	confidence=0.85
id.ignored.dibalas_n_hari	ignored	{dibalas|dibales|direspon|direspons|ditanggapi|dijawab} <num> {hari|jam|minggu}	confidence=0.8
id.ignored.tidak_direspon_w	ignored	tidak direspon*	confidence=0.85
id.ignored.tidak_ditanggapi	ignored	tidak ditanggapi	confidence=0.85
id.ignored.gak_dibales	ignored	{gak|nggak|ngga|enggak|gk} dibales	confidence=0.85
id.ignored.ga_dibales	ignored	ga dibales	confidence=0.85
id.ignored.gak_dibalas	ignored	{gak|nggak|ngga|enggak|gk} dibalas	confidence=0.85
id.ignored.gak_direspon_w	ignored	gak direspon*	confidence=0.85
id.ignored.ga_direspon_w	ignored	ga direspon*	confidence=0.85
id.ignored.nggak_direspon_w	ignored	nggak direspon*	confidence=0.85
id.ignored.gak_ditanggapi	ignored	{gak|nggak|ngga|enggak|gk} ditanggapi	confidence=0.85
id.ignored.tidak_diangkat	ignored	tidak diangkat	confidence=0.85
id.ignored.gak_diangkat	ignored	{gak|nggak|ngga|enggak|gk} diangkat	confidence=0.85
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
# the duration first: "sudah 2 hari menunggu balasan CS"
id.ignored.n_hari_x_menunggu	ignored	<num> {hari|jam|minggu|bulan} ... {menunggu|nunggu|nungguin|ditunggu}
id.ignored.seminggu_x_menunggu	ignored	{seminggu|sebulan|seharian|berhari|berminggu|berbulan} ... {menunggu|nunggu|nungguin|ditunggu}
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
id.value.pesanan_besar	value.at_risk	pesanan besar	alone=no
id.value.order_besar	value.at_risk	order besar	confidence=0.85;alone=no
id.value.orderan_besar	value.at_risk	orderan besar	confidence=0.85;alone=no
id.value.partai_besar	value.at_risk	partai besar	confidence=0.8;alone=no
id.value.perpanjangan_kontrak	value.at_risk	{perpanjangan|pembaruan|pembaharuan|renewal} kontrak	confidence=0.85;alone=no
id.value.nilai_kontrak	value.at_risk	nilai kontrak	confidence=0.85;alone=no
id.value.proyek_besar	value.at_risk	proyek besar	confidence=0.8;alone=no
id.value.klien_besar	value.at_risk	klien besar	confidence=0.8;alone=no
id.value.akun_korporat	value.at_risk	akun korporat	confidence=0.7;alone=no
id.value.puluhan_juta	value.at_risk	puluhan juta	confidence=0.75;alone=no
id.value.ratusan_juta	value.at_risk	ratusan juta	confidence=0.85;alone=no
id.value.puluhan_unit	value.at_risk	puluhan unit	confidence=0.75;alone=no
id.value.ratusan_unit	value.at_risk	ratusan unit	confidence=0.8;alone=no
id.value.ribuan_unit	value.at_risk	ribuan unit	confidence=0.85;alone=no
# the size of the account in numbers, and money the problem costs
id.value.pelanggan_korporat	value.at_risk	{pelanggan|klien|customer|akun} {korporat|korporasi|perusahaan|bisnis}	confidence=0.75;alone=no
# a large order: "beli dalam jumlah banyak" (id and ms). Not "order banyak": a diner orders many dishes.
id.value.jumlah_banyak	value.at_risk	{order|pesan|beli|membeli|borong} dalam jumlah {banyak|besar}	confidence=0.8; match=exact;alone=no
# a contract that ends soon, and what the account spends (id and ms)
id.value.kontrak_x_habis	value.at_risk	kontrak ... {habis|berakhir|tamat|selesai|luput|expired}	confidence=0.75;alone=no
id.value.pertimbangkan_perpanjangan	value.at_risk	{pertimbangkan|mempertimbangkan|menimbang} {perpanjangan|pembaruan|pembaharuan|renewal}	confidence=0.85
id.value.bergantung_pada_ini	value.at_risk	{tergantung|bergantung} {pada|kepada|dengan|sama} {masalah|perkara|hal|isu|kes|ini|ni}	confidence=0.75
id.value.tinjau_ulang_kontrak	value.at_risk	{evaluasi|mengevaluasi|tinjau|meninjau|nilai} {ulang|semula} ... {kontrak|langganan|kerjasama|perkhidmatan|pakej|paket}	confidence=0.8
id.value.belanja_ratusan	value.at_risk	{belanja|membelanjakan|bayar|membayar|spend} {beratus|beribu|berjuta|ratusan|ribuan|jutaan|puluhan}	confidence=0.8;alone=no
id.value.n_akun	value.at_risk	<num> {akun|line|pengguna|karyawan|lisensi}	confidence=0.7; min=10;alone=no
id.value.kerugian_besar	value.at_risk	{kerugian|rugi} {besar|jutaan|puluhan|ratusan|miliaran}	confidence=0.8

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
id.downgrade.turunkan_paket	signal.downgrade	{turunkan|turunin|nurunin|nurunkan} {paket|plan|langganan|kecepatan|speed|bandwidth|pakej|pelan}
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
id.downgrade.turun_x_paket	signal.downgrade	{turun|turunin|menurunkan|downgrade} ... {paket|plan|langganan} ... {kecil|murah|rendah|dasar|basic}	confidence=0.85
id.downgrade.kurangi_paket	signal.downgrade	{kurangi|mengurangi|kurangin|kurangkan|mengurangkan} {paket|pakej|langganan|channel|saluran|kuota|plan}	confidence=0.85
id.downgrade.hentikan_x_autodebet	signal.downgrade	{berhentikan|hentikan|matikan|stop|nonaktifkan|batalkan|cabut} ... {autodebet|autodebit|autorenew|autopay}	confidence=0.85

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
id.unannounced.gak_dikasih_tau	change.unannounced	{gak|nggak|ngga|enggak|gk} dikasih tau	confidence=0.85
id.unannounced.nggak_dikasih_tahu	change.unannounced	nggak dikasih tahu	confidence=0.85
id.unannounced.tidak_diinformasikan	change.unannounced	tidak diinformasikan	confidence=0.85
id.unannounced.tidak_ada_info	change.unannounced	tidak ada info	confidence=0.8
id.unannounced.gak_ada_info	change.unannounced	{gak|nggak|ngga|enggak|gk} ada info	confidence=0.8
id.unannounced.ga_ada_info	change.unannounced	ga ada info	confidence=0.8
id.unannounced.tiba_tiba_berubah	change.unannounced	tiba tiba berubah	confidence=0.85
id.unannounced.tiba_tiba_naik	change.unannounced	tiba tiba naik	confidence=0.8
id.unannounced.tiba_tiba_diganti	change.unannounced	tiba tiba diganti	confidence=0.85
id.unannounced.tiba2_berubah	change.unannounced	tiba2 berubah	confidence=0.85
id.unannounced.tiba2_naik	change.unannounced	tiba2 naik	confidence=0.8
# "diam-diam" is a change without notice only with the change it qualifies ("diam-diam menaikkan harga");
# alone it is "secretly" in any story ("diam-diam dia suka")
# so "diam-diam" followed by the change (raise, replace, change, cut, withdraw, drain, activate, register, add,
# delete, reduce, deactivate, bill) in base, active (meN-/N-) and passive (di-) forms
id.unannounced.diam_diam_change	change.unannounced	diam diam {naik*|menaik*|ganti*|mengganti*|ubah*|mengubah*|diubah|potong*|memotong*|dipotong|motong*|tarik*|menarik*|ditarik|sedot*|menyedot*|nyedot*|aktifkan|mengaktifkan|diaktifkan|daftar*|mendaftarkan|didaftarkan|tambah*|menambah*|ditambah*|hapus*|menghapus*|dihapus|kurangi|mengurangi|dikurangi|nonaktifkan|menonaktifkan|dinonaktifkan|tagih*|menagih*|ditagih*}	confidence=0.85
id.unannounced.sepihak	change.unannounced	sepihak*	confidence=0.85
id.unannounced.ubah_aturan	change.unannounced	ubah aturan	confidence=0.75
id.unannounced.mengubah_aturan	change.unannounced	mengubah aturan	confidence=0.75
id.unannounced.ganti_aturan	change.unannounced	ganti aturan	confidence=0.75
id.unannounced.aturan_x_diubah	change.unannounced	aturan ... diubah	confidence=0.7
id.unannounced.ganti_account_manager	change.unannounced	ganti account manager	confidence=0.75
# raised or changed without being told: "bil naik tanpa diberitahu", "harga naik tanpa dikasih tau" (id and ms)
id.unannounced.naik_x_tanpa_diberitahu	change.unannounced	{naik|berubah|diubah|ditukar|tukar|dinaikkan|dinaikin|ganti|diganti} ... tanpa {diberitahu|beritahu|bagitahu|dimaklumkan|dikasih|dikabari|info|informasi}	confidence=0.85
# all of a sudden: "fitur tiba-tiba dihapus", "caj naik tiba-tiba" (id and ms). Not "hilang": a signal lost all
# of a sudden is a failure.
id.unannounced.tiba_tiba_x	change.unannounced	tiba tiba {dihapus|dihilangkan|diganti|diubah|naik|berubah|ditukar|dipotong|dicaj|ditambah}	confidence=0.8
id.unannounced.x_tiba_tiba	change.unannounced	{naik|berubah|ditukar|diganti|dihapus|dipotong|dicaj} tiba tiba	confidence=0.8

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
id.suggest.saran_saja	positive.suggestion	{saran|usul|masukan} {saja|aja|sih|dari|kecil}	confidence=0.75
id.suggest.sebaiknya_ada	positive.suggestion	sebaiknya {ada|disediakan|ditambah|ditambahkan|menambahkan|dibuat|diberi}	confidence=0.8
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
id.advocacy.gak_pernah_mengecewakan	positive.advocacy	{gak|nggak|ngga|enggak|gk} pernah mengecewakan
# service praised in two words (no gap: positive entries are not negated, and "pelayanan tidak cepat" is no praise)
id.advocacy.pelayanannya_cepat	positive.advocacy	{pelayanannya|pelayanan|layanannya|responnya|adminnya|csnya} {cepat|ramah|sigap|memuaskan|mantap|oke}	confidence=0.75
id.advocacy.ga_pernah_kecewa	positive.advocacy	ga pernah kecewa	confidence=0.85
id.advocacy.tidak_pernah_kecewa	positive.advocacy	tidak pernah kecewa	confidence=0.85
id.advocacy.dua_jempol	positive.advocacy	dua jempol	confidence=0.85
id.advocacy.top_markotop	positive.advocacy	top markotop	confidence=0.85
id.advocacy.andalan	positive.advocacy	andalan	confidence=0.75
# suggestions with a gap, as the brief's "sebaiknya menyediakan" (added with the golden review)
id.suggest.sebaiknya_x_menyediakan	positive.suggestion	sebaiknya ... menyediakan	confidence=0.85
id.suggest.sebaiknya_x_menambah_w	positive.suggestion	sebaiknya ... menambah*	confidence=0.85
id.suggest.sebaiknya_x_juga	positive.suggestion	sebaiknya kalian juga	confidence=0.8
id.suggest.bagusnya_ada	positive.suggestion	{bagusnya|baiknya|mending} {ada|disediakan|ditambah|ditambahkan|dikasih|diberi}	confidence=0.8

# Everyday support wording, id and ms (a probe of 134 messages found 46 missing)
# unsubscribing from a service (not from e-mails), and stopping a subscription or service in colloquial and Malay forms ("berhentiin langganan",
# "hentikan perkhidmatan")
id.cancel.unsubscribe	churn.cancel	{unsubscribe|unsub} ... {layanan|langganan|paket|pakej|premium|membership|akun|akaun|perkhidmatan|kalian|korang|anda}	confidence=0.8
id.cancel.hentikan_x_langganan	churn.cancel	{berhentiin|hentikan|hentiin|stopin|stopkan} ... {langganan|berlangganan|layanan|perkhidmatan|kontrak|akun|akaun}	confidence=0.85
# moving to a named competitor, handle or not: "pindah ke Biznet aja", "ganti kartu ke XL", "dah port ke Digi"
# (Malaysian brands are in lexicons/ms/cues.lex: Maxis is also a restaurant in Bandung). No banks or
# couriers: "ganti pembayaran ke BCA", "tolong ganti kurir ke JNE" are requests, not leaving
@rival	telkomsel|indosat|im3|xl|axis|smartfren|byu|biznet|myrepublic|indihome|iconnet|shopee|tokopedia|lazada|bukalapak|blibli|gojek|grab|garuda|citilink|airasia
id.switch.pindah_ke_rival	churn.switch	{pindah|beralih|ganti|tukar|port|hijrah|migrasi|switch|bertukar} ... ke {@rival}	confidence=0.8
id.switch.pindah_bank	churn.switch	pindah {bank|isp|kurir|ekspedisi|maskapai|marketplace|telco}	confidence=0.75
# tenure said the other way round: "pakai Telkomsel dari zaman SMA", "pelanggan TM dari zaman Streamyx"
id.tenure.pakai_x_dari_zaman	loyalty.tenure	{pakai|pake|guna|langganan|langgan|pelanggan|nasabah|pengguna|setia} ... {dari|sejak} zaman	confidence=0.8
# "dari tahun 2015 saya belanja di sini"
id.tenure.dari_tahun_yyyy_x_pakai	loyalty.tenure	{dari|sejak} tahun <year> ... {pakai|pake|belanja|langganan|berlangganan|guna|pelanggan|nasabah|beli|order}	confidence=0.8
# "saya yang ngajak satu kantor", "karena saya yang rekomendasiin", "aku yang ajak"
id.referral.saya_yang_rekomen	loyalty.referrals	{saya|aku|gue|gw|sy} yang {rekomen|rekomenin|rekomendasiin|rekomendasikan|merekomendasikan|recommend|recommended|promosiin|promosikan|mempromosikan|promote|kenalkan|kenalin|ngenalin|memperkenalkan}	confidence=0.85
# inviting is a referral when it is why they joined, or what they joined for ("teman saya yang mengajak saya kemari" is not)
id.referral.sebab_saya_yang_ajak	loyalty.referrals	{karena|karna|krn|sebab|sbb|kerana|gara} {saya|aku|gue|gw|sy} yang {ajak|ngajak|mengajak}	confidence=0.85
id.referral.saya_yang_ajak_x_pakai	loyalty.referrals	{saya|aku|gue|gw|sy} yang {ajak|ngajak|mengajak} ... {pakai|pake|guna|langganan|daftar|join|gabung|belanja|install|pindah}	confidence=0.85
# a referral code of one's own: "lewat kode referral gue"
id.referral.kode_referral_saya	loyalty.referrals	{kode|link|kod} {referral|referal|reff|ref} {saya|gue|gw|aku|sy}	confidence=0.75
# recommended to friends or family: "merekomendasikan toko ini ke teman", "dah kenalkan kedai ni kat ramai kawan"
@friends	teman*|temen*|kawan*|jiran*|keluarga|family|saudara*|sodara*|rekan*|kolega|sahabat*|tetangga
id.referral.rekomen_x_ke_teman	loyalty.referrals	{rekomen|rekomenin|rekomendasiin|rekomendasikan|merekomendasikan|ngerekomendasiin|recommend|recommended|kenalkan|kenalin|ngenalin|memperkenalkan|perkenalkan|cadangkan|mencadangkan|syorkan|promote|promosiin|promosikan|mempromosikan} ... {ke|kat|kepada|pada|dekat|dkt|kt} ... {@friends}	confidence=0.8; match=exact
# failing again, more words: "nyasar lagi", "pesawat delay lagi", "listrik padam lagi"
id.repeat.failure_lagi_more	repeat.failure	{nyasar|crash|ngehang|delay|pecah|ngelag|lelet|padam|bocor|lag} lagi	confidence=0.85
id.repeat.failure_terus_more	repeat.failure	{crash|ngehang|hang|close|ngelag|lelet|nyasar|logout|delay|padam} {terus|mulu|melulu}	confidence=0.8
id.repeat.kejadian_yang_sama	repeat.failure	{kejadian|insiden|gangguan|error|eror|problem} yang sama	confidence=0.8
# threat of a bad rating: "kasih bintang 1", "bagi rating teruk"
id.public.kasih_bintang_1	public.exposure	{kasih|kasi|ngasih|beri|memberi|berikan|bagi|give} {bintang|rating|review|ulasan} {1|satu|jelek|buruk|negatif|rendah|teruk}	confidence=0.85
# about to renew: "kami mau perpanjang kontrak tahunan" (not news: "resmi perpanjang kontrak")
id.value.mau_perpanjang_kontrak	value.at_risk	{mau|akan|ingin|rencana|berencana|hendak|nak|mahu} {perpanjang|memperpanjang|sambung|renew} kontrak	confidence=0.8;alone=no
# a large order in units: "pesan 500 unit", "borong 200 pcs"
id.value.n_unit	value.at_risk	{pesan|order|beli|borong|ambil|tempah|tempahan|butuh|perlu} ... <num> {unit|pcs|buah|box|dus|karton|kotak|set|biji}	confidence=0.7; min=50;alone=no
# auto-renewal off: "nonaktifin auto-renewal", "matiin auto debit"
id.downgrade.off_auto_renew	signal.downgrade	{nonaktifin|nonaktifkan|menonaktifkan|matiin|matikan|mematikan|hentikan|berhentiin|stop|batalkan|batalin} ... auto {renew*|debit|debet|pay|payment}	confidence=0.85
# to a basic plan: "tukar pakej ke yang paling asas", "ganti paket ke yang basic"
id.downgrade.tukar_pakej_ke_asas	signal.downgrade	{tukar|turun|ganti|pindah} {pakej|paket|plan|pelan} ... ke ... {asas|basic|termurah|dasar|minimum|terendah}	confidence=0.8
# the change before "diam-diam": "syarat diubah diam-diam", "harga naik senyap-senyap"
id.unannounced.change_diam_diam	change.unannounced	{diubah|dinaikkan|dinaikin|diganti|ditukar|dipotong|naik|berubah|ditambah|dihapus|dikurangi|dikurangkan|dicaj|ditagih} {diam|senyap} {diam|senyap}	confidence=0.85
# praise for help: "sangat membantu", "luar biasa membantu" (not "biasa membantu": usually helps)
id.advocacy.sangat_membantu	positive.advocacy	{sangat|sangatlah|amat|super|sgt|begitu|sungguh} membantu	confidence=0.75
id.advocacy.luar_biasa_membantu	positive.advocacy	luar biasa {membantu|ramah|cepat|responsif|sigap}	confidence=0.75
# a request to hurry: "tolong segerakan", "mohon dipercepat"
id.urgency.tolong_segerakan	urgency	{tolong|mohon|harap|sila|minta|please|pls} {segerakan|disegerakan|percepat|dipercepat|percepatkan|dipercepatkan|cepatkan}	confidence=0.85
# told to wait and nothing more: "suruh tunggu je", "disuruh nunggu terus"
id.ignored.suruh_tunggu_je	ignored	{suruh|disuruh|kena} {tunggu|nunggu|menunggu} {je|jer|sahaja|saja|aja|terus|mulu}	confidence=0.75
# passed to another department: "kena tolak ke department lain", "dioper ke divisi lain"
id.ignored.tolak_ke_department_lain	ignored	{tolak|ditolak|lempar|dilempar|pass|dipass|campak|dicampak|oper|dioper|transfer|ditransfer|lepar} ke {department|jabatan|bahagian|divisi|bagian|unit|cawangan|cabang|agent|cs} lain	confidence=0.8

# Everyday support wording, second probe (145 longer messages, more industries, found 63 missing): id and ms
# ending a policy, membership or contract: "mengakhiri polis asuransi", "akhiri keanggotaan"
id.cancel.mengakhiri_x_polis	churn.cancel	{mengakhiri|akhiri|akhirin|mengakhirkan} ... {polis|langganan|berlangganan|kontrak|keanggotaan|membership|keahlian|kerjasama}	confidence=0.85
# intends to stop a contract: "ingin menghentikan kontrak", "mau menghentikan langganan"
id.cancel.ingin_menghentikan_x_kontrak	churn.cancel	{ingin|mau|akan|hendak|berencana|mohon|minta|nak|mahu} {menghentikan|memberhentikan} ... {kontrak|langganan|berlangganan|keanggotaan|membership|polis|kerjasama}	confidence=0.85
# a formal request to close a credit card: "penutupan kartu kredit" ("mau tutup kartu kredit" is also said in passing)
id.cancel.penutupan_kartu_kredit	churn.cancel	{penutupan|pembatalan} kartu kredit	confidence=0.85
# removing the app for good: "uninstall aja" ("uninstall terus install ulang" is troubleshooting)
id.cancel.uninstall_aja	churn.cancel	{uninstall|uninstal|uninst} {aja|ajalah|saja|sajalah|je|jer|jela|sekalian}	confidence=0.75
# will never again: "gak bakal top up lagi", "tidak bakal beli di sini lagi"
id.cancel.gak_bakal_x_lagi	churn.cancel	{gak|ga|nggak|ngga|enggak|gk|tidak|tdk} bakal {beli|pakai|pake|top|topup|langganan|order|belanja|pesan|pesen|balik|datang|nginep|menginap} ... lagi	confidence=0.85
# moving to another provider or vendor, named by its kind: "pindah ke penyedia internet lain"
id.switch.pindah_ke_jenis_lain	churn.switch	{pindah|beralih|tukar|bertukar|ganti|hijrah} ke {penyedia|syarikat|perusahaan|provider|pembekal|vendor|operator|isp|telco|bank|kedai|toko|hotel|klinik|platform|aplikasi|asuransi|insurans} ... lain	confidence=0.8
id.switch.vendor_lain	churn.switch	{vendor|supplier|pemasok|pembekal} lain	confidence=0.75
# opening an account elsewhere: "buka rekening di bank lain"
id.switch.buka_rekening_di_lain	churn.switch	{buka|membuka|bikin|daftar} {rekening|akun|akaun} {di|kat|dekat|dkt|kt} {bank|tempat|aplikasi|platform} {lain|sebelah}	confidence=0.8
# better to order through a rival: "mending pesen lewat GrabFood"
id.switch.mending_pesan_lewat	churn.switch	{mending|mendingan} {pesen|pesan|order|beli|belanja|booking|book|pakai|pake} {lewat|via|pakai|pake}	confidence=0.75
# tenure with a qualifier before the number: "nasabah Bank X selama lebih dari 12 tahun", "pasien di klinik ini hampir 10 tahun"
id.tenure.x_selama_hampir_n_tahun	loyalty.tenure	{pelanggan|nasabah|pasien|member|anggota|langganan|berlangganan|melanggan|langgan|menggunakan} ... {selama|hampir|lebih|genap} ... <num> tahun	confidence=0.85
# "menggunakan software kalian sejak 2017"
id.tenure.pakai_x_sejak_yyyy	loyalty.tenure	{pakai|pake|guna|menggunakan|memakai|belanja|berbelanja} ... {sejak|dari} ... <year>	confidence=0.8
# "udah 7 tahun belanja di sini"
id.tenure.n_tahun_belanja	loyalty.tenure	{sudah|udah|sdh|dah|telah} <num> tahun ... {belanja|berbelanja|beli|order|nabung|menabung}	confidence=0.8
# since school days: "pake Telkomsel dari SMP", "sejak zaman belajar lagi saya beli di sini"
id.tenure.pakai_x_dari_sekolah	loyalty.tenure	{pakai|pake|guna|langganan|langgan|pelanggan|nasabah|pengguna|setia|belanja|beli} ... {dari|sejak} {sd|smp|sma|smk|kuliah|sekolah|bujang|kampus|universiti|belajar}	confidence=0.75
id.tenure.dari_zaman_x_beli	loyalty.tenure	{dari|sejak} zaman ... {beli|belanja|berbelanja|order}	confidence=0.75
# invited people to use it: "dah ajak ramai member office guna", "udah ngajak banyak orang daftar"
id.referral.dah_ajak_x_guna	loyalty.referrals	{dah|sudah|udah|sdh|telah|banyak|byk} {ajak|ngajak|mengajak} ... {guna|pakai|pake|join|daftar|langgan|beli|belanja|install|gabung|pindah}	confidence=0.8
# they joined because of me: "kawan dah join sebab saya recommend"
id.referral.sebab_saya_rekomen	loyalty.referrals	{sebab|kerana|karena|karna|krn|sbb|gara} {saya|aku|sy|gue|gw} {recommend|rekomen|rekomenin|cadangkan|syorkan|ajak|ngajak|promote|promosiin|kenalkan|kenalin}	confidence=0.85
# repeated failure, more words and counts: "kembali terlambat", "terjadi berulang kali", "ketiga kalinya bulan ini"
id.repeat.kembali_failure	repeat.failure	kembali {terlambat|telat|rusak|gagal|hilang|salah|padam|down|putus|terputus|gangguan|lemot|crash|nyasar|bocor|delay}	confidence=0.8
id.repeat.terjadi_berulang	repeat.failure	{terjadi|berlaku|kejadian|jadi} {berulang*|berkali*}	confidence=0.85
id.repeat.kali_ke_n_dalam_bulan	repeat.failure	kali {kedua|ketiga|keempat|kelima} {dalam|bulan|minggu|tahun|hari|sebulan|seminggu}	confidence=0.85
id.repeat.ke_n_kalinya_dalam_bulan	repeat.failure	{kedua|ketiga|keempat|kelima|kesekian} kali* {dalam|bulan|minggu|tahun|hari|sebulan|seminggu}	confidence=0.85
id.repeat.kali_ke_n_berlaku	repeat.failure	kali {kedua|ketiga|keempat|kelima} ... {berlaku|terjadi|kejadian}	confidence=0.85
id.repeat.failure_lagi_r2	repeat.failure	{terputus|tertunda|ditunda|salah|nyangkut|tersangkut|eror} lagi	confidence=0.85
# a threat to post the evidence: "upload videonya ke IG", "posting kronologi di TikTok"
id.public.upload_ke_sosmed	public.exposure	{upload|unggah|posting|post|spill|share|sebarin|sebarkan} {bukti|buktinya|kronologi|kronologinya|chat|chatnya|percakapan|ss|screenshot|ssan} ... {ig|instagram|tiktok|twitter|fb|facebook|youtube|medsos|sosmed|threads}	confidence=0.75; match=exact
id.public.biar_viral	public.exposure	biar {viral|tular|diviralkan|ditularkan}	confidence=0.8
# "jangan sampai aku tularkan" (a threat, not a negation)
id.public.jangan_sampai_viralkan	public.exposure	jangan sampai {saya|aku|kami|gue|gw|sy} {viralkan|viralin|tularkan|tular|viral|posting|upload|sebarkan}	confidence=0.85
# help quickly: "mohon bantuan cepat", "segera bantu saya"
id.urgency.bantuan_cepat	urgency	{mohon|minta|perlu|butuh|tolong|harap|perlukan} {bantuan|dibantu|bantu|bantuannya} {cepat|segera|secepatnya|urgent|sekarang}	confidence=0.85
id.urgency.segera_bantu	urgency	segera {bantu|dibantu|tolong|ditolong|bantuin|tangani|ditangani}	confidence=0.85
# no one at all replied: "tidak satu pun dibalas", "tak sorang pun jawab"
id.ignored.tidak_satu_pun_dibalas	ignored	{tidak|tdk|tak|gak|ga|nggak|x|tiada|takde} {satu|satupun|sorang|seorang|sorangpun|seorangpun} ... {dibalas|dibales|berbalas|direspon|dijawab|ditanggapi|balas|jawab|respon|reply|angkat|diangkat}	confidence=0.85
id.ignored.tidak_ada_tindak_lanjutnya	ignored	{tidak|tdk|gak|ga|nggak|ngga|belum|blm} ada {tindak|tindakan} {lanjutnya|lanjutan}	confidence=0.85
id.ignored.tanpa_kejelasan	ignored	tanpa {kejelasan|kepastian}	confidence=0.8
id.ignored.dilempar_dari	ignored	{dilempar|dioper|dipingpong|dipimpong} {dari|ke} {cs|agent|agen|bagian|divisi|admin|customer|call|departemen|department|teknisi|satu|sana|sini|orang}	confidence=0.8
id.ignored.tidak_ada_yang_bertanggung_jawab	ignored	{tidak|tdk|gak|ga|nggak|ngga|tak|takde|xde|tiada} ... {yang|yg|siapa|orang} {bertanggung|bertanggungjawab|peduli|pedulikan}	confidence=0.8
# hung up once it connected: "sekalinya nyambung malah diputus"
id.ignored.nyambung_x_diputus	ignored	{nyambung|tersambung|diangkat} ... {diputus|diputusin|dimatiin|dimatikan}	confidence=0.75
# a smaller plan or fewer seats: "turun ke paket 20 Mbps", "mengurangi jumlah lisensi"
id.downgrade.turun_ke_paket	signal.downgrade	{turun|turunin|diturunkan} ke {paket|pakej|plan|pelan|speed|kecepatan|kelajuan}	confidence=0.85
id.downgrade.kurangi_jumlah_lisensi	signal.downgrade	{kurangi|mengurangi|kurangin|kurangkan|mengurangkan} ... {lisensi|lesen|user|pengguna|akun|akaun|seat|talian|line|license}	confidence=0.8
# not told: "tidak diberi tahu sebelumnya"
id.unannounced.tidak_diberi_tahu	change.unannounced	{tidak|tdk|gak|ga|nggak|ngga|tak|x|tanpa} diberi {tahu|tau}	confidence=0.85
# all of a sudden a price went up: "tiba-tiba biaya admin naik", "tiba-tiba je yuran naik"
id.unannounced.tiba_tiba_harga_x_naik	change.unannounced	tiba tiba ... {biaya|harga|tarif|tagihan|iuran|caj|yuran|bil|premi|ongkir|syarat|terma|fee} ... {naik|berubah|diubah|dinaikkan|ditukar|bertambah|melonjak}	confidence=0.8
# changed without word: "account manager diganti tanpa kabar", "ditukar tanpa maklumkan"
id.unannounced.diganti_tanpa_kabar	change.unannounced	{naik|berubah|diubah|ditukar|tukar|dinaikkan|dinaikin|diganti|dihapus|dipindah} tanpa {kabar|notis|pengumuman|announcement|maklumkan|memaklumkan|makluman|notifikasi}	confidence=0.8
# no announcement: "takde pun announcement", "tidak ada pengumuman"
id.unannounced.takde_announcement	change.unannounced	{takde|tiada|xde|tkde|tidak|tdk|gak|ga|nggak|ngga|tak} {pun|ada} {announcement|pengumuman|notis|notifikasi}	confidence=0.8
# praise of staff: "stafnya ramah", "dokternya sabar"
id.advocacy.stafnya_ramah	positive.advocacy	{staf|stafnya|staff|staffnya|petugas|petugasnya|karyawannya|dokternya|perawatnya|kurirnya|drivernya|pegawainya} {ramah|sigap|sabar|mesra|profesional|cekatan|helpful|baik}	confidence=0.7
