"""The export formats by name: cheap to import, so the command line can list them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Format = Literal["moodle-xml", "gift", "qti"]
FORMATS: tuple[Format, ...] = get_args(Format)


@dataclass(frozen=True, slots=True)
class FormatInfo:
    label: str
    suffix: str
    mime: str


# GIFT files end in .txt because Moodle's import accepts GIFT only as text/plain.
FORMAT_INFO: dict[Format, FormatInfo] = {
    "moodle-xml": FormatInfo("Moodle XML", ".moodle.xml", "application/xml"),
    "gift": FormatInfo("GIFT (Moodle)", ".gift.txt", "text/plain"),
    "qti": FormatInfo("QTI 1.2 (Canvas)", ".qti.zip", "application/zip"),
}
