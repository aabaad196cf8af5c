/**
 * The content model: one zod schema per fact, and the types inferred from them.
 *
 * The JSON field names are a public contract read by other tools (`npm run parse`, the site's JSON API):
 * add fields freely, never rename these.
 */
import { z } from "zod";

/** Calendar date at the precision the text gives: a day, a month or a year. */
export const CalendarDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** Where a fact came from: a body paragraph id ("p3", the anchor on the article page), "caption" or "headline". */
export const ParagraphId = z.string().regex(/^(p[1-9]\d*|caption|headline)$/, "expected p<n>, caption or headline");

/** URL-safe ASCII, so a slug can become a path segment without escaping or traversal. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "expected a URL-safe ASCII slug");

export const Paragraph = z.object({ id: ParagraphId, text: z.string() });

export const Caption = z.object({ text: z.string().min(1), credit: z.string().min(1).optional() });

/** A role or description the article attaches to an entity ("British diplomat"), with its evidence. */
export const Descriptor = z.object({ text: z.string().min(1), paragraph: ParagraphId });

const entityShape = {
  name: z.string().min(1),
  slug: Slug,
  /** Other forms the article uses for the same entity: surname, acronym, long form. */
  aliases: z.array(z.string().min(1)),
  descriptors: z.array(Descriptor),
  /** Paragraphs that name the entity, in reading order. */
  paragraphs: z.array(ParagraphId),
};
export const Person = z.object(entityShape);
export const Organisation = z.object(entityShape);
/** A place the article names (a country, city, region, building or landmark): kept, but given no page. */
export const Place = z.object(entityShape);

export const SpeakerKind = z.enum(["person", "organisation", "group", "unknown"]);
export const Speaker = z.object({ name: z.string().min(1), kind: SpeakerKind, slug: Slug.optional() });

/** Where a quote's text sits: offsets into one paragraph's text (a multi-paragraph quote has several spans). */
export const Span = z.object({ paragraph: ParagraphId, start: z.number().int().min(0), end: z.number().int().min(0) });

export const Quote = z.object({
  /** The words quoted, without the outer quote marks; paragraphs of a multi-paragraph quote joined by "\n\n". */
  text: z.string().min(1),
  /**
   * direct: words in quote marks; indirect: reported speech (a verb of saying and a clause); stance: a position
   * or finding ("wants", "believes", "found"), kept but never shown or filed as something someone said.
   */
  kind: z.enum(["direct", "indirect", "stance"]),
  speaker: Speaker.nullable(),
  /** The speech verb that attributes it: said, told, added, claimed, wrote, according to… */
  cue: z.string().min(1).optional(),
  /** The paragraph where the quote starts. */
  paragraph: ParagraphId,
  spans: z.array(Span).min(1),
  /**
   * A mixed quote's run-on: the reporter's words after the closing mark that finish the clause the speaker is
   * credited with (`"…" about fixing inequality, said Kilfoyle.` → "about fixing inequality"). Not the speaker's
   * words, so never part of `text`; what the quote claims is the quoted words read with it.
   */
  runOn: Span.optional(),
  /** The probability that this is the speaker's (words or stance) and the speaker is right: a calibrated model's. */
  confidence: z.number().min(0).max(1),
  /**
   * Whether it is filed on its speaker's page: the speaker is one of the article's people or organisations, it is
   * speech, and its confidence meets the site's threshold (or a librarian's correction says so).
   */
  filed: z.boolean(),
  /** A librarian's correction (seeds/corrections.yml), which wins over the confidence. */
  correction: z.enum(["reassigned", "rejected", "confirmed"]).optional(),
});

export const SourceKind = z.enum(["agency", "outlet", "reporter", "social", "document", "statement", "photo"]);
export const Source = z.object({
  kind: SourceKind,
  name: z.string().min(1),
  detail: z.string().min(1).optional(),
  paragraph: ParagraphId.optional(),
});

export const DateMention = z.object({ text: z.string().min(1), date: CalendarDate, paragraph: ParagraphId });

export const PublishedBasis = z.enum(["front-matter", "dateline", "mentioned"]);
export const HeadlineBasis = z.enum(["front-matter", "markdown-heading", "first-line", "lede"]);

export const Article = z.object({
  /** The seed's file name, relative to the seeds folder. */
  file: z.string().min(1),
  slug: Slug,
  headline: z.string().min(1),
  headlineBasis: HeadlineBasis,
  published: Day.nullable(),
  publishedBasis: PublishedBasis.nullable(),
  dateline: z.string().min(1).optional(),
  byline: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  url: z.string().url().optional(),
  caption: Caption.optional(),
  paragraphs: z.array(Paragraph),
  people: z.array(Person),
  organisations: z.array(Organisation),
  places: z.array(Place),
  quotes: z.array(Quote),
  sources: z.array(Source),
  dates: z.array(DateMention),
});

export type CalendarDate = z.infer<typeof CalendarDate>;
export type ParagraphId = z.infer<typeof ParagraphId>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Caption = z.infer<typeof Caption>;
export type Descriptor = z.infer<typeof Descriptor>;
export type Person = z.infer<typeof Person>;
export type Organisation = z.infer<typeof Organisation>;
export type Place = z.infer<typeof Place>;
export type Speaker = z.infer<typeof Speaker>;
export type SpeakerKind = z.infer<typeof SpeakerKind>;
export type Span = z.infer<typeof Span>;
export type Quote = z.infer<typeof Quote>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Source = z.infer<typeof Source>;
export type DateMention = z.infer<typeof DateMention>;
export type PublishedBasis = z.infer<typeof PublishedBasis>;
export type HeadlineBasis = z.infer<typeof HeadlineBasis>;
export type Article = z.infer<typeof Article>;
