"""Output bookkeeping: write documents and truth files, collect the manifest."""
import os
from .common import write_json

META_DATE = None  # pdfgen writes no timestamps unless given one; keep the corpus byte-stable


class Corpus:
    def __init__(self, root):
        self.root = root
        self.entries = []
        self.packages = {}

    def package(self, folder, description):
        self.packages[folder] = description
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)

    def path(self, folder, filename):
        return os.path.join(self.root, folder, filename)

    def add(self, folder, filename, kind, truth, exercises):
        stem = filename.rsplit(".", 1)[0]
        write_json(self.path(folder, stem + ".truth.json"), truth)
        self.entries.append({
            "path": f"{folder}/{filename}",
            "truth": f"{folder}/{stem}.truth.json",
            "documentType": truth.get("documentType"),
            "inputKind": kind,
            "format": truth["source"]["format"],
            "dialect": truth["source"].get("dialect"),
            "exercises": exercises,
            "expectedFindings": len(truth.get("expectedFindings", [])),
        })

    def write_xml(self, folder, filename, data):
        with open(self.path(folder, filename), "wb") as f:
            f.write(data)


def meta(title, author, subject=None, creator="Microsoft Word", keywords=None):
    return dict(title=title, author=author, subject=subject, keywords=keywords, creator=creator,
                producer="Docket corpus generator (pdfgen)")
