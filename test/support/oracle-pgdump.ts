// Converts `pg_dump --schema-only` text (such as test/fixtures/oracle/final-schema.sql) into the line format of
// schemaSnapshot() in oracle.ts, so that a live database can be compared with a stored dump.
// It understands what pg_dump writes for Django schemas: CREATE TABLE (columns and inline CHECK constraints),
// ALTER TABLE … ADD GENERATED … AS IDENTITY, ALTER TABLE ONLY … ADD CONSTRAINT, CREATE [UNIQUE] INDEX,
// COMMENT ON TABLE/COLUMN. Anything else is returned in `unsupported` so that callers notice.

export interface PgDumpSnapshot {
  /** Sorted snapshot text, one object per line, as schemaSnapshot() writes it. */
  snapshot: string;
  /** Statements the converter did not understand (first 120 characters each). */
  unsupported: string[];
}

/** "public.foo" / public."foo" / "foo" → foo; other schemas keep their prefix (schema.name). */
function relName(qualified: string): string {
  const parts = splitQualified(qualified);
  if (parts.length === 2 && parts[0] === 'public') return parts[1]!;
  return parts.join('.');
}

function splitQualified(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^."]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.trim())) !== null) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return out;
}

function unquoteIdent(s: string): string {
  return s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}

function unquoteLiteral(s: string): string {
  const m = /^E?'((?:[^']|'')*)'$/s.exec(s.trim());
  return m ? m[1]!.replace(/''/g, "'") : s;
}

/** Splits SQL text into statements at top-level semicolons (quotes and parentheses respected). */
function statements(sql: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    cur += c;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ';' && depth === 0) {
      out.push(cur.slice(0, -1).trim());
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur.trim());
  // Drop comment-only lines (pg_dump headers) and SET/SELECT preamble.
  return out
    .map((s) => s.split('\n').filter((l) => !l.startsWith('--')).join('\n').trim())
    .filter((s) => s !== '' && !/^(SET|SELECT pg_catalog\.set_config)\b/.test(s));
}

/** Splits a CREATE TABLE body at top-level commas. */
function topLevelItems(body: string): string[] {
  const items: string[] = [];
  let cur = '';
  let depth = 0;
  let quote: string | null = null;
  for (const c of body) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      items.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) items.push(cur.trim());
  return items;
}

export function pgDumpToSnapshot(sql: string, opts: { exclude?: string[] } = {}): PgDumpSnapshot {
  const exclude = new Set(opts.exclude ?? ['django_migrations']);
  const lines: string[] = [];
  const unsupported: string[] = [];
  const columns = new Map<string, string>(); // "table.col" → column line (identity is added later)

  for (const stmt of statements(sql)) {
    const flat = stmt.replace(/\s+/g, ' ');
    let m: RegExpExecArray | null;
    if ((m = /^CREATE TABLE (\S+) \((.*)\)$/s.exec(stmt))) {
      const table = relName(m[1]!);
      if (exclude.has(table)) continue;
      lines.push(`table ${table}`);
      for (const item of topLevelItems(m[2]!)) {
        const one = item.replace(/\s+/g, ' ');
        const con = /^CONSTRAINT ("(?:[^"]|"")*"|\S+) (.*)$/.exec(one);
        if (con) {
          lines.push(`constraint ${table}.${unquoteIdent(con[1]!)}: ${con[2]}`);
          continue;
        }
        const col = /^("(?:[^"]|"")*"|\S+) (.*)$/.exec(one);
        if (!col) {
          unsupported.push(one.slice(0, 120));
          continue;
        }
        columns.set(`${table}.${unquoteIdent(col[1]!)}`, `${col[2]}`);
      }
    } else if ((m = /^ALTER TABLE (?:ONLY )?(\S+) ALTER COLUMN ("(?:[^"]|"")*"|\S+) ADD GENERATED (ALWAYS|BY DEFAULT) AS IDENTITY\b/.exec(flat))) {
      const key = `${relName(m[1]!)}.${unquoteIdent(m[2]!)}`;
      if (exclude.has(relName(m[1]!))) continue;
      const def = columns.get(key);
      if (def === undefined) unsupported.push(flat.slice(0, 120));
      else columns.set(key, `${def} GENERATED ${m[3]} AS IDENTITY`);
    } else if ((m = /^ALTER TABLE (?:ONLY )?(\S+) ADD CONSTRAINT ("(?:[^"]|"")*"|\S+) (.*)$/.exec(flat))) {
      const table = relName(m[1]!);
      if (!exclude.has(table)) lines.push(`constraint ${table}.${unquoteIdent(m[2]!)}: ${m[3]}`);
    } else if ((m = /^CREATE (?:UNIQUE )?INDEX ("(?:[^"]|"")*"|\S+) ON (?:ONLY )?(\S+) /.exec(flat))) {
      const table = relName(m[2]!);
      if (!exclude.has(table)) lines.push(`index ${table}.${unquoteIdent(m[1]!)}: ${flat}`);
    } else if ((m = /^COMMENT ON TABLE (\S+) IS (.*)$/s.exec(flat))) {
      const table = relName(m[1]!);
      if (!exclude.has(table)) lines.push(`comment on table ${table}: ${unquoteLiteral(m[2]!)}`);
    } else if ((m = /^COMMENT ON COLUMN (\S+) IS (.*)$/s.exec(flat))) {
      const parts = splitQualified(m[1]!);
      const col = parts.pop()!;
      const table = relName(parts.map((p) => `"${p.replace(/"/g, '""')}"`).join('.'));
      if (!exclude.has(table)) lines.push(`comment on column ${table}.${col}: ${unquoteLiteral(m[2]!)}`);
    } else {
      unsupported.push(flat.slice(0, 120));
    }
  }
  for (const [key, def] of columns) lines.push(`column ${key}: ${def}`);
  const sorted = [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { snapshot: sorted.join('\n') + '\n', unsupported };
}
