/**
 * @videokit/uploader: `<video-uploader>` and its chunked, resumable upload
 * transport (an UpChunk-compatible API).
 */
export {};
