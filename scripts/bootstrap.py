#!/usr/bin/env python3
"""One-command set-up for union_desk, used by the README and by CI.

    python3 scripts/bootstrap.py demo   # install, fill a demo database, start the app
    python3 scripts/bootstrap.py test   # install, then run the whole test suite

Works from a fresh clone on Debian/Ubuntu (installs the Qt/font/PostgreSQL
system packages with apt when run as root or with sudo) and on Windows
(`py scripts\\bootstrap.py demo`). Everything Python goes into ./.venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"

# Qt offscreen + Xvfb window + CJK glyphs + PDF tools for tests + PostgreSQL for the sync suite
DEBIAN_PACKAGES = [
    "libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libglib2.0-0", "libdbus-1-3",
    "xvfb", "xauth", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0",
    "fonts-wqy-microhei", "poppler-utils",
]
DEBIAN_TEST_PACKAGES = ["postgresql"]


def log(msg: str) -> None:
    print(f"[bootstrap] {msg}", flush=True)


def run(cmd: list[str], **kw) -> None:
    log(" ".join(str(c) for c in cmd))
    subprocess.run(cmd, check=True, **kw)


def missing_debian(packages: list[str]) -> list[str]:
    missing = []
    for pkg in packages:
        res = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg],
                             capture_output=True, text=True)
        if "install ok installed" not in res.stdout:
            missing.append(pkg)
    return missing


def ensure_system_packages(with_test: bool) -> None:
    if IS_WINDOWS or not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return
    wanted = DEBIAN_PACKAGES + (DEBIAN_TEST_PACKAGES if with_test else [])
    missing = missing_debian(wanted)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            log(f"please install these Debian packages first: {' '.join(missing)}")
            sys.exit(1)
        prefix = ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(prefix + ["apt-get", "update", "-qq"], env=env)
    run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def ensure_venv(extras: str) -> Path:
    py = venv_python()
    if not py.exists():
        log(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'base'}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        run([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        target = f".[{extras}]" if extras else "."
        run([str(py), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT)
        stamp.touch()
    return py


def cmd_demo(args: list[str]) -> int:
    ensure_system_packages(with_test=False)
    py = ensure_venv("")
    data_dir = ROOT / "demo-data"
    if not (data_dir / "union_desk.sqlite").exists():
        run([str(py), "-m", "union_desk", "--data-dir", str(data_dir), "demo"])
    return subprocess.call([str(py), "-m", "union_desk", "--data-dir", str(data_dir), *args])


def cmd_test(args: list[str]) -> int:
    ensure_system_packages(with_test=True)
    py = ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    pg = ROOT / ".ci" / "postgres.sh"
    if pg.exists() and not IS_WINDOWS and shutil.which("pg_ctlcluster"):
        res = subprocess.run(["bash", str(pg)], capture_output=True, text=True)
        url = res.stdout.strip().splitlines()[-1] if res.returncode == 0 and res.stdout.strip() else ""
        if url:
            env["UNION_DESK_TEST_PG"] = url
        else:
            log(f"PostgreSQL could not be started; its tests will fail: {res.stderr.strip()}")
    return subprocess.call([str(py), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test"}:
        print(__doc__)
        return 2
    return {"demo": cmd_demo, "test": cmd_test}[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
