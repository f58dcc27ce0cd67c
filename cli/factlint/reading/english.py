"""General English the reader relies on: closed word classes, irregular forms, negation, antonyms.

Nothing here knows any facts file's domain. These are the words whose role in a
sentence is grammatical (articles, prepositions, auxiliaries, pronouns), the words
that deny what a clause says, and pairs of words that cannot both describe one thing.
Topic words are weighed by how rare they are (see ``vocabulary``), not listed here.
"""

from __future__ import annotations

DETERMINERS = frozenset(
    "a an the this that these those its their his her our my your some any each every "
    "all both either neither no another other such what which whose".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for from with without within into onto upon to toward towards over "
    "under across along among amongst between beyond behind below beneath above beside "
    "besides near past through throughout during before after since until till via "
    "against around about inside outside per than like unlike despite versus vs "
    "alongside amid amidst".split()
)
CONJUNCTIONS = frozenset(
    "and or nor but yet so because although though while whereas if unless whether "
    "when whenever where once albeit".split()
)
PRONOUNS = frozenset(
    "it its it's they them their theirs he him his she her hers we us our you your i me "
    "my one ones itself themselves himself herself who whom whose which that this these "
    "those there here something anything everything nothing someone anyone everyone".split()
)
AUXILIARIES = frozenset(
    "is are was were be been being am 's 're has have had having do does did will would "
    "shall should can could may might must 'll 'd".split()
)
BE_FORMS = frozenset("is are was were be been being am 's 're".split())
HAVE_FORMS = frozenset("has have had having".split())
MODALS = frozenset("will would shall should can could may might must".split())
# Words that qualify a clause without carrying its topic.
ADVERBS = frozenset(
    "also only just very too still already now then soon currently recently today once "
    "again further later earlier ever even first officially approximately nearly almost "
    "roughly around about some just respectively together jointly independently each "
    "both finally initially originally previously formerly newly actually really "
    "reportedly reported widely largely mostly mainly partly fully entirely generally "
    "usually often sometimes always not never no yes however meanwhile moreover "
    "instead thus therefore indeed notably additionally likewise similarly subsequently "
    "eventually ultimately here there where out up down off away".split()
)
FUNCTION_WORDS = (DETERMINERS | PREPOSITIONS | CONJUNCTIONS | PRONOUNS | AUXILIARIES | ADVERBS) - {
    "first"
}

# Intent, schedule and report words: they say when or how sure, not what happens; and
# the verbs that only say an event is ("the launch took place", "the vote happened").
LIGHT_WORDS = frozenset(
    "aim aims aimed aiming plan plans planned planning intend intends intended intending "
    "expect expects expected expecting anticipate anticipates anticipated hope hopes hoped "
    "hoping want wants wanted seek seeks seeking sought try tries tried trying attempt "
    "attempts attempted attempting set due scheduled slated poised going gonna likely "
    "unlikely able expected supposed meant designed ready goal target targets targeted "
    "say says said according report reports reported claim claims claimed note notes "
    "noted add adds added tell tells told get gets got getting currently now worth noting "
    "come comes came coming amount amounts amounted stand stands stood total totals "
    "totaled totalled reach reaches reached happen happens happened happening occur "
    "occurs occurred occurring".split()
)

# Forms a suffix stemmer cannot reach: past tenses and participles of common verbs.
IRREGULAR = {
    "went": "go", "gone": "go", "goes": "go", "flew": "fly", "flown": "fly", "sent": "send",
    "began": "begin", "begun": "begin", "built": "build", "brought": "bring",
    "sought": "seek", "said": "say", "made": "make", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "led": "lead", "won": "win", "held": "hold",
    "left": "leave", "met": "meet", "came": "come", "chose": "choose", "chosen": "choose",
    "became": "become", "spent": "spend", "struck": "strike", "saw": "see", "seen": "see",
    "knew": "know", "known": "know", "grew": "grow", "grown": "grow", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "lost": "lose", "bought": "buy",
    "sold": "sell", "told": "tell", "thought": "think", "drew": "draw", "drawn": "draw",
    "wrote": "write", "written": "write", "ran": "run", "sat": "sit", "rode": "ride",
    "ridden": "ride", "froze": "freeze", "frozen": "freeze", "bore": "bear", "born": "bear",
    "wore": "wear", "worn": "wear", "shut": "shut", "stood": "stand", "understood":
    "understand", "forbade": "forbid", "forbidden": "forbid", "paid": "pay", "laid": "lay",
    "kept": "keep", "felt": "feel", "dealt": "deal", "meant": "mean", "sank": "sink",
    "sunk": "sink", "swam": "swim", "drove": "drive", "driven": "drive", "ate": "eat",
    "eaten": "eat", "broke": "break", "broken": "break", "spoke": "speak", "spoken":
    "speak", "stole": "steal", "stolen": "steal", "hid": "hide", "hidden": "hide",
    "shook": "shake", "shaken": "shake", "threw": "throw", "thrown": "throw", "blew":
    "blow", "blown": "blow", "withdrew": "withdraw", "withdrawn": "withdraw", "overtook":
    "overtake", "undertook": "undertake", "found": "found", "finds": "find", "find": "find",
    "finding": "find", "people": "person", "children": "child", "men": "man", "women":
    "woman", "mice": "mouse", "feet": "foot", "teeth": "tooth", "geese": "goose",
    "data": "datum", "criteria": "criterion", "phenomena": "phenomenon", "media": "medium",
}  # fmt: skip
# British spellings folded to American ones before stemming.
SPELLINGS = {
    "metre": "meter", "metres": "meters", "kilometre": "kilometer", "kilometres":
    "kilometers", "centimetre": "centimeter", "centimetres": "centimeters", "millimetre":
    "millimeter", "millimetres": "millimeters", "litre": "liter", "litres": "liters",
    "centre": "center", "centres": "centers", "theatre": "theater", "colour": "color",
    "colours": "colors", "favour": "favor", "honour": "honor", "labour": "labor",
    "neighbour": "neighbor", "behaviour": "behavior", "harbour": "harbor", "programme":
    "program", "programmes": "programs", "defence": "defense", "licence": "license",
    "organisation": "organization", "organisations": "organizations", "organise":
    "organize", "organised": "organized", "recognise": "recognize", "recognised":
    "recognized", "authorise": "authorize", "authorised": "authorized", "travelled":
    "traveled", "travelling": "traveling", "cancelled": "canceled", "cancelling":
    "canceling", "modelling": "modeling", "labelled": "labeled", "fuelled": "fueled",
    "aluminium": "aluminum", "sulphur": "sulfur", "grey": "gray", "tonne": "ton",
    "tonnes": "tons", "catalogue": "catalog", "analyse": "analyze", "analysed": "analyzed",
    "jewellery": "jewelry", "storey": "story", "storeys": "stories",
}  # fmt: skip

# Words that deny what their clause says.
NEGATIONS = frozenset(
    "not n't never no none neither nor without cannot nobody nothing nowhere".split()
)
# Verbs whose object is denied: "refused to sign" does not sign.
DENYING_VERBS = frozenset(
    "refuse refused refuses refusing decline declined declines declining reject rejected "
    "rejects rejecting fail failed fails failing unable rebuff rebuffed spurn spurned "
    "snub snubbed shun shunned boycott boycotted veto vetoed cease ceased ceases stop "
    "stopped stops quit quits".split()
)
# Phrases that deny without a negation word; matched on lower-cased, single-spaced text.
DENYING_PHRASES = (
    "yet to",
    "no longer",
    "not among",
    "stayed out",
    "stays out",
    "stay out",
    "kept out",
    "opted out",
    "held out",
    "remained outside",
    "remains outside",
    "stayed outside",
    "turned down",
    "turns down",
    "turn down",
    "far from",
    "instead of",
    "rather than",
    "other than",
    "except for",
    "with the exception of",
    "has never",
    "have never",
)

# Pairs of words that cannot both describe one thing, after spelling is folded. The
# second of each pair is read as "not" the first: "closed" says "not open".
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("open", "closed"), ("open", "close"), ("open", "shut"), ("allowed", "prohibited"),
    ("allow", "prohibit"), ("allow", "ban"), ("allow", "forbid"), ("allow", "bar"),
    ("permitted", "forbidden"), ("legal", "illegal"), ("lawful", "unlawful"),
    ("crewed", "uncrewed"), ("manned", "unmanned"), ("crewed", "robotic"),
    ("highest", "lowest"), ("largest", "smallest"), ("biggest", "smallest"),
    ("longest", "shortest"), ("tallest", "shortest"), ("heaviest", "lightest"),
    ("fastest", "slowest"), ("oldest", "newest"), ("oldest", "youngest"),
    ("maximum", "minimum"), ("best", "worst"), ("earliest", "latest"), ("higher", "lower"),
    ("larger", "smaller"),
    ("increase", "decrease"), ("increased", "decreased"),
    ("rise", "fall"), ("rose", "fell"), ("grow", "shrink"), ("grew", "shrank"),
    ("gain", "lose"), ("win", "lose"), ("won", "lost"), ("accept", "reject"),
    ("accepted", "rejected"), ("approve", "reject"), ("approved", "rejected"),
    ("include", "exclude"), ("included", "excluded"), ("join", "withdraw"),
    ("public", "private"), ("near", "far"),
    ("north", "south"), ("east", "west"), ("northern", "southern"), ("eastern", "western"),
    ("inside", "outside"), ("above", "below"), ("upper", "lower"), ("full", "empty"),
    ("success", "failure"), ("successful", "unsuccessful"), ("succeed", "fail"),
    ("hot", "cold"), ("wet", "dry"), ("alive", "dead"), ("active", "inactive"),
    ("present", "absent"), ("available", "unavailable"), ("possible", "impossible"),
    ("compatible", "incompatible"), ("supported", "unsupported"),
    ("online", "offline"), ("civilian", "military"),
    ("natural", "artificial"), ("permanent", "temporary"),
    ("male", "female"), ("acid", "alkaline"),
    ("metal", "nonmetal"), ("visible", "invisible"), ("stable", "unstable"),
    ("safe", "unsafe"), ("independent", "dependent"), ("simultaneous", "separate"),
    ("opened", "closed"), ("profit", "loss"), ("surplus", "deficit"),
    ("support", "oppose"), ("supports", "opposes"),
)  # fmt: skip
# A prefix that negates the word it is glued to, when the bare word is a word too.
NEGATING_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis")

# Words that say someone belongs to a group: a draft that uses one speaks of what a
# claim listing members says, whichever of them the claim used.
MEMBER_CUES = frozenset(
    "member membership partner partnership participant participate signatory sign join "
    "include belong ally allies party parties part among".split()
)

# Nouns that can count anything: "150,000 people" counts residents, "40 people" staff.
# Words ending in "-est" that are not superlatives.
NOT_SUPERLATIVES = frozenset(
    "arrest behest bequest conquest contest digest earnest forest harvest honest inquest "
    "interest invest manifest midwest modest protest quest request suggest tempest test "
    "west rest nest guest chest crest pest vest zest attest detest infest molest "
    "northwest southwest".split()
)


def superlative(word: str) -> bool:
    """Whether a word ranks ("largest", "busiest", "best", "first" aside): "-est" on an
    adjective. "Most" and "least" before a word are superlatives too (see the reader)."""
    low = word.casefold()
    return low in ("best", "worst") or (
        len(low) > 5 and low.endswith("est") and low not in NOT_SUPERLATIVES
    )


# Words that make a preposition with "of" ("ahead of", "instead of", "on top of"): the
# phrase they start names no part of anything.
COMPOUND_OF = frozenset("ahead instead because out front top regardless inside outside".split())

GENERIC_NOUNS = frozenset(
    "people person persons individuals individual ones things items units total "
    "figures figure number numbers count".split()
)

# Common verbs (base forms); with their inflections they tell where a clause's
# predicate starts. Auxiliaries are listed above.
VERBS = frozenset(
    """
    accept achieve acquire act add admit adopt affect agree aim allocate allot allow
    announce appear apply appoint approve argue arrange arrive ask assign attempt attend
    award back bar base be bear beat become begin believe belong bid block boil book boost
    borrow break bring build buy call cancel carry cast catch cause cease celebrate change
    charge choose claim clear climb close collaborate collect come commit compete complete
    comprise conduct confirm connect consent consider consist construct contain continue
    contribute control cooperate cost count cover create credit cross cut deal debut decide
    decline declare decrease deliver demand deny depart deploy describe design destroy detect
    develop die discover display dissolve distribute divide do double drop earmark earn
    elect employ enable end endorse enter equal erect establish estimate examine exceed
    exist expand expect explain explore export extend face fail fall feature file fill
    finance find finish fix fly follow forbid form found freeze fund gain generate get give
    go govern grant grow guarantee handle happen head hear help hire hit hold host house
    identify impose improve include increase inform install intend introduce invent invest
    invite involve isolate issue join keep kill know land last launch lead leave lend let
    lie limit line link list live lose maintain make manage manufacture mark meet melt merge
    move name need note obtain occupy occur offer open operate order organize own pass pay
    permit persuade place plan play point possess post power prefer prepare present
    preserve prevent price produce prohibit promise promote propose protect prove provide
    publish purchase pursue push put quit raise rank reach read receive recognize record
    reduce refuse reject release rely remain remove rename renovate rent repair replace
    report represent require reserve resign resolve respond rest restore retain retire
    retrieve return reveal rise rule run sail save say score secure see seek select sell
    send serve set share ship show shut sign sit sit solve span speak spend split sponsor
    stand start state stay stop store stretch study submit succeed suffer suggest supply
    support survey suspend sustain sync take talk target teach tell test think total trade
    train transfer travel treat try turn undergo understand unveil uphold use vary visit
    vote wait want warn watch weigh welcome win withdraw work write
    sing perform dance paint shrink flow drain feed breed nest hunt graze bloom draw
    attract seat ride drive swim walk cycle cure infect vaccinate prescribe license
    """.split()
)
# Verbs that say who made, found, leads or owns something: their subject (or their
# "by" phrase when passive) fills the agent's slot.
AGENTIVE_VERBS = frozenset(
    """
    make build create develop design produce manufacture write invent found establish
    discover detect find isolate identify name lead run head direct chair manage own
    operate fund finance sponsor publish launch release elect appoint win
    """.split()
)
