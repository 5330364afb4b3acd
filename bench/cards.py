"""Registers the benchmark's cards through the sandbox admin API, and fills some with
operations through the Card API's v2 batches (scripts/bench.sh).

    python3 bench/cards.py BASE ADMIN_KEY ISSUER TOKEN PREFIX:COUNT[:OPERATIONS] ...

Each PREFIX:COUNT registers COUNT cards named PREFIX0 .. PREFIX{COUNT-1} (distinct,
Luhn-valid PANs), and gives each OPERATIONS operations (in batches of 100). Eight keep-alive
connections in parallel.
"""
import http.client
import json
import sys
import threading
import urllib.parse


def luhn(digits):
    total = 0
    for i, d in enumerate(reversed(digits + "0")):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


def main():
    base, admin_key, issuer, token, *groups = sys.argv[1:]
    host = urllib.parse.urlparse(base).netloc
    cards = []
    for g, group in enumerate(groups):
        prefix, count, *ops = group.split(":")
        for i in range(int(count)):
            cards.append((f"{prefix}{i}", luhn(f"41{g:02d}{i:011d}"), int(ops[0]) if ops else 0))

    def post(conn, path, headers, body):
        conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json", **headers})
        resp = conn.getresponse()
        data = resp.read()
        if resp.status not in (201, 204):
            sys.exit(f"POST {path}: {resp.status} {data[:200]!r}")

    def work(part, parts):
        conn = http.client.HTTPConnection(host)
        for card_id, pan, operations in cards[part::parts]:
            post(conn, f"/sandbox/issuers/{issuer}/cards", {"X-Admin-Key": admin_key},
                 {"pan": pan, "exp": "1230", "cvv": "123", "cardId": card_id})
            for batch in range(0, operations, 100):
                items = [{"cardId": card_id, "operationId": f"fill-{k}", "operation": "DIGITIZE",
                          "status": "FAILED", "startTime": "2024-05-01T10:00:00.000Z"}
                         for k in range(batch, min(batch + 100, operations))]
                post(conn, f"/notifications/d1/v2/issuers/{issuer}/cards",
                     {"Authorization": f"Bearer {token}"}, {"cards": items})

    threads = [threading.Thread(target=work, args=(p, 8)) for p in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
