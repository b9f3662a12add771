/**
 * The architecture, enforced (docs/ARCHITECTURE.md): libs are pure TypeScript —
 * no framework, database, Node built-in or app import — apps do not import each
 * other, and dashboard features do not reach into one another.
 */
module.exports = {
  forbidden: [
    {
      name: 'libs-are-pure',
      comment: 'A lib may import only other libs: no framework, database, npm package or Node API.',
      severity: 'error',
      from: { path: '^libs/', pathNot: '[.]spec[.]ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core', 'unknown'],
      },
    },
    {
      name: 'lib-specs-stay-framework-free',
      comment: 'Lib specs may read fixtures (Node built-ins) and use fast-check, nothing else from npm.',
      severity: 'error',
      from: { path: '^libs/.+[.]spec[.]ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'unknown'],
        pathNot: 'node_modules/fast-check/',
      },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-does-not-import-web',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'web-does-not-import-api',
      comment: 'The dashboard shares types through libs/contracts only.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'web-features-are-independent',
      comment: 'Compose features in src/app; a feature never imports another feature.',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/', pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
