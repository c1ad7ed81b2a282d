// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** What src/domain must never reach: it stays pure, reproducible and I/O-free (STYLE.md §1). */
const domainForbiddenImports = [
  {
    group: ['react', 'react-*', '@fluentui/*'],
    message: 'src/domain has no UI: keep React in src/ui.',
  },
  {
    group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-types'],
    message: 'Only src/graph talks to Graph.',
  },
  { group: ['@microsoft/teams-js'], message: 'Only src/host imports TeamsJS.' },
  { group: ['@azure/msal-*'], message: 'Only src/auth imports MSAL.' },
  {
    group: ['fs', 'node:*', 'http', 'https', 'net', 'child_process'],
    message: 'src/domain does no I/O.',
  },
  {
    group: ['**/graph/*', '**/host/*', '**/auth/*', '**/ui/*'],
    message: 'Dependencies point inward: domain imports nothing outside itself.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'coverage', 'dist', 'appPackage/build', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: domainForbiddenImports }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/domain does no I/O.' },
        { name: 'document', message: 'src/domain does no I/O.' },
        { name: 'fetch', message: 'src/domain does no I/O.' },
        { name: 'process', message: 'src/domain reads no environment: pass values in.' },
        { name: 'localStorage', message: 'src/domain does no I/O.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is an argument: pass `now` in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is an argument: pass `now` in.',
        },
        {
          selector:
            "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local)$/]",
          message: 'Time is an argument: pass `now` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Ids and randomness are passed in, so results are reproducible.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  prettier,
);
