/**
 * A full page load, used on sign-out so nothing from the ended session survives in memory.
 * Kept in its own module so tests can replace it (jsdom cannot navigate).
 */
export function reloadTo(url: string): void {
  window.location.replace(url);
}
