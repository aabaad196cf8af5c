/**
 * People, organisations and places an article names, with aliases, descriptors and the paragraphs naming them.
 *
 * Names are found and typed by a learned tagger (tagger.ts: an averaged perceptron over the capitalised stretches
 * of prose paragraphs, features.ts says what it looks at, weights.tsv how it was trained); results and standings
 * lines are read whole (results-lines.ts: their sides are teams, their bracketed-country rows competitors). Then
 * the conventions by which an article refers to one entity several ways:
 * - a person is named in full once, then by surname or given name ("Mark Smith" … "Smith"): short forms join
 *   the full name (the one mentioned most recently, when two share a surname) and become its aliases — also when
 *   the tagger, reading the lone word, called it a place or nothing ("Brennan added", "Washington said"), unless
 *   a preposition makes it a place ("in Washington");
 * - a lone word never given in full is a person only when a title, a role or the lexicon backs it up;
 * - a lone word the article also tags as an organisation is the organisation, unless a title makes it a person;
 * - an organisation's name is its long form when the article gives one; the acronym is an alias ("Public
 *   Commercial Services Union", alias "PCS"); an acronym the article never expands is the name itself ("FCDO");
 * - a line in capitals (headline, dateline) adds evidence paragraphs to names found elsewhere, never new names.
 * Names of other things (works, events, products, nationalities) are left out: they get no page.
 *
 * Slugs are unique within the article: a slug two entities share gets a short hash of the name.
 */
import type { Descriptor, Organisation, Paragraph, ParagraphId, Person, Place } from "../../article.js";
import { shortHash, slugOrHash } from "../../slug.js";
import { acronymDefinitions, abbreviates } from "./acronyms.js";
import { roleAfterVerb, roleLine } from "./descriptors.js";
import { layoutOf, lowercaseWords } from "./layout.js";
import { fold, isKnownPerson, isSurname } from "./lexicon.js";
import { mentionsOf, type Context, type Mention, type Ordered } from "./mentions.js";
import { nameMatches } from "./names.js";
import { isAcronym } from "./organisations.js";
import { taggedParagraph, tagNames } from "./tagger.js";
import { tableMention } from "./teams.js";
import { tokenize, type Token } from "./tokens.js";
import type { TaggedParagraph } from "./features.js";

// Asked in loops, so built once here: a regex literal inside a function is a new RegExp object every time it runs.
const SENTENCE_STOP = /^[.!?;]$/;
const LEADING_THE = /^the /;

/** The people and organisations quotes and sources are attributed to. */
export interface Entities {
  people: Person[];
  organisations: Organisation[];
}

/** Everything the entity finder files: people, organisations and places. */
export interface FoundEntities extends Entities {
  places: Place[];
}

type Kind = "person" | "organisation" | "place";

interface Draft {
  kind: Kind;
  name: string;
  aliases: string[];
  descriptors: Descriptor[];
  paragraphs: ParagraphId[];
  /** Reading order of the first mention, so output order follows the article. */
  first: number;
  last: number;
}

const orgKey = (words: string[]) => fold(words.join(" ")).replace(LEADING_THE, "").replace(/\./g, "");
const personKey = (words: string[]) => fold(words.join(" "));

export function findEntities(paragraphs: Paragraph[]): FoundEntities {
  const tokenized = paragraphs.map((p) => ({ paragraph: p, tokens: tokenize(p.text) }));
  const lowercase = lowercaseWords(tokenized.map((t) => t.tokens));

  const mentions: Ordered[] = [];
  const shouting: { id: ParagraphId; text: string }[] = [];
  const prose: { index: number; paragraph: Paragraph; tagged: TaggedParagraph }[] = [];
  tokenized.forEach(({ paragraph, tokens }, index) => {
    const layout = layoutOf(paragraph.text, tokens, lowercase);
    if (layout.kind === "table") layout.names.forEach((entry, k) => mentions.push(tableMention(entry, paragraph.id, index * 10_000 + k)));
    else if (layout.kind === "shouting") shouting.push({ id: paragraph.id, text: paragraph.text });
    else prose.push({ index, paragraph, tagged: taggedParagraph(paragraph.text, tokens) });
  });

  const spans = tagNames(prose.map((p) => p.tagged));
  const definitions: { acronym: string; long: string[] }[] = [];
  const roleLines = new Map<number, string>();
  prose.forEach(({ index, paragraph, tagged }, k) => {
    const ctx: Context = { paragraph: paragraph.id, text: paragraph.text, tokens: tagged.tokens };
    const found = mentionsOf(ctx, tagged.segments, spans[k]!);
    for (const m of found) {
      if (m.kind === "person") addRoleAfterVerb(m, ctx);
      mentions.push({ ...m, order: index * 10_000 + m.start });
    }
    definitions.push(...acronymDefinitions(found, tagged.tokens.map((t) => t.text), isAcronym));
    const line = roleLine(paragraph.text, tagged.tokens);
    if (line) roleLines.set(index, line);
  });

  const drafts: Draft[] = [];
  const organisations = resolveOrganisations(mentions, definitions, drafts);
  const people = resolvePeople(mentions, organisations, drafts);
  resolvePlaces(mentions, drafts);
  attachRoleLines(roleLines, tokenized, mentions, people);
  addShoutingParagraphs(shouting, drafts);
  const reading = new Map(paragraphs.map((p, i) => [p.id, i]));
  for (const d of drafts) {
    d.paragraphs.sort((a, b) => reading.get(a)! - reading.get(b)!);
    d.descriptors.sort((a, b) => reading.get(a.paragraph)! - reading.get(b.paragraph)!);
  }
  return finish(drafts);
}

function newDraft(kind: Kind, name: string, m: Ordered, drafts: Draft[]): Draft {
  const draft: Draft = { kind, name, aliases: [], descriptors: [], paragraphs: [], first: m.order, last: m.order };
  drafts.push(draft);
  return draft;
}

// What each draft already holds, as sets: an entity named in thousands of paragraphs must not make each new
// mention scan them all (a 20,000-paragraph article stays linear).
const seen = new WeakMap<Draft, Set<string>>();

function note(draft: Draft, m: Ordered) {
  let held = seen.get(draft);
  if (!held) {
    held = new Set([...draft.aliases.map((a) => `a:${a}`), ...draft.paragraphs.map((p) => `p:${p}`), ...draft.descriptors.map((d) => `d:${d.text}`)]);
    seen.set(draft, held);
  }
  const form = m.words.join(" ");
  if (form !== draft.name && !held.has(`a:${form}`)) {
    draft.aliases.push(form);
    held.add(`a:${form}`);
  }
  if (!held.has(`p:${m.paragraph}`)) {
    draft.paragraphs.push(m.paragraph);
    held.add(`p:${m.paragraph}`);
  }
  for (const text of m.descriptors) {
    if (!held.has(`d:${text}`)) {
      draft.descriptors.push({ text, paragraph: m.paragraph });
      held.add(`d:${text}`);
    }
  }
  draft.first = Math.min(draft.first, m.order);
  draft.last = Math.max(draft.last, m.order);
}

/** Organisation mentions by name; defined acronyms and initials join their long form. */
function resolveOrganisations(mentions: Ordered[], definitions: { acronym: string; long: string[] }[], drafts: Draft[]) {
  const byKey = new Map<string, Draft>();
  const longFor = new Map<string, string>();
  for (const d of definitions) longFor.set(orgKey([d.acronym]), orgKey(d.long));
  const orgMentions = mentions.filter((m) => m.kind === "organisation");
  // Long forms first, so an acronym met before its expansion still files under the long form.
  for (const m of [...orgMentions].sort((a, b) => b.words.length - a.words.length || a.order - b.order)) {
    let key = orgKey(m.words);
    key = longFor.get(key) ?? key;
    let draft = byKey.get(key);
    if (!draft && m.words.length === 1 && isAcronym(m.words[0]!)) {
      draft = [...byKey.values()].find((d) => d.name.includes(" ") && abbreviates(m.words[0]!, d.name.split(" ")));
    }
    if (!draft) {
      draft = newDraft("organisation", m.words.join(" "), m, drafts);
      byKey.set(key, draft);
    }
    note(draft, m);
  }
  // An acronym the article defines is its organisation wherever it stands, whatever the tagger made of it alone.
  for (const m of mentions) {
    if (m.kind === "organisation" || m.words.length !== 1) continue;
    const long = longFor.get(orgKey(m.words));
    const draft = long === undefined ? undefined : byKey.get(long);
    if (draft) {
      m.kind = "organisation";
      note(draft, m);
    }
  }
  return byKey;
}

/**
 * Full names first; then every shorter form joins the full name it fits, the most recently mentioned first. A
 * lone word the tagger called a place or nothing joins a person only as the surname of a full name met before
 * it (or, not opening a sentence, as the given name): "Smith said" after "Mark Smith".
 */
function resolvePeople(mentions: Ordered[], organisations: Map<string, Draft>, drafts: Draft[]): Draft[] {
  const people: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const full = mentions.filter((m) => m.kind === "person" && m.words.length > 1);
  for (const m of [...full].sort((a, b) => b.words.length - a.words.length || a.order - b.order)) {
    const key = personKey(m.words);
    let draft = byKey.get(key) ?? people.find((p) => nameMatches(m.words.join(" "), p.name));
    if (!draft) {
      draft = newDraft("person", m.words.join(" "), m, drafts);
      people.push(draft);
    }
    byKey.set(key, draft);
    note(draft, m);
  }
  // Full names by their surname and their given name, for the lone words that may shorten them.
  const bySurname = new Map<string, Draft[]>();
  const byGiven = new Map<string, Draft[]>();
  for (const p of people) {
    const words = fold(p.name).split(" ");
    if (words.length < 2) continue;
    for (const [index, word] of [[bySurname, words[words.length - 1]!], [byGiven, words[0]!]] as const) {
      const list = index.get(word);
      if (list) list.push(p);
      else index.set(word, [p]);
    }
  }
  const singles = mentions.filter((m) => m.words.length === 1 && (m.kind === "person" || m.kind === "other" || m.kind === "place"));
  const backed = new Set<string>();
  for (const m of singles) {
    const word = m.words[0]!;
    if (m.kind === "person" && (m.cue.honorific || m.cue.role || isSurname(word) || isKnownPerson(word))) backed.add(personKey(m.words));
  }
  for (const m of [...singles].sort((a, b) => a.order - b.order)) {
    const key = personKey(m.words);
    if (m.kind === "person") {
      const org = organisations.get(orgKey(m.words)) ?? [...organisations.values()].find((d) => d.aliases.some((a) => orgKey([a]) === orgKey(m.words)));
      if (org && !m.cue.honorific) {
        m.kind = "organisation";
        note(org, m);
        continue;
      }
    }
    const surname = bySurname.get(key) ?? [];
    const candidates = [...new Set([...surname, ...(byGiven.get(key) ?? [])])];
    if (m.kind !== "person") {
      // Only after the full name, and only as its surname (or a given name in mid-sentence); never where a
      // preposition makes it a place ("in Washington").
      if (m.cue.place) continue;
      const earlier = (m.sentenceStart || m.kind === "place" ? surname : candidates).filter((p) => p.first < m.order);
      if (!earlier.length) continue;
      m.kind = "person";
      note(earlier.sort((a, b) => b.last - a.last)[0]!, m);
      continue;
    }
    if (candidates.length) {
      const pool = surname.length ? surname : candidates;
      const before = pool.filter((p) => p.first < m.order).sort((a, b) => b.last - a.last);
      note(before[0] ?? pool[0]!, m);
      continue;
    }
    // A lone word never given in full is a person only when something backs it up: a title ("Mr Hartley"), a
    // role before it ("striker Ronaldo"), or the lexicon knowing it as a person's name. An unknown lone word that
    // speaks is as often a company or a body ("Gartner said", "Metrolinx said").
    if (!backed.has(key)) continue;
    let draft = byKey.get(key);
    if (!draft) {
      draft = newDraft("person", m.words.join(" "), m, drafts);
      people.push(draft);
      byKey.set(key, draft);
    }
    note(draft, m);
  }
  return people;
}

/** Places by name: one draft per name however often the article gives it. */
function resolvePlaces(mentions: Ordered[], drafts: Draft[]) {
  const byKey = new Map<string, Draft>();
  for (const m of mentions) {
    if (m.kind !== "place") continue;
    const key = personKey(m.words);
    let draft = byKey.get(key);
    if (!draft) {
      draft = newDraft("place", m.words.join(" "), m, drafts);
      byKey.set(key, draft);
    }
    note(draft, m);
  }
}

/** "Smith was based in Dublin and signs off as the second secretary counter-terrorism." */
function addRoleAfterVerb(m: Mention, ctx: Context) {
  const next = ctx.tokens[m.end];
  if (!next || next.kind !== "word" || next.cap) return;
  // Only the rest of the sentence, and at most a few dozen words of it: a paragraph that is one endless sentence
  // full of names must not cost the square of its length.
  let end = m.end;
  while (end < ctx.tokens.length && end - m.end < 40 && !SENTENCE_STOP.test(ctx.tokens[end]!.text)) end++;
  const role = roleAfterVerb(ctx.text, ctx.tokens.slice(m.end, end), 0);
  if (role) m.descriptors.push(role.text);
}

/** A verbless role line ("The UN special rapporteur on …") describes the person who opens the next paragraph. */
function attachRoleLines(lines: Map<number, string>, tokenized: { paragraph: Paragraph; tokens: Token[] }[], mentions: Ordered[], people: Draft[]) {
  for (const [index, text] of lines) {
    const next = tokenized[index + 1];
    if (!next) continue;
    const opener = mentions.find((m) => m.paragraph === next.paragraph.id && m.start === 0);
    const person = opener && people.find((p) => p.paragraphs.includes(next.paragraph.id) && (p.name === opener.words.join(" ") || p.aliases.includes(opener.words.join(" "))));
    if (person && !person.descriptors.some((d) => d.text === text)) person.descriptors.push({ text, paragraph: tokenized[index]!.paragraph.id });
  }
}

/** Headlines and datelines in capitals: evidence for names the body gives, matched without case. */
function addShoutingParagraphs(lines: { id: ParagraphId; text: string }[], drafts: Draft[]) {
  for (const line of lines) {
    const text = ` ${fold(line.text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    for (const draft of drafts) {
      const forms = [draft.name, ...draft.aliases].map((f) => ` ${fold(f).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `);
      if (forms.some((f) => f.trim().length > 2 && text.includes(f)) && !draft.paragraphs.includes(line.id)) draft.paragraphs.push(line.id);
    }
  }
}

function finish(drafts: Draft[]): FoundEntities {
  const ordered = [...drafts].sort((a, b) => a.first - b.first);
  const slugCount = new Map<string, number>();
  const base = ordered.map((d) => slugOrHash(d.name, d.kind === "organisation" ? "org" : d.kind));
  for (const s of base) slugCount.set(s, (slugCount.get(s) ?? 0) + 1);
  const out: FoundEntities = { people: [], organisations: [], places: [] };
  const lists = { person: out.people, organisation: out.organisations, place: out.places };
  ordered.forEach((d, i) => {
    const slug = slugCount.get(base[i]!)! > 1 ? `${base[i]}-${shortHash(`${d.kind}:${d.name}`)}` : base[i]!;
    lists[d.kind].push({ name: d.name, slug, aliases: d.aliases.filter((a) => a !== d.name), descriptors: d.descriptors, paragraphs: d.paragraphs });
  });
  return out;
}
