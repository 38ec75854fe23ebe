import pytest

from scrapers.config import ConfigError, load_sources, parse_sources

GOOD = """
[fetch]
user_agent = "outagewatch/0.1 (+https://example.org/outagewatch)"
timeout_s = 20
max_bytes = 5_000_000

[[sources]]
id = "github-status"
name = "GitHub status"
kind = "vendor"
provider = "GitHub"
url = "https://www.githubstatus.com/history.atom"
format = "statuspage-atom"

[[sources]]
id = "register"
kind = "press"
url = "https://www.theregister.com/headlines.atom"
fetch_articles = true
enabled = false
"""


def test_valid_sources_file_is_loaded_with_defaults():
    config = parse_sources(GOOD)
    assert [s.id for s in config.sources] == ["github-status", "register"]
    assert config.fetch.timeout_s == 20.0 and config.fetch.allow_private_networks is False
    assert config.sources[1].name == "register" and config.sources[1].fetch_articles is True
    assert [s.id for s in config.enabled()] == ["github-status"]
    assert [s.id for s in config.enabled(["register"])] == ["register"]


@pytest.mark.parametrize(
    "mutation, message",
    [
        (("fetch_articles = true", "fetch_article = true"), r":\d+: unknown key 'fetch_article'"),
        (('provider = "GitHub"\n', ""), r"vendor source 'github-status' needs a provider"),
        (('url = "https://www.githubstatus.com/history.atom"', 'url = "githubstatus.com/history.atom"'), "not an http"),
        (('format = "statuspage-atom"', 'format = "statuspage-xml"'), "format 'statuspage-xml' is not one of"),
        (('kind = "vendor"', 'kind = "blog"'), "kind 'blog' must be one of"),
        (('id = "register"', 'id = "github-status"'), "duplicate source id 'github-status'"),
        (("timeout_s = 20", 'timeout_s = "20"'), "'timeout_s' must be a number"),
        (("timeout_s = 20", "timeout_s = 0"), "'timeout_s' must be greater than 0"),
        (("enabled = false", "enabled = 'no'"), "'enabled' must be a boolean"),
        (('user_agent = "outagewatch/0.1 (+https://example.org/outagewatch)"', 'user_agent = "Mozilla/5.0"'), "user_agent must identify us"),
        (("[fetch]", "[fetching]"), "unknown section 'fetching'"),
        (("[[sources]]\nid = \"register\"", "[[sources]]\nid = \"Register Feed\""), "must be a lower-case slug"),
    ],
)
def test_mistakes_in_the_sources_file_name_the_problem(mutation, message):
    old, new = mutation
    assert old in GOOD
    with pytest.raises(ConfigError, match=message):
        parse_sources(GOOD.replace(old, new, 1))


def test_unknown_key_error_points_at_its_line(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(GOOD.replace("fetch_articles = true", "fetch_article = true"))
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    line = int(str(info.value).split(":")[1])
    assert "fetch_article" in path.read_text().splitlines()[line - 1]


def test_broken_toml_is_a_config_error(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text("[[sources]\nid = ")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_sources(path)


def test_missing_sources_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_sources(tmp_path / "nope.toml")


def test_only_with_an_unknown_id_is_a_config_error():
    with pytest.raises(ConfigError, match="no source with id nope"):
        parse_sources(GOOD).enabled(["nope"])
