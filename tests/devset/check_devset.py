#!/usr/bin/python3
"""Consistency checks for the kg development set (tests/devset).

usage: check_devset.py [DIR]      (DIR defaults to the directory of this script)

Checks that articles.jsonl and gold.jsonl agree with each other and with the
annotation rules in README.md: every surface, trigger and time text occurs
verbatim in its article; every event's source, target and attributed_to is one
of the article's actors; types come from graph/data/ontology.tsv; dates and
date_basis agree with the article's times and publication date; a canonical
actor has the same kind and country everywhere; every story id occurs in at
least two articles, at most once per article, within one type family and with
compatible dates. Prints the problems found and exits 1 if there are any.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ONTOLOGY = os.path.join(HERE, "..", "..", "graph", "data", "ontology.tsv")
MODALITIES = {"asserted", "future", "planned", "possible"}
KINDS = {"person", "organization", "country", "group"}


def interval(v):
    """The calendar span of a date value: day, ISO week, month or year."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        d = dt.date.fromisoformat(v)
        return d, d
    m = re.fullmatch(r"(\d{4})-W(\d{2})", v)
    if m:
        d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return d, d + dt.timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
    if re.fullmatch(r"\d{4}", v):
        return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
    raise ValueError(f"bad date value {v!r}")


def families():
    fam = {}
    with open(ONTOLOGY, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            fam[cols[1]] = cols[2]
    return fam


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    fam = families()
    problems = []
    p = problems.append
    arts = [json.loads(l) for l in open(os.path.join(d, "articles.jsonl"), encoding="utf-8") if l.strip()]
    gold = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8") if l.strip()]
    amap = {a["id"]: a for a in arts}
    if len(amap) != len(arts):
        p("duplicate article ids")
    if {g["id"] for g in gold} != set(amap):
        p("articles.jsonl and gold.jsonl have different ids")
    registry = {}
    stories = defaultdict(list)
    per_lang = defaultdict(int)
    for g in gold:
        a = amap.get(g["id"])
        if a is None:
            continue
        aid, text, pub = g["id"], a["text"], a["published"]
        if "lang" in a:
            p(f"{aid}: the envelope must not carry lang")
        per_lang[g["lang"]] += 1
        size = len(re.sub(r"\s", "", text)) if g["lang"] == "ja" else len(text.split())
        lo, hi = (300, 800) if g["lang"] == "ja" else (120, 350)
        if not lo <= size <= hi:
            p(f"{aid}: length {size} outside {lo}-{hi}")
        values = set()
        for t in g["times"]:
            if t["text"] not in text:
                p(f"{aid}: time text {t['text']!r} not in text")
            try:
                interval(t["value"])
                values.add(t["value"])
            except ValueError as e:
                p(f"{aid}: {e}")
        canon = set()
        for actor in g["actors"]:
            c = actor["canonical"]
            canon.add(c)
            if actor["kind"] not in KINDS:
                p(f"{aid}: {c}: bad kind {actor['kind']}")
            key = (actor["kind"], actor["country"])
            if registry.setdefault(c, key) != key:
                p(f"{aid}: {c} has kind/country {key}, elsewhere {registry[c]}")
            if not actor["surfaces"]:
                p(f"{aid}: {c} has no surfaces")
            for s in actor["surfaces"]:
                if s not in text:
                    p(f"{aid}: surface {s!r} of {c} not in text")
        seen = set()
        for e in g["events"]:
            what = f"{aid}: {e['type']} {e['trigger']!r}"
            if e["type"] not in fam:
                p(f"{what}: unknown type")
            for role in ("source", "target", "attributed_to"):
                if e[role] is not None and e[role] not in canon:
                    p(f"{what}: {role} {e[role]!r} is not an actor of the article")
            if e["trigger"] not in text:
                p(f"{what}: trigger not in text")
            if e["modality"] not in MODALITIES:
                p(f"{what}: bad modality {e['modality']}")
            if not isinstance(e["negated"], bool):
                p(f"{what}: negated must be a boolean")
            try:
                interval(e["date"])
            except ValueError as err:
                p(f"{what}: {err}")
            if e["date_basis"] == "publication":
                if e["date"] != pub:
                    p(f"{what}: date_basis publication but date {e['date']} != published {pub}")
            elif e["date_basis"] == "stated":
                if e["date"] not in values:
                    p(f"{what}: stated date {e['date']} is not the value of any time in the article")
            else:
                p(f"{what}: bad date_basis {e['date_basis']}")
            if e["story"]:
                if e["story"] in seen:
                    p(f"{aid}: story {e['story']} occurs twice")
                seen.add(e["story"])
                stories[e["story"]].append((aid, e["type"], e["date"]))
    for sid, ms in sorted(stories.items()):
        if len({m[0] for m in ms}) < 2:
            p(f"story {sid} occurs in one article only")
        if len({fam.get(m[1]) for m in ms}) > 1:
            p(f"story {sid} mixes type families: {[m[1] for m in ms]}")
        for i, (a1, _, d1) in enumerate(ms):
            for a2, _, d2 in ms[i + 1:]:
                (s1, e1), (s2, e2) = interval(d1), interval(d2)
                if not (s1 <= s2 and e2 <= e1 or s2 <= s1 and e1 <= e2):
                    p(f"story {sid}: {d1} ({a1}) and {d2} ({a2}) are not compatible")
    for x in problems:
        print(x)
    n_ev = sum(len(g["events"]) for g in gold)
    print(f"{len(arts)} articles {dict(sorted(per_lang.items()))}, {n_ev} events, "
          f"{sum(len(g['actors']) for g in gold)} actor entries, {len(stories)} story ids, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
