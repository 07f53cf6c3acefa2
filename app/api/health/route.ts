// GET /api/health: a trivial route for liveness checks and the bench's baseline (same server,
// same headers and proxy, no analysis). Not rate limited: it does no work worth protecting.
import { API_HEADERS } from '@/lib/http/errors';

// Rendered per request, like the API routes it is compared with.
export const dynamic = 'force-dynamic';

/** Answers `{ ok: true }`. */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: API_HEADERS });
}
