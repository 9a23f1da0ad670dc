"""Checks that a picture can be read as drawn: text at least 11 px at its displayed size, inside
its frame and not over other text, and tables no wider than their container or the page."""
import os

RESULTS = os.path.join(os.path.dirname(__file__), "..", "..", "test-results")

MEASURE = """(svg) => {
  const frame = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom,
            px: parseFloat(getComputedStyle(t).fontSize) * frame.width / svg.viewBox.baseVal.width};
  });
  return {frame: {x0: frame.left, y0: frame.top, x1: frame.right, y1: frame.bottom}, texts};
}"""

TABLES = """() => [...document.querySelectorAll('main table')].map(t => {
  const box = t.closest('.table-wrap') || t.parentElement;
  return {wider: t.getBoundingClientRect().width > box.getBoundingClientRect().width + 1 && !t.closest('.table-wrap'),
          beyondPage: box.getBoundingClientRect().right > document.documentElement.clientWidth + 1};
})"""


def assert_picture_readable(page, selector, name):
    os.makedirs(RESULTS, exist_ok=True)
    page.locator(selector).screenshot(path=os.path.join(RESULTS, name + ".png"))
    m = page.locator(selector).evaluate(MEASURE)
    f = m["frame"]
    assert m["texts"], "the picture has no text"
    for t in m["texts"]:
        assert t["px"] >= 11, f"{t['text']!r} is drawn at {t['px']:.1f} px"
        assert f["x0"] - 1 <= t["x0"] and t["x1"] <= f["x1"] + 1 and f["y0"] - 1 <= t["y0"] and t["y1"] <= f["y1"] + 1, \
            f"{t['text']!r} runs outside the picture"
    for i, a in enumerate(m["texts"]):
        for b in m["texts"][i + 1:]:
            overlap = a["x0"] < b["x1"] - 1 and b["x0"] < a["x1"] - 1 and a["y0"] < b["y1"] - 1 and b["y0"] < a["y1"] - 1
            assert not overlap, f"{a['text']!r} and {b['text']!r} overlap"


def assert_pictures_readable(page, name):
    """Every picture of the page's main part that holds text."""
    for i in range(page.locator("main svg").count()):
        if page.locator("main svg").nth(i).locator("text").count():
            assert_picture_readable(page, f"main svg >> nth={i}", f"{name}-{i}")


def assert_tables_fit(page):
    for t in page.evaluate(TABLES):
        assert not t["wider"] and not t["beyondPage"], "a table is wider than its container or the page"
