"""Check a story pack: manifest hashes match texts, every gold evidence string and junk line is exact."""
import hashlib, json, sys
from pathlib import Path

pack = sys.argv[1]
root = Path(__file__).resolve().parent.parent if len(sys.argv) < 3 else Path(sys.argv[2])
texts = {}
for line in (root / "texts" / f"{pack}.jsonl").read_text(encoding="utf-8").splitlines():
    r = json.loads(line); texts[r["id"]] = r["text"]
man = json.loads((root / pack / "manifest.json").read_text(encoding="utf-8"))
gold = json.loads((root / pack / "gold.json").read_text(encoding="utf-8"))
err = []
for a in man["articles"]:
    t = texts[a["id"]]
    if hashlib.sha256(t.encode("utf-8")).hexdigest() != a["sha256"]: err.append(f"sha {a['id']}")
    if len(t) != a["chars"]: err.append(f"chars {a['id']}")
ids = set(texts)
for aid, lines in gold["junk_lines"].items():
    tl = set(texts[aid].split("\n"))
    for l in lines:
        if l not in tl: err.append(f"junk {aid}: {l[:60]!r}")
alltext = "\n".join(texts.values())
for e in gold["entities"]:
    for f in e["forms"]:
        if f not in alltext: err.append(f"form absent: {e['name']} / {f!r}")
for p in gold["apart"]:
    for k in ("a", "b"):
        if p[k] not in alltext: err.append(f"apart form absent: {p[k]!r}")
seen = {}
for ev in gold["events"]:
    for a in ev["articles"]:
        if a in seen: err.append(f"article {a} in {seen[a]} and {ev['id']}")
        seen[a] = ev["id"]
if set(seen) != ids: err.append(f"articles not in an event: {sorted(ids - set(seen))}")
def ev_check(where, d):
    for aid, s in d.items():
        if aid not in texts: err.append(f"{where}: no article {aid}")
        elif s not in texts[aid]: err.append(f"{where}: {aid} {s[:70]!r}")
for c in gold["conflicts"]:
    for s in c["sides"]: ev_check("conflict " + c["what"][:40], s["evidence"])
for c in gold["corroborated"]: ev_check("corr " + c["fact"][:40], c["evidence"])
for c in gold["single_source"]: ev_check("single " + c["fact"][:40], {c["article"]: c["evidence"]})
print("\n".join(err) if err else "OK")
print(f"{len(texts)} articles, {len({a['outlet'] for a in man['articles']})} outlets, {len(gold['events'])} events, "
      f"{len(gold['entities'])} entities, {len(gold['apart'])} apart, {len(gold['conflicts'])} conflicts, "
      f"{len(gold['corroborated'])} corroborated, {len(gold['single_source'])} single-source, "
      f"{sum(len(v) for v in gold['junk_lines'].values())} junk lines, {len(gold['not_conflicts'])} not-conflicts")
sys.exit(1 if err else 0)
