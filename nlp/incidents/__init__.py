"""Incidents and disagreements (DESIGN.md §7): grouping, accounts, disagreements, corrections."""

from nlp.incidents.overrides import OverrideError, add_override, deactivate_override
from nlp.incidents.rebuild import rebuild_incidents
from nlp.incidents.records import RebuildReport

__all__ = ["OverrideError", "RebuildReport", "add_override", "deactivate_override", "rebuild_incidents"]
