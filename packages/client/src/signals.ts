/** One signal that aborts when any of the given ones does. */
export function anySignal(signals: (AbortSignal | undefined)[]): { signal: AbortSignal | undefined; dispose: () => void } {
  const live = signals.filter((s): s is AbortSignal => s !== undefined);
  if (live.length <= 1) return { signal: live[0], dispose: () => {} };
  const controller = new AbortController();
  const listeners = live.map((s) => {
    const onAbort = () => controller.abort(s.reason);
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', onAbort, { once: true });
    return () => s.removeEventListener('abort', onAbort);
  });
  return { signal: controller.signal, dispose: () => listeners.forEach((off) => off()) };
}

