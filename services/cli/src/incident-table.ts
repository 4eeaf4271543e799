import { IncidentView } from '@app/domain';

function range(f: IncidentView['figures'][number]): string {
  if (f.best === null) return 'unknown';
  const high = f.high === null ? '' : f.highOpen ? `${f.high}+` : String(f.high);
  const spread = f.low === f.high ? `${f.best}${f.highOpen ? '+' : ''}` : `${f.best} (${f.low}–${high})`;
  return `${spread}${f.preliminary ? ' prelim' : ''}${f.contested ? ' CONTESTED' : ''}`;
}

/** A fixed-width table a person can read in a terminal. */
export function incidentTable(views: IncidentView[]): string {
  if (!views.length) return 'no incidents';
  const rows = views.map((v) => {
    const figures = v.figures.filter((f) => !f.subset);
    const of = (outcome: string) =>
      figures.filter((f) => f.outcome === outcome).map((f) => `${f.victims.kind}${f.victims.affiliation ? `/${f.victims.affiliation}` : ''} ${range(f)}`).join('; ');
    return [
      v.subject.date,
      v.incidentId,
      `${v.subject.place.nameEn ?? v.subject.place.name}${v.subject.place.admin1 ? `, ${v.subject.place.admin1}` : ''}`,
      of('killed') || '-',
      of('injured') || '-',
      String(v.sourceCount),
      v.subject.parentId ? `part of ${v.subject.parentId}` : v.childIds.length ? `${v.childIds.length} parts` : '',
    ];
  });
  const header = ['date', 'incident', 'place', 'killed', 'injured', 'sources', 'roll-up'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
