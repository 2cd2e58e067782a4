"""Sources, in process: reading files (gzip too), the folder walk with its symlink rules, error kinds."""
from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

import pytest

from extractor.api import extract_input
from extractor.schema import violations
from extractor.settings import Settings
from extractor.sources import InputError, folder_files, gunzip, is_article_file, read_file, read_input
from tests.helpers import ARTICLE_HTML, write_article_files


def test_read_plain_and_gzip_files(tmp_path: Path) -> None:
    files = write_article_files(tmp_path)
    assert read_file(str(files["html"]), Settings()).content == ARTICLE_HTML.encode()
    raw = read_file(str(files["html_gz"]), Settings())
    assert raw.content == ARTICLE_HTML.encode()
    assert raw.source == {"path": str(files["html_gz"]), "url": None,
                          "sha256": hashlib.sha256(files["html_gz"].read_bytes()).hexdigest()}


@pytest.mark.parametrize(("name", "kind", "cause"), [
    ("missing.txt", "not_found", "no such file"),
    ("bad_gz", "read_error", "not valid gzip"),
    ("empty", "article_error", "empty"),
    ("garbage", "article_error", "binary"),
    ("folder", "read_error", "is a folder"),
    ("truncated_gz", "read_error", "truncated"),
])
def test_unreadable_inputs_give_error_records(tmp_path: Path, name: str, kind: str, cause: str) -> None:
    files = write_article_files(tmp_path)
    files["folder"] = tmp_path / "sub"
    files["folder"].mkdir()
    files["truncated_gz"] = tmp_path / "truncated.html.gz"
    files["truncated_gz"].write_bytes(gzip.compress(ARTICLE_HTML.encode())[:120])
    path = str(files.get(name, tmp_path / name))
    record = extract_input(path, Settings())
    assert record["error"]["type"] == kind
    assert path in record["error"]["message"]
    assert cause in record["error"]["message"]
    assert "\n" not in record["error"]["message"]
    read = kind == "article_error" or name.endswith("_gz")  # the bytes were read: their hash is kept
    sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest() if read else None
    assert record["source"] == {"path": path, "url": None, "sha256": sha256}
    assert violations(record) == []


def test_binary_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    """Control characters without a NUL (e.g. a corrupt file) are still binary, not an article."""
    path = tmp_path / "corrupt.txt"
    path.write_bytes(bytes(b for b in range(1, 256) if b not in (9, 10, 13)) * 20)
    record = extract_input(str(path), Settings())
    assert record["error"]["type"] == "article_error"
    assert "binary" in record["error"]["message"]


def test_max_bytes_for_files_and_gzip_bombs(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Twitter suspended accounts. " * 100)
    assert extract_input(str(big), Settings(max_bytes=100))["error"]["type"] == "too_large"
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 1_000_000))
    assert bomb.stat().st_size < 10_000
    record = extract_input(str(bomb), Settings(max_bytes=100_000))
    assert record["error"]["type"] == "too_large"
    assert "decompressed" in record["error"]["message"]


def test_gunzip_passes_plain_data_through() -> None:
    assert gunzip(b"plain text", "x", 100) == b"plain text"
    assert gunzip(gzip.compress(b"zipped"), "x", 100) == b"zipped"
    with pytest.raises(InputError):
        gunzip(b"\x1f\x8b garbage", "x", 100)


def test_path_with_scheme_like_part_is_a_file(tmp_path: Path) -> None:
    """'folder/http://x' is not a URL: its error record names a path, not a URL."""
    item = str(tmp_path / "http:") + "//x.txt"
    record = extract_input(item, Settings())
    assert record["error"]["type"] == "not_found"
    assert record["source"] == {"path": item, "url": None, "sha256": None}


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    packed = gzip.compress(b"hello")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(packed)))
    raw = read_input("-", Settings())
    assert raw.content == b"hello"
    assert raw.source == {"path": "-", "url": None, "sha256": hashlib.sha256(packed).hexdigest()}


def test_is_article_file() -> None:
    for name in ("a.html", "a.HTM", "a.txt", "a.html.gz", "a.txt.gz", "a.xhtml"):
        assert is_article_file(Path(name)), name
    for name in ("a.gz", "a.json", "a.pdf", "README.md", "a.html.bz2"):
        assert not is_article_file(Path(name)), name


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/ with files, a nested folder, links inside and out of it, and a link loop."""
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    (root / "sub" / "deeper").mkdir(parents=True)
    outside.mkdir()
    (root / "a.html").write_text(ARTICLE_HTML)
    (root / "notes.md").write_text("not an article")
    (root / "sub" / "b.txt").write_text("Title\n\nText.")
    (root / "sub" / "deeper" / "c.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    (outside / "secret.txt").write_text("secret")
    os.symlink(outside / "secret.txt", root / "out.txt")  # file out of the folder
    os.symlink(outside, root / "outdir")  # folder out of the folder
    os.symlink(root / "sub" / "b.txt", root / "in.txt")  # file inside
    os.symlink(root / "sub", root / "insub")  # folder inside
    os.symlink(root, root / "sub" / "loop")  # a loop back to the root
    return root


def test_folder_walk_symlink_rules_and_order(tree: Path) -> None:
    found = [p.relative_to(tree).as_posix() for p in folder_files(tree)]
    assert "out.txt" not in found
    assert not any(f.startswith("outdir") for f in found)
    assert "notes.md" not in found
    assert {"a.html", "sub/b.txt", "sub/deeper/c.html.gz", "in.txt"} <= set(found)
    assert not any("loop/" in f for f in found), found  # the loop is not walked
    assert found == sorted(found)
    assert len(found) == len(set(found))
    for path in folder_files(tree):
        assert path.resolve().is_relative_to(tree.resolve())


def test_folder_walk_through_a_linked_root(tree: Path, tmp_path: Path) -> None:
    """The folder named may itself be a symlink; files under it are then still inside."""
    link = tmp_path / "link-to-root"
    os.symlink(tree, link)
    found = [p.relative_to(link).as_posix() for p in folder_files(link)]
    assert "a.html" in found and "out.txt" not in found
