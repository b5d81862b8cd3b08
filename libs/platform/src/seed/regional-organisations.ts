import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COUNTRIES } from './demo-organisations';
import type { PlacedInstitution } from './regional-people';
import { REGIONAL_INSTITUTIONS, type RegionalInstitution } from './regional-region';
import { pgArray } from './regional-sql';

/**
 * The region's countries, institutions and units (with sub-units), reusing those that exist by name: the demo's own
 * institutions when `suffix` is empty, separate ones (named "… [suffix]") for a benchmark or test.
 */
export async function ensureRegion(em: EntityManager, suffix: string): Promise<PlacedInstitution[]> {
  for (const { code, name } of DEMO_COUNTRIES)
    await em.execute(
      `insert into country (id, created_at, code, name) values (?, now(), ?, ?) on conflict (code) do nothing`,
      [randomUUID(), code, name],
    );
  const placed: PlacedInstitution[] = [];
  for (const spec of REGIONAL_INSTITUTIONS) {
    const id = await ensureInstitution(em, spec, suffix);
    placed.push({ id, spec, unitIds: await ensureUnits(em, id, spec) });
  }
  return placed;
}

async function ensureInstitution(
  em: EntityManager,
  spec: RegionalInstitution,
  suffix: string,
): Promise<string> {
  const name = suffix ? `${spec.name} [${suffix}]` : spec.name;
  const shortName = (suffix ? `${spec.shortName} ${suffix}` : spec.shortName).slice(0, 40);
  await em.execute(
    `insert into institution (id, created_at, country_id, name, short_name)
     select ?, now(), c.id, ?, ? from country c where c.code = ?
     on conflict (country_id, name) do nothing`,
    [randomUUID(), name, shortName, spec.country],
  );
  const [row] = await em.execute<{ id: string }[]>(
    `select i.id from institution i join country c on c.id = i.country_id where c.code = ? and i.name = ?`,
    [spec.country, name],
  );
  if (!row) throw new Error(`could not place institution ${name}`);
  return row.id;
}

/** Top-level units, then their sub-units under them (materialised path /parent/child/); all their ids. */
async function ensureUnits(
  em: EntityManager,
  institutionId: string,
  spec: RegionalInstitution,
): Promise<string[]> {
  const tops = spec.units.map((unit) => unit.name);
  const topIds = tops.map(() => randomUUID());
  await em.execute(
    `insert into unit (id, created_at, institution_id, parent_id, name, path)
     select x.id, now(), ?, null, x.name, '/' || x.id || '/' from unnest(?::uuid[], ?::text[]) as x(id, name)
     on conflict (institution_id, lower(name)) do nothing`,
    [institutionId, pgArray(topIds), pgArray(tops)],
  );
  const subs = spec.units.flatMap((unit) => unit.subUnits.map((name) => ({ parent: unit.name, name })));
  if (subs.length)
    await em.execute(
      `insert into unit (id, created_at, institution_id, parent_id, name, path)
       select x.id, now(), p.institution_id, p.id, x.name, p.path || x.id || '/'
       from unnest(?::uuid[], ?::text[], ?::text[]) as x(id, parent, name)
       join unit p on p.institution_id = ? and lower(p.name) = lower(x.parent)
       on conflict (institution_id, lower(name)) do nothing`,
      [
        pgArray(subs.map(() => randomUUID())),
        pgArray(subs.map((s) => s.parent)),
        pgArray(subs.map((s) => s.name)),
        institutionId,
      ],
    );
  const names = [...tops, ...subs.map((sub) => sub.name)].map((name) => name.toLowerCase());
  const rows = await em.execute<{ id: string }[]>(
    `select id from unit where institution_id = ? and lower(name) = any(?::text[]) order by lower(name)`,
    [institutionId, pgArray(names)],
  );
  return rows.map((row) => row.id);
}
