import { z } from 'zod';
import { SourceKindSchema } from './claim';
import { pointFigure } from './estimate';
import { IncidentView } from './incident-view';

export const SourceStatisticsSchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  kind: SourceKindSchema,
  /** Claims the source made (revised and withdrawn ones included). */
  claims: z.number().int(),
  incidents: z.number().int(),
  /** Figures it gave where other sources gave one too: how often its figure was the low, the high. */
  comparedFigures: z.number().int(),
  lowest: z.number().int(),
  highest: z.number().int(),
});
export type SourceStatistics = z.infer<typeof SourceStatisticsSchema>;

/**
 * Per-source statistics over incident views. Accumulates: call `add` with every view (in batches),
 * then `result()`.
 */
export class SourceStatisticsAccumulator {
  private readonly bySource = new Map<string, SourceStatistics & { incidentIds: Set<string> }>();

  add(view: IncidentView): void {
    for (const { claim } of view.claims) {
      const s = this.entry(claim.source.key, claim.source.name, claim.source.kind);
      s.claims += 1;
      s.incidentIds.add(view.incidentId);
    }
    for (const figure of view.figures) {
      if (figure.subset || figure.quantifiedSources < 2) continue;
      const points = figure.sources.map((s) => pointFigure(s.count)).filter((p): p is number => p !== null);
      for (const s of figure.sources) {
        const point = pointFigure(s.count);
        if (point === null) continue;
        const entry = this.entry(s.source.key, s.source.name, s.source.kind);
        entry.comparedFigures += 1;
        if (point === Math.min(...points)) entry.lowest += 1;
        if (point === Math.max(...points)) entry.highest += 1;
      }
    }
  }

  result(): SourceStatistics[] {
    return [...this.bySource.values()]
      .map(({ incidentIds, ...s }) => ({ ...s, incidents: incidentIds.size }))
      .sort((a, b) => b.claims - a.claims || a.key.localeCompare(b.key));
  }

  private entry(key: string, name: string, kind: SourceStatistics['kind']) {
    let entry = this.bySource.get(key);
    if (!entry) {
      entry = { key, name, kind, claims: 0, incidents: 0, comparedFigures: 0, lowest: 0, highest: 0, incidentIds: new Set() };
      this.bySource.set(key, entry);
    }
    return entry;
  }
}
