# SYNTAX TEST "source.python" "String literal kinds inside RunSQL"
from django.db import migrations

# --- triple-quoted, double ----------------------------------------------------------------------
migrations.RunSQL(
    """
#   ^^^ string.quoted.multi.python punctuation.definition.string.begin.python - meta.embedded.sql
    CREATE TABLE "shop_tag" (id serial PRIMARY KEY, name text);  -- don't lose the quotes
#   ^^^^^^ ^^^^^ string.quoted.multi.python meta.embedded.sql keyword.other
#                ^^^^^^^^^^ meta.embedded.sql - punctuation.definition.string.end.python
#                               ^^^^^^ meta.embedded.sql storage.type.sql
#                                                                ^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.sql comment.line.double-dash.sql
    /* a block comment
#   ^^^^^^^^^^^^^^^^^^ meta.embedded.sql comment.block
       spanning "two" lines */ INSERT INTO shop_tag (name) VALUES ('a
#      ^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.sql comment.block
#                              ^^^^^^^^^^^ meta.embedded.sql keyword.other.DML.sql - comment
#                                                                  ^^ meta.embedded.sql string.quoted.single.sql
    multi-line literal');
#   ^^^^^^^^^^^^^^^^^^^ meta.embedded.sql string.quoted.single.sql
#                      ^^ meta.embedded.sql - string.quoted.single.sql
    """,
#   ^^^ string.quoted.multi.python punctuation.definition.string.end.python - meta.embedded.sql
#      ^ punctuation.separator.arguments.python - string
    """DROP TABLE "shop_tag" -- the closing quotes end the string and not the comment""",
#   ^^^ punctuation.definition.string.begin.python
#      ^^^^ meta.embedded.sql keyword
#                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-dash.sql
#                                                                                    ^^^ punctuation.definition.string.end.python - comment
#                                                                                       ^ punctuation.separator.arguments.python - string - comment
)
#<- punctuation.definition.arguments.end.python - string

# --- triple-quoted, single ----------------------------------------------------------------------
migrations.RunSQL('''
    UPDATE shop_order SET note = 'it''s' WHERE id = 1; -- isn't this a comment?
#   ^^^^^^            ^^^                ^^^^^ string.quoted.multi.python meta.embedded.sql keyword
#                                ^^^^ meta.embedded.sql string.quoted.single.sql
#                                                      ^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.sql comment.line.double-dash.sql
    SELECT "col" FROM t /* unterminated block comment ''')
#   ^^^^^^ meta.embedded.sql keyword.other.DML.sql
#          ^^^^^ meta.embedded.sql string.quoted.double.sql
#                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.sql comment.block
#                                                     ^^^ punctuation.definition.string.end.python - meta.embedded.sql - comment
#                                                        ^ punctuation.definition.arguments.end.python - string
x = "SELECT"  # unterminated SQL constructs above did not leak
#   ^^^^^^^^ string.quoted.single.python - meta.embedded.sql

migrations.RunSQL("""SELECT 'unterminated literal """, '''SELECT 2''')
#                           ^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.sql string.quoted.single.sql
#                                                 ^^^ punctuation.definition.string.end.python - string.quoted.single.sql
#                                                         ^^^^^^ string.quoted.multi.python meta.embedded.sql keyword.other.DML.sql

# --- one-line strings: SQL never runs past the closing quote -------------------------------------
migrations.RunSQL("SELECT 1 -- comment", "SELECT 'unbalanced")
#                           ^^^^^^^^^^ meta.embedded.sql comment.line.double-dash.sql
#                                     ^ punctuation.definition.string.end.python - comment
#                                      ^ punctuation.separator.arguments.python
#                                         ^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                                ^^^^^^^^^^^ meta.embedded.sql string.quoted.single.sql
#                                                           ^ punctuation.definition.string.end.python - string.quoted.single.sql
#                                                            ^ punctuation.definition.arguments.end.python
migrations.RunSQL('SELECT /* open', 'SELECT "x')
#                         ^^^^^^^ meta.embedded.sql comment.block
#                                ^ punctuation.definition.string.end.python - comment
#                                    ^^^^^^ meta.embedded.sql keyword.other.DML.sql

# --- prefixes: raw, bytes, unicode -------------------------------------------------------------
migrations.RunSQL(r"SELECT '\d+'", R'SELECT 1')
#                 ^ string.quoted.raw.single.python storage.type.string.python - meta.embedded.sql
#                   ^^^^^^ string.quoted.raw.single.python meta.embedded.sql keyword.other.DML.sql - string.regexp
#                           ^^ meta.embedded.sql - constant.character.escape.python
#                                  ^ storage.type.string.python
#                                    ^^^^^^ string.quoted.raw.single.python meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(rb"SELECT 1", reverse_sql=Rb"SELECT 2")
#                 ^^                        ^^ string.quoted.raw.single.python storage.type.string.python
#                    ^^^^^^                    ^^^^^^ string.quoted.raw.single.python meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(sql=bR'SELECT 1', reverse_sql=BR'SELECT 2')
#                     ^^                        ^^ storage.type.string.python
#                        ^^^^^^                    ^^^^^^ string.quoted.raw.single.python meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(br"SELECT 1", rB'SELECT 2')
#                    ^^^^^^        ^^^^^^ string.quoted.raw.single.python meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(b"SELECT 1", B'SELECT 2', )
#                 ^            ^ storage.type.string.python
#                   ^^^^^^       ^^^^^^ string.quoted.single.python meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(u"SELECT 1", U'SELECT 2')
#                 ^            ^ storage.type.string.python
#                   ^^^^^^       ^^^^^^ string.quoted.single.python meta.embedded.sql keyword.other.DML.sql
migrations.RunSQL(r"""
    SELECT regexp_replace(name, '\s+', ' ') FROM t  -- \n stays two characters
#   ^^^^^^ string.quoted.raw.multi.python meta.embedded.sql keyword.other.DML.sql
#                                ^^ meta.embedded.sql string.quoted.single.sql - constant.character.escape.python
#                                                      ^^ meta.embedded.sql comment.line.double-dash.sql - constant.character.escape
""", rb'''SELECT 1''')
#<--- string.quoted.raw.multi.python punctuation.definition.string.end.python
#    ^^ string.quoted.raw.multi.python storage.type.string.python
#         ^^^^^^ string.quoted.raw.multi.python meta.embedded.sql keyword.other.DML.sql
#                 ^^^ string.quoted.raw.multi.python punctuation.definition.string.end.python

# --- escapes in non-raw strings ------------------------------------------------------------------
migrations.RunSQL("CREATE TABLE \"t\" (c text DEFAULT 'a\tb');\n\x41\u00e9\N{BULLET}\\")
#                               ^^ ^^ meta.embedded.sql constant.character.escape.python - string.quoted.double.sql
#                                                       ^^ meta.embedded.sql string.quoted.single.sql constant.character.escape.python
#                                                             ^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.sql constant.character.escape.python
#                                                                                     ^^ - constant.character.escape.python - meta.embedded.sql
migrations.RunSQL('''
    UPDATE t SET c = 'don\'t';\
#                        ^^ meta.embedded.sql string.quoted.single.sql constant.character.escape.python
#                             ^ meta.embedded.sql constant.character.escape
    SELECT 1
#   ^^^^^^ meta.embedded.sql keyword.other.DML.sql
''')
migrations.RunSQL("SELECT 1 \
#                           ^ meta.embedded.sql constant.character.escape
    FROM t")
#   ^^^^ string.quoted.single.python meta.embedded.sql keyword.other.DML.sql
#         ^ punctuation.definition.string.end.python

# --- DB-API placeholders ------------------------------------------------------------------------
migrations.RunSQL(["UPDATE t SET a = %s, b = %(b)s WHERE c LIKE 'x%%' AND d = '%s'", "SELECT 100 %% 7"])
#                                    ^^      ^^^^^ meta.embedded.sql constant.character.format.placeholder.other.python
#                                                                 ^^           ^^ meta.embedded.sql string.quoted.single.sql - constant.character.format.placeholder
#                                                                                                ^^ meta.embedded.sql constant.character.format.placeholder.other.python

# --- implicit concatenation and + --------------------------------------------------------------
migrations.RunSQL(
    "CREATE INDEX CONCURRENTLY i "
#    ^^^^^^ meta.embedded.sql keyword
    'ON shop_order (created_at);'  # each piece is SQL on its own
#    ^^ meta.embedded.sql keyword
#                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python - meta.embedded.sql
    r"ANALYZE shop_order;",
#                         ^ punctuation.separator.arguments.python
    "DROP INDEX CONCURRENTLY i" + ";",
#    ^^^^ meta.embedded.sql keyword
#                               ^ keyword.operator.arithmetic.python - meta.embedded.sql
#                                 ^^^ string.quoted.single.python
)
migrations.RunSQL(sql=("SELECT 1;"
                       "SELECT 2;"))
#                       ^^^^^^ meta.embedded.sql keyword.other.DML.sql
#                                 ^^ - meta.embedded.sql
