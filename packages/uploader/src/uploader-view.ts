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
  const stepped = formatPercent(lang, Math.floor(percent / ANNOUNCE_STEP) * ANNOUNCE_STEP);
  const name = multiple && running.length > 1 ? `${running.length} ×` : (active?.file.name ?? '');

  // The visible line says the figure the bar and the percentage show; the live region says it
  // in steps of ten, so a screen reader is not flooded. They differ only while uploading.
  const exact = formatPercent(lang, percent);
  let message = '';
  let announcement: string | null = null;
  if (phase === 'uploading' && active) {
    const resuming = active.resumedFrom > 0 && active.progress.loaded <= active.resumedFrom;
    if (resuming) message = translate(lang, 'resuming', { name, percent: exact });
    else if (active.progress.loaded === 0) message = translate(lang, 'starting', { name });
    else if (eta !== null && eta >= 10) {
      // The ETA is rounded to the same coarse steps, so it too changes rarely.
      const coarseEta = formatDuration(lang, Math.round(eta / 10) * 10);
      message = translate(lang, 'uploadingEta', { name, percent: exact, eta: coarseEta });
      announcement = translate(lang, 'uploadingEta', { name, percent: stepped, eta: coarseEta });
    } else {
      message = translate(lang, 'uploading', { name, percent: exact });
      announcement = translate(lang, 'uploading', { name, percent: stepped });
    }
  } else if (phase === 'paused') message = translate(lang, 'paused', { percent: exact });
  else if (phase === 'offline') message = translate(lang, 'offline');
  else if (phase === 'cancelled') message = translate(lang, 'cancelled');
  else if (phase === 'error') {
    const failed = [...items].reverse().find((item) => item.status === 'error');
    message = failed?.error ? errorMessage(lang, failed.error, failed.file) : '';
  } else if (phase === 'success') {
    const done = [...items].reverse().find((item) => item.status === 'success');
    message = translate(lang, 'success', { name: done?.file.name ?? '' });
  }

  const busy = phase === 'uploading' || phase === 'paused' || phase === 'offline';
  return {
    phase,
    percent: phase === 'success' ? 100 : percent,
    eta: phase === 'uploading' ? eta : null,
    message,
    announcement: announcement ?? message,
    items,
    multiple,
    pausable,
    canSelect: multiple || !busy,
    canCancel: busy,
    canRetry: retryable && items.some((item) => item.status === 'error' && item.upload?.state === 'failed'),
  };
}
