// What other features use of offline.
export { OFFLINE_LOADER } from './contract.ts';
export { versionOf } from './build.ts';
export { offlineStep } from './integration.ts';
