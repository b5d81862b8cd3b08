/**
 * The region of the programme (see shared/context): the Ministries of Defence and Armed Forces of Bosnia and
 * Herzegovina, Montenegro, North Macedonia and Serbia, the BiH Ministry of Security, and UNDP SEESAC.
 */
export const DEMO_COUNTRIES = [
  { code: 'BA', name: 'Bosnia and Herzegovina' },
  { code: 'ME', name: 'Montenegro' },
  { code: 'MK', name: 'North Macedonia' },
  { code: 'RS', name: 'Serbia' },
  { code: 'AL', name: 'Albania' },
  { code: 'XK', name: 'Kosovo' },
] as const;

export const DEMO_INSTITUTIONS = [
  {
    key: 'seesac',
    country: 'RS',
    name: 'UNDP SEESAC',
    shortName: 'SEESAC',
    units: ['Gender and Security Sector Reform'],
  },
  {
    key: 'mod-me',
    country: 'ME',
    name: 'Ministry of Defence of Montenegro',
    shortName: 'MoD ME',
    units: ['Human Resources Directorate', 'Gender Equality Mechanism', 'Defence Policy Directorate'],
  },
  {
    key: 'af-me',
    country: 'ME',
    name: 'Armed Forces of Montenegro',
    shortName: 'AF ME',
    units: ['General Staff', 'Infantry Battalion', 'Navy', 'Air Force'],
  },
  {
    key: 'mod-ba',
    country: 'BA',
    name: 'Ministry of Defence of Bosnia and Herzegovina',
    shortName: 'MoD BiH',
    units: ['Sector for Personnel Management', 'Gender Focal Points'],
  },
  {
    key: 'af-ba',
    country: 'BA',
    name: 'Armed Forces of Bosnia and Herzegovina',
    shortName: 'AF BiH',
    units: ['Joint Staff', 'Support Command', 'Training and Doctrine Command'],
  },
  {
    key: 'mos-ba',
    country: 'BA',
    name: 'Ministry of Security of Bosnia and Herzegovina',
    shortName: 'MoS BiH',
    units: ['Gender Equality Coordination Board'],
  },
  {
    key: 'mod-mk',
    country: 'MK',
    name: 'Ministry of Defence of North Macedonia',
    shortName: 'MoD MK',
    units: ['Human Resources Sector', 'Equal Opportunities Unit'],
  },
  {
    key: 'army-mk',
    country: 'MK',
    name: 'Army of the Republic of North Macedonia',
    shortName: 'ARNM',
    units: ['General Staff', 'Military Academy'],
  },
  {
    key: 'mod-rs',
    country: 'RS',
    name: 'Ministry of Defence of the Republic of Serbia',
    shortName: 'MoD RS',
    units: ['Human Resources Sector', 'Gender Equality Mechanism'],
  },
  {
    key: 'saf-rs',
    country: 'RS',
    name: 'Serbian Armed Forces',
    shortName: 'SAF',
    units: ['General Staff', 'Training Command', 'Military Academy'],
  },
] as const;
