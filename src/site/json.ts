/**
 * JSON that is safe wherever it lands: in a file, or inside an HTML `<script>` block. `<`, `>` and `&` become
 * \u escapes, so a quote containing `</script>` or `<!--` cannot end or confuse the block it sits in; U+2028 and
 * U+2029 are escaped for old JavaScript parsers. The escapes are valid JSON: parsing gives back the same text.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
