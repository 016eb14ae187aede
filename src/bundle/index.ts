// What other features use of the folder bundle.
export { writeBundles } from './build.ts';
