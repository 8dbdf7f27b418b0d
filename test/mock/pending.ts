// Mock bugs found by this suite and reported to the mock's owner. Each matching case is registered as
// skipped, with the bug in its name, so that it shows in the output and in the coverage table
// ("+N skipped") instead of silently passing. Delete an entry when the bug is fixed: the case runs again.
export interface PendingBug { id: string; applies: (operationId: string, caseName: string) => boolean; bug: string }

export const pending: PendingBug[] = [
  {
    id: 'dynamic-empty-required-list',
    applies: (_op, name) => /^Prefer: dynamic=true generates a (Poc|Org|Customer) /.test(name),
    bug: 'dynamic data sometimes has streetAddress: [] and the XML then lacks the required <streetAddress> (about 1 answer in 7)',
  },
  {
    id: 'undocumented-406',
    applies: (_op, name) => name.startsWith('an Accept header without XML'),
    bug: 'the mock answers 406, which no operation documents',
  },
  {
    id: 'undocumented-413',
    applies: (op, name) => name.startsWith('an oversized body') && op !== 'addTicketMessage',
    bug: 'the mock answers 413, which only getTicket and addTicketMessage document',
  },
];

export function pendingBug(operationId: string, caseName: string): PendingBug | undefined {
  return pending.find((p) => p.applies(operationId, caseName));
}
