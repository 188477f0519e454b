#!/usr/bin/python3
"""End-to-end tests of tools/newsgraph-dask on a LocalCluster of 2 worker processes.

The corpus is the first 3,000 Reuters-21578 articles from ../shared (or, when ../shared is absent,
the bundled samples), split into 6 shards. What the tool builds must equal, byte for byte in the
JSON export, the same shards built one after another in one process and merged with `newsgraph
merge` (the engine adds nothing and loses nothing); on the samples it must also equal one
`newsgraph build`. (On Reuters a single build is not the reference: it resolves each new name
against the articles before it, so its graph depends on the order of the articles; a reversed
build differs too. See docs/scaling.md.) One run kills a worker process during a shard build;
others make a shard fail, once (retried) and always (reported with its shard and inputs), and
re-run to check that complete shards are skipped.

Run by ctest (see tests/CMakeLists.txt) with /usr/bin/python3 and Debian's python3-distributed.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

SOURCE = os.environ.get("NEWSGRAPH_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWSGRAPH = os.environ.get("NEWSGRAPH_BINARY") or os.path.join(SOURCE, "build", "src", "newsgraph")
TOOL = os.path.join(SOURCE, "tools", "newsgraph-dask")
REUTERS = os.path.join(SOURCE, "..", "shared", "corpus", "reuters21578.jsonl")
SAMPLES = os.path.join(SOURCE, "data", "samples")
SHARDS = 6
WORKERS = 2
TOOL_TIMEOUT = 600

scratch = None       # a temporary folder for the whole module
corpus = None        # the input of every run: Reuters' first 3,000 articles, or the samples
reference = {}       # name -> JSON export text


def ng(*args):
    """Runs newsgraph; fails the test run with its stderr when it fails."""
    proc = subprocess.run([NEWSGRAPH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(args)} failed ({proc.returncode}): {proc.stderr}")
    return proc.stdout


def export(db):
    out = db + ".json"
    ng("export", "--format", "json", "--db", db, "-o", out)
    with open(out) as f:
        return f.read()


def tool(inputs, db, *extra, newsgraph=NEWSGRAPH, wait=True):
    """Runs the tool on a LocalCluster of 2 workers with 6 shards; returns the finished process
    (stdout, stderr as text) or, with wait=False, the running Popen."""
    argv = [TOOL, inputs, "--db", db, "--workers", str(WORKERS), "--shards", str(SHARDS),
            "--newsgraph", newsgraph, "--json", *extra]
    if not wait:
        return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=TOOL_TIMEOUT)


def summary(proc):
    return json.loads(proc.stdout.strip().splitlines()[-1])


def flat_merge(inputs, name):
    """The reference: split as the tool does, build each shard in turn in this process, merge all
    shard databases at once with the resolution pass (`newsgraph merge`, as before the tool)."""
    shard_dir = os.path.join(scratch, name + "-shards")
    split = json.loads(ng("split", inputs, "--shards", str(SHARDS), "-o", shard_dir, "--json"))
    dbs = []
    for s in split["shards"]:
        if s["articles"]:
            db = s["file"][: -len(".jsonl")] + ".db"
            ng("build", s["file"], "--db", db, "--quiet")
            dbs.append(db)
    out = os.path.join(scratch, name + ".db")
    ng("merge", out, *dbs)
    return export(out), split


def setUpModule():
    global scratch, corpus
    with open(os.devnull, "w") as devnull:
        if subprocess.run(["/usr/bin/python3", "-c", "import distributed"], stderr=devnull).returncode != 0:
            raise RuntimeError("Debian's python3-distributed is not installed (run tools/install-deps.sh)")
    scratch = tempfile.mkdtemp(prefix="newsgraph-dask-test-")
    if os.environ.get("NEWSGRAPH_DASK_TEST_SAMPLES_ONLY"):
        print("note: NEWSGRAPH_DASK_TEST_SAMPLES_ONLY is set (the sanitizer build); the Reuters runs use "
              f"the bundled samples split into {SHARDS} shards instead", file=sys.stderr)
        corpus = SAMPLES
    elif os.path.exists(REUTERS):
        corpus = os.path.join(scratch, "reuters3000.jsonl")
        with open(REUTERS) as src, open(corpus, "w") as dst:
            for i, line in enumerate(src):
                if i == 3000:
                    break
                dst.write(line)
    else:
        print(f"note: {REUTERS} is absent (../shared not mounted); the Reuters runs use the bundled "
              f"samples split into {SHARDS} shards instead", file=sys.stderr)
        corpus = SAMPLES
    reference["corpus"], _ = flat_merge(corpus, "flat")
    reference["samples"], _ = flat_merge(SAMPLES, "flat-samples")
    ng("build", SAMPLES, "--db", os.path.join(scratch, "one-samples.db"), "--quiet")
    reference["samples-one-build"] = export(os.path.join(scratch, "one-samples.db"))


def tearDownModule():
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)


def processes():
    """pid -> (parent pid, argv) of every process, from /proc."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                argv = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        table[int(entry)] = (ppid, argv)
    return table


def descends_from(pid, ancestor, table):
    while pid in table and pid > 1:
        pid = table[pid][0]
        if pid == ancestor:
            return True
    return False


class LocalClusterRuns(unittest.TestCase):
    def test_samples_equal_one_build_and_rerun_skips_complete_shards(self):
        self.assertEqual(reference["samples"], reference["samples-one-build"],
                         "the flat merge of the sample shards should equal one build")
        db = os.path.join(scratch, "samples.db")
        first = tool(SAMPLES, db)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertEqual(export(db), reference["samples-one-build"])
        s = summary(first)
        self.assertGreaterEqual(s["shards"], 2)
        self.assertEqual(s["shards_skipped"], 0)
        again = tool(SAMPLES, db)
        self.assertEqual(again.returncode, 0, again.stderr)
        s2 = summary(again)
        self.assertEqual((s2["shards_skipped"], s2["merges_skipped"]), (s["shards"], s["merges"]))
        self.assertEqual(export(db), reference["samples-one-build"])

    def test_corpus_equals_the_same_shards_merged_in_one_process(self):
        db = os.path.join(scratch, "corpus.db")
        run = tool(corpus, db, "--stats")
        self.assertEqual(run.returncode, 0, run.stderr)
        s = summary(run)
        self.assertEqual(s["shards"], SHARDS if corpus != SAMPLES else s["shards"])
        self.assertGreaterEqual(s["tree_depth"], 2)
        for stage in ("split", "shard_builds", "merge_tree", "resolution", "total"):
            self.assertIn(stage, s["seconds"])
        self.assertEqual(export(db), reference["corpus"])

    def test_a_worker_killed_during_a_shard_build(self):
        db = os.path.join(scratch, "killed.db")
        proc = tool(corpus, db, wait=False)
        killed = None
        deadline = time.time() + TOOL_TIMEOUT
        try:
            while killed is None and proc.poll() is None and time.time() < deadline:
                table = processes()
                for pid, (ppid, argv) in table.items():
                    # A shard build whose parent is a worker process of this run's LocalCluster.
                    if len(argv) > 2 and argv[1] == "build" and argv[2].startswith(db + ".shards/") \
                            and descends_from(pid, proc.pid, table) and ppid != proc.pid:
                        os.kill(ppid, signal.SIGKILL)
                        killed = ppid
                        break
                time.sleep(0.05)
            out, err = proc.communicate(timeout=max(1, deadline - time.time()))
        finally:
            if proc.poll() is None:
                proc.kill()
        self.assertIsNotNone(killed, "no shard build was seen running, so no worker was killed")
        self.assertEqual(proc.returncode, 0, err)
        self.assertEqual(export(db), reference["corpus"])

    def _wrapper(self, name, body):
        """A stand-in for the newsgraph binary that fails some shard builds as `body` says and
        runs the real binary for everything else."""
        path = os.path.join(scratch, name)
        with open(path, "w") as f:
            f.write(f"#!/bin/sh\n{body}\nexec {NEWSGRAPH} \"$@\"\n")
        os.chmod(path, 0o755)
        return path

    def _a_sample_shard(self):
        """The first non-empty shard of the samples, as the tool deals them."""
        split = json.loads(ng("split", SAMPLES, "--shards", str(SHARDS), "-o",
                              os.path.join(scratch, "probe"), "--json"))
        for i, s in enumerate(split["shards"]):
            if s["articles"]:
                return i, os.path.basename(s["file"]), s["inputs"]
        self.fail("no sample shard has articles")

    def test_a_failing_shard_is_named_with_its_inputs_and_a_rerun_finishes(self):
        index, file, inputs = self._a_sample_shard()
        attempts = os.path.join(scratch, "attempts")
        broken = os.path.join(scratch, "disk-broken")
        open(broken, "w").close()
        wrapper = self._wrapper("failing-newsgraph", f'''
case "$1 $2" in "build "*/{file})
  if [ -e {broken} ]; then echo x >> {attempts}; echo "simulated disk failure" >&2; exit 1; fi;;
esac''')
        db = os.path.join(scratch, "failing.db")
        run = tool(SAMPLES, db, "--retries", "1", newsgraph=wrapper)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertIn(f"shard {index} (", run.stderr)
        self.assertIn(file, run.stderr)
        self.assertIn(inputs[0], run.stderr)
        self.assertIn("simulated disk failure", run.stderr)
        with open(attempts) as f:
            self.assertEqual(len(f.readlines()), 2, "one try and one retry")
        # The cause fixed, the same command builds only the failed shard and what is above it.
        os.remove(broken)
        rerun = tool(SAMPLES, db, "--retries", "1", newsgraph=wrapper)
        self.assertEqual(rerun.returncode, 0, rerun.stderr)
        s = summary(rerun)
        self.assertEqual(s["shards_skipped"], s["shards"] - 1)
        self.assertEqual(export(db), reference["samples-one-build"])

    def test_a_shard_that_fails_once_is_retried(self):
        _, file, _ = self._a_sample_shard()
        failed_once = os.path.join(scratch, "failed-once")
        wrapper = self._wrapper("flaky-newsgraph", f'''
case "$1 $2" in "build "*/{file})
  if [ ! -e {failed_once} ]; then touch {failed_once}; echo "simulated crash" >&2; exit 1; fi;;
esac''')
        db = os.path.join(scratch, "flaky.db")
        run = tool(SAMPLES, db, newsgraph=wrapper)
        self.assertTrue(os.path.exists(failed_once), "the wrapper never failed the shard")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(export(db), reference["samples-one-build"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
