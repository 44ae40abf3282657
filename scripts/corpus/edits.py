"""Random model edits. Each edit mutates a copy of the Project and records, on the edit context, how makemigrations'
questions must be answered and which hand-written migrations go with it. An edit returns a short description, or
None when it does not apply to the current project (the driver then samples another kind)."""

import datetime
import decimal
import uuid

from spec import AUTO_KINDS, Field, Model, Raw, expr_fields, expr_rename, index_fields, index_rename

INT_KINDS = ("IntegerField", "BigIntegerField", "SmallIntegerField", "PositiveIntegerField",
             "PositiveBigIntegerField", "PositiveSmallIntegerField")
POSITIVE = ("PositiveIntegerField", "PositiveBigIntegerField", "PositiveSmallIntegerField")
STR_KINDS = ("CharField", "TextField", "SlugField", "EmailField", "URLField", "FilePathField", "FileField")
MAXLEN_KINDS = ("CharField", "SlugField", "EmailField", "URLField", "FilePathField", "FileField")
RANGE_KINDS = ("IntegerRangeField", "BigIntegerRangeField", "DecimalRangeField", "DateRangeField", "DateTimeRangeField")
NO_UNIQUE = ("TextField", "JSONField", "ArrayField", "HStoreField", "BinaryField", "GeneratedField", "BooleanField",
             "FileField", "FilePathField") + RANGE_KINDS
NO_INDEX = ("JSONField", "ArrayField", "HStoreField", "BinaryField", "GeneratedField", "TextField") + RANGE_KINDS
FIXED_UUID = uuid.UUID("12345678-1234-5678-1234-567812345678")
UTC = datetime.timezone.utc

FIELD_KIND_WEIGHTS = [
    ("CharField", 10), ("IntegerField", 6), ("BigIntegerField", 2), ("SmallIntegerField", 2),
    ("PositiveIntegerField", 2), ("PositiveBigIntegerField", 1), ("PositiveSmallIntegerField", 1),
    ("BooleanField", 4), ("TextField", 4), ("DateField", 3), ("DateTimeField", 4), ("TimeField", 1),
    ("DurationField", 1), ("DecimalField", 3), ("FloatField", 2), ("EmailField", 1), ("URLField", 1),
    ("SlugField", 1.5), ("FilePathField", 0.5), ("FileField", 1), ("GenericIPAddressField", 1), ("UUIDField", 2),
    ("BinaryField", 1), ("JSONField", 2), ("ArrayField", 2), ("HStoreField", 0.7), ("IntegerRangeField", 0.4),
    ("BigIntegerRangeField", 0.2), ("DecimalRangeField", 0.3), ("DateRangeField", 0.3), ("DateTimeRangeField", 0.3),
    ("GeneratedField", 5),
]

MODEL_WORDS = ["Author", "Book", "Shelf", "Order", "Invoice", "Tag", "Note", "Ticket", "Device", "Sensor", "Region",
               "Vendor", "Product", "Parcel", "Route", "Member", "Team", "Project", "Task", "Comment", "Review",
               "Coupon", "Basket", "Payment", "Address", "Station", "Reading", "Album", "Track", "Course", "Lesson",
               "Badge", "Venue", "Event", "Seat", "Driver", "Vehicle", "Recipe", "Batch", "Warehouse"]
FIELD_WORDS = ["title", "code", "amount", "status", "score", "label", "price", "weight", "created", "starts",
               "notes", "flag", "payload", "ip", "slug", "email", "website", "path", "attachment", "duration",
               "ratio", "uid", "count", "tags", "extra", "window", "rank", "level", "kind", "size", "color", "opened",
               "closed", "due", "total", "qty", "summary", "body", "token", "ref", "phone", "city", "zone", "limit",
               "priority", "active", "visible", "position", "version", "checksum", "rating", "budget", "deadline",
               "origin", "group", "select", "user", "type"]
LONG_FIELD = "an_extraordinarily_long_descriptive_column_name"
COMPOSITE_P = 0.05  # chance that a new model gets a CompositePrimaryKey
LONG_MODEL = "VeryLongModelNameExercisingIdentifierTruncation"


class EditContext:
    def __init__(self, proj, rng, major, step):
        self.p = proj
        self.rng = rng
        self.major = major
        self.step = step
        self.field_renames = []
        self.model_renames = []
        self.null_alter = "default"
        self.interactive = True
        self.force_interactive = False  # a rename question must be answered (y or N) at the prompt
        self.transform = None
        self.hand_before = []
        self.hand_after = []
        self.notes = []
        self.app_touched = set()
        self.expect_nondeterministic = []

    # random helpers -------------------------------------------------------------------------------------------
    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        seq = list(seq)
        return seq[self.rng.randrange(len(seq))] if seq else None

    def weighted(self, pairs):
        pairs = [(k, w) for k, w in pairs if w > 0]
        total = sum(w for _, w in pairs)
        x = self.rng.random() * total
        for k, w in pairs:
            x -= w
            if x < 0:
                return k
        return pairs[-1][0]

    # names ----------------------------------------------------------------------------------------------------
    def model_name(self):
        if self.chance(0.04) and LONG_MODEL not in self.p.models:
            return LONG_MODEL
        for _ in range(100):
            w = self.pick(MODEL_WORDS)
            if w not in self.p.models and w.lower() not in {n.lower() for n in self.p.models}:
                return w
        return f"{self.pick(MODEL_WORDS)}{self.p.next()}"

    def field_name(self, m, avoid=()):
        used = self.p.family_names(m) | set(avoid)
        if self.chance(0.03) and LONG_FIELD not in used:
            return LONG_FIELD
        for _ in range(50):
            w = self.pick(FIELD_WORDS)
            if w not in used:
                return w
        while True:
            w = f"{self.pick(FIELD_WORDS)}_{self.p.next()}"
            if w not in used:
                return w

    def index_name(self, m, suffix="idx"):
        while True:
            n = f"{m.app[:4]}_{m.name.lower()[:8]}_{self.p.next()}_{suffix}"
            if n not in self.p.index_names and n not in self.p.constraint_names and len(n) <= 30:
                self.p.index_names.add(n)
                return n

    def constraint_name(self, m, suffix):
        while True:
            n = f"{m.app}_{m.name.lower()[:12]}_{suffix}{self.p.next()}"
            if n not in self.p.index_names and n not in self.p.constraint_names:
                self.p.constraint_names.add(n)
                return n


# ---------------------------------------------------------------------------------------------------------------
# values


def kind_cat(kind):
    if kind in INT_KINDS or kind in AUTO_KINDS:
        return "int"
    if kind in STR_KINDS:
        return "str"
    return {"BooleanField": "bool", "DateField": "date", "DateTimeField": "datetime", "TimeField": "time",
            "DurationField": "duration", "DecimalField": "decimal", "FloatField": "float", "UUIDField": "uuid",
            "BinaryField": "binary", "JSONField": "json", "GenericIPAddressField": "ip", "ArrayField": "array",
            "HStoreField": "hstore"}.get(kind, "other")


def py_value(g, f):
    """A deterministic Python value usable as default= / db_default= / in lookups for field f."""
    kind = f.kind
    cat = kind_cat(kind)
    if cat == "int":
        vals = [0, 1, 5, 10, 100] + ([] if kind in POSITIVE else [-5, -1])
        return g.pick(vals)
    if cat == "bool":
        return g.pick([True, False])
    if cat == "str":
        if kind == "EmailField":
            return "a@example.com"
        if kind == "URLField":
            return "https://example.com/x"
        if kind == "SlugField":
            return "new-item"
        vals = ["", "new", "it's", "a\\b", "50%", "naïve", "n/a"]
        v = g.pick(vals)
        ml = f.opts.get("max_length")
        return v[:ml] if ml else v
    if cat == "date":
        return datetime.date(2023, 5, 17)
    if cat == "datetime":
        return g.pick([datetime.datetime(2023, 5, 17, 8, 30, tzinfo=UTC), datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)])
    if cat == "time":
        return datetime.time(8, 30)
    if cat == "duration":
        return g.pick([datetime.timedelta(hours=1), datetime.timedelta(days=2, seconds=5)])
    if cat == "decimal":
        dp = f.opts.get("decimal_places", 2)
        return decimal.Decimal("1." + "5" * dp) if dp else decimal.Decimal("3")
    if cat == "float":
        return g.pick([0.5, -1.25, 2.0])
    if cat == "uuid":
        return FIXED_UUID
    if cat == "binary":
        return g.pick([b"\x00\x01", b"abc"])
    if cat == "json":
        return Raw(g.pick(["dict", "list"]))
    if cat == "ip":
        return g.pick(["192.168.0.1", "::1"])
    if cat == "array":
        return Raw("list")
    if cat == "hstore":
        return Raw("dict")
    return None


def db_default_value(g, f):
    cat = kind_cat(f.kind)
    if cat in ("json", "array", "hstore", "binary", "other"):
        return None
    if cat == "datetime" and g.chance(0.5):
        return Raw("Now()")
    if cat == "date" and g.chance(0.3):
        return Raw("Now()")
    if cat == "str" and g.chance(0.3):
        return Raw(g.pick(["Lower(Value('ABC'))", "Concat(Value('a'), Value('b'))", "Upper(Value('x'))"]))
    if cat == "float" and g.chance(0.3):
        return Raw("Pi()")
    if cat == "uuid" and g.major >= 6 and g.chance(0.5):
        return Raw("UUID4()")
    if cat == "int" and g.chance(0.2):
        return Raw(f"Value({g.pick([3, -7, 42])})")
    return py_value(g, f)


def oneoff_expr(p, f, model):
    """The code typed at makemigrations' one-off default prompt for field f."""
    kind = f.kind
    if f.is_fk:
        target = resolve_to(p, model, f.opts["to"])
        if target is None:  # contenttypes
            return "1"
        if f.opts.get("to_field"):
            tf = field_anywhere(p, target, f.opts["to_field"])
            kind = tf.kind if tf else "IntegerField"
            f = tf or f
        else:
            kind, pkf = p.pk(target)
            if pkf is not None:
                f = pkf
    cat = kind_cat(kind)
    return {
        "int": "1" if kind in POSITIVE or kind in AUTO_KINDS or f.is_fk else "-3",
        "bool": "False",
        "str": {"EmailField": "'x@example.com'", "URLField": "'https://example.com/'", "SlugField": "'slug-1'"}.get(kind, "'n/a'"),
        "date": "datetime.date(2024, 1, 2)",
        "datetime": "datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)",
        "time": "datetime.time(12, 30)",
        "duration": "datetime.timedelta(days=1, seconds=5)",
        "decimal": "__import__('decimal').Decimal('1.5')",
        "float": "2.5",
        "uuid": "__import__('uuid').UUID('12345678-1234-5678-1234-567812345678')",
        "binary": "b'ab'",
        "json": "{'k': 1}",
        "ip": "'127.0.0.1'",
        "array": "[]",
        "hstore": "{}",
    }.get(cat, "None")


def resolve_to(p, model, to):
    if to == "self":
        return model
    if to.startswith("contenttypes."):
        return None
    name = to.split(".", 1)[1]
    return p.models.get(name)


def field_anywhere(p, m, name):
    for f in p.own_fields(m):
        if f.name == name:
            return f
    if m.mti:
        return field_anywhere(p, p.models[m.inherit[1]], name)
    return None


# ---------------------------------------------------------------------------------------------------------------
# field factory


def ensure_extension(g, app, ext_cls, ext_name):
    """Adds a hand-written CreateExtension migration in `app` before makemigrations (once per app)."""
    done = g.p.ext_by_app.setdefault(app, set())
    if ext_name in done:
        return
    done.add(ext_name)
    g.p.extensions.add(ext_name)
    g.hand_before.append({
        "app": app, "name": f"{ext_name}_extension",
        "imports": [f"from django.contrib.postgres.operations import {ext_cls}"],
        "operations": f"        {ext_cls}(),",
    })
    g.notes.append(f"{ext_cls} in {app}")


def new_field(g, m, kind=None, new_model=False, name=None):
    p = g.p
    if kind is None:
        kind = g.weighted(FIELD_KIND_WEIGHTS)
    name = name or g.field_name(m)
    f = Field(name, kind)
    o = f.opts
    if kind == "GeneratedField":
        if not make_generated(g, m, f):
            return new_field(g, m, "IntegerField", new_model, name)
        return f
    if kind == "CharField":
        o["max_length"] = g.pick([10, 20, 32, 50, 100, 200, 255])
    elif kind == "DecimalField":
        md = g.pick([5, 7, 10, 12])
        o["max_digits"] = md
        o["decimal_places"] = g.pick([0, 2, 2, 3, 4])
    elif kind == "FilePathField":
        o["path"] = "/tmp"
        if g.chance(0.3):
            o["max_length"] = 150
    elif kind == "FileField":
        o["upload_to"] = "uploads/"
        if g.chance(0.3):
            o["max_length"] = 200
    elif kind in ("SlugField", "EmailField", "URLField") and g.chance(0.3):
        o["max_length"] = g.pick([60, 120, 250])
    elif kind == "GenericIPAddressField" and g.chance(0.3):
        o["protocol"] = "IPv4"
    elif kind == "ArrayField":
        bk = g.pick(["IntegerField", "CharField", "TextField", "DateField"])
        f.base = Field("", bk, {"max_length": 16} if bk == "CharField" else {})
        if g.chance(0.3):
            o["size"] = g.pick([3, 8])
    elif kind == "HStoreField":
        ensure_extension(g, m.app, "HStoreExtension", "hstore")
    elif kind in RANGE_KINDS:
        o["null"] = True
        return finish_common(g, m, f, new_model, allow_null=False)
    elif kind in ("DateTimeField", "DateField") and g.chance(0.12):
        if g.chance(0.6):
            o["auto_now_add"] = True
        else:
            o["auto_now"] = True
            f.volatile = True
            if not new_model:
                o["null"] = True
    elif kind == "UUIDField" and new_model and g.chance(0.2):
        o["default"] = Raw("uuid.uuid4")
        f.volatile = True
    return finish_common(g, m, f, new_model)


def finish_common(g, m, f, new_model, allow_null=True):
    o = f.opts
    kind = f.kind
    if allow_null and "null" not in o and g.chance(0.3):
        o["null"] = True
    cat = kind_cat(kind)
    has_auto = o.get("auto_now") or o.get("auto_now_add") or "default" in o
    if not has_auto and cat != "other":
        r = g.rng.random()
        if r < 0.22:
            v = py_value(g, f)
            if v is not None:
                o["default"] = v
        elif r < 0.34:
            v = db_default_value(g, f)
            if v is not None:
                o["db_default"] = v
    if kind not in NO_UNIQUE and g.chance(0.07):
        o["unique"] = True
    elif kind not in NO_INDEX and g.chance(0.08) and kind != "SlugField":
        o["db_index"] = True
        if g.chance(0.15):
            o["db_tablespace"] = "pg_default"
    elif kind == "SlugField" and g.chance(0.2):
        o["db_index"] = False
    if (cat == "int" or kind == "CharField") and g.chance(0.08):
        o["choices"] = [(1, "One"), (2, "Two"), (3, "Three")] if cat == "int" else [("a", "Alpha"), ("b", "Beta")]
    if kind in ("CharField", "TextField") and g.chance(0.08):
        o["db_collation"] = g.pick(["C", "POSIX"])
    if g.chance(0.08):
        o["db_comment"] = g.pick(["Primary contact", "It's the amount", "Заметка"])
    if g.chance(0.05):
        o["db_column"] = g.pick(["Col", "legacy", "MixedCase"]) + "_" + f.name[:20]
    if g.chance(0.05):
        o["verbose_name"] = f.name.replace("_", " ").title()
    if g.chance(0.06) and (kind != "GenericIPAddressField" or o.get("null")):
        o["blank"] = True
    if g.chance(0.03):
        o["help_text"] = "Help for " + f.name
    return f


def make_generated(g, m, f):
    fs = [x for x in g.p.own_fields(m) if not x.is_relation and x.kind != "GeneratedField" and not x.is_pk
          and not x.composite]
    ints = [x for x in fs if kind_cat(x.kind) == "int"]
    chars = [x for x in fs if x.kind in ("CharField", "TextField")]
    decs = [x for x in fs if x.kind == "DecimalField"]
    options = []
    if ints:
        a = g.pick(ints)
        options.append((("add", ("F", a.name), ("const", 1)), Field("", "BigIntegerField")))
        if len(ints) > 1:
            b = g.pick([x for x in ints if x is not a])
            options.append((("mul", ("F", a.name), ("F", b.name)), Field("", "BigIntegerField")))
    if chars:
        c = g.pick(chars)
        out = Field("", "TextField") if c.kind == "TextField" else Field("", "CharField", {"max_length": c.opts["max_length"]})
        options.append((("fn", "Lower", [("F", c.name)]), out))
        if len(chars) > 1 or g.chance(0.5):
            d = g.pick(chars)
            options.append((("fn", "Concat", [("F", c.name), ("V", "-"), ("F", d.name)]), Field("", "TextField")))
    if decs:
        d = g.pick(decs)
        options.append((("mul", ("F", d.name), ("const", 2)), Field("", "DecimalField", {"max_digits": 14, "decimal_places": d.opts["decimal_places"]})))
    if not options:
        return False
    expr, out = g.pick(options)
    f.opts["expression"] = expr
    f.opts["output_field"] = out
    f.opts["db_persist"] = True
    return True


# ---------------------------------------------------------------------------------------------------------------
# relations


def on_delete_for(g, src, null):
    if src.mode == "db":
        opts = ["DB_CASCADE", "DB_CASCADE", "DO_NOTHING"] + (["DB_SET_NULL"] * 2 if null else [])
    else:
        opts = ["CASCADE", "CASCADE", "CASCADE", "PROTECT", "DO_NOTHING", "RESTRICT"] + (["SET_NULL"] * 2 if null else [])
    return Raw("models." + g.pick(opts))


def fk_targets(g, src):
    p = g.p
    out = []
    for t in p.models.values():
        if t.abstract:
            continue
        if t.proxy and g.chance(0.7):
            continue
        if t.mode != src.mode or has_composite_pk(p, t):
            continue
        out.append(t)
    return out


def related_name(g, src, fname):
    if g.chance(0.1):
        return "+"
    return f"{src.name.lower()}_{fname}_rel"


def new_fk(g, src, kind="ForeignKey", name=None, target=None):
    p = g.p
    targets = fk_targets(g, src)
    to_ct = target is None and g.chance(0.06)
    if not to_ct and target is None:
        if not targets:
            return None
        target = g.pick(targets)
    name = name or g.field_name(src)
    f = Field(name, kind)
    o = f.opts
    if to_ct:
        o["to"] = "contenttypes.ContentType"
    elif target is src and g.chance(0.4):
        o["to"] = "self"
    else:
        o["to"] = f"{target.app}.{target.name}"
    null = g.chance(0.4)
    o["on_delete"] = on_delete_for(g, src, null)
    if null:
        o["null"] = True
    if not to_ct and target is not None and g.chance(0.12):
        uniq = [x for x in p.own_fields(target) if x.opts.get("unique") and not x.is_relation and not x.is_pk
                and kind_cat(x.kind) in ("int", "str", "uuid") and x.kind not in ("FileField", "FilePathField")]
        if uniq:
            o["to_field"] = g.pick(uniq).name
    # reverse accessor clashes: give every relation its own related_name (mostly)
    o["related_name"] = related_name(g, src, name)
    if g.chance(0.08):
        o["db_constraint"] = False
    if kind == "ForeignKey" and g.chance(0.05):
        o["db_index"] = False
    if g.chance(0.05):
        o["db_comment"] = "link to " + (target.name if target else "content type")
    if g.chance(0.04):
        o["db_column"] = "Ref_" + name[:20]
    return f


def add_m2m(g, src):
    p = g.p
    if src.mode != "py" or not src.concrete:
        return None
    if has_composite_pk(p, src):
        return None
    targets = [t for t in p.models.values() if t.concrete and t.mode == "py" and not has_composite_pk(p, t)]
    target = g.pick(targets)
    name = g.field_name(src)
    f = Field(name, "ManyToManyField")
    style = g.weighted([("plain", 5), ("self", 1.5 if target is not None else 0), ("through", 2)])
    if style == "self":
        f.opts["to"] = "self"
        if g.chance(0.5):
            f.opts["symmetrical"] = False
            f.opts["related_name"] = f"{src.name.lower()}_{name}_rev"
        src.fields.append(f)
        return f"add self M2M {src.name}.{name}"
    f.opts["to"] = f"{target.app}.{target.name}"
    f.opts["related_name"] = f"{src.name.lower()}_{name}_rel"
    if style == "through" and target is not src:
        th = Model(src.app, g.model_name())
        th.created_at = g.step * 100 + len(p.models)
        th.mode = "py"
        a = Field(src.name.lower(), "ForeignKey", {"to": f"{src.app}.{src.name}", "on_delete": Raw("models.CASCADE"),
                                                    "related_name": f"{th.name.lower()}_src"})
        b = Field(target.name.lower() + "_x", "ForeignKey", {"to": f"{target.app}.{target.name}", "on_delete": Raw("models.CASCADE"),
                                                            "related_name": f"{th.name.lower()}_dst"})
        th.fields = [a, b]
        if g.chance(0.7):
            th.fields.append(finish_common(g, th, Field("weight", "IntegerField", {"default": 0}), True))
        if g.chance(0.5):
            th.meta["unique_together"] = [[a.name, b.name]]
        p.models[th.name] = th
        f.opts["through"] = f"{th.app}.{th.name}"
        src.fields.append(f)
        return f"add M2M {src.name}.{name} -> {target.name} through new model {th.name}"
    if g.chance(0.15):
        f.opts["db_table"] = f"{src.app}_{name}_links"
    if g.chance(0.1):
        f.opts["blank"] = True
    src.fields.append(f)
    return f"add M2M {src.name}.{name} -> {target.name}"


# ---------------------------------------------------------------------------------------------------------------
# pinning / removal bookkeeping


def meta_refs(p, m):
    """Field names referenced by m's Meta (and by Meta of the concrete children of an abstract m)."""
    refs = set()
    models_ = [m] + ([c for c in p.models.values() if c.inherit and c.inherit[1] == m.name] if m.abstract else [])
    for x in models_:
        for ix in x.meta.get("indexes", []):
            refs |= index_fields(ix)
        for c in x.meta.get("constraints", []):
            refs |= index_fields(c)
        for t in x.meta.get("unique_together", []):
            refs |= set(t)
        if x.meta.get("order_with_respect_to"):
            refs.add(x.meta["order_with_respect_to"])
        for f in p.own_fields(x):
            if f.kind == "GeneratedField":
                refs |= expr_fields(f.opts["expression"])
            if f.composite:
                refs |= set(f.opts["fields"])
    return refs


def has_composite_pk(p, m):
    return any(f.composite for f in p.own_fields(m))


def composite_refs(p, m):
    return {n for f in p.own_fields(m) if f.composite for n in f.opts["fields"]}


def generated_refs(p, m):
    refs = set()
    for x in [m] + p.children(m):
        for f in p.own_fields(x):
            if f.kind == "GeneratedField":
                refs |= expr_fields(f.opts["expression"])
    return refs


def to_field_refs(p, m, fname):
    out = []
    for x in p.models.values():
        for f in x.fields:
            if f.is_fk and f.opts.get("to_field") == fname and resolve_to(p, x, f.opts["to"]) is m:
                out.append((x, f))
    return out


def is_through_fk(p, m, f):
    for x in p.models.values():
        for g_ in x.fields:
            if g_.is_m2m and g_.opts.get("through") == f"{m.app}.{m.name}":
                return True
    return False


def pinned(p, m, f):
    if f.is_pk:
        return True
    if f.name in meta_refs(p, m):
        return True
    if to_field_refs(p, m, f.name):
        return True
    if f.is_fk and is_through_fk(p, m, f):
        return True
    return False


def drop_field_refs(p, m, name):
    """Remove Meta entries and generated fields of m (and children) that reference field `name`."""
    notes = []
    for x in [m] + (p.children(m) if m.abstract else []):
        ixs = x.meta.get("indexes", [])
        keep = [ix for ix in ixs if name not in index_fields(ix)]
        if len(keep) != len(ixs):
            x.meta["indexes"] = keep
            notes.append(f"drop {len(ixs) - len(keep)} index(es)")
        cs = x.meta.get("constraints", [])
        keep = [c for c in cs if name not in index_fields(c)]
        if len(keep) != len(cs):
            x.meta["constraints"] = keep
            notes.append(f"drop {len(cs) - len(keep)} constraint(s)")
        ut = x.meta.get("unique_together", [])
        keep = [t for t in ut if name not in t]
        if len(keep) != len(ut):
            x.meta["unique_together"] = keep
        if x.meta.get("order_with_respect_to") == name:
            del x.meta["order_with_respect_to"]
            notes.append("unset order_with_respect_to")
        gens = [f for f in x.fields if f.kind == "GeneratedField" and name in expr_fields(f.opts["expression"])]
        for gf in gens:
            x.fields.remove(gf)
            notes.append(f"drop generated {gf.name}")
    for x in [m] + p.children(m):
        for k in ("indexes", "constraints", "unique_together"):
            if k in x.meta and not x.meta[k]:
                del x.meta[k]
    return notes


def rename_refs(p, m, old, new):
    for x in [m] + (p.children(m) if m.abstract else []):
        if x.meta.get("indexes"):
            x.meta["indexes"] = [index_rename(ix, old, new) for ix in x.meta["indexes"]]
        if x.meta.get("constraints"):
            x.meta["constraints"] = [index_rename(c, old, new) for c in x.meta["constraints"]]
        if x.meta.get("unique_together"):
            x.meta["unique_together"] = [[new if n == old else n for n in t] for t in x.meta["unique_together"]]
        if x.meta.get("order_with_respect_to") == old:
            x.meta["order_with_respect_to"] = new
        for f in x.fields:
            if f.kind == "GeneratedField":
                f.opts["expression"] = expr_rename(f.opts["expression"], old, new)
    for x, f in to_field_refs(p, m, old):
        f.opts["to_field"] = new


# ---------------------------------------------------------------------------------------------------------------
# Q / index / constraint factories


def lookup_for(g, f):
    cat = kind_cat(f.kind)
    v = py_value(g, f)
    if cat == "int":
        lo = 0 if f.kind in POSITIVE else -10
        shape = g.pick(["gte", "lte", "gt", "lt", "range", "in", "exact"])
        if shape == "range":
            return ("q", f.name, "range", (lo, 1000))
        if shape == "in":
            return ("q", f.name, "in", [1, 2, 3])
        return ("q", f.name, shape, g.pick([lo, 0, 1, 100]))
    if cat == "str":
        shape = g.pick(["startswith", "contains", "in", "exact", "istartswith"])
        if shape == "in":
            return ("q", f.name, "in", ["a", "b", "it's"])
        return ("q", f.name, shape, g.pick(["a", "x_", "50%", "it's"]))
    if cat == "bool":
        return ("q", f.name, "exact", g.pick([True, False]))
    if cat in ("date", "datetime"):
        return ("q", f.name, g.pick(["gte", "lt"]), v)
    if cat in ("decimal", "float"):
        return ("q", f.name, g.pick(["gte", "lt", "gt"]), v if cat == "decimal" else 0.5)
    if cat in ("uuid", "ip", "duration", "time") and not f.opts.get("null"):
        return ("q", f.name, "exact", v)
    return None


def q_for(g, m, allow_f=True):
    fs = [f for f in g.p.own_fields(m) if not f.is_m2m and f.kind != "GeneratedField" and not f.is_relation]
    if not fs:
        return None
    simple = []
    for f in fs:
        if f.opts.get("null") and g.chance(0.3):
            simple.append(("q", f.name, "isnull", g.pick([True, False])))
        else:
            q = lookup_for(g, f)
            if q:
                simple.append(q)
    if not simple:
        return None
    shape = g.weighted([("one", 4), ("and", 2), ("or", 2), ("not", 1), ("F", 2 if allow_f else 0)])
    if shape == "F":
        for cat in ("int", "decimal", "date", "datetime", "float"):
            same = [f for f in fs if kind_cat(f.kind) == cat]
            if len(same) >= 2:
                a, b = g.rng.sample(same, 2)
                rhs = ("F", b.name) if g.chance(0.6) else ("add", ("F", b.name), ("const", 1)) if cat in ("int",) else ("F", b.name)
                return ("q", a.name, g.pick(["gte", "lt", "gt"]), rhs)
        shape = "one"
    if shape == "one" or len(simple) < 2 and shape in ("and", "or"):
        return g.pick(simple)
    if shape == "not":
        return ("not", g.pick(simple))
    a, b = g.rng.sample(simple, 2)
    return (shape, [a, b])


def index_candidates(g, m):
    return [f for f in g.p.own_fields(m) if not f.is_m2m and f.kind != "GeneratedField" and not f.composite]


def new_index(g, m):
    p = g.p
    fs = index_candidates(g, m)
    if not fs:
        return None
    btree_ok = [f for f in fs if f.kind not in NO_INDEX or f.kind == "TextField"]
    ix = {"cls": "Index", "name": g.index_name(m)}
    shape = g.weighted([
        ("single", 3), ("multi", 3), ("desc", 2), ("cond", 2), ("include", 1.5), ("opclass", 1), ("expr", 3),
        ("gin", 1.5), ("gist", 1), ("brin", 1), ("hash", 1), ("btree", 0.5), ("spgist", 0.5), ("bloom", 0.3),
        ("trgm", 0.7), ("tablespace", 0.4),
    ])
    chars = [f for f in btree_ok if f.kind in ("CharField", "TextField", "SlugField", "EmailField", "URLField")]
    ints = [f for f in btree_ok if kind_cat(f.kind) == "int" and not f.is_relation]
    if shape in ("single", "tablespace") and btree_ok:
        ix["fields"] = [g.pick(btree_ok).name]
        if shape == "tablespace":
            ix["extra"] = {"db_tablespace": "pg_default"}
    elif shape == "multi" and len(btree_ok) >= 2:
        ix["fields"] = [f.name for f in g.rng.sample(btree_ok, min(len(btree_ok), g.pick([2, 2, 3])))]
    elif shape == "desc" and btree_ok:
        picked = g.rng.sample(btree_ok, min(len(btree_ok), g.pick([1, 2])))
        ix["fields"] = [("-" if i == 0 or g.chance(0.5) else "") + f.name for i, f in enumerate(picked)]
    elif shape == "cond" and btree_ok:
        q = q_for(g, m, allow_f=False)
        if q is None:
            return None
        ix["fields"] = [g.pick(btree_ok).name]
        ix["condition"] = q
    elif shape == "include" and len(btree_ok) >= 2:
        a, b = g.rng.sample(btree_ok, 2)
        ix["fields"] = [a.name]
        ix["include"] = [b.name]
    elif shape == "opclass" and chars:
        c = g.pick(chars)
        ix["fields"] = [c.name]
        ix["opclasses"] = ["text_pattern_ops" if c.kind == "TextField" else "varchar_pattern_ops"]
    elif shape == "expr" and (chars or ints):
        exprs = []
        if chars:
            c = g.pick(chars)
            e = ("fn", g.pick(["Lower", "Upper"]), [("F", c.name)])
            r = g.rng.random()
            if r < 0.3:
                e = ("desc", e)
            elif r < 0.4:
                e = ("opclass", e, "text_pattern_ops")
            elif r < 0.5:
                e = ("collate", ("F", c.name), "C")
            exprs.append(e)
        if ints and (not exprs or g.chance(0.4)):
            a = g.pick(ints)
            exprs.append(g.pick([("fn", "Abs", [("F", a.name)]), ("add", ("F", a.name), ("const", 1)), ("F", a.name)]))
        if len(exprs) == 1 and exprs[0][0] == "F":
            exprs.append(("fn", "Abs", [exprs[0]]))
        ix["expressions"] = exprs
        if g.chance(0.3):
            q = q_for(g, m, allow_f=False)
            if q:
                ix["condition"] = q
    elif shape == "gin":
        cands = [f for f in fs if f.kind in ("JSONField", "ArrayField", "HStoreField")]
        if not cands:
            if not ints:
                return None
            ensure_extension(g, m.app, "BtreeGinExtension", "btree_gin")
            cands = ints
        ix["cls"] = "GinIndex"
        ix["fields"] = [g.pick(cands).name]
        if g.chance(0.3):
            ix["extra"] = {"fastupdate": False}
    elif shape == "gist":
        cands = [f for f in fs if f.kind in RANGE_KINDS]
        if not cands:
            if not ints:
                return None
            ensure_extension(g, m.app, "BtreeGistExtension", "btree_gist")
            cands = ints
        ix["cls"] = "GistIndex"
        ix["fields"] = [g.pick(cands).name]
        if g.chance(0.3):
            ix["extra"] = {"buffering": True, "fillfactor": 80}
    elif shape == "brin":
        cands = [f for f in fs if kind_cat(f.kind) in ("int", "date", "datetime") and not f.is_relation]
        if not cands:
            return None
        ix["cls"] = "BrinIndex"
        ix["fields"] = [g.pick(cands).name]
        if g.chance(0.5):
            ix["extra"] = {"pages_per_range": 16}
        if g.chance(0.3):
            ix.setdefault("extra", {})["autosummarize"] = True
    elif shape == "hash" and btree_ok:
        ix["cls"] = "HashIndex"
        ix["fields"] = [g.pick(btree_ok).name]
        if g.chance(0.4):
            ix["extra"] = {"fillfactor": 70}
    elif shape == "btree" and btree_ok:
        ix["cls"] = "BTreeIndex"
        ix["fields"] = [g.pick(btree_ok).name]
        ix["extra"] = {"fillfactor": 80}
        if g.major >= 6 or g.chance(1):
            ix["extra"]["deduplicate_items"] = False
    elif shape == "spgist":
        cands = [f for f in fs if f.kind in RANGE_KINDS or f.kind == "TextField"]
        if not cands:
            return None
        ix["cls"] = "SpGistIndex"
        ix["fields"] = [g.pick(cands).name]
    elif shape == "bloom":
        cands = [f for f in ints if f.kind == "IntegerField"]
        if not cands:
            return None
        ensure_extension(g, m.app, "BloomExtension", "bloom")
        ix["cls"] = "BloomIndex"
        ix["fields"] = [f.name for f in cands[:2]]
        if g.chance(0.5):
            ix["extra"] = {"length": 80}
    elif shape == "trgm" and chars:
        ensure_extension(g, m.app, "TrigramExtension", "pg_trgm")
        c = g.pick(chars)
        ix["cls"] = g.pick(["GinIndex", "GistIndex"])
        ix["fields"] = [c.name]
        ix["opclasses"] = ["gin_trgm_ops" if ix["cls"] == "GinIndex" else "gist_trgm_ops"]
    else:
        return None
    return ix


def new_constraint(g, m):
    fs = [f for f in g.p.own_fields(m) if not f.is_m2m and f.kind not in ("GeneratedField",) and not f.composite]
    if not fs:
        return None
    uniq_ok = [f for f in fs if f.kind not in ("JSONField", "ArrayField", "HStoreField", "BinaryField", "TextField") and f.kind not in RANGE_KINDS]
    kind = g.weighted([("check", 5), ("unique", 5)])
    if kind == "check":
        q = q_for(g, m)
        if q is None:
            return None
        c = {"cls": "CheckConstraint", "name": g.constraint_name(m, "chk"), "condition": q}
    else:
        if not uniq_ok:
            return None
        c = {"cls": "UniqueConstraint", "name": g.constraint_name(m, "uniq")}
        shape = g.weighted([("fields", 4), ("deferrable", 2), ("cond", 2), ("include", 1), ("expr", 2),
                            ("nulls", 3), ("opclass", 0.5)])
        c["fields"] = [f.name for f in g.rng.sample(uniq_ok, min(len(uniq_ok), g.pick([1, 2, 2])))]
        chars = [f for f in uniq_ok if f.kind in ("CharField", "SlugField", "EmailField")]
        if shape == "deferrable":
            c["deferrable"] = g.pick(["DEFERRED", "IMMEDIATE"])
        elif shape == "cond":
            q = q_for(g, m, allow_f=False)
            if q is None:
                return None
            c["condition"] = q
        elif shape == "include":
            rest = [f for f in fs if f.name not in c["fields"] and f.kind not in RANGE_KINDS]
            if not rest:
                return None
            c["include"] = [g.pick(rest).name]
        elif shape == "expr":
            if not chars:
                return None
            del c["fields"]
            exprs = [("fn", "Lower", [("F", g.pick(chars).name)])]
            ints = [f for f in uniq_ok if kind_cat(f.kind) == "int"]
            if ints and g.chance(0.5):
                exprs.append(("F", g.pick(ints).name))
            c["expressions"] = exprs
        elif shape == "nulls":
            c["nulls_distinct"] = g.pick([False, True])
        elif shape == "opclass":
            if not chars:
                return None
            c["fields"] = [g.pick(chars).name]
            c["opclasses"] = ["varchar_pattern_ops"]
    if g.chance(0.1):
        c["violation_error_message"] = "Broken rule %(name)s"
    return c


# ---------------------------------------------------------------------------------------------------------------
# model level edits


def concrete_models(p, local_fields=False):
    return [m for m in sorted(p.models.values(), key=lambda m: m.created_at) if m.concrete]


def field_models(p):
    """Models whose field list can be edited: concrete ones and abstract bases with children."""
    out = []
    for m in sorted(p.models.values(), key=lambda m: m.created_at):
        if m.concrete or (m.abstract and p.children(m)):
            out.append(m)
    return out


def e_create_model(g, app=None):
    p = g.p
    app = app or g.pick(p.apps)
    m = Model(app, g.model_name())
    m.created_at = g.step * 100 + len(p.models)
    if g.major >= 6 and g.chance(0.35):
        m.mode = "db"
    p.models[m.name] = m  # visible to the factories (self FKs)
    r = g.rng.random()
    if r < 0.07:
        m.fields.append(Field("id", g.pick(AUTO_KINDS), {"primary_key": True}))
    elif r < 0.11:
        m.fields.append(Field(g.pick(["code", "key"]), g.pick(AUTO_KINDS), {"primary_key": True}))
    elif r < 0.15:
        m.fields.append(Field("code", "CharField", {"primary_key": True, "max_length": 20}))
    elif r < 0.18:
        m.fields.append(Field("uid", "UUIDField", {"primary_key": True, "default": Raw("uuid.uuid4")}))
    for _ in range(g.pick([1, 2, 2, 3, 3, 4, 5])):
        m.fields.append(new_field(g, m, new_model=True))
    if r >= 0.18 and g.chance(COMPOSITE_P):
        # composite primary key (Django 5.2+): two NOT NULL columns, no FK may point at this model
        a = Field(g.field_name(m), g.pick(["IntegerField", "BigIntegerField", "CharField"]))
        if a.kind == "CharField":
            a.opts["max_length"] = 20
        m.fields.insert(0, a)
        b = Field(g.field_name(m), g.pick(["IntegerField", "DateField", "SmallIntegerField"]))
        m.fields.insert(1, b)
        m.fields.insert(0, Field("pk", "CompositePrimaryKey", {"fields": [a.name, b.name]}))
    if len(p.models) > 1 and g.chance(0.45):
        fk = new_fk(g, m, g.pick(["ForeignKey"] * 4 + ["OneToOneField"]))
        if fk:
            m.fields.append(fk)
    if g.chance(0.1):
        m.meta["db_table"] = f"{app}_{m.name.lower()}_t{p.next()}"
    if g.chance(0.1):
        m.meta["db_table_comment"] = g.pick(["Main table", "It's a table", "Created by the corpus"])
    if g.chance(0.3):
        ix = new_index(g, m)
        if ix:
            m.meta["indexes"] = [ix]
    if g.chance(0.2):
        c = new_constraint(g, m)
        if c:
            m.meta["constraints"] = [c]
    if g.chance(0.06):
        cands = [f.name for f in m.fields if not f.is_pk and f.kind not in NO_UNIQUE and not f.is_relation]
        if len(cands) >= 2:
            m.meta["unique_together"] = [cands[:2]]
    if g.chance(0.05):
        m.meta["verbose_name"] = m.name.lower() + " entry"
    if g.chance(0.05):
        m.meta["ordering"] = ["-pk"]
    if g.chance(0.03):
        m.meta["db_tablespace"] = "pg_default"
    return f"create model {app}.{m.name} ({len(m.fields)} fields, on_delete mode {m.mode})"


def e_create_family(g):
    p = g.p
    kind = g.weighted([("abstract", 2), ("mti", 2), ("proxy", 1.5), ("unmanaged", 0.7)])
    app = g.pick(p.apps)
    if kind == "abstract":
        base = Model(app, g.model_name() + "Base")
        base.abstract = True
        base.created_at = g.step * 100 + len(p.models)
        p.models[base.name] = base
        for _ in range(g.pick([1, 2, 3])):
            base.fields.append(new_field(g, base, g.pick(["CharField", "IntegerField", "DateTimeField", "BooleanField", "DecimalField"]), new_model=True))
        names = []
        for i in range(g.pick([1, 2])):
            c = Model(app, g.model_name())
            c.inherit = ("abstract", base.name)
            c.created_at = base.created_at + 1 + i
            p.models[c.name] = c
            for _ in range(g.pick([0, 1, 2])):
                c.fields.append(new_field(g, c, new_model=True))
            names.append(c.name)
        return f"create abstract base {base.name} with children {', '.join(names)}"
    if kind == "mti":
        parents = [m for m in concrete_models(p) if m.mode == "py" and not m.meta.get("order_with_respect_to")
                   and not has_composite_pk(p, m)]
        if not parents:
            return None
        parent = g.pick(parents)
        c = Model(parent.app, g.model_name())
        c.inherit = ("mti", parent.name)
        c.created_at = g.step * 100 + len(p.models)
        p.models[c.name] = c
        for _ in range(g.pick([1, 2])):
            c.fields.append(new_field(g, c, new_model=True))
        return f"create multi-table child {c.app}.{c.name}({parent.name})"
    if kind == "proxy":
        parents = concrete_models(p)
        if not parents:
            return None
        parent = g.pick(parents)
        c = Model(parent.app, g.model_name() + "Proxy")
        c.inherit = ("proxy", parent.name)
        c.created_at = g.step * 100 + len(p.models)
        c.mode = parent.mode
        if g.chance(0.5):
            c.meta["ordering"] = ["pk"]
        p.models[c.name] = c
        return f"create proxy {c.app}.{c.name}({parent.name})"
    m = Model(app, g.model_name())
    m.created_at = g.step * 100 + len(p.models)
    p.models[m.name] = m
    m.fields.append(new_field(g, m, "CharField", new_model=True))
    m.meta["managed"] = False
    m.meta["db_table"] = f"legacy_{m.name.lower()}"
    return f"create unmanaged model {app}.{m.name}"


def dependents_block(p, m):
    if p.children(m):
        return True
    for x in p.models.values():
        for f in x.fields:
            if f.is_m2m and f.opts.get("through") == f"{m.app}.{m.name}":
                return True
    return False


def e_delete_model(g):
    p = g.p
    cands = [m for m in p.models.values() if not m.abstract and not dependents_block(p, m)]
    cands.sort(key=lambda m: m.created_at)
    if not cands or len(p.models) < 4:
        return None
    m = g.pick(cands)
    notes = []
    for x, f in p.references(m):
        if x is m:
            continue
        notes += drop_field_refs(p, x, f.name)
        if f in x.fields:
            x.fields.remove(f)
            notes.append(f"drop {x.name}.{f.name}")
    del p.models[m.name]
    return f"delete model {m.app}.{m.name}" + (f" ({'; '.join(notes)})" if notes else "")


def e_add_field(g):
    ms = field_models(g.p)
    if not ms:
        return None
    m = g.pick(ms)
    f = new_field(g, m)
    m.fields.append(f)
    return f"add {f.kind} {m.name}.{f.name} ({short_opts(f)})"


def short_opts(f):
    parts = []
    for k, v in f.opts.items():
        if k in ("to", "related_name", "help_text", "verbose_name"):
            continue
        s = repr(v) if not hasattr(v, "render") else v.kind
        if isinstance(v, tuple):
            s = "expr"
        parts.append(f"{k}={s}"[:40])
    return ", ".join(parts)


def e_add_relation(g):
    p = g.p
    ms = [m for m in concrete_models(p)]
    if not ms:
        return None
    m = g.pick(ms)
    kind = g.weighted([("ForeignKey", 5), ("OneToOneField", 1.5), ("ManyToManyField", 3)])
    if kind == "ManyToManyField":
        return add_m2m(g, m)
    f = new_fk(g, m, kind)
    if f is None:
        return None
    m.fields.append(f)
    return f"add {kind} {m.name}.{f.name} -> {f.opts['to']} ({short_opts(f)})"


def removable(p, m, f):
    if f.is_pk or to_field_refs(p, m, f.name) or (f.is_fk and is_through_fk(p, m, f)):
        return False
    if f.name in composite_refs(p, m):
        return False
    return True


def e_remove_field(g):
    p = g.p
    cands = [(m, f) for m in field_models(p) for f in m.fields if removable(p, m, f)]
    if not cands:
        return None
    m, f = g.pick(cands)
    notes = drop_field_refs(p, m, f.name)
    if f in m.fields:
        m.fields.remove(f)
    return f"remove field {m.name}.{f.name} ({f.kind})" + (f" ({'; '.join(notes)})" if notes else "")


def e_rename_field(g):
    p = g.p
    cands = []
    for m in field_models(p):
        gen = generated_refs(p, m) | composite_refs(p, m)
        for f in m.fields:
            if f.is_pk or f.name in gen or (f.is_fk and is_through_fk(p, m, f)) or f.kind == "GeneratedField":
                continue
            cands.append((m, f))
    if not cands:
        return None
    m, f = g.pick(cands)
    old = f.name
    new = g.field_name(m)
    refd = bool(to_field_refs(p, m, old)) or old in meta_refs(p, m)
    answer = "y" if refd or g.chance(0.75) else "N"
    keep_column = not f.is_m2m and not f.opts.get("db_column") and answer == "y" and g.chance(0.1)
    f.name = new
    if keep_column:
        f.opts["db_column"] = old + ("_id" if f.is_fk else "")
    if f.is_fk and f.opts.get("related_name") not in (None, "+"):
        pass  # related_name stays: unique already
    rename_refs(p, m, old, new)
    g.force_interactive = True
    if answer == "y":
        targets = [m] if not m.abstract else p.children(m)
        for t in targets:
            g.field_renames.append(f"{t.name.lower()}.{old}>{new}")
    return f"rename field {m.name}.{old} -> {new} (answer {answer}{', db_column kept' if keep_column else ''})"


def e_rename_model(g):
    p = g.p
    cands = [m for m in concrete_models(p) if not m.inherit and not p.children(m) and not dependents_block(p, m)
             and not any(x.is_m2m and x.opts.get("through") for x in m.fields)]
    if not cands:
        return None
    m = g.pick(cands)
    old = m.name
    new = g.model_name()
    # "N" turns the rename into CreateModel + DeleteModel, which cannot work with an explicit db_table (the new
    # table would be created before the old one is dropped)
    answer = "y" if g.chance(0.75) or m.meta.get("db_table") else "N"
    del p.models[old]
    m.name = new
    p.models[new] = m
    for x in p.models.values():
        for f in x.fields:
            if f.is_relation:
                if f.opts.get("to") == f"{m.app}.{old}":
                    f.opts["to"] = f"{m.app}.{new}"
                if f.opts.get("through") == f"{m.app}.{old}":
                    f.opts["through"] = f"{m.app}.{new}"
    g.force_interactive = True
    if answer == "y":
        g.model_renames.append(f"{m.app}.{old}>{new}")
    return f"rename model {m.app}.{old} -> {new} (answer {answer}{', explicit db_table' if m.meta.get('db_table') else ''})"


TYPE_GROUPS = {
    "int": list(INT_KINDS) + ["CharField", "DecimalField", "FloatField", "BooleanField"],
    "str": list(STR_KINDS) + ["IntegerField", "UUIDField", "JSONField"],
    "date": ["DateTimeField", "CharField", "IntegerField"],
    "datetime": ["DateField", "CharField"],
    "decimal": ["FloatField", "IntegerField", "DecimalField", "CharField"],
    "float": ["DecimalField", "IntegerField", "BigIntegerField"],
    "bool": ["IntegerField", "CharField"],
    "json": ["TextField", "CharField"],
    "uuid": ["CharField", "TextField"],
    "time": ["CharField", "DurationField"],
    "duration": ["BigIntegerField", "CharField"],
    "ip": ["CharField", "TextField"],
    "binary": ["TextField"],
}


def change_type(g, m, f):
    cat = kind_cat(f.kind)
    targets = [k for k in TYPE_GROUPS.get(cat, []) if k != f.kind]
    if not targets:
        return None
    kind = g.pick(targets)
    old = f.kind
    keep = {k: v for k, v in f.opts.items() if k in ("null", "db_column", "db_comment", "verbose_name", "blank", "db_index", "help_text")}
    if f.opts.get("unique") and kind not in NO_UNIQUE:
        keep["unique"] = True
    if kind in NO_INDEX:
        keep.pop("db_index", None)
    nf = Field(f.name, kind, keep)
    if kind == "CharField":
        nf.opts = {"max_length": g.pick([20, 50, 100, 255]), **nf.opts}
    elif kind == "DecimalField":
        nf.opts = {"max_digits": 12, "decimal_places": g.pick([0, 2, 4]), **nf.opts}
    elif kind == "FilePathField":
        nf.opts = {"path": "/tmp", **nf.opts}
    elif kind == "FileField":
        nf.opts = {"upload_to": "uploads/", **nf.opts}
    if "default" in f.opts or "db_default" in f.opts:
        v = py_value(g, nf)
        if v is not None and g.chance(0.5):
            nf.opts["default"] = v
    f.kind, f.opts, f.base = nf.kind, nf.opts, None
    return f"type {old} -> {kind}"


def alter_options(g, m, f):
    """Pick one applicable option change on f; returns a description or None."""
    p = g.p
    cat = kind_cat(f.kind)
    o = f.opts
    choices = []
    if not f.is_pk and not f.is_m2m and f.kind != "GeneratedField" and not f.volatile and f.kind not in RANGE_KINDS:
        choices.append(("null", 5))
        choices.append(("default", 3 if cat not in ("other",) and not f.is_relation else 0))
        choices.append(("db_default", 3 if db_default_value(g, f) is not None else 0))
    if f.kind in MAXLEN_KINDS and not pinned(p, m, f):
        choices.append(("max_length", 3))
    if not f.is_pk and not f.is_m2m and f.kind not in NO_INDEX and not o.get("unique") and f.kind != "OneToOneField":
        choices.append(("db_index", 3))
    if not f.is_pk and not f.is_m2m and f.kind not in NO_UNIQUE and f.kind != "OneToOneField" and not to_field_refs(p, m, f.name):
        choices.append(("unique", 3))
    if not f.is_m2m:
        choices.append(("db_column", 1.5))
    if not f.is_m2m:
        choices.append(("db_comment", 2))
    if cat == "int" and not f.is_relation and not f.is_pk or f.kind == "CharField" and not f.is_pk:
        choices.append(("choices", 1))
    if f.kind == "DecimalField" and not pinned(p, m, f):
        choices.append(("precision", 2))
    if not f.is_relation and not f.is_pk and not pinned(p, m, f) and f.kind != "GeneratedField" and not f.volatile:
        choices.append(("type", 4))
    if f.kind in ("CharField", "TextField") and not f.is_pk:
        choices.append(("collation", 1))
    choices.append(("noop", 1.5))
    if f.kind == "ArrayField":
        choices.append(("array", 1.5))
    if f.kind == "GenericIPAddressField":
        choices.append(("protocol", 0.5))
    what = g.weighted(choices)
    name = f"{m.name}.{f.name}"
    if what == "null":
        if o.get("null"):
            del o["null"]
            extra = ""
            r = g.rng.random()
            if r < 0.25 and "default" not in o and "db_default" not in o and py_value(g, f) is not None and not f.is_relation:
                o["default"] = py_value(g, f)
                extra = " with default"
            elif r < 0.4 and "default" not in o and "db_default" not in o and db_default_value(g, f) is not None and not f.is_relation:
                o["db_default"] = db_default_value(g, f)
                extra = " with db_default"
            else:
                g.null_alter = g.pick(["default", "default", "ignore"])
                extra = f" (questioner: {g.null_alter})"
            if f.kind == "GenericIPAddressField":
                o.pop("blank", None)
            od = o.get("on_delete")
            if isinstance(od, Raw) and "SET_NULL" in od.code:
                o["on_delete"] = Raw("models.DB_CASCADE" if "DB_" in od.code else "models.CASCADE")
            return f"{name} null -> not null{extra}"
        o["null"] = True
        return f"{name} not null -> null"
    if what == "default":
        if "default" in o and g.chance(0.5):
            del o["default"]
            return f"{name} drop default"
        o["default"] = py_value(g, f)
        return f"{name} default={o['default']!r}"
    if what == "db_default":
        if "db_default" in o and g.chance(0.4):
            del o["db_default"]
            return f"{name} drop db_default"
        o["db_default"] = db_default_value(g, f)
        return f"{name} db_default={o['db_default']!r}"
    if what == "max_length":
        cur = o.get("max_length")
        o["max_length"] = g.pick([x for x in [16, 30, 64, 120, 255, 300] if x != cur])
        return f"{name} max_length {cur} -> {o['max_length']}"
    if what == "db_index":
        if o.get("db_index") or (f.kind == "SlugField" and o.get("db_index") is not False) or (f.is_fk and o.get("db_index") is not False):
            o["db_index"] = False
            return f"{name} db_index off"
        if f.kind in ("SlugField",) or f.is_fk:
            o.pop("db_index", None)
        else:
            o["db_index"] = True
        return f"{name} db_index on"
    if what == "unique":
        if o.get("unique"):
            del o["unique"]
            return f"{name} unique off"
        o["unique"] = True
        return f"{name} unique on"
    if what == "db_column":
        if o.get("db_column") and g.chance(0.5):
            del o["db_column"]
            return f"{name} drop db_column"
        o["db_column"] = g.pick(["Renamed", "col", "X"]) + "_" + f.name[:20] + str(g.p.next())
        return f"{name} db_column={o['db_column']}"
    if what == "db_comment":
        if o.get("db_comment") and g.chance(0.4):
            del o["db_comment"]
            return f"{name} drop db_comment"
        o["db_comment"] = g.pick(["Changed comment", "Owner's note", "Budget total"]) + f" {g.p.next()}"
        return f"{name} db_comment"
    if what == "choices":
        if o.get("choices") and g.chance(0.5):
            del o["choices"]
            return f"{name} drop choices"
        o["choices"] = [(1, "Low"), (5, "High")] if cat == "int" else [("x", "X"), ("y", "Y"), ("z", "Z")]
        return f"{name} choices"
    if what == "precision":
        o["max_digits"] = g.pick([6, 9, 14, 20])
        o["decimal_places"] = g.pick([0, 1, 2, 5])
        if "default" in o:
            o["default"] = py_value(g, f)
        if "db_default" in o and not isinstance(o["db_default"], Raw):
            o["db_default"] = py_value(g, f)
        return f"{name} decimal({o['max_digits']},{o['decimal_places']})"
    if what == "type":
        d = change_type(g, m, f)
        return f"{name} {d}" if d else None
    if what == "collation":
        if o.get("db_collation"):
            del o["db_collation"]
            return f"{name} drop db_collation"
        o["db_collation"] = g.pick(["C", "POSIX"])
        return f"{name} db_collation={o['db_collation']}"
    if what == "array":
        if "size" in o and g.chance(0.5):
            del o["size"]
            return f"{name} drop array size"
        if f.base.kind == "CharField":
            f.base.opts["max_length"] = g.pick([8, 32, 64])
            return f"{name} array base max_length"
        o["size"] = g.pick([2, 10])
        return f"{name} array size"
    if what == "protocol":
        o["protocol"] = "both" if o.get("protocol") == "IPv4" else "IPv4"
        return f"{name} protocol (no-op)"
    # no-op
    k = g.pick(["verbose_name", "help_text", "blank"])
    if k == "blank" and f.kind == "GenericIPAddressField" and not o.get("null"):
        k = "help_text"
    if k == "blank":
        o["blank"] = not o.get("blank", False)
    else:
        o[k] = f"{k} {g.p.next()}"
    return f"{name} {k} change (no-op)"


def e_alter_field(g):
    p = g.p
    cands = [(m, f) for m in field_models(p) for f in m.fields
             if not f.is_m2m and not f.composite and f.name not in composite_refs(p, m)]
    if not cands:
        return None
    m, f = g.pick(cands)
    return alter_options(g, m, f)


def e_alter_relation(g):
    p = g.p
    cands = [(m, f) for m in field_models(p) for f in m.fields if f.is_relation and not (f.is_fk and is_through_fk(p, m, f))]
    if not cands:
        return None
    m, f = g.pick(cands)
    o = f.opts
    name = f"{m.name}.{f.name}"
    if f.is_m2m:
        what = g.pick(["db_table", "related_name"])
        if what == "db_table" and not o.get("through"):
            if o.get("db_table") and g.chance(0.5):
                del o["db_table"]
                return f"{name} M2M drop db_table"
            o["db_table"] = f"{m.app}_{f.name}_m2m{p.next()}"
            return f"{name} M2M db_table={o['db_table']}"
        if o.get("related_name") and o.get("to") != "self":
            o["related_name"] = o["related_name"] + "_x"
            return f"{name} M2M related_name (no-op)"
        return None
    what = g.weighted([("on_delete", 3), ("db_constraint", 2), ("related_name", 1), ("target", 2), ("o2o", 1.5),
                       ("to_field", 1), ("generic", 4)])
    if what == "on_delete":
        old = o["on_delete"].code
        o["on_delete"] = on_delete_for(g, m, o.get("null"))
        if o["on_delete"].code == old:
            return None
        return f"{name} on_delete {old} -> {o['on_delete'].code}"
    if what == "db_constraint":
        if o.get("db_constraint") is False:
            del o["db_constraint"]
            return f"{name} db_constraint on"
        o["db_constraint"] = False
        return f"{name} db_constraint off"
    if what == "related_name":
        o["related_name"] = f"{m.name.lower()}_{f.name}_rel{p.next()}"
        return f"{name} related_name (no-op)"
    if what == "target":
        targets = [t for t in fk_targets(g, m) if f"{t.app}.{t.name}" != o["to"] and not t.proxy]
        if not targets or o["to"].startswith("contenttypes"):
            return None
        t = g.pick(targets)
        old = o["to"]
        o["to"] = f"{t.app}.{t.name}"
        o.pop("to_field", None)
        return f"{name} target {old} -> {o['to']}"
    if what == "o2o":
        if f.kind == "ForeignKey":
            f.kind = "OneToOneField"
            o.pop("db_index", None)
            o.pop("unique", None)
            return f"{name} ForeignKey -> OneToOneField"
        f.kind = "ForeignKey"
        return f"{name} OneToOneField -> ForeignKey"
    if what == "to_field":
        t = resolve_to(p, m, o["to"])
        if t is None:
            return None
        if o.get("to_field"):
            del o["to_field"]
            return f"{name} drop to_field"
        uniq = [x for x in p.own_fields(t) if x.opts.get("unique") and not x.is_relation and not x.is_pk
                and kind_cat(x.kind) in ("int", "str", "uuid") and x.kind not in ("FileField", "FilePathField")]
        if not uniq:
            return None
        o["to_field"] = g.pick(uniq).name
        return f"{name} to_field={o['to_field']}"
    return alter_options(g, m, f)


def e_pk_type(g):
    p = g.p
    cands = [m for m in concrete_models(p) if not m.inherit and not has_composite_pk(p, m)]
    if not cands:
        return None
    m = g.pick(cands)
    kind, pkf = p.pk(m)
    if pkf is None:
        newk = g.pick([k for k in AUTO_KINDS if k != kind] + ["IntegerField"])
        m.fields.insert(0, Field("id", newk, {"primary_key": True}))
        return f"{m.name} implicit {kind} pk -> explicit {newk}"
    if pkf.kind in AUTO_KINDS:
        old = pkf.kind
        if g.chance(0.3):
            pkf.kind = g.pick(["IntegerField", "BigIntegerField"])
        else:
            pkf.kind = g.pick([k for k in AUTO_KINDS if k != old])
        return f"{m.name}.{pkf.name} {old} -> {pkf.kind}"
    if pkf.kind in ("IntegerField", "BigIntegerField", "SmallIntegerField"):
        old = pkf.kind
        pkf.kind = g.pick(AUTO_KINDS)
        return f"{m.name}.{pkf.name} {old} -> {pkf.kind}"
    return None


def e_meta_table(g):
    p = g.p
    cands = [m for m in concrete_models(p)]
    if not cands:
        return None
    m = g.pick(cands)
    old = p.table(m)
    if m.meta.get("db_table") and g.chance(0.4):
        del m.meta["db_table"]
    elif g.chance(0.05):
        m.meta["db_table"] = f"{m.app}_a_table_name_that_is_far_too_long_for_postgresql_identifiers_{p.next()}"
    else:
        m.meta["db_table"] = f"{m.app}_{m.name.lower()}_t{p.next()}"
    return f"{m.name} db_table {old} -> {p.table(m)}"


def e_meta_comment(g):
    ms = concrete_models(g.p)
    if not ms:
        return None
    m = g.pick(ms)
    if m.meta.get("db_table_comment") and g.chance(0.4):
        del m.meta["db_table_comment"]
        return f"{m.name} drop db_table_comment"
    m.meta["db_table_comment"] = g.pick(["Orders table", "Don't touch", "Comment v1"]) + f" v{g.p.next()}"
    return f"{m.name} db_table_comment"


def e_unique_together(g):
    p = g.p
    ms = concrete_models(p)
    if not ms:
        return None
    m = g.pick(ms)
    ut = m.meta.get("unique_together", [])
    if ut and g.chance(0.45):
        ut.pop(g.rng.randrange(len(ut)))
        if not ut:
            m.meta.pop("unique_together", None)
        return f"{m.name} unique_together entry removed"
    cands = [f.name for f in p.own_fields(m) if not f.is_m2m and f.kind not in NO_UNIQUE and f.kind not in ("GeneratedField",)
             and not f.composite]
    if len(cands) < 2:
        return None
    pair = g.rng.sample(cands, 2)
    if pair in ut or list(reversed(pair)) in ut:
        return None
    m.meta["unique_together"] = ut + [pair]
    return f"{m.name} unique_together += {tuple(pair)}"


def index_models(p):
    return [m for m in concrete_models(p)]


def e_add_index(g):
    ms = index_models(g.p)
    if not ms:
        return None
    m = g.pick(ms)
    ix = new_index(g, m)
    if not ix:
        return None
    m.meta.setdefault("indexes", []).append(ix)
    return f"{m.name} add {ix['cls']} {ix['name']}"


def e_remove_index(g):
    cands = [(m, ix) for m in g.p.models.values() for ix in m.meta.get("indexes", [])]
    if not cands:
        return None
    m, ix = g.pick(sorted(cands, key=lambda x: x[1]["name"]))
    m.meta["indexes"].remove(ix)
    if not m.meta["indexes"]:
        del m.meta["indexes"]
    return f"{m.name} remove index {ix['name']}"


def e_rename_index(g):
    cands = [(m, ix) for m in g.p.models.values() for ix in m.meta.get("indexes", [])]
    if not cands:
        return None
    m, ix = g.pick(sorted(cands, key=lambda x: x[1]["name"]))
    old = ix["name"]
    ix["name"] = g.index_name(m, "ren")
    return f"{m.name} rename index {old} -> {ix['name']}"


def e_add_constraint(g):
    ms = index_models(g.p)
    if not ms:
        return None
    m = g.pick(ms)
    c = new_constraint(g, m)
    if not c:
        return None
    m.meta.setdefault("constraints", []).append(c)
    return f"{m.name} add {c['cls']} {c['name']}"


def e_remove_constraint(g):
    cands = [(m, c) for m in g.p.models.values() for c in m.meta.get("constraints", [])]
    if not cands:
        return None
    m, c = g.pick(sorted(cands, key=lambda x: x[1]["name"]))
    m.meta["constraints"].remove(c)
    if not m.meta["constraints"]:
        del m.meta["constraints"]
    return f"{m.name} remove constraint {c['name']}"


def e_alter_constraint(g):
    cands = [(m, c) for m in g.p.models.values() for c in m.meta.get("constraints", [])]
    if not cands:
        return None
    m, c = g.pick(sorted(cands, key=lambda x: x[1]["name"]))
    if c.get("violation_error_message") and g.chance(0.4):
        del c["violation_error_message"]
    else:
        c["violation_error_message"] = f"Rule {g.p.next()} broken"
    return f"{m.name} constraint {c['name']} violation_error_message change"


def e_order_wrt(g):
    p = g.p
    ms = [m for m in concrete_models(p) if not p.children(m) and not m.mti]
    set_c = [m for m in ms if m.meta.get("order_with_respect_to")]
    if set_c and g.chance(0.4):
        m = g.pick(set_c)
        del m.meta["order_with_respect_to"]
        return f"{m.name} unset order_with_respect_to"
    cands = [(m, f) for m in ms for f in m.fields if f.kind == "ForeignKey" and not m.meta.get("order_with_respect_to")
             and f.opts.get("related_name") != "+" and f.opts.get("to") != "self"]
    if not cands:
        return None
    m, f = g.pick(cands)
    m.meta.pop("ordering", None)
    m.meta["order_with_respect_to"] = f.name
    return f"{m.name} order_with_respect_to={f.name}"


def e_meta_noop(g):
    ms = [m for m in g.p.models.values() if not m.abstract]
    if not ms:
        return None
    m = g.pick(sorted(ms, key=lambda m: m.created_at))
    what = g.pick(["verbose_name", "verbose_name_plural", "ordering", "get_latest_by", "default_permissions"])
    if what == "ordering":
        if m.meta.get("order_with_respect_to"):
            return None
        m.meta["ordering"] = g.pick([["pk"], ["-pk"]])
    elif what == "get_latest_by":
        m.meta["get_latest_by"] = "pk"
    elif what == "default_permissions":
        m.meta["default_permissions"] = ("view",)
    else:
        m.meta[what] = f"{m.name.lower()} v{g.p.next()}"
    return f"{m.name} Meta.{what} (no-op)"


# ---------------------------------------------------------------------------------------------------------------
# hand-written migrations


def e_hand_runsql(g):
    p = g.p
    app = g.pick(p.apps)
    n = p.next()
    aux = f"hand_aux_{n}"
    ms = [m for m in concrete_models(p) if m.app == app]
    variant = g.weighted([("string", 2), ("list", 2), ("params", 2), ("irreversible", 1), ("noop", 1),
                          ("multi", 1), ("elidable", 0.7), ("comment", 1.5)])
    if variant == "comment" and ms:
        m = g.pick(ms)
        t = p.table(m)
        ops = (f"        migrations.RunSQL(\n"
               f"            sql=\"COMMENT ON TABLE \\\"{t}\\\" IS 'touched by hand {n}'\",\n"
               f"            reverse_sql='COMMENT ON TABLE \"{t}\" IS NULL',\n"
               f"        ),")
        desc = f"RunSQL comment on {t}"
    elif variant == "string":
        ops = (f"        migrations.RunSQL(\n"
               f"            \"CREATE TABLE {aux} (id integer PRIMARY KEY, label text NOT NULL DEFAULT 'x')\",\n"
               f"            reverse_sql=\"DROP TABLE {aux}\",\n"
               f"        ),")
        desc = f"RunSQL string create {aux}"
    elif variant == "list":
        ops = (f"        migrations.RunSQL(\n"
               f"            sql=[\n"
               f"                \"CREATE TABLE {aux} (id integer PRIMARY KEY, label text)\",\n"
               f"                \"CREATE INDEX {aux}_label ON {aux} (label)\",\n"
               f"            ],\n"
               f"            reverse_sql=[\"DROP INDEX {aux}_label\", \"DROP TABLE {aux}\"],\n"
               f"        ),")
        desc = f"RunSQL list create {aux}"
    elif variant == "params":
        ops = (f"        migrations.RunSQL(\"CREATE TABLE {aux} (id integer PRIMARY KEY, label text, ratio numeric)\", \"DROP TABLE {aux}\"),\n"
               f"        migrations.RunSQL(\n"
               f"            sql=[\n"
               f"                (\"INSERT INTO {aux} (id, label, ratio) VALUES (%s, %s, %s)\", [1, \"it's 100%\", 0.5]),\n"
               f"                (\"INSERT INTO {aux} (id, label) VALUES (%s, %s)\", (2, 'back\\\\slash')),\n"
               f"                (\"UPDATE {aux} SET label = label || %s WHERE label LIKE 'it%%'\", ['!']),\n"
               f"                \"UPDATE {aux} SET ratio = 1 WHERE label LIKE '%back%'\",\n"
               f"            ],\n"
               f"            reverse_sql=[(\"DELETE FROM {aux} WHERE id IN (%s, %s)\", [1, 2])],\n"
               f"        ),")
        desc = f"RunSQL (sql, params) pairs on {aux}"
    elif variant == "irreversible":
        ops = (f"        migrations.RunSQL(\n"
               f"            \"\"\"\n"
               f"            CREATE TABLE {aux} (id serial PRIMARY KEY);\n"
               f"            -- a comment inside the script\n"
               f"            INSERT INTO {aux} DEFAULT VALUES;\n"
               f"            \"\"\"\n"
               f"        ),")
        desc = f"RunSQL irreversible script {aux}"
    elif variant == "noop":
        ops = (f"        migrations.RunSQL(\"SELECT 1\", reverse_sql=migrations.RunSQL.noop),\n"
               f"        migrations.RunSQL(migrations.RunSQL.noop, reverse_sql=\"SELECT 2\"),")
        desc = "RunSQL with RunSQL.noop"
    elif variant == "multi":
        ops = (f"        migrations.RunSQL(\n"
               f"            sql=\"CREATE TABLE {aux} (id integer); CREATE VIEW {aux}_v AS SELECT id FROM {aux};\",\n"
               f"            reverse_sql=\"DROP VIEW {aux}_v; DROP TABLE {aux};\",\n"
               f"        ),")
        desc = f"RunSQL multi-statement string {aux}"
    else:
        ops = (f"        migrations.RunSQL(\"SELECT 'elidable'\", reverse_sql=\"SELECT 'back'\", elidable=True),")
        desc = "RunSQL elidable"
    g.hand_after.append({"app": app, "name": f"hand_sql_{n}", "operations": ops})
    return f"hand migration {app}: {desc}"


def e_hand_runpython(g):
    p = g.p
    app = g.pick(p.apps)
    n = p.next()
    ms = [m for m in concrete_models(p) if m.app == app]
    body = "    pass"
    if ms:
        m = g.pick(ms)
        body = f"    Model = apps.get_model({m.app!r}, {m.name!r})\n    Model.objects.filter(pk__in=[]).update()"
    code = f"def forwards_{n}(apps, schema_editor):\n{body}\n\n\ndef backwards_{n}(apps, schema_editor):\n    pass"
    variant = g.pick(["reversible", "irreversible", "elidable", "noop_reverse", "mixed"])
    if variant == "reversible":
        ops = f"        migrations.RunPython(forwards_{n}, backwards_{n}),"
    elif variant == "irreversible":
        ops = f"        migrations.RunPython(forwards_{n}),"
    elif variant == "elidable":
        ops = f"        migrations.RunPython(forwards_{n}, migrations.RunPython.noop, elidable=True),"
    elif variant == "noop_reverse":
        ops = f"        migrations.RunPython(migrations.RunPython.noop, backwards_{n}),"
    else:
        ops = (f"        migrations.RunSQL(\"SELECT 1\", \"SELECT 1\"),\n"
               f"        migrations.RunPython(forwards_{n}, backwards_{n}, hints={{'target_db': 'default'}}),\n"
               f"        migrations.RunSQL(\"SELECT 2\", \"SELECT 2\"),")
    g.hand_after.append({"app": app, "name": f"hand_python_{n}", "module_code": code, "operations": ops})
    return f"hand migration {app}: RunPython {variant}"


def e_hand_extension(g):
    p = g.p
    app = g.pick(p.apps)
    n = p.next()
    exts = [("BtreeGinExtension", "btree_gin"), ("HStoreExtension", "hstore"), ("TrigramExtension", "pg_trgm"),
            ("CITextExtension", "citext"), ("UnaccentExtension", "unaccent"), ("CryptoExtension", "pgcrypto"),
            ("BtreeGistExtension", "btree_gist"), ("BloomExtension", "bloom")]
    picked = g.rng.sample(exts, g.pick([1, 2, 3]))
    lines = []
    imports = sorted({c for c, _ in picked})
    for cls, name in picked:
        lines.append(f"        {cls}(),")
        p.extensions.add(name)
        p.ext_by_app.setdefault(app, set()).add(name)
    if g.chance(0.3):
        lines.append("        CreateExtension('fuzzystrmatch'),")
        imports.append("CreateExtension")
    g.hand_after.append({"app": app, "name": f"extensions_{n}",
                         "imports": [f"from django.contrib.postgres.operations import {', '.join(imports)}"],
                         "operations": "\n".join(lines)})
    return f"hand migration {app}: {', '.join(c for c, _ in picked)}"


def e_hand_concurrent(g):
    p = g.p
    with_idx = [(m, ix) for m in concrete_models(p) for ix in m.meta.get("indexes", [])
                if ix["cls"] in ("Index", "GinIndex", "BrinIndex", "HashIndex")]
    if with_idx and g.chance(0.35):
        m, ix = g.pick(sorted(with_idx, key=lambda x: x[1]["name"]))
        m.meta["indexes"].remove(ix)
        if not m.meta["indexes"]:
            del m.meta["indexes"]
        g.transform = "concurrent"
        return f"{m.name} remove index {ix['name']} via RemoveIndexConcurrently (atomic=False)"
    ms = index_models(p)
    if not ms:
        return None
    m = g.pick(ms)
    before_exts = len(g.hand_before)
    ix = new_index(g, m)
    if not ix or len(g.hand_before) != before_exts:
        return None
    m.meta.setdefault("indexes", []).append(ix)
    g.transform = "concurrent"
    return f"{m.name} add {ix['cls']} {ix['name']} via AddIndexConcurrently (atomic=False)"


def e_hand_notvalid(g):
    ms = index_models(g.p)
    if not ms:
        return None
    m = g.pick(ms)
    q = q_for(g, m)
    if q is None:
        return None
    c = {"cls": "CheckConstraint", "name": g.constraint_name(m, "nv"), "condition": q}
    m.meta.setdefault("constraints", []).append(c)
    g.transform = "notvalid"
    if g.chance(0.8):
        g.hand_after.append({"app": m.app, "name": f"validate_{c['name']}",
                             "imports": ["from django.contrib.postgres.operations import ValidateConstraint"],
                             "operations": f"        ValidateConstraint({m.name.lower()!r}, name={c['name']!r}),"})
        return f"{m.name} AddConstraintNotValid {c['name']} + ValidateConstraint"
    return f"{m.name} AddConstraintNotValid {c['name']}"


def e_hand_rename_index_fields(g):
    """RenameIndex(old_fields=...): give the unnamed db_index index of a field a name (Meta.indexes)."""
    p = g.p
    cands = []
    for m in concrete_models(p):
        for f in m.fields:
            if f.is_m2m or f.opts.get("unique") or f.is_pk or f.kind == "OneToOneField":
                continue
            if f.is_fk:
                t = resolve_to(p, m, f.opts["to"])
                tk = "IntegerField" if t is None else p.pk(t)[0]
                if f.opts.get("db_index") is False or f.opts.get("to_field") or kind_cat(tk) != "int":
                    continue
            elif not f.opts.get("db_index") or kind_cat(f.kind) not in ("int", "date", "datetime", "decimal", "uuid", "float"):
                continue
            if any(ix.get("fields") == [f.name] for ix in m.meta.get("indexes", [])):
                continue
            cands.append((m, f))
    if not cands:
        return None
    m, f = g.pick(cands)
    if f.is_fk:
        f.opts["db_index"] = False
    else:
        del f.opts["db_index"]
    name = g.index_name(m, "named")
    m.meta.setdefault("indexes", []).append({"cls": "Index", "name": name, "fields": [f.name]})
    g.transform = {"kind": "rename_index_old_fields", "model": m.name.lower(), "new_name": name, "old_fields": [f.name]}
    return f"{m.name}.{f.name} db_index index renamed to {name} via RenameIndex(old_fields=...)"


def e_hand_sdas(g):
    sub = g.weighted([("add_field", 3), ("alter_field", 2), ("add_index", 1), ("remove_field", 1)])
    fn = {"add_field": e_add_field, "alter_field": e_alter_field, "add_index": e_add_index, "remove_field": e_remove_field}[sub]
    before_exts = len(g.hand_before)
    d = fn(g)
    if d is None or len(g.hand_before) != before_exts:
        return None
    g.transform = g.weighted([("sdas_same", 2), ("sdas_runsql", 2), ("runsql_state", 1)])
    g.interactive = True
    return f"{d} wrapped as {g.transform}"


# ---------------------------------------------------------------------------------------------------------------

MODEL_EDITS = {
    "create_model": e_create_model,
    "create_family": e_create_family,
    "delete_model": e_delete_model,
    "add_field": e_add_field,
    "add_relation": e_add_relation,
    "remove_field": e_remove_field,
    "rename_field": e_rename_field,
    "rename_model": e_rename_model,
    "alter_field": e_alter_field,
    "alter_relation": e_alter_relation,
    "pk_type": e_pk_type,
    "meta_table": e_meta_table,
    "meta_comment": e_meta_comment,
    "unique_together": e_unique_together,
    "add_index": e_add_index,
    "remove_index": e_remove_index,
    "rename_index": e_rename_index,
    "add_constraint": e_add_constraint,
    "remove_constraint": e_remove_constraint,
    "alter_constraint": e_alter_constraint,
    "order_wrt": e_order_wrt,
    "meta_noop": e_meta_noop,
}
HAND_EDITS = {
    "hand_runsql": e_hand_runsql,
    "hand_runpython": e_hand_runpython,
    "hand_extension": e_hand_extension,
    "hand_concurrent": e_hand_concurrent,
    "hand_notvalid": e_hand_notvalid,
    "hand_sdas": e_hand_sdas,
    "hand_rename_index_fields": e_hand_rename_index_fields,
}


def weights(p):
    n = len([m for m in p.models.values() if not m.abstract])
    w = {
        "create_model": 12 if n < 6 else 5 if n < 12 else 1,
        "create_family": 2 if n >= 2 else 0,
        "delete_model": 0 if n < 5 else 1.5 if n < 12 else 4,
        "add_field": 14, "add_relation": 7, "remove_field": 5, "rename_field": 4, "rename_model": 2,
        "alter_field": 18, "alter_relation": 6, "pk_type": 1.2, "meta_table": 2.5, "meta_comment": 1.5,
        "unique_together": 2, "add_index": 8, "remove_index": 2, "rename_index": 1.5, "add_constraint": 8,
        "remove_constraint": 2, "alter_constraint": 1, "order_wrt": 3, "meta_noop": 1.5,
        "hand_runsql": 4, "hand_runpython": 2.5, "hand_extension": 1.5, "hand_concurrent": 3, "hand_notvalid": 2.5,
        "hand_sdas": 3, "hand_rename_index_fields": 1,
        "multi": 12,
    }
    return w


MULTI_KINDS = ["create_model", "add_field", "add_relation", "remove_field", "rename_field", "alter_field",
               "alter_relation", "add_index", "add_constraint", "meta_table", "unique_together", "remove_index",
               "remove_constraint", "delete_model", "meta_comment", "rename_model", "pk_type"]


def run_edit(g, kind):
    """Applies edit `kind` to g.p. Returns a description or None."""
    if kind == "multi":
        descs = []
        for _ in range(g.pick([2, 2, 3, 4])):
            sub = g.pick(MULTI_KINDS)
            d = MODEL_EDITS[sub](g)
            if d:
                descs.append(d)
        if len(descs) < 2:
            return None
        return "multi: " + " | ".join(descs)
    fn = MODEL_EDITS.get(kind) or HAND_EDITS[kind]
    return fn(g)
