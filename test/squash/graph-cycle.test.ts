// A history with a dependency cycle (what Django's squashmigrations writes when an app's squash depends on
// another app that depends on the app's first migration) must load with a cycle problem, not loop: the plan's
// depth-first walk used to push the same nodes forever and run out of memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MigrationGraph, keyLabel } from '../../server/src/django/graph';

const m = (app: string, name: string, deps: Array<[string, string]>, replaces: Array<[string, string]> = []) => ({
  app,
  name,
  dependencies: deps.map(([a, n]) => ({ app: a, name: n })),
  runBefore: [],
  replaces: replaces.map(([a, n]) => ({ app: a, name: n })),
});

test('a squash that closes a dependency cycle gives a cycle problem and a finite plan', () => {
  const graph = MigrationGraph.build([
    m('shop', '0001_initial', []),
    m('shop', '0002_link', [['shop', '0001_initial'], ['crm', '0001_initial']]),
    m('crm', '0001_initial', []),
    m('crm', '0002_payment', [['crm', '0001_initial'], ['shop', '0002_link']]),
    // Django's squash of crm: replaces crm.0001, so shop.0002 now depends on it, and it depends on shop.0002.
    m('crm', '0001_squashed_0002_payment', [['shop', '0002_link']], [['crm', '0001_initial'], ['crm', '0002_payment']]),
  ]);
  assert.match(graph.problems.map((p) => p.message).join('\n'), /Circular dependency between migrations: crm\.0001_squashed_0002_payment, shop\.0002_link/);
  const plan = graph.fullPlan();
  assert.equal(new Set(plan).size, plan.length);
  assert.deepEqual(plan.map(keyLabel).sort(), ['crm.0001_squashed_0002_payment', 'shop.0001_initial', 'shop.0002_link']);
});
