import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { VideoUploader } from '../packages/uploader/src/index.ts';
import '../packages/uploader/src/define.ts';
import type { StoryCheck } from '../.storybook/preview.ts';
import { argTypesFor } from './manifest.ts';
import { createUploadUrl, injectFault } from './origin.ts';

interface Args {
  chunkSize: number;
  pausable: boolean;
  noDrop: boolean;
  noRetry: boolean;
  lang: string;
  accent: string;
}

/** What a story does to the uploader once it is on the page. */
type Scenario = (uploader: VideoUploader) => void;

const KIB = 1024;

/** A file made in the page (zeros; the origin does not decode uploads). */
const fixtureFile = (bytes: number): File => new File([new Uint8Array(bytes)], 'clip.mp4', { type: 'video/mp4' });

/**
 * The app's backend, as the uploader's `endpoint` function: creates a direct upload on the
 * origin. `slowChunks` delays every `PUT` to that upload so a state can be seen; `failWith`
 * answers its `PUT`s with that status.
 */
const endpoint =
  ({ slowChunks = 0, failWith = 0 } = {}) =>
  async (): Promise<string> => {
    const url = await createUploadUrl();
    const path = new URL(url).pathname;
    if (slowChunks) await injectFault({ host: 'upload', method: 'PUT', path, delayMs: slowChunks, times: 1000 });
    if (failWith) await injectFault({ host: 'upload', method: 'PUT', path, status: failWith, times: 1000 });
    return url;
  };

const started = new WeakSet<Element>();

/** Runs `scenario` once per element, after it is connected. */
const run = (scenario?: Scenario) =>
  ref((element) => {
    if (!scenario || !(element instanceof VideoUploader) || started.has(element)) return;
    started.add(element);
    requestAnimationFrame(() => scenario(element));
  });

const uploader = (args: Args, endpointFn: () => Promise<string>, scenario?: Scenario): TemplateResult =>
  html`<video-uploader
    ${run(scenario)}
    .endpoint=${endpointFn}
    chunk-size=${args.chunkSize}
    ?pausable=${args.pausable}
    ?no-drop=${args.noDrop}
    ?no-retry=${args.noRetry}
    lang=${args.lang}
    style=${`display: block; max-width: 560px; --video-uploader-accent: ${args.accent}`}
  ></video-uploader>`;

const check = (value: StoryCheck): { check: StoryCheck } => ({ check: value });
const state = (phase: string): { check: StoryCheck } =>
  check({ ready: { selector: `video-uploader[state="${phase}"]` } });

/**
 * `<video-uploader>`: chunked, resumable direct uploads to the local origin's `upload.` host.
 * Each story's `endpoint` function creates the upload, as an app's backend does. The files are
 * made in the page; states that need time (uploading, paused, offline) slow the origin down with
 * its fault injection.
 */
const meta: Meta<Args> = {
  title: 'Uploads/<video-uploader>',
  args: { chunkSize: 256, pausable: true, noDrop: false, noRetry: false, lang: 'en', accent: '#2f6fde' },
  argTypes: argTypesFor('video-uploader', ['chunkSize', 'pausable', 'noDrop', 'noRetry', 'lang'], {
    chunkSize: { control: { type: 'number', step: 256 } },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'de'] },
    accent: { description: 'the --video-uploader-accent CSS property', control: 'color' },
  }),
  parameters: state('idle'),
  render: (args) => uploader(args, endpoint()),
};
export default meta;

type Story = StoryObj<Args>;

/** Waiting for a file: drop zone and file button. */
export const Idle: Story = {};

/** An upload in progress (each chunk slowed to 1 s by the origin). */
export const Uploading: Story = {
  parameters: state('uploading'),
  render: (args) =>
    uploader(args, endpoint({ slowChunks: 1000 }), (element) => {
      element.addFiles([fixtureFile(8192 * KIB)]);
    }),
};

/** Paused after the first chunk. */
export const Paused: Story = {
  parameters: state('paused'),
  render: (args) =>
    uploader(args, endpoint({ slowChunks: 300 }), (element) => {
      element.addEventListener('chunksuccess', () => element.pause(), { once: true });
      element.addFiles([fixtureFile(4096 * KIB)]);
    }),
};

/** The browser went offline mid-upload (simulated with an `offline` event); it continues on `online`. */
export const Offline: Story = {
  parameters: state('offline'),
  render: (args) =>
    uploader(args, endpoint({ slowChunks: 500 }), (element) => {
      element.addEventListener('chunksuccess', () => window.dispatchEvent(new Event('offline')), { once: true });
      element.addFiles([fixtureFile(4096 * KIB)]);
    }),
};

/** The server refused the upload (`400` on every chunk): the status says why, retry is offered. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: check({
    ready: { selector: 'video-uploader[state="error"]' },
    expectedConsoleErrors: ['status of 400'],
  }),
  render: (args) =>
    uploader(args, endpoint({ failWith: 400 }), (element) => {
      element.addFiles([fixtureFile(512 * KIB)]);
    }),
};

/** A file the `accept` list refuses: an error before any request. */
export const RefusedFileType: Story = {
  parameters: state('error'),
  render: (args) =>
    uploader(args, endpoint(), (element) => {
      element.addFiles([new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    }),
};

/** Done: the origin confirmed the last chunk. */
export const Done: Story = {
  parameters: state('success'),
  render: (args) =>
    uploader(args, endpoint(), (element) => {
      element.addFiles([fixtureFile(600 * KIB)]);
    }),
};

/** French strings. */
export const French: Story = { args: { lang: 'fr' } };

/** The parts on their own, anywhere on the page, linked to a bare uploader by `uploader="ID"`. */
export const LinkedParts: Story = {
  render: (args) =>
    html`<video-uploader
        id="linked-uploader"
        .endpoint=${endpoint()}
        chunk-size=${args.chunkSize}
        no-drop
        no-progress
        no-status
      ></video-uploader>
      <video-uploader-drop uploader="linked-uploader" style="display: block; padding: 1rem; border: 2px dashed #888">
        Drop a video here
      </video-uploader-drop>
      <video-uploader-progress uploader="linked-uploader" type="percentage"></video-uploader-progress>
      <video-uploader-progress uploader="linked-uploader" type="radial"></video-uploader-progress>
      <video-uploader-status uploader="linked-uploader"></video-uploader-status>`,
};
