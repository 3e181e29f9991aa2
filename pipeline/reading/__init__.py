"""Reading: corpus folders, feeds and saved pages into `ReleaseText` (decode, front matter, dateline, long-release pieces)."""
