"""The clean stage: raw scrape or HTML page -> article body with exact offsets back."""

from .html import clean_html
from .result import Cleaned
from .text import clean_text

__all__ = ["Cleaned", "clean_html", "clean_text"]
