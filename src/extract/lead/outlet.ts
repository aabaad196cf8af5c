/**
 * Outlet and section lines: the masthead and the section label a page prints above the headline, copied with
 * the story. "Global News Halifax", "BBC News", "CTV News Atlantic", "The Globe and Mail" name the outlet;
 * "Politics", "World", "News › Canada › Nova Scotia" name where on the site the story sat. Neither is the
 * headline. A section is not an outlet either: it is dropped, and only a masthead becomes the article's outlet.
 */
import { agencyName, isOutletName } from "../sources/names.js";
import { startsUpper } from "../letters.js";

export type OutletLine = { kind: "outlet"; name: string } | { kind: "section" };

/** A site's section labels, as their navigation prints them. */
const SECTION =
  /^(?:top stories|news|latest news|breaking news|breaking|local|local news|national|national news|international|world|world news|canada|canadian news|u\.?s\.?|us news|u\.s\. news|uk|uk news|europe|asia|asia pacific|africa|americas|middle east|australia|politics|canadian politics|us politics|uk politics|business|money|markets|economy|personal finance|opinion|opinions|comment|commentary|analysis|news analysis|editorial|editorials|columns|columnists|letters|features|investigations?|sport|sports|health|science|tech|technology|science & tech|science and technology|environment|climate|education|crime|justice|courts|weather|entertainment|arts|culture|arts & culture|arts and entertainment|books|music|film|movies|tv|television|life|lifestyle|living|travel|food|obituaries|elections?|live|video|videos|photos|exclusive|fact check|explainer|world cup|olympics|royals|indigenous|immigration)$/i;
/** The separators a breadcrumb trail uses: "News › Politics", "Home / World / Europe", "Canada | Nova Scotia". */
const CRUMB = /\s*(?:›|»|>|\/|\||·|•)\s*/;
/** A newspaper or broadcaster's masthead: a run of capitalised words ending in (or holding) a newsroom word. */
const MASTHEAD =
  /^(?:The\s+|(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,3})(?:News|Press|Times|Post|Herald|Journal|Gazette|Tribune|Telegraph|Guardian|Star|Chronicle|Examiner|Sun|Mail|Mirror|Independent|Observer|Courier|Record|Radio|TV|Television|Globe and Mail|Free Press|Broadcasting(?: Corporation)?)(?:\s+(?:Online|Network|Digital|\p{Lu}[\p{L}.'’-]*)){0,2}$/u;
/** Broadcasters and sites known by their initials or a name with no newsroom word ("CBC", "Politico"). */
const KNOWN = /^(?:CBC|CTV|Global News|CityNews|CP24|TVO|APTN|Radio-Canada|BBC|ITV|Sky|RTE|RTÉ|ABC|NBC|CBS|CNN|NPR|PBS|Fox|MSNBC|Al Jazeera|Politico|Axios|Vox|HuffPost|Bloomberg|Reuters|Breitbart|Global|Citytv)(?:\s+(?:News|Radio|Online|Politics|World|Sports?|Business|\p{Lu}[\p{L}.'’-]*)){0,3}$/u;
/** Words a masthead never holds but a title-case headline does: verbs and function words. */
const HEADLINE_WORD =
  /\b(?:is|are|was|were|be|has|have|had|will|would|can|could|says|said|to|of|in|on|at|for|with|from|by|after|over|as|vs?|and|or|but|not|no|how|why|what|who|when|where|this|that|a|an)\b/i;

/** Whether a line is a masthead or a section label on its own; null for anything else. */
export function readOutletLine(line: string): OutletLine | null {
  const text = line.replace(/\s+/g, " ").trim().replace(/[:\s]+$/, "");
  if (text.length < 2 || text.length > 80) return null;
  if (SECTION.test(text.replace(/\.$/, ""))) return { kind: "section" };
  // A masthead is a name: it never ends a sentence.
  if (/[.!?]$/.test(text)) return null;
  const crumbs = text.split(CRUMB).filter(Boolean);
  if (crumbs.length > 1 && CRUMB.test(text) && crumbs.length <= 5 && crumbs.some((c) => SECTION.test(c) || /^home$/i.test(c))) {
    if (crumbs.every((c) => SECTION.test(c) || /^home$/i.test(c) || /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u.test(c))) return { kind: "section" };
  }
  // An agency's name on its own line is a credit, read as a byline, not a masthead.
  if (agencyName(text)) return null;
  const words = text.replace(/^The\s+/, "").replace(/\s+and\s+Mail$/, " Mail").split(" ");
  if (words.length > 6 || HEADLINE_WORD.test(text.replace(/\s+and\s+Mail$/, ""))) return null;
  if (KNOWN.test(text) || MASTHEAD.test(text) || (isOutletName(text) && words.length === 2 && startsUpper(text))) {
    return { kind: "outlet", name: text };
  }
  return null;
}
