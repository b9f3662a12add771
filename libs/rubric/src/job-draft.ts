import type {
  CreateJobRequest,
  JobItemInput,
  JobTemplate,
  Level,
  RedFlagTypeInput,
  TemplateItem,
} from '@shortlist/contracts';
import { DEFAULT_LEVEL, defaultsForLevel, toLevel } from '@shortlist/jd-import';
import { defaultInterviewPlan } from './default-interview-plan';
import { labelKey } from './text';
import type { JobDraft } from './types';

/**
 * The level a title names, reading it word by word ("Backend Engineer Intern"
 * → Intern, "Sr. Data Engineer" → Senior); null when no word is a level.
 */
export function levelFromTitle(title: string): Level | null {
  for (const word of title.split(/[\s,/()|]+/)) {
    const level = toLevel(word);
    if (level) return level;
  }
  return null;
}

const itemInput = (item: TemplateItem): JobItemInput => ({
  category: item.category,
  label: item.label,
  weight: item.weight,
  mustHave: item.mustHave,
  keywords: [...item.keywords],
  anchors: { ...item.anchors },
  knockoutQuestion: item.knockoutQuestion ?? null,
});

/** Fields of the request when given (null included), else the template's. */
function pick<T>(given: T | undefined, fallback: T): T {
  return given === undefined ? fallback : given;
}

/**
 * A parsed job description and the fields given beside it → everything needed
 * to create the job. Given fields override the template's; the level is the
 * given one, else the one the title names, else Junior; weights and thresholds
 * default to the level's. A job from scratch is the same call without a
 * template. Focus and red-flag links that name no item of the draft are dropped:
 * they came from the page, not from the person creating the job.
 */
export function jobDraftFromTemplate(
  template: Partial<JobTemplate> | undefined,
  overrides: Omit<CreateJobRequest, 'template'> = {},
): JobDraft {
  const title = (overrides.title ?? template?.title ?? '').trim();
  const level = overrides.level ?? levelFromTitle(title) ?? DEFAULT_LEVEL;
  const defaults = defaultsForLevel(level);
  const items = overrides.items ?? (template?.items ?? []).map(itemInput);
  const known = new Set(items.map((item) => labelKey(item.label)));
  const onlyKnown = (labels: readonly string[]) => labels.filter((label) => known.has(labelKey(label)));
  const prerequisites = items.filter((item) => item.category === 'prerequisite').map((item) => item.label);
  const stages =
    overrides.stages ??
    defaultInterviewPlan(template?.stages ?? [], prerequisites).map((stage) => ({
      ...stage,
      focusItemLabels: onlyKnown(stage.focusItemLabels ?? []),
    }));
  const redFlagTypes: RedFlagTypeInput[] =
    overrides.redFlagTypes ??
    (template?.redFlags ?? []).map((flag) => ({
      label: flag.label,
      linkedItemLabels: onlyKnown(flag.linkedItemLabels),
    }));
  return {
    title,
    level,
    status: overrides.status ?? 'draft',
    location: pick(overrides.location, template?.location ?? null),
    employmentType: pick(overrides.employmentType, template?.employmentType ?? null),
    summary: pick(overrides.summary, template?.summary ?? null),
    responsibilities: overrides.responsibilities ?? [...(template?.responsibilities ?? [])],
    perks: overrides.perks ?? [...(template?.perks ?? [])],
    tools: overrides.tools ?? (template?.tools ?? []).map((group) => ({ ...group, items: [...group.items] })),
    guidance: overrides.guidance ?? [...(template?.guidance ?? [])],
    categoryWeights: overrides.categoryWeights ?? defaults.categoryWeights,
    thresholds: overrides.thresholds ?? defaults.thresholds,
    items,
    stages,
    redFlagTypes,
  };
}
