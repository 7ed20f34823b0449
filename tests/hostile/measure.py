"""Run every hostile case in its own process: seconds, peak memory, exit code, answer.

    python -m tests.hostile.measure [--checkout DIR] [--only NAME] [--group G] [--json]

``--checkout`` runs another checkout's game (e.g. a worktree of an older commit)
so before and after are measured on the same machine. Each process is killed
past ``--timeout`` seconds or ``--max-mb`` of memory, and reported as such.
Linux only (memory is read from /proc).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.hostile.cases import CASES, Case

CASE_MODULES = (
    "tests.hostile.cases_player",
    "tests.hostile.cases_maps",
    "tests.hostile.cases_data",
    "tests.hostile.cases_app",
)
ROOT = Path(__file__).resolve().parents[2]


def _rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of ``pid`` in MB, from /proc."""
    now = peak = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    return now, peak


def run_case(c: Case, checkout: Path, timeout: float, max_mb: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix=f"hostile-{c.name}-") as tmp:
        folder = Path(tmp)
        argv = c.make(folder)
        env = dict(
            os.environ,
            PYTHONPATH=str(checkout),
            FAST_TRACK_HOME=str(folder / "home"),
            SDL_VIDEODRIVER="dummy",
            SDL_AUDIODRIVER="dummy",
            PYTHONFAULTHANDLER="1",
        )
        # Output goes to files, not pipes: a child writing more than a pipe holds would block.
        out_file, err_file = folder / ".stdout", folder / ".stderr"
        start = time.perf_counter()
        with out_file.open("wb") as out_handle, err_file.open("wb") as err_handle:
            proc = subprocess.Popen(
                [sys.executable, *argv], cwd=folder, env=env, stdout=out_handle, stderr=err_handle
            )
        peak = 0.0
        verdict = ""
        while proc.poll() is None:
            now, hwm = _rss_mb(proc.pid)
            peak = max(peak, now, hwm)
            elapsed = time.perf_counter() - start
            if elapsed > timeout:
                verdict = f"killed after {timeout:.0f} s"
            elif peak > max_mb:
                verdict = f"killed at {peak:.0f} MB"
            if verdict:
                proc.kill()
                break
            time.sleep(0.02)
        proc.wait()
        seconds = time.perf_counter() - start
        out = out_file.read_bytes()[-200_000:].decode("utf-8", "replace")
        err = err_file.read_bytes()[-200_000:].decode("utf-8", "replace")
        text = (err.strip() or out.strip()).splitlines()
        answer = verdict or (text[-1] if text else "")
        if "Traceback" in err:
            answer = "TRACEBACK: " + (err.strip().splitlines() or [""])[-1]
        elif proc.returncode is not None and proc.returncode < 0 and not verdict:
            answer = f"CRASHED (signal {-proc.returncode}): {answer}"
        return {
            "case": c.name,
            "group": c.group,
            "seconds": round(seconds, 2),
            "peak_mb": round(peak),
            "exit": proc.returncode,
            "answer": answer[:160],
            "expected": c.expect.lower() in (out + err).lower() and not verdict,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--only", action="append")
    parser.add_argument("--group", action="append")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--max-mb", type=float, default=8000.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    for name in CASE_MODULES:
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(name)
    rows = []
    for c in CASES:
        if (args.only and c.name not in args.only) or (args.group and c.group not in args.group):
            continue
        row = run_case(c, args.checkout.resolve(), args.timeout, args.max_mb)
        rows.append(row)
        if not args.json:
            mark = "ok " if row["expected"] else "BAD"
            print(
                f"{mark} {row['case']:34s} {row['seconds']:7.2f} s {row['peak_mb']:6} MB "
                f"exit {row['exit']!s:4} {row['answer']}",
                flush=True,
            )
    if args.json:
        print(json.dumps(rows))
    return 0 if all(r["expected"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
