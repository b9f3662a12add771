import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';

// System fonts only: Inter is used when installed locally, nothing is downloaded.
const fontStack = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white text on filled buttons above 4.5:1 (indigo-6 is 4.3:1).
  primaryShade: { light: 8, dark: 8 },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  defaultRadius: 'md',
  focusRing: 'auto',
  components: {
    // Plain objects rather than Notification.extend(), which would import the component here.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine hard-codes gray-6 for a titled notification's text (3.3:1 on white).
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});

/**
 * Mantine's default dimmed text and light/outline variant text fall below WCAG AA contrast
 * (gray-6 on white is 3.3:1, dark-2 on dark-7 is 4.0:1); shade 9 text on light tints and
 * the darker dimmed grays pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-outline`, `var(--mantine-color-${color}-9)`],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
  },
});
