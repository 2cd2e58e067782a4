"""Quotations and who said them.

``find_quotes(doc)`` reads the quotation marks of ``doc.text`` with a small scanner (no regex
over the whole text, so an unbalanced mark costs one quote, never the rest of the article),
then attributes each quote from the dependency parse of the words around it:

1. **Spans** (``spans.py``). Straight and curly double quotes, single quotes (curly and straight, as
   British and tabloid outlets quote whole statements), guillemets. Apostrophes inside or
   after words (``Dorsey's``, ``rock ’n’ roll``, ``the ’90s``, ``users' posts``) are not marks.
   A quote nested in another stays part of the outer quote. A quote running over several
   paragraphs (opening mark repeated at each paragraph, closed only at the end) gives one
   ``Quote`` per paragraph, all with the speaker of the whole quote. A quote split by its
   attribution (``"X," she said, "Y."``) gives two ``Quote`` records with the same speaker.
2. **Cue** (``cues.py``). The words after the quote up to the end of its sentence are searched
   first when the quote ends with a comma or an attribution follows at once, else the words
   before it back to the start of the sentence: a cue verb (``said``, ``told``, ``wrote``,
   ``likened`` ...) or a phrase (``according to``, ``in a statement``); a dash and a name
   closing the quote's line, or opening the next line, sign it. Cue words live in
   ``patterns/quote_cues.json``.
3. **Speaker** (``subjects.py``, ``speakers.py``, ``names.py``, ``salience.py``, ``focus.py``,
   ``gender.py``, ``organisations.py``). The subject of the cue verb nearest to it and outside the quote
   (``nsubj``; inherited through ``conj``/``advcl`` when the verb has none; when the parse gives
   none for a verb after the quote, the person named between them or the noun after a verb that
   opens the attribution), the object of ``according to``. The mention is reduced to a name:
   titles are stripped (``Twitter CEO Jack Dorsey`` -> ``Jack Dorsey``), a surname takes its full
   name, a spokesperson speaks for the organisation named beside it; ``he``/``she`` go to the
   person in focus whose likely gender fits (the main-clause subject of the nearest sentence with
   a subject, a pronoun standing for whoever was in focus before it; not the person the verb is
   said to); a definite role or age (``the former secretary of state``, ``the 31-year-old``) to the
   person in focus outside its own sentence; ``the company`` to the organisation named before it
   in its sentence or the main-clause subject of the sentence before, else the platform the story
   is about, or the one that acted once two are named; ``the spokesperson`` to the organisation of
   the spokesperson named before; a platform's notice (``This account has been suspended``) to
   that platform.
4. **Assembly** (``assemble.py``). A quote with no cue that opens its paragraph after a paragraph
   ending with a cue or a colon is that speaker's, after a paragraph whose last sentence has a
   person for its subject that person's; one that opens a sentence after a sentence of its
   paragraph with a cue verb is that cue's; one running straight into the next quote shares its
   speaker; otherwise it keeps the speaker of the quote just before it (over at most two
   paragraphs of narration), unless a new speaker was introduced after that quote. A quote inside
   a sentence with no cue, below a stance verb (``Google wants to combat "..."``), is the subject's.
5. **Left out** (``terms.py``): scare quotes (at most ``max_scare_words`` words and no cue binding
   them, unless a named speaker's reported clause holds a phrase of three words), titles (title
   case after a preposition, a possessive or a work noun) and names.
"""
from __future__ import annotations

from extractor.facts.quotes.assemble import Quote, find_quotes, shifted
from extractor.facts.quotes.spans import find_spans, quote_lines
from extractor.facts.quotes.vocab import load_cues

__all__ = ["Quote", "find_quotes", "find_spans", "load_cues", "quote_lines", "shifted"]
