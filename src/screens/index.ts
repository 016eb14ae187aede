// What other features use of the screens: loading and checking them, and drawing one. Pages show
// them through ScreenDrawing.astro and ScreenGrid.astro, which read routes.ts.
export { loadScreens, languageScreens, SCREENS_FOLDER, type Screen, type LocalScreen } from './load.ts';
export { drawScreen, drawnHeight, SCREEN_ROOM } from './draw.ts';
