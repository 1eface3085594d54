import { renderToString } from 'react-dom/server';
import { App } from './App';

/** The app rendered on the server, as a framework would. */
export function render(domain: string): string {
  return renderToString(<App domain={domain} />);
}
