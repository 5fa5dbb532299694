"""One colour per PTC technique (and per layer), shared by the terminal, HTML and web views."""

from __future__ import annotations

TECHNIQUE_COLOURS: dict[str, str] = {
    "Appeal_to_Authority": "#1f77b4",
    "Appeal_to_fear-prejudice": "#d62728",
    "Bandwagon,Reductio_ad_hitlerum": "#9467bd",
    "Black-and-White_Fallacy": "#8c564b",
    "Causal_Oversimplification": "#e377c2",
    "Doubt": "#7f7f7f",
    "Exaggeration,Minimisation": "#bcbd22",
    "Flag-Waving": "#17becf",
    "Loaded_Language": "#ff7f0e",
    "Name_Calling,Labeling": "#2ca02c",
    "Repetition": "#aec7e8",
    "Slogans": "#ffbb78",
    "Thought-terminating_Cliches": "#98df8a",
    "Whataboutism,Straw_Men,Red_Herring": "#c5b0d5",
}
FALLBACK = "#999999"


def technique_colour(technique: str) -> str:
    return TECHNIQUE_COLOURS.get(technique, FALLBACK)


def technique_label(technique: str) -> str:
    """'Appeal_to_fear-prejudice' -> 'Appeal to fear/prejudice'."""
    return technique.replace("_", " ").replace(",", " / ").replace("-prejudice", "/prejudice")
