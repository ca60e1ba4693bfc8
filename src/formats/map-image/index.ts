/**
 * Map images, the one part of src/formats the web app may import (test/architecture.test.ts): the scene,
 * its SVG writer and the scene of a saved werkruimte. Pure: no IO, no DOM, no Node built-ins.
 */
export {
  ARROWS_UP_TO,
  LABEL_ALL_UP_TO,
  LABEL_LARGEST,
  sceneFromWorkspace,
  type WorkspaceSceneOptions,
} from './from-workspace.ts';
export * from './scene.ts';
export { escapeXml, renderMapSvg, safeColor } from './svg.ts';
