"""Verbal acts of political reporting as constructions (issue 24 items 4 and 6): idioms of
criticism, attack nouns marked as verbal, legal charges, copular adjectives of
(dis)approval, undergone criticism with its roles swapped, reported speech that calls a
party something or says it did wrong, negated acceptance as refusal, and the `party` row
flag. Every sentence was written for these tests.

The rules are tested with the learned filter off (what the rules propose), so that a
retrained filter does not change what these tests pin; a few cases check the packaged
coder end to end."""

from __future__ import annotations

import pytest
from helpers import events_of, ref_texts

from eventwire.annotators.event_lexicon import load_lexicon, parse_lexicon
from eventwire.errors import ConfigError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # idioms of criticism
        ("Senator Okafor took shots at the governor during the debate.", "ACCUSE"),
        ("The minister took a swipe at the opposition leader on Tuesday.", "ACCUSE"),
        ("Jansen called into question the mayor's handling of the budget.", "ACCUSE"),
        ("The senator raised doubts about the governor's honesty.", "ACCUSE"),
        ("Senator Okafor went on the attack against the governor.", "ACCUSE"),
        ("The committee chairman grilled the defence secretary about the contracts.", "ACCUSE"),
        ("Opposition leaders railed against the new tax rules.", "ACCUSE"),
        # attack nouns marked as verbal
        ("Senator Okafor launched a blistering attack on Governor Lindqvist.", "ACCUSE"),
        # legal accusation
        ("The attorney general filed charges against the former mayor.", "ACCUSE"),
        ("Prosecutors brought charges against the party treasurer.", "ACCUSE"),
        # copular adjectives of (dis)approval
        ("The union was highly critical of the labour minister.", "ACCUSE"),
        ("The governor remained supportive of Senator Okafor.", "SUPPORT"),
        # denying a charge
        ("The minister denied the allegations on Friday.", "REJECT"),
        ("The party treasurer denies any wrongdoing.", "REJECT"),
        # undergone criticism and endorsement
        ("The mayor faced sharp criticism from the city council.", "ACCUSE"),
        ("The chancellor drew a rebuke from the opposition leader.", "ACCUSE"),
        ("The foreign minister came under criticism from the parliament.", "ACCUSE"),
        ("Senator Okafor won the endorsement of the teachers union.", "SUPPORT"),
        # reported speech calling a party something, or saying it did wrong or is to blame
        ("Senator Okafor said Governor Lindqvist was corrupt.", "ACCUSE"),
        ('"He is a liar and a fraud," Senator Okafor said of the governor.', "ACCUSE"),
        ("The senator said the governor was a failed leader.", "ACCUSE"),
        ("The governors argued that the agency overstepped its authority.", "ACCUSE"),
        ("Jansen implied that the minister had lied about the contracts.", "ACCUSE"),
        ("The unionists say the army commanders are guilty of the bombings.", "ACCUSE"),
        ("Senator Okafor called the decision a mistake.", "ACCUSE"),
        # attacked for a deed: criticism, not violence
        ("Senator Okafor attacked him for failing to enforce the law.", "ACCUSE"),
        # displeasure voiced
        ("The prime minister expressed frustration with the central bank.", "ACCUSE"),
        # negated acceptance is a refusal
        ("The United States does not accept the result of the referendum.", "REJECT"),
        ("Senator Okafor said she could not support the nominee.", "REJECT"),
        # appeals and demands
        ("The mayor lobbied for a ban on open carry downtown.", "REQUEST"),
        ("The lawyers advocated for a speedy withdrawal of the charges.", "REQUEST"),
        ("Her advisers counselled against hiring the consultant.", "REQUEST"),
        ("The senator warned against admitting the new members to the alliance.", "REQUEST"),
        ("The governor's parents argued for a return to the old rules.", "REQUEST"),
        ("The president instructed the trade representative to consider new tariffs.", "REQUEST"),
        # support and defence
        ("The president offered a vigorous defence of his chief of staff.", "SUPPORT"),
        ("The party leader came to the defence of the embattled minister.", "SUPPORT"),
        ("The governor is standing by his campaign manager.", "SUPPORT"),
        # rejection
        ("Senator Okafor rebelled against the party leadership.", "REJECT"),
        # admitting a fault
        ("The minister admitted his mistake on Tuesday.", "CONCEDE"),
        ("The police chief later admitted that the curfew had not been needed.", "CONCEDE"),
        ("The mayor acknowledged that the city needed to work harder.", "CONCEDE"),
        # assurances and meetings
        ("The president assured his Russian counterpart that Kyiv would stay out.", "AGREE"),
        ("The senator huddled with Republican lawmakers on Monday.", "CONSULT"),
        ("The governor held a conference call with the county sheriffs.", "CONSULT"),
    ],
)
def test_events_verbal_constructions_coded(rules, text, expected) -> None:
    types = [e.event for e in events_of(rules, text)]
    assert expected in types, types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The mayor faced sharp criticism from the city council.", "council", "mayor"),
        ("The chancellor drew a rebuke from the opposition leader.", "leader", "chancellor"),
        ("Senator Okafor won the endorsement of the teachers union.", "union", "Okafor"),
        ("The union was highly critical of the labour minister.", "union", "minister"),
        ("Senator Okafor said Governor Lindqvist was corrupt.", "Okafor", "Lindqvist"),
        ("The governors argued that the agency overstepped its authority.", "governors", "agency"),
        ("The party leader came to the defence of the embattled minister.", "leader", "minister"),
    ],
)
def test_events_verbal_constructions_roles(rules, text, actor, recipient) -> None:
    events = [e for e in events_of(rules, text) if e.event in ("ACCUSE", "SUPPORT")]
    assert events, text
    ev = events[0]
    assert actor in ref_texts(ev.actor), (ref_texts(ev.actor), ref_texts(ev.recipient))
    assert recipient in ref_texts(ev.recipient), (ref_texts(ev.actor), ref_texts(ev.recipient))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the `party` flag: no one named who raises the doubt
        ("Weak car sales raised doubts about the strength of the economy.", "ACCUSE"),
        ("The slowdown raises questions about future demand.", "ACCUSE"),
        # a negated reported clause accuses no one
        ("Senator Okafor said Governor Lindqvist was not corrupt.", "ACCUSE"),
        ("Senator Okafor said the governor did not lie.", "ACCUSE"),
        # attacks with force stay attacks; undergone attacks are not criticism
        ("The army came under attack from militants near the border.", "ACCUSE"),
        ("The army launched an attack on the rebel base.", "ACCUSE"),
        # a defence team is no act of support
        ("Taxpayers paid millions for the former president's defense.", "SUPPORT"),
        # resisting a temptation is no rejection of a party
        ("He found it hard to resist a good bargain.", "REJECT"),
        # "responsible for" also means "in charge of"
        ("The minister said the agency was responsible for overseeing the schools.", "ACCUSE"),
        # a clause's preposition does not fill its governor's pattern ("call on")
        ("The president called to congratulate her on the election result.", "REQUEST"),
    ],
)
def test_events_verbal_constructions_not_coded(rules, text, absent) -> None:
    assert absent not in [e.event for e in events_of(rules, text)]


def test_events_verbal_constructions_attack_with_force_stays_assault(rules) -> None:
    types = [e.event for e in events_of(rules, "The army launched an attack on the rebel base.")]
    assert "ASSAULT" in types, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Okafor took shots at the governor during the debate.", "ACCUSE"),
        ("The mayor faced sharp criticism from the city council.", "ACCUSE"),
        ("The prime minister expressed frustration with the central bank.", "ACCUSE"),
    ],
)
def test_events_verbal_constructions_packaged_coder(coder, text, expected) -> None:
    assert expected in [e.event for e in events_of(coder, text)]


def test_events_verbal_constructions_party_flag_parsed() -> None:
    pats = parse_lexicon("raise doubt | ACCUSE | disapprove | 111 | party,conf=0.6\n", "t.txt")
    assert pats[0].party and pats[0].conf == 0.6
    plain = parse_lexicon("raise doubt | ACCUSE | disapprove | 111 |\n", "t.txt")
    assert not plain[0].party


def test_events_verbal_constructions_unknown_flag_names_party() -> None:
    with pytest.raises(ConfigError, match=r"t\.txt:1.*party"):
        parse_lexicon("raise doubt | ACCUSE | disapprove | 111 | parties\n", "t.txt")


@pytest.mark.parametrize(("flag", "kept"), [("idiom", True), ("", False)])
def test_events_verbal_constructions_idiom_keeps_dictionary_rows(tmp_path, flag, kept) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text(f"rush to aid | AID | | 070 | {flag}\n", encoding="utf-8")
    lex = load_lexicon(
        extra_lexicons=[str(mine)], packaged_dictionary=True, dictionary_patterns="new_verbs"
    )
    rows = lex.patterns.get(("rush", "v"), [])
    assert any(p.dictionary for p in rows) == kept
    assert any(p.text == "rush to aid" for p in rows)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Cuban officials are frustrated by the ministry's delays.", "officials", "ministry"),
        ("Senate Republicans were incensed by the governor's decision.", "Republicans", "governor"),
    ],
)
def test_events_verbal_constructions_experiencer_roles(rules, text, actor, recipient) -> None:
    events = [e for e in events_of(rules, text) if e.event == "ACCUSE"]
    assert events, text
    assert actor in ref_texts(events[0].actor)
    assert recipient in ref_texts(events[0].recipient)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Okafor voted against the bill.", "REJECT"),
        ("The senator co-sponsored the resolution with two colleagues.", "SUPPORT"),
        ("Senator Okafor reached out to the governor last year.", "CONSULT"),
        ("Republicans were incensed that the deal did not require testimony.", "ACCUSE"),
    ],
)
def test_events_verbal_constructions_votes_threats_anger(rules, text, expected) -> None:
    assert expected in [e.event for e in events_of(rules, text)]


def test_events_verbal_constructions_experiencer_cause_is_no_actor(rules) -> None:
    text = "Dismayed by the long delays, the retired teacher stayed home."
    for ev in events_of(rules, text):
        assert "delays" not in ref_texts(ev.actor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister told Iran to halt its enrichment programme.", "REQUEST"),
        ("The president has cast aside the limits set by his chief of staff.", "REJECT"),
        ("The ministry brushed aside the opposition's demands.", "REJECT"),
        ("The two activists have been denied asylum.", "REJECT"),
        ('"I am deeply troubled by the governor\'s plan," Senator Okafor said.', "ACCUSE"),
    ],
)
def test_events_verbal_constructions_directives_dismissals(rules, text, expected) -> None:
    assert expected in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters on the plane, referring to the bruises, that he was calm.",
        "A smuggler told them he was sending them to Italy.",
    ],
)
def test_events_verbal_constructions_told_without_directive(rules, text) -> None:
    assert "REQUEST" not in [e.event for e in events_of(rules, text)]


def test_events_verbal_constructions_pronouns_take_their_chain_code(rules) -> None:
    text = (
        "Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday. "
        "On Tuesday she said he was reckless, and he was critical of her. "
        "Later she faced criticism from him over the budget."
    )
    accusations = [e for e in rules.code(text, date="2019-05-02").events if e.event == "ACCUSE"]
    pairs = {(e.actor[0].code, e.recipient[0].code) for e in accusations if e.actor and e.recipient}
    assert pairs == {("DEU", "FRA"), ("FRA", "DEU")}, pairs
