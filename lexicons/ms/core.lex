# lexicons/ms/core.lex: churn.cancel core patterns, negation and units.
# Written by the project team; no third-party word list.
ms.core.cancel.batalkan	churn.cancel	batalkan
ms.core.cancel.membatalkan	churn.cancel	membatalkan
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
