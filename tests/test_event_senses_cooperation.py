"""Co-operative triggers read with their sense: supporting, backing or championing an idea,
a theory or a cause is an opinion, not support of a party (``senses.tsv`` over the class
``idea`` of ``object_classes.txt``); appealing to voters or an audience courts them and
asks nothing of a party (``appeal to &courted`` in ``lexicon.txt``); keeping in touch and
meeting at a set place are consultation (CONSULT). Sentences written for these tests, not
taken from any article."""

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
        # keeping in touch, meeting at a set place
        ("The foreign ministry will keep in touch with the mediators over the weekend.", "CONSULT"),
        ("Senator Ruiz stayed in touch with the Mexican ambassador during the crisis.", "CONSULT"),
        ("The envoy arranged to rendezvous with rebel commanders near the border.", "CONSULT"),
    ],
)
def test_event_senses_cooperation_coded(rules_only, text: str, expected: str) -> None:
    assert expected in [e.event for e in events_of(rules_only, text)]
