// Neither package ships type declarations; these cover the calls the judges make.

declare module '@marbec/web-auto-extractor' {
  export interface ExtractorError {
    message: string;
    format: string;
    source?: string;
    sourceCodeLocation?: { startOffset?: number; endOffset?: number };
  }

  /** Items found in the page, by format, then by `@type`. */
  export interface ExtractedData {
    metatags: Record<string, string[]>;
    microdata: Record<string, Record<string, unknown>[]>;
    rdfa: Record<string, Record<string, unknown>[]>;
    jsonld: Record<string, Record<string, unknown>[]>;
    headings: Array<{ tag: string; level: number; text: string; order: number }>;
    errors: ExtractorError[];
  }

  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] });
    parse(html: string): ExtractedData;
  }
}

declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    rootType?: string;
    dataFormat?: string;
    errorType?: string;
    fieldNames?: string[];
    path?: Array<{ type?: string; index?: number; property?: string }>;
    location?: string;
    source?: string;
  }

  export default class Validator {
    /** The schema.org vocabulary as JSON-LD; without it, only Google's per-type rules run. */
    constructor(schemaOrgJson?: unknown);
    debug: boolean;
    validate(extracted: unknown): Promise<ValidationIssue[]>;
  }
}
