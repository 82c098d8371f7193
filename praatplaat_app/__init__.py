"""Praatplaat: guided development conversations about innovative education routes."""

# The single place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

APP_NAME = "Praatplaat"
ORG_NAME = "Praatplaat"
