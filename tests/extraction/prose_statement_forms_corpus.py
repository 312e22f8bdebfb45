"""Counts and shares of people in result prose that no statement form read, or whose endpoint the reader did not
find, sampled from public results paragraphs (PubMed/PMC abstracts, journal pages; oncology phase 1-2, haematology,
transplantation) found with the ``search`` tool; each entry's comment gives the address whose sentence showed the
grammar. Drugs, numbers and wording are invented; only the grammar is kept. Every number's gold was written before
the paragraphs were read back. Format as tests/extraction/prose_sampled_forms_corpus.py (``G(value, statistic,
endpoint, group, optional)``; endpoint ``None``: a number no reviewer files as a result, which must not be emitted).
The "led to" golds were widened after first contact to accept the sentence's own order too ("X leading to Y" for
"X led to Y in N", the wording of the project's other corpora and of the tuning golds): same meaning; first
contact was scored without it.

The rules this corpus was written for (branch stmtforms) were merged and then reverted: on the held-out real papers
they added 2 right labelled values and 5 mislabeled ones while adding 14 on tuning files (docs/accuracy.md). The
corpus is kept, with its score (``python -m tests.extraction.prose_statement_forms_score``), as gold for a next
attempt; no test asserts it.

``FORMS`` names each entry's family:
  - "subject verb": people counted, then a finite verb no rule read ("One subject failed to complete both treatment
    periods", "Four patients did not receive treatment", "Seven patients had been treated with IFN", "30 patients
    enroled into the study", "Seven of the 19 patients remain alive at 32 months");
  - "share subject": a share of people, then such a verb ("Sixty-five percent of patients were considered resistant
    to prior taxane treatment", "40.7% initiated ARPI treatment without distant metastases");
  - "passive in": a thing done to the treatment, or what it led to, in a count or share of people ("The sunitinib
    dose was reduced in 28% of patients", "Treatment-related AEs led to discontinuation in 12% of patients");
  - "negative": design sentences, background, another study's numbers; withheld or not emitted.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TRAE_STOP = (
    "discontinuation due to treatment-related adverse events"
    "|treatment-related adverse events leading to discontinuation"
)
AE_INTERRUPT = "dose interruption due to adverse events|adverse events leading to dose interruption"
HFS_REDUCED = "dose reductions due to hand-foot syndrome|hand-foot syndrome leading to dose reductions"
ONE_ARM = "Patients received dravomab intravenously every 3 weeks until progression or unacceptable toxicity."
TWO_ARM = "Patients were randomly assigned in a 1:1 ratio to receive lutenib or capecitabine."

# fmt: off
CORPUS: list[Entry] = [
    # https://yvm2020.authorea.com/users/365122/articles/485356/download_zip ("1 patient received less than the
    # required amount of study agent due to progressive disease and 1 patient voluntarily withdrew")
    (
        ONE_ARM,
        "One subject failed to complete both treatment periods for reasons unrelated to treatment.",
        [G(1, "count", "failed to complete both treatment periods", None)],
    ),
    # same source ("2 patients progressed before receiving sufficient study drug")
    (
        ONE_ARM,
        "Three patients progressed before receiving sufficient study drug.",
        [G(3, "count", "progressed before receiving sufficient study drug", None)],
    ),
    # https://acemap.info/paper/233457482 ("one other patient did not receive treatment on day 15 as planned")
    (
        TWO_ARM,
        "Five patients randomized to the capecitabine arm did not receive treatment.",
        [G(5, "count", "did not receive treatment", "capecitabine")],
    ),
    (
        ONE_ARM,
        "Two patients did not receive the second infusion because of infusion-related reactions.",
        [G(2, "count", "did not receive the second infusion", None)],
    ),
    # https://ashpublications.net/blood/article/107/4/1724 ("Seventeen (41%) patients have died, 5 of progressive
    # disease")
    (
        ONE_ARM,
        "Fourteen (38%) patients have died, 6 of progressive disease.",
        [G(14, "count", "died", None), G(38, "percent", "died", None), G(6, "count", "*", None, True)],
    ),
    # same source ("Eleven (27%) patients had relapses and received escalated donor lymphocyte infusions")
    (
        ONE_ARM,
        "Nine (22%) patients had relapses and received escalated donor lymphocyte infusions.",
        [G(9, "count", "relapses", None), G(22, "percent", "relapses", None)],
    ),
    # https://www.wiley.com DLBCL ("Twenty-four patients (75%) had undergone prior autologous HCT.")
    (
        ONE_ARM,
        "Twenty-one patients (68%) had undergone prior autologous transplantation.",
        [
            G(21, "count", "prior autologous transplantation", None),
            G(68, "percent", "prior autologous transplantation", None),
        ],
    ),
    # siltuximab-type sentence ("Seven patients had been treated with IFNα and four with ...")
    (
        ONE_ARM,
        "Eight patients had been treated with interferon alfa before enrolment.",
        [G(8, "count", "treated with interferon alfa", None)],
    ),
    # https://www.proquest.com Tectin ("73 patients ... were enrolled and completed the study")
    (
        ONE_ARM,
        "Between March 2015 and June 2016, 36 patients enrolled into the study.",
        [G(36, "count", "enrolled", None)],
    ),
    (
        ONE_ARM,
        "Seven of the 22 patients remain alive at a minimum of 30 months from trial initiation.",
        [G(7, "count", "alive at 30 months", None), G(22, "denominator", None, None), G(30, "*", None, None)],
    ),
    # https://vdocuments.site ALL salvage ("Only 22 patients (8%) were able to undergo allogeneic stem cell
    # transplantation")
    (
        ONE_ARM,
        "Only 19 patients (7%) were able to undergo allogeneic stem cell transplantation.",
        [
            G(19, "count", "allogeneic stem cell transplantation", None),
            G(7, "percent", "allogeneic stem cell transplantation", None),
        ],
    ),
    # https://c.coek.info mini-BEAM ("Thirty-eight of 104 patients ultimately demonstrated sufficient response to
    # proceed to ABMT")
    (
        ONE_ARM,
        "Forty-one of 96 patients ultimately demonstrated sufficient response to proceed to transplantation.",
        [G(41, "count", "sufficient response to proceed to transplantation", None), G(96, "denominator", None, None)],
    ),
    # lu177-type ("six participants had predicted cumulative renal doses exceeding the 23 Gy threshold")
    (
        ONE_ARM,
        "Five participants had predicted cumulative renal doses exceeding the threshold.",
        [G(5, "count", "predicted cumulative renal doses exceeding the threshold", None)],
    ),
    # https://nlp.case.edu denileukin ("32 (71%) were refractory to the last chemotherapy treatment")
    (
        ONE_ARM,
        "Four patients switched to the higher dose after progression.",
        [G(4, "count", "switched to the higher dose", None)],
    ),
    # https://ashpublications.net/blood/article/93/12/4149 ("Ninety-two percent of patients achieved CHR with HHT")
    (
        ONE_ARM,
        "Eighty-seven percent of patients achieved a complete hematologic remission.",
        [G(87, "percent", "complete hematologic remission", None)],
    ),
    # sunitinib-type ("Sixty-five percent of patients in both arms were considered resistant to prior taxane treatment")
    (
        TWO_ARM,
        "Sixty percent of patients were considered resistant to prior taxane treatment.",
        [G(60, "percent", "resistant to prior taxane treatment", None)],
    ),
    # lu177-type ("40.7% initiated prior ARPI treatment without distant metastases (M0) and 25.9% while hormone
    # sensitive")
    (
        ONE_ARM,
        "Overall, 44.4% initiated prior hormonal treatment without distant metastases.",
        [G(44.4, "percent", "initiated prior hormonal treatment without distant metastases", None)],
    ),
    # https://nlp.case.edu denileukin ("Of the 45 patients assessable for response, 32 (71%) were refractory to the
    # last chemotherapy treatment")
    (
        ONE_ARM,
        "Of the 40 patients assessable for response, 27 (68%) were refractory to the last chemotherapy regimen.",
        [
            G(40, "*", "*", None, True),
            G(27, "count", "refractory to the last chemotherapy regimen", None),
            G(68, "percent", "refractory to the last chemotherapy regimen", None),
        ],
    ),
    # sunitinib-type ("The sunitinib dose was reduced in 28% of patients, while capecitabine was dose-reduced ...")
    (
        ONE_ARM,
        "The dravomab dose was reduced in 31% of patients.",
        [G(31, "percent", "dose reduction", None)],
    ),
    (
        ONE_ARM,
        "The dose was reduced in 11 patients (18%) because of neutropenia.",
        [G(11, "count", "dose reduction", None), G(18, "percent", "dose reduction", None)],
    ),
    (
        ONE_ARM,
        "Treatment was delayed in 9 patients (15%).",
        [G(9, "count", "treatment delay", None), G(15, "percent", "treatment delay", None)],
    ),
    # sunitinib-type ("Treatment-related AEs led to discontinuation from the study in ... (12%)"); acemap MEN-10755
    # ("a grade 3 acute hypersensitivity reaction resulting in discontinuation of treatment")
    (
        ONE_ARM,
        "Treatment-related adverse events led to discontinuation in 14% of patients.",
        [
            G(14, "percent", TRAE_STOP, None),
        ],
    ),
    (
        ONE_ARM,
        "Adverse events led to dose interruption in 21 patients (35%).",
        [
            G(21, "count", AE_INTERRUPT, None),
            G(35, "percent", AE_INTERRUPT, None),
        ],
    ),
    (
        ONE_ARM,
        "Hand-foot syndrome resulted in dose reductions in 6 patients (10%).",
        [
            G(6, "count", HFS_REDUCED, None),
            G(10, "percent", HFS_REDUCED, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3228100 ("A partial response was observed in eight patients (9.5%)")
    (
        ONE_ARM,
        "A partial response was observed in seven patients (8.2%) and stable disease lasting more than 4 months was "
        "observed in 15 patients (18%).",
        [
            G(7, "count", "partial response", None), G(8.2, "percent", "partial response", None),
            G(15, "count", "stable disease", None), G(18, "percent", "stable disease", None),
            G(4, "*", None, None),
        ],
    ),
    # https://ashpublications.net/blood/article/107/4/1724 ("All but 3 patients had initial hematologic recovery")
    (
        ONE_ARM,
        "Twelve patients (31%) received escalated donor lymphocyte infusions.",
        [
            G(12, "count", "escalated donor lymphocyte infusions", None),
            G(31, "percent", "escalated donor lymphocyte infusions", None),
        ],
    ),
    # sunitinib-type ("At data cutoff, 33% of sunitinib- and 29% of capecitabine-treated patients had died.")
    (
        ONE_ARM,
        "At data cutoff, 41% of patients had died.",
        [G(41, "percent", "died", None)],
    ),
    # https://bohrium.dp.tech/paper/arxiv/22377564 ("5 of the 1181 patients (0.4%) died from toxicity")
    (
        ONE_ARM,
        "Three of the 260 patients (1.2%) died from toxicity that was at least possibly drug related.",
        [
            G(3, "count", "died from toxicity", None),
            G(1.2, "percent", "died from toxicity", None),
            G(260, "denominator", None, None),
        ],
    ),
    # negatives: design, background, another trial
    # https://yvm2020.authorea.com ("patients needed to receive 17 or more doses of prescribed therapy during the
    # dose-finding period to be evaluable")
    (
        ONE_ARM,
        "Patients needed to receive 15 or more doses during the dose-finding period to be evaluable.",
        [G(15, "*", None, None)],
    ),
    # same source ("at least 3 patients were to be enrolled")
    (
        ONE_ARM,
        "A sample size of 3 to 18 patients was planned for each dose level.",
        [G(3, "*", None, None), G(18, "*", None, None)],
    ),
    # https://c.coek.info mini-BEAM ("Only 15% of patients who failed to respond to mini-BEAM responded to another
    # conventional dose salvage regimen")
    (
        ONE_ARM,
        "In earlier series, 20% of patients failed to respond to salvage therapy.",
        [G(20, "*", None, None)],
    ),
    (
        ONE_ARM,
        "Historically, 30% of patients with this disease relapse within two years.",
        [G(30, "*", None, None)],
    ),
]
FORMS: list[str] = [
    "subject verb", "subject verb", "subject verb", "subject verb", "subject verb", "subject verb", "subject verb",
    "subject verb", "subject verb", "subject verb", "subject verb", "subject verb", "subject verb", "subject verb",
    "share subject", "share subject", "share subject", "share subject",
    "passive in", "passive in", "passive in", "passive in", "passive in", "passive in", "passive in",
    "subject verb", "share subject", "subject verb",
    "negative", "negative", "negative", "negative",
]
# fmt: on

# Written after the first set's fixes, from sources the first set did not use; gold first.
# fmt: off
SECOND: list[Entry] = [
    # https://ashpublications.net/blood/article/102/9/3447 ("Thus far, 57% of patients have achieved complete
    # remissions and 26% have achieved partial remissions")
    (
        ONE_ARM,
        "Thus far, 48% of patients have achieved complete remissions and 31% have achieved partial remissions.",
        [G(48, "percent", "complete remissions", None), G(31, "percent", "partial remissions", None)],
    ),
    # same source ("One patient (2%) died before day 100 from disease progression.")
    (
        ONE_ARM,
        "One patient (3%) died before day 100 from disease progression.",
        [G(1, "count", "died", None), G(3, "percent", "died", None), G(100, "*", None, None)],
    ),
    # same source ("Thirty-eight percent of patients developed acute graft-versus-host disease")
    (
        ONE_ARM,
        "Forty-two percent of patients developed acute graft-versus-host disease.",
        [G(42, "percent", "acute graft-versus-host disease", None)],
    ),
    # https://ashpublications.net/blood/article/90/10/3844 ("Thirty-nine were transplanted in first complete
    # remission and 13 in first partial remission")
    (
        ONE_ARM,
        "Thirty-one patients were transplanted in first complete remission and 9 in first partial remission.",
        [
            G(31, "count", "transplanted in first complete remission", None),
            G(9, "count", "first partial remission", None, True),
        ],
    ),
    # same source ("Two SNCCL patients died of venoocclusive disease at 25 days")
    (
        ONE_ARM,
        "Three patients died of infection during the first cycle.",
        [G(3, "count", "died of infection", None)],
    ),
    # https://aacrjournals.org/clincancerres/article/11/21/7861 ("Grades 3 to 4 myelosuppression was seen in 57% of
    # patients")
    (
        ONE_ARM,
        "Grade 3 to 4 myelosuppression was seen in 46% of patients.",
        [G(46, "percent", "grade 3-4 myelosuppression", None)],
    ),
    # same source ("Forty-two patients were enrolled, 22 of these patients were chemotherapy-naive.")
    (
        ONE_ARM,
        "Thirty-eight patients were enrolled; 17 of these patients had failed prior platinum therapy.",
        [G(38, "count", "enrolled", None), G(17, "count", "failed prior platinum therapy", None, True)],
    ),
    # https://si.frajer.net/readmsg.aspx?msgid=21064598 ("Four patients achieved stable disease")
    (
        ONE_ARM,
        "Two patients discontinued the study drug after the first cycle and five patients withdrew consent.",
        [G(2, "count", "discontinued", None), G(5, "count", "withdrew consent", None)],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/41623425 ("Relapse or disease progression has
    # occurred in 27% of patients, of whom half have died")
    (
        ONE_ARM,
        "Relapse or disease progression has occurred in 33% of patients.",
        [G(33, "percent", "relapse or disease progression", None)],
    ),
    # https://nlp.case.edu (denileukin: "all were previously treated with rituximab"); the pluperfect of the first
    # set's siltuximab-type sentence
    (
        ONE_ARM,
        "Eleven patients had been treated with two or more prior regimens.",
        [G(11, "count", "previously treated with two or more prior regimens", None)],
    ),
    (
        TWO_ARM,
        "Six patients assigned to the lutenib arm failed to start treatment.",
        [G(6, "count", "failed to start treatment", "lutenib")],
    ),
    # sunitinib-type interruption with its duration, and a reduction of the dose
    (
        ONE_ARM,
        "Dravomab was withheld in 14 patients (23%) for a median of 8 days.",
        [
            G(14, "count", "dravomab withheld", None), G(23, "percent", "dravomab withheld", None),
            G(8, "median", "duration of withholding|duration of dravomab withholding", None),
        ],
    ),
    (
        ONE_ARM,
        "The dose of dravomab was reduced in 17% of patients because of fatigue.",
        [G(17, "percent", "dose reduction", None)],
    ),
    (
        ONE_ARM,
        "Neutropenia led to treatment discontinuation in 4 patients (7%).",
        [
            G(4, "count", "neutropenia leading to treatment discontinuation", None),
            G(7, "percent", "neutropenia leading to treatment discontinuation", None),
        ],
    ),
    # negatives: design and the setting's knowledge
    (
        ONE_ARM,
        "Patients were required to have received at least 2 prior regimens.",
        [G(2, "*", None, None)],
    ),
    (
        ONE_ARM,
        "In prior reports, 40% of patients discontinued therapy within the first year.",
        [G(40, "*", None, None)],
    ),
]
SECOND_FORMS: list[str] = [
    "share subject", "subject verb", "share subject", "subject verb", "subject verb", "passive in", "subject verb",
    "subject verb", "passive in", "subject verb", "subject verb", "passive in", "passive in", "passive in",
    "negative", "negative",
]
# fmt: on
