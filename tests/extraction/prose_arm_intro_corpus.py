"""How a trial paper introduces its arms in prose, so that a later sentence naming an arm by its drug ("8.1 months
with sunitinib and 5.5 months with capecitabine") is read with its groups: "randomly assigned (1:1) to receive A or
B", "randomised to A 37.5 mg daily or B 1250 mg/m2 twice daily" (a dose after the name), "120 received A and 118
received B", "allocated to A or B", "compared A with B", titles and objectives ("A versus B in ..."), combination
arms ("A plus B", "A + B", "A and B combination"), "A alone" / "A monotherapy", arm letters ("Arm A (X)").
Hard negatives: a drug named only as background ("after progression on prior sorafenib"), another trial's arms, a
drug named once in eligibility, and a pairing of values to arms the sentence does not make certain: withheld.

Sentence forms sampled from public abstracts found with the ``search`` tool (corpus ``pages``: e.g. the sunitinib
versus capecitabine breast-cancer trial, "randomly assigned to receive either DC (n = 167) ... or D (n = 152)",
"randomly assigned to receive sunitinib 37.5 mg once per day or sorafenib 400 mg twice per day"); drugs, numbers and
wording varied; none a golden paper. Every gold was written before any paragraph was read back.

Entry: ``(intro, results, gold)``: the paragraphs (the intro first, as a Methods paragraph; the results after it,
each a paragraph of its own) and ``gold``: each scored value and the arm it must be read with (lowercase, compared
with the record's arm (one of ``|``-separated alternatives) lowercased and stripped of a leading "the " and a
trailing " group"/" arm"), or ``None``: it must be withheld (no record of that value). Scored by :func:`score`.

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (figures:
tests/extraction/test_prose_arm_intro.py).
"""

from __future__ import annotations

import re

from extractors.prose import read_paragraphs

Entry = tuple[str, str, dict[float, str | None]]

MEDIANS = "Median progression-free survival was 8.1 months with sunitinib and 5.5 months with capecitabine."
BOTH: dict[float, str | None] = {8.1: "sunitinib", 5.5: "capecitabine"}
NEITHER: dict[float, str | None] = {8.1: None, 5.5: None}

CORPUS: list[Entry] = [
    # randomly assigned (1:1) to receive A or B
    ("Patients were randomly assigned (1:1) to receive sunitinib or capecitabine.", MEDIANS, BOTH),
    (
        "Eligible patients were randomised to receive either sunitinib (n = 120) or capecitabine (n = 118).",
        MEDIANS,
        BOTH,
    ),
    ("Methods: In this open-label trial, patients were randomised 1:1 to sunitinib or capecitabine.", MEDIANS, BOTH),
    # a dose after the name
    ("Patients were randomized 2:1 to sunitinib 37.5 mg daily or capecitabine 1250 mg/m2 twice daily.", MEDIANS, BOTH),
    (
        "Patients were stratified and randomly assigned to receive sunitinib 37.5 mg once per day or capecitabine "
        "1,250 mg/m2 twice per day.",
        MEDIANS,
        BOTH,
    ),
    (
        "Patients were randomized (1:1) to sunitinib 37.5 mg/day or capecitabine 1,250 mg/m2 BID on days 1-14 q3w.",
        MEDIANS,
        BOTH,
    ),
    # counts received / assigned
    (
        "A total of 238 patients were enrolled: 120 received sunitinib and 118 received capecitabine.",
        MEDIANS,
        BOTH,
    ),
    ("Of 238 patients, 120 were assigned to sunitinib and 118 to capecitabine.", MEDIANS, BOTH),
    ("We randomly allocated 238 patients to sunitinib or capecitabine.", MEDIANS, BOTH),
    (
        "We randomly assigned 238 patients to receive sunitinib (120 patients) or capecitabine (118 patients).",
        MEDIANS,
        BOTH,
    ),
    # compared / versus in the design, the title, the objective
    (
        "This phase 3 trial compared sunitinib with capecitabine in patients with advanced breast cancer.",
        MEDIANS,
        BOTH,
    ),
    (
        "Phase III randomized trial of sunitinib versus capecitabine in patients with previously treated "
        "HER2-negative advanced breast cancer.",
        MEDIANS,
        BOTH,
    ),
    (
        "Objective: To compare the efficacy of sunitinib and capecitabine in patients with advanced breast cancer.",
        MEDIANS,
        BOTH,
    ),
    # combination arms
    (
        "Patients were randomized to atezolizumab plus bevacizumab or sorafenib.",
        "The ORR was 27.3% with atezolizumab plus bevacizumab and 11.9% with sorafenib.",
        {27.3: "atezolizumab plus bevacizumab", 11.9: "sorafenib"},
    ),
    (
        "Patients were randomly assigned to receive sunitinib plus docetaxel or docetaxel alone.",
        "Median progression-free survival was 8.6 months with sunitinib plus docetaxel and 6.1 months with docetaxel "
        "alone.",
        {8.6: "sunitinib plus docetaxel", 6.1: "docetaxel alone"},
    ),
    (
        "Patients were randomly assigned (1:1) to receive nivolumab + ipilimumab or sunitinib.",
        "The objective response rate was 42% with nivolumab + ipilimumab and 27% with sunitinib.",
        {42: "nivolumab + ipilimumab", 27: "sunitinib"},
    ),
    (
        "Patients were randomized 1:1 to placebo plus fulvestrant or alpelisib plus fulvestrant.",
        "Median progression-free survival was 11.0 months with alpelisib plus fulvestrant and 5.7 months with placebo "
        "plus fulvestrant.",
        {11.0: "alpelisib plus fulvestrant", 5.7: "placebo plus fulvestrant"},
    ),
    (
        "Patients were randomly assigned to receive FOLFOX or FOLFOX-bevacizumab.",
        "The response rate was 38% with FOLFOX-bevacizumab and 24% with FOLFOX.",
        {38: "folfox-bevacizumab", 24: "folfox"},
    ),
    (
        "Patients were randomized to receive capecitabine monotherapy or sunitinib and capecitabine combination.",
        "The objective response rate was 19% with capecitabine monotherapy and 29% with sunitinib and capecitabine "
        "combination.",
        {19: "capecitabine monotherapy", 29: "sunitinib and capecitabine combination"},
    ),
    # arm letters, dose cohorts
    (
        "Patients were randomized to Arm A (sunitinib) or Arm B (capecitabine).",
        "Median progression-free survival was 8.1 months in Arm A and 5.5 months in Arm B.",
        {8.1: "arm a", 5.5: "arm b"},
    ),
    (
        "Patients received eribulin at 50 mg/m² or 70 mg/m².",
        "The objective response rate was 18% in the 70 mg/m² cohort and 9% in the 50 mg/m² cohort.",
        {18: "70 mg/m²", 9: "50 mg/m²"},
    ),
    # hard negatives: background, eligibility, another trial, uncertain pairing
    (
        "Patients had progressed after prior sorafenib and were treated with regorafenib.",
        "Median overall survival was 10.6 months with regorafenib and 7.8 months with sorafenib.",
        {10.6: None, 7.8: None},
    ),
    (
        "Eligible patients had received no more than one prior line of capecitabine-based chemotherapy.",
        "Median progression-free survival was 8.1 months with sunitinib and 5.5 months with capecitabine.",
        NEITHER,
    ),
    (
        "Patients were randomly assigned to receive sunitinib or capecitabine.",
        "Median progression-free survival was 8.1 and 5.5 months with sunitinib and capecitabine.",
        NEITHER,
    ),
    (
        "In the earlier RESORCE trial, patients were randomized to regorafenib or placebo.",
        "Median progression-free survival was 8.1 months with sunitinib and 5.5 months with capecitabine.",
        NEITHER,
    ),
]

SECOND: list[Entry] = [
    # "We aimed to compare A with B in ..." (an objective)
    (
        "We aimed to compare gefitinib with placebo in patients with oesophageal cancer progressing after "
        "chemotherapy.",
        "Median overall survival was 3.7 months with gefitinib and 3.6 months with placebo.",
        {3.7: "gefitinib", 3.6: "placebo"},
    ),
    # "Patients received A or B (dose)" in a randomised trial's methods
    (
        "This randomised double-blind trial enrolled 204 patients. Patients received placebo or megestrol acetate "
        "(320 mg daily).",
        "Median overall survival was 1.9 months with megestrol acetate and 2.1 months with placebo.",
        {1.9: "megestrol acetate", 2.1: "placebo"},
    ),
    # "We tested A against B"
    (
        "We tested megestrol acetate against placebo in patients with advanced hepatocellular carcinoma.",
        "Median overall survival was 1.9 months with megestrol acetate and 2.1 months with placebo.",
        {1.9: "megestrol acetate", 2.1: "placebo"},
    ),
    # an arm's short name in brackets after its regimen
    (
        "Patients were randomly assigned to receive nolatrexed (NOL) or doxorubicin (DOX).",
        "Median overall survival was 22.3 weeks for NOL and 32.3 weeks for DOX.",
        {22.3: "nol", 32.3: "dox"},
    ),
    # a Lancet decimal point in the doses
    (
        "Patients were randomly assigned (1:1) to sunitinib 37·5 mg daily or capecitabine 1250 mg/m² twice daily.",
        "Median progression-free survival was 8·1 months with sunitinib and 5·5 months with capecitabine.",
        BOTH,
    ),
    # three arms, one a combination
    (
        "Participants were randomised (2:1:1) to receive durvalumab plus tremelimumab, durvalumab alone, or sorafenib.",
        "The objective response rate was 20.1% with durvalumab plus tremelimumab, 17.0% with durvalumab alone, and "
        "5.1% with sorafenib.",
        {20.1: "durvalumab plus tremelimumab", 17.0: "durvalumab alone", 5.1: "sorafenib"},
    ),
    # "N patients were assigned to A and M to B"
    (
        "In this randomized phase II trial, 120 patients were assigned to pembrolizumab and 118 to docetaxel.",
        "Median overall survival was 10.4 months with pembrolizumab and 8.5 months with docetaxel.",
        {10.4: "pembrolizumab", 8.5: "docetaxel"},
    ),
    # a two-word drug; the comparator a physician's choice
    (
        "Patients were randomly assigned in a 2:1 ratio to receive trastuzumab deruxtecan or the physician's choice of "
        "chemotherapy.",
        "Median progression-free survival was 9.9 months with trastuzumab deruxtecan and 5.1 months with the "
        "physician's choice of chemotherapy.",
        {9.9: "trastuzumab deruxtecan", 5.1: "physician's choice of chemotherapy|chemotherapy"},
    ),
    # a title "trial of A plus B versus A alone in ..."
    (
        "Randomised trial of gemcitabine plus nab-paclitaxel versus gemcitabine alone in metastatic pancreatic cancer.",
        "Median overall survival was 8.5 months with gemcitabine plus nab-paclitaxel and 6.7 months with gemcitabine "
        "alone.",
        {8.5: "gemcitabine plus nab-paclitaxel", 6.7: "gemcitabine alone"},
    ),
    # a bare title "A versus B in ...: results of a randomized trial"
    (
        "Sunitinib versus sorafenib in advanced hepatocellular cancer: results of a randomized phase III trial.",
        "Median overall survival was 7.9 months with sunitinib and 10.2 months with sorafenib.",
        {7.9: "sunitinib", 10.2: "sorafenib"},
    ),
    # arm letters with the regimen in brackets
    (
        "Patients were randomized to arm A (gemcitabine) or arm B (gemcitabine plus erlotinib).",
        "Median overall survival was 6.2 months with gemcitabine plus erlotinib and 5.9 months with gemcitabine.",
        {6.2: "gemcitabine plus erlotinib|arm b", 5.9: "gemcitabine|arm a"},
    ),
    # monotherapy against a combination
    (
        "Patients were randomized 1:1 to olaparib monotherapy or olaparib plus cediranib.",
        "The objective response rate was 48% with olaparib plus cediranib and 28% with olaparib monotherapy.",
        {48: "olaparib plus cediranib", 28: "olaparib monotherapy"},
    ),
    # doses as arms
    (
        "Patients were randomized to receive lenvatinib 18 mg or 24 mg once daily.",
        "The objective response rate was 32% in the 24 mg arm and 26% in the 18 mg arm.",
        {32: "24 mg", 26: "18 mg"},
    ),
    # a route before the name; schedules in brackets
    (
        "Eligible patients were randomly allocated (1:1) to receive either oral capecitabine or intravenous "
        "fluorouracil (425 mg/m² on days 1-5 every 4 weeks).",
        "The 3-year disease-free survival was 64.2% with capecitabine and 60.6% with fluorouracil.",
        {64.2: "capecitabine|oral capecitabine", 60.6: "fluorouracil|intravenous fluorouracil"},
    ),
    # hard negatives
    (
        "Patients who had progressed on or were intolerant to sorafenib were randomly assigned to regorafenib or "
        "placebo.",
        "Median overall survival was 10.6 months with regorafenib and 7.8 months with sorafenib.",
        {7.8: None},
    ),
    ("Patients had previously received sunitinib or capecitabine.", MEDIANS, NEITHER),
    ("Patients previously treated with sunitinib or capecitabine were excluded.", MEDIANS, NEITHER),
    (
        "Patients were randomly assigned to receive sunitinib or capecitabine.",
        "Median progression-free survival was 8.1 and 5.5 months in the two arms.",
        NEITHER,
    ),
    (
        "A previous phase 3 trial compared sunitinib with capecitabine in this setting [12].",
        MEDIANS,
        NEITHER,
    ),
    # (added with the second set's fixes, to hold the rules they brought: subsequent therapy, a result's comparison)
    (
        "In this randomised trial, patients received sunitinib or capecitabine as second-line therapy after "
        "progression.",
        MEDIANS,
        NEITHER,
    ),
    ("Compared with capecitabine, sunitinib was associated with more grade 3 toxicity.", MEDIANS, NEITHER),
    ("Other randomised trials have compared sunitinib with capecitabine in this setting.", MEDIANS, NEITHER),
]


def _norm(arm: str | None) -> str:
    arm = (arm or "").strip().lower()
    arm = re.sub(r"^the\s", "", arm)
    return re.sub(r"\s(?:group|arm|cohort)$", "", arm)


def score(entries: list[Entry]) -> tuple[int, int, int, list[str]]:
    """(right, withheld, silently wrong, one line per value not right)."""
    right = withheld = wrong = 0
    notes: list[str] = []
    for intro, results, gold in entries:
        records, _ = read_paragraphs([intro, results])
        for value, arm in gold.items():
            got = [r for r in records if r.value is not None and abs(float(r.value) - value) < 1e-9]
            if arm is None:
                if got:
                    wrong += 1
                    notes.append(f"WRONG {value} read {[r.arm for r in got]} (withheld): {intro[:60]}")
                else:
                    right += 1
                continue
            if not got:
                withheld += 1
                notes.append(f"withheld {value} ({arm}): {intro[:60]}")
            elif all(_norm(r.arm) in arm.split("|") for r in got):
                right += 1
            else:
                wrong += 1
                notes.append(f"WRONG {value} read {[r.arm for r in got]} ({arm}): {intro[:60]}")
    return right, withheld, wrong, notes
