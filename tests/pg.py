"""PostgreSQL for the tests: the server named by ``STORYLINE_TEST_PG``, else a throwaway cluster
started by ``scripts/pg-throwaway.sh`` when Debian's PostgreSQL binaries are installed, else
the PostgreSQL cases skip and say why. Every store gets a schema of its own."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ENV = "STORYLINE_TEST_PG"
SCRIPT = REPO / "scripts" / "pg-throwaway.sh"


def binaries() -> bool:
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    return bool(found or (os.environ.get("PG_BIN") and Path(os.environ["PG_BIN"], "initdb").exists()))


class Server:
    """A PostgreSQL server for the session: ``dsn`` is its database, ``stop()`` ends a cluster
    this session started (a server from the environment is left alone)."""

    def __init__(self) -> None:
        self.dir: str | None = None
        self.schemas: list[str] = []
        dsn = os.environ.get(ENV)
        if not dsn:
            if not binaries():
                pytest.skip(
                    f"PostgreSQL: set {ENV}=postgresql://… or install Debian's postgresql package"
                    " (no initdb under /usr/lib/postgresql/*/bin)"
                )
            self.dir = tempfile.mkdtemp(prefix="slpg")  # short: a Unix socket path is ≤ 107 bytes
            run = subprocess.run([str(SCRIPT), "start", self.dir], capture_output=True, text=True)
            if run.returncode != 0:
                shutil.rmtree(self.dir, ignore_errors=True)
                pytest.fail(f"could not start a throwaway PostgreSQL: {run.stderr[-2000:]}")
            dsn = run.stdout.strip()
        self.dsn = dsn

    def schema_dsn(self, prefix: str = "t") -> str:
        """A DSN whose store lives in a new, empty schema of its own."""
        import psycopg

        schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        self.schemas.append(schema)
        return with_options(self.dsn, f"-csearch_path%3D{schema}")

    def stop(self) -> None:
        """Stop the cluster this session started; in a server from the environment, drop the
        schemas the tests made."""
        if not self.dir and self.schemas:
            import psycopg

            with psycopg.connect(self.dsn, autocommit=True) as conn:
                for schema in self.schemas:
                    conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        if self.dir:
            subprocess.run([str(SCRIPT), "stop", self.dir], capture_output=True)
            shutil.rmtree(self.dir, ignore_errors=True)


def with_options(dsn: str, options: str) -> str:
    """A ``postgresql://`` URI with libpq ``options`` added (percent-encoded)."""
    return dsn + ("&" if "?" in dsn else "?") + f"options={options}"
