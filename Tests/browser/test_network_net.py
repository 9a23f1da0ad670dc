"""The broker of the Masaya network records a NET assessment in the browser and sees it on the radar,
then tries to move the network to self-management and is told the group still depends on the broker."""
from test_cluster_cycle import assign_broker, choose, fill, sign_in_as, submit
from test_foundation import assert_accessible, sign_in


NET_INDICATORS = ["groupCohesion", "internalOrganization", "strategicAnalysis", "strategicPlanning",
                  "productionRestructuring", "economicPerformance", "institutionalConnection"]


def fill_net_scores(page, scores):
    """The seven scores of a NET assessment form, in the order of the indicators."""
    for key, score in zip(NET_INDICATORS, scores):
        page.fill(f"#f-{key}Score", str(score))


def test_record_a_net_assessment_and_see_the_radar(server, page):
    sign_in_as(page, server, "broker@example.org")
    page.goto(server + "/networks?q=masaya")
    page.get_by_role("link", name="Masaya woodworkers' network").click()
    network_url = page.url
    assert page.locator("figure.radar svg").count() == 1
    assert_accessible(page)
    page.get_by_role("navigation", name="Network sections").get_by_role("link", name="NET", exact=True).click()
    assert page.locator("#f-phase").input_value() == "strategic_projects"
    page.fill("#f-assessedOn", "2001-06-30")
    page.fill("#f-assessor", "Network broker and the members")
    fill_net_scores(page, [5, 4, 4, 4, 4, 5, 7])
    page.fill("#f-groupCohesionEvidence", "The members run the input shop without the broker.")
    submit(page, "Add: NET assessment")
    assert "must be between 1 and 5" in page.content()
    page.fill("#f-institutionalConnectionScore", "4")
    page.check("#f-dependsOnBroker")
    submit(page, "Add: NET assessment")
    assert "Latest: Jun 30, 2001" in page.content()
    radar = page.locator("figure.radar svg")
    assert radar.count() == 1
    assert radar.locator("polygon.score").count() == 1 and radar.locator("polygon.target").count() == 1
    assert "7 of 7 indicators at or above target" in page.content()
    page.screenshot(path="/tmp/cw-net.png", full_page=True)
    assert_accessible(page)

    page.get_by_role("link", name="Compare with networks in the same phase").first.click()
    assert "Percentile" in page.content()
    assert_accessible(page)

    # The broker may not skip to self-management without the conditions; the page says why.
    page.goto(network_url + "/phase")
    fill(page, {"#f-decidedOn": "2001-07-01", "#f-toPhase": ("select", "self_management"), "#f-reason": "The group runs itself"})
    submit(page, "Record decision")
    assert "cannot move to 5 · Self-management yet" in page.content()
    assert "still depends on the broker" in page.content()
    assert page.locator("#f-override").count() == 0
    assert_accessible(page)


def test_walk_a_network_from_promotion_to_self_management(server, page):
    sign_in(page, server)
    page.goto(server + "/networks/new")
    fill(page, {"#f-name": "Sanganer printers' network", "#f-kind": ("select", "horizontal"), "#f-country": "IN",
                "#f-phase": ("select", "promotion"), "#f-formedOn": "2001-01-15"})
    choose(page, "#f-projectId", "Cluster and network development in India")
    submit(page, "Save")
    network_url = page.url
    assign_broker(page, server, "Network: Sanganer printers' network")

    sign_in_as(page, server, "broker@example.org")
    page.goto(network_url)
    for n in (1, 2, 3):
        choose(page, "#f-actorId", f"Bagru block printer {n} (illustrative)")
        fill(page, {"#f-role": ("select", "member"), "#f-joinedOn": "2001-01-15"})
        submit(page, "Add member")

    def decide(on, phase, reason):
        page.goto(network_url + "/phase")
        fill(page, {"#f-decidedOn": on, "#f-toPhase": ("select", phase), "#f-reason": reason})
        submit(page, "Record decision")

    decide("2001-02-01", "strategic_planning", "Three printers committed")
    assert "Now in 2 · Strategic planning" in page.locator("main").inner_text()
    decide("2001-03-01", "pilot_projects", "Plan coming")
    assert "no business plan has been adopted" in page.content()
    page.goto(network_url + "/business-plans")
    fill(page, {"#f-title": "Sanganer plan", "#f-objectives": "Buy dyes together\nSell under one label", "#f-adoptedOn": "2001-03-10"})
    submit(page, "Add: business plan")
    decide("2001-03-15", "pilot_projects", "Plan adopted")
    page.goto(network_url + "/joint-projects")
    fill(page, {"#f-title": "Joint dye purchase", "#f-scale": ("select", "pilot"), "#f-type": ("select", "bulk_purchasing"),
                "#f-status": ("select", "completed"), "#f-startOn": "2001-04-01", "#f-endOn": "2001-08-31"})
    submit(page, "Add: joint project")
    page.goto(network_url + "/rules")
    fill(page, {"#f-title": "Rules of the group", "#f-text": "Members pay their share of each purchase in advance.", "#f-adoptedOn": "2001-09-01"})
    submit(page, "Add: version of the rules")
    decide("2001-09-15", "strategic_projects", "Pilot done and rules adopted")
    page.goto(network_url + "/net")
    page.fill("#f-assessedOn", "2002-06-30")
    page.fill("#f-assessor", "The members")
    fill_net_scores(page, [5] * 7)
    page.uncheck("#f-dependsOnBroker")
    submit(page, "Add: NET assessment")
    decide("2002-07-01", "self_management", "The group runs itself")
    assert "Now in 5 · Self-management" in page.locator("main").inner_text()
    assert_accessible(page)
    page.goto(network_url)
    assert "5 · Self-management" in page.locator("ol.stages li.current").inner_text()
