from union_desk.cli import run

run()
