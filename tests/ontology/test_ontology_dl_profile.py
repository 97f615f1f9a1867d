"""OWL 2 DL profile check with the OWL API that ships inside owlready2's HermiT.jar
(DLProfileCheck.java, run as a single-file Java program; needs a JDK)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ontology_testlib import DATA, ONTOLOGY, SECTORS, load

CHECKER = Path(__file__).resolve().parent / "DLProfileCheck.java"


def _hermit_jar() -> Path:
    import owlready2

    return Path(owlready2.__file__).resolve().parent / "hermit" / "HermiT.jar"


def _java() -> str | None:
    import owlready2

    java = shutil.which(owlready2.JAVA_EXE) or shutil.which("java")
    # single-file source launch needs the compiler module (a JDK, not a bare JRE)
    if java and shutil.which("javac"):
        return java
    return None


pytestmark = [
    pytest.mark.skipif(_java() is None, reason="a JDK is needed for the OWL API profile check"),
    pytest.mark.slow,
]


def check_dl(tmp_path: Path, *sources) -> tuple[bool, list[str]]:
    path = tmp_path / "check.owl"
    load(*sources).serialize(destination=str(path), format="xml")
    out = subprocess.run(
        [_java(), "-cp", str(_hermit_jar()), str(CHECKER), str(path)],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    violations = [l for l in lines if l.startswith("VIOLATION")]
    return lines[-1] == "IN_PROFILE", violations


def test_ontology_sectors_and_valid_data_are_owl2_dl(tmp_path):
    # One run over the merge: a violation in any file shows up here (and the
    # merge also catches one IRI used as two kinds of entity across files).
    in_profile, violations = check_dl(tmp_path, ONTOLOGY, SECTORS, DATA / "valid.ttl")
    assert in_profile, violations


def test_checker_catches_violations(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        """
        @prefix ex: <http://example.org/> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <http://example.org/o> a owl:Ontology .
        ex:p a owl:ObjectProperty, owl:DatatypeProperty .
        ex:A a owl:Class ; rdfs:subClassOf ex:Undeclared .
        """
    )
    in_profile, violations = check_dl(tmp_path, bad)
    assert not in_profile
    assert any("pun" in v for v in violations)
    assert any("undeclared class" in v for v in violations)
