"""Bad and hostile files for the ingestion tests, made at test time from real bytes (the decompression bomb
and the endless drawings come from the service tests' generators)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from tests.service.hostile import decompression_bomb, endless_pages

DATA = Path(__file__).resolve().parents[1] / "data"
PDFS = DATA / "pdfs"
SEED = PDFS / "seed-nct04728035.pdf"
ABSTRACT = PDFS / "abs-tqb3525-fl-asco2024.pdf"
PK_PAPER = PDFS / "lorundrostat-fih-pk-cts2024.pdf"
GOOD = (SEED, ABSTRACT, PK_PAPER)
# Papers of 5-7 pages taking about 1-1.7 s each: a batch slow enough to be killed part-way.
JATS = tuple(sorted(PDFS.glob("jats-*.pdf")))


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose objects 1..n are ``objects`` (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def self_reference() -> bytes:
    """A page whose /MediaBox is object 4, and object 4 is a reference to itself: resolving it never ends
    (pdfminer follows the reference forever)."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox 4 0 R /Resources << >> >>",
            b"4 0 R",
        ]
    )


def shapes_only(path: Path) -> bytes:
    """A PDF with drawings and no text at all: no text layer."""
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    for page in range(2):
        pdf.rect(72, 72, 468, 648)
        pdf.circle(306, 396, 100 + 20 * page, fill=1)
        pdf.line(72, 72, 540, 720)
        pdf.showPage()
    pdf.save()
    return path.read_bytes()


def many_pages(path: Path, pages: int) -> bytes:
    """A valid text PDF of ``pages`` pages."""
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    for page in range(1, pages + 1):
        pdf.drawString(72, 720, f"Supplementary appendix, page {page}: patients enrolled 120 (100%).")
        pdf.showPage()
    pdf.save()
    return path.read_bytes()


def encrypted(source: Path, out: Path) -> bytes:
    """``source`` encrypted with AES-256 and a user password (pikepdf: no system tool needed)."""
    import pikepdf

    with pikepdf.open(source) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="user", owner="owner", R=6))
    return out.read_bytes()


# name in the folder -> (expected failure code, words the reason says)
BAD_KINDS: dict[str, tuple[str, str]] = {
    "notes.pdf": ("not-a-pdf", "not a PDF"),
    "empty.pdf": ("empty-file", "empty"),
    "truncated.pdf": ("truncated-pdf", "truncated"),
    "encrypted.pdf": ("encrypted-pdf", "encrypted"),
    "scanned.pdf": ("no-text-layer", "no text layer"),
    "appendix-60-pages.pdf": ("too-large", "60 pages; the limit is 20"),
    "bomb.pdf": ("memory", "memory limit of 384 MB"),
}
# Files that never finish, under either reader and within the memory limit: ingested on their own (no good
# paper beside them) with a short limit, so no test depends on how fast a good paper is extracted on a loaded
# machine.
HANG_TIMEOUT_S = 2
HANGING: dict[str, tuple[str, str]] = {
    "self-reference.pdf": ("timeout", f"took longer than {HANG_TIMEOUT_S} s"),
    "endless-drawing.pdf": ("timeout", f"took longer than {HANG_TIMEOUT_S} s"),
}
MAX_PAGES = 20
MEMORY_MB = 384
TIMEOUT_S = 300  # the mixed batch: far beyond any good paper, so the limit never decides a test


def write_bad_files(folder: Path, scratch: Path) -> None:
    """Every bad kind of :data:`BAD_KINDS` into ``folder``."""
    seed = SEED.read_bytes()
    files = {
        "notes.pdf": (DATA / "seed-paper.txt").read_bytes(),
        "empty.pdf": b"",
        "truncated.pdf": seed[: len(seed) // 2],
        "encrypted.pdf": encrypted(SEED, scratch / "encrypted.pdf"),
        "scanned.pdf": shapes_only(scratch / "scanned.pdf"),
        "appendix-60-pages.pdf": many_pages(scratch / "long.pdf", 60),
        "bomb.pdf": decompression_bomb(512),
    }
    assert set(files) == set(BAD_KINDS)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def write_hanging_files(folder: Path) -> None:
    """The files of :data:`HANGING` into ``folder``."""
    (folder / "self-reference.pdf").write_bytes(self_reference())
    (folder / "endless-drawing.pdf").write_bytes(endless_pages())
