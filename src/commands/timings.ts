/**
 * `CUTTINGS_TIMINGS=1`: a build reports each phase's wall time on stderr ("timing: render 1.23s"), so a slow
 * build can be profiled without a profiler, and the benchmark can name where the time goes.
 */
export function phaseTimer(enabled = Boolean(process.env.CUTTINGS_TIMINGS)): (phase: string) => void {
  // The first phase runs from the process's start: module loading is part of what a rebuild costs.
  let last = 0;
  return (phase) => {
    const now = performance.now();
    if (enabled) {
      // Memory beside time: the peak so far shows which phase raised it, the heap what the archive holds now.
      const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
      const memory = `heap ${mib(process.memoryUsage().heapUsed)}, peak RSS so far ${mib(process.resourceUsage().maxRSS * 1024)}`;
      process.stderr.write(`timing: ${phase} ${((now - last) / 1000).toFixed(2)}s (${memory})\n`);
    }
    last = now;
  };
}
