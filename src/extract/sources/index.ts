/**
 * Where the story comes from, as news copy attributes it:
 * - agency: wire agencies in the copy ("(AFP)", "Reuters reported", "told the Associated Press") and behind a
 *   photo credit ("via Associated Press");
 * - outlet: other news organisations the story cites ("told HuffPost UK", "The Times reported"), and the
 *   publishing outlet from front matter;
 * - reporter: journalists the story credits ("according to Hind Hassan, the journalist who first reported the
 *   story", "correspondent Jane Doe") and each name in the byline ("Jane Doe and John Roe");
 * - social: posts the story embeds or cites ("— Hind Hassan (@HindHassanNews) August 16, 2024", "shared by
 *   Hassan on X");
 * - document: titled documents ("in a letter titled “FCDO complicity in War Crimes”");
 * - statement: organisations speaking for themselves ("The FCDO told …", "said in a statement", "a spokesman
 *   for the ministry"), including every quote the quotes extractor gives to an organisation;
 * - photo: the caption's credit.
 * Each source is listed once per kind and name, at the first paragraph that gives it, in reading order.
 */
import type { Caption, Paragraph, ParagraphId, Quote, Source } from "../../article.js";
import type { Entities } from "../entities/index.js";
import { AGENCY_IN_TEXT, agencyName, isOutletName } from "./names.js";

export interface SourceInput {
  paragraphs: Paragraph[];
  caption?: Caption;
  outlet?: string;
  /** The story's byline, from front matter or a byline line above the dateline. */
  byline?: string;
  /** The wire agency the byline credits ("Jane Doe, The Canadian Press"). */
  agency?: string;
  entities: Entities;
  quotes: Quote[];
}

/** A run of capitalised words, a name as copy prints it ("HuffPost UK", "Foreign Office", "Hind Hassan"). */
// A word may hold full stops ("U.S", "S."), but a stop before a space ends the name: "on Today. Prime Minister…".
// Bounded, and anchored at a word start, so a long run without spaces costs linear time, not quadratic.
const WORD = String.raw`(?<![\p{L}\d])(?:[A-Z]\.|[A-Z](?:[\p{L}\d'’&-]|\.(?=[\p{L}\d])){0,40})`;
const NAME = String.raw`${WORD}(?:\s+(?:of\s+|for\s+|and\s+|de\s+)?${WORD}){0,5}`;
const PERSON = String.raw`(?<![\p{L}\d])[A-Z][\p{L}'’-]{1,40}(?:\s+(?:[A-Z]\.|[A-Z][\p{L}'’-]{1,40})){1,2}`;
const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const PLATFORM = "X|Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|Telegram|YouTube";
const JOURNALISTS = ["journalist", "reporter", "correspondent", "editor", "columnist", "writer", "presenter", "broadcaster", "anchor", "blogger"];
const JOURNALIST = JOURNALISTS.join("|");

/**
 * A pattern and the words one of which every match prints (its cue, as written in the pattern): a paragraph with
 * none of them is not scanned. Each pattern tries a name at every capital, so scanning costs far more than looking
 * for the words, and most paragraphs hold none of them.
 */
interface Pattern {
  regex: RegExp;
  words: readonly string[];
}
const pattern = (words: readonly string[], source: string): Pattern => ({ regex: new RegExp(source, "gu"), words });
const cues = (words: readonly string[]) => words.join("|");
const matchesOf = (p: Pattern, text: string): Iterable<RegExpMatchArray> => (p.words.some((w) => text.includes(w)) ? text.matchAll(p.regex) : []);

const CITED_BY_CUES = ["told", "telling", "speaking to", "spoke to", "in an interview with", "interviewed by", "according to", "reported by", "quoted by", "wrote in", "writing in", "published by", "confirmed to"];
const CITED_BY = pattern(CITED_BY_CUES, String.raw`\b(?:${cues(CITED_BY_CUES)})\s+(?:the\s+)?(${NAME})`);
const REPORTED_CUES = ["reported", "reports", "has reported", "first reported", "revealed", "broke the story"];
const REPORTED = pattern(REPORTED_CUES, String.raw`(?:^|[^\p{L}])(?:the\s+)?(${NAME})\s+(?:${cues(REPORTED_CUES)})\b`);
const REPORTER_APPOSITIVE = pattern(JOURNALISTS, String.raw`(${PERSON}),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:${JOURNALIST})\b`);
const REPORTER_TITLE = pattern(JOURNALISTS, String.raw`\b(?:${JOURNALIST})\s+(${PERSON})`);
const EMBEDDED_POST = pattern(["(@"], String.raw`[—–-]\s*([^()—–\n]{2,60}?)\s*\((@\w{1,15})\)\s*((?:${MONTH})\s+\d{1,2},\s+\d{4})`);
const SHARED_CUES = ["shared", "posted", "published", "written", "tweeted"];
const SHARED_ON = pattern(SHARED_CUES, String.raw`\b(?:${cues(SHARED_CUES)})\s+by\s+(${NAME})\s+on\s+(${PLATFORM})\b`);
const POSTED_CUES = ["posted", "wrote", "tweeted", "said"];
const POSTED_ON = pattern(POSTED_CUES, String.raw`(${PERSON})\s+(?:${cues(POSTED_CUES)})\s+on\s+(${PLATFORM})\b`);
const TITLED_CUES = ["titled", "entitled", "called", "headlined", "named"];
const TITLED = pattern(TITLED_CUES, String.raw`\b(open letter|letter|report|memo|memorandum|statement|document|email|paper|study|book|article|briefing|dossier|review|petition|resolution|post)\s+(?:${cues(TITLED_CUES)})\s*[:,]?\s*[“"‘']([^”"’]{2,120})[”"’]`);
const IN_A_STATEMENT = pattern(["statement"], String.raw`(?:^|[^\p{L}])(?:the\s+)?(${NAME})\s+(?:said|says|added)\s+in\s+a\s+(?:written\s+)?statement`);
const STATEMENT_FROM = pattern(["statement"], String.raw`\b(?:a|the)\s+statement\s+(?:from|by|issued by|released by)\s+(?:the\s+)?(${NAME})`);
const ISSUED_STATEMENT = pattern(["statement"], String.raw`(?:^|[^\p{L}])(?:the\s+)?(${NAME})\s+(?:issued|released|put out)\s+a\s+statement`);
const SPOKESPERSON_CUES = ["spokesperson", "spokesman", "spokeswoman", "press officer"];
const SPOKESPERSON = pattern(SPOKESPERSON_CUES, String.raw`\b(?:${cues(SPOKESPERSON_CUES)})\s+for\s+(?:the\s+)?(${NAME})`);
const ORG_TOLD = pattern(["told"], String.raw`(?:^|[^\p{L}])(?:the\s+)?(${NAME})\s+told\s+(?:the\s+)?${NAME}`);

/** Capitalised words that open sentences but never name anyone. */
const NOT_A_NAME = /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|But|And|Or|So|Then|When|While|A|An|The|In|On|At|As|If|His|Her|Their|Its|Our|My)$/;

export function findSources(input: SourceInput): Source[] {
  const found: { order: number; source: Source }[] = [];
  const add = (order: number, kind: Source["kind"], name: string, paragraph?: ParagraphId, detail?: string) => {
    const clean = name.replace(/^(?:the|The)\s+/, "").replace(/[’']s$/, "").replace(/[.,;:]+$/, "").trim();
    if (!clean || NOT_A_NAME.test(clean)) return;
    found.push({ order, source: { kind, name: clean, ...(detail ? { detail } : {}), ...(paragraph ? { paragraph } : {}) } });
  };

  if (input.outlet) add(-3, agencyName(input.outlet) ? "agency" : "outlet", agencyName(input.outlet) ?? input.outlet);
  if (input.byline) {
    const byline = input.byline.replace(/^By\s+/i, "");
    // A byline that is an agency's name ("The Canadian Press") credits the agency, and one that is the outlet
    // ("By Breitbart News") the outlet, filed above: neither is a reporter.
    if (agencyName(byline)) add(-2, "agency", agencyName(byline)!);
    else if (byline !== input.outlet) for (const name of byline.split(/,\s+and\s+|,\s+|\s+(?:and|&)\s+/)) add(-2, "reporter", name);
  }
  if (input.agency) add(-2, "agency", input.agency);
  const credit = input.caption?.credit;
  if (credit) {
    add(-1, "photo", credit, "caption");
    // "AP Photo/Evan Vucci", "Jane Doe/Reuters": the agency behind the photographer.
    const agency = credit.split("/").map((part) => agencyName(part.replace(/\s+Photo$/, ""))).find(Boolean);
    if (agency) add(-1, "agency", agency, "caption");
  }

  for (const [i, paragraph] of input.paragraphs.entries()) {
    const text = paragraph.text;
    // Where each source stands: its paragraph, then its place in it. (No inner functions: tsx names each anew at
    // every call, for every paragraph.)
    const base = i * 100_000;
    for (const m of text.matchAll(AGENCY_IN_TEXT)) add(base + m.index!, "agency", agencyName(m[1] ?? m[2]!) ?? (m[1] ?? m[2])!, paragraph.id);
    for (const regex of [CITED_BY, REPORTED]) {
      for (const m of matchesOf(regex, text)) {
        const name = trimName(m[1]!);
        const agency = agencyName(name);
        if (agency) add(base + m.index!, "agency", agency, paragraph.id);
        else if (isOutletName(name) && !isOrganisationOnly(name, input.entities)) add(base + m.index!, "outlet", name, paragraph.id);
      }
    }
    for (const regex of [REPORTER_APPOSITIVE, REPORTER_TITLE]) {
      for (const m of matchesOf(regex, text)) {
        // "Mr Paxman" is Jeremy Paxman when the story has named him; a bare honorific and initial is no one.
        const name = resolvePerson(trimName(m[1]!).replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, ""), input.entities);
        if (name.includes(" ")) add(base + m.index!, "reporter", name, paragraph.id);
      }
    }
    for (const m of matchesOf(EMBEDDED_POST, text)) {
      add(base + m.index!, "social", resolvePerson(m[1]!.trim(), input.entities), paragraph.id, `${m[2]}, ${m[3]}`);
    }
    for (const regex of [SHARED_ON, POSTED_ON]) {
      for (const m of matchesOf(regex, text)) add(base + m.index!, "social", resolvePerson(trimName(m[1]!), input.entities), paragraph.id, `on ${m[2]}`);
    }
    for (const m of matchesOf(TITLED, text)) add(base + m.index!, "document", m[2]!.trim(), paragraph.id, m[1]!.toLowerCase());
    for (const regex of [IN_A_STATEMENT, STATEMENT_FROM, ISSUED_STATEMENT, SPOKESPERSON]) {
      for (const m of matchesOf(regex, text)) {
        const name = trimName(m[1]!);
        const speaker = isOrganisation(name, input.entities) ? name : knownPerson(name, input.entities);
        if (speaker) add(base + m.index!, "statement", speaker, paragraph.id);
      }
    }
    for (const m of matchesOf(ORG_TOLD, text)) {
      const name = trimName(m[1]!);
      if (isOrganisation(name, input.entities)) add(base + m.index!, "statement", name, paragraph.id);
    }
  }
  for (const quote of input.quotes) {
    // An agency or outlet quoted is a report, filed above; a body speaking for itself is a statement.
    if (quote.speaker?.kind !== "organisation" || !isOrganisation(quote.speaker.name, input.entities)) continue;
    const i = input.paragraphs.findIndex((p) => p.id === quote.paragraph);
    add(i * 100_000 + (quote.spans[0]?.start ?? 0), "statement", quote.speaker.name, quote.paragraph);
  }
  return dedupe(found);
}

/** Once per kind and name, at its first paragraph; a later mention may still supply the handle and date. */
function dedupe(found: { order: number; source: Source }[]): Source[] {
  const byKey = new Map<string, Source>();
  for (const { source } of [...found].sort((a, b) => a.order - b.order)) {
    const key = `${source.kind}\u0000${source.name.toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, source);
    else if (source.detail?.includes("@") && !seen.detail?.includes("@")) seen.detail = source.detail;
  }
  return [...byKey.values()];
}

/** Drop what a capitalised run picks up around a name: "As" opening a sentence, a day, "of", a possessive. */
function trimName(name: string): string {
  return name
    .replace(/^(?:As|In|But|And|When|While|After|Before|On|At|If|Since|So|Then|Also|Earlier|Later)\s+(?=[A-Z])/, "")
    .replace(/\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)$/, "")
    .replace(/\s+(?:of|for|and|de)$/, "")
    .replace(/[’']s$/, "")
    .replace(/[.,;:]+$/, "")
    .trim();
}

/** "Hassan" → "Hind Hassan": the article's full name for a surname it uses later. */
function resolvePerson(name: string, entities: Entities): string {
  const exact = entities.people.find((p) => p.name === name || p.aliases.includes(name));
  if (exact) return exact.name;
  const bySurname = entities.people.filter((p) => p.name.endsWith(` ${name}`));
  return bySurname.length === 1 ? bySurname[0]!.name : name;
}

const ORGANISATION_WORD =
  /\b(?:Ministry|Department|Office|Police|Council|Agency|Government|Commission|Committee|Authority|Embassy|Army|Navy|Party|Union|Company|Group|Foundation|Institute|Service|Services|University|College|School|Hospital|Court|Bank|Board|Bureau|Center|Centre|Association|Federation|Organisation|Organization|Administration|Society|Trust|Inc|Corp|Ltd|plc|LLC)\b/;

const ROLE_WORD =
  /\b(?:Fellow|President|Director|Professor|Minister|Secretary|Chairman|Chairwoman|Spokesman|Spokeswoman|Judge|Senator|Governor|Mayor|Leader|Dr|Mr|Mrs|Ms|MPs?|MEPs?|MSPs?|CEO|PM)\b/;

/**
 * A body that can speak for itself: a name of capitalised words (no "Goa's government", no "research team"),
 * not a person (nor "Carl Lipo of Binghamton University"), not a news organisation, and either an organisation
 * the entity extractor found, an acronym, or a name with an organisation word in it.
 */
function isOrganisation(name: string, entities: Entities): boolean {
  const clean = name.replace(/^the\s+/i, "");
  const words = clean.split(/\s+/);
  if (words.length > 8 || words.some((w) => /^[a-z]/.test(w) && !/^(?:of|for|and|the|de|on|in)$/.test(w))) return false;
  if (/[.!?;:]\s|['’]s\b/.test(clean)) return false;
  if (isOutletName(clean) || agencyName(clean)) return false;
  const person = entities.people.find((p) => clean === p.name || p.aliases.includes(clean) || clean.endsWith(p.name) || clean.startsWith(`${p.name} `));
  if (person || resolvePerson(clean, entities) !== clean || /^[A-Z][a-z]+ [A-Z][a-z]+ of /.test(clean)) return false;
  // "Research Fellow Martin How", "Senate Minority Leader": a person's title, not a body.
  if (ROLE_WORD.test(clean) || (words.length === 1 && ORGANISATION_WORD.test(clean))) return false;
  return (
    entities.organisations.some((o) => o.name === clean || o.aliases.includes(clean)) ||
    /^[A-Z]{2,6}$/.test(clean) ||
    ORGANISATION_WORD.test(clean)
  );
}

/** The article's full name for a person it names, or null when it names no such person. */
function knownPerson(name: string, entities: Entities): string | null {
  const resolved = resolvePerson(name, entities);
  return entities.people.some((p) => p.name === resolved) ? resolved : null;
}

/** A name the entity extractor files as an organisation and that has no newsroom word ("Home Office"). */
function isOrganisationOnly(name: string, entities: Entities): boolean {
  return /\b(?:Office|Ministry|Department)\b/.test(name) && entities.organisations.some((o) => o.name === name);
}
