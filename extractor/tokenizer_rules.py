"""The tokenizer's own rules: words a saved page glued together, hyphenated moderation verbs and
Reddit names kept whole (``with_our_rules``: the model's tokenizer with them, made by
``extractor.nlp.build_pipeline``).

The three (and honorifics ending in a full stop) are given to a new tokenizer at once, with the
model's own rules and expressions: setting them one by one on the model's tokenizer re-reads its
1,000-odd special cases after each (a fifth of a second at start-up, in every process that builds
the pipeline)."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

# a saved page often glues a word to the link text after it ('the removal ofEnderman's channel', 'a
# spokesperson toldDecrypt', 'Google has suspendedSSLMate's access', 'a game calledNo Mercy'): a
# lower-case word of two letters or more, from the start of a word (not a handle's or a path's:
# '@realDonaldTrump', 'twitter.com/realDonaldTrump'), before a capitalised one. The tokenizer splits
# them (the text itself, and every offset, stays as it is); one letter ('iPhone', 'eBay') and
# capitals alone after it ('macOS', 'reCAPTCHA') are names.
GLUED_LENGTHS = range(2, 16)  # a look-behind has a fixed width: one pattern per word length


# a quotation mark glued to the word after it ('... purchases,”explains TouchArcade', 'she
# wrote“We'): the mark (and a comma before a closing one) is a token of its own, so that the cue
# after a quote is read
GLUED_QUOTE_MARKS = [r"(?<=[A-Za-z]),(?=[”\"][A-Za-z])", r"(?<=[\w,.!?])[”\"](?=[A-Za-z])",
                     r"(?<=[a-z])“(?=[A-Za-z])"]


def glued_words_infixes(nlp: Language) -> Callable:
    glued = [rf"(?<=(?<![@\w/.#])[a-z]{{{n}}})(?=[A-Z][a-z]|[A-Z]{{2,}}[a-z])" for n in GLUED_LENGTHS]
    return compile_infix_regex([*nlp.Defaults.infixes, *glued, *GLUED_QUOTE_MARKS]).finditer


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


# honorifics with a full stop that the model's rules lack ('Sh. Rajendra Kumar', 'Smt. Meena Devi',
# 'Hon. Kwame Mensah'): one token each, so that the sentence does not end at the stop
HONORIFICS = ("Sh.", "Shri.", "Smt.", "Hon.", "Kum.", "Engr.", "Rt.", "Sen.", "Rep.", "Gov.", "Amb.")


def with_our_rules(nlp: Language) -> Tokenizer:
    """The model's tokenizer with glued words split (infixes), hyphenated moderation verbs kept
    whole (``token_match``) and Reddit names kept whole (beside the model's ``url_match``)."""
    model = nlp.tokenizer
    urls = model.url_match

    def url_or_reddit_name(text: str) -> re.Match | None:
        return REDDIT_NAME.match(text) or (urls(text) if urls else None)

    rules = {**model.rules, **{h: [{ORTH: h}] for h in HONORIFICS if h not in model.rules}}
    return Tokenizer(nlp.vocab, rules=rules, prefix_search=model.prefix_search,
                     suffix_search=model.suffix_search, infix_finditer=glued_words_infixes(nlp),
                     token_match=PREFIXED_WORD.match, url_match=url_or_reddit_name,
                     faster_heuristics=model.faster_heuristics)
