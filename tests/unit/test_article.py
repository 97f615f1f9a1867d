from datetime import datetime

import pytest

from kg.article import parse_article, read_article
from kg.errors import BadArticle

from .conftest import SEED


def test_reads_the_header_of_the_seed():
    a = read_article(SEED)
    assert (a.outlet, a.news_id, a.published) == ("kayhan.ir", "135931", datetime(2025, 1, 17, 22, 5))
    assert a.title == "Iran, Russia Sign Strategic Partnership Treaty"
    assert a.body.lstrip().startswith("MOSCOW (Dispatches)")


def test_other_date_layouts_are_read():
    a = parse_article("tass.com\nNews ID: 77\nPublish Date : June 20, 2024 - 09:15\nTitle\nBody text.\n")
    assert a.published == datetime(2024, 6, 20, 9, 15)


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b"\xff\xfe\xfa not utf8", "UTF-8"),
    (b"kayhan.ir\nJust a body without header lines.\n", "no article header"),
    (b"kayhan.ir\nNews ID: 1\nPublish Date : yesterday\nTitle\nBody\n", "cannot read the publish date"),
    (b"kayhan.ir\nNews ID: 1\nPublish Date : 17 January 2025 - 22:05\nTitle only\n", "no body"),
])
def test_bad_files_are_refused_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BadArticle) as caught:
        read_article(path)
    assert reason in caught.value.message
    assert str(path) in caught.value.message


def test_missing_file(tmp_path):
    with pytest.raises(BadArticle, match="no such file"):
        read_article(tmp_path / "nope.txt")
