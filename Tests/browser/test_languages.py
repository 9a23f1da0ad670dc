"""A broker whose language is Spanish walks a cluster's cycle and a network's phases in Spanish; a
French broker records a NET assessment in French. On every page they see, no English is left outside
names and stories: the data the demo and the test wrote."""
import re

from pictures import assert_picture_readable, assert_pictures_readable, assert_tables_fit
from test_cluster_cycle import choose, fill, sign_in_as, submit
from test_foundation import assert_accessible, sign_in
from test_network_net import fill_net_scores

# Words English needs in almost any sentence and these languages never use as words of their own.
ENGLISH_WORDS = {
    "es": {"the", "and", "of", "with", "is", "are", "not", "yet", "this", "from", "by", "for", "to", "at", "was", "were",
           "be", "been", "which", "their", "its", "any", "every", "each", "only", "than", "there", "what", "who", "when",
           "where", "have", "add", "save", "edit", "delete", "record", "back", "move", "search", "next", "previous", "none",
           "before", "ready", "since", "through", "without"},
    "fr": {"the", "and", "of", "with", "is", "are", "not", "yet", "this", "from", "by", "for", "to", "at", "was", "were",
           "be", "been", "which", "their", "its", "any", "every", "each", "only", "than", "there", "what", "who", "when",
           "where", "have", "add", "save", "edit", "delete", "record", "back", "move", "search", "next", "previous", "none",
           "before", "ready", "since", "through", "without"},
}

VISIBLE_TEXT = """() => {
  const lang = document.documentElement.lang;
  // Names and stories are data: marked translate=no, or in another language (the language switch).
  const skip = el => !el || el.closest('[translate=no], script, style') || (el.closest('[lang]') || {}).lang !== lang;
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (n.textContent.trim() && !skip(n.parentElement)) out.push(n.textContent.trim());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
  }
  out.push(document.title.replace(/ · Clusterworks$/, ''));
  return out;
}"""


def english_left(page, language, data=()):
    """The texts of the page that still read as English, once the data named are taken out."""
    assert page.evaluate("document.documentElement.lang") == language
    left = []
    for text in page.evaluate(VISIBLE_TEXT):
        for d in data:
            text = text.replace(d, " ")
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
        if words & ENGLISH_WORDS[language]:
            left.append(text)
    return left


class EnglishLeft:
    """Collects what reads as English on each page of a walk, so one run names every page at fault."""
    def __init__(self, page, language, data):
        self.page, self.language, self.data, self.found = page, language, data, []

    def check(self):
        left = english_left(self.page, self.language, self.data)
        if left:
            self.found.append(f"{self.page.url.split('/', 3)[-1]}: {left[:6]}")

    def assert_none(self):
        assert not self.found, "English left:\n" + "\n".join(self.found)


def create_user(page, server, email, name, language, role="broker"):
    page.goto(server + "/admin/users/new")
    fill(page, {"#f-email": email, "#f-name": name, "#f-language": ("select", language), "#f-role": ("select", role),
                "#f-password": "demo-password-2024"})
    submit(page, "Save")


def assign(page, server, email, scope_name):
    page.goto(server + "/admin/users")
    page.get_by_role("link", name=email).click()
    choose(page, "#f-scope", scope_name)
    submit(page, "Assign")


NICARAGUA = "SME networks, clusters and vertical linkages in Nicaragua"
WORKSHOPS = [f"Masaya woodworking workshop {n}" for n in (2, 3, 4)]


def test_a_spanish_broker_walks_a_cluster_and_a_network_in_spanish(server, page):
    sign_in(page, server)
    create_user(page, server, "gestora.masaya@example.org", "Gestora de Masaya", "es")
    page.goto(server + "/clusters/new")
    fill(page, {"#f-name": "Cerámica de San Juan de Oriente", "#f-country": "NI", "#f-place": "San Juan de Oriente",
                "#f-sector": "Cerámica", "#f-stage": ("select", "diagnostic")})
    choose(page, "#f-projectId", NICARAGUA)
    submit(page, "Save")
    cluster_url = page.url
    page.goto(server + "/networks/new")
    fill(page, {"#f-name": "Red de talleres de Masaya", "#f-kind": ("select", "horizontal"), "#f-country": "NI",
                "#f-phase": ("select", "promotion"), "#f-formedOn": "2001-01-15"})
    choose(page, "#f-projectId", NICARAGUA)
    submit(page, "Save")
    network_url = page.url
    assign(page, server, "gestora.masaya@example.org", "Cerámica de San Juan de Oriente")
    assign(page, server, "gestora.masaya@example.org", "Red de talleres de Masaya")
    submit(page, "Sign out")

    sign_in_as(page, server, "gestora.masaya@example.org")
    data = [NICARAGUA, "Gestora de Masaya", "Chamber of Industry of Nicaragua", *WORKSHOPS]
    english = EnglishLeft(page, "es", data)
    assert page.locator("h1").inner_text() == "Cartera"
    english.check()

    # The cluster's diagnostic, in Spanish.
    page.goto(cluster_url)
    assert "debe iniciarse un estudio de diagnóstico" in page.content()
    english.check()
    sections = page.get_by_role("navigation", name="Secciones del clúster")
    sections.get_by_role("link", name="Diagnóstico").click()
    english.check()
    page.fill("#f-title", "Diagnóstico de San Juan")
    page.fill("#f-startedOn", "2001-02-01")
    page.fill("#f-weaknesses", "Esmaltes con plomo\nSin marca")
    submit(page, "Añadir: diagnóstico")
    page.get_by_role("link", name="Diagnóstico de San Juan (versión 1)").click()
    page.fill("#f-position", "1")
    page.fill("#f-name", "Torneado")
    page.fill("#f-bottlenecks", "Hornos de leña")
    submit(page, "Añadir: etapa de la cadena de valor")
    for group, severity, statement in [("entrepreneurs", "major", "Los compradores no pagan la calidad"),
                                       ("support_institutions", "not_a_problem", "Los compradores pagan los esmaltes sin plomo")]:
        page.fill("#f-theme", "Precio de la calidad")
        page.select_option("#f-stakeholderGroup", group)
        page.select_option("#f-severity", severity)
        page.fill("#f-statement", statement)
        submit(page, "Añadir: percepción")
    assert "Los grupos difieren" in page.locator("table.matrix").inner_text()
    english.check()
    assert_accessible(page)
    diagnostic_url = page.url

    # Trust building: an event, with a mistake the form explains in Spanish.
    page.goto(cluster_url)
    page.get_by_role("button", name=re.compile("^Pasar a")).click()
    page.get_by_role("navigation", name="Secciones del clúster").get_by_role("link", name="Eventos").click()
    page.select_option("#f-type", "validation_meeting")
    page.fill("#f-title", "Validación del diagnóstico")
    page.fill("#f-heldOn", "2001-03-01")
    page.fill("#f-endedOn", "2001-02-01")
    page.fill("#f-women", "6")
    page.fill("#f-men", "9")
    submit(page, "Añadir: evento")
    assert "no debe ser anterior al día en que empezó el evento" in page.content()
    english.check()
    page.fill("#f-endedOn", "")
    submit(page, "Añadir: evento")
    assert page.locator("figure.chart svg").count() == 1
    english.check()

    # Validation, the plan, an action and the first review.
    page.goto(diagnostic_url)
    page.fill("#f-validatedOn", "2001-03-01")
    page.fill("#f-validatedBy", "Reunión de validación con 15 actores")
    submit(page, "Validar este diagnóstico")
    assert "no se puede cambiar" in page.content()
    english.check()
    page.goto(cluster_url)
    page.get_by_role("button", name=re.compile("^Pasar a")).click()
    page.get_by_role("navigation", name="Secciones del clúster").get_by_role("link", name="Plan de acción").click()
    page.fill("#f-vision", "Cerámica de San Juan vendida con su propio nombre")
    page.fill("#f-objectives", "Una marca común\nEsmaltes sin plomo")
    page.fill("#f-adoptedOn", "2001-04-01")
    page.fill("#f-currency", "USD")
    submit(page, "Añadir: plan de acción")
    english.check()
    page.get_by_role("navigation", name="Secciones del clúster").get_by_role("link", name="Acciones").click()
    page.fill("#f-title", "Marca y etiqueta comunes")
    page.fill("#f-objective", "Una marca común")
    page.select_option("#f-type", "joint_marketing")
    page.select_option("#f-status", "in_progress")
    page.fill("#f-percentComplete", "30")
    submit(page, "Añadir: acción")
    english.check()
    page.get_by_role("navigation", name="Secciones del clúster").get_by_role("link", name="Revisiones").click()
    page.fill("#f-reviewedOn", "2001-10-01")
    page.fill("#f-checked", "La etiqueta está diseñada.")
    page.fill("#f-learned", "La certificación importa más que el logotipo.")
    page.fill("#f-changes", "Añadir una prueba de plomo.")
    page.locator("select[name$='.status']").select_option("done")
    page.locator("input[name$='.percent']").fill("100")
    submit(page, "Registrar revisión")
    assert "Revisión de la versión 1" in page.locator("h1").inner_text()
    english.check()
    page.goto(cluster_url)
    assert "Versión 2, 1 revisión" in page.content()
    english.check()
    assert_accessible(page)

    # The network's phases, in Spanish.
    page.goto(network_url)
    for workshop in WORKSHOPS:
        choose(page, "#f-actorId", workshop)
        fill(page, {"#f-role": ("select", "member"), "#f-joinedOn": "2001-01-15"})
        submit(page, "Añadir miembro")
    english.check()

    def decide(on, phase, reason):
        page.goto(network_url + "/phase")
        fill(page, {"#f-decidedOn": on, "#f-toPhase": ("select", phase), "#f-reason": reason})
        submit(page, "Registrar decisión")
        english.check()

    decide("2001-02-01", "strategic_planning", "Tres talleres comprometidos")
    assert "Ahora en 2 · Planificación estratégica" in page.locator("main").inner_text()
    decide("2001-03-01", "pilot_projects", "Plan en camino")
    assert "no se ha adoptado ningún plan de negocios" in page.content()
    def add(section, button, fields):
        page.goto(network_url + section)
        fill(page, fields)
        submit(page, button)
        english.check()

    add("/business-plans", "Añadir: plan de negocios", {"#f-title": "Plan de los talleres", "#f-adoptedOn": "2001-03-10",
                                                        "#f-objectives": "Comprar madera juntos\nVender con una sola marca"})
    decide("2001-03-15", "pilot_projects", "Plan adoptado")
    add("/joint-projects", "Añadir: proyecto conjunto", {"#f-title": "Compra conjunta de madera", "#f-scale": ("select", "pilot"),
                                                         "#f-type": ("select", "bulk_purchasing"), "#f-status": ("select", "completed"),
                                                         "#f-startOn": "2001-04-01", "#f-endOn": "2001-08-31"})
    add("/rules", "Añadir: versión de las reglas", {"#f-title": "Reglamento del grupo", "#f-adoptedOn": "2001-09-01",
                                                    "#f-text": "Cada miembro paga su parte de la compra por adelantado."})
    decide("2001-09-15", "strategic_projects", "Piloto terminado y reglas adoptadas")
    page.goto(network_url + "/net")
    page.fill("#f-assessedOn", "2002-06-30")
    page.fill("#f-assessor", "Los miembros")
    fill_net_scores(page, [5] * 7)
    page.uncheck("#f-dependsOnBroker")
    submit(page, "Añadir: evaluación NET")
    english.check()
    decide("2002-07-01", "self_management", "El grupo se gestiona solo")
    assert "Ahora en 5 · Autogestión" in page.locator("main").inner_text()
    page.goto(network_url)
    assert "5 · Autogestión" in page.locator("ol.stages li.current").inner_text()
    english.check()
    assert_accessible(page)
    english.assert_none()


def test_a_french_broker_records_a_net_assessment_in_french(server, page):
    sign_in(page, server)
    create_user(page, server, "courtier.masaya@example.org", "Courtier de Masaya", "en")
    assign(page, server, "courtier.masaya@example.org", "Masaya woodworkers' network")
    submit(page, "Sign out")
    sign_in_as(page, server, "courtier.masaya@example.org")
    # The switch on every page: the broker picks French and it stays their setting.
    page.get_by_role("button", name="Français").click()
    assert page.locator("h1").inner_text() == "Portefeuille"
    data = ["Masaya woodworkers' network", "Courtier de Masaya", NICARAGUA]
    english = EnglishLeft(page, "fr", data)
    page.goto(server + "/networks?q=masaya")
    page.get_by_role("link", name="Masaya woodworkers' network").click()
    page.get_by_role("navigation", name="Sections du réseau").get_by_role("link", name="NET", exact=True).click()
    english.check()
    page.fill("#f-assessedOn", "2001-06-30")
    page.fill("#f-assessor", "Le courtier et les membres")
    fill_net_scores(page, [5, 4, 4, 4, 4, 5, 7])
    submit(page, "Ajouter : évaluation NET")
    assert "doit être compris entre 1 et 5" in page.content()
    english.check()
    page.fill("#f-institutionalConnectionScore", "4")
    page.check("#f-dependsOnBroker")
    submit(page, "Ajouter : évaluation NET")
    assert "Dernière : 30 juin 2001" in page.content()
    assert "7 indicateurs sur 7 à la cible ou au-dessus." in page.content()
    assert page.locator("figure.radar svg polygon.score").count() == 1
    english.check()
    assert_accessible(page)
    english.assert_none()
    # The setting outlives the session.
    submit(page, "Se déconnecter")
    sign_in_as(page, server, "courtier.masaya@example.org")
    assert page.locator("html").get_attribute("lang") == "fr"


def test_the_pictures_can_be_read_in_french_and_spanish(server, page):
    """Longer words must not push a label out of its chart: every picture of a cluster and a network at
    1280 px, in both languages, keeps its text at 11 px or more, inside its frame and apart."""
    sign_in(page, server)
    create_user(page, server, "lectrice@example.org", "Lectrice", "fr", role="viewer")
    submit(page, "Sign out")
    sign_in_as(page, server, "lectrice@example.org")
    page.set_viewport_size({"width": 1280, "height": 900})
    for language, switch in (("fr", None), ("es", "Español")):
        if switch:
            page.get_by_role("button", name=switch).click()
        assert page.locator("html").get_attribute("lang") == language
        page.goto(server + "/clusters?q=boaco")
        page.locator("main tbody a").first.click()
        cluster = page.url
        assert_pictures_readable(page, f"cluster-{language}")
        assert_tables_fit(page)
        page.goto(cluster + "/linkages")
        assert_picture_readable(page, "figure.graph svg >> nth=1", f"linkage-map-{language}")
        # The network analysis is drawn in the background once per language: its findings read in the reader's.
        page.goto(cluster + "/network-analysis")
        page.wait_for_selector("[data-analysis=ready]", timeout=60000)
        findings = page.locator("#find-h ~ ul").inner_text()
        assert {"fr": "liens ;", "es": "vínculos;"}[language] in findings, findings
        assert not re.search(r"\b(actors and|ties;|Transitivity|reach contacts)\b", findings), findings
        assert_picture_readable(page, "figure.analysis svg", f"network-analysis-{language}")
        page.goto(server + "/networks?q=masaya")
        page.locator("main tbody a").first.click()
        network = page.url
        assert_picture_readable(page, "figure.chart svg", f"network-members-{language}")
        assert_picture_readable(page, "figure.radar svg", f"network-radar-{language}")
        assert_tables_fit(page)
        page.goto(network + "/net/benchmark")
        assert_picture_readable(page, "svg.box >> nth=0", f"net-benchmark-box-{language}")
        page.goto(server + "/programme/clusters")
        assert_tables_fit(page)
