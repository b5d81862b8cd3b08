/** draft → in_review → published → archived (a newer version was published). A returned version goes back to draft. */
export enum VersionStatus {
  DRAFT = 'draft',
  IN_REVIEW = 'in_review',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}
