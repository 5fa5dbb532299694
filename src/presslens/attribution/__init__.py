"""Attribution extraction: who said what, with cue, source, speaker and venue.

The pieces are small and separately tested: :mod:`.quotes` pairs quotation
marks, :mod:`.reported` finds reported speech on the dependency parse,
:mod:`.speakers` resolves sources to entities, :mod:`.venues` finds where a
statement was given, :mod:`.extract` puts them together, and :mod:`.brat` and
:mod:`.metrics` read, write and score PolNeAR-style brat standoff.
"""
