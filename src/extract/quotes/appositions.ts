/**
 * Names set off by commas around a speaker's role, as news writes them:
 * - the name after a role: "said his best friend at Lehigh, Bruce Turry," / "…, former WorldCom finance chief Scott
 *   Sullivan, …";
 * - the name before a role: "J.J. Goldberg, editor at large of The Forward, …, wrote" / "Colin Asplin, Blackpool
 *   Hotel Association said".
 */
import { CLAUSE_WORDS, isPunct, PHRASE_END } from "./frame-words.js";
import { isSpeechVerb, type Token } from "./cues.js";
import { fullName, looksLikeOrganisation, type SpeakerRef } from "./speakers.js";
import { startsLower, startsUpper } from "../letters.js";

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const LOWER_WORD_OF_TWO = /^\p{Ll}[\p{Ll}-]+$/u;

/**
 * The full name closing a role in lower case, tokens[from, to): "former WorldCom finance chief Scott Sullivan",
 * "doctoral candidate Maninder Thind", "civil and environmental engineering professor Julian Marshall".
 */
export function nameClosingRole(text: string, tokens: Token[], from: number, to: number): SpeakerRef | null {
  let start = to;
  while (start > from && to - start < 5 && startsUpper(tokens[start - 1]!.text)) start--;
  const role = tokens.slice(from, start);
  if (!role.length || to - start < 2 || !role.some((t) => startsLower(t.text))) return null;
  if (role.some((t) => (CLAUSE_WORDS.has(t.lower) && t.lower !== "and") || isSpeechVerb(t) || isPunct(t))) return null;
  // The capitalised run may open with where the role is held ("WorldCom finance chief" is all role): the name is
  // its longest full-name ending.
  for (let k = Math.min(start, to - 2); k <= to - 2; k++) {
    const named = fullName(text, tokens, k, to);
    if (named) return named;
  }
  return null;
}

/** The capitalised name ending just before tokens[comma] when a role follows it in apposition, if it is a full name. */
export function nameBeforeApposition(text: string, tokens: Token[], end: number, floor: number): SpeakerRef | null {
  let m = end - 1;
  while (m > floor && end - m < 28 && tokens[m]!.text !== "," && tokens[m]!.text !== "(") m--;
  // The apposition is a description, in lower case or with one in it ("PTC president and conservative activist").
  // Or the organisation the name is from: "Colin Asplin, Blackpool Hotel Association said".
  const described =
    startsLower(tokens[m + 1]?.text ?? "") ||
    tokens.slice(m + 1, end).some((t) => LOWER_WORD_OF_TWO.test(t.text) && !/^(of|and|the|for|at|in)$/.test(t.lower)) ||
    (end > m + 1 && looksLikeOrganisation(text.slice(tokens[m + 1]!.start, tokens[end - 1]!.end)));
  if (m <= floor || tokens[m]!.text !== "," || !described) return null;
  let s = m;
  while (s > floor && m - s < 5 && startsUpper(tokens[s - 1]!.text)) s--;
  // The name opens its clause ("Just last week, J.J. Goldberg, …", "led by Mark Hay, …"); after a verb it is an
  // object ("After meeting Hillary Clinton, the senator said").
  const lead = tokens[s - 1];
  if (s > floor && lead && !isPunct(lead) && !/^(and|but|so|then|by|as|while|when)$/.test(lead.lower)) return null;
  return fullName(text, tokens, s, m);
}

/** "said his best friend at Lehigh, Bruce Turry, who …": the name after a role, set off by a comma. */
export function nameInApposition(text: string, tokens: Token[], comma: number): { speaker: SpeakerRef; end: number } | null {
  if (tokens[comma]?.text !== ",") return null;
  // "…, former WorldCom finance chief Scott Sullivan, …": a role in lower case may come before the name.
  if (startsLower(tokens[comma + 1]?.text ?? "")) {
    let stop = comma + 1;
    while (stop < tokens.length && stop - comma <= 12 && !isPunct(tokens[stop]) && !PHRASE_END.has(tokens[stop]!.lower)) stop++;
    const named = nameClosingRole(text, tokens, comma + 1, stop);
    return named ? { speaker: named, end: stop } : null;
  }
  let end = comma + 1;
  while (end < tokens.length && end - comma <= 5 && startsUpper(tokens[end]!.text)) end++;
  // The name ends the phrase, or its own "of …" or clause follows: "Andrew J. Pincus of the law firm …".
  if (end < tokens.length && !isPunct(tokens[end]) && !PHRASE_END.has(tokens[end]!.lower) && !/^(of|from|with)$/.test(tokens[end]!.lower)) return null;
  const named = fullName(text, tokens, comma + 1, end);
  return named ? { speaker: named, end } : null;
}
