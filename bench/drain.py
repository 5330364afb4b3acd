"""The delivery benchmark's drain (scripts/bench.sh): starts d1-sandbox on a data directory
holding a backlog of pending deliveries (made by a server whose deliveries were held), and
measures how fast it delivers them to a partner that answers 204 at once, and its resident
memory meanwhile.

    python3 bench/drain.py BINARY DATA_DIR PORT ADMIN_KEY BACKLOG LOG

Progress is read from the server's log (one "delivery attempt" line per attempt), not from
the admin API's stats, whose count reads every message: polling it would slow the drain it
measures. The stats are read once at the end, to check that every message was delivered.
Prints one JSON object: backlog, seconds (from the server's start to the last attempt),
deliveries per second, attempts, RSS samples (KiB) after 10 % and 50 % of the backlog, at the
peak and at the end, and the stats.
"""
import json
import subprocess
import sys
import time
import urllib.request


def rss_kib(pid, key="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def main():
    binary, data_dir, port, admin_key, backlog, log = sys.argv[1:]
    backlog = int(backlog)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    with open(log, "wb") as err:
        server = subprocess.Popen(
            [binary, "serve", "--listen", f"127.0.0.1:{port}", "--data-dir", data_dir],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    attempts = 0
    rss_warm = None
    rss_half = None
    peak = 0
    # The peak over the second half alone: the "flat over the second half" row must not count
    # a peak of the first half.
    peak_second_half = 0
    samples = []
    offset = 0
    finished = None
    try:
        deadline = started + 900
        with open(log, "rb") as reader:
            while time.monotonic() < deadline:
                time.sleep(0.2)
                reader.seek(offset)
                chunk = reader.read()
                # Count whole lines only; a partial last line is read again next time.
                cut = chunk.rfind(b"\n") + 1
                attempts += chunk[:cut].count(b"delivery attempt")
                offset += cut
                rss = rss_kib(server.pid)
                samples.append(rss)
                peak = max(peak, rss)
                if rss_warm is None and attempts >= backlog // 10:
                    rss_warm = rss
                if rss_half is None and attempts >= backlog // 2:
                    rss_half = rss
                if rss_half is not None:
                    peak_second_half = max(peak_second_half, rss)
                if attempts >= backlog:
                    finished = time.monotonic()
                    break
                if server.poll() is not None:
                    sys.exit(f"the server exited ({server.returncode}) during the drain")
        if finished is None:
            sys.exit(f"the backlog was not drained in 900 s ({attempts} of {backlog} attempts)")
        stats = None
        for _ in range(50):
            request = urllib.request.Request(
                f"{base}/sandbox/deliveries/stats", headers={"X-Admin-Key": admin_key}
            )
            try:
                with urllib.request.urlopen(request, timeout=60) as answer:
                    stats = json.load(answer)
                if stats["pending"] == 0:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        seconds = finished - started
        print(
            json.dumps(
                {
                    "backlog": backlog,
                    "seconds": round(seconds, 2),
                    "per_second": round(backlog / seconds),
                    "attempts": attempts,
                    "rss_warm_kib": rss_warm,
                    "rss_half_kib": rss_half,
                    "rss_peak_kib": peak,
                    "rss_peak_second_half_kib": peak_second_half,
                    "rss_end_kib": samples[-1],
                    "stats": stats,
                }
            )
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
