import { register } from 'node:module';

// React's own loader for Server Components in Node turns every module marked
// 'use client' into a client reference, as a Server Components bundler does.
// It wants each module's source as a string, which the loader registered
// before it (called after it in the chain) makes of the bytes Node reads.
register('./source-as-text.mjs', import.meta.url);
register('react-server-dom-webpack/node-loader', import.meta.url);
