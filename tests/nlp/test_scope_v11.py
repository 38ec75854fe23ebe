"""scope.v11: classes of sentence that recur across authors' texts (sentences written for these tests, none copied from a
document)."""
import pytest

from tests.nlp.conftest import scope_after_lead as values


@pytest.mark.parametrize("sentence", [
    # a time after "all"/"every" is how long or how often, and the noun after a conjunction belongs to another clause
    "The terminal came back at noon, but the knock-on effects lasted all day as aircraft and crews sat in the wrong cities.",
    "Check-in was down all morning as passengers queued outside the terminal.",  # (wire)
    "Card payments failed all afternoon when shoppers reached the tills.",  # (press)
    "The app kept crashing all week and subscribers gave up on it.",  # (blog)
    "Live: the portal has been offline all day so taxpayers cannot file returns.",  # (liveblog)
    "Q: Was it slow for long? A: It lagged all evening for gamers in our test group.",  # (Q&A)
    # a number of days or jobs, then a conjunction: the people after it are not counted by the number
    "For the past four days its servers have struggled to keep up with demand.",
    "A plumber in Leith said he had lost two jobs because clients could not ring him.",
])
def test_a_time_after_all_is_no_count(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # modifiers between the quantifier and the noun still count it
    ("All of our business customers lost access for two hours.", ["global"]),
    ("Every Heroku customer in the region was affected.", ["regional"]),
    ("Each of our European data centres went offline at once.", ["global"]),
    ("Update: all mobile banking users are currently unable to log in.", ["global"]),
])
def test_modifiers_before_the_counted_noun_still_count(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a few of those hit, with one named region or zone right after them: the place is the reach told (as "some customers in
    # eu-west" in the labelling guide)
    "Some virtual machines in a single availability zone of eu-west-2 cannot be reached.",  # (status update)
    "We are seeing elevated errors for a small number of instances in the us-central1 region.",  # (vendor notice)
    "Impact was limited to the eu-north-1 region.",  # (postmortem)
    "Live: a few stores in Manchester still can't take card payments.",  # (liveblog)
    "A handful of tenants in one zone of ap-south-1 lost their disks for an hour, the company said.",  # (wire)
])
def test_a_few_placed_in_one_named_region(extract, sentence):
    assert values(extract, sentence) == ["regional"]


@pytest.mark.parametrize("sentence", [
    # the place is not where those counted are: named later, in another clause, or only by what happened there
    "Some instances were impaired, and engineers in Dublin are investigating.",
    "A few customers in the affected zone may still see errors.",
    "Some customers saw errors while we moved traffic in us-east-1.",
])
def test_a_few_not_placed_stay_limited(extract, sentence):
    assert values(extract, sentence) == ["limited"]


@pytest.mark.parametrize("sentence", [
    # "some" standing alone as the subject of harm, after the rest were told of: a few of them (C12), as "a few were"
    "Most accounts were fine, and some were affected only overnight.",  # (vendor statement)
    "Power came back for most homes by nine, but some had no connection until the morning.",  # (wire)
    "Half the office can load messages; some cannot.",  # (liveblog)
    "Q: Was everyone cut off? A: Most were back by lunch, though some lost service until the evening.",  # (Q&A)
])
def test_some_alone_as_the_subject_of_harm(extract, sentence):
    assert values(extract, sentence) == ["limited"]


@pytest.mark.parametrize("sentence", [
    # "some" as those who think, warn or were restored: no harm told of them
    "Some have blamed the update, though the firm denies it.",
    "Some were restored by noon and the rest by evening.",
    "Some had warned about the change for months.",
    "Some were sceptical, and the firm has not explained it.",
])
def test_some_alone_without_harm_states_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence", [
    # "some" alone after one harm told of another group, with no rest beside it: it may refer back to anyone
    "Staff could not use the intranet, and some were unable to open the car park barrier.",
    "Drivers could not load routes, and some had to phone the depot for directions.",
])
def test_some_alone_with_no_rest_told_states_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a word of a degraded service: unreliable (as patchy, flaky)
    ("Update: logins work again for most, though a few people say the mobile app is still unreliable.", ["limited"]),
    ("Some users found the app unreliable well into Tuesday.", ["limited"]),
    # what is called unreliable in general is no harm told
    ("Critics say the company's backup plan has long been unreliable.", []),
])
def test_unreliable_is_a_degraded_service(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # those who talk or know about it are its audience, not those it hit
    ("Hello from a week in which the outage everyone was talking about turned out to be rather dull.", []),  # (newsletter)
    ("It was the failure everybody was discussing on Monday, though it lasted only an hour.", []),  # (column)
    ("It is a payments firm most shoppers have never heard of, until its outage on Friday.", []),  # (explainer)
    # harm told of them after it is still a reach; so is harm in another clause
    ("Some customers talked about losing access to their accounts for hours.", ["limited"]),
    ("A few players were discussing being kicked out of matches all evening.", ["limited"]),
    ("Everyone knew about the outage within minutes, and most users could not log in.", ["global"]),
])
def test_the_audience_of_an_outage_is_not_its_reach(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a step those hit must still take to get service back is lingering harm for them (C12)
    ("Some customers may still need to reload the app.", ["limited"]),  # (status page)
    ("A few subscribers still have to restart their routers to get a signal, the carrier said.", ["limited"]),  # (wire)
    ("Live: some players still need to sign in again after the patch.", ["limited"]),  # (liveblog)
    # without "still" it is advice, and the vendor's own work is no reach
    ("Customers may need to restart their routers once the work is done.", []),
    ("We still need to reload the cache before the next release.", []),
    ("Engineers had to reboot every node before service came back.", []),
])
def test_a_step_still_needed_is_lingering_harm(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the outage named with what it struck, then where: that place (as "the disruption in northern Virginia")
    ("Amazon's cloud suffered a disruption to its queueing service in northern Virginia on Monday.", ["regional"]),  # (wire)
    ("We are sorry for the disruption to our booking site in Ireland this morning.", ["regional"]),  # (vendor)
    ("Tuesday's blackout to homes in Ohio lasted six hours.", ["regional"]),  # (local press)
    # an outage "of" a thing or a year, recalled or judged, names no reach
    ("The failure of the payments platform in Germany was a user-error story.", []),
    ("The outage of 2019 in Spain was worse, one analyst said.", []),
])
def test_an_outage_to_a_service_in_a_place(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what others sit, run or rely on, told in the generic present, is no count of those hit (dev8 and dev9 authors both)
    ("What has changed is how much of the internet now sits behind a handful of edge networks, so one bad route travels far.", []),
    ("Apps stopped working after a data centre overheated, a reminder of how many services now sit on a handful of foreign clouds.", []),
    ("Payments failed because the country runs on just a few card networks.", []),
    # told of what failed, they are still counted
    ("The outage took down apps running on many of our servers.", ["global"]),
    ("The bug hit sites hosted on some of our older servers.", ["limited"]),
    ("The fault sat in a handful of servers, which crashed.", ["limited"]),
])
def test_what_others_sit_on_is_no_count_of_those_hit(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place as the subject of a state of being cut off: where it fails (C11)
    ("Update 09:45: the flood of traffic has changed shape and Denver is again unreachable.", ["regional"]),  # (status page)
    ("Frankfurt was offline for about an hour, the company said.", ["regional"]),  # (wire)
    ("Live: by noon Lisbon had been down for three hours.", ["regional"]),  # (liveblog)
    # a figure, a count left, or a company's office in a place is no such state
    ("Shares in the firm were down 3% and London was down to one working link.", []),
    ("Amazon's Frankfurt office is unreachable by phone.", []),
])
def test_a_place_cut_off(extract, sentence, expected):
    assert values(extract, sentence) == expected
