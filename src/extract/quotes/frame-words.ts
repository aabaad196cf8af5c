/**
 * The words that shape an attribution frame, shared by the frame readers (frames.ts) and the appositions
 * they step over (appositions.ts).
 */
import type { Token } from "./cues.js";

export const PUNCT = new Set([",", ";", ":", "(", ")", "—", "–", "-"]);
/** Words that end a speaker phrase read forwards ("said Smith in a statement", "said Smith, adding …"). */
export const PHRASE_END = new Set(
  "in on at during after before when while as about to adding who which that because than since via".split(" "),
);
/** Words that cannot be inside a speaker phrase read backwards: they belong to the clause before it. */
export const CLAUSE_WORDS = new Set(
  `that who which whom whose and but or so because as when while if where although though after before since
   than what how why there it's is was are were be been has have had not also said says told`.split(/\s+/),
);
export const isPunct = (t: Token | undefined) => !!t && PUNCT.has(t.text);
