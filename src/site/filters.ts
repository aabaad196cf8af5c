/** Template filters: presentation only (formatting a date for a reader), never facts. */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-08-16" → "16 August 2024"; "2024-08" → "August 2024"; a year stays a year. */
export function readableDate(value: string | null | undefined): string {
  if (!value) return "";
  const [y, m, d] = value.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const filters = { readableDate };
