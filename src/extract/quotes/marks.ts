/**
 * Quoted spans in one paragraph, found in a single left-to-right pass over its quote marks (linear time however
 * unbalanced the marks are: no backtracking, no nested regexes).
 *
 * Conventions handled:
 * - curly “…”, straight "…", low „…“, guillemets «…» (French spacing inside them trimmed), and the doubled
 *   apostrophe ''…'' that some wire exports use for a double quote mark;
 * - single marks ‘…’ inside a double quote are nested quotes and stay part of the outer quote; elsewhere a
 *   single mark is far more often an apostrophe (UK’s, don’t, the Smiths’) and is left alone;
 * - a double quote still open at the end of the paragraph is reported as open (`closed: false`), so the caller
 *   can apply the multi-paragraph convention (the quote resumes in a next paragraph that opens with a mark);
 * - an opening curly mark met inside an open quote means the earlier quote lost its closing mark: the earlier
 *   one is dropped rather than swallowing text up to some later mark.
 */

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const CAPITAL = /\p{Lu}/u;

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** The quoted words: [start, end) with the outer marks and surrounding spaces excluded. */
  start: number;
  end: number;
  /** Index just past the closing mark (the paragraph's length when the quote is left open). */
  close: number;
  closed: boolean;
}

type Role = "open" | "close" | "either";

const SPACE = /[\s\u00a0\u202f]/;
const CLOSING_CONTEXT = /[\s\u00a0\u202f,.;:!?)\]}—–-]/;

/** The double quote mark at `i`, if any: its role and length in characters. */
function markAt(text: string, i: number): { role: Role; length: number } | null {
  const ch = text[i];
  switch (ch) {
    case "“":
    case "„":
    case "«":
      return { role: "open", length: 1 };
    case "”":
    case "»":
      return { role: "close", length: 1 };
    case '"':
      return { role: "either", length: 1 };
    case "'":
      return text[i + 1] === "'" ? { role: "either", length: 2 } : null;
    default:
      return null;
  }
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let openAt = -1;
  let contentAt = 0;
  const emit = (end: number, close: number, closed: boolean) => {
    let start = contentAt;
    let stop = end;
    while (start < stop && SPACE.test(text[start]!)) start++;
    while (stop > start && SPACE.test(text[stop - 1]!)) stop--;
    if (stop > start) spans.push({ open: openAt, start, end: stop, close, closed });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const mark = markAt(text, i);
    if (!mark) continue;
    const before = i > 0 ? text[i - 1]! : " ";
    const after = i + mark.length < text.length ? text[i + mark.length]! : " ";
    if (openAt < 0) {
      // A closing curly mark in opening position (space before, word after) is a typist's wrong mark.
      const opens = mark.role !== "close" || (SPACE.test(before) && /[\p{L}\p{N}]/u.test(after));
      if (opens) {
        openAt = i;
        contentAt = i + mark.length;
      }
    } else if (mark.role === "open" && !(CLOSING_CONTEXT.test(after) && !SPACE.test(before))) {
      // A fresh opening mark: the earlier quote never closed. Start again here.
      openAt = i;
      contentAt = i + mark.length;
    } else if (mark.role === "either" && /[.!?]/.test(text[i - 2] ?? "") && SPACE.test(before) && CAPITAL.test(after)) {
      // `…supporters. "If it was …`: a straight mark opening a new sentence inside an open quote is the
      // multi-paragraph convention run into one paragraph (its break lost): the quote so far ends here and the
      // same speaker's words go on.
      emit(i, i, true);
      openAt = i;
      contentAt = i + mark.length;
    } else {
      emit(i, i + mark.length, true);
    }
    i += mark.length - 1;
  }
  if (openAt >= 0) emit(text.length, text.length, false);
  return spans;
}

/** Does the paragraph open with a quote mark (the signal that a quote carries on from the paragraph before)? */
export function opensWithQuote(text: string): boolean {
  const mark = markAt(text, 0);
  return !!mark && mark.role !== "close";
}
