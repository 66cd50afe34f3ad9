"""A scanning kiosk process for the backup test, and the harness that runs four of them.

``python -m tests.integration.proc_scanner --db URL --terminal T --codes FILE`` (see
:func:`kiosk_main`): scans badges round and round, printing an acknowledgement with its times
after every committed scan, until told to stop. :class:`Kiosks` starts the processes, releases
them together and collects every acknowledgement on reader threads, so that a test waits for
acknowledgements, never for time to pass.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

from aptaskil_desk.services.scan import ScanService
from tests.integration.proc_writer import REPO_ROOT, open_context

#: Only against a hang: every wait is for acknowledgements, never for time to pass.
HANG_GUARD_S = 300.0


def kiosk_main(argv: list[str]) -> int:
    """Scan the learners' badges round and round until ``STOP`` arrives on stdin.

    Prints ``READY``, waits for ``GO``, then for each scan that recorded an event prints
    ``ACK <uuid> <began> <acked>`` (``time.monotonic()`` just before the call and after it
    returned, i.e. after the commit), and at the end one JSON line with the errors. The scan
    service is the real one with no debounce, so every scan of a badge records a check-in or a
    check-out and a kiosk never runs out of work.
    """
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--db", required=True)
    parser.add_argument("--terminal", required=True)
    parser.add_argument("--codes", required=True)
    args = parser.parse_args(argv)
    codes = Path(args.codes).read_text(encoding="utf-8").split()
    ctx = open_context(args.db, args.terminal)
    scan = ScanService(ctx.db, ctx.clock, debounce=timedelta(0))
    ctx.db.run_write(lambda session: None)  # connect before the barrier
    print("READY", flush=True)
    if sys.stdin.readline().strip() != "GO":
        return 3
    stop = threading.Event()

    def listen() -> None:
        for line in sys.stdin:
            if line.strip() == "STOP":
                break
        stop.set()  # STOP, or the parent went away

    threading.Thread(target=listen, daemon=True).start()
    errors: list[str] = []
    for code in itertools.cycle(codes):
        if stop.is_set():
            break
        event_uuid = str(uuid.uuid4())
        began = time.monotonic()
        try:
            result = scan.scan(code, args.terminal, event_uuid=event_uuid)
        except Exception as error:  # counted, never retried here: the retry policy is the application's
            errors.append(f"{type(error).__name__}: {error}")
            continue
        if result.result in ("checked_in", "checked_out"):
            print(f"ACK {event_uuid} {began!r} {time.monotonic()!r}", flush=True)
        else:
            errors.append(f"unexpected result {result.result}")
    ctx.close()
    print(json.dumps({"errors": len(errors), "first_errors": errors[:3]}), flush=True)
    return 0


class Ack(NamedTuple):
    uuid: str
    began: float
    acked: float


class Kiosks:
    """The kiosk processes and what they acknowledged, read by one thread per process."""

    def __init__(self, url: str, codes: list[list[str]], workdir: Path) -> None:
        self.cond = threading.Condition()
        self.acks: list[list[Ack]] = [[] for _ in codes]
        self.summaries: list[dict[str, object] | None] = [None for _ in codes]
        self.ended = [False for _ in codes]
        self.procs = []
        for k, own in enumerate(codes):
            codes_file = workdir / f"codes{k}.txt"
            codes_file.write_text("\n".join(own), encoding="utf-8")
            argv = [sys.executable, "-m", "tests.integration.proc_scanner", "--db", url,
                    "--terminal", f"KIOSK-{k}", "--codes", str(codes_file)]  # fmt: skip
            with (workdir / f"kiosk{k}.err").open("w") as err:
                self.procs.append(subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                                   text=True, cwd=REPO_ROOT))  # fmt: skip
        self.workdir = workdir

    def start(self) -> None:
        for proc in self.procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        for k in range(len(self.procs)):
            threading.Thread(target=self._read, args=(k,), daemon=True).start()
        self._tell("GO")

    def _tell(self, word: str) -> None:
        for proc in self.procs:
            assert proc.stdin is not None
            proc.stdin.write(word + "\n")
            proc.stdin.flush()

    def _read(self, k: int) -> None:
        stdout = self.procs[k].stdout
        assert stdout is not None
        for line in stdout:
            with self.cond:
                if line.startswith("ACK "):
                    _, event_uuid, began, acked = line.split()
                    self.acks[k].append(Ack(event_uuid, float(began), float(acked)))
                elif line.startswith("{"):
                    self.summaries[k] = json.loads(line)
                self.cond.notify_all()
        with self.cond:
            self.ended[k] = True
            self.cond.notify_all()

    def wait_until(self, each: Callable[[list[Ack]], bool], what: str) -> None:
        """Wait until ``each`` holds for every kiosk's acknowledgements (or a kiosk died)."""
        with self.cond:
            done = self.cond.wait_for(lambda: all(map(each, self.acks)) or any(self.ended), timeout=HANG_GUARD_S)
            assert done and all(map(each, self.acks)), f"kiosks stopped before {what}: {self.stderr()}"

    def stop(self) -> list[dict[str, object] | None]:
        self._tell("STOP")
        for proc in self.procs:
            assert proc.wait(timeout=HANG_GUARD_S) == 0, self.stderr()
        with self.cond:
            self.cond.wait_for(lambda: all(self.ended), timeout=HANG_GUARD_S)
            return list(self.summaries)

    def all_acks(self) -> list[Ack]:
        with self.cond:
            return [a for acks in self.acks for a in acks]

    def stderr(self) -> str:
        return " | ".join((self.workdir / f"kiosk{k}.err").read_text()[-500:] for k in range(len(self.procs)))

    def kill(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    raise SystemExit(kiosk_main(sys.argv[1:]))
