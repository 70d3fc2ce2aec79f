/** Taro build config shared by weapp and H5; dev.ts / prod.ts hold what differs by mode. */
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// types/ sits outside src/ (the cloud functions import it too), so Taro's babel rule must be told to
// transpile it; otherwise webpack meets raw TypeScript there and the build fails.
const sharedRoots = [path.resolve(__dirname, '..', 'types')];

// Dependencies that ship syntax newer than ES2019 (valibot: `?.`, `??`). WeChat's base library on iOS < 13.4
// cannot parse it and DevTools' "ES6 → ES5" is off in project.config.json, so they go through babel like our code;
// test/sim/es2019.test.ts parses every built script to keep it so.
const MODERN_DEPENDENCIES = /[\\/]node_modules[\\/](valibot)[\\/]/;
const transpiledDependencies = (filename: string): boolean => MODERN_DEPENDENCIES.test(filename);

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'pioneer-post',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // Empty means DYNAMIC_CURRENT_ENV: the environment the mini-program was uploaded to.
      'process.env.CLOUD_ENV': JSON.stringify(process.env.CLOUD_ENV ?? ''),
      // Always defined, even when unset: H5 has no `process` at run time, so a bare reference would throw.
      // The public host of printed plate links (https://<host>/s/<postId>), for plain QR codes and the scanner.
      'process.env.TARO_APP_PUBLIC_URL': JSON.stringify(process.env.TARO_APP_PUBLIC_URL ?? ''),
      // Subscribe-message templates the app asks for: residents' (answers, decisions) and workers' (new, overdue).
      'process.env.TARO_APP_SUBSCRIBE_TMPL_IDS': JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TMPL_IDS ?? ''),
      'process.env.TARO_APP_WORK_SUBSCRIBE_TMPL_IDS': JSON.stringify(
        process.env.TARO_APP_WORK_SUBSCRIBE_TMPL_IDS ?? '',
      ),
    },
    // sitemap.json (which pages WeChat search may index) sits at the mini-program's root; H5 has no use for it.
    copy: {
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: `dist/weapp/sitemap.json` }] : [],
      options: {},
    },
    // The root alias of tsconfig.json: `~/types/api` from anywhere, instead of a ladder of `../`.
    alias: { '~': path.resolve(__dirname, '..') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [...sharedRoots, transpiledDependencies] },
      // Component styles are class-scoped, so the order shared chunks list them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: sharedRoots },
      webpackChain(chain) {
        // Every guides page imports the bundled guide data; without its own chunk H5 copies it into each page.
        const split = (chain.optimization.get('splitChunks') ?? {}) as { cacheGroups?: Record<string, unknown> };
        chain.optimization.splitChunks({
          ...split,
          cacheGroups: {
            ...split.cacheGroups,
            guides: {
              test: /[\\/](data|services)[\\/]guides[\\/]/,
              name: 'guides',
              chunks: 'async',
              priority: 30,
              enforce: true,
            },
          },
        });
      },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
