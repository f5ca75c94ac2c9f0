/** How much the PR comment shows: `compact` (default) one screen, `full` every section open. */
export const COMMENT_LAYOUTS = ['compact', 'full'] as const
export type CommentLayout = (typeof COMMENT_LAYOUTS)[number]
