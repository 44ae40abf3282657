// One configuration for the editor, the CLI and CI: `[tool.schema-guard]` in pyproject.toml,
// optionally overridden by editor settings. This module is the single source of truth for the
// settings schema (package.json's contributes.configuration is generated from it).
import { parse as parseToml } from 'smol-toml';
import { Value } from '../python/values';
import { FieldTypeMapping } from '../django/fieldResolver';
import { Severity } from '../engine/types';

export interface RuleSetting {
  severity?: Severity;
  options: Record<string, unknown>;
}

export interface Config {
  postgresVersion: number;
  djangoVersion: { major: number; minor: number } | undefined;
  rules: Record<string, RuleSetting>;
  exclude: string[];
  fieldTypes: Record<string, FieldTypeMapping>;
  /** app label -> migration name: only migrations after it are linted (they are already applied everywhere). */
  lintAfter: Record<string, string>;
  requireSuppressionReason: boolean;
  manifest: 'auto' | 'per-app' | 'project' | 'off';
  manifestFile: string;
  squashThreshold: number;
  /** Problems found while reading the configuration, reported to the user. */
  problems: string[];
  source: string | undefined;
}

export function defaultConfig(): Config {
  return {
    postgresVersion: 16,
    djangoVersion: undefined,
    rules: {},
    exclude: [],
    fieldTypes: {},
    lintAfter: {},
    requireSuppressionReason: true,
    manifest: 'auto',
    manifestFile: 'migrations.lock',
    squashThreshold: 50,
    problems: [],
    source: undefined,
  };
}

/** The settings schema: key, type, default and description. Editor settings use `schemaGuard.<key>`. */
export const SETTINGS_SCHEMA: Array<{ key: string; toml: string; type: string; default: unknown; description: string; enum?: string[] }> = [
  { key: 'postgresVersion', toml: 'postgres-version', type: 'number', default: 16, description: 'PostgreSQL major version the migrations run on (11–18). Lock levels and rewrites depend on it.' },
  { key: 'djangoVersion', toml: 'django-version', type: 'string', default: '', description: 'Django version (e.g. "5.2"); empty means detected from requirements / pyproject / lock files, else the newest supported.' },
  { key: 'exclude', toml: 'exclude', type: 'array', default: [], description: 'Glob patterns (relative to the project root) of files not to analyse.' },
  { key: 'requireSuppressionReason', toml: 'require-suppression-reason', type: 'boolean', default: true, description: 'Require a reason after `# schema-guard: ignore[rule-id]`.' },
  { key: 'manifest', toml: 'manifest', type: 'string', default: 'auto', enum: ['auto', 'per-app', 'project', 'off'], description: 'Migration manifest style: per-app max_migration.txt files, one project-wide file, or off. `auto` follows the manifests that exist.' },
  { key: 'manifestFile', toml: 'manifest-file', type: 'string', default: 'migrations.lock', description: 'Project-wide manifest file name (relative to the project root).' },
  { key: 'squashThreshold', toml: 'squash-threshold', type: 'number', default: 50, description: 'Number of migrations in an app above which squashing is suggested.' },
];

function kebabToCamel(s: string): string {
  return s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function toValue(v: unknown): Value {
  if (typeof v === 'string') return { t: 'str', v };
  if (typeof v === 'number') return Number.isInteger(v) ? { t: 'int', v } : { t: 'float', v, text: String(v) };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (Array.isArray(v)) return { t: 'list', items: v.map(toValue) };
  return { t: 'none' };
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Reads `[tool.schema-guard]` from pyproject.toml text. */
export function configFromPyproject(text: string, source: string): Config {
  const config = defaultConfig();
  config.source = source;
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    config.problems.push(`${source}: cannot parse TOML (${(error as Error).message})`);
    return config;
  }
  const tool = (data.tool as Record<string, unknown> | undefined)?.['schema-guard'] as Record<string, unknown> | undefined;
  if (!tool) return config;
  return applyConfigObject(config, tool, source);
}

/** Applies a plain object (from TOML or editor settings) onto a config. Keys may be kebab- or camel-case. */
export function applyConfigObject(config: Config, raw: Record<string, unknown>, source: string): Config {
  const get = (key: string): unknown => raw[key] ?? raw[kebabToCamel(key)];
  const pg = get('postgres-version');
  if (pg !== undefined && pg !== '' && pg !== null) {
    const n = Number(pg);
    if (Number.isFinite(n) && n >= 9 && n <= 30) config.postgresVersion = Math.floor(n);
    else config.problems.push(`${source}: postgres-version must be a number such as 16`);
  }
  const dj = get('django-version');
  if (typeof dj === 'string' && dj.trim()) {
    const m = /^(\d+)\.(\d+)/.exec(dj.trim());
    if (m) config.djangoVersion = { major: Number(m[1]), minor: Number(m[2]) };
    else config.problems.push(`${source}: django-version must look like "5.2"`);
  } else if (typeof dj === 'number') {
    config.djangoVersion = { major: Math.floor(dj), minor: Math.round((dj % 1) * 10) };
  }
  const exclude = get('exclude');
  if (Array.isArray(exclude)) config.exclude = exclude.filter((e): e is string => typeof e === 'string');
  const reason = get('require-suppression-reason');
  if (typeof reason === 'boolean') config.requireSuppressionReason = reason;
  const manifest = get('manifest');
  if (typeof manifest === 'string' && ['auto', 'per-app', 'project', 'off'].includes(manifest)) config.manifest = manifest as Config['manifest'];
  const manifestFile = get('manifest-file');
  if (typeof manifestFile === 'string' && manifestFile) config.manifestFile = manifestFile;
  const threshold = get('squash-threshold');
  if (typeof threshold === 'number') config.squashThreshold = threshold;
  const rules = get('rules');
  if (rules && typeof rules === 'object') {
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      const rule: RuleSetting = config.rules[id] ?? { options: {} };
      if (typeof setting === 'string') {
        if (SEVERITIES.has(setting)) rule.severity = setting as Severity;
        else config.problems.push(`${source}: rules.${id} must be off, info, warning or error`);
      } else if (setting && typeof setting === 'object') {
        for (const [k, v] of Object.entries(setting as Record<string, unknown>)) {
          if (k === 'severity') {
            if (typeof v === 'string' && SEVERITIES.has(v)) rule.severity = v as Severity;
            else config.problems.push(`${source}: rules.${id}.severity must be off, info, warning or error`);
          } else rule.options[kebabToCamel(k)] = v;
        }
      }
      config.rules[id] = rule;
    }
  }
  const fieldTypes = get('field-types');
  if (fieldTypes && typeof fieldTypes === 'object') {
    for (const [cls, mapping] of Object.entries(fieldTypes as Record<string, unknown>)) {
      if (typeof mapping === 'string') config.fieldTypes[cls] = { base: mapping };
      else if (mapping && typeof mapping === 'object') {
        const m = mapping as Record<string, unknown>;
        const base = typeof m.base === 'string' ? m.base : undefined;
        if (!base) {
          config.problems.push(`${source}: field-types."${cls}" needs a base = "django.db.models.X"`);
          continue;
        }
        const defaults: Record<string, Value> = {};
        for (const [k, v] of Object.entries(m)) if (k !== 'base' && k !== 'db-type' && k !== 'dbType') defaults[k.replace(/-/g, '_')] = toValue(v);
        const dbType = typeof m['db-type'] === 'string' ? (m['db-type'] as string) : typeof m.dbType === 'string' ? (m.dbType as string) : undefined;
        config.fieldTypes[cls] = { base, defaults, dbType };
      }
    }
  }
  const lintAfter = get('lint-after');
  if (lintAfter && typeof lintAfter === 'object') {
    for (const [app, name] of Object.entries(lintAfter as Record<string, unknown>)) if (typeof name === 'string') config.lintAfter[app] = name;
  }
  return config;
}

/** Minimal glob matching for exclude patterns: `*`, `**`, `?`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
