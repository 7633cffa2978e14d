"""literacy: media-literacy quizzes from real news articles, Arabic first."""

__version__ = "0.1.0"
