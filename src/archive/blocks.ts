/**
 * Pages that stay put: a list that grows at its newest end (a folder's articles, a month, every quote) is cut into
 * blocks of PAGE_SIZE counted from its oldest item, so block 1 is always the oldest fifty and a block, once full,
 * never changes. The list's own address shows its newest fifty; `page/N/` is block N, its items newest first.
 * Adding an article changes the front page and the newest block of each list it joins, and nothing older — a
 * newsroom's archive grows without rewriting its history. (An article dated before others in the list moves the
 * blocks after it: a backdated story is the rare case, and it still costs only the lists it joins.)
 *
 * No page but the front one says how many pages there are: a count on every page would change them all.
 */
import { PAGE_SIZE, pageUrl } from "./paginate.js";

export interface BlockPager {
  /** 0 on the front page (the newest items); otherwise the block's number, counted from the oldest. */
  number: number;
  /** The front page: the newest items. */
  newest: string;
  /** The next block towards the newest, or the front page from the newest block. */
  newer?: string;
  /** The next block towards the oldest. */
  older?: string;
  /** Block 1, when there are blocks. */
  oldest?: string;
}

export interface Block {
  url: string;
  pager: BlockPager;
  /** The block's items as a slice [from, to) of the list, which is held newest first. */
  from: number;
  to: number;
}

/** The block (1-based) holding the item at `position` counted from the oldest (0-based). */
const blockOf = (position: number, size: number) => Math.floor(position / size) + 1;

/** The front page and, when the list is longer than a page, every block of a newest-first list of `length` items. */
export function blocks(length: number, base: string, size = PAGE_SIZE): Block[] {
  const count = Math.ceil(length / size);
  const front: Block = {
    url: base,
    from: 0,
    to: Math.min(size, length),
    pager: {
      number: 0,
      newest: base,
      ...(length > size ? { older: pageUrl(base, blockOf(length - 1 - size, size)), oldest: pageUrl(base, 1) } : {}),
    },
  };
  if (length <= size) return [front];
  const pages = [front];
  for (let b = 1; b <= count; b++) {
    pages.push({
      url: pageUrl(base, b),
      from: Math.max(0, length - b * size),
      to: length - (b - 1) * size,
      pager: {
        number: b,
        newest: base,
        newer: b < count ? pageUrl(base, b + 1) : base,
        ...(b > 1 ? { older: pageUrl(base, b - 1) } : {}),
        oldest: pageUrl(base, 1),
      },
    });
  }
  return pages;
}
