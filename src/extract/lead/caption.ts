/**
 * Photo captions and their credits, as papers and wire services print them after the caption text:
 * - "… Sunday, Aug. 11, 2024. via Associated Press" (syndicated copy: "via" the agency);
 * - "(Photo: Reuters)", "(Photo by Jane Doe/AFP)", "(Picture: PA)";
 * - "Credit: Getty Images", "Photo credit: …", "Image: …";
 * - "(AP Photo/Evan Vucci)", "AP Photo/Evan Vucci";
 * - "Photograph: Jane Doe/Reuters" (The Guardian's style).
 * A paragraph is a caption only when it ends with such a credit; the text before it is the caption.
 */
import type { Caption } from "../../article.js";

const NAME = "[A-Z][\\w.'’&-]*(?:[ /][A-Z][\\w.'’&-]*){0,5}";

/** "… said via Twitter": a platform is how words travelled, not a picture's credit. */
const SOCIAL = "X|Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|Telegram|YouTube|WhatsApp|Zoom|Skype";

const CREDITS: RegExp[] = [
  new RegExp(`(?:^|\\s+)via\\s+(?!(?:${SOCIAL})\\b)(${NAME})\\.?$`),
  new RegExp(`\\s*\\((?:Photo|Photograph|Picture|Image|Credit)(?:\\s+by|:)\\s*([^()]{2,80})\\)\\.?$`, "i"),
  new RegExp(`\\s*\\((AP Photo(?:/${NAME})?)\\)\\.?$`),
  new RegExp(`(?:^|\\s+)(AP Photo/${NAME})\\.?$`),
  new RegExp(`(?:^|\\s+)(?:Photo credit|Image credit|Picture credit|Credit|Photograph|Photo|Picture|Image):\\s*(${NAME})\\.?$`),
];

/** The caption and its credit, when the paragraph ends with a photo credit; otherwise null. */
export function readCaption(paragraph: string): Caption | null {
  const text = paragraph.replace(/\s+/g, " ").trim();
  for (const credit of CREDITS) {
    const match = credit.exec(text);
    if (!match) continue;
    const caption = text.slice(0, match.index).trim().replace(/[,;:]$/, "");
    // A credit needs a picture to go with: a caption of a few words at least.
    if (caption.split(" ").length < 3) continue;
    return { text: caption, credit: match[1]!.trim().replace(/[.,;]$/, "") };
  }
  return null;
}
