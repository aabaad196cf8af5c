/**
 * Runs an async job per item with at most `limit` in flight. A seeds folder of ten thousand files read with one
 * Promise.all opens ten thousand files at once, past the open-file limit of many machines (EMFILE).
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, job: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await job(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** A queue of async jobs run as they are added, at most `limit` at once; `drain` resolves when all are done. */
export function boundedQueue(limit: number): { add(job: () => Promise<void>): void; drain(): Promise<void> } {
  const waiting: (() => Promise<void>)[] = [];
  let head = 0;
  let running = 0;
  let idle: (() => void) | undefined;
  const pump = () => {
    while (running < limit && head < waiting.length) {
      const job = waiting[head]!;
      waiting[head++] = undefined as never; // let a finished job's closure go
      running++;
      void job()
        .catch(() => {})
        .finally(() => {
          running--;
          pump();
        });
    }
    if (running === 0 && head === waiting.length) idle?.();
  };
  return {
    add(job) {
      waiting.push(job);
      pump();
    },
    drain: () =>
      new Promise<void>((resolve) => {
        idle = resolve;
        pump();
      }),
  };
}
