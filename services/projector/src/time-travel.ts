import { IncidentView, INCIDENT_STREAM_PREFIX, incidentStream, viewAsOf } from '@app/domain';
import { EventStore, StoredEvent } from '@app/ledger';
import { parseIncidentEvent } from '@app/ingest';

function numbered(events: StoredEvent[]) {
  return events.map((e) => ({ event: parseIncidentEvent(e), revision: e.revision, position: e.position }));
}

/** One incident as it was known at `asOf`, folded from its stream; null if it was not known yet. */
export async function incidentAsOf(ledger: EventStore, incidentId: string, asOf: string): Promise<IncidentView | null> {
  return viewAsOf(numbered(await ledger.readStream(incidentStream(incidentId))), asOf);
}

/** Every incident as it was known at `asOf`: the whole ledger folded up to that moment. */
export async function incidentsAsOf(ledger: EventStore, asOf: string, onProgress?: (position: number) => void): Promise<IncidentView[]> {
  const streams = new Map<string, StoredEvent[]>();
  let from = 0;
  for (;;) {
    const batch = await ledger.readAll({ fromPosition: from, maxCount: 5000, streamPrefix: INCIDENT_STREAM_PREFIX });
    if (!batch.length) break;
    for (const e of batch) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
    from = batch[batch.length - 1].position;
    onProgress?.(from);
  }
  const views = [...streams.values()].map((events) => viewAsOf(numbered(events), asOf)).filter((v): v is IncidentView => v !== null);
  return views.sort((a, b) => b.subject.date.localeCompare(a.subject.date) || b.incidentId.localeCompare(a.incidentId));
}
