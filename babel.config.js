// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// A root babel.config.js (not .babelrc) so files outside src/ (types/) are transpiled with the same preset.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
