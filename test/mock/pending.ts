// Mock bugs found by this suite and reported to the mock's owner. Each matching case is registered as
// skipped, with the bug in its name, so that it shows in the output and in the coverage table
// ("+N skipped") instead of silently passing. Delete an entry when the bug is fixed: the case runs again.
export interface PendingBug { id: string; applies: (operationId: string, caseName: string) => boolean; bug: string }

export const pending: PendingBug[] = [];

export function pendingBug(operationId: string, caseName: string): PendingBug | undefined {
  return pending.find((p) => p.applies(operationId, caseName));
}
