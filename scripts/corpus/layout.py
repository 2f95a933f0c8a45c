"""A small flowing-text layout on top of pdfgen: buffers drawing operations page by page so that
running headers/footers ("Page 2 of 7") can be added once the page count is known."""
from pdfgen import PDFDocument, text_width, wrap_text

W, H = 612, 792


class Flow:
    def __init__(self, margin_top=72, margin_bottom=72, left=60, right=552, header=None, footer=None,
                 font="Helvetica", size=10, leading=None):
        self.pages = []
        self.top = margin_top
        self.bottom = H - margin_bottom
        self.left = left
        self.right = right
        self.header = header    # fn(page_no, total) -> list of ops
        self.footer = footer
        self.font = font
        self.size = size
        self.leading = leading or size * 1.35
        self.new_page()

    # -- ops
    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top

    def text(self, x, y, s, size=None, font=None):
        self.ops.append(("text", (x, y, s), {"size": size or self.size, "font": font or self.font}))

    def line(self, x0, y0, x1, y1, width=0.5):
        self.ops.append(("line", (x0, y0, x1, y1), {"width": width}))

    def rect(self, x, y, w, h, width=0.5):
        self.ops.append(("rect", (x, y, w, h), {"width": width}))

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def space(self, h):
        self.y += h

    # -- flowing helpers
    def para(self, s, size=None, font=None, indent=0, after=None, width=None, leading=None, first_indent=0):
        size = size or self.size
        font = font or self.font
        lead = leading or size * 1.35
        maxw = (width or (self.right - self.left)) - indent
        lines = wrap_text(s, maxw - first_indent, size, font) if first_indent else wrap_text(s, maxw, size, font)
        if first_indent and len(lines) > 1:
            rest = " ".join(lines[1:])
            lines = lines[:1] + wrap_text(rest, maxw, size, font)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y += lead
            self.text(self.left + indent + (first_indent if i == 0 else 0), self.y, ln, size, font)
        self.y += (after if after is not None else size * 0.6)

    def heading(self, s, size=11, font="Helvetica-Bold", before=6, after=4):
        self.need(size * 3.2)
        self.y += before
        self.para(s, size=size, font=font, after=after)

    def render(self, doc):
        total = len(self.pages)
        for n, ops in enumerate(self.pages, 1):
            page = doc.add_page(width=W, height=H)
            extra = []
            if self.header:
                extra += self.header(n, total)
            if self.footer:
                extra += self.footer(n, total)
            for kind, args, kw in extra + ops:
                getattr(page, kind)(*args, **kw)
        return total


def centered(y, s, size=10, font="Helvetica"):
    return ("text", ((W - text_width(s, size, font)) / 2, y, s), {"size": size, "font": font})


def right_aligned(xr, y, s, size=10, font="Helvetica"):
    return ("text", (xr - text_width(s, size, font), y, s), {"size": size, "font": font})
