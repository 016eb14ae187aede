// What other features use of the folder bundle.
export { relativeLink, writeBundles } from './build.ts';
