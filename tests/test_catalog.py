"""The method catalog: the shipped Dutch content, validation and the user's edited copy."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from praatplaat_app.indicators import (
    CATALOG_FILES,
    Catalog,
    CatalogError,
    default_catalog,
    load_catalog,
    load_catalog_dir,
    shipped_catalog_dir,
)

POSTER_THEMES = [
    "Generatie Z & persoonlijke doelen student",
    "Student geeft eigen route vorm",
    "Sociale binding",
    "Flexibiliteit van opleiding en stagemodellen",
    "Studenten leren in een groep",
    "Studenten krijgen een goed beeld van alle branches",
    "Co-creëren van onderwijs en begeleiding in de praktijk",
    "Vaardigheden studenten en begeleiders",
    "Gezamenlijke leermomenten en leeractiviteiten student, werkbegeleider en docent",
    "Interactief leren in een leergemeenschap",
]

# The link of "Sociale binding" in themes.toml (a theme between two indicators).
SOCIAL_BINDING_LINK = 'indicators = ["eigen-route", "co-creatie"]'

ROUTE_NAMES = [
    "Flexstage Noorderpoort",
    "Regionale GHZ-route",
    "Treant Praktijkroute",
    "Parttime stagemodel Mbo-Verpleegkunde Alfa-college Groningen",
    "UMCG Gilde",
    "Excellente Kraam Variant",
]


def slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


@pytest.fixture
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped catalog."""
    target = tmp_path / "catalogus"
    shutil.copytree(shipped_catalog_dir(), target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def assert_catalog_error(directory: Path, *fragments: str) -> str:
    with pytest.raises(CatalogError) as info:
        load_catalog_dir(directory)
    message = str(info.value)
    assert message.startswith("Fout in de methode-catalogus (")
    for fragment in fragments:
        assert fragment in message, message
    return message


# -- The shipped catalog ---------------------------------------------------------------


def test_shipped_catalog_loads(catalog: Catalog) -> None:
    assert catalog.id == "praatplaat-modern-health"
    assert catalog.version == "1.0.0"
    assert catalog.language == "nl"
    assert catalog.source == "shipped"
    assert catalog.title
    assert len(catalog.instructions) >= 5
    assert any("1 of 2 indicatoren" in line for line in catalog.instructions)
    assert any("actieplan" in line.lower() for line in catalog.instructions)
    assert any("vragenlijst" in line for line in catalog.instructions)
    assert "1 of 2 indicatoren" in catalog.third_indicator_advice
    assert default_catalog() is catalog  # cached


def test_shipped_dir_is_next_to_the_module() -> None:
    directory = shipped_catalog_dir("nl")
    assert directory.is_dir()
    assert sorted(p.name for p in directory.glob("*.toml")) == sorted(CATALOG_FILES)


def test_three_indicators(catalog: Catalog) -> None:
    assert [(i.id, i.number, i.title) for i in catalog.indicators] == [
        ("eigen-route", 1, "Eigen route student"),
        ("breed-opleiden", 2, "Vormgeven breed opleiden"),
        ("co-creatie", 3, "Co-creatie werkbegeleiders en docenten"),
    ]
    colors = {i.color for i in catalog.indicators}
    assert len(colors) == 3
    for indicator in catalog.indicators:
        assert 5 <= len(indicator.guiding_questions) <= 8
        assert all(q.endswith("?") for q in indicator.guiding_questions)
        assert indicator.poster_text and "\n\n" in indicator.explanation
        assert re.fullmatch(r"#[0-9A-F]{6}", indicator.color)
    assert (
        "Wat is er voor nodig om de student hier goed in te begeleiden?"
        in catalog.indicator("eigen-route").guiding_questions
    )
    assert (
        "Wat hebben begeleiders nodig om deze begeleiding te kunnen bieden?"
        in catalog.indicator("co-creatie").guiding_questions
    )
    with pytest.raises(KeyError):
        catalog.indicator("bestaat-niet")


def test_ten_themes_with_poster_titles(catalog: Catalog) -> None:
    assert [t.title for t in catalog.themes] == POSTER_THEMES
    assert [t.order for t in catalog.themes] == list(range(1, 11))
    for theme in catalog.themes:
        assert theme.id == slug(theme.title)
        assert theme.indicator_ids
        assert 2 <= len(theme.guiding_questions) <= 4
    assert catalog.theme("sociale-binding").indicator_ids == ("eigen-route", "co-creatie")
    assert set(
        catalog.theme("flexibiliteit-van-opleiding-en-stagemodellen").indicator_ids
    ) == {"eigen-route", "breed-opleiden"}
    # Every indicator has themes, in poster order, and every theme shows up somewhere.
    seen = set()
    for indicator in catalog.indicators:
        themes = catalog.themes_for(indicator.id)
        assert themes
        assert [t.order for t in themes] == sorted(t.order for t in themes)
        seen.update(t.id for t in themes)
    assert seen == {t.id for t in catalog.themes}
    assert catalog.themes_for("bestaat-niet") == ()
    with pytest.raises(KeyError):
        catalog.theme("bestaat-niet")


def test_diacritics_intact(catalog: Catalog) -> None:
    title = "Co-creëren van onderwijs en begeleiding in de praktijk"
    theme = catalog.theme("co-creeren-van-onderwijs-en-begeleiding-in-de-praktijk")
    assert theme.title == title
    assert unicodedata.is_normalized("NFC", theme.title)
    all_text = " ".join(
        [t.text for t in catalog.tips] + [i.explanation for i in catalog.indicators]
    )
    assert "Oriënteer" in all_text
    assert "co-creëren" in all_text
    assert "Mensen zijn echt in elkaar geïnteresseerd" in [
        item.text for item in catalog.questionnaire("studenten").items
    ]


def test_no_urls_in_tips(catalog: Catalog) -> None:
    assert catalog.tips
    for tip in catalog.tips:
        assert "http" not in tip.text and "www." not in tip.text
        assert tip.context in {"gesprek", "actieplan", "algemeen"}


def test_tips_for_filters(catalog: Catalog) -> None:
    co_creation = catalog.tips_for("co-creatie")
    assert any(t.indicator_ids == ("co-creatie",) for t in co_creation)
    assert all(not t.indicator_ids or "co-creatie" in t.indicator_ids for t in co_creation)
    general = [t for t in catalog.tips if not t.indicator_ids]
    assert all(t in co_creation for t in general)  # a tip without indicators fits everywhere
    for context in ("gesprek", "actieplan", "algemeen"):
        assert catalog.tips_for(context=context)
        assert all(t.context == context for t in catalog.tips_for(context=context))
    assert catalog.tips_for() == catalog.tips


def test_examples_per_indicator(catalog: Catalog) -> None:
    titles = {e.title for e in catalog.examples}
    for expected in (
        "Praktijkroute Treant",
        "Leerlandschap Leyhoeve",
        "Leerpad ZINN",
        "Samen betekenisvol leren Icare",
        "UMCG Gilde",
    ):
        assert expected in titles
    for indicator in catalog.indicators:
        assert catalog.examples_for(indicator.id)
    assert catalog.examples_for("bestaat-niet") == ()


def test_routes(catalog: Catalog) -> None:
    assert [r.name for r in catalog.routes] == ROUTE_NAMES
    for route in catalog.routes:
        assert route.organisations and route.programmes and route.reason_goal and route.form


def test_questionnaires(catalog: Catalog) -> None:
    students = catalog.questionnaire("studenten")
    supervisors = catalog.questionnaire("begeleiders")
    assert (students.audience, supervisors.audience) == ("students", "supervisors")
    for questionnaire in (students, supervisors):
        assert questionnaire.likert_labels[0] == "Helemaal mee oneens"
        assert questionnaire.likert_labels[-1] == "Helemaal mee eens"
        assert len(questionnaire.likert_labels) == 5
        assert [s.id for s in questionnaire.scales] == ["wederkerigheid", "sociale-binding"]
        assert [sub.id for sub in questionnaire.scales[0].subscales] == [
            "vertrouwen-hulp",
            "teamwork-gelijkwaardigheid",
            "gemeenschappelijk-doel",
        ]
        assert [sub.id for sub in questionnaire.scales[1].subscales] == [
            "verbondenheid",
            "interactief-leren",
        ]
        assert questionnaire.items == tuple(
            item for scale in questionnaire.scales for item in scale.items
        )
        reversed_texts = {item.text for item in questionnaire.items if item.reversed}
        assert reversed_texts == {
            "Je moet op je hoede zijn",
            "Ik vind het moeilijk om hulp te krijgen als ik een vraag heb",
        }
    # Same item ids in both, so answers can be compared.
    assert [i.id for i in students.items] == [i.id for i in supervisors.items]
    with pytest.raises(KeyError):
        catalog.questionnaire("bestaat-niet")


def test_catalog_module_does_not_import_qt() -> None:
    code = (
        "import sys, praatplaat_app.indicators as c; c.default_catalog(); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'weasyprint'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- Validation -------------------------------------------------------------------------


def test_missing_id(copy_dir: Path) -> None:
    edit(copy_dir / "themes.toml", 'id = "sociale-binding"\n', "")
    assert_catalog_error(copy_dir, "themes.toml", "thema nr. 3", '"id" ontbreekt')


def test_invalid_id(copy_dir: Path) -> None:
    edit(copy_dir / "tips.toml", 'id = "generaties"', 'id = "Generaties en zo"')
    assert_catalog_error(copy_dir, "tips.toml", "tip nr. 6", "Generaties en zo", "ongeldig")


def test_duplicate_id(copy_dir: Path) -> None:
    themes = copy_dir / "themes.toml"
    edit(themes, 'id = "sociale-binding"', 'id = "student-geeft-eigen-route-vorm"')
    assert_catalog_error(
        copy_dir, "themes.toml", 'thema "student-geeft-eigen-route-vorm"', "meer dan eens"
    )


def test_duplicate_question_item_id(copy_dir: Path) -> None:
    edit(copy_dir / "questionnaires.toml", 'id = "begrip-voor-elkaar"', 'id = "iedereen-aan-bod"')
    assert_catalog_error(
        copy_dir, "questionnaires.toml", 'vragenlijst "studenten"', 'vraag "iedereen-aan-bod"'
    )


def test_empty_text(copy_dir: Path) -> None:
    edit(copy_dir / "indicators.toml", 'title = "Vormgeven breed opleiden"', 'title = "   "')
    assert_catalog_error(
        copy_dir, "indicators.toml", 'indicator "breed-opleiden"', '"title" is leeg'
    )


def test_empty_guiding_question(copy_dir: Path) -> None:
    edit(
        copy_dir / "themes.toml",
        '"Hoe wordt de student betrokken bij beslissingen over de route?"',
        '""',
    )
    assert_catalog_error(
        copy_dir, "themes.toml", 'thema "student-geeft-eigen-route-vorm"', "lege tekst"
    )


def test_empty_item_text(copy_dir: Path) -> None:
    edit(copy_dir / "questionnaires.toml", 'text = "Je moet op je hoede zijn"', 'text = ""')
    assert_catalog_error(copy_dir, "questionnaires.toml", 'vraag "op-je-hoede"', "leeg")


def test_theme_with_unknown_indicator(copy_dir: Path) -> None:
    edit(copy_dir / "themes.toml", SOCIAL_BINDING_LINK, 'indicators = ["xyz"]')
    message = assert_catalog_error(copy_dir)
    assert message.startswith(
        'Fout in de methode-catalogus (themes.toml, thema "sociale-binding"): '
        'verwijst naar onbekende indicator "xyz".'
    )
    assert message.endswith("Herstel het bestand of verwijder uw aangepaste catalogus.")


def test_theme_without_indicator(copy_dir: Path) -> None:
    edit(copy_dir / "themes.toml", SOCIAL_BINDING_LINK, "indicators = []")
    assert_catalog_error(copy_dir, "themes.toml", 'thema "sociale-binding"', "minstens één")


def test_tip_and_example_with_unknown_indicator(copy_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(copy_dir, other)
    edit(copy_dir / "tips.toml", 'indicators = ["co-creatie"]', 'indicators = ["cocreatie"]')
    assert_catalog_error(copy_dir, "tips.toml", 'tip "co-creatie-op-eigen-wijze"', '"cocreatie"')
    edit(other / "examples.toml", 'indicators = ["eigen-route"]', 'indicators = ["eigen"]')
    assert_catalog_error(other, "examples.toml", 'voorbeeld "praktijkgestuurd-leren-groningen"')


def test_unknown_key(copy_dir: Path) -> None:
    edit(copy_dir / "themes.toml", 'title = "Sociale binding"', 'titel = "Sociale binding"')
    assert_catalog_error(
        copy_dir, "themes.toml", 'thema "sociale-binding"', 'onbekend veld "titel"'
    )


def test_unknown_top_level_key(copy_dir: Path) -> None:
    edit(copy_dir / "catalog.toml", 'version = "1.0.0"', 'versie = "1.0.0"')
    assert_catalog_error(copy_dir, "catalog.toml", 'onbekend veld "versie"')


def test_missing_version(copy_dir: Path) -> None:
    edit(copy_dir / "catalog.toml", 'version = "1.0.0"\n', "")
    assert_catalog_error(copy_dir, "catalog.toml", '"version" ontbreekt')


def test_wrong_type(copy_dir: Path) -> None:
    edit(copy_dir / "questionnaires.toml", "reversed = true", 'reversed = "ja"')
    assert_catalog_error(copy_dir, "questionnaires.toml", 'vraag "op-je-hoede"', '"reversed"')


def test_bad_tip_context(copy_dir: Path) -> None:
    edit(copy_dir / "tips.toml", 'context = "algemeen"', 'context = "overig"')
    assert_catalog_error(copy_dir, "tips.toml", 'tip "orienteer-in-het-netwerk"', '"context"')


def test_toml_syntax_error(copy_dir: Path) -> None:
    edit(copy_dir / "indicators.toml", 'number = 2', 'number = = 2')
    assert_catalog_error(copy_dir, "(indicators.toml)", "opmaak", "regel ")


def test_missing_file(copy_dir: Path) -> None:
    (copy_dir / "examples.toml").unlink()
    assert_catalog_error(copy_dir, "(examples.toml)", "ontbreekt")


def test_not_utf8(copy_dir: Path) -> None:
    path = copy_dir / "routes.toml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    assert_catalog_error(copy_dir, "(routes.toml)", "UTF-8")


def test_nfd_text_is_normalised(copy_dir: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Co-creëren")
    edit(copy_dir / "themes.toml", 'title = "Co-creëren', f'title = "{decomposed}')
    catalog = load_catalog_dir(copy_dir)
    assert catalog.theme("co-creeren-van-onderwijs-en-begeleiding-in-de-praktijk").title == (
        "Co-creëren van onderwijs en begeleiding in de praktijk"
    )


# -- The user's edited copy -------------------------------------------------------------


def test_valid_user_copy_overrides(copy_dir: Path) -> None:
    indicators = copy_dir / "indicators.toml"
    edit(indicators, 'title = "Eigen route student"', 'title = "Eigen regie student"')
    catalog, warnings = load_catalog(copy_dir)
    assert warnings == []
    assert catalog.indicator("eigen-route").title == "Eigen regie student"
    assert catalog.source == str(copy_dir)
    assert default_catalog().indicator("eigen-route").title == "Eigen route student"


def test_invalid_user_copy_falls_back_with_warning(copy_dir: Path) -> None:
    edit(copy_dir / "themes.toml", SOCIAL_BINDING_LINK, 'indicators = ["xyz"]')
    catalog, warnings = load_catalog(copy_dir)
    assert catalog is default_catalog()
    assert catalog.source == "shipped"
    assert len(warnings) == 1
    assert "themes.toml" in warnings[0] and '"sociale-binding"' in warnings[0]
    assert 'onbekende indicator "xyz"' in warnings[0]


def test_user_copy_in_other_language_is_not_used(copy_dir: Path) -> None:
    edit(copy_dir / "catalog.toml", 'language = "nl"', 'language = "en"')
    catalog, warnings = load_catalog(copy_dir)
    assert catalog.source == "shipped"
    assert len(warnings) == 1 and "catalog.toml" in warnings[0]


def test_absent_or_empty_user_dir_is_ignored(tmp_path: Path) -> None:
    for user_dir in (None, tmp_path / "bestaat-niet", tmp_path):
        catalog, warnings = load_catalog(user_dir)
        assert catalog.source == "shipped"
        assert warnings == []


def test_broken_shipped_catalog_raises(monkeypatch: pytest.MonkeyPatch, copy_dir: Path) -> None:
    import praatplaat_app.indicators.catalog as module

    (copy_dir / "tips.toml").write_text("[[tip]\n", encoding="utf-8")
    monkeypatch.setattr(module, "shipped_catalog_dir", lambda language="nl": copy_dir)
    module.default_catalog.cache_clear()
    try:
        with pytest.raises(CatalogError, match="tips.toml"):
            load_catalog(None)
    finally:
        module.default_catalog.cache_clear()
