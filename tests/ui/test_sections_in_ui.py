"""The review page offers every section a record can have: a record's correction form selects its section from
this list, so a section missing from it (the "other" kind of table) would be saved as the first one listed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

from schemas.records import Section

APP = Path(__file__).resolve().parents[2] / "service" / "ui" / "static"


def test_the_review_page_lists_every_section_with_a_colour() -> None:
    script = (APP / "app.js").read_text(encoding="utf-8")
    listed = re.search(r"^const SECTIONS = (\[.*?\]);", script, re.M)
    assert listed is not None
    assert json.loads(listed.group(1)) == list(get_args(Section))
    css = (APP / "app.css").read_text(encoding="utf-8")
    for section in get_args(Section):
        assert f"--{section}:" in css and f".box.sec-{section} " in css, section
