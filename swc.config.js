// One SWC configuration for the server build and for Jest: decorators with metadata (NestJS, GraphQL code-first,
// MikroORM need it), CommonJS output, Node 20 target.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    externalHelpers: false,
  },
  module: { type: 'commonjs', strictMode: true },
  sourceMaps: true,
};
