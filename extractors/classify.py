"""Which of the four kinds a table is, which way round it is printed, and the trial vocabulary in its labels:
arms and their N, AE grades and scopes, PK parameters, analytes and units, efficacy endpoints."""

from __future__ import annotations

import itertools
import re

from extractors.hint_patterns import _RESIDUAL, _RSE_ANY, _VARIABILITY
from extractors.prose_terms import qualified_endpoint
from extractors.regex import rx
from extractors.structure import TableModel, arm_n_of

# the later lines of therapy a caption may name ("Subsequent anticancer therapy", "Second-line treatment")
_LATER_LINES = re.compile(
    r"subsequent (?:\w+ ){0,2}(?:therap|treatment)|second.line (?:therap|treatment)"
    r"|post.?progression (?:therap|treatment)"
)
_SECTION_WORDS: list[tuple[str, str]] = [
    (
        "pk",
        r"pharmacokinetic|\bpk\b|plasma concentration|\bcmax\b|\bauc|clearance|metabolites?\b|excreted|excretion"
        r"|urinary recovery",
    ),
    (
        "adverse_events",
        r"adverse|safety|toxicit|side.effect|\bteaes?\b|\btraes?\b|tolerab|\bbleeding|complication"
        r"|\bsaes?\b|\bcrs\b|cytokine release|\bicans\b|neurotoxicit|infusion.related|laboratory abnormalit",
    ),
    (
        "demographics",
        r"baseline|demograph|(?:patient|subject|volunteer)s?'? characteristics|characteristics of (?:the )?"
        r"(?:patients|particip|subjects|volunteers|study|cohorts?|populations?)|participant characteristics"
        r"|clinical characteristics"
        r"|concomitant\b.{0,40}\b(?:medications?|therap|drugs?)|prior (?:\w+ )?(?:therap|treatment|medication)"
        r"|medical history|\bat (?:the time of )?(?:enrol?ment|study entry|randomi[sz]ation)\b",
    ),
    (
        "efficacy",
        r"efficacy|response|outcome|end.?point|survival|\beffect\b|change|blood pressure|cognit|\bresults?\b"
        # the clinical events of cardiovascular and general-medicine trials, and the ratios that compare them
        r"|\bmace\b|(?:cardiovascular|clinical|cardiac|coronary|cerebrovascular|thromboembolic|ischa?emic|vascular)"
        r" events?|morbidity|mortality|\bdeaths?\b|(?:hazard|odds|risk) ratios?|relative risks?"
        # the time to an event ("Time to treatment failure", "Time to failure and to subsequent therapy"), never to
        # a drug's peak
        r"|\btime to (?!(?:the\s+)?(?:max|peak|c\s*max|highest|steady)\b)\w",
    ),
    # what trial papers table besides the four kinds (CONSORT's participant flow, treatment exposure, the
    # protocol's specifications, the assay, later lines of therapy): their values are kept, never served as one
    # of the four kinds' data
    (
        "other",
        r"disposition|withdrawals?\b|withdrawn|discontinuations?\b|reasons? for (?:\w+ ){0,3}(?:stopping|ending|end"
        r"|removal|discontinu|withdraw)|removal from|(?:participant|patient|subject) flow|screening|enrol?lment"
        r"|(?:treatment|drug|study.drug|study.treatment)\s+exposure|extent of exposure|exposure to (?:the )?"
        r"(?:study|treatment|drug)|dose intensit|(?:treatment|drug) administration|administration of (?:the )?"
        r"(?:study|treatment)|dose (?:modification|reduction|interruption|delay)s?\b|compliance|adherence"
        r"|guidelines?\b|grading scale|(?:eligibility|inclusion|exclusion) criteria|definitions?\b|thresholds?\b"
        r"|schedule|study design|dosing schema|assay|calibration|precision|accuracy|quantification|quantitation"
        r"|\blloq\b|mass transition|ion transition|chromatograph|mass spectromet|"
        + _LATER_LINES.pattern
        + r"|reference (?:ranges?|values?|intervals?)|upper limits? of normal|normal ranges?",
    ),
]
# a table of an "other" kind whose caption names adverse events as its cause ("Discontinuations due to adverse
# events", "Dose reductions because of toxicity") is about adverse events
_CAUSED_BY_AE = re.compile(
    r"(?:due to|because of|owing to|leading to|resulting in|caused by)\s+(?:[\w-]+\s+){0,2}(?:adverse|toxicit"
    r"|side.effect|\btraes?\b|\bteaes?\b|\baes?\b)"
)
# the analysis population a caption names ("(Safety Set)", "intention-to-treat population") is no table kind
_POPULATION = re.compile(
    r"\b(?:safety|full|efficacy|pharmacokinetic|pk|intention[- ]to[- ]treat|itt|modified intention[- ]to[- ]treat"
    r"|per[- ]protocol|evaluable|randomi[sz]ed|treated)\s+(?:analysis\s+)?(?:set|population|sample)\b",
    re.IGNORECASE,
)
# the commonest CTCAE v5 / MedDRA preferred terms: an untitled table whose stub lists them is an AE table
_AE_TERMS = re.compile(
    r"\b(?:nausea|vomiting|diarrh(?:o)?ea|fatigue|an(?:a)?emia|neutropenia|thrombocytopenia|leukopenia"
    r"|lymphopenia|anorexia|decreased appetite|alopecia|rash|pyrexia|fever|headache|constipation|dyspnea"
    r"|hypertension|hypokalemia|hyponatremia|hyperglycemia|mucositis|stomatitis|neuropathy|arthralgia"
    r"|myalgia|cough|pruritus|dizziness|insomnia|edema|asthenia|(?:alt|ast|bilirubin|creatinine|alkaline"
    r" phosphatase)\s+(?:increased|elevat)|elevated\s+(?:alt|ast|bilirubin|creatinine)"
    r"|(?:neutrophil|platelet|white blood cell|wbc|lymphocyte)\s+count\s+decreased|wbc decreased)\b",
    re.IGNORECASE,
)
_EVIDENCE_SHARE = 0.3  # share of an untitled table's row labels that must name one kind's terms
# a composite of clinical events named "major adverse ... events" is an outcome, not an adverse event
_MACE = re.compile(
    r"\bmajor adverse (?:cardiac|cardiovascular|cerebrovascular|limb|kidney|renal)\b[\w\s,-]*?\bevents?\b"
)
# clinical events a trial's outcome table lists (the row labels of a table whose caption names no kind)
_OUTCOME_EVENTS = re.compile(
    r"myocardial infarction|\bmi\b|\bstroke\b|\btia\b|hospitali[sz]|heart failure|\bdeath|mortality|\bmace\b"
    r"|revasculari[sz]|recurren|relapse|angina|coronary|cardiovascular|embolism|thrombosis|amputation"
)

PK_PARAMETERS: list[tuple[str, str]] = [
    (r"auc\s*(?:_|\()?\s*(?:0\s*[-–]\s*(?:∞|inf|infinity)|inf|∞)", "AUC0-inf"),
    (r"auc\s*(?:_|\()?\s*(?:0\s*[-–]\s*t\b|last|t\b|0\s*[-–]\s*last)", "AUC0-t"),
    # "AUC0–24", "AUCτ", "AUC0–τ" (the dosing interval written from 0)
    (r"auc\s*(?:_|\()?\s*(?:0\s*[-–]\s*(\d+)\s*h?|(?:0\s*[-–]\s*)?(?:tau|τ))", "AUC0-{0}"),
    (r"\bauc\b", "AUC"),
    (r"c\s*max|cmax", "Cmax"),
    (r"c\s*min|cmin|c\s*trough|ctrough", "Cmin"),
    (r"t\s*max|tmax", "Tmax"),
    (r"t\s*1\s*/\s*2|t½|half.life", "t1/2"),
    (r"cl\s*/\s*f|apparent clearance", "CL/F"),
    (r"\bcl\s*r\b|clr\b|renal clearance", "CLR"),
    (r"\bcl\b|clearance", "CL"),
    (r"v\s*z\s*/\s*f|vz/f", "Vz/F"),
    (r"v\s*ss|vss", "Vss"),
    (r"\bv\s*d\b|\bvd\b|volume of distribution|\bv\s*z\b", "Vd"),
    (r"\bmrt\b", "MRT"),
    (r"λ\s*z|lambda", "lambda_z"),
    (r"\bae\b|\bfe\b|fraction excreted", "fe"),
    (r"p/m ratio|parent.{0,3}metabolite", "P/M ratio"),
    (r"accumulation ratio|\brac?\b", "accumulation ratio"),
]

_EFFICACY: list[tuple[str, str]] = [
    (r"\bdcr\b|disease control", "DCR"),
    (r"\bcbr\b|clinical benefit", "CBR"),
    (r"\borr\b|objective response|overall response rate|\bresponse rate", "ORR"),
    # the IMWG categories named after CR and PR come before them: a "very good partial response" is no PR
    (r"very good partial|\bvgpr\b", "VGPR"),
    (r"stringent complete", "sCR"),
    (r"near.complete (?:response|remission)", "nCR"),
    (r"complete (?:response|remission)|^cr\b", "CR"),
    (r"partial (?:response|remission)|^pr\b", "PR"),
    (r"stable disease|^sd\b", "SD"),
    (r"progressive disease|progression of disease|^pd\b", "PD"),
    (r"not evaluable|not assessable|^ne\b|unknown", "NE"),
    (r"duration of response|\bdor\b|\bdo?r\b", "DoR"),
    (r"progression.free|\bpfs\b", "PFS"),
    (r"overall survival|\bos\b", "OS"),
    (r"time to progression|\bttp\b", "TTP"),
    (r"event.free|\befs\b", "EFS"),
    # the other time-to-event endpoints of oncology trials (the "X-free survival" ones are qualified endpoints, named
    # as printed: extractors/prose_terms.py)
    (r"time to (?:treatment|therapy) failure|\bttf\b", "TTF"),
    (r"time to next (?:treatment|therapy|line of (?:treatment|therapy))|\bttnt\b", "TTNT"),
    (r"time to first subsequent (?:treatment|therapy)|\btfst\b", "TFST"),
    (r"cancer.specific survival|\bcss\b", "CSS"),
    (r"disease.specific survival|\bdss\b", "DSS"),
    (r"\bffs\b", "FFS"),
]

# "Grades 3–4" (an FDA label's plural) and "Grade 0–2" (a toxicity table's grades below 3) as well
_GRADE = re.compile(
    r"\b(?:grades?|gr\.?|g(?=\s*[≥>≤<]?\s*[0-5]))\s*(≥|>=|>_|≤|<=|<)?\s*([0-5])(?:\s*(?:[-–/]|to|and|or)\s*([1-5]))?(?:\s*(?:or|and)\s*(?:higher|above|more))?",
    re.IGNORECASE,
)
_ANY_GRADE = re.compile(r"\b(?:any|all)\s*grades?\b|\bgrade\s*any\b|\btotal\b", re.IGNORECASE)
_STAT_WORDS = re.compile(
    r"^(?:n|no\.?|number|%|n\s*\(%\)|no\.?\s*\(%\)|mean\s*\(sd\)|mean|sd|median|range|iqr|\(%\)|n\s*\(%\)\s*e|"
    r"number \(percent\)|no\. of patients \(%\)|no\. of events/100 patient-yr|incidence rate|events?|patients?|"
    r"values?|estimates?|results?|\(95% ci\)|95% ci|(?:lower|upper)(?: (?:limit|bound|95% ci|ci))?|"
    r"min(?:imum)?|max(?:imum)?|"
    r"(?:hazard|odds|risk) ratio(?: \(95% ci\))?|hr|or|rr|p|p.?value|"
    r"(?:no\.?|number) of (?:patients|participants|subjects)(?: \((?:%|percent)\))?)$",
    re.IGNORECASE,
)


def classify_section(model: TableModel) -> str:
    return section_evidence(model)[0]


def section_evidence(model: TableModel) -> tuple[str, str]:
    """(section, what decided it: "pk parameters", "caption", "row labels" or "default").

    Demographics, adverse events, PK or efficacy, by the caption, then by the row labels.

    The caption is read without its line-break hyphens ("phar- macokinetic") and without the analysis
    population it names ("(Safety Set)"). Without a caption word, the row labels vote: the kind whose terms
    (endpoints, AE terms, PK parameters, baseline words) the most labels name wins."""
    title = re.sub(r"([a-z])-\s+([a-z])", r"\1\2", model.title.lower())
    title = _MACE.sub("mace", _POPULATION.sub(" ", title))
    # "at Baseline and Week 52", "from baseline to month 6": the first of a time course's points, no baseline table
    title = _BASELINE_AND_LATER.sub(r"\1", title)
    hits = [(m.start(), section) for section, pattern in _SECTION_WORDS for m in [rx(pattern).search(title)] if m]
    labels = (
        " ".join(" ".join(r) for r in model.row_labels).lower()
        + " "
        + " ".join(" ".join(c) for c in model.columns).lower()
    )
    pk_labels = sum(1 for pattern, _ in PK_PARAMETERS[:9] if rx(pattern).search(labels))
    if pk_labels >= 3:
        return "pk", "pk parameters"
    if population_model_table(model):
        return "pk", "population-model labels"
    # a caption word of a kind's vocabulary in a sense another kind shares ("bleeding on probing", "lung
    # compliance") names that kind only when the rows confirm it (PK's own such words: ``_pk_word_unconfirmed``)
    hits = [(at, s) for at, s in hits if s == "pk" or not _sense_unconfirmed(s, title, model)]
    pk_word = any(s == "pk" for _, s in hits)
    if hits:
        hits.sort()
        first = hits[0][1]
        if first == "other":
            # "Patient disposition", "Schedule of pharmacokinetic sampling": the head of the caption decides, unless
            # it names adverse events as the cause ("Discontinuations due to adverse events")
            if any(s == "adverse_events" for _, s in hits) and _CAUSED_BY_AE.search(title):
                return "adverse_events", "caption"
            if _LATER_LINES.search(title) and _labels_vote(model) == "efficacy" and _time_to_event_rows(model):
                # "Treatment failure and subsequent therapy" over rows of time-to-event endpoints ("Time to next
                # treatment", "TTF"): the endpoints of the therapy after, no list of the therapies given (whose
                # "reason to start" rows, "PD", "CR/PR", name response categories, no time to an event)
                return "efficacy", "row labels"
            return "other", "caption"
        # "Effect of X on the pharmacokinetics": the pharmacokinetics decide, unless the caption's only PK word is
        # one a body's function shares ("Baseline characteristics and creatinine clearance", "Time to parasite
        # clearance") and the rows as a whole are no PK parameters: then the caption's other kind, or the rows'
        if any(s == "pk" for _, s in hits) and not _pk_word_unconfirmed(title, model):
            return "pk", "caption"
        hits = [(at, s) for at, s in hits if s != "pk"]
        if hits:
            first = hits[0][1]
            if any(s == "adverse_events" for _, s in hits) and first == "efficacy" and "efficacy" not in title:
                return "adverse_events", "caption"
            return first, "caption"
    # a caption whose only kind's words are in a sense its rows do not support ("Viral clearance by study day" over
    # rows of days) is not enough alone: the rows and the rest of the evidence decide
    voted = _labels_vote(model)
    if voted is not None:
        return voted, "row labels"
    if _time_course_of_measures(model, title):
        return "efficacy", "time course"
    if pk_word and _drug_amounts(model):
        # "Percentage of acetaminophen and metabolites excreted in urine" under "4 g/day | 8 g/day": what the
        # doses of a drug gave (a table with no row labels has nothing to weigh against its caption)
        return "pk", "caption"
    for section, pattern in _SECTION_WORDS:
        if rx(pattern).search(labels):
            if section == "pk" and _pk_word_unconfirmed(labels, model):
                continue  # "Creatinine clearance" among a baseline table's rows: one word, no PK table
            return section, "row labels"
    return "other", "default"


# the caption's PK words that a body's own function shares (a creatinine, a parasite, a virus's or a lesion's
# clearance, a urinary excretion, the plasma concentrations of a marker): PK only when the rows confirm it
_SHARED_PK_WORDS = re.compile(r"clearance|metabolites?\b|excreted|excretion|urinary recovery|plasma concentration")
_PK_CONFIRMED = 2  # distinct PK parameters the row and column labels must name to confirm such a word
# the words of the other kinds' vocabularies that name something else too: bleeding on probing (a periodontal
# outcome), a lung's compliance (a measure of ventilation); such a word names its kind only when the rows vote for
# it (``_labels_vote``)
_SHARED_SENSES: dict[str, re.Pattern[str]] = {
    "adverse_events": re.compile(r"\bbleeding"),
    "other": re.compile(r"compliance"),
}


def _sense_unconfirmed(section: str, text: str, model: TableModel) -> bool:
    """Does ``text`` name ``section`` only by words another sense shares (``_SHARED_SENSES``), while the table's
    rows do not vote for that kind?"""
    shared = _SHARED_SENSES.get(section)
    if shared is None or not shared.search(text):
        return False
    words = next(pattern for kind, pattern in _SECTION_WORDS if kind == section)
    if rx(words).search(shared.sub(" ", text)):
        return False
    # the caption itself gives the word the trial treatment's sense ("Treatment compliance", "compliance with the
    # study drug", "bleeding on therapy")
    for m in shared.finditer(text):
        if _TREATMENT_BEFORE.search(text[: m.start()]) or _TREATMENT_AFTER.match(text[m.end() :]):
            return False
    return _labels_vote(model) != section


_TREATMENT_BEFORE = re.compile(r"\b(?:treatment|drug|medication|therapy|regimen|dosing|pill)s?\s+$")
_TREATMENT_AFTER = re.compile(
    r"\s+(?:with|to|on|during)\s+(?:the\s+)?(?:study\s+|assigned\s+|allocated\s+)?(?:treatment|drug|medication"
    r"|therapy|regimen)"
)


def _doubtful_words(model: TableModel) -> list[re.Pattern[str]]:
    """The shared words whose kind the table's rows do not confirm: PK's when they name fewer than
    ``_PK_CONFIRMED`` parameters, another kind's when they do not vote for it."""
    doubtful = [] if len(_named_parameters(model)) >= _PK_CONFIRMED else [_SHARED_PK_WORDS]
    return doubtful + [w for kind, w in _SHARED_SENSES.items() if _labels_vote(model) != kind]


_PK_WORDS = next(pattern for section, pattern in _SECTION_WORDS if section == "pk")


def _pk_word_unconfirmed(text: str, model: TableModel) -> bool:
    """Does ``text`` (the caption, or the labels) name PK only by a word a body's function shares, while the table's
    rows and columns as a whole name fewer than ``_PK_CONFIRMED`` distinct PK parameters?"""
    own = re.sub(_SHARED_PK_WORDS, " ", text)
    if not _SHARED_PK_WORDS.search(text) or re.search(_PK_WORDS, own):
        return False
    if len(_named_parameters(model)) >= _PK_CONFIRMED:
        return False
    # rows naming a drug's analytes ("Plasma concentrations by study day" over "Parent drug, ng/mL" and "Active
    # metabolite, ng/mL") say the caption's word is the drug's
    return not any(_ANALYTE.search(t) for path in model.row_labels for t in path)


_ANALYTE = re.compile(r"\bparent\b|\bmetabolites?\b", re.IGNORECASE)


# a drug's amount in a head or a row ("4 g/day", "100 mg", "2 mg/kg", "70 mg/m²")
_DOSE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg|g)(?:\s*/\s*(?:m2|m²|kg|day|d))?\b", re.IGNORECASE)


def _drug_amounts(model: TableModel) -> bool:
    """Do the table's heads or row labels name a drug's doses (or has it no row labels, nothing to weigh)?"""
    texts = [text for path in [*model.columns, *model.row_labels] for text in path]
    return not model.row_labels or any(_DOSE.search(text) for text in texts)


def _named_parameters(model: TableModel) -> set[str]:
    """The distinct PK parameters the table's row labels and column heads name."""
    named = set()
    for label in [*(text for row in model.row_labels for text in row), *(text for c in model.columns for text in c)]:
        parameter, _, _ = pk_parameter([label])
        if parameter is not None:
            named.add(parameter)
    return named


# a population model's structural parameters as its rows name them: clearances, volumes, an absorption rate or lag
_MODEL_PARAMETER = re.compile(
    r"\bcl\b|clearance|\bv\s*(?:[1-3cpt]|ss)?\s*(?:/\s*f)?\b|volume|\bk\s*a\b|absorption rate|\bq\s*(?:/\s*f)?\b"
    r"|\bt\s*lag\b|lag.time",
    re.IGNORECASE,
)
# what only a population model's table states beside its parameters: their variability and its precision
_MODEL_STATEMENT = re.compile(rf"{_VARIABILITY}|{_RSE_ANY}|{_RESIDUAL}|shrinkage|bootstrap", re.IGNORECASE | re.M)


def population_model_table(model: TableModel) -> bool:
    """A population-PK parameter table: at least two of its rows name a structural parameter (CL/F, V/F, ka, Q)
    and its heads or rows state a variability, a relative standard error, a shrinkage, a residual error or a
    bootstrap. Its caption's words ("bootstrap results", "covariate model") say nothing of the kind."""
    rows = [" ".join(r) for r in model.row_labels if r]
    named = sum(1 for label in rows if _MODEL_PARAMETER.search(label))
    said = "\n".join([*rows, *(" ".join(c) for c in model.columns)])
    return named >= 2 and _MODEL_STATEMENT.search(said) is not None


_TIME_TO_EVENT = frozenset({"DoR", "PFS", "OS", "TTP", "EFS", "TTF", "TTNT", "TFST", "CSS", "DSS", "FFS"})


def _time_to_event_rows(model: TableModel) -> bool:
    """Some row label names a time-to-event endpoint ("Time to next treatment", "TTF events"), not only response
    categories."""
    for row in model.row_labels:
        label = " ".join(row).lower()
        if _TIME_TO.search(label) or any(n in _TIME_TO_EVENT and rx(p).search(label) for p, n in _EFFICACY):
            return True
    return False


def _labels_vote(model: TableModel) -> str | None:
    """The kind most row labels name, when at least ``_EVIDENCE_SHARE`` of them name it."""
    inner = [_MACE.sub("mace", row) for row in _rows_without_time_points(model)]
    if not inner:
        return None
    votes: dict[str, int] = {}
    # a row that names PK only by a word a body's function shares ("Complete clearance, n (%)" of lesions) votes for
    # PK only in a table whose labels name PK parameters enough
    pk_confirmed = len(_named_parameters(model)) >= _PK_CONFIRMED
    for label in inner:
        # each label votes once for each kind it names, by its terms or by the kind's words
        kinds = {section for section, pattern in _SECTION_WORDS if rx(pattern).search(label)}
        if _AE_TERMS.search(label):
            kinds.add("adverse_events")
        if any(rx(p).search(label) for p, _ in _EFFICACY) or _OUTCOME_EVENTS.search(label) or _TIME_TO.search(label):
            kinds.add("efficacy")
        own = label if pk_confirmed else _SHARED_PK_WORDS.sub(" ", label)
        if any(rx(p).search(own) for p, _ in PK_PARAMETERS):
            kinds.add("pk")
        elif own != label and not rx(_PK_WORDS).search(own):
            kinds.discard("pk")
        if _TIME_TO.search(label):
            kinds.discard("pk")  # "Parasite clearance time": the time to an event, no PK parameter
        for kind in kinds:
            votes[kind] = votes.get(kind, 0) + 1
    if not votes:
        return None
    best = max(votes, key=lambda s: votes[s])
    return best if votes[best] >= max(2, _EVIDENCE_SHARE * len(inner)) else None


# a caption that sets its values out over the trial's time ("by study day", "by treatment year", "by visit",
# "at weeks 12 and 24", "over time")
_OVER_TIME = re.compile(
    r"\bby (?:(?:study|treatment|trial) )?(?:days?|weeks?|months?|years?|visits?|time ?points?)\b"
    r"|\b(?:at|on|over|through|and|to) (?:days?|weeks?|months?|years?|visits?) \d|\bover time\b"
    r"|\b(?:at|after) \d+ (?:hours?|days?|weeks?|months?|years?)\b"
)
_BASELINE_AND_LATER = re.compile(
    r"\bbaseline\s+((?:and|to|through|until|vs\.?|versus)\s+(?:(?:weeks?|days?|months?|years?|visits?)\s*\d|"
    r"\d+\s*(?:weeks?|days?|months?|years?)\b|end of (?:treatment|study)))"
)
_BEFORE_TREATMENT = re.compile(r"^(?:baseline|screening|(?:day|visit)\s*0)\b", re.IGNORECASE)
# a row that names a measure of the disease's course: a unit ("Viral load, log10 copies/mL", "CRP (mg/L)"), a
# score, rate, frequency, count or level, or the course's events and states (exacerbations, attacks, flares,
# relapses, seizures, remission, healing, resolution, relief, symptoms, "Heartburn-free")
_DISEASE_MEASURE = re.compile(
    r",\s*[^,]*(?:/|%|\b(?:m?l|m|kg|g|s|mmhg|u|iu|log10)\b)[^,]*(?:,|$)|\((?:[^()]*/[^()]*|%)\)\s*$"
    r"|\b(?:scores?|scales?|index|rates?|frequency|counts?|levels?|loads?|tit(?:re|er)s?|per \d*\s*(?:days?|weeks?"
    r"|months?|years?|patient|person)|days?)\b|\w-free\b"
    r"|exacerbation|\battacks?\b|\bflares?\b|relapse|seizure|episodes?\b|remission|heal|resolution|relief"
    r"|symptom|shedding|clearance",
    re.IGNORECASE,
)


# a caption naming a panel of safety measurements ("Haematology by visit", "Vital signs over time", "Clinical
# chemistry at baseline and week 24"): its units and levels are no disease's course, and no time course makes it
# efficacy (it stays what the rest of the evidence says, or other with a finding)
_SAFETY_PANEL = re.compile(
    r"laborator|\blabs?\b|h(?:a)?ematolog|chemistr|vital signs?|urinalys|liver function|renal function|"
    r"electrocardiogra|\becg\b|\bsafety\b"
)


def _rows_without_time_points(model: TableModel) -> list[str]:
    """The row labels, lower-cased, each without the row-group levels that are time points ("Baseline", "Week 24"
    over the measures) when one of those is after treatment began: they say when, not what ("Baseline" there is no
    baseline table's word)."""
    points = {t.strip() for r in model.row_labels for t in r if _TIME_POINT.match(t.strip())}
    if not any(not _BEFORE_TREATMENT.match(t) for t in points):
        return [" ".join(r).lower() for r in model.row_labels if r]
    kept = [[t for t in r if t.strip() not in points] for r in model.row_labels if r]
    return [" ".join(r).lower() for r in kept if r]


def _time_course_of_measures(model: TableModel, title: str) -> bool:
    """An outcome table over the trial's time, whose caption names no kind: its caption sets it out by study day,
    visit or year, or its column heads (or row groups) name two time points or more, one of them after treatment
    began ("Year 1 | Year 2", "Day 0 | Day 7 | Day 14" under each arm); the caption names no panel of safety
    measurements (``_SAFETY_PANEL``); no row names another kind's terms (an AE term, a PK parameter, a baseline,
    safety or participant-flow word), and at least ``_EVIDENCE_SHARE`` of the rows
    name a measure of the disease's course (``_DISEASE_MEASURE``)."""
    rows = _rows_without_time_points(model)
    if _SAFETY_PANEL.search(title) or not model.row_labels:
        return False
    levels = {t.strip().lower() for path in [*model.columns, *model.row_labels] for t in path if t.strip()}
    points = {t for t in levels if _TIME_POINT.match(t)}
    if not _OVER_TIME.search(title) and not (len(points) >= 2 and any(not _BEFORE_TREATMENT.match(t) for t in points)):
        return False
    if not rows:
        # every row is a time point ("Day 3", "Day 7" under "Viral clearance by study day"): the caption names the
        # measure
        rows = [title]
    others = [pattern for section, pattern in _SECTION_WORDS if section != "efficacy"]
    doubtful = _doubtful_words(model)
    for label in rows:
        # a word whose kind the rows do not confirm ("Static compliance" of a lung) is no other kind's term here
        for shared in doubtful:
            label = shared.sub(" ", label)
        if _AE_TERMS.search(label) or any(rx(p).search(label) for p in others):
            return False
        if any(rx(p).search(label) for p, _ in PK_PARAMETERS):
            return False
    measures = sum(1 for label in rows if _DISEASE_MEASURE.search(label))
    return measures >= _EVIDENCE_SHARE * len(rows)


# a time-to-event row ("Time to first exacerbation", "Parasite clearance time"), not the time to a drug's peak
_TIME_TO = re.compile(
    r"\btime to (?!(?:the\s+)?(?:max|peak|c\s*max|highest|steady)\b)\w"
    r"|\b(?:clearance|resolution|recovery|healing)\s+times?\b"
)


def is_transposed(model: TableModel) -> bool:
    """Arms printed as rows: most row labels carry an N or a dose, and no column header does."""
    inner = [r[-1] for r in model.row_labels if r]
    if not inner:
        return False
    armish = sum(
        1
        for label in inner
        if arm_n_of([label]) is not None
        or re.search(r"^\s*(placebo|\d+(\.\d+)?\s*(mg|µg|μg|mcg|g)(/m2|/m²|/kg)?\b)", label, re.IGNORECASE)
    )
    headers_with_n = sum(1 for c in model.columns if arm_n_of(c) is not None)
    return armish >= 0.6 * len(inner) and headers_with_n == 0


# what an AE head counts ("Grade 3 or 4 Events", "All AEs"): events of the grade, no group
_EVENTS_WORD = r"(?:\s*(?:events?|aes?|adverse events?|teaes?|traes?|toxicit(?:y|ies)))"
# a header that is only an AE grade scope ("Any grade", "Grade ≥3", "Grades 3–4", "Grade 3 or 4 Events", "All
# Events", and "AEs" alone, a line of such a head wrapped): the record's grade, no group
_GRADE_ONLY = re.compile(
    rf"(?:(?:{_GRADE.pattern}|(?:any|all)\s*grades?|grades?\s*(?:any|all)|[≥>]\s*grade\s*[1-5]|grades\s*[1-5]\s*"
    rf"(?:[-–/]|to|and|or)\s*[1-5]){_EVENTS_WORD}?|(?:any|all){_EVENTS_WORD}|{_EVENTS_WORD})"
    r"(?:\s*(?:n\s*)?\(%\)|,\s*(?:n|no\.)\s*\(%\)|,?\s*%)?",
    re.IGNORECASE,
)
# a head that names how severe or how related the events are ("Mild", "Severe", "Related to study drug",
# "Treatment-related TEAEs, n (%)"): an AE scope of the whole table's group, no group of its own
_SEVERITY = re.compile(r"^(?:mild|moderate|severe|life[- ]threatening|fatal)$", re.IGNORECASE)
_RELATED_HEAD = re.compile(
    r"^(?:(?:study[- ])?(?:treatment|drug)[- ]related|(?:possibly |probably )?related"
    r"(?: to (?:the )?(?:study )?(?:drug|treatment|therapy|medication))?)"
    # the events it counts, and the form of its cells, set after it ("Treatment-related TEAEs, n (%)")
    rf"{_EVENTS_WORD}?(?:,?\s*(?:n|no\.)?\s*\(%\)|,?\s*%)?$",
    re.IGNORECASE,
)


_N_LABEL = re.compile(r"\(?\s*\b[nN]\s*(?:=|¼|5|:)\s*\d[\d,]*\s*\)?")
# a header level under a group's N that says what or when its cells are, not whose: a measure ("Events, n", "(%)",
# "Rate per 100" / "patient-years", "No. (%)", "Events per 100 PY"), a time point of a change ("Baseline",
# "Change", "Week 26"), a statistic, or the wrapped end of another group's N ("245)")
_SUB_COLUMN = re.compile(
    r"^(?:\(?%\)?|\(%\)|events?\b.*|no\.?(?:\s*\(%\))?|n|number\b.*|rate\b.*|incidence\b.*|patient.?years?|"
    r"person.?years?|\d+\s*p[ty]|per\s+\d+.*|baseline\b.*|change\b.*|(?:week|wk|month|mo|day|year|yr)\s*\d+.*|"
    r"mean\b.*|median\b.*|\(?sd\)?|\(?se\)?|\(?iqr\)?|\d[\d,]*\)|\(?\d+\s*%\s*ci\)?|"
    r"(?:\d+[- ]?(?:mo|months?|wk|weeks?|yr|years?|d|days?)\s+)?follow[- ]?up\b.*|visit\s*\d+.*|screening)$",
    re.IGNORECASE,
)
# the words of a measure a column holds, said without a group: counts, shares, event rates, a group's size ("No. of
# outcomes", "Incidence rate per 100 patient days (95% CI)", "no. of patients with event/total no.")
_MEASURE_WORDS = re.compile(
    r"\b(?:events?|no|n|number|of|patients?|participants?|subjects?|rate|incidence|per|person|years?|yrs?|py|"
    r"percent(?:age)?|estimated|outcomes?|days?|ci|with)\b",
    re.IGNORECASE,
)


def _only_measure(text: str) -> bool:
    """ "Events, n (%)", "Event rate per 100 person-years", "No. of Patients": nothing but a measure's words."""
    rest = re.sub(r"\btotal\b", "", _MEASURE_WORDS.sub("", text), flags=re.IGNORECASE)  # "No./total (%)"
    return bool(_MEASURE_WORDS.search(text)) and not re.search(r"[^\W\d_]", rest)


# the statement of a cell's form set after a group's name in its head ("Orvaglutide no. of events/total no. (%)",
# "Placebo, n (%)", "Drug A n/N (%)")
_DESCRIPTOR_TAIL = re.compile(
    r"(?:,?\s+|\s*,\s*)(?:(?:no\.|n|number)\s+of\s+(?:events|patients|participants)(?:\s*/\s*total(?:\s+no\.)?)?"
    r"|no\.\s*/\s*total(?:\s+no\.)?|n\s*/\s*n|no\.|n|number(?=\s*\())(?:\s*\((?:%|percent)\))?(?:\s*\[?e\]?)?\s*$"
    # an estimate set after the group's name ("Ondaravir LS mean", "Placebo mean (SD)"): what its cells are, not whose
    r"|(?:,?\s+|\s*,\s*)(?:(?:ls|least[- ]squares?|adjusted|observed|arithmetic|geometric)\s+){0,2}(?:means?|medians?)"
    r"(?:\s*[(\[](?:sd|se|sem|iqr|range|95%\s*ci)[)\]]|\s*±\s*sd)?\s*$"
    # a bracket stating the cells' form after the group's name, its head's wrapped last line ("Arm A" / "(%)")
    r"|\s*[(\[]\s*(?:%|n|no\.|sd|se|sem|iqr|range|(?:80|90|95|99)\s*%\s*(?:ci|cri))\s*[)\]]\s*$",
    re.IGNORECASE,
)
# a column path that names a comparison of the groups, or its P value: the cell is no group's
_CONTRAST_PATH = re.compile(
    r"\b(?:hazard|odds|risk|rate)\s+ratio|\brelative\s+risk\b|\b(?:hr|rr|irr|nnt|nnh)\b|\ba(?:hr|or)\b(?=\s*[(,])|\bor\b(?=\s*\()|^or$"
    # a risk difference by its abbreviation, its interval after it ("RD (%, 95% CI)")
    r"|\brd\b(?=\s*\()"
    r"|differen|\btreatment\s+effects?\b|\bet[dr]\b|\beffect\s+(?:sizes?|estimates?)\b"
    # an effect stated against a comparator ("Effect vs placebo (95% CI)"): the comparison, no group's
    r"|\beffects?\s+(?:vs\.?|versus)\s"
    r"|number needed|^ratio\b"
    r"|risk\s+reduction|\bp[\s-]*value\b|^p$",
    re.IGNORECASE,
)


_TIME_POINT = re.compile(
    r"^(?:at\s+)?(?:(?:week|wk|month|mo|day|year|yr|hour|hr|cycle)s?\s*\d+(?:\s*[-–]\s*\d+)?|"
    r"\d+\s*(?:weeks?|wk|months?|mo|days?|"
    # hours and minutes after a dose ("1 h", "24 hours", "30 min")
    r"years?|yr|h|hrs?|hours?|min|minutes?)|baseline|end of (?:treatment|follow-up|study)|"
    # a follow-up or a visit ("Follow-up", "12-mo follow-up", "Visit 2", "Screening", "Final visit")
    r"(?:\d+[- ]?(?:mo|months?|wk|weeks?|yr|years?|d|days?)\s+)?follow[- ]?up|visit\s*\d+|(?:final|last)\s+visit|"
    r"screening)[,:]?$",
    re.IGNORECASE,
)
# a change between time points heading a group's sub-column ("Change", "Change from baseline", "Δ"): what, not whose
_CHANGE_HEAD = re.compile(
    r"^(?:(?:mean|absolute|relative|within[- ]group)\s+)?change(?:\s+from\s+baseline\b.*)?[,:]?$|^[Δδ]$", re.I
)
# a visit named by its unit and number, or by its place in the schedule, and a change from it (not "12 weeks")
_VISIT_OR_CHANGE = re.compile(
    r"^(?:at\s+)?(?:baseline\b|(?:week|wk|month|mo|day|year|yr|visit)\s*\d|end of\b|screening\b|(?:final|last)\s+visit)"
    r"|^(?:(?:mean|absolute|relative|within[- ]group)\s+)?change\b",
    re.IGNORECASE,
)
# a cue that a head states what its cells are: a share, a count's or a rate's words, an estimate
_MEASURE_CUE = re.compile(r"%|\b(?:n|no|number|events?|rate|per|estimate|mean|median|ratio|scores?)\b", re.IGNORECASE)


def shared_measures(columns: list[list[str]]) -> frozenset[str]:
    """The heads printed alike under the level with a group's N of two or more groups ("No. of patients with
    event (%)", "n/N (%)", "Kaplan-Meier estimate at 3 yr, %" under "Empagliflozin" / "(N = 4687)" and under
    "Placebo" / "(N = 4691)"), or spanning two or more groups' heads ("Mean Change (95% CI)" over "Placebo (n =
    201) | Low Dose (n = 199)"), stating what the cells are: a head shared by the groups is no group's name."""
    under: dict[str, set[str]] = {}
    over: dict[str, set[str]] = {}
    for path in columns:
        levels = _joined(path)
        with_n = [i for i, text in enumerate(levels) if _N_LABEL.search(text)]
        if not with_n:
            if len(levels) > 1 and _DESCRIPTOR_TAIL.search(levels[0]):
                # a span stating its cells' form over groups printed without their N ("Raw data at EOS, n (%)"
                # over "Control | Intervention")
                over.setdefault(levels[0], set()).add(" ".join(levels[1:]))
            continue
        at = with_n[-1]
        for text in levels[at + 1 :]:
            under.setdefault(text, set()).add(" ".join(levels[: at + 1]))
        if len(levels) > at + 2:  # a head wrapped over lines under the group ("rate/100" / "PY"): read whole
            under.setdefault("\n".join(levels[at + 1 :]), set()).add(" ".join(levels[: at + 1]))
        for i, text in enumerate(levels[:at]):
            over.setdefault(text, set()).add(" ".join(levels[i + 1 : at + 1]))
    shared = {t for found in (under, over) for t, groups in found.items() if len(groups) > 1 and _MEASURE_CUE.search(t)}
    # the lines of a wrapped head printed alike under the groups are each no group's name ("Patients with" of
    # "Patients with" / "Event, no." / "(%)")
    shared |= {line for t in shared if "\n" in t for line in t.split("\n")}
    return frozenset({t for t in shared if "\n" not in t} | _population_spans(columns) | _visits(columns))


def _visits(columns: list[list[str]]) -> set[str]:
    """Time points printed with an N of their own under two or more spans ("Baseline (n = 120) | Week 48 (n = 109)"
    under "Lanrevotide" and under "Placebo"): the patients seen at each visit, when, not whose; the group is the
    span over them."""
    spans_of: dict[str, set[str]] = {}
    for path in columns:
        levels = _joined(path)
        with_n = [i for i, text in enumerate(levels) if _N_LABEL.search(text)]
        if not with_n or with_n[-1] == 0:
            continue
        at = with_n[-1]
        name = re.sub(r"\s+", " ", _N_LABEL.sub("", levels[at])).strip(" ,;:")
        # a visit's form ("Week 48", "Baseline"), not a duration's ("12 weeks (n = 40)": arms by how long treated)
        visit = (_TIME_POINT.match(name) and not name[:1].isdigit()) or _CHANGE_HEAD.match(name)
        if name and visit and not _N_LABEL.search(levels[at - 1]):
            spans_of.setdefault(name, set()).add(levels[at - 1])
    return {name for name, spans in spans_of.items() if len(spans) > 1}


# a head that names a dose and nothing else ("70 mg/m²", "350 mg Q3W", "0.3 mg/kg"): under a drug's span it is
# that drug's dose, and the span is part of the group's name
_DOSE_ONLY = re.compile(
    r"^\s*\d[\d.,]*\s*(?:mg|µg|μg|mcg|g|mmol|iu|units?)(?:\s*/\s*(?:kg|m2|m²|day|d))?\b[^A-Za-z]*"
    r"(?:\b(?:q\d+w|qd|bid|tid|daily|weekly)\b)?\s*$",
    re.IGNORECASE,
)


def _population_spans(columns: list[list[str]]) -> set[str]:
    """The spans over the groups that say which population or analysis the groups are counted in, not whose:
    the same groups printed again under each span ("All patients" and "Patients with measurable disease", each
    over "Drug + AI (n = 40) | Placebo + AI (n = 18)"; "Overall population" and "Japanese subgroup"). A group
    printed under two spans with its own N under each is one group counted twice; a dose printed under two
    drugs' spans ("Drug A" and "Drug B" over "10 mg | 20 mg") is two groups, and the span stays its name."""
    spans_of: dict[str, set[str]] = {}
    for path in columns:
        levels = _joined(path)
        with_n = [i for i, text in enumerate(levels) if _N_LABEL.search(text)]
        if not with_n or with_n[-1] == 0:
            continue
        at = with_n[-1]
        name = re.sub(r"\s+", " ", _N_LABEL.sub("", levels[at])).strip(" ,;:")
        if not name.strip("()") and at >= 2:
            at -= 1  # the group's N on a line of its own under its name ("Colchimax" over "(n=312)")
            name = levels[at].strip(" ,;:")
        if not name or _DOSE_ONLY.match(name) or _STAT_WORDS.match(name) or not re.search(r"[^\W\d_]{3}", name):
            continue
        if _TIME_POINT.match(name) or _CHANGE_HEAD.match(name):
            continue  # a visit with its own N ("Baseline (n = 120)" under each group): when, not whose
        spans_of.setdefault(name, set()).add(levels[at - 1])
    repeated = [spans for spans in spans_of.values() if len(spans) > 1]
    # every group under the spans is printed under each of them: the spans are populations
    if len(repeated) < 2 or any(spans != repeated[0] for spans in repeated):
        return set()
    return set(repeated[0])


def _joined(labels: list[str]) -> list[str]:
    """The levels with a group's N split over two lines ("Antiarrhythmic drugs (n =" over "245)") rejoined."""
    joined: list[str] = []
    for label in labels:
        text = label.strip()
        if joined and re.search(r"(?:\(|=|\b[nN])\s*$", joined[-1]) and re.match(r"^[=\d]", text):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def _group_levels(labels: list[str], measures: frozenset[str] = frozenset()) -> list[str]:
    """The header levels that name a group: a group's N split over two lines ("Antiarrhythmic drugs (n =" over
    "245)") rejoined; under the level with the N, only levels that name a group themselves (not "Events, n (%)",
    "Rate per 100 patient-years", "Baseline", "Change", nor a head printed alike under every group, ``measures``).
    A path that names a contrast and no group's N is none."""
    joined = _joined(labels)
    with_n = [i for i, text in enumerate(joined) if _N_LABEL.search(text)]
    if not with_n:
        contrasts = [i for i, text in enumerate(joined) if _CONTRAST_PATH.search(text)]
        if contrasts:
            # a comparison with the reference group spanning the other groups' heads ("Difference vs. Placebo
            # (95% CI)" over "Low Dose | High Dose"): each column is its group's, as a placebo-adjusted row is
            whose = [t for t in joined[contrasts[-1] + 1 :] if _names_group(t)]
            return whose if len(whose) == 1 and _VERSUS.search(joined[contrasts[-1]]) else []
        if _CONTRAST_PATH.search(" ".join(joined)):
            return []
        # no group's N to go by: a head that only names a measure ("Events, n (%)", "Event rate per 100
        # person-years", "No. of" / "Patients") is no group, nor is such a level of a longer head
        if _only_measure(" ".join(joined)):
            return []
        # nor is a head that names an endpoint ("PFS at 24 Weeks, % (95% CI)", "Confirmed ORR, % (n/N)", "ORR"
        # over "n/N | % | 95% CI"): with the groups printed as rows (dose levels, subgroups), the columns are
        # what was measured
        wrapped: list[str] = []  # a head's wrapped end ("(95%" / "CI)") is the same head's
        for t in joined:
            opened = wrapped and wrapped[-1].count("(") > wrapped[-1].count(")")
            if wrapped and ((opened and t.count(")") > t.count("(")) or re.fullmatch(r"\(.*\)", t.strip())):
                wrapped[-1] = f"{wrapped[-1]} {t}"
            else:
                wrapped.append(t)
        if any(_ENDPOINT_HEAD.search(t) for t in wrapped):
            joined = wrapped
        named = [t for t in joined if not _only_measure(t) and not _ENDPOINT_HEAD.search(t)]
        if len(named) < len(joined):  # under an endpoint's head, a unit ("mo" under "Median PFS") is no group
            named = [t for t in named if not _UNIT_ONLY.match(t)]
        # a time point spanning the groups' heads ("Week 26" over "Orforgliptin | Placebo" over "n | %") says
        # when, not whose, where a level under or over it names the group
        whose = [t for t in named if not _TIME_POINT.match(t) and not _CHANGE_HEAD.match(t)]
        # nor a span stating its cells' form over the groups ("Raw data at EOS, n (%)" over "Control")
        stated = [t for t in whose[:-1] if t in measures]
        # with only time points and changes for heads, a duration ("12 weeks": arms by how long) may name a group; a
        # visit ("Baseline", "Week 24") or a change from it never does -- the table's columns are when, of no group
        return [t for t in whose if t not in stated] or whose or [t for t in named if not _VISIT_OR_CHANGE.match(t)]
    at = with_n[-1]
    visit = re.sub(r"\s+", " ", _N_LABEL.sub("", joined[at])).strip(" ,;:")
    if at and visit in measures:
        # each visit's own N under the group's span ("Baseline (n = 120)" under "Lanrevotide"): the span names the
        # group, the visit says when
        return [t for t in _without_time_points(joined[:at]) if t not in measures]
    # a time point over a group named beside its N says when; over an N alone ("12 weeks" over "(n = 40)": arms
    # by duration) it is the group's name
    has_name = re.search(r"[^\W\d_]{3}", _N_LABEL.sub("", joined[at])) is not None
    over = [t for t in (_without_time_points(joined[:at]) if has_name else joined[:at]) if t not in measures]
    # a change spanning the groups' heads ("Change from baseline to week 12" over "Drug (n = 96) | Placebo (n = 97)")
    # says what their cells are, not whose
    over = [t for t in over if not (has_name and _CHANGE_HEAD.match(t))]
    # under the N, a time point or a change ("End of treatment", "Day 28", "Change from baseline") says when
    under: list[str] = []
    dropped = ""
    rest = joined[at + 1 :]
    for k, t in enumerate(rest):
        # a time unit over its sub-heads' bare numbers ("Week" over "0 | 12 | 24") says when, as "Week 12" does
        # and so does a calendar year under the N ("2019 | 2020 | 2021" under each group)
        if (
            _TIME_UNIT.fullmatch(t)
            or (k and _TIME_UNIT.fullmatch(rest[k - 1]) and re.fullmatch(r"\d+", t))
            or re.fullmatch(r"(?:19|20)\d\d", t)
        ):
            dropped = t
            continue
        # the close of a head wrapped inside its interval's bracket ("Change (95%" over "CI)") goes with the head
        if (_when_or_what(t) or t in measures) or (dropped and _OPEN_LEVEL.search(dropped) and _CLOSE_CI.match(t)):
            dropped = t
            continue
        dropped = ""
        under.append(t)
    return [*over, joined[at], *under]


# a unit of time alone, heading the time points set under it ("Week" over "0 | 12 | 24")
_TIME_UNIT = re.compile(r"(?:weeks?|months?|days?|years?|hours?|cycles?|visits?|time\s*points?)[,:]?", re.IGNORECASE)
# an interval's level opened at a head's line end ("Change (95%") and its close on the next line ("CI)")
_OPEN_LEVEL = re.compile(r"\(\s*(?:80|90|95|99)\s*%\s*$")
_CLOSE_CI = re.compile(r"^\s*(?:CI|CrI|confidence interval)\s*\)\s*$", re.IGNORECASE)


def _without_time_points(levels: list[str]) -> list[str]:
    """The levels over a group's N without the time points spanning the groups ("Week 24", "End of" / "study"
    wrapped over two lines): when, not whose."""
    out: list[str] = []
    k = 0
    while k < len(levels):
        if _TIME_POINT.match(levels[k]):
            k += 1
        elif k + 1 < len(levels) and _TIME_POINT.match(f"{levels[k]} {levels[k + 1]}"):
            k += 2
        else:
            out.append(levels[k])
            k += 1
    return out


def _when_or_what(text: str) -> bool:
    """A head under a group's N saying what or when its cells are: a measure, a time point, a change."""
    return bool(_SUB_COLUMN.match(text) or _TIME_POINT.match(text) or _CHANGE_HEAD.match(text))


_ENDPOINT_HEAD = re.compile(
    r"\b(?:orr|dcr|cbr|pfs|os|dor|efs|dfs|ttp|ttr)\d*\b|objective response|overall response|response rate"
    r"|disease control|clinical benefit|progression.free|overall survival|duration of response|event.free"
    r"|time to (?:progression|response)",
    re.IGNORECASE,
)
_UNIT_ONLY = re.compile(r"^\(?(?:mo|months?|wk|weeks?|d|days?|yr|years?|%)\)?$", re.IGNORECASE)
_VERSUS = re.compile(r"\b(?:vs\.?|versus|compared with)\s|\b\w+-adjusted\b", re.IGNORECASE)


def _names_group(text: str) -> bool:
    """A head under a comparison that can name a group: no measure, statistic, bound or time point."""
    return not (
        _only_measure(text)
        or _STAT_WORDS.match(text)
        or _TIME_POINT.match(text)
        or _CONTRAST_PATH.search(text)
        or re.search(r"\b(?:lower|upper|ci|limit|bound)\b", text, re.IGNORECASE)
    )


def arm_of(labels: list[str], measures: frozenset[str] = frozenset()) -> str | None:
    """The group a set of labels names, without its N, statistic descriptors, AE grade scopes and the heads
    ``measures`` printed alike under every group (:func:`shared_measures`)."""
    parts = []
    levels = _group_levels(labels, measures)
    if levels:  # the form stated after the group's name, the head's lines joined ("... events/total" / "no. (%)")
        whole = " ".join(levels)
        bare = _DESCRIPTOR_TAIL.sub("", whole).strip()
        if bare and bare != whole and (len(levels) == 1 or not _N_LABEL.search(whole)):
            levels = [bare]
    after_n = False
    for label in levels:
        text = re.sub(r"\(?\s*\b[nN]\s*(?:=|¼|5|:)\s*\d[\d,]*\s*\)?", "", label)
        text = re.sub(r"\s+", " ", text).strip(" ,;:")
        # "No (n = 26)" under "Prior therapy", "Event (n = 52)" beside "No event (n = 148)": a level of a subgroup
        # with its own N, not the statistic "No." or "Events"
        level_with_n = text.lower() in ("yes", "no", "event", "events") and _N_LABEL.search(label) is not None
        # a severity or relatedness head with an N of its own is a group ("Mild (n = 7)": hepatic impairment)
        scope = _GRADE_ONLY.fullmatch(_grade_text(text)) or (
            not _N_LABEL.search(label) and (_SEVERITY.match(text) or _RELATED_HEAD.match(text))
        )
        # "All" or "Any" alone under a group's head: the first line of a wrapped "All / Events" scope head
        scope = scope or (after_n and re.fullmatch(r"(?:all|any)", text, re.IGNORECASE))
        after_n = after_n or bool(_N_LABEL.search(label))
        if text and (level_with_n or (not _STAT_WORDS.match(text) and not scope)):
            parts.append(text)
    return " ".join(parts) or None


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
_GRADE_WORD = r"(?:grades?|gr\.?|g)"
# "≥G3", "≥ grade 3": the comparator printed before the grade word
_COMPARATOR_BEFORE = re.compile(rf"(≥|>=|>_)\s*({_GRADE_WORD})\s*(?=[0-5IV])", re.IGNORECASE)
# "Grade 3+", "G3+": that grade or higher
_PLUS_AFTER = re.compile(rf"\b({_GRADE_WORD})\s*([0-5])\s*\+", re.IGNORECASE)
# "Grade III/IV", "grade ≥III", "Grades I–II": Roman numerals
# (the word spelled out: a bare "G" before "I" is "GI", gastrointestinal; the numerals in capitals)
_ROMAN_GRADE = re.compile(
    r"\b((?i:grades?|gr\.))\s*(≥|>=|≤|<=|<)?\s*(IV|V|I{1,3})\b(?:\s*([-–/]|(?i:to|and|or))\s*(IV|V|I{1,3})\b)?"
)


# the slanted "greater than or equal" of many text layers ("Grade ⩾3"), and the Japanese-style "≧"
_SLANTED = str.maketrans({"⩾": "≥", "≧": "≥", "⩽": "≤", "≦": "≤"})


def _grade_text(label: str) -> str:
    """A grade scope in the spelling _GRADE reads: comparator after the grade word, "+" as "≥", Arabic numerals."""
    text = label.translate(_SLANTED)
    text = _COMPARATOR_BEFORE.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    text = _PLUS_AFTER.sub(lambda m: f"{m.group(1)} ≥{m.group(2)}", text)

    def arabic(m: re.Match[str]) -> str:
        lo = _ROMAN[m.group(3).lower()]
        hi = f"{m.group(4)}{_ROMAN[m.group(5).lower()]}" if m.group(5) else ""
        return f"{m.group(1)} {m.group(2) or ''}{lo}{hi}"

    return _ROMAN_GRADE.sub(arabic, text)


def grade_of(labels: list[str]) -> str | None:
    """CTCAE grade scope named in labels: "any", ">=3", "3", "3-4", "1-2"."""
    for label in labels:
        m = _GRADE.search(_grade_text(label))
        if m:
            comp, lo, hi = m.group(1), m.group(2), m.group(3)
            if comp in ("≥", ">=", ">_") or re.search(r"or (higher|above|more)", m.group(0), re.IGNORECASE):
                return f">={lo}"
            if comp in ("≤", "<=") or (comp == "<"):
                return f"<={lo}" if comp != "<" else f"<{lo}"
            return f"{lo}-{hi}" if hi else lo
        if _ANY_GRADE.search(label) and "grade" in label.lower():
            return "any"
        if _SEVERITY.match(label.strip()):
            return label.strip().lower()
    # "All Events" beside "Grade 3 or 4 Events", its two words perhaps on two lines of the head
    pairs = [*labels, *(f"{a} {b}" for a, b in itertools.pairwise(labels))]
    if any(re.fullmatch(rf"\s*(?:all|any){_EVENTS_WORD}\s*", text, re.IGNORECASE) for text in pairs):
        return "any"
    return None


_TOTAL_HEAD = re.compile(r"^(?:total|all|overall|all patients)$", re.IGNORECASE)


def whole_trial_column(arm: str | None, columns: list[list[str]], measures: frozenset[str]) -> bool:
    """Is ``arm`` a "Total" (or "All", "Overall") head beside columns that name no group (grades, severities,
    relatedness: "Mild | Moderate | Severe | Related to study drug | Total")? Then it is the whole single-arm
    trial's, no group of its own."""
    if arm is None or not _TOTAL_HEAD.match(arm):
        return False
    others = [arm_of(column, measures) for column in columns]
    return all(other is None or _TOTAL_HEAD.match(other) for other in others)


def related_column(labels: list[str]) -> bool:
    """Does a column head say its events are related to the treatment ("Related to study drug")?"""
    return any(_RELATED_HEAD.match(label.strip()) for label in labels)


# a column head that is nothing but an AE scope: "TEAEs | TRAEs" (or "Treatment-emergent | Treatment-related")
# under each arm, the scope of the column's events
_SCOPE_HEAD = (
    (re.compile(r"^(?:traes?|treatment[- ]related(?: aes?| adverse events)?)$", re.I), "trae"),
    (re.compile(r"^(?:teaes?|treatment[- ]emergent(?: aes?| adverse events)?)$", re.I), "teae"),
    (re.compile(r"^(?:saes?|serious(?: aes?| adverse events)?)$", re.I), "serious"),
)


def ae_scope(labels: list[str], title: str, heads: list[str] | None = None) -> str | None:
    """Serious / discontinuation / death / treatment-related / emergent, from the row labels, then a column head
    that is a scope and nothing else ("TEAEs | TRAEs" under each arm), then the caption."""
    text = " ".join(labels).lower()
    if re.search(r"discontinu|withdraw", text):
        return "discontinuation"
    if re.search(r"\bdeath|fatal|grade 5", text):
        return "death"
    if re.search(r"serious|\bsaes?\b", text):
        return "serious"
    for source in (text, None, title.lower()):  # the row's own words first, then the column's, then the caption
        if source is None:
            # a head wrapped at its hyphen is read whole ("Treatment-" over "emergent")
            parts = [h.strip() for h in heads or []]
            joined = [a + ("" if a.endswith("-") else " ") + b for a, b in itertools.pairwise(parts)]
            said = {scope for head in [*parts, *joined] for pattern, scope in _SCOPE_HEAD if pattern.match(head)}
            if len(said) == 1:
                return said.pop()
            continue
        if re.search(r"\btraes?\b|treatment.related|drug.related|related to", source):
            return "trae"
        if re.search(r"\bteaes?\b|treatment.emergent", source):
            return "teae"
    return None


def pk_parameter(labels: list[str]) -> tuple[str | None, str | None, int | None]:
    """(parameter, unit, index of the label naming it)."""
    for i, label in enumerate(labels):
        low = label.lower().replace("₀", "0")
        for pattern, name in PK_PARAMETERS:
            m = rx(pattern).search(low)
            if m:
                if "{0}" in name:
                    name = name.format(m.group(1) or "tau")
                return name, _unit(label), i
    return None, None, None


# a statistic stated at the end of a parameter's label ("Tmax (h), median (range)", "t1/2 (h), arithmetic mean (%CV)"):
# its bracket is no unit
_STAT_TAIL = re.compile(
    r",?\s*(?:arithmetic\s+|geometric\s+)?(?:means?|medians?)\s*(?:\([^()]*\)|±\s*s[de])\s*$", re.IGNORECASE
)


def _unit(label: str) -> str | None:
    label = _STAT_TAIL.sub("", label)
    m = re.search(r",\s*([^,()]*(?:/|h|min|L|%)[^,()]*)$", label)
    if m:
        return m.group(1).strip()
    m = re.search(r"\(([^()]*(?:/|\bh\b|\bmin\b|\bL\b|%|mL|ng|μg|µg|mg)[^()]*)\)\s*$", label)
    return m.group(1).strip() if m else None


def efficacy_parameter(labels: list[str]) -> str | None:
    """The efficacy endpoint a row's labels name, innermost first; a qualified endpoint ("Pathologic complete
    response", "CR/CRi", "MRD negativity") as printed: its qualifier is part of it."""
    for label in reversed(labels):
        qualified = qualified_endpoint(label.strip())
        if qualified:
            return qualified
        if any(rx(pattern, re.IGNORECASE).search(label.strip()) for pattern, _ in _EFFICACY):
            break
    text = " ".join(labels)
    for pattern, name in _EFFICACY:
        for label in reversed(labels):
            if rx(pattern, re.IGNORECASE).search(label.strip()):
                return name
    del text
    return None


def landmark_of(labels: list[str]) -> str | None:
    """ "12-month OS rate" -> "12 months"."""
    for label in labels:
        m = re.search(r"(\d+)\s*-?\s*(month|mo|year|yr|week|wk)", label, re.IGNORECASE)
        if m and re.search(r"rate|survival|os|pfs|%", label, re.IGNORECASE):
            unit = {"mo": "month", "yr": "year", "wk": "week"}.get(m.group(2).lower(), m.group(2).lower())
            return f"{m.group(1)} {unit}s"
    return None
