// The committed corpus of Django answers (see scripts/optimizer/update-fixtures.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CaseResult } from './harness';

export const FIXTURE_FILE = path.join(__dirname, 'fixtures', 'cases.json');

export interface FixtureCase {
  id: string;
  mode: 'optimize' | 'write';
  source: string;
  /** Keyed by Django version ('5.2', '6.1'), or `both` when the versions agree. */
  expected: Record<string, CaseResult>;
}

export interface FixtureFile {
  comment: string;
  django: Record<string, string>;
  cases: FixtureCase[];
}

export function loadFixtures(): FixtureFile {
  const file = JSON.parse(fs.readFileSync(FIXTURE_FILE, 'utf8')) as FixtureFile;
  for (const c of file.cases) {
    if (c.expected.both) c.expected = { '5.2': c.expected.both, '6.1': c.expected.both };
  }
  return file;
}
