"""The Streamlit app: `streamlit run app.py` (or `make run`).

A thin face over the library: pages parse input, call `literacy` and render. Each page
has its own URL (/take?quiz=ID shares a quiz), and `?lang=ar|en` the interface language.
"""

from __future__ import annotations

import streamlit as st

from literacy.ui.i18n import Messages
from views import common

st.set_page_config(page_title="literacy", page_icon=":material/newspaper:", layout="wide")

msg = Messages(common.language_switch())
common.inject_css(msg.language)


def home() -> None:
    # Streamlit serves its default page at "/" only; sending "/" on to /library gives
    # every page, the library included, a URL of its own that can be shared.
    st.switch_page(common.PAGES["library"], query_params=st.query_params.to_dict())


page = st.navigation(
    [
        st.Page(home, title=msg("nav.library"), url_path="home", default=True, visibility="hidden"),
        st.Page(
            common.PAGES["library"],
            title=msg("nav.library"),
            icon=":material/local_library:",
            url_path="library",
        ),
        st.Page(
            common.PAGES["take"], title=msg("nav.take"), icon=":material/quiz:", url_path="take"
        ),
        st.Page(
            common.PAGES["author"],
            title=msg("author.nav"),
            icon=":material/edit_note:",
            url_path="author",
        ),
        st.Page(
            common.PAGES["classroom"],
            title=msg("classroom.nav_host"),
            icon=":material/groups:",
            url_path="classroom",
        ),
        st.Page(
            common.PAGES["join"],
            title=msg("classroom.nav_join"),
            icon=":material/login:",
            url_path="join",
        ),
        st.Page(
            common.PAGES["about"], title=msg("nav.about"), icon=":material/info:", url_path="about"
        ),
    ]
)
st.sidebar.caption(msg("app.tagline"))
try:
    page.run()
except Exception as error:
    # Errors a user can fix are handled on each page; reaching here is our bug, and the
    # message says so plainly, with the details a teacher can pass on.
    st.error(msg("app.unexpected"))
    st.exception(error)
