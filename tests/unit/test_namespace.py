import importlib.util

from kg.config import PROJECT_ROOT


def test_namespace_module_matches_the_ontology():
    spec = importlib.util.spec_from_file_location("make_namespace", PROJECT_ROOT / "scripts" / "make_namespace.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.render(PROJECT_ROOT / "ontology" / "diplokg.ttl")
    assert (PROJECT_ROOT / "kg" / "namespace.py").read_text(encoding="utf-8") == expected, "run python scripts/make_namespace.py"
