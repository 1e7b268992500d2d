#!/usr/bin/env python3
"""Records the expected results of armjit's program corpus from CPython 3.11.

    python3 tests/record.py                  re-record tests/programs (and errors/) and examples/
    python3 tests/record.py FILE_OR_DIR ...  re-record only those (e.g. bench/programs)
    python3 tests/record.py --check          record into memory and report differences only

For each program P.py it writes P.out (the exact stdout bytes) and, when stderr is non-empty
or the exit status is non-zero, P.expect:

    exit: 1
    stderr: ZeroDivisionError: division by zero

(the exit status and the last line of stderr). A program with no P.expect must exit 0 with
empty stderr. Programs run with the working directory set to their own directory and a
relative file name, exactly as the JUnit runner passes them to `armjit run`, so nothing
recorded depends on where the repository lives.

tests/programs/unsupported/ holds programs outside armjit's subset: their P.out (empty)
and P.expect (armjit's own SyntaxError) are written by hand. The recorder does not touch
them; it checks that CPython runs each one cleanly (so the construct is real Python) and
that the hand-written files exist and have the expected shape.
"""
import os
import subprocess
import sys

REQUIRED = (3, 11)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = ["tests/programs", "examples"]
UNSUPPORTED = os.path.join("tests", "programs", "unsupported")
TIMEOUT_S = 60
SLOW_WARNING_S = 1.0


def fail(msg):
    print("record.py: " + msg, file=sys.stderr)
    sys.exit(2)


def programs_under(path):
    if os.path.isfile(path):
        return [path] if path.endswith(".py") else []
    found = []
    for d, subdirs, files in os.walk(path):
        subdirs.sort()
        found += [os.path.join(d, f) for f in sorted(files) if f.endswith(".py")]
    return found


def run(prog):
    """Runs prog as `python3 NAME.py` inside its directory; returns (status, stdout, stderr, seconds)."""
    import time
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, "-S", os.path.basename(prog)], cwd=os.path.dirname(prog),
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT_S)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"), time.monotonic() - t0


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if text else ""


def expect_text(status, stderr):
    if status == 0 and stderr == "":
        return None
    return "exit: %d\nstderr: %s\n" % (status, last_line(stderr))


def read(path, mode="r"):
    if not os.path.exists(path):
        return None
    with open(path, mode) as f:
        return f.read()


def write_if_changed(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    if read(path, "rb" if mode == "wb" else "r") == data:
        return False
    with open(path, mode) as f:
        f.write(data)
    return True


def record(prog, check_only):
    status, out, err, secs = run(prog)
    base = prog[:-3]
    expect = expect_text(status, err)
    notes = []
    if secs > SLOW_WARNING_S and "/bench/" not in prog and "/examples/" not in prog:
        notes.append("slow: %.2fs" % secs)
    if (status != 0 or err) and "/errors/" not in prog:
        notes.append("exit %d or stderr output (warnings too) outside errors/: %s" % (status, last_line(err)))
    if check_only:
        if read(base + ".out", "rb") != out:
            notes.append("stdout differs from " + os.path.relpath(base + ".out", ROOT))
        if read(base + ".expect") != expect:
            notes.append("status/stderr differ from the recorded expectation")
    else:
        changed = write_if_changed(base + ".out", out)
        if expect is None:
            if os.path.exists(base + ".expect"):
                os.remove(base + ".expect")
                changed = True
        else:
            changed |= write_if_changed(base + ".expect", expect)
        if changed:
            notes.append("updated")
    return secs, notes


def check_unsupported(prog):
    """An unsupported-construct program must be valid, clean CPython, with hand-written expectations."""
    problems = []
    status, out, err, _ = run(prog)
    if status != 0 or err:
        problems.append("CPython does not run it cleanly (exit %d): %s" % (status, last_line(err)))
    base = prog[:-3]
    if read(base + ".out", "rb") != b"":
        problems.append("needs an empty .out")
    expect = read(base + ".expect")
    if expect is None:
        problems.append("needs a hand-written .expect")
    else:
        lines = expect.split("\n")
        if (len(lines) != 3 or lines[0] != "exit: 1" or not lines[1].startswith("stderr: ")
                or lines[2] != ""):
            problems.append("the .expect must be two lines: 'exit: 1' and 'stderr: ...'")
    return problems


def main(argv):
    if sys.version_info[:2] != REQUIRED:
        fail("needs CPython %d.%d (the corpus is recorded from it), this is %s"
             % (REQUIRED + (sys.version.split()[0],)))
    check_only = "--check" in argv
    targets = [a for a in argv if a != "--check"] or [os.path.join(ROOT, d) for d in DEFAULT_DIRS]
    progs = []
    for t in targets:
        t = os.path.abspath(t)
        if not os.path.exists(t):
            fail("no such file or directory: " + t)
        progs += programs_under(t)
    unsupported_dir = os.path.join(ROOT, UNSUPPORTED) + os.sep
    problems = 0
    for prog in progs:
        rel = os.path.relpath(prog, ROOT)
        if prog.startswith(unsupported_dir):
            for p in check_unsupported(prog):
                print("%s: %s" % (rel, p))
                problems += 1
            continue
        secs, notes = record(prog, check_only)
        for n in notes:
            print("%s: %s" % (rel, n))
            if not n.startswith("updated"):
                problems += 1
    print("record.py: %d programs, %d problems" % (len(progs), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
