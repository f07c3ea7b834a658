"""Every `union-desk ... --help` renders (a stray % in a help text crashes argparse)."""

import argparse

from union_desk.cli import build_parser


def _walk(parser: argparse.ArgumentParser, path=()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, path + (name,))


def test_every_command_has_working_help():
    seen = []
    for path, parser in _walk(build_parser()):
        text = parser.format_help()
        assert "usage:" in text
        seen.append(" ".join(path))
    for expected in ("members export", "import members", "import dues", "dues generate",
                     "report", "sync register", "settings set", "init", "demo"):
        assert expected in seen, f"`union-desk {expected}` is missing"
