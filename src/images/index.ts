export type { PixelSize } from './pixelSize';
export { pixelSize } from './pixelSize';
export type { ImageLoader, ResponsiveSources } from './responsive';
export { IMAGE_SIZES, responsiveSources, SRCSET_WIDTHS } from './responsive';
