// Liveness and database connectivity for monitors and load balancers.
import { isDatabaseUp } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const up = await isDatabaseUp();
  return Response.json(
    { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down', time: new Date().toISOString() },
    { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
