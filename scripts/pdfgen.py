"""Deterministic raw-PDF writer for Docket test fixtures (stdlib only).

Same input always yields the same bytes: there are no timestamps, and the
file /ID is a digest of the document body, so fixtures regenerate
byte-identically and tests can pin attachment hashes and metadata.

Coordinates given to this module are in points with the origin at the TOP
left of the page (y grows downwards, text is placed by its baseline); they
are flipped into PDF's bottom-left user space when content is emitted.
"""

import datetime
import hashlib
import zlib

__all__ = ["PDFDocument", "Page", "text_width", "wrap_text"]


def _w(table):
    return [int(v) for v in table.split()]


# Advance widths (1/1000 em) for WinAnsi codes 32..255, taken from the Adobe
# Core 14 AFM files. A 0 marks a code WinAnsi leaves undefined. The Oblique
# Helvetica faces share their upright widths; Courier is fixed at 600.
_WIDTHS = {
    "Helvetica": _w("""
        278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278
        556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556
        1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778
        667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556
        333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556
        556 556 333 500 278 556 500 722 500 500 500 334 260 334 584 0
        556 0 222 556 333 1000 556 556 333 1000 667 333 1000 0 611 0
        0 222 222 333 333 350 556 1000 333 1000 500 333 944 0 500 667
        278 333 556 556 556 556 260 556 333 737 370 556 584 333 737 333
        400 584 333 333 333 578 537 278 333 333 365 556 834 834 834 611
        667 667 667 667 667 667 1000 722 667 667 667 667 278 278 278 278
        722 722 778 778 778 778 778 584 778 722 722 722 722 667 667 611
        556 556 556 556 556 556 889 500 556 556 556 556 278 278 278 278
        556 556 556 556 556 556 556 584 611 556 556 556 556 500 556 500
    """),
    "Helvetica-Bold": _w("""
        278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278
        556 556 556 556 556 556 556 556 556 556 333 333 584 584 584 611
        975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778
        667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556
        333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611
        611 611 389 556 333 611 556 778 556 556 500 389 280 389 584 0
        556 0 278 556 500 1000 556 556 333 1000 667 333 1000 0 611 0
        0 278 278 500 500 350 556 1000 333 1000 556 333 944 0 500 667
        278 333 556 556 556 556 280 556 333 737 370 556 584 333 737 333
        400 584 333 333 333 611 556 278 333 333 365 556 834 834 834 611
        722 722 722 722 722 722 1000 722 667 667 667 667 278 278 278 278
        722 722 778 778 778 778 778 584 778 722 722 722 722 667 667 611
        556 556 556 556 556 556 889 556 556 556 556 556 278 278 278 278
        611 611 611 611 611 611 611 584 611 611 611 611 611 556 611 556
    """),
    "Times-Roman": _w("""
        250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278
        500 500 500 500 500 500 500 500 500 500 278 278 564 564 564 444
        921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722
        556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500
        333 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500
        500 500 333 389 278 500 500 722 500 500 444 480 200 480 541 0
        500 0 333 500 444 1000 500 500 333 1000 556 333 889 0 611 0
        0 333 333 444 444 350 500 1000 333 980 389 333 722 0 444 722
        250 333 500 500 500 500 200 500 333 760 276 500 564 333 760 333
        400 564 300 300 333 510 453 250 333 300 310 500 750 750 750 444
        722 722 722 722 722 722 889 667 611 611 611 611 333 333 333 333
        722 722 722 722 722 722 722 564 722 722 722 722 722 722 556 500
        444 444 444 444 444 444 667 444 444 444 444 444 278 278 278 278
        500 500 500 500 500 500 500 564 500 500 500 500 500 500 500 500
    """),
    "Times-Bold": _w("""
        250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278
        500 500 500 500 500 500 500 500 500 500 333 333 570 570 570 500
        930 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778
        611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500
        333 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500
        556 556 444 389 333 556 500 722 500 500 444 394 220 394 520 0
        500 0 333 500 500 1000 500 500 333 1000 556 333 1000 0 667 0
        0 333 333 500 500 350 500 1000 333 1000 389 333 722 0 444 722
        250 333 500 500 500 500 220 500 333 747 300 500 570 333 747 333
        400 570 300 300 333 601 540 250 333 300 330 500 750 750 750 500
        722 722 722 722 722 722 1000 722 667 667 667 667 389 389 389 389
        722 722 778 778 778 778 778 570 778 722 722 722 722 722 611 556
        500 500 500 500 500 500 722 444 444 444 444 444 278 278 278 278
        500 556 500 500 500 500 500 570 500 556 556 556 556 500 556 500
    """),
    "Times-Italic": _w("""
        250 333 420 500 500 833 778 214 333 333 500 675 250 333 250 278
        500 500 500 500 500 500 500 500 500 500 333 333 675 675 675 500
        920 611 611 667 722 611 611 722 722 333 444 667 556 833 667 722
        611 722 611 500 556 722 611 833 611 556 556 389 278 389 422 500
        333 500 500 444 500 444 278 500 500 278 278 444 278 722 500 500
        500 500 389 389 278 500 444 667 444 444 389 400 275 400 541 0
        500 0 333 500 556 889 500 500 333 1000 500 333 944 0 556 0
        0 333 333 556 556 350 500 889 333 980 389 333 667 0 389 556
        250 389 500 500 500 500 275 500 333 760 276 500 675 333 760 333
        400 675 300 300 333 514 523 250 333 300 310 500 750 750 750 500
        611 611 611 611 611 611 889 667 611 611 611 611 333 333 333 333
        722 667 722 722 722 722 722 675 722 722 722 722 722 556 611 500
        500 500 500 500 500 500 667 444 444 444 444 444 278 278 278 278
        500 500 500 500 500 500 500 675 500 500 500 500 500 444 500 444
    """),
    "Times-BoldItalic": _w("""
        250 389 555 500 500 833 778 278 333 333 500 570 250 333 250 278
        500 500 500 500 500 500 500 500 500 500 333 333 570 570 570 500
        832 667 667 667 722 667 667 722 778 389 500 667 611 889 722 722
        611 722 667 556 611 722 667 889 667 611 611 333 278 333 570 500
        333 500 500 444 500 444 333 500 556 278 278 500 278 778 556 500
        500 500 389 389 278 556 444 667 500 444 389 348 220 348 570 0
        500 0 333 500 500 1000 500 500 333 1000 556 333 944 0 611 0
        0 333 333 500 500 350 500 1000 333 1000 389 333 722 0 389 611
        250 389 500 500 500 500 220 500 333 747 266 500 606 333 747 333
        400 570 300 300 333 532 500 250 333 300 300 500 750 750 750 500
        667 667 667 667 667 667 944 667 667 667 667 667 389 389 389 389
        722 722 722 722 722 722 722 570 722 722 722 722 722 611 611 500
        500 500 500 500 500 500 722 444 444 444 444 444 278 278 278 278
        500 556 500 500 500 500 500 570 500 556 556 556 556 444 500 444
    """),
}
_WIDTHS["Helvetica-Oblique"] = _WIDTHS["Helvetica"]
_WIDTHS["Helvetica-BoldOblique"] = _WIDTHS["Helvetica-Bold"]

_STANDARD_FONTS = (
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Symbol", "ZapfDingbats",
)
# Symbol and ZapfDingbats have their own built-in encodings; forcing
# WinAnsiEncoding on them would remap their glyphs.
_SYMBOLIC_FONTS = ("Symbol", "ZapfDingbats")


def _check_font(font):
    if font not in _STANDARD_FONTS:
        raise ValueError(f"not one of the standard 14 fonts: {font!r}")


def _winansi(s):
    """Encode text for a WinAnsiEncoding simple font, refusing what it cannot show."""
    try:
        data = s.encode("cp1252")
    except UnicodeEncodeError as e:
        raise ValueError(f"character {s[e.start]!r} is not in WinAnsiEncoding") from None
    for b in data:
        if b < 32 or b == 127:
            raise ValueError(f"control character {b:#04x} cannot be drawn as text")
    return data


def text_width(s, size, font="Helvetica"):
    """Width in points of s set in font at size."""
    _check_font(font)
    if font.startswith("Courier"):
        return len(_winansi(s)) * 600 * size / 1000.0
    if font in _SYMBOLIC_FONTS:
        raise ValueError(f"no width table for {font}")
    table = _WIDTHS[font]
    return sum(table[b - 32] for b in _winansi(s)) * size / 1000.0


def wrap_text(s, max_width, size, font="Helvetica"):
    """Greedy word wrap; explicit newlines are kept, over-long words get their own line."""
    lines = []
    for paragraph in s.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and text_width(candidate, size, font) > max_width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


# ---------------------------------------------------------------------------
# PDF object model and serialisation


class Name(str):
    pass


class Ref:
    __slots__ = ("num",)

    def __init__(self, num):
        self.num = num


class Stream:
    def __init__(self, data, entries=None, compress=False):
        self.entries = dict(entries or {})
        self.data = data
        if compress:
            self.data = zlib.compress(data, 9)
            self.entries["Filter"] = Name("FlateDecode")


class _Raw(bytes):
    """A byte string that is written as-is and never encrypted (file /ID)."""


_NAME_SAFE = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    b"!\"$&'*+,-.:;=?@^_`|~"
)


def _name(n):
    out = bytearray(b"/")
    for b in n.encode("utf-8"):
        out += bytes([b]) if b in _NAME_SAFE else b"#%02X" % b
    return bytes(out)


def _num(v):
    if isinstance(v, int):
        return str(v).encode()
    text = f"{v:.4f}".rstrip("0").rstrip(".")
    return b"0" if text in ("-0", "") else text.encode()


def _text_string(s):
    """PDF text string: PDFDocEncoding where it coincides with Latin-1, else UTF-16BE."""
    if all(c in "\t\n\r" or " " <= c <= "~" or ("\xa1" <= c <= "\xff" and c != "\xad") for c in s):
        return s.encode("latin-1")
    return b"\xfe\xff" + s.encode("utf-16-be")


def _literal(data):
    out = bytearray(b"(")
    for b in data:
        if b in b"\\()":
            out += b"\\" + bytes([b])
        elif 32 <= b < 127:
            out.append(b)
        else:
            out += b"\\%03o" % b
    out += b")"
    return bytes(out)


def _rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    out = bytearray(len(data))
    i = j = 0
    for n, b in enumerate(data):
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out[n] = b ^ s[(s[i] + s[j]) & 0xFF]
    return bytes(out)


def _serialize(obj, key=None):
    """Serialise obj; with key (the per-object RC4 key) strings and stream data are encrypted."""
    if isinstance(obj, bool):
        return b"true" if obj else b"false"
    if obj is None:
        return b"null"
    if isinstance(obj, (int, float)):
        return _num(obj)
    if isinstance(obj, Name):
        return _name(obj)
    if isinstance(obj, Ref):
        return b"%d 0 R" % obj.num
    if isinstance(obj, _Raw):
        return b"<" + obj.hex().upper().encode() + b">"
    if isinstance(obj, (str, bytes)):
        data = _text_string(obj) if isinstance(obj, str) else obj
        if key is None:
            return _literal(data)
        return b"<" + _rc4(key, data).hex().upper().encode() + b">"
    if isinstance(obj, (list, tuple)):
        return b"[" + b" ".join(_serialize(v, key) for v in obj) + b"]"
    if isinstance(obj, dict):
        parts = [_name(k) + b" " + _serialize(v, key) for k, v in obj.items()]
        return b"<<" + b" ".join(parts) + b">>"
    if isinstance(obj, Stream):
        data = obj.data if key is None else _rc4(key, obj.data)
        entries = dict(obj.entries, Length=len(data))
        return _serialize(entries, key) + b"\nstream\n" + data + b"\nendstream"
    raise TypeError(f"cannot serialise {type(obj).__name__}")


# ---------------------------------------------------------------------------
# Standard security handler, RC4 128-bit (/V 2 /R 3), PDF 1.7 section 7.6.3

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")

_PERMISSION_BITS = {
    "print": 3,
    "modify": 4,
    "copy": 5,
    "annotate": 6,
    "fill-forms": 9,
    "extract-accessibility": 10,
    "assemble": 11,
    "print-high": 12,
}


def _permissions_value(permissions):
    """/P as a signed 32-bit int; None grants everything."""
    names = _PERMISSION_BITS if permissions is None else permissions
    unknown = set(names) - set(_PERMISSION_BITS)
    if unknown:
        raise ValueError(f"unknown permissions: {sorted(unknown)}")
    # Bits 7-8 and 13-32 are reserved and must be 1 for revision 3.
    p = 0xFFFFF0C0
    for n in names:
        p |= 1 << (_PERMISSION_BITS[n] - 1)
    return p - (1 << 32)


def _padded(password):
    return (password.encode("latin-1") + _PAD)[:32]


def _rc4_rounds(key, data):
    """The 20 RC4 passes of algorithms 3 and 5, each with the key XORed by the pass number."""
    for i in range(20):
        data = _rc4(bytes(b ^ i for b in key), data)
    return data


def _owner_entry(owner_password, user_password):
    digest = hashlib.md5(_padded(owner_password)).digest()
    for _ in range(50):
        digest = hashlib.md5(digest).digest()
    return _rc4_rounds(digest[:16], _padded(user_password))


def _file_key(user_password, o_entry, p, file_id):
    digest = hashlib.md5(
        _padded(user_password) + o_entry + (p & 0xFFFFFFFF).to_bytes(4, "little") + file_id
    ).digest()
    for _ in range(50):
        digest = hashlib.md5(digest[:16]).digest()
    return digest[:16]


def _user_entry(file_key, file_id):
    # Only the first 16 bytes are checked; the rest is arbitrary padding.
    return _rc4_rounds(file_key, hashlib.md5(_PAD + file_id).digest()) + bytes(16)


def _object_key(file_key, num):
    return hashlib.md5(file_key + num.to_bytes(3, "little") + b"\x00\x00").digest()[:16]


# ---------------------------------------------------------------------------
# Document model


def _date_string(dt):
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=datetime.timezone.utc)
    offset = dt.utcoffset()
    stamp = dt.strftime("D:%Y%m%d%H%M%S")
    if not offset:
        return stamp + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    return f"{stamp}{sign}{hh:02d}'{mm:02d}'"


def _escape_content(data):
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class _Field:
    def __init__(self, page, name, kind, rect, props):
        self.page = page
        self.name = name
        self.kind = kind
        self.rect = rect  # (x, y_top, w, h) in top-origin coordinates
        self.props = props


class Page:
    def __init__(self, doc, width, height):
        self._doc = doc
        self.width = width
        self.height = height
        self._ops = []
        self._fonts = {}

    def _y(self, y):
        return self.height - y

    def text(self, x, y, s, size=10, font="Helvetica"):
        _check_font(font)
        data = s.encode("latin-1") if font in _SYMBOLIC_FONTS else _winansi(s)
        res = self._fonts.setdefault(font, "F%d" % (self._doc._font_index(font)))
        self._ops.append(
            b"BT /%s %s Tf %s %s Td (%s) Tj ET"
            % (res.encode(), _num(size), _num(x), _num(self._y(y)), _escape_content(data))
        )

    def line(self, x0, y0, x1, y1, width=0.5):
        self._ops.append(
            b"%s w %s %s m %s %s l S"
            % (_num(width), _num(x0), _num(self._y(y0)), _num(x1), _num(self._y(y1)))
        )

    def rect(self, x, y, w, h, width=0.5):
        self._ops.append(
            b"%s w %s %s %s %s re S" % (_num(width), _num(x), _num(self._y(y + h)), _num(w), _num(h))
        )

    def _field(self, name, kind, rect, props):
        self._doc._register_field(_Field(self, name, kind, rect, props))

    def text_field(self, name, x, y, w, h, value="", tooltip=None, font_size=10,
                   readonly=False, multiline=False):
        self._field(name, "text", (x, y, w, h), dict(
            value=value, tooltip=tooltip, font_size=font_size,
            readonly=readonly, multiline=multiline))

    def checkbox(self, name, x, y, size=10, checked=False, tooltip=None):
        self._field(name, "checkbox", (x, y, size, size), dict(checked=checked, tooltip=tooltip))

    def choice(self, name, x, y, w, h, options=(), value=None, tooltip=None, combo=True):
        options = list(options)
        if value is not None and value not in options:
            raise ValueError(f"value {value!r} is not among the options of {name!r}")
        self._field(name, "choice", (x, y, w, h), dict(
            options=options, value=value, tooltip=tooltip, combo=combo))


class PDFDocument:
    def __init__(self, title=None, author=None, subject=None, keywords=None, creator=None,
                 producer="Docket fixture generator", creation_date=None):
        self.info = {
            "Title": title, "Author": author, "Subject": subject, "Keywords": keywords,
            "Creator": creator, "Producer": producer,
        }
        self.creation_date = creation_date
        self.pages = []
        self._font_order = []
        self._fields = []
        self._field_names = set()
        self._attachments = []
        self._xfa = None

    def add_page(self, width=612, height=792):
        page = Page(self, width, height)
        self.pages.append(page)
        return page

    def attach(self, name, data, description=None, mime="application/xml"):
        if any(a[0] == name for a in self._attachments):
            raise ValueError(f"duplicate attachment name {name!r}")
        self._attachments.append((name, bytes(data), description, mime))

    def set_xfa(self, xml_bytes):
        self._xfa = bytes(xml_bytes)

    def _font_index(self, font):
        if font not in self._font_order:
            self._font_order.append(font)
        return self._font_order.index(font) + 1

    def _register_field(self, field):
        parts = field.name.split(".")
        if not all(parts):
            raise ValueError(f"bad field name {field.name!r}")
        prefixes = {".".join(parts[:i]) for i in range(1, len(parts))}
        # A qualified name is either a terminal field or a parent of others, never both.
        clash = (field.name in self._field_names or prefixes & self._field_names
                 or any(n.startswith(field.name + ".") for n in self._field_names))
        if clash:
            raise ValueError(f"field name {field.name!r} clashes with an existing field")
        self._field_names.add(field.name)
        self._fields.append(field)

    # -- output -------------------------------------------------------------

    def to_bytes(self, user_password=None, owner_password=None, permissions=None, compress=True,
                 object_streams=False):
        """Serialise the document.

        Either password turns on RC4-128 encryption. A missing owner password
        falls back to the user password; a missing user password is the empty
        one, so the file opens without asking. permissions is an iterable of
        names from _PERMISSION_BITS ("print", "copy", ...); None grants all.
        compress=False leaves every stream unfiltered (readable in a text editor).
        object_streams=True writes a PDF 1.5 file: every object that is not a stream goes into one compressed
        object stream, found through a cross-reference stream (as Acrobat and most office suites save).
        """
        objects = _Builder(self, compress).build()
        plain = b"".join(_serialize(o) for o in objects)
        file_id = hashlib.md5(plain).digest()
        if object_streams:
            if user_password is not None or owner_password is not None:
                raise ValueError("object streams are only written unencrypted")
            return _assemble_object_streams(objects, file_id)
        if user_password is None and owner_password is None:
            if permissions is not None:
                raise ValueError("permissions are only enforced with an owner password")
            return _assemble(objects, file_id, None, None)
        user = user_password or ""
        owner = owner_password if owner_password is not None else user
        p = _permissions_value(permissions)
        o_entry = _owner_entry(owner, user)
        file_key = _file_key(user, o_entry, p, file_id)
        encrypt_dict = {
            "Filter": Name("Standard"), "V": 2, "R": 3, "Length": 128,
            "O": _Raw(o_entry), "U": _Raw(_user_entry(file_key, file_id)), "P": p,
        }
        return _assemble(objects, file_id, file_key, encrypt_dict)

    def write(self, path, **kwargs):
        with open(path, "wb") as f:
            f.write(self.to_bytes(**kwargs))


def _assemble(objects, file_id, file_key, encrypt_dict):
    # objects[0] is the catalog and objects[1] the Info dict (see _Builder).
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, obj in enumerate(objects, 1):
        offsets.append(len(out))
        key = None if file_key is None else _object_key(file_key, num)
        out += b"%d 0 obj\n" % num + _serialize(obj, key) + b"\nendobj\n"
    trailer = {"Size": len(objects) + 1, "Root": Ref(1), "Info": Ref(2),
               "ID": [_Raw(file_id), _Raw(file_id)]}
    if encrypt_dict is not None:
        # The Encrypt dictionary itself is never encrypted.
        offsets.append(len(out))
        num = len(objects) + 1
        out += b"%d 0 obj\n" % num + _serialize(encrypt_dict) + b"\nendobj\n"
        trailer["Size"] = num + 1
        trailer["Encrypt"] = Ref(num)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n" + _serialize(trailer) + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _assemble_object_streams(objects, file_id):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    packed = [num for num, obj in enumerate(objects, 1) if not isinstance(obj, Stream)]
    stm_num = len(objects) + 1
    xref_num = len(objects) + 2
    entries = {0: (0, 0, 65535)}
    for num, obj in enumerate(objects, 1):
        if isinstance(obj, Stream):
            entries[num] = (1, len(out), 0)
            out += b"%d 0 obj\n" % num + _serialize(obj) + b"\nendobj\n"
    header = bytearray()
    body = bytearray()
    for index, num in enumerate(packed):
        header += b"%d %d " % (num, len(body))
        body += _serialize(objects[num - 1]) + b"\n"
        entries[num] = (2, stm_num, index)
    stm = Stream(bytes(header) + bytes(body), {"Type": Name("ObjStm"), "N": len(packed), "First": len(header)},
                 compress=True)
    entries[stm_num] = (1, len(out), 0)
    out += b"%d 0 obj\n" % stm_num + _serialize(stm) + b"\nendobj\n"
    entries[xref_num] = (1, len(out), 0)
    rows = b"".join(bytes([kind]) + field2.to_bytes(4, "big") + field3.to_bytes(2, "big")
                    for kind, field2, field3 in (entries[n] for n in range(xref_num + 1)))
    xref = Stream(rows, {"Type": Name("XRef"), "Size": xref_num + 1, "W": [1, 4, 2], "Root": Ref(1),
                         "Info": Ref(2), "ID": [_Raw(file_id), _Raw(file_id)]}, compress=True)
    start = len(out)
    out += b"%d 0 obj\n" % xref_num + _serialize(xref) + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


class _Builder:
    """Turns a PDFDocument into a numbered object list (index + 1 == object number)."""

    def __init__(self, doc, compress):
        self.doc = doc
        self.compress = compress
        self.objects = []
        self.fonts = {}

    def new(self, obj=None):
        self.objects.append(obj)
        return Ref(len(self.objects))

    def put(self, ref, obj):
        self.objects[ref.num - 1] = obj

    def font(self, base):
        if base not in self.fonts:
            entries = {"Type": Name("Font"), "Subtype": Name("Type1"), "BaseFont": Name(base)}
            if base not in _SYMBOLIC_FONTS:
                entries["Encoding"] = Name("WinAnsiEncoding")
            self.fonts[base] = self.new(entries)
        return self.fonts[base]

    def stream(self, data, entries=None):
        return self.new(Stream(data, entries, self.compress))

    def build(self):
        doc = self.doc
        catalog_ref = self.new()
        info_ref = self.new()
        pages_ref = self.new()
        info = {k: v for k, v in doc.info.items() if v is not None}
        if doc.creation_date is not None:
            info["CreationDate"] = _date_string(doc.creation_date)
        self.put(info_ref, info)

        page_refs = [self.new() for _ in doc.pages]
        widgets = {id(p): [] for p in doc.pages}
        catalog = {"Type": Name("Catalog"), "Pages": pages_ref}
        if doc._fields or doc._xfa is not None:
            catalog["AcroForm"] = self.acroform(page_refs, widgets)
        for page, ref in zip(doc.pages, page_refs):
            self.page(page, ref, pages_ref, widgets[id(page)])
        self.put(pages_ref, {"Type": Name("Pages"), "Kids": page_refs, "Count": len(page_refs)})
        if doc._attachments:
            specs = self.attachments()
            catalog["Names"] = {"EmbeddedFiles": {"Names": [
                v for name, spec in sorted(specs, key=lambda s: _text_string(s[0])) for v in (name, spec)
            ]}}
            catalog["AF"] = [spec for _, spec in specs]
        self.put(catalog_ref, catalog)
        return self.objects

    def page(self, page, ref, pages_ref, annots):
        fonts = {res: self.font(base) for base, res in sorted(page._fonts.items(), key=lambda i: i[1])}
        content = self.stream(b"\n".join(page._ops) + b"\n")
        entries = {
            "Type": Name("Page"), "Parent": pages_ref,
            "MediaBox": [0, 0, page.width, page.height],
            "Resources": {"Font": fonts, "ProcSet": [Name("PDF"), Name("Text")]},
            "Contents": content,
        }
        if annots:
            entries["Annots"] = annots
        self.put(ref, entries)

    def attachments(self):
        specs = []
        for name, data, description, mime in self.doc._attachments:
            ef = self.stream(data, {
                "Type": Name("EmbeddedFile"), "Subtype": Name(mime),
                "Params": {"Size": len(data), "CheckSum": hashlib.md5(data).digest()},
            })
            spec = {"Type": Name("Filespec"), "F": name, "UF": name, "EF": {"F": ef, "UF": ef}}
            if description is not None:
                spec["Desc"] = description
            specs.append((name, self.new(spec)))
        return specs

    # -- forms ----------------------------------------------------------------

    def acroform(self, page_refs, widgets):
        doc = self.doc
        helv, zadb = self.font("Helvetica"), self.font("ZapfDingbats")
        page_ref = {id(p): r for p, r in zip(doc.pages, page_refs)}
        top_level = []
        parents = {}

        def parent_of(qualified):
            if "." not in qualified:
                return None
            parent_name, _, leaf = qualified.rpartition(".")
            if parent_name not in parents:
                grand = parent_of(parent_name)
                node = {"T": parent_name.rpartition(".")[2], "Kids": []}
                if grand is not None:
                    node["Parent"] = grand[0]
                ref = self.new(node)
                (grand[1]["Kids"] if grand else top_level).append(ref)
                parents[parent_name] = (ref, node)
            return parents[parent_name]

        for field in doc._fields:
            parent = parent_of(field.name)
            ref = self.new()
            (parent[1]["Kids"] if parent else top_level).append(ref)
            entries = self.widget(field, page_ref[id(field.page)], {"Helv": helv, "ZaDb": zadb})
            entries["T"] = field.name.rpartition(".")[2]
            if parent:
                entries["Parent"] = parent[0]
            self.put(ref, entries)
            widgets[id(field.page)].append(ref)

        form = {"Fields": top_level, "DA": "/Helv 0 Tf 0 g",
                "DR": {"Font": {"Helv": helv, "ZaDb": zadb}}}
        if doc._xfa is not None:
            form["XFA"] = self.stream(doc._xfa)
        return form

    def appearance(self, ops, w, h, fonts):
        return self.stream(b"\n".join(ops) + b"\n", {
            "Type": Name("XObject"), "Subtype": Name("Form"), "BBox": [0, 0, w, h],
            "Resources": {"Font": fonts},
        })

    def widget(self, field, page_ref, fonts):
        x, y, w, h = field.rect
        height = field.page.height
        props = field.props
        entries = {
            "Type": Name("Annot"), "Subtype": Name("Widget"),
            "Rect": [x, height - y - h, x + w, height - y], "F": 4, "P": page_ref,
            "MK": {"BC": [0]},
        }
        if props["tooltip"] is not None:
            entries["TU"] = props["tooltip"]
        border = b"0 G 0.5 w 0.25 0.25 %s %s re S" % (_num(w - 0.5), _num(h - 0.5))
        helv = {"Helv": fonts["Helv"]}

        if field.kind == "checkbox":
            size = _num(round(h * 0.8, 2))
            check = b"q BT /ZaDb %s Tf 0 g %s %s Td (4) Tj ET Q" % (
                size, _num(round(w * 0.12, 2)), _num(round(h * 0.2, 2)))
            zadb = {"ZaDb": fonts["ZaDb"]}
            state = Name("On" if props["checked"] else "Off")
            entries.update({
                "FT": Name("Btn"), "V": state, "AS": state,
                "DA": b"/ZaDb %s Tf 0 g" % size,
                "AP": {"N": {"On": self.appearance([border, check], w, h, zadb),
                             "Off": self.appearance([border], w, h, zadb)}},
            })
            entries["MK"]["CA"] = "4"
            return entries

        fs = props.get("font_size", 10)
        flags = 0
        if field.kind == "text":
            value = props["value"]
            entries.update({"FT": Name("Tx"), "V": value})
            flags |= (1 if props["readonly"] else 0) | (4096 if props["multiline"] else 0)
            if props["multiline"]:
                lines = wrap_text(value, w - 4, fs) if value else []
                top = h - 2 - fs
            else:
                lines = [value] if value else []
                top = (h - fs) / 2 + 0.22 * fs
            body = self.text_lines(lines, top, fs)
        else:
            value = props["value"]
            entries.update({"FT": Name("Ch"), "Opt": props["options"]})
            if value is not None:
                entries["V"] = value
            if props["combo"]:
                flags |= 1 << 17
                body = self.text_lines([value] if value else [], (h - fs) / 2 + 0.22 * fs, fs)
            else:
                body = []
                if value is not None:
                    entries["I"] = [props["options"].index(value)]
                    row = props["options"].index(value)
                    body.append(b"0.6 0.75 0.85 rg 1 %s %s %s re f" % (
                        _num(round(h - 1 - (row + 1) * fs * 1.15, 2)), _num(w - 2), _num(round(fs * 1.15, 2))))
                body += self.text_lines(props["options"], h - 1 - fs, fs)
        if flags:
            entries["Ff"] = flags
        entries["DA"] = b"/Helv %s Tf 0 g" % _num(fs)
        ops = [border, b"/Tx BMC", b"q 1 1 %s %s re W n" % (_num(w - 2), _num(h - 2))] + body + [b"Q", b"EMC"]
        entries["AP"] = {"N": self.appearance(ops, w, h, helv)}
        return entries

    @staticmethod
    def text_lines(lines, top, fs):
        if not lines:
            return []
        ops = [b"BT /Helv %s Tf 0 g %s TL 2 %s Td" % (_num(fs), _num(round(fs * 1.15, 2)), _num(round(top, 2)))]
        for i, line in enumerate(lines):
            ops.append((b"T* " if i else b"") + b"(%s) Tj" % _escape_content(_winansi(line)))
        ops.append(b"ET")
        return ops
