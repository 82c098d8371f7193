"""Analysis figures on the generated library (10,000 conversations, 100,000 notes):
the network overview, its PDF, the follow-up list and a route's timeline.

    python benchmarks/run.py --only analysis
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

from benchmarks import generate
from benchmarks.harness import Context, Row, benchmark, measure

OVERVIEW_LIMIT_S = 1.0
PDF_LIMIT_S = 3.0
DUE_LIMIT_S = 0.2
TIMELINE_LIMIT_S = 0.5


@benchmark("analysis", "network overview, its PDF, due follow-ups and a timeline (10k talks)")
def analysis(ctx: Context) -> Iterator[Row]:
    from praatplaat_app.analysis.follow_up import due_follow_ups
    from praatplaat_app.analysis.overview import compute_overview
    from praatplaat_app.analysis.report_pdf import render_analysis_pdf
    from praatplaat_app.analysis.timeline import route_timeline
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.store import Library

    path = generate.ensure_library(out_dir=ctx.out_dir)
    catalog = default_catalog()
    library = Library.open(path, lock=False)
    try:
        count = library.count_sessions()
        overview = compute_overview(library, catalog)
        seconds = measure(lambda: compute_overview(library, catalog), ctx.repeats(7, 3))
        yield Row(f"analysis: network overview, all {count} conversations", seconds,
                  limit=OVERVIEW_LIMIT_S)
        year = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
        seconds = measure(
            lambda: compute_overview(library, catalog, date_from=year[0], date_to=year[1]),
            ctx.repeats(7, 3),
        )
        yield Row("analysis: network overview, one year", seconds, limit=OVERVIEW_LIMIT_S)

        # The first PDF in a process also pays for importing WeasyPrint: shown apart.
        started = time.perf_counter()
        data = render_analysis_pdf(overview)
        first = time.perf_counter() - started
        seconds = measure(lambda: render_analysis_pdf(overview), ctx.repeats(5, 2), warmup=0)
        (ctx.out_dir / "analysis-10k.pdf").write_bytes(data)
        yield Row("analysis: PDF 'Analyse van evaluaties' (10k)", seconds, limit=PDF_LIMIT_S)
        yield Row("analysis: first PDF in a process (WeasyPrint import)", first,
                  limit=PDF_LIMIT_S)

        seconds = measure(lambda: due_follow_ups(library), ctx.repeats(7, 3))
        yield Row("analysis: follow-ups due/overdue, all routes", seconds, limit=DUE_LIMIT_S)

        biggest = max(overview.routes, key=lambda r: r.sessions)
        seconds = measure(lambda: route_timeline(library, catalog, biggest.id),
                          ctx.repeats(5, 2))
        yield Row(f"analysis: timeline of a route with {biggest.sessions} conversations",
                  seconds, limit=TIMELINE_LIMIT_S)
    finally:
        library.close()


def run_plain() -> list[tuple[str, float, float]]:
    """Without the harness: ``(name, median_s, target_s)`` per figure."""
    return [
        (row.name, row.value or 0.0, row.limit or 0.0)
        for row in analysis(Context(quick=True))
    ]
