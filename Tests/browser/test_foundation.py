"""A programme manager's first visit: sign in, the portfolio map, a new cluster, the list."""
from axe_playwright_python.sync_playwright import Axe

from conftest import ADMIN_PASSWORD

axe = Axe()


def assert_accessible(page):
    results = axe.run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{page.url}: " + "; ".join(f"{v['id']}: {v['help']}" for v in bad)


def sign_in(page, base):
    page.goto(base + "/")
    assert "/sign-in" in page.url
    assert_accessible(page)
    page.fill("#email", "admin@example.org")
    page.fill("#password", ADMIN_PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(base + "/")


def test_portfolio_map_shows_coloured_countries(server, page):
    sign_in(page, server)
    assert page.locator("h1").inner_text() == "Portfolio"
    coloured = page.locator("svg path[data-status]")
    assert coloured.count() >= 7
    assert page.locator('svg path[data-country="NI"][data-status="ongoing"]').count() == 1
    assert page.locator('svg path[data-country="MG"][data-status="under_design"]').count() == 1
    assert page.locator('svg path[data-country="HN"][data-status="completed"]').count() == 1
    assert page.get_by_role("table").first.is_visible()
    page.screenshot(path="/tmp/cw-portfolio.png", full_page=True)
    assert_accessible(page)


def test_create_a_cluster_through_its_form_and_find_it(server, page):
    sign_in(page, server)
    page.goto(server + "/clusters")
    assert_accessible(page)
    page.click("text=New cluster")
    assert_accessible(page)
    page.fill("#f-name", "Masaya furniture")
    page.fill("#f-country", "XX")
    page.fill("#f-place", "Masaya")
    page.fill("#f-sector", "Furniture")
    page.select_option("#f-stage", "selection")
    page.click("button:has-text('Save')")
    assert page.locator(".field-error").first.is_visible()
    assert "unknown country codes" in page.content()
    assert_accessible(page)
    page.fill("#f-country", "NI")
    page.fill("#f-estimatedFirms", "400")
    page.click("button:has-text('Save')")
    assert page.locator("h1").inner_text() == "Masaya furniture"
    assert "Created by Administrator" in page.locator(".history").inner_text()
    assert_accessible(page)
    page.goto(server + "/clusters?q=masaya")
    assert page.get_by_role("link", name="Masaya furniture").is_visible()
    assert_accessible(page)


def test_registry_pages_are_accessible(server, page):
    sign_in(page, server)
    for path in ["/projects", "/networks", "/actors", "/persons", "/countries", "/account/tokens", "/admin/users"]:
        page.goto(server + path)
        assert page.locator("h1").is_visible()
        assert_accessible(page)
    page.goto(server + "/networks")
    page.click("text=Masaya woodworkers' network")
    assert "13 current members" in page.content()
    assert_accessible(page)
