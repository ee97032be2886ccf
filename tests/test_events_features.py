"""Clause-position features of the salience model (rasad.events.features)."""

from __future__ import annotations

import pytest

from rasad.events.features import agent_roles, analyse, features


def _roles(sentence: str) -> list[str]:
    analysis = analyse(sentence)
    agents = [t for t in analysis.triggers if t.kind == "agent"]
    assert agents, sentence
    return agent_roles(analysis, agents[0].index)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # the doers are the subject of the verb that opens the clause: a report
        ("وأغلق المحتجون الطريق الرئيسي صباح اليوم", {"after_initial_verb", "nominative"}, set()),
        ("وفي المدينة، خرج مئات المتظاهرين إلى الساحة", {"after_initial_verb", "crowd"}, set()),
        # the doers after a preposition or as an object: a mention
        ("ووقعت مواجهات بين المتظاهرين وقوات الأمن", {"after_prep"}, {"after_verb"}),
        ("وفرقت الشرطة المعتصمين بالقوة", {"after_other"}, {"after_initial_verb"}),
        ("المتظاهرون يطالبون بالإصلاح", {"initial", "nominative"}, set()),
    ],
)
def test_agent_roles(sentence: str, expected: set[str], absent: set[str]) -> None:
    roles = set(_roles(sentence))
    assert expected <= roles, roles
    assert not absent & roles, roles


def test_features_carry_agent_roles_and_the_leading_verb() -> None:
    reported = features(analyse("وأغلق المحتجون الطريق الرئيسي صباح اليوم"), "PROTEST")
    assert "agent:after_initial_verb" in reported
    # a sentence led by another type's verb: the protest is a participant, not the report
    dispersed = features(analyse("واعتقلت الشرطة عشرات المتظاهرين في العاصمة"), "PROTEST")
    assert any(f.startswith("lead:") and f != "lead:self" for f in dispersed), dispersed
    assert "lead_before:other" in dispersed
