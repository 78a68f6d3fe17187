# Indonesian (id) agent lexicon: what an AGENT's reply does, for draft coaching
# and the QA audit of agent turns (agent.asks_id, agent.refusal,
# agent.alternative, agent.apology, agent.empathy, agent.private,
# agent.personal_data, agent.scripted, agent.blame, agent.loyalty_ack).
# Never customer cues.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Formal CS register (anda, mohon, silakan) and chat register (kak, kakak,
# gak/nggak/ga, yg, no, hp) are both covered. "word*" catches the -nya form
# ("pesanannya", "ketidaknyamanannya"). Refusals are whole negated entries.

# agent.asks_id: asks the customer for a customer/order/account number or ID to look them up
id.agent.asks_id.boleh_minta_x_nomor	agent.asks_id	boleh minta ... nomor
id.agent.asks_id.boleh_minta_x_id	agent.asks_id	boleh minta ... id
id.agent.asks_id.minta_nomor	agent.asks_id	minta nomor
id.agent.asks_id.minta_no	agent.asks_id	minta no	confidence=0.8
id.agent.asks_id.boleh_diinfokan_x_nomor	agent.asks_id	boleh diinfokan ... nomor
id.agent.asks_id.boleh_dibantu_x_nomor	agent.asks_id	boleh dibantu ... nomor
id.agent.asks_id.mohon_dibantu_x_nomor	agent.asks_id	mohon dibantu ... nomor
id.agent.asks_id.mohon_info_x_nomor	agent.asks_id	mohon info ... nomor
id.agent.asks_id.mohon_info_no	agent.asks_id	mohon info no
id.agent.asks_id.mohon_infokan_x_nomor	agent.asks_id	mohon infokan ... nomor
id.agent.asks_id.mohon_informasikan_x_nomor	agent.asks_id	mohon informasikan ... nomor
id.agent.asks_id.mohon_diinformasikan_x_nomor	agent.asks_id	mohon diinformasikan ... nomor
id.agent.asks_id.mohon_berikan_x_nomor	agent.asks_id	mohon berikan ... nomor
id.agent.asks_id.silakan_berikan_x_nomor	agent.asks_id	silakan berikan ... nomor
id.agent.asks_id.silakan_infokan_x_nomor	agent.asks_id	silakan infokan ... nomor
id.agent.asks_id.silakan_informasikan_x_nomor	agent.asks_id	silakan informasikan ... nomor
id.agent.asks_id.silakan_kirimkan_x_nomor	agent.asks_id	silakan kirimkan ... nomor
id.agent.asks_id.silakan_kirim_x_nomor	agent.asks_id	silakan kirim ... nomor
id.agent.asks_id.mohon_kirimkan_x_nomor	agent.asks_id	mohon kirimkan ... nomor
id.agent.asks_id.mohon_sertakan_x_nomor	agent.asks_id	mohon sertakan ... nomor
id.agent.asks_id.sertakan_nomor	agent.asks_id	sertakan nomor
id.agent.asks_id.infokan_nomor	agent.asks_id	infokan nomor
id.agent.asks_id.info_nomor	agent.asks_id	info nomor
id.agent.asks_id.sebutkan_nomor	agent.asks_id	sebutkan nomor
id.agent.asks_id.berapa_nomor	agent.asks_id	berapa nomor
id.agent.asks_id.nomor_x_berapa	agent.asks_id	nomor ... berapa	confidence=0.75
id.agent.asks_id.dm_nomor	agent.asks_id	dm nomor
id.agent.asks_id.japri_nomor	agent.asks_id	japri nomor
id.agent.asks_id.nomor_pelanggan_w	agent.asks_id	nomor pelanggan*
id.agent.asks_id.no_pelanggan_w	agent.asks_id	no pelanggan*
id.agent.asks_id.id_pelanggan_w	agent.asks_id	id pelanggan*
id.agent.asks_id.nomor_pesanan_w	agent.asks_id	nomor pesanan*
id.agent.asks_id.no_pesanan_w	agent.asks_id	no pesanan*
id.agent.asks_id.nomor_order_w	agent.asks_id	nomor order*
id.agent.asks_id.no_order_w	agent.asks_id	no order*	confidence=0.85
id.agent.asks_id.id_pesanan_w	agent.asks_id	id pesanan*	confidence=0.85
id.agent.asks_id.order_id	agent.asks_id	order id	confidence=0.8
id.agent.asks_id.kode_pesanan_w	agent.asks_id	kode pesanan*	confidence=0.85
id.agent.asks_id.nomor_akun_w	agent.asks_id	nomor akun*	confidence=0.85
id.agent.asks_id.nomor_invoice_w	agent.asks_id	nomor invoice*	confidence=0.85
id.agent.asks_id.no_invoice_w	agent.asks_id	no invoice*	confidence=0.85
id.agent.asks_id.nomor_transaksi_w	agent.asks_id	nomor transaksi*	confidence=0.8
id.agent.asks_id.id_transaksi_w	agent.asks_id	id transaksi*	confidence=0.8
id.agent.asks_id.kode_booking_w	agent.asks_id	kode booking*	confidence=0.85
id.agent.asks_id.kode_pemesanan_w	agent.asks_id	kode pemesanan*	confidence=0.85
id.agent.asks_id.nomor_resi_w	agent.asks_id	nomor resi*	confidence=0.8
id.agent.asks_id.no_resi_w	agent.asks_id	no resi*	confidence=0.8
id.agent.asks_id.nomor_tiket_w	agent.asks_id	nomor tiket*	confidence=0.75
id.agent.asks_id.nomor_laporan_w	agent.asks_id	nomor laporan*	confidence=0.75
id.agent.asks_id.nomor_internet_w	agent.asks_id	nomor internet*	confidence=0.8
id.agent.asks_id.nomor_indihome	agent.asks_id	nomor indihome	confidence=0.85
id.agent.asks_id.nomor_meter_w	agent.asks_id	nomor meter*	confidence=0.75
id.agent.asks_id.nomor_kontrak_w	agent.asks_id	nomor kontrak*	confidence=0.75
id.agent.asks_id.nomor_tagihan_w	agent.asks_id	nomor tagihan*	confidence=0.8
id.agent.asks_id.nmr_pesanan_w	agent.asks_id	nmr pesanan*	confidence=0.85
id.agent.asks_id.nomor_hp_yang_terdaftar	agent.asks_id	nomor hp yang terdaftar	confidence=0.85
id.agent.asks_id.nomor_hp_terdaftar	agent.asks_id	nomor hp terdaftar	confidence=0.85
id.agent.asks_id.nomor_yang_terdaftar	agent.asks_id	nomor yang terdaftar	confidence=0.8
id.agent.asks_id.email_yang_terdaftar	agent.asks_id	email yang terdaftar	confidence=0.8
id.agent.asks_id.email_terdaftar	agent.asks_id	email terdaftar	confidence=0.8

# agent.refusal: says no / cannot (whole negated entries)
id.agent.refusal.tidak_bisa	agent.refusal	tidak bisa	confidence=0.75
id.agent.refusal.kami_tidak_bisa	agent.refusal	kami tidak bisa
id.agent.refusal.saya_tidak_bisa	agent.refusal	saya tidak bisa
id.agent.refusal.mohon_maaf_tidak_bisa	agent.refusal	mohon maaf tidak bisa
id.agent.refusal.maaf_tidak_bisa	agent.refusal	maaf tidak bisa
id.agent.refusal.mohon_maaf_kami_tidak_bisa	agent.refusal	mohon maaf kami tidak bisa
id.agent.refusal.tidak_dapat	agent.refusal	tidak dapat	confidence=0.75
id.agent.refusal.kami_tidak_dapat	agent.refusal	kami tidak dapat
id.agent.refusal.saya_tidak_dapat	agent.refusal	saya tidak dapat
id.agent.refusal.mohon_maaf_tidak_dapat	agent.refusal	mohon maaf tidak dapat
id.agent.refusal.mohon_maaf_kami_tidak_dapat	agent.refusal	mohon maaf kami tidak dapat
id.agent.refusal.tdk_bisa	agent.refusal	tdk bisa	confidence=0.75
id.agent.refusal.tdk_dapat	agent.refusal	tdk dapat	confidence=0.75
id.agent.refusal.gak_bisa	agent.refusal	gak bisa	confidence=0.75
id.agent.refusal.ga_bisa	agent.refusal	ga bisa	confidence=0.7
id.agent.refusal.nggak_bisa	agent.refusal	nggak bisa	confidence=0.75
id.agent.refusal.ngga_bisa	agent.refusal	ngga bisa	confidence=0.75
id.agent.refusal.enggak_bisa	agent.refusal	enggak bisa	confidence=0.75
id.agent.refusal.engga_bisa	agent.refusal	engga bisa	confidence=0.75
id.agent.refusal.gk_bisa	agent.refusal	gk bisa	confidence=0.7
id.agent.refusal.maaf_gak_bisa	agent.refusal	maaf gak bisa
id.agent.refusal.maaf_ga_bisa	agent.refusal	maaf ga bisa
id.agent.refusal.maaf_nggak_bisa	agent.refusal	maaf nggak bisa
id.agent.refusal.belum_bisa	agent.refusal	belum bisa	confidence=0.7
id.agent.refusal.kami_belum_bisa	agent.refusal	kami belum bisa
id.agent.refusal.belum_dapat	agent.refusal	belum dapat	confidence=0.7
id.agent.refusal.kami_belum_dapat	agent.refusal	kami belum dapat
id.agent.refusal.mohon_maaf_belum_bisa	agent.refusal	mohon maaf belum bisa
id.agent.refusal.tidak_memungkinkan	agent.refusal	tidak memungkinkan	confidence=0.85
id.agent.refusal.tidak_mungkin	agent.refusal	tidak mungkin	confidence=0.7
id.agent.refusal.mustahil	agent.refusal	mustahil	confidence=0.6
id.agent.refusal.tidak_bisa_kami_proses	agent.refusal	tidak bisa kami proses	confidence=0.95
id.agent.refusal.tidak_dapat_kami_proses	agent.refusal	tidak dapat kami proses	confidence=0.95
id.agent.refusal.tidak_dapat_diproses	agent.refusal	tidak dapat diproses	confidence=0.85
id.agent.refusal.tidak_bisa_diproses	agent.refusal	tidak bisa diproses	confidence=0.85
id.agent.refusal.tidak_dapat_kami_penuhi	agent.refusal	tidak dapat kami penuhi	confidence=0.95
id.agent.refusal.tidak_bisa_kami_penuhi	agent.refusal	tidak bisa kami penuhi	confidence=0.95
id.agent.refusal.tidak_dapat_dikembalikan	agent.refusal	tidak dapat dikembalikan	confidence=0.85
id.agent.refusal.tidak_bisa_dikembalikan	agent.refusal	tidak bisa dikembalikan	confidence=0.85
id.agent.refusal.tidak_bisa_di_refund	agent.refusal	tidak bisa di refund	confidence=0.9
id.agent.refusal.tidak_dapat_di_refund	agent.refusal	tidak dapat di refund	confidence=0.9
id.agent.refusal.tidak_bisa_direfund	agent.refusal	tidak bisa direfund	confidence=0.9
id.agent.refusal.tidak_dapat_direfund	agent.refusal	tidak dapat direfund	confidence=0.9
id.agent.refusal.tidak_ada_refund	agent.refusal	tidak ada refund	confidence=0.9
id.agent.refusal.tidak_ada_pengembalian_dana	agent.refusal	tidak ada pengembalian dana	confidence=0.9
id.agent.refusal.tidak_ada_pengembalian	agent.refusal	tidak ada pengembalian	confidence=0.85
id.agent.refusal.tidak_dapat_dibatalkan	agent.refusal	tidak dapat dibatalkan	confidence=0.85
id.agent.refusal.tidak_bisa_dibatalkan	agent.refusal	tidak bisa dibatalkan	confidence=0.85
id.agent.refusal.bukan_kebijakan_kami	agent.refusal	bukan kebijakan kami	confidence=0.85
id.agent.refusal.di_luar_kebijakan	agent.refusal	di luar kebijakan	confidence=0.85
id.agent.refusal.diluar_kebijakan	agent.refusal	diluar kebijakan	confidence=0.85
id.agent.refusal.tidak_sesuai_kebijakan	agent.refusal	tidak sesuai kebijakan	confidence=0.85
id.agent.refusal.tidak_sesuai_dengan_kebijakan	agent.refusal	tidak sesuai dengan kebijakan	confidence=0.85
id.agent.refusal.melanggar_kebijakan	agent.refusal	melanggar kebijakan	confidence=0.8
id.agent.refusal.kebijakan_kami_tidak	agent.refusal	kebijakan kami tidak	confidence=0.85
id.agent.refusal.tidak_memenuhi_syarat	agent.refusal	tidak memenuhi syarat	confidence=0.85
id.agent.refusal.tidak_memenuhi_ketentuan	agent.refusal	tidak memenuhi ketentuan	confidence=0.85
id.agent.refusal.tidak_diperbolehkan	agent.refusal	tidak diperbolehkan	confidence=0.75
id.agent.refusal.tidak_diizinkan	agent.refusal	tidak diizinkan	confidence=0.75
id.agent.refusal.tidak_diijinkan	agent.refusal	tidak diijinkan	confidence=0.75
id.agent.refusal.kami_tidak_menyediakan	agent.refusal	kami tidak menyediakan	confidence=0.85
id.agent.refusal.kami_tidak_melayani	agent.refusal	kami tidak melayani	confidence=0.85
id.agent.refusal.tidak_melayani	agent.refusal	tidak melayani	confidence=0.75
id.agent.refusal.kami_tidak_menerima	agent.refusal	kami tidak menerima	confidence=0.75
id.agent.refusal.kami_tidak_menawarkan	agent.refusal	kami tidak menawarkan	confidence=0.85
id.agent.refusal.permintaan_x_ditolak	agent.refusal	permintaan ... ditolak	confidence=0.85
id.agent.refusal.pengajuan_x_ditolak	agent.refusal	pengajuan ... ditolak	confidence=0.85
id.agent.refusal.klaim_x_ditolak	agent.refusal	klaim ... ditolak	confidence=0.85
id.agent.refusal.tidak_ada_yang_bisa_kami_lakukan	agent.refusal	tidak ada yang bisa kami lakukan	confidence=0.95
id.agent.refusal.tidak_ada_yang_dapat_kami_lakukan	agent.refusal	tidak ada yang dapat kami lakukan	confidence=0.95

# agent.alternative: offers an alternative or options
id.agent.alternative.sebagai_gantinya	agent.alternative	sebagai gantinya
id.agent.alternative.sebagai_ganti	agent.alternative	sebagai ganti
id.agent.alternative.sebagai_alternatif	agent.alternative	sebagai alternatif
id.agent.alternative.alternatif_w	agent.alternative	alternatif*	confidence=0.8
id.agent.alternative.alternatifnya	agent.alternative	alternatifnya
id.agent.alternative.yang_bisa_kami_lakukan	agent.alternative	yang bisa kami lakukan
id.agent.alternative.yang_dapat_kami_lakukan	agent.alternative	yang dapat kami lakukan
id.agent.alternative.yang_bisa_saya_lakukan	agent.alternative	yang bisa saya lakukan
id.agent.alternative.yang_dapat_saya_lakukan	agent.alternative	yang dapat saya lakukan
id.agent.alternative.kami_bisa_menawarkan	agent.alternative	kami bisa menawarkan
id.agent.alternative.kami_dapat_menawarkan	agent.alternative	kami dapat menawarkan
id.agent.alternative.kami_ingin_menawarkan	agent.alternative	kami ingin menawarkan
id.agent.alternative.kami_menawarkan	agent.alternative	kami menawarkan	confidence=0.85
id.agent.alternative.kami_tawarkan	agent.alternative	kami tawarkan	confidence=0.8
id.agent.alternative.bisa_kami_tawarkan	agent.alternative	bisa kami tawarkan	confidence=0.9
id.agent.alternative.dapat_kami_tawarkan	agent.alternative	dapat kami tawarkan	confidence=0.9
id.agent.alternative.pilihan_lain	agent.alternative	pilihan lain	confidence=0.85
id.agent.alternative.opsi_lain	agent.alternative	opsi lain	confidence=0.85
id.agent.alternative.cara_lain	agent.alternative	cara lain	confidence=0.75
id.agent.alternative.solusi_lain	agent.alternative	solusi lain	confidence=0.85
id.agent.alternative.solusi_lainnya	agent.alternative	solusi lainnya	confidence=0.85
id.agent.alternative.beberapa_pilihan	agent.alternative	beberapa pilihan	confidence=0.85
id.agent.alternative.beberapa_opsi	agent.alternative	beberapa opsi	confidence=0.85
id.agent.alternative.dua_pilihan	agent.alternative	dua pilihan	confidence=0.8
id.agent.alternative.bagaimana_kalau	agent.alternative	bagaimana kalau	confidence=0.75
id.agent.alternative.gimana_kalau	agent.alternative	gimana kalau	confidence=0.75
id.agent.alternative.bagaimana_jika	agent.alternative	bagaimana jika	confidence=0.7
id.agent.alternative.kami_juga_bisa	agent.alternative	kami juga bisa	confidence=0.8
id.agent.alternative.kami_juga_dapat	agent.alternative	kami juga dapat	confidence=0.8
id.agent.alternative.kakak_juga_bisa	agent.alternative	kakak juga bisa	confidence=0.7
id.agent.alternative.anda_juga_bisa	agent.alternative	anda juga bisa	confidence=0.7
id.agent.alternative.anda_juga_dapat	agent.alternative	anda juga dapat	confidence=0.7
id.agent.alternative.namun_kami_bisa	agent.alternative	namun kami bisa	confidence=0.85
id.agent.alternative.namun_kami_dapat	agent.alternative	namun kami dapat	confidence=0.85
id.agent.alternative.tetapi_kami_bisa	agent.alternative	tetapi kami bisa	confidence=0.85
id.agent.alternative.tapi_kami_bisa	agent.alternative	tapi kami bisa	confidence=0.85
id.agent.alternative.tapi_kami_dapat	agent.alternative	tapi kami dapat	confidence=0.85
id.agent.alternative.namun_kakak_bisa	agent.alternative	namun kakak bisa	confidence=0.8
id.agent.alternative.namun_anda_dapat	agent.alternative	namun anda dapat	confidence=0.8
id.agent.alternative.sebagai_solusi	agent.alternative	sebagai solusi	confidence=0.7
id.agent.alternative.apakah_berkenan	agent.alternative	apakah berkenan	confidence=0.7
id.agent.alternative.jika_berkenan	agent.alternative	jika berkenan	confidence=0.6

# agent.apology: apologises
id.agent.apology.mohon_maaf	agent.apology	mohon maaf
id.agent.apology.maaf	agent.apology	maaf	confidence=0.85
id.agent.apology.minta_maaf	agent.apology	minta maaf
id.agent.apology.kami_minta_maaf	agent.apology	kami minta maaf
id.agent.apology.kami_mohon_maaf	agent.apology	kami mohon maaf
id.agent.apology.saya_mohon_maaf	agent.apology	saya mohon maaf
id.agent.apology.mohon_maaf_sebelumnya	agent.apology	mohon maaf sebelumnya
id.agent.apology.maaf_ya	agent.apology	maaf ya
id.agent.apology.maaf_banget	agent.apology	maaf banget
id.agent.apology.maafkan_kami	agent.apology	maafkan kami
id.agent.apology.mohon_dimaafkan	agent.apology	mohon dimaafkan
id.agent.apology.maaf_atas	agent.apology	maaf atas
id.agent.apology.maaf_sekali	agent.apology	maaf sekali
id.agent.apology.mhn_maaf	agent.apology	mhn maaf
id.agent.apology.maap	agent.apology	maap	confidence=0.75
id.agent.apology.sorry	agent.apology	sorry	confidence=0.8
id.agent.apology.sorry_ya	agent.apology	sorry ya	confidence=0.85
id.agent.apology.kami_menyesal	agent.apology	kami menyesal	confidence=0.8
id.agent.apology.kami_sangat_menyesal	agent.apology	kami sangat menyesal	confidence=0.85
id.agent.apology.permohonan_maaf	agent.apology	permohonan maaf	confidence=0.85
id.agent.apology.permintaan_maaf	agent.apology	permintaan maaf	confidence=0.85

# agent.empathy: acknowledges the customer's feelings
id.agent.empathy.kami_memahami	agent.empathy	kami memahami
id.agent.empathy.kami_mengerti	agent.empathy	kami mengerti
id.agent.empathy.kami_paham	agent.empathy	kami paham
id.agent.empathy.saya_memahami	agent.empathy	saya memahami
id.agent.empathy.saya_mengerti	agent.empathy	saya mengerti
id.agent.empathy.saya_paham	agent.empathy	saya paham
id.agent.empathy.kami_sangat_memahami	agent.empathy	kami sangat memahami
id.agent.empathy.kami_sangat_mengerti	agent.empathy	kami sangat mengerti
id.agent.empathy.kami_dapat_memahami	agent.empathy	kami dapat memahami
id.agent.empathy.kami_bisa_memahami	agent.empathy	kami bisa memahami
id.agent.empathy.kami_bisa_mengerti	agent.empathy	kami bisa mengerti
id.agent.empathy.kami_dapat_merasakan	agent.empathy	kami dapat merasakan	confidence=0.85
id.agent.empathy.kami_bisa_merasakan	agent.empathy	kami bisa merasakan	confidence=0.85
id.agent.empathy.kami_ikut_merasakan	agent.empathy	kami ikut merasakan	confidence=0.85
id.agent.empathy.turut_prihatin	agent.empathy	turut prihatin	confidence=0.85
id.agent.empathy.kami_prihatin	agent.empathy	kami prihatin	confidence=0.85
id.agent.empathy.prihatin	agent.empathy	prihatin	confidence=0.75
id.agent.empathy.kekecewaan_kakak	agent.empathy	kekecewaan kakak	confidence=0.85
id.agent.empathy.kekecewaan_anda	agent.empathy	kekecewaan anda	confidence=0.85
id.agent.empathy.perasaan_kakak	agent.empathy	perasaan kakak	confidence=0.8
id.agent.empathy.perasaan_anda	agent.empathy	perasaan anda	confidence=0.8
id.agent.empathy.pasti_tidak_nyaman	agent.empathy	pasti tidak nyaman	confidence=0.85
id.agent.empathy.pasti_menjengkelkan	agent.empathy	pasti menjengkelkan	confidence=0.85
id.agent.empathy.pasti_mengecewakan	agent.empathy	pasti mengecewakan	confidence=0.85
id.agent.empathy.pasti_kesal	agent.empathy	pasti kesal	confidence=0.85
id.agent.empathy.tentu_tidak_nyaman	agent.empathy	tentu tidak nyaman	confidence=0.85
id.agent.empathy.sangat_tidak_nyaman	agent.empathy	sangat tidak nyaman	confidence=0.7
id.agent.empathy.wajar_jika	agent.empathy	wajar jika	confidence=0.7
id.agent.empathy.wajar_kalau	agent.empathy	wajar kalau	confidence=0.7
id.agent.empathy.sangat_wajar	agent.empathy	sangat wajar	confidence=0.75
id.agent.empathy.kami_paham_betul	agent.empathy	kami paham betul	confidence=0.9

# agent.private: moves the conversation to a private channel
id.agent.private.dm_kami	agent.private	dm kami
id.agent.private.dm	agent.private	dm	confidence=0.75
id.agent.private.via_dm	agent.private	via dm
id.agent.private.lewat_dm	agent.private	lewat dm
id.agent.private.melalui_dm	agent.private	melalui dm
id.agent.private.kirim_dm	agent.private	kirim dm
id.agent.private.kirimkan_dm	agent.private	kirimkan dm
id.agent.private.cek_dm	agent.private	cek dm
id.agent.private.dm_ya	agent.private	dm ya
id.agent.private.direct_message	agent.private	direct message
id.agent.private.pesan_pribadi	agent.private	pesan pribadi
id.agent.private.kirim_pesan_pribadi	agent.private	kirim pesan pribadi
id.agent.private.melalui_pesan_pribadi	agent.private	melalui pesan pribadi
id.agent.private.japri	agent.private	japri	confidence=0.9
id.agent.private.chat_pribadi	agent.private	chat pribadi	confidence=0.85
id.agent.private.secara_pribadi	agent.private	secara pribadi	confidence=0.75
id.agent.private.inbox_kami	agent.private	inbox kami
id.agent.private.inbox	agent.private	inbox	confidence=0.75
id.agent.private.via_inbox	agent.private	via inbox
id.agent.private.cek_inbox	agent.private	cek inbox	confidence=0.85
id.agent.private.via_email	agent.private	via email	confidence=0.75
id.agent.private.email_ke	agent.private	email ke	confidence=0.75
id.agent.private.kirim_email	agent.private	kirim email	confidence=0.75
id.agent.private.kirimkan_email	agent.private	kirimkan email	confidence=0.75
id.agent.private.whatsapp_kami	agent.private	whatsapp kami	confidence=0.75
id.agent.private.wa_kami	agent.private	wa kami	confidence=0.7
id.agent.private.via_whatsapp	agent.private	via whatsapp	confidence=0.75
id.agent.private.via_wa	agent.private	via wa	confidence=0.7
id.agent.private.follow_dan_dm	agent.private	follow dan dm	confidence=0.9
id.agent.private.follow_lalu_dm	agent.private	follow lalu dm	confidence=0.9
id.agent.private.follow_terlebih_dahulu	agent.private	follow terlebih dahulu	confidence=0.7

# agent.personal_data: asks for data that must not be posted publicly
id.agent.personal_data.alamat_lengkap	agent.personal_data	alamat lengkap	confidence=0.85
id.agent.personal_data.alamat_rumah	agent.personal_data	alamat rumah	confidence=0.85
id.agent.personal_data.nomor_kartu	agent.personal_data	nomor kartu	confidence=0.85
id.agent.personal_data.no_kartu	agent.personal_data	no kartu	confidence=0.85
id.agent.personal_data.nomor_kartu_kredit	agent.personal_data	nomor kartu kredit	confidence=0.95
id.agent.personal_data.kartu_kredit	agent.personal_data	kartu kredit	confidence=0.75
id.agent.personal_data.data_kartu	agent.personal_data	data kartu	confidence=0.85
id.agent.personal_data.data_akun	agent.personal_data	data akun	confidence=0.7
id.agent.personal_data.kata_sandi	agent.personal_data	kata sandi	confidence=0.8
id.agent.personal_data.password	agent.personal_data	password	confidence=0.75
id.agent.personal_data.pin_atm	agent.personal_data	pin atm	confidence=0.9
id.agent.personal_data.kode_pin	agent.personal_data	kode pin	confidence=0.85
id.agent.personal_data.kode_otp	agent.personal_data	kode otp	confidence=0.9
id.agent.personal_data.otp	agent.personal_data	otp	confidence=0.9
id.agent.personal_data.kode_verifikasi	agent.personal_data	kode verifikasi	confidence=0.85
id.agent.personal_data.cvv	agent.personal_data	cvv	confidence=0.95
id.agent.personal_data.tanggal_lahir	agent.personal_data	tanggal lahir	confidence=0.85
id.agent.personal_data.tgl_lahir	agent.personal_data	tgl lahir	confidence=0.85
id.agent.personal_data.tempat_tanggal_lahir	agent.personal_data	tempat tanggal lahir	confidence=0.9
id.agent.personal_data.nomor_telepon	agent.personal_data	nomor telepon	confidence=0.75
id.agent.personal_data.no_telepon	agent.personal_data	no telepon	confidence=0.75
id.agent.personal_data.nomor_telp	agent.personal_data	nomor telp	confidence=0.75
id.agent.personal_data.no_telp	agent.personal_data	no telp	confidence=0.75
id.agent.personal_data.nomor_hp	agent.personal_data	nomor hp	confidence=0.75
id.agent.personal_data.no_hp	agent.personal_data	no hp	confidence=0.75
id.agent.personal_data.nomor_handphone	agent.personal_data	nomor handphone	confidence=0.75
id.agent.personal_data.nomor_ponsel	agent.personal_data	nomor ponsel	confidence=0.75
id.agent.personal_data.nomor_wa	agent.personal_data	nomor wa	confidence=0.7
id.agent.personal_data.alamat_email	agent.personal_data	alamat email	confidence=0.7
id.agent.personal_data.nomor_ktp	agent.personal_data	nomor ktp	confidence=0.9
id.agent.personal_data.no_ktp	agent.personal_data	no ktp	confidence=0.9
id.agent.personal_data.foto_ktp	agent.personal_data	foto ktp	confidence=0.9
id.agent.personal_data.ktp	agent.personal_data	ktp	confidence=0.7
id.agent.personal_data.nomor_nik	agent.personal_data	nomor nik	confidence=0.9
id.agent.personal_data.no_nik	agent.personal_data	no nik	confidence=0.9
id.agent.personal_data.nik_ktp	agent.personal_data	nik ktp	confidence=0.9
id.agent.personal_data.nik_anda	agent.personal_data	nik anda	confidence=0.85
id.agent.personal_data.nik_kakak	agent.personal_data	nik kakak	confidence=0.85
id.agent.personal_data.kartu_keluarga	agent.personal_data	kartu keluarga	confidence=0.85
id.agent.personal_data.nomor_rekening	agent.personal_data	nomor rekening	confidence=0.85
id.agent.personal_data.no_rekening	agent.personal_data	no rekening	confidence=0.85
id.agent.personal_data.no_rek	agent.personal_data	no rek	confidence=0.8
id.agent.personal_data.nama_ibu_kandung	agent.personal_data	nama ibu kandung	confidence=0.95
id.agent.personal_data.nomor_paspor	agent.personal_data	nomor paspor	confidence=0.9
id.agent.personal_data.npwp	agent.personal_data	npwp	confidence=0.75
id.agent.personal_data.foto_kartu	agent.personal_data	foto kartu	confidence=0.85

# agent.scripted: canned lines
id.agent.scripted.terima_kasih_atas_kesabaran_anda	agent.scripted	terima kasih atas kesabaran anda
id.agent.scripted.terima_kasih_atas_kesabaran_w	agent.scripted	terima kasih atas kesabaran*
id.agent.scripted.terima_kasih_atas_kesabarannya	agent.scripted	terima kasih atas kesabarannya
id.agent.scripted.terima_kasih_telah_menunggu	agent.scripted	terima kasih telah menunggu
id.agent.scripted.terima_kasih_sudah_menunggu	agent.scripted	terima kasih sudah menunggu	confidence=0.75
id.agent.scripted.mohon_kesabaran_w	agent.scripted	mohon kesabaran*	confidence=0.8
id.agent.scripted.mohon_kesediaannya_menunggu	agent.scripted	mohon kesediaannya menunggu	confidence=0.8
id.agent.scripted.mohon_kesediaan_w	agent.scripted	mohon kesediaan*	confidence=0.7
id.agent.scripted.mohon_maaf_atas_ketidaknyamanannya	agent.scripted	mohon maaf atas ketidaknyamanannya
id.agent.scripted.mohon_maaf_atas_ketidaknyamanan_w	agent.scripted	mohon maaf atas ketidaknyamanan*
id.agent.scripted.maaf_atas_ketidaknyamanan_w	agent.scripted	maaf atas ketidaknyamanan*
id.agent.scripted.atas_ketidaknyamanan_w	agent.scripted	atas ketidaknyamanan*	confidence=0.85
id.agent.scripted.ketidaknyamanan_yang_terjadi	agent.scripted	ketidaknyamanan yang terjadi	confidence=0.8
id.agent.scripted.ketidaknyamanan_yang_dialami	agent.scripted	ketidaknyamanan yang dialami	confidence=0.8
id.agent.scripted.sesuai_dengan_kebijakan	agent.scripted	sesuai dengan kebijakan
id.agent.scripted.sesuai_kebijakan	agent.scripted	sesuai kebijakan	confidence=0.85
id.agent.scripted.sesuai_ketentuan_yang_berlaku	agent.scripted	sesuai ketentuan yang berlaku	confidence=0.8
id.agent.scripted.sesuai_dengan_ketentuan	agent.scripted	sesuai dengan ketentuan	confidence=0.8
id.agent.scripted.sesuai_dengan_syarat_dan_ketentuan	agent.scripted	sesuai dengan syarat dan ketentuan	confidence=0.85
id.agent.scripted.syarat_dan_ketentuan_berlaku	agent.scripted	syarat dan ketentuan berlaku	confidence=0.75
id.agent.scripted.sangat_berarti_bagi_kami	agent.scripted	sangat berarti bagi kami	confidence=0.8
id.agent.scripted.kami_menghargai_masukan_w	agent.scripted	kami menghargai masukan*	confidence=0.85
id.agent.scripted.masukan_anda_sangat	agent.scripted	masukan anda sangat	confidence=0.85
id.agent.scripted.masukan_kakak_sangat	agent.scripted	masukan kakak sangat	confidence=0.85
id.agent.scripted.penting_bagi_kami	agent.scripted	penting bagi kami	confidence=0.7
id.agent.scripted.prioritas_kami	agent.scripted	prioritas kami	confidence=0.7
id.agent.scripted.kepuasan_pelanggan	agent.scripted	kepuasan pelanggan	confidence=0.7
id.agent.scripted.ada_lagi_yang_bisa_kami_bantu	agent.scripted	ada lagi yang bisa kami bantu	confidence=0.75
id.agent.scripted.ada_lagi_yang_dapat_kami_bantu	agent.scripted	ada lagi yang dapat kami bantu	confidence=0.75
id.agent.scripted.tim_terkait	agent.scripted	tim terkait	confidence=0.7
id.agent.scripted.bagian_terkait	agent.scripted	bagian terkait	confidence=0.7
id.agent.scripted.dengan_berat_hati	agent.scripted	dengan berat hati	confidence=0.8
id.agent.scripted.mohon_dimaklumi	agent.scripted	mohon dimaklumi	confidence=0.75
id.agent.scripted.mohon_pengertian_w	agent.scripted	mohon pengertian*	confidence=0.75
id.agent.scripted.terima_kasih_atas_pengertian_w	agent.scripted	terima kasih atas pengertian*	confidence=0.75

# agent.blame: blames the customer
id.agent.blame.seharusnya_anda	agent.blame	seharusnya anda
id.agent.blame.seharusnya_kakak	agent.blame	seharusnya kakak
id.agent.blame.harusnya_kakak	agent.blame	harusnya kakak	confidence=0.85
id.agent.blame.harusnya_anda	agent.blame	harusnya anda	confidence=0.85
id.agent.blame.itu_kesalahan_anda	agent.blame	itu kesalahan anda
id.agent.blame.kesalahan_anda	agent.blame	kesalahan anda
id.agent.blame.kesalahan_kakak	agent.blame	kesalahan kakak
id.agent.blame.salah_anda	agent.blame	salah anda	confidence=0.85
id.agent.blame.salah_kakak	agent.blame	salah kakak	confidence=0.85
id.agent.blame.salah_sendiri	agent.blame	salah sendiri	confidence=0.9
id.agent.blame.kelalaian_anda	agent.blame	kelalaian anda	confidence=0.9
id.agent.blame.kelalaian_kakak	agent.blame	kelalaian kakak	confidence=0.9
id.agent.blame.kelalaian_pelanggan	agent.blame	kelalaian pelanggan	confidence=0.9
id.agent.blame.kelalaian_pengguna	agent.blame	kelalaian pengguna	confidence=0.9
id.agent.blame.kesalahan_pengguna	agent.blame	kesalahan pengguna	confidence=0.9
id.agent.blame.kesalahan_pelanggan	agent.blame	kesalahan pelanggan	confidence=0.9
id.agent.blame.user_error	agent.blame	user error	confidence=0.9
id.agent.blame.anda_tidak_membaca	agent.blame	anda tidak membaca
id.agent.blame.kakak_tidak_membaca	agent.blame	kakak tidak membaca
id.agent.blame.anda_tidak_mengikuti	agent.blame	anda tidak mengikuti	confidence=0.8
id.agent.blame.kakak_tidak_mengikuti	agent.blame	kakak tidak mengikuti	confidence=0.8
id.agent.blame.anda_lalai	agent.blame	anda lalai	confidence=0.9
id.agent.blame.anda_lupa	agent.blame	anda lupa	confidence=0.75
id.agent.blame.kakak_lupa	agent.blame	kakak lupa	confidence=0.7
id.agent.blame.anda_salah	agent.blame	anda salah	confidence=0.8
id.agent.blame.kakak_salah	agent.blame	kakak salah	confidence=0.75
id.agent.blame.kurang_teliti	agent.blame	kurang teliti	confidence=0.8
id.agent.blame.tidak_teliti	agent.blame	tidak teliti	confidence=0.75
id.agent.blame.sudah_kami_informasikan_sebelumnya	agent.blame	sudah kami informasikan sebelumnya	confidence=0.75
id.agent.blame.seperti_yang_sudah_kami_sampaikan	agent.blame	seperti yang sudah kami sampaikan	confidence=0.65
id.agent.blame.seperti_yang_kami_sampaikan_sebelumnya	agent.blame	seperti yang kami sampaikan sebelumnya	confidence=0.75
id.agent.blame.sudah_tertera	agent.blame	sudah tertera	confidence=0.6
id.agent.blame.sudah_tercantum	agent.blame	sudah tercantum	confidence=0.6
id.agent.blame.sudah_dijelaskan	agent.blame	sudah dijelaskan	confidence=0.6
id.agent.blame.bukan_tanggung_jawab_kami	agent.blame	bukan tanggung jawab kami	confidence=0.85
id.agent.blame.di_luar_tanggung_jawab_kami	agent.blame	di luar tanggung jawab kami	confidence=0.85
id.agent.blame.diluar_tanggung_jawab_kami	agent.blame	diluar tanggung jawab kami	confidence=0.85
id.agent.blame.bukan_kesalahan_kami	agent.blame	bukan kesalahan kami	confidence=0.85
id.agent.blame.bukan_salah_kami	agent.blame	bukan salah kami	confidence=0.85
id.agent.blame.tanggung_jawab_anda	agent.blame	tanggung jawab anda	confidence=0.75
id.agent.blame.tanggung_jawab_pelanggan	agent.blame	tanggung jawab pelanggan	confidence=0.8
id.agent.blame.tanggung_jawab_pengguna	agent.blame	tanggung jawab pengguna	confidence=0.8

# agent.loyalty_ack: acknowledges the customer's loyalty or tenure
id.agent.loyalty_ack.pelanggan_setia	agent.loyalty_ack	pelanggan setia
id.agent.loyalty_ack.pelanggan_setia_kami	agent.loyalty_ack	pelanggan setia kami	confidence=0.95
id.agent.loyalty_ack.tahun_bersama_kami	agent.loyalty_ack	tahun bersama kami
id.agent.loyalty_ack.setia_bersama_kami	agent.loyalty_ack	setia bersama kami	confidence=0.95
id.agent.loyalty_ack.telah_setia	agent.loyalty_ack	telah setia	confidence=0.9
id.agent.loyalty_ack.sudah_setia	agent.loyalty_ack	sudah setia	confidence=0.9
id.agent.loyalty_ack.tetap_setia	agent.loyalty_ack	tetap setia	confidence=0.85
id.agent.loyalty_ack.setia_menggunakan	agent.loyalty_ack	setia menggunakan	confidence=0.9
id.agent.loyalty_ack.setia_berlangganan	agent.loyalty_ack	setia berlangganan	confidence=0.9
id.agent.loyalty_ack.kesetiaan_w	agent.loyalty_ack	kesetiaan*	confidence=0.8
id.agent.loyalty_ack.loyalitas_anda	agent.loyalty_ack	loyalitas anda	confidence=0.9
id.agent.loyalty_ack.loyalitas_kakak	agent.loyalty_ack	loyalitas kakak	confidence=0.9
id.agent.loyalty_ack.bersama_kami_selama	agent.loyalty_ack	bersama kami selama	confidence=0.85
id.agent.loyalty_ack.menjadi_pelanggan_kami_selama	agent.loyalty_ack	menjadi pelanggan kami selama	confidence=0.9
id.agent.loyalty_ack.pelanggan_kami_sejak	agent.loyalty_ack	pelanggan kami sejak	confidence=0.85
id.agent.loyalty_ack.bersama_kami_sejak	agent.loyalty_ack	bersama kami sejak	confidence=0.85
id.agent.loyalty_ack.lama_menjadi_pelanggan	agent.loyalty_ack	lama menjadi pelanggan	confidence=0.85
id.agent.loyalty_ack.pelanggan_lama	agent.loyalty_ack	pelanggan lama	confidence=0.75
id.agent.loyalty_ack.dukungan_w_x_selama_ini	agent.loyalty_ack	dukungan* ... selama ini	confidence=0.8
id.agent.loyalty_ack.kepercayaan_w_x_selama_ini	agent.loyalty_ack	kepercayaan* ... selama ini	confidence=0.8
