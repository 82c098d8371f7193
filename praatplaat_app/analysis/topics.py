"""Recurring topics: the words and word pairs that come back in the notes of several routes.

The analysis of the six routes (chapter 2 of the report) lists "alle onderwerpen die vaker
terug kwamen"; this is the same question asked of the library.

How it counts:

* Texts are cut into words (letters, with inner hyphens and apostrophes: "hbo-v",
  "BOL-BBL-overstap", "ROC's"); punctuation and line ends separate phrases.
* Words are **matched folded** — lower case, accents removed ("Cliënt" = "client") — and
  **shown as written**: the spelling used most often (lower case wins a tie, so a word
  capitalised at the start of a sentence is shown in lower case).
* A **word** counts when it is not a stopword and has at least three letters. A **word
  pair** (bigram) is two such words directly next to each other in one phrase ("vast
  terugkommoment"); a stopword or punctuation in between breaks the pair.
* Stopwords come from ``data/stopwords_nl.txt`` (a data file, editable without code): Dutch
  function words plus words every conversation of the method uses ("student", "docent",
  "route").
* A topic is counted by the number of **distinct sources** whose notes contain it — routes
  in the network overview (one route saying it twenty times still counts once); the
  overview counts distinct conversations instead when only one route is selected. Topics
  need at least ``min_count`` (2) sources; ties are broken by word pairs first, then by
  number of mentions, then alphabetically.
* A word is left out when a listed word pair containing it has the same count: the pair
  already says it ("terugkommoment" under "vast terugkommoment").

Speed: the texts of one source arrive as one string; it is cut with ``str.split`` and
counted with ``map`` and ``Counter`` (all in C); Python only looks at each *distinct* token
once. 100,000 notes take about a third of a second.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

STOPWORDS_FILE = Path(__file__).with_name("data") / "stopwords_nl.txt"
MIN_WORD_LETTERS = 3

# Characters that end a phrase (a line end too). A word is letters with inner hyphens or
# apostrophes; tokens are cut at white space and cleaned of these characters at their ends.
_BREAK_CHARS = ".!?;:,()[]{}\"“”„«»/\\•·–—…|<>*=+&"
_EDGE_CHARS = _BREAK_CHARS + "'’‘`-_#%@~^$"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_LINE_BREAK = "\x01"

@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without accents: how words (and organisations) are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def load_stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    """Folded stopwords from a file: one per line, ``#`` starts a comment."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(fold(word))
    return frozenset(words)


@lru_cache(maxsize=4)
def _cached_stopwords(path: str, mtime: float) -> frozenset[str]:
    return load_stopwords(Path(path))


def stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    """The stopwords, read again when the file has changed."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return frozenset()
    return _cached_stopwords(str(path), mtime)


@dataclass(frozen=True)
class Topic:
    text: str  # as written (most used spelling)
    key: str  # folded, for matching
    count: int  # distinct sources (routes, or conversations)
    mentions: int  # times mentioned in all
    source_ids: tuple[str, ...]
    sources: tuple[str, ...]  # the sources' labels (route names), alphabetical

    @property
    def is_pair(self) -> bool:
        return " " in self.key


@dataclass(frozen=True)
class RecurringTopics:
    topics: tuple[Topic, ...]
    unit: str  # what a count counts: "routes" or "gesprekken"
    sources_read: int

    @property
    def is_empty(self) -> bool:
        return not self.topics


class _Tokens:
    """Per distinct token as cut at white space: its folded key and whether it may start or
    end a word pair. Filled once per distinct token, so the work per word stays in C."""

    def __init__(self, stop: frozenset[str]) -> None:
        self.stop = stop
        self.key: dict[str, str | None] = {}  # None: not a topic word
        self.left: dict[str, str | None] = {}  # key when a pair may start here
        self.right: dict[str, str | None] = {}  # key when a pair may end here
        self.clean: dict[str, str] = {}  # the word as written, without edge punctuation

    def add(self, tokens: Iterable[str]) -> None:
        for token in tokens:
            word = token.strip(_EDGE_CHARS)
            key: str | None = None
            if word and _WORD.fullmatch(word):
                folded = fold(word)
                if folded not in self.stop and len(folded) >= MIN_WORD_LETTERS:
                    key = folded
            ends_break = token[-1] in _BREAK_CHARS or token == _LINE_BREAK
            starts_break = token[0] in _BREAK_CHARS or token == _LINE_BREAK
            self.key[token] = key
            self.left[token] = None if ends_break else key
            self.right[token] = None if starts_break else key
            self.clean[token] = word


def _best_spelling(spellings: Mapping[str, int]) -> str:
    # Most used; a tie goes to the form that starts with a lower-case letter.
    return max(spellings.items(), key=lambda kv: (kv[1], kv[0][:1].islower(), kv[0]))[0]


def recurring_topics(
    sources: Iterable[tuple[str, str]],
    labels: Mapping[str, str] | None = None,
    *,
    unit: str = "routes",
    min_count: int = 2,
    limit: int = 30,
    stop: frozenset[str] | None = None,
) -> RecurringTopics:
    """Topics in ``(source_id, text)``: all notes of one source (a route) as one text
    (several rows for one source are added up). See the module docstring for the rules."""
    tokens = _Tokens(stopwords() if stop is None else stop)
    raw_by_source: dict[str, Counter] = {}
    pairs_by_source: dict[str, Counter] = {}
    for source, text in sources:
        words = text.replace("\n", f" {_LINE_BREAK} ").split()
        raw = Counter(words)
        tokens.add(raw.keys() - tokens.key.keys())
        pairs = Counter(
            zip(
                map(tokens.left.__getitem__, words),
                map(tokens.right.__getitem__, islice(words, 1, None)),
            )
        )
        if source in raw_by_source:
            raw_by_source[source].update(raw)
            pairs_by_source[source].update(pairs)
        else:
            raw_by_source[source], pairs_by_source[source] = raw, pairs
    labels = labels or {}

    # Per source: word counts by folded key; then in how many sources each term occurs.
    key_of = tokens.key
    words_by_source: dict[str, Counter] = {}
    presence: Counter = Counter()
    for source, raw in raw_by_source.items():
        counts: Counter = Counter()
        for token, n in raw.items():
            key = key_of[token]
            if key is not None:
                counts[key] += n
        words_by_source[source] = counts
        presence.update(counts.keys())
        presence.update(pairs_by_source[source].keys())

    buckets: dict[int, tuple[list, list]] = {}
    for term, count in presence.items():
        if count < min_count:
            continue
        if isinstance(term, tuple):
            first, second = term
            if first is None or second is None or first == second:
                continue
            buckets.setdefault(count, ([], []))[0].append(term)
        else:
            buckets.setdefault(count, ([], []))[1].append(term)

    forms: dict[str, dict[str, int]] = defaultdict(dict)

    def shown(key: str) -> str:
        if key not in forms:
            for raw in raw_by_source.values():
                for token in by_key.get(key, ()):
                    n = raw.get(token, 0)
                    if n:
                        word = tokens.clean[token]
                        forms[key][word] = forms[key].get(word, 0) + n
        return _best_spelling(forms[key]) if forms.get(key) else key

    by_key: dict[str, list[str]] = defaultdict(list)
    for token, key in key_of.items():
        if key is not None:
            by_key[key].append(token)

    chosen: list[Topic] = []
    pair_counts: dict[str, int] = {}
    for count in sorted(buckets, reverse=True):
        for terms, per_source in zip(buckets[count], (pairs_by_source, words_by_source)):
            mentions = {t: sum(c.get(t, 0) for c in per_source.values()) for t in terms}
            ordered_terms = sorted(
                terms,
                key=lambda t: (-mentions[t], t if isinstance(t, str) else " ".join(t)),
            )
            for term in ordered_terms:
                if len(chosen) >= limit:
                    break
                if isinstance(term, tuple):
                    for part in term:
                        pair_counts[part] = max(pair_counts.get(part, 0), count)
                    text, key = f"{shown(term[0])} {shown(term[1])}", " ".join(term)
                elif pair_counts.get(term) == count:
                    continue  # a listed pair with this word says it already
                else:
                    text, key = shown(term), term
                found = [s for s, c in per_source.items() if term in c]
                found.sort(key=lambda s: (labels.get(s, s).casefold(), s))
                chosen.append(
                    Topic(
                        text=text,
                        key=key,
                        count=count,
                        mentions=mentions[term],
                        source_ids=tuple(found),
                        sources=tuple(labels.get(s, s) for s in found),
                    )
                )
        if len(chosen) >= limit:
            break
    return RecurringTopics(tuple(chosen), unit, len(raw_by_source))
