"""Who speaks a quote when the words around it do not name the speaker outright: pronouns and
descriptions in focus, the paragraph before a bare quote, quotes run together (sentences written
for the tests)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractor.facts.quotes import Quote, find_quotes
from extractor.nlp import get_pipeline


@pytest.fixture(scope="module")
def quotes():
    nlp = get_pipeline()

    def run(text: str) -> list[Quote]:
        return find_quotes(nlp(text))
    return run


def speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker for q in found]


# --- he/she: the person in focus -----------------------------------------------------------------

def test_he_is_the_main_subject_not_a_name_in_the_clause_below_it(quotes):
    """The last person named as a subject is Mark Whitfield, but only in the clause that Brian
    Ortiz's verb governs: Ortiz is in focus."""
    text = ("Brian Ortiz, the county chairman, said Mark Whitfield had hurt the campaign badly.\n\n"
            '"We lost a lot of ground in the last month," he said.')
    assert speakers(quotes(text)) == ["Brian Ortiz"]


def test_a_pronoun_subject_keeps_the_focus_on_the_person_it_stands_for(quotes):
    """The sentence just before the quote has a subject 'She' (Helen Moss) in its main clause and
    Paula Grant only in a relative clause: 'she' is still Helen Moss."""
    text = ("Helen Moss opened the meeting on Monday. She said the plan, which Paula Grant drafted, "
            "was sound.\n\n"
            '"We will vote on it next week," she said.')
    assert speakers(quotes(text)) == ["Helen Moss"]


def test_a_bare_surname_shared_by_two_people_lets_she_find_the_woman(quotes):
    """'Marsh' is first Tom Marsh's surname, but his sister Ivana Marsh bears it too: 'she' after
    'Marsh told reporters' is Ivana, not the woman named as a subject before (Sara Lee)."""
    text = ("Judge Sara Lee fined the bakery in March.\n\n"
            "Tom Marsh and his sister Ivana Marsh run the bakery.\n\n"
            "Marsh told reporters on Monday that the bakery would appeal the fine.\n\n"
            '"We will not give up on this shop," she said.')
    found = quotes(text)
    assert speakers(found) == ["Ivana Marsh"]


def test_a_name_written_family_name_first_is_found_from_its_family_name(quotes):
    """'Li' later in the article is Li Qiang, the one two-word name it begins (nobody's surname)."""
    text = ("Premier Li Qiang visited the province in May.\n\n"
            'Li told officials on Tuesday: "We must keep the market open."')
    assert speakers(quotes(text)) == ["Li Qiang"]


# --- a quote with no cue: the paragraph before it --------------------------------------------------

def test_a_bare_quote_is_spoken_by_the_subject_of_the_paragraph_before(quotes):
    text = ("Rita Owens, a local councillor, is unhappy with the decision to close the library.\n\n"
            '"This will cost the town far more than it saves."')
    assert speakers(quotes(text)) == ["Rita Owens"]


def test_a_new_person_named_before_a_bare_quote_takes_it_from_the_last_speaker(quotes):
    text = ('"We will appeal the ruling as soon as we can," said Tom Baker. Ann Jones disagreed with him.\n\n'
            '"There is nothing left to appeal in this case."')
    assert speakers(quotes(text)) == ["Tom Baker", "Ann Jones"]


def test_a_bare_quote_after_a_sentence_about_a_thing_names_nobody(quotes):
    """The subject of the paragraph before is no person or organisation: nobody is made up."""
    text = ("The library closed its doors for the last time on Friday.\n\n"
            '"This will cost the town far more than it saves."')
    assert speakers(quotes(text)) == [None]


def test_a_bare_quote_after_a_sentence_about_an_organisation_is_not_its(quotes):
    """What follows 'Gab must show Google ...' is more likely a letter to Gab than Gab's words."""
    text = ("The store gave the app a day to act. Gab must also show Google that it will moderate "
            "its content.\n\n"
            '"Please remove all the listed material and send us the new version for review."')
    assert speakers(quotes(text)) == [None]


def test_quotes_run_together_share_the_speaker_of_the_last(quotes):
    text = ('The vote was close. "We will win the next one." "Nobody can stop us now," '
            "said Ann Smith.")
    assert speakers(quotes(text)) == ["Ann Smith", "Ann Smith"]


def test_quotes_with_words_between_them_do_not_share_a_speaker_that_way(quotes):
    text = ('"We will win the next one," Ann Smith said on Monday. The crowd cheered. '
            '"Nobody can stop us now," said Tom Brown.')
    assert speakers(quotes(text)) == ["Ann Smith", "Tom Brown"]


# --- cue verbs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["interjected", "pleaded", "proclaimed", "assured them"])
def test_more_speech_verbs_are_cues(quotes, verb):
    found = quotes(f'"It is just not true and everyone in this room knows it," Dale Porter {verb}.')
    assert speakers(found) == ["Dale Porter"]
    assert found[0].cue == verb.split()[0]


def test_an_attributed_fragment_is_the_speakers(quotes):
    """A short quote bound to a cue verb ('called the ruling "absurd"') is kept, with the speaker."""
    found = quotes('Senator Joan Hale called the ruling "absurd" on Tuesday.')
    assert [(q.text, q.speaker) for q in found] == [("absurd", "Joan Hale")]


def test_a_question_quote_keeps_the_attribution_that_follows_with_a_capital(quotes):
    """After '?' a capitalised name may still be the attribution, however long its sentence."""
    found = quotes('"Why did nobody tell us?" Nora Pike asked reporters at the end of a long '
                   "meeting on Tuesday.")
    assert [(q.speaker, q.cue) for q in found] == [("Nora Pike", "asked")]


def test_a_cue_before_a_question_quote_wins_over_a_new_sentence_after_it(quotes):
    found = quotes('Nora Pike, exasperated, famously answered: "What difference does it make now?" '
                   "Her critics cited it as proof that she did not care at all.")
    assert [(q.speaker, q.cue) for q in found] == [("Nora Pike", "answered")]


def test_a_name_the_parser_hung_on_the_cue_verb_as_a_compound_is_its_subject(quotes):
    found = quotes('"Go back to your seat," Mayor Kell barked and a guard walked over.')
    assert [(q.speaker, q.cue) for q in found] == [("Kell", "barked")]


def test_a_cue_verb_left_without_subject_takes_the_person_named_before_it():
    """A parse that makes 'screenwriter' a verb and the name its object (as the small model does
    with some job titles): the person named between the quote and 'wrote' speaks."""
    nlp = get_pipeline()
    words = ['"', "Nobody", "asked", "us", ",", '"', "screenwriter", "Lena", "Ortiz", "wrote", "."]
    spaces = [False, True, True, False, False, True, True, True, True, False, False]
    pos = ["PUNCT", "PRON", "VERB", "PRON", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
    lemmas = ['"', "nobody", "ask", "we", ",", '"', "screenwriter", "Lena", "Ortiz", "write", "."]
    heads = [2, 2, 6, 2, 2, 6, 9, 8, 6, 9, 9]
    deps = ["punct", "nsubj", "ccomp", "dobj", "punct", "punct", "parataxis", "compound", "dobj", "ROOT",
            "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, heads=heads, deps=deps,
              ents=["O"] * 7 + ["B-PERSON", "I-PERSON", "O", "O"])
    found = find_quotes(doc)
    assert [(q.text, q.speaker, q.cue) for q in found] == [("Nobody asked us", "Lena Ortiz", "wrote")]


def test_a_description_does_not_stand_for_the_subject_of_its_own_sentence(quotes):
    """'the senator' is not Mark Cole, the subject just before it in the same sentence."""
    found = quotes('Senator Ruth Bell spoke first at the hearing. Mark Cole praised the bill, but the '
                   'senator said it "will never pass the House as it is written."')
    assert speakers(found) == ["Ruth Bell"]


def test_a_quote_after_a_sentence_of_indirect_speech_is_that_speakers(quotes):
    text = ("Perez says too many parents feel torn when they go back to work. "
            '"They feel like they are failing at both jobs."')
    assert speakers(quotes(text)) == ["Perez"]


def test_he_is_not_the_person_he_speaks_to(quotes):
    text = ("Sean Hale asked Tom Reed how tall the fence would be.\n\n"
            '"Ten feet, maybe twelve, and it will be paid for," he told Hale.')
    assert speakers(quotes(text)) == ["Tom Reed"]


def test_an_inverted_attribution_with_a_common_noun_names_the_speaker(quotes):
    """'asked the boy' parsed with 'boy' as an object: the verb opens the attribution, so the
    noun after it speaks (a participle there, 'referencing the crowd', would not)."""
    found = quotes('The last question came from a young child in the front row. "How big will the '
                   'fence be?" asked the boy, who was wearing a red cap.')
    assert [(q.speaker, q.cue) for q in found] == [("boy", "asked")]
    found = quotes('"We will win this case in any court," Ann Roe said, referencing the crowd outside.')
    assert speakers(found) == ["Ann Roe"]


def test_a_woman_called_spokesman_is_still_she(quotes):
    """'spokesman' is said of women too: the first name outweighs it."""
    text = ("Judge Sara Lee fined the group last year.\n\n"
            "Campaign spokesman Hope Ellis confirmed that the group was independent. "
            '"They are not part of the campaign," she said.')
    assert speakers(quotes(text)) == ["Hope Ellis"]


def test_a_document_speaks_for_its_author(quotes) -> None:
    text = ('The judge ruled against the company. "This is not a close case," Judge Ann Example\'s order '
            'said.')
    assert speakers(quotes(text)) == ["Ann Example"]


def test_a_verb_glued_to_the_outlet_after_it() -> None:
    from extractor import extract
    text = ('Leak\n\nAnthropic pulled the package. "This was a release packaging issue caused by human '
            'error," an Anthropic spokesperson toldDecrypt on Tuesday.')
    record = extract(text, published="2026-04-01")
    assert [q["speaker"] for q in record["quotes"]] == ["Anthropic"]


# --- groups, documents and described organisations ------------------------------------------------

def test_a_definite_plural_is_the_group_not_the_last_person(quotes):
    found = quotes('Rep. Ann Example signed the letter. "The app presents grave risks," the lawmakers '
                   "wrote.")
    assert speakers(found) == ["lawmakers"]


def test_a_document_speaks_for_whoever_published_it(quotes):
    found = quotes('In a report released on Thursday, Meta said it removed 300 accounts. "These firms '
                   'target people across the internet," the report said.')
    assert speakers(found) == ["Meta"]
    found = quotes('Roblox said it takes safety seriously. "Children were exposed to explicit content," '
                   "the report claims.")
    assert speakers(found) == ["report"]


def test_a_described_organisation_is_not_any_organisation_named_before(quotes):
    found = quotes('The plan was announced in Paris. "Children have their sleep disrupted," the Danish '
                   "ministry said.")
    assert speakers(found) == ["Danish ministry"]
    found = quotes('Bristol City Council met on Monday. "We will review it," the council said.')
    assert speakers(found) == ["Bristol City Council"]


def test_a_short_quote_a_speaker_is_said_to_have_said_is_kept(quotes):
    found = quotes("On its website, founder Ann Example called this \u201ca critical moment\u201d for the "
                   "site.")
    assert [(q.text, q.speaker) for q in found] == [("a critical moment", "Ann Example")]
    found = quotes("Spokesperson Bob Sample told Reuters the documents were a \u201cselective view\u201d of "
                   "its enforcement.")
    assert [(q.text, q.speaker) for q in found] == [("selective view", "Bob Sample")]
    # a term nobody is said to have said, and a show's title, stay out
    assert quotes('The "shadow ban" is a myth, according to many users.') == []
    assert quotes('Senator Ann Example said on "Face the Nation" that she would vote.') == []


def test_a_place_or_owner_describing_the_speaker_is_not_the_speaker(quotes):
    found = quotes('Polymarket opened a bar in Manhattan. "It is the first bar of its kind," the New '
                   "York-based prediction market said in a statement.")
    assert speakers(found) == ["Polymarket"]
    found = quotes('"Access to the platform is restricted," Russia\'s internet regulator said.')
    assert speakers(found) == ["Russia's internet regulator"]


def test_a_speaking_verb_at_the_end_of_the_sentence_governs_the_quote(quotes):
    found = quotes('"Many would consider that an embarrassment for the senator" if she lost by that much, '
                   "said Ann Example, an elections analyst at the Example Report.")
    assert speakers(found) == ["Ann Example"]


# --- names the model mistags ------------------------------------------------------------------------

def test_an_untagged_surname_that_is_the_subject_of_a_cue_verb_is_in_focus(quotes):
    """'Okafor' is tagged as nothing, but he 'admitted' something: 'he' is Okafor, not the person
    named in the paragraph before."""
    text = ("Donald Grant backed the plan on Monday, pointing out that the town would gain from it.\n\n"
            "Okafor openly admitted that his vote was politically motivated. "
            "“With an eye to the primary, yes,” he said.")
    assert speakers(quotes(text)) == ["Okafor"]


def test_a_name_taken_for_a_building_that_says_something_is_a_person(quotes):
    """'Ada Fisher' is tagged as a facility; as the subject of 'said' she is a person, and 'she'
    is her."""
    text = ("Mayor Paul Dent praised the new budget on Tuesday.\n\n"
            "And Ohio’s Ada Fisher, one of only a handful of women on the board, said the budget would "
            "pass. “I think it will do quite fine,” she said.")
    assert speakers(quotes(text)) == ["Ada Fisher"]


# --- inverted attributions the parse leaves without a subject -------------------------------------

def test_said_then_a_title_then_the_name_the_parse_gave_to_another_verb(quotes):
    """The parse makes Ben Carson the subject of 'asked', not of 'said': the name after the
    title is still the speaker."""
    text = ("Fiorina spoke first on the stage.\n\n"
            '"I\'m not going to say it is a mistake, so forget about it," said retired neurosurgeon Ben '
            "Carson, asked about his claims that he had received a scholarship offer from West Point, "
            "when he hadn't actually applied to the school.")
    assert speakers(quotes(text)) == ["Ben Carson"]


def test_said_then_a_surname_parsed_as_an_adverb(quotes):
    """'Skelly' after 'said' is parsed as an adverb: a capitalised word right after an inverted
    cue verb names the speaker, with the full name the article gave him."""
    text = ("But Bill Skelly, a longtime data operative, vouched for both of them, with whom he’s "
            "crossed paths over the past 15 years.\n\n"
            "“Having access to the file and two people who understand it is valuable,” said Skelly, "
            "explaining he worked more closely with the other.")
    assert speakers(quotes(text)) == ["Bill Skelly"]


def test_a_proper_noun_opening_the_attribution_speaks_when_the_parse_gives_no_subject(quotes):
    """'"...," Trump barked and a guard escorted ...': the parse leaves 'barked' without a subject;
    the proper noun right after the quote, whatever its tag, is the speaker."""
    text = ("The anchor for Univision, Jorge Ramos, was trying to ask a question when Trump shot back. "
            "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.\n\n"
            "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, "
            "told AFP in an interview on Monday.")
    assert speakers(quotes(text)) == ["Trump", "Jorge Ramos"]


# --- cue verbs ------------------------------------------------------------------------------------

def test_pressed_right_after_a_question_is_a_cue(quotes):
    """'press' is a weak cue: right after the quote it says who asked, so the question is not
    carried over to the person of the sentence before."""
    text = ("Trump said the wall was negotiable only in its height.\n\n"
            "“Would it be negotiable about the 11 million?” Hannity pressed.")
    assert speakers(quotes(text)) == ["Hannity"]


def test_opined_is_a_cue(quotes):
    text = ("Many papers warned that the sky was falling. \"Gun owners should leave their weapons at "
            "home,\" opined the Plain Dealer.")
    found = speakers(quotes(text))
    assert len(found) == 1 and (found[0] or "").endswith("Plain Dealer")


def test_a_cue_that_opens_the_next_quote_is_not_the_one_before_it(quotes):
    """'Mills then writes back, "..."' introduces the second quote; the first, ending with a
    question mark, is Clinton's, whose verb governs it."""
    text = ("The emails show a friendly exchange between the two women.\n\n"
            "Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes "
            "back, “You look cute.”")
    assert speakers(quotes(text)) == ["Clinton", "Mills"]


def test_a_speaking_verb_joined_to_a_reported_clause_belongs_to_the_reporter(quotes):
    """'said, "..."' is parsed as joined to 'was made', inside what De Blasio reports: the quote
    is De Blasio's, not 'the move''s."""
    text = ("The mayor spoke on the radio on Friday.\n\n"
            "De Blasio said the move was made by the police commissioner and said, “Who are you going "
            "to trust on security and keeping people safe?”")
    assert speakers(quotes(text)) == ["De Blasio"]


def test_the_aide_to_a_named_person_is_not_that_person(quotes):
    """'the former top aide to President George W. Bush' is someone else: the person in focus
    before it, not Bush."""
    text = ("Paul Reyes, who wrote the party's review after the last defeat, was blunt on Monday.\n\n"
            "“Certainly the candidate has gone in the opposite direction from what we recommended,” "
            "said the former top aide to President George W. Bush.")
    assert speakers(quotes(text)) == ["Paul Reyes"]


def test_a_spokesman_for_a_named_person_still_speaks_for_that_person(quotes):
    """'voice_nouns' keep 'the spokesman for X' X's voice."""
    text = ("The mayor was in Paris on Monday.\n\n"
            "“We will not comment on the leak,” said the spokesman for Governor Ann Dale.")
    assert speakers(quotes(text)) == ["Ann Dale"]


def test_a_described_outlet_is_the_outlet_named_last(quotes) -> None:
    found = quotes("The Daily Example first reported that Apple pulled the games on Monday. \"The removals "
                   "look permanent and nobody has explained them,\" the gaming-focused publication said.")
    assert speakers(found) == ["The Daily Example"]
    # a described ministry still needs one whose name says so
    found = quotes("The Example Agency asked for the ban. \"We never asked for this,\" the Danish ministry "
                   "said.")
    assert speakers(found) == ["Danish ministry"]


# --- pull quotes and anonymous sources -----------------------------------------------------------

def test_a_pull_quote_is_spoken_by_whoever_says_the_quote_it_repeats(quotes):
    """The paragraph before the pull quote ends with another person's cue; the pull quote repeats,
    shortened, what Ann Example says further down."""
    found = quotes('Bob Sample said the decision was wrong, and added that he hoped for a "more open '
                   'internet."\n\n"Companies operating here must be prepared to turn over user data to the '
                   'police."\n\nThe law passed in 2016. "It has been a requirement that companies operating '
                   'here must be prepared to police their users and turn over user data to the police upon '
                   'request," said Ann Example, a researcher.')
    pull = next(q for q in found if q.text.startswith("Companies operating"))
    assert pull.speaker == "Ann Example"


def test_an_anonymous_source_speaks_for_nobody_named(quotes):
    found = quotes('Facebook is struggling with its rules.\n\n"Facebook cannot keep control of its content," '
                   'one source said.')
    assert speakers(found) == ["one source"]


def test_a_first_name_says_who_she_is_when_the_text_does_not(quotes):
    """Only the first names tell Kathy Griffin from Elon Musk (the subject just before): 'she' is
    Kathy Griffin."""
    text = ("Kathy Griffin impersonated Elon Musk on Twitter. Musk said the account would be suspended. "
            '"It was a joke," she said.')
    assert speakers(quotes(text)) == ["Kathy Griffin"]


# --- attributions the parse leaves without a subject --------------------------------------------

def test_a_cue_without_a_subject_falls_back_to_the_introduction_before(quotes):
    """'..., told Wired,' ends the line before the quote; the verb after the quote ('before adding
    a plea') has no subject of its own: the introduction names the speaker."""
    text = ("Aden Fine, a staff attorney with the ACLU, told Wired,\n"
            '"The countries that engage in censorship are precisely the ones in which open platforms '
            'are most critical," before adding a plea to Twitter.')
    assert speakers(quotes(text)) == ["Aden Fine"]


def test_captioned_is_a_cue(quotes):
    text = ("Rose McGowan posted a photo on Instagram.\n\n"
            '"There are powerful forces at work. Be my voice," she captioned the post.')
    assert speakers(quotes(text)) == ["Rose McGowan"]


@pytest.mark.parametrize("subject, expected", [
    ("the Zscaler team wrote", "Zscaler"),
    ("Chainalysis researchers write", "Chainalysis"),
])
def test_a_name_before_a_group_noun_is_the_speaker(quotes, subject, expected):
    """A name the model leaves untagged in front of 'team' or 'researchers' speaks, not the
    platform the story is about."""
    text = ("Telegram banned the channels of the market on Tuesday.\n\n"
            f'"That kind of rapid movement increases the chance of compromise," {subject}.')
    assert speakers(quotes(text)) == [expected]


def test_analysis_from_a_firm_is_the_firm(quotes):
    text = ('Analysis from crypto-tracing firm Chainalysis says the market has "taken additional steps to '
            'hide its payments" this year.')
    assert speakers(quotes(text)) == ["Chainalysis"]


def test_the_developer_is_the_person_named_before(quotes):
    text = ("Apple removed the app from the App Store on Monday. The app was made by Stefan Esser.\n\n"
            'The developer is not pleased with the decision, calling it "selective punishment on '
            "Apple's part, and a disgrace\".")
    assert speakers(quotes(text)) == ["Stefan Esser"]


def test_a_quote_in_a_list_item_is_introduced_by_the_item_before(quotes):
    """Markdown list items ('* ') around a paragraph-long quote: the bullet is markup, and the item
    before ('Here is what X had to say:') introduces the speaker."""
    text = ("Apple removed Airfoil Speakers Touch from the App Store on Monday.\n"
            "* Here is what Rogue Amoeba, the developers of the app, had to say about the matter:\n"
            '* "Today, we have been informed that Apple has removed Airfoil Speakers Touch from the '
            'App Store. We first heard from Apple about this decision two days ago."\n'
            "* Apple did not comment.")
    assert speakers(quotes(text)) == ["Rogue Amoeba"]


# --- which organisation a description stands for ------------------------------------------------

def test_the_spokesperson_speaks_for_the_organisation_of_the_spokesperson_named_before(quotes):
    """Instagram is named last, but 'the spokesperson' is the TikTok spokesperson told of before."""
    text = ("Two days later, a TikTok spokesperson told the BBC the company had removed the accounts.\n\n"
            'Within a few days, 20 accounts had been labelled "banned" on Instagram.\n\n'
            '"TikTok prohibits AI generated content of individuals used without their permission," '
            "the spokesperson said.")
    assert speakers(quotes(text))[-1] == "TikTok"


def test_the_company_is_the_main_subject_of_the_sentence_before(quotes):
    """Parler was kicked out (the subject of a passive moderation verb, not an actor) and is the
    subject of what Apple says: 'the company' is Apple."""
    text = ("Apple removed Parler from the App Store. The Parler app was kicked out of the App Store on "
            "Saturday.\n\nApple says that Parler is responsible for all user-generated content.\n\n"
            '"We want to be clear that Parler is in fact responsible for all the user generated content '
            'present on your service," the company said.')
    assert speakers(quotes(text)) == ["Apple"]


def test_the_tech_giant_is_the_organisation_named_before_it_in_its_sentence(quotes):
    text = ("YouTube suspended the channels of RT. Facebook removed pages too.\n\n"
            "In Google's investigation, however, the tech giant said it \"found no evidence of "
            'manipulation of our platform or policy violations."')
    assert speakers(quotes(text)) == ["Google"]


def test_a_firms_team_speaks_for_the_firm(quotes):
    text = ('Google removed the app from the Play Store. "We can say that at least one application was '
            "delivered via Google Play,\" Avast's research team told BleepingComputer.")
    assert speakers(quotes(text)) == ["Avast"]


def test_a_cue_with_no_subject_gives_way_to_the_named_cue_of_its_sentence(quotes):
    """'later adding' names nobody; 'Mahmoud Salem who tweeted' does: both quotes are his."""
    text = ('Try telling that to Egyptian activist Mahmoud Salem who tweeted, "This is very bad news," later '
            'adding, "Is it safe to say that Twitter is selling us out?"')
    assert speakers(quotes(text)) == ["Mahmoud Salem", "Mahmoud Salem"]


def test_a_post_on_someones_website_is_theirs(quotes):
    text = ("Apple pulled the game from the App Store.\n\nBut according to a new post on Manitoba Games' "
            'website, pulling the game from the App Store was "entirely Apple\'s decision and nobody '
            "else's.\"")
    assert speakers(quotes(text)) == ["Manitoba Games"]


def test_a_plural_noun_is_nobody_a_singular_role_refers_back_to(quotes):
    """'Users were angry' names a group: 'the developer' is not 'Users'."""
    text = ("The npm registry removed the colors package on Monday. Users were angry.\n\n"
            '"It\'s come to our attention that there is a bug in the release of colors," mocked the '
            "developer.")
    assert speakers(quotes(text)) != ["Users"]


def test_a_quote_below_a_stance_verb_is_its_subjects(quotes):
    """No cue: 'wants to combat' tells what Google holds, and the quoted words are Google's."""
    text = ('Google removed the apps from Google Play. Google wants to combat "convincing fake apps and the '
            'malicious actors behind them" with the new checks.')
    assert speakers(quotes(text)) == ["Google"]


def test_a_quote_below_another_verb_is_not_its_subjects(quotes):
    """'Cytrox evaded detection "by ..."': the report's words about Cytrox, not Cytrox's."""
    text = ('Meta removed 300 accounts. Cytrox evaded detection "by only infecting people with malware when '
            'they passed certain technical checks" for months.')
    assert "Cytrox" not in speakers(quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ('PayPal banned the group. PayPal justified this action by claiming they do not allow their services '
     '"to be used to promote hate or violence in any form."', "PayPal"),
    ("Discord banned the account. Brady Frey attempted to evade the auto-responses by clearly explaining "
     'that "we are requesting priority handling given this involves a minor."', "Brady Frey"),
])
def test_a_cue_after_by_takes_the_subject_of_the_verb_by_hangs_on(quotes, text, speaker):
    assert speakers(quotes(text)) == [speaker]


def test_informs_with_a_that_clause_is_a_cue(quotes):
    text = ("The registry suspended the domain. Kendal Rowe, the marketing director, informs TorrentFreak "
            'that "unfortunately, PIR is unable to comment on the situation at this time."')
    assert speakers(quotes(text)) == ["Kendal Rowe"]


def test_a_lone_quote_after_a_paragraph_of_narration_goes_on_with_the_last_speaker(quotes):
    """Hils speaks; a paragraph of narration names nobody who speaks; the next paragraph is a quote
    with no cue: Hils goes on. Three paragraphs of narration and nobody does."""
    opening = ('"With that API, anyone on the network can run code on your machine," Hils told '
               "BleepingComputer.\n\n")
    narration = "It is not clear whether the package was published with malicious intent.\n\n"
    lone = '"To be clear, this really is not the most malicious thing an attacker could do."'
    assert speakers(quotes(opening + narration + lone)) == ["Hils", "Hils"]
    assert speakers(quotes(opening + narration * 3 + lone))[1] is None



def test_a_function_word_before_a_surname_in_a_title_case_headline_is_no_first_name():
    from extractor.facts.quotes import load_cues
    from extractor.facts.quotes.names import full_name_in

    text = ("A Park Deleted Tweets On Climate Change After Trump Silenced Scientists\n\n"
            "President Donald Trump said it.")
    assert full_name_in(text, "Trump", load_cues()) == "Donald Trump"
    assert full_name_in("Deleted After Trump Silenced Them", "Trump", load_cues()) == "Trump"
    # a first name that is also a common word is still a first name
    assert full_name_in("Will Ferrell joined the show.", "Ferrell", load_cues()) == "Will Ferrell"


def test_a_long_quote_inside_a_clause_a_speaking_verb_governs_is_its_subjects(quotes):
    found = quotes("Steam pulls games\n\nRoper says that the group has had \"no communication with payment "
                   "processors, outside of our supporters sending them emails and our open letter,\" which "
                   "called on the companies to act.")
    assert [(q.text[:16], q.speaker) for q in found] == [("no communication", "Roper")]
    # a weak cue ('began') governs nothing of the kind
    found = quotes("Campaign\n\nThe campaign began in May and allegedly involved spreading information that "
                   "\"focused on discrediting the protesters and mass reporting of people opposing it.\"")
    assert [q.speaker for q in found] == []


def test_a_speakers_name_is_written_as_in_the_text(quotes):
    found = quotes("Domains\n\n\u201cThe .org domain has been suspended,\u201d Anna\u2019s Archive wrote "
                   "on its blog.")
    assert [q.speaker for q in found] == ["Anna\u2019s Archive"]


def test_a_title_the_parse_made_the_subject_stands_for_the_person_named_with_it(quotes):
    found = quotes("Film removed\n\nYouTube removed the film on Monday. Documentarian and filmmaker Ann K. "
                   "Example informs the site that this is not the first time his film has been targeted.\n\n"
                   "\"The complete film has been posted for nearly four years and I periodically get claims "
                   "against me from companies who say they own this recording.\"")
    assert [q.speaker for q in found] == ["Ann K. Example"]


def test_a_quote_after_what_a_person_is_convinced_of_is_theirs(quotes):
    found = quotes("Pledges\n\nGoogle deleted its pledges. Ann Example is convinced the setbacks are only "
                   "temporary. \u201cIt's our one and only solution. There's no other option.\u201d")
    assert [q.speaker for q in found] == ["Ann Example"]


def test_a_quote_introduced_mid_paragraph_runs_on_into_the_next(quotes):
    found = quotes("Pages removed\n\nFacebook removed the pages on Monday. Ann Example, an administrator of "
                   "one of the pages, said, \"I woke up this morning to find that a lot of the groups we had "
                   "been using had disappeared.\n\nThe timing of it seems suspicious given a general "
                   "political crackdown because of the royal wedding.\"")
    assert [(q.speaker, q.text[:10]) for q in found] == [("Ann Example", "I woke up "),
                                                         ("Ann Example", "The timing")]


# --- verbs that do not speak, and subjects the parse lost ----------------------------------------

def test_a_day_after_said_is_not_who_said_it(quotes):
    """The parse leaves 'said' without a subject ('official' hangs on 'team' in apposition) and
    puts 'Wednesday' after it: the official described by the relative clause just before the verb
    speaks, not the day."""
    text = ("Although there is no such overlap with Walker's team, a White House official who spoke "
            "anonymously to discuss internal strategy said Wednesday, \"Certainly there are talks "
            "between the White House and the Walker campaign.\"")
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker != "Wednesday"
    assert found[0].speaker_span is not None and "official" in found[0].speaker_span[0]


def test_began_with_an_infinitive_is_no_speaking_verb(quotes):
    """'donations began to pick up' begins an action, not a quote: the speaker is Gilbert, whose
    'said' closes the sentence."""
    text = ('Dan Gilbert said the boycott calls are unlikely to have a big effect.\n\n'
            '"There\'s a sense of stability now," and donations began to pick up again last week, '
            'Gilbert said.')
    assert speakers(quotes(text)) == ["Dan Gilbert"]


def test_began_with_a_quote_still_speaks(quotes):
    """'He began, "..."': 'begin' with the quote after it introduces it."""
    text = 'Mark Ellison stood up at the meeting. He began, "We have all been waiting for this day."'
    assert speakers(quotes(text)) == ["Mark Ellison"]


def test_shared_in_a_statement_is_said(quotes):
    """'the company shared in a statement': 'share' speaks when the quote is right beside it."""
    text = ('Acme Toys has suspended sales while it runs "a full safety audit across every product '
            'we sell," the company shared in a statement with the consumer group.')
    found = quotes(text)
    assert [(q.cue, q.speaker is not None) for q in found] == [("shared", True)]


def test_what_is_shared_before_a_quote_is_not_said(quotes):
    """'the accounts shared "..."': before the quote, 'share' takes what was shared; the quote is
    the words of the one who says so (Twitter says)."""
    text = ('Twitter says that 276 of the fake accounts shared "primarily civic content" to support '
            'the government.')
    found = quotes(text)
    assert all(q.cue != "shared" for q in found)


def test_a_subject_the_parse_hung_on_its_auxiliary_still_speaks(quotes):
    """'Lang is convinced ...': the parse may hang 'Lang' on 'is' rather than on 'convinced'; the
    quote after the sentence is still Lang's."""
    text = ("John Lang, who leads the Net Zero Tracker, said the trend was clear.\n\n"
            "Lang is convinced the setbacks are only temporary and rapid emissions reductions will soon "
            "be reprioritized. \u201cIt's our one and only solution to climate change. It's as simple as "
            "that. There's no other option.\u201d")
    assert speakers(quotes(text)) == ["John Lang"]


def test_a_surname_the_article_gives_in_full_elsewhere_is_a_person():
    """Quotes read from some lines only (a stage-2 stop): 'Lang' alone, the subject of no speaking
    verb, is the John Lang the whole article names on a line the Doc does not hold, so 'he' is
    Lang."""
    whole = ("John Lang, who leads the Net Zero Tracker, said the trend was clear.\n\n"
             "The UN's High Level Expert Group on the Net Zero Emissions Commitments of Non-State "
             "Entities released a report in 2022.\n\n"
             "Lang is more sympathetic to stretch goals, as long as the deadlines are set close in the "
             "future.\n\n"
             "\u201cIt still needs to be realistic. You still need to be able to deliver it,\u201d "
             "he added.\n")
    lines = whole[whole.index("The UN"):]
    nlp = get_pipeline()
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(lines)
    assert [q.speaker for q in find_quotes(doc, whole)] == ["John Lang"]


def test_a_name_run_on_from_a_title_before_the_verb_speaks(quotes):
    """'Senior Product Manager for Google Voice Vincent Paquet stated ...': the parse hangs the name
    on 'for' and leaves the verb without a subject; the person right before it speaks."""
    text = ("According to Engadget, Senior Product Manager for Google Voice Vincent Paquet stated that "
            "the app had been pulled.\n\n"
            "\u201cOur last update of this week had a bug that caused the app to crash at sign in.\u201d")
    assert speakers(quotes(text)) == ["Vincent Paquet"]


def test_a_spokesperson_of_nobody_named_speaks_for_the_organisation_that_is_the_subject(quotes):
    """'But the Arlington County Police Department "...," a spokesperson confirmed': the department
    the sentence is about, not the platform of the story."""
    text = ("GoFundMe removed the fundraiser on Monday. The article said police were investigating.\n\n"
            "But the Arlington County Police Department \u201chas not investigated a robbery of these "
            "circumstances,\u201d a spokesperson confirmed in an email.")
    assert [s and s.removeprefix("the ") for s in speakers(quotes(text))] == [
        "Arlington County Police Department"]


def test_a_report_speaks_for_the_owner_named_with_it(quotes):
    """"Fairlinked's BrowserGate report ... the report said": the owner (a name the model took for
    a verb), not the report's own name."""
    report = ("Fairlinked's BrowserGate report alleged that LinkedIn searches computers.\n\n"
              "\u201cThe user is never asked. Never told,\u201d the report said.")
    assert speakers(quotes(report)) == ["Fairlinked"]


def test_a_cue_verb_the_parse_read_as_a_noun_still_speaks(quotes):
    """'"...," one conference attendee remembers', '"...," the Saudis state in the paper': the
    parse took the verb for the last noun of the speaker's phrase."""
    one = ('The group did little at first. "People would come around and talk for a couple of days," '
           "one Google Ideas conference attendee remembers.")
    assert speakers(quotes(one)) == ["attendee"]
    many = ("The effort comes ahead of the report.\n\n\"Today, the kingdom is one of the leading nations "
            'in combating terrorism and terror-financing," the Saudis state in the white paper.')
    assert speakers(quotes(many)) == ["Saudis"]


def test_a_description_with_nobody_named_before_speaks_as_written(quotes):
    """'said the base chief' with no person named before it: the description itself, not nobody."""
    text = ("The scene in the film is untrue, according to the officer in charge of the base.\n\n"
            '"There never was a stand-down order," said the base chief, speaking publicly at last.')
    assert speakers(quotes(text)) == ["base chief"]


def test_a_phrase_cue_after_a_reported_clause_belongs_to_the_reporting_verb(quotes):
    """'The company said the change would happen "...," in a blog post': the company's post, not
    the change's (the phrase hangs on a verb of the reported clause)."""
    text = ("Meta dropped its fact checkers last year. The company said the change would happen \"over "
            "the next few years and will let us catch more issues faster,\" in a blog post.")
    assert speakers(quotes(text)) == ["Meta"]


def test_a_spokesperson_of_a_kind_of_body_speaks_for_the_one_named(quotes):
    """'a department spokesperson', 'a council spokeswoman': the department or council named before
    (one whose name has that word), not the platform of the story."""
    police = ("GoFundMe removed the fundraiser on Monday. But the Arlington County Police Department again "
              "confirmed it does not have reports of a shooting.\n\n\u201cWe do not have reports of any "
              "recent incident matching their report,\u201d a department spokesperson said.")
    assert [s and s.removeprefix("the ") for s in speakers(quotes(police))] == [
        "Arlington County Police Department"]
    council = ("Facebook removed the page on Monday after Bristol City Council complained.\n\n"
               "\u201cThis page spread false claims about our staff,\u201d a council spokeswoman said.")
    assert speakers(quotes(council)) == ["Bristol City Council"]


def test_a_quote_that_is_the_predicate_of_a_named_subject(quotes):
    text = ("Senator Ann Example \"has no intention of resigning and will fight the charges in court.\" "
            "Her office declined to comment.")
    assert speakers(quotes(text)) == ["Ann Example"]
    # a passive headline fragment after a name is not the name's words
    assert speakers(quotes('Ann Example "accidentally banned by the forum" after a glitch')) == []


def test_a_title_joined_to_a_name_stands_for_the_person(quotes):
    text = ('"We want to use the best technology we have," says Examplesoft founder and president Ann '
            'Example. "To do everything we can to level the playing field."')
    assert speakers(quotes(text)) == ["Ann Example", "Ann Example"]


def test_the_object_of_a_verb_of_making_speaks_the_infinitive_under_it(quotes):
    # 'prompted X to boast': X boasts; 'used an interview to declare': the user declares
    text = ('Apple pulled the app. The ruling has prompted Sample.fm to boast that "We must be big time '
            'now", adding the team was surprised.')
    assert speakers(quotes(text)) == ["Sample.fm"]
    text = ('In 2019 Ann Example used a post-match interview to declare: "We will keep playing for our '
            'city, whatever the league says."')
    assert speakers(quotes(text)) == ["Ann Example"]


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back"])
def test_a_verb_with_its_particle_is_a_cue(quotes, verb):
    text = f'Ann Example and Bo Sample clashed on stage. "Bo wants to be a tough guy tonight," Ann {verb}.'
    assert speakers(quotes(text)) == ["Ann Example"]


def test_reacted_is_a_cue_after_the_quote_only(quotes):
    text = 'Ann Example spoke in Ohio. "We\'re going to win," reacted Ann.'
    assert speakers(quotes(text)) == ["Ann Example"]


def test_the_name_a_naming_participle_gives_the_speaker(quotes):
    text = ('The author directed readers to a fundraising page. "All donations will help," said the '
            'page organizer, identified as Jamel Example.')
    assert speakers(quotes(text)) == ["Jamel Example"]


def test_a_spokesperson_speaks_for_the_subject_of_the_sentence_before(quotes):
    text = ("Dropbox later reinstated the documents.\n\nGoogle, which owns YouTube, declined to comment on "
            "specific videos, but said it was aware of the risks.\n\n\"Unfortunately, there is potential "
            "for copyright interests to be abused,\" said a spokesperson.")
    assert speakers(quotes(text)) == ["Google"]


def test_a_cue_glued_to_the_closing_mark_is_read(quotes):
    # a saved page lost the space: ',”explains TouchArcade'
    text = ("The games have been removed from the store.\n\n\u201cAlthough still accessible via purchase "
            "history, pulled games can no longer access purchases,\u201dexplains SampleArcade.")
    assert speakers(quotes(text)) == ["SampleArcade"]


def test_a_signature_may_hold_a_particle_and_end_at_a_bracket(quotes):
    text = ('The police described the scheme.\n\n"Numerous users of the network were attracted by the idea '
            'of buying a pass." - Guardia di Esempio (translated)')
    assert speakers(quotes(text)) == ["Esempio"]


def test_signed_off_is_a_cue(quotes):
    text = ('Columnist Ann Example quit the service after the threats. "It\'s too much," she signed off. '
            '"I can\'t live like this."')
    assert speakers(quotes(text)) == ["Ann Example", "Ann Example"]


def test_the_company_owning_a_document_is_the_company_told_of(quotes):
    """"the company's blog post said": the company is the platform that acted, as in "the company
    said"; its "'s" is no part of the description."""
    found = quotes('Facebook removed the pages on Monday. "These pages broke our rules," the company\'s '
                   'blog post said.')
    assert speakers(found) == ["Facebook"]


def test_it_is_not_an_organisation_named_in_a_clause_below(quotes):
    """'how the IDF uses its services': the IDF is the subject of a clause below the main one;
    'It said' goes on with Microsoft."""
    found = quotes('After that report, Microsoft launched its first review of how the IDF uses its services. '
                   'It said in May it had "found no evidence to date" that the IDF broke its terms.')
    assert speakers(found) == ["Microsoft"]
