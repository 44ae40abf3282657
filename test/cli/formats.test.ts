// `check` output formats and exit codes: json fields, SARIF 2.1.0 structure, GitHub workflow annotations;
// exit 0 (nothing at warning or error), 1 (problems), 2 (bad usage or unreadable path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASE_PROJECT, migration, runCli, tempDir, writeFiles } from './support';
import { formatFindings } from '../../server/src/cli/format';
import { Finding } from '../../server/src/engine/types';

// One error (drop-database), one warning (truncate-cascade), one info (irreversible-data-migration).
const FLAGGED: Record<string, string> = {
  ...BASE_PROJECT,
  'shop/migrations/0002_truncate.py': migration('0001_initial', `migrations.RunSQL('TRUNCATE shop_order CASCADE;')`),
  'shop/migrations/0003_drop.py': migration('0002_truncate', `migrations.RunSQL('DROP DATABASE legacy;', migrations.RunSQL.noop)`, false),
};

function project(t: { after(fn: () => void): void }, files: Record<string, string>): string {
  const dir = tempDir('formats');
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeFiles(dir, files);
  return dir;
}

interface JsonFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  fixable: boolean;
}

test('--format json: one object per finding with its location, rule, severity, message and fixability', (t) => {
  const dir = project(t, FLAGGED);
  const run = runCli(['check', '--format', 'json'], dir);
  assert.equal(run.status, 1, run.stderr);
  const findings = JSON.parse(run.stdout) as JsonFinding[];
  const keys = ['path', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'fixable'];
  for (const f of findings) assert.deepEqual(Object.keys(f).sort(), [...keys].sort());
  const byRule = new Map(findings.map((f) => [f.rule, f]));
  assert.deepEqual([...byRule.keys()].sort(), ['drop-database', 'irreversible-data-migration', 'truncate-cascade']);
  const truncate = byRule.get('truncate-cascade')!;
  assert.equal(truncate.path, 'shop/migrations/0002_truncate.py');
  assert.equal(truncate.severity, 'warning');
  assert.equal(truncate.fixable, false);
  // 1-based position of the SQL inside the string: line 8, after `migrations.RunSQL('`.
  const line = FLAGGED['shop/migrations/0002_truncate.py'].split('\n')[truncate.line - 1];
  assert.equal(line.slice(truncate.column - 1, truncate.endColumn - 1), 'TRUNCATE shop_order CASCADE');
  assert.equal(byRule.get('drop-database')!.severity, 'error');
  const info = byRule.get('irreversible-data-migration')!;
  assert.equal(info.severity, 'info');
  assert.equal(info.fixable, true);
});

test('--format sarif: a valid SARIF 2.1.0 log', (t) => {
  const dir = project(t, FLAGGED);
  const run = runCli(['check', '--format', 'sarif'], dir);
  assert.equal(run.status, 1, run.stderr);
  const log = JSON.parse(run.stdout) as unknown;
  assert.deepEqual(validateSarif(log), []);
  const results = (log as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> }).runs[0].results;
  assert.deepEqual(results.map((r) => `${r.ruleId}:${r.level}`).sort(), ['drop-database:error', 'irreversible-data-migration:note', 'truncate-cascade:warning']);
});

test('--format github: one workflow command per finding', (t) => {
  const dir = project(t, FLAGGED);
  const run = runCli(['check', '--format', 'github'], dir);
  assert.equal(run.status, 1, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  const command = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:,]+)::(.+)$/;
  const parsed = lines.map((l) => {
    const m = command.exec(l);
    assert.ok(m, `not a workflow command: ${l}`);
    return { level: m[1], file: m[2], title: m[7], message: m[8] };
  });
  assert.deepEqual(parsed.map((p) => `${p.level} ${p.title}`).sort(), [
    'error schema-guard drop-database',
    'notice schema-guard irreversible-data-migration',
    'warning schema-guard truncate-cascade',
  ]);
  assert.ok(parsed.every((p) => fs.existsSync(path.join(dir, p.file))));
});

test('github annotations escape data and properties', () => {
  const finding: Finding = { rule: 'drop-database', file: '/p/a,b:c.py', start: 0, end: 1, message: '100% sure\nreally', severity: 'error', fixes: [] };
  const out = formatFindings([finding], 'github', '/p', () => 'x\n');
  assert.equal(out, '::error file=a%2Cb%3Ac.py,line=1,col=1,endLine=1,endColumn=2,title=schema-guard drop-database::100%25 sure%0Areally');
});

test('exit codes: 0 without warnings or errors, 1 with them, 2 for bad usage', (t) => {
  const clean = project(t, { ...BASE_PROJECT, 'shop/migrations/0002_data.py': migration('0001_initial', `migrations.RunSQL("UPDATE shop_order SET reference = '' WHERE id < 0;")`) });
  // Only an info finding (no reverse_sql): still exit 0.
  const info = runCli(['check', '--format', 'json'], clean);
  assert.equal(info.status, 0, info.stderr);
  assert.deepEqual((JSON.parse(info.stdout) as JsonFinding[]).map((f) => f.severity), ['info']);
  assert.equal(runCli(['check', '--format', 'json'], project(t, FLAGGED)).status, 1);
  assert.equal(runCli(['check', '--format', 'xml'], clean).status, 2);
  const missing = runCli(['check', 'no/such/dir'], clean);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read no\/such\/dir/);
  assert.equal(runCli(['frobnicate'], clean).status, 2);
});

// ---------------------------------------------------------------------------------------------------------------
// A structural validator for the parts of SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) that the CLI writes: required
// properties, types, enums and cross-references. Unknown properties are reported too, to catch misspellings.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function validateSarif(log: unknown): string[] {
  const errors: string[] = [];
  const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const object = (v: unknown, where: string, required: string[], allowed: string[]): v is Record<string, Json> => {
    if (!isObject(v)) {
      errors.push(`${where}: expected an object`);
      return false;
    }
    for (const k of required) if (!(k in v)) errors.push(`${where}: missing required property "${k}"`);
    for (const k of Object.keys(v)) if (![...required, ...allowed, 'properties'].includes(k)) errors.push(`${where}: unknown property "${k}"`);
    return true;
  };
  const string = (v: unknown, where: string) => typeof v === 'string' || errors.push(`${where}: expected a string`);
  const uri = (v: unknown, where: string, absolute: boolean) => {
    if (typeof v !== 'string') return errors.push(`${where}: expected a URI string`);
    if (absolute ? !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v) : /[\s\\]/.test(v) || /^[a-z]:/i.test(v)) errors.push(`${where}: not a valid ${absolute ? 'absolute URI' : 'URI reference'}: ${v}`);
    return true;
  };
  const integer = (v: unknown, where: string, min: number) => (Number.isInteger(v) && (v as number) >= min) || errors.push(`${where}: expected an integer >= ${min}`);
  const level = (v: unknown, where: string) => ['none', 'note', 'warning', 'error'].includes(v as string) || errors.push(`${where}: level must be none, note, warning or error`);
  const message = (v: unknown, where: string) => {
    if (!object(v, where, [], ['text', 'markdown', 'id', 'arguments'])) return;
    if (!('text' in v) && !('id' in v)) errors.push(`${where}: a message needs text or id`);
    if ('text' in v) string(v.text, `${where}.text`);
  };

  if (!object(log, 'sarifLog', ['version', 'runs'], ['$schema', 'inlineExternalProperties'])) return errors;
  if (log.version !== '2.1.0') errors.push('sarifLog.version must be "2.1.0"');
  if ('$schema' in log) uri(log.$schema, 'sarifLog.$schema', true);
  if (!Array.isArray(log.runs)) return [...errors, 'sarifLog.runs: expected an array'];
  log.runs.forEach((run, r) => {
    const at = `runs[${r}]`;
    if (!object(run, at, ['tool'], ['results', 'artifacts', 'invocations', 'originalUriBaseIds', 'columnKind'])) return;
    if (!object(run.tool, `${at}.tool`, ['driver'], ['extensions'])) return;
    const driver = run.tool.driver;
    if (!object(driver, `${at}.tool.driver`, ['name'], ['version', 'semanticVersion', 'informationUri', 'rules', 'organization', 'fullName'])) return;
    string(driver.name, `${at}.tool.driver.name`);
    if ('version' in driver) string(driver.version, `${at}.tool.driver.version`);
    if ('informationUri' in driver) uri(driver.informationUri, `${at}.tool.driver.informationUri`, true);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      const rat = `${at}.tool.driver.rules[${i}]`;
      if (!object(rule, rat, ['id'], ['name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration'])) return;
      string(rule.id, `${rat}.id`);
      if (ids.has(rule.id as string)) errors.push(`${rat}: duplicate rule id ${rule.id}`);
      ids.add(rule.id as string);
      for (const d of ['shortDescription', 'fullDescription'] as const) {
        if (d in rule && object(rule[d], `${rat}.${d}`, ['text'], ['markdown'])) string((rule[d] as Record<string, Json>).text, `${rat}.${d}.text`);
      }
      if ('helpUri' in rule) uri(rule.helpUri, `${rat}.helpUri`, true);
      if ('defaultConfiguration' in rule && object(rule.defaultConfiguration, `${rat}.defaultConfiguration`, [], ['level', 'enabled', 'rank'])) {
        if ('level' in rule.defaultConfiguration) level(rule.defaultConfiguration.level, `${rat}.defaultConfiguration.level`);
      }
    });
    if (!Array.isArray(run.results)) return void errors.push(`${at}.results: expected an array`);
    run.results.forEach((result, i) => {
      const res = `${at}.results[${i}]`;
      if (!object(result, res, ['message'], ['ruleId', 'ruleIndex', 'rule', 'level', 'kind', 'locations', 'fixes', 'relatedLocations'])) return;
      message(result.message, `${res}.message`);
      if ('ruleId' in result) string(result.ruleId, `${res}.ruleId`);
      if ('level' in result) level(result.level, `${res}.level`);
      if ('ruleIndex' in result) {
        integer(result.ruleIndex, `${res}.ruleIndex`, -1);
        const rule = rules[result.ruleIndex as number] as Record<string, Json> | undefined;
        if ((result.ruleIndex as number) >= 0 && rule?.id !== result.ruleId) errors.push(`${res}.ruleIndex does not point at rule ${result.ruleId}`);
      }
      if (!Array.isArray(result.locations)) return;
      result.locations.forEach((location, j) => {
        const lat = `${res}.locations[${j}]`;
        if (!object(location, lat, [], ['id', 'physicalLocation', 'logicalLocations', 'message'])) return;
        const physical = location.physicalLocation;
        if (!object(physical, `${lat}.physicalLocation`, ['artifactLocation'], ['region', 'contextRegion', 'address'])) return;
        if (object(physical.artifactLocation, `${lat}.physicalLocation.artifactLocation`, ['uri'], ['uriBaseId', 'index'])) {
          uri(physical.artifactLocation.uri, `${lat}.physicalLocation.artifactLocation.uri`, false);
        }
        const region = physical.region;
        if (!object(region, `${lat}.physicalLocation.region`, ['startLine'], ['startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'snippet'])) return;
        integer(region.startLine, `${lat}.region.startLine`, 1);
        for (const k of ['startColumn', 'endLine', 'endColumn'] as const) if (k in region) integer(region[k], `${lat}.region.${k}`, 1);
        const endLine = (region.endLine as number | undefined) ?? (region.startLine as number);
        if (endLine < (region.startLine as number)) errors.push(`${lat}.region: endLine before startLine`);
        if (endLine === region.startLine && 'endColumn' in region && 'startColumn' in region && (region.endColumn as number) < (region.startColumn as number)) {
          errors.push(`${lat}.region: endColumn before startColumn`);
        }
      });
    });
  });
  return errors;
}

test('the SARIF validator rejects broken logs', () => {
  assert.ok(validateSarif({ version: '2.0.0', runs: [] }).some((e) => /2\.1\.0/.test(e)));
  assert.ok(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }).some((e) => /"name"/.test(e)));
  const broken = {
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'a' }] } }, results: [{ ruleId: 'b', ruleIndex: 0, level: 'info', message: {}, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' }, region: { startLine: 0 } } }] }] }],
  };
  const errors = validateSarif(broken);
  for (const expected of [/ruleIndex does not point/, /level must be/, /needs text or id/, /not a valid URI reference/, /startLine: expected an integer >= 1/]) {
    assert.ok(errors.some((e) => expected.test(e)), `${expected} not in ${errors.join('; ')}`);
  }
});
