/**
 * What each paragraph is, before any name is looked for: prose, a results or standings line (read whole by
 * results-lines.ts), or a line in capitals (a headline or dateline, whose capitals say nothing about names).
 */
import { isCommonWord, fold } from "./lexicon.js";
import { resultLineNames, type TableName } from "./results-lines.js";
import type { Token } from "./tokens.js";

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const TWO_LETTERS = /\p{L}{2}/u;

export type Layout = { kind: "prose" } | { kind: "shouting" } | { kind: "table"; names: TableName[] };

export function isShouting(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word" && TWO_LETTERS.test(t.text));
  if (words.length < 2) return words.length === 1 && words[0]!.upper && tokens.some((t) => t.kind === "number");
  return words.filter((t) => t.upper).length / words.length > 0.6;
}

/** `lowercase`: the words the article writes in lower case somewhere. */
export function layoutOf(text: string, tokens: Token[], lowercase: Set<string>): Layout {
  const names = resultLineNames(text);
  // A line of figures headed by ordinary words is a business table ("Net Income 1,234 1,120"), not a result.
  if (names && !names.some((e) => e.name.split(" ").every((w) => isCommonWord(w) || lowercase.has(fold(w))))) return { kind: "table", names };
  return isShouting(tokens) ? { kind: "shouting" } : { kind: "prose" };
}

export function lowercaseWords(paragraphs: Token[][]): Set<string> {
  const words = new Set<string>();
  for (const tokens of paragraphs) for (const t of tokens) if (t.kind === "word" && !t.cap) words.add(fold(t.text));
  return words;
}
