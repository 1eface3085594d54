// mux-embed ships its types as an ambient module without pointing package.json at them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module has no import path
/// <reference path="../../../node_modules/mux-embed/dist/types/mux-embed.d.ts" />
