"""union_desk: offline-first office software for grassroots trade unions."""

__version__ = "0.1.0"
