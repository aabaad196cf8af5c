/**
 * Whether an attribution the parser made is right, judged against a corpus's gold attributions: the one
 * definition the filed-precision figures, the calibration table and the confidence model's training labels share.
 *
 * - a predicted quote *meets* a gold attribution when it covers ≥ 30 % of it or lies inside it;
 * - a gold attribution's speaker is *named* when the corpus resolves it to a name (news-attributions), or when
 *   its source phrase holds one (PolNeAR: "Sanders campaign manager Jeff Weaver"), a pronoun taking the nearest
 *   named source before it; "officials", "a spokesman" name no one;
 * - a quote whose speaker is an entity is *right* when it meets a gold attribution with a named speaker that is
 *   the same (same surname and a compatible given name for people; one name containing the other for
 *   organisations), *wrong* when it meets only other named speakers or no attribution at all, and counts
 *   *neither* way when it meets only attributions with an unnamed speaker;
 * - a quote with no entity for a speaker (none, "officials", a name the article never files) is right when it
 *   meets an attribution whose speaker is unnamed or the same name: the quote is real and its speaker no worse
 *   than the gold's.
 */
import type { Organisation, Person, Quote } from "../article.js";
import type { GoldArticle, GoldAttribution, Range } from "./attribution-gold.js";
import { tagsOf } from "../extract/entities/lexicon.js";
import { looksLikeOrganisation } from "../extract/quotes/speakers.js";
import { compatibleNames, headPhrase, intersection, length, nameWords } from "./quotes-score.js";

export interface GoldSpeaker {
  text: string;
  words: string[];
}

export type Verdict = "right" | "wrong" | "neither";

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them|his|their)$/i;

// Capitalised plurals that name a crowd, not an organisation or a person: "Republicans said …".
const GROUPS = /^(democrats|republicans|conservatives|liberals|progressives|tories|americans|britons|europeans|evangelicals|catholics|christians|muslims|jews|americans|mps|meps)$/i;

/**
 * The name a PolNeAR source phrase gives, if it names someone: its head must be a proper name ("Sanders campaign
 * manager Jeff Weaver", "the White House press secretary, Josh Earnest"), not a common noun a name only modifies
 * ("Trump fans", "Sanders’ aides", "Twenty-four percent", "Party leaders") nor a crowd ("Republicans").
 */
export function namedSource(text: string): GoldSpeaker | null {
  const words = nameWords(text);
  if (!words.length) return null;
  const [role, appositive] = text.split(/,\s*/);
  const inApposition = !!appositive && role !== undefined && nameWords(appositive).join(" ") === words.join(" ") && !nameWords(role).length;
  const head = headPhrase(text).trim().split(/\s+/).at(-1)?.replace(/[^\p{L}\p{N}.’'-]+$/u, "") ?? "";
  if (!inApposition && (!/^\p{Lu}|^\p{N}/u.test(head) || /[’']s?$/.test(head))) return null;
  if (GROUPS.test(head) || /^(?:\p{Lu}[\p{Ll}-]+ )?(?:percent|half|third)$/iu.test(head)) return null;
  return { text, words };
}

/** Each gold attribution's named speaker, or null when the gold names no one. */
export function goldSpeakers(article: GoldArticle): (GoldSpeaker | null)[] {
  const named = namedSource;
  return article.attributions.map((a) => {
    // A corpus that resolves its speakers names them in full: only its nulls are unnamed.
    if (a.speaker !== undefined) return a.speaker === null ? null : { text: a.speaker, words: nameWords(a.speaker).length ? nameWords(a.speaker) : [a.speaker.toLowerCase()] };
    if (!a.source) return null;
    const own = named(a.source.text);
    if (own) return own;
    const words = a.source.text.split(/\s+/).filter(Boolean).map((w) => w.replace(/[^\p{L}]/gu, "").toLowerCase());
    if (words.length !== 1 || !PRONOUN.test(words[0]!)) return null;
    // A pronoun: the nearest source before it that holds a name it can stand for (the gold's own chain, never the
    // prediction's) — "he" or "she" a person not shown to be of the other sex, "it" or "they" an organisation.
    // "I", "we" and "you" stand for whoever a quote's speaker is: the chain cannot tell, so they name no one.
    const fits = PERSONAL.test(words[0]!)
      ? (name: GoldSpeaker) => !looksLikeOrganisation(name.text) && (sexOf(name.text) ?? SEX[words[0]!]) === SEX[words[0]!]
      : /^(it|they|them|their)$/.test(words[0]!)
        ? (name: GoldSpeaker) => looksLikeOrganisation(name.text) || name.words.length === 1
        : () => false;
    const at = a.source.ranges[0]?.[0] ?? 0;
    let best: { start: number; name: GoldSpeaker } | null = null;
    for (const b of article.attributions) {
      const start = b.source?.ranges[0]?.[0];
      if (start === undefined || start >= at || (best && start <= best.start)) continue;
      const name = named(b.source!.text);
      if (name && fits(name)) best = { start, name };
    }
    return best?.name ?? null;
  });
}

const PERSONAL = /^(he|she|him|her|his)$/;
const SEX: Record<string, "f" | "m"> = { he: "m", him: "m", his: "m", she: "f", her: "f" };

/** The sex a source phrase shows by its title ("Mr.", "Mrs.", "Ms.") or a common given name, if any. */
function sexOf(text: string): "f" | "m" | undefined {
  if (/\b(?:Mrs|Ms|Miss)\.?\s/.test(text)) return "f";
  if (/\bMr\.?\s/.test(text)) return "m";
  const words = nameWords(text);
  const tags = words.length > 1 ? tagsOf(words[0]!) : [];
  return tags.includes("FemaleName") && !tags.includes("MaleName") ? "f" : tags.includes("MaleName") && !tags.includes("FemaleName") ? "m" : undefined;
}

const fold = (s: string) => ` ${s.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

/** Whether the parser's speaker (with the aliases the article gives it) is the gold's named speaker. */
export function sameSpeaker(speaker: NonNullable<Quote["speaker"]>, aliases: string[], gold: GoldSpeaker): boolean {
  const words = nameWords(speaker.name);
  if (compatibleNames(words, gold.words)) return true;
  // A middle name one side prints and the other leaves out: "Robert Gabriel Mugabe" is Robert Mugabe.
  if (words.length > 1 && gold.words.length > 1 && compatibleNames([words[0]!, words.at(-1)!], [gold.words[0]!, gold.words.at(-1)!])) return true;
  if ([speaker.name, ...aliases].some((n) => abbreviates(n, gold.text) || abbreviates(gold.text, n))) return true;
  if (speaker.kind === "person") return false;
  // Organisations: one name containing the other ("the Foreign Office" / "Foreign Office"), or an alias.
  const g = fold(gold.text);
  return [speaker.name, ...aliases].some((n) => {
    const f = fold(n);
    return f.trim().length > 1 && (g.includes(f) || f.includes(g)) && g.trim().length > 1;
  });
}

/**
 * One name the short form of the other: an acronym of its words ("FBI", "US Federal Bureau of Investigation"), or
 * each word cut short ("Lib Dems", "Liberal Democrats").
 */
function abbreviates(short: string, long: string): boolean {
  const s = short.replace(/[^\p{L}\p{N}\s]/gu, "").trim();
  const l = long.replace(/[^\p{L}\p{N}\s]/gu, " ").trim().split(/\s+/);
  if (/^\p{Lu}{2,}$/u.test(s) && l.length > 1) {
    const initials = l.filter((w) => !/^(of|for|and|the|on|in)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join("");
    return initials === s || (s.length >= 3 && (initials.endsWith(s) || initials.startsWith(s)));
  }
  const parts = s.split(/\s+/);
  return parts.length > 1 && parts.length === l.length && parts.every((p, i) => l[i]!.toLowerCase().startsWith(p.toLowerCase().replace(/s$/, "")) && p.length >= 2);
}

/** Whether a quote's ranges meet a gold attribution: ≥ 30 % of it covered, or the quote inside it. */
export function meets(ranges: Range[], gold: GoldAttribution): boolean {
  const shared = intersection(ranges, gold.content.ranges);
  if (shared === 0) return false;
  return shared >= 0.3 * length(gold.content.ranges) || shared >= 0.9 * length(ranges);
}

export interface Judged {
  quote: Quote;
  /** Its speaker is one of the article's people or organisations: it could reach a page. */
  entity: boolean;
  verdict: Verdict;
  /** Gold attributions (indexes) with a named speaker this quote meets with the same speaker. */
  recalls: number[];
  /** Every gold attribution (index) it meets. */
  met: number[];
}

/** Every predicted quote judged; `ranges` are each quote's raw-file ranges (run-on included). */
export function judgeQuotes(
  article: GoldArticle,
  speakers: (GoldSpeaker | null)[],
  quotes: { quote: Quote; ranges: Range[] }[],
  entities: { people: Person[]; organisations: Organisation[] },
): Judged[] {
  const aliases = new Map<string, string[]>();
  for (const e of [...entities.people, ...entities.organisations]) aliases.set(e.slug, e.aliases);
  return quotes.map(({ quote, ranges }) => {
    const met = article.attributions.map((g, i) => i).filter((i) => meets(ranges, article.attributions[i]!));
    const speaker = quote.speaker;
    const entity = !!speaker?.slug && aliases.has(speaker.slug);
    const same = (i: number) => !!speaker && !!speakers[i] && sameSpeaker(speaker, (speaker.slug && aliases.get(speaker.slug)) || [], speakers[i]!);
    const recalls = met.filter((i) => speakers[i] && same(i));
    const namedMet = met.filter((i) => speakers[i]);
    let verdict: Verdict;
    if (recalls.length) verdict = "right";
    else if (entity) verdict = namedMet.length ? "wrong" : met.length ? "neither" : "wrong";
    else verdict = met.length > namedMet.length ? "right" : "wrong";
    return { quote, entity, verdict, recalls: entity ? recalls : [], met };
  });
}
