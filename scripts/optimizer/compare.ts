// Development tool: compares our optimizer/writer with real Django on random migrations.
//   node --import tsx scripts/optimizer/compare.ts [--count N] [--seed S] [--mode optimize|write] [--version 5.2|6.1] [--show K]
import { available, getDjango, isSkip } from '../../test/support/oracle';
import { Oracle, Version, ours, outcome, ready } from '../../test/optimizer/harness';
import { optimizerCase, writerCase } from '../../test/optimizer/gen';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** The differing region of two texts, with a little context. */
function lineDiff(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const ctx = (lines: string[], from: number, to: number): string => lines.slice(Math.max(0, from), to).join('\n');
  return `${ctx(x, i - 3, i)}\n<<<< django\n${ctx(x, i, x.length - j)}\n==== ours\n${ctx(y, i, y.length - j)}\n>>>>`;
}

async function main(): Promise<void> {
  await ready();
  const count = Number(arg('count', '200'));
  const seed0 = Number(arg('seed', '1'));
  const mode = arg('mode', 'optimize');
  const versions = (arg('version', '5.2,6.1').split(',') as Version[]);
  const show = Number(arg('show', '3'));
  void available;
  for (const version of versions) {
    const django = getDjango(version);
    if (isSkip(django)) throw new Error(django.skip);
    const oracle = new Oracle(django);
    let agree = 0;
    let shown = 0;
    const started = Date.now();
    const jobs: Array<Promise<void>> = [];
    for (let i = 0; i < count; i++) {
      const seed = seed0 + i;
      const source = mode === 'write' ? writerCase(seed) : optimizerCase(seed);
      jobs.push(
        oracle.run(source, mode === 'optimize').then((theirs) => {
          const mine = ours(source, version, mode === 'optimize');
          if (outcome(mine) === outcome(theirs) && (!mine.ok || mine.passes === theirs.passes)) agree++;
          else if (shown++ < show) {
            const full = process.argv.includes('--full');
            console.log(`==== seed ${seed} (${version}, ${mode})`);
            if (full) console.log(`${source}\n---- django\n${theirs.ok ? theirs.text : theirs.error}\n---- ours\n${mine.ok ? mine.text : mine.error}`);
            else console.log(lineDiff(theirs.ok ? theirs.text! : `ERROR ${theirs.error}`, mine.ok ? mine.text! : `ERROR ${mine.error}`));
          }
        }),
      );
    }
    await Promise.all(jobs);
    oracle.close();
    console.log(`${version} ${mode}: ${agree}/${count} agree (${Date.now() - started} ms)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
