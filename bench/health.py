#!/usr/bin/env python3
"""Cost of a program's health: one program of N relationships on a fresh server (embedded Derby);
the hourly nudge scan reads every relationship's health (the same code as the coordinator's health
view), so the scan's thread is timed from /proc: CPU and wall time of one scan.

    bench/health.sh [relationships] [server jar]     (default 1000, the built server.jar)
"""
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

TOKEN = "bench-admin-token-health-0123456789"
SCANS = 4


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Api:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method, path, body=None):
        headers = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
        self.conn.request(method, "/api" + path, body=None if body is None else json.dumps(body), headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        if r.status >= 300:
            raise RuntimeError(f"{method} {path}: {r.status} {data[:300]}")
        return json.loads(data) if data else None


def thread_cpu_ms(pid, name):
    """CPU (user + system) of the server's threads with this name, in ms."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                if f.read().strip() != name:
                    continue
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) * 10
        except OSError:
            pass
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    jar = sys.argv[2] if len(sys.argv) > 2 else "features/org.tandem.server/target/server.jar"
    port = free_port()
    conf, data = tempfile.mkdtemp(), tempfile.mkdtemp()
    with open(f"{conf}/org.tandem.storage.cfg", "w") as f:
        f.write(f"dataDirectory = {data}\n")
    with open(f"{conf}/org.tandem.admin.cfg", "w") as f:
        f.write(f"token = {TOKEN}\n")
    with open(f"{conf}/org.tandem.notifications.cfg", "w") as f:
        f.write("checkSeconds = 3\nnudgeSeconds = 3\n")  # a scan 3 s after the feature starts, then 3 s apart
    subprocess.run(["cp", "conf/logging.properties", conf], check=True)
    log = open(f"{conf}/server.log", "w")
    server = subprocess.Popen(["java", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                               f"-Djava.util.logging.config.file={conf}/logging.properties",
                               f"-Dorg.osgi.service.http.port={port}", "-Dorg.apache.felix.http.host=127.0.0.1",
                               f"-Dfelix.fileinstall.dir={conf}", *os.environ.get("SERVER_JVM", "").split(),
                               "-jar", jar], stdout=log, stderr=subprocess.STDOUT)
    try:
        while "Tandem is ready" not in open(f"{conf}/server.log").read():
            if server.poll() is not None:
                raise RuntimeError(f"the server died; see {conf}/server.log")
            time.sleep(0.2)
        api = Api(port)
        api.call("PUT", "/admin/features/notifications", {"enabled": False})
        program = api.call("POST", "/programs", {"name": "Health", "model": "ONE_TO_ONE"})["id"]
        for i in range(n):
            mentee = api.call("POST", "/people", {"subject": f"e{i}", "displayName": f"Mentee {i}"})["id"]
            mentor = api.call("POST", "/people", {"subject": f"o{i}", "displayName": f"Mentor {i}"})["id"]
            api.call("POST", "/relationships", {"programId": program, "members": [
                {"personId": mentee, "role": "MENTEE"}, {"personId": mentor, "role": "MENTOR", "mentorRole": "GENERAL"}]})
        api.call("PUT", "/admin/features/notifications", {"enabled": True})
        while "tandem-nudges" not in threads(server.pid):
            time.sleep(0.1)
        scans = []  # (cpu ms, wall s) of each scan: runs of CPU growth parted by a second without any
        start = changed = None
        base = last = thread_cpu_ms(server.pid, "tandem-nudges")
        while len(scans) < SCANS:
            cpu, now = thread_cpu_ms(server.pid, "tandem-nudges"), time.time()
            if cpu != last:
                if start is None:
                    start, base = now, last
                changed = now
            elif start is not None and now - changed > 1.0:
                scans.append((last - base, changed - start))
                start = None
            last = cpu
            time.sleep(0.05)
        print(f"Program health of {n} relationships (nudge scans, Derby, {os.cpu_count()} cores):")
        for k, (cpu, wall) in enumerate(scans, 1):
            print(f"  scan {k}: CPU {cpu} ms ({cpu / n:.2f} ms per relationship), wall about {wall:.1f} s"
                  + ("  (cold: the JIT has not compiled it yet)" if k == 1 else ""))
    finally:
        server.terminate()
        server.wait()


def threads(pid):
    names = set()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                names.add(f.read().strip())
        except OSError:
            pass
    return names


if __name__ == "__main__":
    main()
