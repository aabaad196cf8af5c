/**
 * Attribution frames: the words around a quote that say who said it. A frame is read from the text between
 * the quote and the next quote or sentence boundary, never from inside quotes.
 *
 * - after the quote: `"…," Smith said.` / `"…," said Smith, a doctor.` / `"…," he added.` /
 *   `"…," according to officials.` — the attribution must follow the quote at once (news puts it there);
 *   a speech verb further on belongs to another clause ("…, as ministers often claim");
 * - before the quote: `Smith said: "…"` / `The FCDO told HuffPost UK: "…"` / `According to X, "…"` /
 *   `He claimed there are "…"` (a partial quote inside reported speech) — the last cue before the quote;
 *   `…, saying: "…"` and `… and added, "…"` speak for the clause they hang on; `As X put it, "…"`;
 *   a transcript's `Rep. Trey Gowdy (R-S.C.): "…"`;
 * - the speaker phrase skips what news puts between it and the cue: "has long", "(R-WI)", ", a doctor,", a name
 *   before several commas (`"…," Harry Bond, 30, of Raleigh, who was polled, said`), a relative clause (`an
 *   official who spoke anonymously said`);
 * - a list's credit `“…” — Ann Price.`; `Kasich resisted: “…”` (a clause about its subject before a colon);
 *   `is calling the plan “…”` (a progressive cue); `went on to say, “…”` (the subject of the verb before "to").
 */
import { tagsOf } from "../entities/lexicon.js";
import { isAccordingTo, isBetweenWord, isSpeechVerb, tokenize, type Token } from "./cues.js";
import { nameBeforeApposition, nameClosingRole, nameInApposition } from "./appositions.js";
import { CLAUSE_WORDS, isPunct, PHRASE_END } from "./frame-words.js";
import { isRolePhrase, readSpeakerPhrase, type SpeakerRef } from "./speakers.js";
import { startsLower, startsUpper } from "../letters.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const PLACE_OR_NAME = /^(at|in|of|on|for|from|the|\p{Lu}.*)$/u;
const CAPITAL_ING = /^\p{Lu}\p{Ll}+ing$/u;
const CAPITAL_LY = /^\p{Lu}\p{Ll}+ly$/u;
const LOWER_ED = /^\p{Ll}+ed$/u;
const OWNED_WORDS = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})[’']s\s+(?:[\p{L}-]+\s+){0,2}(?:response|reply|answer|retort|reaction|message|verdict|advice|words|statement|post|tweet|letter|email|note)(?:\s+(?:was|is|read|reads|said|says))?\s*:\s*$/u;
const ANY_DASH = /^[—–-]$/;
const ED_OR_S = /(?:ed|s)$/;
const CONJUNCTION = /^(and|but|so|yet)$/;

export interface Frame {
  speaker: SpeakerRef | null;
  cue: string;
  /** Where the attribution's last word ends (for a frame after the quote). */
  end?: number;
}

/** Words just before a quote that make it a title, not speech: "a letter titled", "the so-called". */
const TITLE_WORDS = new Set("titled entitled headlined dubbed nicknamed so-called slogan hashtag labelled labeled captioned".split(" "));
const MAX_FORWARD = 40;

/** Is the quote opening at `open` a title ("In a letter titled “…”") rather than someone's words? */
export function isTitle(text: string, from: number, open: number): boolean {
  const tokens = tokenize(text, Math.max(from, open - 40), open);
  const last = tokens.at(-1);
  if (!last) return false;
  if (TITLE_WORDS.has(last.lower)) return true;
  const before = tokens.at(-2)?.lower;
  // "a group called “…”" names something; "called his actions “a disgrace”" is speech.
  if (last.lower === "called" || last.lower === "named") {
    const det = tokens.slice(-4, -1).findIndex((t) => t.lower === "a" || t.lower === "an" || t.lower === "so");
    if (det >= 0) return true;
  }
  return last.lower === "as" && before === "known";
}

/** The phrase read forwards from tokens[i]: up to punctuation, a clause word or MAX words. */
function phraseForward(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 10 && !isPunct(tokens[j]) && !PHRASE_END.has(tokens[j]!.lower)) j++;
  return j;
}

/** Start of the phrase that ends just before tokens[end], read backwards. */
function phraseBackward(tokens: Token[], end: number, floor: number): number {
  let i = end;
  while (i > floor && end - i < 12) {
    const t = tokens[i - 1]!;
    if (isPunct(t) || CLAUSE_WORDS.has(t.lower) || isSpeechVerb(t)) break;
    i--;
  }
  return i;
}

/** The speaker phrase ending before the cue at tokens[c]: skips "has long", and an apposition ", a doctor,". */
function subjectBefore(text: string, tokens: Token[], c: number, floor: number): SpeakerRef | null {
  let k = c;
  while (k > floor && isBetweenWord(tokens[k - 1]) && tokens[k - 1]!.lower !== "told") k--;
  if (k > floor + 1 && tokens[k - 1]!.text === "," && tokens[k - 2]!.text === ")") k--;
  if (k > floor && tokens[k - 1]!.text === ")") {
    // A party and state after a name: "Paul Ryan (R-WI) said".
    let m = k - 1;
    while (m > floor && k - m < 8 && tokens[m]!.text !== "(") m--;
    if (tokens[m]!.text === "(") k = m;
  }
  let apposition: [number, number] | null = null;
  if (k > floor && tokens[k - 1]!.text === ",") {
    // Apposition: "Mark Smith, a British diplomat, said" — the speaker is before the first comma.
    let m = k - 2;
    while (m > floor && m > k - 28 && tokens[m]!.text !== "," && tokens[m]!.text !== "(") m--;
    if (m > floor && tokens[m]!.text === ",") [apposition, k] = [[m + 1, k - 1], m];
    // A stray comma after a name: `"…," shop owner Hayriye Evren, told Associated Press.`
    // Not an inversion after a comma: "… for Clinton, said Kunin".
    else if (startsUpper(tokens[k - 2]?.text ?? "") && (OBJECT_CUES.has(tokens[c]!.lower) || !startsUpper(tokens[c + 1]?.text ?? ""))) k--;
    else return null;
    if (tokens[k - 1]?.text === ")") {
      // "Sen. Richard Durbin (D-Ill.), noting …, said".
      let n = k - 1;
      while (n > floor && k - n < 8 && tokens[n]!.text !== "(") n--;
      if (tokens[n]!.text === "(") k = n;
    }
  }
  if (k > floor + 2 && /^(who|which)$/.test(tokens[k - 1]!.lower) && tokens[k - 2]!.text === ",") {
    // "Beijing, which described the embargo as “…”", "Jo Park, who said": the relative pronoun speaks for the
    // phrase before its comma.
    const before = phraseBackward(tokens, k - 2, floor);
    const phrase = before < k - 2 ? readSpeakerPhrase(text, tokens, before, k - 2) : null;
    // "Mark Hay, a marine ecologist and Regents Professor at GT, who said": a role in apposition; the name before
    // it speaks.
    const named = nameBeforeApposition(text, tokens, k - 2, floor);
    if (named ?? phrase) return named ?? phrase;
  }
  if (k > floor + 3 && /^(which|that)$/.test(tokens[k - 1]!.lower) && DOCUMENTS.has(tokens[k - 2]!.lower)) {
    // "Facebook released a statement which read": whoever put the document out speaks.
    let v = k - 3;
    while (v > floor && k - v <= 6 && !PUBLISHED.has(tokens[v]!.lower)) v--;
    const publisher = PUBLISHED.has(tokens[v]?.lower ?? "") ? subjectBefore(text, tokens, v, floor) : null;
    if (publisher) return publisher;
  }
  let start = phraseBackward(tokens, k, floor);
  // "Anderson Cooper, of CNN, one of Vanderbilt’s four sons, stated": where the speaker is from is set off too.
  while (start > floor + 1 && /^(of|from|at|with)$/.test(tokens[start]?.lower ?? "") && tokens[start - 1]!.text === ",") {
    k = start - 1;
    start = phraseBackward(tokens, k, floor);
  }
  if (start > floor + 1 && start < k && tokens[start - 1]!.lower === "and" && startsLower(tokens[start]!.text) && !DETERMINERS.has(tokens[start]!.lower)) {
    // "Jennifer Daskal of American University and contributor to Slate wrote": two roles of one person.
    const before = phraseBackward(tokens, start - 1, floor);
    const named = before < start - 1 ? readSpeakerPhrase(text, tokens, before, start - 1) : null;
    if (named?.kind === "person" && named.name?.includes(" ")) return named;
    // "Brent Bozell, PTC president and conservative activist said": the name before the roles.
    const apposed = nameBeforeApposition(text, tokens, k, floor);
    if (apposed) return apposed;
  }
  // Only when what follows "who"/"that" is a verb phrase, not a subject of its own ("…bill that Gov. Chris
  // Christie said").
  const verbPhrase = tokens.slice(start, k).every((t) => !startsUpper(t.text));
  if (verbPhrase && start > floor + 1 && /^(who|that)$/.test(tokens[start - 1]!.lower) && !isPunct(tokens[start - 2])) {
    // "a White House official who spoke anonymously said", "a video that said": the noun the clause describes.
    const before = phraseBackward(tokens, start - 1, floor);
    if (before < start - 1) return readSpeakerPhrase(text, tokens, before, start - 1);
  }
  if (start === k) return null;
  const subject = readSpeakerPhrase(text, tokens, start, k);
  if (tokens[start - 1]?.text === "," && !(subject?.kind === "person" && subject.name?.includes(" ")) && subject?.kind !== "pronoun") {
    // "J.J. Goldberg, editor at large of The Forward, an influential newspaper …, wrote", "Jeb Bush, the former
    // Florida governor, who has resented …, called": a name, then descriptions set off by commas.
    const named = nameBeforeApposition(text, tokens, k, floor);
    if (named) return named;
  }
  const appositionIsName = apposition && tokens.slice(apposition[0], apposition[1]).every((t) => startsUpper(t.text));
  // A role named only through someone else ("Duncan Hunter’s chief of staff, Joe Kasper,") is not a name either.
  // So is a role that reads like a name: "The Senate Minority Leader, Chuck Schumer, said", "The mayor of Paris,
  // Anne Hidalgo, wrote".
  const unnamed = !subject?.name || subject.kind === "unknown" || subject.kind === "group" || isRolePhrase(tokens, start, k);
  if (apposition && appositionIsName && unnamed && subject?.kind !== "document") {
    // The name may be the apposition: "another fraternity brother, Stuart Oltchick, recalled".
    const named = readSpeakerPhrase(text, tokens, apposition[0], apposition[1]);
    if (named?.kind === "person" && named.name) return { ...named, at: tokens[start]!.start };
  }
  if (apposition && !appositionIsName && unnamed && subject?.kind !== "document") {
    // "The study’s lead author, doctoral candidate Maninder Thind, said": a role in lower case, then the name.
    const named = nameClosingRole(text, tokens, apposition[0], apposition[1]);
    if (named) return { ...named, at: tokens[start]!.start };
  }
  return subject;
}

/** "according to a tweet on Monday by Mike Pompeo": the author a document is by speaks for it. */
function accordingTo(text: string, tokens: Token[], from: number): { speaker: SpeakerRef | null; end: number } {
  const end = phraseForward(tokens, from);
  const speaker = end > from ? readSpeakerPhrase(text, tokens, from, end) : null;
  if (speaker && speaker.kind !== "document") return { speaker, end };
  for (let b = end; b < tokens.length && b - end < 8 && !isPunct(tokens[b]); b++) {
    if (tokens[b]!.lower !== "by") continue;
    const last = phraseForward(tokens, b + 1);
    const author = last > b + 1 ? readSpeakerPhrase(text, tokens, b + 1, last) : null;
    if (author?.name && (author.kind === "person" || author.kind === "organisation")) return { speaker: author, end: last };
    break;
  }
  return { speaker, end };
}

const CIRCUMSTANCE_START = /^(in|on|at|during|after|before|to|via|through|with|from|by|late|early|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|reporters|journalists)$/;

/**
 * A sentence that is only an attribution, with nothing reported: "Sam Lau, the party's spokesman, said in a
 * statement." / "Smith told reporters on Monday." The quote paragraph after it is the speaker's.
 */
export function attributionSentence(text: string, from: number, to: number): Frame | null {
  const tokens = tokenize(text, from, to);
  for (let c = tokens.length - 1; c > 0 && tokens.length - c <= 9; c--) {
    const t = tokens[c]!;
    // "a banner read on": what a thing reads is no attribution of words to come.
    if (!isSpeechVerb(t) || t.lower.endsWith("ing") || /^reads?$/.test(t.lower)) continue;
    const after = tokens.slice(c + 1);
    if (after.length && !CIRCUMSTANCE_START.test(after[0]!.lower) && !startsUpper(after[0]!.text)) return null;
    if (after.some((x) => /^(that|is|was|are|were|will|would|has|have|had|be|been|if|whether|to)$/.test(x.lower) && x !== after[0])) return null;
    const speaker = subjectBefore(text, tokens, c, 0);
    return speaker && speaker.kind !== "document" ? { cue: t.text, speaker } : null;
  }
  // "The DNC issued a statement apologizing to Sanders for the emails."
  return publisher(text, tokens);
}

/** "X issued a statement (…)": X, read before the verb, when the sentence puts out a statement or a letter. */
function publisher(text: string, tokens: Token[]): Frame | null {
  for (let v = tokens.length - 2; v > 0; v--) {
    if (!PUBLISHED.has(tokens[v]!.lower) || tokens[v]!.lower === "wrote" || tokens[v]!.lower === "tweeted") continue;
    const document = tokens.slice(v + 1, v + 4).findIndex((t) => DOCUMENTS.has(t.lower));
    if (document < 0 || !tokens.slice(v + 1, v + 1 + document).every((t) => /^(a|an|the|its|his|her|their|new|brief|short|joint|written)$/.test(t.lower))) continue;
    const speaker = subjectBefore(text, tokens, v, 0);
    if (speaker && speaker.kind !== "document") return { cue: tokens[v]!.text, speaker };
  }
  return null;
}

/** A sentence that names whose words the quote before it were: "That quote from X …", "So said X", "That was X". */
const REFERENCE = /^\s*(?:(?:That|This|Those|These|The)\s+(?:quote|quotes|remark|remarks|comment|comments|words|line|lines|statement|message|tweet|post|warning|answer|response)\s+(?:came\s+)?(?:from|by|of)|So\s+said|That\s+was|Those\s+were\s+the\s+words\s+of)\s+/u;

/** `“…” That quote from Alabama Securities Commissioner Thomas Krebs appeared …`: the words' owner named after them. */
export function readReference(text: string, from: number): Frame | null {
  const m = REFERENCE.exec(text.slice(from, from + 200));
  if (!m) return null;
  const tokens = tokenize(text, from + m[0].length, Math.min(text.length, from + m[0].length + 160));
  const end = phraseForward(tokens, 0);
  const speaker = end > 0 ? readSpeakerPhrase(text, tokens, 0, end) : null;
  return speaker?.name && (speaker.kind === "person" || speaker.kind === "organisation") ? { cue: "—", speaker } : null;
}

/** The attribution right after a quote ending at `from`, if any. */
export function readFrameAfter(text: string, from: number, to: number): Frame | null {
  const tokens = tokenize(text, from, Math.min(to, from + 240));
  let i = 0;
  while (i < tokens.length && isPunct(tokens[i])) i++;
  const first = tokens[i];
  if (!first) return null;
  // A list's credit: `“…” — Sanders.`: a dash, then a name alone closing the sentence.
  // It may carry a description after a comma: `“…” — John Smith, 45, of Des Moines`.
  if (i > 0 && /^[—–-]$/.test(tokens[i - 1]!.text)) {
    let n = i;
    while (n < tokens.length && n - i < 5 && startsUpper(tokens[n]!.text)) n++;
    const alone = n === tokens.length && /^[\s.]*$/.test(text.slice(tokens.at(-1)!.end, to));
    const described = n < tokens.length && tokens[n]!.text === "," && !tokens.slice(n).some((x) => isSpeechVerb(x));
    const named = n > i && (alone || described) ? readSpeakerPhrase(text, tokens, i, n) : null;
    if (named?.name && named.kind === "person") return { cue: "—", speaker: named, end: tokens[n - 1]!.end };
  }
  if (isAccordingTo(tokens, i)) {
    const { speaker, end } = accordingTo(text, tokens, i + 2);
    return { cue: "according to", speaker, end: tokens[end - 1]?.end ?? tokens[i + 1]!.end };
  }
  if (isSpeechVerb(first) && first.lower !== "read" && first.lower !== "reads") {
    // Inversion: "said Smith", "added the spokesman".
    const end = phraseForward(tokens, i + 1);
    const speaker = end > i + 1 ? readSpeakerPhrase(text, tokens, i + 1, end) : null;
    // "said his best friend at Lehigh, Bruce Turry, who …": where the role is held may come before the comma.
    let comma = end;
    while (comma < tokens.length && comma - end < 6 && !isPunct(tokens[comma]) && PLACE_OR_NAME.test(tokens[comma]!.text)) comma++;
    const named = speaker && (speaker.kind === "unknown" || speaker.kind === "group") ? nameInApposition(text, tokens, end) ?? nameInApposition(text, tokens, comma) : null;
    if (named) return { cue: first.text, speaker: { ...named.speaker, at: speaker!.at }, end: tokens[named.end - 1]!.end };
    return { cue: first.text, speaker, end: tokens[end - 1]!.end };
  }
  // Subject first: "Smith said", "he added", "Mark Smith, a doctor, said", "the FCDO said in a statement".
  for (let c = i + 1; c < tokens.length && c - i <= 30; c++) {
    const t = tokens[c]!;
    if ((isSpeechVerb(t) && !t.lower.endsWith("ing")) || isPhrasalCue(tokens, c)) {
      let speaker = subjectBefore(text, tokens, c, i);
      // "…," the Vermont senator and Democratic candidate told ABC: a description joined by "and" is one subject.
      const joined = tokens.slice(i, c);
      if (speaker && tokens.findIndex((x) => x.start === speaker!.at) !== i && joined.length <= 12 && joined.some((x) => x.lower === "and") && joined.every((x) => !isPunct(x) && (x.lower === "and" || !CLAUSE_WORDS.has(x.lower)))) {
        speaker = readSpeakerPhrase(text, tokens, i, c) ?? speaker;
      }
      // The subject must start the frame: "…," Smith said — not "…" the plan that Smith said.
      if (!speaker || tokens.findIndex((x) => x.start === speaker!.at) !== i) {
        // "…," Harry Bond, 30, of Raleigh, N.C., who was polled, said: the name before the first comma.
        const comma = tokens.findIndex((x, j) => j > i && x.text === ",");
        const onlyName = tokens.slice(i, comma).every((x) => startsUpper(x.text) || /^(of|the|de|van|von)$/.test(x.lower));
        const named = comma > i && comma < c && onlyName && tokens[c - 1]?.text === "," ? readSpeakerPhrase(text, tokens, i, comma) : null;
        if (!named?.name || (named.kind !== "person" && named.kind !== "organisation")) return null;
        speaker = named;
      }
      const phrasal = isPhrasalCue(tokens, c);
      return { cue: phrasal ? `${t.text} ${tokens[c + 1]!.text}` : t.text, speaker, end: (phrasal ? tokens[c + 1]! : t).end };
    }
    if (t.text === ";" || t.text === ":" || (c > i + 5 && t.text === "," && !tokens.slice(i, c).some((x) => x.text === ","))) {
      // A second comma may close an apposition; anything else ends the search.
      if (t.text !== ",") return null;
    }
  }
  return null;
}

const DOCUMENTS = new Set("statement letter release tweet post email memo message note".split(" "));
/** Verbs that put a document out: its subject speaks through it. */
const PUBLISHED = new Set("released issued posted published sent put wrote tweeted shared circulated".split(" "));
const PREPOSITIONS = new Set("in on at after before during with without for from by since as when while under over to".split(" "));
const DETERMINERS = new Set("the a an his her their its this that one".split(" "));
const OPENING_ADVERBS = new Set("later earlier meanwhile however instead still then yesterday today also thus separately back here there now".split(" "));
/** Past forms that do not end in -ed: a subject read forwards stops at its verb ("Trump took a risk …"). */
const IRREGULAR_PAST = new Set("took made gave went came got put ran won lost held led met left began brought sent kept stood spoke wrote told said sat saw became struck drew threw fought sought taught bought caught heard felt".split(" "));
/** Cues of two words whose first word alone means something else: "shot back", "went on", "pointed out". */
const PHRASAL_CUES = new Map([
  ["shot", "back"],
  ["fired", "back"],
  ["went", "on"],
  ["pointed", "out"],
  ["chimed", "in"],
  ["spoke", "up"],
  ["put", "it"],
  ["puts", "it"],
]);
/** Cues whose next words are the person spoken to, never the speaker: "told reporters". */
const OBJECT_CUES = new Set("told tells tell telling asked asks urged urges thanked praised criticized criticised slammed called calls accused described describes labeled labelled branded dubbed".split(" "));

// "went on for years" is no cue: "went on" speaks only when the words or "to say" follow at once.
export const isPhrasalCue = (tokens: Token[], c: number) =>
  !!tokens[c + 1] &&
  PHRASAL_CUES.get(tokens[c]?.lower ?? "") === tokens[c + 1]!.lower &&
  (tokens[c]!.lower !== "went" || !tokens[c + 2] || /^[,:—–-]$/.test(tokens[c + 2]!.text) || tokens[c + 2]!.lower === "to");

/**
 * The subject opening a sentence, for a cue in participle form ("Clinton’s aide rallied supporters, saying:
 * “…”") whose speaker is the subject of the main verb. A leading phrase ("In response to …,") is skipped.
 */
export function sentenceSubject(text: string, tokens: Token[], limit: number): SpeakerRef | null {
  let i = 0;
  // A dateline ("WASHINGTON, Dec. 8 (UPI) —") is not the subject.
  const dash = tokens.findIndex((t, k) => k < 12 && (t.text === "—" || t.text === "–" || t.text === "-"));
  if (dash >= 0 && dash < limit - 1 && tokens.slice(0, dash).every((t) => !startsLower(t.text))) i = dash + 1;
  // A leading phrase before the subject: "In response to …,", "Later on Sunday,", "Rattling off promises …,".
  const opener = tokens[i];
  if (opener && CONJUNCTION.test(opener.lower)) {
    // "And then Trump went on the attack": a conjunction is no phrase of its own.
    i++;
    if (tokens[i]?.lower === "then") i++;
  } else if (opener && (PREPOSITIONS.has(opener.lower) || OPENING_ADVERBS.has(opener.lower) || CAPITAL_ING.test(opener.text) || (CAPITAL_LY.test(opener.text) && tokens[i + 1]?.text === ","))) {
    // "Recently, Herman Cain …": an adverb and its comma open the sentence too.
    while (i < limit && tokens[i]!.text !== ",") i++;
    i++;
  }
  // "The commander-in-chief of Tajikistan’s armed forces, Major-General Nikolai Sherbatov, took …": a role, then
  // the name in apposition.
  const comma = tokens.findIndex((t, k) => k > i && k < limit && k - i <= 12 && isPunct(t));
  const apposed = comma > i + 1 && tokens[comma]!.text === "," && isRolePhrase(tokens, i, comma) ? nameInApposition(text, tokens, comma) : null;
  if (apposed) return { ...apposed.speaker, at: tokens[i]!.start };
  let j = i;
  while (j < limit && j - i < 8 && !isPunct(tokens[j])) {
    const t = tokens[j]!;
    const afterDeterminer = j > i && DETERMINERS.has(tokens[j - 1]!.lower);
    if (startsLower(t.text) && !afterDeterminer && j > i && (ED_OR_S.test(t.lower) || isBetweenWord(t) || isSpeechVerb(t) || IRREGULAR_PAST.has(t.lower))) break;
    j++;
  }
  return j > i ? readSpeakerPhrase(text, tokens, i, j) : null;
}

/**
 * Who speaks for a participle or a second verb ending at tokens[end]: the speaker of an attribution just
 * before it (`Spicer said, adding, “…”`, `Lazar said … and added, “…”`), else the subject opening the clause,
 * read from `from` (the sentence start or the quote before) so a quote's words are never taken for a subject.
 */
function clauseSubject(text: string, tokens: Token[], end: number, from: number, at: number): SpeakerRef | null {
  for (let c = end - 1; c >= 0 && end - c <= 30; c--) {
    if (isSpeechVerb(tokens[c]) && !tokens[c]!.lower.endsWith("ing")) {
      const subject = subjectBefore(text, tokens, c, 0);
      if (subject) return subject;
    }
  }
  const whole = tokenize(text, Math.max(from, at - 400), at);
  return sentenceSubject(text, whole, whole.length);
}

/** The attribution before a quote opening at `to`, read back to `from` (the sentence start or previous quote). */
export function readFrameBefore(text: string, from: number, to: number, sentenceStart = from): Frame | null {
  const tokens = tokenize(text, Math.max(from, to - 400), to);
  for (let c = tokens.length - 1; c >= 0 && tokens.length - c <= MAX_FORWARD; c--) {
    const t = tokens[c]!;
    if (t.lower === "to" && tokens[c - 1]?.lower === "according") {
      return { cue: "according to", speaker: accordingTo(text, tokens, c + 1).speaker };
    }
    if (isPhrasalCue(tokens, c) && tokens.length - c <= 8) {
      // "As the Post's Dana Milbank puts it, “…”".
      const subject = subjectBefore(text, tokens, c, 0);
      if (subject) return { cue: `${t.text} ${tokens[c + 1]!.text}`, speaker: subject };
    }
    if ((t.lower === "spoke" || t.lower === "speaks") && /^[,:]$/.test(tokens.at(-1)!.text) && tokens.length - c <= 8) {
      // "Senator Lindsey Graham spoke on Fox News, “…”": speaking, then the words.
      const subject = subjectBefore(text, tokens, c, 0);
      if (subject) return { cue: t.text, speaker: subject };
    }
    if (!isSpeechVerb(t)) continue;
    // "Labour's six new pledges", "Prime minister's questions": a cue after a determiner, a number, "new" or a
    // possessive is a noun.
    const prior = tokens[c - 1];
    if (prior && /s$/.test(t.lower) && (/^(the|a|an|his|her|their|its|our|my|new|six|two|three|four|five|many|several|these|those)$/.test(prior.lower) || /[’']s$/u.test(prior.text) || /^\d/.test(prior.text))) continue;
    // "shrugged off claims", "dismissed calls": after a verb or its particle, a noun-prone cue is a noun.
    if (prior && /^(claims|calls|notes|pledges|promises|charges|remarks|comments|questions|answers|replies|warnings|reports)$/.test(t.lower) && (/^(off|up|out|down|away|aside)$/.test(prior.lower) || LOWER_ED.test(prior.text))) continue;
    let aux = c - 1;
    while (aux > 0 && c - aux < 3 && !/^(is|are|was|were|been|be)$/.test(tokens[aux]!.lower) && isBetweenWord(tokens[aux])) aux--;
    if (t.lower.endsWith("ing") && /^(is|are|was|were|been|be)$/.test(tokens[aux]?.lower ?? "")) {
      // "Mike Huckabee, for his part, is labeling Obama’s actions “…”": a progressive has its subject.
      const subject = subjectBefore(text, tokens, c, 0);
      if (subject) return { cue: t.text, speaker: subject };
    }
    if (t.lower.endsWith("ing")) {
      // "with Zinichev describing the “…”": an absolute phrase names its own subject.
      let w = c;
      while (w > 0 && c - w < 6 && !isPunct(tokens[w - 1]) && tokens[w - 1]!.lower !== "with") w--;
      const own = w > 0 && w < c && tokens[w - 1]!.lower === "with" ? readSpeakerPhrase(text, tokens, w, c) : null;
      if (own && own.kind !== "document") return { cue: t.text, speaker: own };
      // A participle has no subject of its own: "…, saying: “…”" speaks for the clause it hangs on.
      // "issued a statement Tuesday saying, “…”": a document's participle needs no comma.
      const documentBefore = tokens.slice(Math.max(0, c - 3), c).some((x) => DOCUMENTS.has(x.lower));
      if (!/^(,|by|before|after|while|when)$/.test(tokens[c - 1]?.lower ?? "") && !documentBefore) continue;
      return { cue: t.text, speaker: clauseSubject(text, tokens, c - 1, from, t.start) };
    }
    const reduced = /ed$/.test(t.lower) && startsLower(tokens[c - 1]?.text ?? "") && tokens[c + 1]?.lower === "by";
    const passive = /^(was|were|is|are|been|being|be)$/.test(tokens[c - 1]?.lower ?? "");
    // "TV channel Five has been criticised for sending “…”": a passive with no agent names no speaker.
    if (passive && /ed$/.test(t.lower) && tokens[c + 1]?.lower !== "by") return { cue: t.text, speaker: null };
    if ((passive || reduced) && tokens[c + 1]?.lower === "by") {
      // The passive: "was described by the CBCP as “…”", "was told by Minister Yevgeny Zinichev of “…”".
      const end = phraseForward(tokens, c + 2);
      const agent = end > c + 2 ? readSpeakerPhrase(text, tokens, c + 2, end) : null;
      return { cue: t.text, speaker: agent && agent.kind !== "pronoun" ? agent : null };
    }
    // "went on to say, “…”", "was prompted to say:": the subject of the clause says it.
    if (tokens[c - 1]?.lower === "to" && /^(say|add|tell|write|ask|declare)$/.test(t.lower)) {
      // "Mr. Trump was prompted to say", "went so far as to say": the subject of the verb before "to".
      let v = c - 2;
      while (v > 0 && c - v <= 6 && !(/(?:ed)$/.test(tokens[v]!.lower) || IRREGULAR_PAST.has(tokens[v]!.lower)) && startsLower(tokens[v]!.text)) v--;
      const subject = v > 0 && startsLower(tokens[v]!.text) ? subjectBefore(text, tokens, v, 0) : null;
      return { cue: t.text, speaker: subject ?? clauseSubject(text, tokens, c - 1, from, t.start) };
    }
    const subject = subjectBefore(text, tokens, c, 0);
    if (subject) return { cue: t.text, speaker: subject };
    let k = c;
    while (k > 0 && isBetweenWord(tokens[k - 1])) k--;
    if (tokens[k - 1]?.lower === "and" || tokens[k - 1]?.lower === "but") {
      // "Carson smiled but told his supporters: “…”": the subject of the first verb speaks.
      return { cue: t.text, speaker: clauseSubject(text, tokens, k - 1, from, t.start) };
    }
    if (OBJECT_CUES.has(t.lower)) return { cue: t.text, speaker: null };
    // A cue directly followed by its subject: 'Said Smith: "…"', 'added Smith:'. Not a clause: "said Trump had “…”".
    const end = phraseForward(tokens, c + 1);
    const clause = tokens.slice(c + 1, end).some((x) => /^(had|has|have|is|was|are|were|will|would|could|should|can|may|might|must)$/.test(x.text) || (startsLower(x.text) && tagsOf(x.lower).some((g) => g === "PastTense" || g === "PresentTense")));
    const inverted = end > c + 1 && !clause ? readSpeakerPhrase(text, tokens, c + 1, end) : null;
    if (inverted && inverted.kind !== "pronoun") return { cue: t.text, speaker: inverted };
    return { cue: t.text, speaker: null };
  }
  // "The DNC released a statement Thursday night condemning “…”": whoever put the statement out speaks.
  const put = publisher(text, tokens);
  if (put) return put;
  // "Trump’s response was: “…”", "Ted Cruz’s Facebook post: “…”": what someone's answer or post said.
  if (tokens.at(-1)?.text === ":") {
    const owned = OWNED_WORDS.exec(
      text.slice(tokens[0]!.start, tokens.at(-1)!.end),
    );
    // Only when the sentence opens with it: "Bolsonaro opposed Macron’s statement: “…”" is Bolsonaro's.
    if (owned?.index === 0) {
      const nameTokens = tokenize(text, tokens[0]!.start, tokens[0]!.start + owned[1]!.length);
      const owner = readSpeakerPhrase(text, nameTokens, 0, nameTokens.length);
      if (owner?.name && (owner.kind === "person" || owner.kind === "organisation")) return { cue: ":", speaker: owner };
    }
  }
  // "Kasich resisted: “…”", "McConnell delivered a blunt message to Trump: “…”": a clause about its subject,
  // then a colon, introduces the subject's words.
  if (tokens.at(-1)?.text === ":" && tokens.length > 2 && text.slice(sentenceStart, tokens[0]!.start).trim() === "") {
    const subject = sentenceSubject(text, tokens, tokens.length - 1);
    const end = subject ? tokens.findIndex((t) => t.start > subject.at && startsLower(t.text) && !/^(of|the|for|and)$/.test(t.lower)) : -1;
    if (subject?.name && (subject.kind === "person" || subject.kind === "organisation") && end > 0 && end < tokens.length - 1) {
      return { cue: ":", speaker: subject };
    }
  }
  // A transcript or a list: "Rep. Trey Gowdy (R-S.C.): “…”" — a name alone, then a colon. A digest sets it after
  // the item's headline and a dash: "GOOD NEWS FOR THE CANDIDATE - Jason A. Schwartz: “…”".
  let dash = -1;
  tokens.forEach((t, i) => {
    if (ANY_DASH.test(t.text)) dash = i;
  });
  const named = tokens.at(-1)?.text === ":" ? nameAlone(text, tokens.slice(dash + 1)) : null;
  return named ? { cue: ":", speaker: named } : null;
}

/** `Name (party):` — the tokens before a colon are a name and nothing else. */
function nameAlone(text: string, tokens: Token[]): SpeakerRef | null {
  if (tokens.length > 10 || tokens.length < 2) return null;
  let k = tokens.length - 1;
  if (tokens[k - 1]?.text === ")") while (k > 0 && tokens[k - 1]!.text !== "(") k--;
  if (tokens[k - 1]?.text === "(") k--;
  const onlyName = tokens.slice(0, k).every((t) => startsUpper(t.text) || /^(of|the|for|and|de|van|von)$/.test(t.lower));
  const named = onlyName && k > 0 ? readSpeakerPhrase(text, tokens, 0, k) : null;
  return named?.name && (named.kind === "person" || named.kind === "organisation") ? named : null;
}
