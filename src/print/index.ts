// What other features use of print.
export { printStep } from './integration.ts';
