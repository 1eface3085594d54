/**
 * A URL as a CSS `url()` value that cannot end early: inside the quoted string, quotes,
 * backslashes, line breaks and other control characters are hex escapes, so whatever the URL
 * holds (`"); position: fixed`…) it stays one URL of one declaration.
 */
export function cssUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = url.replace(/["\\\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `url("${escaped}")`;
}
