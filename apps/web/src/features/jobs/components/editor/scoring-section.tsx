import { Button, ColorSwatch, Fieldset, Group, NumberInput, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { defaultsForLevel } from '@shortlist/jd-import';
import { CATEGORY_LABELS, RATED_CATEGORIES, THRESHOLD_LABELS } from '../../utils/labels';
import { THRESHOLD_KEYS } from './form-values';
import { SectionCard } from '@/components/ui/section-card';
import { applyLevelDefaults, useFormSelector, type JobForm } from './use-job-form';

const CATEGORY_COLORS = { qualification: 'blue', hard_skill: 'indigo', soft_skill: 'teal' } as const;

export function ScoringSection({ form }: { form: JobForm }) {
  const level = useFormSelector(form, 'level', (values) => values.level);
  const defaults = defaultsForLevel(level);
  const weightsError = form.errors.categoryWeights;

  return (
    <SectionCard
      title="Scoring"
      description="How ratings combine into an overall score, and the marks the proposal uses."
    >
      <Fieldset legend="Category weights" p="sm">
        <Group align="flex-start" gap="xl" wrap="wrap">
          <SimpleGrid cols={{ base: 1, xs: 3 }} style={{ flex: 2, minWidth: 260 }}>
            {RATED_CATEGORIES.map((category) => (
              <NumberInput
                key={form.key(`categoryWeights.${category}`)}
                label={CATEGORY_LABELS[category].plural}
                min={0}
                max={100}
                step={5}
                allowDecimal={false}
                clampBehavior="blur"
                {...form.getInputProps(`categoryWeights.${category}`)}
              />
            ))}
          </SimpleGrid>
          <WeightShares form={form} />
        </Group>
        {weightsError && (
          <Text c="red" size="sm" role="alert" mt="xs">
            {weightsError}
          </Text>
        )}
      </Fieldset>
      <Fieldset legend="Thresholds" p="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {THRESHOLD_KEYS.map((key) => (
            <NumberInput
              key={form.key(`thresholds.${key}`)}
              label={THRESHOLD_LABELS[key].label}
              description={THRESHOLD_LABELS[key].hint}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={0}
              max={100}
              step={5}
              clampBehavior="blur"
              {...form.getInputProps(`thresholds.${key}`)}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {`${level} defaults: weights ${RATED_CATEGORIES.map((c) => defaults.categoryWeights[c]).join(' / ')}; advance at ${defaults.thresholds.advance}, discuss at ${defaults.thresholds.discuss}, coverage ${defaults.thresholds.minCoverage}%. Changing the level applies its defaults unless you have changed them.`}
        </Text>
        <Button variant="default" size="xs" onClick={() => applyLevelDefaults(form)}>
          {`Use ${level} defaults`}
        </Button>
      </Group>
    </SectionCard>
  );
}

function WeightShares({ form }: { form: JobForm }) {
  const weights = useFormSelector(form, 'categoryWeights', (values) => values.categoryWeights);
  const numbers = RATED_CATEGORIES.map((category) => Math.max(0, Number(weights[category]) || 0));
  const total = numbers.reduce((sum, value) => sum + value, 0);
  const shares = numbers.map((value) => (total > 0 ? (value / total) * 100 : 0));

  return (
    <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
      <Text size="sm" fw={600}>
        Share of the score
      </Text>
      {/* The bar repeats the list below it for the eye; the list is what assistive technology reads. */}
      <Progress.Root size="lg" aria-hidden>
        {RATED_CATEGORIES.map((category, i) => (
          <Progress.Section key={category} value={shares[i]} color={CATEGORY_COLORS[category]} />
        ))}
      </Progress.Root>
      <Group gap="md">
        {RATED_CATEGORIES.map((category, i) => (
          <Group key={category} gap={6} wrap="nowrap">
            <ColorSwatch color={`var(--mantine-color-${CATEGORY_COLORS[category]}-filled)`} size={10} aria-hidden />
            <Text size="sm">{`${CATEGORY_LABELS[category].plural}: ${Math.round(shares[i])}%`}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
