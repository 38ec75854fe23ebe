from pathlib import Path

import pytest

from nlp.pipeline import build_pipeline, load_family_specs
from nlp.taxonomy import AI_ROLES, CAUSE_CATEGORIES, load_crosswalk

FAMILIES = load_family_specs()
DOCS = Path(__file__).resolve().parents[2] / "docs" / "patterns.md"


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_example_phrase_is_matched_by_its_family(nlp, family):
    examples = FAMILIES[family]["examples"]
    assert examples, f"{family} has no example phrases"
    for example in examples:
        hits = {name for name, _, _ in nlp(example)._.ow_hits}
        assert family in hits, f"{family} does not match its own example {example!r}"


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_rule_family_is_documented(family):
    assert f"`{family}`" in DOCS.read_text(encoding="utf-8")


def test_every_cause_category_has_a_trigger_family_or_is_special():
    families = {f[len("CAUSE_"):] for f in FAMILIES if f.startswith("CAUSE_")}
    assert set(CAUSE_CATEGORIES) - families == {"ai_agent", "unknown"}


def test_crosswalk_maps_every_category_in_every_scheme():
    cw = load_crosswalk()
    assert set(cw.categories) == set(CAUSE_CATEGORIES)
    for category in CAUSE_CATEGORIES:
        assert set(cw.categories[category]) == set(cw.schemes)
    assert cw.lookup("power", "cloudflare_radar") == "POWER_OUTAGE"
    assert cw.lookup("config_change", "icco_postmortems") == "config-change"


def test_ai_roles_follow_the_design():
    assert AI_ROLES == ("agent_action", "ai_generated_change", "ai_in_loop", "other")
