/**
 * Reported (indirect) speech in one sentence: the clause a cue attributes to a speaker, without quote marks
 * around the whole of it (it may hold a partial quote: that is a mixed quote, still reported speech).
 *
 * - `Smith said (that) …`, `Smith believes …`, and the stances news reports as it reports speech: `Smith wants
 *   to …`, `the union opposed …`, `declined to comment` (cues.ts);
 * - the circumstances between cue and clause are left out: `said Tuesday`, `said on Friday he …`, `said in an
 *   interview with the Daily Echo that …`;
 * - `X told Y (that) …`, `asked voters whether …` (the question is what is reported);
 * - the speaker phrase skips a long apposition, even one with commas of its own (`Jo Park, 49, a nurse who …,
 *   said`), an aside in brackets, and gives a relative clause to its noun (`Ann Price, who said …,` /
 *   `experts who think …`; the clause ends at the relative clause's comma);
 * - `…, saying …` (the participle reports for the clause it hangs on), `they say …`, `42 percent say …` (a base
 *   form after a plural subject, a poll's share or a modal), and reported speech nested in reported speech, up
 *   to four per sentence; whole-sentence frames (`according to`, `…, she said.`, …) are reported.ts.
 * A clause that is entirely a direct quote is left to the direct-quote reader (unless "that" introduces it); the
 * words after the attribution of a direct quote ("…," Graham told CBS News on Tuesday, as …) are circumstances.
 */
import type { QuotedSpan } from "./marks.js";
import { isBetweenWord, isCueParticiple, isParticleCue, isReportVerb, isSpeechVerb, particleAfter, REPORT_VERBS, SPEECH_VERBS, STANCE_VERBS, TO_STANCES, tokenize, type Token } from "./cues.js";
import type { Sentence } from "./sentences.js";
import { nameBeforeApposition, nameClosingRole } from "./appositions.js";
import { sentenceSubject } from "./frames.js";
import {
  accordingInside,
  accordingToFirst,
  attributionInside,
  attributionInverted,
  attributionLast,
  BASE_FORMS,
  CLAUSE_WORDS,
  CLOSING_BASE_FORMS,
  isFiniteCue,
  OBJECT_CUES,
  occasionFirst,
  OCCASIONS,
  PARTICIPLES,
  PUNCT,
  questionLater,
  questionPut,
  skipSpace,
  trimEnd,
  type ReportedSpeech,
} from "./reported.js";
import { fullName, readSpeakerPhrase } from "./speakers.js";
import { startsLower, startsUpper } from "../letters.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const LOWER_PLURAL = /^\p{Ll}[\p{Ll}-]*[^s’']s$/u;
const LOWER_ED = /^\p{Ll}+ed$/u;
const OPENING_PREPOSITION = /^(in|on|at|after|before|during|for|with|by|from|since|under|over)$/;
const AUXILIARY_OR_COMMA = /^(will|would|could|can|should|must|is|was|are|were|has|had|,)$/;
const PASSIVE_AUXILIARY = /^(being|been|be|is|are|was|were)$/;
const DASH = /^[—–]$/;

export type { ReportedSpeech };

/** Cues that are as often nouns: "the awards show will feature …", "their hopes were dashed". */
const NOUN_CUES = /^(show|shows|hope|hopes|claim|claims|report|reports|plan|plans|call|calls|fear|fears|support|supports|offer|offers|question|questions|demand|demands|promise|promises|estimate|estimates|notes|answers|remarks)$/;
const OBJECT_WORDS = new Set("me him her us them reporters journalists lawmakers supporters voters press media crowd audience the a an".split(" "));
const MAX_TOKENS = 120;
const NOT_A_CLAUSE = /^(as|when|while|after|before|on|in|at|during|because|since|to|of|with|for|from|by|about|into)$/;
const WHEN = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|previously|recently|again|also|repeatedly)$/;

/** "…, saying …": a participle after a comma reports for the sentence's subject. */
function isParticipleCue(tokens: Token[], c: number): boolean {
  const lower = tokens[c]!.lower;
  // "In the broader market, declining issues beat advances": after an opening phrase's comma there is no clause
  // for the participle to hang on.
  const opening = OPENING_PREPOSITION.test(tokens[0]?.lower ?? "") && tokens.findIndex((t) => t.text === ",") === c - 1;
  return (PARTICIPLES.has(lower) || isCueParticiple(tokens[c]) || (lower.endsWith("ing") && particleAfter(tokens, c) > 0)) && tokens[c - 1]?.text === "," && !opening;
}

/**
 * `“…,” Christie said, adding that …`, `said Christie, adding …`: the attribution just before a participle's comma
 * gives its speaker (the sentence may open with a quote, which is no subject).
 */
function attributionBefore(text: string, tokens: Token[], c: number): ReturnType<typeof readSpeakerPhrase> {
  const cue = c - 2;
  if (tokens[c - 1]?.text !== "," || !tokens[cue]) return null;
  if (isSpeechVerb(tokens[cue]) && !tokens[cue]!.lower.endsWith("ing")) {
    let s = cue;
    while (s > 0 && cue - s < 8 && !PUNCT.has(tokens[s - 1]!.text)) s--;
    return s < cue ? readSpeakerPhrase(text, tokens, s, cue) : null;
  }
  // "said Christie, adding …": an inverted attribution.
  let v = c - 2;
  while (v > 0 && c - v < 8 && !PUNCT.has(tokens[v - 1]!.text) && !isSpeechVerb(tokens[v - 1])) v--;
  return v > 0 && isSpeechVerb(tokens[v - 1]) && tokens[v - 2]?.text === "," ? readSpeakerPhrase(text, tokens, v, c - 1) : null;
}

/** Documents that carry a participle's words: "put out a statement saying …", "a letter urging …". */
const CARRIERS = /^(statement|statements|letter|letters|email|emails|memo|tweet|tweets|post|release|ad|ads|video|report|message|petition|resolution|motion|bill|op-ed)$/;
/** People and groups a participle describes by their stance: "those supporting deportation", "a group backing …". */
const HOLDERS = /^(those|people|voters|group|groups|supporters|members|republicans|democrats|delegates|donors|pac|pacs|committee|organization|organizations|activists|protesters|lawmakers|candidates|americans|respondents|others)$/;
function isCarriedParticiple(tokens: Token[], c: number): boolean {
  const before = tokens[c - 1]?.lower ?? "";
  return (CARRIERS.test(before) || HOLDERS.test(before)) && (PARTICIPLES.has(tokens[c]!.lower) || isCueParticiple(tokens[c]));
}

const PROGRESSIVE = /^(is|are|was|were|been|be|’s|'s)$/;
/** "Clinton is calling for …", "the group was urging …": a progressive cue reports as its finite form does. */
function isProgressiveCue(tokens: Token[], c: number): boolean {
  const t = tokens[c]!;
  if (!t.lower.endsWith("ing") || !startsLower(t.text) || !(isReportVerb(t) || isCueParticiple(t) || particleAfter(tokens, c) > 0)) return false;
  let k = c - 1;
  while (k > 0 && c - k < 3 && /ly$|^(also|now|still|already|not|increasingly)$/.test(tokens[k]!.lower)) k--;
  return PROGRESSIVE.test(tokens[k]?.lower ?? "");
}

const SUBJECT_PRONOUNS = new Set("they we i you".split(" "));
const MODALS = new Set("will would could might may did do does can should must".split(" "));
/** "with 30 percent of voters saying …": a participle after the share of people polled. */
function shareParticiple(tokens: Token[], c: number): boolean {
  if (!PARTICIPLES.has(tokens[c]!.lower) || tokens[c - 1]?.text === ",") return false;
  for (let j = c - 1; j >= 0 && c - j <= 8; j--) if (tokens[j]!.lower === "with") return /^(percent|\d[\d.,]*|voters|respondents|most|half|majority)$/.test(tokens[c - 1]!.lower) || tokens.slice(j, c).some((t) => t.lower === "percent");
  return false;
}

/** "they say", "Republicans believe", "would argue": the base form after a plural subject or a modal. */
function isBaseFormCue(tokens: Token[], c: number): boolean {
  if (!BASE_FORMS.has(tokens[c]!.lower)) return false;
  const before = tokens[c - 1];
  if (!before) return false;
  // "a say in", "their claim", "to say": a noun or an infinitive, not a speaker's verb.
  if (/^(a|an|the|their|his|her|its|our|my|your|to|no|any|this|that|whose)$/.test(before.lower)) return false;
  // "A news report said …": a cue word with the verb after it is the subject's noun.
  if (/^(said|says|told|tells|showed|shows|found|finds|suggested|suggests|published|released|added|noted|claimed|stated)$/.test(tokens[c + 1]?.lower ?? "")) return false;
  if (before.text === ",") {
    // "Democratic economists, like their Republican counterparts, say …": an aside between commas after a plural
    // or named subject.
    let m = c - 2;
    while (m > 0 && c - m < 14 && tokens[m]!.text !== ",") m--;
    const subject = tokens[m - 1];
    return m > 0 && tokens[m]!.text === "," && !!subject && (startsUpper(subject.text) || LOWER_PLURAL.test(subject.text));
  }
  return SUBJECT_PRONOUNS.has(before.lower) || MODALS.has(before.lower) || /^[\p{L}\p{N}]/u.test(before.text);
}

/**
 * The words some reader of reported speech below starts from: a verb of saying, reporting or stance in any form,
 * "according (to)", "asked", a particle cue, a base form closing the sentence, an occasion opening it. Every
 * reader needs one of them among the sentence's words (outside its quotes); most sentences have none, so they are
 * not read at all. A new reader keyed on another word must add it here (test/extract/reported-gate.test.ts).
 */
const CUE_WORDS = new Set([...SPEECH_VERBS, ...REPORT_VERBS, ...STANCE_VERBS, ...PARTICIPLES, ...BASE_FORMS, ...CLOSING_BASE_FORMS, ...OCCASIONS, "according", "asked"]);

/** Could any reader find reported speech in these words (see CUE_WORDS)? */
export function mayReport(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CUE_WORDS.has(t.lower) || isParticleCue(t.lower) || isCueParticiple(t));
}

export function findReportedSpeech(text: string, sentence: Sentence, spans: QuotedSpan[]): ReportedSpeech[] {
  const tokens = wordsOutsideQuotes(text, sentence, spans);
  return tokens && mayReport(tokens) ? readReportedSpeech(text, sentence, spans, tokens) : [];
}

/** The sentence's words outside its quotes, or null when there are too few or too many to read. */
export function wordsOutsideQuotes(text: string, sentence: Sentence, spans: QuotedSpan[]): Token[] | null {
  const all = tokenize(text, sentence.start, sentence.end);
  if (all.length > MAX_TOKENS * 4) return null;
  // The comma news sets inside a closing mark (`is “far too small,” she said`) still ends the clause.
  const tokens = all.filter((t) => !spans.some((s) => t.start >= s.open && t.end <= s.close && !(t.text === "," && s.closed && t.end === s.end)));
  return tokens.length < 3 ? null : tokens;
}

const NOUN_CUE_BEFORE = /^(the|a|an|new|this|its|his|her|their|latest)$/;

// The helpers of readReportedSpeech are functions of their own, not closures in it: tsx names every inner
// function anew at each call, and this runs for every sentence.

/** Punctuation before the words ("adding, “…”") does not make a direct quote reported speech. */
function lead(text: string, from: number): number {
  let i = skipSpace(text, from);
  while (/[,:;—–-]/.test(text[i] ?? "")) i = skipSpace(text, i + 1);
  return i;
}

function wholeQuote(text: string, spans: QuotedSpan[], from: number, to: number): boolean {
  return spans.some((s) => s.open <= lead(text, from) && s.close >= trimEnd(text, from, to) - 1);
}

/** "said that “…”": a quote introduced by "that" is reported speech with its words quoted. */
function usable(text: string, spans: QuotedSpan[], r: ReportedSpeech | null): r is ReportedSpeech {
  return !!r && r.end - r.start >= 8 && (!wholeQuote(text, spans, r.start, r.end) || /\bthat,?\s*$/.test(text.slice(Math.max(0, r.start - 8), r.start)));
}

/** Every reader of reported speech, in turn, on the sentence's words outside its quotes (findReportedSpeech). */
export function readReportedSpeech(text: string, sentence: Sentence, spans: QuotedSpan[], tokens: Token[]): ReportedSpeech[] {
  const end = trimEnd(text, sentence.start, sentence.end);
  const first =
    accordingToFirst(text, tokens, end) ??
    attributionLast(text, tokens, sentence, spans) ??
    accordingInside(text, tokens, sentence, end) ??
    attributionInverted(text, tokens, sentence, spans) ??
    attributionInside(text, tokens, sentence, end) ??
    questionPut(text, tokens, end);
  if (usable(text, spans, first) && first.cue.toLowerCase() === "asked" && !first.speaker) {
    // "Asked whether he would run, Smith said he had not decided": the question put, then the answer reported.
    const after = tokens.findIndex((t) => t.start >= first.end);
    const answer = after > 0 ? cueForward(text, tokens, end, spans, after + 1) : null;
    return answer && usable(text, spans, answer.report) ? [first, answer.report] : [first];
  }
  if (usable(text, spans, first)) {
    // "…, Lewandowski added, saying it should be …": a participle after the attribution reports as well.
    const p = tokens.findIndex((t, c) => t.start >= first.end && isParticipleCue(tokens, c));
    const participle = p > 0 ? cueForward(text, tokens, end, spans, p) : null;
    const more = participle && usable(text, spans, participle.report) && participle.report.start >= first.end;
    return more ? [first, { ...participle.report, speaker: first.speaker }] : [first];
  }
  // Reported speech may nest ("Smith said officials believe …"): each cue reports the rest of the sentence.
  const found: ReportedSpeech[] = [];
  let from = 1;
  while (found.length < 4) {
    const next = cueForward(text, tokens, end, spans, from);
    if (!next) break;
    // A stance inside words already reported ("Cruz says he supports the bill") is part of those words, not a
    // report of its own; a speech verb there ("Smith said officials told her …") is.
    const nested = found.some((r) => r.start <= next.report.start && next.report.start < r.end);
    if (usable(text, spans, next.report) && !(nested && !isSpeechCue(next.report.cue))) {
      // "Baker thanked the crowd and said …", "…, calling him …": a second cue joined to the first ends the
      // first one's words at the joint.
      const outer = found.at(-1);
      const joint = tokens[next.coordinated];
      if (outer && joint && outer.start < joint.start && joint.start < outer.end && !outer.gap) outer.end = trimEnd(text, outer.start, joint.start);
      while (outer && outer.end > outer.start && text[outer.end - 1] === ",") outer.end--;
      found.push(next.report);
    }
    from = next.after;
  }
  if (!found.length) {
    const occasion = occasionFirst(text, tokens, end);
    if (usable(text, spans, occasion)) found.push(occasion);
  }
  // "…,” she told CNN when asked whether …": the question put, after whatever the sentence reports.
  const later = questionLater(text, tokens, end);
  if (later && !found.some((r) => r.start <= later.start && r.end > later.start)) found.push(later);
  return found;
}

/**
 * The speaker phrase without the words after its head: "19 percent of students polled", "about 4 in 10
 * voters in each state" → "19 percent", "about 4 in 10 voters". Tried when the whole phrase names no one.
 */
function beforeModifier(text: string, tokens: Token[], s: number, k: number): ReturnType<typeof readSpeakerPhrase> {
  for (let m = k - 1; m > s; m--) {
    // A preposition, a relative pronoun or a participle ("the report published Tuesday", "records compiled by …").
    const t = tokens[m]!;
    if (!/^(in|of|for|at|from|across|around|on|who|taken|made|written|released)$/.test(t.lower) && !LOWER_ED.test(t.text)) continue;
    const head = readSpeakerPhrase(text, tokens, s, m);
    if (head && head.kind !== "pronoun") return head;
  }
  return null;
}

const isSpeechCue = (cue: string) => isSpeechVerb({ text: cue, lower: cue.toLowerCase(), start: 0, end: 0 });

/** The speaker phrase before a cue; an undescribed phrase is read again without what follows its head. */
function subjectPhrase(text: string, tokens: Token[], s: number, k: number): ReturnType<typeof readSpeakerPhrase> {
  const whole = readSpeakerPhrase(text, tokens, s, k);
  return whole && whole.kind !== "unknown" ? whole : beforeModifier(text, tokens, s, k) ?? whole;
}

/** "Smith said (that) …", "Smith told reporters …": the first finite cue with a speaker before it. */
function cueForward(
  text: string,
  tokens: Token[],
  end: number,
  spans: QuotedSpan[],
  from0: number,
): { report: ReportedSpeech; after: number; coordinated: number } | null {
  for (let c = from0; c < tokens.length - 1; c++) {
    const t = tokens[c]!;
    // A capitalised cue is a title's word ("Polar Express", "Do They Know It's Christmas"); a noun-prone cue
    // followed by an auxiliary or a comma is a noun ("the awards show will feature …", "a radio show, was asked").
    const auxiliaryAfter = AUXILIARY_OR_COMMA.test(tokens[c + 1]?.lower ?? "");
    if (startsUpper(t.text) || (auxiliaryAfter && NOUN_CUES.test(t.lower))) continue;
    if (isParticipleCue(tokens, c) || shareParticiple(tokens, c) || isCarriedParticiple(tokens, c)) {
      // "…, saying the plan will fail": the subject of the sentence reports it; "with 30 percent saying …":
      // the share of people polled does.
      // "…, calling for an inquiry": the particle belongs to the cue.
      const p = particleAfter(tokens, c);
      const start = skipSpace(text, tokens[c + p]!.end);
      if (start >= end || (!p && NOT_A_CLAUSE.test(tokens[c + 1]?.lower ?? ""))) continue;
      const that = tokens[c + 1 + p]?.lower === "that" ? skipSpace(text, tokens[c + 1 + p]!.end) : start;
      let w = -1;
      for (let j = c - 1; tokens[c - 1]!.text !== "," && j >= 0 && c - j <= 8; j--) if (tokens[j]!.lower === "with") [w, j] = [j, -1];
      // "a group backing …", "those supporting …": the group holds the stance, not the sentence's subject.
      const holder = tokens[c - 1]!.text !== "," && HOLDERS.test(tokens[c - 1]!.lower);
      const hs = holder && /^(a|an|the|some|many|most|other)$/.test(tokens[c - 2]?.lower ?? "") ? c - 2 : c - 1;
      const speaker = w >= 0 ? readSpeakerPhrase(text, tokens, w + 1, c) : holder ? readSpeakerPhrase(text, tokens, hs, c) : (attributionBefore(text, tokens, c) ?? sentenceSubject(text, tokens, c - 1));
      return { report: { speaker, cue: t.text, start: that, end }, after: c + 1, coordinated: c };
    }
    const particle = particleAfter(tokens, c);
    if (!isFiniteCue(t) && !isBaseFormCue(tokens, c) && !isProgressiveCue(tokens, c) && !(particle && !t.lower.endsWith("ing"))) continue;
    // The passive: "Trump is expected to …", "The government was told that …": what is reported is no word of its
    // subject's; the report stands with no speaker, or with the agent after "by".
    let aux = c - 1;
    while (aux > 0 && c - aux < 3 && tokens[aux]!.lower.endsWith("ly")) aux--;
    const passive = PASSIVE_AUXILIARY.test(tokens[aux]?.lower ?? "") && /(?:ed|told|sought|said|written|shown|known|thought|found)$/.test(t.lower);
    // Only a passive of saying or knowing reports something ("is expected to", "was told that"); "was found guilty",
    // "was offered a job" do not.
    if (passive && !/^(expected|announced|revealed|reported|said|told|asked|shown|believed|thought|known|considered|alleged|rumored|rumoured|quoted|estimated|predicted|projected|warned|advised|informed|urged|instructed|ordered)$/.test(t.lower)) continue;
    let k = c;
    // "Smith, the party's leader, on Tuesday called …", "Smith last week told …": the time between speaker and
    // cue belongs to neither.
    for (let round = 0; round < 3; round++) {
      while (k > 0 && isBetweenWord(tokens[k - 1]) && tokens[k - 1]!.lower !== "told") k--;
      const day = tokens[k - 1]?.lower ?? "";
      if (!DAY.test(day) || day === "also" || day === "again") break;
      k -= /^(on|last|this|late|early)$/.test(tokens[k - 2]?.lower ?? "") ? 2 : 1;
    }
    if (tokens[k - 1] && DASH.test(tokens[k - 1]!.text)) {
      // An aside between dashes: "Many speakers at the service — including Muslims, Christians, Jews — said …".
      let m = k - 2;
      while (m > 0 && k - m < 30 && !/^[—–]$/.test(tokens[m]!.text)) m--;
      if (m > 0 && /^[—–]$/.test(tokens[m]!.text)) k = m;
    }
    if (tokens[k - 1]?.text === ")") {
      // A party and state after a name, or an aside: "Sen. Elizabeth Warren (D-MA) said …".
      let m = k - 1;
      while (m > 0 && k - m < 24 && tokens[m]!.text !== "(") m--;
      if (tokens[m]!.text === "(") k = m;
    }
    let aside: ReturnType<typeof readSpeakerPhrase> = null;
    if (k > 0 && tokens[k - 1]!.text === ",") {
      // Apposition: "Smith, a doctor, said …"; it may hold commas of its own ("Michael Seaman, who lives
      // outside the capital, Sacramento, said"): the nearest comma before which a name ends.
      // A person's full name beats an organisation named inside the apposition ("Greg Raiff, chief executive of
      // Private Jet Services, an aviation firm, said").
      let m = k - 2;
      let named = -1;
      let capitalised = -1;
      for (let commas = 0; m > 0 && k - m < 40 && commas < 3; m--) {
        if (tokens[m]!.text !== ",") continue;
        commas++;
        const before = tokens[m - 1]!;
        if (named < 0) named = m;
        if (!startsUpper(before.text)) continue;
        // "… officer of Private Jet Services," names where the speaker works, not the speaker.
        let run = m - 1;
        while (run > 0 && startsUpper(tokens[run - 1]!.text)) run--;
        if (/^(of|for|at|with|from|in)$/.test(tokens[run - 1]?.lower ?? "")) continue;
        const phrase = readSpeakerPhrase(text, tokens, Math.max(0, m - 4), m);
        if (!phrase?.name) continue;
        if (capitalised < 0) capitalised = m;
        if (phrase.kind === "person" && phrase.name.includes(" ")) {
          capitalised = m;
          break;
        }
      }
      if (capitalised > 0) named = capitalised;
      // "Head of the division, Andrew Burke, spoke": the name between the commas is the speaker.
      // "…, former WorldCom finance chief Scott Sullivan, said": a role in lower case may come before the name.
      const asideName = named > 0 ? (fullName(text, tokens, named + 1, k - 1) ?? nameClosingRole(text, tokens, named + 1, k - 1)) : null;
      if (asideName) {
        const before = readSpeakerPhrase(text, tokens, Math.max(0, named - 6), named);
        if (!before?.name || before.kind === "unknown" || before.kind === "group") aside = asideName;
      }
      if (named <= 0) continue;
      k = named;
      if (tokens[k - 1]?.text === ")") {
        // "Rep. Elijah Cummings (D-Md.), chair of the committee, said".
        let n = k - 1;
        while (n > 0 && k - n < 8 && tokens[n]!.text !== "(") n--;
        if (tokens[n]!.text === "(") k = n;
      }
    }
    // "Barkley, who said he votes …": the relative pronoun speaks for the name before its comma.
    // Without the comma ("experts who think the case is clear"), the noun before "who" speaks.
    const relative = k >= 3 && /^(who|which)$/.test(tokens[k - 1]!.lower) && tokens[k - 2]!.text === "," ? k - 2 : k >= 2 && tokens[k - 1]!.lower === "who" ? k - 1 : -1;
    if (relative > 0) k = relative;
    let s = k;
    // A cue word after a determiner is a noun of the subject ("the report published Tuesday showed").
    // Right before the cue a cue word is the subject's head noun: "A news report said".
    while (s > 0 && k - s < 12 && !PUNCT.has(tokens[s - 1]!.text) && !CLAUSE_WORDS.has(tokens[s - 1]!.lower) && (!isReportVerb(tokens[s - 1]) || NOUN_CUE_BEFORE.test(tokens[s - 2]?.lower ?? "") || s === k)) s--;
    // "Clinton celebrated with supporters and said …": the subject of the first verb.
    const coordinated = s === k && (tokens[k - 1]?.lower === "and" || tokens[k - 1]?.lower === "but");
    if (s === k && !coordinated) continue;
    // "Mark Serwotka, from the Public and Commercial Services union said": an apposition left unclosed.
    let comma = k - 1;
    while (comma > 0 && k - comma < 12 && !PUNCT.has(tokens[comma]!.text)) comma--;
    const affiliation = tokens[comma]?.text === "," && /^(from|of|at|with)$/.test(tokens[comma + 1]?.lower ?? "");
    const unclosed = !aside && !coordinated && affiliation ? nameBeforeApposition(text, tokens, k, 0) : null;
    const agent = passive && tokens[c + 1]?.lower === "by" ? readSpeakerPhrase(text, tokens, c + 2, Math.min(tokens.length, c + 7)) : null;
    const speaker = passive ? agent : aside ?? unclosed ?? (coordinated ? sentenceSubject(text, tokens, k - 1) : subjectPhrase(text, tokens, s, k));
    if (!speaker && !passive) continue;
    // `"…," Graham told CBS News on Tuesday`: the attribution of a direct quote, not reported speech.
    const quoteBefore = spans.filter((q) => q.closed && q.close <= tokens[s]!.start).at(-1);
    // `"…," Trump said, referring to …`: after a comma the words are the occasion (a participle after it reports
    // for itself).
    if (quoteBefore && /^[\s,—–-]*$/.test(text.slice(quoteBefore.close, tokens[s]!.start)) && (NOT_A_CLAUSE.test(tokens[c + 1]?.lower ?? "") || tokens[c + 1]?.text === ",")) continue;
    let from = c + 1;
    if (tokens[from]?.text === ":") return null;
    // "wants to run", "declined to comment": the infinitive is the stance reported.
    const infinitive = TO_STANCES.has(t.lower) && tokens[from]?.lower === "to";
    if (particle) from = c + 1 + particle;
    // "warned that …" with no one named as warned: the clause follows at once.
    else if (OBJECT_CUES.has(t.lower) && tokens[from]?.lower !== "that") {
      // Skip the person spoken to: "told reporters", "told HuffPost UK", "told delegates at the convention that".
      // "asked voters whether …": the question put is what is reported, "if" and "whether" included.
      const asking = /^ask/.test(t.lower);
      const that = tokens.findIndex((x, j) => (j > from || (asking && j === from)) && j - from <= 12 && (x.lower === "that" || (asking && /^(if|whether)$/.test(x.lower))));
      const between = that > 0 ? tokens.slice(from, that) : [];
      let o = from;
      if (that > 0 && !between.some((x) => PUNCT.has(x.text) || isReportVerb(x))) o = tokens[that]!.lower === "that" ? that : that - 1;
      if (o < from) {
        // "asked whether …" with no one named as asked: the question starts at once.
        o = from;
        from--;
      }
      else {
        while (o < tokens.length && o - from < 6 && (startsUpper(tokens[o]!.text) || (OBJECT_WORDS.has(tokens[o]!.lower) && (o === from || !/^(the|a|an)$/.test(tokens[o]!.lower))) || (o > from && /^(of|for)$/.test(tokens[o]!.lower)))) o++;
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
    // "said Tuesday the plan …", "said in a statement on Friday he …": circumstances are not what was said.
    if (!infinitive) from = skipCircumstance(tokens, from);
    // "said at a press conference: “…”": the circumstances end in a colon, so a direct quote follows.
    if (tokens[from]?.text === ":") return null;
    let start = skipSpace(text, tokens[from - 1]!.end);
    while (text[start] === ",") start = skipSpace(text, start + 1);
    if (start >= end) return null;
    // "said on Tuesday, as …", "said in an interview": circumstances, not the words reported.
    if (!infinitive && NOT_A_CLAUSE.test(tokens[from]?.lower ?? "") && tokens[from - 1]?.lower !== "that") continue;
    // "Ann Price, who said the budget was fair, won the vote": the relative clause ends at its comma.
    const closing = relative > 0 ? tokens.findIndex((x, j) => j > from && x.text === ",") : -1;
    return { report: { speaker, cue: t.text, start, end: closing > 0 ? tokens[closing]!.start : end }, after: from, coordinated: coordinated ? k - 1 : -1 };
  }
  return null;
}

const DAY = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|previously|recently|again|also|repeatedly|week|month|year|night|morning|afternoon|evening|weekend)$/;
const MONTH = /^(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?$/;
/** Occasions a statement is made on: "in a statement", "during an interview with CNN", "at a rally". */
const OCCASION = /^(statement|interview|letter|tweet|tweets|speech|release|conference|briefing|email|post|op-ed|debate|call|appearance|video|memo|rally|event|hearing|meeting|town|session|address|radio|television|broadcast|show|podcast|filing|report|editorial|column|article|blog|message|announcement|remarks)$/;

/**
 * The circumstances news puts between a cue and the words reported: "said Tuesday", "said on Friday",
 * "said in a statement on Monday", "said during an interview with Fox News", "said last week". Returns the first
 * token after them (and after a "that"), or `from` itself when the words do not follow at once.
 */
function skipCircumstance(tokens: Token[], from: number): number {
  let i = from;
  for (let round = 0; round < 4 && i < tokens.length - 1; round++) {
    const t = tokens[i]!.lower;
    if (DAY.test(t)) i++;
    else if ((t === "last" || t === "this" || t === "next") && DAY.test(tokens[i + 1]?.lower ?? "")) i += 2;
    else if (t === "on" && (DAY.test(tokens[i + 1]?.lower ?? "") || MONTH.test(tokens[i + 1]?.lower ?? ""))) {
      i += 2;
      while (i < tokens.length - 1 && /^\d/.test(tokens[i]!.text)) i++;
    } else if (t === "via" && startsUpper(tokens[i + 1]?.text ?? "")) {
      // "said via Twitter", "said via Facebook Live".
      i++;
      while (i < tokens.length - 1 && startsUpper(tokens[i]!.text)) i++;
    } else if (/^(in|during|at|on)$/.test(t) && /^(a|an|the|his|her|their|its)$/.test(tokens[i + 1]?.lower ?? "")) {
      let j = i + 2;
      while (j < tokens.length - 1 && j - i < 6 && !OCCASION.test(tokens[j]!.lower) && /^[\p{L}-]+$/u.test(tokens[j]!.text)) j++;
      if (!OCCASION.test(tokens[j]?.lower ?? "")) break;
      i = j + 1;
      // "in an interview with The Associated Press": the outlet belongs to the occasion.
      if (/^(with|on|to)$/.test(tokens[i]?.lower ?? "")) {
        i++;
        while (i < tokens.length - 1 && (startsUpper(tokens[i]!.text) || /^(the|of|’s|'s)$/.test(tokens[i]!.lower))) i++;
      }
    } else break;
  }
  if (i > from && tokens[i]?.text === ",") i++;
  if (i > from && tokens[i]?.lower === "that") i++;
  // Circumstances up to the end leave nothing reported but what follows them (a quote after "said via Twitter,").
  return i <= tokens.length ? i : from;
}
