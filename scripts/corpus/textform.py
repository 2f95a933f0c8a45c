"""Flattened text-PDF renderer for label/value forms (DSP-5/73/61/85/83, BIS-748P/711).

A form is a list of blocks; each block is (label, value_lines). Layout knobs:
  columns: 1 or 2;  placement: "same" (value on the label's line when it fits) or "below";
  header/footer noise lines; an item table that flows onto following pages with a repeated header."""
from pdfgen import PDFDocument, text_width, wrap_text
from .layout import Flow, centered, right_aligned, W

LABEL_FONT = "Helvetica-Bold"
VALUE_FONT = "Helvetica"


class Table:
    def __init__(self, columns, rows, caption=None, size=8, continued="(continued)"):
        self.columns = columns      # list of (title, width, align)
        self.rows = rows            # list of list of str
        self.caption = caption
        self.size = size
        self.continued = continued


class Block:
    def __init__(self, label, value, wide=False):
        self.label = label
        self.value = value if isinstance(value, list) else [value]
        self.wide = wide   # in two-column layouts, spans both columns


class TextForm:
    def __init__(self, title_lines, blocks, columns=1, placement="same", running_header=None, footer_lines=(),
                 page_label="Page {n} of {N}", size=9.5, left=54, right=558, top=60, certification=None):
        self.title_lines = title_lines
        self.blocks = blocks
        self.columns = columns
        self.placement = placement
        self.running_header = running_header
        self.footer_lines = list(footer_lines)
        self.page_label = page_label
        self.size = size
        self.left, self.right, self.top = left, right, top

    def _header(self, n, total):
        ops = []
        if self.running_header and n > 1:
            ops.append(("text", (self.left, 36, self.running_header), {"size": 7.5, "font": "Helvetica-Oblique"}))
            ops.append(("line", (self.left, 40, self.right, 40), {"width": 0.4}))
        return ops

    def _footer(self, n, total):
        ops = [("line", (self.left, 752, self.right, 752), {"width": 0.4})]
        y = 762
        for fl in self.footer_lines:
            ops.append(("text", (self.left, y, fl), {"size": 7, "font": "Helvetica"}))
            y += 9
        if self.page_label:
            ops.append(right_aligned(self.right, 762, self.page_label.format(n=n, N=total), 7.5))
        return ops

    def build(self, flow_hook=None):
        f = Flow(margin_top=self.top, margin_bottom=60, left=self.left, right=self.right, header=self._header,
                 footer=self._footer, size=self.size)
        for i, (s, sz, font) in enumerate(self.title_lines):
            f.y += sz * 1.3
            f.ops.append(centered(f.y, s, sz, font))
        f.y += 8
        f.line(self.left, f.y, self.right, f.y, 0.8)
        f.y += 4
        pending = []
        for b in self.blocks:
            if isinstance(b, Table):
                self._flush(f, pending)
                pending = []
                self._table(f, b)
            elif isinstance(b, str) and b == "--":
                self._flush(f, pending)
                pending = []
                f.y += 4
                f.line(self.left, f.y, self.right, f.y, 0.3)
            elif isinstance(b, tuple) and b[0] == "para":
                self._flush(f, pending)
                pending = []
                f.y += 4
                f.para(b[1], size=b[2] if len(b) > 2 else self.size, font=b[3] if len(b) > 3 else VALUE_FONT)
            elif self.columns == 2 and not b.wide:
                pending.append(b)
                if len(pending) == 2:
                    self._flush(f, pending)
                    pending = []
            else:
                self._flush(f, pending)
                pending = []
                self._block(f, b, self.left, self.right - self.left)
        self._flush(f, pending)
        if flow_hook:
            flow_hook(f)
        return f

    def _flush(self, f, pending):
        if not pending:
            return
        if len(pending) == 1:
            self._block(f, pending[0], self.left, (self.right - self.left) / 2 - 8)
            return
        colw = (self.right - self.left) / 2 - 8
        hs = [self._height(b, colw) for b in pending]
        f.need(max(hs) + 6)
        y0 = f.y
        ends = []
        for k, b in enumerate(pending):
            f.y = y0
            self._block(f, b, self.left + k * (colw + 16), colw, no_break=True)
            ends.append(f.y)
        f.y = max(ends)

    def _lines_for(self, b, width):
        out = []
        for v in b.value:
            out.extend(wrap_text(v, width - 10, self.size, VALUE_FONT) if v else [""])
        return out

    def _height(self, b, width):
        lead = self.size * 1.3
        same = self._same_line(b, width)
        n = len(self._lines_for(b, width))
        return lead * (n if same else n + 1) + 6

    def _same_line(self, b, width):
        if self.placement != "same" or len(b.value) != 1:
            return False
        lw = text_width(b.label + ":", self.size, LABEL_FONT)
        vw = text_width(b.value[0], self.size, VALUE_FONT)
        return lw + 8 + vw < width - 4

    def _block(self, f, b, x, width, no_break=False):
        lead = self.size * 1.3
        if text_width(b.label, self.size, LABEL_FONT) > width:
            raise ValueError(f"label wider than its column: {b.label!r}")
        if not no_break:
            f.need(self._height(b, width))
        f.y += 6
        if self._same_line(b, width):
            f.y += lead
            lab = b.label + ":"
            f.text(x, f.y, lab, self.size, LABEL_FONT)
            f.text(x + text_width(lab, self.size, LABEL_FONT) + 8, f.y, b.value[0], self.size, VALUE_FONT)
            return
        f.y += lead
        f.text(x, f.y, b.label, self.size, LABEL_FONT)
        for ln in self._lines_for(b, width):
            if not no_break and f.need(lead):
                pass
            f.y += lead
            f.text(x + 10, f.y, ln, self.size, VALUE_FONT)

    def _table(self, f, t):
        size = t.size
        lead = size * 1.3
        xs = []
        x = self.left
        for _, w, _ in t.columns:
            xs.append(x)
            x += w

        def header(cont=False):
            if t.caption:
                f.y += lead + 4
                f.text(self.left, f.y, t.caption + (" " + t.continued if cont else ""), self.size, LABEL_FONT)
            f.y += 4
            f.line(self.left, f.y, x, f.y, 0.6)
            # multi-line header titles split on "\n"
            hl = max(len(c[0].split("\n")) for c in t.columns)
            for r in range(hl):
                f.y += lead
                for (title, w, align), cx in zip(t.columns, xs):
                    parts = title.split("\n")
                    if r < len(parts):
                        f.text(cx + 2, f.y, parts[r], size, "Helvetica-Bold")
            f.y += 3
            f.line(self.left, f.y, x, f.y, 0.6)

        f.need(lead * 6)
        header()
        for row in t.rows:
            cells = [wrap_text(str(v), w - 4, size, "Helvetica") if v != "" else [""]
                     for v, (_, w, _) in zip(row, t.columns)]
            for c, (title, w, _) in zip(cells, t.columns):
                for ln in c:
                    if text_width(ln, size, "Helvetica") > w - 3:
                        raise ValueError(f"table cell overflows column {title!r}: {ln!r}")
            h = max(len(c) for c in cells) * lead + 3
            if f.y + h > f.bottom:
                f.new_page()
                header(cont=True)
            y0 = f.y
            for c, (title, w, align), cx in zip(cells, t.columns, xs):
                yy = y0
                for ln in c:
                    yy += lead
                    if align == "r":
                        f.ops.append(right_aligned(cx + w - 3, yy, ln, size, "Helvetica"))
                    else:
                        f.text(cx + 2, yy, ln, size, "Helvetica")
            f.y = y0 + h
            f.line(self.left, f.y, x, f.y, 0.2)


def write_text_form(path, form, meta, hook=None, attachments=()):
    doc = PDFDocument(**meta)
    f = form.build(hook)
    n = f.render(doc)
    for name, data, desc in attachments:
        doc.attach(name, data, description=desc)
    doc.write(path)
    return n
