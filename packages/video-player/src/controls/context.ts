import type { ReactiveControllerHost } from 'lit';
import type { MediaState } from '../controllers/media-state.ts';
import type { Locale, StringKey } from '../i18n/index.ts';
import type { MediaRequests, MediaRequestType } from '../requests.ts';
import type { CaptionStyle } from './caption-style.ts';

/** The menus the control bar opens; one at a time. */
export type MenuName = 'captions' | 'style' | 'audio' | 'quality' | 'rate';

/** Chapters on the time slider (rendered by the code that loads with them). */
export interface ChapterMarks {
  /** A mark where each chapter after the first starts; `at` places a time along the slider (0–1). */
  marks(at: (time: number) => number): unknown;
  /** The title of the chapter at `time`, for the preview. */
  title(time: number): unknown;
}

/** What a storyboard preview needs, resolved by the element. */
export interface StoryboardSource {
  src?: string;
  playbackId?: string;
  customDomain?: string;
  token?: string;
  assetStartTime?: string;
  assetEndTime?: string;
}

/** Everything a control renders from and acts through, built once per render. */
export interface ControlsContext {
  host: ReactiveControllerHost & HTMLElement;
  s: MediaState;
  locale: Locale;
  t(key: StringKey, values?: Record<string, string | number>): string;
  send<K extends MediaRequestType>(type: K, detail: MediaRequests[K]): void;
  forwardOffset: number;
  backwardOffset: number;
  rates: number[];
  rtl: boolean;
  menu: MenuName | null;
  setMenu(menu: MenuName | null, returnFocus?: boolean): void;
  /** Starts loading the popups' code (a pointer or focus on a menu button: a menu is about to open). */
  loadMenus: () => void;
  captionStyle: CaptionStyle;
  setCaptionStyle(style: CaptionStyle): void;
  storyboard: StoryboardSource | undefined;
  chapters: ChapterMarks | undefined;
  showRemaining: boolean;
  toggleRemaining(): void;
}
