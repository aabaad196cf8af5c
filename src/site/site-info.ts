/**
 * The site's own facts (title, description, canonical URL, language) and its filing threshold, from
 * templates/_data/site.json.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_THRESHOLD } from "../extract/quotes/filing-rule.js";
import type { SiteInfo } from "./feeds.js";

const SITE_JSON = new URL("../../templates/_data/site.json", import.meta.url);

export const readSiteInfo = (): SiteInfo => JSON.parse(readFileSync(SITE_JSON, "utf8")) as SiteInfo;

/** The site's filing threshold; a value that is no probability is refused, naming the file and the key. */
export function filingThreshold(site: SiteInfo = readSiteInfo()): number {
  const value = site.filingThreshold ?? DEFAULT_THRESHOLD;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new Error(`templates/_data/site.json: "filingThreshold" must be a number from 0 to 1 (found ${JSON.stringify(value)})`);
  }
  return value;
}
