#!/usr/bin/env python3
"""Docket's benchmarks: every figure is a ratio against a peer timed in the same run, side by side.

    Benchmarks/run            # full run: regenerates inputs if missing, writes Benchmarks/RESULTS.md and scaling.svg
    Benchmarks/run --smoke    # CI: a tenth of the inputs, one repetition, results to out/bench-smoke/

Peers: poppler's own `pdftotext` (the floor for PDF: reading the text alone), a pdfplumber script doing text
extraction alone (what a Python user would write), and `xmllint --noout` (the floor for XML: parsing alone).
Peers and Docket alternate within each repetition so load on the shared machine hits both alike; the median of
the repetitions is reported. Peak resident memory is GNU time's maximum resident set size of each command.
"""
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PDFPLUMBER_SCRIPT = r"""
import sys, pdfplumber
for path in sys.stdin.read().split("\0"):
    if path:
        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
"""


def measure(argv, stdin_path=None, stdout=subprocess.DEVNULL):
    """Wall seconds and peak RSS (MiB) of one child process; fails loudly when the child fails.

    The peak comes from GNU time around the command: a child forked from this Python process would report
    Python's own resident pages as its peak until it execs.
    """
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + argv, stdin=stdin, stdout=stdout,
                              stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        lines = [l for l in rss.read().splitlines() if l.strip().isdigit()]
    peak_kib = int(lines[-1]) if lines else 0
    err = proc.stderr.decode("utf-8", "replace")
    if stdin_path:
        stdin.close()
    code = proc.returncode
    # Docket exits 1 for findings (complete=false) and that is a normal outcome; 2 or worse is a failure.
    if code not in (0, 1):
        raise SystemExit(f"bench: {' '.join(argv[:3])} ... exited {code}:\n{err[-2000:]}")
    return elapsed, peak_kib / 1024.0


def medians(runs, *measurements):
    """Alternates the measurements `runs` times; returns each one's medians (seconds, MiB)."""
    times = [[] for _ in measurements]
    peaks = [[] for _ in measurements]
    for _ in range(runs):
        for index, measurement in enumerate(measurements):
            t, m = measurement()
            times[index].append(t)
            peaks[index].append(m)
    return tuple((statistics.median(t), max(m)) for t, m in zip(times, peaks))


def files_under(folder, suffix):
    return sorted(os.path.join(dp, f) for dp, _, fs in os.walk(folder) for f in fs if f.endswith(suffix))


def write_list(paths, tmp, name):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(b"\0".join(p.encode() for p in paths) + b"\0")
    return path


def tool_version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=20)
        text = (out.stdout + out.stderr).strip().splitlines()
        return text[0] if text else "?"
    except (OSError, subprocess.SubprocessError):
        return "not available"


def has_scan(docket):
    """`scan` with its real options on an empty folder: 69 (not built) or 64 (options unknown) means absent."""
    with tempfile.TemporaryDirectory() as empty:
        status = subprocess.run([docket, "scan", empty, "-o", os.path.join(empty, "out"), "-j", "1"],
                                capture_output=True).returncode
    return status not in (64, 69)


def svg_chart(size_rows):
    """Time (s) and peak memory (MiB) against pages, Docket beside pdftotext, on log-log axes."""
    import math
    w, h, pad = 720, 300, 50
    charts = [("Time (s) vs pages", "time"), ("Peak memory (MiB) vs pages", "rss")]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h * 2 + 20}" font-family="sans-serif" '
             'font-size="11">']
    pages = [r["pages"] for r in size_rows]
    for index, (title, key) in enumerate(charts):
        top = index * (h + 10)
        values = [r[f"docket_{key}"] for r in size_rows] + [r[f"peer_{key}"] for r in size_rows]
        lo, hi = math.log10(min(values) * 0.8), math.log10(max(values) * 1.25)
        plo, phi = math.log10(min(pages) * 0.8), math.log10(max(pages) * 1.25)

        def x(p):
            return pad + (math.log10(p) - plo) / (phi - plo) * (w - 2 * pad)

        def y(v):
            return top + h - pad + 10 - (math.log10(v) - lo) / (hi - lo) * (h - 2 * pad)

        parts.append(f'<text x="{w / 2}" y="{top + 18}" text-anchor="middle" font-size="13">{title} (log-log)</text>')
        parts.append(f'<line x1="{pad}" y1="{top + h - pad + 10}" x2="{w - pad}" y2="{top + h - pad + 10}" '
                     'stroke="#444"/>')
        parts.append(f'<line x1="{pad}" y1="{top + pad - 10}" x2="{pad}" y2="{top + h - pad + 10}" stroke="#444"/>')
        for p in pages:
            parts.append(f'<text x="{x(p):.1f}" y="{top + h - pad + 26}" text-anchor="middle">{p} p</text>')
        for series, colour, label in (("docket", "#1f5fbf", "docket extract"), ("peer", "#c0392b", "pdftotext")):
            pts = [(x(r["pages"]), y(r[f"{series}_{key}"])) for r in size_rows]
            parts.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>'
                         % (colour, " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)))
            for (a, b), r in zip(pts, size_rows):
                v = r[f"{series}_{key}"]
                parts.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}"/>')
                parts.append(f'<text x="{a + 5:.1f}" y="{b - 5:.1f}" fill="{colour}">{v:.3g}</text>')
            ly = top + 40 + (0 if series == "docket" else 14)
            parts.append(f'<text x="{pad + 10}" y="{ly}" fill="{colour}">{label}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main(argv):
    smoke = "--smoke" in argv
    data = os.path.join(HERE, ".data-smoke" if smoke else ".data")
    docket = os.path.join(ROOT, ".build", "release", "docket")
    runs = 1 if smoke else 3
    if not os.path.isdir(data):
        subprocess.run([sys.executable, os.path.join(HERE, "make-bench-corpus.py")] + (["--smoke"] if smoke else []),
                       check=True)
    results, notes = {}, []
    pdfs = files_under(os.path.join(data, "pdf"), ".pdf")
    xmls = files_under(os.path.join(data, "xml"), ".xml")
    pages = sum(int(next((l.split()[1] for l in subprocess.run(["pdfinfo", p], capture_output=True, text=True)
                          .stdout.splitlines() if l.startswith("Pages:")), "0")) for p in pdfs)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_list = write_list(pdfs, tmp, "pdfs.lst")
        xml_list = write_list(xmls, tmp, "xmls.lst")
        pdftotext_loop = ["sh", "-c", 'xargs -0 -n1 sh -c \'pdftotext -q "$0" /dev/null\' < "$1"', "sh", pdf_list]
        docket_pdf = [docket, "extract", "--files-from", pdf_list, "-0", "--format", "ndjson"]

        # 1. PDF throughput: Docket end to end in one process (threads on every core, its default, and one
        # thread) versus pdftotext per file (and pdfplumber).
        (d, _), (d1, _), (p, _) = medians(runs, lambda: measure(docket_pdf), lambda: measure(docket_pdf + ["-j1"]),
                                          lambda: measure(pdftotext_loop))
        results["pdf"] = dict(files=len(pdfs), pages=pages, docket=d, pdftotext=p, ratio=d / p,
                              docket_j1=d1, ratio_j1=d1 / p)
        try:
            import pdfplumber  # noqa: F401
            plumber = [sys.executable, "-c", PDFPLUMBER_SCRIPT]
            # One pair: pdfplumber takes minutes per pass, and the gap dwarfs run-to-run noise.
            (d2, _), (pl, _) = medians(1, lambda: measure(docket_pdf),
                                       lambda: measure(plumber, stdin_path=pdf_list))
            results["pdf"].update(pdfplumber=pl, plumber_speedup=pl / d2)
        except ImportError:
            notes.append("pdfplumber is not installed (pip install pdfplumber): that peer was skipped.")

        # 2. XML throughput versus xmllint --noout over the same files (one process each side).
        docket_xml = [docket, "extract", "--files-from", xml_list, "-0", "--format", "ndjson"]
        xmllint = ["sh", "-c", 'xargs -0 xmllint --noout --nonet < "$0"', xml_list]
        (d, _), (d1, _), (p, _) = medians(runs, lambda: measure(docket_xml), lambda: measure(docket_xml + ["-j1"]),
                                          lambda: measure(xmllint))
        results["xml"] = dict(files=len(xmls), docket=d, xmllint=p, ratio=d / p, docket_j1=d1, ratio_j1=d1 / p)

        # 3. Scaling with cores: docket scan -j1 versus -j2 on the PDF set.
        if has_scan(docket):
            def scan(jobs):
                out = os.path.join(tmp, f"scan-j{jobs}")
                shutil.rmtree(out, ignore_errors=True)
                return measure([docket, "scan", os.path.join(data, "pdf"), "-o", out, "-j", str(jobs), "--force"])
            (j1, _), (j2, _) = medians(runs, lambda: scan(1), lambda: scan(2))
            results["scan"] = dict(files=len(pdfs), j1=j1, j2=j2, speedup=j1 / j2, cores=os.cpu_count())
        else:
            notes.append("`docket scan` is not available in this build: core scaling was not measured.")

        # 4. Scaling with size: time and peak memory per document length, pdftotext beside it.
        size_rows = []
        for path in sorted(files_under(os.path.join(data, "size"), ".pdf"),
                           key=lambda p: int(os.path.basename(p).split("-")[1].rstrip("p.pdf"))):
            n = int(os.path.basename(path).split("-")[1].rstrip("p.pdf"))
            (dt, dm), (pt, pm) = medians(runs, lambda: measure([docket, "extract", path]),
                                         lambda: measure(["pdftotext", "-q", path, "/dev/null"]))
            size_rows.append(dict(pages=n, docket_time=dt, docket_rss=dm, peer_time=pt, peer_rss=pm))
        results["size"] = size_rows

        # 5. Latency of one small document through stdin, against pdftotext on the same file.
        small = os.path.join(data, "small.pdf")
        reps = 5 if smoke else 21
        (d, _), (p, _) = medians(reps, lambda: measure([docket, "extract", "-"], stdin_path=small),
                                 lambda: measure(["pdftotext", "-q", small, "-"]))
        results["latency"] = dict(docket=d, pdftotext=p, ratio=d / p)

    env = dict(date=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), machine=platform.machine(),
               cpus=os.cpu_count(), cpu=next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                                              if l.startswith("model name")), "?"),
               kernel=platform.release(), docket=tool_version([docket, "--version"]),
               pdftotext=tool_version(["pdftotext", "-v"]), xmllint=tool_version(["xmllint", "--version"]),
               python=platform.python_version(), runs=runs, smoke=smoke)
    try:
        import pdfplumber
        env["pdfplumber"] = pdfplumber.__version__
    except ImportError:
        env["pdfplumber"] = "not installed"
    out_dir = os.path.join(ROOT, "out", "bench-smoke") if smoke else HERE
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "results.json"), "w") as f:
        json.dump(dict(environment=env, results=results, notes=notes), f, indent=2)
        f.write("\n")
    with open(os.path.join(out_dir, "RESULTS.md"), "w") as f:
        f.write(render_markdown(env, results, notes))
    if results["size"]:
        with open(os.path.join(out_dir, "scaling.svg"), "w") as f:
            f.write(svg_chart(results["size"]))
    print(render_markdown(env, results, notes))


def verdict(ok):
    return "met" if ok else "**not met**"


def render_markdown(env, r, notes):
    lines = ["# Benchmark results", "",
             "Written by `Benchmarks/run` (do not edit by hand). Every figure is a ratio against a peer timed in the "
             "same run; medians of %d alternating repetitions." % env["runs"], "",
             "| | |", "|---|---|"]
    for key in ("date", "machine", "cpu", "cpus", "kernel", "docket", "pdftotext", "xmllint", "python", "pdfplumber"):
        lines.append(f"| {key} | {env[key]} |")
    p = r["pdf"]
    lines += ["", "## PDF throughput", "",
              f"{p['files']} PDF filings, {p['pages']} pages (forms, letters, agreements of 1-40 pages).", "",
              "| run | seconds | per file (ms) |", "|---|---:|---:|",
              f"| docket extract (one process, end to end, threads on {env['cpus']} cores) | {p['docket']:.2f} | "
              f"{1000 * p['docket'] / p['files']:.1f} |",
              f"| docket extract -j1 (one process, one thread) | {p['docket_j1']:.2f} | "
              f"{1000 * p['docket_j1'] / p['files']:.1f} |",
              f"| pdftotext (one process per file) | {p['pdftotext']:.2f} | {1000 * p['pdftotext'] / p['files']:.1f} |"]
    if "pdfplumber" in p:
        lines.append(f"| pdfplumber text only (one Python process) | {p['pdfplumber']:.2f} | "
                     f"{1000 * p['pdfplumber'] / p['files']:.1f} |")
    lines += ["", f"- Docket / pdftotext: **{p['ratio']:.2f}x** (target <= 1.5x: {verdict(p['ratio'] <= 1.5)}); "
                  f"one thread: **{p['ratio_j1']:.2f}x** ({verdict(p['ratio_j1'] <= 1.5)})"]
    if "plumber_speedup" in p:
        lines.append(f"- pdfplumber / Docket: **{p['plumber_speedup']:.1f}x** faster "
                     f"(target >= 20x: {verdict(p['plumber_speedup'] >= 20)})")
    x = r["xml"]
    lines += ["", "## XML throughput", "", f"{x['files']} XML filings in four dialects.", "",
              "| run | seconds |", "|---|---:|",
              f"| docket extract (threads on {env['cpus']} cores) | {x['docket']:.2f} |",
              f"| docket extract -j1 | {x['docket_j1']:.2f} |", f"| xmllint --noout | {x['xmllint']:.2f} |", "",
              f"- Docket / xmllint: **{x['ratio']:.2f}x** (target <= 2x: {verdict(x['ratio'] <= 2)}); "
              f"one thread: **{x['ratio_j1']:.2f}x**"]
    if "scan" in r:
        s = r["scan"]
        lines += ["", "## Scaling with cores", "", f"`docket scan` of {s['files']} PDFs on {s['cores']} cores.", "",
                  "| jobs | seconds |", "|---|---:|", f"| -j1 | {s['j1']:.2f} |", f"| -j2 | {s['j2']:.2f} |", "",
                  f"- speed-up: **{s['speedup']:.2f}x** (target >= 1.8x: {verdict(s['speedup'] >= 1.8)})"]
    if r["size"]:
        lines += ["", "## Scaling with size", "", "![scaling](scaling.svg)", "",
                  "| pages | docket s | docket MiB | pdftotext s | pdftotext MiB | time ratio | s per 100 pages |",
                  "|---:|---:|---:|---:|---:|---:|---:|"]
        for row in r["size"]:
            lines.append(f"| {row['pages']} | {row['docket_time']:.2f} | {row['docket_rss']:.0f} | "
                         f"{row['peer_time']:.2f} | {row['peer_rss']:.0f} | "
                         f"{row['docket_time'] / row['peer_time']:.2f}x | "
                         f"{100 * row['docket_time'] / row['pages']:.2f} |")
        biggest = r["size"][-1]
        lines += ["", f"- peak memory at {biggest['pages']} pages: **{biggest['docket_rss']:.0f} MiB** "
                      f"(target < 150 MB: {verdict(biggest['docket_rss'] * 1.048576 < 150)})"]
        first, last = r["size"][0], r["size"][-1]
        growth = (last["docket_time"] / last["pages"]) / (first["docket_time"] / first["pages"])
        lines.append(f"- time per page, largest / smallest: **{growth:.2f}** (1.0 is linear; start-up inflates the "
                     "smallest)")
    lat = r["latency"]
    lines += ["", "## Latency of one small document through stdin", "",
              f"| run | median ms |", "|---|---:|", f"| docket extract - < small.pdf | {1000 * lat['docket']:.1f} |",
              f"| pdftotext small.pdf - | {1000 * lat['pdftotext']:.1f} |", "",
              f"- Docket / pdftotext: **{lat['ratio']:.2f}x** (target <= 3x: {verdict(lat['ratio'] <= 3)})"]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main(sys.argv)
