#!/usr/bin/env node
// Static check of docker/**: every YAML file parses; compose services, Dockerfile stages and Kubernetes
// manifests reference names and repository paths that exist. No Docker engine needed.
//   node docker/check.mjs
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const errors = [];
const warnings = new Set();
const check = (ok, message) => ok || errors.push(message);
const rel = (p) => relative(root, p) || '.';

// 1. Every YAML file parses (merge keys `<<:` enabled, as Docker Compose and kubectl accept them).
const walk = (dir) =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
  );
const yamlDocs = {};
for (const file of walk(here).filter((f) => /\.ya?ml$/.test(f))) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  for (const doc of docs)
    for (const e of [...doc.errors, ...doc.warnings]) errors.push(`${rel(file)}: ${e.message}`);
  yamlDocs[rel(file)] = docs.map((d) => d.toJS({ maxAliasCount: 100 })).filter(Boolean);
}

// The commented KEDA example in k8s/README.md stays valid YAML once uncommented.
const keda = readFileSync(join(here, 'k8s/README.md'), 'utf8').match(/```yaml\n([\s\S]*?)```/)?.[1] ?? '';
const kedaDoc = parseAllDocuments(keda.replace(/^# ?/gm, ''))[0];
check(
  kedaDoc && !kedaDoc.errors.length && kedaDoc.toJS()?.kind === 'ScaledObject',
  'k8s/README.md: KEDA example is not a valid ScaledObject',
);

// 2. The repository layout the images rely on.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
check(
  !pkg.workspaces,
  'package.json has workspaces: the deps stages must also copy their package.json files',
);
for (const s of ['build:server', 'build:web']) check(pkg.scripts?.[s], `package.json has no "${s}" script`);
for (const p of [
  'apps/api',
  'apps/worker',
  'apps/web',
  'libs',
  'package-lock.json',
  'scripts/build-server.mjs',
  '.dockerignore',
])
  check(existsSync(join(root, p)), `missing ${p}`);
const ignored = readFileSync(join(root, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim());
for (const p of [
  'package.json',
  'package-lock.json',
  'apps',
  'libs',
  'scripts',
  'docker',
  'docker/nginx.conf',
])
  check(!ignored.includes(p), `.dockerignore excludes ${p}, which the build needs`);

// A dist/server/X.js entry point is compiled from X.ts (warn only: sources may not be written yet).
const entryPoints = new Set();
const checkEntry = (text, where) => {
  for (const [, p] of String(text).matchAll(/dist\/server\/([\w/.-]+)\.js/g)) {
    entryPoints.add(p);
    if (!existsSync(join(root, `${p}.ts`)))
      warnings.add(`${where}: ${p}.ts (source of dist/server/${p}.js) does not exist yet`);
  }
};

// 3. Dockerfiles: stages referenced by --from/FROM exist earlier; COPY sources exist in the context.
const dockerfiles = readdirSync(here).filter((f) => f.endsWith('.Dockerfile'));
for (const name of dockerfiles) {
  const text = readFileSync(join(here, name), 'utf8').replace(/\\\n/g, ' ');
  const stages = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))) {
    const from = line.match(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i);
    if (from) {
      if (!from[1].includes('$') && !from[1].includes(':'))
        check(stages.includes(from[1]), `${name}: FROM unknown stage ${from[1]}`);
      if (from[2]) stages.push(from[2]);
    }
    const copy = line.match(/^COPY\s+(.*)$/i);
    if (copy) {
      const args = copy[1].split(/\s+/);
      const fromStage = args.find((a) => a.startsWith('--from='))?.slice(7);
      const sources = args.filter((a) => !a.startsWith('--')).slice(0, -1);
      if (fromStage)
        check(stages.includes(fromStage), `${name}: COPY --from=${fromStage} is not an earlier stage`);
      else
        for (const s of sources)
          check(existsSync(join(root, s)), `${name}: COPY source ${s} not in the build context`);
    }
    if (/^(CMD|ENTRYPOINT)/i.test(line)) checkEntry(line, name);
  }
  check(/^USER\s+(?!root|0\b)\S+/m.test(text), `${name}: final image does not switch to a non-root USER`);
  check(
    stages.includes('deps') && stages.includes('build') && stages.at(-1) === 'runtime',
    `${name}: expected stages deps, build, ..., runtime`,
  );
}
check(
  readFileSync(join(here, 'api.Dockerfile'), 'utf8').includes('HEALTHCHECK --'),
  'api.Dockerfile has no HEALTHCHECK',
);

// 4. Compose: the expected services, build contexts at the repo root, dependencies that exist.
const compose = yamlDocs['docker/compose.yml'][0];
const services = compose.services ?? {};
const expected = ['postgres', 'redis', 'mailcatcher', 'migrate', 'api', 'worker', 'web'];
check(
  JSON.stringify(Object.keys(services).sort()) === JSON.stringify([...expected].sort()),
  `compose services are ${Object.keys(services)}`,
);
for (const [name, svc] of Object.entries(services)) {
  if (svc.build) {
    const context = resolve(here, svc.build.context);
    check(context === root, `compose ${name}: build context ${svc.build.context} is not the repo root`);
    check(
      existsSync(join(context, svc.build.dockerfile)),
      `compose ${name}: ${svc.build.dockerfile} not found`,
    );
  }
  for (const dep of Object.keys(svc.depends_on ?? {}))
    check(services[dep], `compose ${name}: depends on unknown ${dep}`);
  if (svc.command) checkEntry([].concat(svc.command).join(' '), `compose ${name}`);
}
for (const s of ['api', 'worker'])
  check(
    services[s]?.depends_on?.migrate?.condition === 'service_completed_successfully',
    `compose ${s} must wait for migrate`,
  );
check(
  services.migrate?.depends_on?.postgres?.condition === 'service_healthy',
  'compose migrate must wait for a healthy postgres',
);
check(
  services.worker?.stop_grace_period === '30s' && !services.worker?.container_name && !services.worker?.ports,
  'compose worker: 30s grace, scalable',
);
check(services.redis?.command?.includes('--appendonly'), 'compose redis: appendonly');

// 5. Kubernetes: well-formed objects; referenced ConfigMaps, Secrets, Deployments and files exist.
const k8s = Object.entries(yamlDocs)
  .filter(([f]) => f.startsWith('docker/k8s/'))
  .flatMap(([f, docs]) => docs.map((d) => ({ f, d })));
const named = (kind) => new Set(k8s.filter(({ d }) => d.kind === kind).map(({ d }) => d.metadata?.name));
for (const { f, d } of k8s) {
  check(
    d.apiVersion && d.kind && (d.metadata?.name || d.kind === 'Kustomization'),
    `${f}: object without apiVersion/kind/metadata.name`,
  );
  const pod = d.spec?.template?.spec;
  if (d.kind === 'Deployment') {
    const sel = d.spec.selector.matchLabels;
    check(
      Object.entries(sel).every(([k, v]) => d.spec.template.metadata.labels[k] === v),
      `${f}: selector does not match template labels`,
    );
  }
  for (const c of pod?.containers ?? []) {
    for (const e of c.envFrom ?? []) {
      if (e.configMapRef)
        check(named('ConfigMap').has(e.configMapRef.name), `${f}: unknown ConfigMap ${e.configMapRef.name}`);
      if (e.secretRef)
        check(named('Secret').has(e.secretRef.name), `${f}: unknown Secret ${e.secretRef.name}`);
    }
    if (c.command) checkEntry(c.command.join(' '), f);
    check(pod.securityContext?.runAsNonRoot, `${f}: pod must run as non-root`);
  }
  if (d.kind === 'HorizontalPodAutoscaler')
    check(named('Deployment').has(d.spec.scaleTargetRef.name), `${f}: HPA target missing`);
  if (d.kind === 'Service') {
    const targets = k8s
      .filter(({ d: x }) => x.kind === 'Deployment')
      .map(({ d: x }) => x.spec.template.metadata.labels);
    check(
      targets.some((l) => Object.entries(d.spec.selector).every(([k, v]) => l[k] === v)),
      `${f}: Service selects no Deployment`,
    );
  }
  if (d.kind === 'Kustomization')
    for (const r of d.resources) check(existsSync(join(here, 'k8s', r)), `${f}: missing resource ${r}`);
}
for (const e of ['apps/api/src/main', 'apps/worker/src/main', 'libs/platform/src/cli'])
  check(entryPoints.has(e), `no image, service or job runs dist/server/${e}.js`);

for (const w of warnings) console.warn(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
console.log(
  `docker/check: ${Object.keys(yamlDocs).length} YAML files, ${dockerfiles.length} Dockerfiles, ${Object.keys(services).length} compose services, ${k8s.length} k8s objects: ${errors.length ? `${errors.length} error(s)` : 'ok'}`,
);
process.exit(errors.length ? 1 : 0);
