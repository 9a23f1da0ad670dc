#!/usr/bin/env python3
"""Several people saving one record at once: N editors PATCH the same project (title and its list of
countries, i.e. the record and its linked rows) as fast as they can for a while; prints how many
saves succeeded, the errors by status and the latency percentiles.

    python3 scripts/bench/concurrent_edits.py [--editors 16] [--seconds 60] [--database-url postgres://…]

Starts the debug build of the app (`swift build` first) on a fresh SQLite file, or on the given
PostgreSQL database (emptied first), with a token for the first admin. `--url URL --token T`
measures a server already running instead.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

SETS = [["SN"], ["SN", "ML"], ["SN", "BF"], ["ML", "BF", "SN"], ["BF"]]


def call(url, method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def start_server(database_url):
    work = tempfile.mkdtemp(prefix="cw-bench-")
    env = dict(os.environ, CLUSTERWORKS_DATA_DIR=work, CLUSTERWORKS_ADMIN_PASSWORD="bench-admin-password",
               CLUSTERWORKS_BCRYPT_COST="4", PORT="8099")
    if database_url:
        env["DATABASE_URL"] = database_url
        subprocess.run(["psql", database_url, "-q", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"], check=True)
    binary = subprocess.run(["swift", "build", "--show-bin-path"], capture_output=True, text=True, check=True).stdout.strip()
    log = open(os.path.join(work, "server.log"), "w")
    proc = subprocess.Popen([binary + "/clusterworks", "serve", "--port", "8099"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = "http://127.0.0.1:8099"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            break
        except Exception:
            time.sleep(0.5)
    req = urllib.request.Request(url + "/api/v1/auth/tokens", method="POST",
                                 data=json.dumps({"email": "admin@example.org", "password": "bench-admin-password"}).encode(),
                                 headers={"Content-Type": "application/json"})
    token = json.load(urllib.request.urlopen(req))["token"]
    return proc, work, url, token


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--editors", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--database-url")
    ap.add_argument("--url")
    ap.add_argument("--token")
    args = ap.parse_args()
    proc = work = None
    if args.url:
        url, token = args.url, args.token
    else:
        proc, work, url, token = start_server(args.database_url)
    try:
        status, body = call(url, "POST", "/api/v1/projects", token,
                            {"code": "BENCH-%d" % time.time(), "title": "Bench", "countries": ["SN"], "status": "ongoing"})
        assert status == 201, (status, body)
        pid = json.loads(body)["id"]
        latencies, errors, lock = [], {}, threading.Lock()
        stop = time.time() + args.seconds

        def editor(i):
            n = 0
            while time.time() < stop:
                countries = SETS[(i + n) % len(SETS)]
                t0 = time.perf_counter()
                status, body = call(url, "PATCH", "/api/v1/projects/" + pid, token, {"title": "Edit %d-%d" % (i, n), "countries": countries})
                dt = time.perf_counter() - t0
                with lock:
                    if status == 200:
                        latencies.append(dt)
                    else:
                        errors[status] = errors.get(status, 0) + 1
                n += 1

        threads = [threading.Thread(target=editor, args=(i,)) for i in range(args.editors)]
        started = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.time() - started
        status, body = call(url, "GET", "/api/v1/projects/" + pid, token)
        final = json.loads(body)
        consistent = sorted(final["countries"]) in [sorted(s) for s in SETS]
        db = "PostgreSQL" if args.database_url else ("given server" if args.url else "SQLite")
        total = len(latencies) + sum(errors.values())
        print("database: %s, editors: %d, %.0f s" % (db, args.editors, elapsed))
        print("saves: %d ok, %d errors %s (%.2f %%)" % (len(latencies), sum(errors.values()), errors, 100.0 * sum(errors.values()) / max(total, 1)))
        print("throughput: %.1f saves/s" % (len(latencies) / elapsed))
        print("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f" % tuple(1000 * percentile(latencies, p) for p in (50, 90, 99, 100)))
        print("final countries %s, one of the sets sent: %s" % (final["countries"], consistent))
    finally:
        if proc:
            proc.terminate()
            proc.wait()
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
