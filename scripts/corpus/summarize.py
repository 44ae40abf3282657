#!/usr/bin/env python3
"""Summarize one or more generated corpora (directories written by generate.py).

    summarize.py DIR [DIR ...] [--markdown]

Prints, per Django version and in total: edits, migrations, operation kinds (from meta.json), edit kinds, rollbacks,
sqlmigrate errors, and how often some SQL shapes appear in the recorded output (a rough coverage view).
"""

import collections
import json
import os
import re
import sys

SQL_FEATURES = [
    ("CREATE TABLE", r"^CREATE TABLE"),
    ("DROP TABLE", r"^DROP TABLE"),
    ("ADD COLUMN", r"ADD COLUMN"),
    ("DROP COLUMN", r"DROP COLUMN"),
    ("DROP COLUMN ... CASCADE", r"DROP COLUMN \"[^\"]+\" CASCADE"),
    ("RENAME COLUMN", r"RENAME COLUMN"),
    ("RENAME TO (table)", r"^ALTER TABLE \"[^\"]+\" RENAME TO"),
    ("ALTER COLUMN TYPE", r"ALTER COLUMN \"[^\"]+\" TYPE"),
    ("TYPE ... USING", r"TYPE [^;]* USING"),
    ("SET NOT NULL", r"SET NOT NULL"),
    ("DROP NOT NULL", r"DROP NOT NULL"),
    ("SET DEFAULT", r"SET DEFAULT"),
    ("DROP DEFAULT", r"DROP DEFAULT"),
    ("UPDATE ... WHERE IS NULL (four-way default)", r"^UPDATE .* IS NULL"),
    ("GENERATED ... AS IDENTITY", r"AS IDENTITY"),
    ("ALTER SEQUENCE", r"ALTER SEQUENCE"),
    ("DROP IDENTITY / SEQUENCE", r"DROP IDENTITY|DROP SEQUENCE"),
    ("GENERATED ALWAYS AS ... STORED", r"GENERATED ALWAYS AS"),
    ("FOREIGN KEY / REFERENCES", r"FOREIGN KEY|REFERENCES"),
    ("ON DELETE (6.x db_on_delete)", r"ON DELETE"),
    ("DROP CONSTRAINT", r"DROP CONSTRAINT"),
    ("ADD CONSTRAINT ... UNIQUE", r"ADD CONSTRAINT \"[^\"]+\" UNIQUE"),
    ("ADD CONSTRAINT ... CHECK", r"ADD CONSTRAINT \"[^\"]+\" CHECK"),
    ("NOT VALID", r"NOT VALID"),
    ("VALIDATE CONSTRAINT", r"VALIDATE CONSTRAINT"),
    ("DEFERRABLE INITIALLY IMMEDIATE", r"INITIALLY IMMEDIATE"),
    ("NULLS [NOT] DISTINCT", r"NULLS (NOT )?DISTINCT"),
    ("CREATE INDEX", r"CREATE INDEX"),
    ("CREATE UNIQUE INDEX", r"CREATE UNIQUE INDEX"),
    ("CREATE INDEX CONCURRENTLY", r"CREATE INDEX CONCURRENTLY"),
    ("DROP INDEX CONCURRENTLY", r"DROP INDEX CONCURRENTLY"),
    ("_like index", r"_like\" ON"),
    ("USING gin/gist/brin/hash/spgist/bloom", r"USING (gin|gist|brin|hash|spgist|bloom)"),
    ("INCLUDE (...)", r"INCLUDE \("),
    ("partial index WHERE", r"^CREATE (UNIQUE )?INDEX[^;]* WHERE"),
    ("expression index", r"^CREATE (UNIQUE )?INDEX[^;]*\(\(|^CREATE (UNIQUE )?INDEX[^;]*\(LOWER|\(UPPER"),
    ("opclass", r"_pattern_ops|_trgm_ops"),
    ("COLLATE", r"COLLATE"),
    ("WITH (storage params)", r"\) WITH \("),
    ("TABLESPACE", r"TABLESPACE"),
    ("ALTER INDEX RENAME", r"ALTER INDEX \"[^\"]+\" RENAME"),
    ("COMMENT ON TABLE", r"COMMENT ON TABLE"),
    ("COMMENT ON COLUMN", r"COMMENT ON COLUMN"),
    ("CREATE EXTENSION", r"CREATE EXTENSION"),
    ("(no-op)", r"^-- \(no-op\)"),
    ("THIS OPERATION CANNOT BE WRITTEN AS SQL", r"CANNOT BE WRITTEN AS SQL"),
    ("_order column", r"\"_order\""),
    ("negative literal with leading space", r"  -\d"),
    ("E'' string literal", r" E'"),
    ("::uuid / ::date / ::jsonb casts", r"'::(uuid|date|jsonb|timestamptz|time|interval)"),
    ("no BEGIN/COMMIT (non-atomic)", None),
]


def load(dirs):
    runs = []
    for d in dirs:
        meta_path = os.path.join(d, "meta.json")
        if not os.path.exists(meta_path):
            continue
        meta = json.load(open(meta_path))
        sqls = []
        for sub in ("expected-sql", "expected-sql-backwards"):
            base = os.path.join(d, sub)
            for app in sorted(os.listdir(base)) if os.path.isdir(base) else []:
                if not os.path.isdir(os.path.join(base, app)):
                    continue
                for f in sorted(os.listdir(os.path.join(base, app))):
                    if f.endswith(".sql"):
                        sqls.append((sub, open(os.path.join(base, app, f)).read()))
        runs.append((d, meta, sqls))
    return runs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    md = "--markdown" in sys.argv
    dirs = []
    for a in args:
        if os.path.exists(os.path.join(a, "meta.json")):
            dirs.append(a)
        else:
            for root, subdirs, files in os.walk(a):
                if "meta.json" in files:
                    dirs.append(root)
    runs = load(sorted(dirs))
    by_version = collections.defaultdict(list)
    for r in runs:
        by_version[r[1]["django"]].append(r)
    for version, rs in sorted(by_version.items()):
        ops = collections.Counter()
        kinds = collections.Counter()
        fields = collections.Counter()
        feats = collections.Counter()
        edits = migs = rb = fe = be = 0
        secs = 0.0
        for d, meta, sqls in rs:
            ops.update(meta["operation_counts"])
            kinds.update(meta["edit_kinds"])
            fields.update(meta["field_class_counts"])
            edits += meta["edits_done"]
            migs += meta["migrations"]
            rb += len(meta["rollbacks"])
            fe += meta["forward_errors"]
            be += meta["backward_errors"]
            secs += meta["seconds"]
            for sub, sql in sqls:
                for name, rx in SQL_FEATURES:
                    if rx is None:
                        if sub == "expected-sql" and sql and not sql.startswith("BEGIN;"):
                            feats[name] += 1
                    elif re.search(rx, sql, re.M):
                        feats[name] += 1
        title = f"Django {version}: {len(rs)} run(s), {edits} edits, {migs} migrations, {rb} rollbacks, " \
                f"{fe} forward / {be} backward sqlmigrate errors, {secs:.0f} s"
        if md:
            print(f"### {title}\n")
            print("| operation | count |\n|---|---|")
            for k, v in sorted(ops.items()):
                print(f"| `{k}` | {v} |")
            print("\n| edit kind | count |\n|---|---|")
            for k, v in sorted(kinds.items()):
                print(f"| {k} | {v} |")
            print("\n| field class (CreateModel/AddField/AlterField) | count |\n|---|---|")
            for k, v in sorted(fields.items()):
                print(f"| {k} | {v} |")
            print("\n| SQL shape (files containing it, forward + backward) | files |\n|---|---|")
            for name, _ in SQL_FEATURES:
                print(f"| {name} | {feats[name]} |")
            print()
        else:
            print(title)
            print("  operations:", dict(sorted(ops.items())))
            print("  edit kinds:", dict(sorted(kinds.items())))
            print("  fields:", dict(sorted(fields.items())))
            print("  SQL shapes:", {n: feats[n] for n, _ in SQL_FEATURES})
            missing = [n for n, _ in SQL_FEATURES if not feats[n]]
            if missing:
                print("  SQL shapes never seen:", missing)


if __name__ == "__main__":
    main()
