"""Metadata a meta-analyst files by (issue 9, item 4): journal from its citation lines, title from its type
size, acronym from the title or the group authorship."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from extractors.layout import Line
from extractors.loader import load_document
from extractors.metadata import (
    _COLLECTION,
    _acronym,
    _byline,
    _described,
    _filed,
    _info_title,
    _join_title,
    _journal,
    _journal_banner,
    _mended_ids,
    _published_in,
    _same_journal,
    _statement,
    _year,
    extract_metadata,
    registry_ids,
)
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


@pytest.mark.parametrize(
    ("margins", "journal"),
    [
        ("2560 n engl j med 358;24 www.nejm.org june 12, 2008", "N Engl J Med"),
        ("450 / Br J Clin Pharmacol / 75:2 / 450–462 © 2012 The Authors", "Br J Clin Pharmacol"),
        ("Wattanakul et al. Malar J (2016) 15:244 Page 2 of 11", "Malar J"),
        ("Caramelli et al. BMC Medicine (2022) 20:374 Page 3 of 10", "BMC Medicine"),
        ("Clin Transl Sci. 2024;17:e70000. www.cts-journal.com | 1 of 13", "Clin Transl Sci"),
        (
            "CLINICAL PHARMACOLOGY & THERAPEUTICS | VOLUME 81 NUMBER 6 | JUNE 2007 841",
            "Clinical Pharmacology & Therapeutics",
        ),
        ("186 The Journal of Clinical Hypertension Vol 15 | No 3 | March 2013", "The Journal of Clinical Hypertension"),
        # the title-page fixtures' footers and mastheads (tests/typeset/title_pages.py)
        ("Br J Cancer (2010) 103, 1154–1162\u2003https://doi.org/10.1038/sj.bjc.6605872", "Br J Cancer"),
        ("Neuro-Oncology 13(1), 132–142, 2011\u2003doi:10.1093/neuonc/noq142", "Neuro-Oncology"),
        ("Cancer Chemotherapy and Pharmacology 77, 405–412, 2016", "Cancer Chemotherapy and Pharmacology"),
        ("424 The Journal of Clinical Pharmacology / Vol 54 No 4 (2014)", "The Journal of Clinical Pharmacology"),
        # a kicker set apart by a wide gap before the journal's name is not part of it
        ("Clinical Trial\u2003Frontiers in Oncology (2024) 14:e1483953", "Frontiers in Oncology"),
        # volume, year in brackets, pages
        ("Blood 138 (2021) 128–131", "Blood"),
    ],
)
def test_journal_is_read_from_a_citation_line(margins: str, journal: str) -> None:
    assert _journal(margins) == journal


def test_journal_is_the_most_frequent_citation_line_and_none_without_one() -> None:
    heads = "Eur Heart J 2019;40:100\nEur Heart J 2019;40:101\nsee Circulation 2010;12:3"
    assert _journal(heads) == "Eur Heart J"
    assert _journal("Received 1 November 2006; accepted 4 January 2007\nwww.example.org") is None


def test_a_citation_printed_once_past_the_first_page_is_a_references() -> None:
    """A reference list set near a page's top lands in the margin band: its journal and year are not the
    paper's (the form feed separates the pages of the margin text)."""
    margins = "page 1 head\f\net al. Causes of death and influencing fac- Randomized trial versus 2016;37:2893-962."
    assert _journal(margins) is None
    assert _year(margins, "") is None
    assert _journal("Lancet Oncol 2019; 20: 1\f\nLancet Oncol 2019; 20: 2") == "Lancet Oncol"


def test_acronym_from_group_authorship_and_not_from_long_capital_runs() -> None:
    assert _acronym("Early or Delayed Cardioversion", "for the RACE 7 ACWAS Investigators*") == "RACE 7 ACWAS"
    assert _acronym("A title", "the EAST-AFNET 4 trial enrolled") == "EAST-AFNET 4"
    assert _acronym("A title", "WHAT IS KNOWN ABOUT THIS STUDY") is None


@pytest.mark.parametrize(
    ("pdf", "title"),
    [
        # the title shares its baselines with a correspondence box set in smaller type beside it
        (
            "curcumin-piperine-midazolam-flurbiprofen-paracetamol-ddi-bjcp2013.pdf",
            "Effect of a herbal extract containing curcumin and piperine on midazolam, flurbiprofen and "
            "paracetamol (acetaminophen) pharmacokinetics in healthy volunteers",
        ),
        # ... and a boxed heading in capitals beside it is larger than the body; the PDF's own title field
        # says "No Job Name"
        (
            "five-probe-cyp-cocktail-pk-bjcp2009.pdf",
            "Pharmacokinetic assessment of a five-probe cocktail for CYPs 1A2, 2C9, 2C19, 2D6 and 3A",
        ),
    ],
)
def test_title_is_the_largest_type_without_the_boxes_beside_it(pdf: str, title: str) -> None:
    assert extract_metadata(load_document(PDFS / pdf)).title == title


@pytest.mark.parametrize(
    "text",
    [
        "This is the author's accepted manuscript of an article published in Annals. The final version is kept.",
        "This manuscript is made available under the repository's terms of use.",
        "Please cite as: Journal of Clinical Oncology (2015) 33(36):4284 https://doi.org/10.1200/JCO.2015.62.8719",
        "Please cite as: Br J Cancer 2010; 102: 1 doi 10.1038/sj.bjc.6605000",
    ],
)
def test_a_notice_or_a_citation_set_large_is_no_title(text: str) -> None:
    assert _statement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sunitinib vs. capecitabine in patients with previously treated breast cancer",
        "Abiraterone plus prednisone in metastatic, castration-sensitive prostate cancer",
        "Lorundrostat, a selective aldosterone synthase inhibitor: a first-in-human study et al. Trial",
    ],
)
def test_a_title_is_no_statement(text: str) -> None:
    assert not _statement(text)


def test_a_cover_sheet_gives_way_to_the_article_title_and_a_slash_joins_its_lines() -> None:
    # page 1 is a repository cover sheet whose notice is set larger than the body
    cover = extract_metadata(load_document(PDFS / "zoo-glue-vismodegib.pdf")).title
    assert cover is not None and cover.startswith("Randomized Phase Ib/II Study of Gemcitabine Plus Placebo")
    # "(CAP1-6D)/" ends a title line: the next one goes on without a space
    slash = extract_metadata(load_document(PDFS / "jats-cea-cap1-6d-vaccine-pancreatic-ph1-jitc2013.pdf")).title
    assert slash is not None and "(CAP1-6D)/montanide/GM-CSF-vaccine" in slash


def test_acronym_from_the_study_the_paper_describes_and_not_from_one_it_cites() -> None:
    ours = "Here we present the results of JOSHUA, a phase IIa study of the PK.\nJOSHUA enrolled 30 patients."
    assert _described(ours) == "JOSHUA"
    assert _described("Methods\nPEARL-2 was a randomised, multi-\ncentre, open-label phase III trial. PEARL-2 ran") == (
        "PEARL-2"
    )
    # named once: a trial cited in passing
    assert _described("CLEOPATRA, a phase III trial of pertuzumab, showed a benefit.") is None
    # a phase or a compound code is no trial name
    assert _described("III, a phase study; III again") is None


def test_the_year_labelled_published_beats_the_manuscript_dates_and_the_cut_off() -> None:
    first = (
        "Received: 29 June 2018 · Accepted: 23 October 2018 · Published: 22 January 2019\n"
        "Data cut-off: 14 May 2017.\nas reported before (Smith et al, 2009; Jones et al, 2009)"
    )
    assert _year("", first) == 2019
    # bare years of body text in the margin band (references cited by year) are no date
    assert _year("(Smith et al, 2009; Jones et al, 2007)", "Published online 3 March 2010") == 2010
    assert _year("", "(Smith et al, 2009; Jones et al, 2007)") is None


def test_the_year_of_the_citation_line_beats_the_copyright_and_received_years() -> None:
    heads = "Received 3 March 2015; accepted 2 May 2015\n© 2015 The Authors\nSmith et al. Malar J (2016) 15:244"
    assert _year(heads, "") == 2016
    assert _year("© 2015 The Authors\n© 2015 The Authors", "") == 2015


TITLE_PAGES = Path(__file__).resolve().parents[1] / "data" / "title_pages"


@functools.cache
def _title_page(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    golden = json.loads((TITLE_PAGES / "golden" / f"{name}.json").read_text(encoding="utf-8"))
    got = extract_metadata(load_document(TITLE_PAGES / "pdfs" / golden["pdf"])).model_dump()
    return golden["metadata"], got


def _same_title(a: object, b: object) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


@pytest.mark.parametrize(
    "name",
    [
        "title-smallcaps-sunitinib",  # small capitals: capitals of two sizes, "P" + "HASE", "HER2-" larger
        "title-smallcaps-siltuximab",  # ... and a last line of small capitals only
        "title-long-lu177",  # a subtitle after the colon on its own lines in smaller, lighter type
        "title-long-trabedersen",
        "title-kicker-vismodegib",  # an article-type kicker in spaced capitals over the title, a mark "*" after it
        "title-caps-axitinib",  # the title in capitals, a running head repeating a short title
        "title-twocol-derazantinib",  # a full-width title over a two-column page, the abstract boxed, "†" after it
        "title-banner-siltuximab",  # the journal's name in a banner larger than the title ("British Journal of ...")
        "title-banner-trabedersen",  # an article-type kicker in capitals in the title's own type, "1" after it
        "title-banner-lu177",  # ... a raised mass number inside the title ("[177Lu]") stays
        "title-weights-derazantinib",  # a kicker and a byline in the title's size and leading, regular type
        "title-weights-vismodegib",
        "title-masthead-sunitinib",  # the journal's banner larger than the title: "BREAST CANCER RESEARCH and ..."
        "title-masthead-vismodegib",  # "JOURNAL of CLINICAL ONCOLOGY" over two lines
        "title-graphical-siltuximab",  # a graphical abstract's heading set larger than the title, under the text
        "title-graphical-lu177",
    ],
)
def test_title_whole_in_each_house_style(name: str) -> None:
    want, got = _title_page(name)
    assert _same_title(got["title"], want["title"])


@pytest.mark.parametrize(
    ("name", "journal"),
    [
        # the journal only in the masthead (one word), no citation line
        ("title-kicker-trabedersen", "Neuro-Oncology"),
        # published 2019, received and accepted 2018, a 2017 data cut-off in the abstract
        ("title-kicker-derazantinib", "British Journal of Cancer"),
        # journal and year only in the footer "Br J Cancer (2010) 103, 1154–1162"
        ("title-caps-siltuximab", "Br J Cancer"),
        # a kicker set apart before the journal in the masthead
        ("title-long-vismodegib", "Journal of Clinical Oncology"),
        # "Cancer Chemotherapy and Pharmacology 77, 405–412, 2016"
        ("title-twocol-ch1418", "Cancer Chemotherapy and Pharmacology"),
        # a repository's cover page: "Published in:" / "Publication date:" with their values on the next line
        ("title-cover-sunitinib", "Breast Cancer Research and Treatment"),
        # an author manuscript, "Br J Cancer. 2010 October 12; 103(8): ...", a footer "available in PMC 2011 ..."
        ("title-manuscript-siltuximab", "Br J Cancer"),
    ],
)
def test_journal_and_year_in_each_house_style(name: str, journal: str) -> None:
    want, got = _title_page(name)
    assert got["year"] == want["year"]
    assert got["journal"] == journal
    assert got["doi"] == want["doi"]


@pytest.mark.parametrize("article", ["pertuzumab", "siltuximab", "axitinib", "vismodegib", "lu177", "cea"])
def test_a_doi_broken_over_a_side_columns_lines_is_read_down_its_column(article: str) -> None:
    """A JCO-like side column beside the abstract: "DOI https://doi.org/10.1038/bjc." / "2014.356." with
    the abstract's words at the same heights; read across, the DOI had been "10.1038/bjc" or had run into
    the next line ("10.1186/2051-1426-1-8.(range"). The sentence's full stop after it is no part of it."""
    want, got = _title_page(f"title-jco-{article}")
    assert got["doi"] == want["doi"]
    assert got["year"] == want["year"]  # not the year before, when it was published online


def test_a_journal_named_beside_its_web_address_over_a_volume() -> None:
    """A Frontiers-like foot: "<journal> | www.journal.org" and "October 2010 | Volume 103 | Article 1154";
    an abstract book's "ABSTRACTS" beside a volume has no address and names no journal."""
    for article in ("axitinib", "sunitinib", "trabedersen"):
        want, got = _title_page(f"title-frontiers-{article}")
        assert got["journal"] == want["journal"]
    assert _journal("Neuro-Oncology | www.journal.org\u2003October 2011 | Volume 13 | Article 132") == "Neuro-Oncology"
    assert _journal("ABSTRACTS\u20035 NOVEMBER 2021 | VOLUME 138, NUMBER Supplement 1 129") is None


def test_a_doi_ending_a_sentence_is_not_joined_to_the_next_line() -> None:
    assert (
        _mended_ids("doi:10.1001/jama.2019.1234.\nPublished online") == "doi:10.1001/jama.2019.1234.\nPublished online"
    )
    assert _mended_ids("https://doi.org/10.1186/2051-1426-1-8.\n(range 1-81)").endswith(".\n(range 1-81)")
    assert _mended_ids("https://doi.org/10.1038/bjc.\n2014.356") == "https://doi.org/10.1038/bjc.2014.356"
    assert _mended_ids("doi: 10.1002/\n(SICI)1097") == "doi: 10.1002/(SICI)1097"


def test_journal_and_year_a_cover_page_or_a_manuscript_header_labels() -> None:
    cover = "University Research Portal\nPublished in:\nThe New England Journal of Medicine\nDOI:\n10.1056/x"
    assert _published_in(cover) == "The New England Journal of Medicine"
    header = "Author Manuscript\nPublished in final edited form as:\nLancet. 2016 March 12; 387(10023): 1085–1093."
    assert _published_in(header) == "Lancet"
    assert _year("Lancet. Author manuscript; available in PMC 2017 March 12.", header) == 2016
    assert _journal("Lancet. 2016 March 12; 387(10023): 1085–1093. doi:10.1016/x") == "Lancet"
    assert _published_in("results were published in a previous report (Smith, 2010)") is None


def test_acronym_before_its_registry_id_and_in_a_capitals_title() -> None:
    assert _acronym("A title", "SPLASH (NCT04647526) is a multicenter phase III trial") == "SPLASH"
    capitals = "INITIAL EXPERIENCE FROM THE LEAD-IN COHORT OF THE SPLASH TRIAL"
    assert _acronym(capitals, "Introduction: the SPLASH lead-in cohort enrolled") == "SPLASH"
    # a capitalised word of a capitals title that the lower-case text never prints in capitals is no name
    assert _acronym("PHASE III RANDOMIZED TRIAL OF SUNITINIB", "a randomized trial of sunitinib") is None


def test_a_trial_named_once_or_by_another_registry_id_is_a_cited_one() -> None:
    page = "2009). In the CLEOPATRA study of patients with HER2-positive breast cancer"
    assert _acronym("A phase IIa study", page, full=page + "\nJOSHUA was a randomised trial") is None
    assert _acronym("A phase IIa study", page, full=page + "\nin CLEOPATRA, the rate") == "CLEOPATRA"
    cited = "the earlier VISION (NCT03511664) trial"
    assert _acronym("A title", cited, full=cited, own_id="NCT04647526") is None
    assert _acronym("A title", cited, full=cited, own_id="NCT03511664") == "VISION"


@pytest.mark.parametrize("slug", ["axitinib", "lu177", "siltuximab", "derazantinib", "vismodegib"])
def test_a_meeting_abstract_on_an_abstract_book_page(slug: str) -> None:
    """An abstract book's page (title-abstracts-*): the running head naming the collection ("<journal>
    abstracts") in the page's largest type is no title; the abstract's title is the first bold run at the
    body's size, without its number ("512P"), a superscript inside it ("[177Lu]") kept; its DOI is the one
    printed after it, not the abstract's before it that the page opens on; the year is the foot's issue
    line's ("Volume 103 - Issue S2 - 2010"), the journal the running head's."""
    want, got = _title_page(f"title-abstracts-{slug}")
    assert _same_title(got["title"], want["title"])
    assert got["doi"] == want["doi"]
    assert got["year"] == want["year"]
    assert got["journal"] == want["journal"]


@pytest.mark.parametrize(
    ("text", "collection"),
    [
        ("Annals of Oncology abstracts", True),
        ("63rd ASH Annual Meeting Abstracts", True),
        ("Abstract Book", True),
        ("Abstracts of the trials that changed practice in 2020", False),
        ("Phase II study of drug X: final results", False),
    ],
)
def test_a_collection_of_abstracts_is_named_by_its_last_word(text: str, collection: bool) -> None:
    assert bool(_COLLECTION.search(text)) is collection


@pytest.mark.parametrize(
    ("info", "title"),
    [
        ("doi:10.1182/blood-2021-148778", None),
        ("manuscript_final_v3.docx", None),
        ("Untitled", None),
        ("839P Preliminary results from a phase II study", "Preliminary results from a phase II study"),
    ],
)
def test_a_document_information_title_is_used_only_when_it_reads_as_one(info: str, title: str | None) -> None:
    assert _info_title(info) == title


def test_the_year_of_an_issue_line_in_the_foot_beats_dates_in_the_text() -> None:
    assert _year("Annals of Oncology\u2003abstracts\nS610 Volume 35 - Issue S2 - 2024", "from June 2022") == 2024


@pytest.mark.parametrize("name", sorted(p.stem for p in (TITLE_PAGES / "golden").glob("*.json")))
def test_no_title_page_gives_a_wrong_value(name: str) -> None:
    """A field read from a title page is right or missing, never another value (a wrong journal or DOI is
    worse than none), in every house style of tests/typeset/title_pages.py."""
    want, got = _title_page(name)
    for field in ("title", "doi", "year"):
        assert got[field] in (None, want[field]) or _same_title(got[field], want[field]), field
    assert got["journal"] in (None, want["journal"]) or _same_journal(want["journal"], got["journal"])
    assert not got["nct_ids"] or got["nct_ids"][0] == want["nct_ids"][0]


@pytest.mark.parametrize("slug", ["axitinib", "siltuximab", "trabedersen", "lu177"])
@pytest.mark.parametrize("style", ["nejm", "ehj"])
def test_every_field_of_a_nejm_or_ehj_like_first_page(style: str, slug: str) -> None:
    """nejm: the journal in a banner of mixed sizes, the DOI only under the abstract, a lowercase foot
    "br j cancer 103;8 journal.org october 12, 2010" whose web address is no part of the journal's name;
    ehj: the running head "British Journal of Cancer (2010) 103, 1154–1162" over "doi:10...", the abstract
    as a table of labels and text."""
    want, got = _title_page(f"title-{style}-{slug}")
    assert _same_title(got["title"], want["title"])
    assert (got["doi"], got["year"], got["nct_ids"][:1]) == (want["doi"], want["year"], want["nct_ids"][:1])
    assert _same_journal(want["journal"], got["journal"])


@pytest.mark.parametrize("slug", ["pertuzumab", "vismodegib", "trabedersen", "siltuximab"])
def test_a_lancet_like_side_column_neither_interleaves_nor_names_the_journal_by_its_address(slug: str) -> None:
    """lancet: a narrow column of small type beside the title ("Br J Cancer" / "2010; 103: 1154–62",
    "http://dx.doi.org/10.1038/bjc." / "2014.356") shares the title's line bands: its rows are read apart,
    a DOI or a registry id broken over two rows is made whole, and the foot "www.journal.com Vol 103 ..."
    names no journal "Com"."""
    want, got = _title_page(f"title-lancet-{slug}")
    assert _same_title(got["title"], want["title"])
    assert (got["doi"], got["year"], got["nct_ids"][:1]) == (want["doi"], want["year"], want["nct_ids"][:1])
    assert got["journal"] is None or _same_journal(want["journal"], got["journal"])


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "We conducted the Semaglutide Effects on Outcomes in Obesity (SELECT) trial to assess ... In SELECT,",
            "SELECT",
        ),
        (
            "the Liraglutide Effect and Action in Diabetes: Evaluation of Outcome Results (LEADER) trial; LEADER",
            "LEADER",
        ),
        (
            "The Early Treatment of AF for Stroke Prevention Trial (EAST-AFNET 4) was ... EAST-AFNET 4",
            "EAST-AFNET 4",
        ),
        ("METHODS In this trial (ENZAMET), we randomly assigned ... ENZAMET", "ENZAMET"),
        # a trial named once in brackets is a cited one; an abbreviated population is no trial's name
        ("as in the Cardiovascular Outcomes (CVOT) trial reported earlier", None),
        ("patients with heart failure (HFREF) study entry", None),
    ],
)
def test_acronym_in_brackets_after_its_expansion(text: str, acronym: str | None) -> None:
    assert _acronym("A Title Without One", text, text) == acronym


def test_an_acronym_of_two_capitalised_parts_in_the_titles_brackets() -> None:
    title = "Epcoritamab in relapsed follicular lymphoma (EPCORE NHL-1): a phase 2 trial"
    assert _acronym(title, "", title) == "EPCORE NHL-1"
    assert _acronym("Rhythm control (EAST-AFNET 4)", "", "") == "EAST-AFNET 4"
    assert _acronym("A trial in HER2-positive cancer (ABC TRIAL)", "", "") is None  # not a name of two parts


def test_the_registry_id_the_first_pages_label_as_the_papers_own_comes_first() -> None:
    cited = "NCT01234567"
    full = f"(Funded by X; ClinicalTrials.gov number, NCT07654321.) ... as in {cited} ... {cited} ... {cited}"
    assert registry_ids(full, full[:60]) == ["NCT07654321", cited]
    # no label: the most frequent, then the first printed
    assert registry_ids(f"NCT07654321 {cited} {cited}", "") == [cited, "NCT07654321"]
    # an id broken at a hyphen over two lines is one id
    assert registry_ids(_mended_ids("Trial registration: NC-\nT07654321"), "") == ["NCT07654321"]


@pytest.mark.parametrize(
    "statement",
    [
        "This study is registered with ClinicalTrials.gov, NCT07654321.",
        "The trial was registered at ClinicalTrials.gov (NCT07654321) before enrolment began.",
        "URL: https://www.clinicaltrials.gov. Unique identifier: NCT07654321.",
        "Clinical Trial Registration: ClinicalTrials.gov: NCT07654321.",
        "ClinicalTrials.gov Identifier: NCT07654321",
    ],
)
def test_the_papers_own_registry_id_comes_first_whatever_its_statement_and_wherever_it_is(statement: str) -> None:
    """A registration statement names the paper's own id across the dots of a web address (the window had
    stopped at "ClinicalTrials." and the id went unlabelled); one in the methods, past the first pages, still
    outranks trials the introduction cites more often."""
    cited, other = "NCT01234567", "NCT02345678"
    intro = f"Earlier trials ({cited}, {other}) ... {cited} ... {other} ... "
    assert registry_ids(intro + statement, statement)[0] == "NCT07654321"
    assert registry_ids(intro + "Methods ... " + statement, intro)[0] == "NCT07654321"
    assert registry_ids(intro + statement + "\nReferences\n" + statement, "")[0] == "NCT07654321"
    # a statement only in the reference list names a cited trial, not this one
    assert registry_ids(intro + "\nReferences\n" + statement, "")[0] == cited


@pytest.mark.parametrize(
    ("pdf", "title_start", "journal", "year"),
    [
        # ASH: the collection's head "63rd ASH Annual Meeting Abstracts" set large, the session in bold
        # capitals, the title bold at body size, the citation "Blood 138 (2021) 128–131" under the head band
        ("abs-glofitamab-fl-ash2021.pdf", "Glofitamab As Monotherapy and in Combination", "Blood", 2021),
        # ESMO: "Annals of Oncology abstracts", two columns of abstracts, "839P" before the title, the foot
        # "S610 Volume 35 - Issue S2 - 2024"
        (
            "abs-imm0306-bnhl-esmo2024-page.pdf",
            "Preliminary results from a phase II study of",
            "Annals of Oncology",
            2024,
        ),
    ],
)
def test_real_abstract_book_pages(pdf: str, title_start: str, journal: str, year: int) -> None:
    got = extract_metadata(load_document(PDFS / pdf))
    assert got.title is not None and got.title.startswith(title_start)
    assert (got.journal, got.year) == (journal, year)


@pytest.mark.parametrize(
    ("text", "banner"),
    [
        ("The NEW ENGLAND JOURNAL of MEDICINE", True),
        ("Journal of the American Heart Association", True),
        ("CANCER CHEMOTHERAPY and PHARMACOLOGY", True),
        ("European Heart Journal", True),
        # titles: in capitals with capital small words, in title case, a sentence
        ("EFFECT OF DRUG X ON STROKE IN ATRIAL FIBRILLATION", False),
        ("Randomized Phase Ib/II Study of Gemcitabine Plus Placebo or Vismodegib", False),
        ("Efficacy of drug X in patients with atrial fibrillation", False),
    ],
)
def test_a_journal_banner_is_told_from_a_title_by_its_words_or_its_case(text: str, banner: bool) -> None:
    assert _journal_banner(text) is banner


def test_the_journal_of_a_banner_and_no_year_from_body_text_in_the_margin_band() -> None:
    """title-masthead: a small page whose text block reaches into the margin band ("through January 2017. Two
    patients were" is body text, not a running foot's date); the journal only in the banner."""
    want, got = _title_page("title-masthead-derazantinib")
    assert got["year"] in (None, want["year"])
    assert _same_journal(want["journal"], got["journal"])
    assert _same_title(got["title"], want["title"])


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("John Smith, Mary Jones, Ahmed Khan and Li Wei", True),
        ("Smith J, Jones M, Khan A, Wei L", True),
        ("Carlos H. Barrios, Mei-Ching Liu, Soo Chin Lee, Laurence Vanlemmens,", True),
        ("Safety, Tolerability, Pharmacokinetics and Pharmacodynamics of Drug X", False),
        ("Gemcitabine Plus Placebo or Vismodegib, a Hedgehog Pathway Inhibitor, in Patients", False),
        ("GEMCITABINE PLUS PLACEBO OR VISMODEGIB, A HEDGEHOG PATHWAY INHIBITOR, IN PATIENTS", False),
    ],
)
def test_a_byline_of_names_in_the_titles_type_is_no_part_of_it(text: str, byline: bool) -> None:
    assert _byline(text) is byline


@pytest.mark.parametrize("mark", ["*", " *", "†", " ‡§"])
def test_a_footnote_mark_on_the_titles_baseline_is_no_part_of_it(mark: str) -> None:
    words = [
        Word(t, 10.0 * i, 0.0, 10.0 * i + 8, 16.0, 16.0, True, (0, 0, 0, 0))
        for i, t in enumerate(["A", "trial", "of", "X"])
    ]
    words[-1] = Word("X" + mark.strip() if not mark.startswith(" ") else "X", 30, 0, 38, 16, 16, True, (0, 0, 0, 0))
    extra = [Word(mark.strip(), 40, 0, 44, 16, 16, True, (0, 0, 0, 0))] if mark.startswith(" ") else []
    assert _join_title([Line(words + extra)]) == "A trial of X"


@pytest.mark.parametrize("slug", ["axitinib", "cea", "lu177", "derazantinib", "siltuximab", "sunitinib"])
@pytest.mark.parametrize("style", ["accepted", "fullstop"])
def test_a_labelled_or_stopped_title_is_filed_without_its_label_or_full_stop(style: str, slug: str) -> None:
    """accepted: a cover sheet sets "Title: <title>" ("Article title:", "TITLE:") on one line in its largest type
    (the label had been read into the title, 10 of 10); fullstop: the title is set with a full stop at its end
    (it had been taken for a statement and no title read, 10 of 10); a title is filed without either. A line
    set large that ends with a full stop is a title only when its byline follows it ("..., X Qin et al.", a
    byline wrapped after a first name). The sheet's "Journal: <name>" names the journal, like "Published in:". A
    DOI glued by the text layer to the words around it is read from its "10." to the last character a DOI has
    (9 of 10 had been missing)."""
    want, got = _title_page(f"title-{style}-{slug}")
    assert _same_title(got["title"], want["title"])
    if style == "accepted":
        assert got["journal"] == want["journal"]
    else:  # the foot's DOI glued to the journal's name and the copyright sign: "BrJCancer10.1038/...© 2010"
        assert got["doi"] == want["doi"]


def test_a_title_is_filed_without_a_closing_full_stop_but_keeps_an_abbreviation() -> None:
    assert _filed("Dabigatran in healthy volunteers.") == "Dabigatran in healthy volunteers"
    assert _filed("Outcomes of statins (the STAT trial).") == "Outcomes of statins (the STAT trial)"
    assert _filed("Obesity care in the U.S.") == "Obesity care in the U.S."
    assert _filed("Response to treatment A") == "Response to treatment A"


def test_a_byline_may_end_with_et_al_or_wrap_after_a_first_name() -> None:
    assert _byline("J-F Rossi, S Négrier, N D James, I Kocak, R Hawkins, X Qin et al.")
    assert _byline("Carlos H. Barrios, Mei-Ching Liu, Soo Chin Lee, Laurence Vanlemmens, Xavier")
    assert not _byline("Safety and efficacy of dabigatran, apixaban, and rivaroxaban in older adults")
