"""A programme manager registers a cohort of the broker course, certifies a trainee, makes them a
broker assigned to a cluster and finds them on the succession table; then records a cooperation
activity between two clusters and sees its arc on the portfolio map."""
import re

from pictures import assert_tables_fit
from test_cluster_cycle import choose, submit
from test_foundation import assert_accessible, sign_in


def test_cohort_certification_assignment_and_succession(server, page):
    sign_in(page, server)
    page.goto(server + "/persons/new")
    page.fill("#f-name", "Trainee broker, Masaya")
    submit(page, "Save")
    # A new cohort of the cluster broker course.
    page.goto(server + "/courses")
    page.get_by_role("link", name="Cluster broker course").click()
    page.get_by_role("link", name="Add: cohort").click()
    page.fill("#f-name", "Cluster broker course, Nicaragua 2000")
    page.fill("#f-startsOn", "2000-02-07")
    page.fill("#f-endsOn", "2000-03-31")
    page.fill("#f-country", "NI")
    submit(page, "Save")
    assert "Cluster broker course, Nicaragua 2000" in page.content()
    cohort_url = page.url
    # Certifying with too little attendance comes back naming the threshold.
    page.get_by_role("link", name="Add: course participant").click()
    choose(page, "#f-personId", "Trainee broker, Masaya")
    page.fill("#f-attendedModules", "Cluster diagnostic\nTrust building")
    choose(page, "#f-fieldClusterId", "Boaco and Chontales")
    page.select_option("#f-assessment", "passed")
    page.select_option("#f-certification", "certified")
    page.fill("#f-certifiedOn", "2000-04-10")
    submit(page, "Save")
    assert "needs 80 % attendance; the participant attended 33 %" in page.content()
    page.fill("#f-attendedModules", "Cluster diagnostic\nTrust building\nVision and action plan\nCost sharing and governance\nMonitoring and impact assessment")
    submit(page, "Save")
    assert "Certified" in page.content()
    page.goto(cohort_url)
    assert "Trainee broker, Masaya" in page.get_by_role("region", name="Participants").inner_text()
    # The certified trainee becomes a broker, employed by the project and assigned to Boaco.
    page.goto(server + "/brokers/new")
    choose(page, "#f-personId", "Trainee broker, Masaya")
    page.select_option("#f-kind", "cluster")
    page.select_option("#f-status", "active")
    page.fill("#f-country", "NI")
    submit(page, "Save")
    broker_url = page.url
    page.get_by_role("link", name="Add: employment").click()
    page.select_option("#f-employerKind", "project")
    choose(page, "#f-projectId", "NIC-CLN")
    page.fill("#f-fromOn", "2000-05-01")
    page.fill("#f-monthlyCost", "750")
    submit(page, "Save")
    page.goto(broker_url)
    page.get_by_role("link", name="Add: broker assignment").click()
    choose(page, "#f-clusterId", "Boaco and Chontales")
    page.fill("#f-fromOn", "2000-05-01")
    page.fill("#f-timeShare", "50")
    submit(page, "Save")
    page.goto(broker_url)
    text = page.content()
    assert "Training and certification" in text and "Cluster broker course, Nicaragua 2000" in text
    assert "Boaco and Chontales" in page.get_by_role("region", name="Assignments").inner_text()
    assert_accessible(page)
    # The succession table counts the certificate and shows where the broker works now.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Brokers").click()
    everyone = page.get_by_role("region", name="Everyone trained").inner_text()
    assert re.search(r"Trainee broker, Masaya\s+NI\s+2000\s+Certified\s+Still with the project\s+NIC-CLN", everyone), everyone
    assert_tables_fit(page)
    assert_accessible(page)


def test_cooperation_activity_draws_an_arc(server, page):
    sign_in(page, server)
    page.goto(server + "/cooperation/new")
    page.fill("#f-title", "Knitwear and hosiery exchange")
    choose(page, "#f-clusterId", "Ludhiana knitwear")
    choose(page, "#f-partnerClusterId", "Tirupur hosiery")
    page.fill("#f-purpose", "Benchmarking of knitting and finishing.")
    page.fill("#f-startsOn", "2000-01-01")
    submit(page, "Save")
    agreement = page.url.rstrip("/").split("/")[-1]
    page.goto(server + "/")
    assert page.locator(f'g.coop-arc[data-agreement="{agreement}"]').count() == 0
    page.goto(server + "/cooperation/" + agreement)
    page.get_by_role("link", name="Add: cooperation activity").click()
    page.select_option("#f-type", "benchmarking_visit")
    page.fill("#f-title", "Ludhiana producers visit Tirupur")
    page.fill("#f-startsOn", "1999-12-01")
    submit(page, "Save")
    # The browser asks for en-US, so dates are written as in the United States.
    assert "is before the agreement starts (Jan 1, 2000)" in page.content()
    page.fill("#f-startsOn", "2000-02-14")
    page.fill("#f-participantCount", "12")
    submit(page, "Save")
    page.goto(server + "/")
    arc = page.locator(f'g.coop-arc[data-agreement="{agreement}"]')
    assert arc.count() == 1 and arc.is_visible()
    assert "Knitwear and hosiery exchange" in page.get_by_role("region", name="Cooperation between clusters").inner_text()
    # The arcs can be hidden without script.
    page.uncheck("#show-arcs")
    assert not arc.is_visible()
    assert_accessible(page)
