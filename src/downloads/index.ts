// What other features use of the downloads.
export { downloadsStep } from './integration.ts';
