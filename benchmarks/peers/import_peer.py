#!/usr/bin/env python3
"""The naive peer of `smartscore import FILE --db DB`: python's csv module and sqlite3, the same schema as
smartscore's store (Sources/SmartScore/Store/Store.swift: dataset, city, observation WITHOUT ROWID,
import_log with the file's SHA-256), WAL with synchronous=NORMAL as the store opens, one transaction,
executemany. No validation beyond what float() and int() refuse: the lower bound of the work.

Usage: import_peer.py FILE DB   (DB must not exist)"""

import csv
import datetime
import hashlib
import sqlite3
import sys

SCHEMA = """
CREATE TABLE dataset (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE city (code TEXT PRIMARY KEY, name TEXT NOT NULL, province TEXT, type TEXT);
CREATE TABLE observation (
    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    city_code TEXT NOT NULL REFERENCES city(code),
    year INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    value REAL NOT NULL,
    source TEXT,
    PRIMARY KEY (dataset_id, city_code, year, indicator)
) WITHOUT ROWID;
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    file TEXT NOT NULL, sha256 TEXT NOT NULL, imported_at TEXT NOT NULL,
    rows INTEGER NOT NULL, observations INTEGER NOT NULL, replaced INTEGER NOT NULL
);
CREATE INDEX import_log_by_hash ON import_log(dataset_id, sha256);
"""


def main():
    path, db_path = sys.argv[1], sys.argv[2]
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    rows = csv.DictReader(data.decode("utf-8-sig").splitlines())
    cities, observations = {}, []
    for row in rows:
        if row["value"] == "":
            continue
        cities.setdefault(row["city_code"], (row["city_code"], row["city_name"], row.get("province"), row.get("type")))
        observations.append((row["city_code"], int(row["year"]), row["indicator"], float(row["value"]), row.get("source")))

    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    dataset = db.execute("INSERT INTO dataset (name, created_at) VALUES (?, ?)", ("default", now)).lastrowid
    db.executemany("INSERT INTO city (code, name, province, type) VALUES (?, ?, ?, ?)", cities.values())
    db.executemany("INSERT INTO observation (dataset_id, city_code, year, indicator, value, source) "
                   "VALUES (?, ?, ?, ?, ?, ?)", ((dataset,) + o for o in observations))
    db.execute("INSERT INTO import_log (dataset_id, file, sha256, imported_at, rows, observations, replaced) "
               "VALUES (?, ?, ?, ?, ?, ?, 0)", (dataset, path, digest, now, len(observations), len(observations)))
    db.execute("COMMIT")
    print(db.execute("SELECT COUNT(*) FROM observation").fetchone()[0])
    db.close()


if __name__ == "__main__":
    main()
