/** The site's own facts (title, description, canonical URL, language), from templates/_data/site.json. */
import { readFileSync } from "node:fs";
import type { SiteInfo } from "./feeds.js";

const SITE_JSON = new URL("../../templates/_data/site.json", import.meta.url);

export const readSiteInfo = (): SiteInfo => JSON.parse(readFileSync(SITE_JSON, "utf8")) as SiteInfo;
