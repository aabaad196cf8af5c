/**
 * Quoted spans → quotes with their attribution frames: joins the pieces of one quotation (the multi-paragraph
 * convention, the interrupted quote — however long the attribution between, and across a programme title in
 * it — a quote paragraph carrying on the quote before) and sets aside titles and scare quotes, so quotes.ts
 * only has to resolve speakers. A partial quote ending its sentence is not spliced to the next quotation, nor
 * is a quote someone else introduces; `“…missing.” Price said.` and `“…” for the council, said Price.` read
 * the attribution after the quote's sentence or after the words that finish its clause.
 */
import type { Paragraph } from "../../article.js";
import { opensWithQuote, type QuotedSpan } from "./marks.js";
import { isSpeechVerb, tokenize, type Token } from "./cues.js";
import { attributionSentence, isTitle, readFrameAfter, readFrameBefore, readReference, type Frame } from "./frames.js";
import { isRoleNoun } from "../entities/context.js";
import { tagsOf } from "../entities/lexicon.js";
import { couldBePerson, readSpeakerPhrase } from "./speakers.js";
import type { Sentence } from "./sentences.js";
import { startsUpper } from "../letters.js";

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const LETTER = /\p{L}/u;
const LOWER_ONLY = /^\p{Ll}+$/u;
const SENTENCE_STOPS = /[.!?]\s+(?=\p{Lu})/gu;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

export interface Piece {
  paragraph: number;
  span: QuotedSpan;
  /** The span's index among its paragraph's quoted spans. */
  index: number;
  sentence: Sentence;
}

export interface Unit {
  pieces: Piece[];
  frame: Frame | null;
  /** The frame was read after the quote ("…," he said) rather than before it. */
  after: boolean;
  /** A title or scare quote: kept out of the output. */
  dropped: boolean;
  /**
   * The run-on: the reporter’s words after the closing mark that finish the quoted clause, in the last piece’s
   * paragraph: `"…" about fixing inequality, said Kilfoyle.` / `Trump says "…" between Cruz and Trump.`
   */
  runOn?: [number, number];
}

export interface Prepared {
  paragraph: Paragraph;
  spans: QuotedSpan[];
  sentences: Sentence[];
}

/** Quoted spans → quotes: joins multi-paragraph quotes, reads each quote's attribution frame. */
export function gatherUnits(prepared: Prepared[]): Unit[] {
  const units: Unit[] = [];
  let open: Unit | null = null;
  prepared.forEach(({ paragraph, spans, sentences }, pi) => {
    let s = 0;
    spans.forEach((span, si) => {
      while (s < sentences.length - 1 && sentences[s]!.end <= span.open) s++;
      const piece: Piece = { paragraph: pi, span, index: si, sentence: sentences[s]! };
      if (open && si === 0 && span.open === 0 && opensWithQuote(paragraph.text)) open.pieces.push(piece);
      else units.push((open = { pieces: [piece], frame: null, after: false, dropped: false }));
      if (span.closed) open = null;
    });
    // An unclosed quote carries on only into a paragraph that opens with a quote mark.
    if (open && !opensWithQuote(prepared[pi + 1]?.paragraph.text ?? "")) open = null;
  });
  for (const unit of units) readFrame(unit, prepared);
  return joinInterrupted(units, prepared);
}

const ONLY_PUNCTUATION = /^[\s,.;:—–-]*$/;

/**
 * Is the text from an attribution to `to` only the attribution's circumstances ("on Thursday during a speech
 * at the Council on Foreign Relations")? Another speech verb means another statement.
 */
function attributionOnly(text: string, frame: Frame, to: number): boolean {
  if (frame.end === undefined || to - frame.end > 400) return false;
  const rest = tokenize(text, frame.end, to);
  // A participle ("explaining why …") describes the same statement; "adding" and "saying" start another. A
  // relative clause ("…, who noted …"), a question put ("when asked if …") and a name ("a PAC called …")
  // describe the speaker or the occasion.
  const another = (t: Token, i: number) =>
    isSpeechVerb(t) &&
    (!t.lower.endsWith("ing") || t.lower === "adding" || t.lower === "saying") &&
    !/^(who|when|if|a|an|group|pac|committee)$/.test(rest[i - 1]?.lower ?? "") &&
    !/^(called|named|asked)$/.test(t.lower);
  return rest.length <= 40 && !rest.some(another);
}

/**
 * `"…," said Lena Fischer.` then a paragraph that is nothing but a quote with no attribution of its own: the
 * speaker goes on, and it is one quotation over two paragraphs.
 */
function continuesInNextParagraph(previous: Unit, unit: Unit, prepared: Prepared[]): boolean {
  const last = previous.pieces.at(-1)!;
  const first = unit.pieces[0]!;
  if (previous.dropped || unit.dropped || unit.frame || !previous.frame?.speaker || !last.span.closed) return false;
  if (first.paragraph !== last.paragraph + 1 || first.span.open !== 0 || unit.pieces.length !== 1 || !first.span.closed) return false;
  const { spans, paragraph } = prepared[last.paragraph]!;
  // The quote before must be the last of its paragraph, followed by its attribution at most.
  if (spans.at(-1) !== last.span) return false;
  if (!ONLY_PUNCTUATION.test(paragraph.text.slice(last.span.close)) && !(previous.after && attributionOnly(paragraph.text, previous.frame, paragraph.text.length))) {
    return false;
  }
  const next = prepared[first.paragraph]!;
  return next.spans.length === 1 && ONLY_PUNCTUATION.test(next.paragraph.text.slice(first.span.close));
}

/**
 * The interrupted quote: `"…," Clinton said on Thursday. "…"` is one quotation broken by its attribution, and
 * `"…." "…."` back to back is one quotation spliced; each becomes one quote with a span per piece.
 */
function joinInterrupted(units: Unit[], prepared: Prepared[]): Unit[] {
  const joined: Unit[] = [];
  for (const unit of units) {
    // A title in the attribution (`Sanders said on CNN’s “State of the Union”.`) does not interrupt the quote.
    let back = joined.length - 1;
    while (back > 0 && joined.length - back <= 2 && joined[back]!.dropped && !unit.dropped && joined[back]!.pieces[0]!.paragraph === unit.pieces[0]!.paragraph) back--;
    const previous = joined[back];
    const last = previous?.pieces.at(-1);
    const first = unit.pieces[0]!;
    // A quote introduced by someone else (`"…," said Loomis. Kasich resisted: "…"`) is a new quotation.
    const introducedByOther = !unit.after && !!unit.frame?.speaker && !!previous?.frame?.speaker && unit.frame.speaker.text !== previous.frame.speaker.text && unit.frame.cue !== previous.frame.cue;
    if (previous && last && !previous.dropped && !unit.dropped && last.span.closed && last.paragraph === first.paragraph && !(unit.after && unit.frame?.speaker) && !introducedByOther) {
      const text = prepared[first.paragraph]!.paragraph.text;
      const gap = text.slice(last.span.close, first.span.open);
      // Back to back, a partial quote ending its sentence (`has created a “…zone.” “So …`) is not spliced
      // to the next quotation: the sentence around the first one is the reporter's.
      // A quote introduced by a colon or a comma (`Parry countered: "…`) is no partial quote.
      const opening = previous.pieces[0]!;
      const introduced = /[:,]\s*$/.test(text.slice(Math.max(opening.sentence.start, opening.span.open - 8), opening.span.open));
      const partial = previous.pieces.length === 1 && opening.span.open > opening.sentence.start + 1 && !introduced;
      // A quotation that opens a sentence of its own, with no frame of its own, after `"…," Smith said …` carries
      // on Smith's words, however much the attribution between says about the occasion.
      const carriesOn =
        !unit.frame && first.span.open <= first.sentence.start + 1 && first.sentence.start >= last.span.close && first.span.open - last.span.close <= 400;
      const joins =
        (ONLY_PUNCTUATION.test(gap) && !partial) ||
        (previous.after && !!previous.frame && (attributionOnly(text, previous.frame, first.span.open) || (carriesOn && !!previous.frame.speaker)));
      if (joins) {
        previous.pieces.push(...unit.pieces);
        previous.frame ??= unit.frame;
        previous.runOn = unit.runOn;
        continue;
      }
    }
    if (previous && last && continuesInNextParagraph(previous, unit, prepared)) {
      previous.pieces.push(...unit.pieces);
      previous.runOn = unit.runOn;
      continue;
    }
    joined.push(unit);
  }
  return joined;
}

function readFrame(unit: Unit, prepared: Prepared[]): void {
  const first = unit.pieces[0]!;
  const last = unit.pieces.at(-1)!;
  const firstText = prepared[first.paragraph]!.paragraph.text;
  const lastText = prepared[last.paragraph]!.paragraph.text;
  const firstSpans = prepared[first.paragraph]!.spans;
  const lastSpans = prepared[last.paragraph]!.spans;
  const previousClose = first.index > 0 ? firstSpans[first.index - 1]!.close : 0;
  const before = Math.max(first.sentence.start, previousClose);
  // Markup attributes (id="…") and titles ("a letter titled “…”", “Cake Boss”) are no one's words.
  if (firstText[first.span.open - 1] === "=" || isTitle(firstText, before, first.span.open)) {
    unit.dropped = true;
    return;
  }
  const adjacent = cueAdjacent(firstText, before, first.span.open);
  const nextOpen = lastSpans[last.index + 1]?.open ?? lastText.length;
  /** Where the run-on stops when an attribution follows it (`"…" about fixing inequality, said Kilfoyle`). */
  let runOnEnd = -1;
  let after = last.span.closed ? readFrameAfter(lastText, last.span.close, Math.min(nextOpen, last.sentence.end)) : null;
  // A title-case quote is a name of a show or slogan, unless it opens its sentence and someone is said to have
  // said it right after (`“Like Oakland. Or Ferguson,” Trump said.`, not `on Fox’s “Sunday Morning Futures,” Rep.
  // Issa said …`), or it is a whole sentence, or the paragraph is a headline, set in title case throughout.
  const opensSentence = first.span.open <= first.sentence.start + 1;
  const spoken = opensSentence && !!after?.speaker && /[,!?—–-]$/.test(firstText.slice(first.span.start, first.span.end));
  const headline = prepared[first.paragraph]!.paragraph.id === "headline";
  const sentence = opensSentence && /[.!?]$/.test(firstText.slice(first.span.start, first.span.end)) && last.span.close >= last.sentence.end - 1;
  if (unit.pieces.length === 1 && !adjacent && !spoken && !headline && !sentence && isTitleCase(firstText.slice(first.span.start, first.span.end))) {
    unit.dropped = true;
    return;
  }
  const exclaims = /[!?…]$/.test(lastText.slice(last.span.start, last.span.end));
  if (!after && last.span.closed && exclaims && last.sentence.end <= last.span.close + 1) {
    // `"…!" Murphy tweeted.` / `"…?" she asked.`: the quote's own stop ended the sentence, yet the
    // attribution follows. Read it from the next sentence, which must open with it.
    after = readFrameAfter(lastText, last.span.close, Math.min(nextOpen, last.span.close + 200));
  }
  if (!after && last.span.closed && !exclaims && last.sentence.end <= last.span.close + 1) {
    // `“… are missing.” Trump said.`: a full stop left inside the quote; the next sentence is only the attribution.
    const frame = readFrameAfter(lastText, last.span.close, Math.min(nextOpen, last.span.close + 80));
    const rest = frame?.end !== undefined ? lastText.slice(frame.end, Math.min(nextOpen, lastText.length)) : "";
    if (frame?.speaker && /^\s*[.]\s*(?:$|[\p{Lu}“"‘'])/u.test(rest)) after = frame;
  }
  if (!after && last.span.closed && nextOpen >= last.sentence.end) {
    // `"…" for the victory, Sanders said.`: a few words of the reporter's finish the quote's clause, then the
    // attribution closes the sentence.
    // The attribution may carry a description of its own: `"…" since most cases were close, said Jo Park, who
    // teaches law at the university.` The first comma whose frame closes the sentence, or whose inverted
    // speaker is followed only by the description, gives it.
    const rest = tokenize(lastText, last.span.close, Math.min(last.sentence.end, last.span.close + 400));
    for (let comma = 1; comma < rest.length && comma <= 20; comma++) {
      // A cue in the run-on starts a clause of its own, unless a modal or "to" makes it no report ("that would
      // respond to requests").
      const cue = isSpeechVerb(rest[comma - 1]) && !/^(would|will|could|can|should|may|might|must|to)$/.test(rest[comma - 2]?.lower ?? "");
      if (cue || rest[comma - 1]!.text === ";" || rest[comma - 1]!.text === ":") break;
      if (rest[comma]!.text !== ",") continue;
      const frame = readFrameAfter(lastText, rest[comma]!.start, last.sentence.end);
      if (!frame?.speaker || frame.end === undefined) continue;
      const tail = lastText.slice(frame.end, last.sentence.end);
      const closes = /^[\s.!?]*$/.test(tail.replace(/^\s*(on|in|at|during)\b.*$/, ""));
      const inverted = rest[comma + 1]?.text === frame.cue && /^\s*,/.test(tail) && !tokenize(tail).some((t) => isSpeechVerb(t));
      if (closes || inverted) {
        after = frame;
        runOnEnd = rest[comma]!.start;
      }
      break;
    }
  }
  let beforeFrame = readFrameBefore(firstText, before, first.span.open, first.sentence.start);
  if (!beforeFrame?.speaker && before > first.sentence.start) {
    // A later quote in an attributed sentence: `He said it was the "…" that the UK has the most "…"`. Quoted
    // words never name the speaker (`"… how strong an issue is it? Time will tell. "I think …`).
    const sentenceFrame = readFrameBefore(firstText, first.sentence.start, first.span.open);
    const at = sentenceFrame?.speaker?.at ?? -1;
    const inside = (i: number) => insideSpan(firstSpans, i);
    // Nor is a cue word quoted: `called Clinton's assertion of a "claim of right" over her emails "…"`. The frame
    // was read from the last 400 characters, so only they are searched.
    const from = Math.max(first.sentence.start, first.span.open - 400);
    const cue = sentenceFrame ? new RegExp(`(?<![\\p{L}])${sentenceFrame.cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "giu") : null;
    const cueOutside = !!cue && [...firstText.slice(from, first.span.open).matchAll(cue)].some((m) => !inside(from + m.index!));
    if (sentenceFrame?.speaker && !inside(at) && cueOutside) beforeFrame = sentenceFrame;
  }
  if (!beforeFrame && !after && before === first.sentence.start) {
    // `Dianne Bystrom agreed. "…"`: a sentence that is only an attribution gives the quote after it.
    const sentences = prepared[first.paragraph]!.sentences;
    const previous = sentences[sentences.indexOf(first.sentence) - 1];
    if (previous && (first.index === 0 || firstSpans[first.index - 1]!.close <= previous.start)) {
      const frame = readFrameBefore(firstText, previous.start, previous.end, previous.start);
      const tail = frame?.speaker ? tokenize(firstText, previous.start, previous.end) : [];
      const cueAt = tail.findIndex((t) => t.text === frame?.cue);
      if (frame?.speaker && cueAt >= 0 && tail.length - cueAt <= 3) beforeFrame = frame;
      // `Sam Lau, the party’s spokesman, said in a statement. “…”`: the circumstances may follow the cue.
      else beforeFrame = attributionSentence(firstText, previous.start, previous.end) ?? beforeFrame;
    }
  }
  if (!after && !beforeFrame && last.span.closed && ONLY_PUNCTUATION.test(lastText.slice(last.span.close))) {
    // A credit line of its own after a quote paragraph, as fact checks and epigraphs print it: "- Bernie Sanders."
    after = creditLine(prepared[last.paragraph + 1]?.paragraph.text ?? "");
    if (!after && !beforeFrame) {
      // A pull quote that signs itself inside the marks: `"… must not happen. Charles Chamberlain, Democracy for
      // America."` The credit is no one's words: the quote ends before it.
      const credit = creditInside(lastText, last.span);
      if (credit) {
        after = credit.frame;
        last.span = { ...last.span, end: credit.end };
      }
    }
  }
  if (!after && !beforeFrame && last.span.closed) {
    // `“…” That quote from Alabama Securities Commissioner Thomas Krebs appeared …`: named in the next sentence,
    // in the same paragraph or opening the next.
    const rest = lastText.slice(last.span.close);
    after = /^\s*$/.test(rest) ? readReference(prepared[last.paragraph + 1]?.paragraph.text ?? "", 0) : readReference(lastText, last.span.close);
  }
  if (!beforeFrame && first.span.open === 0 && first.paragraph > 0) {
    // A paragraph ending in a colon introduces the quote that makes up the next: "Cruz continued:".
    const prev = prepared[first.paragraph - 1]!;
    if (/:\s*$/.test(prev.paragraph.text)) {
      const sentence = prev.sentences.at(-1)!;
      const lastClose = prev.spans.at(-1)?.close ?? 0;
      beforeFrame = readFrameBefore(prev.paragraph.text, Math.max(sentence.start, lastClose), prev.paragraph.text.length, sentence.start);
    }
  }
  // `"…," he said` beats `He said it was "…"` only when the quote ends as speech does: with , ! ? or a dash.
  // British style sets the comma after the closing mark: `"…", wrote Elizabeth Warren.`
  const ending = (firstText[first.span.end - 1] ?? "") + (last.span.closed ? (lastText[last.span.close] ?? "") : "");
  unit.after = !!after && (!!after.speaker || !beforeFrame) && (/[,!?—–-]/.test(ending) || !beforeFrame);
  unit.frame = unit.after ? after : beforeFrame ?? after;
  if (unit.frame?.speaker && last.span.closed) {
    // The quoted words may be only part of what the speaker is credited with: the reporter finishes the clause.
    const end = unit.after ? runOnEnd : !after && adjacentBefore(firstText, before, first.span.open) ? clauseEnd(lastText, last.span.close, Math.min(nextOpen, last.sentence.end)) : -1;
    let start = last.span.close;
    while (start < end && /\s/.test(lastText[start]!)) start++;
    if (end > start && LETTER.test(lastText.slice(start, end))) unit.runOn = [start, end];
  }
  if (!unit.frame?.speaker && !adjacent) {
    // Scare quotes and titles: a few words that no one is said to have said.
    const words = unit.pieces.reduce((n, p) => n + countWords(prepared[p.paragraph]!.paragraph.text, p.span), 0);
    const inside = first.span.open > first.sentence.start + 1 || first.span.close < first.sentence.end - 2;
    if (words <= 4 && inside && !/[.!?]$/.test(firstText.slice(first.span.start, first.span.end))) unit.dropped = true;
  }
}

/** Is offset `i` inside one of `spans` (sorted, not overlapping)? A binary search: a paragraph may hold thousands. */
function insideSpan(spans: QuotedSpan[], i: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= i;
}

/**
 * The cue, with at most two words between, right before a quote inside a sentence: `Trump says "…"`,
 * `McConnell has said repeatedly "…"`, `admitted "…"` — the quote is the object of the cue.
 */
function adjacentBefore(text: string, from: number, open: number): boolean {
  const tokens = tokenize(text, Math.max(from, open - 60), open);
  // `Tyler said, "…" until the caucuses.`: the comma or colon news puts after the cue.
  if (tokens.at(-1)?.text === "," || tokens.at(-1)?.text === ":") tokens.pop();
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= 3; k--) {
    const t = tokens[k]!;
    if (isSpeechVerb(t)) return !/^(called|calls|named|labeled|labelled|branded|dubbed|described)$/.test(t.lower);
    if (!LOWER_ONLY.test(t.text) || /^(a|an|the|as|of|to|for|and|or)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * Where the reporter's words after a quote stop finishing its clause: at the sentence's end, a semicolon or a
 * dash, or a comma that starts an aside or another clause.
 */
function clauseEnd(text: string, close: number, to: number): number {
  // Only the stretch up to the sentence's end is searched, so long paragraphs of quotes stay linear.
  const m = /[;—–]|\s-\s|,\s*(?:and|but|while|which|who|as|adding|saying|though|although)\b/.exec(text.slice(close, to));
  let end = m ? close + m.index : to;
  while (end > close && /[\s.!?,:]/.test(text[end - 1]!)) end--;
  return end;
}

/** A paragraph that is only a dash and a name, with perhaps a title after a comma: `- Sen. Bernie Sanders.` */
function creditLine(text: string): Frame | null {
  const m = /^\s*[-—–]\s*([^,.;:!?]+(?:\.[^,.;:!?\s][^,.;:!?]*)*)(?:,[^.]{0,80})?\.?\s*$/u.exec(text);
  if (!m || text.length > 120) return null;
  const tokens = tokenize(text, m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  if (!tokens.length || tokens.length > 5 || !tokens.every((t) => startsUpper(t.text))) return null;
  const speaker = readSpeakerPhrase(text, tokens, 0, tokens.length);
  return speaker?.name && (speaker.kind === "person" || speaker.kind === "organisation") ? { cue: "—", speaker } : null;
}

/**
 * The credit closing a quote's own words: `… a lot. S.C. Rep. Jim Clyburn.`, `… for. Former NAACP president Ben
 * Jealous.`, `… happen. Charles Chamberlain, Democracy for America.` Only a given name or a title before the
 * name makes it a credit, so a last sentence in title case ("We Will Win Again.") stays the speaker's words.
 */
function creditInside(text: string, span: QuotedSpan): { frame: Frame; end: number } | null {
  const from = Math.max(span.start, span.end - 120);
  for (const stop of text.slice(from, span.end).matchAll(SENTENCE_STOPS)) {
    const at = from + stop.index! + stop[0].length;
    const tokens = tokenize(text, at, span.end);
    const comma = tokens.findIndex((t) => t.text === ",");
    const named = comma < 0 ? tokens : tokens.slice(0, comma);
    // A name with a title or role before it, nothing else: no verb, no clause.
    if (!named.length || named.length > 8 || !named.every((t) => startsUpper(t.text) || isRoleNoun(t.text) || /^(of|for|the|and)$/.test(t.lower))) continue;
    const speaker = readSpeakerPhrase(text, tokens, 0, named.length);
    if (speaker?.kind !== "person" || !speaker.name?.includes(" ") || !couldBePerson(speaker.name)) continue;
    const given = speaker.name.split(/\s+/)[0]!;
    const first = named.findIndex((t) => t.text === given);
    // Before the name only titles and roles: "S.C. Rep.", "Former NAACP president".
    const titled =
      first > 0 &&
      named.slice(0, first).every((t) => isRoleNoun(t.text) || ALL_CAPITALS.test(t.text) || text[t.end] === "." || /^(former|then|ex)$/i.test(t.text));
    if (!titled && !tagsOf(given).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName")) continue;
    let end = from + stop.index! + 1;
    while (end > span.start && /\s/.test(text[end - 1]!)) end--;
    return { frame: { cue: "—", speaker }, end };
  }
  return null;
}

/** A speech verb (and colon) right before the quote: `said "…"`, `added: "…"`. */
function cueAdjacent(text: string, from: number, open: number): boolean {
  const tokens = tokenize(text, Math.max(from, open - 30), open);
  const last = tokens.at(-1);
  const cue = last && (last.text === ":" || last.text === ",") ? tokens.at(-2) : last;
  return isSpeechVerb(cue) && cue!.lower !== "called" && cue!.lower !== "named";
}

const SMALL_WORDS = new Set("a an the of and or in on at to for by with from as vs".split(" "));

/** "Saturday Night Live", "Peace Through Strength": a name of a show, book or slogan, not a sentence. */
function isTitleCase(quoted: string): boolean {
  const words = quoted.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

function countWords(text: string, span: QuotedSpan): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const space = text[i] === " ";
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

