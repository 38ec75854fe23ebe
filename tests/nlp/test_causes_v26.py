"""causes.v26: routes a network announces, load that puts a strain on a system, a link denied with "not connected
with"; something else cleared of the outage is no cause (sentences written for these tests)."""

from tests.nlp.conftest import primary


def _claims(extract, sentence, kind="vendor"):
    text = f"Card payments and online banking at Tallowmere Pay were down for most of Thursday morning.\n\n{sentence}"
    res = extract(text, title="Payments outage", source_kind=kind, provider="Tallowmere Pay",
                  published="2025-06-06T15:00:00Z")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_how_a_network_announces_routes_is_the_routing_layer(extract):
    sentence = "The outage was caused by a fault in how our edge network announces routes to the internet."
    assert _claims(extract, sentence) == [("network_bgp", "asserts")]


def test_requests_putting_a_strain_on_a_system_are_load(extract):
    sentence = "We saw an unusual number of login attempts putting a strain on the authentication servers."
    assert _claims(extract, sentence) == [("capacity", "asserts")]


def test_not_connected_with_an_attack_denies_it(extract):
    assert _claims(extract, "It was not connected with a cyber-attack.") == [("cyberattack", "denies")]


def test_something_else_cleared_of_the_outage_is_no_cause(extract):
    sentence = "A separate fault slowed card refunds on Friday. It was not connected to the outage."
    assert _claims(extract, sentence) == []


def _satellite_causes(extract, sentence):
    text = f"Television channels carried by Orrinsat were off the air for six hours on Sunday.\n\n{sentence}"
    res = extract(text, title="Satellite lost", source_kind="press", provider="Orrinsat", published="2025-06-06T15:00:00Z")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_space_weather_and_debris_are_the_environment(extract):
    assert _satellite_causes(extract, "Engineers believe a piece of space debris struck the satellite.") == [
        ("environmental", "asserts")]
    assert _satellite_causes(extract, "A burst of charged particles from the sun fried its electronics.") == [
        ("environmental", "asserts")]


def test_a_propellant_leak_is_the_hardware(extract):
    assert _satellite_causes(extract, "Orrinsat says a leak in its propulsion system sent the satellite drifting.") == [
        ("hardware", "asserts")]


def test_not_brought_down_by_a_thing_denies_it(extract):
    assert _satellite_causes(extract, "The satellite was not brought down by a cyberattack, Orrinsat said.") == [
        ("cyberattack", "denies")]


def test_a_negated_touch_by_a_cause_is_still_no_denial(extract):
    assert _satellite_causes(extract, "The ground stations were not touched by the fire.") == []
