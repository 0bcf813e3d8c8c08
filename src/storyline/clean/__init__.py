"""The clean stage: raw scrape or HTML page -> article body with exact offsets back."""

from .html import HtmlOptions, clean_html
from .result import Cleaned
from .text import clean_text

__all__ = ["Cleaned", "HtmlOptions", "clean_html", "clean_text"]
