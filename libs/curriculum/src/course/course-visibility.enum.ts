/** Who may find a published course: its institution only, every institution of the region, or anyone. */
export enum CourseVisibility {
  INSTITUTION = 'institution',
  REGIONAL = 'regional',
  PUBLIC = 'public',
}
