# Indonesian (id) scope and helper lexicon: negation, resolved-past and conditional
# markers that qualify cues, duration units, ordinals and slang number words.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md. Units carry value=1 (value>1: that many units).

# scope.negation: negates a cue after it in the same clause
id.scope.neg.tidak	scope.negation	tidak
id.scope.neg.tak	scope.negation	tak
id.scope.neg.gak	scope.negation	gak
id.scope.neg.nggak	scope.negation	nggak
id.scope.neg.ngga	scope.negation	ngga
id.scope.neg.ga	scope.negation	ga
id.scope.neg.gk	scope.negation	gk
id.scope.neg.enggak	scope.negation	enggak
id.scope.neg.engga	scope.negation	engga
id.scope.neg.tdk	scope.negation	tdk
id.scope.neg.ndak	scope.negation	ndak
id.scope.neg.nda	scope.negation	nda
id.scope.neg.kagak	scope.negation	kagak
id.scope.neg.bukan	scope.negation	bukan
id.scope.neg.bkn	scope.negation	bkn
id.scope.neg.belum	scope.negation	belum
id.scope.neg.blm	scope.negation	blm
id.scope.neg.jangan	scope.negation	jangan
id.scope.neg.jgn	scope.negation	jgn

# scope.resolved: the cue is past and resolved ("tidak jadi", "sudah beres")
id.scope.res.tidak_jadi	scope.resolved	tidak jadi
id.scope.res.tdk_jadi	scope.resolved	tdk jadi
id.scope.res.gak_jadi	scope.resolved	gak jadi
id.scope.res.ga_jadi	scope.resolved	ga jadi
id.scope.res.gk_jadi	scope.resolved	gk jadi
id.scope.res.nggak_jadi	scope.resolved	nggak jadi
id.scope.res.enggak_jadi	scope.resolved	enggak jadi
id.scope.res.batal_jadi	scope.resolved	batal jadi
id.scope.res.urung	scope.resolved	urung
id.scope.res.urungkan	scope.resolved	urungkan
id.scope.res.mengurungkan	scope.resolved	mengurungkan
id.scope.res.tadinya_mau	scope.resolved	tadinya mau
id.scope.res.tadinya_ingin	scope.resolved	tadinya ingin
id.scope.res.awalnya_mau	scope.resolved	awalnya mau
id.scope.res.sempat_mau	scope.resolved	sempat mau
id.scope.res.sempat_ingin	scope.resolved	sempat ingin
id.scope.res.sempat_kepikiran	scope.resolved	sempat kepikiran
id.scope.res.berubah_pikiran	scope.resolved	berubah pikiran
id.scope.res.sudah_beres	scope.resolved	sudah beres
id.scope.res.udah_beres	scope.resolved	udah beres
id.scope.res.sudah_normal	scope.resolved	sudah normal
id.scope.res.udah_normal	scope.resolved	udah normal
id.scope.res.kembali_normal	scope.resolved	kembali normal
id.scope.res.sudah_lancar	scope.resolved	sudah lancar
id.scope.res.udah_lancar	scope.resolved	udah lancar
id.scope.res.sudah_teratasi	scope.resolved	sudah teratasi
id.scope.res.akhirnya_x_beres	scope.resolved	akhirnya ... {beres|normal|lancar|teratasi|selesai|diperbaiki|nyala}
id.scope.res.sudah_ditangani	scope.resolved	sudah ditangani
id.scope.res.sudah_diatasi	scope.resolved	sudah diatasi
id.scope.res.terima_kasih_sudah_memperbaiki	scope.resolved	terima kasih sudah memperbaiki

# scope.conditional: makes a cue hypothetical ("kalau terulang lagi")
id.scope.cond.kalau	scope.conditional	kalau
id.scope.cond.kalo	scope.conditional	kalo
id.scope.cond.klo	scope.conditional	klo
id.scope.cond.jika	scope.conditional	jika
id.scope.cond.jikalau	scope.conditional	jikalau
id.scope.cond.apabila	scope.conditional	apabila
id.scope.cond.bila	scope.conditional	bila
id.scope.cond.seandainya	scope.conditional	seandainya
id.scope.cond.andaikan	scope.conditional	andaikan
id.scope.cond.andai	scope.conditional	andai
id.scope.cond.kecuali	scope.conditional	kecuali
id.scope.cond.asalkan	scope.conditional	asalkan

# fraction.half: a half with a number or a unit, for durations (Malay too):
# "satu setengah tahun", "dua tahun setengah", "setahun setengah" (18 months)
id.fraction.half.setengah	fraction.half	setengah
id.fraction.half.stengah	fraction.half	stengah

# unit.hour: hours
id.unit.hour.jam	unit.hour	jam	value=1
id.unit.hour.sejam	unit.hour	sejam	value=1

# unit.day: days
id.unit.day.hari	unit.day	hari	value=1
id.unit.day.sehari	unit.day	sehari	value=1

# unit.week: weeks
id.unit.week.minggu	unit.week	minggu	value=1
id.unit.week.pekan	unit.week	pekan	value=1
id.unit.week.mgg	unit.week	mgg	value=1
id.unit.week.seminggu	unit.week	seminggu	value=1
id.unit.week.sepekan	unit.week	sepekan	value=1

# unit.month: months
id.unit.month.bulan	unit.month	bulan	value=1
id.unit.month.bln	unit.month	bln	value=1
id.unit.month.sebulan	unit.month	sebulan	value=1

# unit.year: years
id.unit.year.tahun	unit.year	tahun	value=1
id.unit.year.thn	unit.year	thn	value=1
id.unit.year.th	unit.year	th	value=1
id.unit.year.setahun	unit.year	setahun	value=1
id.unit.year.windu	unit.year	windu	value=8
id.unit.year.dekade	unit.year	dekade	value=10
id.unit.year.dasawarsa	unit.year	dasawarsa	value=10

# ordinal: ordinal words
id.ord.kedua	ordinal	kedua	value=2
id.ord.ketiga	ordinal	ketiga	value=3
id.ord.keempat	ordinal	keempat	value=4
id.ord.kelima	ordinal	kelima	value=5
id.ord.keenam	ordinal	keenam	value=6
id.ord.ketujuh	ordinal	ketujuh	value=7
id.ord.kedelapan	ordinal	kedelapan	value=8
id.ord.kesembilan	ordinal	kesembilan	value=9
id.ord.kesepuluh	ordinal	kesepuluh	value=10
id.ord.ke_2	ordinal	ke 2	value=2
id.ord.ke_3	ordinal	ke 3	value=3
id.ord.ke_4	ordinal	ke 4	value=4
id.ord.ke_5	ordinal	ke 5	value=5
id.ord.ke_6	ordinal	ke 6	value=6
id.ord.ke_7	ordinal	ke 7	value=7
id.ord.ke_8	ordinal	ke 8	value=8
id.ord.ke_9	ordinal	ke 9	value=9
id.ord.ke_10	ordinal	ke 10	value=10

# number: number words ICU's spell-out does not give
id.num.selusin	number	selusin	value=12
id.num.lusin	number	lusin	value=12

# scope.negation: fear of something that has not happened ("takut kecewa", "khawatir rusak")
id.scope.neg.takut	scope.negation	takut
id.scope.neg.takutnya	scope.negation	takutnya
id.scope.neg.khawatir	scope.negation	khawatir
id.scope.neg.kuatir	scope.negation	kuatir
id.scope.neg.cemas	scope.negation	cemas
id.scope.neg.tanpa	scope.negation	tanpa
id.scope.neg.tidaklah	scope.negation	tidaklah
id.scope.neg.bukanlah	scope.negation	bukanlah
id.scope.neg.bukannya	scope.negation	bukannya
id.scope.neg.bebas_dari	scope.negation	bebas dari
# denying having said it: "saya ga pernah bilang mau berhenti"
id.scope.neg.ga_pernah_bilang	scope.negation	{tidak|tdk|gak|ga|gk|nggak|ngga|enggak} pernah {bilang|ngomong|bilangin|minta|mengatakan}

# clause.contrast: a word that starts a new clause ("paket sampai dengan baik | tapi internet mati"):
# the topic of a ticket is taken, on a tie, from the clauses that hold a live complaint
id.clause.tapi	clause.contrast	tapi
id.clause.tp	clause.contrast	tp
id.clause.tetapi	clause.contrast	tetapi
id.clause.namun	clause.contrast	namun
id.clause.sedangkan	clause.contrast	sedangkan
id.clause.padahal	clause.contrast	padahal
id.clause.walaupun	clause.contrast	walaupun
id.clause.meskipun	clause.contrast	meskipun

# rate.per: a word that makes a duration after an amount a rate ("Rp 50.000 per bulan"), not a wait
id.rate.per	rate.per	per
id.rate.setiap	rate.per	setiap
id.rate.tiap	rate.per	tiap

# with the speaker named between: "tadinya saya mau berhenti", "awalnya aku ingin pindah" (second probe round)
id.scope.res.tadinya_saya_mau	scope.resolved	{tadinya|awalnya|sempat} {saya|aku|gue|gw|kami|sy|ak} {mau|ingin|pengen|pingin|nak|mahu|berniat}

# scope.sense: a phrase in which a cue's words mean something harmless; a hit
# inside it is reported suppressed as other_sense (shared with Malay)
id.sense.sad_story	scope.sense	{film|filem|lagu|cerita|drama|novel|movie|sinetron|adegan|ending} sedih
id.sense.emergency_number	scope.sense	{nomor|nombor|no|talian|kontak|hotline|pintu|tombol|butang} {darurat|kecemasan}
id.sense.bereavement_close	scope.sense	{meninggal|almarhum|almarhumah|wafat|arwah|allahyarham|allahyarhamah} ... ... {tutup|menutup|batalkan|membatalkan|berhentikan|tamatkan|penutupan|pembatalan} ... {akun|akaun|langganan|kartu|kad|rekening|polis|kontrak}
id.sense.close_for_deceased	scope.sense	{tutup|menutup|batalkan|membatalkan|tamatkan|penutupan|pembatalan} ... ... {almarhum|almarhumah|meninggal|wafat|arwah|allahyarham|allahyarhamah}
id.sense.want_close_for_deceased	scope.sense	{nak|mau|ingin|mahu|hendak} {tutup|menutup|batalkan|membatalkan|tamatkan} ... ... {almarhum|almarhumah|meninggal|wafat|arwah|allahyarham|allahyarhamah}
