/** Factories for jest.mock in the tests of pages with a text area or photos (a mock factory must be self-contained). */

/** @tarojs/components' stand-ins with Textarea drawn as an input, so a test can type into it. */
export function componentsWithTextarea(): Record<string, unknown> {
  const stubs = jest.requireActual<Record<string, unknown>>('./components');
  return { ...stubs, Textarea: stubs.Input };
}

/** The photo upload service with uploadPhoto a bare mock and photoSrc the server's file path, as the page shows it. */
export function uploadPhotoService(): Record<string, unknown> {
  return { uploadPhoto: jest.fn(), photoSrc: (id: string) => `/files/${id}` };
}
