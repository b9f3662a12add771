import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { contrastRatio, cssVariablesResolver, over, readableOn, theme } from './theme';

const { colors } = DEFAULT_THEME;
const variables = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));

describe('readableOn', () => {
  it('keeps a colour that already reads at AA', () => {
    expect(readableOn(colors.indigo[9], '#ffffff')).toBe(colors.indigo[9]);
  });

  it('darkens on a light background and lightens on a dark one, keeping the hue', () => {
    const onWhite = readableOn(colors.yellow[9], '#ffffff');
    expect(contrastRatio(colors.yellow[9], '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio(onWhite, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const onDark = readableOn(colors.red[8], colors.dark[6]);
    expect(contrastRatio(colors.red[8], colors.dark[6])).toBeLessThan(4.5);
    expect(contrastRatio(onDark, colors.dark[6])).toBeGreaterThanOrEqual(4.5);
    expect(onDark).not.toBe('#ffffff');
  });
});

describe('the theme colours', () => {
  it.each(Object.keys(colors))('%s light-variant text reads at AA on its hovered tint, in both schemes', (name) => {
    const shades = colors[name];
    const light = variables.light[`--mantine-color-${name}-light-color`];
    expect(contrastRatio(light, over(shades[8], 0.12, '#ffffff'))).toBeGreaterThanOrEqual(4.5);
    const dark = variables.dark[`--mantine-color-${name}-light-color`];
    expect(contrastRatio(dark, over(shades[6], 0.2, colors.dark[5]))).toBeGreaterThanOrEqual(4.5);
  });

  it('draws errors and links at AA on white and on the lightest dark surface', () => {
    expect(contrastRatio(variables.light['--mantine-color-error'], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variables.dark['--mantine-color-error'], colors.dark[5])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variables.dark['--mantine-color-anchor'], colors.dark[5])).toBeGreaterThanOrEqual(4.5);
  });
});
