export { DEFAULT_PAYWALL_CLASS, paywallClassName, paywallStart } from './paywall';
