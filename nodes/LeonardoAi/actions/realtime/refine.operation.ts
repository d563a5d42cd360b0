import { realtimeOperation } from './operation';

/** Realtime → Refine: POST /lcm-instant-refine (endpoints.ts). */
export const { description, prepare, execute } = realtimeOperation('refine');
