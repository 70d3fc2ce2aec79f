/** Production build: minified, and no source maps, because they count against the 2 MB package limit. */
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: { enableSourceMap: false },
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>;
