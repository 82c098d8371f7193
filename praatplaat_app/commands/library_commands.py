"""``praatplaat list`` and ``praatplaat demo``."""

from __future__ import annotations

import argparse

from praatplaat_app.commands.common import catalog, open_library
from praatplaat_app.domain import SESSION_KIND_LABELS


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("list", help="toon routes en gesprekken")
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON, voor programma's")
    listing.add_argument("--limit", type=int, default=0, help="toon alleen de nieuwste N gesprekken")
    listing.set_defaults(func=run_list)

    demo = subparsers.add_parser("demo", help="vul de bibliotheek met de zes voorbeeldroutes")
    demo.set_defaults(func=run_demo)


def run_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        routes = library.routes()
        sessions = library.list_sessions(limit=args.limit or None)
    if args.json:
        from praatplaat_app.cli import print_json

        print_json(
            {
                "routes": [{"id": r.id, "name": r.name, "organisations": r.organisations}
                           for r in routes],
                "conversations": [
                    {
                        "id": s.id,
                        "date": s.date.isoformat() if s.date else None,
                        "route": s.route_name,
                        "route_id": s.route_id,
                        "kind": s.kind,
                        "indicators": list(s.indicator_ids),
                        "facilitator": s.facilitator,
                    }
                    for s in sessions
                ],
            }
        )
        return 0
    if routes:
        counts: dict[str, int] = {}
        for s in sessions:
            counts[s.route_id] = counts.get(s.route_id, 0) + 1
        print(_table(["Route", "Gesprekken", "Coördinator"],
                     [[r.name, str(counts.get(r.id, 0)), r.coordinator] for r in routes]))
    else:
        print("Nog geen routes. Vul de bibliotheek met voorbeelden: praatplaat demo")
    if sessions:
        print()
        print(
            _table(
                ["Id", "Datum", "Route", "Soort", "Indicatoren"],
                [
                    [
                        s.id,
                        s.date.strftime("%d-%m-%Y") if s.date else "",
                        s.route_name,
                        SESSION_KIND_LABELS.get(s.kind, s.kind),
                        ", ".join(s.indicator_ids),
                    ]
                    for s in sessions
                ],
            )
        )
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from praatplaat_app.demo import install_demo

    with open_library(args) as library:
        result = install_demo(library, catalog())
    print(
        f"Voorbeeldgegevens: {result.routes_added} routes en {result.sessions_added} gesprekken "
        f"toegevoegd ({result.skipped} waren er al)."
    )
    return 0


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], len(cell)), 60)

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            (c if len(c) <= widths[i] else c[: widths[i] - 1] + "…").ljust(widths[i])
            for i, c in enumerate(cells)
        ).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)
