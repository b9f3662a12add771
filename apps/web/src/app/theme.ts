import { createTheme } from '@mantine/core';

// System fonts only: Inter is used when installed locally, nothing is downloaded.
const fontStack =
  "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  defaultRadius: 'md',
  focusRing: 'auto',
});
