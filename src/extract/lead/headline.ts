/**
 * A headline for an article that gives none, from its lede: the first sentence of the first paragraph of copy,
 * without the dateline that may open it, cut to headline length (about 15 words) at a clause boundary where
 * there is one. Never the caption: the caption is not a body paragraph.
 */
import type { Paragraph } from "../../article.js";
import { readInlineDateline } from "./dateline.js";

const MAX_WORDS = 15;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])$/;

export function headlineFromLede(paragraphs: Paragraph[]): string {
  const lede = paragraphs.find((p) => p.id !== "caption" && p.text.split(/\s+/).length >= 5) ?? paragraphs.find((p) => p.id !== "caption");
  if (!lede) return "Untitled article";
  const dateline = readInlineDateline(lede.text);
  const text = (dateline ? lede.text.slice(dateline.length) : lede.text).trim();
  const sentence = firstSentence(text).replace(/[.!]$/, "");
  return shorten(sentence) || "Untitled article";
}

function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?]["”’]?(?=\s+["“‘(]?[A-Z0-9])/g)) {
    const end = match.index! + match[0].length;
    if (match[0][0] === "." && ABBREVIATION.test(text.slice(0, match.index!))) continue;
    return text.slice(0, end).trim();
  }
  return text;
}

/** When it happened is the story's dateline's job; headlinese drops it ("Germany on Monday banned …"). */
const WHEN =
  /(?:^|,?\s+)(?:(?:[Oo]n|[Ee]arly|[Ll]ate|[Ll]ast)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.]|$),?/g;

/**
 * Headline length: without the day words; then, if still long, up to the first comma that leaves a whole
 * clause ("… collapsed in Magnitogorsk, a city in …"), else at the limit with an ellipsis.
 */
function shorten(sentence: string): string {
  let text = sentence.replace(WHEN, (match) => (/^,/.test(match) && /,$/.test(match) ? "," : " ")).replace(/\s+/g, " ").trim();
  // A clause set off by commas ("…, which is run by the military, crashed") is the first thing a subeditor cuts.
  text = text.replace(/^,\s*/, "").replace(/,\s+(?:who|which|whose)\s[^,]+,/g, "");
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const words = text.split(" ").filter(Boolean);
  if (words.length <= MAX_WORDS) return words.join(" ");
  for (const comma of text.matchAll(/,\s/g)) {
    const before = text.slice(0, comma.index!).split(" ").length;
    if (before > MAX_WORDS) break;
    if (before >= 6) return text.slice(0, comma.index!);
  }
  return `${words.slice(0, MAX_WORDS).join(" ").replace(/[,;:]$/, "")}…`;
}
