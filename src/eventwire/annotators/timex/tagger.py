"""The tagger: proposes candidate expressions with the grammar, keeps the longest, and
normalises them in text order, since "the next day" and "a year earlier" count from the
date the text mentioned last (its reference time). Then "the Nth anniversary of <event>"
is dated, and ranges ("between 2007 and 2011") are joined.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ...records import TimeValue
from .. import doc_tokens
from .calendar_math import at_calendar_edge, granularity, range_end, to_date
from .clause import Resolver
from .grammar import Candidate, Grammar, Rule, lower_same_length
from .lexicon import Lexicon, cue


def _holds(present: dict[tuple[bool, str], bool], raw: bool, text: str, word: str) -> bool:
    """Whether ``text`` holds ``word``, remembered in ``present`` for the next rule."""
    known = present.get((raw, word))
    if known is None:
        known = present[(raw, word)] = word in text
    return known


class TimeTagger:
    """Finds and normalises the time expressions of one text (the times annotator's engine)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.grammar = Grammar(lexicon)

    def candidates(self, text: str) -> list[Candidate]:
        """Every span some rule matches, before overlaps are resolved."""
        out = []
        low = lower_same_length(text)
        present: dict[tuple[bool, str], bool] = {}  # (scans the text as is, string) -> in it
        for priority, ((name, pattern, _fn), scan, needs) in enumerate(
            zip(self.grammar.rules, self.grammar.scans, self.grammar.needs, strict=True)
        ):
            scanned = low if scan is not pattern else text
            if needs is not None and not any(
                _holds(present, scan is pattern, scanned, w) for w in needs
            ):
                continue  # the text has none of the strings every match of the rule holds
            for hit in scan.finditer(scanned):
                if hit.end() <= hit.start():
                    continue
                m = hit if scan is pattern else pattern.match(text, hit.start())
                if m is not None and m.end() > m.start():
                    out.append(Candidate(m.start(), m.end(), name, m, priority))
        return out

    def tag(
        self,
        text: str,
        doc: Any = None,
        date: str | None = None,
        warnings: list[str] | None = None,
    ) -> tuple[list[TimeValue], dict[int, tuple[str, int]]]:
        """The time expressions of ``text`` (parsed as ``doc``) relative to article ``date``.

        Returns the TimeValues in text order and the signals of anchored durations
        (index -> ("after" | "before" | …, token index of the signal word)). An
        expression whose value falls outside the calendar (years 1 to 9999) is kept
        without a value, and ``warnings`` (when given) says so.
        """
        try:
            dct = dt.date.fromisoformat(date) if date else None
        except ValueError:
            dct = None
        starts = [t.idx for t in doc_tokens(doc)] if doc is not None else []
        res = Resolver(
            dct=dct,
            doc=doc if doc is not None and len(doc) else None,
            text=text,
            token_starts=starts,
        )
        rules = {name: fn for name, _p, fn in self.grammar.rules}
        # longest first; among equals the earlier (more specific) rule
        cands = sorted(self.candidates(text), key=lambda c: (c.start - c.end, c.priority, c.start))
        used = bytearray(len(text))  # characters already in a chosen expression
        taken: list[tuple[int, int]] = []
        chosen: list[Candidate] = []
        for c in cands:
            if any(used[c.start : c.end]):
                continue
            chosen.append(c)
            taken.append((c.start, c.end))
            used[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.sort(key=lambda c: c.start)
        times: list[TimeValue] = []
        signalled: dict[int, tuple[str, int]] = {}  # id(TimeValue) -> signal
        for c in chosen:
            try:
                result = rules[c.rule](c.match, res)
            except (ValueError, OverflowError):
                if not at_calendar_edge(dct):
                    continue  # not a date after all ("February 30")
                result = ("DATE", None)  # past the calendar's ends (year 1 minus a week)
            if result is None:
                # the longer reading failed: let a shorter rule inside it try
                try:
                    inner = self._fallback(c, text, res, rules, taken)
                except (ValueError, OverflowError):
                    inner = None
                if inner is None:
                    continue
                c, result = inner
            type_, value = result
            start, end = _trim(text, c.start, c.end)
            second = _range_second(c.match, text, value)
            if second is not None:  # "2007-2011", "June 3-7": the first part on its own
                start, end = _trim(text, c.start, c.match.end("first"))
            if value is None and at_calendar_edge(dct) and warnings is not None:
                warnings.append(
                    f"time {text[start:end]!r} at offset {start}: its value falls outside the "
                    "calendar (years 1 to 9999); left unresolved"
                )
            tv = TimeValue(
                text=text[start:end],
                start=start,
                end=end,
                type=type_,
                value=value,
                anchor="article date" if _relative(c.rule) and dct else None,
            )
            times.append(tv)
            if second is not None:
                second.anchor = tv.anchor
                if _RANGE_SEP.fullmatch(c.match["sep"]):
                    tv.end_value = second.value
                times.append(second)
                value, end = second.value, second.end
            # expressions counted from the reference time do not move it, so that
            # "a year earlier" twice in a row stays one year before the same quarter
            if type_ == "DATE" and granularity(value) is not None and c.rule not in _ANAPHORIC:
                res.reference, res.reference_end = value, end
            if type_ == "DURATION" and doc is not None and len(doc):
                sig = re.match(r"\s+(after|before|earlier|later)\b", text[end : end + 12], re.I)
                if sig:
                    signalled[id(tv)] = (sig.group(1).lower(), res.token_at(end + 1))
        times.extend(self._anniversaries(res, times))
        times.sort(key=lambda t: t.start)
        times = _day_beside(text, times)
        self._ranges(text, times)
        signals = {i: signalled[id(t)] for i, t in enumerate(times) if id(t) in signalled}
        return times, signals

    def _fallback(
        self,
        c: Candidate,
        text: str,
        res: Resolver,
        rules: dict[str, Rule],
        taken: list[tuple[int, int]],
    ) -> tuple[Candidate, tuple[str, str | None]] | None:
        """The longest match of another rule inside a candidate that failed to normalise."""
        inner = [
            x
            for x in self.candidates(text[c.start : c.end])
            if x.rule != c.rule and (x.end - x.start) <= (c.end - c.start)
        ]
        inner.sort(key=lambda x: (x.start - x.end, x.priority))
        for x in inner:
            m = self.grammar.rules[x.priority][1].match(text, c.start + x.start, c.start + x.end)
            if m is None or m.end() != c.start + x.end:
                continue
            out = rules[x.rule](m, res)
            if out is not None:
                return Candidate(m.start(), m.end(), x.rule, m, x.priority), out
        return None

    def _anniversaries(self, res: Resolver, times: list[TimeValue]) -> list[TimeValue]:
        """ "the 20th anniversary of the invasion of Iraq": the anchor's date plus N years."""
        doc = res.doc
        if doc is None:
            return []
        out: list[TimeValue] = []
        for tok in doc_tokens(doc):
            if tok.lemma_.lower() != "anniversary":
                continue
            n = None
            for child in tok.lefts:
                n = n or self.grammar.ordinal(child.lower_)
            pobj = next(
                (g for c in tok.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                None,
            )
            if pobj is None:
                continue
            start = min(t.idx for t in tok.subtree if t.i <= tok.i)
            # the anchor phrase: its head with what comes before it and compounds after
            end_tok = pobj
            for t in pobj.rights:
                if t.dep_ == "prep" and t.lower_ == "of":
                    # "the invasion of Iraq": keep a short complement naming the place
                    sub = list(t.subtree)
                    if len(sub) <= 4:
                        end_tok = sub[-1]
                break
            end = end_tok.idx + len(end_tok.text)
            # a date inside the anchor phrase ("of the 2011 uprising") stays its own expression
            if any(
                t.start < end and start < t.end and not pobj.left_edge.idx <= t.start for t in times
            ):
                continue
            phrase = res.text[pobj.left_edge.idx : end].lower()
            anchor = self._anchor(res, times, pobj, phrase)
            value = None
            if anchor and n:
                d = to_date(anchor)
                g = granularity(anchor)
                if d and g == "D":
                    try:
                        value = d.replace(year=d.year + n).isoformat()
                    except ValueError:
                        value = None
                elif d:
                    value = f"{d.year + n:04d}"
            if value is None:
                continue  # the anniversary of an event we cannot date gives no date to use
            out.append(TimeValue(res.text[start:end], start, end, "DATE", value, anchor=anchor))
        return out

    def _anchor(self, res: Resolver, times: list[TimeValue], pobj: Any, phrase: str) -> str | None:
        """The date of the event an anniversary is of: a date in the phrase or a known event."""
        lo, hi = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        for t in times:
            if lo <= t.start and t.end <= hi and granularity(t.value) in ("D", "M", "Y"):
                return t.value
        sent = pobj.sent
        context = sent.text.lower()
        if sent.start > 0:
            context = res.doc[sent.start - 1].sent.text.lower() + " " + context
        lemma = pobj.lemma_.lower()
        # later entries (the user's files) win over the packaged ones
        anchors = self.lexicon.anchors[::-1]
        for ev in anchors:
            if lemma not in ev.nouns and not any(n in phrase for n in ev.nouns if " " in n):
                continue
            if any(re.search(rf"\b{re.escape(k)}s?\b", phrase) for k in ev.keywords):
                return ev.date
        for ev in anchors:
            if lemma in ev.nouns and any(
                re.search(rf"\b{re.escape(k)}s?\b", context) for k in ev.keywords
            ):
                return ev.date
        return None

    def _ranges(self, text: str, times: list[TimeValue]) -> None:
        """ "between 2007 and 2011", "from March to May": the first gets the second as end_value."""
        for a, b in zip(times, times[1:], strict=False):
            gap = text[a.end : b.start]
            if a.type != "DATE" or b.type != "DATE" or not a.value or not b.value:
                continue
            if not re.fullmatch(r"\s*(?:and|to|until|till|through|-|–)\s*", gap, re.I):
                continue
            before = text[max(0, a.start - 9) : a.start].lower()
            if re.search(r"\b(between|from)\s+$", before) or gap.strip() in ("-", "–"):
                a.end_value = b.value


_DAY_BESIDE = re.compile(r"(?:the\s+)?day\s+(before|after)\s+", re.I)


def _day_beside(text: str, times: list[TimeValue]) -> list[TimeValue]:
    """ "the day before March 3", "the day after Christmas": one expression, the day beside."""
    out: list[TimeValue] = []
    for t in times:
        prev = out[-1] if out else None
        step = _DAY_BESIDE.fullmatch(text, prev.start, t.start) if prev is not None else None
        if prev is None or step is None or t.type != "DATE" or granularity(t.value) != "D":
            out.append(t)
            continue
        day = to_date(t.value)
        n = -1 if step[1].lower() == "before" else 1
        value = (day + dt.timedelta(days=n)).isoformat() if day else None
        out[-1] = TimeValue(
            text[prev.start : t.end], prev.start, t.end, "DATE", value, anchor=t.anchor
        )
    return out


# the words between the parts of a range ("2007-2011", "June 3 to 7"); "and", "or" list two days
_RANGE_SEP = re.compile(r"\s*[-–]\s*|\s+(?:to|through|until)\s+", re.I)


def _range_second(m: re.Match[str], text: str, first: str | None) -> TimeValue | None:
    """The second part of a range or pair the rule matched whole ("2007-2011"), or None."""
    if "end" not in m.re.groupindex or not m["end"]:
        return None
    value = range_end(first, m["end"])
    if value is None:
        return None
    start, end = _trim(text, m.start("end"), m.end("end"))
    return TimeValue(text[start:end], start, end, "DATE", value)


_ANAPHORIC = {"ago", "yearago", "thequarter"}


def _relative(rule: str) -> bool:
    return rule not in ("iso", "numeric", "year", "decade", "decadeword", "century", "range")


# TimeML leaves prepositions out; "over"/"within" are amounts only before a number
_LEAD = cue("lead")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip a leading preposition, whitespace and trailing punctuation from a span."""
    while start < end and text[start].isspace():
        start += 1
    lead = _LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if text[max(start, end - 2) : end] in ("'s", "’s") and end - start > 2:
        end -= 2  # "yesterday's": TimeML leaves the possessive out
    if re.match(r"the\s+\w+-quarter$", text[start:end], re.I):
        start = text.index("-", start) - len(text[start:end].split()[1].split("-")[0])
    return start, end
