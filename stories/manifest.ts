/// <reference types="vite/client" />
import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * Storybook controls from the custom-elements manifests (`packages/*\/custom-elements.json`,
 * written by `npm run build` / `npm run manifests`): each story arg named like an element field
 * gets the attribute's name, JSDoc description, type and default. Without manifests the stories
 * keep their own short argTypes.
 */
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}

const manifests = Object.values(
  import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' }),
);

function attributesOf(tag: string): ManifestAttribute[] {
  for (const manifest of manifests) {
    for (const module of manifest.modules) {
      const element = module.declarations?.find((declaration) => declaration.tagName === tag);
      if (element) return element.attributes ?? [];
    }
  }
  return [];
}

/** `overrides` (controls, options) merged over what the manifest says about each arg of `tag`. */
export function argTypesFor(tag: string, args: readonly string[], overrides: ArgTypes = {}): ArgTypes {
  const result: ArgTypes = { ...overrides };
  for (const attribute of attributesOf(tag)) {
    const arg = attribute.fieldName;
    if (!arg || !args.includes(arg)) continue;
    result[arg] = {
      name: attribute.name,
      description: attribute.description,
      table: {
        category: 'attributes',
        type: attribute.type ? { summary: attribute.type.text } : undefined,
        defaultValue: attribute.default ? { summary: attribute.default } : undefined,
      },
      ...(result[arg] ?? {}),
    };
  }
  return result;
}
