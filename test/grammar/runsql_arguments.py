# SYNTAX TEST "source.python" "RunSQL call forms and argument positions"
from django.db import migrations
from django.db.migrations import RunSQL

# --- positional first argument, double and single quotes ---------------------------------------
migrations.RunSQL("SELECT 1")
#                 ^ string.quoted.single.python punctuation.definition.string.begin.python - meta.embedded.sql
#                  ^^^^^^ meta.function-call.runsql.schema-guard string.quoted.single.python meta.embedded.sql keyword.other.DML.sql
#                         ^ meta.embedded.sql constant.numeric.sql
#                          ^ string.quoted.single.python punctuation.definition.string.end.python - meta.embedded.sql
#          ^^^^^^ meta.function-call.generic.python - meta.embedded.sql
#                ^ punctuation.definition.arguments.begin.python
#                           ^ punctuation.definition.arguments.end.python
RunSQL('DELETE FROM shop_order')
#       ^^^^^^ ^^^^ meta.embedded.sql keyword.other.DML.sql
#                   ^^^^^^^^^^ meta.embedded.sql - keyword
#      ^ punctuation.definition.string.begin.python
#<----- meta.function-call.runsql.schema-guard meta.function-call.generic.python

# --- spacing between the name and the parenthesis ----------------------------------------------
migrations.RunSQL ("UPDATE t SET a = 1")
#                   ^^^^^^ meta.embedded.sql keyword.other.DML.sql

# --- keyword arguments ------------------------------------------------------------------------
migrations.RunSQL(sql="INSERT INTO t VALUES (1)", reverse_sql="DELETE FROM t")
#                 ^^^ variable.parameter.function-call.python - meta.embedded.sql
#                    ^ keyword.operator.assignment.python
#                      ^^^^^^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                                 ^^^^^^^^^^^ variable.parameter.function-call.python
#                                                              ^^^^^^ meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(reverse_sql = "DROP TABLE t", sql = "CREATE TABLE t (id int)")
#                                ^^^^ meta.embedded.sql keyword.other
#                                                      ^^^^^^ meta.embedded.sql keyword.other

# --- second positional argument is reverse_sql ------------------------------------------------
migrations.RunSQL("SELECT 1", "SELECT 2")
#                  ^^^^^^      ^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                           ^ punctuation.separator.arguments.python - meta.embedded.sql

# --- third positional (state_operations) and later keywords are Python ------------------------
migrations.RunSQL("SELECT 1", "SELECT 2", [migrations.RunPython.noop], {"a": "SELECT"}, True)
#                                                                            ^^^^^^^^ string.quoted.single.python - meta.embedded.sql
#                                                                   ^ - meta.embedded.sql
migrations.RunSQL("SELECT 1", None, state_operations=["SELECT"], hints={"SELECT": "SELECT"}, elidable=True)
#                                                     ^^^^^^ string.quoted.single.python - meta.embedded.sql - keyword
#                                                                        ^^^^^^    ^^^^^^ string.quoted.single.python - meta.embedded.sql
#                                                                                                     ^^^^ constant.language.python
#                             ^^^^ constant.language.python - meta.embedded.sql

migrations.RunSQL("SELECT 1", "SELECT 2", ["SELECT 3"], "SELECT 4")
#                  ^^^^^^      ^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                          ^^^^^^^^^^   ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
migrations.RunSQL(
    "SELECT 1",
#    ^^^^^^ meta.embedded.sql
    # comment
    [
        "SELECT 2",
#        ^^^^^^ meta.embedded.sql
    ],
    [
        "SELECT 3",
#       ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
    ],
)

# --- multi-line call with comments and a trailing comma ---------------------------------------
migrations.RunSQL(  # "SELECT" in a comment is not SQL
#                     ^^^^^^^^ comment.line.number-sign.python - meta.embedded.sql
    # a comment before the first argument
#   ^^^^^^^^^ comment.line.number-sign.python
    "CREATE INDEX i ON t (c)",  # trailing comment
#    ^^^^^^ meta.embedded.sql keyword.other.sql
#                                 ^^^^^^^^^^^^^^^^ comment.line.number-sign.python - meta.embedded.sql
    # the second positional argument is still SQL after a comment line
    "DROP INDEX i",
#    ^^^^ meta.embedded.sql keyword
    hints={"target_db": "default"},
#           ^^^^^^^^^    ^^^^^^^ string.quoted.single.python - meta.embedded.sql
)
#<- meta.function-call.runsql.schema-guard punctuation.definition.arguments.end.python
x = "SELECT 1"
#    ^^^^^^ string.quoted.single.python - meta.embedded.sql - meta.function-call

# --- bare RunSQL and nested inside other operations -------------------------------------------
operations = [
    RunSQL("SELECT 1"),
#           ^^^^^^ meta.embedded.sql keyword.other.DML.sql
    migrations.SeparateDatabaseAndState(
        database_operations=[migrations.RunSQL(sql="ALTER TABLE t ADD COLUMN c int")],
#                                                   ^^^^^ meta.embedded.sql keyword
        state_operations=[migrations.AddField("order", "status", None)],
#                                              ^^^^^ string.quoted.single.python - meta.embedded.sql
    ),
]

# --- unpacking arguments are Python -------------------------------------------------------------
migrations.RunSQL(*["SELECT 1"], **{"reverse_sql": "SELECT 2"})
#                 ^ keyword.operator.unpacking.arguments.python
#                  ^^^^^^^^^^^^ - meta.embedded.sql
#                                ^^ keyword.operator.unpacking.arguments.python
#                                   ^^^^^^^^^^^^^  ^^^^^^^^^^ - meta.embedded.sql

# --- the argument may be computed: only string literals are SQL -------------------------------
migrations.RunSQL(sql=some_func("SELECT 1"), reverse_sql=SQL_CONSTANT)
#                     ^^^^^^^^^ meta.function-call.generic.python
#                               ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
migrations.RunSQL("SELECT %s" % ("SELECT",), "SELECT {}".format("SELECT"))
#                  ^^^^^^ meta.embedded.sql keyword
#                         ^^ meta.embedded.sql constant.character.format.placeholder
#                             ^ keyword.operator.arithmetic.python - meta.embedded.sql
#                                ^^^^^^^^ string.quoted.single.python - meta.embedded.sql
#                                             ^^^^^^ meta.embedded.sql keyword
#                                                        ^^^^^^ meta.function-call.generic.python - meta.embedded.sql
#                                                               ^^^^^^^^ string.quoted.single.python - meta.embedded.sql
migrations.RunSQL("SELECT 1" if connection.vendor == "postgresql" else "SELECT 2")
#                  ^^^^^^ meta.embedded.sql keyword
#                                                                       ^^^^^^ meta.embedded.sql keyword
