/** Storyboard sheets, each fetched and decoded once per page and shared by every preview. */
const sheets = new Map<string, Promise<HTMLImageElement>>();

/** The decoded sheet at `url`; a failure is forgotten so a later call can try again. */
export function loadSheet(url: string): Promise<HTMLImageElement> {
  let sheet = sheets.get(url);
  if (!sheet) {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.src = url;
    sheet = image.decode().then(
      () => image,
      () => {
        sheets.delete(url);
        throw new Error(`the storyboard sheet ${url} did not load`);
      },
    );
    sheets.set(url, sheet);
  }
  return sheet;
}
