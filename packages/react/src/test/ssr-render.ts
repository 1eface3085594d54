// Renders every fixture with react-dom/server and prints `{ name: html }` as JSON.
// Usage: node --import tsx ssr-render.ts DOMAIN
import { renderToString } from 'react-dom/server';
import { fixtures } from './fixtures.tsx';

const domain = process.argv[2] ?? 'localhost:4000';
const html = Object.fromEntries(
  Object.entries(fixtures).map(([name, fixture]) => [name, renderToString(fixture(domain))]),
);
process.stdout.write(JSON.stringify(html));
