"""A title naming two countries credits them in text order, whatever the hash seed."""

from rasad.entities.titles import title_key
from rasad.entities.words import words_of


def test_title_affiliations_keep_text_order():
    first = title_key(words_of("سفير مصر لدى فرنسا"))
    second = title_key(words_of("سفير فرنسا لدى مصر"))
    assert first is not None and second is not None
    assert first.affiliation == second.affiliation == frozenset({"EGY", "FRA"})
    assert first.affiliation_order == ("EGY", "FRA")
    assert second.affiliation_order == ("FRA", "EGY")
