/**
 * What each command does and takes, printed by `npm run <command> -- --help` (exit 0). One place, so the
 * README's command list and the commands cannot drift apart unnoticed.
 */
export const USAGE: Record<string, string> = {
  parse: `usage: npm run --silent parse -- [--threshold P] FILE...

Prints one JSON array of Articles (src/article.ts) on stdout; each file that cannot be read is one line
on stderr (file: reason) and makes the exit code 1.

  --threshold P   the confidence (0–1) a quote needs to be filed on its speaker's page
                  (default: filingThreshold in templates/_data/site.json)
  --help          this text
`,
  review: `usage: npm run review -- [--seeds DIR] [--limit N] [--format md|tsv] [--out FILE]

Lists the filed attributions with the lowest confidence and the speakers credited with words who have no
page, with the seed and the quote's opening words as seeds/corrections.yml addresses them.

  --seeds DIR     the seeds folder (default: seeds)
  --limit N       rows per table (default: 50)
  --format F      md (a Markdown table, the default) or tsv
  --out FILE      write to FILE instead of standard output
  --help          this text
`,
  build: `usage: npm run build -- [--seeds DIR] [--out DIR] [--keep-going] [--cache DIR | --no-cache] [--workers N] [--pages-per-run N] [--render-threads N]

Builds the site from the seeds folder. Bad seeds (and bad lines of entities.yml or corrections.yml) are listed
one per line; nothing is built unless --keep-going.

  --seeds DIR          the seeds folder (default: seeds)
  --out DIR            the output folder (default: _site)
  --keep-going         build the rest when some seeds cannot be read (still exits non-zero)
  --cache DIR          the store of parsed seeds (default: .cache/parse); --no-cache parses and renders everything
  --workers N          parsing threads (default: every core from 3,000 new seeds, one fewer below)
  --pages-per-run N    pages per Eleventy run (default: 2000; a full folder or quotes page counts as two)
  --render-threads N   Eleventy threads besides the main one for a build of several runs (default: one fewer than the cores)
`,
  serve: `usage: npm start -- [--seeds DIR] [--port N]

Serves the site with live reload; adding, editing or removing a seed rebuilds.

  --seeds DIR   the seeds folder (default: seeds)
  --port N      the port (default: 8080)
`,
  eval: `usage: npm run eval -- [--corpus DIR] [--only quotes,attribution,entities,dates,lead] [--polnear DIR] [--news-attributions DIR]
                        [--conll DIR] [--conll-train DIR] [--timebank DIR] [--wikinews DIR] [--bbc DIR]

Extraction quality on the annotated corpora (default folder: ../shared/corpus); a missing corpus is said plainly.
`,
  bench: `usage: npm run bench -- [--bbc DIR | --no-bbc] [--synthetic N[,N…]] [--no-floor]

Cold build, warm rebuilds after adding one seed (three of them; the median is reported), the floor (plain
Eleventy + Pagefind on the same articles), extraction throughput, peak memory, each build phase's time, and what
the cold build left on disk (seeds, store, site), whole and per article.

  --bbc DIR       the BBC corpus (default: ../shared/corpus/bbc)
  --no-bbc        skip the BBC corpus
  --synthetic N   also an archive of N generated articles (default 10000; 0 for none); several sizes,
                  comma-separated (5000,20000,100000), are measured one after another in the same run
  --no-floor      skip the floor builds (a plain blog of 100,000 pages takes long)
`,
  "check-links": `usage: npm run check:links -- [DIR] [--site-url URL]

Offline: every internal link, #fragment, asset, sitemap and feed link in the built site resolves (default DIR: _site).
`,
  "validate-html": `usage: npm run check:html -- [DIR]

Every page through html-validate (.htmlvalidate.json); zero errors (default DIR: _site).
`,
};
