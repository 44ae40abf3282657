"""In-memory description of a Django project's models, rendered to models.py source.

Everything here is plain data (deep-copied before each edit so a failed edit can be rolled back). Expressions and
Q objects are small trees so field renames can be applied to them:
  ('F', name)                  F('name')
  ('const', value)             a Python literal (only as an operand of arithmetic)
  ('V', value)                 Value(value)
  ('fn', 'Lower', [args])      Lower(arg, ...) (args are trees)
  ('add'|'sub'|'mul', a, b)    a + b ...
  ('desc', e) / ('asc', e)     e.desc() / e.asc()
  ('collate', e, 'C')          Collate(e, 'C')
  ('opclass', e, 'name')       OpClass(e, name='name')
  ('raw', 'code')              verbatim code, no field references
Q trees:
  ('q', field, lookup, value)  Q(field__lookup=value); value may be an F tree
  ('and'|'or', [q...]), ('not', q)
"""

import datetime
import decimal
import uuid

RELATIONS = ("ForeignKey", "OneToOneField", "ManyToManyField")
PG_FIELDS = {
    "ArrayField", "HStoreField", "IntegerRangeField", "BigIntegerRangeField", "DecimalRangeField",
    "DateRangeField", "DateTimeRangeField",
}
AUTO_KINDS = ("AutoField", "BigAutoField", "SmallAutoField")


class Raw:
    """Python source emitted verbatim."""

    def __init__(self, code):
        self.code = code

    def __repr__(self):
        return self.code

    def __eq__(self, other):
        return isinstance(other, Raw) and other.code == self.code

    def __hash__(self):
        return hash(self.code)


def pyrepr(v):
    if isinstance(v, Raw):
        return v.code
    if isinstance(v, tuple) and v and v[0] in TREE_TAGS:
        return render_expr(v)
    if isinstance(v, decimal.Decimal):
        return f"Decimal({str(v)!r})"
    if isinstance(v, uuid.UUID):
        return f"UUID({str(v)!r})"
    if isinstance(v, list):
        return "[" + ", ".join(pyrepr(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(pyrepr(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(x)}" for k, x in v.items()) + "}"
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return repr(v)
    return repr(v)


TREE_TAGS = {"F", "const", "V", "fn", "add", "sub", "mul", "desc", "asc", "collate", "opclass", "raw"}


def render_expr(e):
    tag = e[0]
    if tag == "F":
        return f"F({e[1]!r})"
    if tag == "const":
        return pyrepr(e[1])
    if tag == "V":
        return f"Value({pyrepr(e[1])})"
    if tag == "fn":
        return f"{e[1]}(" + ", ".join(render_expr(a) for a in e[2]) + ")"
    if tag in ("add", "sub", "mul"):
        op = {"add": "+", "sub": "-", "mul": "*"}[tag]
        return f"{render_expr(e[1])} {op} {render_expr(e[2])}"
    if tag == "desc":
        return f"{render_expr(e[1])}.desc()"
    if tag == "asc":
        return f"{render_expr(e[1])}.asc()"
    if tag == "collate":
        return f"Collate({render_expr(e[1])}, {e[2]!r})"
    if tag == "opclass":
        return f"OpClass({render_expr(e[1])}, name={e[2]!r})"
    if tag == "raw":
        return e[1]
    raise ValueError(e)


def render_q(q):
    tag = q[0]
    if tag == "q":
        _, field, lookup, value = q
        key = field if lookup == "exact" else f"{field}__{lookup}"
        val = render_expr(value) if isinstance(value, tuple) and value and value[0] in TREE_TAGS else pyrepr(value)
        return f"Q({key}={val})"
    if tag in ("and", "or"):
        sep = " & " if tag == "and" else " | "
        return "(" + sep.join(render_q(x) for x in q[1]) + ")"
    if tag == "not":
        return "~" + render_q(q[1])
    raise ValueError(q)


def expr_fields(e, out=None):
    out = set() if out is None else out
    if not isinstance(e, tuple) or not e:
        return out
    tag = e[0]
    if tag == "F":
        out.add(e[1])
    elif tag == "fn":
        for a in e[2]:
            expr_fields(a, out)
    elif tag in ("add", "sub", "mul"):
        expr_fields(e[1], out)
        expr_fields(e[2], out)
    elif tag in ("desc", "asc", "collate", "opclass"):
        expr_fields(e[1], out)
    elif tag == "q":
        out.add(e[1])
        expr_fields(e[3], out)
    elif tag in ("and", "or"):
        for x in e[1]:
            expr_fields(x, out)
    elif tag == "not":
        expr_fields(e[1], out)
    return out


def expr_rename(e, old, new):
    if not isinstance(e, tuple) or not e:
        return e
    tag = e[0]
    if tag == "F":
        return ("F", new) if e[1] == old else e
    if tag == "fn":
        return ("fn", e[1], [expr_rename(a, old, new) for a in e[2]])
    if tag in ("add", "sub", "mul"):
        return (tag, expr_rename(e[1], old, new), expr_rename(e[2], old, new))
    if tag in ("desc", "asc"):
        return (tag, expr_rename(e[1], old, new))
    if tag in ("collate", "opclass"):
        return (tag, expr_rename(e[1], old, new), e[2])
    if tag == "q":
        return ("q", new if e[1] == old else e[1], e[2], expr_rename(e[3], old, new))
    if tag in ("and", "or"):
        return (tag, [expr_rename(x, old, new) for x in e[1]])
    if tag == "not":
        return ("not", expr_rename(e[1], old, new))
    return e


class Field:
    def __init__(self, name, kind, opts=None, base=None):
        self.name = name
        self.kind = kind
        self.opts = dict(opts or {})
        self.base = base  # ArrayField base field (a Field whose name is unused)
        self.volatile = False  # its effective default is not reproducible (auto_now, uuid4 ...)

    @property
    def is_relation(self):
        return self.kind in RELATIONS

    @property
    def is_fk(self):
        return self.kind in ("ForeignKey", "OneToOneField")

    @property
    def is_m2m(self):
        return self.kind == "ManyToManyField"

    @property
    def is_pk(self):
        return bool(self.opts.get("primary_key")) or self.kind == "CompositePrimaryKey"

    @property
    def composite(self):
        return self.kind == "CompositePrimaryKey"

    def column(self):
        if self.opts.get("db_column"):
            return self.opts["db_column"]
        return self.name + ("_id" if self.is_fk else "")

    def render(self):
        args = []
        if self.composite:
            return "models.CompositePrimaryKey(" + ", ".join(repr(n) for n in self.opts["fields"]) + ")"
        if self.is_relation:
            args.append(repr(self.opts["to"]))
        if self.kind == "ArrayField":
            args.append(self.base.render())
        for k, v in self.opts.items():
            if k == "to":
                continue
            if k == "expression":
                args.append(f"expression={render_expr(v)}")
            elif k == "output_field":
                args.append(f"output_field={v.render()}")
            else:
                args.append(f"{k}={pyrepr(v)}")
        prefix = "pg." if self.kind in PG_FIELDS else "models."
        return f"{prefix}{self.kind}({', '.join(args)})"


class Model:
    def __init__(self, app, name):
        self.app = app
        self.name = name
        self.fields = []
        self.meta = {}
        self.inherit = None  # None | ('abstract', Base) | ('mti', Parent) | ('proxy', Parent)
        self.abstract = False
        self.mode = "py"  # on_delete family on 6.1: "py" or "db"
        self.created_at = 0

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        return None

    @property
    def proxy(self):
        return bool(self.inherit and self.inherit[0] == "proxy")

    @property
    def mti(self):
        return bool(self.inherit and self.inherit[0] == "mti")

    @property
    def concrete(self):
        return not self.abstract and not self.proxy and self.meta.get("managed", True)

    def render(self, proj):
        lines = []
        base = "models.Model"
        if self.inherit:
            base = self.inherit[1]
        lines.append(f"class {self.name}({base}):")
        body = []
        for f in self.fields:
            body.append(f"    {f.name} = {f.render()}")
        if self.meta or self.abstract or self.proxy:
            body.append("")
            body.append("    class Meta:")
            if self.abstract:
                body.append("        abstract = True")
            if self.proxy:
                body.append("        proxy = True")
            for k, v in self.meta.items():
                if k == "indexes":
                    if v:
                        body.append("        indexes = [")
                        for ix in v:
                            body.append(f"            {render_index(ix)},")
                        body.append("        ]")
                elif k == "constraints":
                    if v:
                        body.append("        constraints = [")
                        for c in v:
                            body.append(f"            {render_constraint(c)},")
                        body.append("        ]")
                elif k == "unique_together":
                    if v:
                        body.append(f"        unique_together = {pyrepr([tuple(t) for t in v])}")
                else:
                    body.append(f"        {k} = {pyrepr(v)}")
        if not body:
            body.append("    pass")
        return "\n".join(lines + body)


def render_index(ix):
    cls = ix["cls"]
    prefix = "models." if cls == "Index" else "pg_indexes."
    args = []
    for e in ix.get("expressions", []):
        args.append(render_expr(e))
    if ix.get("fields"):
        args.append(f"fields={pyrepr(ix['fields'])}")
    args.append(f"name={ix['name']!r}")
    if ix.get("condition"):
        args.append(f"condition={render_q(ix['condition'])}")
    if ix.get("include"):
        args.append(f"include={pyrepr(ix['include'])}")
    if ix.get("opclasses"):
        args.append(f"opclasses={pyrepr(ix['opclasses'])}")
    for k, v in ix.get("extra", {}).items():
        args.append(f"{k}={pyrepr(v)}")
    return f"{prefix}{cls}({', '.join(args)})"


def render_constraint(c):
    args = []
    if c["cls"] == "UniqueConstraint":
        for e in c.get("expressions", []):
            args.append(render_expr(e))
        if c.get("fields"):
            args.append(f"fields={pyrepr(c['fields'])}")
        args.append(f"name={c['name']!r}")
        if c.get("condition"):
            args.append(f"condition={render_q(c['condition'])}")
        if c.get("deferrable"):
            args.append(f"deferrable=models.Deferrable.{c['deferrable']}")
        if c.get("include"):
            args.append(f"include={pyrepr(c['include'])}")
        if c.get("opclasses"):
            args.append(f"opclasses={pyrepr(c['opclasses'])}")
        if "nulls_distinct" in c:
            args.append(f"nulls_distinct={c['nulls_distinct']!r}")
    else:
        args.append(f"condition={render_q(c['condition'])}")
        args.append(f"name={c['name']!r}")
    if c.get("violation_error_message"):
        args.append(f"violation_error_message={c['violation_error_message']!r}")
    return f"models.{c['cls']}({', '.join(args)})"


def index_fields(ix):
    out = set()
    for f in ix.get("fields", []) or []:
        out.add(f.lstrip("-"))
    for f in ix.get("include", []) or []:
        out.add(f)
    for e in ix.get("expressions", []) or []:
        expr_fields(e, out)
    if ix.get("condition"):
        expr_fields(ix["condition"], out)
    return out


def index_rename(ix, old, new):
    ix = dict(ix)
    if ix.get("fields"):
        ix["fields"] = [("-" if f.startswith("-") else "") + (new if f.lstrip("-") == old else f.lstrip("-")) for f in ix["fields"]]
    if ix.get("include"):
        ix["include"] = [new if f == old else f for f in ix["include"]]
    if ix.get("expressions"):
        ix["expressions"] = [expr_rename(e, old, new) for e in ix["expressions"]]
    if ix.get("condition"):
        ix["condition"] = expr_rename(ix["condition"], old, new)
    return ix


HEADER_COMMON = """import datetime
import uuid
from decimal import Decimal
from uuid import UUID

from django.contrib.postgres import fields as pg
from django.contrib.postgres import indexes as pg_indexes
from django.contrib.postgres.indexes import OpClass
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Abs, Coalesce, Collate, Concat, Lower, Now, Pi, Upper
"""


def render_models_py(proj, app):
    parts = [HEADER_COMMON + ("from django.db.models.functions import UUID4\n" if proj.major >= 6 else "")]
    # parents before children
    models_ = [m for m in proj.models.values() if m.app == app]
    ordered, done = [], set()

    def visit(m):
        if m.name in done:
            return
        if m.inherit:
            visit(proj.models[m.inherit[1]])
        done.add(m.name)
        ordered.append(m)

    for m in sorted(models_, key=lambda m: m.created_at):
        visit(m)
    for m in ordered:
        parts.append("\n\n\n" + m.render(proj))
    return "".join(parts).rstrip("\n") + "\n"


class Project:
    def __init__(self):
        self.apps = []  # app labels
        self.models = {}  # name -> Model (model names are unique across apps)
        self.major = 6
        self.settings = {}
        self.app_auto_field = {}  # app -> AppConfig.default_auto_field or None
        self.extensions = set()  # created (in some migration)
        self.ext_by_app = {}  # app -> set of extensions created in that app's migrations
        self.aux_tables = []  # hand-made tables: (name, app)
        self.counter = 0
        self.index_names = set()
        self.constraint_names = set()
        self.seq = 0

    def next(self):
        self.counter += 1
        return self.counter

    def table(self, m):
        if m.meta.get("db_table"):
            return m.meta["db_table"]
        return f"{m.app}_{m.name.lower()}"

    def chain(self, m):
        """Abstract bases first, then the model (fields visible on the model's own table)."""
        out = []
        cur = m
        stack = []
        while cur.inherit and cur.inherit[0] == "abstract":
            base = self.models[cur.inherit[1]]
            stack.append(base)
            cur = base
        for b in reversed(stack):
            out.append(b)
        out.append(m)
        return out

    def own_fields(self, m):
        """Fields stored in m's table (abstract-inherited + local)."""
        fs = []
        for x in self.chain(m):
            fs.extend(x.fields)
        return fs

    def family_names(self, m):
        """Every field name that must not be reused on m (its bases, MTI parents and children)."""
        names = set()
        todo = [m]
        seen = set()
        while todo:
            x = todo.pop()
            if x.name in seen:
                continue
            seen.add(x.name)
            names.update(f.name for f in x.fields)
            names.update(f.name.lower() for f in x.fields)
            if x.inherit:
                todo.append(self.models[x.inherit[1]])
            for y in self.models.values():
                if y.inherit and y.inherit[1] == x.name:
                    todo.append(y)
        # reverse accessors / query names of relations pointing here would clash too; keep it simple by reserving
        # the lower-case model names
        names.update(x.lower() for x in self.models)
        names.update({"id", "pk", "objects", "order", "_order"})
        return names

    def children(self, m):
        return [y for y in self.models.values() if y.inherit and y.inherit[1] == m.name]

    def pk(self, m):
        """(kind, Field or None) of the primary key seen by FKs pointing to m."""
        for x in self.chain(m):
            for f in x.fields:
                if f.is_pk:
                    return f.kind, f
        if m.mti:
            return self.pk(self.models[m.inherit[1]])
        if m.proxy:
            return self.pk(self.models[m.inherit[1]])
        auto = self.app_auto_field.get(m.app) or self.settings.get("DEFAULT_AUTO_FIELD")
        if not auto:
            auto = "django.db.models.BigAutoField" if self.major >= 6 else "django.db.models.AutoField"
        return auto.rsplit(".", 1)[1], None

    def references(self, m):
        """(model, field) pairs of relations that point at m."""
        out = []
        target = f"{m.app}.{m.name}"
        for x in self.models.values():
            for f in x.fields:
                if f.is_relation and (f.opts.get("to") == target or f.opts.get("through") == target):
                    out.append((x, f))
        return out
