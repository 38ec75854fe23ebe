"""ai.v31: an AI product that is what failed, not what acted: kept from working ("a change that stopped the Copilot
service from fetching the tokens it needs"), its features named with act or advice words that were degraded or could
not be had ("next edit suggestions were degraded", "users were unable to receive next edit suggestions", "Disruption
with Copilot next edit suggestions"), and the product naming its users or their use ("some Copilot customers …",
"paid Copilot usage") or using a part ("a dependency used by the Copilot code review workflow"); acts of an AI stay
acts ("Files the AI agent edited were corrupted") (sentences written for these tests)."""

from .conftest import ai_and_causes_of_copilot_text as _ai_and_causes


def test_an_ai_service_stopped_from_fetching_tokens_is_the_casualty(extract):
    text = ("Copilot answers failed for an hour on Tuesday. The cause was a configuration change that stopped the Copilot "
            "service from fetching the tokens it needs to reach its model backends.")
    assert _ai_and_causes(extract, text) == [("cause", "config_change")]


def test_degraded_suggestions_are_no_ai_act(extract):
    text = "Between 10:00 and 11:30 UTC, GitHub Copilot code completions and next edit suggestions were degraded for some users."
    assert ("ai", True) not in _ai_and_causes(extract, text)


def test_suggestions_users_could_not_receive_are_no_ai_act(extract):
    text = ("Between 16:00 and 18:00 UTC, Copilot code completions were degraded and users were unable to receive next "
            "edit suggestions.")
    assert ("ai", True) not in _ai_and_causes(extract, text)


def test_the_products_customers_blocked_are_no_ai_act(extract):
    text = ("Between 00:00 and 13:00 UTC, some GitHub Copilot customers whose budget had run out stayed wrongly blocked "
            "from paid Copilot usage after the new month began.")
    assert ("ai", True) not in _ai_and_causes(extract, text)


def test_files_an_ai_agent_edited_that_were_corrupted_are_its_act(extract):
    text = "Copilot chat was down for an hour on Tuesday. Files the Copilot agent edited were corrupted."
    assert ("ai", True) in _ai_and_causes(extract, text)


def test_a_dependency_the_ai_product_uses_is_no_ai_act(extract):
    text = ("Copilot code review failed for an hour on Tuesday. The issue was caused by a newly released dependency used "
            "by the Copilot code review workflow.")
    assert ("ai", True) not in _ai_and_causes(extract, text)
