import { INestApplication } from '@nestjs/common';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { ArticleSchema, IncidentViewSchema, SourceStatisticsSchema } from '@app/domain';
import { IncidentQuerySchema } from '@app/read-models';
import { AsOfQuerySchema } from './incidents.controller';

/** JSON Schema of a zod schema as requests send it (before coercion and defaults). */
function schema(s: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  void _drop;
  return rest;
}

function queryParameters(s: z.ZodObject): Array<Record<string, unknown>> {
  const properties = (schema(s).properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    description: property.description,
    schema: property,
  }));
}

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const problem = (description: string) => ({ description, content: json('Error') });

/** The OpenAPI 3.1 document, generated from the same zod schemas the api validates with. */
export function openApiDocument(): OpenAPIObject {
  const range = { type: 'object', properties: { low: { type: 'integer' }, best: { type: 'integer' }, high: { type: 'integer' } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'incident-ledger',
      version: '0.1.0',
      description: 'An auditable ledger of casualty claims read from conflict news. Every figure is a claim with its source; views give low / best / high per incident.',
    },
    paths: {
      '/articles': {
        post: {
          summary: 'Submit an article',
          requestBody: { required: true, content: json('Article') },
          responses: {
            201: { description: 'recorded (embedded mode)', content: json('IngestResult') },
            200: { description: 'already recorded: nothing was appended', content: json('IngestResult') },
            202: { description: 'published to articles.v1 (Kafka mode)' },
            400: problem('not an article: the zod issues are in `issues`'),
            409: problem('this revision was recorded with other content'),
            413: problem('request body too large'),
          },
        },
      },
      '/incidents': {
        get: {
          summary: 'List incidents, newest first, with totals that count every death once',
          parameters: queryParameters(IncidentQuerySchema),
          responses: { 200: { description: 'a page', content: json('IncidentPage') }, 400: problem('bad parameters') },
        },
      },
      '/incidents/{id}': {
        get: {
          summary: 'One incident view; with asOf, as it was known at that moment',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, ...queryParameters(AsOfQuerySchema)],
          responses: { 200: { description: 'the view', content: json('IncidentView') }, 404: problem('unknown (or not yet known) incident') },
        },
      },
      '/incidents/{id}/ledger': {
        get: {
          summary: 'The ledger events behind an incident, in order',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'the events' }, 404: problem('unknown incident') },
        },
      },
      '/sources': {
        get: {
          summary: 'Per-source statistics',
          responses: { 200: { description: 'sources', content: { 'application/json': { schema: { type: 'object', properties: { sources: { type: 'array', items: { $ref: '#/components/schemas/SourceStatistics' } } } } } } } },
        },
      },
      '/stream': {
        get: {
          summary: 'Server-Sent Events: every changed view (`event: incident`, `id`: ledger position); resume with Last-Event-ID',
          responses: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { 200: { description: 'ok' } } } },
      '/readyz': { get: { summary: 'Readiness: ledger and views answer, projector lag', responses: { 200: { description: 'ready' }, 503: problem('not ready') } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { 200: { description: 'text/plain' } } } },
    },
    components: {
      schemas: {
        Article: schema(ArticleSchema),
        IncidentView: schema(IncidentViewSchema),
        SourceStatistics: schema(SourceStatisticsSchema),
        IncidentPage: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { $ref: '#/components/schemas/IncidentView' } },
            nextCursor: { type: ['string', 'null'] },
            totals: { type: 'object', properties: { incidents: { type: 'integer' }, killed: range, injured: range } },
          },
        },
        IngestResult: {
          type: 'object',
          properties: {
            articleId: { type: 'string' },
            revision: { type: 'integer' },
            status: { enum: ['recorded', 'duplicate', 'stale_revision', 'unsupported_language'] },
            claims: { type: 'integer' },
            incidents: { type: 'array', items: { type: 'string' } },
            eventsAppended: { type: 'integer' },
            position: { type: 'integer' },
          },
        },
        Error: {
          type: 'object',
          properties: { error: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'object' } } },
          required: ['error', 'message'],
        },
      },
    },
  } as unknown as OpenAPIObject;
}

/** Serves the document at /docs/json and Swagger UI at /docs. */
export function serveDocs(app: INestApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument(), { jsonDocumentUrl: 'docs/json' });
}
