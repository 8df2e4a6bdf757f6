import type { IncomingMessage, ServerResponse } from 'node:http';

export const LIMIT: number;
export const THRESHOLD: number;
export function wholeResponse(req: IncomingMessage, res: ServerResponse): void;
