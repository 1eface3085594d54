/**
 * Storyboard sheets, each fetched and decoded once and shared by every preview of it. A page
 * that shows many videos (a feed) would otherwise keep every decoded sheet it ever showed, so
 * only the most recently asked-for sheets stay; an older one is fetched again (from the HTTP
 * cache) and decoded again if it is asked for later.
 */
export const MAX_SHEETS = 8;

/** By URL, the least recently asked for first. */
const sheets = new Map<string, Promise<HTMLImageElement>>();

/** The decoded sheet at `url`; a failure is forgotten so a later call can try again. */
export function loadSheet(url: string): Promise<HTMLImageElement> {
  const kept = sheets.get(url);
  if (kept) {
    sheets.delete(url);
    sheets.set(url, kept);
    return kept;
  }
  const image = new Image();
  image.crossOrigin = 'anonymous';
  image.src = url;
  const sheet = image.decode().then(
    () => image,
    () => {
      if (sheets.get(url) === sheet) sheets.delete(url);
      throw new Error(`the storyboard sheet ${url} did not load`);
    },
  );
  sheets.set(url, sheet);
  for (const oldest of sheets.keys()) {
    if (sheets.size <= MAX_SHEETS) break;
    sheets.delete(oldest);
  }
  return sheet;
}

/** How many sheets are kept now (for tests). */
export const keptSheets = (): number => sheets.size;
