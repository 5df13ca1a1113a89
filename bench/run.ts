// `npm run bench`. Servers render in production mode, and so does the benchmark: React and
// styled-components read NODE_ENV once, when they load, so it is set before anything imports them.
process.env.NODE_ENV = 'production';
await import('./main.ts');

export {};
