import { nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { interruptionProgress } from '../controls/interruption-progress.ts';
import type { MediaRequestType } from '../requests.ts';
import type { Interruption, TargetKind } from '../targets/target.ts';
import type { ControlsController } from './controls.ts';

export interface InterruptionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly playbackTarget: TargetKind;
}

/** Requests that act on the content only: during an interruption they would change what is not playing. */
const CONTENT_ONLY_REQUESTS: readonly MediaRequestType[] = [
  'select-text-track-request',
  'select-audio-track-request',
  'select-rendition-request',
  'rate-request',
  'loop-request',
  'pip-request',
  'airplay-request',
];

/** What the break hides (see interruption.ts) and could hold focus, apart from the content's slider. */
const STEPPING_ASIDE = '.menu, .menu-button, .pip, .airplay, .seek-backward, .seek-forward';

/** Where focus goes after the next render: to what stands in for the control that had it. */
type FocusMove = 'progress' | 'slider' | 'play';
const FOCUS_TARGETS: Record<FocusMove, string> = {
  progress: '.interruption-timeline [part~="time-slider"]',
  slider: 'input[part~="time-slider"]',
  play: '.bar button.play',
};

/**
 * The controls while an interruption (an ad break) plays, added with the first one: the time
 * slider shows the interruption's progress and cannot seek; the content's menus close, and what
 * the player's own controls and keys ask of the content alone is not done; a pause or resume,
 * whoever asks for it, shows the controls as it does for the content.
 */
export class InterruptionControls implements ReactiveController {
  readonly #host: InterruptionHost;
  readonly #controls: ControlsController;
  #interruption: Interruption | undefined;
  /** The interruption's `paused` at the last update; undefined outside one. */
  #paused: boolean | undefined;
  #focus: FocusMove | undefined;
  #listeners: AbortController | undefined;
  #container: HTMLElement | undefined;

  constructor(host: InterruptionHost, controls: ControlsController) {
    this.#host = host;
    this.#controls = controls;
    host.addController(this);
  }

  /** The interruption that plays now (the player's `interrupt()` just took it). */
  follow(interruption: Interruption): void {
    this.#interruption = interruption;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    // On the shadow root: what the bar, its menus, slotted controls and the keys send passes it first.
    for (const type of CONTENT_ONLY_REQUESTS) {
      this.#host.renderRoot.addEventListener(type, (event) => this.#active() && event.stopImmediatePropagation(), {
        signal: this.#listeners.signal,
      });
    }
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
  }

  /** Before rendering, so the render shows the outcome: menus closed, the controls awake. */
  hostUpdate(): void {
    const interruption = this.#active();
    const focused = this.#host.shadowRoot?.activeElement;
    if (interruption && this.#paused === undefined) {
      // Every menu is the content's (captions, audio, quality, speed): they close with the break's start.
      // Focus on a control that steps aside goes to what stands in for it, or to play.
      if (focused?.matches('input[part~="time-slider"]')) this.#focus = 'progress';
      else if (focused?.closest(STEPPING_ASIDE)) this.#focus = 'play';
      this.#controls.menu = null;
    } else if (interruption && interruption.paused !== this.#paused) {
      this.#controls.activity.wake();
    } else if (!interruption && this.#paused !== undefined && focused?.closest('.interruption-timeline')) {
      this.#focus = 'slider';
    }
    this.#paused = interruption?.paused;
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const interruption = this.#active();
    const place = this.#place(root);
    if (place) render(interruption ? interruptionProgress(interruption, this.#controls.context()) : nothing, place);
    if (this.#focus) root.querySelector<HTMLElement>(FOCUS_TARGETS[this.#focus])?.focus();
    this.#focus = undefined;
  }

  /**
   * Where the progress renders: an element of its own at the start of the bar, where the content's
   * slider is (Lit keeps the bar's own content after it and never touches it).
   */
  #place(root: HTMLElement | DocumentFragment): HTMLElement | undefined {
    const bar = root.querySelector('.bar');
    if (!bar) return undefined;
    if (this.#container?.parentNode !== bar) {
      this.#container = document.createElement('div');
      this.#container.className = 'interruption-progress';
      bar.prepend(this.#container);
    }
    return this.#container;
  }

  #active(): Interruption | undefined {
    return this.#host.playbackTarget === 'interruption' ? this.#interruption : undefined;
  }
}
