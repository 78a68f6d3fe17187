# Malay (ms) agent lexicon: what an AGENT's reply does, for draft coaching and
# the QA audit of agent turns (agent.asks_id, agent.refusal, agent.alternative,
# agent.apology, agent.empathy, agent.private, agent.personal_data,
# agent.scripted, agent.blame, agent.loyalty_ack). Never customer cues.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Default confidence is 0.9; ambiguous entries carry less.
# Formal CS register (tuan/puan, sila, mohon) and chat register (tak/x, nak,
# bagi, pm, no, hp) are both covered. "word*" catches the -nya form
# ("tempahannya"). Refusals are whole negated entries. Note that Malay "kesal"
# means regret (an apology), unlike Indonesian.

# agent.asks_id: asks the customer for an account/customer/order number or ID to look them up
ms.agent.asks_id.boleh_berikan_x_nombor	agent.asks_id	boleh berikan ... nombor
ms.agent.asks_id.boleh_beri_x_nombor	agent.asks_id	boleh beri ... nombor
ms.agent.asks_id.boleh_bagi_x_nombor	agent.asks_id	boleh bagi ... nombor
ms.agent.asks_id.boleh_kongsikan_x_nombor	agent.asks_id	boleh kongsikan ... nombor
ms.agent.asks_id.boleh_kongsi_x_nombor	agent.asks_id	boleh kongsi ... nombor
ms.agent.asks_id.boleh_dapatkan_x_nombor	agent.asks_id	boleh dapatkan ... nombor
ms.agent.asks_id.boleh_minta_x_nombor	agent.asks_id	boleh minta ... nombor
ms.agent.asks_id.boleh_nyatakan_x_nombor	agent.asks_id	boleh nyatakan ... nombor
ms.agent.asks_id.sila_berikan_x_nombor	agent.asks_id	sila berikan ... nombor
ms.agent.asks_id.sila_beri_x_nombor	agent.asks_id	sila beri ... nombor
ms.agent.asks_id.sila_nyatakan_x_nombor	agent.asks_id	sila nyatakan ... nombor
ms.agent.asks_id.sila_kongsikan_x_nombor	agent.asks_id	sila kongsikan ... nombor
ms.agent.asks_id.sila_sertakan_x_nombor	agent.asks_id	sila sertakan ... nombor
ms.agent.asks_id.sila_hantar_x_nombor	agent.asks_id	sila hantar ... nombor
ms.agent.asks_id.sila_hantarkan_x_nombor	agent.asks_id	sila hantarkan ... nombor
ms.agent.asks_id.sila_pm_x_nombor	agent.asks_id	sila pm ... nombor
ms.agent.asks_id.mohon_berikan_x_nombor	agent.asks_id	mohon berikan ... nombor
ms.agent.asks_id.mohon_kongsikan_x_nombor	agent.asks_id	mohon kongsikan ... nombor
ms.agent.asks_id.pm_nombor	agent.asks_id	pm nombor
ms.agent.asks_id.dm_nombor	agent.asks_id	dm nombor
ms.agent.asks_id.bagi_nombor	agent.asks_id	bagi nombor
ms.agent.asks_id.apakah_nombor	agent.asks_id	apakah nombor	confidence=0.85
ms.agent.asks_id.apa_nombor	agent.asks_id	apa nombor	confidence=0.8
ms.agent.asks_id.berapa_nombor	agent.asks_id	berapa nombor	confidence=0.8
ms.agent.asks_id.boleh_berikan_x_no	agent.asks_id	boleh berikan ... no	confidence=0.85
ms.agent.asks_id.sila_berikan_x_no	agent.asks_id	sila berikan ... no	confidence=0.85
ms.agent.asks_id.boleh_bagi_x_no	agent.asks_id	boleh bagi ... no	confidence=0.8
ms.agent.asks_id.nombor_akaun_w	agent.asks_id	nombor akaun*
ms.agent.asks_id.no_akaun_w	agent.asks_id	no akaun*
ms.agent.asks_id.nombor_pelanggan_w	agent.asks_id	nombor pelanggan*
ms.agent.asks_id.no_pelanggan_w	agent.asks_id	no pelanggan*
ms.agent.asks_id.id_pelanggan_w	agent.asks_id	id pelanggan*
ms.agent.asks_id.nombor_pesanan_w	agent.asks_id	nombor pesanan*	confidence=0.85
ms.agent.asks_id.no_pesanan_w	agent.asks_id	no pesanan*	confidence=0.85
ms.agent.asks_id.nombor_tempahan_w	agent.asks_id	nombor tempahan*	confidence=0.85
ms.agent.asks_id.no_tempahan_w	agent.asks_id	no tempahan*	confidence=0.85
ms.agent.asks_id.rujukan_tempahan_w	agent.asks_id	rujukan tempahan*	confidence=0.85
ms.agent.asks_id.nombor_rujukan_w	agent.asks_id	nombor rujukan*	confidence=0.8
ms.agent.asks_id.no_rujukan_w	agent.asks_id	no rujukan*	confidence=0.8
ms.agent.asks_id.nombor_order_w	agent.asks_id	nombor order*	confidence=0.85
ms.agent.asks_id.no_order_w	agent.asks_id	no order*	confidence=0.8
ms.agent.asks_id.id_pesanan_w	agent.asks_id	id pesanan*	confidence=0.8
ms.agent.asks_id.nombor_tiket_w	agent.asks_id	nombor tiket*	confidence=0.75
ms.agent.asks_id.nombor_invois_w	agent.asks_id	nombor invois*	confidence=0.8
ms.agent.asks_id.no_invois_w	agent.asks_id	no invois*	confidence=0.8
ms.agent.asks_id.nombor_bil	agent.asks_id	nombor bil	confidence=0.8
ms.agent.asks_id.no_bil	agent.asks_id	no bil	confidence=0.75
ms.agent.asks_id.nombor_pengesanan_w	agent.asks_id	nombor pengesanan*	confidence=0.75
ms.agent.asks_id.nombor_penjejakan_w	agent.asks_id	nombor penjejakan*	confidence=0.75
ms.agent.asks_id.no_tracking	agent.asks_id	no tracking	confidence=0.75
ms.agent.asks_id.nombor_kontrak_w	agent.asks_id	nombor kontrak*	confidence=0.75
ms.agent.asks_id.nombor_telefon_berdaftar	agent.asks_id	nombor telefon berdaftar	confidence=0.85
ms.agent.asks_id.nombor_telefon_yang_berdaftar	agent.asks_id	nombor telefon yang berdaftar	confidence=0.85
ms.agent.asks_id.emel_berdaftar	agent.asks_id	emel berdaftar	confidence=0.8
ms.agent.asks_id.emel_yang_berdaftar	agent.asks_id	emel yang berdaftar	confidence=0.8
ms.agent.asks_id.nombor_berdaftar	agent.asks_id	nombor berdaftar	confidence=0.8

# agent.refusal: says no / cannot (whole negated entries)
ms.agent.refusal.tidak_boleh	agent.refusal	tidak boleh	confidence=0.75
ms.agent.refusal.kami_tidak_boleh	agent.refusal	kami tidak boleh
ms.agent.refusal.saya_tidak_boleh	agent.refusal	saya tidak boleh
ms.agent.refusal.tak_boleh	agent.refusal	tak boleh	confidence=0.75
ms.agent.refusal.kami_tak_boleh	agent.refusal	kami tak boleh
ms.agent.refusal.saya_tak_boleh	agent.refusal	saya tak boleh
ms.agent.refusal.x_boleh	agent.refusal	x boleh	confidence=0.7
ms.agent.refusal.tidak_dapat	agent.refusal	tidak dapat	confidence=0.75
ms.agent.refusal.kami_tidak_dapat	agent.refusal	kami tidak dapat
ms.agent.refusal.saya_tidak_dapat	agent.refusal	saya tidak dapat
ms.agent.refusal.tak_dapat	agent.refusal	tak dapat	confidence=0.75
ms.agent.refusal.kami_tak_dapat	agent.refusal	kami tak dapat
ms.agent.refusal.x_dapat	agent.refusal	x dapat	confidence=0.65
ms.agent.refusal.kami_tidak_mampu	agent.refusal	kami tidak mampu	confidence=0.85
ms.agent.refusal.maaf_tidak_boleh	agent.refusal	maaf tidak boleh
ms.agent.refusal.maaf_tak_boleh	agent.refusal	maaf tak boleh
ms.agent.refusal.minta_maaf_kami_tidak_dapat	agent.refusal	minta maaf kami tidak dapat
ms.agent.refusal.mohon_maaf_kami_tidak_dapat	agent.refusal	mohon maaf kami tidak dapat
ms.agent.refusal.belum_boleh	agent.refusal	belum boleh	confidence=0.7
ms.agent.refusal.belum_dapat	agent.refusal	belum dapat	confidence=0.7
ms.agent.refusal.kami_belum_dapat	agent.refusal	kami belum dapat	confidence=0.85
ms.agent.refusal.tidak_mungkin	agent.refusal	tidak mungkin	confidence=0.7
ms.agent.refusal.mustahil	agent.refusal	mustahil	confidence=0.6
ms.agent.refusal.tidak_dibenarkan	agent.refusal	tidak dibenarkan	confidence=0.8
ms.agent.refusal.tak_dibenarkan	agent.refusal	tak dibenarkan	confidence=0.8
ms.agent.refusal.tidak_dapat_diteruskan	agent.refusal	tidak dapat diteruskan	confidence=0.85
ms.agent.refusal.tidak_dapat_diproses	agent.refusal	tidak dapat diproses	confidence=0.85
ms.agent.refusal.tidak_dapat_kami_proses	agent.refusal	tidak dapat kami proses	confidence=0.95
ms.agent.refusal.tidak_dapat_dibatalkan	agent.refusal	tidak dapat dibatalkan	confidence=0.85
ms.agent.refusal.tidak_boleh_dibatalkan	agent.refusal	tidak boleh dibatalkan	confidence=0.85
ms.agent.refusal.tidak_boleh_dipulangkan	agent.refusal	tidak boleh dipulangkan	confidence=0.85
ms.agent.refusal.tidak_dapat_dipulangkan	agent.refusal	tidak dapat dipulangkan	confidence=0.85
ms.agent.refusal.bukan_polisi_kami	agent.refusal	bukan polisi kami	confidence=0.85
ms.agent.refusal.bertentangan_dengan_polisi	agent.refusal	bertentangan dengan polisi	confidence=0.9
ms.agent.refusal.melanggar_polisi	agent.refusal	melanggar polisi	confidence=0.8
ms.agent.refusal.di_luar_polisi	agent.refusal	di luar polisi	confidence=0.85
ms.agent.refusal.polisi_kami_tidak	agent.refusal	polisi kami tidak	confidence=0.85
ms.agent.refusal.tiada_bayaran_balik	agent.refusal	tiada bayaran balik	confidence=0.9
ms.agent.refusal.tiada_pemulangan_wang	agent.refusal	tiada pemulangan wang	confidence=0.9
ms.agent.refusal.tiada_pembayaran_balik	agent.refusal	tiada pembayaran balik	confidence=0.9
ms.agent.refusal.tidak_ada_bayaran_balik	agent.refusal	tidak ada bayaran balik	confidence=0.9
ms.agent.refusal.bayaran_balik_tidak	agent.refusal	bayaran balik tidak	confidence=0.8
ms.agent.refusal.tidak_layak	agent.refusal	tidak layak	confidence=0.8
ms.agent.refusal.tak_layak	agent.refusal	tak layak	confidence=0.8
ms.agent.refusal.kami_tidak_menawarkan	agent.refusal	kami tidak menawarkan	confidence=0.85
ms.agent.refusal.kami_tidak_menyediakan	agent.refusal	kami tidak menyediakan	confidence=0.85
ms.agent.refusal.kami_tidak_menerima	agent.refusal	kami tidak menerima	confidence=0.75
ms.agent.refusal.permohonan_x_ditolak	agent.refusal	permohonan ... ditolak	confidence=0.85
ms.agent.refusal.tuntutan_x_ditolak	agent.refusal	tuntutan ... ditolak	confidence=0.85
ms.agent.refusal.tiada_apa_yang_boleh_kami_lakukan	agent.refusal	tiada apa yang boleh kami lakukan	confidence=0.95
ms.agent.refusal.tiada_apa_yang_dapat_kami_lakukan	agent.refusal	tiada apa yang dapat kami lakukan	confidence=0.95

# agent.alternative: offers an alternative or options
ms.agent.alternative.sebagai_ganti	agent.alternative	sebagai ganti
ms.agent.alternative.sebagai_gantinya	agent.alternative	sebagai gantinya
ms.agent.alternative.sebagai_alternatif	agent.alternative	sebagai alternatif
ms.agent.alternative.alternatif_w	agent.alternative	alternatif*	confidence=0.8
ms.agent.alternative.apa_yang_boleh_kami_lakukan	agent.alternative	apa yang boleh kami lakukan
ms.agent.alternative.apa_yang_kami_boleh_lakukan	agent.alternative	apa yang kami boleh lakukan
ms.agent.alternative.apa_yang_boleh_saya_lakukan	agent.alternative	apa yang boleh saya lakukan
ms.agent.alternative.yang_boleh_kami_lakukan	agent.alternative	yang boleh kami lakukan
ms.agent.alternative.yang_dapat_kami_lakukan	agent.alternative	yang dapat kami lakukan
ms.agent.alternative.kami_boleh_tawarkan	agent.alternative	kami boleh tawarkan
ms.agent.alternative.kami_boleh_menawarkan	agent.alternative	kami boleh menawarkan
ms.agent.alternative.kami_ingin_menawarkan	agent.alternative	kami ingin menawarkan	confidence=0.9
ms.agent.alternative.kami_menawarkan	agent.alternative	kami menawarkan	confidence=0.85
ms.agent.alternative.kami_tawarkan	agent.alternative	kami tawarkan	confidence=0.8
ms.agent.alternative.boleh_kami_tawarkan	agent.alternative	boleh kami tawarkan	confidence=0.9
ms.agent.alternative.pilihan_lain	agent.alternative	pilihan lain	confidence=0.85
ms.agent.alternative.opsyen_lain	agent.alternative	opsyen lain	confidence=0.85
ms.agent.alternative.cara_lain	agent.alternative	cara lain	confidence=0.75
ms.agent.alternative.penyelesaian_lain	agent.alternative	penyelesaian lain	confidence=0.85
ms.agent.alternative.beberapa_pilihan	agent.alternative	beberapa pilihan	confidence=0.85
ms.agent.alternative.beberapa_opsyen	agent.alternative	beberapa opsyen	confidence=0.85
ms.agent.alternative.dua_pilihan	agent.alternative	dua pilihan	confidence=0.8
ms.agent.alternative.opsyen	agent.alternative	opsyen	confidence=0.65
ms.agent.alternative.bagaimana_kalau	agent.alternative	bagaimana kalau	confidence=0.75
ms.agent.alternative.macam_mana_kalau	agent.alternative	macam mana kalau	confidence=0.8
ms.agent.alternative.kami_juga_boleh	agent.alternative	kami juga boleh	confidence=0.8
ms.agent.alternative.anda_juga_boleh	agent.alternative	anda juga boleh	confidence=0.7
ms.agent.alternative.tuan_juga_boleh	agent.alternative	tuan juga boleh	confidence=0.7
ms.agent.alternative.puan_juga_boleh	agent.alternative	puan juga boleh	confidence=0.7
ms.agent.alternative.tetapi_kami_boleh	agent.alternative	tetapi kami boleh	confidence=0.85
ms.agent.alternative.tapi_kami_boleh	agent.alternative	tapi kami boleh	confidence=0.85
ms.agent.alternative.namun_kami_boleh	agent.alternative	namun kami boleh	confidence=0.85
ms.agent.alternative.namun_kami_dapat	agent.alternative	namun kami dapat	confidence=0.85

# agent.apology: apologises
ms.agent.apology.mohon_maaf	agent.apology	mohon maaf
ms.agent.apology.minta_maaf	agent.apology	minta maaf
ms.agent.apology.maaf	agent.apology	maaf	confidence=0.85
ms.agent.apology.kami_minta_maaf	agent.apology	kami minta maaf
ms.agent.apology.kami_memohon_maaf	agent.apology	kami memohon maaf
ms.agent.apology.memohon_maaf	agent.apology	memohon maaf	confidence=0.9
ms.agent.apology.kami_mohon_maaf	agent.apology	kami mohon maaf
ms.agent.apology.saya_minta_maaf	agent.apology	saya minta maaf
ms.agent.apology.maafkan_kami	agent.apology	maafkan kami
ms.agent.apology.harap_maaf	agent.apology	harap maaf	confidence=0.9
ms.agent.apology.maaf_ya	agent.apology	maaf ya
ms.agent.apology.maaf_sangat	agent.apology	maaf sangat
ms.agent.apology.sorry	agent.apology	sorry	confidence=0.8
ms.agent.apology.sori	agent.apology	sori	confidence=0.8
ms.agent.apology.kami_kesal	agent.apology	kami kesal	confidence=0.8
ms.agent.apology.amat_kesal	agent.apology	amat kesal	confidence=0.75
ms.agent.apology.kami_amat_kesal	agent.apology	kami amat kesal	confidence=0.9
ms.agent.apology.kesal_atas	agent.apology	kesal atas	confidence=0.75
ms.agent.apology.permohonan_maaf	agent.apology	permohonan maaf	confidence=0.85

# agent.empathy: acknowledges the customer's feelings
ms.agent.empathy.kami_faham	agent.empathy	kami faham
ms.agent.empathy.kami_memahami	agent.empathy	kami memahami
ms.agent.empathy.saya_faham	agent.empathy	saya faham
ms.agent.empathy.saya_memahami	agent.empathy	saya memahami
ms.agent.empathy.kami_amat_memahami	agent.empathy	kami amat memahami
ms.agent.empathy.kami_sangat_memahami	agent.empathy	kami sangat memahami
ms.agent.empathy.kami_amat_faham	agent.empathy	kami amat faham
ms.agent.empathy.kami_sangat_faham	agent.empathy	kami sangat faham
ms.agent.empathy.faham_perasaan	agent.empathy	faham perasaan
ms.agent.empathy.memahami_perasaan	agent.empathy	memahami perasaan
ms.agent.empathy.faham_kekecewaan	agent.empathy	faham kekecewaan	confidence=0.9
ms.agent.empathy.memahami_kekecewaan	agent.empathy	memahami kekecewaan	confidence=0.9
ms.agent.empathy.kekecewaan_anda	agent.empathy	kekecewaan anda	confidence=0.85
ms.agent.empathy.kekecewaan_tuan	agent.empathy	kekecewaan tuan	confidence=0.85
ms.agent.empathy.kekecewaan_puan	agent.empathy	kekecewaan puan	confidence=0.85
ms.agent.empathy.kami_bersimpati	agent.empathy	kami bersimpati	confidence=0.9
ms.agent.empathy.bersimpati	agent.empathy	bersimpati	confidence=0.85
ms.agent.empathy.simpati	agent.empathy	simpati	confidence=0.75
ms.agent.empathy.tentu_menjengkelkan	agent.empathy	tentu menjengkelkan	confidence=0.85
ms.agent.empathy.pasti_menjengkelkan	agent.empathy	pasti menjengkelkan	confidence=0.85
ms.agent.empathy.tentu_mengecewakan	agent.empathy	tentu mengecewakan	confidence=0.85
ms.agent.empathy.pasti_mengecewakan	agent.empathy	pasti mengecewakan	confidence=0.85
ms.agent.empathy.tentu_tidak_selesa	agent.empathy	tentu tidak selesa	confidence=0.85
ms.agent.empathy.kami_dapat_bayangkan	agent.empathy	kami dapat bayangkan	confidence=0.85
ms.agent.empathy.boleh_bayangkan	agent.empathy	boleh bayangkan	confidence=0.85
ms.agent.empathy.kami_dapat_merasakan	agent.empathy	kami dapat merasakan	confidence=0.85
ms.agent.empathy.kami_turut_merasakan	agent.empathy	kami turut merasakan	confidence=0.85
ms.agent.empathy.kami_turut_kesal	agent.empathy	kami turut kesal	confidence=0.8

# agent.private: moves the conversation to a private channel
ms.agent.private.dm_kami	agent.private	dm kami
ms.agent.private.dm	agent.private	dm	confidence=0.75
ms.agent.private.via_dm	agent.private	via dm
ms.agent.private.melalui_dm	agent.private	melalui dm
ms.agent.private.hantar_dm	agent.private	hantar dm
ms.agent.private.hantarkan_dm	agent.private	hantarkan dm
ms.agent.private.semak_dm	agent.private	semak dm
ms.agent.private.mesej_peribadi	agent.private	mesej peribadi
ms.agent.private.melalui_mesej_peribadi	agent.private	melalui mesej peribadi
ms.agent.private.hantar_mesej_peribadi	agent.private	hantar mesej peribadi
ms.agent.private.pesanan_peribadi	agent.private	pesanan peribadi	confidence=0.85
ms.agent.private.secara_peribadi	agent.private	secara peribadi	confidence=0.8
ms.agent.private.mesej_terus	agent.private	mesej terus	confidence=0.85
ms.agent.private.direct_message	agent.private	direct message
ms.agent.private.inbox_kami	agent.private	inbox kami
ms.agent.private.inbox	agent.private	inbox	confidence=0.75
ms.agent.private.semak_inbox	agent.private	semak inbox	confidence=0.85
ms.agent.private.pm_kami	agent.private	pm kami
ms.agent.private.sila_pm	agent.private	sila pm	confidence=0.85
ms.agent.private.boleh_pm	agent.private	boleh pm	confidence=0.8
ms.agent.private.pm_ya	agent.private	pm ya	confidence=0.75
ms.agent.private.pmkan	agent.private	pmkan	confidence=0.8
ms.agent.private.whatsapp_kami	agent.private	whatsapp kami	confidence=0.75
ms.agent.private.wasap_kami	agent.private	wasap kami	confidence=0.75
ms.agent.private.emel_kami	agent.private	emel kami	confidence=0.8
ms.agent.private.emelkan	agent.private	emelkan	confidence=0.8
ms.agent.private.melalui_emel	agent.private	melalui emel	confidence=0.75
ms.agent.private.hantar_emel	agent.private	hantar emel	confidence=0.75
ms.agent.private.e_mel_kami	agent.private	e-mel kami	confidence=0.8
ms.agent.private.follow_dan_dm	agent.private	follow dan dm	confidence=0.9
ms.agent.private.ikuti_dan_dm	agent.private	ikuti dan dm	confidence=0.9

# agent.personal_data: asks for data that must not be posted publicly
ms.agent.personal_data.alamat_penuh	agent.personal_data	alamat penuh	confidence=0.85
ms.agent.personal_data.alamat_rumah	agent.personal_data	alamat rumah	confidence=0.85
ms.agent.personal_data.nombor_kad	agent.personal_data	nombor kad	confidence=0.85
ms.agent.personal_data.no_kad	agent.personal_data	no kad	confidence=0.85
ms.agent.personal_data.nombor_kad_kredit	agent.personal_data	nombor kad kredit	confidence=0.95
ms.agent.personal_data.kad_kredit	agent.personal_data	kad kredit	confidence=0.75
ms.agent.personal_data.butiran_kad	agent.personal_data	butiran kad	confidence=0.9
ms.agent.personal_data.butiran_akaun	agent.personal_data	butiran akaun	confidence=0.7
ms.agent.personal_data.kata_laluan	agent.personal_data	kata laluan	confidence=0.8
ms.agent.personal_data.katalaluan	agent.personal_data	katalaluan	confidence=0.8
ms.agent.personal_data.password	agent.personal_data	password	confidence=0.75
ms.agent.personal_data.nombor_pin	agent.personal_data	nombor pin	confidence=0.9
ms.agent.personal_data.kod_pin	agent.personal_data	kod pin	confidence=0.85
ms.agent.personal_data.kod_tac	agent.personal_data	kod tac	confidence=0.9
ms.agent.personal_data.nombor_tac	agent.personal_data	nombor tac	confidence=0.9
ms.agent.personal_data.kod_otp	agent.personal_data	kod otp	confidence=0.9
ms.agent.personal_data.otp	agent.personal_data	otp	confidence=0.9
ms.agent.personal_data.kod_pengesahan	agent.personal_data	kod pengesahan	confidence=0.85
ms.agent.personal_data.cvv	agent.personal_data	cvv	confidence=0.95
ms.agent.personal_data.tarikh_lahir	agent.personal_data	tarikh lahir	confidence=0.85
ms.agent.personal_data.nombor_telefon	agent.personal_data	nombor telefon	confidence=0.75
ms.agent.personal_data.no_telefon	agent.personal_data	no telefon	confidence=0.75
ms.agent.personal_data.nombor_tel	agent.personal_data	nombor tel	confidence=0.75
ms.agent.personal_data.no_tel	agent.personal_data	no tel	confidence=0.7
ms.agent.personal_data.nombor_hp	agent.personal_data	nombor hp	confidence=0.75
ms.agent.personal_data.no_hp	agent.personal_data	no hp	confidence=0.75
ms.agent.personal_data.nombor_telefon_bimbit	agent.personal_data	nombor telefon bimbit	confidence=0.8
ms.agent.personal_data.alamat_emel	agent.personal_data	alamat emel	confidence=0.7
ms.agent.personal_data.alamat_e_mel	agent.personal_data	alamat e-mel	confidence=0.7
ms.agent.personal_data.nombor_ic	agent.personal_data	nombor ic	confidence=0.9
ms.agent.personal_data.no_ic	agent.personal_data	no ic	confidence=0.9
ms.agent.personal_data.salinan_ic	agent.personal_data	salinan ic	confidence=0.85
ms.agent.personal_data.gambar_ic	agent.personal_data	gambar ic	confidence=0.85
ms.agent.personal_data.kad_pengenalan	agent.personal_data	kad pengenalan	confidence=0.85
ms.agent.personal_data.mykad	agent.personal_data	mykad	confidence=0.85
ms.agent.personal_data.nombor_pasport	agent.personal_data	nombor pasport	confidence=0.9
ms.agent.personal_data.nombor_akaun_bank	agent.personal_data	nombor akaun bank	confidence=0.95
ms.agent.personal_data.akaun_bank	agent.personal_data	akaun bank	confidence=0.8
ms.agent.personal_data.butiran_bank	agent.personal_data	butiran bank	confidence=0.85

# agent.scripted: canned lines
ms.agent.scripted.terima_kasih_atas_kesabaran_anda	agent.scripted	terima kasih atas kesabaran anda
ms.agent.scripted.terima_kasih_atas_kesabaran_w	agent.scripted	terima kasih atas kesabaran*
ms.agent.scripted.terima_kasih_kerana_bersabar	agent.scripted	terima kasih kerana bersabar	confidence=0.8
ms.agent.scripted.harap_maaf_atas_segala_kesulitan	agent.scripted	harap maaf atas segala kesulitan	confidence=0.95
ms.agent.scripted.atas_segala_kesulitan	agent.scripted	atas segala kesulitan	confidence=0.85
ms.agent.scripted.atas_sebarang_kesulitan	agent.scripted	atas sebarang kesulitan	confidence=0.85
ms.agent.scripted.kesulitan_yang_dialami	agent.scripted	kesulitan yang dialami	confidence=0.75
ms.agent.scripted.atas_ketidakselesaan	agent.scripted	atas ketidakselesaan	confidence=0.85
ms.agent.scripted.ketidakselesaan_yang	agent.scripted	ketidakselesaan yang	confidence=0.75
ms.agent.scripted.amatlah_dikesali	agent.scripted	amatlah dikesali	confidence=0.9
ms.agent.scripted.dikesali	agent.scripted	dikesali	confidence=0.75
ms.agent.scripted.mengikut_polisi	agent.scripted	mengikut polisi
ms.agent.scripted.mengikut_polisi_syarikat	agent.scripted	mengikut polisi syarikat	confidence=0.95
ms.agent.scripted.berdasarkan_polisi	agent.scripted	berdasarkan polisi	confidence=0.85
ms.agent.scripted.selaras_dengan_polisi	agent.scripted	selaras dengan polisi	confidence=0.85
ms.agent.scripted.mengikut_terma_dan_syarat	agent.scripted	mengikut terma dan syarat	confidence=0.75
ms.agent.scripted.tertakluk_kepada_terma	agent.scripted	tertakluk kepada terma	confidence=0.75
ms.agent.scripted.maklum_balas_anda_amat_dihargai	agent.scripted	maklum balas anda amat dihargai	confidence=0.9
ms.agent.scripted.kami_menghargai_maklum_balas	agent.scripted	kami menghargai maklum balas	confidence=0.85
ms.agent.scripted.panggilan_anda_penting	agent.scripted	panggilan anda penting	confidence=0.9
ms.agent.scripted.amat_penting_bagi_kami	agent.scripted	amat penting bagi kami	confidence=0.75
ms.agent.scripted.kepuasan_pelanggan	agent.scripted	kepuasan pelanggan	confidence=0.7
ms.agent.scripted.lagi_yang_boleh_kami_bantu	agent.scripted	lagi yang boleh kami bantu	confidence=0.75
ms.agent.scripted.dukacita_dimaklumkan	agent.scripted	dukacita dimaklumkan	confidence=0.9
ms.agent.scripted.dengan_dukacita	agent.scripted	dengan dukacita	confidence=0.85
ms.agent.scripted.sukacita_dimaklumkan	agent.scripted	sukacita dimaklumkan	confidence=0.7
ms.agent.scripted.untuk_makluman_anda	agent.scripted	untuk makluman anda	confidence=0.7

# agent.blame: blames the customer
ms.agent.blame.sepatutnya_anda	agent.blame	sepatutnya anda
ms.agent.blame.sepatutnya_tuan	agent.blame	sepatutnya tuan
ms.agent.blame.sepatutnya_puan	agent.blame	sepatutnya puan
ms.agent.blame.sepatutnya_awak	agent.blame	sepatutnya awak	confidence=0.85
ms.agent.blame.salah_anda_sendiri	agent.blame	salah anda sendiri
ms.agent.blame.salah_sendiri	agent.blame	salah sendiri	confidence=0.9
ms.agent.blame.kesilapan_anda	agent.blame	kesilapan anda	confidence=0.85
ms.agent.blame.kesalahan_anda	agent.blame	kesalahan anda	confidence=0.85
ms.agent.blame.kecuaian_anda	agent.blame	kecuaian anda	confidence=0.9
ms.agent.blame.kecuaian_pelanggan	agent.blame	kecuaian pelanggan	confidence=0.9
ms.agent.blame.kecuaian_pengguna	agent.blame	kecuaian pengguna	confidence=0.9
ms.agent.blame.kesilapan_pengguna	agent.blame	kesilapan pengguna	confidence=0.9
ms.agent.blame.user_error	agent.blame	user error	confidence=0.9
ms.agent.blame.anda_cuai	agent.blame	anda cuai	confidence=0.85
ms.agent.blame.anda_tidak_membaca	agent.blame	anda tidak membaca
ms.agent.blame.anda_tak_baca	agent.blame	anda tak baca	confidence=0.85
ms.agent.blame.anda_tidak_baca	agent.blame	anda tidak baca	confidence=0.85
ms.agent.blame.anda_tidak_mengikut	agent.blame	anda tidak mengikut	confidence=0.8
ms.agent.blame.anda_gagal	agent.blame	anda gagal	confidence=0.85
ms.agent.blame.anda_terlupa	agent.blame	anda terlupa	confidence=0.75
ms.agent.blame.anda_lupa	agent.blame	anda lupa	confidence=0.75
ms.agent.blame.kurang_teliti	agent.blame	kurang teliti	confidence=0.8
ms.agent.blame.tidak_teliti	agent.blame	tidak teliti	confidence=0.75
ms.agent.blame.seperti_yang_telah_dimaklumkan	agent.blame	seperti yang telah dimaklumkan	confidence=0.7
ms.agent.blame.seperti_yang_kami_maklumkan	agent.blame	seperti yang kami maklumkan	confidence=0.7
ms.agent.blame.dinyatakan_dengan_jelas	agent.blame	dinyatakan dengan jelas	confidence=0.8
ms.agent.blame.telah_dinyatakan	agent.blame	telah dinyatakan	confidence=0.6
ms.agent.blame.bukan_tanggungjawab_kami	agent.blame	bukan tanggungjawab kami	confidence=0.85
ms.agent.blame.bukan_tanggung_jawab_kami	agent.blame	bukan tanggung jawab kami	confidence=0.85
ms.agent.blame.tanggungjawab_anda	agent.blame	tanggungjawab anda	confidence=0.75
ms.agent.blame.bukan_salah_kami	agent.blame	bukan salah kami	confidence=0.85
ms.agent.blame.bukan_kesilapan_kami	agent.blame	bukan kesilapan kami	confidence=0.85

# agent.loyalty_ack: acknowledges the customer's loyalty or tenure
ms.agent.loyalty_ack.pelanggan_setia	agent.loyalty_ack	pelanggan setia
ms.agent.loyalty_ack.pelanggan_setia_kami	agent.loyalty_ack	pelanggan setia kami	confidence=0.95
ms.agent.loyalty_ack.tahun_bersama_kami	agent.loyalty_ack	tahun bersama kami
ms.agent.loyalty_ack.kesetiaan_w	agent.loyalty_ack	kesetiaan*	confidence=0.8
ms.agent.loyalty_ack.setia_bersama_kami	agent.loyalty_ack	setia bersama kami	confidence=0.95
ms.agent.loyalty_ack.setia_bersama	agent.loyalty_ack	setia bersama	confidence=0.85
ms.agent.loyalty_ack.setia_menggunakan	agent.loyalty_ack	setia menggunakan	confidence=0.9
ms.agent.loyalty_ack.setia_melanggan	agent.loyalty_ack	setia melanggan	confidence=0.9
ms.agent.loyalty_ack.tetap_setia	agent.loyalty_ack	tetap setia	confidence=0.85
ms.agent.loyalty_ack.pelanggan_lama	agent.loyalty_ack	pelanggan lama	confidence=0.7
ms.agent.loyalty_ack.pelanggan_kami_sejak	agent.loyalty_ack	pelanggan kami sejak	confidence=0.85
ms.agent.loyalty_ack.bersama_kami_sejak	agent.loyalty_ack	bersama kami sejak	confidence=0.85
ms.agent.loyalty_ack.bersama_kami_selama	agent.loyalty_ack	bersama kami selama	confidence=0.85
ms.agent.loyalty_ack.sokongan_w_x_selama_ini	agent.loyalty_ack	sokongan* ... selama ini	confidence=0.8
ms.agent.loyalty_ack.kepercayaan_w_x_selama_ini	agent.loyalty_ack	kepercayaan* ... selama ini	confidence=0.8
