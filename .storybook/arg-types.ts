/**
 * The argument table of an element, from custom-elements.json, as a developer
 * reads it: its public properties (with the attribute each one reflects) as
 * text, number or boolean controls; events, slots, CSS parts and CSS custom
 * properties listed without controls; nothing internal (protected and private
 * members, statics, methods). Storybook's own reading keys every row by name
 * alone, so a contact box's `name` attribute was overwritten by its `name`
 * CSS part; here each kind has its own key.
 */
interface Item {
  kind?: string;
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  default?: string;
  type?: { text?: string };
}

interface Declaration {
  tagName?: string;
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

type ArgType = Record<string, unknown>;

/** A control that fits the property's type: a choice for a union of words, else text, number or boolean. */
function control(type: string): unknown {
  const plain = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (plain === 'boolean') return 'boolean';
  if (plain === 'number') return 'number';
  const words = plain.split('|').map((part) => part.trim());
  if (words.length > 1 && words.every((word) => /^'[^']*'$/.test(word))) return { type: 'select' };
  return plain === 'string' || words.every((word) => /^'[^']*'$/.test(word)) ? 'text' : false;
}

function options(type: string): string[] | undefined {
  const words = type.replace(/\s*\|\s*undefined/g, '').split('|').map((part) => part.trim());
  return words.length > 1 && words.every((word) => /^'[^']*'$/.test(word)) ? words.map((word) => word.slice(1, -1)) : undefined;
}

const listed = (category: string, item: Item): ArgType => ({
  name: item.name,
  description: item.description,
  control: false,
  table: { category },
});

export function argTypesFor(tagName: string, manifest: Manifest): Record<string, ArgType> {
  const declaration = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return {};
  const argTypes: Record<string, ArgType> = {};
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy === 'private' || member.privacy === 'protected') continue;
    const type = member.type?.text ?? '';
    argTypes[member.name] = {
      name: member.name,
      description: member.attribute ? `${member.description ?? ''}\n\nAttribute: \`${member.attribute}\`` : member.description,
      // An attribute is always text on the page: a type the table cannot read (an alias such as
      // QuestionKey) still gets a text control.
      control: member.readonly ? false : control(type) || (member.attribute ? 'text' : false),
      options: options(type),
      table: { category: member.attribute ? 'attributes' : 'properties', type: { summary: type }, defaultValue: { summary: member.default } },
    };
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = listed('events', event);
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name || 'default'}`] = listed('slots', { ...slot, name: slot.name || '(default)' });
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = listed('css shadow parts', part);
  for (const property of declaration.cssProperties ?? []) argTypes[`cssprop:${property.name}`] = listed('css custom properties', property);
  return argTypes;
}
