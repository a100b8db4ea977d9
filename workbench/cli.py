"""Command line: ``workbench annotate`` builds a Parquet corpus store; ``workbench report`` renders the notebooks to HTML."""

from __future__ import annotations

import argparse
import sys

from workbench.frames.annotate import model_scopes

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="execute the curated notebooks and write HTML reports")
    report.add_argument("notebooks", nargs="*", help="notebooks to run (default: all in notebooks/)")
    report.add_argument("--out", default="reports", help="folder for the HTML reports (default: reports)")
    report.add_argument("--corpus", help="corpus path passed to the notebooks' `corpus` parameter")
    annotate = commands.add_parser(
        "annotate", help="annotate articles into a Parquet corpus store (incremental: only new articles are annotated)")
    annotate.add_argument("source", nargs="+", help="article files, folders, globs or zips (as for load_articles)")
    annotate.add_argument("--out", required=True, help="folder of the corpus store (created if needed)")
    annotate.add_argument("--tz", default="UTC", help="zone of naive publication times (default: UTC)")
    annotate.add_argument("--catalogue", metavar="FILE",
                          help="CSV of actors and aliases added to the shipped catalogue (as workbench.load_catalogue(extra=FILE))")
    annotate.add_argument("--model-scope", choices=model_scopes(), default="triggers",
                          help="where the entities model reads: triggers (default) around titles, organisation nouns "
                               "and reporting verbs; confident also between them (more recall, less precision, "
                               "more CPU); all every sentence")
    annotate.add_argument("--workers", type=int, help="worker processes (default: all available cores)")
    annotate.add_argument("--scheduler", help="address of a Dask scheduler (tcp://host:8786) to run on instead")
    annotate.add_argument("--batch-size", type=int, default=500, help="articles per batch and per Parquet part (default: 500)")
    annotate.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)

    if args.command == "annotate":
        return _annotate(args)
    if args.command == "report":
        from workbench.report import run_notebooks

        params = {"corpus": args.corpus} if args.corpus else None
        for path in run_notebooks(args.notebooks or None, args.out, params):
            print(f"wrote {path}")
    return 0


def _annotate(args: argparse.Namespace) -> int:
    from workbench.extract.catalogue import load_catalogue
    from workbench.frames.store import StoreVersionError, annotate_to_store

    try:
        catalogue = load_catalogue(extra=args.catalogue) if args.catalogue else None
        done = annotate_to_store(args.source, args.out, tz=args.tz, catalogue=catalogue, model_scope=args.model_scope,
                                 workers=args.workers, scheduler=args.scheduler, batch_size=args.batch_size,
                                 progress=not args.no_progress)
    except (StoreVersionError, FileNotFoundError) as exc:
        print(f"workbench annotate: {exc}", file=sys.stderr)
        return 2
    rate = done.new_articles / done.seconds if done.seconds else 0.0
    print(f"{done.new_articles} new article(s) annotated in {done.seconds:.1f} s ({rate:.1f}/s); "
          f"{done.already_stored} already stored; {done.duplicates} duplicate(s) of articles in other files; "
          f"{done.files_read} file(s) read, {done.files_unchanged} unchanged; "
          f"{done.problems} new problem(s) recorded; store: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
