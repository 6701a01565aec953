// The parts of citation-js 0.7 that HipLens uses (the packages ship no type declarations).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data?: unknown, options?: { forceType?: string; generateGraph?: boolean });
    data: Record<string, unknown>[];
    format(format: 'bibliography' | 'citation', options?: { template?: string; format?: 'text' | 'html'; lang?: string; asEntryArray?: boolean }): string;
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(plugin: string): Record<string, any> };
    input: { chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean }): Record<string, unknown>[]; type(data: unknown): string };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
