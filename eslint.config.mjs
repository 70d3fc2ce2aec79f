// ESLint flat config: typescript-eslint recommended + React hooks; formatting is Prettier's job.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', '.swc/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest, wx: 'readonly' } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // Boundary: the app reaches data only through src/services (callCloud); server code never ships in the app.
  {
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cloudfunctions', '**/cloudfunctions/**', 'cloudfunctions', 'cloudfunctions/**'],
              message:
                'src/ never imports cloudfunctions/: share shapes through types/, reach data through src/services.',
            },
          ],
        },
      ],
    },
  },
  {
    // Handlers decide; adapters store. The domain reaches storage through the port alone, so either adapter (or a
    // new one) serves it unchanged; geometry both sides need lives in cloudfunctions/geo.
    files: ['cloudfunctions/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/*', '!**/store/port', '**/store/*/**', '**/local', '**/local/**'],
              message:
                'domain/ reaches storage through store/port only: no adapter (store/sqlite, store/cloudbase, other store/ internals), no local/.',
            },
          ],
        },
      ],
    },
  },
  {
    // A getter or setter written in an object literal gives every object the literal makes a hidden class of its
    // own, kept in old space: built per call (a call's context), it held each whole request past its end (2 KB a
    // scan promoted, measured with --trace-gc-nvp; README, "Scan endpoint"). Use a class, whose accessors are shared.
    files: ['cloudfunctions/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ObjectExpression > Property[kind='get'], ObjectExpression > Property[kind='set']",
          message: 'No accessors in object literals on the server: a class shares them (see eslint.config.mjs).',
        },
      ],
    },
  },
  prettier,
);
