import type { LocalVideo } from './local-video.ts';
import type { Interruption, InterruptionHandle, PlaybackTarget, TargetKind } from './target.ts';

/**
 * Who plays now. The content plays on the local video or, while casting, on the receiver; an
 * interruption (an ad break) takes `play()`, `pause()` and `paused` over until it ends.
 */
export class PlaybackTargets {
  readonly local: LocalVideo;
  #remote: PlaybackTarget | undefined;
  #interruption: Interruption | undefined;
  readonly #changed: () => void;

  constructor(local: LocalVideo, changed: () => void) {
    this.local = local;
    this.#changed = changed;
  }

  get kind(): TargetKind {
    return this.#interruption ? 'interruption' : this.#remote ? 'cast' : 'local';
  }

  /** The content's target: the receiver while casting, else the local video. */
  get content(): PlaybackTarget {
    return this.#remote ?? this.local;
  }

  /** Who answers play, pause and paused: an interruption, else the content. */
  get active(): Pick<PlaybackTarget, 'paused' | 'pause'> & { play(): Promise<void> | void } {
    return this.#interruption ?? this.content;
  }

  get interrupted(): boolean {
    return this.#interruption !== undefined;
  }

  interrupt(interruption: Interruption): InterruptionHandle {
    this.content.pause();
    this.#interruption = interruption;
    this.#changed();
    const current = (): boolean => this.#interruption === interruption;
    return {
      changed: () => current() && this.#changed(),
      end: () => {
        if (!current()) return;
        this.#interruption = undefined;
        this.#changed();
      },
    };
  }

  /** Casting moves the content to the receiver; when it ends, the local video picks up where it was. */
  setRemote(remote: PlaybackTarget | undefined, resume?: { time: number; playing: boolean }): void {
    this.#remote = remote;
    if (remote) {
      remote.muted = this.local.muted;
      this.local.pause();
    } else if (resume) {
      this.local.currentTime = resume.time;
      if (resume.playing) void this.local.play().catch(() => undefined);
    }
    this.#changed();
  }
}
