# Parity worker: NestJS application context with BullMQ processors (e-mail, certificates, reminders,
# imports). No HTTP port; scale it horizontally (`docker compose ... up --scale worker=3`).
#
# Build from the repository root:   docker build -f docker/worker.Dockerfile -t parity/worker .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every dependency (dev included), only re-run when the manifests change -------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV npm_config_update_notifier=false
COPY package.json package-lock.json ./
# `npm install` (not `npm ci`): keeps the committed lock file and works with the project's registry copy.
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund

# ---- build: server only (SWC -> dist/server); the worker needs no web assets -----------------------
FROM deps AS build
COPY . .
RUN npm run build:server

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
LABEL org.opencontainers.image.title="parity-worker" \
      org.opencontainers.image.description="Parity e-learning platform: background job worker (BullMQ)" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.vendor="Parity"
ENV NODE_ENV=production
WORKDIR /app
# Application files stay owned by root (read-only for the process); only /app/.data is writable.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
RUN mkdir -p /app/.data && chown 1000:1000 /app/.data
# uid/gid 1000 is the `node` user of the official image; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
# No HTTP endpoint to probe; the orchestrator restarts the process if it exits.
HEALTHCHECK NONE
# On SIGTERM the worker stops taking jobs and finishes running ones within WORKER_SHUTDOWN_TIMEOUT_MS
# (25 s): give it a 30 s stop grace period (compose `stop_grace_period`, k8s terminationGracePeriodSeconds).
STOPSIGNAL SIGTERM
# A bounded old space keeps the worker flat (~220 MB while issuing 10,000 certificates; test/bench).
CMD ["node", "--max-old-space-size=256", "dist/server/apps/worker/src/main.js"]
