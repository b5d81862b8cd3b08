# Parity api: NestJS GraphQL server (Fastify). It also serves the built web app from WEB_DIST, so one
# container is the whole platform at one address (jobs are processed by the worker image).
#
# Build from the repository root:   docker build -f docker/api.Dockerfile -t parity/api .
# The `deps` stage is written identically in the api, worker and web Dockerfiles (and `prod-deps` in api
# and worker), so BuildKit reuses those layers between the images.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every dependency (dev included), only re-run when the manifests change -------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV npm_config_update_notifier=false
COPY package.json package-lock.json ./
# `npm install` (not `npm ci`): keeps the committed lock file and works with the project's registry copy.
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund

# ---- build: server (SWC -> dist/server) and web app (Vite -> dist/web) ------------------------------
FROM deps AS build
COPY . .
RUN npm run build:server && npm run build:web

# ---- prod-deps: production dependencies only (argon2 ships glibc prebuilds: no compiler needed) ------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV npm_config_update_notifier=false NODE_ENV=production
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --omit=dev --no-audit --no-fund

# ---- runtime ----------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="parity-api" \
      org.opencontainers.image.description="Parity e-learning platform: GraphQL api (also serves the web app)" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.vendor="Parity"
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST=/app/dist/web
WORKDIR /app
# Application files stay owned by root (read-only for the process); only /app/.data is writable.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/dist/web ./dist/web
RUN mkdir -p /app/.data && chown 1000:1000 /app/.data
# uid/gid 1000 is the `node` user of the official image; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# `node` directly (not npm) so SIGTERM reaches the process and Nest shuts down gracefully.
# Migrations and demo data use the same image:  node dist/server/libs/platform/src/cli.js db:migrate | db:seed
CMD ["node", "dist/server/apps/api/src/main.js"]
