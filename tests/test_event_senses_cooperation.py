"""Co-operative triggers read with their sense: supporting, backing or championing an idea,
a theory or a cause is an opinion, not support of a party (``senses.tsv`` over the class
``idea`` of ``object_classes.txt``); appealing to voters or an audience courts them and
asks nothing of a party (``appeal to &courted`` in ``lexicon.txt``); signing papers and
forms is no accord (class ``paperwork``); a law, a rule or a treaty grants nothing by its
wording (classes ``rule`` and ``treaty``, ``annotators/event_parties.py``); keeping in
touch and meeting at a set place are consultation (CONSULT); protection from prosecution
granted or received is immunity (CONCEDE), other protection is not; a verb of meeting
that names no one on either side is no meeting of parties. Sentences written for
these tests, not taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an idea, a theory, a cause held is an opinion
        ("Governor Hale has long supported the notion of a flat income tax.", "SUPPORT"),
        ("The talk-show host posted his support of a theory about the moon landing.", "SUPPORT"),
        ("County officials backed the theory that the ballots were tampered with.", "SUPPORT"),
        ("The bishop champions the cause of the coastal fishermen.", "SUPPORT"),
        ("The young deputies embraced the ideology of the new movement.", "SUPPORT"),
        ("Senator Ruiz endorses the view that tariffs hurt farmers.", "SUPPORT"),
        # courting voters or an audience asks nothing of a party
        ("The governor is appealing to independent voters with a promise of low fees.", "REQUEST"),
        ("Her campaign appealed to young voters on social media.", "REQUEST"),
        ("The senator appealed to evangelicals in the rural counties.", "REQUEST"),
        # protection of people in danger is no relief from the law
        ("The witness received police protection after the trial.", "CONCEDE"),
        ("The army granted protection to the fleeing villagers.", "CONCEDE"),
        # a verb of meeting that names no one on either side
        ("The spokesman was not authorized to discuss the talks publicly.", "CONSULT"),
        ("An aide who was not authorized to discuss the matter spoke anonymously.", "CONSULT"),
        # papers and forms signed are no accord
        ("The suspect signed paperwork at the station and was released.", "AGREE"),
        ("The governor signed a proclamation declaring a state of emergency.", "AGREE"),
        ("The senator signed autographs for fans after the rally.", "AGREE"),
        # what a law, a rule or an accord allows by its wording is no concession
        ("The new rules, which allow banks to hold more bonds, take effect in May.", "CONCEDE"),
        ("Congress passed a law that permits farmers to sell raw milk.", "CONCEDE"),
        ("The treaty, which allows inspectors to visit the sites, was signed in 2015.", "CONCEDE"),
    ],
)
def test_event_senses_cooperation_not_coded(rules_only, text: str, absent: str) -> None:
    assert absent not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party or its act supported stays support
        ("Governor Hale supported the farm bill on Tuesday.", "SUPPORT"),
        ("The union backed Senator Ruiz in the primary.", "SUPPORT"),
        # an appeal to a party, or to the public to act, stays a request
        ("The president appealed to Congress to pass the budget.", "REQUEST"),
        ("The mayor appealed to residents to stay indoors during the storm.", "REQUEST"),
        # a formal accord signed is SUPPORT 057 (the PLOVER gold standard's); another thing
        # signed is agreed to (AGREE, NEWS-GUIDELINES.md: "sign")
        ("Both utilities signed an accord on shared grid repairs.", "SUPPORT"),
        ("The port authority and the dockers' union signed a plan for night shifts.", "AGREE"),
        # a party that allows stays a concession
        (
            "The governor, who allowed the protesters to stay in the park, was criticized.",
            "CONCEDE",
        ),
        ("The ministry allowed the journalists to enter the prison.", "CONCEDE"),
        # protection from prosecution is immunity
        (
            "Two customs clerks were granted protection from prosecution in the bribery case.",
            "CONCEDE",
        ),
        (
            "The magistrate granted the smuggler legal protection in return for the ledgers.",
            "CONCEDE",
        ),
        ("The Kenyan port director obtained legal protection from the magistrates.", "CONCEDE"),
        # a meeting with one side named stays a meeting
        ("The foreign ministers discussed the border dispute.", "CONSULT"),
        ("The prime minister visited on Friday.", "CONSULT"),
        # keeping in touch, meeting at a set place
        ("The foreign ministry will keep in touch with the mediators over the weekend.", "CONSULT"),
        ("Senator Ruiz stayed in touch with the Mexican ambassador during the crisis.", "CONSULT"),
        ("The envoy arranged to rendezvous with rebel commanders near the border.", "CONSULT"),
    ],
)
def test_event_senses_cooperation_coded(rules_only, text: str, expected: str) -> None:
    assert expected in [e.event for e in events_of(rules_only, text)]
