"""The document's cause when weather cut the mains in one sentence and the backup that should have carried the
load failed in another: the failed backup (power) is the deeper cause; weather alone stays environmental
(sentences written for these tests)."""

from .conftest import primary


def _cause(extract, text):
    return primary(extract(text, title="Cloud zone down after storm", source_kind="press"))["cause_category"]


def test_a_failed_backup_after_a_storm_cut_the_mains_is_the_deeper_cause(extract):
    text = ("Heavy storms swept across Sydney late on Sunday and cut mains power to an AWS data centre. The backup "
            "generators never took over, and EC2 instances in one zone stayed down for about ten hours.")
    assert _cause(extract, text) == "power"


def test_a_storm_alone_stays_environmental(extract):
    text = ("Heavy storms swept across Sydney late on Sunday and cut mains power to an AWS data centre. EC2 instances "
            "in one zone stayed down for about ten hours.")
    assert _cause(extract, text) == "environmental"
