"""The review page in a real headless browser: Debian's Chromium driven by Playwright.

The browser is the system one (`make browser` apt-installs it; `CHROMIUM=/path` to choose another):
Playwright never downloads one here. Without a browser the tests are skipped, except in CI
(`CI` set), where they fail. Screenshots go to outputs/test-report/ (or $REVIEW_REPORT_DIR).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.reading.corpus import read_corpus
from pipeline.outputs.export import write_outputs
from pipeline.outputs.index import build_index
from pipeline.extraction.records import Evidence, Facts, Person, Release
from tests.conftest import CORPUS, ROOT
from tests.test_review import HOSTILE, SCRIPT, hostile_release

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extras: pip install -e '.[test]'")
expect = playwright_api.expect

# Flags for a closed network: no background fetches, no component updates.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
REPORT_DIR = Path(os.environ.get("REVIEW_REPORT_DIR", ROOT / "outputs" / "test-report"))


def chromium_path() -> str | None:
    """The system Chromium: $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        found = name and shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        reason = "no Chromium found: `make browser` installs Debian's chromium (or set CHROMIUM=/path/to/chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; .ci/run installs it and CI must run the browser tests")
        pytest.skip(reason)
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Tab:
    """A page and what it did: script errors, dialogs opened, URLs requested."""

    page: object
    errors: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)
    requests: list = field(default_factory=list)

    def open(self, path: Path, fragment: str = "") -> None:
        self.page.goto(path.resolve().as_uri() + fragment)
        self.page.wait_for_selector("body[data-ready=true]")


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    opened = Tab(page)
    page.on("pageerror", lambda err: opened.errors.append(str(err)))
    page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: opened.requests.append(request.url))
    yield opened
    context.close()
    assert opened.errors == []
    assert opened.dialogs == []
    assert all(url.startswith("file:") for url in opened.requests), opened.requests


@pytest.fixture(scope="module")
def corpus_outputs(corpus_extracted, tmp_path_factory):
    """`write_outputs` on the whole corpus: (review.html path, facts)."""
    releases, records = corpus_extracted
    facts = Facts(pipeline="news-facts test", releases=records)
    out = tmp_path_factory.mktemp("outputs")
    write_outputs(facts, out, texts={r.id: r.text for r in releases})
    return out / "review.html", facts


# Where a record row is clicked: its first cell's padding (the middle of a row can be a link
# or a verdict button, which do something else).
ROW_EDGE = {"x": 3, "y": 3}


def joined_text(locator) -> str:
    return "".join(locator.all_text_contents())


def test_clicking_a_role_record_highlights_its_evidence(tab, corpus_outputs):
    path, facts = corpus_outputs
    first = facts.releases[0]
    role = first.roles[0]
    tab.open(path)
    page = tab.page
    expect(page.locator("article.release h2")).to_have_text(first.title)
    page.click('tr.rec[data-kind="roles"][data-i="0"]', position=ROW_EDGE)
    current = page.locator("#text .hit-current")
    assert joined_text(current) == role.evidence[0].mention
    expect(current.first).to_be_in_viewport()
    expect(current.last).to_be_in_viewport()
    expect(page.locator('tr.rec.selected[data-kind="roles"][data-i="0"]')).to_be_visible()
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    shot = REPORT_DIR / "review-role-evidence.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_every_record_of_the_first_release_points_at_its_text(tab, corpus_outputs):
    path, facts = corpus_outputs
    first = facts.releases[0]
    tab.open(path)
    page = tab.page
    for kind in ("people", "organizations", "roles"):
        for i, record in enumerate(getattr(first, kind)[:5]):
            page.click(f'tr.rec[data-kind="{kind}"][data-i="{i}"]', position=ROW_EDGE)
            assert joined_text(page.locator("#text .hit-current")) == record.evidence[0].mention, (kind, i)


def test_clicking_a_mention_lists_the_records_that_use_it(tab, corpus_outputs):
    path, facts = corpus_outputs
    first = facts.releases[0]
    earliest = min(first.people, key=lambda p: min(e.start for e in p.evidence))
    tab.open(path)
    page = tab.page
    page.locator("#text span.m-person").first.click()
    uses = page.locator("#uses")
    expect(uses).to_be_visible()
    expect(uses).to_contain_text(f"Person: {earliest.name}")
    expect(page.locator('tr.rec.uses-it[data-kind="people"]')).to_have_count(1)


def test_a_person_leads_to_the_index_and_back_to_each_release(tab, corpus_outputs):
    path, facts = corpus_outputs
    first = facts.releases[0]
    tab.open(path)
    page = tab.page
    index = build_index(facts.releases)
    person = {e.id: e for e in index.people}[index.person_of[(first.id, first.roles[0].person)]]
    page.locator('tr.rec[data-kind="roles"][data-i="0"] a.ix').first.click()
    entry = page.locator(".entry")
    expect(entry.locator("h2")).to_have_text(person.name)  # the corpus-wide name ("Eric H. Holder" for "Eric Holder")
    expect(entry).to_contain_text("Appears in")
    entry.get_by_role("link", name=first.id, exact=True).first.click()
    expect(page.locator("article.release")).to_have_attribute("data-id", first.id)
    expect(page.locator('tr.rec.selected[data-kind="people"]')).to_have_count(1)
    page.fill("#search", "Blinken")
    expect(page.locator("#names")).to_contain_text("Antony J. Blinken")
    page.locator("#names").get_by_role("link", name="Antony J. Blinken").click()
    expect(page.locator(".entry h2")).to_have_text("Antony J. Blinken")
    listed = page.locator(".entry section").first.locator("tbody tr td:nth-child(2)").all_text_contents()
    [blinken] = [e for e in index.people if e.name == "Antony J. Blinken"]
    assert listed == blinken.releases and len(listed) > 5


def test_type_filters_hide_tables_and_highlights(tab, corpus_outputs):
    path, _ = corpus_outputs
    tab.open(path)
    page = tab.page
    assert page.locator("#text .m-person").count() > 0
    page.get_by_label("People").uncheck()
    expect(page.locator("#text .m-person")).to_have_count(0)
    expect(page.locator('section.kind[data-kind="people"]')).to_have_count(0)
    page.get_by_label("People").check()
    assert page.locator("#text .m-person").count() > 0


def test_markup_in_a_release_shows_as_text_and_runs_nothing(tab, tmp_path):
    facts = Facts(pipeline="<script>window.__pwned = 1</script>", releases=[hostile_release()])
    write_outputs(facts, tmp_path, texts={"r1": HOSTILE})
    tab.open(tmp_path / "review.html")
    page = tab.page
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#text").text_content() == HOSTILE
    expect(page.locator("article.release h2")).to_have_text("A <b>title</b>")
    assert page.locator("img, #main b, #main script").count() == 0
    assert page.locator('a[href^="javascript"], a[href^="data:"]').count() == 0
    page.get_by_role("row", name=SCRIPT).first.click()
    assert joined_text(page.locator("#text .hit-current")) == SCRIPT
    assert page.evaluate("window.__pwned") is None


def test_two_thousand_releases_are_paged_and_rendered_one_at_a_time(tab, tmp_path):
    releases, texts = [], {}
    for n in range(2000):
        rid = f"r{n:04d}"
        text = f"Release {n}: Director Ann Lee{n} met the board."
        start = text.index("Ann")
        name = f"Ann Lee{n}"
        evidence = Evidence(release_id=rid, start=start, end=start + len(name), mention=name, sentence=text, sentence_start=0)
        releases.append(Release(id=rid, title=f"Release {n}", published="2024-01-01", people=[Person(name=name, evidence=[evidence])]))
        texts[rid] = text
    write_outputs(Facts(pipeline="test", releases=releases), tmp_path, texts=texts)
    tab.open(tmp_path / "review.html")
    page = tab.page
    expect(page.locator(".release-list li")).to_have_count(100)
    expect(page.locator("#list .pager").first).to_contain_text("1–100 of 2000")
    expect(page.locator("#text")).to_have_count(1)
    page.locator("#list .pager").first.get_by_role("button", name="Next ›").click()
    expect(page.locator(".release-list li").first).to_contain_text("r0100")
    tab.open(tmp_path / "review.html", "#release/r1999")
    expect(page.locator("article.release h2")).to_have_text("Release 1999")
    expect(page.locator(".release-list a.current")).to_contain_text("r1999")
    page.click('tr.rec[data-kind="people"][data-i="0"]', position=ROW_EDGE)
    assert joined_text(page.locator("#text .hit-current")) == "Ann Lee1999"


def test_ten_thousand_releases_load_one_part_at_a_time(tab, tmp_path):
    from pipeline.outputs.review import PART_SIZE, render_review, review_parts

    releases, texts = [], {}
    for n in range(10_000):
        rid = f"r{n:05d}"
        text = f"Release {n}: Director Ann Lee{n} met the board."
        start = text.index("Ann")
        name = f"Ann Lee{n}"
        evidence = Evidence(release_id=rid, start=start, end=start + len(name), mention=name, sentence=text, sentence_start=0)
        releases.append(Release(id=rid, title=f"Release {n}", published="2024-01-01", people=[Person(name=name, evidence=[evidence])]))
        texts[rid] = text
    index = build_index(releases)
    (tmp_path / "review.html").write_text("".join(render_review("test", releases, (), index, part_size=PART_SIZE)), encoding="utf-8")
    (tmp_path / "review").mkdir()
    for name, script in review_parts(((r, texts[r.id]) for r in releases), index):
        (tmp_path / name).write_text(script, encoding="utf-8")
    parts = 10_000 // PART_SIZE
    assert len(list((tmp_path / "review").iterdir())) == parts
    tab.open(tmp_path / "review.html")
    page = tab.page
    expect(page.locator("article.release h2")).to_have_text("Release 0")
    expect(page.locator("#list .pager").first).to_contain_text("1–100 of 10000")
    tab.open(tmp_path / "review.html", "#release/r09999")
    expect(page.locator("article.release h2")).to_have_text("Release 9999")
    page.click('tr.rec[data-kind="people"][data-i="0"]', position=ROW_EDGE)
    assert joined_text(page.locator("#text .hit-current")) == "Ann Lee9999"
    first = 10_000 - PART_SIZE  # the first release of the last part: same part, no new load
    page.evaluate(f"location.hash = '#release/r{first:05d}'")
    expect(page.locator("article.release h2")).to_have_text(f"Release {first}")
    loaded = sorted(url.rsplit("/", 1)[1] for url in tab.requests if "/review/" in url)
    assert loaded == ["part-00000.js", f"part-{parts - 1:05d}.js"]
    assert not tab.errors


SELECT_TEXT = """([start, end]) => {
  const box = document.getElementById("text");
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let at = 0, from = null, to = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent.length;
    if (!from && start < at + len) from = [node, start - at];
    if (!to && end <= at + len) { to = [node, end - at]; break; }
    at += len;
  }
  window.getSelection().setBaseAndExtent(from[0], from[1], to[0], to[1]);
}"""


def test_a_review_is_recorded_kept_exported_and_becomes_a_gold_file(tab, corpus_outputs, tmp_path):
    import json

    from pipeline import cli

    from pipeline.evaluation import evaluate

    path, facts = corpus_outputs
    release = next(r for r in facts.releases if r.id == "state-00181")
    # The release's one organization (the European Union, a signatory) and its agreement.
    assert not release.people and [o.name for o in release.organizations] == ["European Union"]
    tab.open(path, "#release/state-00181")
    page = tab.page
    expect(page.locator(".review-progress")).to_have_text("Reviewed 0 of 2")
    page.click('tr.rec[data-kind="organizations"][data-i="0"]', position=ROW_EDGE)
    page.keyboard.press("n")  # wrong, by a slip; the next record is selected
    expect(page.locator('tr.rec.selected[data-kind="resolutions"][data-i="0"]')).to_be_visible()
    expect(page.locator('tr.rec[data-kind="organizations"][data-i="0"] td.verdict')).to_have_attribute("data-verdict", "wrong")
    expect(page.locator(".review-progress")).to_have_text("Reviewed 1 of 2")
    page.click('tr.rec[data-kind="organizations"][data-i="0"]', position=ROW_EDGE)
    page.keyboard.press("y")  # the slip undone: a new verdict replaces the old one
    expect(page.locator('tr.rec[data-kind="organizations"][data-i="0"] td.verdict')).to_have_attribute("data-verdict", "right")
    expect(page.locator('tr.rec.selected[data-kind="resolutions"][data-i="0"]')).to_be_visible()
    expect(page.locator(".review-progress")).to_have_text("Reviewed 1 of 2")
    page.keyboard.press("e")  # correct a field: the subject the extraction missed
    page.fill('.field-form input[name="subject"]', "prevent unregulated high seas fishing in the Central Arctic Ocean")
    page.click('.field-form button[type="submit"]')
    expect(page.locator(".review-progress")).to_have_text("Reviewed 2 of 2")
    # A missed record, from a selection in the text.
    spokesperson = page.evaluate("document.getElementById('text').textContent.indexOf('Office of the Spokesperson')")
    assert spokesperson > 0
    page.evaluate(SELECT_TEXT, [spokesperson, spokesperson + len("Office of the Spokesperson")])
    page.select_option("#add-kind", "organizations")
    page.click("#add-selection")
    expect(page.locator('.field-form input[name="name"]')).to_have_value("Office of the Spokesperson")
    page.fill('.field-form input[name="parent"]', "U.S. Department of State")
    page.click('.field-form button[type="submit"]')
    expect(page.locator("tr.added-rec")).to_have_count(1)
    expect(page.locator(".release-list a.current .progress")).to_have_text(" ✓ 2/2")
    # Kept across reloads.
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    expect(page.locator(".review-progress")).to_have_text("Reviewed 2 of 2")
    expect(page.locator("tr.added-rec")).to_have_count(1)
    with page.expect_download() as download:
        page.click("#export-review")
    exported = tmp_path / "review-verdicts.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "news-facts-review" and [r["id"] for r in data["releases"]] == ["state-00181"]
    # The export becomes a gold file: the last verdict counts, correction applied, addition kept.
    gold = tmp_path / "gold"
    assert cli.main(["gold", "--from-review", str(exported), "--gold", str(gold)]) == 0
    written = json.loads((gold / "state-00181.json").read_text(encoding="utf-8"))
    assert written["people"] == []
    assert [o["name"] for o in written["organizations"]] == ["European Union", "Office of the Spokesperson"]
    assert written["organizations"][1]["parent"] == "U.S. Department of State"
    agreement = release.resolutions[0]
    assert written["resolutions"] == [{"kind": agreement.kind, "body": agreement.body, "date": agreement.date, "subject": "prevent unregulated high seas fishing in the Central Arctic Ocean"}]
    assert written["release"] == {"dateline": None, "source": "U.S. Department of State", "published": "2021-06-25"}
    assert cli.main(["gold", "--from-review", str(exported), "--gold", str(gold)]) == 2  # never replaced silently
    assert cli.main(["gold", "--from-review", str(exported), "--gold", str(gold), "--force"]) == 0
    assert set(evaluate.load_gold(gold)) == {"state-00181"}
    # make eval scores the extraction against it: the added office is a miss.
    report = tmp_path / "eval.json"
    assert cli.main(["eval", "--facts", str(path.parent / "facts.json"), "--gold", str(gold), "--json", str(report)]) == 0
    assert report.exists()


# ---------------------------------------------------------------- chips, sorting, filtering, text search


def listed_ids(page) -> list[str]:
    """The release ids in the side list, in the order shown."""
    return [href.rsplit("/", 1)[1] for href in page.locator(".release-list a[data-n]").evaluate_all("links => links.map((a) => a.getAttribute('href'))")]


def test_count_chips_say_what_they_count(tab, corpus_outputs):
    path, facts = corpus_outputs
    first = facts.releases[0]
    page = tab.page
    chips = {"people": ("person", "people"), "organizations": ("org", "orgs"), "roles": ("role", "roles"), "resolutions": ("resolution", "resolutions"), "events": ("event", "events")}
    expected = [f"{len(getattr(first, kind))} {words[len(getattr(first, kind)) != 1]}" for kind, words in chips.items()]
    one = next(r for r in facts.releases if len(r.events) == 1)
    tab.open(path, f"#release/{one.id}")
    expect(page.locator('.release-head .counts span[data-kind="events"]')).to_have_text("1 event")
    tab.open(path)
    assert page.locator(".release-list a.current .counts span").all_text_contents() == expected
    assert page.locator(".release-head .counts span").all_text_contents() == expected
    assert page.locator('.release-head .counts span[data-kind="organizations"]').get_attribute("title") == f"{len(first.organizations)} organizations"


def test_release_list_filters_by_source_and_sorts_by_date(tab, corpus_outputs):
    path, facts = corpus_outputs
    tab.open(path)
    page = tab.page
    state = [r for r in facts.releases if r.source == "U.S. Department of State"]
    assert 1 < len(state) < 100
    page.select_option("#source", "U.S. Department of State")
    expect(page.locator("#list h2")).to_have_text(f"Releases ({len(state)} of {len(facts.releases)})")
    assert listed_ids(page) == [r.id for r in state]
    assert page.locator(f'#source option[value="U.S. Department of State"]').text_content() == f"U.S. Department of State ({len(state)})"
    page.select_option("#sort", "newest")
    newest = sorted(state, key=lambda r: r.published or "", reverse=True)  # stable: ties keep corpus order
    expect(page.locator(".release-list li").first).to_contain_text(newest[0].id)
    assert listed_ids(page) == [r.id for r in newest if r.published] + [r.id for r in newest if not r.published]
    page.select_option("#sort", "oldest")
    expect(page.locator(".release-list li").first).to_contain_text(min(state, key=lambda r: r.published or "9").id)
    # A date range over every source: a date is kept when it can fall in the range at its own precision.
    page.select_option("#source", "")
    page.fill("#date-from", "2021-01-01")
    page.fill("#date-to", "2021-06-30")
    in_range = [r for r in facts.releases if r.published and "2021-01-01"[: len(r.published)] <= r.published <= "2021-06-30"[: len(r.published)]]
    assert 1 < len(in_range) < len(facts.releases)
    expect(page.locator("#list h2")).to_have_text(f"Releases ({len(in_range)} of {len(facts.releases)})")
    assert listed_ids(page) == [r.id for r in sorted(in_range, key=lambda r: r.published)]


def test_text_search_finds_releases_by_words_in_their_text(tab, corpus_outputs):
    path, facts = corpus_outputs
    tab.open(path)
    page = tab.page
    page.fill("#text-search", "cybersecurity")
    expected = ["state-00479", "state-00740", "wh-00781", "wh-01282", "wh-01479", "wire-00475", "wire-00942", "wire-02523"]  # grep -il cybersecurity corpus/*.txt
    expect(page.locator("#list h2")).to_have_text(f"Releases ({len(expected)} of {len(facts.releases)})")
    assert listed_ids(page) == expected
    expect(page.locator("#text-scope")).to_have_text(f"Text search covers all {len(facts.releases)} releases.")
    marks = page.locator(".release-list .snippet mark").all_text_contents()
    assert len(marks) == len(expected) and all(m.casefold() == "cybersecurity" for m in marks)
    # Any case; combined with the source filter.
    page.fill("#text-search", "CENTRAL ARCTIC OCEAN")
    expect(page.locator("#list h2")).to_have_text(f"Releases (1 of {len(facts.releases)})")
    assert listed_ids(page) == ["state-00181"]
    page.select_option("#source", "The White House")
    expect(page.locator("#list h2")).to_have_text(f"Releases (0 of {len(facts.releases)})")
    page.fill("#text-search", "")
    page.select_option("#source", "")
    expect(page.locator("#list h2")).to_have_text(f"Releases ({len(facts.releases)})")
    expect(page.locator("#text-scope")).to_be_hidden()


def test_text_search_in_part_files_covers_the_loaded_parts_and_says_so(tab, tmp_path):
    from pipeline.outputs.review import render_review, review_parts

    releases, texts = [], {}
    for n in range(30):
        rid = f"r{n:02d}"
        topic = "wind\n  turbines" if n in (3, 25) else "budgets"
        text = f"Release {n}: Director Ann Lee{n} met the board about {topic}."
        start = text.index("Ann")
        name = f"Ann Lee{n}"
        evidence = Evidence(release_id=rid, start=start, end=start + len(name), mention=name, sentence=text, sentence_start=0)
        releases.append(Release(id=rid, title=f"Release {n}", published="2024-01-01", people=[Person(name=name, evidence=[evidence])]))
        texts[rid] = text
    index = build_index(releases)
    (tmp_path / "review.html").write_text("".join(render_review("test", releases, (), index, part_size=10)), encoding="utf-8")
    (tmp_path / "review").mkdir()
    for name, script in review_parts(((r, texts[r.id]) for r in releases), index, part_size=10):
        (tmp_path / name).write_text(script, encoding="utf-8")
    tab.open(tmp_path / "review.html")
    page = tab.page
    expect(page.locator("article.release h2")).to_have_text("Release 0")
    page.fill("#text-search", "Wind Turbines")  # across the line break, any case
    expect(page.locator("#list h2")).to_have_text("Releases (1 of 30)")
    assert listed_ids(page) == ["r03"]
    expect(page.locator("#text-scope")).to_contain_text("covers the 10 of 30 releases loaded so far")
    page.evaluate("location.hash = '#release/r21'")  # loads part 2: its texts become searchable
    expect(page.locator("article.release h2")).to_have_text("Release 21")
    expect(page.locator("#list h2")).to_have_text("Releases (2 of 30)")
    assert listed_ids(page) == ["r03", "r25"]
    expect(page.locator("#text-scope")).to_contain_text("covers the 20 of 30 releases loaded so far")


def test_a_source_with_markup_shows_as_text_in_the_source_menu(tab, tmp_path):
    release = hostile_release()
    release.source = '<img src=x onerror="window.__pwned = 1">'
    write_outputs(Facts(pipeline="test", releases=[release]), tmp_path, texts={"r1": HOSTILE})
    tab.open(tmp_path / "review.html")
    page = tab.page
    assert page.locator("#source option").all_text_contents() == ["All sources", f"{release.source} (1)"]
    page.select_option("#source", release.source)
    expect(page.locator("#list h2")).to_have_text("Releases (1 of 1)")
    page.fill("#text-search", "<script>")
    expect(page.locator(".release-list .snippet mark")).to_have_text("<script>")
    assert page.locator("img, #side script").count() == 0
    assert page.evaluate("window.__pwned") is None
