"""Sentence splitting and language detection."""

import pytest

from loaders.sentences import detect_language, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("Atienden al gobierno de los EE. UU., proporcionando datos. Otra frase.",
     ["Atienden al gobierno de los EE. UU., proporcionando datos.", "Otra frase."]),
    ("Titular sin punto\nEl cuerpo empieza aquí. Y sigue.",
     ["Titular sin punto", "El cuerpo empieza aquí.", "Y sigue."]),
    ("Acme Inc. said it would buy U.S. rivals. J. Smith agreed.",
     ["Acme Inc. said it would buy U.S. rivals.", "J. Smith agreed."]),
    ("¿Qué está causando esto? Bueno, la inversión.", ["¿Qué está causando esto?", "Bueno, la inversión."]),
    ("- Desarrollo de plataformas.\n- Nuevos contratos.", ["Desarrollo de plataformas.", "Nuevos contratos."]),
    ("It raised $2.5 billion. Then it grew.", ["It raised $2.5 billion.", "Then it grew."]),
])
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize("text, language", [
    ("La empresa invirtió en la startup según fuentes del sector.", "es"),
    ("The company said it invested in the startup, according to people familiar with it.", "en"),
])
def test_language(text, language):
    assert detect_language(text) == language
