"""Fixtures for the window's tests: flat-coloured art and a fresh Screen each test."""
from __future__ import annotations

import pytest

from render_harness import flat_art, init_display, make_screen


@pytest.fixture(scope="session")
def flat_index(tmp_path_factory):
    return flat_art(tmp_path_factory.mktemp("flat-art"))


@pytest.fixture
def screen(flat_index):
    init_display()
    s = make_screen(flat_index)
    yield s
    s.images.close()
