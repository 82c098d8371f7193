"""Praatplaat: guided development conversations about innovative education routes."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("praatplaat")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Praatplaat"
ORG_NAME = "Praatplaat"
