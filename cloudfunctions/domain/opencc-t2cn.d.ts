/**
 * Types of opencc-js's traditional→simplified entry (`opencc-js/t2cn`, a package export): the tests' compiler
 * (moduleResolution node) does not read package exports, so it is pointed at the package's own types here.
 */
declare module 'opencc-js/t2cn' {
  export { Converter } from 'opencc-js';
}
