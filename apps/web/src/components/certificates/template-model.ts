import type {
  CertificateTemplateFieldsFragment,
  CertificateTemplateInput,
} from '../../graphql/certificates.generated';

/** The API's limits for a template (`saveCertificateTemplate`). */
export const MAX_LOGO_BYTES = 300 * 1024;
export const MAX_SIGNATORIES = 3;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
/** Parity's own colours: what a new template starts with. */
export const DEFAULT_PRIMARY = '#1d4f91';
export const DEFAULT_ACCENT = '#b3541e';

/** The form's state for a new template or changes to one. */
export interface TemplateDraft {
  id: string | null;
  name: string;
  primaryColor: string;
  accentColor: string;
  signatories: { name: string; title: string }[];
  isDefault: boolean;
  /** A newly chosen logo (data URL); null keeps the current one. */
  logo: string | null;
  /** The current logo is to be removed. */
  removeLogo: boolean;
  /** The saved logo, for the preview. */
  currentLogo: string | null;
}

export function draftFrom(template?: CertificateTemplateFieldsFragment | null): TemplateDraft {
  return {
    id: template?.id ?? null,
    name: template?.name ?? '',
    primaryColor: template?.primaryColor ?? DEFAULT_PRIMARY,
    accentColor: template?.accentColor ?? DEFAULT_ACCENT,
    signatories: (template?.signatories ?? []).map(({ name, title }) => ({ name, title })),
    isDefault: template?.isDefault ?? false,
    logo: null,
    removeLogo: false,
    currentLogo: template?.logoDataUrl ?? null,
  };
}

/** The logo the certificate will carry: the new one, else the saved one unless it is being removed. */
export function previewLogo(draft: TemplateDraft): string | null {
  return draft.logo ?? (draft.removeLogo ? null : draft.currentLogo);
}

/** What the form asks the person to fix before sending (the API checks again). */
export interface DraftProblems {
  name: boolean;
  /** Indexes of signatories with a missing name or title. */
  signatories: number[];
}

export function draftProblems(draft: TemplateDraft): DraftProblems {
  return {
    name: draft.name.trim() === '',
    signatories: draft.signatories.flatMap((signatory, index) =>
      signatory.name.trim() === '' || signatory.title.trim() === '' ? [index] : [],
    ),
  };
}

export const hasProblems = (problems: DraftProblems): boolean =>
  problems.name || problems.signatories.length > 0;

export function toInput(draft: TemplateDraft, institutionId: string): CertificateTemplateInput {
  return {
    id: draft.id,
    institutionId,
    name: draft.name.trim(),
    primaryColor: draft.primaryColor.toLowerCase(),
    accentColor: draft.accentColor.toLowerCase(),
    signatories: draft.signatories
      .slice(0, MAX_SIGNATORIES)
      .map((signatory) => ({ name: signatory.name.trim(), title: signatory.title.trim() })),
    isDefault: draft.isDefault,
    logo: draft.logo,
    removeLogo: draft.logo === null && draft.removeLogo,
  };
}

/** Why a chosen logo file cannot be used, if it cannot. */
export function logoProblem(file: { type: string; size: number }): 'TYPE' | 'SIZE' | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'TYPE';
  if (file.size > MAX_LOGO_BYTES) return 'SIZE';
  return null;
}

/** A file as a `data:` URL (what the API takes for a logo). */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
