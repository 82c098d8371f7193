"""The core's sentences for people: every one has its English, and none bypasses tr()."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import praatplaat_app
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.messages import set_language, tr, translations

PACKAGE = Path(praatplaat_app.__file__).resolve().parent
# The screens translate through Qt; the command line speaks Dutch only.
NOT_CORE = ("ui",)
CLI_ONLY = {"cli.py", "__main__.py"}


def _core_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in NOT_CORE or relative.parts[0] == "commands":
            continue
        if path.name in CLI_ONLY:
            continue
        files.append(path)
    return files


def _tr_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "tr"
        ):
            yield node


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _sources() -> dict[str, list[str]]:
    """Dutch sentence -> where tr() uses it."""
    found: dict[str, list[str]] = {}
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _tr_calls(tree):
            assert call.args, f"{path}:{call.lineno}: tr() without text"
            first = call.args[0]
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                f"{path.relative_to(PACKAGE)}:{call.lineno}: tr() needs a literal Dutch "
                "sentence (put changing parts in {names}), not an f-string or a variable"
            )
            found.setdefault(first.value, []).append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
    return found


def test_every_core_sentence_has_english_with_the_same_names():
    english = translations("en")
    missing = [f"{where[0]}: {text!r}" for text, where in _sources().items() if text not in english]
    assert not missing, "No English in praatplaat_app/messages/en/*.toml for:\n" + "\n".join(
        missing
    )
    for text in _sources():
        assert _fields(text) == _fields(english[text]), f"names differ for {text!r}"
        # tr(language=...) chooses the language: it cannot also fill in a {language}.
        assert "language" not in _fields(text), f"rename {{language}} in {text!r}"


def test_no_unused_english():
    unused = sorted(set(translations("en")) - set(_sources()))
    assert not unused, "English for sentences the code no longer uses:\n" + "\n".join(unused)


def _praatplaat_error_names() -> set[str]:
    import importlib

    for path in _core_files():
        module = ".".join(("praatplaat_app", *path.relative_to(PACKAGE).with_suffix("").parts))
        importlib.import_module(module.removesuffix(".__init__"))
    names, todo = set(), [PraatplaatError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def test_core_errors_go_through_tr():
    """A message for people raised as a bare Dutch literal would stay Dutch in English."""
    error_names = _praatplaat_error_names()
    offenders = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in error_names:
                continue
            first = node.args[0]
            if isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders, "Errors with a Dutch literal instead of tr(...):\n" + "\n".join(
        offenders
    )


def test_tr_fills_in_values_in_the_chosen_language():
    sentence = next(text for text in translations("en") if "{" in text)
    values = {name: "Één" for name in _fields(sentence)}
    assert tr(sentence, **values) == sentence.format(**values)
    set_language("en")
    try:
        english = tr(sentence, **values)
    finally:
        set_language("nl")
    assert english == translations("en")[sentence].format(**values)
    assert "Één" in english


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        set_language("de")


def test_a_printout_can_ask_for_another_language_than_the_app():
    sentence = next(iter(translations("en")))
    assert tr(sentence, language="en") == translations("en")[sentence]
    set_language("en")
    try:
        assert tr(sentence, language="nl") == sentence
    finally:
        set_language("nl")
    with pytest.raises(ValueError):
        tr(sentence, language="de")


def test_each_sentence_has_its_english_in_one_file_only():
    """A pair used by several parts lives in common.toml, so its English cannot diverge."""
    import tomllib

    from praatplaat_app.messages import MESSAGES_DIR

    seen: dict[str, str] = {}
    for path in sorted((MESSAGES_DIR / "en").glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["message"]:
            assert entry["nl"] not in seen, f"{entry['nl']!r} in {seen.get(entry['nl'])} and {path.name}"
            seen[entry["nl"]] = path.name
