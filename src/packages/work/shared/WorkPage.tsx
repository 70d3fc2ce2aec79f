/** The root of every worker page: the app's PageShell (elder mode) with the worker styles. */
import type { ReactNode } from 'react';
import { PageShell } from '~/src/components/PageShell';
import './work.scss';

/** Wraps a worker page in PageShell. */
export function WorkPage({ className, children }: { className: string; children?: ReactNode }) {
  return <PageShell className={`work-page ${className}`}>{children}</PageShell>;
}
