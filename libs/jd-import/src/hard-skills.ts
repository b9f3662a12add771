import { findKeywords } from './keywords';
import { stripTrailingPunctuation, wordCount } from './text';

/**
 * Words around a listed term that say how much of it is wanted, not what it is:
 * "AWS, GCP basics" lists AWS and GCP.
 */
const LEADING_FILLER = ['e.g.', 'e.g', 'eg', 'i.e.', 'including', 'such as', 'some', 'basic', 'basics of'];
const LEADING_FILLER_2 = ['familiarity with', 'knowledge of', 'experience with', 'exposure to', 'understanding of'];
const TRAILING_FILLER = ['basics', 'basic', 'fundamentals', 'knowledge', 'experience', 'concepts', 'preferred'];
const TRAILING_FILLER_2 = ['a plus', 'is a plus', 'nice to have', 'is nice to have', 'or similar', 'or equivalent'];
const WHOLE_FILLER = new Set(['etc', 'etc.', 'and more', 'more', 'others', 'similar', 'basics', 'and so on']);
const SEPARATORS = [',', ';', ' and ', ' or ', ' & ', ' / '];

function withoutParentheses(text: string): string {
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

function stripFiller(term: string): string {
  let text = stripTrailingPunctuation(term.trim());
  let changed = true;
  while (changed && text.length > 0) {
    changed = false;
    const lower = text.toLowerCase();
    for (const filler of [...LEADING_FILLER_2, ...LEADING_FILLER]) {
      if (lower.startsWith(`${filler} `)) {
        text = text.slice(filler.length + 1).trim();
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const filler of [...TRAILING_FILLER_2, ...TRAILING_FILLER]) {
      if (lower.endsWith(` ${filler}`)) {
        text = stripTrailingPunctuation(text.slice(0, -filler.length - 1).trim());
        changed = true;
        break;
      }
    }
  }
  return WHOLE_FILLER.has(text.toLowerCase()) ? '' : text;
}

/** "Cloud Services: AWS, GCP basics" → ["AWS", "GCP"]; null when the line is not "Label: list". */
export function listedTerms(label: string): string[] | null {
  const colon = label.indexOf(':');
  if (colon <= 0 || colon > 80) return null;
  let parts = [withoutParentheses(label.slice(colon + 1))];
  for (const separator of SEPARATORS) parts = parts.flatMap((part) => part.split(separator));
  const terms = parts.map(stripFiller).filter((term) => term.length > 0 && term.length <= 60);
  const unique = terms.filter((term, i) => terms.findIndex((t) => t.toLowerCase() === term.toLowerCase()) === i);
  return unique.length > 0 ? unique : null;
}

/**
 * Keywords for résumé screening. A "Label: a, b, c" line lists them; otherwise
 * known terms are picked out of the text, and a short hard-skill entry with no
 * known term ("Terraform") is its own keyword.
 */
export function keywordsFor(label: string, hardSkill: boolean): string[] {
  const listed = listedTerms(label);
  if (listed && (hardSkill || listed.every((term) => wordCount(term) <= 3))) return listed;
  const found = findKeywords(label);
  if (found.length > 0 || !hardSkill) return found;
  const bare = stripTrailingPunctuation(label.trim());
  return bare.length > 0 && wordCount(bare) <= 3 ? [bare] : [];
}
