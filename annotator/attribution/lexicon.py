"""Word lists the attribution finder uses: cue verbs (from cues.txt), titles, anonymous heads."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, tuple[str, str]]:
    """Map each inflected cue form to (lemma, class)."""
    out: dict[str, tuple[str, str]] = {}
    data = resources.files(__package__).joinpath("cues.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words, _, cls = line.partition("|")
        forms = words.split()
        for form in forms:
            out[form.lower()] = (forms[0], cls.strip() or "speech")
    return out


# Forms that are often nouns: a cue only when the tagger says verb.
NOUN_AMBIGUOUS = frozenset(
    """claims reports states notes answers charges calls comments estimates fears hopes
    doubts questions promises demands protests objects remarks figures posts signals
    highlights counters pledges threats warnings jokes blames reasons concerns finds
    rules laments tweets emails texts counters guesses wonders vows""".split()
)

# Verb forms that attribute a preceding clause or quote ("...," he said) and may invert
# ("said X"): every non-participle form of the speech and quote verbs, and a few of thinking.
_POSTPOSED_COGNITION = frozenset(
    """think thinks thought believe believes believed show shows showed fear fears feared
    predict predicts predicted speculate speculates speculated estimate estimates estimated
    expect expects expected find finds found""".split()
)


def _postposed() -> frozenset[str]:
    forms = {f for f, (_, cls) in cue_forms().items() if cls in ("speech", "quote")}
    return frozenset(f for f in forms if not f.endswith("ing")) | _POSTPOSED_COGNITION


POSTPOSED = _postposed()

# Objects of "tell" that are the audience, not the content ("told reporters that ...").
AUDIENCE = frozenset(
    """reporters journalists press media audience crowd supporters lawmakers senators
    members viewers listeners readers colleagues students investigators police congress
    parliament delegates correspondents""".split()
)

# "said in a statement": the medium nouns that extend a cue.
MEDIUM = frozenset(
    """statement interview speech address briefing conference email e-mail letter post
    tweet release op-ed editorial memo message video broadcast call hearing testimony
    report remarks comments appearance podcast rally session filing document note""".split()
)

# Words that may sit between a subject and its cue: "he also said", "Trump has said".
BETWEEN = frozenset(
    """also later then previously has have had would will was were is are did does do
    once again repeatedly recently reportedly publicly privately flatly firmly further
    separately only never not n't just quickly immediately often sometimes even still already
    ultimately initially first last finally may might could can should must subsequently
    angrily bluntly simply clearly openly frequently earlier today yesterday tonight overall
    since nationwide
    long all both each be been being had've 've 's 'd 'll
    \u2019ve \u2019s \u2019d \u2019ll""".split()
)

# Heads of titles and roles: "Defense Minister", "DoD spokesman", "the Russian minister".
TITLES = frozenset(
    """minister secretary president spokesman spokeswoman spokesperson spokespeople senator
    sen representative rep governor gov chairman chairwoman chair director ambassador
    general gen admiral adm colonel col lieutenant lt captain capt sergeant sgt commander
    cmdr chief leader mayor judge justice attorney prosecutor professor prof king queen
    prince princess pope premier chancellor envoy economist analyst researcher author
    candidate nominee lawmaker congressman congresswoman councilman councilwoman
    councillor councilor alderman alderwoman assemblyman assemblywoman trustee speaker whip
    aide adviser advisor
    counsel coach executive ceo cfo founder head manager commissioner inspector deputy
    official officer diplomat negotiator strategist pollster lawyer physician doctor
    scientist activist organizer organiser president-elect vice-president host anchor
    correspondent editor columnist writer reporter owner director-general secretary-general
    treasurer superintendent sheriff marshal governor-general member""".split()
)

HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady mme mlle messrs".split())

# Heads of sources that name nobody in particular.
ANONYMOUS_HEADS = frozenset(
    """official officials source sources critic critics analyst analysts expert experts
    observer observers people person aide aides diplomat diplomats insider insiders someone
    somebody some many others insiders witnesses witness residents resident activists
    opponents supporters detractors skeptics sceptics commentators pundits economists
    scientists researchers studies reports spokesman spokeswoman spokesperson
    representatives representative lawmakers members staffers staff employees investigators
    authorities officers agents advisers advisors americans voters""".split()
)

PRONOUNS_PERSON = frozenset("he she".split())
PRONOUNS_OTHER = frozenset("they it we i you".split())

# Determiners that mark a source as unspecific: "a source", "some officials".
VAGUE_DETERMINERS = frozenset(
    "a an some several many few two three four multiple various numerous other most".split()
)

# Adjectives of stance after 'be': 'is wary of X', 'was confident that ...', 'are eager to ...'.
STANCE_ADJECTIVES = frozenset(
    """eager wary critical clear glad adamant optimistic pessimistic upbeat confident convinced
    concerned worried skeptical sceptical proud happy unhappy sure certain hopeful fearful
    afraid angry furious supportive dismissive aware appreciative enthusiastic doubtful uneasy
    nervous frustrated pleased disappointed satisfied dissatisfied reluctant willing
    unwilling determined keen insistent outspoken vocal suspicious mindful""".split()
)
