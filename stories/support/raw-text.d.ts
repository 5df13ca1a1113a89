// Vite imports a file's text with the `?raw` suffix (the seed texts in the import stories).
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
