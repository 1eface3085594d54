// <video-uploader> as an app bundles it, for the size table when the package has no CDN build.
import '@videokit/uploader/define';
