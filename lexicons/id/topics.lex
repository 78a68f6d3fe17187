# Indonesian (id) topic words: name what the problem is about, so the result can report connectivity, delivery,
# billing, product, account or policy (the topic with most hits wins; none gives "other"). Helpers only:
# a topic word is not a cue and never makes a text dissatisfied. English words used in Indonesian (id) text
# (internet, wifi, refund, login, password) are in lexicons/en/topics.lex and apply to every text.
# Written by the project team; no third-party word list. Format: lexicons/README.md.

# topic.connectivity: internet, phone signal and network service
id.topic.conn.sinyal_w	topic.connectivity	sinyal*
id.topic.conn.jaringan	topic.connectivity	jaringan
id.topic.conn.koneksi_w	topic.connectivity	koneksi*
id.topic.conn.kuota_w	topic.connectivity	kuota*
id.topic.conn.paket_data	topic.connectivity	paket data
id.topic.conn.kuota_internet	topic.connectivity	kuota internet
id.topic.conn.internetan	topic.connectivity	internetan
id.topic.conn.provider	topic.connectivity	provider
id.topic.conn.operator_seluler	topic.connectivity	operator seluler
id.topic.conn.modem	topic.connectivity	modem
id.topic.conn.router	topic.connectivity	router
id.topic.conn.indihome	topic.connectivity	indihome
id.topic.conn.telkomsel	topic.connectivity	telkomsel
id.topic.conn.indosat	topic.connectivity	indosat
id.topic.conn.gangguan_jaringan	topic.connectivity	gangguan jaringan
id.topic.conn.jaringan_internet	topic.connectivity	jaringan internet
id.topic.conn.4g	topic.connectivity	4g
id.topic.conn.bts	topic.connectivity	bts
id.topic.conn.hotspot	topic.connectivity	hotspot

# topic.delivery: orders, parcels, couriers, shipping
id.topic.deliv.pengiriman_w	topic.delivery	pengiriman*
id.topic.deliv.kiriman	topic.delivery	kiriman
id.topic.deliv.paket_w	topic.delivery	paket*
id.topic.deliv.kurir_w	topic.delivery	kurir*
id.topic.deliv.ekspedisi_w	topic.delivery	ekspedisi*
id.topic.deliv.ongkir_w	topic.delivery	ongkir*
id.topic.deliv.ongkos_kirim	topic.delivery	ongkos kirim
id.topic.deliv.resi	topic.delivery	resi
id.topic.deliv.nomor_resi	topic.delivery	nomor resi
id.topic.deliv.pesanan	topic.delivery	pesanan
id.topic.deliv.orderan	topic.delivery	orderan
id.topic.deliv.dikirim	topic.delivery	dikirim
id.topic.deliv.pengantaran	topic.delivery	pengantaran
id.topic.deliv.diantar	topic.delivery	diantar
id.topic.deliv.cod	topic.delivery	cod
id.topic.deliv.jne	topic.delivery	jne
id.topic.deliv.sicepat	topic.delivery	sicepat
id.topic.deliv.lacak	topic.delivery	lacak
id.topic.deliv.pelacakan	topic.delivery	pelacakan

# topic.billing: bills, charges, payments, refunds, prices
id.topic.bill.tagihan_w	topic.billing	tagihan*
id.topic.bill.pembayaran_w	topic.billing	pembayaran*
id.topic.bill.biaya_w	topic.billing	biaya*
id.topic.bill.tarif	topic.billing	tarif
id.topic.bill.harga	topic.billing	harga
id.topic.bill.saldo	topic.billing	saldo
id.topic.bill.pulsa	topic.billing	pulsa
id.topic.bill.potongan	topic.billing	potongan
id.topic.bill.pengembalian_dana	topic.billing	pengembalian dana
id.topic.bill.pengembalian_uang	topic.billing	pengembalian uang
id.topic.bill.dana	topic.billing	dana
id.topic.bill.uang	topic.billing	uang
id.topic.bill.transfer	topic.billing	transfer
id.topic.bill.rekening	topic.billing	rekening
id.topic.bill.kartu_kredit	topic.billing	kartu kredit
id.topic.bill.cicilan	topic.billing	cicilan
id.topic.bill.denda	topic.billing	denda
id.topic.bill.cashback	topic.billing	cashback
id.topic.bill.diskon	topic.billing	diskon
id.topic.bill.struk	topic.billing	struk
id.topic.bill.nota	topic.billing	nota
id.topic.bill.isi_ulang	topic.billing	isi ulang
id.topic.bill.top_up	topic.billing	top up

# topic.product: the device, app, item or food itself
id.topic.prod.produk_w	topic.product	produk*
id.topic.prod.barang	topic.product	barang
id.topic.prod.aplikasi_w	topic.product	aplikasi*
id.topic.prod.hp	topic.product	hp
id.topic.prod.ponsel	topic.product	ponsel
id.topic.prod.handphone	topic.product	handphone
id.topic.prod.layar	topic.product	layar
id.topic.prod.baterai	topic.product	baterai
id.topic.prod.casan	topic.product	casan
id.topic.prod.charger	topic.product	charger
id.topic.prod.garansi	topic.product	garansi
id.topic.prod.kualitas	topic.product	kualitas
id.topic.prod.mesin	topic.product	mesin
id.topic.prod.perangkat	topic.product	perangkat
id.topic.prod.fitur	topic.product	fitur
id.topic.prod.makanan	topic.product	makanan
id.topic.prod.minuman	topic.product	minuman
id.topic.prod.menu	topic.product	menu
id.topic.prod.porsi	topic.product	porsi
id.topic.prod.ukuran	topic.product	ukuran

# topic.account: access to the customer's account
id.topic.acct.akun	topic.account	akun
id.topic.acct.kata_sandi	topic.account	kata sandi
id.topic.acct.sandi	topic.account	sandi
id.topic.acct.masuk_akun	topic.account	masuk akun
id.topic.acct.verifikasi	topic.account	verifikasi
id.topic.acct.otp	topic.account	otp
id.topic.acct.kode_otp	topic.account	kode otp
id.topic.acct.pin	topic.account	pin
id.topic.acct.nomor_hp	topic.account	nomor hp
id.topic.acct.diblokir	topic.account	diblokir
id.topic.acct.terblokir	topic.account	terblokir
id.topic.acct.dibajak	topic.account	dibajak
id.topic.acct.diretas	topic.account	diretas
id.topic.acct.profil	topic.account	profil
id.topic.acct.akun_saya	topic.account	akun saya
id.topic.acct.username	topic.account	username

# topic.policy: rules, terms, contracts, procedures
id.topic.pol.kebijakan	topic.policy	kebijakan
id.topic.pol.aturan	topic.policy	aturan
id.topic.pol.peraturan	topic.policy	peraturan
id.topic.pol.syarat	topic.policy	syarat
id.topic.pol.ketentuan	topic.policy	ketentuan
id.topic.pol.syarat_dan_ketentuan	topic.policy	syarat dan ketentuan
id.topic.pol.kontrak	topic.policy	kontrak
id.topic.pol.prosedur	topic.policy	prosedur
id.topic.pol.regulasi	topic.policy	regulasi
id.topic.pol.perjanjian	topic.policy	perjanjian
id.topic.pol.klausul	topic.policy	klausul
id.topic.pol.hak_konsumen	topic.policy	hak konsumen
id.topic.pol.perlindungan_konsumen	topic.policy	perlindungan konsumen
