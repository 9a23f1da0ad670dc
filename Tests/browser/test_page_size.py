"""Field reality: on a slow connection every main page of the demo, with its stylesheet, stays under
100 KB as sent (no compression assumed), and none shows markup as text."""
from test_foundation import sign_in

LIMIT = 100 * 1024


def first_link(page, server, listing):
    page.goto(server + listing)
    return page.locator("main tbody a").first.get_attribute("href")


def test_every_main_page_of_the_demo_is_under_100_kb_with_its_stylesheet(server, page):
    sign_in(page, server)
    stylesheet = len(page.request.get(server + "/static/app.css").body())
    cluster = first_link(page, server, "/clusters?q=boaco")
    network = first_link(page, server, "/networks?q=masaya")
    project = first_link(page, server, "/projects")
    broker = first_link(page, server, "/brokers")
    pages = ["/", "/projects", "/clusters", "/programme/clusters", "/networks", "/net/targets", "/programme/linkages",
             "/cluster-maps", "/programme/results", "/indicators", "/programme/brokers", "/cooperation", "/learning",
             "/actors", "/persons", "/countries", "/admin/users",
             cluster, cluster + "/diagnostics", cluster + "/linkages", cluster + "/plan", cluster + "/events", cluster + "/results",
             network, network + "/net", network + "/phase", project, project + "/report", project + "/impact", broker]
    sizes = {}
    for path in pages:
        response = page.goto(server + path)
        assert response.ok, path
        # Pages work without script; the only one is the upload form's progress bar, and it counts too.
        scripts = page.eval_on_selector_all("script", "s => s.map(e => e.getAttribute('src'))")
        assert all(src == "/static/upload.js" for src in scripts), (path, scripts)
        # Markup pasted into a plain string would show as text: never on a page.
        assert b"HTML(raw:" not in response.body() and b"Phrase(template:" not in response.body(), path
        sizes[path] = len(response.body()) + sum(len(page.request.get(server + src).body()) for src in scripts)
    too_big = {p: s + stylesheet for p, s in sizes.items() if s + stylesheet >= LIMIT}
    print("stylesheet", stylesheet, "bytes;", ", ".join(f"{p}: {s}" for p, s in sorted(sizes.items(), key=lambda x: -x[1])[:6]))
    assert not too_big, f"over 100 KB with the stylesheet ({stylesheet} B): {too_big}"
