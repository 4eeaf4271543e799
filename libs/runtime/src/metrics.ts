import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one process. */
export class Metrics {
  readonly registry = new Registry();
  readonly articles = new Counter({
    name: 'incident_ledger_articles_total',
    help: 'Articles read, by outcome (recorded, duplicate, stale_revision, unsupported_language, invalid)',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  readonly claims = new Counter({ name: 'incident_ledger_claims_extracted_total', help: 'Claims extracted from articles', registers: [this.registry] });
  readonly events = new Counter({ name: 'incident_ledger_ledger_events_appended_total', help: 'Events appended to the ledger', registers: [this.registry] });
  readonly ingestSeconds = new Histogram({
    name: 'incident_ledger_ingest_seconds',
    help: 'Time to extract an article and append its events',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly checkpoint = new Gauge({ name: 'incident_ledger_projector_checkpoint', help: 'Ledger position the views reflect', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
