"""Expired one-time records (SAML replay claims, sign-in tokens, console sessions,
pending role choices) are deleted by the server itself: in full when a node starts, then
every `purge_interval_secs` through the expiry index. Records are planted straight into
the embedded database while the server is stopped, as an installation made by an older
Gatehouse (without the index) would hold them."""

import json
import sqlite3
import time

from server_fixture import Server


def records(db, collection):
    with sqlite3.connect(db) as conn:
        return {k for (k,) in conn.execute("SELECT key FROM records WHERE collection = ?", (collection,))}


def test_expired_records_are_purged_at_start_and_then_periodically(tmp_path):
    data = tmp_path / "data"
    config = tmp_path / "gatehouse.toml"
    config.write_text("purge_interval_secs = 1\n")
    server = Server(data, extra_args=["--config", str(config)]).start()
    server.stop()
    db = data / "gatehouse.db"
    now_ms = int(time.time() * 1000)
    planted = {
        "saml-assertion-ids": {"expired-claim": now_ms - 1_000, "live-claim": now_ms + 3_600_000,
                               "soon-claim": now_ms + 4_000},
        "web-signin-tokens": {"expired-token": now_ms - 60_000},
        "web-console-sessions": {"expired-session": now_ms - 1, "live-session": now_ms + 3_600_000},
        "web-saml-pending": {"expired-pending": now_ms - 5},
    }
    with sqlite3.connect(db) as conn:
        for collection, keys in planted.items():
            for key, until in keys.items():
                conn.execute("INSERT INTO records (collection, key, value) VALUES (?, ?, ?)",
                             (collection, key, json.dumps({"until": until}).encode()))
        # Not ours to read: left alone.
        conn.execute("INSERT INTO records (collection, key, value) VALUES "
                     "('web-console-sessions', 'unreadable', x'00ff')")

    server = Server(data, extra_args=["--config", str(config)]).start()
    try:
        # The start-up pass goes collection by collection; wait for its last one.
        expired = [("saml-assertion-ids", "expired-claim"), ("web-signin-tokens", "expired-token"),
                   ("web-console-sessions", "expired-session"), ("web-saml-pending", "expired-pending")]
        deadline = time.time() + 20
        while time.time() < deadline and any(k in records(db, c) for c, k in expired):
            time.sleep(0.2)
        assert records(db, "saml-assertion-ids") >= {"live-claim"}
        assert "expired-claim" not in records(db, "saml-assertion-ids")
        assert records(db, "web-signin-tokens") == set()
        assert records(db, "web-saml-pending") == set()
        assert records(db, "web-console-sessions") == {"live-session", "unreadable"}
        # The start-up pass indexed what had not expired; the periodic pass removes the
        # claim that expires a few seconds later, through that index.
        with sqlite3.connect(db, isolation_level=None) as conn:
            conn.execute("BEGIN")  # one snapshot for both reads
            index = conn.execute("SELECT count(*) FROM records WHERE collection = 'expiry-index'").fetchone()[0]
            soon = conn.execute("SELECT count(*) FROM records WHERE key = 'soon-claim'").fetchone()[0]
            conn.execute("COMMIT")
        assert index == 2 + soon
        deadline = time.time() + 15
        while time.time() < deadline and "soon-claim" in records(db, "saml-assertion-ids"):
            time.sleep(0.25)
        assert records(db, "saml-assertion-ids") == {"live-claim"}
        assert len(records(db, "expiry-index")) == 2
        # The server kept serving throughout.
        sts = server.client("sts")
        assert sts.get_caller_identity()["Arn"].endswith(":root")
    finally:
        server.stop()
