"""literacy: the Streamlit app (a placeholder home page until the app pages land)."""

import streamlit as st

st.set_page_config(page_title="literacy", page_icon="📰")
st.title("literacy")
st.write(
    "Media-literacy quizzes from real news articles, Arabic first and English too: who are "
    "the sources, which claims could a reader check, which words are loaded."
)
st.html(
    '<p dir="rtl" lang="ar" style="text-align:right">'
    "اختبارات في التربية الإعلامية من أخبار حقيقية: من المصدر؟ ما الذي يمكن التحقق منه؟ "
    "ما الكلمات المشحونة؟</p>"
)
st.info("The quiz pages are on their way. Meanwhile: `literacy validate quizzes/`.")
