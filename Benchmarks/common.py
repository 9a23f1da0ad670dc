"""What the peer benchmarks share: the folder `analytics-bench` wrote to, its edges, a timer."""
import csv, os, sys, tempfile, time


def folder():
    return sys.argv[1] if len(sys.argv) > 1 else tempfile.gettempdir()


def edges():
    """The drawn ties as (source, target, weight) and the number of actors."""
    with open(os.path.join(folder(), "bench-edges.csv")) as f:
        rows = [(int(r["source"]), int(r["target"]), float(r["weight"])) for r in csv.DictReader(f)]
    return rows, 1 + max(max(a, b) for a, b, _ in rows)


def merged(rows):
    """The same rules as Graph: no self-loops, duplicate ties merged by summing weights."""
    out = {}
    for a, b, w in rows:
        if a != b:
            key = (min(a, b), max(a, b))
            out[key] = out.get(key, 0.0) + w
    return out


def timed(label, fn, scale=1.0, note=""):
    start = time.perf_counter()
    result = fn()
    print(f"{label:40} {1000 * (time.perf_counter() - start) * scale:10.1f} ms{note}")
    return result
