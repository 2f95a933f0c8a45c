#!/usr/bin/env python3
"""Generate the benchmark inputs into Benchmarks/.data (git-ignored; regenerate at will, deterministic).

    python3 Benchmarks/make-bench-corpus.py [--smoke]

- pdf/    >= 200 PDF filings: the bundled corpus's PDFs (forms, letters, agreements: 1-6 pages) twice over, plus
          generated Part 124 agreements of 8-40 pages (long defense-article appendices, repeated scope paragraphs),
          rendered by the corpus generator itself so the layout is the one Docket is tuned on, not an easier one.
- xml/    >= 2,000 XML filings: the corpus's XML filings (four dialects) with their identifiers varied per copy.
- size/   one agreement each of 10, 100, 500 and 1,500 pages, for scaling with size.
- small.pdf: the smallest corpus DSP-5, for start-up latency.
--smoke writes a tenth of everything and the 10- and 100-page documents only (for CI).
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

from corpus import agreements as A          # noqa: E402
from corpus.common import Item              # noqa: E402
from corpus.cast import HALVORSEN, NORDWERK  # noqa: E402

USML = ["VIII(h)(1)", "XI(c)(10)", "XII(e)(3)", "VIII(i)", "XI(a)(4)(ii)", "XV(e)(2)"]


def long_agreement(pages_wanted, seed):
    """A TAA whose defense-article appendix and scope grow until the document has `pages_wanted` pages."""
    def build(n_items, n_paras):
        items = [Item(f"Assembly {seed}-{i:04d}, line-replaceable unit, variant {i % 7}", qty=1 + (i * 7 + seed) % 40,
                      unit_value=1000 + (i * 131 + seed) % 9000, usml=USML[(i + seed) % len(USML)], sme=False,
                      part=f"HV{seed:03d}-{i:05d}") for i in range(1, n_items + 1)]
        td = [f"Technical Data to be furnished under work package {k} consists of interface control documents, "
              "installation drawings, integration guidelines at the form, fit and function level, hardware-in-the-"
              "loop test procedures, acceptance test reports, and operation and intermediate-level maintenance "
              "manuals for the assemblies listed in Appendix A." for k in range(1, n_paras + 1)]
        a = A.Agr("TAA", f"TA-{5000 + seed}-25", HALVORSEN, [NORDWERK],
                  [("Jonathan P. Halvorsen", "President and Chief Executive Officer", HALVORSEN),
                   ("Dr. Katrin Vogel", "Managing Director", NORDWERK)],
                  items, "2400000", "2025-10-01", "2030-09-30", 5, ["US", "DE"], A.cl(A.TAA_CL), date="2025-08-14",
                  tech_data=td, services=["Defense Services consist of integration engineering support."],
                  program="the integration of flight control assemblies")
        return A.render_agreement_pdf(a, None, dict(date="long", money="dollar", usml="category"))

    # Pages grow about linearly with items: measure two sizes, then correct until the count is right.
    n_paras = max(1, pages_wanted // 10)
    base, _ = build(0, n_paras)
    if base >= pages_wanted:
        return build(0, 1)
    probe = 60
    with_probe, _ = build(probe, n_paras)
    per_page = max(1.0, probe / max(1, with_probe - base))
    n_items = int((pages_wanted - base) * per_page)
    for _ in range(8):
        pages, doc = build(n_items, n_paras)
        if pages == pages_wanted:
            return pages, doc
        n_items = max(0, n_items + int((pages_wanted - pages) * per_page * (0.9 if pages > pages_wanted else 1)))
    return build(n_items, n_paras)


def main(argv):
    smoke = "--smoke" in argv
    out = os.path.join(HERE, ".data" + ("-smoke" if smoke else ""))
    if os.path.isdir(out):
        shutil.rmtree(out)
    for sub in ("pdf", "xml", "size"):
        os.makedirs(os.path.join(out, sub))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make-corpus.py"), "--out", tmp], check=True,
                       stdout=subprocess.DEVNULL)
        filings = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(tmp) for f in fs if f.endswith((".pdf", ".xml")))
        pdfs = [f for f in filings if f.endswith(".pdf")]
        xmls = [f for f in filings if f.endswith(".xml")]
        copies = 1 if smoke else 2
        for c in range(copies):
            for f in pdfs:
                rel = os.path.relpath(f, tmp)
                dest = os.path.join(out, "pdf", f"copy{c}", rel)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                shutil.copyfile(f, dest)
        shutil.copyfile(min(pdfs, key=os.path.getsize), os.path.join(out, "small.pdf"))
        n_long = 12 if smoke else 110                      # with the copies: >= 200 PDFs, half long agreements
        for k in range(n_long):
            pages_wanted = 8 + (k * 13) % 33                  # 8..40, spread evenly
            _, doc = long_agreement(pages_wanted, k)
            doc.write(os.path.join(out, "pdf", f"agreement-{k:03d}-{pages_wanted}p.pdf"))
        n_xml = 200 if smoke else 2000
        sources = [open(f, "rb").read() for f in xmls]
        for k in range(n_xml):
            data = sources[k % len(sources)]
            # Vary the content so no two files are byte-identical (a cache could not make the run look faster).
            data = data.replace(b"</", b"<!-- copy %d -->\n</" % k, 1)
            folder = os.path.join(out, "xml", f"batch{k // 250:02d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"filing-{k:04d}.xml"), "wb") as f:
                f.write(data)
    for pages in ((10, 100) if smoke else (10, 100, 500, 1500)):
        got, doc = long_agreement(pages, 900 + pages)
        doc.write(os.path.join(out, "size", f"agreement-{pages}p.pdf"))
        print(f"size/agreement-{pages}p.pdf: {got} pages", file=sys.stderr)
    n_pdf = sum(len(fs) for _, _, fs in os.walk(os.path.join(out, "pdf")))
    n_xml = sum(len(fs) for _, _, fs in os.walk(os.path.join(out, "xml")))
    print(f"{n_pdf} PDFs, {n_xml} XML files -> {out}")


if __name__ == "__main__":
    main(sys.argv)
