"""A broker records a figure broken down by age, submits it; a programme manager approves it; the
project's report then carries it, prints on A4, and its chart can be read."""
import os
import re

from pictures import RESULTS, assert_picture_readable, assert_tables_fit
from test_cluster_cycle import assign_broker, sign_in_as, submit
from test_foundation import assert_accessible, sign_in


def test_submit_approve_report(server, page):
    sign_in(page, server)
    assign_broker(page, server, "Cluster: Ludhiana knitwear")
    sign_in_as(page, server, "broker@example.org")
    page.goto(server + "/clusters")
    page.get_by_role("link", name="Ludhiana knitwear").click()
    page.get_by_role("navigation", name="Cluster sections").get_by_role("link", name="Results").click()
    women = page.locator("#f-indicatorId option", has_text="Women trained").first.get_attribute("value")
    page.select_option("#f-indicatorId", women)
    page.select_option("#f-kind", "measurement")
    page.fill("#f-observedOn", "2000-12-15")
    page.fill("#f-value", "20")
    # A breakdown that does not add up comes back with the dimension named.
    page.fill('[id="f-breakdown.age_group.youth"]', "15")
    page.fill('[id="f-breakdown.age_group.adults"]', "4")
    page.fill('[id="f-breakdown.age_group.older"]', "0")
    submit(page, "Add: figure")
    assert "add up to 19, not to the total of 20" in page.content()
    page.fill('[id="f-breakdown.age_group.adults"]', "5")
    submit(page, "Add: figure")
    assert "1 in draft or returned" in page.content()
    page.get_by_role("link", name="Measured value on Dec 15, 2000").click()
    figure_url = page.url
    assert_accessible(page)
    submit(page, "Submit for approval")
    assert "Submitted for approval" in page.content()
    submit(page, "Sign out")

    sign_in_as(page, server, "pm@example.org")
    page.goto(figure_url)
    submit(page, "Approve")
    assert "Approved" in page.locator("#approval-h + p").inner_text()

    # The report of the India project carries it: Ludhiana's women trained to date, 110 + 20.
    page.goto(server + "/projects")
    page.get_by_role("link", name=re.compile("IND-CLN")).click()
    page.get_by_role("link", name="Report for donors").click()
    results = page.get_by_role("region", name="Results per indicator and period")
    row = results.locator("tr", has_text="Women trained").filter(has_text="2000 H2")
    assert "130" in row.inner_text()
    assert_accessible(page)
    assert_tables_fit(page)
    assert_picture_readable(page, 'figure.chart svg[aria-label^="Share of each target"]', "report-results-chart")
    assert_picture_readable(page, "figure.project-map svg", "report-project-map")
    # Printed on A4: navigation left out, a section a page.
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    pdf = page.pdf(format="A4", print_background=True)
    os.makedirs(RESULTS, exist_ok=True)
    open(os.path.join(RESULTS, "project-report.pdf"), "wb").write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    print(f"\nprinted report of IND-CLN: {pages} A4 pages")
    assert 6 <= pages <= 40
    page.emulate_media(media="screen")
    # The workbook and the IATI file are offered from the page.
    with page.expect_download() as download:
        page.get_by_role("link", name="Workbook (.xlsx)").click()
    assert download.value.suggested_filename.endswith(".xlsx")


def test_impact_at_three_levels_is_readable(server, page):
    sign_in(page, server)
    page.goto(server + "/projects")
    page.get_by_role("link", name=re.compile("NIC-CLN")).click()
    page.get_by_role("link", name="Impact at three levels").click()
    assert "Impact on firms" in page.content()
    assert "Masaya woodworkers" in page.get_by_role("region", name="Networks over time").inner_text()
    chart = 'figure.chart svg[aria-label^="Change per firm in workers"]'
    assert page.locator(chart).count() == 1
    assert_picture_readable(page, chart, "impact-employment")
    assert page.get_by_role("heading", name=re.compile("Members of Masaya")).count() == 1
    # Networks and clusters then and now, each chart beside its table.
    for label, name in [("Members of each network", "impact-members"), ("Ties in each cluster", "impact-ties")]:
        selector = f'figure.chart svg[aria-label^="{label}"]'
        assert page.locator(selector).count() == 1
        assert_picture_readable(page, selector, name)
    assert "Service fees collected" in page.get_by_role("region", name=re.compile("Network and association indicators")).inner_text()
    assert_tables_fit(page)
    assert_accessible(page)
