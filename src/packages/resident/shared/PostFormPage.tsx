/** A resident form page for the post in the link (ask, mediation, legal aid); a link without one says so. */
import type { ComponentType } from 'react';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { ResidentPage } from './ResidentPage';
import { StateView } from '~/src/components/StateView';
import { SHARED_STRINGS } from './strings';
import { usePostId } from './usePostId';

/** Props of PostFormPage: the page's class and its form, given the post's id. */
export interface PostFormPageProps {
  className: string;
  Form: ComponentType<{ postId: string }>;
}

/** The page: `Form` for a well-formed `postId` query, else the missing-post message. */
export function PostFormPage({ className, Form }: PostFormPageProps) {
  const postId = usePostId();
  return (
    <ResidentPage className={className}>
      {postId ? <Form postId={postId} /> : <StateView kind="error" title={SHARED_STRINGS.missingPost} />}
    </ResidentPage>
  );
}
