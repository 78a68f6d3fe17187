# Malay (ms) topic words: name what the problem is about, so the result can report connectivity, delivery,
# billing, product, account or policy (the topic with most hits wins; none gives "other"). Helpers only:
# a topic word is not a cue and never makes a text dissatisfied. English words used in Malay (ms) text
# (internet, wifi, refund, login, password) are in lexicons/en/topics.lex and apply to every text; so do the
# Indonesian words shared with Malay (pesanan, aplikasi, produk, kontrak, prosedur) in lexicons/id/topics.lex.
# Written by the project team; no third-party word list. Format: lexicons/README.md.

# topic.connectivity: internet, phone line and network service
ms.topic.conn.talian	topic.connectivity	talian
ms.topic.conn.line	topic.connectivity	line
ms.topic.conn.liputan	topic.connectivity	liputan
ms.topic.conn.rangkaian	topic.connectivity	rangkaian
ms.topic.conn.isyarat	topic.connectivity	isyarat
ms.topic.conn.jalur_lebar	topic.connectivity	jalur lebar
ms.topic.conn.capaian_internet	topic.connectivity	capaian internet
ms.topic.conn.data_mudah_alih	topic.connectivity	data mudah alih
ms.topic.conn.unifi	topic.connectivity	unifi
ms.topic.conn.maxis	topic.connectivity	maxis
ms.topic.conn.celcom	topic.connectivity	celcom
ms.topic.conn.digi	topic.connectivity	digi
ms.topic.conn.umobile	topic.connectivity	umobile
ms.topic.conn.streamyx	topic.connectivity	streamyx
ms.topic.conn.time_fibre	topic.connectivity	time fibre
ms.topic.conn.router_wifi	topic.connectivity	router wifi

# topic.delivery: orders, parcels, couriers, delivery
ms.topic.deliv.penghantaran_w	topic.delivery	penghantaran*
ms.topic.deliv.hantar	topic.delivery	hantar
ms.topic.deliv.dihantar	topic.delivery	dihantar
ms.topic.deliv.parcel_w	topic.delivery	parcel*
ms.topic.deliv.bungkusan	topic.delivery	bungkusan
ms.topic.deliv.pos_laju	topic.delivery	pos laju
ms.topic.deliv.poslaju	topic.delivery	poslaju
ms.topic.deliv.kurier	topic.delivery	kurier
ms.topic.deliv.tempahan	topic.delivery	tempahan
ms.topic.deliv.penghantar	topic.delivery	penghantar
ms.topic.deliv.nombor_tracking	topic.delivery	nombor tracking
ms.topic.deliv.barang_sampai	topic.delivery	barang sampai
ms.topic.deliv.rider	topic.delivery	rider

# topic.billing: bills, charges, payments, refunds, prices
ms.topic.bill.bil	topic.billing	bil
ms.topic.bill.caj	topic.billing	caj
ms.topic.bill.bayaran_w	topic.billing	bayaran*
ms.topic.bill.yuran	topic.billing	yuran
ms.topic.bill.tambah_nilai	topic.billing	tambah nilai
ms.topic.bill.topup	topic.billing	topup
ms.topic.bill.reload	topic.billing	reload
ms.topic.bill.kredit	topic.billing	kredit
ms.topic.bill.baki	topic.billing	baki
ms.topic.bill.pemulangan_wang	topic.billing	pemulangan wang
ms.topic.bill.bayaran_balik	topic.billing	bayaran balik
ms.topic.bill.wang	topic.billing	wang
ms.topic.bill.duit	topic.billing	duit
ms.topic.bill.ringgit	topic.billing	ringgit
ms.topic.bill.potongan	topic.billing	potongan
ms.topic.bill.harga	topic.billing	harga
ms.topic.bill.mahal	topic.billing	mahal

# topic.product: the device, app, item or food itself
ms.topic.prod.telefon	topic.product	telefon
ms.topic.prod.fon	topic.product	fon
ms.topic.prod.henfon	topic.product	henfon
ms.topic.prod.bateri	topic.product	bateri
ms.topic.prod.skrin	topic.product	skrin
ms.topic.prod.pengecas	topic.product	pengecas
ms.topic.prod.waranti	topic.product	waranti
ms.topic.prod.kualiti	topic.product	kualiti
ms.topic.prod.makanan	topic.product	makanan
ms.topic.prod.minuman	topic.product	minuman
ms.topic.prod.peranti	topic.product	peranti
ms.topic.prod.ciri	topic.product	ciri

# topic.account: access to the customer's account
ms.topic.acct.akaun_w	topic.account	akaun*
ms.topic.acct.kata_laluan	topic.account	kata laluan
ms.topic.acct.log_masuk	topic.account	log masuk
ms.topic.acct.pengesahan	topic.account	pengesahan
ms.topic.acct.tac	topic.account	tac
ms.topic.acct.kod_tac	topic.account	kod tac
ms.topic.acct.disekat	topic.account	disekat
ms.topic.acct.digodam	topic.account	digodam
ms.topic.acct.akaun_saya	topic.account	akaun saya
ms.topic.acct.nombor_telefon	topic.account	nombor telefon

# topic.policy: rules, terms, contracts, procedures
ms.topic.pol.polisi	topic.policy	polisi
ms.topic.pol.dasar	topic.policy	dasar
ms.topic.pol.terma	topic.policy	terma
ms.topic.pol.terma_dan_syarat	topic.policy	terma dan syarat
ms.topic.pol.syarat_syarat	topic.policy	syarat syarat
ms.topic.pol.peraturan_syarikat	topic.policy	peraturan syarikat
ms.topic.pol.hak_pengguna	topic.policy	hak pengguna
ms.topic.pol.tribunal_tuntutan_pengguna	topic.policy	tribunal tuntutan pengguna
