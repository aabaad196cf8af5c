/**
 * Sports results and standings as agencies file them, one line each:
 *   "Hamburg 1 Hansa Rostock 0"           a result: two sides, two scores;
 *   "BALTIMORE 67 58 .536 5"              a standings row: a side, then figures only;
 *   "Ernie Els (South Africa) 68 70 69"   a leaderboard row: an individual, with a country in brackets.
 * Sides in such lines are teams (organisations); a name with a bracketed country is a competitor (person).
 * Tables are often in capitals, so the names are returned title-cased ("Kansas City").
 */

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const TWO_CAPITALS = /\p{Lu}{2}/u;

const NAME = String.raw`(\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|de|van|di|del|la|le|of|am|\d{4}))*)`;
const FIGURES = String.raw`(?:[ \t]+[-+]?[\d.,/:-]+%?){2,}`;
const RESULT = new RegExp(String.raw`^${NAME}[ \t]+(\d+)[ \t]+${NAME}[ \t]+(\d+)(?:[ \t]*\(.*\))?\.?$`, "u");
const STANDING = new RegExp(String.raw`^(?:\d+[.)]?[ \t]+)?${NAME}(?:[ \t]+\(([^)]+)\))?${FIGURES}[ \t]*$`, "u");

export interface TableName {
  name: string;
  /** A team in a result or standings row, or a competitor whose country is given in brackets. */
  kind: "team" | "competitor";
}

const titleCase = (name: string) =>
  name === name.toUpperCase() && TWO_CAPITALS.test(name)
    ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : name;

export function resultLineNames(line: string): TableName[] | null {
  const text = line.trim();
  const result = RESULT.exec(text);
  if (result) return [{ name: titleCase(result[1]!), kind: "team" }, { name: titleCase(result[3]!), kind: "team" }];
  const standing = STANDING.exec(text);
  if (standing) return [{ name: titleCase(standing[1]!), kind: standing[2] ? "competitor" : "team" }];
  return null;
}
