export type { ManchetteTheme, ManchetteThemeOverrides } from './tokens';
export { createTheme, defaultTheme, themeToCustomProperties, vars } from './tokens';
