"""Score extraction against gold files (tests/corpus/*.gold.yaml) with the matching rules of GOLD-FORMAT.md.

People match by name or any alias (a surname alone matches); dates at the
gold's precision (a prediction inside the gold's span matches, a less precise
one does not; a null gold date accepts any); events by type (meeting = talks),
status, a shared participant and the date; agreements by overlapping parties,
kind (treaty = agreement) and date, and then their signatories, parties and
sectors are scored as sets over the matched pairs; sectors after mapping both
sides through the SKOS sector scheme; quotes by 60% word overlap and the
right speaker (direct quotes only: reported speech marked ``indirect: true`` in
the gold is not extracted as quotes; it becomes Statement events).  Every kind reports precision, recall and F1; "micro" sums the
counts of all kinds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.dates import Span
from kg.errors import KGError
from kg.extract.sectors import SectorMatcher
from kg.reference import Reference, slug

KINDS = ("people", "events", "agreements", "signatories", "parties", "sectors", "dates", "places", "quotes")
TYPE_ALIASES = {"talks": "meeting"}
KIND_ALIASES = {"treaty": "agreement"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    per_article: dict[str, dict[str, Score]] = field(default_factory=dict)

    def totals(self) -> dict[str, Score]:
        totals = {k: Score() for k in KINDS}
        for scores in self.per_article.values():
            for k, s in scores.items():
                totals[k].add(s)
        micro = Score()
        for s in totals.values():
            micro.add(s)
        totals["micro"] = micro
        return totals


class Names:
    """Decides whether two names denote the same thing: reference aliases, then surnames."""

    def __init__(self, ref: Reference):
        self.keys: dict[str, str] = {}
        for table in (ref.countries, ref.organisations, ref.places, ref.people):
            for item in table.values():
                for name in (item.name, *item.aliases, *getattr(item, "demonyms", ())):
                    self.keys.setdefault(self.norm(name), item.id)

    @staticmethod
    def norm(name: str) -> str:
        name = re.sub(r"\s*\([^)]*\)", "", str(name))
        return " ".join(re.sub(r"[^\w\s-]", " ", name.lower()).split())

    def key(self, name: str) -> str:
        return self.keys.get(self.norm(name), slug(self.norm(name)))   # "Ministry of External Affairs (India)"

    @staticmethod
    def variants(name: str) -> list[str]:
        """A gold name with its qualifier in brackets also reads as the words it stands for: "Senate (Chile)" is
        "Senate of Chile", and "Amazon Cooperation Treaty Organization (ACTO)" is also "ACTO"."""
        m = re.fullmatch(r"\s*(.+?)\s*\(([^)]+)\)\s*", str(name))
        if m is None:
            return [name]
        head, inner = m.groups()
        return [name, f"{head} of {inner}", f"{inner}'s {head}"] + ([inner] if inner.isupper() else [])

    def same(self, a: str, b: str, aliases_a: list[str] = (), aliases_b: list[str] = ()) -> bool:
        left = {self.key(v) for x in (a, *aliases_a) if x for v in self.variants(x)}
        right = {self.key(v) for x in (b, *aliases_b) if x for v in self.variants(x)}
        if left & right:
            return True
        last = lambda x: self.norm(x).split()[-1] if self.norm(x) else ""
        return any(last(x) == last(y) and (len(self.norm(x).split()) == 1 or len(self.norm(y).split()) == 1)
                   for x in (a, *aliases_a) if x for y in (b, *aliases_b) if y)


def _date_ok(pred: str | None, gold: str | None) -> bool:
    if gold in (None, "", "null"):
        return True
    if not pred:
        return False
    try:
        return Span.parse(str(pred)).within(Span.parse(str(gold)))
    except ValueError:
        return False


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _affinity(gold, pred) -> float:
    """How alike two matching items are: the same evidence sentence, then shared words of every field."""
    if not isinstance(gold, dict):
        return 0.0
    same_sentence = float(bool(gold.get("evidence")) and gold.get("evidence") == pred.get("evidence"))
    return same_sentence + len(_words(str(sorted(gold.items()))) & _words(str(sorted(pred.items())))) / 1000


def _match(golds: list, preds: list, same) -> tuple[list[tuple], list, list]:
    """A maximum one-to-one matching: the closest pairs first, then augmenting paths, so a loosely specified
    gold item ("documents were signed", no participants) cannot take the prediction a stricter one needed;
    returns pairs, unmatched golds, unmatched predictions."""
    edges = [sorted((j for j, p in enumerate(preds) if same(g, p)), key=lambda j, g=g: -_affinity(g, preds[j])) for g in golds]
    owner: dict[int, int] = {}   # prediction -> gold
    for _, i, j in sorted(((-_affinity(golds[i], preds[j]), i, j) for i in range(len(golds)) for j in edges[i])):
        if j not in owner and i not in owner.values():
            owner[j] = i   # the closest pairs first, so the fields scored on the pairs compare like with like

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(golds)):
        if i not in owner.values():
            augment(i, set())
    matched = {i: j for j, i in owner.items()}
    pairs = [(golds[i], preds[matched[i]]) for i in range(len(golds)) if i in matched]
    missed = [g for i, g in enumerate(golds) if i not in matched]
    return pairs, missed, [p for j, p in enumerate(preds) if j not in owner]


class Evaluator:
    def __init__(self, ref: Reference, sectors: SectorMatcher):
        self.names, self.sectors = Names(ref), sectors

    def _set_score(self, gold: list[str], pred: list[str], same) -> Score:
        pairs, missed, extra = _match(list(gold), list(pred), same)
        return Score(len(pairs), len(extra), len(missed))

    def score(self, gold: dict, pred: dict) -> dict[str, Score]:
        n = self.names
        person = lambda g, p: n.same(g["name"], p["name"], g.get("aliases") or [], p.get("aliases") or [])
        scores = {"people": self._set_score(gold.get("people") or [], pred.get("people") or [], person)}
        scores["places"] = self._set_score(gold.get("places") or [], pred.get("places") or [], n.same)

        # a person the gold names elsewhere (a participant, a signatory, a speaker) matches by any alias its people entry gives
        aliases = {n.norm(p["name"]): list(p.get("aliases") or []) for p in gold.get("people") or [] if p.get("name")}
        named = lambda g, p: n.same(g, p, aliases.get(n.norm(g), []))
        shared = lambda a, b: any(named(x, y) for x in a or [] for y in b or [])
        # An event whose gold names no participant ("13 documents were signed") matches on type, status and date.
        shared_or_none = lambda a, b: not a or shared(a, b)
        ev_type = lambda e: TYPE_ALIASES.get(e.get("type"), e.get("type"))
        same_event = lambda g, p: (ev_type(g) == ev_type(p) and (g.get("status") or "happened") == (p.get("status") or "happened")
                                   and shared_or_none(g.get("participants"), p.get("participants")) and _date_ok(p.get("date"), g.get("date")))
        pairs, missed, extra = _match(gold.get("events") or [], pred.get("events") or [], same_event)
        scores["events"] = Score(len(pairs), len(extra), len(missed))
        dates = Score(len(pairs), len([p for p in extra if p.get("date")]), len([g for g in missed if g.get("date")]))

        ag_kind = lambda a: KIND_ALIASES.get(a.get("kind"), a.get("kind"))
        same_agreement = lambda g, p: (ag_kind(g) == ag_kind(p) and shared(g.get("parties"), p.get("parties"))
                                       and _date_ok(p.get("date"), g.get("date")))
        pairs, missed, extra = _match(gold.get("agreements") or [], pred.get("agreements") or [], same_agreement)
        scores["agreements"] = Score(len(pairs), len(extra), len(missed))
        # a document as the speaker ("..., the joint statement said") is right when it is the matched agreement
        documents = {p.get("name"): {n.norm(x) for x in (g.get("name") or "", *(g.get("aliases") or []))} for g, p in pairs}
        dates.add(Score(len(pairs), len([p for p in extra if p.get("date")]), len([g for g in missed if g.get("date")])))
        scores["dates"] = dates
        sector = lambda a, b: self.sectors.normalise(a) == self.sectors.normalise(b)
        for kind, fieldname, same in (("signatories", "signatories", named), ("parties", "parties", named), ("sectors", "sectors", sector)):
            total = Score()
            for g, p in pairs:
                gold_items = self._dedupe(g.get(fieldname) or [], kind)
                total.add(self._set_score(gold_items, self._dedupe(p.get(fieldname) or [], kind), same))
            for p in extra:
                total.fp += len(self._dedupe(p.get(fieldname) or [], kind))
            for g in missed:
                total.fn += len(self._dedupe(g.get(fieldname) or [], kind))
            scores[kind] = total

        def same_quote(g, p) -> bool:
            gw, pw = _words(g.get("text", "")), _words(p.get("text", ""))
            overlap = len(gw & pw)
            speaker = named(g.get("speaker") or "", p.get("speaker") or "") \
                or n.norm(g.get("speaker") or "") in documents.get(p.get("document") or "", ())
            return bool(gw and pw) and overlap / len(gw) >= 0.6 and overlap / len(pw) >= 0.6 and speaker
        direct = [q for q in gold.get("quotes") or [] if not q.get("indirect")]
        pairs, missed, extra = _match(direct, pred.get("quotes") or [], same_quote)
        scores["quotes"] = Score(len(pairs), len(extra), len(missed))
        return scores

    def _dedupe(self, items: list[str], kind: str) -> list[str]:
        """Sectors collapse to concepts ("military" and "defense" are one sector)."""
        if kind != "sectors":
            return list(items)
        return list(dict.fromkeys(self.sectors.normalise(x) for x in items))


def read_gold(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KGError(f"{path}: cannot read the gold file ({exc})") from None
    if not isinstance(data, dict) or "article" not in data:
        raise KGError(f"{path}: not a gold file (no 'article:' section)")
    if not isinstance(data["article"], dict):
        raise KGError(f"{path}: 'article:' must be a mapping with file, outlet, published, title")
    for section in ("people", "events", "agreements", "quotes"):
        items = data.get(section) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise KGError(f"{path}: '{section}:' must be a list of mappings (see tests/corpus/GOLD-FORMAT.md)")
        for item in items:
            _check_date(path, section, item.get("date"))
            if section == "agreements" and not item.get("name"):
                raise KGError(f"{path}: agreements: every agreement needs a name")
    return data


def _check_date(path: Path, section: str, value) -> None:
    """A gold date is YYYY, YYYY-MM, YYYY-MM-DD, a FROM/TO range of those, or null."""
    if value in (None, "", "null"):
        return
    try:
        Span.parse(str(value))
    except ValueError:
        raise KGError(f"{path}: {section}: {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO)") from None


def gold_pairs(articles: Path, gold: Path) -> list[tuple[Path, Path]]:
    """(article, gold) pairs: each gold file names its article file; articles are looked up in ``articles``."""
    golds = sorted(gold.glob("*.gold.yaml")) if gold.is_dir() else [gold]
    if not golds:
        raise KGError(f"no *.gold.yaml files in {gold}")
    pairs = []
    for g in golds:
        name = read_gold(g)["article"].get("file")
        candidates = [articles / name, g.parent / name] if articles.is_dir() else [articles]
        article = next((c for c in candidates if c.is_file()), None)
        if article is None:
            raise KGError(f"{g}: its article {name} is not in {articles}")
        pairs.append((article, g))
    return pairs


def format_report(report: Report, per_article: bool = False) -> str:
    lines = []
    if per_article:
        for name, scores in report.per_article.items():
            lines.append(f"{name}: " + ", ".join(f"{k} {s.f1:.2f}" for k, s in scores.items()))
        lines.append("")
    lines.append(f"{'kind':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for kind, s in report.totals().items():
        lines.append(f"{kind:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    return "\n".join(lines)
