/**
 * Messages name a field by its label, which helpers/labels.ts finds in the node's properties: the
 * node's module hands them over when it loads. A test that reads parameters without n8n imports this
 * file first (the transport tests, which read none, do not pay for loading the whole node).
 */
import '../../nodes/LeonardoAi/LeonardoAi.node';
