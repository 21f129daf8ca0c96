"""The parts of the times annotator (``annotators/times.py``), in the order of the data flow.

- ``lexicon``: the vocabulary, word lists and grammar file of ``resources/time``;
- ``calendar_math``: calendar arithmetic on TIMEX3 values;
- ``clause``: the tense of the clause an expression sits in, and the ``Resolver``
  that carries an article's date, parse and reference time;
- ``dates``, ``relative``, ``amounts``, ``clock``: the normalisers, by what the
  expression names (calendar dates; dates counted from another; durations and sets;
  times of day);
- ``grammar``: the rules of the grammar file compiled, each with its normaliser;
- ``tagger``: candidates, overlaps, normalisation in text order, anniversaries, ranges.
"""
