"""The tokenizer's own rules: words a saved page glued together, hyphenated moderation verbs and
Reddit names kept whole (added to the model's tokenizer by ``extractor.nlp.build_pipeline``)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.util import compile_infix_regex

# a saved page often glues a word to the link text after it ('the removal ofEnderman's channel', 'a
# spokesperson toldDecrypt', 'Google has suspendedSSLMate's access', 'a game calledNo Mercy'): a
# lower-case word of two letters or more, from the start of a word (not a handle's or a path's:
# '@realDonaldTrump', 'twitter.com/realDonaldTrump'), before a capitalised one. The tokenizer splits
# them (the text itself, and every offset, stays as it is); one letter ('iPhone', 'eBay') and
# capitals alone after it ('macOS', 'reCAPTCHA') are names.
GLUED_LENGTHS = range(2, 16)  # a look-behind has a fixed width: one pattern per word length


def split_glued_words(nlp: Language) -> None:
    glued = [rf"(?<=(?<![@\w/.#])[a-z]{{{n}}})(?=[A-Z][a-z]|[A-Z]{{2,}}[a-z])" for n in GLUED_LENGTHS]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *glued]).finditer


# 'de-platformed', 're-instated', 'un-suspended': a moderation verb with a hyphenated prefix stays
# one token (split, the parse reads 'de' as a name and the verb loses its subject and object);
# other words with such a prefix ('re-establish', 're-election') split as before
PREFIXED_STEMS = ("platform", "instat", "suspend", "ban", "monetiz", "monetis", "index", "list",
                  "activat", "enabl", "approv", "surfac", "appear", "open", "publish", "block", "lock",
                  "froz", "restrict", "delet", "verif", "rank", "boost", "prioriti", "amplif")
PREFIXED_WORD = re.compile(rf"^(?:[Rr]e|[Dd]e|[Uu]n)-(?:{'|'.join(PREFIXED_STEMS)})[a-z]*$")


# 'r/example', '/r/example', 'u/someone': a subreddit or a Reddit user is one token (split, the
# parse hangs the name apart from 'the subreddit' and the sentence loses its object)
REDDIT_NAME = re.compile(r"^/?[ru]/\w{2,30}$")


def keep_prefixed_words(nlp: Language) -> None:
    nlp.tokenizer.token_match = PREFIXED_WORD.match
    urls = nlp.tokenizer.url_match

    def url_or_reddit_name(text: str) -> re.Match | None:
        return REDDIT_NAME.match(text) or (urls(text) if urls else None)

    nlp.tokenizer.url_match = url_or_reddit_name
