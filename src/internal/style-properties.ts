import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Record<string, string>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`). A page
 * with a strict Content-Security-Policy (`style-src 'self'`, no
 * `'unsafe-inline'`) blocks `style="…"` attributes — and Lit's `styleMap`
 * writes the attribute on its first render — but allows CSSOM changes.
 * Use on an element: `<span ${styleProperties({ width: '40%' })}></span>`.
 */
class StylePropertiesDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() goes on an element, not in an attribute');
  }

  render(_properties: Properties) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
