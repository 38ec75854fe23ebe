import pytest

from nlp.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, **fields) -> the §5 result for one document."""

    def run(text: str, **fields) -> dict:
        doc = {"id": fields.pop("id", "t"), "text": text, "published": fields.pop("published", "2025-10-22T12:00:00Z")}
        doc.update(fields)
        return extractor.extract(doc)

    return run


def primary(result: dict) -> dict:
    return next(i for i in result["incidents"] if i["primary"])


def claims_of(result: dict, attribute: str) -> list[dict]:
    return [c for inc in result["incidents"] for c in inc["claims"] if c["attribute"] == attribute]
