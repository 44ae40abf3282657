# SYNTAX TEST "source.python" "Strings that are not RunSQL SQL arguments stay plain Python strings"
from django.db import connection, migrations

x = "SELECT 1"
#   ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql - keyword
connection.cursor().execute("SELECT 1")
#                           ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
# migrations.RunSQL("SELECT 1") in a comment
#                   ^^^^^^^^^^ comment.line.number-sign.python - meta.embedded.sql - string
doc = "migrations.RunSQL('SELECT 1')"
#                        ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql - meta.function-call.runsql.schema-guard
migrations.RunPython(forwards, reverse_code="SELECT 1", hints={"sql": "SELECT 1"})
#                                           ^^^^^^^^^^                ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql

# --- other names that contain RunSQL ----------------------------------------------------------
MyRunSQL("SELECT 1")
#        ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
RunSQLConcurrently("SELECT 1")
#                  ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
runsql("SELECT 1")
#      ^^^^^^^^^^ - meta.embedded.sql
migrations.RunSQL.noop
#          ^^^^^^ - meta.function-call.runsql.schema-guard
operation: migrations.RunSQL = migrations.RunSQL("SELECT 1")
#                     ^^^^^^ - meta.function-call.runsql.schema-guard
#                                                 ^^^^^^ meta.embedded.sql keyword.other.DML.sql


# --- definitions named RunSQL are not calls ----------------------------------------------------
class RunSQL(migrations.RunSQL):
#     ^^^^^^ entity.name.type.class.python - meta.function-call.runsql.schema-guard
    def RunSQL(self, sql="SELECT 1"):
#       ^^^^^^ entity.name.function.python - meta.function-call.runsql.schema-guard
#                        ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
        return super().RunSQL("SELECT 1")
#                              ^^^^^^^^ meta.embedded.sql

# --- f-strings are left to the Python grammar (known limitation) --------------------------------
migrations.RunSQL(f"SELECT {column} FROM t", rf"SELECT 1", Fr'SELECT 2')
#                  ^^^^^^^^^^^^^^^^^^^^^^^^ meta.fstring.python - meta.embedded.sql
#                                              ^^^^^^^^^^ - meta.embedded.sql

# --- a broken call does not take the rest of the file with it ---------------------------------
migrations.RunSQL()
#                ^^ meta.function-call.runsql.schema-guard
y = "SELECT 1"
#   ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
migrations.RunSQL("SELECT 1
#                  ^^^^^^ meta.embedded.sql keyword.other.DML.sql
)
#<- punctuation.definition.arguments.end.python - string
z = "SELECT 1"
#   ^^^^^^^^^^ string.quoted.single.python - meta.embedded.sql
