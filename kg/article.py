"""Step 1, article: read a news article file into an ``Article`` record.

The layout (see data/articles/): an outlet line, ``News ID: N``,
``Publish Date : 17 January 2025 - 22:05``, a title line, then the body, one
paragraph a line.  Blank lines may appear anywhere and a paragraph may be broken
by stray line breaks; ``kg.parse`` deals with those.  Anything that does not
look like this raises ``BadArticle`` with the reason, so that nothing of a bad
file reaches the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kg.errors import BadArticle

_NEWS_ID = re.compile(r"^\s*News\s*ID\s*:\s*(?P<id>\S+)\s*$", re.I)
_PUBLISHED = re.compile(r"^\s*Publish(?:ed)?\s*Date\s*:\s*(?P<date>.+?)\s*$", re.I)
_DATE_FORMATS = (
    "%d %B %Y - %H:%M", "%d %B %Y %H:%M", "%d %B %Y", "%B %d, %Y - %H:%M", "%B %d, %Y %H:%M", "%B %d, %Y",
    "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d - %H:%M", "%Y-%m-%d", "%d %b %Y - %H:%M", "%d %b %Y",
)
#: Files larger than this are not news articles (and would make the NLP pipeline crawl).
MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class Article:
    """One news article: its header fields and its text.

    ``text`` is the whole file (line ends normalised to ``\\n``); ``body_start``
    is where the body begins in it, and every character offset DiploKG records
    counts in ``text``.
    """

    path: str
    outlet: str
    news_id: str
    published: datetime
    title: str
    text: str
    body_start: int

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def key(self) -> str:
        """What identifies the article: its outlet and its id there."""
        return f"{self.outlet}/{self.news_id}"


def parse_date(value: str) -> datetime:
    value = re.sub(r"\s+", " ", value.strip())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValueError(value)


def read_article(path: str | Path) -> Article:
    """Read and check one article file; raise ``BadArticle`` saying what is wrong."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise BadArticle(name, "no such file")
    if not path.is_file():
        raise BadArticle(name, "not a file")
    raw = path.read_bytes()
    if not raw.strip():
        raise BadArticle(name, "the file is empty")
    if len(raw) > MAX_BYTES:
        raise BadArticle(name, f"the file is {len(raw):,} bytes; an article is at most {MAX_BYTES:,}")
    if b"\x00" in raw:
        raise BadArticle(name, "a binary file, not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadArticle(name, f"not UTF-8 text (byte {exc.start})") from None
    return parse_article(text.replace("\r\n", "\n").replace("\r", "\n"), name)


def parse_article(text: str, name: str = "<text>") -> Article:
    """Split the header from the body; the header must give outlet, id, date and title."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    outlet = lines[filled[0]].strip() if filled else ""
    news_id = published = title = None
    title_line = None
    for i in filled[1:]:
        line = lines[i]
        if news_id is None and (m := _NEWS_ID.match(line)):
            news_id = m["id"]
        elif published is None and (m := _PUBLISHED.match(line)):
            try:
                published = parse_date(m["date"])
            except ValueError:
                raise BadArticle(name, f"cannot read the publish date {m['date']!r} (expected e.g. '17 January 2025 - 22:05')") from None
        elif news_id is not None and published is not None:
            title, title_line = line.strip(), i
            break
        else:
            break
    missing = [label for label, value in (("'News ID:' line", news_id), ("'Publish Date :' line", published)) if value is None]
    if missing:
        raise BadArticle(name, f"no article header: the {' and the '.join(missing)} must follow the outlet line")
    if title is None:
        raise BadArticle(name, "the header has no title line after the publish date")
    body_start = offsets[title_line] + len(lines[title_line]) + 1
    if not text[body_start:].strip():
        raise BadArticle(name, "the article has a header but no body")
    return Article(path=name, outlet=outlet, news_id=news_id, published=published, title=title,
                   text=text, body_start=min(body_start, len(text)))


def find_articles(paths: list[str | Path]) -> list[Path]:
    """Expand folders to the ``*.txt`` files in them (sorted); keep files (and missing paths) as given."""
    found: list[Path] = []
    for p in map(Path, paths):
        found.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    return found
