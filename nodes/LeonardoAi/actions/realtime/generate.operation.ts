import { realtimeOperation } from './operation';

/** Realtime → Generate: POST /generations-lcm (endpoints.ts). */
export const { description, prepare, execute } = realtimeOperation('generate');
