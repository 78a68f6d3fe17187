# lexicons/ms/emotions.lex: sadness and anger in colloquial Malay.
# Written by the project team; no third-party word list.
ms.sad.sedih_gila	emotion.disappointment	sedih gila	confidence=0.8
ms.sad.pilu	emotion.disappointment	pilu	confidence=0.8
ms.angry.babi	emotion.anger	babi betul	confidence=0.8
ms.angry.babi_kau	emotion.anger	babi kau	confidence=0.85
ms.angry.kau_babi	emotion.anger	kau babi	confidence=0.85
ms.angry.ko_babi	emotion.anger	ko babi	confidence=0.85
ms.angry.babi_punya	emotion.anger	babi punya	confidence=0.85
ms.angry.babi_la	emotion.anger	babi la	confidence=0.8
ms.angry.babi_lah	emotion.anger	babi lah	confidence=0.8
ms.angry.bodoh_babi	emotion.anger	bodoh babi	confidence=0.9
ms.angry.babi_sial	emotion.anger	babi sial	confidence=0.9
ms.angry.babi_betina	emotion.anger	babi betina	confidence=0.9
ms.angry.jelak	emotion.anger	jelak	confidence=0.8
ms.angry.bosan_gila	emotion.anger	bosan gila	confidence=0.8
ms.angry.sampah_betul	emotion.anger	sampah betul	confidence=0.8
ms.angry.hampagas	emotion.anger	hampagas	confidence=0.8

# emotion.anger: insults and exasperation in colloquial Malay and Manglish
ms.angry.bongok	emotion.anger	bongok	confidence=0.85
ms.angry.bahlol	emotion.anger	bahlol	confidence=0.85
ms.angry.hipokrit	emotion.anger	hipokrit	confidence=0.7
ms.angry.khianat	emotion.anger	khianat	confidence=0.7
ms.angry.kejam	emotion.anger	kejam	confidence=0.7
ms.angry.tak_adil	emotion.anger	tak adil	confidence=0.8
ms.angry.tidak_adil	emotion.anger	tidak adil	confidence=0.75
ms.angry.x_adil	emotion.anger	x adil	confidence=0.8
ms.angry.tk_adil	emotion.anger	tk adil	confidence=0.8
ms.angry.menjelikkan	emotion.anger	menjelikkan	confidence=0.8
ms.angry.loya_tekak	emotion.anger	loya tekak	confidence=0.8
ms.angry.naik_hantu	emotion.anger	naik hantu	confidence=0.85
ms.angry.angin_satu_badan	emotion.anger	angin satu badan	confidence=0.9
ms.angry.darah_mendidih	emotion.anger	darah mendidih	confidence=0.85
ms.angry.tk_guna	emotion.anger	tk guna	confidence=0.85
ms.angry.xguna	emotion.anger	xguna	confidence=0.85
ms.angry.takguna	emotion.anger	takguna	confidence=0.85
ms.angry.tak_berguna	emotion.anger	tak berguna	confidence=0.85
ms.angry.x_berguna	emotion.anger	x berguna	confidence=0.85
ms.angry.haramjadah	emotion.anger	haramjadah	confidence=0.95
ms.angry.anak_haram	emotion.anger	anak haram	confidence=0.8
ms.angry.nyampah	emotion.anger	nyampah	confidence=0.9
ms.angry.stress_gila	emotion.anger	stress gila	confidence=0.8
ms.angry.scammer	emotion.anger	scammer	confidence=0.8
ms.angry.kaki_tipu	emotion.anger	kaki tipu	confidence=0.85
ms.angry.cibai	emotion.anger	cibai	confidence=0.85
ms.angry.butoh	emotion.anger	butoh	confidence=0.8

# emotion.disappointment: hurt, sad, let down
ms.sad.terkilan	emotion.disappointment	terkilan	confidence=0.9
ms.sad.makan_hati	emotion.disappointment	makan hati	confidence=0.85
ms.sad.kecil_hati	emotion.disappointment	kecil hati	confidence=0.8
ms.sad.terasa_hati	emotion.disappointment	terasa hati	confidence=0.8
ms.sad.susah_hati	emotion.disappointment	susah hati	confidence=0.8
ms.sad.sedey	emotion.disappointment	sedey	confidence=0.8
ms.sad.sdih	emotion.disappointment	sdih	confidence=0.75
ms.sad.hiba	emotion.disappointment	hiba	confidence=0.65
ms.sad.nasib_malang	emotion.disappointment	nasib malang	confidence=0.8
ms.sad.malangnya	emotion.disappointment	malangnya	confidence=0.8
ms.sad.rugi_betul	emotion.disappointment	rugi betul	confidence=0.85
ms.sad.rugi_gila	emotion.disappointment	rugi gila	confidence=0.85
ms.sad.tk_best	emotion.disappointment	tk best	confidence=0.85
ms.sad.xbest	emotion.disappointment	xbest	confidence=0.85
ms.sad.tk_puas_hati	emotion.disappointment	tk puas hati	confidence=0.9
ms.sad.xpuas_hati	emotion.disappointment	xpuas hati	confidence=0.9
ms.sad.tk_suka	emotion.disappointment	tk suka	confidence=0.6
ms.sad.xsuka	emotion.disappointment	xsuka	confidence=0.6
ms.sad.penat_gila	emotion.disappointment	penat gila	confidence=0.7
ms.sad.letih_gila	emotion.disappointment	letih gila	confidence=0.7
ms.sad.penatnya	emotion.disappointment	penatnya	confidence=0.65

# problem.failure: apps and services that hang, lag or fail, colloquial
ms.fail.asyik_hang	problem.failure	asyik hang	confidence=0.85
ms.fail.selalu_hang	problem.failure	selalu hang	confidence=0.85
ms.fail.asyik_error	problem.failure	asyik error	confidence=0.85
ms.fail.selalu_error	problem.failure	selalu error	confidence=0.85
ms.fail.error_lagi	problem.failure	error lagi	confidence=0.85
ms.fail.asyik_lag	problem.failure	asyik lag	confidence=0.85
ms.fail.lag_gila	problem.failure	lag gila	confidence=0.85
ms.fail.lambat_gila	problem.failure	lambat gila	confidence=0.8
ms.fail.tak_function	problem.failure	tak function	confidence=0.85
ms.fail.x_function	problem.failure	x function	confidence=0.85
ms.fail.tak_boleh_harap	problem.failure	tak boleh harap	confidence=0.85
ms.fail.x_boleh_harap	problem.failure	x boleh harap	confidence=0.85
ms.angry.sengal	emotion.anger	sengal	confidence=0.75
ms.angry.kedekut	emotion.anger	kedekut	confidence=0.7
ms.angry.tipu	emotion.anger	tipu	confidence=0.7

# Emoji of anger, disgust and thumbs-down, in any language (the tokenizer keeps emoji as tokens). Sad emoji
# (crying, broken heart) are left out: they mostly express sympathy in the Hebrew sets.
ms.emoji.pouting	emotion.anger	😡	confidence=0.85
ms.emoji.cursing	emotion.anger	🤬	confidence=0.9
ms.emoji.angry	emotion.anger	😠	confidence=0.8
ms.emoji.vomiting	emotion.anger	🤮	confidence=0.8
ms.emoji.thumbs_down	emotion.disappointment	👎	confidence=0.8
ms.emoji.thumbs_down_light	emotion.disappointment	👎🏻	confidence=0.8
ms.emoji.thumbs_down_medium_light	emotion.disappointment	👎🏼	confidence=0.8
ms.emoji.thumbs_down_medium	emotion.disappointment	👎🏽	confidence=0.8
ms.emoji.thumbs_down_medium_dark	emotion.disappointment	👎🏾	confidence=0.8
ms.emoji.thumbs_down_dark	emotion.disappointment	👎🏿	confidence=0.8

# Negated praise and blunt criticism, colloquial (phrases that start at the negator are entries of their own)
ms.sad.tak_bagus	emotion.disappointment	tak bagus	confidence=0.8
ms.sad.x_bagus	emotion.disappointment	x bagus	confidence=0.8
ms.sad.tk_bagus	emotion.disappointment	tk bagus	confidence=0.8
ms.sad.tidak_bagus	emotion.disappointment	tidak bagus	confidence=0.75
ms.sad.tak_ok	emotion.disappointment	tak ok	confidence=0.7
ms.sad.x_ok	emotion.disappointment	x ok	confidence=0.7
# "tak tahan" alone is as often delight ("tak tahan comel", "tak tahan sedap"): only as having had enough
ms.angry.tak_tahan	emotion.anger	{dah|sudah|makin|memang|lagi|langsung|betul2} tak tahan	confidence=0.75
ms.angry.x_tahan	emotion.anger	{dah|sudah|makin|memang|lagi|langsung|betul2} x tahan	confidence=0.75
ms.angry.tak_tahan_dengan	emotion.anger	{tak|x|tk} tahan {dengan|dgn|lagi|dah|sudah}	confidence=0.75
ms.angry.tak_patut	emotion.anger	tak patut	confidence=0.7
ms.angry.tak_sepatutnya	emotion.anger	tak sepatutnya	confidence=0.7
ms.angry.tak_malu	emotion.anger	tak malu	confidence=0.8
ms.angry.x_malu	emotion.anger	x malu	confidence=0.8
ms.angry.tak_sedar_diri	emotion.anger	tak sedar diri	confidence=0.85
ms.angry.takde_otak	emotion.anger	takde otak	confidence=0.9
ms.angry.tak_ada_otak	emotion.anger	tak ada otak	confidence=0.9
ms.angry.xde_otak	emotion.anger	xde otak	confidence=0.9
ms.angry.macam_sampah	emotion.anger	macam sampah	confidence=0.85
ms.angry.macam_haram	emotion.anger	macam haram	confidence=0.85
ms.angry.macam_babi	emotion.anger	macam babi	confidence=0.85
ms.sad.takziah	emotion.disappointment	takziah	confidence=0.6

# -nya exclamations of cue words that the Indonesian Hunspell dictionary lists without the -nya suffix
ms.angry.teruknya	emotion.anger	teruknya	confidence=0.8
ms.angry.geramnya	emotion.anger	geramnya	confidence=0.9
ms.angry.bangangnya	emotion.anger	bangangnya	confidence=0.9
ms.angry.bengapnya	emotion.anger	bengapnya	confidence=0.85
ms.angry.bongoknya	emotion.anger	bongoknya	confidence=0.85
ms.angry.jemunya	emotion.anger	jemunya	confidence=0.7
ms.sad.hampanya	emotion.disappointment	hampanya	confidence=0.85
ms.fail.serabutnya	problem.failure	serabutnya	confidence=0.7

# Unacceptable, excuses, broken promises, no response
ms.angry.tidak_boleh_diterima	emotion.anger	tidak boleh diterima	confidence=0.8
ms.angry.tak_boleh_diterima	emotion.anger	tak boleh diterima	confidence=0.8
ms.angry.tak_boleh_terima	emotion.anger	tak boleh terima	confidence=0.75
ms.angry.x_boleh_terima	emotion.anger	x boleh terima	confidence=0.75
ms.angry.tak_boleh_blah	emotion.anger	tak boleh blah	confidence=0.9
ms.angry.x_boleh_blah	emotion.anger	x boleh blah	confidence=0.9
ms.angry.xleh_blah	emotion.anger	xleh blah	confidence=0.9
ms.angry.tak_leh_blah	emotion.anger	tak leh blah	confidence=0.9
ms.angry.cuma_alasan	emotion.anger	cuma alasan	confidence=0.7
ms.angry.bagi_alasan	emotion.anger	bagi alasan	confidence=0.7
ms.angry.alasan_je	emotion.anger	alasan je	confidence=0.75
ms.sad.mimpi_ngeri	emotion.disappointment	mimpi ngeri	confidence=0.75
ms.fail.tak_tunaikan_janji	problem.failure	tak tunaikan janji	confidence=0.85
ms.fail.tidak_tunaikan_janji	problem.failure	tidak tunaikan janji	confidence=0.85
ms.fail.gagal_menunaikan_janji	problem.failure	gagal menunaikan janji	confidence=0.85
ms.ignored.tidak_bertindak_balas	ignored	tidak bertindak balas	confidence=0.8
ms.ignored.tak_bertindak_balas	ignored	tak bertindak balas	confidence=0.8
ms.ignored.tiada_tindak_balas	ignored	tiada tindak balas	confidence=0.8
ms.ignored.takde_tindak_balas	ignored	takde tindak balas	confidence=0.8
ms.ignored.tak_nampak_bayang	ignored	tak nampak bayang	confidence=0.8

# emotion.anger: contempt, cursing and exasperation words a Malay speaker uses at a person or firm
# ("berang" alone is also the otter, berang-berang: only with a degree word or "dengan")
ms.angry.keji	emotion.anger	keji	confidence=0.75
ms.angry.jelik	emotion.anger	jelik	confidence=0.75
ms.angry.menjijikkan	emotion.anger	menjijikkan	confidence=0.8
ms.angry.berang_degree	emotion.anger	{sangat|amat|cukup|naik|makin} berang	confidence=0.85
ms.angry.berang_dengan	emotion.anger	berang dengan	confidence=0.85
ms.angry.bedebah	emotion.anger	bedebah	confidence=0.85
ms.angry.keparat	emotion.anger	keparat	confidence=0.85
ms.angry.laknat	emotion.anger	laknat	confidence=0.8
ms.angry.dah_gila	emotion.anger	{dah|sudah} gila ke	confidence=0.75
ms.angry.gila_ke_apa	emotion.anger	gila ke apa	confidence=0.8
ms.angry.apa_masalah_kau	emotion.anger	apa masalah {kau|korang|awak|ko|hang|dia|diorang|korg|u}	confidence=0.75
ms.angry.sakit_mata_tengok	emotion.anger	sakit mata {tengok|tgk|nengok}	confidence=0.75
ms.angry.maki	emotion.anger	maki	confidence=0.7
ms.angry.maki_hamun	emotion.anger	maki hamun	confidence=0.85
ms.angry.mencarut	emotion.anger	mencarut	confidence=0.7
ms.angry.bingai	emotion.anger	bingai	confidence=0.85
ms.angry.dungu	emotion.anger	dungu	confidence=0.8
ms.angry.biadap	emotion.anger	{biadap|biadab}	confidence=0.85
ms.angry.otak_udang	emotion.anger	otak udang	confidence=0.85
ms.angry.rimas	emotion.anger	rimas*	confidence=0.7
ms.angry.padan_muka	emotion.anger	padan muka	confidence=0.7
ms.angry.penipuan	emotion.anger	penipuan	confidence=0.75
ms.angry.tertipu	emotion.anger	tertipu	confidence=0.8
ms.angry.dipermainkan	emotion.anger	{dipermainkan|mempermainkan}	confidence=0.8
ms.angry.menyusahkan	emotion.anger	menyusahkan	confidence=0.75

# emotion.disappointment: despair and hurt
ms.sad.putus_asa	emotion.disappointment	putus asa	confidence=0.7
ms.sad.hati_remuk	emotion.disappointment	{hati|jiwa} remuk	confidence=0.8
ms.sad.remuk_hati	emotion.disappointment	remuk {hati|redam}	confidence=0.8
ms.sad.sadis	emotion.disappointment	sadis	confidence=0.6

# ignored: read and left unanswered
ms.ignored.seen_je	ignored	{seen|bluetick} {je|jer|sahaja|saja|aja}	confidence=0.8
ms.ignored.blue_tick_je	ignored	blue tick {je|jer|sahaja|saja|aja}	confidence=0.8

# emotion.anger: shamelessness, bad conduct and being blamed, said of staff or a firm
ms.angry.muka_tebal	emotion.anger	muka tebal	confidence=0.8
ms.angry.tak_tahu_malu	emotion.anger	{tak|x|tidak|tk} tahu malu	confidence=0.85
ms.angry.dayus	emotion.anger	dayus	confidence=0.8
ms.angry.perangai_teruk	emotion.anger	perangai {teruk|buruk|hodoh|jahat|busuk|haram|kurang|tak|x}	confidence=0.75
ms.angry.teruk_perangai	emotion.anger	{teruk|buruk|hodoh|jahat|busuk|haram} perangai	confidence=0.75
ms.angry.teruk_betul_perangai	emotion.anger	{teruk|buruk|hodoh|jahat|busuk|haram} {betul|sungguh|sangat|sgt|gila} perangai	confidence=0.75
ms.angry.salahkan_aku	emotion.anger	{salahkan|menyalahkan|dipersalahkan} {aku|saya|kami|sy|customer|pelanggan|kita}	confidence=0.7
ms.angry.stress_betul	emotion.anger	{stress|stres|tension} {betul|sangat|sgt|giler|nya|la|lah|weh|wei|wey|woi|doh|dowh|siot}	confidence=0.7
ms.angry.buat_stress	emotion.anger	{buat|buatkan|membuatkan} {stress|stres|tension|serabut}	confidence=0.7
ms.angry.buat_aku_stress	emotion.anger	{buat|buatkan|membuatkan|bagi} {aku|saya|orang|org|kami|sy} {stress|stres|tension|serabut}	confidence=0.7

# Fatigue, stress and headache said of oneself or intensified ("penat" alone is also the rest one seeks,
# "melepas penat"; "stres" alone also "hilangkan stres"): only with a subject, a degree word or a particle
@self	aku|saya|sy|ak|i|kami|kita|sangat|sgt|amat|terlalu|makin|semakin|lagi|tengah|tgh|jadi|betul2
@deg	betul|btul|sangat|sgt|gila|giler|gile|la|laa|lah|lahh|weh|wehh|wei|wey|weyy|woi|doh|siot|sungguh|amat|dowh|dah|sudah|sial
ms.sad.self_penat	emotion.disappointment	{@self} {penat|letih|lesu}	confidence=0.65
ms.sad.penat_deg	emotion.disappointment	{penat|letih|lesu} {@deg}	confidence=0.65
ms.angry.self_stress	emotion.anger	{@self|dah|sudah} {stress|stres|tension|tertekan}	confidence=0.7
ms.angry.tertekan_deg	emotion.anger	tertekan {@deg}	confidence=0.7
ms.angry.pening_kepala	emotion.anger	{pening|peninglah} kepala	confidence=0.7
ms.angry.pening_deg	emotion.anger	pening {@deg}	confidence=0.65
ms.angry.self_pening	emotion.anger	{aku|saya|sy|makin|jadi|buat|buatkan|rasa} pening	confidence=0.65
ms.angry.semak_kepala	emotion.anger	semak {kepala|otak|mata|betul|gila|giler|sangat|sgt}	confidence=0.75
# Sighs of exasperation ("adoi", "aduh", "haih" are as often playful or delighted)
ms.angry.aiyo	emotion.anger	{aiyo|aiyoyo|aiyoh|haiya|haiyaa}	confidence=0.6
ms.sad.alahai	emotion.disappointment	alahai	confidence=0.55
ms.sad.kesian	emotion.disappointment	{kesian|kesiannya|kesiankan}	confidence=0.55
ms.sad.nak_nangis	emotion.disappointment	{nak|nk|mahu|macam|cam} {nangis|menangis|nanges}	confidence=0.7
# Curses and insults
ms.angry.knn	emotion.anger	{knn|kanina|kaninabu|kanineng}	confidence=0.85
ms.angry.bahlul	emotion.anger	{bahlul|bahalol|bahlool}	confidence=0.85
ms.angry.haprak	emotion.anger	haprak	confidence=0.85
ms.angry.poyo	emotion.anger	poyo	confidence=0.7
ms.angry.mengada	emotion.anger	{mengada|mengade} {ngada|ngade}	confidence=0.7
ms.angry.apa_jadah	emotion.anger	apa {jadah|kejadah|kebenda}	confidence=0.75
ms.angry.apahal_pulak	emotion.anger	{apahal|apehal|pehal|pahal} {pulak|pula|ni|nih|ko|kau}	confidence=0.65
# Greed, lies and unreasonableness of a firm or person
ms.angry.tamak	emotion.anger	{tamak|haloba}	confidence=0.75
ms.angry.auta	emotion.anger	{auta|kelentong|temberang}	confidence=0.75
ms.angry.putar_belit	emotion.anger	putar belit	confidence=0.75
ms.angry.tak_munasabah	emotion.anger	{tak|x|tk|tidak} munasabah	confidence=0.8
ms.angry.tak_amanah	emotion.anger	{tak|x|tk|tidak} amanah	confidence=0.8
ms.angry.tak_habis_habis	emotion.anger	{tak|x|tk} {habis2|habis} {habis|habis2}	confidence=0.7
ms.angry.sampai_bila	emotion.anger	sampai bila {nak|lagi|kami|kita|saya|aku|mahu|kena|perlu|harus}	confidence=0.65
# Spoilt mood, no fun
ms.sad.potong_stim	emotion.disappointment	{potong|spoil|rosak|hilang} {stim|steam|mood|selera}	confidence=0.7
ms.sad.mood_rosak	emotion.disappointment	mood {rosak|hilang|spoil|down|hancur|kelaut}	confidence=0.7
ms.sad.tak_seronok	emotion.disappointment	{tak|x|tk|tidak|kurang} seronok	confidence=0.7
ms.sad.burnout	emotion.disappointment	burnout	confidence=0.7
# Services that are slow, inefficient, without signal
ms.fail.slow_deg	problem.failure	slow {@deg|nya}	confidence=0.75
ms.fail.lembab_deg	problem.failure	{lembab|lembap} {@deg|nya}	confidence=0.75
ms.fail.tak_cekap	problem.failure	{tak|x|tk|tidak} cekap	confidence=0.8
ms.fail.takde_line	problem.failure	{takde|xde|tiada|tkde|takda|xda|xdak|takdak} {line|signal|coverage|liputan|sinyal}	confidence=0.75
ms.fail.tak_ada_line	problem.failure	{tak|x|tidak} ada {line|signal|coverage|liputan|sinyal}	confidence=0.75
# "boring" with a Malay degree word or particle, so that the entry does not fire on English text
ms.sad.boring	emotion.disappointment	boring {@deg|nya|gilos}	confidence=0.6
ms.sad.deg_boring	emotion.disappointment	{sangat|sgt|makin|semakin|terlalu|agak|bosan} boring	confidence=0.6
ms.angry.hancus	emotion.anger	hancus	confidence=0.75
# "lemah" alone is also gentle (lemah lembut), weakness in general or a currency that falls: only of a service or intensified
ms.fail.service_lemah	problem.failure	{servis|perkhidmatan|pengurusan|khidmat|line|signal|sinyal|sistem|network|coverage|liputan|wifi|internet} lemah	confidence=0.8
ms.fail.lemah_deg	problem.failure	lemah {gila|giler|betul|sangat|sgt|sungguh}	confidence=0.7
ms.fail.deg_lemah	problem.failure	{sangat|amat|sgt|terlalu|makin|semakin} lemah	confidence=0.7
# "boleh" written short (leh, bleh, buleh, bulih, blh): useless, unreliable
ms.fail.tak_leh_pakai	problem.failure	{tak|x|tk|tidak} {leh|bleh|buleh|bulih|blh|bole} {pakai|guna|harap|diharap|diguna|digunakan|dipakai}	confidence=0.85
ms.fail.xleh_pakai	problem.failure	{xleh|xbleh|xblh|takleh|tkleh|xboleh|takboleh} {pakai|guna|harap|diharap|diguna|digunakan|dipakai}	confidence=0.85
ms.fail.tak_boleh_diharap	problem.failure	{tak|x|tk|tidak} boleh {diharap|diharapkan|dipakai|diguna|digunakan}	confidence=0.85

# Complaining itself, and staff or firms that are careless, half-hearted, lazy, rude, stingy or two-faced
ms.angry.merungut	emotion.anger	{merungut|rungut|rungutan|bersungut}	confidence=0.7
ms.angry.mengeluh	emotion.anger	{mengeluh|berkeluh}	confidence=0.65
ms.fail.cuai	problem.failure	{cuai|kecuaian}	confidence=0.8
ms.fail.sambil_lewa	problem.failure	sambil lewa	confidence=0.8
ms.fail.acuh_tak_acuh	problem.failure	acuh tak acuh	confidence=0.8
ms.fail.culas	problem.failure	culas	confidence=0.8
ms.angry.pemalas	emotion.anger	pemalas	confidence=0.75
# "kasar" alone is also rough or approximate ("anggaran kasar"): only of service, speech or manners, or intensified
ms.angry.layanan_kasar	emotion.anger	{layanan|staff|staf|pekerja|cakap|bahasa|perangai|sikap|kaunter|cs|agent|pegawai|driver|rider|nada} kasar	confidence=0.8
ms.angry.kasar_deg	emotion.anger	kasar {betul|sangat|sgt|gila|giler|nya}	confidence=0.75
ms.angry.bermuka_dua	emotion.anger	{bermuka|muka} dua	confidence=0.75
ms.angry.lokek	emotion.anger	lokek	confidence=0.7
ms.angry.menindas	emotion.anger	{menindas|penindasan|penindas}	confidence=0.75
ms.angry.cakap_kosong	emotion.anger	{cakap|omong|cakap2} kosong	confidence=0.75
ms.angry.cakap_tak_serupa_bikin	emotion.anger	cakap tak serupa bikin	confidence=0.85
ms.fail.mungkir_janji	problem.failure	{mungkir|memungkiri|langgar|melanggar|mungkiri} janji	confidence=0.85
ms.fail.tinggal_janji	problem.failure	tinggal janji	confidence=0.8
# Money or orders that vanish or get stuck, places and people left neglected
ms.fail.lesap	problem.failure	{lesap|lesapkan|melesap}	confidence=0.75
ms.fail.tersangkut	problem.failure	{duit|wang|bayaran|pembayaran|refund|order|pesanan|parcel|barang|transaksi|deposit|baki|topup|reload} {tersangkut|sangkut|stuck|tergantung}	confidence=0.85
ms.fail.terbiar	problem.failure	{terbiar|terabai}	confidence=0.65
ms.fail.tak_sampai_sampai	problem.failure	{tak|x|tk|belum} {sampai2|sampai} {sampai|sampai2}	confidence=0.8
# A firm, system or government that failed ("gagal" alone is as often a test or a match)
ms.fail.subject_gagal	problem.failure	{kerajaan|menteri|sistem|pihak|syarikat|company|servis|perkhidmatan|app|apps|aplikasi|kementerian|pengurusan|website|laman} gagal	confidence=0.7
ms.fail.gagal_deg	problem.failure	gagal {teruk|total|sepenuhnya|lagi}	confidence=0.7

# Things that act up ("buat hal", "meragam"), and money or codes that never come in
# ("buat hal" alone is also Indonesian "for things": only as a habit or again)
ms.fail.buat_hal	problem.failure	{asyik|selalu|sentiasa|kerap|dah|mula|suka} {buat|wat} {hal|perangai|ragam}	confidence=0.75
ms.fail.buat_hal_lagi	problem.failure	{buat|wat} {hal|perangai|ragam} lagi	confidence=0.8
ms.fail.meragam	problem.failure	meragam	confidence=0.75
ms.fail.ke_laut	problem.failure	{line|internet|signal|servis|perkhidmatan|wifi|coverage|prestasi|kualiti} {kelaut|laut}	confidence=0.7
ms.fail.asyik_crash	problem.failure	{asyik|selalu|sentiasa|kerap|sikit2} {crash|stuck|sangkut|freeze|jem|tersangkut|terpadam|mati}	confidence=0.8
ms.fail.tak_masuk	problem.failure	{duit|wang|gaji|refund|otp|tac|sms|bayaran|pembayaran|kredit|topup|reload|elaun|bantuan|baki|data} {tak|x|tk|belum|tidak} masuk	confidence=0.8
# Disgust and suffering, said of oneself
ms.angry.nak_muntah	emotion.anger	{nak|nk|mahu|rasa} {muntah|termuntah}	confidence=0.7
ms.sad.terseksa	emotion.disappointment	{terseksa|menyeksa|menyeksakan}	confidence=0.7
ms.sad.nasib_badan	emotion.disappointment	nasib badan	confidence=0.75
