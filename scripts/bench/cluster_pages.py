#!/usr/bin/env python3
"""Times the cluster pages with many clusters: the programme overview (HTML and API), a cluster's
page and its summary. Seeds N clusters through the API (each with a diagnostic, events, ties, a plan
with actions and contributions, and figures), then requests each page repeatedly and prints the
median and 90th percentile. Run by hand after `swift build`:

    python3 scripts/bench/cluster_pages.py --clusters 200 [--database-url postgres://…]

Without --database-url it uses a fresh SQLite file in a temporary directory.
"""
import argparse, http.cookiejar, json, os, re, statistics, subprocess, tempfile, time, urllib.parse, urllib.request

from web_speed import serve_demo

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.join(ROOT, ".build", "debug", "clusterworks")


class API:
    def __init__(self, base, token):
        self.base, self.token = base, token
        self.browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def sign_in(self, email, password):
        page = self.browser.open(self.base + "/sign-in").read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"_csrf": csrf, "email": email, "password": password, "next": "/"}).encode()
        self.browser.open(self.base + "/sign-in", form)

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        with urllib.request.urlopen(req) as r:
            text = r.read()
            return json.loads(text) if text else None

    def timed_get(self, path, headers=None):
        req = urllib.request.Request(self.base + path, headers={"Authorization": "Bearer " + self.token, **(headers or {})})
        start = time.perf_counter()
        with self.browser.open(req) as r:
            size = len(r.read())
        return time.perf_counter() - start, size


def seed_cluster(api, i, project, actors, indicators):
    c = api.call("POST", "/api/v1/clusters", {"name": f"Bench cluster {i:05d}", "country": "IN", "place": "Somewhere",
                                               "sector": "Textiles", "stage": "selection", "projectId": project})
    base = f"/api/v1/clusters/{c['id']}"
    d = api.call("POST", base + "/diagnostics", {"title": "Diagnostic", "startedOn": "2000-01-10"})
    for g in ("entrepreneurs", "support_institutions", "government"):
        api.call("POST", base + "/perceptions", {"diagnosticId": d["id"], "theme": "Quality", "stakeholderGroup": g,
                                                 "severity": "major", "statement": "A statement"})
    for q in range(12):
        month = 1 + (q * 3) % 12
        api.call("POST", base + "/events", {"type": "group_meeting", "title": f"Meeting {q}", "heldOn": f"{2000 + q // 4}-{month:02d}-15",
                                            "actorIds": actors[q % 5: q % 5 + 4], "women": 5, "men": 10})
    for k in range(8):
        api.call("POST", base + "/linkages", {"fromActorId": actors[k], "toActorId": actors[k + 1], "tieType": "supplier_of",
                                              "status": ["missing", "to_strengthen", "existing"][k % 3], "recordedOn": "2000-02-01"})
    api.call("POST", base + f"/diagnostics/{d['id']}/validate", {"validatedOn": "2000-03-01", "validatedBy": "Meeting"})
    api.call("POST", base + "/plan", {"vision": "A vision", "objectives": ["Quality"], "adoptedOn": "2000-04-01", "currency": "USD"})
    for a in range(5):
        action = api.call("POST", base + "/actions", {"title": f"Action {a}", "objective": "Quality", "type": "training",
                                                      "status": "in_progress", "percentComplete": 40, "leadActorId": actors[a]})
        for kind in ("project", "private_sector"):
            api.call("POST", base + "/contributions", {"actionId": action["id"], "funderName": kind, "funderKind": kind, "form": "cash",
                                                       "pledged": 1000 + a, "pledgedOn": "2000-04-02", "paid": 500, "paidOn": "2000-05-01"})
    for kind, day, value in (("baseline", "2000-01-10", 0), ("target", "2002-12-31", 4), ("measurement", "2001-06-30", 3)):
        api.call("POST", base + "/results", {"indicatorId": indicators["New products launched"], "kind": kind, "observedOn": day, "value": value})
    return c["id"]


def measure(api, path, runs, headers=None):
    times, size = [], 0
    for _ in range(runs):
        t, size = api.timed_get(path, headers)
        times.append(t * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1], size


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--clusters", type=int, default=200)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--database-url")
    args = p.parse_args()
    data = tempfile.mkdtemp(prefix="cw-bench-")
    env = dict(os.environ, CLUSTERWORKS_DATA_DIR=data, CLUSTERWORKS_ADMIN_PASSWORD="bench-admin-password", CLUSTERWORKS_BCRYPT_COST="4")
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    subprocess.run([BINARY, "migrate"], env=env, check=True, capture_output=True)
    server, base = serve_demo(BINARY, env, demo=False)
    try:
        token = subprocess.run([BINARY, "token", "create", "--email", "admin@example.org"], env=env, check=True,
                               capture_output=True, text=True).stdout.strip().splitlines()[-1]
        api = API(base, token)
        api.sign_in("admin@example.org", "bench-admin-password")
        project = api.call("POST", "/api/v1/projects", {"code": "BENCH", "title": "Bench", "countries": ["IN"], "status": "ongoing"})["id"]
        actors = [api.call("POST", "/api/v1/actors", {"kind": "enterprise", "name": f"Firm {k}", "country": "IN", "employees": 10})["id"] for k in range(12)]
        indicators = {i["name"]: i["id"] for i in api.call("GET", "/api/v1/indicators?perPage=100")["items"]}
        # Without the demo the case-specific library is not loaded: the programme defines the indicator it measures.
        if "New products launched" not in indicators:
            indicators["New products launched"] = api.call("POST", "/api/v1/indicators", {
                "name": "New products launched", "unit": "products", "scale": "count", "level": "cluster", "direction": "higher"})["id"]
        start = time.perf_counter()
        ids = [seed_cluster(api, i, project, actors, indicators) for i in range(args.clusters)]
        seeded = time.perf_counter() - start
        print(f"database: {'PostgreSQL' if args.database_url else 'SQLite'}; seeded {args.clusters} clusters "
              f"({args.clusters * 50} records) in {seeded:.1f} s")
        print(f"{'request':45} {'median ms':>10} {'p90 ms':>8} {'bytes':>9}")
        for label, path in [("programme overview (HTML)", "/programme/clusters?sort=pledged&dir=desc"),
                            ("programme overview (API)", "/api/v1/programme/clusters"),
                            ("one cluster's summary (API)", f"/api/v1/clusters/{ids[0]}/summary"),
                            ("one cluster's events (API)", f"/api/v1/clusters/{ids[0]}/events")]:
            med, p90, size = measure(api, path, args.runs)
            print(f"{label:45} {med:10.1f} {p90:8.1f} {size:9d}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
