#!/usr/bin/env python3
"""What saying a page in Spanish or French costs against English: starts the app on a fresh SQLite
file with the demo programme, signs in as the administrator, and times the main pages in each language
(the administrator's setting, changed with the page header's language switch). Prints the median and
90th percentile per page and language. Run by hand after a build:

    python3 scripts/bench/language_pages.py [--runs 40] [--build release]
"""
import argparse, http.cookiejar, os, re, statistics, tempfile, time, urllib.parse, urllib.request

from web_speed import serve_demo

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PASSWORD = "bench-admin-password"


class Reader:
    """A signed-in browser: a cookie session and the form token of the last page."""
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None

    def get(self, path):
        with self.opener.open(self.base + path) as r:
            page = r.read().decode()
        m = re.search(r'name="_csrf" value="([^"]+)"', page)
        self.csrf = m.group(1) if m else self.csrf
        return page

    def post(self, path, fields):
        self.opener.open(self.base + path, urllib.parse.urlencode({"_csrf": self.csrf, **fields}).encode()).read()

    def timed(self, path):
        start = time.perf_counter()
        with self.opener.open(self.base + path) as r:
            size = len(r.read())
        return (time.perf_counter() - start) * 1000, size


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=40)
    p.add_argument("--build", choices=["debug", "release"], default="debug")
    args = p.parse_args()
    binary = os.path.join(ROOT, ".build", args.build, "clusterworks")
    env = dict(os.environ, CLUSTERWORKS_DATA_DIR=tempfile.mkdtemp(prefix="cw-bench-"), CLUSTERWORKS_ADMIN_PASSWORD=PASSWORD,
               CLUSTERWORKS_BCRYPT_COST="4")
    server, base = serve_demo(binary, env)
    try:
        reader = Reader(base)
        reader.get("/sign-in")
        reader.post("/sign-in", {"email": "admin@example.org", "password": PASSWORD, "next": "/"})
        clusters = re.findall(r'href="(/clusters/[0-9a-f-]{36})"', reader.get("/clusters"))
        networks = re.findall(r'href="(/networks/[0-9a-f-]{36})"', reader.get("/networks"))
        pages = [("portfolio", "/"), ("cluster page", clusters[0]), ("cluster results", clusters[0] + "/results"),
                 ("network page", networks[0]), ("NET assessments", networks[0] + "/net"), ("programme results", "/programme/results")]
        print(f"build: {args.build}; {args.runs} requests per page and language, after 3 unmeasured ones")
        print(f"{'page':20} {'language':8} {'median ms':>10} {'p90 ms':>8} {'bytes':>8}")
        # English again at the end: the first pages of a fresh server pay for its warming up, not for their language.
        for language in ("en", "es", "fr", "en"):
            reader.get("/")
            reader.post("/language", {"language": language, "back": "/"})
            assert f'<html lang="{language}">' in reader.get("/"), language
            for label, path in pages:
                for _ in range(3):
                    reader.timed(path)
                times = sorted(reader.timed(path)[0] for _ in range(args.runs))
                size = reader.timed(path)[1]
                print(f"{label:20} {language:8} {statistics.median(times):10.2f} {times[int(len(times) * 0.9) - 1]:8.2f} {size:8d}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
