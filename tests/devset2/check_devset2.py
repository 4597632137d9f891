#!/usr/bin/python3
"""Consistency checks for the second kg development set (tests/devset2).

usage: check_devset2.py [DIR]     (DIR defaults to the directory of this script)

Adapted from tests/devset/check_devset.py. This set follows the annotation
conventions of tests/heldout/README.md (not those of tests/devset), so the
checks differ where the conventions differ. It checks that:

* the envelopes have exactly id, title, published, url, source and text (no
  lang), ids are dev2-<lang>-NN, urls are on example.org, and the gold records
  have exactly the held-out gold format (id, lang, actors, events, times, with
  the held-out keys of actors and events);
* articles have the agreed size (ar/en/pl 150-250 words, ja 400-550
  characters without whitespace);
* every surface, trigger and time text occurs verbatim in its article, and time
  texts carry no leading preposition (en, pl, ar) or trailing particle (ja);
* every event's source, target and attributed_to is one of the article's
  actors; types come from graph/data/ontology.tsv minus CONCEDE and MOBILIZE
  (which the held-out conventions do not use); modalities are valid;
* date values are a day, ISO week, month or year; `publication` dates equal the
  publication date and `stated` dates are the value of one of the article's
  times; time texts naming a weekday (or a Japanese day of the month) resolve
  to that weekday (day) close to the publication date;
* a canonical actor has the same kind and country everywhere in this set and in
  tests/devset;
* every story id has the form S<n>.<name>, occurs in at least two articles, at
  most once per article, within one type family and with compatible dates.

Prints the problems found and a summary, exits 1 if there are any problems.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
ONTOLOGY = os.path.join(ROOT, "graph", "data", "ontology.tsv")
DEVSET_GOLD = os.path.join(ROOT, "tests", "devset", "gold.jsonl")
MODALITIES = {"asserted", "future", "planned", "possible"}
KINDS = {"person", "organization", "country", "group"}
UNUSED_TYPES = {"CONCEDE", "MOBILIZE"}
ENVELOPE_KEYS = ["id", "title", "published", "url", "source", "text"]
GOLD_KEYS = {"id", "lang", "actors", "events", "times"}
ACTOR_KEYS = {"canonical", "kind", "country", "surfaces"}
EVENT_KEYS = {"type", "source", "target", "date", "date_basis", "trigger", "negated",
              "attributed_to", "modality", "story"}
SIZE = {"ar": (150, 250), "en": (150, 250), "pl": (150, 250), "ja": (400, 550)}

# Leading prepositions (en, pl, ar) and trailing particles (ja) that a time text must not carry.
LEADING = {
    "en": r"(on|in|at|by|since|during|from|until|before|after)\s",
    "pl": r"(w|we|od|do|na|z|ze|po|przed)\s",
    "ar": r"(في|منذ|حتى|خلال)\s|(قبل|بعد)\s(?!ظهر)",  # بعد ظهر = afternoon
}
TRAILING_JA = ("に", "には", "から", "まで", "は", "の", "で")

WEEKDAYS = {
    "en": [r"\bmonday", r"\btuesday", r"\bwednesday", r"\bthursday", r"\bfriday", r"\bsaturday", r"\bsunday"],
    "pl": [r"poniedzia[łl]", r"wtor", r"środ", r"czwart", r"piąt", r"sobot", r"niedziel"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}
FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


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


def check_time(p, aid, lang, t, pub):
    text, value = t["text"], t["value"]
    if lang in LEADING and re.match(LEADING[lang], text, re.IGNORECASE):
        p(f"{aid}: time text {text!r} starts with a preposition")
    if lang == "ja" and text.endswith(TRAILING_JA) and not text.endswith("日"):
        p(f"{aid}: time text {text!r} ends with a particle")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return
    day = dt.date.fromisoformat(value)
    if lang in WEEKDAYS:
        for wd, pat in enumerate(WEEKDAYS[lang]):
            if re.search(pat, text, re.IGNORECASE):
                if day.weekday() != wd:
                    p(f"{aid}: time {text!r} = {value} is not a {['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][wd]}")
                if abs((day - pub).days) > 6:
                    p(f"{aid}: weekday time {text!r} = {value} is more than six days from publication")
    if lang == "ja":
        m = re.search(r"(\d+)日", text.translate(FULLWIDTH))
        if m and "月" not in text and day.day != int(m[1]):
            p(f"{aid}: time {text!r} = {value} has the wrong day of the month")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    fam = families()
    problems = []
    p = problems.append
    arts = []
    for n, line in enumerate(open(os.path.join(d, "articles.jsonl"), encoding="utf-8"), 1):
        if line.strip():
            a = json.loads(line)
            if list(a) != ENVELOPE_KEYS:
                p(f"articles.jsonl:{n}: envelope keys {list(a)} != {ENVELOPE_KEYS}")
            arts.append(a)
    gold = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8") if l.strip()]
    amap = {a["id"]: a for a in arts}
    if len(amap) != len(arts):
        p("duplicate article ids")
    if [g["id"] for g in gold] != [a["id"] for a in arts]:
        p("articles.jsonl and gold.jsonl do not list the same ids in the same order")

    # Canonical actors of the first development set: kind and country must agree.
    registry, reg_src = {}, {}
    if os.path.exists(DEVSET_GOLD):
        for line in open(DEVSET_GOLD, encoding="utf-8"):
            if line.strip():
                for actor in json.loads(line)["actors"]:
                    registry.setdefault(actor["canonical"], (actor["kind"], actor["country"]))
                    reg_src.setdefault(actor["canonical"], "tests/devset")

    stories = defaultdict(list)
    per_lang = Counter()
    types = Counter()
    n_neg = n_not_asserted = n_attr = n_stated = 0
    for g in gold:
        a = amap.get(g["id"])
        if a is None:
            continue
        aid, text, pub_s = g["id"], a["text"], a["published"]
        lang = g["lang"]
        if set(g) != GOLD_KEYS:
            p(f"{aid}: gold keys {sorted(g)} != {sorted(GOLD_KEYS)}")
        m = re.fullmatch(r"dev2-(ar|en|ja|pl)-(\d{2})", aid)
        if not m or m[1] != lang:
            p(f"{aid}: id does not have the form dev2-<lang>-NN with lang {lang}")
        if not re.fullmatch(r"https://example\.org/\S+", a.get("url") or ""):
            p(f"{aid}: url must be on example.org")
        if not a.get("title") or not a.get("source"):
            p(f"{aid}: title and source must be set")
        try:
            pub = dt.date.fromisoformat(pub_s)
        except (TypeError, ValueError):
            p(f"{aid}: published {pub_s!r} is not a YYYY-MM-DD date")
            continue
        per_lang[lang] += 1
        size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
        lo, hi = SIZE.get(lang, (0, 0))
        if not lo <= size <= hi:
            p(f"{aid}: length {size} outside {lo}-{hi}")

        values = set()
        pairs = set()
        for t in g["times"]:
            if set(t) != {"text", "value"}:
                p(f"{aid}: time keys {sorted(t)}")
            if (t["text"], t["value"]) in pairs:
                p(f"{aid}: duplicate time {t}")
            pairs.add((t["text"], t["value"]))
            if t["text"] not in text:
                p(f"{aid}: time text {t['text']!r} not in text")
            try:
                interval(t["value"])
                values.add(t["value"])
            except ValueError as e:
                p(f"{aid}: {e}")
                continue
            check_time(p, aid, lang, t, pub)

        canon = set()
        for actor in g["actors"]:
            c = actor["canonical"]
            if set(actor) != ACTOR_KEYS:
                p(f"{aid}: {c}: actor keys {sorted(actor)}")
            if c in canon:
                p(f"{aid}: actor {c} listed twice")
            canon.add(c)
            if actor["kind"] not in KINDS:
                p(f"{aid}: {c}: bad kind {actor['kind']}")
            if actor["country"] is not None and not re.fullmatch(r"[A-Z]{2}", actor["country"]):
                p(f"{aid}: {c}: bad country {actor['country']!r}")
            key = (actor["kind"], actor["country"])
            if registry.setdefault(c, key) != key:
                p(f"{aid}: {c} has kind/country {key}, {reg_src.get(c, 'elsewhere')} has {registry[c]}")
            reg_src.setdefault(c, aid)
            if not actor["surfaces"]:
                p(f"{aid}: {c} has no surfaces")
            if len(set(actor["surfaces"])) != len(actor["surfaces"]):
                p(f"{aid}: {c} lists a surface twice")
            for s in actor["surfaces"]:
                if s not in text:
                    p(f"{aid}: surface {s!r} of {c} not in text")

        seen = set()
        for e in g["events"]:
            what = f"{aid}: {e.get('type')} {e.get('trigger')!r}"
            if set(e) != EVENT_KEYS:
                p(f"{what}: event keys {sorted(e)}")
                continue
            types[e["type"]] += 1
            if e["type"] not in fam:
                p(f"{what}: unknown type")
            if e["type"] in UNUSED_TYPES:
                p(f"{what}: {e['type']} is not used under the held-out conventions")
            for role in ("source", "target", "attributed_to"):
                if e[role] is not None and e[role] not in canon:
                    p(f"{what}: {role} {e[role]!r} is not an actor of the article")
            if e["source"] is not None and e["source"] == e["target"]:
                p(f"{what}: source and target are the same actor")
            if e["trigger"] not in text:
                p(f"{what}: trigger not in text")
            if e["modality"] not in MODALITIES:
                p(f"{what}: bad modality {e['modality']}")
            if not isinstance(e["negated"], bool):
                p(f"{what}: negated must be a boolean")
            n_neg += e["negated"] is True
            n_not_asserted += e["modality"] != "asserted"
            n_attr += e["attributed_to"] is not None
            try:
                interval(e["date"])
            except ValueError as err:
                p(f"{what}: {err}")
            if e["date_basis"] == "publication":
                if e["date"] != pub_s:
                    p(f"{what}: date_basis publication but date {e['date']} != published {pub_s}")
            elif e["date_basis"] == "stated":
                n_stated += 1
                if e["date"] not in values:
                    p(f"{what}: stated date {e['date']} is not the value of any time in the article")
            else:
                p(f"{what}: bad date_basis {e['date_basis']}")
            if e["story"] is not None:
                if not re.fullmatch(r"S\d+\.[a-z0-9-]+", e["story"]):
                    p(f"{what}: story id {e['story']!r} does not have the form S<n>.<name>")
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
    n_ev = sum(types.values())
    prefixes = sorted({s.split(".")[0] for s in stories}, key=lambda s: int(s[1:]))
    print(f"{len(arts)} articles {dict(sorted(per_lang.items()))}, {n_ev} events "
          f"({n_neg} negated, {n_not_asserted} not asserted, {n_attr} attributed, {n_stated} stated dates), "
          f"{sum(len(g['actors']) for g in gold)} actor entries, {len(stories)} story ids in "
          f"{len(prefixes)} stories {prefixes}, {len(problems)} problems")
    print("types: " + ", ".join(f"{n} {t}" for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0]))))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
