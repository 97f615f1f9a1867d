"""Every setting DiploKG has, in one table, and the one function that reads them.

Precedence: the defaults below < ``KG_<NAME>`` environment variables < explicit
overrides (command-line flags).  No other module reads ``os.environ``: pass the
``Config`` along instead, so a test can build as many differently configured
objects as it likes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

from kg.errors import ConfigError

#: The project checkout: ontology/ and data/ live beside the kg package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "oxigraph", "Store backend: 'oxigraph' (on disk, default) or 'memory' (rdflib, in memory)."),
    Setting("store_path", ".kg-store", "Folder of the on-disk store (oxigraph backend)."),
    Setting("articles", str(PROJECT_ROOT / "data" / "articles"), "Folder of articles the main job loads."),
    Setting("reference", str(PROJECT_ROOT / "data" / "reference"), "Folder of reference data (gazetteers)."),
    Setting("query_time_limit_ms", 5000, "Time limit of one query in milliseconds; a request may lower it, never raise it."),
    Setting("max_results", 10000, "Most rows (or triples) one query returns; more is an error, not a silent cut."),
    Setting("allow_service", False, "Allow SPARQL SERVICE (outbound requests from queries)."),
    Setting("write_token", "", "Bearer token that enables writes (SPARQL Update, Graph Store PUT/POST/DELETE); empty = read-only."),
    Setting("host", "127.0.0.1", "Address the server listens on."),
    Setting("port", 5000, "Port the server listens on."),
    Setting("threads", 8, "Worker threads of the WSGI server."),
)

_BY_NAME = {s.name: s for s in SETTINGS}
LIMITS = {"port": (1, 65535), "threads": (1, 256), "query_time_limit_ms": (1, None), "max_results": (1, None)}


@dataclass(frozen=True)
class Config:
    store: str
    store_path: str
    articles: str
    reference: str
    query_time_limit_ms: int
    max_results: int
    allow_service: bool
    write_token: str
    host: str
    port: int
    threads: int

    def replace(self, **changes: Any) -> "Config":
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update({k: _coerce(_BY_NAME[k], v) for k, v in changes.items() if v is not None})
        return Config(**values)


def _coerce(setting: Setting, value: Any) -> Any:
    """Turn an environment string (or a flag value) into the default's type."""
    kind = type(setting.default)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    text = str(value).strip()
    if kind is bool:
        if text.lower() in {"1", "true", "yes", "on"}:
            return True
        if text.lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"KG_{setting.name.upper()} must be true or false, not {text!r}")
    if kind is int:
        try:
            number = int(text)
        except ValueError:
            raise ConfigError(f"KG_{setting.name.upper()} must be a whole number, not {text!r}") from None
        low, high = LIMITS.get(setting.name, (0, None))
        if number < low or (high is not None and number > high):
            bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise ConfigError(f"{setting.name} (KG_{setting.name.upper()}) must be {bounds}, not {number}")
        return number
    return text


def load_config(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Defaults, then ``KG_*`` environment variables, then ``overrides`` (None values are skipped)."""
    environ = os.environ if environ is None else environ
    values = {}
    for setting in SETTINGS:
        env_name = f"KG_{setting.name.upper()}"
        raw = environ.get(env_name, setting.default)
        values[setting.name] = _coerce(setting, raw)
    config = Config(**values)
    return config.replace(**dict(overrides or {}))


def settings_table() -> str:
    """The settings as a Markdown table (``kg settings`` prints it; the README embeds it)."""
    rows = ["| setting | environment | default | meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = "(project)/" + str(Path(s.default).relative_to(PROJECT_ROOT)) if str(s.default).startswith(str(PROJECT_ROOT)) else s.default
        rows.append(f"| {s.name} | KG_{s.name.upper()} | `{default!s}` | {s.help} |")
    return "\n".join(rows)
