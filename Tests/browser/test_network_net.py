"""The broker of the Masaya network records a NET assessment in the browser and sees it on the radar,
then tries to move the network to self-management and is told the group still depends on the broker."""
from test_cluster_cycle import sign_in_as, submit
from test_foundation import assert_accessible


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
    scores = [5, 4, 4, 4, 4, 5, 7]
    for key, score in zip(["groupCohesion", "internalOrganization", "strategicAnalysis", "strategicPlanning",
                           "productionRestructuring", "economicPerformance", "institutionalConnection"], scores):
        page.fill(f"#f-{key}Score", str(score))
    page.fill("#f-groupCohesionEvidence", "The members run the input shop without the broker.")
    submit(page, "Add a NET assessment")
    assert "must be between 1 and 5" in page.content()
    page.fill("#f-institutionalConnectionScore", "4")
    page.check("#f-dependsOnBroker")
    submit(page, "Add a NET assessment")
    assert "Latest: 2001-06-30" in page.content()
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
    page.fill("#f-decidedOn", "2001-07-01")
    page.select_option("#f-toPhase", "self_management")
    page.fill("#f-reason", "The group runs itself")
    submit(page, "Record decision")
    assert "cannot move to 5 · Self-management yet" in page.content()
    assert "still depends on the broker" in page.content()
    assert page.locator("#f-override").count() == 0
    assert_accessible(page)
