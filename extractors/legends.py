"""A table legend cut into scoped statements: which clause speaks for which rows, columns or parameters.

A legend says what its numbers are in clauses, each with a scope:

- "Data are median (IQR) or n (%)": the whole table;
- "Geometric means (95% CI) for AUCinf and Cmax, median (range) for Tmax": the parameters each names;
- "Values are geometric mean (CV%) except Tmax, which is median (range)": everything but Tmax, and Tmax;
- "Baseline values are median (IQR); changes are mean (95% CI)": the rows or columns about the baseline,
  and those about the change.

:func:`scoped_statements` returns them as plain data (:class:`Clause`); :func:`applicable` picks the clauses
that speak for one cell from its row and column labels, most specific first. A statement is never blended
with another: each clause is returned whole, and two scoped clauses that both claim a cell are both returned
so the caller can refuse the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# a statistic phrase: "median (IQR)", "geometric mean (95% CI)", "n (%)", "mean ± SD"
_STAT = (
    r"(?:(?:geometric|arithmetic|least.squares|ls|adjusted)\s+)?(?:means?|medians?|gm|lsm)\s*"
    r"(?:\([^)]*\)|\[[^\]]*\]|±\s*s[de]m?s?\b)"
    r"|(?:n|no\.|number)\s*\(%\)|counts?\s*\(%\)|(?:n|no\.|number)\s*\(percent(?:age)?\)"
    # an estimate with no statistic of its own, scoped like any other so that its cells are withheld, never read
    # as the table-wide statement ("t½ values are harmonic means ± jackknife SD")
    r"|(?:harmonic|trimmed)\s+means?(?:\s*±\s*(?:(?:pseudo|jack-?knife)[- ]?)?s[de]m?\b)?"
)
_STAT_RE = re.compile(_STAT, re.IGNORECASE)
# words that name a part of a table by what its rows or columns are about
_ASPECTS = ("baseline", "change", "difference", "ratio", "end of treatment", "follow-up", "week", "month")


@dataclass(frozen=True, slots=True)
class Clause:
    """One statement of a legend and the labels it speaks for.

    ``targets``: normalised label keys the clause names (empty: the whole table); ``aspect``: a word the
    clause is scoped by ("baseline", "change"), matched anywhere in the labels; ``excluded``: keys the
    clause explicitly does not speak for ("except Tmax")."""

    statement: str
    targets: tuple[str, ...] = ()
    aspect: str | None = None
    excluded: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def scoped(self) -> bool:
        return bool(self.targets or self.aspect)


_NON_WORD = re.compile(r"\W")


def key(text: str) -> str:
    """A label's normalised key: lowercase alphanumerics ("AUC0–∞ (ng·h/mL)" -> "auc0ngh...")."""
    return _NON_WORD.sub("", text.lower().replace("∞", "inf").replace("½", "12"))


def label_keys(labels: list[str] | tuple[str, ...]) -> list[str]:
    """Each label's first term, normalised: "AUCinf (ng h/mL)" -> "aucinf", "Tmax, h" -> "tmax"."""
    out = []
    for label in labels:
        head = re.split(r"[\s,(]", label.strip(), maxsplit=1)[0]
        out.append(key(head))
    return out


def _targets(text: str) -> tuple[str, ...]:
    return tuple(key(name) for name in _names(text))


def _names(text: str) -> tuple[str, ...]:
    """The names a clause lists, as printed ("AUC , C , CL/F and Vz/F" -> "AUC", "C", "CL/F", "Vz/F")."""
    out = []
    for target in re.split(r",\s*|\s+and\s+|\s+or\s+", text):
        head = re.match(r"[A-Za-z0-9/_.∞½–-]+", target.strip())
        k = key(head.group(0)) if head else ""
        if head and k and k not in ("the", "all", "other", "others", "parameters", "values"):
            out.append(head.group(0))
            whole = target.strip()
            if re.fullmatch(r"[A-Za-z]{4,}(?:\s[A-Za-z]+){1,3}", whole):
                out.append(whole)  # a name of several words ("accumulation ratio") is also named whole
    return tuple(out)


def _sentences(notes: str) -> list[str]:
    """Legend clauses: sentences and ";"-separated parts (abbreviation lists are kept whole)."""
    # ", and the between-group differences are ...": a clause of its own subject
    parts = re.split(rf"(?<=[.;])\s+(?=[A-Z(a-z])|;\s*|,\s+and\s+(?={_CLAUSE_OPENING})", notes, flags=re.IGNORECASE)
    return [p.strip() for p in parts if p.strip()]


_FOR = re.compile(
    rf"(?P<stat>{_STAT})\s+(?:(?:is|are)\s+(?:shown|given|presented|reported|listed)\s+)?for\s+(?P<targets>.+?)"
    r"(?=,?\s*(?:and\s+)?(?:(?:geometric|arithmetic|least|adjusted)\s+)?(?:means?\b|medians?\b|gm\b)|[;.]"
    r"|,?\s*(?:and\s+)?(?:n|no\.|number|counts?)\s*\(%\)"  # "... and n (%) for categorical variables"
    r"|(?-i:\s[a-z](?:[A-Z]|n\s?=))|$)",
    re.IGNORECASE,
)
# "mean (SD) for continuous variables and n (%) for categorical variables", "median (IQR) for skewed data": a "for"
# naming a kind of variable (its scale or its distribution), not rows -- the statements speak for the whole table,
# and the cells' arithmetic tells which is whose (as in "Data are mean (SD) or n (%)")
_KIND_OF_VARIABLE = re.compile(
    r"^(?:the\s+|all\s+)?(?:(?:other|remaining)\s+)?(?:(?:continuous|categorical|numerical|numeric|quantitative|qualitative"
    r"|dichotomous|binary|ordinal|nominal|discrete|skewed|(?:non-?|not\s+)?normally[\s-]+distributed|non-?normal|normal"
    r"|gaussian|non-?gaussian|parametric|non-?parametric)\s+(?:and\s+|or\s+)?)+"
    r"(?:variables?|data|measures?|measurements?|outcomes?|characteristics?|values?|parameters?|endpoints?|end\s+points?|ones)$",
    re.IGNORECASE,
)


# "for all parameters", "for all other variables except tmax, for which ...": a "for" naming every row of the table
# (its exceptions are read by the "except" forms), no rows of its own
_EVERY_ROW = re.compile(
    r"^(?:all|every|each)\s+(?:(?:other|remaining)\s+)?(?:(?:pk|pharmacokinetic|reported|listed|summary)\s+)?"
    r"(?:parameters?|variables?|values?|data|measures?|analytes?|endpoints?|outcomes?)\b(?:\s*,?\s+except\b.*)?$",
    re.IGNORECASE,
)


def _kind_of_variable(targets: str) -> bool:
    said = targets.strip().rstrip(",")
    return bool(_KIND_OF_VARIABLE.match(said) or _EVERY_ROW.match(said))


_EXCEPT = re.compile(  # "except Tmax, median (range)", "[except for tmax: median (minimum–maximum)]"
    r"except(?:\s+for)?\s+(?P<targets>[A-Za-z0-9/ ,∞½–-]+?)\s*[,:]?\s+"
    r"(?:which\s+(?:is|are)\s+|(?:is|are)\s+)?(?:shown\s+|presented\s+|given\s+|reported\s+|expressed\s+|listed\s+)?"
    rf"(?:as\s+)?(?P<stat>{_STAT}|[^.;]+)",
    re.IGNORECASE,
)
# an exception that is a statement alone, its rows marked by a footnote mark the text layer may have lost
_EXCEPT_KEYED = re.compile(rf"except(?:\s+for)?\s+(?:[a-h*†‡§]\s?)?(?P<stat>{_STAT})", re.IGNORECASE)
# the next exception of an "except" list, with its own statistic: ", and accumulation ratio, mean (SD)"
_AND_EXCEPT = re.compile(
    r"\s*,?\s+(?:and\s+)?(?P<targets>[A-Za-z][A-Za-z0-9/ ∞½–-]*?)\s*,?\s+"
    r"(?:which\s+(?:is|are)\s+|(?:is|are)\s+)?(?:shown\s+|presented\s+|given\s+|expressed\s+)?(?:as\s+)?"
    rf"(?P<stat>{_STAT})",
    re.IGNORECASE,
)
# "except for tmax and tlast, where values are median (min, max)": the names run up to the connective word
_EXCEPT_NAMED = re.compile(
    r"except(?:\s+for)?\s+(?P<targets>[A-Za-z0-9/ ,∞½–-]+?)\s*,?\s+"
    r"(?:(?:which|where|for\s+which|when)\s+(?:(?:the\s+)?(?:values?|data|it|they)\s+)?(?:is|are)"
    r"|(?:is|are))\s+(?:shown\s+|presented\s+|given\s+|reported\s+|expressed\s+|listed\s+)?(?:as\s+)?"
    rf"(?P<stat>{_STAT})",
    re.IGNORECASE,
)
# "STAT and STAT for A and B, respectively", "except A and B: STAT and STAT, respectively", "A and B are STAT and STAT,
# respectively": a list of names and a list of statistics paired in order by "respectively"
_STAT_LIST = rf"(?:{_STAT})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_STAT}))+"
_NAME_LIST = r"[A-Za-z][A-Za-z0-9/ ,∞½–-]*?"
_RESPECTIVELY = re.compile(
    rf"(?P<stats>{_STAT_LIST})\s+(?:(?:is|are)\s+(?:shown|given|presented|reported|listed)\s+)?for\s+"
    rf"(?P<names>{_NAME_LIST})\s*,?\s+respectively"
    rf"|(?P<except>except(?:\s+for)?\s+)?(?P<names2>{_NAME_LIST})\s*(?::|,|\s(?:is|are|was|were)\s+"
    r"(?:(?:shown|given|presented|reported|expressed|listed)\s+)?(?:as\s+)?)\s*"
    rf"(?P<stats2>{_STAT_LIST})\s*,?\s+respectively",
    re.IGNORECASE,
)


def _names_rows(m: re.Match[str]) -> bool:
    """Does a "respectively" list name rows? "Continuous and categorical variables are mean (SD) and n (%),
    respectively" names kinds of variable: the statements speak for the whole table, and the cells' arithmetic tells
    which is whose."""
    names = _names(m.group("names") or m.group("names2"))
    return bool(names) and not any(_GENERIC_SUBJECT.match(n) or _kind_of_variable(f"{n} variables") for n in names)


def _strip_respectively(notes: str) -> str:
    return _RESPECTIVELY.sub(lambda m: "" if _names_rows(m) else m.group(0), notes)


def _respectively(sentence: str) -> tuple[re.Match[str], list[Clause], tuple[str, ...]] | None:
    """The clauses of a "respectively" statement, each name with the statistic in its place, and the names it speaks
    for; where the lists differ in length, each name gets every statistic (two statements: its cells are refused)."""
    m = _RESPECTIVELY.search(sentence) if "respectively" in sentence.lower() else None
    if m is None or not _names_rows(m):
        return None
    stats = [s.group(0) for s in _STAT_RE.finditer(m.group("stats") or m.group("stats2"))]
    names = _names(m.group("names") or m.group("names2"))
    single = [n for n in names if " " not in n] or list(names)
    if len(single) == len(stats):
        clauses = [Clause(stat, targets=(key(name),), names=(name,)) for name, stat in zip(single, stats, strict=True)]
    else:
        clauses = [Clause(stat, targets=(key(name),), names=(name,)) for name in single for stat in stats]
    return m, clauses, tuple(key(name) for name in single)


# "Tmax is presented as median (min–max)", "tmax values are median (range)", "Tmax: median (range)": a clause
# whose subject names the parameters it speaks for (a generic subject -- "Data", "Values", "All other
# parameters" -- speaks for the whole table)
_SUBJECT = re.compile(
    # "The t1/2 values are harmonic means": the article is no part of the names
    r"^(?:the\s+)?(?P<targets>[A-Za-z][A-Za-z0-9/ ,∞½–-]{0,40}?)\s*(?:values?\s+)?"
    r"(?::|(?:is|are|was|were)\s+(?:(?:shown|given|presented|reported|expressed|listed|summari[sz]ed)\s+)?(?:as\s+)?)\s*"
    rf"(?P<stat>{_STAT})",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:[a-h](?=[A-Z])|[a-h]\s+(?=[A-Z]))?(?:the\s+)?(?:data|values?|results?|numbers?|figures?|estimates?|statistics?|all\b|other\b|continuous\b"
    r"|categorical\b|variables?|parameters?|pk parameters?|pharmacokinetic parameters?|summary|entries|cells?"
    # the statement's verb before it, its subject after ("Shown are means (SD)", "Given are medians (IQR)")
    r"|(?:shown|given|presented|reported|listed|displayed|depicted|expressed|summari[sz]ed)\b)",
    re.IGNORECASE,
)
# a contrast stated with its interval in a clause of its own ("ratios are ratios of adjusted means, % (90% CI)")
_CONTRAST_CI = r"(?:ratios?|differences?)\s+of\s+[^;]*?\(\s*\d{2}(?:\.\d)?\s*%\s*ci\)"
_ASPECT = re.compile(
    rf"(?P<subject>(?P<aspect>{'|'.join(_ASPECTS)})\w*(?:\s+\w+){{0,3}}?)\s+(?:values?\s+)?(?:is|are)\s+"
    rf"(?:(?:shown|given|presented|reported|expressed|listed)\s+as\s+)?(?P<stat>{_STAT}|{_CONTRAST_CI})",
    re.IGNORECASE,
)
# "Values alone and with rifampin are geometric means (95% CI)", "Values at baseline and at 12 months are mean (SD)":
# a generic subject narrowed to the columns (or rows) its qualifiers name; capitalised, as it opens a sentence (a
# glossary with no full stop may run into it: "... elimination phase Values alone and with ...")
_QUALIFIED = re.compile(
    r"(?<![A-Za-z0-9])(?:[a-h](?=[A-Z]))?(?-i:(?:The\s+)?(?:Values?|Data))\s+"
    r"(?P<quals>(?:at|alone|with|without|on|during|before|after)\b[^;:()]{0,60}?)\s+(?:is|are|were)\s+"
    rf"(?:(?:shown|given|presented|reported|expressed|listed|summari[sz]ed)\s+)?(?:as\s+)?(?P<stat>{_STAT})",
    re.IGNORECASE,
)
# "Data are mean (SD) at baseline and week 36, and mean (95% CI) for changes": a statistic stated for the time points
# it names, up to the next statistic or the clause's end
_STAT_AT = re.compile(
    rf"(?P<stat>{_STAT})\s+(?:at|during)\s+(?P<quals>[^;.()]+?)(?=,?\s*(?:and\s+)?(?:{_STAT})|,\s*and\b|[;.]|$)",
    re.IGNORECASE,
)
_TIME_POINT = re.compile(
    r"^(?:baseline|follow.?up|end of|screening|randomi[sz]ation|visit|(?:week|month|day|year)s?\s*\d"
    r"|\d+\s*-?\s*(?:weeks?|months?|days?|years?)$)",
    re.IGNORECASE,
)
# a sentence whose subject is one aspect of the table's columns ("Changes from baseline are ...", "Differences
# between groups are ...")
# (the contrasts only: a sentence about "baseline characteristics" may speak for a whole baseline table)
_CONTRAST_SUBJECT = (
    r"(?:the\s+)?(?:(?!(?:data|values?|variables?)\b)[\w-]+\s+){0,2}?(?P<aspect>change|difference|ratio)(?:e?s)?\b"
    r"(?:[^;:,]{0,40}?\s(?:is|are|was|were)\s|\s*:)"
)
_ASPECT_SUBJECT = re.compile(rf"^(?:[a-h](?=[A-Z]))?{_CONTRAST_SUBJECT}", re.IGNORECASE)
_CLAUSE_OPENING = _CONTRAST_SUBJECT.replace("(?P<aspect>", "(?:")  # the same, capturing nothing (for re.split)
_QUAL_LEAD = re.compile(r"^(?:at|on|during|the)\s+", re.IGNORECASE)


def _subject_parts(subject: str, aspect: str | None = None) -> tuple[str, ...]:
    """The parts a clause's subject lists, each a scope of its own: "Baseline and week 36" -> "baseline",
    "week 36"; "alone and with rifampin" -> "alone", "with rifampin". A part that names a time point keeps its
    number ("week 36" is not "week 12"); an aspect word keeps only the word ("changes" -> "change")."""
    out: list[str] = []
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", subject.strip()):
        low = _QUAL_LEAD.sub("", part.strip().lower()).strip()
        if not low:
            continue
        word = next((a for a in _ASPECTS if low.startswith(a)), None)
        if re.search(r"\d", low) or word is None:
            out.append(re.sub(r"\s+values?$", "", low))
        else:
            out.append(word)
    if aspect and not out:
        out.append(aspect.lower())
    return tuple(dict.fromkeys(out))


def scoped_statements(notes: str) -> list[Clause]:
    """The legend's statements with their scopes, in the order printed (parsed once per legend)."""
    return list(_scoped(notes))


@lru_cache(maxsize=256)
def _scoped(notes: str) -> tuple[Clause, ...]:
    out: list[Clause] = []
    for sentence in _sentences(notes):
        found: list[Clause] = []
        paired = _respectively(sentence)
        if paired is not None:
            m, clauses, names = paired
            found.extend(clauses)
            # the rest of the sentence speaks for every other row ("Values are geometric mean (CV%), except ...")
            rest = sentence[: m.start()] + " " + sentence[m.end() :]
            excluded = names if m.group("except") else ()
            found.extend(Clause(s.group(0), excluded=excluded) for s in _STAT_RE.finditer(rest))
            out.extend(found)
            continue
        for m in _FOR.finditer(sentence):
            if _kind_of_variable(m.group("targets")):
                continue
            found.append(
                Clause(m.group("stat"), targets=_targets(m.group("targets")), names=_names(m.group("targets")))
            )
        keyed = _EXCEPT_KEYED.search(sentence)
        exc = None if keyed else _EXCEPT_NAMED.search(sentence) or _EXCEPT.search(sentence)
        if keyed or exc:
            # "except ᵃmedian (range) and accumulation ratio, mean (SD)": an exception keyed by a footnote mark names
            # no rows here (the mark's own footnote speaks for its cells); the exceptions after it do
            targets = () if exc is None else _targets(exc.group("targets"))
            if exc is not None:
                found.append(Clause(exc.group("stat").strip(), targets=targets, names=_names(exc.group("targets"))))
            at = exc.end() if exc is not None else keyed.end() if keyed else 0
            start = exc.start() if exc is not None else keyed.start() if keyed else 0
            # "except Tmax, median (range), and accumulation ratio, mean (SD)": each exception with its own statistic
            while more := _AND_EXCEPT.match(sentence, at):
                also = _targets(more.group("targets"))
                found.append(Clause(more.group("stat").strip(), targets=also, names=_names(more.group("targets"))))
                targets = (*targets, *also)
                at = more.end()
            rest = sentence[:start]
            for m in _STAT_RE.finditer(rest):
                found.append(Clause(m.group(0), excluded=targets))
        for m in _STAT_AT.finditer(sentence):
            parts = _subject_parts(m.group("quals"))
            if parts and all(_TIME_POINT.search(part) for part in parts):
                found.extend(Clause(m.group("stat"), aspect=part) for part in parts)
        qualified = None if found else _QUALIFIED.search(sentence)
        if qualified:
            for part in _subject_parts(qualified.group("quals")):
                found.append(Clause(qualified.group("stat"), aspect=part))
        for m in _ASPECT.finditer(sentence, qualified.end() if qualified else 0):  # past the qualified subject
            for part in _subject_parts(m.group("subject"), m.group("aspect")):
                found.append(Clause(m.group("stat"), aspect=part))
        subject = None if found else _named_subject(sentence)
        if subject:
            found.append(
                Clause(
                    subject.group("stat"),
                    targets=_targets(subject.group("targets")),
                    names=_names(subject.group("targets")),
                )
            )
        if not found:
            stats = [m.group(0) for m in _STAT_RE.finditer(sentence)]
            aspect = _ASPECT_SUBJECT.match(sentence)
            if stats and aspect:
                # "Changes are adjusted mean differences (SE)": a sentence about one aspect speaks for its columns
                # only, even in words no clause form reads -- never for the whole table
                found.append(Clause(sentence, aspect=aspect.group("aspect").lower()))
            elif stats:
                # "Data are median (IQR) or n (%)": one table-wide statement, whole
                found.append(Clause(sentence))
        out.extend(found)
    return tuple(out)


def _claims(clause: Clause, keys: list[str], joined: str, heads: list[str] | None = None) -> bool:
    # "for changes" names the "Change" columns: a plural target names its singular label
    named = any(t in keys or (t.endswith("s") and t[:-1] in keys) for t in clause.targets)
    truncated = heads is not None and any(_truncated(name, head) for name in clause.names for head in heads)
    if clause.targets and not named and not truncated:
        return False
    return not clause.aspect or bool(re.search(rf"\b{re.escape(clause.aspect)}", joined))


def _truncated(name: str, head: str) -> bool:
    """A legend name whose subscript was set on another line ("AUC", "C", "T" for AUCinf, Cmax, Tmax) names
    the labels it begins, letter case kept: "t" (t1/2) is not "T" (Tmax)."""
    return len(name) < len(head) and head.startswith(name) and not head[len(name)].isspace()


_HEAD_END = re.compile(r"[\s,(]")


def _heads(labels: list[str]) -> list[str]:
    return [_HEAD_END.split(label.strip(), maxsplit=1)[0] for label in labels]


def applicable(
    clauses: list[Clause], row: tuple[str, ...], column: tuple[str, ...]
) -> tuple[list[Clause], list[Clause]]:
    """(scoped, general): the scoped clauses that claim a cell with these labels, and the table-wide ones
    that are not excluded for it."""
    keys = label_keys([*row, *column])
    joined = " ".join([*row, *column]).lower()
    scoped = [c for c in clauses if c.scoped and _claims(c, keys, joined)]
    if not any(c.targets for c in scoped):
        # no clause names this cell's labels whole: a name whose subscript was lost may begin one
        heads = [h for h in _heads([*row, *column]) if h]
        scoped += [c for c in clauses if c.scoped and c.targets and c not in scoped and _claims(c, keys, joined, heads)]
    aspects = [c for c in scoped if c.aspect]
    if len({c.aspect for c in aspects}) > 1:
        # "Change from baseline" names both "change" and "baseline": the word its label starts with wins
        first = _first_aspect([*row, *column], {c.aspect for c in aspects if c.aspect})
        if first is not None:
            scoped = [c for c in scoped if not c.aspect or c.aspect == first]
    general = [c for c in clauses if not c.scoped and not any(t in keys for t in c.excluded)]
    return scoped, general


def _first_aspect(labels: list[str], aspects: set[str]) -> str | None:
    """In the innermost label naming any of ``aspects``, the one named first."""
    for label in labels:
        low = label.lower()
        at = {a: m.start() for a in aspects if (m := re.search(rf"\b{re.escape(a)}", low))}
        if at:
            ordered = sorted(at.items(), key=lambda kv: kv[1])
            return ordered[0][0]
    return None


@lru_cache(maxsize=256)  # asked once per cell of a table, always with the same legend
def strip_scoped(notes: str) -> str:
    """The legend without its scoped clauses: what speaks for the whole table."""
    text = _without_exceptions(_strip_respectively(notes))
    text = _FOR.sub(lambda m: m.group(0) if _kind_of_variable(m.group("targets")) else "", text)
    text = _ASPECT.sub("", text)
    text = _STAT_AT.sub(_unless_time_points, _QUALIFIED.sub("", text))
    return " ".join(
        sentence
        for sentence in _sentences(text)
        if not _named_subject(sentence) and not _ASPECT_SUBJECT.match(sentence)
    )


def _without_exceptions(notes: str) -> str:
    """The legend without its "except" clauses, each with the exceptions listed after it ("except Tmax, median
    (min–max), and t½, arithmetic mean (SD)"): a later exception's statistic speaks for its own rows only."""
    out, at = [], 0
    while found := [m for m in (_EXCEPT_NAMED.search(notes, at), _EXCEPT.search(notes, at)) if m]:
        m = min(found, key=lambda m: m.start())  # the named form first where both start at one word
        end = m.end()
        while more := _AND_EXCEPT.match(notes, end):
            end = more.end()
        out.append(notes[at : m.start()])
        at = end
    return "".join([*out, notes[at:]])


def _unless_time_points(m: re.Match[str]) -> str:
    parts = _subject_parts(m.group("quals"))
    return "" if parts and all(_TIME_POINT.search(part) for part in parts) else m.group(0)


def _named_subject(sentence: str) -> re.Match[str] | None:
    """A clause whose subject is a list of parameter names, each one word ("Tmax", "tmax and tlast", "AUC, Cmax"):
    a noun phrase ("Patient characteristics", "Continuous variables") is no list of labels."""
    m = _SUBJECT.match(re.sub(r"^(?:[a-h]|[*†‡§¶#]+)\s*(?=[A-Z])", "", sentence))  # a footnote mark before it
    if m is None or _GENERIC_SUBJECT.match(m.group("targets")):
        return None
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s+or\s+", m.group("targets")) if p.strip()]
    if not parts or any(" " in p or p.lower() in _ASPECTS or not _name_like(p) for p in parts):
        return None
    return m if _targets(m.group("targets")) else None


def _name_like(word: str) -> bool:
    """A parameter's or a label's name: short ("Age", "Tmax", "tlast") or shaped like one ("AUC0-inf", "t1/2",
    "CL/F", "LVEDVi"); a long plain word ("Frequencies", "Measurements") is not."""
    return len(word) <= 6 or bool(re.search(r"\d|/|.[A-Z]", word))


def general_statements(notes: str) -> list[str]:
    """The statistic phrases the legend states for the whole table ("median (IQR)", "geometric mean (95% CI)"),
    each whole, in the order printed."""
    return list(_general_statements(notes))


@lru_cache(maxsize=256)
def _general_statements(notes: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _STAT_RE.finditer(strip_scoped(notes)))
