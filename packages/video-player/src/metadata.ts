import { videoTitleOf } from '@videokit/core';
/**
 * Analytics metadata from `metadata-*` attributes (`metadata-video-title` → `video_title`)
 * merged with the `metadata` property, whose snake_case keys win.
 */
export function collectMetadata(
  element: Element,
  property: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const fromAttributes: Record<string, unknown> = {};
  for (const { name, value } of Array.from(element.attributes)) {
    if (name.startsWith('metadata-')) fromAttributes[name.slice('metadata-'.length).replaceAll('-', '_')] = value;
  }
  const title = videoTitleOf({
    'video-title': element.getAttribute('video-title'),
    title: element.getAttribute('title'),
  });
  if (title && fromAttributes.video_title === undefined) fromAttributes.video_title = title;
  return { ...fromAttributes, ...property };
}
