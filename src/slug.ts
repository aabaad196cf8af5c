/**
 * Names → URL-safe ASCII slugs ("Zoë Ångström" → "zoe-angstrom"). Deterministic and independent of any other
 * name, so a slug never changes because another seed was added; callers resolve collisions.
 */
import { createHash } from "node:crypto";

// Letters that NFD does not decompose into a base letter plus marks.
const FOLD: Record<string, string> = {
  ß: "ss", æ: "ae", Æ: "ae", ø: "o", Ø: "o", œ: "oe", Œ: "oe", ł: "l", Ł: "l", đ: "d", Đ: "d", ð: "d", Ð: "d",
  þ: "th", Þ: "th", ı: "i", ħ: "h", Ħ: "h",
};

export function slugify(text: string, maxLength = 80, keep = ""): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\u0000-\u007f]/g, (c) => FOLD[c] ?? "-")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(keep === "_" ? /[^a-z0-9_]+/g : /[^a-z0-9]+/g, "-")
    .replace(/[-_]*-[-_]*/g, "-")
    .replace(/_+/g, "_")
    .replace(/^[-_]+|[-_]+$/g, "");
  const cut = ascii.slice(0, maxLength).replace(/[-_]+$/g, "");
  return cut;
}

/** A short, stable hash used to tell apart two things whose slugs would otherwise collide. */
export function shortHash(text: string, length = 6): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** A slug that is never empty: names in scripts slugify cannot fold (Chinese, Arabic…) get a hash. */
export function slugOrHash(text: string, prefix: string): string {
  const slug = slugify(text);
  return slug === "" ? `${prefix}-${shortHash(text)}` : slug;
}
