import { buildOpenApiDocument } from '@/lib/openapi';
import { originFromRequest } from '@/lib/http/origin';

export const dynamic = 'force-dynamic';

/** GET /api/openapi.json — the JSON API in OpenAPI 3.1, generated from lib/api-schemas.ts. */
export function GET(req: Request) {
  return Response.json(buildOpenApiDocument(originFromRequest(req)));
}
