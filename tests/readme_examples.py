"""The README's console examples, run for real.

    python3 tests/readme_examples.py            # run them; print the differences (exit 1 when any)
    python3 tests/readme_examples.py --update   # write the outputs of a real run into README.md

Every ```console block of README.md is run, in README order, unless the line just before its
opening fence is a comment ``<!-- not run: REASON -->`` (it needs the network, `../shared`, a
server, or minutes). The blocks run one after the other in one temporary folder that holds a copy
of `samples/` and a link `.venv` to the virtual environment (the repository's `.venv`, else the
running one), so that an example can use what an earlier one wrote (`records.db`), as a reader
following the README does. A command is a line starting with `$ `, and the lines after it while
its quotes are open; its output is standard output and standard error together, as they came,
until the next `$ ` line. `$?` is the exit status of the command before.

Figures that differ from run to run are compared as placeholders: durations (`10.1 s`), rates
(`4.46 inputs/s`), memory (`192 MiB`); the summary's start-up part (which a short run may not
have) and progress lines (`progress: ...`, written only when a run takes long) are left out;
spaces at the end of a line are neither compared nor written. tests/test_readme.py runs this
check.
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
NOT_RUN = re.compile(r"^<!-- not run: (.+) -->$")
VARYING = [(re.compile(r"\b\d+(?:\.\d+)? s\b"), "<N> s"),
           (re.compile(r"\b\d+(?:\.\d+)? inputs/s\b"), "<N> inputs/s"),
           (re.compile(r"\b\d+(?:\.\d+)? MiB\b"), "<N> MiB")]
COMMAND_TIMEOUT = 600


@dataclass
class Command:
    lines: list[str]  # as written, the first one starting with "$ "
    output: list[str] = field(default_factory=list)

    @property
    def shell(self) -> str:
        return "\n".join(self.lines)[2:]


@dataclass
class Block:
    start: int  # index of the line after the opening fence
    end: int  # index of the closing fence
    skip_reason: str | None
    commands: list[Command]


def complete(command: str) -> bool:
    """Whether a shell command is whole (its quotes closed, no trailing backslash)."""
    if command.endswith("\\"):
        return False
    try:
        shlex.split(command)
    except ValueError:
        return False
    return True


def parse_commands(lines: list[str]) -> list[Command]:
    commands: list[Command] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("$ "):
            command = Command([line])
            while not complete(command.shell[0:]) and i + 1 < len(lines):
                i += 1
                command.lines.append(lines[i])
            commands.append(command)
        elif commands:
            commands[-1].output.append(line)
        else:
            raise ValueError(f"README.md: output before any command in a console block: {line!r}")
        i += 1
    return commands


def parse_blocks(text: str) -> list[Block]:
    lines = text.split("\n")
    blocks = []
    i = 0
    while i < len(lines):
        if lines[i] == "```console":
            end = lines.index("```", i + 1)
            reason = NOT_RUN.match(lines[i - 1]) if i > 0 else None
            blocks.append(Block(i + 1, end, reason.group(1) if reason else None,
                                parse_commands(lines[i + 1:end])))
            i = end
        i += 1
    return blocks


def virtual_environment() -> Path:
    venv = ROOT / ".venv"
    return venv if (venv / "bin").is_dir() else Path(sys.prefix)


def comparable(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = line.rstrip()  # sqlite3 -column pads its last column; a README line keeps no trailing space
        if line.startswith("progress: "):
            continue
        for pattern, placeholder in VARYING:
            line = pattern.sub(placeholder, line)
        # the steady rate is known only when every worker got to load the model before the end
        line = line.replace(" (start-up <N> s, then <N> inputs/s)", "")
        out.append(line)
    return out


def run_blocks(blocks: list[Block], folder: Path) -> list[list[list[str]]]:
    """The output lines of every command of every block that is run ([] for skipped blocks);
    what the examples create is left in ``folder``."""
    shutil.copytree(ROOT / "samples", folder / "samples")
    (folder / ".venv").symlink_to(virtual_environment())
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    status = 0
    outputs = []
    for block in blocks:
        block_out: list[list[str]] = []
        if block.skip_reason is None:
            for command in block.commands:
                proc = subprocess.run(["bash", "-c", f"(exit {status}); {command.shell}"], cwd=folder,
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL, timeout=COMMAND_TIMEOUT)
                status = proc.returncode
                text = proc.stdout.decode("utf-8", errors="replace")
                block_out.append(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
                                 if text else [])
        outputs.append(block_out)
    return outputs


def differences(blocks: list[Block], outputs: list[list[list[str]]]) -> list[str]:
    diffs = []
    for block, block_out in zip(blocks, outputs, strict=True):
        for command, actual in zip(block.commands, block_out, strict=False):
            want, got = comparable(command.output), comparable(actual)
            if want != got:
                diffs.append(f"README.md line {block.start + 1}: $ {command.shell}\n" + "\n".join(
                    difflib.unified_diff(want, got, "README", "real run", lineterm="")))
    return diffs


def updated(text: str, blocks: list[Block], outputs: list[list[list[str]]]) -> str:
    lines = text.split("\n")
    for block, block_out in reversed(list(zip(blocks, outputs, strict=True))):
        if block.skip_reason is not None:
            continue
        new: list[str] = []
        for command, actual in zip(block.commands, block_out, strict=True):
            new += command.lines + [line.rstrip() for line in actual]
        lines[block.start:block.end] = new
    return "\n".join(lines)


@dataclass
class Result:
    blocks: list[Block]
    differences: list[str]
    created: list[str]  # files the examples wrote (paths relative to the folder they ran in)


def python_blocks(text: str) -> list[str]:
    """The ```python blocks of the README, in order."""
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL)


def run_python_blocks() -> subprocess.CompletedProcess:
    """The README's Python examples, one after the other in one interpreter (the virtual
    environment's), in a temporary folder holding a copy of samples/."""
    code = "\n".join(python_blocks(README.read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory(prefix="readme-python-") as tmp:
        shutil.copytree(ROOT / "samples", Path(tmp) / "samples")
        return subprocess.run([str(virtual_environment() / "bin" / "python"), "-c", code], cwd=tmp,
                              capture_output=True, text=True, timeout=COMMAND_TIMEOUT)


def check(update: bool = False) -> Result:
    """Run the examples; the differences from the README (written into it with ``update``)."""
    text = README.read_text(encoding="utf-8")
    blocks = parse_blocks(text)
    with tempfile.TemporaryDirectory(prefix="readme-examples-") as tmp:
        outputs = run_blocks(blocks, Path(tmp))
        created = sorted(p.relative_to(tmp).as_posix() for p in Path(tmp).rglob("*")
                         if p.is_file() and p.parts[len(Path(tmp).parts)] not in ("samples", ".venv"))
    diffs = differences(blocks, outputs)
    if update and diffs:
        README.write_text(updated(text, blocks, outputs), encoding="utf-8")
    return Result(blocks, diffs, created)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="write the real outputs into README.md")
    args = parser.parse_args()
    diffs = check(update=args.update).differences
    for diff in diffs:
        print(diff, end="\n\n")
    if args.update:
        print(f"README.md: {len(diffs)} example outputs rewritten" if diffs else "README.md: up to date")
        return 0
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
