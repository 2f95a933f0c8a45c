#!/usr/bin/env python3
"""Writes a fuzz target's seed corpus into a folder: scripts/fuzz-seeds.py xml|normalizers|text-fields DIR.

Seeds come from Corpus/ and Tests/Fixtures; the text seeds are pdftotext's reading of their PDFs. Nothing in
the repository is modified. Deterministic: the same checkout gives the same seeds.
"""
import hashlib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = [os.path.join(ROOT, "Corpus"), os.path.join(ROOT, "Tests", "Fixtures")]
# The FuzzEntry.normalizers selector: the first byte modulo this count picks the normalizer.
NORMALIZER_COUNT = 12
MAX_SEED = 65536


def files(suffix):
    for source in SOURCES:
        for folder, _, names in sorted(os.walk(source)):
            for name in sorted(names):
                if name.lower().endswith(suffix):
                    yield os.path.join(folder, name)


def pdf_text(path):
    try:
        result = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return b""
    return result.stdout if result.returncode == 0 else b""


def save(folder, data):
    data = data[:MAX_SEED]
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def main():
    target, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    if target == "xml":
        for path in list(files(".xml")) + list(files(".xfdl")):
            with open(path, "rb") as f:
                save(folder, f.read())
    elif target == "text-fields":
        for path in files(".pdf"):
            text = pdf_text(path)
            if text.strip():
                save(folder, text)
    elif target == "normalizers":
        lines = set()
        for path in files(".pdf"):
            lines.update(line.strip() for line in pdf_text(path).splitlines() if line.strip())
        for index, line in enumerate(sorted(lines)):
            # Every line once under the normalizer its position picks, so each one gets real-world text.
            save(folder, bytes([index % NORMALIZER_COUNT]) + line)
    else:
        sys.exit(f"fuzz-seeds: unknown target {target}")


if __name__ == "__main__":
    main()
