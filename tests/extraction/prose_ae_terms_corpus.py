"""Adverse-event terms in result prose whose words are joined by an en dash, a hyphen, a slash or "and", or which
carry a bracketed abbreviation: "hand–foot syndrome (32%)", "palmar–plantar erythrodysesthesia", "Stevens–Johnson
syndrome", "graft-versus-host disease", "ALT/AST increased", "nausea/vomiting", "alanine aminotransferase (ALT)
increased (20%)"; a grade said inside the term's bracket ("neutropenia (grade 3, 10%)", "rash (32% any grade; 5%
grade ≥3)"); counts with "n = 5"; lists closed by "and" or an Oxford comma; and "X occurred in N% of patients (in the
A arm)". Forms from public pages found with the ``search`` tool (corpus ``pages``: journal abstracts, PMC tables,
EviQ summaries), none a golden paper; drugs and numbers are invented. Each entry's comment gives the address whose
text showed the form. Every gold was written before any paragraph was read back.

Hard negatives: one percent after coordinated terms ("fatigue and nausea (30%)") is each term's or the pair's and
stays withheld (gold endpoint ``None``) unless the wording makes it one term ("nausea/vomiting"); a pair printed as
one MedDRA-style term ("nausea and vomiting (30%)") is optional (read whole or withheld, never as one of its words);
a number never goes to a neighbouring term.

Entry format and scoring: those of tests/extraction/prose_ae_forms_corpus.py (``G(value, statistic, endpoint,
group[, optional])``; an AE endpoint "[grade G] [scope] term"), scored by tests/extraction/prose_ae_terms_score.py.
``CORPUS`` is the first-contact set; ``SECOND`` the second instances, written after the fix, from other pages."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received lorvatinib orally once daily until disease progression or unacceptable toxicity."
TWO_ARMS = "Patients were randomly assigned to sunitinib or capecitabine."

CORPUS: list[Entry] = [
    # https://link.springer.com/article/10.1007%2Fs12094-012-0858-3 ("Hand–foot syndrome (HFS) is a limiting
    # toxicity of capecitabine"): an en dash joins the term's words, in a list closed by an Oxford comma
    (
        ONE_ARM,
        "The most common adverse events were fatigue (45%), nausea and vomiting (30%), diarrhoea (25%), and "
        "hand–foot syndrome (32%).",
        [
            G(45, "percent", "fatigue", None),
            G(30, "percent", "nausea and vomiting", None, True),
            G(25, "percent", "diarrhoea", None),
            G(32, "percent", "hand-foot syndrome", None),
        ],
    ),
    # the same list with a hyphen: read before any change, the en dash must read alike
    (
        ONE_ARM,
        "The most common adverse events were fatigue (41%), nausea (28%), and hand-foot syndrome (22%).",
        [
            G(41, "percent", "fatigue", None),
            G(28, "percent", "nausea", None),
            G(22, "percent", "hand-foot syndrome", None),
        ],
    ),
    # a list by arm whose second item is an en-dash term with the same share as the third ("diarrhea (40%),
    # hand–foot syndrome (32%), nausea (32%)"): the 32% of the dashed term must never go to its neighbour
    (
        TWO_ARMS,
        "The five most commonly reported treatment-related AEs on sunitinib were diarrhea (40%), hand–foot "
        "syndrome (32%), nausea (32%), fatigue (30%), and vomiting (28%).",
        [
            G(40, "percent", "TRAE diarrhea", "sunitinib"),
            G(32, "percent", "TRAE hand-foot syndrome", "sunitinib"),
            G(32, "percent", "TRAE nausea", "sunitinib"),
            G(30, "percent", "TRAE fatigue", "sunitinib"),
            G(28, "percent", "TRAE vomiting", "sunitinib"),
        ],
    ),
    # "X occurred in N% of patients in the A arm": an en-dash term with a grade; the elided second clause
    # ("and nausea/vomiting in 8%") does not say whose arm, and stays withheld
    (
        TWO_ARMS,
        "Grade 3 hand–foot syndrome occurred in 10% of patients in the sunitinib arm, and nausea/vomiting in 8%.",
        [
            G(10, "percent", "grade 3 hand-foot syndrome", "sunitinib"),
            G(8, "percent", "nausea/vomiting", "sunitinib", True),
        ],
    ),
    # http://studylib.net/doc/18628137/oncologist%C2%AE ("Hand–foot skin reaction • ... • Palmar–plantar
    # erythrodysesthesia"); https://pmc.ncbi.nlm.nih.gov/articles/PMC5031350/table/Tab4 (CTCAE terms); slashed pair
    (
        ONE_ARM,
        "The most common treatment-related adverse events with sunitinib were nausea (40%), hand-foot skin "
        "reaction (32%), alanine aminotransferase/aspartate aminotransferase increased (20%) and palmar–plantar "
        "erythrodysesthesia (18%).",
        [
            G(40, "percent", "TRAE nausea", None),
            G(32, "percent", "TRAE hand-foot skin reaction", None),
            G(20, "percent", "TRAE alanine aminotransferase/aspartate aminotransferase increased", None),
            G(18, "percent", "TRAE palmar-plantar erythrodysesthesia", None),
        ],
    ),
    # eponymous terms joined by an en dash, a hyphenated term, a CTCAE term with its abbreviation bracket
    (
        ONE_ARM,
        "Adverse events included Stevens–Johnson syndrome (2%), graft-versus-host disease (12%) and alanine "
        "aminotransferase (ALT) increased (20%).",
        [
            G(2, "percent", "Stevens-Johnson syndrome", None),
            G(12, "percent", "graft-versus-host disease", None),
            G(20, "percent", "alanine aminotransferase increased", None),
        ],
    ),
    # a grade inside the term's bracket ("neutropenia (grade 3, 10%)"), two grades in one bracket
    (
        ONE_ARM,
        "The most common adverse events were neutropenia (grade 3, 10%), rash (32% any grade; 5% grade ≥3) and "
        "ALT/AST increased (15%).",
        [
            G(10, "percent", "grade 3 neutropenia", None),
            G(32, "percent", "any grade rash", None),
            G(5, "percent", "grade ≥3 rash", None),
            G(15, "percent", "ALT/AST increased", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7934044/table/table5-1756286420987941 ("ALT increase", "AST
    # increase"): slashed abbreviations, "n = " counts
    (
        ONE_ARM,
        "Treatment-related adverse events included ALT/AST elevation (n = 6), nausea/vomiting (n = 4) and "
        "hand–foot skin reaction (n = 3).",
        [
            G(6, "count", "TRAE ALT/AST elevation", None),
            G(4, "count", "TRAE nausea/vomiting", None),
            G(3, "count", "TRAE hand-foot skin reaction", None),
        ],
    ),
    # hard negative: one percent after two coordinated terms is not the second term's
    (
        ONE_ARM,
        "The most common adverse events were fatigue (38%), hand–foot syndrome and stomatitis (27%), and rash (12%).",
        [
            G(38, "percent", "fatigue", None),
            G(27, "percent", None, None),
            G(12, "percent", "rash", None),
        ],
    ),
    # https://www.eviq.org.au/medical-oncology/colorectal/adjuvant-and-neoadjuvant/74-colorectal-adjuvant-capecitabine
    # ("higher incidence of hand and foot syndrome (60% vs 9%) and hyperbilirubinaemia (50% vs 20%) in patients
    # treated with capecitabine"): "hand and foot syndrome" is one term; the "vs" bracket gives the two arms
    (
        TWO_ARMS,
        "There was a higher incidence of hand and foot syndrome (58% vs 11%) and stomatitis (40% vs 18%) with "
        "capecitabine than with sunitinib.",
        [
            G(58, "percent", "hand and foot syndrome", "capecitabine", True),
            G(11, "percent", "hand and foot syndrome", "sunitinib", True),
            G(40, "percent", "stomatitis", "capecitabine"),
            G(18, "percent", "stomatitis", "sunitinib"),
        ],
    ),
    # https://proxy.weglot.com/.../pubmed.ncbi.nlm.nih.gov/11853000 ("Twenty-eight (68.3%) of the 41 patients had at
    # least one episode of HFS"): an abbreviation bracket after the term, then a count with its share
    (
        ONE_ARM,
        "Hand–foot syndrome (HFS) was reported in 31 patients (19.6%).",
        [
            G(31, "count", "hand-foot syndrome", None),
            G(19.6, "percent", "hand-foot syndrome", None),
        ],
    ),
    # an en dash spaced as a parenthesis is no term joint: the list inside it reads as a list
    (
        ONE_ARM,
        "The most frequent toxicities – fatigue (35%), mucositis (22%) and hand–foot syndrome (19%) – were mostly "
        "grade 1 or 2.",
        [
            G(35, "percent", "fatigue", None),
            G(22, "percent", "mucositis", None),
            G(19, "percent", "hand-foot syndrome", None),
        ],
    ),
    # an em dash closed up as a parenthesis: "AEs—fatigue (..)": never "AEs-fatigue"
    (
        ONE_ARM,
        "The most common AEs—fatigue (33%), hand–foot syndrome (21%) and diarrhea (17%)—were manageable.",
        [
            G(33, "percent", "fatigue", None),
            G(21, "percent", "hand-foot syndrome", None),
            G(17, "percent", "diarrhea", None),
        ],
    ),
    # "X occurred in N% of patients" with an eponym and a graded en-dash term
    (
        ONE_ARM,
        "Grade 3 palmar–plantar erythrodysesthesia occurred in 7% of patients.",
        [G(7, "percent", "grade 3 palmar-plantar erythrodysesthesia", None)],
    ),
    # hard negative: a percent said of a pair joined by "or" stays withheld, the next item is read
    (
        ONE_ARM,
        "Adverse events included diarrhoea or constipation (24%) and hand–foot syndrome (14%).",
        [
            G(24, "percent", None, None),
            G(14, "percent", "hand-foot syndrome", None),
        ],
    ),
    # grade qualifiers in the list head, an en-dash term last
    (
        ONE_ARM,
        "Grade 3 or 4 adverse events included neutropenia (18%), hypertension (9%) and hand–foot skin reaction (6%).",
        [
            G(18, "percent", "grade 3-4 neutropenia", None),
            G(9, "percent", "grade 3-4 hypertension", None),
            G(6, "percent", "grade 3-4 hand-foot skin reaction", None),
        ],
    ),
    # a bracketed abbreviation then a count and share ("n (%)" form)
    (
        ONE_ARM,
        "Treatment-emergent adverse events included aspartate aminotransferase (AST) increased (12, 24.0%) and "
        "hand–foot syndrome (9, 18.0%).",
        [
            G(12, "count", "TEAE aspartate aminotransferase increased", None),
            G(24.0, "percent", "TEAE aspartate aminotransferase increased", None),
            G(9, "count", "TEAE hand-foot syndrome", None),
            G(18.0, "percent", "TEAE hand-foot syndrome", None),
        ],
    ),
    # a term broken at a line end after its en dash ("hand– foot syndrome")
    (
        ONE_ARM,
        "The most common adverse events were diarrhea (40%), hand– foot syndrome (32%) and nausea (29%).",
        [
            G(40, "percent", "diarrhea", None),
            G(32, "percent", "hand-foot syndrome", None),
            G(29, "percent", "nausea", None),
        ],
    ),
]

SECOND: list[Entry] = [
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3203323/table/T1 ("acute GVHD grades II–IV", "III–IV"): a Roman
    # grade range joined by an en dash before a hyphenated term
    (
        ONE_ARM,
        "Grade III–IV acute graft-versus-host disease occurred in 19% of patients.",
        [G(19, "percent", "grade 3-4 acute graft-versus-host disease", None)],
    ),
    # slashed pair, CTCAE term with its abbreviation, an eponym with an en dash, Oxford comma
    (
        ONE_ARM,
        "The most frequent TEAEs were nausea/vomiting (38%), alanine aminotransferase (ALT) increased (21%), and "
        "Stevens–Johnson syndrome (3%).",
        [
            G(38, "percent", "TEAE nausea/vomiting", None),
            G(21, "percent", "TEAE alanine aminotransferase increased", None),
            G(3, "percent", "TEAE Stevens-Johnson syndrome", None),
        ],
    ),
    # http://studylib.net/doc/18628137/oncologist%C2%AE ("hand–foot skin reaction (HFSR), a condition affecting
    # 20%– 40% of patients"): the abbreviation and the share in one bracket
    (
        ONE_ARM,
        "Toxicities included hand–foot skin reaction (HFSR; 45%), hypertension (30%) and AST/ALT elevation (12%).",
        [
            G(45, "percent", "hand-foot skin reaction", None),
            G(30, "percent", "hypertension", None),
            G(12, "percent", "AST/ALT elevation", None),
        ],
    ),
    # https://link.springer.com/article/10.1007%2Fs12094-012-0858-3 ("HFS was reported in 31 patients (19.6 %)"):
    # an en-dash subject with a count and share per arm
    (
        TWO_ARMS,
        "Palmar–plantar erythrodysesthesia was reported in 14 patients (28%) in the capecitabine arm and 3 (6%) in "
        "the sunitinib arm.",
        [
            G(14, "count", "palmar-plantar erythrodysesthesia", "capecitabine"),
            G(28, "percent", "palmar-plantar erythrodysesthesia", "capecitabine"),
            G(3, "count", "palmar-plantar erythrodysesthesia", "sunitinib"),
            G(6, "percent", "palmar-plantar erythrodysesthesia", "sunitinib"),
        ],
    ),
    # "n = " counts after en-dash and slashed terms, a serious scope
    (
        ONE_ARM,
        "Serious adverse events included febrile neutropenia (n = 4), Stevens–Johnson syndrome (n = 1) and "
        "nausea/vomiting (n = 2).",
        [
            G(4, "count", "serious febrile neutropenia", None),
            G(1, "count", "serious Stevens-Johnson syndrome", None),
            G(2, "count", "serious nausea/vomiting", None),
        ],
    ),
    # hard negative: a grade and share bracketed after two coordinated terms stay withheld
    (
        ONE_ARM,
        "The most common adverse events were fatigue (40%), and diarrhoea and hand–foot syndrome (grade 3, 12%).",
        [
            G(40, "percent", "fatigue", None),
            G(12, "percent", None, None),
        ],
    ),
    # a grade inside each term's bracket, the list the subject of its sentence
    (
        ONE_ARM,
        "Neutropenia (grade ≥3, 24%) and thrombocytopenia (grade ≥3, 11%) were the most common haematological "
        "toxicities.",
        [
            G(24, "percent", "grade ≥3 neutropenia", None),
            G(11, "percent", "grade ≥3 thrombocytopenia", None),
        ],
    ),
    # https://www.eviq.org.au/... ("hand and foot syndrome (60% vs 9%)"); any grade then an elided grade-3 clause
    (
        TWO_ARMS,
        "Hand–foot syndrome of any grade occurred in 61% of patients receiving capecitabine, grade 3 in 16%.",
        [
            G(61, "percent", "any grade hand-foot syndrome", "capecitabine"),
            G(16, "percent", "grade 3 hand-foot syndrome", "capecitabine", True),
        ],
    ),
    # an irAE list whose last term joins two eponymous terms by a slash
    (
        ONE_ARM,
        "The most common irAEs were hypothyroidism (14%), immune-mediated hepatitis (6%) and Stevens–Johnson "
        "syndrome/toxic epidermal necrolysis (1%).",
        [
            G(14, "percent", "irAE hypothyroidism", None),
            G(6, "percent", "irAE immune-mediated hepatitis", None),
            G(1, "percent", "irAE Stevens-Johnson syndrome/toxic epidermal necrolysis", None),
        ],
    ),
    # a "vs" bracket per term by arm, the second term with an en dash: each value is its own term's
    (
        TWO_ARMS,
        "Diarrhoea (34% vs 40%) and hand–foot syndrome (61% vs 32%) were reported with capecitabine and sunitinib, "
        "respectively.",
        [
            G(34, "percent", "diarrhoea", "capecitabine"),
            G(40, "percent", "diarrhoea", "sunitinib"),
            G(61, "percent", "hand-foot syndrome", "capecitabine"),
            G(32, "percent", "hand-foot syndrome", "sunitinib"),
        ],
    ),
]
