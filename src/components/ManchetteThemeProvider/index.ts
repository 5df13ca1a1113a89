export type { ManchetteThemeProviderProps } from './ManchetteThemeProvider';
export { ManchetteThemeProvider } from './ManchetteThemeProvider';
