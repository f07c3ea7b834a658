"""A sync round and an import overlap: the interpreter's switch interval comes back after both.

Both shorten the interval while they run (infra/gil.py); they share one nesting-safe handoff, so
whichever ends last puts back the interval that was there before either began.
"""

from __future__ import annotations

import random
import sys
from contextlib import ExitStack

import pytest

from tests.sync.helpers import add_member
from union_desk.infra.gil import QUICK_S, quick_handoff


@pytest.mark.parametrize("order", ["import_ends_during_the_push", "import_starts_during_the_push"])
def test_switch_interval_restored_after_a_round_overlaps_an_import(make_pc, order):
    pc = make_pc("o1")
    rng = random.Random(4)
    for _ in range(3):
        add_member(pc.ctx, rng)
    original = sys.getswitchinterval()
    importing = ExitStack()
    seen = []

    def hook(point: str) -> None:
        if point != "before_ack" or seen:
            return
        if order == "import_ends_during_the_push":
            importing.close()
        else:
            importing.enter_context(quick_handoff())
        seen.append(sys.getswitchinterval())

    if order == "import_ends_during_the_push":
        importing.enter_context(quick_handoff())
    try:
        report = pc.service(hook=hook).run_round(token=pc.token)
    finally:
        importing.close()
    assert report.pushed == 6
    assert sys.getswitchinterval() == pytest.approx(original, abs=2e-6)
    assert seen == [pytest.approx(QUICK_S, abs=2e-6)]   # meanwhile the push hands the GIL over quickly
