"""One-word actor dictionary hits need the word's own form, not only its lemma key
(rasad.events.normalize.inflects, rasad.events.actors.actor_word)."""

from __future__ import annotations

import pytest

from rasad.events.actors import actor_word, lookup
from rasad.events.normalize import inflects, lemma_key, normalize, strip_proclitics


def _form(word: str) -> str:
    return strip_proclitics(normalize(word))


@pytest.mark.parametrize(
    ("token", "entry", "nisba", "expected"),
    [
        ("حكومتها", "حكومه", False, True),  # ة becomes ت before a pronoun
        ("حكومات", "حكومه", False, True),
        ("مسلحون", "مسلح", False, True),
        ("عسكرية", "عسكري", False, True),
        ("حوثيين", "حوثيون", False, True),  # the other case of a sound plural
        ("حوثي", "حوثيون", False, True),  # the singular of a plural entry
        ("السورية", "سوريا", True, True),  # a country's adjective
        ("اليابانيون", "يابان", True, True),
        ("الدول", "دوله", False, False),  # a broken plural: not by form (_BROKEN_PLURALS)
        ("قاد", "قاده", False, False),  # ة off: a verb here
        ("السلم", "سلمان", False, False),  # one lemma key, two words
        ("الدفع", "دفعه", False, False),
        ("المدن", "مدني", False, False),
        ("عملية", "عمل", False, False),  # an agent's nisba is another word
        ("السورية", "سوريا", False, False),
    ],
)
def test_inflects(token: str, entry: str, nisba: bool, expected: bool) -> None:
    assert inflects(_form(token), entry, nisba=nisba) is expected


@pytest.mark.parametrize(
    "pair",
    [("السلم", "سلمان"), ("الدفع", "دفعة"), ("المدن", "مدني"), ("الغابة", "غابون")],
)
def test_shared_key_no_longer_enough(pair: tuple[str, str]) -> None:
    # the two words share a lemma key, which alone used to make the first an actor
    word, entry = (normalize(w) for w in pair)
    assert lemma_key(word) == lemma_key(entry)
    assert actor_word(entry) is not None
    assert actor_word(word) is None


def test_forms_of_dictionary_actors_still_found() -> None:
    assert actor_word(normalize("المصرية")) == ("EGY", "")
    assert actor_word(normalize("والحكومة"))[1] == "GOV"
    assert actor_word(normalize("للحكومات"))[1] == "GOV"
    assert actor_word(normalize("الدول"))[1] == "GOV"  # a broken plural, listed
    assert actor_word(normalize("الدولي")) is None  # its adjective is no party
    assert actor_word(normalize("الوزراء")) == actor_word(normalize("وزير"))
    assert actor_word(normalize("للأطباء")) == actor_word(normalize("طبيب"))
    assert lookup([normalize("السوريين")]) == ("SYR", None)
    # a person's name needs two dictionary words
    assert lookup([normalize("سلمان")], min_words=2) is None
