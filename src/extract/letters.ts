/**
 * Does a word start with a capital, or a lower-case letter? Asked of nearly every token, many times over.
 *
 * tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it is written, so
 * a `/^\p{Lu}/u` inside a function built a new RegExp at every call; these are built once. Most words are
 * ASCII, where A–Z and a–z are the only cased letters, so the regex is only asked about the rest.
 */
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Same as `/^\p{Lu}/u.test(word)`. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(word);
}

/** Same as `/^\p{Ll}/u.test(word)`. */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(word);
}

/**
 * `word.toLowerCase()`, without the copy toLowerCase makes of a word already in lower case (it makes a new string
 * even when nothing changes): ASCII with no capital is returned as it is. Most words are.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}
