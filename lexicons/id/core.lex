# lexicons/id/core.lex: churn.cancel core patterns, negation and units.
# Written by the project team; no third-party word list.
# what a churn cancel ends: a subscription, account, contract or order (not an appointment, a match, a prediction)
@cancel_obj	langganan|berlangganan|langgan|layanan|perkhidmatan|akun|akaun|rekening|kontrak|paket|pakej|plan|pelan|keanggotaan|keahlian|membership|subscription|pesanan|order|tempahan|transaksi|pembelian|semua|semuanya|internet|talian|kartu|kad|polis|polisi
id.core.cancel.membatalkan	churn.cancel	membatalkan ... {@cancel_obj}
id.core.cancel.batalkan	churn.cancel	batalkan ... {@cancel_obj}
id.core.cancel.batalkan_aja	churn.cancel	{batalkan|membatalkan} {aja|saja|ajalah|sajalah|deh|dong|je|jer|aje|sahaja|sekarang}	confidence=0.8
id.core.cancel.berhenti_langganan	churn.cancel	berhenti berlangganan
id.core.cancel.tutup_akun	churn.cancel	tutup akun
id.core.cancel.putus	churn.cancel	putus langganan
id.core.neg.tidak	scope.negation	tidak
id.core.neg.gak	scope.negation	gak
id.core.neg.nggak	scope.negation	nggak
id.core.neg.enggak	scope.negation	enggak
id.core.neg.ga	scope.negation	ga
id.core.neg.tdk	scope.negation	tdk
id.core.neg.bukan	scope.negation	bukan
id.core.neg.jangan	scope.negation	jangan
id.core.resolved.tidak_jadi	scope.resolved	tidak jadi
id.core.resolved.gak_jadi	scope.resolved	{gak|nggak|ngga|enggak|gk} jadi
id.core.resolved.batal_jadi	scope.resolved	batal jadi
id.core.cond.kalau	scope.conditional	kalau
id.core.cond.jika	scope.conditional	jika
id.core.cond.kalo	scope.conditional	kalo
id.core.unit.tahun	unit.year	tahun
id.core.unit.bulan	unit.month	bulan
