"""Run `medins batch` over a Dask cluster: the input's lines are cut into partitions of whole
lines, each partition is answered by one `medins batch` process on some worker, and the answers
are written in input order. `medins batch` is a pure streaming filter (docs/batch.md: one answer
per line, no state between lines, no line numbers in answers), so the output is byte for byte
what one process gives.

Run it through scripts/batch-dask. This file must stay a file with a __main__ guard: Dask's
local worker processes start by spawn, which re-imports the driver's module.
"""

import argparse
import collections
import os
import subprocess
import sys
import time

# Exit statuses of `medins batch` (docs/batch.md), from best to worst; the run reports the
# worst one any partition gave.
OK, INTERNAL_ERROR, REFUSED = 0, 1, 2


def partitions(stream, lines_per_partition):
    """Yields the input as byte strings of whole lines, `lines_per_partition` lines each (the
    last one may be shorter, and keeps a missing final newline missing)."""
    part, count = [], 0
    for line in stream:
        part.append(line)
        count += 1
        if count == lines_per_partition:
            yield b"".join(part)
            part, count = [], 0
    if part:
        yield b"".join(part)


def answer_partition(command, data):
    """Runs on a worker: one `medins batch` process over one partition."""
    done = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          check=False)
    return done.returncode, done.stdout, done.stderr[-2000:]


def worst(statuses):
    if INTERNAL_ERROR in statuses or any(s not in (OK, REFUSED) for s in statuses):
        return INTERNAL_ERROR
    return REFUSED if REFUSED in statuses else OK


def run(client, command, stream, out, lines_per_partition, in_flight):
    """Answers every partition of `stream` on `client`'s workers and writes the answers to `out`
    in input order. At most `in_flight` partitions are on the cluster at once, so memory stays
    bounded however long the input. Returns (exit status, lines, partitions, seconds)."""
    started = time.monotonic()
    pending = collections.deque()
    statuses = set()
    count = lines = 0

    def write_oldest():
        status, answers, err = pending.popleft().result()
        if status not in (OK, REFUSED):
            sys.stderr.write(f"batch-dask: a partition ended with status {status}: "
                             f"{err.decode('utf-8', 'replace')}\n")
        statuses.add(status)
        out.write(answers)

    for data in partitions(stream, lines_per_partition):
        # pure=False: two identical partitions are still two tasks, each written in its place.
        pending.append(client.submit(answer_partition, command, data, pure=False))
        count += 1
        lines += data.count(b"\n") + (not data.endswith(b"\n"))
        if len(pending) >= in_flight:
            write_oldest()
    while pending:
        write_oldest()
    out.flush()
    return worst(statuses), lines, count, time.monotonic() - started


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="scripts/batch-dask",
        description="Answer a JSON Lines file with `medins batch` across a Dask cluster, "
                    "in input order.")
    p.add_argument("input", help="JSON Lines file, or - for standard input")
    p.add_argument("-o", "--output", default="-",
                   help="where the answers go (default: standard output)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler",
                       help="address of a running scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local-workers", type=int,
                       help="start a cluster of this many worker processes on this machine "
                            "(loopback only)")
    p.add_argument("--medins", default="build/native/medins",
                   help="the medins binary; on a real cluster it must exist at this path on "
                        "every worker (default: %(default)s)")
    p.add_argument("--lines-per-partition", type=int, default=5000)
    p.add_argument("--in-flight", type=int, default=0,
                   help="partitions on the cluster at once (default: 4 per worker)")
    p.add_argument("--stats", action="store_true",
                   help="print lines, partitions, seconds and lines/s to standard error")
    p.add_argument("medins_args", nargs="*",
                   help="after --: extra arguments for `medins batch`")
    args = p.parse_args(argv)
    if args.lines_per_partition < 1:
        p.error("--lines-per-partition must be at least 1")
    if args.local_workers is not None and args.local_workers < 1:
        p.error("--local-workers must be at least 1")
    return args


def main(argv):
    args = parse_args(argv)
    # Imported here so that --help works, and says what is missing, without Dask installed.
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.stderr.write("batch-dask: Dask distributed is missing; scripts/setup installs "
                         "python3-distributed (for /usr/bin/python3)\n")
        return INTERNAL_ERROR

    medins = os.path.abspath(args.medins) if args.local_workers else args.medins
    if args.local_workers and not os.access(medins, os.X_OK):
        sys.stderr.write(f"batch-dask: no medins binary at {medins}\n")
        return INTERNAL_ERROR
    command = [medins, "batch", *args.medins_args, "-"]

    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
        workers = args.local_workers
    else:
        cluster = None
        client = Client(args.scheduler)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
    in_flight = args.in_flight or 4 * workers
    try:
        stream = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")
        out = sys.stdout.buffer if args.output == "-" else open(args.output, "wb")
        with stream, out:
            status, lines, count, seconds = run(client, command, stream, out,
                                         args.lines_per_partition, in_flight)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if args.stats:
        rate = lines / seconds if seconds > 0 else 0
        sys.stderr.write(f"batch-dask: {lines} lines in {count} partitions on {workers} "
                         f"workers: {seconds:.2f} s, {rate:.0f} lines/s\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
