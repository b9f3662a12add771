/** Characters of the title part; with "-" and 8 characters of the id a slug stays within 100. */
export const SLUG_TITLE_CHARS = 80;

/**
 * The public address of a job: the title in lower-case ASCII words, then the
 * first 8 characters of its id, so two jobs with one title never collide and
 * no lookup is needed to make it unique. It does not follow later renames:
 * links already shared keep working.
 */
export function slugFor(title: string, id: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const head = words.slice(0, SLUG_TITLE_CHARS).replace(/-+$/, '');
  const tail = id
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 8)
    .toLowerCase();
  return head ? `${head}-${tail}` : `job-${tail}`;
}
