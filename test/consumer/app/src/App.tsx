import { VideoPlayer, VideoUploader } from '@videokit/react';
import { VideoPlayer as LazyVideoPlayer } from '@videokit/react/lazy';
import { useState } from 'react';

/** What a user of the packages writes: a player, an uploader, and a lazy player below the fold. */
export function App({ domain }: { domain: string }) {
  const [events, setEvents] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<string>();
  const log = (line: string): void => setEvents((lines) => [...lines, line]);

  return (
    <main>
      <h1>videokit consumer app</h1>
      <VideoPlayer
        id="player"
        playbackId="vod"
        customDomain={domain}
        muted
        autoplay="muted"
        metadataVideoTitle="Consumer app"
        style={{ width: 480, aspectRatio: 16 / 9 }}
        onPlaying={() => log('playing')}
        onStreamTypeChange={(event) => log(`stream type: ${event.streamType}`)}
        onError={(event) => log(`error: ${event.detail.code}`)}
      />
      <ul aria-label="Player events">
        {events.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <VideoUploader
        id="uploader"
        chunkSize={256}
        endpoint={async () => {
          const response = await fetch(`http://upload.${domain}/uploads`, { method: 'POST' });
          return ((await response.json()) as { url: string }).url;
        }}
        onSuccess={(event) => setUploaded(event.detail.url)}
        onUploadError={(event) => log(`upload error: ${event.detail.message}`)}
      />
      {uploaded && <p id="uploaded">{uploaded}</p>}
      <div style={{ height: '150vh' }}>Below the fold:</div>
      <LazyVideoPlayer id="lazy-player" playbackId="vod" customDomain={domain} style={{ aspectRatio: 16 / 9 }} />
    </main>
  );
}
