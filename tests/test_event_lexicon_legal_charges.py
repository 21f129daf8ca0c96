"""Bringing charges is ACCUSE `allege`, an arrest or detention COERCE (PLOVER manual, ACCUSE
modes: "sue, indict, or charge; bring to trial"; NEWS-GUIDELINES: ACCUSE "sue/bring
charges"), where CAMEO 173 coded indicting and prosecuting as COERCE; a conviction is
SANCTION `convict` (PLOVER manual, SANCTION modes). Sentences written for these tests;
the rules are tested with the learned filter off."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("On Tuesday jurors in the county indicted the mayor.", "the mayor"),
        ("The former defence minister was indicted on Monday.", "The former defence minister"),
        ("The former minister was indicted on bribery charges.", "The former minister"),
        ("The state prosecuted the union leader for fraud last year.", "the union leader"),
        ("Prosecutors will prosecute the bank's former chairman.", "the bank's former chairman"),
        ("The opposition leader was arraigned in a city court on Friday.", "The opposition leader"),
        ("The junta put the former premier on trial in March.", "the former premier"),
    ],
)
def test_event_lexicon_legal_charges_are_accusations(rules, text: str, charged: str) -> None:
    events = events_of(rules, text)
    types = [e.event for e in events]
    assert "ACCUSE" in types and "COERCE" not in types and "THREATEN" not in types, types
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert accuse.mode == "allege"
    assert [r.text for r in accuse.recipient] == [charged]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the opposition leader on Friday.",
        "The senator was detained at the airport.",
        "Soldiers rounded up dozens of protesters in the capital.",
    ],
)
def test_event_lexicon_legal_charges_arrest_stays_coercion(rules, text: str) -> None:
    types = [e.event for e in events_of(rules, text)]
    assert "COERCE" in types and "ACCUSE" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The court convicted the former mayor of fraud.",
        "The former mayor was convicted of fraud on Monday.",
        "A jury found the senator guilty of bribery.",
        "The alderman was found guilty of taking kickbacks.",
    ],
)
def test_event_lexicon_legal_charges_conviction_is_sanction(rules, text: str) -> None:
    """PLOVER SANCTION `convict` ("find an entity ... guilty ... in a court of law"); no
    ACCUSE beside a conviction, and no arrest in the verdict itself."""
    events = events_of(rules, text)
    types = [e.event for e in events]
    assert types == ["SANCTION"], types
    assert events[0].mode == "convict"


@pytest.mark.parametrize(
    ("text", "undergoer", "actor"),
    [
        ("Senator indicted on fraud charges.", "Senator", []),
        ("Mayor charged with fraud by state prosecutors.", "Mayor", ["state prosecutors"]),
        ("Two men arrested after bank robbery.", "Two men", []),
        ("Activist jailed for five years.", "Activist", []),
    ],
)
def test_event_lexicon_legal_charges_reduced_passive(
    rules, text: str, undergoer: str, actor: list[str]
) -> None:
    """A headline's passive with no auxiliary: the one named first undergoes the act."""
    legal = [e for e in events_of(rules, text) if e.event in ("ACCUSE", "COERCE")]
    assert legal, events_of(rules, text)
    assert [r.text for r in legal[0].recipient] == [undergoer]
    assert [a.text for a in legal[0].actor] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police arrested two men after the robbery.", "Police"),
        ("The city sued over the budget cuts.", "The city"),
    ],
)
def test_event_lexicon_legal_charges_active_clause_keeps_its_actor(
    rules, text: str, actor: str
) -> None:
    legal = [e for e in events_of(rules, text) if e.event in ("ACCUSE", "COERCE")]
    assert legal and [a.text for a in legal[0].actor] == [actor], legal


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Agents arrested and charged four dockworkers after the strike.", "Agents"),
        ("Deputies detained, questioned and released the farmer.", "Deputies"),
    ],
)
def test_event_lexicon_legal_charges_shared_object_is_no_reduced_passive(
    rules, text: str, actor: str
) -> None:
    """Verbs that share one object: the parser hangs it on the last verb only, so the first
    looks objectless, but its subject still does the act."""
    legal = [e for e in events_of(rules, text) if e.event in ("ACCUSE", "COERCE")]
    assert legal, events_of(rules, text)
    assert all([a.text for a in e.actor] == [actor] for e in legal), legal
    assert not any("reduced passive" in (e.rule or "") for e in legal), legal
