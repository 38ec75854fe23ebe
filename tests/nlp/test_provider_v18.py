"""provider.v18 (relevance.v17): a name that says what was to blame ("Tillbright said a faulty update was to blame",
"Tillbright, which makes the terminals, said at the time that a software issue was the cause") is the body whose
outage is told; a person's surname saying the same ("Oakes said …" after "Dan Oakes") is not (sentences written
for these tests)."""

from tests.nlp.conftest import primary_provider

TITLE = "Card readers fail at petrol stations"


def test_a_name_that_says_what_was_to_blame_is_the_provider(extract):
    text = ("Drivers were turned away from pay-at-pump lanes across the region on Saturday after card readers stopped "
            "working. Tillbright said a faulty update to the readers' software was to blame and sent a fix by evening.")
    assert primary_provider(extract, TITLE, text) == "Tillbright"


def test_a_name_with_a_clause_that_says_later_what_the_cause_was(extract):
    text = ("Drivers were turned away from pay-at-pump lanes across the region on Saturday after card readers stopped "
            "working. Tillbright, which makes the readers, said at the time that a software issue was the cause.")
    assert primary_provider(extract, TITLE, text) == "Tillbright"


def test_a_persons_surname_saying_what_was_to_blame_is_no_provider(extract):
    text = ("Drivers were turned away from pay-at-pump lanes across the region on Saturday after card readers stopped "
            "working, said Dan Oakes, who runs a forecourt near Ely. Oakes said a faulty update was to blame.")
    assert primary_provider(extract, TITLE, text) != "Oakes"


def test_the_full_name_given_at_the_first_mention_is_the_provider(extract):
    title = "Brackenholt's faulty rule broke checkouts"
    text = ("A firewall rule that broke checkout for every Brackenholt Relay customer on Wednesday was written in a "
            "hurry, two people who work there said. Shops using Brackenholt could not take orders for 47 minutes. "
            "Brackenholt said the rule had been withdrawn.")
    assert primary_provider(extract, title, text) == "Brackenholt Relay"


def test_a_hyphenated_brand_word_is_found_though_the_tokenizer_splits_it(extract):
    title = "Empty shelves as stores wait for deliveries"
    text = ("Shoppers in the Highlands found empty shelves on Thursday after a cyberattack knocked out the systems "
            "that order stock, and card payments were down in some stores. The Co-op said the attack had forced it to "
            "take those systems offline. "
            "The Co-op says most deliveries should resume next week.")
    assert primary_provider(extract, title, text) == "Co-op Group"
