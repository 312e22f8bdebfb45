"""When a prose label is too weak to emit: the sentence's layout does not bind the endpoint or the group to
the number. A number so read is reported as a ``prose-unread`` finding naming why, never given a guess.

Rules, each about how a sentence is laid out, not about one paper:

- a sentence whose words run across two columns (a word broken by a hyphen, the next word of the same line
  another column's: "occurred spon- 1 patient declined") has no structure to read labels from;
- a value in a paired list ("(5.6% and 6.1%, respectively)", "(75.0% vs. 31.4%)") is about the group the
  pairing lines it up with, or about none that can be told;
- a number in a clause that names several groups, none of them bound to it, is about none that can be told;
- an endpoint read as the subject of a verb that another clause's finite verb separates from the number
  ("Bleeding occurred in 12 patients, whereas there were 30 patients ...") is that clause's, not the number's.
"""

from __future__ import annotations

import re

from extractors.prose_ae import headed_label, value_bracket
from extractors.prose_arms import arm_before
from extractors.prose_label_doubts import LABEL_DOUBTS
from extractors.prose_phase3_forms import PHASE3_ENDPOINT_DOUBTS

# "spon- 1 patient", "Rate-con- sinus": a line-end hyphen followed, on the same line, by another word. A suspended
# hyphen is no break: the first half of a pair of compounds that share their second part, joined by a conjunction or
# a comparison ("short- and long-term", "first- versus second-line", "low- compared with high-dose", "once- vs.
# twice-daily", "single- rather than multiple-dose")
_SUSPENDED = r"(?:and|or|to|nor|und|as|versus|vs?\.?|compared|than|rather|through|but|plus|instead)(?=[\s,])"
_BROKEN_ACROSS = re.compile(rf"[A-Za-z]{{2}}-\s(?!{_SUSPENDED})[a-z0-9]")


def interleaved(sentence: str) -> bool:
    """Does the sentence run across two columns (a hyphen-broken word whose line goes on with other words)?"""
    return bool(_BROKEN_ACROSS.search(sentence))


def paired_values(sentence: str, at: int, stat: str) -> tuple[int, int] | None:
    """Is the number at ``at`` one of a paired list of values of its kind: "(5.6% and 6.1%, respectively)",
    "(75.0% vs. 31.4%; p = 0.042)", "5.8±21.9 and 5.1±15.5 days per year, respectively"? Its place in the
    list and the list's length, or ``None``."""
    # a value's own words ("months", "days per year"); a group named after it ("8.1 months with A versus 5.5 months
    # with B") ends them: a value said with its own group is no item of a bare list the sentence pairs
    # (inside a bracket, "(rate, 68.4% with A vs. 48.7% with B)", the bracket's head is what the values pair over)
    bracketed = sentence[:at].count("(") > sentence[:at].count(")")
    own_group = "" if bracketed else "|with|in|among|on|receiving|after"
    words = rf"(?:\s?(?!(?:and|vs?|versus|respectively{own_group})\b)[^\s\d,;()]+){{0,3}}"
    # "(66 vs. 51%)": the unit may be printed once, after the last value
    unit = r"(?:\s?%)?" if stat in ("percent", "rate") else rf"(?:\s?±\s?\d+(?:\.\d+)?)?{words}"
    value = rf"-?\d+(?:\.\d+)?{unit}"
    window = sentence[max(0, at - 60) : at + 60]
    local = at - max(0, at - 60)
    # "(51 [28.5%] vs. 82 [44.6%])": counts each with its share bracketed after it, set against each other; the
    # count and its share are the i-th group's
    counted = r"\d+\s?[\[(]\d+(?:\.\d+)?\s?%[\])]"
    for m in re.finditer(rf"(?<![\w./]){counted}(?:\s?(?:,|and|,\sand|vs?\.?|versus)\s?{counted})+", window):
        if m.start() <= local < m.end() and re.search(r"\s(?:vs?\.?|versus)\s", m.group(0)):
            starts = [v.start() + m.start() for v in re.finditer(counted, m.group(0))]
            return sum(1 for v in starts if v <= local) - 1, len(starts)
    for m in re.finditer(rf"(?<![\w./]){value}(?:\s?(?:,|and|,\sand|vs?\.?|versus)\s?{value})+", window):
        if m.start() <= local < m.end():
            tail = sentence[max(0, at - 60) + m.end() :]
            if stat in ("percent", "rate") and "%" not in m.group(0):
                continue
            # "were 11 and 16%": a unit printed once, after the last value, makes the values one list
            shared = (
                bool(re.match(r"-?\d+(?:\.\d+)?\s?(?:,|and|,\sand)\s", m.group(0)))
                and " and " in m.group(0)
                and bool(re.search(r"\d\s?(?:%|months?|weeks?|days?)$", m.group(0)))
            )
            # "no difference between A and B in X (63% and 70%; P=0.3)": a bracket opened by values alone, after the
            # groups the sentence sets "between" each other, is one value per group
            listed = bool(re.search(r"[(\[]\s?$", window[: m.start()])) and bool(re.match(r"\s?[;,)\]]", tail))
            listed = listed and bool(re.search(r"\bbetween\s\S+(?:\s\S+){0,4}\s(?:and|or)\s", sentence[:at]))
            if (
                shared
                or listed
                or re.match(r"\s?,?\s?respectively\b", tail)
                or re.search(r"\s(?:vs?\.?|versus)\s", m.group(0))
            ):
                starts = [v.start() + m.start() for v in re.finditer(value, m.group(0))]
                return sum(1 for v in starts if v < local), len(starts)
    return None


_GROUP_MENTION = re.compile(
    r"\b(?:in|among|for|with|receiving|assigned to)\s(?:the\s)?(?:(?:patients|participants|subjects|those)\s(?:with|"
    r"who|receiving|treated|on|in)\b|[A-Za-z0-9][\w²/.+-]*(?:\s[\w²/.+-]+){0,2}\s(?:group|arm|cohort)s?\b)",
    re.IGNORECASE,
)


def groups_of_others(sentence: str, at: int, end: int, arms: frozenset[str] = frozenset()) -> str | None:
    """Where the sentence names groups (an arm, a cohort, "patients with ...") that are not this number's:
    "before" when one is named before the number (another clause's group: this number's own group, named
    nowhere, cannot be told), "after" when all come after it, each with a number of its own ("A total of 119
    patients were enrolled, including 101 patients with TNBC and 18 ...": the number is the whole the groups
    break down), or ``None`` when the sentence names none."""
    mentions = [m.start() for m in _GROUP_MENTION.finditer(sentence)]
    if arms:
        names = "|".join(re.escape(a) for a in sorted(arms, key=len, reverse=True))
        arm_named = rf"\b(?:with|in|on|receiving|for|than)\s(?:the\s)?(?:{names})\b"
        mentions += [m.start() for m in re.finditer(arm_named, sentence, re.IGNORECASE)]
    if not mentions:
        return None
    if any(p < at for p in mentions):
        return "before"
    if all(_NUMBER.search(sentence[end:p]) for p in mentions):
        return "after"
    return None


_NUMBER = re.compile(r"(?<![\w.])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


# "occurred spontaneously in 150 of 218 patients (69%) and after delayed cardioversion in 61 patients (28%)"
_QUALIFIED = re.compile(
    r"\b(?:occurred|was (?:achieved|restored|observed|seen)|were (?:observed|seen))\s(?!in\b)"
    r"(?P<q>[a-z][^,;()\d]{2,60}?)\sin\s(?:\d|[A-Za-z]+\s(?:of|patients))[^;]*?\band\s(?P<q2>[a-z][^,;()\d]{2,60}?)\sin\s\d",
    re.IGNORECASE,
)


# "occurred spontaneously in 36 of 219 patients (16%) ... and in 171 (78%) after cardioversion": an adverb
# qualifies the first coordinate, the second says its own way after its number
_QUALIFIED_ADVERB = re.compile(
    r"\b(?:occurred|was (?:achieved|restored|observed|seen)|were (?:observed|seen))\s[a-z]+ly\sin\s\d[^;]*?"
    r"\band\sin\s\d",
    re.IGNORECASE,
)
# "in 36 patients (16%) before the procedure and in 171 (78%) after it": each coordinate timed its own way
_QUALIFIED_TIMES = re.compile(
    r"\bin\s\d[^;()]*?(?:\([^()]*\)\s)?(?:before|after|during|within)\s[^;]*?\band\sin\s\d[^;()]*?"
    r"(?:\([^()]*\)\s)?(?:before|after|during|within)\s",
    re.IGNORECASE,
)


def qualified_coordinates(sentence: str) -> bool:
    """Does the sentence give one subject's results in coordinates each qualified its own way ("X occurred
    spontaneously in 150 ... and after cardioversion in 61 ...", "in 36 (16%) before the procedure and in 171
    (78%) after it")? The subject alone names neither."""
    return bool(_QUALIFIED.search(sentence) or _QUALIFIED_ADVERB.search(sentence) or _QUALIFIED_TIMES.search(sentence))


_ESTIMATOR = re.compile(
    r"\b(?:[A-Z][a-z]+[–-][A-Z][a-z]+\s)?estimates?\s(?:for|of)\s(?:the\s)?(?:difference|ratio|shift)\s(?:in|of|between)\s"
    r"(?:the\s)?(?:medians|means|the\s(?:two\s)?groups)\b",
    re.IGNORECASE,
)


def estimate_subject(sentence: str, at: int) -> bool:
    """Is the number the value of an estimator the sentence names without the measure ("The Hodges-Lehmann
    estimate for the difference in medians between the two groups was 30 minutes": medians of what)?"""
    m = _ESTIMATOR.search(sentence[:at])
    return m is not None


_SUBGROUPS = re.compile(
    r"\b(?:in|among|for)\s(?:the\s)?(?:patients|participants|subjects|those|subgroups?)\s(?:with|of|who)\s"
    r"(?:[^()]|\([^()\d]*\)){2,80}?\([^()]*\d[^()]*\)[^()]{0,80}?,\s[^()]{2,80}?\([^()]*\d",
    re.IGNORECASE,
)


def subgroup_list(sentence: str, at: int) -> bool:
    """Is the number bracketed in a list of subgroups ("a consistent response in patients with ECOG PS of 1
    (17/73, 23.3%), metastatic organs >= 4 (7/24, 29.2%) and CNS metastasis (2/8, 25.0%)")? The term before
    each bracket is a subgroup, and the endpoint is stated once before the list."""
    m = _SUBGROUPS.search(sentence)
    return m is not None and m.start() < at


_BRACKETED_N = re.compile(r"[(\[]\s?[nN]\s?=\s?\d")


def unnamed_in_breakdown(sentence: str, at: int, arm_words: frozenset[str]) -> bool:
    """Is the number a group size in a breakdown by arm ("(A [n=32], B [n=26], C ⁄ D [n=31])") whose own arm
    cannot be read while its neighbours' can?"""
    sizes = [m.start() for m in _BRACKETED_N.finditer(sentence)]
    here = next((p for p in sizes if p <= at <= p + 8), None)
    if here is None or len(sizes) < 2:
        return False
    named = [arm_before(sentence, p + 1, arm_words) is not None for p in sizes]
    return not named[sizes.index(here)] and any(named)


# "An increased risk of stroke, as reflected by a CHA2DS2-VASc score of 2 or higher, was seen in 279": the
# measure is the appositive's, not the subject's
_REDEFINED = re.compile(r",\s(?:as\s(?:reflected|measured|assessed|indicated|defined)\sby)\s[^,;]{3,80},\s")


def scoped_subject(sentence: str, at: int) -> bool:
    """Is the number's subject redefined by an appositive its label cannot carry ("risk of stroke, as reflected
    by a score of 2 or higher, was seen in 279")?"""
    return bool(_REDEFINED.search(sentence[:at]))


_COMPARED = r"(?:compared\s(?:to|with)|relative\sto|versus|vs\.?)"


def compared_unnamed(sentence: str, at: int, end: int) -> bool:
    """Is the number said of one side of a comparison whose other side the sentence names ("The relative
    bioavailability of oral syrup was 84.4% (95% CI ...) compared to intramuscular administration", "X
    compared to Y was estimated as 84.4%")? Its own group is then the unnamed side."""
    after = re.sub(r"^\s?(?:%\s?)?(?:\([^()]*\)\s?)?", "", sentence[end:])
    before = sentence[:at]
    clause_start = max(before.rfind(";"), before.rfind(". "))
    # "39% (95% CI ...) in patients given X compared with the placebo group (29%)": the comparison before the
    # next number
    ahead = re.split(r"(?<![\w.])\d|[;,]", after, maxsplit=1)[0]
    return (
        bool(re.match(rf"{_COMPARED}\s", after))
        or bool(re.search(rf"\b{_COMPARED}\s", before[clause_start + 1 :]))
        or bool(re.search(rf"\b{_COMPARED}\s", ahead))
    )


_EACH_GROUP = re.compile(
    r"^\s?(?:[A-Za-z-]+\s){0,3}?(?:(?:were|was)\s(?:[a-z]+\s)?[a-z]+ed\s)?(?:to|into|in|per|for|on)\s(?:each|every)\s"
    r"(?:of\s(?:the\s)?)?(?:[A-Za-z-]+\s){0,2}?(?:arms?|groups?|cohorts?|sequences?|parts?|dose levels?|doses)\b|"
    r"^\s?(?:patients\s)?per\s(?:arm|group|cohort|dose level|dose|sequence)\b"
)


def each_group(sentence: str, end: int) -> bool:
    """Is the count that ends at ``end`` the size of each of several groups ("14 patients were randomized to each
    treatment sequence", "(n = 53 in each arm)")? Then it is no one group's, nor the whole's; a "respectively"
    pairing ("4 patients in each arm (27% and 33%, respectively)") lines its own values up."""
    after = sentence[end:]
    return bool(_EACH_GROUP.match(after)) and not re.search(r"\brespectively\b", after[:80])


_DESIGN = re.compile(
    r"\b(?:planned|was designed|were designed|power(?:ed)?\sto|assum(?:ed|ing)|sample size|will be|would be|"
    r"were expected|was expected)\b",
    re.IGNORECASE,
)


def design_statement(sentence: str) -> bool:
    """Does the sentence state the trial's design (a plan, an assumption, a sample size), not its results
    ("(planned enrollment: 700 patients)", "after 33% of the planned 525 events had occurred")?"""
    return bool(_DESIGN.search(sentence))


def unbound(how: str) -> str | None:
    """Why an endpoint bound the way ``how`` says (``Record.binding``) cannot be trusted, or ``None``."""
    if how.startswith(("subject occurred", "ratio: subject occurred")) and how.endswith("distant"):
        return "its endpoint is the subject of another clause's verb"
    if how == "n= of a grade":
        return "it counts the patients at the grade printed before it, and the label cannot carry what was graded"
    if how == "n= count or size":
        return "it follows a share, and the arithmetic does not tell whether it is the count or the group's size"
    if how == "elided subject unread":
        return "its clause leaves out the verb and names a subject of its own that no rule reads as an endpoint"
    if how == "part of the statement before":
        return "it is a part ('of which 6 ...') of the statement before it, qualified in words no rule reads"
    if how == "subject cut inside a bracket":
        return "its subject closes a bracket it did not open (a definition of the endpoint), unread"
    if how == "received: whom the share is of":
        return "the treatment after it ('of 329 patients who received A') says whom the share is of, not what it counts"
    if how == "comparison's bracket: order unread":
        return "it is one of a bracket's values after 'in fewer (more) patients in A than in B', in an order unread"
    if how == "a share of the share before it":
        return "it is a share ('48% of whom received ...') of the patients the number before it counts, unread"
    if how == "second predicate unread":
        return "it is said by a second predicate of the subject ('achieved by ... and confirmed ... for 9'), unread"
    if how == "n= in a breakdown":
        return "it is one item of a breakdown ('(A, n = 10; B, n = 6)', '(each n=1)'), a share of what is not told"
    return None


# endpoints bound as a result that happened to patients (not the trial's set-up: enrolled, randomized, baseline)
_OUTCOMES = (
    "subject occurred",
    "incidence of",
    "AE term",
    "term before bracket",
    "clause endpoint",
    "event noun",
    "seen in",
    "landmark",
    "appositive subject",
)


def arm_unnamed(how: str, group_how: str, stat: str, compared: frozenset[str]) -> str | None:
    """Why a result with no group cannot be the whole trial's, or ``None``: in a paper that compares arms by
    name throughout, an outcome counted in patients ("X occurred in 49 patients (30%)") is reported per arm, and
    a sentence that names none for it (the arm is in another sentence, or the count pools them) does not say
    which it is about."""
    if (
        compared
        and group_how == "none"
        and stat in ("count", "percent", "rate", "events")
        and how.startswith(_OUTCOMES)
    ):
        return "the trial compares arms, and the sentence names none for this result"
    return None


HEADED_ITEM = (
    "it is an item of a list whose head ('the reasons for X were') qualifies it, and the label cannot carry it"
)
COORDINATED_TERMS = (
    "it is bracketed after coordinated terms ('dry mouth and nausea (44.8%)'), each of which it is about"
)
# doubts about the endpoint itself: a statement that takes its endpoint from one so doubted is doubted too
ENDPOINT_DOUBTS = frozenset({HEADED_ITEM, COORDINATED_TERMS}) | LABEL_DOUBTS | PHASE3_ENDPOINT_DOUBTS

# "the main reasons for discontinuation were A (15 patients, 51.7%), B (4 patients, 13.8%)", "the best responses
# achieved with the last systemic therapy were CR (n=1) and PR (n=3)": a head that qualifies every item after it
_LIST_HEAD = re.compile(
    r"\b(?:reasons?|causes?|best\s(?:overall\s)?responses?)\b[^.;()]{0,80}?\b(?:were|was|included|including|:)\s",
    re.IGNORECASE,
)


# "were not assessed due to either A (one patient) or B (4 patients)": the reasons of what the head says happened
_EITHER_HEAD = re.compile(r"\b(?:due to|because of|owing to|for)\s(?:either)\s", re.IGNORECASE)


def _closed_brackets_out(text: str) -> str:
    """``text`` without its closed brackets (nested ones too): what is left is what they interrupt."""
    while True:
        shorter = re.sub(r"[(\[][^()\[\]]*[)\]]", "", text)
        if shorter == text:
            return text
        text = shorter


def headed_item(sentence: str, at: int) -> str | None:
    """Why a number bracketed after an item of a headed list cannot take the item alone as its endpoint ("the
    reasons for discontinuation were disease progression (n=2), ..."), or why one bracketed after coordinated
    terms cannot be told apart ("The most common AEs were dry mouth and nausea (44.8%)"), or ``None``."""
    # a value after others in one bracket ("hand and foot syndrome (58% vs 11%)") is of the terms the first is of
    opened = value_bracket(sentence, at)
    before = sentence[: opened + 1 if opened is not None else at].rstrip()
    if not before.endswith(("(", "[")):
        return None
    heads = sorted([*_LIST_HEAD.finditer(before), *_EITHER_HEAD.finditer(before)], key=lambda h: h.end())
    head = heads[-1] if heads else None
    # the list runs on past an item's own bracketed note ("sponsor request (n=1; condition precluded ...)")
    if head is not None and not re.search(r"[;.]\s", _closed_brackets_out(before[head.end() :])):
        # "the reasons for discontinuation were A (...)": read when the label carries the head (prose_ae.py)
        return None if headed_label(sentence, at) else HEADED_ITEM
    segment = re.split(r"[);:]|\b(?:were|was|included|including|are|is)\s", before[:-1])[-1]
    segment = re.sub(r"^[\s,]*(?:and\s|or\s)?", "", segment)
    # "Compared with B, A improved the ORR (36% vs 12%)", "A, as compared with B, resulted in": the comparator set
    # off by commas is no coordinated term
    segment = re.sub(
        r",?\s?\b(?:as\s)?(?:compared\s(?:with|to)|relative\sto)\s[^,]{1,60},\s?", " ", segment, flags=re.I
    )
    coordinated = re.search(r"(?<![A-Za-z])(?![A-Za-z]+ly,)[A-Za-z]{3,}(?:,\s|\sand\s|\sor\s)[A-Za-z]", segment)
    counted = re.search(r"\b(?:patients?|participants?|subjects?|few|many|most|some)\b", segment, re.I)
    if coordinated and not counted and not _NUMBER.search(segment):
        return COORDINATED_TERMS
    return None


# a change made to the treatment, read as the endpoint ("interruption of study treatment", "dose reduced",
# "orvitamab withheld")
_MODIFICATION = re.compile(
    r"^(?:interruption|discontinuation|withdrawal)\sof\b|\bwithheld$|"
    r"\b(?:dose|doses|treatment|therapy)\s(?:reduced|interrupted|delayed|modified|reductions?|interruptions?)\b",
    re.IGNORECASE,
)
# its cause said in its own sentence ("because of adverse events", "due to neutropenia", "for toxicity")
_CAUSE = re.compile(r"\b(?:because|due\sto|owing\sto|as\sa\sresult\sof|for|related|leading|caused|to\smanage)\b", re.I)
# the sentence before reports an adverse event ("Eye toxicity was reported in 12 (41.4%) patients")
_EVENT_REPORTED = re.compile(r"\b(?:(?:was|were)\s(?:reported|observed|seen|noted)|occurred|developed)\sin\b", re.I)
MODIFICATION_AFTER_EVENT = (
    "it counts a change of treatment whose cause is the event of the sentence before, which its label cannot carry"
)


def modification_after_event(before: str, sentence: str, label: str) -> bool:
    """ "Eye toxicity was reported in 12 (41.4%) patients. Study treatment was temporarily interrupted in 4 (13.8%)
    patients": a change of treatment said with no cause of its own, after a sentence that reports an adverse event,
    is that event's (the interruption for eye toxicity), which a label of the change alone does not say. ``before``:
    the text before the sentence (its last sentence is read)."""
    if not _MODIFICATION.search(label.strip()) or _CAUSE.search(sentence):
        return False
    previous = re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])", before.rstrip())
    last = previous[-1] if previous else ""
    return bool(_EVENT_REPORTED.search(last))


# a sentence that opens with a part of the patients, said by what they had or did after the people ("Among the 6
# patients failing to exhibit a response, ...", "Of the 12 patients with liver metastases, ..."); adjectives before
# the people ("Among the 14 evaluable patients") make an analysis set, not a part
_OPENING_PART = re.compile(
    r"^(?:among|of|in)\s(?:the\s|these\s|those\s)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s(?:[a-z][a-z-]*\s){0,2}?"
    r"(?:patients|participants|subjects|pts)\s(?P<cond>(?!(?:in|at|of)\s)[a-z][^,;]{2,100}),\s",
    re.IGNORECASE,
)
_ANALYSIS_SET = re.compile(
    r"(?:who\s(?:were|was)\s)?(?:evaluable|assessable|treated|enrolled|randomi[sz]ed|included|analy[sz]ed|dosed)\b"
    r"(?:\sfor\s[a-z -]+)?$|"
    # "Of the 40 patients who met the eligibility criteria, 12 had ...": the trial's set, by its entry criteria
    r"^who\smet\s(?:the\s|all\s)?(?:inclusion|eligibility|study)\scriteria$",
    re.IGNORECASE,
)
BARE_COUNT_OF_A_PART = (
    "it is a bare count of the people a part of the patients names (the sentence's opening, or the head before a "
    "colon), which the label cannot carry"
)


def bare_count_of_a_part(before: str, sentence: str, at: int, raw: str) -> bool:
    """ "Among the 6 patients failing to exhibit a response, 2 had PD", "Four patients were not treated: three
    ... and one had a bleed": a count printed alone (no people after it) whose sentence opens with a part of the
    patients, or that follows a colon whose head counts people, is that part's, not the trial's. ``before``: the
    text before the sentence."""
    if re.search(r"\s", raw.strip()) or not re.fullmatch(r"\d+|[A-Za-z]+(?:-[A-Za-z]+)?", raw.strip()):
        return False
    opening = _OPENING_PART.match(sentence)
    if opening and opening.end() <= at and not _ANALYSIS_SET.match(opening.group("cond").strip()):
        return True
    head = sentence[:at] if ": " in sentence[:at] else before.rstrip()
    return bool(re.search(r"\b(?:patients|participants|subjects|pts)\b[^.;]{0,80}:\s?[^:]*$", head)) and (
        ": " in sentence[:at] or before.rstrip().endswith(":")
    )
