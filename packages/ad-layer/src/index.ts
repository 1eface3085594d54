/** @videokit/ad-layer: `<ad-layer>`, client-side ads over the Google IMA SDK. */
export {};
