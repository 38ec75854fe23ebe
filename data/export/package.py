"""Describing the export: datapackage.json (Frictionless), README.md (the data dictionary) and
CITATION.cff — all three rendered from the same table definitions in data/export/schema.py."""

from __future__ import annotations

import json
from typing import Any

from data.export.schema import EXPORT_SCHEMA_VERSION, Table

PACKAGE_NAME = "outagewatch-outages"
TITLE = "outagewatch: cloud and internet outages as vendors and the press tell them"
DESCRIPTION = (
    "Outages of cloud and internet services extracted from vendor status pages, vendor statements and "
    "press reports by a rule-based pipeline. Every extracted value is a claim with its exact evidence "
    "quote and who said it (vendor, press or other); incidents group documents and compare the "
    "vendor's account with the press's, recording where they disagree."
)
LICENCE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0"}
LICENCE_NOTE = (
    "The tables (ids, classifications, times, counts, summaries) are released under CC-BY-4.0. Quotes "
    "and any article text remain the work of their publishers; they are included as short evidence "
    "for the extracted values. Check the original publishers' terms before republishing article text."
)
REPOSITORY = "https://github.com/outagewatch/outagewatch"


def _resource_format(fmt: str) -> dict[str, str]:
    return {
        "csv": {"format": "csv", "mediatype": "text/csv"},
        "jsonl": {"format": "jsonl", "mediatype": "application/x-ndjson"},
        "parquet": {"format": "parquet", "mediatype": "application/vnd.apache.parquet"},
    }[fmt]


def datapackage(
    tables: list[Table],
    *,
    formats: list[str],
    counts: dict[str, int],
    created: str | None,
    pipeline_versions: list[str],
    filters: dict[str, Any],
) -> dict[str, Any]:
    """The Data Package descriptor. Resources point at the CSV files when written (the format
    every Frictionless tool reads), else at the first of jsonl/parquet."""
    primary = next((f for f in ("csv", "jsonl", "parquet") if f in formats), None)
    resources = []
    if primary:
        for table in tables:
            resources.append(
                {
                    "name": table.name,
                    "title": table.title,
                    "description": table.description,
                    "path": f"{table.name}.{primary}",
                    "profile": "tabular-data-resource",
                    **_resource_format(primary),
                    "encoding": "utf-8",
                    "schema": table.frictionless(),
                    "rows": counts.get(table.name, 0),
                    "alternates": [f"{table.name}.{f}" for f in ("csv", "jsonl", "parquet") if f in formats and f != primary],
                }
            )
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "homepage": REPOSITORY,
        "version": EXPORT_SCHEMA_VERSION,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "pipeline_version": pipeline_versions[-1] if pipeline_versions else None,
        "pipeline_versions": pipeline_versions,
        "licenses": [LICENCE],
        "licence_note": LICENCE_NOTE,
        "filters": filters,
        "resources": resources,
    }
    if created:
        package["created"] = created
    if "sqlite" in formats:
        package["sqlite"] = "outagewatch.sqlite"
    return package


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def data_dictionary_markdown(tables: list[Table], *, counts: dict[str, int] | None = None, created: str | None = None, pipeline_version: str | None = None) -> str:
    """The README.md that travels with the export: every table and column, typed and described."""
    lines = [
        f"# {TITLE}",
        "",
        DESCRIPTION,
        "",
        f"- Export schema version: {EXPORT_SCHEMA_VERSION}",
    ]
    if pipeline_version:
        lines.append(f"- Extraction pipeline version: {pipeline_version}")
    if created:
        lines.append(f"- Data as of (newest fetch): {created}")
    lines += [
        "- Missing values are empty cells in CSV and `null` in JSONL/Parquet/SQLite; lists are JSON arrays in CSV and SQLite.",
        "- Identifiers are stable: the same document, claim, incident or disagreement keeps its id in every export.",
        "",
        "## Licence",
        "",
        LICENCE_NOTE,
        "",
        "## How to cite",
        "",
        "See `CITATION.cff` in this folder.",
        "",
    ]
    for table in tables:
        heading = f"## `{table.name}` — {table.title}"
        if counts is not None:
            heading += f" ({counts.get(table.name, 0)} rows)"
        lines += [heading, "", table.description, "", f"Primary key: `{table.primary_key}`."]
        for fk in table.foreign_keys:
            lines.append(f"`{fk.column}` refers to `{fk.table}.{fk.table_column}`.")
        lines += ["", "| column | type | description | allowed values |", "|---|---|---|---|"]
        for column in table.columns:
            allowed = ", ".join(f"`{v}`" for v in column.enum) if column.enum else ""
            required = " (always present)" if column.required else ""
            lines.append(f"| `{column.name}` | {column.type} | {_md_cell(column.description)}{required} | {allowed} |")
        lines.append("")
    return "\n".join(lines)


def citation_cff(*, created: str | None, pipeline_version: str | None, tables: list[Table]) -> str:
    """CITATION.cff (format 1.2.0) for the dataset; the date comes from the data, not the clock."""
    keywords = ["outages", "cloud computing", "incident reports", "information extraction"] + [t.name for t in tables]
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below."',
        "type: dataset",
        f'title: "{TITLE}"',
        "authors:",
        '  - name: "The outagewatch contributors"',
        f'version: "{EXPORT_SCHEMA_VERSION}' + (f"+pipeline.{pipeline_version}" if pipeline_version else "") + '"',
    ]
    if created:
        lines.append(f'date-released: "{created[:10]}"')
    lines += [
        f'repository-code: "{REPOSITORY}"',
        f'license: "{LICENCE["name"]}"',
        f"abstract: {json.dumps(DESCRIPTION)}",
        "keywords:",
        *[f'  - "{k}"' for k in keywords],
        "",
    ]
    return "\n".join(lines)
