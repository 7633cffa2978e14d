"""Streamlit pages and the helpers they share (the only place that imports streamlit)."""
