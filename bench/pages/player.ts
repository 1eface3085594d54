// The production <video-player> as an app bundles it: the startup page's only script. The
// benchmark adds its measuring probe and the element itself (bench/startup-pages.ts).
import '@videokit/video-player/define';
