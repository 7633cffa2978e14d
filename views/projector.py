"""The projector view of a running session: what the class sees on the big screen.

/classroom?view=KEY opens it. The view key reads the session and nothing else: the join
code, link and QR code, and the live dashboard as the teacher's projector settings allow
(names, the answer key), following the question the teacher opens. No controls, no
downloads, no per-student table; nothing on this page can change the session.
"""

from __future__ import annotations

import streamlit as st

from literacy.classroom import ClassroomError
from literacy.ui.i18n import Messages
from views import dashboard, host, live


def page(msg: Messages, view_key: str) -> None:
    # The sidebar holds only the app's pages and the language: out of the way on a projector.
    st.set_page_config(initial_sidebar_state="collapsed")
    try:
        session = live.store().session_for_view(view_key)
    except ClassroomError as error:
        live.show_refusal(msg, error, "view")
        return
    host.banner(msg, session)
    st.caption(msg("classroom.projector_badge"))
    dashboard.show(msg, dashboard.Viewer(view_key, host=False), session)
