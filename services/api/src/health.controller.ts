import { Controller, Get, Header, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/ledger';
import { IncidentProjector } from '@app/projector';
import { VIEW_STORE, ViewStore } from '@app/read-models';
import { METRICS, Metrics } from '@app/runtime';

@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly ledger: EventStore,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(METRICS) private readonly metrics: Metrics,
    @Optional() @Inject(IncidentProjector) private readonly projector?: IncidentProjector,
  ) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: ledger and views answer, and the projector is not failing. */
  @Get('readyz')
  async ready(): Promise<{ status: 'ready'; ledgerHead: number; viewsCheckpoint: number; lag: number }> {
    try {
      const [ledgerHead, viewsCheckpoint] = await Promise.all([this.ledger.headPosition(), this.views.checkpoint()]);
      if (this.projector && !this.projector.healthy) throw new Error('projector failing');
      return { status: 'ready', ledgerHead, viewsCheckpoint, lag: Math.max(0, ledgerHead - viewsCheckpoint) };
    } catch (error) {
      throw new ServiceUnavailableException({ error: 'not_ready', message: String(error) });
    }
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  async metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
