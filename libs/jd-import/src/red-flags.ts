import type { TemplateItem, TemplateRedFlag } from '@shortlist/contracts';
import { MAX_ITEM_CHARS } from './limits';
import { capitalize, collapseSpaces, stripTrailingPunctuation, truncate, wordCount } from './text';

/**
 * Red flags are read from prose such as "Watch for candidates who can't explain
 * basic concepts, lack interest in …, or show resistance to feedback. Poor
 * communication skills and inability to work in teams are also major concerns."
 * A sentence counts when it opens with a watch-for phrase or closes by calling
 * its subject a concern; its list is split at commas and at "and"/"or" between
 * two phrases of two or more words ("attention to detail and accuracy" stays one).
 */
export const RED_FLAG_CUE =
  /\b(?:red flags?|watch (?:out )?for|warning signs?|look out for|be wary|beware|deal-?breakers?|avoid candidates)\b/i;

const LEAD_IN =
  // eslint-disable-next-line security/detect-unsafe-regex -- literal words separated by \s+, anchored at the start: linear
  /^(?:(?:also|and|but)\s+)?(?:watch(?: out)? for|look out for|be wary of|beware of|be cautious of|avoid|red flags? (?:include|are)|warning signs? (?:include|are))\s+(?:(?:candidates|applicants|people|anyone|those|interns|engineers|someone)\s+)?(?:(?:who|that)\s+)?/i;
const TAIL =
  // eslint-disable-next-line security/detect-unsafe-regex -- literal words between \s+ runs; a run of spaces costs at worst its square, within one JD line
  /\s+(?:are|is)\s+(?:also\s+)?(?:(?:major|serious|big|key|significant|common|clear|all)\s+)?(?:concerns?|red flags?|warning signs?|deal-?breakers?)$/i;
const VERB_LEAD = /^(?:show|shows|display|displays|demonstrate|demonstrates|exhibit|exhibits|have|has|express)\s+/i;

function splitList(body: string): string[] {
  const parts = body.split(/[,;]\s*/).map((part) => part.replace(/^(?:or|and|nor)\s+/i, '').trim());
  return parts.flatMap((part) => {
    for (const joiner of [' and ', ' or ']) {
      const at = part.indexOf(joiner);
      if (at > 0) {
        const left = part.slice(0, at);
        const right = part.slice(at + joiner.length);
        if (wordCount(left) >= 2 && wordCount(right) >= 2) return [left, right];
      }
    }
    return [part];
  });
}

export function normalizeRedFlag(phrase: string): string {
  let text = stripTrailingPunctuation(collapseSpaces(phrase));
  text = text
    .replace(/^(?:candidates|applicants|people|those|anyone|someone)\s+(?=who|that)/i, '')
    .replace(/^(?:who|that)\s+/i, '')
    .replace(VERB_LEAD, '');
  text = text.replace(/^lacks?\s+(?!of\b)/i, 'lack of ').replace(/^(?:are|is)\s+unable\s+to\s+/i, 'unable to ');
  return truncate(capitalize(text), MAX_ITEM_CHARS);
}

export function sentences(text: string): string[] {
  return collapseSpaces(text)
    .split(/(?<=[.!?])\s+(?=[A-Z"'(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Red-flag phrases in an answer; `trustAll` when the question already asked for red flags. */
export function redFlagsIn(answer: string, trustAll = false): string[] {
  const found: string[] = [];
  for (const sentence of sentences(answer)) {
    let body = stripTrailingPunctuation(sentence);
    const lead = LEAD_IN.exec(body);
    const tail = TAIL.exec(body);
    if (!lead && !tail && !trustAll) continue;
    if (lead) body = body.slice(lead[0].length);
    if (tail) body = body.slice(0, body.length - tail[0].length);
    for (const part of splitList(body)) {
      const flag = normalizeRedFlag(part);
      if (/\p{L}{2}/u.test(flag)) found.push(flag);
    }
  }
  return found;
}

// Words that say how bad, not what: they link a flag to nothing.
const GENERIC = new Set(
  (
    "can't cannot basic lack interest resistance poor inability unable skills skill ability abilities " +
    'understanding systems system work working works show major concern concerns candidates candidate ' +
    'strong excellent good their them with about also very'
  ).split(' '),
);

// What a flag is about → the words of the checklist items that would reveal it.
const RELATED: Record<string, string[]> = {
  conce: ['funda', 'under', 'algor', 'struc'],
  funda: ['funda', 'under', 'algor', 'struc'],
  inter: ['learn', 'curio', 'initi'],
  curio: ['learn', 'curio', 'initi'],
  feedb: ['adapt', 'learn', 'feedb', 'coach'],
  team: ['team', 'colla'],
  teamw: ['team', 'colla'],
  colla: ['team', 'colla'],
};

function stem(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-z']/g, '');
  const singular = letters.length > 4 && letters.endsWith('s') ? letters.slice(0, -1) : letters;
  return singular.slice(0, 5);
}

function stemsOf(text: string): string[] {
  return text
    .split(/[\s/,().-]+/)
    .filter((word) => word.length >= 4 && !GENERIC.has(word.toLowerCase()))
    .map(stem);
}

function wantedStems(label: string): Set<string> {
  const wanted = new Set<string>();
  for (const word of label.split(/[\s/,().-]+/)) {
    const lower = word.toLowerCase();
    if (lower.length < 4) continue;
    const s = stem(lower);
    if (!GENERIC.has(lower)) wanted.add(s);
    for (const related of RELATED[s] ?? []) wanted.add(related);
  }
  return wanted;
}

/** Each red flag with the labels of the checklist items whose assessment would surface it. */
export function linkRedFlags(labels: readonly string[], items: readonly TemplateItem[]): TemplateRedFlag[] {
  const itemStems = items.map((item) => ({ label: item.label, stems: stemsOf(item.label) }));
  return labels.map((label) => {
    const wanted = wantedStems(label);
    return {
      label,
      linkedItemLabels: itemStems.filter((item) => item.stems.some((s) => wanted.has(s))).map((item) => item.label),
    };
  });
}
