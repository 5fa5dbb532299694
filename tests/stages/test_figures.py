from __future__ import annotations

from typing import Any

import pytest

from presslens.model import Attribution, Document, Offsets, Speaker
from presslens.nlp import load_nlp
from presslens.pipeline import Pipeline
from presslens.stages.figures import FigureStage, extract_figures

pytestmark = pytest.mark.slow


def _attribution(text: str, content: str, speaker: str, id: str = "A1") -> Attribution:
    start = text.index(content)
    return Attribution(
        id=id,
        kind="direct",
        content=Offsets(start=start, end=start + len(content)),
        speaker=Speaker(name=speaker),
        text=content,
    )


@pytest.fixture(scope="module")
def example_figures(example_text: str) -> dict[str, Any]:
    quote = example_text[example_text.index("We've had hundreds") :]
    quote = quote[: quote.index(' European Parliament member')].rstrip('"')
    atts = [_attribution(example_text, quote, "Janice Atkinson")]
    return {f.text: f for f in extract_figures(load_nlp()(example_text), atts)}


def test_figures_reference_article_finds_exactly_the_claims(
    example_figures: dict[str, Any],
) -> None:
    # Not "Thousands", "hundreds", "last November", "Last year's", "March".
    assert list(example_figures) == ["2,500", "130", "400", "10", "a thousand", "9,000"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge", "asserted_by", "counted"),
    [
        ("2,500", 2500, "person", "an estimated", None,
         "Europeans still belong to ISIS's fighting force"),
        ("130", 130, "life", None, None, "claimed lives at the hands of ISIS jihadis"),
        ("400", 400, "person", "an estimated", None,
         "French nationals are still fighting jihad in warzones"),
        ("10", 10, "officer", "more than", None,
         "officers try to monitor each returnee around the clock"),
        ("a thousand", 1000, None, None, "Janice Atkinson", None),
        ("9,000", 9000, "jihadist", "potentially", "Janice Atkinson",
         "ISIS jihadists sitting in Mosul at the moment"),
    ],
)  # fmt: skip
def test_figures_reference_article_fields(
    example_figures: dict[str, Any],
    text: str,
    value: float,
    unit: str | None,
    hedge: str | None,
    asserted_by: str | None,
    counted: str | None,
) -> None:
    fig = example_figures[text]
    assert fig.value == value
    assert fig.hedge == hedge
    assert fig.asserted_by == asserted_by
    assert (fig.attribution == "A1") == (asserted_by is not None)
    if unit is not None:
        assert fig.unit == unit
    if counted is not None:
        assert fig.counted == counted


def test_figures_offsets_point_into_the_text(example_text: str) -> None:
    for fig in extract_figures(load_nlp()(example_text)):
        assert example_text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state will spend $3 billion on roads.", [("$3 billion", 3e9, "USD", None)]),
        ("About 48 percent of voters back Clinton.", [("48 percent", 48, "percent", "about")]),
        ("Police said 20 to 30 people were hurt.",
         [("20", 20, "person", "range"), ("30", 30, "person", "range")]),
        ("At least two thousand troops arrived.",
         [("two thousand", 2000, "troop", "at least")]),
        ("A dozen senators and 150 staff members watched.",
         [("A dozen", 12, "senator", None), ("150", 150, "member", None)]),
        ("Unemployment fell to 4.9% as 161,000 jobs were added.",
         [("4.9%", 4.9, "percent", None), ("161,000", 161000, "job", None)]),
        ("Shares fell 2.3 percent to 1,527,000 won; the recall may cost 1.5 trillion won.",
         [("2.3 percent", 2.3, "percent", None), ("1,527,000", 1527000, "KRW", None),
          ("1.5 trillion", 1.5e12, "KRW", None)]),
        # "won" the verb
        ("Of the 40 candidates it fielded, 12 won seats.",
         [("40", 40, "candidate", None), ("12", 12, None, None)]),
    ],
)  # fmt: skip
def test_figures_values_units_hedges(
    text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    got = [(f.text, f.value, f.unit, f.hedge) for f in extract_figures(load_nlp()(text))]
    assert got == expected


def test_figures_counted_subject_keeps_its_predicate() -> None:
    (fig,) = extract_figures(load_nlp()("Some 5,000 migrants crossed the border in May."))
    assert fig.counted == "migrants crossed the border in May"
    assert fig.hedge == "some"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The wall would cost $12 billion to $15 billion.", ["The wall would cost"] * 2),
        ("Between 10 and 20 officers were injured.", ["officers were injured"] * 2),
        ("Nike would owe $3.6 billion in U.S. taxes.", ["Nike would owe in U.S. taxes"]),
        ("The 70-year-old candidate won 56% of the vote.",
         ["The 70-year-old candidate won of the vote"]),
        # a pronoun and a copula say nothing of what is counted
        ("Some estimates say it's a thousand.", [None]),
    ],
)  # fmt: skip
def test_figures_counted_is_the_clause_without_the_figure(
    text: str, counted: list[str | None]
) -> None:
    assert [f.counted for f in extract_figures(load_nlp()(text))] == counted


def test_figures_innermost_attribution_asserts() -> None:
    text = 'Smith said that Jones told him "300 people came" to the rally.'
    outer = _attribution(text, 'Jones told him "300 people came" to the rally', "Smith", "A1")
    inner = _attribution(text, "300 people came", "Jones", "A2")
    (fig,) = extract_figures(load_nlp()(text), [outer, inner])
    assert (fig.asserted_by, fig.attribution) == ("Jones", "A2")


class _FakeAttributionStage:
    name = "test.attributions"
    version = "0"
    requires: tuple[str, ...] = ("parse",)
    assigns: tuple[str, ...] = ("attributions",)

    def predict(self, docs: Any) -> list[None]:
        return [None for _ in docs]

    def set_annotations(self, docs: Any, preds: Any) -> None:
        for doc in docs:
            doc.attributions = [_attribution(doc.text, "12 soldiers died", "the army")]


def test_figures_stage_runs_in_a_pipeline() -> None:
    from presslens.stages.parse import ParseStage

    pipe = Pipeline([ParseStage(), _FakeAttributionStage(), FigureStage()])
    doc = pipe(Document(text="The army said 12 soldiers died. Rebels claim 40."))
    assert [(f.text, f.asserted_by) for f in doc.figures] == [("12", "the army"), ("40", None)]
    assert doc.models["presslens.figures.v1"] == FigureStage.version


def test_figures_stage_needs_attributions() -> None:
    from presslens.errors import PipelineError
    from presslens.stages.parse import ParseStage

    with pytest.raises(PipelineError):
        Pipeline([ParseStage(), FigureStage()])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Riverton FC beat Ashford 3-1 on Saturday, a third win in a row.", []),
        ("Keller lives two streets from the plant.", []),
        ("The bill passed 52-48 in the Senate.", ["52", "48"]),
        ("Two streets of houses, about 40 homes, were evacuated.", ["Two", "40"]),
    ],
)
def test_figures_scores_and_places_in_a_description_are_no_claims(
    text: str, figures: list[str]
) -> None:
    import presslens

    doc = presslens.analyze(text)
    assert [f.text for f in doc.figures] == figures
