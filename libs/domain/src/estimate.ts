import { z } from 'zod';
import { Count } from './claim';

/** One source's latest figure for one outcome × victim group. */
export type SourceFigure = { count: Count; preliminary: boolean };

export const EstimateSchema = z.strictObject({
  /** Smallest lower bound any source gives. */
  low: z.number().int().nullable(),
  /** Median of the sources' figures (the lower middle one when their number is even). */
  best: z.number().int().nullable(),
  /** Largest bound any source gives; with `highOpen` it is "at least" that many. */
  high: z.number().int().nullable(),
  highOpen: z.boolean(),
  /** At least one figure the estimate rests on was called preliminary. */
  preliminary: z.boolean(),
  /** Sources give different figures. */
  contested: z.boolean(),
  /** Sources with a number, and sources that reported casualties without one. */
  quantifiedSources: z.number().int(),
  unquantifiedSources: z.number().int(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

/**
 * How far an incident's figures can be trusted, in the spirit of Airwars' grading: figures from
 * several sources that agree, from a single source, or sources that disagree; `unquantified`
 * when casualties were reported without any number.
 */
export const GRADES = ['unquantified', 'single_source', 'several_agreeing', 'contested'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;

export function gradeOf(figures: ReadonlyArray<Pick<Estimate, 'contested' | 'quantifiedSources'> & { subset: boolean }>): Grade {
  const main = figures.filter((f) => !f.subset && f.quantifiedSources > 0);
  if (!main.length) return 'unquantified';
  if (main.some((f) => f.contested)) return 'contested';
  return main.some((f) => f.quantifiedSources > 1) ? 'several_agreeing' : 'single_source';
}

/** The figure a count stands for: its lower bound, or its upper one when only that is known. */
export function pointFigure(count: Count): number | null {
  return count.min ?? count.max;
}

/**
 * The estimate rule. Each source counts once, with its latest figure:
 * - low  = the smallest lower bound ("at least 70" and "100" → 70);
 * - high = the largest bound given; open when any source gives an open bound ("more than 45");
 * - best = the median of the sources' figures, the lower middle one for an even number, so that
 *   best never rests on a figure no source gave;
 * - contested when the sources' figures differ; preliminary when any of them was preliminary.
 * Sources that report casualties without a number count in `unquantifiedSources` only.
 */
export function estimate(figures: readonly SourceFigure[]): Estimate {
  const numbered = figures.filter((f) => pointFigure(f.count) !== null);
  const points = numbered.map((f) => pointFigure(f.count) as number).sort((a, b) => a - b);
  const bounds = numbered.map((f) => f.count.max ?? (f.count.min as number));
  return {
    low: points.length ? points[0] : null,
    best: points.length ? points[Math.floor((points.length - 1) / 2)] : null,
    high: bounds.length ? Math.max(...bounds) : null,
    highOpen: numbered.some((f) => f.count.max === null),
    preliminary: numbered.some((f) => f.preliminary),
    contested: new Set(points).size > 1,
    quantifiedSources: numbered.length,
    unquantifiedSources: figures.length - numbered.length,
  };
}
