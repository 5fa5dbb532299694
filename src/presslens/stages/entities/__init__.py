"""Stage ``presslens.entities.v1``: entities with all their mentions, a canonical name and a role.

spaCy's NER finds mentions; this stage cleans them (drops a leading "the" and a
possessive "'s"), adds mentions of known aliases (``resources/aliases.json``:
"ISIL", "Islamic State of Iraq and the Levant" -> ISIS), and groups the mentions
of one entity in the article:

* people by surname: "European Union Security Commissioner Julian King" ... "King";
* organisations by alias, acronym ("Royal United Services Institute" ~ "RUSI")
  and normalised name;
* definite descriptions that repeat a person's role ("the commissioner").

A person's role comes from the text: a pre-nominal title ("European Parliament
member Janice Atkinson" -> "Member of the European Parliament") or an apposition
("Raffaello Pantucci, director of ... at the Royal United Services Institute").

The pieces: :mod:`.mentions` (NER mentions cleaned), :mod:`.aliases` (known aliases and
defined acronyms), :mod:`.context` (a name retyped by what its sentence says of it:
"..., who sells fruit" is a person), :mod:`.roles` (titles, appositions, "the commissioner"),
:mod:`.grouping` (mentions into entities, canonical names) and :mod:`.stage`.
"""

from .aliases import alias_table, defined_acronyms
from .mentions import KEPT_TYPES
from .stage import EntityStage, find_entities

__all__ = ["KEPT_TYPES", "EntityStage", "alias_table", "defined_acronyms", "find_entities"]
