"""The admin sets up a cluster and assigns the broker; the broker walks it from its diagnostic to the
first plan–do–check–act review, in the browser, with the accessibility checked on every new kind of page."""
from pictures import assert_picture_readable, assert_pictures_readable, assert_tables_fit
from test_foundation import assert_accessible, sign_in


def sign_in_as(page, base, email):
    page.goto(base + "/sign-in")
    page.fill("#email", email)
    page.fill("#password", "demo-password-2024")
    page.click("main button[type=submit]")
    page.wait_for_url(base + "/")


def submit(page, label):
    page.get_by_role("button", name=label).click()
    page.wait_for_load_state()


def choose(page, select, text):
    """Selects the option whose label contains `text` (labels carry codes and acronyms)."""
    page.select_option(select, page.locator(f"{select} option", has_text=text).get_attribute("value"))


def fill(page, fields):
    """Fills a form: text for inputs, ("select", value) for choices."""
    for selector, value in fields.items():
        if isinstance(value, tuple):
            page.select_option(selector, value[1])
        else:
            page.fill(selector, value)


def assign_broker(page, server, scope_label):
    """As the admin: gives the demo broker edit rights on a record, then signs out."""
    page.goto(server + "/admin/users")
    page.get_by_role("link", name="broker@example.org").click()
    choose(page, "#f-scope", scope_label)
    submit(page, "Assign")
    submit(page, "Sign out")


def test_walk_a_cluster_from_diagnostic_to_first_review(server, page):
    sign_in(page, server)
    # A new cluster in the India project.
    page.goto(server + "/clusters/new")
    fill(page, {"#f-name": "Sanganer screen printing", "#f-country": "IN", "#f-place": "Sanganer", "#f-sector": "Textile printing",
                "#f-stage": ("select", "trust_building")})
    choose(page, "#f-projectId", "Cluster and network development in India")
    submit(page, "Save")
    assert "cannot move to Trust building yet" in page.content()
    page.select_option("#f-stage", "diagnostic")
    submit(page, "Save")
    assert page.locator("h1").inner_text() == "Sanganer screen printing"
    cluster_url = page.url
    assert "a diagnostic study must be started" in page.content()
    assert_accessible(page)
    # The broker is assigned to it; only then may they change it.
    assign_broker(page, server, "Cluster: Sanganer screen printing")
    sign_in_as(page, server, "broker@example.org")
    page.goto(cluster_url)
    assert page.get_by_role("link", name="Edit").count() == 1

    # The diagnostic, its value chain and the perceptions of two groups.
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Diagnostic").click()
    page.fill("#f-title", "Sanganer diagnostic")
    page.fill("#f-startedOn", "2001-02-01")
    page.fill("#f-weaknesses", "Synthetic dyes sold as natural\nNo brand")
    submit(page, "Add: diagnostic")
    page.get_by_role("link", name="Sanganer diagnostic (version 1)").click()
    page.fill("#f-position", "1")
    page.fill("#f-name", "Printing")
    page.fill("#f-bottlenecks", "Copying of designs")
    submit(page, "Add: value chain stage")
    for group, severity, statement in [("entrepreneurs", "major", "Buyers will not pay for quality"),
                                       ("support_institutions", "not_a_problem", "Buyers pay for certified natural dyes")]:
        page.fill("#f-theme", "Price of quality")
        page.select_option("#f-stakeholderGroup", group)
        page.select_option("#f-severity", severity)
        page.fill("#f-statement", statement)
        submit(page, "Add: perception")
    exports = page.locator("#f-indicatorId option", has_text="Exports").get_attribute("value")
    page.select_option("#f-indicatorId", exports)
    page.fill("#f-value", "1200000")
    page.fill("#f-unit", "USD per year")
    submit(page, "Add: figure")
    assert "1,200,000" in page.locator("#fig-h + div table").inner_text()  # the browser reads en-US
    matrix = page.locator("table.matrix")
    assert "Groups differ" in matrix.inner_text()
    assert "Copying of designs" in page.content()
    assert_accessible(page)
    diagnostic_url = page.url

    # The cluster can now move to trust building; an event is held.
    page.goto(cluster_url)
    submit(page, "Move to trust building")
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Events").click()
    page.select_option("#f-type", "validation_meeting")
    page.fill("#f-title", "Validation of the diagnostic")
    page.fill("#f-heldOn", "2001-03-01")
    page.fill("#f-endedOn", "2001-02-01")
    page.fill("#f-women", "4")
    page.fill("#f-men", "11")
    submit(page, "Add: event")
    assert "must not be before the day the event began" in page.content()
    page.fill("#f-endedOn", "")
    submit(page, "Add: event")
    assert page.locator("figure.chart svg").count() == 1
    assert_accessible(page)

    # Validation freezes the diagnostic.
    page.goto(diagnostic_url)
    page.fill("#f-validatedOn", "2001-03-01")
    page.fill("#f-validatedBy", "Validation meeting with 15 stakeholders")
    submit(page, "Validate this diagnostic")
    assert "cannot be changed" in page.content()
    assert page.locator("#f-theme").count() == 0

    # Action planning, a plan and an action.
    page.goto(cluster_url)
    submit(page, "Move to action planning")
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Action plan").click()
    page.fill("#f-vision", "Sanganer prints sold under their own name")
    page.fill("#f-objectives", "A common brand\nNatural dyes")
    page.fill("#f-adoptedOn", "2001-04-01")
    page.fill("#f-currency", "USD")
    submit(page, "Add: action plan")
    assert_accessible(page)
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Actions").click()
    page.fill("#f-title", "Common brand and label")
    page.fill("#f-objective", "A common brand")
    page.select_option("#f-type", "joint_marketing")
    cotex = page.locator("#f-leadActorId option", has_text="Consortium of Textile Exporters").get_attribute("value")
    page.select_option("#f-leadActorId", cotex)
    page.select_option("#f-status", "in_progress")
    page.fill("#f-percentComplete", "30")
    submit(page, "Add: action")
    page.get_by_role("link", name="Common brand and label").first.click()
    page.fill("#f-funderName", "COTEX members")
    page.select_option("#f-funderKind", "private_sector")
    page.select_option("#f-form", "cash")
    page.fill("#f-pledged", "5000")
    page.fill("#f-pledgedOn", "2001-04-15")
    page.fill("#f-paid", "6000")
    page.fill("#f-paidOn", "2001-05-01")
    submit(page, "Add: contribution")
    assert "cannot exceed the 5000 pledged" in page.content()
    page.fill("#f-paid", "2500")
    submit(page, "Add: contribution")
    assert "COTEX members: 5000 pledged" in page.content()

    # The first plan–do–check–act review.
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Reviews").click()
    page.fill("#f-reviewedOn", "2001-10-01")
    page.fill("#f-checked", "The label is designed; buyers want proof of natural dyes.")
    page.fill("#f-learned", "Certification matters more than the logo.")
    page.fill("#f-changes", "Add a dye testing action.")
    page.locator("select[name$='.status']").select_option("done")
    page.locator("input[name$='.percent']").fill("100")
    submit(page, "Record review")
    assert "Review of version 1" in page.locator("h1").inner_text()
    assert "Version 1 of the plan, as reviewed" in page.content()
    assert_accessible(page)
    page.goto(cluster_url)
    content = page.content()
    assert "Version 2, 1 review" in content
    assert "1 done" in content
    page.screenshot(path="/tmp/cw-cluster.png", full_page=True)
    assert_accessible(page)

    # The programme overview lists it with its figures.
    page.goto(server + "/programme/clusters?sort=stage&dir=desc")
    row = page.get_by_role("row", name="Sanganer screen printing")
    assert "Action planning" in row.inner_text()
    assert_accessible(page)


def test_network_analysis_of_a_cluster_reads_its_map(server, page):
    sign_in(page, server)
    page.goto(server + "/clusters?q=bagru")
    page.get_by_role("link", name="Bagru and Sanganer block printing").click()
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Network analysis").click()
    # Computed in the background: the page reloads itself until the analysis is ready.
    page.wait_for_selector("[data-analysis=ready]", timeout=60000)
    assert "What the ties say" in page.content()
    assert page.locator("figure.analysis svg circle").count() >= 3
    # Grouped by stage of the value chain, the finishing units are the printers' only way to the exporters.
    findings = page.locator("#find-h ~ ul").inner_text()
    assert "1. Dyeing and hand-block printing reach 3. Marketing and export only through 2 actors" in findings
    assert_accessible(page)
    # The drawing can be read at 1280 px: circles follow the kind of organisation, names stay inside and apart.
    page.set_viewport_size({"width": 1280, "height": 900})
    kinds = page.eval_on_selector_all("figure.analysis circle",
                                      "cs => cs.map(c => [c.dataset.kind, c.classList.contains('institution')])")
    assert kinds and all((kind == "institution") == dark for kind, dark in kinds)
    assert any(kind == "enterprise" for kind, _ in kinds) and any(kind == "institution" for kind, _ in kinds)
    assert_picture_readable(page, "figure.analysis svg", "network-analysis")
    assert_tables_fit(page)
    page.get_by_role("link", name="Group by kind of organisation").click()
    page.wait_for_selector("[data-analysis=ready]", timeout=60000)
    assert "Marketing and export" not in page.locator("#find-h ~ ul").inner_text()


def test_the_pictures_of_a_cluster_and_a_network_can_be_read(server, page):
    """Every chart at 1280 px: text at least 11 px, inside its frame, apart; tables within their container."""
    sign_in(page, server)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + "/clusters?q=boaco")
    page.locator("main tbody a").first.click()
    cluster = page.url
    assert_pictures_readable(page, "cluster-page")
    assert_tables_fit(page)
    page.goto(cluster + "/linkages")
    assert page.locator("figure.graph svg").count() == 2
    assert_picture_readable(page, "figure.graph svg >> nth=1", "linkage-map")
    assert_tables_fit(page)
    page.goto(server + "/networks?q=masaya")
    page.locator("main tbody a").first.click()
    network = page.url
    assert_picture_readable(page, "figure.chart svg", "network-members")
    assert_picture_readable(page, "figure.radar svg", "network-radar")
    assert_tables_fit(page)
    page.goto(network + "/net/benchmark")
    assert_picture_readable(page, "svg.box >> nth=0", "net-benchmark-box")
    page.goto(server + "/programme/clusters")
    assert_tables_fit(page)
