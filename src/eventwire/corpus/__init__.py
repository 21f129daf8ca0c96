"""Cross-article work: what only a corpus, not one article, can tell.

- ``dedup``: near-duplicate articles (syndicated copies stored as sources of their original).
- ``cluster``: one corpus-level event from the many reports of a happening (GDELT's
  events and mentions), with the counts of mentions, sources and articles.
"""
