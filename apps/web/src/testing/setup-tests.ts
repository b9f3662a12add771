import '@testing-library/jest-dom';
import { cleanNotifications } from '@mantine/notifications';
import { configure } from '@testing-library/react';

// CI runs every project at once on two cores: a lazy route's first render can take seconds there.
configure({ asyncUtilTimeout: 5_000 });
// Long user stories (typing a whole job description) under the same load.
jest.setTimeout(60_000);

// Mantine relies on browser APIs that jsdom does not implement.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

Element.prototype.scrollIntoView = () => {};

// jsdom's Blob has no text(), which browsers have and file uploads use.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}

const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

const unmockedFetch = (async (input: RequestInfo | URL) => {
  throw new Error(`fetch was called without a mock: ${String(input)}`);
}) as typeof fetch;

beforeEach(() => {
  globalThis.fetch = unmockedFetch;
  // The notifications store is module-level; without this, messages leak between tests.
  cleanNotifications();
});
