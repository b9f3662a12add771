import {
  createTheme,
  darken,
  DEFAULT_THEME,
  lighten,
  luminance,
  toRgba,
  type CSSVariablesResolver,
} from '@mantine/core';

/** WCAG 2 AA for normal-size text (1.4.3). */
const AA_TEXT_CONTRAST = 4.5;
const WHITE = '#ffffff';
// Shade 8 keeps white text on filled buttons above 4.5:1 (indigo-6 is 4.3:1).
const PRIMARY_SHADE_LIGHT = 8;

// System fonts only: Inter is used when installed locally, nothing is downloaded.
const fontStack = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: PRIMARY_SHADE_LIGHT, dark: 8 },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  defaultRadius: 'md',
  focusRing: 'auto',
  // Filled badges and buttons keep white text while it reads at AA, black text past that luminance
  // (white on teal-8 is 3.9:1, black 5.3:1; white on red-8 still 4.5:1).
  autoContrast: true,
  luminanceThreshold: (1 + 0.05) / AA_TEXT_CONTRAST - 0.05,
  components: {
    // Plain objects rather than Notification.extend(), which would import the component here.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine hard-codes gray-6 for a titled notification's text (3.3:1 on white).
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
    // A dialog's close button is an icon alone: without a name it reads as "button".
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // Mantine's focus placeholder is a bare focusable <div> inside role="menu", which may own menu items only.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  },
});

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** A translucent colour as it shows over an opaque surface. */
export function over(color: string, alpha: number, surface: string): string {
  const top = toRgba(color);
  const base = toRgba(surface);
  const mix = (a: number, b: number) => Math.round(a * alpha + b * (1 - alpha));
  return `rgb(${mix(top.r, base.r)}, ${mix(top.g, base.g)}, ${mix(top.b, base.b)})`;
}

/**
 * The colour itself when text in it already reads at AA on the background; else the same hue
 * darkened (on a light background) or lightened (on a dark one) in 5% steps until it does.
 */
export function readableOn(color: string, background: string): string {
  const onLight = contrastRatio(background, '#000000') >= contrastRatio(background, WHITE);
  for (let step = 0; step < 20; step += 1) {
    const amount = step * 0.05;
    const candidate = step === 0 ? color : onLight ? darken(color, amount) : lighten(color, amount);
    if (contrastRatio(candidate, background) >= AA_TEXT_CONTRAST) return candidate;
  }
  return onLight ? '#000000' : WHITE;
}

const { colors } = DEFAULT_THEME;
/** The lightest surface text sits on in the dark scheme: a hovered row or menu item (dark-5). */
const DARK_SURFACE = colors.dark[5];
// Mantine draws light variants on the filled shade at 10–12% over white (light scheme), and shade 6
// at 15–20% (dark scheme); the hover tint is the harder one to read on.
const lightVariantOnLight = (shades: readonly string[]) => over(shades[PRIMARY_SHADE_LIGHT], 0.12, WHITE);
const lightVariantOnDark = (shades: readonly string[]) => over(shades[6], 0.2, DARK_SURFACE);

/**
 * Mantine's defaults fall below WCAG AA contrast in places: dimmed text (gray-6 on white is 3.3:1,
 * dark-2 on dark-7 is 4.0:1), light-variant text (green-9 on its own tint is 3.9:1, yellow-9 2.7:1),
 * outline and coloured text, links on a hovered row in the dark scheme, and the error red (red-6 on
 * white is 3.3:1, red-8 on dark-6 3.0:1). Each is replaced by the nearest colour of the same hue
 * that passes on the background it is drawn on.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': readableOn(colors.red[9], WHITE),
    ...Object.fromEntries(
      Object.entries(colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, readableOn(shades[9], lightVariantOnLight(shades))],
        [`--mantine-color-${name}-outline`, readableOn(shades[9], WHITE)],
        [`--mantine-color-${name}-text`, readableOn(shades[PRIMARY_SHADE_LIGHT], WHITE)],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': readableOn(colors.red[8], DARK_SURFACE),
    '--mantine-color-anchor': readableOn(colors[theme.primaryColor][4], DARK_SURFACE),
    ...Object.fromEntries(
      Object.entries(colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, readableOn(shades[3], lightVariantOnDark(shades))],
        [`--mantine-color-${name}-outline`, readableOn(shades[4], DARK_SURFACE)],
        [`--mantine-color-${name}-text`, readableOn(shades[4], DARK_SURFACE)],
      ]),
    ),
  },
});
