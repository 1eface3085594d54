/**
 * The uploader's state as parts render it: one phase, one percentage and one status line
 * for the whole batch, computed from the queue. Plain function, tested without a DOM.
 */
import { formatDuration, formatPercent } from './format.ts';
import { translate } from './locales.ts';
import { errorMessage } from './messages.ts';
import type { QueueItem } from './upload-queue.ts';
import type { UploaderPhase, UploaderView } from './uploader-api.ts';

export interface ViewInput {
  items: readonly QueueItem[];
  lang: string;
  offline: boolean;
  multiple: boolean;
  pausable: boolean;
  retryable: boolean;
}

/** The live region speaks progress in these steps, so a screen reader is not flooded. */
const ANNOUNCE_STEP = 10;

function phaseOf(items: readonly QueueItem[], offline: boolean): UploaderPhase {
  const has = (status: QueueItem['status']): boolean => items.some((item) => item.status === status);
  if (has('uploading') || has('queued')) return offline ? 'offline' : 'uploading';
  if (has('paused')) return 'paused';
  const last = items.at(-1);
  if (!last) return 'idle';
  if (has('error')) return 'error';
  return last.status === 'cancelled' ? 'cancelled' : 'success';
}

export function computeView({ items, lang, offline, multiple, pausable, retryable }: ViewInput): UploaderView {
  const counted = items.filter((item) => item.status !== 'cancelled' && !(item.status === 'error' && !item.upload));
  const total = counted.reduce((sum, item) => sum + item.file.size, 0);
  const loaded = counted.reduce((sum, item) => sum + Math.min(item.progress.loaded, item.file.size), 0);
  const percent = total > 0 ? (loaded / total) * 100 : 0;
  const running = counted.filter((item) => item.status === 'uploading');
  const rate = running.reduce((sum, item) => sum + item.progress.rate, 0);
  const eta = rate > 0 && running.length > 0 ? (total - loaded) / rate : null;
  const phase = phaseOf(items, offline);
  const active = running[0] ?? counted.find((item) => item.status === 'queued');
  const name = multiple && running.length > 1 ? `${running.length} ×` : (active?.file.name ?? '');

  /** The status line with progress spelled as `shown` (the bar's own percent, or coarse steps). */
  const line = (shown: string): string => {
    if (phase === 'uploading' && active) {
      const resuming = active.resumedFrom > 0 && active.progress.loaded <= active.resumedFrom;
      if (resuming) return translate(lang, 'resuming', { name, percent: formatPercent(lang, percent) });
      if (active.progress.loaded === 0) return translate(lang, 'starting', { name });
      // The ETA is rounded to coarse steps, so it changes rarely.
      if (eta !== null && eta >= 10) {
        return translate(lang, 'uploadingEta', {
          name,
          percent: shown,
          eta: formatDuration(lang, Math.round(eta / 10) * 10),
        });
      }
      return translate(lang, 'uploading', { name, percent: shown });
    }
    if (phase === 'paused') return translate(lang, 'paused', { percent: formatPercent(lang, percent) });
    if (phase === 'offline') return translate(lang, 'offline');
    if (phase === 'cancelled') return translate(lang, 'cancelled');
    if (phase === 'error') {
      const failed = [...items].reverse().find((item) => item.status === 'error');
      return failed?.error ? errorMessage(lang, failed.error, failed.file) : '';
    }
    if (phase === 'success') {
      const done = [...items].reverse().find((item) => item.status === 'success');
      return translate(lang, 'success', { name: done?.file.name ?? '' });
    }
    return '';
  };
  // Shown, the percent agrees with the bar (never "0%" beside a bar that has moved); spoken, it
  // changes in steps of ten so a screen reader is not flooded.
  const message = line(formatPercent(lang, Math.floor(percent)));
  const announcement = line(formatPercent(lang, Math.floor(percent / ANNOUNCE_STEP) * ANNOUNCE_STEP));

  const busy = phase === 'uploading' || phase === 'paused' || phase === 'offline';
  return {
    phase,
    percent: phase === 'success' ? 100 : percent,
    eta: phase === 'uploading' ? eta : null,
    message,
    announcement,
    items,
    multiple,
    pausable,
    canSelect: multiple || !busy,
    canCancel: busy,
    canRetry: retryable && items.some((item) => item.status === 'error' && item.upload?.state === 'failed'),
  };
}
