// The server entry: full-document rendering for static generation and validators.
export {};
