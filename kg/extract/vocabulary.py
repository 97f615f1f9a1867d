"""The words that make events, one place for all of them: a newcomer teaching the extractor a new way of
saying "signed" or "met" adds the word here.  Sets of lemmas unless the name says nouns."""
from __future__ import annotations

import re

SIGN_VERBS = {"sign", "ink", "seal"}
INITIAL_VERBS = {"initial"}   # the text is agreed, not yet signed: an "other" event of the agreement
OVERSEE_VERBS = {"oversee", "witness", "attend", "observe", "preside", "watch"}
RATIFY_VERBS = {"ratify"}
MEET_VERBS = {"meet", "greet", "welcome", "receive", "host", "summon"}   # a summoned ambassador meets the ministry
SIGNATURE_VERBS = {"put", "add", "affix", "place", "append"}   # "put their signatures to a declaration"
MEDIA_WORDS = {"x", "twitter", "telegram", "facebook", "instagram", "weibo", "media", "platform"}   # "wrote on X", "on social media"
BROADCAST_WORDS = {"interview", "news", "tv", "television", "radio", "broadcaster", "newspaper", "channel", "video", "televised", "nightly"}   # "told Channel 4 News"
JUDGING_VERBS = {"describe", "call", "hail", "praise", "term", "welcome", "denounce", "criticise", "criticize", "condemn"}   # "described the meeting as"
PHONE_WORDS = {"phone", "telephone", "videolink", "video", "videoconference", "link", "call"}   # "spoke by telephone"
PURPOSE_VERBS = {"aim", "design", "intend", "mean", "focus", "devote", "dedicate", "target"}   # "negotiations aimed at peace"
# Acts of office and procedure ("Merz was elected chancellor", "sworn in", "took office", "parliament voted",
# "handed the rotating presidency to", "will deposit the instrument of ratification"): verb -> the objects it needs
PROCEDURE_VERBS = {"elect": set(), "swear": set(), "vote": set(), "take": {"office", "power", "presidency", "chairmanship"},
                   "assume": {"office", "presidency", "chairmanship"}, "hand": {"presidency", "chairmanship"},
                   "deposit": {"instrument", "instruments"}, "win": {"election", "elections", "vote"},
                   "become": {"member"}}
PASS_VERBS = {"approve", "endorse", "pass", "back", "adopt"}   # what a legislature does by its vote
DECREE_VERBS = {"decree", "promulgate", "approve"}   # what a head of state does to a law ("needs to be decreed by the president")
LEGISLATURE_WORDS = {"parliament", "senate", "assembly", "congress", "committee", "house", "sejm", "duma", "lawmakers"}
LAW_NOUNS = {"law", "bill", "legislation", "decree", "act", "approval"}   # signing these is a domestic act, not a signing of an agreement
EARLIER_WORDS = {"previous", "earlier", "recent", "former", "prior", "old"}   # "Xi's previous visit", "its most recent agreement"
NEXT_WORDS = {"next", "upcoming", "following"}   # "the next summit", "next year's summit": not the one told
SERIES_KINDS = {"intergovernmental", "bloc", "military_alliance"}   # organizations.csv kinds that hold summits in a series
# "Presenting the bill", "Opening the session", "Addressing the summit", "Moving the motion": words on the floor
FLOOR_VERBS = {"present", "open", "address", "move", "close", "introduce", "table", "speak"}
FLOOR_WORDS = {"speech", "address", "remarks", "debate", "session", "summit", "ceremony", "plenary", "sitting", "hearing",
               "forum", "banquet", "house", "lawmakers", "deputies", "senators", "legislators", "parliament", "chamber",
               "assembly", "gathering", "leaders", "counterparts", "delegates", "delegations"}
HOST_VERBS = {"host", "receive", "welcome", "greet"}
TALK_NOUNS = {"talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations"}
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "over"}   # "a declaration on Sudan": what it is about
CIRCUMSTANCES = {"behalf", "sidelines", "margins", "margin", "occasion", "eve", "day", "basis", "visit", "border",
                 "way", "part", "side", "trip", "tour"}   # "signed the document on behalf of", "on the sidelines of": no topic
LIST_PREPS = {"including", "notably", "especially"}   # "met Putin several times, including at the summit"
FACILITY_NOUNS = {"centre", "center", "university", "factory", "plant", "museum", "memorial", "school", "hospital",
                  "exhibition", "company", "port", "base", "mosque", "church", "temple", "monument", "campus"}   # visiting one is an act, not a trip
EXCHANGE_NOUNS = {"exchange", "call", "conversation", "dialogue"}   # with "between X and Y": they talked
MEAL_NOUNS = {"dinner", "lunch", "luncheon", "banquet", "breakfast"}   # "invited him to an informal dinner": they met
# A host's ceremony for a guest ("was accorded a ceremonial welcome", "hosted a welcome ceremony", "a State banquet",
# "welcomed him with military honours"): an act of protocol, not talks.  Noun -> the words that make it ceremonial.
CEREMONY_NOUNS = {"welcome": {"ceremonial", "official", "formal", "state"}, "reception": {"ceremonial", "official", "formal", "state"},
                  "ceremony": {"welcome", "welcoming"}, "banquet": {"state"}}
HONOURS_NOUNS = {"ceremony", "honour", "honours", "honor", "honors"}   # "with an official ceremony", "with state honours"
VISIT_VERBS = {"visit", "arrive", "travel", "fly", "land", "tour"}
LOCATIVE_PREPS = {"in", "at", "to", "into", "from", "near", "outside", "around", "across", "via", "through", "inside",
                  "towards", "toward", "for"}   # "talks in Beijing", "left for Moscow": a place, not a government
GOVERNMENT_NOUNS = {"government", "administration", "authorities", "leadership", "regime", "officials"}   # "the Kyiv government"
CITY_PARTS = {"airport", "mayor", "outskirts", "suburb", "suburbs", "street", "streets", "district", "port", "centre",
              "center", "square", "residents", "metro"}   # "Moscow's Vnukovo airport", "Moscow's mayor": the city itself
VISIT_NOUNS = {"visit", "trip", "tour"}
SUMMIT_NOUNS = {"summit"}
CONTROL_VERBS = {"expect", "urge", "ask", "want", "allow", "encourage", "persuade", "call", "invite"}   # "expected X to visit": X visits
REPORTING_VERBS = {"say", "announce", "tell", "report", "confirm", "state"}   # their day is not the day of a plan they tell
STATEMENT_VERBS = {"announce", "condemn", "criticise", "criticize", "denounce", "accuse", "reject", "deny", "urge", "warn"}
ISSUE_VERBS = {"issue", "release", "publish", "announce"}
ADOPT_VERBS = {"adopt", "approve", "endorse", "reach", "agree", "submit", "consider", "debate"}
DELIBERATE_VERBS = {"submit", "consider", "debate"}   # of ADOPT_VERBS, those that issue nothing ("debated the declaration")
SEQUENCE_VERBS = {"follow", "precede", "accompany"}   # "talks, followed by a dinner": what came next, not who talked
CEREMONY_OBJECTS = {"pay": {"tribute", "respect", "respects", "homage"}, "lay": {"wreath"},
                    "attend": {"ceremony", "swearing", "inauguration", "funeral", "parade", "reception", "celebration",
                               "commemoration", "opening"},
                    "address": {"community", "diaspora", "parliament", "assembly", "rally", "forum", "students", "lawmakers"}}
HONOUR_VERBS = {"confer", "bestow", "award", "inaugurate", "unveil"}   # (and opening works: "jointly inaugurated the line")
# The one list of agreement words: each word names a kind of agreement (kg/extract/agreements.py).
AGREEMENT_KINDS = {"treaty": "treaty", "statute": "treaty", "pact": "agreement", "agreement": "agreement", "accord": "agreement", "deal": "agreement",
                   "contract": "agreement", "convention": "agreement", "protocol": "agreement", "charter": "agreement",
                   "framework": "agreement", "partnership": "agreement", "arrangement": "agreement", "instrument": "documents", "instruments": "documents", "memorandum": "memorandum", "memoranda": "memorandum", "mou": "memorandum",
                   "mous": "memorandum", "document": "documents", "documents": "documents", "declaration": "joint_statement",
                   "statement": "joint_statement", "communique": "joint_statement", "communiqué": "joint_statement"}
STATEMENT_NOUNS = {w for w, kind in AGREEMENT_KINDS.items() if kind == "joint_statement"}
AGREEMENT_WORDS = set(AGREEMENT_KINDS)
AGREEMENT_NOUNS = AGREEMENT_WORDS - STATEMENT_NOUNS | {"text"}   # "the text had been agreed"
DOCUMENT_NOUNS = AGREEMENT_WORDS | {"readout", "text"}            # "..., the statement said", "the treaty states"
PRESS_OBJECTS = {"reporter", "reporters", "journalist", "journalists", "press", "media", "briefing"}
REMARK_NOUNS = {"statement", "remark", "comment"}   # "in statements to the press" (plural, of a person): a press conference
FUTURE_HEADS = {"expect", "plan", "schedule", "set", "due", "hope", "intend", "aim", "prepare", "want", "seek",
                "propose", "likely", "go", "could", "may", "might", "would", "need", "scheduled"}
INVITED_TO = {"visit", "come", "travel", "attend", "participate", "make", "pay"}   # "to make a state visit"
DEPARTURES = {"leave", "depart", "head", "fly", "travel"}   # "Xi leaves Astana tonight for Dushanbe": scheduled
MOTION_VERBS = {"travel", "fly", "arrive", "come", "go", "head", "land", "visit", "meet", "gather", "convene", "leave"}
HABITUAL = {"times", "repeatedly", "regularly", "often", "always", "frequently"}   # "has met Putin several times": no one event
MODALS = {"will", "shall", "can", "could", "may", "might", "would", "should", "'ll", "must"}
FRAME_NOUNS = {"eve", "sidelines", "margins", "margin", "end", "start", "opening", "close"}
BACK_REFERENCE_PREPS = {"after", "before", "at", "during", "following", "since", "ahead"}
PLURAL_HEADS = {"men", "leaders", "presidents", "sides", "ministers", "heads", "countries", "nations", "delegations", "women",
                "officials", "governments"}
OFFICE_PLURALS = {"presidents", "ministers", "leaders"}
OFFICE_WORDS = {"minister": {"minister", "secretary"}}   # "the two ministers" of a US secretary and a Kenyan cabinet secretary
LEADER_KINDS = {"president", "prime_minister", "chancellor", "king", "crown_prince", "head_of_state", "supreme_leader"}
DEPUTY_WORDS = ("deputy", "vice", "first vice")


def initials(name: str) -> str:
    """The capitals that start a name's words, before any parenthesis: "Defence Cooperation Agreement (DCA)" ->
    "DCA", so "the DCA" and "the PCO" are read as the names told before them."""
    name = name.split("(")[0]
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


def is_leader(person) -> bool:
    """A head of state or government (an office of offices.csv, or a title the text gave), not a deputy."""
    role = (person.role or "").lower()
    return person.office_kind in LEADER_KINDS and not any(w in role for w in DEPUTY_WORDS)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
PLURAL_COUNTRIES = {"sides", "countries", "nations", "governments"}
ACTOR_KINDS = {"person", "country", "organisation"}
PLACE_KINDS = {"place", "country"}

PERSON_TITLES = {"spokesperson", "spokesman", "spokeswoman", "minister", "president", "ambassador", "envoy", "adviser",
                 "advisor", "secretary", "chancellor", "premier", "governor", "chairman", "chairwoman", "director",
                 "commissioner", "senator", "lawmaker", "aide", "official", "diplomat", "negotiator", "mayor", "deputy"}
