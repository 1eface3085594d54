/** Test helpers that prove real playback: decoded frames and an advancing clock. */

/** Resolves once `video` has presented frames and played past `seconds`; rejects on a media error. */
export function playsPast(video: HTMLVideoElement, seconds = 1): Promise<void> {
  return new Promise((resolve, reject) => {
    let framePresented = false;
    const check = (): void => {
      if (framePresented && video.currentTime > seconds) {
        cleanup();
        resolve();
      }
    };
    const fail = (): void => {
      cleanup();
      reject(new Error(`media error ${video.error?.code}: ${video.error?.message}`));
    };
    const cleanup = (): void => {
      video.removeEventListener('timeupdate', check);
      video.removeEventListener('error', fail);
    };
    video.requestVideoFrameCallback(() => {
      framePresented = true;
      check();
    });
    video.addEventListener('timeupdate', check);
    video.addEventListener('error', fail);
  });
}

export function createVideo(): HTMLVideoElement {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.width = 320;
  document.body.append(video);
  return video;
}

export const decodedFrames = (video: HTMLVideoElement): number => video.getVideoPlaybackQuality().totalVideoFrames;
