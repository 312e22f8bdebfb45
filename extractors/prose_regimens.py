"""The arms a trial paper introduces in prose, each by its whole regimen, so that a later sentence naming an arm by
its drugs ("27.3% with atezolizumab plus bevacizumab and 11.9% with sorafenib") is read with its groups.

Rules, each about how papers write their design, not about one paper:

- the alternatives a sentence assigns patients to ("randomly assigned (1:1) to receive A or B", "We randomly
  allocated 238 patients to A plus C or B", "randomised to A 37.5 mg daily or B 1250 mg/m2 twice daily",
  "to A (120 patients) or B (118 patients)") are arms, each its whole regimen ("A plus C", "B alone", "A + C",
  "A and C combination"), its dose, schedule and route left out ("A 37.5 mg daily" is "A");
- so are the two regimens a sentence counts patients into ("120 received A and 118 received B", "120 were
  assigned to A and 118 to B");
- and the two a design, title or objective compares ("This phase 3 trial compared A with B", "a randomized trial
  of A versus B in ...", "To compare the efficacy of A and B", "We tested A against B", "A versus B in advanced X:
  results of a randomized phase III trial"), unless the sentence reports another study (prose_study.py: "A
  previous trial compared A with placebo [12]"); a result's "comparing responders and non-responders" is none;
- in a randomised paper, "Patients received A or B (dose)" gives its arms, unless the sentence speaks of therapy
  before or after the trial's or of eligibility ("had previously received A or B", "as second-line therapy");
- an arm's short name in brackets right after it ("nolatrexed (NOL)") and the regimen of a lettered arm ("arm A
  (gemcitabine) or arm B (gemcitabine plus erlotinib)") are its names too.

A drug named once in a background or eligibility sentence ("after progression on prior sorafenib") is none of
these: it is no arm.
"""

from __future__ import annotations

import re

from extractors.prose_study import about_other_study

# words that end a drug's name: joiners, prepositions, the words that follow an arm's name in a design sentence
_STOP = (
    r"(?:plus|and|or|with|without|alone|monotherapy|combination|versus|vs|compared|in|as|for|among|on|after|at|of|to|"
    r"the|a|an|who|until|every|daily|once|twice|given|administered|orally|intravenously|followed|by|each|per|"
    r"patients|participants|subjects|group|groups|arm|arms|respectively|were|was|had)\b"
)
# the words that may follow an arm's regimen in a design sentence: the clause goes on to how, when or to whom it was
# given or allocated ("A or B using an interactive voice system", "A versus B administered as first-line therapy")
_FOLLOWS = (
    r"(?:in|as|for|among|on|after|at|until|every|daily|once|twice|given|administered|orally|intravenously|followed|"
    r"by|each|per|and|with|without|who|respectively|were|was|using|via|through|according|during|from)\b"
)
# a drug: one to three words, none a stop word ("sunitinib", "trastuzumab deruxtecan", "best supportive care")
_DRUG = rf"(?!{_STOP}|\d)[A-Za-z][\w/'’-]*(?:\s(?!{_STOP})[A-Za-z][\w/'’-]*){{0,2}}"
# a regimen: a drug, or drugs joined ("A plus B", "A + B", "A and B combination"), "alone" / "monotherapy" after
_REGIMEN = (
    rf"{_DRUG}(?:\s(?:plus|\+)\s{_DRUG}){{0,2}}"
    rf"(?:\s(?:alone|monotherapy)|\sand\s{_DRUG}\scombination(?:\stherapy)?)?"
)
_ASSIGNING = r"(?:randomly\s)?(?:assigned|randomi[sz]ed|allocated)"
_PEOPLE = r"(?:patients|participants|subjects|women|men|adults|children)"
# "randomly assigned (1:1) to receive A or B", "randomly allocated 238 patients to A or B": the list of arms
_ALTERNATIVES = re.compile(
    rf"\b{_ASSIGNING}\s(?:\d[\d,]*\s(?:eligible\s)?{_PEOPLE}\s)?(?:\(?\d:\d(?::\d)?\)?\s|in\sa\s\d:\d(?::\d)?\sratio\s)?"
    r"to\s(?:receive\s|take\s|undergo\s)?(?:either\s)?(?P<list>[A-Za-z](?:[^.;:]|\.(?=\d)|(?<=\d):(?=\d))*)",
    re.IGNORECASE,
)
# where an arm's dose, schedule or route begins: "A 37.5 mg daily", "A at 10 mg", "A every 3 weeks"
_DOSING = re.compile(
    r"\s(?=\d)|\s(?:at|for|in|on|every|daily|once|twice|given|administered|orally|intravenously|until|q\d\w*|bid|qd|"
    r"tid)\b.*$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    rf"(?<![\d.,])\d[\d,]*\s(?:{_PEOPLE}\s)?(?:were\s)?(?:(?:received|{_ASSIGNING}\sto)\s(?:receive\s)?)"
    rf"(?P<a>{_REGIMEN}),?\s(?:and\s|while\s|whereas\s)?\d[\d,]*\s(?:{_PEOPLE}\s)?(?:were\s)?"
    rf"(?:(?:received|{_ASSIGNING}\sto)\s(?:receive\s)?|to\s)(?P<b>{_REGIMEN})(?![\w-])",
    re.IGNORECASE,
)
_ENDS = rf"(?=\s{_FOLLOWS}|\s?[,.;:]|$)"
_COMPARING = re.compile(
    r"\b(?:(?:trials?|stud(?:y|ies)|we)\s(?:that\s)?compared|(?:trials?|stud(?:y|ies))\scomparing|[Tt]o\scompare)\s"
    rf"(?:the\s(?:[\w-]+\s){{1,5}}?of\s)?(?P<a>{_REGIMEN})\s(?:with|to|versus|vs\.?|and)\s(?P<b>{_REGIMEN}){_ENDS}"
    # "We tested A against B", "to evaluate A versus B": a test or evaluation of one arm against the other
    r"|\b(?:(?:trials?|stud(?:y|ies)|we)\s(?:that\s)?(?:tested|evaluated|assessed)|[Tt]o\s(?:test|evaluate|assess))\s"
    rf"(?:the\s(?:[\w-]+\s){{1,5}}?of\s)?(?P<e>{_REGIMEN})\s(?:against|versus|vs\.?)\s(?P<f>{_REGIMEN}){_ENDS}"
    r"|\b(?:trial|study|comparison)\sof\s"
    rf"(?P<c>{_REGIMEN})\s(?:versus|vs\.?|compared\swith)\s(?P<d>{_REGIMEN}){_ENDS}",
    re.IGNORECASE,
)
# a title "A versus B in advanced X: results of a randomized phase III trial": it opens with the arms compared
_TITLE = re.compile(
    rf"^(?P<a>{_REGIMEN})\s(?:versus|vs\.?)\s(?P<b>{_REGIMEN})\s(?:in|for|as|among)\s[^.;]*?"
    r"\b(?:randomi[sz]ed|phase\s(?:I{1,3}|[1-3]))\b[^.;]*?\b(?:trial|study)\b",
    re.IGNORECASE,
)
# "Patients received placebo or A (320 mg daily)": what a randomised paper's patients received, one of two or more
_RECEIVED = re.compile(
    rf"^(?:[A-Z]\w*\s)?(?:all\s)?{_PEOPLE}\s(?:then\s)?(?:received|were\s(?:given|treated\swith))\s(?:either\s)?"
    r"(?P<list>[A-Za-z](?:[^.;:]|\.(?=\d))*)",
    re.IGNORECASE,
)
# a drug given before the trial, after progression, or as a condition of eligibility: no arm
_NOT_GIVEN_HERE = re.compile(
    r"\b(?:prior|previous(?:ly)?|subsequent(?:ly)?|before|after|progress\w*|refractory|intoleran\w*|failed|"
    r"eligib\w*|excluded|included|(?:first|second|third|\d)(?:st|nd|rd|th)?[\s-]line|had)\b",
    re.IGNORECASE,
)
# an arm given a letter or number, its regimen in brackets: "arm A (gemcitabine) or arm B (gemcitabine plus C)"
_LETTERED = re.compile(rf"\b(?:arm|group|cohort)\s(?:[A-Z]|\d{{1,2}})\s\((?P<g>{_REGIMEN})\)", re.IGNORECASE)


_CHOICE = r"(?:investigator|physician|treating\sphysician)['’]s\schoice"


def _regimen(part: str) -> str | None:
    """An alternative of an assignment as its regimen, its dose, schedule and route left out, or ``None``: the
    words after the regimen must be its dosing or end the clause ("A or B and were stratified by ...")."""
    part = re.sub(r"^(?:either\s|receive\s|(?:treatment|therapy)\swith\s)+", "", part.strip(), flags=re.IGNORECASE)
    part = _DOSING.split(part, maxsplit=1)[0].strip()
    # "the physician's choice of chemotherapy": the choice is the arm; the words after it end the clause or tell
    # how it was given or allocated ("A or B using an interactive voice system"): "B using" is no drug's name
    m = re.match(
        rf"(?:the\s)?(?P<g>{_CHOICE}(?:\sof\s{_REGIMEN})?|{_REGIMEN})(?=\s?(?:,|$)|\s{_FOLLOWS})",
        part,
        re.IGNORECASE,
    )
    return m.group("g") if m else None


def _alternatives(listed: str) -> list[str]:
    """The arms of the list an assignment sentence gives ("A, B, or C and were stratified ..."): the items up to
    the one after the first "or" / "versus", when each is a regimen; else none."""
    tokens = re.split(r"(,\s(?:or\s)?|\s(?:or|versus|vs\.?)\s)", listed)
    parts, seps = tokens[0::2], tokens[1::2]
    ors = [i for i, sep in enumerate(seps) if re.search(r"\bor\b|\bversus\b|\bvs\b", sep)]
    if not ors or ors[0] + 2 > 4:
        return []
    found = [_regimen(p) for p in parts[: ors[0] + 2]]
    return [f for f in found if f] if all(found) else []


def _unbracketed(sentence: str) -> str:
    """The sentence without its brackets ("A (n = 120) or B (n = 118)" is "A or B")."""
    return re.sub(r"\s?\([^()]*\)|\s?\[[^\[\]]*\]", "", sentence)


def regimen_names(text: str) -> list[str]:
    """The whole regimens of the arms the paper's design sentences introduce (see the module's rules)."""
    names: list[str] = []
    randomised = bool(re.search(r"\brandomi[sz]", text, re.IGNORECASE))
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        if about_other_study(sentence):
            continue
        plain = _unbracketed(sentence)
        found: list[str] = []
        for m in _ALTERNATIVES.finditer(plain):
            found.extend(_alternatives(m.group("list")))
        received = _RECEIVED.match(plain) if randomised and not _NOT_GIVEN_HERE.search(plain) else None
        if received:
            found.extend(_alternatives(received.group("list")))
        for m in _COUNTED.finditer(plain):
            found.extend([m.group("a"), m.group("b")])
        for m in _COMPARING.finditer(plain):
            found.extend(g for g in m.group("a", "b", "c", "d", "e", "f") if g)
        title = _TITLE.match(plain)
        if title:
            found.extend(title.group("a", "b"))
        if _ALTERNATIVES.search(sentence) and len(_LETTERED.findall(sentence)) >= 2:
            found.extend(_LETTERED.findall(sentence))  # "randomized to arm A (X) or arm B (Y)"
        for name in found:
            # "nolatrexed (NOL) or doxorubicin (DOX)": the short name the arm is given in brackets right after it
            short = re.search(rf"(?<![\w-]){re.escape(name)}\s\((?P<a>[A-Z][A-Z0-9+/-]{{1,9}})\)", sentence)
            names.extend([name, short.group("a")] if short else [name])
    return names
