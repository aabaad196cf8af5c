/**
 * Quotes and their speakers: direct quotes in every form news prints them, and reported (indirect) speech.
 *
 * Conventions handled (each has an example in test/extract/quotes.test.ts):
 * - `"…," Smith said.` / `"…," said Smith, a doctor.` / `"…," he added.` / `Smith said: "…"` /
 *   `according to X, "…"` — the attribution frame right after or before the quote (frames.ts);
 * - a partial quote inside a sentence (`He claimed there are "unquestionable examples"`) is the words of the
 *   sentence's speaker, as is a second quote in a sentence whose first is attributed;
 * - the multi-paragraph convention: a paragraph that opens a quote without closing it continues in the next
 *   paragraph that opens with a quote mark; the closing paragraph may carry the attribution instead;
 * - the interrupted quote (`"…," Clinton said on Thursday. "…"`) is one quote with a span per piece, its
 *   pieces joined by a space; a quote paragraph with no attribution of its own right after an attributed quote
 *   carries it on (pieces in two paragraphs join with a blank line, as multi-paragraph quotes do);
 * - a quote with no attribution at all continues the speaker of the speech just before it (up to two
 *   paragraphs back), if any;
 * - a paragraph ending in a colon ("Cruz continued:") attributes the quote paragraph after it;
 * - nested single quotes stay inside the outer quote; apostrophes are not quote marks (marks.ts);
 * - titles of letters, books and slogans in quote marks ("a letter titled “…”") are not anyone's words, and
 *   neither are short scare quotes that no one is said to have said;
 * - reported speech: `Smith said (that) …`, `X told Y that …`, `Smith wants to …`, `according to X, …`,
 *   `…, Smith said.`, `The plan, she said, is dead.`, `Asked whether …`, a transcript turn `PRICE: …`
 *   (indirect.ts, reported.ts); its speaker carries on to a quote paragraph after it.
 * - a pronoun goes to the nearest person, passing over one the article shows to be of the other sex.
 * Joining and titles: units.ts. Speakers: read by speakers.ts, resolved by speaker-book.ts.
 *
 * Runs in time linear in the article: one pass over the quote marks, frames read from bounded windows.
 */
import type { Paragraph, Quote, Span, Speaker } from "../../article.js";
import type { Entities } from "../entities/index.js";
import { scoreQuotes, type Scored } from "./confidence.js";
import type { Evidence, Found, QuoteDraft, Route } from "./evidence.js";
import { reportKind } from "./saying.js";
import { findQuotedSpans, type QuotedSpan } from "./marks.js";
import { tokenize } from "./cues.js";
import { attributionSentence, sentenceSubject, type Frame } from "./frames.js";
import { findReportedSpeech, mayReport, wordsOutsideQuotes } from "./indirect.js";
import { transcriptTurn } from "./reported.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { gatherUnits, type Prepared, type Unit } from "./units.js";
import { SpeakerBook, type ResolvedSpeaker } from "./speaker-book.js";
import { printedNames } from "./speakers.js";
import { startsUpper } from "../letters.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const TITLED_NAME = /\b(Mrs?|Ms|Miss)\.? (\p{Lu}[\p{L}’'-]+)/gu;
const POSSESSIVE = /[’']s$/u;

// Documents whose later mention ("the letter reads") speaks for whoever was said to have written them.
const DOCUMENT_WORD = /\b(letter|statement|email|memo|note|post|tweet|report|release|message)\b/gi;

/** Every quote, reported speech and stance in the paragraphs, with its confidence (not yet filed). */
export function findQuotes(paragraphs: Paragraph[], entities: Entities): Omit<Quote, "filed">[] {
  return readQuotes(paragraphs, entities).map((s) => s.quote);
}

/** The quotes with the features their confidence was computed from (for training and evaluation). */
export function readQuotes(paragraphs: Paragraph[], entities: Entities): Scored[] {
  return scoreQuotes(attributeQuotes(paragraphs, entities), paragraphs, entities);
}

/**
 * Could attributeQuotes find anything in this text as a paragraph of its own? Only a quote mark, a transcript
 * turn's colon or a sentence with a word reported speech starts from (mayReport) lets it find anything; a text
 * with none of them is not worth the speaker book and the readers (most headlines are like that).
 */
export function mayHoldQuote(text: string): boolean {
  if (text.includes(":")) return true;
  const spans = findQuotedSpans(text);
  if (spans.length) return true;
  return splitSentences(text, spans).some((sentence) => {
    const words = wordsOutsideQuotes(text, sentence, spans);
    return words !== null && mayReport(words);
  });
}

/** The quotes and their speakers as the conventions above read them, each with how it was attributed. */
export function attributeQuotes(paragraphs: Paragraph[], entities: Entities): Found[] {
  const prepared: Prepared[] = paragraphs.map((paragraph) => {
    const spans = findQuotedSpans(paragraph.text);
    return { paragraph, spans, sentences: splitSentences(paragraph.text, spans) };
  });
  const names = prepared.flatMap(({ paragraph }) => printedNames(paragraph.text, tokenize(paragraph.text)).map((n) => n.name));
  // "Mrs. Smith", "Mr. Jones": a title that tells "he" from "she".
  const titled = prepared.flatMap(({ paragraph }) =>
    [...paragraph.text.matchAll(TITLED_NAME)].map((m) => [m[2]!, m[1] === "Mr" ? "m" : "f"] as [string, "f" | "m"]),
  );
  const book = new SpeakerBook(entities.people, entities.organisations, names, titled);
  const units = gatherUnits(prepared);

  const quotes: Found[] = [];
  let previous: { speaker: ResolvedSpeaker | null; paragraph: number; named: Evidence["named"] } | null = null;
  let u = 0;
  let inTurn = false;
  for (let pi = 0; pi < prepared.length; pi++) {
    const { paragraph, sentences } = prepared[pi]!;
    for (const sentence of sentences) {
      const here: Unit[] = [];
      while (u < units.length && units[u]!.pieces[0]!.paragraph === pi && units[u]!.pieces[0]!.sentence === sentence) here.push(units[u++]!);
      const sentenceSpeakers: (ResolvedSpeaker | null)[] = [];
      let sentenceFrame: { frame: Frame; speaker: ResolvedSpeaker | null } | null = null;
      if (here.some((unit) => !unit.dropped && unit.frame?.speaker?.kind === "pronoun" && unit.after)) {
        // "C. Boyden Gray, who served …, ticked through the code: “…,” he said.": the person the sentence opens
        // with is the likeliest "he" of its own quote.
        mentionSubject(book, prepared[pi]!, sentence);
      }
      const resolved = here.map((unit) => {
        if (unit.dropped) return null;
        const speaker = unit.frame?.speaker ? book.resolve(unit.frame.speaker) : null;
        if (unit.frame && !sentenceFrame) sentenceFrame = { frame: unit.frame, speaker };
        return { unit, speaker };
      });
      for (const r of resolved) {
        if (!r) continue;
        let { speaker } = r;
        let cue = r.unit.frame?.cue;
        const frame = r.unit.frame;
        let how: Evidence = {
          route: frame ? frameRoute(frame.cue, r.unit.after) : "none",
          named: frame?.speaker?.kind ?? null,
          distance: 0,
        };
        if (!frame && sentenceFrame) {
          // A second quote in an attributed sentence: `He said it was the "…" that the UK has the most "…"`.
          const shared = sentenceFrame as { frame: Frame; speaker: ResolvedSpeaker | null };
          ({ speaker } = shared);
          cue = shared.frame.cue;
          how = { route: "sentence", named: shared.frame.speaker?.kind ?? null, distance: 0 };
        } else if (!frame && previous && previous.paragraph >= pi - 2) {
          // A quote with no attribution of its own continues the speaker of the quote just before it.
          speaker = previous.speaker;
          how = { route: "carried", named: previous.named, distance: pi - previous.paragraph };
        }
        sentenceSpeakers.push(speaker);
        quotes.push({ quote: toQuote(r.unit, prepared, speaker, cue === ":" || cue === "—" ? undefined : cue), how: withResolution(how, speaker) });
        const last = r.unit.pieces.at(-1)!;
        previous = { speaker, paragraph: last.paragraph, named: how.named };
      }
      // A transcript turn is one reported passage: the sentences inside it are not read again.
      const turn = sentence.start === 0 ? transcriptTurn(paragraph.text) : null;
      // A label in capitals is a turn only when it names someone the article names: "SMITH:" in a transcript, but
      // never a digest's heading ("THE DAY AHEAD:", "OIL:").
      const turnSpeaker = turn?.speaker ? book.resolve(turn.speaker) : null;
      const isTurn = !!turnSpeaker?.slug && turnSpeaker.kind === "person";
      if (sentence.start === 0) inTurn = isTurn;
      const found = turn ? (isTurn ? [turn] : []) : inTurn ? [] : findReportedSpeech(paragraph.text, sentence, spansIn(prepared[pi]!, sentence));
      // A report whose words are no clause and whose cue takes no position is no report at all: its "speaker" is
      // nobody's ("Baker, 42, denied the charge" is not the charge reporting "Baker, 42").
      const reported = found.flatMap((report) => {
        // An attribution inside the clause ("The plan, she said, is dead") is left out of its words.
        const pieces: [number, number][] = report.gap ? [[report.start, report.gap[0]], [report.gap[1], report.end]] : [[report.start, report.end]];
        const text = pieces.map(([s, e]) => paragraph.text.slice(s, e)).join(" ");
        const afterThat = /\bthat\s*$/i.test(paragraph.text.slice(Math.max(0, report.start - 6), report.start));
        const kind = report === turn ? "indirect" : reportKind(report.cue, text, afterThat);
        return kind ? [{ report, pieces, text, kind }] : [];
      });
      for (const { report, pieces, text, kind } of reported) {
        const speaker = report.speaker ? book.resolve(report.speaker) : null;
        if (speaker) {
          book.spoke(speaker, documentsIn(paragraph.text, sentence));
          // A quote paragraph after reported speech continues the same speaker.
          previous = { speaker, paragraph: pi, named: report.speaker?.kind ?? null };
        }
        quotes.push({
          quote: {
            text,
            kind,
            speaker: speaker ? toSpeaker(speaker) : null,
            cue: report.cue,
            paragraph: paragraph.id,
            spans: pieces.map(([start, end]) => ({ paragraph: paragraph.id, start, end })),
          },
          how: withResolution({ route: report === turn ? "transcript" : "reported", named: report.speaker?.kind ?? null, distance: 0 }, speaker),
        });
      }
      if (sentenceSpeakers.some(Boolean)) {
        // Once per sentence: a sentence may hold thousands of quotes.
        const documents = documentsIn(paragraph.text, sentence);
        for (const speaker of sentenceSpeakers) if (speaker) book.spoke(speaker, documents);
      }
      if (!here.length && !reported.length && sentence === sentences.at(-1) && pi + 1 < prepared.length && !spansIn(prepared[pi]!, sentence).length) {
        // "Sam Lau, the party’s spokesman, said in a statement." closing a paragraph: the quote paragraph after it
        // is his.
        const frame = attributionSentence(paragraph.text, sentence.start, sentence.end);
        const speaker = frame?.speaker ? book.resolve(frame.speaker) : null;
        if (speaker) {
          book.spoke(speaker);
          previous = { speaker, paragraph: pi, named: frame!.speaker!.kind };
          continue;
        }
      }
      // A person named as the subject of a sentence is the likeliest "he" of the next one.
      if (!sentenceSpeakers.some(Boolean) && !reported.some((r) => r.report.speaker)) mentionSubject(book, prepared[pi]!, sentence);
    }
  }
  const index = new Map(paragraphs.map((p, i) => [p.id, i]));
  const order = (q: QuoteDraft) => [index.get(q.spans[0]!.paragraph)!, q.spans[0]!.start] as const;
  quotes.sort(({ quote: a }, { quote: b }) => {
    const [pa, sa] = order(a);
    const [pb, sb] = order(b);
    return pa - pb || sa - sb || (a.kind === b.kind ? 0 : a.kind === "direct" ? -1 : 1);
  });
  return quotes;
}

function withResolution(how: Evidence, speaker: ResolvedSpeaker | null): Evidence {
  return speaker?.via ? { ...how, via: speaker.via, ...(speaker.rivals !== undefined ? { rivals: speaker.rivals } : {}) } : how;
}

/** How a quote's own frame attributes it: after it (`"…," she said`), before it, by a colon, or a dash credit. */
function frameRoute(cue: string, after: boolean): Route {
  if (cue === ":") return "colon";
  if (cue === "—") return "credit";
  return after ? "frame-after" : "frame-before";
}

/**
 * The person a sentence opens with, as a candidate for a later "he" or "she". Words in quote marks are no subject
 * (`…project, “Latin History for Dummies,” the actor discussed …`).
 */
function mentionSubject(book: SpeakerBook, prepared: Prepared, sentence: Sentence): void {
  const { text } = prepared.paragraph;
  const quoted = spansIn(prepared, sentence);
  const tokens = tokenize(text, sentence.start, Math.min(sentence.end, sentence.start + 300)).filter((t) => !quoted.some((q) => t.start >= q.open && t.end <= q.close));
  const subject = tokens.length ? sentenceSubject(text, tokens, tokens.length) : null;
  if (subject?.kind === "person" && subject.name) book.mention(subject.name);
  else {
    // "Bill Clinton’s hair was whiter …": the person a sentence opens with may be the owner of its subject.
    const owner = tokens.findIndex((t, k) => k < 4 && POSSESSIVE.test(t.text));
    if (owner > 0 && tokens.slice(0, owner + 1).every((t) => startsUpper(t.text))) book.mention(text.slice(tokens[0]!.start, tokens[owner]!.end - 2));
  }
}

/** The quoted spans of a sentence, found by binary search (a paragraph may hold thousands). */
function spansIn(prepared: Prepared, sentence: Sentence): QuotedSpan[] {
  const { spans } = prepared;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close <= sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: QuotedSpan[] = [];
  for (let i = lo; i < spans.length && spans[i]!.open < sentence.end; i++) inside.push(spans[i]!);
  return inside;
}

function documentsIn(text: string, sentence: Sentence): string[] {
  return [...text.slice(sentence.start, sentence.end).matchAll(DOCUMENT_WORD)].map((m) => m[1]!.toLowerCase());
}

function toSpeaker(s: ResolvedSpeaker): Speaker {
  return s.slug ? { name: s.name, kind: s.kind, slug: s.slug } : { name: s.name, kind: s.kind };
}

function toQuote(unit: Unit, prepared: Prepared[], speaker: ResolvedSpeaker | null, cue: string | undefined): QuoteDraft {
  // Everything inside the marks is kept, the comma news puts before "he said" included: the text is what the
  // page prints between the quote marks, so a reader can find it there.
  const spans: Span[] = unit.pieces.map((p) => ({ paragraph: prepared[p.paragraph]!.paragraph.id, start: p.span.start, end: p.span.end }));
  // Pieces of one paragraph (an interrupted quote) join with a space, paragraphs with a blank line.
  const text = spans
    .map((s, i) => (i === 0 ? "" : s.paragraph === spans[i - 1]!.paragraph ? " " : "\n\n") + prepared[unit.pieces[i]!.paragraph]!.paragraph.text.slice(s.start, s.end))
    .join("");
  const last = unit.pieces.at(-1)!;
  return {
    text,
    kind: "direct",
    speaker: speaker ? toSpeaker(speaker) : null,
    ...(cue ? { cue } : {}),
    paragraph: spans[0]!.paragraph,
    spans,
    ...(unit.runOn ? { runOn: { paragraph: prepared[last.paragraph]!.paragraph.id, start: unit.runOn[0], end: unit.runOn[1] } } : {}),
  };
}
