import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports the pure domain may not make: frameworks, I/O, adapters, services. */
const FORBIDDEN_IN_DOMAIN = [
  '@nestjs/*', '@eventstore/*', 'kafkajs', 'better-sqlite3', 'pg', 'express', 'pino', 'prom-client',
  'node:*', 'fs', 'path', 'crypto', 'http', 'https', 'net', 'child_process', 'os',
  '@app/*', '../../*',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '**/*.tmp.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The dependency rule: libs/domain stays pure (zod only), checked on every `npm test`.
    files: ['libs/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: FORBIDDEN_IN_DOMAIN, message: 'libs/domain is pure: no framework, I/O, adapter or service imports' }] },
      ],
    },
  },
);
