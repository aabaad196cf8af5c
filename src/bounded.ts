/**
 * A queue of async jobs run as they are added, at most `limit` at once. Reading or writing thousands of files
 * with one Promise.all opens them all together, past the open-file limit of many machines (EMFILE).
 */
export interface BoundedQueue {
  add(job: () => Promise<void>): void;
  /** Resolves when every job added so far is done; rejects with the first job's failure, if any failed. */
  drain(): Promise<void>;
}

export function boundedQueue(limit: number): BoundedQueue {
  const waiting: (() => Promise<void>)[] = [];
  let head = 0;
  let running = 0;
  let failure: { error: unknown } | undefined;
  let idle: (() => void) | undefined;
  const pump = () => {
    while (running < limit && head < waiting.length) {
      const job = waiting[head]!;
      waiting[head++] = undefined as never; // let a started job's closure go once it is done
      running++;
      job()
        .catch((error: unknown) => {
          failure ??= { error };
        })
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
      new Promise<void>((resolve, reject) => {
        idle = () => (failure ? reject(failure.error) : resolve());
        pump();
      }),
  };
}
