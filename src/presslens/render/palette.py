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


#: One line per technique, in presslens's own words: the legend and hover text of every view.
TECHNIQUE_DEFINITIONS: dict[str, str] = {
    "Appeal_to_Authority":
        "Leans on who said it (an official, expert or institution) instead of on evidence.",
    "Appeal_to_fear-prejudice":
        "Stirs alarm about a threat, or hostility to a group, to win support for a position.",
    "Bandwagon,Reductio_ad_hitlerum":
        "Says to follow the crowd because everyone agrees, or to reject an idea because a "
        "despised group backs it.",
    "Black-and-White_Fallacy": "Frames a choice as either-or when other options exist.",
    "Causal_Oversimplification": "Blames a complicated outcome on one cause alone.",
    "Doubt": "Casts suspicion on a person's or institution's credibility without showing why.",
    "Exaggeration,Minimisation":
        "Inflates something beyond its real size, or plays it down as trivial.",
    "Flag-Waving": "Wraps a cause in national or group pride so that opposing it feels disloyal.",
    "Loaded_Language":
        "Picks emotionally charged words to colour how the reader feels about the subject.",
    "Name_Calling,Labeling":
        "Pins a label on a person or group to make readers despise, fear or admire them.",
    "Repetition": "Hammers the same point several times so that it sticks.",
    "Slogans": "A short, punchy catchphrase that packs a stance into one memorable line.",
    "Thought-terminating_Cliches": "A stock phrase that ends the argument instead of answering it.",
    "Whataboutism,Straw_Men,Red_Herring":
        "Deflects: answers criticism with the critic's own faults, attacks a distorted version "
        "of the other side, or changes the subject.",
}


def technique_definition(technique: str) -> str:
    return TECHNIQUE_DEFINITIONS.get(technique, "")
