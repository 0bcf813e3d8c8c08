from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture
def seed():
    """Read a seed scrape by its number, skipping when ../shared is not beside the repo."""

    def read(number: str) -> str:
        found = sorted(SEEDS.glob(f"{number}_*.txt")) if SEEDS.is_dir() else []
        if not found:
            pytest.skip(f"seed {number} not found under {SEEDS} (../shared is absent)")
        return found[0].read_text(encoding="utf-8")

    return read
