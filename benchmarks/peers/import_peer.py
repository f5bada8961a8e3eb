#!/usr/bin/env python3
"""The naive peer of `smartscore import FILE --db DB`: python's csv module and sqlite3, the same schema as
smartscore's store after migration v2 (Sources/SmartScore/Store/Store+KeyedSchema.swift: dataset; city,
indicator and source with integer ids; observation WITHOUT ROWID keyed by (dataset, city id, year,
indicator id) with a source id, no foreign keys; import_log with the file's SHA-256), the ids given from
python dicts, WAL with synchronous=NORMAL as the store opens, one transaction, executemany. No validation
beyond what float() and int() refuse: the lower bound of the work.

Usage: import_peer.py FILE DB   (DB must not exist)"""

import csv
import datetime
import hashlib
import sqlite3
import sys

SCHEMA = """
CREATE TABLE dataset (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE city (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, province TEXT, type TEXT);
CREATE TABLE indicator (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE observation (
    dataset_id INTEGER NOT NULL,
    city_id INTEGER NOT NULL,
    year INTEGER NOT NULL,
    indicator_id INTEGER NOT NULL,
    value REAL NOT NULL,
    source_id INTEGER,
    PRIMARY KEY (dataset_id, city_id, year, indicator_id)
) WITHOUT ROWID;
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    file TEXT NOT NULL, sha256 TEXT NOT NULL, imported_at TEXT NOT NULL,
    rows INTEGER NOT NULL, observations INTEGER NOT NULL, replaced INTEGER NOT NULL
);
CREATE INDEX import_log_by_hash ON import_log(dataset_id, sha256);
"""


def intern(ids, key):
    """The id of `key` in `ids` (a dict), the next id on first sight."""
    found = ids.get(key)
    if found is None:
        found = ids[key] = len(ids) + 1
    return found


def main():
    path, db_path = sys.argv[1], sys.argv[2]
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    rows = csv.DictReader(data.decode("utf-8-sig").splitlines())
    cities, city_ids, indicator_ids, source_ids, observations = {}, {}, {}, {}, []
    for row in rows:
        if row["value"] == "":
            continue
        code = row["city_code"]
        city = intern(city_ids, code)
        if city not in cities:
            cities[city] = (city, code, row["city_name"], row.get("province"), row.get("type"))
        source = row.get("source")
        observations.append((city, int(row["year"]), intern(indicator_ids, row["indicator"]), float(row["value"]),
                             intern(source_ids, source) if source else None))

    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    dataset = db.execute("INSERT INTO dataset (name, created_at) VALUES (?, ?)", ("default", now)).lastrowid
    db.executemany("INSERT INTO city (id, code, name, province, type) VALUES (?, ?, ?, ?, ?)", cities.values())
    db.executemany("INSERT INTO indicator (id, code) VALUES (?, ?)", ((i, c) for c, i in indicator_ids.items()))
    db.executemany("INSERT INTO source (id, name) VALUES (?, ?)", ((i, n) for n, i in source_ids.items()))
    db.executemany("INSERT INTO observation (dataset_id, city_id, year, indicator_id, value, source_id) "
                   "VALUES (?, ?, ?, ?, ?, ?)", ((dataset,) + o for o in observations))
    db.execute("INSERT INTO import_log (dataset_id, file, sha256, imported_at, rows, observations, replaced) "
               "VALUES (?, ?, ?, ?, ?, ?, 0)", (dataset, path, digest, now, len(observations), len(observations)))
    db.execute("COMMIT")
    print(db.execute("SELECT COUNT(*) FROM observation").fetchone()[0])
    db.close()


if __name__ == "__main__":
    main()
