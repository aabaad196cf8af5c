/**
 * One capitalised run in its sentence → what it names: a person, an organisation, a place, or a single word
 * still to be resolved against the rest of the article ("Smith" once "Mark Smith" is known).
 *
 * Evidence, strongest first: the run itself (a gazetteer or lexicon entry, an organisation head word, a title
 * before a name, a given name), then its context (a speech verb, a role noun before it, a locative preposition,
 * a match verb). Descriptors found on the way (titles, appositions) travel with the mention.
 */
import type { ParagraphId } from "../../article.js";
import { isRoleNoun, lower, placeBefore, playsMatch, roleBefore, speaks } from "./context.js";
import { appositionAfter, roleBeforeName } from "./descriptors.js";
import { fold, isCommonWord, isCountry, isOrgHead, isDemonym, isEventHead, isGivenName, isKnownOrganisation, isKnownPerson, isPlace, isPlaceHead, isSurname } from "./lexicon.js";
import { isGivenish, isHonorific, isTitleWord, personName, splitTitle } from "./names.js";
import { isAcronym, organisationEvidence } from "./organisations.js";
import type { Token } from "./tokens.js";

export type MentionKind = "person" | "organisation" | "place" | "single";

export interface Mention {
  paragraph: ParagraphId;
  words: string[];
  kind: MentionKind;
  /** 1 a guess from the shape of the words, 2 lexicon or context evidence, 3 a title, head word or gazetteer. */
  strength: number;
  /** For single words: what context says they name. */
  cue: { honorific: boolean; speaks: boolean; role: boolean; team: boolean; place: boolean };
  descriptors: string[];
  /** Token positions of the name in its paragraph. */
  start: number;
  end: number;
}

/** A mention with its place in the article's reading order. */
export interface Ordered extends Mention {
  order: number;
}

export interface Context {
  paragraph: ParagraphId;
  text: string;
  tokens: Token[];
  /** Words the article also writes in lower case: ordinary vocabulary when capitalised ("Department"). */
  lowercase: Set<string>;
}

const COMMON_SUFFIX = /(?:ing|tion|sion|ment|ness|ity|ism|ance|ence|ship|ical|ous|ive|ly|ies|ed)$/;

/** An ordinary word, capitalised only by position or style: the lexicon knows it, or the article writes it lower-case. */
export function isOrdinary(word: string, ctx: Context): boolean {
  const w = fold(word);
  if (isGivenName(word) || isSurname(word)) return false;
  return isCommonWord(word) || ctx.lowercase.has(w) || (w.length > 5 && COMMON_SUFFIX.test(w) && !isPlace(w));
}

export function classifyRun(ctx: Context, start: number, end: number): Mention[] {
  const { tokens } = ctx;
  // "FCDO British diplomat": a demonym ending a run modifies the noun after it; it is not part of the name.
  while (end - start > 1 && isDemonym(tokens[end - 1]!.text) && tokens[end]?.kind === "word" && !tokens[end]!.cap) end--;
  const words = tokens.slice(start, end).map((t) => t.text);
  const sentenceStart = tokens[start]!.sentenceStart;
  if (words.length === 1 && (words[0]!.length < 2 || /^[@#]$/.test(tokens[start - 1]?.text ?? ""))) return [];
  if (/^[@#]$/.test(tokens[start - 1]?.text ?? "")) return [];
  const mention = (kind: MentionKind, strength: number, w = words, s = start, e = end): Mention => ({
    paragraph: ctx.paragraph,
    words: w,
    kind,
    strength,
    cue: {
      honorific: false,
      speaks: speaks(tokens, s, e),
      role: roleBefore(tokens, s),
      team: playsMatch(tokens, s, e),
      place: placeBefore(tokens, s),
    },
    descriptors: [],
    start: s,
    end: e,
  });
  const phrase = words.join(" ");
  // A dateline opens the first paragraph in capitals ("AKRON, Ohio 1996-08-22", "LONDON (Reuters) -"): a place.
  if (start === 0 && words.every((w) => w === w.toUpperCase()) && /^[,(\-—–]$|^\d/.test(tokens[end]?.text ?? "")) return [];

  const org = organisationEvidence(words);
  if (org === "known" || org === "head") return [mention("organisation", 3)];
  if (isKnownPerson(phrase) && words.length > 1) return [withDescriptors(ctx, mention("person", 3))];
  if (isPlace(phrase) || (words.length > 1 && isPlaceHead(words[words.length - 1]!))) {
    const m = mention("place", 2);
    return m.cue.team && !isCountry(phrase) ? [{ ...m, kind: "organisation" }] : [m];
  }
  if (org === "acronym") return [mention("organisation", 2)];
  if (isEventHead(words[words.length - 1]!) || words.every((w) => /^\p{Lu}$/u.test(w))) return [];

  // "Journalist Patrick Seale …": a role noun opening the sentence is capitalised only by its position.
  const lead = sentenceStart && words.length > 2 && !isTitleWord(words[0]!) && isRoleNoun(words[0]!) && isGivenish(words[1]!);
  // "Minister of Foreign Affairs Ali Alatas": the run after "<title> of" is the rest of the title, up to a given name.
  const ofTitle = lower(tokens[start - 1]) === "of" && isTitleWord(tokens[start - 2]?.text ?? "") ? words.findIndex((w, i) => i > 0 && isGivenish(w)) : -1;
  const { title, name } = lead
    ? { title: [words[0]!], name: words.slice(1) }
    : ofTitle > 0
      ? { title: words.slice(0, ofTitle), name: words.slice(ofTitle) }
      : splitTitle(words);
  // "Major League Baseball": a title word before ordinary words is no title.
  const titled =
    title.length > 0 && name.length > 0 && !name.some((w) => isEventHead(w) || isOrgHead(w)) &&
    (isHonorific(title[title.length - 1]!) || !name.every((w) => isOrdinary(w, ctx)));
  if (titled) {
    const at = start + title.length;
    const found: Mention[] = [];
    // "Boxing Association President Ramon Manzanares": the organisation named inside a title.
    const inside = title.slice(0, -1);
    while (inside.length && isDemonym(inside[0]!)) inside.shift();
    if (inside.length && organisationEvidence(inside)) found.push(mention("organisation", 2, inside, end - name.length - inside.length - 1, at - 1));
    const person = personName(name);
    const honorific = title.length === 1 && isHonorific(title[0]!);
    // "Mr", "Dr", "Dame" say nothing about a role; "Minister", "Sen." do.
    const courtesy = title.length === 1 && COURTESY.test(title[0]!);
    const m = mention(person.name.length > 1 ? "person" : "single", honorific || person.name.length > 1 ? 3 : 2, person.name, at, end);
    m.cue.honorific = honorific || title.some((w) => isHonorific(w));
    // "Assistant Secretary of State John Kornblum": the title began before the "of".
    let from = start;
    if (ofTitle > 0) while (from > 0 && (tokens[from - 1]!.cap || lower(tokens[from - 1]) === "of")) from--;
    if (!courtesy) m.descriptors.push(ctx.text.slice(tokens[from]!.start, tokens[at - 1]!.end));
    found.push(withDescriptors(ctx, m));
    return found;
  }

  if (words.length === 1) {
    // "Marxist", "Islamists": followers of an idea, not a name.
    if ((sentenceStart && isOrdinary(words[0]!, ctx)) || /(?:ists?|isms?)$/.test(words[0]!)) return [];
    // "Inzamam-ul-Haq", "Abd-al-Rahman": a whole name joined by a lower-case particle.
    if (/^\p{Lu}\p{Ll}+-(?:ul|ud|ur|al|el|ad|ibn|bin|ben)-\p{Lu}/u.test(words[0]!)) return [withDescriptors(ctx, mention("person", 2))];
    return [withDescriptors(ctx, mention("single", 1))];
  }
  const person = personName(words);
  const from = start + (words.length - person.name.length);
  if (person.name.length === 1) {
    const m = withDescriptors(ctx, mention("single", 1, person.name, from, end));
    if (person.demonym) m.descriptors.push(person.demonym);
    return [m];
  }
  const first = person.name[0]!;
  const last = person.name[person.name.length - 1]!;
  const rest = person.name.slice(1);
  // "Lehman Brothers International", "Fox Broadcasting", "Major League Baseball": a company's or a
  // competition's words after the first; no person's name holds them.
  if (!isGivenish(first) && rest.some((w) => isOrgHead(w) || COMPANY_WORDS.has(fold(w)))) return [mention("organisation", 1)];
  if (rest.some((w) => NOT_NAME_WORDS.has(fold(w)))) return [];
  // A run holding an acronym is an organisation's ("PSV Eindhoven", "BBC Radio"), never a person's name.
  if (person.name.some((w) => isAcronym(w) && !/^\p{Lu}\.(\p{Lu}\.)?$/u.test(w))) return [mention("organisation", 1)];
  // A make's model ("Toyota Celica") is a thing, not a person.
  if (isKnownOrganisation(first)) return [];
  // Not names: a label before a colon ("Sale Date: …"), a model number ("Airbus A310"), a letter ("Division B"),
  // a named storm, a plural group ("Social Democrats"), a demonym of two words ("Sri Lankan").
  if (start === 0 && tokens[end]?.text === ":" && !isGivenish(first)) return [];
  if (person.name.some((w) => /\d/.test(w)) || /^\p{Lu}$/u.test(last) || STORMS.test(first) || GROUPS.test(last)) return [];
  if (isPlace(phrase.replace(/ns?$/, "")) || isPlace(phrase.replace(/ns?$/, "").replace(/a?$/, "a"))) return [];
  // "S. Africa" is a place abbreviated; "Todd Woodbridge" is a person whose surname is also a town.
  const placeLast = person.name.length === 2 && /^\p{Lu}\.$/u.test(first) && isPlace(last);
  // A given name first makes a name whatever follows ("Bob Dole", "Todd Woodbridge"); a known surname last does
  // too ("Randy Johnson"). Otherwise the words must be mostly not ordinary vocabulary, and not places.
  const given = (isGivenish(first) || isSurname(last)) && !placeLast && !rest.some((w) => isDemonym(w) || (isPlaceHead(w) && !SURNAME_PLACES.has(fold(w))));
  if (!given) {
    const ordinary = person.name.filter((w) => isOrdinary(w, ctx) && !PARTICLE.test(w)).length;
    const placey = person.name.some((w) => isDemonym(w) || (isPlace(w) && !isSurname(w)));
    if (ordinary * 2 > person.name.length || placey) {
      const m = mention("place", 1);
      return [m.cue.team && !isCountry(phrase) ? { ...m, kind: "organisation" } : m];
    }
  }
  const known = given || isKnownPerson(last) || competitor(tokens, end);
  const m = mention("person", known ? 2 : 1, person.name, from, end);
  if (person.demonym) m.descriptors.push(person.demonym);
  if (!known && m.cue.team) return [{ ...m, kind: "organisation", words, start }];
  if (!known && m.cue.place && !m.cue.speaks && !m.cue.role) return [{ ...m, kind: "place", words, start }];
  return [withDescriptors(ctx, m)];
}

const COMPANY_WORDS = new Set(["brothers", "international", "broadcasting", "shipping", "capital", "development",
  "holdings", "group", "systems", "services", "energy", "media", "airlines", "motors", "pharmaceuticals", "partners"]);
const NOT_NAME_WORDS = new Set(["league", "baseball", "football", "cup", "championship", "championships", "olympics",
  "convention", "disease", "syndrome", "encephalopathy", "virus", "rate", "index", "weekly", "daily", "data"]);
const STORMS = /^(hurricane|storm|typhoon|cyclone|tropical)$/i;
const GROUPS = /(?:crats|ists|ites)$/;
// Place head words that are also common surnames ("Damon Hill", "Barry Lane", "Stephen Field").
const SURNAME_PLACES = new Set(["hill", "field", "lane", "wood", "woods", "park", "brook", "ford", "bridge", "hall",
  "marsh", "cliff", "moore", "grove", "forest", "shore", "banks", "downs", "waters", "springs", "rivers", "street", "port"]);
const COURTESY = /^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|madam|mme|mlle|herr|frau|monsieur|madame|senor|senora|signor)\.?$/i;
const PARTICLE = /^(van|von|de|der|den|da|di|del|du|la|le|bin|ibn|al|el)$/;

/** "Mikael Tillstrom (Sweden) vs …": a competitor listed with a country in brackets, not followed by a score. */
function competitor(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== "(" || tokens[end + 2]?.text !== ")") return false;
  return isCountry(tokens[end + 1]!.text) && tokens[end + 3]?.kind !== "number";
}

function withDescriptors(ctx: Context, m: Mention): Mention {
  const before = roleBeforeName(ctx.text, ctx.tokens, m.start);
  if (before) m.descriptors.push(before);
  const after = appositionAfter(ctx.text, ctx.tokens, m.end);
  if (after) m.descriptors.push(after);
  return m;
}
