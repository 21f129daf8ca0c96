"""Cross-article work: near-duplicate articles (dedup.py)."""
