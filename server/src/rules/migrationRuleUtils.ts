// Helpers shared by migration rules: which statements touch tables that already hold data,
// and how to describe locks in one sentence.
import { AnalyzedStatement, MigrationAnalysis } from '../engine/migrationAnalysis';
import { Fact, NameRef } from '../sql/index';
import { Operation } from '../django/operations';

/** A fact on a table that existed before this migration (new tables are empty: no lock concern). */
export function onExistingTable(statement: AnalyzedStatement, table: NameRef | undefined): boolean {
  return !!table && !statement.createdEarlier.has(table.name);
}

export function factsOfKind<K extends Fact['kind']>(analysis: MigrationAnalysis, kind: K): Array<{ statement: AnalyzedStatement; fact: Extract<Fact, { kind: K }> }> {
  const out: Array<{ statement: AnalyzedStatement; fact: Extract<Fact, { kind: K }> }> = [];
  for (const statement of analysis.statements) for (const fact of statement.facts) if (fact.kind === kind) out.push({ statement, fact: fact as Extract<Fact, { kind: K }> });
  return out;
}

/** Reports once per operation and rule: several statements of one operation give one diagnostic. */
export class OncePerOperation {
  private readonly seen = new Set<string>();
  first(statement: AnalyzedStatement, extra = ''): boolean {
    const key = `${statement.opIndex}:${statement.origin === 'runsql' ? statement.span.start : ''}:${extra}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

export function lockSentence(lock: string): string {
  switch (lock) {
    case 'ACCESS EXCLUSIVE':
      return 'an ACCESS EXCLUSIVE lock (blocks reads and writes)';
    case 'EXCLUSIVE':
      return 'an EXCLUSIVE lock (blocks writes)';
    case 'SHARE ROW EXCLUSIVE':
      return 'a SHARE ROW EXCLUSIVE lock (blocks writes)';
    case 'SHARE':
      return 'a SHARE lock (blocks writes)';
    case 'SHARE UPDATE EXCLUSIVE':
      return 'a SHARE UPDATE EXCLUSIVE lock (blocks schema changes, not reads or writes)';
    default:
      return `a ${lock} lock`;
  }
}

/** Operations in the migration other than the given ones (to decide whether a fix can rewrite in place). */
export function otherOperations(operations: Operation[], ...mine: Operation[]): Operation[] {
  return operations.filter((o) => !mine.includes(o));
}
