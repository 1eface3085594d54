import { expect } from '@esm-bundle/chai';
import { RetryBudget } from './retry-budget.ts';

describe('RetryBudget', () => {
  it('runs out after its attempts', () => {
    const budget = new RetryBudget(3);
    expect([budget.spend(), budget.spend(), budget.spend()]).to.deep.equal([true, true, false]);
  });

  it('starts afresh when the server confirms bytes beyond any it confirmed before', () => {
    const budget = new RetryBudget(3);
    budget.spend();
    budget.spend();
    budget.confirmed(262_144);
    expect(budget.failures).to.equal(0);
    expect(budget.left).to.equal(3);
  });

  it('does not start afresh for bytes taken back and confirmed again', () => {
    const budget = new RetryBudget(3);
    budget.confirmed(524_288);
    budget.spend();
    budget.confirmed(262_144);
    budget.confirmed(524_288);
    expect(budget.failures).to.equal(1);
    budget.spend();
    expect(budget.spend()).to.be.false;
  });
});
