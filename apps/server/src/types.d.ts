import type { ServiceContext } from './context';
import type { RouteDef } from './routes/route';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: ServiceContext;
    sessionTokenHash: string | null;
    csrfToken: string | null;
  }
  interface FastifyInstance {
    routeDefs: RouteDef[];
  }
  interface FastifyContextConfig {
    auth?: boolean;
    /** Never resolve a session, never log (secret-ballot cast). */
    anonymous?: boolean;
  }
}
