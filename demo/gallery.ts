/// <reference types="vite/client" />
// The visual-test gallery: every baseline under test/visual/baselines, grouped by what it shows,
// and, after a run that failed, the actual and diff images written to test/visual/output.
import { element } from './page.ts';

const urls = (images: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(images).map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.png$/, ''), url]));

const baselines = urls(
  import.meta.glob<string>('../test/visual/baselines/*.png', { eager: true, query: '?url', import: 'default' }),
);
const outputs = urls(
  import.meta.glob<string>('../test/visual/output/*.png', { eager: true, query: '?url', import: 'default' }),
);

/** Sections in review order; a state goes to the first whose pattern matches its name. */
const SECTIONS: [title: string, pattern: RegExp][] = [
  ['Sizes', /^paused-/],
  ['Playback', /^(playing|center-play|buffering|error|audio-only|rtl|storyboard|volume|muted)/],
  ['Captions', /^captions-/],
  ['Menus', /^menu-/],
  ['Live', /^live/],
  ['Themes', /^theme-/],
  ['Keyboard focus', /^focus-/],
  ['Uploader', /^uploader-/],
  ['Ads', /^ad-/],
  ['Other', /./],
];

const label = (name: string): string => name.replace(/-/g, ' ');

function figure(name: string, url: string): HTMLElement {
  const item = document.createElement('figure');
  item.id = name;
  const actual = outputs.get(`${name}.actual`);
  const diff = outputs.get(`${name}.diff`);
  const image = (src: string, alt: string): HTMLImageElement =>
    Object.assign(new Image(), { src, alt, loading: 'lazy' });
  if (actual) {
    item.classList.add('changed');
    const pair = document.createElement('div');
    pair.className = 'pair';
    pair.append(image(url, `${label(name)}: baseline`), image(actual, `${label(name)}: this run`));
    if (diff) pair.append(image(diff, `${label(name)}: differences`));
    item.append(pair);
  } else {
    item.append(image(url, label(name)));
  }
  const caption = document.createElement('figcaption');
  caption.append(`${label(name)}${actual ? ' — changed in the last run' : ''} `);
  const file = document.createElement('code');
  file.textContent = `${name}.png`;
  caption.append(file);
  item.append(caption);
  return item;
}

const gallery = element('gallery', HTMLDivElement);
const names = [...baselines.keys()].sort();
const placed = new Set<string>();
for (const [title, pattern] of SECTIONS) {
  const members = names.filter((name) => !placed.has(name) && pattern.test(name));
  if (!members.length) continue;
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = `${title} (${String(members.length)})`;
  const grid = document.createElement('div');
  grid.className = 'states';
  for (const name of members) {
    placed.add(name);
    grid.append(figure(name, baselines.get(name) ?? ''));
  }
  section.append(heading, grid);
  gallery.append(section);
}
const changed = names.filter((name) => outputs.has(`${name}.actual`)).length;
element('summary', HTMLParagraphElement).textContent =
  `${String(names.length)} states` + (changed ? `; ${String(changed)} changed in the last run` : '');
