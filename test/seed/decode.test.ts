import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeSeed, normaliseText } from "../../src/seed/decode.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeSeed", () => {
  it("strips a byte-order mark, turns CRLF into LF and composes to NFC", () => {
    const decoded = decodeSeed("a.txt", bytes("\uFEFFSiobha\u0301n said:\r\n\r\n“Yes.”\r\n"));
    assert.ok(decoded.ok);
    assert.equal(decoded.value.text, "Siobhán said:\n\n“Yes.”\n");
    assert.equal(decoded.value.encoding, "utf-8");
  });

  it("keeps curly quotes exactly as written", () => {
    assert.equal(normaliseText("‘a’ “b” «c»"), "‘a’ “b” «c»");
  });

  it("refuses an empty or whitespace-only file by name", () => {
    for (const text of ["", "  \n\t\n"]) {
      const decoded = decodeSeed("blank.txt", bytes(text));
      assert.equal(decoded.ok, false);
      if (!decoded.ok) assert.match(decoded.problem.reason, /empty/);
    }
  });

  it("refuses a binary file", () => {
    const decoded = decodeSeed("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.equal(decoded.ok, false);
    if (!decoded.ok) assert.match(decoded.problem.reason, /binary/);
  });

  it("reads a legacy Windows-1252 file faithfully instead of producing mojibake", () => {
    // "The minister’s reply" with a 1252 right single quote (0x92) and "£5m" (0xA3).
    const legacy = new Uint8Array([...bytes("The minister"), 0x92, ...bytes("s reply cost "), 0xa3, ...bytes("5m.")]);
    const decoded = decodeSeed("legacy.txt", legacy);
    assert.ok(decoded.ok);
    assert.equal(decoded.value.text, "The minister’s reply cost £5m.");
    assert.equal(decoded.value.encoding, "windows-1252");
  });

  it("refuses bytes that are neither UTF-8 nor Windows-1252", () => {
    const decoded = decodeSeed("odd.txt", new Uint8Array([...bytes("abc "), 0x81, 0x8d, 0x90]));
    assert.equal(decoded.ok, false);
    if (!decoded.ok) assert.match(decoded.problem.reason, /not valid UTF-8/);
  });
});

describe("decodeSeed and stray control characters", () => {
  it("drops a few stray control characters from real prose instead of refusing the article", () => {
    const text = `${"An ordinary paragraph.\n\n".repeat(400)}A stray \u0007 bell and a \u001b[1mterminal escape.`;
    const decoded = decodeSeed("late-control.txt", bytes(text));
    assert.ok(decoded.ok);
    assert.ok(decoded.value.text.endsWith("A stray  bell and a [1mterminal escape."));
  });
});
