import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import { RevisionConflictError } from '@app/ingest';
import { LedgerUnavailableError, WrongExpectedRevisionError } from '@app/ledger';
import { InvalidCursorError } from '@app/read-models';

/** Typed errors by stable code → HTTP status, in one place. */
const STATUS_BY_CODE: Record<string, number> = {
  [new RevisionConflictError('').code]: HttpStatus.CONFLICT,
  [new WrongExpectedRevisionError('', 'any', 0).code]: HttpStatus.CONFLICT,
  [new LedgerUnavailableError('').code]: HttpStatus.SERVICE_UNAVAILABLE,
  [new InvalidCursorError('').code]: HttpStatus.BAD_REQUEST,
};

/** Every error leaves as JSON `{ error, message, issues? }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    if (error instanceof ZodError) {
      response.status(HttpStatus.BAD_REQUEST).send({ error: 'invalid_request', message: 'the request does not match the schema', issues: error.issues });
      return;
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      // Nest wraps fastify's refusals of a body (400 not JSON, 413 too large) with a bare message.
      response.status(error.getStatus()).send(typeof body === 'string' ? { error: codeOf(error.getStatus()), message: body } : body);
      return;
    }
    // Other client errors that carry their own status.
    const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      response.status(status).send({ error: codeOf(status), message: (error as Error).message });
      return;
    }
    const code = (error as { code?: string }).code;
    const mapped = code ? STATUS_BY_CODE[code] : undefined;
    if (mapped) {
      response.status(mapped).send({ error: code, message: (error as Error).message });
      return;
    }
    this.logger.error(error instanceof Error ? error.stack : String(error));
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).send({ error: 'internal_error', message: 'internal error' });
  }
}

/** "bad_request", "payload_too_large": a status's name as an error code. */
function codeOf(status: number): string {
  return (HttpStatus[status] ?? 'error').toLowerCase();
}
