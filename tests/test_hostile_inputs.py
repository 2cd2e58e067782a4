"""Hostile inputs built in the test (issue 14): symbolic link loops, file names that are not UTF-8
or hold a line break, FIFOs, devices, dangling links, unreadable folders, multi-member gzip,
opaque URL schemes. Each gives one record (or one error record) and never stops the run."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from extractor.api import extract_input
from extractor.record import one_line
from extractor.schema import violations
from extractor.settings import Settings
from extractor.sources import InputError, Refused, folder_inputs, gunzip, path_bytes, path_text, read_file
from tests.helpers import ARTICLE_TEXT, SEED, run_cli

BAD_NAME = os.fsdecode(b"badbytes-\xff\xfe.txt")
NEWLINE_NAME = "new\nerror: fake.txt: forged.txt"


def hostile_folder(folder: Path) -> None:
    """Good articles between every kind of entry that once broke the listing or the writing."""
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    os.symlink("loop-b", folder / "loop-a")  # a -> b, b -> a
    os.symlink("loop-a", folder / "loop-b")
    os.symlink("self.html", folder / "self.html")  # x.html -> x.html
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / BAD_NAME).write_bytes(SEED.read_bytes())
    (folder / NEWLINE_NAME).write_text(ARTICLE_TEXT, encoding="utf-8")
    (folder / "z-good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")


def test_path_text_is_lossless_and_utf8() -> None:
    for name in [BAD_NAME, "plain/name.txt", "back\\slash\\xff.txt", os.fsdecode(b"a\\\xff\\x41")]:
        text = path_text(name)
        text.encode("utf-8")  # never raises
        assert path_bytes(text) == os.fsencode(name)
    assert path_text(BAD_NAME) == "badbytes-\\xff\\xfe.txt"
    assert path_text("plain/é.txt") == "plain/é.txt"


def test_one_line_escapes_line_breaks_and_bad_bytes() -> None:
    assert one_line(f"{NEWLINE_NAME}: no such file") == "new\\nerror: fake.txt: forged.txt: no such file"
    assert one_line(f"{BAD_NAME}: x") == "badbytes-\\xff\\xfe.txt: x"


def test_listing_survives_loops_dangling_links_and_fifos(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    hostile_folder(folder)
    entries = list(folder_inputs(folder))
    refused = {Path(e.item).name: (e.kind, e.message) for e in entries if isinstance(e, Refused)}
    files = sorted(Path(e).name for e in entries if not isinstance(e, Refused))
    assert files == sorted(["a-good.txt", BAD_NAME, NEWLINE_NAME, "z-good.txt"])
    assert refused["loop-a"][0] == refused["loop-b"][0] == refused["self.html"][0] == "read_error"
    assert refused["self.html"][1].endswith("self.html: a symbolic link loop")
    assert refused["dangling.txt"] == ("not_found", f"{folder}/dangling.txt: a symbolic link to nowhere.txt, "
                                                    "which does not exist")
    assert refused["pipe.txt"] == ("not_a_file", f"{folder}/pipe.txt: not a regular file (a FIFO); not read")


def test_unreadable_subfolder_gives_an_error_record() -> None:
    """Run as an ordinary user (root reads every folder): the listing names the folder it cannot read."""
    base = Path(tempfile.mkdtemp(prefix="unreadable-"))
    try:
        base.chmod(0o755)
        (base / "a.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
        (base / "locked").mkdir()
        (base / "locked" / "b.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
        (base / "locked").chmod(0o000)
        read_end, write_end = os.pipe()
        pid = os.fork()  # the listing runs in a child that drops root, which reads every folder
        if pid == 0:
            try:
                os.close(read_end)
                if os.geteuid() == 0:
                    os.setuid(65534)
                entries = [[e.kind, e.message] if isinstance(e, Refused) else e for e in folder_inputs(base)]
                os.write(write_end, json.dumps(entries).encode())
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as fh:
            out = fh.read()
        os.waitpid(pid, 0)
        locked = ["read_error", f"{base}/locked: folder cannot be read (permission denied)"]
        assert json.loads(out) == [f"{base}/a.txt", locked]
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base)


def test_fifo_and_device_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    for path, kind in [(str(fifo), "a FIFO"), ("/dev/zero", "a character device")]:
        with pytest.raises(InputError) as caught:
            read_file(path, Settings())
        assert caught.value.kind == "not_a_file"
        assert caught.value.message == f"{path}: not a regular file ({kind}); not read"


def test_max_bytes_holds_for_files_that_lie_about_their_size() -> None:
    """/proc files say they are 0 bytes long: the read itself is bounded."""
    with pytest.raises(InputError) as caught:
        read_file("/proc/self/maps", Settings(max_bytes=10))
    assert caught.value.kind == "too_large"


def test_gzip_of_several_members_is_read_whole(tmp_path: Path) -> None:
    first, second = b"Twitter suspended 80 accounts.\n", b"YouTube removed 12 videos.\n"
    data = gzip.compress(first, mtime=0) + gzip.compress(second, mtime=0)
    assert gunzip(data, "x.gz", 1000) == first + second
    with pytest.raises(InputError) as caught:
        gunzip(data, "x.gz", len(first) + 3)
    assert caught.value.kind == "too_large"
    (tmp_path / "two.txt.gz").write_bytes(data)
    assert read_file(str(tmp_path / "two.txt.gz"), Settings()).content == first + second


@pytest.mark.parametrize("item", ["javascript:alert(1)", "data:text/html,<p>Twitter banned 5 accounts</p>",
                                  "JavaScript:void(0)"])
def test_opaque_url_schemes_are_refused(item: str) -> None:
    record = extract_input(item)
    assert violations(record) == []
    assert record["error"]["type"] == "fetch_error"
    assert "unsupported URL scheme" in record["error"]["message"]
    assert record["source"]["url"] == item


def test_batch_over_a_hostile_folder_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    hostile_folder(folder)
    out = tmp_path / "out.jsonl"
    result = run_cli("batch", str(folder), "-o", str(out), "-q", "--jobs", "1", timeout=180)
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    names = [path_bytes(r["source"]["path"]).rsplit(b"/", 1)[1] for r in records]
    assert names == sorted(os.fsencode(n) for n in os.listdir(folder))  # one record per entry, in order
    assert all(violations(r) == [] for r in records)
    good = {n: r for n, r in zip(names, records, strict=True) if "error" not in r}
    assert set(good) == {b"a-good.txt", os.fsencode(BAD_NAME), os.fsencode(NEWLINE_NAME), b"z-good.txt"}
    assert all(r["events"] for r in good.values())
    error_lines = result.stderr.splitlines()
    assert len(error_lines) == 5 and all(line.startswith(f"error: {folder}/") for line in error_lines)


def test_extract_dev_zero_is_refused_at_once() -> None:
    result = run_cli("extract", "/dev/zero", "-q", timeout=60)
    assert result.returncode == 1
    message = "/dev/zero: not a regular file (a character device); not read"
    assert result.records[0]["error"] == {"type": "not_a_file", "message": message}


def test_a_line_break_in_a_name_cannot_forge_an_error_line(tmp_path: Path) -> None:
    bad = os.fsdecode(b"gone-\xff.txt")
    result = run_cli("extract", NEWLINE_NAME, bad, "-q", "--jobs", "1", cwd=tmp_path, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["error: new\\nerror: fake.txt: forged.txt: no such file",
                                          "error: gone-\\xff.txt: no such file"]
    assert [r["source"]["path"] for r in result.records] == [NEWLINE_NAME, "gone-\\xff.txt"]
