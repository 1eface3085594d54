// The embed page: a full-viewport player for `/{PLAYBACK_ID}?…`.
import { mountEmbed } from './mount-embed.ts';

mountEmbed(document.body, new URL(location.href));
