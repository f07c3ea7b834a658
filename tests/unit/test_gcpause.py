"""gc_paused: the collector is off inside, and back on only when the last pause ends."""

import gc
import threading

from union_desk.infra.gcpause import gc_paused


def test_overlapping_pauses_from_two_threads():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def worker():
        with gc_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    with gc_paused():
        t.start()
        inside.wait(5)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's pause is still running
    release.set()
    t.join(5)
    assert gc.isenabled()


def test_an_error_inside_still_restores_the_collector():
    try:
        with gc_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_the_app_turned_off_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
