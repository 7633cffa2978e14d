"""A QR code of the join link, to show large on a projector.

segno: pure Python with no dependencies (no Pillow), maintained, BSD-licensed, writes SVG
directly. SVG scales to any screen without blurring.
"""

from __future__ import annotations

import io

import segno


def join_qr_svg(url: str, *, dark: str = "#000", light: str = "#fff") -> str:
    """The QR code of `url` as an `<svg>` element with its namespace, good both inline in HTML
    and as an .svg file; it has a viewBox and no size, so CSS width sets how large it shows."""
    # Medium error correction survives a projector's glare and a phone's angle; a quiet zone
    # of four modules is what the standard asks for and what phone cameras expect.
    code = segno.make_qr(url, error="m")
    out = io.BytesIO()
    code.save(
        out,
        kind="svg",
        xmldecl=False,
        svgns=True,
        nl=False,
        omitsize=True,
        border=4,
        dark=dark,
        light=light,
    )
    return out.getvalue().decode("utf-8")
