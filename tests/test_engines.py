"""Engines: the Dask engine (on a real LocalCluster of worker processes) gives the bytes the local
engine gives over the same inputs, and a worker killed mid-run costs no record."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import extractor
from extractor.engines import EngineError, get_engine
from extractor.settings import Settings
from extractor.sinks import record_line
from tests.helpers import ARTICLE_HTML, SAMPLES
from tests.warc_builder import BENCH_NEWS, news_pages, write_warc

distributed = pytest.importorskip("distributed", reason="the dask extra: pip install -e '.[dask]'")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Text and HTML samples, a missing file, a broken gzip file and a WARC file."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8bnot gzip at all")
    pages = [("https://own.example/story", ARTICLE_HTML.encode())]
    if BENCH_NEWS.is_dir():
        pages += news_pages(3)
    write_warc(folder / "crawl.warc.gz", pages)
    samples = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] + [str(SAMPLES / "youtube-channels.html")]
    return [*samples, str(folder / "missing.txt"), str(folder / "broken.html.gz"),
            str(folder / "crawl.warc.gz"), *samples]


@pytest.fixture(scope="module")
def local_lines(inputs: list[str]) -> list[str]:
    return [record_line(r) for r in extractor.extract_inputs(inputs, Settings(), jobs=2)]


def test_dask_on_a_local_cluster_gives_the_bytes_of_the_local_engine(inputs, local_lines) -> None:
    dask_lines = [record_line(r) for r in extractor.extract_inputs(inputs, Settings(engine="dask"), jobs=2)]
    assert dask_lines == local_lines
    assert sum('"error": ' in line for line in local_lines) == 2  # the missing file and the broken gzip


def test_a_worker_killed_mid_run_costs_no_record(inputs, local_lines) -> None:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        settings = Settings(engine="dask", scheduler=cluster.scheduler_address)
        records = extractor.extract_inputs(inputs, settings, jobs=2)
        lines = [record_line(next(records))]
        pids = client.run(os.getpid)  # worker address -> process id
        busy = [address for address, tasks in client.processing().items() if tasks]
        victim = (busy or sorted(pids))[0]  # a worker with a task in hand, when there is one
        os.kill(pids[victim], signal.SIGKILL)
        lines += [record_line(r) for r in records]
        assert client.run(os.getpid).get(victim) != pids[victim]  # it was killed (and its nanny restarted it)
    assert lines == local_lines


def test_an_unknown_engine_and_an_unreachable_scheduler_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        get_engine("spark")
    from tests.helpers import run_cli

    result = run_cli("extract", str(SAMPLES / "seed-wired-occupy.txt"), "--engine", "dask",
                     "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: --engine dask: cannot reach tcp://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1
