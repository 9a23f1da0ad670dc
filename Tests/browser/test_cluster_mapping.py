"""A programme manager maps clusters from national statistics in the browser: the demo map of Indian
districts, then an upload with a progress bar whose malformed lines come back listed, then a good one;
the same upload works with scripts turned off."""
import os
import tempfile

from pictures import assert_picture_readable, assert_tables_fit
from test_cluster_cycle import sign_in_as
from test_foundation import assert_accessible

DEFINITIONS = "industry,cluster,traded\n1391,Knitwear,1\n1313,Block printing,1\n4711,Local retail,0\n"
STATISTICS = """year,region,industry,employment,establishments,payroll
2020,Ludhiana,1391,9000,400,9000000
2020,Ludhiana,1313,300,20,200000
2020,Ludhiana,4711,2000,300,900000
2020,Jaipur,1391,500,30,400000
2020,Jaipur,1313,4000,250,2600000
2020,Jaipur,4711,2500,350,1000000
2020,Pune,1391,800,40,700000
2020,Pune,1313,600,30,400000
2020,Pune,4711,3000,400,1300000
"""
PLACES = "region,latitude,longitude\nLudhiana,30.90,75.85\nJaipur,26.91,75.79\nPune,18.52,73.86\n"


def files(statistics):
    folder = tempfile.mkdtemp(prefix="cw-upload-")
    paths = {}
    for name, text in [("statistics", statistics), ("definitions", DEFINITIONS), ("regions", PLACES)]:
        paths[name] = os.path.join(folder, name + ".csv")
        with open(paths[name], "w") as f:
            f.write(text)
    return paths


def choose_files(page, paths, name):
    page.fill("#cm-name", name)
    page.fill("#cm-countryCode", "IN")
    for key, path in paths.items():
        page.set_input_files(f"#cm-{key}", path)


def test_the_demo_map_shows_where_clusters_are(server, page):
    sign_in_as(page, server, "pm@example.org")
    page.goto(server + "/cluster-maps")
    page.get_by_role("link", name="India: districts, 2013 and 2023 (illustrative)").click()
    assert page.locator("figure.cluster-map circle.region").count() == 24
    assert_accessible(page)
    # The whole country is in the frame with its neighbours as land, names readable and apart.
    page.set_viewport_size({"width": 1280, "height": 900})
    inside = page.evaluate("""() => {
      const svg = document.querySelector('figure.cluster-map svg'), v = svg.viewBox.baseVal;
      const b = svg.querySelector('path.outline').getBBox();
      return b.x >= v.x && b.y >= v.y && b.x + b.width <= v.x + v.width && b.y + b.height <= v.y + v.height && b.width > v.width * 0.6;
    }""")
    assert inside, "the country's outline is cut by the frame"
    assert page.locator("figure.cluster-map path.land").count() >= 3
    assert_picture_readable(page, "figure.cluster-map svg", "country-cluster-map")
    assert_tables_fit(page)
    page.fill("#q-region", "ludhiana")
    page.check("#q-strong")
    page.get_by_role("button", name="Show").click()
    table = page.locator("table.candidates")
    assert "Ludhiana" in table.inner_text() and "Knitwear and hosiery" in table.inner_text()
    assert "Tiruppur" not in table.inner_text()


def test_an_upload_shows_progress_lists_every_bad_line_and_then_maps(server, page):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in_as(page, server, "pm@example.org")
    page.goto(server + "/cluster-maps")
    assert_accessible(page)
    bad = STATISTICS.replace("2020,Jaipur,1313,4000", "2020,Jaipur,1313,lots").replace("2020,Pune,4711", "2020,Pune,9999")
    held = []
    page.route("**/cluster-maps", lambda route: held.append(route) if route.request.method == "POST" else route.continue_())
    choose_files(page, files(bad), "North India")
    page.get_by_role("button", name="Upload and map").click()
    # The upload is held back: the bar and its words show while it lasts.
    page.wait_for_selector("form[data-progress] progress", state="visible")
    assert page.locator("[data-status]").inner_text().startswith("Upload")
    assert page.get_by_role("button", name="Upload and map").is_disabled()
    held[0].continue_()
    page.wait_for_selector("ul.problems")
    page.unroute("**/cluster-maps")
    page.wait_for_selector("ul.problems")
    problems = page.locator("ul.problems").inner_text()
    assert "Line 6, column employment: \"lots\" is not a number" in problems
    assert "Line 10, column industry: \"9999\" is not in the cluster definitions" in problems
    assert page.locator("#cm-name").input_value() == "North India"
    assert_accessible(page)

    choose_files(page, files(STATISTICS), "North India")
    page.get_by_role("button", name="Upload and map").click()
    page.wait_for_url(server + "/cluster-maps/*")
    assert page.get_by_role("heading", name="North India").is_visible()
    assert page.locator("figure.cluster-map circle.region").count() == 3
    assert "Knitwear" in page.locator("table.candidates").inner_text()
    assert not errors, errors


def test_without_scripts_the_form_posts_as_usual(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in_as(page, server, "pm@example.org")
    page.goto(server + "/cluster-maps")
    choose_files(page, files(STATISTICS.replace("2020,Pune,1391,800", "2020,Pune,1391,-800")), "No script")
    page.get_by_role("button", name="Upload and map").click()
    assert "Line 8, column employment: cannot be negative" in page.locator("ul.problems").inner_text()
    choose_files(page, files(STATISTICS), "No script")
    page.get_by_role("button", name="Upload and map").click()
    page.wait_for_url(server + "/cluster-maps/*")
    assert page.locator("figure.cluster-map circle.region").count() == 3
    context.close()
