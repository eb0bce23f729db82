import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items in order (in the host's shadow root), disabled ones included. */
  items: () => HTMLElement[];
  /** The index that holds the tab stop when focus is elsewhere: the checked item, else the first. */
  activeIndex: () => number;
  /** Called when arrows, Home or End move to `index` (a radio group selects it there). */
  onMove: (index: number) => void;
}

/**
 * One tab stop for a group of items (WAI-ARIA APG radio group, toolbar…):
 * only the active item has `tabindex="0"`, arrow keys move to the next or
 * previous item and wrap, Home and End go to the ends. Left and Right swap
 * in right-to-left text, as Material Web's selection controller does.
 */
export class RovingFocusController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.syncTabStops();
  }

  /** Gives the active item `tabindex="0"` and every other `-1`. */
  syncTabStops(): void {
    const items = this.options.items();
    const active = Math.max(0, Math.min(items.length - 1, this.options.activeIndex()));
    items.forEach((item, index) => (item.tabIndex = index === active ? 0 : -1));
  }

  /** Use as the group's `@keydown` handler. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    const current = items.findIndex((item) => item === event.composedPath()[0] || item.contains(event.target as Node));
    if (current < 0 || items.length === 0) return;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current + 1;
        break;
      case 'ArrowUp':
        next = current - 1;
        break;
      case 'ArrowRight':
        next = rtl ? current - 1 : current + 1;
        break;
      case 'ArrowLeft':
        next = rtl ? current + 1 : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    next = (next + items.length) % items.length;
    items.forEach((item, index) => (item.tabIndex = index === next ? 0 : -1));
    items[next]!.focus();
    this.options.onMove(next);
  };
}
