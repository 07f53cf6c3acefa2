import { analyze } from '@/lib/analyzer';
import { noteRequestSchema } from '@/lib/schema';

export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'Malformed JSON.' }, { status: 400 });
  }
  const parsed = noteRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ error: 'Invalid request.', issues: parsed.error.issues }, { status: 422 });
  }
  return Response.json(analyze(parsed.data));
}
