"""Language check: English is coded; other languages are skipped with a counted reason."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from eventwire.ingest import Skipped, read
from eventwire.ingest.language import check, detect

TEXTS = {
    "en": "The foreign ministers met in Geneva on Monday and agreed to reopen their embassies "
    "and restore direct flights between the two capitals.",
    "fr": "Les ministres des Affaires étrangères se sont réunis lundi à Genève et ont convenu "
    "de rouvrir leurs ambassades et de rétablir les vols directs entre les deux capitales.",
    "de": "Die Außenminister trafen sich am Montag in Genf und vereinbarten, ihre Botschaften "
    "wieder zu öffnen und direkte Flüge zwischen den beiden Hauptstädten aufzunehmen.",
    "es": "Los ministros de Asuntos Exteriores se reunieron el lunes en Ginebra y acordaron "
    "reabrir sus embajadas y restablecer los vuelos directos entre las dos capitales.",
    "ar": "اجتمع وزيرا الخارجية في جنيف يوم الاثنين واتفقا على إعادة فتح سفارتيهما واستئناف "
    "الرحلات الجوية المباشرة بين العاصمتين.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_ingest_language_detected(lang):
    assert detect(TEXTS[lang]).language == lang


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ar"])
def test_ingest_language_other_languages_skipped_with_reason(lang):
    found, reason = check(TEXTS[lang])
    assert found == lang and reason is not None and repr(lang) in reason


@pytest.mark.parametrize("text", ["", "Hi.", "12345 67890", "\U0001f600" * 50, "—" * 100])
def test_ingest_language_too_short_to_judge_is_kept(text):
    assert check(text) == (None, None)


def test_ingest_language_read_skips_counts_and_codes_the_rest(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        "\n".join(json.dumps({"id": k, "text": v}) for k, v in TEXTS.items()), encoding="utf-8"
    )
    stats: Counter[str] = Counter()
    items = list(read([str(f)], stats=stats))
    kept = [i.id for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert kept == ["en"]
    assert sorted(s.article.id for s in skipped) == ["ar", "de", "es", "fr"]
    assert all(s.reason == "language" and s.article.id in str(s) for s in skipped)
    assert stats == Counter({"skipped: language": 4})


def test_ingest_language_empty_list_codes_everything(tmp_path):
    f = tmp_path / "fr.txt"
    f.write_text(TEXTS["fr"], encoding="utf-8")
    (art,) = read([str(f)], languages=())
    assert not isinstance(art, Skipped)


def test_ingest_language_more_languages_accepted(tmp_path):
    f = tmp_path / "fr.txt"
    f.write_text(TEXTS["fr"], encoding="utf-8")
    (art,) = read([str(f)], languages=("en", "fr"))
    assert not isinstance(art, Skipped) and art.language == "fr"
