#!/usr/bin/env python3
"""Generate Docket's synthetic accuracy corpus into Corpus/.

Every document X.pdf / X.xml gets X.truth.json (the expected v1 record minus source.path/sha256, plus
expectedFindings). Output is deterministic: run it twice and the bytes are identical.

    python3 scripts/make-corpus.py [--out Corpus]
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from corpus.out import Corpus          # noqa: E402
from corpus import licenses           # noqa: E402


def main(argv):
    out = os.path.join(os.path.dirname(HERE), "Corpus")
    if len(argv) > 2 and argv[1] == "--out":
        out = argv[2]
    for name in os.listdir(out) if os.path.isdir(out) else []:
        p = os.path.join(out, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(out, exist_ok=True)
    C = Corpus(out)
    licenses.build(C)
    try:
        from corpus import agreements
        agreements.build(C)
    except ImportError:
        pass
    manifest = {"generator": "scripts/make-corpus.py", "schemaVersion": "1",
                "packages": [{"folder": k, "description": v} for k, v in C.packages.items()],
                "documents": C.entries}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(C.entries)} documents in {len(C.packages)} packages -> {out}")


if __name__ == "__main__":
    main(sys.argv)
