#!/usr/bin/env python3
"""Sums up async-profiler's collapsed stacks (1 ms CPU samples, per thread) as CPU per request.

Usage: profile-summary.py FILE.collapsed REQUESTS [TOP]

Prints the CPU per request of each thread kind, of each library anywhere on a stack (inclusive, so
the rows overlap), and the frames that are hottest on their own (self time).
"""
import collections
import re
import sys

LIBRARIES = [  # (label, frame prefixes): a stack counts once for a label if any frame matches
    ("token check (smallrye-jwt, jose4j)", ("io/smallrye/jwt", "org/jose4j", "io/quarkus/smallrye/jwt")),
    ("Hibernate ORM", ("org/hibernate/",)),
    ("Hibernate Validator", ("org/hibernate/validator",)),
    ("JDBC driver", ("org/postgresql",)),
    ("connection pool (Agroal)", ("io/agroal",)),
    ("transactions (Narayana)", ("com/arjuna", "io/quarkus/narayana")),
    ("Jackson", ("com/fasterxml/jackson",)),
    ("Micrometer", ("io/micrometer", "io/quarkus/micrometer")),
    ("Quarkus REST", ("org/jboss/resteasy/reactive", "io/quarkus/resteasy/reactive")),
    ("Vert.x Web", ("io/vertx/ext/web",)),
    ("Vert.x HTTP", ("io/vertx/core/http",)),
    ("Netty", ("io/netty",)),
    ("ArC (CDI)", ("io/quarkus/arc",)),
    ("security (Quarkus)", ("io/quarkus/security", "io/quarkus/vertx/http/runtime/security")),
    ("this suite (vn/khaosat)", ("vn/khaosat",)),
    ("logging", ("org/jboss/logmanager", "org/jboss/logging")),
]


def main():
    path, requests = sys.argv[1], int(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    threads = collections.Counter()
    libraries = collections.Counter()
    own = collections.Counter()
    total = kernel = 0
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        n = int(count)
        frames = stack.split(";")
        total += n
        thread = "?"
        if frames[0].startswith("["):  # "[executor-thread-3 tid=1234]"
            thread = re.sub(r"[-#]?\d+$", "", re.sub(r" tid=\d+$", "", frames[0].strip("[]")))
        threads[thread] += n
        for label, prefixes in LIBRARIES:
            if any(f.startswith(prefixes) for f in frames):
                libraries[label] += n
        if frames[-1].endswith("_[k]"):  # on CPU in the kernel itself
            kernel += n
        own[frames[-1]] += n

    def per_request(samples):  # samples are 1 ms of CPU
        return samples * 1000.0 / requests

    print(f"{total} samples of 1 ms = {per_request(total):.0f} µs of CPU per request ({requests} requests)")
    print("-- by thread kind, µs per request")
    for name, n in threads.most_common(8):
        print(f"  {per_request(n):7.1f}  {name}")
    print("-- by library, anywhere on the stack (rows overlap), µs per request")
    for label, _ in LIBRARIES:
        if libraries[label]:
            print(f"  {per_request(libraries[label]):7.1f}  {100.0 * libraries[label] / total:5.1f} %  {label}")
    print(f"  {per_request(kernel):7.1f}  {100.0 * kernel / total:5.1f} %  kernel (the sample's own frame)")
    print(f"-- hottest frames of their own, top {top}")
    for frame, n in own.most_common(top):
        print(f"  {per_request(n):7.1f}  {frame[:150]}")


if __name__ == "__main__":
    main()
