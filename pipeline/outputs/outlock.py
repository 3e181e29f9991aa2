"""One run at a time per output folder: an exclusive `fcntl.flock` on OUT/.lock, which holds
the pid of the run that has it. The kernel drops the lock when its process ends, however it
ends (kill -9 included), so a lock is never stale; the file itself is removed at the end."""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

LOCK_FILE = ".lock"


class OutputsBusy(Exception):
    """Another process holds the lock of an output folder."""

    def __init__(self, path: Path, pid: Optional[int]):
        self.path = path
        self.pid = pid
        super().__init__(f"{path.parent}/ is in use by another run ({f'pid {pid}' if pid else 'pid unknown'}, lock file {path})")


# The holder writes its pid just after taking the lock: a run that finds the lock taken in that
# instant reads an empty file, so it reads again for up to this long before saying "unknown".
PID_WAIT_SECONDS = 1.0


def holder(fd: int, wait: float = PID_WAIT_SECONDS) -> Optional[int]:
    """The pid written in a lock file, or None when none appears within `wait` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return int(os.pread(fd, 32, 0).decode("ascii").strip())
        except (OSError, ValueError):
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.02)


@contextmanager
def locked(out: Path) -> Iterator[Path]:
    """Hold OUT/.lock for the duration (OUT is made if needed, and removed again at the end when
    the run left nothing in it); raises OutputsBusy naming the holder's pid."""
    created = [d for d in (out, *out.parents) if not d.exists()]
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_FILE
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = holder(fd)
            os.close(fd)
            raise OutputsBusy(path, pid) from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)  # the run before removed the file as we opened it: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        path.unlink(missing_ok=True)  # while still holding it: a waiting run retries on the new file
        os.close(fd)
        for folder in created:
            try:
                folder.rmdir()
            except OSError:  # not empty: the run wrote its outputs there
                break
