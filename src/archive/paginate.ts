/**
 * An A–Z index cut into pages of at most `size` entries: the first page lives at `base`, the rest at
 * `base` + "page/2/"…, so the first page's URL never changes as the index grows. (Lists that grow at their
 * newest end are cut from their oldest instead: ./blocks.ts.)
 */

export interface Pager {
  number: number;
  total: number;
  previous?: string;
  next?: string;
  first: string;
  last: string;
}

export interface Chunk<T> {
  url: string;
  items: T[];
  pager: Pager;
}

/** The page size for every paginated list on the site. */
export const PAGE_SIZE = 50;

/** Where block or page `number` of the list at `base` lives. */
export const pageUrl = (base: string, number: number) => `${base}page/${number}/`;

/** Always at least one page, so an empty list still has a page that says so. */
export function paginate<T>(items: T[], base: string, size = PAGE_SIZE): Chunk<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const at = (number: number) => (number === 1 ? base : pageUrl(base, number));
  const chunks: Chunk<T>[] = [];
  for (let number = 1; number <= total; number++) {
    chunks.push({
      url: at(number),
      items: items.slice((number - 1) * size, number * size),
      pager: {
        number,
        total,
        ...(number > 1 ? { previous: at(number - 1) } : {}),
        ...(number < total ? { next: at(number + 1) } : {}),
        first: base,
        last: at(total),
      },
    });
  }
  return chunks;
}
