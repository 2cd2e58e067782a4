"""The batch runner gives the same records, in the same order, with one process or several."""
from __future__ import annotations

import gzip
from pathlib import Path

import extractor
from extractor.sinks import record_line
from tests.helpers import SAMPLES


def test_workers_give_the_same_records_in_the_same_order(tmp_path: Path) -> None:
    for sample in sorted(SAMPLES.glob("*.txt")):
        (tmp_path / sample.name).write_bytes(sample.read_bytes())
    (tmp_path / "sub").mkdir()
    page = (SAMPLES / "youtube-channels.html").read_bytes()
    (tmp_path / "sub" / "page.html.gz").write_bytes(gzip.compress(page))
    (tmp_path / "sub" / "broken.html.gz").write_bytes(b"\x1f\x8bnot gzip at all")
    one = [record_line(r) for r in extractor.batch(str(tmp_path), jobs=1)]
    two = [record_line(r) for r in extractor.batch(str(tmp_path), jobs=2)]
    assert one == two
    assert len(one) == len(list(SAMPLES.glob("*.txt"))) + 2
    assert sum('"error"' in line for line in one) == 1


def test_extract_with_workers_keeps_the_order_of_the_inputs(tmp_path: Path) -> None:
    items = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] + [str(tmp_path / "missing.txt")]
    one = [record_line(r) for r in extractor.extract_inputs(items, jobs=1)]
    two = [record_line(r) for r in extractor.extract_inputs(items, jobs=2)]
    assert one == two
    assert [r.split('"path": ')[1].split(",")[0] for r in one] == [f'"{i}"' for i in items]
