const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom without the Fetch API is not enough for react-router's data routers, which build a
 * `Request` (with an AbortSignal) for every navigation. Node has these globals; jsdom hides
 * them. The signal classes travel together so `new Request(url, { signal })` accepts them.
 */
const FROM_NODE = [
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'structuredClone',
];

class WebTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = WebTestEnvironment;
