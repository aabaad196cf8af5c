/**
 * Photo captions and their credits, as papers and wire services print them after the caption text:
 * - "… Sunday, Aug. 11, 2024. via Associated Press" (syndicated copy: "via" the agency);
 * - "(Photo: Reuters)", "(Photo by Jane Doe/AFP)", "(Picture: PA)";
 * - "Credit: Getty Images", "Photo credit: …", "Image: …";
 * - "(AP Photo/Evan Vucci)", "AP Photo/Evan Vucci";
 * - "Photograph: Jane Doe/Reuters" (The Guardian's style);
 * - a photographer and agency in brackets or after the caption's last sentence, as Canadian papers print them:
 *   "… on Monday. (Sean Kilpatrick/The Canadian Press)", "… on Monday. Sean Kilpatrick/The Canadian Press",
 *   "(THE CANADIAN PRESS/Adrian Wyld)";
 * - the wire's own: "… March 3, 2024. REUTERS/Blair Gable/File Photo".
 * A paragraph is a caption only when it ends with such a credit, or when the page marks it as one: after "Open
 * this photo in gallery:" (The Globe and Mail's photo button, copied with the page), or opening with "FILE
 * PHOTO:", "FILE -" or "Image caption". The text before the credit, without those labels, is the caption.
 */
import type { Caption } from "../../article.js";
import { agencyName, isOutletName } from "../sources/names.js";

const NAME = "[A-Z][\\w.'’&-]*(?:[ /][A-Z][\\w.'’&-]*){0,5}";

/** Who a picture comes "via": a wire agency, a picture agency, a pool or a handout. */
const DESK =
  "Associated Press|AP|Reuters|AFP|Agence France-Presse|Getty Images|Getty|Bloomberg|EPA|EPA-EFE|Shutterstock|Alamy|PA|PA Wire|PA Media|Canadian Press|Pool|Handout|Images|Photo|Photos|Press|News|Agency|Newscom|ZUMA Press|Sipa|Xinhua|Anadolu|Kyodo|Yonhap|dpa|UPI|NurPhoto|SOPA Images|LightRocket";

/** "… said via Twitter": a platform is how words travelled, not a picture's credit. */
const SOCIAL = "X|Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|Telegram|YouTube|WhatsApp|Zoom|Skype";

const CREDITS: RegExp[] = [
  // "via" credits an agency or picture desk; "… restrictions via Executive Order" is how, not who.
  new RegExp(`(?:^|\\s+)via\\s+(?!(?:${SOCIAL})\\b)((?:the\\s+)?(?:${NAME}\\s+)?(?:${DESK}))\\.?$`),
  new RegExp(`\\s*\\((?:Photo|Photograph|Picture|Image|Credit)(?:\\s+by|:)\\s*([^()]{2,80})\\)\\.?$`, "i"),
  new RegExp(`\\s*\\((AP Photo(?:/${NAME})?(?:,\\s*(?:File|Pool))?)\\)\\.?$`),
  new RegExp(`(?:^|\\s+)(AP Photo/${NAME})\\.?$`),
  new RegExp(`(?:^|\\s+)(?:Photo credit|Image credit|Picture credit|Credit|Photograph|Photo|Picture|Image):\\s*(${NAME})\\.?$`),
  new RegExp(`(?:^|\\s+)((?:REUTERS|AFP|EPA(?:-EFE)?|AP|ANADOLU|XINHUA)/[\\p{L}.'’ -]{2,40}(?:/[\\p{L}.'’ -]{2,40})?)\\.?$`, "u"),
];

/** "Sean Kilpatrick/The Canadian Press", "THE CANADIAN PRESS/Adrian Wyld": a photographer and who they shot for. */
const PAIR = String.raw`([\p{Lu}][\p{L}.'’&-]*(?: [\p{Lu}][\p{L}.'’&-]*){0,4}\s?/\s?[\p{Lu}][\p{L}.'’&-]*(?: [\p{Lu}][\p{L}.'’&-]*){0,4})`;
const PAIR_CREDITS: RegExp[] = [new RegExp(String.raw`\s*\(${PAIR}\)\.?$`, "u"), new RegExp(String.raw`(?<=[.!?”"’)]\s+|^)${PAIR}\.?$`, "u")];
const PICTURE_WORD = /\b(?:Photo|Photos|Photograph|Images?|Pictures?|Pool|Handout|Supplied|File|Postmedia|Getty)\b/i;

/** One side a person and the other an agency, outlet or picture desk: "(CNN/ORC)" is a poll, not a credit. */
function isPhotoCredit(pair: string): boolean {
  const [a, b] = pair.split("/").map((side) => side.trim());
  if (!a || !b) return false;
  const desk = (side: string) => Boolean(agencyName(side) || agencyName(titleCase(side)) || isOutletName(side) || isOutletName(titleCase(side)) || PICTURE_WORD.test(side));
  const person = (side: string) => /^[\p{Lu}][\p{Ll}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3}$/u.test(side) && !desk(side);
  return (desk(a) && (person(b) || desk(b))) || (person(a) && desk(b));
}

const titleCase = (text: string) => (/\p{Ll}/u.test(text) ? text : text.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()));

/** The photo button's label, copied with the page: the caption follows it, on its line or the next. */
const GALLERY = /^(?:open this photo in gallery|open (?:this )?(?:image|photo) in (?:gallery|viewer)|view (?:this )?(?:photo|image|gallery)|expand (?:this )?(?:photo|image)|enlarge (?:this )?(?:photo|image))\s*:?\s*/i;
/** Labels a caption opens with: the wire's "FILE PHOTO:", AP's "FILE -", the BBC's "Image caption". */
const CAPTION_LABEL = /^(?:FILE PHOTO\s*:|FILE\s+[-–—]\s+|(?:Image|Media|Video) caption\s*:?\s+)/;

/** The text after a gallery button's label ("" when the label stands alone), or null when the line has none. */
export function afterGalleryLabel(line: string): string | null {
  const match = GALLERY.exec(line.trim());
  return match ? line.trim().slice(match[0].length) : null;
}

/** Whether a paragraph is marked as a caption by its opening label ("FILE PHOTO:", "Image caption"). */
export function hasCaptionLabel(paragraph: string): boolean {
  return CAPTION_LABEL.test(paragraph.trim());
}

/**
 * The caption and its credit, when the paragraph ends with a photo credit; otherwise null. A paragraph the page
 * marked as a caption (`marked`, or a caption label) is one with or without a credit.
 */
export function readCaption(paragraph: string, marked = false): Caption | null {
  const full = paragraph.replace(/\s+/g, " ").trim();
  const label = CAPTION_LABEL.exec(full);
  const text = label ? full.slice(label[0].length) : full;
  for (const credit of CREDITS) {
    const match = credit.exec(text);
    if (match) {
      const caption = captionBefore(text, match.index);
      if (caption) return { text: caption, credit: match[1]!.trim().replace(/[.,;]$/, "") };
    }
  }
  for (const credit of PAIR_CREDITS) {
    const match = credit.exec(text);
    if (match && isPhotoCredit(match[1]!)) {
      const caption = captionBefore(text, match.index);
      if (caption) return { text: caption, credit: match[1]!.replace(/\s*\/\s*/, "/").trim() };
    }
  }
  if ((marked || label) && text.split(" ").length >= 3) return { text };
  return null;
}

/** The caption before its credit; a credit needs a picture to go with, a caption of a few words at least. */
function captionBefore(text: string, end: number): string | null {
  const caption = text.slice(0, end).trim().replace(/[,;:]$/, "");
  return caption.split(" ").length >= 3 ? caption : null;
}
