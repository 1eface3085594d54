/**
 * @videokit/storyboard-preview: `<storyboard-preview>`, timeline hover thumbnails. Importing this
 * module registers nothing; import `@videokit/storyboard-preview/define` for that.
 */
export { StoryboardPreview } from './storyboard-preview.ts';
export { StoryboardErrorEvent, StoryboardLoadEvent } from './events.ts';
export {
  parseStoryboard,
  parseStoryboardJson,
  parseStoryboardVtt,
  StoryboardParseError,
  tileAt,
  type Storyboard,
  type StoryboardTile,
} from './storyboard.ts';
