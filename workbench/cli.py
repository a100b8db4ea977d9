"""Command line: ``workbench report`` renders the curated notebooks to HTML."""

from __future__ import annotations

import argparse
import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="execute the curated notebooks and write HTML reports")
    report.add_argument("notebooks", nargs="*", help="notebooks to run (default: all in notebooks/)")
    report.add_argument("--out", default="reports", help="folder for the HTML reports (default: reports)")
    report.add_argument("--corpus", help="corpus path passed to the notebooks' `corpus` parameter")
    args = parser.parse_args(argv)

    if args.command == "report":
        from workbench.report import run_notebooks

        params = {"corpus": args.corpus} if args.corpus else None
        for path in run_notebooks(args.notebooks or None, args.out, params):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
