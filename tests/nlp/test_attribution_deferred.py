"""`Attributor.speaker` reads a sentence only when its speaker is first needed: the answers, and what one
sentence carries to the next (open quotations, the last speaker), are those of reading every sentence at once."""

from nlp.attribution import Attributor, Speaker
from nlp.sentences import sentence_views

TEXT = ('Amazon said on Monday that a DNS failure caused the outage. "We are sorry," it added. '
        '"The fix is in place. Customers were not hurt." Analysts at Gartner said the damage was broad. '
        'Many sites were slow. It was over by noon.')


def _speakers(extractor, order):
    doc = extractor.nlp(TEXT)
    attributor = Attributor(doc, "press", "AWS", "Amazon", "Packet Wire")
    asked = [attributor.speaker(view) for view in sentence_views(doc, doc.text)]
    return [(i, asked[i].kind, asked[i].name, asked[i].explicit, asked[i].entity) for i in order], asked


def test_speakers_read_out_of_order_are_those_read_in_order(extractor):
    in_order, _ = _speakers(extractor, range(7))
    backwards, _ = _speakers(extractor, reversed(range(7)))
    assert sorted(backwards) == in_order
    assert [kind for _, kind, *_ in in_order] == ["vendor"] * 4 + ["other", "press", "press"]


def test_a_speaker_once_read_is_a_plain_speaker(extractor):
    _, asked = _speakers(extractor, [])
    assert asked[4] == Speaker("other", "Gartner", True)
    assert type(asked[4]) is Speaker and type(asked[6]) is not Speaker  # (the last, never asked: not read yet)
    assert Speaker("press", "Packet Wire", False) == asked[6] and type(asked[6]) is Speaker
    assert len({asked[5], asked[6]}) == 1


def test_unread_sentences_keep_no_document_alive(extractor):
    import gc
    import weakref

    doc = extractor.nlp(TEXT)
    attributor = Attributor(doc, "press", "AWS", "Amazon", "Packet Wire")
    asked = [attributor.speaker(view) for view in sentence_views(doc, doc.text)]
    asked[1].kind  # (read up to the second: the rest wait)
    alive = weakref.ref(attributor)
    gc.disable()
    try:
        del attributor, asked  # freed by reference counting, as before speakers were read lazily
        assert alive() is None
    finally:
        gc.enable()
