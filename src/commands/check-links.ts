/**
 * `npm run check:links [-- DIR]`: the built site checked offline, as a reader's browser and a feed reader would
 * follow it. Every internal link, `#fragment`, asset (stylesheet, image, script, search files) and every link in
 * the sitemap, the feeds, JSON-LD and the JSON API must resolve to a file in the site; external links are counted
 * by host, never fetched, so CI needs no network.
 *
 * Why not linkinator: it crawls over a local HTTP server, reads HTML only (not the sitemap or the feeds) and
 * treats the site's own absolute URLs (`https://cuttings.example.org/…` in feeds and canonical links) as
 * external. Documents are read with htmlparser2 (a real HTML/XML tokenizer), never regexes over markup.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import { filesUnder } from "../files-under.js";

export interface LinkProblem {
  /** The document holding the link, relative to the site folder. */
  file: string;
  link: string;
  reason: string;
}

export interface LinkCheckReport {
  documents: number;
  /** Internal references followed (links, assets, fragments). */
  checked: number;
  problems: LinkProblem[];
  /** Links that leave the site, by host, sorted by host. */
  external: [host: string, count: number][];
}

export interface LinkCheckOptions {
  /** The site's public address: absolute links under it are internal. */
  siteUrl?: string;
}

/** Attributes that point at another resource, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"], area: ["href"], link: ["href"], script: ["src"], img: ["src", "srcset"], source: ["src", "srcset"],
  video: ["src", "poster"], audio: ["src"], track: ["src"], iframe: ["src"], embed: ["src"], object: ["data"],
  form: ["action"], input: ["src"], blockquote: ["cite"], q: ["cite"], ins: ["cite"], del: ["cite"],
};
// Open Graph and Twitter card URLs are fetched by link previews: a broken one is a broken link.
const META_URL = /^(og:(url|image|audio|video)(:url|:secure_url)?|twitter:image)$/;

interface Reference {
  link: string;
  /** The URL the link is resolved against. */
  base: string;
  /** Set when the document holding links could not itself be read (invalid JSON-LD, say). */
  error?: string;
}

interface Parsed {
  ids: Set<string>;
  refs: Reference[];
}

const isHtml = (file: string) => /\.html?$/i.test(file);
const isXml = (file: string) => /\.(xml|atom|rss|xsl)$/i.test(file);

/** Every file under `dir`, relative to it with `/`, sorted by code point so reports never depend on readdir order. */
export async function listFiles(dir: string): Promise<string[]> {
  return filesUnder(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function parseHtml(html: string, base: string): Parsed {
  const ids = new Set<string>();
  const refs: Reference[] = [];
  let jsonLd: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id !== undefined) ids.add(attrs.id);
        if (name === "a" && attrs.name !== undefined) ids.add(attrs.name);
        for (const attr of URL_ATTRIBUTES[name] ?? []) {
          const value = attrs[attr];
          if (value === undefined) continue;
          if (attr === "srcset") for (const candidate of value.split(",")) refs.push({ link: candidate.trim().split(/\s+/)[0] ?? "", base });
          else refs.push({ link: value.trim(), base });
        }
        if (name === "meta" && attrs.content && META_URL.test(attrs.property ?? attrs.name ?? "")) refs.push({ link: attrs.content, base });
        if (name === "script" && attrs.type === "application/ld+json") jsonLd = [];
      },
      ontext(text) {
        jsonLd?.push(text);
      },
      onclosetag(name) {
        if (name === "script" && jsonLd) {
          refs.push(...jsonLdRefs(jsonLd.join(""), base));
          jsonLd = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, refs };
}

/**
 * Absolute URLs anywhere in a JSON-LD block or a JSON API file (url, @id, image, sameAs…); JSON that does not
 * parse is itself a problem.
 */
function jsonLdRefs(text: string, base: string, what = "JSON-LD block"): Reference[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [{ link: text.trim().slice(0, 60), base, error: `${what} is not valid JSON` }];
  }
  const refs: Reference[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string" && /^https?:\/\/\S+$/.test(value)) refs.push({ link: value, base });
    else if (Array.isArray(value)) value.forEach(walk);
    // `@context` names a vocabulary, not a page anyone follows.
    else if (value && typeof value === "object") for (const [key, v] of Object.entries(value)) if (key !== "@context") walk(v);
  };
  walk(data);
  return refs;
}

/** A feed entry's own address, to resolve its content's links against; a malformed one is reported where it is linked. */
const absolute = (link: string, base: string) => (URL.canParse(link, base) ? new URL(link, base).href : base);

/**
 * Sitemap `<loc>`, Atom `<link href>`, RSS `<link>`, and the links inside each entry's HTML content
 * (resolved against the entry's own link, as feed readers do).
 */
function parseXml(xml: string, base: string): Parsed {
  const refs: Reference[] = [];
  let text: string[] | null = null;
  let entryBase = base;
  let htmlContent = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const local = name.replace(/^.*:/, "");
        if (local === "link" && attrs.href !== undefined) {
          refs.push({ link: attrs.href, base });
          if (!attrs.rel || attrs.rel === "alternate") entryBase = absolute(attrs.href, base);
        }
        if (local === "entry" || local === "item") entryBase = base;
        htmlContent = (local === "content" || local === "summary") ? attrs.type === "html" : local === "description" || local === "encoded";
        if (local === "loc" || (local === "link" && attrs.href === undefined) || htmlContent) text = [];
      },
      ontext(chunk) {
        text?.push(chunk);
      },
      onclosetag(name) {
        const local = name.replace(/^.*:/, "");
        if (!text) return;
        const value = text.join("").trim();
        text = null;
        if (local === "loc" || local === "link") {
          refs.push({ link: value, base });
          if (local === "link") entryBase = absolute(value, base);
        } else if (htmlContent) {
          refs.push(...parseHtml(value, entryBase).refs);
        }
        htmlContent = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return { ids: new Set(), refs };
}

/** Links in a stylesheet: `url(…)` and `@import "…"`, comments skipped. */
function cssRefs(css: string, base: string): Reference[] {
  const refs: Reference[] = [];
  const code = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of code.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const link = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    if (!link.startsWith("data:")) refs.push({ link, base });
  }
  return refs;
}

/** Pagefind's entry file names the language index and wasm files its script loads first. */
function pagefindRefs(json: string, base: string): Reference[] {
  try {
    const entry = JSON.parse(json) as { languages?: Record<string, { hash?: string; wasm?: string }> };
    return Object.values(entry.languages ?? {}).flatMap((l) => [
      ...(l.hash ? [{ link: `pagefind.${l.hash}.pf_meta`, base }] : []),
      ...(l.wasm ? [{ link: `wasm.${l.wasm}.pagefind`, base }] : []),
    ]);
  } catch {
    return [{ link: "pagefind-entry.json", base, error: "not valid JSON" }];
  }
}

/** `robots.txt` may name the sitemap. */
const robotsRefs = (text: string, base: string): Reference[] =>
  text.split("\n").flatMap((line) => {
    const m = /^\s*sitemap\s*:\s*(\S+)/i.exec(line);
    return m ? [{ link: m[1]!, base }] : [];
  });

export async function checkLinks(siteDir: string, options: LinkCheckOptions = {}): Promise<LinkCheckReport> {
  const root = resolve(siteDir);
  const site = new URL(options.siteUrl ?? "https://site.invalid/");
  const prefix = site.pathname.endsWith("/") ? site.pathname : `${site.pathname}/`;
  const urlOf = (file: string) => new URL(prefix + file.split("/").map(encodeURIComponent).join("/"), site.origin).href;

  const files = await listFiles(root);
  const documents = new Map<string, Parsed>();
  for (const file of files) {
    const base = urlOf(file);
    const read = () => readFile(join(root, file), "utf8");
    if (isHtml(file)) documents.set(file, parseHtml(await read(), base));
    else if (isXml(file)) documents.set(file, parseXml(await read(), base));
    else if (extname(file) === ".css") documents.set(file, { ids: new Set(), refs: cssRefs(await read(), base) });
    else if (file.endsWith("pagefind-entry.json")) documents.set(file, { ids: new Set(), refs: pagefindRefs(await read(), base) });
    else if (extname(file) === ".json" && !file.startsWith("pagefind/")) documents.set(file, { ids: new Set(), refs: jsonLdRefs(await read(), base, "the file") });
    else if (file === "robots.txt") documents.set(file, { ids: new Set(), refs: robotsRefs(await read(), base) });
  }

  const problems: LinkProblem[] = [];
  const external = new Map<string, number>();
  let checked = 0;
  const idsOf = (file: string) => documents.get(file)?.ids ?? parseHtml(readFileSync(join(root, file), "utf8"), "").ids;

  for (const [file, parsed] of documents) {
    for (const { link, base, error } of parsed.refs) {
      const problem = (reason: string) => problems.push({ file, link, reason });
      if (error) {
        problem(error);
        continue;
      }
      if (link === "") {
        problem("empty link");
        continue;
      }
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        problem("not a valid URL");
        continue;
      }
      if (/^(javascript|vbscript):$/.test(url.protocol)) {
        problem(`${url.protocol} URL: script in a link`);
        continue;
      }
      if (url.origin !== site.origin || !(url.pathname === site.pathname.replace(/\/$/, "") || url.pathname.startsWith(prefix))) {
        const host = url.host || url.protocol.replace(/:$/, "");
        external.set(host, (external.get(host) ?? 0) + 1);
        continue;
      }
      checked++;
      let path: string;
      try {
        path = decodeURIComponent(url.pathname.slice(prefix.length));
      } catch {
        problem("malformed percent-encoding");
        continue;
      }
      const target = resolveTarget(root, path);
      if (!target) {
        problem("no such file in the site");
        continue;
      }
      if (url.hash.length > 1 && isHtml(target)) {
        let fragment: string;
        try {
          fragment = decodeURIComponent(url.hash.slice(1));
        } catch {
          problem("malformed percent-encoding in the fragment");
          continue;
        }
        if (fragment !== "top" && !idsOf(target).has(fragment)) problem(`no element with id "${fragment}" in ${target}`);
      }
    }
  }
  const byHost = [...external].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { documents: documents.size, checked, problems, external: byHost };
}

/** A URL path → the file a static host serves for it (a folder serves its index.html), or null. */
function resolveTarget(root: string, path: string): string | null {
  const candidates = path === "" || path.endsWith("/") ? [`${path}index.html`] : [path, `${path}/index.html`];
  for (const candidate of candidates) {
    const full = resolve(root, candidate);
    if (full !== root && !full.startsWith(root + sep)) return null;
    if (existsSync(full) && statSync(full).isFile()) return relative(root, full).split(sep).join("/");
  }
  return null;
}

/** The public address the site is built for, from the site data, so the feeds' absolute links count as internal. */
function configuredSiteUrl(): string | undefined {
  const project = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  try {
    const url = (JSON.parse(readFileSync(join(project, "templates/_data/site.json"), "utf8")) as { url?: unknown }).url;
    return typeof url === "string" ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function runCheckLinks(args: string[]): Promise<number> {
  let dir = "_site";
  let siteUrl = configuredSiteUrl();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--site-url" && args[i + 1]) siteUrl = args[++i]!;
    else if (!arg.startsWith("-")) dir = arg;
    else {
      process.stderr.write(`check-links: unknown option ${arg} (usage: check-links [DIR] [--site-url URL])\n`);
      return 2;
    }
  }
  if (!existsSync(dir)) {
    process.stderr.write(`check-links: ${dir} does not exist; run npm run build first\n`);
    return 2;
  }
  const report = await checkLinks(dir, { siteUrl });
  for (const p of report.problems) process.stderr.write(`${p.file}: ${p.link || "(empty)"} — ${p.reason}\n`);
  const hosts = report.external.map(([host, n]) => `${host} (${n})`).join(", ");
  process.stdout.write(
    `check-links: ${report.documents} documents, ${report.checked} internal links, ${report.problems.length} broken` +
      `; external links, not fetched: ${hosts || "none"}\n`,
  );
  return report.problems.length ? 1 : 0;
}
