import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  airplayButton,
  fullscreenButton,
  liveButton,
  pipButton,
  playButton,
  seekButtons,
  timeDisplay,
  volumeControls,
} from '../controls/buttons.ts';
import { captionCss } from '../controls/caption-style.ts';
import type { ChapterMarks, ControlsContext, MenuName, StoryboardSource } from '../controls/context.ts';
import { menuButton } from '../controls/menu.ts';
import { PopupLoader } from '../controls/popup-loader.ts';
import { centerPlay, errorOverlay, loading } from '../controls/overlays.ts';
import { TimeSlider } from '../controls/time-slider.ts';
import { MediaRequestEvent, type MediaRequests, type MediaRequestType } from '../requests.ts';
import { ActivityController } from './activity.ts';
import type { AnnouncerController } from './announcer.ts';
import type { LocaleController } from './locale.ts';
import type { MediaState } from './media-state.ts';
import type { PreferencesController } from './preferences.ts';

const DOUBLE_TAP_MS = 300;

/** What the controls read from the element: its attributes for them and the state store. */
export interface ControlsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly mediaState: MediaState;
  readonly paused: boolean;
  forwardSeekOffset: number;
  backwardSeekOffset: number;
  playbackRates: number[];
  audio: boolean;
  primaryColor?: string | undefined;
  secondaryColor?: string | undefined;
  accentColor?: string | undefined;
}

/** The parts the controls render with, each owned by its own controller. */
export interface ControlsParts {
  locale: LocaleController;
  preferences: PreferencesController;
  announcer: AnnouncerController;
  /** The title shown over the video and naming the player, if any. */
  title(): string | undefined;
  /** Where the time slider's previews come from, or undefined for none. */
  storyboard(): StoryboardSource | undefined;
  /** Chapters' marks and titles for the time slider, once a page has added chapters. */
  chapters(): ChapterMarks | undefined;
}

/**
 * The control layer: renders from the state store and sends requests; owns what only the UI
 * knows (the open menu, the shortcuts overlay, remaining-time display, touch and focus state).
 */
export class ControlsController implements ReactiveController {
  help = false;
  menu: MenuName | null = null;
  readonly activity: ActivityController;
  readonly #slider: TimeSlider;
  readonly #popups: PopupLoader;
  readonly #host: ControlsHost;
  readonly #parts: ControlsParts;
  /** Set once the viewer toggles; until then Mux Player's `default-show-remaining-time` decides. */
  #showRemaining: boolean | undefined;
  #menuOpened = false;
  #helpShown = false;
  #returnFocus: MenuName | null = null;
  #tap: { time: number; wasIdle: boolean } | undefined;
  #mouse = false;
  /** The colour attributes last applied (none: two empty lines). */
  #colors = '\n\n';

  constructor(host: ControlsHost, parts: ControlsParts) {
    this.#host = host;
    this.#parts = parts;
    this.activity = new ActivityController(host, () => this.#canIdle());
    this.#slider = new TimeSlider(host);
    this.#popups = new PopupLoader(host);
    host.addController(this);
  }

  hostConnected(): void {
    // The time slider renders `<storyboard-preview>`, so the player works without `define` too. It
    // is only seen on hover, so it arrives in its own chunk and upgrades the element when defined.
    if (!customElements.get('storyboard-preview')) void import('@videokit/storyboard-preview/define');
  }

  /** Sends a request as a control would (from inside the shadow root, so it carries its origin). */
  send<K extends MediaRequestType>(type: K, detail: MediaRequests[K]): void {
    this.#host.renderRoot.dispatchEvent(new MediaRequestEvent(type, detail));
  }

  toggleHelp(): void {
    this.help = !this.help;
    this.#helpShown = false;
    this.#host.requestUpdate();
  }

  /**
   * Focus follows menus and the help: into an opened one, back to its button when it closes by
   * keyboard. The colour attributes are checked and applied by a module loaded with the first one set.
   */
  hostUpdated(): void {
    const host = this.#host;
    const colors = [host.primaryColor, host.secondaryColor, host.accentColor].join('\n');
    const layer = this.#find('.ui');
    if (colors !== this.#colors && layer) {
      this.#colors = colors;
      void import('../controls/css-color.ts').then(({ applyColors }) => applyColors(host, layer));
    }
    // A popup's first opening renders once its code has loaded: focus moves in then.
    const close = this.help && !this.#helpShown ? this.#find('.help .close') : null;
    close?.focus();
    this.#helpShown ||= !!close;
    const menu = this.menu && !this.#menuOpened ? this.#find('.menu') : null;
    (menu?.querySelector<HTMLElement>('[aria-checked=true]') ?? menu?.querySelector<HTMLElement>('button'))?.focus();
    this.#menuOpened = !!this.menu && (this.#menuOpened || !!menu);
    if (this.#returnFocus) {
      this.#find(`[data-menu=${this.#returnFocus === 'style' ? 'captions' : this.#returnFocus}]`)?.focus();
      this.#returnFocus = null;
    }
  }

  /** Everything over the video; `castButton` renders the cast slot's default in the player's locale. */
  render(castButton: (t: LocaleController['t']) => unknown): TemplateResult {
    const host = this.#host;
    const ctx = this.context();
    const { s } = ctx;
    const { locale } = this.#parts.locale;
    const title = this.#parts.title();
    // A plain class string: nothing else sets classes on this layer, so classMap's bookkeeping buys nothing.
    const flags = {
      idle: this.activity.idle,
      paused: s.paused,
      live: s.live,
      started: s.started,
      failed: !!s.error?.fatal,
    };
    const classes = [
      'ui',
      ...Object.entries(flags)
        .filter(([, on]) => on)
        .map(([flag]) => flag),
    ].join(' ');
    return html`<div
      class=${classes}
      part="controls-layer layer vertical-layer"
      role="region"
      aria-label=${title ?? (host.audio ? ctx.t('audioPlayer') : ctx.t('player'))}
      dir=${locale.dir}
      lang=${locale.lang}
      tabindex="-1"
      @pointerdown=${(event: PointerEvent) => this.#closeMenuOutside(event)}
    >
      <div
        class="gesture"
        part="gesture-layer layer"
        @pointerdown=${() => (this.#tap = { time: this.#tap?.time ?? 0, wasIdle: this.activity.idle })}
        @pointerup=${(event: PointerEvent) => this.#onTap(event, s)}
        @dblclick=${() => {
          if (this.#mouse) this.send('fullscreen-request', !s.fullscreen);
        }}
      ></div>
      ${title ? html`<div class="title" part="title top title display">${title}</div>` : nothing} ${loading(ctx)}
      ${centerPlay(ctx)} ${errorOverlay(ctx)}
      <div class="bar" part="control-bar bottom">
        ${this.#slider.render(ctx)}
        <div class="row">
          ${playButton(ctx)} ${seekButtons(ctx)} ${volumeControls(ctx)} ${timeDisplay(ctx)} ${liveButton(ctx)}
          <span class="spacer"></span>
          <slot name="controls"></slot>
          ${s.textTracks.length ? menuButton(ctx, 'captions', 'captions', ctx.t('captions')) : nothing}
          ${s.audioTracks.length > 1 ? menuButton(ctx, 'audio', 'audio', ctx.t('audioTrack')) : nothing}
          ${s.renditions.length > 1 ? menuButton(ctx, 'quality', 'quality', ctx.t('quality')) : nothing}
          ${s.live && !s.dvr ? nothing : menuButton(ctx, 'rate', 'rate', ctx.t('rate'))} ${pipButton(ctx)}
          ${airplayButton(ctx)}
          <slot name="cast-button">${castButton((key) => ctx.t(key))}</slot>
          ${fullscreenButton(ctx)}
        </div>
      </div>
      ${this.menu ? this.#popups.render((popups) => popups.openMenu(ctx)) : nothing}
      ${this.help ? this.#popups.render((popups) => popups.shortcutsHelp(ctx, () => this.#closeHelp())) : nothing}
      ${this.#parts.announcer.render()}
    </div>`;
  }

  /**
   * The `<video>`'s own style: caption style custom properties (the `::cue` rule reads them from
   * the video, so they must be set there) and how far cues move up to clear the visible bar.
   */
  videoStyle(): Record<string, string> {
    const barShown = !this.activity.idle && !this.#host.mediaState.error?.fatal;
    return { ...captionCss(this.#parts.preferences.captionStyle), '--vk-cue-lift': barShown ? '4.75rem' : '0px' };
  }

  /** What the controls render from and act through now (code loaded later renders with it too). */
  context(): ControlsContext {
    const host = this.#host;
    const { locale, t } = this.#parts.locale;
    const preferences = this.#parts.preferences;
    const showRemaining = this.#showRemaining ?? host.hasAttribute('default-show-remaining-time');
    return {
      host,
      s: host.mediaState,
      locale,
      t,
      send: (type, detail) => this.send(type, detail),
      forwardOffset: host.forwardSeekOffset,
      backwardOffset: host.backwardSeekOffset,
      rates: host.playbackRates,
      rtl: locale.dir === 'rtl',
      menu: this.menu,
      setMenu: (menu, returnFocus) => this.#setMenu(menu, returnFocus),
      loadMenus: this.#popups.load,
      captionStyle: preferences.captionStyle,
      setCaptionStyle: (style) => preferences.setCaptionStyle(style),
      storyboard: this.#parts.storyboard(),
      chapters: this.#parts.chapters(),
      showRemaining,
      toggleRemaining: () => {
        this.#showRemaining = !showRemaining;
        host.requestUpdate();
      },
    };
  }

  #find(selector: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(selector);
  }

  #canIdle(): boolean {
    const active = this.#host.shadowRoot?.activeElement;
    return !this.#host.audio && !this.#host.paused && !this.menu && !this.help && !active?.matches(':focus-visible');
  }

  #setMenu(menu: MenuName | null, returnFocus = false): void {
    if (returnFocus && this.menu) this.#returnFocus = this.menu;
    this.#menuOpened = this.#menuOpened && !!menu && menu === this.menu;
    this.menu = menu;
    this.#host.requestUpdate();
  }

  #closeHelp(): void {
    this.help = false;
    this.#host.requestUpdate();
    this.#find('.ui')?.focus();
  }

  #closeMenuOutside(event: PointerEvent): void {
    if (!this.menu) return;
    const inside = event.composedPath().some((node) => node instanceof Element && node.matches('.menu, .menu-button'));
    if (!inside) this.#setMenu(null);
  }

  /** Mouse: click toggles play. Touch: tap toggles the controls; a double tap on a side seeks. */
  #onTap(event: PointerEvent, s: MediaState): void {
    const tap = this.#tap;
    this.#find('.ui')?.focus({ preventScroll: true });
    this.#mouse = event.pointerType === 'mouse';
    if (this.#mouse) {
      if (event.button === 0) this.send(s.paused ? 'play-request' : 'pause-request', undefined);
      return;
    }
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const side = (event.clientX - rect.left) / rect.width;
    if (tap && event.timeStamp - tap.time < DOUBLE_TAP_MS && (side < 1 / 3 || side > 2 / 3)) {
      const forward = side > 2 / 3 !== (this.#parts.locale.locale.dir === 'rtl');
      if (!s.live || s.dvr) {
        const host = this.#host;
        this.send('seek-request', s.time + (forward ? host.forwardSeekOffset : -host.backwardSeekOffset));
      }
      this.activity.wake();
      this.#tap = undefined;
      return;
    }
    this.#tap = { time: event.timeStamp, wasIdle: tap?.wasIdle ?? false };
    if (tap?.wasIdle) this.activity.wake();
    else this.activity.sleep();
  }
}
