# PyYAML over the same corpus, the same way as bench_parse: files read first, then the
# best of PASSES timed passes (after one untimed) of decode, front matter (the Hub's
# rule), yaml.load with LOADER (SafeLoader: pure Python, what yaml.safe_load uses;
# CSafeLoader: libyaml).   python3 bench-peers.py CORPUS_DIR SafeLoader|CSafeLoader [PASSES]
import json
import os
import re
import sys
import time

import yaml

corpus, loader_name = sys.argv[1], sys.argv[2]
passes = max(1, int(sys.argv[3])) if len(sys.argv) > 3 else 3
loader = getattr(yaml, loader_name, None)
if loader is None:
    sys.exit("no %s in this PyYAML" % loader_name)
files = []
for sub in ("cards", "bad"):
    d = os.path.join(corpus, sub)
    for name in sorted(n for n in os.listdir(d) if n.endswith(".md")):
        with open(os.path.join(d, name), "rb") as f:
            files.append(f.read())
size = sum(len(b) for b in files)
block = re.compile(r"^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|\Z))")
empty = re.compile(r"^---(?:\r\n|\r|\n)---")
errors = 0


def one_pass():
    global errors
    errors = 0
    for b in files:
        try:
            text = b.decode("utf-8")
        except UnicodeDecodeError:
            errors += 1
            continue
        if text.startswith("\ufeff"):
            text = text[1:]
        if empty.match(text):
            continue
        m = block.match(text)
        if not m:
            continue
        try:
            yaml.load(m.group(2), Loader=loader)
        except yaml.YAMLError:
            errors += 1


one_pass()
best = float("inf")
for _ in range(passes):
    t = time.perf_counter()
    one_pass()
    best = min(best, time.perf_counter() - t)
print("BENCH " + json.dumps({
    "bench": "parse (PyYAML %s %s, Python %s)" % (yaml.__version__, loader_name,
                                                 sys.version.split()[0]),
    "size": "%d cards, %.1f MB" % (len(files), size / 1048576),
    "seconds": best, "mbps": size / 1e6 / best, "cardsps": len(files) / best,
    "errors": errors, "peer": loader_name,
}), flush=True)
