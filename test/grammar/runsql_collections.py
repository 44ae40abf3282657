# SYNTAX TEST "source.python" "Lists and tuples of statements, (sql, params) pairs"
from django.db import migrations

# --- a list of statements --------------------------------------------------------------------
migrations.RunSQL(["CREATE INDEX i ON t (c)", 'CREATE INDEX j ON t (d)'], ["DROP INDEX i", "DROP INDEX j"])
#                 ^ punctuation.definition.list.begin.python - meta.embedded.sql
#                   ^^^^^^                     ^^^^^^ meta.embedded.sql keyword
#                                             ^ string.quoted.single.python punctuation.definition.string.begin.python
#                                           ^ punctuation.separator.element.python - meta.embedded.sql
#                                                                           ^^^^            ^^^^ meta.embedded.sql keyword

# --- a tuple of statements -------------------------------------------------------------------
migrations.RunSQL(sql=("SELECT 1", "SELECT 2",), reverse_sql=("SELECT 3"))
#                    ^^ - meta.embedded.sql
#                       ^^^^^^      ^^^^^^                     ^^^^^^ meta.embedded.sql keyword.other.DML.sql

# --- (sql, params) pairs: only the first element is SQL ---------------------------------------
migrations.RunSQL([("INSERT INTO musician (name) VALUES (%s);", ["Reinhardt"])])
#                    ^^^^^^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                                        ^^ meta.embedded.sql constant.character.format.placeholder.other.python
#                                                                ^^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
migrations.RunSQL(
    sql=[
        ("INSERT INTO t (a, b) VALUES (%s, %s);", ("SELECT", 'FROM')),
#         ^^^^^^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                                 ^^^^^^^^^^^^^^^^^^ - meta.embedded.sql
        ["UPDATE t SET a = %(a)s;", {"a": "WHERE"}],
#         ^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                   ^^^^^^^^^^^^^^ - meta.embedded.sql
        ("DELETE FROM t;", None),  # params may be None
#         ^^^^^^ ^^^^ meta.embedded.sql keyword.other.DML.sql
#                          ^^^^ constant.language.python - meta.embedded.sql
        (
            # the SQL of a pair may be split over lines
            "SELECT 1 "
#            ^^^^^^ meta.embedded.sql keyword.other.DML.sql
            "FROM t WHERE id = %s",
#            ^^^^ meta.embedded.sql keyword.other.DML.sql
            [
                "SELECT",
#               ^^^^^^^^ string.quoted.single.python - meta.embedded.sql
            ],
        ),
        "DROP TABLE t",
#        ^^^^ meta.embedded.sql keyword
    ],
    reverse_sql=[("SELECT %s", ["x"]), "SELECT 2"],
#                  ^^^^^^ meta.embedded.sql keyword
#                               ^^^ string.quoted.single.python - meta.embedded.sql
#                                       ^^^^^^ meta.embedded.sql keyword
    hints={"sql": "SELECT"},
#                 ^^^^^^^^ string.quoted.single.python - meta.embedded.sql
)
#<- punctuation.definition.arguments.end.python
y = ["SELECT"]
#    ^^^^^^^^ string.quoted.single.python - meta.embedded.sql

# --- triple-quoted strings in lists ---------------------------------------------------------
migrations.RunSQL([
    """
    CREATE FUNCTION f() RETURNS trigger AS $$
#   ^^^^^^ meta.embedded.sql keyword
    BEGIN RETURN NEW; END;
#   ^^^^^ meta.embedded.sql keyword
    $$ LANGUAGE plpgsql;
#      ^^^^^^^^ meta.embedded.sql keyword
    """,
    ('''UPDATE t SET a = %s''', [1]),
#       ^^^^^^ string.quoted.multi.python meta.embedded.sql keyword.other.DML.sql
#                               ^^^ - meta.embedded.sql
])
