"""quick_handoff: a short switch interval inside, the app's own back once the last use ends."""

import sys
import threading

from union_desk.infra.gil import QUICK_S, quick_handoff


def test_overlapping_uses_from_two_threads_restore_the_interval_once_both_end():
    before = sys.getswitchinterval()
    inside, release = threading.Event(), threading.Event()

    def worker():
        with quick_handoff():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    with quick_handoff():
        assert abs(sys.getswitchinterval() - QUICK_S) < 1e-9
        t.start()
        inside.wait(5)
    assert abs(sys.getswitchinterval() - QUICK_S) < 1e-9  # the worker's use is still running
    release.set()
    t.join(5)
    assert sys.getswitchinterval() == before


def test_an_error_inside_still_restores_the_interval():
    before = sys.getswitchinterval()
    try:
        with quick_handoff():
            raise ValueError
    except ValueError:
        pass
    assert sys.getswitchinterval() == before
