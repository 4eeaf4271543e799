import { Count, estimate, gradeOf } from '../src';
import { atLeast, exactly, moreThan } from './claims.fixture';

const figure = (count: Count, preliminary = false) => ({ count, preliminary });

describe('estimate rule', () => {
  it('Sukhnah: "at least 100" twice against "at least 70" is contested, low 70, high at least 100', () => {
    expect(estimate([figure(atLeast(100)), figure(atLeast(100)), figure(atLeast(70))])).toEqual({
      low: 70, best: 100, high: 100, highOpen: true, preliminary: false, contested: true, quantifiedSources: 3, unquantifiedSources: 0,
    });
  });

  it('Ain Tarma: "45" against "more than 45" is contested, low 45, high at least 46, best the lower middle', () => {
    expect(estimate([figure(exactly(45)), figure(moreThan(45))])).toMatchObject({ low: 45, best: 45, high: 46, highOpen: true, contested: true });
  });

  it('one exact figure is low, best and high at once, and not contested', () => {
    expect(estimate([figure(exactly(15))])).toMatchObject({ low: 15, best: 15, high: 15, highOpen: false, contested: false });
  });

  it('is preliminary when a figure it rests on is', () => {
    expect(estimate([figure(exactly(9), true)])).toMatchObject({ best: 9, preliminary: true });
  });

  it('counts sources without a number apart, and gives no figure from them', () => {
    expect(estimate([{ count: { qualifier: 'unknown', min: null, max: null }, preliminary: false }])).toMatchObject({
      low: null, best: null, high: null, quantifiedSources: 0, unquantifiedSources: 1,
    });
  });

  it('takes the median of an odd number of sources', () => {
    expect(estimate([figure(exactly(10)), figure(exactly(30)), figure(exactly(12))])).toMatchObject({ low: 10, best: 12, high: 30, contested: true });
  });
});

describe('grading', () => {
  const f = (quantifiedSources: number, contested = false, subset = false) => ({ quantifiedSources, contested, subset });
  it('calls figures from one source single-source, from several agreeing ones several-agreeing', () => {
    expect(gradeOf([f(1)])).toBe('single_source');
    expect(gradeOf([f(2), f(1)])).toBe('several_agreeing');
  });
  it('calls any disagreement contested, and ignores subsets', () => {
    expect(gradeOf([f(2, true), f(3)])).toBe('contested');
    expect(gradeOf([f(1), f(2, true, true)])).toBe('single_source');
  });
  it('is unquantified when nobody gave a number', () => {
    expect(gradeOf([f(0)])).toBe('unquantified');
    expect(gradeOf([])).toBe('unquantified');
  });
});
