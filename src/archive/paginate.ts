/**
 * Long lists cut into pages of at most `size` items: the first page lives at `base`, the rest at
 * `base` + "page/2/"… so the first page's URL never changes as the list grows.
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

export const pageUrl = (base: string, number: number) => (number === 1 ? base : `${base}page/${number}/`);

/** Always at least one page, so an empty list still has a page that says so. */
export function paginate<T>(items: T[], base: string, size = PAGE_SIZE): Chunk<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const chunks: Chunk<T>[] = [];
  for (let number = 1; number <= total; number++) {
    chunks.push({
      url: pageUrl(base, number),
      items: items.slice((number - 1) * size, number * size),
      pager: {
        number,
        total,
        ...(number > 1 ? { previous: pageUrl(base, number - 1) } : {}),
        ...(number < total ? { next: pageUrl(base, number + 1) } : {}),
        first: base,
        last: pageUrl(base, total),
      },
    });
  }
  return chunks;
}
