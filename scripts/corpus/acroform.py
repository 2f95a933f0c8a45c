"""Fillable AcroForm renderer: printed labels are static text, values live only in the fields."""
from pdfgen import PDFDocument, text_width
from .layout import centered, right_aligned

LEFT, RIGHT = 40, 572


class F:
    """One field. kind: text | multi | check | choice."""

    def __init__(self, name, value="", label=None, tooltip=None, weight=1, kind="text", lines=1, options=None):
        self.name = name
        self.value = value
        self.label = label
        self.tooltip = tooltip
        self.weight = weight
        self.kind = kind
        self.lines = lines
        self.options = options or []


def write_acroform(path, meta, title_lines, rows, footer=None, label_size=6.5):
    """rows: list of lists of F, or ("section", text), or ("text", text) or "page" (page break)."""
    doc = PDFDocument(**meta)
    pages = []

    def new_page():
        p = doc.add_page(612, 792)
        pages.append(p)
        return p

    page = new_page()
    y = 40
    for s, sz, font in title_lines:
        y += sz * 1.3
        page.text((612 - text_width(s, sz, font)) / 2, y, s, size=sz, font=font)
    y += 10
    for row in rows:
        if row == "page":
            page = new_page()
            y = 50
            continue
        if isinstance(row, tuple):
            kind, s = row
            if y + (30 if kind != "section" else 75) > 740:
                page = new_page()
                y = 50
            if kind == "section":
                y += 8
                page.rect(LEFT, y, RIGHT - LEFT, 13, width=0.5)
                page.text(LEFT + 4, y + 9.5, s, size=8, font="Helvetica-Bold")
                y += 15
            else:
                y += 11
                page.text(LEFT, y, s, size=7.5, font="Helvetica")
            continue
        h = max((f.lines * 11 + 4) if f.kind in ("text", "multi", "choice") else 12 for f in row)
        if y + h + 12 > 740:
            page = new_page()
            y = 50
        total_w = RIGHT - LEFT
        wsum = sum(f.weight for f in row)
        x = LEFT
        has_label = any(f.label for f in row)
        for f in row:
            w = total_w * f.weight / wsum
            fy = y + (9 if has_label else 0)
            if f.label:
                page.text(x + 1, y + 6.5, f.label, size=label_size, font="Helvetica")
            if f.kind == "check":
                page.checkbox(f.name, x + 2, fy + 1, size=10, checked=bool(f.value), tooltip=f.tooltip)
            elif f.kind == "choice":
                page.choice(f.name, x + 1, fy, w - 4, h, options=f.options, value=f.value, tooltip=f.tooltip)
            else:
                page.text_field(f.name, x + 1, fy, w - 4, h, value=f.value, tooltip=f.tooltip, font_size=9,
                                multiline=f.kind == "multi" or f.lines > 1)
            x += w
        y += h + (9 if has_label else 0) + 5
    total = len(pages)
    for n, p in enumerate(pages, 1):
        if footer:
            p.text(LEFT, 770, footer, size=7, font="Helvetica")
        s = f"Page {n} of {total}"
        p.text(RIGHT - text_width(s, 7, "Helvetica"), 770, s, size=7, font="Helvetica")
    doc.write(path)
    return total
