# Malay (ms) scope and helper lexicon: negation, resolved-past and conditional
# markers that qualify cues, duration units, ordinals and slang number words.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Units carry value=1 (value>1: that many units).

# scope.negation: negates a cue after it in the same clause
ms.scope.neg.tak	scope.negation	tak
ms.scope.neg.tidak	scope.negation	tidak
ms.scope.neg.x	scope.negation	x
ms.scope.neg.tk	scope.negation	tk
ms.scope.neg.tdk	scope.negation	tdk
ms.scope.neg.takkan	scope.negation	takkan
ms.scope.neg.bukan	scope.negation	bukan
ms.scope.neg.bkn	scope.negation	bkn
ms.scope.neg.belum	scope.negation	belum
ms.scope.neg.blm	scope.negation	blm
ms.scope.neg.jangan	scope.negation	jangan
ms.scope.neg.jgn	scope.negation	jgn
ms.scope.neg.tiada	scope.negation	tiada
ms.scope.neg.takde	scope.negation	takde
ms.scope.neg.xde	scope.negation	xde
ms.scope.neg.xda	scope.negation	xda
ms.scope.neg.tanpa	scope.negation	tanpa
ms.scope.neg.tidaklah	scope.negation	tidaklah
ms.scope.neg.bukanlah	scope.negation	bukanlah
ms.scope.neg.bukannya	scope.negation	bukannya
ms.scope.neg.bebas_daripada	scope.negation	bebas daripada
# colloquial fused forms: tak nak, tak mahu, tak pernah, takde written as one word
ms.scope.neg.taknak	scope.negation	taknak
ms.scope.neg.xnak	scope.negation	xnak
ms.scope.neg.tknk	scope.negation	tknk
ms.scope.neg.tanak	scope.negation	tanak
ms.scope.neg.takmau	scope.negation	takmau
ms.scope.neg.xmau	scope.negation	xmau
ms.scope.neg.takmahu	scope.negation	takmahu
ms.scope.neg.takpernah	scope.negation	takpernah
ms.scope.neg.xpernah	scope.negation	xpernah
ms.scope.neg.tkpernah	scope.negation	tkpernah
ms.scope.neg.tkde	scope.negation	tkde
ms.scope.neg.takda	scope.negation	takda
ms.scope.neg.takdak	scope.negation	takdak
ms.scope.neg.xdak	scope.negation	xdak
ms.scope.neg.janganlah	scope.negation	janganlah
ms.scope.neg.jgnlah	scope.negation	jgnlah
ms.scope.neg.usah	scope.negation	usah
# never thought of it: "tak terfikir pun nak batalkan"
ms.scope.neg.tak_terfikir	scope.negation	{tak|tidak|x|tk|takde|tiada} terfikir
# denying having said it: "saya tak cakap pun nak batalkan", "bila masa saya cakap nak batalkan?"
ms.scope.neg.tak_cakap	scope.negation	{tak|tidak|x|tk|takde|tiada} {cakap|kata|minta|sebut} pun
ms.scope.neg.bila_masa_cakap	scope.negation	bila masa {saya|aku|sy|kami} {cakap|kata|minta|sebut}

# scope.resolved: the cue is past and resolved ("tak jadi", "dah ok")
ms.scope.res.tak_jadi	scope.resolved	tak jadi
ms.scope.res.x_jadi	scope.resolved	x jadi
ms.scope.res.tidak_jadi	scope.resolved	tidak jadi
ms.scope.res.batal_niat	scope.resolved	batal niat
ms.scope.res.tadi_nak	scope.resolved	tadi nak
ms.scope.res.tadinya_nak	scope.resolved	tadinya nak
ms.scope.res.ingat_nak	scope.resolved	ingat nak
ms.scope.res.tukar_fikiran	scope.resolved	tukar fikiran
ms.scope.res.ubah_fikiran	scope.resolved	ubah fikiran
ms.scope.res.dah_ok	scope.resolved	dah ok
ms.scope.res.dah_okay	scope.resolved	dah okay
ms.scope.res.dah_elok	scope.resolved	dah elok
ms.scope.res.dah_pulih	scope.resolved	dah pulih
ms.scope.res.sudah_pulih	scope.resolved	sudah pulih
ms.scope.res.dah_settle	scope.resolved	dah settle
ms.scope.res.sudah_diselesaikan	scope.resolved	sudah diselesaikan
ms.scope.res.dah_dibaiki	scope.resolved	dah dibaiki
ms.scope.res.sudah_dibaiki	scope.resolved	sudah dibaiki
ms.scope.res.terima_kasih_sebab_baiki	scope.resolved	terima kasih sebab baiki

# scope.conditional: makes a cue hypothetical ("kalau jadi lagi")
ms.scope.cond.kalau	scope.conditional	kalau
ms.scope.cond.kalo	scope.conditional	kalo
ms.scope.cond.kalu	scope.conditional	kalu
ms.scope.cond.klu	scope.conditional	klu
ms.scope.cond.jika	scope.conditional	jika
ms.scope.cond.sekiranya	scope.conditional	sekiranya
ms.scope.cond.seandainya	scope.conditional	seandainya
ms.scope.cond.andai	scope.conditional	andai
ms.scope.cond.andainya	scope.conditional	andainya
ms.scope.cond.kecuali	scope.conditional	kecuali
ms.scope.cond.melainkan	scope.conditional	melainkan
ms.scope.cond.apabila	scope.conditional	apabila	confidence=0.6
ms.scope.cond.bila	scope.conditional	bila	confidence=0.5

# unit.hour: hours
ms.unit.hour.jam	unit.hour	jam	value=1
ms.unit.hour.sejam	unit.hour	sejam	value=1

# unit.day: days
ms.unit.day.hari	unit.day	hari	value=1
ms.unit.day.sehari	unit.day	sehari	value=1

# unit.week: weeks
ms.unit.week.minggu	unit.week	minggu	value=1
ms.unit.week.mgg	unit.week	mgg	value=1
ms.unit.week.seminggu	unit.week	seminggu	value=1

# unit.month: months
ms.unit.month.bulan	unit.month	bulan	value=1
ms.unit.month.bln	unit.month	bln	value=1
ms.unit.month.sebulan	unit.month	sebulan	value=1

# unit.year: years
ms.unit.year.tahun	unit.year	tahun	value=1
ms.unit.year.thn	unit.year	thn	value=1
ms.unit.year.setahun	unit.year	setahun	value=1
ms.unit.year.dekad	unit.year	dekad	value=10

# ordinal: ordinal words
ms.ord.kedua	ordinal	kedua	value=2
ms.ord.ketiga	ordinal	ketiga	value=3
ms.ord.keempat	ordinal	keempat	value=4
ms.ord.kelima	ordinal	kelima	value=5
ms.ord.keenam	ordinal	keenam	value=6
ms.ord.ketujuh	ordinal	ketujuh	value=7
ms.ord.kelapan	ordinal	kelapan	value=8
ms.ord.kedelapan	ordinal	kedelapan	value=8
ms.ord.kesembilan	ordinal	kesembilan	value=9
ms.ord.kesepuluh	ordinal	kesepuluh	value=10
ms.ord.ke_2	ordinal	ke 2	value=2
ms.ord.ke_3	ordinal	ke 3	value=3
ms.ord.ke_4	ordinal	ke 4	value=4
ms.ord.ke_5	ordinal	ke 5	value=5
ms.ord.ke_6	ordinal	ke 6	value=6
ms.ord.ke_7	ordinal	ke 7	value=7
ms.ord.ke_8	ordinal	ke 8	value=8
ms.ord.ke_9	ordinal	ke 9	value=9
ms.ord.ke_10	ordinal	ke 10	value=10

# number: number words ICU's spell-out does not give
ms.num.lapan	number	lapan	value=8
ms.num.selusin	number	selusin	value=12
ms.num.sedozen	number	sedozen	value=12

# clause.contrast: a word that starts a new clause ("bungkusan sampai elok | tapi internet putus"):
# the topic of a ticket is taken, on a tie, from the clauses that hold a live complaint.
# tapi, tetapi, namun, walaupun and tp are in lexicons/id/scope.lex and apply to Malay text too.
ms.clause.manakala	clause.contrast	manakala
ms.clause.sedangkan	clause.contrast	sedangkan
ms.clause.walhal	clause.contrast	walhal
ms.clause.biarpun	clause.contrast	biarpun

# rate.per: a word that makes a duration after an amount a rate ("RM100 setiap bulan"), not a wait;
# per, setiap and tiap are in lexicons/id/scope.lex and apply to Malay text too
ms.rate.sekali	rate.per	sekali
