import { realtimeOperation } from './operation';

/** Realtime → Upscale: POST /lcm-upscale (endpoints.ts). */
export const { description, prepare, execute } = realtimeOperation('upscale');
