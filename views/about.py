"""About: what the three skills mean, and why results show discernment, not suspicion."""

from __future__ import annotations

import streamlit as st

from literacy.ui.html import text_html
from views import common


def main() -> None:
    msg = common.messages()
    st.title(msg("about.title"))
    st.html(text_html(msg("about.intro"), msg.language, "lit-text lit-prose"))
    for part in ("source", "checkability", "loaded_language", "discernment"):
        st.subheader(msg(f"about.{part}_title"))
        st.html(text_html(msg(f"about.{part}_body"), msg.language, "lit-text lit-prose"))
    st.caption(msg("about.licence"))


main()
