/**
 * Bytes → normalised text. Seeds are untrusted: a binary file, or bytes in no encoding we can read,
 * is refused by name rather than turned into mojibake.
 */
import { fail, ok, type Result } from "./problem.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
// Older newsroom exports (and one file of the BBC corpus) are Windows-1252. Node's TextDecoder reads that label
// as Latin-1, which turns curly quotes into C1 control characters, so the 0x80–0x9F row is mapped here.
// Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009Džÿ";
const UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = "";
  for (const byte of bytes) {
    if (UNASSIGNED.has(byte)) return null;
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "windows-1252";
}

export function decodeSeed(file: string, bytes: Uint8Array): Result<DecodedText> {
  if (bytes.includes(0)) return fail(file, "binary file (contains NUL bytes), expected UTF-8 text");
  let text: string;
  let encoding: DecodedText["encoding"] = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    const legacy = decodeWindows1252(bytes);
    if (legacy === null) return fail(file, "not valid UTF-8 (nor Windows-1252) text");
    text = legacy;
    encoding = "windows-1252";
  }
  text = normaliseText(text);
  if (text.trim() === "") return fail(file, "empty file: no article text");
  // Checked through to the end, because a control character would reach the Atom feeds, where XML 1.0 forbids
  // it. A handful in real prose (a terminal escape pasted from a wire feed, a bell) are noise with no meaning and
  // are dropped; many of them mean the file is not text at all.
  const controls = text.match(NOT_TEXT_ALL)?.length ?? 0;
  if (controls > 0) {
    if (controls > Math.max(8, text.length / 1000)) {
      const first = NOT_TEXT.exec(text)!;
      const code = first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      const line = text.slice(0, first.index).split("\n").length;
      return fail(file, `binary file (${controls} control characters, the first U+${code} on line ${line}), expected UTF-8 text`);
    }
    text = text.replace(NOT_TEXT_ALL, "");
  }
  return ok({ text, encoding });
}

/** Characters no text file holds and XML cannot carry: C0 controls but tab and newline, and U+FFFE/U+FFFF. */
export const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, "g");

/**
 * Strip a byte-order mark, turn CRLF and CR into LF, compose to NFC; curly quotes stay as written.
 * Old exports end with a DOS end-of-file mark (Ctrl-Z) and break pages with form feeds: the mark is dropped,
 * a form feed or vertical tab becomes a line break.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\u001a+\s*$/, "\n")
    .replace(/[\f\v]/g, "\n")
    .normalize("NFC");
}
