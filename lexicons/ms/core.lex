# lexicons/ms/core.lex: churn.cancel core patterns, negation and units.
# Written by the project team; no third-party word list.
# what a churn cancel ends: a subscription, account, contract or order (not an appointment, a match, a prediction)
@cancel_obj	langganan|berlangganan|langgan|layanan|perkhidmatan|akun|akaun|rekening|kontrak|paket|pakej|plan|pelan|keanggotaan|keahlian|membership|subscription|pesanan|order|tempahan|transaksi|pembelian|semua|semuanya|internet|talian|kartu|kad|polis|polisi
ms.core.cancel.batalkan	churn.cancel	batalkan ... {@cancel_obj}
ms.core.cancel.membatalkan	churn.cancel	membatalkan ... {@cancel_obj}
ms.core.cancel.batalkan_je	churn.cancel	{batalkan|membatalkan} {je|jer|aje|sahaja|saja|terus|sekarang|lah}	confidence=0.8
ms.core.cancel.tamatkan	churn.cancel	tamatkan langganan
ms.core.cancel.berhenti	churn.cancel	berhenti langgan
ms.core.cancel.tutup_akaun	churn.cancel	tutup akaun
ms.core.neg.tak	scope.negation	tak
ms.core.neg.tidak	scope.negation	tidak
ms.core.neg.x	scope.negation	x
ms.core.neg.takkan	scope.negation	takkan
ms.core.neg.bukan	scope.negation	bukan
ms.core.resolved.tak_jadi	scope.resolved	tak jadi
ms.core.cond.kalau	scope.conditional	kalau
ms.core.cond.jika	scope.conditional	jika
ms.core.unit.tahun	unit.year	tahun
ms.core.unit.bulan	unit.month	bulan
