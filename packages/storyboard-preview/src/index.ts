/** @videokit/storyboard-preview: `<storyboard-preview>`, timeline hover thumbnails. */
export {};
