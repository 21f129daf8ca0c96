"""Annotators declare what they require and assign; results pass on typed Context fields."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire import annotators
from eventwire.annotators import HANDOFFS, RECORDS, Annotator, Context, Memo
from eventwire.coder import Coder, make_article
from eventwire.errors import AnnotatorOrderError, ConfigError
from eventwire.settings import Settings

DEFAULT: tuple[str, ...] = tuple(Settings()["annotators"])


@pytest.mark.parametrize(
    "order, missing",
    [
        (("quotes", "actors"), "entities"),
        (("actors", "events"), "quotes"),
        (("events", "times", "event_time"), "entities"),
        (("actors", "quotes", "events", "event_time", "times"), "time_signals"),
        (("framing",), "quote_regions"),
    ],
)
@pytest.mark.parametrize("lazy", [True, False])
def test_annotators_contracts_order_checked_when_built(order, missing, lazy):
    with pytest.raises(AnnotatorOrderError, match=missing) as err:
        Coder({"annotators": order}, lazy=lazy)
    assert "earlier" in str(err.value) and isinstance(err.value, ConfigError)


def test_annotators_contracts_message_names_the_giver():
    with pytest.raises(AnnotatorOrderError, match=r"'time_signals' is assigned by 'times'"):
        annotators.check_order(("actors", "quotes", "events", "event_time"))


def test_annotators_contracts_default_order_holds():
    assert [c.name for c in annotators.check_order(DEFAULT)] == list(DEFAULT)


@pytest.mark.parametrize("name", DEFAULT)
def test_annotators_contracts_declare_known_names(name):
    cls = annotators.get(name)
    assert cls.assigns, f"{name} assigns nothing"
    for declared in (*cls.requires, *cls.assigns):
        assert declared in (
            *RECORDS,
            *HANDOFFS,
            "event_dates",
            "event_locations",
            "event_actor_roles",
        ), declared


@pytest.mark.parametrize("handoff", HANDOFFS)
def test_annotators_contracts_every_handoff_has_one_giver(handoff):
    givers = [n for n in DEFAULT if handoff in annotators.get(n).assigns]
    assert len(givers) == 1, (handoff, givers)


def test_annotators_contracts_context_has_no_string_keyed_store():
    names = {f.name for f in dataclasses.fields(Context)}
    assert "data" not in names
    for f in dataclasses.fields(Context):
        assert not str(f.type).startswith(("dict[str", "Mapping[str")), f.name


def test_annotators_contracts_custom_annotator_reads_a_handoff(coder):
    seen: list[dict[int, tuple[str, int]]] = []

    @annotators.register("test_signal_reader")
    class Reader(Annotator):
        requires = ("times", "time_signals")
        assigns = ("signals_read",)

        def __call__(self, ctx: Context) -> None:
            seen.append(dict(ctx.time_signals))

    try:
        c = Coder({"annotators": ("times", "test_signal_reader")}, lazy=True)
        art = make_article("Two days after the vote, protesters marched again.", date="2021-03-10")
        c.context(art, coder.nlp(art.text))
        assert seen and seen[0], "the times annotator's signals reach the reader"
        with pytest.raises(AnnotatorOrderError, match="time_signals"):
            Coder({"annotators": ("test_signal_reader", "times")}, lazy=True)
    finally:
        annotators.REGISTRY.pop("test_signal_reader", None)


@pytest.mark.parametrize("key", [(), ("name",), ("a", 1)])
def test_annotators_contracts_memo_key_starts_with_its_owner(key):
    with pytest.raises(TypeError, match="starts with the function"):
        Memo().once(key, list)


def test_annotators_contracts_memo_computes_once():
    calls: list[int] = []
    memo = Memo()

    def owner() -> int:
        calls.append(1)
        return len(calls)

    assert memo.once((owner, 1), owner) == memo.once((owner, 1), owner) == 1
    assert memo.once((owner, 2), owner) == 2
