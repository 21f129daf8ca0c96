"""Protest, political violence and their look-alikes (issue 16): nominal protest triggers
and their light verbs, crowd control, arms seized, suicide bombings, property attacked,
forces sent, the passive of a verb-and-object pattern, and explosions, fires and finds
that are no attack. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of

from eventwire.annotators.event_lexicon import load_lexicon


def _events(coder, text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.mode) for e in events_of(coder, text) if "negation" not in e.aux]


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # nominal protest triggers with their light verbs
        ("Hundreds of farmers staged a dharna outside the district office.", "PROTEST", None),
        ("Shopkeepers observed a bandh across the valley on Tuesday.", "PROTEST", None),
        ("Nurses joined the protest outside the hospital on Monday.", "PROTEST", None),
        ("Residents held a candlelight vigil for the victims.", "PROTEST", None),
        ("Thousands of students took to the streets of the capital.", "PROTEST", None),
        ("Angry youths went on a rampage through the market.", "PROTEST", "riot"),
        ("Students staged a sit-in at the university gate.", "PROTEST", None),
        ("Dock workers downed tools at the port on Monday.", "PROTEST", "strike"),
        ("Nurses walked off the job at two city hospitals.", "PROTEST", "strike"),
        # people protesting as the subject of a verb of gathering, or of "protest"
        ("Thousands of protesters gathered outside the assembly on Sunday.", "PROTEST", "demo"),
        ("Demonstrators converged on the square before noon.", "PROTEST", "demo"),
        ("Demonstrators protested against the closure of the clinic.", "PROTEST", "demo"),
        ("Hundreds gathered to protest the eviction of the traders.", "PROTEST", "demo"),
        ("Detainees at the prison are on hunger strike, their lawyers said.", "PROTEST", None),
        ("Bus drivers remained on strike for a third week.", "PROTEST", "strike"),
        ("The union called a nationwide strike for Monday.", "PROTEST", "strike"),
        ("Police clashed with demonstrators protesting against the levy.", "PROTEST", "demo"),
        # a strike at a factory is no accident
        ("Textile workers went on strike at four factories.", "PROTEST", None),
        # crowd control (ASSAULT crowd-control, PLOVER manual)
        ("Police fired tear gas at the marchers near the square.", "ASSAULT", "crowd-control"),
        ("Police resorted to a lathi charge to scatter the crowd.", "ASSAULT", "crowd-control"),
        ("Police baton-charged the crowd outside the stadium.", "ASSAULT", "crowd-control"),
        # arms found or seized, active and passive (COERCE seize)
        ("Soldiers found a cache of rifles in a farmhouse on Monday.", "COERCE", "seize"),
        ("A stockpile of explosives was discovered near the bridge.", "COERCE", "seize"),
        ("Two pistols and a box of ammunition were recovered from the car.", "COERCE", "seize"),
        ("Customs officers intercepted a shipment of grenades at the port.", "COERCE", "seize"),
        ("Engineers defused two bombs planted under the bridge.", "COERCE", "seize"),
        # bombings and suicide attacks
        ("Two attackers blew themselves up outside a police station.", "ASSAULT", "suicide-attack"),
        ("Insurgents set off a roadside bomb as the convoy passed.", "ASSAULT", "explosives"),
        ("A man lobbed a grenade at the checkpoint on Friday.", "ASSAULT", "explosives"),
        # an explosive as the subject of a verb of exploding
        ("A car bomb exploded near the ministry on Friday.", "ASSAULT", "explosives"),
        ("A grenade went off in the crowded bazaar.", "ASSAULT", "explosives"),
        ("A car bomb exploded near the market. The blast killed three people.", "ASSAULT", None),
        # crowd-control weapons used (PETRARCH's "use" patterns stay in force)
        ("Police used water cannons and tear gas to break up the rally.", "ASSAULT", None),
        # property attacked: looting, arson (ASSAULT destroy, CAMEO 1712)
        ("Rioters looted shops along the main road.", "ASSAULT", "destroy"),
        ("Angry residents torched two police vehicles.", "ASSAULT", "destroy"),
        # places freed from an armed group are taken back by force
        ("Government forces freed three villages from the rebels.", "ASSAULT", None),
        ("A mob set a bus ablaze after the match.", "ASSAULT", "destroy"),
        # heavy weapons, passive and reduced relative included
        ("Rebels fired mortar shells at the army base.", "ASSAULT", None),
        ("Mortar shells fired by the rebels landed in the market.", "ASSAULT", "heavy-weapons"),
        ("The patrol came under fire near the border.", "ASSAULT", "firearms"),
        # forces sent and posts set up (MOBILIZE)
        ("The army dispatched troops to the border region.", "MOBILIZE", "troops"),
        ("The army set up a new observation post near the town.", "MOBILIZE", "troops"),
        ("Troops were mobilised to help quell the unrest in the north.", "MOBILIZE", "troops"),
        # the passive of a verb-and-object pattern
        ("A curfew was imposed in the town after the riot.", "COERCE", "curfew"),
    ],
)
def test_event_triggers_protest_violence_codes(rules_only, text, event, mode) -> None:
    # the rows are the subject; the learned filter is tested on news, not on one line
    coded = _events(rules_only, text)
    assert any(e == event and (mode is None or m == mode) for e, m in coded), coded


@pytest.mark.parametrize(
    ("text", "not_event"),
    [
        # suicide bombings are attacks, not property destroyed
        ("Two attackers blew themselves up outside a police station.", "COERCE"),
        # accidents: explosions and fires of gas, boilers and factories attack nobody
        ("A gas explosion killed four people at a restaurant.", "ASSAULT"),
        ("The boiler blast injured nine workers at the mill.", "ASSAULT"),
        ("Twelve workers were hurt when a cylinder exploded at the plant.", "ASSAULT"),
        # an explosion or blast after an accident is that accident
        ("A boiler exploded at the sugar mill. The blast killed three workers.", "ASSAULT"),
        ("A gas cylinder exploded in a kitchen. The explosion injured four people.", "ASSAULT"),
        # other senses of the verbs of finding and capturing
        ("The court found the former minister guilty of fraud.", "ASSAULT"),
        ("Negotiators found a solution to the water dispute.", "COERCE"),
        ("A drone captured footage of the flooded valley.", "ASSAULT"),
        ("The photographer captured the mood of the crowd.", "ASSAULT"),
        # a verbal protest stays one; people who are not protesters gathering are no protest
        ("The students protested that the marking was unfair.", "PROTEST"),
        ("Thousands of fans gathered outside the stadium.", "PROTEST"),
        # forces sent for rescue or relief make no show of force; rising water is no actor
        ("The government mobilised soldiers to help with flood relief work.", "MOBILIZE"),
        ("Navy divers were deployed to the lake after the ferry sank.", "MOBILIZE"),
        ("Rising waters threaten thousands of homes along the river.", "THREATEN"),
        # fire-fighters battling a blaze fight no one
        ("Firefighters battled the blaze for six hours.", "ASSAULT"),
        # a fire destroying a market attacks no one
        ("A fire destroyed the market on Sunday.", "ASSAULT"),
        # a demand that is a protest's purpose is what the protest is for, not a REQUEST
        ("Hundreds of nurses rallied outside the ministry to demand back pay.", "REQUEST"),
        ("Dockers went on strike to demand safer cranes.", "REQUEST"),
        # calling for calm after a protest is a request, not a strike called
        ("The minister called for calm after the protest.", "PROTEST"),
        ("The company is on track to meet its targets.", "PROTEST"),
        # a figurative "set off"
        ("The ruling set off another round of angry debate.", "ASSAULT"),
    ],
)
def test_event_triggers_protest_violence_not_coded(coder, text, not_event) -> None:
    assert not_event not in [e for e, _ in _events(coder, text)]


@pytest.mark.parametrize("mode", ["none", "new_verbs"])
def test_event_triggers_protest_violence_rows_need_no_dictionary(mode) -> None:
    # the rows use their own word sets, so the lexicon loads without the PETRARCH one
    lex = load_lexicon(dictionary_patterns=mode, packaged_dictionary=mode != "none")
    assert any(p.deps == ("&arms",) for p in lex.patterns[("seize", "v")])
