import { expect } from '@esm-bundle/chai';
import { ProgressMeter } from './progress-meter.ts';

describe('progress-meter', () => {
  it('reports bytes, percent and an ETA from the measured rate', () => {
    const meter = new ProgressMeter(1000);
    meter.update(0, 0);
    const snapshot = meter.update(100, 1000);
    expect(snapshot.loaded).to.equal(100);
    expect(snapshot.percent).to.equal(10);
    expect(snapshot.rate).to.equal(100);
    expect(snapshot.eta).to.equal(9);
  });

  it('never goes backwards when a failed chunk loses its bytes', () => {
    const meter = new ProgressMeter(1000);
    meter.update(0, 0);
    meter.update(600, 1000);
    expect(meter.update(400, 2000).loaded).to.equal(600);
    expect(meter.update(700, 3000).loaded).to.equal(700);
  });

  it('smooths the rate instead of jumping to each sample', () => {
    const meter = new ProgressMeter(1_000_000);
    meter.update(0, 0);
    meter.update(1000, 1000);
    const rate = meter.update(101_000, 2000).rate;
    expect(rate).to.be.above(1000);
    expect(rate).to.be.below(100_000);
  });

  it('has no percent or ETA while the total is unknown, then gains them', () => {
    const meter = new ProgressMeter(null);
    meter.update(0, 0);
    const open = meter.update(500, 1000);
    expect(open.percent).to.be.NaN;
    expect(open.eta).to.equal(null);
    meter.setTotal(1000);
    expect(meter.snapshot.percent).to.equal(50);
  });

  it('starts from a resumed offset and never exceeds the total', () => {
    const meter = new ProgressMeter(1000, 400);
    expect(meter.snapshot.loaded).to.equal(400);
    expect(meter.update(5000, 10).loaded).to.equal(1000);
  });

  it('restarts the rate after a pause', () => {
    const meter = new ProgressMeter(1000);
    meter.update(0, 0);
    meter.update(500, 1000);
    meter.restartRate();
    expect(meter.snapshot.rate).to.equal(0);
    expect(meter.snapshot.eta).to.equal(null);
  });
});
