/**
 * Quotes in a headline: `Trump: ‘We Are Going to Win So Much.’`, `Gillibrand on Hillary’s Transcripts: ‘I Think
 * She Will.’`, `‘…’ Is Like a Lawyer’s Dumbest Client, Trevor Noah Says`, and reported speech: `Clinton Says
 * Russians Hacked DNC`.
 *
 * Headlines follow two conventions body text does not: quotes go in single marks, and words in title case. The
 * headline is read as body text once its paired single marks are made double and its common words are
 * lower-cased (the same length, so every offset still points into the headline as printed); a label such as
 * "The Latest:" is blanked out. Only quotes and reported speech with a speaker are kept: a headline's bare quote
 * is a slogan or a scare quote more often than anyone's words.
 */
import type { Entities } from "../entities/index.js";
import { tagsOf } from "../entities/lexicon.js";
import { scoreQuotes, type Scored } from "./confidence.js";
import type { Found, QuoteDraft } from "./evidence.js";
import { attributeQuotes, mayHoldQuote } from "./index.js";
import { startsUpper } from "../letters.js";

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const LETTER = /\p{L}/u;
const TITLE_CASE_WORDS = /(?<![\p{L}’'])\p{Lu}[\p{Ll}’'-]+/gu;

/** Labels set before a headline that are no one's name: "The Latest: …", "Analysis: …". */
const KICKER = /^(?:the latest|latest|live|live updates|analysis|opinion|exclusive|breaking|watch|video|update|editorial|commentary|review|explainer|fact check|poll|report)\s*:/i;
/** Lexicon tags of words that are not names, so title case can be undone for them. */
const COMMON = new Set(["Verb", "PresentTense", "PastTense", "Infinitive", "Gerund", "Copula", "Modal", "Preposition", "Conjunction", "Determiner", "Pronoun", "Adverb", "Adjective", "Singular", "Plural", "QuestionWord"]);
const NAME = new Set(["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "Country", "City", "Region", "Organization", "Acronym", "Honorific", "Demonym"]);
const SPACE_OR_START = /^$|[\s:—–(]/;
const CLOSING_CONTEXT = /^$|[\s,.;:!?)—–]/;

export function findHeadlineQuotes(headline: string, entities: Entities): Scored["quote"][] {
  return readHeadlineQuotes(headline, entities).map((s) => s.quote);
}

/** The headline's quotes with the features their confidence was computed from. */
export function readHeadlineQuotes(headline: string, entities: Entities): Scored[] {
  return scoreQuotes(attributeHeadline(headline, entities), [{ id: "headline", text: headline }], entities);
}

function attributeHeadline(headline: string, entities: Entities): Found[] {
  const names = [...entities.people, ...entities.organisations].flatMap((e) => [e.name, ...e.aliases]);
  const body = asBodyText(headline, names);
  // No quote marks, no colon (a claim's or a turn's) and no word of saying: nothing below can find a quote.
  if (!mayHoldQuote(body)) return [];
  const found = attributeQuotes([{ id: "headline", text: body }], entities).map((f) => f.quote);
  const claim = colonClaim(headline, body, entities);
  // The claim is the name's: a report read inside it ("Trump’s Islamophobia threatens …") is not another one.
  const reports = claim ? found.filter((q) => q.kind === "direct" || q.spans[0]!.start < claim.spans[0]!.start) : found;
  if (claim) reports.push(claim);
  return reports
    .filter((q) => q.speaker)
    .map((q): Found => {
      // The words as the headline prints them, capitals and single marks included.
      const text = q.spans.map((s) => headline.slice(s.start, s.end)).join(" ");
      const how = { route: "headline" as const, named: null, distance: 0 };
      if (q.kind !== "direct") return { quote: { ...q, text }, how };
      const runOn = q.runOn ?? headlineRunOn(body, q.spans[0]!.start, q.spans.at(-1)!.end);
      return { quote: { ...q, text, ...(runOn ? { runOn } : {}) }, how };
    });
}

/**
 * `Lynch: No outside influence on FBI probe`, `Clinton camp: Trump’s Islamophobia threatens national security`:
 * a name, a colon and a claim with no quote marks is what the name is reported to have said. Read as
 * `Lynch said No outside influence …` so the name resolves as any speaker does; the claim's offsets are then
 * moved back onto the headline.
 */
function colonClaim(headline: string, body: string, entities: Entities): QuoteDraft | null {
  const m = /^(\s*)([^:“”]{2,60}?)\s*:\s+(?![“"])(\S.{8,})$/u.exec(body);
  // A name, not a topic ("Election 2016: …") or a question ("…: What to watch").
  if (!m || !startsUpper(m[2]!) || m[2]!.split(/\s+/).length > 6 || /\d/.test(m[2]!) || /^(what|how|why|who|when|where|which)\b/i.test(m[3]!)) return null;
  // The name as printed: title case undone would have lower-cased "Post" in "Wash Post Fact-Check".
  const name = headline.slice(m[1]!.length, m[1]!.length + m[2]!.length).trim();
  const claimAt = m[0].length - m[3]!.length;
  // "that" makes the claim a clause even without a verb ("No outside influence on FBI probe"): a headline's claim
  // is what the name said, however it is cut.
  const readAt = `${name} said that `.length;
  const report = attributeQuotes([{ id: "headline", text: `${name} said that ${m[3]}` }], entities)
    .map((f) => f.quote)
    .find((q) => q.kind === "indirect" && q.speaker && q.spans[0]!.start === readAt);
  // Someone the article knows, or a name in full: "Lynch", "Clinton camp", "Ann Coulter".
  const speaker = report?.speaker;
  if (!report || !speaker || (!speaker.slug && !(speaker.name.includes(" ") && startsUpper(speaker.name)))) return null;
  const spans = report.spans.map((s) => ({ ...s, start: s.start - readAt + claimAt, end: s.end - readAt + claimAt }));
  const { cue: _said, ...rest } = report;
  return { ...rest, spans, paragraph: "headline" };
}

/**
 * `Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary …`: after a quote the colon introduces, the rest of
 * the headline finishes what the speaker is credited with (up to another quote).
 */
function headlineRunOn(body: string, start: number, end: number): QuoteDraft["runOn"] | undefined {
  if (!/:\s*“$/.test(body.slice(0, start))) return undefined;
  let from = end;
  while (from < body.length && /[”\s]/.test(body[from]!)) from++;
  const next = body.indexOf("“", from);
  let to = next < 0 ? body.length : next;
  while (to > from && /[\s.,;:!?]/.test(body[to - 1]!)) to--;
  return to > from && LETTER.test(body.slice(from, to)) ? { paragraph: "headline", start: from, end: to } : undefined;
}

/** The headline as body text would print it, character for character the same length. */
function asBodyText(headline: string, names: string[] = []): string {
  // Offsets are UTF-16 units: work on units so lengths match exactly.
  const units = headline.split("");
  const kicker = KICKER.exec(headline);
  if (kicker) for (let i = 0; i < kicker[0].length; i++) units[i] = " ";
  // Pair single marks: an opening mark after a space (or the start), its closing mark before a space or a stop.
  const quoted: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < units.length; i++) {
    const ch = units[i]!;
    if (ch !== "‘" && ch !== "’" && ch !== "'") continue;
    const before = i > 0 ? units[i - 1]! : "";
    const after = i + 1 < units.length ? units[i + 1]! : "";
    if (open < 0 && ch !== "’" && SPACE_OR_START.test(before) && /\S/.test(after)) open = i;
    else if (open >= 0 && ch !== "‘" && /\S/.test(before) && CLOSING_CONTEXT.test(after)) {
      units[open] = "“";
      units[i] = "”";
      quoted.push([open, i]);
      open = -1;
    }
  }
  // A mark per unit, so a pathological headline with thousands of quotes stays linear.
  const quotedUnit = new Uint8Array(units.length);
  for (const [s, e] of quoted) quotedUnit.fill(1, s + 1, e);
  const inside = (i: number) => quotedUnit[i] === 1;
  // Title case undone outside the quotes: "Trump Addresses Munich Attack:" → "Trump addresses Munich attack:".
  const text = units.join("");
  const first = /\S/.exec(text)?.index ?? 0;
  for (const m of text.matchAll(TITLE_CASE_WORDS)) {
    const at = m.index!;
    // The first word is kept: it is the speaker's name more often than not ("Kasich: ‘…’").
    if (at === first || inside(at)) continue;
    const tags = tagsOf(m[0].toLowerCase());
    if (tags.some((t) => COMMON.has(t)) && !tags.some((t) => NAME.has(t))) units[at] = m[0][0]!.toLowerCase();
  }
  // "Gillibrand on Hillary’s Transcripts: “…”", "Trump Addresses Munich Attack: “…”": the name that opens the
  // headline speaks the quote after the colon; the words between are blanked, leaving `Name: “…”`.
  const colon = text.indexOf(":", first);
  if (colon > first && /^\s*“/.test(text.slice(colon + 1)) && !inside(colon)) {
    const before = text.slice(first, colon);
    const named = names.filter((n) => before.startsWith(n) && /^(\s|$)/.test(before.slice(n.length))).sort((a, b) => b.length - a.length)[0];
    const on = /^(.+?)\s+[Oo]n\s/.exec(before);
    const keep = named?.length ?? (on ? on[1]!.length : -1);
    if (keep > 0) for (let i = first + keep; i < colon; i++) units[i] = " ";
  }
  return units.join("");
}
