"""The trigger tables and the inflections they are matched by (loaders/triggers*.py, loaders/inflections.json)."""

import re

import pytest

from loaders import frames, inflections, noun_frames, triggers
from loaders.triggers import Event, Position, Role, Verb


def test_stored_inflections_are_what_the_generator_gives():
    """inflections.json is generated from simplemma and the rules: regenerate it after changing a table
    (`python -m loaders.inflections`)."""
    pytest.importorskip("simplemma", reason="simplemma (dev extra) regenerates the inflection table")
    assert inflections.generate(triggers.all_lemmas()) == inflections._table()


@pytest.mark.parametrize("lemma, language, kind, form", [
    ("invertir", "es", "finite", "invirtió"), ("invertir", "es", "participle", "invertido"),
    ("adquirir", "es", "finite", "adquirirá"), ("unir", "es", "gerund", "uniendo"),
    ("fichar", "es", "finite", "ficha"),  # simplemma gives "ficha" to the noun; the rules give it back
    ("buy", "en", "finite", "bought"), ("take", "en", "participle", "taken"), ("snap", "en", "finite", "snapped"),
    ("lead", "en", "finite", "led"), ("acquire", "en", "gerund", "acquiring"),
])
def test_forms(lemma, language, kind, form):
    assert form in inflections.forms(lemma, language, kind)


def test_no_second_person_forms_in_spanish():
    assert not {"inviertes", "invertiste", "invertís"} & set(inflections.forms("invertir", "es"))


def test_alternation_matches_exactly_its_words():
    import re
    words = ["invest", "invests", "invested", "pour", "poured", "take over"]
    regex = re.compile(rf"^{inflections.alternation(words)}$")
    assert all(regex.match(w) for w in words + ["take  over"])
    assert not any(regex.match(w) for w in ["inves", "investing", "takeover", "po"])


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_trigger_yields_cues_in_its_frames(language):
    """A new trigger works in every frame: each verb gets an active frame (and passive ones when it takes a
    direct object), each event noun its nominal frames, each relational noun its apposition frames."""
    cues = frames.cues(language)
    for t in triggers.triggers(language):
        if isinstance(t, Verb):
            made = frames.verb_cues(t, language)
            want = ({"active"} if t.active else set()) | ({"passive", "participle"} if t.passive and not t.prep else set())
        elif isinstance(t, Event):
            made, want = noun_frames.event_cues(t, language), {"possessive", "by-phrase", "support verb", "between"}
        elif isinstance(t, Role):
            made, want = noun_frames.role_cues(t, language), {"apposition", "genitive", "title of", "copula"}
        else:
            assert isinstance(t, Position)
            made, want = noun_frames.position_cues(t, language), {"position"}
        assert want <= {c.frame for c in made}, (t, want - {c.frame for c in made})
    assert len(cues) > 200


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_cue_compiles(language):
    """Cues compile on first use (loaders.cues.Cue.regex); a broken pattern must still fail here, not in
    the middle of a build."""
    from loaders.cue_tables import compile_all
    compiled = compile_all((language,))
    assert len(compiled) > 200 and all(isinstance(regex, re.Pattern) for regex in compiled)
