/** The root of every resident page: the app's PageShell (elder mode) with the resident styles. */
import type { ReactNode } from 'react';
import { PageShell } from '~/src/components/PageShell';
import './resident.scss';

/** Wraps a resident page in PageShell. */
export function ResidentPage({ className, children }: { className: string; children?: ReactNode }) {
  return <PageShell className={`resident-page ${className}`}>{children}</PageShell>;
}
