"""Process-wide settings changed during bulk work (infra.nested): gc_paused turns the cyclic
collector off, quick_handoff shortens the GIL switch interval. Each is in force inside, and
the app's own setting is back only when the last overlapping use ends, error or not."""

import gc
import sys
import threading

import pytest

from union_desk.infra.gcpause import gc_paused
from union_desk.infra.gil import QUICK_S, quick_handoff

SETTINGS = {
    "gc_paused": (gc_paused, gc.isenabled, lambda v: v is False),
    "quick_handoff": (quick_handoff, sys.getswitchinterval, lambda v: abs(v - QUICK_S) < 1e-9),
}


@pytest.fixture(params=sorted(SETTINGS))
def setting(request):
    return SETTINGS[request.param]


def test_overlapping_uses_from_two_threads(setting):
    use, read, in_force = setting
    before = read()
    inside, release = threading.Event(), threading.Event()

    def worker():
        with use():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    with use():
        assert in_force(read())
        t.start()
        inside.wait(5)
    assert in_force(read())  # the worker's use is still running
    release.set()
    t.join(5)
    assert read() == before and not in_force(before)


def test_an_error_inside_still_restores_the_setting(setting):
    use, read, _in_force = setting
    before = read()
    with pytest.raises(ValueError):
        with use():
            raise ValueError
    assert read() == before


def test_a_collector_the_app_turned_off_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
