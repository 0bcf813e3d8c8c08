"""``python -m storyline``: the same CLI as the ``storyline`` command (for a venv whose scripts
directory is not on PATH)."""

from storyline.present.cli import main

if __name__ == "__main__":
    main()
