/** Error codes of the curriculum domain (extensions.code). The API maps each one exhaustively. */
export enum CurriculumErrorCode {
  /** A save based on an old revision: the answer carries the current revision. */
  EDIT_CONFLICT = 'EDIT_CONFLICT',
  /** Only a draft can be edited; published versions are immutable. */
  VERSION_NOT_EDITABLE = 'VERSION_NOT_EDITABLE',
  /** The version is not in the state this step needs (e.g. approving a draft). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The author (or an editor) of a version cannot approve it. */
  SELF_APPROVAL = 'SELF_APPROVAL',
  /** No language is complete, so nothing can be published. */
  NO_COMPLETE_LANGUAGE = 'NO_COMPLETE_LANGUAGE',
  /** A course package that is not valid (or hostile): nothing was imported. */
  INVALID_PACKAGE = 'INVALID_PACKAGE',
}
