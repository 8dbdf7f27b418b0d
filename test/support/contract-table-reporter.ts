// Prints the coverage table (operation × client × mock) after every run, from the results of the tests
// themselves: each contract test tags itself with `task.meta.contract = { operationId, side, label }`.
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { operationIds } from './spec.js';

/**
 * Skipped cases never run, so they cannot tag themselves: they are attributed by their file
 * (`client/…contract.test.ts` or `mock/…contract.test.ts`) and their suite, named `<operationId> (…)`.
 */
function fromNames(moduleId: string, test: TestCase): { operationId: string; side: string } | undefined {
  const side = /[\\/](client|mock)[\\/][^\\/]*contract\.test\.ts$/.exec(moduleId)?.[1];
  const suite = test.parent.type === 'suite' ? test.parent.name : undefined;
  const operationId = suite?.split(' ')[0];
  return side && operationId && operationIds.includes(operationId) ? { operationId, side } : undefined;
}

interface Cell { pass: number; fail: number; skip: number }

export default class ContractTableReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const cells = new Map<string, Cell>();
    let tagged = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const meta = (test.meta() as { contract?: { operationId: string; side: string } }).contract ?? fromNames(mod.moduleId, test);
        if (!meta) continue;
        tagged++;
        const key = `${meta.operationId}\u0000${meta.side}`;
        const cell = cells.get(key) ?? { pass: 0, fail: 0, skip: 0 };
        const state = test.result().state;
        if (state === 'passed') cell.pass++;
        else if (state === 'failed') cell.fail++;
        else cell.skip++;
        cells.set(key, cell);
      }
    }
    if (!tagged) return; // a filtered run (one file without contract tests)
    const sides = ['client', 'mock'];
    const show = (c: Cell | undefined) => (!c ? 'NO CASE' : c.fail ? `FAIL ${c.fail}/${c.pass + c.fail + c.skip}` : c.skip && !c.pass ? `skipped ${c.skip}` : `ok ${c.pass}${c.skip ? ` (+${c.skip} skipped)` : ''}`);
    const ids = [...new Set([...operationIds, ...[...cells.keys()].map((k) => k.split('\u0000')[0]!)])];
    const width = Math.max(...ids.map((i) => i.length), 'operation'.length);
    const lines = [
      '',
      'Contract coverage (cases per operation; every documented status and example of the spec)',
      `| ${'operation'.padEnd(width)} | ${sides.map((s) => s.padEnd(12)).join(' | ')} |`,
      `|${'-'.repeat(width + 2)}|${sides.map(() => '-'.repeat(14)).join('|')}|`,
      ...ids.map((id) => `| ${id.padEnd(width)} | ${sides.map((s) => show(cells.get(`${id}\u0000${s}`)).padEnd(12)).join(' | ')} |`),
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
}
