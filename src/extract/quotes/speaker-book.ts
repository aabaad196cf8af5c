/**
 * The speaker book: who is who in one article, so a speaker phrase resolves to the name the article uses.
 *
 * - a name is introduced in full once and then shortened: "Smith" and "Mr. Smith" resolve to "Mark Smith"
 *   (the entities' names and aliases first, then the full names the article prints);
 * - "he"/"she" refer to the nearest preceding person who spoke or was the subject of a sentence, passing over
 *   one the article shows to be of the other sex ("Mrs. Smith", "Mr. Smith", a common given name);
 *   "they"/"it" to the nearest group or organisation;
 * - "the letter"/"the statement" speak for whoever was last said to have written one;
 * - "the department" is the organisation the article means when only one fits;
 * - "the coach", "the Tory leader", "the brewer": a second reference by role is the one the article described
 *   with that word ("Wales coach Mike Ruddock", "Fosters, the brewer").
 */
import type { Organisation, Person, SpeakerKind } from "../../article.js";
import { isGivenName } from "../entities/lexicon.js";
import { couldBePerson, looksLikeOrganisation, type SpeakerRef } from "./speakers.js";

// Asked in loops, so built once here: a regex literal inside a function is a new RegExp object every time it runs.
const FINAL_STOP = /\.$/;
const SPACES = /\s+/;

export interface ResolvedSpeaker {
  name: string;
  kind: SpeakerKind;
  slug?: string;
  /**
   * How the phrase was resolved: a name as the article prints it in full or a short form of one, a pronoun to the
   * nearest person (or past one of the other sex, or to the first named), "the department" to the one that fits.
   */
  via?: Resolution;
  /** For a pronoun: the other people just as near who could be meant (same sex or none shown). */
  rivals?: number;
}

export type Resolution =
  | "name"
  | "short-name"
  | "unknown-name"
  | "pronoun-nearest"
  | "pronoun-other-sex"
  | "pronoun-first"
  | "pronoun-group"
  | "document"
  | "noun-only-fit"
  | "noun-one-spoken"
  | "noun"
  | "role-described"
  | "description";

interface Known {
  name: string;
  kind: "person" | "organisation";
  slug?: string;
  /** Lower-cased surname (last word) or the whole organisation name and its aliases. */
  keys: string[];
}

const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(FINAL_STOP, "");

// Common English given names that news uses without a title, so "she" need not go to the last man named.
const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
   ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
   cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine debra
   rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina joan
   evelyn lauren judith olivia megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn
   alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa marilyn
   danielle diana brittany natalie sophia rose isabella alexis kayla charlotte debbie hope jane anne emma
   claire sally lucy katie kate caroline jill valerie`.split(/\s+/),
);
const MALE = new Set(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
   donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
   gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
   patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter
   noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan
   bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
   russell bobby mason philip louis chris mike rick ben bill tim harry al jim tom tony ron dick martin jimmy`.split(/\s+/),
);
type Sex = "f" | "m";
/** Words of a description that name no role: "the", "former", "of", "its". */
const DESCRIPTION_FILLER = new Set("the and for with from who was has had its his her their former new chief senior deputy acting local national international".split(" "));
const PRONOUN_SEX: Record<string, Sex> = { she: "f", her: "f", he: "m", him: "m", his: "m" };

/**
 * What the article knows about who is who: its entities (with aliases) and the full names it prints,
 * so a surname or a pronoun can be resolved to the name used elsewhere.
 */
export class SpeakerBook {
  // Indexes rather than lists, so resolving stays cheap however many names a long article prints.
  private byKey = new Map<string, Known>();
  private bySurname = new Map<string, Known[]>();
  /** The article's people (with pages) by the first word of their name. */
  private byFirstWord = new Map<string, Known[]>();
  private byOrganisationWord = new Map<string, Known[]>();
  /** The article's people and organisations by each word of how it describes them ("Wales coach" → coach). */
  private byRoleWord = new Map<string, Known[]>();
  /** When each name last spoke or was named (reading order), for "the most recent" choices. */
  private lastSeen = new Map<string, number>();
  private latest = new Map<SpeakerKind, { speaker: ResolvedSpeaker; order: number }>();
  private organisationsSpoken = new Map<string, ResolvedSpeaker>();
  private documents = new Map<string, ResolvedSpeaker>();
  private order = 0;
  /** People in the order they last spoke or were named, most recent last (for "he" and "she"). */
  private recentPeople: ResolvedSpeaker[] = [];
  /** Surnames the article gives a title that tells the sex: "Mrs. Smith", "Mr. Jones". */
  private titled = new Map<string, Sex>();

  /** The article's people in the order it first names them: "he" before anyone has spoken is most often the first. */
  private firstNamed: ResolvedSpeaker[] = [];

  constructor(people: Person[], organisations: Organisation[], printedNames: string[], titledSurnames: [string, Sex][] = []) {
    // A surname titled both ways ("Mr. Clinton", "Mrs. Clinton") tells nothing.
    const both = new Set<string>();
    for (const [surname, sex] of titledSurnames) {
      const key = fold(surname);
      if (this.titled.has(key) && this.titled.get(key) !== sex) both.add(key);
      this.titled.set(key, sex);
    }
    for (const key of both) this.titled.delete(key);
    for (const p of people) this.describe(this.add({ name: p.name, kind: "person", slug: p.slug, keys: [p.name, ...p.aliases].map(fold) }), p.descriptors);
    this.firstNamed = people.filter((p) => p.name.includes(" ")).map((p) => ({ name: p.name, kind: "person" as const, slug: p.slug }));
    for (const o of organisations) this.describe(this.add({ name: o.name, kind: "organisation", slug: o.slug, keys: [o.name, ...o.aliases].map(fold) }), o.descriptors);
    for (const name of printedNames) {
      if (this.byKey.has(fold(name))) continue;
      // A full name printed without the title the entity's name carries ("Peter Luff", "MP Peter Luff") is that
      // entity, not another person.
      const kind = looksLikeOrganisation(name) ? "organisation" : "person";
      const entity = kind === "person" && name.includes(" ") ? this.resolveName(name, "person") : null;
      const known = entity?.slug ? this.byKey.get(fold(entity.name)) : undefined;
      if (known) this.byKey.set(fold(name), known);
      else this.add({ name, kind, keys: [fold(name)] });
    }
  }

  private add(k: Known): Known {
    for (const key of k.keys) if (!this.byKey.has(key)) this.byKey.set(key, k);
    const words = fold(k.name).split(SPACES);
    if (k.kind === "person" && words.length > 1) push(this.bySurname, words.at(-1)!, k);
    if (k.kind === "person" && k.slug && words.length > 1) push(this.byFirstWord, words[0]!, k);
    if (k.kind === "organisation") for (const w of new Set(words)) push(this.byOrganisationWord, w, k);
    return k;
  }

  /** Files an entity under the words of its descriptions: the role nouns a later "the coach" may use. */
  private describe(k: Known, descriptors: { text: string }[]): void {
    const words = new Set(descriptors.flatMap((d) => fold(d.text).split(/[^\p{L}'-]+/u)).filter((w) => w.length > 2 && !DESCRIPTION_FILLER.has(w)));
    for (const w of words) push(this.byRoleWord, w, k);
  }

  /** A person named in the text at this point, a candidate antecedent for a later "he" or "she". */
  mention(name: string): void {
    // Only names the article prints in full count: a capitalised first word ("Rattling", "Surveys") is no one.
    if (!couldBePerson(name)) return;
    const resolved = this.resolveName(name, "person");
    const known = this.byKey.get(fold(resolved.name));
    if (resolved.kind === "person" && known && known.name.includes(" ") && couldBePerson(known.name)) this.remember(resolved);
  }

  /** Record a resolved speaker, for pronouns and documents later in the article. */
  spoke(speaker: ResolvedSpeaker, documentNouns: string[] = []): void {
    this.remember(speaker);
    if (speaker.kind === "organisation") this.organisationsSpoken.set(speaker.name, speaker);
    for (const noun of documentNouns) this.documents.set(noun, speaker);
  }

  private remember(speaker: ResolvedSpeaker): void {
    const order = this.order++;
    this.lastSeen.set(speaker.name, order);
    this.latest.set(speaker.kind, { speaker, order });
    if (speaker.kind !== "person") return;
    const at = this.recentPeople.findIndex((p) => p.name === speaker.name);
    if (at >= 0) this.recentPeople.splice(at, 1);
    this.recentPeople.push(speaker);
    if (this.recentPeople.length > 12) this.recentPeople.shift();
  }

  /** The sex a person's name or title shows, if any. */
  private sexOf(name: string): Sex | undefined {
    const words = fold(name).split(/\s+/);
    const given = words.length < 2 ? undefined : FEMALE.has(words[0]!) ? "f" : MALE.has(words[0]!) ? "m" : undefined;
    return given ?? this.titled.get(words.at(-1)!);
  }

  resolve(ref: SpeakerRef): ResolvedSpeaker | null {
    switch (ref.kind) {
      case "pronoun":
        return this.antecedent(ref.text.toLowerCase());
      case "document": {
        const noun = ref.text.toLowerCase().split(/\s+/).at(-1)!;
        const owner = this.documents.get(noun);
        return owner ? { ...owner, via: "document" } : null;
      }
      case "person":
      case "organisation": {
        if (!ref.name && ref.kind === "organisation") return this.resolveOrganisationNoun(ref);
        const name = ref.name ?? ref.text;
        const resolved = this.resolveName(name, ref.kind);
        const via: Resolution = !resolved.slug && !this.byKey.has(fold(resolved.name)) ? "unknown-name" : fold(resolved.name) === fold(name) ? "name" : "short-name";
        return { ...resolved, via };
      }
      default:
        return (ref.kind === "unknown" && this.roleHolder(ref)) || { name: ref.text.replace(/^(?:the|a|an)\s+/i, ""), kind: ref.kind, via: "description" };
    }
  }

  private resolveName(name: string, kind: "person" | "organisation"): ResolvedSpeaker {
    const key = fold(name);
    const exact = this.byKey.get(key);
    if (exact) return this.entry(exact);
    const parts = key.split(/\s+/);
    if (kind === "person") {
      // A role the frame read as part of the name ("Prosecutor Ann Lee"): the rest of it may be a name the article
      // files.
      for (let k = 1; k < parts.length - 1 && !isGivenName(parts[k - 1]!); k++) {
        const rest = this.byKey.get(parts.slice(k).join(" "));
        if (rest?.slug && rest.kind === "person") return this.entry(rest);
      }
      // A surname (or a shorter form) resolves to the full name printed earlier: "Smith" → "Mark Smith".
      const first = parts.length > 1 ? parts[0]! : null;
      const candidates = (this.bySurname.get(parts.at(-1)!) ?? []).filter((k) => {
        // The given name is the first word, or the word before the surname when a title opens the entity's
        // name ("MP Peter Luff").
        const words = fold(k.name).split(SPACES);
        const givens = k.slug ? [words[0]!, words.at(-2)!] : [words[0]!];
        return !first || givens.some((given) => given === first || given[0] === first[0]);
      });
      if (candidates.length) {
        // Several people share the surname: the one that spoke or was named most recently.
        const recency = (k: Known) => this.lastSeen.get(k.name) ?? -1;
        const chosen = candidates.reduce((best, k) => (recency(k) > recency(best) ? k : best));
        return this.entry(chosen);
      }
      // One word that is no one's surname but opens exactly one person's name: a family name printed first
      // ("Wang said" after "Wang Yi"), or a given name used alone ("Hillary said").
      const opening = parts.length === 1 ? (this.byFirstWord.get(parts[0]!) ?? []) : [];
      if (opening.length === 1) return this.entry(opening[0]!);
    }
    return { name: name.replace(/\s+/g, " "), kind };
  }

  private entry(k: Known): ResolvedSpeaker {
    return k.slug ? { name: k.name, kind: k.kind, slug: k.slug } : { name: k.name, kind: k.kind };
  }

  private antecedent(pronoun: string): ResolvedSpeaker | null {
    const sex = PRONOUN_SEX[pronoun];
    const latestPerson = this.latest.get("person");
    if (sex && latestPerson && this.recentPeople.length) {
      // The nearest person, unless the article shows that one to be of the other sex: then the nearest one it
      // does not.
      const newest = latestPerson.speaker;
      const newestSex = this.sexOf(newest.name);
      if (!newestSex || newestSex === sex) return { ...newest, via: "pronoun-nearest", rivals: this.rivals(newest, sex) };
      for (let i = this.recentPeople.length - 1; i >= 0; i--) {
        const candidate = this.recentPeople[i]!;
        if ((this.sexOf(candidate.name) ?? sex) === sex) return { ...candidate, via: "pronoun-other-sex", rivals: this.rivals(candidate, sex) };
      }
      // Nobody near fits: a "he" is never given to the one woman just named. The article's first person who may
      // fit, or no one.
      const first = this.firstNamed.find((p) => (this.sexOf(p.name) ?? sex) === sex);
      return first ? { ...first, via: "pronoun-first", rivals: 0 } : null;
    }
    if (sex && !latestPerson) {
      // No one has spoken or opened a sentence yet: the person the article names first, unless shown to be of the
      // other sex.
      const first = this.firstNamed.find((p) => (this.sexOf(p.name) ?? sex) === sex);
      if (first) return { ...first, via: "pronoun-first", rivals: this.firstNamed.filter((p) => p !== first && (this.sexOf(p.name) ?? sex) === sex).length };
    }
    const wanted: SpeakerKind[] = pronoun === "he" || pronoun === "she" || pronoun === "i" ? ["person"] : pronoun === "it" ? ["organisation"] : ["group", "organisation"];
    const found = wanted.map((kind) => this.latest.get(kind)).filter((x) => x !== undefined);
    return found.length ? { ...found.reduce((a, b) => (b.order > a.order ? b : a)).speaker, via: "pronoun-group" } : null;
  }

  /** Others among the three people last seen whom the pronoun could as well mean. */
  private rivals(chosen: ResolvedSpeaker, sex: Sex): number {
    return this.recentPeople.slice(-4).filter((p) => p.name !== chosen.name && (this.sexOf(p.name) ?? sex) === sex).length;
  }

  /** "the department", "the campaign": the organisation the article means, when only one fits. */
  private resolveOrganisationNoun(ref: SpeakerRef): ResolvedSpeaker {
    const noun = ref.text.toLowerCase().split(/\s+/).at(-1)!;
    const fitting = this.byOrganisationWord.get(noun) ?? [];
    if (fitting.length === 1) return { ...this.entry(fitting[0]!), via: "noun-only-fit" };
    if (!fitting.length && this.organisationsSpoken.size === 1 && /^the\s/i.test(ref.text)) {
      return { ...[...this.organisationsSpoken.values()][0]!, via: "noun-one-spoken" };
    }
    const described = !fitting.length && /^the\s/i.test(ref.text) ? this.describedAs(noun, "organisation") : null;
    return described ?? { name: ref.text.replace(/^(?:the|a|an)\s+/i, ""), kind: "organisation", via: "noun" };
  }

  /**
   * "the coach said", "the Tory leader said": a definite role is who the article described by that word (the
   * most recently seen of them). Only a definite "the": "a coach" is someone new.
   */
  private roleHolder(ref: SpeakerRef): ResolvedSpeaker | null {
    if (!/^the\s/i.test(ref.text)) return null;
    const role = fold(ref.text).split(/\s+/).at(-1)!.replace(/'s$/, "");
    // Not the person last named when no one was so described: measured on both development sets, that guess
    // ("the victim said" → whoever came last) cost more precision than it gained recall.
    return this.describedAs(role);
  }

  /** The entity (of a kind, or any) the article described with this word, the most recently seen if several. */
  private describedAs(word: string, kind?: Known["kind"]): ResolvedSpeaker | null {
    const fitting = [...new Set(this.byRoleWord.get(word) ?? [])].filter((k) => !kind || k.kind === kind);
    if (!fitting.length) return null;
    const recency = (k: Known) => this.lastSeen.get(k.name) ?? -1;
    const chosen = fitting.reduce((best, k) => (recency(k) > recency(best) ? k : best));
    return { ...this.entry(chosen), via: "role-described", rivals: fitting.length - 1 };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
