"""Result paragraphs in the sentence forms of real papers (tests/extraction/prose_sampled_forms_corpus.py: 64
paragraphs, written gold first in the forms of ~40 public results paragraphs, each citing the address that showed
its form), read back and scored per number (tests/extraction/prose_sampled_forms_score.py).

First contact, on the code of the branch's start (of 283 result numbers; non-results and optional numbers that
were not emitted are "kept out"): 180 right, 87 withheld with a finding, 14 silently wrong (4 of them non-results
emitted: a relative risk reduction, two P values of a men-versus-women comparison, a "more than 6 months"
threshold), 2 silently missed, 45 kept out. Two scoring fixes came before these figures were taken, neither a
change of gold: "response rate" is scored as the endpoint word a record "ORR" names, and two numbers of one value
are matched to the record that reads each right.

Families fixed, each with a second, differently worded instance (entries 65-81, written gold first after the fix):

- precision: values and terms joined by slashes ("ORR/DCR was 45%/70%"); an interval after the share in a
  fraction's bracket ("14/52 (27%; 95% CI 16-41%)"); a printed fraction after a share ("30% of patients (n =
  12/40)") is the share's count; a median in words with its unit ("a median of seven months"); a duration threshold
  ("for more than 6 months") is no value; "PR or CR" is an objective response; "the corresponding ratio for Cmax"
  is a ratio of Cmax; a dose said only of the few patients who received it is not the paragraph's group; a
  contrast of two subgroups ("between men and women") is withheld; a part ("including three partial responses")
  of a dose level's statement is withheld when its own words name no group;
- recall: landmark rates each with its interval lined up with listed times ("1- and 2-year PFS rates of 57% (95%
  CI ...) and 31% (...), respectively"); landmark rates of listed endpoints at one time ("the 3-year rates of
  local control and overall survival were 88.2% and 74.5%, respectively"); three or more groups listed once ("in
  the 100-mg, 200-mg, and 300-mg cohorts, respectively", "for placebo, A 5 mg, and A 15 mg, respectively"); a
  mean change said in percent is a mean ("the mean change ... was 1.2%"), a change "from baseline in X" a change
  in X; "X% of patients assigned to A had died, as had Y% of those assigned to B (odds ratio ...)", the ratio
  being of death. Read back once, the minus of a signed percentage ("were -0.2%, -0.7%, and -0.9% for A, B and
  C") was read as its sign too; it added one mislabeled value on the validation papers
  (aggregate of bench/accuracy.py, 123 -> 124), so it was taken back: such values stay unread; entry 81, an
  unsigned third instance, was added after.

Gold revised after first contact, each said in a comment or here: the named relative risk reduction (a value
between the groups, not a non-result), "objective response" for "a best response of PR or CR" (the gold had
"response", which the scorer does not match to ORR), "AUC0-inf" for "AUC" (entry 71).

Second instances at their first contact (43 result numbers): 38 right, 2 withheld, 3 scored wrong only because
the gold said "AUC" where the sentence and the record say "AUC0-inf".

End (the ratchet below): 265 right, 60 withheld with a finding, 0 silently wrong, 1 silently missed (of 326 result
numbers; 63 non-results and optional numbers kept out)"""

from __future__ import annotations

from functools import cache

from tests.extraction.prose_sampled_forms_corpus import CORPUS
from tests.extraction.prose_sampled_forms_score import score


@cache
def _scored() -> dict[str, list[str]]:
    return score()


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 60
    assert sum(len(gold) for _, _, gold in CORPUS) >= 300
    assert all(paragraph and gold for _, paragraph, gold in CORPUS)


def test_sampled_forms_give_no_silently_wrong_number() -> None:
    assert _scored()["wrong"] == []


def test_sampled_forms_are_read() -> None:
    result = _scored()
    assert len(result["right"]) >= 265
    assert len(result["missed"]) <= 1
