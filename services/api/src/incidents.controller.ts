import { Controller, Get, Header, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import { SourceStatistics, SourceStatisticsAccumulator, incidentStream } from '@app/domain';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/ledger';
import { incidentAsOf } from '@app/projector';
import { IncidentQuerySchema, VIEW_STORE, ViewStore, pageJson } from '@app/read-models';

export const AsOfQuerySchema = z.strictObject({ asOf: z.iso.datetime({ offset: true }).optional() });

@Controller()
export class IncidentsController {
  constructor(
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(EVENT_STORE) private readonly ledger: EventStore,
  ) {}

  /** Newest first, with an opaque cursor for the next page and totals over every match. */
  @Get('incidents')
  @Header('Content-Type', 'application/json; charset=utf-8')
  async list(@Query() query: Record<string, unknown>): Promise<Buffer> {
    // An IncidentPage, its views spliced in as stored rather than parsed and serialised again.
    return pageJson(await this.views.listStored(IncidentQuerySchema.parse(query)));
  }

  /** The current view, or with `?asOf=` the view as it was known then, folded from the ledger. */
  @Get('incidents/:id')
  @Header('Content-Type', 'application/json; charset=utf-8')
  async get(@Param('id') id: string, @Query() query: Record<string, unknown>): Promise<string | Buffer> {
    const { asOf } = AsOfQuerySchema.parse(query);
    // The current view is served as stored: no parse and re-serialise on the hot path.
    const json = asOf ? JSON.stringify(await incidentAsOf(this.ledger, id, asOf)) : await this.views.getJson(id);
    if (!json || json === 'null') throw new NotFoundException({ error: 'not_found', message: asOf ? `incident ${id} was not known at ${asOf}` : `no incident ${id}` });
    return json;
  }

  /** The raw events behind a view, in stream order: the audit trail. */
  @Get('incidents/:id/ledger')
  async ledgerOf(@Param('id') id: string): Promise<{ incidentId: string; stream: string; events: StoredEvent[] }> {
    const stream = incidentStream(id);
    const events = await this.ledger.readStream(stream);
    if (!events.length) throw new NotFoundException({ error: 'not_found', message: `no incident ${id}` });
    return { incidentId: id, stream, events };
  }

  /** Per-source statistics: claims, incidents, how often the source's figure is the low or the high. */
  @Get('sources')
  async sources(): Promise<{ sources: SourceStatistics[] }> {
    const stats = new SourceStatisticsAccumulator();
    for await (const batch of this.views.scan()) batch.forEach((v) => stats.add(v));
    return { sources: stats.result() };
  }
}
