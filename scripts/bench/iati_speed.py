#!/usr/bin/env python3
"""How long the programme-wide IATI file takes to build: for the demo programme, then with 200
generated projects added (each with a half-year calendar, a cluster, three indicators with an
approved baseline, target and two measurements — one broken down by sex — and cash cost sharing).
Run by hand after building:

    python3 scripts/bench/iati_speed.py [--build debug|release] [--projects 200] [--repeat 5]

Prints the median and the spread of --repeat downloads, the file's size and its activities; with
lxml installed it also checks the file with scripts/iati/check_iati.py."""
import argparse, concurrent.futures, json, os, statistics, subprocess, sys, tempfile, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web_speed import ROOT, Client, free_port  # noqa: E402

PASSWORD = "bench-admin-password"


def serve(build):
    subprocess.run(["swift", "build", "-c", build, "--product", "clusterworks"], cwd=ROOT, check=True)
    binary = os.path.join(subprocess.run(["swift", "build", "-c", build, "--show-bin-path"], cwd=ROOT, capture_output=True, text=True).stdout.strip(), "clusterworks")
    data, port = tempfile.mkdtemp(prefix="cw-iati-bench-"), free_port()
    env = dict(os.environ, CLUSTERWORKS_DATA_DIR=data, CLUSTERWORKS_ADMIN_PASSWORD=PASSWORD, CLUSTERWORKS_BCRYPT_COST="4")
    proc = subprocess.Popen([binary, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=open(os.path.join(data, "server.log"), "w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/healthz"); return proc, base, data
        except Exception:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def token(base, email, password):
    req = urllib.request.Request(base + "/api/v1/auth/tokens", method="POST", headers={"Content-Type": "application/json"},
                                 data=json.dumps({"email": email, "password": password}).encode())
    return json.load(urllib.request.urlopen(req))["token"]


def client(base, tok):
    c = Client(base); c.token = tok; return c


def project(i, recorder, reviewer, indicators):
    """One generated project, through the API as a programme would enter it."""
    p = recorder.call("POST", "/api/v1/projects", {"code": f"GEN-{i:03d}", "title": f"Generated project {i}", "countries": ["GH", "SN"][: 1 + i % 2],
                                                   "status": "ongoing", "plannedStart": "2020-01-01", "plannedEnd": "2023-12-31", "budget": 1_000_000 + i,
                                                   "currency": "USD", "funders": ["Funder A"], "counterparts": ["Ministry of Industry"], "dacSector": "32130"})
    recorder.call("POST", f"/api/v1/projects/{p['id']}/reporting-periods/calendar", {"calendar": "half_years", "from": "2020-01-01", "to": "2023-12-31"})
    c = recorder.call("POST", "/api/v1/clusters", {"name": f"Generated cluster {i}", "country": "GH", "place": "Kumasi", "sector": "Garments",
                                                   "stage": "selection", "projectId": p["id"]})
    results = f"/api/v1/clusters/{c['id']}/results"
    for name, ind in indicators.items():
        sex = name == "Workers (bench)"
        for kind, on, value in [("baseline", "2020-01-15", 100), ("target", "2023-12-31", 200), ("measurement", "2021-06-30", 130), ("measurement", "2022-06-30", 160)]:
            body = {"indicatorId": ind, "kind": kind, "observedOn": on, "value": value}
            if sex and kind != "target":
                body["breakdown"] = {"sex": {"female": value * 0.4, "male": value * 0.6}}
            f = recorder.call("POST", results, body)
            recorder.call("POST", f"{results}/{f['id']}/submit", {})
            reviewer.call("POST", f"{results}/{f['id']}/approve", {})
    recorder.call("POST", f"/api/v1/clusters/{c['id']}/plan", {"vision": "V", "objectives": ["O"], "adoptedOn": "2020-02-01", "currency": "USD"})
    a = recorder.call("POST", f"/api/v1/clusters/{c['id']}/actions", {"title": "Training", "type": "training", "status": "planned"})
    for funder, kind in [("Funder A", "project"), ("Firms", "private_sector")]:
        recorder.call("POST", f"/api/v1/clusters/{c['id']}/contributions", {"actionId": a["id"], "funderName": funder, "funderKind": kind, "form": "cash",
                                                                              "pledged": 10000, "pledgedOn": "2020-03-01", "paid": 5000, "paidOn": "2021-03-01"})


def timed(c, repeat):
    times, body = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        body = c.call("GET", "/api/v1/programme/iati.xml")
        times.append((time.perf_counter() - start) * 1000)
    return times, body


def report(label, times, body):
    size = len(body)
    print(f"{label:34} median {statistics.median(times):8.1f} ms  (min {min(times):.1f}, max {max(times):.1f})  "
          f"{size / 1024:8.1f} KB  {body.count(b'<iati-activity '):4d} activities  {body.count(b'<indicator '):5d} indicators")
    path = os.path.join(tempfile.mkdtemp(), "programme.xml")
    open(path, "wb").write(body)
    check = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "iati", "check_iati.py"), path], capture_output=True, text=True)
    print(" " * 34, check.stdout.strip().splitlines()[-1] if check.stdout.strip() else check.stderr.strip()[:200])


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--build", choices=["debug", "release"], default="debug")
    a.add_argument("--projects", type=int, default=200)
    a.add_argument("--repeat", type=int, default=5)
    args = a.parse_args()
    proc, base, data = serve(args.build)
    try:
        admin = client(base, token(base, "admin@example.org", PASSWORD))
        report("demo programme", *timed(admin, args.repeat))
        admin.call("POST", "/api/v1/users", {"email": "reviewer@example.org", "name": "Reviewer", "role": "admin", "password": "a good long password for benching"})
        reviewer = client(base, token(base, "reviewer@example.org", "a good long password for benching"))
        indicators = {}
        for name, unit, dims in [("Workers (bench)", "workers", ["sex"]), ("Sales (bench)", "USD", []), ("Firms exporting (bench)", "firms", [])]:
            sexes = [d["id"] for d in admin.call("GET", "/api/v1/dimensions?perPage=50")["items"] if d["code"] in dims]
            indicators[name] = admin.call("POST", "/api/v1/indicators", {"name": name, "unit": unit, "scale": "count" if unit != "USD" else "amount",
                                                                          "level": "cluster", "direction": "higher", "dimensions": sexes})["id"]
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda i: project(i, admin, reviewer, indicators), range(args.projects)))
        print(f"{'(entering ' + str(args.projects) + ' projects)':34} {time.perf_counter() - start:8.1f} s through the API")
        report(f"demo + {args.projects} projects", *timed(admin, args.repeat))
    finally:
        proc.terminate(); proc.wait()


if __name__ == "__main__":
    main()
