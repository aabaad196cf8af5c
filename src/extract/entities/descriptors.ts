/**
 * Roles and descriptions an article attaches to a name, by the conventions news uses to introduce people:
 * - apposition: "Hind Hassan, the journalist who first reported the story," → "journalist";
 *   "Tadeusz Awdankiewicz, a doctor," → "doctor";
 * - a role before the name: "FCDO British diplomat Mark Smith", "West Indian all-rounder Phil Simmons";
 * - a capitalised title (split off by names.ts): "Chinese President Jiang Zemin" → "Chinese President";
 * - "signs off as …", "works as …", "served as …", "is a/the …" after the subject;
 * - a verbless line naming a role just before the paragraph that names the person ("The UN special
 *   rapporteur on … ." then "Francesca Albanese said: …").
 */
import { isRoleNoun, lower } from "./context.js";
import { fold, tagsOf } from "./lexicon.js";
import type { Token } from "./tokens.js";

const STOP = /^(who|whom|whose|which|that|said|says|told|and|but|has|have|had|is|was|were|are|will|would|on|in|at|since|after|before|when|while|as)$/;
const DETERMINERS = /^(the|a|an|his|her|their|its)$/;
const MAX_WORDS = 14;
const FUNCTION_TAGS = new Set(["Conjunction", "Preposition", "Adverb", "Pronoun", "Determiner", "Copula", "Modal", "QuestionWord", "Expression"]);

const textOf = (text: string, tokens: Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);

/** "Name, the journalist who …," → "journalist": the noun phrase after the comma, up to a relative pronoun. */
export function appositionAfter(text: string, tokens: Token[], end: number): string | null {
  if (tokens[end]?.text !== ",") return null;
  let k = end + 1;
  if (DETERMINERS.test(lower(tokens[k]))) k++;
  else if (tokens[k]?.kind === "number") return null;
  const from = k;
  let role = false;
  for (; k < tokens.length && k - from < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "'s" && t.text !== "’s") break;
    if (t.kind === "word" && !t.cap && STOP.test(lower(t)) && !(lower(t) === "of" || lower(t) === "on")) break;
    if (t.kind === "word" && !t.cap && isRoleNoun(t.text)) role = true;
    if (t.kind === "word" && !t.cap && isVerb(t.text) && !isRoleNoun(t.text)) return null;
  }
  if (!role || k === from) return null;
  return textOf(text, tokens, from, k);
}

/** "FCDO British diplomat Mark Smith" → "FCDO British diplomat": role words back from the name. */
export function roleBeforeName(text: string, tokens: Token[], start: number): string | null {
  const prev = tokens[start - 1];
  if (!prev || prev.kind !== "word" || prev.cap || !isRoleNoun(prev.text)) return null;
  let k = start - 1;
  while (k > 0 && start - k < 6) {
    const t = tokens[k - 1]!;
    if (t.kind !== "word") break;
    const w = lower(t);
    if (DETERMINERS.test(w) || STOP.test(w) || /^(of|for|to|by|with|from|via|said|says|told)$/.test(w)) break;
    // A sentence's first word belongs to the role unless it is a function word ("Union official Dominic Reyes").
    if (t.sentenceStart && tagsOf(t.text).some((g) => FUNCTION_TAGS.has(g))) break;
    if (!t.cap && !isRoleNoun(t.text) && !tagsOf(t.text).some((g) => g === "Adjective" || g === "Demonym" || g === "Ordinal")) break;
    k--;
  }
  return textOf(text, tokens, k, start);
}

/** "… signs off as the second secretary counter-terrorism." → the phrase after "as". */
export function roleAfterVerb(text: string, tokens: Token[], from: number): { text: string; at: number } | null {
  for (let k = from; k < tokens.length - 2; k++) {
    const w = lower(tokens[k]);
    const next = lower(tokens[k + 1]);
    let at = -1;
    if ((w === "off" && next === "as") || ((w === "works" || w === "worked" || w === "served" || w === "serves") && next === "as")) at = k + 2;
    else if ((w === "is" || w === "was") && DETERMINERS.test(next) && k === from) at = k + 1;
    if (at < 0) continue;
    if (DETERMINERS.test(lower(tokens[at]))) at++;
    let end = at;
    while (end < tokens.length && end - at < MAX_WORDS && (tokens[end]!.kind !== "punct" || tokens[end]!.text === "-") && !STOP.test(lower(tokens[end]))) end++;
    if (end > at && tokens.slice(at, end).some((t) => isRoleNoun(t.text))) return { text: textOf(text, tokens, at, end), at: k };
    return null;
  }
  return null;
}

function isVerb(word: string): boolean {
  return tagsOf(word).some((t) => t === "PastTense" || t === "PresentTense" || t === "Copula" || t === "Modal");
}

// "human rights" is not a verb phrase: a role line may hold plural nouns the lexicon also knows as verbs.
function isFiniteVerb(word: string): boolean {
  return tagsOf(word).some((t) => t === "PastTense" || t === "Copula" || t === "Modal") || /^(says|tells|adds|claims)$/.test(fold(word));
}

/** A paragraph that is only a role ("The UN special rapporteur on … territories."): a title line for the next name. */
export function roleLine(text: string, tokens: Token[]): string | null {
  const words = tokens.filter((t) => t.kind === "word");
  if (words.length < 2 || words.length > 25 || !DETERMINERS.test(lower(words[0]))) return null;
  if (words.some((t) => !t.cap && (isFiniteVerb(t.text) || STOP.test(fold(t.text)) && !/^(on|in|at)$/.test(fold(t.text))))) return null;
  if (!words.some((t) => !t.cap && isRoleNoun(t.text))) return null;
  return text.slice(words[1]!.start).replace(/[.\s]+$/, "");
}
