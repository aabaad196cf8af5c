/**
 * Reported (indirect) speech in one sentence: the clause a cue attributes to a speaker, without quote marks
 * around the whole of it (it may hold a partial quote: that is a mixed quote, still reported speech).
 *
 * - `Smith said (that) …`, `Smith said in a statement that …`, `Smith believes …`;
 * - `X told Y (that) …`;
 * - `According to X, …` (an apposition after X is skipped: "According to Hind Hassan, the journalist who …, …");
 * - `…, Smith said.` / `…, said Smith.` / `…, according to officials.` — the attribution closing the sentence;
 * - `…, saying …` (the participle reports for the clause it hangs on), `they say …` (a base form after a
 *   plural subject or a modal), and reported speech nested in reported speech, up to three per sentence.
 * A clause that is entirely a direct quote is left to the direct-quote reader; the words after the attribution
 * of a direct quote ("…," Graham told CBS News on Tuesday, as …) are circumstances, not reported speech.
 */
import type { QuotedSpan } from "./quote-marks.js";
import { isAccordingTo, isBetweenWord, isReportVerb, isSpeechVerb, tokenize, type Token } from "./quotes-cues.js";
import type { Sentence } from "./quotes-sentences.js";
import { sentenceSubject } from "./quotes-frames.js";
import { readSpeakerPhrase, type SpeakerRef } from "./speakers.js";

export interface ReportedSpeech {
  speaker: SpeakerRef | null;
  cue: string;
  /** The reported clause: offsets into the paragraph text. */
  start: number;
  end: number;
}

/** Cues that take the person spoken to before the clause: "told reporters that …". */
const OBJECT_CUES = new Set("told tells telling tell assured warned informed reminded asked".split(" "));
const OBJECT_WORDS = new Set("me him her us them reporters journalists lawmakers supporters voters the a an".split(" "));
const CLAUSE_WORDS = new Set(
  "that who which whom whose and but or so because as when while if where although though than what how why".split(" "),
);
const PUNCT = new Set([",", ";", ":", "(", ")", "—", "–", "-"]);
const MAX_TOKENS = 120;
const CIRCUMSTANCE = /^(on|in|at|during|after|before|to|while|when|last|this|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|then|again|also|of|from|about|told|by)$/;
const NOT_A_CLAUSE = /^(as|when|while|after|before|on|in|at|during|because|since|to|of|with|for|from|by|about|into)$/;
const WHEN = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|previously|recently|again|also|repeatedly)$/;

/** Past or third-person forms: the base form ("say", "claim") is too often a noun or an infinitive. */
function isFiniteCue(t: Token): boolean {
  // "A sign read …" reports no one's speech; a document that reads is a direct quote's frame.
  if (t.lower === "read" || t.lower === "reads") return false;
  return isReportVerb(t) && (/(?:ed|s)$/.test(t.lower) || /^(said|told|wrote|thought|felt|knew|found|shown)$/.test(t.lower));
}

const PARTICIPLES = new Set("saying adding arguing noting claiming insisting suggesting warning explaining telling writing declaring asserting acknowledging".split(" "));
/** "…, saying …": a participle after a comma reports for the sentence's subject. */
function isParticipleCue(tokens: Token[], c: number): boolean {
  return PARTICIPLES.has(tokens[c]!.lower) && tokens[c - 1]?.text === ",";
}

const BASE_FORMS = new Set("say think believe want know argue expect hope fear feel worry agree claim insist predict tell".split(" "));
const SUBJECT_PRONOUNS = new Set("they we i you".split(" "));
const MODALS = new Set("will would could might may did do does can should must".split(" "));
/** "they say", "Republicans believe", "would argue": the base form after a plural subject or a modal. */
function isBaseFormCue(tokens: Token[], c: number): boolean {
  if (!BASE_FORMS.has(tokens[c]!.lower)) return false;
  const before = tokens[c - 1];
  if (!before) return false;
  // "a say in", "their claim", "to say": a noun or an infinitive, not a speaker's verb.
  if (/^(a|an|the|their|his|her|its|our|my|your|to|no|any|this|that|whose)$/.test(before.lower)) return false;
  return SUBJECT_PRONOUNS.has(before.lower) || MODALS.has(before.lower) || /^\p{L}/u.test(before.text);
}

export function findReportedSpeech(text: string, sentence: Sentence, spans: QuotedSpan[]): ReportedSpeech[] {
  const all = tokenize(text, sentence.start, sentence.end);
  if (all.length > MAX_TOKENS * 4) return [];
  const quoted = (t: Token) => spans.some((s) => t.start >= s.open && t.end <= s.close);
  const tokens = all.filter((t) => !quoted(t));
  if (tokens.length < 3) return [];
  const end = trimEnd(text, sentence.start, sentence.end);
  const wholeQuote = (from: number, to: number) =>
    spans.some((s) => s.open <= skipSpace(text, from) && s.close >= trimEnd(text, from, to) - 1);

  const usable = (r: ReportedSpeech | null): r is ReportedSpeech => !!r && r.end - r.start >= 8 && !wholeQuote(r.start, r.end);
  const first = accordingToFirst(text, tokens, end) ?? attributionLast(text, tokens, sentence, spans);
  if (usable(first)) return [first];
  // Reported speech may nest ("Smith said officials believe …"): each cue reports the rest of the sentence.
  const found: ReportedSpeech[] = [];
  let from = 1;
  while (found.length < 3) {
    const next = cueForward(text, tokens, end, spans, from);
    if (!next) break;
    if (usable(next.report)) found.push(next.report);
    from = next.after;
  }
  return found;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && text[i] === " ") i++;
  return i;
}

/** The end of a sentence's words: without the full stop and closing space. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:]/.test(text[e - 1]!)) e--;
  return e;
}

/** "According to X, …" opening the sentence. */
function accordingToFirst(text: string, tokens: Token[], end: number): ReportedSpeech | null {
  const a = tokens.findIndex((_, i) => isAccordingTo(tokens, i));
  if (a < 0 || a > 2) return null;
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

/** "…, Smith said." / "…, said Smith." / "…, according to officials." closing the sentence. */
function attributionLast(text: string, tokens: Token[], sentence: Sentence, spans: QuotedSpan[]): ReportedSpeech | null {
  // "…, according to a new poll by the Harvard Institute of Politics.": however long the source, it ends the sentence.
  const according = tokens.findIndex((_, i) => i > 2 && tokens[i - 1]!.text === "," && isAccordingTo(tokens, i));
  if (according > 0 && !tokens.slice(according).some((t) => t.text === "," || t.text === ";")) {
    const start = skipSpace(text, sentence.start);
    const speaker = readSpeakerPhrase(text, tokens, according + 2, phraseEnd(tokens, according + 2));
    return { speaker, cue: "according to", start, end: tokens[according - 1]!.start };
  }
  let comma = -1;
  for (let i = tokens.length - 1; i > 0 && tokens.length - i <= 14; i--) {
    if (tokens[i]!.text === ",") {
      comma = i;
      break;
    }
  }
  if (comma < 2) return null;
  // A closing quote mark just before the comma: a direct quote, read elsewhere. A quote after the comma: the
  // tail is a clause of its own ("…, said he “appreciates …”"), not an attribution.
  if (spans.some((s) => s.close <= tokens[comma]!.start && s.close >= tokens[comma - 1]!.end && s.closed)) return null;
  if (spans.some((s) => s.open > tokens[comma]!.start)) return null;
  const tail = tokens.slice(comma + 1);
  let speaker: SpeakerRef | null = null;
  let cue: string | null = null;
  // After the attribution only its circumstances may follow: "…, Smith said on Monday in a statement."
  const onlyCircumstance = (from: number) => from >= tail.length || (tail.length - from <= 8 && CIRCUMSTANCE.test(tail[from]!.lower));
  if (isAccordingTo(tail, 0)) {
    cue = "according to";
    const end = phraseEnd(tail, 2);
    speaker = readSpeakerPhrase(text, tail, 2, end);
    if (!onlyCircumstance(end)) return null;
  } else if (isSpeechVerb(tail[0])) {
    cue = tail[0]!.text;
    const end = phraseEnd(tail, 1);
    speaker = readSpeakerPhrase(text, tail, 1, end);
    if (!onlyCircumstance(end)) return null;
  } else {
    const c = tail.findIndex((t, i) => i > 0 && i <= 8 && isFiniteCue(t));
    if (c < 0) return null;
    let k = c;
    while (k > 0 && isBetweenWord(tail[k - 1])) k--;
    if (tail.slice(0, k).some((t) => PUNCT.has(t.text) || CLAUSE_WORDS.has(t.lower))) return null;
    // Only speech verbs close a sentence as attribution ("…, he said"); "…, he believes" is rarer but real.
    cue = tail[c]!.text;
    speaker = readSpeakerPhrase(text, tail, 0, k);
    if (!speaker) return null;
    // Nothing but a place or time may follow: "…, he said on Monday."
    if (tail.slice(c + 1).some((t) => PUNCT.has(t.text)) || !onlyCircumstance(c + 1)) return null;
  }
  if (!speaker && cue !== "according to") return null;
  const start = skipSpace(text, sentence.start);
  const end = tokens[comma]!.start;
  return end > start ? { speaker, cue, start, end } : null;
}

function phraseEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 10 && !PUNCT.has(tokens[j]!.text) && !/^(in|on|at|during|after|before|when|while|who|which|that|to)$/.test(tokens[j]!.lower)) j++;
  return j;
}

/** "Smith said (that) …", "Smith told reporters …": the first finite cue with a speaker before it. */
function cueForward(
  text: string,
  tokens: Token[],
  end: number,
  spans: QuotedSpan[],
  from0: number,
): { report: ReportedSpeech; after: number } | null {
  for (let c = from0; c < tokens.length - 1; c++) {
    const t = tokens[c]!;
    if (isParticipleCue(tokens, c)) {
      // "…, saying the plan will fail": the subject of the sentence reports it.
      const start = skipSpace(text, t.end);
      if (start >= end || NOT_A_CLAUSE.test(tokens[c + 1]?.lower ?? "")) continue;
      const that = tokens[c + 1]?.lower === "that" ? skipSpace(text, tokens[c + 1]!.end) : start;
      return { report: { speaker: sentenceSubject(text, tokens, c - 1), cue: t.text, start: that, end }, after: c + 1 };
    }
    if (!isFiniteCue(t) && !isBaseFormCue(tokens, c)) continue;
    let k = c;
    while (k > 0 && isBetweenWord(tokens[k - 1]) && tokens[k - 1]!.lower !== "told") k--;
    if (tokens[k - 1]?.text === ")") {
      // A party and state after a name: "Sen. Elizabeth Warren (D-MA) said …".
      let m = k - 1;
      while (m > 0 && k - m < 8 && tokens[m]!.text !== "(") m--;
      if (tokens[m]!.text === "(") k = m;
    }
    if (k > 0 && tokens[k - 1]!.text === ",") {
      // Apposition: "Smith, a doctor, said …".
      let m = k - 2;
      while (m > 0 && k - m < 16 && tokens[m]!.text !== ",") m--;
      if (m <= 0 || tokens[m]!.text !== ",") continue;
      k = m;
    }
    let s = k;
    while (s > 0 && k - s < 8 && !PUNCT.has(tokens[s - 1]!.text) && !CLAUSE_WORDS.has(tokens[s - 1]!.lower) && !isReportVerb(tokens[s - 1])) s--;
    // "Clinton celebrated with supporters and said …": the subject of the first verb.
    const coordinated = s === k && (tokens[k - 1]?.lower === "and" || tokens[k - 1]?.lower === "but");
    if (s === k && !coordinated) continue;
    const speaker = coordinated ? sentenceSubject(text, tokens, k - 1) : readSpeakerPhrase(text, tokens, s, k);
    if (!speaker) continue;
    // `"…," Graham told CBS News on Tuesday`: the attribution of a direct quote, not reported speech.
    const quoteBefore = spans.filter((q) => q.closed && q.close <= tokens[s]!.start).at(-1);
    if (quoteBefore && /^[\s,—–-]*$/.test(text.slice(quoteBefore.close, tokens[s]!.start)) && NOT_A_CLAUSE.test(tokens[c + 1]?.lower ?? "")) continue;
    let from = c + 1;
    if (tokens[from]?.text === ":") return null;
    if (OBJECT_CUES.has(t.lower)) {
      // Skip the person spoken to: "told reporters", "told HuffPost UK", "told delegates at the convention that".
      const that = tokens.findIndex((x, j) => j > from && j - from <= 12 && x.lower === "that");
      const between = that > 0 ? tokens.slice(from, that) : [];
      let o = from;
      if (that > 0 && !between.some((x) => PUNCT.has(x.text) || isReportVerb(x))) o = that;
      else {
        while (o < tokens.length && o - from < 6 && (/^\p{Lu}/u.test(tokens[o]!.text) || OBJECT_WORDS.has(tokens[o]!.lower) || (o > from && /^(of|for)$/.test(tokens[o]!.lower)))) o++;
        while (o < tokens.length && WHEN.test(tokens[o]!.lower)) o++;
        if (tokens[o]?.lower === "last" || tokens[o]?.lower === "this") o += 2;
      }
      if (o === from) continue;
      from = o;
      // "told HuffPost UK: “…”": a direct quote follows.
      if (tokens[from]?.text === ":") return null;
    }
    // "said in a statement on Monday that …": the clause starts after "that".
    const prepositional = /^(in|on|at|during|after|before|to|last|this|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
    for (let j = from; j < tokens.length && j - from < 9 && (j === from || prepositional.test(tokens[from]!.lower)); j++) {
      if (tokens[j]!.lower === "that") {
        from = j + 1;
        break;
      }
      if (PUNCT.has(tokens[j]!.text) && tokens[j]!.text !== ",") break;
    }
    // "said Tuesday the plan …": the day is not part of what was said.
    while (from < tokens.length - 1 && WHEN.test(tokens[from]!.lower)) from++;
    let start = skipSpace(text, tokens[from - 1]!.end);
    while (text[start] === ",") start = skipSpace(text, start + 1);
    if (start >= end) return null;
    // "said on Tuesday, as …", "said in an interview": circumstances, not the words reported.
    if (NOT_A_CLAUSE.test(tokens[from]?.lower ?? "") && tokens[from - 1]?.lower !== "that") return null;
    return { report: { speaker, cue: t.text, start, end }, after: from };
  }
  return null;
}
