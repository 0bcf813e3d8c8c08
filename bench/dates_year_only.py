"""Months and days said without a year, in an article whose year is all that is known.

    python bench/dates_year_only.py [--n 600]

A scrape without metadata or dateline gets only a year from its text (extract.dates_reference),
and "May 9" must then be placed in that year or the one before. Takes AllSides 2016–2018
articles that carry a publication date (split into dev and held out by bench/pubyear.py's hash)
and reads each twice with extract.dates.find_timexes: anchored on its full publication date, and
on its year alone. Over the expressions that name a month without a year ("May 9", "in
December"), reports the share whose year-only reading gives the same value as the full-date
reading (the full date decides "December" in a January article; it is the reference here, not a
hand label).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pubyear import REPO, sample  # noqa: E402

sys.path.insert(0, str(REPO / "src"))
from storyline.extract.dates import find_timexes  # noqa: E402

MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
DATE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def agreement(rows: list[dict]) -> dict[str, float]:
    same = n = 0
    for r in rows:
        text, day = r["content_original"], r["date"]
        full = {(t.start, t.text): t.value for t in find_timexes(text, day)}
        year_only = {(t.start, t.text): t.value for t in find_timexes(text, day[:4])}
        for key, value in full.items():
            if DATE.fullmatch(value) and MONTH.search(key[1]) and not re.search(r"\d{4}", key[1]):
                n += 1
                same += year_only.get(key) == value
    return {"expressions": n, "agreement": round(same / n, 3) if n else 0.0}


def main() -> None:
    if not (REPO.parent / "shared" / "data" / "allsides-2016-2018").is_dir():
        sys.exit("skipped: ../shared/data/allsides-2016-2018 is absent")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=600, help="articles per part")
    args = ap.parse_args()
    parts = sample(args.n)
    for name in ("dev", "heldout"):
        print(name, agreement(parts[name]))


if __name__ == "__main__":
    main()
