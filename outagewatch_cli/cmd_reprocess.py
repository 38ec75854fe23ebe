"""`outagewatch reprocess`: re-run extraction and incident building over every stored document
(after a pipeline change), re-apply the human overrides, and say what changed."""

from __future__ import annotations

import sys

HELP = "re-extract every stored document with the current pipeline, rebuild incidents, report what changed"
EXAMPLE = "outagewatch --db outagewatch.db reprocess --list"


def add_arguments(parser) -> None:
    parser.add_argument("--list", action="store_true", help="list the changed document, incident and disagreement ids")


def run(args) -> int:
    from outagewatch_cli.cmd_refresh import make_progress
    from outagewatch_cli.pipeline import reprocess

    with make_progress() as progress:
        report = reprocess(args.db, progress=progress)
    out = sys.stdout
    print(f"reprocess run {report.run_id} with pipeline {report.pipeline_version}: {report.n_documents} documents", file=out)
    rows = [
        ("documents whose is_outage changed", report.changed_outage),
        ("documents whose fields changed", report.changed_fields),
        ("incidents created", report.incidents_created),
        ("incidents removed", report.incidents_removed),
        ("disagreements added", report.disagreements_added),
        ("disagreements removed", report.disagreements_removed),
    ]
    for label, ids in rows:
        print(f"  {label}: {len(ids)}", file=out)
        if args.list:
            for item in ids:
                print(f"    {item}", file=out)
    o = report.overrides
    if o:
        print(f"  overrides: {o.get('active', 0)} active, {o.get('not_applied', 0)} could not be applied", file=out)
        for p in o.get("problems", [])[:20]:
            print(f"    override {p['id']} ({p['action']}): {p['problem']}", file=out)
    for problem in (report.extract.problem, report.incidents.problem):
        if problem:
            print(f"problem: {problem}", file=sys.stderr)
    return report.exit_code
