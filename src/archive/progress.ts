/**
 * Build progress: a live line on a terminal (done / total, rate, time left); on a log (CI), a start line and
 * an end line only, so logs stay quiet and line-oriented.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    /** What finishing one item is called: "parsed", "rendered". */
    private readonly verb = "parsed",
  ) {
    if (total > 0 && !stream.isTTY) stream.write(`${label}: ${total} to ${verb === "parsed" ? "parse" : label}\n`);
  }

  tick(count = 1): void {
    this.done += count;
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = this.done / Math.max(seconds, 0.001);
    const left = (this.total - this.done) / Math.max(rate, 0.001);
    this.stream.write(`\r${this.label}: ${this.done}/${this.total} · ${rate.toFixed(0)}/s · ${left.toFixed(0)}s left   `);
  }

  finish(): void {
    if (this.total === 0) return;
    const seconds = (performance.now() - this.started) / 1000;
    const summary = `${this.label}: ${this.total} ${this.verb} in ${seconds.toFixed(1)}s (${(this.total / Math.max(seconds, 0.001)).toFixed(0)}/s)`;
    this.stream.write(this.stream.isTTY ? `\r${summary}${" ".repeat(20)}\n` : `${summary}\n`);
  }
}
