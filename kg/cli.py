"""The ``kg`` command: each subcommand turns flags into settings, builds one ``DiploKG`` and calls one method.

Errors a user can act on (``KGError``) print one line on stderr and exit 1;
nothing else of DiploKG's prints a traceback for bad input.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.config import load_config, settings_table
from kg.diplokg import DiploKG
from kg.errors import KGError
from kg.export import GRAPH_FORMATS, RESULT_FORMATS, format_result


def reports_errors(command):
    """Turn a KGError into one line on stderr and exit status 1."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            sys.exit(1)
    return wrapper


def store_options(command):
    command = click.option("--store-path", "--store", "store_path", help="Folder of the on-disk store [KG_STORE_PATH].")(command)
    command = click.option("--backend", "store", type=click.Choice(["oxigraph", "memory"]), help="Store backend [KG_STORE].")(command)
    return command


def build(**flags) -> DiploKG:
    return DiploKG(load_config(flags))


@click.group()
@click.version_option(__version__, prog_name="kg")
def cli():
    """DiploKG: diplomacy in the news as a knowledge graph, every fact with the sentence that states it."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@store_options
@reports_errors
def load(paths, store, store_path):
    """Load article files or folders (default: the articles folder) into the store, one transaction each."""
    from tqdm import tqdm
    kg = build(store=store, store_path=store_path)
    report = kg.load(paths or [kg.config.articles], progress=lambda items: tqdm(items, desc="articles", unit="article", file=sys.stderr, disable=None))
    for path in report.loaded:
        click.echo(f"loaded  {path} ({report.counts[path]} triples)")
    for path, reason in report.failed:
        click.echo(f"Error: {reason}", err=True)
    click.echo(f"{len(report.loaded)} loaded, {len(report.failed)} failed; the store holds {len(kg.store)} quads", err=True)
    kg.close()
    sys.exit(1 if report.failed else 0)


@cli.command()
@click.argument("sparql")
@click.option("--format", "fmt", default="table", help=f"Output: {', '.join(RESULT_FORMATS)} (SELECT/ASK) or a graph format (CONSTRUCT/DESCRIBE).")
@click.option("--timeout-ms", type=int, help="Lower the time limit for this query.")
@store_options
@reports_errors
def query(sparql, fmt, timeout_ms, store, store_path):
    """Run a SPARQL query (text, or @file.rq) and print its result."""
    if sparql.startswith("@"):
        path = Path(sparql[1:])
        if not path.is_file():
            raise KGError(f"no query file {path}")
        try:
            sparql = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise KGError(f"{path} is not UTF-8 text") from None
    kg = build(store=store, store_path=store_path)
    result = kg.query(sparql, time_limit_ms=timeout_ms)
    click.echo(format_result(result, fmt).decode("utf-8"), nl=False)


@cli.command()
@click.option("--format", "fmt", default="turtle", type=click.Choice(sorted(GRAPH_FORMATS)), show_default=True)
@click.option("--graph", help="One graph: its IRI, 'ontology' or 'reference' (default: everything).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@store_options
@reports_errors
def export(fmt, graph, output, store, store_path):
    """Export the store, one article's graph, the reference data or the ontology."""
    data = build(store=store, store_path=store_path).export(fmt, graph)
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise KGError(f"cannot write {output}: {exc.strerror}") from None
    else:
        click.echo(data.decode("utf-8"), nl=False)


@cli.command()
@store_options
@reports_errors
def graphs(store, store_path):
    """List the named graphs in the store."""
    for g in build(store=store, store_path=store_path).graphs():
        click.echo(str(g))


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", default="json", type=click.Choice(["json", "yaml"]), show_default=True)
@reports_errors
def extract(path, fmt):
    """Print what the loader takes from one article, in the shape of the gold files."""
    from kg.extract.gold import as_gold
    data = as_gold(build().extract(path))
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        import yaml
        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@cli.command(name="eval")
@click.argument("articles", type=click.Path(exists=True))
@click.argument("gold", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--per-article", is_flag=True, help="Also print F1 per article.")
@reports_errors
def evaluate(articles, gold, as_json, per_article):
    """Score extraction of ARTICLES (a file or folder) against GOLD (a .gold.yaml file or folder)."""
    from kg.evaluate import Evaluator, Report, format_report, gold_pairs, read_gold
    from kg.extract.gold import as_gold
    kg = build()
    evaluator = Evaluator(kg.reference, kg.extractor.sectors)
    report = Report()
    for article, gold_path in gold_pairs(Path(articles), Path(gold)):
        report.per_article[article.name] = evaluator.score(read_gold(gold_path), as_gold(kg.extract(article)))
    if as_json:
        data = {"totals": {k: s.as_dict() for k, s in report.totals().items()},
                "articles": {a: {k: s.as_dict() for k, s in sc.items()} for a, sc in report.per_article.items()}}
        click.echo(json.dumps(data, indent=2))
    else:
        click.echo(format_report(report, per_article))


@cli.command()
@click.option("--no-reasoner", is_flag=True, help="Only the SHACL shapes, not the HermiT consistency check.")
@click.option("--materialise", is_flag=True, help="Store what HermiT infers (inverses, class memberships) in the graph .../graph/inferred.")
@store_options
@reports_errors
def validate(no_reasoner, materialise, store, store_path):
    """Check the store against the SHACL shapes and, with HermiT, for consistency; exit 1 when it fails."""
    from kg.rdf import graph_quads
    from kg.validate import INFERRED_GRAPH, format_report, validate as run
    kg = build(store=store, store_path=store_path)
    report = run(kg.store, reasoner=not no_reasoner, materialise=materialise)
    click.echo(format_report(report))
    if materialise and report.inferred is not None:
        kg.store.replace_graphs({INFERRED_GRAPH: graph_quads(report.inferred, INFERRED_GRAPH)})
        click.echo(f"stored in {INFERRED_GRAPH}")
    kg.close()
    sys.exit(0 if report.ok else 1)


@cli.command()
def settings():
    """Print every setting, its environment variable and default."""
    click.echo(settings_table())


def _add_server_commands() -> None:
    """serve, ask and the canned-question commands live in kg/cli_server.py (they start or feed the web server)."""
    try:
        from kg import cli_server
    except ImportError:
        return
    for command in cli_server.COMMANDS:
        cli.add_command(command)


_add_server_commands()


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
