// POST /api/triage: the shared JSON handler does limit → read → validate → act → respond.
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { MAX_TRIAGE_BODY_BYTES, triageRequestSchema } from '@/lib/schema';
import { triage } from '@/lib/triage';

// Triage 1–200 invitations; the body cap is sized for 200 (a note's 16 KB fits about ten).
export const POST = createJsonHandler({ name: 'triage', schema: triageRequestSchema, action: triage, maxBytes: MAX_TRIAGE_BODY_BYTES });

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
