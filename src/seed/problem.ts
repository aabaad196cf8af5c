/**
 * A user-caused failure is a value, not an exception: the file it concerns and one line saying why.
 * Printed as `file: reason`, one per bad seed, so a build can list every bad file at once.
 */
export interface SeedProblem {
  file: string;
  reason: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: SeedProblem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(file: string, reason: string): Result<T> => ({ ok: false, problem: { file, reason } });

export function formatProblem(problem: SeedProblem): string {
  // One line, whatever the reason held: a newline from a YAML error must not split the report.
  return `${problem.file}: ${problem.reason.replace(/\s+/g, " ").trim()}`;
}
