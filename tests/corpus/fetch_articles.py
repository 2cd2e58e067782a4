"""Lay the corpus's article texts into tests/corpus/articles/ (an ignored folder).

The repository keeps only what the team wrote: the gold files and the manifests
(`MANIFEST*.tsv`: where each article comes from, as public repository, commit and path). The
texts themselves are read from, in this order:

1. `--shared` (default `../shared/eval/corpus/articles`): a copy laid beside the checkout;
2. `--mirrors` (default `../.mirror`): git snapshots of the public repositories, one folder per
   repository named `owner+name`, read with `git --git-dir ... show COMMIT:PATH`.

An article found in neither is listed on standard error; the exit code is 0 when every article
is laid, 1 otherwise.

    python3 tests/corpus/fetch_articles.py
"""
from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def manifest_rows(folder: Path = HERE) -> list[dict[str, str]]:
    """Every row of every `MANIFEST*.tsv` in the corpus folder, in file then row order."""
    rows: list[dict[str, str]] = []
    for path in sorted(folder.glob("MANIFEST*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle, delimiter="\t"))
    return rows


def article_file(row: dict[str, str]) -> str:
    """The file name an article is laid under: its id and the extension of its source path."""
    source = row["path"]
    suffix = ".html.gz" if source.endswith(".html.gz") else Path(source).suffix or ".txt"
    if suffix in {".md", ".markdown", ".text"}:
        suffix = ".txt"
    elif row.get("kind") == "html" and suffix not in {".html", ".htm", ".html.gz"}:
        suffix = ".html"  # a page kept as a server template ('index.php') is read as the HTML it is
    return row["id"] + suffix


def from_mirror(mirrors: Path, row: dict[str, str]) -> bytes | None:
    git_dir = mirrors / row["repo"].replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():  # a snapshot kept as a work tree's .git
        git_dir = git_dir / ".git"
    if not git_dir.is_dir():
        return None
    done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                          capture_output=True, check=False)
    return done.stdout if done.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    shared = ROOT.parent / "shared" / "eval" / "corpus" / "articles"
    parser.add_argument("--shared", type=Path, default=shared)
    parser.add_argument("--mirrors", type=Path, default=ROOT.parent / ".mirror")
    parser.add_argument("--out", type=Path, default=HERE / "articles")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    missing = 0
    rows = manifest_rows()
    for row in rows:
        name = article_file(row)
        target = args.out / name
        shared = args.shared / name
        if shared.is_file():
            shutil.copyfile(shared, target)
            continue
        data = from_mirror(args.mirrors, row)
        if data is None:
            print(f"missing: {row['id']}: {row['repo']}@{row['commit'][:12]}:{row['path']}", file=sys.stderr)
            missing += 1
            continue
        target.write_bytes(data)
    print(f"{len(rows) - missing} of {len(rows)} articles laid in {args.out}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
