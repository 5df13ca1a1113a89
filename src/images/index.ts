export type { PixelSize } from './pixelSize';
export { pixelSize } from './pixelSize';
