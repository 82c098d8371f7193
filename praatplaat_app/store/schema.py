"""Library schema and its forward migrations.

``PRAGMA user_version`` holds the schema version. Each step in ``MIGRATIONS``
takes the library from version ``n - 1`` to ``n`` and runs inside one
transaction; a released step is never edited, only followed by a new one.
"""

from __future__ import annotations

# Identifies a Praatplaat library among SQLite files ("PRTP").
APPLICATION_ID = 0x50525450

_RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""


def _fts(table: str, columns: list[str]) -> str:
    """An external-content FTS5 index over ``table`` kept current by triggers.

    ``remove_diacritics 2`` folds "geëvalueerd" and "geevalueerd" together; the
    unicode61 tokenizer also folds case beyond ASCII ("Cliënt" / "cliënt").
    """
    cols = ", ".join(columns)
    new_vals = ", ".join(f"new.{c}" for c in columns)
    old_vals = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return f"""
    CREATE VIRTUAL TABLE {fts} USING fts5(
        {cols}, content='{table}', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
        INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new_vals});
    END;
    CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
        INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old_vals});
    END;
    CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
        INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old_vals});
        INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new_vals});
    END;
    """


_V1 = f"""
CREATE TABLE routes (
    {_RECORD_COLUMNS},
    name TEXT NOT NULL,
    organisations TEXT NOT NULL DEFAULT '',
    programmes TEXT NOT NULL DEFAULT '',
    reason_goal TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL DEFAULT '',
    coordinator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE sessions (
    {_RECORD_COLUMNS},
    route_id TEXT NOT NULL REFERENCES routes(id),
    kind TEXT NOT NULL,
    date TEXT,
    facilitator TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    target_group TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL DEFAULT '',
    current_indicator TEXT NOT NULL DEFAULT '',
    current_theme TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX sessions_by_date ON sessions(deleted, date DESC, created_at DESC);
CREATE INDEX sessions_by_route ON sessions(route_id);
CREATE TABLE participants (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    role TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX participants_by_session ON participants(session_id);
CREATE TABLE session_indicators (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    indicator_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, indicator_id)
);
CREATE TABLE notes (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    indicator_id TEXT NOT NULL,
    theme_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, indicator_id, theme_id, kind)
);
CREATE TABLE theme_marks (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    indicator_id TEXT NOT NULL,
    theme_id TEXT NOT NULL,
    discussed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, indicator_id, theme_id)
);
CREATE TABLE goals (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    indicator_id TEXT NOT NULL DEFAULT '',
    theme_id TEXT NOT NULL DEFAULT '',
    pillar TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goals_by_session ON goals(session_id);
CREATE TABLE actions (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    goal_id TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    position INTEGER NOT NULL DEFAULT 0,
    draft INTEGER NOT NULL DEFAULT 0,
    indicator_id TEXT NOT NULL DEFAULT '',
    theme_id TEXT NOT NULL DEFAULT '',
    source_note_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_by_session ON actions(session_id);
CREATE TABLE follow_ups (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    date TEXT,
    who_invites TEXT NOT NULL DEFAULT '',
    prepare TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_by_session ON follow_ups(session_id);
{_fts("routes", ["name", "organisations", "programmes", "reason_goal", "form", "coordinator"])}
{_fts("sessions", ["facilitator", "context", "target_group", "phase"])}
{_fts("notes", ["text"])}
{_fts("goals", ["text"])}
{_fts("actions", ["what", "who"])}
"""

# Version 2: the history that merges and follow-ups keep of replaced versions,
# photo attachments and questionnaire responses.
_V2 = f"""
CREATE TABLE history (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    data TEXT NOT NULL,
    record_updated_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX history_by_record ON history(record_id);
CREATE TABLE attachments (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    filename TEXT NOT NULL,
    mime TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX attachments_by_session ON attachments(session_id);
CREATE TABLE questionnaire_responses (
    {_RECORD_COLUMNS},
    session_id TEXT NOT NULL REFERENCES sessions(id),
    questionnaire_id TEXT NOT NULL,
    respondent TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX responses_by_session ON questionnaire_responses(session_id);
"""

MIGRATIONS: list[str] = [_V1, _V2]
SCHEMA_VERSION = len(MIGRATIONS)

# Tables whose rows are domain records (id, updated_at, deleted).
RECORD_TABLES = (
    "routes",
    "sessions",
    "participants",
    "session_indicators",
    "notes",
    "theme_marks",
    "goals",
    "actions",
    "follow_ups",
    "attachments",
    "questionnaire_responses",
)
