# lexicons/id/emotions.lex: sadness and anger in the colloquial register of Indonesian tweets.
# Written by the project team; no third-party word list. Candidates were checked for
# precision on the train/valid splits only (counts, never rows copied).
# Words with common one-edit neighbours are written as prefixes (word*): a prefix is
# matched as written, never through a misspelling (kasian/kajian, mampus/mampu).
id.sad.sakit_hati	emotion.disappointment	sakit hati	confidence=0.85
id.sad.menyakitkan	emotion.disappointment	menyakitkan	confidence=0.85
id.sad.berduka	emotion.disappointment	berduka	confidence=0.85
id.sad.turut_berduka	emotion.disappointment	turut berduka	confidence=0.85
id.sad.innalillahi_w	emotion.disappointment	innalillahi*	confidence=0.85
id.sad.inalillahi_w	emotion.disappointment	inalillahi*	confidence=0.85
id.sad.perih	emotion.disappointment	perih	confidence=0.85
id.sad.pedih	emotion.disappointment	pedih	confidence=0.85
id.sad.kasihan	emotion.disappointment	kasihan	confidence=0.6
id.sad.kasian	emotion.disappointment	kasian*	confidence=0.6
id.angry.anjing	emotion.anger	anjing	confidence=0.85
id.angry.sinting	emotion.anger	sinting	confidence=0.85
id.angry.gedeg	emotion.anger	gedeg	confidence=0.85
id.angry.songong	emotion.anger	songong	confidence=0.85
id.angry.belagu	emotion.anger	belagu	confidence=0.85
id.angry.idiot	emotion.anger	idiot	confidence=0.85
id.angry.najis	emotion.anger	najis	confidence=0.85
id.angry.licik	emotion.anger	licik	confidence=0.85
id.angry.picik	emotion.anger	picik	confidence=0.85
id.angry.pecundang	emotion.anger	pecundang	confidence=0.85
id.angry.goblog	emotion.anger	goblog	confidence=0.85
id.angry.kampungan	emotion.anger	kampungan	confidence=0.85
id.angry.norak	emotion.anger	norak	confidence=0.85
id.angry.fitnah	emotion.anger	fitnah	confidence=0.85
id.angry.mampus	emotion.anger	mampus*	confidence=0.85
id.angry.tidak_tahu_diri	emotion.anger	tidak tahu diri	confidence=0.85
id.angry.ga_tau_diri	emotion.anger	ga tau diri	confidence=0.85
id.angry.gak_tau_diri	emotion.anger	gak tau diri	confidence=0.85
id.angry.gak_punya_otak	emotion.anger	gak punya otak	confidence=0.85
id.angry.tidak_punya_otak	emotion.anger	tidak punya otak	confidence=0.85
id.angry.sok_tahu	emotion.anger	sok tahu	confidence=0.85
id.angry.sok_tau	emotion.anger	sok tau	confidence=0.85
id.angry.sok_suci	emotion.anger	sok suci	confidence=0.85
id.angry.nyinyir	emotion.anger	nyinyir*	confidence=0.6
id.angry.lebay	emotion.anger	lebay	confidence=0.6
id.anger.kebobrokan	emotion.anger	kebobrokan	confidence=0.85

# "merasa ..." (I feel cheated, not valued): complaint phrasing; also keeps the common
# word merasa from being read as a misspelling of another cue word.
id.disappoint.merasa_dikecewakan	emotion.disappointment	merasa dikecewakan	confidence=0.95
id.disappoint.merasa_dirugikan	emotion.disappointment	merasa dirugikan	confidence=0.9
id.disappoint.merasa_tidak_dihargai	emotion.disappointment	merasa tidak dihargai	confidence=0.85
id.disappoint.merasa_gak_dihargai	emotion.disappointment	merasa gak dihargai	confidence=0.85
id.disappoint.merasa_ga_dihargai	emotion.disappointment	merasa ga dihargai	confidence=0.85
id.disappoint.merasa_diabaikan	emotion.disappointment	merasa diabaikan	confidence=0.85
id.anger.merasa_ditipu	emotion.anger	merasa ditipu	confidence=0.9
id.anger.merasa_tertipu	emotion.anger	merasa tertipu	confidence=0.9
id.anger.merasa_dibohongi	emotion.anger	merasa dibohongi	confidence=0.9
id.anger.merasa_dipermainkan	emotion.anger	merasa dipermainkan	confidence=0.9
id.anger.merasa_dicurangi	emotion.anger	merasa dicurangi	confidence=0.9
id.anger.merasa_dibodohi	emotion.anger	merasa dibodohi	confidence=0.9
id.anger.merasa_diremehkan	emotion.anger	merasa diremehkan	confidence=0.8
id.anger.merasa_dilecehkan	emotion.anger	merasa dilecehkan	confidence=0.85
