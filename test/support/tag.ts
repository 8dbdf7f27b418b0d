// Marks a test as a contract case of an operation, for the coverage table (support/contract-table-reporter.ts).
export type Side = 'client' | 'mock';

export function tag(task: { meta: object }, operationId: string, side: Side): void {
  (task.meta as { contract?: { operationId: string; side: Side } }).contract = { operationId, side };
}
