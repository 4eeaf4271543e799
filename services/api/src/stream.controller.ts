import { Controller, Headers, Inject, MessageEvent, Query, Sse } from '@nestjs/common';
import { Observable } from 'rxjs';
import { z } from 'zod';
import { VIEW_STORE, ViewStore } from '@app/read-models';

const POLL_MS = 250;
const BATCH = 200;

const StreamQuerySchema = z.strictObject({ from: z.coerce.number().int().min(0).optional() });

/**
 * `GET /stream`: Server-Sent Events, one `incident` event per changed view, its id the ledger
 * position the view reflects. A client that reconnects with `Last-Event-ID` (or `?from=`) gets
 * every view changed since, then the live changes: at least once, so the view at the boundary
 * may come twice. It reads the view store, so it works whichever process runs the projector.
 */
@Controller('stream')
export class StreamController {
  constructor(@Inject(VIEW_STORE) private readonly views: ViewStore) {}

  @Sse()
  stream(@Headers('last-event-id') lastEventId: string | undefined, @Query() query: Record<string, unknown>): Observable<MessageEvent> {
    const { from } = StreamQuerySchema.parse(query);
    const resumeAt = lastEventId !== undefined && /^\d+$/.test(lastEventId) ? Number(lastEventId) : from;
    return new Observable<MessageEvent>((subscriber) => {
      let stopped = false;
      (async () => {
        // A new client starts at the present; a returning one from where it was.
        let position = resumeAt !== undefined ? Math.max(0, resumeAt - 1) : await this.views.checkpoint();
        while (!stopped) {
          const changed = await this.views.changedSince(position, BATCH);
          for (const view of changed) {
            subscriber.next({ id: String(view.ledgerPosition), type: 'incident', data: view });
            position = Math.max(position, view.ledgerPosition);
          }
          if (changed.length < BATCH) await new Promise((r) => setTimeout(r, POLL_MS));
        }
      })().catch((error) => subscriber.error(error));
      return () => {
        stopped = true;
      };
    });
  }
}
