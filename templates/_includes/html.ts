/**
 * Markup for the TypeScript layouts: `html` is a tagged template that escapes everything put into it, as
 * Nunjucks' autoescape does, unless it is already Markup (made by `html` itself, or by `trusted` for the few
 * pieces that escape their own output, like JSON-LD). Seed text is untrusted: it only ever reaches a page
 * through here.
 */

/** HTML that is safe to print as it is. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

// The same characters and entities as Nunjucks' escape, so a page reads the same whichever engine laid it out.
const ENTITIES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "\\": "&#92;" };
const UNSAFE = /[&"'<>\\]/g;

/** Text as HTML, for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(UNSAFE, (c) => ENTITIES[c]!);

/** What may go into `html`: text and numbers are escaped, Markup is kept, lists are joined, nothing prints nothing. */
export type Printable = Markup | string | number | null | undefined | false | readonly Printable[];

function print(value: Printable): string {
  if (value instanceof Markup) return value.value;
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return String(value);
  if (value === null || value === undefined || value === false) return "";
  let out = "";
  for (const item of value) out += print(item);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: Printable[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += print(values[i]!) + strings[i + 1]!;
  return new Markup(out);
}

/** Markup made elsewhere that escapes its own output (a JSON-LD block, a captured Nunjucks block). */
export const trusted = (markup: string): Markup => new Markup(markup);

/** A list printed with a separator between its items: "a, b, c". */
export function joined<T>(items: readonly T[], separator: string, each: (item: T) => Printable): Markup {
  return html`${items.map((item, i) => (i === 0 ? each(item) : [separator, each(item)]))}`;
}
