"""scripts/batch-dask on a two-worker Dask LocalCluster (loopback) gives, byte for byte, what one
`medins batch` process gives, on 100,000 mixed lines of which some are broken. Run by ctest as
`/usr/bin/python3 tests/dask/batch_dask_test.py MEDINS_CLI`."""

import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.join(
    ROOT, "build", "native", "medins")
LINES = 100_000


def mixed_lines(n):
    """Deterministic records of several ops, answered ok and refused, with lines that are not
    JSON, records of the wrong shape and empty lines, so a lost, doubled or moved line shows."""
    queries = ["bj", "changsha", "朝阳", "cs", "广州", "xm", "乐亭", "zzz-nothing"]
    out = []
    for i in range(n):
        kind = i % 7
        if kind == 0:
            out.append('{"op":"region.search","request":{"query":"%s","limit":%d}}'
                       % (queries[i % len(queries)], 1 + i % 3))
        elif kind == 1:
            ident = "11010519491231002X" if i % 2 else "110105194912310021"
            out.append('{"op":"id.check","request":{"id":"%s","as_of":"2026-11-25"}}' % ident)
        elif kind == 2:
            out.append('{"op":"region.get","request":{"code":"%d"}}' % (110000 + i % 700000))
        elif kind == 3:
            out.append("broken line %d" % i)
        elif kind == 4:
            out.append('{"op":"region.get"}' if i % 2 else "")
        elif kind == 5:
            out.append('{"op":"meta.version","request":{}}')
        else:
            out.append('{"op":"no.such.op","request":{"n":%d}}' % i)
    return "\n".join(out) + "\n"


class BatchDask(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.input = os.path.join(cls.tmp.name, "mixed.jsonl")
        with open(cls.input, "w", encoding="utf-8") as f:
            f.write(mixed_lines(LINES))
        single = subprocess.run([CLI, "batch", cls.input], stdout=subprocess.PIPE, check=False)
        cls.single, cls.single_status = single.stdout, single.returncode

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def dask(self, *extra, input_path=None):
        out = os.path.join(self.tmp.name, "answers.jsonl")
        done = subprocess.run(
            [os.path.join(ROOT, "scripts", "batch-dask"), input_path or self.input,
             "--local-workers", "2", "--medins", CLI, "-o", out, *extra],
            stderr=subprocess.PIPE, check=False, timeout=600)
        with open(out, "rb") as f:
            return done.returncode, f.read(), done.stderr.decode("utf-8", "replace")

    def test_two_workers_answer_as_one_process_byte_for_byte(self):
        status, answers, err = self.dask("--lines-per-partition", "3331", "--stats")
        self.assertEqual(answers.count(b"\n"), LINES)
        self.assertEqual(answers, self.single)
        # Some lines are refused, none is an internal error: exit 2, as `medins batch` says.
        self.assertEqual(self.single_status, 2)
        self.assertEqual(status, self.single_status, err)
        self.assertIn(f"{LINES} lines in 31 partitions on 2 workers", err)

    def test_a_last_line_without_newline_is_answered_once(self):
        path = os.path.join(self.tmp.name, "no-final-newline.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write('{"op":"meta.version","request":{}}\nbroken')
        single = subprocess.run([CLI, "batch", path], stdout=subprocess.PIPE, check=False)
        status, answers, err = self.dask("--lines-per-partition", "1", input_path=path)
        self.assertEqual(answers, single.stdout)
        self.assertEqual(answers.count(b"\n"), 2)
        self.assertEqual(status, 2, err)


if __name__ == "__main__":
    unittest.main()
