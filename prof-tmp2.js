require('reflect-metadata');
const cf = require('./dist/server/libs/certification/src/pdf/cached-fontkit.js');
if (process.env.PATCH) {
  const orig = cf.CachedFontkit.prototype.create;
  const caches = new WeakMap();
  cf.CachedFontkit.prototype.create = function (bytes, name) {
    const view = orig.call(this, bytes, name);
    const base = Object.getPrototypeOf(view);
    let decoded = caches.get(base); if (!decoded) { decoded = new Map(); caches.set(base, decoded); }
    const getGlyph = base.getGlyph;
    view.getGlyph = function (id, cps) {
      const g = getGlyph.call(this, id, cps);
      if (!g.__shared) {
        const d = g._decode;
        g._decode = function () { let v = decoded.get(id); if (v === undefined) { v = d.call(g); decoded.set(id, v); } return v; };
        g.__shared = true;
      }
      return g;
    };
    if (process.env.LAYOUT) {
      const layout = base.layout; const memo = new Map();
      view.layout = function (text, features) { const k = text + '\u0000' + JSON.stringify(features); let v = memo.get(k); if (!v) { v = layout.call(this, text, features); memo.set(k, v); } return v; };
    }
    return view;
  };
}
const { CertificatePdfRenderer } = require('./dist/server/libs/certification/src/pdf/certificate-pdf-renderer.js');
const r = new CertificatePdfRenderer();
const input = (i) => ({ locale: i % 2 ? 'sr-Cyrl' : 'sq', timeZone: 'Europe/Belgrade', holderName: i % 2 ? `Јована Петровић ${i}` : `Blerina Çela ${i}`, courseTitle: 'Gender equality in the security sector', institutionName: 'Ministry of Defence', serialNumber: `PAR-2026-${String(i).padStart(6,'0')}`, issuedAt: new Date(0), expiresAt: null, verificationUrl: `http://parity.test/verify/${String(i).padStart(32,'0')}`, template: { primaryColor: '#1d4e89', accentColor: '#c8a951', logo: null, signatories: [] } });
(async () => {
  const crypto = require('crypto'); let h = crypto.createHash('sha256');
  for (let i = 0; i < 50; i++) h.update(await r.render(input(i)));
  console.log('hash', h.digest('hex').slice(0, 16));
  const N = 400; const t = performance.now(); const c0 = process.cpuUsage();
  for (let i = 0; i < N; i += 8) await Promise.all(Array.from({ length: 8 }, (_, j) => r.render(input(i + j))));
  const cpu = process.cpuUsage(c0);
  console.log('wall ms/doc', ((performance.now() - t) / N).toFixed(2), 'cpu ms/doc', ((cpu.user + cpu.system) / 1000 / N).toFixed(2));
})();
