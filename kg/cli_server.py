"""Commands that serve or question the graph: ``kg serve``, ``kg ask``, ``kg question``.

kg/cli.py adds every command in ``COMMANDS``.  Like Datasette's ``serve``,
each command only turns flags into settings, builds one ``DiploKG`` and hands
it on; ``serve --get PATH`` sends one request through Flask's test client and
prints the response (for docs and smoke tests).
"""
from __future__ import annotations

import json
import logging
import sys
from datetime import date

import click

from kg.errors import KGError


from kg.cli import build as _build, reports_errors as _reports_errors, store_options as _store_option  # noqa: E402


@click.command()
@click.option("--host", help="Address to listen on [KG_HOST].")
@click.option("--port", type=int, help="Port to listen on [KG_PORT].")
@click.option("--get", "get_path", metavar="PATH", help="Send one GET request to PATH, print the response and exit.")
@_store_option
@_reports_errors
def serve(host, port, get_path, store, store_path):
    """Serve SPARQL, the question API and the web page (waitress, a production WSGI server)."""
    from server import create_app
    kg = _build(host=host, port=port, store=store, store_path=store_path)
    app = create_app(kg)
    if get_path:
        response = app.test_client().get(get_path)
        click.echo(response.get_data(as_text=True), nl=False)
        sys.exit(0 if response.status_code < 400 else 1)
    import waitress
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    click.echo(f"DiploKG serving on http://{kg.config.host}:{kg.config.port}/ (SPARQL at /sparql)", err=True)
    try:
        waitress.serve(app, host=kg.config.host, port=kg.config.port, threads=kg.config.threads, ident="diplokg")
    except (OSError, ValueError) as exc:
        raise KGError(f"cannot serve on {kg.config.host}:{kg.config.port}: {exc}") from None


@click.command(name="ask")
@click.argument("question")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="The day 'last week' counts from (default: today).")
@click.option("--context", help="The IRI that 'it' refers to.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
@_store_option
@_reports_errors
def ask_command(question, today, context, as_json, store, store_path):
    """Answer an English question, e.g. kg ask "whom did Putin meet"."""
    from kg.ask import ask
    reply = ask(_build(store=store, store_path=store_path), question, today=today.date() if today else None, context=context)
    _print_reply(reply, as_json)


@click.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="A parameter, e.g. person=Pezeshkian.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
@_store_option
@_reports_errors
def question(name, params, as_json, store, store_path):
    """Run a canned question (kg/queries/NAME.rq); without a valid NAME, list them."""
    from kg.ask import run_question
    kg = _build(store=store, store_path=store_path)
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise KGError(f"--param takes K=V, not {item!r}")
        values[key.strip()] = value
    _print_reply(run_question(kg, name, values, on=date.today()), as_json)


def _print_reply(reply, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(reply.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(reply.interpretation)
    for item in reply.can_answer:
        click.echo(f"  - {item['title']}" + (f" ({item['params']})" if item["params"] else "") + f": {item['description']}")
    for answer in reply.answers:
        facts = "; ".join(f"{k}: {', '.join(v)}" for k, v in answer.facts.items() if v)
        click.echo(f"* {answer.label}  <{answer.iri}>" + (f"  [{facts}]" if facts else ""))
        for ev in answer.evidence[:3]:
            click.echo(f"    \"{ev.sentence}\"  ({ev.article} chars {ev.offsets[0]}-{ev.offsets[1]})")
        if len(answer.evidence) > 3:
            click.echo(f"    ... and {len(answer.evidence) - 3} more sentences")
    if reply.understood and not reply.answers:
        click.echo("(no answers)")


COMMANDS = [serve, ask_command, question]
