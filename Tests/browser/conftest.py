"""Starts the built server on a fresh data directory with the demo programme, and a browser."""
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from playwright.sync_api import sync_playwright

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ADMIN_PASSWORD = "browser-test-password"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    binary = os.path.join(ROOT, ".build", "debug", "clusterworks")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build"], cwd=ROOT, check=True)
    port = free_port()
    data = tempfile.mkdtemp(prefix="cw-browser-")
    env = dict(os.environ, CLUSTERWORKS_DATA_DIR=data, CLUSTERWORKS_ADMIN_PASSWORD=ADMIN_PASSWORD,
               CLUSTERWORKS_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(data, "server.log"), "w")
    proc = subprocess.Popen([binary, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except Exception:
            if proc.poll() is not None:
                raise RuntimeError(open(os.path.join(data, "server.log")).read())
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError("server did not start")
    yield base
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()
