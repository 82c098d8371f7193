"""The method catalog: indicators, themes, guiding questions, tips, examples, routes and
questionnaires, read from versioned TOML data files and validated at load.

No Qt here; see :mod:`praatplaat_app.indicators.catalog`.
"""

from praatplaat_app.indicators.catalog import (
    CATALOG_FILES,
    QUESTIONNAIRE_AUDIENCES,
    TIP_CONTEXTS,
    Catalog,
    CatalogError,
    Example,
    Indicator,
    Questionnaire,
    QuestionItem,
    RouteTemplate,
    Scale,
    Subscale,
    Theme,
    Tip,
    default_catalog,
    load_catalog,
    load_catalog_dir,
    shipped_catalog_dir,
)

__all__ = [
    "CATALOG_FILES",
    "QUESTIONNAIRE_AUDIENCES",
    "TIP_CONTEXTS",
    "Catalog",
    "CatalogError",
    "Example",
    "Indicator",
    "Questionnaire",
    "QuestionItem",
    "RouteTemplate",
    "Scale",
    "Subscale",
    "Theme",
    "Tip",
    "default_catalog",
    "load_catalog",
    "load_catalog_dir",
    "shipped_catalog_dir",
]
