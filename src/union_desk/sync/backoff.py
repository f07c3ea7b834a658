"""Exponential backoff with full jitter for retrying sync while offline (used by the UI timer)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base_s: float = 5.0
    cap_s: float = 900.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        """Record a failure and return how long to wait (uniform in [0, min(cap, base*2^n)])."""
        ceiling = min(self.cap_s, self.base_s * (2 ** min(self.failures, 30)))
        self.failures += 1
        return self.rng.uniform(0, ceiling)

    def reset(self) -> None:
        self.failures = 0
