"""Puts content/ and migrations/ into the wheel as bot/_shipped/, so an installed bot finds
them wherever it runs. They stay at the top of the repository for people editing them; a
checkout and an editable install read them there (see bot/packaged.py). Everything else
about the package is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

# setuptools ships no type information; this file runs only at build time.
from setuptools import setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

SHIPPED = ("content", "migrations")


class BuildWithShippedData(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the repository's own folders
        target = Path(self.build_lib) / "bot" / "_shipped"
        for name in SHIPPED:
            shutil.copytree(
                Path(__file__).parent / name,
                target / name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )


setup(cmdclass={"build_py": BuildWithShippedData})
