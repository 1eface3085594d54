/** The contents of each menu, built from the media state. */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { StringKey } from '../i18n/index.ts';
import { CAPTION_OPTIONS, CAPTION_SETTINGS, captionCss } from './caption-style.ts';
import type { ControlsContext } from './context.ts';
import { rateLabel, trackLabel } from './labels.ts';
import { renderMenu, type MenuGroup } from './menu-popup.ts';

function captionsMenu(ctx: ControlsContext): TemplateResult {
  const tracks = ctx.s.textTracks;
  return renderMenu(ctx, ctx.t('captions'), [
    {
      items: [
        {
          label: ctx.t('captionsOff'),
          checked: !tracks.some((track) => track.showing),
          select: () => ctx.send('select-text-track-request', -1),
        },
        ...tracks.map((track, index) => ({
          label: trackLabel(ctx, track),
          checked: track.showing,
          select: () => ctx.send('select-text-track-request', index),
        })),
      ],
    },
    { items: [{ label: `${ctx.t('captionStyle')}…`, select: () => ctx.setMenu('style'), keepOpen: true }] },
  ]);
}

function styleMenu(ctx: ControlsContext): TemplateResult {
  const style = ctx.captionStyle;
  const groups: MenuGroup[] = [
    { items: [{ label: ctx.t('back'), select: () => ctx.setMenu('captions'), keepOpen: true }] },
  ];
  for (const setting of CAPTION_SETTINGS) {
    groups.push({
      label: ctx.t(setting),
      items: CAPTION_OPTIONS[setting].map(([value, label]) => ({
        label: label in ctx.locale.strings ? ctx.t(label as StringKey) : label,
        checked: style[setting] === value,
        select: () => ctx.setCaptionStyle({ ...style, [setting]: value }),
        keepOpen: true,
      })),
    });
  }
  const sample = html`<p class="cue-sample" style=${styleMap(captionCss(style))}><span>${ctx.t('sample')}</span></p>`;
  return renderMenu(ctx, ctx.t('captionStyle'), groups, sample);
}

function audioMenu(ctx: ControlsContext): TemplateResult {
  return renderMenu(ctx, ctx.t('audioTrack'), [
    {
      items: ctx.s.audioTracks.map((track) => ({
        label: trackLabel(ctx, track),
        checked: track.enabled,
        select: () => ctx.send('select-audio-track-request', track.id),
      })),
    },
  ]);
}

function qualityMenu(ctx: ControlsContext): TemplateResult {
  const { renditions, autoRendition, videoHeight } = ctx.s;
  const sorted = [...renditions].sort((a, b) => b.height - a.height || b.bitrate - a.bitrate);
  const sameHeight = (height: number): boolean => sorted.filter((r) => r.height === height).length > 1;
  return renderMenu(ctx, ctx.t('quality'), [
    {
      items: [
        {
          label:
            autoRendition && videoHeight ? ctx.t('autoLevel', { level: `${String(videoHeight)}p` }) : ctx.t('auto'),
          checked: autoRendition,
          select: () => ctx.send('select-rendition-request', 'auto'),
        },
        ...sorted.map((rendition) => ({
          label: `${String(rendition.height)}p${sameHeight(rendition.height) ? ` · ${String(Math.round(rendition.bitrate / 1000))} kbps` : ''}`,
          checked: !autoRendition && rendition.selected,
          select: () => ctx.send('select-rendition-request', rendition.id),
        })),
      ],
    },
  ]);
}

function rateMenu(ctx: ControlsContext): TemplateResult {
  return renderMenu(ctx, ctx.t('rate'), [
    {
      items: ctx.rates.map((rate) => ({
        label: rateLabel(ctx, rate),
        checked: Math.abs(ctx.s.rate - rate) < 0.01,
        select: () => ctx.send('rate-request', rate),
      })),
    },
    {
      items: [
        {
          label: ctx.t('loop'),
          checked: ctx.s.loop,
          toggle: true,
          // Open, so the viewer hears the new state where the focus is.
          keepOpen: true,
          select: () => ctx.send('loop-request', !ctx.s.loop),
        },
      ],
    },
  ]);
}

const MENUS = { captions: captionsMenu, style: styleMenu, audio: audioMenu, quality: qualityMenu, rate: rateMenu };

/** The open menu, if any. */
export const openMenu = (ctx: ControlsContext): TemplateResult | typeof nothing =>
  ctx.menu ? MENUS[ctx.menu](ctx) : nothing;
