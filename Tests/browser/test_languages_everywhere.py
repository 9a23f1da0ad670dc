"""Beyond the walks: every main page of the demo, in Spanish and in French, words its interface in that
language — section headings, column heads, labels, buttons, captions, hints, navigation and the names
of pictures. The demo's stories and names are data and are not looked at here."""
import re

from test_foundation import sign_in
from test_languages import ENGLISH_WORDS

INTERFACE_TEXT = """() => {
  const out = [];
  const skip = el => el.closest('[translate=no], code, pre');
  // The text an element says itself: what is marked as data inside it is left out.
  const own = el => { const c = el.cloneNode(true); c.querySelectorAll('[translate=no], code').forEach(d => d.remove()); return c.textContent.trim(); };
  for (const el of document.querySelectorAll('main h2, main th[scope=col], main label, main button, main caption, main figcaption, main .hint, main legend, nav a, main summary, main .history strong')) {
    if (skip(el)) continue;
    const t = own(el);
    if (t) out.push(t);
  }
  for (const el of document.querySelectorAll('main [aria-label], main svg title, main svg text.axis-title')) {
    if (skip(el)) continue;
    const t = el.getAttribute('aria-label') || el.textContent.trim();
    if (t) out.push(t);
  }
  return out;
}"""


def first_link(page, server, listing):
    page.goto(server + listing)
    return page.locator("main tbody a").first.get_attribute("href")


def english_in_interface(page, language, data):
    left = []
    for text in page.evaluate(INTERFACE_TEXT):
        for d in data:
            text = text.replace(d, " ")
        if {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & ENGLISH_WORDS[language]:
            left.append(text[:120])
    return left


def test_every_main_page_words_its_interface_in_spanish_and_french(server, page):
    sign_in(page, server)
    cluster = first_link(page, server, "/clusters?q=boaco")
    network = first_link(page, server, "/networks?q=masaya")
    vertical = first_link(page, server, "/programme/linkages")
    project = first_link(page, server, "/projects")
    broker = first_link(page, server, "/brokers")
    agreement = first_link(page, server, "/cooperation")
    pages = ["/", "/projects", "/clusters", "/programme/clusters", "/networks", "/net/targets", "/net/benchmark", "/programme/linkages",
             "/cluster-maps", "/programme/results", "/indicators", "/programme/brokers", "/cooperation", "/learning",
             "/actors", "/persons", "/countries", "/admin/users", "/account/tokens", "/account/password", "/programme/reporting-organisation",
             "/courses", "/cohorts", "/brokers", "/action-ideas", "/dimensions",
             cluster, cluster + "/diagnostics", cluster + "/linkages", cluster + "/plan", cluster + "/actions", cluster + "/contributions",
             cluster + "/events", cluster + "/reviews", cluster + "/results", cluster + "/handover", cluster + "/linkages/import",
             network, network + "/net", network + "/phase", network + "/rules", network + "/business-plans", network + "/joint-projects",
             network + "/relations", network + "/results",
             vertical, vertical + "/clients", vertical + "/evaluations", vertical + "/improvement-plans", vertical + "/partnerships",
             project, project + "/report", project + "/impact", project + "/reporting-periods", project + "/linkage-unit",
             broker, agreement, "/clusters/new", "/networks/new", "/actors/new"]
    # Names the demo gives its records, which stand in some headings and labels as data.
    data = ["Clusterworks", "NET", "CSV", "IATI", "API", "OpenAPI", "PDCA", "SWOT", "KPIs", "LQ"]
    found = []
    for language, button in (("es", "Español"), ("fr", "Français")):
        page.goto(server + "/")
        page.get_by_role("button", name=button).click()
        for path in pages:
            response = page.goto(server + path)
            assert response.ok, path
            assert page.evaluate("document.documentElement.lang") == language, path
            left = english_in_interface(page, language, data)
            if left:
                found.append(f"{language} {path}: {left[:5]}")
    page.goto(server + "/")
    page.get_by_role("button", name="English").click()
    assert not found, "English left in the interface:\n" + "\n".join(found)
