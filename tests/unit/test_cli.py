"""The kg command as a user runs it: exit codes, one-line errors, nothing half-written."""
import json
import subprocess
import sys

from .conftest import SEED


def kg(*args, store):
    return subprocess.run([sys.executable, "-m", "kg", *args, "--store", str(store)], capture_output=True, text=True, timeout=120)


def test_bad_files_fail_alone_and_leave_the_store_untouched(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    headless = tmp_path / "headless.txt"
    headless.write_text("Just some text.\nMore text.\n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    store = tmp_path / "store"
    result = kg("load", str(SEED), str(empty), str(headless), str(binary), str(tmp_path / "missing.txt"), store=store)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 4 and "Traceback" not in result.stderr
    assert any("empty" in e for e in errors) and any("no such file" in e for e in errors)
    graphs = kg("graphs", store=store).stdout.split()
    assert [g for g in graphs if "/graph/article/" in g] == ["https://w3id.org/diplokg/graph/article/kayhan-ir-135931"]


def test_query_formats_and_errors(tmp_path):
    store = tmp_path / "store"
    assert kg("load", str(SEED), store=store).returncode == 0
    ask = kg("query", "ASK { ?s a <https://w3id.org/diplokg/ontology#Treaty> }", "--format", "json", store=store)
    assert json.loads(ask.stdout)["boolean"] is True
    bad = kg("query", "SELECT WHERE {", store=store)
    assert bad.returncode == 1 and bad.stderr.startswith("Error: SPARQL syntax error") and "Traceback" not in bad.stderr
    missing = kg("export", "--graph", "https://example.org/nope", store=store)
    assert missing.returncode == 1 and "no graph" in missing.stderr
    csv = kg("query", "SELECT ?n WHERE { ?t a <https://w3id.org/diplokg/ontology#Treaty> ; <https://w3id.org/diplokg/ontology#name> ?n }", "--format", "csv", store=store)
    assert csv.stdout.splitlines() == ["n", "comprehensive strategic partnership treaty"]


def test_reading_a_store_that_does_not_exist_is_a_clear_error(tmp_path):
    result = kg("export", "--graph", "https://example.org/nope", store=tmp_path / "typo")
    assert result.returncode == 1 and "no store at" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "typo").exists()
