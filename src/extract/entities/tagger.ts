/**
 * Names in an article's paragraphs, found by the learned tagger: segments (segments.ts) → features
 * (features.ts) → tags (model.ts) → spans of a kind. Used the same way by training (train.ts) and by the parser.
 *
 * One guard is structural, not learned: a name ends in a capitalised word, and only a particle ("de Palacio")
 * may open one in lower case — so "of", "and" or "the" are inside a name or outside it, never at its edge.
 */
import { documentCues, segmentFeatures, type DocumentCues, type TaggedParagraph } from "./features.js";
import { kindOf, partOf, shippedModel, type NameKind, type TaggerModel } from "./model.js";
import { isCapitalised, nameSegments, type Segment } from "./segments.js";
import { tokenize, type Token } from "./tokens.js";

export interface NameSpan {
  /** Token indexes [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
  kind: NameKind;
}

export function taggedParagraph(text: string, tokens: Token[] = tokenize(text)): TaggedParagraph {
  return { text, tokens, segments: nameSegments(tokens) };
}

/** The tags a token may take whatever the weights say (see the module comment). */
export function structurallyAllowed(tokens: Token[], segment: Segment): (i: number, label: number) => boolean {
  return (i, label) => {
    const t = tokens[segment.start + i]!;
    if (isCapitalised(t)) return true;
    const part = partOf(label);
    return part === "O" || part === "I" || (part === "B" && i === 0);
  };
}

/** Tags → names: B…L and U runs, with their kind. */
export function spansOf(tags: number[], offset: number): NameSpan[] {
  const spans: NameSpan[] = [];
  let open = -1;
  tags.forEach((label, i) => {
    const part = partOf(label);
    if (part === "B") open = i;
    else if (part === "U") spans.push({ start: offset + i, end: offset + i + 1, kind: kindOf(label)! });
    else if (part === "L" && open >= 0) {
      spans.push({ start: offset + open, end: offset + i + 1, kind: kindOf(label)! });
      open = -1;
    }
  });
  return spans;
}

/** Every name the model finds in each paragraph, in reading order. */
export function tagNames(paragraphs: TaggedParagraph[], model: TaggerModel = shippedModel(), cues: DocumentCues = documentCues(paragraphs)): NameSpan[][] {
  return paragraphs.map((p) =>
    p.segments.flatMap((s) => spansOf(model.tag(segmentFeatures(p, s, cues), structurallyAllowed(p.tokens, s)), s.start)),
  );
}
