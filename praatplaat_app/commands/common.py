"""What sub-commands share: opening the library and the catalog."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from praatplaat_app.indicators import Catalog, load_catalog
from praatplaat_app.paths import user_catalog_dir
from praatplaat_app.store import Library


@contextlib.contextmanager
def open_library(args: argparse.Namespace) -> Iterator[Library]:
    library = Library.open(args.library)
    try:
        yield library
    finally:
        library.close()


def catalog() -> Catalog:
    import sys

    loaded, warnings = load_catalog(user_catalog_dir())
    for warning in warnings:
        print(f"praatplaat: {warning}", file=sys.stderr)
    return loaded
