// @custom-elements-manifest/analyzer configuration: `cem analyze` (run by `build`) writes
// custom-elements.json from the element's source and JSDoc (@tagname, @attr, @event, @csspart, @cssprop).
// test/unit/custom-elements-manifest.test.ts checks that the committed file equals a fresh analysis.

/** Internal state (`_x`, lit `state: true`) and private or static plumbing are not public API. */
const isInternal = (m) =>
  m.name.startsWith('_') || m.name.startsWith('#') || m.privacy === 'private' || m.static === true;

/** Leaves only the public surface: no internal state as attributes, no private or static members. */
function publicSurfaceOnly() {
  return {
    name: 'peacepanel-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) {
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
          if (d.members) d.members = d.members.filter((m) => !isInternal(m));
        }
    },
  };
}

export default {
  globs: ['src/partnership-effect/partnership-effect.component.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  // package.json already points `customElements` at the file (and a test run writes elsewhere).
  packagejson: false,
  plugins: [publicSurfaceOnly()],
};
