"""The library store: one SQLite file with every route and conversation."""

from praatplaat_app.store.library import Library, fts_query
from praatplaat_app.store.schema import SCHEMA_VERSION

__all__ = ["Library", "SCHEMA_VERSION", "fts_query"]
