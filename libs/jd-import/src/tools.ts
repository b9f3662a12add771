import type { TemplateToolGroup } from '@shortlist/contracts';
import { stripEmphasis } from './bullets';
import type { Line } from './document';
import { splitGluedList } from './glued-words';
import { findTerms } from './keywords';
import { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION } from './limits';
import { normalizeHeading } from './sections';
import { collapseSpaces, stripTrailingPunctuation, truncate, wordCount } from './text';

const CATEGORY_NAMES = new Set([
  'ides',
  'ide',
  'editors',
  'version control',
  'source control',
  'databases',
  'database',
  'api testing',
  'api tools',
  'cloud',
  'cloud platforms',
  'cloud services',
  'ci cd',
  'continuous integration',
  'monitoring',
  'observability',
  'logging',
  'documentation',
  'project management',
  'communication',
  'collaboration',
  'containers',
  'containerization',
  'infrastructure',
  'testing',
  'design',
  'analytics',
  'languages',
  'frameworks',
  'operating systems',
  'security',
  'productivity',
]);

const MAX_CATEGORY_WORDS = 4;

export interface ToolReading {
  groups: TemplateToolGroup[];
  /** True when entries beyond the cap were dropped. */
  capped: boolean;
}

interface Entry {
  text: string;
  bullet: boolean;
  subheading: boolean;
}

class ToolCollector {
  readonly groups: TemplateToolGroup[] = [];
  capped = false;
  private current: TemplateToolGroup | null = null;
  private total = 0;

  get waitingForTools(): boolean {
    return this.current !== null && this.current.items.length === 0;
  }

  open(category: string): void {
    const name = truncate(stripTrailingPunctuation(category), 100);
    this.current = this.groups.find((g) => g.category.toLowerCase() === name.toLowerCase()) ?? null;
    if (this.current) return;
    if (this.groups.length >= MAX_ITEMS_PER_SECTION) {
      this.capped = true;
      return;
    }
    this.current = { category: name, items: [] };
    this.groups.push(this.current);
  }

  add(text: string): void {
    if (!this.current) this.open('Tools');
    const group = this.current;
    if (!group) return;
    for (const tool of splitGluedList(text)) {
      if (this.total >= MAX_ITEMS_PER_SECTION) {
        this.capped = true;
        return;
      }
      if (!group.items.includes(tool)) {
        group.items.push(tool);
        this.total += 1;
      }
    }
  }
}

const isProse = (text: string) => wordCount(text) >= 6 && /[.!?]$/.test(text);

/**
 * A tools section is a run of category names each followed by its tools, as a
 * list, a comma list or glued names ("IDEs" / "Visual Studio CodeIntelliJ").
 * A line is a category when it is set as one ("Databases:"), is a known
 * category name, or is a bare line with no known tool that is followed by
 * another line while no category is waiting for its tools.
 */
export function readTools(body: readonly Line[]): ToolReading {
  const entries: Entry[] = [];
  for (const line of body) {
    if (line.type === 'text' || line.type === 'bullet' || line.type === 'subheading') {
      const text = collapseSpaces(stripEmphasis(line.text.slice(0, MAX_ITEM_CHARS))).trim();
      if (text.length > 0) {
        entries.push({ text, bullet: line.type === 'bullet', subheading: line.type === 'subheading' });
      }
    }
    if (entries.length > MAX_ITEMS_PER_SECTION * 4) break;
  }

  const collector = new ToolCollector();
  entries.forEach((entry, index) => {
    if (collector.capped) return;
    const { text } = entry;
    const words = wordCount(text);
    const colon = text.indexOf(':');
    if (entry.subheading || text.endsWith(':')) {
      if (words <= MAX_CATEGORY_WORDS) collector.open(text);
      return;
    }
    if (colon > 0 && colon < text.length - 1 && wordCount(text.slice(0, colon)) <= MAX_CATEGORY_WORDS) {
      collector.open(text.slice(0, colon));
      collector.add(text.slice(colon + 1));
      return;
    }
    if (!entry.bullet && CATEGORY_NAMES.has(normalizeHeading(text))) {
      collector.open(text);
      return;
    }
    if (isProse(text)) return;
    const followed = index + 1 < entries.length;
    const bareName =
      !entry.bullet && words <= MAX_CATEGORY_WORDS && findTerms(text).length === 0 && splitGluedList(text).length === 1;
    if (!collector.waitingForTools && followed && bareName) collector.open(text);
    else collector.add(text);
  });

  return { groups: collector.groups.filter((g) => g.items.length > 0), capped: collector.capped };
}
