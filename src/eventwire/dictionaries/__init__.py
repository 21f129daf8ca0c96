"""Readers for the field's dictionary formats (PETRARCH verb dictionaries)."""
