/**
 * What the widgets need to exist on the server, installed before their modules
 * load: the constructors of Lit's DOM shim (`Element`, `ShadowRoot`, the observers)
 * — inert classes, no `document`, `window` or `location`. Code that reads the page
 * asks `src/internal/page.ts`, which answers for the render in progress.
 *
 * Lit's renderer calls `willUpdate` but skips the controllers' `hostUpdate`, where
 * `LoadController` chooses what to show; the renderer in `render.ts` runs it, with
 * the controllers recorded here as elements add them.
 */
import {
  Element,
  HTMLElement,
  IntersectionObserver,
  MutationObserver,
  ResizeObserver,
  ShadowRoot,
} from '@lit-labs/ssr-dom-shim';
import { ReactiveElement, type ReactiveController, type ReactiveControllerHost } from 'lit';

const shims: Record<string, unknown> = { Element, HTMLElement, ShadowRoot, ResizeObserver, MutationObserver, IntersectionObserver };
for (const [name, shim] of Object.entries(shims)) {
  (globalThis as Record<string, unknown>)[name] ??= shim;
}

const controllers = new WeakMap<ReactiveControllerHost, ReactiveController[]>();
const addController = ReactiveElement.prototype.addController;
ReactiveElement.prototype.addController = function (this: ReactiveElement, controller: ReactiveController) {
  addController.call(this, controller);
  const list = controllers.get(this) ?? [];
  list.push(controller);
  controllers.set(this, list);
};

/** Runs the controllers' `hostUpdate` as the browser would before a render. */
export function runHostUpdate(host: ReactiveControllerHost): void {
  for (const controller of controllers.get(host) ?? []) controller.hostUpdate?.();
}
