"""relevance.v11: a brand word that is also an ordinary word names the brand after a kind noun ("messaging app
Signal"); systems switched off with the particle before the object ("switched off its computers"); systems brought
back (sentences written for these tests)."""

import pytest

from .conftest import primary


def _doc(extract, title, text, kind="press"):
    return extract(text, title=title, source_kind=kind, published="2025-06-01T12:00:00Z")


@pytest.mark.parametrize("title, text, provider", [
    # a wire brief whose only naming of the brand is after its kind
    ("Notes app back after domain trouble",
     "Productivity app Notion was unreachable for most of Friday afternoon after its domain was put on hold. "
     "The company said no data was lost.", "Notion"),
    ("Messaging outage",
     "The encrypted messaging service Signal went down for several hours on Tuesday as millions of new users "
     "signed up at once.", "Signal"),
    ("Card readers fail",
     "Payments firm Square suffered an outage on Thursday that left sellers unable to take cards for most of the day.",
     "Square"),
])
def test_a_brand_word_after_its_kind_anchors_the_outage(extract, title, text, provider):
    res = _doc(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("title, text", [
    # the ordinary words, with no kind before them: no outage is tied to any name
    ("Ideas",
     "The notion that every team needs a status page went unchallenged for years. Signal is hard to find in the "
     "noise of a busy week, the author argues."),
    ("Town news",
     "The square was closed for a market on Saturday. Traffic was slow for an hour."),
])
def test_ordinary_words_stay_words(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("title, text, kind", [
    # a vendor's short statement: an attack, then its systems switched off with the particle first
    ("Statement on a cyber incident",
     "Early today Hollin Health was hit by a ransomware attack on its IT systems. As a precaution we have switched "
     "off all of our national and local computer systems while we assess the damage.", "vendor"),
    # a regional paper's follow-up: the shutdown, its effects, and the work to bring things back
    ("Clinics cancelled for a third day",
     "Hollin Health shut down its computers on Friday after criminals locked them with ransomware. Nurses at the "
     "county hospital are writing results on paper, and most outpatient clinics were cancelled again today. The "
     "agency's chief executive said it could take weeks to bring everything back.", "press"),
])
def test_systems_switched_off_after_an_attack_are_an_outage(extract, title, text, kind):
    res = _doc(extract, title, text, kind)
    assert res["is_outage"] is True


@pytest.mark.parametrize("title, text", [
    # a network retired, or to be: future and infinitive shutdowns are no events
    ("Carrier sets date for 3G switch-off",
     "Hollin Mobile will shut down its 3G network in March, the carrier said. Customers with old phones have been "
     "told to upgrade. The company plans to switch off its oldest masts first."),
    # lights and a band: things brought back or switched off that are no service
    ("Concert review",
     "The crew turned off the stage lights and the singer brought the old band back for one last song."),
])
def test_planned_shutdowns_and_other_things_switched_off_are_no_outage(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("title, text", [
    # harm denied of every subject, and an act of destroying only asked for (infinitive): a security notice, no outage
    ("Extension release withdrawn",
     "Hollin removed a release of its code-review extension after someone slipped in an instruction telling the "
     "assistant to wipe local files. Hollin said no customer resources were affected and that none of its services "
     "were disrupted."),
])
def test_harm_denied_of_every_subject_is_no_outage(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("title, text", [
    # those who use a service unable to use it, with the name as their provider
    ("The bank that couldn't pay",
     "For nine hours on Tuesday, Northvale Bank customers could not move money, check balances or use their cards. "
     "The bank blamed a fault in a data centre."),
    # a Q&A: the players of a name no English word makes up, a title that says the game would not load
    ("Q&A: why your game wouldn't load",
     "What happened? Players of Emberfall were kicked from matches and could not get back in for most of Sunday "
     "evening. Why? The studio says a database it relies on ran out of space."),
    # a liveblog: the name as the subject of a service not doing its work, then working again
    ("Liveblog: messaging app down",
     "14:05 — Reports are piling up that Chatterly is not delivering messages. 14:20 — Chatterly confirms on its "
     "status page that messages are delayed. 15:40 — Chatterly says everything is working again."),
    # shoppers at a name, tills that froze, a title that says it crippled them
    ("Paralysed: a day without tills",
     "Shoppers at Brightmart stores across the north were turned away on Saturday after the chain's payment "
     "terminals froze. Staff put up handwritten signs saying cash only, and by lunchtime several branches had "
     "closed their doors."),
    ("Trading app crippled on busiest day",
     "Customers of Quillstock, the share-trading app, stared at spinning wheels for most of Monday as markets swung. "
     "The company said an overloaded server had been to blame and apologised on X."),
])
def test_outages_told_by_what_users_met_are_outages(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is True


@pytest.mark.parametrize("title, text", [
    # what users could not believe or say; residents of a town; a business not accepting new customers
    ("Letters",
     "Customers could not believe the prices at the new store in Springfield. Residents of Springfield could not "
     "say when it would open. The shop is not accepting new members this year."),
    ("Why the old game would not die",
     "Players could not agree on the best level. Fans of the series still argue about it twenty years on."),
])
def test_what_people_could_not_believe_or_agree_is_no_outage(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("title, text", [
    ("Service notice",
     "We are aware that some customers are having difficulty making card payments. Our teams are looking into this as "
     "a priority and we will update this page as soon as we know more."),
    ("An apology to our customers",
     "Yesterday many of you could not use our mobile network for most of the day. I want to say sorry. The fault was "
     "in a piece of core equipment, and our engineers worked through the night to replace it."),
    ("Resolved: delays to email delivery",
     "Email delivery was delayed for some customers this afternoon. Messages are now being delivered normally and the "
     "backlog has cleared."),
    ("Payments working again",
     "Card payments are working again after an issue earlier today that meant some payments were declined. If you "
     "were charged twice, the duplicate will be refunded automatically."),
])
def test_a_vendors_short_notice_of_its_own_trouble_is_an_outage(extract, title, text):
    assert _doc(extract, title, text, kind="vendor")["is_outage"] is True


@pytest.mark.parametrize("title, text", [
    ("Holiday delivery times",
     "Orders placed after 2pm on 23 December are delayed until the new year because of the holidays. Refunds may take "
     "up to ten days. Thank you for shopping with us."),
    ("Changes to international payments",
     "From 1 July, some international payments will take an extra day. Payments to the EU are not affected. We are "
     "looking into the issue of fees on card payments abroad."),
    ("Security advisory",
     "We are aware of phishing emails pretending to come from us. We will never ask for your password. If you receive "
     "one, report it to us."),
])
def test_a_vendors_notices_of_delivery_times_fees_and_phishing_are_no_outage(extract, title, text):
    assert _doc(extract, title, text, kind="vendor")["is_outage"] is False
