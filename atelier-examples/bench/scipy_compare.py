#!/usr/bin/env python3
"""Compare `atelier match --matrix` with scipy's linear_sum_assignment on the same CSV files.

Not part of the build. Generates seeded dense weight matrices (uniform, spatial Euclidean,
small-range integers with ties, and capacitated n x n/4 with capacity 4 or 50), writes them
as CSV with 6 decimals, times scipy (best of --repeat, maximize=True; for capacities on the
matrix with each mentor's column replicated `capacity` times), then runs the jar with
`--repeat` and reads metrics.solveMillis and metrics.totalWeight from its output.

    python3 atelier-examples/bench/scipy_compare.py --sizes 1000 2000 5000 \
        --jar atelier-examples/target/atelier.jar --dir /tmp/atelier-bench
"""
import argparse
import json
import os
import subprocess
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def matrix(family, n, m, seed):
    rng = np.random.default_rng(seed)
    if family == "uniform":
        w = rng.random((n, m))
    elif family == "spatial":
        a = rng.random((n, 2))
        b = rng.random((m, 2))
        d = np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2))
        w = np.sqrt(2.0) - d
    elif family == "ints":
        w = rng.integers(0, 10, size=(n, m)).astype(np.float64)
    else:
        raise ValueError(family)
    return np.round(w, 6)


def write_csv(path, w):
    if os.path.exists(path):
        return
    with open(path + ".tmp", "w") as f:
        np.savetxt(f, w, fmt="%.6f", delimiter=",")
    os.replace(path + ".tmp", path)


def time_scipy(w, repeat):
    best = float("inf")
    total = None
    for _ in range(repeat):
        t = time.perf_counter()
        r, c = linear_sum_assignment(w, maximize=True)
        best = min(best, time.perf_counter() - t)
        total = float(w[r, c].sum())
    return best * 1000.0, total


def time_atelier(jar, csv, capacity, repeat, heap):
    cmd = ["java", "-Xmx" + heap, "-jar", jar, "match", "--matrix", csv, "--repeat", str(repeat)]
    if capacity > 1:
        cmd += ["--mentor-capacity", str(capacity)]
    t = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - t
    metrics = json.loads(out)["metrics"]
    return metrics["solveMillis"], metrics["totalWeight"], wall


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    p.add_argument("--families", nargs="+", default=["uniform", "spatial", "ints", "cap4", "cap50"])
    p.add_argument("--dir", default="/tmp/atelier-bench")
    p.add_argument("--jar", default=None)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--heap", default="3g")
    a = p.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    print("family   n     m    cap  scipy_ms  atelier_ms  ratio  |total diff|  atelier_wall_s")
    for n in a.sizes:
        for fam in a.families:
            cap = 4 if fam == "cap4" else 50 if fam == "cap50" else 1
            m = n // cap
            w = matrix("uniform" if cap > 1 else fam, n, m, seed=n + cap)
            csv = os.path.join(a.dir, f"{fam}-{n}.csv")
            write_csv(csv, w)
            scipy_ms, scipy_total = time_scipy(np.repeat(w, cap, axis=1) if cap > 1 else w, a.repeat)
            line = f"{fam:8s} {n:5d} {m:5d} {cap:3d} {scipy_ms:9.1f}"
            if a.jar:
                ms, total, wall = time_atelier(a.jar, csv, cap, a.repeat, a.heap)
                line += f" {ms:11.1f} {ms / scipy_ms:6.2f} {abs(total - scipy_total):12.2e} {wall:8.1f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
