"""Regenerate the README blocks that show real output (as Datasette's docs do with cog):

- example-output: `kg query @examples/agreements-signed.rq` on data/articles, loaded into a temporary store;
- settings-table: `kg settings`;
- eval-table: `kg eval data/articles tests/corpus` and the held-out set.

Run after changing extraction or settings:  python scripts/update_readme.py
tests/unit/test_readme.py fails when the README is out of date.
"""
from __future__ import annotations

import re
import sys
import tempfile

from kg.config import PROJECT_ROOT, load_config, settings_table
from kg.diplokg import DiploKG
from kg.export import format_result

README = PROJECT_ROOT / "README.md"
EXAMPLE = PROJECT_ROOT / "examples" / "agreements-signed.rq"


def example_output(kg: DiploKG) -> str:
    return format_result(kg.query(EXAMPLE.read_text(encoding="utf-8")), "table").decode("utf-8").strip()


def corpus_kg(folder: str) -> DiploKG:
    kg = DiploKG(load_config({"store_path": folder}, environ={}))
    report = kg.load([kg.config.articles])
    if report.failed:
        raise SystemExit(f"articles failed to load: {report.failed}")
    return kg


def replace_block(text: str, name: str, body: str, fence: bool) -> str:
    inner = f"```\n{body}\n```\n" if fence else f"{body}\n"
    pattern = re.compile(rf"(<!-- {name}[^>]*-->\n).*?(<!-- /{name} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no {name} block")
    return pattern.sub(lambda m: m.group(1) + inner + m.group(2), text)


def eval_table() -> str:
    from kg.evaluate import Evaluator, Report, format_report, gold_pairs, read_gold
    from kg.extract.gold import as_gold
    kg = DiploKG(load_config({"store": "memory"}, environ={}))
    evaluator = Evaluator(kg.reference, kg.extractor.sectors)
    parts = []
    corpus, heldout = PROJECT_ROOT / "tests" / "corpus", PROJECT_ROOT / "tests" / "corpus" / "heldout"
    count = lambda articles, gold: len(gold_pairs(articles, gold))
    for title, articles, gold in ((f"development corpus ({count(PROJECT_ROOT / 'data' / 'articles', corpus) - 1} articles + the seed)", PROJECT_ROOT / "data" / "articles", corpus),
                                  ("seed article alone", PROJECT_ROOT / "data" / "articles", corpus / "kayhan-2025-01-17-iran-russia-treaty.gold.yaml"),
                                  (f"held-out articles ({count(heldout, heldout)}, written by a helper who never saw the extractor; only their totals are read)", heldout, heldout)):
        report = Report()
        for article, gold_path in gold_pairs(articles, gold):
            report.per_article[article.name] = evaluator.score(read_gold(gold_path), as_gold(kg.extract(article)))
        parts.append(f"**{title}** (`kg eval {articles.relative_to(PROJECT_ROOT)} {gold.relative_to(PROJECT_ROOT)}`):\n\n```\n{format_report(report)}\n```")
    return "\n\n".join(parts)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        kg = corpus_kg(folder)
        text = replace_block(text, "example-output", example_output(kg), fence=True)
        kg.close()
    text = replace_block(text, "settings-table", settings_table().strip(), fence=False)
    if "--no-eval" not in sys.argv:
        text = replace_block(text, "eval-table", eval_table(), fence=False)
    README.write_text(text, encoding="utf-8")
    print("README.md updated", file=sys.stderr)


if __name__ == "__main__":
    main()
