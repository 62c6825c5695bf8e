/**
 * Styles of the workflow screens (review screen, dashboards, edit-view buttons), in Payload's own CSS
 * variables so they follow the admin's light and dark themes. One string, rendered in a <style> tag
 * by each screen, scoped by the `haven-` class names.
 */
export const workflowCss = `
.haven-card { background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-150);
  border-radius: var(--style-radius-m, 6px); padding: calc(var(--base) * 0.8); }
.haven-card h3 { margin: 0 0 calc(var(--base) * 0.5); font-size: 1rem; display: flex; gap: .5rem; align-items: baseline; }
.haven-card ul { list-style: none; margin: 0; padding: 0; }
.haven-card li { padding: calc(var(--base) * 0.3) 0; border-top: 1px solid var(--theme-elevation-100); }
.haven-card li:first-child { border-top: 0; }
.haven-card p { margin: 0; color: var(--theme-elevation-600); }
.haven-count { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 999px;
  padding: 0 .45em; font-size: .8rem; background: var(--theme-elevation-150); color: var(--theme-elevation-800); }
.haven-count--alert { background: var(--theme-error-100); color: var(--theme-error-800, var(--theme-error-500)); }
.haven-grid { display: grid; gap: var(--base); grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); }
.haven-dashboard { margin-bottom: calc(var(--base) * 2); }
.haven-dashboard > h2 { margin: 0 0 calc(var(--base) * 0.6); }
.haven-meta { display: block; font-size: .8rem; color: var(--theme-elevation-500); }
.haven-pill { display: inline-block; border-radius: 999px; padding: .05em .6em; font-size: .75rem;
  background: var(--theme-elevation-100); color: var(--theme-elevation-800); white-space: nowrap; }
.haven-pill--in_review { background: var(--theme-warning-100); color: var(--theme-warning-800, var(--theme-elevation-800)); }
.haven-pill--changes_requested { background: var(--theme-error-100); color: var(--theme-error-800, var(--theme-elevation-800)); }
.haven-pill--approved, .haven-pill--published { background: var(--theme-success-100); color: var(--theme-success-800, var(--theme-elevation-800)); }
.haven-review { display: grid; gap: calc(var(--base) * 1.5); grid-template-columns: minmax(0, 1fr) 22rem;
  padding: var(--base) var(--gutter-h, var(--base)); }
@media (max-width: 1000px) { .haven-review { grid-template-columns: minmax(0, 1fr); } }
.haven-review aside { position: sticky; top: calc(var(--app-header-height, 60px) + var(--base)); align-self: start;
  display: grid; gap: var(--base); }
.haven-review textarea { width: 100%; min-height: 8rem; font: inherit; padding: .5rem; color: var(--theme-text);
  background: var(--theme-input-bg, var(--theme-elevation-0)); border: 1px solid var(--theme-elevation-150);
  border-radius: var(--style-radius-s, 4px); }
.haven-review label { display: block; font-weight: 600; margin-bottom: .3rem; }
.haven-actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .6rem; }
.haven-actions .btn { margin: 0; }
.haven-alert { border-left: 4px solid var(--theme-error-500); background: var(--theme-error-50, var(--theme-elevation-50));
  padding: .6rem .8rem; margin-top: .6rem; }
.haven-note { border-left: 4px solid var(--theme-warning-500); background: var(--theme-elevation-50); padding: .6rem .8rem; }
.haven-diff ins { background: var(--theme-success-100); color: var(--theme-success-800, inherit); text-decoration: none; }
.haven-diff del { background: var(--theme-error-100); color: var(--theme-error-800, inherit); }
.haven-diff .haven-row { padding: .4rem .6rem; border-left: 3px solid var(--theme-elevation-150); margin: .35rem 0; }
.haven-diff .haven-row--added { border-color: var(--theme-success-500); }
.haven-diff .haven-row--removed { border-color: var(--theme-error-500); }
.haven-diff .haven-row--changed { border-color: var(--theme-warning-500); }
.haven-diff .haven-label { display: block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em;
  color: var(--theme-elevation-500); }
.haven-reader { background: var(--theme-elevation-0); border: 1px solid var(--theme-elevation-150);
  border-radius: var(--style-radius-m, 6px); padding: calc(var(--base) * 1.2); max-width: 46rem; line-height: 1.6; }
.haven-reader h1 { margin-top: 0; }
.haven-reader .haven-box { border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s, 4px);
  padding: .6rem .8rem; margin: .8rem 0; background: var(--theme-elevation-50); }
.haven-reader img { max-width: 100%; height: auto; border-radius: var(--style-radius-s, 4px); }
.haven-workflow-bar { display: flex; align-items: center; gap: .6rem; flex-wrap: wrap; }
.haven-workflow-bar .btn { margin: 0; }
`
