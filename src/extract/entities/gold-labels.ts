/**
 * Token tags rebuilt from a corpus's gold name lists, for training.
 *
 * The CoNLL-2003 gold here is per article: the surface forms of its people, organisations and places, not a tag
 * per token. Tags are rebuilt by finding each form in the paragraphs, longest first, so "Taiwan Strait" is one
 * place and not "Taiwan" plus a word. What that cannot tell is left open rather than guessed — the trainer then
 * takes the model's own best reading for those tokens (a partial gold):
 * - a form in two lists ("Leicestershire" the county and the club) is one name of either kind;
 * - a form found inside a longer capitalised name that is in no list ("U.S." in "U.S. Open") is most likely
 *   part of a name of the kind the lists leave out (works, events, nationalities: CoNLL's MISC), so the whole
 *   stretch is open;
 * - a form that crosses a segment's edge ("Goldman, Sachs & Co") cannot be tagged inside one segment.
 * Every other token of a segment is outside any name: a capitalised word in no list is a sentence's first word,
 * a title, a day, or a MISC name — none of them a person, an organisation or a place.
 *
 * Forms are matched on the tokenizer's tokens, ignoring a final full stop ("Inc" in the list, "Inc." in the
 * text), so the corpus's re-spaced punctuation ("Farmers ' Union") matches as it is written.
 */
import { isWeekdayOrMonth } from "./lexicon.js";
import { KINDS, LABEL_COUNT, O, labelOf, type NameKind } from "./model.js";
import { isCapitalised, type Segment } from "./segments.js";
import { tokenize, type Token } from "./tokens.js";

export interface GoldNames {
  people: string[];
  organisations: string[];
  places: string[];
}

/** For each token, the labels it may take, as a bit mask (bit l for label l). */
export type AllowedTags = Uint16Array;

const ANY = (1 << LABEL_COUNT) - 1;
const LISTS: Record<NameKind, keyof GoldNames> = { person: "people", organisation: "organisations", place: "places" };
const norm = (text: string) => text.replace(/\.$/, "");

interface Form {
  words: string[];
  kinds: NameKind[];
}

function forms(gold: GoldNames): Form[] {
  const byKey = new Map<string, Form>();
  for (const kind of KINDS) {
    for (const name of gold[LISTS[kind]]) {
      const words = tokenize(name).map((t) => norm(t.text));
      if (!words.length) continue;
      const key = words.join(" ");
      const form = byKey.get(key) ?? byKey.set(key, { words, kinds: [] }).get(key)!;
      if (!form.kinds.includes(kind)) form.kinds.push(kind);
    }
  }
  const keys = [...byKey.keys()].sort((a, b) => byKey.get(b)!.words.length - byKey.get(a)!.words.length || (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => byKey.get(k)!);
}

function bit(part: "B" | "I" | "L" | "U", kinds: NameKind[]): number {
  let mask = 0;
  for (const k of kinds) mask |= 1 << labelOf(part, k);
  return mask;
}

/** The tags each token of each paragraph may take; tokens outside every segment get 0 (they are never tagged). */
export function goldTags(paragraphs: { tokens: Token[]; segments: Segment[] }[], gold: GoldNames): AllowedTags[] {
  const list = forms(gold);
  return paragraphs.map(({ tokens, segments }) => {
    const words = tokens.map((t) => norm(t.text));
    // Which matched form, and where it starts and ends, each token belongs to.
    const claim: { form: Form; start: number; end: number }[] = [];
    for (const form of list) {
      const n = form.words.length;
      for (let i = 0; i + n <= words.length; i++) {
        if (words[i] !== form.words[0]) continue;
        let same = true;
        for (let j = 1; j < n && same; j++) same = words[i + j] === form.words[j] && claim[i + j] === undefined;
        if (!same || claim[i] !== undefined) continue;
        const c = { form, start: i, end: i + n };
        for (let j = i; j < i + n; j++) claim[j] = c;
      }
    }
    const allowed = new Uint16Array(tokens.length);
    for (const s of segments) {
      let open = false;
      for (let i = s.start; i < s.end; i++) {
        const c = claim[i];
        if (!c) {
          allowed[i] = 1 << O;
          continue;
        }
        if (c.start < s.start || c.end > s.end) open = true;
        const n = c.end - c.start;
        const part = n === 1 ? "U" : i === c.start ? "B" : i === c.end - 1 ? "L" : "I";
        allowed[i] = bit(part, c.form.kinds);
        // "U.S. Open": a listed form run on by capitalised words in no list is part of an unlisted name.
        if (i === c.end - 1) {
          const next = tokens[i + 1];
          if (i + 1 < s.end && next && !claim[i + 1] && isCapitalised(next) && !isWeekdayOrMonth(next.text.replace(/\.$/, ""))) open = true;
        }
      }
      if (open) for (let i = s.start; i < s.end; i++) allowed[i] = ANY;
    }
    return allowed;
  });
}
