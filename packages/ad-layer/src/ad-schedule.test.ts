import { expect } from '@esm-bundle/chai';
import { adLabel, formatCountdown, secondsUntilSkip } from './ad-format.ts';
import { en } from './strings.ts';
import { MidrollSchedule, parseBreakTimes, parseClock } from './ad-schedule.ts';

describe('ad-break-times', () => {
  it('reads start, seconds, clock times and end', () => {
    const { times, invalid } = parseBreakTimes('start, 30 1:30,0:01:00.5 end 30');
    expect(times).to.deep.equal({ preroll: true, postroll: true, midrolls: [30, 60.5, 90] });
    expect(invalid).to.deep.equal([]);
  });

  it('treats 0 as a pre-roll and reports what it cannot read', () => {
    const { times, invalid } = parseBreakTimes('0, soon, -5, 12');
    expect(times).to.deep.equal({ preroll: true, postroll: false, midrolls: [12] });
    expect(invalid).to.deep.equal(['soon', '-5']);
    expect(parseBreakTimes(undefined).times).to.deep.equal({ preroll: false, postroll: false, midrolls: [] });
  });

  it('parses clock values', () => {
    expect(parseClock('90')).to.equal(90);
    expect(parseClock('1:02:03')).to.equal(3723);
    expect(parseClock('1:2:3:4')).to.equal(null);
  });

  it('plays each mid-roll once, and only the last of several passed by a seek', () => {
    const schedule = new MidrollSchedule([10, 20, 30]);
    expect(schedule.due(5)).to.equal(null);
    expect(schedule.due(10.1)).to.equal(10);
    expect(schedule.due(12)).to.equal(null);
    expect(schedule.due(35)).to.equal(30);
    expect(schedule.remaining).to.deep.equal([]);
  });
});

describe('ad UI text', () => {
  it('labels pods and single ads', () => {
    expect(adLabel(en, 1, 2)).to.equal('Ad 1 of 2');
    expect(adLabel(en, 1, 1)).to.equal('Ad');
  });

  it('counts down in whole seconds, rounded up', () => {
    expect(formatCountdown(4.2)).to.equal('0:05');
    expect(formatCountdown(65)).to.equal('1:05');
    expect(formatCountdown(NaN)).to.equal('');
  });

  it('counts the seconds to a skip', () => {
    expect(secondsUntilSkip(5, 1.5)).to.equal(4);
    expect(secondsUntilSkip(5, 6)).to.equal(0);
    expect(secondsUntilSkip(-1, 0)).to.equal(Infinity);
  });
});
