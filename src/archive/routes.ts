/** Where each page lives. URLs are built from slugs only, so adding a seed never moves an existing page. */
import type { EntityKind } from "./entities.js";

export const ROUTES = {
  article: (slug: string) => `/articles/${slug}/`,
  person: (slug: string) => `/people/${slug}/`,
  organisation: (slug: string) => `/organisations/${slug}/`,
  entity: (kind: EntityKind, slug: string) => (kind === "person" ? ROUTES.person(slug) : ROUTES.organisation(slug)),
  /**
   * "2024-08" → "/archive/2024/08/"; articles without a date are filed under "undated". Not under /articles/,
   * where any name could be a seed's slug (a seed named undated.txt lives at /articles/undated/).
   */
  month: (month: string) => (month === "undated" ? "/archive/undated/" : `/archive/${month.slice(0, 4)}/${month.slice(5, 7)}/`),
  feed: (entityUrl: string) => `${entityUrl}feed.xml`,
  api: (kind: EntityKind, slug: string) => `/api/${kind === "person" ? "people" : "organisations"}/${slug}.json`,
};

/** "p3" → "paragraph 3": how a link to a piece of evidence reads aloud. */
export const paragraphLabel = (id: string) => (id === "caption" || id === "headline" ? id : `paragraph ${id.slice(1)}`);
