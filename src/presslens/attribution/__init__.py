"""Attribution extraction: who said what, with cue, source, speaker and venue.

The pieces are small and separately tested: :mod:`.quotes` pairs quotation
marks, :mod:`.reported` finds reported speech on the dependency parse (its cue
lexicon in :mod:`.cues`, its constructions in :mod:`.constructions`, span helpers in
:mod:`.spans`), :mod:`.pairing` pairs quotes with cues, :mod:`.labels` reads
labelled turns and signatures, :mod:`.speakers` resolves sources to entities,
:mod:`.venues` finds where a statement was given and carries it along a passage,
:mod:`.conventions` keeps what ``CONVENTIONS.md`` counts, :mod:`.posts` adds signed
readers' posts, :mod:`.extract` puts them together, and :mod:`.brat` and
:mod:`.metrics` read, write and score PolNeAR-style brat standoff.
"""
