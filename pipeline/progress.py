"""Progress of a run: a tqdm bar while it goes, one summary line when it ends."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, Optional, TypeVar

from tqdm import tqdm

from pipeline.extraction.records import RECORD_TYPES, Release

T = TypeVar("T")


def progress_bar(items: Iterable[T], total: Optional[int], quiet: bool = False, stream: Optional[IO[str]] = None) -> Iterator[T]:
    """`items` with a bar on `stream` (releases done/total, releases/s, ETA).

    Silent with `quiet` or when `stream` (default stderr) is not a terminal, so logs and pipes
    stay clean.
    """
    stream = stream or sys.stderr
    show = not quiet and stream.isatty()
    return tqdm(items, total=total, unit="release", desc="extract", file=stream, disable=not show, dynamic_ncols=True)


@dataclass
class RunStats:
    """What a run did, for the summary line."""

    releases: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_TYPES, 0))
    skipped: int = 0
    cache_hits: int = 0
    began: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def add(self, release: Release) -> None:
        """Count one extracted release and its records."""
        self.releases += 1
        for kind in self.records:
            self.records[kind] += len(getattr(release, kind))

    def finish(self) -> "RunStats":
        """Stop the clock."""
        self.elapsed = time.perf_counter() - self.began
        return self

    def summary(self, out: object = None) -> str:
        """One line: releases, records by type, skipped, cache hits, elapsed (and where to)."""
        records = ", ".join(f"{n} {kind}" for kind, n in self.records.items())
        where = f" -> {out}/" if out is not None else ""
        return (
            f"{self.releases} releases{where} ({records}); {self.skipped} skipped, "
            f"{self.cache_hits} cache hits; {self.elapsed:.1f}s"
        )
