/** One request `mux-embed` (or any analytics client) sent to the beacon domain. */
export interface Beacon {
  receivedAt: number;
  method: string;
  path: string;
  contentType: string;
  /** Parsed JSON when the body is JSON, otherwise the text. */
  body: unknown;
}

/** The analytics sink behind `beacon-collection-domain`; tests read what arrived. */
/** The log keeps the latest beacons only: the origin runs for days beside a page that may flood it. */
export const MAX_BEACONS = 1000;
/** One beacon's body at most (`mux-embed`'s batches are a few KB). */
export const MAX_BEACON_BYTES = 256 * 1024;

export class BeaconLog {
  readonly entries: Beacon[] = [];

  add(entry: Beacon): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_BEACONS) this.entries.splice(0, this.entries.length - MAX_BEACONS);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Every event object carried by the beacons, in arrival order (`mux-embed` batches them). */
  events(): Record<string, unknown>[] {
    return this.entries.flatMap((beacon) => {
      const events = (beacon.body as { events?: unknown } | null)?.events;
      return Array.isArray(events) ? (events as Record<string, unknown>[]) : [];
    });
  }
}
