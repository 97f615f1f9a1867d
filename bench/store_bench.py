#!/usr/bin/env python
"""DiploKG storage benchmark: the ``oxigraph`` and ``memory`` (rdflib) backends side by side.

Run from the checkout:

    /work/venv/bin/python bench/store_bench.py            # full run, 7 to 10 minutes
    /work/venv/bin/python bench/store_bench.py --quick    # smoke run, under a minute

What it does, in one run (see bench/README.md for how to read the output):

1. Extracts the articles of data/articles once (spaCy), through the same code as
   ``DiploKG.load``, and keeps the quads each ``Store.replace_graphs`` call would
   receive: one call for the ontology + reference graphs, one per article.
2. For each scale (the corpus as is; the article graphs replicated to ~200k and
   ~1M quads under renamed graph IRIs and article-local subjects) and each
   backend, starts a fresh worker process that writes the batches into a fresh
   store (timed: the ``replace_graphs`` calls only), runs the queries through
   ``kg.query.run_query`` several times, records its peak RSS, and repeats the
   write into further fresh stores for the timing statistics.
3. Reopens each on-disk Oxigraph store in another fresh process (timed) and
   checks that the data is still there.
4. Runs the shipped questions (kg/queries/*.rq) at corpus scale on each
   backend, in processes of their own (full run only).
5. Times the end-to-end ``kg load`` of data/articles with each backend (which
   includes Python start-up, spaCy and the extraction).

It prints a Markdown report and writes it to bench/results/YYYY-MM-DD.md.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import json
import os
import pickle
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
BACKENDS = ("oxigraph", "memory")          # registry names in kg.store
LABEL = {"oxigraph": "oxigraph", "memory": "rdflib"}

PREFIXES = """PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX res: <https://w3id.org/diplokg/resource/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# The queries of the comparison, plain SPARQL.  The IRIs named in them are those of
# copy 0 (the original corpus), so Q3 and Q5 ask about one resource at every scale while Q1
# and Q2 ask about people whom every copy mentions (their answers grow with the scale).
PUTIN = "<https://w3id.org/diplokg/resource/person/vladimir-putin>"
TREATY = "<https://w3id.org/diplokg/resource/agreement/iran-russia-agreement-2025-01>"
QUERIES = [
    ("Q1 agreements signed", "agreements Putin signed (dkg:signatory, or dkg:hasSigner of a signing that concerns "
     "them) whose dkg:earliest/dkg:latest lie within 2024-01-01..2025-12-31", "sparql", PREFIXES + """
SELECT DISTINCT ?agreement ?name ?earliest ?latest WHERE {
  ?class rdfs:subClassOf* dkg:Agreement .
  ?agreement a ?class ; dkg:earliest ?earliest ; dkg:latest ?latest .
  FILTER(?earliest >= "2024-01-01"^^xsd:date && ?latest <= "2025-12-31"^^xsd:date)
  { ?agreement dkg:signatory $PUTIN }
  UNION
  { ?signing dkg:concernsAgreement ?agreement ; dkg:hasSigner $PUTIN }
  OPTIONAL { ?agreement dkg:name ?name }
}
ORDER BY ?earliest ?name
"""),
    ("Q2 whom did X meet", "people Putin met (meetings, visits, summits): how often, first date; grouped "
     "before the names are joined", "sparql", PREFIXES + """
SELECT DISTINCT ?other ?name ?events ?first WHERE {
  {
    SELECT ?other (COUNT(DISTINCT ?event) AS ?events) (MIN(?earliest) AS ?first) WHERE {
      VALUES ?type { dkg:Meeting dkg:Visit dkg:Summit }
      ?event a ?type ;
             dkg:hasHost|dkg:hasGuest|dkg:participant|dkg:hasSpeaker $PUTIN ;
             dkg:hasHost|dkg:hasGuest|dkg:participant|dkg:hasSpeaker ?other .
      FILTER(?other != $PUTIN)
      OPTIONAL { ?event dkg:earliest ?earliest }
    }
    GROUP BY ?other
  }
  FILTER EXISTS { ?other a dkg:Person }
  OPTIONAL { ?other dkg:name ?name }
}
ORDER BY DESC(?events) ?name
"""),
    ("Q3 sectors + evidence", "sectors of the Iran-Russia treaty with the evidence sentences and article titles",
     "sparql", PREFIXES + """
SELECT DISTINCT ?sector ?sectorLabel ?sentence ?begin ?title WHERE {
  $TREATY dkg:coversSector ?sector ;
      dkg:evidence ?evidence .
  OPTIONAL { ?sector skos:prefLabel ?sectorLabel }
  ?evidence dkg:text ?sentence ; dkg:beginIndex ?begin ; dkg:inArticle ?article .
  OPTIONAL { ?article dkg:title ?title }
}
ORDER BY ?sectorLabel ?title ?begin
"""),
    ("Q4 quads per graph", "COUNT(*) per named graph (a full scan)", "sparql", """
SELECT ?g (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g
ORDER BY DESC(?quads) ?g
"""),
    ("Q5 DESCRIBE agreement", "DESCRIBE of the Iran-Russia treaty", "sparql", PREFIXES + """
DESCRIBE $TREATY
"""),
]

#: The values given to the parameters of the shipped questions (kg/queries/*.rq), as IRIs and dates, the
#: way kg.ask.bind_params passes them after looking names up; parameters not listed here are left out
#: (a question with a required one not listed is not run).
QUESTION_PARAMS = {"person": "https://w3id.org/diplokg/resource/person/vladimir-putin",
                   "actor": "https://w3id.org/diplokg/resource/person/vladimir-putin",
                   "agreement": "https://w3id.org/diplokg/resource/agreement/iran-russia-agreement-2025-01",
                   "country": "https://w3id.org/diplokg/resource/country/russia",
                   "from": "2024", "to": "2025", "on": "2025-01-17"}
QUERIES = [(qid, desc, kind, text.replace("$PUTIN", PUTIN).replace("$TREATY", TREATY))
           for qid, desc, kind, text in QUERIES]
ALL_QUERIES = {q[0]: q for q in QUERIES}

# -------------------------------------------------------------------------------------------
# small helpers
# -------------------------------------------------------------------------------------------


def rss_now_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def rss_peak_kb() -> int:
    """The process's peak RSS (VmHWM).  Not ``ru_maxrss``: on Linux a child inherits that from its parent
    across fork and exec, so a worker started by a 200 MB parent would never report less than 200 MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def dir_bytes(path: str) -> int:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def fmt_mb(kb: float | None) -> str:
    return "–" if kb is None else f"{kb / 1024:,.0f} MB"


def fmt_n(n: int) -> str:
    return f"{n:,}"


def med_min(times: list[float]) -> tuple[float | None, float | None]:
    return (statistics.median(times), min(times)) if times else (None, None)


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "–"
    r = a / b
    return f"{r:.2f}" if r >= 0.1 else f"{r:.3f}"


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_total = mem_avail = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_total = int(line.split()[1])
            elif line.startswith("MemAvailable:"):
                mem_avail = int(line.split()[1])
    except OSError:
        pass
    import pyoxigraph
    import rdflib
    return {"nproc": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)), "cpu": cpu,
            "mem_total_kb": mem_total, "mem_avail_kb": mem_avail,
            "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
            "platform": platform.platform(), "load": os.getloadavg()}


def run_child(args: list[str], env: dict | None = None, stdout=None, stderr=None) -> tuple[int, float]:
    """Run a child process; return (exit status, wall seconds)."""
    started = time.perf_counter()
    code = subprocess.call(args, env=env, stdout=stdout, stderr=stderr, cwd=ROOT)
    return code, time.perf_counter() - started


def measure(out_path: str, args: list[str]) -> None:
    """``--measure OUT CMD...``: run CMD from this small process and write its wall time and peak RSS.

    The peak comes from ``wait4``; measuring from here rather than from the benchmark's parent, which holds
    spaCy and the corpus, keeps the parent's RSS (inherited across fork) out of the child's number.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=sys.stderr)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    Path(out_path).write_text(json.dumps({"code": os.waitstatus_to_exitcode(status), "wall": wall,
                                          "maxrss": usage.ru_maxrss, "launcher_rss": rss_now_kb()}))


def clean_env() -> dict:
    """This environment without KG_* settings, so that nothing outside the benchmark configures DiploKG."""
    return {k: v for k, v in os.environ.items() if not k.startswith("KG_")}


# -------------------------------------------------------------------------------------------
# step 1: the quads, built once (parent process)
# -------------------------------------------------------------------------------------------


class CaptureStore:
    """A Store that keeps what it is given: how we get the exact quads ``DiploKG.load_reference`` writes."""

    name = "capture"
    persistent = False

    def __init__(self):
        self.batches: list[dict] = []

    def replace_graphs(self, graphs):
        self.batches.append({g: list(q) for g, q in graphs.items()})

    def close(self):
        pass


def build_quads(data_path: Path) -> dict:
    """Extract every article once; pickle the replace_graphs batches; return phase timings."""
    t0 = time.perf_counter()
    from kg.article import find_articles, read_article
    from kg.config import load_config
    from kg.diplokg import DiploKG
    from kg.rdf import ArticleGraph
    t_import = time.perf_counter() - t0

    capture = CaptureStore()
    kg = DiploKG(load_config({"store": "memory"}, environ={}), store=capture)
    t0 = time.perf_counter()
    kg.load_reference()                       # reference CSVs + ontology parse + canonicalisation
    t_reference = time.perf_counter() - t0
    t0 = time.perf_counter()
    kg.extractor                              # spaCy model and matchers
    t_model = time.perf_counter() - t0
    t_extract = t_rdf = 0.0
    articles = find_articles([ROOT / "data" / "articles"])
    for path in articles:                     # the body of DiploKG.load, minus the store
        t0 = time.perf_counter()
        extraction = kg.extractor.extract(read_article(path))
        t1 = time.perf_counter()
        builder = ArticleGraph(extraction)
        quads = builder.quads()
        t_rdf += time.perf_counter() - t1
        t_extract += t1 - t0
        capture.batches.append({builder.graph_iri: quads})
    with open(data_path, "wb") as f:
        pickle.dump(capture.batches, f, protocol=pickle.HIGHEST_PROTOCOL)
    base = sum(len(q) for q in capture.batches[0].values())
    per_copy = sum(len(q) for b in capture.batches[1:] for q in b.values())
    return {"articles": len(articles), "base_quads": base, "article_quads": per_copy,
            "t_import": t_import, "t_reference": t_reference, "t_model": t_model,
            "t_extract": t_extract, "t_rdf": t_rdf}


# -------------------------------------------------------------------------------------------
# step 2: a worker process per (backend, scale)
# -------------------------------------------------------------------------------------------


def replicated_batches(batches: list[dict], copies: int):
    """Yield the replace_graphs batches of ``copies`` copies of the corpus (the ontology/reference batch once).

    Copy 0 is the corpus as extracted.  Copy k > 0 renames every article graph
    (graph/article/X -> graph/ck/article/X) and every article-local resource
    (article, activity, event, agreement, quote, sentence and time IRIs:
    resource/KIND/... -> resource/ck/KIND/...), while people, countries,
    organisations, places and sectors stay shared, as they would be across
    real articles.  Each copy gets its own Python term objects (shared within
    the copy, as a parser would give), so rdflib's memory is not flattered by
    copies sharing strings.  Building a copy is not timed.
    """
    from rdflib import BNode, Literal, URIRef
    from kg.rdf import BASE, RES

    res = str(RES)
    graph_prefix = BASE + "graph/article/"
    local = ("article/", "activity/", "event/", "agreement/", "quote/")
    yield batches[0]
    for batch in batches[1:]:
        yield batch
    for k in range(1, copies):
        cache: dict = {}

        def term(t, k=k, cache=cache):
            new = cache.get(t)
            if new is None:
                if isinstance(t, URIRef):
                    s = str(t)
                    if s.startswith(res) and s[len(res):].startswith(local):
                        s = f"{res}c{k}/{s[len(res):]}"
                    elif s.startswith(graph_prefix):
                        s = f"{BASE}graph/c{k}/article/{s[len(graph_prefix):]}"
                    new = URIRef(s)
                elif isinstance(t, Literal):
                    new = Literal(str(t), lang=t.language, datatype=t.datatype)
                elif isinstance(t, BNode):
                    new = BNode(f"{t}c{k}")
                else:
                    new = t
                cache[t] = new
            return new

        for batch in batches[1:]:
            out = {}
            for g, quads in batch.items():
                ng = term(g)
                out[ng] = [(term(s), term(p), term(o), ng) for s, p, o, _ in quads]
            yield out


INTEGER_SUBTYPES = ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int",
                    "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")


def fingerprint(result) -> dict:
    """Rows, distinct rows and two hashes of the sorted distinct rows, to compare answers across backends.

    ``hash`` is exact; ``lenient`` first rewrites the xsd:integer subtypes to xsd:integer, because
    Oxigraph normalises such literals when it stores them (oxigraph/oxigraph#526) and rdflib does not.
    """
    if result.kind == "select":
        items = [tuple("UNDEF" if t is None else t.n3() for t in row) for row in result.rows]
    elif result.kind == "graph":
        items = [tuple(t.n3() for t in triple) for triple in result.triples]
    else:
        items = [(str(result.boolean),)]
    distinct = sorted(set(items))

    def relax(term: str) -> str:
        for sub in INTEGER_SUBTYPES:
            term = term.replace(f"XMLSchema#{sub}>", "XMLSchema#integer>")
        return term

    relaxed = sorted({tuple(relax(t) for t in row) for row in distinct})
    text, lenient = json.dumps(distinct), json.dumps(relaxed)
    return {"rows": len(items), "distinct": len(distinct),
            "hash": hashlib.sha1(text.encode()).hexdigest()[:10],
            "lenient": hashlib.sha1(lenient.encode()).hexdigest()[:10]}


def worker(spec: dict) -> dict:
    """One backend at one scale, in its own process: write, query, peak RSS, more writes for the statistics."""
    from rdflib import URIRef

    from kg.errors import KGError
    from kg.query import date_bounds, load_canned_queries, run_query
    from kg.store import get_store

    backend, copies = spec["backend"], spec["copies"]
    with open(spec["data"], "rb") as f:
        batches = pickle.load(f)
    # everything but the store's data counts in the baseline: kg.rdf pulls in spaCy, the backend its engine
    import kg.rdf  # noqa: F401
    importlib.import_module({"oxigraph": "kg.stores.oxigraph_store", "memory": "kg.stores.rdflib_store"}[backend])
    gc.collect()
    out = {"backend": backend, "copies": copies, "rss_baseline_kb": rss_now_kb(), "writes": [],
           "writes_inmemory": [], "queries": {}}

    def fresh_store(i: int, on_disk: bool = True):
        path = os.path.join(spec["store_dir"], f"{backend}-{copies}-{i}") if backend == "oxigraph" and on_disk else None
        return get_store(backend, path), path

    def write(store) -> tuple[float, int, int]:
        elapsed, quads, calls = 0.0, 0, 0
        for batch in replicated_batches(batches, copies):
            t0 = time.perf_counter()
            store.replace_graphs(batch)
            elapsed += time.perf_counter() - t0
            quads += sum(len(q) for q in batch.values())
            calls += 1
        return elapsed, quads, calls

    # write #1: the store the queries run on
    store, path = fresh_store(0)
    elapsed, quads, calls = write(store)
    out["writes"].append(elapsed)
    out.update(quads_written=quads, replace_calls=calls, store_path=path)
    t0 = time.perf_counter()
    out["store_len"] = len(store)
    out["len_s"] = time.perf_counter() - t0
    out["rss_after_write_kb"] = rss_now_kb()
    out["rss_peak_write_kb"] = rss_peak_kb()

    questions = load_canned_queries()
    timed_out = False
    for qid in spec["queries"]:
        entry = {"times": [], "error": None}
        out["queries"][qid] = entry
        if timed_out:
            entry["error"] = "skipped (an earlier query timed out)"
            continue
        if qid.startswith("question:"):      # a shipped question, with bindings as kg.ask.bind_params makes them
            question = questions[qid.split(":", 1)[1]]
            text, binds = question.sparql, {}
            for param in question.params:
                value = QUESTION_PARAMS.get(param.name)
                if value is not None and param.kind == "date":
                    first, last = date_bounds(value)
                    binds[param.name] = last if param.name == "to" else first
                elif value is not None:
                    binds[param.name] = URIRef(value)
        else:
            text, binds = ALL_QUERIES[qid][3], None
        spent = 0.0
        while len(entry["times"]) < spec["query_reps"] and (not entry["times"] or spent < spec["query_budget_s"]):
            t0 = time.perf_counter()
            try:
                result = run_query(store, text, time_limit_ms=spec["time_limit_ms"], max_results=10**8,
                                   bindings=binds)
            except KGError as exc:
                timed_out = type(exc).__name__ == "QueryTimeout"
                entry["error"] = (f"timeout > {spec['time_limit_ms'] / 1000:g} s" if timed_out
                                  else f"{type(exc).__name__}: {exc.message}")
                break
            took = time.perf_counter() - t0
            spent += took
            entry["times"].append(took)
            if "rows" not in entry:
                entry.update(fingerprint(result))
    out["rss_peak_kb"] = rss_peak_kb()

    if backend == "oxigraph":
        store.close()                         # the reopen check opens this folder in another process
        out["store_bytes"] = dir_bytes(path)
    del store
    gc.collect()
    if timed_out:      # a query abandoned to its worker thread would still be running: time nothing more here
        return out

    # further writes into fresh stores, for the statistics
    for i in range(1, spec["write_reps"]):
        store, p = fresh_store(i)
        elapsed, _, _ = write(store)
        out["writes"].append(elapsed)
        store.close()
        del store
        gc.collect()
        if p:
            shutil.rmtree(p, ignore_errors=True)
    # the same class without a path: Oxigraph in memory, to tell the engine's cost from the disk's
    if backend == "oxigraph":
        for i in range(spec["write_reps"] if copies < 100 else 1):   # one is enough at the largest scale
            store, _ = fresh_store(i, on_disk=False)
            elapsed, _, _ = write(store)
            out["writes_inmemory"].append(elapsed)
            store.close()
            del store
            gc.collect()
    return out


def reopen_worker(spec: dict) -> dict:
    """Open the on-disk store a finished worker left behind, several times; check the data is all there."""
    from kg.query import run_query
    from kg.store import get_store

    q4 = ALL_QUERIES["Q4 quads per graph"][3]
    out = {"open": [], "len": [], "first_query": [], "intact": True, "problems": []}
    for i in range(spec["reps"]):
        t0 = time.perf_counter()
        store = get_store("oxigraph", spec["path"])
        t1 = time.perf_counter()
        n = len(store)
        t2 = time.perf_counter()
        result = run_query(store, q4, time_limit_ms=600_000, max_results=10**8)
        t3 = time.perf_counter()
        store.close()
        del store
        out["open"].append(t1 - t0)
        out["len"].append(t2 - t1)
        out["first_query"].append(t3 - t2)
        if n != spec["expect_len"]:
            out["intact"] = False
            out["problems"].append(f"open {i}: {n} quads, expected {spec['expect_len']}")
        fp = fingerprint(result)["hash"]
        if fp != spec["expect_q4"]:
            out["intact"] = False
            out["problems"].append(f"open {i}: the quads per graph differ from what the writer counted")
    out["store_bytes"] = dir_bytes(spec["path"])   # RocksDB has replayed and dropped its write-ahead log by now
    return out


# -------------------------------------------------------------------------------------------
# the parent: plan, run, report
# -------------------------------------------------------------------------------------------

#: name, target quads (None: the corpus as is), write repetitions, query repetitions, seconds after which
#: one query is not repeated any more (it has run at least once).
FULL_PLAN = [("corpus", None, 7, 9, 5.0), ("~200k", 200_000, 3, 5, 8.0), ("~1M", 1_000_000, 2, 3, 10.0)]
QUICK_PLAN = [("corpus", None, 3, 3, 1.0), ("~30k", 30_000, 2, 2, 1.0)]
FULL_OTHER = {"e2e": 3, "reopen": 5, "canned_limit_ms": 30_000, "canned_reps": 2, "time_limit_ms": 120_000}
QUICK_OTHER = {"e2e": 1, "reopen": 2, "canned_limit_ms": 0, "canned_reps": 0, "time_limit_ms": 30_000}


def run_json_child(mode: str, spec: dict, tmp: Path, tag: str) -> tuple[dict | None, str]:
    spec_path, out_path, err_path = tmp / f"{tag}.spec.json", tmp / f"{tag}.out.json", tmp / f"{tag}.err"
    spec_path.write_text(json.dumps(spec))
    with open(err_path, "wb") as err:
        code, _ = run_child([sys.executable, str(Path(__file__).resolve()), mode, str(spec_path), str(out_path)],
                            env=clean_env(), stdout=err, stderr=err)
    if code != 0 or not out_path.exists():
        return None, err_path.read_text(errors="replace")[-2000:]
    return json.loads(out_path.read_text()), ""


def log(msg: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {msg}", file=sys.stderr, flush=True)


def e2e_load(backend: str, tmp: Path, i: int) -> dict:
    """``kg load data/articles`` in a fresh process, as a user runs it (started through ``--measure``)."""
    kg_bin = Path(sys.executable).with_name("kg")
    store_path, err_path, out_path = (tmp / f"e2e-{backend}-{i}", tmp / f"e2e-{backend}-{i}.err",
                                      tmp / f"e2e-{backend}-{i}.json")
    with open(err_path, "wb") as err:
        run_child([sys.executable, str(Path(__file__).resolve()), "--measure", str(out_path), str(kg_bin), "load",
                   "--backend", backend, "--store-path", str(store_path), str(ROOT / "data" / "articles")],
                  env=clean_env(), stdout=subprocess.DEVNULL, stderr=err)
    lines = err_path.read_text(errors="replace").strip().splitlines()
    shutil.rmtree(store_path, ignore_errors=True)
    result = json.loads(out_path.read_text()) if out_path.exists() else {"code": -1, "wall": None, "maxrss": None}
    result["summary"] = lines[-1] if lines else ""
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Compare DiploKG's store backends (oxigraph vs rdflib memory).")
    parser.add_argument("--quick", action="store_true", help="a smoke run under a minute: small scales, few repetitions")
    parser.add_argument("--no-save", action="store_true", help="print the report only, do not write bench/results/")
    parser.add_argument("--output", help="where to write the report (default bench/results/YYYY-MM-DD[-quick].md)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (stores, worker logs)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    cmd = " ".join([sys.executable, os.path.relpath(__file__, ROOT)] + (argv if argv is not None else sys.argv[1:]))
    plan, other = (QUICK_PLAN, QUICK_OTHER) if args.quick else (FULL_PLAN, FULL_OTHER)
    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="diplokg-bench-"))
    log(f"temporary folder {tmp}")
    queries = [q[0] for q in QUERIES]
    try:
        log("extracting the corpus once (spaCy)")
        data = tmp / "batches.pickle"
        phases = build_quads(data)
        log(f"{phases['articles']} articles: {phases['article_quads']} article quads + {phases['base_quads']} "
            f"ontology/reference quads")

        scales, runs, reopens, skipped = [], {}, {}, []
        for name, target, write_reps, query_reps, budget in plan:
            copies = 1 if target is None else max(1, round((target - phases["base_quads"]) / phases["article_quads"]))
            quads = phases["base_quads"] + copies * phases["article_quads"]
            # memory guard: project rdflib's need from the largest scale measured so far
            prev = runs.get((scales[-1]["name"], "memory")) if scales else None
            if prev and "rss_peak_kb" in prev and info["mem_avail_kb"]:
                per_quad = max(prev["rss_peak_kb"] - prev["rss_baseline_kb"], 0) / prev["quads_written"]
                need = prev["rss_baseline_kb"] + per_quad * quads * 1.3
                if need > 0.7 * info["mem_avail_kb"]:
                    log(f"skipping {name}: rdflib would need ~{need / 1024:,.0f} MB")
                    skipped.append(f"{name}: rdflib would need ~{need / 1024:,.0f} MB of "
                                   f"{info['mem_avail_kb'] / 1024:,.0f} MB available")
                    continue
            scale = {"name": name, "copies": copies, "quads": quads, "write_reps": write_reps,
                     "query_reps": query_reps, "budget": budget}
            scales.append(scale)
            order = BACKENDS if len(scales) % 2 else tuple(reversed(BACKENDS))   # alternate who goes first
            for backend in order:
                log(f"{name} ({fmt_n(quads)} quads, {copies} copies): {LABEL[backend]} worker")
                spec = {"backend": backend, "copies": copies, "data": str(data), "store_dir": str(tmp),
                        "write_reps": write_reps, "query_reps": query_reps, "query_budget_s": budget,
                        "time_limit_ms": other["time_limit_ms"], "queries": queries}
                result, err = run_json_child("--worker", spec, tmp, f"{backend}-{copies}")
                if result is None:
                    log(f"worker failed:\n{err}")
                    result = {"failed": (err.strip().splitlines() or ["?"])[-1]}
                runs[(name, backend)] = result
            ox = runs.get((name, "oxigraph"), {})
            if ox.get("store_path"):
                log(f"{name}: reopening the oxigraph store in a fresh process")
                spec = {"path": ox["store_path"], "reps": other["reopen"], "expect_len": ox["store_len"],
                        "expect_q4": ox["queries"]["Q4 quads per graph"].get("hash")}
                result, err = run_json_child("--reopen", spec, tmp, f"reopen-{copies}")
                reopens[name] = result or {"failed": (err.strip().splitlines() or ["?"])[-1]}
                shutil.rmtree(ox["store_path"], ignore_errors=True)

        canned = {}
        if other["canned_reps"]:
            from kg.query import load_canned_queries
            names = []
            for name, question in load_canned_queries().items():
                missing = [p.name for p in question.params if p.required and p.name not in QUESTION_PARAMS]
                canned[name] = {"params": {p.name: QUESTION_PARAMS[p.name] for p in question.params
                                           if p.name in QUESTION_PARAMS},
                                "skipped": f"needs {', '.join(missing)}" if missing else None}
                if not missing:
                    names.append(f"question:{name}")
            for backend in BACKENDS:
                log(f"corpus: the {len(names)} shipped questions on {LABEL[backend]} "
                    f"(time limit {other['canned_limit_ms'] / 1000:g} s)")
                todo, attempt = list(names), 0
                while todo:       # a timeout ends a worker; the questions after it get a fresh one
                    attempt += 1
                    spec = {"backend": backend, "copies": 1, "data": str(data), "store_dir": str(tmp),
                            "write_reps": 1, "query_reps": other["canned_reps"], "query_budget_s": 5.0,
                            "time_limit_ms": other["canned_limit_ms"], "queries": todo}
                    result, err = run_json_child("--worker", spec, tmp, f"questions-{backend}-{attempt}")
                    if result is None:
                        for qid in todo:
                            canned[qid.split(":", 1)[1]][backend] = {"error": "worker failed: " + (err.strip().splitlines() or ["?"])[-1]}
                        break
                    if result.get("store_path"):
                        shutil.rmtree(result["store_path"], ignore_errors=True)
                    done = {qid: q for qid, q in result["queries"].items() if not (q.get("error") or "").startswith("skipped")}
                    for qid, q in done.items():
                        canned[qid.split(":", 1)[1]][backend] = q
                    todo = [qid for qid in todo if qid not in done]

        e2e = {b: [] for b in BACKENDS}
        for i in range(other["e2e"]):
            for backend in (BACKENDS if i % 2 == 0 else tuple(reversed(BACKENDS))):
                log(f"end-to-end kg load, {LABEL[backend]} ({i + 1}/{other['e2e']})")
                e2e[backend].append(e2e_load(backend, tmp, i))

        total = time.perf_counter() - started
        report = render(info, cmd, args.quick, phases, scales, runs, reopens, canned, e2e, total, other, skipped)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(report)
    if not args.no_save:
        out = Path(args.output) if args.output else RESULTS_DIR / f"{date.today():%Y-%m-%d}{'-quick' if args.quick else ''}.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report, encoding="utf-8")
        log(f"report written to {os.path.relpath(out.resolve(), ROOT)}")
    return 0


# -------------------------------------------------------------------------------------------
# the report
# -------------------------------------------------------------------------------------------


def answers(a: dict, b: dict) -> str:
    if not (a.get("hash") and b.get("hash")):
        return "–"
    if a["hash"] == b["hash"]:
        return "yes"
    if a["lenient"] == b["lenient"]:
        return "yes, but for datatypes ¹"
    return "**no**"


def render(info, cmd, quick, phases, scales, runs, reopens, canned, e2e, total, other, skipped) -> str:
    L = []
    add = L.append
    add(f"# DiploKG store benchmark, {date.today():%Y-%m-%d}{' (quick)' if quick else ''}\n")
    add(f"- command: `{cmd}` (from the repository root)")
    add(f"- machine: {info['nproc']} CPUs (nproc), {info['cpu']}, {fmt_mb(info['mem_total_kb'])} RAM "
        f"({fmt_mb(info['mem_avail_kb'])} available at start), load average at start {info['load'][0]:.2f}")
    add(f"- software: Python {info['python']}, pyoxigraph {info['pyoxigraph']}, rdflib {info['rdflib']}, "
        f"{info['platform']}")
    add(f"- data: {phases['articles']} articles of data/articles = {fmt_n(phases['article_quads'])} article "
        f"quads, plus {fmt_n(phases['base_quads'])} ontology + reference quads (written once at every scale); "
        f"larger scales replicate the article graphs (see bench/README.md)")
    add("- repetitions per scale (writes / queries / stop repeating a query after): " + ", ".join(
        f"{s['name']} {s['write_reps']} / {s['query_reps']} / {s['budget']:g} s" for s in scales)
        + f"; reopen {other['reopen']}; `kg load` {other['e2e']} per backend")
    add("- times are **median (min)**; *ratio* = oxigraph / rdflib median: below 1 oxigraph is faster (smaller), "
        "above 1 rdflib is")
    add(f"- total run time: {total:.0f} s")
    for s in skipped:
        add(f"- skipped {s}")
    add("")

    def run(scale, backend):
        return runs.get((scale["name"], backend)) or {}

    # 1. writes
    add("## 1. Write: `replace_graphs` into a fresh store\n")
    add("One call for ontology + reference, then one call (one transaction) per article graph, as `kg load` "
        "does; only the calls are timed. *oxigraph in memory* is the same `OxigraphStore` class without a "
        "path (not a configuration DiploKG offers): it separates the engine's cost from RocksDB's.\n")
    add("| scale | quads | calls | oxigraph (disk) | rdflib | ratio | oxigraph in memory | quads/s ox / rdflib | `len()` ox / rdflib |")
    add("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in scales:
        ox, rd = run(s, "oxigraph"), run(s, "memory")
        om, on = med_min(ox.get("writes", []))
        rm, rn = med_min(rd.get("writes", []))
        im, imn = med_min(ox.get("writes_inmemory", []))
        calls = ox.get("replace_calls") or rd.get("replace_calls") or "–"
        rate = f"{fmt_n(int(s['quads'] / om)) if om else '–'} / {fmt_n(int(s['quads'] / rm)) if rm else '–'}"
        lens = f"{fmt_n(ox['store_len']) if 'store_len' in ox else '–'} / {fmt_n(rd['store_len']) if 'store_len' in rd else '–'}"
        add(f"| {s['name']} ({s['copies']}×) | {fmt_n(s['quads'])} | {calls} | {fmt_s(om)} ({fmt_s(on)}) | "
            f"{fmt_s(rm)} ({fmt_s(rn)}) | {ratio(om, rm)} | {fmt_s(im)} ({fmt_s(imn)}) | {rate} | {lens} |")
    add("")

    # 2. queries
    add("## 2. Queries through `kg.query.run_query`\n")
    add("| scale | query | oxigraph | rdflib | ratio | rows ox / rdflib (distinct) | runs ox / rdflib | same answers |")
    add("|---|---|---:|---:|---:|---|---|---|")
    for s in scales:
        ox, rd = run(s, "oxigraph"), run(s, "memory")
        for qid, *_ in QUERIES:
            a = ox.get("queries", {}).get(qid, {})
            b = rd.get("queries", {}).get(qid, {})
            am, an = med_min(a.get("times", []))
            bm, bn = med_min(b.get("times", []))
            cell_a = a.get("error") or f"{fmt_s(am)} ({fmt_s(an)})"
            cell_b = b.get("error") or f"{fmt_s(bm)} ({fmt_s(bn)})"
            rows = (f"{a.get('rows', '–')} / {b.get('rows', '–')} "
                    f"({a.get('distinct', '–')} / {b.get('distinct', '–')})")
            add(f"| {s['name']} | {qid} | {cell_a} | {cell_b} | {ratio(am, bm)} | {rows} | "
                f"{len(a.get('times', []))} / {len(b.get('times', []))} | {answers(a, b)} |")
    add("")
    add("Queries (full text in bench/store_bench.py): " + "; ".join(f"**{qid}**: {desc}" for qid, desc, *_ in QUERIES)
        + ". Q3 and Q5 name one resource of the original corpus, so their answers stay the same size at every "
        "scale; Q1 and Q2 are about a person every copy mentions, so theirs grow with it; Q4 scans everything.\n")
    add("*same answers* compares the sets of distinct rows (triples for DESCRIBE); *rows* counts them with "
        "duplicates: Oxigraph's union default graph (pyoxigraph `use_default_graph_as_union`) returns a triple "
        "once per named graph that holds it, rdflib's `Dataset(default_union=True)` once. "
        "¹ where it appears: the answers agree once the `xsd:integer` subtypes (`xsd:nonNegativeInteger`, …) "
        "are read as `xsd:integer`, which is how Oxigraph stores them (oxigraph/oxigraph#526).\n")

    if canned:
        add("### The shipped questions (kg/queries/*.rq), corpus scale\n")
        add("Each question with the parameters the table shows, bound as `kg.ask.bind_params` binds them "
            f"(dates as xsd:date bounds), through `run_query`; time limit {other['canned_limit_ms'] / 1000:g} s, "
            f"up to {other['canned_reps']} runs. Run in separate processes from the table above, so that a question "
            "that times out (it goes on running in its worker thread) cannot disturb other numbers.\n")
        add("| question | parameters | oxigraph | rdflib | ratio | rows ox / rdflib (distinct) | same answers |")
        add("|---|---|---:|---:|---:|---|---|")
        for name, c in canned.items():
            params = ", ".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in c["params"].items()) or "–"
            if c["skipped"]:
                add(f"| {name} | {params} | not run: {c['skipped']} | | | | |")
                continue
            a, b = c.get("oxigraph", {}), c.get("memory", {})
            am, an = med_min(a.get("times", []))
            bm, bn = med_min(b.get("times", []))
            cell_a = a.get("error") or f"{fmt_s(am)} ({fmt_s(an)})"
            cell_b = b.get("error") or f"{fmt_s(bm)} ({fmt_s(bn)})"
            rows = (f"{a.get('rows', '–')} / {b.get('rows', '–')} "
                    f"({a.get('distinct', '–')} / {b.get('distinct', '–')})")
            add(f"| {name} | {params} | {cell_a} | {cell_b} | {ratio(am, bm)} | {rows} | {answers(a, b)} |")
        add("")

    # 3. memory
    add("## 3. Memory (peak RSS of a fresh process per backend and scale)\n")
    add("*baseline*: the worker's RSS after its imports and unpickling the corpus, before the store exists; "
        "*peak*: its high-water RSS (VmHWM) after the first write and all the queries; *store* = peak − baseline. "
        "RocksDB's caches and memtables count in oxigraph's RSS; its files are listed apart (after the writer closed the store, write-ahead log included; table 4 gives the size once reopened).\n")
    add("| scale | quads | oxigraph baseline → peak | rdflib baseline → peak | store ox / rdflib | ratio | bytes/quad ox / rdflib | oxigraph on disk |")
    add("|---|---:|---:|---:|---:|---:|---:|---:|")
    for s in scales:
        ox, rd = run(s, "oxigraph"), run(s, "memory")

        def delta(r):
            return (r["rss_peak_kb"] - r["rss_baseline_kb"]) if "rss_peak_kb" in r else None

        def per_quad(r):
            d = delta(r)
            return f"{d * 1024 / s['quads']:,.0f}" if d else "–"
        add(f"| {s['name']} | {fmt_n(s['quads'])} | {fmt_mb(ox.get('rss_baseline_kb'))} → {fmt_mb(ox.get('rss_peak_kb'))} | "
            f"{fmt_mb(rd.get('rss_baseline_kb'))} → {fmt_mb(rd.get('rss_peak_kb'))} | "
            f"{fmt_mb(delta(ox))} / {fmt_mb(delta(rd))} | {ratio(delta(ox), delta(rd))} | "
            f"{per_quad(ox)} / {per_quad(rd)} | "
            f"{fmt_mb(ox['store_bytes'] / 1024) if ox.get('store_bytes') else '–'} |")
    add("")

    # 4. reopen
    add("## 4. Reopening the on-disk oxigraph store (durability)\n")
    add("A fresh process opens the folder the worker wrote and closed, counts the quads and runs Q4; "
        "*intact* means the count and the quads per graph equal what the writer saw.\n")
    add("| scale | quads | open | `len()` | Q4 after open | intact | on disk after the writer / after reopening |")
    add("|---|---:|---:|---:|---:|---|---:|")
    for s in scales:
        r = reopens.get(s["name"])
        if not r:
            continue
        if "failed" in r:
            add(f"| {s['name']} | {fmt_n(s['quads'])} | failed: {r['failed']} | | | no | |")
            continue
        cells = [f"{fmt_s(m)} ({fmt_s(n)})" for m, n in (med_min(r["open"]), med_min(r["len"]), med_min(r["first_query"]))]
        intact = "yes" if r["intact"] else "**no**: " + "; ".join(r["problems"])
        before = run(s, "oxigraph").get("store_bytes")
        disk = f"{fmt_mb(before / 1024) if before else '–'} / {fmt_mb(r['store_bytes'] / 1024) if r.get('store_bytes') else '–'}"
        add(f"| {s['name']} | {fmt_n(s['quads'])} | {' | '.join(cells)} | {intact} | {disk} |")
    add("")

    # 5. end to end
    add("## 5. End to end: `kg load data/articles` (a fresh process, extraction included)\n")
    add("| backend | wall | peak RSS | what it printed last |")
    add("|---|---:|---:|---|")
    walls = {}
    for backend in BACKENDS:
        rows = e2e.get(backend, [])
        m, n = med_min([r["wall"] for r in rows if r.get("wall")])
        walls[backend] = m
        peaks = [r["maxrss"] for r in rows if r.get("maxrss")]
        rss = statistics.median(peaks) if peaks else None
        outcome = rows[-1]["summary"] if rows else "–"
        if any(r["code"] != 0 for r in rows):
            outcome = f"exit {rows[-1]['code']}: {outcome}"
        add(f"| {LABEL[backend]} | {fmt_s(m)} ({fmt_s(n)}) | {fmt_mb(rss)} | {outcome} |")
    add(f"| ratio | {ratio(walls.get('oxigraph'), walls.get('memory'))} | | |")
    add("")
    if scales:
        base = scales[0]
        ox_w = med_min(run(base, "oxigraph").get("writes", []))[0]
        rd_w = med_min(run(base, "memory").get("writes", []))[0]
        add("Where the time of one `kg load` goes: the phases measured once in the benchmark's own process "
            "(the same calls as `DiploKG.load`), the store writes from table 1 at corpus scale:\n")
        add("| phase | time |")
        add("|---|---:|")
        add(f"| import kg (rdflib, …) | {fmt_s(phases['t_import'])} |")
        add(f"| ontology + reference graphs (CSV, parse, canonicalise) | {fmt_s(phases['t_reference'])} |")
        add(f"| load the spaCy model and matchers | {fmt_s(phases['t_model'])} |")
        add(f"| extract {phases['articles']} articles | {fmt_s(phases['t_extract'])} |")
        add(f"| build their RDF (ArticleGraph) | {fmt_s(phases['t_rdf'])} |")
        add(f"| store writes, oxigraph / rdflib | {fmt_s(ox_w)} / {fmt_s(rd_w)} |")
        add("")
        add("The rest of the wall time is interpreter start-up, the CLI's own imports and closing the store.\n")

    failed = [(k, v["failed"]) for k, v in runs.items() if "failed" in v]
    if failed:
        add("## Failures\n")
        for (scale, backend), why in failed:
            add(f"- {scale} {LABEL[backend]}: {why}")
        add("")
    return "\n".join(L)


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--measure":
        measure(sys.argv[2], sys.argv[3:])
        sys.exit(0)
    if len(sys.argv) == 4 and sys.argv[1] in ("--worker", "--reopen"):
        sys.path.insert(0, str(ROOT))
        spec = json.loads(Path(sys.argv[2]).read_text())
        result = worker(spec) if sys.argv[1] == "--worker" else reopen_worker(spec)
        Path(sys.argv[3]).write_text(json.dumps(result))
        sys.stdout.flush()
        os._exit(0)   # do not wait for a query thread that a timeout abandoned
    sys.exit(main())
