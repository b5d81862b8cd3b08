import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

/**
 * Module boundaries: arrows point one way. Domain order (lowest first):
 * shared → identity → curriculum → learning → assessment → certification; notifications, coaching, network and
 * reporting sit above what they read. Apps sit on top; the web app imports no server library.
 */
const domainDeps = {
  'scope:shared': ['scope:shared'],
  'scope:identity': ['scope:shared'],
  'scope:curriculum': ['scope:shared', 'scope:identity'],
  'scope:learning': ['scope:shared', 'scope:identity', 'scope:curriculum'],
  'scope:assessment': ['scope:shared', 'scope:identity', 'scope:curriculum', 'scope:learning'],
  'scope:certification': [
    'scope:shared',
    'scope:identity',
    'scope:curriculum',
    'scope:learning',
    'scope:assessment',
  ],
  'scope:notifications': [
    'scope:shared',
    'scope:identity',
    'scope:curriculum',
    'scope:learning',
    'scope:assessment',
    'scope:certification',
  ],
  'scope:coaching': [
    'scope:shared',
    'scope:identity',
    'scope:curriculum',
    'scope:learning',
    'scope:assessment',
    'scope:certification',
    'scope:notifications',
  ],
  'scope:network': ['scope:shared', 'scope:identity', 'scope:curriculum'],
  'scope:reporting': [
    'scope:shared',
    'scope:identity',
    'scope:curriculum',
    'scope:learning',
    'scope:assessment',
    'scope:certification',
    'scope:coaching',
    'scope:network',
  ],
  'scope:platform': ['scope:*'],
  'scope:testing': ['scope:*'],
  'scope:api': ['scope:*'],
  'scope:worker': ['scope:*'],
  'scope:web': ['scope:web'],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/coverage',
      '**/generated.ts',
      '**/vite.config.*.timestamp*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.vue'],
    ignores: ['**/eslint.config.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            ...Object.entries(domainDeps).map(([sourceTag, onlyDependOnLibsWithTags]) => ({
              sourceTag,
              onlyDependOnLibsWithTags,
            })),
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util', 'type:ui'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      'max-classes-per-file': ['error', 1],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'scripts/**', '**/*.mjs', '**/*.js'],
    rules: {
      'no-console': 'off',
      'max-classes-per-file': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
];
