"""Allow `python -m pipeline`."""

from pipeline.cli import main

# The guard keeps worker processes (spawned, they import this module) from running the CLI.
if __name__ == "__main__":
    raise SystemExit(main())
