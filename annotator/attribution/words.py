"""Word sets of the attribution finder: tags, quote marks, words of cue and clause patterns."""

from __future__ import annotations

_NP_TAGS = frozenset("NNP NNPS NN NNS PRP DT JJ JJR JJS CD POS PRP$ NNP-LOC".split())
_NP_LINKS = frozenset("of for at from with in on to".split())
# Adjectives and participles that post-modify a source: 'a person familiar with the talks'.
_POSTMODIFIERS = frozenset("familiar close briefed knowledgeable involved granted".split())
# Quotation-mark tokens (the tokenizer keeps '' and `` whole).
_OPEN_Q = frozenset(["\u201c", "\u201e", "\u00ab", '"', "\u2018", "'", "''", "``"])
_CLOSE_Q = frozenset(["\u201d", "\u00bb", '"', "\u2019", "'", "''"])
_DEMONSTRATIVES = frozenset("this that these those which what who there it whom whose".split())
_CLAUSE_STARTS = frozenset("that if whether how why when what where".split())
_SENT_END = frozenset(".!?\u2026")


# Labels before a colon that are page furniture, not people ("UPDATE:", "Related:").
_NOT_SPEAKERS = frozenset(
    """update updated updates note editor editors watch read related photo photos video
    correction clarification disclosure source sources via click subscribe more also see
    breaking exclusive live transcript analysis opinion commentary q a question answer
    warning caption credit image pictured top here this that the it why what how who
    when where bottom line fact check fact-check reality recap summary background
    context tags filed topics share advertisement sponsored dateline""".split()
)


_DASHES = frozenset("\u2013 \u2014 - --".split())
# Lower-case words a speaker label may hold: 'Clinton camp:', 'Former AG Mukasey at RNC:'.
_LABEL_WORDS = frozenset(
    """of the and at to for in on from with camp campaign aides allies team officials
    supporters spokesman spokeswoman""".split()
)


# Words after which a form the tagger called a noun is a verb: 'did support', 'to back'.
_VERB_LEADS = frozenset(
    "do does did to will would could should can may might must not n't never".split()
)


_PREPOSITIONS = frozenset(
    "about of in on at for with by from into over under after before during".split()
)
# Words after which a capitalised '-s'/'-ed' word of a title-case headline is no verb.
_TITLE_NOT_BEFORE_VERB = _PREPOSITIONS | frozenset("the a an its his her their".split())
# Nouns of stance with the preposition that introduces what they are about.
_NOUN_PREP_CUES = frozenset(
    (n, prep)
    for n, prep in (
        w.split("/")
        for w in """criticism/of endorsement/of opposition/to call/for calls/for support/for
        attack/on attacks/on praise/for demand/for demands/for concern/about concerns/about
        refusal/to decision/to proposal/to promise/to pledge/to plan/to plans/to
        questions/about concern/over concerns/over criticism/over views/on stance/on
        position/on comments/about comments/on remarks/about remarks/on vow/to threat/to
        push/for bid/to request/for appeal/for warnings/about warning/about""".split()
    )
)
# Nouns of saying and thinking that take a that-clause: 'his claim that ...'.
_NOUN_CUES = frozenset(
    """claim claims assertion assertions suggestion suggestions allegation allegations
    argument arguments insistence belief beliefs warning warnings promise promises pledge
    accusation accusations contention admission prediction predictions charge charges
    fear fears hope hopes view statement announcement acknowledgment acknowledgement
    complaint complaints concern concerns conclusion notion idea assumption speculation
    reports rumors rumor impression message evidence indication indications sign signs
    signal assurances assurance theory perception suspicion suspicions expectation
    expectations doubts doubt worry worries""".split()
)
# Prepositions of time and place, and the tags of their noun phrases: 'at a briefing Monday'.
_WHEN_WHERE = frozenset("on at during in after before last this earlier".split())
_ADVERBIAL_TAGS = frozenset("DT JJ NN NNS NNP NNPS CD POS PRP$".split())
# What follows 'asked' when it puts a question: 'asked about X', 'asked whether ...'.
_QUESTION_STARTS = frozenset("about if whether what why how who when where which to".split())
# Verbs of stance whose passive agent is a source ('rejected by voters', 'backed by X').
_PASSIVE_STANCE = frozenset(
    """support back oppose endorse praise attack defend reject condemn denounce slam blast
    welcome applaud favor challenge dispute mock ridicule hail embrace champion assail
    criticize accuse blame describe call dismiss question label brand characterize deride
    propose recommend urge decry tout""".split()
)
# Stance verbs that report their object after 'to' too ('came on the show to discuss X').
_INFINITIVE_STANCE = _PASSIVE_STANCE | frozenset(
    "discuss talk address applaud thank highlight mention express voice promote".split()
)
# Reactions one draws from others: 'drew criticism from X'.
_REACTIONS = frozenset(
    """criticism fire praise condemnation rebukes rebuke ire scorn backlash applause cheers
    boos rebukes protests objections complaints questions skepticism support""".split()
)
# Adverbs by which the writer passes on what others say or seem to.
_HEARSAY = frozenset("reportedly allegedly purportedly supposedly ostensibly seemingly".split())
# Verbs linking a subject to an adjective of stance: 'is wary', 'remains confident'.
_COPULAS = frozenset(
    """is are was were be been being 's 're 'm am \u2019s \u2019re remain remains remained
    seem seems seemed appear appears appeared feel feels felt become became""".split()
)
# Auxiliaries of a passive verb group: 'has been', 'will be', 'was being'.
_AUX = frozenset("is are was were be been being has have had will would 's 're".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
_BE = frozenset("is are was were be been being 's 're".split())
# Verbs whose bare object is not what was said ("asked him a question", "wrote a book"):
# they report only a clause ("asked whether ...") or a quote.
_NEEDS_CLAUSE = frozenset(
    """ask speak respond reply answer comment testify talk write tweet post email
    inform advise assure tell observe""".split()
)
# Of those, the ones whose bare object is seldom what is reported even for PolNeAR, which
# counts 'told the story', 'wrote a letter', 'asked questions' as reports: 'spoke Spanish'.
_CLAUSE_ONLY = frozenset("speak testify observe".split())  # observe: keeping a truce
# Particles of phrasal verbs that can stand between a passive participle and its 'by' agent.
_PASSIVE_PARTICLES = frozenset("upon on out for to about".split())


# Verb + particle cues whose object is what is said or wanted.
_PHRASAL = frozenset(
    (v, prt)
    for v, prts in {
        "point": "to out",
        "refer": "to",
        "rail": "against",
        "push": "for",
        "press": "for",
        "call": "for on out",
        "weigh": "in",
        "disagree": "with on",
        "agree": "with on",
        "vote": "for against",
        "advocate": "for",
        "speak": "out about of",
        "talk": "about",
        "warn": "of about against",
        "complain": "about of",
        "worry": "about",
        "argue": "for against",
        "testify": "about",
        "boast": "about of",
        "hint": "at",
        "object": "to",
        "respond": "to",
        "reply": "to",
        "comment": "on",
        "ask": "about",
        "think": "about of",
        "hope": "for",
        "wonder": "about",
        "fear": "for",
        "lash": "out",
        "sign": "off",
        "back": "away",
        "make": "clear",
        "focus": "on",
        "side": "with against",
        "apologize": "for",
        "apologise": "for",
        "balk": "at",
        "bristle": "at",
        "brush": "off aside",
        "react": "to",
        "single": "out",
        "spar": "with over",
        "vouch": "for",
        "chime": "in",
        "allude": "to",
        "opt": "for",
        "pivot": "to",
        "shrug": "off",
        "dwell": "on",
    }.items()
    for prt in prts.split()
)
# Verbs that report a stance only with their particle ('voted for', 'railed against').
_PHRASAL_ONLY = frozenset("vote rail weigh refer lash".split())
# Attitude verbs that take an infinitive as what is wanted ('plans to run').
_TAKES_INFINITIVE = frozenset(
    """want plan seek refuse decline offer agree decide intend aim hope vow promise pledge
    threaten urge encourage push press ask request expect prefer""".split()
)


# Verbs whose bare participle mostly describes a thing, not a stance ('the funds raised').
_PARTICIPLE_NOUNS = frozenset("raise see publish view issue mention".split())
# Prepositions after which a stance verb still names what it is about ('accused of', 'aimed
# at', 'charged with', 'criticized for').
_STANCE_PREPS = frozenset("of at with for on about over against into".split())
# Particles that make a phrasal verb of action of a stance verb ('knocked out', 'backed down').
_PARTICLES = frozenset("out down off up away back over".split())
# Stance verbs whose phrasal forms are physical actions.
_PHYSICAL = frozenset("knock".split())
# Verbs of posting whose bare object is what was put out ('tweeted a chart of ...').
_POSTS_OBJECT = frozenset("tweet retweet post".split())


# Words after which an -ing form is a verb, not an adjective: 'is saying', 'He’s aiming',
# ', saying', 'in answering', 'without naming', '- saying'.
_PROGRESSIVE = frozenset("is was were are been be 's 're \u2019s \u2019re am 'm \u2019m".split())
_GERUND_LEADS = frozenset(
    ", and while by after before in without when since upon \u2014 \u2013 -".split()
)
