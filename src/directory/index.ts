// What other features use of the directory: loading and checking it, its translations, how it is
// shown, and its build step. Routes read the loaded directory through routes.ts.
export { loadDirectory, staleChecks, type Directory, type Organisation } from './load.ts';
export { languageDirectory, sourceLanguageOf, type Localised, type LanguageDirectory } from './translations.ts';
export { byName, channelHref, correctionsNotice, countryName, organisationLink } from './present.ts';
export { directoryReportStep } from './report.ts';
