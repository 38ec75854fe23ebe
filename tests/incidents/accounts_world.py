"""The December 2025 AWS Cost Explorer case as stored documents (shared by several tests)."""

from tests.incidents.builders import add_document, claim, mention


def kiro_world(db):
    """The December 2025 Cost Explorer case: the press says Kiro, Amazon says user error."""
    press = add_document(
        db, "packetwire-kiro", published="2026-02-20T09:30:00Z", title="Amazon AI agent behind Cost Explorer outage",
        mentions=[mention("AWS", start="2025-12", services=["AWS Cost Explorer"], regions=["mainland China"], duration=13.0,
                          cause="ai_agent", ai=True, ai_role="agent_action", claims=[
            claim("cause", "the Kiro agent chose to delete and recreate the environment", "ai_agent", "press",
                  speaker="people familiar with the matter"),
            claim("ai", "Amazon's AI coding agent Kiro caused the disruption", True, "press", speaker="people familiar with the matter"),
            claim("duration", "a 13-hour interruption", 13.0, "press", speaker="Packet Wire"),
            claim("scope", "customers across the region lost access", "regional", "other", speaker="a customer"),
            claim("scope", "one of the two regions serving mainland China went dark", "regional", "press", speaker="Packet Wire"),
        ])],
    )
    statement = add_document(
        db, "amazon-statement", kind="vendor", provider="AWS", published="2026-02-21T16:00:00Z",
        title="Our response to reports on a Cost Explorer event",
        mentions=[mention("AWS", start="2025-12", services=["AWS Cost Explorer"], cause="human_error", ai=False, claims=[
            claim("cause", "user error: misconfigured access controls, not AI", "human_error", "vendor", speaker="Amazon spokesperson"),
            claim("ai", "not AI", False, "vendor", polarity="denies", speaker="Amazon spokesperson"),
            claim("duration", "a brief event", None, "vendor", speaker="Amazon spokesperson"),
            claim("scope", "extremely limited", "limited", "vendor", speaker="Amazon spokesperson"),
        ])],
    )
    return press, statement
