# lexicons/ms/emotions.lex: sadness and anger in colloquial Malay.
# Written by the project team; no third-party word list.
ms.sad.sedih_gila	emotion.disappointment	sedih gila	confidence=0.8
ms.sad.pilu	emotion.disappointment	pilu	confidence=0.8
ms.angry.celaka	emotion.anger	celaka	confidence=0.8
ms.angry.babi	emotion.anger	babi	confidence=0.8
ms.angry.menyirap	emotion.anger	menyirap	confidence=0.8
ms.angry.jelak	emotion.anger	jelak	confidence=0.8
ms.angry.bosan_gila	emotion.anger	bosan gila	confidence=0.8
ms.angry.sampah_betul	emotion.anger	sampah betul	confidence=0.8
ms.angry.hampagas	emotion.anger	hampagas	confidence=0.8
