/** What a DRM-protected source needs beyond its URL: where licences come from and the token for them. */
export interface DrmSource {
  playbackId: string;
  domain: string | undefined;
  /** The DRM licence token (`aud: "d"`), already checked for audience, subject and expiry. */
  token: string;
}
