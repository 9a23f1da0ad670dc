"""A linkage broker evaluates a supplier of the footwear client in the browser and reads its
scorecard; the client's needs page ranks the candidates."""
from test_cluster_cycle import choose, fill, submit
from test_foundation import assert_accessible, sign_in


def test_evaluate_a_supplier_and_see_its_scorecard(server, page):
    sign_in(page, server)
    page.goto(server + "/networks?q=footwear")
    page.get_by_role("link", name="Footwear supplier network").click()
    assert "Supplier development" in page.content()
    assert_accessible(page)
    page.get_by_role("navigation", name="Network sections").get_by_role("link", name="Evaluations").click()
    choose(page, "#f-supplierId", "Shoemaker, León (illustrative)")
    fields = {"#f-evaluatedOn": "2000-02-15", "#f-evaluator": "Linkage broker"}
    for key, score in zip(["quality", "delivery", "cost", "capacity", "management", "technology", "finance", "hse"], [4, 6, 4, 4, 3, 4, 3, 4]):
        fields[f"#f-{key}Score"] = str(score)
    fill(page, fields)
    submit(page, "Add: supplier evaluation")
    assert "must be between 1 and 5" in page.content()
    fill(page, {"#f-deliveryScore": "5", "#f-deliveryEvidence": "Every delivery on time since November."})
    submit(page, "Add: supplier evaluation")
    row = page.get_by_role("region", name="Latest evaluations").get_by_role("row", name="Shoemaker, León (illustrative)")
    assert "Ready to supply" in row.inner_text()
    row.get_by_role("link").click()
    scorecard = page.locator("section.scorecard").first
    assert "Ready to supply" in scorecard.inner_text()
    assert "weighted score 3.88 of 5" in scorecard.inner_text()
    assert page.locator("figure.scorebars svg rect.fill").count() == 8
    assert_accessible(page)
    page.screenshot(path="/tmp/cw-scorecard.png", full_page=True)

    page.get_by_role("navigation", name="Network sections").get_by_role("link", name="Clients' needs").click()
    page.locator("table a").first.click()
    ranking = page.get_by_role("region", name="Candidates")
    assert "Shoemaker" in ranking.inner_text()
    assert_accessible(page)


def test_programme_figures_and_the_linkage_unit_fees(server, page):
    sign_in(page, server)
    page.goto(server + "/programme/linkages")
    rum = page.get_by_role("row", name="Rum supplier network")
    assert "5 · Partnership decision" in rum.inner_text()
    assert "85,000" in rum.inner_text()
    assert_accessible(page)
    page.goto(server + "/projects?q=NIC-CLN")
    page.locator("table a", has_text="NIC-CLN").first.click()
    page.get_by_role("link", name="Fees and cost recovery").click()
    assert "2002" in page.get_by_role("region", name="Cost recovery", exact=True).inner_text()
    assert page.locator("figure.chart svg rect.bar").count() == 4
    assert_accessible(page)


def test_a_linkage_broker_takes_the_footwear_group_to_a_partnership(server, page):
    from test_cluster_cycle import assign_broker, sign_in_as
    sign_in(page, server)
    page.goto(server + "/networks?q=footwear")
    page.get_by_role("link", name="Footwear supplier network").click()
    network_url = page.url
    assign_broker(page, server, "Network: Footwear supplier network")
    sign_in_as(page, server, "broker@example.org")

    def decide(on, phase):
        page.goto(network_url + "/phase")
        fill(page, {"#f-decidedOn": on, "#f-toPhase": ("select", phase), "#f-reason": "Step " + phase})
        submit(page, "Record decision")

    decide("1999-08-20", "detailed_analysis")
    decide("1999-09-10", "improvement_plan")
    assert "Now in 4 · Integrated improvement plans" in page.locator("main").inner_text()
    decide("2000-03-01", "partnership_decision")
    assert "0 of 4 firms have an improvement plan; still without one: Footwear manufacturer" in page.content()
    assert "The client plans its own improvements too" in page.content()
    firms = ["Footwear manufacturer and distributor (illustrative name)", "Shoemaker, Granada (illustrative)",
             "Shoemaker, León (illustrative)", "Shoemaker, Masaya (illustrative)"]
    for firm in firms:
        page.goto(network_url + "/improvement-plans")
        choose(page, "#f-firmId", firm)
        fill(page, {"#f-startOn": "1999-09-15", "#f-endOn": "2000-02-28", "#f-objectives": "Deliver on time"})
        submit(page, "Add: improvement plan")
        page.get_by_role("row").filter(has_text=firm).get_by_role("link", name="Improvement plan from Sep 15, 1999").click()
        fill(page, {"#f-category": ("select", "training"), "#f-title": "Planning course", "#f-owner": "Owner",
                    "#f-startOn": "1999-09-15", "#f-endOn": "1999-10-15", "#f-status": ("select", "done")})
        submit(page, "Add: improvement action")
    assert page.locator("figure.gantt svg rect").count() == 1
    assert_accessible(page)
    decide("2000-03-01", "partnership_decision")
    assert "Now in 5 · Partnership decision" in page.locator("main").inner_text()
    page.goto(network_url + "/partnerships")
    choose(page, "#f-clientId", firms[0])
    choose(page, "#f-supplierId", "Shoemaker, León (illustrative)")
    fill(page, {"#f-decidedOn": "2000-03-15", "#f-contractValue": "40000", "#f-contractStart": "2000-04-01", "#f-contractEnd": "2001-03-31"})
    page.check("#f-entered")
    submit(page, "Add: partnership decision")
    assert "1</strong> contracted" in page.content()
    assert_accessible(page)
