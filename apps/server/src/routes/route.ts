import type {} from '../types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ServiceContext } from '../context';

/** One documented route: the OpenAPI document is generated from these definitions and their zod schemas. */
export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tags: string[];
  /** false for anonymous routes (login, health). */
  auth?: boolean;
  /**
   * Strictly anonymous (the secret-ballot cast endpoint): the session cookie is never resolved, the request is
   * never logged, and the service context has no actor and no request id. Implies auth: false.
   */
  anonymous?: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  /** Non-JSON response (e.g. xlsx). */
  produces?: string;
  multipart?: boolean;
  status?: number;
  handler: (req: FastifyRequest, reply: FastifyReply, ctx: ServiceContext) => Promise<unknown>;
}

export function defineRoutes(app: FastifyInstance, defs: RouteDef[]) {
  for (const d of defs) {
    app.routeDefs.push(d);
    app.route({
      method: d.method,
      url: d.url,
      config: { auth: d.auth !== false && !d.anonymous, anonymous: d.anonymous === true },
      ...(d.anonymous ? { logLevel: 'silent' as const } : {}),
      handler: async (req, reply) => {
        const out = await d.handler(req, reply, req.ctx);
        if (d.status) reply.code(d.status);
        return out;
      },
    });
  }
}

function toOpenApiPath(url: string) {
  return url.replace(/:([A-Za-z]+)/g, '{$1}');
}

function schemaOf(s: z.ZodType, io: 'input' | 'output') {
  try {
    return z.toJSONSchema(s, { io, unrepresentable: 'any' });
  } catch {
    return {};
  }
}

/** OpenAPI 3.1 document for every registered route. */
export function openApiDocument(registry: RouteDef[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = {
    description: 'Lỗi: { error: MÃ_LỖI, message (tiếng Việt), details }',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: { error: { type: 'string' }, message: { type: 'string' }, details: {} },
          required: ['error', 'message'],
        },
      },
    },
  };
  for (const d of registry) {
    const p = toOpenApiPath(d.url);
    const params = [...d.url.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query: unknown[] = [];
    if (d.query) {
      const js = schemaOf(d.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) {
        query.push({ name, in: 'query', required: js.required?.includes(name) ?? false, schema });
      }
    }
    (paths[p] ??= {})[d.method.toLowerCase()] = {
      summary: d.summary,
      tags: d.tags,
      parameters: [...params, ...query],
      ...(d.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(d.body, 'input') } },
            },
          }
        : {}),
      ...(d.multipart
        ? {
            requestBody: {
              content: {
                'multipart/form-data': {
                  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
                },
              },
            },
          }
        : {}),
      responses: {
        [String(d.status ?? 200)]: d.produces
          ? {
              description: 'Tệp',
              content: { [d.produces]: { schema: { type: 'string', format: 'binary' } } },
            }
          : {
              description: 'Thành công',
              ...(d.response
                ? { content: { 'application/json': { schema: schemaOf(d.response, 'output') } } }
                : {}),
            },
        '4XX': error,
      },
      ...(d.auth === false || d.anonymous ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vinh Danh API',
      version,
      description:
        'API của hệ thống thi đua, khen thưởng Vinh Danh. Xác thực bằng cookie phiên (POST /api/v1/auth/login); mọi yêu cầu thay đổi dữ liệu gửi kèm header x-csrf-token.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vd_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
