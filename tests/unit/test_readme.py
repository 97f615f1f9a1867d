"""The README shows real output: the worked example and the settings table are checked against a real run."""
import re

from kg.config import PROJECT_ROOT, settings_table
from kg.export import format_result

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def block(name: str) -> str:
    m = re.search(rf"<!-- {name}[^>]*-->\n(?:```\n)?(.*?)(?:```\n)?<!-- /{name} -->", README, re.S)
    assert m, f"README.md has no {name} block"
    return m.group(1).strip()


def cells(table: str) -> list[list[str]]:
    """Rows of a text table, each cell's comma-separated items sorted (GROUP_CONCAT has no set order)."""
    rows = []
    for line in table.splitlines()[2:]:
        rows.append([", ".join(sorted(c.strip().split(", "))) for c in line.split("|")])
    return rows


def test_worked_example_output_is_real(corpus_kg):
    sparql = (PROJECT_ROOT / "examples" / "agreements-signed.rq").read_text(encoding="utf-8")
    output = format_result(corpus_kg.query(sparql), "table").decode("utf-8").strip()
    assert cells(output) == cells(block("example-output")), "run python scripts/update_readme.py"


def test_settings_table_is_current():
    assert block("settings-table") == settings_table().strip()


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1).strip().splitlines()
    assert first_block[0].startswith("scripts/install.sh && .venv/bin/kg load")
    assert first_block[1].startswith("scripts/install.sh --test && .venv/bin/python -m pytest")
