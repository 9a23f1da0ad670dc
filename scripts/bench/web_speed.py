#!/usr/bin/env python3
"""What users wait for on the web, in one run: /healthz, a list endpoint and the portfolio under
wrk load, the portfolio alone, and a cluster's network analysis at cluster scale with a bulk tie
import. Prints each figure with its goal beside it. Run by hand after building:

    python3 scripts/bench/web_speed.py [--build debug|release] [--seconds 10] [--connections 32]
                                       [--actors 10000 --ties 50000] [--database-url postgres://…]

Needs wrk (apt-get install wrk). Without --database-url it uses a fresh SQLite file.
"""
import argparse, concurrent.futures, csv, http.cookiejar, io, json, os, random, re, socket, statistics, subprocess, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_demo(binary, env, demo=True):
    """Starts the app (with the demo programme unless told not to) and waits until it answers: the process and its address."""
    port = free_port()
    server = subprocess.Popen([binary, "serve"] + (["--demo"] if demo else []) + ["--hostname", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/healthz"); break
        except OSError:
            time.sleep(0.2)
    return server, base


def wrk(url, seconds, connections, headers):
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for h in headers:
        args += ["-H", h]
    out = subprocess.run(args + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def pct(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, pct(50), pct(99), int(errors.group(1)) if errors else 0


class Client:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = None

    def sign_in(self, email, password):
        page = self.browser.open(self.base + "/sign-in").read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"_csrf": csrf, "email": email, "password": password, "next": "/"}).encode()
        self.browser.open(self.base + "/sign-in", form)
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def call(self, method, path, body=None, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + self.token, "Content-Type": content_type})
        with urllib.request.urlopen(req) as r:
            text = r.read()
            return json.loads(text) if text and r.headers.get_content_type() == "application/json" else text

    def timed(self, path):
        start = time.perf_counter()
        with self.browser.open(self.base + path) as r:
            body = r.read()
        return (time.perf_counter() - start) * 1000, body


def row(what, measured, goal, met):
    print(f"{what:48} {measured:44} {goal:34} {'met' if met else 'NOT MET'}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", choices=["debug", "release"], default="debug")
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--actors", type=int, default=10000)
    p.add_argument("--ties", type=int, default=50000)
    p.add_argument("--list-actors", type=int, default=500, help="actors in the registry the list endpoint pages through")
    p.add_argument("--database-url")
    args = p.parse_args()
    binary = os.path.join(ROOT, ".build", args.build, "clusterworks")
    data = tempfile.mkdtemp(prefix="cw-web-bench-")
    env = dict(os.environ, CLUSTERWORKS_DATA_DIR=data, CLUSTERWORKS_ADMIN_PASSWORD="bench-admin-password", CLUSTERWORKS_BCRYPT_COST="4",
               LOG_LEVEL="error")
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    subprocess.run([binary, "migrate"], env=env, check=True, capture_output=True)
    server, base = serve_demo(binary, env)
    try:
        client = Client(base)
        client.token = subprocess.run([binary, "token", "create", "--email", "admin@example.org"], env=env, check=True,
                                      capture_output=True, text=True).stdout.strip().splitlines()[-1]
        cookie = client.sign_in("admin@example.org", "bench-admin-password")
        first, _ = client.timed("/")
        have = client.call("GET", "/api/v1/actors?perPage=1")["total"]
        for k in range(have, args.list_actors):
            client.call("POST", "/api/v1/actors", {"kind": "enterprise", "name": f"Bench firm {k:05d}", "country": "IN", "employees": 10})
        print(f"build: {args.build}; database: {'PostgreSQL' if args.database_url else 'SQLite'}; wrk {args.seconds} s, {args.connections} connections")
        print(f"{'what':48} {'measured':44} {'goal':34} status")
        h_rps, h50, h99, _ = wrk(base + "/healthz", args.seconds, args.connections, [])
        row("/healthz", f"{h_rps:.0f} req/s, p50 {h50:.2f} ms", "(the yardstick)", True)
        l_rps, l50, l99, lerr = wrk(base + "/api/v1/actors?perPage=50", args.seconds, args.connections, ["Authorization: Bearer " + client.token])
        goal = 0.3 if args.build == "release" else 0.2
        row("GET /api/v1/actors?perPage=50", f"{l_rps:.0f} req/s = {l_rps / h_rps:.3f}× healthz, p50 {l50:.1f} ms",
            f"≥ {goal}× healthz", l_rps / h_rps >= goal and lerr == 0)
        p_rps, p50, p99, perr = wrk(base + "/", args.seconds, args.connections, ["Cookie: " + cookie])
        row("portfolio, signed in, under load", f"{p_rps:.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms",
            "release: p99 < 50 ms", p99 < 50 and perr == 0 if args.build == "release" else True)
        alone = sorted(client.timed("/")[0] for _ in range(30))
        row("portfolio, signed in, alone", f"first {first:.1f} ms, median {statistics.median(alone):.1f} ms", "debug: < 100 ms alone",
            statistics.median(alone) < 100)
        network(client, args)
    finally:
        server.terminate()
        server.wait()


def network(client, args):
    """A cluster with N actors and M ties imported in bulk; the analysis page until it is ready."""
    project = client.call("POST", "/api/v1/projects", {"code": "NETBENCH", "title": "Network bench", "countries": ["IN"], "status": "ongoing"})["id"]
    cluster = client.call("POST", "/api/v1/clusters", {"name": "Network bench cluster", "country": "IN", "place": "Pune", "sector": "Textiles",
                                                       "stage": "diagnostic", "projectId": project})["id"]
    rng = random.Random(7)
    names = [f"Net firm {k:05d}" for k in range(args.actors)]
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        actors = list(pool.map(lambda n: client.call("POST", "/api/v1/actors", {"kind": "enterprise", "name": n, "country": "IN"})["id"], names))
    actors_s = time.perf_counter() - start
    # A preferential-attachment graph: hub-heavy like real clusters (a few lead firms and institutions).
    ties, seen, ends = [], set(), [0, 1]
    while len(ties) < args.ties:
        a = rng.randrange(len(actors)) if rng.random() < 0.5 else rng.choice(ends)
        b = rng.randrange(len(actors))
        if a == b or (a, b) in seen or (b, a) in seen:
            continue
        seen.add((a, b)); ends += [a, b]
        ties.append((actors[a], actors[b]))
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(["fromActorId", "toActorId", "tieType", "status", "recordedOn"])
    for a, b in ties:
        w.writerow([a, b, "supplier_of", "existing", "2001-02-01"])
    start = time.perf_counter()
    client.call("POST", f"/api/v1/clusters/{cluster}/linkages/import", text.getvalue().encode(), content_type="text/csv")
    imported = time.perf_counter() - start
    row(f"bulk tie import, {len(ties):,} ties (API, CSV)", f"{imported:.2f} s (actors: {actors_s:.1f} s)", "< 10 s, all-or-nothing", imported < 10)
    start = time.perf_counter()
    while True:
        ms, body = client.timed(f"/clusters/{cluster}/network-analysis")
        if b"data-analysis=\"ready\"" in body:
            break
        time.sleep(0.5)
    ready = time.perf_counter() - start
    views = sorted(client.timed(f"/clusters/{cluster}/network-analysis")[0] for _ in range(5))
    row(f"network analysis, {args.actors:,} actors / {len(ties):,} ties", f"ready after {ready:.1f} s; page {statistics.median(views):.0f} ms",
        "page < 2 s (release), not recomputed", statistics.median(views) < 2000)


if __name__ == "__main__":
    main()
