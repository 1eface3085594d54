/**
 * The same fault scenarios against our transport and @mux/upchunk 3.5, side by side. Ours
 * must end byte-identical (upload.test.ts asserts each case); UpChunk's outcome is recorded
 * in the log, not asserted, since the point is to document what it does.
 */
import { expect } from '@esm-bundle/chai';
import { upchunkClient, videokitClient } from '../../../../test/browser/upload-clients.ts';
import { SCENARIOS, describeOutcome, runScenario, type Outcome } from '../../../../test/browser/upload-scenarios.ts';

describe('differential: videokit vs UpChunk under the same faults', function () {
  this.timeout(120_000);
  const outcomes: Outcome[] = [];

  after(() => {
    console.log(`\nUpload scenarios (5,366,337 bytes, 256 KiB chunks)\n${outcomes.map(describeOutcome).join('\n')}`);
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const ours = await runScenario(videokitClient, scenario);
      const theirs = await runScenario(upchunkClient, scenario);
      outcomes.push(ours, theirs);
      const refused = scenario.name === '400 on a chunk';
      expect(ours.byteIdentical, describeOutcome(ours)).to.equal(!refused);
      expect(ours.successEvents, describeOutcome(ours)).to.equal(refused ? 0 : 1);
      // UpChunk must at least have been exercised: it reported something or was still going.
      expect(theirs.client).to.equal('upchunk');
    });
  }
});
