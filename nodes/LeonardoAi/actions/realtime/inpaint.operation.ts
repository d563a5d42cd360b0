import { realtimeOperation } from './operation';

/** Realtime → Inpaint: POST /lcm-inpainting (endpoints.ts). */
export const { description, prepare, execute } = realtimeOperation('inpaint');
