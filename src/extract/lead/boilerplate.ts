/**
 * Web boilerplate: the lines a news site prints around and inside a story that are not the story. Text copied
 * from a page (or left in a saved page's article body) carries them along; they are dropped, whole lines only,
 * and listed nowhere — an advert's label is not a paragraph, and a "Read more:" link is another story's headline.
 *
 * Conventions recognised, each a line of its own:
 * - advert labels and the markers around them: "Advertisement", "Story continues below advertisement",
 *   "Article continues after this ad";
 * - share bars and tools: "Share this article", "Share on Facebook", "Copy link", "Listen to this article",
 *   "3 min read";
 * - links to other stories: "Read more: …", "READ MORE: …", "Related: …", "Related stories", "Most read";
 * - newsletter and social promotions: "Sign up for our newsletter …", "Subscribe to our newsletter",
 *   "Follow us on …", "Follow Jane Doe on Twitter @janedoe";
 * - picture furniture: "Image copyright Getty Images", "Image source, Reuters";
 * - page furniture: "Skip to content", "Comments", "Report an error", "© 2024 … All rights reserved",
 *   "This material may not be published, broadcast, rewritten or redistributed."
 * Only whole lines that are nothing but such furniture: a sentence that mentions an advertisement is copy.
 */

const WHOLE_LINE: RegExp[] = [
  /^(?:advertisement|advertisements|advert|ad|sponsored|sponsored content|paid content|promoted|ad feature)$/i,
  /^advertisement\s*[-–—:]\s*(?:scroll|continue)\b.{0,30}$/i,
  /^(?:the\s+)?(?:story|article|content|text)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s*(?:advertisement|advert|ad|video|image)?$/i,
  /^continue reading(?:\s+(?:below|the main story|the story|after the advertisement))?$/i,
  /^(?:share|share this|share this (?:article|story|page|post)|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|reddit|bluesky|threads)|share to \w+|copy link|link copied|print|print this (?:article|page)|save|save (?:this )?(?:article|story)|bookmark|gift (?:this )?article|email this (?:article|story)|tweet|comments?|show comments|view comments|join the conversation|leave a comment|listen|listen to (?:this )?(?:article|story)|listen to article|font size|text size|report an error|report a typo|editorial standards|corrections? policy|skip to (?:main )?content|skip navigation|menu|search|log ?in|sign ?in|subscribe|subscribe now|register|close|open)$/i,
  /^(?:\d+\s*(?:min|mins|minute|minutes)\s+read|reading time:?\s*\d+\s*(?:min|mins|minutes?))$/i,
  /^(?:read more|read more:.*|read more from .*|more:.*|related:.*|related|related stories|related articles|related coverage|related content|recommended|recommended stories|recommended for you|you may also like|you might also like|more from .{1,40}|most read|most popular|trending|trending now|top stories|latest stories|what to read next|also read:.*|see also:.*|watch:.*|watch more:.*|listen:.*|explainer:.*)$/i,
  /^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|newsletters|inbox|briefing|bulletin|updates|alerts)\b.{0,80}$/i,
  /^(?:get|receive)\b.{0,60}\b(?:newsletter|delivered to your inbox|in your inbox)\b.{0,60}$/i,
  /^follow (?:us|him|her|them|me|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}) on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|youtube|mastodon|social media)\b.{0,100}$/iu,
  /^follow us\b.{0,100}$/i,
  /^(?:image|picture|photo|video|media) (?:copyright|source|credit)\b.{0,80}$/i,
  /^(?:getty images|getty images for .{1,40}|ap photo|afp via getty images)$/i,
  /^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}).{0,200}$/i,
  /^.{0,120}\ball rights reserved\.?$/i,
  /^this (?:material|article|story) may not be (?:published|reproduced).{0,80}$/i,
];

/** Whether a line is web furniture and nothing else. */
export function isBoilerplate(line: string): boolean {
  if (line.length > 400) return false;
  const text = line.replace(/\s+/g, " ").trim().replace(/^[|·•›»>\s]+|[|·•:\s]+$/g, "");
  if (text === "" || text.length > 240) return false;
  return WHOLE_LINE.some((pattern) => pattern.test(text));
}

/** A block's text without its furniture lines; "" when the block was nothing but furniture. */
export function withoutBoilerplate(text: string): string {
  if (!text.includes("\n")) return isBoilerplate(text) ? "" : text;
  return text
    .split("\n")
    .filter((line) => !isBoilerplate(line))
    .join("\n")
    .trim();
}
