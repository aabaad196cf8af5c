/**
 * Scoring quotes against PolNeAR gold: one-to-one matching by overlap (SFU Gender Gap Tracker definition),
 * speaker names compared by surname and given name, tallies and their report rows.
 */
import type { Paragraph, Quote, Span, Speaker } from "../article.js";
import { locateParagraphs, type GoldArticle, type GoldAttribution, type Range } from "./attribution-gold.js";
import { pct, prf, type EvalSection } from "./report.js";

interface Predicted {
  quote: Quote;
  ranges: Range[];
  /** The quoted words alone, without the run-on. */
  words: Range[];
}

export interface Tally {
  articles: number;
  /** predictedAll: every predicted direct quote, partial quotes inside gold reported speech included. */
  /** predictedOwn: predicted direct quotes, less those inside one of our own indirect quotes (mixed quotes). */
  /** strictWords: strict matches counting only the quoted words of each prediction (no run-on). */
  direct: { gold: number; predicted: number; predictedAll: number; predictedOwn: number; lenient: number; strict: number; strictWords: number };
  indirect: { gold: number; predicted: number; matched: number };
  speaker: { matched: number; correct: number; named: number; namedCorrect: number; pronoun: number; pronounCorrect: number };
  unlocated: number;
  ms: number;
}

export const emptyTally = (): Tally => ({
  articles: 0,
  direct: { gold: 0, predicted: 0, predictedAll: 0, predictedOwn: 0, lenient: 0, strict: 0, strictWords: 0 },
  indirect: { gold: 0, predicted: 0, matched: 0 },
  speaker: { matched: 0, correct: 0, named: 0, namedCorrect: 0, pronoun: 0, pronounCorrect: 0 },
  unlocated: 0,
  ms: 0,
});

export function section(title: string, t: Tally, short = false): EvalSection {
  const lenient = prf(t.direct.lenient, t.direct.predicted, t.direct.gold);
  const strict = prf(t.direct.strict, t.direct.predicted, t.direct.gold);
  const indirect = prf(t.indirect.matched, t.indirect.predicted, t.indirect.gold);
  const triple = (x: { precision: number; recall: number; f1: number }) =>
    `P ${pct(x.precision)}  R ${pct(x.recall)}  F1 ${pct(x.f1)}`;
  const rows: [string, string][] = [
    ["direct quotes, gold / predicted", `${t.direct.gold} / ${t.direct.predicted}`],
    ["direct, lenient (≥30 %)", triple(lenient)],
    ["direct, strict (≥80 %)", triple(strict)],
    ["direct, strict, mixed quotes set aside by our own indirect", triple(prf(t.direct.strict, t.direct.predictedOwn, t.direct.gold))],
    ["direct, strict, every prediction counted", triple(prf(t.direct.strict, t.direct.predictedAll, t.direct.gold))],
    ["direct, strict, quoted words only (no run-on)", triple(prf(t.direct.strictWords, t.direct.predicted, t.direct.gold))],
    ["speaker accuracy, all matched", `${pct(t.speaker.correct / t.speaker.matched)}  (${t.speaker.correct}/${t.speaker.matched})`],
    ["speaker accuracy, gold names a person/org", `${pct(t.speaker.namedCorrect / t.speaker.named)}  (${t.speaker.namedCorrect}/${t.speaker.named})`],
    ["speaker accuracy, gold is a pronoun", `${pct(t.speaker.pronounCorrect / t.speaker.pronoun)}  (${t.speaker.pronounCorrect}/${t.speaker.pronoun})`],
    ["indirect, gold / predicted", `${t.indirect.gold} / ${t.indirect.predicted}`],
    ["indirect (≥30 %)", triple(indirect)],
  ];
  if (!short) rows.push(["parse time per article (all extractors)", `${(t.ms / Math.max(1, t.articles)).toFixed(2)} ms`]);
  return { title, rows };
}

export function merge(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  out.articles = a.articles + b.articles;
  out.unlocated = a.unlocated + b.unlocated;
  out.ms = a.ms + b.ms;
  for (const k of ["gold", "predicted", "predictedAll", "predictedOwn", "lenient", "strict", "strictWords"] as const) out.direct[k] = a.direct[k] + b.direct[k];
  for (const k of ["gold", "predicted", "matched"] as const) out.indirect[k] = a.indirect[k] + b.indirect[k];
  for (const k of Object.keys(out.speaker) as (keyof Tally["speaker"])[]) out.speaker[k] = a.speaker[k] + b.speaker[k];
  return out;
}

/** Score one article's predicted quotes (exported for tuning harnesses that skip the rest of the parser). */
export function scorePredictions(article: GoldArticle, paragraphs: Paragraph[], quotes: Quote[], tally: Tally): void {
  const located = locateParagraphs(article.raw, paragraphs);
  tally.unlocated += paragraphs.length - located.size;
  const predicted: Predicted[] = [];
  for (const quote of quotes) {
    const { words, ranges } = quoteRanges(article.raw, located, quote);
    if (words.length && !ranges.some((r) => covered(r, article.discarded) > 0.5)) predicted.push({ quote, ranges, words });
  }

  const goldDirect = article.attributions.filter((a) => a.direct);
  const goldIndirect = article.attributions.filter((a) => !a.direct);
  const indirectRanges = goldIndirect.map((a) => a.content.ranges);
  const predDirect = predicted.filter(
    (p) => p.quote.kind === "direct" && !indirectRanges.some((g) => within(p.ranges, g)),
  );
  // A partial quote matched to a gold direct quote stays scored even if it also sits in an indirect Content.
  const predictedDirectAll = predicted.filter((p) => p.quote.kind === "direct");
  const strictPairs = matchOneToOne(predictedDirectAll, goldDirect, 0.8);
  const lenientPairs = matchOneToOne(predictedDirectAll, goldDirect, 0.3);
  const counted = new Set([...predDirect, ...lenientPairs.map(([p]) => p)]);
  tally.direct.gold += goldDirect.length;
  tally.direct.predicted += counted.size;
  tally.direct.predictedAll += predictedDirectAll.length;
  const ownIndirect = predicted.filter((p) => p.quote.kind !== "direct").map((p) => p.ranges);
  const ownMixed = predictedDirectAll.filter((p) => ownIndirect.some((r) => within(p.ranges, r)));
  tally.direct.predictedOwn += new Set([...predictedDirectAll.filter((p) => !ownMixed.includes(p)), ...lenientPairs.map(([p]) => p)]).size;
  tally.direct.strict += strictPairs.length;
  tally.direct.strictWords += matchOneToOne(predictedDirectAll.map((p) => ({ ...p, ranges: p.words })), goldDirect, 0.8).length;
  tally.direct.lenient += lenientPairs.length;

  for (const [p, g] of lenientPairs) {
    const verdict = judgeSpeaker(p.quote.speaker, g, article.attributions);
    tally.speaker.matched++;
    if (verdict.correct) tally.speaker.correct++;
    if (verdict.basis === "name") {
      tally.speaker.named++;
      if (verdict.correct) tally.speaker.namedCorrect++;
    } else if (verdict.basis === "pronoun") {
      tally.speaker.pronoun++;
      if (verdict.correct) tally.speaker.pronounCorrect++;
    }
  }

  // PolNeAR annotates stances ("wants", "believes") as attributions: they are scored with reported speech here.
  const predIndirect = predicted.filter((p) => p.quote.kind !== "direct");
  tally.indirect.gold += goldIndirect.length;
  tally.indirect.predicted += predIndirect.length;
  tally.indirect.matched += matchOneToOne(predIndirect, goldIndirect, 0.3).length;
}

/**
 * Where a predicted quote lies in the raw file: `words` the quoted words (with their marks, for a direct quote),
 * `ranges` those and the run-on. A mixed quote is credited with its run-on too: PolNeAR's Content, like the
 * speech content the Gender Gap Tracker extracts, is the whole clause attributed, the reporter's closing words
 * included.
 */
export function quoteRanges(raw: string, located: Map<string, number[]>, quote: Quote): { words: Range[]; ranges: Range[] } {
  const toRanges = (spans: Span[], marks: boolean) =>
    spans.flatMap((span): Range[] => {
      const origin = located.get(span.paragraph);
      return origin && span.end > span.start ? [widen(raw, [origin[span.start]!, origin[span.end - 1]! + 1], marks)] : [];
    });
  const words = toRanges(quote.spans, quote.kind === "direct");
  return { words, ranges: quote.runOn ? [...words, ...toRanges([quote.runOn], false)] : words };
}

const MARK = /["“”„«»‘’'`]/;

/**
 * A quote's words with the marks around them: PolNeAR's Content of a direct quote includes its quote marks
 * (two of them for the NYT's '' …''), while a Quote's spans hold only the words, so a short quote would
 * otherwise fall short of 80 % by its marks alone.
 */
function widen(raw: string, [start, end]: Range, marks: boolean): Range {
  if (!marks) return [start, end];
  let s = start;
  let e = end;
  while (s > 0 && start - s < 2 && MARK.test(raw[s - 1]!)) s--;
  while (e < raw.length && e - end < 2 && MARK.test(raw[e]!)) e++;
  return [s, e];
}

export function length(ranges: Range[]): number {
  return ranges.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
}

export function intersection(a: Range[], b: Range[]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

export function covered(range: Range, by: Range[]): number {
  return intersection([range], by) / Math.max(1, range[1] - range[0]);
}

function within(inner: Range[], outer: Range[]): boolean {
  return intersection(inner, outer) >= length(inner);
}

/** Pairs predicted with gold quotes whose overlap covers ≥ threshold of the gold quote, best overlaps first. */
function matchOneToOne(predicted: Predicted[], gold: GoldAttribution[], threshold: number): [Predicted, GoldAttribution][] {
  const candidates: { p: number; g: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const size = length(g.content.ranges);
    if (size === 0) return;
    predicted.forEach((p, pi) => {
      const score = intersection(p.ranges, g.content.ranges) / size;
      if (score >= threshold) candidates.push({ p: pi, g: gi, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [Predicted, GoldAttribution][] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([predicted[c.p]!, gold[c.g]!]);
  }
  return pairs;
}

// ---- speaker names -------------------------------------------------------------------------------------------

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their"]);
/** Capitalised words that are not names: determiners and pronouns at the start of a sentence, titles, ranks. */
const NOT_NAMES = new Set(
  (
    "the a an he she they it we i you his her their its our this that these those some many most several both " +
    "another one two three each every all any no neither either " +
    "mr mrs ms miss dr sen senator rep representative gov governor president vice former pres prof professor " +
    "gen general lt col sgt adm rev judge justice secretary sec chairman chairwoman chair speaker mayor " +
    "admiral captain capt commander lieutenant sergeant colonel ambassador attorney minister chancellor " +
    "spokesman spokeswoman spokesperson candidate democratic republican gop democrat presidential rival " +
    "u.s. us american officials official police aides aide sources experts analysts critics supporters"
  ).split(" "),
);

function tokens(text: string): string[] {
  return text
    .replace(/[’']s\b/g, "")
    .split(/[\s,;:()"“”]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}.’'-]/gu, "").replace(/\.$/, ""))
    .filter(Boolean);
}

/** Runs of consecutive capitalised words; a possessive ("Clinton’s") ends its run and is marked. */
function capitalisedRuns(text: string): { words: string[]; possessive: boolean }[] {
  const runs: { words: string[]; possessive: boolean }[] = [];
  let run: string[] = [];
  const flush = (possessive: boolean) => {
    // Titles and sentence-initial determiners in front of a name are not the name.
    while (run.length > 1 && NOT_NAMES.has(run[0]!)) run.shift();
    if (run.length && !(run.length === 1 && NOT_NAMES.has(run[0]!))) runs.push({ words: run, possessive });
    run = [];
  };
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, "");
    const possessive = /[’']s\W*$/u.test(word);
    const clean = word.replace(/[’']s\W*$/u, "").replace(/[^\p{L}\p{N}.’'-]+$/u, "").replace(/\.$/, "");
    if (/^\p{Lu}/u.test(clean)) {
      run.push(clean.toLowerCase().replace(/’/g, "'"));
      if (possessive) flush(true);
      else if (/[,;:)]$/.test(word)) flush(false);
    } else flush(false);
  }
  flush(false);
  return runs;
}

/**
 * The name a source phrase is headed by, lower-cased: post-modifiers (", the head of …", "of the New York
 * delegation", "(R-WI)") are cut, then the last capitalised run that is not a possessive is the head
 * ("Sanders campaign manager Jeff Weaver" → jeff weaver; "Hillary Clinton’s right-hand woman" → hillary clinton).
 */
export function nameWords(text: string): string[] {
  // A role then the name in apposition: "the White House press secretary, Josh Earnest," → josh earnest.
  const [role, named] = text.split(/,\s*/);
  // The role may end in where it is held: "his best friend at Lehigh, Bruce Turry".
  const roleLike = /(^|\s)\p{Ll}[\p{Ll}-]+$/u.test(role!.trim()) || /^(?:his|her|their|its|the|a|an|another|one)\s+\p{Ll}/iu.test(role!.trim());
  if (named && roleLike && role!.trim().split(/\s+/).length >= 2) {
    const run = capitalisedRuns(named)[0];
    if (run && run.words.length >= 2 && /^\p{Lu}/u.test(named)) return run.words;
  }
  const head = headPhrase(text);
  // A description ("the Florida senator and Republican presidential candidate", "a longtime adviser to Trump")
  // names no one: it is judged by its head noun.
  if (/^(?:the|a|an|another|one)\s/i.test(head.trim()) && /\s\p{Ll}[\p{Ll}-]*$/u.test(head.trim())) return [];
  const beforeApposition = text.split(/,|\(/)[0] ?? text;
  for (const part of [head, beforeApposition, text]) {
    const runs = capitalisedRuns(part);
    const own = runs.filter((r) => !r.possessive);
    const chosen = (own.length ? own : runs).at(-1);
    if (chosen) return chosen.words;
  }
  return [];
}

/** Same surname (last word), and given names (the word before it) equal or one the initial of the other. */
export function compatibleNames(predicted: string[], gold: string[]): boolean {
  if (!predicted.length || !gold.length) return false;
  // An acronym against its long form (FBI / Federal Bureau of Investigation).
  const initials = (ws: string[]) => ws.filter((w) => !["of", "for", "and", "the"].includes(w)).map((w) => w[0]).join("");
  if (predicted.length === 1 && gold.length > 1 && predicted[0] === initials(gold)) return true;
  if (gold.length === 1 && predicted.length > 1 && gold[0] === initials(predicted)) return true;
  // One word against a full name's first: a given name ("Hillary") or a surname printed first ("Mr. Lou" is
  // Lou Jiwei).
  if (gold.length === 1 && predicted.length > 1 && predicted[0] === gold[0]) return true;
  if (predicted.length === 1 && gold.length > 1 && gold[0] === predicted[0]) return true;
  if (predicted.at(-1) !== gold.at(-1)) return false;
  if (predicted.length > 1 && gold.length > 1) {
    const [a, b] = [predicted.at(-2)!.replace(/\.$/, ""), gold.at(-2)!.replace(/\.$/, "")];
    return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
  }
  return true;
}

/** A source phrase before its post-modifiers: an apposition, a bracket, "of …", "who …", "to …". */
export function headPhrase(text: string): string {
  return text.split(/,|\(|\s(?:of|who|from|at|for|with|in|to)\s/)[0] ?? text;
}

function headNoun(text: string): string {
  return (tokens(headPhrase(text)).at(-1) ?? "").toLowerCase().replace(/s$/, "");
}

export function judgeSpeaker(
  speaker: Speaker | null,
  gold: GoldAttribution,
  all: GoldAttribution[],
): { correct: boolean; basis: "name" | "pronoun" | "other" } {
  const source = gold.source?.text ?? "";
  const goldName = nameWords(source);
  if (goldName.length) return { correct: !!speaker && compatibleNames(nameWords(speaker.name), goldName), basis: "name" };
  const words = tokens(source).map((t) => t.toLowerCase());
  if (words.length && words.every((w) => PRONOUNS.has(w))) {
    const at = gold.source!.ranges[0]![0];
    const antecedent = all
      .filter((a) => a.source && a.source.ranges[0]![0] < at && nameWords(a.source.text).length)
      .sort((a, b) => b.source!.ranges[0]![0] - a.source!.ranges[0]![0])[0];
    if (!antecedent) return { correct: false, basis: "pronoun" };
    return {
      correct: !!speaker && compatibleNames(nameWords(speaker.name), nameWords(antecedent.source!.text)),
      basis: "pronoun",
    };
  }
  if (!source) return { correct: speaker === null, basis: "other" };
  return { correct: !!speaker && headNoun(speaker.name) === headNoun(source), basis: "other" };
}

