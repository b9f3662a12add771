import type { ChecklistCategory, JobTemplate, TemplateItem } from '@shortlist/contracts';
import {
  classifyLine,
  type Entries,
  groupSections,
  type Line,
  listEntries,
  paragraphs,
  type Section,
} from './document';
import { faqEntries, readFaq } from './faq';
import type { FieldName } from './fields';
import { unglue } from './glued-words';
import { buildItem, type ItemOptions, skillCategory } from './items';
import {
  MAX_ITEMS_PER_SECTION,
  MAX_PARAGRAPH_CHARS,
  MAX_SECTIONS,
  MAX_SHORT_FIELD_CHARS,
  MAX_STAGES,
  MAX_WARNINGS,
} from './limits';
import { normalizeText } from './normalize';
import { linkRedFlags, normalizeRedFlag } from './red-flags';
import { normalizeHeading } from './sections';
import { buildStages, DEFAULT_STAGE_NAMES, stageForGuidance, stagesMentioned } from './stages';
import { readTools } from './tools';
import { capitalize, truncate, wordCount } from './text';

export const UNREADABLE_WARNING = 'The text could not be read; the template is empty';

const SECTION_NAMES: Partial<Record<Section['kind'], string>> = {
  responsibilities: 'Responsibilities',
  qualifications: 'Qualifications',
  must_have: 'Must-have',
  nice_to_have: 'Nice-to-have',
  prerequisites: 'Prerequisites',
  hard_skills: 'Hard skills',
  soft_skills: 'Soft skills',
  skills: 'Skills',
  perks: 'Perks',
  red_flags: 'Red flags',
  interview: 'Interview process',
  tools: 'Tools',
  faq: 'FAQ',
};

class Warnings {
  readonly list: string[] = [];
  add(message: string): void {
    if (!this.list.includes(message) && this.list.length < MAX_WARNINGS) this.list.push(message);
  }
  capped(kind: Section['kind'], entries: Pick<Entries, 'dropped' | 'shortened'>): void {
    const name = SECTION_NAMES[kind] ?? 'A';
    if (entries.dropped > 0) {
      this.add(
        `${name} list has more than ${MAX_ITEMS_PER_SECTION} entries; only the first ${MAX_ITEMS_PER_SECTION} were kept`,
      );
    }
    if (entries.shortened > 0) this.add(`Some ${name.toLowerCase()} entries were too long and were shortened`);
  }
}

export function emptyTemplate(): JobTemplate {
  return {
    title: null,
    location: null,
    employmentType: null,
    summary: null,
    responsibilities: [],
    additionalResponsibilities: [],
    perks: [],
    items: [],
    redFlags: [],
    stages: [],
    tools: [],
    guidance: [],
    levels: [],
    warnings: [],
  };
}

const ITEM_SECTIONS: Partial<Record<Section['kind'], { category: ChecklistCategory | null; options: ItemOptions }>> = {
  qualifications: { category: 'qualification', options: {} },
  must_have: { category: 'qualification', options: { mustHave: true } },
  nice_to_have: { category: 'qualification', options: { mustHave: false, weight: 0.5 } },
  prerequisites: { category: 'prerequisite', options: {} },
  hard_skills: { category: 'hard_skill', options: {} },
  soft_skills: { category: 'soft_skill', options: {} },
  skills: { category: null, options: {} },
};

const FIELD_SECTIONS: Partial<Record<Section['kind'], FieldName>> = {
  title_field: 'title',
  location_field: 'location',
  type_field: 'employmentType',
};

/** Appends up to the cap; returns how many did not fit. */
function appendCapped(target: string[], more: readonly string[]): number {
  const room = Math.max(0, MAX_ITEMS_PER_SECTION - target.length);
  target.push(...more.slice(0, room));
  return Math.max(0, more.length - room);
}

const TITLE_SUFFIXES = ['job description sample', 'job description template', 'job description', 'job posting'];

/** The first line as a title when the page has no "Job Title:" field: short, not a sentence, not a known heading. */
function titleFromFirstLine(sections: readonly Section[], firstLine: string | undefined): string | null {
  const h1 = sections.find((s) => s.kind === 'other' && s.level === 1);
  if (h1) return h1.heading;
  if (!firstLine) return null;
  const line = unglue(firstLine.trim().replace(/^#+\s*/, '')).replaceAll('**', '');
  if (line.length > MAX_SHORT_FIELD_CHARS || wordCount(line) > 10 || /[.!?:,;]$/.test(line)) return null;
  let title = line;
  const lower = normalizeHeading(line);
  for (const suffix of TITLE_SUFFIXES) {
    if (lower.endsWith(` ${suffix}`)) {
      title = line.slice(0, line.toLowerCase().lastIndexOf(suffix.split(' ')[0])).trim();
      break;
    }
  }
  const kind = classifyLine(title);
  const isHeading = kind.type === 'heading' && kind.heading.kind !== 'other' && kind.heading.kind !== 'ignored';
  if (kind.type === 'bullet' || kind.type === 'field' || isHeading || lower === 'job description') return null;
  return title.length > 0 ? title : null;
}

function parse(text: string): JobTemplate {
  const template = emptyTemplate();
  const warnings = new Warnings();
  const normalized = normalizeText(text);
  normalized.warnings.forEach((w) => warnings.add(w));
  const lines = normalized.lines.map(classifyLine);
  const { sections, truncated } = groupSections(lines);
  if (truncated) warnings.add(`The text has more than ${MAX_SECTIONS} sections; the rest was ignored`);

  const fields: Record<FieldName, string | null> = { title: null, location: null, employmentType: null };
  for (const line of lines) {
    if (line.type === 'field' && fields[line.field.name] === null) fields[line.field.name] = line.field.value;
  }
  for (const section of sections) {
    const name = FIELD_SECTIONS[section.kind];
    const value = section.body.find((line) => line.type === 'text' || line.type === 'bullet');
    if (name && fields[name] === null && value && 'text' in value) {
      fields[name] = truncate(value.text, MAX_SHORT_FIELD_CHARS);
    }
  }
  const firstLine = normalized.lines.find((line) => line.trim().length > 0);
  template.title = fields.title ?? titleFromFirstLine(sections, firstLine);
  template.location = fields.location;
  template.employmentType = fields.employmentType;

  const about = sections.find((s) => s.kind === 'about');
  const aboutText = about ? paragraphs(about.body) : [];
  if (aboutText.length > 0) {
    template.summary = truncate(aboutText.join('\n\n'), MAX_PARAGRAPH_CHARS);
  } else {
    const intro = sections
      .filter((s) => s.kind === 'preamble' || s.kind === 'other')
      .flatMap((s) => paragraphs(s.body))
      .find((p) => wordCount(p) >= 12);
    template.summary = intro ?? null;
  }

  const items: TemplateItem[] = [];
  const seenLabels = new Set<string>();
  const perCategory = new Map<ChecklistCategory, number>();
  const redFlagLabels: string[] = [];
  const stageNames: string[] = [];
  const advice: string[] = [];
  const toolLines: Line[] = [];
  let responsibilitySections = 0;

  for (const section of sections) {
    const { kind, body } = section;
    if (kind === 'responsibilities') {
      const entries = listEntries(body);
      const target = responsibilitySections === 0 ? template.responsibilities : template.additionalResponsibilities;
      responsibilitySections += 1;
      warnings.capped(kind, { ...entries, dropped: entries.dropped + appendCapped(target, entries.entries) });
    } else if (kind === 'perks') {
      const entries = listEntries(body);
      warnings.capped(kind, { ...entries, dropped: entries.dropped + appendCapped(template.perks, entries.entries) });
    } else if (ITEM_SECTIONS[kind]) {
      const { category, options } = ITEM_SECTIONS[kind];
      const entries = listEntries(body);
      let dropped = entries.dropped;
      for (const label of entries.entries) {
        const itemCategory = category ?? skillCategory(label);
        const key = label.toLowerCase();
        const count = perCategory.get(itemCategory) ?? 0;
        if (seenLabels.has(key)) continue;
        if (count >= MAX_ITEMS_PER_SECTION) {
          dropped += 1;
          continue;
        }
        seenLabels.add(key);
        perCategory.set(itemCategory, count + 1);
        items.push(buildItem(itemCategory, label, options));
      }
      warnings.capped(kind, { ...entries, dropped });
    } else if (kind === 'red_flags') {
      const entries = listEntries(body);
      warnings.capped(kind, entries);
      redFlagLabels.push(...entries.entries.map(normalizeRedFlag));
    } else if (kind === 'interview') {
      const entries = listEntries(body);
      warnings.capped(kind, entries);
      for (const entry of entries.entries) {
        const named = stagesMentioned(entry);
        stageNames.push(named.length > 0 ? named[0] : capitalize(truncate(entry, 100)));
      }
    } else if (kind === 'faq') {
      const reading = readFaq(faqEntries(body));
      redFlagLabels.push(...reading.redFlags);
      if (stageNames.length === 0) stageNames.push(...reading.stageNames);
      advice.push(...reading.advice);
    } else if (kind === 'tools') {
      // All tools sections are read as one, so the cap holds for the whole page.
      toolLines.push({ type: 'blank' }, ...body);
    }
  }
  template.items = items;

  const tools = readTools(toolLines);
  template.tools = tools.groups;
  if (tools.capped) warnings.capped('tools', { dropped: 1, shortened: 0 });

  const uniqueFlags = [...new Set(redFlagLabels)].slice(0, MAX_ITEMS_PER_SECTION);
  template.redFlags = linkRedFlags(uniqueFlags, items);

  const names = [...new Set(stageNames)];
  if (names.length > MAX_STAGES) warnings.add(`Only the first ${MAX_STAGES} interview stages were kept`);
  const plan = names.length > 0 ? names.slice(0, MAX_STAGES) : DEFAULT_STAGE_NAMES;
  const stages = buildStages(plan, items);
  for (const paragraph of advice.slice(0, MAX_ITEMS_PER_SECTION)) {
    const stage = stages.find((s) => s.name === stageForGuidance(paragraph, plan));
    if (stage) stage.guidance.push(paragraph);
    else template.guidance.push(paragraph);
  }
  template.stages = stages;

  const count = (category: ChecklistCategory) => items.filter((item) => item.category === category).length;
  const missing: [boolean, string][] = [
    [template.title === null, 'No title found'],
    [template.location === null, 'No location found'],
    [template.employmentType === null, 'No employment type found'],
    [template.summary === null, 'No summary ("About the role") found'],
    [template.responsibilities.length === 0, 'No responsibilities found'],
    [count('qualification') === 0, 'No qualifications found'],
    [count('prerequisite') === 0, 'No prerequisites found; no knock-out questions were drafted'],
    [count('hard_skill') === 0, 'No hard skills found'],
    [count('soft_skill') === 0, 'No soft skills found'],
    [template.perks.length === 0, 'No perks or benefits found'],
    [template.tools.length === 0, 'No tools found'],
    [template.redFlags.length === 0, 'No red flags found; add them by hand'],
    [names.length === 0, 'No interview guidance found; the default plan is used'],
  ];
  for (const [isMissing, message] of missing) if (isMissing) warnings.add(message);
  template.warnings = warnings.list;
  return template;
}

/**
 * Job-description text → job template. Best effort by design: whatever the
 * input, the answer is a complete template whose warnings say what was not
 * found; it never throws.
 */
export function parseJobDescription(text: string): JobTemplate {
  try {
    return parse(text);
  } catch {
    // Reaching this is a bug (the property tests assert it never happens), but an
    // import must not take the request down with it.
    return { ...emptyTemplate(), warnings: [UNREADABLE_WARNING] };
  }
}
