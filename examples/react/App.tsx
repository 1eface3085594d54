import { VideoPlayer, VideoUploader } from '@videokit/react';
import { VideoPlayer as LazyVideoPlayer } from '@videokit/react/lazy';
import { useState } from 'react';

/** The example app: a controlled player with its events, an uploader, and a lazy player below the fold. */
export function App({ domain }: { domain: string }) {
  const [paused, setPaused] = useState(true);
  const [log, setLog] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<string>();
  const note = (line: string): void => setLog((lines) => [...lines.slice(-9), line]);

  return (
    <main>
      <h1>videokit with React</h1>
      <VideoPlayer
        playbackId="vod"
        customDomain={domain}
        beaconCollectionDomain={`beacon.${domain}`}
        metadataVideoTitle="Example video"
        metadataViewerUserId="viewer-1"
        muted
        paused={paused}
        style={{ aspectRatio: 16 / 9 }}
        onPlay={() => {
          setPaused(false);
          note('play');
        }}
        onPause={() => {
          setPaused(true);
          note('pause');
        }}
        onPlaying={() => note('playing')}
        onStreamTypeChange={(event) => note(`stream type: ${event.streamType}`)}
        onError={(event) => note(`error: ${event.detail.message}`)}
      />
      <p>
        <button type="button" onClick={() => setPaused(!paused)}>
          {paused ? 'Play' : 'Pause'}
        </button>
      </p>
      <ul aria-label="Player events">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>

      <h2>Upload</h2>
      <VideoUploader
        pausable
        endpoint={async () => {
          const response = await fetch(`http://upload.${domain}/uploads`, { method: 'POST' });
          return ((await response.json()) as { url: string }).url;
        }}
        onSuccess={(event) => setUploaded(`${event.detail.file.name}: ${String(event.detail.size)} bytes`)}
      />
      {uploaded && <p role="status">Uploaded {uploaded}</p>}

      <h2>Below the fold</h2>
      <div style={{ height: '120vh' }}>Scroll down: the next player loads when it comes into view.</div>
      <LazyVideoPlayer playbackId="vod" customDomain={domain} disableTracking style={{ aspectRatio: 16 / 9 }} />
    </main>
  );
}
