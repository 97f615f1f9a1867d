import pytest

from kg.config import SETTINGS, load_config
from kg.config import PROJECT_ROOT
from kg.errors import ConfigError


def test_precedence_defaults_environment_flags():
    assert load_config(environ={}).query_time_limit_ms == 5000
    assert load_config(environ={"KG_QUERY_TIME_LIMIT_MS": "1200"}).query_time_limit_ms == 1200
    assert load_config({"query_time_limit_ms": 300}, environ={"KG_QUERY_TIME_LIMIT_MS": "1200"}).query_time_limit_ms == 300
    assert load_config(environ={"KG_ALLOW_SERVICE": "yes"}).allow_service is True


def test_bad_values_are_named():
    with pytest.raises(ConfigError, match="KG_PORT must be a whole number"):
        load_config(environ={"KG_PORT": "eighty"})


def test_readme_documents_every_setting():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"KG_{s.name.upper()}" not in readme]
    assert not missing, f"README.md does not document: {missing}"
