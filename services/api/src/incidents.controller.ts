import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { IncidentView, incidentStream } from '@app/domain';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/ledger';
import { IncidentPage, IncidentQuerySchema, VIEW_STORE, ViewStore } from '@app/read-models';

@Controller('incidents')
export class IncidentsController {
  constructor(
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(EVENT_STORE) private readonly ledger: EventStore,
  ) {}

  /** Newest first, with an opaque cursor for the next page. */
  @Get()
  async list(@Query() query: Record<string, unknown>): Promise<IncidentPage> {
    return this.views.list(IncidentQuerySchema.parse(query));
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<IncidentView> {
    const view = await this.views.get(id);
    if (!view) throw new NotFoundException({ error: 'not_found', message: `no incident ${id}` });
    return view;
  }

  /** The raw events behind a view, in stream order: the audit trail. */
  @Get(':id/ledger')
  async ledgerOf(@Param('id') id: string): Promise<{ incidentId: string; stream: string; events: StoredEvent[] }> {
    const stream = incidentStream(id);
    const events = await this.ledger.readStream(stream);
    if (!events.length) throw new NotFoundException({ error: 'not_found', message: `no incident ${id}` });
    return { incidentId: id, stream, events };
  }
}
