/**
 * Reported speech framed by the sentence as a whole rather than by a cue in its middle — the readers
 * indirect.ts tries first:
 * - `According to X, …` opening the sentence, and `…, according to X` (with or without its comma) closing it;
 * - `…, Smith said.` / `…, said Smith.` / `…, analysts say.` and the mixed quote `Its budget is “far too
 *   small,” she said.`; an inverted attribution with a long description (`…, said Jo Park, a member who …`);
 * - an attribution set inside the clause: `The bridge, Price said, will open in the spring.`;
 * - the question put: `Asked whether …, the mayor …`; a sentence opened by its document: `In a new poll, …`;
 * - a transcript turn: `PRICE: We have never …` (the paragraph is the words of the person in capitals).
 * Also the word lists and helpers both files share.
 */
import type { QuotedSpan } from "./marks.js";
import { isAccordingTo, isBetweenWord, isReportVerb, isSpeechVerb, type Token } from "./cues.js";
import type { Sentence } from "./sentences.js";
import { readSpeakerPhrase, type SpeakerRef } from "./speakers.js";
import { startsUpper } from "../letters.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const LOWER_ED = /^\p{Ll}+ed$/u;
const END_MARK = /[\s.!?;:]/;
const ED_OR_S = /(?:ed|s)$/;
const IRREGULAR_PAST = /^(said|told|wrote|thought|felt|knew|found|shown|sought)$/;

export interface ReportedSpeech {
  speaker: SpeakerRef | null;
  cue: string;
  /** The reported clause: offsets into the paragraph text. */
  start: number;
  end: number;
  /** An attribution set inside the clause ("The plan, she said, is dead"): where the clause stops and resumes. */
  gap?: [number, number];
}

const FINITE_AUX = /^(is|was|are|were|has|have|had|will|would|could|can|should|must|did|does)$/;

/** Cues that take the person spoken to before the clause: "told reporters that …". */
export const OBJECT_CUES = new Set("told tells telling tell assured warned informed reminded asked".split(" "));
export const CLAUSE_WORDS = new Set(
  "that who which whom whose and but or so because as when while if where although though than what how why".split(" "),
);
export const PUNCT = new Set([",", ";", ":", "(", ")", "—", "–", "-"]);
const CIRCUMSTANCE = /^(on|in|at|during|after|before|to|while|when|last|this|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|then|again|also|of|from|about|told|by)$/;

/** Past or third-person forms: the base form ("say", "claim") is too often a noun or an infinitive. */
export function isFiniteCue(t: Token): boolean {
  // "A sign read …" reports no one's speech; a document that reads is a direct quote's frame.
  if (t.lower === "read" || t.lower === "reads") return false;
  return isReportVerb(t) && (ED_OR_S.test(t.lower) || IRREGULAR_PAST.test(t.lower));
}

export const PARTICIPLES = new Set(
  (
  "saying adding arguing noting claiming insisting suggesting warning explaining telling writing declaring asserting acknowledging calling citing describing accusing urging criticizing criticising praising vowing promising " +
    "backing supporting endorsing opposing defending attacking denouncing condemning rejecting blaming questioning " +
    "expressing highlighting touting dismissing mocking slamming blasting thanking demanding predicting recalling " +
    "announcing declining refusing"
  ).split(" "),
);
export const BASE_FORMS = new Set("say think believe want know argue expect hope fear feel worry agree claim insist predict tell show support oppose".split(" "));

export function skipSpace(text: string, i: number): number {
  while (i < text.length && text[i] === " ") i++;
  return i;
}

/** The end of a sentence's words: without the full stop and closing space. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && END_MARK.test(text[e - 1]!)) e--;
  return e;
}

/** "According to X, …" opening the sentence. */
export function accordingToFirst(text: string, tokens: Token[], end: number): ReportedSpeech | null {
  const a = tokens.findIndex((_, i) => isAccordingTo(tokens, i));
  // "It has not gone unnoticed: according to recent polls, …": a colon opens the clause as a sentence start does.
  if (a < 0 || (a > 2 && !/^[:;—–]$/.test(tokens[a - 1]!.text))) return null;
  let comma = a + 2;
  while (comma < tokens.length && comma - a < 30 && tokens[comma]!.text !== ",") comma++;
  if (tokens[comma]?.text !== ",") return null;
  const speaker = readSpeakerPhrase(text, tokens, a + 2, comma);
  let from = comma + 1;
  // "According to Hind Hassan, the journalist who first reported the story, Smith was …": skip the apposition.
  if (/^(the|a|an|who|which)$/.test(tokens[from]?.lower ?? "")) {
    const second = tokens.findIndex((t, i) => i > from && i - from < 20 && t.text === ",");
    if (second > 0) from = second + 1;
  }
  const start = tokens[from]?.start;
  return start === undefined || start >= end ? null : { speaker, cue: "according to", start, end };
}

/** The documents and occasions a sentence may open with as its source ("In a statement, …"). */
export const OCCASIONS = new Set("poll survey study report statement letter interview memo tweet post op-ed filing analysis speech release editorial column".split(" "));
/** Base forms that close a sentence as its attribution: "…, analysts say.", "…, new fundraising reports show." */
export const CLOSING_BASE_FORMS = new Set("say believe argue think contend warn agree show suggest indicate estimate".split(" "));

/**
 * "In a statement, …", "In the latest CBS News poll, …": a sentence opened by the document or occasion it
 * reports from, when no one in it is said to speak.
 */
export function occasionFirst(text: string, tokens: Token[], end: number): ReportedSpeech | null {
  if (tokens[0]?.lower !== "in") return null;
  const comma = tokens.findIndex((t, i) => i > 1 && i <= 10 && t.text === ",");
  if (comma < 0 || !tokens.slice(1, comma).some((t) => OCCASIONS.has(t.lower))) return null;
  if (tokens.slice(comma + 1).some((t) => isReportVerb(t))) return null;
  const speaker = readSpeakerPhrase(text, tokens, 1, comma);
  const start = tokens[comma + 1]?.start;
  return start === undefined || start >= end ? null : { speaker, cue: "in", start, end };
}

/** "…, Smith said." / "…, said Smith." / "…, according to officials." closing the sentence. */
// The helpers of attributionLast are functions of their own, not closures in it: tsx names every inner function
// anew at each call, and this runs for every sentence.

/** The last comma in the 14 tokens before tokens[before], or -1. */
function lastComma(tokens: Token[], before: number): number {
  for (let i = before - 1; i > 0 && before - i <= 14; i--) if (tokens[i]!.text === ",") return i;
  return -1;
}

/** Are tail[from…] only the circumstances of an attribution ("on Monday in a statement"), or nothing? */
function onlyCircumstance(tail: Token[], from: number): boolean {
  return from >= tail.length || (tail.length - from <= 8 && CIRCUMSTANCE.test(tail[from]!.lower));
}

export function attributionLast(text: string, tokens: Token[], sentence: Sentence, spans: QuotedSpan[]): ReportedSpeech | null {
  // "…, according to a new poll by the Harvard Institute of Politics.": however long the source, it ends the sentence.
  // "… leads by 271 delegates according to a count by the AP, but …": the comma is often left out, and a new
  // clause may follow the source.
  const according = tokens.findIndex((_, i) => i > 2 && isAccordingTo(tokens, i));
  const rest = according > 0 ? tokens.slice(according).findIndex((t) => t.text === "," || t.text === ";") : -1;
  // "…, according to Jo Park, who advised the campaign.": the source's own relative clause ends the sentence too.
  const sourceClause = /^(who|whose)$/.test(tokens[according + rest + 1]?.lower ?? "") && !tokens.slice(according + rest + 2).some((t) => t.text === "," || t.text === ";");
  // "…, according to Jo Park, a former envoy." closes the sentence; "…, according to Jo Park, a former envoy, was
  // …" is an aside (accordingInside).
  const after = tokens[according + rest + 1]?.lower ?? "";
  const apposition = /^(a|an)$/.test(after) && !tokens.slice(according + rest + 2).some((t) => t.text === "," || t.text === ";");
  if (according > 0 && (rest < 0 || sourceClause || apposition || /^(but|and|while|although|though|as|which)$/.test(after))) {
    const start = skipSpace(text, sentence.start);
    const speaker = readSpeakerPhrase(text, tokens, according + 2, phraseEnd(tokens, according + 2));
    const last = tokens[according - 1]!.text === "," ? according - 1 : according;
    return { speaker, cue: "according to", start, end: last === according ? tokens[according - 1]!.end : tokens[last]!.start };
  }
  let limit = tokens.length;
  let comma = lastComma(tokens, limit);
  // "…, Hollande said Tuesday, noting …": a participle after the attribution adds to it.
  if (comma > 0 && PARTICIPLES.has(tokens[comma + 1]?.lower ?? "")) [limit, comma] = [comma, lastComma(tokens, comma)];
  if (comma < 2) return null;
  // A closing quote mark just before the comma: a direct quote, read elsewhere — unless words of the
  // reporter's own come before it in the sentence (`Its job is “…,” she said.`, a mixed quote). A quote
  // after the comma: the tail is a clause of its own ("…, said he “appreciates …”"), not an attribution.
  const opening = skipSpace(text, sentence.start);
  const commaAt = tokens[comma]!.start;
  const before = spans.find((s) => s.closed && s.close >= tokens[comma - 1]!.end && s.open < commaAt && s.close <= commaAt + 2);
  // A quote after a colon is whole too (`… in their comments: "…", wrote Elizabeth Warren.`).
  if (before && (spans[0]!.open <= opening || /:\s*$/.test(text.slice(opening, before.open)))) return null;
  if (spans.some((s) => s.open > tokens[comma]!.start && s.open < (tokens[limit]?.start ?? Infinity))) return null;
  const tail = tokens.slice(comma + 1, limit);
  let speaker: SpeakerRef | null = null;
  let cue: string | null = null;
  // After the attribution only its circumstances may follow: "…, Smith said on Monday in a statement."
  if (isAccordingTo(tail, 0)) {
    cue = "according to";
    const end = phraseEnd(tail, 2);
    speaker = readSpeakerPhrase(text, tail, 2, end);
    if (!onlyCircumstance(tail, end)) return null;
  } else if (isSpeechVerb(tail[0]) && !OBJECT_CUES.has(tail[0]!.lower)) {
    // Inversion ("…, said Smith"); "told" never inverts: "…, X, told POLITICO" names whom X told.
    cue = tail[0]!.text;
    const end = phraseEnd(tail, 1);
    speaker = invertedSpeaker(text, tail, 1, end);
    if (!onlyCircumstance(tail, end)) return null;
  } else {
    // "…, analysts say.": a base form closing the sentence after a plural subject.
    // The base form closing the sentence first: in "…, new fundraising reports show." the cue is "show".
    const lastBase = tail.length - 1 <= 8 && CLOSING_BASE_FORMS.has(tail.at(-1)?.lower ?? "") ? tail.length - 1 : -1;
    const c = lastBase > 0 ? lastBase : tail.findIndex((t, i) => i > 0 && i <= 8 && isFiniteCue(t));
    if (c < 0) return null;
    let k = c;
    while (k > 0 && isBetweenWord(tail[k - 1])) k--;
    if (tail.slice(0, k).some((t) => PUNCT.has(t.text) || CLAUSE_WORDS.has(t.lower))) return null;
    // Only speech verbs close a sentence as attribution ("…, he said"); "…, he believes" is rarer but real.
    cue = tail[c]!.text;
    speaker = readSpeakerPhrase(text, tail, 0, k);
    if (!speaker) return null;
    // "…, a spokesman told The Daily Echo.": the person spoken to belongs to the attribution.
    let after = c + 1;
    if (OBJECT_CUES.has(tail[c]!.lower)) while (after < tail.length && after - c <= 6 && (startsUpper(tail[after]!.text) || SPOKEN_TO.test(tail[after]!.lower))) after++;
    // Nothing but a place or time may follow: "…, he said on Monday."
    if (tail.slice(c + 1).some((t) => PUNCT.has(t.text)) || !onlyCircumstance(tail, after)) return null;
  }
  if (!speaker && cue !== "according to") return null;
  const start = skipSpace(text, sentence.start);
  const end = before && before.close > commaAt ? before.close : commaAt;
  return end > start ? { speaker, cue, start, end } : null;
}

/**
 * The inverted attribution with a long description of the speaker closing the sentence: "That will be true up
 * to a point, said Jo Park, a reporter whose beat is Congress." / "…, said a handful of Democrats who …".
 */
export function attributionInverted(text: string, tokens: Token[], sentence: Sentence, spans: QuotedSpan[]): ReportedSpeech | null {
  // From the first token: a quote's words may open the clause (`They “had chemistry,” said Jo Park, an aide.`).
  for (let i = 1; i < tokens.length - 2; i++) {
    const cue = tokens[i + 1]!;
    if (tokens[i]!.text !== "," || !isSpeechVerb(cue) || cue.lower.endsWith("ing") || OBJECT_CUES.has(cue.lower)) continue;
    const end = phraseEnd(tokens, i + 2);
    const speaker = invertedSpeaker(text, tokens, i + 2, end);
    const next = tokens[end];
    if (!speaker || speaker.kind === "pronoun" || (next && !/^(,|who|whose|which|in|on|at|during|after|before)$/.test(next.lower))) return null;
    // "…, said the turmoil at the convention was a circus": a verb after the phrase makes it the clause reported.
    const upTo = tokens.findIndex((t, k) => k > end && (t.text === "," || /^(who|whose|which)$/.test(t.lower)));
    if (next && /^(in|on|at|during|after|before)$/.test(next.lower) && tokens.slice(end, upTo < 0 ? tokens.length : upTo).some((t) => FINITE_AUX.test(t.lower))) return null;
    // A quote closing before the comma is a direct quote's, read elsewhere, unless the reporter's words open the sentence.
    const opening = skipSpace(text, sentence.start);
    if (spans.some((s) => s.open > tokens[i]!.start) || (spans[0] && (spans[0].open <= opening || /:\s*$/.test(text.slice(opening, spans[0].open))))) return null;
    // A comma inside a closing mark: the quoted words end with their mark.
    const closing = spans.find((s) => s.closed && tokens[i]!.start >= s.start && tokens[i]!.end <= s.close);
    return tokens[i]!.start > opening ? { speaker, cue: cue.text, start: opening, end: closing ? closing.close : tokens[i]!.start } : null;
  }
  return null;
}

/**
 * "According to" set inside the clause as an aside: "At the heart of the dispute, according to Jo Park, a former
 * envoy, was a single vote." The clause is the sentence with the aside left out.
 */
export function accordingInside(text: string, tokens: Token[], sentence: Sentence, end: number): ReportedSpeech | null {
  const i = tokens.findIndex((t, k) => k > 0 && t.text === "," && isAccordingTo(tokens, k + 1));
  if (i < 0) return null;
  let close = tokens.findIndex((t, k) => k > i + 2 && k - i <= 16 && t.text === ",");
  // An apposition after the source ("Jo Park, a former envoy,"): the aside ends at the comma after it.
  if (close > 0 && /^(a|an|the|another|who)$/.test(tokens[close + 1]?.lower ?? "")) {
    const second = tokens.findIndex((t, k) => k > close + 1 && k - close <= 14 && t.text === ",");
    if (second > 0) close = second;
  }
  if (close < 0 || close + 1 >= tokens.length) return null;
  const speaker = readSpeakerPhrase(text, tokens, i + 3, phraseEnd(tokens, i + 3));
  const start = skipSpace(text, sentence.start);
  const resume = tokens[close + 1]!.start;
  return resume < end && tokens[i]!.start > start ? { speaker, cue: "according to", start, end, gap: [tokens[i]!.start, resume] } : null;
}

/**
 * The attribution set inside the clause it reports: "The question of whether to suspend them, she said, is not
 * so simple." The clause is the sentence with the attribution left out.
 */
export function attributionInside(text: string, tokens: Token[], sentence: Sentence, end: number): ReportedSpeech | null {
  for (let i = 2; i < tokens.length - 3; i++) {
    if (tokens[i]!.text !== ",") continue;
    let c = i + 1;
    while (c < tokens.length && c - i <= 5 && !isSpeechVerb(tokens[c]) && !PUNCT.has(tokens[c]!.text)) c++;
    if (!isSpeechVerb(tokens[c]) || c === i + 1 || tokens[c + 1]?.text !== ",") continue;
    const speaker = readSpeakerPhrase(text, tokens, i + 1, c);
    if (!speaker || c + 2 >= tokens.length) continue;
    const start = skipSpace(text, sentence.start);
    const resume = tokens[c + 2]!.start;
    return resume < end ? { speaker, cue: tokens[c]!.text, start, end, gap: [tokens[i]!.start, resume] } : null;
  }
  return null;
}

const SPOKEN_TO = /^(reporters|journalists|me|him|her|us|them|the|a|an|of|supporters|voters|lawmakers|delegates|viewers|listeners|readers|audience|crowd|interviewer|host|newspaper|magazine|station|network|channel)$/;
const QUESTION_WORD = /^(if|whether|about|what|who|whom|which|how|why|when|where)$/;

/**
 * The question put to a speaker: "Asked whether the plan would pass, Smith said …". What was asked is
 * reported (the answer is read on its own); the asker is the reporter, so no speaker.
 */
export function questionPut(text: string, tokens: Token[], end: number): ReportedSpeech | null {
  const a = tokens.findIndex((t, i) => i <= 2 && t.lower === "asked");
  if (a < 0 || (a > 0 && !/^(when|after|once|if|being|as)$/.test(tokens[a - 1]!.lower))) return null;
  const q = tokens.findIndex((t, i) => i > a && i - a <= 6 && QUESTION_WORD.test(t.lower));
  if (q < 0 || tokens.slice(a + 1, q).some((t) => PUNCT.has(t.text))) return null;
  const comma = tokens.findIndex((t, i) => i > q && t.text === ",");
  const stop = comma > 0 ? tokens[comma]!.start : end;
  return { speaker: null, cue: tokens[a]!.text, start: tokens[q]!.start, end: stop };
}

/**
 * The question put later in the sentence: "…,” Price told the BBC when asked whether she would stand again.",
 * "…, he said after being asked about the deal." What was asked runs to the next comma or the sentence end.
 */
export function questionLater(text: string, tokens: Token[], end: number): ReportedSpeech | null {
  const a = tokens.findIndex((t, i) => i > 2 && t.lower === "asked" && /^(when|after|once|if|being|as)$/.test(tokens[i - 1]!.lower));
  if (a < 0) return null;
  const q = tokens.findIndex((t, i) => i > a && i - a <= 4 && QUESTION_WORD.test(t.lower));
  if (q < 0 || tokens.slice(a + 1, q).some((t) => PUNCT.has(t.text))) return null;
  const comma = tokens.findIndex((t, i) => i > q && t.text === ",");
  const stop = comma > 0 ? tokens[comma]!.start : end;
  return stop - tokens[q]!.start >= 8 ? { speaker: null, cue: tokens[a]!.text, start: tokens[q]!.start, end: stop } : null;
}

/**
 * The speaker after an inverted cue ("…, said Jo Park", "…, said officials", "…, said he"): a name or a noun of
 * people, never the start of a clause ("…, said she encourages …").
 */
function invertedSpeaker(text: string, tokens: Token[], from: number, to: number): SpeakerRef | null {
  const speaker = readSpeakerPhrase(text, tokens, from, to);
  if (!speaker) return null;
  if (speaker.kind === "pronoun") return to - from === 1 ? speaker : null;
  if (/^(he|she|they|it|we|i|you)$/.test(tokens[from]!.lower)) return null;
  // "…, say the economy improved": a verb in the phrase makes it a clause.
  if (tokens.slice(from + 1, to).some((t) => LOWER_ED.test(t.text))) return null;
  if (speaker.kind === "person" && !startsUpper(tokens[to - 1]!.text)) return null;
  return speaker;
}

function phraseEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 10 && !PUNCT.has(tokens[j]!.text) && !/^(in|on|at|during|after|before|when|while|who|which|that|to)$/.test(tokens[j]!.lower)) j++;
  return j;
}

// "TAPPER: And obviously, …": a transcript turn opens with the speaker's name in capitals and a colon.
const TURN = /^((?:[A-Z][A-Z.’'-]+ ){0,2}[A-Z][A-Z.’'-]+):\s+(?=\S)/;

/** A transcript turn: the paragraph is the words of the speaker named in capitals before the colon. */
export function transcriptTurn(text: string): ReportedSpeech | null {
  const m = TURN.exec(text);
  if (!m || m[1]!.replace(/[^A-Z]/g, "").length < 3) return null;
  const name = m[1]!.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  const end = trimEnd(text, m[0].length, text.length);
  if (end - m[0].length < 8) return null;
  return { speaker: { text: name, kind: "person", name, at: 0 }, cue: ":", start: m[0].length, end };
}
