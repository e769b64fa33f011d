// jsdom lacks a few browser APIs Ant Design relies on. Import this first in component tests
// (the root Vitest config is shared with other workspaces, so it carries no web-specific setup file).
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
const origGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element, pseudo?: string | null) =>
  origGetComputedStyle(elt, pseudo ?? undefined);

afterEach(() => cleanup());

// The first Ant Design render in a worker builds its CSS-in-JS cache; on a busy CI machine that alone can pass
// Vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });
